"""`Stubber`: answer a client's calls from a queue of typed responses, like botocore's Stubber.

The stubber replaces the client's transport while it is active, so everything else the client
does really runs: argument checks, the request path, query and body, the response parser and
the typed errors. Each queued entry answers one call (one HTTP request) and checks that the
request is the expected operation::

    from azure_asm import Location, ServiceManagementService, Stubber
    from azure_asm_runtime.stubber import NoNetwork

    sms = ServiceManagementService("my-subscription", transport=NoNetwork())  # no certificate
    with Stubber(sms) as stubber:
        stubber.add_response("list_locations", [Location(name="West US")])
        stubber.add_client_error(
            "get_storage_account_properties", status=404, code="ResourceNotFound",
            message="The storage account was not found.",
            expected_params={"service_name": "missing"},
        )
        stubber.add_response("create_hosted_service", expected_params={
            "service_name": "svc", "label": "my label", "location": "West US"})

        assert [l.name for l in sms.list_locations()] == ["West US"]
        ...                                              # ResourceNotFoundError, then:
        sms.create_hosted_service("svc", "my label", location="West US").result()
        stubber.assert_no_pending_responses()

* A typed response is the model the operation returns (a list of models for list operations;
  a `str` or JSON value for the few text and JSON ones); it is written with the generated
  serializer of the operation table (`azure_asm.catalog.OPERATIONS`), so the client parses it
  as it would parse the service's answer. A wrong type is refused when it is queued.
* ``expected_params`` are the arguments the call is expected with, as in botocore: the
  stubber builds the request those arguments make (through the client's own method, so bad
  arguments are refused when queued) and the request sent must be the same: path, query and
  body. Optional arguments left out mean their defaults. Without ``expected_params`` only the
  operation is checked (HTTP method and path template).
* ``ANY`` (``from azure_asm_runtime.stubber import ANY``, as botocore's ``stub.ANY``) as the
  value of an expected parameter accepts whatever the call gives it: only the other
  parameters are checked. The stubber reads the value sent (from the path, or from the
  request body's member of that name) and builds the expected request with it; a parameter
  sent in the query string leaves the query unchecked when it is ``ANY``. The other arguments
  are then checked when the call comes, not when queued.
* An asynchronous operation is answered ``202`` with a request id (``request_id=``, or a new
  one); polling it reports ``Succeeded``, or ``Failed`` with the code and message given to
  `add_operation_failure`. Polls of these operations are answered without using the queue.
* A call that is not the next queued one, or comes when nothing is queued, raises
  `StubAssertionError` naming the operation expected and the one called.
* While active the client does not retry (``retry=NO_RETRY``), so `add_client_error` with a
  503 raises at once, as it does with botocore; ``Stubber(client, retries=True)`` keeps the
  client's `RetryPolicy` (each attempt then takes an entry of the queue).

Error messages never show request bodies: a body that differs is reported by the names of the
fields that differ.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import re
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import parse_qsl, unquote, urlsplit

from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.retry import NO_RETRY
from azure_asm_runtime.xmlcodec import escape_text

if TYPE_CHECKING:
    from azure_asm_runtime.catalog import OperationInfo, ServerCodecs
    from azure_asm_runtime.client import ServiceClient
    from azure_asm_runtime.http import Transport
    from azure_asm_runtime.retry import RetryPolicy

__all__ = ["ANY", "NoNetwork", "StubAssertionError", "Stubber"]

_NAMESPACE = "http://schemas.microsoft.com/windowsazure"
_STATUS_PATH = re.compile(r"^/[^/]+/operations/([^/]+)$")


class _AnyValue:
    """The type of `ANY`: equal to every value."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "ANY"


#: An expected parameter's value that matches whatever the call gives (botocore's `stub.ANY`).
ANY = _AnyValue()


class StubAssertionError(AssertionError):
    """A call the stubber did not expect: another operation, other arguments, or none queued."""


class _Captured(Exception):
    """Raised by the capturing transport to stop a call once its request is built."""

    def __init__(self, request: HttpRequest) -> None:
        super().__init__("captured")
        self.request = request


class _Capture:
    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        raise _Captured(request)


class NoNetwork:
    """A transport that sends nothing, for a client made to be stubbed: given it
    (``ServiceManagementService("my-subscription", transport=NoNetwork())``) a client needs no
    certificate. A request reaching it, with no stubber active, raises `StubAssertionError`."""

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        raise StubAssertionError(f"{_describe(request)} was not sent: no Stubber is active")

    def __repr__(self) -> str:
        return "NoNetwork()"


# Plain classes rather than dataclasses: `import azure_asm` imports this module, and
# building a dataclass costs more than the rest of it.
class _Failure:
    __slots__ = ("code", "message", "http_status")

    def __init__(self, code: str, message: str, http_status: int) -> None:
        self.code = code
        self.message = message
        self.http_status = http_status


class _Entry:
    """One queued answer; `failure` makes an asynchronous operation end Failed."""

    __slots__ = ("operation", "expected", "response", "failure")

    def __init__(
        self,
        operation: OperationInfo,
        expected: HttpRequest | _Partial | None,
        response: HttpResponse,
        failure: _Failure | None = None,
    ) -> None:
        self.operation = operation
        self.expected = expected
        self.response = response
        self.failure = failure


class _Partial:
    """Expected parameters holding `ANY`: the request is built when the call comes, with the
    values it sent for the `ANY` ones."""

    __slots__ = ("params", "any_names")

    def __init__(self, params: dict[str, Any], any_names: frozenset[str]) -> None:
        self.params = params
        self.any_names = any_names


def _operations() -> Mapping[str, OperationInfo]:
    # Imported when used: azure_asm imports this module, so it cannot import azure_asm first.
    from azure_asm.catalog import OPERATIONS

    return OPERATIONS


def _codecs(name: str) -> ServerCodecs:
    # The server's direction of the codecs, which the SDK itself never needs: imported when a
    # stubbed call is answered.
    from azure_asm_emulator_codecs.catalog import CODECS

    return CODECS[name]


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile(
        "^" + "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts) + "$"
    )


def _matches(operation: OperationInfo, request: HttpRequest) -> bool:
    path = urlsplit(request.url).path
    return request.method == operation.method and bool(
        _template_pattern(operation.path).match(path)
    )


def _path_values(operation: OperationInfo, request: HttpRequest) -> dict[str, str]:
    """The path parameters of `request`, by the names of the operation's path template."""
    parts = re.split(r"(\{[^}]+\})", operation.path)
    pattern = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    match = re.match(f"^{pattern}$", urlsplit(request.url).path)
    return {} if match is None else {k: unquote(v) for k, v in match.groupdict().items()}


def _query(request: HttpRequest) -> list[tuple[str, str]]:
    return sorted(parse_qsl(urlsplit(request.url).query, keep_blank_values=True))


def _describe(request: HttpRequest) -> str:
    parts = urlsplit(request.url)
    target = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
    return f"{request.method} {target}"


def _fields(model: Any) -> dict[str, Any]:
    # Generated models list their members in `__match_args__`, in the spec's order.
    names = getattr(type(model), "__match_args__", ())
    return {name: getattr(model, name, None) for name in names}


def _body_difference(operation: OperationInfo, expected: bytes, sent: bytes) -> str:
    """Which fields of the request bodies differ (names only: bodies may carry passwords)."""
    try:
        reader = _codecs(operation.name).read_request
        if reader is not None:
            from azure_asm_runtime.xmlcodec import read_document

            ours = _fields(read_document(expected, reader, False))
            theirs = _fields(read_document(sent, reader, False))
        else:
            ours, theirs = json.loads(expected), json.loads(sent)
            if not isinstance(ours, dict) or not isinstance(theirs, dict):
                return "the body differs"
    except Exception:  # noqa: BLE001 - a body we cannot read is simply "different"
        return "the body differs"
    names = sorted(k for k in ours.keys() | theirs.keys() if ours.get(k) != theirs.get(k))
    return f"body fields differ: {', '.join(names)}" if names else "the body differs"


class Stubber:
    """Queue the answers to a client's calls and check the calls (see the module doc).

    ``Stubber(client)`` is inactive until `activate` (or ``with``); `deactivate` puts the
    client's transport (and retry policy) back.
    """

    def __init__(self, client: ServiceClient, *, retries: bool = False) -> None:
        self.client = client
        self.retries = retries
        self._queue: deque[_Entry] = deque()
        self._operation_status: dict[str, _Failure | None] = {}
        self._lock = threading.Lock()
        self._request_ids = itertools.count(1)
        self._saved: tuple[Transport, RetryPolicy] | None = None

    def __repr__(self) -> str:
        return f"Stubber({self.client!r}, pending={len(self._queue)})"

    # --- activation --------------------------------------------------------------------------

    def activate(self) -> None:
        """Answer the client's requests from the queue from now on."""
        if self._saved is not None:
            raise RuntimeError("the stubber is already active")
        self._saved = (self.client.transport, self.client.retry)
        self.client.transport = self
        if not self.retries:
            self.client.retry = NO_RETRY

    def deactivate(self) -> None:
        """Give the client its transport and retry policy back."""
        if self._saved is None:
            return
        self.client.transport, self.client.retry = self._saved
        self._saved = None

    def __enter__(self) -> Self:
        self.activate()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.deactivate()

    # --- queueing ----------------------------------------------------------------------------

    def add_response(
        self,
        operation: str,
        response: Any = None,
        expected_params: Mapping[str, Any] | None = None,
        *,
        request_id: str | None = None,
    ) -> None:
        """Answer the next call, which must be `operation`, with `response`.

        `response` is what the method returns: a model, a list of models for list operations,
        None for operations without a result and for asynchronous ones (answered ``202`` with
        `request_id`; polling them reports ``Succeeded``).
        """
        info = self._operation(operation)
        expected = self._expected_request(info, expected_params)
        if info.is_async:
            if response is not None:
                raise TypeError(
                    f"{operation}: is asynchronous; its response is an AsyncOperation, give "
                    "response=None (and request_id= to choose the operation's id)"
                )
            answer = self._accepted(request_id)
        else:
            answer = HttpResponse(200, self._headers(request_id), _body(info, response))
        self._queue.append(_Entry(info, expected, answer))

    def add_client_error(
        self,
        operation: str,
        status: int = 400,
        code: str = "",
        message: str = "",
        expected_params: Mapping[str, Any] | None = None,
        *,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer the next call, which must be `operation`, with an ASM error: the client
        raises the typed error of `status` (``ResourceNotFoundError`` for 404, ...) with
        `code` and `message`. `headers` are added to the answer (``Retry-After``, say)."""
        info = self._operation(operation)
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"status: must be an HTTP error status (400-599), not {status!r}")
        expected = self._expected_request(info, expected_params)
        body = (
            f'<Error xmlns="{_NAMESPACE}"><Code>{escape_text(code)}</Code>'
            f"<Message>{escape_text(message)}</Message></Error>"
        ).encode()
        answer_headers = {**self._headers(request_id), **dict(headers or {})}
        self._queue.append(_Entry(info, expected, HttpResponse(status, answer_headers, body)))

    def add_operation_failure(
        self,
        operation: str,
        code: str = "InternalError",
        message: str = "The operation failed.",
        expected_params: Mapping[str, Any] | None = None,
        *,
        http_status: int = 500,
        request_id: str | None = None,
    ) -> None:
        """Accept the next call, which must be the asynchronous `operation`, and make the
        operation end ``Failed`` with `code` and `message`: ``.result()`` raises
        `OperationFailedError`."""
        info = self._operation(operation)
        if not info.is_async:
            raise ValueError(f"{operation}: is not asynchronous; use add_client_error")
        expected = self._expected_request(info, expected_params)
        failure = _Failure(code, message, http_status)
        self._queue.append(_Entry(info, expected, self._accepted(request_id), failure))

    def assert_no_pending_responses(self) -> None:
        """Raise `StubAssertionError` if queued answers were not used."""
        with self._lock:
            pending = [entry.operation.name for entry in self._queue]
        if pending:
            raise StubAssertionError(f"{len(pending)} responses not used: {', '.join(pending)}")

    # --- the transport -----------------------------------------------------------------------

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        """Answer one request of the client (the `Transport` protocol)."""
        with self._lock:
            polled = _STATUS_PATH.match(urlsplit(request.url).path)
            if request.method == "GET" and polled and unquote(polled[1]) in self._operation_status:
                request_id = unquote(polled[1])
                return self._status(request_id, self._operation_status[request_id])
            if not self._queue:
                raise StubAssertionError(
                    f"unexpected call {self._called(request)}: no response is queued"
                )
            entry = self._queue[0]
            self._check(entry, request)
            self._queue.popleft()
            if entry.operation.is_async and entry.response.status == 202:
                request_id = entry.response.header("x-ms-request-id") or ""
                self._operation_status[request_id] = entry.failure
            return entry.response

    def close(self) -> None:
        """Nothing to close (the `Transport` protocol's optional method)."""

    # --- internals ---------------------------------------------------------------------------

    def _operation(self, name: str) -> OperationInfo:
        info = _operations().get(name)
        client_names = {cls.__name__ for cls in type(self.client).__mro__}
        if info is None or info.client not in client_names:
            raise ValueError(f"{type(self.client).__name__} has no operation {name!r}")
        return info

    def _expected_request(
        self, info: OperationInfo, params: Mapping[str, Any] | None
    ) -> HttpRequest | _Partial | None:
        """The request the client sends for `params`, built by the client's own method (when
        a value is `ANY`, what builds it once the call is made)."""
        if params is None:
            return None
        any_names = frozenset(name for name, value in params.items() if value is ANY)
        if any_names:
            unknown = sorted(any_names - set(info.params))
            if unknown:
                raise TypeError(
                    f"expected_params of {info.name}: no parameter {', '.join(unknown)} "
                    f"(it has: {', '.join(info.params) or 'none'})"
                )
            rest = {name: value for name, value in params.items() if name not in any_names}
            return _Partial(rest, any_names)
        return self._build(info, params)

    def _build(self, info: OperationInfo, params: Mapping[str, Any]) -> HttpRequest:
        shadow = copy.copy(self.client)
        shadow.transport = _Capture()
        shadow.retry = NO_RETRY
        try:
            getattr(shadow, info.name)(**params)
        except _Captured as captured:
            return captured.request
        except (TypeError, ValueError) as exc:
            exc.add_note(f"in expected_params of {info.name}")
            raise
        raise AssertionError(f"{info.name} sent no request")  # pragma: no cover

    def _headers(self, request_id: str | None) -> dict[str, str]:
        return {"x-ms-request-id": request_id or f"stub-{next(self._request_ids)}"}

    def _accepted(self, request_id: str | None) -> HttpResponse:
        return HttpResponse(202, self._headers(request_id), b"")

    def _status(self, request_id: str, failure: _Failure | None) -> HttpResponse:
        from azure_asm.models import Operation, OperationError

        if failure is None:
            status = Operation(id=request_id, status="Succeeded", http_status_code=200)
        else:
            status = Operation(
                id=request_id,
                status="Failed",
                http_status_code=failure.http_status,
                error=OperationError(code=failure.code, message=failure.message),
            )
        writer = _codecs("get_operation_status").write_response
        assert writer is not None
        return HttpResponse(
            200, {"x-ms-request-id": f"stub-{next(self._request_ids)}"}, writer(status)
        )

    def _called(self, request: HttpRequest) -> str:
        """The operation(s) `request` is, for messages: ``name (GET /path)``."""
        client_names = {cls.__name__ for cls in type(self.client).__mro__}
        candidates = [
            info
            for info in _operations().values()
            if info.client in client_names and _matches(info, request)
        ]
        if candidates:
            # The template with the most literal text wins (``.../operations/isavailable/{x}``
            # over ``.../{name}/{x}``); then the operations that take the query sent.
            literal = max(len(re.sub(r"\{[^}]+\}", "", c.path)) for c in candidates)
            candidates = [c for c in candidates if len(re.sub(r"\{[^}]+\}", "", c.path)) == literal]
            sent = {name for name, _ in _query(request)}
            best = max(len(sent & set(c.query)) for c in candidates)
            candidates = [c for c in candidates if len(sent & set(c.query)) == best]
        names = " or ".join(c.name for c in candidates) or "an unknown operation"
        return f"{names} ({_describe(request)})"

    def _check(self, entry: _Entry, request: HttpRequest) -> None:
        operation = entry.operation
        if not _matches(operation, request):
            raise StubAssertionError(
                f"expected a call of {operation.name} ({operation.method} {operation.path}), "
                f"got {self._called(request)}"
            )
        expected = entry.expected
        if expected is None:
            return
        check_query = True
        if isinstance(expected, _Partial):
            expected, check_query = self._complete(operation, expected, request)
        problems = []
        if urlsplit(expected.url).path != urlsplit(request.url).path:
            problems.append(f"path: expected {unquote(urlsplit(expected.url).path)}")
        if check_query and _query(expected) != _query(request):
            problems.append(f"query: expected {_query(expected)}, sent {_query(request)}")
        if (expected.body or b"") != (request.body or b""):
            problems.append(_body_difference(operation, expected.body or b"", request.body or b""))
        if problems:
            raise StubAssertionError(
                f"{operation.name} called with other parameters than expected "
                f"({_describe(request).split('?')[0]}): {'; '.join(problems)}"
            )

    def _complete(
        self, operation: OperationInfo, partial: _Partial, request: HttpRequest
    ) -> tuple[HttpRequest, bool]:
        """The request expected of `partial`, its `ANY` parameters given the values `request`
        sent; and whether to compare query strings (not when a query parameter is `ANY`)."""
        sent: dict[str, Any] = {}
        reader = _codecs(operation.name).read_request
        if reader is not None and request.body:
            from azure_asm_runtime.xmlcodec import read_document

            # An unreadable body is reported by the comparison that follows.
            with contextlib.suppress(Exception):
                sent.update(_fields(read_document(request.body, reader, False)))
        kinds = {param.name: param.type for param in operation.param_info}
        for name, text in _path_values(operation, request).items():
            number = kinds.get(name) in ("int", "long") and text.isdigit()
            sent[name] = int(text) if number else text
        params = dict(partial.params)
        check_query = True
        for name in partial.any_names:
            if name in sent:
                params[name] = sent[name]
            else:  # sent in the query string or a header: left at its default, not compared
                check_query = False
        try:
            return self._build(operation, params), check_query
        except (TypeError, ValueError) as error:
            raise StubAssertionError(
                f"{operation.name}: expected_params with ANY make no call: {error}"
            ) from None


def _body(info: OperationInfo, response: Any) -> bytes:
    """The body answering `info` with the typed `response`, or TypeError."""
    write_response = _codecs(info.name).write_response
    if write_response is None:
        if response is None:
            return b""
        if isinstance(response, str):
            return response.encode("utf-8")
        try:
            return json.dumps(response).encode()
        except (TypeError, ValueError):
            raise TypeError(
                f"{info.name}: response must be a str or a JSON value, "
                f"not {type(response).__name__}"
            ) from None
    import azure_asm.models

    shape = info.response_shape or ""
    cls = getattr(azure_asm.models, shape, None)
    if info.response_is_list:
        if isinstance(response, str | bytes) or not isinstance(response, Sequence):
            raise TypeError(
                f"{info.name}: response must be a list of {shape}, not {type(response).__name__}"
            )
        wrong = [type(item).__name__ for item in response if cls and not isinstance(item, cls)]
        if wrong:
            raise TypeError(f"{info.name}: response items must be {shape}, not {wrong[0]}")
    elif isinstance(cls, type) and not isinstance(response, cls):
        raise TypeError(f"{info.name}: response must be a {shape}, not {type(response).__name__}")
    return write_response(response)
