"""`azure_asm.strategies`, the public Hypothesis strategies generated from the spec.

What users rely on when they property-test their own code with them: every model has one,
what they draw is an instance the SDK itself accepts (its validators pass: required members
set, enums, patterns, lengths and ranges respected, XML 1.0 text only) and that serializes and
reads back unchanged, every union variant is drawn, and the module stays out of
``import azure_asm`` (Hypothesis is only needed by those who use it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import azure_asm.models
from azure_asm import strategies, validators
from azure_asm.catalog import OPERATIONS
from azure_asm_runtime.legacy import is_blank
from azure_asm_runtime.validation import check_at_most_one, check_exactly_one
from azure_asm_runtime.xmlcodec import DeserializeContext, invalid_xml_char, parse_document
from codegen.render import snake
from tests.unit.client_cases import call
from tests.unit.strategies import SHAPES, SPEC, UNIONS
from tests.unit.wire_codecs import WIRE_STRUCTURES, deserializer, serializer

FEW = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _texts(value: Any) -> list[str]:
    """Every str inside a model tree."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for pair in value.items() for item in pair for text in _texts(item)]
    shape = SHAPES.get(type(value).__name__)
    if shape is not None:
        return [text for m in shape.fields for text in _texts(getattr(value, m.name))]
    return []


def test_every_model_and_union_has_a_strategy() -> None:
    assert set(strategies.STRATEGIES) == set(SHAPES)
    for name, factory in strategies.STRATEGIES.items():
        assert getattr(strategies, snake(name)) is factory
        assert factory.__doc__ and name in factory.__doc__
        assert snake(name) in strategies.__all__


@pytest.mark.parametrize("shape", WIRE_STRUCTURES, ids=lambda shape: shape.name)
def test_drawn_models_are_valid_and_round_trip(shape: Any) -> None:
    cls = getattr(azure_asm.models, shape.name)
    validate = getattr(validators, f"validate_{snake(shape.name)}")
    write = serializer(shape.name)
    read = deserializer(shape.name)

    @FEW
    @given(strategies.for_model(cls))
    def check(value: Any) -> None:
        assert type(value) is cls
        validate(value, "")  # required members, enum, pattern, lengths, ranges
        assert all(invalid_xml_char(text) is None for text in _texts(value))
        back = read(parse_document(write(value)), DeserializeContext(strict=True))
        assert back == value

    check()


@pytest.mark.parametrize("shape", UNIONS, ids=lambda shape: shape.name)
def test_every_union_variant_is_drawn(shape: Any) -> None:
    seen: set[str] = set()

    @settings(FEW, max_examples=40)
    @given(strategies.STRATEGIES[shape.name](depth=0))
    def draw(value: Any) -> None:
        seen.add(type(value).__name__)

    draw()
    assert seen == {variant.shape for variant in shape.union.variants}


def test_constraints_are_respected_by_the_strategies_themselves() -> None:
    """Without the validators' word for it: an enum, a pattern and a length from the spec."""
    account_types = set()

    @settings(FEW, max_examples=30)
    @given(strategies.create_storage_service_input(), strategies.create_hosted_service())
    def check(storage: Any, service: Any) -> None:
        account_types.add(storage.account_type)
        assert storage.service_name is not None and storage.service_name.isalnum()
        assert 3 <= len(storage.service_name) <= 24
        assert storage.label is not None and len(storage.label) <= 100
        assert service.service_name and len(service.service_name) <= 63

    check()
    assert account_types - {None}
    assert account_types - {None} <= {
        "Standard_LRS",
        "Standard_ZRS",
        "Standard_GRS",
        "Standard_RAGRS",
        "Premium_LRS",
    }


def test_depth_bounds_nesting() -> None:
    @FEW
    @given(strategies.hosted_service(depth=0))
    def check(service: Any) -> None:
        assert is_blank(service.hosted_service_properties)  # the fresh instance
        assert not service.deployments

    check()


def test_for_model_accepts_names_and_rejects_strangers() -> None:
    assert isinstance(
        find(strategies.for_model("Location"), lambda _: True), azure_asm.models.Location
    )
    with pytest.raises(KeyError, match="not a model"):
        strategies.for_model("NoSuchModel")


def test_registered_types_work_with_from_type() -> None:
    strategies.register_type_strategies()
    value = find(st.from_type(azure_asm.models.OSVirtualHardDisk), lambda _: True)
    assert isinstance(value, azure_asm.models.OSVirtualHardDisk)


def test_xml_text_respects_sizes() -> None:
    @FEW
    @given(strategies.xml_text(2, 5))
    def check(text: str) -> None:
        assert 2 <= len(text) <= 5 and invalid_xml_char(text) is None

    check()


def test_import_azure_asm_does_not_import_hypothesis() -> None:
    code = "import sys, azure_asm; print('hypothesis' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_drawn_create_hosted_service_bodies_pass_the_clients_argument_checks() -> None:
    """The spec's `exactly_one: [[location, affinity_group]]` holds for every draw, so each
    drawn body is a call the client makes (it refuses neither or both before sending)."""
    params = [param.name for param in OPERATIONS["create_hosted_service"].param_info]
    seen: set[str] = set()

    @settings(FEW, max_examples=300)
    @given(strategies.create_hosted_service())
    def send(body: Any) -> None:
        call("create_hosted_service", {name: getattr(body, name) for name in params})
        seen.add("location" if body.location is not None else "affinity_group")

    send()
    assert seen == {"location", "affinity_group"}


@pytest.mark.parametrize(
    "operation",
    [op for op in SPEC.operations if op.request and (op.exactly_one or op.at_most_one)],
    ids=lambda op: op.name,
)
def test_drawn_request_bodies_respect_their_operations_groups(operation: Any) -> None:
    fields = {member.name for member in SHAPES[operation.request.shape].fields}

    @FEW
    @given(strategies.for_model(operation.request.shape))
    def check(body: Any) -> None:
        for group in operation.exactly_one:
            if set(group) <= fields:
                check_exactly_one(**{name: getattr(body, name) for name in group})
        for group in operation.at_most_one:
            if set(group) <= fields:
                check_at_most_one(**{name: getattr(body, name) for name in group})

    check()
