"""Fake transports, client factories and a table of hand-written calls of client operations.

Valid calls of EVERY operation, and the request each must send, are derived from the IR by
`operation_calls` (test_operations.py checks them all). The table here adds specific examples:
what the reference (tests run against `azure-servicemanagement-legacy`, see
docs/reference/operations.md) sends for a chosen call: method, path, query string,
x-ms-version and what the method returns. test_request_bodies checks the client against it. No
test requires a row per operation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

import azure_asm.models
from azure_asm import (
    CaptureRoleAsVMImage,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
)
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.http import HttpRequest, HttpResponse
from tests.unit.operation_calls import (
    CLIENT_CLASSES,
    HOST,
    OPERATION,
    REQUEST_ID,
    SUBSCRIPTION,
    response_kind,
)

__all__ = ["HOST", "REQUEST_ID", "SUBSCRIPTION"]

DEFAULT_CLIENT = "ServiceManagementService"


class RecordingTransport:
    """Records every request and answers it with `respond(request)`."""

    def __init__(self, respond: Callable[[HttpRequest], HttpResponse]) -> None:
        self.respond = respond
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return self.respond(request)


class FailingTransport:
    """Fails the test if anything is sent: for checks that must happen before any request."""

    def __init__(self) -> None:
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        pytest.fail(f"a request was sent although the arguments are invalid: {request!r}")


def make_client(transport: Any, *, strict: bool = True, client: str = DEFAULT_CLIENT) -> Any:
    """A client of class `client` (a client name of the spec) on a fake transport."""
    instance: ServiceClient = CLIENT_CLASSES[client](
        SUBSCRIPTION, transport=transport, host=HOST, strict=strict
    )
    instance._sleep = lambda seconds: None
    return instance


def client_for(operation: str, transport: Any, *, strict: bool = True) -> Any:
    """A client of the class `operation` belongs to (its `client` in the spec)."""
    return make_client(transport, strict=strict, client=OPERATIONS[operation].client)


def success_response(operation: str) -> HttpResponse:
    """What ASM answers a successful call of `operation` with (body from the catalog; an empty
    list or model). See operation_calls.responses for drawn answers."""
    info = OPERATIONS[operation]
    headers = {"x-ms-request-id": REQUEST_ID}
    kind = response_kind(OPERATION[operation])
    if kind == "async":
        return HttpResponse(202, headers, b"")
    if kind == "json":
        return HttpResponse(200, headers, b"{}")
    if kind == "text":
        return HttpResponse(200, headers, b"")
    if CODECS[info.name].write_response is None:
        return HttpResponse(200, headers, b"")
    if info.response_is_list:
        return HttpResponse(200, headers, CODECS[info.name].write_response([]))
    model = getattr(azure_asm.models, info.response_shape or "")
    return HttpResponse(200, headers, CODECS[info.name].write_response(model()))


def call(operation: str, args: dict[str, Any]) -> tuple[Any, HttpRequest]:
    """Call `operation` with `args` through a recording transport; (result, the one request)."""
    transport = RecordingTransport(lambda request: success_response(operation))
    result = getattr(client_for(operation, transport), operation)(**args)
    assert len(transport.requests) == 1, transport.requests
    return result, transport.requests[0]


# --- the table ----------------------------------------------------------------------------

SVC = f"/{SUBSCRIPTION}/services/hostedservices"
STORAGE = f"/{SUBSCRIPTION}/services/storageservices"
DEPLOYMENT = f"{SVC}/mysvc/deployments/mydep"
DISKS = f"/{SUBSCRIPTION}/services/disks"
NETWORKING = f"/{SUBSCRIPTION}/services/networking"


@dataclass(frozen=True)
class Case:
    operation: str
    args: dict[str, Any]
    method: str
    path: str
    query: str = ""  # the query string as sent, without "?"
    returns: str = "none"  # "async", "none", or the name of the returned model ("list:" prefix)
    id: str = field(default="")
    x_ms_version: str = "2014-10-01"  # as the reference sends it for this call

    @property
    def url(self) -> str:
        url = f"https://{HOST}{self.path}"
        return f"{url}?{self.query}" if self.query else url

    def __str__(self) -> str:
        return self.id or self.operation


def _linux() -> LinuxConfigurationSet:
    return LinuxConfigurationSet("myhost", "azureuser", "Secr3t!pass", True)


def _disk() -> OSVirtualHardDisk:
    return OSVirtualHardDisk(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04-LTS-amd64-server-20140414-en-us-30GB",
        "https://acct.blob.core.windows.net/vhds/myvm.vhd",
    )


def _vm_image() -> azure_asm.models.CreateVMImageInput:
    image = azure_asm.models.CreateVMImageInput("myimage", "my image")
    image.os_disk_configuration = azure_asm.models.CreateOSDiskConfigurationInput(
        os_state="Generalized", os="Linux", media_link="https://acct.blob.core.windows.net/v/os.vhd"
    )
    return image


def _os_image() -> azure_asm.models.UpdateOSImageInput:
    return azure_asm.models.UpdateOSImageInput("new label")


def _network_configuration() -> azure_asm.models.NetworkConfiguration:
    site = azure_asm.models.VirtualNetworkSiteConfiguration("vnet1", "West US", ["10.0.0.0/16"])
    return azure_asm.models.NetworkConfiguration(virtual_network_sites=[site])


CASES: tuple[Case, ...] = (
    Case(
        "get_operation_status",
        {"request_id": "abc-123"},
        "GET",
        f"/{SUBSCRIPTION}/operations/abc-123",
        returns="Operation",
    ),
    Case(
        "get_deployment_by_slot",
        {"service_name": "mysvc", "deployment_slot": "Production"},
        "GET",
        f"{SVC}/mysvc/deploymentslots/Production",
        returns="Deployment",
    ),
    Case(
        "get_deployment_by_name",
        {"service_name": "mysvc", "deployment_name": "mydep"},
        "GET",
        DEPLOYMENT,
        returns="Deployment",
    ),
    Case(
        "delete_deployment",
        {"service_name": "mysvc", "deployment_name": "mydep"},
        "DELETE",
        DEPLOYMENT,
        returns="async",
    ),
    Case(
        "delete_deployment",
        {"service_name": "mysvc", "deployment_name": "mydep", "delete_vhd": True},
        "DELETE",
        DEPLOYMENT,
        "comp=media",
        returns="async",
        id="delete_deployment-media",
    ),
    Case(
        "create_virtual_machine_deployment",
        {
            "service_name": "mysvc",
            "deployment_name": "mydep",
            "deployment_slot": "production",
            "label": "my deployment",
            "role_name": "myvm",
            "system_config": _linux(),
            "os_virtual_hard_disk": _disk(),
            "role_size": "Small",
        },
        "POST",
        f"{SVC}/mysvc/deployments",
        returns="async",
    ),
    Case("list_disks", {}, "GET", f"/{SUBSCRIPTION}/services/disks", returns="list:Disk"),
    Case(
        "get_disk",
        {"disk_name": "mydisk"},
        "GET",
        f"/{SUBSCRIPTION}/services/disks/mydisk",
        returns="Disk",
    ),
    Case("delete_disk", {"disk_name": "mydisk"}, "DELETE", f"{DISKS}/mydisk"),
    Case(
        "delete_disk",
        {"disk_name": "mydisk", "delete_vhd": True},
        "DELETE",
        f"/{SUBSCRIPTION}/services/disks/mydisk",
        "comp=media",
        id="delete_disk-media",
    ),
    Case("list_hosted_services", {}, "GET", SVC, returns="list:HostedService"),
    Case(
        "get_hosted_service_properties",
        {"service_name": "mysvc"},
        "GET",
        f"{SVC}/mysvc",
        "embed-detail=false",
        returns="HostedService",
    ),
    Case(
        "get_hosted_service_properties",
        {"service_name": "mysvc", "embed_detail": True},
        "GET",
        f"{SVC}/mysvc",
        "embed-detail=true",
        returns="HostedService",
        id="get_hosted_service_properties-embed",
    ),
    Case(
        "create_hosted_service",
        {"service_name": "mysvc", "label": "my service", "location": "West US"},
        "POST",
        SVC,
        returns="async",
    ),
    Case(
        "update_hosted_service",
        {"service_name": "mysvc", "label": "new label"},
        "PUT",
        f"{SVC}/mysvc",
    ),
    Case(
        "delete_hosted_service",
        {"service_name": "mysvc"},
        "DELETE",
        f"{SVC}/mysvc",
        returns="async",
    ),
    Case(
        "delete_hosted_service",
        {"service_name": "mysvc", "complete": True},
        "DELETE",
        f"{SVC}/mysvc",
        "comp=media",
        returns="async",
        id="delete_hosted_service-media",
    ),
    Case(
        "check_hosted_service_name_availability",
        {"service_name": "mysvc"},
        "GET",
        f"{SVC}/operations/isavailable/mysvc",
        returns="AvailabilityResponse",
    ),
    Case("list_locations", {}, "GET", f"/{SUBSCRIPTION}/locations", returns="list:Location"),
    Case(
        "list_operating_systems",
        {},
        "GET",
        f"/{SUBSCRIPTION}/operatingsystems",
        returns="list:OperatingSystem",
    ),
    Case(
        "list_operating_system_families",
        {},
        "GET",
        f"/{SUBSCRIPTION}/operatingsystemfamilies",
        returns="list:OperatingSystemFamily",
    ),
    Case("list_os_images", {}, "GET", f"/{SUBSCRIPTION}/services/images", returns="list:OSImage"),
    Case(
        "get_os_image",
        {"image_name": "myimage"},
        "GET",
        f"/{SUBSCRIPTION}/services/images/myimage",
        returns="OSImage",
    ),
    Case(
        "add_os_image",
        {
            "label": "my image",
            "media_link": "https://acct.blob.core.windows.net/vhds/image.vhd",
            "name": "myimage",
            "os": "Linux",
        },
        "POST",
        f"/{SUBSCRIPTION}/services/images",
        returns="async",
    ),
    Case(
        "update_os_image",
        {
            "image_name": "myimage",
            "label": "new label",
            "media_link": "https://acct.blob.core.windows.net/vhds/image.vhd",
            "name": "myimage",
            "os": "Windows",
        },
        "PUT",
        f"/{SUBSCRIPTION}/services/images/myimage",
        returns="async",
    ),
    Case(
        "delete_os_image",
        {"image_name": "myimage"},
        "DELETE",
        f"/{SUBSCRIPTION}/services/images/myimage",
        returns="async",
    ),
    Case(
        "delete_os_image",
        {"image_name": "myimage", "delete_vhd": True},
        "DELETE",
        f"/{SUBSCRIPTION}/services/images/myimage",
        "comp=media",
        returns="async",
        id="delete_os_image-media",
    ),
    Case("list_role_sizes", {}, "GET", f"/{SUBSCRIPTION}/rolesizes", returns="list:RoleSize"),
    Case(
        "get_role",
        {"service_name": "mysvc", "deployment_name": "mydep", "role_name": "myvm"},
        "GET",
        f"{DEPLOYMENT}/roles/myvm",
        returns="PersistentVMRole",
    ),
    Case(
        "add_role",
        {
            "service_name": "mysvc",
            "deployment_name": "mydep",
            "role_name": "myvm2",
            "system_config": _linux(),
            "os_virtual_hard_disk": _disk(),
            "network_config": NetworkConfigurationSet(),
        },
        "POST",
        f"{DEPLOYMENT}/roles",
        returns="async",
    ),
    Case(
        "delete_role",
        {"service_name": "mysvc", "deployment_name": "mydep", "role_name": "myvm"},
        "DELETE",
        f"{DEPLOYMENT}/roles/myvm",
        returns="async",
    ),
    Case(
        "delete_role",
        {
            "service_name": "mysvc",
            "deployment_name": "mydep",
            "role_name": "myvm",
            "complete": True,
        },
        "DELETE",
        f"{DEPLOYMENT}/roles/myvm",
        "comp=media",
        returns="async",
        id="delete_role-media",
    ),
    Case(
        "capture_vm_image",
        {
            "service_name": "mysvc",
            "deployment_name": "mydep",
            "role_name": "myvm",
            "options": CaptureRoleAsVMImage("Specialized", "myimage", "My image"),
        },
        "POST",
        f"{DEPLOYMENT}/roleinstances/myvm/Operations",
        returns="async",
    ),
    Case("list_storage_accounts", {}, "GET", STORAGE, returns="list:StorageService"),
    Case(
        "get_storage_account_properties",
        {"service_name": "myacct"},
        "GET",
        f"{STORAGE}/myacct",
        returns="StorageService",
    ),
    Case(
        "get_storage_account_keys",
        {"service_name": "myacct"},
        "GET",
        f"{STORAGE}/myacct/keys",
        returns="StorageService",
    ),
    Case(
        "create_storage_account",
        {
            "service_name": "myacct",
            "description": "my account",
            "label": "my account",
            "location": "West US",
        },
        "POST",
        STORAGE,
        returns="async",
    ),
    Case(
        "update_storage_account",
        {"service_name": "myacct", "description": "new description"},
        "PUT",
        f"{STORAGE}/myacct",
    ),
    Case(
        "delete_storage_account",
        {"service_name": "myacct"},
        "DELETE",
        f"{STORAGE}/myacct",
        returns="async",
    ),
    Case(
        "check_storage_account_name_availability",
        {"service_name": "myacct"},
        "GET",
        f"{STORAGE}/operations/isavailable/myacct",
        returns="AvailabilityResponse",
    ),
    Case(
        "list_vm_images",
        {},
        "GET",
        f"/{SUBSCRIPTION}/services/vmimages",
        returns="list:VMImage",
    ),
    Case(
        "list_vm_images",
        # Keyword order differs from the wire order on purpose: the query follows the spec.
        {"category": "Public", "publisher": "Canonical", "location": "West US"},
        "GET",
        f"/{SUBSCRIPTION}/services/vmimages",
        "location=West%20US&publisher=Canonical&category=Public",
        returns="list:VMImage",
        id="list_vm_images-filtered",
    ),
    Case(
        "list_vm_images",
        {"publisher": "Open Logic/Inc (x)"},
        "GET",
        f"/{SUBSCRIPTION}/services/vmimages",
        "publisher=Open%20Logic/Inc%20(x)",
        returns="list:VMImage",
        id="list_vm_images-publisher",
    ),
    Case(
        "delete_vm_image",
        {"vm_image_name": "myimage"},
        "DELETE",
        f"/{SUBSCRIPTION}/services/vmimages/myimage",
        returns="async",
    ),
    Case(
        "delete_vm_image",
        {"vm_image_name": "myimage", "delete_vhd": True},
        "DELETE",
        f"/{SUBSCRIPTION}/services/vmimages/myimage",
        "comp=media",
        returns="async",
        id="delete_vm_image-media",
    ),
    # --- subscription, certificates, affinity groups, networking, image publishing ---------
    Case("list_subscriptions", {}, "GET", "/subscriptions", returns="list:Subscription"),
    Case("get_subscription", {}, "GET", f"/{SUBSCRIPTION}", returns="Subscription"),
    Case(
        "list_subscription_operations",
        {
            "start_time": "2015-01-01",
            "end_time": "2015-01-31T12:00:00Z",
            "object_id_filter": "/sub-id/services/hostedservices/mysvc",
            "operation_result_filter": "Failed",
            "continuation_token": "abc",
        },
        "GET",
        f"/{SUBSCRIPTION}/operations",
        "StartTime=2015-01-01&EndTime=2015-01-31T12%3A00%3A00Z"
        "&ObjectIdFilter=/sub-id/services/hostedservices/mysvc&OperationResultFilter=Failed"
        "&ContinuationToken=abc",
        returns="SubscriptionOperationCollection",
    ),
    Case(
        "regenerate_storage_account_keys",
        {"service_name": "myacct", "key_type": "Primary"},
        "POST",
        f"{STORAGE}/myacct/keys",
        "action=regenerate",
        returns="StorageService",
    ),
    Case(
        "list_service_certificates",
        {"service_name": "mysvc"},
        "GET",
        f"{SVC}/mysvc/certificates",
        returns="list:Certificate",
    ),
    Case(
        "get_service_certificate",
        {
            "service_name": "mysvc",
            "thumbalgorithm": "sha1",
            "thumbprint": "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
        },
        "GET",
        f"{SVC}/mysvc/certificates/sha1-BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
        returns="Certificate",
    ),
    Case(
        "add_service_certificate",
        {
            "service_name": "mysvc",
            "data": "MIIpfx==",
            "certificate_format": "pfx",
            "password": "pw",
        },
        "POST",
        f"{SVC}/mysvc/certificates",
        returns="async",
    ),
    Case(
        "delete_service_certificate",
        {
            "service_name": "mysvc",
            "thumbalgorithm": "sha1",
            "thumbprint": "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
        },
        "DELETE",
        f"{SVC}/mysvc/certificates/sha1-BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
        returns="async",
    ),
    Case(
        "list_management_certificates",
        {},
        "GET",
        f"/{SUBSCRIPTION}/certificates",
        returns="list:SubscriptionCertificate",
    ),
    Case(
        "get_management_certificate",
        {"thumbprint": "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"},
        "GET",
        f"/{SUBSCRIPTION}/certificates/BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
        returns="SubscriptionCertificate",
    ),
    Case(
        "add_management_certificate",
        {
            "public_key": "MIIBCgKCAQEA",
            "thumbprint": "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
            "data": "MIIC9jCC",
        },
        "POST",
        f"/{SUBSCRIPTION}/certificates",
    ),
    Case(
        "delete_management_certificate",
        {"thumbprint": "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"},
        "DELETE",
        f"/{SUBSCRIPTION}/certificates/BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2",
    ),
    Case(
        "list_affinity_groups",
        {},
        "GET",
        f"/{SUBSCRIPTION}/affinitygroups",
        returns="list:AffinityGroup",
    ),
    Case(
        "get_affinity_group_properties",
        {"affinity_group_name": "myag"},
        "GET",
        f"/{SUBSCRIPTION}/affinitygroups/myag",
        returns="AffinityGroup",
    ),
    Case(
        "create_affinity_group",
        {"name": "myag", "label": "my group", "location": "West US", "description": "d"},
        "POST",
        f"/{SUBSCRIPTION}/affinitygroups",
    ),
    Case(
        "update_affinity_group",
        {"affinity_group_name": "myag", "label": "new", "description": "d"},
        "PUT",
        f"/{SUBSCRIPTION}/affinitygroups/myag",
    ),
    Case(
        "delete_affinity_group",
        {"affinity_group_name": "myag"},
        "DELETE",
        f"/{SUBSCRIPTION}/affinitygroups/myag",
    ),
    Case(
        "create_reserved_ip_address",
        {"name": "myip", "label": "l", "location": "West US"},
        "POST",
        f"{NETWORKING}/reservedips",
        returns="async",
        x_ms_version="2016-07-01",
    ),
    Case(
        "delete_reserved_ip_address",
        {"name": "myip"},
        "DELETE",
        f"{NETWORKING}/reservedips/myip",
        returns="async",
        x_ms_version="2016-07-01",
    ),
    Case(
        "associate_reserved_ip_address",
        {"name": "myip", "service_name": "mysvc", "deployment_name": "mydep"},
        "POST",
        f"{NETWORKING}/reservedips/myip/operations/associate",
        returns="async",
        x_ms_version="2016-07-01",
    ),
    Case(
        "disassociate_reserved_ip_address",
        {
            "name": "myip",
            "service_name": "mysvc",
            "deployment_name": "mydep",
            "virtual_ip_name": "v",
        },
        "POST",
        f"{NETWORKING}/reservedips/myip/operations/disassociate",
        returns="async",
        x_ms_version="2016-07-01",
    ),
    Case(
        "get_reserved_ip_address",
        {"name": "myip"},
        "GET",
        f"{NETWORKING}/reservedips/myip",
        returns="ReservedIP",
        x_ms_version="2016-07-01",
    ),
    Case(
        "list_reserved_ip_addresses",
        {},
        "GET",
        f"{NETWORKING}/reservedips",
        returns="list:ReservedIP",
        x_ms_version="2016-07-01",
    ),
    Case(
        "list_resource_extensions",
        {},
        "GET",
        f"/{SUBSCRIPTION}/services/resourceextensions",
        returns="list:ResourceExtension",
    ),
    Case(
        "list_resource_extension_versions",
        {"publisher_name": "Microsoft.Compute", "extension_name": "BGInfo"},
        "GET",
        f"/{SUBSCRIPTION}/services/resourceextensions/Microsoft.Compute/BGInfo",
        returns="list:ResourceExtension",
    ),
    Case(
        "replicate_vm_image",
        {
            "vm_image_name": "myimage",
            "regions": ["West US"],
            "offer": "o",
            "sku": "s",
            "version": "1.0.0",
        },
        "PUT",
        f"/{SUBSCRIPTION}/services/images/myimage/replicate",
        returns="async",
        x_ms_version="2015-04-01",
    ),
    Case(
        "unreplicate_vm_image",
        {"vm_image_name": "myimage"},
        "PUT",
        f"/{SUBSCRIPTION}/services/images/myimage/unreplicate",
        returns="async",
        x_ms_version="2015-04-01",
    ),
    Case(
        "share_vm_image",
        {"vm_image_name": "myimage", "permission": "Public"},
        "PUT",
        f"/{SUBSCRIPTION}/services/images/myimage/shareasync",
        "permission=Public",
        returns="async",
        x_ms_version="2015-04-01",
    ),
    Case(
        "create_vm_image",
        {"vm_image": _vm_image()},
        "POST",
        f"/{SUBSCRIPTION}/services/vmimages",
        returns="async",
    ),
    Case(
        "update_vm_image",
        {"vm_image_name": "myimage", "vm_image": azure_asm.models.UpdateVMImageInput(label="new")},
        "PUT",
        f"/{SUBSCRIPTION}/services/vmimages/myimage",
        returns="async",
    ),
    Case(
        "get_os_image_details",
        {"image_name": "myos"},
        "GET",
        f"/{SUBSCRIPTION}/services/images/myos/details",
        returns="OSImageDetails",
    ),
    Case(
        "update_os_image_from_image_reference",
        {"image_name": "myos", "os_image": _os_image()},
        "PUT",
        f"/{SUBSCRIPTION}/services/images/myos",
        returns="async",
    ),
    Case(
        "list_virtual_network_sites",
        {},
        "GET",
        f"{NETWORKING}/virtualnetwork",
        returns="list:VirtualNetworkSite",
        x_ms_version="2016-07-01",
    ),
    Case(
        "get_network_configuration",
        {},
        "GET",
        f"{NETWORKING}/media",
        returns="NetworkConfiguration",
        x_ms_version="2016-07-01",
    ),
    Case(
        "set_network_configuration",
        {"network_configuration": _network_configuration()},
        "PUT",
        f"{NETWORKING}/media",
        returns="async",
        x_ms_version="2016-07-01",
    ),
)


def first_case(operation: str) -> Case:
    """The first hand-written call of `operation` (not every operation has one: valid calls of
    any operation come from operation_calls.baseline_arguments / arguments)."""
    for case in CASES:
        if case.operation == operation:
            return case
    raise LookupError(
        f"client_cases.CASES has no hand-written call of {operation}; "
        "use operation_calls.baseline_arguments"
    )
