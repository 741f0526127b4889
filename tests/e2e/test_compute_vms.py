"""End to end: virtual machine deployments, roles and VM images against the emulator.

Covers the seed's "create a cloud service, then at once a virtual machine" with no waits in
between (the client waits out ASM's 409 "currently performing an operation"), the states an
asynchronous operation goes through, the refusals of each operation, disks following their
machines, and capture followed at once by a listing.
"""

from __future__ import annotations

import pytest

from azure_asm import (
    CaptureRoleAsVMImage,
    ConfigurationSetInputEndpoint,
    DataVirtualHardDisk,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    ResourceExtensionParameterValue,
    ResourceExtensionReference,
    WindowsConfigurationSet,
)
from azure_asm.models import CreateVirtualMachineDeployment
from azure_asm.serializers import serialize_create_virtual_machine_deployment
from azure_asm_runtime.errors import (
    BadRequestError,
    ConflictError,
    ResourceNotFoundError,
)

pytestmark = pytest.mark.e2e

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
WINDOWS_IMAGE = "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201404.01-en.us-127GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"
PASSWORD = "s3cret-Passw0rd"
CUSTOM_DATA = "#!/bin/sh\necho top-secret-custom-data\n"
IN_PROGRESS = "currently performing an operation"


def linux(host: str = "myhost") -> LinuxConfigurationSet:
    return LinuxConfigurationSet(host, "azureuser", PASSWORD, True, CUSTOM_DATA)


def disk(blob: str, image: str = LINUX_IMAGE) -> OSVirtualHardDisk:
    return OSVirtualHardDisk(image, f"{MEDIA}/{blob}.vhd")


def ssh_endpoint(port: int = 22) -> NetworkConfigurationSet:
    return NetworkConfigurationSet(
        input_endpoints=[ConfigurationSetInputEndpoint("SSH", "tcp", port, 22)]
    )


def create_vm(client, service: str, deployment: str = "dep", role: str = "vm1", **kwargs):
    kwargs.setdefault("system_config", linux(f"{role}-host"))
    kwargs.setdefault("os_virtual_hard_disk", disk(f"{service}-{role}"))
    kwargs.setdefault("role_size", "Small")
    slot = kwargs.pop("deployment_slot", "production")
    return client.create_virtual_machine_deployment(
        service, deployment, slot, f"{deployment} label", role, **kwargs
    )


@pytest.fixture
def client(asm_emulator):
    return asm_emulator.client


@pytest.fixture
def vm(client):
    """A cloud service ``svc`` running deployment ``dep`` with machine ``vm1`` (all settled)."""
    client.create_hosted_service("svc", "svc", location="West US")
    create_vm(client, "svc", network_config=ssh_endpoint()).result(timeout=10)
    return client


# --- the seed's flow ------------------------------------------------------------------------


def test_create_service_then_vm_without_waiting(client):
    client.create_hosted_service(service_name="myvm", label="myvm", location="West US")
    operation = client.create_virtual_machine_deployment(
        service_name="myvm",
        deployment_name="myvm",
        deployment_slot="production",
        label="myvm",
        role_name="myvm",
        system_config=LinuxConfigurationSet("myhostname", "myuser", "mypassword", True),
        os_virtual_hard_disk=OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/myvm.vhd"),
        role_size="Small",
    )
    assert client.get_operation_status(operation.request_id).status == "InProgress"
    deploying = client.get_deployment_by_name("myvm", "myvm")
    assert deploying.status == "Deploying"
    assert deploying.role_instance_list[0].instance_status == "Provisioning"
    assert operation.result(timeout=10).status == "Succeeded"
    assert client.get_operation_status(operation.request_id).status == "Succeeded"

    deployment = client.get_deployment_by_name("myvm", "myvm")
    assert deployment.status == "Running"
    assert deployment.deployment_slot == "Production"
    assert deployment.label == "myvm"
    assert deployment.url == "http://myvm.cloudapp.net/"
    assert deployment.private_id
    assert deployment.virtual_ips[0].address
    [role] = deployment.role_list
    assert (role.role_name, role.role_type, role.role_size) == ("myvm", "PersistentVMRole", "Small")
    assert role.os_virtual_hard_disk.source_image_name == LINUX_IMAGE
    assert role.os_virtual_hard_disk.os == "Linux"
    [instance] = deployment.role_instance_list
    assert (instance.instance_status, instance.power_state) == ("ReadyRole", "Started")
    assert instance.host_name == "myhostname"
    assert instance.ip_address.startswith("10.")
    assert client.get_deployment_by_slot("myvm", "Production").name == "myvm"

    [os_disk] = client.list_disks()
    assert os_disk.name == role.os_virtual_hard_disk.disk_name
    assert os_disk.media_link == f"{MEDIA}/myvm.vhd"
    assert os_disk.os == "Linux"
    assert os_disk.source_image_name == LINUX_IMAGE
    attached = os_disk.attached_to
    assert (attached.hosted_service_name, attached.deployment_name, attached.role_name) == (
        "myvm",
        "myvm",
        "myvm",
    )

    client.delete_deployment(service_name="myvm", deployment_name="myvm")
    client.delete_hosted_service(service_name="myvm").result(timeout=10)  # waits the delete out
    assert client.list_hosted_services() == []
    assert client.list_disks()[0].attached_to is None  # kept without comp=media


def test_deployment_in_a_service_being_created_is_409_in_progress(asm_emulator, client):
    impatient = asm_emulator.new_client(conflict_timeout=0)
    client.create_hosted_service("young", "young", location="West US")
    with pytest.raises(ConflictError) as error:
        create_vm(impatient, "young")
    assert IN_PROGRESS in error.value.message
    assert "x-ms-requestid" in error.value.message


def test_secrets_are_never_returned(vm):
    path = f"/{vm.subscription_id}/services/hostedservices/svc"
    bodies = [
        vm.perform_get(f"{path}/deployments/dep").body,
        vm.perform_get(f"{path}/deploymentslots/production").body,
        vm.perform_get(f"{path}/deployments/dep/roles/vm1").body,
        vm.perform_get(f"{path}?embed-detail=true").body,
    ]
    for body in bodies:
        assert PASSWORD.encode() not in body
        assert b"UserPassword" not in body and b"CustomData" not in body
        assert b"LinuxProvisioningConfiguration" not in body
        assert b"top-secret" not in body
    role = vm.get_role("svc", "dep", "vm1")
    assert [type(item).__name__ for item in role.configuration_sets] == ["NetworkConfigurationSet"]


def test_private_extension_values_are_not_returned(client):
    client.create_hosted_service("ext", "ext", location="West US")
    reference = ResourceExtensionReference("CustomScript", "Microsoft.OSTCExtensions", "CSL", "1.*")
    reference.resource_extension_parameter_values = [
        ResourceExtensionParameterValue("Public", "cHVibGlj", "Public"),
        ResourceExtensionParameterValue("Private", "cHJpdmF0ZS1rZXk=", "Private"),
    ]
    create_vm(
        client, "ext", resource_extension_references=[reference], provision_guest_agent=True
    ).result(timeout=10)
    [stored] = client.get_role("ext", "dep", "vm1").resource_extension_references
    assert [value.key for value in stored.resource_extension_parameter_values] == ["Public"]


# --- create_virtual_machine_deployment: slots and refusals ------------------------------------


def test_slots(client):
    client.create_hosted_service("slots", "slots", location="West US")
    create_vm(client, "slots", "first", deployment_slot="PRODUCTION").result(timeout=10)
    assert client.get_deployment_by_slot("slots", "production").name == "first"
    with pytest.raises(ConflictError) as error:
        create_vm(client, "slots", "second", role="vm2", deployment_slot="Production")
    assert "Production" in error.value.message and "occupied" in error.value.message
    with pytest.raises(ConflictError) as error:
        create_vm(client, "slots", "first", role="vm2", deployment_slot="staging")
    assert "already exists" in error.value.message
    create_vm(client, "slots", "second", role="vm2", deployment_slot="staging").result(timeout=10)
    assert client.get_deployment_by_slot("slots", "STAGING").deployment_slot == "Staging"
    # The client refuses an unknown slot before sending; the emulator refuses it too.
    with pytest.raises(ValueError, match="deployment_slot"):
        client.get_deployment_by_slot("slots", "qa")
    with pytest.raises(ValueError, match="deployment_slot"):
        create_vm(client, "slots", "third", role="vm3", deployment_slot="qa")
    with pytest.raises(BadRequestError):
        client.perform_get(
            f"/{client.subscription_id}/services/hostedservices/slots/deploymentslots/qa"
        )


def test_create_deployment_refusals(client):
    with pytest.raises(ResourceNotFoundError) as error:
        create_vm(client, "no-such-service")
    assert error.value.message == "The hosted service does not exist."
    client.create_hosted_service("refuse", "refuse", location="West US").result(timeout=10)
    cases = [
        ({"os_virtual_hard_disk": disk("a", "No-Such-Image")}, "does not exist"),
        ({"system_config": None}, "ProvisioningConfiguration"),
        (
            {"system_config": WindowsConfigurationSet("win", "Passw0rd!x", admin_username="me")},
            "Linux",
        ),
        ({"role_size": "Humongous"}, "role size"),
        ({"os_virtual_hard_disk": OSVirtualHardDisk(LINUX_IMAGE, None)}, "MediaLink"),
        ({"vm_image_name": "no-such-vm-image", "os_virtual_hard_disk": None}, "does not exist"),
        ({"system_config": LinuxConfigurationSet("h", "u", None, True)}, "password"),
        (
            {
                "data_virtual_hard_disks": [
                    DataVirtualHardDisk(lun=i, logical_disk_size_in_gb=10) for i in range(3)
                ]
            },
            "maximum number of data disks",
        ),
        ({"virtual_network_name": "no-vnet"}, "virtual network"),
    ]
    for kwargs, message in cases:
        with pytest.raises(BadRequestError) as error:
            create_vm(client, "refuse", **kwargs)
        assert message.lower() in error.value.message.lower(), kwargs
    # Neither an OS disk nor a VM image: the client refuses before sending.
    with pytest.raises(ValueError, match="os_virtual_hard_disk and vm_image_name"):
        create_vm(client, "refuse", os_virtual_hard_disk=None)
    with pytest.raises(ResourceNotFoundError):
        client.get_deployment_by_slot("refuse", "production")
    assert client.list_disks() == []


def test_create_deployment_unparsable_body(client):
    client.create_hosted_service("junk", "junk", location="West US").result(timeout=10)
    path = f"/{client.subscription_id}/services/hostedservices/junk/deployments"
    with pytest.raises(BadRequestError):
        client.perform_post(path, b"<Deployment")
    body = serialize_create_virtual_machine_deployment(
        CreateVirtualMachineDeployment("d", "production", "d", "vm1")
    ).replace(b"<RoleName>", b"<Bogus/><RoleName>")
    with pytest.raises(BadRequestError) as error:
        client.perform_post(path, body)
    assert "Bogus" in error.value.message
    unlabelled = serialize_create_virtual_machine_deployment(
        CreateVirtualMachineDeployment("d", "production", "", "vm1")
    )
    with pytest.raises(BadRequestError) as error:
        client.perform_post(path, unlabelled)
    assert "label" in error.value.message


def test_media_link_in_use_is_409(vm):
    vm.create_hosted_service("svc2", "svc2", location="West US")
    with pytest.raises(ConflictError) as error:
        create_vm(vm, "svc2", os_virtual_hard_disk=disk("svc-vm1"))
    assert "currently using the blob" in error.value.message


def test_role_names_are_unique_in_the_service(vm):
    with pytest.raises(ConflictError):
        create_vm(vm, "svc", "other", role="VM1", deployment_slot="staging")


def test_windows_vm_with_data_disk(client):
    client.create_hosted_service("win", "win", location="North Europe")
    config = WindowsConfigurationSet("winhost", "Passw0rd!x", admin_username="admin")
    create_vm(
        client,
        "win",
        role="winvm",
        system_config=config,
        os_virtual_hard_disk=disk("win-os", WINDOWS_IMAGE),
        data_virtual_hard_disks=[DataVirtualHardDisk(lun=1, logical_disk_size_in_gb=100)],
        role_size="Medium",
    ).result(timeout=10)
    role = client.get_role("win", "dep", "winvm")
    assert role.os_virtual_hard_disk.os == "Windows"
    [data] = role.data_virtual_hard_disks
    assert (data.lun, data.logical_disk_size_in_gb) == (1, 100)
    assert data.media_link.startswith(f"{MEDIA}/")
    disks = {d.name: d for d in client.list_disks()}
    assert disks[data.disk_name].os in ("", None)
    assert disks[role.os_virtual_hard_disk.disk_name].logical_disk_size_in_gb == 128


# --- get / delete deployments -----------------------------------------------------------------


def test_get_deployment_not_found(vm):
    with pytest.raises(ResourceNotFoundError) as error:
        vm.get_deployment_by_name("svc", "nope")
    assert error.value.message == "The deployment name 'nope' does not exist."
    with pytest.raises(ResourceNotFoundError) as error:
        vm.get_deployment_by_slot("svc", "staging")
    assert error.value.message == "No deployments were found."
    with pytest.raises(ResourceNotFoundError) as error:
        vm.get_deployment_by_name("ghost", "dep")
    assert error.value.message == "The hosted service does not exist."


def test_delete_deployment_keeps_or_deletes_disks(vm):
    with pytest.raises(ResourceNotFoundError):
        vm.delete_deployment("svc", "nope")
    operation = vm.delete_deployment("svc", "dep", delete_vhd=True)
    assert vm.get_deployment_by_name("svc", "dep").status == "Deleting"
    assert vm.get_operation_status(operation.request_id).status == "InProgress"
    operation.result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        vm.get_deployment_by_name("svc", "dep")
    assert vm.list_disks() == []
    assert vm.get_hosted_service_properties("svc", embed_detail=True).deployments == []


def test_delete_deployment_being_created_waits(client):
    client.create_hosted_service("quick", "quick", location="West US")
    create_vm(client, "quick")
    client.delete_deployment("quick", "dep").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        client.get_deployment_by_name("quick", "dep")


def test_vm_from_an_existing_disk(vm):
    os_disk_name = vm.get_role("svc", "dep", "vm1").os_virtual_hard_disk.disk_name
    vm.delete_deployment("svc", "dep").result(timeout=10)
    vm.create_hosted_service("revive", "revive", location="West US")
    existing = OSVirtualHardDisk(disk_name=os_disk_name)
    create_vm(vm, "revive", system_config=None, os_virtual_hard_disk=existing).result(timeout=10)
    assert vm.get_disk(os_disk_name).attached_to.hosted_service_name == "revive"
    with pytest.raises(BadRequestError) as error:
        create_vm(
            vm,
            "revive",
            "d2",
            "vm2",
            deployment_slot="staging",
            system_config=None,
            os_virtual_hard_disk=existing,
        )
    assert "currently in use" in error.value.message


# --- roles ------------------------------------------------------------------------------------


def test_get_role(vm):
    role = vm.get_role("svc", "dep", "vm1")
    assert role.role_name == "vm1"
    [network] = role.configuration_sets
    assert network.input_endpoints[0].port == 22
    instance = vm.get_deployment_by_name("svc", "dep").role_instance_list[0]
    assert instance.instance_endpoints[0].public_port == 22
    with pytest.raises(ResourceNotFoundError) as error:
        vm.get_role("svc", "dep", "nope")
    assert "nope" in error.value.message


def test_add_and_delete_role(vm):
    operation = vm.add_role(
        "svc",
        "dep",
        "vm2",
        linux("vm2-host"),
        disk("svc-vm2"),
        ssh_endpoint(2222),
        role_size="ExtraSmall",
    )
    deployment = vm.get_deployment_by_name("svc", "dep")
    assert [r.role_name for r in deployment.role_list] == ["vm1", "vm2"]
    assert deployment.role_instance_list[1].instance_status == "Provisioning"
    operation.result(timeout=10)
    deployment = vm.get_deployment_by_name("svc", "dep")
    assert deployment.role_instance_list[1].instance_status == "ReadyRole"
    assert (
        deployment.role_instance_list[1].ip_address != deployment.role_instance_list[0].ip_address
    )
    assert len(vm.list_disks()) == 2

    with pytest.raises(ConflictError):
        vm.add_role("svc", "dep", "vm2", linux(), disk("other"))
    with pytest.raises(BadRequestError) as error:
        vm.add_role("svc", "dep", "vm3", linux(), disk("svc-vm3"), ssh_endpoint(22))
    assert "port 22" in error.value.message
    with pytest.raises(ResourceNotFoundError):
        vm.add_role("svc", "nodep", "vm3", linux(), disk("svc-vm3"))

    vm.delete_role("svc", "dep", "vm2", complete=True).result(timeout=10)
    assert [r.role_name for r in vm.get_deployment_by_name("svc", "dep").role_list] == ["vm1"]
    assert len(vm.list_disks()) == 1
    with pytest.raises(BadRequestError) as error:
        vm.delete_role("svc", "dep", "vm1")
    assert "only role" in error.value.message
    with pytest.raises(ResourceNotFoundError):
        vm.delete_role("svc", "dep", "vm2")


# --- capture and VM images --------------------------------------------------------------------


def test_capture_specialized_then_list_at_once(vm):
    options = CaptureRoleAsVMImage(
        "Specialized", "myimage", "My image", "my description", "english", "mygroup"
    )
    operation = vm.capture_vm_image("svc", "dep", "vm1", options)
    images = {image.name: image for image in vm.list_vm_images()}
    assert "myimage" in images
    assert vm.get_operation_status(operation.request_id).status == "InProgress"
    operation.result(timeout=10)
    image = {image.name: image for image in vm.list_vm_images(category="User")}["myimage"]
    assert image.vm_image_state == "VMImageReadyForUse"
    assert (image.label, image.description, image.image_family) == (
        "My image",
        "my description",
        "mygroup",
    )
    assert (image.service_name, image.deployment_name, image.role_name) == ("svc", "dep", "vm1")
    assert image.os_disk_configuration.os_state == "Specialized"
    assert image.os_disk_configuration.os == "Linux"
    assert image.location == "West US"
    assert image.role_size_on_capture == "Small"
    # Specialized: the machine keeps running.
    assert vm.get_role("svc", "dep", "vm1").role_name == "vm1"

    with pytest.raises(ConflictError):
        vm.capture_vm_image("svc", "dep", "vm1", options)
    with pytest.raises(ResourceNotFoundError):
        vm.capture_vm_image("svc", "dep", "nope", CaptureRoleAsVMImage("Specialized", "x", "x"))

    # A machine from the specialized image needs no provisioning set (the seed passes one).
    vm.create_hosted_service("copy", "copy", location="West US")
    create_vm(vm, "copy", os_virtual_hard_disk=None, system_config=None, vm_image_name="myimage")
    deployment = vm.get_deployment_by_name("copy", "dep")
    assert deployment.role_list[0].vm_image_name == "myimage"
    assert deployment.role_list[0].os_virtual_hard_disk.media_link.startswith(f"{MEDIA}/")


def test_capture_generalized_deletes_the_machine(vm):
    vm.add_role("svc", "dep", "vm2", linux("vm2-host"), disk("svc-vm2"))
    operation = vm.capture_vm_image(  # waits out add_role
        "svc", "dep", "vm2", CaptureRoleAsVMImage("Generalized", "gen", "gen")
    )
    operation.result(timeout=10)
    assert [r.role_name for r in vm.get_deployment_by_name("svc", "dep").role_list] == ["vm1"]
    assert len(vm.list_disks()) == 1
    [image] = vm.list_vm_images(category="user")
    assert image.os_disk_configuration.os_state == "Generalized"
    assert image.os_disk_configuration.media_link == f"{MEDIA}/svc-vm2.vhd"

    vm.create_hosted_service("fromgen", "fromgen", location="West US")
    with pytest.raises(BadRequestError):
        create_vm(vm, "fromgen", os_virtual_hard_disk=None, system_config=None, vm_image_name="gen")
    create_vm(vm, "fromgen", os_virtual_hard_disk=None, vm_image_name="gen").result(timeout=10)
    assert vm.get_deployment_by_name("fromgen", "dep").status == "Running"

    # Capturing the last machine generalized takes the deployment with it.
    vm.capture_vm_image("svc", "dep", "vm1", CaptureRoleAsVMImage("Generalized", "last", "last"))
    assert vm.get_deployment_by_name("svc", "dep").locked is True  # still there while it runs
    vm.delete_vm_image("last").result(timeout=10)  # waits the capture out
    with pytest.raises(ResourceNotFoundError):
        vm.get_deployment_by_name("svc", "dep")


def test_vm_image_being_captured_is_409_in_progress(asm_emulator, vm):
    impatient = asm_emulator.new_client(conflict_timeout=0)
    vm.create_hosted_service("user", "user", location="West US").result(timeout=10)
    vm.capture_vm_image("svc", "dep", "vm1", CaptureRoleAsVMImage("Specialized", "busy", "b"))
    with pytest.raises(ConflictError) as error:
        create_vm(impatient, "user", os_virtual_hard_disk=None, vm_image_name="busy")
    assert IN_PROGRESS in error.value.message


def test_list_vm_images_filters(vm):
    vm.capture_vm_image(
        "svc", "dep", "vm1", CaptureRoleAsVMImage("Specialized", "mine", "mine")
    ).result(timeout=10)
    everything = vm.list_vm_images()
    assert len(everything) >= 2
    assert {image.category for image in everything} >= {"User", "Public"}
    assert [image.name for image in vm.list_vm_images(category="User")] == ["mine"]
    canonical = vm.list_vm_images(publisher="Canonical")
    assert canonical and all(image.publisher_name == "Canonical" for image in canonical)
    assert "mine" in [image.name for image in vm.list_vm_images(location="West US")]
    assert "mine" not in [image.name for image in vm.list_vm_images(location="East Asia")]
    assert vm.list_vm_images(location="Atlantis") == []


def test_published_vm_image_needs_media_location(client):
    client.create_hosted_service("pub", "pub", location="West US")
    published = next(i for i in client.list_vm_images(publisher="Canonical"))
    with pytest.raises(BadRequestError) as error:
        create_vm(client, "pub", os_virtual_hard_disk=None, vm_image_name=published.name)
    assert "MediaLocation" in error.value.message
    create_vm(
        client,
        "pub",
        os_virtual_hard_disk=None,
        vm_image_name=published.name,
        media_location=f"{MEDIA}/",
    ).result(timeout=10)
    [os_disk] = client.list_disks()
    assert os_disk.media_link.startswith(f"{MEDIA}/pub-vm1-")


def test_delete_vm_image(vm):
    with pytest.raises(ResourceNotFoundError):
        vm.delete_vm_image("nothing")
    published = vm.list_vm_images(category="Public")[0].name
    with pytest.raises(BadRequestError):
        vm.delete_vm_image(published)
    vm.capture_vm_image("svc", "dep", "vm1", CaptureRoleAsVMImage("Specialized", "doomed", "d"))
    operation = vm.delete_vm_image("doomed", delete_vhd=True)  # waits out the capture
    assert "doomed" in [image.name for image in vm.list_vm_images()]
    assert vm.get_operation_status(operation.request_id).status == "InProgress"
    operation.result(timeout=10)
    assert "doomed" not in [image.name for image in vm.list_vm_images()]
