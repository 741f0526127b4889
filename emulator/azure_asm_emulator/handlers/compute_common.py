"""Helpers shared by the compute handlers (hosted services, deployments, roles, VM images).

State layout (all values are generated ``azure_asm.models`` instances, changed in place):

* ``state.backend(sub).hosted_services``: service name (ignoring case) -> ``HostedService``
  (``deployments`` always None there; responses embed them on demand);
* ``state.resources(sub, "deployments")``: ``"<service>/<deployment>"`` lower-cased ->
  ``Deployment`` (its ``role_list`` and ``role_instance_list`` are the virtual machines);
* ``state.backend(sub).disks``: disk name -> ``Disk`` (``attached_to`` set while a
  virtual machine uses it), shared with the disk handlers;
* ``state.backend(sub).vm_images``: image name (ignoring case) -> ``VMImage`` (category
  ``User``); published images come from ``catalogue_compute``;
* ``state.shared("hostedservice_names")``: lower-cased DNS name -> owning subscription, the
  global reservation of cloud service names (kept until a delete has *succeeded*).

Lock keys: ``hostedservice:<name>``, ``deployment:<service>/<deployment>`` (lower-cased) and
``vmimage:<name>`` (a capture under way).
"""

from __future__ import annotations

from datetime import UTC, datetime

from azure_asm.models import Deployment, VMImage

from ..catalogue_compute import published_vm_images
from ..errors import resource_not_found
from ..operations import LOCK_NOUNS
from ..routing import Request
from ..state import State
from .disks import disks
from .os_images import find_os_image
from .spec_io import conflict, read_body, respond, spec_route

LOCK_NOUNS.setdefault("vmimage", "VM image")

DEPLOYMENTS = "deployments"
SERVICE_NAMES = "hostedservice_names"


# --- routing and (de)serialisation through the operation table: ``spec_io`` ---------------


def flag(request: Request, name: str, value: str) -> bool:
    """Whether query parameter ``name`` equals ``value`` (ignoring case)."""
    return request.query.get(name, "").lower() == value.lower()


# --- time, names, URLs ----------------------------------------------------------------------


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


def vm_image_lock(image_name: str) -> str:
    return f"vmimage:{image_name.lower()}"


# --- resources ------------------------------------------------------------------------------


def deployments(state: State, subscription_id: str) -> dict[str, Deployment]:
    return state.resources(subscription_id, DEPLOYMENTS)


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


def require_deployment(
    state: State, subscription_id: str, service_name: str, deployment_name: str
) -> Deployment:
    """The deployment by name (the hosted service must exist), or ASM's 404."""
    state.backend(subscription_id).hosted_services.get_or_404(service_name)
    deployment = deployments(state, subscription_id).get(
        deployment_key(service_name, deployment_name)
    )
    if deployment is None:
        raise resource_not_found(f"The deployment name '{deployment_name}' does not exist.")
    return deployment


def find_vm_image(state: State, subscription_id: str, name: str) -> VMImage | None:
    """A VM image of the subscription, else a published one, by name (ignoring case)."""
    image = state.backend(subscription_id).vm_images.get(name)
    if image is not None:
        return image
    wanted = name.lower()
    return next(
        (
            published
            for published in published_vm_images()
            if (published.name or "").lower() == wanted
        ),
        None,
    )


def location_matches(listed: str | None, location: str | None) -> bool:
    """Whether ``location`` is in the ``;``-separated ``listed`` (True if either is unknown)."""
    if not listed or not location:
        return True
    return location.lower() in {item.strip().lower() for item in listed.split(";")}


__all__ = [
    "conflict",
    "deployment_key",
    "deployment_lock",
    "deployments",
    "disks",
    "find_os_image",
    "find_vm_image",
    "flag",
    "location_matches",
    "management_url",
    "now",
    "read_body",
    "require_deployment",
    "respond",
    "service_deployments",
    "service_lock",
    "spec_route",
    "stamp",
    "vm_image_lock",
]
