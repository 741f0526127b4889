"""Websites end to end: backups, the backup schedule and restores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm.models import BackupSchedule, DatabaseBackupSetting
from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"
SITE = "mysite"
CONTAINER = "https://backups.blob.core.windows.net/sites?sv=2014-02-14&sig=x"


@pytest.fixture
def ws(asm_emulator: AsmEmulator) -> Iterator[WebsiteManagementService]:
    client = WebsiteManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    client.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_backup_and_restore(ws: WebsiteManagementService) -> None:
    db = DatabaseBackupSetting(
        connection_string="Server=x;Database=db", database_type="SqlAzure", name="db"
    )
    ws.update_site_configuration(WEBSPACE, SITE, {"PhpVersion": "5.6"})
    item = ws.backup_site(WEBSPACE, SITE, CONTAINER, "nightly", [db])
    assert (item.name, item.status, item.scheduled) == ("nightly", "Succeeded", False)
    assert (
        item.blob_name and item.blob_name.startswith("nightly_") and item.blob_name.endswith(".zip")
    )
    assert item.databases == [db]
    assert ws.list_site_backups(WEBSPACE, SITE) == [item]

    found = ws.discover_site_backup(WEBSPACE, SITE, CONTAINER, item.blob_name)
    assert (found.blob_name, found.databases) == (item.blob_name, [db])

    ws.update_site_configuration(WEBSPACE, SITE, {"PhpVersion": "7.0"})
    with pytest.raises(BadRequestError, match="Overwrite"):
        ws.restore_site(WEBSPACE, SITE, CONTAINER, item.blob_name)
    answer = ws.restore_site(WEBSPACE, SITE, CONTAINER, item.blob_name, overwrite=True)
    assert ws.get_site_configuration(WEBSPACE, SITE)["PhpVersion"] == "5.6"
    operation = ws.get_site_operation_status(WEBSPACE, SITE, answer.operation_id or "")
    assert (operation.name, operation.status) == ("RestoreSite", "Succeeded")
    (restored,) = ws.list_site_backups(WEBSPACE, SITE)
    assert restored.last_restore_time_stamp is not None


def test_restore_into_another_site(ws: WebsiteManagementService) -> None:
    ws.update_site_configuration(WEBSPACE, SITE, {"WebSocketsEnabled": True})
    item = ws.backup_site(WEBSPACE, SITE, CONTAINER)
    assert item.name == SITE
    ws.create_site(WEBSPACE, "copy", "East US", ["copy.azurewebsites.net"])
    ws.restore_site(WEBSPACE, "copy", CONTAINER, item.blob_name or "", overwrite=True)
    assert ws.get_site_configuration(WEBSPACE, "copy")["WebSocketsEnabled"] is True
    assert ws.list_site_backups(WEBSPACE, "copy") == []


def test_refusals(ws: WebsiteManagementService) -> None:
    with pytest.raises(BadRequestError, match="https"):
        ws.backup_site(WEBSPACE, SITE, "http://backups.blob.core.windows.net/sites")
    with pytest.raises(ResourceNotFoundError):
        ws.backup_site(WEBSPACE, "nosuchsite", CONTAINER)
    with pytest.raises(ResourceNotFoundError):
        ws.restore_site(WEBSPACE, SITE, CONTAINER, "nosuchblob.zip", overwrite=True)
    with pytest.raises(ResourceNotFoundError):
        ws.discover_site_backup(WEBSPACE, SITE, CONTAINER, "nosuchblob.zip")
    assert ws.list_site_backups(WEBSPACE, SITE) == []


def test_backup_configuration(ws: WebsiteManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_backup_configuration(WEBSPACE, SITE)
    schedule = BackupSchedule(
        frequency_interval=1,
        frequency_unit="Day",
        keep_at_least_one_backup=True,
        retention_period_in_days=30,
    )
    ws.update_site_backup_configuration(
        WEBSPACE, SITE, CONTAINER, "scheduled", backup_schedule=schedule, enabled=True
    )
    config = ws.get_site_backup_configuration(WEBSPACE, SITE)
    assert (config.name, config.enabled, config.storage_account_url) == (
        "scheduled",
        True,
        CONTAINER,
    )
    assert config.backup_schedule == schedule
    ws.delete_site(WEBSPACE, SITE)
    ws.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_backup_configuration(WEBSPACE, SITE)
