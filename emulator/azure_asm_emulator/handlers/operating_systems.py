"""``list_operating_systems`` and ``list_operating_system_families`` (guest OS catalogue).

Inside a family ASM leaves out ``Family`` and ``FamilyLabel`` of each version; the flat list
carries them.
"""

from __future__ import annotations

from azure_asm.models import OperatingSystem, OperatingSystemFamily

from ..catalogue_operating_systems import OS_FAMILIES
from .spec_io import Call, SpecRouter

router = SpecRouter()


@router.handles("list_operating_systems")
def list_operating_systems(call: Call[None]) -> list[OperatingSystem]:
    return [
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


@router.handles("list_operating_system_families")
def list_operating_system_families(call: Call[None]) -> list[OperatingSystemFamily]:
    return [
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
