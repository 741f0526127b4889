"""Fixtures for the reliability tests: an emulator directory made once per session, a running
emulator per test (optionally with faults), clients configured for it, and loopback servers
that misbehave in ways the emulator does not (endless bodies, hostile XML).

Modules named ``test_*_e2e.py`` (and any test using ``emulator``) are marked ``e2e``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm_emulator import EmulatorServer
from azure_asm_emulator.certs import CA_CERT_FILE
from azure_asm_emulator.cli import SUBSCRIPTION_FILE, InitResult, init_directory
from azure_asm_runtime.polling import PollSchedule
from azure_asm_runtime.retry import RetryPolicy

FAST_RETRY = RetryPolicy(max_attempts=6, backoff=0.01, backoff_max=0.1)
FAST_POLL = PollSchedule(0.01, 2.0, 0.1)


@dataclass
class Emulator:
    server: EmulatorServer
    dir: Path
    subscription_id: str
    clients: list[ServiceManagementService] = field(default_factory=list)

    @property
    def cert_path(self) -> Path:
        return self.dir / "mycert.pem"

    @property
    def ca_bundle(self) -> Path:
        return self.dir / CA_CERT_FILE

    def client(self, **options: Any) -> ServiceManagementService:
        """A client of this emulator; fast retries and polling unless told otherwise."""
        options.setdefault("retry", FAST_RETRY)
        options.setdefault("poll_schedule", FAST_POLL)
        options.setdefault("ca_bundle", os.fspath(self.ca_bundle))
        made = ServiceManagementService(
            options.pop("subscription_id", self.subscription_id),
            options.pop("cert_file", os.fspath(self.cert_path)),
            self.server.host,
            **options,
        )
        self.clients.append(made)
        return made

    def close(self) -> None:
        for client in self.clients:
            client.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "emulator" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def _reliability_template(tmp_path_factory: pytest.TempPathFactory) -> InitResult:
    return init_directory(tmp_path_factory.mktemp("reliability-template") / "asm")


@pytest.fixture
def emulator_dir(_reliability_template: InitResult, tmp_path: Path) -> Path:
    target = tmp_path / "asm"
    shutil.copytree(_reliability_template.directory, target)
    return target


@pytest.fixture
def emulator(emulator_dir: Path) -> Iterator[Emulator]:
    """A fresh emulator without faults (operations stay InProgress 0.05 s)."""
    subscription_id = (emulator_dir / SUBSCRIPTION_FILE).read_text(encoding="utf-8").strip()
    server = EmulatorServer(emulator_dir, port=0, operation_delay=0.05)
    server.start()
    running = Emulator(server, emulator_dir, subscription_id)
    try:
        yield running
    finally:
        running.close()
        server.stop()
