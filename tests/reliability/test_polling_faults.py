"""Point 3 of issue #5: polling survives transient failures, is bounded, reports progress, and
a Failed operation raises with its error code and message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from azure_asm_emulator import AsmFault, Request, Response, State, accepted_async
from azure_asm_runtime.errors import (
    AsmConnectionDroppedError,
    OperationFailedError,
    OperationTimeoutError,
    ResourceNotFoundError,
    ResponseParseError,
    ServerError,
    ThrottledError,
    UnknownElementError,
)
from azure_asm_runtime.polling import AsyncOperation, PollSchedule
from azure_asm_runtime.retry import NO_RETRY


@dataclass
class Error:
    code: str | None
    message: str | None


@dataclass
class Status:
    status: str | None
    http_status_code: int | None = None
    error: Error | None = None


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def clock(self) -> float:
        return self.now


def handle(script: list[Any], **options: Any) -> tuple[AsyncOperation, FakeTime, list[Any]]:
    time = FakeTime()
    polled: list[Any] = []

    def poll(request_id: str) -> Status:
        step = script.pop(0) if len(script) > 1 else script[0]
        polled.append(step)
        if isinstance(step, Exception):
            raise step
        return step  # type: ignore[no-any-return]

    made = AsyncOperation(
        "op", poll, PollSchedule(1, 2, 4), sleep=time.sleep, clock=time.clock, **options
    )
    return made, time, polled


TRANSIENT = [
    AsmConnectionDroppedError("reset"),
    ServerError(500, "InternalError", "oops"),
    ThrottledError(503, "ServerBusy", "busy"),
    ResponseParseError("truncated"),
]


def test_transient_status_failures_are_polled_past() -> None:
    script: list[Any] = [
        Status("InProgress"),
        *TRANSIENT,
        Status("InProgress"),
        Status("Succeeded"),
    ]
    made, _, polled = handle(script)
    assert made.wait().status == "Succeeded"
    assert len(polled) == 7


def test_too_many_failures_in_a_row_raise_the_last_one() -> None:
    made, _, polled = handle([ServerError(500, "InternalError", "down")], max_poll_failures=3)
    with pytest.raises(ServerError):
        made.wait()
    assert len(polled) == 4


@pytest.mark.parametrize(
    "error",
    [
        ResourceNotFoundError(404, "ResourceNotFound", "no such operation"),
        UnknownElementError(["x"]),
    ],
)
def test_permanent_failures_raise_at_once(error: Exception) -> None:
    made, _, polled = handle([error, Status("Succeeded")])
    with pytest.raises(type(error)):
        made.wait()
    assert len(polled) == 1


def test_total_timeout_bounds_the_wait_even_while_polls_fail() -> None:
    made, time, _ = handle([Status("InProgress"), AsmConnectionDroppedError("x")], timeout=30)
    with pytest.raises(OperationTimeoutError) as caught:
        made.wait()
    assert caught.value.timeout == 30
    assert 30 <= time.now <= 31
    assert "within 30 s" in str(caught.value)


def test_explicit_timeout_overrides_the_default() -> None:
    made, time, _ = handle([Status("InProgress")], timeout=1000)
    with pytest.raises(OperationTimeoutError):
        made.result(timeout=5)
    assert time.now == 5


def test_progress_callback_sees_every_status() -> None:
    seen: list[str | None] = []
    made, _, _ = handle(
        [
            Status("InProgress"),
            ServerError(502, None, "gw"),
            Status("InProgress"),
            Status("Succeeded"),
        ]
    )
    made.result(progress=lambda status: seen.append(status.status))
    assert seen == ["InProgress", "InProgress", "Succeeded"]


def test_a_failed_operation_raises_its_code_and_message() -> None:
    failed = Status("Failed", 400, Error("BadRequest", "The image does not exist."))
    made, _, _ = handle([Status("InProgress"), failed])
    with pytest.raises(OperationFailedError) as caught:
        made.result()
    assert (caught.value.code, caught.value.message, caught.value.http_status_code) == (
        "BadRequest",
        "The image does not exist.",
        400,
    )
    assert "BadRequest: The image does not exist." in str(caught.value)


# --- through the client and the emulator -----------------------------------------------------


def test_client_operations_get_the_client_operation_timeout(emulator: Any) -> None:
    made = emulator.client(operation_timeout=42.0)
    operation = made.create_storage_account("timeouts1", "d", "l", location="West US")
    assert operation.timeout == 42.0
    assert made.with_options(operation_timeout=7.0)._async_operation(_accepted("x")).timeout == 7.0


def _accepted(request_id: str) -> Any:
    from azure_asm_runtime.http import HttpResponse

    return HttpResponse(202, {"x-ms-request-id": request_id}, b"")


def test_polling_survives_faults_on_the_status_requests(emulator: Any) -> None:
    emulator.server.operation_delay = 0.2
    # No retries of single requests: the handle itself must poll past the failures.
    made = emulator.client(retry=NO_RETRY)
    operation = made.create_storage_account("pollfaults", "d", "l", location="West US")
    emulator.server.set_faults(
        error_rate=0.3, drop_rate=0.1, drop_after_rate=0.1, faults_on_polling=True, seed=11
    )
    statuses: list[str | None] = []
    final = operation.result(timeout=20, progress=lambda s: statuses.append(s.status))
    assert final.status == "Succeeded"
    assert statuses[-1] == "Succeeded" and len(statuses) >= 2


def test_a_failed_emulator_operation_raises_with_its_code_and_message(emulator: Any) -> None:
    def doomed(request: Request, state: State) -> Response:
        def work() -> None:
            raise AsmFault(400, "InvalidOperation", "The role cannot be started in this state.")

        operation = state.operations.start(
            "doomed", subscription_id=request.subscription_id, work=work
        )
        return accepted_async(operation)

    emulator.server.add_route("POST", "/{subscription_id}/services/doomed", doomed)
    made = emulator.client()
    response = made.perform_post(f"/{made.subscription_id}/services/doomed", "<x/>")
    with pytest.raises(OperationFailedError) as caught:
        made._async_operation(response).result(timeout=10)
    assert caught.value.code == "InvalidOperation"
    assert caught.value.message == "The role cannot be started in this state."
    assert caught.value.http_status_code == 400
