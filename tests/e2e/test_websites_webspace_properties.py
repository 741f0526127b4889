"""The webspace-level reads with a query (publishing users, DNS suffix, geo regions, host name
availability) and the publishing user, end to end."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm_runtime.errors import BadRequestError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


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


def test_webspace_properties(ws: WebsiteManagementService) -> None:
    assert ws.get_dns_suffix().value == "azurewebsites.net"
    assert ws.list_webspaces() == []  # the plain GET still lists webspaces
    regions = ws.list_geo_regions()
    assert regions[0].name == "East US" and [r.sort_order for r in regions[:2]] == [1, 2]
    assert ws.is_hostname_available("mysite").value == "true"
    ws.create_site("eastuswebspace", "mysite", "East US", ["mysite.azurewebsites.net"])
    assert ws.is_hostname_available("MySite").value == "false"
    assert ws.list_webspaces()[0].name == "eastuswebspace"  # the plain GET is unchanged
    ws.delete_site("eastuswebspace", "mysite")
    assert ws.is_hostname_available("mysite").value == "true"


def test_publishing_user(ws: WebsiteManagementService) -> None:
    assert ws.list_publishing_users().names == []
    user = ws.create_publishing_user("deployer", "S3cret-pass")
    assert (user.publishing_user_name, user.name) == ("deployer", "deployer")
    assert ws.list_publishing_users().names == ["deployer"]
    with pytest.raises(BadRequestError):
        ws.create_publishing_user("me", "S3cret-pass")
    with pytest.raises(BadRequestError):
        ws.create_publishing_user("deployer", "short")
