"""What ``GET /services/webspaces`` answers with a query, and the publishing user
(``spec/websites_webspace_properties.yaml``).

The GETs share ``list_webspaces``' route: ``websites.list_webspaces`` hands a request with a
``properties`` or ``ishostnameavailable`` query to ``answer_query`` here. The PUT of the
publishing user has the route to itself.

State layout: ``state.resources(subscription_id, "website_publishing_user")["user"]``, the
``PublishingUser`` last set (its password kept, as the service keeps it);
``state.shared("publishing_users")``: publishing user name (lower case) -> the subscription
holding it (user names are unique across Azure).

Behaviour: the DNS suffix is ``azurewebsites.net``; the geo regions are the regions the
emulator's webspaces can be in, in that order; a site name is available unless a site of any
subscription has it; the publishing users are the user name set, if any. A publishing user
name of fewer than 3 characters or a password of fewer than 8 is 400; one another
subscription holds is 409 (setting another name frees the previous one). Another
``properties`` value is 400.
"""

from __future__ import annotations

from azure_asm.models import (
    DnsSuffix,
    GeoRegion,
    HostnameAvailability,
    PublishingUser,
    PublishingUsers,
)

from ..errors import bad_request
from ..routing import Request, Response
from ..state import State
from . import websites
from .spec_io import Call, SpecRouter, conflict, respond

router = SpecRouter()


def _user(state: State, subscription_id: str) -> PublishingUser | None:
    user: PublishingUser | None = state.resources(subscription_id, "website_publishing_user").get(
        "user"
    )
    return user


def answer_query(request: Request, state: State) -> Response:
    """The answer of a ``GET /services/webspaces`` with a query (see the module docstring)."""
    name = request.query.get("ishostnameavailable")
    if name is not None:
        free = name.lower() not in state.shared(websites.SHARED_NAMES)
        return respond("is_hostname_available", HostnameAvailability(value=str(free).lower()))
    wanted = request.query.get("properties", "").lower()
    if wanted == "dnssuffix":
        return respond("get_dns_suffix", DnsSuffix(value=websites.SITE_DOMAIN.lstrip(".")))
    if wanted == "georegions":
        regions = [
            GeoRegion(description=region, name=region, sort_order=order)
            for order, region in enumerate(websites.GEO_LOCATIONS, start=1)
        ]
        return respond("list_geo_regions", regions)
    if wanted == "publishingusers":
        user = _user(state, request.subscription_id)
        names = [user.publishing_user_name or ""] if user is not None else []
        return respond("list_publishing_users", PublishingUsers(names=names))
    raise bad_request(f"The properties '{request.query.get('properties')}' are not known.")


@router.handles("create_publishing_user")
def create_publishing_user(call: Call[PublishingUser]) -> PublishingUser:
    body = call.body
    if len(body.publishing_user_name or "") < 3:
        raise bad_request("The publishing user name must have at least 3 characters.")
    if len(body.publishing_password or "") < 8:
        raise bad_request("The publishing password must have at least 8 characters.")
    owners: dict[str, str] = call.state.shared("publishing_users")
    wanted = (body.publishing_user_name or "").lower()
    if owners.get(wanted, call.subscription_id) != call.subscription_id:
        raise conflict(f"The publishing user name {body.publishing_user_name} is already taken.")
    previous = _user(call.state, call.subscription_id)
    if previous is not None:
        owners.pop((previous.publishing_user_name or "").lower(), None)
    owners[wanted] = call.subscription_id
    user = PublishingUser(
        name=body.name or body.publishing_user_name,
        publishing_password=body.publishing_password,
        publishing_user_name=body.publishing_user_name,
    )
    call.state.resources(call.subscription_id, "website_publishing_user")["user"] = user
    return user
