"""The default transport: urllib3 with mutual TLS (the management certificate).

ASM authenticates the caller by the TLS client certificate alone, so this module is where
credentials live. One ``PoolManager`` per transport gives keep-alive and thread safety; it
never retries or follows redirects (a blind retry of a POST could create a resource twice;
retry policy lives in the client, which knows which operations are safe to repeat).
"""

from __future__ import annotations

import logging
import os
import socket
import ssl
import warnings
from http.client import HTTPException
from types import TracebackType
from typing import TYPE_CHECKING, Self

import urllib3
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    EmptyPoolError,
    LocationParseError,
    NewConnectionError,
)
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from .errors import AsmConnectionError, AsmError, AsmTimeoutError
from .http import HttpRequest, HttpResponse

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection

__all__ = ["Urllib3Transport"]

logger = logging.getLogger("azure_asm")


class Urllib3Transport:
    """Send requests over HTTPS, presenting the management certificate.

    ``cert_file`` is a PEM holding the certificate and its unencrypted private key (what
    ``openssl req -x509 -nodes -newkey rsa:2048 -keyout f.pem -out f.pem`` writes); None
    sends no client certificate. It is loaded here, so a wrong path fails at construction,
    not at the first request. ``ca_bundle`` (file or directory) replaces the default trust
    store. ``verify=False`` turns off server verification, loudly. ``timeout`` (seconds) is
    the default connect and read timeout; ``pool_maxsize`` bounds connections per host, and
    callers beyond it wait for a free connection instead of opening more.
    """

    def __init__(
        self,
        cert_file: str | None,
        *,
        ca_bundle: str | None = None,
        verify: bool = True,
        timeout: float = 65.0,
        pool_maxsize: int = 10,
    ) -> None:
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, not {timeout!r}")
        if pool_maxsize < 1:
            raise ValueError(f"pool_maxsize must be at least 1, not {pool_maxsize!r}")
        self._timeout = timeout
        context = _ssl_context(cert_file, ca_bundle, verify)
        self._pool = urllib3.PoolManager(
            maxsize=pool_maxsize,
            block=True,
            ssl_context=context,
            retries=False,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
        )
        if not verify:
            message = (
                "TLS server certificate verification is DISABLED (verify=False): "
                "anyone on the network path can impersonate the server"
            )
            logger.warning(message)
            warnings.warn(message, UserWarning, stacklevel=2)
            # Our own warning above says it once; urllib3's would repeat it per connection.
            # Swapping the pool class keeps other PoolManagers' warnings untouched.
            self._pool.pool_classes_by_scheme = {
                "http": HTTPConnectionPool,
                "https": _UnverifiedHTTPSConnectionPool,
            }

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        """Send ``request`` once; every HTTP status comes back as a response.

        Network faults become ``AsmConnectionError`` / ``AsmTimeoutError`` naming the host,
        so callers never see urllib3 types.
        """
        host = _host_of(request.url)
        seconds = self._timeout if timeout is None else timeout
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
                preload_content=True,
            )
        except (Urllib3Error, HTTPException, OSError) as exc:
            raise _network_error(exc, host, seconds) from exc
        return HttpResponse(status=raw.status, headers=dict(raw.headers), body=raw.data)

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


class _UnverifiedHTTPSConnectionPool(HTTPSConnectionPool):
    """``HTTPSConnectionPool`` without the per-connection ``InsecureRequestWarning``."""

    def _validate_conn(self, conn: BaseHTTPConnection) -> None:
        # What HTTPSConnectionPool._validate_conn does, minus warnings.warn().
        if conn.is_closed:
            conn.connect()


def _ssl_context(cert_file: str | None, ca_bundle: str | None, verify: bool) -> ssl.SSLContext:
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
    if cert_file is not None:
        _load_client_certificate(context, cert_file)
    return context


def _load_certifi(context: ssl.SSLContext) -> None:
    """Add certifi's roots to the system ones: slim containers often ship no CA store."""
    try:
        import certifi
    except ImportError:
        return
    context.load_verify_locations(cafile=certifi.where())


def _load_client_certificate(context: ssl.SSLContext, cert_file: str) -> None:
    problem = _pem_problem(cert_file)
    if problem is not None:
        raise AsmError(problem)
    try:
        # The password callback stops OpenSSL from prompting on the terminal.
        context.load_cert_chain(cert_file, password=_refuse_password)
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise AsmError(
            f"cannot load certificate and key from {cert_file!r}: {_reason(exc)}"
        ) from None


def _pem_problem(cert_file: str) -> str | None:
    """Why ``cert_file`` cannot be a client certificate, or None if it looks usable.

    Checked by hand because OpenSSL's message ("[SSL] PEM lib") names neither the file nor
    what is missing. A separate function so that the key bytes are not a local of any frame
    in a traceback (error reporters record frame locals).
    """
    try:
        with open(cert_file, "rb") as handle:
            pem = handle.read()
    except FileNotFoundError:
        return f"certificate file {cert_file!r} does not exist"
    except OSError as exc:
        return f"cannot read certificate file {cert_file!r}: {_reason(exc)}"
    if b"-----BEGIN CERTIFICATE-----" not in pem:
        return f"certificate file {cert_file!r} holds no PEM certificate"
    if b"PRIVATE KEY-----" not in pem:
        return (
            f"certificate file {cert_file!r} holds no private key; it must contain both "
            "the certificate and its key (openssl req -x509 -nodes ... -keyout F -out F)"
        )
    if b"ENCRYPTED" in pem:
        return f"the private key in {cert_file!r} is encrypted; use an unencrypted key"
    return None


def _refuse_password() -> str:
    raise ValueError("the private key is encrypted; use an unencrypted key")


def _host_of(url: str) -> str:
    try:
        parsed = urllib3.util.parse_url(url)
    except LocationParseError:
        raise AsmError("invalid request URL") from None
    if parsed.scheme != "https" or not parsed.host:
        # Without TLS there is no client certificate and bodies would travel in clear.
        raise AsmError(f"only https:// URLs are supported, not {parsed.scheme or 'no'} scheme")
    return parsed.host if parsed.port is None else f"{parsed.host}:{parsed.port}"


def _network_error(exc: BaseException, host: str, seconds: float) -> AsmConnectionError:
    # NewConnectionError subclasses ConnectTimeoutError in urllib3, yet means "refused".
    if isinstance(exc, NewConnectionError):
        return AsmConnectionError(f"cannot connect to {host}: {_reason(exc)}")
    if isinstance(exc, EmptyPoolError):
        return AsmTimeoutError(f"no free connection to {host} within {seconds:g} s")
    if isinstance(exc, Urllib3TimeoutError | TimeoutError | socket.timeout):
        return AsmTimeoutError(f"{host} did not answer within {seconds:g} s: {_reason(exc)}")
    return AsmConnectionError(f"connection to {host} failed: {_reason(exc)}")


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
