"""Helpers shared by the lifecycle handlers (``deployment_lifecycle``, ``role_operations``,
``data_disks``, ``disk_registration``).

* ``shared_route(router, select, handlers)``: several spec operations on one method and path
  (``.../deployments/{name}/?comp=config|status|upgrade|...``, the role ``Operations``
  endpoint told apart by the body's root element) served by one route that picks the
  operation's handler; the route template is checked against every operation's spec path.
* ``comp_selector(...)`` and ``root_selector(...)``: the two ways ASM tells such operations apart.
* Role instances and virtual machines: ``find_instance``, ``require_instance``,
  ``role_instances``, ``is_vm_deployment``, ``set_state``, and the instance states ASM
  reports (``READY``, ``STOPPED``, ``DEALLOCATED``, ...).
* ``deployment_locks(service, deployment)``: the lock keys an operation on a deployment holds
  (the deployment and its hosted service, as the other compute handlers do).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping

from azure_asm.models import Deployment, RoleInstance
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import local_name

from ..errors import AsmFault, bad_request, resource_not_found
from ..routing import Handler, Request, Response, Router
from ..state import State
from ..xmlbody import TooManyElementsError, request_xml
from .compute_common import deployment_lock, service_lock
from .spec_io import INVALID_XML_MESSAGE, conflict, operation

Selector = Callable[[Request], str]

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

STOPPED_STATUSES = frozenset({STOPPED[0], DEALLOCATED[0]})

NOT_FOR_VIRTUAL_MACHINES = (
    "The operation is not supported on a deployment of virtual machines; it applies to web "
    "and worker roles deployed from a service package."
)


def _template(path: str) -> str:
    return path.removesuffix("/")


def shared_route(router: Router, select: Selector, handlers: Mapping[str, Handler]) -> None:
    """Serve the spec operations named in ``handlers`` (one method and path) on one route.

    ``select(request)`` names the operation a request is for; it raises the 400 for a request
    that is none of them. The spec path of every operation must be the same (up to a trailing
    slash), so that a spec change moving one of them is noticed at import.
    """
    infos = [operation(name) for name in handlers]
    first = infos[0]
    for info in infos[1:]:
        if (info.method, _template(info.path)) != (first.method, _template(first.path)):
            raise ValueError(
                f"{info.name} ({info.method} {info.path}) does not share the route of "
                f"{first.name} ({first.method} {first.path})"
            )

    def dispatch(request: Request, state: State) -> Response:
        name = select(request)
        handler = handlers.get(name)
        if handler is None:  # pragma: no cover - selectors only answer known names
            raise bad_request(INVALID_XML_MESSAGE)
        return handler(request, state)

    router.add(first.method, _template(first.path) or "/", dispatch, name="|".join(handlers))


def comp_selector(operations: Mapping[str, str]) -> Selector:
    """Pick the operation by the ``comp`` query value (ignoring case); 400 for another one."""

    def select(request: Request) -> str:
        comp = request.query.get("comp", "").lower()
        name = operations.get(comp)
        if name is None:
            raise bad_request(
                f"The value '{comp}' of the query parameter comp is not valid for this resource."
            )
        return name

    return select


def root_selector(operations: Mapping[str, str]) -> Selector:
    """Pick the operation by the local name of the body's root element; 400 for another."""

    def select(request: Request) -> str:
        try:
            root = request_xml(request)
        except TooManyElementsError as exc:
            raise exc.fault() from None
        except ResponseParseError:
            raise bad_request(INVALID_XML_MESSAGE) from None
        name = operations.get(local_name(str(root.tag)))
        if name is None:
            raise bad_request(INVALID_XML_MESSAGE)
        return name

    return select


def deployment_locks(service_name: str, deployment_name: str) -> list[str]:
    """Lock keys of an operation changing a deployment: the deployment and its service."""
    return [service_lock(service_name), deployment_lock(service_name, deployment_name)]


def require_unlocked_deployment(state: State, service_name: str, deployment_name: str) -> None:
    """409 (waited out by the client) while another operation changes the deployment."""
    state.operations.require_unlocked(*deployment_locks(service_name, deployment_name))


# --- role instances ---------------------------------------------------------------------------


def is_vm_deployment(deployment: Deployment) -> bool:
    """Whether the deployment holds virtual machines (roles) rather than a service package."""
    return bool(deployment.role_list)


def find_instance(deployment: Deployment, instance_name: str) -> RoleInstance | None:
    wanted = instance_name.lower()
    return next(
        (
            instance
            for instance in deployment.role_instance_list or []
            if (instance.instance_name or "").lower() == wanted
        ),
        None,
    )


def require_instance(deployment: Deployment, instance_name: str) -> RoleInstance:
    """The role instance ``instance_name`` of the deployment, or ASM's 404."""
    instance = find_instance(deployment, instance_name)
    if instance is None:
        raise resource_not_found(f"The role instance '{instance_name}' does not exist.")
    return instance


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
    return instance.instance_status in STOPPED_STATUSES


def not_running_fault(instance: RoleInstance) -> AsmFault:
    """409 for an action that needs a running instance."""
    return conflict(
        f"The role instance '{instance.instance_name}' is in state {instance.instance_status}; "
        "the operation needs it running."
    )


def assign_ip(deployment: Deployment, instance: RoleInstance) -> None:
    """Give ``instance`` a free internal address of the deployment (after a deallocation)."""
    used = {other.ip_address for other in deployment.role_instance_list or [] if other.ip_address}
    base = zlib.crc32((deployment.private_id or "").encode())
    host = 4
    while f"10.{base % 250}.{(base >> 8) % 250}.{host}" in used:
        host += 1
    instance.ip_address = f"10.{base % 250}.{(base >> 8) % 250}.{host}"


__all__ = [
    "BUSY",
    "CREATING",
    "DEALLOCATED",
    "DELETING",
    "NOT_FOR_VIRTUAL_MACHINES",
    "READY",
    "RESTARTING",
    "STARTING",
    "STOPPED",
    "STOPPING",
    "assign_ip",
    "comp_selector",
    "deployment_locks",
    "find_instance",
    "is_running",
    "is_stopped",
    "is_vm_deployment",
    "not_running_fault",
    "require_instance",
    "require_unlocked_deployment",
    "role_instances",
    "root_selector",
    "set_state",
    "shared_route",
]
