"""`asm emulator serve --fault-fail-operation NAME[=CODE[:MESSAGE]]`, end to end: the served
emulator accepts the named asynchronous operation and makes it end `Failed`, which `asm`
reports with the code and message (exit status 1); other operations are untouched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ASM = Path(sys.executable).with_name("asm")


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AZURE_ASM_")}
    return {**env, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def _asm(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ASM), *argv], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_a_served_emulator_fails_the_named_operation(tmp_path: Path) -> None:
    home = tmp_path / "home"
    base = _env({"XDG_CONFIG_HOME": str(home)})
    folder = tmp_path / "em"
    assert _asm("emulator", "init", str(folder), env=base).returncode == 0
    port_file = tmp_path / "port"
    with (tmp_path / "server.log").open("w") as log:
        server = subprocess.Popen(
            [
                str(ASM),
                "emulator",
                "serve",
                "--dir",
                str(folder),
                "--port-file",
                str(port_file),
                "--operation-delay",
                "0.05",
                "--fault-fail-operation",
                "create_hosted_service=ConflictError:The name is reserved.",
            ],
            env=base,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.05)
        env = _env(
            {
                "XDG_CONFIG_HOME": str(home),
                "AZURE_ASM_HOST": f"127.0.0.1:{port_file.read_text().strip()}",
                "AZURE_ASM_CA_BUNDLE": str(folder / "ca.pem"),
                "AZURE_ASM_SUBSCRIPTION_ID": (folder / "subscription_id").read_text().strip(),
                "AZURE_ASM_CERT_FILE": str(folder / "mycert.pem"),
            }
        )
        failed = _asm(
            "hosted-service", "create", "svc1", "--location", "West US", "--label", "x", env=env
        )
        assert failed.returncode == 1, failed.stderr
        assert "ConflictError" in failed.stderr and "The name is reserved." in failed.stderr

        created = _asm(
            "storage-account",
            "create",
            "store1",
            "--location",
            "West US",
            "--label",
            "x",
            "--description",
            "",
            env=env,
        )
        assert created.returncode == 0, created.stderr
        assert "Succeeded" in created.stdout + created.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)
