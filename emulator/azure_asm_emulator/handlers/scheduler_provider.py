"""The Scheduler resource provider's properties and Store entitlements (``spec/scheduler.yaml``).

State layout: ``state.resources(subscription_id, "entitled_resources")``: lower-cased
``namespace/type`` -> the ``EntitleResource`` request that entitled it.

Behaviour: the properties answer the plans the emulator's job collections offer (``plans``:
``Free,Standard``, the emulator's own catalogue); an entitlement is asynchronous (202 + request
id) and is recorded when its operation succeeds; one already recorded is 409.
"""

from __future__ import annotations

from azure_asm.models import EntitleResource, ResourceProviderProperty

from ..routing import Response, accepted_async
from .scheduler import PLANS
from .spec_io import Call, SpecRouter, conflict

router = SpecRouter()


@router.handles("get_scheduler_resource_provider_properties")
def get_properties(call: Call[None]) -> list[ResourceProviderProperty]:
    return [ResourceProviderProperty(key="plans", value=",".join(PLANS))]


@router.handles("entitle_resource", status=202)
def entitle_resource(call: Call[EntitleResource]) -> Response:
    body = call.body
    key = f"{body.resource_provider_namespace}/{body.type}".lower()
    entitled = call.state.resources(call.subscription_id, "entitled_resources")
    if key in entitled:
        raise conflict(f"The subscription is already entitled to {key}.")
    operation = call.state.operations.start(
        "entitle_resource",
        subscription_id=call.subscription_id,
        work=lambda: entitled.setdefault(key, body),
    )
    return accepted_async(operation)
