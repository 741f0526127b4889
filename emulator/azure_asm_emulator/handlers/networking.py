"""The network configuration (``/services/networking/media``) and the virtual network sites
derived from it (``/services/networking/virtualnetwork``).

State layout:

* ``state.backend(subscription_id).network_configuration``: the last document set, as the
  generated ``NetworkConfiguration`` (None until one is set);
* ``state.backend(subscription_id).virtual_networks``: virtual network name (ignoring case) ->
  ``VirtualNetworkSite`` as list_virtual_network_sites answers it, rebuilt from the document
  each time one is applied (a network keeps its id while its name stays). The deployment
  handlers check ``virtual_network_name`` against these names.

Behaviour, as ASM: get answers 404 ``ResourceNotFound`` while no configuration was ever set.
Set is asynchronous (lock ``networkconfiguration:<subscription>``) and replaces the whole
configuration when the operation succeeds. It is refused with 400 ``BadRequest`` when the
document is inconsistent: duplicate names, addresses or prefixes that are not IPv4 /
CIDR, a subnet outside its network's address space, a network with neither or both of location
and affinity group, an unknown location or affinity group, a reference to an undefined DNS
server or local network, more networks than the subscription may have, or when it would remove
a virtual network a deployment uses.
"""

from __future__ import annotations

import ipaddress
import uuid

from azure_asm.models import (
    DnsServer,
    GatewayConnection,
    GatewayLocalNetworkSite,
    LocalNetworkSite,
    NetworkConfiguration,
    Subnet,
    VirtualNetworkGateway,
    VirtualNetworkSite,
    VirtualNetworkSiteConfiguration,
)

from ..catalogue_locations import canonical_location
from ..errors import bad_request
from ..operations import LOCK_NOUNS
from ..routing import Response
from ..state import State
from .spec_io import Call, SpecRouter, not_found

router = SpecRouter()

LOCK_NOUNS.setdefault("networkconfiguration", "network configuration")

MAX_VIRTUAL_NETWORK_SITES = 50
MAX_DNS_SERVERS = 20
MAX_LOCAL_NETWORK_SITES = 20


def _lock(subscription_id: str) -> str:
    return f"networkconfiguration:{subscription_id.lower()}"


def _network(text: str | None, what: str) -> ipaddress.IPv4Network:
    try:
        return ipaddress.IPv4Network(text or "", strict=True)
    except ValueError:
        raise bad_request(
            f"The address prefix '{text}' of {what} is not a valid CIDR range."
        ) from None


def _unique(names: list[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if not name:
            raise bad_request(f"Every {what} must have a name.")
        if name.lower() in seen:
            raise bad_request(f"The {what} name {name} is used more than once.")
        seen.add(name.lower())


def _check_site(
    state: State,
    subscription_id: str,
    site: VirtualNetworkSiteConfiguration,
    dns_names: set[str],
    local_names: set[str],
) -> None:
    name = site.name or ""
    what = f"virtual network {name}"
    if (site.location is None) == (site.affinity_group is None):
        raise bad_request(f"The {what} must have either a Location or an AffinityGroup.")
    if site.location is not None and canonical_location(site.location) is None:
        raise bad_request(f"The location '{site.location}' of the {what} is not a valid location.")
    groups = state.backend(subscription_id).affinity_groups
    if site.affinity_group is not None and site.affinity_group not in groups:
        raise bad_request(f"The affinity group '{site.affinity_group}' does not exist.")
    if not site.address_space:
        raise bad_request(f"The {what} must have an address space.")
    spaces = [_network(prefix, f"the {what}") for prefix in site.address_space]
    _unique([subnet.name or "" for subnet in site.subnets or []], f"subnet of the {what}")
    for subnet in site.subnets or []:
        subnet_range = _network(subnet.address_prefix, f"subnet {subnet.name}")
        if not any(subnet_range.subnet_of(space) for space in spaces):
            raise bad_request(
                f"The subnet {subnet.name} ({subnet.address_prefix}) is not inside the address "
                f"space of the {what}."
            )
    for reference in site.dns_servers_ref or []:
        if (reference.name or "").lower() not in dns_names:
            raise bad_request(f"The {what} refers to an undefined DNS server {reference.name}.")
    gateway = site.gateway
    if gateway is not None:
        for prefix in gateway.vpn_client_address_pool or []:
            _network(prefix, f"the VPN client address pool of the {what}")
        for connection in gateway.connections_to_local_network or []:
            if (connection.name or "").lower() not in local_names:
                raise bad_request(
                    f"The gateway of the {what} refers to an undefined local network "
                    f"{connection.name}."
                )


def _networks_in_use(state: State, subscription_id: str) -> dict[str, str]:
    """Lower-cased virtual network name -> a deployment using it."""
    used: dict[str, str] = {}
    for key, deployment in state.backend(subscription_id).deployments.items():
        if deployment.virtual_network_name:
            used.setdefault(deployment.virtual_network_name.lower(), key)
    return used


def validate(state: State, subscription_id: str, document: NetworkConfiguration) -> None:
    """Refuse (400) a document ASM would not apply."""
    dns_servers = document.dns_servers or []
    local_sites: list[LocalNetworkSite] = document.local_network_sites or []
    sites = document.virtual_network_sites or []
    _unique([server.name or "" for server in dns_servers], "DNS server")
    _unique([site.name or "" for site in local_sites], "local network")
    _unique([site.name or "" for site in sites], "virtual network")
    if len(dns_servers) > MAX_DNS_SERVERS:
        raise bad_request(f"The configuration lists more than {MAX_DNS_SERVERS} DNS servers.")
    if len(local_sites) > MAX_LOCAL_NETWORK_SITES:
        raise bad_request(
            f"The configuration has more than {MAX_LOCAL_NETWORK_SITES} local networks."
        )
    if len(sites) > MAX_VIRTUAL_NETWORK_SITES:
        raise bad_request(
            f"The configuration has more than {MAX_VIRTUAL_NETWORK_SITES} virtual networks."
        )
    for server in dns_servers:
        try:
            ipaddress.IPv4Address(server.ip_address or "")
        except ValueError:
            raise bad_request(
                f"The address '{server.ip_address}' of DNS server {server.name} is not a valid "
                "IPv4 address."
            ) from None
    for local in local_sites:
        for prefix in local.address_space or []:
            _network(prefix, f"local network {local.name}")
        if local.vpn_gateway_address is not None:
            try:
                ipaddress.IPv4Address(local.vpn_gateway_address)
            except ValueError:
                raise bad_request(
                    f"The VPN gateway address '{local.vpn_gateway_address}' of local network "
                    f"{local.name} is not a valid IPv4 address."
                ) from None
    dns_names = {(server.name or "").lower() for server in dns_servers}
    local_names = {(site.name or "").lower() for site in local_sites}
    for site in sites:
        _check_site(state, subscription_id, site, dns_names, local_names)
    kept = {(site.name or "").lower() for site in sites}
    for network, user in _networks_in_use(state, subscription_id).items():
        if network not in kept:
            service, _, deployment = user.partition("/")
            raise bad_request(
                f"The virtual network {network} cannot be removed: deployment {deployment} of "
                f"cloud service {service} uses it."
            )


def _site_view(
    document: NetworkConfiguration,
    site: VirtualNetworkSiteConfiguration,
    site_id: str,
) -> VirtualNetworkSite:
    servers = {(server.name or "").lower(): server for server in document.dns_servers or []}
    locals_by_name = {
        (local.name or "").lower(): local for local in document.local_network_sites or []
    }
    gateway = None
    if site.gateway is not None:
        gateway_sites = []
        for reference in site.gateway.connections_to_local_network or []:
            local = locals_by_name[(reference.name or "").lower()]
            connection = reference.connection
            gateway_sites.append(
                GatewayLocalNetworkSite(
                    name=local.name,
                    address_space=list(local.address_space or []),
                    vpn_gateway_address=local.vpn_gateway_address,
                    connections=[
                        GatewayConnection(type=connection.type if connection else "IPsec")
                    ],
                )
            )
        gateway = VirtualNetworkGateway(
            profile=site.gateway.profile or "Small",
            sites=gateway_sites,
            vpn_client_address_pool=list(site.gateway.vpn_client_address_pool or []) or None,
        )
    return VirtualNetworkSite(
        name=site.name,
        label=site.name,
        id=site_id,
        affinity_group=site.affinity_group,
        location=canonical_location(site.location) if site.location else None,
        state="Created",
        address_space=list(site.address_space or []),
        subnets=[Subnet(name=s.name, address_prefix=s.address_prefix) for s in site.subnets or []],
        dns_servers=[
            DnsServer(name=servers[key].name, address=servers[key].ip_address)
            for key in ((ref.name or "").lower() for ref in site.dns_servers_ref or [])
        ],
        gateway=gateway,
        in_use=False,
    )


def apply(state: State, subscription_id: str, document: NetworkConfiguration) -> None:
    """Make ``document`` the configuration and rebuild the virtual network sites from it."""
    backend = state.backend(subscription_id)
    sites = backend.virtual_networks
    old_ids = {key.lower(): site.id for key, site in sites.items()}
    rebuilt: dict[str, VirtualNetworkSite] = {}
    for site in document.virtual_network_sites or []:
        name = site.name or ""
        site_id = old_ids.get(name.lower()) or str(uuid.uuid4())
        rebuilt[name] = _site_view(document, site, site_id)
        # A subnet that stays keeps its network security group (associated separately).
        old = sites.get(name)
        groups = (
            {(s.name or "").lower(): s.network_security_group for s in old.subnets or []}
            if old
            else {}
        )
        for subnet in rebuilt[name].subnets or []:
            subnet.network_security_group = groups.get((subnet.name or "").lower())
    sites.clear()
    sites.update(rebuilt)
    backend.network_configuration = document


@router.handles("get_network_configuration")
def get_network_configuration(call: Call[None]) -> NetworkConfiguration:
    document = call.backend.network_configuration
    if document is None:
        raise not_found("The network configuration does not exist.")
    return document


def _check_document(call: Call[NetworkConfiguration], document: NetworkConfiguration) -> None:
    validate(call.state, call.subscription_id, document)


@router.handles("set_network_configuration", check=_check_document)
def set_network_configuration(call: Call[NetworkConfiguration]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    call.parse()
    state.operations.require_unlocked(_lock(subscription_id))
    document = call.body

    def work() -> None:
        validate(state, subscription_id, document)  # deployments may have changed meanwhile
        apply(state, subscription_id, document)

    return call.accepted(lock_keys=[_lock(subscription_id)], work=work)


@router.handles("list_virtual_network_sites")
def list_virtual_network_sites(call: Call[None]) -> list[VirtualNetworkSite]:
    used = _networks_in_use(call.state, call.subscription_id)
    sites = call.backend.virtual_networks
    found = []
    for name in sorted(sites, key=str.lower):
        site = sites[name]
        site.in_use = name.lower() in used
        found.append(site)
    return found
