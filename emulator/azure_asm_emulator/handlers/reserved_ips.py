"""Reserved IP addresses (``/services/networking/reservedips``) and their association with
deployments.

Reservations live in ``state.backend(sub).reserved_ips``. Which deployment uses one is not
stored but read from the deployments (``Deployment.reserved_ip_name``), so that a deployment
created with a reserved IP shows as using it as well as one associated later. Create and delete
are asynchronous (``reservedip:NAME``); an address in use cannot be deleted (400). Associating
(x-ms-version 2015-02-01 or later) makes the deployment's virtual IP the reserved address;
disassociating gives it a dynamic one again; both hold the reservation's and the deployment's
locks.
"""

from __future__ import annotations

import ipaddress
import re
import uuid
import zlib

from azure_asm.models import Deployment, ReservedIP, ReservedIPAssociation, VirtualIP

from ..catalogue_locations import canonical_location
from ..errors import bad_request
from ..operations import LOCK_NOUNS
from ..routing import Response
from ..state import State
from .compute_common import (
    deployment_key,
    deployment_lock,
)
from .compute_vm import deployment_vip
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

LOCK_NOUNS.setdefault("reservedip", "reserved IP")

MAX_RESERVED_IPS = 20
ASSOCIATION_VERSION = "2015-02-01"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def lock_key(name: str) -> str:
    return f"reservedip:{name.lower()}"


def user_of(state: State, subscription_id: str, name: str) -> tuple[str, Deployment] | None:
    """(cloud service name, deployment) using reservation ``name``, if any."""
    wanted = name.lower()
    for key, deployment in state.backend(subscription_id).deployments.items():
        if (deployment.reserved_ip_name or "").lower() == wanted:
            service = key.partition("/")[0]
            stored = state.backend(subscription_id).hosted_services.get(service)
            return (stored.service_name or service) if stored else service, deployment
    return None


def _view(state: State, subscription_id: str, reserved: ReservedIP) -> ReservedIP:
    user = user_of(state, subscription_id, reserved.name or "")
    return ReservedIP(
        name=reserved.name,
        address=reserved.address,
        id=reserved.id,
        label=reserved.label,
        affinity_group=reserved.affinity_group,
        state=reserved.state,
        in_use=user is not None,
        service_name=user[0] if user else None,
        deployment_name=user[1].name if user else None,
        location=reserved.location,
        virtual_ip_name=next(
            (
                vip.name
                for vip in (user[1].virtual_ips or [] if user else [])
                if (vip.reserved_ip_name or "").lower() == (reserved.name or "").lower()
            ),
            None,
        ),
    )


def _address(subscription_id: str, name: str, taken: set[str]) -> str:
    seed = zlib.crc32(f"{subscription_id}/{name.lower()}".encode())
    while True:
        candidate = str(ipaddress.IPv4Address(0x17600000 + seed % 0x000FFFFE + 1))
        if candidate not in taken:
            return candidate
        seed += 1


def _check_create(call: Call[ReservedIP], body: ReservedIP) -> None:
    name = body.name or ""
    if not _NAME.match(name):
        raise bad_request(
            f"The reserved IP name '{name}' is not valid: use 1 to 64 letters, digits, periods, "
            "underscores and hyphens, starting with a letter or digit."
        )
    if not body.location:
        raise bad_request("The location of the reserved IP must be specified.")
    if canonical_location(body.location) is None:
        raise bad_request(f"The location '{body.location}' is not a valid location.")


def _build(call: Call[ReservedIP], name: str) -> ReservedIP:
    table = call.backend.reserved_ips
    if len(table) >= MAX_RESERVED_IPS:
        raise bad_request(
            f"The subscription already has {MAX_RESERVED_IPS} reserved IPs, the most allowed."
        )
    taken = {ip.address or "" for ip in table.values()}
    location = canonical_location(call.body.location)
    address = _address(call.subscription_id, name, taken)
    # x-ms-version 2016-07-01: the current address of a deployment's virtual IP is reserved.
    if call.body.service_name or call.body.deployment_name:
        address = _held_vip(call, location)[1].address or address
    return ReservedIP(
        name=name,
        address=address,
        id=str(uuid.uuid4()),
        label=call.body.label,
        state="Creating",
        location=location,
    )


def _held_vip(call: Call[ReservedIP], location: str | None) -> tuple[Deployment, VirtualIP]:
    """The deployment and virtual IP whose address a create reserves (404, 400, 409)."""
    body = call.body
    if not body.service_name or not body.deployment_name:
        raise bad_request("The ServiceName and DeploymentName must be given together.")
    service = call.backend.hosted_services.get_or_404(body.service_name)
    properties = service.hosted_service_properties
    if properties is not None and properties.location and properties.location != location:
        raise bad_request(f"The cloud service {body.service_name} is not in {location}.")
    key = deployment_key(body.service_name, body.deployment_name)
    deployment = call.backend.deployments.get(key)
    if deployment is None:
        raise not_found(f"The deployment name '{body.deployment_name}' does not exist.")
    if deployment.reserved_ip_name:
        raise conflict(f"The deployment already uses reserved IP {deployment.reserved_ip_name}.")
    vip = _vip(deployment, body.virtual_ip_name)
    if vip is None:
        raise bad_request(f"The deployment has no virtual IP named {body.virtual_ip_name}.")
    return deployment, vip


def _settle(call: Call[ReservedIP], reserved: ReservedIP) -> None:
    reserved.state = "Created"
    if call.body.service_name:
        deployment, vip = _held_vip(call, reserved.location)
        deployment.reserved_ip_name = reserved.name
        vip.is_reserved, vip.reserved_ip_name = True, reserved.name


def _refuse_delete_in_use(call: Call[None], reserved: ReservedIP) -> None:
    user = user_of(call.state, call.subscription_id, reserved.name or "")
    if user is not None:
        raise bad_request(
            f"The reserved IP {reserved.name} is in use by deployment {user[1].name} of cloud "
            f"service {user[0]} and cannot be deleted."
        )


serve(
    router,
    PlainResource(
        collection=lambda call: call.backend.reserved_ips,
        noun="reserved_ip_address",
        lock="reservedip",
        check=_check_create,
        build=_build,
        settle=_settle,
        view=lambda call, reserved: _view(call.state, call.subscription_id, reserved),
        list_order=str.lower,
        before_delete=_refuse_delete_in_use,
    ),
)


def _association(
    call: Call[ReservedIPAssociation],
) -> tuple[ReservedIP, str, Deployment, str | None]:
    """Checks shared by associate and disassociate: (reservation, service, deployment, vip)."""
    # ASM has them since 2015-02-01 (the spec sends 2016-07-01, as Microsoft's SDKs do).
    if call.request.version < ASSOCIATION_VERSION:
        raise bad_request(f"This operation requires x-ms-version {ASSOCIATION_VERSION} or later.")
    body = call.parse()
    state, subscription_id = call.state, call.subscription_id
    reserved = call.backend.reserved_ips.get_or_404(call.param("name"))
    service_name = body.service_name or ""
    deployment_name = body.deployment_name or ""
    if not service_name or not deployment_name:
        raise bad_request("The ServiceName and DeploymentName must be specified.")
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    deployment = state.backend(subscription_id).deployments.get(
        deployment_key(service_name, deployment_name)
    )
    if deployment is None:
        raise not_found(f"The deployment name '{deployment_name}' does not exist.")
    properties = service.hosted_service_properties
    location = properties.location if properties is not None else None
    if properties is not None and properties.affinity_group:
        group = state.backend(subscription_id).affinity_groups.get(properties.affinity_group)
        location = group.location if group is not None else None
    if location and reserved.location and location.lower() != reserved.location.lower():
        raise bad_request(
            f"The reserved IP {reserved.name} is in {reserved.location}, but cloud service "
            f"{service.service_name} is in {location}."
        )
    vip_name = body.virtual_ip_name
    if vip_name is not None and not any(
        (vip.name or "").lower() == vip_name.lower() for vip in deployment.virtual_ips or []
    ):
        raise bad_request(f"The deployment has no virtual IP named {vip_name}.")
    return reserved, service.service_name or service_name, deployment, vip_name


def _vip(deployment: Deployment, vip_name: str | None) -> VirtualIP | None:
    for vip in deployment.virtual_ips or []:
        if vip_name is None or (vip.name or "").lower() == vip_name.lower():
            return vip
    return None


@router.handles("associate_reserved_ip_address")
def associate_reserved_ip_address(call: Call[ReservedIPAssociation]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    reserved, service_name, deployment, vip_name = _association(call)
    name = reserved.name or ""
    locks = [lock_key(name), deployment_lock(service_name, deployment.name or "")]
    state.operations.require_unlocked(*locks)
    user = user_of(state, subscription_id, name)
    if user is not None:
        raise conflict(
            f"The reserved IP {name} is already in use by deployment {user[1].name} of cloud "
            f"service {user[0]}."
        )
    if deployment.reserved_ip_name:
        raise conflict(
            f"The deployment {deployment.name} already uses the reserved IP "
            f"{deployment.reserved_ip_name}."
        )

    def work() -> None:
        deployment.reserved_ip_name = name
        vip = _vip(deployment, vip_name)
        if vip is not None:
            vip.address = reserved.address
            vip.is_reserved = True
            vip.reserved_ip_name = name

    return call.accepted(lock_keys=locks, work=work)


@router.handles("disassociate_reserved_ip_address")
def disassociate_reserved_ip_address(call: Call[ReservedIPAssociation]) -> Response:
    state = call.state
    reserved, service_name, deployment, vip_name = _association(call)
    name = reserved.name or ""
    locks = [lock_key(name), deployment_lock(service_name, deployment.name or "")]
    state.operations.require_unlocked(*locks)
    if (deployment.reserved_ip_name or "").lower() != name.lower():
        raise bad_request(
            f"The reserved IP {name} is not associated with deployment {deployment.name}."
        )

    def work() -> None:
        deployment.reserved_ip_name = None
        vip = _vip(deployment, vip_name)
        if vip is not None:
            vip.address = deployment_vip(service_name)
            vip.is_reserved = False
            vip.reserved_ip_name = None

    return call.accepted(lock_keys=locks, work=work)
