"""Fixtures for end-to-end tests, built on the emulator's pytest plugin
(``azure_asm_emulator.pytest_plugin``, installed with the package).

``asm_emulator``: here the whole ``AsmEmulator`` (the plugin's ``asm_emulator_server``), not the
plugin's bare client, since these tests also add subscriptions and read the emulator's
directory: a fresh emulator over HTTPS with empty state and ``.server``, ``.dir``,
``.subscription_id``, ``.cert_path``, ``.ca_bundle``, ``.client``, ``new_client(...)``,
``add_subscription()`` and ``environment()``. Operations stay ``InProgress`` 0.05 s.

``seed_env``: the same emulator with ``AZURE_ASM_HOST`` / ``AZURE_ASM_CA_BUNDLE`` (and the
subscription and certificate variables of the ``asm`` CLI) set through monkeypatch, so that
code written like the seed, ``ServiceManagementService(subscription_id, certificate_path)``,
reaches it (the plugin's ``asm_emulator_env``).

``unregistered_cert``: the path of a self-signed management certificate (PEM) registered
nowhere, for 403 ``ForbiddenError`` tests.

Every test in ``tests/e2e`` is marked ``e2e`` automatically.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from azure_asm_emulator.certs import create_management_certificate
from azure_asm_emulator.testing import AsmEmulator

__all__ = ["AsmEmulator"]  # the tests import it from here for their annotations


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def asm_emulator(asm_emulator_server: AsmEmulator) -> AsmEmulator:
    """A fresh emulator and a client of its subscription (see the module doc)."""
    return asm_emulator_server


@pytest.fixture
def seed_env(asm_emulator_env: AsmEmulator) -> AsmEmulator:
    """Point ``ServiceManagementService(subscription_id, certificate_path)`` at the emulator."""
    return asm_emulator_env


@pytest.fixture(scope="session")
def unregistered_cert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed management certificate (key + certificate PEM) registered nowhere."""
    cert = create_management_certificate(
        tmp_path_factory.mktemp("e2e-stranger"), "a stranger", basename="stranger"
    )
    return cert.pem_path
