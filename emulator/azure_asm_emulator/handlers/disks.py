"""Disks of the image repository (``/services/disks``): list, get and delete.

State layout: ``state.backend(subscription_id).disks`` maps disk name (exactly) -> the generated
``azure_asm.models.Disk`` model. ``Disk.attached_to`` (an ``AttachedTo``: hosted service,
deployment, role) is None while the disk is free.

Disks come into existence when virtual machines are created; the compute handlers manage them
with these helpers (call them with the state lock held, i.e. from handlers or operation work):

* ``add_disk(state, subscription_id, name=..., media_link=..., os=..., attached_to=...,
  source_image_name=..., ...) -> Disk``: register a disk (409 ``ConflictError`` if the name is
  taken); ``attached_to`` is an ``AttachedTo`` or a ``(service, deployment, role)`` tuple.
* ``new_disk_name(state, subscription_id, service_name, role_name)``: a free name in ASM's
  style ``<service>-<role>-<n>-<timestamp>``.
* ``disks(state, subscription_id)``
  the mutable dict itself.
* ``attach_disk(state, subscription_id, name, service, deployment, role) -> Disk`` (404 if
  unknown, 400 if attached to another role).
* ``detach_disk(state, subscription_id, name)``; ``detach_disks(state, subscription_id,
  service, deployment=None, role=None) -> list[Disk]``: free every disk attached to that
  service / deployment / role (what deleting a deployment does to its disks).
* ``remove_disk(state, subscription_id, name)``; ``remove_disks(state, subscription_id,
  service, deployment=None, role=None) -> list[Disk]``: forget disks (what ``comp=media``
  deletes of a deployment or role do).

``delete_disk`` is synchronous (200). It answers 404 ``ResourceNotFound`` for an unknown disk
and 400 ``BadRequest`` "A disk with name NAME is currently in use by virtual machine ROLE
running within hosted service SERVICE, deployment DEPLOYMENT." for an attached one; it waits
for (409) a running operation holding ``disk:NAME``.
"""

from __future__ import annotations

import datetime
import itertools

from azure_asm.models import AttachedTo, Disk

from ..backend import Collection
from ..errors import AsmFault, bad_request
from ..state import State
from .spec_io import Call, SpecRouter, conflict

router = SpecRouter()

LOCK_KIND = "disk"

Attachment = AttachedTo | tuple[str, str, str]


def disks(state: State, subscription_id: str) -> Collection[Disk]:
    """The disks of a subscription (name -> ``Disk``), mutable."""
    return state.backend(subscription_id).disks


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


def new_disk_name(
    state: State,
    subscription_id: str,
    service_name: str,
    role_name: str,
    when: datetime.datetime | None = None,
) -> str:
    """A free disk name as ASM makes them: ``<service>-<role>-<n>-<yyyyMMddHHmmssffff>``."""
    moment = when or datetime.datetime.now(datetime.UTC)
    stamp = moment.strftime("%Y%m%d%H%M%S") + f"{moment.microsecond // 100:04d}"
    existing = disks(state, subscription_id)
    for index in itertools.count():
        name = f"{service_name}-{role_name}-{index}-{stamp}"
        if name not in existing:
            return name
    raise AssertionError("unreachable")


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
    table = disks(state, subscription_id)
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


def attach_disk(
    state: State,
    subscription_id: str,
    name: str,
    hosted_service_name: str,
    deployment_name: str,
    role_name: str,
) -> Disk:
    """Attach the free disk ``name`` to a role (404 if unknown, 400 if attached elsewhere)."""
    disk = disks(state, subscription_id).get_or_404(name)
    wanted = AttachedTo(
        hosted_service_name=hosted_service_name,
        deployment_name=deployment_name,
        role_name=role_name,
    )
    current = disk.attached_to
    if current is not None and (
        current.hosted_service_name,
        current.deployment_name,
        current.role_name,
    ) != (hosted_service_name, deployment_name, role_name):
        raise in_use_fault(disk)
    disk.attached_to = wanted
    return disk


def detach_disk(state: State, subscription_id: str, name: str) -> Disk | None:
    """Free the disk ``name`` (no-op if unknown); return it."""
    disk = disks(state, subscription_id).get(name)
    if disk is not None:
        disk.attached_to = None
    return disk


def _attached_to(
    disk: Disk, service_name: str, deployment_name: str | None, role_name: str | None
) -> bool:
    attached = disk.attached_to
    return (
        attached is not None
        and attached.hosted_service_name == service_name
        and (deployment_name is None or attached.deployment_name == deployment_name)
        and (role_name is None or attached.role_name == role_name)
    )


def detach_disks(
    state: State,
    subscription_id: str,
    service_name: str,
    deployment_name: str | None = None,
    role_name: str | None = None,
) -> list[Disk]:
    """Free every disk attached to the service (deployment, role when given); return them."""
    freed = [
        disk
        for disk in disks(state, subscription_id).values()
        if _attached_to(disk, service_name, deployment_name, role_name)
    ]
    for disk in freed:
        disk.attached_to = None
    return freed


def remove_disk(state: State, subscription_id: str, name: str) -> Disk | None:
    """Forget the disk ``name`` whatever its attachment; return it (None if unknown)."""
    return disks(state, subscription_id).pop(name, None)


def remove_disks(
    state: State,
    subscription_id: str,
    service_name: str,
    deployment_name: str | None = None,
    role_name: str | None = None,
) -> list[Disk]:
    """Forget every disk attached to the service (deployment, role when given); return them."""
    table = disks(state, subscription_id)
    removed = [
        disk
        for disk in table.values()
        if _attached_to(disk, service_name, deployment_name, role_name)
    ]
    for disk in removed:
        table.pop(disk.name or "", None)
    return removed


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
    remove_disk(call.state, call.subscription_id, name)
