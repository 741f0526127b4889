"""`get_operation_status` and `wait_for_operation_status` on every client (issue 11).

The reference package defines both on the base class of its five clients, so legacy code polls
an operation of the Websites or Scheduler client (or, needlessly, of the Service Bus or SQL
one) through that client. Operation names are global in the spec, so each client's status
operation has a name of its own (`get_website_operation_status`...); the clients also answer
to the reference's name.
"""

from __future__ import annotations

import inspect
import typing

import pytest

import azure_asm
from azure_asm import HttpRequest, HttpResponse, Operation

legacy = pytest.importorskip("azure.servicemanagement")

CLIENTS = [
    "ServiceManagementService",
    "ServiceBusManagementService",
    "SqlDatabaseManagementService",
    "WebsiteManagementService",
    "SchedulerManagementService",
]

STATUS = (
    b'<Operation xmlns="http://schemas.microsoft.com/windowsazure">'
    b"<ID>abc</ID><Status>Succeeded</Status><HttpStatusCode>200</HttpStatusCode></Operation>"
)


class Recording:
    def __init__(self) -> None:
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(200, {}, STATUS)


@pytest.mark.parametrize("client", CLIENTS)
def test_every_client_has_the_reference_status_methods(client: str) -> None:
    ours = getattr(azure_asm, client)
    theirs = getattr(legacy, client)
    for method in ("get_operation_status", "wait_for_operation_status"):
        expected = list(inspect.signature(getattr(theirs, method)).parameters)
        assert list(inspect.signature(getattr(ours, method)).parameters) == expected, method
    assert typing.get_type_hints(ours.get_operation_status)["return"] is Operation


@pytest.mark.parametrize("client", CLIENTS)
def test_get_operation_status_reads_the_subscription_operation(client: str) -> None:
    transport = Recording()
    service = getattr(azure_asm, client)("sub", transport=transport)
    status = service.get_operation_status("abc")
    assert isinstance(status, Operation)
    assert (status.id, status.status, status.http_status_code) == ("abc", "Succeeded", 200)
    [request] = transport.requests
    assert request.method == "GET" and request.url.endswith("/sub/operations/abc")


@pytest.mark.parametrize("client", CLIENTS)
def test_wait_for_operation_status_polls_through_the_client(client: str) -> None:
    transport = Recording()
    service = getattr(azure_asm, client)("sub", transport=transport)
    elapsed: list[float] = []
    final = service.wait_for_operation_status(
        "abc", timeout=5, sleep_interval=0.01, success_callback=elapsed.append
    )
    assert final.status == "Succeeded" and len(elapsed) == 1
    assert all(r.url.endswith("/sub/operations/abc") for r in transport.requests)
