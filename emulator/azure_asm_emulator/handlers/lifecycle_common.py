"""Role instances, as the lifecycle handlers (``deployment_lifecycle``, ``role_operations``)
see them: ``instance_of``, ``role_instances``, ``is_vm_deployment``, ``set_state``, and the
(InstanceStatus, PowerState) pairs ASM reports (``READY``, ``STOPPED``, ...).
"""

from __future__ import annotations

import zlib

from azure_asm.models import Deployment, RoleInstance

from ..errors import resource_not_found
from .spec_io import conflict

# (InstanceStatus, PowerState) pairs ASM reports.
READY = ("ReadyRole", "Started")
STOPPED = ("StoppedVM", "Stopped")
DEALLOCATED = ("StoppedDeallocated", "Stopped")
STARTING = ("StartingVM", "Starting")
STOPPING = ("StoppingVM", "Stopping")
RESTARTING = ("RestartingRole", "Started")
BUSY = ("BusyRole", "Started")
DELETING = ("DeletingVM", "Stopping")
CREATING = ("CreatingVM", "Starting")

NOT_FOR_VIRTUAL_MACHINES = (
    "The operation is not supported on a deployment of virtual machines; it applies to web "
    "and worker roles deployed from a service package."
)


# --- role instances ---------------------------------------------------------------------------


def is_vm_deployment(deployment: Deployment) -> bool:
    """Whether the deployment holds virtual machines (roles) rather than a service package."""
    return bool(deployment.role_list)


def instance_of(deployment: Deployment, instance_name: str) -> RoleInstance:
    """The role instance ``instance_name`` of the deployment, or ASM's 404."""
    wanted = instance_name.lower()
    for instance in deployment.role_instance_list or []:
        if (instance.instance_name or "").lower() == wanted:
            return instance
    raise resource_not_found(f"The role instance '{instance_name}' does not exist.")


def role_instances(deployment: Deployment, role_name: str) -> list[RoleInstance]:
    """The instances of one role (for a virtual machine: the machine itself)."""
    wanted = role_name.lower()
    return [
        instance
        for instance in deployment.role_instance_list or []
        if (instance.role_name or "").lower() == wanted
    ]


def set_state(instance: RoleInstance, state: tuple[str, str]) -> None:
    """Set the instance's (InstanceStatus, PowerState)."""
    instance.instance_status, instance.power_state = state


def is_running(instance: RoleInstance) -> bool:
    return instance.instance_status == READY[0]


def is_stopped(instance: RoleInstance) -> bool:
    return instance.instance_status in (STOPPED[0], DEALLOCATED[0])


def require_running(instance: RoleInstance) -> None:
    """409 for an action that needs a running instance."""
    if not is_running(instance):
        raise conflict(
            f"The role instance '{instance.instance_name}' is in state "
            f"{instance.instance_status}; the operation needs it running."
        )


def assign_ip(deployment: Deployment, instance: RoleInstance) -> None:
    """Give ``instance`` a free internal address of the deployment."""
    used = {other.ip_address for other in deployment.role_instance_list or [] if other.ip_address}
    base = zlib.crc32((deployment.private_id or "").encode())
    host = 4
    while f"10.{base % 250}.{(base >> 8) % 250}.{host}" in used:
        host += 1
    instance.ip_address = f"10.{base % 250}.{(base >> 8) % 250}.{host}"
