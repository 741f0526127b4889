"""Shared helpers of the command line's tests: run `asm` in-process against the emulator."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from azure_asm_cli.app import main
from azure_asm_emulator.testing import AsmEmulator

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def asm_cli(asm_emulator_server: AsmEmulator, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Run `asm ARGS...` through its entry point with the emulator's environment (and a config
    folder of its own, so no real profile is read); returns (status, stdout, stderr)."""
    home = tmp_path_factory.mktemp("config-home")

    def run(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        environ = {"XDG_CONFIG_HOME": str(home), **asm_emulator_server.environment()}
        if env is not None:
            environ = {"XDG_CONFIG_HOME": str(home), **env}
        status = main(list(argv), environ=environ, out=out, err=err)
        return status, out.getvalue(), err.getvalue()

    return run
