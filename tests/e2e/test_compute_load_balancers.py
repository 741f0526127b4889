"""End to end: internal load balancers, load-balanced endpoint sets, and a virtual machine's
Remote Desktop file, redeploy and maintenance."""

from __future__ import annotations

import pytest

from azure_asm import (
    ConfigurationSetInputEndpoint,
    FrontendIpConfiguration,
    LinuxConfigurationSet,
    LoadBalancedEndpoint,
    LoadBalancerProbe,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

pytestmark = pytest.mark.e2e

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"
PRIVATE = FrontendIpConfiguration(type="Private")


def endpoints(ssh_port: int) -> NetworkConfigurationSet:
    return NetworkConfigurationSet(
        input_endpoints=[
            ConfigurationSetInputEndpoint("SSH", "tcp", ssh_port, 22),
            ConfigurationSetInputEndpoint("RDP", "tcp", ssh_port + 1000, 3389),
            ConfigurationSetInputEndpoint(
                "web", "tcp", 80, 80, load_balanced_endpoint_set_name="webset"
            ),
        ]
    )


@pytest.fixture
def vms(asm_emulator):
    """Strict client; service ``svc``, deployment ``dep``: ``vm1`` and ``vm2`` in set webset."""
    client = asm_emulator.new_client(strict=True)
    client.create_hosted_service("svc", "svc", location="West US")
    for index, name in enumerate(("vm1", "vm2")):
        disk = OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/{name}.vhd")
        linux = LinuxConfigurationSet(name, "azureuser", "s3cret-Passw0rd", True)
        if index == 0:
            client.create_virtual_machine_deployment(
                "svc", "dep", "production", "dep", name, linux, disk, endpoints(22)
            ).result(timeout=10)
        else:
            client.add_role("svc", "dep", name, linux, disk, endpoints(2222)).result(10)
    return client


def web_endpoints(client) -> list[tuple[int, int | None]]:
    found = []
    for role in client.get_deployment_by_name("svc", "dep").role_list:
        for config in role.configuration_sets:
            for endpoint in config.input_endpoints or []:
                if endpoint.load_balanced_endpoint_set_name == "webset":
                    found.append((endpoint.port, endpoint.idle_timeout_in_minutes))
    return found


def test_create_update_delete_load_balancer(vms):
    vms.create_load_balancer("svc", "dep", "ilb", PRIVATE).result(timeout=10)
    [balancer] = vms.get_deployment_by_name("svc", "dep").load_balancers
    assert (balancer.name, balancer.frontend_ip_configuration.type) == ("ilb", "Private")
    with pytest.raises(ConflictError, match="already exists"):
        vms.create_load_balancer("svc", "dep", "ILB", PRIVATE)
    fixed = FrontendIpConfiguration(type="Private", static_virtual_network_ip_address="10.0.0.9")
    vms.update_load_balancer("svc", "dep", "ilb", "ilb", fixed).result(timeout=10)
    [balancer] = vms.get_deployment_by_name("svc", "dep").load_balancers
    assert balancer.frontend_ip_configuration.static_virtual_network_ip_address == "10.0.0.9"
    vms.delete_load_balancer("svc", "dep", "ilb").result(timeout=10)
    assert not vms.get_deployment_by_name("svc", "dep").load_balancers
    with pytest.raises(ResourceNotFoundError):
        vms.delete_load_balancer("svc", "dep", "ilb")


def test_load_balancer_refusals(vms):
    with pytest.raises(BadRequestError, match="must be Private"):
        vms.create_load_balancer("svc", "dep", "ilb", FrontendIpConfiguration(type="Public"))
    with pytest.raises(BadRequestError, match="virtual network"):
        vms.create_load_balancer(
            "svc", "dep", "ilb", FrontendIpConfiguration(type="Private", subnet_name="front")
        )
    with pytest.raises(ResourceNotFoundError):
        vms.update_load_balancer("svc", "dep", "nope", "nope", PRIVATE)
    with pytest.raises(ResourceNotFoundError):
        vms.create_load_balancer("svc", "nodep", "ilb", PRIVATE)


def test_update_load_balanced_endpoint_set(vms):
    assert web_endpoints(vms) == [(80, 4), (80, 4)]
    change = LoadBalancedEndpoint(
        "webset",
        local_port=80,
        name="web",
        port=8080,
        protocol="tcp",
        load_balancer_probe=LoadBalancerProbe(path="/health", port=80, protocol="http"),
        idle_timeout_in_minutes=10,
    )
    vms.update_load_balanced_endpoint_set("svc", "dep", [change]).result(timeout=10)
    assert web_endpoints(vms) == [(8080, 10), (8080, 10)]
    with pytest.raises(BadRequestError, match="does not exist"):
        vms.update_load_balanced_endpoint_set("svc", "dep", [LoadBalancedEndpoint("other")])
    vms.update_load_balanced_endpoint_set("svc", "dep", [LoadBalancedEndpoint("webset")]).result(10)
    assert web_endpoints(vms) == []


def test_remote_desktop_file(vms):
    rdp = vms.get_remote_desktop_file("svc", "dep", "vm2")
    assert "full address:s:svc.cloudapp.net:3222" in rdp
    with pytest.raises(ResourceNotFoundError):
        vms.get_remote_desktop_file("svc", "dep", "vm9")


def test_redeploy_and_maintenance(vms):
    operation = vms.redeploy_role("svc", "dep", "vm1")
    operation.result(timeout=10)
    deployment = vms.get_deployment_by_name("svc", "dep")
    [vm1] = [i for i in deployment.role_instance_list if i.role_name == "vm1"]
    assert vm1.instance_status == "ReadyRole"
    with pytest.raises(BadRequestError, match="maintenance"):
        vms.perform_role_maintenance("svc", "dep", "vm1")
    with pytest.raises(ResourceNotFoundError):
        vms.redeploy_role("svc", "dep", "vm9")
