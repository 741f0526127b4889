"""Deployments after creation: package deployments, slot swaps, configuration changes and
upgrades walked by upgrade domain, roll-backs, status, role instances and DNS servers.

Package (web/worker role) deployments read their roles and instance counts from the service
configuration (``<Role name><Instances count>``); instances ``<Role>_IN_<i>`` are spread over
``min(5, largest count)`` upgrade domains. What a package deployment runs (package URL,
configuration, a change waiting for upgrade-domain walks) is its ``PackageRecord``
(``backend.packages``, by private id); its ``RoleList`` stays empty, since the spec's ``Role``
only describes virtual machines, and the operations here that only make sense for packages are
400 on virtual machine deployments.

Auto and Simultaneous changes apply when their operation succeeds; a Manual one waits at
upgrade domain 0 and applies once the last domain has been walked, and may be rolled back
meanwhile. A second change while one waits is 409. Deleting role instances never deletes the
last one of a deployment or of a package role (400).
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import uuid
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from azure_asm.models import (
    ChangeConfiguration,
    CreateDeployment,
    DeleteRoleInstances,
    Deployment,
    DnsServer,
    DnsServerInput,
    RoleInstance,
    RollbackUpdateOrUpgrade,
    SwapDeployment,
    UpdateDeploymentStatus,
    UpgradeDeployment,
    UpgradeStatus,
    VirtualIP,
    WalkUpgradeDomain,
)
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import local_name, parse_document

from ..backend import PackageChange, PackageRecord, PackageSnapshot
from ..errors import bad_request, resource_not_found
from ..routing import Response, accepted_async
from ..xmlbody import parse_bounded
from .compute_common import (
    conflict,
    deployment_key,
    deployment_lock,
    deployment_of,
    now,
    public_address,
    service_deployments,
    service_lock,
    start,
)
from .compute_vm import deployment_vip
from .deployments import check_label, check_new_deployment, normalize_slot, remove_role
from .lifecycle_common import (
    BUSY,
    CREATING,
    DELETING,
    NOT_FOR_VIRTUAL_MACHINES,
    READY,
    RESTARTING,
    STARTING,
    STOPPED,
    STOPPING,
    assign_ip,
    instance_of,
    is_running,
    is_vm_deployment,
    require_running,
    set_state,
)
from .spec_io import Call, SpecRouter

router = SpecRouter()

MAX_UPGRADE_DOMAINS = 5
MAX_EXTENDED_PROPERTIES = 50
SDK_VERSION = "2.9.8899.26"
CONFIGURATION_INVALID = "The specified configuration settings for Configuration are invalid."
_ROLE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def package_of(call: Call[Any], deployment: Deployment) -> PackageRecord:
    """The package state of a web/worker role deployment; 400 for virtual machines."""
    package = call.backend.packages.get(deployment.private_id or "")
    if package is None or is_vm_deployment(deployment):
        raise bad_request(NOT_FOR_VIRTUAL_MACHINES)
    return package


# --- configuration (.cscfg) -------------------------------------------------------------------


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    """The child elements of ``element`` whose local name is ``name`` (any namespace)."""
    return [
        child for child in element if isinstance(child.tag, str) and local_name(child.tag) == name
    ]


def parse_configuration(encoded: str | None) -> tuple[str, dict[str, int]]:
    """The decoded .cscfg text and its roles' instance counts (in document order), or 400."""
    try:
        raw = base64.b64decode(encoded or "", validate=True)
        text = raw.decode("utf-8-sig")
        # Under the state lock (it is inside the body), so within the element budget too.
        root = parse_bounded(raw, "configuration")
    except (binascii.Error, ValueError, ResponseParseError):
        raise bad_request(CONFIGURATION_INVALID) from None
    if local_name(str(root.tag)) != "ServiceConfiguration":
        raise bad_request(f"{CONFIGURATION_INVALID} The root element is not ServiceConfiguration.")
    counts: dict[str, int] = {}
    for role in _children(root, "Role"):
        name = role.get("name") or ""
        if not _ROLE_NAME.match(name) or name in counts:
            raise bad_request(f"{CONFIGURATION_INVALID} Role name '{name}' is invalid or repeated.")
        instances = _children(role, "Instances")
        count = instances[0].get("count", "") if instances else ""
        if not count.isdigit() or not 1 <= int(count) <= 1000:
            raise bad_request(
                f"{CONFIGURATION_INVALID} Role '{name}' needs <Instances count=\"1..1000\"/>."
            )
        counts[name] = int(count)
    if not counts:
        raise bad_request(f"{CONFIGURATION_INVALID} It defines no role.")
    return text, counts


def with_instance_count(configuration: str, role_name: str, count: int) -> str:
    """The configuration text with the instance count of ``role_name`` set to ``count``."""
    root = parse_document(configuration.encode("utf-8"), "configuration")
    for role in _children(root, "Role"):
        for instances in _children(role, "Instances") if role.get("name") == role_name else []:
            instances.set("count", str(count))
    return etree.tostring(root, encoding="unicode")


def _same_roles(current: PackageSnapshot, counts: dict[str, int]) -> None:
    if set(counts) != set(current.counts):
        raise bad_request(
            f"{CONFIGURATION_INVALID} Roles cannot be added or removed in place; the deployment "
            f"has {', '.join(sorted(current.counts))}."
        )


# --- instances --------------------------------------------------------------------------------


def _instance_index(instance: RoleInstance) -> int:
    name = instance.instance_name or ""
    suffix = name.rpartition("_IN_")[2]
    return int(suffix) if suffix.isdigit() else 0


def sync_instances(
    deployment: Deployment, counts: dict[str, int], new_state: tuple[str, str]
) -> None:
    """Make the deployment's instances match ``counts``: keep existing ones, add ``new_state``
    instances, drop the highest-numbered extra ones; spread them over upgrade domains."""
    domains = max(1, min(MAX_UPGRADE_DOMAINS, max(counts.values())))
    result: list[RoleInstance] = []
    existing = deployment.role_instance_list or []
    for role_name, count in counts.items():
        kept = {
            _instance_index(instance): instance
            for instance in existing
            if instance.role_name == role_name and _instance_index(instance) < count
        }
        for index in range(count):
            instance = kept.get(index)
            if instance is None:
                instance = RoleInstance(
                    role_name=role_name,
                    instance_name=f"{role_name}_IN_{index}",
                    instance_size="Small",
                    instance_state_details="",
                )
                set_state(instance, new_state)
            instance.instance_upgrade_domain = index % domains
            instance.instance_fault_domain = index % 2
            result.append(instance)
    deployment.role_instance_list = result
    deployment.upgrade_domain_count = domains
    for instance in result:
        if instance.ip_address is None:
            assign_ip(deployment, instance)


def apply_snapshot(deployment: Deployment, package: PackageRecord, change: PackageChange) -> None:
    """Make the change's target what the deployment runs (operation work)."""
    target = package.current = change.target
    deployment.configuration = target.configuration
    deployment.label = target.label
    if change.extended_properties:
        deployment.extended_properties = {
            **(deployment.extended_properties or {}),
            **change.extended_properties,
        }
    running = deployment.status in ("Running", "RunningTransitioning")
    sync_instances(deployment, target.counts, READY if running else STOPPED)
    package.change = None
    deployment.upgrade_status = None
    deployment.rollback_allowed = False


# --- checks -----------------------------------------------------------------------------------


def _check_package_url(url: str | None) -> str:
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc or len(parts.path) < 2:
        raise bad_request(f"The package URL '{url}' is not a valid blob URL.")
    return url or ""


def _check_extended_properties(properties: dict[str, str] | None) -> None:
    if properties is not None and len(properties) > MAX_EXTENDED_PROPERTIES:
        raise bad_request(
            f"A deployment has at most {MAX_EXTENDED_PROPERTIES} extended properties."
        )


def _slot_url(service_name: str, slot: str, private_id: str) -> str:
    if slot == "Production":
        return f"http://{service_name.lower()}.cloudapp.net/"
    return f"http://{private_id}.cloudapp.net/"


# --- create_deployment, swap_deployment -------------------------------------------------------


@router.handles("create_deployment")
def create_deployment(call: Call[CreateDeployment]) -> Response:
    call.state.operations.require_unlocked(service_lock(call.param("service_name")))
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    service_name, body = service.service_name or "", call.body
    slot, name = normalize_slot(call.param("deployment_slot")), body.name or ""
    check_label(body.label)
    package_url = _check_package_url(body.package_url)
    text, counts = parse_configuration(body.configuration)
    _check_extended_properties(body.extended_properties)
    check_new_deployment(call.state, call.subscription_id, service_name, name, slot)
    moment, private_id = now(), uuid.uuid4().hex
    staging = deployment_vip(private_id, first="40", base=112)
    vip = deployment_vip(service_name) if slot == "Production" else staging
    deployment = Deployment(
        name=name,
        deployment_slot=slot,
        private_id=private_id,
        status="Deploying",
        label=body.label,
        url=_slot_url(service_name, slot, private_id),
        configuration=text,
        role_instance_list=[],
        sdk_version=SDK_VERSION,
        locked=True,
        rollback_allowed=False,
        created_time=moment,
        last_modified_time=moment,
        extended_properties=body.extended_properties,
        virtual_ips=[
            VirtualIP(address=vip, is_dns_programmed=True, name=f"{service_name}ContractContract")
        ],
    )
    sync_instances(deployment, counts, CREATING)
    final = READY if body.start_deployment else STOPPED

    def work() -> None:
        deployment.status = "Running" if body.start_deployment else "Suspended"
        for instance in deployment.role_instance_list or []:
            set_state(instance, final)

    answer = start(call, deployment, work)
    call.backend.deployments[deployment_key(service_name, name)] = deployment
    snapshot = PackageSnapshot(package_url, text, body.label, counts)
    call.backend.packages[private_id] = PackageRecord(snapshot)
    return answer


@router.handles("swap_deployment")
def swap_deployment(call: Call[SwapDeployment]) -> Response:
    body = call.body
    service_name = call.param("service_name")
    source_name, production_name = body.source_deployment or "", body.production or ""
    locks = [service_lock(service_name), deployment_lock(service_name, source_name)]
    if production_name:
        locks.append(deployment_lock(service_name, production_name))
    call.state.operations.require_unlocked(*locks)
    service_name = call.backend.hosted_services.get_or_404(service_name).service_name or ""
    owned = service_deployments(call.state, call.subscription_id, service_name)
    source = next((d for d in owned if (d.name or "").lower() == source_name.lower()), None)
    if source is None:
        raise resource_not_found(f"The deployment name '{source_name}' does not exist.")
    if source.deployment_slot != "Staging":
        raise bad_request(f"The deployment '{source.name}' is not in the staging slot.")
    production = next((d for d in owned if d.deployment_slot == "Production"), None)
    if production is not None and (production.name or "").lower() != production_name.lower():
        raise bad_request(
            f"The deployment '{production_name}' is not in the production slot; "
            f"'{production.name}' is."
        )
    pair = [source] if production is None else [source, production]
    if any(is_vm_deployment(deployment) for deployment in pair):
        raise bad_request("Deployments of virtual machines cannot be swapped.")

    def work() -> None:
        # The virtual IPs are exchanged: the production address stays with the slot.
        addresses = {
            "Production": deployment_vip(service_name)
            if production is None
            else public_address(production),
            "Staging": public_address(source),
        }
        for deployment in pair:
            slot = "Production" if deployment is source else "Staging"
            deployment.deployment_slot = slot
            deployment.url = _slot_url(service_name, slot, deployment.private_id or "")
            for ip in deployment.virtual_ips or []:
                ip.address = addresses[slot]
            deployment.locked = False
            deployment.last_modified_time = now()

    operation = call.state.operations.start(
        call.operation,
        subscription_id=call.subscription_id,
        lock_keys=[service_lock(service_name)]
        + [deployment_lock(service_name, d.name or "") for d in pair],
        work=work,
    )
    for deployment in pair:
        deployment.locked = True
    return accepted_async(operation)


# --- configuration changes and upgrades -------------------------------------------------------


def _start_change(
    call: Call[Any], deployment: Deployment, package: PackageRecord, change: PackageChange
) -> Response:
    manual = change.mode == "Manual"
    if not manual:
        deployment.upgrade_status = UpgradeStatus(
            upgrade_type=change.mode,
            current_upgrade_domain_state="During",
            current_upgrade_domain=0,
        )
    package.change = change

    def work() -> None:
        if not manual:
            apply_snapshot(deployment, package, change)
            return
        deployment.upgrade_status = UpgradeStatus(
            upgrade_type="Manual", current_upgrade_domain_state="Before", current_upgrade_domain=0
        )
        deployment.rollback_allowed = change.operation != "rollback_update_or_upgrade"

    return start(call, deployment, work)


def _no_change_waiting(package: PackageRecord, what: str) -> None:
    if package.change is not None:
        raise conflict(
            f"An update or upgrade of the deployment is in progress; walk it to the end or roll "
            f"it back before a new {what}."
        )


@router.handles("change_deployment_configuration")
def change_deployment_configuration(call: Call[ChangeConfiguration]) -> Response:
    body = call.body
    deployment = deployment_of(call, wait=True)
    package = package_of(call, deployment)
    text, counts = parse_configuration(body.configuration)
    _same_roles(package.current, counts)
    _check_extended_properties(body.extended_properties)
    _no_change_waiting(package, "configuration change")
    target = replace(package.current, configuration=text, counts=counts)
    change = PackageChange(
        call.operation, body.mode or "Auto", target, package.current, body.extended_properties
    )
    return _start_change(call, deployment, package, change)


@router.handles("upgrade_deployment")
def upgrade_deployment(call: Call[UpgradeDeployment]) -> Response:
    body = call.body
    deployment = deployment_of(call, wait=True)
    package = package_of(call, deployment)
    check_label(body.label)
    package_url = _check_package_url(body.package_url)
    text, counts = parse_configuration(body.configuration)
    _same_roles(package.current, counts)
    if body.role_to_upgrade is not None and body.role_to_upgrade not in counts:
        raise bad_request(f"The role '{body.role_to_upgrade}' is not a role of the deployment.")
    _check_extended_properties(body.extended_properties)
    _no_change_waiting(package, "upgrade")
    target = PackageSnapshot(package_url, text, body.label, counts)
    change = PackageChange(
        call.operation, body.mode or "Auto", target, package.current, body.extended_properties
    )
    return _start_change(call, deployment, package, change)


@router.handles("walk_upgrade_domain")
def walk_upgrade_domain(call: Call[WalkUpgradeDomain]) -> Response:
    domain = call.body.upgrade_domain
    deployment = deployment_of(call, wait=True)
    package = package_of(call, deployment)
    change, status = package.change, deployment.upgrade_status
    if change is None or status is None or change.mode != "Manual":
        raise conflict("No manual update or upgrade of the deployment is waiting to be walked.")
    current = status.current_upgrade_domain or 0
    if domain != current:
        raise bad_request(
            f"The upgrade domain {domain} cannot be walked now; the next upgrade domain is "
            f"{current}."
        )
    status.current_upgrade_domain_state = "During"

    def work() -> None:
        if current + 1 >= (deployment.upgrade_domain_count or 1):
            apply_snapshot(deployment, package, change)
            return
        deployment.upgrade_status = UpgradeStatus(
            upgrade_type="Manual",
            current_upgrade_domain_state="Before",
            current_upgrade_domain=current + 1,
        )

    return start(call, deployment, work)


@router.handles("rollback_update_or_upgrade")
def rollback_update_or_upgrade(call: Call[RollbackUpdateOrUpgrade]) -> Response:
    mode = call.body.mode or "Auto"
    deployment = deployment_of(call, wait=True)
    package = package_of(call, deployment)
    change = package.change
    if change is None or change.operation == call.operation or not deployment.rollback_allowed:
        raise conflict("The deployment has no update or upgrade in progress to roll back.")
    deployment.rollback_allowed = False
    # The waiting change was never applied: rolling back returns to what runs now.
    back = PackageChange(call.operation, mode, change.previous, change.target)
    return _start_change(call, deployment, package, back)


@router.handles("update_deployment_status")
def update_deployment_status(call: Call[UpdateDeploymentStatus]) -> Response:
    target = call.body.status
    deployment = deployment_of(call, wait=True)
    package_of(call, deployment)
    running = target == "Running"
    if deployment.status != target:
        deployment.status = "RunningTransitioning" if running else "SuspendedTransitioning"
        for instance in deployment.role_instance_list or []:
            set_state(instance, STARTING if running else STOPPING)

    def work() -> None:
        deployment.status = target
        for instance in deployment.role_instance_list or []:
            set_state(instance, READY if running else STOPPED)

    return start(call, deployment, work)


# --- role instances ---------------------------------------------------------------------------


@router.handles("reboot_role_instance")
def reboot_role_instance(call: Call[None]) -> Response:
    deployment = deployment_of(call, wait=True)
    instance = instance_of(deployment, call.param("role_instance_name"))
    require_running(instance)
    set_state(instance, RESTARTING)
    return start(call, deployment, lambda: set_state(instance, READY))


@router.handles("reimage_role_instance")
def reimage_role_instance(call: Call[None]) -> Response:
    deployment = deployment_of(call, wait=True)
    package_of(call, deployment)
    instance = instance_of(deployment, call.param("role_instance_name"))
    back = READY if is_running(instance) else STOPPED
    set_state(instance, BUSY)
    return start(call, deployment, lambda: set_state(instance, back))


@router.handles("rebuild_role_instance")
def rebuild_role_instance(call: Call[None]) -> Response:
    if call.request.query.get("resources", "").lower() != "alllocaldrives":
        raise bad_request("Rebuild needs the query parameter resources=allLocalDrives.")
    return reimage_role_instance(call)


@router.handles("delete_role_instances")
def delete_role_instances(call: Call[DeleteRoleInstances]) -> Response:
    names = call.body.role_instance_names or []
    deployment = deployment_of(call, wait=True)
    if not names:
        raise bad_request("Specify at least one role instance to delete.")
    doomed: list[RoleInstance] = []
    for name in names:
        instance = instance_of(deployment, name)
        if all(instance is not other for other in doomed):
            doomed.append(instance)
    remaining = [i for i in deployment.role_instance_list or [] if all(i is not d for d in doomed)]
    if not remaining:
        raise bad_request(
            "All role instances of the deployment cannot be deleted; delete the deployment."
        )
    package = (
        None
        if is_vm_deployment(deployment)
        else call.backend.packages.get(deployment.private_id or "")
    )
    for role_name in package.current.counts if package is not None else []:
        if not any(instance.role_name == role_name for instance in remaining):
            raise bad_request(
                f"The last instance of role '{role_name}' cannot be deleted; a role keeps at "
                "least one instance."
            )
    for instance in doomed:
        set_state(instance, DELETING)

    def work() -> None:
        if package is None:
            for instance in doomed:
                remove_role(
                    call.state,
                    call.subscription_id,
                    deployment,
                    instance.role_name or "",
                    delete_disks=False,
                )
            return
        deployment.role_instance_list = remaining
        counts = dict(package.current.counts)
        configuration = package.current.configuration
        for role_name in counts:
            count = sum(1 for i in remaining if i.role_name == role_name)
            if count != counts[role_name]:
                counts[role_name] = count
                configuration = with_instance_count(configuration, role_name, count)
        package.current = replace(package.current, configuration=configuration, counts=counts)
        deployment.configuration = configuration

    return start(call, deployment, work)


# --- DNS servers ------------------------------------------------------------------------------


def _check_dns(call: Call[DnsServerInput], body: DnsServerInput) -> None:
    if not (body.dns_server_name or "").strip():
        raise bad_request("The name of the DNS server is required.")
    try:
        body.address = str(ipaddress.IPv4Address(body.address or ""))
    except ValueError:
        raise bad_request(
            f"The DNS server address '{body.address}' is not an IPv4 address."
        ) from None


def _find_dns(deployment: Deployment, name: str) -> DnsServer | None:
    return next(
        (s for s in deployment.dns_servers or [] if (s.name or "").lower() == name.lower()), None
    )


def _dns_of(call: Call[Any]) -> tuple[Deployment, DnsServer]:
    deployment = deployment_of(call, wait=True)
    name = call.param("dns_server_name")
    server = _find_dns(deployment, name)
    if server is None:
        raise resource_not_found(f"The DNS server '{name}' does not exist in the deployment.")
    return deployment, server


@router.handles("add_dns_server", check=_check_dns)
def add_dns_server(call: Call[DnsServerInput]) -> Response:
    body = call.body
    name = body.dns_server_name or ""
    deployment = deployment_of(call, wait=True)
    if _find_dns(deployment, name) is not None:
        raise conflict(f"A DNS server with the name '{name}' already exists in the deployment.")
    server = DnsServer(name, body.address)

    def work() -> None:
        deployment.dns_servers = [*(deployment.dns_servers or []), server]

    return start(call, deployment, work)


@router.handles("update_dns_server", check=_check_dns)
def update_dns_server(call: Call[DnsServerInput]) -> Response:
    body = call.body
    path_name = call.param("dns_server_name")
    if (body.dns_server_name or "").lower() != path_name.lower():
        raise bad_request(
            f"The DNS server name '{body.dns_server_name}' in the request body does not match "
            f"the name '{path_name}' in the URI; a DNS server cannot be renamed."
        )
    deployment, server = _dns_of(call)

    def work() -> None:
        server.address = body.address

    return start(call, deployment, work)


@router.handles("delete_dns_server")
def delete_dns_server(call: Call[None]) -> Response:
    deployment, server = _dns_of(call)

    def work() -> None:
        remaining = [s for s in deployment.dns_servers or [] if s is not server]
        deployment.dns_servers = remaining or None

    return start(call, deployment, work)
