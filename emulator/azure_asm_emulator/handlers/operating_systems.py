"""``list_operating_systems`` and ``list_operating_system_families`` (guest OS catalogue).

Inside a family ASM leaves out ``Family`` and ``FamilyLabel`` of each version; the flat list
carries them.
"""

from __future__ import annotations

from azure_asm.models import OperatingSystem, OperatingSystemFamily

from ..catalogue_operating_systems import OS_FAMILIES
from ..routing import Request, Response, Router
from ..state import State
from .spec_io import respond, spec_route

router = Router()


@spec_route(router, "list_operating_systems")
def list_operating_systems(request: Request, state: State) -> Response:
    systems = [
        OperatingSystem(
            version=version.version,
            label=version.label,
            is_default=version.is_default,
            is_active=version.is_active,
            family=family.family,
            family_label=family.label,
        )
        for family in OS_FAMILIES
        for version in family.versions
    ]
    return respond("list_operating_systems", systems)


@spec_route(router, "list_operating_system_families")
def list_operating_system_families(request: Request, state: State) -> Response:
    families = [
        OperatingSystemFamily(
            name=str(family.family),
            label=family.label,
            operating_systems=[
                OperatingSystem(
                    version=version.version,
                    label=version.label,
                    is_default=version.is_default,
                    is_active=version.is_active,
                )
                for version in family.versions
            ],
        )
        for family in OS_FAMILIES
    ]
    return respond("list_operating_system_families", families)
