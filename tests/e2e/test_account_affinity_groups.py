"""End to end: affinity groups, placing cloud services and storage accounts in them, and
regenerating storage account keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from azure_asm import ServiceManagementService
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError
from azure_asm_runtime.legacy import is_blank

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


def test_create_list_get_update_delete(sms: ServiceManagementService) -> None:
    assert sms.list_affinity_groups() == []
    assert sms.create_affinity_group("myag", "My group & co", "west us", "first") is None
    sms.create_affinity_group("otherag", "Other", "North Europe")

    listed = sms.list_affinity_groups()
    assert [g.name for g in listed] == ["myag", "otherag"]
    mine = listed[0]
    assert mine.label == "My group & co"  # base64 on the wire, decoded
    assert mine.location == "West US"  # canonical spelling
    assert mine.description == "first"
    assert mine.capabilities == ["PersistentVMRole", "HighMemory"]
    assert mine.compute_capabilities is not None
    assert "Small" in (mine.compute_capabilities.virtual_machines_role_sizes or [])
    assert mine.created_time is not None

    got = sms.get_affinity_group_properties("myag")
    assert got.hosted_services == [] and got.storage_services == []

    assert sms.update_affinity_group("myag", "renamed", "second") is None
    got = sms.get_affinity_group_properties("myag")
    assert (got.label, got.description) == ("renamed", "second")
    sms.update_affinity_group("myag", "only label")
    assert sms.get_affinity_group_properties("myag").description == "second"

    assert sms.delete_affinity_group("myag") is None
    assert [g.name for g in sms.list_affinity_groups()] == ["otherag"]
    with pytest.raises(ResourceNotFoundError):
        sms.get_affinity_group_properties("myag")


def test_services_and_accounts_in_a_group(sms: ServiceManagementService) -> None:
    sms.create_affinity_group("placed", "placed", "East US")
    sms.create_hosted_service("agsvc", "svc", affinity_group="placed").result(timeout=10)
    sms.create_storage_account("agstore", "d", "store", affinity_group="placed").result(timeout=10)
    sms.create_hosted_service("elsewhere", "svc", location="West US").result(timeout=10)

    group = sms.get_affinity_group_properties("placed")
    assert [s.service_name for s in group.hosted_services or []] == ["agsvc"]
    service = (group.hosted_services or [])[0]
    assert service.hosted_service_properties is not None
    assert service.hosted_service_properties.affinity_group == "placed"
    assert service.url is not None and service.url.endswith("/services/hostedservices/agsvc")
    assert [s.service_name for s in group.storage_services or []] == ["agstore"]
    account = (group.storage_services or [])[0]
    assert account.storage_service_properties is not None
    assert account.storage_service_properties.location is None
    assert account.storage_service_properties.geo_primary_region == "East US"

    with pytest.raises(BadRequestError, match="in use"):
        sms.delete_affinity_group("placed")
    sms.delete_hosted_service("agsvc").result(timeout=10)
    with pytest.raises(BadRequestError, match="storage account agstore"):
        sms.delete_affinity_group("placed")
    sms.delete_storage_account("agstore").result(timeout=10)
    sms.delete_affinity_group("placed")


def test_errors(sms: ServiceManagementService) -> None:
    sms.create_affinity_group("dup", "dup", "West US")
    with pytest.raises(ConflictError):
        sms.create_affinity_group("DUP", "again", "West US")
    with pytest.raises(BadRequestError, match="location"):
        sms.create_affinity_group("nowhere", "label", "Atlantis")
    with pytest.raises(ResourceNotFoundError):
        sms.update_affinity_group("missing", "label")
    with pytest.raises(ResourceNotFoundError):
        sms.delete_affinity_group("missing")
    with pytest.raises(BadRequestError, match="does not exist"):
        sms.create_hosted_service("lost", "svc", affinity_group="missing")
    # Refused by the client before anything is sent.
    with pytest.raises(ValueError):
        sms.create_affinity_group("x" * 65, "label", "West US")
    with pytest.raises(ValueError):
        sms.create_affinity_group("ok", "l" * 101, "West US")
    with pytest.raises(ValueError):
        sms.update_affinity_group("dup", "")


def test_unparsable_or_empty_fields_are_bad_requests(sms: ServiceManagementService) -> None:
    path = f"/{sms.subscription_id}/affinitygroups"
    ns = 'xmlns="http://schemas.microsoft.com/windowsazure"'
    with pytest.raises(BadRequestError, match="Unknown element"):
        sms.perform_post(
            path, f"<CreateAffinityGroup {ns}><Color>red</Color></CreateAffinityGroup>"
        )
    with pytest.raises(BadRequestError, match="name"):
        sms.perform_post(
            path,
            f"<CreateAffinityGroup {ns}><Name> </Name><Label>bA==</Label>"
            "<Location>West US</Location></CreateAffinityGroup>",
        )
    sms.create_affinity_group("bodyag", "label", "West US")
    with pytest.raises(BadRequestError, match="label"):
        sms.perform_put(f"{path}/bodyag", f"<UpdateAffinityGroup {ns}></UpdateAffinityGroup>")


# --- storage account keys -------------------------------------------------------------------


def test_regenerate_storage_account_keys(sms: ServiceManagementService) -> None:
    sms.create_storage_account("keystore", "d", "l", location="West US").result(timeout=10)
    before = sms.get_storage_account_keys("keystore").storage_service_keys
    assert before is not None

    answer = sms.regenerate_storage_account_keys("keystore", "Primary")
    keys = answer.storage_service_keys
    assert keys is not None
    assert keys.primary != before.primary and len(keys.primary or "") == 88
    assert keys.secondary == before.secondary
    assert answer.service_name == "keystore"
    assert is_blank(answer.storage_service_properties)  # not in the answer: fresh
    assert keys.primary not in repr(answer)  # keys are secret

    again = sms.regenerate_storage_account_keys("keystore", "Secondary").storage_service_keys
    assert again is not None
    assert again.primary == keys.primary and again.secondary != keys.secondary
    stored = sms.get_storage_account_keys("keystore").storage_service_keys
    assert stored is not None and stored.secondary == again.secondary


def test_regenerate_errors(asm_emulator: AsmEmulator, sms: ServiceManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        sms.regenerate_storage_account_keys("nostore", "Primary")
    with pytest.raises(ValueError):
        sms.regenerate_storage_account_keys("nostore", "Tertiary")
    asm_emulator.server.operation_delay = 30
    sms.create_storage_account("busystore", "d", "l", location="West US")
    impatient = asm_emulator.new_client(strict=True, conflict_timeout=0)
    with pytest.raises(ConflictError):
        impatient.regenerate_storage_account_keys("busystore", "Primary")
    asm_emulator.server.state.operations.finish_all()
    ns = 'xmlns="http://schemas.microsoft.com/windowsazure"'
    with pytest.raises(BadRequestError, match="key type"):
        sms.perform_post(
            f"/{sms.subscription_id}/services/storageservices/busystore/keys?action=regenerate",
            f"<RegenerateKeys {ns}><KeyType>Both</KeyType></RegenerateKeys>",
        )
