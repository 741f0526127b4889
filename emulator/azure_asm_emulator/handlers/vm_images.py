"""VM images: list (the subscription's captured images and the published ones), delete."""

from __future__ import annotations

from azure_asm.models import VMImage

from ..catalogue_compute import published_vm_images
from ..errors import bad_request, resource_not_found
from ..routing import Request, Response, Router, accepted_async
from ..state import State
from .compute_common import (
    location_matches,
    respond,
    spec_route,
    vm_image_lock,
    vm_images,
)

router = Router()


def _matches(image: VMImage, request: Request) -> bool:
    location = request.query.get("location")
    if location and not (image.location and location_matches(image.location, location)):
        return False
    publisher = request.query.get("publisher")
    if publisher and (image.publisher_name or "").lower() != publisher.lower():
        return False
    category = request.query.get("category")
    return not category or (image.category or "").lower() == category.lower()


@spec_route(router, "list_vm_images")
def list_vm_images(request: Request, state: State) -> Response:
    own = sorted(
        vm_images(state, request.subscription_id).values(), key=lambda image: image.name or ""
    )
    images = [image for image in [*published_vm_images(), *own] if _matches(image, request)]
    return respond("list_vm_images", images)


@spec_route(router, "delete_vm_image")
def delete_vm_image(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id
    name = request.path_params["vm_image_name"]
    lock = vm_image_lock(name)
    state.operations.require_unlocked(lock)
    image = vm_images(state, subscription_id).get(name.lower())
    if image is None:
        wanted = name.lower()
        if any((published.name or "").lower() == wanted for published in published_vm_images()):
            raise bad_request(f"The VM image {name} is a published image and cannot be deleted.")
        raise resource_not_found(f"The VM image {name} does not exist.")

    def work() -> None:
        # With comp=media the VHD blobs go too; the emulator keeps no blobs, so both forms
        # remove the image record only.
        images = vm_images(state, subscription_id)
        if images.get(name.lower()) is image:
            del images[name.lower()]

    operation = state.operations.start(
        "delete_vm_image", subscription_id=subscription_id, lock_keys=[lock], work=work
    )
    return accepted_async(operation)
