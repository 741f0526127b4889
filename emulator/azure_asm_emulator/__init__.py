"""A local emulator of the Azure Service Management (classic, "ASM") REST API.

Like moto for AWS or Azurite for storage, it lets the SDK (and code using it) run against a
real HTTPS endpoint on 127.0.0.1 that behaves like ASM where clients notice: TLS client
certificate authentication with 403 ``ForbiddenError`` for unknown certificates, the
``x-ms-version`` requirement, ASM's XML error documents, asynchronous operations that stay
``InProgress`` for a while and lock the resources they change (409 ``ConflictError``), and
injectable transient faults.

Quick start::

    asm-emulator init ./asm            # certificates + a subscription
    asm-emulator serve --dir ./asm     # prints "listening on https://127.0.0.1:PORT"

or from Python::

    with EmulatorServer("./asm", operation_delay=0.05) as server:
        os.environ.update(server.environment())   # AZURE_ASM_HOST, AZURE_ASM_CA_BUNDLE

Modules: ``server`` (``EmulatorServer``), ``routing`` (handler registration, ``Request``,
``Response``, response helpers), ``operations`` (asynchronous operations and locks), ``state``
(``State``), ``faults`` (``FaultConfig``), ``certs`` (certificates, ``thumbprint``), ``tls``
(why and how any client certificate is accepted), ``cli``.

Writing handlers
----------------

``docs/architecture.md`` ("The emulator's backend and handlers", "Emulating a new operation")
tells how: a ``SpecRouter`` per module in ``azure_asm_emulator.handlers`` (listed in
``handlers.default_routers()``), ``@router.handles("<spec operation>")`` or a
``resource_core.PlainResource``, state in ``state.backend(subscription_id)``'s typed
collections. Tests can add routes by hand to a running server with ``server.add_route(...)``.

What the framework guarantees before a handler runs: the client certificate is registered for
``request.subscription_id`` (lower-cased first path segment), ``x-ms-version`` is present, no
fault was injected. The handler runs with ``state.lock`` held and due operations already
settled, so it reads and changes the state without locking; it must not block or sleep. An
``AsmFault`` raised anywhere becomes ASM's ``<Error>`` document.

Asynchronous operations: ``state.operations.start(kind, subscription_id=..., lock_keys=[...],
work=...)`` takes the lock keys (or raises the 409 ``ConflictError``) and after the operation
delay runs ``work`` under the state lock, so its effects become visible exactly when the status
turns ``Succeeded`` (``work`` raising ``AsmFault`` makes the operation ``Failed``). The kind
before ``:`` in a lock key (``"hostedservice:NAME"``) picks the conflict message's noun
(``operations.LOCK_NOUNS``).
"""

from __future__ import annotations

from .certs import thumbprint
from .clock import Clock, ManualClock, SystemClock
from .errors import AsmFault
from .faults import FaultConfig
from .operations import Operation, OperationEngine, OperationStatus
from .routing import (
    Request,
    Response,
    Router,
    accepted_async,
    asm_error,
    empty,
    xml_response,
)
from .server import EmulatorConfig, EmulatorServer
from .state import State

__all__ = [
    "AsmFault",
    "Clock",
    "EmulatorConfig",
    "EmulatorServer",
    "FaultConfig",
    "ManualClock",
    "Operation",
    "OperationEngine",
    "OperationStatus",
    "Request",
    "Response",
    "Router",
    "State",
    "SystemClock",
    "accepted_async",
    "asm_error",
    "empty",
    "thumbprint",
    "xml_response",
]
