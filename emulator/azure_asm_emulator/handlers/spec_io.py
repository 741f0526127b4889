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

from collections.abc import Callable
from typing import Any, TypeVar

from lxml import etree

from azure_asm.catalog import OPERATIONS
from azure_asm_runtime.catalog import OperationInfo
from azure_asm_runtime.errors import ResponseParseError, UnknownElementError
from azure_asm_runtime.xmlcodec import DeserializeContext

from ..errors import AsmFault, bad_request
from ..routing import Handler, Request, Response, Router, xml_response
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
    info = operation(name)
    reader = info.read_request
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
    writer = operation(name).write_response
    if writer is None:
        raise TypeError(f"operation {name} has no response body in the spec")
    return xml_response(status, writer(obj))


def not_found(message: str) -> AsmFault:
    """404 ``ResourceNotFound`` with ``message``."""
    return AsmFault(404, "ResourceNotFound", message)


def conflict(message: str) -> AsmFault:
    """409 ``ConflictError`` with ``message``."""
    return AsmFault(409, "ConflictError", message)
