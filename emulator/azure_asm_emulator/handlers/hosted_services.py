"""Cloud services ("hosted services"): create, list, get, update, delete, name availability.

A service is visible from the moment its creation is accepted (status ``Creating``, then
``Created`` when the operation succeeds) and until its deletion succeeds (status
``Deleting``). Its DNS name is reserved across subscriptions in
``state.shared("hostedservice_names")`` for that whole time, so a name being deleted is still
taken; creating it again first meets the delete's lock (409 "currently performing an
operation", which clients wait out), and only then the duplicate check.
"""

from __future__ import annotations

import re

from azure_asm.models import (
    AvailabilityResponse,
    CreateHostedService,
    HostedService,
    HostedServiceComputeCapabilities,
    HostedServiceProperties,
    UpdateHostedService,
)

from ..catalogue_compute import virtual_machine_role_sizes, web_worker_role_sizes
from ..catalogue_locations import canonical_location
from ..errors import bad_request
from ..routing import Request, Response
from ..state import State
from .compute_common import (
    SERVICE_NAMES,
    conflict,
    deployment_lock,
    flag,
    management_url,
    now,
    service_deployments,
    service_lock,
)
from .deployments import remove_deployment
from .spec_io import Call, SpecRouter
from .storage_accounts import check_extended_properties

router = SpecRouter()

SERVICE_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
INVALID_NAME = (
    "The hosted service name is invalid. It may contain only letters, digits and hyphens, "
    "must be 1 to 63 characters long, and must not start or end with a hyphen."
)
NAME_TAKEN = "The specified DNS name is already taken."


def compute_capabilities() -> HostedServiceComputeCapabilities:
    return HostedServiceComputeCapabilities(
        virtual_machine_role_sizes=virtual_machine_role_sizes(),
        web_worker_role_sizes=web_worker_role_sizes(),
    )


def _view(
    request: Request, state: State, service: HostedService, *, embed_detail: bool
) -> HostedService:
    """What a GET answers for ``service`` (with its deployments when asked)."""
    name = service.service_name or ""
    return HostedService(
        url=management_url(request, f"/services/hostedservices/{name}"),
        service_name=name,
        hosted_service_properties=service.hosted_service_properties,
        deployments=(
            service_deployments(state, request.subscription_id, name) if embed_detail else None
        ),
        default_win_rm_certificate_thumbprint=service.default_win_rm_certificate_thumbprint,
        compute_capabilities=compute_capabilities(),
    )


def _check_create(call: Call[CreateHostedService], body: CreateHostedService) -> None:
    name = body.service_name
    if not name or not SERVICE_NAME.match(name):
        raise bad_request(INVALID_NAME)
    if not body.label:
        raise bad_request("The label of the hosted service is required.")
    check_extended_properties(None, body.extended_properties, "hosted service")
    if (body.location is None) == (body.affinity_group is None):
        raise bad_request(
            "Either a Location or an AffinityGroup must be specified for the hosted service, "
            "but not both."
        )
    if body.location is not None:
        if canonical_location(body.location) is None:
            raise bad_request(f"The location '{body.location}' is not a valid location.")
    elif not body.affinity_group or body.affinity_group not in call.backend.affinity_groups:
        raise bad_request(f"The affinity group '{body.affinity_group}' does not exist.")


@router.handles("create_hosted_service", check=_check_create)
def create_hosted_service(call: Call[CreateHostedService]) -> Response:
    state, subscription_id, body = call.state, call.subscription_id, call.body
    name = body.service_name or ""
    location = canonical_location(body.location) if body.location is not None else None
    affinity_group = body.affinity_group if body.location is None else None
    # A name still being deleted is taken until the delete succeeds: the lock comes first so
    # that the client waits the delete out instead of failing on the duplicate check.
    state.operations.require_unlocked(service_lock(name))
    names = state.shared(SERVICE_NAMES)
    if name.lower() in names:
        raise conflict(NAME_TAKEN)

    created = now()
    service = HostedService(
        service_name=name,
        hosted_service_properties=HostedServiceProperties(
            description=body.description,
            affinity_group=affinity_group,
            location=location,
            label=body.label,
            status="Creating",
            date_created=created,
            date_last_modified=created,
            extended_properties=dict(body.extended_properties or {}),
            reverse_dns_fqdn=body.reverse_dns_fqdn,
        ),
    )

    def work() -> None:
        properties = service.hosted_service_properties
        if properties is not None and properties.status == "Creating":
            properties.status = "Created"

    answer = call.accepted(lock_keys=[service_lock(name)], work=work, status=201)
    names[name.lower()] = subscription_id
    call.backend.hosted_services[name] = service
    return answer


@router.handles("list_hosted_services")
def list_hosted_services(call: Call[None]) -> list[HostedService]:
    services = sorted(
        call.backend.hosted_services.values(),
        key=lambda service: (service.service_name or "").lower(),
    )
    return [_view(call.request, call.state, service, embed_detail=False) for service in services]


@router.handles("get_hosted_service_properties")
def get_hosted_service_properties(call: Call[None]) -> HostedService:
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    embed = flag(call.request, "embed-detail", "true")
    return _view(call.request, call.state, service, embed_detail=embed)


def _check_update(call: Call[UpdateHostedService], body: UpdateHostedService) -> None:
    if (
        body.label is None
        and body.description is None
        and body.extended_properties is None
        and body.reverse_dns_fqdn is None
    ):
        raise bad_request("Specify a Label, a Description or ExtendedProperties to update.")
    if body.label is not None and not body.label:
        raise bad_request("The label of the hosted service must not be empty.")


@router.handles("update_hosted_service", check=_check_update)
def update_hosted_service(call: Call[UpdateHostedService]) -> None:
    call.parse()
    name = call.param("service_name")
    call.state.operations.require_unlocked(service_lock(name))
    service = call.backend.hosted_services.get_or_404(name)
    body = call.body
    properties = service.hosted_service_properties
    assert properties is not None
    merged = check_extended_properties(
        properties.extended_properties, body.extended_properties, "hosted service"
    )
    if body.label is not None:
        properties.label = body.label
    if body.description is not None:
        properties.description = body.description
    if body.reverse_dns_fqdn is not None:
        properties.reverse_dns_fqdn = body.reverse_dns_fqdn
    properties.extended_properties = merged
    properties.date_last_modified = now()


@router.handles("delete_hosted_service")
def delete_hosted_service(call: Call[None]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    name = call.param("service_name")
    state.operations.require_unlocked(service_lock(name))
    services = call.backend.hosted_services
    service = services.get_or_404(name)
    complete = flag(call.request, "comp", "media")
    owned = service_deployments(state, subscription_id, name)
    if owned and not complete:
        raise conflict(
            f"The hosted service '{service.service_name}' has deployments; delete them first, "
            "or delete the service with comp=media."
        )
    deployment_names = [deployment.name or "" for deployment in owned]

    def work() -> None:
        for deployment_name in deployment_names:
            remove_deployment(state, subscription_id, name, deployment_name, delete_disks=True)
        services.pop(name, None)
        state.shared(SERVICE_NAMES).pop(name.lower(), None)

    locks = [service_lock(name), *(deployment_lock(name, d) for d in deployment_names)]
    answer = call.accepted(lock_keys=locks, work=work, status=202 if complete else 200)
    properties = service.hosted_service_properties
    if properties is not None:
        properties.status = "Deleting"
    for deployment in owned:
        deployment.status = "Deleting"
        deployment.locked = True
    return answer


@router.handles("check_hosted_service_name_availability")
def check_hosted_service_name_availability(call: Call[None]) -> AvailabilityResponse:
    name = call.param("service_name")
    if not SERVICE_NAME.match(name):
        answer = AvailabilityResponse(result=False, reason=INVALID_NAME)
    elif name.lower() in call.state.shared(SERVICE_NAMES):
        answer = AvailabilityResponse(
            result=False, reason="A hosted service with the specified name already exists."
        )
    else:
        answer = AvailabilityResponse(result=True)
    return answer
