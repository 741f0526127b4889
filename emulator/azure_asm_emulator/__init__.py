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

A handler implements one ASM operation: ``handler(request: Request, state: State) ->
Response``. Register it on a ``Router`` under the method and the path template of the spec
operation (``spec/*.yaml`` ``http.method`` / ``http.path``); each module in
``azure_asm_emulator.handlers`` owns one ``router`` and is listed in
``handlers.default_routers()``. Tests can also add routes to a running server with
``server.add_route(...)``.

What the framework guarantees before a handler runs: the client certificate is registered for
``request.subscription_id`` (lower-cased first path segment), ``x-ms-version`` is present
(``request.version``), no fault was injected, ``request.path_params`` holds the
percent-decoded ``{name}`` segments, ``request.query`` the query string. The handler runs with
``state.lock`` held and due operations already settled, so it reads and changes the state
without locking; it must not block or sleep.

How a handler answers: return ``xml_response(status, body)``, ``empty(status)`` or
``accepted_async(operation)``; refuse with ``raise AsmFault(status, code, message)`` from
anywhere (the server turns it into ASM's ``<Error>`` document). Every response gets a fresh
``x-ms-request-id`` unless it carries one.

Asynchronous operations: ``state.operations.start(kind, subscription_id=...,
lock_keys=[...], work=...)`` takes the lock keys (or raises the 409 ``ConflictError``), and
after the operation delay runs ``work`` under the state lock; ``work`` raising ``AsmFault``
makes the operation ``Failed`` with that code. Effects made inside ``work`` become visible
exactly when the status turns ``Succeeded``. Writes that must wait for running operations call
``state.operations.require_unlocked(*keys)`` first. Lock keys are ``"hostedservice:NAME"``,
``"deployment:SERVICE/DEPLOYMENT"``, ``"storageservice:NAME"`` (the kind before ``:`` picks
the conflict message's noun, see ``operations.LOCK_NOUNS``). Resources live in
``state.backend(subscription_id)`` (``backend.SubscriptionBackend``: a typed ``Collection``
per kind, names ignoring case, with ``get_or_404`` / ``add_or_409`` / ``remove_or_404``), for
kinds not moved there yet ``state.resources(subscription_id, kind)`` (a dict per subscription
and kind), and ``state.shared(kind)`` (names that are unique across subscriptions).

The spec handlers are written one way (``handlers.spec_io``): ``router = SpecRouter()`` and
``@router.handles("create_affinity_group", status=201, check=...)`` on ``handler(call)``,
which routes by the spec operation, reads ``call.body`` with the generated reader, ASM's own
checks and the generated validator (400 ``BadRequest``), and writes whatever model the handler
returns with the generated writer. A plain resource (create / get / list / update / delete
of a collection under a parent) needs no handler at all: ``resource_core.serve(router,
PlainResource(...))`` serves it from a few rules (affinity groups, SQL firewall rules).

Example: a route by hand (tests add such routes; ``widgets`` is a made-up kind), created
asynchronously::

    router = Router()

    @router.route("POST", "/{subscription_id}/widgets/{name}")
    def create_widget(request: Request, state: State) -> Response:
        name = request.path_params["name"]
        widgets = state.resources(request.subscription_id, "widgets")
        if name in widgets:
            raise AsmFault(409, "ConflictError", "The widget already exists.")
        widgets[name] = {"name": name, "status": "Creating"}  # listed at once
        def work() -> None:
            widgets[name]["status"] = "Created"
        operation = state.operations.start("create_widget",
            subscription_id=request.subscription_id, lock_keys=[f"widget:{name}"], work=work)
        return accepted_async(operation)
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
