"""Websites end to end: repositories, publishing passwords, instances, usages, publishing user
names across subscriptions (the rest of the publishing user: test_websites_webspace_properties)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import WebsiteManagementService
from azure_asm.models import PublishingUser, RepositoryUri
from azure_asm_runtime.errors import ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WEBSPACE = "eastuswebspace"
SITE = "mysite"


def _client(
    asm_emulator: AsmEmulator, subscription_id: str, cert_file: str | None = None
) -> WebsiteManagementService:
    return WebsiteManagementService(
        subscription_id,
        cert_file or os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )


@pytest.fixture
def ws(asm_emulator: AsmEmulator) -> Iterator[WebsiteManagementService]:
    client = _client(asm_emulator, asm_emulator.subscription_id)
    client.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_repository_lifecycle(ws: WebsiteManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_repository(WEBSPACE, SITE)
    assert ws.create_site_repository(WEBSPACE, SITE) is None
    uri = RepositoryUri(uri="https://mysite.scm.azurewebsites.net/")
    assert ws.get_site_repository(WEBSPACE, SITE) == uri
    with pytest.raises(ConflictError):
        ws.create_site_repository(WEBSPACE, SITE)
    assert ws.sync_site_repository(WEBSPACE, SITE) is None
    assert ws.delete_site_repository(WEBSPACE, SITE) == uri
    for call in (ws.get_site_repository, ws.sync_site_repository, ws.delete_site_repository):
        with pytest.raises(ResourceNotFoundError):
            call(WEBSPACE, SITE)


def test_a_site_created_again_has_no_repository(ws: WebsiteManagementService) -> None:
    ws.create_site_repository(WEBSPACE, SITE)
    ws.delete_site(WEBSPACE, SITE)
    ws.create_site(WEBSPACE, SITE, "East US", [f"{SITE}.azurewebsites.net"])
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_repository(WEBSPACE, SITE)


def test_a_slot_repository_is_on_its_own_host(ws: WebsiteManagementService) -> None:
    ws.create_site(WEBSPACE, "mysite(staging)", "East US", ["mysite-staging.azurewebsites.net"])
    ws.create_site_repository(WEBSPACE, "mysite(staging)")
    uri = ws.get_site_repository(WEBSPACE, "mysite(staging)").uri
    assert uri == "https://mysite-staging.scm.azurewebsites.net/"


def test_new_publishing_password(ws: WebsiteManagementService) -> None:
    def password() -> str | None:
        return ws.get_publish_profile(WEBSPACE, SITE).publish_profiles[0].user_pwd

    before = password()
    assert ws.generate_site_publishing_password(WEBSPACE, SITE) is None
    after = password()
    assert after and after != before
    assert ws.get_site_configuration(WEBSPACE, SITE)["PublishingPassword"] == after


def test_instance_ids_follow_the_number_of_workers(ws: WebsiteManagementService) -> None:
    (instance,) = ws.get_site_instance_ids(WEBSPACE, SITE).instance_ids
    ws.update_site_configuration(WEBSPACE, SITE, {"NumberOfWorkers": 3})
    ids = ws.get_site_instance_ids(WEBSPACE, SITE).instance_ids
    assert len(set(ids)) == 3 and ids[0] == instance
    with pytest.raises(ResourceNotFoundError):
        ws.get_site_instance_ids(WEBSPACE, "nosuchsite")


def test_usage_metrics(ws: WebsiteManagementService) -> None:
    usages = ws.get_site_usage_metrics(WEBSPACE, SITE)
    assert [u.name for u in usages] == ["CpuTime", "FileSystemStorage", "MemoryUsage", "BytesOut"]
    cpu = usages[0]
    assert (cpu.current_value, cpu.limit, cpu.unit, cpu.site_mode) == (
        0,
        3_600_000,
        "Milliseconds",
        "Limited",
    )
    assert cpu.next_reset_time is not None


def test_publishing_user_names_are_unique_across_subscriptions(
    ws: WebsiteManagementService, asm_emulator: AsmEmulator
) -> None:
    user = ws.create_publishing_user("deployer", "S3cret!pass")
    assert user == PublishingUser(
        name="deployer", publishing_password="S3cret!pass", publishing_user_name="deployer"
    )
    assert ws.create_publishing_user("deployer", "An0ther!pass").publishing_user_name == "deployer"
    sms = asm_emulator.add_subscription()
    other = _client(asm_emulator, sms.subscription_id, sms.cert_file)
    try:
        with pytest.raises(ConflictError):
            other.create_publishing_user("Deployer", "S3cret!pass")
        ws.create_publishing_user("renamed", "S3cret!pass")  # frees "deployer"
        assert other.create_publishing_user("deployer", "S3cret!pass").name == "deployer"
    finally:
        other.transport.close()  # type: ignore[attr-defined]
