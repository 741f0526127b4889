"""The default transport: urllib3 with mutual TLS (the management certificate).

ASM authenticates the caller by the TLS client certificate alone, so this module is where
credentials live (loaded by ``certificates``). One ``PoolManager`` per transport gives
keep-alive and thread safety, with a bounded number of connections; it never retries or
follows redirects (a blind retry of a POST could create a resource twice; retry policy lives
in the client, which knows which operations are safe to repeat).

What the client needs to decide is whether a failed request may have reached the server, so
network faults are told apart: ``AsmConnectError`` (``AsmConnectTimeoutError``) when nothing
was sent (refused, DNS, TLS handshake, no free pooled connection), ``AsmConnectionDroppedError``
or ``AsmTimeoutError`` once the request has started to go out. The boundary is tracked by the
connection class itself (the moment ``request()`` is entered on an established connection),
not guessed from urllib3's exception types, which call a TLS handshake timeout a read timeout.

Response bodies are read up to ``max_response_bytes``; a larger one (announced or streamed)
is refused with ``ResponseTooLargeError`` without reading the rest, so a hostile or broken
server cannot exhaust memory. A connection closed inside the response headers is
``AsmConnectionDroppedError`` (http.client would take the end of the stream for the end of the
headers, and an empty body for the answer).

Socket timeouts bound each read, not a whole answer: a server sending a byte a second never
trips them. Under a deadline (``azure_asm_runtime.http.deadline_scope``, which the client's
``deadline`` option sets), a watchdog thread shuts the request's socket down when the
deadline passes, and the request ends with ``AsmTimeoutError``.
"""

from __future__ import annotations

import contextlib
import heapq
import http.client
import itertools
import logging
import os
import socket
import ssl
import threading
import warnings
from http.client import HTTPException
from time import monotonic
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import urllib3
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    EmptyPoolError,
    LocationParseError,
    NewConnectionError,
)
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError
from urllib3.util.retry import Retry

from .certificates import ClientCertificate, Password, load_client_certificate
from .errors import (
    AsmConnectError,
    AsmConnectionDroppedError,
    AsmConnectionError,
    AsmConnectTimeoutError,
    AsmError,
    AsmTimeoutError,
    ResponseTooLargeError,
)
from .http import Deadline, HttpRequest, HttpResponse, current_deadline
from .xmlcodec import MAX_DOCUMENT_BYTES

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection

__all__ = ["Urllib3Transport"]

logger = logging.getLogger("azure_asm")


_CHUNK = 64 * 1024

# Never retry, never follow redirects (the client decides). Built once: urllib3 would build
# the same object from ``retries=False`` on every request.
_NO_RETRY = Retry(total=False, redirect=False)

# Bounds of the per-transport caches below (a client talks to one or two hosts and uses one
# or two timeouts; the bounds only stop unusual callers from growing them without end). Fewer
# routes than the PoolManager keeps pools (10), so that a cached pool is the manager's.
_CACHE_LIMIT = 8

# Per thread: whether the request being sent has started to go out on an open connection.
_progress = threading.local()


class _HeaderEndWatcher:
    """Wraps a response's stream while http.client reads the headers, noting whether the
    last line read was the end of the stream rather than the blank line that ends them."""

    __slots__ = ("_fp", "eof")

    def __init__(self, fp: Any) -> None:
        self._fp = fp
        self.eof = False

    def readline(self, limit: int = -1) -> bytes:
        line: bytes = self._fp.readline(limit)
        self.eof = not line
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fp, name)


class _CheckedHTTPResponse(http.client.HTTPResponse):
    """http.client's response, refusing headers cut off by the end of the connection."""

    def begin(self) -> None:
        if self.headers is not None:  # begun already
            return
        stream = self.fp
        watcher = _HeaderEndWatcher(stream)
        self.fp = watcher
        try:
            super().begin()
        finally:
            if self.fp is watcher:  # http.client sets None when it closes the response
                self.fp = stream
        if watcher.eof:
            raise http.client.RemoteDisconnected(
                "the connection closed inside the response headers"
            )


class _TrackingHTTPSConnection(HTTPSConnection):
    """Notes the moment a request starts to be written on an established connection.

    urllib3 connects (TCP and TLS) in ``_validate_conn`` before calling ``request()``, so
    any failure before this point means the server got nothing. Under a deadline, the socket
    is handed to the watchdog as soon as it exists.
    """

    response_class = _CheckedHTTPResponse

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        watch: _Watch | None = getattr(_progress, "watch", None)
        if watch is not None:
            watch.attach(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _progress.sent = True
        watch: _Watch | None = getattr(_progress, "watch", None)
        if watch is not None and self.sock is not None:
            watch.attach(self.sock)
        super().request(*args, **kwargs)


class _Watch:
    """One request under a deadline: the socket to shut down when it passes."""

    __slots__ = ("deadline", "expired", "cancelled", "_sock", "_lock")

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.expired = False
        self.cancelled = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sock = sock
            if self.expired:
                _shut_down(sock)

    def expire(self) -> None:
        with self._lock:
            if self.cancelled:
                return
            self.expired = True
            if self._sock is not None:
                _shut_down(self._sock)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            self._sock = None


def _shut_down(sock: socket.socket) -> None:
    """Make the blocked reader of `sock` return at once. The base class's method works on
    the file descriptor: `SSLSocket.shutdown` would also drop the TLS object the reading
    thread is using."""
    with contextlib.suppress(OSError):  # already closed: nothing is blocked on it
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread for all transports, expiring watches when their deadline passes.

    Started on first use; idle (waiting on a condition) when no request has a deadline.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._cancelled = 0
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: Deadline) -> _Watch:
        watch = _Watch(deadline)
        with self._wake:
            heapq.heappush(self._heap, (deadline.at, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="azure-asm-deadlines", daemon=True
                )
                self._thread.start()
            self._wake.notify()
        return watch

    def cancel(self, watch: _Watch) -> None:
        watch.cancel()
        with self._wake:
            self._cancelled += 1
            # Finished requests would otherwise stay queued until their deadline.
            if self._cancelled > 64 and self._cancelled * 2 > len(self._heap):
                self._heap = [entry for entry in self._heap if not entry[2].cancelled]
                heapq.heapify(self._heap)
                self._cancelled = 0

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._heap:
                    self._wake.wait()
                at, _, watch = self._heap[0]
                delay = at - monotonic()
                if delay > 0:
                    self._wake.wait(delay)
                    continue
                heapq.heappop(self._heap)
                if watch.cancelled:
                    self._cancelled = max(0, self._cancelled - 1)
                    continue
            watch.expire()


_WATCHDOG = _Watchdog()


class _TrackingHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _TrackingHTTPSConnection


class Urllib3Transport:
    """Send requests over HTTPS, presenting the management certificate.

    ``cert_file`` is a PEM holding the certificate and its private key (what ``openssl req
    -x509 -nodes -newkey rsa:2048 -keyout f.pem -out f.pem`` writes), a certificate whose key
    is in ``key_file``, a PKCS#12 (``.pfx``) file, or a loaded ``ClientCertificate``;
    ``password`` unlocks an encrypted key or PKCS#12 file. None sends no client certificate.
    It is loaded here, so a wrong path or password fails at construction, not at the first
    request. ``ca_bundle`` (file or directory) replaces the default trust store.
    ``verify=False`` turns off server verification, loudly. ``timeout`` (seconds) is the
    default connect and read timeout; ``pool_maxsize`` bounds connections per host, and
    callers beyond it wait (up to the timeout) for a free connection instead of opening more.
    ``max_response_bytes`` bounds the body of any response.
    """

    def __init__(
        self,
        cert_file: str | os.PathLike[str] | ClientCertificate | None,
        *,
        key_file: str | os.PathLike[str] | None = None,
        password: Password = None,
        ca_bundle: str | None = None,
        verify: bool = True,
        timeout: float = 65.0,
        pool_maxsize: int = 10,
        max_response_bytes: int = MAX_DOCUMENT_BYTES,
    ) -> None:
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, not {timeout!r}")
        if pool_maxsize < 1:
            raise ValueError(f"pool_maxsize must be at least 1, not {pool_maxsize!r}")
        if max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be positive, not {max_response_bytes!r}")
        self._timeout = timeout
        # urllib3.Timeout per timeout value, and the route (host, pool) per URL prefix
        # ``https://host[:port]``: both would otherwise be rebuilt on every request.
        self._timeouts: dict[float, urllib3.Timeout] = {}
        self._routes: dict[str, _Route] = {}
        self.pool_maxsize = pool_maxsize
        self.max_response_bytes = max_response_bytes
        certificate = (
            None
            if cert_file is None or isinstance(cert_file, ClientCertificate)
            else load_client_certificate(cert_file, key_file, password)
        )
        self.certificate: ClientCertificate | None = (
            cert_file if isinstance(cert_file, ClientCertificate) else certificate
        )
        context = _ssl_context(self.certificate, ca_bundle, verify)
        #: What every pool manager of this transport is made with (see `set_proxy`).
        self._pool_options: dict[str, Any] = {
            "maxsize": pool_maxsize,
            "block": True,
            "ssl_context": context,
            "retries": False,
            "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        }
        self._pool: urllib3.PoolManager = urllib3.PoolManager(**self._pool_options)
        https_pool: type[HTTPSConnectionPool] = _TrackingHTTPSConnectionPool
        if not verify:
            message = (
                "TLS server certificate verification is DISABLED (verify=False): "
                "anyone on the network path can impersonate the server"
            )
            logger.warning(message)
            warnings.warn(message, UserWarning, stacklevel=2)
            # Our own warning above says it once; urllib3's would repeat it per connection.
            # Swapping the pool class keeps other PoolManagers' warnings untouched.
            https_pool = _UnverifiedHTTPSConnectionPool
        self._pool_classes: dict[str, type[HTTPConnectionPool]] = {
            "http": HTTPConnectionPool,
            "https": https_pool,
        }
        self._pool.pool_classes_by_scheme = self._pool_classes
        #: The proxy requests go through (``http://host:port``, no credentials), or None.
        self.proxy: str | None = None

    def __repr__(self) -> str:
        return (
            f"Urllib3Transport(certificate={self.certificate!r}, pool_maxsize={self.pool_maxsize}"
            f"{'' if self.proxy is None else f', proxy={self.proxy!r}'})"
        )

    def set_proxy(
        self, host: str, port: int | str, user: str | None = None, password: str | None = None
    ) -> None:
        """Send every later request through the HTTP proxy at ``host:port``, which tunnels
        it with ``CONNECT`` (TLS, and so the client certificate, stay end to end), as the
        reference package's `set_proxy` did. ``user`` and ``password`` are sent to the proxy
        as Basic ``Proxy-Authorization``. Open connections are closed."""
        if not isinstance(host, str) or not host or any(c in host for c in "/@ \t\r\n"):
            raise ValueError(f"host: must be a host name or address, got {host!r}")
        if isinstance(port, str) and port.isdigit():
            port = int(port)  # the reference formatted it into a string: '8080' worked
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise ValueError(f"port: must be an integer from 1 to 65535, got {port!r}")
        if password is not None and user is None:
            raise ValueError("password: given without user")
        for name, value in (("user", user), ("password", password)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name}: must be a str, got {type(value).__name__}")
        headers = (
            None
            if user is None
            else urllib3.util.make_headers(proxy_basic_auth=f"{user}:{password or ''}")
        )
        address = f"[{host}]" if ":" in host else host
        proxy = f"http://{address}:{port}"
        manager = urllib3.ProxyManager(proxy, proxy_headers=headers, **self._pool_options)
        manager.pool_classes_by_scheme = self._pool_classes
        self.close()
        self._pool = manager
        self.proxy = proxy

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        """Send ``request`` once; every HTTP status comes back as a response.

        Network faults become ``AsmConnectError`` (nothing was sent),
        ``AsmConnectionDroppedError`` or ``AsmTimeoutError`` (the request went out, the answer
        did not come back), naming the host, so callers never see urllib3 types.
        """
        route, target = self._route(request.url)
        host = route.host
        seconds = self._timeout if timeout is None else timeout
        deadline = current_deadline()
        if deadline is None:
            return self._send(request, route, target, seconds, None)
        remaining = deadline.remaining()
        if remaining <= 0:
            raise _deadline_error(host, deadline, sent=False)
        watch = _WATCHDOG.watch(deadline)
        _progress.watch = watch
        try:
            response = self._send(request, route, target, min(seconds, remaining), watch)
        finally:
            _progress.watch = None
            _WATCHDOG.cancel(watch)
        if watch.expired:  # a body read to the end of a connection the watchdog shut down
            raise _deadline_error(host, deadline, sent=True)
        return response

    def _send(
        self,
        request: HttpRequest,
        route: _Route,
        target: str,
        seconds: float,
        watch: _Watch | None,
    ) -> HttpResponse:
        host = route.host
        timeouts = self._timeouts.get(seconds)
        if timeouts is None:
            if len(self._timeouts) >= _CACHE_LIMIT:
                self._timeouts.clear()
            timeouts = self._timeouts[seconds] = urllib3.Timeout(connect=seconds, read=seconds)
        _progress.sent = False
        try:
            # What PoolManager.request would do, minus parsing the URL a second time: the
            # pool of the host (the manager's, looked up or made), then the request target.
            pool = route.pool
            if pool is None:  # first use (close() forgets the routes)
                pool = route.pool = self._pool.connection_from_host(
                    route.pool_host, route.port, "https"
                )
            raw = pool.urlopen(
                request.method.upper(),
                target,
                body=request.body,
                headers=dict(request.headers),
                timeout=timeouts,
                pool_timeout=seconds,  # type: ignore[arg-type]  # a float works (queue.get)
                retries=_NO_RETRY,
                redirect=False,
                assert_same_host=False,
                preload_content=False,
            )
        except (Urllib3Error, HTTPException, OSError) as exc:
            sent = bool(_progress.sent)
            if watch is not None and watch.expired:
                raise _deadline_error(host, watch.deadline, sent=sent) from exc
            raise _network_error(exc, host, seconds, sent=sent) from exc
        try:
            body = self._read_body(raw, host, seconds)
        except AsmConnectionError as exc:
            if watch is not None and watch.expired:
                raise _deadline_error(host, watch.deadline, sent=True) from exc
            raise
        finally:
            raw.release_conn()
        return HttpResponse(status=raw.status, headers=dict(raw.headers), body=body)

    def _route(self, url: str) -> tuple[_Route, str]:
        """The route of ``url`` (checked: https with a host) and its request target."""
        end = url.find("/", 8)
        if end > 0:
            route = self._routes.get(url[:end])
            # A dot segment is removed by urllib3's URL parser: let it do that.
            if route is not None and "/." not in url:
                return route, url[end:]
        try:
            parsed = urllib3.util.parse_url(url)
        except LocationParseError:
            raise AsmError("invalid request URL") from None
        if parsed.scheme != "https" or not parsed.host:
            # Without TLS there is no client certificate and bodies would travel in clear.
            raise AsmError(f"only https:// URLs are supported, not {parsed.scheme or 'no'} scheme")
        host = parsed.host if parsed.port is None else f"{parsed.host}:{parsed.port}"
        route = _Route(host, parsed.host, parsed.port)
        prefix = "https://" + host
        if url.startswith(prefix + "/"):  # the canonical form, the only one cached
            if len(self._routes) >= _CACHE_LIMIT:
                self._routes.clear()
            self._routes[prefix] = route
        return route, parsed.request_uri

    def _read_body(self, raw: urllib3.BaseHTTPResponse, host: str, seconds: float) -> bytes:
        limit = self.max_response_bytes
        headers = raw.headers
        announced = headers.get("Content-Length")
        if announced is not None and announced.strip().isdigit():
            if int(announced) > limit:
                raw.close()  # the connection cannot be reused with an unread body on it
                raise ResponseTooLargeError(
                    f"{host} announced a response body of {int(announced)} bytes, "
                    f"more than the limit of {limit} (max_response_bytes)"
                )
            if "Content-Encoding" not in headers and "Transfer-Encoding" not in headers:
                # Exactly the announced bytes will be read (no decoding can grow them): in
                # one call, and a short body is an error as in the loop below.
                try:
                    return raw.read()
                except (Urllib3Error, HTTPException, OSError) as exc:
                    raw.close()
                    raise _network_error(exc, host, seconds, sent=True) from exc
        parts: list[bytes] = []
        total = 0
        try:
            while True:
                chunk = raw.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raw.close()
                    raise ResponseTooLargeError(
                        f"the response body from {host} exceeds the limit of {limit} bytes "
                        "(max_response_bytes)"
                    )
                parts.append(chunk)
        except (Urllib3Error, HTTPException, OSError) as exc:
            raw.close()
            raise _network_error(exc, host, seconds, sent=True) from exc
        return b"".join(parts)

    def close(self) -> None:
        """Close pooled connections; the transport can still be used afterwards."""
        self._routes.clear()  # they hold the pools: new ones are made on the next request
        self._pool.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _UnverifiedHTTPSConnectionPool(_TrackingHTTPSConnectionPool):
    """``HTTPSConnectionPool`` without the per-connection ``InsecureRequestWarning``."""

    def _validate_conn(self, conn: BaseHTTPConnection) -> None:
        # What HTTPSConnectionPool._validate_conn does, minus warnings.warn().
        if conn.is_closed:
            conn.connect()


def _ssl_context(
    certificate: ClientCertificate | None, ca_bundle: str | None, verify: bool
) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif ca_bundle is not None:
        if not os.path.exists(ca_bundle):
            raise AsmError(f"CA bundle {ca_bundle!r} does not exist")
        try:
            if os.path.isdir(ca_bundle):
                context.load_verify_locations(capath=ca_bundle)
            else:
                context.load_verify_locations(cafile=ca_bundle)
        except (ssl.SSLError, OSError) as exc:
            raise AsmError(f"cannot load CA bundle {ca_bundle!r}: {_reason(exc)}") from None
    else:
        _load_certifi(context)
    if certificate is not None:
        certificate.load_into(context)
    return context


def _load_certifi(context: ssl.SSLContext) -> None:
    """Add certifi's roots to the system ones: slim containers often ship no CA store."""
    try:
        import certifi
    except ImportError:
        return
    context.load_verify_locations(cafile=certifi.where())


class _Route:
    """Where requests to one ``https://host[:port]`` go: the host as errors name it, and the
    connection pool (looked up from the PoolManager on first use)."""

    __slots__ = ("host", "pool", "pool_host", "port")

    def __init__(self, host: str, pool_host: str, port: int | None) -> None:
        self.host = host
        self.pool_host = pool_host
        self.port = port
        self.pool: HTTPConnectionPool | None = None


def _network_error(
    exc: BaseException, host: str, seconds: float, *, sent: bool
) -> AsmConnectionError:
    timeout = isinstance(exc, Urllib3TimeoutError | TimeoutError | socket.timeout)
    if isinstance(exc, EmptyPoolError):
        return AsmConnectTimeoutError(f"no free connection to {host} within {seconds:g} s")
    if not sent:
        # NewConnectionError subclasses ConnectTimeoutError in urllib3, yet means "refused".
        if timeout and not isinstance(exc, NewConnectionError):
            return AsmConnectTimeoutError(
                f"{host} did not answer within {seconds:g} s while connecting: {_reason(exc)}"
            )
        return AsmConnectError(f"cannot connect to {host}: {_reason(exc)}")
    if timeout:
        return AsmTimeoutError(f"{host} did not answer within {seconds:g} s: {_reason(exc)}")
    return AsmConnectionDroppedError(
        f"connection to {host} failed after the request was sent: {_reason(exc)}"
    )


def _deadline_error(host: str, deadline: Deadline, *, sent: bool) -> AsmTimeoutError:
    if not sent:
        return AsmConnectTimeoutError(
            f"no request sent to {host}: the deadline of {deadline.seconds:g} s has passed"
        )
    return AsmTimeoutError(
        f"{host} gave no complete answer within the deadline of {deadline.seconds:g} s"
    )


def _reason(exc: BaseException) -> str:
    """The innermost cause in one line: urllib3 wraps the useful part several times."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = getattr(exc, "reason", None)
        if isinstance(inner, BaseException):
            exc = inner
            continue
        wrapped = [arg for arg in exc.args if isinstance(arg, BaseException)]
        if wrapped:
            exc = wrapped[-1]
            continue
        if exc.__cause__ is not None:
            exc = exc.__cause__
            continue
        break
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"server certificate rejected: {exc.verify_message or exc.reason}"
    if isinstance(exc, ssl.SSLError) and exc.reason:
        return f"TLS error: {exc.reason}"
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__
