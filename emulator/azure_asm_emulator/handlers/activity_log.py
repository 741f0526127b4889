"""The subscription's operation log, read by List Subscription Operations.

ASM keeps a record of every write made to a subscription (create, update, delete, action
calls), successful or not, and ``list_subscription_operations`` pages through it. The
emulator records them the same way: ``spec_io.spec_route`` wraps every handler of a PUT, POST
or DELETE operation so that ``record`` (or ``record_failure`` for a refused request) runs
after it. Nothing of the request body is kept (bodies carry passwords and keys): the
parameters logged are the path values and the query string.

State layout: ``state.backend(subscription_id).operation_log`` lists the ``LoggedOperation``
records in the order the writes were made in. For an asynchronous write the record keeps the
request id of the operation and reads its status from the operation engine when listed, so a
record moves from ``InProgress`` to ``Succeeded`` or ``Failed`` with the operation.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..errors import AsmFault
from ..operations import OperationStatus
from ..routing import Request, Response
from ..state import State

_SEQUENCE = "subscription_operation_sequence"


@dataclass
class LoggedOperation:
    """One logged write. ``engine_id`` is set for an asynchronous one (its status lives there)."""

    sequence: int
    operation_id: str
    name: str
    object_id: str
    parameters: tuple[tuple[str, str], ...]
    caller_thumbprint: str
    started: datetime.datetime
    completed: datetime.datetime | None
    status: str
    http_status_code: int | None
    error_code: str | None = None
    error_message: str | None = None
    engine_id: str | None = None

    def refresh(self, state: State, subscription_id: str) -> None:
        """Take over the status of the asynchronous operation behind this record, if any."""
        if self.engine_id is None or self.completed is not None:
            return
        operation = state.operations.get(subscription_id, self.engine_id)
        if operation is None or not operation.done:
            return
        self.status = operation.status.value
        self.http_status_code = operation.http_status_code
        if operation.status is OperationStatus.FAILED:
            self.error_code = operation.error_code
            self.error_message = operation.error_message
        elapsed = max(0.0, operation.due_at - operation.started_at)
        self.completed = self.started + datetime.timedelta(seconds=elapsed)


def operation_name(spec_name: str) -> str:
    """ASM's name of an operation: ``create_hosted_service`` -> ``CreateHostedService``."""
    return "".join(part[:1].upper() + part[1:] for part in spec_name.split("_"))


def records(state: State, subscription_id: str) -> list[LoggedOperation]:
    """Every logged write of a subscription, oldest first, with current statuses."""
    found = list(state.backend(subscription_id).operation_log)
    for record in found:
        record.refresh(state, subscription_id)
    return found


def _next_sequence(state: State) -> int:
    counter = state.shared(_SEQUENCE)
    value = int(counter.get("next", 0))
    counter["next"] = value + 1
    return value


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def _parameters(request: Request) -> tuple[tuple[str, str], ...]:
    """Path values (named in ASM's lowerCamelCase) and query items; never the body."""
    pairs = [
        (_camel(name), value)
        for name, value in request.path_params.items()
        if name != "subscription_id"
    ]
    for name, values in request.query_all.items():
        pairs.extend((name, value) for value in values)
    return tuple(pairs)


def _add(state: State, request: Request, record: LoggedOperation) -> None:
    state.backend(request.subscription_id).operation_log.append(record)


def _base(state: State, request: Request, name: str) -> LoggedOperation:
    moment = datetime.datetime.now(datetime.UTC)
    return LoggedOperation(
        sequence=_next_sequence(state),
        operation_id=request.request_id,
        name=operation_name(name),
        object_id=request.path.rstrip("/") or "/",
        parameters=_parameters(request),
        caller_thumbprint=request.client_thumbprint,
        started=moment,
        completed=moment,
        status=OperationStatus.SUCCEEDED.value,
        http_status_code=None,
    )


def record(state: State, request: Request, name: str, response: Response) -> None:
    """Log the write ``name`` that ``response`` answered (an AsyncOperation or a direct answer)."""
    entry = _base(state, request, name)
    request_id = next(
        (value for key, value in response.headers.items() if key.lower() == "x-ms-request-id"),
        None,
    )
    if request_id is not None and state.operations.get(request.subscription_id, request_id):
        entry.operation_id = request_id
        entry.engine_id = request_id
        entry.completed = None
        entry.status = OperationStatus.IN_PROGRESS.value
        entry.refresh(state, request.subscription_id)
    else:
        entry.http_status_code = response.status
    _add(state, request, entry)


def record_failure(state: State, request: Request, name: str, fault: AsmFault) -> None:
    """Log the write ``name`` that was refused with ``fault``."""
    entry = _base(state, request, name)
    entry.status = OperationStatus.FAILED.value
    entry.http_status_code = fault.status
    entry.error_code = fault.code
    entry.error_message = fault.message
    _add(state, request, entry)
