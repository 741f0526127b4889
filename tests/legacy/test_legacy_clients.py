"""The reference package's client constructors, attributes and helpers keep working (issue 11)."""

from __future__ import annotations

import importlib
import inspect
import io
from pathlib import Path
from typing import Any

import pytest
import requests
import trustme
from requests.adapters import HTTPAdapter

import azure_asm
import azure_asm.models
from azure_asm import (
    NO_RETRY,
    AsynchronousOperationResult,
    AsyncOperation,
    HttpRequest,
    HttpResponse,
    SchedulerManagementService,
    ServiceBusManagementService,
    ServiceManagementService,
    SqlDatabaseManagementService,
    WebsiteManagementService,
)
from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.session_transport import RequestsSessionTransport
from azure_asm_runtime.transport import Urllib3Transport

CLIENTS: list[type[ServiceClient]] = [
    ServiceManagementService,
    ServiceBusManagementService,
    SqlDatabaseManagementService,
    WebsiteManagementService,
    SchedulerManagementService,
]
REFERENCE_MODULES = {
    "ServiceManagementService": "servicemanagementservice",
    "ServiceBusManagementService": "servicebusmanagementservice",
    "SqlDatabaseManagementService": "sqldatabasemanagementservice",
    "WebsiteManagementService": "websitemanagementservice",
    "SchedulerManagementService": "schedulermanagementservice",
}
ENVIRONMENT = (
    "AZURE_ASM_SUBSCRIPTION_ID",
    "AZURE_ASM_CERT_FILE",
    "AZURE_MANAGEMENT_SUBSCRIPTIONID",
    "AZURE_MANAGEMENT_CERTFILE",
    "AZURE_ASM_HOST",
    "AZURE_ASM_CA_BUNDLE",
    # requests lets these override a session's own `verify`
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def pem(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PEM file holding a certificate and its private key, as the reference wanted."""
    path = tmp_path_factory.mktemp("cert") / "mycert.pem"
    trustme.CA().issue_cert("client").private_key_and_cert_chain_pem.write_to_path(str(path))
    return str(path)


class Recorder:
    """A transport that records requests and their timeouts and answers 200 with `body`."""

    def __init__(self, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.body = body
        self.headers = headers or {}
        self.sent: list[tuple[HttpRequest, float | None]] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append((request, timeout))
        return HttpResponse(200, self.headers, self.body)


# --- constructors ---------------------------------------------------------------------------


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_constructor_parameters_are_the_reference_ones_in_its_order(
    cls: type[ServiceClient],
) -> None:
    module = importlib.import_module(f"azure.servicemanagement.{REFERENCE_MODULES[cls.__name__]}")
    reference = inspect.signature(getattr(module, cls.__name__).__init__)
    ours = inspect.signature(cls.__init__)
    reference_params = list(reference.parameters.values())[1:]
    our_params = list(ours.parameters.values())[1 : 1 + len(reference_params)]
    assert [p.name for p in our_params] == [p.name for p in reference_params]
    for mine, theirs in zip(our_params, reference_params, strict=True):
        assert mine.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        # Our `host` default is None: AZURE_ASM_HOST, then the same public endpoint.
        if mine.name != "host":
            assert mine.default == theirs.default, mine.name
    extras = list(ours.parameters.values())[1 + len(reference_params) :]
    assert extras and all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in extras)


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_positional_call_sets_host_and_timeout(cls: type[ServiceClient], pem: str) -> None:
    client = cls("sub", pem, "example.test:8443", None, 12)
    assert (client.subscription_id, client.cert_file, client.host) == (
        "sub",
        pem,
        "example.test:8443",
    )
    assert client.timeout == 12
    assert client.request_session is None
    assert isinstance(client.transport, Urllib3Transport)
    assert cls("sub", pem).host == azure_asm.MANAGEMENT_HOST == "management.core.windows.net"
    assert cls("sub", pem).timeout == azure_asm.DEFAULT_HTTP_TIMEOUT == 65


def test_timeout_is_sent_with_every_request() -> None:
    recorder = Recorder(b'<RoleSizes xmlns="http://schemas.microsoft.com/windowsazure"/>')
    sms = ServiceManagementService("sub", None, "h", None, 7, transport=recorder)
    sms.list_role_sizes()
    sms.timeout = 3  # the reference's timeout was a settable property
    sms.list_role_sizes()
    assert [timeout for _, timeout in recorder.sent] == [7, 3]
    assert recorder.sent[0][0].url == "https://h/sub/rolesizes"


def test_our_keyword_options_still_work(pem: str) -> None:
    recorder = Recorder()
    client = ServiceManagementService("sub", transport=recorder, strict=True, retry=NO_RETRY)
    assert client.transport is recorder and client.strict and client.retry is NO_RETRY
    with_key = ServiceManagementService("sub", pem, key_file=None, timeout=5, pool_maxsize=2)
    assert with_key.timeout == 5


@pytest.mark.parametrize("timeout", [0, -1, "65", True])
def test_invalid_timeout_is_refused_naming_it(timeout: Any) -> None:
    with pytest.raises((ValueError, TypeError), match="timeout: must be a .*number of seconds"):
        ServiceManagementService("sub", transport=Recorder(), timeout=timeout)


# --- credentials from the environment ------------------------------------------------------


def test_the_reference_environment_variables_are_enough(
    monkeypatch: pytest.MonkeyPatch, pem: str
) -> None:
    monkeypatch.setenv("AZURE_MANAGEMENT_SUBSCRIPTIONID", "legacy-sub")
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", pem)
    for cls in CLIENTS:
        client = cls()
        assert (client.subscription_id, client.cert_file) == ("legacy-sub", pem)


def test_our_variables_win_over_the_reference_ones_and_arguments_over_both(
    monkeypatch: pytest.MonkeyPatch, pem: str, tmp_path: Path
) -> None:
    other = tmp_path / "other.pem"
    other.write_bytes(Path(pem).read_bytes())
    monkeypatch.setenv("AZURE_MANAGEMENT_SUBSCRIPTIONID", "legacy-sub")
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", str(other))
    monkeypatch.setenv("AZURE_ASM_SUBSCRIPTION_ID", "our-sub")
    monkeypatch.setenv("AZURE_ASM_CERT_FILE", pem)
    client = ServiceManagementService()
    assert (client.subscription_id, client.cert_file) == ("our-sub", pem)
    explicit = ServiceManagementService("given-sub", str(other))
    assert (explicit.subscription_id, explicit.cert_file) == ("given-sub", str(other))


def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch, pem: str) -> None:
    monkeypatch.setenv("AZURE_ASM_SUBSCRIPTION_ID", "")
    monkeypatch.setenv("AZURE_MANAGEMENT_SUBSCRIPTIONID", "legacy-sub")
    monkeypatch.setenv("AZURE_ASM_CERT_FILE", "")
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", pem)
    client = ServiceManagementService()
    assert (client.subscription_id, client.cert_file) == ("legacy-sub", pem)


def test_missing_credentials_name_the_argument_and_the_variables() -> None:
    with pytest.raises(ValueError, match="subscription_id: .*AZURE_MANAGEMENT_SUBSCRIPTIONID"):
        ServiceManagementService()
    with pytest.raises(ValueError, match="cert_file: .*AZURE_ASM_CERT_FILE"):
        ServiceManagementService("sub")


# --- request_session -------------------------------------------------------------------------


class CannedAdapter(HTTPAdapter):
    """A requests adapter that answers without a network and records what it was asked."""

    def __init__(
        self, body: bytes, headers: dict[str, str] | None = None, status: int = 200
    ) -> None:
        super().__init__()
        self.body = body
        self.headers = headers or {}
        self.status = status
        self.calls: list[tuple[requests.PreparedRequest, dict[str, Any]]] = []

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        self.calls.append((request, kwargs))
        response = requests.Response()
        response.status_code = self.status
        response.headers.update(self.headers)
        response.raw = io.BytesIO(self.body)  # streamed, as from a connection
        response.url = request.url or ""
        response.request = request
        return response


LOCATIONS = (
    b'<Locations xmlns="http://schemas.microsoft.com/windowsazure">'
    b"<Location><Name>West US</Name><DisplayName>West US</DisplayName></Location></Locations>"
)


def test_request_session_sends_every_request_with_its_settings() -> None:
    session = requests.Session()
    adapter = CannedAdapter(LOCATIONS)
    session.mount("https://", adapter)
    session.cert = "/path/of/session.pem"
    session.verify = "/path/of/ca.pem"
    session.proxies = {"https": "http://proxy.test:3128"}
    session.headers["X-Custom"] = "kept"
    sms = ServiceManagementService("sub", None, "example.test", session, 21)
    assert sms.request_session is session
    assert isinstance(sms.transport, RequestsSessionTransport)
    locations = sms.list_locations()
    assert [location.name for location in locations] == ["West US"]
    prepared, options = adapter.calls[0]
    assert prepared.url == "https://example.test/sub/locations"
    assert prepared.headers["X-Custom"] == "kept"
    assert prepared.headers["x-ms-version"] == sms.x_ms_version
    assert options["cert"] == "/path/of/session.pem"
    assert options["verify"] == "/path/of/ca.pem"
    assert options["proxies"]["https"] == "http://proxy.test:3128"
    assert options["timeout"] == 21


def test_cert_file_and_ca_bundle_fill_in_a_session_without_them() -> None:
    session = requests.Session()
    adapter = CannedAdapter(LOCATIONS)
    session.mount("https://", adapter)
    sms = ServiceManagementService(
        "sub", "/path/of/mycert.pem", "example.test", session, ca_bundle="/path/of/ca.pem"
    )
    sms.list_locations()
    _, options = adapter.calls[0]
    assert options["cert"] == "/path/of/mycert.pem"
    assert options["verify"] == "/path/of/ca.pem"


def test_request_session_does_not_follow_redirects_itself() -> None:
    session = requests.Session()
    adapter = CannedAdapter(b"", {"Location": "https://elsewhere.test/x"}, status=307)
    session.mount("https://", adapter)
    transport = RequestsSessionTransport(session)
    response = transport.send(HttpRequest("GET", "https://example.test/sub/x", {}, None))
    # The 307 comes back to the client, which follows only same-host https redirects.
    assert response.status == 307 and response.header("location") == "https://elsewhere.test/x"
    assert len(adapter.calls) == 1


def test_request_session_bodies_are_bounded() -> None:
    session = requests.Session()
    session.mount("https://", CannedAdapter(b"x" * 100))
    transport = RequestsSessionTransport(session, max_response_bytes=10)
    with pytest.raises(azure_asm.ResponseParseError, match="larger than 10 bytes"):
        transport.send(HttpRequest("GET", "https://example.test/sub/x", {}, None))


def test_request_session_network_faults_are_sdk_errors() -> None:
    class Failing(HTTPAdapter):
        def send(self, request: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
            raise requests.exceptions.ConnectTimeout("slow")

    session = requests.Session()
    session.mount("https://", Failing())
    sms = ServiceManagementService("sub", request_session=session, retry=NO_RETRY)
    with pytest.raises(azure_asm.AsmConnectError):
        sms.list_locations()


def test_request_session_conflicts_are_named_errors() -> None:
    session = requests.Session()
    with pytest.raises(ValueError, match="request_session: cannot be combined with transport"):
        ServiceManagementService("sub", request_session=session, transport=Recorder())
    with pytest.raises(ValueError, match="request_session: cannot be combined with key_file"):
        ServiceManagementService("sub", request_session=session, key_file="k.pem")
    with pytest.raises(TypeError, match="request_session: must be a requests.Session"):
        ServiceManagementService("sub", request_session=object())


def test_request_session_needs_no_certificate_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", "/not/read/with/a/session.pem")
    sms = ServiceManagementService("sub", request_session=requests.Session())
    assert sms.cert_file is None  # as in the reference: the session authenticates


# --- attributes and helpers of the reference client ----------------------------------------


def test_reference_attributes(pem: str) -> None:
    sms = ServiceManagementService("sub", pem)
    assert sms.requestid is None
    assert sms.x_ms_version == "2014-10-01"
    assert sms.content_type == "application/atom+xml;type=entry;charset=utf-8"
    sql = SqlDatabaseManagementService("sub", pem)
    assert sql.content_type == "application/xml"


def test_with_filter_sees_and_changes_requests() -> None:
    recorder = Recorder(b'<RoleSizes xmlns="http://schemas.microsoft.com/windowsazure"/>')
    sms = ServiceManagementService("sub", transport=recorder)
    seen: list[str] = []

    def tag(request: HttpRequest, send: Any) -> HttpResponse:
        seen.append(request.url)
        response: HttpResponse = send(
            HttpRequest(request.method, request.url, {**request.headers, "X-Tag": "1"}, None)
        )
        return response

    def outer(request: HttpRequest, send: Any) -> HttpResponse:
        seen.append("outer")
        response: HttpResponse = send(request)
        return response

    filtered = sms.with_filter(tag).with_filter(outer)
    assert filtered is not sms and sms.transport is recorder
    filtered.list_role_sizes()
    assert seen == ["outer", "https://management.core.windows.net/sub/rolesizes"]
    assert recorder.sent[0][0].headers["X-Tag"] == "1"
    with pytest.raises(TypeError, match="filter: must be callable"):
        sms.with_filter("nope")  # type: ignore[arg-type]


def test_set_proxy_on_a_custom_transport_is_a_named_error() -> None:
    sms = ServiceManagementService("sub", transport=Recorder())
    with pytest.raises(NotImplementedError, match="set_proxy: the transport Recorder .*"):
        sms.set_proxy("proxy.test", 3128)


def test_set_proxy_with_a_request_session_sets_its_https_proxy() -> None:
    session = requests.Session()
    sms = ServiceManagementService("sub", None, "example.test", session)
    # Through a copy made by with_filter too: they share the transport.
    sms.with_filter(lambda request, send: send(request)).set_proxy(
        "proxy.test", "3128", "me", "p@ss:w"
    )
    assert session.proxies["https"] == "http://me:p%40ss%3Aw@proxy.test:3128"
    with pytest.raises(ValueError, match="port: must be an integer"):
        sms.set_proxy("proxy.test", 70000)


def test_perform_get_keeps_working() -> None:
    recorder = Recorder(b"<x/>")
    sms = ServiceManagementService("sub", transport=recorder)
    response = sms.perform_get("/sub/services/hostedservices")
    assert response.body == b"<x/>"
    assert recorder.sent[0][0].headers["x-ms-version"] == "2014-10-01"


# --- asynchronous results -------------------------------------------------------------------


def test_asynchronous_operations_return_an_asynchronous_operation_result() -> None:
    class Accepting:
        def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
            return HttpResponse(202, {"x-ms-request-id": "abc"}, b"")

    sms = ServiceManagementService("sub", transport=Accepting())
    result = sms.delete_hosted_service("svc")
    assert isinstance(result, AsyncOperation)
    assert isinstance(result, AsynchronousOperationResult)
    assert result and result.request_id == "abc"
    assert azure_asm.models.AsynchronousOperationResult is AsynchronousOperationResult
    assert AsynchronousOperationResult("r").request_id == "r"
    assert AsynchronousOperationResult().request_id is None


def test_get_operation_status_has_the_reference_attributes() -> None:
    body = (
        b'<Operation xmlns="http://schemas.microsoft.com/windowsazure"><ID>abc</ID>'
        b"<Status>Failed</Status><HttpStatusCode>409</HttpStatusCode>"
        b"<Error><Code>ConflictError</Code><Message>taken</Message></Error></Operation>"
    )
    sms = ServiceManagementService("sub", transport=Recorder(body))
    status = sms.get_operation_status("abc")
    assert (status.id, status.status, status.http_status_code) == ("abc", "Failed", 409)
    assert status.error is not None
    assert (status.error.code, status.error.message) == ("ConflictError", "taken")


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_public_attributes_are_those_of_the_reference(cls: type[ServiceClient]) -> None:
    module = importlib.import_module(f"azure.servicemanagement.{REFERENCE_MODULES[cls.__name__]}")
    session = requests.Session()
    reference = getattr(module, cls.__name__)("sub", "c.pem", "h.test", session, 30)
    ours = cls("sub", "c.pem", "h.test", session, 30)
    public = [name for name in vars(reference) if not name.startswith("_")]
    assert sorted(public) == sorted(
        [
            "requestid",
            "subscription_id",
            "cert_file",
            "host",
            "request_session",
            "x_ms_version",
            "content_type",
        ]
    )
    for name in [*public, "timeout"]:
        assert getattr(ours, name) == getattr(reference, name), name
