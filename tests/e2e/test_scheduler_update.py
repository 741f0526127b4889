"""update_job_collection end to end: the plan changes once the operation succeeds, guarded by
the collection's e-tag."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import JobCollectionQuota, SchedulerManagementService
from azure_asm_runtime.errors import AsmHttpError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def scheduler(asm_emulator: AsmEmulator) -> Iterator[SchedulerManagementService]:
    client = SchedulerManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    client.create_cloud_service("svc", "label", "description", "West Europe").result(timeout=10)
    client.create_job_collection("svc", "jobs", plan="Free").result(timeout=10)
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_update_changes_the_plan_under_the_e_tag(scheduler: SchedulerManagementService) -> None:
    before = scheduler.get_job_collection("svc", "jobs")
    assert before.e_tag and before.intrinsic_settings is not None
    assert before.intrinsic_settings.plan == "Free"

    operation = scheduler.update_job_collection(
        "svc", "jobs", before.e_tag, plan="Standard", quota=JobCollectionQuota(max_job_count=50)
    )
    assert operation.result(timeout=10).status == "Succeeded"
    after = scheduler.get_job_collection("svc", "jobs")
    assert after.intrinsic_settings is not None and after.intrinsic_settings.plan == "Standard"
    assert after.intrinsic_settings.quota is not None
    assert after.intrinsic_settings.quota.max_job_count == 50
    assert after.e_tag != before.e_tag

    with pytest.raises(AsmHttpError) as stale:  # the e-tag of before the change
        scheduler.update_job_collection("svc", "jobs", before.e_tag, plan="Free")
    assert stale.value.status == 412
    with pytest.raises(ResourceNotFoundError):
        scheduler.update_job_collection("svc", "nope", "*", plan="Free")
    with pytest.raises(ValueError):  # the spec's enum, checked before anything is sent
        scheduler.update_job_collection("svc", "jobs", "*", plan="Premium")


def test_provider_properties_and_entitlements(scheduler: SchedulerManagementService) -> None:
    (plans,) = scheduler.get_scheduler_resource_provider_properties()
    assert (plans.key, plans.value) == ("plans", "Free,Standard")
    when = datetime.datetime(2015, 3, 1, tzinfo=datetime.UTC)
    operation = scheduler.entitle_resource("sendgrid", "mail", when)
    assert operation.result(timeout=10).status == "Succeeded"
    with pytest.raises(ConflictError):
        scheduler.entitle_resource("SendGrid", "mail", when)
