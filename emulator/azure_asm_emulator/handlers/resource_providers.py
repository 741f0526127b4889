"""Resource provider registration (``PUT /services?service=NAME&action=register|unregister``).

The subscription's registered providers are ``backend.resource_providers``. Registering a
provider twice is 409 ``ConflictError``; unregistering one not registered, 404
``ResourceNotFound``; an ``action`` other than register or unregister, 400 (the shared route's).
"""

from __future__ import annotations

from typing import Any

from ..errors import bad_request
from .spec_io import Call, SpecRouter

router = SpecRouter()


def _provider(call: Call[Any]) -> str:
    name = call.request.query.get("service", "")
    if not name:
        raise bad_request("The query parameter service is required.")
    return name


@router.handles("register_resource_provider")
def register_resource_provider(call: Call[None]) -> None:
    name = _provider(call)
    call.backend.resource_providers.add_or_409(name, name)


@router.handles("unregister_resource_provider")
def unregister_resource_provider(call: Call[None]) -> None:
    call.backend.resource_providers.remove_or_404(_provider(call))
