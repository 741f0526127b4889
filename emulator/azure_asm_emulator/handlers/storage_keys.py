"""Regenerate Storage Account Keys (``POST .../storageservices/{name}/keys?action=regenerate``).

Synchronous, as in ASM: the chosen key (Primary or Secondary) of the stored account
(``state.backend(...).storage_accounts``) is replaced by a new random one at once and the
answer is the ``StorageService`` holding both keys, like get_storage_account_keys. Errors: 404
``ResourceNotFound`` (unknown account), 409 ``ConflictError`` while an operation holds the
account, 400 ``BadRequest`` (a KeyType other than Primary or Secondary).
"""

from __future__ import annotations

from azure_asm.models import RegenerateKeys, StorageService, StorageServiceKeys

from ..errors import bad_request
from .compute_common import management_url
from .spec_io import Call, SpecRouter
from .storage_accounts import lock_key, new_key

router = SpecRouter()

KEY_TYPES = ("Primary", "Secondary")


def _check_key_type(call: Call[RegenerateKeys], body: RegenerateKeys) -> None:
    if body.key_type not in KEY_TYPES:
        raise bad_request(f"The key type '{body.key_type}' is not valid: use Primary or Secondary.")


@router.handles("regenerate_storage_account_keys", check=_check_key_type)
def regenerate_storage_account_keys(call: Call[RegenerateKeys]) -> StorageService:
    name = call.param("service_name")
    call.parse()
    account = call.backend.storage_accounts.get_or_404(name)
    call.state.operations.require_unlocked(lock_key(name))
    body = call.body
    keys = account.storage_service_keys or StorageServiceKeys()
    if body.key_type == "Primary":
        keys.primary = new_key()
    else:
        keys.secondary = new_key()
    account.storage_service_keys = keys
    return StorageService(
        url=management_url(call.request, f"/services/storageservices/{name}"),
        service_name=name,
        storage_service_keys=StorageServiceKeys(primary=keys.primary, secondary=keys.secondary),
    )
