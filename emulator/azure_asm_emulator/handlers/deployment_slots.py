"""Deployments addressed by slot, and a deployment's package and events.

Every ``.../deploymentslots/{deployment_slot}/...`` operation is its by-name twin on the
deployment in that slot (ASM's 404 ``No deployments were found.`` for an empty slot): the
request is answered by the by-name route (``.../deployments/{name}/...``), so the by-slot
operations share every rule, body and refusal of the by-name ones.

``get_deployment_package`` checks what ASM checks (a web/worker role deployment, a container
URL on a storage account of the subscription) and runs as a long-running operation; the
emulator keeps no blobs, so nothing is written. ``list_deployment_events`` answers the platform's
reboots in the window: the emulator makes none, so the list is empty.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from azure_asm.catalog import OPERATIONS
from azure_asm.models import DeploymentEventCollection

from ..errors import bad_request
from ..routing import Request, Response, Router
from ..state import State
from . import deployment_lifecycle
from .compute_common import deployment_locks, deployment_of
from .deployments import deployment_in_slot
from .lifecycle_common import NOT_FOR_VIRTUAL_MACHINES, is_vm_deployment
from .spec_io import Call, SpecRouter, spec_route

router = SpecRouter()

_SLOT_SEGMENT = re.compile(r"/deploymentslots/[^/?]*", re.IGNORECASE)


@functools.cache
def _routes() -> Router:
    from . import default_routers

    routes = Router()
    for handler_router in default_routers():
        routes.include(handler_router)
    return routes


def by_slot(request: Request, state: State) -> Response:
    service_name, slot = request.path_params["service_name"], request.path_params["deployment_slot"]
    deployment = deployment_in_slot(state, request.subscription_id, service_name, slot)
    path = _SLOT_SEGMENT.sub(f"/deployments/{deployment.name}", request.path, count=1)
    return answer_at(request, state, path)


def answer_at(request: Request, state: State, path: str) -> Response:
    """The answer of the route serving ``path`` to ``request`` sent there instead."""
    found = _routes().match(request.method, path)
    moved = dataclasses.replace(request, path=path, path_params=found.path_params)
    return found.route.handler(moved, state)


for _name, _info in OPERATIONS.items():
    if _name.endswith("_by_slot") and _name != "get_deployment_by_slot":
        # The comp= operations posted to the slot share create_deployment's route (whose path
        # has no trailing slash), so they join its router: one router serves a method and path.
        _path = _info.path.removesuffix("/")
        _shares_create = _info.method == "POST" and _path.endswith("{deployment_slot}")
        _router = deployment_lifecycle.router if _shares_create else router
        spec_route(_router, _name, template=_path)(by_slot)


@router.handles("get_deployment_package")
def get_deployment_package(call: Call[None]) -> Response:
    deployment = deployment_of(call)
    if is_vm_deployment(deployment):
        raise bad_request(NOT_FOR_VIRTUAL_MACHINES)
    container = call.request.query.get("containerUri", "")
    url = urlsplit(container)
    account, _, suffix = (url.hostname or "").partition(".")
    if url.scheme not in ("http", "https") or suffix != "blob.core.windows.net" or not url.path:
        raise bad_request(f"The container URI '{container}' is not a valid blob container URL.")
    if account not in call.backend.storage_accounts:
        raise bad_request(f"The storage account '{account}' was not found in the subscription.")
    service_name = call.param("service_name")
    return call.accepted(lock_keys=deployment_locks(service_name, deployment.name or ""))


def _moment(call: Call[Any], name: str) -> datetime:
    text = call.request.query.get(name, "")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise bad_request(f"The query parameter {name} '{text}' is not a valid time.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@router.handles("list_deployment_events")
def list_deployment_events(call: Call[None]) -> DeploymentEventCollection:
    deployment_of(call)
    if _moment(call, "endtime") < _moment(call, "starttime"):
        raise bad_request("The end time must not be before the start time.")
    return DeploymentEventCollection(reboot_events=[])
