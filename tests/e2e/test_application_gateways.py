"""End to end: application gateways and their SSL certificates (x-ms-version 2016-07-01),
in strict mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    ApplicationGatewayBackendAddressPool,
    ApplicationGatewayBackendHttpSettings,
    ApplicationGatewayConfiguration,
    ApplicationGatewayFrontendIP,
    ApplicationGatewayFrontendPort,
    ApplicationGatewayHttpListener,
    ApplicationGatewayHttpLoadBalancingRule,
    ApplicationGatewayProbe,
    ServiceManagementService,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from tests.e2e.test_network_security_groups import two_networks

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    client = asm_emulator.new_client(strict=True)
    two_networks(client)
    return client


def test_create_start_stop_update_delete(sms: ServiceManagementService) -> None:
    assert sms.list_application_gateways() == []
    sms.create_application_gateway("appgw", "vnet1", ["web"], "small", 2, "front end").result(
        timeout=10
    )
    gateway = sms.get_application_gateway("APPGW")
    assert (gateway.name, gateway.state, gateway.gateway_size, gateway.subnets) == (
        "appgw",
        "Stopped",
        "Small",
        ["web"],
    )
    assert [g.name for g in sms.list_application_gateways()] == ["appgw"]
    with pytest.raises(ConflictError):
        sms.create_application_gateway("appgw", "vnet1", ["web"])

    sms.execute_application_gateway_operation("appgw", "Start").result(timeout=10)
    running = sms.get_application_gateway("appgw")
    assert running.state == "Running" and running.virtual_ips
    with pytest.raises(BadRequestError, match="stop it first"):
        sms.delete_application_gateway("appgw")
    with pytest.raises(BadRequestError):
        sms.execute_application_gateway_operation("appgw", "Explode")

    sms.update_application_gateway("appgw", instance_count=4, gateway_size="Large").result(
        timeout=10
    )
    updated = sms.get_application_gateway("appgw")
    assert (updated.instance_count, updated.gateway_size, updated.description) == (
        4,
        "Large",
        "front end",
    )
    sms.execute_application_gateway_operation("appgw", "Stop").result(timeout=10)
    assert sms.get_application_gateway("appgw").virtual_ips == []
    sms.delete_application_gateway("appgw").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.get_application_gateway("appgw")


@pytest.mark.parametrize(
    ("vnet", "subnets", "size", "count"),
    [
        ("novnet", ["web"], None, None),
        ("vnet1", ["nosubnet"], None, None),
        ("vnet1", ["web"], "Huge", None),
        ("vnet1", ["web"], None, 11),
    ],
)
def test_create_refusals(
    sms: ServiceManagementService,
    vnet: str,
    subnets: list[str],
    size: str | None,
    count: int | None,
) -> None:
    with pytest.raises(BadRequestError):
        sms.create_application_gateway("appgw", vnet, subnets, size, count)
    assert sms.list_application_gateways() == []


def test_certificates(sms: ServiceManagementService) -> None:
    sms.create_application_gateway("appgw", "vnet1", ["web"]).result(timeout=10)
    sms.add_application_gateway_certificate("appgw", "site", "UEZYREFUQQ==", "pfx", "pw").result(
        timeout=10
    )
    certificate = sms.get_application_gateway_certificate("appgw", "site")
    assert (certificate.name, certificate.state) == ("site", "Provisioned")
    assert [c.name for c in sms.list_application_gateway_certificates("appgw")] == ["site"]
    with pytest.raises(ConflictError):
        sms.add_application_gateway_certificate("appgw", "site", "UEZYREFUQQ==", "pfx", "pw")
    with pytest.raises(BadRequestError):
        sms.add_application_gateway_certificate("appgw", "other", "UEZYREFUQQ==", "cer", "pw")
    sms.delete_application_gateway_certificate("appgw", "site").result(timeout=10)
    assert sms.list_application_gateway_certificates("appgw") == []
    with pytest.raises(ResourceNotFoundError):
        sms.get_application_gateway_certificate("appgw", "site")
    with pytest.raises(ResourceNotFoundError):
        sms.list_application_gateway_certificates("nogw")


def _config(**changes: object) -> ApplicationGatewayConfiguration:
    config = ApplicationGatewayConfiguration(
        frontend_ip_configurations=[
            ApplicationGatewayFrontendIP(name="fip", type="Private", static_ip_address="10.0.0.10")
        ],
        frontend_ports=[ApplicationGatewayFrontendPort(name="p80", port=80)],
        probes=[
            ApplicationGatewayProbe(
                name="probe",
                protocol="Http",
                host="localhost",
                path="/",
                interval=30,
                timeout=120,
                unhealthy_threshold=8,
            )
        ],
        backend_address_pools=[
            ApplicationGatewayBackendAddressPool(name="pool", ip_addresses=["10.0.1.4"])
        ],
        backend_http_settings_list=[
            ApplicationGatewayBackendHttpSettings(
                name="settings",
                port=80,
                protocol="Http",
                cookie_based_affinity="Disabled",
                request_timeout=30,
                probe="probe",
            )
        ],
        http_listeners=[
            ApplicationGatewayHttpListener(
                name="listener", frontend_ip="fip", frontend_port="p80", protocol="Http"
            )
        ],
        http_load_balancing_rules=[
            ApplicationGatewayHttpLoadBalancingRule(
                name="rule",
                type="basic",
                backend_http_settings="settings",
                listener="listener",
                backend_address_pool="pool",
            )
        ],
    )
    for name, value in changes.items():
        setattr(config, name, value)
    return config


def test_configuration(sms: ServiceManagementService) -> None:
    sms.create_application_gateway("appgw", "vnet1", ["web"]).result(timeout=10)
    assert sms.get_application_gateway_config("appgw").http_listeners is None
    sms.set_application_gateway_config("appgw", _config()).result(timeout=10)
    config = sms.get_application_gateway_config("appgw")
    assert config == _config()
    broken = _config(
        http_listeners=[
            ApplicationGatewayHttpListener(
                name="l", frontend_ip="nofip", frontend_port="p80", protocol="Http"
            )
        ]
    )
    with pytest.raises(BadRequestError, match="nofip"):
        sms.set_application_gateway_config("appgw", broken)
    with pytest.raises(BadRequestError, match="certificate"):
        sms.set_application_gateway_config(
            "appgw",
            _config(
                http_listeners=[
                    ApplicationGatewayHttpListener(
                        name="listener",
                        frontend_ip="fip",
                        frontend_port="p80",
                        protocol="Https",
                        ssl_cert="nocert",
                    )
                ]
            ),
        )
    with pytest.raises(ResourceNotFoundError):
        sms.get_application_gateway_config("nogw")
