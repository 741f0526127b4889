"""End to end (x-ms-version 2016-07-01, strict mode): IP forwarding, static address checks,
additional virtual IPs of a deployment and reserving a deployment's current address."""

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
def machine(sms: ServiceManagementService) -> ServiceManagementService:
    """``vm1`` of ``svc/dep`` in ``vnet1``: static address 10.0.0.4 in ``web``, interface
    ``nic1`` with 10.0.1.4 in ``db``."""
    two_networks(sms)
    sms.create_hosted_service("svc", "svc", location="West US")
    network = NetworkConfigurationSet(
        subnet_names=["web"],
        static_virtual_network_ip_address="10.0.0.4",
        network_interfaces=[
            NetworkInterface(
                name="nic1",
                ip_configurations=[
                    NetworkInterfaceIPConfiguration(
                        subnet_name="db", static_virtual_network_ip_address="10.0.1.4"
                    )
                ],
            )
        ],
    )
    create_vm(sms, "svc", virtual_network_name="vnet1", network_config=network).result(timeout=10)
    return sms


def test_ip_forwarding_on_role_and_network_interface(machine: ServiceManagementService) -> None:
    sms = machine
    assert sms.get_ip_forwarding_for_role("svc", "dep", "vm1").state == "Disabled"
    sms.set_ip_forwarding_on_role("svc", "dep", "vm1", "Enabled").result(timeout=10)
    assert sms.get_ip_forwarding_for_role("svc", "dep", "vm1").state == "Enabled"
    sms.set_ip_forwarding_on_network_interface("svc", "dep", "vm1", "nic1", "enabled").result(
        timeout=10
    )
    assert sms.get_ip_forwarding_for_network_interface("svc", "dep", "vm1", "nic1").state == (
        "Enabled"
    )
    role = sms.get_role("svc", "dep", "vm1")
    (network,) = [s for s in role.configuration_sets if isinstance(s, NetworkConfigurationSet)]
    assert network.ip_forwarding == "Enabled"
    assert [n.ip_forwarding for n in network.network_interfaces or []] == ["Enabled"]

    sms.set_ip_forwarding_on_role("svc", "dep", "vm1", "Disabled").result(timeout=10)
    assert sms.get_ip_forwarding_for_role("svc", "dep", "vm1").state == "Disabled"
    with pytest.raises(BadRequestError):
        sms.set_ip_forwarding_on_role("svc", "dep", "vm1", "Sometimes")
    with pytest.raises(ResourceNotFoundError):
        sms.get_ip_forwarding_for_network_interface("svc", "dep", "vm1", "nonic")
    with pytest.raises(ResourceNotFoundError):
        sms.get_ip_forwarding_for_role("svc", "dep", "novm")


def test_ip_forwarding_needs_a_virtual_network(sms: ServiceManagementService) -> None:
    sms.create_hosted_service("plain", "plain", location="West US")
    create_vm(sms, "plain").result(timeout=10)
    with pytest.raises(BadRequestError, match="not in a virtual network"):
        sms.set_ip_forwarding_on_role("plain", "dep", "vm1", "Enabled")


def test_static_address_availability(machine: ServiceManagementService) -> None:
    sms = machine
    free = sms.check_static_ip_address_availability("vnet1", "10.0.0.10")
    assert (free.is_available, free.available_addresses) == (True, [])
    taken = sms.check_static_ip_address_availability("VNET1", "10.0.0.4")
    assert taken.is_available is False
    assert taken.available_addresses == [f"10.0.0.{n}" for n in range(5, 10)]
    interface = sms.check_static_ip_address_availability("vnet1", "10.0.1.4")
    assert interface.is_available is False
    kept_by_azure = sms.check_static_ip_address_availability("vnet1", "10.0.1.1")
    assert (kept_by_azure.is_available, kept_by_azure.available_addresses[:1]) == (
        False,
        ["10.0.1.5"],
    )
    with pytest.raises(BadRequestError):
        sms.check_static_ip_address_availability("vnet1", "10.5.0.1")
    with pytest.raises(BadRequestError):
        sms.check_static_ip_address_availability("vnet1", "not-an-address")
    with pytest.raises(ResourceNotFoundError):
        sms.check_static_ip_address_availability("nonet", "10.0.0.10")


def test_add_and_remove_virtual_ips(machine: ServiceManagementService) -> None:
    sms = machine
    (default,) = sms.get_deployment_by_name("svc", "dep").virtual_ips or []
    sms.add_virtual_ip("svc", "dep", "second").result(timeout=10)
    vips = sms.get_deployment_by_name("svc", "dep").virtual_ips or []
    assert [v.name for v in vips] == [default.name, "second"]
    assert vips[1].address and vips[1].address != default.address
    with pytest.raises(ConflictError):
        sms.add_virtual_ip("svc", "dep", "SECOND")
    with pytest.raises(ResourceNotFoundError):
        sms.add_virtual_ip("svc", "nodep", "third")

    with pytest.raises(BadRequestError, match="default"):
        sms.remove_virtual_ip("svc", "dep", default.name or "")
    sms.remove_virtual_ip("svc", "dep", "second").result(timeout=10)
    assert [v.name for v in sms.get_deployment_by_name("svc", "dep").virtual_ips or []] == [
        default.name
    ]
    with pytest.raises(ResourceNotFoundError):
        sms.remove_virtual_ip("svc", "dep", "second")


def test_reserve_the_current_address_of_a_deployment(machine: ServiceManagementService) -> None:
    sms = machine
    sms.add_virtual_ip("svc", "dep", "second").result(timeout=10)
    second = (sms.get_deployment_by_name("svc", "dep").virtual_ips or [])[1]
    sms.create_reserved_ip_address(
        "kept",
        "kept address",
        "West US",
        service_name="svc",
        deployment_name="dep",
        virtual_ip_name="second",
    ).result(timeout=10)
    reserved = sms.get_reserved_ip_address("kept")
    assert (reserved.address, reserved.in_use, reserved.service_name) == (
        second.address,
        True,
        "svc",
    )
    assert (reserved.deployment_name, reserved.virtual_ip_name) == ("dep", "second")
    assert [r.virtual_ip_name for r in sms.list_reserved_ip_addresses()] == ["second"]
    with pytest.raises(BadRequestError, match="reserved IP"):
        sms.remove_virtual_ip("svc", "dep", "second")
    with pytest.raises(ConflictError):  # the deployment already holds one
        sms.create_reserved_ip_address(
            "again", None, "West US", service_name="svc", deployment_name="dep"
        )


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"service_name": "svc"}, BadRequestError),
        ({"service_name": "nosvc", "deployment_name": "dep"}, ResourceNotFoundError),
        ({"service_name": "svc", "deployment_name": "nodep"}, ResourceNotFoundError),
        (
            {"service_name": "svc", "deployment_name": "dep", "virtual_ip_name": "no"},
            BadRequestError,
        ),
    ],
)
def test_reserving_a_deployment_address_refusals(
    machine: ServiceManagementService, arguments: dict[str, str], error: type
) -> None:
    with pytest.raises(error):
        machine.create_reserved_ip_address("kept", None, "West US", **arguments)
    assert machine.list_reserved_ip_addresses() == []
