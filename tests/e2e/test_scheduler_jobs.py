"""Scheduler jobs (JSON) end to end: create, replace, read, list and delete."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import SchedulerManagementService
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from azure_asm_runtime.polling import AsyncOperation

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


def _close(client: Any) -> None:
    close = getattr(client.transport, "close", None)
    if close is not None:
        close()


SERVICE = "cloud_service_jobs"
COLLECTION = "job_collection_1"


@pytest.fixture
def scheduler(asm_emulator: AsmEmulator) -> Iterator[SchedulerManagementService]:
    client = SchedulerManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    client.create_cloud_service(SERVICE, "label", "description", "West Europe").result(timeout=10)
    client.create_job_collection(SERVICE, COLLECTION).result(timeout=10)
    yield client
    _close(client)


def _job(start: datetime.datetime | str, uri: str = "http://bing.com/") -> dict[str, Any]:
    return {
        "startTime": start,
        "action": {
            "type": "http",
            "request": {"uri": uri, "method": "GET", "headers": {"Content-Type": "text/plain"}},
        },
        "recurrence": {"frequency": "minute", "interval": 30, "count": 10},
        "state": "enabled",
    }


def test_job_lifecycle(scheduler: SchedulerManagementService) -> None:
    start = datetime.datetime(2015, 7, 1, 0, 0, 32, 104381)
    operation = scheduler.create_job(SERVICE, COLLECTION, "job_id", _job(start))
    assert isinstance(operation, AsyncOperation)
    assert operation.result(timeout=10).status == "Succeeded"

    job = scheduler.get_job(SERVICE, COLLECTION, "job_id")
    assert job["id"] == "job_id"
    assert job["startTime"] == "2015-07-01T00:00:32.104381"  # datetimes travel as ISO 8601
    assert job["action"]["request"]["uri"] == "http://bing.com/"
    assert job["recurrence"] == {"frequency": "minute", "interval": 30, "count": 10}
    assert job["state"] == "enabled"
    assert job["status"]["executionCount"] == 0

    scheduler.create_job(SERVICE, COLLECTION, "another", _job("2015-08-01T00:00:00Z")).result(
        timeout=10
    )
    # Replacing a job keeps one job of that id.
    scheduler.create_job(
        SERVICE, COLLECTION, "job_id", _job(start, uri="http://example.com/")
    ).result(timeout=10)
    jobs = scheduler.get_all_jobs(SERVICE, COLLECTION)
    assert [job["id"] for job in jobs] == ["another", "job_id"]
    assert jobs[1]["action"]["request"]["uri"] == "http://example.com/"

    scheduler.delete_job(SERVICE, COLLECTION, "job_id").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        scheduler.get_job(SERVICE, COLLECTION, "job_id")
    with pytest.raises(ResourceNotFoundError):
        scheduler.delete_job(SERVICE, COLLECTION, "job_id")
    assert [job["id"] for job in scheduler.get_all_jobs(SERVICE, COLLECTION)] == ["another"]


def test_xml_calls_after_a_json_call_still_send_xml(scheduler: SchedulerManagementService) -> None:
    # The reference package left its Content-Type on JSON after create_job; the emulator reads
    # XML bodies strictly, so a later job-collection creation would fail there.
    scheduler.create_job(SERVICE, COLLECTION, "job", _job("2015-08-01T00:00:00Z")).result(
        timeout=10
    )
    scheduler.create_job_collection(SERVICE, "second").result(timeout=10)
    assert scheduler.get_job_collection(SERVICE, "second").name == "second"


def test_job_errors(scheduler: SchedulerManagementService) -> None:
    with pytest.raises(BadRequestError, match="action"):
        scheduler.create_job(SERVICE, COLLECTION, "job", {"startTime": "2015-08-01T00:00:00Z"})
    with pytest.raises(BadRequestError, match="action"):
        scheduler.create_job(SERVICE, COLLECTION, "job", {"action": {"type": "carrier-pigeon"}})
    with pytest.raises(TypeError, match="job"):
        scheduler.create_job(SERVICE, COLLECTION, "job", {"startTime": object()})
    with pytest.raises(ResourceNotFoundError):
        scheduler.create_job(SERVICE, "nosuchcollection", "job", _job("2015-08-01T00:00:00Z"))
    with pytest.raises(ResourceNotFoundError):
        scheduler.get_all_jobs("nosuchservice", COLLECTION)
    assert scheduler.get_all_jobs(SERVICE, COLLECTION) == []


def test_free_plan_holds_five_jobs(scheduler: SchedulerManagementService) -> None:
    scheduler.create_job_collection(SERVICE, "free", plan="Free").result(timeout=10)
    for index in range(5):
        scheduler.create_job(SERVICE, "free", f"job{index}", _job("2015-08-01T00:00:00Z"))
    with pytest.raises(ConflictError, match="maximum of 5 jobs"):
        scheduler.create_job(SERVICE, "free", "job5", _job("2015-08-01T00:00:00Z"))
    # Replacing an existing job is still allowed.
    scheduler.create_job(SERVICE, "free", "job0", _job("2015-09-01T00:00:00Z")).result(timeout=10)
    assert len(scheduler.get_all_jobs(SERVICE, "free")) == 5


def test_deleting_the_collection_deletes_its_jobs(scheduler: SchedulerManagementService) -> None:
    scheduler.create_job(SERVICE, COLLECTION, "job", _job("2015-08-01T00:00:00Z")).result(
        timeout=10
    )
    scheduler.delete_job_collection(SERVICE, COLLECTION).result(timeout=10)
    scheduler.create_job_collection(SERVICE, COLLECTION).result(timeout=10)
    assert scheduler.get_all_jobs(SERVICE, COLLECTION) == []
