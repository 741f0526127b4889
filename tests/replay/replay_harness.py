"""Replaying real recorded ASM traffic (tests/replay/recordings, see its README) through our client.

A recording is a vcrpy cassette: a list of interactions, each a request (method, uri, headers,
body) and the response ASM gave. For each interaction the operation of ours is found from the
spec (method, path template, fixed query values, body root element), the arguments are
recovered from the recorded request (path and query values, the body read back with our own
request deserializer), and the client is called with them through `ReplayTransport`, which
answers from the recording. Everything is driven by the IR: an operation added to the spec is
recognised in the recordings without touching this file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml
from lxml import etree

import azure_asm
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document
from codegen.ir import Operation, Param, Spec
from codegen.loader import load_spec

ROOT = Path(__file__).resolve().parents[2]
RECORDINGS = Path(__file__).resolve().parent / "recordings"
SPEC: Spec = load_spec(ROOT / "spec")
OPERATIONS_BY_NAME: dict[str, Operation] = {op.name: op for op in SPEC.operations}
SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
MANAGEMENT_HOST = "management.core.windows.net"

#: Which client a recording file exercises (operations of the same path, e.g. the operation
#: status of each client, are told apart by it).
FILE_CLIENTS = {
    "scheduler": "SchedulerManagementService",
    "servicebus": "ServiceBusManagementService",
    "sqldatabase": "SqlDatabaseManagementService",
    "website": "WebsiteManagementService",
}


# --- recordings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """One recorded request and the response ASM gave to it."""

    file: str
    index: int
    method: str
    url: str
    headers: Mapping[str, str]  # lower-case names, first value
    body: bytes
    status: int
    response_headers: Mapping[str, str]
    response_body: bytes

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def path(self) -> str:
        return unquote(urlsplit(self.url).path)

    @property
    def query(self) -> tuple[tuple[str, str], ...]:
        return split_query(urlsplit(self.url).query)

    @property
    def id(self) -> str:
        return f"{self.file.removeprefix('test_legacy_mgmt_').removesuffix('.yaml')}#{self.index}"


def split_query(query: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            pairs.append((unquote(name), unquote(value)))
    return tuple(pairs)


def _bytes(value: Any) -> bytes:
    if value is None:
        return b""
    if isinstance(value, dict):
        value = value.get("string")
        if value is None:
            return b""
    if isinstance(value, str):
        return value.encode("utf-8")
    return bytes(value)


def _headers(raw: Mapping[str, Any]) -> dict[str, str]:
    return {
        name.lower(): str(value[0] if isinstance(value, list) else value)
        for name, value in (raw or {}).items()
    }


class _CassetteLoader(yaml.SafeLoader):
    """Safe YAML, plus the `!!python/unicode` tag of cassettes recorded under Python 2."""


_CassetteLoader.add_constructor(
    "tag:yaml.org,2002:python/unicode", lambda loader, node: loader.construct_scalar(node)
)


@cache
def load(file: str) -> tuple[Recorded, ...]:
    data = yaml.load((RECORDINGS / file).read_bytes(), Loader=_CassetteLoader)  # noqa: S506
    interactions = []
    for index, interaction in enumerate(data["interactions"]):
        request, response = interaction["request"], interaction["response"]
        interactions.append(
            Recorded(
                file,
                index,
                request["method"],
                request["uri"],
                _headers(request.get("headers")),
                _bytes(request.get("body")),
                int(response["status"]["code"]),
                _headers(response.get("headers")),
                _bytes(response.get("body")),
            )
        )
    return tuple(interactions)


def recording_files() -> list[str]:
    return sorted(path.name for path in RECORDINGS.glob("*.yaml"))


def all_recorded() -> list[Recorded]:
    return [recorded for file in recording_files() for recorded in load(file)]


# --- which operation ------------------------------------------------------------------------


def normalize_path(path: str) -> str:
    """The path without the subscription id (and without the doubled slashes of the
    reference's path joining, reference bug double-slash-paths)."""
    path = re.sub(r"/{2,}", "/", path)
    if path.startswith(f"/{SUBSCRIPTION}"):
        path = path[len(SUBSCRIPTION) + 1 :] or "/"
    return path


@cache
def _template_regex(template: str) -> re.Pattern[str]:
    template = template.replace("/{subscription_id}", "", 1)
    pattern = ""
    for piece in re.split(r"(\{[a-z_]+\})", template):
        if piece.startswith("{"):
            pattern += f"(?P<{piece[1:-1]}>[^/]+?)"
        else:
            pattern += re.escape(piece)
    # The reference adds or drops a trailing slash here and there (get-all-jobs-trailing-slash).
    return re.compile(pattern.rstrip("/") + "/?")


def _fixed_query(op: Operation) -> list[tuple[str, str, str | None]]:
    return [(item.name, item.value, item.when) for item in op.query if item.value is not None]


def _root_name(body: bytes) -> str | None:
    if not body.strip().startswith(b"<"):
        return None
    try:
        return etree.QName(parse_document(body)).localname
    except Exception:  # noqa: BLE001 - not XML: no root
        return None


def find_operation(recorded: Recorded) -> Operation | None:
    """Our operation for a recorded request, or None (another host, or no operation of ours)."""
    if recorded.host != MANAGEMENT_HOST:
        return None
    path = normalize_path(recorded.path)
    query = dict(recorded.query)
    root = _root_name(recorded.body)
    candidates = []
    for op in SPEC.operations:
        if op.method != recorded.method or not _template_regex(op.path).fullmatch(path):
            continue
        if any(when is None and query.get(name) != value for name, value, when in _fixed_query(op)):
            continue
        if any(
            when is not None and name in query and query[name] != value
            for name, value, when in _fixed_query(op)
        ):
            continue
        if op.request is not None and op.request.kind == "xml" and root is not None:
            shape = SPEC.shape(op.request.shape)
            if shape.xml and shape.xml != root:
                continue
        if op.request is not None and op.request.kind == "xml" and root is None and recorded.body:
            continue
        candidates.append(op)
    if len(candidates) > 1:
        # Same PUT told apart by a header (update_job_collection sends If-Match, create does
        # not): keep the operations whose headers the recorded request carries.
        sent = {name.lower() for name in recorded.headers}
        candidates = [
            op for op in candidates if all(h.name.lower() in sent for h in op.headers)
        ] or candidates
    if len(candidates) > 1:
        client = next((c for key, c in FILE_CLIENTS.items() if f"_{key}." in recorded.file), None)
        client = client or "ServiceManagementService"
        candidates = [op for op in candidates if op.client == client] or candidates
    if len(candidates) > 1:
        # A model rather than the raw text (get_publish_profile rather than ..._xml).
        candidates = [
            op for op in candidates if op.response is None or op.response.kind != "text"
        ] or candidates
    if len(candidates) > 1:
        # Same path and body root (update_os_image, update_os_image_from_image_reference): the
        # one the recorded test is named after (the longest name it contains).
        named = [op for op in candidates if op.name in recorded.file]
        if named:
            candidates = [max(named, key=lambda op: len(op.name))]
    if len(candidates) > 1:
        raise AssertionError(
            f"{recorded.id}: several operations match: {[c.name for c in candidates]}"
        )
    return candidates[0] if candidates else None


# --- the arguments a recorded request implies -------------------------------------------------


def _scalar(param: Param, text: str) -> Any:
    kind = param.type.name if param.type.kind == "scalar" else param.type.kind
    if kind in ("int", "long"):
        return int(text)
    if kind == "bool":
        return text.lower() == "true"
    if kind == "datetime":
        return datetime.fromisoformat(text)
    return text


def _read_request_model(op: Operation, body: bytes) -> Any:
    info = OPERATIONS[op.name]
    assert CODECS[info.name].read_request is not None, op.name
    return CODECS[info.name].read_request(parse_document(body), DeserializeContext(strict=False))


def recover_arguments(op: Operation, recorded: Recorded) -> dict[str, Any]:
    """The keyword arguments that make our client send `recorded`'s request."""
    kwargs: dict[str, Any] = {}
    match = _template_regex(op.path).fullmatch(normalize_path(recorded.path))
    assert match is not None
    params = {p.name: p for p in op.params}
    for name, value in match.groupdict().items():
        kwargs[name] = _scalar(params[name], unquote(value))
    query = dict(recorded.query)
    for item in op.query:
        if item.param is not None and item.param in params and item.name in query:
            kwargs[item.param] = _scalar(params[item.param], query[item.name])
        if item.when is not None and item.value is not None:
            kwargs[item.when] = query.get(item.name) == item.value
    for header in op.headers:
        if header.name.lower() in recorded.headers:
            kwargs[header.param] = recorded.headers[header.name.lower()]
    if op.request is not None and recorded.body:
        if op.request.kind == "json":
            assert op.request.param is not None
            kwargs[op.request.param] = json.loads(recorded.body)
        else:
            model = _read_request_model(op, recorded.body)
            if op.request.param is not None:
                kwargs[op.request.param] = model
            else:
                _arguments_from_model(op, model, kwargs)
    return kwargs


def _arguments_from_model(op: Operation, model: Any, kwargs: dict[str, Any]) -> None:
    """Each body member takes the parameter of the same name; `into` parameters take the items
    of their list member whose type is the parameter's."""
    members = {m.name for m in SPEC.shape(op.request.shape).fields}  # type: ignore[union-attr]
    for param in op.params:
        if param.name in kwargs:
            continue
        if param.into is not None:
            items = getattr(model, param.into, None) or []
            if param.type.kind == "scalar":
                # Scalar items (Service Bus' region): the parameters of that list take its items
                # in order.
                scalars = [
                    p.name for p in op.params if p.into == param.into and p.type.kind == "scalar"
                ]
                position = scalars.index(param.name)
                if position < len(items):
                    kwargs[param.name] = items[position]
                continue
            wanted = _accepted_classes(param)
            picked = [item for item in items if type(item).__name__ in wanted]
            if picked:
                kwargs[param.name] = picked[0]
        elif param.name in members:
            value = getattr(model, param.name)
            if value is not None:
                kwargs[param.name] = value


def _accepted_classes(param: Param) -> set[str]:
    name = (
        param.type.name
        if param.type.kind == "shape"
        else (param.type.item.name if param.type.item else "")
    )
    shape = SPEC.shape(name)
    if shape.union is not None:
        return {variant.shape for variant in shape.union.variants}
    return {name}


# --- the transport --------------------------------------------------------------------------


class ReplayTransport:
    """Answers each request with the first recorded interaction (from `start` on) of the same
    method and path, subscription id and host left aside; records what was sent."""

    def __init__(self, interactions: tuple[Recorded, ...], start: int = 0) -> None:
        self.interactions = interactions
        self.start = start
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        path = normalize_path(unquote(urlsplit(request.url).path)).rstrip("/")
        for recorded in self.interactions[self.start :]:
            if (
                recorded.method == request.method
                and normalize_path(recorded.path).rstrip("/") == path
            ):
                self.start = recorded.index + 1
                return HttpResponse(
                    recorded.status, dict(recorded.response_headers), recorded.response_body
                )
        raise AssertionError(f"nothing recorded for {request.method} {request.url}")


def client_for(op: Operation, transport: ReplayTransport) -> Any:
    client = getattr(azure_asm, op.client)(
        SUBSCRIPTION, transport=transport, host=MANAGEMENT_HOST, strict=True
    )
    client._sleep = lambda seconds: None
    return client
