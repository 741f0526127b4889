"""Help and errors speak the command line, not Python: flags and positional arguments rather
than parameter names, commands rather than method names, choices rather than regular
expressions, English plurals, and no "see docs" without a doc."""

from __future__ import annotations

import re

import pytest

from azure_asm.catalog import OPERATIONS
from azure_asm_cli.app import _error_line, build_parser
from azure_asm_cli.wording import plural, sdk_message, service_message
from azure_asm_runtime.catalog import OperationInfo
from azure_asm_runtime.errors import ConflictError
from tests.cli.conftest import Run

PARSER = build_parser()


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit):
        PARSER.parse_args([*argv, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_argument_checks_name_flags_and_choices(asm_cli: Run) -> None:
    status, out, err = asm_cli("hosted-service", "create", "clisvc1", "--label", "l")
    assert status == 2 and out == ""
    assert err == (
        "asm: error: invalid argument: --location and --affinity-group: "
        "exactly one must be given (got 0)\n"
    )
    status, _, err = asm_cli("deployment", "get-by-slot", "clisvc1", "prod")
    assert status == 2
    assert err == (
        "asm: error: invalid argument: DEPLOYMENT_SLOT: 'prod' must be one of: "
        "production, staging\n"
    )


def test_sdk_messages_in_cli_terms() -> None:
    create = OPERATIONS["create_hosted_service"]
    assert sdk_message("label: must be at most 100 characters long", create) == (
        "--label: must be at most 100 characters long"
    )
    assert sdk_message("service_name: 'x y' must match ^[a-z]+$", create) == (
        "SERVICE_NAME: 'x y' must match ^[a-z]+$"
    )
    slot = OPERATIONS["create_deployment"]
    assert (
        sdk_message("deployment_slot: 'prod' must match ^(?i:production|staging)$", slot)
        == "DEPLOYMENT_SLOT: 'prod' must be one of: production, staging"
    )
    add_role = OPERATIONS["add_role"]
    assert sdk_message("system_config.user_name: is required", add_role) == (
        "--system-config: user_name: is required"
    )
    # Not a parameter of this operation: left as the SDK said it.
    assert sdk_message("nothing_here: is required", create) == "nothing_here: is required"


def test_a_409_names_the_flag_not_the_query_string() -> None:
    delete = OPERATIONS["delete_hosted_service"]
    error = ConflictError(
        409,
        "ConflictError",
        "The hosted service 'svc' has deployments; delete them first, "
        "or delete the service with comp=media.",
        "rid",
    )
    line = _error_line(error, delete)
    assert "comp=media" not in line and "with --complete." in line
    assert service_message("nothing to change", delete) == "nothing to change"


def test_help_names_commands_and_flags(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "hosted-service", "create")
    assert "check_hosted_service_name_availability" not in text
    assert "`asm hosted-service check-name-availability`" in text
    assert "Give this or `--affinity-group`" in text
    assert "SDK method: ServiceManagementService.create_hosted_service()" in text
    text = _help(capsys, "storage-account", "create")
    assert "--geo-replication-enabled" in text


def test_group_descriptions_are_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert "Commands for operation statuses: get, wait." in _help(capsys, "operation-status")
    assert "Commands for hosted services:" in _help(capsys, "hosted-service")
    assert "statuss" not in _help(capsys, "operation-status")
    assert [plural(w) for w in ("policy", "relay", "address", "box", "disk")] == [
        "policies",
        "relays",
        "addresses",
        "boxes",
        "disks",
    ]


OPERATION_NAME = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


@pytest.mark.parametrize("info", list(OPERATIONS.values()), ids=lambda info: info.name)
def test_no_help_speaks_python_or_points_to_missing_docs(
    info: OperationInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _help(capsys, info.cli_group, info.cli_command)
    body = text.split("SDK method:")[0]
    python_names = [name for name in OPERATION_NAME.findall(body) if name in OPERATIONS]
    assert python_names == [], python_names
    assert "see docs" not in text.lower()


def test_parameter_help_says_not_given_and_names_switches(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _help(capsys, "storage-account", "update")
    assert "not given leaves it unchanged" in text and "None leaves" not in text
    assert "--no-geo-replication-enabled means --account-type Standard_LRS" in text
    # `None` is one of the choices here: kept.
    assert "Disk caching: None, ReadOnly or ReadWrite" in _help(capsys, "data-disk", "add")


def test_command_help_says_what_the_command_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert "Synchronous; prints nothing" in _help(capsys, "affinity-group", "create")
    text = _help(capsys, "vm-image", "create")
    assert "Asynchronous: the command waits for it" in text and "AsyncOperation" not in text
    text = _help(capsys, "hosted-service", "delete")
    assert "With `--complete` its deployments" in text and "complete=True" not in text
    assert "With `--no-start-deployment`" in _help(capsys, "deployment", "create")
    text = _help(capsys, "subscription-operation", "list")
    assert "iter_subscription_operations" not in text
    assert "`result` is true" in _help(capsys, "storage-account", "check-name-availability")
