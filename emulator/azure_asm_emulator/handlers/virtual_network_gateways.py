"""Gateways addressed by id: local network gateways, virtual network gateways and the gateway
connections between them (``/services/networking/localnetworkgateways``,
``virtualnetworkgateways``, ``gatewayconnections``).

State layout: ``local_network_gateways`` and ``virtual_network_gateways`` of
``state.backend(subscription_id)`` map the id ASM gave (a GUID) to the generated
``LocalNetworkGateway`` / ``VirtualNetworkGatewayDetails``; ``gateway_connections`` maps
``<gateway id>/<connected entity id>`` to the ``GatewayConnectionDetails``.

Behaviour, as ASM (x-ms-version 2016-07-01): a local network gateway is created at once (200,
its id as text) and needs a name not taken, an IPv4 device address and CIDR ranges (400). A
virtual network gateway needs a virtual network (404) with a ``GatewaySubnet`` and no gateway
yet (400, 409); it answers 201 and is ``Provisioning`` for three operation delays. A
connection needs both gateways (404) and is refused when it exists (409). A gateway a
connection uses cannot be deleted (400).
"""

from __future__ import annotations

import ipaddress
import secrets
import uuid
from typing import Any

from azure_asm.models import (
    CreateGatewayConnectionParameters,
    CreateLocalNetworkGatewayParameters,
    Gateway,
    GatewayConnectionDetails,
    GatewayPublicDiagnosticsStatus,
    GatewaySharedKey,
    IPsecParameters,
    LocalNetworkGateway,
    VirtualNetworkGatewayDetails,
)

from ..backend import GatewayRecord
from ..errors import bad_request
from ..routing import Response, accepted_async
from .gateways import (
    KEY_CHARACTERS,
    PROVISIONING_DELAYS,
    SIZES,
    TYPES,
    choice,
    default_ipsec_parameters,
    diagnostics,
    event,
    reset_or_resize,
    set_ipsec,
)
from .spec_io import Call, SpecRouter

router = SpecRouter()


def _start(
    call: Call[Any], lock: str, work: Any, status: int = 202, delay: float | None = None
) -> Response:
    operation = call.state.operations.start(
        call.operation,
        subscription_id=call.subscription_id,
        lock_keys=[f"gateway:{lock}"],
        work=work,
        delay=delay,
    )
    return accepted_async(operation, status)


def _refuse_in_use(call: Call[Any], gateway_id: str) -> None:
    for key in call.backend.gateway_connections:
        if gateway_id.lower() in key.lower().split("/"):
            raise bad_request(f"The gateway {gateway_id} is used by gateway connection {key}.")


@router.handles("create_local_network_gateway")
def create_local_network_gateway(call: Call[CreateLocalNetworkGatewayParameters]) -> Response:
    body = call.body
    name = body.gateway_name or ""
    if not name.strip():
        raise bad_request("The name of the local network gateway must be specified.")
    if any(g.gateway_name == name for g in call.backend.local_network_gateways.values()):
        raise call.backend.local_network_gateways.conflict(name)
    try:
        ipaddress.IPv4Address(body.ip_address or "")
        for prefix in body.address_space or []:
            ipaddress.IPv4Network(prefix)
    except ValueError as error:
        raise bad_request(f"The local network gateway is not valid: {error}.") from None
    gateway_id = str(uuid.uuid4())
    call.backend.local_network_gateways[gateway_id] = LocalNetworkGateway(
        id=gateway_id,
        gateway_name=name,
        ip_address=body.ip_address,
        address_space=list(body.address_space or []),
        bgp_settings=body.bgp_settings,
    )
    return Response(200, {"Content-Type": "text/plain; charset=utf-8"}, gateway_id.encode())


@router.handles("get_local_network_gateway")
def get_local_network_gateway(call: Call[None]) -> LocalNetworkGateway:
    return call.backend.local_network_gateways.get_or_404(call.param("gateway_id"))


@router.handles("list_local_network_gateways")
def list_local_network_gateways(call: Call[None]) -> list[LocalNetworkGateway]:
    return list(call.backend.local_network_gateways.values())


@router.handles("delete_local_network_gateway")
def delete_local_network_gateway(call: Call[None]) -> None:
    gateways = call.backend.local_network_gateways
    gateway_id = gateways.get_or_404(call.param("gateway_id")).id or ""
    _refuse_in_use(call, gateway_id)
    gateways.remove_or_404(gateway_id)


@router.handles("create_virtual_network_gateway")
def create_virtual_network_gateway(call: Call[Any]) -> Response:
    site = call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    gateway_subnet = next(
        (s for s in site.subnets or [] if (s.name or "").lower() == "gatewaysubnet"), None
    )
    if gateway_subnet is None:
        raise bad_request(f"The virtual network {site.name} has no subnet named GatewaySubnet.")
    taken = [g for g in call.backend.virtual_network_gateways.values() if g.vnet_id == site.id]
    if taken or site.name in call.backend.gateways:
        raise call.backend.virtual_network_gateways.conflict(f"in {site.name}")
    body = call.body
    gateway = VirtualNetworkGatewayDetails(
        gateway_id=str(uuid.uuid4()),
        gateway_name=body.gateway_name,
        gateway_type=choice(body.gateway_type, TYPES, "StaticRouting", "gateway type"),
        gateway_size=choice(body.gateway_size, SIZES, "Default", "gateway size"),
        state="Provisioning",
        vip_address=f"104.41.{len(call.backend.virtual_network_gateways) % 250}.1",
        location=site.location,
        vnet_id=site.id,
        subnet_id=f"{site.id}/GatewaySubnet",
        default_sites=[],
        enable_bgp=body.bgp_settings is not None,
        bgp_settings=body.bgp_settings,
    )
    call.backend.virtual_network_gateways[gateway.gateway_id or ""] = gateway

    def work() -> None:
        gateway.state, gateway.last_event = "Provisioned", event("The gateway was provisioned.")

    delay = call.state.operations.default_delay * PROVISIONING_DELAYS
    return _start(call, gateway.gateway_id or "", work, status=201, delay=delay)


@router.handles("get_virtual_network_gateway")
def get_virtual_network_gateway(call: Call[None]) -> VirtualNetworkGatewayDetails:
    return call.backend.virtual_network_gateways.get_or_404(call.param("gateway_id"))


@router.handles("list_virtual_network_gateways")
def list_virtual_network_gateways(call: Call[None]) -> list[VirtualNetworkGatewayDetails]:
    return list(call.backend.virtual_network_gateways.values())


@router.handles("delete_virtual_network_gateway")
def delete_virtual_network_gateway(call: Call[None]) -> Response:
    gateways = call.backend.virtual_network_gateways
    gateway = gateways.get_or_404(call.param("gateway_id"))
    gateway_id = gateway.gateway_id or ""
    _refuse_in_use(call, gateway_id)
    gateway.state = "Deprovisioning"

    def work() -> None:
        gateways.pop(gateway_id, None)

    return _start(call, gateway_id, work)


@router.handles("create_virtual_network_gateway_connection")
def create_virtual_network_gateway_connection(
    call: Call[CreateGatewayConnectionParameters],
) -> Response:
    body = call.body
    gateway = call.backend.virtual_network_gateways.get_or_404(
        body.virtual_network_gateway_id or ""
    )
    entity = call.backend.local_network_gateways.get_or_404(body.connected_entity_id or "")
    key = f"{gateway.gateway_id}/{entity.id}"
    connection = GatewayConnectionDetails(
        gateway_connection_name=body.gateway_connection_name,
        virtual_network_gateway_id=gateway.gateway_id,
        connected_entity_id=entity.id,
        gateway_connection_type=body.gateway_connection_type or "IPsec",
        routing_weight=body.routing_weight or 0,
        shared_key=body.shared_key,
        enable_bgp=bool(body.enable_bgp),
    )
    call.backend.gateway_connections.add_or_409(key, connection)
    return _start(call, gateway.gateway_id or "", None)


def _connection_key(call: Call[None]) -> str:
    return f"{call.param('gateway_id')}/{call.param('connected_entity_id')}"


@router.handles("get_virtual_network_gateway_connection")
def get_virtual_network_gateway_connection(call: Call[None]) -> GatewayConnectionDetails:
    return call.backend.gateway_connections.get_or_404(_connection_key(call))


@router.handles("list_virtual_network_gateway_connections")
def list_virtual_network_gateway_connections(call: Call[None]) -> list[GatewayConnectionDetails]:
    return list(call.backend.gateway_connections.values())


@router.handles("delete_virtual_network_gateway_connection")
def delete_virtual_network_gateway_connection(call: Call[None]) -> Response:
    connections = call.backend.gateway_connections
    key = _connection_key(call)
    connections.get_or_404(key)

    def work() -> None:
        connections.pop(key, None)

    return _start(call, call.param("gateway_id"), work)


def _connection(call: Call[Any]) -> GatewayConnectionDetails:
    key = f"{call.param('gateway_id')}/{call.param('connected_entity_id')}"
    return call.backend.gateway_connections.get_or_404(key)


@router.handles("get_virtual_network_gateway_shared_key")
def get_virtual_network_gateway_shared_key(call: Call[None]) -> GatewaySharedKey:
    connection = _connection(call)
    if connection.shared_key is None:
        connection.shared_key = "".join(secrets.choice(KEY_CHARACTERS) for _ in range(32))
    return GatewaySharedKey(value=connection.shared_key)


@router.handles("set_virtual_network_gateway_shared_key")
def set_virtual_network_gateway_shared_key(call: Call[GatewaySharedKey]) -> Response:
    connection = _connection(call)
    value = call.body.value or ""
    if not 1 <= len(value) <= 128 or not all(32 < ord(c) < 127 for c in value):
        raise bad_request("The shared key must be 1 to 128 printable ASCII characters.")

    def work() -> None:
        connection.shared_key = value

    return _start(call, call.param("gateway_id"), work)


def _ipsec_record(call: Call[Any]) -> GatewayRecord:
    records = call.backend.virtual_network_gateway_diagnostics
    return records.setdefault(call.param("gateway_id"), GatewayRecord(gateway=Gateway()))


@router.handles("get_virtual_network_gateway_ipsec_parameters")
def get_virtual_network_gateway_ipsec_parameters(call: Call[None]) -> IPsecParameters:
    _connection(call)
    stored = _ipsec_record(call).ipsec_parameters.get(call.param("connected_entity_id"))
    return stored or default_ipsec_parameters()


@router.handles("set_virtual_network_gateway_ipsec_parameters")
def set_virtual_network_gateway_ipsec_parameters(call: Call[IPsecParameters]) -> Response:
    _connection(call)
    work = set_ipsec(call, _ipsec_record(call), call.param("connected_entity_id"))
    return _start(call, call.param("gateway_id"), work)


@router.handles("reset_virtual_network_gateway_shared_key")
def reset_virtual_network_gateway_shared_key(call: Call[Any]) -> Response:
    connection = _connection(call)
    length = call.body.key_length
    if length is None or not 1 <= length <= 128:
        raise bad_request(f"The key length {length} is not in 1 to 128.")

    def work() -> None:
        connection.shared_key = "".join(secrets.choice(KEY_CHARACTERS) for _ in range(length))

    return _start(call, call.param("gateway_id"), work)


@router.handles("update_virtual_network_gateway_connection")
def update_virtual_network_gateway_connection(call: Call[Any]) -> Response:
    connection = _connection(call)
    body = call.body

    def work() -> None:
        for member in ("routing_weight", "shared_key", "enable_bgp"):
            if getattr(body, member) is not None:
                setattr(connection, member, getattr(body, member))

    return _start(call, call.param("gateway_id"), work)


@router.handles("update_local_network_gateway")
def update_local_network_gateway(call: Call[Any]) -> None:
    gateway = call.backend.local_network_gateways.get_or_404(call.param("gateway_id"))
    body = call.body
    try:
        for prefix in body.address_space or []:
            ipaddress.IPv4Network(prefix)
    except ValueError as error:
        raise bad_request(f"The address space is not valid: {error}.") from None
    if body.address_space is not None:
        gateway.address_space = list(body.address_space)
    if body.bgp_settings is not None:
        gateway.bgp_settings = body.bgp_settings


# Reset and resize share method and path: the body's Operation tells them apart.
@router.handles("resize_virtual_network_gateway", validate=False)
def update_virtual_network_gateway(call: Call[Any]) -> Response:
    gateway = call.backend.virtual_network_gateways.get_or_404(call.param("gateway_id"))
    if gateway.state != "Provisioned":
        raise bad_request(f"The gateway is {gateway.state}, not Provisioned.")
    gateway_id = gateway.gateway_id or ""
    return reset_or_resize(call, gateway, lambda call, work: _start(call, gateway_id, work))


def _diagnostics(call: Call[Any]) -> GatewayRecord:
    gateway = call.backend.virtual_network_gateways.get_or_404(call.param("gateway_id"))
    if gateway.state != "Provisioned":
        raise bad_request(f"The gateway is {gateway.state}, not Provisioned.")
    records = call.backend.virtual_network_gateway_diagnostics
    return records.setdefault(gateway.gateway_id or "", GatewayRecord(gateway=Gateway()))


# Start and stop share method and path: the body's Operation tells them apart.
@router.handles("start_virtual_network_gateway_diagnostics", validate=False)
def update_virtual_network_gateway_diagnostics(call: Call[Any]) -> Response:
    gateway_id = call.param("gateway_id")
    record = _diagnostics(call)
    return diagnostics(call, record, gateway_id, lambda call, work: _start(call, gateway_id, work))


@router.handles("get_virtual_network_gateway_diagnostics")
def get_virtual_network_gateway_diagnostics(call: Call[None]) -> GatewayPublicDiagnosticsStatus:
    record = _diagnostics(call)
    return GatewayPublicDiagnosticsStatus(
        state=record.diagnostics_state, public_diagnostics_url=record.diagnostics_url
    )
