"""What the compute handlers share (hosted services, deployments, roles, disks, VM images).

Deployments are ``backend.deployments`` keyed ``"<service>/<deployment>"`` (a deployment's
``role_list`` and ``role_instance_list`` are its virtual machines); hosted services keep
``deployments`` None, answers embed them on demand. ``state.shared("hostedservice_names")``
reserves cloud service names across subscriptions until a delete has *succeeded*.

Every write to a deployment waits (409, which clients wait out) while another operation holds
it or its hosted service, and holds both while it runs (``start``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from azure_asm.models import Deployment, PersistentVMRole, VMImage

from ..backend import Collection
from ..catalogue_compute import published_vm_images
from ..errors import resource_not_found
from ..operations import LOCK_NOUNS
from ..routing import Request, Response, accepted_async
from ..state import State
from .spec_io import Call, conflict

LOCK_NOUNS.setdefault("vmimage", "VM image")

SERVICE_NAMES = "hostedservice_names"


def flag(request: Request, name: str, value: str) -> bool:
    """Whether query parameter ``name`` equals ``value`` (ignoring case)."""
    return request.query.get(name, "").lower() == value.lower()


def now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """ASM's disk-name timestamp: yyyyMMddHHmmss plus four digits of fraction."""
    return moment.strftime("%Y%m%d%H%M%S") + f"{moment.microsecond // 100:04d}"


def management_url(request: Request, path: str) -> str:
    """An absolute management URL on the host the client called (the emulator's)."""
    host = request.header("Host") or "management.core.windows.net"
    return f"https://{host}/{request.subscription_id}{path}"


def service_lock(service_name: str) -> str:
    return f"hostedservice:{service_name.lower()}"


def deployment_lock(service_name: str, deployment_name: str) -> str:
    return f"deployment:{service_name.lower()}/{deployment_name.lower()}"


def deployment_locks(service_name: str, deployment_name: str) -> list[str]:
    """Lock keys of an operation changing a deployment: the deployment and its service."""
    return [service_lock(service_name), deployment_lock(service_name, deployment_name)]


def vm_image_lock(image_name: str) -> str:
    return f"vmimage:{image_name.lower()}"


# --- lookups ----------------------------------------------------------------------------------


def deployments(state: State, subscription_id: str) -> Collection[Deployment]:
    return state.backend(subscription_id).deployments


def deployment_key(service_name: str, deployment_name: str) -> str:
    return f"{service_name.lower()}/{deployment_name.lower()}"


def service_deployments(state: State, subscription_id: str, service_name: str) -> list[Deployment]:
    """The deployments of a hosted service, production first."""
    prefix = service_name.lower() + "/"
    found = [
        deployment
        for key, deployment in deployments(state, subscription_id).items()
        if key.startswith(prefix)
    ]
    return sorted(found, key=lambda deployment: deployment.deployment_slot != "Production")


def deployment_of(call: Call[Any], *, wait: bool = False) -> Deployment:
    """The deployment of the request path (its hosted service must exist), or ASM's 404.

    ``wait``: first 409 (waited out by the client) while an operation changes it.
    """
    service_name, name = call.param("service_name"), call.param("deployment_name")
    if wait:
        call.state.operations.require_unlocked(*deployment_locks(service_name, name))
    call.backend.hosted_services.get_or_404(service_name)
    found = call.backend.deployments.get(deployment_key(service_name, name))
    if found is None:
        raise call.backend.deployments.not_found(name)
    return found


def public_address(deployment: Deployment) -> str:
    """The deployment's virtual IP address."""
    return next((ip.address for ip in deployment.virtual_ips or [] if ip.address), "")


def role_of(deployment: Deployment, role_name: str) -> PersistentVMRole:
    """The virtual machine ``role_name`` of the deployment, or ASM's 404."""
    wanted = role_name.lower()
    for role in deployment.role_list or []:
        if (role.role_name or "").lower() == wanted:
            return role
    raise resource_not_found(f"The role name '{role_name}' does not exist.")


def start(
    call: Call[Any],
    deployment: Deployment,
    work: Callable[[], None],
    *,
    locks: tuple[str, ...] = (),
) -> Response:
    """Start the call's operation on ``deployment``, locked until ``work`` has run."""

    def finish() -> None:
        try:
            work()
        finally:
            deployment.locked = False
            deployment.last_modified_time = now()

    operation = call.state.operations.start(
        call.operation,
        subscription_id=call.subscription_id,
        lock_keys=[*deployment_locks(call.param("service_name"), deployment.name or ""), *locks],
        work=finish,
    )
    deployment.locked = True
    return accepted_async(operation)


def find_vm_image(state: State, subscription_id: str, name: str) -> VMImage | None:
    """A VM image of the subscription, else a published one, by name (ignoring case)."""
    image = state.backend(subscription_id).vm_images.get(name)
    if image is not None:
        return image
    wanted = name.lower()
    return next((p for p in published_vm_images() if (p.name or "").lower() == wanted), None)


def location_matches(listed: str | None, location: str | None) -> bool:
    """Whether ``location`` is in the ``;``-separated ``listed`` (True if either is unknown)."""
    if not listed or not location:
        return True
    return location.lower() in {item.strip().lower() for item in listed.split(";")}


__all__ = ["conflict"]
