"""The base of every generated client: configuration, sending, retries, conflicts.

Generated methods validate their arguments, build the path and body, then call `_send`; this
class owns everything that is the same for all operations:

* retries of transient failures by a `RetryPolicy` (see `azure_asm_runtime.retry`), every
  attempt logged at DEBUG on the ``azure_asm`` logger; the error finally raised carries
  ``attempts``;
* 409 "operation in progress" conflicts waited out: the operation named in ASM's message
  (``x-ms-requestid <id>``) is polled until it finishes, then the request is sent again;
  without a usable id the client backs off and retries, up to `conflict_timeout` seconds;
* per-call options without touching generated signatures: `with_options(...)` returns a copy
  sharing the connection pool.
"""

from __future__ import annotations

import copy
import logging
import math
import os
import random
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar
from urllib.parse import quote, urlsplit

from azure_asm_runtime.errors import (
    AsmConnectError,
    AsmConnectionError,
    AsmConnectTimeoutError,
    AsmError,
    AsmHttpError,
    ConflictError,
    ForbiddenError,
    OperationFailedError,
    OperationTimeoutError,
    ResourceNotFoundError,
    ResponseParseError,
    error_from_response,
)
from azure_asm_runtime.http import (
    HttpRequest,
    HttpResponse,
    Transport,
    current_deadline,
    deadline_scope,
)
from azure_asm_runtime.polling import (
    FAILED,
    SUCCEEDED,
    AsyncOperation,
    OperationStatusLike,
    PollSchedule,
)
from azure_asm_runtime.retry import DEFAULT_RETRY, RetryPolicy
from azure_asm_runtime.validation import check_path_segment
from azure_asm_runtime.version import __version__
from azure_asm_runtime.xmlcodec import MAX_DOCUMENT_ELEMENTS, DeserializeContext, read_document

if TYPE_CHECKING:
    from lxml import etree

    # `certificates` loads `cryptography` (about 40 ms): imported only when a client needs it.
    from azure_asm_runtime.certificates import ClientCertificate, Password
    from azure_asm_runtime.waiters import Waiter

logger = logging.getLogger("azure_asm")

T = TypeVar("T")

DEFAULT_HOST = "management.core.windows.net"
HOST_ENV = "AZURE_ASM_HOST"
CA_BUNDLE_ENV = "AZURE_ASM_CA_BUNDLE"
SUBSCRIPTION_ID_ENV = "AZURE_ASM_SUBSCRIPTION_ID"
CERT_FILE_ENV = "AZURE_ASM_CERT_FILE"
MAX_ATTEMPTS_ENV = "AZURE_ASM_MAX_ATTEMPTS"
# The reference package's names for the same two settings, read after ours.
LEGACY_SUBSCRIPTION_ID_ENV = "AZURE_MANAGEMENT_SUBSCRIPTIONID"
LEGACY_CERT_FILE_ENV = "AZURE_MANAGEMENT_CERTFILE"
DEFAULT_HTTP_TIMEOUT = 65.0
# The reference package's names of the same constants (exported by azure_asm).
MANAGEMENT_HOST = DEFAULT_HOST
AZURE_MANAGEMENT_SUBSCRIPTIONID = LEGACY_SUBSCRIPTION_ID_ENV
AZURE_MANAGEMENT_CERTFILE = LEGACY_CERT_FILE_ENV


USER_AGENT = "azure-asm/{} python/{}.{}.{}".format(__version__, *sys.version_info[:3])
"""What every request says in ``User-Agent``; a client's `user_agent` option is appended."""


def _from_environment(*names: str) -> str | None:
    """The first of the environment variables `names` that is set and not empty."""
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return None


# Characters the service expects unescaped in query values (as the reference package sends).
_QUERY_SAFE = "/()$=',"


def quote_segment(value: str) -> str:
    """Percent-encode one path segment (a `/` inside a name must not split the path)."""
    return quote(value, safe="")


_MAX_REDIRECTS = 3


def _same_host(location: str, url: str) -> bool:
    """Redirects are followed only on the same https host: the body may carry passwords."""
    target, origin = urlsplit(location), urlsplit(url)
    return target.scheme == "https" and target.netloc == origin.netloc


def _is_operation_in_progress(error: AsmHttpError) -> bool:
    """ASM's 409 for a write that collides with a still-running operation on the resource."""
    return isinstance(error, ConflictError) and "currently performing an operation" in (
        error.message or ""
    )


_CONFLICTING_OPERATION = re.compile(r"x-ms-requestid\s+([0-9A-Za-z-]{1,64})", re.IGNORECASE)


def conflicting_operation_id(error: AsmHttpError) -> str | None:
    """The request id of the operation holding the resource, from ASM's 409 message."""
    match = _CONFLICTING_OPERATION.search(error.message or "")
    return match.group(1) if match else None


def check_subscription_id(value: object) -> None:
    """The subscription id goes first in every request path: checked like any path segment
    (`..` would address another resource, `\x00` is no name)."""
    if value is None or value == "":
        raise ValueError("subscription_id: is required (the GUID of the subscription)")
    check_path_segment("subscription_id", value)


def check_seconds(
    name: str, value: object, *, none_allowed: bool = False, zero_allowed: bool = False
) -> None:
    """A duration option: a positive, finite number of seconds (None too, where it means
    "no limit"; 0 where it means "do not wait")."""
    if value is None and none_allowed:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        kind = "a number of seconds or None" if none_allowed else "a number of seconds"
        raise TypeError(f"{name}: must be {kind}, got {type(value).__name__}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_allowed):
        rule = "0 or more" if zero_allowed else "positive"
        raise ValueError(f"{name}: must be a finite number of seconds, {rule}, not {value!r}")


def check_count(name: str, value: object) -> None:
    """A size option (connections, elements): a positive int."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name}: must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name}: must be at least 1, not {value!r}")


def check_options(
    *,
    timeout: object = None,
    conflict_timeout: object = None,
    operation_timeout: object = None,
    deadline: object = None,
    pool_maxsize: object = None,
    max_response_elements: object = None,
) -> None:
    """Check the client's numeric options (those given: None is "unchanged" here, except
    for `operation_timeout` and `deadline`, which the callers pass only when set)."""
    if timeout is not None:
        check_seconds("timeout", timeout)
    if conflict_timeout is not None:
        check_seconds("conflict_timeout", conflict_timeout, zero_allowed=True)
    check_seconds("operation_timeout", operation_timeout, none_allowed=True, zero_allowed=True)
    check_seconds("deadline", deadline, none_allowed=True)
    for name, value in (
        ("pool_maxsize", pool_maxsize),
        ("max_response_elements", max_response_elements),
    ):
        if value is not None:
            check_count(name, value)


class _Unset:
    """The type of `_UNSET`: "not given" where None is a meaningful value."""


_UNSET = _Unset()

# Errors while polling a conflicting operation that mean "cannot follow it": back off instead.
_UNFOLLOWABLE = (ResourceNotFoundError, ForbiddenError, NotImplementedError)


class ServiceClient:
    """Connection settings and the request pipeline shared by the generated clients.

    The first five parameters are the reference package's, in its order and with its
    defaults, so positional calls written for it keep working:

    * `subscription_id`: the subscription's GUID; without it, the environment variable
      ``AZURE_ASM_SUBSCRIPTION_ID``, then ``AZURE_MANAGEMENT_SUBSCRIPTIONID`` (the reference's).
    * `cert_file`: a PEM file holding the management certificate and its private key (or a PFX,
      or a `ClientCertificate`); without it, ``AZURE_ASM_CERT_FILE``, then
      ``AZURE_MANAGEMENT_CERTFILE``. Not needed with `transport` or `request_session`.
    * `host`: ``host[:port]`` of the endpoint; without it, ``AZURE_ASM_HOST`` or the public
      endpoint (`DEFAULT_HOST`, the reference's ``MANAGEMENT_HOST``).
    * `request_session`: a `requests.Session` that sends every request, as in the reference:
      its ``cert``, ``verify``, ``proxies``, ``headers``, ``auth`` and adapters apply (see
      `azure_asm_runtime.session_transport`). `cert_file` and `ca_bundle` fill in a session
      without ``cert`` / with the default ``verify``. It cannot be combined with `transport`,
      `key_file` or `cert_password` (a `ValueError` names them).
    * `timeout`: seconds to wait for the connection and for each answer (65, as in the
      reference).

    `profile` names the profile of the config file that fills in what neither the arguments
    nor the environment give: ``subscription_id``, ``cert_file``, ``host``, ``ca_bundle`` and
    ``max_attempts`` (see `azure_asm_runtime.profiles`; by default ``AZURE_ASM_PROFILE``, else
    ``default``, which may be absent; a profile named but absent is a `ProfileError`).
    ``profile=False`` reads no profile. The environment variables are
    ``AZURE_ASM_SUBSCRIPTION_ID`` / ``AZURE_MANAGEMENT_SUBSCRIPTIONID``,
    ``AZURE_ASM_CERT_FILE`` / ``AZURE_MANAGEMENT_CERTFILE``, ``AZURE_ASM_HOST``,
    ``AZURE_ASM_CA_BUNDLE`` and ``AZURE_ASM_MAX_ATTEMPTS``; `retry` wins over the last two
    sources of ``max_attempts``.

    `user_agent` is appended to the ``User-Agent`` header every request carries
    (``azure-asm/<version> python/<x.y.z>``, `USER_AGENT`), e.g. ``"myapp/1.2"``.

    The rest are keyword-only options of azure-asm. With `transport`, no certificate is needed:
    the transport sends the requests. Without `ca_bundle`, ``AZURE_ASM_CA_BUNDLE`` or the
    system's trust store is used.

    `timeout` bounds each wait for the network (connecting, each read); `deadline` (None by
    default) bounds a whole call, retries and conflict waits included, however slowly the
    server answers. `max_response_elements` bounds the elements of a response, as
    `max_response_bytes` of the transport bounds its bytes.
    """

    content_type = "application/xml"
    x_ms_version = "2014-10-01"
    #: The reference package's attribute, kept for code that reads it (it was never set).
    requestid: str | None = None
    deadline: float | None = None
    max_response_elements: int = MAX_DOCUMENT_ELEMENTS

    def __init__(
        self,
        subscription_id: str | None = None,
        cert_file: str | os.PathLike[str] | ClientCertificate | None = None,
        host: str | None = None,
        request_session: Any = None,
        timeout: float = DEFAULT_HTTP_TIMEOUT,
        *,
        key_file: str | os.PathLike[str] | None = None,
        cert_password: Password = None,
        ca_bundle: str | None = None,
        verify: bool = True,
        transport: Transport | None = None,
        strict: bool = False,
        retry: RetryPolicy | None = None,
        conflict_timeout: float = 300.0,
        poll_schedule: PollSchedule | None = None,
        operation_timeout: float | None = 3600.0,
        pool_maxsize: int = 10,
        deadline: float | None = None,
        max_response_elements: int = MAX_DOCUMENT_ELEMENTS,
        user_agent: str | None = None,
        profile: str | Literal[False] | None = None,
    ) -> None:
        from azure_asm_runtime.profiles import LazyProfile, parse_max_attempts

        if profile is not None and profile is not False and not isinstance(profile, str):
            raise TypeError(f"profile: must be a profile name, got {type(profile).__name__}")
        # Explicit arguments win, then the environment, then the profile (read only if needed).
        settings = None if profile is False else LazyProfile(profile or None)

        def from_profile(key: str) -> str | None:
            return None if settings is None else settings.get(key)

        if subscription_id is None or subscription_id == "":
            subscription_id = _from_environment(
                SUBSCRIPTION_ID_ENV, LEGACY_SUBSCRIPTION_ID_ENV
            ) or from_profile("subscription_id")
        if subscription_id is None:
            raise ValueError(
                "subscription_id: is required (the GUID of the subscription; or set "
                f"{SUBSCRIPTION_ID_ENV} or {LEGACY_SUBSCRIPTION_ID_ENV}, or subscription_id "
                "in a profile of the config file)"
            )
        check_subscription_id(subscription_id)
        check_options(
            timeout=timeout,
            conflict_timeout=conflict_timeout,
            operation_timeout=operation_timeout,
            deadline=deadline,
            pool_maxsize=pool_maxsize,
            max_response_elements=max_response_elements,
        )
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry: must be a RetryPolicy, got {type(retry).__name__}")
        if retry is None:
            attempts = os.environ.get(MAX_ATTEMPTS_ENV) or None
            where = MAX_ATTEMPTS_ENV
            if attempts is None and settings is not None:
                attempts, where = settings.get("max_attempts"), settings.where("max_attempts")
            if attempts is not None:
                retry = RetryPolicy(max_attempts=parse_max_attempts(attempts, where))
        if user_agent is not None and (
            not isinstance(user_agent, str) or not user_agent.isprintable() or not user_agent
        ):
            raise ValueError("user_agent: must be a non-empty line of printable text")
        if request_session is not None:
            if transport is not None:
                raise ValueError("request_session: cannot be combined with transport")
            if key_file is not None or cert_password is not None:
                raise ValueError(
                    "request_session: cannot be combined with key_file or cert_password "
                    "(give the session its cert, e.g. session.cert = (cert_path, key_path))"
                )
        elif transport is None and (cert_file is None or cert_file == ""):
            # As in the reference: the environment is read only when nothing else authenticates.
            cert_file = _from_environment(CERT_FILE_ENV, LEGACY_CERT_FILE_ENV) or from_profile(
                "cert_file"
            )
        self.subscription_id = subscription_id
        self.cert_file = cert_file
        self.deadline = deadline
        self.max_response_elements = max_response_elements
        self.host = host or os.environ.get(HOST_ENV) or from_profile("host") or DEFAULT_HOST
        self.request_session = request_session
        self.timeout = float(timeout)
        self.user_agent = f"{USER_AGENT} {user_agent}" if user_agent else USER_AGENT
        self.strict = strict
        self.retry = retry or DEFAULT_RETRY
        self.conflict_timeout = conflict_timeout
        self.poll_schedule = poll_schedule or PollSchedule()
        self.operation_timeout = operation_timeout
        ca_bundle = ca_bundle or os.environ.get(CA_BUNDLE_ENV) or None
        if ca_bundle is None and transport is None:  # a transport of the caller needs none
            ca_bundle = from_profile("ca_bundle")
        if request_session is not None:
            from azure_asm_runtime.session_transport import RequestsSessionTransport

            if cert_file is not None and not isinstance(cert_file, str | os.PathLike):
                raise ValueError(
                    "cert_file: with request_session, must be a path (the session sends it)"
                )
            transport = RequestsSessionTransport(
                request_session,
                cert=None if cert_file is None else os.fspath(cert_file),
                verify=ca_bundle if ca_bundle and verify else (None if verify else False),
                timeout=self.timeout,
            )
        elif transport is None:
            if cert_file is None:
                raise ValueError(
                    "cert_file: is required unless a transport or request_session is given "
                    f"(or set {CERT_FILE_ENV} or {LEGACY_CERT_FILE_ENV}, or cert_file in a "
                    "profile of the config file)"
                )
            from azure_asm_runtime.transport import Urllib3Transport

            transport = Urllib3Transport(
                cert_file,
                key_file=key_file,
                password=cert_password,
                ca_bundle=ca_bundle,
                verify=verify,
                timeout=self.timeout,
                pool_maxsize=pool_maxsize,
            )
        self.transport: Transport = transport
        self._sleep: Callable[[float], None] = time.sleep
        self._clock: Callable[[], float] = time.monotonic
        self._random = random.Random()

    @property
    def subscription_id(self) -> str:
        return self._subscription_id

    @subscription_id.setter
    def subscription_id(self, value: str) -> None:
        check_subscription_id(value)
        self._subscription_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(subscription_id={self.subscription_id!r}, host={self.host!r})"
        )

    @classmethod
    def from_publish_settings(
        cls, path: str | os.PathLike[str], subscription_id: str | None = None, **options: Any
    ) -> Self:
        """A client for a subscription of a ``.publishsettings`` file (its management
        certificate and endpoint). Without `subscription_id` the file must hold exactly one
        subscription; `publish_settings_subscriptions(path)` lists them. `host` (or
        ``AZURE_ASM_HOST``) overrides the file's ``ServiceManagementUrl``; `cert_password`
        unlocks the file's certificate where it is protected; other options are those of the
        constructor."""
        source = os.fspath(path)
        from azure_asm_runtime.certificates import choose_subscription, read_publish_settings

        password = options.pop("cert_password", None)
        subscriptions = read_publish_settings(source, password=password)
        chosen = choose_subscription(subscriptions, subscription_id, source)
        host = options.pop("host", None) or os.environ.get(HOST_ENV) or chosen.host
        return cls(chosen.id, chosen.certificate, host, **options)

    @staticmethod
    def publish_settings_subscriptions(
        path: str | os.PathLike[str], cert_password: Password = None
    ) -> list[tuple[str, str]]:
        """(id, name) of each subscription in a ``.publishsettings`` file."""
        from azure_asm_runtime.certificates import read_publish_settings

        subscriptions = read_publish_settings(path, warn_expired=False, password=cert_password)
        return [(s.id, s.name) for s in subscriptions]

    def with_options(
        self,
        *,
        retry: RetryPolicy | None = None,
        timeout: float | None = None,
        conflict_timeout: float | None = None,
        operation_timeout: float | None | _Unset = _UNSET,
        poll_schedule: PollSchedule | None = None,
        strict: bool | None = None,
        deadline: float | None | _Unset = _UNSET,
        max_response_elements: int | None = None,
    ) -> Self:
        """A copy of this client with some options changed, sharing its transport (and so
        its connections): the per-call way to change them, e.g.
        ``sms.with_options(retry=NO_RETRY).create_hosted_service(...)``. Asynchronous
        operations started through the copy are polled with the copy's options
        (``operation_timeout=None`` waits for them without limit, ``deadline=None`` lets a
        call take as long as its timeouts and retries allow)."""
        check_options(
            timeout=timeout,
            conflict_timeout=conflict_timeout,
            operation_timeout=None if isinstance(operation_timeout, _Unset) else operation_timeout,
            deadline=None if isinstance(deadline, _Unset) else deadline,
            max_response_elements=max_response_elements,
        )
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry: must be a RetryPolicy, got {type(retry).__name__}")
        clone = copy.copy(self)
        if retry is not None:
            clone.retry = retry
        if timeout is not None:
            clone.timeout = timeout
        if conflict_timeout is not None:
            clone.conflict_timeout = conflict_timeout
        if not isinstance(operation_timeout, _Unset):
            clone.operation_timeout = operation_timeout
        if poll_schedule is not None:
            clone.poll_schedule = poll_schedule
        if strict is not None:
            clone.strict = strict
        if not isinstance(deadline, _Unset):
            clone.deadline = deadline
        if max_response_elements is not None:
            clone.max_response_elements = max_response_elements
        return clone

    def with_filter(self, filter: RequestFilter) -> Self:
        """A copy of this client whose requests go through ``filter(request, send)``, as the
        reference package's `with_filter`: the filter may change the `HttpRequest`, must call
        ``send(request)`` to send it, and returns (or replaces) the `HttpResponse`. Filters
        stack: the newest is called first. Unlike the reference's, the filter sees error
        statuses as responses (they are raised after it returns) and runs once per attempt."""
        if not callable(filter):
            raise TypeError(f"filter: must be callable, got {type(filter).__name__}")
        clone = copy.copy(self)
        clone.transport = _FilteredTransport(self.transport, filter)
        return clone

    def set_proxy(
        self, host: str, port: int | str, user: str | None = None, password: str | None = None
    ) -> None:
        """Send later requests through the HTTP proxy at ``host:port`` (``CONNECT`` tunnels,
        so TLS and the client certificate stay end to end), with Basic proxy credentials
        when ``user`` is given: the reference package's `set_proxy`. It changes the
        transport, which copies made by `with_options` / `with_filter` share. A transport
        that cannot take a proxy (a custom one) raises `NotImplementedError` naming it."""
        transport: Any = self.transport
        while isinstance(transport, _FilteredTransport):
            transport = transport.inner
        set_proxy = getattr(transport, "set_proxy", None)
        if not callable(set_proxy):
            raise NotImplementedError(
                f"set_proxy: the transport {type(transport).__name__} takes no proxy; give the "
                "client a request_session (a requests.Session) whose proxies name the proxy"
            )
        set_proxy(host, port, user, password)

    def get_waiter(self, name: str) -> Waiter:
        """The spec's waiter `name` for this client (see `azure_asm_runtime.waiters`), e.g.
        ``sms.get_waiter("deployment_running").wait(service_name=..., deployment_name=...)``.
        A name that is not one of `waiter_names` raises `ValueError` listing them."""
        from azure_asm_runtime.waiters import get_waiter

        return get_waiter(self, name)

    @property
    def waiter_names(self) -> list[str]:
        """The names of this client's waiters, sorted."""
        from azure_asm_runtime.waiters import client_waiters

        return sorted(client_waiters(self))

    def close(self) -> None:
        """Close the transport's pooled connections (if it has any)."""
        close = getattr(self.transport, "close", None)
        if callable(close):
            close()

    # --- the pipeline -----------------------------------------------------------------------

    def _url(self, path: str, query: Sequence[tuple[str, str]] = ()) -> str:
        url = f"https://{self.host}{path}"
        if query:
            url += "?" + "&".join(
                f"{name}={quote(value, safe=_QUERY_SAFE)}" for name, value in query
            )
        return url

    def _send(
        self,
        method: str,
        path: str,
        *,
        x_ms_version: str,
        query: Sequence[tuple[str, str]] = (),
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        expect: tuple[int, ...] = (),
        operation: str = "",
    ) -> HttpResponse:
        """Send a request; return the response or raise the matching `AsmError`.

        Transient failures are retried as `self.retry` allows (see `azure_asm_runtime.retry`).
        A 409 saying another operation is still running on the resource is waited out (up to
        `conflict_timeout` seconds): ASM serialises writes per hosted service and deployment,
        and code like ``create_hosted_service(...); create_virtual_machine_deployment(...)``
        would otherwise fail at random. The error finally raised has ``attempts`` set.
        `operation` (the generated method's name) names the call in the log lines.
        """
        all_headers = {"x-ms-version": x_ms_version, "User-Agent": self.user_agent}
        if method != "GET":
            all_headers["Content-Type"] = self.content_type
        if headers:
            all_headers.update(headers)
        request = HttpRequest(method, self._url(path, query), all_headers, body)
        return _Attempts(self, request, path, expect, operation or method.lower()).run()

    def _read(
        self, response: HttpResponse, reader: Callable[[etree._Element, DeserializeContext], T]
    ) -> T:
        return read_document(response.body, reader, self.strict, self.max_response_elements)

    def _read_json(self, response: HttpResponse) -> Any:
        """A JSON response body (None when empty); `ResponseParseError` when it is not JSON."""
        if not response.body.strip():
            return None
        import json  # here, not with the SDK: only the Scheduler's jobs are JSON

        try:
            return json.loads(response.body)
        except (ValueError, RecursionError):
            raise ResponseParseError("response is not valid JSON") from None

    def _read_text(self, response: HttpResponse) -> str:
        """A text response body; `ResponseParseError` when it is not UTF-8."""
        try:
            return response.body.decode("utf-8")
        except UnicodeDecodeError:
            raise ResponseParseError("response text is not valid UTF-8") from None

    def _async_operation(self, response: HttpResponse) -> AsyncOperation:
        request_id = response.header("x-ms-request-id")
        if not request_id:
            raise ResponseParseError("asynchronous operation answered without x-ms-request-id")
        return AsyncOperation(
            request_id,
            self._operation_status,
            self.poll_schedule,
            timeout=self.operation_timeout,
            sleep=self._sleep,
            clock=self._clock,
        )

    def _operation_status(self, request_id: str) -> OperationStatusLike:
        raise NotImplementedError("the generated client names its status operation")

    # --- what the reference package offered ----------------------------------------------

    def wait_for_operation_status(
        self,
        request_id: str,
        wait_for_status: str = "Succeeded",
        timeout: float = 30,
        sleep_interval: float = 5,
        progress_callback: Callable[[OperationStatusLike], None] | None = None,
        success_callback: Callable[[float], None] | None = None,
        failure_callback: Callable[[float, AsmError], None] | None = None,
    ) -> OperationStatusLike:
        """Poll an operation until it reaches `wait_for_status`, as the reference package did.

        On success `success_callback(elapsed_seconds)` is called. If the operation fails or
        `timeout` seconds pass, `failure_callback(elapsed_seconds, error)` is called when given
        (and the last status returned); otherwise the `OperationFailedError` or
        `OperationTimeoutError` is raised.
        """
        started = time.monotonic()
        operation = AsyncOperation(
            request_id, self._operation_status, PollSchedule(sleep_interval, 1.0, sleep_interval)
        )
        try:
            final = operation.result(timeout, progress_callback)
            if final.status != wait_for_status:
                unexpected = OperationFailedError(
                    request_id,
                    status=final.status or "Unknown",
                    code=None,
                    message=f"finished as {final.status}, not {wait_for_status}",
                    http_status_code=final.http_status_code,
                )
                unexpected.result = final
                raise unexpected
        except (OperationFailedError, OperationTimeoutError) as error:
            if failure_callback is None:
                raise
            failure_callback(time.monotonic() - started, error)
            return operation.last_status or operation.refresh()
        if success_callback is not None:
            success_callback(time.monotonic() - started)
        return final

    def perform_get(self, path: str, x_ms_version: str | None = None) -> HttpResponse:
        """GET any path of the API (e.g. one the spec does not describe yet); raw response."""
        return self._send(
            "GET", path, x_ms_version=x_ms_version or self.x_ms_version, operation="perform_get"
        )

    def perform_put(
        self, path: str, body: bytes | str | None = None, x_ms_version: str | None = None
    ) -> HttpResponse:
        return self._send(
            "PUT",
            path,
            x_ms_version=x_ms_version or self.x_ms_version,
            body=_bytes(body),
            operation="perform_put",
        )

    def perform_post(
        self, path: str, body: bytes | str | None = None, x_ms_version: str | None = None
    ) -> HttpResponse:
        return self._send(
            "POST",
            path,
            x_ms_version=x_ms_version or self.x_ms_version,
            body=_bytes(body),
            operation="perform_post",
        )

    def perform_delete(self, path: str, x_ms_version: str | None = None) -> HttpResponse:
        return self._send(
            "DELETE",
            path,
            x_ms_version=x_ms_version or self.x_ms_version,
            operation="perform_delete",
        )


RequestFilter = Callable[[HttpRequest, Callable[[HttpRequest], HttpResponse]], HttpResponse]


class _FilteredTransport:
    """A transport whose requests go through a `with_filter` filter first."""

    def __init__(self, inner: Transport, filter: RequestFilter) -> None:
        self.inner = inner
        self.filter = filter

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        return self.filter(request, lambda filtered: self.inner.send(filtered, timeout))

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if callable(close):
            close()


def _bytes(body: bytes | str | None) -> bytes | None:
    return body.encode("utf-8") if isinstance(body, str) else body


class _Attempts:
    """One call of `_send`: the attempts, their waits and the bookkeeping for the logs."""

    def __init__(
        self,
        client: ServiceClient,
        request: HttpRequest,
        path: str,
        expect: tuple[int, ...],
        operation: str,
    ) -> None:
        self.client = client
        self.request = request
        self.path = path
        self.expect = expect
        self.operation = operation
        self.policy = client.retry
        self.started = client._clock()
        self.attempt = 0
        self.retries = 0
        self.redirects = 0
        self.conflict_deadline = self.started + client.conflict_timeout
        self.conflict_pause = 0.1
        self.followed: set[str] = set()
        # An earlier attempt got no answer after it was sent: it may have been applied.
        self.maybe_applied = False
        # What the last attempt got, for its log lines.
        self.status: int | None = None
        self.request_id: str | None = None
        self.elapsed_ms = 0.0

    def _log(
        self, outcome: str, detail: str = "", *, code: str | None = None, wait: float | None = None
    ) -> None:
        """One DEBUG line about the last attempt: operation, method, path, attempt number,
        status, elapsed milliseconds, request id, then what happens next. The line is built
        from the URL path and the service's error message only: never headers or bodies."""
        if not logger.isEnabledFor(logging.DEBUG):
            return
        status = "no response" if self.status is None else str(self.status)
        if code:
            status += f" {code}"
        more = f": {detail}" if detail else ""
        then = f"; retrying in {wait:.2f}s" if wait is not None else ""
        logger.debug(
            "%s %s %s attempt %d: %s in %.1f ms, request id %s%s%s",
            self.operation,
            self.request.method,
            self.path,
            self.attempt,
            status,
            self.elapsed_ms,
            self.request_id or "-",
            more,
            then,
            extra={
                "asm_operation": self.operation,
                "asm_method": self.request.method,
                "asm_path": self.path,
                "asm_attempt": self.attempt,
                "asm_status": self.status,
                "asm_request_id": self.request_id,
                "asm_elapsed_ms": self.elapsed_ms,
                "asm_outcome": outcome,
            },
        )

    def run(self) -> HttpResponse:
        if self.client.deadline is None:
            return self._run()
        with deadline_scope(self.client.deadline):
            return self._run()

    def _run(self) -> HttpResponse:
        client, request = self.client, self.request
        while True:
            self.attempt += 1
            timeout = client.timeout
            deadline = current_deadline()  # this call's, or that of a call it is part of
            if deadline is not None:
                remaining = deadline.remaining()
                if remaining <= 0:
                    raise self._final(
                        AsmConnectTimeoutError(
                            f"{request.method} {self.path} not sent: the deadline of "
                            f"{deadline.seconds:g} s has passed"
                        )
                    )
                timeout = remaining if timeout is None else min(timeout, remaining)
            sent_at = client._clock()
            try:
                response = client.transport.send(request, timeout)
            except AsmConnectionError as exc:
                self.status, self.request_id = None, None
                self.elapsed_ms = (client._clock() - sent_at) * 1000
                wait = self._retry_wait(exc)
                detail = f"{type(exc).__name__}: {exc}"
                if wait is None:
                    self._log("failed", detail)
                    raise self._final(exc)  # noqa: B904 - the same exception, annotated
                self._log("retry", detail, wait=wait)
                if not isinstance(exc, AsmConnectError):
                    self.maybe_applied = True
                client._sleep(wait)
                continue
            self.elapsed_ms = (client._clock() - sent_at) * 1000
            self.status = response.status
            self.request_id = response.header("x-ms-request-id")
            location = response.header("Location") if response.status == 307 else None
            if location and self.redirects < _MAX_REDIRECTS and _same_host(location, request.url):
                # ASM answers 307 while it moves a subscription between clusters.
                self._log("redirect", f"redirected to {urlsplit(location).path}")
                self.redirects += 1
                self.attempt -= 1
                request = self.request = HttpRequest(
                    request.method, location, request.headers, request.body
                )
                continue
            if 200 <= response.status < 300 and (not self.expect or response.status in self.expect):
                self._log("ok")
                return response
            error = error_from_response(response)
            if _is_operation_in_progress(error) and self._wait_out_conflict(error):
                continue
            wait = self._retry_wait(error)
            if wait is None:
                self._log("failed", error.message, code=error.code)
                raise self._final(error)
            self._log("retry", error.message, code=error.code, wait=wait)
            client._sleep(wait)

    def _retry_wait(self, error: AsmError) -> float | None:
        """Seconds to wait before retrying after `error`, or None to give up."""
        policy = self.policy
        if self.retries + 1 >= policy.max_attempts:
            return None
        if policy.reason_to_retry(self.request.method, error) is None:
            return None
        retry_after = error.retry_after if isinstance(error, AsmHttpError) else None
        wait = policy.delay(self.retries + 1, retry_after, self.client._random)
        if wait is None:
            return None
        deadline = current_deadline()
        if deadline is not None and wait >= deadline.remaining():
            return None  # the retry could not even start before the deadline
        if policy.timeout is not None and (
            self.client._clock() + wait > self.started + policy.timeout
        ):
            return None
        self.retries += 1
        return wait

    def _wait_out_conflict(self, error: AsmHttpError) -> bool:
        """Wait until the operation holding the resource finishes; False to give up."""
        client = self.client
        operation_id = conflicting_operation_id(error)
        if self._conflict_time_left() <= 0:
            return False
        if operation_id is not None and operation_id not in self.followed:
            self.followed.add(operation_id)
            self._log("conflict", f"waiting for operation {operation_id}", code=error.code)
            try:
                if self._follow(operation_id):
                    return True
            except _UNFOLLOWABLE:
                pass  # not ours to see (another subscription, or a fake): back off instead
            except AsmError as failure:
                logger.debug("cannot follow operation %s: %s", operation_id, failure)
        remaining = self._conflict_time_left()
        if remaining <= 0:
            return False
        pause = min(remaining, self.conflict_pause * client._random.uniform(0.8, 1.2))
        self._log("conflict", f"resource busy ({error.message[:120]})", code=error.code, wait=pause)
        client._sleep(pause)
        self.conflict_pause = min(self.conflict_pause * 2, 5.0)
        return True

    def _follow(self, operation_id: str) -> bool:
        """Poll `operation_id` until it finishes (True) or the conflict deadline (False)."""
        client = self.client
        for interval in client.poll_schedule.intervals():
            status = client._operation_status(operation_id).status
            if status in (SUCCEEDED, FAILED):
                logger.debug("conflicting operation %s finished: %s", operation_id, status)
                return True
            remaining = self._conflict_time_left()
            if remaining <= 0:
                return False
            client._sleep(min(interval, remaining))
        return False  # pragma: no cover - intervals() never ends

    def _conflict_time_left(self) -> float:
        """Seconds left to wait out a conflict: `conflict_timeout`, within the deadline."""
        remaining = self.conflict_deadline - self.client._clock()
        deadline = current_deadline()
        return remaining if deadline is None else min(remaining, deadline.remaining())

    def _final(self, error: AsmError) -> AsmError:
        error.attempts = self.attempt
        if self.attempt > 1:
            elapsed = self.client._clock() - self.started
            error.add_note(
                f"{self.request.method} {self.path}: gave up after {self.attempt} attempts "
                f"in {elapsed:.1f} s"
            )
        if self.maybe_applied and isinstance(error, AsmHttpError):
            error.add_note(
                "an earlier attempt got no answer after it was sent and may have been applied "
                "(e.g. a 404 on a retried DELETE: the resource is gone)"
            )
        return error
