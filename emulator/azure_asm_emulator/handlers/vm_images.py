"""VM images: list (the subscription's captured images and the published ones), delete."""

from __future__ import annotations

from azure_asm.models import VMImage

from ..catalogue_compute import published_vm_images
from ..errors import bad_request
from ..routing import Request, Response
from .compute_common import location_matches, vm_image_lock
from .spec_io import Call, SpecRouter

router = SpecRouter()


def _matches(image: VMImage, request: Request) -> bool:
    location = request.query.get("location")
    if location and not (image.location and location_matches(image.location, location)):
        return False
    publisher = request.query.get("publisher")
    if publisher and (image.publisher_name or "").lower() != publisher.lower():
        return False
    category = request.query.get("category")
    return not category or (image.category or "").lower() == category.lower()


@router.handles("list_vm_images")
def list_vm_images(call: Call[None]) -> list[VMImage]:
    own = sorted(call.backend.vm_images.values(), key=lambda image: image.name or "")
    return [image for image in [*published_vm_images(), *own] if _matches(image, call.request)]


@router.handles("delete_vm_image")
def delete_vm_image(call: Call[None]) -> Response:
    state = call.state
    name = call.param("vm_image_name")
    lock = vm_image_lock(name)
    state.operations.require_unlocked(lock)
    images = call.backend.vm_images
    image = images.get(name)
    if image is None:
        wanted = name.lower()
        if any((published.name or "").lower() == wanted for published in published_vm_images()):
            raise bad_request(f"The VM image {name} is a published image and cannot be deleted.")
        raise images.not_found(name)

    def work() -> None:
        # With comp=media the VHD blobs go too; the emulator keeps no blobs, so both forms
        # remove the image record only.
        if images.get(name) is image:
            del images[name]

    return call.accepted(lock_keys=[lock], work=work)
