"""The data center locations the emulator offers (``list_locations``), as plain data.

Modelled on ASM's answer in the 2014-2015 API versions (see
``tests/fixtures/libcloud/locations.xml``): every location offers Compute, Storage,
PersistentVMRole (virtual machines) and HighMemory, and the role sizes of the emulator's size
catalogue (``catalogue_compute``, ``list_role_sizes``): the classic sizes, A5-A7 and the D
series for web/worker roles and virtual machines, the Basic tier for virtual machines only.
ASM lists role sizes in alphabetical order, and so does this module.

For other handlers: ``KNOWN_LOCATIONS`` (names, in ``list_locations`` order),
``canonical_location(name)`` (case-insensitive lookup, as ASM compares location names; None if
unknown), ``location_role_sizes(name)`` (the sizes a location offers) and
``paired_region(name)`` (where geo-redundant storage replicates).
"""

from __future__ import annotations

from dataclasses import dataclass

AVAILABLE_SERVICES: tuple[str, ...] = ("Compute", "Storage", "PersistentVMRole", "HighMemory")

_CLASSIC = ("ExtraSmall", "Small", "Medium", "Large", "ExtraLarge", "A5", "A6", "A7")
_BASIC = ("Basic_A0", "Basic_A1", "Basic_A2", "Basic_A3", "Basic_A4")
_D_SERIES = (
    "Standard_D1",
    "Standard_D2",
    "Standard_D3",
    "Standard_D4",
    "Standard_D11",
    "Standard_D12",
    "Standard_D13",
    "Standard_D14",
)
WEB_WORKER_ROLE_SIZES: tuple[str, ...] = tuple(sorted(_CLASSIC + _D_SERIES))
VIRTUAL_MACHINE_ROLE_SIZES: tuple[str, ...] = tuple(sorted(_CLASSIC + _D_SERIES + _BASIC))


@dataclass(frozen=True)
class LocationInfo:
    """One location: its name, display name, services and role sizes."""

    name: str
    display_name: str
    web_worker_role_sizes: tuple[str, ...] = WEB_WORKER_ROLE_SIZES
    virtual_machines_role_sizes: tuple[str, ...] = VIRTUAL_MACHINE_ROLE_SIZES
    available_services: tuple[str, ...] = AVAILABLE_SERVICES


LOCATIONS: tuple[LocationInfo, ...] = tuple(
    LocationInfo(name, name)
    for name in (
        "West Europe",
        "North Europe",
        "Southeast Asia",
        "East Asia",
        "Central US",
        "North Central US",
        "South Central US",
        "West US",
        "East US",
        "East US 2",
        "Japan East",
        "Japan West",
        "Brazil South",
        "Australia East",
        "Australia Southeast",
    )
)
"""Every location, in the order ``list_locations`` returns them."""

KNOWN_LOCATIONS: tuple[str, ...] = tuple(location.name for location in LOCATIONS)
"""Names of every location (``West US``, ...), in ``list_locations`` order."""

_BY_KEY = {location.name.lower(): location for location in LOCATIONS}


def find_location(name: str | None) -> LocationInfo | None:
    """The location named ``name`` (ignoring case), or None."""
    if not name:
        return None
    return _BY_KEY.get(name.strip().lower())


def canonical_location(name: str | None) -> str | None:
    """The catalogue spelling of location ``name`` (ignoring case), or None if unknown."""
    location = find_location(name)
    return location.name if location is not None else None


def location_role_sizes(name: str, *, virtual_machines: bool = True) -> tuple[str, ...]:
    """Role sizes offered in location ``name`` (for virtual machines, or web/worker roles).

    Empty for an unknown location.
    """
    location = find_location(name)
    if location is None:
        return ()
    if virtual_machines:
        return location.virtual_machines_role_sizes
    return location.web_worker_role_sizes


GEO_PAIRS: dict[str, str] = {
    "West US": "East US",
    "East US": "West US",
    "North Central US": "South Central US",
    "South Central US": "North Central US",
    "Central US": "East US 2",
    "East US 2": "Central US",
    "North Europe": "West Europe",
    "West Europe": "North Europe",
    "Southeast Asia": "East Asia",
    "East Asia": "Southeast Asia",
    "Japan East": "Japan West",
    "Japan West": "Japan East",
    "Brazil South": "South Central US",
    "Australia East": "Australia Southeast",
    "Australia Southeast": "Australia East",
}
"""Location -> the region geo-redundant storage replicates to (Azure's regional pairs)."""


def paired_region(name: str) -> str:
    """The secondary region of location ``name`` for geo-redundant storage ("" if unknown)."""
    location = canonical_location(name)
    return GEO_PAIRS.get(location, "") if location is not None else ""
