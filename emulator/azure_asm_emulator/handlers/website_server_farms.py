"""Websites server farms (web hosting plans) of a webspace: create, get, list, update, delete,
metrics.

State layout: ``state.resources(subscription_id, "server_farms")``: webspace name (lower case)
-> a ``Collection`` of the generated ``ServerFarm`` models (names ignoring case).

A plain resource (``resource_core``). Behaviour, as ASM: an unknown webspace is the webspace's
404 (``websites``); create fills in 1 worker, ``Free``, ``Small`` and answers 200 with the farm
(409 for a name taken in the webspace); update changes what its body gives; delete is refused
(409) while a site of the webspace names the farm as its ``ServerFarm``. Metrics are the
site metrics' samples (``websites.metric_responses``).
"""

from __future__ import annotations

from typing import Any

from azure_asm.models import ServerFarm

from ..backend import Collection
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter, conflict
from .websites import _get_webspace, metric_responses, websites

router = SpecRouter()


def server_farms(call: Call[Any]) -> Collection[ServerFarm]:
    """The server farms of the call's webspace (404 when the webspace does not exist)."""
    webspace = _get_webspace(call.request, call.state)
    farms: dict[str, Collection[ServerFarm]] = call.state.resources(
        call.subscription_id, "server_farms"
    )
    return farms.setdefault(
        (webspace.name or "").lower(),
        Collection(
            not_found="The server farm {name} cannot be found.",
            conflict="A server farm named {name} already exists in the webspace.",
        ),
    )


def _build(call: Call[Any], name: str) -> ServerFarm:
    body = call.body
    return ServerFarm(
        name=name,
        number_of_workers=body.number_of_workers or 1,
        sku=body.sku or "Free",
        worker_size=body.worker_size or "Small",
        admin_site_name=body.admin_site_name,
    )


def _apply(call: Call[Any], farm: ServerFarm) -> None:
    for member in ("number_of_workers", "sku", "worker_size", "admin_site_name"):
        value = getattr(call.body, member)
        if value is not None:
            setattr(farm, member, value)


def _refuse_while_used(call: Call[Any], farm: ServerFarm) -> None:
    name = (farm.name or "").lower()
    used = [
        record.site.name
        for record in websites(call.state, call.subscription_id).values()
        if (record.site.server_farm or "").lower() == name
        and record.site.web_space == _get_webspace(call.request, call.state).name
    ]
    if used:
        raise conflict(
            f"Server farm {farm.name} cannot be deleted because it has web sites: "
            f"{', '.join(str(site) for site in used)}."
        )


serve(
    router,
    PlainResource(
        collection=server_farms,
        key="server_farm_name",
        create="create_server_farm",
        get="get_server_farm",
        list="list_server_farms",
        update="update_server_farm",
        delete="delete_server_farm",
        build=_build,
        apply=_apply,
        before_delete=_refuse_while_used,
        created_status=200,
        answer_create=True,
        answer_update=True,
    ),
)


@router.handles("get_server_farm_historical_usage_metrics")
def get_server_farm_historical_usage_metrics(call: Call[None]) -> object:
    server_farms(call).get_or_404(call.param("server_farm_name"))
    return metric_responses(dict(call.request.query), grain_key="timeGrain")
