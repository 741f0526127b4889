"""Asynchronous ASM operations: the handle returned by every call that answers 202.

ASM reports the outcome of a write at `GET /{subscription_id}/operations/{request_id}`; the
handle keeps `request_id` (so code written for the reference package keeps working) and adds
the azure-core style `status()`, `done()`, `wait()` and `result()`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Protocol

from azure_asm_runtime.errors import OperationFailedError, OperationTimeoutError

logger = logging.getLogger("azure_asm")

IN_PROGRESS = "InProgress"
SUCCEEDED = "Succeeded"
FAILED = "Failed"


class OperationErrorLike(Protocol):
    @property
    def code(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...


class OperationStatusLike(Protocol):
    """What `get_operation_status` returns (the generated `Operation` model)."""

    @property
    def status(self) -> str | None: ...
    @property
    def http_status_code(self) -> int | None: ...
    @property
    def error(self) -> OperationErrorLike | None: ...


ProgressCallback = Callable[[OperationStatusLike], None]


class PollSchedule:
    """Intervals between status requests: quick at first, then backing off to a cap."""

    __slots__ = ("first", "factor", "cap")

    def __init__(self, first: float = 0.1, factor: float = 2.0, cap: float = 5.0) -> None:
        self.first = first
        self.factor = factor
        self.cap = cap

    def intervals(self) -> Iterator[float]:
        interval = self.first
        while True:
            yield interval
            interval = min(interval * self.factor, self.cap)


class AsyncOperation:
    """A started asynchronous operation, identified by its request id."""

    __slots__ = ("request_id", "_poll", "_schedule", "_last", "_sleep", "_clock")

    def __init__(
        self,
        request_id: str,
        poll: Callable[[str], OperationStatusLike],
        schedule: PollSchedule | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.request_id = request_id
        self._poll = poll
        self._schedule = schedule or PollSchedule()
        self._last: OperationStatusLike | None = None
        self._sleep = sleep
        self._clock = clock

    def __repr__(self) -> str:
        status = self._last.status if self._last is not None else "not polled"
        return f"AsyncOperation(request_id={self.request_id!r}, status={status!r})"

    def continuation_token(self) -> str:
        """The request id: enough to resume polling from another process."""
        return self.request_id

    def refresh(self) -> OperationStatusLike:
        """Ask the service for the current status."""
        self._last = self._poll(self.request_id)
        return self._last

    def status(self) -> str:
        """The current status (`InProgress`, `Succeeded` or `Failed`), asked from the service
        unless the operation already finished."""
        if not self._finished():
            self.refresh()
        assert self._last is not None
        return self._last.status or IN_PROGRESS

    def done(self) -> bool:
        return self.status() != IN_PROGRESS

    def _finished(self) -> bool:
        return self._last is not None and self._last.status in (SUCCEEDED, FAILED)

    def wait(
        self, timeout: float | None = None, progress: ProgressCallback | None = None
    ) -> OperationStatusLike:
        """Poll until the operation finishes; returns its final status (Failed included).

        Raises `OperationTimeoutError` when `timeout` seconds pass first.
        """
        deadline = None if timeout is None else self._clock() + timeout
        intervals = self._schedule.intervals()
        while True:
            last = self._last if self._finished() else self.refresh()
            assert last is not None
            if progress is not None:
                progress(last)
            if last.status in (SUCCEEDED, FAILED):
                return last
            pause = next(intervals)
            if deadline is not None:
                remaining = deadline - self._clock()
                if remaining <= 0:
                    raise OperationTimeoutError(self.request_id, last.status)
                pause = min(pause, remaining)
            self._sleep(pause)

    def result(
        self, timeout: float | None = None, progress: ProgressCallback | None = None
    ) -> OperationStatusLike:
        """Wait for the operation and raise `OperationFailedError` if it failed."""
        final = self.wait(timeout, progress)
        if final.status == FAILED:
            error = final.error
            raise OperationFailedError(
                self.request_id,
                status=final.status or FAILED,
                code=error.code if error is not None else None,
                message=error.message if error is not None else None,
                http_status_code=final.http_status_code,
            )
        return final
