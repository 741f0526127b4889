"""Named waiters: poll a read until its answer says a condition holds (boto3's ``get_waiter``).

The spec declares each waiter as data (``spec/waiters.yaml``, format in ``spec/README.md``);
the generator writes them to ``azure_asm.waiters.WAITERS`` as `WaiterConfig` entries, and
``client.get_waiter(name)`` returns a `Waiter` bound to the client::

    sms.get_waiter("deployment_running").wait(
        service_name="mysvc", deployment_name="mydep", delay=2, timeout=600
    )

Each attempt calls the waiter's operation with the arguments given, then tries the acceptors
in order on the answer (or on the `AsmHttpError` the call raised); the first that matches
decides: ``success`` ends the wait, ``failure`` raises `WaiterError`, ``retry`` polls again
after ``delay`` seconds. An answer no acceptor matches is polled again too; an error no
acceptor matches raises `WaiterError` at once (it is not the condition being waited for).
The wait also ends with `WaiterError` after ``max_attempts`` calls or ``timeout`` seconds,
whichever comes first. Times are measured on the client's clock, so `WaiterResult.elapsed`
and `WaiterError.elapsed` are the true duration of the wait, calls included.

Paths are the JMESPath subset ``a.b`` (member ``b`` of member ``a``) and ``a[].b`` (``b`` of
every item of the list ``a``, as JMESPath's flatten projection: missing values are dropped),
on the attributes of the answer's models.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from azure_asm_runtime.errors import AsmError, AsmHttpError
from azure_asm_runtime.http import deadline_scope

if TYPE_CHECKING:
    from azure_asm_runtime.client import ServiceClient

State = Literal["success", "failure", "retry"]

#: The least time a call gets when the wait is nearly over (as `AsyncOperation.wait`).
_MIN_CALL_SECONDS = 1.0
_FLATTEN = "[]"


class _Record:
    """Equality and repr by slots. Plain classes rather than dataclasses: ``import azure_asm``
    imports this module, and building four dataclasses took milliseconds of it."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Acceptor(_Record):
    """One rule of a waiter (see the module doc). Exactly one matcher is set: ``path``
    (``steps``, compared by ``match`` with the ``expected`` alternatives), ``error`` (an ASM
    error code) or ``returned`` (the call answered)."""

    __slots__ = ("state", "path", "steps", "match", "expected", "error", "returned")

    def __init__(
        self,
        state: State,
        path: str = "",
        steps: tuple[str, ...] = (),
        match: Literal["equals", "any", "all"] = "equals",
        expected: tuple[object, ...] = (),
        error: str = "",
        returned: bool = False,
    ) -> None:
        self.state = state
        self.path = path
        self.steps = steps
        self.match = match
        self.expected = expected
        self.error = error
        self.returned = returned

    def matches(self, answer: object, error: AsmHttpError | None) -> bool:
        if error is not None:
            return bool(self.error) and error.code == self.error
        if self.returned:
            return True
        if not self.steps:
            return False
        value = search(self.steps, answer)
        if self.match == "equals":
            return not isinstance(value, list) and value in self.expected
        if not isinstance(value, list):
            return False
        if self.match == "any":
            return any(item in self.expected for item in value)
        return bool(value) and all(item in self.expected for item in value)


class WaiterConfig(_Record):
    """One waiter of the spec: an entry of ``azure_asm.waiters.WAITERS``.

    ``params`` are arguments the waiter always passes to ``operation``; ``delay`` (seconds)
    and ``max_attempts`` are its defaults; ``cli_group`` / ``cli_condition`` name it on the
    command line (``asm deployment wait running``).
    """

    __slots__ = (
        "name",
        "client",
        "operation",
        "acceptors",
        "delay",
        "max_attempts",
        "params",
        "doc",
        "cli_group",
        "cli_condition",
    )

    def __init__(
        self,
        name: str,
        client: str,
        operation: str,
        acceptors: tuple[Acceptor, ...],
        delay: float = 15.0,
        max_attempts: int = 40,
        params: tuple[tuple[str, object], ...] = (),
        doc: str = "",
        cli_group: str = "",
        cli_condition: str = "",
    ) -> None:
        self.name = name
        self.client = client
        self.operation = operation
        self.acceptors = acceptors
        self.delay = delay
        self.max_attempts = max_attempts
        self.params = params
        self.doc = doc
        self.cli_group = cli_group
        self.cli_condition = cli_condition

    @property
    def paths(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The distinct paths its acceptors look at, (text, steps), in order."""
        seen: dict[str, tuple[str, ...]] = {}
        for acceptor in self.acceptors:
            if acceptor.steps:
                seen.setdefault(acceptor.path, acceptor.steps)
        return tuple(seen.items())


def search(steps: tuple[str, ...], value: Any) -> Any:
    """The value at ``steps`` of ``value`` (see the module doc); None when a step is missing."""
    for index, step in enumerate(steps):
        if value is None:
            return None
        if step != _FLATTEN:
            value = getattr(value, step, None)
            continue
        if not isinstance(value, list | tuple):
            return None
        items: list[Any] = []
        for item in value:
            if isinstance(item, list | tuple):
                items.extend(item)
            else:
                items.append(item)
        rest = steps[index + 1 :]
        if not rest:
            return [item for item in items if item is not None]
        projected: list[Any] = []
        for item in items:
            found = search(rest, item)
            if found is None:
                continue
            # A later [] flattens what this projection gathered, as in JMESPath.
            if _FLATTEN in rest and isinstance(found, list):
                projected.extend(found)
            else:
                projected.append(found)
        return projected
    return value


class WaitAttempt(_Record):
    """What one attempt saw, for a progress callback: the attempt number (from 1), the
    seconds since the wait started, the state it led to (None: no acceptor matched) and
    `observed`, a short description of the answer (``status=Deploying``) or the error code."""

    __slots__ = ("attempt", "elapsed", "state", "observed")

    def __init__(self, attempt: int, elapsed: float, state: State | None, observed: str) -> None:
        self.attempt = attempt
        self.elapsed = elapsed
        self.state = state
        self.observed = observed


class WaiterResult(_Record):
    """A successful wait: the last answer of the operation (None when the condition was an
    error, e.g. ``ResourceNotFound`` for a ``*_deleted`` waiter), how many calls it took and
    how long, in seconds."""

    __slots__ = ("name", "response", "attempts", "elapsed")

    def __init__(self, name: str, response: Any, attempts: int, elapsed: float) -> None:
        self.name = name
        self.response = response
        self.attempts = attempts
        self.elapsed = elapsed


class WaiterError(AsmError):
    """A wait that ended without its condition: a failure acceptor matched, an error no
    acceptor expected was raised (``__cause__``), or ``max_attempts`` / ``timeout`` ran out.

    ``reason`` says which, ``last_state`` what the last attempt saw (``status=Deleting``, an
    error code), ``last_response`` the last answer or error, ``attempts`` the number of calls
    and ``elapsed`` the seconds the wait took.
    """

    def __init__(
        self,
        name: str,
        reason: str,
        *,
        last_state: str = "",
        last_response: Any = None,
        attempts: int = 0,
        elapsed: float = 0.0,
    ) -> None:
        Exception.__init__(self, name, reason, last_state)
        self.name = name
        self.reason = reason
        self.last_state = last_state
        self.last_response = last_response
        self.attempts = attempts
        self.elapsed = elapsed

    def __str__(self) -> str:
        last = f"; last seen: {self.last_state}" if self.last_state else ""
        attempts = "1 attempt" if self.attempts == 1 else f"{self.attempts} attempts"
        return f"waiter {self.name} failed: {self.reason} ({attempts}, {self.elapsed:.1f}s){last}"


ProgressCallback = Callable[[WaitAttempt], None]


def _describe(config: WaiterConfig, answer: Any, error: AsmHttpError | None) -> str:
    """What an attempt saw, from the paths the acceptors look at (never secret members:
    the loader refuses paths through them)."""
    if error is not None:
        return error.code or f"HTTP {error.status}"
    parts = []
    for text, steps in config.paths:
        value = search(steps, answer)
        if isinstance(value, list):
            shown = ",".join(str(item) for item in value) if value else "(none)"
        else:
            shown = "null" if value is None else str(value)
        parts.append(f"{text}={shown}")
    return " ".join(parts) or "answered"


class Waiter:
    """A waiter bound to a client: ``wait(**arguments)`` polls until its condition holds."""

    def __init__(self, client: ServiceClient, config: WaiterConfig) -> None:
        self.client = client
        self.config = config

    @property
    def name(self) -> str:
        return self.config.name

    def __repr__(self) -> str:
        return f"Waiter({self.config.name!r}, operation={self.config.operation!r})"

    def wait(
        self,
        *,
        delay: float | None = None,
        max_attempts: int | None = None,
        timeout: float | None = None,
        progress: ProgressCallback | None = None,
        **arguments: Any,
    ) -> WaiterResult:
        """Poll until the condition holds; return a `WaiterResult` or raise `WaiterError`.

        ``arguments`` are the operation's (``service_name=...``). ``delay`` is the pause
        between calls (default: the waiter's). ``max_attempts`` bounds the calls and
        ``timeout`` the seconds: by default the waiter's ``max_attempts`` alone, or, when only
        ``timeout`` is given, the timeout alone. ``progress`` is called after every attempt
        with a `WaitAttempt`.
        """
        from azure_asm_runtime.client import check_count, check_seconds

        config = self.config
        if delay is None:
            delay = config.delay
        check_seconds("delay", delay, zero_allowed=True)
        check_seconds("timeout", timeout, none_allowed=True)
        if max_attempts is None and timeout is None:
            max_attempts = config.max_attempts
        if max_attempts is not None:
            check_count("max_attempts", max_attempts)
        for name, _ in config.params:
            if name in arguments:
                raise TypeError(f"{name}: is set by waiter {config.name}, not an argument")
        call = getattr(self.client, config.operation)
        arguments = {**arguments, **dict(config.params)}
        clock: Callable[[], float] = self.client._clock
        sleep: Callable[[float], None] = self.client._sleep
        started = clock()
        attempt = 0
        while True:
            attempt += 1
            answer: Any = None
            error: AsmHttpError | None = None
            try:
                if timeout is None:
                    answer = call(**arguments)
                else:
                    # A call must not outlive the wait; it gets at least a second.
                    left = max(started + timeout - clock(), _MIN_CALL_SECONDS)
                    with deadline_scope(left):
                        answer = call(**arguments)
            except AsmHttpError as exc:
                error = exc
            elapsed = clock() - started
            state = next(
                (a.state for a in config.acceptors if a.matches(answer, error)),
                None,
            )
            observed = _describe(config, answer, error)
            if progress is not None:
                progress(WaitAttempt(attempt, elapsed, state, observed))

            if state == "success":
                return WaiterResult(config.name, answer, attempt, elapsed)
            reason: str | None = None
            pause = delay
            if state == "failure":
                reason = "reached a failure state"
            elif error is not None and state is None:
                reason = f"unexpected error: {error}"
            elif max_attempts is not None and attempt >= max_attempts:
                reason = f"gave up after {max_attempts} attempts"
            elif timeout is not None:
                remaining = started + timeout - clock()
                if remaining <= 0:
                    reason = f"timed out after {timeout:g}s"
                pause = min(pause, remaining)
            if reason is not None:
                raise WaiterError(
                    config.name,
                    reason,
                    last_state=observed,
                    last_response=error if error is not None else answer,
                    attempts=attempt,
                    elapsed=elapsed,
                ) from error
            sleep(pause)


def waiter_table() -> Mapping[str, WaiterConfig]:
    """The spec's waiters (``azure_asm.waiters.WAITERS``), imported when first needed."""
    # azure_asm imports the runtime, so the runtime imports azure_asm only when used.
    from azure_asm.waiters import WAITERS

    return WAITERS


def client_waiters(client: ServiceClient) -> dict[str, WaiterConfig]:
    """The waiters whose operation is one of `client`'s (its class or a base class's)."""
    names = {cls.__name__ for cls in type(client).__mro__}
    return {name: cfg for name, cfg in waiter_table().items() if cfg.client in names}


def get_waiter(client: ServiceClient, name: str) -> Waiter:
    """The waiter `name` bound to `client`; `ValueError` listing the known names otherwise."""
    known = client_waiters(client)
    config = known.get(name)
    if config is None:
        raise ValueError(
            f"waiter {name!r} is not a waiter of {type(client).__name__} "
            f"(its waiters: {', '.join(sorted(known)) or 'none'})"
        )
    return Waiter(client, config)
