"""End to end: gateways addressed by id (local network gateways, virtual network gateways and
the connections between them, x-ms-version 2016-07-01), in strict mode."""

from __future__ import annotations

import pytest

from azure_asm import BgpSettings, ServiceManagementService
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from tests.e2e.test_gateways import sms  # noqa: F401 - the fixture: vnet1 with a GatewaySubnet

pytestmark = pytest.mark.e2e


def test_local_network_gateways(sms: ServiceManagementService) -> None:  # noqa: F811
    assert sms.list_local_network_gateways() == []
    gateway_id = sms.create_local_network_gateway(
        "office",
        "203.0.113.10",
        ["192.168.0.0/24"],
        BgpSettings(asn=65010, bgp_peering_address="192.168.0.1"),
    )
    gateway = sms.get_local_network_gateway(gateway_id)
    assert (gateway.id, gateway.gateway_name, gateway.ip_address, gateway.address_space) == (
        gateway_id,
        "office",
        "203.0.113.10",
        ["192.168.0.0/24"],
    )
    assert gateway.bgp_settings is not None and gateway.bgp_settings.asn == 65010
    assert [g.id for g in sms.list_local_network_gateways()] == [gateway_id]
    with pytest.raises(ConflictError):
        sms.create_local_network_gateway("office", "203.0.113.11")
    with pytest.raises(BadRequestError):
        sms.create_local_network_gateway("bad", "not-an-address")
    sms.delete_local_network_gateway(gateway_id)
    assert sms.list_local_network_gateways() == []
    with pytest.raises(ResourceNotFoundError):
        sms.get_local_network_gateway(gateway_id)


def test_virtual_network_gateways_and_connections(sms: ServiceManagementService) -> None:  # noqa: F811
    site = next(s for s in sms.list_virtual_network_sites() if s.name == "vnet1")
    operation = sms.create_virtual_network_gateway(
        "vnet1", "gw1", "Default", "DynamicRouting", "West US", site.id
    )
    (gateway,) = sms.list_virtual_network_gateways()
    assert (gateway.gateway_name, gateway.state, gateway.vnet_id) == (
        "gw1",
        "Provisioning",
        site.id,
    )
    operation.result(timeout=30)
    gateway = sms.get_virtual_network_gateway(gateway.gateway_id or "")
    assert gateway.state == "Provisioned" and gateway.vip_address
    with pytest.raises(ConflictError):
        sms.create_virtual_network_gateway("vnet1", "gw2")
    with pytest.raises(BadRequestError, match="GatewaySubnet"):
        sms.create_virtual_network_gateway("nogw", "gw3")

    local_id = sms.create_local_network_gateway("office", "203.0.113.10", ["192.168.0.0/24"])
    sms.create_virtual_network_gateway_connection(
        local_id, "to-office", gateway.gateway_id or "", "IPsec", 10, "s3cret", False
    ).result(timeout=10)
    connection = sms.get_virtual_network_gateway_connection(gateway.gateway_id or "", local_id)
    assert (
        connection.gateway_connection_name,
        connection.routing_weight,
        connection.shared_key,
    ) == (
        "to-office",
        10,
        "s3cret",
    )
    assert [c.gateway_connection_name for c in sms.list_virtual_network_gateway_connections()] == [
        "to-office"
    ]
    with pytest.raises(ConflictError):
        sms.create_virtual_network_gateway_connection(local_id, "again", gateway.gateway_id or "")
    with pytest.raises(ResourceNotFoundError):
        sms.create_virtual_network_gateway_connection("nolocal", "x", gateway.gateway_id or "")
    for delete in (
        lambda: sms.delete_local_network_gateway(local_id),
        lambda: sms.delete_virtual_network_gateway(gateway.gateway_id or ""),
    ):
        with pytest.raises(BadRequestError, match="used by"):
            delete()

    sms.delete_virtual_network_gateway_connection(gateway.gateway_id or "", local_id).result(
        timeout=10
    )
    assert sms.list_virtual_network_gateway_connections() == []
    sms.delete_virtual_network_gateway(gateway.gateway_id or "").result(timeout=10)
    sms.delete_local_network_gateway(local_id)
    assert sms.list_virtual_network_gateways() == []


def test_shared_key_ipsec_and_diagnostics_by_id(sms: ServiceManagementService) -> None:  # noqa: F811
    sms.create_virtual_network_gateway("vnet1", "gw1").result(timeout=30)
    (gateway,) = sms.list_virtual_network_gateways()
    gateway_id = gateway.gateway_id or ""
    local_id = sms.create_local_network_gateway("office", "203.0.113.10", ["192.168.0.0/24"])
    sms.create_virtual_network_gateway_connection(local_id, "c", gateway_id).result(timeout=10)

    generated = sms.get_virtual_network_gateway_shared_key(gateway_id, local_id).value
    assert generated and len(generated) == 32
    sms.set_virtual_network_gateway_shared_key(gateway_id, local_id, "n3w-key").result(timeout=10)
    assert sms.get_virtual_network_gateway_shared_key(gateway_id, local_id).value == "n3w-key"
    assert sms.get_virtual_network_gateway_connection(gateway_id, local_id).shared_key == "n3w-key"
    with pytest.raises(BadRequestError):
        sms.set_virtual_network_gateway_shared_key(gateway_id, local_id, "")
    with pytest.raises(ResourceNotFoundError):
        sms.get_virtual_network_gateway_shared_key(gateway_id, "nothere")
    ipsec = sms.get_virtual_network_gateway_ipsec_parameters(gateway_id, local_id)
    assert ipsec.encryption_type == "AES256"

    assert sms.get_virtual_network_gateway_diagnostics(gateway_id).state == "Ready"
    sms.start_virtual_network_gateway_diagnostics(gateway_id, 30, "cap", "a2V5", "acct").result(
        timeout=10
    )
    status = sms.get_virtual_network_gateway_diagnostics(gateway_id)
    assert status.public_diagnostics_url == (
        f"https://acct.blob.core.windows.net/cap/{gateway_id.lower()}-diagnostics.zip"
    )
    sms.stop_virtual_network_gateway_diagnostics(gateway_id).result(timeout=10)
    assert sms.get_virtual_network_gateway_diagnostics(gateway_id).state == "Ready"


def test_changes_of_gateways_by_id(sms: ServiceManagementService) -> None:  # noqa: F811
    sms.create_virtual_network_gateway("vnet1", "gw1").result(timeout=30)
    (gateway,) = sms.list_virtual_network_gateways()
    gateway_id = gateway.gateway_id or ""
    local_id = sms.create_local_network_gateway("office", "203.0.113.10", ["192.168.0.0/24"])
    sms.create_virtual_network_gateway_connection(
        local_id, "c", gateway_id, routing_weight=1
    ).result(timeout=10)

    sms.resize_virtual_network_gateway(gateway_id, "UltraPerformance").result(timeout=10)
    assert sms.get_virtual_network_gateway(gateway_id).gateway_size == "UltraPerformance"
    sms.reset_virtual_network_gateway(gateway_id).result(timeout=10)
    sms.update_local_network_gateway(local_id, ["192.168.0.0/24", "192.168.1.0/24"])
    assert sms.get_local_network_gateway(local_id).address_space == [
        "192.168.0.0/24",
        "192.168.1.0/24",
    ]
    with pytest.raises(BadRequestError):
        sms.update_local_network_gateway(local_id, ["nonsense"])

    sms.update_virtual_network_gateway_connection(gateway_id, local_id, routing_weight=5).result(
        timeout=10
    )
    connection = sms.get_virtual_network_gateway_connection(gateway_id, local_id)
    assert (connection.routing_weight, connection.gateway_connection_name) == (5, "c")
    sms.reset_virtual_network_gateway_shared_key(gateway_id, local_id, 16).result(timeout=10)
    assert len(sms.get_virtual_network_gateway_shared_key(gateway_id, local_id).value or "") == 16
    sms.set_virtual_network_gateway_ipsec_parameters(
        gateway_id, local_id, hash_algorithm="SHA256"
    ).result(timeout=10)
    ipsec = sms.get_virtual_network_gateway_ipsec_parameters(gateway_id, local_id)
    assert (ipsec.hash_algorithm, ipsec.encryption_type) == ("SHA256", "AES256")
