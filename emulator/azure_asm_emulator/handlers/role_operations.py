"""Virtual machine roles: get, add, delete, update, start, restart, shut down (one or several)
and capture as an OS image or a VM image.

A machine shows the transitional state of the operation under way (``Provisioning``,
``StartingVM``, ``StoppingVM``, ``RestartingRole``, ``DeletingVM``) and its final one when the
operation succeeds; ``StoppedDeallocated`` releases its internal address (a new one comes with
the next start). Starting a running machine or stopping a stopped one is accepted and changes
nothing; restarting a stopped one is 409. The last machine of a deployment cannot be deleted
(ASM wants the deployment deleted). ``update_role`` checks everything before it changes
anything, and keeps what the body does not send.

Captures: ``capture_role`` needs a stopped machine and registers a User OS image when it
succeeds, then deletes the machine (its OS VHD now backs the image) or provisions it again.
``capture_vm_image`` lists the image at once (``VMImageCreating``) so that a listing right after
the call shows it, locked (``vmimage:NAME``) until the capture is done; a Generalized capture
deletes the machine (and the deployment if it was the last), as ASM does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from azure_asm.models import (
    AddRole,
    CaptureRoleAsVMImage,
    CaptureRoleOperation,
    DataDiskConfiguration,
    Deployment,
    HostedService,
    OSDiskConfiguration,
    OSImage,
    PersistentVMRole,
    RoleInstance,
    ShutdownRoleOperation,
    ShutdownRolesOperation,
    StartRolesOperation,
    UpdateRole,
    VMImage,
)

from ..catalogue_compute import DEFAULT_ROLE_SIZE
from ..errors import bad_request
from ..routing import Response
from .compute_common import (
    conflict,
    deployment_of,
    find_vm_image,
    flag,
    now,
    public_address,
    role_of,
    stamp,
    start,
    vm_image_lock,
)
from .compute_vm import (
    check_disk_count,
    check_provisioning,
    check_role_type,
    commit_virtual_machine,
    endpoints_of,
    plan_virtual_machine,
    public_extension_references,
    role_size,
    split_configuration_sets,
)
from .deployments import remove_deployment, remove_role, settle_machines
from .lifecycle_common import (
    DEALLOCATED,
    DELETING,
    READY,
    RESTARTING,
    STARTING,
    STOPPED,
    STOPPING,
    assign_ip,
    is_running,
    is_stopped,
    require_running,
    role_instances,
    set_state,
)
from .os_images import find_os_image
from .os_images import lock_key as os_image_lock
from .spec_io import Call, SpecRouter

router = SpecRouter()

Work = Callable[[], None]


def _instance(deployment: Deployment, role: PersistentVMRole) -> RoleInstance:
    return role_instances(deployment, role.role_name or "")[0]


def _path_role(call: Call[Any]) -> tuple[Deployment, PersistentVMRole, RoleInstance]:
    """The deployment (after waiting out its locks), machine and instance of the path."""
    deployment = deployment_of(call, wait=True)
    role = role_of(deployment, call.param("role_name"))
    return deployment, role, _instance(deployment, role)


def _check_image_name(name: str | None, label: str | None, what: str) -> None:
    if not (name or "").strip() or len(name or "") > 256:
        raise bad_request(f"{what}Name is required (at most 256 characters).")
    if not (label or "").strip() or len(label or "") > 100:
        raise bad_request(f"{what}Label is required (at most 100 characters).")


def _capture_of(
    call: Call[Any], image_name: str, image_lock: Callable[[str], str]
) -> tuple[Deployment, PersistentVMRole, RoleInstance, HostedService]:
    """What a capture into a new image ``image_name`` takes (after waiting out its locks)."""
    call.state.operations.require_unlocked(image_lock(image_name))
    deployment, role, instance = _path_role(call)
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    if find_os_image(call.state, call.subscription_id, image_name) or find_vm_image(
        call.state, call.subscription_id, image_name
    ):
        raise conflict(f"An image with the name '{image_name}' already exists.")
    return deployment, role, instance, service


# --- get, add, delete ------------------------------------------------------------------------


@router.handles("get_role")
def get_role(call: Call[None]) -> PersistentVMRole:
    return role_of(deployment_of(call), call.param("role_name"))


@router.handles("add_role")
def add_role(call: Call[AddRole]) -> Response:
    deployment = deployment_of(call, wait=True)
    service = call.backend.hosted_services.get_or_404(call.param("service_name"))
    vip = public_address(deployment)
    plan = plan_virtual_machine(
        call.state,
        call.subscription_id,
        service,
        deployment.name or "",
        call.body,
        deployment=deployment,
        vip=vip,
        moment=now(),
    )
    answer = start(call, deployment, lambda: settle_machines(deployment))
    commit_virtual_machine(
        call.state, call.subscription_id, service.service_name or "", deployment, plan
    )
    return answer


@router.handles("delete_role")
def delete_role(call: Call[None]) -> Response:
    deployment = deployment_of(call, wait=True)
    role = role_of(deployment, call.param("role_name"))
    if len(deployment.role_list or []) <= 1:
        raise bad_request(
            f"The role {call.param('role_name')} is the only role in deployment "
            f"{deployment.name} and cannot be deleted; delete the deployment instead."
        )
    delete_disks = flag(call.request, "comp", "media")
    name = role.role_name or ""

    def work() -> None:
        remove_role(call.state, call.subscription_id, deployment, name, delete_disks=delete_disks)

    answer = start(call, deployment, work)
    for instance in role_instances(deployment, name):
        set_state(instance, DELETING)
    return answer


# --- power: start, restart, shut down ---------------------------------------------------------


def _plan_start(deployment: Deployment, instance: RoleInstance) -> Work:
    """Show the instance starting; the work that makes it run."""
    if is_running(instance):
        return lambda: None
    set_state(instance, STARTING)

    def work() -> None:
        set_state(instance, READY)
        if instance.ip_address is None:
            assign_ip(deployment, instance)

    return work


def _plan_shutdown(instance: RoleInstance, action: str | None) -> Work:
    """Show the instance stopping; the work that stops it (to Stopped or StoppedDeallocated)."""
    final = DEALLOCATED if action == "StoppedDeallocated" else STOPPED
    if instance.instance_status == final[0] or (is_stopped(instance) and final is STOPPED):
        return lambda: None
    set_state(instance, STOPPING)

    def work() -> None:
        set_state(instance, final)
        if final is DEALLOCATED:
            instance.ip_address = None

    return work


@router.handles("start_role")
def start_role(call: Call[Any]) -> Response:
    call.parse()  # nothing to check in an empty StartRoleOperation
    deployment, _, instance = _path_role(call)
    return start(call, deployment, _plan_start(deployment, instance))


@router.handles("restart_role")
def restart_role(call: Call[Any]) -> Response:
    call.parse()  # nothing to check in an empty RestartRoleOperation
    deployment, _, instance = _path_role(call)
    require_running(instance)
    set_state(instance, RESTARTING)
    return start(call, deployment, lambda: set_state(instance, READY))


@router.handles("shutdown_role")
def shutdown_role(call: Call[ShutdownRoleOperation]) -> Response:
    action = call.body.post_shutdown_action
    deployment, _, instance = _path_role(call)
    return start(call, deployment, _plan_shutdown(instance, action))


def _roles(deployment: Deployment, names: list[str] | None) -> list[RoleInstance]:
    """The instances of the named machines, each once (404 for an unknown one)."""
    found: list[RoleInstance] = []
    for name in names or []:
        instance = _instance(deployment, role_of(deployment, name))
        if all(instance is not other for other in found):
            found.append(instance)
    if not found:
        raise bad_request("Specify at least one role in Roles.")
    return found


def _all(works: list[Work]) -> Work:
    def work() -> None:
        for each in works:
            each()

    return work


@router.handles("start_roles")
def start_roles(call: Call[StartRolesOperation]) -> Response:
    names = call.body.role_names
    deployment = deployment_of(call, wait=True)
    works = [_plan_start(deployment, instance) for instance in _roles(deployment, names)]
    return start(call, deployment, _all(works))


@router.handles("shutdown_roles")
def shutdown_roles(call: Call[ShutdownRolesOperation]) -> Response:
    body = call.body
    deployment = deployment_of(call, wait=True)
    instances = _roles(deployment, body.role_names)
    works = [_plan_shutdown(instance, body.post_shutdown_action) for instance in instances]
    return start(call, deployment, _all(works))


# --- captures ---------------------------------------------------------------------------------


@router.handles("capture_role")
def capture_role(call: Call[CaptureRoleOperation]) -> Response:
    body = call.body
    image_name = body.target_image_name or ""
    _check_image_name(image_name, body.target_image_label, "TargetImage")
    deployment, role, instance, service = _capture_of(call, image_name, os_image_lock)
    if not is_stopped(instance):
        raise conflict(
            f"The virtual machine {role.role_name} must be shut down before it is captured; it "
            f"is {instance.instance_status}."
        )
    os_disk = role.os_virtual_hard_disk
    assert os_disk is not None  # every machine made here has one
    os_name, host_name = os_disk.os or "Linux", instance.host_name
    reprovision = body.post_capture_action == "Reprovision"
    if reprovision:
        given = body.provisioning_configuration
        provisioning, _ = split_configuration_sets([given] if given is not None else None)
        host_name = check_provisioning(provisioning, os_name, role.role_name or "")
    disks = call.backend.disks
    record = disks.get(os_disk.disk_name or "")
    properties = service.hosted_service_properties
    image = OSImage(
        affinity_group=properties.affinity_group if properties is not None else None,
        category="User",
        label=body.target_image_label,
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
        call.backend.os_images[image_name] = image
        if reprovision:
            set_state(instance, READY)
            instance.host_name = host_name
            if instance.ip_address is None:
                assign_ip(deployment, instance)
            return
        # The machine goes; its OS VHD now backs the image, its data disks stay, detached.
        _remove_machine(call, deployment, role, delete_disks=False)
        disks.pop(os_disk.disk_name or "", None)

    return start(call, deployment, work, locks=(os_image_lock(image_name),))


def _remove_machine(
    call: Call[Any], deployment: Deployment, role: PersistentVMRole, *, delete_disks: bool
) -> None:
    """Remove a captured machine, and its deployment when it was the last one."""
    state, subscription_id = call.state, call.subscription_id
    remove_role(state, subscription_id, deployment, role.role_name or "", delete_disks=delete_disks)
    if not deployment.role_list:
        service_name, name = call.param("service_name"), deployment.name or ""
        remove_deployment(state, subscription_id, service_name, name, delete_disks=delete_disks)


@router.handles("capture_vm_image")
def capture_vm_image(call: Call[CaptureRoleAsVMImage]) -> Response:
    body = call.body
    image_name = body.vm_image_name or ""
    _check_image_name(image_name, body.vm_image_label, "VMImage")
    deployment, role, instance, service = _capture_of(call, image_name, vm_image_lock)
    os_disk = role.os_virtual_hard_disk
    assert os_disk is not None  # every machine made here has one
    generalized = body.os_state == "Generalized"
    moment = now()
    suffix = stamp(moment)

    def blob(media_link: str | None, part: str) -> str | None:
        # Generalized: the machine's VHDs become the image; Specialized: copies beside them.
        if generalized or not media_link:
            return media_link
        return f"{media_link.rsplit('/', 1)[0]}/{image_name}-{part}-{suffix}.vhd"

    os_record = call.backend.disks.get(os_disk.disk_name or "")
    properties = service.hosted_service_properties
    image = VMImage(
        name=image_name,
        label=body.vm_image_label,
        category="User",
        description=body.description,
        os_disk_configuration=OSDiskConfiguration(
            name=f"{image_name}-os-{suffix}",
            host_caching=os_disk.host_caching,
            os_state=body.os_state,
            os=os_disk.os,
            media_link=blob(os_disk.media_link, "os"),
            logical_disk_size_in_gb=os_record.logical_disk_size_in_gb if os_record else 30,
            io_type=os_disk.io_type or "Standard",
        ),
        data_disk_configurations=[
            DataDiskConfiguration(
                name=f"{image_name}-datadisk-{disk.lun or 0}-{suffix}",
                host_caching=disk.host_caching,
                lun=disk.lun or 0,
                media_link=blob(disk.media_link, f"datadisk-{disk.lun or 0}"),
                logical_disk_size_in_gb=disk.logical_disk_size_in_gb,
                io_type=disk.io_type or "Standard",
            )
            for disk in role.data_virtual_hard_disks or []
        ],
        service_name=service.service_name,
        deployment_name=deployment.name,
        role_name=role.role_name,
        affinity_group=properties.affinity_group if properties else None,
        location=properties.location if properties else None,
        created_time=moment,
        modified_time=moment,
        language=body.language,
        image_family=body.image_family,
        recommended_vm_size=body.recommended_vm_size,
        is_premium=False,
        show_in_gui=False,
        vm_image_state="VMImageCreating",
        role_state_on_capture=instance.instance_status or "ReadyRole",
        role_size_on_capture=role.role_size,
        is_corrupted=False,
    )

    def work() -> None:
        image.vm_image_state = "VMImageReadyForUse"
        image.modified_time = now()
        if generalized:
            # The machine is gone; its VHDs now belong to the image, not to disks.
            _remove_machine(call, deployment, role, delete_disks=True)

    answer = start(call, deployment, work, locks=(vm_image_lock(image_name),))
    call.backend.vm_images[image_name] = image
    return answer


# --- update_role ------------------------------------------------------------------------------


@router.handles("update_role")
def update_role(call: Call[UpdateRole]) -> Response:
    body = call.body
    deployment, role, instance = _path_role(call)
    if body.role_name is not None and body.role_name.lower() != (role.role_name or "").lower():
        raise bad_request(
            f"The role name '{body.role_name}' in the request body does not match the role "
            f"name '{call.param('role_name')}' in the URI; a virtual machine cannot be renamed."
        )
    check_role_type(body.role_type)
    size = role_size(body.role_size or role.role_size or DEFAULT_ROLE_SIZE)
    attached = {disk.lun or 0: disk for disk in role.data_virtual_hard_disks or []}
    check_disk_count(size, len(attached))
    os_update, current_os = body.os_virtual_hard_disk, role.os_virtual_hard_disk
    if os_update is not None and current_os is not None:
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
        if disk.disk_name is not None and disk.disk_name != current.disk_name:
            raise bad_request(f"The DiskName of the data disk at LUN {lun} cannot be changed.")
        if disk.host_caching is not None:
            caching.append((lun, disk.host_caching))
    network_given = body.network_config
    _, network = split_configuration_sets([network_given] if network_given else None)
    endpoints = None
    if network is not None:
        vip = public_address(deployment)
        siblings = [other for other in deployment.role_list or [] if other is not role]
        endpoints = endpoints_of(network, siblings, vip)
    extensions = public_extension_references(body.resource_extension_references)

    def work() -> None:
        role.role_size = instance.instance_size = size.name
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

    return start(call, deployment, work)
