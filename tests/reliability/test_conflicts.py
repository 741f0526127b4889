"""Point 2 of issue #5: 409 "operation in progress" waits for the operation it names."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm_runtime.errors import ConflictError
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.polling import PollSchedule

BUSY = (
    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>ConflictError</Code>'
    "<Message>Windows Azure is currently performing an operation with x-ms-requestid "
    "{id} on this hosted service that requires exclusive access.</Message></Error>"
)
BUSY_NO_ID = (
    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>ConflictError</Code>'
    "<Message>Windows Azure is currently performing an operation on this hosted service "
    "that requires exclusive access.</Message></Error>"
)
TAKEN = (
    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>ConflictError</Code>'
    "<Message>The specified DNS name is already taken.</Message></Error>"
)
STATUS = (
    '<Operation xmlns="http://schemas.microsoft.com/windowsazure"><ID>{id}</ID>'
    "<Status>{status}</Status></Operation>"
)


class FakeService:
    """Answers writes from a script and operation polls from per-operation status scripts."""

    def __init__(self, writes: list[HttpResponse], operations: dict[str, list[str]]) -> None:
        self.writes = writes
        self.operations = operations
        self.log: list[str] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        path = request.url.split("example.test", 1)[1]
        self.log.append(f"{request.method} {path}")
        if "/operations/" in path:
            op = path.rsplit("/", 1)[1]
            statuses = self.operations.get(op)
            if statuses is None:
                body = (
                    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>'
                    "ResourceNotFound</Code><Message>no such operation</Message></Error>"
                )
                return HttpResponse(404, {}, body.encode())
            status = statuses.pop(0) if len(statuses) > 1 else statuses[0]
            return HttpResponse(200, {}, STATUS.format(id=op, status=status).encode())
        return self.writes.pop(0) if len(self.writes) > 1 else self.writes[0]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def service(fake: FakeService, **options: Any) -> tuple[ServiceManagementService, Clock]:
    clock = Clock()
    options.setdefault("poll_schedule", PollSchedule(1.0, 2.0, 4.0))
    made = ServiceManagementService("sub", transport=fake, host="example.test", **options)
    made._sleep = clock.sleep
    made._clock = lambda: clock.now
    return made, clock


def busy(op: str) -> HttpResponse:
    return HttpResponse(409, {}, BUSY.format(id=op).encode())


ACCEPTED = HttpResponse(202, {"x-ms-request-id": "mine"}, b"")


def test_the_conflicting_operation_is_polled_until_it_ends_then_the_request_is_retried() -> None:
    fake = FakeService(
        [busy("op-7"), ACCEPTED], {"op-7": ["InProgress", "InProgress", "Succeeded"]}
    )
    made, clock = service(fake)
    operation = made.delete_hosted_service("svc")
    assert operation.request_id == "mine"
    assert fake.log == [
        "DELETE /sub/services/hostedservices/svc",
        "GET /sub/operations/op-7",
        "GET /sub/operations/op-7",
        "GET /sub/operations/op-7",
        "DELETE /sub/services/hostedservices/svc",
    ]
    assert clock.sleeps == [1.0, 2.0]  # the poll schedule, not a blind back-off


def test_a_failed_conflicting_operation_also_frees_the_resource() -> None:
    fake = FakeService([busy("op-1"), ACCEPTED], {"op-1": ["Failed"]})
    made, _ = service(fake)
    made.delete_hosted_service("svc")
    assert fake.log[-1] == "DELETE /sub/services/hostedservices/svc"


def test_without_an_operation_id_the_client_backs_off() -> None:
    conflict = HttpResponse(409, {}, BUSY_NO_ID.encode())
    fake = FakeService([conflict, conflict, conflict, ACCEPTED], {})
    made, clock = service(fake)
    made._random.seed(1)
    made.delete_hosted_service("svc")
    assert [e for e in fake.log if "/operations/" in e] == []
    assert len(clock.sleeps) == 3
    assert clock.sleeps[0] < clock.sleeps[1] < clock.sleeps[2]


def test_an_operation_that_cannot_be_seen_falls_back_to_back_off() -> None:
    # ASM names operations of other subscriptions too; polling them answers 404.
    fake = FakeService([busy("elsewhere"), busy("elsewhere"), ACCEPTED], {})
    made, clock = service(fake)
    made.delete_hosted_service("svc")
    assert fake.log.count("GET /sub/operations/elsewhere") == 1  # asked once, not per retry
    assert len(clock.sleeps) == 2


def test_waiting_is_bounded_by_conflict_timeout() -> None:
    fake = FakeService([busy("forever")], {"forever": ["InProgress"]})
    made, clock = service(fake, conflict_timeout=30)
    with pytest.raises(ConflictError, match="currently performing"):
        made.delete_hosted_service("svc")
    assert 30 <= clock.now <= 35


def test_other_conflicts_surface_at_once() -> None:
    fake = FakeService([HttpResponse(409, {}, TAKEN.encode()), ACCEPTED], {})
    made, clock = service(fake)
    with pytest.raises(ConflictError, match="already taken"):
        made.create_hosted_service("svc", "svc", location="West US")
    assert len(fake.log) == 1 and clock.sleeps == []


# --- against the emulator -----------------------------------------------------------------------


def test_a_write_meeting_a_running_operation_waits_for_it(
    emulator: Any, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.server.operation_delay = 1.0  # still running when asked, even on a loaded machine
    made = emulator.client()
    created = made.create_hosted_service("busy-svc", "busy", location="West US")
    with caplog.at_level(logging.DEBUG, logger="azure_asm"):
        started = time.monotonic()
        made.delete_hosted_service("busy-svc").result(timeout=10)
    assert time.monotonic() - started >= 0.2
    waited = [r.getMessage() for r in caplog.records if getattr(r, "asm_outcome", "") == "conflict"]
    assert waited and f"waiting for operation {created.request_id}" in waited[0]
    polled = [
        r.getMessage()
        for r in caplog.records
        if f"operations/{created.request_id}" in str(r.getMessage())
    ]
    assert polled, "the conflicting operation was not polled"
    assert made.list_hosted_services() == []


def test_injected_conflicts_are_waited_out(emulator: Any) -> None:
    made = emulator.client(conflict_timeout=20)
    emulator.server.set_faults(conflict_rate=0.6, seed=5)
    for index in range(4):
        made.create_storage_account(f"conflicted{index}", "d", "l", location="West US").result(10)
    emulator.server.set_faults(conflict_rate=0.0)
    assert len(made.list_storage_accounts()) == 4


def test_a_resource_that_stays_busy_gives_up_after_conflict_timeout(emulator: Any) -> None:
    made = emulator.client(conflict_timeout=0.5)
    emulator.server.set_faults(conflict_rate=1.0)
    started = time.monotonic()
    with pytest.raises(ConflictError) as caught:
        made.create_storage_account("neverfree", "d", "l", location="West US")
    assert 0.4 <= time.monotonic() - started < 5
    assert caught.value.attempts > 1
