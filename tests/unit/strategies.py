"""Hypothesis strategies for every shape of the spec, built from the IR (no per-shape code).

`load_spec(spec/)` is walked once: each structure shape gets a strategy that draws every
member of `shape.fields` according to its type and constraints and builds the generated model
class with keyword arguments; each union draws one of all its variants. A new shape or member
in the spec is covered without touching this file.

Strings are XML 1.0 text on purpose hostile to a writer: markup characters (`&`, `<`, `>`,
quotes), `\\r` (which parsers turn into `\\n` unless it is written as a character reference),
tabs, newlines, leading and trailing spaces and non-ASCII (BMP and astral) characters.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import azure_asm.models
from codegen.ir import Member, Shape, Spec, TypeRef
from codegen.loader import load_spec
from codegen.render import fresh_value

ROOT = Path(__file__).resolve().parents[2]
SPEC: Spec = load_spec(ROOT / "spec")
SHAPES: dict[str, Shape] = {shape.name: shape for shape in SPEC.shapes}
STRUCTURES: tuple[Shape, ...] = tuple(s for s in SPEC.shapes if s.union is None)
UNIONS: tuple[Shape, ...] = tuple(s for s in SPEC.shapes if s.union is not None)

#: Nested shapes deeper than this are left out (None, or an empty list) so that recursive and
#: very wide shapes (HostedService > Deployment > RoleInstance > ...) stay small.
MAX_DEPTH = 4
#: Items per drawn list.
MAX_LIST = 3

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)

# --- names --------------------------------------------------------------------------------

_SNAKE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(name: str) -> str:
    """`OSImage` -> `os_image`, `WinRM` -> `win_rm`, `PersistentVMRole` -> `persistent_vm_role`."""
    return _SNAKE.sub("_", name).lower()


def model_class(shape_name: str) -> type[Any]:
    return getattr(azure_asm.models, shape_name)  # type: ignore[no-any-return]


def variant_shapes(shape: Shape) -> tuple[Shape, ...]:
    assert shape.union is not None
    return tuple(SHAPES[variant.shape] for variant in shape.union.variants)


# --- characters ---------------------------------------------------------------------------


def is_xml_char(char: str) -> bool:
    code = ord(char)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def is_xml_text(value: str) -> bool:
    return all(is_xml_char(char) for char in value)


#: Characters a correct writer has to take care of.
SPECIAL_CHARS = "&<>\"'\r\n\t  ]]>;#"

#: Characters XML 1.0 cannot carry at all, not even as character references.
INVALID_XML_CHARS = ("\x00", "\x01", "\x0b", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff")

XML_CHARS = st.one_of(
    st.sampled_from(SPECIAL_CHARS),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x80, max_codepoint=0xD7FF),
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFD),
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF),
)

_PADDING = st.sampled_from(["", " ", "  ", "\t", "\n", " \r\n "])


def xml_text(min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Text XML 1.0 can carry, often padded with whitespace on either side."""
    core = st.text(alphabet=XML_CHARS, min_size=min_size, max_size=max_size)
    padded = st.tuples(_PADDING, core, _PADDING).map("".join)
    strategy = st.one_of(core, padded)
    if min_size or max_size is not None:
        strategy = strategy.filter(
            lambda s: len(s) >= min_size and (max_size is None or len(s) <= max_size)
        )
    return strategy.filter(is_xml_text)


def any_text() -> st.SearchStrategy[str]:
    """Any str that UTF-8 can encode (base64text carries it all, even U+0000)."""
    return st.text(st.characters(exclude_categories=("Cs",)))


# --- scalars ------------------------------------------------------------------------------


def string_strategy(constraints: Any) -> st.SearchStrategy[str]:
    if constraints.enum:
        return st.sampled_from(constraints.enum)
    if constraints.pattern is not None:
        low, high = constraints.min_length or 0, constraints.max_length
        return st.from_regex(constraints.pattern, fullmatch=True).filter(
            lambda s: is_xml_text(s) and len(s) >= low and (high is None or len(s) <= high)
        )
    return xml_text(constraints.min_length or 0, constraints.max_length)


def int_strategy(kind: str, constraints: Any) -> st.SearchStrategy[int]:
    low, high = INT64 if kind == "long" else INT32
    if constraints.minimum is not None:
        low = max(low, constraints.minimum)
    if constraints.maximum is not None:
        high = min(high, constraints.maximum)
    return st.integers(low, high)


#: Timezone-aware UTC datetimes with microseconds (naive ones are not valid values).
UTC_DATETIMES = st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.just(UTC),
)


def scalar_strategy(kind: str, constraints: Any) -> st.SearchStrategy[Any]:
    if kind == "string":
        return string_strategy(constraints)
    if kind in ("int", "long"):
        return int_strategy(kind, constraints)
    if kind == "float":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "bool":
        return st.booleans()
    if kind == "datetime":
        return UTC_DATETIMES
    if kind == "base64text":
        if constraints.max_length is not None:
            return any_text().filter(lambda s: len(s) <= constraints.max_length)
        return any_text()
    if kind == "base64":
        return st.binary(max_size=64)
    raise AssertionError(f"scalar type {kind!r} has no strategy")


# --- members and shapes -------------------------------------------------------------------


def _type_strategy(type_ref: TypeRef, member: Member, depth: int) -> st.SearchStrategy[Any]:
    if type_ref.kind == "scalar":
        return scalar_strategy(type_ref.name, member.constraints)
    if type_ref.kind == "shape":
        return shape_strategy(type_ref.name, depth + 1)
    if type_ref.kind == "map":
        return st.dictionaries(xml_text(max_size=20), xml_text(max_size=20), max_size=MAX_LIST)
    if type_ref.kind == "list":
        assert type_ref.item is not None
        if type_ref.item.kind == "shape" and depth + 1 >= MAX_DEPTH:
            return st.just([])
        item = _type_strategy(type_ref.item, _item_member(member), depth)
        return st.lists(item, max_size=MAX_LIST)
    raise AssertionError(f"unknown type kind {type_ref.kind!r}")


def _item_member(member: Member) -> Member:
    """List items of scalar type carry no constraints of their own."""
    return Member(name=member.name, xml=member.item_xml or member.xml, type=member.type)


def starts_fresh(member: Member) -> bool:
    """Whether a fresh model holds an empty list, map or model in `member` (not None)."""
    return fresh_value(member, SPEC) is not None


def absent_value(member: Member) -> Any:
    """What a member the document leaves out reads back as: None, but [] for a flat list
    (no item element is an empty list), and the value a fresh model starts with for lists,
    maps and `fresh` nested models (empty, or a fresh instance)."""
    if starts_fresh(member):
        if member.type.kind == "shape":
            return model_class(member.type.name)()
        return {} if member.type.kind == "map" else []
    return [] if is_flat_list(member) else None


def empty_instance(shape_name: str) -> Any:
    """An instance with every member absent (the first variant of a union)."""
    shape = SHAPES[shape_name]
    if shape.union is not None:
        return empty_instance(shape.union.variants[0].shape)
    return model_class(shape_name)(**{member.name: absent_value(member) for member in shape.fields})


def member_strategy(member: Member, depth: int) -> st.SearchStrategy[Any]:
    """A value for `member`; None (absent) for optional members unless `always` is set."""
    if member.type.kind == "shape" and depth + 1 >= MAX_DEPTH:
        if member.always:
            return st.builds(empty_instance, st.just(member.type.name))
        if starts_fresh(member):
            return st.builds(model_class(member.type.name))
        return st.none()
    value = _type_strategy(member.type, member, depth)
    if starts_fresh(member):
        # Left out when empty (or blank), and read back as the fresh value: never None.
        return value
    if member.always:
        # Written even when None, so None would not read back as None: draw a value.
        return value
    if is_flat_list(member):
        # No item is written exactly like None, and both read back as []: draw a list.
        item = member.type.item
        if item is not None and item.kind == "shape" and depth + 1 >= MAX_DEPTH:
            return st.just([])  # lists of models are left empty this deep
        return value
    if member.placement == "text":
        # An empty text content leaves the element empty, exactly as None does: both read
        # back as None. Draw None or non-empty.
        value = value.filter(lambda drawn: len(drawn) > 0)
    return st.one_of(st.none(), value)


def present_value_strategy(member: Member, depth: int) -> st.SearchStrategy[Any]:
    """A value for `member` that is never None: what a required member or a given argument
    holds. Drawn directly rather than filtered out of `member_strategy`: Hypothesis pushes a
    filter down into each branch of a `one_of`, and its `none()` branch, the simplest choice,
    would then fail every time it is picked (with some seeds, every test case)."""
    if member.type.kind == "shape" and depth + 1 >= MAX_DEPTH:
        return st.builds(empty_instance, st.just(member.type.name))
    value = _type_strategy(member.type, member, depth)
    if member.placement == "text":
        return value.filter(lambda drawn: len(drawn) > 0)
    return value


def is_flat_list(member: Member) -> bool:
    """A list whose items are the member's own elements, with no wrapper."""
    return member.type.kind == "list" and member.flat


def structure_strategy(shape: Shape, depth: int = 0) -> st.SearchStrategy[Any]:
    cls = model_class(shape.name)
    fields = {member.name: member_strategy(member, depth) for member in shape.fields}
    return st.fixed_dictionaries(fields).map(lambda kwargs: cls(**kwargs))


@cache
def _shape_strategy(name: str, depth: int) -> st.SearchStrategy[Any]:
    shape = SHAPES[name]
    if shape.union is not None:
        return st.one_of(*(shape_strategy(v.name, depth) for v in variant_shapes(shape)))
    return structure_strategy(shape, depth)


def shape_strategy(name: str, depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances of shape `name` (a structure, or any variant of a union)."""
    return st.deferred(lambda: _shape_strategy(name, depth))


def list_document_strategy(item_shape: str) -> st.SearchStrategy[list[Any]]:
    return st.lists(shape_strategy(item_shape, 1), max_size=MAX_LIST)


# --- helpers for tests walking the IR -----------------------------------------------------


def _is_text(type_ref: TypeRef | None) -> bool:
    return type_ref is not None and (type_ref.kind, type_ref.name) == ("scalar", "string")


def string_members(shape: Shape) -> tuple[Member, ...]:
    """Members holding plain XML text (string scalars, string lists and maps)."""
    return tuple(
        member
        for member in shape.fields
        if _is_text(member.type)
        or member.type.kind == "map"
        or (member.type.kind == "list" and _is_text(member.type.item))
    )


def with_text(member: Member, text: str) -> Any:
    """A value of `member` that carries `text` as XML text."""
    if member.type.kind == "map":
        return {"key": text}
    if member.type.kind == "list":
        return ["fine", text]
    return text


def with_text_as_key(member: Member, text: str) -> dict[str, str]:
    assert member.type.kind == "map"
    return {text: "value"}


# --- deterministic instances ----------------------------------------------------------------

#: Text that needs every kind of care from a writer; it is also XML-valid and fits the free-text
#: members (members with an enum or pattern get a valid value instead).
NASTY_TEXT = " p&ss<word>\r\n\"quoted\" 'single'\t]]> \u00e9\u4e2d\U0001f600\r"


#: Values tried, in order, for members with a pattern.
PATTERN_CANDIDATES = (
    "abc123",
    "a",
    "A-1",
    "0",
    "0123456789abcdef0123456789abcdef01234567",
    "1.0.0",
    "2015-03-01",
)


def _valid_text(member: Member, text: str) -> str:
    constraints = member.constraints
    if constraints.enum:
        return constraints.enum[-1]
    if constraints.pattern is not None:
        for candidate in PATTERN_CANDIDATES:
            if re.fullmatch(constraints.pattern, candidate):
                return candidate
        raise AssertionError(f"no candidate matches {constraints.pattern}: add one")
    if constraints.max_length is not None:
        return text[: constraints.max_length]
    return text


def _filled_value(type_ref: TypeRef, member: Member, text: str, depth: int) -> Any:
    kind, name = type_ref.kind, type_ref.name
    if kind == "scalar":
        values: dict[str, Any] = {
            "string": _valid_text(member, text),
            "int": member.constraints.maximum
            if member.constraints.maximum is not None
            else INT32[1],
            "long": INT64[0],
            "float": -1.5e300,
            "bool": False,
            "datetime": datetime(2014, 5, 27, 15, 30, 1, 123456, tzinfo=UTC),
            "base64text": text + "\x00\x0b",  # base64 on the wire: any text goes
            "base64": bytes(range(256)),
        }
        return values[name]
    if kind == "map":
        return {text: text, "": "", "second": text[::-1]}
    if kind == "list":
        assert type_ref.item is not None
        if type_ref.item.kind == "shape" and depth + 1 >= MAX_DEPTH:
            return []
        item = _filled_value(type_ref.item, _item_member(member), text, depth)
        other = _filled_value(type_ref.item, _item_member(member), "", depth)
        return [item, other]
    return filled_instance(name, text, depth + 1)


def filled_instance(shape_name: str, text: str = NASTY_TEXT, depth: int = 0) -> Any:
    """An instance with every member set (union: every variant in turn, see all_variants)."""
    shape = SHAPES[shape_name]
    if shape.union is not None:
        return filled_instance(shape.union.variants[-1].shape, text, depth)
    kwargs = {}
    for member in shape.fields:
        if member.type.kind == "shape" and depth + 1 >= MAX_DEPTH:
            kwargs[member.name] = (
                empty_instance(member.type.name) if member.always else absent_value(member)
            )
        else:
            kwargs[member.name] = _filled_value(member.type, member, text, depth)
    return model_class(shape_name)(**kwargs)


def minimal_instance(shape_name: str) -> Any:
    """An instance with only the required members set, to valid values."""
    shape = SHAPES[shape_name]
    if shape.union is not None:
        return minimal_instance(shape.union.variants[0].shape)
    kwargs = {
        member.name: _filled_value(member.type, member, "valid", MAX_DEPTH)
        for member in shape.fields
        if member.required
    }
    return model_class(shape_name)(**kwargs)
