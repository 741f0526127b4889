"""End to end: migrating classic network resources to Azure Resource Manager (validate,
prepare, commit, abort; x-ms-version 2016-07-01), in strict mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from azure_asm import ServiceManagementService
from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError
from tests.e2e.test_network_security_groups import two_networks

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


def test_prepare_then_abort_keeps_a_security_group(sms: ServiceManagementService) -> None:
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    assert sms.validate_network_security_group_migration("nsg") == []
    sms.prepare_network_security_group_migration("nsg").result(timeout=10)
    (message,) = sms.validate_network_security_group_migration("nsg")
    assert (message.resource_name, message.category) == ("nsg", "Error")
    with pytest.raises(BadRequestError):
        sms.prepare_network_security_group_migration("nsg")
    sms.abort_network_security_group_migration("nsg").result(timeout=10)
    assert sms.get_network_security_group("nsg").name == "nsg"
    with pytest.raises(BadRequestError):
        sms.commit_network_security_group_migration("nsg")


def test_commit_takes_the_resource_out_of_the_classic_model(sms: ServiceManagementService) -> None:
    sms.create_route_table("rt", "West US").result(timeout=10)
    sms.create_reserved_ip_address("ip", None, "West US").result(timeout=10)
    sms.prepare_route_table_migration("rt").result(timeout=10)
    sms.commit_route_table_migration("rt").result(timeout=10)
    assert sms.list_route_tables() == []
    sms.prepare_reserved_ip_migration("ip").result(timeout=10)
    sms.commit_reserved_ip_migration("ip").result(timeout=10)
    assert sms.list_reserved_ip_addresses() == []
    with pytest.raises(ResourceNotFoundError):
        sms.validate_route_table_migration("rt")


def test_virtual_network_migration_state(sms: ServiceManagementService) -> None:
    two_networks(sms)
    sms.prepare_virtual_network_migration("vnet1").result(timeout=10)
    states = {s.name: s.migration_state for s in sms.list_virtual_network_sites()}
    assert states == {"vnet1": "Prepared", "far": None}
    sms.commit_virtual_network_migration("VNET1").result(timeout=10)
    assert [s.name for s in sms.list_virtual_network_sites()] == ["far"]
    document = sms.get_network_configuration()
    assert [s.name for s in document.virtual_network_sites or []] == ["far"]
    with pytest.raises(ResourceNotFoundError):
        sms.prepare_virtual_network_migration("vnet1")
