"""Regenerate Storage Account Keys (``POST .../storageservices/{name}/keys?action=regenerate``).

Synchronous, as in ASM: the chosen key (Primary or Secondary) of the stored account
(``storage_accounts.accounts``) is replaced by a new random one at once and the answer is the
``StorageService`` holding both keys, like get_storage_account_keys. Errors: 404
``ResourceNotFound`` (unknown account), 409 ``ConflictError`` while an operation holds the
account, 400 ``BadRequest`` (a KeyType other than Primary or Secondary).
"""

from __future__ import annotations

import base64
import secrets

from azure_asm.models import RegenerateKeys, StorageService, StorageServiceKeys

from ..errors import bad_request
from ..routing import Request, Response, Router
from ..state import State
from .compute_common import management_url
from .spec_io import not_found, read_body, respond, spec_route
from .storage_accounts import accounts, lock_key

router = Router()

KEY_TYPES = ("Primary", "Secondary")


def new_key() -> str:
    """A new storage access key: 64 random bytes, base64 (88 characters, like ASM's)."""
    return base64.b64encode(secrets.token_bytes(64)).decode("ascii")


@spec_route(router, "regenerate_storage_account_keys")
def regenerate_storage_account_keys(request: Request, state: State) -> Response:
    name = request.path_params["service_name"]
    body = read_body(request, "regenerate_storage_account_keys", RegenerateKeys)
    account = accounts(state, request.subscription_id).get(name)
    if account is None:
        raise not_found(f"The storage account '{name}' was not found.")
    state.operations.require_unlocked(lock_key(name))
    if body.key_type not in KEY_TYPES:
        raise bad_request(f"The key type '{body.key_type}' is not valid: use Primary or Secondary.")
    keys = account.storage_service_keys or StorageServiceKeys()
    if body.key_type == "Primary":
        keys.primary = new_key()
    else:
        keys.secondary = new_key()
    account.storage_service_keys = keys
    answer = StorageService(
        url=management_url(request, f"/services/storageservices/{name}"),
        service_name=name,
        storage_service_keys=StorageServiceKeys(primary=keys.primary, secondary=keys.secondary),
    )
    return respond("regenerate_storage_account_keys", answer)
