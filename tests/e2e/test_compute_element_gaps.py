"""End to end: elements of newer x-ms-versions on existing compute shapes, against the emulator.

Microsoft's own SDK (azure-asm-compute) reads and writes them; the emulator reads each one
strictly and answers back what ASM stores: a cloud service's reverse DNS name, an endpoint's
load balancer distribution, an extension reference's ForceUpdate, an OS image's descriptive
elements (Add OS Image) and IsPremium (Update OS Image). Offline domain join data is a secret
of the provisioning set, which ASM never answers.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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

pytestmark = pytest.mark.e2e

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
WINDOWS_IMAGE = "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201404.01-en.us-127GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"
ACCOUNT_DATA = "b2ZmbGluZS1kb21haW4tam9pbi1ibG9i"


def test_reverse_dns_fqdn_is_stored_and_answered(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service(
        "rdns", "rdns", location="West US", reverse_dns_fqdn="rdns.cloudapp.net."
    ).result(timeout=10)
    properties = client.get_hosted_service_properties("rdns").hosted_service_properties
    assert properties.reverse_dns_fqdn == "rdns.cloudapp.net."
    # An update of the reverse DNS name alone is an update: nothing else changes.
    assert client.update_hosted_service("rdns", reverse_dns_fqdn="www.contoso.com.") is None
    properties = client.get_hosted_service_properties("rdns").hosted_service_properties
    assert (properties.reverse_dns_fqdn, properties.label) == ("www.contoso.com.", "rdns")
    client.update_hosted_service("rdns", description="described")
    properties = client.get_hosted_service_properties("rdns").hosted_service_properties
    assert properties.reverse_dns_fqdn == "www.contoso.com."


def test_service_without_reverse_dns_answers_none(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("nordns", "nordns", location="West US").result(timeout=10)
    properties = client.get_hosted_service_properties("nordns").hosted_service_properties
    assert properties.reverse_dns_fqdn is None


def test_endpoint_distribution_and_extension_force_update_are_answered(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("lbd", "lbd", location="West US").result(timeout=10)
    web = ConfigurationSetInputEndpoint("web", "tcp", 80, 8080, "web-set")
    web.load_balancer_distribution = "sourceIP"
    extension = ResourceExtensionReference("CustomScript", "Microsoft.OSTCExtensions", "CSL", "1.*")
    extension.force_update = True
    client.create_virtual_machine_deployment(
        "lbd",
        "dep",
        "production",
        "dep",
        "vm1",
        LinuxConfigurationSet("vm1-host", "azureuser", "s3cret-Passw0rd", True),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/lbd-vm1.vhd"),
        network_config=NetworkConfigurationSet(input_endpoints=[web]),
        resource_extension_references=[extension],
        provision_guest_agent=True,
    ).result(timeout=10)
    role = client.get_role("lbd", "dep", "vm1")
    [network] = role.configuration_sets
    [endpoint] = network.input_endpoints
    assert (endpoint.name, endpoint.load_balancer_distribution) == ("web", "sourceIP")
    assert endpoint.virtual_ip_name is None
    [stored] = role.resource_extension_references
    assert stored.force_update is True


def test_offline_domain_join_is_accepted_and_never_answered(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("djoin", "djoin", location="West US").result(timeout=10)
    config = WindowsConfigurationSet("winhost", "Passw0rd!x", admin_username="admin")
    config.domain_join = DomainJoin(
        join_domain="contoso.com", provisioning=DomainJoinProvisioning(ACCOUNT_DATA)
    )
    client.create_virtual_machine_deployment(
        "djoin",
        "dep",
        "production",
        "dep",
        "winvm",
        config,
        OSVirtualHardDisk(WINDOWS_IMAGE, f"{MEDIA}/djoin-winvm.vhd"),
        role_size="Medium",
    ).result(timeout=10)
    path = f"/{client.subscription_id}/services/hostedservices/djoin/deployments/dep"
    assert ACCOUNT_DATA.encode() not in client.perform_get(path).body
    assert client.get_role("djoin", "dep", "winvm").role_name == "winvm"


OS_IMAGE_VHD = "https://mystorageaccount.blob.core.windows.net/vhds/premium.vhd"


def test_add_os_image_descriptive_fields_are_stored(asm_emulator):
    sms = asm_emulator.new_client(strict=True)
    published = datetime(2016, 3, 1, tzinfo=UTC)
    sms.add_os_image(
        "premium",
        OS_IMAGE_VHD,
        "premium",
        "Windows",
        eula="https://contoso.com/eula",
        description="A described image",
        image_family="Contoso Server",
        published_date=published,
        is_premium=True,
        show_in_gui=False,
        recommended_vm_size="Medium",
        language="English",
    ).result(timeout=10)
    image = sms.get_os_image("premium")
    assert (image.eula, image.description, image.image_family) == (
        "https://contoso.com/eula",
        "A described image",
        "Contoso Server",
    )
    assert (image.published_date, image.is_premium, image.show_in_gui) == (published, True, False)
    assert (image.recommended_vm_size, image.language) == ("Medium", "English")
    assert image.privacy_uri is None and image.icon_uri is None

    # IsPremium through Update OS Image (the image-reference form): the rest stays.
    sms.update_os_image_from_image_reference(
        "premium", UpdateOSImageInput("relabelled", is_premium=False)
    ).result(timeout=10)
    image = sms.get_os_image("premium")
    assert (image.label, image.is_premium, image.language) == ("relabelled", False, "English")


def test_add_os_image_without_descriptive_fields_keeps_the_defaults(asm_emulator):
    sms = asm_emulator.new_client(strict=True)
    sms.add_os_image("plain", OS_IMAGE_VHD, "plain", "Linux").result(timeout=10)
    image = sms.get_os_image("plain")
    assert (image.description, image.eula, image.is_premium) == ("", "", False)
