"""Storage accounts end to end: generated client -> HTTPS -> emulator handlers -> state."""

from __future__ import annotations

import base64
import datetime
import logging
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm.models import (
    AffinityGroup,
    CreateStorageServiceInput,
    UpdateStorageServiceInput,
)
from azure_asm.serializers import (
    serialize_create_storage_service_input,
    serialize_update_storage_service_input,
)
from azure_asm_emulator.handlers.disks import add_disk
from azure_asm_emulator.handlers.storage_accounts import INVALID_NAME_MESSAGE
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from azure_asm_runtime.legacy import is_blank

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    """A strict client: any element the spec does not describe fails the test."""
    return asm_emulator.new_client(strict=True)


def _create(sms: ServiceManagementService, name: str, **kwargs: Any) -> None:
    kwargs.setdefault("location", "West US")
    sms.create_storage_account(name, f"{name} description", f"{name} label", **kwargs).result(
        timeout=10
    )


def _raw_create(sms: ServiceManagementService, body: CreateStorageServiceInput) -> None:
    """POST a create body the client's own checks would refuse to send."""
    sms.perform_post(
        f"/{sms.subscription_id}/services/storageservices",
        serialize_create_storage_service_input(body),
    )


def test_create_get_list_and_keys(sms: ServiceManagementService) -> None:
    before = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=2)
    operation = sms.create_storage_account(
        "mystorageaccount",
        "My storage account description.",
        "mystorageaccount",
        location="west us",  # ASM compares location names ignoring case
        extended_properties={"Owner": "tests"},
    )
    status = operation.result(timeout=10)
    assert status.status == "Succeeded"
    assert sms.get_operation_status(operation.request_id).http_status_code == 200

    account = sms.get_storage_account_properties("mystorageaccount")
    assert account.service_name == "mystorageaccount"
    assert account.url is not None
    assert account.url.endswith(f"/{sms.subscription_id}/services/storageservices/mystorageaccount")
    # No <StorageServiceKeys> in the answer: the blank keys a fresh StorageService holds.
    assert is_blank(account.storage_service_keys)
    props = account.storage_service_properties
    assert props is not None
    assert props.status == "Created"
    assert props.location == "West US"
    assert props.affinity_group is None
    assert props.label == "mystorageaccount"
    assert props.description == "My storage account description."
    assert props.account_type == "Standard_GRS"
    assert props.endpoints == [
        "https://mystorageaccount.blob.core.windows.net/",
        "https://mystorageaccount.queue.core.windows.net/",
        "https://mystorageaccount.table.core.windows.net/",
        "https://mystorageaccount.file.core.windows.net/",
    ]
    assert props.geo_primary_region == "West US"
    assert props.geo_secondary_region == "East US"
    assert props.status_of_primary == "Available"
    assert props.custom_domains == []
    assert props.creation_time is not None
    assert before <= props.creation_time <= datetime.datetime.now(datetime.UTC)
    assert account.extended_properties is not None
    assert account.extended_properties["Owner"] == "tests"
    assert account.extended_properties["ResourceLocation"] == "West US"

    listed = sms.list_storage_accounts()
    assert [a.service_name for a in listed] == ["mystorageaccount"]
    assert is_blank(listed[0].storage_service_keys)  # not in the answer: fresh
    assert listed[0].storage_service_properties is not None
    assert listed[0].storage_service_properties.location == "West US"

    keys_answer = sms.get_storage_account_keys("mystorageaccount")
    assert keys_answer.service_name == "mystorageaccount"
    assert is_blank(keys_answer.storage_service_properties)
    keys = keys_answer.storage_service_keys
    assert keys is not None and keys.primary and keys.secondary
    assert keys.primary != keys.secondary
    assert len(base64.b64decode(keys.primary, validate=True)) == 64
    assert keys.primary not in repr(keys_answer)
    # Keys stay the same from one call to the next.
    again = sms.get_storage_account_keys("mystorageaccount").storage_service_keys
    assert again is not None and again.primary == keys.primary


def test_account_shows_creating_at_once_and_delete_waits_for_creation(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    asm_emulator.server.operation_delay = 2.0  # still running when asked, even on a loaded machine
    created = sms.create_storage_account("busyaccount", "", "busy", location="West US")
    props = sms.get_storage_account_properties("busyaccount").storage_service_properties
    assert props is not None and props.status == "Creating"
    assert sms.get_operation_status(created.request_id).status == "InProgress"
    assert sms.get_operation_status(created.request_id).http_status_code is None

    # Without waiting, ASM refuses with the "operation in progress" 409 ...
    impatient = asm_emulator.new_client(conflict_timeout=0)
    with pytest.raises(ConflictError, match="currently performing an operation"):
        impatient.delete_storage_account("busyaccount")
    with pytest.raises(ConflictError, match="currently performing an operation"):
        impatient.update_storage_account("busyaccount", label="new")

    # ... which the client waits out (as the seed does: delete right after create).
    deleted = sms.delete_storage_account("busyaccount")
    assert sms.get_operation_status(created.request_id).status == "Succeeded"
    assert deleted.result(timeout=10).status == "Succeeded"
    with pytest.raises(ResourceNotFoundError, match="The storage account 'busyaccount'"):
        sms.get_storage_account_properties("busyaccount")
    assert sms.list_storage_accounts() == []
    assert sms.check_storage_account_name_availability("busyaccount").result is True


def test_names_are_global_across_subscriptions(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    _create(sms, "globalname")
    with pytest.raises(ConflictError) as own:
        sms.create_storage_account("globalname", "", "again", location="West US")
    assert own.value.status == 409
    assert own.value.message == "The storage account named globalname is already taken."

    other = asm_emulator.add_subscription()
    with pytest.raises(ConflictError, match="The storage account named globalname is already"):
        other.create_storage_account("globalname", "", "mine", location="East US")
    # The other subscription does not see the account ...
    with pytest.raises(ResourceNotFoundError):
        other.get_storage_account_properties("globalname")
    with pytest.raises(ResourceNotFoundError):
        other.delete_storage_account("globalname")
    assert other.list_storage_accounts() == []
    # ... but is told the name is taken.
    answer = other.check_storage_account_name_availability("globalname")
    assert answer.result is False
    assert answer.reason == "The storage account named globalname is already taken."


@pytest.mark.parametrize("name", ["ab", "a" * 25, "UpperCase", "with-dash", "under_score"])
def test_invalid_name_is_bad_request(sms: ServiceManagementService, name: str) -> None:
    with pytest.raises(BadRequestError) as error:
        _raw_create(
            sms, CreateStorageServiceInput(service_name=name, label="x", location="West US")
        )
    assert error.value.code == "BadRequest"
    assert error.value.message == INVALID_NAME_MESSAGE
    answer = sms.check_storage_account_name_availability(name)
    assert answer.result is False
    assert answer.reason == INVALID_NAME_MESSAGE


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            CreateStorageServiceInput(service_name="noplace", label="x"),
            "Either a location or an affinity group must be specified.",
        ),
        (
            CreateStorageServiceInput(
                service_name="twoplaces", label="x", location="West US", affinity_group="ag"
            ),
            "Only one of location or affinity group",
        ),
        (
            CreateStorageServiceInput(service_name="nolabel", location="West US"),
            "The label of the storage account must be specified.",
        ),
        (
            CreateStorageServiceInput(
                service_name="longlabel", label="x" * 101, location="West US"
            ),
            "at most 100 characters",
        ),
        (
            CreateStorageServiceInput(
                service_name="longdesc", label="x", description="d" * 1025, location="West US"
            ),
            "at most 1024 characters",
        ),
        (
            CreateStorageServiceInput(
                service_name="badtype", label="x", location="West US", account_type="Gold"
            ),
            "The account type 'Gold' is not valid.",
        ),
        (
            CreateStorageServiceInput(
                service_name="badprop",
                label="x",
                location="West US",
                extended_properties={"1bad name": "v"},
            ),
            "The extended property name '1bad name' is not valid.",
        ),
        (
            CreateStorageServiceInput(
                service_name="manyprops",
                label="x",
                location="West US",
                extended_properties={f"P{i}": "v" for i in range(49)},
            ),
            "at most 50 extended properties",
        ),
    ],
)
def test_invalid_create_bodies_are_bad_requests(
    sms: ServiceManagementService, body: CreateStorageServiceInput, message: str
) -> None:
    with pytest.raises(BadRequestError, match=message):
        _raw_create(sms, body)
    assert sms.list_storage_accounts() == []
    if body.service_name:
        assert sms.check_storage_account_name_availability(body.service_name).result is True


def test_unknown_location_and_affinity_group(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    with pytest.raises(BadRequestError, match="The location 'Atlantis' is not a valid location."):
        sms.create_storage_account("nowhere", "", "x", location="Atlantis")
    with pytest.raises(BadRequestError, match="The affinity group 'ag1' does not exist."):
        sms.create_storage_account("nogroup", "", "x", affinity_group="ag1")

    # An affinity group another handler registered places the account in its location.
    state = asm_emulator.server.state
    with state.lock:
        state.backend(asm_emulator.subscription_id).affinity_groups["ag1"] = AffinityGroup(
            name="ag1", location="North Europe"
        )
    _create(sms, "ingroup", location=None, affinity_group="ag1")
    props = sms.get_storage_account_properties("ingroup").storage_service_properties
    assert props is not None
    assert props.affinity_group == "ag1"
    assert props.location is None
    assert props.geo_primary_region == "North Europe"
    assert props.geo_secondary_region == "West Europe"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<not xml",
        b"<Deployment xmlns='http://schemas.microsoft.com/windowsazure'/>",
        b"<CreateStorageServiceInput xmlns='http://schemas.microsoft.com/windowsazure'>"
        b"<ServiceName>extraelem</ServiceName><Label>eA==</Label><Location>West US</Location>"
        b"<Color>blue</Color></CreateStorageServiceInput>",
        b"<CreateStorageServiceInput xmlns='http://schemas.microsoft.com/windowsazure'>"
        b"<ServiceName>badlabel</ServiceName><Label>not base64!</Label>"
        b"<Location>West US</Location></CreateStorageServiceInput>",
    ],
)
def test_unparsable_bodies_are_bad_requests(sms: ServiceManagementService, body: bytes) -> None:
    with pytest.raises(BadRequestError, match="The request body's XML was invalid"):
        sms.perform_post(f"/{sms.subscription_id}/services/storageservices", body)
    with pytest.raises(BadRequestError, match="The request body's XML was invalid"):
        sms.perform_put(f"/{sms.subscription_id}/services/storageservices/any", body)


def test_account_types(sms: ServiceManagementService) -> None:
    _create(sms, "lrsaccount", geo_replication_enabled=False)
    props = sms.get_storage_account_properties("lrsaccount").storage_service_properties
    assert props is not None
    assert props.account_type == "Standard_LRS"
    assert props.geo_secondary_region == ""
    assert props.status_of_secondary == ""

    _create(sms, "ragrsaccount", account_type="Standard_RAGRS", location="Japan East")
    props = sms.get_storage_account_properties("ragrsaccount").storage_service_properties
    assert props is not None
    assert props.account_type == "Standard_RAGRS"
    assert props.geo_secondary_region == "Japan West"
    assert props.secondary_endpoints == [
        "https://ragrsaccount-secondary.blob.core.windows.net/",
        "https://ragrsaccount-secondary.queue.core.windows.net/",
        "https://ragrsaccount-secondary.table.core.windows.net/",
    ]


def test_update(sms: ServiceManagementService) -> None:
    _create(sms, "updated", account_type="Standard_LRS", extended_properties={"A": "1"})
    sms.update_storage_account(
        "updated",
        description="new description",
        label="new label",
        extended_properties={"B": "2"},
        account_type="Standard_LRS",
    )
    account = sms.get_storage_account_properties("updated")
    props = account.storage_service_properties
    assert props is not None
    assert (props.description, props.label, props.account_type) == (
        "new description",
        "new label",
        "Standard_LRS",
    )
    assert account.extended_properties is not None
    assert account.extended_properties["A"] == "1"
    assert account.extended_properties["B"] == "2"

    # AccountType is sent only when given: a label change keeps the account locally redundant
    # (the legacy SDK always sent Standard_GRS and converted the account).
    sms.update_storage_account("updated", label="again")
    props = sms.get_storage_account_properties("updated").storage_service_properties
    assert props is not None
    assert (props.label, props.description, props.account_type) == (
        "again",
        "new description",
        "Standard_LRS",
    )


def test_update_errors(sms: ServiceManagementService) -> None:
    with pytest.raises(ResourceNotFoundError, match="The storage account 'missing' was not found."):
        sms.update_storage_account("missing", label="x")
    _create(sms, "zrsaccount", account_type="Standard_ZRS")
    with pytest.raises(BadRequestError, match="cannot be changed from Standard_ZRS"):
        sms.update_storage_account("zrsaccount", label="x", account_type="Standard_GRS")
    sms.update_storage_account("zrsaccount", label="x")  # the type is not sent, so it is kept
    _create(sms, "grsaccount")
    with pytest.raises(BadRequestError, match="to Premium_LRS"):
        sms.update_storage_account("grsaccount", account_type="Premium_LRS")
    with pytest.raises(BadRequestError, match="at most 100 characters"):
        sms.perform_put(
            f"/{sms.subscription_id}/services/storageservices/grsaccount",
            serialize_update_storage_service_input(UpdateStorageServiceInput(label="y" * 101)),
        )
    props = sms.get_storage_account_properties("grsaccount").storage_service_properties
    assert props is not None and props.account_type == "Standard_GRS"


def test_missing_accounts_are_not_found(sms: ServiceManagementService) -> None:
    for call in (
        sms.get_storage_account_properties,
        sms.get_storage_account_keys,
        sms.delete_storage_account,
    ):
        with pytest.raises(ResourceNotFoundError) as error:
            call("nosuchaccount")
        assert error.value.code == "ResourceNotFound"
        assert error.value.message == "The storage account 'nosuchaccount' was not found."


def test_delete_refused_while_disks_live_in_the_account(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    _create(sms, "diskstore")
    state = asm_emulator.server.state
    with state.lock:
        add_disk(
            state,
            asm_emulator.subscription_id,
            name="datadisk",
            media_link="https://diskstore.blob.core.windows.net/vhds/data.vhd",
        )
    with pytest.raises(BadRequestError, match="Storage account diskstore has some active image"):
        sms.delete_storage_account("diskstore")
    sms.delete_disk("datadisk")
    sms.delete_storage_account("diskstore").result(timeout=10)
    assert sms.list_storage_accounts() == []


def test_name_availability(sms: ServiceManagementService) -> None:
    answer = sms.check_storage_account_name_availability("freename")
    assert answer.result is True
    _create(sms, "freename")
    answer = sms.check_storage_account_name_availability("freename")
    assert answer.result is False
    assert answer.reason == "The storage account named freename is already taken."


def test_keys_are_never_logged(
    asm_emulator: AsmEmulator, sms: ServiceManagementService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _create(sms, "secretkeys")
    keys = sms.get_storage_account_keys("secretkeys").storage_service_keys
    assert keys is not None and keys.primary and keys.secondary
    sms.list_storage_accounts()
    assert caplog.records  # the emulator and client did log at DEBUG
    assert keys.primary not in caplog.text
    assert keys.secondary not in caplog.text
