"""End to end: role sizes and cloud services (hosted services) against the emulator over HTTPS.

Every call goes through the generated client and the real TLS stack; requests the client
refuses to build (invalid names, neither or both of location and affinity group) are sent
raw with ``perform_post`` so that the emulator's own checks are exercised.
"""

from __future__ import annotations

import pytest

from azure_asm import (
    CreateHostedService,
    LinuxConfigurationSet,
    OSVirtualHardDisk,
)
from azure_asm.serializers import serialize_create_hosted_service
from azure_asm_runtime.errors import (
    BadRequestError,
    ConflictError,
    ResourceNotFoundError,
)

pytestmark = pytest.mark.e2e

IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"
IN_PROGRESS = "currently performing an operation"


def services_path(client) -> str:
    return f"/{client.subscription_id}/services/hostedservices"


def raw_create(client, **fields) -> None:
    fields.setdefault("label", "label")
    client.perform_post(
        services_path(client), serialize_create_hosted_service(CreateHostedService(**fields))
    )


def make_vm(client, service: str, deployment: str = "dep", role: str = "vm1"):
    return client.create_virtual_machine_deployment(
        service,
        deployment,
        "production",
        deployment,
        role,
        LinuxConfigurationSet(f"{role}host", "azureuser", "Passw0rd!", True),
        OSVirtualHardDisk(IMAGE, f"{MEDIA}/{service}-{role}.vhd"),
        role_size="Small",
    )


# --- role sizes ------------------------------------------------------------------------------


def test_list_role_sizes(asm_emulator):
    sizes = {size.name: size for size in asm_emulator.client.list_role_sizes()}
    for name in ("ExtraSmall", "Small", "Medium", "Large", "ExtraLarge", "A5", "A6", "A7"):
        assert name in sizes
    for name in ("Basic_A0", "Basic_A4", "Standard_D1", "Standard_D14"):
        assert name in sizes
    small = sizes["Small"]
    assert (small.cores, small.memory_in_mb, small.max_data_disk_count) == (1, 1792, 2)
    assert small.label == "Small (1 cores, 1792 MB)"
    assert small.supported_by_virtual_machines and small.supported_by_web_worker_roles
    assert not sizes["Basic_A0"].supported_by_web_worker_roles
    assert sizes["A7"].memory_in_mb == 57344
    assert sizes["Standard_D14"].cores == 16


# --- create / get / list ------------------------------------------------------------------


def test_create_hosted_service_is_async_and_visible_at_once(asm_emulator):
    client = asm_emulator.client
    operation = client.create_hosted_service(
        "svc-one", "My label", "a description", location="west us", extended_properties={"k": "v"}
    )
    assert client.get_operation_status(operation.request_id).status == "InProgress"
    creating = client.get_hosted_service_properties("svc-one")
    assert creating.hosted_service_properties.status == "Creating"
    final = operation.result(timeout=10)
    assert final.status == "Succeeded"
    assert client.get_operation_status(operation.request_id).http_status_code == 200

    service = client.get_hosted_service_properties("svc-one")
    properties = service.hosted_service_properties
    assert service.service_name == "svc-one"
    assert service.url.endswith(f"/{client.subscription_id}/services/hostedservices/svc-one")
    assert properties.status == "Created"
    assert properties.location == "West US"  # canonical spelling
    assert properties.label == "My label"
    assert properties.description == "a description"
    assert properties.extended_properties == {"k": "v"}
    assert properties.date_created is not None
    assert service.deployments == []
    assert "Small" in service.compute_capabilities.virtual_machine_role_sizes

    listed = client.list_hosted_services()
    assert [item.service_name for item in listed] == ["svc-one"]
    assert listed[0].hosted_service_properties.location == "West US"


def test_create_hosted_service_refusals(asm_emulator):
    client = asm_emulator.client
    with pytest.raises(BadRequestError) as error:
        raw_create(client, service_name="bad_name!", location="West US")
    assert error.value.status == 400 and "name is invalid" in error.value.message
    with pytest.raises(BadRequestError):
        raw_create(client, service_name="-starts-with-hyphen", location="West US")
    with pytest.raises(BadRequestError):
        raw_create(client, service_name="x" * 64, location="West US")
    for label in ("", "x" * 101):  # the spec's constraints, checked by the generated validator
        with pytest.raises(BadRequestError) as error:
            raw_create(client, service_name="labelled", label=label, location="West US")
        assert "label" in error.value.message
    with pytest.raises(BadRequestError) as error:
        raw_create(client, service_name="described", description="x" * 1025, location="West US")
    assert "description" in error.value.message
    with pytest.raises(BadRequestError) as error:
        raw_create(client, service_name="neither")
    assert "Location or an AffinityGroup" in error.value.message
    with pytest.raises(BadRequestError):
        raw_create(client, service_name="both", location="West US", affinity_group="ag")
    with pytest.raises(BadRequestError) as error:
        client.create_hosted_service("nowhere", "label", location="Atlantis")
    assert "Atlantis" in error.value.message
    with pytest.raises(BadRequestError) as error:
        client.create_hosted_service("in-group", "label", affinity_group="missing-group")
    assert "affinity group" in error.value.message
    assert client.list_hosted_services() == []


@pytest.mark.parametrize(
    "body",
    [
        b"not xml at all",
        b'<CreateHostedService xmlns="http://schemas.microsoft.com/windowsazure">'
        b"<ServiceName>x</ServiceName><Surprise/></CreateHostedService>",
        b'<Deployment xmlns="http://schemas.microsoft.com/windowsazure"/>',
    ],
)
def test_create_hosted_service_unparsable_body(asm_emulator, body):
    client = asm_emulator.client
    with pytest.raises(BadRequestError) as error:
        client.perform_post(services_path(client), body)
    assert error.value.code == "BadRequest"


def test_duplicate_name_in_any_subscription(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("taken-name", "label", location="West US").result(timeout=10)
    with pytest.raises(ConflictError) as error:
        client.create_hosted_service("taken-name", "label", location="East US")
    assert error.value.message == "The specified DNS name is already taken."
    other = asm_emulator.add_subscription()
    with pytest.raises(ConflictError) as error:
        other.create_hosted_service("TAKEN-NAME", "label", location="East US")
    assert error.value.message == "The specified DNS name is already taken."
    # ... and the other subscription does not see it.
    with pytest.raises(ResourceNotFoundError):
        other.get_hosted_service_properties("taken-name")
    assert other.list_hosted_services() == []


def test_get_unknown_hosted_service(asm_emulator):
    with pytest.raises(ResourceNotFoundError) as error:
        asm_emulator.client.get_hosted_service_properties("nothere")
    assert error.value.status == 404
    assert error.value.message == "The hosted service does not exist."


def test_embed_detail_includes_deployments(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("detail", "label", location="West US")
    make_vm(client, "detail").result(timeout=10)
    plain = client.get_hosted_service_properties("detail")
    assert plain.deployments == []
    detailed = client.get_hosted_service_properties("detail", embed_detail=True)
    assert [d.name for d in detailed.deployments] == ["dep"]
    assert detailed.deployments[0].role_list[0].role_name == "vm1"


# --- update ---------------------------------------------------------------------------------


def test_update_hosted_service(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service(
        "upd", "old", "old description", location="West US", extended_properties={"a": "1"}
    ).result(timeout=10)
    assert client.update_hosted_service("upd", label="new", extended_properties={"b": "2"}) is None
    properties = client.get_hosted_service_properties("upd").hosted_service_properties
    assert properties.label == "new"
    assert properties.description == "old description"
    assert properties.extended_properties == {"a": "1", "b": "2"}
    client.update_hosted_service("upd", description="new description")
    properties = client.get_hosted_service_properties("upd").hosted_service_properties
    assert properties.description == "new description"


def test_update_hosted_service_refusals(asm_emulator):
    client = asm_emulator.client
    with pytest.raises(ResourceNotFoundError):
        client.update_hosted_service("ghost", label="x")
    client.create_hosted_service("upd2", "label", location="West US")
    # Sent while the creation still runs: waited out by the client, then refused as empty.
    with pytest.raises(BadRequestError) as error:
        client.update_hosted_service("upd2")
    assert "Label" in error.value.message
    with pytest.raises(BadRequestError):
        client.perform_put(
            f"{services_path(client)}/upd2",
            b'<UpdateHostedService xmlns="http://schemas.microsoft.com/windowsazure">'
            b"<Unknown/></UpdateHostedService>",
        )


def test_update_while_creating_is_409_in_progress(asm_emulator):
    client = asm_emulator.client
    impatient = asm_emulator.new_client(conflict_timeout=0)
    client.create_hosted_service("busy", "label", location="West US")
    with pytest.raises(ConflictError) as error:
        impatient.update_hosted_service("busy", label="x")
    assert IN_PROGRESS in error.value.message


# --- delete and name reservation ------------------------------------------------------------


def test_delete_hosted_service(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("gone", "label", location="West US")
    operation = client.delete_hosted_service("gone")  # waits out the creation
    assert client.get_hosted_service_properties("gone").hosted_service_properties.status == (
        "Deleting"
    )
    assert client.get_operation_status(operation.request_id).status == "InProgress"
    assert operation.result(timeout=10).status == "Succeeded"
    with pytest.raises(ResourceNotFoundError):
        client.get_hosted_service_properties("gone")
    with pytest.raises(ResourceNotFoundError):
        client.delete_hosted_service("gone")


def test_name_stays_taken_until_the_delete_succeeds(asm_emulator):
    client = asm_emulator.client
    impatient = asm_emulator.new_client(conflict_timeout=0)
    client.create_hosted_service("reuse", "label", location="West US").result(timeout=10)
    deleting = client.delete_hosted_service("reuse")
    availability = client.check_hosted_service_name_availability("reuse")
    assert availability.result is False
    with pytest.raises(ConflictError) as error:
        impatient.create_hosted_service("reuse", "label", location="West US")
    assert IN_PROGRESS in error.value.message  # not "already taken": the client may wait
    # The patient client waits the delete out, then creates the service again.
    client.create_hosted_service("reuse", "again", location="East US").result(timeout=10)
    assert deleting.status() == "Succeeded"
    again = client.get_hosted_service_properties("reuse").hosted_service_properties
    assert (again.label, again.location, again.status) == ("again", "East US", "Created")


def test_delete_hosted_service_with_deployments(asm_emulator):
    client = asm_emulator.client
    client.create_hosted_service("full", "label", location="West US")
    make_vm(client, "full").result(timeout=10)
    with pytest.raises(ConflictError) as error:
        client.delete_hosted_service("full")
    assert "has deployments" in error.value.message
    disk_names = [disk.name for disk in client.list_disks()]
    assert len(disk_names) == 1
    operation = client.delete_hosted_service("full", complete=True)
    assert client.get_deployment_by_name("full", "dep").status == "Deleting"
    operation.result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        client.get_hosted_service_properties("full")
    assert client.list_disks() == []
    assert client.check_hosted_service_name_availability("full").result is True


# --- name availability ----------------------------------------------------------------------


def test_check_hosted_service_name_availability(asm_emulator):
    client = asm_emulator.client
    free = client.check_hosted_service_name_availability("free-name")
    assert free.result is True
    client.create_hosted_service("used-name", "label", location="West US")
    used = client.check_hosted_service_name_availability("USED-NAME")
    assert used.result is False
    assert "already exists" in used.reason
    other = asm_emulator.add_subscription()
    assert other.check_hosted_service_name_availability("used-name").result is False
    invalid = client.perform_get(f"{services_path(client)}/operations/isavailable/bad_name")
    assert b"<Result>false</Result>" in invalid.body
