"""End to end: driving virtual machines against the emulator over HTTPS.

start_role, start_roles, restart_role, shutdown_role, shutdown_roles (power states while the
operation runs and after), update_role, capture_role and delete_role_instances on virtual
machines, with each operation's refusals.
"""

from __future__ import annotations

import datetime

import pytest

from azure_asm import (
    CaptureRoleAsVMImage,
    ConfigurationSetInputEndpoint,
    DataVirtualHardDisk,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    WindowsConfigurationSet,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

pytestmark = pytest.mark.e2e

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"
PASSWORD = "s3cret-Passw0rd"


def linux(host: str) -> LinuxConfigurationSet:
    return LinuxConfigurationSet(host, "azureuser", PASSWORD, True)


def ssh(port: int = 22) -> NetworkConfigurationSet:
    return NetworkConfigurationSet(
        input_endpoints=[ConfigurationSetInputEndpoint("SSH", "tcp", port, 22)]
    )


@pytest.fixture
def client(asm_emulator):
    return asm_emulator.client


@pytest.fixture
def vms(client):
    """Cloud service ``svc``, deployment ``dep`` with running machines ``vm1`` and ``vm2``."""
    client.create_hosted_service("svc", "svc", location="West US")
    client.create_virtual_machine_deployment(
        "svc",
        "dep",
        "production",
        "dep",
        "vm1",
        linux("vm1"),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/svc-vm1.vhd"),
        ssh(22),
        data_virtual_hard_disks=[DataVirtualHardDisk(lun=0, logical_disk_size_in_gb=10)],
        role_size="Small",
    )
    client.add_role(
        "svc",
        "dep",
        "vm2",
        linux("vm2"),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/svc-vm2.vhd"),
        ssh(2222),
    ).result(timeout=10)
    return client


def power(client, role: str = "vm1") -> tuple[str, str]:
    deployment = client.get_deployment_by_name("svc", "dep")
    [instance] = [i for i in deployment.role_instance_list if i.role_name == role]
    return instance.instance_status, instance.power_state


def instance_of(client, role: str = "vm1"):
    deployment = client.get_deployment_by_name("svc", "dep")
    return next(i for i in deployment.role_instance_list if i.role_name == role)


# --- power states -----------------------------------------------------------------------------


def test_shutdown_start_restart(vms):
    assert power(vms) == ("ReadyRole", "Started")
    operation = vms.shutdown_role("svc", "dep", "vm1")
    assert power(vms) == ("StoppingVM", "Stopping")
    assert operation.result(timeout=10).status == "Succeeded"
    assert power(vms) == ("StoppedVM", "Stopped")
    assert instance_of(vms).ip_address  # Stopped keeps the address

    operation = vms.start_role("svc", "dep", "vm1")
    assert power(vms) == ("StartingVM", "Starting")
    operation.result(timeout=10)
    assert power(vms) == ("ReadyRole", "Started")

    operation = vms.restart_role("svc", "dep", "vm1")
    assert power(vms)[0] == "RestartingRole"
    operation.result(timeout=10)
    assert power(vms) == ("ReadyRole", "Started")
    vms.start_role("svc", "dep", "vm1").result(timeout=10)  # already running: no change
    assert power(vms) == ("ReadyRole", "Started")


def test_stopped_deallocated_releases_the_address(vms):
    vms.shutdown_role("svc", "dep", "vm1", "StoppedDeallocated").result(timeout=10)
    assert power(vms) == ("StoppedDeallocated", "Stopped")
    assert instance_of(vms).ip_address is None
    vms.shutdown_role("svc", "dep", "vm1", "StoppedDeallocated").result(timeout=10)  # no change
    vms.start_role("svc", "dep", "vm1").result(timeout=10)
    assert power(vms) == ("ReadyRole", "Started")
    assert instance_of(vms).ip_address.startswith("10.")


def test_start_and_shutdown_several_roles(vms):
    vms.shutdown_roles("svc", "dep", ["vm1", "vm2"], "StoppedDeallocated").result(timeout=10)
    assert power(vms, "vm1") == power(vms, "vm2") == ("StoppedDeallocated", "Stopped")
    operation = vms.start_roles("svc", "dep", ["vm1", "vm2"])
    assert power(vms, "vm2") == ("StartingVM", "Starting")
    operation.result(timeout=10)
    assert power(vms, "vm1") == power(vms, "vm2") == ("ReadyRole", "Started")
    vms.shutdown_roles("svc", "dep", ["vm2"]).result(timeout=10)
    assert power(vms, "vm2") == ("StoppedVM", "Stopped")
    assert power(vms, "vm1") == ("ReadyRole", "Started")


def test_power_refusals(vms):
    with pytest.raises(ResourceNotFoundError):
        vms.start_role("svc", "dep", "nope")
    with pytest.raises(ResourceNotFoundError):
        vms.shutdown_roles("svc", "dep", ["vm1", "nope"])
    with pytest.raises(ResourceNotFoundError):
        vms.restart_role("svc", "nope", "vm1")
    assert power(vms) == ("ReadyRole", "Started")  # nothing half-done
    with pytest.raises(ValueError):
        vms.shutdown_role("svc", "dep", "vm1", "Hibernate")
    with pytest.raises(ValueError):
        vms.start_roles("svc", "dep", None)
    vms.shutdown_role("svc", "dep", "vm1").result(timeout=10)
    with pytest.raises(ConflictError) as error:
        vms.restart_role("svc", "dep", "vm1")
    assert "StoppedVM" in error.value.message
    with pytest.raises(ConflictError) as error:
        vms.reboot_role_instance("svc", "dep", "vm1")
    assert "running" in error.value.message
    path = f"/{vms.subscription_id}/services/hostedservices/svc/deployments/dep"
    with pytest.raises(BadRequestError):
        vms.perform_post(
            f"{path}/roleinstances/vm1/Operations",
            b'<HibernateRoleOperation xmlns="http://schemas.microsoft.com/windowsazure"/>',
        )
    with pytest.raises(BadRequestError):
        vms.perform_post(
            f"{path}/roles/Operations",
            b'<StartRolesOperation xmlns="http://schemas.microsoft.com/windowsazure">'
            b"<OperationType>StartRolesOperation</OperationType><Roles/></StartRolesOperation>",
        )


def test_reboot_a_virtual_machine(vms):
    operation = vms.reboot_role_instance("svc", "dep", "vm2")
    assert power(vms, "vm2")[0] == "RestartingRole"
    operation.result(timeout=10)
    assert power(vms, "vm2") == ("ReadyRole", "Started")


def test_actions_sharing_a_route_are_logged_like_the_others(vms):
    vms.restart_role("svc", "dep", "vm1").result(timeout=10)
    vms.reboot_role_instance("svc", "dep", "vm2").result(timeout=10)
    vms.shutdown_roles("svc", "dep", ["vm1"]).result(timeout=10)
    with pytest.raises(ConflictError):
        vms.restart_role("svc", "dep", "vm1")  # a stopped machine
    today = datetime.datetime.now(datetime.UTC).date()
    page = vms.list_subscription_operations(
        (today - datetime.timedelta(days=1)).isoformat(),
        (today + datetime.timedelta(days=1)).isoformat(),
    )
    logged = [
        (op.operation_name, op.operation_status.status) for op in page.subscription_operations or []
    ]
    assert logged[-4:] == [
        ("RestartRole", "Succeeded"),
        ("RebootRoleInstance", "Succeeded"),
        ("ShutdownRoles", "Succeeded"),
        ("RestartRole", "Failed"),
    ]


def test_capture_vm_image_still_routed_with_the_role_actions(vms):
    vms.capture_vm_image(
        "svc", "dep", "vm2", CaptureRoleAsVMImage("Specialized", "img", "img")
    ).result(timeout=10)
    assert [image.name for image in vms.list_vm_images() if image.category == "User"] == ["img"]


# --- delete_role_instances on virtual machines ------------------------------------------------


def test_delete_role_instances_deletes_machines(vms):
    disk_names = {d.name for d in vms.list_disks() if d.attached_to.role_name == "vm2"}
    vms.delete_role_instances("svc", "dep", ["vm2"]).result(timeout=10)
    deployment = vms.get_deployment_by_name("svc", "dep")
    assert [role.role_name for role in deployment.role_list] == ["vm1"]
    assert [i.instance_name for i in deployment.role_instance_list] == ["vm1"]
    freed = {d.name: d for d in vms.list_disks()}
    assert all(freed[name].attached_to is None for name in disk_names)  # kept, detached
    with pytest.raises(BadRequestError):
        vms.delete_role_instances("svc", "dep", ["vm1"])


# --- update_role ------------------------------------------------------------------------------


def test_update_role(vms):
    new_network = NetworkConfigurationSet(
        input_endpoints=[
            ConfigurationSetInputEndpoint("SSH", "tcp", 22, 22),
            ConfigurationSetInputEndpoint("HTTP", "tcp", 80, 8080),
        ]
    )
    operation = vms.update_role(
        "svc",
        "dep",
        "vm1",
        os_virtual_hard_disk=OSVirtualHardDisk(host_caching="ReadOnly"),
        network_config=new_network,
        availability_set_name="web-set",
        data_virtual_hard_disks=[DataVirtualHardDisk(host_caching="ReadWrite", lun=0)],
        role_size="Medium",
        provision_guest_agent=True,
    )
    assert vms.get_role("svc", "dep", "vm1").role_size == "Small"  # applied on success
    operation.result(timeout=10)
    role = vms.get_role("svc", "dep", "vm1")
    assert role.role_size == "Medium"
    assert role.availability_set_name == "web-set"
    assert role.os_virtual_hard_disk.host_caching == "ReadOnly"
    assert role.data_virtual_hard_disks[0].host_caching == "ReadWrite"
    assert role.provision_guest_agent is True
    [network] = role.configuration_sets
    assert [e.name for e in network.input_endpoints] == ["SSH", "HTTP"]
    instance = instance_of(vms)
    assert instance.instance_size == "Medium"
    assert {(e.name, e.public_port) for e in instance.instance_endpoints} == {
        ("SSH", 22),
        ("HTTP", 80),
    }
    vms.update_role("svc", "dep", "vm1", role_size="Large").result(timeout=10)
    kept = vms.get_role("svc", "dep", "vm1")
    assert (kept.role_size, kept.availability_set_name) == ("Large", "web-set")
    assert [e.name for e in kept.configuration_sets[0].input_endpoints] == ["SSH", "HTTP"]


def test_update_role_refusals(vms):
    vms.add_data_disk("svc", "dep", "vm1", 1, logical_disk_size_in_gb=5).result(timeout=10)
    cases = [
        ({"role_size": "Humongous"}, "role size"),
        ({"role_size": "ExtraSmall", "data_virtual_hard_disks": None}, "maximum number"),
        ({"data_virtual_hard_disks": [DataVirtualHardDisk(lun=5)]}, "LUN 5"),
        ({"os_virtual_hard_disk": OSVirtualHardDisk(disk_name="other")}, "cannot be changed"),
        ({"network_config": ssh(2222)}, "already in use"),
        ({"role_type": "WebRole"}, "role type"),
    ]
    for kwargs, message in cases:
        with pytest.raises(BadRequestError) as error:
            vms.update_role("svc", "dep", "vm1", **kwargs)
        assert message in error.value.message, kwargs
    with pytest.raises(ResourceNotFoundError):
        vms.update_role("svc", "dep", "nope", role_size="Medium")
    with pytest.raises(ValueError):
        vms.update_role(
            "svc", "dep", "vm1", os_virtual_hard_disk=OSVirtualHardDisk(host_caching="Sometimes")
        )
    assert vms.get_role("svc", "dep", "vm1").role_size == "Small"


# --- capture_role -----------------------------------------------------------------------------


def test_capture_role_delete(vms):
    role = vms.get_role("svc", "dep", "vm2")
    vms.shutdown_role("svc", "dep", "vm2").result(timeout=10)
    vms.capture_role("svc", "dep", "vm2", "Delete", "captured", "Captured image").result(timeout=10)
    image = vms.get_os_image("captured")
    assert (image.category, image.label, image.os) == ("User", "Captured image", "Linux")
    assert image.media_link == role.os_virtual_hard_disk.media_link
    assert [r.role_name for r in vms.get_deployment_by_name("svc", "dep").role_list] == ["vm1"]
    assert role.os_virtual_hard_disk.disk_name not in {d.name for d in vms.list_disks()}


def test_capture_role_reprovision(vms):
    vms.shutdown_role("svc", "dep", "vm1").result(timeout=10)
    vms.capture_role(
        "svc", "dep", "vm1", "Reprovision", "again", "again", linux("fresh-host")
    ).result(timeout=10)
    assert vms.get_os_image("again").name == "again"
    assert power(vms) == ("ReadyRole", "Started")
    assert instance_of(vms).host_name == "fresh-host"


def test_capture_role_of_the_last_machine_deletes_the_deployment(client):
    client.create_hosted_service("one", "one", location="West US")
    client.create_virtual_machine_deployment(
        "one",
        "dep",
        "production",
        "dep",
        "vm1",
        linux("vm1"),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/one-vm1.vhd"),
    )
    client.shutdown_role("one", "dep", "vm1").result(timeout=10)  # waits out the creation
    client.capture_role("one", "dep", "vm1", "Delete", "only", "only").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        client.get_deployment_by_name("one", "dep")


def test_capture_role_refusals(vms):
    with pytest.raises(ConflictError) as error:
        vms.capture_role("svc", "dep", "vm1", "Delete", "img", "img")
    assert "shut down" in error.value.message
    vms.shutdown_role("svc", "dep", "vm1").result(timeout=10)
    with pytest.raises(ConflictError) as error:
        vms.capture_role("svc", "dep", "vm1", "Delete", LINUX_IMAGE, "img")
    assert "already exists" in error.value.message
    with pytest.raises(BadRequestError):
        vms.capture_role("svc", "dep", "vm1", "Reprovision", "img", "img")
    with pytest.raises(BadRequestError) as error:
        vms.capture_role(
            "svc",
            "dep",
            "vm1",
            "Reprovision",
            "img",
            "img",
            WindowsConfigurationSet("win", "Passw0rd!x", admin_username="me"),
        )
    assert "Linux" in error.value.message
    with pytest.raises(ResourceNotFoundError):
        vms.capture_role("svc", "dep", "nope", "Delete", "img", "img")
    with pytest.raises(ValueError):
        vms.capture_role("svc", "dep", "vm1", "Keep", "img", "img")
    assert power(vms) == ("StoppedVM", "Stopped")
