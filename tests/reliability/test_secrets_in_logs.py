"""Point 6 of issue #5: secrets never reach logs, reprs, exception messages or the emulator's
logs. The whole seed walkthrough runs in-process against the emulator with the root logger at
DEBUG (client, urllib3 and emulator alike); the output is searched for every secret."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import runpy
import traceback
import warnings
from pathlib import Path
from typing import Any

import pytest

from azure_asm import LinuxConfigurationSet, ServiceManagementService, StorageServiceKeys
from azure_asm_runtime.errors import AsmError

WALKTHROUGH = Path(__file__).resolve().parents[2] / "examples" / "seed_walkthrough.py"
PASSWORD = "mypassword"  # what the walkthrough gives LinuxConfigurationSet


def pem_key_lines(pem: bytes) -> list[str]:
    """The base64 lines of the private key blocks of a PEM file."""
    lines: list[str] = []
    inside = False
    for line in pem.decode().splitlines():
        if line.startswith("-----BEGIN") and "PRIVATE KEY" in line:
            inside = True
        elif line.startswith("-----END"):
            inside = False
        elif inside and len(line) >= 16:
            lines.append(line)
    return lines


@pytest.fixture
def debug_log() -> Any:
    """Everything logged anywhere at DEBUG, formatted with exception tracebacks."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in ("azure_asm", "azure_asm_emulator", "urllib3"):
        logging.getLogger(name).setLevel(logging.NOTSET)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def test_the_walkthrough_at_debug_leaks_no_secret(
    emulator: Any, debug_log: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        "ASM_DEMO_DIR": os.fspath(emulator.dir),
        "AZURE_ASM_HOST": emulator.server.host,
        "AZURE_ASM_CA_BUNDLE": os.fspath(emulator.ca_bundle),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    # The walkthrough never asks for storage keys; ask for them (at DEBUG, through the same
    # client) just before it deletes its account, and remember them to search for.
    keys: list[str] = []
    reprs: list[str] = []
    original_delete = ServiceManagementService.delete_storage_account

    def delete_after_reading_keys(self: ServiceManagementService, service_name: str) -> Any:
        answer = self.get_storage_account_keys(service_name)
        found = answer.storage_service_keys
        assert found is not None and found.primary and found.secondary
        keys.extend([found.primary, found.secondary])
        reprs.extend([repr(answer), str(answer), repr(found)])
        logging.getLogger("walkthrough").debug("keys answer: %r", answer)
        return original_delete(self, service_name)

    monkeypatch.setattr(
        ServiceManagementService, "delete_storage_account", delete_after_reading_keys
    )
    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        try:
            runpy.run_path(os.fspath(WALKTHROUGH), run_name="__main__")
            failure = None
        except Exception as error:  # searched for secrets too, then reported below
            failure = error
            reprs.append("".join(traceback.format_exception(error)))
    assert len(keys) == 2

    # Reprs and messages of what holds secrets, logged too.
    config = LinuxConfigurationSet("h", "u", PASSWORD, True)
    reprs.extend([repr(config), str(config), repr(StorageServiceKeys(keys[0], keys[1]))])
    try:
        ServiceManagementService(emulator.subscription_id, "CURRENT_USER\\my\\AzureCertificate")
    except AsmError as error:
        reprs.append("".join(traceback.format_exception(error)))

    output = "\n".join(
        [
            debug_log.getvalue(),
            stdout.getvalue(),
            stderr.getvalue(),
            *reprs,
            *(str(w.message) for w in caught),
        ]
    )
    assert "azure_asm_emulator DEBUG" in output and "azure_asm DEBUG" in output
    assert "attempt 1" in output  # the client's per-attempt lines are there
    secrets = {
        "the walkthrough's password": PASSWORD,
        "the primary storage key": keys[0],
        "the secondary storage key": keys[1],
    }
    key_lines = pem_key_lines((emulator.dir / "mycert.pem").read_bytes())
    assert len(key_lines) > 10
    for number, line in enumerate(key_lines):
        secrets[f"line {number} of the private key in mycert.pem"] = line
    leaked = [what for what, secret in secrets.items() if secret in output]
    assert leaked == [], f"found in the DEBUG output: {leaked}"
    # Keys are base64: a leak could also be a re-wrapped or escaped form of their start.
    for key in keys:
        assert key[:24] not in output
    assert failure is None, f"the walkthrough failed: {failure!r}"
    assert stdout.getvalue().rstrip().endswith("walkthrough complete")
