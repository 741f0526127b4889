"""Traffic Manager (``/services/WATM``): profiles and their one definition; all synchronous.

State layout: ``state.resources(subscription_id, "watm")["profiles"]``, a ``Collection`` (names
ignoring case) of ``ProfileRecord``: the profile as created or updated and its definition (or
None); ``state.shared("watm_domain_names")`` maps each lower-cased domain name in use to the
owning subscription, since domain names are unique across subscriptions.

Behaviour, as ASM: a profile's domain name must end in ``.trafficmanager.net`` and be free (400
``BadRequest`` otherwise); a name used twice in a subscription is 409. A new profile is enabled
and has no definition. Creating a definition replaces the one the profile had (its version is
always 1) and enables the profile on it; update refuses a version the profile does not have.
The definition answers with a monitoring status derived from the state: an endpoint whose
status is ``Disabled`` is ``Disabled``, every endpoint of a disabled profile ``Stopped``; an
enabled ``CloudService`` endpoint is ``Online`` when the subscription has that cloud service
(``<name>.cloudapp.net``) and ``EndpointDoesNotExist`` otherwise; other enabled endpoints are
``Online``. The policy is ``Disabled`` with the profile, ``Inactive`` with no endpoint online,
``Degraded`` with some and ``Online`` with all.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from azure_asm.models import (
    CreateTrafficManagerProfile,
    TrafficManagerDefinition,
    TrafficManagerDefinitionSummary,
    TrafficManagerDnsPrefixAvailability,
    TrafficManagerEndpoint,
    TrafficManagerProfile,
    TrafficManagerProfileStatusDetails,
    UpdateTrafficManagerProfile,
)

from ..backend import Collection
from ..errors import bad_request
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter

router = SpecRouter()

DOMAIN_SUFFIX = ".trafficmanager.net"
SHARED_DOMAINS = "watm_domain_names"


@dataclass
class ProfileRecord:
    name: str
    domain_name: str
    status: str = "Enabled"
    definition: TrafficManagerDefinition | None = None


def _profiles(call: Call[Any]) -> Collection[ProfileRecord]:
    store = call.state.resources(call.subscription_id, "watm")
    profiles: Collection[ProfileRecord] = store.setdefault(
        "profiles",
        Collection(
            not_found="The profile {name} does not exist.",
            conflict="A profile with the name {name} already exists.",
        ),
    )
    return profiles


def _check_create(call: Call[Any], body: CreateTrafficManagerProfile) -> None:
    if body.name is not None and body.name in _profiles(call):
        raise _profiles(call).conflict(body.name)
    domain = (body.domain_name or "").lower()
    if not domain.endswith(DOMAIN_SUFFIX) or len(domain) == len(DOMAIN_SUFFIX):
        raise bad_request(f"The domain name must end with {DOMAIN_SUFFIX}.")
    if domain in call.state.shared(SHARED_DOMAINS):
        raise bad_request(f"The domain name {body.domain_name} is not available.")


def _build(call: Call[CreateTrafficManagerProfile], name: str) -> ProfileRecord:
    domain = call.body.domain_name or ""
    call.state.shared(SHARED_DOMAINS)[domain.lower()] = call.subscription_id
    return ProfileRecord(name, domain)


def _view(call: Call[Any], record: ProfileRecord) -> TrafficManagerProfile:
    definition = record.definition
    return TrafficManagerProfile(
        domain_name=record.domain_name,
        name=record.name,
        status=record.status,
        status_details=TrafficManagerProfileStatusDetails(enabled_version=1)
        if definition
        else None,
        definitions=[TrafficManagerDefinitionSummary(status=definition.status, version=1)]
        if definition
        else [],
    )


def _release_domain(call: Call[Any], record: ProfileRecord) -> None:
    call.state.shared(SHARED_DOMAINS).pop(record.domain_name.lower(), None)


serve(
    router,
    PlainResource(
        collection=_profiles,
        key="profile_name",
        create="create_traffic_manager_profile",
        get="get_traffic_manager_profile",
        list="list_traffic_manager_profiles",
        delete="delete_traffic_manager_profile",
        check=_check_create,
        build=_build,
        view=_view,
        before_delete=_release_domain,
        created_status=200,
    ),
)


@router.handles("update_traffic_manager_profile")
def update_profile(call: Call[UpdateTrafficManagerProfile]) -> None:
    record = _profiles(call).get_or_404(call.param("profile_name"))
    if record.definition is None or call.body.enabled_version != 1:
        raise bad_request(f"The profile has no definition of version {call.body.enabled_version}.")
    record.status = call.body.status or "Enabled"
    record.definition.status = record.status  # the definition follows its profile


@router.handles("check_traffic_manager_dns_prefix_availability")
def check_dns_prefix(call: Call[Any]) -> TrafficManagerDnsPrefixAvailability:
    taken = call.param("dns_name").lower() in call.state.shared(SHARED_DOMAINS)
    return TrafficManagerDnsPrefixAvailability(result=not taken)


@router.handles("create_traffic_manager_definition")
def create_definition(call: Call[TrafficManagerDefinition]) -> None:
    record = _profiles(call).get_or_404(call.param("profile_name"))
    definition = copy.deepcopy(call.body)
    if len(definition.monitors or []) != 1:
        raise bad_request("A definition must have exactly one monitor.")
    if definition.policy is None or not definition.policy.endpoints:
        raise bad_request("A definition must have at least one endpoint.")
    definition.status, definition.version = "Enabled", 1
    record.definition, record.status = definition, "Enabled"


def _monitored(call: Call[Any], record: ProfileRecord) -> TrafficManagerDefinition:
    if record.definition is None or record.definition.policy is None:
        raise _profiles(call).not_found(record.name)
    definition = copy.deepcopy(record.definition)
    policy = definition.policy
    assert policy is not None
    endpoints = policy.endpoints or []
    for endpoint in endpoints:
        endpoint.monitor_status = _endpoint_status(record, endpoint, call.backend.hosted_services)
    online = sum(endpoint.monitor_status == "Online" for endpoint in endpoints)
    policy.monitor_status = (
        "Disabled"
        if record.status == "Disabled"
        else "Inactive"
        if online == 0
        else "Online"
        if online == len(endpoints)
        else "Degraded"
    )
    return definition


def _endpoint_status(
    record: ProfileRecord, endpoint: TrafficManagerEndpoint, services: Collection[Any]
) -> str:
    if record.status == "Disabled":
        return "Stopped"
    if endpoint.status == "Disabled":
        return "Disabled"
    domain = (endpoint.domain_name or "").lower()
    if endpoint.type in (None, "CloudService") and domain.endswith(".cloudapp.net"):
        exists = domain.removesuffix(".cloudapp.net") in services
        return "Online" if exists else "EndpointDoesNotExist"
    return "Online"


@router.handles("get_traffic_manager_definition")
def get_definition(call: Call[Any]) -> TrafficManagerDefinition:
    return _monitored(call, _profiles(call).get_or_404(call.param("profile_name")))


@router.handles("list_traffic_manager_definitions")
def list_definitions(call: Call[Any]) -> list[TrafficManagerDefinition]:
    record = _profiles(call).get_or_404(call.param("profile_name"))
    return [_monitored(call, record)] if record.definition is not None else []
