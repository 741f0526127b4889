"""Web hosting plans (server farms) of the Websites webspaces (``spec/websites_hosting_plans``).

State layout: ``call.backend.server_farms``: lower-cased webspace name -> ``Collection`` of
the generated ``ServerFarm`` (names ignoring case). The webspaces are ``websites``'.

A plain resource (``resource_core``), plus the metrics read. As ASM: an unknown webspace or
plan is 404 ``NotFound``; a name in use 409; a new plan without a tier, size or worker count
gets `Standard`, `Small`, 1; a delete while a site of the webspace names the plan as its
server farm is 400. Metrics answer one ``Success`` response per asked metric (CpuPercentage
and MemoryPercentage by default) with a single zero sample at the start of the range: the
emulator runs no workers.
"""

from __future__ import annotations

import datetime
from typing import Any

from azure_asm.models import Data, MetricResponse, MetricSample, ServerFarm, UpdateServerFarm

from ..backend import Collection
from ..errors import AsmFault, bad_request
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter

router = SpecRouter()

DEFAULT_METRICS = ("CpuPercentage", "MemoryPercentage")


def _plans(call: Call[Any]) -> Collection[ServerFarm]:
    name = call.param("webspace_name")
    if name not in call.backend.webspaces:
        raise AsmFault(404, "NotFound", f"The webspace {name} cannot be found.")
    plans = call.backend.server_farms.setdefault(
        name.lower(),
        Collection(
            not_found="The server farm {name} cannot be found.",
            conflict="A server farm named {name} already exists.",
        ),
    )
    return plans


def _build(call: Call[ServerFarm], name: str) -> ServerFarm:
    body = call.body
    return ServerFarm(
        name=name,
        number_of_workers=body.number_of_workers or 1,
        sku=body.sku or "Standard",
        worker_size=body.worker_size or "Small",
        admin_site_name=body.admin_site_name,
    )


def _apply(call: Call[UpdateServerFarm], plan: ServerFarm) -> None:
    body = call.body
    plan.number_of_workers = body.number_of_workers or plan.number_of_workers
    plan.sku = body.sku or plan.sku
    plan.worker_size = body.worker_size or plan.worker_size
    plan.admin_site_name = body.admin_site_name or plan.admin_site_name


def _in_use(call: Call[Any], plan: ServerFarm) -> None:
    for website in call.backend.websites.values():
        site = website.site
        same_space = (site.web_space or "").lower() == call.param("webspace_name").lower()
        if same_space and (site.server_farm or "").lower() == (plan.name or "").lower():
            raise bad_request(f"The server farm {plan.name} is used by site {site.name}.")


serve(
    router,
    PlainResource(
        collection=_plans,
        key="name",
        create="create_hosting_plan",
        get="get_hosting_plan",
        list="list_hosting_plans",
        update="update_hosting_plan",
        delete="delete_hosting_plan",
        build=_build,
        apply=_apply,
        before_delete=_in_use,
        created_status=200,
        answer_create=True,
        answer_update=True,
    ),
)


@router.handles("get_hosting_plan_metrics")
def get_hosting_plan_metrics(call: Call[None]) -> list[MetricResponse]:
    _plans(call).get_or_404(call.param("name"))
    query = call.request.query
    try:
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        start = datetime.datetime.fromisoformat(query["StartTime"]) if "StartTime" in query else now
        end = datetime.datetime.fromisoformat(query["EndTime"]) if "EndTime" in query else now
    except ValueError:
        raise bad_request("StartTime and EndTime must be ISO 8601 times.") from None
    names = [name for name in query.get("names", "").split(",") if name] or DEFAULT_METRICS
    sample = MetricSample(count=1, instance_name="", time_created=start, total=0)
    return [
        MetricResponse(
            code="Success",
            data=Data(
                display_name=name,
                end_time=end,
                name=name,
                primary_aggregation_type="Average",
                start_time=start,
                time_grain=query.get("timeGrain") or "PT1H",
                unit="Percent",
                values=[sample],
            ),
        )
        for name in names
    ]
