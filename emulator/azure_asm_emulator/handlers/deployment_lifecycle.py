"""Deployments after creation: package deployments, slot swaps, configuration changes and
upgrades walked by upgrade domain, roll-backs, status, role instances and DNS servers.

Package (web/worker role) deployments: ``create_deployment`` reads the roles and their instance
counts from the service configuration (``<ServiceConfiguration><Role name="..."><Instances
count="N"/>``, base64 in the request); each role gets instances ``<Role>_IN_<i>`` spread over
``min(5, largest count)`` upgrade domains. The deployment is visible at once (``Deploying``)
and becomes ``Running`` (instances ``ReadyRole``/``Started``) or, without
``StartDeployment``, ``Suspended`` (``StoppedVM``/``Stopped``) when the operation succeeds.
The package URL, the current configuration and a change waiting for upgrade-domain walks are
kept in ``state.resources(sub, "deployment_packages")`` by the deployment's private id. The
deployment's ``RoleList`` stays empty: the spec's ``Role`` union only describes virtual
machines.

Changes (``change_deployment_configuration``, ``upgrade_deployment``): Auto and Simultaneous
apply when the operation succeeds (``UpgradeStatus`` shows ``During`` meanwhile); Manual leaves
``UpgradeStatus`` at domain 0 ``Before`` with ``RollbackAllowed`` and applies when the last
domain has been walked (``walk_upgrade_domain`` takes the current domain only, 400 otherwise).
``rollback_update_or_upgrade`` drops a waiting change (Auto) or makes the deployment walk back
to its old package and configuration (Manual). A configuration or upgrade must list the same
roles (400); a second change while one waits is 409 ``ConflictError``, as are walks and
roll-backs with nothing waiting. These operations, ``update_deployment_status``, reimage and
rebuild are for package deployments only (400 on virtual machine deployments).

``swap_deployment`` exchanges slots, URLs and virtual IPs of the staging deployment and the
production one (if any) when it succeeds. Role instances: reboot needs a running instance (409
otherwise); ``delete_role_instances`` never deletes the last instance of the deployment (or of a
role of a package: 400) and lowers the role's instance count in the configuration; for virtual
machines it deletes the machines, detaching their disks. DNS servers (``Dns/DnsServers`` of the
deployment): names are unique (409), addresses IPv4 (400), unknown names 404.

Every write waits (409, which the client waits out) while another operation holds the
deployment or its hosted service, and holds both while it runs.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
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

from ..errors import bad_request, resource_not_found
from ..routing import Request, Response, Router, accepted_async
from ..state import State
from ..xmlbody import parse_bounded
from .compute_common import (
    conflict,
    deployment_key,
    deployment_lock,
    deployments,
    now,
    read_body,
    require_deployment,
    service_deployments,
    service_lock,
    spec_route,
)
from .compute_roles import remove_role
from .compute_vm import deployment_vip
from .deployments import DEPLOYMENT_NAME, normalize_slot
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
    comp_selector,
    deployment_locks,
    is_running,
    is_vm_deployment,
    not_running_fault,
    require_instance,
    require_unlocked_deployment,
    set_state,
    shared_route,
)
from .load_balancers import update_load_balanced_endpoint_set

router = Router()

PACKAGES = "deployment_packages"
MAX_UPGRADE_DOMAINS = 5
MAX_EXTENDED_PROPERTIES = 50
SDK_VERSION = "2.9.8899.26"
CONFIGURATION_INVALID = "The specified configuration settings for Configuration are invalid."
_ROLE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


# --- package state ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """What a package deployment runs: package, configuration (text) and instance counts."""

    package_url: str
    configuration: str
    label: str | None
    counts: dict[str, int]


@dataclass
class Change:
    """A configuration change, upgrade or roll-back under way or waiting for domain walks."""

    kind: str  # config | upgrade | rollback
    mode: str  # Auto | Manual | Simultaneous
    target: Snapshot
    previous: Snapshot
    extended_properties: dict[str, str] | None = None


@dataclass
class Package:
    """Emulator-side state of a package deployment."""

    current: Snapshot
    change: Change | None = field(default=None)


def packages(state: State, subscription_id: str) -> dict[str, Package]:
    """Package deployments of a subscription by deployment private id, mutable."""
    return state.resources(subscription_id, PACKAGES)


def find_package(state: State, subscription_id: str, deployment: Deployment) -> Package | None:
    return packages(state, subscription_id).get(deployment.private_id or "")


def require_package(state: State, subscription_id: str, deployment: Deployment) -> Package:
    """The package state of a web/worker role deployment; 400 for virtual machines."""
    package = find_package(state, subscription_id, deployment)
    if package is None or is_vm_deployment(deployment):
        raise bad_request(NOT_FOR_VIRTUAL_MACHINES)
    return package


# --- configuration (.cscfg) -------------------------------------------------------------------


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
    for role in root:
        if not isinstance(role.tag, str) or local_name(role.tag) != "Role":
            continue
        name = role.get("name") or ""
        if not _ROLE_NAME.match(name) or name in counts:
            raise bad_request(f"{CONFIGURATION_INVALID} Role name '{name}' is invalid or repeated.")
        instances = [
            child
            for child in role
            if isinstance(child.tag, str) and local_name(child.tag) == "Instances"
        ]
        try:
            count = int(instances[0].get("count", "")) if instances else 0
        except ValueError:
            count = 0
        if not 1 <= count <= 1000:
            raise bad_request(
                f"{CONFIGURATION_INVALID} Role '{name}' needs <Instances count=\"1..1000\"/>."
            )
        counts[name] = count
    if not counts:
        raise bad_request(f"{CONFIGURATION_INVALID} It defines no role.")
    return text, counts


def with_instance_count(configuration: str, role_name: str, count: int) -> str:
    """The configuration text with the instance count of ``role_name`` set to ``count``."""
    root = parse_document(configuration.encode("utf-8"), "configuration")
    for role in root:
        if not isinstance(role.tag, str) or local_name(role.tag) != "Role":
            continue
        if role.get("name") != role_name:
            continue
        for child in role:
            if isinstance(child.tag, str) and local_name(child.tag) == "Instances":
                child.set("count", str(count))
    return etree.tostring(root, encoding="unicode")


def _same_roles(current: Snapshot, counts: dict[str, int]) -> None:
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


def _running_state(deployment: Deployment) -> tuple[str, str]:
    return READY if deployment.status in ("Running", "RunningTransitioning") else STOPPED


def apply_snapshot(
    deployment: Deployment,
    package: Package,
    target: Snapshot,
    extended_properties: dict[str, str] | None,
) -> None:
    """Make ``target`` what the deployment runs (operation work)."""
    package.current = target
    deployment.configuration = target.configuration
    deployment.label = target.label
    if extended_properties:
        deployment.extended_properties = {
            **(deployment.extended_properties or {}),
            **extended_properties,
        }
    sync_instances(deployment, target.counts, _running_state(deployment))
    deployment.last_modified_time = now()


# --- checks -----------------------------------------------------------------------------------


def _check_label(label: str | None) -> str:
    if not label:
        raise bad_request("The label of the deployment is required.")
    if len(label) > 100:
        raise bad_request("The label of the deployment exceeds 100 characters.")
    return label


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


def _check_choice(value: str | None, allowed: tuple[str, ...], what: str = "mode") -> str:
    """``value`` as spelt in ``allowed`` (ASM ignores case), or 400."""
    for candidate in allowed:
        if (value or "").lower() == candidate.lower():
            return candidate
    raise bad_request(f"The {what} '{value}' is not valid; use {' or '.join(allowed)}.")


def staging_vip(private_id: str) -> str:
    value = zlib.crc32(private_id.encode())
    return f"40.{112 + value % 8}.{(value >> 8) % 256}.{1 + (value >> 16) % 254}"


def _address(deployment: Deployment) -> str:
    return next((ip.address for ip in deployment.virtual_ips or [] if ip.address), "")


def _slot_url(service_name: str, slot: str, private_id: str) -> str:
    if slot == "Production":
        return f"http://{service_name.lower()}.cloudapp.net/"
    return f"http://{private_id}.cloudapp.net/"


def _path_deployment(request: Request, state: State) -> tuple[str, str, Deployment]:
    """Service and deployment names of the path, after waiting out locks; the deployment."""
    service_name = request.path_params["service_name"]
    deployment_name = request.path_params["deployment_name"]
    require_unlocked_deployment(state, service_name, deployment_name)
    deployment = require_deployment(state, request.subscription_id, service_name, deployment_name)
    return service_name, deployment.name or deployment_name, deployment


def _start(
    state: State,
    request: Request,
    kind: str,
    service_name: str,
    deployment: Deployment,
    work: Callable[[], None],
) -> Response:
    operation = state.operations.start(
        kind,
        subscription_id=request.subscription_id,
        lock_keys=deployment_locks(service_name, deployment.name or ""),
        work=work,
    )
    deployment.locked = True
    return accepted_async(operation)


# --- create_deployment ------------------------------------------------------------------------


# Routed by deployment_slots: the by-slot comp= operations share its method and path.
def create_deployment(request: Request, state: State) -> Response:
    body = read_body(request, "create_deployment", CreateDeployment)
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    state.operations.require_unlocked(service_lock(service_name))
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    service_name = service.service_name or service_name
    slot = normalize_slot(request.path_params["deployment_slot"])
    name = body.name or ""
    if not DEPLOYMENT_NAME.match(name):
        raise bad_request(
            "The deployment name is missing or invalid: it must be 1 to 100 letters, digits, "
            "periods, underscores and hyphens."
        )
    label = _check_label(body.label)
    package_url = _check_package_url(body.package_url)
    text, counts = parse_configuration(body.configuration)
    _check_extended_properties(body.extended_properties)
    for existing in service_deployments(state, subscription_id, service_name):
        if (existing.name or "").lower() == name.lower():
            raise conflict(
                f"A deployment with the name '{existing.name}' already exists in hosted "
                f"service '{service_name}'."
            )
        if existing.deployment_slot == slot:
            raise conflict(
                f"The deployment slot {slot} of hosted service '{service_name}' is already "
                f"occupied by deployment '{existing.name}'."
            )
    moment = now()
    private_id = uuid.uuid4().hex
    vip = deployment_vip(service_name) if slot == "Production" else staging_vip(private_id)
    deployment = Deployment(
        name=name,
        deployment_slot=slot,
        private_id=private_id,
        status="Deploying",
        label=label,
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
    package = Package(Snapshot(package_url, text, label, counts))
    start_now = bool(body.start_deployment)

    def work() -> None:
        deployment.status = "Running" if start_now else "Suspended"
        for instance in deployment.role_instance_list or []:
            set_state(instance, READY if start_now else STOPPED)
        deployment.locked = False
        deployment.last_modified_time = now()

    operation = state.operations.start(
        "create_deployment",
        subscription_id=subscription_id,
        lock_keys=deployment_locks(service_name, name),
        work=work,
    )
    deployments(state, subscription_id)[deployment_key(service_name, name)] = deployment
    packages(state, subscription_id)[private_id] = package
    return accepted_async(operation)


# --- swap_deployment --------------------------------------------------------------------------


@spec_route(router, "swap_deployment")
def swap_deployment(request: Request, state: State) -> Response:
    body = read_body(request, "swap_deployment", SwapDeployment)
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    source_name = body.source_deployment or ""
    production_name = body.production or ""
    locks = [service_lock(service_name), deployment_lock(service_name, source_name)]
    if production_name:
        locks.append(deployment_lock(service_name, production_name))
    state.operations.require_unlocked(*locks)
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    service_name = service.service_name or service_name
    owned = service_deployments(state, subscription_id, service_name)
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
    if is_vm_deployment(source) or (production is not None and is_vm_deployment(production)):
        raise bad_request("Deployments of virtual machines cannot be swapped.")
    pair = [source] if production is None else [source, production]

    def work() -> None:
        # The virtual IPs are exchanged: the production address stays with the slot.
        addresses = {
            "Production": deployment_vip(service_name)
            if production is None
            else _address(production),
            "Staging": _address(source),
        }
        for deployment in pair:
            slot = "Production" if deployment is source else "Staging"
            deployment.deployment_slot = slot
            deployment.url = _slot_url(service_name, slot, deployment.private_id or "")
            for ip in deployment.virtual_ips or []:
                ip.address = addresses[slot]
            deployment.locked = False
            deployment.last_modified_time = now()

    operation = state.operations.start(
        "swap_deployment",
        subscription_id=subscription_id,
        lock_keys=[service_lock(service_name)]
        + [deployment_lock(service_name, d.name or "") for d in pair],
        work=work,
    )
    for deployment in pair:
        deployment.locked = True
    return accepted_async(operation)


# --- configuration changes and upgrades -------------------------------------------------------


def _start_change(
    state: State,
    request: Request,
    service_name: str,
    deployment: Deployment,
    package: Package,
    change: Change,
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
        deployment.locked = False
        if manual:
            deployment.upgrade_status = UpgradeStatus(
                upgrade_type="Manual",
                current_upgrade_domain_state="Before",
                current_upgrade_domain=0,
            )
            deployment.rollback_allowed = change.kind != "rollback"
            return
        apply_snapshot(deployment, package, change.target, change.extended_properties)
        package.change = None
        deployment.upgrade_status = None
        deployment.rollback_allowed = False

    return _start(state, request, _KIND[change.kind], service_name, deployment, work)


_KIND = {
    "config": "change_deployment_configuration",
    "upgrade": "upgrade_deployment",
    "rollback": "rollback_update_or_upgrade",
}


def _no_change_waiting(package: Package, kind: str) -> None:
    if package.change is not None:
        raise conflict(
            f"An update or upgrade of the deployment is in progress; walk it to the end or roll "
            f"it back before a new {kind}."
        )


def change_deployment_configuration(request: Request, state: State) -> Response:
    body = read_body(request, "change_deployment_configuration", ChangeConfiguration)
    service_name, _, deployment = _path_deployment(request, state)
    package = require_package(state, request.subscription_id, deployment)
    mode = _check_choice(body.mode or "Auto", ("Auto", "Manual", "Simultaneous"))
    text, counts = parse_configuration(body.configuration)
    _same_roles(package.current, counts)
    _check_extended_properties(body.extended_properties)
    _no_change_waiting(package, "configuration change")
    target = replace(package.current, configuration=text, counts=counts)
    change = Change("config", mode, target, package.current, body.extended_properties)
    return _start_change(state, request, service_name, deployment, package, change)


def upgrade_deployment(request: Request, state: State) -> Response:
    body = read_body(request, "upgrade_deployment", UpgradeDeployment)
    service_name, _, deployment = _path_deployment(request, state)
    package = require_package(state, request.subscription_id, deployment)
    mode = _check_choice(body.mode, ("Auto", "Manual", "Simultaneous"))
    package_url = _check_package_url(body.package_url)
    label = _check_label(body.label)
    text, counts = parse_configuration(body.configuration)
    _same_roles(package.current, counts)
    if body.role_to_upgrade is not None and body.role_to_upgrade not in counts:
        raise bad_request(f"The role '{body.role_to_upgrade}' is not a role of the deployment.")
    _check_extended_properties(body.extended_properties)
    _no_change_waiting(package, "upgrade")
    target = Snapshot(package_url, text, label, counts)
    change = Change("upgrade", mode, target, package.current, body.extended_properties)
    return _start_change(state, request, service_name, deployment, package, change)


def walk_upgrade_domain(request: Request, state: State) -> Response:
    body = read_body(request, "walk_upgrade_domain", WalkUpgradeDomain)
    service_name, _, deployment = _path_deployment(request, state)
    package = require_package(state, request.subscription_id, deployment)
    change = package.change
    status = deployment.upgrade_status
    if change is None or status is None or change.mode != "Manual":
        raise conflict("No manual update or upgrade of the deployment is waiting to be walked.")
    current = status.current_upgrade_domain or 0
    domain = body.upgrade_domain
    if domain != current:
        raise bad_request(
            f"The upgrade domain {domain} cannot be walked now; the next upgrade domain is "
            f"{current}."
        )
    status.current_upgrade_domain_state = "During"
    last = current + 1 >= (deployment.upgrade_domain_count or 1)

    def work() -> None:
        deployment.locked = False
        if not last:
            deployment.upgrade_status = UpgradeStatus(
                upgrade_type="Manual",
                current_upgrade_domain_state="Before",
                current_upgrade_domain=current + 1,
            )
            return
        apply_snapshot(deployment, package, change.target, change.extended_properties)
        package.change = None
        deployment.upgrade_status = None
        deployment.rollback_allowed = False

    return _start(state, request, "walk_upgrade_domain", service_name, deployment, work)


def rollback_update_or_upgrade(request: Request, state: State) -> Response:
    body = read_body(request, "rollback_update_or_upgrade", RollbackUpdateOrUpgrade)
    service_name, _, deployment = _path_deployment(request, state)
    package = require_package(state, request.subscription_id, deployment)
    mode = _check_choice(body.mode, ("Auto", "Manual"))
    change = package.change
    if change is None or change.kind == "rollback" or not deployment.rollback_allowed:
        raise conflict("The deployment has no update or upgrade in progress to roll back.")
    deployment.rollback_allowed = False
    # The waiting change was never applied: rolling back returns to what runs now.
    back = Change("rollback", mode, change.previous, change.target)
    return _start_change(state, request, service_name, deployment, package, back)


def update_deployment_status(request: Request, state: State) -> Response:
    body = read_body(request, "update_deployment_status", UpdateDeploymentStatus)
    service_name, _, deployment = _path_deployment(request, state)
    require_package(state, request.subscription_id, deployment)
    target = _check_choice(body.status, ("Running", "Suspended"), "status")
    running = target == "Running"
    if deployment.status != target:
        deployment.status = "RunningTransitioning" if running else "SuspendedTransitioning"
        for instance in deployment.role_instance_list or []:
            set_state(instance, STARTING if running else STOPPING)

    def work() -> None:
        deployment.status = target
        for instance in deployment.role_instance_list or []:
            set_state(instance, READY if running else STOPPED)
        deployment.locked = False
        deployment.last_modified_time = now()

    return _start(state, request, "update_deployment_status", service_name, deployment, work)


shared_route(
    router,
    comp_selector(
        {
            "config": "change_deployment_configuration",
            "status": "update_deployment_status",
            "upgrade": "upgrade_deployment",
            "walkupgradedomain": "walk_upgrade_domain",
            "rollback": "rollback_update_or_upgrade",
            "updatelbset": "update_load_balanced_endpoint_set",
        }
    ),
    {
        "update_load_balanced_endpoint_set": update_load_balanced_endpoint_set,
        "change_deployment_configuration": change_deployment_configuration,
        "update_deployment_status": update_deployment_status,
        "upgrade_deployment": upgrade_deployment,
        "walk_upgrade_domain": walk_upgrade_domain,
        "rollback_update_or_upgrade": rollback_update_or_upgrade,
    },
)


# --- role instances ---------------------------------------------------------------------------


def reboot_role_instance(request: Request, state: State) -> Response:
    service_name, _, deployment = _path_deployment(request, state)
    instance = require_instance(deployment, request.path_params["role_instance_name"])
    if not is_running(instance):
        raise not_running_fault(instance)
    set_state(instance, RESTARTING)

    def work() -> None:
        set_state(instance, READY)
        deployment.locked = False

    return _start(state, request, "reboot_role_instance", service_name, deployment, work)


def _reimage(request: Request, state: State, kind: str) -> Response:
    service_name, _, deployment = _path_deployment(request, state)
    require_package(state, request.subscription_id, deployment)
    instance = require_instance(deployment, request.path_params["role_instance_name"])
    back = READY if is_running(instance) else STOPPED
    set_state(instance, BUSY)

    def work() -> None:
        set_state(instance, back)
        deployment.locked = False

    return _start(state, request, kind, service_name, deployment, work)


def reimage_role_instance(request: Request, state: State) -> Response:
    return _reimage(request, state, "reimage_role_instance")


def rebuild_role_instance(request: Request, state: State) -> Response:
    if request.query.get("resources", "").lower() != "alllocaldrives":
        raise bad_request("Rebuild needs the query parameter resources=allLocalDrives.")
    return _reimage(request, state, "rebuild_role_instance")


shared_route(
    router,
    comp_selector(
        {
            "reboot": "reboot_role_instance",
            "reimage": "reimage_role_instance",
            "rebuild": "rebuild_role_instance",
        }
    ),
    {
        "reboot_role_instance": reboot_role_instance,
        "reimage_role_instance": reimage_role_instance,
        "rebuild_role_instance": rebuild_role_instance,
    },
)


def delete_role_instances(request: Request, state: State) -> Response:
    body = read_body(request, "delete_role_instances", DeleteRoleInstances)
    subscription_id = request.subscription_id
    service_name, _, deployment = _path_deployment(request, state)
    names = body.role_instance_names or []
    if not names:
        raise bad_request("Specify at least one role instance to delete.")
    doomed: list[RoleInstance] = []
    for name in names:
        instance = require_instance(deployment, name)
        if all(instance is not other for other in doomed):
            doomed.append(instance)
    doomed_ids = {id(instance) for instance in doomed}
    remaining = [i for i in deployment.role_instance_list or [] if id(i) not in doomed_ids]
    if not remaining:
        raise bad_request(
            "All role instances of the deployment cannot be deleted; delete the deployment."
        )
    package = (
        None if is_vm_deployment(deployment) else find_package(state, subscription_id, deployment)
    )
    if package is not None:
        for role_name in package.current.counts:
            if not any(instance.role_name == role_name for instance in remaining):
                raise bad_request(
                    f"The last instance of role '{role_name}' cannot be deleted; a role keeps at "
                    "least one instance."
                )
    for instance in doomed:
        set_state(instance, DELETING)

    def work() -> None:
        deployment.locked = False
        if package is None:
            for instance in doomed:
                remove_role(
                    state, subscription_id, deployment, instance.role_name or "", delete_disks=False
                )
            return
        deployment.role_instance_list = [
            i for i in deployment.role_instance_list or [] if id(i) not in doomed_ids
        ]
        counts = dict(package.current.counts)
        configuration = package.current.configuration
        for role_name in counts:
            count = sum(1 for i in deployment.role_instance_list if i.role_name == role_name)
            if count != counts[role_name]:
                counts[role_name] = count
                configuration = with_instance_count(configuration, role_name, count)
        package.current = replace(package.current, configuration=configuration, counts=counts)
        deployment.configuration = configuration
        deployment.last_modified_time = now()

    return _start(state, request, "delete_role_instances", service_name, deployment, work)


shared_route(
    router,
    comp_selector({"delete": "delete_role_instances"}),
    {"delete_role_instances": delete_role_instances},
)


# --- DNS servers ------------------------------------------------------------------------------


def _check_dns_body(body: DnsServerInput) -> tuple[str, str]:
    name = body.dns_server_name or ""
    if not name.strip():
        raise bad_request("The name of the DNS server is required.")
    try:
        address = str(ipaddress.IPv4Address(body.address or ""))
    except ValueError:
        raise bad_request(
            f"The DNS server address '{body.address}' is not an IPv4 address."
        ) from None
    return name, address


def _find_dns(deployment: Deployment, name: str) -> DnsServer | None:
    return next(
        (s for s in deployment.dns_servers or [] if (s.name or "").lower() == name.lower()), None
    )


def _require_dns(deployment: Deployment, name: str) -> DnsServer:
    server = _find_dns(deployment, name)
    if server is None:
        raise resource_not_found(f"The DNS server '{name}' does not exist in the deployment.")
    return server


@spec_route(router, "add_dns_server")
def add_dns_server(request: Request, state: State) -> Response:
    body = read_body(request, "add_dns_server", DnsServerInput)
    name, address = _check_dns_body(body)
    service_name, _, deployment = _path_deployment(request, state)
    if _find_dns(deployment, name) is not None:
        raise conflict(f"A DNS server with the name '{name}' already exists in the deployment.")

    def work() -> None:
        deployment.dns_servers = [*(deployment.dns_servers or []), DnsServer(name, address)]
        deployment.locked = False

    return _start(state, request, "add_dns_server", service_name, deployment, work)


@spec_route(router, "update_dns_server")
def update_dns_server(request: Request, state: State) -> Response:
    body = read_body(request, "update_dns_server", DnsServerInput)
    path_name = request.path_params["dns_server_name"]
    name, address = _check_dns_body(body)
    if name.lower() != path_name.lower():
        raise bad_request(
            f"The DNS server name '{name}' in the request body does not match the name "
            f"'{path_name}' in the URI; a DNS server cannot be renamed."
        )
    service_name, _, deployment = _path_deployment(request, state)
    server = _require_dns(deployment, path_name)

    def work() -> None:
        server.address = address
        deployment.locked = False

    return _start(state, request, "update_dns_server", service_name, deployment, work)


@spec_route(router, "delete_dns_server")
def delete_dns_server(request: Request, state: State) -> Response:
    service_name, _, deployment = _path_deployment(request, state)
    server = _require_dns(deployment, request.path_params["dns_server_name"])

    def work() -> None:
        remaining = [s for s in deployment.dns_servers or [] if s is not server]
        deployment.dns_servers = remaining or None
        deployment.locked = False

    return _start(state, request, "delete_dns_server", service_name, deployment, work)


__all__ = [
    "Change",
    "Package",
    "Snapshot",
    "find_package",
    "packages",
    "parse_configuration",
    "require_package",
    "router",
    "sync_instances",
    "with_instance_count",
]
