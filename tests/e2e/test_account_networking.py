"""End to end: reserved IP addresses (and their association with deployments), the network
configuration document and the virtual network sites derived from it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from lxml import etree

from azure_asm import (
    DnsServerRef,
    LocalNetworkConnection,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    NetworkConfiguration,
    NetworkDnsServer,
    NetworkGateway,
    ServiceManagementService,
    SubnetConfiguration,
    VirtualNetworkSiteConfiguration,
)
from azure_asm_runtime.errors import (
    BadRequestError,
    ConflictError,
    OperationFailedError,
    ResourceNotFoundError,
)
from tests.e2e.test_compute_vms import create_vm

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

NETCFG = "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration"


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


@pytest.fixture
def deployed(sms: ServiceManagementService) -> ServiceManagementService:
    """Cloud service ``ipsvc`` (West US) with virtual machine deployment ``dep``."""
    sms.create_hosted_service("ipsvc", "svc", location="West US")
    create_vm(sms, "ipsvc").result(timeout=10)
    return sms


# --- reserved IPs ---------------------------------------------------------------------------


def test_create_get_list_delete(sms: ServiceManagementService) -> None:
    assert sms.list_reserved_ip_addresses() == []
    created = sms.create_reserved_ip_address("myip", "my label", "west us")
    creating = sms.get_reserved_ip_address("myip")
    assert creating.state in ("Creating", "Created")
    created.result(timeout=10)

    ip = sms.get_reserved_ip_address("myip")
    assert ip.name == "myip"
    assert ip.label == "my label"  # plain text, not base64
    assert ip.location == "West US"
    assert ip.state == "Created"
    assert ip.in_use is False
    assert ip.address is not None and ip.address.count(".") == 3
    assert ip.id
    sms.create_reserved_ip_address("otherip", location="North Europe").result(timeout=10)
    listed = sms.list_reserved_ip_addresses()
    assert [r.name for r in listed] == ["myip", "otherip"]
    assert listed[0].address != listed[1].address

    sms.delete_reserved_ip_address("myip").result(timeout=10)
    assert [r.name for r in sms.list_reserved_ip_addresses()] == ["otherip"]
    with pytest.raises(ResourceNotFoundError):
        sms.get_reserved_ip_address("myip")


def test_reserved_ip_errors(sms: ServiceManagementService) -> None:
    sms.create_reserved_ip_address("taken", location="West US").result(timeout=10)
    with pytest.raises(ConflictError):
        sms.create_reserved_ip_address("TAKEN", location="West US")
    with pytest.raises(BadRequestError, match="location"):
        sms.create_reserved_ip_address("nowhere")
    with pytest.raises(BadRequestError, match="not a valid location"):
        sms.create_reserved_ip_address("atlantis", location="Atlantis")
    with pytest.raises(ResourceNotFoundError):
        sms.delete_reserved_ip_address("missing")
    with pytest.raises(ResourceNotFoundError):
        sms.associate_reserved_ip_address("missing", "svc", "dep")
    with pytest.raises(ValueError):
        sms.create_reserved_ip_address("x" * 65, location="West US")


def test_associate_and_disassociate(deployed: ServiceManagementService) -> None:
    sms = deployed
    sms.create_reserved_ip_address("vip", location="West US").result(timeout=10)
    reserved = sms.get_reserved_ip_address("vip").address
    before = sms.get_deployment_by_name("ipsvc", "dep")
    dynamic = (before.virtual_ips or [])[0].address

    sms.associate_reserved_ip_address("vip", "ipsvc", "dep").result(timeout=10)
    ip = sms.get_reserved_ip_address("vip")
    assert (ip.in_use, ip.service_name, ip.deployment_name) == (True, "ipsvc", "dep")
    deployment = sms.get_deployment_by_name("ipsvc", "dep")
    assert deployment.reserved_ip_name == "vip"
    vip = (deployment.virtual_ips or [])[0]
    assert (vip.address, vip.is_reserved, vip.reserved_ip_name) == (reserved, True, "vip")

    with pytest.raises(BadRequestError, match="in use"):
        sms.delete_reserved_ip_address("vip")
    sms.create_reserved_ip_address("second", location="West US").result(timeout=10)
    with pytest.raises(ConflictError, match="already uses"):
        sms.associate_reserved_ip_address("second", "ipsvc", "dep")
    with pytest.raises(ConflictError, match="already in use"):
        sms.associate_reserved_ip_address("vip", "ipsvc", "dep")

    sms.disassociate_reserved_ip_address("vip", "ipsvc", "dep").result(timeout=10)
    assert sms.get_reserved_ip_address("vip").in_use is False
    after = sms.get_deployment_by_name("ipsvc", "dep")
    assert after.reserved_ip_name is None
    assert (after.virtual_ips or [])[0].address == dynamic
    with pytest.raises(BadRequestError, match="not associated"):
        sms.disassociate_reserved_ip_address("vip", "ipsvc", "dep")
    sms.delete_reserved_ip_address("vip").result(timeout=10)


def test_association_errors(deployed: ServiceManagementService) -> None:
    sms = deployed
    sms.create_reserved_ip_address("far", location="North Europe").result(timeout=10)
    with pytest.raises(BadRequestError, match="North Europe"):
        sms.associate_reserved_ip_address("far", "ipsvc", "dep")
    sms.create_reserved_ip_address("near", location="West US").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.associate_reserved_ip_address("near", "nosvc", "dep")
    with pytest.raises(ResourceNotFoundError):
        sms.associate_reserved_ip_address("near", "ipsvc", "nodep")
    with pytest.raises(BadRequestError, match="virtual IP"):
        sms.associate_reserved_ip_address("near", "ipsvc", "dep", "novip")
    # The association operations need x-ms-version 2015-02-01; older versions are refused.
    body = (
        '<ReservedIPAssociation xmlns="http://schemas.microsoft.com/windowsazure">'
        "<ServiceName>ipsvc</ServiceName><DeploymentName>dep</DeploymentName>"
        "</ReservedIPAssociation>"
    )
    path = f"/{sms.subscription_id}/services/networking/reservedips/near/operations/associate"
    with pytest.raises(BadRequestError, match="2015-02-01"):
        sms.perform_post(path, body, x_ms_version="2014-10-01")


def test_deployment_created_with_a_reserved_ip_uses_it(sms: ServiceManagementService) -> None:
    sms.create_reserved_ip_address("atbirth", location="West US").result(timeout=10)
    sms.create_hosted_service("birthsvc", "svc", location="West US")
    create_vm(sms, "birthsvc", reserved_ip_name="atbirth").result(timeout=10)
    ip = sms.get_reserved_ip_address("atbirth")
    assert (ip.in_use, ip.service_name, ip.deployment_name) == (True, "birthsvc", "dep")


# --- network configuration ------------------------------------------------------------------


def _configuration(*, with_gateway: bool = True) -> NetworkConfiguration:
    gateway = NetworkGateway(
        profile="Small",
        vpn_client_address_pool=["172.16.0.0/24"],
        connections_to_local_network=[
            LocalNetworkSiteRef("office", LocalNetworkConnection("IPsec"))
        ],
    )
    return NetworkConfiguration(
        dns_servers=[NetworkDnsServer("dc1", "10.0.0.4"), NetworkDnsServer("dc2", "10.0.0.5")],
        local_network_sites=[LocalNetworkSite("office", ["192.168.0.0/24"], "203.0.113.10")],
        virtual_network_sites=[
            VirtualNetworkSiteConfiguration(
                "vnet1",
                "West US",
                ["10.0.0.0/16"],
                [
                    SubnetConfiguration("Subnet-1", "10.0.0.0/24"),
                    SubnetConfiguration("GatewaySubnet", "10.0.255.0/29"),
                ],
                dns_servers_ref=[DnsServerRef("dc1")],
                gateway=gateway if with_gateway else None,
            ),
            VirtualNetworkSiteConfiguration("vnet2", "North Europe", ["10.1.0.0/16"], []),
        ],
    )


def test_set_get_configuration_and_sites(sms: ServiceManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_configuration()
    assert sms.list_virtual_network_sites() == []

    status = sms.set_network_configuration(_configuration()).result(timeout=10)
    assert status.status == "Succeeded"

    document = sms.get_network_configuration()
    assert [(s.name, s.ip_address) for s in document.dns_servers or []] == [
        ("dc1", "10.0.0.4"),
        ("dc2", "10.0.0.5"),
    ]
    (office,) = document.local_network_sites or []
    assert (office.name, office.address_space, office.vpn_gateway_address) == (
        "office",
        ["192.168.0.0/24"],
        "203.0.113.10",
    )
    vnet1 = (document.virtual_network_sites or [])[0]
    assert (vnet1.name, vnet1.location) == ("vnet1", "West US")
    assert [(s.name, s.address_prefix) for s in vnet1.subnets or []][0] == (
        "Subnet-1",
        "10.0.0.0/24",
    )
    assert vnet1.gateway is not None
    assert vnet1.gateway.connections_to_local_network is not None
    connection = vnet1.gateway.connections_to_local_network[0].connection
    assert connection is not None and connection.type == "IPsec"

    sites = sms.list_virtual_network_sites()
    assert [s.name for s in sites] == ["vnet1", "vnet2"]
    site = sites[0]
    assert site.state == "Created" and site.location == "West US" and site.in_use is False
    assert site.address_space == ["10.0.0.0/16"]
    assert [(s.name, s.address_prefix) for s in site.subnets or []] == [
        ("Subnet-1", "10.0.0.0/24"),
        ("GatewaySubnet", "10.0.255.0/29"),
    ]
    assert [(d.name, d.address) for d in site.dns_servers or []] == [("dc1", "10.0.0.4")]
    assert site.gateway is not None
    assert [s.name for s in site.gateway.sites or []] == ["office"]
    assert site.gateway.vpn_client_address_pool == ["172.16.0.0/24"]
    assert sms.get_subscription().current_virtual_network_sites == 2

    # Setting again replaces everything; a network keeps its id while its name stays.
    first_id = site.id
    smaller = _configuration(with_gateway=False)
    smaller.virtual_network_sites = (smaller.virtual_network_sites or [])[:1]
    sms.set_network_configuration(smaller).result(timeout=10)
    (again,) = sms.list_virtual_network_sites()
    assert again.id == first_id and again.gateway is None


def test_the_document_is_in_the_netcfg_namespace_with_attributes(
    sms: ServiceManagementService,
) -> None:
    sms.set_network_configuration(_configuration()).result(timeout=10)
    raw = sms.perform_get(f"/{sms.subscription_id}/services/networking/media").body
    root = etree.fromstring(raw)
    assert root.tag == f"{{{NETCFG}}}NetworkConfiguration"
    server = root.find(f".//{{{NETCFG}}}DnsServer")
    assert server is not None and server.get("name") == "dc1" and server.get("IPAddress")
    site = root.find(f".//{{{NETCFG}}}VirtualNetworkSite")
    assert site is not None and site.get("name") == "vnet1" and site.get("Location") == "West US"


def test_a_network_in_use_cannot_be_removed(sms: ServiceManagementService) -> None:
    sms.set_network_configuration(_configuration()).result(timeout=10)
    sms.create_hosted_service("netsvc", "svc", location="West US")
    create_vm(sms, "netsvc", virtual_network_name="vnet1").result(timeout=10)
    assert [s.in_use for s in sms.list_virtual_network_sites()] == [True, False]
    without = _configuration()
    without.virtual_network_sites = (without.virtual_network_sites or [])[1:]
    with pytest.raises(BadRequestError, match="deployment dep of cloud service netsvc"):
        sms.set_network_configuration(without)


def _site(document: NetworkConfiguration, index: int) -> VirtualNetworkSiteConfiguration:
    return (document.virtual_network_sites or [])[index]


def _bad_cidr(d: NetworkConfiguration) -> None:
    _site(d, 1).address_space = ["10.1.0.0/33"]


def _subnet_outside(d: NetworkConfiguration) -> None:
    (_site(d, 0).subnets or []).append(SubnetConfiguration("outside", "10.9.0.0/24"))


def _unknown_dns(d: NetworkConfiguration) -> None:
    (_site(d, 0).dns_servers_ref or []).append(DnsServerRef("nobody"))


def _unknown_local_site(d: NetworkConfiguration) -> None:
    gateway = _site(d, 0).gateway
    assert gateway is not None
    (gateway.connections_to_local_network or []).append(LocalNetworkSiteRef("nowhere"))


def _duplicate_name(d: NetworkConfiguration) -> None:
    (d.virtual_network_sites or []).append(
        VirtualNetworkSiteConfiguration("VNET2", "West US", ["10.2.0.0/16"])
    )


def _both_placements(d: NetworkConfiguration) -> None:
    _site(d, 1).affinity_group = "ag"


def _unknown_location(d: NetworkConfiguration) -> None:
    _site(d, 1).location = "Mars"


def _bad_dns_address(d: NetworkConfiguration) -> None:
    (d.dns_servers or [])[0].ip_address = "10.0.0.300"


def _no_address_space(d: NetworkConfiguration) -> None:
    _site(d, 1).address_space = None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_bad_cidr, "not a valid CIDR"),
        (_subnet_outside, "not inside the address space"),
        (_unknown_dns, "undefined DNS server"),
        (_unknown_local_site, "undefined local network"),
        (_duplicate_name, "more than once"),
        (_both_placements, "either a Location or an AffinityGroup"),
        (_unknown_location, "not a valid location"),
        (_bad_dns_address, "not a valid IPv4 address"),
        (_no_address_space, "address space"),
    ],
)
def test_invalid_configurations(
    sms: ServiceManagementService,
    change: Callable[[NetworkConfiguration], None],
    message: str,
) -> None:
    document = _configuration()
    change(document)
    with pytest.raises(BadRequestError, match=message):
        sms.set_network_configuration(document)
    with pytest.raises(ResourceNotFoundError):
        sms.get_network_configuration()  # nothing was applied


def test_an_affinity_group_network_blocks_deleting_the_group(
    sms: ServiceManagementService,
) -> None:
    sms.create_affinity_group("netag", "label", "West US")
    document = NetworkConfiguration(
        virtual_network_sites=[
            VirtualNetworkSiteConfiguration("agnet", None, ["10.5.0.0/16"], affinity_group="netag")
        ]
    )
    sms.set_network_configuration(document).result(timeout=10)
    assert sms.list_virtual_network_sites()[0].affinity_group == "netag"
    with pytest.raises(BadRequestError, match="virtual network agnet"):
        sms.delete_affinity_group("netag")
    sms.set_network_configuration(NetworkConfiguration(virtual_network_sites=[])).result(timeout=10)
    sms.delete_affinity_group("netag")


def test_configuration_applied_while_a_deployment_starts_using_a_network(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    sms.set_network_configuration(_configuration()).result(timeout=10)
    without = _configuration()
    without.virtual_network_sites = (without.virtual_network_sites or [])[1:]
    asm_emulator.server.operation_delay = 30
    pending = sms.set_network_configuration(without)  # accepted: vnet1 is not used yet
    asm_emulator.server.operation_delay = 0.05
    sms.create_hosted_service("racesvc", "svc", location="West US")
    create_vm(sms, "racesvc", virtual_network_name="vnet1").result(timeout=10)
    asm_emulator.server.state.operations.finish_all()
    with pytest.raises(OperationFailedError):
        pending.result(timeout=10)
    assert [s.name for s in sms.list_virtual_network_sites()] == ["vnet1", "vnet2"]
