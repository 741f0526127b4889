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
is refused with ``ResponseParseError`` without reading the rest, so a hostile or broken server
cannot exhaust memory.
"""

from __future__ import annotations

import logging
import os
import socket
import ssl
import threading
import warnings
from http.client import HTTPException
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

from .certificates import ClientCertificate, Password, load_client_certificate
from .errors import (
    AsmConnectError,
    AsmConnectionDroppedError,
    AsmConnectionError,
    AsmConnectTimeoutError,
    AsmError,
    AsmTimeoutError,
    ResponseParseError,
)
from .http import HttpRequest, HttpResponse
from .xmlcodec import MAX_DOCUMENT_BYTES

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection

__all__ = ["Urllib3Transport"]

logger = logging.getLogger("azure_asm")


_CHUNK = 64 * 1024

# Per thread: whether the request being sent has started to go out on an open connection.
_progress = threading.local()


class _TrackingHTTPSConnection(HTTPSConnection):
    """Notes the moment a request starts to be written on an established connection.

    urllib3 connects (TCP and TLS) in ``_validate_conn`` before calling ``request()``, so
    any failure before this point means the server got nothing.
    """

    def request(self, *args: Any, **kwargs: Any) -> None:
        _progress.sent = True
        super().request(*args, **kwargs)


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
        self._pool = urllib3.PoolManager(
            maxsize=pool_maxsize,
            block=True,
            ssl_context=context,
            retries=False,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
        )
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
        self._pool.pool_classes_by_scheme = {"http": HTTPConnectionPool, "https": https_pool}

    def __repr__(self) -> str:
        return (
            f"Urllib3Transport(certificate={self.certificate!r}, pool_maxsize={self.pool_maxsize})"
        )

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        """Send ``request`` once; every HTTP status comes back as a response.

        Network faults become ``AsmConnectError`` (nothing was sent),
        ``AsmConnectionDroppedError`` or ``AsmTimeoutError`` (the request went out, the answer
        did not come back), naming the host, so callers never see urllib3 types.
        """
        host = _host_of(request.url)
        seconds = self._timeout if timeout is None else timeout
        _progress.sent = False
        try:
            raw = self._pool.request(
                request.method,
                request.url,
                body=request.body,
                headers=dict(request.headers),
                timeout=urllib3.Timeout(connect=seconds, read=seconds),
                pool_timeout=seconds,
                retries=False,
                redirect=False,
                preload_content=False,
            )
        except (Urllib3Error, HTTPException, OSError) as exc:
            raise _network_error(exc, host, seconds, sent=bool(_progress.sent)) from exc
        try:
            body = self._read_body(raw, host, seconds)
        finally:
            raw.release_conn()
        return HttpResponse(status=raw.status, headers=dict(raw.headers), body=body)

    def _read_body(self, raw: urllib3.BaseHTTPResponse, host: str, seconds: float) -> bytes:
        limit = self.max_response_bytes
        announced = raw.headers.get("Content-Length")
        if announced is not None and announced.strip().isdigit() and int(announced) > limit:
            raw.close()  # the connection cannot be reused with an unread body on it
            raise ResponseParseError(
                f"{host} announced a response body of {int(announced)} bytes, "
                f"more than the limit of {limit}"
            )
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
                    raise ResponseParseError(
                        f"the response body from {host} exceeds the limit of {limit} bytes"
                    )
                parts.append(chunk)
        except (Urllib3Error, HTTPException, OSError) as exc:
            raw.close()
            raise _network_error(exc, host, seconds, sent=True) from exc
        return b"".join(parts)

    def close(self) -> None:
        """Close pooled connections; the transport can still be used afterwards."""
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


def _host_of(url: str) -> str:
    try:
        parsed = urllib3.util.parse_url(url)
    except LocationParseError:
        raise AsmError("invalid request URL") from None
    if parsed.scheme != "https" or not parsed.host:
        # Without TLS there is no client certificate and bodies would travel in clear.
        raise AsmError(f"only https:// URLs are supported, not {parsed.scheme or 'no'} scheme")
    return parsed.host if parsed.port is None else f"{parsed.host}:{parsed.port}"


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
