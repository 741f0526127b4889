"""Fault injection: the transient failures a real ASM endpoint produces now and then.

Clients have to survive ``503 ServerBusy``, dropped connections, slow answers and ``409``
conflicts with operations they know nothing about (another tool, the portal). Injecting them
at configurable rates, from a seedable random generator, lets retry and wait logic be tested
reproducibly against the emulator.

Faults are decided before routing, for authenticated requests (an unauthenticated one is
refused first, as ASM would). Routes marked ``polling`` (operation status) are exempt unless
``faults_on_polling`` is set, so that asynchronous-operation tests stay about the operation.

``fail_operations`` is not random: the asynchronous operations it names are accepted as usual
(``202`` and a request id) and end ``Failed`` with the code and message given, so that code
handling ``OperationFailedError`` can be tested. Their final work is not done; what the
handler changed at once (a cloud service shown as ``Creating``, say) stays as it was.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

from azure_asm.catalog import OPERATIONS

from .errors import INTERNAL_ERROR_MESSAGE, SERVER_BUSY_MESSAGE, AsmFault
from .operations import conflict_fault

_ERROR_CODES = {
    500: ("InternalError", INTERNAL_ERROR_MESSAGE),
    503: ("ServerBusy", SERVER_BUSY_MESSAGE),
}


@dataclass(frozen=True)
class FaultConfig:
    """Rates (0..1) and amounts of injected faults. The default injects nothing.

    ``error_rate``: answer ``error_status`` (503 ``ServerBusy`` by default; 500 is
    ``InternalError``) instead of handling the request.
    ``drop_rate``: read the request, then close the connection without answering.
    ``drop_after_rate``: handle the request (its change is made), then close the connection
    instead of sending the answer: a failure after the server acted, which a client must not
    paper over by blindly repeating a POST.
    ``latency``: seconds added before every (non-exempt) request is handled.
    ``conflict_rate``: answer write requests (PUT/POST/DELETE) with 409 ``ConflictError``
    "currently performing an operation", as if another client held the resource.
    ``seed``: seed of the random generator (None: unpredictable).
    ``faults_on_polling``: also inject into operation-status polling.
    ``fail_operations``: asynchronous operations (by name, ``create_hosted_service``) that end
    ``Failed``: a mapping of names to ``(code, message)``, or just names (``InternalError``).
    """

    error_rate: float = 0.0
    error_status: int = 503
    drop_rate: float = 0.0
    drop_after_rate: float = 0.0
    latency: float = 0.0
    conflict_rate: float = 0.0
    seed: int | None = None
    faults_on_polling: bool = False
    fail_operations: Mapping[str, tuple[str, str]] | Collection[str] = field(
        default_factory=dict, hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "fail_operations", _failures(self.fail_operations))
        for name in ("error_rate", "drop_rate", "drop_after_rate", "conflict_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
        if self.latency < 0:
            raise ValueError("latency must not be negative")
        if not 400 <= self.error_status <= 599:
            raise ValueError("error_status must be an HTTP error status (400-599)")

    def operation_failure(self, operation: str) -> tuple[str, str] | None:
        """The (code, message) operation ``operation`` is to fail with, if any."""
        failures = self.fail_operations
        assert isinstance(failures, Mapping)  # made one by __post_init__
        found: tuple[str, str] | None = failures.get(operation)
        return found

    @property
    def active(self) -> bool:
        """Whether this configuration injects anything at all."""
        return bool(
            self.error_rate
            or self.drop_rate
            or self.drop_after_rate
            or self.latency
            or self.conflict_rate
        )


def _failures(
    given: Mapping[str, tuple[str, str]] | Collection[str],
) -> Mapping[str, tuple[str, str]]:
    """``fail_operations`` checked and made a read-only mapping of name -> (code, message)."""
    if isinstance(given, str):
        raise ValueError("fail_operations must be a mapping or a collection of names, not a str")
    pairs = (
        dict(given) if isinstance(given, Mapping) else {name: _ERROR_CODES[500] for name in given}
    )
    failures: dict[str, tuple[str, str]] = {}
    for name, failure in pairs.items():
        info = OPERATIONS.get(name)
        if info is None:
            raise ValueError(f"fail_operations: no operation is named {name!r}")
        if not info.is_async:
            raise ValueError(
                f"fail_operations: {name} is not asynchronous (only operations that return "
                "a request id can end Failed; use error_rate for errors)"
            )
        if (
            not isinstance(failure, tuple)
            or len(failure) != 2
            or not all(isinstance(part, str) for part in failure)
        ):
            raise ValueError(f"fail_operations: {name} needs a (code, message) pair")
        failures[name] = failure
    return MappingProxyType(failures)


class FaultAction(Enum):
    """What fault injection decided for one request."""

    NONE = "none"
    DROP = "drop"
    DROP_AFTER = "drop_after"
    ERROR = "error"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class FaultDecision:
    """The decision for one request: an added latency and at most one action."""

    latency: float = 0.0
    action: FaultAction = FaultAction.NONE
    fault: AsmFault | None = field(default=None, compare=False)


NO_FAULT = FaultDecision()


def _lock_key_for(path: str) -> str:
    # A lock key whose kind gives the conflict message the noun ASM would use for this path.
    segments = {segment.lower() for segment in path.split("/")}
    if segments & {"deployments", "deploymentslots"}:
        return "deployment:"
    if "hostedservices" in segments:
        return "hostedservice:"
    if "storageservices" in segments:
        return "storageservice:"
    return "resource:"


class FaultInjector:
    """Draws fault decisions from a ``FaultConfig``; thread-safe, replaceable at runtime.

    Every decision draws the same number of random values whatever the outcome, so that a
    given seed yields the same sequence of faults for the same sequence of requests.
    """

    def __init__(self, config: FaultConfig | None = None) -> None:
        self._lock = threading.Lock()
        self._config = FaultConfig()
        self._random = random.Random()
        self.config = config or FaultConfig()

    @property
    def config(self) -> FaultConfig:
        """The configuration in effect."""
        with self._lock:
            return self._config

    @config.setter
    def config(self, config: FaultConfig) -> None:
        with self._lock:
            self._config = config
            self._random = random.Random(config.seed)

    def operation_failure(self, operation: str) -> tuple[str, str] | None:
        """The (code, message) the asynchronous ``operation`` is to fail with, if any."""
        return self.config.operation_failure(operation)

    def decide(self, path: str, *, polling: bool, write: bool) -> FaultDecision:
        """The faults to apply to one request for ``path`` (``write``: it changes state)."""
        with self._lock:
            config = self._config
            if not config.active or (polling and not config.faults_on_polling):
                return NO_FAULT
            drop, error, conflict = (self._random.random() for _ in range(3))
            fake_request_id = uuid.UUID(int=self._random.getrandbits(128), version=4).hex
            # Drawn only when asked for, so that older configurations keep their sequences.
            drop_after = self._random.random() if config.drop_after_rate else 1.0
        action = FaultAction.NONE
        fault: AsmFault | None = None
        if drop < config.drop_rate:
            action = FaultAction.DROP
        elif error < config.error_rate:
            action = FaultAction.ERROR
            # ASM's transient-failure body is ServerBusy; 500 has its own code.
            code, message = _ERROR_CODES.get(config.error_status, _ERROR_CODES[503])
            fault = AsmFault(config.error_status, code, message)
        elif write and conflict < config.conflict_rate:
            action = FaultAction.CONFLICT
            fault = conflict_fault(fake_request_id, _lock_key_for(path))
        elif drop_after < config.drop_after_rate:
            action = FaultAction.DROP_AFTER
        return FaultDecision(latency=config.latency, action=action, fault=fault)
