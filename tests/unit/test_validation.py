"""Invalid arguments are rejected before any request, naming the argument; secrets stay hidden.

Every case starts from a valid call derived from the IR (operation_calls.baseline_arguments:
every parameter given a value that respects its type and constraints) and breaks one argument;
the transport fails the test if the client sends anything. Parameters, constraints and secret
members are read from the IR, so new operations (of any client) are covered as the spec grows.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import find

from azure_asm import (
    AdditionalUnattendContent,
    ComponentSetting,
    ConfigurationSetInputEndpoint,
    Credentials,
    DataVirtualHardDisk,
    DomainJoin,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    ResourceExtensionParameterValue,
    ResourceExtensionReference,
    StorageService,
    StorageServiceKeys,
    UnattendComponent,
    UnattendPass,
    WindowsConfigurationSet,
    validators,
)
from azure_asm_emulator_codecs.serializers import serialize_storage_service
from azure_asm_runtime.http import HttpResponse
from codegen.ir import Member, Param, TypeRef
from tests.unit.client_cases import (
    SUBSCRIPTION,
    FailingTransport,
    RecordingTransport,
    client_for,
    make_client,
    success_response,
)
from tests.unit.operation_calls import (
    FIRST_DRAW,
    baseline_arguments,
    checked_as,
    group_member_value,
    param_value,
)
from tests.unit.strategies import (
    SHAPES,
    SPEC,
    STRUCTURES,
    filled_instance,
    minimal_instance,
    snake,
    variant_shapes,
)

OPERATION = {operation.name: operation for operation in SPEC.operations}
SECRET = "S3cr3t-Do-Not-Show"


def reject(operation: str, error: type[Exception], match: str, /, **changes: Any) -> Exception:
    """Call `operation` with its valid arguments changed by `changes`; expect `error`."""
    args = {**baseline_arguments(operation), **changes}
    transport = FailingTransport()
    with pytest.raises(error, match=match) as raised:
        getattr(client_for(operation, transport), operation)(**args)
    assert transport.requests == []
    return raised.value


def accept(operation: str, /, **changes: Any) -> None:
    args = {**baseline_arguments(operation), **changes}
    transport = RecordingTransport(lambda request: success_response(operation))
    getattr(client_for(operation, transport), operation)(**args)
    assert len(transport.requests) == 1


# --- wrong types --------------------------------------------------------------------------


class NotAModel:
    pass


def wrong_value(type_ref: TypeRef) -> Any:
    if type_ref.kind == "scalar":
        # Not "1" nor "true": the decimal and boolean text the reference took is converted.
        return {"bool": "yes", "int": "one", "long": 1.5, "float": "1.0"}.get(type_ref.name, 12345)
    if type_ref.kind == "map":
        return ["not", "a", "mapping"]
    if type_ref.kind == "list":
        return "not a list"
    return NotAModel()


#: Every parameter of every operation, with the rules its argument is checked against (its
#: own, merged with those of the request member it feeds: operation_calls.checked_as).
ALL_PARAMS = [(op.name, checked_as(op, param)) for op in SPEC.operations for param in op.params]

#: Parameters whose wrong-type error does not read `<name>: must be ...`: {id: reason}.
WRONG_TYPE_BUGS: dict[str, str] = {}


def _wrong_type_params() -> list[Any]:
    params = []
    for operation, param in ALL_PARAMS:
        key = f"{operation}.{param.name}"
        marks = []
        if key in WRONG_TYPE_BUGS:
            marks.append(pytest.mark.xfail(strict=True, reason=WRONG_TYPE_BUGS[key]))
        params.append(pytest.param(operation, param, id=key, marks=marks))
    return params


@pytest.mark.parametrize(("operation", "param"), _wrong_type_params())
def test_wrong_types_raise_type_error_naming_the_argument(operation: str, param: Param) -> None:
    value = wrong_value(param.type)
    error = reject(operation, TypeError, rf"^{param.name}: must be", **{param.name: value})
    assert type(value).__name__ in str(error)


LIST_PARAMS = [(o, p) for o, p in ALL_PARAMS if p.type.kind == "list"]


@pytest.mark.parametrize(
    ("operation", "param"), LIST_PARAMS, ids=[f"{o}.{p.name}" for o, p in LIST_PARAMS]
)
def test_wrong_list_items_raise_type_error_naming_the_item(operation: str, param: Param) -> None:
    item = param.type.item
    assert item is not None and item.kind in ("shape", "scalar")
    if item.kind == "shape":
        good = minimal_instance(item.name)
        bad_items: tuple[Any, ...] = (NotAModel(), "text", 3)
    else:
        good = find(param_value(param).filter(bool), lambda _: True, settings=FIRST_DRAW)[0]
        bad_items = (NotAModel(), wrong_value(item), [good])
    for bad in bad_items:
        reject(operation, TypeError, rf"^{param.name}\[1\]: must be", **{param.name: [good, bad]})
    reject(operation, ValueError, rf"^{param.name}\[1\]: is required", **{param.name: [good, None]})


def test_wrong_model_class_is_named() -> None:
    reject(
        "create_virtual_machine_deployment",
        TypeError,
        r"^system_config: must be LinuxConfigurationSet or WindowsConfigurationSet or "
        r"ConfigurationSet, got NetworkConfigurationSet",
        system_config=NetworkConfigurationSet(),
    )
    reject(
        "capture_vm_image",
        TypeError,
        r"^options: must be CaptureRoleAsVMImage, got dict",
        options={"os_state": "Specialized"},
    )
    reject("capture_vm_image", ValueError, r"^options: is required", options=None)
    reject(
        "add_role",
        TypeError,
        r"^system_config\.host_name: must be a str, got int",
        system_config=LinuxConfigurationSet(host_name=7),
    )
    reject(
        "create_hosted_service",
        TypeError,
        r"^extended_properties\['k'\]: must be a str, got int",
        extended_properties={"k": 1},
    )


# --- constraints --------------------------------------------------------------------------


def violations(constraints: Any, kind: str) -> list[tuple[Any, str]]:
    """Values breaking each constraint, with the words the error message must hold."""
    result: list[tuple[Any, str]] = []
    if constraints.pattern is not None:
        for candidate in ("Bad_Name", "-bad-", "x" * 300):
            if re.fullmatch(constraints.pattern, candidate) is None:
                result.append((candidate, f"{candidate!r} must match {constraints.pattern}"))
                break
    if constraints.max_length is not None:
        result.append(("x" * (constraints.max_length + 1), f"at most {constraints.max_length}"))
    if constraints.min_length:
        result.append(("", f"at least {constraints.min_length}"))
    if constraints.enum:
        result.append(("NotAValue", f"'NotAValue' must be one of {', '.join(constraints.enum)}"))
    if constraints.minimum is not None:
        result.append((constraints.minimum - 1, f"must be at least {constraints.minimum}"))
    if constraints.maximum is not None:
        result.append((constraints.maximum + 1, f"must be at most {constraints.maximum}"))
    return result


CONSTRAINED_PARAMS = [
    (op, param, value, words)
    for op, param in ALL_PARAMS
    for value, words in violations(param.constraints, param.type.name)
]


@pytest.mark.parametrize(
    ("operation", "param", "value", "words"),
    CONSTRAINED_PARAMS,
    ids=[f"{o}.{p.name}-{w.split()[-1][:20]}" for o, p, _, w in CONSTRAINED_PARAMS],
)
def test_constraint_violations_name_argument_and_rule(
    operation: str, param: Param, value: Any, words: str
) -> None:
    error = reject(operation, ValueError, rf"^{param.name}: ", **{param.name: value})
    assert words in str(error)


def test_storage_account_name_rule_is_stated() -> None:
    error = reject("create_storage_account", ValueError, "^service_name", service_name="Bad_Name")
    assert str(error) == "service_name: 'Bad_Name' must match ^[a-z0-9]{3,24}$"
    reject("create_storage_account", ValueError, "^service_name", service_name="ab")
    reject("create_hosted_service", ValueError, "^service_name", service_name="-svc")
    reject("create_hosted_service", ValueError, "^label: must be at most 100", label="x" * 101)


PATTERN_PARAMS = [(o, p) for o, p in ALL_PARAMS if p.constraints.pattern is not None]


@pytest.mark.parametrize(
    ("operation", "param"), PATTERN_PARAMS, ids=[f"{o}.{p.name}" for o, p in PATTERN_PARAMS]
)
def test_patterns_reject_a_trailing_newline(operation: str, param: Param) -> None:
    valid = baseline_arguments(operation)[param.name]
    assert isinstance(valid, str) and re.fullmatch(param.constraints.pattern or "", valid)
    reject(operation, ValueError, rf"^{param.name}: ", **{param.name: valid + "\n"})


def _model_members() -> list[tuple[str, str, str, Member]]:
    """(operation, argument, variant shape, constrained member) for model arguments."""
    result = []
    for op, param in ALL_PARAMS:
        type_ref = param.type.item if param.type.kind == "list" else param.type
        if type_ref is None or type_ref.kind != "shape":
            continue
        shape = SHAPES[type_ref.name]
        for variant in variant_shapes(shape) if shape.union else (shape,):
            for member in variant.fields:
                if member.constraints:
                    result.append((op, param.name, variant.name, member))
    return result


MODEL_MEMBERS = _model_members()


@pytest.mark.parametrize(
    ("operation", "argument", "variant", "member"),
    MODEL_MEMBERS,
    ids=[f"{o}.{a}.{v}.{m.name}" for o, a, v, m in MODEL_MEMBERS],
)
def test_constraints_of_model_members_are_checked(
    operation: str, argument: str, variant: str, member: Member
) -> None:
    is_list = any(p.name == argument and p.type.kind == "list" for p in OPERATION[operation].params)
    for value, words in violations(member.constraints, member.type.name):
        model = minimal_instance(variant)
        setattr(model, member.name, value)
        where = f"{argument}[0]." if is_list else f"{argument}."
        error = reject(
            operation,
            ValueError,
            rf"^{re.escape(where + member.name)}: ",
            **{argument: [model] if is_list else model},
        )
        assert words in str(error)


def test_nested_member_errors_carry_the_whole_path() -> None:
    endpoint = ConfigurationSetInputEndpoint("web", "tcp", 80, 80, idle_timeout_in_minutes=31)
    reject(
        "add_role",
        ValueError,
        r"^network_config\.input_endpoints\[0\]\.idle_timeout_in_minutes: must be at most 30",
        network_config=NetworkConfigurationSet(input_endpoints=[endpoint]),
    )
    reject(
        "add_role",
        ValueError,
        r"^data_virtual_hard_disks\[1\]\.lun: must be at most 31",
        data_virtual_hard_disks=[DataVirtualHardDisk(lun=0), DataVirtualHardDisk(lun=32)],
    )
    reject(
        "add_role",
        ValueError,
        r"^os_virtual_hard_disk\.host_caching: 'Always' must be one of None, ReadOnly",
        os_virtual_hard_disk=OSVirtualHardDisk(host_caching="Always"),
    )


def test_values_inside_the_limits_are_accepted() -> None:
    accept("create_storage_account", service_name="abc", label="x" * 100)
    accept("create_storage_account", service_name="a" * 24, description="d" * 1024)
    accept("create_hosted_service", service_name="a", label="")
    accept("create_hosted_service", service_name="a-" * 31 + "b")
    endpoint = ConfigurationSetInputEndpoint("web", "tcp", 80, 80, idle_timeout_in_minutes=30)
    accept("add_role", network_config=NetworkConfigurationSet(input_endpoints=[endpoint]))
    accept("add_role", data_virtual_hard_disks=[DataVirtualHardDisk(lun=31)])


# --- exactly one --------------------------------------------------------------------------

EXACTLY_ONE = [(op.name, group) for op in SPEC.operations for group in op.exactly_one]


@pytest.mark.parametrize(
    ("operation", "group"), EXACTLY_ONE, ids=[f"{o}-{'-'.join(g)}" for o, g in EXACTLY_ONE]
)
def test_exactly_one_of_a_group(operation: str, group: tuple[str, ...]) -> None:
    names = " and ".join(group)
    both = {name: group_member_value(operation, name) for name in group}
    neither = {name: None for name in group}
    reject(operation, ValueError, rf"^{names}: exactly one must be given \(got 2\)", **both)
    reject(operation, ValueError, rf"^{names}: exactly one must be given \(got 0\)", **neither)
    for name in group:
        accept(operation, **{**neither, name: both[name]})


# --- path segments ------------------------------------------------------------------------

PATH_PARAMS = [(o, p) for o, p in ALL_PARAMS if p.in_path]


@pytest.mark.parametrize(
    ("operation", "param"), PATH_PARAMS, ids=[f"{o}.{p.name}" for o, p in PATH_PARAMS]
)
def test_empty_or_missing_path_segments_are_rejected(operation: str, param: Param) -> None:
    if param.type == TypeRef("scalar", "string"):
        # The parameter's own rules are checked first (lengths, then pattern), then the rule
        # of path segments (at least 1 character).
        minimum, pattern = param.constraints.min_length, param.constraints.pattern
        if not minimum and pattern is not None and re.fullmatch(pattern, "") is None:
            words = rf"^{param.name}: '' must match {re.escape(pattern)}$"
        else:
            words = rf"^{param.name}: must be at least {minimum or 1}"
        reject(operation, ValueError, words, **{param.name: ""})
    else:  # e.g. a LUN: "" is a wrong type, None is missing
        reject(operation, TypeError, rf"^{param.name}: must be", **{param.name: ""})
    reject(operation, ValueError, rf"^{param.name}: is required", **{param.name: None})


def test_dot_path_segments_are_rejected() -> None:
    sent = []
    for operation, param in PATH_PARAMS:
        for dots in (".", ".."):
            args = {**baseline_arguments(operation), param.name: dots}
            transport = RecordingTransport(lambda request: HttpResponse(404, {}, b""))
            try:
                getattr(client_for(operation, transport), operation)(**args)
            except ValueError as error:
                assert str(error).startswith(f"{param.name}: ")
            except Exception:
                pass
            if transport.requests:
                sent.append(f"{operation}({param.name}={dots!r}) -> {transport.requests[0].url}")
    assert sent == []


def test_dot_segments_collapse_into_another_resource() -> None:
    """Why dot segments matter: the URL the client sends names the deployment itself."""
    from urllib3.util import parse_url

    transport = RecordingTransport(lambda request: HttpResponse(202, {"x-ms-request-id": "r"}, b""))
    try:
        make_client(transport).delete_role("svc", "dep", "..")
    except ValueError:
        return  # fixed: refused before sending
    (request,) = transport.requests
    assert (
        parse_url(request.url).path
        == f"/{SUBSCRIPTION}/services/hostedservices/svc/deployments/dep/"
    )


# --- text XML 1.0 cannot carry ------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\ud800", "\ufffe"])
def test_invalid_xml_characters_are_rejected_with_the_argument_name(char: str) -> None:
    reject("create_hosted_service", ValueError, r"^description: contains U\+", description=char)
    reject("get_disk", ValueError, r"^disk_name: contains U\+", disk_name=f"d{char}")
    reject(
        "update_hosted_service",
        ValueError,
        r"^extended_properties\[.*\]: contains U\+",
        extended_properties={"k": char},
    )
    reject(
        "add_role",
        ValueError,
        r"^system_config\.host_name: contains U\+",
        system_config=LinuxConfigurationSet(host_name=char),
    )


def test_base64_text_carries_any_character() -> None:
    accept("create_storage_account", label="tab\x0bbed")
    accept("add_role", system_config=LinuxConfigurationSet("h", "u", "p", custom_data="\x0c\x00"))


def test_lone_surrogates_in_base64_text_are_rejected() -> None:
    reject("create_storage_account", ValueError, r"^label: ", label="\ud800")
    reject(
        "add_role",
        ValueError,
        r"^system_config\.custom_data: ",
        system_config=LinuxConfigurationSet(custom_data="\udfff"),
    )


# --- secrets ------------------------------------------------------------------------------


def models_in(value: Any) -> list[Any]:
    """Every model object in a model tree (lists and nested models walked through the IR)."""
    if isinstance(value, list):
        return [found for item in value for found in models_in(item)]
    shape = SHAPES.get(type(value).__name__)
    if shape is None or shape.union is not None:
        return []
    found = [value]
    for member in shape.fields:
        found.extend(models_in(getattr(value, member.name)))
    return found


def set_secrets(root: Any, secret: Any) -> int:
    count = 0
    for model in models_in(root):
        for member in SHAPES[type(model).__name__].fields:
            if member.secret:
                setattr(model, member.name, secret)
                count += 1
    return count


SHAPES_WITH_SECRETS = [
    shape for shape in STRUCTURES if set_secrets(filled_instance(shape.name, "shown"), SECRET) > 0
]


def test_some_shapes_hold_secrets() -> None:
    names = {shape.name for shape in SHAPES_WITH_SECRETS}
    assert {"LinuxConfigurationSet", "WindowsConfigurationSet", "StorageServiceKeys"} <= names
    assert {"Credentials", "Deployment", "ComponentSetting"} <= names


@pytest.mark.parametrize("shape", SHAPES_WITH_SECRETS, ids=lambda shape: shape.name)
def test_secrets_never_appear_in_repr(shape: Any) -> None:
    model = filled_instance(shape.name, "shown")
    set_secrets(model, SECRET)
    text = repr(model)
    assert SECRET not in text
    assert "shown" in text or not any(
        m.type.kind == "scalar" and m.type.name == "string" and not m.secret and not m.constraints
        for m in shape.fields
    )
    assert "<secret>" in text


def test_storage_keys_are_hidden_in_the_repr_of_get_storage_account_keys() -> None:
    keys = StorageService(
        url="https://management/acct",
        service_name="acct",
        storage_service_keys=StorageServiceKeys(primary=SECRET + "1", secondary=SECRET + "2"),
    )
    body = serialize_storage_service(keys)
    transport = RecordingTransport(lambda request: HttpResponse(200, {}, body))
    result = make_client(transport).get_storage_account_keys("acct")
    assert result.storage_service_keys.primary == SECRET + "1"
    assert SECRET not in repr(result)
    assert SECRET not in repr(result.storage_service_keys)
    assert SECRET not in str(result)


def _secret_arguments() -> list[tuple[str, str, Any]]:
    """(operation, argument, builder(secret) -> model holding it) for secrets users pass in."""
    domain = lambda s: WindowsConfigurationSet(  # noqa: E731
        "pc",
        domain_join=DomainJoin(credentials=Credentials("d", "u", s)),
    )
    unattend = lambda s: WindowsConfigurationSet(  # noqa: E731
        "pc",
        additional_unattend_content=AdditionalUnattendContent(
            passes=[
                UnattendPass(
                    "oobeSystem",
                    [UnattendComponent("Shell", [ComponentSetting("AutoLogon", s)])],
                )
            ]
        ),
    )
    return [
        ("add_role", "system_config", lambda s: LinuxConfigurationSet("h", "u", s)),
        ("add_role", "system_config", lambda s: WindowsConfigurationSet("pc", s)),
        ("add_role", "system_config", domain),
        ("add_role", "system_config", unattend),
        (
            "create_virtual_machine_deployment",
            "resource_extension_references",
            lambda s: [
                ResourceExtensionReference(
                    "r",
                    "p",
                    "n",
                    "1.*",
                    resource_extension_parameter_values=[
                        ResourceExtensionParameterValue("k", s, "Private")
                    ],
                )
            ],
        ),
    ]


SECRET_ARGUMENTS = _secret_arguments()


@pytest.mark.parametrize(
    ("operation", "argument", "build"),
    SECRET_ARGUMENTS,
    ids=[f"{o}.{a}-{i}" for i, (o, a, _) in enumerate(SECRET_ARGUMENTS)],
)
@pytest.mark.parametrize(
    "bad", [SECRET + "\x00", SECRET + "\ufffe", b"S3cr3t-Do-Not-Show"], ids=["nul", "fffe", "bytes"]
)
def test_secrets_never_appear_in_validation_errors(
    operation: str, argument: str, build: Any, bad: Any
) -> None:
    error = reject(operation, (TypeError, ValueError), rf"^{argument}", **{argument: build(bad)})
    for text in (str(error), repr(error), repr(error.args)):
        assert "S3cr3t" not in text
    accept(operation, **{argument: build(SECRET)})


def test_secret_values_of_constrained_members_are_not_echoed() -> None:
    """Where a check shows the offending value, secrets are shown as <secret>."""
    from azure_asm_runtime.validation import check_string

    with pytest.raises(ValueError) as raised:
        check_string("password", SECRET, pattern="^x$", secret=True)
    assert SECRET not in str(raised.value)
    with pytest.raises(ValueError) as raised:
        check_string("password", SECRET, enum=("a", "b"), secret=True)
    assert SECRET not in str(raised.value)


def test_every_secret_member_is_marked_secret_in_its_validator() -> None:
    """A secret member with a constraint would echo its value unless the check knows."""
    for shape in STRUCTURES:
        for member in shape.fields:
            if not member.secret or not member.constraints:
                continue
            model = minimal_instance(shape.name)
            value, _ = violations(member.constraints, member.type.name)[0]
            setattr(model, member.name, value)
            validate = getattr(validators, f"validate_{snake(shape.name)}")
            with pytest.raises(ValueError) as raised:
                validate(model, "")
            assert repr(value) not in str(raised.value)
