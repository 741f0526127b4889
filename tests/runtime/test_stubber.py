"""Stubber: typed answers queued per operation, the whole client pipeline running on them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import azure_asm
from azure_asm import (
    HostedService,
    HostedServiceProperties,
    Location,
    OperationFailedError,
    ResourceNotFoundError,
    RetryPolicy,
    ServerError,
    ServiceManagementService,
    SqlDatabaseManagementService,
    StorageService,
    StubAssertionError,
    Stubber,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.stubber import ANY, NoNetwork
from azure_asm_runtime.stubber import Stubber as RuntimeStubber


class Unreachable:
    """The client's own transport: a stubbed client must never reach it."""

    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append(request)
        raise AssertionError("the stubber let a request through")


def make_client(**options: Any) -> ServiceManagementService:
    client = ServiceManagementService("sub", transport=Unreachable(), **options)
    client._sleep = lambda seconds: None
    return client


def test_importable_from_azure_asm_and_the_runtime() -> None:
    assert azure_asm.Stubber is RuntimeStubber
    assert issubclass(StubAssertionError, AssertionError)


def test_a_typed_list_response_is_parsed_back_by_the_client() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response("list_locations", [Location(name="West US"), Location(name="a&b")])
        locations = client.list_locations()
        stubber.assert_no_pending_responses()
    assert [location.name for location in locations] == ["West US", "a&b"]
    assert type(locations).__name__ == "Locations"


def test_a_typed_model_response_and_the_expected_parameters() -> None:
    client = make_client()
    service = HostedService(
        service_name="svc",
        hosted_service_properties=HostedServiceProperties(label="my label", location="West US"),
    )
    with Stubber(client) as stubber:
        stubber.add_response(
            "get_hosted_service_properties",
            service,
            expected_params={"service_name": "svc", "embed_detail": True},
        )
        got = client.get_hosted_service_properties("svc", embed_detail=True)
    assert got == service


def test_a_client_error_raises_the_typed_error() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_client_error(
            "get_storage_account_properties",
            status=404,
            code="ResourceNotFound",
            message="The storage account 'missing' was not found.",
            expected_params={"service_name": "missing"},
            request_id="req-404",
        )
        with pytest.raises(ResourceNotFoundError) as raised:
            client.get_storage_account_properties("missing")
    assert raised.value.code == "ResourceNotFound"
    assert raised.value.message == "The storage account 'missing' was not found."
    assert raised.value.request_id == "req-404"
    assert raised.value.attempts == 1


def test_server_errors_are_not_retried_while_stubbed_unless_asked() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_client_error("list_locations", status=500, code="InternalError", message="x")
        with pytest.raises(ServerError):
            client.list_locations()
        stubber.assert_no_pending_responses()
    retrying = make_client(retry=RetryPolicy(max_attempts=3))
    with Stubber(retrying, retries=True) as stubber:
        stubber.add_client_error("list_locations", status=503, code="ServerBusy", message="busy")
        stubber.add_response("list_locations", [Location(name="West US")])
        assert [location.name for location in retrying.list_locations()] == ["West US"]


def test_an_asynchronous_operation_succeeds_when_polled() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response(
            "create_hosted_service",
            expected_params={"service_name": "svc", "label": "my label", "location": "West US"},
            request_id="op-1",
        )
        operation = client.create_hosted_service("svc", "my label", location="West US")
        assert operation.request_id == "op-1"
        assert operation.result().status == "Succeeded"
        assert client.get_operation_status("op-1").status == "Succeeded"
        stubber.assert_no_pending_responses()


def test_an_asynchronous_operation_can_be_made_to_fail() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_operation_failure(
            "delete_hosted_service",
            code="ConflictError",
            message="It has deployments.",
            http_status=409,
        )
        operation = client.delete_hosted_service("svc")
        with pytest.raises(OperationFailedError) as raised:
            operation.result()
    assert raised.value.code == "ConflictError"
    assert raised.value.message == "It has deployments."
    assert raised.value.http_status_code == 409


def test_another_operation_than_expected_names_both() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response("list_locations", [])
        with pytest.raises(StubAssertionError) as raised:
            client.list_storage_accounts()
    assert str(raised.value) == (
        "expected a call of list_locations (GET /{subscription_id}/locations), got "
        "list_storage_accounts (GET /sub/services/storageservices)"
    )
    with pytest.raises(StubAssertionError, match="1 responses not used: list_locations"):
        stubber.assert_no_pending_responses()


def test_a_call_with_nothing_queued_is_unexpected() -> None:
    client = make_client()
    with Stubber(client), pytest.raises(StubAssertionError) as raised:
        client.get_storage_account_properties("acct")
    assert str(raised.value) == (
        "unexpected call get_storage_account_properties "
        "(GET /sub/services/storageservices/acct): no response is queued"
    )


def test_the_operation_called_is_told_apart_by_its_query() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response("list_locations", [])
        with pytest.raises(StubAssertionError, match=r"got delete_hosted_service \(DELETE "):
            client.delete_hosted_service("svc", complete=True)


def test_other_path_values_are_reported() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response(
            "get_storage_account_properties",
            StorageService(service_name="a"),
            expected_params={"service_name": "a"},
        )
        with pytest.raises(StubAssertionError) as raised:
            client.get_storage_account_properties("b")
    assert str(raised.value) == (
        "get_storage_account_properties called with other parameters than expected "
        "(GET /sub/services/storageservices/b): path: expected /sub/services/storageservices/a"
    )


def test_other_query_values_are_reported() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response("delete_hosted_service", expected_params={"service_name": "svc"})
        with pytest.raises(
            StubAssertionError, match=r"query: expected \[\], sent \[\('comp', 'media'\)\]"
        ):
            client.delete_hosted_service("svc", complete=True)


def test_other_body_fields_are_named_without_their_values() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response(
            "create_hosted_service",
            expected_params={
                "service_name": "svc",
                "label": "expected-label",
                "location": "West US",
            },
        )
        with pytest.raises(StubAssertionError) as raised:
            client.create_hosted_service("svc", "sent-label", location="West US")
    assert str(raised.value).endswith("body fields differ: label")
    assert "expected-label" not in str(raised.value) and "sent-label" not in str(raised.value)


def test_any_accepts_whatever_a_path_parameter_is_given() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        for _ in range(2):
            stubber.add_response(
                "get_storage_account_properties",
                StorageService(service_name="a"),
                expected_params={"service_name": ANY},
            )
        assert client.get_storage_account_properties("first").service_name == "a"
        assert client.get_storage_account_properties("second").service_name == "a"
        stubber.assert_no_pending_responses()


def test_any_for_a_body_member_still_checks_the_other_parameters() -> None:
    client = make_client()
    expected = {"service_name": "svc", "label": ANY, "location": "West US"}
    with Stubber(client) as stubber:
        stubber.add_response("create_hosted_service", expected_params=expected)
        stubber.add_response("create_hosted_service", expected_params=expected)
        client.create_hosted_service("svc", "any label at all", location="West US").result()
        with pytest.raises(StubAssertionError) as raised:
            client.create_hosted_service("svc", "another", location="North Europe")
    assert str(raised.value).endswith("body fields differ: location")


def test_any_for_required_parameters_reads_them_from_the_request() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response(
            "create_hosted_service",
            expected_params={"service_name": ANY, "label": ANY, "affinity_group": "group1"},
        )
        stubber.add_response(
            "create_hosted_service",
            expected_params={"service_name": ANY, "label": ANY, "affinity_group": "group1"},
        )
        client.create_hosted_service("svc1", "one", affinity_group="group1")
        with pytest.raises(StubAssertionError, match="body fields differ: affinity_group"):
            client.create_hosted_service("svc2", "two", affinity_group="group2")


def test_any_for_a_query_parameter_leaves_the_query_unchecked() -> None:
    client = make_client()
    with Stubber(client) as stubber:
        for _ in range(3):
            stubber.add_response(
                "delete_hosted_service", expected_params={"service_name": "svc", "complete": ANY}
            )
        client.delete_hosted_service("svc", complete=True)
        client.delete_hosted_service("svc")
        with pytest.raises(
            StubAssertionError, match="path: expected /sub/services/hostedservices/svc"
        ):
            client.delete_hosted_service("other", complete=True)


def test_without_any_every_parameter_counts() -> None:
    """The default is botocore's: parameters left out mean their defaults, not "anything"."""
    client = make_client()
    with Stubber(client) as stubber:
        stubber.add_response("delete_hosted_service", expected_params={"service_name": "svc"})
        with pytest.raises(StubAssertionError, match="query"):
            client.delete_hosted_service("svc", complete=True)


def test_any_for_an_unknown_parameter_is_refused_when_queued() -> None:
    client = make_client()
    with Stubber(client) as stubber, pytest.raises(TypeError, match="no parameter servce_name"):
        stubber.add_response("delete_hosted_service", expected_params={"servce_name": ANY})
    assert repr(ANY) == "ANY"


def test_secrets_of_a_differing_body_never_appear() -> None:
    sql = SqlDatabaseManagementService("sub", transport=Unreachable())
    with Stubber(sql) as stubber:
        stubber.add_response(
            "set_server_admin_password",
            expected_params={"server_name": "srv", "admin_password": "Expected-Secret-1"},
        )
        with pytest.raises(StubAssertionError) as raised:
            sql.set_server_admin_password("srv", "Sent-Secret-2")
    assert "Secret" not in str(raised.value)
    assert "Secret" not in repr(raised.value)


def test_wrong_response_types_are_refused_when_queued() -> None:
    stubber = Stubber(make_client())
    with pytest.raises(TypeError, match="list_locations: response must be a list of Location"):
        stubber.add_response("list_locations", Location(name="West US"))
    with pytest.raises(TypeError, match="response items must be Location, not StorageService"):
        stubber.add_response("list_locations", [StorageService(service_name="x")])
    with pytest.raises(TypeError, match="must be a StorageService, not Location"):
        stubber.add_response("get_storage_account_properties", Location(name="x"))
    with pytest.raises(TypeError, match="create_hosted_service: is asynchronous"):
        stubber.add_response("create_hosted_service", Location(name="x"))


def test_bad_expected_params_are_refused_when_queued() -> None:
    stubber = Stubber(make_client())
    with pytest.raises(TypeError):
        stubber.add_response("list_locations", [], expected_params={"nonsense": 1})
    with pytest.raises(ValueError, match="label") as raised:
        stubber.add_response(
            "create_hosted_service",
            expected_params={"service_name": "svc", "label": "x" * 101, "location": "West US"},
        )
    assert "in expected_params of create_hosted_service" in raised.value.__notes__


def test_unknown_operations_and_operations_of_another_client_are_refused() -> None:
    stubber = Stubber(make_client())
    with pytest.raises(ValueError, match="has no operation 'list_nothing'"):
        stubber.add_response("list_nothing")
    with pytest.raises(ValueError, match="has no operation 'create_server'"):
        stubber.add_response("create_server")


def test_deactivating_gives_the_client_its_transport_and_retry_policy_back() -> None:
    client = make_client()
    transport, retry = client.transport, client.retry
    stubber = Stubber(client)
    stubber.activate()
    assert client.transport is stubber and client.retry is not retry
    with pytest.raises(RuntimeError, match="already active"):
        stubber.activate()
    stubber.deactivate()
    assert client.transport is transport and client.retry is retry


def test_the_readme_example_runs() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Stubbing calls without a server: `Stubber`", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match
    namespace: dict[str, Any] = {}
    exec(compile(match.group(1), "README.md", "exec"), namespace)  # as written: no certificate
    assert isinstance(namespace["sms"].transport, NoNetwork)  # the stubber gave it back


def test_a_no_network_client_refuses_to_send_unless_stubbed() -> None:
    client = ServiceManagementService("sub", transport=NoNetwork())
    with pytest.raises(StubAssertionError, match="no Stubber is active"):
        client.list_locations()
