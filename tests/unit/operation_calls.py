"""Valid calls of every operation, and the request each must send, derived from the IR.

Nothing here names an operation: `load_spec(spec/)` says which parameters an operation takes
(types, constraints, required, defaults, `exactly_one` / `at_most_one` groups, `sets` effects),
how they reach the wire (path, query items and their `when` flags, headers, request body) and
what comes back (asynchronous, nothing, a list, a model, JSON or text). From that:

* `arguments(operation)` draws valid keyword arguments: required parameters always, each
  optional one absent, None or a value; strings from the parameter's constraints (enum, pattern,
  lengths), path values never empty, `.` or `..`; models with their required members set; one
  member of each `exactly_one` group and at most one of each `at_most_one` group.
* `baseline_arguments(operation)` is one deterministic draw giving every parameter a value (one
  per group): the valid starting point validation tests break one argument of.
* `expected_url`, `expected_headers`, `expected_body_values` state what the client must send
  for given arguments; `responses(operation)` draws a matching answer and the result the method
  must return for it.

A new operation, client, parameter or query item in the spec is covered without touching this
file; hand-written calls (client_cases.CASES) stay as extra, specific examples.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st

import azure_asm
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.client import USER_AGENT, ServiceClient
from azure_asm_runtime.http import HttpResponse
from codegen.ir import Client, Constraints, Member, Operation, Param, TypeRef
from tests.unit.strategies import (
    MAX_DEPTH,
    MAX_LIST,
    SHAPES,
    SPEC,
    any_text,
    list_document_strategy,
    model_class,
    scalar_strategy,
    shape_strategy,
    string_strategy,
    xml_text,
)

SUBSCRIPTION = "sub-id"
HOST = "management.example.test"
REQUEST_ID = "req-0001"

OPERATION: dict[str, Operation] = {operation.name: operation for operation in SPEC.operations}
#: Every operation of every client: test_operations calls each with derived arguments.
DERIVED_OPERATIONS: tuple[str, ...] = tuple(operation.name for operation in SPEC.operations)
CLIENT: dict[str, Client] = {client.name: client for client in SPEC.clients}
#: The generated class of every client of the spec, by name.
CLIENT_CLASSES: dict[str, type[ServiceClient]] = {
    client.name: getattr(azure_asm, client.name) for client in SPEC.clients
}

#: Characters the service expects unescaped in query values (what the reference package sends:
#: `ObjectIdFilter=/sub-id/services/...`, `ContinuationToken=tok=en/%2B`).
QUERY_SAFE = "/()$=',"

# --- values of parameters -------------------------------------------------------------------

#: JSON documents (the Scheduler's jobs): what `json.dumps` writes and `json.loads` reads back.
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=MAX_LIST)
        | st.dictionaries(st.text(max_size=10), children, max_size=MAX_LIST)
    ),
    max_leaves=8,
)
JSON_DOCUMENTS = st.dictionaries(st.text(max_size=10), JSON_VALUES, max_size=4) | st.lists(
    JSON_VALUES, max_size=MAX_LIST
)


def scalar_value(kind: str, constraints: Constraints) -> st.SearchStrategy[Any]:
    """A valid value of a scalar type under `constraints` (base64 text keeps its lengths)."""
    if kind == "base64text" and (constraints.min_length or constraints.max_length is not None):
        low, high = constraints.min_length or 0, constraints.max_length
        return any_text().filter(lambda s: len(s) >= low and (high is None or len(s) <= high))
    return scalar_strategy(kind, constraints)


def path_segment(constraints: Constraints) -> st.SearchStrategy[str]:
    """A string naming one resource in a URL path: never empty, `.` or `..`."""
    base = string_strategy(constraints) if constraints else xml_text(min_size=1)
    return base.filter(lambda s: s not in ("", ".", ".."))


def _item_value(item: TypeRef, depth: int) -> st.SearchStrategy[Any]:
    if item.kind == "shape":
        return request_model(item.name, depth + 1)
    return scalar_value(item.name, Constraints())


def _text_map() -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(xml_text(max_size=20), xml_text(max_size=20), max_size=MAX_LIST)


def _request_member(member: Member, depth: int) -> st.SearchStrategy[Any]:
    """A valid value of a member of a model sent to the service.

    Required members always get a value; so do `always` members (written even when None, they
    would not read back as None). Below MAX_DEPTH optional nested models are left out.
    """
    type_ref = member.type
    deep = depth + 1 >= MAX_DEPTH
    given = member.required or member.always
    if type_ref.kind == "shape":
        if deep and not given:
            return st.none()
        value = request_model(type_ref.name, depth + 1)
    elif type_ref.kind == "list":
        assert type_ref.item is not None
        if type_ref.item.kind == "shape" and deep:
            value = st.just([])
        else:
            value = st.lists(_item_value(type_ref.item, depth), max_size=MAX_LIST)
    elif type_ref.kind == "map":
        value = _text_map()
    elif type_ref.kind == "json":
        value = JSON_DOCUMENTS
    else:
        value = scalar_value(type_ref.name, member.constraints)
    return value if given else st.one_of(st.none(), value)


@cache
def _request_model(name: str, depth: int) -> st.SearchStrategy[Any]:
    shape = SHAPES[name]
    if shape.union is not None:
        return st.one_of(*(request_model(variant.shape, depth) for variant in shape.union.variants))
    cls = model_class(name)
    fields = {member.name: _request_member(member, depth) for member in shape.fields}
    return st.fixed_dictionaries(fields).map(lambda kwargs: cls(**kwargs))


def request_model(name: str, depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances of shape `name` (any variant of a union) that the SDK accepts as arguments."""
    return st.deferred(lambda: _request_model(name, depth))


def checked_as(operation: Operation, param: Param) -> Param:
    """`param` with the rules its argument is checked against: a parameter feeding a member of
    an XML request body (same name) also takes that member's rules: its constraints when it
    has none of its own, `required`, `secret`, and a scalar type for a `string` parameter (a
    `label` feeding a `base64text` member may hold any text)."""
    request = operation.request
    if request is None or request.kind != "xml" or request.param is not None or param.into:
        return param
    member = next((m for m in SHAPES[request.shape].fields if m.name == param.name), None)
    if member is None:
        return param
    type_ref = param.type
    if type_ref == TypeRef("scalar", "string") and member.type.kind == "scalar":
        type_ref = member.type
    return dataclasses.replace(
        param,
        type=type_ref,
        constraints=param.constraints or member.constraints,
        required=param.required or member.required,
        secret=param.secret or member.secret,
    )


def param_value(param: Param) -> st.SearchStrategy[Any]:
    """A valid, non-None value of `param` (see `checked_as` for the rules it takes)."""
    type_ref = param.type
    if type_ref.kind == "scalar":
        if param.in_path and type_ref.name == "string":
            return path_segment(param.constraints)
        return scalar_value(type_ref.name, param.constraints)
    if type_ref.kind == "shape":
        return request_model(type_ref.name)
    if type_ref.kind == "list":
        assert type_ref.item is not None
        return st.lists(_item_value(type_ref.item, 0), max_size=MAX_LIST)
    if type_ref.kind == "map":
        return _text_map()
    if type_ref.kind == "json":
        return JSON_DOCUMENTS
    raise AssertionError(f"{param.name}: no strategy for {type_ref}")


def _given_by_groups(operation: Operation, draw: Any, every: bool) -> tuple[set[str], set[str]]:
    """(parameters the groups give a value, parameters the groups leave out)."""
    given: set[str] = set()
    grouped: set[str] = set()
    for group in operation.exactly_one:
        grouped.update(group)
        given.add(draw(st.sampled_from(group)))
    for group in operation.at_most_one:
        grouped.update(group)
        if given & set(group):
            continue
        choices: list[str | None] = [*group, None] if every else [None, *group]
        chosen = draw(st.sampled_from(choices))
        if chosen is not None:
            given.add(chosen)
    return given, grouped - given


def arguments(operation: Operation, *, every: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Valid keyword arguments of `operation`.

    Required parameters always get a value. Optional ones are absent, explicitly None or given
    a value (`every`: always a value). Of each `exactly_one` group one member is given, of each
    `at_most_one` group at most one (`every`: one); the others are absent or None.
    """

    @st.composite
    def draw_arguments(draw: Any) -> dict[str, Any]:
        given, left_out = _given_by_groups(operation, draw, every)
        args: dict[str, Any] = {}
        for param in (checked_as(operation, param) for param in operation.params):
            if param.name in left_out:
                if draw(st.booleans()):
                    args[param.name] = None
                continue
            if param.required or every or param.name in given:
                args[param.name] = draw(param_value(param), label=param.name)
                continue
            choice = draw(st.sampled_from(("absent", "none", "value")))
            if choice == "none":
                args[param.name] = None
            elif choice == "value":
                args[param.name] = draw(param_value(param), label=param.name)
        return args

    return draw_arguments()


#: One deterministic draw (the first derandomized example, not shrunk).
FIRST_DRAW = settings(
    database=None,
    derandomize=True,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@cache
def _baseline(name: str) -> dict[str, Any]:
    return find(arguments(OPERATION[name], every=True), lambda _: True, settings=FIRST_DRAW)


def baseline_arguments(name: str) -> dict[str, Any]:
    """Valid arguments of operation `name` giving every parameter a value (one per group).

    Deterministic (the generator's first derandomized draw); a fresh copy on every call, so a
    test may change the models in it.
    """
    return copy.deepcopy(_baseline(name))


def group_member_value(operation: str, param: str) -> Any:
    """A valid value of `param` of `operation` (for members of groups the baseline left out)."""
    spec = next(p for p in OPERATION[operation].params if p.name == param)
    return find(param_value(checked_as(OPERATION[operation], spec)), bool, settings=FIRST_DRAW)


# --- what the client must send --------------------------------------------------------------


def effective_values(operation: Operation, args: Mapping[str, Any]) -> dict[str, Any]:
    """The value each parameter has inside the method: the argument, else the spec's default
    (else None), with `sets` effects applied (`geo_replication_enabled=False` replacing
    `account_type`)."""
    values = {
        param.name: args.get(param.name, param.default if param.has_default else None)
        for param in operation.params
    }
    for param in operation.params:
        effect, value = param.sets, values[param.name]
        # `when: false` means the value False, not any falsy value (None, 0, "").
        if effect is not None and type(value) is type(effect.when) and value == effect.when:
            values[effect.param] = effect.value
    return values


def wire_text(value: Any) -> str:
    """A scalar as the URL carries it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        if value.utcoffset() == UTC.utcoffset(None):
            return value.replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()
    assert isinstance(value, str), f"no URL form for {type(value).__name__}"
    return value


def expected_path(operation: Operation, args: Mapping[str, Any]) -> str:
    values = effective_values(operation, args)
    path = operation.path.replace("{subscription_id}", quote(SUBSCRIPTION, safe=""))
    for name in operation.path_params:
        if name == "subscription_id" and name not in values:
            continue  # the client's
        assert name in values, f"{operation.name}: path parameter {name} is no parameter"
        path = path.replace(f"{{{name}}}", quote(wire_text(values[name]), safe=""))
    assert "{" not in path, path
    return path


def expected_query(operation: Operation, args: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query items in spec order: fixed values, parameter values (left out when None), each
    only when its `when` flag is true."""
    values = effective_values(operation, args)
    items = []
    for item in operation.query:
        if item.when is not None and values[item.when] is not True:
            continue
        if item.value is not None:
            items.append((item.name, item.value))
        elif item.param is not None and values[item.param] is not None:
            items.append((item.name, wire_text(values[item.param])))
    return items


def expected_url(operation: Operation, args: Mapping[str, Any]) -> str:
    url = f"https://{HOST}{expected_path(operation, args)}"
    query = expected_query(operation, args)
    if query:
        url += "?" + "&".join(f"{name}={quote(text, safe=QUERY_SAFE)}" for name, text in query)
    return url


def expected_content_type(operation: Operation) -> str | None:
    """Content-Type of the request: none on GET, else the operation's or its client's."""
    if operation.method == "GET":
        return None
    return operation.content_type or CLIENT[operation.client].content_type


def expected_headers(operation: Operation, args: Mapping[str, Any]) -> dict[str, str]:
    """The headers the request must carry (x-ms-version, Content-Type, parameter headers)."""
    values = effective_values(operation, args)
    headers = {"x-ms-version": operation.x_ms_version, "User-Agent": USER_AGENT}
    content_type = expected_content_type(operation)
    if content_type is not None:
        headers["Content-Type"] = content_type
    for header in operation.headers:
        if values[header.param] is not None:
            headers[header.name] = wire_text(values[header.param])
    return headers


def expected_body_values(operation: Operation, args: Mapping[str, Any]) -> dict[str, Any]:
    """Members of the request body read back, with the value the arguments put there.

    The whole body when a parameter is the body (key ""); else each request member named like a
    parameter whose value is not None, and each list member parameters go `into` (the given
    values, in parameter order).
    """
    assert operation.request is not None
    values = effective_values(operation, args)
    if operation.request.param is not None:
        return {"": values[operation.request.param]}
    members = {member.name for member in SHAPES[operation.request.shape].fields}
    expected: dict[str, Any] = {}
    for param in operation.params:
        if param.into is not None:
            items = expected.setdefault(param.into, [])
            if values[param.name] is not None:
                items.append(values[param.name])
        elif param.name in members and values[param.name] is not None:
            expected[param.name] = values[param.name]
    return expected


# --- what the service answers and the method returns ----------------------------------------


def response_kind(operation: Operation) -> str:
    """`async`, `none`, `list`, `model`, `json` or `text`."""
    if operation.is_async:
        return "async"
    response = operation.response
    if response is None:
        return "none"
    if response.kind != "xml":
        return response.kind
    return "list" if response.is_list else "model"


def _status(operation: Operation, default: int) -> st.SearchStrategy[int]:
    return st.sampled_from(operation.expect) if operation.expect else st.just(default)


@st.composite
def responses(draw: Any, operation: Operation) -> tuple[HttpResponse, Any]:
    """(a successful answer to `operation`, what the method must return for it).

    Asynchronous: 202 with `x-ms-request-id` (the method returns an AsyncOperation carrying it).
    XML: a drawn response model or list, written by the catalog's serializer. JSON and text:
    a drawn document.
    """
    from azure_asm.catalog import OPERATIONS

    info = OPERATIONS[operation.name]
    headers = {"x-ms-request-id": REQUEST_ID}
    kind = response_kind(operation)
    if kind == "async":
        return HttpResponse(draw(_status(operation, 202)), headers, b""), REQUEST_ID
    status = draw(_status(operation, 200))
    if kind == "none":
        return HttpResponse(status, headers, b""), None
    assert operation.response is not None
    if kind == "json":
        document = draw(JSON_DOCUMENTS, label="response")
        return HttpResponse(status, headers, json.dumps(document).encode()), document
    if kind == "text":
        text = draw(any_text(), label="response")
        return HttpResponse(status, headers, text.encode("utf-8")), text
    assert CODECS[info.name].write_response is not None
    if kind == "list":
        items = draw(list_document_strategy(operation.response.shape), label="response")
        return HttpResponse(status, headers, CODECS[info.name].write_response(items)), items
    model = draw(shape_strategy(operation.response.shape), label="response")
    return HttpResponse(status, headers, CODECS[info.name].write_response(model)), model


def as_data(value: Any) -> Any:
    """A plain-data view of a model tree, read through the IR (independent of the generated
    `__eq__`, which could forget a member).

    Values the wire cannot tell apart are made equal: an empty `flat` list writes nothing, like
    None; an empty text-content member leaves the element empty, like None.
    """
    if isinstance(value, list | tuple):
        return [as_data(item) for item in value]
    if isinstance(value, dict):
        return {key: as_data(item) for key, item in value.items()}
    shape = SHAPES.get(type(value).__name__)
    if shape is not None and shape.union is None and hasattr(value, "unknown_elements"):
        data = {
            member.name: _member_data(member, getattr(value, member.name))
            for member in shape.fields
        }
        return (type(value).__name__, data)
    if isinstance(value, datetime):
        return (value, value.utcoffset())
    return (type(value).__name__, value)


def _member_data(member: Member, value: Any) -> Any:
    if member.flat and value == []:
        value = None
    if member.placement == "text" and value == "":
        value = None
    return as_data(value)
