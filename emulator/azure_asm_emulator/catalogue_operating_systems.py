"""Guest operating systems of cloud service roles (``list_operating_systems`` and families).

Families 1 to 5 match Windows Server releases (osFamily in a .cscfg). Each family offers a few
monthly guest OS versions (``WA-GUEST-OS-<family>.<n>_<yyyymm>-01``); the newest of a family is
its default, the newest three are active, older ones are retired (inactive). Family 1 (Windows
Server 2008 SP2) was retired altogether, so none of its versions is active. Every label is
non-empty text (ASM sends labels base64-encoded; the serializer does that).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuestOSVersion:
    """One guest OS version."""

    version: str
    label: str
    family: int
    is_default: bool
    is_active: bool


@dataclass(frozen=True)
class GuestOSFamily:
    """One guest OS family and its versions, newest first."""

    family: int
    label: str
    versions: tuple[GuestOSVersion, ...]


# family, label, retired, (minor version, release) newest first
_FAMILIES: tuple[tuple[int, str, bool, tuple[tuple[int, str], ...]], ...] = (
    (
        1,
        "Windows Server 2008 SP2",
        True,
        ((50, "201312-01"), (49, "201311-01"), (48, "201310-01"), (47, "201309-01")),
    ),
    (
        2,
        "Windows Server 2008 R2 SP1",
        False,
        ((36, "201503-01"), (35, "201502-01"), (34, "201501-01"), (33, "201412-01")),
    ),
    (
        3,
        "Windows Server 2012",
        False,
        ((23, "201503-01"), (22, "201502-01"), (21, "201501-01"), (20, "201412-01")),
    ),
    (
        4,
        "Windows Server 2012 R2",
        False,
        ((20, "201503-01"), (19, "201502-01"), (18, "201501-01"), (17, "201412-01")),
    ),
    (
        5,
        "Windows Server 2016",
        False,
        ((3, "201612-01"), (2, "201611-01"), (1, "201610-01")),
    ),
)

_ACTIVE_PER_FAMILY = 3


def _build() -> tuple[GuestOSFamily, ...]:
    families: list[GuestOSFamily] = []
    for family, label, retired, releases in _FAMILIES:
        versions = tuple(
            GuestOSVersion(
                version=f"WA-GUEST-OS-{family}.{minor}_{release}",
                label=f"Windows Azure Guest OS {family}.{minor} (Release {release})",
                family=family,
                is_default=index == 0,
                is_active=not retired and index < _ACTIVE_PER_FAMILY,
            )
            for index, (minor, release) in enumerate(releases)
        )
        families.append(GuestOSFamily(family, label, versions))
    return tuple(families)


OS_FAMILIES: tuple[GuestOSFamily, ...] = _build()
"""Every family, in family-number order."""
