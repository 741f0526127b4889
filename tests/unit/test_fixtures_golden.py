"""Real ASM response bodies (Apache Libcloud's fixtures) read in strict mode through the client.

Every file of the fixture folder goes through the operation its README names, with a fake
transport answering that body (200, or 404 for `<Error>` bodies). Strict parsing means any
element the spec does not describe fails the test. Spot checks pin down decoded values.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from azure_asm import (
    CaptureRoleAsVMImage,
    Deployment,
    HostedService,
    NetworkConfigurationSet,
    PersistentVMRole,
    ServiceManagementService,
)
from azure_asm.deserializers import deserialize_deployment, deserialize_locations
from azure_asm_runtime.errors import ResourceNotFoundError, UnknownElementError
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document
from tests.unit.client_cases import RecordingTransport, make_client

FIXTURES = Path(__file__).parents[1] / "fixtures" / "libcloud"
FILES = sorted(FIXTURES.glob("*.xml"))
WA = "{http://schemas.microsoft.com/windowsazure}"


def _capture(service: str, deployment: str, role: str) -> dict[str, Any]:
    options = CaptureRoleAsVMImage("Specialized", "img", "img")
    return {"operation": "capture_vm_image", "args": (service, deployment, role, options)}


# (file name pattern, operation, arguments from the match) -- as the README lists them.
ROUTES: list[tuple[str, Any]] = [
    (r"locations", lambda m: {"operation": "list_locations", "args": ()}),
    (r"operations_(\w+)", lambda m: {"operation": "get_operation_status", "args": m.groups()}),
    (
        r"services_hostedservices_(\w+?)_deployments_(\w+?)_roleinstances_(\w+)",
        lambda m: _capture(*m.groups()),
    ),
    (
        r"services_hostedservices_(\w+?)_deploymentslots_(\w+)",
        lambda m: {"operation": "get_deployment_by_slot", "args": m.groups()},
    ),
    # README: "create/get deployment error bodies"; the files actually hold a <HostedService>
    # document (what libcloud answered the deployment POST with), read here as what it is.
    (
        r"services_hostedservices_(\w+?)_deployments",
        lambda m: {"operation": "get_hosted_service_properties", "args": m.groups()},
    ),
    (
        r"services_hostedservices_(\w+)",
        lambda m: {"operation": "get_hosted_service_properties", "args": m.groups()},
    ),
    (r"services_images", lambda m: {"operation": "list_os_images", "args": ()}),
    (r"services_vmimages", lambda m: {"operation": "list_vm_images", "args": ()}),
    (
        r"services_storageservices_(\w+)",
        lambda m: {"operation": "get_storage_account_properties", "args": m.groups()},
    ),
]


def route(path: Path) -> dict[str, Any]:
    for pattern, make in ROUTES:
        match = re.fullmatch(pattern, path.stem)
        if match:
            return make(match)  # type: ignore[no-any-return]
    raise AssertionError(f"{path.name}: the fixture README names no operation for it")


def is_error(body: bytes) -> bool:
    return etree.QName(parse_document(body)).localname == "Error"


def answer(body: bytes) -> tuple[ServiceManagementService, RecordingTransport]:
    status = 404 if is_error(body) else 200
    headers = {"x-ms-request-id": "fixture-request"}
    transport = RecordingTransport(lambda request: HttpResponse(status, headers, body))
    return make_client(transport, strict=True), transport


def call_with_fixture(name: str) -> Any:
    path = FIXTURES / name
    target = route(path)
    client, _ = answer(path.read_bytes())
    return getattr(client, target["operation"])(*target["args"])


def test_the_fixture_folder_is_there() -> None:
    assert FIXTURES.is_dir(), FIXTURES
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_fixture_parses_strictly_through_its_operation(path: Path) -> None:
    body = path.read_bytes()
    target = route(path)
    client, transport = answer(body)
    method = getattr(client, target["operation"])
    if is_error(body):
        root = parse_document(body)
        with pytest.raises(ResourceNotFoundError) as raised:
            method(*target["args"])
        assert raised.value.status == 404
        assert raised.value.code == root.findtext(f"{WA}Code") == "ResourceNotFound"
        assert raised.value.message == root.findtext(f"{WA}Message")
        assert raised.value.request_id == "fixture-request"
    else:
        result = method(*target["args"])
        assert result is not None
        if isinstance(result, list):
            assert not result.unknown_elements  # type: ignore[attr-defined]
        else:
            assert not isinstance(result, AsyncOperation)
            assert not result.unknown_elements
    assert len(transport.requests) == 1


# --- spot checks --------------------------------------------------------------------------


def test_deployment_fixture_values() -> None:
    deployment = call_with_fixture(
        "services_hostedservices_dcoddkinztest01_deploymentslots_Production.xml"
    )
    assert isinstance(deployment, Deployment)
    assert deployment.name == "dc03"
    assert deployment.deployment_slot == "Production"
    assert deployment.status == "Running"
    assert deployment.label == "dc03"  # base64 "ZGMwMw==" decoded
    assert deployment.configuration is not None
    assert deployment.configuration.startswith("<ServiceConfiguration")
    assert deployment.url == "http://dcoddkinztest01.cloudapp.net/"
    assert deployment.upgrade_domain_count == 1
    assert deployment.locked is False
    assert deployment.created_time == datetime(2014, 5, 27, 15, 30, 1, tzinfo=UTC)
    assert deployment.sdk_version == ""  # <SdkVersion/>: empty, not absent
    assert deployment.extended_properties == {}
    assert deployment.load_balancers == []
    assert deployment.internal_dns_suffix == "dcoddkinztest01.f5.internal.cloudapp.net"

    instances = deployment.role_instance_list
    assert len(instances) == 2
    first = instances[0]
    assert (first.role_name, first.instance_name, first.power_state) == ("dc03", "dc03", "Started")
    assert first.instance_state_details == ""
    assert first.ip_address == "100.92.66.69"
    (ssh,) = first.instance_endpoints
    assert ssh.name == "SSH"
    assert ssh.public_port == 22 and isinstance(ssh.public_port, int)
    assert ssh.local_port == 22
    assert ssh.protocol == "tcp"
    assert instances[1].instance_endpoints[0].public_port == 57706
    agent = first.guest_agent_status
    assert agent is not None
    assert agent.status == "NotReady"
    assert agent.guest_agent_version == "Unknown"
    assert agent.timestamp == datetime(2014, 5, 28, 9, 20, 27, tzinfo=UTC)
    assert agent.formatted_message is not None
    assert agent.formatted_message.language == "en-US"
    assert agent.formatted_message.message.startswith("VM Agent is unresponsive")

    roles = deployment.role_list
    assert [type(role) for role in roles] == [PersistentVMRole, PersistentVMRole]
    assert roles[0].role_name == "dc03"
    assert roles[0].os_version == ""
    assert roles[0].provision_guest_agent is True
    (network,) = roles[0].configuration_sets
    assert isinstance(network, NetworkConfigurationSet)
    (endpoint,) = network.input_endpoints
    assert (endpoint.name, endpoint.port, endpoint.local_port) == ("SSH", 22, 22)
    assert endpoint.enable_direct_server_return is False
    assert endpoint.idle_timeout_in_minutes is None  # not sent: no default filled in on reading
    assert network.subnet_names == []
    assert roles[0].data_virtual_hard_disks == []
    disk = roles[0].os_virtual_hard_disk
    assert disk is not None
    assert (disk.os, disk.host_caching) == ("Linux", "ReadWrite")
    assert disk.source_image_name.endswith("OpenLogic-CentOS-65-20140415")

    downtime = deployment.persistent_vm_downtime_info
    assert downtime is not None
    assert downtime.status == "PersistentVMUpdateCompleted"
    assert downtime.end_time == datetime(2014, 4, 3, 23, 49, 45, tzinfo=UTC)
    (vip,) = deployment.virtual_ips
    assert (vip.address, vip.is_dns_programmed) == ("191.235.135.62", True)


def test_hosted_service_fixture_values() -> None:
    service = call_with_fixture("services_hostedservices_dcoddkinztest01.xml")
    assert isinstance(service, HostedService)
    assert service.service_name == "dcoddkinztest01"
    properties = service.hosted_service_properties
    assert properties is not None
    assert properties.description is None  # <Description i:nil="true"/>
    assert properties.location == "North Europe"
    assert properties.label == "dcoddkinztest01"
    assert properties.status == "Created"
    assert properties.date_created == datetime(2014, 5, 23, 12, 32, 51, tzinfo=UTC)
    assert properties.extended_properties == {}
    (deployment,) = service.deployments
    assert deployment.name == "dc03"
    assert len(deployment.role_instance_list) == 2

    empty = call_with_fixture("services_hostedservices_testdcabc.xml")
    assert empty.deployments == []  # <Deployments/>
    without = call_with_fixture("services_hostedservices_testdcabc_deployments.xml")
    # No <Deployments> element at all: the empty list a fresh HostedService starts with, as in
    # the reference package (its Deployments class, also reachable as `.deployments`).
    assert without.deployments == []
    assert without.deployments.deployments is without.deployments  # type: ignore[attr-defined]


def test_os_images_fixture_values() -> None:
    images = call_with_fixture("services_images.xml")
    assert len(images) >= 215
    centos = [image for image in images if "CentOS" in (image.label or "")]
    assert len(centos) >= 10
    first = centos[0]
    assert first.label == "RightImage CentOS 6.2 x64 v5.8.8.1"
    assert first.os == "Linux"
    assert first.category == "Public"
    assert first.logical_size_in_gb == 10
    assert first.show_in_gui is False
    assert first.published_date == datetime(2012, 8, 28, tzinfo=UTC)
    assert first.location.split(";")[-1] == "West US"
    assert {image.os for image in images} == {"Linux", "Windows"}
    assert all(image.name for image in images)


def test_vm_images_fixture_values() -> None:
    (image,) = call_with_fixture("services_vmimages.xml")
    assert image.name == "test-vm-20140926-782617"
    assert (image.label, image.category) == ("test-vm", "User")
    assert image.os_disk_configuration is not None
    assert image.os_disk_configuration.os_state == "Generalized"
    assert image.os_disk_configuration.os == "Linux"
    assert image.os_disk_configuration.logical_disk_size_in_gb == 30
    assert image.data_disk_configurations == []
    assert (image.service_name, image.deployment_name, image.role_name) == (
        "test-service",
        "test-deployment",
        "test-role",
    )
    # Seven fractional digits on the wire: read to the microsecond.
    assert image.created_time == datetime(2014, 9, 26, 17, 39, 34, 519941, tzinfo=UTC)
    assert image.is_premium is False


def test_locations_fixture_values() -> None:
    locations = call_with_fixture("locations.xml")
    assert len(locations) == 7
    names = [location.name for location in locations]
    assert "West US" in names
    assert names[0] == "East Asia"
    west = locations[names.index("West US")]
    assert west.display_name == "West US"
    assert "PersistentVMRole" in west.available_services
    assert west.compute_capabilities is not None
    assert "Small" in west.compute_capabilities.virtual_machines_role_sizes
    assert "A7" in locations[0].compute_capabilities.web_worker_role_sizes


def test_operation_status_fixture_values() -> None:
    operation = call_with_fixture("operations_acc33f6756cda6fd96826394fce4c9f3.xml")
    assert operation.status == "Succeeded"
    assert operation.id == "fbd6fd8f-9e3e-acad-8524-92f64e1050b6"  # from <ID>
    # No <Error>: the blank OperationError a fresh Operation has, as the reference reads it.
    assert operation.error is not None and operation.error.code is None
    assert operation.error.message is None
    assert operation.http_status_code is None


def test_storage_error_fixture_message_is_kept() -> None:
    with pytest.raises(ResourceNotFoundError) as raised:
        call_with_fixture("services_storageservices_dss123.xml")
    assert raised.value.code == "ResourceNotFound"
    assert "dss123" in raised.value.message
    assert "404 ResourceNotFound" in str(raised.value)


def test_deployment_post_answered_with_a_fixture_body_is_an_async_operation() -> None:
    """libcloud answers the deployment POST with these bodies; an async call ignores them."""
    body = (FIXTURES / "services_hostedservices_testdcabc_deployments.xml").read_bytes()
    transport = RecordingTransport(
        lambda request: HttpResponse(202, {"x-ms-request-id": "abc"}, body)
    )
    operation = make_client(transport).delete_deployment("testdcabc", "dc1")
    assert isinstance(operation, AsyncOperation)
    assert operation.request_id == "abc"


# --- elements the spec does not describe --------------------------------------------------

NS = (
    'xmlns="http://schemas.microsoft.com/windowsazure" '
    'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
)

ROLE = (
    '<Role i:type="PersistentVMRole"><RoleName>vm1</RoleName><ConfigurationSets>{sets}'
    "</ConfigurationSets></Role>"
)
NETWORK = (
    "<ConfigurationSet><ConfigurationSetType>NetworkConfiguration</ConfigurationSetType>"
    "<SubnetNames><SubnetName>a</SubnetName></SubnetNames></ConfigurationSet>"
)

# (name, document, path reported in strict mode, where non-strict reading keeps the element)
UNKNOWN_CASES: list[tuple[str, str, str, Any]] = [
    (
        "at-the-root",
        f"<Deployment {NS}><Name>d</Name><FutureField>1</FutureField></Deployment>",
        "Deployment/FutureField",
        lambda d: d,
    ),
    (
        "in-a-list-item",
        f"<Deployment {NS}><RoleInstanceList><RoleInstance><RoleName>r</RoleName>"
        "<NewStatus>x</NewStatus></RoleInstance></RoleInstanceList></Deployment>",
        "Deployment/RoleInstanceList/RoleInstance/NewStatus",
        lambda d: d.role_instance_list[0],
    ),
    (
        "in-a-list-wrapper",
        f"<Deployment {NS}><VirtualIPs><VirtualIP><Address>1.2.3.4</Address></VirtualIP>"
        "<Marker/></VirtualIPs></Deployment>",
        "Deployment/VirtualIPs/Marker",
        lambda d: d,
    ),
    (
        "in-a-group",
        f"<Deployment {NS}><Dns><DnsServers/><DnsSuffix>x</DnsSuffix></Dns></Deployment>",
        "Deployment/Dns/DnsSuffix",
        lambda d: d,
    ),
    (
        "in-a-map-entry",
        f"<Deployment {NS}><ExtendedProperties><ExtendedProperty><Name>a</Name>"
        "<Value>b</Value><Kind>c</Kind></ExtendedProperty></ExtendedProperties></Deployment>",
        "Deployment/ExtendedProperties/ExtendedProperty/Kind",
        lambda d: d,
    ),
    (
        "deep-in-a-union-variant",
        f"<Deployment {NS}><RoleList>"
        + ROLE.format(
            sets=NETWORK.replace("</ConfigurationSet>", "<Nsg>n</Nsg></ConfigurationSet>")
        )
        + "</RoleList></Deployment>",
        "Deployment/RoleList/Role/ConfigurationSets/ConfigurationSet/Nsg",
        lambda d: d.role_list[0].configuration_sets[0],
    ),
    (
        "other-namespace",
        f'<Deployment {NS}><x:Name xmlns:x="urn:other">d</x:Name></Deployment>',
        "Deployment/Name",
        lambda d: d,
    ),
]


@pytest.mark.parametrize(
    ("document", "path", "owner"),
    [case[1:] for case in UNKNOWN_CASES],
    ids=[case[0] for case in UNKNOWN_CASES],
)
def test_unknown_elements_are_kept_or_rejected(document: str, path: str, owner: Any) -> None:
    root = parse_document(document.encode())
    lenient = deserialize_deployment(root, DeserializeContext(strict=False))
    kept = owner(lenient).unknown_elements
    assert [etree.QName(element).localname for element in kept] == [path.rpartition("/")[2]]
    with pytest.raises(UnknownElementError) as raised:
        deserialize_deployment(root, DeserializeContext(strict=True))
    assert raised.value.elements == (path,)
    assert path in str(raised.value)


def test_unknown_union_variant_is_kept_or_rejected() -> None:
    future = NETWORK.replace("NetworkConfiguration", "FutureConfiguration")
    document = f"<Deployment {NS}><RoleList>{ROLE.format(sets=NETWORK + future)}</RoleList>"
    root = parse_document((document + "</Deployment>").encode())
    role = deserialize_deployment(root, DeserializeContext(strict=False)).role_list[0]
    assert [type(item) for item in role.configuration_sets] == [NetworkConfigurationSet]
    (kept,) = role.unknown_elements
    assert kept.findtext(f"{WA}ConfigurationSetType") == "FutureConfiguration"
    with pytest.raises(UnknownElementError) as raised:
        deserialize_deployment(root, DeserializeContext(strict=True))
    (reported,) = raised.value.elements
    assert reported.startswith("Deployment/RoleList/Role/ConfigurationSets/ConfigurationSet")
    assert "FutureConfiguration" in reported


def test_unknown_role_type_is_kept_or_rejected() -> None:
    other = '<Role i:type="WebRole"><RoleName>web</RoleName></Role>'
    document = f"<Deployment {NS}><RoleList>{ROLE.format(sets='')}{other}</RoleList></Deployment>"
    root = parse_document(document.encode())
    lenient = deserialize_deployment(root, DeserializeContext(strict=False))
    assert [role.role_name for role in lenient.role_list] == ["vm1"]
    assert [element.get("{http://www.w3.org/2001/XMLSchema-instance}type") for element in
            lenient.unknown_elements] == ["WebRole"]  # fmt: skip
    with pytest.raises(UnknownElementError, match="WebRole"):
        deserialize_deployment(root, DeserializeContext(strict=True))


def test_unknown_elements_of_a_list_document() -> None:
    document = (
        f"<Locations {NS}><Location><Name>West US</Name></Location>"
        "<NextMarker>m</NextMarker></Locations>"
    )
    root = parse_document(document.encode())
    locations = deserialize_locations(root, DeserializeContext(strict=False))
    assert [location.name for location in locations] == ["West US"]
    assert [etree.QName(e).localname for e in locations.unknown_elements] == ["NextMarker"]
    with pytest.raises(UnknownElementError) as raised:
        deserialize_locations(root, DeserializeContext(strict=True))
    assert raised.value.elements == ("Locations/NextMarker",)


@pytest.mark.parametrize("strict", [False, True])
def test_the_client_applies_its_strict_setting(strict: bool) -> None:
    body = f"<Deployment {NS}><Name>d</Name><Surprise/></Deployment>".encode()

    def respond(request: HttpRequest) -> HttpResponse:
        return HttpResponse(200, {}, body)

    client = make_client(RecordingTransport(respond), strict=strict)
    if strict:
        with pytest.raises(UnknownElementError, match="Deployment/Surprise"):
            client.get_deployment_by_name("svc", "d")
    else:
        deployment = client.get_deployment_by_name("svc", "d")
        assert deployment.name == "d"
        assert [etree.QName(e).localname for e in deployment.unknown_elements] == ["Surprise"]


def test_strict_mode_reports_elements_nested_in_a_scalar() -> None:
    root = parse_document(f"<Deployment {NS}><Name>d<Extra>x</Extra></Name></Deployment>".encode())
    with pytest.raises(UnknownElementError, match="Deployment/Name/Extra"):
        deserialize_deployment(root, DeserializeContext(strict=True))


@pytest.mark.parametrize(
    ("inner", "member", "empty"),
    [
        ("<Name><Extra>x</Extra></Name>", "name", ""),
        ("<UpgradeDomainCount> <Extra/></UpgradeDomainCount>", "upgrade_domain_count", None),
        ("<Locked><Extra/></Locked>", "locked", None),
    ],
    ids=["string", "int", "bool"],
)
def test_elements_inside_an_empty_scalar_are_kept_or_refused(
    inner: str, member: str, empty: object
) -> None:
    root = parse_document(f"<Deployment {NS}>{inner}</Deployment>".encode())
    deployment = deserialize_deployment(root)
    assert getattr(deployment, member) == empty
    assert [etree.QName(e).localname for e in deployment.unknown_elements] == ["Extra"]
    with pytest.raises(UnknownElementError, match="/Extra"):
        deserialize_deployment(root, DeserializeContext(strict=True))


@pytest.mark.parametrize(
    "prefix",
    [b"\xef\xbb\xbf", b'<?xml version="1.0" encoding="utf-8"?>\r\n', b"\n  "],
    ids=["bom", "declaration", "leading-whitespace"],
)
def test_fixture_bodies_with_a_bom_or_declaration_read_the_same(prefix: bytes) -> None:
    body = (FIXTURES / "services_vmimages.xml").read_bytes()
    plain = make_client(RecordingTransport(lambda r: HttpResponse(200, {}, body)))
    prefixed = make_client(RecordingTransport(lambda r: HttpResponse(200, {}, prefix + body)))
    assert prefixed.list_vm_images() == plain.list_vm_images()
