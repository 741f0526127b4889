"""AsyncOperation: polling until an asynchronous ASM operation finishes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from azure_asm_runtime.errors import OperationFailedError, OperationTimeoutError
from azure_asm_runtime.polling import AsyncOperation, PollSchedule


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
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def operation(*statuses: Status, time: FakeTime | None = None) -> tuple[AsyncOperation, list[str]]:
    polled: list[str] = []
    script = list(statuses)

    def poll(request_id: str) -> Status:
        polled.append(request_id)
        return script.pop(0) if len(script) > 1 else script[0]

    time = time or FakeTime()
    handle = AsyncOperation(
        "req-1", poll, PollSchedule(0.1, 2.0, 1.0), sleep=time.sleep, clock=time.clock
    )
    return handle, polled


def test_wait_polls_until_succeeded_with_backoff() -> None:
    time = FakeTime()
    handle, polled = operation(
        Status("InProgress"),
        Status("InProgress"),
        Status("InProgress"),
        Status("Succeeded", 200),
        time=time,
    )
    assert handle.wait().status == "Succeeded"
    assert polled == ["req-1"] * 4
    assert time.sleeps == [0.1, 0.2, 0.4]


def test_a_finished_operation_is_not_polled_again() -> None:
    handle, polled = operation(Status("Succeeded"))
    assert handle.done()
    assert handle.status() == "Succeeded"
    assert handle.result().status == "Succeeded"
    assert len(polled) == 1


def test_result_raises_the_operation_error() -> None:
    handle, _ = operation(Status("Failed", 409, Error("ConflictError", "name taken")))
    with pytest.raises(OperationFailedError) as caught:
        handle.result()
    assert caught.value.code == "ConflictError"
    assert "name taken" in str(caught.value)
    assert handle.wait().status == "Failed"  # wait() reports, result() raises


def test_wait_times_out() -> None:
    time = FakeTime()
    handle, _ = operation(Status("InProgress"), time=time)
    with pytest.raises(OperationTimeoutError):
        handle.wait(timeout=1.0)
    assert time.now <= 1.0 + 1e-9


def test_progress_callback_sees_every_status() -> None:
    seen: list[str | None] = []
    handle, _ = operation(Status("InProgress"), Status("Succeeded"))
    handle.wait(progress=lambda status: seen.append(status.status))
    assert seen == ["InProgress", "Succeeded"]


def test_request_id_is_the_continuation_token_and_in_repr() -> None:
    handle, _ = operation(Status("Succeeded"))
    assert handle.continuation_token() == "req-1"
    assert "req-1" in repr(handle)
