"""`asm emulator init` prints every export a shell needs to reach the emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_init_prints_every_export(tmp_path: Path) -> None:
    asm = Path(sys.executable).with_name("asm")
    target = tmp_path / "em"
    done = subprocess.run(
        [str(asm), "emulator", "init", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=60,
        check=True,
    )
    exports = dict(
        line.removeprefix("export ").split("=", 1)
        for line in done.stdout.splitlines()
        if line.startswith("export ")
    )
    subscription = (target / "subscription_id").read_text(encoding="utf-8").strip()
    assert exports == {
        "AZURE_ASM_HOST": "127.0.0.1:PORT",
        "AZURE_ASM_CA_BUNDLE": str(target.resolve() / "ca.pem"),
        "AZURE_ASM_SUBSCRIPTION_ID": subscription,
        "AZURE_ASM_CERT_FILE": str(target.resolve() / "mycert.pem"),
    }
    assert Path(exports["AZURE_ASM_CERT_FILE"]).is_file()
