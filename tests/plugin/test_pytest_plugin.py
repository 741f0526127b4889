"""The pytest plugin and the public strategies, used the way a user's project uses them.

A throwaway project in tmp_path (outside this repository: no conftest, no pyproject of ours)
runs pytest in a subprocess with the installed package only. The plugin is found through its
``pytest11`` entry point: here with ``-p azure_asm_emulator.pytest_plugin`` and autoloading
disabled; autoloaded, it provides the ``asm_emulator_server`` fixture of ``tests/cli``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

USER_TESTS = textwrap.dedent(
    '''
    """A user's tests: their code, the SDK, the emulator fixture, the public strategies."""

    import os

    import pytest
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from azure_asm import ServiceManagementService, strategies
    from azure_asm.models import CreateHostedService


    def provision(sms, name, label):
        """The user's code under test."""
        if sms.check_hosted_service_name_availability(name).result:
            sms.create_hosted_service(name, label, location="West US").result(timeout=30)
        return sms.get_hosted_service_properties(name)


    def test_fixture_is_a_configured_client(asm_emulator):
        assert isinstance(asm_emulator, ServiceManagementService)
        assert asm_emulator.list_hosted_services() == []
        service = provision(asm_emulator, "mysvc", "my label")
        assert service.hosted_service_properties.label == "my label"
        assert [s.service_name for s in asm_emulator.list_hosted_services()] == ["mysvc"]


    def test_each_test_gets_a_fresh_emulator(asm_emulator):
        assert asm_emulator.list_hosted_services() == []


    @pytest.mark.asm_emulator(operation_delay=0.2)
    def test_server_handle_and_environment(asm_emulator_env):
        assert asm_emulator_env.server.operation_delay == 0.2
        sms = ServiceManagementService(
            os.environ["AZURE_ASM_SUBSCRIPTION_ID"], os.environ["AZURE_ASM_CERT_FILE"]
        )
        assert sms.host == asm_emulator_env.host
        assert sms.list_storage_accounts() == []


    @settings(
        max_examples=3,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    # The spec allows an empty label (only max_length: 100); the emulator, like ASM, wants one.
    @given(body=strategies.create_hosted_service().filter(lambda body: body.label))
    def test_provision_any_valid_service(asm_emulator, body):
        assert isinstance(body, CreateHostedService)
        service = provision(asm_emulator, body.service_name, body.label)
        assert service.service_name == body.service_name


    @settings(max_examples=20, deadline=None, derandomize=True)
    @given(st.from_type(CreateHostedService) | strategies.for_model("OSVirtualHardDisk"))
    def test_strategies_without_the_emulator(model):
        assert type(model).__name__ in ("CreateHostedService", "OSVirtualHardDisk")


    def setup_module():
        strategies.register_type_strategies()
    '''
)


SESSION_TESTS = textwrap.dedent(
    '''
    """A user's tests on one emulator for the session, Hypothesis health checks all on."""

    import pytest
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from azure_asm import OperationFailedError

    PORTS = set()

    # No suppress_health_check: the session fixture is not function-scoped.
    @settings(max_examples=5, deadline=None, derandomize=True)
    @given(name=st.sampled_from(["alpha", "beta"]))
    def test_examples_are_isolated_by_fresh(asm_emulator_session, name):
        PORTS.add(asm_emulator_session.server.port)
        with asm_emulator_session.fresh() as sms:
            assert sms.list_hosted_services() == []  # the previous example's service is gone
            sms.create_hosted_service(name, "label", location="West US").result(timeout=30)
            assert [s.service_name for s in sms.list_hosted_services()] == [name]


    def test_clean_gets_the_session_emulator_emptied(asm_emulator_clean, asm_emulator_session):
        PORTS.add(asm_emulator_session.server.port)
        assert asm_emulator_clean.list_hosted_services() == []
        asm_emulator_clean.create_hosted_service("same", "l", location="West US").result(timeout=30)


    def test_clean_again_the_same_name_is_free(asm_emulator_clean, asm_emulator_session):
        PORTS.add(asm_emulator_session.server.port)
        asm_emulator_clean.create_hosted_service("same", "l", location="West US").result(timeout=30)
        assert len(PORTS) == 1  # one server served every test


    @pytest.mark.asm_emulator(fail_operations=["create_hosted_service"])
    def test_marker_makes_an_operation_fail(asm_emulator):
        operation = asm_emulator.create_hosted_service("svc", "l", location="West US")
        with pytest.raises(OperationFailedError) as raised:
            operation.result(timeout=30)
        assert raised.value.code == "InternalError"


    @pytest.mark.asm_emulator(
        fail_operations={"create_hosted_service": ("ConflictError", "no room")}
    )
    def test_marker_on_the_clean_fixture(asm_emulator_clean):
        with pytest.raises(OperationFailedError, match="no room"):
            asm_emulator_clean.create_hosted_service("svc", "l", location="West US").result(
                timeout=30
            )


    def test_faults_do_not_outlive_their_test(asm_emulator_clean):
        asm_emulator_clean.create_hosted_service("svc", "l", location="West US").result(timeout=30)
    '''
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "userproject"
    (root / "tests").mkdir(parents=True)
    (root / "tests" / "test_user.py").write_text(USER_TESTS, encoding="utf-8")
    (root / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n", encoding="utf-8")
    return root


def _pytest(project: Path, *args: str, autoload: bool) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AZURE_ASM_", "PYTEST_", "HYPOTHESIS_"))
    }
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if not autoload:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--rootdir", str(project), *args, "tests"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_user_project_using_the_plugin_and_the_strategies(project: Path) -> None:
    """Autoloading off and the plugin named with -p: pytest finds it by its entry point name.
    (Autoloading itself is what this repository's own tests/cli rely on.)"""
    result = _pytest(project, "-p", "azure_asm_emulator.pytest_plugin", autoload=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout


def test_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    from importlib.metadata import entry_points

    found = [ep for ep in entry_points(group="pytest11") if ep.value.startswith("azure_asm")]
    assert [(ep.name, ep.value) for ep in found] == [
        ("azure_asm_emulator.pytest_plugin", "azure_asm_emulator.pytest_plugin")
    ]


def test_session_emulator_reset_and_failed_operation_marker(project: Path) -> None:
    """One server for the session, emptied per test or per Hypothesis example without the
    function-scoped-fixture health check failing; the marker's failed operations."""
    (project / "tests" / "test_user.py").write_text(SESSION_TESTS, encoding="utf-8")
    result = _pytest(project, "-p", "azure_asm_emulator.pytest_plugin", autoload=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout
