"""Running the emulator from tests, with or without pytest.

``running_emulator(template_dir)`` copies an initialised emulator directory (``asm-emulator
init``, or ``init_directory``) to a private folder, starts an ``EmulatorServer`` on a free port
over it and yields an ``AsmEmulator``: the server, its directory and subscription, and a
``ServiceManagementService`` client configured for it. Everything is stopped and closed on
exit. The pytest plugin (``azure_asm_emulator.pytest_plugin``) builds its fixtures on it::

    from azure_asm_emulator.cli import init_directory
    from azure_asm_emulator.testing import running_emulator

    template = init_directory("/tmp/asm-template")      # once: RSA key generation is slow
    with running_emulator(template.directory) as emulator:
        emulator.client.create_hosted_service("svc", "label", location="West US").result()

One emulator can serve many tests: ``emulator.reset()`` forgets every resource and operation
and the fault configuration without restarting anything, and ``with emulator.fresh() as
client:`` resets around a block (one example of a Hypothesis ``@given`` test, say).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from azure_asm import ServiceManagementService

from .certs import CA_CERT_FILE, MANAGEMENT_PEM_FILE, create_management_certificate
from .cli import SUBSCRIPTION_FILE
from .faults import FaultConfig
from .server import EmulatorServer

__all__ = ["AsmEmulator", "running_emulator"]

#: How long asynchronous operations stay InProgress in tests unless told otherwise (seconds).
TEST_OPERATION_DELAY = 0.05


@dataclass
class AsmEmulator:
    """A running emulator and a client of its subscription."""

    server: EmulatorServer
    dir: Path
    subscription_id: str
    cert_path: Path
    client: ServiceManagementService
    operation_delay: float = TEST_OPERATION_DELAY
    """What `reset` sets ``server.operation_delay`` back to."""
    _clients: list[ServiceManagementService] = field(default_factory=list, repr=False)

    @property
    def ca_bundle(self) -> Path:
        """The CA certificate the client trusts (``AZURE_ASM_CA_BUNDLE``)."""
        return self.dir / CA_CERT_FILE

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT`` (``AZURE_ASM_HOST``)."""
        return self.server.host

    def environment(self) -> dict[str, str]:
        """The environment that points the SDK and the ``asm`` CLI at this emulator:
        ``AZURE_ASM_HOST``, ``AZURE_ASM_CA_BUNDLE``, ``AZURE_ASM_SUBSCRIPTION_ID`` and
        ``AZURE_ASM_CERT_FILE``."""
        return {
            **self.server.environment(self.ca_bundle),
            "AZURE_ASM_SUBSCRIPTION_ID": self.subscription_id,
            "AZURE_ASM_CERT_FILE": os.fspath(self.cert_path),
        }

    def new_client(
        self,
        subscription_id: str | None = None,
        cert_path: str | os.PathLike[str] | None = None,
        **options: object,
    ) -> ServiceManagementService:
        """Another client of this emulator (other subscription, certificate or options)."""
        client = ServiceManagementService(
            subscription_id or self.subscription_id,
            os.fspath(cert_path or self.cert_path),
            host=self.host,
            ca_bundle=os.fspath(self.ca_bundle),
            **options,  # type: ignore[arg-type]
        )
        self._clients.append(client)
        return client

    def add_subscription(self, name: str | None = None) -> ServiceManagementService:
        """A new subscription with a management certificate of its own, and a client of it."""
        subscription_id = str(uuid.uuid4())
        basename = name or f"sub-{subscription_id[:8]}"
        cert = create_management_certificate(self.dir, basename, basename=basename)
        self.server.register_certificate(subscription_id, cert.der, persist=False)
        return self.new_client(subscription_id, cert.pem_path)

    def reset(self) -> None:
        """Empty the emulator, as if it had just started, without restarting it: every
        resource and operation of every subscription is forgotten, fault injection is turned
        off and the operation delay is set back. Management certificates (and so the
        subscriptions of `add_subscription`) stay registered."""
        self.server.state.reset()
        self.server.faults = FaultConfig()
        self.server.operation_delay = self.operation_delay

    @contextmanager
    def fresh(
        self,
        *,
        operation_delay: float | None = None,
        fail_operations: Mapping[str, tuple[str, str]] | Collection[str] = (),
    ) -> Iterator[ServiceManagementService]:
        """`reset`, configure, yield the client, and `reset` again on the way out: one
        isolated use of a shared emulator (a test, or one example of a ``@given`` test).
        ``fail_operations`` are asynchronous operations to end ``Failed``
        (``FaultConfig.fail_operations``)."""
        self.reset()
        try:
            if operation_delay is not None:
                self.server.operation_delay = operation_delay
            if fail_operations:
                self.server.set_faults(fail_operations=fail_operations)
            yield self.client
        finally:
            self.reset()

    def close(self) -> None:
        """Close the clients' connections (the server is stopped by ``running_emulator``)."""
        for client in [self.client, *self._clients]:
            client.close()


@contextmanager
def running_emulator(
    template_dir: str | os.PathLike[str],
    *,
    workdir: str | os.PathLike[str] | None = None,
    operation_delay: float = TEST_OPERATION_DELAY,
) -> Iterator[AsmEmulator]:
    """A fresh emulator over a private copy of ``template_dir`` (see the module doc).

    The copy is made in ``workdir`` (a new temporary folder, removed afterwards, by default),
    so that what a test registers or persists never leaks into the next one.
    """
    owned = workdir is None
    base = Path(tempfile.mkdtemp(prefix="asm-emulator-")) if workdir is None else Path(workdir)
    directory = base / "asm"
    shutil.copytree(template_dir, directory)
    try:
        subscription_id = (directory / SUBSCRIPTION_FILE).read_text(encoding="utf-8").strip()
        cert_path = directory / MANAGEMENT_PEM_FILE
        server = EmulatorServer(directory, port=0, operation_delay=operation_delay)
        server.start()
        try:
            client = ServiceManagementService(
                subscription_id,
                os.fspath(cert_path),
                host=server.host,
                ca_bundle=os.fspath(directory / CA_CERT_FILE),
            )
            emulator = AsmEmulator(
                server, directory, subscription_id, cert_path, client, operation_delay
            )
            try:
                yield emulator
            finally:
                emulator.close()
        finally:
            server.stop()
    finally:
        if owned:
            shutil.rmtree(base, ignore_errors=True)
