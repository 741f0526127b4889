"""Fixtures for the emulator tests: an initialised directory, running servers, TLS clients."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from azure_asm_emulator import EmulatorServer, ManualClock
from azure_asm_emulator.certs import ManagementCertificate, create_management_certificate
from azure_asm_emulator.cli import InitResult, init_directory
from tests.emulator.asm_emulator_testlib import (
    SUBSCRIPTION,
    AsmTestClient,
    build_test_router,
    client_context,
)


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> InitResult:
    """An initialised emulator directory, made once (RSA key generation is the slow part)."""
    return init_directory(tmp_path_factory.mktemp("template") / "asm", SUBSCRIPTION)


@pytest.fixture
def emulator_dir(template_dir: InitResult, tmp_path: Path) -> Path:
    """A private copy of the template directory, so that registrations do not leak."""
    target = tmp_path / "asm"
    shutil.copytree(template_dir.directory, target)
    return target


@pytest.fixture(scope="session")
def other_cert(tmp_path_factory: pytest.TempPathFactory) -> ManagementCertificate:
    """Another self-signed management certificate, registered nowhere."""
    return create_management_certificate(
        tmp_path_factory.mktemp("other"), "someone else", basename="other"
    )


@pytest.fixture
def make_server(emulator_dir: Path) -> Iterator[Callable[..., EmulatorServer]]:
    """Factory of started servers (with the test routes), all stopped after the test."""
    servers: list[EmulatorServer] = []

    def make(**kwargs: Any) -> EmulatorServer:
        kwargs.setdefault("operation_delay", 0.05)
        kwargs.setdefault("routers", [build_test_router()])
        server = EmulatorServer(emulator_dir, **kwargs).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def server(make_server: Callable[..., EmulatorServer]) -> EmulatorServer:
    """A running server on a free port, real clock, 0.05 s operations."""
    return make_server()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def manual_server(make_server: Callable[..., EmulatorServer], clock: ManualClock) -> EmulatorServer:
    """A running server whose operations only progress when ``clock`` is advanced."""
    return make_server(clock=clock, operation_delay=1.0)


@pytest.fixture
def make_client(emulator_dir: Path) -> Callable[..., AsmTestClient]:
    """``make_client(server, cert_file=mycert.pem)``; ``cert_file=None`` sends no certificate."""
    default_cert = emulator_dir / "mycert.pem"

    def make(server: EmulatorServer, cert_file: Path | None = default_cert) -> AsmTestClient:
        return AsmTestClient(server, client_context(emulator_dir / "ca.pem", cert_file))

    return make


@pytest.fixture
def client(server: EmulatorServer, make_client: Callable[..., AsmTestClient]) -> AsmTestClient:
    """A client of ``server`` holding the registered management certificate."""
    return make_client(server)


@pytest.fixture
def manual_client(
    manual_server: EmulatorServer, make_client: Callable[..., AsmTestClient]
) -> AsmTestClient:
    """A client of ``manual_server`` holding the registered management certificate."""
    return make_client(manual_server)
