"""Operating system images (``/services/images``): list, get, add, update, delete.

The subscription's own images (category ``User``) are ``state.backend(sub).os_images``; the
platform images (``Public``) are the fixed catalogue of ``catalogue_os_images``, listed first.
``find_os_image`` finds either (a platform image as a fresh copy).

Every string field the seed walkthrough prints is a string for every image, ``""`` where ASM
has nothing. Add, update and delete are asynchronous and hold ``image:NAME``; platform images
cannot be changed or deleted (400).

``update_os_image_from_image_reference`` shares ``PUT /services/images/{name}`` and the body's
root with ``update_os_image``: it claims the bodies that are not update_os_image's four
elements (``is_image_reference_update``) and changes the descriptive fields it carries.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from azure_asm.models import OSImage, OSImageInput, UpdateOSImageInput
from azure_asm_runtime.errors import ResponseParseError

from ..catalogue_os_images import platform_image, platform_images
from ..errors import bad_request
from ..routing import Request, Response
from ..state import State
from ..xmlbody import request_xml
from .spec_io import Call, SpecRouter, not_found
from .storage_accounts import storage_account_of_media_link

router = SpecRouter()

LOCK_KIND = "image"
OS_TYPES = ("Linux", "Windows")
_UPDATE_OS_IMAGE_ELEMENTS = frozenset({"Label", "MediaLink", "Name", "OS"})
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$")
USER_IMAGE_SIZE_GB = 30


def lock_key(name: str) -> str:
    """The operation lock key of image ``name``."""
    return f"{LOCK_KIND}:{name}"


def find_os_image(state: State, subscription_id: str, name: str) -> OSImage | None:
    """The platform or own OS image ``name`` visible to the subscription, or None."""
    image = platform_image(name)
    if image is not None:
        return image
    return state.backend(subscription_id).os_images.get(name)


def _own_image(state: State, subscription_id: str, name: str, action: str) -> OSImage:
    """The own image ``name``: 400 for a platform image, 409 while an operation holds it
    (an image being added does not exist yet, but the client must wait, not fail), else 404."""
    if platform_image(name) is not None:
        raise bad_request(f"The image {name} is a platform image and cannot be {action}.")
    state.operations.require_unlocked(lock_key(name))
    return state.backend(subscription_id).os_images.get_or_404(name)


def _check_input(body: OSImageInput) -> tuple[str, str, str, str]:
    name, label = body.name or "", body.label or ""
    media_link, os_type = body.media_link or "", body.os or ""
    if not _NAME.match(name):
        raise bad_request(
            "The image name is not valid. It must start with a letter or digit and hold only "
            "letters, digits, periods, hyphens and underscores."
        )
    if not label.strip():
        raise bad_request("The label of the image must be specified.")
    if len(label) > 100:
        raise bad_request("The label of the image must be at most 100 characters long.")
    url = urlsplit(media_link)
    if (
        url.scheme not in ("http", "https")
        or not (url.hostname or "").lower().endswith(".blob.core.windows.net")
        or url.path.count("/") < 2
    ):
        raise bad_request(
            f"The media link '{media_link}' is not a valid blob URL: expected "
            "https://<account>.blob.core.windows.net/<container>/<blob>."
        )
    if os_type not in OS_TYPES:
        raise bad_request(f"The operating system '{os_type}' is not valid: use Linux or Windows.")
    return name, label, media_link, os_type


@router.handles("list_os_images")
def list_os_images(call: Call[None]) -> list[OSImage]:
    return platform_images() + list(call.backend.os_images.values())


@router.handles("get_os_image")
def get_os_image(call: Call[None]) -> OSImage:
    name = call.param("image_name")
    image = find_os_image(call.state, call.subscription_id, name)
    if image is None:
        raise call.backend.os_images.not_found(name)
    return image


def _check_new_image(call: Call[OSImageInput], body: OSImageInput) -> None:
    _check_input(body)


#: The descriptive elements Add OS Image takes besides the four it needs (all optional), and
#: those an update from an image reference changes.
_DESCRIPTIVE_FIELDS = (
    "eula",
    "description",
    "image_family",
    "published_date",
    "is_premium",
    "show_in_gui",
    "privacy_uri",
    "icon_uri",
    "recommended_vm_size",
    "small_icon_uri",
    "language",
)


@router.handles("add_os_image", check=_check_new_image)
def add_os_image(call: Call[OSImageInput]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    name, label, media_link, os_type = _check_input(call.body)
    state.operations.require_unlocked(lock_key(name))
    if find_os_image(state, subscription_id, name) is not None:
        raise call.backend.os_images.conflict(name)
    account = storage_account_of_media_link(state, subscription_id, media_link)
    properties = account.storage_service_properties if account is not None else None
    image = OSImage(
        affinity_group=properties.affinity_group if properties is not None else None,
        category="User",
        label=label,
        location=(properties.location or "") if properties is not None else "",
        logical_size_in_gb=USER_IMAGE_SIZE_GB,
        media_link=media_link,
        name=name,
        os=os_type,
        eula="",
        description="",
        is_premium=False,
        os_state="Generalized",
    )
    body = call.body
    for key in _DESCRIPTIVE_FIELDS:
        value = getattr(body, key)
        if value is not None:
            setattr(image, key, value)

    # Listed at once, as ASM lists an image while it is being registered (the seed lists
    # images right after adding one); the lock keeps other writes away until it is done.
    call.backend.os_images[name] = image
    return call.accepted(lock_keys=[lock_key(name)])


@router.handles("update_os_image", validate=False)
def update_os_image(call: Call[OSImageInput]) -> Response:
    image_name = call.param("image_name")
    body = call.parse()
    image = _own_image(call.state, call.subscription_id, image_name, "changed")
    name, label, _, _ = _check_input(body)
    if name != image_name:
        raise bad_request(
            f"The image name {name} in the request body does not match the image name "
            f"{image_name} in the URI."
        )

    def work() -> None:
        image.label = label

    return call.accepted(lock_keys=[lock_key(image_name)], work=work)


@router.handles("delete_os_image")
def delete_os_image(call: Call[None]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    name = call.param("image_name")
    _own_image(state, subscription_id, name, "deleted")
    # comp=media would also delete the VHD blob; the emulator keeps no blobs.
    images = call.backend.os_images

    def work() -> None:
        images.pop(name, None)

    return call.accepted(lock_keys=[lock_key(name)], work=work)


# --- update from an image reference (same PUT, same body root, more elements) -------------


def is_image_reference_update(request: Request) -> bool:
    """Whether a ``PUT /services/images/{name}`` body is not update_os_image's four elements."""
    try:
        root = request_xml(request)
    except ResponseParseError:
        return False  # update_os_image answers the 400
    names = {child.tag.rpartition("}")[2] for child in root if isinstance(child.tag, str)}
    return names != _UPDATE_OS_IMAGE_ELEMENTS


@router.handles(
    "update_os_image_from_image_reference", when=is_image_reference_update, validate=False
)
def update_os_image_from_image_reference(call: Call[UpdateOSImageInput]) -> Response:
    """``PUT /services/images/{image_name}`` with the extended OSImage body (see module doc)."""
    name = call.param("image_name")
    body = call.parse()
    if platform_image(name) is not None:
        raise bad_request(f"The image {name} is a platform image and cannot be changed.")
    lock = lock_key(name)
    call.state.operations.require_unlocked(lock)
    image = call.backend.os_images.get(name)
    if image is None:
        raise not_found(f"The image {name} does not exist.")
    label = body.label or ""
    if not label.strip():
        raise bad_request("The label of the image must be specified.")

    def work() -> None:
        image.label = label
        for key in _DESCRIPTIVE_FIELDS:
            value = getattr(body, key)
            if value is not None:
                setattr(image, key, value)

    return call.accepted(lock_keys=[lock], work=work)
