"""Websites end to end: hybrid connections of a site."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm.models import RelayServiceConnectionEntity
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"
SITE = "mysite"
RELAY = "Endpoint=sb://relay.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=s"


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


def test_lifecycle(ws: WebsiteManagementService) -> None:
    created = ws.create_hybrid_connection(WEBSPACE, SITE, "db", "sql.corp", 1433, RELAY, "BizTalk")
    assert created == RelayServiceConnectionEntity(
        entity_name="db",
        hostname="sql.corp",
        port=1433,
        resource_connection_string=RELAY,
        resource_type="BizTalk",
    )
    ws.create_hybrid_connection(WEBSPACE, SITE, "cache", "redis.corp", 6379, RELAY, "BizTalk")
    assert [c.entity_name for c in ws.list_hybrid_connections(WEBSPACE, SITE)] == ["db", "cache"]
    assert ws.get_hybrid_connection(WEBSPACE, SITE, "DB") == created

    ws.update_hybrid_connection(
        WEBSPACE, SITE, "db", "sql2.corp", 1434, RELAY, "BizTalk", biztalk_uri="https://bt"
    )
    changed = ws.get_hybrid_connection(WEBSPACE, SITE, "db")
    assert (changed.hostname, changed.port, changed.biztalk_uri) == (
        "sql2.corp",
        1434,
        "https://bt",
    )

    assert ws.delete_hybrid_connection(WEBSPACE, SITE, "db") is None
    assert [c.entity_name for c in ws.list_hybrid_connections(WEBSPACE, SITE)] == ["cache"]


def test_refusals(ws: WebsiteManagementService) -> None:
    ws.create_hybrid_connection(WEBSPACE, SITE, "db", "sql.corp", 1433, RELAY, "BizTalk")
    with pytest.raises(ConflictError):
        ws.create_hybrid_connection(WEBSPACE, SITE, "db", "sql.corp", 1433, RELAY, "BizTalk")
    with pytest.raises(ResourceNotFoundError):
        ws.update_hybrid_connection(WEBSPACE, SITE, "nope", "h", 1, RELAY, "BizTalk")
    with pytest.raises(ResourceNotFoundError):
        ws.get_hybrid_connection(WEBSPACE, SITE, "nope")
    with pytest.raises(ResourceNotFoundError):
        ws.list_hybrid_connections(WEBSPACE, "nosuchsite")
    with pytest.raises(BadRequestError):  # past the client's own check of the port
        ws.perform_post(
            f"/{ws.subscription_id}/services/webspaces/{WEBSPACE}/sites/{SITE}/hybridconnection",
            '<RelayServiceConnectionEntity xmlns="http://schemas.microsoft.com/windowsazure">'
            "<EntityName>x</EntityName><Hostname>h</Hostname><Port>0</Port>"
            "<ResourceConnectionString>r</ResourceConnectionString><ResourceType>BizTalk</ResourceType>"
            "</RelayServiceConnectionEntity>",
        )


def test_a_site_created_again_has_none(ws: WebsiteManagementService) -> None:
    ws.create_hybrid_connection(WEBSPACE, SITE, "db", "sql.corp", 1433, RELAY, "BizTalk")
    ws.delete_site(WEBSPACE, SITE)
    ws.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    assert ws.list_hybrid_connections(WEBSPACE, SITE) == []
