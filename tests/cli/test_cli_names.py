"""How operations become `asm GROUP COMMAND` (codegen.cli_names), the spec's `cli:` override,
and the operation table's parameter metadata that the command line is built from."""

from __future__ import annotations

from pathlib import Path

import pytest

from azure_asm.catalog import OPERATIONS
from codegen.cli_names import CliNameError, cli_names, singular
from codegen.ir import NO_DEFAULT
from codegen.loader import SpecError, load_spec

REPO = Path(__file__).resolve().parents[2]

NAMES = [
    "list_hosted_services",
    "get_hosted_service_properties",
    "create_hosted_service",
    "check_hosted_service_name_availability",
    "get_operation_status",
    "get_deployment_by_slot",
    "delete_deployment",
    "list_operating_system_families",
    "list_operating_systems",
    "get_storage_account_keys",
    "list_storage_accounts",
    "start_role",
    "start_roles",
    "add_role",
    "create_job",
    "get_all_jobs",
    "capture_vm_image",
    "list_vm_images",
    "list_reserved_ip_addresses",
    "associate_reserved_ip_address",
]


def test_the_naming_rule() -> None:
    names = cli_names(NAMES)
    assert names == {
        "list_hosted_services": ("hosted-service", "list"),
        "get_hosted_service_properties": ("hosted-service", "get-properties"),
        "create_hosted_service": ("hosted-service", "create"),
        "check_hosted_service_name_availability": ("hosted-service", "check-name-availability"),
        "get_operation_status": ("operation-status", "get"),
        "get_deployment_by_slot": ("deployment", "get-by-slot"),
        "delete_deployment": ("deployment", "delete"),
        "list_operating_system_families": ("operating-system-family", "list"),
        "list_operating_systems": ("operating-system", "list"),
        "get_storage_account_keys": ("storage-account", "get-keys"),
        "list_storage_accounts": ("storage-account", "list"),
        "start_role": ("role", "start"),
        "start_roles": ("role", "start-many"),
        "add_role": ("role", "add"),
        "create_job": ("job", "create"),
        "get_all_jobs": ("job", "get-all"),
        "capture_vm_image": ("vm-image", "capture"),
        "list_vm_images": ("vm-image", "list"),
        "list_reserved_ip_addresses": ("reserved-ip-address", "list"),
        "associate_reserved_ip_address": ("reserved-ip-address", "associate"),
    }


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("services", "service"),
        ("families", "family"),
        ("addresses", "address"),
        ("status", "status"),
        ("statuses", "status"),
        ("keys", "key"),
        ("role", "role"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_overrides_and_collisions() -> None:
    names = cli_names(["walk_upgrade_domain"], {"walk_upgrade_domain": ("deployment", "walk")})
    assert names == {"walk_upgrade_domain": ("deployment", "walk")}
    with pytest.raises(CliNameError, match="'list_disks' and 'get_things'"):
        cli_names(["list_disks", "get_things"], {"get_things": ("disk", "list")})
    with pytest.raises(CliNameError, match="needs a verb"):
        cli_names(["refresh"])


def _spec(tmp_path: Path, operations: str) -> Path:
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "common.yaml").write_text(
        (REPO / "tests" / "golden" / "spec" / "common.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    (folder / "ops.yaml").write_text(operations, encoding="utf-8")
    return folder


def test_the_spec_may_name_a_command(tmp_path: Path) -> None:
    folder = _spec(
        tmp_path,
        """
operations:
  walk_upgrade_domain:
    doc: Walks.
    http: {method: POST, path: "/{subscription_id}/walk"}
    cli: {group: deployment, command: walk-upgrade-domain}
""",
    )
    (operation,) = [op for op in load_spec(folder).operations if op.name == "walk_upgrade_domain"]
    assert operation.cli == ("deployment", "walk-upgrade-domain")


@pytest.mark.parametrize(
    ("cli", "message"),
    [
        ("{group: Deployment, command: walk}", "'Deployment' is not a kebab-case name"),
        ("{group: deployment}", "missing key 'command'"),
        ("{group: widget, command: list}", "would both be `asm widget list`"),
    ],
)
def test_bad_cli_entries_are_spec_errors(tmp_path: Path, cli: str, message: str) -> None:
    folder = _spec(
        tmp_path,
        f"""
operations:
  list_widgets:
    doc: Lists.
    http: {{method: GET, path: "/{{subscription_id}}/widgets"}}
  walk_upgrade_domain:
    doc: Walks.
    http: {{method: POST, path: "/{{subscription_id}}/walk"}}
    cli: {cli}
""",
    )
    with pytest.raises(SpecError, match=message):
        load_spec(folder)


def test_the_operation_table_describes_every_parameter() -> None:
    spec = load_spec(REPO / "spec")
    names = cli_names((op.name for op in spec.operations), {})
    for operation in spec.operations:
        info = OPERATIONS[operation.name]
        assert info.doc == operation.doc
        assert (info.cli_group, info.cli_command) == (operation.cli or names[operation.name])
        assert [p.name for p in info.param_info] == list(info.params)
        for param, described in zip(operation.params, info.param_info, strict=True):
            kind = param.type.kind
            assert described.kind == kind
            assert described.type == (param.type.name if kind in ("scalar", "shape") else kind)
            assert described.item == (param.type.item.name if param.type.item else None)
            assert described.required == param.required
            assert described.default == (None if param.default is NO_DEFAULT else param.default)
            assert described.doc == param.doc
            assert described.secret == param.secret
            assert described.enum == param.constraints.enum
            assert described.in_path == param.in_path
