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

from azure_asm.models import (
    Deployment,
    DeploymentNetworkResource,
    MigrationValidationMessage,
    StorageService,
)

from ..errors import bad_request
from ..routing import Request, Response, accepted_async
from ..state import State
from .compute_common import SERVICE_NAMES, deployment_key, deployments, require_deployment
from .lifecycle_common import comp_selector, deployment_locks, is_vm_deployment, shared_route
from .spec_io import SpecRouter, read_body, respond, validate_body
from .storage_accounts import SHARED_NAMES, lock_key

router = SpecRouter()

PREPARED = "Prepared"
Messages = list[MigrationValidationMessage]


def _error(kind: str, name: str, message: str, vm: str | None = None) -> MigrationValidationMessage:
    return MigrationValidationMessage(kind, name, "Error", message, vm)


# --- deployments ------------------------------------------------------------------------------


def _deployment(request: Request, state: State) -> tuple[str, Deployment]:
    service = request.path_params["service_name"]
    name = request.path_params["deployment_name"]
    return service, require_deployment(state, request.subscription_id, service, name)


def _network(request: Request, name: str) -> None:
    body = read_body(request, name, DeploymentNetworkResource)
    validate_body(name, body)
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


def validate_deployment_migration(request: Request, state: State) -> Response:
    _, deployment = _deployment(request, state)
    _network(request, "validate_deployment_migration")
    return respond("validate_deployment_migration", _deployment_problems(deployment))


def _start_deployment(
    request: Request, state: State, kind: str, work: Callable[[str, Deployment], None]
) -> Response:
    service, deployment = _deployment(request, state)
    locks = deployment_locks(service, deployment.name or "")
    state.operations.require_unlocked(*locks)
    if kind == "prepare_deployment_migration":
        _network(request, kind)
        problems = _deployment_problems(deployment)
        if problems:
            raise bad_request(problems[0].message or "")
        if _roles_state(deployment) == PREPARED:
            raise bad_request(
                f"The deployment {deployment.name} is already prepared for migration."
            )
    elif _roles_state(deployment) != PREPARED:
        raise bad_request(f"The deployment {deployment.name} is not prepared for migration.")
    operation = state.operations.start(
        kind,
        subscription_id=request.subscription_id,
        lock_keys=locks,
        work=lambda: work(service, deployment),
    )
    return accepted_async(operation)


def prepare_deployment_migration(request: Request, state: State) -> Response:
    def work(_service: str, deployment: Deployment) -> None:
        _set_roles_state(deployment, PREPARED)

    return _start_deployment(request, state, "prepare_deployment_migration", work)


def commit_deployment_migration(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id
    backend = state.backend(subscription_id)

    def work(service: str, deployment: Deployment) -> None:
        deployments(state, subscription_id).pop(deployment_key(service, deployment.name or ""))
        for disk_name, disk in list(backend.disks.items()):
            attached = disk.attached_to
            if attached is not None and (
                (attached.hosted_service_name or "").lower(),
                (attached.deployment_name or "").lower(),
            ) == (service.lower(), (deployment.name or "").lower()):
                del backend.disks[disk_name]
        if not any(
            key.startswith(service.lower() + "/") for key in deployments(state, subscription_id)
        ):
            backend.hosted_services.pop(service, None)
            state.shared(SERVICE_NAMES).pop(service.lower(), None)

    return _start_deployment(request, state, "commit_deployment_migration", work)


def abort_deployment_migration(request: Request, state: State) -> Response:
    def work(_service: str, deployment: Deployment) -> None:
        _set_roles_state(deployment, None)

    return _start_deployment(request, state, "abort_deployment_migration", work)


shared_route(
    router,
    comp_selector(
        {
            "validate": "validate_deployment_migration",
            "prepare": "prepare_deployment_migration",
            "commit": "commit_deployment_migration",
            "abort": "abort_deployment_migration",
        }
    ),
    {
        "validate_deployment_migration": validate_deployment_migration,
        "prepare_deployment_migration": prepare_deployment_migration,
        "commit_deployment_migration": commit_deployment_migration,
        "abort_deployment_migration": abort_deployment_migration,
    },
)


# --- storage accounts -----------------------------------------------------------------------


def _account_problems(state: State, subscription_id: str, name: str) -> Messages:
    host = f"{name.lower()}.blob.core.windows.net"
    return [
        _error(
            "StorageAccount",
            name,
            f"The disk {disk_name} of storage account {name} is attached to the classic "
            f"virtual machine {disk.attached_to.role_name}; migrate that machine first.",
            disk.attached_to.role_name,
        )
        for disk_name, disk in state.backend(subscription_id).disks.items()
        if disk.attached_to is not None and host in (disk.media_link or "").lower()
    ]


def validate_storage_account_migration(request: Request, state: State) -> Response:
    name = request.path_params["service_name"]
    state.backend(request.subscription_id).storage_accounts.get_or_404(name)
    messages = _account_problems(state, request.subscription_id, name)
    return respond("validate_storage_account_migration", messages)


def _start_account(
    request: Request, state: State, kind: str, work: Callable[[StorageService], None]
) -> Response:
    subscription_id, name = request.subscription_id, request.path_params["service_name"]
    account = state.backend(subscription_id).storage_accounts.get_or_404(name)
    state.operations.require_unlocked(lock_key(name))
    if kind == "prepare_storage_account_migration":
        problems = _account_problems(state, subscription_id, name)
        if problems:
            raise bad_request(problems[0].message or "")
        if account.migration_state == PREPARED:
            raise bad_request(f"The storage account {name} is already prepared for migration.")
    elif account.migration_state != PREPARED:
        raise bad_request(f"The storage account {name} is not prepared for migration.")
    operation = state.operations.start(
        kind,
        subscription_id=subscription_id,
        lock_keys=[lock_key(name)],
        work=lambda: work(account),
    )
    return accepted_async(operation)


def prepare_storage_account_migration(request: Request, state: State) -> Response:
    def work(account: StorageService) -> None:
        account.migration_state = PREPARED

    return _start_account(request, state, "prepare_storage_account_migration", work)


def commit_storage_account_migration(request: Request, state: State) -> Response:
    subscription_id = request.subscription_id

    def work(account: StorageService) -> None:
        name = account.service_name or ""
        state.backend(subscription_id).storage_accounts.pop(name, None)
        state.shared(SHARED_NAMES).pop(name, None)

    return _start_account(request, state, "commit_storage_account_migration", work)


def abort_storage_account_migration(request: Request, state: State) -> Response:
    def work(account: StorageService) -> None:
        account.migration_state = None

    return _start_account(request, state, "abort_storage_account_migration", work)


shared_route(
    router,
    comp_selector(
        {
            "validate": "validate_storage_account_migration",
            "prepare": "prepare_storage_account_migration",
            "commit": "commit_storage_account_migration",
            "abort": "abort_storage_account_migration",
        }
    ),
    {
        "validate_storage_account_migration": validate_storage_account_migration,
        "prepare_storage_account_migration": prepare_storage_account_migration,
        "commit_storage_account_migration": commit_storage_account_migration,
        "abort_storage_account_migration": abort_storage_account_migration,
    },
)
