"""What ServiceBusManagementService and SchedulerManagementService put on the wire.

Every operation of both clients is called once (or more) through a recording fake transport;
each call's method, URL (path and query string), ``x-ms-version``, ``Content-Type`` and body
are checked against docs/reference/operations.md, with the deliberate differences of
docs/legacy-differences.md: single slashes below a namespace, ``$filter`` for the metrics
query, ``Content-Type`` per request, ``<Plan>`` spelt as the Scheduler reference spells it.
XML bodies are compared as canonical XML, JSON bodies as decoded JSON. Real answers recorded
from the live service are read back strictly.
"""

from __future__ import annotations

import datetime
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from lxml import etree

import azure_asm.models
from azure_asm import SchedulerManagementService, ServiceBusManagementService
from azure_asm.catalog import OPERATIONS
from azure_asm.models import (
    ServiceBusNamespace,
    SharedAccessAuthorizationRule,
)
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.xmlcodec import DeserializeContext, UnwrappedList, parse_document
from tests.unit.beyond_reference import BEYOND_REFERENCE

SUBSCRIPTION = "sub-id"
HOST = "management.example.test"
REQUEST_ID = "req-0001"
ATOM = "http://www.w3.org/2005/Atom"
SB = "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"
WA = "http://schemas.microsoft.com/windowsazure"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ATOM_ENTRY = "application/atom+xml;type=entry;charset=utf-8"
NS_PATH = f"/{SUBSCRIPTION}/services/serviceBus/Namespaces"
CS_PATH = f"/{SUBSCRIPTION}/cloudservices"
JC_PATH = f"{CS_PATH}/svc/resources/scheduler/jobCollections"
JOBS_PATH = f"{CS_PATH}/svc/resources/scheduler/~/jobCollections/jc"
FILTER = "Timestamp gt datetime'2014-10-01T00:00:00Z'"
FILTER_QUERY = "$filter=Timestamp%20gt%20datetime'2014-10-01T00%3A00%3A00Z'"
CLIENTS: dict[str, type[Any]] = {
    "ServiceBusManagementService": ServiceBusManagementService,
    "SchedulerManagementService": SchedulerManagementService,
}


class RecordingTransport:
    """Records every request and answers it with `respond(request)`."""

    def __init__(self, respond: Callable[[HttpRequest], HttpResponse]) -> None:
        self.respond = respond
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return self.respond(request)


class FailingTransport:
    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        pytest.fail(f"a request was sent although the arguments are invalid: {request!r}")


def success_response(operation: str) -> HttpResponse:
    """A minimal successful answer of `operation` (XML from the catalog's writer)."""
    info = OPERATIONS[operation]
    headers = {"x-ms-request-id": REQUEST_ID}
    if info.is_async:
        return HttpResponse(202, headers, b"")
    if operation in ("get_job", "get_all_jobs"):
        return HttpResponse(200, headers, b"[]" if operation == "get_all_jobs" else b"{}")
    if CODECS[info.name].write_response is None:
        return HttpResponse(200, headers, b"")
    if info.response_is_list:
        return HttpResponse(200, headers, CODECS[info.name].write_response([]))
    model = getattr(azure_asm.models, info.response_shape or "")
    return HttpResponse(200, headers, CODECS[info.name].write_response(model()))


def make_client(operation: str, transport: Any) -> Any:
    client = CLIENTS[OPERATIONS[operation].client](SUBSCRIPTION, transport=transport, host=HOST)
    client._sleep = lambda seconds: None
    return client


def call(operation: str, args: dict[str, Any]) -> tuple[Any, HttpRequest]:
    transport = RecordingTransport(lambda request: success_response(operation))
    result = getattr(make_client(operation, transport), operation)(**args)
    assert len(transport.requests) == 1, transport.requests
    return result, transport.requests[0]


def canonical(document: str | bytes) -> str:
    if isinstance(document, bytes):
        document = document.decode("utf-8")
    return etree.canonicalize(xml_data=document)


# --- the table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    operation: str
    args: dict[str, Any]
    method: str
    path: str
    query: str = ""
    # "async", "none", "json", "list:Item", "feed:Feed" (the descriptions in an Atom feed's
    # entries, the feed kept as `document`) or the returned model's name
    returns: str = "none"
    x_ms_version: str = "2012-03-01"
    content_type: str | None = ATOM_ENTRY  # for non-GET requests
    body: str | dict[str, Any] | list[Any] | None = None  # XML text, or decoded JSON
    id: str = field(default="")

    def __str__(self) -> str:
        return self.id or self.operation

    @property
    def url(self) -> str:
        url = f"https://{HOST}{self.path}"
        return f"{url}?{self.query}" if self.query else url


def _entity_cases() -> list[Case]:
    cases = []
    for kind, suffix, param in (
        ("Queues", "queue", "queue_name"),
        ("Topics", "topic", "topic_name"),
        ("NotificationHubs", "notification_hub", "hub_name"),
        ("Relays", "relay", "relay_name"),
    ):
        entity = f"{NS_PATH}/myns/{kind}/e1/Metrics"
        cases += [
            Case(
                f"list_{'notification_hubs' if suffix == 'notification_hub' else suffix + 's'}",
                {"name": "myns"},
                "GET",
                f"{NS_PATH}/myns/{kind}",
                returns=f"feed:{kind.removesuffix('s')}Feed",
            ),
            Case(
                f"get_supported_metrics_{suffix}",
                {"name": "myns", param: "e1"},
                "GET",
                entity,
                returns="feed:MetricPropertiesFeed",
            ),
            Case(
                f"get_metrics_data_{suffix}",
                {
                    "name": "myns",
                    param: "e1",
                    "metric": "incoming",
                    "rollup": "PT5M",
                    "filter_expresssion": FILTER,
                },
                "GET",
                f"{entity}/incoming/Rollups/PT5M/Values",
                FILTER_QUERY,
                returns="feed:MetricValuesFeed",
            ),
            Case(
                f"get_metrics_rollups_{suffix}",
                {"name": "myns", param: "e1", "metric": "incoming"},
                "GET",
                f"{entity}/incoming/Rollups",
                returns="feed:MetricRollupsFeed",
            ),
        ]
    return cases


SERVICE_BUS_CASES = [
    Case(
        "get_servicebus_operation_status",
        {"request_id": "abc"},
        "GET",
        f"/{SUBSCRIPTION}/operations/abc",
        returns="Operation",
    ),
    Case(
        "get_regions",
        {},
        "GET",
        f"/{SUBSCRIPTION}/services/serviceBus/Regions/",
        returns="feed:ServiceBusRegionFeed",
    ),
    Case("list_namespaces", {}, "GET", f"{NS_PATH}/", returns="feed:ServiceBusNamespaceFeed"),
    Case(
        "get_namespace",
        {"name": "myns"},
        "GET",
        f"{NS_PATH}/myns",
        returns="ServiceBusNamespace",
    ),
    Case(
        "create_namespace",
        {"name": "mynamespace", "region": "West US"},
        "PUT",
        f"{NS_PATH}/mynamespace",
        returns="ServiceBusNamespace",
        body=(
            f'<entry xmlns="{ATOM}"><content type="application/xml">'
            f'<NamespaceDescription xmlns="{SB}">'
            "<Region>West US</Region></NamespaceDescription></content></entry>"
        ),
    ),
    Case("delete_namespace", {"name": "myns"}, "DELETE", f"{NS_PATH}/myns"),
    Case(
        "check_namespace_availability",
        {"name": "myns"},
        "GET",
        f"/{SUBSCRIPTION}/services/serviceBus/CheckNamespaceAvailability/",
        "namespace=myns",
        returns="NamespaceAvailability",
    ),
    *_entity_cases(),
    Case(
        "list_queues",
        {"name": "my ns"},
        "GET",
        f"{NS_PATH}/my%20ns/Queues",
        returns="feed:QueueFeed",
        id="list_queues-percent-encoded",
    ),
]

SCHEDULER = {"x_ms_version": "2014-10-01"}
PLAN = "<IntrinsicSettings><Plan>{}</Plan></IntrinsicSettings>"
SCHEDULER_CASES = [
    Case(
        "get_scheduler_operation_status",
        {"request_id": "abc"},
        "GET",
        f"/{SUBSCRIPTION}/operations/abc",
        returns="Operation",
        **SCHEDULER,
    ),
    Case("list_cloud_services", {}, "GET", CS_PATH, returns="list:CloudService", **SCHEDULER),
    Case(
        "create_cloud_service",
        {
            "cloud_service_id": "svc",
            "label": "a&b",
            "description": "desc",
            "geo_region": "West Europe",
        },
        "PUT",
        f"{CS_PATH}/svc",
        returns="async",
        body=(
            f'<CloudService xmlns="{WA}"><Label>a&amp;b</Label><Description>desc</Description>'
            "<GeoRegion>West Europe</GeoRegion></CloudService>"
        ),
        **SCHEDULER,
    ),
    Case(
        "get_cloud_service",
        {"cloud_service_id": "svc"},
        "GET",
        f"{CS_PATH}/svc",
        returns="CloudService",
        **SCHEDULER,
    ),
    Case(
        "delete_cloud_service",
        {"cloud_service_id": "svc"},
        "DELETE",
        f"{CS_PATH}/svc",
        returns="async",
        **SCHEDULER,
    ),
    Case(
        "check_job_collection_name",
        {"cloud_service_id": "svc", "job_collection_id": "jc"},
        "POST",
        JC_PATH,
        "op=checknameavailability&resourceName=jc",
        returns="ResourceNameAvailabilityResponse",
        body="",
        **SCHEDULER,
    ),
    Case(
        "create_job_collection",
        {"cloud_service_id": "svc", "job_collection_id": "jc"},
        "PUT",
        f"{JC_PATH}/jc",
        returns="async",
        body=f'<Resource xmlns="{WA}">{PLAN.format("Standard")}</Resource>',
        **SCHEDULER,
    ),
    Case(
        "create_job_collection",
        {"cloud_service_id": "svc", "job_collection_id": "jc", "plan": "Free"},
        "PUT",
        f"{JC_PATH}/jc",
        returns="async",
        body=f'<Resource xmlns="{WA}">{PLAN.format("Free")}</Resource>',
        id="create_job_collection-free",
        **SCHEDULER,
    ),
    Case(
        "create_job_collection",
        {"cloud_service_id": "svc", "job_collection_id": "jc", "plan": None},
        "PUT",
        f"{JC_PATH}/jc",
        returns="async",
        body=f'<Resource xmlns="{WA}"></Resource>',
        id="create_job_collection-no-plan",
        **SCHEDULER,
    ),
    Case(
        "delete_job_collection",
        {"cloud_service_id": "svc", "job_collection_id": "jc"},
        "DELETE",
        f"{JC_PATH}/jc",
        returns="async",
        **SCHEDULER,
    ),
    Case(
        "get_job_collection",
        {"cloud_service_id": "svc", "job_collection_id": "jc"},
        "GET",
        JOBS_PATH,
        "api-version=2014-04-01",
        returns="Resource",
        **SCHEDULER,
    ),
    Case(
        "create_job",
        {
            "cloud_service_id": "svc",
            "job_collection_id": "jc",
            "job_id": "job1",
            "job": {
                "startTime": datetime.datetime(2015, 7, 1, 0, 0, 32, 104381),
                "action": {"type": "http", "request": {"uri": "http://bing.com/", "method": "GET"}},
                "recurrence": {"frequency": "minute", "interval": 30, "count": 10},
            },
        },
        "PUT",
        f"{JOBS_PATH}/jobs/job1",
        "api-version=2014-04-01",
        returns="async",
        content_type="application/json",
        body={
            "startTime": "2015-07-01T00:00:32.104381",
            "action": {"type": "http", "request": {"uri": "http://bing.com/", "method": "GET"}},
            "recurrence": {"frequency": "minute", "interval": 30, "count": 10},
        },
        **SCHEDULER,
    ),
    Case(
        "delete_job",
        {"cloud_service_id": "svc", "job_collection_id": "jc", "job_id": "job1"},
        "DELETE",
        f"{JOBS_PATH}/jobs/job1",
        "api-version=2014-04-01",
        returns="async",
        **SCHEDULER,
    ),
    Case(
        "get_job",
        {"cloud_service_id": "svc", "job_collection_id": "jc", "job_id": "job1"},
        "GET",
        f"{JOBS_PATH}/jobs/job1",
        "api-version=2014-04-01",
        returns="json",
        **SCHEDULER,
    ),
    Case(
        "get_all_jobs",
        {"cloud_service_id": "svc", "job_collection_id": "jc"},
        "GET",
        f"{JOBS_PATH}/jobs",
        "api-version=2014-04-01",
        returns="json",
        **SCHEDULER,
    ),
]

CASES = SERVICE_BUS_CASES + SCHEDULER_CASES
MINE = sorted(
    name
    for name, info in OPERATIONS.items()
    if info.client in CLIENTS and name not in BEYOND_REFERENCE
)


@pytest.mark.parametrize("case", [pytest.param(case, id=str(case)) for case in CASES])
def test_method_url_headers_and_body(case: Case) -> None:
    result, request = call(case.operation, case.args)
    info = OPERATIONS[case.operation]
    assert request.method == case.method == info.method
    assert request.url == case.url
    assert "//" not in request.url.removeprefix("https://")
    assert request.headers["x-ms-version"] == case.x_ms_version == info.x_ms_version
    if case.method == "GET":
        assert "Content-Type" not in request.headers
        assert request.body is None
    else:
        assert request.headers["Content-Type"] == case.content_type
    if isinstance(case.body, str) and case.body:
        assert request.body is not None
        assert not request.body.startswith(b"<?xml")
        assert canonical(request.body) == canonical(case.body.replace(">", f' xmlns:i="{XSI}">', 1))
        # It reads back, strictly, through the catalog's request reader.
        assert CODECS[info.name].read_request is not None
        CODECS[info.name].read_request(
            parse_document(request.body), DeserializeContext(strict=True)
        )
    elif case.body == "":
        assert request.body == b""
    elif case.body is not None:
        assert json.loads(request.body or b"") == case.body
    elif case.method == "DELETE":
        assert not request.body
    if case.returns == "async":
        assert isinstance(result, AsyncOperation) and result.request_id == REQUEST_ID
    elif case.returns == "none":
        assert result is None
    elif case.returns == "json":
        assert result in ({}, [])
    elif case.returns.startswith("list:"):
        assert result == []
    elif case.returns.startswith("feed:"):
        assert isinstance(result, UnwrappedList) and result == []
        assert type(result.document) is getattr(azure_asm.models, case.returns[5:])
    else:
        assert type(result) is getattr(azure_asm.models, case.returns)
    assert info.is_async == (case.returns == "async")


@pytest.mark.parametrize("operation", MINE)
def test_every_operation_has_a_case(operation: str) -> None:
    cases = [case for case in CASES if case.operation == operation]
    assert cases, f"no call of {operation} in this file"


def test_the_clients_hold_their_operations_only() -> None:
    # 22 reference operations, plus the status call every reference client has.
    assert len([n for n in MINE if OPERATIONS[n].client == "ServiceBusManagementService"]) == 23
    # 12 reference operations, plus the status call async operations poll.
    assert len([n for n in MINE if OPERATIONS[n].client == "SchedulerManagementService"]) == 13
    for name in MINE:
        client = CLIENTS[OPERATIONS[name].client]
        other = next(c for c in CLIENTS.values() if c is not client)
        assert hasattr(client, name) and not hasattr(other, name)


def test_signatures_match_the_reference_package() -> None:
    legacy = pytest.importorskip("azure.servicemanagement")
    for name, ours in CLIENTS.items():
        theirs = getattr(legacy, name)
        for method_name, method in vars(theirs).items():
            if method_name.startswith("_") or not inspect.isfunction(method):
                continue
            if method_name in ("should_use_requests",):
                continue
            expected = [(p.name, p.default) for p in inspect.signature(method).parameters.values()]
            actual = [
                (p.name, p.default)
                for p in inspect.signature(getattr(ours, method_name)).parameters.values()
            ]
            assert actual == expected, (name, method_name)


def test_content_type_is_set_per_request() -> None:
    """The reference package left Content-Type on JSON after create_job; this client does not."""
    transport = RecordingTransport(lambda request: HttpResponse(202, {"x-ms-request-id": "r"}, b""))
    scheduler = SchedulerManagementService(SUBSCRIPTION, transport=transport, host=HOST)
    scheduler.create_job("svc", "jc", "job1", {"action": {"type": "http"}})
    scheduler.create_job_collection("svc", "jc2")
    scheduler.delete_job("svc", "jc", "job1")
    assert [r.headers["Content-Type"] for r in transport.requests] == [
        "application/json",
        ATOM_ENTRY,
        ATOM_ENTRY,
    ]


# --- arguments refused before anything is sent ---------------------------------------------


@pytest.mark.parametrize(
    ("operation", "args", "match"),
    [
        ("create_namespace", {"name": "short", "region": "West US"}, "name"),
        ("create_namespace", {"name": "9namespace", "region": "West US"}, "name"),
        ("create_namespace", {"name": "namespace-sb", "region": "West US"}, "name"),
        ("create_namespace", {"name": "namespace-mgmt", "region": "West US"}, "name"),
        ("create_namespace", {"name": "namespace-", "region": "West US"}, "name"),
        ("create_namespace", {"name": "n" * 51, "region": "West US"}, "name"),
        ("create_namespace", {"name": "mynamespace", "region": ""}, "region"),
        (
            "get_metrics_data_queue",
            {
                "name": "ns",
                "queue_name": "q",
                "metric": "m",
                "rollup": "PT5M",
                "filter_expresssion": f"$filter={FILTER}",
            },
            "filter_expresssion",
        ),
        ("get_namespace", {"name": ".."}, "name"),
        (
            "create_job_collection",
            {"cloud_service_id": "s", "job_collection_id": "j", "plan": "Gold"},
            "plan",
        ),
        (
            "create_job_collection",
            {"cloud_service_id": "s", "job_collection_id": "j" * 101},
            "job_collection_id",
        ),
        (
            "create_cloud_service",
            {"cloud_service_id": "s", "label": "", "description": "", "geo_region": "West US"},
            "label",
        ),
        (
            "create_job",
            {"cloud_service_id": "s", "job_collection_id": "j", "job_id": "x", "job": None},
            "job",
        ),
    ],
)
def test_invalid_arguments_are_refused_before_sending(
    operation: str, args: dict[str, Any], match: str
) -> None:
    with pytest.raises((ValueError, TypeError), match=match):
        getattr(make_client(operation, FailingTransport()), operation)(**args)


def test_keys_and_connection_strings_are_secret() -> None:
    namespace = ServiceBusNamespace(
        name="ns",
        default_key="S3CRET==",
        connection_string="Endpoint=sb://x/;SharedSecretValue=S3CRET==",
    )
    rule = SharedAccessAuthorizationRule(
        key_name="root", primary_key="PRIMARY", secondary_key="SECONDARY"
    )
    for text in (repr(namespace), repr(rule)):
        assert "S3CRET" not in text and "PRIMARY" not in text and "SECONDARY" not in text
    assert "root" in repr(rule)


# --- real answers, read strictly --------------------------------------------------------------

REGIONS_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title '
    'type="text"></title><id>uuid:0cc6;id=1</id><updated>2015-07-01T00:02:44Z</updated><entry>'
    '<id>uuid:0cc6;id=2</id><title type="text"></title><updated>2015-07-01T00:02:44Z</updated>'
    '<content type="application/xml"><RegionCodeDescription xmlns="http://schemas.microsoft.com/'
    'netservices/2010/10/servicebus/connect" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
    "<Code>Australia East</Code><FullName>Australia East</FullName></RegionCodeDescription>"
    "</content></entry></feed>"
)
NAMESPACE_ENTRY = (
    '<?xml version="1.0" encoding="utf-8"?><entry xmlns="http://www.w3.org/2005/Atom"><id>uuid:a'
    ';id=3</id><title type="text"></title><updated>2015-07-01T00:21:41Z</updated><content type="'
    'application/xml"><NamespaceDescription xmlns="http://schemas.microsoft.com/netservices/2010/'
    '10/servicebus/connect" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Name>utsf8ca140f'
    "</Name><Region>West US</Region><DefaultKey>7otlq4voFZbew7vCWezTCAXJ6MErtvn+oA5Gu8ScWbI=</Def"
    "aultKey><Status>Active</Status><CreatedAt>2015-07-01T00:21:41.46Z</CreatedAt><AcsManagement"
    "Endpoint>https://utsf8ca140f-sb.accesscontrol.windows.net/</AcsManagementEndpoint><ServiceBu"
    "sEndpoint>https://utsf8ca140f.servicebus.windows.net/</ServiceBusEndpoint><ConnectionString>"
    "Endpoint=sb://utsf8ca140f.servicebus.windows.net/;SharedSecretIssuer=owner;SharedSecretValue"
    "=7otlq4voFZbew7vCWezTCAXJ6MErtvn+oA5Gu8ScWbI=</ConnectionString><SubscriptionId>daa135f20a85"
    "4d87bda57e765966cd64</SubscriptionId><Enabled>true</Enabled><Critical>false</Critical><Updat"
    "edAt>2015-07-01T00:21:53.953Z</UpdatedAt><CreateACSNamespace>true</CreateACSNamespace><Even"
    "tHubEnabled>true</EventHubEnabled><NamespaceType>Messaging</NamespaceType><ResourceGroup></R"
    "esourceGroup></NamespaceDescription></content></entry>"
)
AVAILABILITY_ENTRY = (
    '<entry xmlns="http://www.w3.org/2005/Atom"><id>uuid:b;id=4</id><title type="text"></title>'
    '<updated>2015-07-01T00:02:59Z</updated><content type="application/xml"><NamespaceAvailabilit'
    'y xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect" xmlns:i="http:'
    '//www.w3.org/2001/XMLSchema-instance"><Result>false</Result><ReasonDetail>The specified serv'
    "ice namespace is not available.</ReasonDetail></NamespaceAvailability></content></entry>"
)
EMPTY_QUEUES_FEED = (
    '<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Queues</title><id>https://ns.se'
    "rvicebus.windows.net/$Resources/Queues?api-version=2012-03</id><updated>2015-07-01T00:02:55Z"
    '</updated><link rel="self" href="https://ns.servicebus.windows.net/$Resources/Queues?api-ver'
    'sion=2012-03"/></feed>'
)
QUEUES_FEED = (
    '<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Queues</title><id>https://ns.se'
    "rvicebus.windows.net/$Resources/Queues</id><updated>2015-09-09T21:16:12Z</updated><entry xml"
    ':base="https://ns.servicebus.windows.net/$Resources/Queues"><id>https://ns.servicebus.window'
    's.net/orders</id><title type="text">orders</title><published>2015-09-09T20:30:51Z</published'
    '><updated>2015-09-09T21:16:12Z</updated><author><name>ns</name></author><link rel="self" hr'
    'ef="../orders"/><content type="application/xml"><QueueDescription xmlns="http://schemas.micr'
    'osoft.com/netservices/2010/10/servicebus/connect" xmlns:i="http://www.w3.org/2001/XMLSchema-'
    'instance"><LockDuration>PT1M</LockDuration><MaxSizeInMegabytes>1024</MaxSizeInMegabytes><Aut'
    'horizationRules><AuthorizationRule i:type="SharedAccessAuthorizationRule"><ClaimType>SharedA'
    "ccessKey</ClaimType><ClaimValue>None</ClaimValue><Rights><AccessRights>Send</AccessRights></"
    "Rights><CreatedTime>2015-09-09T21:16:11.7216934Z</CreatedTime><ModifiedTime>2015-09-09T21:16"
    ":11.7216934Z</ModifiedTime><KeyName>send</KeyName><PrimaryKey>pk</PrimaryKey><SecondaryKey>s"
    "k</SecondaryKey></AuthorizationRule></AuthorizationRules><Status>Active</Status><CountDetails"
    '><d2p1:ActiveMessageCount xmlns:d2p1="http://schemas.microsoft.com/netservices/2011/06/servic'
    'ebus">12</d2p1:ActiveMessageCount></CountDetails></QueueDescription></content></entry></feed>'
)
METRIC_VALUES_FEED = (
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/'
    'dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><id>h'
    "ttps://sbgm.windows.net/MetricValues</id><title/><updated>2014-10-09T18:38:28Z</updated><ent"
    "ry><id>https://sbgm.windows.net/MetricValues(datetime'2014-10-02T00:00:00Z')</id><title/><up"
    'dated>2014-10-09T18:38:28Z</updated><author><name/></author><content type="application/xml">'
    '<m:properties><d:Timestamp m:type="Edm.DateTime">2014-10-02T00:00:00Z</d:Timestamp><d:Min m:'
    'type="Edm.Int64">-118</d:Min><d:Max m:type="Edm.Int64">15</d:Max><d:Average m:type="Edm.Sing'
    'le">-78.44444</d:Average><d:Total m:type="Edm.Int64">0</d:Total></m:properties></content></e'
    "ntry></feed>"
)
JOB_COLLECTION = (
    '<Resource xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/X'
    'MLSchema-instance"><CloudServiceSettings><GeoRegion>West Europe</GeoRegion></CloudServiceSet'
    "tings><ETag>fa6e2047-2f59-4c7c-a30c-ca3197f34a9f</ETag><IntrinsicSettings><Plan>Standard</Pl"
    "an></IntrinsicSettings><Name>job_collection_b011479</Name><OperationStatus><Error><HttpCode>2"
    "00</HttpCode><Message>OK</Message></Error><Result>Succeeded</Result></OperationStatus><Promot"
    "ionCode></PromotionCode><SchemaVersion>1.1</SchemaVersion><State>Started</State><SubState i:n"
    'il="true"/><Type>jobcollections</Type></Resource>'
)
CLOUD_SERVICES = (
    '<CloudServices xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2'
    '001/XMLSchema-instance"><CloudService><Name>cs1</Name><Label>label</Label><Description>descr'
    "iption</Description><GeoRegion>West Europe</GeoRegion><Resources/></CloudService><CloudServic"
    "e><Name>cs2</Name><Label>cs2</Label><Description>Resource group based cloud service.</Descrip"
    "tion><GeoRegion>West Europe</GeoRegion><Resources><Resource><ResourceProviderNamespace>Schedu"
    "ler</ResourceProviderNamespace><Type>jobcollections</Type><Name>jc</Name><SchemaVersion>1.1</"
    "SchemaVersion><ETag>edff</ETag><State>Started</State><IntrinsicSettings><Plan>Standard</Plan>"
    "</IntrinsicSettings><OperationStatus><Type>Create</Type><Result>Succeeded</Result></Operation"
    "Status><Label>jc</Label></Resource></Resources></CloudService></CloudServices>"
)


def _answer(operation: str, args: dict[str, Any], body: str) -> Any:
    transport = RecordingTransport(lambda request: HttpResponse(200, {}, body.encode()))
    client = make_client(operation, transport)
    client.strict = True
    return getattr(client, operation)(**args)


def test_recorded_regions_feed() -> None:
    regions = _answer("get_regions", {}, REGIONS_FEED)
    region = regions[0]
    assert (region.code, region.fullname) == ("Australia East", "Australia East")
    feed = regions.document
    assert feed.id == "uuid:0cc6;id=1" and feed.title == ""
    assert feed.entries[0].content.region_code_description is region


def test_recorded_namespace_entry() -> None:
    description = _answer("get_namespace", {"name": "utsf8ca140f"}, NAMESPACE_ENTRY)
    assert description.name == "utsf8ca140f"
    assert description.status == "Active" and description.enabled is True
    assert description.created_at == datetime.datetime(2015, 7, 1, 0, 21, 41, 460000, datetime.UTC)
    assert description.default_key.startswith("7otl")
    assert description.create_acs_namespace is True and description.resource_group == ""


def test_recorded_availability_entry() -> None:
    availability = _answer("check_namespace_availability", {"name": "x"}, AVAILABILITY_ENTRY)
    assert availability.result is False
    assert availability.reason_detail == "The specified service namespace is not available."


def test_recorded_queue_feeds() -> None:
    empty = _answer("list_queues", {"name": "ns"}, EMPTY_QUEUES_FEED)
    assert empty == [] and empty.document.title == "Queues" and empty.document.entries == []
    link = empty.document.link
    assert link.rel == "self" and link.href.endswith("api-version=2012-03")
    queues = _answer("list_queues", {"name": "ns"}, QUEUES_FEED)
    entry = queues.document.entries[0]
    assert entry.title == "orders" and entry.author.name == "ns"
    assert entry.links[0].href == "../orders"
    [queue] = queues
    assert queue is entry.content.queue_description
    # What the reference copied from the entry onto the description.
    assert (queue.name, queue.author, queue.updated) == ("orders", "ns", entry.updated)
    assert queue.lock_duration == "PT1M" and queue.count_details.active_message_count == 12
    rule = queue.authorization_rules[0]
    assert isinstance(rule, SharedAccessAuthorizationRule)
    assert (rule.key_name, rule.rights, rule.secondary_key) == ("send", ["Send"], "sk")


def test_recorded_metric_values() -> None:
    args = {
        "name": "ns",
        "queue_name": "q",
        "metric": "m",
        "rollup": "P1D",
        "filter_expresssion": FILTER,
    }
    values = _answer("get_metrics_data_queue", args, METRIC_VALUES_FEED)
    [value] = values
    assert value is values.document.entries[0].content.properties
    assert value.name == "https://sbgm.windows.net/MetricValues(datetime'2014-10-02T00:00:00Z')"
    assert value.updated == datetime.datetime(2014, 10, 9, 18, 38, 28, tzinfo=datetime.UTC)
    assert value.author == ""  # <author><name/></author>
    assert value.timestamp == datetime.datetime(2014, 10, 2, tzinfo=datetime.UTC)
    assert (value.min, value.max, value.total) == (-118, 15, 0)
    assert value.average == pytest.approx(-78.44444)


def test_recorded_scheduler_documents() -> None:
    collection = _answer(
        "get_job_collection", {"cloud_service_id": "s", "job_collection_id": "j"}, JOB_COLLECTION
    )
    assert collection.name == "job_collection_b011479" and collection.sub_state is None
    assert collection.intrinsic_settings.plan == "Standard"
    assert collection.operation_status.error.http_code == 200
    assert collection.cloud_service_settings.geo_region == "West Europe"
    services = _answer("list_cloud_services", {}, CLOUD_SERVICES)
    assert [s.name for s in services] == ["cs1", "cs2"]
    assert services[0].resources == []
    assert services[1].resources[0].operation_status.type == "Create"
