"""Disks of the image repository (``/services/disks``): list, get and delete.

``state.backend(subscription_id).disks`` maps disk name (exactly) -> ``Disk``, whose
``attached_to`` is None while the disk is free. Disks come with virtual machines
(``compute_vm.DiskPlanner``) or through ``add_disk`` (data disks, disk registration).

``delete_disk`` is synchronous (200). It answers 404 ``ResourceNotFound`` for an unknown disk
and 400 ``BadRequest`` "A disk with name NAME is currently in use by virtual machine ROLE
running within hosted service SERVICE, deployment DEPLOYMENT." for an attached one; it waits
for (409) a running operation holding ``disk:NAME``.
"""

from __future__ import annotations

import datetime

from azure_asm.models import AttachedTo, Disk

from ..errors import AsmFault, bad_request
from ..state import State
from .spec_io import Call, SpecRouter, conflict

router = SpecRouter()

LOCK_KIND = "disk"

Attachment = AttachedTo | tuple[str, str, str]


def lock_key(name: str) -> str:
    """The operation lock key of disk ``name``."""
    return f"{LOCK_KIND}:{name}"


def _attachment(value: Attachment | None) -> AttachedTo | None:
    if value is None or isinstance(value, AttachedTo):
        return value
    service, deployment, role = value
    return AttachedTo(hosted_service_name=service, deployment_name=deployment, role_name=role)


def in_use_fault(disk: Disk) -> AsmFault:
    """ASM's 400 for changing a disk that is attached to a virtual machine."""
    attached = disk.attached_to or AttachedTo()
    return bad_request(
        f"A disk with name {disk.name} is currently in use by virtual machine "
        f"{attached.role_name} running within hosted service {attached.hosted_service_name}, "
        f"deployment {attached.deployment_name}."
    )


def add_disk(
    state: State,
    subscription_id: str,
    *,
    name: str,
    media_link: str,
    os: str | None = None,
    label: str | None = None,
    attached_to: Attachment | None = None,
    source_image_name: str | None = None,
    logical_disk_size_in_gb: int = 30,
    location: str | None = None,
    affinity_group: str | None = None,
    is_premium: bool = False,
    io_type: str = "Standard",
) -> Disk:
    """Register a disk and return it; 409 ``ConflictError`` if the name is taken.

    ``os`` is Linux or Windows for an operating system disk and None for a data disk.
    ``label`` defaults to the name.
    """
    table = state.backend(subscription_id).disks
    if name in table:
        raise conflict(f"A disk with name {name} already exists.")
    disk = Disk(
        affinity_group=affinity_group,
        attached_to=_attachment(attached_to),
        os=os or "",
        is_corrupted=False,
        label=label if label is not None else name,
        location=location,
        logical_disk_size_in_gb=logical_disk_size_in_gb,
        media_link=media_link,
        name=name,
        source_image_name=source_image_name,
        created_time=datetime.datetime.now(datetime.UTC).replace(microsecond=0),
        io_type=io_type,
        is_premium=is_premium,
    )
    table[name] = disk
    return disk


@router.handles("list_disks")
def list_disks(call: Call[None]) -> list[Disk]:
    return list(call.backend.disks.values())


@router.handles("get_disk")
def get_disk(call: Call[None]) -> Disk:
    return call.backend.disks.get_or_404(call.param("disk_name"))


@router.handles("delete_disk")
def delete_disk(call: Call[None]) -> None:
    name = call.param("disk_name")
    disk = call.backend.disks.get_or_404(name)
    call.state.operations.require_unlocked(lock_key(name))
    if disk.attached_to is not None:
        raise in_use_fault(disk)
    # comp=media would also delete the VHD blob; the emulator keeps no blobs.
    call.backend.disks.pop(name, None)
