"""Affinity groups (``/affinitygroups``): list, get, create, update, delete; all synchronous.

State layout: ``state.resources(subscription_id, "affinitygroups")`` maps the group name (as
given at creation) to a generated ``AffinityGroup`` holding its name, label, description,
location (canonical spelling), capabilities, creation time and compute capabilities; its
``hosted_services`` and ``storage_services`` are not stored but gathered per request from the
cloud services and storage accounts whose properties name the group. The hosted service and
storage account handlers look groups up in that dict by name and read ``location`` from the
stored object.

Behaviour, as ASM: create answers 201 and refuses (400 ``BadRequest``) an empty or over-long
name, label or description and an unknown location, and (409 ``ConflictError``) a name already
used in the subscription, ignoring case. Update needs a label. Delete refuses (400) while cloud
services, storage accounts, virtual networks or reserved IPs are placed in the group. Unknown
groups are 404 ``ResourceNotFound``.
"""

from __future__ import annotations

from azure_asm.models import (
    AffinityGroup,
    ComputeCapabilities,
    CreateAffinityGroup,
    HostedService,
    StorageService,
    UpdateAffinityGroup,
)

from ..catalogue_locations import canonical_location, location_role_sizes
from ..errors import bad_request
from ..routing import Request, Response, Router, empty
from ..state import State
from .compute_common import management_url, now
from .spec_io import conflict, not_found, read_body, respond, spec_route

router = Router()

KIND = "affinitygroups"
CAPABILITIES = ("PersistentVMRole", "HighMemory")
MAX_NAME = 64
MAX_LABEL = 100
MAX_DESCRIPTION = 1024


def affinity_groups(state: State, subscription_id: str) -> dict[str, AffinityGroup]:
    """The affinity groups of a subscription (name -> ``AffinityGroup``), mutable."""
    return state.resources(subscription_id, KIND)


def find_affinity_group(state: State, subscription_id: str, name: str) -> AffinityGroup | None:
    """The affinity group ``name`` (ignoring case), or None."""
    groups = affinity_groups(state, subscription_id)
    if name in groups:
        return groups[name]
    wanted = name.lower()
    return next((group for key, group in groups.items() if key.lower() == wanted), None)


def _require(state: State, subscription_id: str, name: str) -> AffinityGroup:
    group = find_affinity_group(state, subscription_id, name)
    if group is None:
        raise not_found(f"The affinity group {name} does not exist.")
    return group


def _check_label(label: str | None) -> str:
    if not label:
        raise bad_request("The label of the affinity group must be specified.")
    if len(label) > MAX_LABEL:
        raise bad_request(f"The label of the affinity group exceeds {MAX_LABEL} characters.")
    return label


def _check_description(description: str | None) -> None:
    if description is not None and len(description) > MAX_DESCRIPTION:
        raise bad_request(
            f"The description of the affinity group exceeds {MAX_DESCRIPTION} characters."
        )


def _in_group(group_name: str, value: str | None) -> bool:
    return value is not None and value.lower() == group_name.lower()


def _summary(group: AffinityGroup) -> AffinityGroup:
    """What a list shows of ``group``: no services."""
    return AffinityGroup(
        name=group.name,
        label=group.label,
        description=group.description,
        location=group.location,
        capabilities=list(group.capabilities or []),
        created_time=group.created_time,
        compute_capabilities=group.compute_capabilities,
    )


def _members(request: Request, state: State, group: AffinityGroup) -> AffinityGroup:
    """``group`` with the cloud services and storage accounts placed in it."""
    name = group.name or ""
    subscription_id = request.subscription_id
    services: list[HostedService] = []
    for service in state.resources(subscription_id, "hostedservices").values():
        properties = service.hosted_service_properties
        if properties is not None and _in_group(name, properties.affinity_group):
            services.append(
                HostedService(
                    url=management_url(request, f"/services/hostedservices/{service.service_name}"),
                    service_name=service.service_name,
                    hosted_service_properties=properties,
                )
            )
    accounts: list[StorageService] = []
    for account in state.resources(subscription_id, "storageservices").values():
        properties = account.storage_service_properties
        if properties is not None and _in_group(name, properties.affinity_group):
            accounts.append(
                StorageService(
                    url=management_url(
                        request, f"/services/storageservices/{account.service_name}"
                    ),
                    service_name=account.service_name,
                    storage_service_properties=properties,
                )
            )
    view = _summary(group)
    view.hosted_services = sorted(services, key=lambda s: (s.service_name or "").lower())
    view.storage_services = sorted(accounts, key=lambda s: s.service_name or "")
    return view


def users_of(state: State, subscription_id: str, group_name: str) -> list[str]:
    """What is placed in the group: cloud services, storage accounts, networks, reserved IPs."""
    users: list[str] = []
    for service in state.resources(subscription_id, "hostedservices").values():
        properties = service.hosted_service_properties
        if properties is not None and _in_group(group_name, properties.affinity_group):
            users.append(f"cloud service {service.service_name}")
    for account in state.resources(subscription_id, "storageservices").values():
        properties = account.storage_service_properties
        if properties is not None and _in_group(group_name, properties.affinity_group):
            users.append(f"storage account {account.service_name}")
    for site in state.resources(subscription_id, "virtualnetworks").values():
        if _in_group(group_name, getattr(site, "affinity_group", None)):
            users.append(f"virtual network {getattr(site, 'name', '')}")
    for reserved in state.resources(subscription_id, "reservedips").values():
        if _in_group(group_name, getattr(reserved, "affinity_group", None)):
            users.append(f"reserved IP {getattr(reserved, 'name', '')}")
    return users


@spec_route(router, "list_affinity_groups")
def list_affinity_groups(request: Request, state: State) -> Response:
    groups = affinity_groups(state, request.subscription_id)
    return respond("list_affinity_groups", [_summary(groups[key]) for key in sorted(groups)])


@spec_route(router, "get_affinity_group_properties")
def get_affinity_group_properties(request: Request, state: State) -> Response:
    group = _require(state, request.subscription_id, request.path_params["affinity_group_name"])
    return respond("get_affinity_group_properties", _members(request, state, group))


@spec_route(router, "create_affinity_group")
def create_affinity_group(request: Request, state: State) -> Response:
    body = read_body(request, "create_affinity_group", CreateAffinityGroup)
    name = body.name or ""
    if not name.strip() or len(name) > MAX_NAME:
        raise bad_request(
            f"The name of the affinity group must be 1 to {MAX_NAME} characters long."
        )
    label = _check_label(body.label)
    _check_description(body.description)
    location = canonical_location(body.location)
    if location is None:
        raise bad_request(f"The location '{body.location}' is not a valid location.")
    if find_affinity_group(state, request.subscription_id, name) is not None:
        raise conflict("An affinity group with the specified name already exists.")
    affinity_groups(state, request.subscription_id)[name] = AffinityGroup(
        name=name,
        label=label,
        description=body.description,
        location=location,
        capabilities=list(CAPABILITIES),
        created_time=now().replace(microsecond=0),
        compute_capabilities=ComputeCapabilities(
            web_worker_role_sizes=list(location_role_sizes(location, virtual_machines=False)),
            virtual_machines_role_sizes=list(location_role_sizes(location)),
        ),
    )
    return empty(201)


@spec_route(router, "update_affinity_group")
def update_affinity_group(request: Request, state: State) -> Response:
    body = read_body(request, "update_affinity_group", UpdateAffinityGroup)
    group = _require(state, request.subscription_id, request.path_params["affinity_group_name"])
    label = _check_label(body.label)
    _check_description(body.description)
    group.label = label
    if body.description is not None:
        group.description = body.description
    return empty(200)


@spec_route(router, "delete_affinity_group")
def delete_affinity_group(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id
    group = _require(state, subscription_id, request.path_params["affinity_group_name"])
    name = group.name or ""
    users = users_of(state, subscription_id, name)
    if users:
        raise bad_request(
            f"The affinity group {name} cannot be deleted because it is in use by "
            f"{', '.join(users)}."
        )
    groups = affinity_groups(state, subscription_id)
    for key in [key for key, value in groups.items() if value is group]:
        del groups[key]
    return empty(200)
