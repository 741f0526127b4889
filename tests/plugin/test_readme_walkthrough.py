"""The README's walkthrough, run as a new user would (issue 17's "done when"): its shell steps
and files, as written, in a fresh project directory, against the installed package.

The README marks each step with ``<!-- walkthrough: NAME -->`` before its code block: ``shell``
blocks are run line by line with bash (a line ending in ``&`` in the background, as the shell
would), any other name is a file written into the current directory. Only three things differ
from a user's terminal: ``pip install`` is not run (the package under test is the one installed
in this interpreter's environment, whose ``bin`` comes first on ``PATH``), the emulator's port
8443 becomes a free one (agents and CI share the machine), and ``HOME`` / ``XDG_CONFIG_HOME``
are the test's own, with no ``AZURE_ASM_*`` variable inherited.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

README = Path(__file__).resolve().parents[2] / "README.md"
STEP = re.compile(r"<!-- walkthrough: (\S+) -->\n```\w*\n(.*?)```", re.DOTALL)
README_PORT = "8443"


def steps() -> list[tuple[str, str]]:
    return STEP.findall(README.read_text(encoding="utf-8"))


def shell_lines(block: str) -> list[str]:
    """Commands of a shell block: continuation lines joined, blank lines dropped."""
    return [line for line in block.replace("\\\n", " ").splitlines() if line.strip()]


def free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def wait_for_port(port: str, server: subprocess.Popen[str], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the emulator exited with status {server.returncode}")
        try:
            socket.create_connection(("127.0.0.1", int(port)), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


def test_the_walkthrough_has_the_steps_issue_17_asks_for() -> None:
    found = steps()
    names = [name for name, _ in found]
    assert names.count("shell") >= 3 and {"provision.py", "test_provision.py"} <= set(names)
    text = "\n".join(body for _, body in found)
    for needed in (
        "pip install",
        "asm configure --profile",  # profiles
        "AZURE_ASM_PROFILE",
        "get_waiter(",  # waiters
        "Stubber(",  # the Stubber
        "@given",  # Hypothesis with the session emulator
        "asm_emulator_session",
        "python -m pytest",
    ):
        assert needed in text, needed


def test_the_readme_walkthrough_runs_as_written(tmp_path: Path) -> None:
    port = free_port()
    home = tmp_path / "home"
    home.mkdir()
    bin_dir = Path(sys.executable).parent
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_ASM_", "AZURE_MANAGE"))}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("PYTHONPATH", None)  # the project sees the installed package only
    cwd = tmp_path
    servers: list[subprocess.Popen[str]] = []
    outputs: list[str] = []
    try:
        for name, body in steps():
            body = body.replace(README_PORT, port)
            if name != "shell":
                (cwd / name).write_text(body, encoding="utf-8")
                continue
            for line in shell_lines(body):
                command = line.split("#", 1)[0].strip() if " #" in line else line.strip()
                if command.startswith("pip install"):
                    continue
                if command.endswith("&"):
                    # Its output goes to a file: a pipe nobody reads would fill and stall it.
                    with (tmp_path / "server.log").open("w") as log:
                        server = subprocess.Popen(
                            ["bash", "-c", "exec " + command[:-1].strip()],
                            cwd=cwd,
                            env=env,
                            stdout=log,
                            stderr=subprocess.STDOUT,
                            text=True,
                        )
                    servers.append(server)
                    wait_for_port(port, server)
                    continue
                where = tmp_path / ".cwd"
                done = subprocess.run(
                    ["bash", "-c", f"set -e; {command}; pwd > {shlex.quote(str(where))}"],
                    cwd=cwd,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=240,
                    check=False,
                )
                assert done.returncode == 0, (
                    f"{command}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
                )
                outputs.append(done.stdout)
                cwd = Path(where.read_text().strip())
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)

    assert cwd.name == "myproject"
    assert (cwd / "asm" / "ca.pem").exists()
    config = (home / ".config" / "azure-asm" / "config").read_text()
    assert "[profile emulator]" in config and f"127.0.0.1:{port}" in config
    # The script, run with the profile: the account's endpoints, one per line.
    script = next(out for out in outputs if "mysvcdata" in out)
    assert all(line.startswith("https://mysvcdata.") for line in script.splitlines()), script
    # Its tests: every one of them ran and passed.
    assert re.search(r"\b4 passed\b", outputs[-1]), outputs[-1]
    assert "failed" not in outputs[-1] and "error" not in outputs[-1]
