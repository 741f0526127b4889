"""Websites end to end: server farms (web hosting plans) of a webspace and their metrics."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm.models import ServerFarm
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"


@pytest.fixture
def ws(asm_emulator: AsmEmulator) -> Iterator[WebsiteManagementService]:
    """A strict Websites client whose subscription has the East US webspace."""
    client = WebsiteManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    client.create_site(WEBSPACE, "firstsite", "East US", ["firstsite.azurewebsites.net"])
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_create_get_list_update_delete(ws: WebsiteManagementService) -> None:
    farm = ws.create_server_farm(WEBSPACE, "plan1", sku="Standard")
    assert farm == ServerFarm(
        name="plan1", number_of_workers=1, sku="Standard", worker_size="Small"
    )
    ws.create_server_farm(WEBSPACE, "plan2", 3, "Basic", "Medium", "adminsite")
    assert [f.name for f in ws.list_server_farms(WEBSPACE)] == ["plan1", "plan2"]
    assert ws.get_server_farm(WEBSPACE, "PLAN2").admin_site_name == "adminsite"

    changed = ws.update_server_farm(WEBSPACE, "plan1", number_of_workers=2, worker_size="Large")
    assert (changed.number_of_workers, changed.worker_size, changed.sku) == (2, "Large", "Standard")
    assert ws.get_server_farm(WEBSPACE, "plan1") == changed

    assert ws.delete_server_farm(WEBSPACE, "plan1") is None
    assert [f.name for f in ws.list_server_farms(WEBSPACE)] == ["plan2"]
    with pytest.raises(ResourceNotFoundError):
        ws.get_server_farm(WEBSPACE, "plan1")


def test_refusals(ws: WebsiteManagementService) -> None:
    ws.create_server_farm(WEBSPACE, "plan1")
    with pytest.raises(ConflictError):
        ws.create_server_farm(WEBSPACE, "Plan1")
    with pytest.raises(ResourceNotFoundError):
        ws.create_server_farm("nowebspace", "plan1")
    with pytest.raises(ResourceNotFoundError):
        ws.list_server_farms("nowebspace")
    with pytest.raises(ResourceNotFoundError):
        ws.update_server_farm(WEBSPACE, "missing", number_of_workers=2)
    with pytest.raises(ResourceNotFoundError):
        ws.delete_server_farm(WEBSPACE, "missing")


def test_server_validates_worker_count(ws: WebsiteManagementService) -> None:
    ws.create_server_farm(WEBSPACE, "plan1")
    with pytest.raises(ValueError, match="number_of_workers"):
        ws.update_server_farm(WEBSPACE, "plan1", number_of_workers=0)
    with pytest.raises(BadRequestError, match="number_of_workers"):  # past the client's check
        ws.perform_put(
            f"/{ws.subscription_id}/services/webspaces/{WEBSPACE}/ServerFarms/plan1",
            '<ServerFarm xmlns="http://schemas.microsoft.com/windowsazure">'
            "<NumberOfWorkers>0</NumberOfWorkers></ServerFarm>",
        )
    assert ws.get_server_farm(WEBSPACE, "plan1").number_of_workers == 1


def test_a_farm_holding_sites_is_not_deleted(ws: WebsiteManagementService) -> None:
    ws.create_server_farm(WEBSPACE, "plan1", sku="Standard")
    ws.create_site(
        WEBSPACE,
        "dedicated",
        "East US",
        ["dedicated.azurewebsites.net"],
        compute_mode="Dedicated",
        server_farm="plan1",
    )
    with pytest.raises(ConflictError, match="dedicated"):
        ws.delete_server_farm(WEBSPACE, "plan1")
    ws.delete_site(WEBSPACE, "dedicated")
    ws.delete_server_farm(WEBSPACE, "plan1")
    assert ws.list_server_farms(WEBSPACE) == []


def test_metrics(ws: WebsiteManagementService) -> None:
    ws.create_server_farm(WEBSPACE, "plan1")
    answers = ws.get_server_farm_historical_usage_metrics(
        WEBSPACE,
        "plan1",
        "CpuTime,Nope",
        "2015-07-01T00:00:00Z",
        "2015-07-01T03:00:00Z",
        "PT1H",
        True,
    )
    assert [(a.code, a.data.name if a.code == "Success" else None) for a in answers] == [
        ("Success", "CpuTime"),
        ("NotFound", None),
    ]
    assert len(answers[0].data.values) == 4
    with pytest.raises(ResourceNotFoundError):
        ws.get_server_farm_historical_usage_metrics(WEBSPACE, "missing")


def test_update_site_moves_a_site_onto_a_farm(ws: WebsiteManagementService) -> None:
    ws.create_server_farm(WEBSPACE, "plan1", sku="Standard")
    ws.update_site(WEBSPACE, "firstsite", server_farm="plan1").result(timeout=10)
    site = ws.get_site(WEBSPACE, "firstsite")
    assert (site.server_farm, site.compute_mode, site.sku) == ("plan1", "Dedicated", "Standard")
    with pytest.raises(ConflictError):
        ws.delete_server_farm(WEBSPACE, "plan1")
    with pytest.raises(ResourceNotFoundError):
        ws.update_site(WEBSPACE, "firstsite", server_farm="missing")
