"""List Role Sizes: the fixed size catalogue of ``catalogue_compute``."""

from __future__ import annotations

from ..catalogue_compute import role_sizes
from ..routing import Request, Response, Router
from ..state import State
from .compute_common import respond, spec_route

router = Router()


@spec_route(router, "list_role_sizes")
def list_role_sizes(request: Request, state: State) -> Response:
    return respond("list_role_sizes", role_sizes())
