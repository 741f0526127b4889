"""The VPN gateway of a virtual network (``/services/networking/{network}/gateway``): create,
get, delete, its connections to local networks, their shared keys and IPsec parameters, its
diagnostics, and the gateway's own operation status document.

State layout: ``state.backend(subscription_id).gateways`` (a ``Collection``, keyed by virtual
network name ignoring case) holds a ``GatewayRecord``: the generated ``Gateway`` as get
answers it, and per local network (lower-cased) the connection's state and pre-shared key.
The local networks a gateway connects to are those its network's configuration names
(``virtual_networks``' gateway sites).

Behaviour, as ASM (x-ms-version 2016-07-01): create answers 201 and needs a subnet named
``GatewaySubnet`` (400), a known type and size (400) and a network without a gateway (409);
the gateway is ``Provisioning`` for three times the usual operation delay, then
``Provisioned`` with its connections ``Connected``. A network without a gateway reads as
``NotProvisioned``; other gateway calls on it are 404, as are local networks the gateway does
not connect to. Connections, shared keys and diagnostics need a provisioned gateway (400).
Keys are 1 to 128 printable ASCII characters (400). Writes hold ``gateway:NETWORK``.
"""

from __future__ import annotations

import base64
import secrets
import string
from collections.abc import Callable
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from azure_asm.models import (
    ClientRootCertificate,
    Gateway,
    GatewayConnectionStatus,
    GatewayEvent,
    GatewayOperation,
    GatewayOperationError,
    GatewayPublicDiagnosticsStatus,
    GatewaySharedKey,
    IPsecParameters,
    StartGatewayPublicDiagnostics,
    VpnDeviceList,
    VpnDeviceOSFamily,
    VpnDevicePlatform,
    VpnDeviceVendor,
)

from ..backend import GatewayRecord
from ..errors import bad_request
from ..operations import LOCK_NOUNS, OperationStatus
from ..routing import Response, accepted_async
from ..xmlbody import request_xml
from .compute_common import now
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

LOCK_NOUNS.setdefault("gateway", "gateway")

WA = "http://schemas.microsoft.com/windowsazure"
TYPES = ("StaticRouting", "DynamicRouting")
SIZES = ("Default", "HighPerformance", "UltraPerformance")
CONNECTION_OPERATIONS = {"connect": "Connected", "disconnect": "NotConnected", "test": None}
PROVISIONING_DELAYS = 3
ARCHITECTURES = ("Amd64", "X86")
DEVICES = {
    "Cisco Systems, Inc.": {"ASA 5500 Series Adaptive Security Appliances": ["ASA Software 8.3"]},
    "Juniper Networks, Inc.": {"SRX Series Services Gateways": ["JunOS 10.2+"]},
    "Microsoft Corporation": {"RRAS": ["Windows Server 2012"]},
}
KEY_CHARACTERS = string.ascii_letters + string.digits


def _lock(call: Call[Any]) -> str:
    return f"gateway:{call.param('virtual_network_name').lower()}"


def _start(
    call: Call[Any], work: Any = None, status: int = 202, delay: float | None = None
) -> Response:
    operation = call.state.operations.start(
        call.operation,
        subscription_id=call.subscription_id,
        lock_keys=[_lock(call)],
        work=work,
        delay=delay,
    )
    return accepted_async(operation, status)


def _record(call: Call[Any], provisioned: bool = False) -> GatewayRecord:
    call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    record = call.backend.gateways.get_or_404(call.param("virtual_network_name"))
    if provisioned and record.gateway.state != "Provisioned":
        raise bad_request(f"The gateway is {record.gateway.state}, not Provisioned.")
    return record


def _local_networks(call: Call[Any]) -> list[str]:
    site = call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    return [local.name or "" for local in site.gateway.sites or []] if site.gateway else []


def _connection(call: Call[Any]) -> tuple[GatewayRecord, str]:
    """The provisioned gateway and the lower-cased local network of the path."""
    record = _record(call, provisioned=True)
    wanted = call.param("local_network_site_name").lower()
    if wanted not in (name.lower() for name in _local_networks(call)):
        local = call.param("local_network_site_name")
        raise not_found(f"The gateway does not connect to local network {local}.")
    return record, wanted


def event(message: str) -> GatewayEvent:
    return GatewayEvent(timestamp=now().replace(microsecond=0), id="0", message=message)


def choice(value: str | None, choices: tuple[str, ...], default: str, what: str) -> str:
    if value is None:
        return default
    for choice in choices:
        if choice.lower() == value.lower():
            return choice
    raise bad_request(f"The {what} '{value}' is not valid: use {', '.join(choices)}.")


@router.handles("create_gateway")
def create_gateway(call: Call[Any]) -> Response:
    site = call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    if site.name in call.backend.gateways:
        raise call.backend.gateways.conflict(site.name or "")
    if not any((s.name or "").lower() == "gatewaysubnet" for s in site.subnets or []):
        raise bad_request(f"The virtual network {site.name} has no subnet named GatewaySubnet.")
    body = call.body
    gateway = Gateway(
        state="Provisioning",
        vip_address=f"104.40.{len(call.backend.gateways) % 250}.{len(site.name or '') + 1}",
        gateway_type=choice(body.gateway_type, TYPES, "StaticRouting", "gateway type"),
        gateway_size=choice(body.gateway_size, SIZES, "Default", "gateway size"),
        default_sites=[],
    )
    record = GatewayRecord(gateway)
    call.backend.gateways[site.name or ""] = record

    def work() -> None:
        gateway.state, gateway.last_event = "Provisioned", event("The gateway was provisioned.")
        record.connectivity = {name.lower(): "Connected" for name in _local_networks(call)}

    delay = call.state.operations.default_delay * PROVISIONING_DELAYS
    return _start(call, work, status=201, delay=delay)


@router.handles("delete_gateway")
def delete_gateway(call: Call[None]) -> Response:
    record = _record(call)
    record.gateway.state = "Deprovisioning"
    gateways, name = call.backend.gateways, call.param("virtual_network_name")

    def work() -> None:
        gateways.pop(name, None)

    return _start(call, work)


@router.handles("get_gateway")
def get_gateway(call: Call[None]) -> Gateway:
    call.backend.virtual_networks.get_or_404(call.param("virtual_network_name"))
    record = call.backend.gateways.get(call.param("virtual_network_name"))
    return record.gateway if record is not None else Gateway(state="NotProvisioned")


@router.handles("list_gateway_connections")
def list_gateway_connections(call: Call[None]) -> list[GatewayConnectionStatus]:
    record = _record(call)
    return [
        GatewayConnectionStatus(
            local_network_site_name=name,
            connectivity_state=record.connectivity.get(name.lower(), "Initial"),
            ingress_bytes_transferred=0,
            egress_bytes_transferred=0,
            allocated_ip_addresses=[],
        )
        for name in _local_networks(call)
    ]


@router.handles("connect_disconnect_or_test_gateway")
def connect_disconnect_or_test_gateway(call: Call[Any]) -> Response:
    record, local = _connection(call)
    operation = (call.body.operation or "").lower()
    if operation not in CONNECTION_OPERATIONS:
        raise bad_request(
            f"The operation '{call.body.operation}' is not Connect, Disconnect or Test."
        )
    state = CONNECTION_OPERATIONS[operation]

    def work() -> None:
        if state is not None:
            record.connectivity[local] = state

    return _start(call, work)


def _key(length: int) -> str:
    return "".join(secrets.choice(KEY_CHARACTERS) for _ in range(length))


@router.handles("get_gateway_shared_key")
def get_gateway_shared_key(call: Call[None]) -> GatewaySharedKey:
    record, local = _connection(call)
    return GatewaySharedKey(value=record.shared_keys.setdefault(local, _key(32)))


@router.handles("set_gateway_shared_key")
def set_gateway_shared_key(call: Call[GatewaySharedKey]) -> Response:
    record, local = _connection(call)
    value = call.body.value or ""
    if not 1 <= len(value) <= 128 or not all(32 < ord(c) < 127 for c in value):
        raise bad_request("The shared key must be 1 to 128 printable ASCII characters.")

    def work() -> None:
        record.shared_keys[local] = value

    return _start(call, work)


@router.handles("reset_gateway_shared_key")
def reset_gateway_shared_key(call: Call[Any]) -> Response:
    record, local = _connection(call)
    length = call.body.key_length
    if length is None or not 1 <= length <= 128:
        raise bad_request(f"The key length {length} is not in 1 to 128.")

    def work() -> None:
        record.shared_keys[local] = _key(length)

    return _start(call, work)


def default_ipsec_parameters() -> IPsecParameters:
    return IPsecParameters(
        encryption_type="AES256",
        pfs_group="None",
        sa_data_size_kilobytes=102400000,
        sa_life_time_seconds=3600,
        hash_algorithm="SHA1",
    )


@router.handles("get_gateway_ipsec_parameters")
def get_gateway_ipsec_parameters(call: Call[None]) -> IPsecParameters:
    record, local = _connection(call)
    return record.ipsec_parameters.get(local) or default_ipsec_parameters()


def set_ipsec(call: Call[IPsecParameters], record: GatewayRecord, key: str) -> Callable[[], None]:
    """The work of setting IPsec parameters ``call.body`` (given members over the current)."""
    body = call.body
    for member in ("sa_data_size_kilobytes", "sa_life_time_seconds"):
        value = getattr(body, member)
        if value is not None and value <= 0:
            raise bad_request(f"The IPsec parameter {member} must be positive.")
    current = record.ipsec_parameters.get(key) or default_ipsec_parameters()

    def work() -> None:
        for member in vars(current):
            if member != "unknown_elements" and getattr(body, member, None) is not None:
                setattr(current, member, getattr(body, member))
        record.ipsec_parameters[key] = current

    return work


@router.handles("set_gateway_ipsec_parameters")
def set_gateway_ipsec_parameters(call: Call[IPsecParameters]) -> Response:
    record, local = _connection(call)
    return _start(call, set_ipsec(call, record, local))


def reset_or_resize(call: Call[Any], gateway: Any, start: Callable[..., Response]) -> Response:
    """Reset or resize (by the body's Operation) ``gateway`` (a Gateway or its details)."""
    call.parse()  # an unreadable body is a 400
    operation = request_xml(call.request).findtext(f"{{{WA}}}Operation")
    if operation == "Resize":
        size = choice(call.body.gateway_size or "", SIZES, "", "gateway size")

        def resize() -> None:
            gateway.gateway_size = size

        return start(call, resize)
    if operation != "Reset":
        raise bad_request(f"The gateway operation '{operation}' is not Reset or Resize.")

    def reset() -> None:
        gateway.last_event = event("The gateway was reset.")

    return start(call, reset)


# Reset and resize share method and path: the body's Operation tells them apart.
@router.handles("resize_gateway", validate=False)
def update_gateway(call: Call[Any]) -> Response:
    return reset_or_resize(call, _record(call, provisioned=True).gateway, _start)


# Start and stop share method and path: the body's Operation tells them apart.
def diagnostics(
    call: Call[Any], record: GatewayRecord, name: str, start: Callable[..., Response]
) -> Response:
    """Start or stop (by the body's Operation) the diagnostics capture of gateway ``name``."""
    call.parse()  # an unreadable body is a 400
    if request_xml(call.request).findtext(f"{{{WA}}}Operation") == "StopDiagnostics":

        def stop() -> None:
            record.diagnostics_state = "Ready"

        return start(call, stop)
    body: StartGatewayPublicDiagnostics = call.body
    if not body.container_name or not body.customer_storage_name:
        raise bad_request("The container and storage account of the capture must be given.")
    if not 1 <= (body.capture_duration_in_seconds or 0) <= 300:
        raise bad_request("The capture duration must be 1 to 300 seconds.")
    record.diagnostics_state = "InProgress"
    url = (
        f"https://{body.customer_storage_name}.blob.core.windows.net/{body.container_name}/"
        f"{name.lower()}-diagnostics.zip"
    )

    def work() -> None:
        record.diagnostics_state, record.diagnostics_url = "Ready", url

    return start(call, work)


# Start and stop share method and path: the body's Operation tells them apart.
@router.handles("start_gateway_diagnostics", validate=False)
def update_gateway_diagnostics(call: Call[Any]) -> Response:
    record = _record(call, provisioned=True)
    return diagnostics(call, record, call.param("virtual_network_name"), _start)


@router.handles("get_gateway_diagnostics")
def get_gateway_diagnostics(call: Call[None]) -> GatewayPublicDiagnosticsStatus:
    record = _record(call)
    return GatewayPublicDiagnosticsStatus(
        state=record.diagnostics_state, public_diagnostics_url=record.diagnostics_url
    )


@router.handles("get_gateway_operation_status")
def get_gateway_operation_status(call: Call[None]) -> GatewayOperation:
    operation = call.state.operations.get(call.subscription_id, call.param("operation_id"))
    if operation is None:
        raise not_found(f"The operation {call.param('operation_id')} does not exist.")
    failed = operation.status is OperationStatus.FAILED
    return GatewayOperation(
        id=operation.request_id,
        status={OperationStatus.SUCCEEDED: "Successful"}.get(
            operation.status, operation.status.value
        ),
        http_status_code=None if not operation.done else ("OK" if not failed else "BadRequest"),
        error=GatewayOperationError(code=operation.error_code, message=operation.error_message)
        if failed
        else None,
    )


@router.handles("set_gateway_default_sites")
def set_gateway_default_sites(call: Call[Any]) -> Response:
    record = _record(call, provisioned=True)
    known = {name.lower(): name for name in _local_networks(call)}
    sites = call.body.default_sites or []
    unknown = [site for site in sites if site.lower() not in known]
    if not sites or unknown:
        raise bad_request(f"The default sites {sites} are not local networks of the gateway.")

    def work() -> None:
        record.gateway.default_sites = [known[site.lower()] for site in sites]

    return _start(call, work)


@router.handles("remove_gateway_default_sites")
def remove_gateway_default_sites(call: Call[None]) -> Response:
    record = _record(call, provisioned=True)

    def work() -> None:
        record.gateway.default_sites = []

    return _start(call, work)


@router.handles("generate_vpn_client_package")
def generate_vpn_client_package(call: Call[Any]) -> Response:
    record = _record(call, provisioned=True)
    if record.gateway.gateway_type != "DynamicRouting":
        raise bad_request("Point-to-site VPN client packages need a DynamicRouting gateway.")
    choice(call.body.processor_architecture or "", ARCHITECTURES, "", "processor architecture")
    return _start(call)


@router.handles("list_supported_vpn_devices")
def list_supported_vpn_devices(call: Call[None]) -> VpnDeviceList:
    vendors = [
        VpnDeviceVendor(
            name=vendor,
            platforms=[
                VpnDevicePlatform(
                    name=platform, os_families=[VpnDeviceOSFamily(name=os) for os in families]
                )
                for platform, families in platforms.items()
            ],
        )
        for vendor, platforms in DEVICES.items()
    ]
    return VpnDeviceList(version="1.0", vendors=vendors)


@router.handles("get_vpn_device_configuration_script")
def get_vpn_device_configuration_script(call: Call[None]) -> Response:
    record = _record(call, provisioned=True)
    query = call.request.query
    vendor, platform, family = query.get("vendor"), query.get("platform"), query.get("OSfamily")
    if family not in DEVICES.get(vendor or "", {}).get(platform or "", []):
        raise not_found(f"No configuration script for {vendor} {platform} {family}.")
    script = (
        f"! {vendor} {platform} ({family}): site-to-site VPN to Azure gateway "
        f"{record.gateway.vip_address}\n"
    )
    return Response(200, {"Content-Type": "text/plain; charset=utf-8"}, script.encode())


def _read_certificate(text: str) -> x509.Certificate:
    try:
        if "-----BEGIN" in text:
            return x509.load_pem_x509_certificate(text.encode())
        return x509.load_der_x509_certificate(base64.b64decode(text, validate=True))
    except ValueError:
        raise bad_request("The body is not an X.509 certificate (PEM or base64 DER).") from None


@router.handles("add_gateway_client_root_certificate")
def add_gateway_client_root_certificate(call: Call[None]) -> Response:
    record = _record(call)
    text = call.request.body.decode("utf-8", errors="replace").strip()
    certificate = _read_certificate(text)
    thumbprint = certificate.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303 - ASM's id
    if thumbprint in record.client_root_certificates:
        raise conflict(f"The client root certificate {thumbprint} already exists.")
    model = ClientRootCertificate(
        expiration_time=certificate.not_valid_after_utc,
        subject=certificate.subject.rfc4514_string(),
        thumbprint=thumbprint,
    )

    def work() -> None:
        record.client_root_certificates[thumbprint] = (model, text)

    return _start(call, work)


def _client_root(call: Call[None]) -> tuple[GatewayRecord, str]:
    record = _record(call)
    thumbprint = call.param("certificate_thumbprint").upper()
    if thumbprint not in record.client_root_certificates:
        raise not_found(f"The client root certificate {thumbprint} does not exist.")
    return record, thumbprint


@router.handles("delete_gateway_client_root_certificate")
def delete_gateway_client_root_certificate(call: Call[None]) -> None:
    record, thumbprint = _client_root(call)
    del record.client_root_certificates[thumbprint]


@router.handles("get_gateway_client_root_certificate")
def get_gateway_client_root_certificate(call: Call[None]) -> Response:
    record, thumbprint = _client_root(call)
    text = record.client_root_certificates[thumbprint][1]
    return Response(200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode())


@router.handles("list_gateway_client_root_certificates")
def list_gateway_client_root_certificates(call: Call[None]) -> list[ClientRootCertificate]:
    return [model for model, _ in _record(call).client_root_certificates.values()]
