"""Migration to Azure Resource Manager (``.../migration?comp=validate|prepare|commit|abort``).

For the virtual machines of a deployment and for storage accounts, as ASM runs it: validate
answers the blocking problems at once (a deployment of web/worker roles; an account whose disks
classic machines still use); prepare (refused while validation finds an ``Error``) marks the
resource ``migration_state`` ``Prepared``; commit removes it from the classic API (a deployment
with its disks, and its cloud service when that held nothing else); abort clears the mark.
Commit or abort of a resource not prepared, and a second prepare, are ASM's 400 ``BadRequest``.
Prepare, commit and abort are long-running operations holding the resource's locks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from azure_asm.models import (
    Deployment,
    DeploymentNetworkResource,
    MigrationValidationMessage,
    StorageService,
)

from ..errors import bad_request
from ..routing import Response
from .compute_common import SERVICE_NAMES, deployment_key, deployment_of, start
from .lifecycle_common import is_vm_deployment
from .spec_io import Call, SpecRouter
from .storage_accounts import SHARED_NAMES, lock_key

router = SpecRouter()

PREPARED = "Prepared"
Messages = list[MigrationValidationMessage]


def _error(kind: str, name: str, message: str, vm: str | None = None) -> MigrationValidationMessage:
    return MigrationValidationMessage(kind, name, "Error", message, vm)


# --- deployments ------------------------------------------------------------------------------


def _check_network(call: Call[DeploymentNetworkResource]) -> None:
    body = call.body
    wanted = (body.resource_group_name, body.virtual_network_name, body.subnet_name)
    if body.destination_virtual_network == "Existing" and not all(wanted):
        raise bad_request(
            "ResourceGroupName, VirtualNetworkName and SubNetName are required when the "
            "DestinationVirtualNetwork is Existing."
        )


def _deployment_problems(deployment: Deployment) -> Messages:
    name = deployment.name or ""
    if not is_vm_deployment(deployment):
        return [_error("Deployment", name, "Migration of web and worker roles is not supported.")]
    return []


def _roles_state(deployment: Deployment) -> str | None:
    return next((role.migration_state for role in deployment.role_list or []), None)


def _set_roles_state(deployment: Deployment, value: str | None) -> None:
    for role in deployment.role_list or []:
        role.migration_state = value


@router.handles("validate_deployment_migration")
def validate_deployment_migration(call: Call[DeploymentNetworkResource]) -> Messages:
    deployment = deployment_of(call)
    _check_network(call)
    return _deployment_problems(deployment)


def _prepared_deployment(call: Call[Any]) -> Deployment:
    deployment = deployment_of(call, wait=True)
    if _roles_state(deployment) != PREPARED:
        raise bad_request(f"The deployment {deployment.name} is not prepared for migration.")
    return deployment


@router.handles("prepare_deployment_migration")
def prepare_deployment_migration(call: Call[DeploymentNetworkResource]) -> Response:
    deployment = deployment_of(call, wait=True)
    _check_network(call)
    problems = _deployment_problems(deployment)
    if problems:
        raise bad_request(problems[0].message or "")
    if _roles_state(deployment) == PREPARED:
        raise bad_request(f"The deployment {deployment.name} is already prepared for migration.")
    return start(call, deployment, lambda: _set_roles_state(deployment, PREPARED))


@router.handles("commit_deployment_migration")
def commit_deployment_migration(call: Call[None]) -> Response:
    deployment = _prepared_deployment(call)
    service = call.param("service_name").lower()
    backend = call.backend

    def work() -> None:
        backend.deployments.pop(deployment_key(service, deployment.name or ""))
        for disk_name, disk in list(backend.disks.items()):
            attached = disk.attached_to
            if attached is not None and (
                (attached.hosted_service_name or "").lower(),
                (attached.deployment_name or "").lower(),
            ) == (service, (deployment.name or "").lower()):
                del backend.disks[disk_name]
        if not any(key.lower().startswith(service + "/") for key in backend.deployments):
            backend.hosted_services.pop(service, None)
            call.state.shared(SERVICE_NAMES).pop(service, None)

    return start(call, deployment, work)


@router.handles("abort_deployment_migration")
def abort_deployment_migration(call: Call[None]) -> Response:
    deployment = _prepared_deployment(call)
    return start(call, deployment, lambda: _set_roles_state(deployment, None))


# --- storage accounts -----------------------------------------------------------------------


def _account_problems(call: Call[Any], name: str) -> Messages:
    host = f"{name.lower()}.blob.core.windows.net"
    return [
        _error(
            "StorageAccount",
            name,
            f"The disk {disk_name} of storage account {name} is attached to the classic "
            f"virtual machine {disk.attached_to.role_name}; migrate that machine first.",
            disk.attached_to.role_name,
        )
        for disk_name, disk in call.backend.disks.items()
        if disk.attached_to is not None and host in (disk.media_link or "").lower()
    ]


@router.handles("validate_storage_account_migration")
def validate_storage_account_migration(call: Call[None]) -> Messages:
    name = call.param("service_name")
    call.backend.storage_accounts.get_or_404(name)
    return _account_problems(call, name)


def _start_account(
    call: Call[Any], work: Callable[[StorageService], None], *, prepare: bool = False
) -> Response:
    name = call.param("service_name")
    account = call.backend.storage_accounts.get_or_404(name)
    call.state.operations.require_unlocked(lock_key(name))
    if prepare:
        problems = _account_problems(call, name)
        if problems:
            raise bad_request(problems[0].message or "")
        if account.migration_state == PREPARED:
            raise bad_request(f"The storage account {name} is already prepared for migration.")
    elif account.migration_state != PREPARED:
        raise bad_request(f"The storage account {name} is not prepared for migration.")
    return call.accepted(lock_keys=[lock_key(name)], work=lambda: work(account))


@router.handles("prepare_storage_account_migration")
def prepare_storage_account_migration(call: Call[None]) -> Response:
    def work(account: StorageService) -> None:
        account.migration_state = PREPARED

    return _start_account(call, work, prepare=True)


@router.handles("commit_storage_account_migration")
def commit_storage_account_migration(call: Call[None]) -> Response:
    def work(account: StorageService) -> None:
        name = account.service_name or ""
        call.backend.storage_accounts.pop(name, None)
        call.state.shared(SHARED_NAMES).pop(name, None)

    return _start_account(call, work)


@router.handles("abort_storage_account_migration")
def abort_storage_account_migration(call: Call[None]) -> Response:
    def work(account: StorageService) -> None:
        account.migration_state = None

    return _start_account(call, work)
