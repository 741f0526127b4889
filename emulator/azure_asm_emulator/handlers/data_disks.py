"""Data disks of a virtual machine by LUN: get, add, update, delete.

A machine's data disks are its role's ``DataVirtualHardDisks`` (kept sorted by LUN); each is
also a ``Disk`` of the image repository attached to the machine (``disks`` handlers).

``add_data_disk`` attaches an existing free data disk (``DiskName``), registers and attaches an
existing VHD (``SourceMediaLink``) or creates an empty disk (``LogicalDiskSizeInGB``, VHD at
``MediaLink`` or beside the OS disk's VHD). Refusals: LUN outside 0-31, caching not None/ReadOnly/
ReadWrite, more disks than the role size allows, nothing to attach, an unknown disk, an OS disk,
a disk attached elsewhere, a VHD that is not a blob URL: 400 ``BadRequest``; a LUN already used,
a disk name or blob already taken: 409 ``ConflictError``; unknown service, deployment, machine
or LUN: 404 ``ResourceNotFound``. The disk is attached when the operation succeeds.

``update_data_disk`` changes caching, label, LUN (``<Lun>``; 409 if the new one is used) and
size (grow only, up to 1023 GB); the disk's name and VHD cannot change (400).
``delete_data_disk`` detaches the disk (it stays in the repository) or, with ``comp=media``,
deletes it. All three wait out (409) and hold the deployment and hosted service locks.
"""

from __future__ import annotations

from collections.abc import Callable

from azure_asm.models import (
    AttachedTo,
    DataVirtualHardDisk,
    Deployment,
    Disk,
    PersistentVMRole,
    UpdateDataDisk,
)

from ..catalogue_compute import DEFAULT_ROLE_SIZE, find_role_size
from ..errors import AsmFault, bad_request, resource_not_found
from ..routing import Request, Response, Router, accepted_async
from ..state import State
from .compute_common import (
    conflict,
    disks,
    flag,
    now,
    read_body,
    require_deployment,
    respond,
    spec_route,
)
from .compute_roles import require_role
from .compute_vm import _check_host_caching, _check_media_link, _container
from .disks import add_disk, in_use_fault, new_disk_name
from .lifecycle_common import deployment_locks, require_unlocked_deployment

router = Router()

MAX_LUN = 31
MAX_DISK_GB = 1023
DEFAULT_DATA_DISK_GB = 30


def _lun(value: int | str | None) -> int:
    try:
        lun = int(value if value is not None else 0)
    except ValueError:
        raise bad_request(f"The LUN '{value}' is not a number.") from None
    if not 0 <= lun <= MAX_LUN:
        raise bad_request(f"The LUN {lun} is not valid; use 0 to {MAX_LUN}.")
    return lun


def _find(role: PersistentVMRole, lun: int) -> DataVirtualHardDisk | None:
    return next((d for d in role.data_virtual_hard_disks or [] if (d.lun or 0) == lun), None)


def _require(role: PersistentVMRole, lun: int) -> DataVirtualHardDisk:
    disk = _find(role, lun)
    if disk is None:
        raise resource_not_found(
            f"No data disk is attached to the virtual machine {role.role_name} at LUN {lun}."
        )
    return disk


def _lun_taken(role: PersistentVMRole, lun: int) -> AsmFault:
    return conflict(
        f"A data disk is already attached to the virtual machine {role.role_name} at LUN {lun}."
    )


def _sort(role: PersistentVMRole) -> None:
    role.data_virtual_hard_disks = sorted(
        role.data_virtual_hard_disks or [], key=lambda disk: disk.lun or 0
    )


def _target(request: Request, state: State) -> tuple[str, Deployment, PersistentVMRole]:
    service_name = request.path_params["service_name"]
    deployment_name = request.path_params["deployment_name"]
    require_unlocked_deployment(state, service_name, deployment_name)
    deployment = require_deployment(state, request.subscription_id, service_name, deployment_name)
    return service_name, deployment, require_role(deployment, request.path_params["role_name"])


def _start(
    state: State,
    request: Request,
    kind: str,
    service_name: str,
    deployment: Deployment,
    work: Callable[[], None],
) -> Response:
    def finish() -> None:
        try:
            work()
        finally:
            deployment.locked = False
            deployment.last_modified_time = now()

    operation = state.operations.start(
        kind,
        subscription_id=request.subscription_id,
        lock_keys=deployment_locks(service_name, deployment.name or ""),
        work=finish,
    )
    deployment.locked = True
    return accepted_async(operation)


@spec_route(router, "get_data_disk")
def get_data_disk(request: Request, state: State) -> Response:
    deployment = require_deployment(
        state,
        request.subscription_id,
        request.path_params["service_name"],
        request.path_params["deployment_name"],
    )
    role = require_role(deployment, request.path_params["role_name"])
    return respond("get_data_disk", _require(role, _lun(request.path_params["lun"])))


@spec_route(router, "add_data_disk")
def add_data_disk(request: Request, state: State) -> Response:
    body = read_body(request, "add_data_disk", DataVirtualHardDisk)
    subscription_id = request.subscription_id
    service_name, deployment, role = _target(request, state)
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    service_name = service.service_name or service_name
    lun = _lun(body.lun)
    _check_host_caching(body.host_caching)
    if _find(role, lun) is not None:
        raise _lun_taken(role, lun)
    size = find_role_size(role.role_size or DEFAULT_ROLE_SIZE)
    limit = size.max_data_disk_count if size is not None else 1
    if len(role.data_virtual_hard_disks or []) + 1 > limit:
        raise bad_request(
            f"The maximum number of data disks allowed to be attached to a role of size "
            f"{role.role_size} is {limit}."
        )
    repository = disks(state, subscription_id)
    properties = service.hosted_service_properties
    attached = AttachedTo(
        hosted_service_name=service_name,
        deployment_name=deployment.name,
        role_name=role.role_name,
    )
    host_caching = body.host_caching or "None"
    new_empty = body.source_media_link is None and body.logical_disk_size_in_gb is not None
    existing: Disk | None = None
    link = ""
    name = ""
    gigabytes = body.logical_disk_size_in_gb
    if body.disk_name and body.source_media_link is None and not new_empty:
        existing = repository.get(body.disk_name)
        if existing is None:
            raise bad_request(f"The disk '{body.disk_name}' does not exist.")
        if existing.os:
            raise bad_request(f"The disk '{body.disk_name}' is an OS disk, not a data disk.")
        if existing.attached_to is not None:
            raise in_use_fault(existing)
    elif body.source_media_link is not None or new_empty:
        if body.source_media_link is not None:
            link = body.source_media_link
            gigabytes = gigabytes or DEFAULT_DATA_DISK_GB
        else:
            if gigabytes is None or not 1 <= gigabytes <= MAX_DISK_GB:
                raise bad_request(
                    f"LogicalDiskSizeInGB (1 to {MAX_DISK_GB}) is required for a new empty data "
                    "disk."
                )
            link = body.media_link or ""
        name = body.disk_name or new_disk_name(
            state, subscription_id, service_name, role.role_name or ""
        )
        if name in repository:
            raise conflict(f"A disk with the name '{name}' already exists.")
        if not link:
            os_link = role.os_virtual_hard_disk.media_link if role.os_virtual_hard_disk else ""
            link = f"{_container(os_link or '', 'media link of the OS disk')}/{name}.vhd"
        _check_media_link(state, subscription_id, link, [], "MediaLink")
    else:
        raise bad_request(
            "Specify the DiskName of an existing data disk, a SourceMediaLink or a "
            "LogicalDiskSizeInGB for a new empty disk."
        )

    def work() -> None:
        if _find(role, lun) is not None:  # pragma: no cover - the deployment lock prevents it
            raise _lun_taken(role, lun)
        if existing is not None:
            if existing.attached_to is not None:
                raise in_use_fault(existing)
            existing.attached_to = attached
            record = existing
        else:
            record = add_disk(
                state,
                subscription_id,
                name=name,
                media_link=link,
                label=body.disk_label,
                attached_to=attached,
                logical_disk_size_in_gb=gigabytes or DEFAULT_DATA_DISK_GB,
                location=properties.location if properties is not None else None,
                affinity_group=properties.affinity_group if properties is not None else None,
            )
        role.data_virtual_hard_disks = [
            *(role.data_virtual_hard_disks or []),
            DataVirtualHardDisk(
                host_caching=host_caching,
                disk_label=record.label,
                disk_name=record.name,
                lun=lun,
                logical_disk_size_in_gb=record.logical_disk_size_in_gb,
                media_link=record.media_link,
                io_type=record.io_type or "Standard",
            ),
        ]
        _sort(role)

    return _start(state, request, "add_data_disk", service_name, deployment, work)


@spec_route(router, "update_data_disk")
def update_data_disk(request: Request, state: State) -> Response:
    body = read_body(request, "update_data_disk", UpdateDataDisk)
    subscription_id = request.subscription_id
    service_name, deployment, role = _target(request, state)
    lun = _lun(request.path_params["lun"])
    current = _require(role, lun)
    _check_host_caching(body.host_caching)
    new_lun = _lun(body.updated_lun) if body.updated_lun is not None else lun
    if new_lun != lun and _find(role, new_lun) is not None:
        raise _lun_taken(role, new_lun)
    for given, value, what in (
        (body.disk_name, current.disk_name, "DiskName"),
        (body.media_link, current.media_link, "MediaLink"),
    ):
        if given is not None and given != value:
            raise bad_request(f"The {what} of the data disk at LUN {lun} cannot be changed.")
    gigabytes = body.logical_disk_size_in_gb
    if gigabytes is not None:
        if gigabytes < (current.logical_disk_size_in_gb or 0):
            raise bad_request("A data disk cannot be shrunk.")
        if gigabytes > MAX_DISK_GB:
            raise bad_request(f"A data disk holds at most {MAX_DISK_GB} GB.")

    def work() -> None:
        record = disks(state, subscription_id).get(current.disk_name or "")
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

    return _start(state, request, "update_data_disk", service_name, deployment, work)


@spec_route(router, "delete_data_disk")
def delete_data_disk(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id
    service_name, deployment, role = _target(request, state)
    current = _require(role, _lun(request.path_params["lun"]))
    delete = flag(request, "comp", "media")

    def work() -> None:
        role.data_virtual_hard_disks = [
            d for d in role.data_virtual_hard_disks or [] if d is not current
        ]
        repository = disks(state, subscription_id)
        name = current.disk_name or ""
        if delete:
            repository.pop(name, None)  # the emulator keeps no blobs
        elif name in repository:
            repository[name].attached_to = None

    return _start(state, request, "delete_data_disk", service_name, deployment, work)


__all__ = ["router"]
