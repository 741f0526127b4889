"""``list_locations``: the data center locations of ``catalogue_locations``.

``KNOWN_LOCATIONS`` and ``canonical_location`` are re-exported for handlers that validate a
``location`` argument (hosted services, storage accounts).
"""

from __future__ import annotations

from azure_asm.models import ComputeCapabilities, Location

from ..catalogue_locations import KNOWN_LOCATIONS, LOCATIONS, canonical_location
from .spec_io import Call, SpecRouter

__all__ = ["KNOWN_LOCATIONS", "canonical_location", "list_locations", "router"]

router = SpecRouter()


@router.handles("list_locations")
def list_locations(call: Call[None]) -> list[Location]:
    return [
        Location(
            name=location.name,
            display_name=location.display_name,
            available_services=list(location.available_services),
            compute_capabilities=ComputeCapabilities(
                web_worker_role_sizes=list(location.web_worker_role_sizes),
                virtual_machines_role_sizes=list(location.virtual_machines_role_sizes),
            ),
        )
        for location in LOCATIONS
    ]
