"""The base of every generated client: configuration, sending, error mapping, conflicts.

Generated methods validate their arguments, build the path and body, then call `_send`; this
class owns everything that is the same for all operations.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar
from urllib.parse import quote, urlsplit

from lxml import etree

from azure_asm_runtime.errors import (
    AsmHttpError,
    ConflictError,
    OperationFailedError,
    ResponseParseError,
    error_from_response,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse, Transport
from azure_asm_runtime.polling import AsyncOperation, OperationStatusLike, PollSchedule
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document

logger = logging.getLogger("azure_asm")

T = TypeVar("T")

DEFAULT_HOST = "management.core.windows.net"
HOST_ENV = "AZURE_ASM_HOST"
CA_BUNDLE_ENV = "AZURE_ASM_CA_BUNDLE"

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


class ServiceClient:
    """Connection settings and the request pipeline shared by the generated clients.

    `subscription_id` and `cert_file` (a PEM file holding the management certificate and its
    private key) are as in the reference package. Without `host`, the `AZURE_ASM_HOST`
    environment variable (``host[:port]``) or the public endpoint is used; without
    `ca_bundle`, `AZURE_ASM_CA_BUNDLE` or the system's trust store. With `transport`, no
    certificate is needed: the transport sends the requests.
    """

    content_type = "application/xml"
    x_ms_version = "2014-10-01"

    def __init__(
        self,
        subscription_id: str | None = None,
        cert_file: str | None = None,
        host: str | None = None,
        *,
        ca_bundle: str | None = None,
        verify: bool = True,
        timeout: float = 65.0,
        transport: Transport | None = None,
        strict: bool = False,
        conflict_timeout: float = 300.0,
        poll_schedule: PollSchedule | None = None,
    ) -> None:
        if not isinstance(subscription_id, str) or not subscription_id:
            raise ValueError("subscription_id: is required (the GUID of the subscription)")
        self.subscription_id = subscription_id
        self.host = host or os.environ.get(HOST_ENV) or DEFAULT_HOST
        self.timeout = timeout
        self.strict = strict
        self.conflict_timeout = conflict_timeout
        self.poll_schedule = poll_schedule or PollSchedule()
        if transport is None:
            if cert_file is None:
                raise ValueError("cert_file: is required unless a transport is given")
            from azure_asm_runtime.transport import Urllib3Transport

            transport = Urllib3Transport(
                cert_file,
                ca_bundle=ca_bundle or os.environ.get(CA_BUNDLE_ENV) or None,
                verify=verify,
                timeout=timeout,
            )
        self.transport: Transport = transport
        self._sleep: Callable[[float], None] = time.sleep

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(subscription_id={self.subscription_id!r}, host={self.host!r})"
        )

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
    ) -> HttpResponse:
        """Send a request; return the response or raise the matching `AsmHttpError`.

        A 409 saying another operation is still running on the resource is waited out (up to
        `conflict_timeout` seconds): ASM serialises writes per hosted service and deployment,
        and code like ``create_hosted_service(...); create_virtual_machine_deployment(...)``
        would otherwise fail at random.
        """
        all_headers = {"x-ms-version": x_ms_version}
        if method != "GET":
            all_headers["Content-Type"] = self.content_type
        if headers:
            all_headers.update(headers)
        request = HttpRequest(method, self._url(path, query), all_headers, body)
        deadline = time.monotonic() + self.conflict_timeout
        pause = 0.1
        redirects = 0
        while True:
            response = self.transport.send(request, self.timeout)
            logger.debug(
                "%s %s -> %d (request id %s)",
                method,
                request.url,
                response.status,
                response.header("x-ms-request-id"),
            )
            location = response.header("Location") if response.status == 307 else None
            if location and redirects < _MAX_REDIRECTS and _same_host(location, request.url):
                # ASM answers 307 while it moves a subscription between clusters.
                redirects += 1
                request = HttpRequest(method, location, all_headers, body)
                continue
            if 200 <= response.status < 300 and (not expect or response.status in expect):
                return response
            error = error_from_response(response)
            if _is_operation_in_progress(error) and time.monotonic() + pause < deadline:
                logger.debug("%s %s: resource busy, retrying in %.2fs", method, path, pause)
                self._sleep(pause * random.uniform(0.8, 1.2))
                pause = min(pause * 2, 5.0)
                continue
            raise error

    def _read(
        self, response: HttpResponse, reader: Callable[[etree._Element, DeserializeContext], T]
    ) -> T:
        return reader(parse_document(response.body), DeserializeContext(self.strict))

    def _async_operation(self, response: HttpResponse) -> AsyncOperation:
        request_id = response.header("x-ms-request-id")
        if not request_id:
            raise ResponseParseError("asynchronous operation answered without x-ms-request-id")
        return AsyncOperation(request_id, self._operation_status, self.poll_schedule)

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
    ) -> OperationStatusLike:
        """Poll an operation until it reaches `wait_for_status`, as the reference package did.

        Raises `OperationFailedError` if it fails and `OperationTimeoutError` after `timeout`
        seconds.
        """
        operation = AsyncOperation(
            request_id, self._operation_status, PollSchedule(sleep_interval, 1.0, sleep_interval)
        )
        final = operation.result(timeout, progress_callback)
        if final.status != wait_for_status:
            raise OperationFailedError(
                request_id,
                status=final.status or "Unknown",
                code=None,
                message=f"finished as {final.status}, not {wait_for_status}",
                http_status_code=final.http_status_code,
            )
        return final

    def perform_get(self, path: str, x_ms_version: str | None = None) -> HttpResponse:
        """GET any path of the API (e.g. one the spec does not describe yet); raw response."""
        return self._send("GET", path, x_ms_version=x_ms_version or self.x_ms_version)

    def perform_put(
        self, path: str, body: bytes | str | None = None, x_ms_version: str | None = None
    ) -> HttpResponse:
        return self._send(
            "PUT", path, x_ms_version=x_ms_version or self.x_ms_version, body=_bytes(body)
        )

    def perform_post(
        self, path: str, body: bytes | str | None = None, x_ms_version: str | None = None
    ) -> HttpResponse:
        return self._send(
            "POST", path, x_ms_version=x_ms_version or self.x_ms_version, body=_bytes(body)
        )

    def perform_delete(self, path: str, x_ms_version: str | None = None) -> HttpResponse:
        return self._send("DELETE", path, x_ms_version=x_ms_version or self.x_ms_version)


def _bytes(body: bytes | str | None) -> bytes | None:
    return body.encode("utf-8") if isinstance(body, str) else body
