"""Websites hybrid connections of a site: create, get, list, update (named by the body), delete.

State layout: the site's ``Website.hybrid_connections`` (``call.backend.websites``), a
``Collection`` of ``RelayServiceConnectionEntity`` by entity name (a site created again has
none).

A plain resource (``resource_core``) but for update, whose URL is the collection's and whose
body names the connection. Behaviour, as ASM: create answers 200 with the connection, 409 for
an entity name the site already has; an unknown site or connection is 404.
"""

from __future__ import annotations

from typing import Any

from azure_asm.models import RelayServiceConnectionEntity

from ..backend import Collection
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter
from .websites import _get_website

router = SpecRouter()


def hybrid_connections(call: Call[Any]) -> Collection[RelayServiceConnectionEntity]:
    """The hybrid connections of the call's site (404 when the site does not exist)."""
    return _get_website(call).hybrid_connections


serve(
    router,
    PlainResource(
        collection=hybrid_connections,
        key="hybrid_connection_name",
        create="create_hybrid_connection",
        get="get_hybrid_connection",
        list="list_hybrid_connections",
        delete="delete_hybrid_connection",
        name_of=lambda body: str(body.entity_name or ""),
        build=lambda call, name: call.body,
        created_status=200,
        answer_create=True,
    ),
)


@router.handles("update_hybrid_connection")
def update_hybrid_connection(call: Call[RelayServiceConnectionEntity]) -> None:
    connections = hybrid_connections(call)
    name = call.body.entity_name or ""
    connections.get_or_404(name)
    connections[name] = call.body
