"""Asynchronous ASM operations: the handle returned by every call that answers 202.

ASM reports the outcome of a write at `GET /{subscription_id}/operations/{request_id}`; the
handle keeps `request_id` (so code written for the reference package keeps working) and adds
the azure-core style `status()`, `done()`, `wait()` and `result()`.

Waiting is bounded (``timeout``, by default the client's ``operation_timeout``) and survives
transient failures of the status request itself: connection faults, 5xx, throttling and
unreadable answers are logged and polled past (each status request is already retried by the
client's retry policy; this covers outages longer than one request's retries), up to
``max_poll_failures`` in a row. A ``Failed`` operation raises ``OperationFailedError`` with the
operation's error code and message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Protocol

from azure_asm_runtime.errors import (
    AsmConnectionError,
    OperationFailedError,
    OperationTimeoutError,
    ResponseParseError,
    ServerError,
    ThrottledError,
    UnknownElementError,
)
from azure_asm_runtime.http import deadline_scope
from azure_asm_runtime.legacy import AsynchronousOperationResult

logger = logging.getLogger("azure_asm")

IN_PROGRESS = "InProgress"

# The least time a status request gets when the wait is nearly over.
_MIN_STATUS_SECONDS = 1.0
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

#: Failures of a status request worth polling past: the operation itself is unaffected.
TRANSIENT_POLL_ERRORS: tuple[type[Exception], ...] = (
    AsmConnectionError,
    ServerError,
    ThrottledError,
    ResponseParseError,
)


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


class AsyncOperation(AsynchronousOperationResult):
    """A started asynchronous operation, identified by its request id (and so also the
    reference package's `AsynchronousOperationResult`)."""

    request_id: str

    __slots__ = (
        "timeout",
        "max_poll_failures",
        "_poll",
        "_schedule",
        "_last",
        "_sleep",
        "_clock",
    )

    def __init__(
        self,
        request_id: str,
        poll: Callable[[str], OperationStatusLike],
        schedule: PollSchedule | None = None,
        *,
        timeout: float | None = None,
        max_poll_failures: int = 10,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.request_id = request_id
        self.timeout = timeout
        self.max_poll_failures = max_poll_failures
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

    @property
    def last_status(self) -> OperationStatusLike | None:
        """The status of the latest poll, without asking the service again."""
        return self._last

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

        ``timeout`` (seconds, default the handle's ``timeout``; None on both waits for ever)
        bounds the whole wait, the status requests included (each is cut at the end of the
        wait, though given at least a second): `OperationTimeoutError` is raised when it
        passes first; the operation itself goes on. ``progress`` is called with every status read.
        Transient failures of the status request are polled past (see the module doc).
        """
        limit = self.timeout if timeout is None else timeout
        deadline = None if limit is None else self._clock() + limit
        intervals = self._schedule.intervals()
        failures = 0
        while True:
            if self._finished():
                last = self._last
            else:
                try:
                    if deadline is None:
                        last = self.refresh()
                    else:
                        # A status request must not outlive the wait: a server dripping its
                        # answer would hold it past `timeout`. It gets at least a second.
                        left = max(deadline - self._clock(), _MIN_STATUS_SECONDS)
                        with deadline_scope(left):
                            last = self.refresh()
                    failures = 0
                except TRANSIENT_POLL_ERRORS as exc:
                    if isinstance(exc, UnknownElementError):
                        raise
                    failures += 1
                    if failures > self.max_poll_failures:
                        raise
                    logger.debug(
                        "status of operation %s unavailable (%s: %s), polling again",
                        self.request_id,
                        type(exc).__name__,
                        exc,
                    )
                    last = None
            if last is not None:
                if progress is not None:
                    progress(last)
                if last.status in (SUCCEEDED, FAILED):
                    return last
            pause = next(intervals)
            if deadline is not None:
                remaining = deadline - self._clock()
                if remaining <= 0:
                    known = self._last.status if self._last is not None else None
                    timed_out = OperationTimeoutError(self.request_id, known, limit)
                    timed_out.result = self._last
                    raise timed_out
                pause = min(pause, remaining)
            self._sleep(pause)

    def result(
        self, timeout: float | None = None, progress: ProgressCallback | None = None
    ) -> OperationStatusLike:
        """Wait for the operation and raise `OperationFailedError` if it failed."""
        final = self.wait(timeout, progress)
        if final.status == FAILED:
            error = final.error
            failed = OperationFailedError(
                self.request_id,
                status=final.status or FAILED,
                code=error.code if error is not None else None,
                message=error.message if error is not None else None,
                http_status_code=final.http_status_code,
            )
            failed.result = final
            raise failed
        return final
