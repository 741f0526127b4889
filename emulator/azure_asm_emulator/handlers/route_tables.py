"""Route tables (``/services/networking/routetables``), their routes, their association with
subnets and the effective routes of role instances.

State layout: ``state.backend(subscription_id).route_tables`` (a ``Collection``, names ignoring
case) maps the table name to a generated ``RouteTable`` holding its name, label, location
(catalogue spelling) and routes; ``subnet_route_tables`` maps ``<network>/<subnet>`` to the
name of the table applied to that subnet (a subnet removed from the network configuration
loses it).

Behaviour, as ASM (x-ms-version 2016-07-01): every write is asynchronous and holds the lock
``routetable:NAME``. Create refuses (400) an empty name, a label over 100 characters or an
unknown location, and (409) a name taken; the table is visible at once. Get shows the routes
only with ``detailLevel=Full``; list never. A route needs a CIDR address prefix and a next
hop type (VirtualAppliance, VPNGateway, VNETLocal, Internet, Null); a virtual appliance needs
its IPv4 address and the other types take none (400). A subnet has at most one table (adding
another replaces it), in its network's location (400); removing or asking for the table of a
subnet without one is 404. A table applied to a subnet cannot be deleted (400). The effective
routes of a role instance (or of one of its interfaces) are the system routes of its network
(its address space to VNETLocal, ``0.0.0.0/0`` to Internet) and the routes of its subnet's
table; a user route for the same prefix makes the system route Invalid.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from azure_asm.models import (
    EffectiveRoute,
    EffectiveRouteTable,
    NetworkConfigurationSet,
    Route,
    RouteTable,
    RouteTableAssociation,
)

from ..catalogue_locations import canonical_location
from ..errors import bad_request
from ..operations import LOCK_NOUNS
from ..routing import Response
from . import network_common as net
from .compute_common import deployment_of
from .spec_io import Call, SpecRouter, not_found

router = SpecRouter()

LOCK_NOUNS.setdefault("routetable", "route table")

NEXT_HOP_TYPES = ("VirtualAppliance", "VPNGateway", "VNETLocal", "Internet", "Null")


def _lock(name: str) -> str:
    return f"routetable:{name.lower()}"


def _summary(table: RouteTable, full: bool = False) -> RouteTable:
    return RouteTable(
        name=table.name,
        label=table.label,
        location=table.location,
        route_table_state="Created",
        route_list=list(table.route_list or []) if full else None,
    )


def _check_create(call: Call[RouteTable], body: RouteTable) -> None:
    if not (body.name or "").strip():
        raise bad_request("The name of the route table must be specified.")
    if body.label is not None and len(body.label) > 100:
        raise bad_request("The label of the route table exceeds 100 characters.")
    if canonical_location(body.location) is None:
        raise bad_request(f"The location '{body.location}' is not a valid location.")


@router.handles("create_route_table", status=202, check=_check_create)
def create_route_table(call: Call[RouteTable]) -> Response:
    body = call.body
    name = body.name or ""
    table = RouteTable(name=name, label=body.label, location=canonical_location(body.location))
    call.state.operations.require_unlocked(_lock(name))
    call.backend.route_tables.add_or_409(name, table)
    return net.start(call, _lock(name))


@router.handles("get_route_table")
def get_route_table(call: Call[None]) -> RouteTable:
    table = call.backend.route_tables.get_or_404(call.param("route_table_name"))
    level = call.request.query.get("detailLevel") or ""
    return _summary(table, full=level.lower() == "full")


@router.handles("list_route_tables")
def list_route_tables(call: Call[None]) -> list[RouteTable]:
    return [_summary(table) for table in call.backend.route_tables.values()]


@router.handles("delete_route_table", status=202)
def delete_route_table(call: Call[None]) -> Response:
    backend = call.backend
    name = backend.route_tables.get_or_404(call.param("route_table_name")).name or ""
    used = [
        key
        for key, table in backend.subnet_route_tables.items()
        if table == name and _subnet_exists(call, key)
    ]
    if used:
        raise bad_request(f"The route table {name} is in use by subnet {', '.join(used)}.")

    def work() -> None:
        backend.route_tables.remove_or_404(name)

    return net.start(call, _lock(name), work)


def _check_route(call: Call[Route], route: Route) -> None:
    try:
        ipaddress.IPv4Network(route.address_prefix or "")
    except ValueError:
        raise bad_request(f"The address prefix '{route.address_prefix}' is not valid.") from None
    kind = next(
        (k for k in NEXT_HOP_TYPES if k.lower() == (route.next_hop_type or "").lower()), None
    )
    if kind is None:
        raise bad_request(
            f"The next hop type '{route.next_hop_type}' is not valid: use "
            f"{', '.join(NEXT_HOP_TYPES)}."
        )
    if (kind == "VirtualAppliance") != (route.next_hop_ip_address is not None):
        raise bad_request("A next hop IP address is required for, and only for, VirtualAppliance.")
    if route.next_hop_ip_address is not None:
        try:
            ipaddress.IPv4Address(route.next_hop_ip_address)
        except ValueError:
            raise bad_request(
                f"The next hop IP address '{route.next_hop_ip_address}' is not valid."
            ) from None
    route.next_hop_type = kind


@router.handles("set_route", status=202, check=_check_route)
def set_route(call: Call[Route]) -> Response:
    table = call.backend.route_tables.get_or_404(call.param("route_table_name"))
    route = call.body
    route.name, route.metric, route.state = call.param("name"), 0, "Created"
    wanted = (route.name or "").lower()

    def work() -> None:
        kept = [old for old in table.route_list or [] if (old.name or "").lower() != wanted]
        table.route_list = [*kept, route]

    return net.start(call, _lock(table.name or ""), work)


@router.handles("delete_route", status=202)
def delete_route(call: Call[None]) -> Response:
    table = call.backend.route_tables.get_or_404(call.param("route_table_name"))
    wanted = call.param("name").lower()
    if not any((route.name or "").lower() == wanted for route in table.route_list or []):
        raise not_found(f"The route {call.param('name')} does not exist in {table.name}.")

    def work() -> None:
        table.route_list = [r for r in table.route_list or [] if (r.name or "").lower() != wanted]

    return net.start(call, _lock(table.name or ""), work)


def _subnet_exists(call: Call[Any], key: str) -> bool:
    network, _, subnet = key.partition("/")
    site = call.backend.virtual_networks.get(network)
    return site is not None and any(
        (found.name or "").lower() == subnet.lower() for found in site.subnets or []
    )


def _subnet_key(call: Call[Any]) -> str:
    site, subnet = net.subnet(call)
    return f"{site.name}/{subnet.name}"


@router.handles("add_route_table_to_subnet", status=202)
def add_route_table_to_subnet(call: Call[RouteTableAssociation]) -> Response:
    key = _subnet_key(call)
    table = call.backend.route_tables.get_or_404(call.body.route_table_name or "")
    net.check_location(call, key.partition("/")[0], table.location, f"route table {table.name}")
    name = table.name or ""

    def work() -> None:
        call.backend.subnet_route_tables[key] = name

    return net.start(call, _lock(name), work)


@router.handles("remove_route_table_from_subnet", status=202)
def remove_route_table_from_subnet(call: Call[None]) -> Response:
    key = _subnet_key(call)
    tables = call.backend.subnet_route_tables
    name = tables.get_or_404(key)

    def work() -> None:
        tables.pop(key, None)

    return net.start(call, _lock(name), work)


@router.handles("get_route_table_for_subnet")
def get_route_table_for_subnet(call: Call[None]) -> RouteTableAssociation:
    return RouteTableAssociation(
        route_table_name=call.backend.subnet_route_tables.get_or_404(_subnet_key(call))
    )


def _effective(call: Call[None], subnet_name: str | None) -> EffectiveRouteTable:
    deployment = deployment_of(call)
    site = call.backend.virtual_networks.get(deployment.virtual_network_name or "")
    if site is None:
        raise bad_request("The deployment is not in a virtual network.")
    name = call.backend.subnet_route_tables.get(f"{site.name}/{subnet_name}")
    table = call.backend.route_tables.get(name or "")
    user = [
        EffectiveRoute(
            name=route.name,
            source="User",
            status="Active",
            address_prefixes=[route.address_prefix or ""],
            next_hop_type=route.next_hop_type,
            next_hop_ip_addresses=[route.next_hop_ip_address] if route.next_hop_ip_address else [],
        )
        for route in (table.route_list or [] if table else [])
    ]
    overridden = {prefix for route in user for prefix in route.address_prefixes or []}
    system = [
        EffectiveRoute(
            source="Default",
            status="Invalid" if prefix in overridden else "Active",
            address_prefixes=[prefix],
            next_hop_type=hop,
            next_hop_ip_addresses=[],
        )
        for prefix, hop in [
            *((p, "VNETLocal") for p in site.address_space or []),
            ("0.0.0.0/0", "Internet"),
        ]
    ]
    return EffectiveRouteTable(effective_routes=system + user)


def _instance_network(call: Call[None]) -> NetworkConfigurationSet:
    deployment = deployment_of(call)
    wanted = call.param("role_instance_name").lower()
    instance = next(
        (
            i
            for i in deployment.role_instance_list or []
            if (i.instance_name or "").lower() == wanted
        ),
        None,
    )
    if instance is None:
        raise not_found(f"The role instance {call.param('role_instance_name')} does not exist.")
    for machine in deployment.role_list or []:
        if (machine.role_name or "").lower() == (instance.role_name or "").lower():
            for item in machine.configuration_sets or []:
                if isinstance(item, NetworkConfigurationSet):
                    return item
    return NetworkConfigurationSet()


@router.handles("get_effective_route_table_for_role_instance")
def get_effective_route_table_for_role_instance(call: Call[None]) -> EffectiveRouteTable:
    subnets = _instance_network(call).subnet_names or []
    return _effective(call, subnets[0] if subnets else None)


@router.handles("get_effective_route_table_for_network_interface")
def get_effective_route_table_for_network_interface(call: Call[None]) -> EffectiveRouteTable:
    wanted = call.param("network_interface_name").lower()
    for interface in _instance_network(call).network_interfaces or []:
        if (interface.name or "").lower() == wanted:
            configurations = interface.ip_configurations or []
            return _effective(call, configurations[0].subnet_name if configurations else None)
    raise not_found(f"The network interface {call.param('network_interface_name')} does not exist.")
