"""Internal load balancers, load-balanced endpoint sets, and a virtual machine's Remote
Desktop file, redeploy and customer-initiated maintenance.

A deployment's internal load balancers are its ``load_balancers`` (so ``get_deployment_*``
shows them): 409 for a second of one name, 404 for an unknown one, 400 for a frontend that is
not ``Private``, that names no subnet in a deployment inside a virtual network or one outside
it, and for deleting one that endpoints still name. ``update_load_balanced_endpoint_set``
changes (or, given only the set's name, removes) the endpoints of each set on every machine;
an unknown set is 400. Each change is a long-running operation holding the deployment.

The .rdp file points at the service's address and the public port of the machine's endpoint
on local port 3389 (400 without one). Redeploy keeps the machine, busy while it moves, and
answers it running; the emulator plans no maintenance, so a customer-initiated one is always
refused (400) as ASM refuses it outside a maintenance window.
"""

from __future__ import annotations

from typing import Any

from azure_asm.models import (
    ConfigurationSetInputEndpoint,
    Deployment,
    LoadBalancedEndpoint,
    LoadBalancedEndpointList,
    LoadBalancer,
)

from ..errors import bad_request
from ..routing import Response
from . import deployment_lifecycle, role_operations
from .compute_common import deployment_of, start
from .lifecycle_common import BUSY, READY, instance_of, set_state
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()


def _find(deployment: Deployment, name: str) -> LoadBalancer | None:
    wanted = name.lower()
    return next(
        (lb for lb in deployment.load_balancers or [] if (lb.name or "").lower() == wanted), None
    )


def _check_frontend(deployment: Deployment, balancer: LoadBalancer) -> None:
    frontend = balancer.frontend_ip_configuration
    if frontend is None or (frontend.type or "Private") != "Private":
        raise bad_request("The frontend IP configuration of a load balancer must be Private.")
    if bool(frontend.subnet_name) != bool(deployment.virtual_network_name):
        raise bad_request(
            "The subnet of the load balancer must be given exactly when the deployment is in a "
            "virtual network."
        )


def _endpoints(deployment: Deployment) -> list[ConfigurationSetInputEndpoint]:
    return [
        endpoint
        for role in deployment.role_list or []
        for config in role.configuration_sets or []
        for endpoint in getattr(config, "input_endpoints", None) or []
    ]


@router.handles("create_load_balancer")
def create_load_balancer(call: Call[LoadBalancer]) -> Response:
    deployment = deployment_of(call, wait=True)
    balancer = call.body
    _check_frontend(deployment, balancer)
    if _find(deployment, balancer.name or ""):
        raise conflict(f"The load balancer {balancer.name} already exists in the deployment.")

    def work() -> None:
        deployment.load_balancers = [*(deployment.load_balancers or []), balancer]

    return start(call, deployment, work)


def _existing(call: Call[Any], deployment: Deployment) -> LoadBalancer:
    found = _find(deployment, call.param("load_balancer_name"))
    if found is None:
        raise not_found(f"The load balancer {call.param('load_balancer_name')} does not exist.")
    return found


@router.handles("update_load_balancer")
def update_load_balancer(call: Call[LoadBalancer]) -> Response:
    deployment = deployment_of(call, wait=True)
    current = _existing(call, deployment)
    _check_frontend(deployment, call.body)

    def work() -> None:
        current.frontend_ip_configuration = call.body.frontend_ip_configuration

    return start(call, deployment, work)


@router.handles("delete_load_balancer")
def delete_load_balancer(call: Call[None]) -> Response:
    deployment = deployment_of(call, wait=True)
    current = _existing(call, deployment)
    users = [e.name for e in _endpoints(deployment) if e.load_balancer_name == current.name]
    if users:
        raise bad_request(f"The load balancer {current.name} is used by the endpoint {users[0]}.")

    def work() -> None:
        deployment.load_balancers = [lb for lb in deployment.load_balancers or [] if lb != current]

    return start(call, deployment, work)


_SET_FIELDS = (
    "local_port",
    "name",
    "port",
    "load_balancer_probe",
    "protocol",
    "enable_direct_server_return",
    "endpoint_acl",
    "load_balancer_name",
    "idle_timeout_in_minutes",
)


def _apply_set(deployment: Deployment, change: LoadBalancedEndpoint) -> None:
    wanted = (change.load_balanced_endpoint_set_name or "").lower()
    remove = all(getattr(change, field) is None for field in _SET_FIELDS)
    for role in deployment.role_list or []:
        for config in role.configuration_sets or []:
            endpoints = getattr(config, "input_endpoints", None)
            if not endpoints:
                continue
            in_set = [
                e for e in endpoints if (e.load_balanced_endpoint_set_name or "").lower() == wanted
            ]
            if remove:
                config.input_endpoints = [e for e in endpoints if e not in in_set]  # type: ignore[union-attr]
            for endpoint in in_set if not remove else []:
                for field in _SET_FIELDS:
                    value = getattr(change, field)
                    if value is not None and field != "name":
                        setattr(endpoint, field, value)


# The comp= and body-root operations below share a route of deployment_lifecycle's and
# role_operations' routers (a method and path is served by one router, which tells them apart).
@deployment_lifecycle.router.handles("update_load_balanced_endpoint_set")
def update_load_balanced_endpoint_set(call: Call[LoadBalancedEndpointList]) -> Response:
    deployment = deployment_of(call, wait=True)
    body = call.body
    sets = {(e.load_balanced_endpoint_set_name or "").lower() for e in _endpoints(deployment)}
    for change in body.load_balanced_endpoints or []:
        if (change.load_balanced_endpoint_set_name or "").lower() not in sets:
            raise bad_request(
                f"The load balanced endpoint set {change.load_balanced_endpoint_set_name} "
                "does not exist in the deployment."
            )

    def work() -> None:
        for change in body.load_balanced_endpoints or []:
            _apply_set(deployment, change)

    return start(call, deployment, work)


# --- a virtual machine's Remote Desktop file, redeploy and maintenance ------------------------


@router.handles("get_remote_desktop_file")
def get_remote_desktop_file(call: Call[None]) -> Response:
    service = call.param("service_name")
    instance = instance_of(deployment_of(call), call.param("role_instance_name"))
    ports = [
        endpoint.public_port
        for endpoint in instance.instance_endpoints or []
        if endpoint.local_port == 3389
    ]
    if not ports:
        raise bad_request(
            f"The role instance {instance.instance_name} has no Remote Desktop endpoint."
        )
    address = f"{service}.cloudapp.net:{ports[0]}"
    rdp = f"full address:s:{address}\r\nprompt for credentials:i:1\r\n"
    return Response(200, {"Content-Type": "application/x-rdp"}, rdp.encode("utf-8"))


@role_operations.router.handles("redeploy_role")
def redeploy_role(call: Call[Any]) -> Response:
    deployment = deployment_of(call, wait=True)
    instance = instance_of(deployment, call.param("role_name"))
    set_state(instance, BUSY)
    return start(call, deployment, lambda: set_state(instance, READY))


@role_operations.router.handles("perform_role_maintenance")
def perform_role_maintenance(call: Call[Any]) -> Response:
    deployment = deployment_of(call, wait=True)
    instance_of(deployment, call.param("role_name"))
    raise bad_request(
        "Customer-initiated maintenance is not allowed for this virtual machine: it has no "
        "maintenance window."
    )
