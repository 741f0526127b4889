"""Data disks of a virtual machine by LUN: get, add, update, delete.

A machine's data disks are its role's ``DataVirtualHardDisks`` (kept sorted by LUN); each is
also a ``Disk`` of the image repository attached to the machine. ``add_data_disk`` attaches an
existing free data disk (``DiskName``), registers an existing VHD (``SourceMediaLink``) or
creates an empty disk (``LogicalDiskSizeInGB``, its VHD at ``MediaLink`` or beside the OS
disk's). ``update_data_disk`` cannot rename a disk or move its VHD, and only grows it.
``delete_data_disk`` detaches the disk (it stays in the repository) or, with ``comp=media``,
deletes it.
"""

from __future__ import annotations

from typing import Any

from azure_asm.models import (
    AttachedTo,
    DataVirtualHardDisk,
    Disk,
    PersistentVMRole,
    UpdateDataDisk,
)

from ..catalogue_compute import DEFAULT_ROLE_SIZE
from ..errors import bad_request, resource_not_found
from ..routing import Response
from .compute_common import conflict, deployment_of, flag, now, role_of, start
from .compute_vm import (
    MAX_DISK_GB,
    DiskPlanner,
    check_blob,
    check_disk_count,
    container_of,
    role_size,
)
from .disks import add_disk
from .spec_io import Call, SpecRouter

router = SpecRouter()

DEFAULT_DATA_DISK_GB = 30


def _lun(value: str) -> int:
    """The LUN of the request path (0 to 31), or 400."""
    if not value.isdigit() or not 0 <= int(value) <= 31:
        raise bad_request(f"The LUN {value} is not valid; use 0 to 31.")
    return int(value)


def _find(role: PersistentVMRole, lun: int) -> DataVirtualHardDisk | None:
    return next((d for d in role.data_virtual_hard_disks or [] if (d.lun or 0) == lun), None)


def _disk_at(
    call: Call[Any], *, wait: bool = False
) -> tuple[Any, PersistentVMRole, DataVirtualHardDisk]:
    """The deployment, machine and data disk of the request path, or ASM's 404."""
    deployment = deployment_of(call, wait=wait)
    role = role_of(deployment, call.param("role_name"))
    lun = _lun(call.param("lun"))
    disk = _find(role, lun)
    if disk is None:
        raise resource_not_found(
            f"No data disk is attached to the virtual machine {role.role_name} at LUN {lun}."
        )
    return deployment, role, disk


def _free_lun(role: PersistentVMRole, lun: int) -> None:
    if _find(role, lun) is not None:
        raise conflict(
            f"A data disk is already attached to the virtual machine {role.role_name} at LUN {lun}."
        )


def _sort(role: PersistentVMRole) -> None:
    role.data_virtual_hard_disks = sorted(
        role.data_virtual_hard_disks or [], key=lambda disk: disk.lun or 0
    )


@router.handles("get_data_disk")
def get_data_disk(call: Call[None]) -> DataVirtualHardDisk:
    return _disk_at(call)[2]


@router.handles("add_data_disk")
def add_data_disk(call: Call[DataVirtualHardDisk]) -> Response:
    deployment = deployment_of(call, wait=True)
    role = role_of(deployment, call.param("role_name"))
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    body = call.body
    lun = body.lun or 0
    _free_lun(role, lun)
    size = role_size(role.role_size or DEFAULT_ROLE_SIZE)
    check_disk_count(size, len(role.data_virtual_hard_disks or []) + 1)
    attached = AttachedTo(
        hosted_service_name=service.service_name,
        deployment_name=deployment.name,
        role_name=role.role_name,
    )
    planner = DiskPlanner(call.state, call.subscription_id, service, attached, now())
    new_empty = body.source_media_link is None and body.logical_disk_size_in_gb is not None
    existing: Disk | None = None
    link, name, gigabytes = "", "", body.logical_disk_size_in_gb
    if body.disk_name and body.source_media_link is None and not new_empty:
        existing = planner.existing_disk(body.disk_name, os_disk=False)
    elif body.source_media_link is not None or new_empty:
        if body.source_media_link is not None:
            link, gigabytes = body.source_media_link, gigabytes or DEFAULT_DATA_DISK_GB
        elif gigabytes is None or not 1 <= gigabytes <= MAX_DISK_GB:
            raise bad_request(
                f"LogicalDiskSizeInGB (1 to {MAX_DISK_GB}) is required for a new empty data disk."
            )
        else:
            link = body.media_link or ""
        name = planner.claim(body.disk_name)
        if not link:
            os_link = role.os_virtual_hard_disk.media_link if role.os_virtual_hard_disk else ""
            link = f"{container_of(os_link or '', 'media link of the OS disk')}/{name}.vhd"
        check_blob(planner.repository.values(), link, "MediaLink")
    else:
        raise bad_request(
            "Specify the DiskName of an existing data disk, a SourceMediaLink or a "
            "LogicalDiskSizeInGB for a new empty disk."
        )

    def work() -> None:
        if existing is not None:
            existing.attached_to = attached
        record = existing or add_disk(
            call.state,
            call.subscription_id,
            name=name,
            media_link=link,
            label=body.disk_label,
            attached_to=attached,
            logical_disk_size_in_gb=gigabytes or DEFAULT_DATA_DISK_GB,
            location=planner.location,
            affinity_group=planner.affinity_group,
        )
        role.data_virtual_hard_disks = [
            *(role.data_virtual_hard_disks or []),
            DataVirtualHardDisk(
                host_caching=body.host_caching or "None",
                disk_label=record.label,
                disk_name=record.name,
                lun=lun,
                logical_disk_size_in_gb=record.logical_disk_size_in_gb,
                media_link=record.media_link,
                io_type=record.io_type or "Standard",
            ),
        ]
        _sort(role)

    return start(call, deployment, work)


@router.handles("update_data_disk")
def update_data_disk(call: Call[UpdateDataDisk]) -> Response:
    deployment, role, current = _disk_at(call, wait=True)
    body = call.body
    lun = current.lun or 0
    new_lun = body.updated_lun if body.updated_lun is not None else lun
    if new_lun != lun:
        _free_lun(role, new_lun)
    for given, value, what in (
        (body.disk_name, current.disk_name, "DiskName"),
        (body.media_link, current.media_link, "MediaLink"),
    ):
        if given is not None and given != value:
            raise bad_request(f"The {what} of the data disk at LUN {lun} cannot be changed.")
    gigabytes = body.logical_disk_size_in_gb
    if gigabytes is not None and gigabytes < (current.logical_disk_size_in_gb or 0):
        raise bad_request("A data disk cannot be shrunk.")

    def work() -> None:
        record = call.backend.disks.get(current.disk_name or "")
        current.lun = new_lun
        if body.host_caching is not None:
            current.host_caching = body.host_caching
        if body.disk_label is not None:
            current.disk_label = body.disk_label
            if record is not None:
                record.label = body.disk_label
        if gigabytes is not None:
            current.logical_disk_size_in_gb = gigabytes
            if record is not None:
                record.logical_disk_size_in_gb = gigabytes
        _sort(role)

    return start(call, deployment, work)


@router.handles("delete_data_disk")
def delete_data_disk(call: Call[None]) -> Response:
    deployment, role, current = _disk_at(call, wait=True)
    delete = flag(call.request, "comp", "media")

    def work() -> None:
        role.data_virtual_hard_disks = [
            d for d in role.data_virtual_hard_disks or [] if d is not current
        ]
        repository = call.backend.disks
        name = current.disk_name or ""
        if delete:
            repository.pop(name, None)  # the emulator keeps no blobs
        elif name in repository:
            repository[name].attached_to = None

    return start(call, deployment, work)
