"""Disks end to end, with disks registered through the helpers the compute handlers use."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm.models import AttachedTo
from azure_asm_emulator import AsmFault
from azure_asm_emulator.handlers import disks as disk_helpers
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from conftest import AsmEmulator

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
    # Deleting the deployment frees its disks (the compute handlers call detach_disks).
    state = asm_emulator.server.state
    with state.lock:
        freed = disk_helpers.detach_disks(state, asm_emulator.subscription_id, "myvm")
    assert [disk.name for disk in freed] == ["busydisk"]
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


def test_helpers(asm_emulator: AsmEmulator) -> None:
    state, subscription = asm_emulator.server.state, asm_emulator.subscription_id
    when = datetime.datetime(2015, 3, 4, 5, 6, 7, 891234, tzinfo=datetime.UTC)
    with state.lock:
        name = disk_helpers.new_disk_name(state, subscription, "svc", "role", when)
        assert name == "svc-role-0-201503040506078912"
        disk_helpers.add_disk(state, subscription, name=name, media_link=MEDIA + "a.vhd")
        assert disk_helpers.new_disk_name(state, subscription, "svc", "role", when) == (
            "svc-role-1-201503040506078912"
        )
        assert re.fullmatch(
            r"svc-role-\d+-\d{18}", disk_helpers.new_disk_name(state, subscription, "svc", "role")
        )
        with pytest.raises(AsmFault) as duplicate:
            disk_helpers.add_disk(state, subscription, name=name, media_link=MEDIA + "b.vhd")
        assert duplicate.value.status == 409

        disk = disk_helpers.attach_disk(state, subscription, name, "svc", "dep", "role")
        assert disk.attached_to is not None and disk.attached_to.role_name == "role"
        # Attaching again to the same role is harmless; to another is ASM's 400.
        disk_helpers.attach_disk(state, subscription, name, "svc", "dep", "role")
        with pytest.raises(AsmFault) as busy:
            disk_helpers.attach_disk(state, subscription, name, "svc", "dep", "other")
        assert busy.value.status == 400 and "currently in use" in busy.value.message
        with pytest.raises(AsmFault) as missing:
            disk_helpers.attach_disk(state, subscription, "nodisk", "svc", "dep", "role")
        assert missing.value.status == 404

        assert disk_helpers.detach_disk(state, subscription, name) is disk
        assert disk.attached_to is None
        disk_helpers.add_disk(
            state,
            subscription,
            name="second",
            media_link=MEDIA + "c.vhd",
            attached_to=AttachedTo(
                hosted_service_name="svc", deployment_name="dep", role_name="role2"
            ),
        )
        disk_helpers.attach_disk(state, subscription, name, "svc", "dep", "role")
        # Only the disks of role2 go.
        removed = disk_helpers.remove_disks(state, subscription, "svc", "dep", "role2")
        assert [d.name for d in removed] == ["second"]
        assert disk_helpers.find_disk(state, subscription, "second") is None
        assert disk_helpers.remove_disks(state, subscription, "svc", "otherdep") == []
        assert disk_helpers.remove_disk(state, subscription, name) is disk
        assert disk_helpers.remove_disk(state, subscription, name) is None
        assert disk_helpers.disks(state, subscription) == {}
