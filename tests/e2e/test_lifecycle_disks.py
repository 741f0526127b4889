"""End to end: data disks of a virtual machine and disks of the image repository.

get_data_disk, add_data_disk (existing disk, existing VHD, new empty disk), update_data_disk,
delete_data_disk (detach or delete), add_disk (OS and data disks) and update_disk, against the
emulator over HTTPS, with their refusals (LUN checks, disks in use, names and blobs taken).
"""

from __future__ import annotations

import pytest

from azure_asm import LinuxConfigurationSet, OSVirtualHardDisk
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

pytestmark = pytest.mark.e2e

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"


@pytest.fixture
def client(asm_emulator):
    return asm_emulator.client


@pytest.fixture
def vm(client):
    """``svc``/``dep``/``vm1``, a running Medium machine (4 data disks) without data disks."""
    client.create_hosted_service("svc", "svc", location="West US")
    client.create_virtual_machine_deployment(
        "svc",
        "dep",
        "production",
        "dep",
        "vm1",
        LinuxConfigurationSet("vm1", "azureuser", "s3cret-Passw0rd", True),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/svc-vm1.vhd"),
        role_size="Medium",
    ).result(timeout=10)
    return client


def disks_by_name(client):
    return {disk.name: disk for disk in client.list_disks()}


# --- add_disk / update_disk -------------------------------------------------------------------


def test_add_os_and_data_disks(client):
    assert client.add_disk(True, "os disk", f"{MEDIA}/os.vhd", "my-os", "Linux") is None
    assert client.add_disk(False, "data disk", f"{MEDIA}/data.vhd", "my-data") is None
    disks = disks_by_name(client)
    assert (disks["my-os"].os, disks["my-os"].label) == ("Linux", "os disk")
    assert disks["my-data"].os in ("", None)
    assert disks["my-data"].attached_to is None
    assert client.get_disk("my-os").media_link == f"{MEDIA}/os.vhd"


def test_add_disk_refusals(client):
    client.add_disk(True, "os", f"{MEDIA}/os.vhd", "my-os", "Linux")
    with pytest.raises(ConflictError) as error:
        client.add_disk(True, "os", f"{MEDIA}/other.vhd", "my-os", "Linux")
    assert "already exists" in error.value.message
    with pytest.raises(ConflictError) as error:
        client.add_disk(True, "os", f"{MEDIA}/os.vhd", "my-os-2", "Linux")
    assert "currently using the blob" in error.value.message
    with pytest.raises(BadRequestError):
        client.add_disk(True, "os", "https://example.com/x.vhd", "my-os-3", "Linux")
    with pytest.raises(BadRequestError):
        client.add_disk(True, " ", f"{MEDIA}/x.vhd", "my-os-3", "Linux")
    with pytest.raises(BadRequestError):
        client.add_disk(True, "os", f"{MEDIA}/x.vhd", "bad name!", "Linux")
    with pytest.raises(ValueError):
        client.add_disk(True, "os", f"{MEDIA}/x.vhd", "my-os-3", "BeOS")  # checked client-side
    path = f"/{client.subscription_id}/services/disks"
    with pytest.raises(BadRequestError):
        client.perform_post(
            path,
            b'<Disk xmlns="http://schemas.microsoft.com/windowsazure"><OS>BeOS</OS>'
            b"<Label>l</Label><MediaLink>" + f"{MEDIA}/y.vhd".encode() + b"</MediaLink>"
            b"<Name>y</Name></Disk>",
        )
    assert sorted(disks_by_name(client)) == ["my-os"]


def test_update_disk(client):
    client.add_disk(False, "data", f"{MEDIA}/data.vhd", "my-data")
    assert client.update_disk("my-data", label="renamed label") is None
    assert client.get_disk("my-data").label == "renamed label"
    client.update_disk("my-data", resized_size_in_gb=100)
    assert client.get_disk("my-data").logical_disk_size_in_gb == 100
    # Arguments ASM cannot change are accepted for compatibility and not sent.
    client.update_disk("my-data", False, "again", f"{MEDIA}/moved.vhd", "other-name", "Linux")
    disk = client.get_disk("my-data")
    assert (disk.label, disk.media_link, disk.os) == ("again", f"{MEDIA}/data.vhd", "")


def test_update_disk_refusals(vm):
    with pytest.raises(ResourceNotFoundError):
        vm.update_disk("nope", label="x")
    vm.add_disk(False, "data", f"{MEDIA}/data.vhd", "my-data")
    with pytest.raises(BadRequestError) as error:
        vm.update_disk("my-data", resized_size_in_gb=10)
    assert "only grow" in error.value.message
    with pytest.raises(ValueError):
        vm.update_disk("my-data", resized_size_in_gb=4096)
    path = f"/{vm.subscription_id}/services/disks/my-data"
    with pytest.raises(BadRequestError) as error:
        vm.perform_put(
            path,
            b'<Disk xmlns="http://schemas.microsoft.com/windowsazure"><Name>other</Name>'
            b"<Label>x</Label></Disk>",
        )
    assert "cannot be renamed" in error.value.message
    os_disk = vm.get_role("svc", "dep", "vm1").os_virtual_hard_disk.disk_name
    with pytest.raises(BadRequestError) as error:
        vm.update_disk(os_disk, resized_size_in_gb=200)
    assert "currently in use" in error.value.message
    vm.update_disk(os_disk, label="label of an attached disk")  # a label may change
    assert vm.get_disk(os_disk).label == "label of an attached disk"


# --- data disks of a virtual machine ----------------------------------------------------------


def test_add_new_empty_data_disk(vm):
    operation = vm.add_data_disk(
        "svc", "dep", "vm1", 2, "ReadOnly", f"{MEDIA}/empty.vhd", "scratch", None, 20
    )
    with pytest.raises(ResourceNotFoundError):  # attached when the operation succeeds
        vm.get_data_disk("svc", "dep", "vm1", 2)
    operation.result(timeout=10)
    disk = vm.get_data_disk("svc", "dep", "vm1", 2)
    assert (disk.lun, disk.host_caching, disk.logical_disk_size_in_gb) == (2, "ReadOnly", 20)
    assert (disk.media_link, disk.disk_label) == (f"{MEDIA}/empty.vhd", "scratch")
    record = vm.get_disk(disk.disk_name)
    assert record.attached_to.role_name == "vm1"
    assert record.logical_disk_size_in_gb == 20


def test_add_existing_disk_and_existing_vhd(vm):
    vm.add_disk(False, "data", f"{MEDIA}/data.vhd", "my-data")
    vm.add_data_disk("svc", "dep", "vm1", 0, disk_name="my-data").result(timeout=10)
    vm.add_data_disk(
        "svc", "dep", "vm1", 1, source_media_link=f"{MEDIA}/old.vhd", disk_name="from-vhd"
    ).result(timeout=10)
    vm.add_data_disk("svc", "dep", "vm1", 3, logical_disk_size_in_gb=5).result(timeout=10)
    role = vm.get_role("svc", "dep", "vm1")
    assert [(d.lun, d.disk_name) for d in role.data_virtual_hard_disks][:2] == [
        (0, "my-data"),
        (1, "from-vhd"),
    ]
    generated = role.data_virtual_hard_disks[2]
    assert generated.media_link.startswith(f"{MEDIA}/") and generated.disk_name.startswith(
        "svc-vm1-"
    )
    disks = disks_by_name(vm)
    assert disks["my-data"].attached_to.role_name == "vm1"
    assert disks["from-vhd"].media_link == f"{MEDIA}/old.vhd"
    assert vm.get_data_disk("svc", "dep", "vm1", 0).host_caching == "None"


def test_add_data_disk_refusals(vm):
    vm.add_data_disk("svc", "dep", "vm1", 0, logical_disk_size_in_gb=5).result(timeout=10)
    with pytest.raises(ConflictError) as error:
        vm.add_data_disk("svc", "dep", "vm1", 0, logical_disk_size_in_gb=5)
    assert "LUN 0" in error.value.message
    os_disk = vm.get_role("svc", "dep", "vm1").os_virtual_hard_disk
    vm.add_disk(False, "x", f"{MEDIA}/taken.vhd", "taken")
    cases = [
        ({}, "Specify the DiskName"),
        ({"disk_name": "no-such-disk"}, "does not exist"),
        ({"disk_name": os_disk.disk_name}, "OS disk"),
    ]
    for kwargs, message in cases:
        with pytest.raises(BadRequestError) as error:
            vm.add_data_disk("svc", "dep", "vm1", 1, **kwargs)
        assert message in error.value.message, kwargs
    with pytest.raises(ConflictError) as error:
        vm.add_data_disk("svc", "dep", "vm1", 1, source_media_link=f"{MEDIA}/taken.vhd")
    assert "currently using the blob" in error.value.message
    with pytest.raises(ConflictError):
        vm.add_data_disk("svc", "dep", "vm1", 1, disk_name="taken", logical_disk_size_in_gb=5)
    with pytest.raises(ValueError):
        vm.add_data_disk("svc", "dep", "vm1", 32, logical_disk_size_in_gb=5)  # client-side
    with pytest.raises(ValueError):
        vm.add_data_disk("svc", "dep", "vm1", 1, host_caching="Always", logical_disk_size_in_gb=5)
    path = f"/{vm.subscription_id}/services/hostedservices/svc/deployments/dep/roles/vm1"
    with pytest.raises(BadRequestError) as error:
        vm.perform_post(
            f"{path}/DataDisks",
            b'<DataVirtualHardDisk xmlns="http://schemas.microsoft.com/windowsazure">'
            b"<Lun>40</Lun><LogicalDiskSizeInGB>5</LogicalDiskSizeInGB></DataVirtualHardDisk>",
        )
    assert "lun: must be at most 31" in error.value.message  # the generated validator's 400
    with pytest.raises(ResourceNotFoundError):
        vm.add_data_disk("svc", "dep", "nope", 1, logical_disk_size_in_gb=5)
    for lun in (1, 2, 3):
        vm.add_data_disk("svc", "dep", "vm1", lun, logical_disk_size_in_gb=5).result(timeout=10)
    with pytest.raises(BadRequestError) as error:  # Medium takes 4 data disks
        vm.add_data_disk("svc", "dep", "vm1", 4, logical_disk_size_in_gb=5)
    assert "maximum number of data disks" in error.value.message


def test_disk_attached_elsewhere_cannot_be_added(vm):
    vm.add_disk(False, "x", f"{MEDIA}/shared.vhd", "shared")
    vm.add_data_disk("svc", "dep", "vm1", 0, disk_name="shared").result(timeout=10)
    with pytest.raises(BadRequestError) as error:
        vm.add_data_disk("svc", "dep", "vm1", 1, disk_name="shared")
    assert "currently in use" in error.value.message


def test_get_data_disk_refusals(vm):
    with pytest.raises(ResourceNotFoundError) as error:
        vm.get_data_disk("svc", "dep", "vm1", 0)
    assert "LUN 0" in error.value.message
    with pytest.raises(ResourceNotFoundError):
        vm.get_data_disk("svc", "dep", "nope", 0)
    with pytest.raises(ResourceNotFoundError):
        vm.get_data_disk("svc", "nope", "vm1", 0)
    with pytest.raises(ValueError):
        vm.get_data_disk("svc", "dep", "vm1", -1)


def test_update_data_disk(vm):
    vm.add_data_disk("svc", "dep", "vm1", 0, logical_disk_size_in_gb=10).result(timeout=10)
    name = vm.get_data_disk("svc", "dep", "vm1", 0).disk_name
    operation = vm.update_data_disk(
        "svc", "dep", "vm1", 0, "ReadWrite", None, 3, "relabelled", None, 50
    )
    assert vm.get_data_disk("svc", "dep", "vm1", 0).host_caching == "None"
    operation.result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        vm.get_data_disk("svc", "dep", "vm1", 0)
    disk = vm.get_data_disk("svc", "dep", "vm1", 3)
    assert (disk.disk_name, disk.host_caching, disk.disk_label) == (name, "ReadWrite", "relabelled")
    assert disk.logical_disk_size_in_gb == 50
    assert vm.get_disk(name).logical_disk_size_in_gb == 50
    assert vm.get_disk(name).label == "relabelled"
    vm.update_data_disk("svc", "dep", "vm1", 3, host_caching="ReadOnly").result(timeout=10)
    assert vm.get_data_disk("svc", "dep", "vm1", 3).host_caching == "ReadOnly"


def test_update_data_disk_refusals(vm):
    vm.add_data_disk("svc", "dep", "vm1", 0, logical_disk_size_in_gb=10).result(timeout=10)
    vm.add_data_disk("svc", "dep", "vm1", 1, logical_disk_size_in_gb=10).result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        vm.update_data_disk("svc", "dep", "vm1", 7, host_caching="ReadOnly")
    with pytest.raises(ConflictError) as error:
        vm.update_data_disk("svc", "dep", "vm1", 0, updated_lun=1)
    assert "LUN 1" in error.value.message
    cases = [
        ({"logical_disk_size_in_gb": 5}, "shrunk"),
        ({"disk_name": "other"}, "cannot be changed"),
        ({"media_link": f"{MEDIA}/elsewhere.vhd"}, "cannot be changed"),
    ]
    for kwargs, message in cases:
        with pytest.raises(BadRequestError) as error:
            vm.update_data_disk("svc", "dep", "vm1", 0, **kwargs)
        assert message in error.value.message, kwargs
    with pytest.raises(ValueError):
        vm.update_data_disk("svc", "dep", "vm1", 0, updated_lun=99)


def test_delete_data_disk_detaches_or_deletes(vm):
    vm.add_data_disk("svc", "dep", "vm1", 0, logical_disk_size_in_gb=10).result(timeout=10)
    vm.add_data_disk("svc", "dep", "vm1", 1, logical_disk_size_in_gb=10).result(timeout=10)
    kept = vm.get_data_disk("svc", "dep", "vm1", 0).disk_name
    gone = vm.get_data_disk("svc", "dep", "vm1", 1).disk_name
    operation = vm.delete_data_disk("svc", "dep", "vm1", 0)
    assert vm.get_data_disk("svc", "dep", "vm1", 0).disk_name == kept
    operation.result(timeout=10)
    vm.delete_data_disk("svc", "dep", "vm1", 1, delete_vhd=True).result(timeout=10)
    assert vm.get_role("svc", "dep", "vm1").data_virtual_hard_disks in (None, [])
    disks = disks_by_name(vm)
    assert disks[kept].attached_to is None
    assert gone not in disks
    with pytest.raises(ResourceNotFoundError):
        vm.delete_data_disk("svc", "dep", "vm1", 0)
    vm.delete_disk(kept)  # free now
