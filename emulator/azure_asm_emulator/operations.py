"""The asynchronous-operation engine: request ids, ``InProgress`` windows, exclusive locks.

Most ASM writes are asynchronous: the server answers ``202 Accepted`` with an
``x-ms-request-id`` header and the client polls ``GET /{subscription_id}/operations/{id}``
until the status leaves ``InProgress``. While such an operation runs, ASM refuses other writes
to the same hosted service or deployment with ``409 ConflictError``. Clients must cope with
both behaviours (poll, and wait out conflicts), so the emulator reproduces them faithfully.

Design choices:

* **Deferred work.** ``start`` only records the operation; its ``work`` runs when the delay has
  elapsed, so the effect appears exactly when the operation reports ``Succeeded`` (as in ASM,
  where e.g. a deployment is not there while its creation is in progress). A handler that wants
  part of the effect visible at once (a ``Creating`` status, say) makes that change itself
  before calling ``start`` and lets ``work`` finish it.
* **Lazy settling.** No timer thread runs the work. Operations whose delay has elapsed are
  *settled* (work run, status set, locks released) whenever anybody looks: the server settles
  before every request it dispatches, and ``get``/``require_unlocked`` settle too. Together
  with the injectable ``Clock`` this makes the engine deterministic in tests, and means work
  always runs under the state lock, like handlers, so it needs no locking of its own.
* **Lock keys are strings** ``"<kind>:<name>"`` such as ``hostedservice:myvm`` or
  ``deployment:myvm/myvm``. The kind picks the noun of the conflict message (``LOCK_NOUNS``).
  Keys are global, not per subscription, because the names they protect (cloud service DNS
  names, storage account names) are globally unique in ASM too. A handler whose operation
  should also block writes to a parent passes both keys (``hostedservice:s`` and
  ``deployment:s/d``).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from azure_asm.catalog import OPERATIONS
from azure_asm.models import Operation as OperationModel
from azure_asm.models import OperationError as OperationErrorModel
from azure_asm_emulator_codecs.catalog import CODECS

from .clock import Clock, SystemClock
from .errors import INTERNAL_ERROR_MESSAGE, AsmFault
from .routing import Request, Response, Router, xml_response

if TYPE_CHECKING:
    from .state import State

logger = logging.getLogger("azure_asm_emulator")

DEFAULT_OPERATION_DELAY = 0.3
"""Seconds an operation stays ``InProgress`` unless told otherwise.

Never zero by default: a client that never observes ``InProgress`` is a client whose polling
and conflict handling are never exercised.
"""

LOCK_NOUNS: dict[str, str] = {
    "hostedservice": "hosted service",
    "deployment": "deployment",
    "role": "role",
    "storageservice": "storage account",
    "storageaccount": "storage account",
    "affinitygroup": "affinity group",
    "disk": "disk",
    "image": "image",
}
"""Lock key kind (the part before ``:``) -> the noun ASM's conflict message uses for it.

Handlers may add kinds; an unknown kind is called a "resource".
"""

Work = Callable[[], None]


class OperationStatus(StrEnum):
    """The three states ASM reports for an asynchronous operation."""

    IN_PROGRESS = "InProgress"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"


@dataclass(eq=False)
class Operation:
    """One asynchronous operation. Mutated only by its engine, under the state lock."""

    request_id: str
    kind: str
    subscription_id: str
    lock_keys: tuple[str, ...]
    started_at: float
    due_at: float
    status: OperationStatus = OperationStatus.IN_PROGRESS
    http_status_code: int | None = None
    error_code: str | None = None
    error_message: str | None = None
    work: Work | None = field(default=None, repr=False)
    #: An injected failure (``FaultConfig.fail_operations``): it ends Failed with this instead.
    injected_failure: AsmFault | None = field(default=None, repr=False)

    @property
    def done(self) -> bool:
        """Whether the operation has left ``InProgress``."""
        return self.status is not OperationStatus.IN_PROGRESS

    def to_model(self) -> OperationModel:
        """The operation as the spec's ``Operation`` model (what ``get_operation_status`` reads).

        ``HttpStatusCode`` is only present once the operation has completed and ``<Error>``
        only when it failed, as ASM documents it.
        """
        error = None
        if self.status is OperationStatus.FAILED:
            error = OperationErrorModel(
                code=_xml_safe(self.error_code or ""), message=_xml_safe(self.error_message or "")
            )
        return OperationModel(
            id=self.request_id,
            status=self.status.value,
            http_status_code=self.http_status_code,
            error=error,
        )

    def to_xml(self) -> bytes:
        """ASM's ``<Operation>`` status document, written by the generated serializer."""
        writer = CODECS["get_operation_status"].write_response
        assert writer is not None
        return writer(self.to_model())


# Characters XML 1.0 cannot carry; an error message built from user input must not make the
# status document unwritable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def conflict_message(request_id: str, lock_key: str) -> str:
    """ASM's message for a write refused because ``request_id`` holds ``lock_key``."""
    kind = lock_key.split(":", 1)[0]
    noun = LOCK_NOUNS.get(kind, "resource")
    return (
        f"Windows Azure is currently performing an operation with x-ms-requestid {request_id} "
        f"on this {noun} that requires exclusive access."
    )


def conflict_fault(request_id: str, lock_key: str) -> AsmFault:
    """The 409 ``ConflictError`` answered while ``request_id`` holds ``lock_key``."""
    return AsmFault(409, "ConflictError", conflict_message(request_id, lock_key))


class OperationEngine:
    """Registry of asynchronous operations and the locks they hold.

    Shares the state's re-entrant lock, so that settling (which runs handler-supplied work that
    mutates the state) is atomic with respect to request handling.
    """

    def __init__(
        self,
        lock: threading.RLock,
        *,
        clock: Clock | None = None,
        default_delay: float = DEFAULT_OPERATION_DELAY,
    ) -> None:
        self._lock = lock
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.default_delay = default_delay
        self._operations: dict[str, Operation] = {}
        self._locks: dict[str, Operation] = {}
        self._due: list[tuple[float, int, Operation]] = []
        self._sequence = itertools.count()
        #: (code, message) an operation of this name is to fail with, or None: the server
        #: points it at its fault injector (``FaultConfig.fail_operations``).
        self.failure_for: Callable[[str], tuple[str, str] | None] = lambda name: None

    @property
    def default_delay(self) -> float:
        """Seconds a new operation stays ``InProgress`` when ``start`` is given no delay."""
        return self._default_delay

    @default_delay.setter
    def default_delay(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("operation delay must not be negative")
        self._default_delay = seconds

    def start(
        self,
        kind: str,
        *,
        subscription_id: str,
        lock_keys: Iterable[str] = (),
        work: Work | None = None,
        delay: float | None = None,
    ) -> Operation:
        """Register a new ``InProgress`` operation and return it.

        ``kind`` names the operation for logs (``create_deployment``). ``lock_keys`` are taken
        at once; if another running operation holds any of them this raises the 409
        ``ConflictError`` AsmFault instead and nothing is registered. ``work`` runs (under the
        state lock) once ``delay`` seconds (default ``default_delay``) have passed; if it
        raises ``AsmFault`` the operation ends ``Failed`` with that status, code and message.
        Answer the request with ``routing.accepted_async(operation)``.
        """
        if delay is not None and delay < 0:
            raise ValueError("operation delay must not be negative")
        keys = tuple(dict.fromkeys(lock_keys))
        with self._lock:
            self.require_unlocked(*keys)
            now = self.clock.now()
            wait = self.default_delay if delay is None else delay
            operation = Operation(
                request_id=uuid.uuid4().hex,
                kind=kind,
                subscription_id=subscription_id.lower(),
                lock_keys=keys,
                started_at=now,
                due_at=now + wait,
                work=work,
            )
            self._operations[operation.request_id] = operation
            for key in keys:
                self._locks[key] = operation
            heapq.heappush(self._due, (operation.due_at, next(self._sequence), operation))
            logger.debug(
                "operation %s (%s) started, locks %s", operation.request_id, kind, list(keys)
            )
            return operation

    def inject_failure(self, name: str, request_id: str | None) -> bool:
        """Make operation ``request_id``, started by a request for operation ``name``, end
        ``Failed`` if fault injection asks it to; whether it will."""
        failure = self.failure_for(name)
        if failure is None or request_id is None:
            return False
        with self._lock:
            operation = self._operations.get(request_id)
            if operation is None or operation.done:
                return False
            operation.injected_failure = AsmFault(500, *failure)
            return True

    def reset(self) -> None:
        """Forget every operation and the locks they hold (``State.reset``)."""
        with self._lock:
            self._operations.clear()
            self._locks.clear()
            self._due.clear()

    def settle(self) -> None:
        """Complete every operation whose delay has elapsed, in the order they became due."""
        with self._lock:
            now = self.clock.now()
            while self._due and self._due[0][0] <= now:
                _, _, operation = heapq.heappop(self._due)
                self._complete(operation)

    def finish_all(self) -> None:
        """Complete every running operation now, whatever its delay (for tests and shutdown)."""
        with self._lock:
            while self._due:
                _, _, operation = heapq.heappop(self._due)
                self._complete(operation)

    def _complete(self, operation: Operation) -> None:
        work, operation.work = operation.work, None
        try:
            if operation.injected_failure is not None:
                raise operation.injected_failure
            if work is not None:
                work()
        except AsmFault as fault:
            operation.status = OperationStatus.FAILED
            operation.http_status_code = fault.status
            operation.error_code = fault.code
            operation.error_message = fault.message
        except Exception:
            logger.exception(
                "work of operation %s (%s) failed", operation.request_id, operation.kind
            )
            operation.status = OperationStatus.FAILED
            operation.http_status_code = 500
            operation.error_code = "InternalError"
            operation.error_message = INTERNAL_ERROR_MESSAGE
        else:
            operation.status = OperationStatus.SUCCEEDED
            operation.http_status_code = 200
        finally:
            for key in operation.lock_keys:
                if self._locks.get(key) is operation:
                    del self._locks[key]
        logger.debug(
            "operation %s (%s) %s", operation.request_id, operation.kind, operation.status.value
        )

    def get(self, subscription_id: str, request_id: str) -> Operation | None:
        """The operation ``request_id`` of ``subscription_id``, or None.

        Another subscription's operation is None too: ASM does not reveal it.
        """
        with self._lock:
            self.settle()
            operation = self._operations.get(request_id)
            if operation is None or operation.subscription_id != subscription_id.lower():
                return None
            return operation

    def holder(self, lock_key: str) -> Operation | None:
        """The running operation holding ``lock_key``, if any."""
        with self._lock:
            self.settle()
            return self._locks.get(lock_key)

    def require_unlocked(self, *lock_keys: str) -> None:
        """Raise 409 ``ConflictError`` if a running operation holds any of ``lock_keys``.

        Call it from every write handler that must not run concurrently with an operation on
        the same resource, before changing anything.
        """
        with self._lock:
            self.settle()
            for key in lock_keys:
                operation = self._locks.get(key)
                if operation is not None:
                    raise conflict_fault(operation.request_id, key)

    def operations(self, subscription_id: str | None = None) -> list[Operation]:
        """All known operations (of one subscription when given), oldest first."""
        with self._lock:
            self.settle()
            return [
                operation
                for operation in self._operations.values()
                if subscription_id is None or operation.subscription_id == subscription_id.lower()
            ]


def _get_operation_status(request: Request, state: State) -> Response:
    operation = state.operations.get(request.subscription_id, request.path_params["request_id"])
    if operation is None:
        raise AsmFault(404, "ResourceNotFound", "The operation request ID was not found.")
    return xml_response(200, operation.to_xml())


router = Router()
"""Routes of the engine itself; every ``EmulatorServer`` includes them.

``GET /{subscription_id}/operations/{request_id}`` is marked ``polling`` so that fault
injection leaves it alone unless ``FaultConfig.faults_on_polling`` asks otherwise: polls that
fail at random would make every test of an asynchronous operation flaky without testing
anything new.
"""
router.add(
    OPERATIONS["get_operation_status"].method,
    OPERATIONS["get_operation_status"].path,
    _get_operation_status,
    name="get_operation_status",
    polling=True,
)
