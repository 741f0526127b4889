"""What the operations added from the Hydra-generated node SDKs (issue 16) put on the wire:
method, URL (path and query), x-ms-version, Content-Type and the exact request document
(element order included), per the fact tables of azure-asm-trafficmanager, azure-asm-sql and
azure-asm-sb. Bodies are compared as canonical XML."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from typing import Any

import pytest
from lxml import etree

from azure_asm.catalog import OPERATIONS
from azure_asm.models import (
    DacBlobStorageAccessKeyCredentials,
    DacConnectionInfo,
    JobCollectionQuota,
    MaxRecurrence,
    NamespaceSharedAccessRule,
    QueueDescription,
    TopicDescription,
    TrafficManagerDnsOptions,
    TrafficManagerEndpoint,
    TrafficManagerHttpOptions,
    TrafficManagerMonitor,
    TrafficManagerPolicy,
)
from tests.unit.beyond_reference import BEYOND_REFERENCE
from tests.unit.client_cases import call
from tests.unit.operation_calls import HOST, SUBSCRIPTION

WA = "http://schemas.microsoft.com/windowsazure"
DAC = "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ATOM = "http://www.w3.org/2005/Atom"
SB = "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"
WATM = f"/{SUBSCRIPTION}/services/WATM"
SQL = f"/{SUBSCRIPTION}/services/sqlservers/servers/srv"
NS = f"/{SUBSCRIPTION}/services/serviceBus/Namespaces/ns"


@dataclass(frozen=True)
class Case:
    operation: str
    args: dict[str, Any]
    method: str
    path: str
    version: str
    query: str = ""
    body: str | None = None
    content_type: str = "application/xml"


def _monitor() -> TrafficManagerMonitor:
    return TrafficManagerMonitor(
        interval_in_seconds=30,
        timeout_in_seconds=10,
        tolerated_number_of_failures=3,
        protocol="HTTP",
        port=80,
        http_options=TrafficManagerHttpOptions(
            verb="GET", relative_path="/", expected_status_code=200
        ),
    )


TM = "2011-10-01"
TRAFFIC_MANAGER = [
    Case(
        "check_traffic_manager_dns_prefix_availability",
        {"dns_name": "a.trafficmanager.net"},
        "GET",
        f"{WATM}/operations/isavailable/a.trafficmanager.net",
        TM,
    ),
    Case(
        "create_traffic_manager_profile",
        {"name": "p", "domain_name": "a.trafficmanager.net"},
        "POST",
        f"{WATM}/profiles",
        TM,
        body=f'<Profile xmlns="{WA}"><DomainName>a.trafficmanager.net</DomainName>'
        "<Name>p</Name></Profile>",
    ),
    Case(
        "delete_traffic_manager_profile", {"profile_name": "p"}, "DELETE", f"{WATM}/profiles/p", TM
    ),
    Case("get_traffic_manager_profile", {"profile_name": "p"}, "GET", f"{WATM}/profiles/p", TM),
    Case("list_traffic_manager_profiles", {}, "GET", f"{WATM}/profiles", TM),
    Case(
        "update_traffic_manager_profile",
        {"profile_name": "p", "status": "Disabled"},
        "PUT",
        f"{WATM}/profiles/p",
        TM,
        body=f'<Profile xmlns="{WA}"><Status>Disabled</Status><StatusDetails>'
        "<EnabledVersion>1</EnabledVersion></StatusDetails></Profile>",
    ),
    Case(
        "create_traffic_manager_definition",
        {
            "profile_name": "p",
            "dns_options": TrafficManagerDnsOptions(time_to_live_in_seconds=300),
            "monitors": [_monitor()],
            "policy": TrafficManagerPolicy(
                load_balancing_method="Failover",
                endpoints=[
                    TrafficManagerEndpoint(domain_name="a.cloudapp.net", status="Enabled"),
                    TrafficManagerEndpoint(
                        domain_name="b.example.com",
                        status="Disabled",
                        type="Any",
                        location="West US",
                        weight=2,
                        min_child_endpoints=1,
                    ),
                ],
            ),
        },
        "POST",
        f"{WATM}/profiles/p/definitions",
        TM,
        body=f'<Definition xmlns="{WA}"><DnsOptions><TimeToLiveInSeconds>300</TimeToLiveInSeconds>'
        "</DnsOptions><Monitors><Monitor><IntervalInSeconds>30</IntervalInSeconds>"
        "<TimeoutInSeconds>10</TimeoutInSeconds><ToleratedNumberOfFailures>3</ToleratedNumberOfFailures>"
        "<Protocol>HTTP</Protocol><Port>80</Port><HttpOptions><Verb>GET</Verb><RelativePath>/</RelativePath>"
        "<ExpectedStatusCode>200</ExpectedStatusCode></HttpOptions></Monitor></Monitors>"
        "<Policy><LoadBalancingMethod>Failover</LoadBalancingMethod><Endpoints>"
        "<Endpoint><DomainName>a.cloudapp.net</DomainName><Status>Enabled</Status></Endpoint>"
        "<Endpoint><DomainName>b.example.com</DomainName><Status>Disabled</Status><Type>Any</Type>"
        "<Location>West US</Location><Weight>2</Weight><MinChildEndpoints>1</MinChildEndpoints>"
        "</Endpoint></Endpoints></Policy></Definition>",
    ),
    Case(
        "get_traffic_manager_definition",
        {"profile_name": "p"},
        "GET",
        f"{WATM}/profiles/p/definitions/1",
        TM,
    ),
    Case(
        "list_traffic_manager_definitions",
        {"profile_name": "p"},
        "GET",
        f"{WATM}/profiles/p/definitions",
        TM,
    ),
]

V12 = "2012-03-01"
WHEN = datetime.datetime(2015, 3, 1, 12, 30, tzinfo=datetime.UTC)
BLOB = DacBlobStorageAccessKeyCredentials(
    uri="https://a.blob.core.windows.net/c/db.bacpac", storage_access_key="k"
)
LOGIN = DacConnectionInfo(
    database_name="db", password="pw", server_name="srv.database.windows.net", user_name="admin"
)
_DAC_PARTS = (
    f'<BlobCredentials xmlns:i="{XSI}" i:type="BlobStorageAccessKeyCredentials">'
    "<Uri>https://a.blob.core.windows.net/c/db.bacpac</Uri><StorageAccessKey>k</StorageAccessKey>"
    "</BlobCredentials><ConnectionInfo><DatabaseName>db</DatabaseName><Password>pw</Password>"
    "<ServerName>srv.database.windows.net</ServerName><UserName>admin</UserName></ConnectionInfo>"
)
SQL_CASES = [
    Case("get_database", {"server_name": "srv", "name": "db"}, "GET", f"{SQL}/databases/db", V12),
    Case(
        "get_database_event_logs",
        {
            "server_name": "srv",
            "database_name": "db",
            "start_date": "2015-03-01",
            "interval_size_in_minutes": 60,
            "event_types": "deadlock",
        },
        "GET",
        f"{SQL}/databases/db/events",
        V12,
        "startDate=2015-03-01&intervalSizeInMinutes=60&eventTypes=deadlock",
    ),
    Case(
        "get_firewall_rule",
        {"server_name": "srv", "name": "r"},
        "GET",
        f"{SQL}/firewallrules/r",
        V12,
    ),
    Case(
        "get_quota", {"server_name": "srv", "quota_name": "q"}, "GET", f"{SQL}/serverquotas/q", V12
    ),
    Case(
        "get_service_level_objective",
        {"server_name": "srv", "service_objective_id": "g"},
        "GET",
        f"{SQL}/serviceobjectives/g",
        V12,
    ),
    Case(
        "create_database_copy",
        {
            "server_name": "srv",
            "database_name": "db",
            "partner_server": "p2",
            "partner_database": "db2",
            "is_continuous": True,
        },
        "POST",
        f"{SQL}/databases/db/databasecopies",
        V12,
        body=f'<ServiceResource xmlns="{WA}"><PartnerServer>p2</PartnerServer>'
        "<PartnerDatabase>db2</PartnerDatabase><IsContinuous>true</IsContinuous></ServiceResource>",
    ),
    Case(
        "update_database_copy",
        {
            "server_name": "srv",
            "database_name": "db",
            "copy_name": "c",
            "is_forced_terminate": True,
        },
        "PUT",
        f"{SQL}/databases/db/databasecopies/c",
        V12,
        body=f'<ServiceResource xmlns="{WA}"><IsForcedTerminate>true</IsForcedTerminate>'
        "</ServiceResource>",
    ),
    Case(
        "delete_database_copy",
        {"server_name": "srv", "database_name": "db", "copy_name": "c"},
        "DELETE",
        f"{SQL}/databases/db/databasecopies/c",
        V12,
    ),
    Case(
        "get_database_copy",
        {"server_name": "srv", "database_name": "db", "copy_name": "c"},
        "GET",
        f"{SQL}/databases/db/databasecopies/c",
        V12,
    ),
    Case(
        "list_database_copies",
        {"server_name": "srv", "database_name": "db"},
        "GET",
        f"{SQL}/databases/db/databasecopies",
        V12,
    ),
    Case(
        "get_database_operation",
        {"server_name": "srv", "operation_id": "o"},
        "GET",
        f"{SQL}/databaseoperations/o",
        V12,
    ),
    Case(
        "list_database_operations",
        {"server_name": "srv"},
        "GET",
        f"{SQL}/databaseoperations",
        V12,
        "contentview=generic",
    ),
    Case(
        "list_database_operations_by_database",
        {"server_name": "srv", "database_name": "db"},
        "GET",
        f"{SQL}/databaseoperations",
        V12,
        "databaseName=db",
    ),
    Case(
        "list_restorable_dropped_databases",
        {"server_name": "srv"},
        "GET",
        f"{SQL}/restorabledroppeddatabases",
        V12,
        "contentview=generic",
    ),
    Case(
        "get_restorable_dropped_database",
        {"server_name": "srv", "entity_id": "db,1"},
        "GET",
        f"{SQL}/restorabledroppeddatabases/db%2C1",
        V12,
    ),
    Case(
        "list_recoverable_databases",
        {"server_name": "srv"},
        "GET",
        f"{SQL}/recoverabledatabases",
        V12,
        "contentview=generic",
    ),
    Case(
        "get_recoverable_database",
        {"server_name": "srv", "database_name": "db"},
        "GET",
        f"{SQL}/recoverabledatabases/db",
        V12,
    ),
    Case(
        "restore_database",
        {
            "server_name": "srv",
            "source_database_name": "db",
            "target_database_name": "db2",
            "source_database_deletion_date": WHEN,
            "target_server_name": "s2",
            "target_utc_point_in_time": WHEN,
        },
        "POST",
        f"{SQL}/restoredatabaseoperations",
        V12,
        body=f'<ServiceResource xmlns="{WA}"><SourceDatabaseName>db</SourceDatabaseName>'
        "<SourceDatabaseDeletionDate>2015-03-01T12:30:00Z</SourceDatabaseDeletionDate>"
        "<TargetServerName>s2</TargetServerName><TargetDatabaseName>db2</TargetDatabaseName>"
        "<TargetUtcPointInTime>2015-03-01T12:30:00Z</TargetUtcPointInTime></ServiceResource>",
    ),
    Case(
        "recover_database",
        {"server_name": "srv", "source_database_name": "db"},
        "POST",
        f"{SQL}/recoverdatabaseoperations",
        V12,
        body=f'<ServiceResource xmlns="{WA}"><SourceDatabaseName>db</SourceDatabaseName>'
        "</ServiceResource>",
    ),
    Case(
        "export_database",
        {"server_name": "srv", "blob_credentials": BLOB, "connection_info": LOGIN},
        "POST",
        f"{SQL}/DacOperations/Export",
        V12,
        body=f'<ExportInput xmlns="{DAC}">{_DAC_PARTS}</ExportInput>',
    ),
    Case(
        "import_database",
        {
            "server_name": "srv",
            "blob_credentials": BLOB,
            "connection_info": LOGIN,
            "azure_edition": "Standard",
            "database_size_in_gb": 5,
        },
        "POST",
        f"{SQL}/DacOperations/Import",
        V12,
        body=f'<ImportInput xmlns="{DAC}"><AzureEdition>Standard</AzureEdition>{_DAC_PARTS}'
        "<DatabaseSizeInGB>5</DatabaseSizeInGB></ImportInput>",
    ),
    Case(
        "get_dac_status",
        {
            "server_name": "srv",
            "fully_qualified_server_name": "srv.database.windows.net",
            "user_name": "admin",
            "password": "pw",
            "request_id": "r",
        },
        "GET",
        f"{SQL}/DacOperations/Status",
        V12,
        "servername=srv.database.windows.net&username=admin&password=pw&reqId=r",
    ),
    Case(
        "get_dac_status_post",
        {
            "server_name": "srv",
            "password": "pw",
            "request_id": "r",
            "fully_qualified_server_name": "srv.database.windows.net",
            "user_name": "admin",
        },
        "POST",
        f"{SQL}/DacOperations/Status",
        V12,
        body=f'<StatusInput xmlns="{DAC}"><Password>pw</Password><RequestId>r</RequestId>'
        "<ServerName>srv.database.windows.net</ServerName><UserName>admin</UserName></StatusInput>",
    ),
]

V13 = "2013-08-01"
ATOM_ENTRY = "application/atom+xml;type=entry;charset=utf-8"


def _entry(inner: str) -> str:
    return f'<entry xmlns="{ATOM}"><content type="application/xml">{inner}</content></entry>'


SERVICE_BUS = [
    Case("get_queue", {"name": "ns", "queue_name": "q"}, "GET", f"{NS}/Queues/q", V13),
    Case(
        "create_queue",
        {
            "name": "ns",
            "queue_name": "q",
            "queue_description": QueueDescription(lock_duration="PT1M", max_size_in_megabytes=1024),
        },
        "PUT",
        f"{NS}/Queues/q",
        V13,
        body=_entry(
            f'<QueueDescription xmlns="{SB}"><LockDuration>PT1M</LockDuration>'
            "<MaxSizeInMegabytes>1024</MaxSizeInMegabytes></QueueDescription>"
        ),
        content_type=ATOM_ENTRY,
    ),
    Case(
        "update_queue",
        {
            "name": "ns",
            "queue_name": "q",
            "queue_description": QueueDescription(max_size_in_megabytes=2048),
        },
        "PUT",
        f"{NS}/Queues/q",
        V13,
        body=_entry(
            f'<QueueDescription xmlns="{SB}"><MaxSizeInMegabytes>2048</MaxSizeInMegabytes>'
            "</QueueDescription>"
        ),
        content_type=ATOM_ENTRY,
    ),
    Case(
        "delete_queue",
        {"name": "ns", "queue_name": "q"},
        "DELETE",
        f"{NS}/Queues/q",
        V13,
        content_type=ATOM_ENTRY,
    ),
    Case(
        "get_queue_connection_details",
        {"name": "ns", "queue_name": "q"},
        "GET",
        f"{NS}/Queues/q/ConnectionDetails",
        V13,
    ),
    Case("get_topic", {"name": "ns", "topic_name": "t"}, "GET", f"{NS}/Topics/t", V13),
    Case(
        "create_topic",
        {
            "name": "ns",
            "topic_name": "t",
            "topic_description": TopicDescription(
                default_message_time_to_live="P1D", support_ordering=True
            ),
        },
        "PUT",
        f"{NS}/Topics/t",
        V13,
        body=_entry(
            f'<TopicDescription xmlns="{SB}"><DefaultMessageTimeToLive>P1D'
            "</DefaultMessageTimeToLive><SupportOrdering>true</SupportOrdering>"
            "</TopicDescription>"
        ),
        content_type=ATOM_ENTRY,
    ),
    Case(
        "update_topic",
        {"name": "ns", "topic_name": "t", "topic_description": TopicDescription(status="Disabled")},
        "PUT",
        f"{NS}/Topics/t",
        V13,
        body=_entry(f'<TopicDescription xmlns="{SB}"><Status>Disabled</Status></TopicDescription>'),
        content_type=ATOM_ENTRY,
    ),
    Case(
        "delete_topic",
        {"name": "ns", "topic_name": "t"},
        "DELETE",
        f"{NS}/Topics/t",
        V13,
        content_type=ATOM_ENTRY,
    ),
    Case(
        "get_topic_connection_details",
        {"name": "ns", "topic_name": "t"},
        "GET",
        f"{NS}/Topics/t/ConnectionDetails",
        V13,
    ),
    Case(
        "get_notification_hub",
        {"name": "ns", "hub_name": "h"},
        "GET",
        f"{NS}/NotificationHubs/h",
        V13,
    ),
    Case(
        "delete_notification_hub",
        {"name": "ns", "hub_name": "h"},
        "DELETE",
        f"{NS}/NotificationHubs/h",
        V13,
        content_type=ATOM_ENTRY,
    ),
    Case(
        "get_notification_hub_connection_details",
        {"name": "ns", "hub_name": "h"},
        "GET",
        f"{NS}/NotificationHubs/h/ConnectionDetails",
        V13,
    ),
    Case(
        "get_relay_connection_details",
        {"name": "ns", "relay_name": "r"},
        "GET",
        f"{NS}/Relays/r/ConnectionDetails",
        V13,
    ),
    Case("get_namespace_connection_details", {"name": "ns"}, "GET", f"{NS}/ConnectionDetails", V13),
    Case(
        "list_namespace_authorization_rules", {"name": "ns"}, "GET", f"{NS}/AuthorizationRules", V13
    ),
    Case(
        "get_namespace_authorization_rule",
        {"name": "ns", "rule_name": "k"},
        "GET",
        f"{NS}/AuthorizationRules/k",
        V13,
    ),
    Case(
        "create_namespace_authorization_rule",
        {
            "name": "ns",
            "rule": NamespaceSharedAccessRule(key_name="k", rights=["Send"], primary_key="p"),
        },
        "POST",
        f"{NS}/AuthorizationRules",
        V13,
        body=_entry(
            f'<SharedAccessAuthorizationRule xmlns="{SB}"><ClaimType>SharedAccessKey</ClaimType>'
            "<ClaimValue>None</ClaimValue><Rights><AccessRights>Send</AccessRights></Rights>"
            "<KeyName>k</KeyName><PrimaryKey>p</PrimaryKey></SharedAccessAuthorizationRule>"
        ),
        content_type=ATOM_ENTRY,
    ),
    Case(
        "update_namespace_authorization_rule",
        {
            "name": "ns",
            "rule_name": "k",
            "rule": NamespaceSharedAccessRule(key_name="k", rights=["Listen"], revision=2),
        },
        "PUT",
        f"{NS}/AuthorizationRules/k",
        V12,
        body=_entry(
            f'<SharedAccessAuthorizationRule xmlns="{SB}"><ClaimType>SharedAccessKey</ClaimType>'
            "<ClaimValue>None</ClaimValue><Rights><AccessRights>Listen</AccessRights></Rights>"
            "<Revision>2</Revision><KeyName>k</KeyName></SharedAccessAuthorizationRule>"
        ),
        content_type=ATOM_ENTRY,
    ),
    Case(
        "delete_namespace_authorization_rule",
        {"name": "ns", "rule_name": "k"},
        "DELETE",
        f"{NS}/AuthorizationRules/k",
        V12,
        content_type=ATOM_ENTRY,
    ),
]

SCHEDULER = [
    Case(
        "update_job_collection",
        {
            "cloud_service_id": "svc",
            "job_collection_id": "jc",
            "e_tag": "tag",
            "plan": "Standard",
            "quota": JobCollectionQuota(
                max_job_count=50,
                max_recurrence=MaxRecurrence(frequency="Minute", interval=1),
            ),
            "label": "my label",
        },
        "PUT",
        f"/{SUBSCRIPTION}/cloudservices/svc/resources/scheduler/jobCollections/jc",
        "2013-03-01",
        body=f'<Resource xmlns="{WA}"><ETag>tag</ETag><IntrinsicSettings><Plan>Standard</Plan>'
        "<Quota><MaxJobCount>50</MaxJobCount><MaxRecurrence><Frequency>Minute</Frequency>"
        "<Interval>1</Interval></MaxRecurrence></Quota></IntrinsicSettings>"
        "<Label>bXkgbGFiZWw=</Label></Resource>",
    ),
]

SCHEDULER += [
    Case(
        "get_scheduler_resource_provider_properties",
        {},
        "GET",
        f"/{SUBSCRIPTION}/resourceproviders/scheduler/Properties",
        "2013-03-01",
        "resourceType=JobCollections",
    ),
    Case(
        "entitle_resource",
        {"resource_provider_namespace": "sendgrid", "type": "mail", "registration_date": WHEN},
        "POST",
        f"/{SUBSCRIPTION}/EntitleResource",
        "2013-03-01",
        body=f'<EntitleResource xmlns="{WA}"><ResourceProviderNameSpace>sendgrid'
        "</ResourceProviderNameSpace><Type>mail</Type>"
        "<RegistrationDate>2015-03-01T12:30:00Z</RegistrationDate></EntitleResource>",
    ),
]

ADD_ON = f"/{SUBSCRIPTION}/CloudServices/svc/resources/sendgrid/sendgrid_azure/mail"
STORE = [
    Case(
        "create_store_add_on",
        {
            "cloud_service_name": "svc",
            "type": "sendgrid",
            "resource_name": "sendgrid_azure",
            "add_on_name": "mail",
            "plan": "free",
            "promotion_code": "P",
        },
        "PUT",
        ADD_ON,
        "2013-06-01",
        body=f'<Resource xmlns="{WA}"><Type>sendgrid</Type><Plan>free</Plan>'
        "<PromotionCode>P</PromotionCode></Resource>",
    ),
    Case(
        "update_store_add_on",
        {
            "cloud_service_name": "svc",
            "type": "sendgrid",
            "resource_name": "sendgrid_azure",
            "add_on_name": "mail",
            "plan": "bronze",
        },
        "PUT",
        ADD_ON,
        "2013-06-01",
        body=f'<Resource xmlns="{WA}"><Type>sendgrid</Type><Plan>bronze</Plan></Resource>',
    ),
    Case(
        "delete_store_add_on",
        {
            "cloud_service_name": "svc",
            "resource_provider_namespace": "sendgrid",
            "resource_provider_type": "sendgrid_azure",
            "resource_provider_name": "mail",
        },
        "DELETE",
        ADD_ON,
        "2013-06-01",
    ),
    Case(
        "get_store_operation_status",
        {"request_id": "r"},
        "GET",
        f"/{SUBSCRIPTION}/operations/r",
        "2013-06-01",
    ),
]

FARMS = f"/{SUBSCRIPTION}/services/WebSpaces/ws/ServerFarms"
V14 = "2014-04-01"
WEBSITES = [
    Case(
        "create_hosting_plan",
        {
            "webspace_name": "ws",
            "name": "f",
            "number_of_workers": 2,
            "sku": "Standard",
            "worker_size": "Small",
            "admin_site_name": "a",
        },
        "POST",
        FARMS,
        V14,
        body=f'<ServerFarm xmlns="{WA}"><Name>f</Name><NumberOfWorkers>2</NumberOfWorkers>'
        "<SKU>Standard</SKU><WorkerSize>Small</WorkerSize><AdminSiteName>a</AdminSiteName>"
        "</ServerFarm>",
        content_type=ATOM_ENTRY,
    ),
    Case(
        "update_hosting_plan",
        {"webspace_name": "ws", "name": "f", "number_of_workers": 3, "worker_size": "Large"},
        "PUT",
        f"{FARMS}/f",
        V14,
        body=f'<ServerFarm xmlns="{WA}"><NumberOfWorkers>3</NumberOfWorkers>'
        "<WorkerSize>Large</WorkerSize></ServerFarm>",
        content_type=ATOM_ENTRY,
    ),
    Case("delete_hosting_plan", {"webspace_name": "ws", "name": "f"}, "DELETE", f"{FARMS}/f", V14),
    Case("get_hosting_plan", {"webspace_name": "ws", "name": "f"}, "GET", f"{FARMS}/f", V14),
    Case("list_hosting_plans", {"webspace_name": "ws"}, "GET", FARMS, V14),
    Case(
        "get_hosting_plan_metrics",
        {
            "webspace_name": "ws",
            "name": "f",
            "metric_names": "CpuPercentage",
            "start_time": "2015-01-01T00:00:00Z",
            "time_grain": "PT1H",
            "include_instance_breakdown": True,
        },
        "GET",
        f"{FARMS}/f/metrics",
        V14,
        "names=CpuPercentage&StartTime=2015-01-01T00%3A00%3A00Z&timeGrain=PT1H&details=true",
    ),
]

SPACES = f"/{SUBSCRIPTION}/services/webspaces"
WEBSITES += [
    Case("list_publishing_users", {}, "GET", SPACES, V14, "properties=publishingUsers"),
    Case(
        "create_publishing_user",
        {"publishing_user_name": "u", "publishing_password": "p", "name": "n"},
        "PUT",
        SPACES,
        V14,
        "properties=publishingCredentials",
        body=f'<User xmlns="{WA}"><Name>n</Name><PublishingPassword>p</PublishingPassword>'
        "<PublishingUserName>u</PublishingUserName></User>",
        content_type=ATOM_ENTRY,
    ),
    Case("get_dns_suffix", {}, "GET", SPACES, V14, "properties=dnssuffix"),
    Case("list_geo_regions", {}, "GET", SPACES, V14, "properties=georegions"),
    Case(
        "is_hostname_available",
        {"website_name": "s"},
        "GET",
        SPACES,
        V14,
        "ishostnameavailable=s",
    ),
]

SITE = f"{SPACES}/ws/sites/s"
SITE_ARGS = {"webspace_name": "ws", "website_name": "s"}
RESTORE = {**SITE_ARGS, "storage_account_url": "https://a/c", "blob_name": "b.zip"}
RESTORE_BODY = (
    f'<RestoreRequest xmlns="{WA}"><BlobName>b.zip</BlobName><Overwrite>false</Overwrite>'
    "<StorageAccountUrl>https://a/c</StorageAccountUrl></RestoreRequest>"
)
RELAY = {
    **SITE_ARGS,
    "entity_name": "e",
    "hostname": "h",
    "port": 1433,
    "resource_connection_string": "rc",
    "resource_type": "t",
}
RELAY_BODY = (
    f'<RelayServiceConnectionEntity xmlns="{WA}"><EntityName>e</EntityName>'
    "<Hostname>h</Hostname><Port>1433</Port><ResourceConnectionString>rc"
    "</ResourceConnectionString><ResourceType>t</ResourceType></RelayServiceConnectionEntity>"
)
BACKUP_BODY = (
    f'<BackupRequest xmlns="{WA}"><Name>n</Name>'
    "<StorageAccountUrl>https://a/c</StorageAccountUrl></BackupRequest>"
)
BACKUP = {**SITE_ARGS, "storage_account_url": "https://a/c", "name": "n"}
WEBSITES += [  # the 2014-04-01 site operations of azure-asm-website
    Case(
        "backup_site",
        BACKUP,
        "PUT",
        f"{SITE}/backup",
        V14,
        body=BACKUP_BODY,
        content_type=ATOM_ENTRY,
    ),
    Case("get_site_backup_configuration", SITE_ARGS, "GET", f"{SITE}/backup/config", V14),
    Case(
        "update_site_backup_configuration",
        BACKUP,
        "PUT",
        f"{SITE}/backup/config",
        V14,
        body=BACKUP_BODY,
        content_type=ATOM_ENTRY,
    ),
    Case("list_site_backups", SITE_ARGS, "GET", f"{SITE}/restore", V14),
    Case(
        "discover_site_backup",
        RESTORE,
        "PUT",
        f"{SITE}/restore/discover",
        V14,
        body=RESTORE_BODY,
        content_type=ATOM_ENTRY,
    ),
    Case(
        "restore_site",
        RESTORE,
        "PUT",
        f"{SITE}/restore",
        V14,
        body=RESTORE_BODY,
        content_type=ATOM_ENTRY,
    ),
    Case("get_site_configuration", SITE_ARGS, "GET", f"{SITE}/config", V14),
    Case(
        "create_hybrid_connection",
        RELAY,
        "POST",
        f"{SITE}/hybridconnection",
        V14,
        body=RELAY_BODY,
        content_type=ATOM_ENTRY,
    ),
    Case(
        "update_hybrid_connection",
        RELAY,
        "PUT",
        f"{SITE}/hybridconnection",
        V14,
        body=RELAY_BODY,
        content_type=ATOM_ENTRY,
    ),
    Case(
        "get_hybrid_connection",
        {**SITE_ARGS, "hybrid_connection_name": "e"},
        "GET",
        f"{SITE}/hybridconnection/e",
        V14,
    ),
    Case("list_hybrid_connections", SITE_ARGS, "GET", f"{SITE}/hybridconnection", V14),
    Case(
        "delete_hybrid_connection",
        {**SITE_ARGS, "hybrid_connection_name": "e"},
        "DELETE",
        f"{SITE}/hybridconnection/e",
        V14,
    ),
    Case("create_site_repository", SITE_ARGS, "POST", f"{SITE}/repository", V14),
    Case("get_site_repository", SITE_ARGS, "GET", f"{SITE}/repository", V14),
    Case("delete_site_repository", SITE_ARGS, "DELETE", f"{SITE}/repository", V14),
    Case("sync_site_repository", SITE_ARGS, "POST", f"{SITE}/repository", V14, "action=sync"),
    Case("generate_site_publishing_password", SITE_ARGS, "POST", f"{SITE}/newpassword", V14),
    Case("get_site_instance_ids", SITE_ARGS, "GET", f"{SITE}/instanceids", V14),
    Case("get_site_usage_metrics", SITE_ARGS, "GET", f"{SITE}/usages", V14),
    Case(
        "swap_site_slots",
        {**SITE_ARGS, "source_slot": "staging", "target_slot": "production"},
        "POST",
        f"{SITE}(staging)/slots",
        V14,
        "Command=swap&targetSlot=production",
    ),
    Case(
        "get_site_operation_status",
        {**SITE_ARGS, "operation_id": "op"},
        "GET",
        f"{SITE}/operations/op",
        V14,
    ),
    Case(
        "apply_slot_configuration",
        {**SITE_ARGS, "target_swap_slot": "staging"},
        "POST",
        f"{SITE}/applySlotConfig",
        V14,
        "targetSwapSlot=staging",
    ),
    Case("reset_slot_configuration", SITE_ARGS, "POST", f"{SITE}/resetSlotConfig", V14),
    Case("get_slot_config_names", SITE_ARGS, "GET", f"{SITE}/slotConfigNames", V14),
]

JSON_CASES = [  # JSON bodies: (operation, arguments, method, path, the JSON document sent)
    (
        "update_site_configuration",
        {**SITE_ARGS, "config": {"PhpVersion": "5.6"}},
        "PUT",
        f"{SITE}/config",
        {"PhpVersion": "5.6"},
    ),
    (
        "update_slot_config_names",
        {**SITE_ARGS, "names": {"AppSettingNames": ["a"]}},
        "POST",
        f"{SITE}/slotConfigNames",
        {"AppSettingNames": ["a"]},
    ),
]

CASES = TRAFFIC_MANAGER + SQL_CASES + SERVICE_BUS + SCHEDULER + STORE + WEBSITES


def canonical(document: str | bytes) -> str:
    if isinstance(document, bytes):
        document = document.decode("utf-8")
    return str(etree.canonicalize(xml_data=document, rewrite_prefixes=True))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation)
def test_method_url_version_and_body(case: Case) -> None:
    _, request = call(case.operation, case.args)
    assert request.method == case.method == OPERATIONS[case.operation].method
    query = f"?{case.query}" if case.query else ""
    assert request.url == f"https://{HOST}{case.path}{query}"
    assert request.headers["x-ms-version"] == case.version
    if case.body is None:
        assert not request.body
        return
    assert request.headers["Content-Type"] == case.content_type
    assert canonical(request.body or b"") == canonical(case.body)


def test_update_sends_if_match() -> None:
    _, request = call(
        "update_queue", {"name": "ns", "queue_name": "q", "queue_description": QueueDescription()}
    )
    assert request.headers["If-Match"] == "*"
    _, request = call(
        "create_queue", {"name": "ns", "queue_name": "q", "queue_description": QueueDescription()}
    )
    assert "If-Match" not in request.headers
    _, request = call(
        "update_job_collection",
        {"cloud_service_id": "svc", "job_collection_id": "jc", "e_tag": "tag"},
    )
    assert request.headers["If-Match"] == "tag"


@pytest.mark.parametrize("case", JSON_CASES, ids=lambda case: str(case[0]))
def test_json_bodies(case: tuple[str, dict[str, Any], str, str, object]) -> None:
    operation, args, method, path, document = case
    _, request = call(operation, args)
    assert (request.method, request.url) == (method, f"https://{HOST}{path}")
    assert request.headers["x-ms-version"] == V14
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(request.body or b"") == document


def test_every_operation_beyond_the_reference_has_a_case() -> None:
    cased = {case.operation for case in CASES} | {case[0] for case in JSON_CASES}
    beyond_clients = {"TrafficManagerManagementService", "StoreManagementService"}
    added = {name for name, info in OPERATIONS.items() if info.client in beyond_clients}
    assert added | BEYOND_REFERENCE <= cased
    assert all(re.fullmatch(r"[a-z_]+", name) for name in cased)
