"""End to end: deployments addressed by slot, a deployment's package and its events.

The ``*_by_slot`` operations act on the deployment in the production or staging slot exactly
as their by-name twins do; ``get_deployment_package`` and ``list_deployment_events`` with
ASM's refusals.
"""

from __future__ import annotations

import pytest

from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError
from tests.e2e.test_lifecycle_deployments import PACKAGE, PACKAGE_V2, cscfg, instances

pytestmark = pytest.mark.e2e

CONTAINER = "https://pkgstore.blob.core.windows.net/packages"
DAY = ("2017-01-01T00:00:00Z", "2017-01-02T00:00:00.000Z")


@pytest.fixture
def web(asm_emulator):
    """Strict client; cloud service ``web``: ``v1`` in production, ``v2`` in staging."""
    client = asm_emulator.new_client(strict=True)
    client.create_hosted_service("web", "web", location="West US")
    client.create_deployment(
        "web", "production", "v1", PACKAGE, "version 1", cscfg(), start_deployment=True
    ).result(timeout=10)
    client.create_deployment("web", "staging", "v2", PACKAGE_V2, "version 2", cscfg("v2")).result(
        timeout=10
    )
    return client


def test_status_and_configuration_by_slot(web):
    web.update_deployment_status_by_slot("web", "Staging", "Running").result(timeout=10)
    assert web.get_deployment_by_name("web", "v2").status == "Running"
    assert web.get_deployment_by_name("web", "v1").status == "Running"
    web.change_deployment_configuration_by_slot(
        "web", "production", cscfg("v1", WebRole1=3, WorkerRole1=1)
    ).result(timeout=10)
    production = web.get_deployment_by_slot("web", "production")
    assert "WebRole1_IN_2" in instances(production)
    assert "WebRole1_IN_2" not in instances(web.get_deployment_by_name("web", "v2"))


def test_role_instances_by_slot(web):
    web.reboot_role_instance_by_slot("web", "production", "WebRole1_IN_0").result(timeout=10)
    web.delete_role_instances_by_slot("web", "production", ["WebRole1_IN_1"]).result(timeout=10)
    assert sorted(instances(web.get_deployment_by_name("web", "v1"))) == [
        "WebRole1_IN_0",
        "WorkerRole1_IN_0",
    ]
    with pytest.raises(ResourceNotFoundError):
        web.reimage_role_instance_by_slot("web", "production", "WebRole1_IN_9")


def test_delete_by_slot_and_empty_slots(web):
    web.delete_deployment_by_slot("web", "staging").result(timeout=10)
    with pytest.raises(ResourceNotFoundError, match="No deployments were found"):
        web.get_deployment_by_slot("web", "staging")
    with pytest.raises(ResourceNotFoundError, match="No deployments were found"):
        web.update_deployment_status_by_slot("web", "staging", "Running")
    with pytest.raises(ResourceNotFoundError):
        web.delete_deployment_by_slot("nosuch", "production")
    assert web.get_deployment_by_name("web", "v1").deployment_slot == "Production"
    with pytest.raises(ValueError):
        web.delete_deployment_by_slot("web", "preview")


def test_create_deployment_still_posts_to_the_slot(web):
    web.delete_deployment_by_slot("web", "staging").result(timeout=10)
    web.create_deployment("web", "staging", "v3", PACKAGE_V2, "v3", cscfg("v3")).result(10)
    assert web.get_deployment_by_slot("web", "staging").name == "v3"
    path = f"/{web.subscription_id}/services/hostedservices/web/deploymentslots/staging/?comp=bad"
    with pytest.raises(BadRequestError):
        web.perform_post(path, b"")


def test_get_deployment_package(web):
    web.create_storage_account("pkgstore", "", "pkg", location="West US").result(timeout=10)
    web.get_deployment_package("web", "v1", CONTAINER, overwrite_existing=True).result(10)
    web.get_deployment_package_by_slot("web", "staging", CONTAINER).result(timeout=10)
    with pytest.raises(BadRequestError, match="'elsewhere' was not found"):
        web.get_deployment_package("web", "v1", "https://elsewhere.blob.core.windows.net/p")
    with pytest.raises(BadRequestError, match="not a valid blob container URL"):
        web.get_deployment_package("web", "v1", "ftp://pkgstore/p")
    with pytest.raises(ResourceNotFoundError):
        web.get_deployment_package("web", "v9", CONTAINER)


def test_list_deployment_events(web):
    events = web.list_deployment_events("web", "v1", *DAY)
    assert events.reboot_events == []
    assert web.list_deployment_events_by_slot("web", "staging", *DAY).reboot_events == []
    with pytest.raises(BadRequestError, match="must not be before"):
        web.list_deployment_events("web", "v1", DAY[1], DAY[0])
    with pytest.raises(ResourceNotFoundError):
        web.list_deployment_events("web", "v9", *DAY)
    with pytest.raises(ValueError):
        web.list_deployment_events("web", "v1", "yesterday", DAY[1])
