"""Fixtures for end-to-end tests: a real emulator over HTTPS and the generated client.

``asm_emulator`` (function scope): a fresh ``EmulatorServer`` on a free port with empty state,
serving ``handlers.default_routers()``, over a private copy of an emulator directory that was
initialised once per session with ``azure_asm_emulator.cli.init_directory`` (what
``asm-emulator init`` does; RSA key generation is the only slow part, so it is done once).
Operations stay ``InProgress`` 0.05 s. The yielded ``AsmEmulator`` has ``.server``, ``.dir``,
``.subscription_id``, ``.cert_path``, ``.ca_bundle`` and ``.client`` (a
``ServiceManagementService`` pointed at the server), plus ``new_client(...)``,
``add_subscription()`` and ``environment()``.

``seed_env``: ``AZURE_ASM_HOST`` / ``AZURE_ASM_CA_BUNDLE`` set (via monkeypatch) so that code
written like the seed, ``ServiceManagementService(subscription_id, certificate_path)``, reaches
the emulator; yields the same ``AsmEmulator``.

``unregistered_cert``: the path of a self-signed management certificate (PEM) registered
nowhere, for 403 ``ForbiddenError`` tests.

Every test in ``tests/e2e`` is marked ``e2e`` automatically.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from azure_asm import ServiceManagementService
from azure_asm_emulator import EmulatorServer
from azure_asm_emulator.certs import CA_CERT_FILE, create_management_certificate
from azure_asm_emulator.cli import SUBSCRIPTION_FILE, InitResult, init_directory

OPERATION_DELAY = 0.05


@dataclass
class AsmEmulator:
    """A running emulator and a client configured for it."""

    server: EmulatorServer
    dir: Path
    subscription_id: str
    cert_path: Path
    client: ServiceManagementService
    _clients: list[ServiceManagementService] = field(default_factory=list, repr=False)

    @property
    def ca_bundle(self) -> Path:
        return self.dir / CA_CERT_FILE

    @property
    def host(self) -> str:
        return self.server.host

    def environment(self) -> dict[str, str]:
        """``AZURE_ASM_HOST`` and ``AZURE_ASM_CA_BUNDLE`` for this server."""
        return self.server.environment(self.ca_bundle)

    def new_client(
        self,
        subscription_id: str | None = None,
        cert_path: str | os.PathLike[str] | None = None,
        **kwargs: object,
    ) -> ServiceManagementService:
        """Another client of this server (another subscription or certificate); closed after."""
        client = ServiceManagementService(
            subscription_id or self.subscription_id,
            os.fspath(cert_path or self.cert_path),
            host=self.host,
            ca_bundle=os.fspath(self.ca_bundle),
            **kwargs,  # type: ignore[arg-type]
        )
        self._clients.append(client)
        return client

    def add_subscription(self, basename: str | None = None) -> ServiceManagementService:
        """A new subscription with its own management certificate, and a client for it."""
        subscription_id = str(uuid.uuid4())
        name = basename or f"sub-{subscription_id[:8]}"
        cert = create_management_certificate(self.dir, name, basename=name)
        self.server.register_certificate(subscription_id, cert.der, persist=False)
        return self.new_client(subscription_id, cert.pem_path)

    def close(self) -> None:
        for client in [self.client, *self._clients]:
            close = getattr(client.transport, "close", None)
            if close is not None:
                close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def _e2e_template(tmp_path_factory: pytest.TempPathFactory) -> InitResult:
    """An emulator directory initialised once per session, as ``asm-emulator init`` does."""
    return init_directory(tmp_path_factory.mktemp("e2e-template") / "asm")


@pytest.fixture
def asm_emulator_dir(_e2e_template: InitResult, tmp_path: Path) -> Path:
    """A private copy of the initialised directory (registrations made by a test stay there)."""
    target = tmp_path / "asm"
    shutil.copytree(_e2e_template.directory, target)
    return target


@pytest.fixture
def asm_emulator(asm_emulator_dir: Path) -> Iterator[AsmEmulator]:
    """A fresh emulator (empty state, default routers) and a client of its subscription."""
    subscription_id = (asm_emulator_dir / SUBSCRIPTION_FILE).read_text(encoding="utf-8").strip()
    cert_path = asm_emulator_dir / "mycert.pem"
    server = EmulatorServer(asm_emulator_dir, port=0, operation_delay=OPERATION_DELAY)
    server.start()
    client = ServiceManagementService(
        subscription_id,
        os.fspath(cert_path),
        host=f"127.0.0.1:{server.port}",
        ca_bundle=os.fspath(asm_emulator_dir / CA_CERT_FILE),
    )
    emulator = AsmEmulator(server, asm_emulator_dir, subscription_id, cert_path, client)
    try:
        yield emulator
    finally:
        emulator.close()
        server.stop()


@pytest.fixture
def seed_env(asm_emulator: AsmEmulator, monkeypatch: pytest.MonkeyPatch) -> AsmEmulator:
    """Point ``ServiceManagementService(subscription_id, certificate_path)`` at the emulator."""
    for name, value in asm_emulator.environment().items():
        monkeypatch.setenv(name, value)
    return asm_emulator


@pytest.fixture(scope="session")
def unregistered_cert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed management certificate (key + certificate PEM) registered nowhere."""
    cert = create_management_certificate(
        tmp_path_factory.mktemp("e2e-stranger"), "a stranger", basename="stranger"
    )
    return cert.pem_path
