"""Azure Websites (classic): webspaces and their sites (``/services/webspaces``).

State layout:

* ``state.backend(subscription_id).webspaces``: webspace name (ignoring case) -> the
  generated ``WebSpace`` model. A webspace is created by the first ``create_site`` naming it
  (from the body's ``<WebSpaceToCreate>``) and outlives its sites, as in ASM.
* ``state.backend(subscription_id).websites``: site name (ignoring case) -> ``Website``
  (the generated ``Site`` model and the site's deployment password, a secret only
  ``get_publish_profile`` answers).
* ``Website`` also holds what the 2014-04-01 site operations keep (``website_config``,
  ``website_publishing``, ``website_backups``, ``website_hybrid_connections``, ``website_slots``).
* ``state.shared("website_names")``: site name (lower case) -> owning subscription id. Site
  names are DNS names (``<name>.azurewebsites.net``), unique across Azure.

Behaviour, as ASM:

* ``create_site`` is synchronous and answers the new ``<Site>``. It creates the webspace when
  missing (400 if ``<WebSpaceToCreate>`` names another webspace than the URL, an unknown
  region or a plan other than VirtualDedicatedPlan). 400 also for a site name that is not 2-60
  letters, digits and hyphens, an ``azurewebsites.net`` host name other than the site's own,
  a compute mode other than Shared/Dedicated, Dedicated without a server farm, a site mode
  other than Limited/Basic; 409 ``ConflictError`` for a name taken in any subscription.
* A webspace or site that does not exist is 404 with code ``NotFound`` and ASM's message
  ``The web site NAME cannot be found.`` (as recorded).
* A name ``site(slot)`` creates a deployment slot of a site of the same webspace (404 when
  the site is not there), answering on ``site-slot.azurewebsites.net`` (``dns_name``).
* ``update_site`` (state Running or Stopped, else 400; host names; a hosting plan of
  ``websites_hosting_plans``, 404 when unknown; TLS bindings of the site's own host names, 400
  otherwise or without a thumbprint) and ``restart_site`` apply at once and
  answer with the request id of an operation that succeeds after the operation delay (the
  client polls it like any asynchronous operation); ``delete_site`` is synchronous.
* ``get_historical_usage_metrics`` answers one ``MetricResponse`` per asked metric (all of
  ``METRICS`` when none is asked): ``Success`` with zero-valued samples one time grain apart
  between StartTime (default: the start of the hour) and EndTime (default: now), at most 60;
  ``NotFound`` for a metric it does not know. 400 for a time that is not ISO 8601, a time grain
  other than PT1M, PT1H, P1D, or an end before the start.
* ``get_publish_profile`` / ``get_publish_profile_xml`` (one URL, one handler) answer a Web
  Deploy and an FTP profile. The document is written by the generated serializer, so it is in
  the Windows Azure namespace where the real service uses none (see PublishData in
  ``spec/websites.yaml``).
"""

from __future__ import annotations

import datetime
import re
import secrets
import string
from dataclasses import dataclass
from typing import Any

from azure_asm.models import (
    CreateSiteInput,
    Data,
    HostNameSslState,
    MetricAvailability,
    MetricDefinition,
    MetricResponse,
    MetricSample,
    PublishData,
    PublishProfile,
    Site,
    SiteProperties,
    UpdateSiteInput,
    WebSpace,
)

from ..backend import Website
from ..catalogue_locations import canonical_location
from ..errors import AsmFault, bad_request
from ..routing import Request, Response, accepted_async
from ..state import State
from .spec_io import Call, SpecRouter, conflict, respond, spec_route

router = SpecRouter()

SHARED_NAMES = "website_names"
SITE_DOMAIN = ".azurewebsites.net"
SCM_DOMAIN = ".scm.azurewebsites.net"
PLAN = "VirtualDedicatedPlan"
DEFAULT_SERVER_FARM = "Default0"
OUTBOUND_IP_ADDRESSES = "137.117.81.128,137.117.81.142,137.117.81.181,137.117.81.82"
BACK_END = "https://waws-prod-emu-001.api.azurewebsites.windows.net:454/20130801/websystems"
_SITE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9](\([A-Za-z0-9-]{1,40}\))?$")
MAX_SAMPLES = 60

#: Region -> the data center code ASM shows as a webspace's GeoLocation.
GEO_LOCATIONS = {
    "East US": "BLU",
    "West US": "BAY",
    "North Central US": "CH1",
    "South Central US": "SN1",
    "Central US": "DM1",
    "East US 2": "BN1",
    "North Europe": "DB3",
    "West Europe": "AM2",
    "East Asia": "HK1",
    "Southeast Asia": "SG1",
    "Japan East": "KW1",
    "Japan West": "OS1",
    "Brazil South": "CQ1",
    "Australia East": "SY3",
    "Australia Southeast": "ML1",
}


@dataclass(frozen=True)
class Metric:
    """A site metric of the catalogue."""

    name: str
    display_name: str
    unit: str
    aggregation: str = "Total"


METRICS: tuple[Metric, ...] = (
    Metric("CpuTime", "CPU Time", "Milliseconds"),
    Metric("Requests", "Requests", "Count"),
    Metric("BytesReceived", "Data In", "Bytes"),
    Metric("BytesSent", "Data Out", "Bytes"),
    Metric("Http2xx", "Http 2xx", "Count"),
    Metric("Http3xx", "Http 3xx", "Count"),
    Metric("Http401", "Http 401", "Count"),
    Metric("Http403", "Http 403", "Count"),
    Metric("Http404", "Http 404", "Count"),
    Metric("Http406", "Http 406", "Count"),
    Metric("Http4xx", "Http Client Errors", "Count"),
    Metric("Http5xx", "Http Server Errors", "Count"),
    Metric("MemoryWorkingSet", "Memory working set", "Bytes", "Average"),
    Metric("AverageResponseTime", "Average Response Time", "Milliseconds", "Average"),
)
"""What ``get_metric_definitions`` answers, in its order."""

_METRICS_BY_NAME = {metric.name.lower(): metric for metric in METRICS}

#: Time grain -> (its length, how long samples of that grain are kept).
TIME_GRAINS: dict[str, tuple[datetime.timedelta, str]] = {
    "PT1M": (datetime.timedelta(minutes=1), "P1D"),
    "PT1H": (datetime.timedelta(hours=1), "P30D"),
    "P1D": (datetime.timedelta(days=1), "P90D"),
}
DEFAULT_TIME_GRAIN = "PT1H"


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _get_webspace(call: Call[Any]) -> WebSpace:
    return call.backend.webspaces.get_or_404(call.param("webspace_name"))


def _get_website(call: Call[Any], name: str | None = None) -> Website:
    webspace = _get_webspace(call)
    name = name or call.param("website_name")
    found = call.backend.websites.get_or_404(name)
    if found.site.web_space != webspace.name:
        raise call.backend.websites.not_found(name)
    return found


def dns_name(name: str) -> str:
    """The host name label of a site: a slot ``site(slot)`` answers on ``site-slot``."""
    return name.replace("(", "-").rstrip(")").lower()


def _password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(60))


def _host_names(name: str, given: list[str]) -> list[str]:
    own = f"{dns_name(name)}{SITE_DOMAIN}"
    names: list[str] = []
    for host in given:
        host = host.strip().lower()
        if not host:
            raise bad_request("A host name of the site is empty.")
        if host.endswith(SITE_DOMAIN) and host != own:
            raise bad_request(
                f"The host name {host} is not valid: the only azurewebsites.net host name a "
                f"site can have is {own}."
            )
        if host not in names:
            names.append(host)
    if own not in names:
        names.insert(0, own)
    return names


def _ssl_state(host: str, kind: str) -> HostNameSslState:
    return HostNameSslState(
        host_type=kind, ip_based_ssl_state="NotConfigured", name=host, ssl_state="Disabled"
    )


def _create_webspace(call: Call[CreateSiteInput], body: CreateSiteInput) -> WebSpace:
    name = call.param("webspace_name")
    if (body.webspace_name or "").lower() != name.lower():
        raise bad_request(
            f"The webspace to create ({body.webspace_name}) is not the webspace of the URI "
            f"({name})."
        )
    region = canonical_location(body.geo_region)
    if region is None:
        raise bad_request(f"The geo region '{body.geo_region}' is not valid.")
    return WebSpace(
        availability_state="Normal",
        geo_location=GEO_LOCATIONS.get(region, ""),
        geo_region=region,
        name=name,
        plan=PLAN,
        status="Ready",
        subscription=call.subscription_id,
    )


def _new_site(
    call: Call[CreateSiteInput], webspace: WebSpace, body: CreateSiteInput, hosts: list[str]
) -> Site:
    name = body.website_name or ""
    compute_mode = body.compute_mode or "Shared"  # plan and compute mode: the spec's enums
    if compute_mode == "Dedicated" and not body.server_farm:
        raise bad_request("A Dedicated site needs a server farm.")
    site_mode = body.site_mode
    if site_mode is not None and site_mode not in ("Limited", "Basic"):
        raise bad_request(f"The site mode '{site_mode}' is not valid.")
    if compute_mode == "Shared" and site_mode is None:
        site_mode = "Limited"
    if compute_mode == "Dedicated":
        sku = "Standard"
    else:
        sku = "Shared" if site_mode == "Basic" else "Free"
    scm = f"{dns_name(name)}{SCM_DOMAIN}"
    path = f"subscriptions/{call.subscription_id}/webspaces/{webspace.name}/sites/{name}"
    return Site(
        admin_enabled=True,
        availability_state="Normal",
        compute_mode=compute_mode,
        content_availability_state="Normal",
        deployment_id=name,
        enabled=True,
        enabled_host_names=[*hosts, scm],
        host_name_ssl_states=[
            *(_ssl_state(host, "Standard") for host in hosts),
            _ssl_state(scm, "Repository"),
        ],
        host_names=hosts,
        last_modified_time_utc=_now(),
        micro_service="WebSites",
        name=name,
        outbound_ip_addresses=OUTBOUND_IP_ADDRESSES,
        repository_site_name=name,
        runtime_availability_state="Normal",
        sku=sku,
        scm_site_also_stopped=False,
        self_link=f"{BACK_END}/websites/web/{path}",
        server_farm=body.server_farm or DEFAULT_SERVER_FARM,
        site_mode=site_mode,
        site_properties=SiteProperties(app_settings={}, metadata={}, properties={}),
        state="Running",
        storage_recovery_default_state="Running",
        usage_state="Normal",
        web_space=webspace.name,
    )


# --- webspaces and sites --------------------------------------------------------------------


@spec_route(router, "list_webspaces")
def list_webspaces(request: Request, state: State) -> Response:
    if "properties" in request.query or "ishostnameavailable" in request.query:
        # list_publishing_users, get_dns_suffix, list_geo_regions, is_hostname_available:
        # the same GET with a query.
        from .websites_webspace_properties import answer_query

        return answer_query(request, state)
    webspaces = state.backend(request.subscription_id).webspaces
    return respond("list_webspaces", list(webspaces.values()))


@router.handles("get_webspace")
def get_webspace(call: Call[None]) -> WebSpace:
    return _get_webspace(call)


@router.handles("list_sites")
def list_sites(call: Call[None]) -> list[Site]:
    webspace = _get_webspace(call)
    return [w.site for w in call.backend.websites.values() if w.site.web_space == webspace.name]


@router.handles("get_site")
def get_site(call: Call[None]) -> Site:
    return _get_website(call).site


def _check_site_name(call: Call[CreateSiteInput], body: CreateSiteInput) -> None:
    if not _SITE_NAME.match(body.website_name or ""):
        raise bad_request(
            f"The site name '{body.website_name or ''}' is not valid: use 2 to 60 letters, "
            "digits and hyphens, not starting or ending with a hyphen."
        )


@router.handles("create_site", check=_check_site_name)
def create_site(call: Call[CreateSiteInput]) -> Site:
    body = call.body
    name = body.website_name or ""
    if "(" in name:  # a deployment slot: its production site must be in this webspace
        _get_website(call, name.split("(")[0])
    webspace = call.backend.webspaces.get(call.param("webspace_name"))
    if webspace is None:
        webspace = _create_webspace(call, body)
    site = _new_site(call, webspace, body, _host_names(name, body.host_names or []))
    taken = call.state.shared(SHARED_NAMES)
    if name.lower() in taken:
        raise conflict(f"Website with given name {name} already exists.")
    # Every check passed: create.
    call.backend.webspaces[webspace.name or ""] = webspace
    taken[name.lower()] = call.subscription_id
    call.backend.websites[name] = Website(site, _password())
    return site


@router.handles("delete_site")
def delete_site(call: Call[None]) -> None:
    name = _get_website(call).site.name or ""
    del call.backend.websites[name]
    call.state.shared(SHARED_NAMES).pop(name.lower(), None)


def _update_bindings(call: Call[UpdateSiteInput], site: Site) -> None:
    """The host names, server farm and TLS bindings update_site asks for (2014-04-01)."""
    body = call.body
    if body.server_farm is not None:  # websites_hosting_plans' plans
        plan = call.backend.server_farms.get((site.web_space or "").lower())
        farm = plan.get(body.server_farm) if plan is not None else None
        if farm is None:
            raise AsmFault(404, "NotFound", f"The server farm {body.server_farm} cannot be found.")
        site.server_farm, site.compute_mode, site.site_mode = farm.name, "Dedicated", None
        site.sku = farm.sku
    if body.host_names is not None:
        hosts = _host_names(site.name or "", body.host_names)
        kept = {s.name: s for s in site.host_name_ssl_states or [] if s.name in hosts}
        scm = f"{dns_name(site.name or '')}{SCM_DOMAIN}"
        site.host_names, site.enabled_host_names = hosts, [*hosts, scm]
        site.host_name_ssl_states = [
            *(kept.get(host) or _ssl_state(host, "Standard") for host in hosts),
            _ssl_state(scm, "Repository"),
        ]
    for change in body.host_name_ssl_states or []:
        binding = next((s for s in site.host_name_ssl_states or [] if s.name == change.name), None)
        if binding is None:
            raise bad_request(f"The host name {change.name} is not a host name of the site.")
        if change.ssl_state != "Disabled" and not change.thumbprint:
            raise bad_request(f"The TLS binding of {change.name} needs a certificate thumbprint.")
        binding.ssl_state = change.ssl_state
        binding.thumbprint = None if change.ssl_state == "Disabled" else change.thumbprint


@router.handles("update_site")
def update_site(call: Call[UpdateSiteInput]) -> Response:
    record = _get_website(call)
    state = call.body.state
    if state is not None and state not in ("Running", "Stopped"):
        raise bad_request(f"The state '{state}' is not valid: use Running or Stopped.")
    _update_bindings(call, record.site)
    record.site.state = state or record.site.state
    record.site.last_modified_time_utc = _now()
    return call.accepted()


@router.handles("restart_site")
def restart_site(call: Call[None]) -> Response:
    _get_website(call).site.last_modified_time_utc = _now()
    return accepted_async(
        call.state.operations.start("restart_site", subscription_id=call.subscription_id)
    )


# --- metrics --------------------------------------------------------------------------------


def _time(query: dict[str, str], key: str, default: datetime.datetime) -> datetime.datetime:
    text = query.get(key)
    if not text:
        return default
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise bad_request(f"The {key} '{text}' is not an ISO 8601 date and time.") from None
    return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value


def _availabilities() -> list[MetricAvailability]:
    return [
        MetricAvailability(retention=retention, time_grain=grain)
        for grain, (_, retention) in TIME_GRAINS.items()
    ]


def metric_responses(query: dict[str, str], grain_key: str = "TimeGrain") -> list[MetricResponse]:
    """The answer to a metrics query (of a site, or of a hosting plan with ``timeGrain``)."""
    now = _now()
    start = _time(query, "StartTime", now.replace(minute=0, second=0))
    end = _time(query, "EndTime", now)
    if end < start:
        raise bad_request("The EndTime must not be before the StartTime.")
    grain = query.get(grain_key) or DEFAULT_TIME_GRAIN
    if grain not in TIME_GRAINS:
        raise bad_request(f"The time grain '{grain}' is not valid: use PT1M, PT1H or P1D.")
    step = TIME_GRAINS[grain][0]
    times: list[datetime.datetime] = []
    moment = start
    while moment <= end and len(times) < MAX_SAMPLES:
        times.append(moment)
        moment += step
    names = [name for name in query.get("names", "").split(",") if name]
    answers: list[MetricResponse] = []
    for name in names or [metric.name for metric in METRICS]:
        metric = _METRICS_BY_NAME.get(name.lower())
        if metric is None:
            answers.append(
                MetricResponse(code="NotFound", message=f"The metric {name} is not available.")
            )
            continue
        data = Data(
            display_name=metric.display_name,
            end_time=end,
            name=metric.name,
            primary_aggregation_type=metric.aggregation,
            start_time=start,
            time_grain=grain,
            unit=metric.unit,
            values=[
                MetricSample(count=1, instance_name="", time_created=when, total=0)
                for when in times
            ],
        )
        answers.append(MetricResponse(code="Success", data=data, message=""))
    return answers


@router.handles("get_historical_usage_metrics")
def get_historical_usage_metrics(call: Call[None]) -> list[MetricResponse]:
    _get_website(call)
    return metric_responses(dict(call.request.query))


@router.handles("get_metric_definitions")
def get_metric_definitions(call: Call[None]) -> list[MetricDefinition]:
    _get_website(call)
    return [
        MetricDefinition(
            display_name=metric.display_name,
            metric_availabilities=_availabilities(),
            name=metric.name,
            primary_aggregation_type=metric.aggregation,
            unit=metric.unit,
        )
        for metric in METRICS
    ]


# --- publish profiles -----------------------------------------------------------------------


def _profile(record: Website, method: str, **fields: str | bool | None) -> PublishProfile:
    name = record.site.name or ""
    profile = PublishProfile(
        profile_name=f"{name} - {'Web Deploy' if method == 'MSDeploy' else method}",
        publish_method=method,
        user_pwd=record.publish_password,
        destination_app_url=f"http://{name}{SITE_DOMAIN}",
        sql_server_db_connection_string="",
        my_sqldb_connection_string="",
        hosting_provider_forum_link="",
        control_panel_link="",
        web_system="WebSites",
        databases=[],
    )
    for key, value in fields.items():
        setattr(profile, key, value)
    return profile


@router.handles("get_publish_profile")
def get_publish_profile(call: Call[None]) -> PublishData:
    """Serves get_publish_profile and get_publish_profile_xml (the same GET)."""
    record = _get_website(call)
    name = record.site.name or ""
    profiles = [
        _profile(
            record,
            "MSDeploy",
            publish_url=f"{name}{SCM_DOMAIN}:443",
            msdeploysite=name,
            user_name=f"${name}",
        ),
        _profile(
            record,
            "FTP",
            publish_url="ftp://waws-prod-emu-001.ftp.azurewebsites.windows.net/site/wwwroot",
            ftp_passive_mode=True,
            user_name=f"{name}\\${name}",
        ),
    ]
    return PublishData(publish_profiles=profiles)
