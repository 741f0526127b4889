"""Websites backups: backing a site up, its backup schedule, listing, discovering, restoring.

State layout: ``call.backend.site_backups``: ``container URL|blob name`` -> a ``SiteBackup``:
the ``BackupItem`` answered, the site it was made of (lower-case name) and a copy of that
site's configuration (``website_config``) when it was made; the site's
``Website.backup_configuration``, the ``BackupRequest`` it was configured with (a site created
again has none).

Behaviour, as ASM: a backup completes at once (``Succeeded``), its blob named
``<name>_<yyyyMMddHHmmss>.zip`` (the site's name when the request has none); 400 for a
container URL that is not https. Restoring (and discovering) a blob needs a backup of the
subscription in that container (404 otherwise); restoring into an existing site needs
``Overwrite`` (400). A restore puts the backup's configuration back, stamps the backup's
``LastRestoreTimeStamp`` and answers the id of a ``RestoreSite`` operation that
``get_site_operation_status`` answers.
"""

from __future__ import annotations

import copy
import uuid
from datetime import timedelta
from typing import Any

from azure_asm.models import (
    BackupItem,
    BackupRequest,
    RestoreRequest,
    RestoreResponse,
    SiteOperation,
)

from ..backend import SiteBackup
from ..errors import AsmFault, bad_request
from .spec_io import Call, SpecRouter
from .website_config import site_config
from .websites import _get_website, _now

router = SpecRouter()

BACKUP_SIZE = 4096


def _key(url: str | None, blob: str | None) -> str:
    return f"{url or ''}|{blob or ''}".lower()


def _check_url(call: Call[Any], body: Any) -> None:
    if not (body.storage_account_url or "").lower().startswith("https://"):
        raise bad_request("The storage account URL must be an https SAS URL of a container.")


@router.handles("backup_site", check=_check_url)
def backup_site(call: Call[BackupRequest]) -> BackupItem:
    record = _get_website(call)
    body, now = call.body, _now()
    name = body.name or record.site.name or ""
    blob = f"{name}_{now:%Y%m%d%H%M%S}.zip"
    item = BackupItem(
        storage_account_url=body.storage_account_url,
        blob_name=blob,
        name=name,
        status="Succeeded",
        size_in_bytes=BACKUP_SIZE,
        created=now,
        log="",
        databases=list(body.databases or []),
        scheduled=False,
        finished_time_stamp=now,
        correlation_id=str(uuid.uuid4()),
    )
    config = copy.deepcopy(site_config(record))
    call.backend.site_backups[_key(body.storage_account_url, blob)] = SiteBackup(
        item, (record.site.name or "").lower(), config
    )
    return item


@router.handles("list_site_backups")
def list_site_backups(call: Call[None]) -> list[BackupItem]:
    name = (_get_website(call).site.name or "").lower()
    return [backup.item for backup in call.backend.site_backups.values() if backup.site == name]


@router.handles("update_site_backup_configuration", check=_check_url)
def update_site_backup_configuration(call: Call[BackupRequest]) -> None:
    _get_website(call).backup_configuration = call.body


@router.handles("get_site_backup_configuration")
def get_site_backup_configuration(call: Call[None]) -> BackupRequest:
    record = _get_website(call)
    if record.backup_configuration is None:
        raise AsmFault(
            404, "NotFound", f"The web site {record.site.name} has no backup configuration."
        )
    return record.backup_configuration


def _backup(call: Call[RestoreRequest]) -> SiteBackup:
    body = call.body
    found = call.backend.site_backups.get(_key(body.storage_account_url, body.blob_name))
    if found is None:
        raise AsmFault(404, "NotFound", f"The backup {body.blob_name} cannot be found.")
    return found


@router.handles("discover_site_backup")
def discover_site_backup(call: Call[RestoreRequest]) -> RestoreRequest:
    _get_website(call)
    backup = _backup(call)
    return RestoreRequest(
        adjust_connection_strings=call.body.adjust_connection_strings,
        blob_name=backup.item.blob_name,
        databases=list(backup.item.databases or []),
        ignore_conflicting_host_names=call.body.ignore_conflicting_host_names,
        overwrite=call.body.overwrite,
        storage_account_url=backup.item.storage_account_url,
    )


@router.handles("restore_site")
def restore_site(call: Call[RestoreRequest]) -> RestoreResponse:
    record = _get_website(call)
    backup = _backup(call)
    if not call.body.overwrite:
        raise bad_request(
            f"Overwrite must be true to restore into the existing site {record.site.name}."
        )
    config = site_config(record)
    config.update(copy.deepcopy(backup.config))
    now, operation_id = _now(), str(uuid.uuid4())
    backup.item.last_restore_time_stamp = now
    record.site.last_modified_time_utc = now
    call.backend.site_operations[operation_id] = SiteOperation(
        created_time=now,
        errors=[],
        expiration_time=now + timedelta(days=1),
        id=operation_id,
        modified_time=now,
        name="RestoreSite",
        status="Succeeded",
    )
    return RestoreResponse(operation_id=operation_id)
