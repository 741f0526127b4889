"""Websites end to end: webspaces, sites, their state, restarts and deletion."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm.models import Site, UpdateHostNameSslState, WebSpace
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from azure_asm_runtime.polling import AsyncOperation

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"


@pytest.fixture
def ws(asm_emulator: AsmEmulator) -> Iterator[WebsiteManagementService]:
    """A strict Websites client of the emulator's subscription."""
    client = WebsiteManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def _create(ws: WebsiteManagementService, name: str, **kwargs: object) -> Site:
    return ws.create_site(
        WEBSPACE,
        name,
        "East US",
        [f"{name}.azurewebsites.net"],
        **kwargs,  # type: ignore[arg-type]
    )


def test_create_site_creates_its_webspace(ws: WebsiteManagementService) -> None:
    assert ws.list_webspaces() == []
    site = _create(ws, "mysite")
    assert isinstance(site, Site)
    assert site.name == "mysite"
    assert site.web_space == WEBSPACE
    assert site.state == "Running"
    assert site.compute_mode == "Shared"
    assert site.site_mode == "Limited"
    assert site.sku == "Free"
    assert site.host_names == ["mysite.azurewebsites.net"]
    assert site.enabled_host_names == ["mysite.azurewebsites.net", "mysite.scm.azurewebsites.net"]
    assert [(s.name, s.host_type) for s in site.host_name_ssl_states or []] == [
        ("mysite.azurewebsites.net", "Standard"),
        ("mysite.scm.azurewebsites.net", "Repository"),
    ]
    assert site.site_properties is not None and site.site_properties.app_settings == {}
    assert site.last_modified_time_utc is not None

    (webspace,) = ws.list_webspaces()
    assert isinstance(webspace, WebSpace)
    assert (webspace.name, webspace.geo_region, webspace.plan, webspace.status) == (
        WEBSPACE,
        "East US",
        "VirtualDedicatedPlan",
        "Ready",
    )
    assert webspace.subscription == ws.subscription_id
    assert ws.get_webspace(WEBSPACE).geo_location == "BLU"

    _create(ws, "othersite", site_mode="Basic")
    assert [s.name for s in ws.list_sites(WEBSPACE)] == ["mysite", "othersite"]
    got = ws.get_site(WEBSPACE, "othersite")
    assert (got.site_mode, got.sku) == ("Basic", "Shared")
    assert len(ws.list_webspaces()) == 1  # the second site reused the webspace


def test_dedicated_sites_and_custom_host_names(ws: WebsiteManagementService) -> None:
    site = ws.create_site(
        WEBSPACE,
        "prod-site",
        "East US",
        ["www.contoso.com"],
        compute_mode="Dedicated",
        server_farm="farm1",
    )
    assert site.host_names == ["prod-site.azurewebsites.net", "www.contoso.com"]
    assert (site.sku, site.server_farm, site.site_mode) == ("Standard", "farm1", None)


def test_site_state_and_restart(ws: WebsiteManagementService) -> None:
    _create(ws, "mysite")
    operation = ws.update_site(WEBSPACE, "mysite", state="Stopped")
    assert isinstance(operation, AsyncOperation)
    assert operation.result(timeout=10).status == "Succeeded"
    assert ws.get_site(WEBSPACE, "mysite").state == "Stopped"
    status = ws.get_website_operation_status(operation.request_id)
    assert (status.status, status.http_status_code) == ("Succeeded", 200)

    ws.update_site(WEBSPACE, "mysite", state="Running").result(timeout=10)
    assert ws.get_site(WEBSPACE, "mysite").state == "Running"
    ws.update_site(WEBSPACE, "mysite").result(timeout=10)  # nothing to change
    assert ws.get_site(WEBSPACE, "mysite").state == "Running"

    restart = ws.restart_site(WEBSPACE, "mysite")
    assert restart.result(timeout=10).status == "Succeeded"
    ws.wait_for_operation_status(restart.request_id, timeout=10, sleep_interval=0.05)

    with pytest.raises(ValueError, match="state"):
        ws.update_site(WEBSPACE, "mysite", state="Paused")
    with pytest.raises(BadRequestError, match="Paused"):  # past the client's own check
        ws.perform_put(
            f"/{ws.subscription_id}/services/webspaces/{WEBSPACE}/sites/mysite",
            '<Site xmlns="http://schemas.microsoft.com/windowsazure"><State>Paused</State></Site>',
        )
    with pytest.raises(ResourceNotFoundError, match="cannot be found"):
        ws.restart_site(WEBSPACE, "nosuchsite")


def test_delete_site(ws: WebsiteManagementService) -> None:
    _create(ws, "mysite")
    _create(ws, "second")
    ws.delete_site(WEBSPACE, "mysite")
    with pytest.raises(ResourceNotFoundError, match="The web site mysite cannot be found.") as e:
        ws.get_site(WEBSPACE, "mysite")
    assert e.value.code == "NotFound"
    ws.delete_site(WEBSPACE, "second", delete_empty_server_farm=True, delete_metrics=True)
    assert ws.list_sites(WEBSPACE) == []
    assert [w.name for w in ws.list_webspaces()] == [WEBSPACE]  # the webspace stays
    with pytest.raises(ResourceNotFoundError):
        ws.delete_site(WEBSPACE, "second")
    _create(ws, "mysite")  # the name is free again


def test_site_names_are_global(asm_emulator: AsmEmulator, ws: WebsiteManagementService) -> None:
    _create(ws, "mysite")
    with pytest.raises(ConflictError, match="already exists"):
        _create(ws, "MySite")
    stranger = asm_emulator.add_subscription()
    other = WebsiteManagementService(
        stranger.subscription_id, host=asm_emulator.host, transport=stranger.transport
    )
    with pytest.raises(ConflictError):
        _create(other, "mysite")
    assert other.list_webspaces() == []
    with pytest.raises(ResourceNotFoundError):
        other.get_site(WEBSPACE, "mysite")


def test_create_site_refusals(ws: WebsiteManagementService) -> None:
    with pytest.raises(BadRequestError, match="azurewebsites.net"):
        ws.create_site(WEBSPACE, "mysite", "East US", ["other.azurewebsites.net"])
    with pytest.raises(BadRequestError, match="server farm"):
        _create(ws, "mysite", compute_mode="Dedicated")
    with pytest.raises(BadRequestError, match="geo region"):
        ws.create_site("atlantiswebspace", "mysite", "Atlantis", [])
    with pytest.raises(ValueError, match="website_name"):
        _create(ws, "-bad-")
    with pytest.raises(ValueError, match="plan"):
        _create(ws, "mysite", plan="Premium")
    assert ws.list_webspaces() == []


def test_unknown_webspaces_and_sites(ws: WebsiteManagementService) -> None:
    with pytest.raises(ResourceNotFoundError, match="webspace"):
        ws.get_webspace("nowhere")
    with pytest.raises(ResourceNotFoundError):
        ws.list_sites("nowhere")
    _create(ws, "mysite")
    with pytest.raises(ResourceNotFoundError):
        ws.get_site("westuswebspace", "mysite")
    with pytest.raises(ResourceNotFoundError):
        ws.get_site(WEBSPACE, "nosuchsite")


def test_update_site_host_names_and_tls_bindings(ws: WebsiteManagementService) -> None:
    _create(ws, "mysite")
    ws.update_site(WEBSPACE, "mysite", host_names=["www.contoso.com"]).result(timeout=10)
    site = ws.get_site(WEBSPACE, "mysite")
    assert site.host_names == ["mysite.azurewebsites.net", "www.contoso.com"]
    assert "www.contoso.com" in (site.enabled_host_names or [])

    binding = UpdateHostNameSslState(
        name="www.contoso.com", ssl_state="SniEnabled", thumbprint="AB12"
    )
    ws.update_site(WEBSPACE, "mysite", host_name_ssl_states=[binding]).result(timeout=10)
    states = {s.name: s for s in ws.get_site(WEBSPACE, "mysite").host_name_ssl_states or []}
    assert (states["www.contoso.com"].ssl_state, states["www.contoso.com"].thumbprint) == (
        "SniEnabled",
        "AB12",
    )
    with pytest.raises(BadRequestError, match="thumbprint"):
        ws.update_site(
            WEBSPACE,
            "mysite",
            state="Stopped",
            host_name_ssl_states=[
                UpdateHostNameSslState(name="www.contoso.com", ssl_state="SniEnabled")
            ],
        )
    assert ws.get_site(WEBSPACE, "mysite").state == "Running"  # nothing changed
    with pytest.raises(BadRequestError, match="not a host name"):
        ws.update_site(
            WEBSPACE, "mysite", host_name_ssl_states=[UpdateHostNameSslState(name="other.com")]
        )
