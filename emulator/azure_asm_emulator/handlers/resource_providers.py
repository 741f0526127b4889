"""Resource provider registration (``PUT /services?service=NAME&action=register|unregister``).

The subscription's registered providers are kept in ``state.resources(sub,
"resource_providers")`` (lower-cased name -> name as given). Registering a provider twice is
409 ``ConflictError``; unregistering one not registered, 404 ``ResourceNotFound``; an
``action`` other than register or unregister, 400.
"""

from __future__ import annotations

from ..errors import bad_request
from ..routing import Request, Response, Router, empty
from ..state import State
from .lifecycle_common import shared_route
from .spec_io import _logged as logged
from .spec_io import conflict, not_found

router = Router()


def _providers(request: Request, state: State) -> tuple[dict[str, str], str]:
    name = request.query.get("service", "")
    if not name:
        raise bad_request("The query parameter service is required.")
    return state.resources(request.subscription_id, "resource_providers"), name


def register_resource_provider(request: Request, state: State) -> Response:
    providers, name = _providers(request, state)
    if name.lower() in providers:
        raise conflict(f"The resource provider {name} is already registered.")
    providers[name.lower()] = name
    return empty()


def unregister_resource_provider(request: Request, state: State) -> Response:
    providers, name = _providers(request, state)
    if providers.pop(name.lower(), None) is None:
        raise not_found(f"The resource provider {name} is not registered.")
    return empty()


def _select(request: Request) -> str:
    action = request.query.get("action", "").lower()
    if action not in ("register", "unregister"):
        raise bad_request(f"The value '{action}' of the query parameter action is not valid.")
    return f"{action}_resource_provider"


shared_route(
    router,
    _select,
    {
        "register_resource_provider": logged(
            "register_resource_provider", register_resource_provider
        ),
        "unregister_resource_provider": logged(
            "unregister_resource_provider", unregister_resource_provider
        ),
    },
)
