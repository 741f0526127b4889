"""Python names derived from spec names."""

from __future__ import annotations

import re


def snake(name: str) -> str:
    """`OSVirtualHardDisk` -> `os_virtual_hard_disk`, `VMImages` -> `vm_images`, `ReservedIPs`
    -> `reserved_ips`."""
    # The plural of an acronym is one word (`IPs`, not `I` + `Ps`).
    name = re.sub(r"([A-Z]{2,})s(?=[A-Z]|$)", lambda m: m[1].capitalize() + "s", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").lower()
