"""The shape of an entry in the generated operation table (`azure_asm.catalog.OPERATIONS`).

The emulator routes requests by it, and tools (docs, coverage, the ``asm`` CLI) read it
instead of parsing the spec again: every operation carries its documentation, the full
description of its parameters (`ParamInfo`) and the CLI group and command it is reached by.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from lxml import etree

    from azure_asm_runtime.xmlcodec import DeserializeContext

#: The scalar types of the spec format (``spec/README.md``).
SCALAR_TYPES = frozenset(
    ("string", "int", "long", "float", "bool", "datetime", "base64text", "base64")
)

TypeKind = Literal["scalar", "shape", "list", "map", "json"]


@dataclass(frozen=True, slots=True)
class ServerCodecs:
    """The server's side of an operation (``azure_asm_emulator_codecs.catalog.CODECS``): the
    reader of its XML request body and the writer of its XML response, None where the
    operation has no such body. The clients of ``azure_asm`` need the other direction only,
    so the SDK does not import these."""

    read_request: Callable[[etree._Element, DeserializeContext | None], Any] | None = None
    write_response: Callable[[Any], bytes] | None = None


@dataclass(frozen=True, slots=True)
class ParamInfo:
    """One parameter of an operation, as the spec describes it.

    ``type`` is the scalar type name (``string``, ``int``, ``bool``, ...) when ``kind`` is
    ``scalar``, the shape (model class or union) name when ``kind`` is ``shape``, else the kind
    (``list``, ``map``, ``json``: any JSON-able value); ``item`` is the item type of a list (a
    scalar type name or a shape name).
    ``default`` is the spec's default (None when it has none: spec defaults are never None).
    ``enum`` holds the allowed values of a string, ``in_path`` says the value goes in the URL.
    """

    name: str
    type: str
    required: bool = False
    default: object = None
    doc: str = ""
    secret: bool = False
    kind: TypeKind = "scalar"
    item: str | None = None
    enum: tuple[str, ...] = ()
    in_path: bool = False

    @property
    def item_is_shape(self) -> bool:
        """A list of model instances (rather than of scalars)."""
        return self.item is not None and self.item not in SCALAR_TYPES


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One operation of the spec.

    ``params`` are the parameter names in signature order, ``param_info`` their full
    description. ``cli_group`` / ``cli_command`` are how the ``asm`` command line reaches the
    operation (``asm hosted-service list``); the generator derives them from the operation
    name (see ``codegen.render.cli_names``).
    """

    name: str
    client: str
    method: str
    path: str  # template, e.g. /{subscription_id}/services/hostedservices/{service_name}
    query: tuple[str, ...]
    params: tuple[str, ...]
    x_ms_version: str
    is_async: bool
    request_shape: str | None = None
    response_shape: str | None = None
    response_is_list: bool = False
    doc: str = ""
    param_info: tuple[ParamInfo, ...] = ()
    cli_group: str = ""
    cli_command: str = ""
    fixed_query: tuple[tuple[str, str], ...] = ()
    """The query items sent with a fixed value whatever the arguments (``("comp", "config")``):
    what tells apart operations sharing a method and path."""
    request_root: str | None = None
    """The local name of the request body's root element (XML bodies only)."""
