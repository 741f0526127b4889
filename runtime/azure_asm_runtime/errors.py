"""Exceptions raised by the SDK, and the mapping of ASM error responses onto them.

One base class (``AsmError``) so callers can catch everything from the SDK, and one subclass
per HTTP status that callers act on differently (not found, conflict, throttled, ...). Error
bodies come from the network and are parsed as hostile input: no entities, no DTD, no
network access, bounded size, and ``error_from_response`` never raises.

The classes are also those azure-servicemanagement-legacy raised, so that ``except`` clauses
written for it keep working: ``AsmError`` is an ``AzureException``, every ``AsmHttpError`` an
``AzureHttpError`` (with ``status_code``), ``ResourceNotFoundError`` an
``AzureMissingResourceHttpError`` and ``ConflictError`` an ``AzureConflictHttpError``, and the
failures of waiting for an operation are ``AzureAsyncOperationHttpError``. When azure-common is
installed, those four are its own classes (so ``except azure.common.AzureHttpError`` catches
ours too); without it (it is not a dependency) they are defined here, with the same names and
attributes.
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Self

from .http import HttpResponse

__all__ = [
    "AzureAsyncOperationHttpError",
    "AzureConflictHttpError",
    "AzureException",
    "AzureHttpError",
    "AzureMissingResourceHttpError",
    "AsmConnectError",
    "AsmConnectTimeoutError",
    "AsmConnectionDroppedError",
    "AsmConnectionError",
    "AsmError",
    "AsmHttpError",
    "AsmTimeoutError",
    "BadRequestError",
    "CertificateError",
    "ConflictError",
    "ForbiddenError",
    "OperationFailedError",
    "OperationTimeoutError",
    "ResourceNotFoundError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ServerError",
    "ThrottledError",
    "UnknownElementError",
    "error_from_response",
]


if TYPE_CHECKING:
    # What azure.common declares (it ships no type information): typed code sees these.

    class AzureException(Exception):
        pass

    class AzureHttpError(AzureException):
        status_code: Any

        def __init__(self, message: str, status_code: Any) -> None: ...

    class AzureConflictHttpError(AzureHttpError):
        pass

    class AzureMissingResourceHttpError(AzureHttpError):
        pass

else:
    try:
        from azure.common import (
            AzureConflictHttpError,
            AzureException,
            AzureHttpError,
            AzureMissingResourceHttpError,
        )
    except ImportError:
        # azure-common's classes, for code that catches them by these names from azure_asm.

        class AzureException(Exception):
            pass

        class AzureHttpError(AzureException):
            def __init__(self, message, status_code):
                super().__init__(message)
                self.status_code = status_code

        class AzureConflictHttpError(AzureHttpError):
            pass

        class AzureMissingResourceHttpError(AzureHttpError):
            pass


class AzureAsyncOperationHttpError(AzureHttpError):
    """The reference package's error for an asynchronous operation that failed or timed out.

    ``status_code`` is the operation's status (``Failed``, or ``InProgress`` on a timeout), as
    the reference set it; ``result`` the last status read (the `Operation`), or None when none
    was read.
    """

    result: Any = None
    status_code: Any = None

    def __init__(self, message: str, status_code: Any, result: Any) -> None:
        # The reference's constructor; azure-asm's subclasses take their own arguments.
        super().__init__(message, status_code)
        self.result = result


class AsmError(AzureException):
    """Base of every exception the SDK raises on purpose.

    ``attempts`` is how many times the request was sent before this error was final (set by
    the client's retry policy; 1 when it was not retried).
    """

    attempts: int = 1

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        # azure.common's AzureHttpError.__new__ wants (message, status_code); our classes take
        # their own arguments (keywords too), so that step is skipped.
        return Exception.__new__(cls, *args)


class AsmHttpError(AsmError, AzureHttpError):
    """The service answered with an error status.

    ``code`` is the ASM error code (``ResourceNotFound``, ``ConflictError``, ...), which is
    what callers should branch on; the message is for humans. ``request_id`` is what
    Microsoft support asks for. ``retry_after`` (seconds) is the server's hint, if any.
    ``status_code`` is ``status`` (the reference package's name for it).
    """

    def __init__(
        self,
        status: int,
        code: str | None,
        message: str,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        # All fields go to args so that pickling (multiprocessing, logging handlers) works.
        # Exception's own __init__: AzureHttpError's takes (message, status_code) only.
        Exception.__init__(self, status, code, message, request_id, retry_after)
        self.status = status
        self.status_code = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.retry_after = retry_after

    def __str__(self) -> str:
        head = f"{self.status} {self.code}" if self.code else str(self.status)
        text = f"{head}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(AsmHttpError):
    """400: the request was invalid; retrying it unchanged will not help."""


class ForbiddenError(AsmHttpError):
    """403: usually the management certificate is not uploaded to the subscription."""


class ResourceNotFoundError(AsmHttpError, AzureMissingResourceHttpError):
    """404: the service, deployment, disk, ... does not exist."""


class ConflictError(AsmHttpError, AzureConflictHttpError):
    """409: the resource exists already, or another operation holds it."""


class ThrottledError(AsmHttpError):
    """429, or 503 when the service says it is throttling: wait and retry."""


class ServerError(AsmHttpError):
    """Other 5xx: a fault on the service side."""


class ResponseParseError(AsmError):
    """A response body was not the XML we can read (malformed, hostile, or wrong shape)."""


class ResponseTooLargeError(ResponseParseError):
    """A response over a size limit: more bytes than ``max_response_bytes`` or more elements
    than ``max_response_elements``. It is refused before it is read whole (bytes) or before
    any tree is built (elements), so a hostile server cannot exhaust memory."""


class UnknownElementError(ResponseParseError):
    """Strict parsing met elements the spec does not describe.

    Raised only in strict mode, so that spec gaps surface in tests instead of data being
    silently dropped. ``elements`` are slash-separated paths from the document root.
    """

    _SHOWN = 10

    def __init__(self, elements: Iterable[str]) -> None:
        self.elements: tuple[str, ...] = tuple(elements)
        super().__init__(self.elements)

    def __str__(self) -> str:
        shown = ", ".join(self.elements[: self._SHOWN])
        more = len(self.elements) - self._SHOWN
        if more > 0:
            shown += f" and {more} more"
        return f"unknown elements in response: {shown}"


class AsmConnectionError(AsmError):
    """The request did not get an HTTP answer (refused, reset, TLS failure, ...)."""


class AsmTimeoutError(AsmConnectionError):
    """The server did not answer in time; the request may or may not have been applied."""


class AsmConnectError(AsmConnectionError):
    """The request was never sent: connecting failed (refused, DNS, TLS handshake, no free
    pooled connection). The server cannot have acted on it, so any request may be repeated."""


class AsmConnectTimeoutError(AsmConnectError, AsmTimeoutError):
    """Connecting (TCP or TLS handshake) or waiting for a pooled connection took too long;
    nothing was sent."""


class AsmConnectionDroppedError(AsmConnectionError):
    """The connection failed after the request was sent (reset, closed without an answer,
    truncated answer): the server may have applied it. Only idempotent requests are repeated."""


class CertificateError(AsmError):
    """The management certificate cannot be used: missing file, wrong password, no private
    key, key not matching the certificate, unreadable format."""


class OperationFailedError(AsmError, AzureAsyncOperationHttpError):
    """An asynchronous operation finished with status ``Failed``.

    ``status`` is the operation status, ``http_status_code`` the status the operation
    reports (not the status of the polling request); ``status_code`` and ``result`` are the
    reference package's names (see `AzureAsyncOperationHttpError`).
    """

    def __init__(
        self,
        request_id: str,
        status: str,
        code: str | None,
        message: str | None,
        http_status_code: int | None = None,
    ) -> None:
        Exception.__init__(self, request_id, status, code, message, http_status_code)
        self.request_id = request_id
        self.status = status
        self.status_code = status
        self.code = code
        # Failed operations do not always carry an <Error>; keep the attribute a str anyway.
        self.message: str = message or "no error details"
        self.http_status_code = http_status_code

    def __str__(self) -> str:
        http = f" (HTTP {self.http_status_code})" if self.http_status_code is not None else ""
        code = f"{self.code}: " if self.code else ""
        return f"operation {self.request_id} {self.status}{http}: {code}{self.message}"


class OperationTimeoutError(AsmError, AzureAsyncOperationHttpError):
    """Waiting for an asynchronous operation gave up; the operation itself may go on.

    ``status_code`` is ``last_status`` and ``result`` the last status read (the reference
    package's names, see `AzureAsyncOperationHttpError`).
    """

    def __init__(
        self, request_id: str, last_status: str | None, timeout: float | None = None
    ) -> None:
        Exception.__init__(self, request_id, last_status, timeout)
        self.request_id = request_id
        self.last_status = last_status
        self.status_code = last_status
        self.timeout = timeout

    def __str__(self) -> str:
        waited = f" within {self.timeout:g} s" if self.timeout is not None else ""
        return (
            f"operation {self.request_id} did not finish{waited}"
            f" (last status {self.last_status or 'unknown'})"
        )


# --- error_from_response -------------------------------------------------------------------

_BY_STATUS: dict[int, type[AsmHttpError]] = {
    400: BadRequestError,
    403: ForbiddenError,
    404: ResourceNotFoundError,
    409: ConflictError,
    429: ThrottledError,
}
_THROTTLING_CODES = frozenset(
    {"toomanyrequests", "serverbusy", "subscriptionrequeststhrottled", "operationthrottled"}
)
# ASM error documents are a few hundred bytes; anything far larger is not one, and is not
# worth feeding to a parser.
_MAX_XML_BYTES = 64 * 1024
_MAX_MESSAGE_CHARS = 2000
_MAX_TEXT_CHARS = 200
_DOCTYPE = re.compile(rb"<!\s*doctype", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def error_from_response(response: HttpResponse) -> AsmHttpError:
    """Build the exception for an error ``response``; never raises.

    It runs on the error path, where raising a parse error instead would hide the real
    failure, so every problem with the body degrades to a message made from its text.
    """
    status = response.status
    try:
        request_id = response.header("x-ms-request-id")
        retry_after = _retry_after(response.header("Retry-After"))
        code, message = _parse_error_body(response.body)
        if not message:
            message = _text_of(response.body) or _reason(status)
        cls = _class_for(status, code, retry_after)
        return cls(status, code, message, request_id, retry_after)
    except Exception:  # pragma: no cover - defensive: the error path must not fail
        return AsmHttpError(status, None, _reason(status))


def _class_for(status: int, code: str | None, retry_after: float | None) -> type[AsmHttpError]:
    if status == 503 and (
        retry_after is not None or (code is not None and code.lower() in _THROTTLING_CODES)
    ):
        return ThrottledError
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 500 <= status <= 599:
        return ServerError
    return AsmHttpError


def _parse_error_body(body: bytes) -> tuple[str | None, str]:
    """Return (code, message) of an ASM ``<Error>`` document, or (None, "") if it is not one."""
    if not body or len(body) > _MAX_XML_BYTES or not body.lstrip().startswith(b"<"):
        return None, ""
    # Entity declarations only live in a DTD: refusing any DOCTYPE up front makes
    # billion-laughs and external-entity bodies harmless before the parser sees them.
    if _DOCTYPE.search(body):
        return None, ""
    from lxml import etree  # on the first error body: the SDK imports without lxml

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        remove_pis=True,
        remove_comments=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None, ""
    # The regex misses a DOCTYPE in UTF-16 and friends; the parser does not.
    if root is None or root.getroottree().docinfo.internalDTD is not None:
        return None, ""
    if etree.QName(root).localname != "Error":
        return None, ""
    code: str | None = None
    message = ""
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        text = _clean(child.text or "", _MAX_MESSAGE_CHARS)
        if name == "Code":
            code = text or None
        elif name == "Message":
            message = text
    return code, message


def _text_of(body: bytes) -> str:
    """A short, printable excerpt of a non-ASM body (HTML page, plain text, garbage)."""
    text = body[: _MAX_TEXT_CHARS * 8].decode("utf-8", errors="replace")
    return _clean(_TAG.sub(" ", text), _MAX_TEXT_CHARS)


def _clean(text: str, limit: int) -> str:
    # Control characters would let a hostile body forge log lines or terminal output.
    text = _SPACE.sub(" ", _UNPRINTABLE.sub(" ", text)).strip()
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "HTTP error"


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        import email.utils  # only for an HTTP-date Retry-After

        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": UTC by RFC 5322, naive by the stdlib
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - time.time())
