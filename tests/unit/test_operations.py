"""Every operation of every client sends what the spec says and returns what it answers.

Parametrized over the IR (`load_spec(spec/)`): arguments are drawn by `operation_calls` from
each operation's parameters, and the expected request is derived from the same IR: method; URL
(path with `{subscription_id}` and percent-encoded parameters, query items in spec order with
their fixed values, parameter values and `when` flags); x-ms-version; Content-Type (none on
GET, else the operation's or its client's); a body exactly when the operation sends one (XML
bodies read back strictly through the catalog's reader, each parameter's value in its member;
JSON bodies decode to the argument). The fake transport answers with a drawn response (202 +
x-ms-request-id for asynchronous operations, a serialized model or list, JSON or text) and
the method must return it. A new operation or client is covered without editing this file.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from lxml import etree

from azure_asm import deserializers
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document
from codegen.ir import Operation
from tests.unit.client_cases import FailingTransport, RecordingTransport, client_for
from tests.unit.operation_calls import (
    CLIENT,
    CLIENT_CLASSES,
    DERIVED_OPERATIONS,
    FIRST_DRAW,
    OPERATION,
    arguments,
    as_data,
    baseline_arguments,
    checked_as,
    effective_values,
    expected_body_values,
    expected_headers,
    expected_query,
    expected_url,
    param_value,
    response_kind,
    responses,
)
from tests.unit.strategies import SHAPES, SPEC, model_class

#: Operations whose derived call shows a generator, spec or runtime bug: {name: reason}. Each
#: is marked xfail(strict=True), so the mark has to go once the bug is fixed.
KNOWN_BUGS: dict[str, str] = {}

#: Examples per operation (an eighth of the profile's: 7 in CI): 160+ operations share the unit
#: suite's time budget; the deterministic tests below add every parameter, query item and
#: `sets` effect.
EXAMPLES_PER_OPERATION = max(1, settings.default.max_examples // 8)


def _operation_params(names: tuple[str, ...] | list[str]) -> list[Any]:
    params = []
    for name in names:
        marks = []
        if name in KNOWN_BUGS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]))
        params.append(pytest.param(name, id=name, marks=marks))
    return params


# --- checks -------------------------------------------------------------------------------


def check_request(operation: Operation, args: dict[str, Any], request: HttpRequest) -> None:
    info = OPERATIONS[operation.name]
    assert request.method == operation.method == info.method
    assert request.url == expected_url(operation, args)
    assert "//" not in request.url.removeprefix("https://")
    assert request.headers == expected_headers(operation, args)
    assert request.headers["x-ms-version"] == info.x_ms_version
    if operation.method == "GET":
        assert "Content-Type" not in request.headers
        assert request.body is None
    if operation.request is None:
        assert not request.body, "the operation sends no body"
        assert info.request_shape is None
    elif operation.request.kind == "json":
        assert request.body
        (value,) = expected_body_values(operation, args).values()
        assert json.loads(request.body) == value
    elif operation.request.kind == "text":
        assert request.body == args[operation.request.param or ""].encode("utf-8")
    else:
        check_xml_body(operation, args, request.body)


def check_xml_body(operation: Operation, args: dict[str, Any], body: bytes | None) -> None:
    assert operation.request is not None
    info = OPERATIONS[operation.name]
    assert body, "the operation sends a body"
    assert not body.startswith(b"<?xml"), "the reference sends no XML declaration"
    assert b"\r" not in body, "a carriage return was written raw (parsers turn it into \\n)"
    root = parse_document(body)
    shape = SHAPES[operation.request.shape]
    assert root.tag == etree.QName(shape.namespace or None, shape.xml).text
    # The body reads back, strictly, through the catalog's request reader (the emulator's).
    assert info.request_shape == shape.name
    assert CODECS[info.name].read_request is not None
    sent = CODECS[info.name].read_request(root, DeserializeContext(strict=True))
    assert not getattr(sent, "unknown_elements", ())
    for member, value in expected_body_values(operation, args).items():
        read = sent if member == "" else getattr(sent, member)
        if isinstance(value, list) and not value:
            assert read in (None, []), member
        else:
            assert as_data(read) == as_data(value), member


def check_result(operation: Operation, result: Any, expected: Any) -> None:
    kind = response_kind(operation)
    info = OPERATIONS[operation.name]
    assert info.is_async == (kind == "async")
    if kind == "async":
        assert isinstance(result, AsyncOperation)
        assert result.request_id == expected
    elif kind == "none":
        assert result is None
        assert CODECS[info.name].write_response is None
    elif kind == "list":
        assert info.response_is_list
        assert isinstance(result, list)
        assert as_data(result) == as_data(expected)
    elif kind == "model" and operation.response is not None and operation.response.is_unwrapped:
        check_unwrapped(operation, result, expected)
    elif kind == "model":
        assert operation.response is not None
        assert not info.response_is_list
        assert info.response_shape == operation.response.shape
        assert type(result) is type(expected)
        assert isinstance(result, _model_types(operation.response.shape))
        assert as_data(result) == as_data(expected)
    else:  # json, text
        assert CODECS[info.name].write_response is None
        assert type(result) is type(expected)
        assert result == expected


def check_unwrapped(operation: Operation, result: Any, document: Any) -> None:
    """An `unwrap` response: what the path reaches in the document written (its generated
    unwrap function applied to it), envelope members included; a list keeps the document."""
    response = operation.response
    assert response is not None
    assert OPERATIONS[operation.name].response_shape == response.shape
    wanted = getattr(deserializers, response.unwrap_function)(document)
    assert type(result) is type(wanted)
    if isinstance(wanted, list):
        assert as_data(result.document) == as_data(document)
        pairs = list(zip(result, wanted, strict=True))
    else:
        pairs = [(result, wanted)]
    envelope = SHAPES[response.unwrap_shape].envelope
    for mine, theirs in pairs:
        assert isinstance(mine, model_class(response.unwrap_shape))
        assert as_data(mine) == as_data(theirs)
        assert [getattr(mine, m.name) for m in envelope] == [
            getattr(theirs, m.name) for m in envelope
        ]


def _model_types(shape_name: str) -> tuple[type, ...]:
    shape = SHAPES[shape_name]
    if shape.union is None:
        return (model_class(shape_name),)
    return tuple(model_class(variant.shape) for variant in shape.union.variants)


# --- every operation ----------------------------------------------------------------------


@pytest.mark.parametrize("name", _operation_params(DERIVED_OPERATIONS))
@settings(max_examples=EXAMPLES_PER_OPERATION)
@given(data=st.data())
def test_operation_sends_and_returns_what_the_spec_says(name: str, data: st.DataObject) -> None:
    operation = OPERATION[name]
    args = data.draw(arguments(operation), label="arguments")
    response, expected = data.draw(responses(operation), label="response")
    transport = RecordingTransport(lambda request: response)
    result = getattr(client_for(name, transport), name)(**args)
    assert len(transport.requests) == 1, transport.requests
    check_request(operation, args, transport.requests[0])
    check_result(operation, result, expected)


@pytest.mark.parametrize("name", _operation_params(DERIVED_OPERATIONS))
def test_every_parameter_given_sends_every_query_item(name: str) -> None:
    """Deterministic: the baseline gives every parameter a value; with every `when` flag true,
    each query item of the spec is sent, in spec order, and none when the flags are false."""
    operation = OPERATION[name]
    flags = {item.when for item in operation.query if item.when is not None}
    for flag_value in (True, False) if flags else (True,):
        args = {**baseline_arguments(name), **dict.fromkeys(flags, flag_value)}
        response, expected = _first_response(operation)
        transport = RecordingTransport(lambda request, answer=response: answer)
        result = getattr(client_for(name, transport), name)(**args)
        (request,) = transport.requests
        check_request(operation, args, request)
        check_result(operation, result, expected)
        query = [item.name for item in operation.query if flag_value or item.when is None]
        assert [item for item, _ in expected_query(operation, args)] == query
        sent = request.url.partition("?")[2]
        assert [pair.partition("=")[0] for pair in sent.split("&") if pair] == query


SETS = [
    (operation.name, param.name)
    for operation in SPEC.operations
    for param in operation.params
    if param.sets is not None
]


@pytest.mark.parametrize(("name", "param"), SETS, ids=[f"{o}.{p}" for o, p in SETS])
def test_sets_effects_replace_the_other_parameter(name: str, param: str) -> None:
    """`sets: {param: P, when: W, value: V}`: given as W, the parameter makes P's value V
    whatever P was given as; given as anything else, P keeps its own value."""
    operation = OPERATION[name]
    spec_param = next(p for p in operation.params if p.name == param)
    effect = spec_param.sets
    assert effect is not None
    target = next(p for p in operation.params if p.name == effect.param)
    other = find(
        param_value(checked_as(operation, target)),
        lambda value: value != effect.value,
        settings=FIRST_DRAW,
    )
    opposite = not effect.when if isinstance(effect.when, bool) else None
    for trigger, target_value, expected in [
        (effect.when, other, effect.value),
        (effect.when, None, effect.value),
        (opposite, other, other),
    ]:
        args = {**baseline_arguments(name), param: trigger, effect.param: target_value}
        assert effective_values(operation, args)[effect.param] == expected
        response, result_expected = _first_response(operation)
        transport = RecordingTransport(lambda request, answer=response: answer)
        result = getattr(client_for(name, transport), name)(**args)
        (request,) = transport.requests
        check_request(operation, args, request)
        check_result(operation, result, result_expected)
        if operation.request is not None and effect.param in expected_body_values(operation, args):
            info = OPERATIONS[name]
            assert CODECS[info.name].read_request is not None
            sent = CODECS[info.name].read_request(
                parse_document(request.body or b""), DeserializeContext()
            )
            assert getattr(sent, effect.param) == expected


@cache
def _first_response(operation: Operation) -> tuple[HttpResponse, Any]:
    """One deterministic answer (HttpResponse and the value drawn are not changed by calls)."""
    return find(responses(operation), lambda _: True, settings=FIRST_DRAW)


@pytest.mark.parametrize("name", _operation_params(DERIVED_OPERATIONS))
def test_required_parameters_are_refused_when_missing(name: str) -> None:
    """A required parameter left out (None) is refused before anything is sent."""
    operation = OPERATION[name]
    for param in (checked_as(operation, param) for param in operation.params):
        if not param.required:
            continue
        args = {**baseline_arguments(name), param.name: None}
        transport = FailingTransport()
        with pytest.raises(ValueError, match=rf"^{param.name}: is required"):
            getattr(client_for(name, transport), name)(**args)
        assert transport.requests == []


def test_every_operation_is_covered_and_belongs_to_a_generated_client() -> None:
    assert set(DERIVED_OPERATIONS) == set(OPERATIONS)
    assert set(CLIENT) == set(CLIENT_CLASSES)
    for operation in SPEC.operations:
        assert OPERATIONS[operation.name].client == operation.client
        assert callable(getattr(CLIENT_CLASSES[operation.client], operation.name))


def test_the_derived_expectations_agree_with_the_reference_examples() -> None:
    """The expectation derived from the IR matches hand-written reference rows."""
    from tests.unit.client_cases import CASES

    for case in CASES:
        operation = OPERATION[case.operation]
        assert expected_url(operation, case.args) == case.url, case
        assert expected_headers(operation, case.args)["x-ms-version"] == case.x_ms_version


def test_known_bugs_name_operations() -> None:
    assert set(KNOWN_BUGS) <= set(OPERATION)
