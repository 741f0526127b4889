"""Virtual machines that exist: update, start, restart, shut down (one or several) and capture
as an OS image.

Power states: a machine is ``ReadyRole``/``Started`` when running, ``StoppedVM``/``Stopped``
after ``shutdown_role(..., 'Stopped')`` and ``StoppedDeallocated``/``Stopped`` (its internal
address released, a new one given at the next start) after ``'StoppedDeallocated'``. While an
operation runs the instance shows ``StartingVM``/``Starting``, ``StoppingVM``/``Stopping`` or
``RestartingRole``; the final state appears when it succeeds. Starting a running machine or
shutting down a stopped one (to the same state) is accepted and changes nothing; restarting a
machine that is not running is 409 ``ConflictError``.

``update_role`` checks everything at once (role size, data disk count for the size, endpoints
against the other machines, LUNs that must be attached, disk names that cannot change; 400) and
applies it when the operation succeeds; elements not sent keep their value. ``capture_role``
needs a stopped machine (409), a free image name (409) and, for Reprovision, a provisioning set
of the machine's OS (400); when it succeeds the OS image is registered (category User) and the
machine is deleted with its OS disk record (its VHD now belongs to the image; data disks are
detached), or provisioned again and started.

The single-machine actions share ``POST .../roleinstances/{role_name}/Operations`` with
``capture_vm_image`` (``compute_roles``); one route here picks the action by the body's root
element. ``start_roles``/``shutdown_roles`` share ``POST .../roles/Operations`` the same way.
Every action waits out (409) and holds the deployment and hosted service locks.
"""

from __future__ import annotations

from collections.abc import Callable

from azure_asm.models import (
    CaptureRoleOperation,
    Deployment,
    OSImage,
    PersistentVMRole,
    RestartRoleOperation,
    RoleInstance,
    ShutdownRoleOperation,
    ShutdownRolesOperation,
    StartRoleOperation,
    StartRolesOperation,
    UpdateRole,
)

from ..catalogue_compute import DEFAULT_ROLE_SIZE, find_role_size
from ..errors import bad_request
from ..routing import Request, Response, Router, accepted_async
from ..state import State
from .compute_common import (
    conflict,
    disks,
    find_vm_image,
    now,
    read_body,
    require_deployment,
    spec_route,
)
from .compute_roles import capture_vm_image, remove_role, require_role
from .compute_vm import (
    _check_host_caching,
    _check_provisioning,
    _endpoints,
    _public_extension_references,
    _split_configuration_sets,
)
from .deployments import remove_deployment
from .lifecycle_common import (
    DEALLOCATED,
    READY,
    RESTARTING,
    STARTING,
    STOPPED,
    STOPPING,
    assign_ip,
    deployment_locks,
    is_running,
    is_stopped,
    not_running_fault,
    require_unlocked_deployment,
    role_instances,
    root_selector,
    set_state,
    shared_route,
)
from .os_images import find_os_image, user_images
from .os_images import lock_key as image_lock

router = Router()

SHUTDOWN_ACTIONS = {"stopped": "Stopped", "stoppeddeallocated": "StoppedDeallocated"}
CAPTURE_ACTIONS = {"delete": "Delete", "reprovision": "Reprovision"}


def _path(request: Request) -> tuple[str, str]:
    return request.path_params["service_name"], request.path_params["deployment_name"]


def _deployment(request: Request, state: State) -> tuple[str, Deployment]:
    service_name, deployment_name = _path(request)
    require_unlocked_deployment(state, service_name, deployment_name)
    deployment = require_deployment(state, request.subscription_id, service_name, deployment_name)
    return service_name, deployment


def _instance(deployment: Deployment, role: PersistentVMRole) -> RoleInstance:
    found = role_instances(deployment, role.role_name or "")
    if not found:  # pragma: no cover - every machine made here has its instance
        raise bad_request(f"The role {role.role_name} has no instance.")
    return found[0]


def _start(
    state: State,
    request: Request,
    kind: str,
    service_name: str,
    deployment: Deployment,
    work: Callable[[], None],
    extra_locks: tuple[str, ...] = (),
) -> Response:
    def finish() -> None:
        try:
            work()
        finally:
            deployment.locked = False
            deployment.last_modified_time = now()

    operation = state.operations.start(
        kind,
        subscription_id=request.subscription_id,
        lock_keys=[*deployment_locks(service_name, deployment.name or ""), *extra_locks],
        work=finish,
    )
    deployment.locked = True
    return accepted_async(operation)


def _choice(value: str | None, choices: dict[str, str], what: str) -> str:
    chosen = choices.get((value or "").lower())
    if chosen is None:
        allowed = " or ".join(choices.values())
        raise bad_request(f"The {what} '{value}' is not valid; use {allowed}.")
    return chosen


# --- power: start, restart, shut down ---------------------------------------------------------


def _plan_start(deployment: Deployment, instance: RoleInstance) -> Callable[[], None]:
    """Show the instance starting; the work that makes it run."""
    if is_running(instance):
        return lambda: None
    set_state(instance, STARTING)

    def work() -> None:
        set_state(instance, READY)
        if instance.ip_address is None:
            assign_ip(deployment, instance)

    return work


def _plan_shutdown(instance: RoleInstance, action: str) -> Callable[[], None]:
    """Show the instance stopping; the work that stops it (``action``: Stopped or
    StoppedDeallocated)."""
    final = DEALLOCATED if action == "StoppedDeallocated" else STOPPED
    if instance.instance_status == final[0] or (is_stopped(instance) and final is STOPPED):
        return lambda: None
    set_state(instance, STOPPING)

    def work() -> None:
        set_state(instance, final)
        if final is DEALLOCATED:
            instance.ip_address = None

    return work


def start_role(request: Request, state: State) -> Response:
    read_body(request, "start_role", StartRoleOperation)
    service_name, deployment = _deployment(request, state)
    role = require_role(deployment, request.path_params["role_name"])
    work = _plan_start(deployment, _instance(deployment, role))
    return _start(state, request, "start_role", service_name, deployment, work)


def restart_role(request: Request, state: State) -> Response:
    read_body(request, "restart_role", RestartRoleOperation)
    service_name, deployment = _deployment(request, state)
    role = require_role(deployment, request.path_params["role_name"])
    instance = _instance(deployment, role)
    if not is_running(instance):
        raise not_running_fault(instance)
    set_state(instance, RESTARTING)
    return _start(
        state,
        request,
        "restart_role",
        service_name,
        deployment,
        lambda: set_state(instance, READY),
    )


def shutdown_role(request: Request, state: State) -> Response:
    body = read_body(request, "shutdown_role", ShutdownRoleOperation)
    action = _choice(body.post_shutdown_action or "Stopped", SHUTDOWN_ACTIONS, "PostShutdownAction")
    service_name, deployment = _deployment(request, state)
    role = require_role(deployment, request.path_params["role_name"])
    work = _plan_shutdown(_instance(deployment, role), action)
    return _start(state, request, "shutdown_role", service_name, deployment, work)


def _roles(deployment: Deployment, names: list[str] | None) -> list[PersistentVMRole]:
    if not names:
        raise bad_request("Specify at least one role in Roles.")
    roles: list[PersistentVMRole] = []
    for name in names:
        role = require_role(deployment, name)
        if all(role is not other for other in roles):
            roles.append(role)
    return roles


def _all(works: list[Callable[[], None]]) -> Callable[[], None]:
    def work() -> None:
        for item in works:
            item()

    return work


def start_roles(request: Request, state: State) -> Response:
    body = read_body(request, "start_roles", StartRolesOperation)
    service_name, deployment = _deployment(request, state)
    roles = _roles(deployment, body.role_names)
    works = [_plan_start(deployment, _instance(deployment, role)) for role in roles]
    return _start(state, request, "start_roles", service_name, deployment, _all(works))


def shutdown_roles(request: Request, state: State) -> Response:
    body = read_body(request, "shutdown_roles", ShutdownRolesOperation)
    action = _choice(body.post_shutdown_action or "Stopped", SHUTDOWN_ACTIONS, "PostShutdownAction")
    service_name, deployment = _deployment(request, state)
    roles = _roles(deployment, body.role_names)
    works = [_plan_shutdown(_instance(deployment, role), action) for role in roles]
    return _start(state, request, "shutdown_roles", service_name, deployment, _all(works))


# --- capture as an OS image -------------------------------------------------------------------


def capture_role(request: Request, state: State) -> Response:
    body = read_body(request, "capture_role", CaptureRoleOperation)
    subscription_id = request.subscription_id
    service_name, deployment_name = _path(request)
    role_name = request.path_params["role_name"]
    action = _choice(body.post_capture_action, CAPTURE_ACTIONS, "PostCaptureAction")
    image_name = body.target_image_name or ""
    if not image_name.strip() or len(image_name) > 256:
        raise bad_request("TargetImageName is required (at most 256 characters).")
    label = body.target_image_label or ""
    if not label.strip() or len(label) > 100:
        raise bad_request("TargetImageLabel is required (at most 100 characters).")
    require_unlocked_deployment(state, service_name, deployment_name)
    state.operations.require_unlocked(image_lock(image_name))
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    deployment = require_deployment(state, subscription_id, service_name, deployment_name)
    role = require_role(deployment, role_name)
    instance = _instance(deployment, role)
    if find_os_image(state, subscription_id, image_name) is not None or find_vm_image(
        state, subscription_id, image_name
    ):
        raise conflict(f"An image with the name '{image_name}' already exists.")
    if not is_stopped(instance):
        raise conflict(
            f"The virtual machine {role.role_name} must be shut down before it is captured; it "
            f"is {instance.instance_status}."
        )
    os_disk = role.os_virtual_hard_disk
    if os_disk is None:  # pragma: no cover - every machine made here has one
        raise bad_request(f"The role {role_name} has no OS disk to capture.")
    os_name = os_disk.os or "Linux"
    host_name = instance.host_name
    if action == "Reprovision":
        given = body.provisioning_configuration
        provisioning, _ = _split_configuration_sets([given] if given is not None else None)
        host_name = _check_provisioning(provisioning, os_name, role_name)
    record = disks(state, subscription_id).get(os_disk.disk_name or "")
    properties = service.hosted_service_properties
    image = OSImage(
        affinity_group=properties.affinity_group if properties is not None else None,
        category="User",
        label=label,
        location=(properties.location or "") if properties is not None else "",
        logical_size_in_gb=record.logical_disk_size_in_gb if record is not None else 30,
        media_link=os_disk.media_link,
        name=image_name,
        os=os_name,
        eula="",
        description="",
        is_premium=False,
        os_state="Generalized",
    )

    def work() -> None:
        user_images(state, subscription_id)[image_name] = image
        if action == "Reprovision":
            set_state(instance, READY)
            instance.host_name = host_name
            if instance.ip_address is None:
                assign_ip(deployment, instance)
            return
        # The machine goes; its OS VHD now backs the image, its data disks stay, detached.
        remove_role(state, subscription_id, deployment, role.role_name or "", delete_disks=False)
        disks(state, subscription_id).pop(os_disk.disk_name or "", None)
        if not deployment.role_list:
            remove_deployment(
                state, subscription_id, service_name, deployment.name or "", delete_disks=False
            )

    return _start(
        state,
        request,
        "capture_role",
        service_name,
        deployment,
        work,
        extra_locks=(image_lock(image_name),),
    )


shared_route(
    router,
    root_selector(
        {
            "CaptureRoleOperation": "capture_role",
            "StartRoleOperation": "start_role",
            "RestartRoleOperation": "restart_role",
            "ShutdownRoleOperation": "shutdown_role",
            "CaptureRoleAsVMImageOperation": "capture_vm_image",
        }
    ),
    {
        "capture_role": capture_role,
        "start_role": start_role,
        "restart_role": restart_role,
        "shutdown_role": shutdown_role,
        "capture_vm_image": capture_vm_image,
    },
)

shared_route(
    router,
    root_selector(
        {"StartRolesOperation": "start_roles", "ShutdownRolesOperation": "shutdown_roles"}
    ),
    {"start_roles": start_roles, "shutdown_roles": shutdown_roles},
)


# --- update_role ------------------------------------------------------------------------------


@spec_route(router, "update_role")
def update_role(request: Request, state: State) -> Response:
    body = read_body(request, "update_role", UpdateRole)
    role_name = request.path_params["role_name"]
    service_name, deployment = _deployment(request, state)
    role = require_role(deployment, role_name)
    if body.role_name is not None and body.role_name.lower() != (role.role_name or "").lower():
        raise bad_request(
            f"The role name '{body.role_name}' in the request body does not match the role "
            f"name '{role_name}' in the URI; a virtual machine cannot be renamed."
        )
    if body.role_type not in (None, "PersistentVMRole"):
        raise bad_request(
            f"The role type '{body.role_type}' is not valid; virtual machines are PersistentVMRole."
        )
    size = find_role_size(body.role_size or role.role_size or DEFAULT_ROLE_SIZE)
    if size is None:
        raise bad_request(
            f"The role size '{body.role_size}' is not valid. Use one of the sizes returned by "
            "List Role Sizes."
        )
    attached = {disk.lun or 0: disk for disk in role.data_virtual_hard_disks or []}
    if len(attached) > size.max_data_disk_count:
        raise bad_request(
            f"The maximum number of data disks allowed to be attached to a role of size "
            f"{size.name} is {size.max_data_disk_count}."
        )
    os_update = body.os_virtual_hard_disk
    current_os = role.os_virtual_hard_disk
    if os_update is not None and current_os is not None:
        _check_host_caching(os_update.host_caching)
        for given, now_value, what in (
            (os_update.disk_name, current_os.disk_name, "DiskName"),
            (os_update.media_link, current_os.media_link, "MediaLink"),
        ):
            if given is not None and given != now_value:
                raise bad_request(f"The {what} of the OS disk cannot be changed.")
    caching: list[tuple[int, str]] = []
    for disk in body.data_virtual_hard_disks or []:
        lun = disk.lun or 0
        current = attached.get(lun)
        if current is None:
            raise bad_request(
                f"No data disk is attached at LUN {lun}; attach disks with Add Data Disk."
            )
        _check_host_caching(disk.host_caching)
        if disk.disk_name is not None and disk.disk_name != current.disk_name:
            raise bad_request(f"The DiskName of the data disk at LUN {lun} cannot be changed.")
        if disk.host_caching is not None:
            caching.append((lun, disk.host_caching))
    instance = _instance(deployment, role)
    network_given = body.network_config
    _, network = _split_configuration_sets([network_given] if network_given else None)
    endpoints = None
    if network is not None:
        vip = next((ip.address for ip in deployment.virtual_ips or [] if ip.address), "")
        siblings = [other for other in deployment.role_list or [] if other is not role]
        endpoints = _endpoints(network, role.role_name or "", siblings, vip)
    extensions = _public_extension_references(body.resource_extension_references)

    def work() -> None:
        role.role_size = size.name
        instance.instance_size = size.name
        if body.availability_set_name is not None:
            role.availability_set_name = body.availability_set_name
        if os_update is not None and current_os is not None and os_update.host_caching:
            current_os.host_caching = os_update.host_caching
        for lun, host_caching in caching:
            attached[lun].host_caching = host_caching
        if network is not None and endpoints is not None:
            role.configuration_sets = [network]
            instance.instance_endpoints = endpoints
        if extensions is not None:
            role.resource_extension_references = extensions
        if body.provision_guest_agent is not None:
            role.provision_guest_agent = body.provision_guest_agent

    return _start(state, request, "update_role", service_name, deployment, work)


__all__ = ["router"]
