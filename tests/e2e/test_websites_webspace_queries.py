"""Websites end to end: geo regions, DNS suffix, publishing users and host name availability."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService

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


def test_geo_regions_and_dns_suffix(ws: WebsiteManagementService) -> None:
    regions = ws.list_geo_regions()
    assert [r.name for r in regions][:3] == ["East US", "West US", "North Central US"]
    assert [r.sort_order for r in regions] == list(range(len(regions)))
    assert ws.get_dns_suffix().value == "azurewebsites.net"
    assert ws.list_webspaces() == []  # the plain GET still lists webspaces


def test_hostname_availability(ws: WebsiteManagementService) -> None:
    assert ws.is_hostname_available("mysite").value == "true"
    ws.create_site(WEBSPACE, "mysite", "East US", ["mysite.azurewebsites.net"])
    assert ws.is_hostname_available("MySite").value == "false"
    ws.delete_site(WEBSPACE, "mysite")
    assert ws.is_hostname_available("mysite").value == "true"


def test_publishing_users(ws: WebsiteManagementService) -> None:
    assert ws.list_publishing_users().names == []
    ws.create_publishing_user("deployer", "S3cret!pass")
    assert ws.list_publishing_users().names == ["deployer"]
