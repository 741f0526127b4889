"""Glue between handlers and the generated operation table (``azure_asm.catalog.OPERATIONS``).

Handlers route, read and answer strictly through the spec:

* ``@router.handles("create_storage_account")`` on a ``SpecRouter`` serves a handler
  ``handler(call)`` under the spec operation's method and path; ``call.body`` is the request
  read by the generated reader (strict: anything unparsable, of the wrong root element or
  carrying elements the spec does not know is ASM's 400 ``BadRequest``), checked by the route's
  ``check`` and by the generated validator; the model it returns is written by the generated
  writer, and ``call.accepted()`` answers an asynchronous operation;
* operations sharing a method and path are told apart by the spec (``SharedRoute``: their fixed
  query values such as ``comp=``, then the root element of the body);
* every write is logged in the subscription's operation log (``activity_log``), and the
  asynchronous operation it starts ends ``Failed`` when fault injection names it
  (``FaultConfig.fail_operations``);
* ``spec_route``, ``read_body`` and ``respond`` are the same for handlers written as
  ``handler(request, state)``.

Usable by any handler module; nothing here is specific to one area of the API.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from lxml import etree

from azure_asm import validators
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.catalog import OperationInfo
from azure_asm_runtime.errors import ResponseParseError, UnknownElementError
from azure_asm_runtime.xmlcodec import DeserializeContext, local_name

from ..backend import SubscriptionBackend
from ..errors import AsmFault, bad_request
from ..routing import Handler, Request, Response, Router, accepted_async, empty, xml_response
from ..state import State
from ..xmlbody import INVALID_XML_MESSAGE as INVALID_XML_MESSAGE  # handlers import it here
from ..xmlbody import TooManyElementsError, request_xml
from . import activity_log

T = TypeVar("T")


def operation(name: str) -> OperationInfo:
    """The operation-table entry of the spec operation ``name`` (KeyError if unknown)."""
    return OPERATIONS[name]


def spec_route(
    router: Router,
    name: str,
    *,
    template: str | None = None,
    when: Callable[[Request], bool] | None = None,
) -> Callable[[Handler], Handler]:
    """Decorator: serve the handler for the spec operation ``name`` (its method and path).

    The handler of a write (PUT, POST, DELETE) is served wrapped so that the write, or its
    refusal, is added to the subscription's operation log (``activity_log``). ``template``
    replaces the spec path for routing when a segment of it holds more than one parameter
    (``{thumbalgorithm}-{thumbprint}``), which routes cannot express; the handler then splits
    that segment itself. ``when`` tells this operation's requests from those of another
    operation on the same route that the spec cannot tell apart (``SharedRoute``).
    """
    info = operation(name)

    def register(handler: Handler) -> Handler:
        served = handler if info.method == "GET" else _logged(name, handler)
        path = template or info.path
        existing = router.existing(info.method, path)
        if existing is None:
            alone = served if when is None else SharedRoute({name: served}, {name: when})
            router.add(info.method, path, alone, name=name)
            return handler
        shared = existing.handler
        if not isinstance(shared, SharedRoute):
            shared = SharedRoute({existing.name: existing.handler})
        shared.add(name, served, when)
        router.replace(existing, shared, name="|".join(shared.handlers))
        return handler

    return register


def _never(request: Request) -> bool:
    return False


class SharedRoute:
    """Several spec operations on one method and path, told apart as the spec says.

    A request is for the operation whose fixed query items (``comp=config``, compared
    ignoring case) it carries, the one with the most such items first; operations left
    alike are told apart by the root element of the request body. A query value no
    operation sends is ASM's 400, and so is a body whose root none of them expects.
    Operations the spec cannot tell apart share a route only when one of them says which
    requests are its own (``when``); else ``ValueError``.
    """

    def __init__(
        self,
        handlers: dict[str, Handler],
        when: dict[str, Callable[[Request], bool]] | None = None,
    ) -> None:
        self.handlers = dict(handlers)
        self.when = dict(when or {})

    def add(
        self, name: str, handler: Handler, when: Callable[[Request], bool] | None = None
    ) -> None:
        info = operation(name)
        if when is not None:
            self.when[name] = when
        for other in map(operation, self.handlers):
            if name in self.when or other.name in self.when:
                continue
            if info.fixed_query == other.fixed_query and info.request_root == other.request_root:
                raise ValueError(
                    f"{name} and {other.name} share {info.method} {info.path} and the spec "
                    "tells them apart neither by a fixed query value nor by the body's root"
                )
        self.handlers[name] = handler

    def select(self, request: Request) -> str:
        """The name of the operation ``request`` is for (400 when none)."""
        query = {key.lower(): value.lower() for key, value in request.query.items()}
        infos = [operation(name) for name in self.handlers]
        matching = [
            info
            for info in infos
            if all(query.get(key.lower()) == value.lower() for key, value in info.fixed_query)
        ]
        if not matching:
            key = next(key for info in infos for key, _ in info.fixed_query)
            raise bad_request(
                f"The value '{request.query.get(key, '')}' of the query parameter {key} is not "
                "valid for this resource."
            )
        most = max(len(info.fixed_query) for info in matching)
        matching = [info for info in matching if len(info.fixed_query) == most]
        chosen = [info.name for info in matching if self.when.get(info.name, _never)(request)]
        if chosen:
            return chosen[0]
        matching = [info for info in matching if info.name not in self.when] or matching
        if len(matching) == 1:
            return matching[0].name
        try:
            root = local_name(str(request_xml(request).tag))
        except TooManyElementsError as exc:
            raise exc.fault() from None
        except ResponseParseError:
            raise bad_request(INVALID_XML_MESSAGE) from None
        found = next((info.name for info in matching if info.request_root == root), None)
        if found is None:
            raise bad_request(INVALID_XML_MESSAGE)
        return found

    def __call__(self, request: Request, state: State, /) -> Response:
        return self.handlers[self.select(request)](request, state)


def _logged(name: str, handler: Handler) -> Handler:
    def logged(request: Request, state: State, /) -> Response:
        try:
            response = handler(request, state)
        except AsmFault as fault:
            activity_log.record_failure(state, request, name, fault)
            raise
        activity_log.record(state, request, name, response)
        state.operations.inject_failure(name, response.headers.get("x-ms-request-id"))
        return response

    return logged


def read_body(
    request: Request,
    name: str,
    model: type[T],
    *,
    tolerate: Callable[[etree._Element], None] | None = None,
) -> T:
    """The request body of operation ``name`` read by its generated deserializer (strict).

    ``tolerate`` adjusts the parsed document first, for what ASM is known to accept although
    the spec does not describe it (it may drop or rename elements).

    Raises the 400 ``BadRequest`` ``AsmFault`` for an empty, malformed or foreign document and
    for elements the spec does not describe. The error never quotes the body (it may carry
    passwords).
    """
    reader = CODECS[name].read_request
    if reader is None:
        raise TypeError(f"operation {name} has no request body in the spec")
    try:
        document = request_xml(request)
        if tolerate is not None:
            tolerate(document)
        value: Any = reader(document, DeserializeContext(strict=True))
    except TooManyElementsError as exc:
        raise exc.fault() from None
    except UnknownElementError as exc:
        # Element paths only, never values.
        unknown = ", ".join(exc.elements[:10])
        raise bad_request(f"{INVALID_XML_MESSAGE} Unknown element(s): {unknown}.") from None
    except ResponseParseError:
        raise bad_request(INVALID_XML_MESSAGE) from None
    if not isinstance(value, model):
        raise TypeError(f"{name} read a {type(value).__name__}, not a {model.__name__}")
    return value


def respond(name: str, obj: Any, status: int = 200) -> Response:
    """Answer operation ``name`` with ``obj`` written by its generated serializer."""
    writer = CODECS[name].write_response
    if writer is None:
        raise TypeError(f"operation {name} has no response body in the spec")
    return xml_response(status, writer(obj))


def not_found(message: str) -> AsmFault:
    """404 ``ResourceNotFound`` with ``message``."""
    return AsmFault(404, "ResourceNotFound", message)


def conflict(message: str) -> AsmFault:
    """409 ``ConflictError`` with ``message``."""
    return AsmFault(409, "ConflictError", message)


# --- one way to write a handler: ``@router.handles(name)`` ---------------------------------

B = TypeVar("B")


class Call(Generic[B]):
    """One request to a spec operation, as a ``@handles`` handler sees it.

    ``body`` is the request body read by the generated reader, checked by the route's
    ``check`` (ASM's own wording of some refusals) and then by the generated validator. It is
    read on first use, so that the handler decides what is refused first (an unknown parent
    is a 404 whatever the body holds); ``backend`` is the subscription's typed collections.
    """

    def __init__(
        self,
        operation: str,
        request: Request,
        state: State,
        *,
        check: Callable[[Call[Any], Any], None] | None = None,
        tolerate: Callable[[etree._Element], None] | None = None,
        validate: bool = True,
    ) -> None:
        self.operation = operation
        self.request = request
        self.state = state
        self._check = check
        self._tolerate = tolerate
        self._validate = validate
        self._parsed: B | None = None
        self._body: B | None = None

    def parse(self) -> B:
        """The body read by the generated reader, not checked yet (400 if unreadable)."""
        if self._parsed is None:
            parsed: Any = read_body(self.request, self.operation, object, tolerate=self._tolerate)
            self._parsed = parsed
        return self._parsed

    @property
    def body(self) -> B:
        if self._body is None:
            body = self.parse()
            if self._check is not None:
                self._check(self, body)
            if self._validate:
                validate_body(self.operation, body)
            self._body = body
        return self._body

    @property
    def subscription_id(self) -> str:
        return self.request.subscription_id

    @property
    def backend(self) -> SubscriptionBackend:
        return self.state.backend(self.request.subscription_id)

    def param(self, name: str) -> str:
        """The path parameter ``name``."""
        return self.request.path_params[name]

    def answer(self, obj: Any, status: int = 200) -> Response:
        """``obj`` written by the operation's generated serializer."""
        return respond(self.operation, obj, status)

    def accepted(
        self,
        *,
        lock_keys: Iterable[str] = (),
        work: Callable[[], None] | None = None,
        status: int = 202,
        delay: float | None = None,
    ) -> Response:
        """ASM's answer to an asynchronous operation: ``status`` and the request id of an
        operation (named as this one) holding ``lock_keys``; ``work`` runs when it ends
        (after ``delay`` seconds, the engine's default if None)."""
        started = self.state.operations.start(
            self.operation,
            subscription_id=self.subscription_id,
            lock_keys=lock_keys,
            work=work,
            delay=delay,
        )
        return accepted_async(started, status)


Answer = Response | None | object
"""What a ``@handles`` handler returns: a ``Response`` as is, None for an empty answer with
the route's status, or the object the operation's generated writer answers with."""

CallHandler = Callable[[Call[Any]], Answer]
F = TypeVar("F", bound=CallHandler)


@functools.cache
def _validators() -> dict[str, Callable[[Any, str], None]]:
    """Generated validator per shape name (``validate_<shape>`` checks a ``<Shape>``)."""
    found: dict[str, Callable[[Any, str], None]] = {}
    for name, function in vars(validators).items():
        if name.startswith("validate_") and callable(function):
            shape = getattr(function, "__annotations__", {}).get("obj")
            if isinstance(shape, str):
                found[shape] = function
    return found


def validate_body(name: str, body: Any) -> None:
    """Check ``body`` with the generated validator of operation ``name``'s request shape.

    The spec's constraints (required members, lengths, ranges, patterns) are ASM's, so a body
    breaking them is ASM's 400 ``BadRequest``.
    """
    shape = operation(name).request_shape
    validator = _validators().get(shape or "")
    if validator is None:
        return
    try:
        validator(body, shape or "")
    except (ValueError, TypeError) as error:
        raise bad_request(f"The request is invalid: {error}") from None


class SpecRouter(Router):
    """A ``Router`` whose handlers are written once per spec operation (``handles``)."""

    def handles(
        self,
        name: str,
        *,
        status: int = 200,
        check: Callable[[Call[Any], Any], None] | None = None,
        tolerate: Callable[[etree._Element], None] | None = None,
        template: str | None = None,
        validate: bool = True,
        when: Callable[[Request], bool] | None = None,
        versioned: bool = False,
    ) -> Callable[[F], F]:
        """Decorator: serve the handler ``handler(call) -> answer`` for spec operation ``name``.

        Routed by the spec's method and path (``spec_route``). ``call.body`` is read with the
        generated reader, checked by ``check(call, body)`` (the refusals ASM words its own
        way, which must come first) and then by the generated validator. The handler's answer
        is written as ``Answer`` says, with ``status``. ``validate=False`` skips the generated
        validator, where the emulator accepts what the spec's constraints refuse. ``when``
        claims the requests of a route shared with an operation the spec cannot tell apart.
        ``versioned`` refuses (400) a request whose ``x-ms-version`` is older than the
        operation's in the spec, as ASM refuses operations newer than the version asked for.
        """

        def register(handler: F) -> F:
            version = operation(name).x_ms_version

            def served(request: Request, state: State, /) -> Response:
                if versioned and request.version < version:
                    raise bad_request(f"This operation requires x-ms-version {version} or later.")
                call: Call[Any] = Call(
                    name, request, state, check=check, tolerate=tolerate, validate=validate
                )
                answer = handler(call)
                if isinstance(answer, Response):
                    return answer
                if answer is None:
                    return empty(status)
                return respond(name, answer, status)

            served.__name__ = handler.__name__
            spec_route(self, name, template=template, when=when)(served)
            return handler

        return register
