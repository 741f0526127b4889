"""`asm --version` and shell completion (argcomplete), through the installed console script."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest

ASM = Path(sys.executable).with_name("asm")


def _asm(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ASM), *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})},
        timeout=60,
    )


def test_version() -> None:
    done = _asm("--version")
    assert done.returncode == 0, done.stderr
    match = re.fullmatch(r"asm (\S+) \(azure-asm (\S+), python (\S+)\)\n", done.stdout)
    assert match is not None, done.stdout
    assert match.group(1) == match.group(2) != "unknown"
    assert match.group(3) == platform.python_version()


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete "), ("zsh", "#compdef asm"), ("fish", "complete --command asm")],
)
def test_completion_prints_the_activation_script(shell: str, marker: str) -> None:
    done = _asm("completion", shell)
    assert done.returncode == 0, done.stderr
    assert marker in done.stdout and "_ARGCOMPLETE" in done.stdout


def _complete(line: str, tmp_path: Path) -> list[str]:
    """What the shell would be offered for ``line`` (argcomplete's protocol, as the
    activation script drives it)."""
    answer = tmp_path / "completions"
    done = _asm(
        env={
            "_ARGCOMPLETE": "1",
            "_ARGCOMPLETE_IFS": "\n",
            "_ARGCOMPLETE_STDOUT_FILENAME": str(answer),
            "COMP_LINE": line,
            "COMP_POINT": str(len(line)),
            "COMP_TYPE": "9",
        }
    )
    assert done.returncode == 0, done.stderr
    return answer.read_text(encoding="utf-8").split("\n")


def test_completion_offers_groups_commands_and_flags(tmp_path: Path) -> None:
    assert "hosted-service" in _complete("asm hosted-se", tmp_path)[0]
    commands = _complete("asm storage-account ", tmp_path)
    assert {"create", "list", "get-keys"} <= {c.strip() for c in commands}
    flags = _complete("asm hosted-service create --loc", tmp_path)
    assert [f.strip() for f in flags] == ["--location"]


def test_completion_offers_the_emulator_commands_and_their_options(tmp_path: Path) -> None:
    assert [c.strip() for c in _complete("asm emul", tmp_path)] == ["emulator"]
    assert {"init", "serve"} <= {c.strip() for c in _complete("asm emulator ", tmp_path)}
    faults = {c.strip() for c in _complete("asm emulator serve --fault-", tmp_path)}
    assert {"--fault-error-rate", "--fault-fail-operation"} <= faults
    assert [c.strip() for c in _complete("asm emulator init --sub", tmp_path)] == [
        "--subscription-id"
    ]
