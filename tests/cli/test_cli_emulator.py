"""The `asm` command line driven against the local emulator: list, create with progress,
errors, JSON output, --no-wait, configuration from flags, environment and a
.publishsettings file, record and replay.

The emulator comes from the package's own pytest plugin (`asm_emulator_server`).
"""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from azure_asm_cli.app import main
from azure_asm_emulator.testing import AsmEmulator

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def asm(asm_emulator_server: AsmEmulator) -> Run:
    """Run `asm ARGS...` in-process with the emulator's environment; (status, out, err)."""

    def run(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        environ = asm_emulator_server.environment() if env is None else env
        status = main(list(argv), environ=environ, out=out, err=err)
        return status, out.getvalue(), err.getvalue()

    return run


def test_list_create_with_progress_and_list_again(
    asm: Run, asm_emulator_server: AsmEmulator
) -> None:
    asm_emulator_server.server.operation_delay = 0.3
    assert asm("storage-account", "list") == (0, "", "")

    status, out, err = asm(
        "storage-account",
        "create",
        "clistore1",
        "--location",
        "West US",
        "--label",
        "made by the CLI",
        "--description",
        "",
        "--account-type",
        "Standard_LRS",
    )
    assert status == 0, err
    lines = err.splitlines()
    assert lines[0].startswith("storage-account create: started (request id ")
    assert any(": InProgress (" in line for line in lines)  # polled while it ran
    assert lines[-1].startswith("storage-account create: Succeeded (")
    assert "Succeeded" in out

    status, out, err = asm("storage-account", "list")
    assert status == 0, err
    header, row = out.splitlines()
    assert header.split()[:2] == ["SERVICE", "NAME"]
    assert row.split()[0] == "clistore1" and "Standard_LRS" in row or "West US" in row

    status, out, _ = asm("storage-account", "get-properties", "clistore1", "--output", "json")
    assert status == 0
    account = json.loads(out)
    assert account["service_name"] == "clistore1"
    assert account["storage_service_properties"]["label"] == "made by the CLI"
    assert account["storage_service_properties"]["account_type"] == "Standard_LRS"

    status, out, _ = asm("storage-account", "get-properties", "clistore1")
    assert "storage_service_properties.location" in out and "West US" in out


def test_errors_are_one_line_with_the_asm_code(asm: Run) -> None:
    status, out, err = asm("storage-account", "get-properties", "nosuchaccount")
    assert status == 1 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("asm: error: ResourceNotFound (HTTP 404): ")
    assert "request id" in err

    assert asm("hosted-service", "create", "svc1", "--label", "l", "--location", "West US")[0] == 0
    status, _, err = asm(
        "hosted-service", "create", "svc1", "--label", "l", "--location", "West US"
    )
    assert status == 1
    assert err.startswith("asm: error: ConflictError (HTTP 409): ") and err.count("\n") == 1

    # Refused by the SDK's own checks, before anything is sent.
    status, _, err = asm(
        "storage-account",
        "create",
        "BAD_NAME",
        "--label",
        "l",
        "--description",
        "",
        "--location",
        "West US",
    )
    assert status == 2
    assert (
        err
        == "asm: error: invalid argument: SERVICE_NAME: 'BAD_NAME' must match ^[a-z0-9]{3,24}$\n"
    )


def test_no_wait_prints_the_request_id(asm: Run) -> None:
    status, out, err = asm(
        "hosted-service", "create", "svc2", "--label", "l", "--location", "West US", "--no-wait"
    )
    assert status == 0 and err == ""
    request_id = out.strip()
    assert request_id and " " not in request_id
    status, out, _ = asm("operation-status", "get", request_id, "-o", "json")
    assert status == 0
    assert json.loads(out)["id"] == request_id

    status, out, _ = asm("-o", "json", "hosted-service", "delete", "svc2", "--no-wait")
    assert status == 0 and set(json.loads(out)) == {"request_id"}


def test_list_as_json_and_options_of_every_kind(asm: Run) -> None:
    status, _, err = asm(
        "--quiet",
        "hosted-service",
        "create",
        "svc3",
        "--label",
        "label 100%",
        "--location",
        "West US",
        "--extended-properties",
        "owner=me",
        "--extended-properties",
        "team=sdk",
    )
    assert status == 0 and err == ""
    status, out, _ = asm("hosted-service", "list", "--output", "json")
    services = json.loads(out)
    assert [s["service_name"] for s in services] == ["svc3"]
    properties = services[0]["hosted_service_properties"]
    assert properties["label"] == "label 100%"
    assert properties["extended_properties"] == {"owner": "me", "team": "sdk"}
    status, out, _ = asm("hosted-service", "get-properties", "svc3", "--embed-detail")
    assert status == 0 and "svc3" in out


def test_configuration_sources(asm: Run, asm_emulator_server: AsmEmulator, tmp_path: Path) -> None:
    environment = asm_emulator_server.environment()
    # Nothing configured: a usage error saying what is missing.
    status, _, err = asm("location", "list", env={})
    assert status == 2 and "no credentials" in err and err.count("\n") == 1

    # Flags only.
    flags = [
        "--subscription-id",
        asm_emulator_server.subscription_id,
        "--cert",
        str(asm_emulator_server.cert_path),
        "--host",
        asm_emulator_server.host,
        "--ca-bundle",
        str(asm_emulator_server.ca_bundle),
    ]
    status, out, err = asm(*flags, "location", "list", env={})
    assert status == 0, err
    assert "West US" in out

    # A flag wins over the environment.
    env = {**environment, "AZURE_ASM_SUBSCRIPTION_ID": "00000000-0000-0000-0000-000000000001"}
    assert asm("location", "list", env=env)[0] == 1  # 403: not this certificate's subscription
    status, _, _ = asm(
        "location", "list", "--subscription-id", asm_emulator_server.subscription_id, env=env
    )
    assert status == 0

    # A .publishsettings file: subscription, certificate and endpoint.
    publish = tmp_path / "my.publishsettings"
    publish.write_text(_publish_settings(asm_emulator_server), encoding="utf-8")
    env = {"AZURE_ASM_CA_BUNDLE": str(asm_emulator_server.ca_bundle)}
    status, out, err = asm("--publish-settings", str(publish), "location", "list", env=env)
    assert status == 0, err
    assert "West US" in out
    env["AZURE_ASM_PUBLISH_SETTINGS"] = str(publish)
    assert asm("role-size", "list", env=env)[0] == 0


def _publish_settings(emulator: AsmEmulator) -> str:
    pem = emulator.cert_path.read_bytes()
    key = serialization.load_pem_private_key(pem, password=None)
    cert = x509.load_pem_x509_certificate(pem)
    pfx = pkcs12.serialize_key_and_certificates(
        None,
        key,  # type: ignore[arg-type]
        cert,
        None,
        serialization.NoEncryption(),
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<PublishData><PublishProfile '
        'SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI"><Subscription '
        f'ServiceManagementUrl="https://{emulator.host}" Id="{emulator.subscription_id}" '
        f'Name="Emulated" ManagementCertificate="{base64.b64encode(pfx).decode()}" />'
        "</PublishProfile></PublishData>\n"
    )


def test_record_then_replay_offline(asm: Run, tmp_path: Path) -> None:
    recording = tmp_path / "calls.json"
    status, _, err = asm(
        "--record",
        str(recording),
        "storage-account",
        "create",
        "recorded1",
        "--label",
        "l",
        "--description",
        "d",
        "--location",
        "West US",
    )
    assert status == 0, err
    status, listed, _ = asm("--record", str(recording), "storage-account", "list")
    assert status == 0 and "recorded1" in listed
    status, keys, _ = asm("--record", str(recording), "storage-account", "get-keys", "recorded1")
    assert status == 0
    primary = next(line.split()[1] for line in keys.splitlines() if ".primary" in line)
    assert primary not in recording.read_text(encoding="utf-8")  # the key was redacted

    # No credentials, no emulator needed: answered from the file.
    status, replayed, err = asm("--replay", str(recording), "storage-account", "list", env={})
    assert status == 0, err
    assert replayed == listed


def test_debug_logs_to_stderr(asm: Run) -> None:
    logger = logging.getLogger("azure_asm")
    handlers, level = list(logger.handlers), logger.level
    try:
        status, _, err = asm("--debug", "location", "list")
        assert status == 0
        assert "GET /" in err and "attempt 1" in err
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)
