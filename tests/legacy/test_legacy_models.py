"""Provisioning code written for azure-servicemanagement-legacy, run against azure_asm models.

The first lines of such code failed before: `ConfigurationSet()` was a type alias, its type
was read-only, `input_endpoints.input_endpoints` did not exist and ports given as '22' were
refused. These tests run that code and compare what is sent with the typed spelling.
"""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree

from azure_asm import (
    SSH,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    ConfigurationSetInputEndpoints,
    ConfigurationSets,
    DataVirtualHardDisks,
    HttpRequest,
    HttpResponse,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    PersistentVMRole,
    PublicKey,
    Role,
    ServiceManagementService,
    StoredCertificateSettings,
    WindowsAzureData,
    WindowsConfigurationSet,
)

WA = "{http://schemas.microsoft.com/windowsazure}"


class Recorder:
    def __init__(self, body: bytes = b"", status: int = 202) -> None:
        self.requests: list[HttpRequest] = []
        self.answer = HttpResponse(status, {"x-ms-request-id": "r1"}, body)

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return self.answer


def deployment_body(system: Any, network: Any) -> bytes:
    recorder = Recorder()
    sms = ServiceManagementService("sub", transport=recorder)
    sms.create_virtual_machine_deployment(
        "mysvc",
        "mydep",
        "production",
        "my label",
        "myvm",
        system,
        OSVirtualHardDisk("myimage", "https://acct.blob.core.windows.net/vhds/os.vhd"),
        network_config=network,
        role_size="Small",
    )
    (request,) = recorder.requests
    assert request.body is not None
    return request.body


def legacy_network() -> Any:
    """As the reference's documentation and users wrote it."""
    network = ConfigurationSet()
    network.configuration_set_type = "NetworkConfiguration"
    endpoint = ConfigurationSetInputEndpoint("ssh", "tcp", "22", "22")  # type: ignore[arg-type]
    network.input_endpoints.input_endpoints.append(endpoint)  # type: ignore[attr-defined]
    network.subnet_names.append("Subnet-1")  # type: ignore[union-attr]
    return network


def typed_network() -> NetworkConfigurationSet:
    return NetworkConfigurationSet(
        input_endpoints=[ConfigurationSetInputEndpoint("ssh", "tcp", 22, 22)],
        subnet_names=["Subnet-1"],
    )


def test_general_network_set_is_sent_as_the_typed_one() -> None:
    linux = LinuxConfigurationSet("myhost", "azureuser", "Passw0rd!", True)
    legacy = deployment_body(linux, legacy_network())
    assert legacy == deployment_body(linux, typed_network())
    root = etree.fromstring(legacy)
    (endpoint,) = root.iter(f"{WA}InputEndpoint")
    assert endpoint.findtext(f"{WA}Port") == "22" and endpoint.findtext(f"{WA}LocalPort") == "22"
    # The ASM order: the provisioning set first, then the network set.
    kinds = [e.text for e in root.iter(f"{WA}ConfigurationSetType")]
    assert kinds == ["LinuxProvisioningConfiguration", "NetworkConfiguration"]


def test_general_provisioning_set_is_sent_as_the_typed_one() -> None:
    system = ConfigurationSet()
    system.configuration_set_type = "LinuxProvisioningConfiguration"
    system.host_name = "myhost"  # type: ignore[attr-defined]
    system.user_name = "azureuser"  # type: ignore[attr-defined]
    system.user_password = "Passw0rd!"  # type: ignore[attr-defined]
    system.disable_ssh_password_authentication = "true"  # type: ignore[attr-defined]
    typed = LinuxConfigurationSet("myhost", "azureuser", "Passw0rd!", True)
    assert deployment_body(system, None) == deployment_body(typed, None)


def test_a_general_set_of_the_wrong_kind_is_refused_naming_the_argument() -> None:
    recorder = Recorder()
    sms = ServiceManagementService("sub", transport=recorder)
    unknown = ConfigurationSet()
    unknown.configuration_set_type = "Bogus"
    linux = ConfigurationSet()
    linux.configuration_set_type = "LinuxProvisioningConfiguration"
    with pytest.raises(ValueError, match=r"^network_config\.configuration_set_type: must be one"):
        sms.add_role("svc", "dep", "vm", None, OSVirtualHardDisk("img"), network_config=unknown)
    with pytest.raises(
        ValueError, match=r"^network_config\.configuration_set_type: must be NetworkConfiguration"
    ):
        sms.add_role("svc", "dep", "vm", None, OSVirtualHardDisk("img"), network_config=linux)
    assert recorder.requests == []


def test_text_ports_and_booleans_are_converted_and_other_text_refused() -> None:
    recorder = Recorder()
    sms = ServiceManagementService("sub", transport=recorder)
    network = legacy_network()
    network.input_endpoints[0].port = "x22"
    with pytest.raises(
        TypeError, match=r"^network_config\.input_endpoints\[0\]\.port: must be an int, got str"
    ):
        sms.add_role("svc", "dep", "vm", None, OSVirtualHardDisk("img"), network_config=network)
    network.input_endpoints[0].port = "22"
    linux = LinuxConfigurationSet("h", "u", "Passw0rd!", "no")  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^system_config\.disable_ssh_password_authentication: must be a bool"
    ):
        sms.add_role("svc", "dep", "vm", linux, OSVirtualHardDisk("img"))
    assert recorder.requests == []
    sms.delete_role("svc", "dep", "vm", complete="true")  # type: ignore[arg-type]
    assert recorder.requests[0].url.endswith("?comp=media")


def test_fresh_models_start_with_the_reference_containers() -> None:
    role = Role()
    assert isinstance(role, WindowsAzureData)
    assert isinstance(role.configuration_sets, ConfigurationSets)
    assert isinstance(role.data_virtual_hard_disks, DataVirtualHardDisks)
    role.configuration_sets.configuration_sets.append(typed_network())  # type: ignore[union-attr]
    role.configuration_sets.append(LinuxConfigurationSet("h"))  # type: ignore[union-attr]
    assert len(role.configuration_sets) == 2  # type: ignore[arg-type]
    assert Role().configuration_sets == []  # not shared between instances
    assert isinstance(ConfigurationSet().input_endpoints, ConfigurationSetInputEndpoints)
    windows = WindowsConfigurationSet()
    assert isinstance(windows.stored_certificate_settings, StoredCertificateSettings)
    linux = LinuxConfigurationSet(ssh=SSH())
    assert linux.ssh is not None
    linux.ssh.public_keys.public_keys.append(PublicKey("AB12", "/home/u/.ssh/keys"))  # type: ignore[union-attr]
    # vars() and __dict__ list every member, as the reference's did.
    assert "configuration_sets" in vars(role) and role.__dict__ is vars(role)
    converted = {key: value for key, value in vars(linux).items()}
    assert converted["host_name"] is None and converted["ssh"] is linux.ssh


def test_untouched_nested_models_are_not_sent() -> None:
    windows = WindowsConfigurationSet("mypc", "Passw0rd!")
    body = deployment_body(windows, None)
    root = etree.fromstring(body)
    for element in (
        "DomainJoin",
        "StoredCertificateSettings",
        "WinRM",
        "AdditionalUnattendContent",
    ):
        assert root.find(f".//{WA}{element}") is None, element
    assert root.find(f".//{WA}DataVirtualHardDisks") is None


ROLE_WITHOUT_LISTS = b"""<PersistentVMRole xmlns="http://schemas.microsoft.com/windowsazure"
 xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:type="PersistentVMRole">
<RoleName>vm</RoleName><RoleType>PersistentVMRole</RoleType></PersistentVMRole>"""


def test_read_models_start_with_the_same_containers_as_fresh_ones() -> None:
    sms = ServiceManagementService("sub", transport=Recorder(ROLE_WITHOUT_LISTS, 200))
    role = sms.get_role("svc", "dep", "vm")
    assert isinstance(role, PersistentVMRole)
    assert isinstance(role.configuration_sets, ConfigurationSets) and role.configuration_sets == []
    assert isinstance(role.data_virtual_hard_disks, DataVirtualHardDisks)
    # A nested model the service left out reads back as the fresh instance a new model has.
    assert isinstance(role.os_virtual_hard_disk, OSVirtualHardDisk)
    assert (
        role.os_virtual_hard_disk == PersistentVMRole().os_virtual_hard_disk == OSVirtualHardDisk()
    )
