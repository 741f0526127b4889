"""Publishing VM images through ``/services/vmimages/{name}/...``.

Replicate, unreplicate and share are answered by the ``/services/images/{name}/...`` routes
(``image_publishing``), which ASM serves for VM images as well, so both paths share one
publishing record per image. ``get_vm_image_details`` is the VM image (own or published; 404
otherwise) with that record: the replication progress per region (100 once the replication
operation has ended), the sharing status and the offer, SKU and version.
"""

from __future__ import annotations

from azure_asm.models import (
    ComputeImageAttributes,
    ReplicationProgressElement,
    VMImage,
    VMImageDetails,
)

from ..routing import Request, Response
from ..state import State
from .compute_common import find_vm_image
from .deployment_slots import answer_at
from .spec_io import Call, SpecRouter, not_found, spec_route

router = SpecRouter()


def by_images_path(request: Request, state: State) -> Response:
    return answer_at(request, state, request.path.replace("/vmimages/", "/images/", 1))


for _name in ("replicate_vmimage", "unreplicate_vmimage", "share_vmimage"):
    spec_route(router, _name)(by_images_path)


@router.handles("get_vm_image_details")
def get_vm_image_details(call: Call[None]) -> VMImageDetails:
    name = call.param("vm_image_name")
    image = find_vm_image(call.state, call.subscription_id, name)
    if image is None:
        raise not_found(f"The image {name} does not exist.")
    details = VMImageDetails(**{key: getattr(image, key) for key in VMImage.__match_args__})
    record = call.backend.image_replications.get(name)
    if record is not None:
        started = call.state.operations.get(call.subscription_id, record.request_id)
        done = started is None or started.done
        details.replication_progress = [
            ReplicationProgressElement(location=region, progress=100 if done else 0)
            for region in record.regions
        ]
        details.sharing_status = record.permission
        details.published_name = image.name
        details.compute_image_attributes = ComputeImageAttributes(
            record.offer, record.sku, record.version
        )
    return details
