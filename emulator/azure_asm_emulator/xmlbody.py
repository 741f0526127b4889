"""Request bodies as XML: parsed once, before the state lock is taken, within an element budget.

A 32 MiB body of ``<x/>`` is some 8 million elements: parsed into an lxml tree it took 4 s
and 1.2 GB, and since handlers parsed under the state lock every other client waited as long.
So the server parses the body before dispatching (``preparse``), handlers take the tree from
the request (``request_xml``), and a body holding more than ``MAX_REQUEST_ELEMENTS`` elements
is refused before any tree is built (``parse_bounded``).

The tree itself comes from ``azure_asm_runtime.xmlcodec.parse_document``, the client's safe
parser (no DTD, no entities, no network, size limit), which counts the elements before it
builds a tree; the emulator's budget, far below the client's (a million, for the largest
listings ASM answers), is the ``max_elements`` it passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from azure_asm_runtime.errors import ResponseParseError, ResponseTooLargeError
from azure_asm_runtime.xmlcodec import parse_document

from .errors import AsmFault, bad_request

if TYPE_CHECKING:
    from .routing import Request

MAX_REQUEST_ELEMENTS = 100_000
"""Most elements a request body may hold. The largest real ASM bodies (a deployment with its
roles, configuration sets, endpoints and disks; a virtual network configuration) hold a few
thousand."""

INVALID_XML_MESSAGE = "The request body's XML was invalid or not correctly specified."
"""ASM's message for a body it cannot read."""


class TooManyElementsError(ResponseParseError):
    """The document holds more elements than its budget."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what} XML holds more than {limit} elements")
        self.limit = limit

    def fault(self) -> AsmFault:
        """The 400 ASM answers with (the request's own text is never quoted)."""
        return bad_request(f"{INVALID_XML_MESSAGE} It holds more than {self.limit} elements.")


@dataclass(frozen=True)
class ParsedXml:
    """The outcome of parsing a request body: its root element, or why there is none."""

    root: etree._Element | None
    error: ResponseParseError | None


def parse_bounded(body: bytes, what: str = "request") -> etree._Element:
    """``parse_document(body, what)`` within ``MAX_REQUEST_ELEMENTS`` elements: a body over it
    raises ``TooManyElementsError`` before any tree is built."""
    limit = MAX_REQUEST_ELEMENTS
    try:
        return parse_document(body, what, max_elements=limit)
    except ResponseTooLargeError:
        # Over its element limit: the byte limit (64 MiB) is twice the largest body the
        # server reads (MAX_BODY_BYTES).
        raise TooManyElementsError(what, limit) from None


def preparse(body: bytes) -> ParsedXml | None:
    """The body parsed, or the parse error; None for an empty body.

    Called by the server before the state lock is taken, for every body: one that is not XML
    (a Scheduler job's JSON) fails at its first character, which costs nothing, and guessing
    which bodies are XML (byte order marks, UTF-16) would leave a way to parse under the lock.
    Raises the 400 ``AsmFault`` for a body over the element budget, whatever the route: no
    handler has a use for one.
    """
    if not body:
        return None
    try:
        return ParsedXml(parse_bounded(body), None)
    except TooManyElementsError as exc:
        raise exc.fault() from None
    except ResponseParseError as exc:
        return ParsedXml(None, exc)


def request_xml(request: Request) -> etree._Element:
    """The root element of the request's body, parsed by the server before the lock was taken.

    A request built without that (a handler called directly) is parsed now. Raises
    ``ResponseParseError`` for a body that is not an XML document and ``TooManyElementsError``
    (one) for a body over the element budget.
    """
    parsed = request.parsed_xml
    if parsed is None:
        return parse_bounded(request.body)
    if parsed.root is None:
        assert parsed.error is not None
        raise ResponseParseError(str(parsed.error))
    return parsed.root
