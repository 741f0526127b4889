"""What the lifecycle handlers share (``deployment_lifecycle``, ``role_operations``).

* ``SharedRoute``: spec operations on one method and path (``.../deployments/{name}/?comp=
  config|status|upgrade|...``, the role ``Operations`` endpoint told apart by the body's root
  element), each written with ``handles`` as ``SpecRouter.handles`` does.
* Role instances: ``instance_of``, ``role_instances``, ``is_vm_deployment``, ``set_state``,
  and the (InstanceStatus, PowerState) pairs ASM reports (``READY``, ``STOPPED``, ...).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any, Literal

from azure_asm.models import Deployment, RoleInstance
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import local_name

from ..errors import bad_request, resource_not_found
from ..routing import Handler, Request, Response, Router
from ..state import State
from ..xmlbody import TooManyElementsError, request_xml
from .spec_io import INVALID_XML_MESSAGE, F, SpecRouter, conflict

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


def _comp(request: Request) -> str:
    return request.query.get("comp", "").lower()


def _root(request: Request) -> str:
    try:
        return local_name(str(request_xml(request).tag))
    except TooManyElementsError as exc:
        raise exc.fault() from None
    except ResponseParseError:
        raise bad_request(INVALID_XML_MESSAGE) from None


class SharedRoute:
    """Spec operations served on one method and path, told apart by the ``comp`` query value
    (``by="comp"``, ignoring case) or by the local name of the body's root element."""

    def __init__(self, router: Router, *, by: Literal["comp", "root"]) -> None:
        self._router = router
        self._key = _comp if by == "comp" else _root
        self._by = by
        self._served: dict[str, Handler] = {}
        self._route: tuple[str, str] | None = None

    def handles(self, name: str, key: str, **options: Any) -> Callable[[F], F]:
        """Serve ``handler(call)`` for spec operation ``name`` when the request's key is
        ``key``; ``options`` are ``SpecRouter.handles``'s."""

        def register(handler: F) -> F:
            # Served exactly as SpecRouter serves its own (read, checked, logged, answered);
            # only the route is shared, so the served function is taken off a scratch router.
            scratch = SpecRouter()
            scratch.handles(name, **options)(handler)
            route = scratch.routes[0]
            where = (route.method, route.template.removesuffix("/") or "/")
            if self._route is None:
                self._route = where
                self._router.add(*where, self._dispatch, name=name)
            elif where != self._route:
                raise ValueError(f"{name} ({where}) does not share the route {self._route}")
            self._served[key.lower() if self._by == "comp" else key] = route.handler
            return handler

        return register

    def _dispatch(self, request: Request, state: State, /) -> Response:
        key = self._key(request)
        handler = self._served.get(key)
        if handler is not None:
            return handler(request, state)
        if self._by == "comp":
            raise bad_request(
                f"The value '{key}' of the query parameter comp is not valid for this resource."
            )
        raise bad_request(INVALID_XML_MESSAGE)


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
