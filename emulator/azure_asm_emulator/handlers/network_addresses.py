"""IP forwarding of virtual machines and network interfaces, the availability of static
addresses in a virtual network, and additional virtual IPs of a deployment.

State layout: nothing of its own. IP forwarding is the ``ip_forwarding`` of the machine's
network set or network interface (so get_role shows it); a virtual IP is an item of the
deployment's ``virtual_ips``; the addresses taken in a network are the static addresses of the
machines of the deployments in it.

Behaviour, as ASM (x-ms-version 2016-07-01): IP forwarding needs a machine in a virtual
network (400) and a state of Enabled or Disabled (400); it is Disabled until set. A static
address check answers 404 for an unknown network and 400 for an address that is not IPv4 or
not in any of the network's subnets; an address is taken when it is one of the first four or
the last of its subnet (ASM keeps them) or a machine's static address, and then up to five
free addresses of the subnet are suggested. A deployment has up to five virtual IPs; adding a
name it has is 409; removing its default virtual IP or one holding a reserved IP is 400, an
unknown one 404. Writes hold the deployment's lock.
"""

from __future__ import annotations

import ipaddress
import zlib
from typing import Any

from azure_asm.models import (
    AddressAvailability,
    IPForwarding,
    NetworkConfigurationSet,
    VirtualIP,
)

from ..errors import bad_request
from ..routing import Response
from . import network_common as net
from .compute_common import deployment_lock, deployment_of, deployments
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

MAX_VIRTUAL_IPS = 5


def _lock(call: Call[Any]) -> str:
    return deployment_lock(call.param("service_name"), call.param("deployment_name"))


def _check_state(call: Call[IPForwarding], body: IPForwarding) -> None:
    if (body.state or "").lower() not in ("enabled", "disabled"):
        raise bad_request(
            f"The IP forwarding state '{body.state}' is not valid: use Enabled or Disabled."
        )
    body.state = (body.state or "").capitalize()


def _set(call: Call[IPForwarding], holder: Any) -> Response:
    state = call.body.state

    def work() -> None:
        holder.ip_forwarding = state

    return net.start(call, _lock(call), work)


@router.handles("set_ip_forwarding_on_role", status=202, check=_check_state)
def set_ip_forwarding_on_role(call: Call[IPForwarding]) -> Response:
    return _set(call, net.role(call)[1])


@router.handles("get_ip_forwarding_for_role")
def get_ip_forwarding_for_role(call: Call[None]) -> IPForwarding:
    return IPForwarding(state=net.role(call)[1].ip_forwarding or "Disabled")


@router.handles("set_ip_forwarding_on_network_interface", status=202, check=_check_state)
def set_ip_forwarding_on_network_interface(call: Call[IPForwarding]) -> Response:
    return _set(call, net.network_interface(call)[1])


@router.handles("get_ip_forwarding_for_network_interface")
def get_ip_forwarding_for_network_interface(call: Call[None]) -> IPForwarding:
    return IPForwarding(state=net.network_interface(call)[1].ip_forwarding or "Disabled")


def _taken(call: Call[None], network_name: str) -> set[ipaddress.IPv4Address]:
    """The static addresses of the machines in virtual network ``network_name``."""
    taken: set[ipaddress.IPv4Address] = set()
    for deployment in deployments(call.state, call.subscription_id).values():
        if (deployment.virtual_network_name or "").lower() != network_name.lower():
            continue
        for machine in deployment.role_list or []:
            for item in machine.configuration_sets or []:
                if not isinstance(item, NetworkConfigurationSet):
                    continue
                addresses = [item.static_virtual_network_ip_address] + [
                    ip.static_virtual_network_ip_address
                    for interface in item.network_interfaces or []
                    for ip in interface.ip_configurations or []
                ]
                taken.update(ipaddress.IPv4Address(a) for a in addresses if a)
    return taken


@router.handles("check_static_ip_address_availability")
def check_static_ip_address_availability(call: Call[None]) -> AddressAvailability:
    site = call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    text = call.request.query.get("address", "")
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        raise bad_request(f"The address '{text}' is not a valid IPv4 address.") from None
    subnets = [ipaddress.IPv4Network(s.address_prefix or "") for s in site.subnets or []]
    subnet = next((s for s in subnets if address in s), None)
    if subnet is None:
        raise bad_request(f"The address {address} is not in a subnet of {site.name}.")
    hosts = list(subnet)
    free = [a for a in hosts[4:-1] if a not in _taken(call, site.name or "")]
    if address in free:
        return AddressAvailability(is_available=True, available_addresses=[])
    return AddressAvailability(is_available=False, available_addresses=[str(a) for a in free[:5]])


@router.handles("add_virtual_ip", status=202)
def add_virtual_ip(call: Call[None]) -> Response:
    service, name = call.param("service_name"), call.param("virtual_ip_name")
    deployment = deployment_of(call)
    vips = deployment.virtual_ips or []
    if any((vip.name or "").lower() == name.lower() for vip in vips):
        raise conflict(f"The deployment already has a virtual IP named {name}.")
    if len(vips) >= MAX_VIRTUAL_IPS:
        raise bad_request(f"A deployment has at most {MAX_VIRTUAL_IPS} virtual IPs.")
    # A further public address, after the emulator's addresses of cloud services.
    address = str(
        ipaddress.IPv4Address("23.101.0.0")
        + len(vips) * 256
        + zlib.crc32(service.lower().encode()) % 256
    )

    def work() -> None:
        deployment.virtual_ips = [
            *(deployment.virtual_ips or []),
            VirtualIP(address=address, is_dns_programmed=False, name=name, is_reserved=False),
        ]

    return net.start(call, _lock(call), work)


@router.handles("remove_virtual_ip", status=202)
def remove_virtual_ip(call: Call[None]) -> Response:
    name = call.param("virtual_ip_name")
    deployment = deployment_of(call)
    vips = deployment.virtual_ips or []
    vip = next((vip for vip in vips if (vip.name or "").lower() == name.lower()), None)
    if vip is None:
        raise not_found(f"The deployment has no virtual IP named {name}.")
    if vip is vips[0]:
        raise bad_request(
            f"The virtual IP {name} is the deployment's default one and cannot be removed."
        )
    if vip.is_reserved:
        raise bad_request(f"The virtual IP {name} holds reserved IP {vip.reserved_ip_name}.")

    def work() -> None:
        deployment.virtual_ips = [kept for kept in deployment.virtual_ips or [] if kept is not vip]

    return net.start(call, _lock(call), work)
