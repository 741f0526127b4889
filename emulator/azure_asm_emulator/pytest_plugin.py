"""pytest plugin: test code that uses the SDK against a local ASM emulator, like moto's fixtures.

Installed with the package (entry point ``pytest11``), so the fixtures are available in any
project that has ``azure-asm`` installed; with plugin autoloading disabled, enable it with
``-p azure_asm_emulator.pytest_plugin``.

Fixtures:

``asm_emulator``
    A ``ServiceManagementService`` connected to a fresh emulator (empty state, its own
    subscription and management certificate, HTTPS on a free port of 127.0.0.1), stopped after
    the test::

        def test_creates_a_service(asm_emulator):
            asm_emulator.create_hosted_service("svc", "label", location="West US").result()
            assert [s.service_name for s in asm_emulator.list_hosted_services()] == ["svc"]

``asm_emulator_server``
    The same emulator as an ``azure_asm_emulator.testing.AsmEmulator``: ``.client`` (the
    client above), ``.server`` (the ``EmulatorServer``: ``set_faults(error_rate=0.5)``,
    ``operation_delay``, ``add_route``), ``.subscription_id``, ``.cert_path``, ``.ca_bundle``,
    ``.host``, ``environment()``, ``new_client(...)`` and ``add_subscription()``.

``asm_emulator_env``
    The ``AsmEmulator``, with ``AZURE_ASM_HOST``, ``AZURE_ASM_CA_BUNDLE``,
    ``AZURE_ASM_SUBSCRIPTION_ID`` and ``AZURE_ASM_CERT_FILE`` set for the test, so that code
    that builds its own client (or runs the ``asm`` command line) reaches the emulator.

``asm_emulator_session``
    One ``AsmEmulator`` for the whole session (session-scoped, so Hypothesis's
    function-scoped-fixture health check does not apply to it). ``reset()`` empties it
    without a restart; ``with asm_emulator_session.fresh() as client:`` resets around a
    block, which is how a ``@given`` test isolates its examples::

        @given(name=st.from_regex(r"[a-z][a-z0-9]{2,20}", fullmatch=True))
        def test_any_name(asm_emulator_session, name):
            with asm_emulator_session.fresh() as sms:
                sms.create_hosted_service(name, "label", location="West US").result()
                assert [s.service_name for s in sms.list_hosted_services()] == [name]

``asm_emulator_clean``
    The client of the session emulator, reset before and after the test: a fresh emulator
    for each test without starting one (for tests that are not ``@given``).

Configuration: the ini option ``asm_emulator_operation_delay`` (seconds asynchronous
operations stay ``InProgress``, default 0.05), or per test
``@pytest.mark.asm_emulator(operation_delay=1.0)``. The marker's
``fail_operations=["create_hosted_service"]`` (or a mapping of names to ``(code,
message)``) makes those asynchronous operations end ``Failed`` (``InternalError`` by
default). Both apply to ``asm_emulator``, ``asm_emulator_server``, ``asm_emulator_env`` and
``asm_emulator_clean``. The emulator directory (CA, server and management certificates) is
created once per session: key generation is the slow part.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from azure_asm import ServiceManagementService

from .cli import InitResult, init_directory
from .testing import TEST_OPERATION_DELAY, AsmEmulator, running_emulator

__all__ = [
    "asm_emulator",
    "asm_emulator_clean",
    "asm_emulator_env",
    "asm_emulator_server",
    "asm_emulator_session",
]

_DELAY_INI = "asm_emulator_operation_delay"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        _DELAY_INI,
        help="seconds the ASM emulator keeps asynchronous operations InProgress "
        f"(default {TEST_OPERATION_DELAY})",
        default=str(TEST_OPERATION_DELAY),
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "asm_emulator(operation_delay=SECONDS, fail_operations=[NAME, ...]): configure the "
        "ASM emulator of this test",
    )


def _marker_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The ``asm_emulator`` marker's options of this test (none when it has no marker)."""
    marker = request.node.get_closest_marker("asm_emulator")
    if marker is None:
        return {}
    unknown = set(marker.kwargs) - {"operation_delay", "fail_operations"}
    if unknown:
        raise pytest.UsageError(f"asm_emulator marker: unknown options {sorted(unknown)}")
    return dict(marker.kwargs)


@pytest.fixture(scope="session")
def _asm_emulator_template(tmp_path_factory: pytest.TempPathFactory) -> InitResult:
    """An emulator directory initialised once per session (``asm-emulator init``)."""
    return init_directory(tmp_path_factory.mktemp("asm-emulator-template") / "asm")


@pytest.fixture
def asm_emulator_server(
    _asm_emulator_template: InitResult,
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
) -> Iterator[AsmEmulator]:
    """A fresh emulator and a client of its subscription (see the module doc)."""
    options = _marker_options(request)
    delay = float(options.get("operation_delay", request.config.getini(_DELAY_INI)))
    with running_emulator(
        _asm_emulator_template.directory,
        workdir=tmp_path_factory.mktemp("asm-emulator"),
        operation_delay=delay,
    ) as emulator:
        if options.get("fail_operations"):
            emulator.server.set_faults(fail_operations=options["fail_operations"])
        yield emulator


@pytest.fixture(scope="session")
def asm_emulator_session(
    _asm_emulator_template: InitResult,
    tmp_path_factory: pytest.TempPathFactory,
    pytestconfig: pytest.Config,
) -> Iterator[AsmEmulator]:
    """One emulator for the session; ``reset()`` / ``fresh()`` isolate its uses."""
    with running_emulator(
        _asm_emulator_template.directory,
        workdir=tmp_path_factory.mktemp("asm-emulator-session"),
        operation_delay=float(pytestconfig.getini(_DELAY_INI)),
    ) as emulator:
        yield emulator


@pytest.fixture
def asm_emulator_clean(
    asm_emulator_session: AsmEmulator, request: pytest.FixtureRequest
) -> Iterator[ServiceManagementService]:
    """The session emulator's client, the emulator emptied before and after the test."""
    with asm_emulator_session.fresh(**_marker_options(request)) as client:
        yield client


@pytest.fixture
def asm_emulator(asm_emulator_server: AsmEmulator) -> ServiceManagementService:
    """A ``ServiceManagementService`` connected to a fresh local emulator."""
    return asm_emulator_server.client


@pytest.fixture
def asm_emulator_env(
    asm_emulator_server: AsmEmulator, monkeypatch: pytest.MonkeyPatch
) -> AsmEmulator:
    """The emulator, with the environment pointing the SDK and the ``asm`` CLI at it."""
    for name, value in asm_emulator_server.environment().items():
        monkeypatch.setenv(name, value)
    return asm_emulator_server
