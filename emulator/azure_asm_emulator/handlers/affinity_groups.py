"""Affinity groups (``/affinitygroups``): list, get, create, update, delete; all synchronous.

A plain resource served by the generic core (``resource_core``) from the rules below, stored in
``state.backend(sub).affinity_groups``. A group's ``hosted_services`` and ``storage_services``
are not stored but gathered per request from the cloud services and storage accounts placed
in it; a group that still holds any of those, or virtual networks or reserved IPs, cannot be
deleted (400).
"""

from __future__ import annotations

from azure_asm.models import (
    AffinityGroup,
    ComputeCapabilities,
    CreateAffinityGroup,
    HostedService,
    StorageService,
)

from ..catalogue_locations import canonical_location, location_role_sizes
from ..errors import bad_request
from ..state import State
from .compute_common import management_url, now
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter

router = SpecRouter()

CAPABILITIES = ("PersistentVMRole", "HighMemory")


def _check_create(call: Call[CreateAffinityGroup], body: CreateAffinityGroup) -> None:
    # Lengths are the spec's (the generated validator's 400); a blank name is not a name.
    if not (body.name or "").strip():
        raise bad_request("The name of the affinity group must be specified.")
    if canonical_location(body.location) is None:
        raise bad_request(f"The location '{body.location}' is not a valid location.")


def _in_group(group_name: str, value: str | None) -> bool:
    return value is not None and value.lower() == group_name.lower()


def _build(call: Call[CreateAffinityGroup], name: str) -> AffinityGroup:
    location = canonical_location(call.body.location) or ""
    return AffinityGroup(
        name=name,
        label=call.body.label,
        description=call.body.description,
        location=location,
        capabilities=list(CAPABILITIES),
        created_time=now().replace(microsecond=0),
        compute_capabilities=ComputeCapabilities(
            web_worker_role_sizes=list(location_role_sizes(location, virtual_machines=False)),
            virtual_machines_role_sizes=list(location_role_sizes(location)),
        ),
    )


def _summary(call: Call[None], group: AffinityGroup) -> AffinityGroup:
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


def _members(call: Call[None], group: AffinityGroup) -> AffinityGroup:
    """``group`` with the cloud services and storage accounts placed in it."""
    request, state = call.request, call.state
    name = group.name or ""
    subscription_id = request.subscription_id
    services: list[HostedService] = []
    for service in state.backend(subscription_id).hosted_services.values():
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
    for account in state.backend(subscription_id).storage_accounts.values():
        placement = account.storage_service_properties
        if placement is not None and _in_group(name, placement.affinity_group):
            accounts.append(
                StorageService(
                    url=management_url(
                        request, f"/services/storageservices/{account.service_name}"
                    ),
                    service_name=account.service_name,
                    storage_service_properties=placement,
                )
            )
    view = _summary(call, group)
    view.hosted_services = sorted(services, key=lambda s: (s.service_name or "").lower())
    view.storage_services = sorted(accounts, key=lambda s: s.service_name or "")
    return view


def users_of(state: State, subscription_id: str, group_name: str) -> list[str]:
    """What is placed in the group: cloud services, storage accounts, networks, reserved IPs."""
    users: list[str] = []
    for service in state.backend(subscription_id).hosted_services.values():
        properties = service.hosted_service_properties
        if properties is not None and _in_group(group_name, properties.affinity_group):
            users.append(f"cloud service {service.service_name}")
    for account in state.backend(subscription_id).storage_accounts.values():
        placement = account.storage_service_properties
        if placement is not None and _in_group(group_name, placement.affinity_group):
            users.append(f"storage account {account.service_name}")
    for site in state.backend(subscription_id).virtual_networks.values():
        if _in_group(group_name, site.affinity_group):
            users.append(f"virtual network {site.name or ''}")
    for reserved in state.backend(subscription_id).reserved_ips.values():
        if _in_group(group_name, reserved.affinity_group):
            users.append(f"reserved IP {reserved.name}")
    return users


def _refuse_delete_in_use(call: Call[None], group: AffinityGroup) -> None:
    name = group.name or ""
    users = users_of(call.state, call.subscription_id, name)
    if users:
        raise bad_request(
            f"The affinity group {name} cannot be deleted because it is in use by "
            f"{', '.join(users)}."
        )


serve(
    router,
    PlainResource(
        collection=lambda call: call.backend.affinity_groups,
        key="affinity_group_name",
        create="create_affinity_group",
        get="get_affinity_group_properties",
        list="list_affinity_groups",
        update="update_affinity_group",
        delete="delete_affinity_group",
        check=_check_create,
        parse_update_first=True,
        build=_build,
        view=_members,
        list_view=_summary,
        list_order=str,
        before_delete=_refuse_delete_in_use,
    ),
)
