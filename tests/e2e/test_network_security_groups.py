"""End to end: network security groups, their rules, and their association with subnets,
virtual machines and network interfaces (x-ms-version 2016-07-01), in strict mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    NetworkConfiguration,
    NetworkConfigurationSet,
    NetworkInterface,
    NetworkInterfaceIPConfiguration,
    ServiceManagementService,
    SubnetConfiguration,
    VirtualNetworkSiteConfiguration,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from tests.e2e.test_compute_vms import create_vm

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


def two_networks(sms: ServiceManagementService) -> None:
    """Virtual network ``vnet1`` (West US) with subnets ``web`` and ``db``; ``far`` elsewhere."""
    document = NetworkConfiguration(
        virtual_network_sites=[
            VirtualNetworkSiteConfiguration(
                "vnet1",
                "West US",
                ["10.0.0.0/16"],
                [
                    SubnetConfiguration("web", "10.0.0.0/24"),
                    SubnetConfiguration("db", "10.0.1.0/24"),
                ],
            ),
            VirtualNetworkSiteConfiguration(
                "far", "North Europe", ["10.1.0.0/16"], [SubnetConfiguration("s", "10.1.0.0/24")]
            ),
        ]
    )
    sms.set_network_configuration(document).result(timeout=10)


@pytest.fixture
def machine(sms: ServiceManagementService) -> ServiceManagementService:
    """``vnet1`` and virtual machine ``vm1`` of ``svc/dep`` in subnet ``web``, with network
    interface ``nic1`` in subnet ``db``."""
    two_networks(sms)
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
    return sms


def test_create_get_list_delete(sms: ServiceManagementService) -> None:
    assert sms.list_network_security_groups() == []
    sms.create_network_security_group("web-nsg", "west us", label="front end").result(timeout=10)
    sms.create_network_security_group("db-nsg", "West US").result(timeout=10)

    listed = sms.list_network_security_groups()
    assert [(g.name, g.label, g.location) for g in listed] == [
        ("web-nsg", "front end", "West US"),
        ("db-nsg", None, "West US"),
    ]
    assert all(g.rules is None for g in listed)

    plain = sms.get_network_security_group("WEB-NSG")
    assert (plain.name, plain.location, plain.rules) == ("web-nsg", "West US", None)
    full = sms.get_network_security_group("web-nsg", detail_level="Full")
    assert [(r.name, r.type, r.priority, r.action, r.is_default) for r in full.rules or []] == [
        ("ALLOW VNET INBOUND", "Inbound", 65000, "Allow", True),
        ("ALLOW AZURE LOAD BALANCER INBOUND", "Inbound", 65001, "Allow", True),
        ("DENY ALL INBOUND", "Inbound", 65500, "Deny", True),
        ("ALLOW VNET OUTBOUND", "Outbound", 65000, "Allow", True),
        ("ALLOW INTERNET OUTBOUND", "Outbound", 65001, "Allow", True),
        ("DENY ALL OUTBOUND", "Outbound", 65500, "Deny", True),
    ]

    sms.delete_network_security_group("db-nsg").result(timeout=10)
    assert [g.name for g in sms.list_network_security_groups()] == ["web-nsg"]
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_security_group("db-nsg")
    with pytest.raises(ResourceNotFoundError):
        sms.delete_network_security_group("db-nsg")


def test_create_is_asynchronous(sms: ServiceManagementService) -> None:
    operation = sms.create_network_security_group("nsg", "West US")
    assert sms.get_operation_status(operation.request_id).status in ("InProgress", "Succeeded")
    assert sms.get_network_security_group("nsg").name == "nsg"  # visible at once
    assert operation.result(timeout=10).status == "Succeeded"


@pytest.mark.parametrize(
    ("name", "location", "label", "error"),
    [
        ("nsg", "Atlantis", None, BadRequestError),
        ("nsg", "West US", "x" * 101, BadRequestError),
    ],
)
def test_create_refusals(
    sms: ServiceManagementService, name: str, location: str, label: str | None, error: type
) -> None:
    with pytest.raises(error):
        sms.create_network_security_group(name, location, label=label)


def test_a_taken_name_is_a_conflict(sms: ServiceManagementService) -> None:
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    with pytest.raises(ConflictError):
        sms.create_network_security_group("NSG", "West US")


def _rule(sms: ServiceManagementService, name: str, priority: int, **changes: str) -> None:
    values = {
        "type": "Inbound",
        "action": "Allow",
        "source_address_prefix": "INTERNET",
        "source_port_range": "*",
        "destination_address_prefix": "10.0.0.0/24",
        "destination_port_range": "443",
        "protocol": "TCP",
    }
    values.update(changes)
    sms.set_network_security_group_rule(
        "nsg",
        name,
        values["type"],
        priority,
        values["action"],
        values["source_address_prefix"],
        values["source_port_range"],
        values["destination_address_prefix"],
        values["destination_port_range"],
        values["protocol"],
    ).result(timeout=10)


def _user_rules(sms: ServiceManagementService) -> list[tuple[str | None, int | None, str | None]]:
    group = sms.get_network_security_group("nsg", detail_level="Full")
    return [
        (r.name, r.priority, r.destination_port_range)
        for r in group.rules or []
        if not r.is_default
    ]


def test_rules_set_replace_delete(sms: ServiceManagementService) -> None:
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    _rule(sms, "https", 100)
    _rule(sms, "ssh", 200, destination_port_range="22")
    _rule(sms, "out", 100, type="Outbound")  # priorities are per direction
    assert _user_rules(sms) == [("https", 100, "443"), ("ssh", 200, "22"), ("out", 100, "443")]

    _rule(sms, "ssh", 300, destination_port_range="2222")  # replaced: it comes after the others now
    assert _user_rules(sms) == [("https", 100, "443"), ("out", 100, "443"), ("ssh", 300, "2222")]
    rule = next(
        r for r in sms.get_network_security_group("nsg", "Full").rules or [] if r.name == "ssh"
    )
    assert (rule.state, rule.is_default, rule.protocol) == ("Active", False, "TCP")

    sms.delete_network_security_group_rule("nsg", "https").result(timeout=10)
    assert [name for name, _, _ in _user_rules(sms)] == ["out", "ssh"]
    with pytest.raises(ResourceNotFoundError):
        sms.delete_network_security_group_rule("nsg", "https")
    with pytest.raises(BadRequestError):
        sms.delete_network_security_group_rule("nsg", "DENY ALL INBOUND")


@pytest.mark.parametrize(
    "changes",
    [{"type": "Sideways"}, {"action": "Maybe"}, {"protocol": "ICMP"}],
)
def test_rule_refusals(sms: ServiceManagementService, changes: dict[str, str]) -> None:
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    with pytest.raises(BadRequestError):
        _rule(sms, "r", 100, **changes)


def test_rule_priority_range_and_uniqueness(sms: ServiceManagementService) -> None:
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    for priority in (99, 4097):
        with pytest.raises(BadRequestError):
            _rule(sms, "r", priority)
    _rule(sms, "a", 100)
    with pytest.raises(BadRequestError, match="priority 100"):
        _rule(sms, "b", 100)
    with pytest.raises(ResourceNotFoundError):
        sms.set_network_security_group_rule(
            "nothere", "r", "Inbound", 100, "Allow", "*", "*", "*", "*", "*"
        )


def test_subnet_association(sms: ServiceManagementService) -> None:
    two_networks(sms)
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    sms.create_network_security_group("other", "West US").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_security_group_for_subnet("vnet1", "web")

    sms.add_network_security_group_to_subnet("vnet1", "web", "nsg").result(timeout=10)
    association = sms.get_network_security_group_for_subnet("VNET1", "web")
    assert (association.network_security_group_name, association.state) == ("nsg", "Created")
    site = next(s for s in sms.list_virtual_network_sites() if s.name == "vnet1")
    assert [(s.name, s.network_security_group) for s in site.subnets] == [
        ("web", "nsg"),
        ("db", None),
    ]

    with pytest.raises(BadRequestError):  # one group per subnet
        sms.add_network_security_group_to_subnet("vnet1", "web", "other")
    with pytest.raises(BadRequestError, match="in use"):
        sms.delete_network_security_group("nsg")

    # Setting the configuration again keeps the association of a subnet that stays.
    two_networks(sms)
    assert (
        sms.get_network_security_group_for_subnet("vnet1", "web").network_security_group_name
        == "nsg"
    )

    with pytest.raises(ResourceNotFoundError):
        sms.remove_network_security_group_from_subnet("vnet1", "web", "other")
    sms.remove_network_security_group_from_subnet("vnet1", "web", "nsg").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_security_group_for_subnet("vnet1", "web")
    sms.delete_network_security_group("nsg").result(timeout=10)


def test_subnet_association_refusals(sms: ServiceManagementService) -> None:
    two_networks(sms)
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.add_network_security_group_to_subnet("nonet", "web", "nsg")
    with pytest.raises(ResourceNotFoundError):
        sms.add_network_security_group_to_subnet("vnet1", "nosubnet", "nsg")
    with pytest.raises(ResourceNotFoundError):
        sms.add_network_security_group_to_subnet("vnet1", "web", "nonsg")
    with pytest.raises(BadRequestError, match="location"):
        sms.add_network_security_group_to_subnet("far", "s", "nsg")


def test_role_and_network_interface_association(machine: ServiceManagementService) -> None:
    sms = machine
    sms.create_network_security_group("vm-nsg", "West US").result(timeout=10)
    sms.create_network_security_group("nic-nsg", "West US").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_security_group_for_role("svc", "dep", "vm1")

    sms.add_network_security_group_to_role("svc", "dep", "vm1", "vm-nsg").result(timeout=10)
    sms.add_network_security_group_to_network_interface(
        "svc", "dep", "vm1", "nic1", "nic-nsg"
    ).result(timeout=10)

    assert (
        sms.get_network_security_group_for_role("svc", "dep", "vm1").network_security_group_name
        == "vm-nsg"
    )
    on_nic = sms.get_network_security_group_for_network_interface("svc", "dep", "vm1", "nic1")
    assert on_nic.network_security_group_name == "nic-nsg"
    role = sms.get_role("svc", "dep", "vm1")
    (network,) = [s for s in role.configuration_sets if isinstance(s, NetworkConfigurationSet)]
    assert network.network_security_group == "vm-nsg"
    assert [(n.name, n.network_security_group) for n in network.network_interfaces or []] == [
        ("nic1", "nic-nsg")
    ]
    for name in ("vm-nsg", "nic-nsg"):
        with pytest.raises(BadRequestError, match="in use"):
            sms.delete_network_security_group(name)

    sms.remove_network_security_group_from_role("svc", "dep", "vm1", "vm-nsg").result(timeout=10)
    sms.remove_network_security_group_from_network_interface(
        "svc", "dep", "vm1", "nic1", "nic-nsg"
    ).result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_security_group_for_network_interface("svc", "dep", "vm1", "nic1")
    sms.delete_network_security_group("vm-nsg").result(timeout=10)
    sms.delete_network_security_group("nic-nsg").result(timeout=10)


def test_role_association_refusals(machine: ServiceManagementService) -> None:
    sms = machine
    sms.create_network_security_group("nsg", "West US").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.add_network_security_group_to_role("svc", "dep", "novm", "nsg")
    with pytest.raises(ResourceNotFoundError):
        sms.add_network_security_group_to_network_interface("svc", "dep", "vm1", "nonic", "nsg")
    with pytest.raises(ResourceNotFoundError):
        sms.remove_network_security_group_from_role("svc", "dep", "vm1", "nsg")

    sms.create_hosted_service("plain", "plain", location="West US")
    create_vm(sms, "plain").result(timeout=10)
    with pytest.raises(BadRequestError, match="not in a virtual network"):
        sms.add_network_security_group_to_role("plain", "dep", "vm1", "nsg")
