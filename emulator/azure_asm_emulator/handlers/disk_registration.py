"""Registering a VHD as a disk of the image repository (``add_disk``) and changing a disk
(``update_disk``). Both are synchronous (200, no body), as ASM documents them, and wait (409)
while an operation holds ``disk:NAME``.

A disk registered without ``<OS>`` is a data disk (``Disk.os`` ``""``); it is free and takes
its location or affinity group from the storage account of its blob when the subscription has
it. ``update_disk`` changes the label and grows the VHD (``ResizedSizeInGB``, not while the
disk is attached); the body's ``<Name>`` cannot differ from the URI's (400).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from azure_asm.models import AddDisk, UpdateDisk

from ..errors import bad_request
from .disks import add_disk as register_disk
from .disks import in_use_fault, lock_key
from .spec_io import Call, SpecRouter, conflict
from .storage_accounts import storage_account_of_media_link

router = SpecRouter()

MAX_DISK_GB = 1023
DEFAULT_DISK_GB = 30
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$")


def _check_media_link(media_link: str) -> None:
    url = urlsplit(media_link)
    if (
        url.scheme not in ("http", "https")
        or not (url.hostname or "").lower().endswith(".blob.core.windows.net")
        or len([segment for segment in url.path.split("/") if segment]) < 2
    ):
        raise bad_request(
            f"The media link '{media_link}' is not a valid blob URL: expected "
            "https://<account>.blob.core.windows.net/<container>/<blob>."
        )


def _check_label(label: str | None) -> str:
    if label is None or not label.strip():
        raise bad_request("The label of the disk must be specified.")
    if len(label) > 100:
        raise bad_request("The label of the disk must be at most 100 characters long.")
    return label


def _check_new_disk(call: Call[AddDisk], body: AddDisk) -> None:
    if not _NAME.match(body.name or ""):
        raise bad_request(
            "The disk name is not valid. It must start with a letter or digit and hold only "
            "letters, digits, periods, hyphens and underscores."
        )
    _check_label(body.label)
    _check_media_link(body.media_link or "")


@router.handles("add_disk", check=_check_new_disk)
def add_disk(call: Call[AddDisk]) -> None:
    body, state, subscription_id = call.body, call.state, call.subscription_id
    name, media_link = body.name or "", body.media_link or ""
    state.operations.require_unlocked(lock_key(name))
    wanted = media_link.lower()
    for disk in call.backend.disks.values():
        if (disk.media_link or "").lower() == wanted:
            raise conflict(
                f"A disk with name {disk.name} is currently using the blob {media_link}."
            )
    account = storage_account_of_media_link(state, subscription_id, media_link)
    properties = account.storage_service_properties if account is not None else None
    register_disk(  # 409 when the name is taken
        state,
        subscription_id,
        name=name,
        media_link=media_link,
        os=body.os,
        label=body.label,
        logical_disk_size_in_gb=DEFAULT_DISK_GB,
        location=properties.location if properties is not None else None,
        affinity_group=properties.affinity_group if properties is not None else None,
    )


# Not validated: the reference package's body leaves out <Name>, which the spec requires.
@router.handles("update_disk", validate=False)
def update_disk(call: Call[UpdateDisk]) -> None:
    body = call.body
    name = call.param("disk_name")
    if body.disk_name is not None and body.disk_name != name:
        raise bad_request(
            f"The disk name {body.disk_name} in the request body does not match the disk name "
            f"{name} in the URI; a disk cannot be renamed."
        )
    call.state.operations.require_unlocked(lock_key(name))
    disk = call.backend.disks.get_or_404(name)
    label = _check_label(body.label) if body.label is not None else None
    size = body.resized_size_in_gb
    if size is not None:
        if size > MAX_DISK_GB or size < (disk.logical_disk_size_in_gb or 0):
            raise bad_request(
                f"ResizedSizeInGB must be between the disk's size "
                f"({disk.logical_disk_size_in_gb} GB) and {MAX_DISK_GB} GB; disks only grow."
            )
        if disk.attached_to is not None:
            raise in_use_fault(disk)
    if label is not None:
        disk.label = label
    if size is not None:
        disk.logical_disk_size_in_gb = size
