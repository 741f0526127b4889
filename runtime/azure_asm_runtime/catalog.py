"""The shape of an entry in the generated operation table (`azure_asm.catalog.OPERATIONS`).

The emulator routes requests by it, and tools (docs, coverage, the CLI) read it instead of
parsing the spec again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from azure_asm_runtime.xmlcodec import DeserializeContext


@dataclass(frozen=True, slots=True)
class OperationInfo:
    name: str
    client: str
    method: str
    path: str  # template, e.g. /{subscription_id}/services/hostedservices/{service_name}
    query: tuple[str, ...]
    params: tuple[str, ...]
    x_ms_version: str
    is_async: bool
    request_shape: str | None = None
    read_request: Callable[[etree._Element, DeserializeContext | None], Any] | None = None
    response_shape: str | None = None
    response_is_list: bool = False
    write_response: Callable[[Any], bytes] | None = None
