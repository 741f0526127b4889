"""Websites queries of the webspaces collection (GET webspaces with ``properties=...`` or
``ishostnameavailable=...``), answered through ``websites.COLLECTION_QUERIES`` (the route is
list_webspaces').

Behaviour, as ASM: the geo regions are the regions webspaces can be created in
(``websites.GEO_LOCATIONS``, in that order); the DNS suffix is ``azurewebsites.net``; the
publishing users are the subscription's (``website_publishing``), none before one is set; a
host name is available while no site of any subscription has that name.
"""

from __future__ import annotations

from azure_asm.models import DnsSuffix, GeoRegion, HostnameAvailability, PublishingUserNames

from ..routing import Request, Response, Router
from ..state import State
from .spec_io import respond
from .websites import COLLECTION_QUERIES, GEO_LOCATIONS, SHARED_NAMES, SITE_DOMAIN

router = Router()  # no routes of its own: listed so that importing the module registers them


def list_geo_regions(request: Request, state: State) -> Response:
    regions = [
        GeoRegion(description=None, name=name, sort_order=order)
        for order, name in enumerate(GEO_LOCATIONS)
    ]
    return respond("list_geo_regions", regions)


def get_dns_suffix(request: Request, state: State) -> Response:
    return respond("get_dns_suffix", DnsSuffix(value=SITE_DOMAIN.lstrip(".")))


def list_publishing_users(request: Request, state: State) -> Response:
    user = state.resources(request.subscription_id, "publishing_user").get("user")
    names = [user.publishing_user_name] if user is not None else []
    return respond("list_publishing_users", PublishingUserNames(names=names))


def is_hostname_available(request: Request, state: State) -> Response:
    name = dict(request.query).get("ishostnameavailable", "").lower()
    taken = name in state.shared(SHARED_NAMES)
    return respond("is_hostname_available", HostnameAvailability(value=str(not taken).lower()))


COLLECTION_QUERIES.update(
    {
        "properties=georegions": list_geo_regions,
        "properties=dnssuffix": get_dns_suffix,
        "properties=publishingusers": list_publishing_users,
        "ishostnameavailable": is_hostname_available,
    }
)
