"""Classic storage accounts (``/services/storageservices``).

Accounts live in ``state.backend(subscription_id).storage_accounts`` (the generated
``StorageService``; its ``url`` is made per request from the ``Host`` the client used) and
their names, global across Azure, in ``state.shared("storage_names")`` (name -> subscription)
from the moment a creation is accepted until a deletion completes. Create and delete are
asynchronous and hold ``storageservice:NAME`` (a write meanwhile is 409 "currently performing
an operation", which clients wait out); update is synchronous. ZRS and premium accounts cannot
change type and no account can become one (400); an account whose blobs hold an image or disk
of the subscription cannot be deleted (400).
"""

from __future__ import annotations

import base64
import datetime
import re
import secrets
from urllib.parse import urlsplit

from azure_asm.models import (
    AvailabilityResponse,
    CreateStorageServiceInput,
    StorageAccountProperties,
    StorageService,
    StorageServiceKeys,
    UpdateStorageServiceInput,
)

from ..catalogue_locations import canonical_location, paired_region
from ..errors import bad_request
from ..routing import Request, Response
from ..state import State
from .compute_common import management_url
from .spec_io import Call, SpecRouter

router = SpecRouter()

SHARED_NAMES = "storage_names"
LOCK_KIND = "storageservice"

ACCOUNT_TYPES = ("Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS")
_GEO_REDUNDANT = ("Standard_GRS", "Standard_RAGRS")
_NOT_CONVERTIBLE = ("Standard_ZRS", "Premium_LRS")
_NAME = re.compile(r"^[a-z0-9]{3,24}$")
_PROPERTY_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
MAX_EXTENDED_PROPERTIES = 50

INVALID_NAME_MESSAGE = (
    "The name is not a valid storage account name. Storage account names must be between 3 "
    "and 24 characters in length and use numbers and lower-case letters only."
)
BLOB_HOST_SUFFIX = ".blob.core.windows.net"


def lock_key(name: str) -> str:
    """The operation lock key of storage account ``name``."""
    return f"{LOCK_KIND}:{name}"


def storage_account_of_media_link(
    state: State, subscription_id: str, media_link: str | None
) -> StorageService | None:
    """The subscription's storage account whose blob endpoint ``media_link`` points into."""
    host = (urlsplit(media_link or "").hostname or "").lower()
    if not host.endswith(BLOB_HOST_SUFFIX):
        return None
    return state.backend(subscription_id).storage_accounts.get(host[: -len(BLOB_HOST_SUFFIX)])


def new_key() -> str:
    """A new storage access key: 64 random bytes, base64 (88 characters, like ASM's)."""
    return base64.b64encode(secrets.token_bytes(64)).decode("ascii")


def _endpoints(name: str, suffix: str = "") -> list[str]:
    return [
        f"https://{name}{suffix}.{service}.core.windows.net/"
        for service in ("blob", "queue", "table", "file")
    ]


def _check_label(label: str | None) -> None:
    # Lengths of label and description are the spec's (the generated validator's 400).
    if not label:
        raise bad_request("The label of the storage account must be specified.")


def _check_account_type(account_type: str) -> None:
    if account_type not in ACCOUNT_TYPES:
        raise bad_request(
            f"The account type '{account_type}' is not valid. "
            f"Valid account types are: {', '.join(ACCOUNT_TYPES)}."
        )


def check_extended_properties(
    current: dict[str, str] | None, added: dict[str, str] | None, noun: str
) -> dict[str, str]:
    """``current`` with ``added`` merged in; ASM's 400 for a bad name or value, or too many
    (the rules of storage accounts and cloud services alike; ``noun`` names the owner)."""
    merged = dict(current or {})
    for key, value in (added or {}).items():
        if not _PROPERTY_NAME.match(key):
            raise bad_request(
                f"The extended property name '{key}' is not valid. Names must start with a "
                "letter, hold only letters, digits and underscores and be at most 64 "
                "characters long."
            )
        if len(value) > 255:
            raise bad_request(
                f"The value of the extended property '{key}' is longer than 255 characters."
            )
        merged[key] = value
    if len(merged) > MAX_EXTENDED_PROPERTIES:
        raise bad_request(
            f"A {noun} can have at most {MAX_EXTENDED_PROPERTIES} extended properties."
        )
    return merged


def _placement(state: State, subscription_id: str, body: CreateStorageServiceInput) -> str:
    """Validate location / affinity group; return the account's location ("" if unknown)."""
    location, group = body.location or None, body.affinity_group or None
    if location is None and group is None:
        raise bad_request("Either a location or an affinity group must be specified.")
    if location is not None and group is not None:
        raise bad_request("Only one of location or affinity group can be specified, not both.")
    if location is not None:
        canonical = canonical_location(location)
        if canonical is None:
            raise bad_request(f"The location '{location}' is not a valid location.")
        return canonical
    assert group is not None
    found = state.backend(subscription_id).affinity_groups.get(group)
    if found is None:
        raise bad_request(f"The affinity group '{group}' does not exist.")
    return found.location or ""


def _public_view(request: Request, account: StorageService, *, keys: bool) -> StorageService:
    """What the answer shows of ``account``: properties, or (``keys``) only the keys."""
    name = account.service_name or ""
    return StorageService(
        url=management_url(request, f"/services/storageservices/{name}"),
        service_name=name,
        storage_service_properties=None if keys else account.storage_service_properties,
        storage_service_keys=account.storage_service_keys if keys else None,
        extended_properties=None if keys else dict(account.extended_properties or {}),
        capabilities=None if keys else list(account.capabilities or []),
        migration_state=None if keys else account.migration_state,
    )


def _apply_account_type(properties: StorageAccountProperties, name: str, kind: str) -> None:
    location = properties.geo_primary_region or properties.location or ""
    geo = kind in _GEO_REDUNDANT
    properties.account_type = kind
    properties.status_of_primary = "Available"
    properties.geo_secondary_region = paired_region(location) if geo else ""
    properties.status_of_secondary = "Available" if geo else ""
    properties.secondary_endpoints = (
        _endpoints(name, "-secondary")[:3] if kind == "Standard_RAGRS" else None
    )


@router.handles("list_storage_accounts")
def list_storage_accounts(call: Call[None]) -> list[StorageService]:
    accounts = call.backend.storage_accounts.values()
    return [_public_view(call.request, account, keys=False) for account in accounts]


@router.handles("get_storage_account_properties")
def get_storage_account_properties(call: Call[None]) -> StorageService:
    account = call.backend.storage_accounts.get_or_404(call.param("service_name"))
    return _public_view(call.request, account, keys=False)


@router.handles("get_storage_account_keys")
def get_storage_account_keys(call: Call[None]) -> StorageService:
    account = call.backend.storage_accounts.get_or_404(call.param("service_name"))
    return _public_view(call.request, account, keys=True)


def _check_create(call: Call[CreateStorageServiceInput], body: CreateStorageServiceInput) -> None:
    if not _NAME.match(body.service_name or ""):
        raise bad_request(INVALID_NAME_MESSAGE)
    _check_label(body.label)
    _check_account_type(body.account_type or "Standard_GRS")


@router.handles("create_storage_account", check=_check_create)
def create_storage_account(call: Call[CreateStorageServiceInput]) -> Response:
    state, subscription_id, body = call.state, call.subscription_id, call.body
    name = body.service_name or ""
    names = state.shared(SHARED_NAMES)
    table = call.backend.storage_accounts
    if name in names:
        raise table.conflict(name)
    location = _placement(state, subscription_id, body)
    extended = check_extended_properties(
        {
            "ResourceGroup": f"Default-Storage-{location.replace(' ', '')}",
            "ResourceLocation": location,
        },
        body.extended_properties,
        "storage account",
    )
    properties = StorageAccountProperties(
        description=body.description or "",
        affinity_group=body.affinity_group or None,
        location=None if body.affinity_group else location,
        label=body.label,
        status="Creating",
        endpoints=_endpoints(name),
        geo_primary_region=location,
        creation_time=datetime.datetime.now(datetime.UTC).replace(microsecond=0),
        custom_domains=[],
    )
    _apply_account_type(properties, name, body.account_type or "Standard_GRS")
    account = StorageService(
        service_name=name,
        storage_service_properties=properties,
        storage_service_keys=StorageServiceKeys(primary=new_key(), secondary=new_key()),
        extended_properties=extended,
        capabilities=["PersistentVMRole"],
    )

    def work() -> None:
        properties.status = "Created"

    # Taking the lock first: if that fails (409), nothing has been reserved.
    answer = call.accepted(lock_keys=[lock_key(name)], work=work)
    names[name] = subscription_id
    table[name] = account
    return answer


def _check_update(call: Call[UpdateStorageServiceInput], body: UpdateStorageServiceInput) -> None:
    if body.account_type:
        _check_account_type(body.account_type)


@router.handles("update_storage_account", check=_check_update)
def update_storage_account(call: Call[UpdateStorageServiceInput]) -> None:
    name = call.param("service_name")
    call.parse()
    account = call.backend.storage_accounts.get_or_404(name)
    call.state.operations.require_unlocked(lock_key(name))
    body = call.body
    properties = account.storage_service_properties or StorageAccountProperties()
    current_type = properties.account_type or "Standard_GRS"
    new_type = body.account_type or current_type
    if new_type != current_type and (
        current_type in _NOT_CONVERTIBLE or new_type in _NOT_CONVERTIBLE
    ):
        raise bad_request(
            f"The account type of storage account {name} cannot be changed from "
            f"{current_type} to {new_type}."
        )
    extended = check_extended_properties(
        account.extended_properties, body.extended_properties, "storage account"
    )
    if body.description is not None:
        properties.description = body.description
    if body.label:
        properties.label = body.label
    account.extended_properties = extended
    if new_type != current_type:
        _apply_account_type(properties, name, new_type)
    account.storage_service_properties = properties


def _blob_users(state: State, subscription_id: str, name: str) -> list[str]:
    """Names of the subscription's own images and disks stored in account ``name``."""
    host = f"{name}{BLOB_HOST_SUFFIX}"
    users: list[str] = []
    backend = state.backend(subscription_id)
    for stored in (backend.os_images, backend.disks):
        for item_name, item in stored.items():
            link = item.media_link
            if link and (urlsplit(link).hostname or "").lower() == host:
                users.append(item_name)
    return users


@router.handles("delete_storage_account")
def delete_storage_account(call: Call[None]) -> Response:
    state, subscription_id = call.state, call.subscription_id
    name = call.param("service_name")
    table = call.backend.storage_accounts
    table.get_or_404(name)
    state.operations.require_unlocked(lock_key(name))
    users = _blob_users(state, subscription_id, name)
    if users:
        raise bad_request(
            f"Storage account {name} has some active image(s) and/or disk(s), e.g. {users[0]}. "
            "Ensure these image(s) and/or disk(s) are removed before deleting this storage "
            "account."
        )

    def work() -> None:
        table.pop(name, None)
        names = state.shared(SHARED_NAMES)
        if names.get(name) == subscription_id:
            del names[name]

    return call.accepted(lock_keys=[lock_key(name)], work=work)


@router.handles("check_storage_account_name_availability")
def check_storage_account_name_availability(call: Call[None]) -> AvailabilityResponse:
    name = call.param("service_name")
    if not _NAME.match(name):
        return AvailabilityResponse(result=False, reason=INVALID_NAME_MESSAGE)
    if name in call.state.shared(SHARED_NAMES):
        reason = call.backend.storage_accounts.conflict(name).message
        return AvailabilityResponse(result=False, reason=reason)
    return AvailabilityResponse(result=True, reason="")
