"""Virtual machine roles: get, add, delete.

``add_role`` shows the new machine at once (``Provisioning``) and makes it ``ReadyRole`` when
the operation succeeds; ``delete_role`` removes it then (never the last machine: ASM wants the
deployment deleted instead).
"""

from __future__ import annotations

from azure_asm.models import AddRole, Deployment, PersistentVMRole

from ..errors import bad_request
from ..routing import Response
from ..state import State
from .compute_common import deployment_of, flag, now, role_of, start
from .compute_vm import commit_virtual_machine, plan_virtual_machine, release_role_disks
from .deployments import settle_machines
from .lifecycle_common import DELETING, role_instances, set_state
from .spec_io import Call, SpecRouter

router = SpecRouter()


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


@router.handles("get_role")
def get_role(call: Call[None]) -> PersistentVMRole:
    return role_of(deployment_of(call), call.param("role_name"))


@router.handles("add_role")
def add_role(call: Call[AddRole]) -> Response:
    deployment = deployment_of(call, wait=True)
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    vip = next((ip.address for ip in deployment.virtual_ips or [] if ip.address), "")
    plan = plan_virtual_machine(
        call.state,
        call.subscription_id,
        service,
        deployment.name or "",
        call.body,
        deployment=deployment,
        vip=vip,
        moment=now(),
    )
    answer = start(call, deployment, lambda: settle_machines(deployment))
    commit_virtual_machine(
        call.state, call.subscription_id, service.service_name or "", deployment, plan
    )
    return answer


@router.handles("delete_role")
def delete_role(call: Call[None]) -> Response:
    deployment = deployment_of(call, wait=True)
    role = role_of(deployment, call.param("role_name"))
    if len(deployment.role_list or []) <= 1:
        raise bad_request(
            f"The role {call.param('role_name')} is the only role in deployment "
            f"{deployment.name} and cannot be deleted; delete the deployment instead."
        )
    delete_disks = flag(call.request, "comp", "media")
    name = role.role_name or ""

    def work() -> None:
        remove_role(call.state, call.subscription_id, deployment, name, delete_disks=delete_disks)

    answer = start(call, deployment, work)
    for instance in role_instances(deployment, name):
        set_state(instance, DELETING)
    return answer
