"""Transport-neutral request and response values.

Generated clients build ``HttpRequest`` objects and read ``HttpResponse`` objects without
knowing which HTTP library moves the bytes, so tests and the emulator can plug in their own
``Transport``. Request bodies carry passwords and certificate data, hence the reprs below
show sizes, never contents.

`deadline_scope` bounds the total time of the calls made inside it (the client's
``deadline`` option); `Urllib3Transport` ends a request at the deadline even if the server
keeps sending a byte at a time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True, repr=False)
class HttpRequest:
    """One HTTP request, as built by a generated client.

    The repr omits headers and body: bodies hold passwords and headers may hold credentials,
    and reprs end up in logs, tracebacks and pytest failure output.
    """

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes | None = None

    def __repr__(self) -> str:
        size = "no body" if self.body is None else f"{len(self.body)} bytes"
        return f"HttpRequest({self.method} {self.url}, {size})"


@dataclass(frozen=True, slots=True, repr=False)
class HttpResponse:
    """One HTTP response, headers with their original case.

    Header names are kept as the server sent them (useful when debugging) and looked up
    case-insensitively with ``header()``, since HTTP names are case-insensitive and servers
    differ (``x-ms-request-id`` vs ``X-Ms-Request-Id``).
    """

    status: int
    headers: Mapping[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        """Return the value of header ``name`` whatever its case, or None."""
        value = self.headers.get(name)
        if value is not None:
            return value
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return None

    def __repr__(self) -> str:
        return f"HttpResponse({self.status}, {len(self.body)} bytes)"


class Transport(Protocol):
    """What a client needs to move a request: one call, no retries.

    Retry and polling policy live above the transport so they can be tested without a
    network. Implementations raise ``AsmConnectionError`` / ``AsmTimeoutError`` for network
    faults and return every HTTP status (including 4xx/5xx) as a response.
    """

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        """Send ``request``; ``timeout`` (seconds) overrides the transport's default."""
        ...


# --- deadlines ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Deadline:
    """When the work under way must end (`time.monotonic()` seconds), and the budget in
    seconds it was given, for messages."""

    at: float
    seconds: float

    def remaining(self) -> float:
        return self.at - time.monotonic()


# The deadline of the call under way in this thread (or task). A context variable rather than
# a `send()` argument: transports written for the `Transport` protocol keep working, and
# nested calls (a conflict's status polls, an operation's status requests) inherit it.
_deadline: ContextVar[Deadline | None] = ContextVar("azure_asm_deadline", default=None)


def current_deadline() -> Deadline | None:
    """The deadline of the call under way, if one was set with `deadline_scope`."""
    return _deadline.get()


@contextmanager
def deadline_scope(seconds: float | None) -> Iterator[Deadline | None]:
    """Bound everything inside to `seconds` from now (None: no new bound); an enclosing
    deadline that ends sooner stays in force."""
    outer = _deadline.get()
    if seconds is None:
        yield outer
        return
    mine = Deadline(time.monotonic() + seconds, seconds)
    if outer is not None and outer.at <= mine.at:
        yield outer
        return
    token = _deadline.set(mine)
    try:
        yield mine
    finally:
        _deadline.reset(token)
