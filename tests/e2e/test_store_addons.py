"""Windows Azure Store add-ons end to end: created, re-planned and deleted asynchronously, and
listed among their cloud service's resources."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import SchedulerManagementService, StoreManagementService
from azure_asm_runtime.errors import ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def clients(
    asm_emulator: AsmEmulator,
) -> Iterator[tuple[StoreManagementService, SchedulerManagementService]]:
    store = StoreManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    scheduler = SchedulerManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    scheduler.create_cloud_service("svc", "label", "description", "West US").result(timeout=10)
    yield store, scheduler
    for client in (store, scheduler):
        client.transport.close()  # type: ignore[attr-defined]


def test_add_on_lifecycle(
    clients: tuple[StoreManagementService, SchedulerManagementService],
) -> None:
    store, scheduler = clients
    created = store.create_store_add_on("svc", "sendgrid", "sendgrid_azure", "mail", "free")
    assert created.result(timeout=10).status == "Succeeded"
    (add_on,) = scheduler.get_cloud_service("svc").resources or []
    assert (add_on.resource_provider_namespace, add_on.type, add_on.name, add_on.plan) == (
        "sendgrid",
        "sendgrid_azure",
        "mail",
        "free",
    )
    assert add_on.operation_status is not None and add_on.operation_status.type == "Create"
    with pytest.raises(ConflictError):
        store.create_store_add_on("svc", "sendgrid", "sendgrid_azure", "mail", "free")

    store.update_store_add_on("svc", "sendgrid", "sendgrid_azure", "mail", "bronze").result(
        timeout=10
    )
    (listed,) = scheduler.list_cloud_services()
    assert [(r.name, r.plan) for r in listed.resources or []] == [("mail", "bronze")]
    with pytest.raises(ResourceNotFoundError):
        store.update_store_add_on("svc", "sendgrid", "sendgrid_azure", "nope", "bronze")

    store.delete_store_add_on("svc", "sendgrid", "sendgrid_azure", "mail").result(timeout=10)
    assert scheduler.get_cloud_service("svc").resources == []
    with pytest.raises(ResourceNotFoundError):
        store.delete_store_add_on("svc", "sendgrid", "sendgrid_azure", "mail")
    with pytest.raises(ResourceNotFoundError):
        store.create_store_add_on("nosvc", "sendgrid", "sendgrid_azure", "mail", "free")
