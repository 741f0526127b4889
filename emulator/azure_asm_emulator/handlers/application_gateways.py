"""Application gateways (``/services/networking/ApplicationGateways``) and their SSL
certificates.

State layout: ``state.backend(subscription_id).application_gateways`` (a ``Collection``, names
ignoring case) maps the name to the generated ``ApplicationGateway`` as get answers it;
``application_gateway_certificates`` maps ``<gateway>/<certificate>`` to the
``ApplicationGatewayCertificate`` (its public part).

Behaviour, as ASM (x-ms-version 2016-07-01): every write is asynchronous and holds
``applicationgateway:NAME``. Create refuses (400) an empty name, an unknown virtual network or
subnet, a size other than Small, Medium, Large and an instance count outside 1 to 10, and (409)
a name taken; a new gateway is ``Stopped``. Start makes it ``Running`` with a virtual IP, Stop
``Stopped`` again; a running gateway cannot be deleted (400). A configuration is kept per
gateway (``application_gateway_configs``, empty until set); listeners, HTTP settings and rules
must name front ends, ports, certificates, probes and pools it has (400). Certificates are PFX
files (400 otherwise); a name taken is 409.
"""

from __future__ import annotations

import base64
from typing import Any

from azure_asm.models import (
    ApplicationGateway,
    ApplicationGatewayCertificate,
    ApplicationGatewayCertificateFile,
    ApplicationGatewayConfiguration,
)

from ..errors import bad_request
from ..operations import LOCK_NOUNS
from ..routing import Response, accepted_async
from .gateways import choice
from .spec_io import Call, SpecRouter

router = SpecRouter()

LOCK_NOUNS.setdefault("applicationgateway", "application gateway")

SIZES = ("Small", "Medium", "Large")
OPERATIONS = {"start": ("Starting", "Running"), "stop": ("Stopping", "Stopped")}


def _start(call: Call[Any], name: str, work: Any) -> Response:
    operation = call.state.operations.start(
        call.operation,
        subscription_id=call.subscription_id,
        lock_keys=[f"applicationgateway:{name.lower()}"],
        work=work,
    )
    return accepted_async(operation)


def _check(
    call: Call[Any], vnet_name: str | None, subnets: list[str] | None, instance_count: int | None
) -> None:
    site = call.backend.virtual_networks.get(vnet_name or "")
    if site is None:
        raise bad_request(f"The virtual network {vnet_name} does not exist.")
    known = {(subnet.name or "").lower() for subnet in site.subnets or []}
    unknown = [name for name in subnets or [] if name.lower() not in known]
    if unknown:
        raise bad_request(f"The virtual network {site.name} has no subnet {', '.join(unknown)}.")
    if instance_count is not None and not 1 <= instance_count <= 10:
        raise bad_request(f"The instance count {instance_count} is not in 1 to 10.")


@router.handles("create_application_gateway")
def create_application_gateway(call: Call[Any]) -> Response:
    body = call.body
    name = body.name or ""
    if not name.strip():
        raise bad_request("The name of the application gateway must be specified.")
    _check(call, body.vnet_name, body.subnets, body.instance_count)
    gateway = ApplicationGateway(
        description=body.description,
        dns_name=f"{name.lower()}.cloudapp.net",
        gateway_size=choice(body.gateway_size, SIZES, "Medium", "gateway size"),
        instance_count=body.instance_count or 2,
        name=name,
        state="Stopped",
        subnets=list(body.subnets or []),
        vnet_name=body.vnet_name,
        virtual_ips=[],
    )
    call.backend.application_gateways.add_or_409(name, gateway)
    return _start(call, name, None)


@router.handles("get_application_gateway")
def get_application_gateway(call: Call[None]) -> ApplicationGateway:
    return call.backend.application_gateways.get_or_404(call.param("gateway_name"))


@router.handles("list_application_gateways")
def list_application_gateways(call: Call[None]) -> list[ApplicationGateway]:
    return list(call.backend.application_gateways.values())


@router.handles("update_application_gateway")
def update_application_gateway(call: Call[Any]) -> Response:
    gateway = call.backend.application_gateways.get_or_404(call.param("gateway_name"))
    body = call.body
    _check(call, body.vnet_name or gateway.vnet_name, body.subnets, body.instance_count)
    size = choice(body.gateway_size, SIZES, gateway.gateway_size or "Medium", "gateway size")

    def work() -> None:
        gateway.gateway_size = size
        for member in ("description", "instance_count", "subnets", "vnet_name"):
            if getattr(body, member) is not None:
                setattr(gateway, member, getattr(body, member))

    return _start(call, gateway.name or "", work)


@router.handles("delete_application_gateway")
def delete_application_gateway(call: Call[None]) -> Response:
    gateways = call.backend.application_gateways
    gateway = gateways.get_or_404(call.param("gateway_name"))
    name = gateway.name or ""
    if gateway.state != "Stopped":
        raise bad_request(f"The application gateway {name} is {gateway.state}; stop it first.")

    def work() -> None:
        gateways.pop(name, None)
        certificates = call.backend.application_gateway_certificates
        for key in [key for key in certificates if key.lower().startswith(name.lower() + "/")]:
            certificates.pop(key, None)

    return _start(call, name, work)


@router.handles("execute_application_gateway_operation")
def execute_application_gateway_operation(call: Call[Any]) -> Response:
    gateway = call.backend.application_gateways.get_or_404(call.param("gateway_name"))
    states = OPERATIONS.get((call.body.operation_type or "").lower())
    if states is None:
        raise bad_request(f"The operation type '{call.body.operation_type}' is not Start or Stop.")
    gateway.state = states[0]
    address = f"104.42.{len(call.backend.application_gateways) % 250}.{len(gateway.name or '')}"

    def work() -> None:
        gateway.state = states[1]
        gateway.virtual_ips = [address] if states[1] == "Running" else []

    return _start(call, gateway.name or "", work)


def _certificate_key(call: Call[Any]) -> str:
    gateway = call.backend.application_gateways.get_or_404(call.param("gateway_name"))
    return f"{gateway.name}/{call.param('certificate_name')}"


@router.handles("add_application_gateway_certificate")
def add_application_gateway_certificate(call: Call[ApplicationGatewayCertificateFile]) -> Response:
    key = _certificate_key(call)
    body = call.body
    if (body.certificate_format or "").lower() != "pfx":
        raise bad_request(f"The certificate format '{body.certificate_format}' is not pfx.")
    try:
        base64.b64decode(body.data or "", validate=True)
    except ValueError:
        raise bad_request("The certificate data is not base64.") from None
    certificate = ApplicationGatewayCertificate(
        name=call.param("certificate_name"), data=body.data, state="Provisioned"
    )
    call.backend.application_gateway_certificates.add_or_409(key, certificate)
    return _start(call, key.partition("/")[0], None)


@router.handles("get_application_gateway_certificate")
def get_application_gateway_certificate(call: Call[None]) -> ApplicationGatewayCertificate:
    return call.backend.application_gateway_certificates.get_or_404(_certificate_key(call))


@router.handles("list_application_gateway_certificates")
def list_application_gateway_certificates(
    call: Call[None],
) -> list[ApplicationGatewayCertificate]:
    gateway = call.backend.application_gateways.get_or_404(call.param("gateway_name"))
    prefix = f"{gateway.name}/".lower()
    certificates = call.backend.application_gateway_certificates
    return [cert for key, cert in certificates.items() if key.lower().startswith(prefix)]


@router.handles("delete_application_gateway_certificate")
def delete_application_gateway_certificate(call: Call[None]) -> Response:
    key = _certificate_key(call)
    certificates = call.backend.application_gateway_certificates
    certificates.get_or_404(key)

    def work() -> None:
        certificates.pop(key, None)

    return _start(call, key.partition("/")[0], work)


@router.handles("get_application_gateway_config")
def get_application_gateway_config(call: Call[None]) -> ApplicationGatewayConfiguration:
    gateway = call.backend.application_gateways.get_or_404(call.param("gateway_name"))
    return call.backend.application_gateway_configs.get(
        gateway.name or "", ApplicationGatewayConfiguration()
    )


def _names(items: list[Any] | None) -> set[str]:
    return {(item.name or "").lower() for item in items or []}


def _check_config(call: Call[Any], gateway: str, config: ApplicationGatewayConfiguration) -> None:
    certificates = {
        key.partition("/")[2].lower()
        for key in call.backend.application_gateway_certificates
        if key.lower().startswith(gateway.lower() + "/")
    }
    references = (
        [
            (listener.frontend_ip, _names(config.frontend_ip_configurations), "front end")
            for listener in config.http_listeners or []
        ]
        + [
            (listener.frontend_port, _names(config.frontend_ports), "front-end port")
            for listener in config.http_listeners or []
        ]
        + [
            (listener.ssl_cert, certificates, "certificate")
            for listener in config.http_listeners or []
            if listener.ssl_cert
        ]
        + [
            (settings.probe, _names(config.probes), "probe")
            for settings in config.backend_http_settings_list or []
            if settings.probe
        ]
    )
    for rule in config.http_load_balancing_rules or []:
        references += [
            (
                rule.backend_http_settings,
                _names(config.backend_http_settings_list),
                "HTTP settings",
            ),
            (rule.listener, _names(config.http_listeners), "listener"),
            (rule.backend_address_pool, _names(config.backend_address_pools), "back-end pool"),
        ]
    for name, known, what in references:
        if (name or "").lower() not in known:
            raise bad_request(f"The configuration refers to an undefined {what} {name}.")


@router.handles("set_application_gateway_config")
def set_application_gateway_config(call: Call[ApplicationGatewayConfiguration]) -> Response:
    gateway = call.backend.application_gateways.get_or_404(call.param("gateway_name"))
    name = gateway.name or ""
    config = call.body
    _check_config(call, name, config)

    def work() -> None:
        call.backend.application_gateway_configs[name] = config

    return _start(call, name, work)
