"""Point 5 of issue #5: invalid arguments are rejected before any request, with a ValueError
(TypeError for a wrong type) naming the argument and the rule.

Driven by the spec (the IR) for every operation of every client: valid arguments are made from
the parameters' types and constraints (Hypothesis finds strings for patterns and instances of
models), the client must send them; then each argument in turn is broken in every way its
constraints allow (and each exclusive group), and the client must refuse without sending. A few
rules ASM enforces that the spec once lacked are checked at the end (`GAPS`).
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st

import azure_asm
import azure_asm.models
from azure_asm.strategies import STRATEGIES
from azure_asm_runtime.errors import AsmError
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.xmlcodec import invalid_xml_char
from codegen.ir import Operation, Param
from codegen.loader import load_spec

SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")
OPERATIONS = {op.name: op for op in SPEC.operations}


class Refuse:
    """A transport that fails the test if it is called."""

    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append(request)
        raise AssertionError(f"a request was sent for invalid arguments: {request!r}")


class Accept:
    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(202, {"x-ms-request-id": "r"}, b"")


def call(transport: Any, operation: str, args: dict[str, Any]) -> Any:
    client_class = getattr(azure_asm, OPERATIONS[operation].client)
    client = client_class("sub", transport=transport, host="example.test")
    client._sleep = lambda seconds: None
    return getattr(client, operation)(**args)


# --- valid values (deterministic: the smallest example of each type and constraint) ---------------

_CANDIDATES = (
    "abc",
    "production",
    "a1b2c3",
    "Abcdef",
    "0" * 40,
    "Linux",
    "a",
    "abc-def",
    "10.0.0.1",
    "1.0.0",
    "2015-01-01T00:00:00Z",
    "2015-01-01",
)


def _fits(param: Param, value: str) -> bool:
    c = param.constraints
    return (
        (c.pattern is None or re.fullmatch(c.pattern, value) is not None)
        and (c.max_length is None or len(value) <= c.max_length)
        and (c.min_length is None or len(value) >= c.min_length)
        and invalid_xml_char(value) is None
    )


@cache
def _string_for(op: str, name: str) -> str:
    param = _param(op, name)
    c = param.constraints
    if c.enum:
        return c.enum[0]
    for candidate in _CANDIDATES:
        if _fits(param, candidate):
            return candidate
    strategy = st.from_regex(c.pattern or ".+", fullmatch=True)
    return find(strategy, lambda v: _fits(param, v) and v.strip() == v, settings=_FIND)


@cache
def _model(name: str) -> Any:
    return find(STRATEGIES[name](depth=1), lambda value: True, settings=_FIND)


# The first example found, not the smallest (shrinking costs seconds), the same on every run.
_FIND = settings(
    database=None,
    max_examples=2000,
    phases=[Phase.generate],
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)


def _param(op: str, name: str) -> Param:
    return {p.name: p for p in OPERATIONS[op].params}[name]


def valid_value(op: str, param: Param) -> Any:
    t, c = param.type, param.constraints
    if t.kind == "scalar":
        if t.name in ("string", "base64text"):
            return _string_for(op, param.name)
        if t.name in ("int", "long"):
            return c.minimum if c.minimum is not None else 1
        return {
            "float": 1.0,
            "bool": True,
            "datetime": datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC),
            "base64": b"x",
        }[t.name]
    if t.kind == "map":
        return {"key": "value"}
    if t.kind == "json":
        return {"a": 1}
    if t.kind == "shape":
        return _model(t.name)
    if t.kind == "list" and t.item is not None:
        return [valid_value(op, Param(name=param.name, type=t.item))]
    raise AssertionError(f"no valid value for {op}.{param.name}")


def valid_args(op: Operation) -> dict[str, Any]:
    grouped = {name for group in (*op.exactly_one, *op.at_most_one) for name in group}
    args = {
        p.name: valid_value(op.name, p) for p in op.params if p.required and p.name not in grouped
    }
    by_name = {p.name: p for p in op.params}
    for group in op.exactly_one:
        args[group[0]] = valid_value(op.name, by_name[group[0]])
    return args


# --- breaking one argument ------------------------------------------------------------------------


def violations(param: Param) -> list[tuple[Any, tuple[str, ...], type[Exception]]]:
    """(bad value, words of the rule (any of them) the message must state, exception type)."""
    t, c = param.type, param.constraints
    found: list[tuple[Any, tuple[str, ...], type[Exception]]] = []
    if param.required:
        found.append((None, ("is required",), ValueError))
    if t.kind == "scalar" and t.name in ("string", "base64text"):
        found.append((12345, ("must be a str",), TypeError))
        if c.enum:
            found.append(("NotAValue", ("must be one of",), ValueError))
        if c.max_length is not None:
            found.append(("x" * (c.max_length + 1), (f"at most {c.max_length}",), ValueError))
        if c.min_length:
            found.append(("", (f"at least {c.min_length}",), ValueError))
        if c.pattern:
            for candidate in ("Bad_Name!", "-x-", "a b", "x" * 300, "abc\n", "$filter=x"):
                if re.fullmatch(c.pattern, candidate) is None:
                    found.append((candidate, ("must match",), ValueError))
        if param.in_path:
            found.append(("", ("at least 1", "must match", "must be one of"), ValueError))
            found.append(("..", ("'..'", "dot", "must match", "must be one of"), ValueError))
    if t.kind == "scalar" and t.name in ("int", "long"):
        # Not "1": decimal text (as the reference took it) is converted, other text refused.
        found.append(("one", ("must be an int",), TypeError))
        if c.minimum is not None:
            found.append((c.minimum - 1, (f"at least {c.minimum}",), ValueError))
        if c.maximum is not None:
            found.append((c.maximum + 1, (f"at most {c.maximum}",), ValueError))
    if t.kind == "scalar" and t.name == "bool":
        found.append(("yes", ("must be a bool",), TypeError))
    if t.kind == "shape":
        found.append((object(), ("must be",), TypeError))
    return found


def test_valid_arguments_are_sent() -> None:
    unsent = []
    for op in SPEC.operations:
        transport = Accept()
        try:
            call(transport, op.name, valid_args(op))
        except AsmError:
            pass  # the canned answer is not what the operation answers; sending is what counts
        except (ValueError, TypeError) as error:
            unsent.append(f"{op.name}: {error}")
            continue
        if not transport.sent:
            unsent.append(f"{op.name}: nothing sent")
    assert unsent == []


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_each_broken_argument_is_refused_before_sending(operation: str) -> None:
    op = OPERATIONS[operation]
    exclusive = {name for group in op.exactly_one for name in group}
    wrong = []
    for param in op.params:
        for value, words, error in violations(param):
            if value is None and param.name in exclusive:
                continue  # the group test covers it
            transport = Refuse()
            args = {**valid_args(op), param.name: value}
            try:
                call(transport, operation, args)
            except error as raised:
                message = str(raised)
                named = message.startswith((f"{param.name}:", f"{param.name}[", f"{param.name}."))
                if not named or not any(w in message for w in words):
                    wrong.append(f"{param.name}={value!r:.40}: {message}")
            except Exception as other:  # noqa: BLE001 - reported below
                wrong.append(f"{param.name}={value!r:.40}: {type(other).__name__}: {other}")
            else:
                wrong.append(f"{param.name}={value!r:.40}: accepted")
            assert transport.sent == []
    assert wrong == []


GROUPS = [
    (op.name, group, kind)
    for op in SPEC.operations
    for kind, groups in (("exactly", op.exactly_one), ("at most", op.at_most_one))
    for group in groups
]


@pytest.mark.parametrize(
    ("operation", "group", "kind"), GROUPS, ids=[f"{o}-{'+'.join(g)}" for o, g, _ in GROUPS]
)
def test_mutually_exclusive_arguments_are_refused_before_sending(
    operation: str, group: tuple[str, ...], kind: str
) -> None:
    op = OPERATIONS[operation]
    by_name = {p.name: p for p in op.params}
    args = valid_args(op)
    for name in group:
        args[name] = valid_value(operation, by_name[name])
    transport = Refuse()
    with pytest.raises(ValueError, match=rf"^{' and '.join(group)}: {kind}"):
        call(transport, operation, args)
    if kind == "exactly":
        for name in group:
            args[name] = None
        with pytest.raises(ValueError, match=r"exactly one must be given \(got 0\)"):
            call(transport, operation, args)
    assert transport.sent == []


def test_location_and_affinity_group_are_exclusive_everywhere_both_appear() -> None:
    for op in SPEC.operations:
        names = {p.name for p in op.params}
        if {"location", "affinity_group"} <= names:
            assert any({"location", "affinity_group"} <= set(g) for g in op.exactly_one), op.name


def test_secret_values_are_not_echoed_in_messages() -> None:
    transport = Refuse()
    config = azure_asm.models.LinuxConfigurationSet("host", "user", "pw\x00secret", True)
    with pytest.raises(ValueError) as caught:
        call(
            transport,
            "create_virtual_machine_deployment",
            {
                "service_name": "svc",
                "deployment_name": "dep",
                "deployment_slot": "production",
                "label": "l",
                "role_name": "r",
                "system_config": config,
                "os_virtual_hard_disk": azure_asm.models.OSVirtualHardDisk(
                    "img", "https://a.blob.core.windows.net/v/d.vhd"
                ),
            },
        )
    assert "secret" not in str(caught.value)
    assert "user_password" in str(caught.value)


# --- gaps: rules of ASM the spec does not state (each sends a request ASM would refuse) -----------

VM = {
    "service_name": "svc",
    "deployment_name": "dep",
    "label": "l",
    "role_name": "r",
}


def _os_disk() -> Any:
    return azure_asm.models.OSVirtualHardDisk("img", "https://a.blob.core.windows.net/v/d.vhd")


def _linux() -> Any:
    return azure_asm.models.LinuxConfigurationSet("host", "user", "Passw0rd!", True)


GAPS = [
    pytest.param(
        "create_virtual_machine_deployment",
        {
            **VM,
            "deployment_slot": "prod",
            "system_config": _linux(),
            "os_virtual_hard_disk": _os_disk(),
        },
        id="deployment_slot-not-production-or-staging",
    ),
    pytest.param(
        "create_virtual_machine_deployment",
        {**VM, "deployment_slot": "production", "system_config": _linux()},
        id="neither-os_virtual_hard_disk-nor-vm_image_name",
    ),
    pytest.param(
        "create_virtual_machine_deployment",
        {
            **VM,
            "deployment_slot": "production",
            "system_config": _linux(),
            "os_virtual_hard_disk": _os_disk(),
            "vm_image_name": "image",
        },
        id="both-os_virtual_hard_disk-and-vm_image_name",
    ),
    pytest.param(
        "get_deployment_by_slot",
        {"service_name": "svc", "deployment_slot": "prod"},
        id="get_deployment_by_slot-unknown-slot",
    ),
    pytest.param(
        "add_os_image",
        {"label": "l", "media_link": "not a url", "name": "n", "os": "Linux"},
        id="add_os_image-media_link-not-a-blob-url",
    ),
]


@pytest.mark.parametrize(("operation", "args"), GAPS)
def test_spec_gaps(operation: str, args: dict[str, Any]) -> None:
    transport = Refuse()
    with pytest.raises((ValueError, TypeError)):
        call(transport, operation, args)
