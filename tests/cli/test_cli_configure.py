"""Profiles: `asm configure` writes them (from flags or by asking on stdin), commands read
them (`--profile`, `AZURE_ASM_PROFILE`), and flags win over the environment, which wins over
the profile. `--max-attempts` / `AZURE_ASM_MAX_ATTEMPTS` bound the retries. No secret is
ever written."""

from __future__ import annotations

import configparser
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from azure_asm_emulator.testing import AsmEmulator
from tests.cli.conftest import Run

ASM = Path(sys.executable).with_name("asm")
OTHER_SUBSCRIPTION = "00000000-0000-0000-0000-000000000001"


def _asm(
    *argv: str, config_home: Path, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """The console script, with no AZURE_ASM_* variable but those of ``env``."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("AZURE_ASM_")}
    return subprocess.run(
        [str(ASM), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env={**base, "XDG_CONFIG_HOME": str(config_home), **(env or {})},
        timeout=60,
    )


def _config(config_home: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    assert parser.read(config_home / "azure-asm" / "config", encoding="utf-8")
    return parser


def test_configure_from_flags_then_use_the_profile(
    asm_emulator_server: AsmEmulator, asm_cli: Run, tmp_path: Path
) -> None:
    emulator = asm_emulator_server
    done = _asm(
        "configure",
        "--profile",
        "emu",
        "--subscription-id",
        emulator.subscription_id,
        "--cert",
        str(emulator.cert_path),
        "--host",
        emulator.host,
        "--ca-bundle",
        str(emulator.ca_bundle),
        "--max-attempts",
        "2",
        "--output",
        "json",
        config_home=tmp_path,
        env={"AZURE_ASM_CERT_PASSWORD": "not-to-be-written"},
    )
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "azure-asm" / "config").read_text(encoding="utf-8")
    assert "not-to-be-written" not in written and "password" not in written
    assert dict(_config(tmp_path)["profile emu"]) == {
        "subscription_id": emulator.subscription_id,
        "cert_file": str(Path(emulator.cert_path).resolve()),
        "host": emulator.host,
        "ca_bundle": str(Path(emulator.ca_bundle).resolve()),
        "max_attempts": "2",
        "output": "json",
    }

    config = {"XDG_CONFIG_HOME": str(tmp_path)}
    status, out, err = asm_cli("--profile", "emu", "location", "list", env=config)
    assert status == 0, err
    assert out.lstrip().startswith("[")  # the profile's output format
    status, out, err = asm_cli("location", "list", env={**config, "AZURE_ASM_PROFILE": "emu"})
    assert status == 0 and out.lstrip().startswith("[")
    # The default profile does not exist: nothing configured.
    status, _, err = asm_cli("location", "list", env=config)
    assert status == 2 and "no credentials" in err and "asm configure" in err
    status, _, err = asm_cli("--profile", "nope", "location", "list", env=config)
    assert status == 2 and "profile 'nope' is not in" in err

    # Precedence: the environment wins over the profile, a flag over the environment.
    wrong = {**config, "AZURE_ASM_PROFILE": "emu", "AZURE_ASM_SUBSCRIPTION_ID": OTHER_SUBSCRIPTION}
    assert asm_cli("location", "list", env=wrong)[0] == 1  # 403: not this subscription
    status, _, _ = asm_cli(
        "location", "list", "--subscription-id", emulator.subscription_id, env=wrong
    )
    assert status == 0
    status, out, _ = asm_cli(
        "location",
        "list",
        "-o",
        "tsv",
        env={
            **wrong,
            "AZURE_ASM_OUTPUT": "text",
            "AZURE_ASM_SUBSCRIPTION_ID": emulator.subscription_id,
        },
    )
    assert status == 0 and out.startswith("NAME\t")

    listed = _asm(
        "configure",
        "--list",
        "--profile",
        "emu",
        config_home=tmp_path,
        env={"AZURE_ASM_HOST": "elsewhere:1"},
    )
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split()[1:] for line in listed.stdout.splitlines()[1:]}
    assert rows["profile"] == ["emu", "--profile"]
    assert rows["host"] == ["elsewhere:1", "AZURE_ASM_HOST"]
    assert rows["max_attempts"][1].endswith("azure-asm/config")


def test_configure_asks_on_stdin(tmp_path: Path) -> None:
    cert = tmp_path / "my cert.pem"
    cert.write_text("not checked here\n", encoding="utf-8")
    answers = "\n".join(
        [
            "11111111-2222-3333-4444-555555555555",  # subscription
            str(cert),  # certificate
            "",  # publish settings: none
            "127.0.0.1:8443",  # host
            "",  # CA bundle: the system's
            "zero",  # max attempts: refused, asked again
            "3",
            "yaml",  # output: refused, asked again
            "tsv",
        ]
    )
    done = _asm("configure", config_home=tmp_path, stdin=answers + "\n")
    assert done.returncode == 0, done.stderr
    assert "is not a number of attempts" in done.stderr and "is not one of" in done.stderr
    assert dict(_config(tmp_path)["default"]) == {
        "subscription_id": "11111111-2222-3333-4444-555555555555",
        "cert_file": str(cert.resolve()),
        "host": "127.0.0.1:8443",
        "max_attempts": "3",
        "output": "tsv",
    }
    # Enter keeps what is shown, "-" removes it; the end of input keeps the rest.
    done = _asm("configure", config_home=tmp_path, stdin="\n\n\n-\n")
    assert done.returncode == 0, done.stderr
    assert "Subscription id [11111111-2222-3333-4444-555555555555]: " in done.stderr
    profile = dict(_config(tmp_path)["default"])
    assert "host" not in profile and profile["max_attempts"] == "3"


def test_a_password_in_the_config_file_is_refused(asm_cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "azure-asm"
    folder.mkdir()
    (folder / "config").write_text(
        "[default]\ncert_file = /x.pem\ncert_password = hunter2\n", encoding="utf-8"
    )
    status, _, err = asm_cli("location", "list", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert status == 2 and "unknown key cert_password" in err and "hunter2" not in err


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port


def test_max_attempts_from_flag_environment_and_profile(
    asm_emulator_server: AsmEmulator, asm_cli: Run, refused_port: int, tmp_path: Path
) -> None:
    env = {
        **asm_emulator_server.environment(),
        "AZURE_ASM_HOST": f"127.0.0.1:{refused_port}",
    }
    logger = logging.getLogger("azure_asm")
    handlers, level = list(logger.handlers), logger.level

    def retries(*argv: str, extra: dict[str, str]) -> int:
        try:
            status, _, err = asm_cli("--debug", *argv, "location", "list", env={**env, **extra})
        finally:
            logger.handlers[:] = handlers
            logger.setLevel(level)
        assert status == 1, err
        return err.count("retrying in")

    assert retries("--max-attempts", "1", extra={}) == 0
    assert retries(extra={"AZURE_ASM_MAX_ATTEMPTS": "2"}) == 1
    assert retries("--max-attempts", "1", extra={"AZURE_ASM_MAX_ATTEMPTS": "2"}) == 0
    folder = tmp_path / "azure-asm"
    folder.mkdir()
    (folder / "config").write_text("[default]\nmax_attempts = 2\n", encoding="utf-8")
    assert retries(extra={"XDG_CONFIG_HOME": str(tmp_path)}) == 1

    status, _, err = asm_cli("location", "list", env={**env, "AZURE_ASM_MAX_ATTEMPTS": "0"})
    assert status == 2 and err == (
        "asm: error: AZURE_ASM_MAX_ATTEMPTS: '0' is not a number of attempts (1 or more)\n"
    )


def test_a_bad_output_setting_names_its_source(asm_cli: Run, tmp_path: Path) -> None:
    status, _, err = asm_cli("location", "list", env={"AZURE_ASM_OUTPUT": "yaml"})
    assert status == 2
    assert err == "asm: error: AZURE_ASM_OUTPUT: 'yaml' is not one of: table, json, text, tsv\n"
