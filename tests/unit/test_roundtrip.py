"""Every shape of the spec survives object -> XML -> object, and bad text never reaches the wire.

Parametrized over the IR (`load_spec(spec/)`), so a new shape, union variant, list document or
operation parameter is covered without editing this file.
"""

from __future__ import annotations

import inspect
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from azure_asm.catalog import OPERATIONS
from azure_asm_runtime.legacy import WindowsAzureData
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document
from codegen.ir import Param
from tests.unit.client_cases import (
    FailingTransport,
    RecordingTransport,
    client_for,
    success_response,
)
from tests.unit.operation_calls import baseline_arguments, checked_as
from tests.unit.strategies import (
    INVALID_XML_CHARS,
    NASTY_TEXT,
    SHAPES,
    SPEC,
    absent_value,
    empty_instance,
    filled_instance,
    list_document_strategy,
    minimal_instance,
    model_class,
    shape_strategy,
    string_members,
    variant_shapes,
    with_text,
    with_text_as_key,
)
from tests.unit.wire_codecs import WIRE_STRUCTURES as STRUCTURES
from tests.unit.wire_codecs import WIRE_UNIONS as UNIONS
from tests.unit.wire_codecs import deserializer, serializer

WA = "http://schemas.microsoft.com/windowsazure"


def as_data(value: Any) -> Any:
    """A plain-data view of a model tree, read through the IR (independent of the generated
    `__eq__`, which could forget a member)."""
    if isinstance(value, list):
        return [as_data(item) for item in value]
    if isinstance(value, dict):
        return {key: as_data(item) for key, item in value.items()}
    shape = SHAPES.get(type(value).__name__)
    if shape is not None and shape.union is None and hasattr(value, "unknown_elements"):
        data = {member.name: as_data(getattr(value, member.name)) for member in shape.fields}
        return (type(value).__name__, data)
    if isinstance(value, datetime):
        return (value, value.utcoffset())
    return (type(value).__name__, value)


def assert_round_trip(write: Any, read: Any, value: Any, root_xml: str, namespace: str = WA) -> Any:
    data = write(value)
    assert isinstance(data, bytes)
    assert write(value) == data, "serializing twice gave different bytes"
    assert b"\r" not in data, "a carriage return was written raw (parsers turn it into \\n)"
    root = parse_document(data)  # well-formed, or ResponseParseError
    assert root.tag == etree.QName(namespace or None, root_xml).text
    back = read(root, DeserializeContext(strict=True))
    assert type(back) is type(value)
    assert as_data(back) == as_data(value)
    assert back == value
    assert not back.unknown_elements
    return back


# --- structures ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", STRUCTURES, ids=lambda shape: shape.name)
@given(data=st.data())
def test_structure_round_trips(shape: Any, data: st.DataObject) -> None:
    value = data.draw(shape_strategy(shape.name), label=shape.name)
    write, read = serializer(shape.name), deserializer(shape.name)
    assert_round_trip(write, read, value, shape.xml, shape.namespace)


#: An empty text-content member (`text: true`) leaves its element empty, as None does, and
#: reads back as None: "" does not survive. {shape name: reason}
EMPTY_TEXT_CONTENT_BUGS = {
    shape.name: (
        f"generator/runtime: {shape.name}.{member.name} is the text content of <{shape.xml}>; "
        '"" is written as an empty element (as None is) and read back as None, so an empty '
        "string does not round-trip (the spec format cannot tell them apart)"
    )
    for shape in STRUCTURES
    for member in shape.fields
    if member.placement == "text" and (member.type.kind, member.type.name) == ("scalar", "string")
}


def _filled_params() -> list[Any]:
    params = []
    for shape in STRUCTURES:
        for text, name in [(NASTY_TEXT, "nasty-text"), ("", "empty-strings")]:
            marks = []
            if text == "" and shape.name in EMPTY_TEXT_CONTENT_BUGS:
                reason = EMPTY_TEXT_CONTENT_BUGS[shape.name]
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            params.append(pytest.param(shape, text, id=f"{name}-{shape.name}", marks=marks))
    return params


@pytest.mark.parametrize(("shape", "text"), _filled_params())
def test_structure_with_every_member_set_round_trips(shape: Any, text: str) -> None:
    value = filled_instance(shape.name, text)
    write, read = serializer(shape.name), deserializer(shape.name)
    back = assert_round_trip(write, read, value, shape.xml, shape.namespace)
    for member in string_members(shape):
        if member.type.kind == "scalar" and not member.constraints:
            # An empty element reads back as "", never as None (absent).
            assert getattr(back, member.name) == text


@pytest.mark.parametrize("shape", STRUCTURES, ids=lambda shape: shape.name)
def test_structure_with_every_member_none_round_trips(shape: Any) -> None:
    value = empty_instance(shape.name)
    write, read = serializer(shape.name), deserializer(shape.name)
    back = assert_round_trip(write, read, value, shape.xml, shape.namespace)
    for member in shape.fields:
        if not member.always:
            assert getattr(back, member.name) == absent_value(member), member.name


def test_carriage_returns_are_written_as_character_references() -> None:
    shape = SHAPES["OperationError"]
    value = model_class(shape.name)(code="a\rb", message="\r\n\r")
    data = serializer(shape.name)(value)
    assert b"<Code>a&#xD;b</Code>" in data
    back = deserializer(shape.name)(parse_document(data), DeserializeContext(strict=True))
    assert (back.code, back.message) == ("a\rb", "\r\n\r")


# --- unions -------------------------------------------------------------------------------

VARIANTS = [(union, variant) for union in UNIONS for variant in variant_shapes(union)]


@pytest.mark.parametrize(
    ("union", "variant"), VARIANTS, ids=[f"{u.name}-{v.name}" for u, v in VARIANTS]
)
@given(data=st.data())
def test_every_union_variant_round_trips_through_the_union(
    union: Any, variant: Any, data: st.DataObject
) -> None:
    value = data.draw(shape_strategy(variant.name), label=variant.name)
    write, read = serializer(union.name), deserializer(union.name)
    assert_round_trip(write, read, value, union.xml, union.namespace)


@pytest.mark.parametrize(
    ("union", "variant"), VARIANTS, ids=[f"{u.name}-{v.name}" for u, v in VARIANTS]
)
def test_filled_union_variant_round_trips_through_the_union(union: Any, variant: Any) -> None:
    value = filled_instance(variant.name)
    write, read = serializer(union.name), deserializer(union.name)
    assert_round_trip(write, read, value, union.xml, union.namespace)


@pytest.mark.parametrize("union", UNIONS, ids=lambda union: union.name)
def test_union_strategies_draw_every_variant(union: Any) -> None:
    seen: set[str] = set()

    @given(shape_strategy(union.name))
    def collect(value: Any) -> None:
        seen.add(type(value).__name__)

    collect()
    assert seen == {variant.name for variant in variant_shapes(union)}


# --- list documents -----------------------------------------------------------------------


@pytest.mark.parametrize("document", SPEC.list_documents, ids=lambda document: document.xml)
@given(data=st.data())
def test_list_documents_round_trip(document: Any, data: st.DataObject) -> None:
    items = data.draw(list_document_strategy(document.item), label=document.xml)
    # Several documents may share a root element (SQL's <ServiceResources>): the functions are
    # named by `document.function`.
    write, read = serializer(document.function), deserializer(document.function)
    raw = write(items)
    assert write(items) == raw
    root = parse_document(raw)
    namespace = SHAPES[document.item].namespace
    assert root.tag == etree.QName(namespace or None, document.xml).text
    assert [etree.QName(child).localname for child in root] == [document.item_xml] * len(items)
    back = read(root, DeserializeContext(strict=True))
    assert isinstance(back, list)
    assert as_data(list(back)) == as_data(items)


@pytest.mark.parametrize("document", SPEC.list_documents, ids=lambda document: document.xml)
def test_filled_list_documents_round_trip(document: Any) -> None:
    items = [filled_instance(document.item), empty_instance(document.item)]
    back = deserializer(document.function)(
        parse_document(serializer(document.function)(items)), DeserializeContext(strict=True)
    )
    assert as_data(list(back)) == as_data(items)


# --- text XML 1.0 cannot carry ------------------------------------------------------------

TEXT_MEMBERS = [(shape, member) for shape in STRUCTURES for member in string_members(shape)]


@pytest.mark.parametrize(
    ("shape", "member"), TEXT_MEMBERS, ids=[f"{s.name}.{m.name}" for s, m in TEXT_MEMBERS]
)
@pytest.mark.parametrize("char", INVALID_XML_CHARS, ids=lambda char: f"U+{ord(char):04X}")
def test_serializers_refuse_text_xml_cannot_carry(shape: Any, member: Any, char: str) -> None:
    values = [with_text(member, f"ok{char}ok")]
    if member.type.kind == "map":
        values.append(with_text_as_key(member, char))
    for value in values:
        model = model_class(shape.name)(**{member.name: value})
        with pytest.raises(ValueError, match="XML 1.0"):
            serializer(shape.name)(model)


def _text_params() -> list[tuple[str, Param]]:
    """Parameters sent as XML or URL text (a `label` feeding a base64text member is not: it
    may hold any character, see operation_calls.checked_as)."""
    result = []
    for operation in SPEC.operations:
        for param in operation.params:
            checked = checked_as(operation, param)
            if checked.type.kind == "map" or (checked.type.kind, checked.type.name) == (
                "scalar",
                "string",
            ):
                result.append((operation.name, param))
    return result


TEXT_PARAMS = _text_params()


@pytest.mark.parametrize(
    ("operation", "param"), TEXT_PARAMS, ids=[f"{o}.{p.name}" for o, p in TEXT_PARAMS]
)
@pytest.mark.parametrize("char", INVALID_XML_CHARS, ids=lambda char: f"U+{ord(char):04X}")
def test_client_methods_refuse_text_xml_cannot_carry_before_sending(
    operation: str, param: Param, char: str
) -> None:
    args = baseline_arguments(operation)
    bad = f"ok{char}ok"
    args[param.name] = {"key": bad} if param.type.kind == "map" else bad
    transport = FailingTransport()
    with pytest.raises(ValueError, match=rf"^{param.name}\b.*XML 1\.0") as raised:
        getattr(client_for(operation, transport), operation)(**args)
    assert bad not in str(raised.value)
    assert transport.requests == []


# Model arguments: a bad character deep inside is reported with its path from the argument.
MODEL_ARGS = [
    (operation.name, param)
    for operation in SPEC.operations
    for param in operation.params
    if param.type.kind == "shape"
]


@pytest.mark.parametrize(
    ("operation", "param"), MODEL_ARGS, ids=[f"{o}.{p.name}" for o, p in MODEL_ARGS]
)
def test_client_methods_refuse_bad_text_inside_model_arguments(
    operation: str, param: Param
) -> None:
    shape = SHAPES[param.type.name]
    variants = variant_shapes(shape) if shape.union is not None else (shape,)
    for variant in variants:
        for member in string_members(variant):
            if member.type.kind != "scalar" or member.constraints:
                continue
            args = baseline_arguments(operation)
            model = minimal_instance(variant.name)
            setattr(model, member.name, "secret\x00value")
            args[param.name] = model
            transport = FailingTransport()
            with pytest.raises(ValueError, match=rf"^{param.name}\.{member.name}\b") as raised:
                getattr(client_for(operation, transport), operation)(**args)
            assert "secret" not in str(raised.value)
            assert transport.requests == []


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_operation_has_a_valid_call(operation: str) -> None:
    """The IR-derived baseline (every parameter given) is accepted and sent, once."""
    transport = RecordingTransport(lambda request: success_response(operation))
    getattr(client_for(operation, transport), operation)(**baseline_arguments(operation))
    assert len(transport.requests) == 1


# --- the model classes themselves ---------------------------------------------------------


@pytest.mark.parametrize("shape", STRUCTURES, ids=lambda shape: shape.name)
def test_model_constructor_follows_init_then_member_order_with_spec_defaults(shape: Any) -> None:
    parameters = inspect.signature(model_class(shape.name)).parameters
    rest = [member.name for member in shape.fields if member.name not in shape.init]
    assert list(parameters) == [*shape.init, *rest]
    for member in shape.fields:
        expected = member.default if member.has_default else None
        assert parameters[member.name].default == expected, member.name
    # Not slotted, as the reference's models: `vars(instance)` lists every member (code written
    # for the reference converts models to dicts that way). The price: a misspelt attribute is
    # a new attribute, not an error (docs/legacy-differences.md).
    instance = model_class(shape.name)()
    members = [member.name for member in shape.instance_fields]
    assert list(vars(instance)) == [*members, "unknown_elements"]
    assert isinstance(instance, WindowsAzureData)
    assert instance.unknown_elements == ()
