"""List operations return the reference package's list classes (issue 11).

`sms.list_storage_accounts()` is a `StorageServices`: a real `list` of `StorageService` whose
items are also reached as `.storage_services`, as in azure-servicemanagement-legacy.
"""

from __future__ import annotations

import textwrap
import typing
from pathlib import Path

import pytest

import azure_asm
import azure_asm.models
from azure_asm import (
    HostedService,
    HostedServices,
    HttpRequest,
    HttpResponse,
    ServiceManagementService,
    StorageService,
    StorageServices,
)
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.legacy import NamedList, WindowsAzureData
from codegen.loader import SpecError, load_spec
from tests.unit.beyond_reference import BEYOND_REFERENCE

#: Every list operation whose reference counterpart returns a list class: (client, operation)
#: -> (class, item attribute), as azure-servicemanagement-legacy 0.20.8 has them.
REFERENCE_LIST_CLASSES: dict[tuple[str, str], tuple[str, str]] = {
    ("ServiceManagementService", "list_role_sizes"): ("RoleSizes", "role_sizes"),
    ("ServiceManagementService", "list_subscriptions"): ("Subscriptions", "subscriptions"),
    ("ServiceManagementService", "list_storage_accounts"): ("StorageServices", "storage_services"),
    ("ServiceManagementService", "list_hosted_services"): ("HostedServices", "hosted_services"),
    ("ServiceManagementService", "list_service_certificates"): ("Certificates", "certificates"),
    ("ServiceManagementService", "list_management_certificates"): (
        "SubscriptionCertificates",
        "subscription_certificates",
    ),
    ("ServiceManagementService", "list_affinity_groups"): ("AffinityGroups", "affinity_groups"),
    ("ServiceManagementService", "list_locations"): ("Locations", "locations"),
    ("ServiceManagementService", "list_operating_systems"): (
        "OperatingSystems",
        "operating_systems",
    ),
    ("ServiceManagementService", "list_operating_system_families"): (
        "OperatingSystemFamilies",
        "operating_system_families",
    ),
    ("ServiceManagementService", "list_reserved_ip_addresses"): ("ReservedIPs", "reserved_ips"),
    ("ServiceManagementService", "list_resource_extensions"): (
        "ResourceExtensions",
        "resource_extensions",
    ),
    ("ServiceManagementService", "list_resource_extension_versions"): (
        "ResourceExtensions",
        "resource_extensions",
    ),
    ("ServiceManagementService", "list_vm_images"): ("VMImages", "vm_images"),
    ("ServiceManagementService", "list_os_images"): ("Images", "images"),
    ("ServiceManagementService", "list_disks"): ("Disks", "disks"),
    ("ServiceManagementService", "list_virtual_network_sites"): (
        "VirtualNetworkSites",
        "virtual_network_sites",
    ),
    ("SqlDatabaseManagementService", "list_servers"): ("Servers", "server"),
    ("WebsiteManagementService", "list_webspaces"): ("WebSpaces", "web_space"),
    ("WebsiteManagementService", "list_sites"): ("Sites", "site"),
    ("WebsiteManagementService", "get_historical_usage_metrics"): (
        "MetricResponses",
        "metric_response",
    ),
    ("WebsiteManagementService", "get_metric_definitions"): (
        "MetricDefinitions",
        "metric_definition",
    ),
    ("SchedulerManagementService", "list_cloud_services"): ("CloudServices", "cloud_service"),
}

CASES = sorted(REFERENCE_LIST_CLASSES.items())


class Answering:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        return HttpResponse(200, {}, self.body)


def call(client_name: str, operation: str, body: bytes) -> object:
    """Call `operation` with "x" for each required argument, answered by `body`."""
    info = OPERATIONS[operation]
    client = getattr(azure_asm, client_name)("sub", transport=Answering(body))
    arguments = {p.name: "x" for p in info.param_info if p.required}
    assert all(p.type == "string" for p in info.param_info if p.required)
    return getattr(client, operation)(**arguments)


@pytest.mark.parametrize(("key", "named"), CASES, ids=[op for (_, op), _ in CASES])
def test_list_operations_return_the_reference_list_class(
    key: tuple[str, str], named: tuple[str, str]
) -> None:
    client_name, operation = key
    class_name, attribute = named
    cls = getattr(azure_asm, class_name)
    assert cls is getattr(azure_asm.models, class_name)
    assert class_name in azure_asm.__all__ and class_name in azure_asm.models.__all__
    info = OPERATIONS[operation]
    assert CODECS[info.name].write_response is not None and info.response_shape is not None
    item_class = getattr(azure_asm.models, info.response_shape)
    body = CODECS[info.name].write_response([item_class(), item_class()])
    result = call(client_name, operation, body)
    assert type(result) is cls
    assert isinstance(result, list) and isinstance(result, WindowsAzureData)
    assert len(result) == 2 and all(isinstance(item, item_class) for item in result)
    assert getattr(result, attribute) is result
    # Typed code sees the class too: the method's annotation names it.
    client_class = getattr(azure_asm, client_name)
    hints = typing.get_type_hints(getattr(client_class, operation))
    assert hints["return"] is cls


def test_the_class_and_attribute_are_the_reference_ones() -> None:
    from azure.servicemanagement import models as reference  # type: ignore[import-untyped]

    for class_name, attribute in REFERENCE_LIST_CLASSES.values():
        assert list(vars(getattr(reference, class_name)())) == [attribute]


def test_every_reference_list_class_of_a_list_operation_is_covered() -> None:
    """The table above is complete: no other list operation of ours returns a list class, and
    the spec names no list class the table lacks."""
    named = {}
    for info in OPERATIONS.values():
        if info.name in BEYOND_REFERENCE:  # may share a reference list document's class
            continue
        method = getattr(getattr(azure_asm, info.client), info.name)
        returned = typing.get_type_hints(method).get("return")
        if isinstance(returned, type) and issubclass(returned, NamedList):
            named[(info.client, info.name)] = returned.__name__
    assert named == {key: cls for key, (cls, _) in REFERENCE_LIST_CLASSES.items()}


def test_lists_without_a_reference_class_stay_plain_lists() -> None:
    sql = azure_asm.SqlDatabaseManagementService("sub", transport=Answering(b""))
    hints = typing.get_type_hints(sql.list_firewall_rules)
    # A list (typed as the ResultList it is, whose as_dict() is a list of dicts), not one of
    # the reference's list classes with an item attribute.
    assert hints["return"] == azure_asm.ResultList[azure_asm.FirewallRule]
    assert not issubclass(azure_asm.ResultList, NamedList)


def test_the_item_attribute_is_the_list_itself() -> None:
    services = HostedServices([HostedService(service_name="a")])
    assert services.hosted_services is services
    services.hosted_services.append(HostedService(service_name="b"))
    assert [s.service_name for s in services] == ["a", "b"]
    services.hosted_services = [HostedService(service_name="c")]
    assert [s.service_name for s in services] == ["c"]
    assert services == [HostedService(service_name="c")]


def test_typed_code_sees_precise_item_types() -> None:
    body = (
        b'<StorageServices xmlns="http://schemas.microsoft.com/windowsazure">'
        b"<StorageService><ServiceName>acct</ServiceName></StorageService></StorageServices>"
    )
    sms = ServiceManagementService("sub", transport=Answering(body))
    accounts: StorageServices = sms.list_storage_accounts()
    first: StorageService = accounts.storage_services[0]
    assert first.service_name == "acct"
    assert accounts.unknown_elements == ()


# --- the spec feature ---------------------------------------------------------------------

COMMON = """\
namespaces:
  wa: http://schemas.microsoft.com/windowsazure
  i: http://www.w3.org/2001/XMLSchema-instance
clients:
  TestService:
    doc: The client.
    x_ms_version: "2014-10-01"
    content_type: application/xml
    default: true
"""

LISTS = """\
operations:
  list_xs:
    doc: Lists Xs.
    http: {method: GET, path: "/{subscription_id}/xs"}
    response: {list: X, xml: Xs%s}
  list_more_xs:
    doc: Lists more Xs.
    http: {method: GET, path: "/{subscription_id}/more"}
    response: {list: X, xml: Xs%s}
shapes:
  X:
    doc: An X.
    xml: X
    members:
      - {name: name, xml: Name, type: string}
"""


def load(tmp_path: Path, first: str, second: str = "") -> object:
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "common.yaml").write_text(COMMON, encoding="utf-8")
    (folder / "lists.yaml").write_text(textwrap.dedent(LISTS % (first, second)), encoding="utf-8")
    return load_spec(folder)


def test_a_list_class_names_every_operation_reading_the_document(tmp_path: Path) -> None:
    spec = load(tmp_path, ", class: Xs, attribute: xs")
    responses = {op.name: op.response for op in spec.operations}  # type: ignore[attr-defined]
    assert responses["list_xs"].list_class == "Xs"
    assert responses["list_more_xs"].list_class == "Xs"
    assert responses["list_more_xs"].list_attribute == "xs"


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        (", class: Xs", "", "`class` and `attribute` go together"),
        (", class: xs, attribute: xs", "", "'xs' is not a class name"),
        (", class: X, attribute: xs", "", "'X' is already a shape"),
        (", class: Xs, attribute: Xs", "", "'Xs' is not an attribute name"),
        (", class: Xs, attribute: class", "", "'class' is not an attribute name"),
        (", class: Xs, attribute: xs", ", class: Ys, attribute: ys", "differs from Xs.xs"),
    ],
)
def test_list_class_mistakes_are_spec_errors(
    tmp_path: Path, first: str, second: str, message: str
) -> None:
    with pytest.raises(SpecError, match="spec/lists.yaml: operations.list_") as caught:
        load(tmp_path, first, second)
    assert message in str(caught.value)
