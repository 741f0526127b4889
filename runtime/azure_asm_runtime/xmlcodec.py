"""XML on the wire: safe parsing of responses and the scalar codecs generated code calls.

Requests are written by joining escaped strings (several times faster than building an lxml
tree); responses are parsed by lxml with every feature that could reach outside the document
(entities, DTDs, the network) turned off.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar, cast

from azure_asm_runtime import modeldict
from azure_asm_runtime.errors import (
    ResponseParseError,
    ResponseTooLargeError,
    UnknownElementError,
)
from azure_asm_runtime.gc_pause import gc_paused
from azure_asm_runtime.legacy import WindowsAzureData

if TYPE_CHECKING:
    from lxml import etree

WA = "http://schemas.microsoft.com/windowsazure"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NIL = f"{{{XSI}}}nil"

#: Responses larger than this are refused before parsing (the largest real ASM listing,
#: the public OS image catalogue, is a few megabytes).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

#: Documents with more elements than this are refused before parsing. The bytes limit alone
#: does not bound memory: lxml spends about 130 bytes per element, so 64 MB of `<x/>` is a
#: 2 GB tree. The public OS image catalogue (the largest real answer) has under 100,000;
#: a million elements is a tree of about 130 MB.
MAX_DOCUMENT_ELEMENTS = 1_000_000


# lxml is imported on first parse, not with `azure_asm`: its import is a quarter of the SDK's.
@cache
def _parser() -> etree.XMLParser:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


T = TypeVar("T")
D = TypeVar("D")


# What can hold a `<` that starts no element: comments, CDATA sections, processing
# instructions (attribute values cannot hold one).
_NOT_ELEMENTS = re.compile(rb"<(?:!--.*?-->|!\[CDATA\[.*?\]\]>|\?.*?\?>)", re.DOTALL)


def count_elements(body: bytes, limit: int) -> int:
    """The number of start tags in `body`, counted exactly only when a cheap upper bound
    (the number of `<`) exceeds `limit`: linear time, no tree, no copy for most bodies."""
    bound = body.count(b"<")
    if bound <= limit:
        return bound
    if b"<!--" in body or b"<![CDATA[" in body or b"<?" in body:
        body = _NOT_ELEMENTS.sub(b"", body)
    return body.count(b"<") - body.count(b"</") - body.count(b"<!")


def parse_document(
    body: bytes, what: str = "response", max_elements: int = MAX_DOCUMENT_ELEMENTS
) -> etree._Element:
    """Parse an XML body, refusing DTDs, entities and oversized input (more bytes than
    `MAX_DOCUMENT_BYTES` or more elements than `max_elements`: `ResponseTooLargeError`).

    `what` names the body in errors ("response", or "request" where the emulator reads one).
    """
    if len(body) > MAX_DOCUMENT_BYTES:
        raise ResponseTooLargeError(
            f"{what} body of {len(body):,} bytes exceeds the limit of {MAX_DOCUMENT_BYTES:,}"
        )
    elements = count_elements(body, max_elements)
    if elements > max_elements:
        raise ResponseTooLargeError(
            f"{what} body holds {elements:,} elements, more than the limit of "
            f"{max_elements:,} (max_response_elements)"
        )
    if not body.strip():
        raise ResponseParseError(f"{what} body is empty where an XML document was expected")
    # A DOCTYPE is the only way in for entity tricks; ASM never sends one.
    if b"<!DOCTYPE" in body[:4096] or b"<!ENTITY" in body:
        raise ResponseParseError(f"{what} XML declares a DTD, which is refused")
    from lxml import etree

    try:
        root = etree.fromstring(body, _parser())
    except etree.XMLSyntaxError as exc:
        raise ResponseParseError(f"{what} is not well-formed XML: {exc}") from None
    if root is None:
        raise ResponseParseError(f"{what} holds no XML element")
    if getattr(root.getroottree().docinfo, "doctype", ""):
        raise ResponseParseError(f"{what} XML declares a DTD, which is refused")
    return root


def read_document(
    body: bytes,
    reader: Callable[[etree._Element, DeserializeContext], T],
    strict: bool = False,
    max_elements: int = MAX_DOCUMENT_ELEMENTS,
) -> T:
    """Parse a response body and read it into models with a generated reader, as the clients
    do; the garbage collector is paused meanwhile (see `azure_asm_runtime.gc_pause`)."""
    root = parse_document(body, max_elements=max_elements)
    ctx = DeserializeContext(strict)
    with gc_paused():
        result = reader(root, ctx)
        ctx.finish()
        return result


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


def element_path(element: etree._Element) -> str:
    names: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        names.append(local_name(str(node.tag)))
        node = node.getparent()
    return "/".join(reversed(names))


class HasUnknownElements(Protocol):
    unknown_elements: tuple[etree._Element, ...]


class DeserializeContext:
    """Decides what happens to elements the spec does not describe.

    By default they are kept on the model (`unknown_elements`) so nothing the service sent is
    lost; in strict mode they raise, which is how tests find gaps in the spec.

    The elements are gathered in a list per owner and stored as its tuple by `finish()` (the
    generated `deserialize_*` functions call it): growing the tuple per element would copy it
    each time, quadratic in a hostile answer of many unknown elements.
    """

    __slots__ = ("strict", "_pending")

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        # id(owner) -> (owner, its unknown elements); the owner is held so its id stays unique.
        self._pending: dict[int, tuple[HasUnknownElements, list[etree._Element]]] = {}

    def unknown(self, owner: HasUnknownElements, element: etree._Element) -> None:
        if self.strict:
            raise UnknownElementError((element_path(element),))
        entry = self._pending.get(id(owner))
        if entry is None:
            entry = self._pending[id(owner)] = (owner, list(owner.unknown_elements))
        entry[1].append(element)

    def finish(self) -> None:
        """Store the unknown elements gathered so far on their owners (`unknown_elements`)."""
        for owner, elements in self._pending.values():
            owner.unknown_elements = tuple(elements)
        self._pending.clear()

    def unknown_variant(self, element: etree._Element, kind: str | None) -> None:
        if self.strict:
            raise UnknownElementError((f"{element_path(element)} (unknown variant {kind!r})",))


def expect_root(element: etree._Element, tag: str) -> None:
    if element.tag == tag:
        return
    got = str(element.tag)
    if local_name(got) != local_name(tag):
        raise ResponseParseError(
            f"expected a <{local_name(tag)}> document, got <{local_name(got)}>"
        )
    raise ResponseParseError(
        f"<{local_name(tag)}> document in {_namespace_of(got)}, expected it in {_namespace_of(tag)}"
    )


def _namespace_of(tag: str) -> str:
    uri = tag[1:].partition("}")[0] if tag.startswith("{") else ""
    return f"namespace {uri}" if uri else "no namespace"


# An element holding both text and elements: ASM's documents never mix them, and a reader
# that takes the text of a scalar would not see the elements.
@cache
def _mixed_content() -> etree.XPath:
    from lxml import etree

    return etree.XPath("descendant-or-self::*[* and text()[normalize-space()]]")


def begin_document(
    element: etree._Element, tag: str, ctx: DeserializeContext | None
) -> DeserializeContext:
    """Check the root of a document about to be read and give the context to read it with.

    In strict mode, mixed content anywhere (`<Name>d<Extra/></Name>`) is refused up front:
    the elements inside a scalar with text would otherwise go unseen. (Elements inside an
    empty scalar are reported by the scalar readers themselves, in both modes.)
    """
    expect_root(element, tag)
    if ctx is None:
        return DeserializeContext()
    if ctx.strict:
        mixed = cast("list[etree._Element]", _mixed_content()(element))  # a node-set of elements
        if mixed:
            raise UnknownElementError(tuple(element_path(inner) for inner in mixed[0]))
    return ctx


# --- reading scalars ------------------------------------------------------------------------


def child_text(element: etree._Element, tag: str) -> str | None:
    """Text of the first child named `tag` ("" when empty, None when absent): what
    `findtext` does without its path parser, several times faster for a union's
    discriminator, which comes first."""
    for child in element:
        if child.tag == tag:
            return child.text or ""
    return None


def is_nil(element: etree._Element) -> bool:
    return element.get(NIL) == "true"


def _children_are_unknown(
    element: etree._Element, ctx: DeserializeContext | None, owner: HasUnknownElements | None
) -> None:
    """A scalar element with elements inside: they are data the spec does not describe."""
    if ctx is not None and owner is not None and len(element):
        for child in element:
            ctx.unknown(owner, child)


def read_string(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> str | None:
    """The text of a string element; generated readers call it only when `.text` is empty,
    so the checks of an empty element (nil, elements inside) cost nothing otherwise."""
    text = element.text
    if text is None:
        _children_are_unknown(element, ctx, owner)
        return None if element.get(NIL) == "true" else ""
    return text


# What XML Schema's whitespace "collapse" removes around a number, boolean or timestamp
# (str.strip() would also remove Unicode spaces, which the schema types do not allow).
_XML_SPACE = " \t\r\n"


def _scalar_text(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> str | None:
    text = element.text
    if text is not None:
        text = text.strip(_XML_SPACE)
        if text:
            return text
    _children_are_unknown(element, ctx, owner)
    return None


# The lexical spaces of the XML Schema types, in ASCII: int(), float() and fromisoformat()
# also take `1_000`, other scripts' digits (`١٢`), `infinity` and `20240101`.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DOUBLE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?"
)
_INT_RANGE = (-(2**31), 2**31 - 1)  # xs:int
_LONG_RANGE = (-(2**63), 2**63 - 1)  # xs:long


def parse_integer(text: str, bounds: tuple[int, int] = _INT_RANGE) -> int | None:
    """`text` as an xs:int (or within `bounds`), None when it is not one."""
    if len(text) > 64 or _INTEGER.fullmatch(text) is None:  # 64: leading zeros, not 4,000 digits
        return None
    value = int(text)
    return value if bounds[0] <= value <= bounds[1] else None


def parse_double(text: str) -> float | None:
    """`text` as an xs:double, None when it is not one."""
    if len(text) > 400 or _DOUBLE.fullmatch(text) is None:
        return None
    return float(text.replace("INF", "inf"))


def parse_datetime(text: str) -> datetime | None:
    """`text` as an xs:dateTime (or xs:date), None when it is not one."""
    if len(text) > 64 or _DATETIME.fullmatch(text) is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # a month 13, a 25th hour, ...
        return None


def _bad(element: etree._Element, kind: str, text: str, attribute: str = "") -> ResponseParseError:
    shown = text if len(text) <= 40 else text[:40] + "..."
    at = f" @{attribute}" if attribute else ""
    return ResponseParseError(f"<{element_path(element)}>{at}: {shown!r} is not {kind}")


def read_int(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> int | None:
    text = _scalar_text(element, ctx, owner)
    if text is None:
        return None
    value = parse_integer(text)
    if value is None:
        raise _bad(element, "an integer (32-bit)", text)
    return value


def read_long(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> int | None:
    text = _scalar_text(element, ctx, owner)
    if text is None:
        return None
    value = parse_integer(text, _LONG_RANGE)
    if value is None:
        raise _bad(element, "an integer (64-bit)", text)
    return value


def read_float(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> float | None:
    text = _scalar_text(element, ctx, owner)
    if text is None:
        return None
    value = parse_double(text)
    if value is None:
        raise _bad(element, "a number", text)
    return value


# xs:boolean, compared without case: the one leniency kept, because ASM's SQL Database
# answers write .NET's "True"/"False" (tests/replay/recordings/*sqldatabase*).
_BOOLS = {"true": True, "false": False, "1": True, "0": False}


def read_bool(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> bool | None:
    text = _scalar_text(element, ctx, owner)
    if text is None:
        return None
    value = _BOOLS.get(text.lower())
    if value is None:
        raise _bad(element, "a boolean", text)
    return value


def read_datetime(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> datetime | None:
    text = _scalar_text(element, ctx, owner)
    if text is None:
        return None
    value = parse_datetime(text)
    if value is None:
        raise _bad(element, "an ISO 8601 timestamp", text)
    return value


def read_base64(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> bytes | None:
    text = _scalar_text(element, ctx, owner)
    if text is None:
        return None if is_nil(element) else b""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _bad(element, "base64", text) from None


def read_base64text(
    element: etree._Element,
    ctx: DeserializeContext | None = None,
    owner: HasUnknownElements | None = None,
) -> str | None:
    data = read_base64(element, ctx, owner)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad(element, "base64 of UTF-8 text", element.text or "") from None


class ResultList(list[T], WindowsAzureData):
    """A list returned by a list operation; keeps unknown top-level elements like models do.

    Like the reference's list classes it is a `WindowsAzureData`; its `as_dict()` is a list."""

    unknown_elements: tuple[etree._Element, ...] = ()

    # A list's JSON form is a JSON array, not the dict of attributes a model gives.
    def as_dict(self, *, keep_none: bool = False) -> list[Any]:  # type: ignore[override]
        """JSON-ready data: the items' `as_dict()`, in order (`azure_asm_runtime.modeldict`)."""
        return modeldict.list_as_dicts(self, keep_none=keep_none)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The list `as_dict()` describes: each item built by its class's `from_dict`;
        `ValueError` names the item and key at fault."""
        return modeldict.list_from_dict(cls, data)


class UnwrappedList(ResultList[T], Generic[T, D]):
    """The items a document carries inside envelopes, taken out of them (the descriptions in a
    Service Bus Atom feed's entries: what the reference package returned), with the whole
    document kept as `document` (the feed's id, title, dates and each entry as sent)."""

    def __init__(self, document: D) -> None:
        super().__init__()
        self.document = document

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list.__repr__(self)})"

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Not available: `as_dict()` gives the items only, not the document they came in;
        build the items with their class's `from_dict`."""
        raise ValueError(
            f"{cls.__name__}: the items of a document cannot be built back without it; "
            "use the item class's from_dict"
        )


def _attribute(element: etree._Element, name: str) -> str | None:
    text = element.get(name)
    return None if text is None else text.strip(_XML_SPACE) or None


def attribute_string(element: etree._Element, name: str) -> str | None:
    return element.get(name)


def attribute_int(element: etree._Element, name: str) -> int | None:
    text = _attribute(element, name)
    if text is None:
        return None
    value = parse_integer(text)
    if value is None:
        raise _bad(element, "an integer (32-bit)", text, name)
    return value


def attribute_long(element: etree._Element, name: str) -> int | None:
    text = _attribute(element, name)
    if text is None:
        return None
    value = parse_integer(text, _LONG_RANGE)
    if value is None:
        raise _bad(element, "an integer (64-bit)", text, name)
    return value


def attribute_float(element: etree._Element, name: str) -> float | None:
    text = _attribute(element, name)
    if text is None:
        return None
    value = parse_double(text)
    if value is None:
        raise _bad(element, "a number", text, name)
    return value


def attribute_bool(element: etree._Element, name: str) -> bool | None:
    text = _attribute(element, name)
    if text is None:
        return None
    value = _BOOLS.get(text.lower())
    if value is None:
        raise _bad(element, "a boolean", text, name)
    return value


def attribute_datetime(element: etree._Element, name: str) -> datetime | None:
    text = _attribute(element, name)
    if text is None:
        return None
    value = parse_datetime(text)
    if value is None:
        raise _bad(element, "an ISO 8601 timestamp", text, name)
    return value


def read_list(
    element: etree._Element,
    item_tag: str,
    read_item: Callable[[etree._Element, DeserializeContext], T | None],
    ctx: DeserializeContext,
    owner: HasUnknownElements,
) -> list[T]:
    """Items of a wrapper element; `read_item` returns None for a union of an unknown kind."""
    items: list[T] = []
    for child in element:
        if child.tag == item_tag:
            value = read_item(child, ctx)
            if value is None:
                ctx.unknown(owner, child)
            else:
                items.append(value)
        else:
            ctx.unknown(owner, child)
    return items


def read_scalar_list(
    element: etree._Element,
    item_tag: str,
    read_item: Callable[[etree._Element, DeserializeContext, HasUnknownElements], T | None],
    ctx: DeserializeContext,
    owner: HasUnknownElements,
) -> list[T]:
    items: list[T] = []
    for child in element:
        if child.tag == item_tag:
            value = read_item(child, ctx, owner)
            if value is not None:
                items.append(value)
        else:
            ctx.unknown(owner, child)
    return items


def read_string_list(
    element: etree._Element, item_tag: str, ctx: DeserializeContext, owner: HasUnknownElements
) -> list[str]:
    """Items of a wrapper of string elements (role sizes, subnet names, ...); nil items are
    dropped, as by `read_scalar_list`, whose per-item reader call this saves."""
    texts: list[str] = []
    for child in element:
        if child.tag == item_tag:
            text = child.text or read_string(child, ctx, owner)
            if text is not None:
                texts.append(text)
        else:
            ctx.unknown(owner, child)
    return texts


def read_map(
    element: etree._Element,
    entry_tag: str,
    key_tag: str,
    value_tag: str,
    ctx: DeserializeContext,
    owner: HasUnknownElements,
) -> dict[str, str]:
    result: dict[str, str] = {}
    for entry in element:
        if entry.tag != entry_tag:
            ctx.unknown(owner, entry)
            continue
        key: str | None = None
        value: str | None = None
        for part in entry:
            if part.tag == key_tag:
                key = read_string(part)
            elif part.tag == value_tag:
                value = read_string(part)
            else:
                ctx.unknown(owner, part)
        if key is not None:
            result[key] = value or ""
    return result


# --- writing scalars ------------------------------------------------------------------------

# Characters XML 1.0 cannot carry at all, even escaped.
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# `\r` must be written as a character reference or parsers turn it into `\n`.
_NEEDS_ESCAPE = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def invalid_xml_char(value: str) -> str | None:
    """The first character of `value` that XML 1.0 cannot carry, if any."""
    match = INVALID_XML.search(value)
    return None if match is None else match.group()


#: A match when `value` has a character to escape (or one XML cannot carry), else None.
#: Generated writers call `escape_text` only then: most values are plain.
needs_escape = _NEEDS_ESCAPE.search


def escape_text(value: str) -> str:
    if needs_escape(value) is None:
        return value
    bad = invalid_xml_char(value)
    if bad is not None:
        raise ValueError(f"text contains U+{ord(bad):04X}, which XML 1.0 cannot carry")
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#xD;")
    )


_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#x9;",
        "\n": "&#xA;",
        "\r": "&#xD;",
    }
)


def escape_attribute(value: str) -> str:
    """Escape an attribute value; whitespace is escaped too, since parsers normalise it."""
    bad = invalid_xml_char(value)
    if bad is not None:
        raise ValueError(f"text contains U+{ord(bad):04X}, which XML 1.0 cannot carry")
    return value.translate(_ATTRIBUTE_ESCAPES)


def format_int(value: int) -> str:
    return str(int(value))


def format_float(value: float) -> str:
    return repr(float(value))


def format_bool(value: bool) -> str:
    return "true" if value else "false"


def format_datetime(value: datetime) -> str:
    if value.tzinfo is not None and value.utcoffset() == UTC.utcoffset(None):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()


def format_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def format_base64text(value: str) -> str:
    return base64.b64encode(value.encode("utf-8")).decode("ascii")


def write_map(
    out: list[str],
    tag: str,
    entry_tag: str,
    key_tag: str,
    value_tag: str,
    value: Mapping[str, str],
    attributes: str = "",
) -> None:
    out.append(f"<{tag}{attributes}>")
    for key, item in value.items():
        out.append(
            f"<{entry_tag}><{key_tag}>{escape_text(key)}</{key_tag}>"
            f"<{value_tag}>{escape_text(item)}</{value_tag}></{entry_tag}>"
        )
    out.append(f"</{tag}>")


class NotJsonError(TypeError):
    """A value `json_body` cannot write; `value` is the offending object (maybe nested)."""

    def __init__(self, value: object) -> None:
        super().__init__(f"{type(value).__name__} is not JSON serializable")
        self.value = value


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise NotJsonError(value)


def json_body(value: object) -> bytes:
    """A JSON request body (the Scheduler API's jobs), datetimes as ISO 8601."""
    import json  # here, not with the SDK: only the Scheduler's jobs are JSON

    return json.dumps(value, default=_json_default).encode("utf-8")
