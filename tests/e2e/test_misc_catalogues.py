"""Locations, guest operating systems, operation status and authorisation, end to end."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm.models import OperationError
from azure_asm_emulator import AsmFault, Request, Response, State, accepted_async
from azure_asm_emulator.catalogue_locations import KNOWN_LOCATIONS
from azure_asm_emulator.handlers.locations import KNOWN_LOCATIONS as REEXPORTED
from azure_asm_runtime.errors import ForbiddenError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

SEED_LOCATIONS = (
    "West Europe",
    "North Europe",
    "Southeast Asia",
    "East Asia",
    "Central US",
    "North Central US",
    "South Central US",
    "West US",
    "East US",
    "Japan East",
    "Japan West",
    "Brazil South",
    "Australia East",
    "Australia Southeast",
)


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


def test_locations(sms: ServiceManagementService) -> None:
    locations = sms.list_locations()
    names = [location.name for location in locations]
    assert names == list(KNOWN_LOCATIONS)
    assert REEXPORTED is KNOWN_LOCATIONS
    assert set(SEED_LOCATIONS) <= set(names)
    for location in locations:
        assert location.display_name == location.name
        assert location.available_services == [
            "Compute",
            "Storage",
            "PersistentVMRole",
            "HighMemory",
        ]
        capabilities = location.compute_capabilities
        assert capabilities is not None
        assert capabilities.virtual_machines_role_sizes is not None
        assert capabilities.web_worker_role_sizes is not None
        assert "Small" in capabilities.virtual_machines_role_sizes
        assert "Basic_A0" in capabilities.virtual_machines_role_sizes
        assert "Basic_A0" not in capabilities.web_worker_role_sizes
        assert capabilities.virtual_machines_role_sizes == sorted(
            capabilities.virtual_machines_role_sizes
        )


def test_operating_systems(sms: ServiceManagementService) -> None:
    systems = sms.list_operating_systems()
    assert systems
    for system in systems:
        # The seed prints these concatenated with strings.
        for text in (system.label, system.family_label, system.version):
            assert isinstance(text, str) and text
        assert isinstance(system.is_active, bool)
        assert isinstance(system.is_default, bool)
        assert system.family in (1, 2, 3, 4, 5)
        assert (system.version or "").startswith(f"WA-GUEST-OS-{system.family}.")
    assert any(s.is_active for s in systems) and any(not s.is_active for s in systems)

    families = sms.list_operating_system_families()
    assert [family.name for family in families] == ["1", "2", "3", "4", "5"]
    assert families[3].label == "Windows Server 2012 R2"
    for family in families:
        assert isinstance(family.label, str) and family.label
        assert family.operating_systems
        assert sum(1 for s in family.operating_systems if s.is_default) == 1
        for system in family.operating_systems:
            assert isinstance(system.label, str) and system.label
            assert isinstance(system.version, str) and system.version
            assert system.family is None and system.family_label is None  # as ASM
    versions = [family.operating_systems or [] for family in families]
    assert not any(s.is_active for s in versions[0])  # family 1 is retired
    assert all(any(s.is_active for s in family) for family in versions[1:])
    flat = {(s.version, s.label, s.is_active) for s in systems}
    nested = {(s.version, s.label, s.is_active) for family in versions for s in family}
    assert flat == nested


def _failing_operation(request: Request, state: State) -> Response:
    def work() -> None:
        raise AsmFault(400, "BadRequest", "it went wrong \x01 here")

    return accepted_async(
        state.operations.start("test_fail", subscription_id=request.subscription_id, work=work)
    )


def test_operation_status(asm_emulator: AsmEmulator, sms: ServiceManagementService) -> None:
    asm_emulator.server.operation_delay = 2.0  # still running when asked, even on a loaded machine
    started = sms.create_storage_account("statusaccount", "", "x", location="West US")
    status = sms.get_operation_status(started.request_id)
    # No <Error> yet: a blank error, as the reference's fresh Operation has (issue 11).
    assert (status.id, status.status, status.http_status_code, status.error) == (
        started.request_id,
        "InProgress",
        None,
        OperationError(),
    )
    final = started.result(timeout=10)
    assert final.status == "Succeeded"
    status = sms.get_operation_status(started.request_id)
    assert (status.id, status.status, status.http_status_code, status.error) == (
        started.request_id,
        "Succeeded",
        200,
        OperationError(),
    )

    asm_emulator.server.add_route("POST", "/{subscription_id}/testfail", _failing_operation)
    response = sms.perform_post(f"/{sms.subscription_id}/testfail")
    request_id = response.header("x-ms-request-id")
    assert request_id
    deadline = time.monotonic() + 10
    while (status := sms.get_operation_status(request_id)).status == "InProgress":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert status.status == "Failed"
    assert status.http_status_code == 400
    assert status.error is not None
    assert status.error.code == "BadRequest"
    assert status.error.message == "it went wrong \ufffd here"


def test_unknown_operation_is_not_found(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    with pytest.raises(ResourceNotFoundError):
        sms.get_operation_status("0123456789abcdef0123456789abcdef")
    started = sms.create_storage_account("mineonly", "", "x", location="West US")
    other = asm_emulator.add_subscription()
    with pytest.raises(ResourceNotFoundError):
        other.get_operation_status(started.request_id)


CALLS: dict[str, Callable[[ServiceManagementService], Any]] = {
    "list_locations": lambda c: c.list_locations(),
    "list_operating_systems": lambda c: c.list_operating_systems(),
    "list_operating_system_families": lambda c: c.list_operating_system_families(),
    "list_storage_accounts": lambda c: c.list_storage_accounts(),
    "get_storage_account_properties": lambda c: c.get_storage_account_properties("acct"),
    "get_storage_account_keys": lambda c: c.get_storage_account_keys("acct"),
    "create_storage_account": lambda c: c.create_storage_account(
        "acct", "", "x", location="West US"
    ),
    "update_storage_account": lambda c: c.update_storage_account("acct", label="x"),
    "delete_storage_account": lambda c: c.delete_storage_account("acct"),
    "check_storage_account_name_availability": (
        lambda c: c.check_storage_account_name_availability("acct")
    ),
    "list_os_images": lambda c: c.list_os_images(),
    "get_os_image": lambda c: c.get_os_image("img"),
    "add_os_image": lambda c: c.add_os_image(
        "img", "https://a.blob.core.windows.net/v/i.vhd", "img", "Linux"
    ),
    "update_os_image": lambda c: c.update_os_image(
        "img", "img", "https://a.blob.core.windows.net/v/i.vhd", "img", "Linux"
    ),
    "delete_os_image": lambda c: c.delete_os_image("img"),
    "list_disks": lambda c: c.list_disks(),
    "get_disk": lambda c: c.get_disk("disk"),
    "delete_disk": lambda c: c.delete_disk("disk"),
    "get_operation_status": lambda c: c.get_operation_status("0" * 32),
}


@pytest.mark.parametrize("operation", sorted(CALLS))
def test_unknown_certificate_is_forbidden(
    asm_emulator: AsmEmulator, unregistered_cert: Path, operation: str
) -> None:
    stranger = asm_emulator.new_client(cert_path=unregistered_cert)
    with pytest.raises(ForbiddenError) as error:
        CALLS[operation](stranger)
    assert error.value.status == 403
    assert error.value.code == "ForbiddenError"
    # Nothing happened on the stranger's behalf.
    assert asm_emulator.client.list_storage_accounts() == []


def test_registered_certificate_of_another_subscription_is_forbidden(
    asm_emulator: AsmEmulator,
) -> None:
    other = asm_emulator.add_subscription()
    crossed = asm_emulator.new_client(subscription_id=other.subscription_id)
    with pytest.raises(ForbiddenError):
        crossed.list_storage_accounts()


def test_seed_style_construction(seed_env: AsmEmulator) -> None:
    """``ServiceManagementService(subscription_id, certificate_path)`` as in the seed."""
    assert os.environ["AZURE_ASM_HOST"] == seed_env.server.host
    sms = ServiceManagementService(seed_env.subscription_id, str(seed_env.cert_path))
    assert "West US" in [location.name for location in sms.list_locations()]
