"""Command-line values -> SDK arguments (JSON models, unions, maps, lists, @FILE) and results
-> tables and JSON, checked on the request the SDK finally sends."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import azure_asm_cli.config
from azure_asm import (
    LinuxConfigurationSet,
    Location,
    OSVirtualHardDisk,
    StorageService,
)
from azure_asm.catalog import OPERATIONS
from azure_asm_cli.app import main
from azure_asm_cli.output import list_table, object_table, render_json
from azure_asm_cli.values import BadValue, argument_value, model_from_json
from azure_asm_runtime.http import HttpRequest, HttpResponse

WA = "{http://schemas.microsoft.com/windowsazure}"


def _param(operation: str, name: str) -> Any:
    return next(p for p in OPERATIONS[operation].param_info if p.name == name)


def test_a_union_names_its_class() -> None:
    value = model_from_json(
        "ProvisioningConfigurationSet",
        {"type": "LinuxConfigurationSet", "host_name": "vm1", "user_name": "u"},
        "--system-config",
    )
    assert value == LinuxConfigurationSet(host_name="vm1", user_name="u")
    with pytest.raises(BadValue, match='"type": one of LinuxConfigurationSet, Windows'):
        model_from_json("ProvisioningConfigurationSet", {"host_name": "vm1"}, "--system-config")
    with pytest.raises(BadValue, match="'Nope' is not one of"):
        model_from_json("ProvisioningConfigurationSet", {"type": "Nope"}, "--system-config")


def test_json_models_are_checked_member_by_member() -> None:
    disk = model_from_json(
        "OSVirtualHardDisk",
        {"source_image_name": "img", "media_link": "https://x/y.vhd"},
        "--os-virtual-hard-disk",
    )
    assert disk == OSVirtualHardDisk("img", "https://x/y.vhd")
    with pytest.raises(BadValue, match=r"--os-virtual-hard-disk: OSVirtualHardDisk has no colour"):
        model_from_json("OSVirtualHardDisk", {"colour": "red"}, "--os-virtual-hard-disk")
    with pytest.raises(BadValue, match=r"--system-config\.host_name: expected a string"):
        model_from_json(
            "ProvisioningConfigurationSet",
            {"type": "LinuxConfigurationSet", "host_name": 3},
            "--system-config",
        )
    with pytest.raises(BadValue, match="expected true or false"):
        model_from_json(
            "ProvisioningConfigurationSet",
            {"type": "LinuxConfigurationSet", "disable_ssh_password_authentication": "yes"},
            "--system-config",
        )


def test_argument_values_by_kind(tmp_path: Path) -> None:
    disks = _param("add_role", "data_virtual_hard_disks")
    value = argument_value(disks, '[{"lun": 1, "logical_disk_size_in_gb": 30}]', "--data")
    assert value[0].lun == 1 and value[0].logical_disk_size_in_gb == 30
    with pytest.raises(BadValue, match="not valid JSON"):
        argument_value(disks, "[{", "--data")
    with pytest.raises(BadValue, match="expected a JSON array"):
        argument_value(disks, "{}", "--data")

    system = _param("add_role", "system_config")
    path = tmp_path / "linux.json"
    path.write_text('{"type": "LinuxConfigurationSet", "user_name": "azureuser"}')
    assert argument_value(system, f"@{path}", "--system-config").user_name == "azureuser"
    with pytest.raises(BadValue, match="cannot read"):
        argument_value(system, f"@{tmp_path / 'missing.json'}", "--system-config")

    properties = _param("create_hosted_service", "extended_properties")
    assert argument_value(properties, [("a", "1"), ("b", "x=y")], "--x") == {"a": "1", "b": "x=y"}

    secret = next(
        p
        for info in OPERATIONS.values()
        for p in info.param_info
        if p.secret and p.kind == "scalar" and p.type == "string"
    )
    (tmp_path / "secret.txt").write_text("s3cret\n")
    assert argument_value(secret, f"@{tmp_path / 'secret.txt'}", "--password") == "s3cret"


class Capture:
    def __init__(self) -> None:
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(202, {"x-ms-request-id": "req-42"}, b"")


def test_model_arguments_reach_the_request_body(monkeypatch: pytest.MonkeyPatch) -> None:
    capture = Capture()

    def make_client(cls: Any, settings: Any, **options: Any) -> Any:
        return cls(settings.subscription_id, transport=capture)

    monkeypatch.setattr(azure_asm_cli.config, "make_client", make_client)
    out, err = io.StringIO(), io.StringIO()
    status = main(
        [
            "--subscription-id",
            "sub",
            "role",
            "add",
            "svc",
            "dep",
            "vm1",
            "--system-config",
            json.dumps(
                {
                    "type": "LinuxConfigurationSet",
                    "host_name": "vm1",
                    "user_name": "azureuser",
                    "user_password": "Pa55word!",
                    "disable_ssh_password_authentication": False,
                }
            ),
            "--os-virtual-hard-disk",
            '{"source_image_name": "img", "media_link": "https://acct.blob/vhds/vm1.vhd"}',
            "--role-size",
            "Small",
            "--provision-guest-agent",
            "--no-wait",
        ],
        environ={},
        out=out,
        err=err,
    )
    assert status == 0, err.getvalue()
    assert out.getvalue() == "req-42\n"
    (request,) = capture.requests
    assert request.method == "POST"
    assert request.url.endswith("/sub/services/hostedservices/svc/deployments/dep/roles")
    assert request.body is not None
    root = etree.fromstring(request.body)
    assert root.findtext(f"{WA}RoleName") == "vm1"
    assert root.findtext(f"{WA}RoleSize") == "Small"
    assert root.findtext(f"{WA}ProvisionGuestAgent") == "true"
    config = root.find(f"{WA}ConfigurationSets/{WA}ConfigurationSet")
    assert config is not None
    assert config.findtext(f"{WA}ConfigurationSetType") == "LinuxProvisioningConfiguration"
    assert config.findtext(f"{WA}UserPassword") == "Pa55word!"
    assert root.findtext(f"{WA}OSVirtualHardDisk/{WA}SourceImageName") == "img"


def test_bad_json_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    err = io.StringIO()
    status = main(
        ["role", "add", "svc", "dep", "vm1", "--system-config", "{not json"],
        environ={"AZURE_ASM_SUBSCRIPTION_ID": "s", "AZURE_ASM_CERT_FILE": "/nonexistent.pem"},
        err=err,
    )
    assert status == 2
    assert err.getvalue().startswith("asm: error: --system-config: not valid JSON")


def test_tables() -> None:
    locations = [
        Location("West US", "West US", ["Compute", "Storage"]),
        Location("North Europe", "North Europe", ["Compute"]),
    ]
    table, hidden = list_table(locations, 200)
    assert hidden == 0
    assert table.splitlines()[0].split("  ")[0] == "NAME"
    assert "North Europe" in table and "Compute" not in table  # lists are left to json/get
    narrow, hidden = list_table(locations, 10)
    assert hidden == 1 and "DISPLAY NAME" not in narrow

    account = StorageService(url="https://x/acct", service_name="acct")
    text = object_table(account)
    assert text.splitlines()[0].split() == ["FIELD", "VALUE"]
    assert "service_name  acct" in text

    data = json.loads(render_json([account, datetime(2024, 5, 1, tzinfo=UTC), b"\x00\x01"]))
    assert data[0]["service_name"] == "acct" and data[0]["storage_service_properties"] is None
    assert data[1:] == ["2024-05-01T00:00:00+00:00", "AAE="]


def test_replay_mismatch_is_one_error_line(tmp_path: Path) -> None:
    recording = tmp_path / "empty.json"
    recording.write_text('{"format": "azure-asm-recording", "version": 1, "interactions": []}')
    err = io.StringIO()
    assert main(["--replay", str(recording), "location", "list"], environ={}, err=err) == 1
    assert err.getvalue().startswith("asm: error: ")
    assert "no unused recorded interaction for GET /*/locations" in err.getvalue()
