"""Glue between handlers and the generated operation table (``azure_asm.catalog.OPERATIONS``).

Handlers route, read and answer strictly through the spec:

* ``spec_route(router, "create_storage_account")`` registers a handler under the spec
  operation's ``http.method`` and ``http.path`` (so a spec change moves the route with it),
  logging every write in the subscription's operation log (``activity_log``) and making the
  asynchronous operation it starts end ``Failed`` when fault injection names it
  (``FaultConfig.fail_operations``);
* ``read_body(request, "create_storage_account", CreateStorageServiceInput)`` parses the body
  with the generated deserializer in strict mode; anything unparsable, of the wrong root
  element or carrying elements the spec does not know is ASM's 400 ``BadRequest``;
* ``respond(operation_name, obj)`` writes the answer with the generated serializer.

Usable by any handler module; nothing here is specific to one area of the API.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from lxml import etree

from azure_asm import validators
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.catalog import OperationInfo
from azure_asm_runtime.errors import ResponseParseError, UnknownElementError
from azure_asm_runtime.xmlcodec import DeserializeContext

from ..backend import SubscriptionBackend
from ..errors import AsmFault, bad_request
from ..routing import Handler, Request, Response, Router, empty, xml_response
from ..state import State
from ..xmlbody import INVALID_XML_MESSAGE as INVALID_XML_MESSAGE  # handlers import it here
from ..xmlbody import TooManyElementsError, request_xml
from . import activity_log

T = TypeVar("T")


def operation(name: str) -> OperationInfo:
    """The operation-table entry of the spec operation ``name`` (KeyError if unknown)."""
    return OPERATIONS[name]


def spec_route(
    router: Router, name: str, *, template: str | None = None
) -> Callable[[Handler], Handler]:
    """Decorator: serve the handler for the spec operation ``name`` (its method and path).

    The handler of a write (PUT, POST, DELETE) is served wrapped so that the write, or its
    refusal, is added to the subscription's operation log (``activity_log``). ``template``
    replaces the spec path for routing when a segment of it holds more than one parameter
    (``{thumbalgorithm}-{thumbprint}``), which routes cannot express; the handler then splits
    that segment itself.
    """
    info = operation(name)

    def register(handler: Handler) -> Handler:
        served = handler if info.method == "GET" else _logged(name, handler)
        router.add(info.method, template or info.path, served, name=name)
        return handler

    return register


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
    ) -> Callable[[F], F]:
        """Decorator: serve the handler ``handler(call) -> answer`` for spec operation ``name``.

        Routed by the spec's method and path (``spec_route``). ``call.body`` is read with the
        generated reader, checked by ``check(call, body)`` (the refusals ASM words its own
        way, which must come first) and then by the generated validator. The handler's answer
        is written as ``Answer`` says, with ``status``. ``validate=False`` skips the generated
        validator, where the emulator accepts what the spec's constraints refuse.
        """

        def register(handler: F) -> F:
            def served(request: Request, state: State, /) -> Response:
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
            spec_route(self, name, template=template)(served)
            return handler

        return register
