"""Injectable time source for the operation engine.

Asynchronous operations stay ``InProgress`` for a while; tests that exercise that window should
not have to sleep through it. Everything in the emulator that measures durations reads a
``Clock`` instead of ``time.monotonic`` so that a test can substitute ``ManualClock`` and move
time forward explicitly.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """A monotonic time source, in seconds."""

    def now(self) -> float:
        """Return the current time; only differences between two readings are meaningful."""
        ...


class SystemClock:
    """The real monotonic clock (immune to wall-clock adjustments)."""

    def now(self) -> float:
        """Return ``time.monotonic()``."""
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to, for deterministic tests."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        """Return the current manual time."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (never backwards: the clock must stay monotonic)."""
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        with self._lock:
            self._now += seconds
