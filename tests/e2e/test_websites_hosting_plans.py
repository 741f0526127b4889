"""Web hosting plans (server farms) end to end: create, list, update, metrics, delete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"


@pytest.fixture
def ws(asm_emulator: AsmEmulator) -> Iterator[WebsiteManagementService]:
    client = WebsiteManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_hosting_plan_lifecycle(ws: WebsiteManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):  # no webspace yet
        ws.list_hosting_plans(WEBSPACE)
    ws.create_site(WEBSPACE, "web1", "East US", ["web1.azurewebsites.net"])
    assert ws.list_hosting_plans(WEBSPACE) == []

    plan = ws.create_hosting_plan(WEBSPACE, "farm1", worker_size="Medium")
    assert (plan.name, plan.sku, plan.worker_size, plan.number_of_workers) == (
        "farm1",
        "Standard",
        "Medium",
        1,
    )
    with pytest.raises(ConflictError):
        ws.create_hosting_plan(WEBSPACE, "FARM1")
    changed = ws.update_hosting_plan(WEBSPACE, "farm1", number_of_workers=3, sku="Premium")
    assert (changed.number_of_workers, changed.sku, changed.worker_size) == (3, "Premium", "Medium")
    assert [p.name for p in ws.list_hosting_plans(WEBSPACE)] == ["farm1"]
    assert ws.get_hosting_plan(WEBSPACE, "farm1").number_of_workers == 3

    metrics = ws.get_hosting_plan_metrics(
        WEBSPACE, "farm1", "CpuPercentage", "2015-01-01T00:00:00+00:00", "2015-01-01T01:00:00+00:00"
    )
    assert [(m.code, m.data.name if m.data else None) for m in metrics] == [
        ("Success", "CpuPercentage")
    ]

    ws.create_site(
        WEBSPACE,
        "web2",
        "East US",
        ["web2.azurewebsites.net"],
        compute_mode="Dedicated",
        server_farm="farm1",
    )
    with pytest.raises(BadRequestError):  # a site runs on it
        ws.delete_hosting_plan(WEBSPACE, "farm1")
    ws.delete_site(WEBSPACE, "web2")
    ws.delete_hosting_plan(WEBSPACE, "farm1")
    with pytest.raises(ResourceNotFoundError):
        ws.get_hosting_plan(WEBSPACE, "farm1")
    with pytest.raises(ResourceNotFoundError):
        ws.get_hosting_plan_metrics(WEBSPACE, "farm1")


def test_refusals(ws: WebsiteManagementService) -> None:
    ws.create_site(WEBSPACE, "web1", "East US", ["web1.azurewebsites.net"])
    ws.create_hosting_plan(WEBSPACE, "plan1")
    with pytest.raises(ResourceNotFoundError):
        ws.create_hosting_plan("nowebspace", "plan1")
    with pytest.raises(ResourceNotFoundError):
        ws.update_hosting_plan(WEBSPACE, "missing", number_of_workers=2)
    with pytest.raises(ResourceNotFoundError):
        ws.delete_hosting_plan(WEBSPACE, "missing")


def test_server_validates_worker_count(ws: WebsiteManagementService) -> None:
    ws.create_site(WEBSPACE, "web1", "East US", ["web1.azurewebsites.net"])
    ws.create_hosting_plan(WEBSPACE, "plan1")
    with pytest.raises(ValueError, match="number_of_workers"):
        ws.update_hosting_plan(WEBSPACE, "plan1", number_of_workers=0)
    with pytest.raises(BadRequestError, match="number_of_workers"):  # past the client's check
        ws.perform_put(
            f"/{ws.subscription_id}/services/WebSpaces/{WEBSPACE}/ServerFarms/plan1",
            '<ServerFarm xmlns="http://schemas.microsoft.com/windowsazure">'
            "<NumberOfWorkers>0</NumberOfWorkers></ServerFarm>",
        )
    assert ws.get_hosting_plan(WEBSPACE, "plan1").number_of_workers == 1


def test_update_site_moves_a_site_onto_a_plan(ws: WebsiteManagementService) -> None:
    ws.create_site(WEBSPACE, "firstsite", "East US", ["firstsite.azurewebsites.net"])
    ws.create_hosting_plan(WEBSPACE, "plan1", sku="Standard")
    ws.update_site(WEBSPACE, "firstsite", server_farm="plan1").result(timeout=10)
    site = ws.get_site(WEBSPACE, "firstsite")
    assert (site.server_farm, site.compute_mode, site.sku) == ("plan1", "Dedicated", "Standard")
    with pytest.raises(BadRequestError):  # a site runs on it
        ws.delete_hosting_plan(WEBSPACE, "plan1")
    with pytest.raises(ResourceNotFoundError):
        ws.update_site(WEBSPACE, "firstsite", server_farm="missing")
