"""List Role Sizes: the fixed size catalogue of ``catalogue_compute``."""

from __future__ import annotations

from azure_asm.models import RoleSize

from ..catalogue_compute import role_sizes
from .spec_io import Call, SpecRouter

router = SpecRouter()


@router.handles("list_role_sizes")
def list_role_sizes(call: Call[None]) -> list[RoleSize]:
    return role_sizes()
