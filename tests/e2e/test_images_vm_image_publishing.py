"""End to end: publishing VM images through /services/vmimages (replicate, share, unreplicate)
and their details, sharing one publishing record with the /services/images calls."""

from __future__ import annotations

import pytest

from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError
from tests.e2e.test_account_images import ACCOUNT, _vm_image

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator):
    client = asm_emulator.new_client(strict=True)
    client.create_storage_account(ACCOUNT, "d", "l", location="West US").result(timeout=10)
    client.create_vm_image(_vm_image("pubvm")).result(timeout=10)
    return client


def test_replicate_share_details_unreplicate(sms):
    details = sms.get_vm_image_details("pubvm")
    assert (details.name, details.category, details.replication_progress) == ("pubvm", "User", None)
    sms.replicate_vmimage("pubvm", ["East US", "West Europe"], "offer", "sku", "1.0.0").result(10)
    details = sms.get_vm_image_details("pubvm")
    assert [(p.location, p.progress) for p in details.replication_progress] == [
        ("East US", 100),
        ("West Europe", 100),
    ]
    attributes = details.compute_image_attributes
    assert (attributes.offer, attributes.sku, attributes.version) == ("offer", "sku", "1.0.0")
    assert details.sharing_status == "Private"
    sms.share_vmimage("pubvm", "Public").result(timeout=10)
    assert sms.get_vm_image_details("pubvm").sharing_status == "Public"
    # The /services/images calls see the same record.
    sms.share_vm_image("pubvm", "MSDN").result(timeout=10)
    assert sms.get_vm_image_details("pubvm").sharing_status == "MSDN"
    sms.unreplicate_vmimage("pubvm").result(timeout=10)
    assert sms.get_vm_image_details("pubvm").replication_progress is None


def test_vm_image_publishing_refusals(sms):
    with pytest.raises(ResourceNotFoundError):
        sms.get_vm_image_details("missing")
    with pytest.raises(ResourceNotFoundError):
        sms.replicate_vmimage("missing", ["West US"], "o", "s", "1.0.0")
    with pytest.raises(BadRequestError, match="not replicated"):
        sms.unreplicate_vmimage("pubvm")
    with pytest.raises(BadRequestError, match="must be replicated"):
        sms.share_vmimage("pubvm", "Public")
    with pytest.raises(BadRequestError):
        sms.replicate_vmimage("pubvm", ["Atlantis"], "o", "s", "1.0.0")
    with pytest.raises(ValueError):
        sms.share_vmimage("pubvm", "Everyone")
