"""End to end: the VPN gateway of a virtual network, its connections to local networks, shared
keys, IPsec parameters, diagnostics and operation status (x-ms-version 2016-07-01), strict."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    LocalNetworkConnection,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    NetworkConfiguration,
    NetworkGateway,
    ServiceManagementService,
    SubnetConfiguration,
    VirtualNetworkSiteConfiguration,
)
from azure_asm_emulator.certs import create_management_certificate
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    client = asm_emulator.new_client(strict=True)
    gateway = NetworkGateway(
        connections_to_local_network=[
            LocalNetworkSiteRef("office", LocalNetworkConnection("IPsec"))
        ]
    )
    document = NetworkConfiguration(
        local_network_sites=[LocalNetworkSite("office", ["192.168.0.0/24"], "203.0.113.10")],
        virtual_network_sites=[
            VirtualNetworkSiteConfiguration(
                "vnet1",
                "West US",
                ["10.0.0.0/16"],
                [
                    SubnetConfiguration("web", "10.0.0.0/24"),
                    SubnetConfiguration("GatewaySubnet", "10.0.255.0/29"),
                ],
                gateway=gateway,
            ),
            VirtualNetworkSiteConfiguration(
                "nogw", "West US", ["10.1.0.0/16"], [SubnetConfiguration("s", "10.1.0.0/24")]
            ),
        ],
    )
    client.set_network_configuration(document).result(timeout=10)
    return client


@pytest.fixture
def provisioned(sms: ServiceManagementService) -> ServiceManagementService:
    sms.create_gateway("vnet1", "Default", "DynamicRouting").result(timeout=30)
    return sms


def test_create_provisions_over_time_then_delete(sms: ServiceManagementService) -> None:
    assert sms.get_gateway("vnet1").state == "NotProvisioned"
    operation = sms.create_gateway("vnet1", gateway_type="dynamicrouting")
    provisioning = sms.get_gateway("vnet1")
    assert (provisioning.state, provisioning.gateway_type, provisioning.gateway_size) == (
        "Provisioning",
        "DynamicRouting",
        "Default",
    )
    assert sms.get_gateway_operation_status(operation.request_id).status == "InProgress"
    assert operation.result(timeout=30).status == "Succeeded"
    done = sms.get_gateway_operation_status(operation.request_id)
    assert (done.status, done.http_status_code) == ("Successful", "OK")
    gateway = sms.get_gateway("vnet1")
    assert gateway.state == "Provisioned" and gateway.vip_address
    assert gateway.last_event is not None and gateway.last_event.message

    with pytest.raises(ConflictError):
        sms.create_gateway("vnet1")
    sms.delete_gateway("vnet1").result(timeout=10)
    assert sms.get_gateway("vnet1").state == "NotProvisioned"
    with pytest.raises(ResourceNotFoundError):
        sms.delete_gateway("vnet1")


def test_create_refusals(sms: ServiceManagementService) -> None:
    with pytest.raises(BadRequestError, match="GatewaySubnet"):
        sms.create_gateway("nogw")
    with pytest.raises(BadRequestError):
        sms.create_gateway("vnet1", "Huge")
    with pytest.raises(ResourceNotFoundError):
        sms.create_gateway("nonet")
    with pytest.raises(ResourceNotFoundError):
        sms.get_gateway("nonet")
    with pytest.raises(ResourceNotFoundError):
        sms.get_gateway_operation_status("0" * 32)


def test_connections(provisioned: ServiceManagementService) -> None:
    sms = provisioned
    (connection,) = sms.list_gateway_connections("vnet1")
    assert (connection.local_network_site_name, connection.connectivity_state) == (
        "office",
        "Connected",
    )
    sms.connect_disconnect_or_test_gateway("vnet1", "office", "Disconnect").result(timeout=10)
    assert [c.connectivity_state for c in sms.list_gateway_connections("vnet1")] == ["NotConnected"]
    sms.connect_disconnect_or_test_gateway("vnet1", "OFFICE", "connect").result(timeout=10)
    assert [c.connectivity_state for c in sms.list_gateway_connections("vnet1")] == ["Connected"]
    with pytest.raises(BadRequestError):
        sms.connect_disconnect_or_test_gateway("vnet1", "office", "Explode")
    with pytest.raises(ResourceNotFoundError):
        sms.connect_disconnect_or_test_gateway("vnet1", "elsewhere", "Connect")
    with pytest.raises(ResourceNotFoundError):
        sms.list_gateway_connections("nogw")


def test_connections_need_a_provisioned_gateway(sms: ServiceManagementService) -> None:
    sms.create_gateway("vnet1")
    with pytest.raises(BadRequestError, match="Provisioning"):
        sms.get_gateway_shared_key("vnet1", "office")


def test_shared_keys_and_ipsec_parameters(provisioned: ServiceManagementService) -> None:
    sms = provisioned
    first = sms.get_gateway_shared_key("vnet1", "office").value
    assert first and first == sms.get_gateway_shared_key("vnet1", "office").value
    sms.set_gateway_shared_key("vnet1", "office", "my-Secret.key").result(timeout=10)
    assert sms.get_gateway_shared_key("vnet1", "office").value == "my-Secret.key"
    sms.reset_gateway_shared_key("vnet1", "office", 64).result(timeout=10)
    reset = sms.get_gateway_shared_key("vnet1", "office").value or ""
    assert len(reset) == 64 and reset != "my-Secret.key"
    for bad in ("", "x" * 129, "no spaces"):
        with pytest.raises(BadRequestError):
            sms.set_gateway_shared_key("vnet1", "office", bad)
    with pytest.raises(BadRequestError):
        sms.reset_gateway_shared_key("vnet1", "office", 0)

    ipsec = sms.get_gateway_ipsec_parameters("vnet1", "office")
    assert (ipsec.encryption_type, ipsec.sa_life_time_seconds, ipsec.hash_algorithm) == (
        "AES256",
        3600,
        "SHA1",
    )


def test_diagnostics(provisioned: ServiceManagementService) -> None:
    sms = provisioned
    assert sms.get_gateway_diagnostics("vnet1").state == "Ready"
    operation = sms.start_gateway_diagnostics("vnet1", 60, "captures", "a2V5", "mystorage")
    assert sms.get_gateway_diagnostics("vnet1").state == "InProgress"
    operation.result(timeout=10)
    status = sms.get_gateway_diagnostics("vnet1")
    assert status.state == "Ready"
    assert status.public_diagnostics_url == (
        "https://mystorage.blob.core.windows.net/captures/vnet1-diagnostics.zip"
    )
    sms.start_gateway_diagnostics("vnet1", 60, "captures", "a2V5", "mystorage")
    sms.stop_gateway_diagnostics("vnet1").result(timeout=10)
    assert sms.get_gateway_diagnostics("vnet1").state == "Ready"
    with pytest.raises(BadRequestError):
        sms.start_gateway_diagnostics("vnet1", 3600, "captures", "a2V5", "mystorage")


def test_default_sites(provisioned: ServiceManagementService) -> None:
    sms = provisioned
    assert sms.get_gateway("vnet1").default_sites == []
    sms.set_gateway_default_sites("vnet1", ["OFFICE"]).result(timeout=10)
    assert sms.get_gateway("vnet1").default_sites == ["office"]
    with pytest.raises(BadRequestError):
        sms.set_gateway_default_sites("vnet1", ["elsewhere"])
    sms.remove_gateway_default_sites("vnet1").result(timeout=10)
    assert sms.get_gateway("vnet1").default_sites == []


def test_vpn_client_package_needs_dynamic_routing(sms: ServiceManagementService) -> None:
    sms.create_gateway("vnet1", gateway_type="StaticRouting").result(timeout=30)
    with pytest.raises(BadRequestError, match="DynamicRouting"):
        sms.generate_vpn_client_package("vnet1", "Amd64")
    sms.delete_gateway("vnet1").result(timeout=10)
    sms.create_gateway("vnet1", gateway_type="DynamicRouting").result(timeout=30)
    assert (
        sms.generate_vpn_client_package("vnet1", "Amd64").result(timeout=10).status == "Succeeded"
    )
    with pytest.raises(BadRequestError):
        sms.generate_vpn_client_package("vnet1", "Sparc")


def test_supported_devices_and_their_scripts(provisioned: ServiceManagementService) -> None:
    sms = provisioned
    devices = sms.list_supported_vpn_devices()
    assert devices.version == "1.0"
    cisco = next(v for v in devices.vendors or [] if v.name == "Cisco Systems, Inc.")
    platform = (cisco.platforms or [])[0]
    family = (platform.os_families or [])[0]
    script = sms.get_vpn_device_configuration_script(
        "vnet1", cisco.name or "", platform.name or "", family.name or ""
    )
    assert sms.get_gateway("vnet1").vip_address in script
    with pytest.raises(ResourceNotFoundError):
        sms.get_vpn_device_configuration_script("vnet1", "Acme", "Box", "1.0")


def test_reset_resize_and_ipsec_parameters(provisioned: ServiceManagementService) -> None:
    sms = provisioned
    sms.resize_gateway("vnet1", "HighPerformance").result(timeout=10)
    assert sms.get_gateway("vnet1").gateway_size == "HighPerformance"
    with pytest.raises(BadRequestError):
        sms.resize_gateway("vnet1", "Gigantic")
    sms.reset_gateway("vnet1").result(timeout=10)
    last_event = sms.get_gateway("vnet1").last_event
    assert last_event is not None and last_event.message == "The gateway was reset."

    sms.set_gateway_ipsec_parameters(
        "vnet1", "office", "AES128", "PFS1", sa_life_time_seconds=7200
    ).result(timeout=10)
    ipsec = sms.get_gateway_ipsec_parameters("vnet1", "office")
    assert (ipsec.encryption_type, ipsec.pfs_group, ipsec.sa_life_time_seconds) == (
        "AES128",
        "PFS1",
        7200,
    )
    assert ipsec.hash_algorithm == "SHA1"  # kept
    with pytest.raises(BadRequestError):
        sms.set_gateway_ipsec_parameters("vnet1", "office", sa_life_time_seconds=0)


def test_client_root_certificates(provisioned: ServiceManagementService, tmp_path: Path) -> None:
    sms = provisioned
    root = create_management_certificate(tmp_path, "P2SRoot")
    uploaded = base64.b64encode(root.der).decode()
    assert sms.list_gateway_client_root_certificates("vnet1") == []
    sms.add_gateway_client_root_certificate("vnet1", uploaded).result(timeout=10)
    (listed,) = sms.list_gateway_client_root_certificates("vnet1")
    assert (listed.thumbprint, listed.subject) == (root.thumbprint.upper(), "CN=P2SRoot")
    assert listed.expiration_time is not None
    assert sms.get_gateway_client_root_certificate("vnet1", root.thumbprint.lower()) == uploaded
    with pytest.raises(ConflictError):
        sms.add_gateway_client_root_certificate("vnet1", uploaded)
    with pytest.raises(BadRequestError):
        sms.add_gateway_client_root_certificate("vnet1", "not a certificate")
    sms.delete_gateway_client_root_certificate("vnet1", root.thumbprint)
    assert sms.list_gateway_client_root_certificates("vnet1") == []
    with pytest.raises(ResourceNotFoundError):
        sms.get_gateway_client_root_certificate("vnet1", root.thumbprint)
