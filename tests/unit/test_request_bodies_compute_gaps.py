"""Request bodies of the compute elements newer x-ms-versions added to existing shapes.

Each element is sent only when given (so the reference package's calls send what they sent),
at the place the ASM REST reference and Microsoft's azure-asm-compute give it: ReverseDnsFqdn
last in Create/Update Cloud Service; LoadBalancerDistribution and VirtualIPName after
IdleTimeoutInMinutes in an InputEndpoint; ForceUpdate after State in a
ResourceExtensionReference; Provisioning (AccountData) after MachineObjectOU in DomainJoin; Add
OS Image's descriptive elements after OS and Update OS Image's IsPremium after PublishedDate.
Bodies are compared as canonical XML and read back strictly.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import pytest
from lxml import etree

from azure_asm import (
    ConfigurationSetInputEndpoint,
    DomainJoin,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    ResourceExtensionReference,
    WindowsConfigurationSet,
)
from azure_asm.models import DomainJoinProvisioning, UpdateOSImageInput
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document
from tests.unit.client_cases import call

WA = "http://schemas.microsoft.com/windowsazure"
NS = f'xmlns="{WA}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
VHD = "https://acct.blob.core.windows.net/vhds/vm.vhd"
IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def canonical(document: str | bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    data = document.encode() if isinstance(document, str) else document
    return etree.tostring(etree.fromstring(data, parser), method="c14n2").decode()


def body_of(operation: str, args: dict[str, Any]) -> bytes:
    _, request = call(operation, args)
    assert request.body is not None
    read = CODECS[operation].read_request
    assert read is not None
    read(parse_document(request.body), DeserializeContext(strict=True))
    return request.body


def test_create_hosted_service_sends_reverse_dns_fqdn_last() -> None:
    body = body_of(
        "create_hosted_service",
        {
            "service_name": "svc",
            "label": "svc",
            "location": "West US",
            "extended_properties": {"k": "v"},
            "reverse_dns_fqdn": "svc.cloudapp.net.",
        },
    )
    assert canonical(body) == canonical(
        f"""<CreateHostedService {NS}><ServiceName>svc</ServiceName><Label>{b64("svc")}</Label>
        <Location>West US</Location>
        <ExtendedProperties><ExtendedProperty><Name>k</Name><Value>v</Value></ExtendedProperty>
        </ExtendedProperties><ReverseDnsFqdn>svc.cloudapp.net.</ReverseDnsFqdn>
        </CreateHostedService>"""
    )


@pytest.mark.parametrize("fqdn", [None, "www.contoso.com."])
def test_update_hosted_service_sends_reverse_dns_fqdn_only_when_given(fqdn: str | None) -> None:
    args: dict[str, Any] = {"service_name": "svc", "description": "d"}
    if fqdn is not None:
        args["reverse_dns_fqdn"] = fqdn
    body = body_of("update_hosted_service", args)
    tail = f"<ReverseDnsFqdn>{fqdn}</ReverseDnsFqdn>" if fqdn else ""
    assert canonical(body) == canonical(
        f"<UpdateHostedService {NS}><Description>d</Description>{tail}</UpdateHostedService>"
    )


def _endpoint() -> ConfigurationSetInputEndpoint:
    endpoint = ConfigurationSetInputEndpoint("web", "tcp", 80, 8080, "web-set")
    endpoint.load_balancer_distribution = "sourceIPProtocol"
    endpoint.virtual_ip_name = "second-vip"
    return endpoint


ENDPOINT_XML = """<InputEndpoint><LoadBalancedEndpointSetName>web-set</LoadBalancedEndpointSetName>
  <LocalPort>8080</LocalPort><Name>web</Name><Port>80</Port><Protocol>tcp</Protocol>
  <EnableDirectServerReturn>false</EnableDirectServerReturn>
  <IdleTimeoutInMinutes>4</IdleTimeoutInMinutes>
  <LoadBalancerDistribution>sourceIPProtocol</LoadBalancerDistribution>
  <VirtualIPName>second-vip</VirtualIPName></InputEndpoint>"""


def test_add_role_sends_distribution_vip_name_and_force_update_in_order() -> None:
    extension = ResourceExtensionReference("CustomScript", "Microsoft.OSTCExtensions", "CSL", "1.*")
    extension.state = "Enable"
    extension.force_update = True
    body = body_of(
        "add_role",
        {
            "service_name": "svc",
            "deployment_name": "dep",
            "role_name": "vm2",
            "system_config": LinuxConfigurationSet("host", "user", "Passw0rd!", True),
            "os_virtual_hard_disk": OSVirtualHardDisk(IMAGE, VHD),
            "network_config": NetworkConfigurationSet(input_endpoints=[_endpoint()]),
            "resource_extension_references": [extension],
        },
    )
    root = parse_document(body)
    [endpoint] = root.iter(f"{{{WA}}}InputEndpoint")
    assert canonical(etree.tostring(endpoint)) == canonical(
        ENDPOINT_XML.replace("<InputEndpoint>", f"<InputEndpoint {NS}>", 1)
    )
    [reference] = root.iter(f"{{{WA}}}ResourceExtensionReference")
    assert [etree.QName(child).localname for child in reference] == [
        "ReferenceName", "Publisher", "Name", "Version", "State", "ForceUpdate",
    ]  # fmt: skip
    assert reference[-1].text == "true"


def test_domain_join_provisioning_follows_machine_object_ou() -> None:
    config = WindowsConfigurationSet("winvm", "Passw0rd!x", admin_username="admin")
    config.domain_join = DomainJoin(
        join_domain="contoso.com",
        machine_object_ou="OU=VMs,DC=contoso,DC=com",
        provisioning=DomainJoinProvisioning("YWNjb3VudC1ibG9i"),
    )
    body = body_of(
        "add_role",
        {
            "service_name": "svc",
            "deployment_name": "dep",
            "role_name": "winvm",
            "system_config": config,
            "os_virtual_hard_disk": OSVirtualHardDisk(IMAGE, VHD),
        },
    )
    [domain_join] = parse_document(body).iter(f"{{{WA}}}DomainJoin")
    assert canonical(etree.tostring(domain_join)) == canonical(
        f"""<DomainJoin {NS}><JoinDomain>contoso.com</JoinDomain>
        <MachineObjectOU>OU=VMs,DC=contoso,DC=com</MachineObjectOU>
        <Provisioning><AccountData>YWNjb3VudC1ibG9i</AccountData></Provisioning></DomainJoin>"""
    )
    assert "YWNjb3VudC1ibG9i" not in repr(config.domain_join)


def test_untouched_models_send_none_of_the_new_elements() -> None:
    body = body_of(
        "add_role",
        {
            "service_name": "svc",
            "deployment_name": "dep",
            "role_name": "vm2",
            "system_config": WindowsConfigurationSet("winvm", "Passw0rd!x", admin_username="a"),
            "os_virtual_hard_disk": OSVirtualHardDisk(IMAGE, VHD),
            "network_config": NetworkConfigurationSet(
                input_endpoints=[ConfigurationSetInputEndpoint("ssh", "tcp", 22, 22)]
            ),
            "resource_extension_references": [
                ResourceExtensionReference("CustomScript", "Microsoft.OSTCExtensions", "CSL", "1.*")
            ],
        },
    )
    for element in ("LoadBalancerDistribution", "VirtualIPName", "ForceUpdate", "Provisioning"):
        assert f"<{element}>".encode() not in body


def test_add_os_image_sends_descriptive_elements_after_os_in_order() -> None:
    body = body_of(
        "add_os_image",
        {
            "label": "img",
            "media_link": VHD,
            "name": "img",
            "os": "Windows",
            "language": "English",
            "is_premium": True,
            "eula": "https://contoso.com/eula",
            "published_date": datetime(2016, 3, 1, tzinfo=UTC),
            "show_in_gui": False,
            "small_icon_uri": "small.png",
        },
    )
    root = parse_document(body)
    assert [etree.QName(child).localname for child in root] == [
        "Label", "MediaLink", "Name", "OS", "Eula", "PublishedDate", "IsPremium", "ShowInGui",
        "SmallIconUri", "Language",
    ]  # fmt: skip
    assert [child.text for child in root][4:8] == [
        "https://contoso.com/eula", "2016-03-01T00:00:00Z", "true", "false",
    ]  # fmt: skip


def test_add_os_image_without_keywords_sends_the_four_elements() -> None:
    body = body_of("add_os_image", {"label": "l", "media_link": VHD, "name": "n", "os": "Linux"})
    assert canonical(body) == canonical(
        f"<OSImage {NS}><Label>l</Label><MediaLink>{VHD}</MediaLink><Name>n</Name><OS>Linux</OS>"
        "</OSImage>"
    )


def test_update_os_image_from_image_reference_sends_is_premium_after_published_date() -> None:
    image = UpdateOSImageInput(
        "l", published_date=datetime(2016, 3, 1, tzinfo=UTC), is_premium=False
    )
    image.icon_uri = "icon.png"
    body = body_of("update_os_image_from_image_reference", {"image_name": "img", "os_image": image})
    assert [etree.QName(child).localname for child in parse_document(body)] == [
        "Label", "PublishedDate", "IsPremium", "IconUri",
    ]  # fmt: skip
