"""`--output table|json|text|tsv` and `--query`, as aws-cli has them: the query selects from
the JSON form, the format renders what it selected. Tables use the columns the spec declares
per model, are complete in a pipe and fitted to a terminal; feeds and pages are shown as their
items, and nested lists are tables of their own, never `x[0].y` rows."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from datetime import UTC, datetime, timedelta
from pathlib import Path

from azure_asm.catalog import TABLE_COLUMNS
from azure_asm.models import (
    ConfigurationSetInputEndpoint,
    Deployment,
    HostedService,
    HostedServiceProperties,
    LinuxConfigurationSet,
    Location,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    SubscriptionOperation,
    SubscriptionOperationCollection,
)
from azure_asm_cli.output import Screen, compile_query, render
from azure_asm_emulator.testing import AsmEmulator
from tests.cli.conftest import Run

LOCATIONS = [
    Location("West US", "West US", ["Compute", "Storage"]),
    Location("North Europe", "North Europe", ["Compute"]),
]


def _render(value: object, output: str, query: str | None = None, width: int | None = None):
    err = io.StringIO()
    text = render(
        value,
        output,
        err,
        query=None if query is None else compile_query(query),
        screen=Screen(width),
    )
    return text, err.getvalue()


def test_query_applies_to_the_json_form_then_the_format_renders() -> None:
    assert _render(LOCATIONS, "json", "[].name")[0] == json.dumps(
        ["West US", "North Europe"], indent=2
    )
    assert _render(LOCATIONS, "text", "[].name")[0] == "West US\tNorth Europe"
    assert _render(LOCATIONS, "tsv", "[].name")[0] == "West US\nNorth Europe"
    assert _render(LOCATIONS, "table", "[].name")[0] == "West US\nNorth Europe"
    table = _render(LOCATIONS, "table", "[].{region: name, services: available_services}")[0]
    assert table.splitlines() == [
        "REGION        SERVICES",
        "West US       Compute, Storage",
        "North Europe  Compute",
    ]
    assert _render(LOCATIONS, "text", "[?name=='West US'] | [0].display_name")[0] == "West US"


def test_text_and_tsv_rows() -> None:
    text, _ = _render(LOCATIONS, "text")
    assert text.splitlines() == [
        "West US\tWest US\tCompute, Storage",
        "North Europe\tNorth Europe\tCompute",
    ]
    tsv, _ = _render(LOCATIONS, "tsv")
    assert tsv.splitlines()[0] == "NAME\tDISPLAY NAME\tAVAILABLE SERVICES"
    assert tsv.splitlines()[1:] == text.splitlines()


def _services() -> list[HostedService]:
    long = "a description long enough to be shortened on a narrow terminal " * 2
    return [
        HostedService(
            service_name=f"service-with-a-long-name-{i}",
            url=f"https://management.example/services/hostedservices/svc{i}",
            hosted_service_properties=HostedServiceProperties(
                label=long, location="West US", status="Created", description=long
            ),
        )
        for i in range(3)
    ]


def test_table_columns_are_the_specs_and_complete_in_a_pipe() -> None:
    assert TABLE_COLUMNS["HostedService"][0] == "service_name"
    text, err = _render(_services(), "table")
    assert err == ""  # nothing hidden, nothing to say
    header, *rows = text.splitlines()
    assert header.split("  ")[0] == "SERVICE NAME"
    assert "LABEL" in header and "LOCATION" in header and "STATUS" in header
    assert "DESCRIPTION" not in header and "URL" not in header  # not among the declared columns
    assert "…" not in text and all("a description long enough" in row for row in rows)
    # text and tsv are every column, the declared ones first.
    tsv = _render(_services(), "tsv")[0].splitlines()[0].split("\t")
    assert tsv[:5] == ["SERVICE NAME", "LABEL", "LOCATION", "AFFINITY GROUP", "STATUS"]
    assert "URL" in tsv and "DESCRIPTION" in tsv


def test_table_is_fitted_to_a_terminal() -> None:
    text, err = _render(_services(), "table", width=70)
    lines = text.splitlines()
    assert all(len(line) <= 70 for line in lines), lines
    assert "…" in text  # long labels shortened
    assert [line.split()[0] for line in lines[1:]] == [
        f"service-with-a-long-name-{i}"
        for i in range(3)  # names never shortened
    ]
    assert err == ""
    text, err = _render(_services(), "table", width=40)
    assert all(len(line) <= 40 for line in text.splitlines()) or "more column" in err


def test_a_page_is_its_items_and_the_token_goes_to_stderr() -> None:
    page = SubscriptionOperationCollection(
        subscription_operations=[
            SubscriptionOperation(operation_id="op1", operation_name="CreateHostedService"),
            SubscriptionOperation(operation_id="op2", operation_name="DeleteHostedService"),
        ],
        continuation_token="TOKEN",
    )
    text, err = _render(page, "table")
    assert [line.split()[:2] for line in text.splitlines()[1:]] == [
        ["op1", "CreateHostedService"],
        ["op2", "DeleteHostedService"],
    ]
    assert err == "(next page: --continuation-token TOKEN)\n"
    assert json.loads(_render(page, "json")[0])["continuation_token"] == "TOKEN"


def test_nested_lists_are_tables_of_their_own() -> None:
    service = HostedService(
        service_name="svc",
        hosted_service_properties=HostedServiceProperties(label="l", location="West US"),
        deployments=[
            Deployment(name="d1", deployment_slot="Production", status="Running"),
            Deployment(name="d2", deployment_slot="Staging", status="Suspended"),
        ],
    )
    text, _ = _render(service, "table")
    assert "[0]" not in text
    fields, deployments = text.split("\n\n")
    assert fields.splitlines()[0].split() == ["FIELD", "VALUE"]
    assert "hosted_service_properties.location  West US" in fields
    lines = deployments.splitlines()
    assert lines[0] == "deployments:"
    assert lines[1].split()[:3] == ["NAME", "DEPLOYMENT", "SLOT"]
    assert lines[2].split()[:3] == ["d1", "Production", "Running"]


def test_os_images_in_a_pipe_show_every_declared_column(asm_cli: Run) -> None:
    status, out, err = asm_cli("os-image", "list")
    assert status == 0 and err == ""
    header = out.splitlines()[0]
    assert header.split("  ")[0] == "NAME"
    for column in ("OS", "CATEGORY", "LABEL", "LOGICAL SIZE IN GB", "PUBLISHED DATE"):
        assert column in header
    status, names, _ = asm_cli("os-image", "list", "--query", "[].name", "--output", "tsv")
    assert status == 0
    assert [line.split("  ")[0] for line in out.splitlines()[1:]] == names.splitlines()


def test_feeds_show_their_entries(asm_cli: Run) -> None:
    assert asm_cli("-q", "namespace", "create", "clinamespace1", "--region", "West US")[0] == 0
    status, out, err = asm_cli("namespace", "list")
    assert status == 0, err
    header, row = out.splitlines()
    assert header.split() == ["NAME", "REGION", "STATUS", "CREATED", "AT"]
    assert row.split()[:3] == ["clinamespace1", "West", "US"]
    status, out, _ = asm_cli("namespace", "get", "clinamespace1")
    assert "region  " in out and "content." not in out and "\nid " not in out
    # A query sees the answer as the SDK returns it: the namespaces the feed's entries hold.
    status, out, _ = asm_cli("namespace", "list", "--query", "[].name", "-o", "text")
    assert out == "clinamespace1\n"


def test_pages_show_their_items(asm_cli: Run) -> None:
    assert (
        asm_cli(
            "-q", "hosted-service", "create", "clisvc", "--label", "l", "--location", "West US"
        )[0]
        == 0
    )
    now = datetime.now(UTC)
    status, out, err = asm_cli(
        "subscription-operation",
        "list",
        "--start-time",
        f"{now - timedelta(days=1):%Y-%m-%dT%H:%M:%SZ}",
        "--end-time",
        f"{now + timedelta(days=1):%Y-%m-%dT%H:%M:%SZ}",
    )
    assert status == 0, err
    assert "subscription_operations[" not in out
    header, *rows = out.splitlines()
    assert header.split()[:3] == ["OPERATION", "ID", "OPERATION"]
    assert any("CreateHostedService" in row for row in rows)


def _read_all(fd: int) -> bytes:
    data = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other side closed (EIO on Linux)
            break
        if not chunk:
            break
        data += chunk
    return data


def _on_a_terminal(
    emulator: AsmEmulator, tmp_path: Path, columns: int, *argv: str
) -> tuple[list[str], str]:
    """Run the `asm` console script with its stdout on a terminal `columns` wide."""
    asm = Path(sys.executable).with_name("asm")
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {**os.environ, **emulator.environment(), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("COLUMNS", None)
    process = subprocess.Popen([str(asm), *argv], stdout=follower, stderr=subprocess.PIPE, env=env)
    os.close(follower)
    output = _read_all(leader).decode()
    os.close(leader)
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None
    err = process.stderr.read().decode()
    process.stderr.close()
    return [line for line in output.replace("\r", "").splitlines() if line], err


def test_on_a_terminal_the_table_fits_its_width(
    asm_emulator_server: AsmEmulator, tmp_path: Path
) -> None:
    lines, err = _on_a_terminal(asm_emulator_server, tmp_path, 60, "location", "list")
    assert len(lines) > 3
    assert all(len(line) <= 60 for line in lines), lines
    assert lines[0].split("  ")[0] == "NAME" and "AVAILABLE" in lines[0]
    assert "West US" in "\n".join(lines) and "…" in "\n".join(lines)
    assert err == ""

    # OS image names alone are wider than the terminal: every column stays, lines wrap.
    lines, err = _on_a_terminal(asm_emulator_server, tmp_path, 72, "os-image", "list")
    assert "PUBLISHED DATE" in lines[0] and err == ""


def test_the_issues_commands(asm_cli: Run) -> None:
    status, out, err = asm_cli("location", "list", "-o", "text")
    assert status == 0, err
    assert out.splitlines()[0].split("\t")[:2] == ["West Europe", "West Europe"]
    status, out, err = asm_cli("--query", "[].name", "location", "list", "-o", "text")
    assert status == 0, err
    assert out.startswith("West Europe\tNorth Europe\t")
    status, _, err = asm_cli("location", "list", "--query", "[?")
    assert status == 2 and err.startswith("asm: error: --query: not a JMESPath expression")


def test_json_output_is_the_sdks_public_as_dict(
    asm_cli: Run, asm_emulator_server: AsmEmulator
) -> None:
    """`-o json` shows what `as_dict(keep_none=True)` gives: the same attributes, and the
    kind of each configuration set (`configuration_set_type`, a class constant of the typed
    sets that the CLI's own conversion used to leave out)."""
    sms = asm_emulator_server.client
    sms.create_hosted_service("jsonsvc", "json svc", location="West US").result()
    sms.create_virtual_machine_deployment(
        "jsonsvc",
        "jsondep",
        "production",
        "jsondep",
        "vm1",
        LinuxConfigurationSet("vm1host", "azureuser", "Passw0rd!x", True),
        OSVirtualHardDisk(
            "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd",
            "https://mystorageaccount.blob.core.windows.net/vhds/jsonvm.vhd",
        ),
        network_config=NetworkConfigurationSet(
            input_endpoints=[ConfigurationSetInputEndpoint("ssh", "tcp", 22, 22)]
        ),
        role_size="Small",
    ).result()

    status, out, err = asm_cli("hosted-service", "list", "-o", "json")
    assert status == 0, err
    assert json.loads(out) == sms.list_hosted_services().as_dict(keep_none=True)

    status, out, err = asm_cli("role", "get", "jsonsvc", "jsondep", "vm1", "-o", "json")
    assert status == 0, err
    shown = json.loads(out)
    assert shown == sms.get_role("jsonsvc", "jsondep", "vm1").as_dict(keep_none=True)
    assert [s["configuration_set_type"] for s in shown["configuration_sets"]] == [
        "NetworkConfiguration"
    ]
