"""End to end: route tables, their routes, their association with subnets and the effective
routes of role instances (x-ms-version 2016-07-01), in strict mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    NetworkConfigurationSet,
    NetworkInterface,
    NetworkInterfaceIPConfiguration,
    ServiceManagementService,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from tests.e2e.test_compute_vms import create_vm
from tests.e2e.test_network_security_groups import two_networks

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


@pytest.fixture
def table(sms: ServiceManagementService) -> ServiceManagementService:
    """Route table ``rt`` (West US) and the networks of ``two_networks``."""
    two_networks(sms)
    sms.create_route_table("rt", "West US", label="through the firewall").result(timeout=10)
    return sms


def test_create_get_list_delete(sms: ServiceManagementService) -> None:
    assert sms.list_route_tables() == []
    operation = sms.create_route_table("rt", "west us", label="my table")
    assert sms.get_route_table("RT").name == "rt"  # visible at once
    assert operation.result(timeout=10).status == "Succeeded"
    sms.create_route_table("other", "North Europe").result(timeout=10)

    listed = sms.list_route_tables()
    assert [(t.name, t.label, t.location, t.route_table_state) for t in listed] == [
        ("rt", "my table", "West US", "Created"),
        ("other", None, "North Europe", "Created"),
    ]
    with pytest.raises(ConflictError):
        sms.create_route_table("RT", "West US")
    with pytest.raises(BadRequestError):
        sms.create_route_table("bad", "Atlantis")

    sms.delete_route_table("other").result(timeout=10)
    assert [t.name for t in sms.list_route_tables()] == ["rt"]
    with pytest.raises(ResourceNotFoundError):
        sms.get_route_table("other")
    with pytest.raises(ResourceNotFoundError):
        sms.delete_route_table("other")


def test_routes_set_replace_delete(table: ServiceManagementService) -> None:
    sms = table
    sms.set_route("rt", "to-fw", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4").result(timeout=10)
    sms.set_route("rt", "drop", "10.9.0.0/16", "null").result(timeout=10)
    assert sms.get_route_table("rt").route_list is None
    full = sms.get_route_table("rt", detail_level="Full")
    assert [
        (r.name, r.address_prefix, r.next_hop_type, r.next_hop_ip_address, r.state)
        for r in full.route_list or []
    ] == [
        ("to-fw", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4", "Created"),
        ("drop", "10.9.0.0/16", "Null", None, "Created"),
    ]
    sms.set_route("rt", "to-fw", "0.0.0.0/0", "VirtualAppliance", "10.0.1.5").result(timeout=10)
    routes = sms.get_route_table("rt", "Full").route_list or []
    assert [(r.name, r.next_hop_ip_address) for r in routes] == [
        ("drop", None),
        ("to-fw", "10.0.1.5"),
    ]

    sms.delete_route("rt", "drop").result(timeout=10)
    assert [r.name for r in sms.get_route_table("rt", "Full").route_list or []] == ["to-fw"]
    with pytest.raises(ResourceNotFoundError):
        sms.delete_route("rt", "drop")


@pytest.mark.parametrize(
    ("prefix", "hop", "address"),
    [
        ("10.0.0.0/33", "Internet", None),
        ("0.0.0.0/0", "Somewhere", None),
        ("0.0.0.0/0", "VirtualAppliance", None),
        ("0.0.0.0/0", "Internet", "10.0.0.4"),
        ("0.0.0.0/0", "VirtualAppliance", "not-an-address"),
    ],
)
def test_route_refusals(
    table: ServiceManagementService, prefix: str, hop: str, address: str | None
) -> None:
    with pytest.raises(BadRequestError):
        table.set_route("rt", "r", prefix, hop, address)


def test_subnet_association(table: ServiceManagementService) -> None:
    sms = table
    with pytest.raises(ResourceNotFoundError):
        sms.get_route_table_for_subnet("vnet1", "web")
    sms.add_route_table_to_subnet("vnet1", "web", "rt").result(timeout=10)
    assert sms.get_route_table_for_subnet("VNET1", "WEB").route_table_name == "rt"
    with pytest.raises(BadRequestError, match="in use"):
        sms.delete_route_table("rt")

    sms.create_route_table("rt2", "West US").result(timeout=10)
    sms.add_route_table_to_subnet("vnet1", "web", "rt2").result(timeout=10)  # replaces
    assert sms.get_route_table_for_subnet("vnet1", "web").route_table_name == "rt2"
    sms.delete_route_table("rt").result(timeout=10)

    sms.remove_route_table_from_subnet("vnet1", "web").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.get_route_table_for_subnet("vnet1", "web")
    with pytest.raises(ResourceNotFoundError):
        sms.remove_route_table_from_subnet("vnet1", "web")


def test_subnet_association_refusals(table: ServiceManagementService) -> None:
    sms = table
    with pytest.raises(ResourceNotFoundError):
        sms.add_route_table_to_subnet("nonet", "web", "rt")
    with pytest.raises(ResourceNotFoundError):
        sms.add_route_table_to_subnet("vnet1", "nosubnet", "rt")
    with pytest.raises(ResourceNotFoundError):
        sms.add_route_table_to_subnet("vnet1", "web", "nort")
    with pytest.raises(BadRequestError, match="location"):
        sms.add_route_table_to_subnet("far", "s", "rt")


def test_effective_routes(table: ServiceManagementService) -> None:
    sms = table
    sms.create_hosted_service("svc", "svc", location="West US")
    network = NetworkConfigurationSet(
        subnet_names=["web"],
        network_interfaces=[
            NetworkInterface(
                name="nic1",
                ip_configurations=[NetworkInterfaceIPConfiguration(subnet_name="db")],
            )
        ],
    )
    create_vm(sms, "svc", virtual_network_name="vnet1", network_config=network).result(timeout=10)
    sms.set_route("rt", "to-fw", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4").result(timeout=10)
    sms.add_route_table_to_subnet("vnet1", "web", "rt").result(timeout=10)

    routes = sms.get_effective_route_table_for_role_instance("svc", "dep", "vm1").effective_routes
    assert [
        (r.name, r.source, r.status, r.address_prefixes, r.next_hop_type, r.next_hop_ip_addresses)
        for r in routes or []
    ] == [
        (None, "Default", "Active", ["10.0.0.0/16"], "VNETLocal", []),
        (None, "Default", "Invalid", ["0.0.0.0/0"], "Internet", []),
        ("to-fw", "User", "Active", ["0.0.0.0/0"], "VirtualAppliance", ["10.0.1.4"]),
    ]
    on_nic = sms.get_effective_route_table_for_network_interface("svc", "dep", "vm1", "nic1")
    assert [(r.source, r.status) for r in on_nic.effective_routes or []] == [
        ("Default", "Active"),
        ("Default", "Active"),
    ]
    with pytest.raises(ResourceNotFoundError):
        sms.get_effective_route_table_for_role_instance("svc", "dep", "novm")
    with pytest.raises(ResourceNotFoundError):
        sms.get_effective_route_table_for_network_interface("svc", "dep", "vm1", "nonic")
