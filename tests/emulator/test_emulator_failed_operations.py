"""Operations made to end Failed (FaultConfig.fail_operations) and reset() of a running server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from azure_asm import OperationFailedError, ResourceNotFoundError
from azure_asm_emulator import FaultConfig
from azure_asm_emulator.cli import InitResult, build_parser, fault_config
from azure_asm_emulator.testing import AsmEmulator, running_emulator


@pytest.fixture
def emulator(template_dir: InitResult) -> Iterator[AsmEmulator]:
    with running_emulator(template_dir.directory, operation_delay=0.01) as running:
        yield running


def test_a_named_operation_ends_failed_with_the_code_and_message(emulator: AsmEmulator) -> None:
    emulator.server.set_faults(
        fail_operations={"create_hosted_service": ("InternalError", "the disk caught fire")}
    )
    sms = emulator.client
    operation = sms.create_hosted_service("svc", "label", location="West US")
    with pytest.raises(OperationFailedError) as raised:
        operation.result(timeout=30)
    assert (raised.value.code, raised.value.message) == ("InternalError", "the disk caught fire")
    status = sms.get_operation_status(operation.request_id)
    assert status.status == "Failed" and status.http_status_code == 500
    # Other operations are left alone.
    sms.create_storage_account("acct1", "d", "label", location="West US").result(timeout=30)


def test_names_alone_fail_with_internal_error(emulator: AsmEmulator) -> None:
    emulator.server.set_faults(fail_operations=["create_storage_account"])
    operation = emulator.client.create_storage_account("acct2", "d", "l", location="West US")
    with pytest.raises(OperationFailedError) as raised:
        operation.result(timeout=30)
    assert raised.value.code == "InternalError"


@pytest.mark.parametrize(
    ("fail_operations", "message"),
    [
        (["no_such_operation"], "no operation is named 'no_such_operation'"),
        (["list_locations"], "list_locations is not asynchronous"),
        ({"create_hosted_service": ("only a code",)}, "needs a \\(code, message\\) pair"),
        ("create_hosted_service", "not a str"),
    ],
)
def test_fail_operations_are_checked(fail_operations: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FaultConfig(fail_operations=fail_operations)  # type: ignore[arg-type]


def test_fail_operations_leave_the_random_faults_off() -> None:
    config = FaultConfig(fail_operations=["create_hosted_service"])
    assert not config.active
    assert config.operation_failure("create_hosted_service") == (
        "InternalError",
        "The server encountered an internal error. Please retry the request.",
    )
    assert config.operation_failure("delete_hosted_service") is None
    assert hash(config) == hash(FaultConfig(fail_operations=["create_hosted_service"]))


def test_the_serve_flag() -> None:
    args = build_parser().parse_args(
        [
            "serve",
            "--dir",
            "x",
            "--fault-fail-operation",
            "create_hosted_service",
            "--fault-fail-operation",
            "delete_hosted_service=ConflictError:It has deployments.",
        ]
    )
    config = fault_config(args)
    assert config.operation_failure("create_hosted_service") == (
        "InternalError",
        "The operation failed (injected by --fault-fail-operation).",
    )
    assert config.operation_failure("delete_hosted_service") == (
        "ConflictError",
        "It has deployments.",
    )
    bad = build_parser().parse_args(["serve", "--dir", "x", "--fault-fail-operation", "nope"])
    with pytest.raises(ValueError, match="no operation is named 'nope'"):
        fault_config(bad)


def test_reset_empties_a_running_emulator(emulator: AsmEmulator) -> None:
    sms = emulator.client
    operation = sms.create_hosted_service("svc", "label", location="West US")
    operation.result(timeout=30)
    emulator.server.set_faults(error_rate=0.5, fail_operations=["create_hosted_service"])
    emulator.server.operation_delay = 3.0
    port = emulator.server.port

    emulator.reset()

    assert emulator.server.port == port and emulator.server.running
    assert emulator.server.faults == FaultConfig()
    assert emulator.server.operation_delay == 0.01
    assert sms.list_hosted_services() == []
    with pytest.raises(ResourceNotFoundError):
        sms.get_operation_status(operation.request_id)
    # The name is free again, and the certificate still works.
    sms.create_hosted_service("svc", "label", location="West US").result(timeout=30)


def test_fresh_resets_around_a_block(emulator: AsmEmulator) -> None:
    emulator.client.create_storage_account("acct3", "d", "l", location="West US").result(timeout=30)
    with emulator.fresh(fail_operations=["create_hosted_service"]) as sms:
        assert sms.list_storage_accounts() == []
        with pytest.raises(OperationFailedError):
            sms.create_hosted_service("svc", "label", location="West US").result(timeout=30)
    assert emulator.client.list_hosted_services() == []
    assert emulator.server.faults == FaultConfig()
