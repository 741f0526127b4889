"""`asm --help` and every command's `--help` work, and what they say comes from the spec.

The command line is built from the operation table (`azure_asm.catalog.OPERATIONS`): each
operation is one command whose description is the operation's doc and whose arguments are its
parameters, documented by the spec's parameter docs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from azure_asm.catalog import OPERATIONS
from azure_asm_cli.app import build_parser, main
from azure_asm_cli.wording import help_text
from azure_asm_runtime.catalog import OperationInfo

PARSER = build_parser()


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        PARSER.parse_args([*argv, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_operation_has_a_distinct_command() -> None:
    names = {(info.cli_group, info.cli_command) for info in OPERATIONS.values()}
    assert len(names) == len(OPERATIONS)
    assert all(info.cli_group and info.cli_command for info in OPERATIONS.values())
    assert OPERATIONS["list_hosted_services"].cli_group == "hosted-service"
    assert OPERATIONS["list_hosted_services"].cli_command == "list"
    assert OPERATIONS["create_storage_account"].cli_group == "storage-account"
    assert OPERATIONS["list_vm_images"].cli_group == "vm-image"


def test_top_level_help_lists_every_group(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    for group in {info.cli_group for info in OPERATIONS.values()} | {"emulator"}:
        assert f"\n    {group} " in text or f"\n    {group}\n" in text, group
    assert "--output" in text and "--publish-settings" in text


@pytest.mark.parametrize("info", list(OPERATIONS.values()), ids=lambda info: info.name)
def test_command_help_comes_from_the_spec(
    info: OperationInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _words(_help(capsys, info.cli_group, info.cli_command))
    # The spec's words, with operations and parameters named the command line's way.
    assert _words(help_text(info.doc, info))[:60] in text
    for param in info.param_info:
        if param.doc:
            # argparse re-wraps the text; compare a prefix of the spec's words.
            assert _words(help_text(param.doc, info, param))[:40].replace("%%", "%") in text, (
                param.name
            )
        option = "--" + param.name.replace("_", "-")
        assert option in text or param.name.upper() in text, param.name
    if info.is_async:
        assert "--no-wait" in text


def test_group_help_lists_its_commands(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "storage-account")
    for command in ("create", "list", "get-properties", "get-keys", "delete"):
        assert command in text


def test_arguments_follow_the_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "storage-account", "create")
    assert "SERVICE_NAME" in text  # a resource name: positional
    assert "--location LOCATION" in text
    assert "--extended-properties KEY=VALUE" in text
    assert "Standard_LRS" in text and "Default: Standard_GRS" in _words(text)
    assert "--geo-replication-enabled, --no-geo-replication-enabled" in text
    role = _words(_help(capsys, "role", "add"))
    assert "--system-config JSON" in role
    assert '"type": LinuxConfigurationSet, WindowsConfigurationSet' in role


def test_bad_usage_exits_2_with_argparse_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["storage-account", "create"], environ={}) == 2
    assert "required" in capsys.readouterr().err
    assert main(["no-such-group"], environ={}) == 2


def test_emulator_commands_are_reached(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["emulator", "--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    assert "init" in text and "serve" in text


def test_the_console_script(tmp_path: Path) -> None:
    asm = Path(sys.executable).with_name("asm")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "COLUMNS": "100"}
    top = subprocess.run(
        [str(asm), "--help"], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert "hosted-service" in top.stdout and "emulator" in top.stdout
    init = subprocess.run(
        [str(asm), "--debug", "emulator", "init", str(tmp_path / "em")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "em" / "mycert.pem").exists()
