"""`as_dict()` of list results: a JSON array of the items' dicts (issue 17), not `{}`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from azure_asm import (
    ConfigurationSets,
    Database,
    HostedService,
    HostedServiceProperties,
    HostedServices,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    ServiceBusNamespace,
    ServiceBusNamespaceFeed,
    ServiceManagementService,
    SqlDatabaseManagementService,
    Stubber,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.legacy import NamedList
from azure_asm_runtime.xmlcodec import ResultList, UnwrappedList


class NoNetwork:
    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        raise AssertionError("the stubber let a request through")


def services() -> list[HostedService]:
    return [
        HostedService(
            service_name="svc1",
            hosted_service_properties=HostedServiceProperties(
                label="one", location="West US", date_created=datetime(2024, 5, 1, tzinfo=UTC)
            ),
        ),
        HostedService(service_name="svc2", url="https://example.test/svc2"),
    ]


def test_a_named_list_result_is_a_list_of_its_items_dicts() -> None:
    client = ServiceManagementService("sub", transport=NoNetwork())
    with Stubber(client) as stubber:
        stubber.add_response("list_hosted_services", services())
        result = client.list_hosted_services()
    assert isinstance(result, NamedList) and isinstance(result, ResultList)

    data = result.as_dict()

    assert data == [item.as_dict() for item in result]
    assert [item["service_name"] for item in data] == ["svc1", "svc2"]
    assert data[0]["hosted_service_properties"]["date_created"] == "2024-05-01T00:00:00+00:00"
    assert "url" not in data[0]  # None left out, as a model's as_dict leaves it out
    assert json.loads(json.dumps(data)) == data
    assert result.hosted_services.as_dict() == data  # the reference's item attribute too


def test_keep_none_reaches_the_items() -> None:
    client = ServiceManagementService("sub", transport=NoNetwork())
    with Stubber(client) as stubber:
        stubber.add_response("list_hosted_services", services())
        result = client.list_hosted_services()
    assert result.as_dict(keep_none=True)[0]["url"] is None
    assert result.as_dict(keep_none=True) == [item.as_dict(keep_none=True) for item in result]


def test_an_empty_list_result_is_an_empty_array() -> None:
    client = ServiceManagementService("sub", transport=NoNetwork())
    with Stubber(client) as stubber:
        stubber.add_response("list_hosted_services", [])
        assert client.list_hosted_services().as_dict() == []


def test_a_plain_result_list_is_a_list_of_dicts() -> None:
    client = SqlDatabaseManagementService("sub", transport=NoNetwork())
    with Stubber(client) as stubber:
        stubber.add_response("list_databases", [Database(name="master", edition="Basic")])
        result = client.list_databases("server1")
    assert isinstance(result, ResultList) and not isinstance(result, NamedList)
    # Typed as what it is, so that `mypy --strict` sees `as_dict()` on it too.
    assert SqlDatabaseManagementService.list_databases.__annotations__["return"] == (
        "ResultList[Database]"
    )
    data: Any = result.as_dict()
    assert data == [{**Database(name="master", edition="Basic").as_dict()}]
    assert data[0]["name"] == "master"


def test_an_unwrapped_feed_is_the_list_of_its_descriptions() -> None:
    namespace = ServiceBusNamespace(name="ns1", region="West US")
    result: UnwrappedList[ServiceBusNamespace, ServiceBusNamespaceFeed] = UnwrappedList(
        ServiceBusNamespaceFeed(title="feed")
    )
    result.append(namespace)
    data = result.as_dict()
    assert data == [{"name": "ns1", "region": "West US"}]
    assert "feed" not in json.dumps(data)  # the items, not the document around them


def test_a_model_holding_a_list_class_shows_it_as_an_array() -> None:
    service = services()[0]
    assert isinstance(service.deployments, NamedList)
    assert service.as_dict(keep_none=True)["deployments"] == []


def test_a_list_class_reads_its_as_dict_back() -> None:
    client = ServiceManagementService("sub", transport=NoNetwork())
    with Stubber(client) as stubber:
        stubber.add_response("list_hosted_services", services())
        result = client.list_hosted_services()
    again = type(result).from_dict(json.loads(json.dumps(result.as_dict())))
    assert type(again) is type(result) and again == result
    assert again[0].hosted_service_properties is not None
    assert again[0].hosted_service_properties.date_created == datetime(2024, 5, 1, tzinfo=UTC)


def test_a_list_of_a_union_reads_each_item_as_its_kind() -> None:
    sets = ConfigurationSets(
        [
            LinuxConfigurationSet("host", "user", "Passw0rd!", True),
            NetworkConfigurationSet(subnet_names=["a"]),
        ]
    )
    again = ConfigurationSets.from_dict(sets.as_dict())
    assert [type(item) for item in again] == [LinuxConfigurationSet, NetworkConfigurationSet]
    assert again == sets


def test_bad_list_data_is_a_value_error_naming_the_item() -> None:
    with pytest.raises(ValueError, match="HostedServices: expected a list"):
        HostedServices.from_dict({"service_name": "svc"})
    with pytest.raises(ValueError, match=r"HostedServices\[1\]: HostedService has no attribute"):
        HostedServices.from_dict([{"service_name": "a"}, {"nme": "b"}])
    with pytest.raises(ValueError, match="declares no item type"):
        ResultList.from_dict([])
    with pytest.raises(ValueError, match="without it"):
        UnwrappedList.from_dict([])
