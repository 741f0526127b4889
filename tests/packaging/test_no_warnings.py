"""Importing the SDK and asking the command line for help print nothing on stderr, not even the
warnings Python shows only when asked (-W default): a user's script must stay quiet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

QUIET = {**os.environ, "PYTHONWARNINGS": "default"}


def test_importing_every_package_warns_nothing(tmp_path: Path) -> None:
    imports = "import azure_asm, azure_asm_runtime.certificates, azure_asm_runtime.transport, "
    imports += "azure_asm_emulator.cli, azure_asm_emulator.server, azure_asm_cli.app"
    run = subprocess.run(
        [sys.executable, "-c", imports], capture_output=True, text=True, cwd=tmp_path, env=QUIET
    )
    assert run.returncode == 0
    assert run.stderr == ""


def test_asm_help_warns_nothing(tmp_path: Path) -> None:
    asm = Path(sys.executable).parent / "asm"
    run = subprocess.run([asm, "--help"], capture_output=True, text=True, cwd=tmp_path, env=QUIET)
    assert run.returncode == 0
    assert "hosted-service" in run.stdout
    assert run.stderr == ""
