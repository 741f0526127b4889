"""Virtual machine roles: get, add, delete, and capture as a VM image.

``add_role`` shows the new machine at once (``Provisioning``) and makes it ``ReadyRole`` when
the operation succeeds; ``delete_role`` removes it then (never the last machine: ASM wants the
deployment deleted instead). ``capture_vm_image`` registers the VM image as soon as the
capture is accepted (``VMImageCreating``, ready when the operation succeeds), so that a
listing right after the call shows it; while it runs, the image is locked (``vmimage:NAME``)
and creating machines from it waits. A Generalized capture deletes the machine, as ASM does
(and the deployment with it when it was the last machine); a Specialized one keeps it.
"""

from __future__ import annotations

from azure_asm.models import (
    AddRole,
    CaptureRoleAsVMImage,
    DataDiskConfiguration,
    Deployment,
    OSDiskConfiguration,
    PersistentVMRole,
    VMImage,
)
from azure_asm.validators import validate_add_role

from ..errors import bad_request, resource_not_found
from ..routing import Request, Response, Router, accepted_async
from ..state import State
from .compute_common import (
    conflict,
    deployment_lock,
    disks,
    find_os_image,
    find_vm_image,
    now,
    read_body,
    require_deployment,
    respond,
    service_lock,
    spec_route,
    stamp,
    vm_image_lock,
)
from .compute_vm import (
    commit_virtual_machine,
    plan_virtual_machine,
    release_role_disks,
)
from .deployments import remove_deployment, settle_machines

router = Router()


def find_role(deployment: Deployment, role_name: str) -> PersistentVMRole | None:
    wanted = role_name.lower()
    return next(
        (role for role in deployment.role_list or [] if (role.role_name or "").lower() == wanted),
        None,
    )


def require_role(deployment: Deployment, role_name: str) -> PersistentVMRole:
    role = find_role(deployment, role_name)
    if role is None:
        raise resource_not_found(f"The role name '{role_name}' does not exist.")
    return role


def remove_role(
    state: State,
    subscription_id: str,
    deployment: Deployment,
    role_name: str,
    *,
    delete_disks: bool,
) -> None:
    """Take a machine out of its deployment and release its disks (operation work)."""
    role = find_role(deployment, role_name)
    if role is None:
        return
    deployment.role_list = [r for r in deployment.role_list or [] if r is not role]
    deployment.role_instance_list = [
        instance
        for instance in deployment.role_instance_list or []
        if (instance.role_name or "").lower() != role_name.lower()
    ]
    release_role_disks(state, subscription_id, role, delete=delete_disks)
    deployment.last_modified_time = now()


@spec_route(router, "get_role")
def get_role(request: Request, state: State) -> Response:
    deployment = require_deployment(
        state,
        request.subscription_id,
        request.path_params["service_name"],
        request.path_params["deployment_name"],
    )
    return respond("get_role", require_role(deployment, request.path_params["role_name"]))


@spec_route(router, "add_role")
def add_role(request: Request, state: State) -> Response:
    body = read_body(request, "add_role", AddRole)
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    deployment_name = request.path_params["deployment_name"]
    locks = [service_lock(service_name), deployment_lock(service_name, deployment_name)]
    state.operations.require_unlocked(*locks)
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    deployment = require_deployment(state, subscription_id, service_name, deployment_name)
    vip = next((ip.address for ip in deployment.virtual_ips or [] if ip.address), "")
    plan = plan_virtual_machine(
        state,
        subscription_id,
        service,
        deployment.name or deployment_name,
        body,
        deployment=deployment,
        vip=vip,
        moment=now(),
    )
    try:
        validate_add_role(body, "PersistentVMRole")
    except (ValueError, TypeError) as error:
        raise bad_request(f"The request is invalid: {error}") from None

    def work() -> None:
        settle_machines(deployment)

    operation = state.operations.start(
        "add_role", subscription_id=subscription_id, lock_keys=locks, work=work
    )
    commit_virtual_machine(state, subscription_id, service.service_name or "", deployment, plan)
    deployment.locked = True
    return accepted_async(operation)


@spec_route(router, "delete_role")
def delete_role(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    deployment_name = request.path_params["deployment_name"]
    role_name = request.path_params["role_name"]
    locks = [service_lock(service_name), deployment_lock(service_name, deployment_name)]
    state.operations.require_unlocked(*locks)
    deployment = require_deployment(state, subscription_id, service_name, deployment_name)
    require_role(deployment, role_name)
    if len(deployment.role_list or []) <= 1:
        raise bad_request(
            f"The role {role_name} is the only role in deployment {deployment.name} and cannot "
            "be deleted; delete the deployment instead."
        )
    delete_disks = request.query.get("comp", "").lower() == "media"

    def work() -> None:
        remove_role(state, subscription_id, deployment, role_name, delete_disks=delete_disks)
        deployment.locked = False

    operation = state.operations.start(
        "delete_role", subscription_id=subscription_id, lock_keys=locks, work=work
    )
    deployment.locked = True
    for instance in deployment.role_instance_list or []:
        if (instance.role_name or "").lower() == role_name.lower():
            instance.instance_status = "DeletingVM"
            instance.power_state = "Stopping"
    return accepted_async(operation)


# Routed by ``role_operations``: it shares its method and path with the other role actions.
def capture_vm_image(request: Request, state: State) -> Response:
    body = read_body(request, "capture_vm_image", CaptureRoleAsVMImage)
    subscription_id = request.subscription_id
    service_name = request.path_params["service_name"]
    deployment_name = request.path_params["deployment_name"]
    role_name = request.path_params["role_name"]
    if body.os_state not in ("Generalized", "Specialized"):
        raise bad_request("OSState must be Generalized or Specialized.")
    image_name = body.vm_image_name
    if not image_name or len(image_name) > 256:
        raise bad_request("VMImageName is required (at most 256 characters).")
    if not body.vm_image_label or len(body.vm_image_label) > 100:
        raise bad_request("VMImageLabel is required (at most 100 characters).")
    locks = [
        service_lock(service_name),
        deployment_lock(service_name, deployment_name),
        vm_image_lock(image_name),
    ]
    state.operations.require_unlocked(*locks)
    service = state.backend(subscription_id).hosted_services.get_or_404(service_name)
    deployment = require_deployment(state, subscription_id, service_name, deployment_name)
    role = require_role(deployment, role_name)
    if find_vm_image(state, subscription_id, image_name) is not None or find_os_image(
        state, subscription_id, image_name
    ):
        raise conflict(f"An image with the name '{image_name}' already exists.")
    os_disk = role.os_virtual_hard_disk
    if os_disk is None:  # pragma: no cover - every machine made here has one
        raise bad_request(f"The role {role_name} has no OS disk to capture.")
    generalized = body.os_state == "Generalized"
    repository = disks(state, subscription_id)
    moment = now()
    suffix = stamp(moment)

    def blob(media_link: str | None, part: str) -> str | None:
        # Generalized: the machine's VHDs become the image; Specialized: copies beside them.
        if generalized or not media_link:
            return media_link
        return f"{media_link.rsplit('/', 1)[0]}/{image_name}-{part}-{suffix}.vhd"

    os_record = repository.get(os_disk.disk_name or "")
    properties = service.hosted_service_properties
    instance_status = next(
        (
            instance.instance_status
            for instance in deployment.role_instance_list or []
            if (instance.role_name or "").lower() == role_name.lower()
        ),
        None,
    )
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
        role_state_on_capture=instance_status or "ReadyRole",
        role_size_on_capture=role.role_size,
        is_corrupted=False,
    )

    def work() -> None:
        image.vm_image_state = "VMImageReadyForUse"
        image.modified_time = now()
        deployment.locked = False
        if generalized:
            # The machine is gone; its VHDs now belong to the image, not to disks.
            remove_role(state, subscription_id, deployment, role_name, delete_disks=True)
            if not deployment.role_list:
                remove_deployment(
                    state, subscription_id, service_name, deployment_name, delete_disks=True
                )

    operation = state.operations.start(
        "capture_vm_image", subscription_id=subscription_id, lock_keys=locks, work=work
    )
    state.backend(subscription_id).vm_images[image_name] = image
    deployment.locked = True
    return accepted_async(operation)
