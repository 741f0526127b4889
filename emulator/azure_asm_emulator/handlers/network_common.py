"""What the network handlers of x-ms-version 2016-07-01 share (security groups, route tables,
IP forwarding): starting an asynchronous write, finding the subnet, virtual machine or network
interface a path names, and the check that a resource is in the location of a network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from azure_asm.models import (
    Deployment,
    NetworkConfigurationSet,
    NetworkInterface,
    PersistentVMRole,
    Subnet,
    VirtualNetworkSite,
)

from ..catalogue_locations import canonical_location
from ..errors import bad_request
from ..routing import Response, accepted_async
from .compute_common import deployment_of, role_of
from .spec_io import Call, not_found


def start(call: Call[Any], lock: str, work: Callable[[], None] | None = None) -> Response:
    """Start the operation of ``call`` holding ``lock``; ``work`` runs when it succeeds."""
    operation = call.state.operations.start(
        call.operation, subscription_id=call.subscription_id, lock_keys=[lock], work=work
    )
    return accepted_async(operation)


def subnet(call: Call[Any]) -> tuple[VirtualNetworkSite, Subnet]:
    """The virtual network and subnet of the path (``virtual_network_name``, ``subnet_name``)."""
    site = call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    wanted = call.param("subnet_name").lower()
    for found in site.subnets or []:
        if (found.name or "").lower() == wanted:
            return site, found
    raise not_found(f"The subnet {call.param('subnet_name')} does not exist in {site.name}.")


def role(call: Call[Any]) -> tuple[Deployment, NetworkConfigurationSet]:
    """The deployment of the path's virtual machine and the machine's network set (added if
    it had none); ASM refuses (400) machines outside a virtual network."""
    deployment = deployment_of(call)
    machine: PersistentVMRole = role_of(deployment, call.param("role_name"))
    if not deployment.virtual_network_name:
        raise bad_request(f"The virtual machine {machine.role_name} is not in a virtual network.")
    if machine.configuration_sets is None:
        machine.configuration_sets = []
    sets = machine.configuration_sets
    for item in sets:
        if isinstance(item, NetworkConfigurationSet):
            return deployment, item
    network = NetworkConfigurationSet()
    sets.append(network)
    return deployment, network


def network_interface(call: Call[Any]) -> tuple[Deployment, NetworkInterface]:
    """The deployment and the network interface of the path (``network_interface_name``)."""
    deployment, network = role(call)
    wanted = call.param("network_interface_name")
    for interface in network.network_interfaces or []:
        if (interface.name or "").lower() == wanted.lower():
            return deployment, interface
    raise not_found(f"The network interface {wanted} does not exist.")


def check_location(
    call: Call[Any], network_name: str | None, location: str | None, what: str
) -> None:
    """400 unless ``what`` (in ``location``) is in the location of virtual network
    ``network_name`` (networks placed in an affinity group are not checked)."""
    site = call.backend.virtual_networks.get(network_name or "")
    if site is None or site.location is None:
        return
    if canonical_location(location) != canonical_location(site.location):
        raise bad_request(
            f"The {what} is in {location}, not in the location of virtual network "
            f"{site.name} ({site.location})."
        )
