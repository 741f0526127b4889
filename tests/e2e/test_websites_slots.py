"""Websites end to end: deployment slots, swaps and slot settings."""

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
SITE = "mysite"
SLOT = "mysite(staging)"


def _settings(ws: WebsiteManagementService, site: str) -> dict[str, str]:
    pairs = ws.get_site_configuration(WEBSPACE, site)["AppSettings"]
    return {pair["Name"]: pair["Value"] for pair in pairs}


def _set(ws: WebsiteManagementService, site: str, **settings: str) -> None:
    pairs = [{"Name": name, "Value": value} for name, value in settings.items()]
    ws.update_site_configuration(WEBSPACE, site, {"AppSettings": pairs})


@pytest.fixture
def ws(asm_emulator: AsmEmulator) -> Iterator[WebsiteManagementService]:
    """A strict Websites client with a site and its staging slot."""
    client = WebsiteManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    client.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    client.create_site(WEBSPACE, SLOT, "East US", ["mysite-staging.azurewebsites.net"])
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_a_slot_is_a_site_under_its_parent(ws: WebsiteManagementService) -> None:
    slot = ws.get_site(WEBSPACE, SLOT)
    assert slot.name == SLOT
    assert slot.host_names == ["mysite-staging.azurewebsites.net"]
    assert "mysite-staging.scm.azurewebsites.net" in (slot.enabled_host_names or [])
    assert sorted(site.name or "" for site in ws.list_sites(WEBSPACE)) == [SITE, SLOT]
    with pytest.raises(ConflictError):
        ws.create_site(WEBSPACE, SLOT, "East US", ["mysite-staging.azurewebsites.net"])
    with pytest.raises(ResourceNotFoundError):  # no production site
        ws.create_site(WEBSPACE, "other(staging)", "East US", ["other-staging.azurewebsites.net"])


def test_swap_exchanges_configuration_but_not_sticky_settings(
    ws: WebsiteManagementService,
) -> None:
    ws.update_slot_config_names(WEBSPACE, SITE, {"AppSettingNames": ["ENV"]})
    assert ws.get_slot_config_names(WEBSPACE, SITE) == {
        "AppSettingNames": ["ENV"],
        "ConnectionStringNames": [],
    }
    _set(ws, SITE, ENV="production", VERSION="1")
    _set(ws, SLOT, ENV="staging", VERSION="2")
    ws.update_site_configuration(WEBSPACE, SLOT, {"PhpVersion": "5.6"})

    operation = ws.swap_site_slots(WEBSPACE, SITE, "staging", "production")
    assert (operation.name, operation.status) == ("SwapSiteSlots", "Succeeded")
    assert ws.get_site_operation_status(WEBSPACE, SITE, operation.id or "") == operation

    assert _settings(ws, SITE) == {"VERSION": "2", "ENV": "production"}
    assert _settings(ws, SLOT) == {"VERSION": "1", "ENV": "staging"}
    assert ws.get_site_configuration(WEBSPACE, SITE)["PhpVersion"] == "5.6"
    assert ws.get_site(WEBSPACE, SITE).host_names == ["mysite.azurewebsites.net"]

    ws.swap_site_slots(WEBSPACE, SITE, "staging", SITE)  # and back
    assert _settings(ws, SITE) == {"VERSION": "1", "ENV": "production"}


def test_swap_between_slots_and_refusals(ws: WebsiteManagementService) -> None:
    ws.create_site(WEBSPACE, "mysite(qa)", "East US", ["mysite-qa.azurewebsites.net"])
    _set(ws, "mysite(qa)", VERSION="3")
    ws.swap_site_slots(WEBSPACE, SITE, "qa", "staging")
    assert _settings(ws, SLOT) == {"VERSION": "3"}
    assert _settings(ws, "mysite(qa)") == {}
    with pytest.raises(BadRequestError):
        ws.swap_site_slots(WEBSPACE, SITE, "staging", "staging")
    with pytest.raises(ResourceNotFoundError):
        ws.swap_site_slots(WEBSPACE, SITE, "nosuchslot", "production")
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_operation_status(WEBSPACE, SITE, "00000000-0000-0000-0000-000000000000")


def test_apply_and_reset_slot_configuration(ws: WebsiteManagementService) -> None:
    ws.apply_slot_configuration(WEBSPACE, SLOT, "production")
    assert ws.get_site(WEBSPACE, SLOT).target_swap_slot == "production"
    ws.reset_slot_configuration(WEBSPACE, SLOT)
    assert ws.get_site(WEBSPACE, SLOT).target_swap_slot is None
    ws.apply_slot_configuration(WEBSPACE, SLOT, "production")
    ws.swap_site_slots(WEBSPACE, SITE, "staging", "production")
    assert ws.get_site(WEBSPACE, SLOT).target_swap_slot is None
    with pytest.raises(ResourceNotFoundError):
        ws.apply_slot_configuration(WEBSPACE, SLOT, "nosuchslot")


def test_slot_config_names_refusals(ws: WebsiteManagementService) -> None:
    with pytest.raises(BadRequestError):
        ws.update_slot_config_names(WEBSPACE, SITE, {"AppSettingNames": "ENV"})
    ws.update_slot_config_names(WEBSPACE, SITE, {"ConnectionStringNames": ["db"]})
    assert ws.get_slot_config_names(WEBSPACE, SITE)["ConnectionStringNames"] == ["db"]
    with pytest.raises(ResourceNotFoundError):
        ws.get_slot_config_names(WEBSPACE, "nosuchsite")
