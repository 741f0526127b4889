"""Websites end to end: a site's configuration (JSON)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"
SITE = "mysite"


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


def test_a_new_site_has_the_default_configuration(ws: WebsiteManagementService) -> None:
    config = ws.get_site_configuration(WEBSPACE, SITE)
    assert config["AppSettings"] == []
    assert config["PhpVersion"] == "5.4"
    assert config["PublishingUsername"] == "$mysite"
    assert config["PublishingPassword"]
    keys = list(config)
    assert keys.index("PublishingPassword") == keys.index("PhpVersion") + 1


def test_update_changes_only_the_given_keys(ws: WebsiteManagementService) -> None:
    settings = [{"Name": "MODE", "Value": "test"}]
    assert (
        ws.update_site_configuration(WEBSPACE, SITE, {"AppSettings": settings, "PhpVersion": "5.6"})
        is None
    )
    config = ws.get_site_configuration(WEBSPACE, SITE)
    assert (config["AppSettings"], config["PhpVersion"]) == (settings, "5.6")
    assert config["NetFrameworkVersion"] == "v4.0"
    ws.update_site_configuration(WEBSPACE, SITE, {"WebSocketsEnabled": True})
    config = ws.get_site_configuration(WEBSPACE, SITE)
    assert (config["AppSettings"], config["WebSocketsEnabled"]) == (settings, True)


def test_a_site_created_again_starts_afresh(ws: WebsiteManagementService) -> None:
    ws.update_site_configuration(WEBSPACE, SITE, {"PhpVersion": "5.6"})
    ws.delete_site(WEBSPACE, SITE)
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_configuration(WEBSPACE, SITE)
    ws.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    assert ws.get_site_configuration(WEBSPACE, SITE)["PhpVersion"] == "5.4"


@pytest.mark.parametrize(
    ("config", "match"),
    [
        ({"NoSuchSetting": 1}, "NoSuchSetting"),
        ({"PublishingPassword": "x"}, "PublishingPassword"),
        ({"AppSettings": {"MODE": "test"}}, "AppSettings"),
        ([1, 2], "object"),
    ],
)
def test_refusals(ws: WebsiteManagementService, config: object, match: str) -> None:
    with pytest.raises(BadRequestError, match=match):
        ws.update_site_configuration(WEBSPACE, SITE, config)
    assert ws.get_site_configuration(WEBSPACE, SITE)["AppSettings"] == []
