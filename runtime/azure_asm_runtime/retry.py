"""When a failed request is sent again, and how long to wait first.

The policy sits above the transport (``ServiceClient._send`` applies it), so it holds for
every transport. What may be repeated depends on the method and on what is known about the
failed attempt:

* any request whose attempt provably never reached the server (``AsmConnectError``: refused,
  DNS, TLS handshake, connect timeout, no free pooled connection);
* idempotent requests (GET, HEAD, PUT, DELETE) after any connection failure, timeout, or
  ``429``, ``500``, ``502``, ``503``, ``504``;
* POST only when the server said it did not act: ``429`` and ``503`` throttling
  (``ThrottledError``). A POST whose connection dropped after it was sent, or that timed out,
  may have been applied and is *not* repeated: it surfaces as ``AsmConnectionDroppedError`` /
  ``AsmTimeoutError`` so the caller can check whether the resource exists.

``409`` "operation in progress" is not the policy's business: the client waits for the
operation that holds the resource (``conflict_timeout``) for every method.

Delays grow exponentially from ``backoff`` up to ``backoff_max``, with random jitter (so that
clients failed by the same outage do not come back in step), and never undercut the server's
``Retry-After``. A ``Retry-After`` beyond ``max_retry_after`` is not waited out: the error is
raised with ``retry_after`` set, for the caller to decide.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from azure_asm_runtime.errors import (
    AsmConnectError,
    AsmConnectionError,
    AsmError,
    AsmHttpError,
    ThrottledError,
)

__all__ = ["DEFAULT_RETRY", "IDEMPOTENT_METHODS", "NO_RETRY", "RETRY_STATUSES", "RetryPolicy"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to repeat failed requests.

    ``max_attempts``: sends of one request at most (1 disables retries). ``backoff``: the
    first delay in seconds, doubled per retry up to ``backoff_max``. ``jitter`` (0..1): each
    delay is drawn from ``[delay * (1 - jitter), delay]``. ``max_retry_after``: the longest
    ``Retry-After`` honoured. ``timeout``: seconds after the first attempt past which no retry
    starts (None: only ``max_attempts`` bounds it). ``statuses``: HTTP statuses retried for
    idempotent methods.
    """

    max_attempts: int = 5
    backoff: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.5
    max_retry_after: float = 120.0
    timeout: float | None = None
    statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def __post_init__(self) -> None:
        if not isinstance(self.max_attempts, int) or self.max_attempts < 1:
            raise ValueError(f"max_attempts: must be at least 1, not {self.max_attempts!r}")
        if self.backoff < 0 or self.backoff_max < 0:
            raise ValueError("backoff and backoff_max: must not be negative")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError(f"jitter: must be between 0 and 1, not {self.jitter!r}")
        if self.max_retry_after < 0:
            raise ValueError("max_retry_after: must not be negative")
        if self.timeout is not None and self.timeout < 0:
            raise ValueError("timeout: must not be negative")

    def reason_to_retry(self, method: str, error: AsmError) -> str | None:
        """Why ``error`` on a ``method`` request may be retried, or None if it may not.

        Says nothing about the attempts left; see ``delay``.
        """
        idempotent = method.upper() in IDEMPOTENT_METHODS
        if isinstance(error, AsmConnectError):
            return "the request was not sent"
        if isinstance(error, AsmConnectionError):
            return "idempotent request without an answer" if idempotent else None
        if isinstance(error, AsmHttpError):
            if error.status not in self.statuses:
                return None
            if idempotent:
                return f"HTTP {error.status}"
            if isinstance(error, ThrottledError):
                return f"throttled (HTTP {error.status}): the server did not act"
        return None

    def delay(
        self, retry: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float | None:
        """Seconds to wait before retry number ``retry`` (1 for the first), or None when the
        server asks for a longer wait than ``max_retry_after``."""
        if retry_after is not None and retry_after > self.max_retry_after:
            return None
        base = min(self.backoff_max, self.backoff * (2.0 ** max(0, retry - 1)))
        draw = (rng or random).random()
        seconds = base * (1.0 - self.jitter * draw)
        if retry_after is not None:
            seconds = max(seconds, retry_after)
        return seconds


DEFAULT_RETRY = RetryPolicy()
NO_RETRY = RetryPolicy(max_attempts=1)
