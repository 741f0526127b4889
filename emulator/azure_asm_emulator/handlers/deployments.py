"""Deployments: create a virtual machine deployment, get one by slot or name, delete one.

A deployment is visible from the moment its creation is accepted (status ``Deploying``, its
machine ``Provisioning``/``Starting``) and turns ``Running`` with ``ReadyRole``/``Started``
instances when the operation succeeds. Its disks are registered at once (attached to the
machine), so that ``list_disks`` shows them. Deleting turns it ``Deleting`` and removes it,
detaching its disks (or deleting them with ``comp=media``), when the operation succeeds.
"""

from __future__ import annotations

import re
import uuid

from azure_asm.models import CreateVirtualMachineDeployment, Deployment, VirtualIP

from ..errors import bad_request, resource_not_found
from ..routing import Response
from ..state import State
from .compute_common import (
    conflict,
    deployment_key,
    deployment_of,
    flag,
    now,
    service_deployments,
    service_lock,
    start,
)
from .compute_vm import (
    commit_virtual_machine,
    deployment_vip,
    plan_virtual_machine,
    release_role_disks,
)
from .spec_io import Call, SpecRouter

router = SpecRouter()

DEPLOYMENT_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$")
SLOTS = {"production": "Production", "staging": "Staging"}


def normalize_slot(slot: str | None) -> str:
    """``Production`` or ``Staging`` from any spelling, else 400."""
    canonical = SLOTS.get((slot or "").lower())
    if canonical is None:
        raise bad_request(f"The deployment slot '{slot}' is invalid; use production or staging.")
    return canonical


def check_label(label: str | None) -> None:
    """400 for an empty label (the spec's validator only wants one present)."""
    if not label:
        raise bad_request("The label of the deployment is required.")


def check_new_deployment(
    state: State, subscription_id: str, service: str, name: str, slot: str
) -> None:
    """400 for a name ASM refuses, 409 for a name or slot the hosted service already uses."""
    if not DEPLOYMENT_NAME.match(name):
        raise bad_request(
            "The deployment name is missing or invalid: it must be 1 to 100 letters, digits, "
            "periods, underscores and hyphens."
        )
    for existing in service_deployments(state, subscription_id, service):
        if (existing.name or "").lower() == name.lower():
            raise conflict(
                f"A deployment with the name '{existing.name}' already exists in hosted "
                f"service '{service}'."
            )
        if existing.deployment_slot == slot:
            raise conflict(
                f"The deployment slot {slot} of hosted service '{service}' is already "
                f"occupied by deployment '{existing.name}'."
            )


def settle_machines(deployment: Deployment) -> None:
    """The effect of a finished operation: the deployment runs, every machine is ready."""
    if deployment.status in ("Deploying", "RunningTransitioning"):
        deployment.status = "Running"
    for instance in deployment.role_instance_list or []:
        if instance.instance_status in ("Provisioning", "CreatingVM", "StartingVM"):
            instance.instance_status = "ReadyRole"
            instance.power_state = "Started"


def remove_role(
    state: State,
    subscription_id: str,
    deployment: Deployment,
    role_name: str,
    *,
    delete_disks: bool,
) -> None:
    """Take a machine out of its deployment and release its disks (operation work)."""
    wanted = role_name.lower()
    role = next(
        (r for r in deployment.role_list or [] if (r.role_name or "").lower() == wanted), None
    )
    if role is None:
        return
    deployment.role_list = [r for r in deployment.role_list or [] if r is not role]
    deployment.role_instance_list = [
        instance
        for instance in deployment.role_instance_list or []
        if (instance.role_name or "").lower() != wanted
    ]
    release_role_disks(state, subscription_id, role, delete=delete_disks)
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
    key = deployment_key(service_name, deployment_name)
    deployment = state.backend(subscription_id).deployments.pop(key, None)
    for role in deployment.role_list or [] if deployment is not None else []:
        release_role_disks(state, subscription_id, role, delete=delete_disks)


@router.handles("create_virtual_machine_deployment")
def create_virtual_machine_deployment(call: Call[CreateVirtualMachineDeployment]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    # A service still being created (or changed) is waited out by the client: lock first.
    state.operations.require_unlocked(service_lock(call.param("service_name")))
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    service_name, body = service.service_name or "", call.body
    name, slot = body.deployment_name or "", normalize_slot(body.deployment_slot)
    check_label(body.label)
    check_new_deployment(state, subscription_id, service_name, name, slot)
    network, reserved_ip = body.virtual_network_name, body.reserved_ip_name
    if network is not None and network not in call.backend.virtual_networks:
        raise bad_request(f"The virtual network {network} does not exist.")
    if reserved_ip is not None and reserved_ip not in call.backend.reserved_ips:
        raise bad_request(f"The reserved IP {reserved_ip} does not exist.")
    moment, vip = now(), deployment_vip(service_name)
    plan = plan_virtual_machine(
        state, subscription_id, service, name, body, deployment=None, vip=vip, moment=moment
    )
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
        virtual_network_name=network,
        dns_servers=body.dns_servers,
        virtual_ips=[
            VirtualIP(
                address=vip,
                is_dns_programmed=True,
                name=f"{service_name}ContractContract",
                is_reserved=reserved_ip is not None,
                reserved_ip_name=reserved_ip,
            )
        ],
        reserved_ip_name=reserved_ip,
        internal_dns_suffix=f"{service_name.lower()}.d{uuid.uuid4().hex[:6]}.internal.cloudapp.net",
    )

    answer = start(call, deployment, lambda: settle_machines(deployment))
    call.backend.deployments[deployment_key(service_name, name)] = deployment
    commit_virtual_machine(state, subscription_id, service_name, deployment, plan)
    return answer


def deployment_in_slot(
    state: State, subscription_id: str, service_name: str, slot: str
) -> Deployment:
    """The deployment in the slot of the path (its hosted service must exist), or ASM's 404."""
    state.backend(subscription_id).hosted_services.get_or_404(service_name)
    wanted = normalize_slot(slot)
    for deployment in service_deployments(state, subscription_id, service_name):
        if deployment.deployment_slot == wanted:
            return deployment
    raise resource_not_found("No deployments were found.")


@router.handles("get_deployment_by_slot")
def get_deployment_by_slot(call: Call[None]) -> Deployment:
    service_name, slot = call.param("service_name"), call.param("deployment_slot")
    return deployment_in_slot(call.state, call.subscription_id, service_name, slot)


@router.handles("get_deployment_by_name")
def get_deployment_by_name(call: Call[None]) -> Deployment:
    return deployment_of(call)


@router.handles("delete_deployment")
def delete_deployment(call: Call[None]) -> Response:
    deployment = deployment_of(call, wait=True)
    service_name, name = call.param("service_name"), call.param("deployment_name")
    delete_disks = flag(call.request, "comp", "media")

    def work() -> None:
        remove_deployment(
            call.state, call.subscription_id, service_name, name, delete_disks=delete_disks
        )

    answer = start(call, deployment, work)
    deployment.status = "Deleting"
    return answer
