"""Both packages side by side: call an operation of ours and the reference's method of the same
name through fake transports, capture the request each one sends and feed both one response.

The reference (`azure-servicemanagement-legacy`, a test-only dependency) is driven through its
documented filter seam: every client sends each `HTTPRequest` through `self._filter` (what
`with_filter` chains), so replacing `_filter` on an instance captures the request it would send
and answers it with a canned `HTTPResponse`, with no network and no certificate (a
`request_session` placeholder stands in for the certificate).

Everything here is driven by the IR (`codegen.loader.load_spec`) and the generated catalog: a new
operation or shape is covered without touching this file. Operations the reference does not
have are reported by `reference_method` returning None (tests skip them with that reason).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import azure.servicemanagement as reference
import azure.servicemanagement.models as reference_models
from azure.servicemanagement._common_models import WindowsAzureData
from azure.servicemanagement._http import HTTPResponse as ReferenceResponse
from lxml import etree

import azure_asm
import azure_asm.models
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.legacy import is_blank
from codegen.ir import Operation, Param
from tests.unit.strategies import SHAPES, SPEC

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
HOST = "management.core.windows.net"
REQUEST_ID = "0123456789abcdef0123456789abcdef"

OPERATIONS_BY_NAME: dict[str, Operation] = {op.name: op for op in SPEC.operations}

#: Our operations whose reference method has another name.
REFERENCE_METHOD_NAMES = {
    "get_scheduler_operation_status": "get_operation_status",
    "get_website_operation_status": "get_operation_status",
}


# --- requests as sent ---------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """One request, in a form both packages can be compared in."""

    method: str
    path: str  # percent-decoded, without the query
    query: tuple[tuple[str, str], ...]  # decoded, in wire order
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


def _split_query(query: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for piece in query.split("&"):
        if piece:
            name, _, value = piece.partition("=")
            pairs.append((unquote(name), unquote(value)))
    return tuple(pairs)


def sent_from_ours(request: HttpRequest) -> Sent:
    rest = request.url.split("://", 1)[1]
    path_and_query = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
    path, _, query = path_and_query.partition("?")
    return Sent(
        request.method,
        unquote(path),
        _split_query(query),
        {name.lower(): value for name, value in request.headers.items()},
        request.body or b"",
    )


def sent_from_reference(request: Any) -> Sent:
    path, _, query = request.path.partition("?")
    body = request.body
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Sent(
        request.method,
        unquote(path),
        _split_query(query),
        {name.lower(): value for name, value in request.headers},
        body or b"",
    )


# --- the two clients ----------------------------------------------------------------------


@dataclass(frozen=True)
class Canned:
    """The answer both fake transports give."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("x-ms-request-id", REQUEST_ID),)


class _OurTransport:
    def __init__(self, answer: Canned) -> None:
        self.answer = answer
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(self.answer.status, dict(self.answer.headers), self.answer.body)


class _NoSession:
    """Stands in for a `requests.Session`: the reference only checks that one is given."""


def our_client(client_name: str, transport: Any, *, strict: bool = True) -> Any:
    client = getattr(azure_asm, client_name)(
        SUBSCRIPTION, transport=transport, host=HOST, strict=strict
    )
    client._sleep = lambda seconds: None
    return client


def reference_client(client_name: str) -> Any:
    return getattr(reference, client_name)(SUBSCRIPTION, host=HOST, request_session=_NoSession())


def reference_method(operation: str) -> Callable[..., Any] | None:
    """The reference's bound method for `operation`, or None when the reference lacks it."""
    op = OPERATIONS_BY_NAME[operation]
    cls = getattr(reference, op.client, None)
    if cls is None:
        return None
    name = REFERENCE_METHOD_NAMES.get(operation, operation)
    return getattr(cls, name, None)


@dataclass
class Outcome:
    """What one call did: the request it sent (if any) and its result or exception."""

    sent: Sent | None
    result: Any = None
    error: BaseException | None = None

    def unwrap(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.result


def success(operation: str) -> Canned:
    """A successful answer of `operation`: 202 for asynchronous ones, else 200 with (for those
    that return a model) the document of an empty model, as our serializer writes it."""
    info = OPERATIONS[operation]
    if info.is_async and CODECS[info.name].write_response is None:
        return Canned(202)
    if CODECS[info.name].write_response is None:
        return Canned(200)
    if info.response_is_list:
        return Canned(200, CODECS[info.name].write_response([]))
    model = getattr(azure_asm.models, info.response_shape or "")
    return Canned(200, CODECS[info.name].write_response(model()))


def call_ours(
    operation: str, kwargs: Mapping[str, Any], answer: Canned = Canned(), *, strict: bool = True
) -> Outcome:
    op = OPERATIONS_BY_NAME[operation]
    transport = _OurTransport(answer)
    client = our_client(op.client, transport, strict=strict)
    try:
        result = getattr(client, operation)(**kwargs)
    except Exception as error:  # noqa: BLE001 - reported to the test
        sent = sent_from_ours(transport.requests[0]) if transport.requests else None
        return Outcome(sent, error=error)
    assert len(transport.requests) == 1, transport.requests
    return Outcome(sent_from_ours(transport.requests[0]), result)


def call_reference(operation: str, kwargs: Mapping[str, Any], answer: Canned = Canned()) -> Outcome:
    op = OPERATIONS_BY_NAME[operation]
    client = reference_client(op.client)
    captured: list[Any] = []

    def fake_filter(request: Any) -> ReferenceResponse:
        captured.append(request)
        return ReferenceResponse(answer.status, "OK", list(answer.headers), answer.body)

    client._filter = fake_filter
    name = REFERENCE_METHOD_NAMES.get(operation, operation)
    try:
        result = getattr(client, name)(**kwargs)
    except Exception as error:  # noqa: BLE001 - reported to the test
        sent = sent_from_reference(captured[0]) if captured else None
        return Outcome(sent, error=error)
    assert len(captured) == 1, captured
    return Outcome(sent_from_reference(captured[0]), result)


# --- XML ----------------------------------------------------------------------------------


def canonical(body: bytes | str) -> str:
    """C14N 2.0 with text stripped, after every element is rewritten without prefixes (its
    namespace as the default one): elements, order, text and namespace URIs are what counts,
    which prefix a document binds a namespace to is not. (C14N's own `rewrite_prefixes` declares
    an empty prefix for unprefixed attributes, which lxml then refuses to read back.)"""
    if isinstance(body, str):
        body = body.encode("utf-8")
    root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    return etree.canonicalize(
        xml_data=etree.tostring(_unprefixed(root), encoding="unicode"), strip_text=True
    )


def _unprefixed(element: etree._Element) -> etree._Element:
    name = etree.QName(element)
    attribute_namespaces = sorted(
        {etree.QName(key).namespace for key in element.attrib if etree.QName(key).namespace}
    )
    nsmap: dict[str | None, str] = {None: name.namespace} if name.namespace else {}
    nsmap.update({f"a{index}": uri for index, uri in enumerate(attribute_namespaces)})
    copy_ = etree.Element(element.tag, nsmap=nsmap)  # type: ignore[arg-type]
    for key, value in element.attrib.items():
        copy_.set(key, value)
    copy_.text = element.text
    for child in element:
        if isinstance(child.tag, str):
            new_child = _unprefixed(child)
            new_child.tail = child.tail
            copy_.append(new_child)
    return copy_


def parse(body: bytes) -> etree._Element:
    return etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))


def canonical_tree(tree: etree._Element) -> str:
    return canonical(etree.tostring(tree, encoding="unicode"))


# --- our models -> the reference's ----------------------------------------------------------

#: Our attribute name -> the reference's, per model, where they differ.
REFERENCE_ATTRIBUTE_NAMES: dict[str, dict[str, str]] = {}


def reference_attribute(model: str, attribute: str) -> str:
    return REFERENCE_ATTRIBUTE_NAMES.get(model, {}).get(attribute, attribute)


#: Our model class -> the reference's, where the names differ.
REFERENCE_CLASS_NAMES: dict[str, str] = {
    # The reference has one class for every network configuration set.
    "NetworkConfigurationSet": "ConfigurationSet",
    # The reference sends its response models as the VM image and OS image request bodies.
    "CreateVMImageInput": "VMImage",
    "UpdateVMImageInput": "VMImage",
    "CreateOSDiskConfigurationInput": "OSDiskConfiguration",
    "UpdateOSDiskConfigurationInput": "OSDiskConfiguration",
    "CreateDataDiskConfigurationInput": "DataDiskConfiguration",
    "UpdateDataDiskConfigurationInput": "DataDiskConfiguration",
    "UpdateOSImageInput": "OSImage",
}


def _reference_class(name: str) -> type[Any] | None:
    cls = getattr(reference_models, REFERENCE_CLASS_NAMES.get(name, name), None)
    return cls if isinstance(cls, type) else None


def _new_reference(cls: type[Any]) -> Any:
    """An instance with the reference's own defaults (constructor arguments all None)."""
    import inspect

    params = [
        p
        for p in list(inspect.signature(cls.__init__).parameters.values())[1:]
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.default is p.empty
    ]
    return cls(**{p.name: None for p in params})


def to_reference(value: Any) -> Any:
    """Our argument value as the reference takes it: models rebuilt as its classes (same names,
    attributes mapped by `REFERENCE_ATTRIBUTE_NAMES`), lists item by item, datetimes as the
    ISO 8601 text we would write, everything else as is."""
    if isinstance(value, list):
        return [to_reference(item) for item in value]
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, datetime):
        from azure_asm_runtime.xmlcodec import format_datetime

        return format_datetime(value)
    name = type(value).__name__
    if name in SHAPES and type(value).__module__ == azure_asm.models.__name__:
        cls = _reference_class(name)
        if cls is None:
            return Unrepresentable(name)
        instance = _new_reference(cls)
        for member in SHAPES[name].fields:
            setattr(
                instance,
                reference_attribute(name, member.name),
                to_reference(getattr(value, member.name)),
            )
        return instance
    return value


@dataclass(frozen=True)
class Unrepresentable:
    """A value of a model class the reference does not have (it cannot send it)."""

    model: str


def parameters_beyond_reference(operation: str) -> tuple[str, ...]:
    """Our optional parameters of `operation` the reference's method does not take (what the
    service has gained since, such as update_site's host names): never drawn."""
    import inspect

    method = reference_method(operation)
    assert method is not None
    theirs = set(inspect.signature(method).parameters)
    return tuple(
        p.name
        for p in OPERATIONS_BY_NAME[operation].params
        if not p.required and p.name not in theirs
    )


def reference_kwargs(operation: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The same call for the reference: our arguments converted, and None for the parameters
    the reference requires but we let callers leave out (`add_role`'s OS disk)."""
    import inspect

    converted = {name: to_reference(value) for name, value in kwargs.items()}
    method = reference_method(operation)
    assert method is not None
    for p in list(inspect.signature(method).parameters.values())[1:]:
        if p.default is p.empty and p.name not in converted:
            converted[p.name] = None
    return converted


# --- drawing arguments ----------------------------------------------------------------------

from hypothesis import strategies as st  # noqa: E402

from tests.unit import strategies as ir_strategies  # noqa: E402

#: Text the reference can carry: it writes text without escaping, so `&` and `<` break its
#: documents (see test_reference_breaks_on_markup), a raw CR is read back as LF and `]]>` is not
#: allowed in character data. Drawn text has those replaced (same length, so length
#: constraints still hold) before a comparison.
UNSAFE_FOR_REFERENCE = {"]]>": "]]}", "&": "+", "<": "(", "\r": "\n"}


def safe_text(text: str) -> str:
    for unsafe, replacement in UNSAFE_FOR_REFERENCE.items():
        text = text.replace(unsafe, replacement)
    return text


def clean(value: Any, kind: str = "") -> Any:
    """`value` with every XML text member made safe for the reference (base64 members, whose
    text never reaches the document as is, keep theirs)."""
    if isinstance(value, str):
        return value if kind in ("base64text", "base64") else safe_text(value)
    if isinstance(value, list):
        return [clean(item, kind) for item in value]
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    name = type(value).__name__
    if name in SHAPES and type(value).__module__ == azure_asm.models.__name__:
        for member in SHAPES[name].fields:
            item_kind = member.type.item.name if member.type.item is not None else ""
            setattr(
                value,
                member.name,
                clean(getattr(value, member.name), member.type.name or item_kind),
            )
        return value
    return value


_PARAM_STRATEGIES: dict[tuple[int, bool], st.SearchStrategy[Any]] = {}


def _param_strategy(p: Param, non_empty: bool = False) -> st.SearchStrategy[Any]:
    """The strategy of one parameter (built once: building strategies is not free)."""
    key = (id(p), non_empty)
    if key not in _PARAM_STRATEGIES:
        strategy = _build_param_strategy(p)
        if non_empty:
            strategy = strategy.filter(lambda v: not isinstance(v, (str, list)) or len(v) > 0)
        _PARAM_STRATEGIES[key] = strategy
    return _PARAM_STRATEGIES[key]


def _build_param_strategy(p: Param) -> st.SearchStrategy[Any]:
    from codegen.ir import Member

    member = Member(name=p.name, xml=p.name, type=p.type, constraints=p.constraints)
    if p.type.kind == "json":
        return st.dictionaries(
            st.text("abcdefghij", min_size=1, max_size=8),
            st.one_of(st.integers(-10, 10), st.text(max_size=8), st.booleans()),
            max_size=3,
        )
    # Path values: plain names (both packages' percent-encoding rules are not the point).
    if (
        p.in_path
        and p.type.kind == "scalar"
        and p.type.name == "string"
        and not (p.constraints.enum or p.constraints.pattern)
    ):
        return st.from_regex(r"[a-z][a-z0-9]{0,11}", fullmatch=True)
    low = p.constraints.min_length or 0  # (strategies.scalar_strategy skips it for base64text)
    return ir_strategies.present_value_strategy(member, 0).filter(
        lambda v: not isinstance(v, str) or len(v) >= low
    )


@st.composite
def complete(draw: st.DrawFn, value: Any) -> Any:
    """`value` (a drawn model, or a list of them) with every `required` member set."""
    if isinstance(value, list):
        return [draw(complete(item)) for item in value]
    name = type(value).__name__
    if name in SHAPES and type(value).__module__ == azure_asm.models.__name__:
        for member in SHAPES[name].fields:
            current = getattr(value, member.name)
            if current is None and member.required:
                current = draw(ir_strategies.present_value_strategy(member, 0))
            setattr(value, member.name, draw(complete(current)))
    return value


@st.composite
def arguments(
    draw: st.DrawFn, op: Operation, always: tuple[str, ...] = (), never: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Keyword arguments of `op`: required ones (and `always`) always, optional ones sometimes
    (`never`: never), exactly one of each `exactly_one` group and at most one of each
    `at_most_one` group."""
    chosen: set[str] = set(always)
    excluded: set[str] = set(never)
    for group in op.exactly_one:
        pick = draw(st.sampled_from(group))
        chosen.add(pick)
        excluded.update(name for name in group if name != pick)
    for group in op.at_most_one:
        pick = draw(st.sampled_from((None, *group)))
        if pick is not None:
            chosen.add(pick)
        excluded.update(name for name in group if name != pick)
    kwargs: dict[str, Any] = {}
    for p in op.params:
        if p.name in excluded:
            continue
        if p.required or p.name in chosen or draw(st.booleans()):
            # Our client counts '' (and empty lists) as "not given" in exactly_one/at_most_one
            # groups and refuses an empty required query value before sending.
            in_query = any(item.param == p.name for item in op.query)
            strategy = _param_strategy(p, non_empty=p.name in chosen or (p.required and in_query))
            value = draw(complete(draw(strategy)))
            kind = p.type.name if p.type.kind == "scalar" else ""
            kwargs[p.name] = clean(value, kind)
    return kwargs


# --- comparing parsed responses -------------------------------------------------------------


@dataclass(frozen=True)
class FieldDifference:
    """One field whose value the two packages read differently."""

    path: str  # where in our result, e.g. `[0].role_instance_list[1].instance_name`
    model: str  # our model class
    field: str  # our attribute
    ours: Any
    reference: Any

    def __str__(self) -> str:
        return f"{self.path}: ours {self.ours!r}, reference {self.reference!r}"


@dataclass
class Comparison:
    differences: list[FieldDifference]
    #: (model, field) pairs of ours the reference's model has no attribute for (not compared).
    not_in_reference: set[tuple[str, str]]
    #: (model, field) pairs compared.
    compared: set[tuple[str, str]]


def _is_our_model(value: Any) -> bool:
    return type(value).__name__ in SHAPES and type(value).__module__ == azure_asm.models.__name__


def _fresh_default(ref_obj: Any, attribute: str) -> Any:
    """The reference's value of `attribute` on a new instance (what it keeps when the element is
    absent), or None when it cannot build one."""
    try:
        return getattr(_new_reference(type(ref_obj)), attribute, None)
    except Exception:  # noqa: BLE001 - a model needing arguments: no default known
        return None


def _items(value: Any) -> list[Any] | None:
    """A reference list (plain, `_list_of`, or a wrapper model iterating over one) as a list."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "__iter__") and not isinstance(value, (str, bytes, dict)):
        return list(value)
    return None


def _empty(value: Any) -> bool:
    return (
        value is None
        or value == ""
        or (_items(value) == [] if not isinstance(value, str) else False)
    )


def scalar_equal(kind: str, ours: Any, ref: Any, ref_default: Any) -> bool:
    """Our typed value against the reference's (mostly text) one, converting explicitly:

    * absent: our None (or '' / b'' for an empty element) against the reference's default for
      the attribute (it leaves its default, e.g. `u''`, `False` or `0`, when the element is
      missing and sets None when it is empty);
    * string: equal text;
    * int/long/float: the reference's text (or number) converted to a number;
    * bool: the reference's bool, or its text read as `true`/`false`;
    * datetime: the reference's text parsed as ISO 8601 (it keeps the text as sent);
    * base64text: the reference decodes `_Base64String` members, but keeps others as the base64
      text, which is then decoded here;
    * base64: the reference's text decoded.
    """
    if ours is None or ours in ("", b""):
        # (An empty element is read as None, or left at the default, by the reference.)
        return ref is None or ref == ref_default or ref == ""
    if ref is None:
        return False
    if kind == "string":
        return bool(ref == ours)
    if kind in ("int", "long"):
        try:
            return int(str(ref).strip()) == ours
        except ValueError:
            return False
    if kind == "float":
        try:
            return float(str(ref).strip()) == ours
        except ValueError:
            return False
    if kind == "bool":
        if isinstance(ref, bool):
            return ref == ours
        return str(ref).strip().lower() == ("true" if ours else "false")
    if kind == "datetime":
        if isinstance(ref, datetime):
            return ref.replace(tzinfo=None) == ours.replace(tzinfo=None)
        try:
            parsed = datetime.fromisoformat(str(ref).strip())
        except ValueError:
            return False
        return parsed == ours
    if kind == "base64text":
        if ref == ours:
            return True
        try:
            return base64.b64decode(str(ref)).decode("utf-8") == ours
        except (ValueError, UnicodeDecodeError):
            return False
    if kind == "base64":
        try:
            return base64.b64decode(str(ref)) == ours
        except ValueError:
            return False
    raise AssertionError(f"no comparison for scalar type {kind}")


class _Comparer:
    def __init__(self) -> None:
        self.result = Comparison([], set(), set())

    def model(self, path: str, ours: Any, ref: Any) -> None:
        name = type(ours).__name__
        for member in SHAPES[name].fields:
            if (
                member.placement == "attribute"
                and member.name == "type"
                and name.endswith("Content")
            ):
                continue
            attribute = reference_attribute(name, member.name)
            if ref is None or not hasattr(ref, attribute):
                self.result.not_in_reference.add((name, member.name))
                continue
            self.result.compared.add((name, member.name))
            self.value(
                f"{path}.{member.name}",
                name,
                member.name,
                member.type,
                getattr(ours, member.name),
                getattr(ref, attribute),
                _fresh_default(ref, attribute),
            )

    def differ(self, path: str, model: str, field: str, ours: Any, ref: Any) -> None:
        self.result.differences.append(FieldDifference(path, model, field, ours, ref))

    def value(
        self, path: str, model: str, field: str, type_ref: Any, ours: Any, ref: Any, default: Any
    ) -> None:
        kind = type_ref.kind
        if kind == "scalar":
            if not scalar_equal(type_ref.name, ours, ref, default):
                self.differ(path, model, field, ours, ref)
        elif kind == "shape":
            # A blank model is the fresh instance ours reads for an absent element (as the
            # reference's own models start), where the reference's reader may leave None.
            if ours is None or (ref is None and is_blank(ours)):
                if not (ref is None or ref == default or _reference_is_empty(ref)):
                    self.differ(path, model, field, ours, ref)
            elif ref is None or isinstance(ref, (str, int, float)):
                self.differ(path, model, field, ours, ref)
            else:
                self.model(path, ours, ref)
        elif kind == "list":
            items = _items(ref)
            if not ours:
                if items:
                    self.differ(path, model, field, ours, ref)
                return
            if items is None or len(items) != len(ours):
                self.differ(path, model, field, ours, ref)
                return
            assert type_ref.item is not None
            for index, (mine, theirs) in enumerate(zip(ours, items, strict=True)):
                self.value(f"{path}[{index}]", model, field, type_ref.item, mine, theirs, None)
        elif kind == "map":
            # (The reference reads an empty <Value/> as None.)
            theirs = {k: "" if v is None else v for k, v in (dict(ref) if ref else {}).items()}
            if (ours or {}) != theirs:
                self.differ(path, model, field, ours, ref)
        else:
            raise AssertionError(f"no comparison for {kind}")


def _reference_is_empty(ref: Any) -> bool:
    """A reference model with nothing filled in (what it builds for an empty element)."""
    if not isinstance(ref, WindowsAzureData):
        return _items(ref) == []
    fresh = _new_reference(type(ref))
    return all(getattr(ref, k) == getattr(fresh, k) or _empty(getattr(ref, k)) for k in vars(ref))


def atom_content(value: Any) -> Any:
    """Our Atom entry's description (the one model inside `<content>`), or `value` itself."""
    if not _is_our_model(value):
        return value
    shape_ = SHAPES[type(value).__name__]
    names = {m.name for m in shape_.fields}
    if "content" in names and "links" in names:
        content = value.content
        if content is None:
            return None
        inner = [m for m in SHAPES[type(content).__name__].fields if m.type.kind == "shape"]
        return getattr(content, inner[0].name) if len(inner) == 1 else content
    return value


def reference_view(value: Any) -> Any:
    """Our result in the reference's layout: an Atom feed is the list of its entries'
    descriptions, an Atom entry its description; everything else as is."""
    if _is_our_model(value):
        shape_ = SHAPES[type(value).__name__]
        names = {m.name for m in shape_.fields}
        if "entries" in names and "link" in names:
            return [atom_content(entry) for entry in value.entries or []]
        return atom_content(value)
    return value


def compare_result(ours: Any, ref: Any) -> Comparison:
    """Field-by-field comparison of our result with the reference's (see `scalar_equal`)."""
    comparer = _Comparer()
    view = reference_view(ours)
    if isinstance(view, list):
        items = _items(ref) or []
        if len(items) != len(view):
            comparer.differ("", type(ours).__name__, "<items>", len(view), len(items))
        for index, (mine, theirs) in enumerate(zip(view, items, strict=False)):
            if mine is None:
                continue
            comparer.model(f"[{index}]", mine, theirs)
    elif view is not None:
        comparer.model("", view, ref)
    return comparer.result


# --- comparing requests ---------------------------------------------------------------------

import copy  # noqa: E402
import json  # noqa: E402

from tests.differential.reference_bugs import ReferenceBug, request_bugs, response_bugs  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"

#: Argument conventions that differ by design (not bugs): our value -> the reference's.
ARGUMENT_CONVENTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    # We take the metric names as one comma-separated string, the reference as a list.
    "get_historical_usage_metrics": {"metrics": lambda value: value.split(",")},
    # The reference takes the whole query piece, `$filter=<expression>`; we take the expression.
    **{
        f"get_metrics_data_{kind}": {"filter_expresssion": lambda value: f"$filter={value}"}
        for kind in ("queue", "topic", "notification_hub", "relay")
    },
}


def convert_arguments(operation: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    converted = reference_kwargs(operation, kwargs)
    for name, convert in ARGUMENT_CONVENTIONS.get(operation, {}).items():
        if converted.get(name) is not None:
            converted[name] = convert(converted[name])
    return converted


def drop_atom_boilerplate(root: etree._Element) -> None:
    """The reference wraps Service Bus bodies in an Atom entry with an empty title, author and
    id and the current time as <updated>: placeholders, not data (and the time differs)."""
    if root.tag != f"{ATOM}entry":
        return
    for tag in ("title", "updated", "author", "id"):
        for element in root.findall(f"{ATOM}{tag}"):
            root.remove(element)


@dataclass
class RequestVerdict:
    """The outcome of sending one call through both packages."""

    differences: list[str]
    excused_by: list[str]  # ids of the bugs whose reference_error explained a failure
    ours: Outcome
    reference: Outcome

    @property
    def equivalent(self) -> bool:
        return not self.differences


def _body_tree(body: bytes) -> etree._Element:
    return etree.fromstring(canonical(body).encode("utf-8"))


def compare_request(
    operation: str, kwargs: Mapping[str, Any], *, without: str | None = None
) -> RequestVerdict:
    """Call `operation` with `kwargs` through both packages and compare what they send: method,
    path, query, x-ms-version and the canonical body. The request-side reference bugs that
    apply (all but `without`) adjust the arguments or the reference's request first."""
    op = OPERATIONS_BY_NAME[operation]
    bugs: list[ReferenceBug] = request_bugs(operation, without=without)
    ours_kwargs = copy.deepcopy(dict(kwargs))
    theirs = copy.deepcopy(dict(kwargs))
    for bug in bugs:
        if bug.adjust is not None:
            bug.adjust(operation, ours_kwargs, theirs)
    answer = success(operation)
    ours = call_ours(operation, ours_kwargs, answer)
    reference_outcome = call_reference(operation, convert_arguments(operation, theirs), answer)
    verdict = RequestVerdict([], [], ours, reference_outcome)
    if ours.sent is None:
        verdict.differences.append(f"ours raised {ours.error!r}")
        return verdict
    if reference_outcome.sent is None:
        error = reference_outcome.error
        assert error is not None
        excusing = [
            b.id for b in bugs if b.reference_error is not None and b.reference_error(error)
        ]
        if excusing:
            verdict.excused_by.extend(excusing)
        else:
            verdict.differences.append(f"the reference raised {error!r}")
        return verdict
    mine, theirs_sent = ours.sent, reference_outcome.sent
    path = theirs_sent.path
    for bug in bugs:
        if bug.fix_reference_path is not None:
            path = bug.fix_reference_path(path)
    version = theirs_sent.header("x-ms-version")
    for bug in bugs:
        if bug.our_version is not None:
            version = bug.our_version
    for what, a, b in (
        ("method", mine.method, theirs_sent.method),
        ("path", mine.path, path),
        ("query", mine.query, theirs_sent.query),
        ("x-ms-version", mine.header("x-ms-version"), version),
    ):
        if a != b:
            verdict.differences.append(f"{what}: ours {a!r}, reference {b!r}")
    if op.request is not None and op.request.kind == "json":
        if json.loads(mine.body) != json.loads(theirs_sent.body):
            verdict.differences.append(
                f"JSON body: ours {mine.body!r}, reference {theirs_sent.body!r}"
            )
    elif op.request is not None:
        try:
            their_tree = _body_tree(theirs_sent.body)
        except etree.XMLSyntaxError as error:
            verdict.differences.append(
                f"the reference's body is not XML ({error}): {theirs_sent.body!r}"
            )
            return verdict
        our_tree = _body_tree(mine.body)
        drop_atom_boilerplate(their_tree)
        for bug in bugs:
            if bug.fix_reference is not None:
                bug.fix_reference(their_tree)
            if bug.fix_ours is not None:
                bug.fix_ours(our_tree)
        a, b = canonical_tree(our_tree), canonical_tree(their_tree)
        if a != b:
            verdict.differences.append(f"body:\n  ours      {a}\n  reference {b}")
    return verdict


# --- comparing responses with the bugs ------------------------------------------------------


@dataclass
class ResponseVerdict:
    differences: list[FieldDifference]
    excused: list[tuple[str, FieldDifference]]  # (bug id, difference)
    excused_by: list[str]  # bugs whose reference_error explained a crash
    comparison: Comparison | None
    ours: Outcome
    reference: Outcome

    @property
    def equivalent(self) -> bool:
        return not self.differences


def compare_response(
    operation: str,
    kwargs: Mapping[str, Any],
    body: bytes,
    *,
    strict: bool = True,
    without: str | None = None,
) -> ResponseVerdict:
    """Feed `body` (status 200) to `operation` in both packages and compare the results field by
    field; the response-side reference bugs (all but `without`) excuse what they explain."""
    bugs = response_bugs(without=without)
    answer = Canned(200, body)
    ours = call_ours(operation, copy.deepcopy(dict(kwargs)), answer, strict=strict)
    theirs = call_reference(
        operation, convert_arguments(operation, copy.deepcopy(dict(kwargs))), answer
    )
    verdict = ResponseVerdict([], [], [], None, ours, theirs)
    if ours.error is not None:
        raise AssertionError(f"{operation}: we could not read the document: {ours.error!r}")
    if theirs.error is not None:
        excusing = [
            b.id for b in bugs if b.reference_error is not None and b.reference_error(theirs.error)
        ]
        if not excusing:
            raise AssertionError(f"{operation}: the reference raised {theirs.error!r}")
        verdict.excused_by.extend(excusing)
        return verdict
    comparison = compare_result(ours.result, theirs.result)
    verdict.comparison = comparison
    for difference in comparison.differences:
        for bug in bugs:
            if (difference.model, difference.field) in bug.fields and bug.excuses(
                difference.ours, difference.reference
            ):
                verdict.excused.append((bug.id, difference))
                break
        else:
            verdict.differences.append(difference)
    return verdict


# --- documents ------------------------------------------------------------------------------

#: Real response bodies (Apache Libcloud's fixtures; see their README): file name pattern ->
#: (operation, arguments from the match). Bodies that are <Error> documents are left out.
LIBCLOUD_FIXTURES = Path(__file__).parents[1] / "fixtures" / "libcloud"

LIBCLOUD_ROUTES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"locations", "list_locations", ()),
    (r"operations_(\w+)", "get_operation_status", ("request_id",)),
    (
        r"services_hostedservices_(\w+?)_deploymentslots_(\w+)",
        "get_deployment_by_slot",
        ("service_name", "deployment_slot"),
    ),
    (
        r"services_hostedservices_(\w+?)_deployments",
        "get_hosted_service_properties",
        ("service_name",),
    ),
    (r"services_hostedservices_(\w+)", "get_hosted_service_properties", ("service_name",)),
    (r"services_images", "list_os_images", ()),
    (r"services_vmimages", "list_vm_images", ()),
    (r"services_storageservices_(\w+)", "get_storage_account_properties", ("service_name",)),
)


@dataclass(frozen=True)
class RealDocument:
    """A real response body and the call it answers."""

    name: str
    operation: str
    kwargs: dict[str, Any]
    body: bytes


def libcloud_documents() -> list[RealDocument]:
    import re

    documents = []
    for path in sorted(LIBCLOUD_FIXTURES.glob("*.xml")):
        body = path.read_bytes()
        if etree.QName(parse(body)).localname == "Error":
            continue
        for pattern, operation, names in LIBCLOUD_ROUTES:
            match = re.fullmatch(pattern, path.stem)
            if match:
                kwargs = dict(zip(names, match.groups(), strict=True))
                documents.append(RealDocument(f"libcloud/{path.name}", operation, kwargs, body))
                break
    return documents
