"""Creating and changing VM images from VHDs, and publishing OS and VM images.

``create_vm_image`` / ``update_vm_image`` are asynchronous and hold ``vmimage:<name>``; the VHDs
must lie in a storage account of the subscription. Replicating, unreplicating and sharing
(x-ms-version 2015-04-01 or later) work on the subscription's own images only (platform images
are 400) and keep their record in ``backend.image_replications``; ``get_os_image_details``
reports each region's progress: 0 while the replication runs, 100 once it has succeeded.
Sharing needs a replicated image.
"""

from __future__ import annotations

import re

from azure_asm.models import (
    CreateVMImageInput,
    DataDiskConfiguration,
    OSDiskConfiguration,
    OSImage,
    OSImageDetails,
    ReplicationInput,
    ReplicationProgressElement,
    UpdateVMImageInput,
    VMImage,
)

from ..backend import Replication
from ..catalogue_compute import published_vm_images
from ..catalogue_locations import canonical_location
from ..catalogue_os_images import platform_image
from ..errors import bad_request
from ..routing import Response
from ..state import State
from .compute_common import find_vm_image, now, vm_image_lock
from .os_images import find_os_image
from .spec_io import Call, SpecRouter, conflict, not_found
from .storage_accounts import storage_account_of_media_link

router = SpecRouter()

PERMISSIONS = ("Public", "Private", "MSDN")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$")
OS_DISK_SIZE_GB = 30
DATA_DISK_SIZE_GB = 10


def _own_image_for_publishing(state: State, subscription_id: str, name: str) -> str:
    """The own OS or VM image ``name``: 400 for a platform image, 404 if unknown."""
    backend = state.backend(subscription_id)
    if name in backend.os_images or name in backend.vm_images:
        return name
    wanted = name.lower()
    published = any((image.name or "").lower() == wanted for image in published_vm_images())
    if platform_image(name) is not None or published:
        raise bad_request(f"The image {name} is a platform image and cannot be published.")
    raise not_found(f"The image {name} does not exist.")


@router.handles("replicate_vm_image", versioned=True)
def replicate_vm_image(call: Call[ReplicationInput]) -> Response:
    body = call.body
    name = _own_image_for_publishing(call.state, call.subscription_id, call.param("vm_image_name"))
    regions: list[str] = []
    for region in body.regions or []:
        canonical = canonical_location(region)
        if canonical is None:
            raise bad_request(f"The location '{region}' is not a valid location.")
        if canonical not in regions:
            regions.append(canonical)
    if not regions:
        raise bad_request("At least one target location must be specified.")
    if not body.offer or not body.sku or not body.version:
        raise bad_request("The Offer, Sku and Version of the image must be specified.")
    if not re.match(r"^\d+\.\d+\.\d+$", body.version):
        raise bad_request(f"The version '{body.version}' is not valid: use major.minor.patch.")
    answer = call.accepted(lock_keys=[f"image:{name}"])
    request_id = answer.headers["x-ms-request-id"]
    record = Replication(regions, body.offer, body.sku, body.version, request_id)
    call.backend.image_replications[name] = record
    return answer


@router.handles("unreplicate_vm_image", versioned=True)
def unreplicate_vm_image(call: Call[None]) -> Response:
    name = _own_image_for_publishing(call.state, call.subscription_id, call.param("vm_image_name"))
    lock = f"image:{name}"
    call.state.operations.require_unlocked(lock)
    records = call.backend.image_replications
    if name not in records:
        raise bad_request(f"The image {name} is not replicated.")

    def work() -> None:
        records.pop(name, None)

    return call.accepted(lock_keys=[lock], work=work)


@router.handles("share_vm_image", versioned=True)
def share_vm_image(call: Call[None]) -> Response:
    name = _own_image_for_publishing(call.state, call.subscription_id, call.param("vm_image_name"))
    permission = call.request.query.get("permission", "")
    if permission not in PERMISSIONS:
        raise bad_request(
            f"The permission '{permission}' is not valid: use Public, Private or MSDN."
        )
    lock = f"image:{name}"
    call.state.operations.require_unlocked(lock)
    record = call.backend.image_replications.get(name)
    if record is None:
        raise bad_request(f"The image {name} must be replicated before it can be shared.")

    def work() -> None:
        record.permission = permission

    return call.accepted(lock_keys=[lock], work=work)


@router.handles("get_os_image_details")
def get_os_image_details(call: Call[None]) -> OSImageDetails:
    name = call.param("image_name")
    image = find_os_image(call.state, call.subscription_id, name)
    if image is None:
        raise not_found(f"The image {name} does not exist.")
    details = OSImageDetails()
    for key in OSImage.__match_args__:
        setattr(details, key, getattr(image, key))
    record = call.backend.image_replications.get(name)
    if record is not None:
        operation = call.state.operations.get(call.subscription_id, record.request_id)
        done = operation is None or operation.done
        details.replication_progress = [
            ReplicationProgressElement(location=region, progress=100 if done else 0)
            for region in record.regions
        ]
    return details


# --- VM images ------------------------------------------------------------------------------


def _check_label(label: str | None) -> str:
    if not label:
        raise bad_request("The label of the image must be specified.")
    if len(label) > 100:
        raise bad_request("The label of the image exceeds 100 characters.")
    return label


@router.handles("create_vm_image")
def create_vm_image(call: Call[CreateVMImageInput]) -> Response:
    state, subscription_id, body = call.state, call.subscription_id, call.body
    name = body.name or ""
    if not _NAME.match(name):
        raise bad_request(
            f"The VM image name '{name}' is not valid: it must start with a letter or digit and "
            "hold only letters, digits, periods, underscores and hyphens."
        )
    label = _check_label(body.label)
    os_disk = body.os_disk_configuration
    if os_disk is None:
        raise bad_request("The OSDiskConfiguration of the image must be specified.")
    account = storage_account_of_media_link(state, subscription_id, os_disk.media_link)
    if account is None:
        raise bad_request(
            f"The media link '{os_disk.media_link}' is not in a storage account of the "
            "subscription."
        )
    luns: set[int] = set()
    for disk in body.data_disk_configurations or []:
        if disk.lun is None or not 0 <= disk.lun <= 15:
            raise bad_request(f"The LUN {disk.lun} of a data disk is not valid: use 0 to 15.")
        if disk.lun in luns:
            raise bad_request(f"The LUN {disk.lun} is used by more than one data disk.")
        luns.add(disk.lun)
        if storage_account_of_media_link(state, subscription_id, disk.media_link) is None:
            raise bad_request(
                f"The media link '{disk.media_link}' is not in a storage account of the "
                "subscription."
            )
    lock = vm_image_lock(name)
    state.operations.require_unlocked(lock)
    if find_vm_image(state, subscription_id, name) is not None:
        raise conflict(f"A VM image with the name {name} already exists.")
    properties = account.storage_service_properties
    moment = now().replace(microsecond=0)
    image = VMImage(
        name=name,
        label=label,
        category="User",
        description=body.description,
        os_disk_configuration=OSDiskConfiguration(
            name=f"{name}-os",
            host_caching=os_disk.host_caching,
            os_state=os_disk.os_state,
            os=os_disk.os,
            media_link=os_disk.media_link,
            logical_disk_size_in_gb=OS_DISK_SIZE_GB,
        ),
        data_disk_configurations=None
        if body.data_disk_configurations is None
        else [
            DataDiskConfiguration(
                name=f"{name}-datadisk-{disk.lun}",
                host_caching=disk.host_caching,
                lun=disk.lun,
                media_link=disk.media_link,
                logical_disk_size_in_gb=disk.logical_disk_size_in_gb or DATA_DISK_SIZE_GB,
            )
            for disk in body.data_disk_configurations
        ],
        affinity_group=properties.affinity_group if properties else None,
        location=(properties.geo_primary_region or properties.location) if properties else None,
        created_time=moment,
        modified_time=moment,
        language=body.language,
        image_family=body.image_family,
        recommended_vm_size=body.recommended_vm_size,
        is_premium=False,
        eula=body.eula,
        icon_uri=body.icon_uri,
        small_icon_uri=body.small_icon_uri,
        privacy_uri=body.privacy_uri,
        publisher_name="User",
        published_date=body.published_date,
        show_in_gui=body.show_in_gui if body.show_in_gui is not None else False,
        vm_image_state="VMImageReadyForUse",
    )

    def work() -> None:
        state.backend(subscription_id).vm_images[name] = image

    return call.accepted(lock_keys=[lock], work=work)


@router.handles("update_vm_image")
def update_vm_image(call: Call[UpdateVMImageInput]) -> Response:
    state, subscription_id, body = call.state, call.subscription_id, call.parse()
    name = call.param("vm_image_name")
    lock = vm_image_lock(name)
    image = state.backend(subscription_id).vm_images.get(name)
    if image is None:
        if find_vm_image(state, subscription_id, name) is not None:
            raise bad_request(f"The VM image {name} is a platform image and cannot be changed.")
        raise not_found(f"The VM image {name} does not exist.")
    state.operations.require_unlocked(lock)
    body = call.body  # the generated validator (host caching values), after the 404
    label = None if body.label is None else _check_label(body.label)
    names = {(disk.name or "").lower(): disk for disk in image.data_disk_configurations or []}
    changes = []
    for update in body.data_disk_configurations or []:
        target = names.get((update.name or "").lower())
        if target is None:
            raise bad_request(f"The image has no data disk named {update.name}.")
        changes.append((target, update))

    def work() -> None:
        if label is not None:
            image.label = label
        for key in (
            "description",
            "language",
            "image_family",
            "recommended_vm_size",
            "eula",
            "icon_uri",
            "small_icon_uri",
            "privacy_uri",
            "published_date",
            "show_in_gui",
        ):
            value = getattr(body, key)
            if value is not None:
                setattr(image, key, value)
        new_os = body.os_disk_configuration
        if new_os is not None and new_os.host_caching is not None and image.os_disk_configuration:
            image.os_disk_configuration.host_caching = new_os.host_caching
        for target, update in changes:
            if update.host_caching is not None:
                target.host_caching = update.host_caching
            if update.lun is not None:
                target.lun = update.lun
        image.modified_time = now().replace(microsecond=0)

    return call.accepted(lock_keys=[lock], work=work)
