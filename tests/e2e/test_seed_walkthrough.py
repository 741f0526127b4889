"""Every seed sample (``examples/seed_walkthrough.py``) runs unchanged against the emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WALKTHROUGH = Path(__file__).resolve().parents[2] / "examples" / "seed_walkthrough.py"


def test_seed_walkthrough(asm_emulator: AsmEmulator) -> None:
    env = dict(os.environ, ASM_DEMO_DIR=str(asm_emulator.dir), **asm_emulator.environment())
    env["PYTHONWARNINGS"] = "default"  # `make demo` shows no warning, even those hidden by default
    completed = subprocess.run(
        [sys.executable, str(WALKTHROUGH)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = completed.stdout
    assert completed.returncode == 0, f"stdout:\n{output}\nstderr:\n{completed.stderr}"
    assert completed.stderr == ""
    lines = output.splitlines()
    # The seed concatenates ('Name: ' + image.name): each value it prints must be there (the
    # walkthrough's f-strings would print a missing one as None).
    assert not [line for line in lines if line.endswith(": None")], output

    # List available locations
    assert "West US" in lines
    assert "Japan West" in lines
    # Cloud services
    assert "Service name: myhostedservice" in lines
    assert "Location: West US" in lines
    # Storage: the account shows at once (status Creating); the delete waits for the create.
    assert any(line.startswith("Operation status: ") for line in lines)
    assert "Service name: mystorageaccount" in lines
    # Operating systems
    assert any(line.startswith("OS: Windows Azure Guest OS") for line in lines)
    assert "Family: Windows Server 2012 R2" in lines
    assert any(line.startswith("Version: WA-GUEST-OS-") for line in lines)
    # OS images
    assert "Name: OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd" in lines
    assert "Category: Public" in lines
    # Virtual machines and the captured image
    assert any(line.startswith("deployment myvm: ") for line in lines)
    assert any(line.startswith("VM images: ") and "vm1image" in line for line in lines)
    assert lines[-1] == "walkthrough complete"
