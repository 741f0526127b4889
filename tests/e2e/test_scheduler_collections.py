"""Scheduler cloud services and job collections end to end: client -> HTTPS -> emulator."""

from __future__ import annotations

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


@pytest.fixture
def scheduler(asm_emulator: AsmEmulator) -> Iterator[SchedulerManagementService]:
    client = SchedulerManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    yield client
    _close(client)


def test_cloud_service_lifecycle(scheduler: SchedulerManagementService) -> None:
    assert scheduler.list_cloud_services() == []
    operation = scheduler.create_cloud_service(
        "cloud_service_1", "my label", "my description", "west europe"
    )
    assert isinstance(operation, AsyncOperation)
    final = operation.result(timeout=10)
    assert final.status == "Succeeded"
    status = scheduler.get_scheduler_operation_status(operation.request_id)
    assert status.status == "Succeeded" and status.http_status_code == 200

    service = scheduler.get_cloud_service("cloud_service_1")
    assert (service.name, service.label, service.description, service.geo_region) == (
        "cloud_service_1",
        "my label",
        "my description",
        "West Europe",
    )
    assert service.resources == []
    assert [s.name for s in scheduler.list_cloud_services()] == ["cloud_service_1"]

    with pytest.raises(ConflictError):
        scheduler.create_cloud_service("cloud_service_1", "again", "", "West Europe")

    scheduler.delete_cloud_service("cloud_service_1").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        scheduler.get_cloud_service("cloud_service_1")
    with pytest.raises(ResourceNotFoundError):
        scheduler.delete_cloud_service("cloud_service_1")
    assert scheduler.list_cloud_services() == []


def test_wait_for_operation_status_works_on_this_client(
    scheduler: SchedulerManagementService,
) -> None:
    operation = scheduler.create_cloud_service("svc", "label", "", "North Europe")
    final = scheduler.wait_for_operation_status(
        operation.request_id, timeout=10, sleep_interval=0.02
    )
    assert final.status == "Succeeded"


def test_cloud_service_argument_errors(scheduler: SchedulerManagementService) -> None:
    with pytest.raises(BadRequestError, match="Atlantis"):
        scheduler.create_cloud_service("svc", "label", "", "Atlantis")
    with pytest.raises(ValueError, match="label"):
        scheduler.create_cloud_service("svc", "x" * 101, "", "West US")
    with pytest.raises(ValueError, match="label"):
        scheduler.create_cloud_service("svc", "", "", "West US")
    with pytest.raises(ValueError, match="description"):
        scheduler.create_cloud_service("svc", "label", "d" * 1025, "West US")
    assert scheduler.list_cloud_services() == []


def test_job_collection_lifecycle(scheduler: SchedulerManagementService) -> None:
    scheduler.create_cloud_service("svc", "label", "description", "West Europe").result(timeout=10)
    availability = scheduler.check_job_collection_name("svc", "jobs_1")
    assert availability.result is True

    scheduler.create_job_collection("svc", "jobs_1").result(timeout=10)
    scheduler.create_job_collection("svc", "free-jobs", plan="Free").result(timeout=10)
    assert scheduler.check_job_collection_name("svc", "jobs_1").result is False
    assert scheduler.check_job_collection_name("svc", "JOBS_1").result is False
    assert scheduler.check_job_collection_name("svc", "bad name!").result is False

    collection = scheduler.get_job_collection("svc", "jobs_1")
    assert collection.name == "jobs_1"
    assert collection.type == "jobcollections"
    assert collection.state == "Started"
    assert collection.e_tag
    assert collection.cloud_service_settings is not None
    assert collection.cloud_service_settings.geo_region == "West Europe"
    assert collection.intrinsic_settings is not None
    assert collection.intrinsic_settings.plan == "Standard"
    quota = collection.intrinsic_settings.quota
    assert quota is not None and quota.max_job_count == 50
    assert quota.max_recurrence is not None and quota.max_recurrence.frequency == "Minute"
    assert collection.operation_status is not None
    assert collection.operation_status.result == "Succeeded"
    assert collection.operation_status.error is not None
    assert collection.operation_status.error.http_code == 200

    free = scheduler.get_job_collection("svc", "free-jobs").intrinsic_settings
    assert free is not None and free.plan == "Free"
    assert free.quota is not None and free.quota.max_job_count == 5

    service = scheduler.get_cloud_service("svc")
    assert service.resources is not None
    assert [r.name for r in service.resources] == ["free-jobs", "jobs_1"]
    assert all(r.resource_provider_namespace == "Scheduler" for r in service.resources)

    with pytest.raises(ConflictError):
        scheduler.create_job_collection("svc", "jobs_1")

    scheduler.delete_job_collection("svc", "jobs_1").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        scheduler.get_job_collection("svc", "jobs_1")
    with pytest.raises(ResourceNotFoundError):
        scheduler.delete_job_collection("svc", "jobs_1")
    assert scheduler.check_job_collection_name("svc", "jobs_1").result is True


def test_job_collection_errors(scheduler: SchedulerManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        scheduler.create_job_collection("nosuchservice", "jobs")
    with pytest.raises(ResourceNotFoundError):
        scheduler.check_job_collection_name("nosuchservice", "jobs")
    with pytest.raises(ResourceNotFoundError):
        scheduler.get_job_collection("nosuchservice", "jobs")
    with pytest.raises(ValueError, match="plan"):
        scheduler.create_job_collection("svc", "jobs", plan="Premium")
    with pytest.raises(ValueError, match="job_collection_id"):
        scheduler.create_job_collection("svc", "j" * 101)
    scheduler.create_cloud_service("svc", "label", "", "West US").result(timeout=10)
    with pytest.raises(BadRequestError, match="invalid"):
        scheduler.create_job_collection("svc", "bad name!")


def test_a_job_collection_appears_when_its_creation_succeeds(
    asm_emulator: AsmEmulator, scheduler: SchedulerManagementService
) -> None:
    scheduler.create_cloud_service("svc", "label", "", "West US").result(timeout=10)
    asm_emulator.server.operation_delay = 60
    scheduler.create_job_collection("svc", "jobs")
    with pytest.raises(ResourceNotFoundError):  # not there until the operation succeeds
        scheduler.get_job_collection("svc", "jobs")
    with asm_emulator.server.state.lock:
        asm_emulator.server.state.operations.finish_all()
    assert scheduler.get_job_collection("svc", "jobs").name == "jobs"
