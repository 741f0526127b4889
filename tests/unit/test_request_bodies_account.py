"""What the subscription, certificate, affinity group, networking and image publishing
operations put on the wire, checked against the reference fact table.

The expected documents follow docs/reference/operations.md ("Request bodies": the
element order of the legacy `azure-servicemanagement-legacy` serializer, which ASM's data
contract deserializer needs). Where the reference is wrong the wire wins and the case says so
(docs/legacy-differences.md): add_service_certificate sends no Password for a `.cer` file.
set_network_configuration has no reference; its document follows the netcfg schema. Bodies are
compared as canonical XML (C14N 2.0) after a recording fake transport caught the request;
method, URL (path and query, in order), x-ms-version, Content-Type and the return value are
checked for every operation, and the parameters against the reference's signatures.
"""

from __future__ import annotations

import base64
import datetime
import inspect
import re
from typing import Any

import pytest
from lxml import etree

from azure_asm import (
    CreateDataDiskConfigurationInput,
    CreateOSDiskConfigurationInput,
    CreateVMImageInput,
    DnsServerRef,
    LocalNetworkConnection,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    NetworkConfiguration,
    NetworkDnsServer,
    NetworkGateway,
    ServiceManagementService,
    SubnetConfiguration,
    UpdateDataDiskConfigurationInput,
    UpdateOSDiskConfigurationInput,
    UpdateOSImageInput,
    UpdateVMImageInput,
    VirtualNetworkSiteConfiguration,
)
from azure_asm.catalog import OPERATIONS
from azure_asm.deserializers import deserialize_subscription_operation_collection
from azure_asm.models import SubscriptionOperationCollection
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_emulator_codecs.serializers import serialize_subscription_operation_collection
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document

WA = "http://schemas.microsoft.com/windowsazure"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NETCFG = "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration"
NS = f'xmlns="{WA}" xmlns:i="{XSI}"'
HOST = "management.example.test"
SUB = "sub-id"
ROOT = f"https://{HOST}/{SUB}"
CONTENT_TYPE = "application/atom+xml;type=entry;charset=utf-8"
VHD = "https://acct.blob.core.windows.net/vhds"
THUMB = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"


class RecordingTransport:
    """Records every request; answers as ASM would for a successful call of `operation`."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        info = OPERATIONS[self.operation]
        headers = {"x-ms-request-id": "req-1"}
        if info.is_async:
            return HttpResponse(202, headers, b"")
        if CODECS[info.name].write_response is None:
            return HttpResponse(200, headers, b"")
        if info.response_is_list:
            return HttpResponse(200, headers, CODECS[info.name].write_response([]))
        import azure_asm.models

        model = getattr(azure_asm.models, info.response_shape or "")
        return HttpResponse(200, headers, CODECS[info.name].write_response(model()))


def call(operation: str, *args: Any, **kwargs: Any) -> tuple[Any, HttpRequest]:
    transport = RecordingTransport(operation)
    client = ServiceManagementService(SUB, transport=transport, host=HOST, strict=True)
    result = getattr(client, operation)(*args, **kwargs)
    assert len(transport.requests) == 1
    return result, transport.requests[0]


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def canonical(document: str | bytes) -> str:
    if isinstance(document, bytes):
        document = document.decode("utf-8")
    return etree.canonicalize(xml_data=document)


def compact(pretty: str) -> str:
    return re.sub(r">\s+<", "><", pretty.strip())


# --- operations with a body ---------------------------------------------------------------


def _vm_image_for_create() -> CreateVMImageInput:
    image = CreateVMImageInput("myimage", "my label", "a description")
    image.os_disk_configuration = CreateOSDiskConfigurationInput(
        host_caching="ReadWrite", os_state="Generalized", os="Linux", media_link=f"{VHD}/os.vhd"
    )
    image.data_disk_configurations = [
        CreateDataDiskConfigurationInput(
            host_caching="ReadOnly", lun=0, media_link=f"{VHD}/d0.vhd", logical_disk_size_in_gb=10
        )
    ]
    image.language = "English"
    image.image_family = "family"
    image.recommended_vm_size = "Small"
    image.eula = "http://eula"
    image.icon_uri = "http://icon"
    image.small_icon_uri = "http://small"
    image.privacy_uri = "http://privacy"
    image.published_date = datetime.datetime(2015, 1, 2, tzinfo=datetime.UTC)
    image.show_in_gui = True
    return image


def _vm_image_for_update() -> UpdateVMImageInput:
    image = UpdateVMImageInput(label="new label", description="new description")
    image.os_disk_configuration = UpdateOSDiskConfigurationInput(host_caching="ReadOnly")
    image.data_disk_configurations = [
        UpdateDataDiskConfigurationInput(name="d0", host_caching="None", lun=0)
    ]
    image.language = "English"
    image.image_family = "family"
    image.recommended_vm_size = "Medium"
    image.eula = "http://eula"
    image.icon_uri = "http://icon"
    image.small_icon_uri = "http://small"
    image.privacy_uri = "http://privacy"
    image.published_date = datetime.datetime(2015, 1, 2, tzinfo=datetime.UTC)
    image.show_in_gui = False
    return image


def _os_image_reference() -> UpdateOSImageInput:
    image = UpdateOSImageInput("label & co")
    image.eula = "http://eula"
    image.description = "description"
    image.image_family = "family"
    image.show_in_gui = True
    image.published_date = datetime.datetime(2015, 1, 2, tzinfo=datetime.UTC)
    image.icon_uri = "http://icon"
    image.privacy_uri = "http://privacy"
    image.recommended_vm_size = "Small"
    image.small_icon_uri = "http://small"
    image.language = "English"
    return image


def _network_configuration() -> NetworkConfiguration:
    return NetworkConfiguration(
        dns_servers=[NetworkDnsServer("dc1", "10.0.0.4")],
        local_network_sites=[LocalNetworkSite("office", ["192.168.0.0/24"], "203.0.113.10")],
        virtual_network_sites=[
            VirtualNetworkSiteConfiguration(
                "vnet1",
                "West US",
                ["10.0.0.0/16"],
                [SubnetConfiguration("Subnet-1", "10.0.0.0/24")],
                dns_servers_ref=[DnsServerRef("dc1")],
                gateway=NetworkGateway(
                    profile="Small",
                    vpn_client_address_pool=["172.16.0.0/24"],
                    connections_to_local_network=[
                        LocalNetworkSiteRef("office", LocalNetworkConnection("IPsec"))
                    ],
                ),
            )
        ],
    )


BODY_CASES: list[dict[str, Any]] = [
    {
        "id": "regenerate_storage_account_keys",
        "call": ("regenerate_storage_account_keys", ("acct", "Secondary"), {}),
        "url": f"{ROOT}/services/storageservices/acct/keys?action=regenerate",
        "method": "POST",
        "returns": "StorageService",
        "expected": f"<RegenerateKeys {NS}><KeyType>Secondary</KeyType></RegenerateKeys>",
    },
    {
        "id": "add_service_certificate-pfx",
        "call": ("add_service_certificate", ("svc", "MIIpfx==", "pfx", "p&ss<word>"), {}),
        "url": f"{ROOT}/services/hostedservices/svc/certificates",
        "method": "POST",
        "returns": "async",
        "expected": f"""
            <CertificateFile {NS}>
              <Data>MIIpfx==</Data>
              <CertificateFormat>pfx</CertificateFormat>
              <Password>p&amp;ss&lt;word&gt;</Password>
            </CertificateFile>""",
    },
    {
        # The reference refuses password=None and always sends <Password>; a .cer has none.
        "id": "add_service_certificate-cer-without-password",
        "call": ("add_service_certificate", ("svc", "MIIcer==", "cer"), {}),
        "url": f"{ROOT}/services/hostedservices/svc/certificates",
        "method": "POST",
        "returns": "async",
        "expected": f"""
            <CertificateFile {NS}>
              <Data>MIIcer==</Data>
              <CertificateFormat>cer</CertificateFormat>
            </CertificateFile>""",
    },
    {
        "id": "add_management_certificate",
        "call": ("add_management_certificate", ("MIIBCgKCAQEA", THUMB, "MIIC9jCC"), {}),
        "url": f"{ROOT}/certificates",
        "method": "POST",
        "returns": "none",
        "expected": f"""
            <SubscriptionCertificate {NS}>
              <SubscriptionCertificatePublicKey>MIIBCgKCAQEA</SubscriptionCertificatePublicKey>
              <SubscriptionCertificateThumbprint>{THUMB}</SubscriptionCertificateThumbprint>
              <SubscriptionCertificateData>MIIC9jCC</SubscriptionCertificateData>
            </SubscriptionCertificate>""",
    },
    {
        "id": "create_affinity_group",
        "call": ("create_affinity_group", ("ag", "my group", "West US", "desc & more"), {}),
        "url": f"{ROOT}/affinitygroups",
        "method": "POST",
        "returns": "none",
        "expected": f"""
            <CreateAffinityGroup {NS}>
              <Name>ag</Name>
              <Label>{b64("my group")}</Label>
              <Description>desc &amp; more</Description>
              <Location>West US</Location>
            </CreateAffinityGroup>""",
    },
    {
        "id": "create_affinity_group-no-description",
        "call": ("create_affinity_group", ("ag", "my group", "West US"), {}),
        "url": f"{ROOT}/affinitygroups",
        "method": "POST",
        "returns": "none",
        "expected": f"""
            <CreateAffinityGroup {NS}>
              <Name>ag</Name><Label>{b64("my group")}</Label><Location>West US</Location>
            </CreateAffinityGroup>""",
    },
    {
        "id": "update_affinity_group",
        "call": ("update_affinity_group", ("ag", "new label", "new description"), {}),
        "url": f"{ROOT}/affinitygroups/ag",
        "method": "PUT",
        "returns": "none",
        "expected": f"""
            <UpdateAffinityGroup {NS}>
              <Label>{b64("new label")}</Label>
              <Description>new description</Description>
            </UpdateAffinityGroup>""",
    },
    {
        "id": "create_reserved_ip_address",
        "call": ("create_reserved_ip_address", ("myip", "plain label", "West US"), {}),
        "url": f"{ROOT}/services/networking/reservedips",
        "version": "2016-07-01",
        "method": "POST",
        "returns": "async",
        "expected": f"""
            <ReservedIP {NS}>
              <Name>myip</Name><Label>plain label</Label><Location>West US</Location>
            </ReservedIP>""",
    },
    {
        "id": "associate_reserved_ip_address",
        "call": ("associate_reserved_ip_address", ("myip", "svc", "dep"), {}),
        "url": f"{ROOT}/services/networking/reservedips/myip/operations/associate",
        "method": "POST",
        "version": "2016-07-01",
        "returns": "async",
        "expected": f"""
            <ReservedIPAssociation {NS}>
              <ServiceName>svc</ServiceName><DeploymentName>dep</DeploymentName>
            </ReservedIPAssociation>""",
    },
    {
        "id": "disassociate_reserved_ip_address",
        "call": ("disassociate_reserved_ip_address", ("myip", "svc", "dep", "vip2"), {}),
        "url": f"{ROOT}/services/networking/reservedips/myip/operations/disassociate",
        "method": "POST",
        "version": "2016-07-01",
        "returns": "async",
        "expected": f"""
            <ReservedIPAssociation {NS}>
              <ServiceName>svc</ServiceName>
              <DeploymentName>dep</DeploymentName>
              <VirtualIPName>vip2</VirtualIPName>
            </ReservedIPAssociation>""",
    },
    {
        "id": "replicate_vm_image",
        "call": (
            "replicate_vm_image",
            ("img", ["West US", "West Europe"], "offer", "sku", "1.2.3"),
            {},
        ),
        "url": f"{ROOT}/services/images/img/replicate",
        "method": "PUT",
        "version": "2015-04-01",
        "returns": "async",
        "expected": f"""
            <ReplicationInput {NS}>
              <TargetLocations>
                <Region>West US</Region><Region>West Europe</Region>
              </TargetLocations>
              <ComputeImageAttributes>
                <Offer>offer</Offer><Sku>sku</Sku><Version>1.2.3</Version>
              </ComputeImageAttributes>
            </ReplicationInput>""",
    },
    {
        "id": "create_vm_image",
        "call": ("create_vm_image", (_vm_image_for_create(),), {}),
        "url": f"{ROOT}/services/vmimages",
        "method": "POST",
        "returns": "async",
        "expected": f"""
            <VMImage {NS}>
              <Name>myimage</Name>
              <Label>my label</Label>
              <Description>a description</Description>
              <OSDiskConfiguration>
                <HostCaching>ReadWrite</HostCaching>
                <OSState>Generalized</OSState>
                <OS>Linux</OS>
                <MediaLink>{VHD}/os.vhd</MediaLink>
              </OSDiskConfiguration>
              <DataDiskConfigurations>
                <DataDiskConfiguration>
                  <HostCaching>ReadOnly</HostCaching>
                  <Lun>0</Lun>
                  <MediaLink>{VHD}/d0.vhd</MediaLink>
                  <LogicalDiskSizeInGB>10</LogicalDiskSizeInGB>
                </DataDiskConfiguration>
              </DataDiskConfigurations>
              <Language>English</Language>
              <ImageFamily>family</ImageFamily>
              <RecommendedVMSize>Small</RecommendedVMSize>
              <Eula>http://eula</Eula>
              <IconUri>http://icon</IconUri>
              <SmallIconUri>http://small</SmallIconUri>
              <PrivacyUri>http://privacy</PrivacyUri>
              <PublishedDate>2015-01-02T00:00:00Z</PublishedDate>
              <ShowInGui>true</ShowInGui>
            </VMImage>""",
    },
    {
        "id": "update_vm_image",
        "call": ("update_vm_image", ("myimage", _vm_image_for_update()), {}),
        "url": f"{ROOT}/services/vmimages/myimage",
        "method": "PUT",
        "returns": "async",
        "expected": f"""
            <VMImage {NS}>
              <Label>new label</Label>
              <Description>new description</Description>
              <OSDiskConfiguration><HostCaching>ReadOnly</HostCaching></OSDiskConfiguration>
              <DataDiskConfigurations>
                <DataDiskConfiguration>
                  <Name>d0</Name><HostCaching>None</HostCaching><Lun>0</Lun>
                </DataDiskConfiguration>
              </DataDiskConfigurations>
              <Language>English</Language>
              <ImageFamily>family</ImageFamily>
              <RecommendedVMSize>Medium</RecommendedVMSize>
              <Eula>http://eula</Eula>
              <IconUri>http://icon</IconUri>
              <SmallIconUri>http://small</SmallIconUri>
              <PrivacyUri>http://privacy</PrivacyUri>
              <PublishedDate>2015-01-02T00:00:00Z</PublishedDate>
              <ShowInGui>false</ShowInGui>
            </VMImage>""",
    },
    {
        "id": "update_os_image_from_image_reference",
        "call": ("update_os_image_from_image_reference", ("myos", _os_image_reference()), {}),
        "url": f"{ROOT}/services/images/myos",
        "method": "PUT",
        "returns": "async",
        "expected": f"""
            <OSImage {NS}>
              <Label>label &amp; co</Label>
              <Eula>http://eula</Eula>
              <Description>description</Description>
              <ImageFamily>family</ImageFamily>
              <ShowInGui>true</ShowInGui>
              <PublishedDate>2015-01-02T00:00:00Z</PublishedDate>
              <IconUri>http://icon</IconUri>
              <PrivacyUri>http://privacy</PrivacyUri>
              <RecommendedVMSize>Small</RecommendedVMSize>
              <SmallIconUri>http://small</SmallIconUri>
              <Language>English</Language>
            </OSImage>""",
    },
    {
        "id": "set_network_configuration",
        "call": ("set_network_configuration", (_network_configuration(),), {}),
        "url": f"{ROOT}/services/networking/media",
        "version": "2016-07-01",
        "method": "PUT",
        "returns": "async",
        "namespace": NETCFG,
        "expected": f"""
            <NetworkConfiguration xmlns="{NETCFG}" xmlns:i="{XSI}">
              <VirtualNetworkConfiguration>
                <Dns>
                  <DnsServers><DnsServer name="dc1" IPAddress="10.0.0.4"/></DnsServers>
                </Dns>
                <LocalNetworkSites>
                  <LocalNetworkSite name="office">
                    <AddressSpace><AddressPrefix>192.168.0.0/24</AddressPrefix></AddressSpace>
                    <VPNGatewayAddress>203.0.113.10</VPNGatewayAddress>
                  </LocalNetworkSite>
                </LocalNetworkSites>
                <VirtualNetworkSites>
                  <VirtualNetworkSite name="vnet1" Location="West US">
                    <AddressSpace><AddressPrefix>10.0.0.0/16</AddressPrefix></AddressSpace>
                    <Subnets>
                      <Subnet name="Subnet-1"><AddressPrefix>10.0.0.0/24</AddressPrefix></Subnet>
                    </Subnets>
                    <DnsServersRef><DnsServerRef name="dc1"/></DnsServersRef>
                    <Gateway profile="Small">
                      <VPNClientAddressPool>
                        <AddressPrefix>172.16.0.0/24</AddressPrefix>
                      </VPNClientAddressPool>
                      <ConnectionsToLocalNetwork>
                        <LocalNetworkSiteRef name="office">
                          <Connection type="IPsec"/>
                        </LocalNetworkSiteRef>
                      </ConnectionsToLocalNetwork>
                    </Gateway>
                  </VirtualNetworkSite>
                </VirtualNetworkSites>
              </VirtualNetworkConfiguration>
            </NetworkConfiguration>""",
    },
]


def _check_request(case: dict[str, Any], result: Any, request: HttpRequest) -> None:
    operation = case["call"][0]
    info = OPERATIONS[operation]
    assert request.method == case["method"] == info.method
    assert request.url == case["url"]
    assert request.headers["x-ms-version"] == case.get("version", "2014-10-01") == info.x_ms_version
    if case["method"] == "GET":
        assert "Content-Type" not in request.headers
    else:
        assert request.headers["Content-Type"] == CONTENT_TYPE
    returns = case["returns"]
    if returns == "async":
        assert isinstance(result, AsyncOperation)
        assert result.request_id == "req-1"
    elif returns == "none":
        assert result is None
    elif returns.startswith("list:"):
        assert result == []
    else:
        assert type(result).__name__ == returns


@pytest.mark.parametrize("case", BODY_CASES, ids=[case["id"] for case in BODY_CASES])
def test_request_body_matches_the_reference(case: dict[str, Any]) -> None:
    operation, args, kwargs = case["call"]
    result, request = call(operation, *args, **kwargs)
    _check_request(case, result, request)
    body = request.body
    assert body is not None
    assert not body.startswith(b"<?xml")
    root = parse_document(body)
    assert root.nsmap == {None: case.get("namespace", WA), "i": XSI}
    assert canonical(body) == canonical(compact(case["expected"]))
    info = OPERATIONS[operation]
    assert CODECS[info.name].read_request is not None
    CODECS[info.name].read_request(root, DeserializeContext(strict=True))


def test_every_account_operation_with_a_body_has_a_case() -> None:
    mine = {case["call"][0] for case in BODY_CASES}
    with_body = {name for name in ACCOUNT_OPERATIONS if OPERATIONS[name].request_shape}
    assert with_body <= mine


# --- operations without a body ------------------------------------------------------------

NO_BODY_CASES: list[dict[str, Any]] = [
    {"call": ("list_subscriptions", (), {}), "method": "GET",
     "url": f"https://{HOST}/subscriptions", "returns": "list:"},
    {"call": ("get_subscription", (), {}), "method": "GET", "url": ROOT, "returns": "Subscription"},
    {"call": ("list_subscription_operations", (), {}), "method": "GET",
     "url": f"{ROOT}/operations", "returns": "SubscriptionOperationCollection"},
    {
        "call": (
            "list_subscription_operations",
            ("2015-01-01", "2015-01-31T12:00:00Z", "/sub-id/services/hostedservices/a b",
             "Failed", "tok=en/+"),
            {},
        ),
        "method": "GET",
        "url": f"{ROOT}/operations?StartTime=2015-01-01&EndTime=2015-01-31T12%3A00%3A00Z"
        "&ObjectIdFilter=/sub-id/services/hostedservices/a%20b"  # `/` and `=` stay as in the
        "&OperationResultFilter=Failed&ContinuationToken=tok=en/%2B",  # reference

        "returns": "SubscriptionOperationCollection",
    },
    {"call": ("list_service_certificates", ("svc",), {}), "method": "GET",
     "url": f"{ROOT}/services/hostedservices/svc/certificates", "returns": "list:"},
    {"call": ("get_service_certificate", ("svc", "sha1", THUMB), {}), "method": "GET",
     "url": f"{ROOT}/services/hostedservices/svc/certificates/sha1-{THUMB}",
     "returns": "Certificate"},
    {"call": ("delete_service_certificate", ("svc", "sha1", THUMB), {}), "method": "DELETE",
     "url": f"{ROOT}/services/hostedservices/svc/certificates/sha1-{THUMB}", "returns": "async"},
    {"call": ("list_management_certificates", (), {}), "method": "GET",
     "url": f"{ROOT}/certificates", "returns": "list:"},
    {"call": ("get_management_certificate", (THUMB,), {}), "method": "GET",
     "url": f"{ROOT}/certificates/{THUMB}", "returns": "SubscriptionCertificate"},
    {"call": ("delete_management_certificate", (THUMB,), {}), "method": "DELETE",
     "url": f"{ROOT}/certificates/{THUMB}", "returns": "none"},
    {"call": ("list_affinity_groups", (), {}), "method": "GET",
     "url": f"{ROOT}/affinitygroups", "returns": "list:"},
    {"call": ("get_affinity_group_properties", ("ag",), {}), "method": "GET",
     "url": f"{ROOT}/affinitygroups/ag", "returns": "AffinityGroup"},
    {"call": ("delete_affinity_group", ("ag",), {}), "method": "DELETE",
     "url": f"{ROOT}/affinitygroups/ag", "returns": "none"},
    {"call": ("delete_reserved_ip_address", ("myip",), {}), "method": "DELETE",
     "version": "2016-07-01",
     "url": f"{ROOT}/services/networking/reservedips/myip", "returns": "async"},
    {"call": ("get_reserved_ip_address", ("myip",), {}), "method": "GET",
     "version": "2016-07-01",
     "url": f"{ROOT}/services/networking/reservedips/myip", "returns": "ReservedIP"},
    {"call": ("list_reserved_ip_addresses", (), {}), "method": "GET",
     "version": "2016-07-01",
     "url": f"{ROOT}/services/networking/reservedips", "returns": "list:"},
    {"call": ("list_resource_extensions", (), {}), "method": "GET",
     "url": f"{ROOT}/services/resourceextensions", "returns": "list:"},
    {"call": ("list_resource_extension_versions", ("Microsoft.Compute", "BGInfo"), {}),
     "method": "GET", "url": f"{ROOT}/services/resourceextensions/Microsoft.Compute/BGInfo",
     "returns": "list:"},
    {"call": ("unreplicate_vm_image", ("img",), {}), "method": "PUT", "version": "2015-04-01",
     "url": f"{ROOT}/services/images/img/unreplicate", "returns": "async"},
    {"call": ("share_vm_image", ("img", "Public"), {}), "method": "PUT", "version": "2015-04-01",
     "url": f"{ROOT}/services/images/img/shareasync?permission=Public", "returns": "async"},
    {"call": ("get_os_image_details", ("myos",), {}), "method": "GET",
     "url": f"{ROOT}/services/images/myos/details", "returns": "OSImageDetails"},
    {"call": ("list_virtual_network_sites", (), {}), "method": "GET",
     "version": "2016-07-01",
     "url": f"{ROOT}/services/networking/virtualnetwork", "returns": "list:"},
    {"call": ("get_network_configuration", (), {}), "method": "GET",
     "version": "2016-07-01",
     "url": f"{ROOT}/services/networking/media", "returns": "NetworkConfiguration"},
]  # fmt: skip

ACCOUNT_OPERATIONS = sorted(
    {case["call"][0] for case in BODY_CASES} | {case["call"][0] for case in NO_BODY_CASES}
)


@pytest.mark.parametrize("case", NO_BODY_CASES, ids=lambda case: case["call"][0])
def test_method_url_and_headers(case: dict[str, Any]) -> None:
    operation, args, kwargs = case["call"]
    result, request = call(operation, *args, **kwargs)
    _check_request(case, result, request)
    if case["method"] == "GET":
        assert request.body is None
    else:
        assert not request.body  # an empty PUT/DELETE body


def test_all_35_operations_are_covered() -> None:
    assert len(ACCOUNT_OPERATIONS) == 35
    assert set(ACCOUNT_OPERATIONS) <= set(OPERATIONS)


# --- signatures against the reference package ---------------------------------------------

legacy = pytest.importorskip("azure.servicemanagement")


@pytest.mark.parametrize(
    "operation",
    [name for name in ACCOUNT_OPERATIONS if not name.endswith("_network_configuration")],
)
def test_parameters_match_the_reference(operation: str) -> None:
    ours = inspect.signature(getattr(ServiceManagementService, operation))
    theirs = inspect.signature(getattr(legacy.ServiceManagementService, operation))
    # The reference's parameters, in its order; newer API versions may add optional ones after.
    assert list(ours.parameters)[: len(theirs.parameters)] == list(theirs.parameters)
    extra = list(ours.parameters.values())[len(theirs.parameters) :]
    assert all(parameter.default is None for parameter in extra)
    for name, parameter in theirs.parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            assert ours.parameters[name].default == parameter.default, name


def test_iter_subscription_operations_follows_the_tokens() -> None:
    pages = [
        SubscriptionOperationCollection(subscription_operations=[], continuation_token="t1"),
        SubscriptionOperationCollection(subscription_operations=[], continuation_token=None),
    ]
    requests: list[HttpRequest] = []

    class Pager:
        def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
            requests.append(request)
            body = serialize_subscription_operation_collection(pages[len(requests) - 1])
            return HttpResponse(200, {"x-ms-request-id": "r"}, body)

    client = ServiceManagementService(SUB, transport=Pager(), host=HOST, strict=True)
    assert list(client.iter_subscription_operations("2015-01-01", "2015-01-02")) == []
    assert [r.url.rpartition("?")[2] for r in requests] == [
        "StartTime=2015-01-01&EndTime=2015-01-02",
        "StartTime=2015-01-01&EndTime=2015-01-02&ContinuationToken=t1",
    ]


def test_operation_parameters_are_read_in_the_data_contract_namespace() -> None:
    dc = "http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement"
    document = f"""
        <SubscriptionOperationCollection {NS}>
          <SubscriptionOperations>
            <SubscriptionOperation>
              <OperationId>op1</OperationId>
              <OperationParameters xmlns:d2p1="{dc}">
                <OperationParameter>
                  <d2p1:Name>serviceName</d2p1:Name><d2p1:Value>mysvc</d2p1:Value>
                </OperationParameter>
              </OperationParameters>
              <OperationStatus><ID>op1</ID><Status>Succeeded</Status></OperationStatus>
            </SubscriptionOperation>
          </SubscriptionOperations>
        </SubscriptionOperationCollection>"""
    root = parse_document(compact(document).encode())
    page = deserialize_subscription_operation_collection(root, DeserializeContext(strict=True))
    (operation,) = page.subscription_operations or []
    parameters = [(p.name, p.value) for p in operation.operation_parameters or []]
    assert parameters == [("serviceName", "mysvc")]
