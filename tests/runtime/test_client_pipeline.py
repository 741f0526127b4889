"""The request pipeline of ServiceClient: URLs, headers, error mapping, conflicts, redirects."""

from __future__ import annotations

import pytest

from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.errors import (
    ConflictError,
    ResourceNotFoundError,
    ResponseParseError,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse

ERROR = (
    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>{code}</Code>'
    "<Message>{message}</Message></Error>"
)
BUSY = ERROR.format(
    code="ConflictError",
    message="Windows Azure is currently performing an operation with x-ms-requestid abc on "
    "this hosted service that requires exclusive access.",
)


class ScriptedTransport:
    """Answers requests from a script and records them."""

    def __init__(self, *responses: HttpResponse) -> None:
        self.responses = list(responses)
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return self.responses.pop(0)


def response(status: int, body: str = "", **headers: str) -> HttpResponse:
    return HttpResponse(status, {k.replace("_", "-"): v for k, v in headers.items()}, body.encode())


def client(transport: ScriptedTransport, **options: object) -> ServiceClient:
    made = ServiceClient("sub-id", transport=transport, host="example.test", **options)  # type: ignore[arg-type]
    made._sleep = lambda seconds: None
    return made


def test_url_headers_and_query_are_built_from_the_arguments() -> None:
    transport = ScriptedTransport(response(200))
    client(transport)._send(
        "POST",
        "/sub-id/services/x",
        x_ms_version="2015-04-01",
        query=[("comp", "a b/c")],
        body=b"<x/>",
    )
    sent = transport.requests[0]
    assert sent.url == "https://example.test/sub-id/services/x?comp=a%20b/c"
    assert sent.headers["x-ms-version"] == "2015-04-01"
    assert sent.headers["Content-Type"] == "application/xml"
    assert sent.body == b"<x/>"


def test_get_carries_no_content_type() -> None:
    transport = ScriptedTransport(response(200))
    client(transport)._send("GET", "/sub-id/locations", x_ms_version="2014-10-01")
    assert "Content-Type" not in transport.requests[0].headers


def test_error_statuses_become_typed_errors_with_code_message_and_request_id() -> None:
    body = ERROR.format(code="ResourceNotFound", message="The hosted service does not exist.")
    transport = ScriptedTransport(response(404, body, x_ms_request_id="r1"))
    with pytest.raises(ResourceNotFoundError) as caught:
        client(transport)._send("GET", "/sub-id/services/hostedservices/x", x_ms_version="v")
    assert (caught.value.status, caught.value.code, caught.value.request_id) == (
        404,
        "ResourceNotFound",
        "r1",
    )
    assert caught.value.message == "The hosted service does not exist."


def test_operation_in_progress_conflicts_are_retried_until_the_resource_is_free() -> None:
    transport = ScriptedTransport(response(409, BUSY), response(409, BUSY), response(202))
    result = client(transport)._send("POST", "/sub-id/services/x", x_ms_version="v", body=b"")
    assert result.status == 202
    assert len(transport.requests) == 3


def test_other_conflicts_surface_at_once() -> None:
    taken = ERROR.format(code="ConflictError", message="The specified DNS name is already taken.")
    transport = ScriptedTransport(response(409, taken), response(202))
    with pytest.raises(ConflictError, match="already taken"):
        client(transport)._send("POST", "/sub-id/services/x", x_ms_version="v", body=b"")
    assert len(transport.requests) == 1


def test_conflict_waiting_is_bounded_by_conflict_timeout() -> None:
    transport = ScriptedTransport(*[response(409, BUSY)] * 5)
    with pytest.raises(ConflictError):
        client(transport, conflict_timeout=0.0)._send("POST", "/p", x_ms_version="v", body=b"")
    assert len(transport.requests) == 1


def test_redirects_are_followed_on_the_same_host_only() -> None:
    transport = ScriptedTransport(
        response(307, Location="https://example.test/other"), response(200, "ok")
    )
    assert client(transport)._send("GET", "/p", x_ms_version="v").body == b"ok"
    assert transport.requests[1].url == "https://example.test/other"

    elsewhere = ScriptedTransport(response(307, Location="https://evil.test/steal"))
    with pytest.raises(Exception, match="307"):
        client(elsewhere)._send("POST", "/p", x_ms_version="v", body=b"secret")
    assert len(elsewhere.requests) == 1


def test_async_operation_needs_a_request_id() -> None:
    made = client(ScriptedTransport())
    with pytest.raises(ResponseParseError, match="x-ms-request-id"):
        made._async_operation(response(202))
    assert made._async_operation(response(202, x_ms_request_id="abc")).request_id == "abc"


def test_configuration_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_ASM_HOST", "127.0.0.1:8443")
    made = ServiceClient("sub", transport=ScriptedTransport())
    assert made.host == "127.0.0.1:8443"
    assert made._url("/sub/locations") == "https://127.0.0.1:8443/sub/locations"


def test_missing_subscription_or_certificate_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="subscription_id"):
        ServiceClient("", transport=ScriptedTransport())
    with pytest.raises(ValueError, match="cert_file"):
        ServiceClient("sub")


def test_perform_helpers_send_raw_requests() -> None:
    transport = ScriptedTransport(response(200, "raw"), response(201))
    made = client(transport)
    assert made.perform_get("/sub-id/anything").body == b"raw"
    made.perform_put("/sub-id/anything", "<x>é</x>", x_ms_version="2015-01-01")
    assert transport.requests[1].body == "<x>é</x>".encode()
    assert transport.requests[1].headers["x-ms-version"] == "2015-01-01"


OPERATION = (
    '<Operation xmlns="http://schemas.microsoft.com/windowsazure"><ID>r1</ID>'
    "<Status>{status}</Status></Operation>"
)


def test_wait_for_operation_status_calls_the_reference_callbacks() -> None:
    from azure_asm import ServiceManagementService

    transport = ScriptedTransport(
        response(200, OPERATION.format(status="InProgress")),
        response(200, OPERATION.format(status="Succeeded")),
        response(200, OPERATION.format(status="Failed")),
    )
    made = ServiceManagementService("sub", transport=transport, host="example.test")
    successes: list[float] = []
    final = made.wait_for_operation_status(
        "r1", sleep_interval=0.01, success_callback=successes.append
    )
    assert final.status == "Succeeded" and len(successes) == 1
    failures: list[tuple[float, Exception]] = []
    final = made.wait_for_operation_status(
        "r1", sleep_interval=0.01, failure_callback=lambda t, e: failures.append((t, e))
    )
    assert final.status == "Failed"
    assert "Failed" in str(failures[0][1])
