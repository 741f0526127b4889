"""Deployments: create a virtual machine deployment, get one by slot or name, delete one.

A deployment is visible from the moment its creation is accepted (status ``Deploying``, its
machine ``Provisioning``/``Starting``) and turns ``Running`` with ``ReadyRole``/``Started``
instances when the operation succeeds. Its disks are registered at once (attached to the
machine), so that ``list_disks`` shows them. Deleting turns it ``Deleting`` and removes it,
detaching its disks (or deleting them with ``comp=media``), when the operation succeeds.
Operations on a deployment lock both the deployment and its hosted service.
"""

from __future__ import annotations

import re
import uuid

from azure_asm.models import CreateVirtualMachineDeployment, Deployment, VirtualIP
from azure_asm.validators import validate_create_virtual_machine_deployment

from ..errors import bad_request, resource_not_found
from ..routing import Request, Response, Router, accepted_async
from ..state import State
from .compute_common import (
    conflict,
    deployment_key,
    deployment_lock,
    deployments,
    now,
    read_body,
    require_deployment,
    respond,
    service_deployments,
    service_lock,
    spec_route,
)
from .compute_vm import (
    commit_virtual_machine,
    deployment_vip,
    plan_virtual_machine,
    release_role_disks,
)

router = Router()

DEPLOYMENT_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$")
SLOTS = {"production": "Production", "staging": "Staging"}


def normalize_slot(slot: str | None) -> str:
    """``Production`` or ``Staging`` from any spelling, else 400."""
    canonical = SLOTS.get((slot or "").lower())
    if canonical is None:
        raise bad_request(f"The deployment slot '{slot}' is invalid; use production or staging.")
    return canonical


def settle_machines(deployment: Deployment) -> None:
    """The effect of a finished operation: the deployment runs, every machine is ready."""
    if deployment.status in ("Deploying", "RunningTransitioning"):
        deployment.status = "Running"
    deployment.locked = False
    for instance in deployment.role_instance_list or []:
        if instance.instance_status in ("Provisioning", "CreatingVM", "StartingVM"):
            instance.instance_status = "ReadyRole"
            instance.power_state = "Started"
    deployment.last_modified_time = now()


def remove_deployment(
    state: State,
    subscription_id: str,
    service_name: str,
    deployment_name: str,
    *,
    delete_disks: bool,
) -> None:
    """Remove a deployment and release the disks of its machines (operation work)."""
    deployment = deployments(state, subscription_id).pop(
        deployment_key(service_name, deployment_name), None
    )
    if deployment is None:
        return
    for role in deployment.role_list or []:
        release_role_disks(state, subscription_id, role, delete=delete_disks)


@spec_route(router, "create_virtual_machine_deployment")
def create_virtual_machine_deployment(request: Request, state: State) -> Response:
    body = read_body(request, "create_virtual_machine_deployment", CreateVirtualMachineDeployment)
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    # A service still being created (or changed) is waited out by the client: lock first.
    state.operations.require_unlocked(service_lock(service_name))
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    service_name = service.service_name or service_name
    name = body.deployment_name
    if not name or not DEPLOYMENT_NAME.match(name):
        raise bad_request(
            "The deployment name is missing or invalid: it must be 1 to 100 letters, digits, "
            "periods, underscores and hyphens."
        )
    slot = normalize_slot(body.deployment_slot)
    if not body.label:
        raise bad_request("The label of the deployment is required.")
    if len(body.label) > 100:
        raise bad_request("The label of the deployment exceeds 100 characters.")
    for existing in service_deployments(state, subscription_id, service_name):
        if (existing.name or "").lower() == name.lower():
            raise conflict(
                f"A deployment with the name '{existing.name}' already exists in hosted "
                f"service '{service_name}'."
            )
        if existing.deployment_slot == slot:
            raise conflict(
                f"The deployment slot {slot} of hosted service '{service_name}' is already "
                f"occupied by deployment '{existing.name}'."
            )
    backend = state.backend(subscription_id)
    network = body.virtual_network_name
    if network is not None and network not in backend.virtual_networks:
        raise bad_request(f"The virtual network {network} does not exist.")
    if body.reserved_ip_name is not None and body.reserved_ip_name not in backend.reserved_ips:
        raise bad_request(f"The reserved IP {body.reserved_ip_name} does not exist.")
    moment = now()
    vip = deployment_vip(service_name)
    plan = plan_virtual_machine(
        state, subscription_id, service, name, body, deployment=None, vip=vip, moment=moment
    )
    try:
        validate_create_virtual_machine_deployment(body, "Deployment")
    except (ValueError, TypeError) as error:
        raise bad_request(f"The request is invalid: {error}") from None

    deployment = Deployment(
        name=name,
        deployment_slot=slot,
        private_id=uuid.uuid4().hex,
        status="Deploying",
        label=body.label,
        url=f"http://{service_name.lower()}.cloudapp.net/",
        role_instance_list=[],
        upgrade_domain_count=1,
        role_list=[],
        sdk_version="",
        locked=True,
        rollback_allowed=False,
        created_time=moment,
        last_modified_time=moment,
        virtual_network_name=body.virtual_network_name,
        dns_servers=body.dns_servers,
        virtual_ips=[
            VirtualIP(
                address=vip,
                is_dns_programmed=True,
                name=f"{service_name}ContractContract",
                is_reserved=body.reserved_ip_name is not None,
                reserved_ip_name=body.reserved_ip_name,
            )
        ],
        reserved_ip_name=body.reserved_ip_name,
        internal_dns_suffix=f"{service_name.lower()}.d{uuid.uuid4().hex[:6]}.internal.cloudapp.net",
    )

    def work() -> None:
        settle_machines(deployment)

    operation = state.operations.start(
        "create_virtual_machine_deployment",
        subscription_id=subscription_id,
        lock_keys=[service_lock(service_name), deployment_lock(service_name, name)],
        work=work,
    )
    deployments(state, subscription_id)[deployment_key(service_name, name)] = deployment
    commit_virtual_machine(state, subscription_id, service_name, deployment, plan)
    return accepted_async(operation)


@spec_route(router, "get_deployment_by_slot")
def get_deployment_by_slot(request: Request, state: State) -> Response:
    service_name = request.path_params["service_name"]
    state.backend(request.subscription_id).hosted_services.get_or_404(service_name)
    slot = normalize_slot(request.path_params["deployment_slot"])
    for deployment in service_deployments(state, request.subscription_id, service_name):
        if deployment.deployment_slot == slot:
            return respond("get_deployment_by_slot", deployment)
    raise resource_not_found("No deployments were found.")


@spec_route(router, "get_deployment_by_name")
def get_deployment_by_name(request: Request, state: State) -> Response:
    deployment = require_deployment(
        state,
        request.subscription_id,
        request.path_params["service_name"],
        request.path_params["deployment_name"],
    )
    return respond("get_deployment_by_name", deployment)


@spec_route(router, "delete_deployment")
def delete_deployment(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    deployment_name = request.path_params["deployment_name"]
    locks = [service_lock(service_name), deployment_lock(service_name, deployment_name)]
    state.operations.require_unlocked(*locks)
    deployment = require_deployment(state, subscription_id, service_name, deployment_name)
    delete_disks = request.query.get("comp", "").lower() == "media"

    def work() -> None:
        remove_deployment(
            state, subscription_id, service_name, deployment_name, delete_disks=delete_disks
        )

    operation = state.operations.start(
        "delete_deployment", subscription_id=subscription_id, lock_keys=locks, work=work
    )
    deployment.status = "Deleting"
    deployment.locked = True
    return accepted_async(operation)
