"""A transport that sends through a `requests.Session`: the reference's ``request_session``.

azure-servicemanagement-legacy let callers pass a session that "replaces the default use of
httplib": whatever the session carries (its client certificate ``cert``, ``verify``,
``proxies``, ``headers``, ``auth``, mounted adapters, hooks) applies to every request. This
transport keeps that meaning: every request goes through ``session.request``, so all of it is
honoured, and only what the client must own is fixed per request:

* ``allow_redirects=False``: the client follows a 307 itself, and only to the same https host
  (a body may carry passwords);
* ``timeout``: the client's;
* ``cert``/``verify``: only filled in when the session leaves them unset (no ``cert``; the
  default ``verify=True``), from the client's ``cert_file`` and ``ca_bundle``/``verify``;
* bodies are read up to ``max_response_bytes`` (`ResponseParseError` beyond), as
  `Urllib3Transport` does.

Network faults become the SDK's `AsmConnectionError` subclasses, so retries and error handling
are those of the default transport. `requests` is not a dependency of azure-asm: it is imported
here, when a session is given.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .errors import (
    AsmConnectError,
    AsmConnectionDroppedError,
    AsmConnectionError,
    AsmConnectTimeoutError,
    AsmTimeoutError,
    ResponseParseError,
)
from .http import HttpRequest, HttpResponse
from .xmlcodec import MAX_DOCUMENT_BYTES

__all__ = ["RequestsSessionTransport"]

_CHUNK = 64 * 1024


class RequestsSessionTransport:
    """Send requests through ``session`` (a `requests.Session`, or one of its subclasses)."""

    def __init__(
        self,
        session: Any,
        *,
        cert: str | tuple[str, str] | None = None,
        verify: bool | str | None = None,
        timeout: float = 65.0,
        max_response_bytes: int = MAX_DOCUMENT_BYTES,
    ) -> None:
        if not callable(getattr(session, "request", None)):
            raise TypeError(
                "request_session: must be a requests.Session (an object with a request() "
                f"method), got {type(session).__name__}"
            )
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, not {timeout!r}")
        self.session = session
        self._timeout = timeout
        self.max_response_bytes = max_response_bytes
        # The session's own settings win; the client's fill in what the session leaves unset.
        self._cert = cert if getattr(session, "cert", None) is None else None
        self._verify = verify if getattr(session, "verify", True) is True else None

    def __repr__(self) -> str:
        return f"RequestsSessionTransport(session={type(self.session).__name__})"

    def set_proxy(
        self, host: str, port: int | str, user: str | None = None, password: str | None = None
    ) -> None:
        """Send the session's HTTPS requests through the HTTP proxy at ``host:port`` (its
        ``proxies["https"]``, credentials in the proxy URL), as the reference package did
        with a `request_session`."""
        if not isinstance(host, str) or not host or any(c in host for c in "/@ \t\r\n"):
            raise ValueError(f"host: must be a host name or address, got {host!r}")
        if isinstance(port, str) and port.isdigit():
            port = int(port)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise ValueError(f"port: must be an integer from 1 to 65535, got {port!r}")
        if password is not None and user is None:
            raise ValueError("password: given without user")
        proxies = getattr(self.session, "proxies", None)
        if not isinstance(proxies, dict):
            raise TypeError("set_proxy: the request_session has no proxies mapping to set")
        userinfo = ""
        if user is not None:
            userinfo = quote(user, safe="") + (
                "" if password is None else ":" + quote(password, safe="")
            )
            userinfo += "@"
        address = f"[{host}]" if ":" in host else host
        proxies["https"] = f"http://{userinfo}{address}:{port}"

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        """Send ``request`` once through the session; every HTTP status comes back."""
        import requests

        seconds = self._timeout if timeout is None else timeout
        options: dict[str, Any] = {}
        if self._cert is not None:
            options["cert"] = self._cert
        if self._verify is not None:
            options["verify"] = self._verify
        try:
            response = self.session.request(
                request.method,
                request.url,
                headers=dict(request.headers),
                data=request.body,
                timeout=seconds,
                allow_redirects=False,
                stream=True,
                **options,
            )
        except requests.exceptions.ConnectTimeout as exc:
            raise AsmConnectTimeoutError(f"connecting took more than {seconds:g} s") from exc
        except requests.exceptions.Timeout as exc:
            raise AsmTimeoutError(f"no answer within {seconds:g} s") from exc
        except (requests.exceptions.SSLError, requests.exceptions.ProxyError) as exc:
            raise AsmConnectError(f"cannot connect: {type(exc).__name__}") from exc
        except requests.exceptions.ConnectionError as exc:
            # requests does not say whether the request went out: assume it may have.
            raise AsmConnectionDroppedError(f"connection failed: {type(exc).__name__}") from exc
        except requests.exceptions.RequestException as exc:
            raise AsmConnectionError(f"request failed: {type(exc).__name__}") from exc
        try:
            body = self._read_body(response)
        finally:
            response.close()
        return HttpResponse(status=response.status_code, headers=dict(response.headers), body=body)

    def _read_body(self, response: Any) -> bytes:
        import requests

        limit = self.max_response_bytes
        announced = response.headers.get("Content-Length")
        if announced is not None and announced.strip().isdigit() and int(announced) > limit:
            raise ResponseParseError(f"response body larger than {limit} bytes ({announced})")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ResponseParseError(f"response body larger than {limit} bytes")
                chunks.append(chunk)
        except requests.exceptions.Timeout as exc:
            raise AsmTimeoutError("the answer stopped before its end (timeout)") from exc
        except requests.exceptions.RequestException as exc:
            raise AsmConnectionDroppedError(
                f"the answer stopped before its end: {type(exc).__name__}"
            ) from exc
        return b"".join(chunks)

    def close(self) -> None:
        """Nothing to close: the session belongs to the caller, who closes it."""
