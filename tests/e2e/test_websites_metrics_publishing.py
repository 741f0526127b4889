"""Websites end to end: usage metrics, metric definitions and publish profiles."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from lxml import etree

from azure_asm import WebsiteManagementService
from azure_asm.models import Data, PublishData
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


def test_metric_definitions(ws: WebsiteManagementService) -> None:
    definitions = {d.name: d for d in ws.get_metric_definitions(WEBSPACE, SITE)}
    assert {"CpuTime", "Requests", "BytesSent", "Http5xx"} <= set(definitions)
    cpu = definitions["CpuTime"]
    assert (cpu.display_name, cpu.unit, cpu.primary_aggregation_type) == (
        "CPU Time",
        "Milliseconds",
        "Total",
    )
    grains = {(a.time_grain, a.retention) for a in cpu.metric_availabilities or []}
    assert ("PT1H", "P30D") in grains
    with pytest.raises(ResourceNotFoundError):
        ws.get_metric_definitions(WEBSPACE, "nosuchsite")


def test_historical_usage_metrics(ws: WebsiteManagementService) -> None:
    responses = ws.get_historical_usage_metrics(
        WEBSPACE,
        SITE,
        metrics="CpuTime,Requests",
        start_time="2015-07-01T00:00:00Z",
        end_time="2015-07-01T03:00:00Z",
        time_grain="PT1H",
    )
    assert [(r.code, r.data.name if r.data else None) for r in responses] == [
        ("Success", "CpuTime"),
        ("Success", "Requests"),
    ]
    data = responses[0].data
    assert data is not None
    assert data.start_time == datetime.datetime(2015, 7, 1, tzinfo=datetime.UTC)
    assert data.time_grain == "PT1H"
    samples = data.values or []
    assert [s.time_created.hour for s in samples if s.time_created] == [0, 1, 2, 3]
    assert all(s.total == 0 and s.count == 1 for s in samples)

    everything = ws.get_historical_usage_metrics(WEBSPACE, SITE)
    assert len(everything) == len(ws.get_metric_definitions(WEBSPACE, SITE))
    (unknown,) = ws.get_historical_usage_metrics(WEBSPACE, SITE, metrics="Nope")
    # No <Data>: a blank one, as the reference's fresh MetricResponse has (issue 11).
    assert (unknown.code, unknown.data) == ("NotFound", Data())

    with pytest.raises(BadRequestError, match="time grain"):
        ws.get_historical_usage_metrics(WEBSPACE, SITE, time_grain="PT5M")
    with pytest.raises(BadRequestError, match="ISO 8601"):
        ws.get_historical_usage_metrics(WEBSPACE, SITE, start_time="last tuesday")
    with pytest.raises(ValueError, match="metrics"):
        ws.get_historical_usage_metrics(WEBSPACE, SITE, metrics="CpuTime, Requests")


def test_publish_profile(ws: WebsiteManagementService) -> None:
    data = ws.get_publish_profile(WEBSPACE, SITE)
    assert isinstance(data, PublishData)
    deploy, ftp = data.publish_profiles or []
    assert (deploy.publish_method, deploy.profile_name) == ("MSDeploy", f"{SITE} - Web Deploy")
    assert deploy.publish_url == f"{SITE}.scm.azurewebsites.net:443"
    assert deploy.user_name == f"${SITE}"
    assert deploy.destination_app_url == f"http://{SITE}.azurewebsites.net"
    assert (ftp.publish_method, ftp.ftp_passive_mode) == ("FTP", True)
    password = deploy.user_pwd
    assert password and password == ftp.user_pwd
    assert password not in repr(data)

    text = ws.get_publish_profile_xml(WEBSPACE, SITE)
    assert isinstance(text, str)
    root = etree.fromstring(text.encode("utf-8"))
    assert etree.QName(root).localname == "publishData"
    assert [p.get("userPWD") for p in root] == [password, password]
    with pytest.raises(ResourceNotFoundError):
        ws.get_publish_profile_xml(WEBSPACE, "nosuchsite")
