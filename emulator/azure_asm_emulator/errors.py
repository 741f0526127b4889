"""ASM error documents and the exception handlers raise to answer with one.

ASM reports every failure the same way: an HTTP status plus an ``<Error>`` document in the
Windows Azure namespace holding a ``<Code>`` and a ``<Message>``. Clients (including ours) branch
on the code, so the emulator must produce exactly that shape for every refusal: from the TLS
authorisation check, the router, fault injection, the operation engine and the handlers.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

WA_NAMESPACE = "http://schemas.microsoft.com/windowsazure"
"""Default namespace of every ASM document."""

XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
"""The XML Schema instance namespace ASM declares as ``i`` on every document."""

XML_CONTENT_TYPE = "application/xml; charset=utf-8"
"""Content type of every XML body the emulator sends (ASM answers ``application/xml``)."""

# Characters XML 1.0 cannot carry at all, not even as character references.
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: str) -> str:
    r"""Escape ``value`` for use as XML element text.

    Besides ``&``, ``<`` and ``>``, a carriage return is written as ``&#13;`` because a parser
    would otherwise normalise it to ``\n``, and characters XML 1.0 cannot represent are replaced
    with U+FFFD: an error message built from user input must never make the document unparsable.
    """
    cleaned = _INVALID_XML_CHARS.sub("\ufffd", value)
    return escape(cleaned, {"\r": "&#13;"})


def error_document(code: str, message: str) -> bytes:
    """Return ASM's ``<Error>`` document for ``code`` and ``message`` (UTF-8)."""
    return (
        f'<Error xmlns="{WA_NAMESPACE}" xmlns:i="{XSI_NAMESPACE}">'
        f"<Code>{xml_text(code)}</Code><Message>{xml_text(message)}</Message></Error>"
    ).encode()


class AsmFault(Exception):
    """An ASM error answer, raised anywhere inside request handling.

    Raising is how handlers (and the operation engine, and helpers such as
    ``State.operations.require_unlocked``) refuse a request without threading a ``Response``
    back through every helper: the server catches it and sends ``status`` with the ``<Error>``
    document. Raised from the ``work`` of an asynchronous operation it makes that operation
    ``Failed`` with this code and message instead.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"AsmFault({self.status!r}, {self.code!r}, {self.message!r})"


# Messages ASM uses, kept in one place so that every part of the emulator words them alike.
FORBIDDEN_MESSAGE = (
    "The server failed to authenticate the request. Verify that the certificate is valid and is "
    "associated with this subscription."
)
MISSING_VERSION_MESSAGE = "The versioning header is not specified or was specified incorrectly."
UNKNOWN_URI_MESSAGE = "The requested URI does not represent any resource on the server."
SERVER_BUSY_MESSAGE = (
    "The server is currently unable to receive requests. Please retry your request."
)
INTERNAL_ERROR_MESSAGE = "The server encountered an internal error. Please retry the request."


def forbidden() -> AsmFault:
    """403 ``ForbiddenError``: the client certificate is not a management certificate here."""
    return AsmFault(403, "ForbiddenError", FORBIDDEN_MESSAGE)


def resource_not_found(message: str = UNKNOWN_URI_MESSAGE) -> AsmFault:
    """404 ``ResourceNotFound`` (by default for a URI no route knows)."""
    return AsmFault(404, "ResourceNotFound", message)


def bad_request(message: str) -> AsmFault:
    """400 ``BadRequest`` with ``message``."""
    return AsmFault(400, "BadRequest", message)
