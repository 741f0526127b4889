"""Disks end to end, with disks registered through the helpers the compute handlers use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm.models import AttachedTo
from azure_asm_emulator import AsmFault
from azure_asm_emulator.handlers import disks as disk_helpers
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds/"


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


def _add(asm_emulator: AsmEmulator, name: str, **kwargs: Any) -> None:
    state = asm_emulator.server.state
    with state.lock:
        disk_helpers.add_disk(
            state,
            asm_emulator.subscription_id,
            name=name,
            media_link=MEDIA + name + ".vhd",
            **kwargs,
        )


def test_list_get_delete(asm_emulator: AsmEmulator, sms: ServiceManagementService) -> None:
    assert sms.list_disks() == []
    _add(
        asm_emulator,
        "osdisk",
        os="Linux",
        source_image_name="OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd",
        location="West US",
    )
    _add(asm_emulator, "datadisk", logical_disk_size_in_gb=100)
    assert [disk.name for disk in sms.list_disks()] == ["osdisk", "datadisk"]

    disk = sms.get_disk("osdisk")
    assert disk.os == "Linux"
    assert disk.label == "osdisk"
    assert disk.media_link == MEDIA + "osdisk.vhd"
    assert disk.source_image_name == "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
    assert disk.location == "West US"
    assert disk.logical_disk_size_in_gb == 30
    assert disk.attached_to is None
    assert disk.is_corrupted is False
    assert disk.created_time is not None
    data = sms.get_disk("datadisk")
    assert data.os == "" and data.logical_disk_size_in_gb == 100

    sms.delete_disk("osdisk")
    sms.delete_disk("datadisk", delete_vhd=True)  # comp=media
    assert sms.list_disks() == []
    with pytest.raises(ResourceNotFoundError) as error:
        sms.get_disk("osdisk")
    assert error.value.code == "ResourceNotFound"
    assert error.value.message == "The disk 'osdisk' does not exist."
    with pytest.raises(ResourceNotFoundError):
        sms.delete_disk("osdisk")


def test_attached_disks_cannot_be_deleted(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    _add(asm_emulator, "busydisk", os="Linux", attached_to=("myvm", "mydeployment", "myrole"))
    attached = sms.get_disk("busydisk").attached_to
    assert attached is not None
    assert (attached.hosted_service_name, attached.deployment_name, attached.role_name) == (
        "myvm",
        "mydeployment",
        "myrole",
    )
    with pytest.raises(BadRequestError) as error:
        sms.delete_disk("busydisk")
    assert error.value.message == (
        "A disk with name busydisk is currently in use by virtual machine myrole running "
        "within hosted service myvm, deployment mydeployment."
    )
    # Deleting the machine frees its disks (compute_vm.release_role_disks).
    state = asm_emulator.server.state
    with state.lock:
        state.backend(asm_emulator.subscription_id).disks["busydisk"].attached_to = None
    assert sms.get_disk("busydisk").attached_to is None
    sms.delete_disk("busydisk")


def test_delete_waits_for_an_operation_holding_the_disk(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    _add(asm_emulator, "lockeddisk")
    state = asm_emulator.server.state
    with state.lock:
        state.operations.start(
            "test_hold_disk",
            subscription_id=asm_emulator.subscription_id,
            lock_keys=[disk_helpers.lock_key("lockeddisk")],
            delay=2.0,  # long enough to be still running under a loaded machine
        )
    with pytest.raises(ConflictError, match="currently performing an operation"):
        asm_emulator.new_client(conflict_timeout=0).delete_disk("lockeddisk")
    sms.delete_disk("lockeddisk")  # waits the operation out
    assert sms.list_disks() == []


def test_add_disk_helper(asm_emulator: AsmEmulator) -> None:
    state, subscription = asm_emulator.server.state, asm_emulator.subscription_id
    with state.lock:
        disk = disk_helpers.add_disk(state, subscription, name="first", media_link=MEDIA + "a.vhd")
        assert disk.label == "first" and disk.attached_to is None
        with pytest.raises(AsmFault) as duplicate:
            disk_helpers.add_disk(state, subscription, name="first", media_link=MEDIA + "b.vhd")
        assert duplicate.value.status == 409
        second = disk_helpers.add_disk(
            state,
            subscription,
            name="second",
            media_link=MEDIA + "c.vhd",
            attached_to=AttachedTo(
                hosted_service_name="svc", deployment_name="dep", role_name="role2"
            ),
        )
        assert second.attached_to is not None and second.attached_to.role_name == "role2"
        assert list(state.backend(subscription).disks) == ["first", "second"]
