"""End to end: the VM extension catalogue, VM images made from VHDs, updating OS images from an
image reference, and replicating and sharing images (the publisher calls)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    CreateDataDiskConfigurationInput,
    CreateOSDiskConfigurationInput,
    CreateVMImageInput,
    ServiceManagementService,
    UpdateDataDiskConfigurationInput,
    UpdateOSDiskConfigurationInput,
    UpdateOSImageInput,
    UpdateVMImageInput,
    VMImage,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

ACCOUNT = "imgstore"
VHDS = f"https://{ACCOUNT}.blob.core.windows.net/vhds"
PLATFORM_OS_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    client = asm_emulator.new_client(strict=True)
    client.create_storage_account(ACCOUNT, "d", "l", location="West US").result(timeout=10)
    return client


def _vm_image(name: str = "myvmimage") -> CreateVMImageInput:
    image = CreateVMImageInput(name, "My VM image", "captured by hand")
    image.os_disk_configuration = CreateOSDiskConfigurationInput(
        host_caching="ReadWrite", os_state="Generalized", os="Linux", media_link=f"{VHDS}/os.vhd"
    )
    image.data_disk_configurations = [
        CreateDataDiskConfigurationInput(
            host_caching="ReadOnly",
            lun=0,
            media_link=f"{VHDS}/data0.vhd",
            logical_disk_size_in_gb=10,
        ),
        CreateDataDiskConfigurationInput(
            lun=1, media_link=f"{VHDS}/data1.vhd", logical_disk_size_in_gb=20
        ),
    ]
    image.language = "English"
    image.image_family = "My family"
    image.show_in_gui = True
    return image


def _own(sms: ServiceManagementService, name: str) -> VMImage:
    return next(i for i in sms.list_vm_images(category="User") if i.name == name)


# --- resource extensions --------------------------------------------------------------------


def test_resource_extensions(sms: ServiceManagementService) -> None:
    latest = sms.list_resource_extensions()
    names = {(e.publisher, e.name) for e in latest}
    assert ("Microsoft.Compute", "BGInfo") in names
    assert ("Microsoft.OSTCExtensions", "CustomScriptForLinux") in names
    script = next(e for e in latest if e.name == "CustomScriptForLinux")
    assert script.version == "1.3"
    assert script.replication_completed is True
    assert script.supported_os == "Linux"
    assert isinstance(script.published_date, datetime.datetime)

    versions = sms.list_resource_extension_versions(
        "microsoft.ostcextensions", "customscriptforlinux"
    )
    assert [v.version for v in versions] == ["1.1", "1.2", "1.3"]
    with pytest.raises(ResourceNotFoundError):
        sms.list_resource_extension_versions("Nobody", "Nothing")


# --- VM images ------------------------------------------------------------------------------


def test_create_and_update_vm_image(sms: ServiceManagementService) -> None:
    sms.create_vm_image(_vm_image()).result(timeout=10)
    image = _own(sms, "myvmimage")
    assert (image.label, image.category, image.description) == (
        "My VM image",
        "User",
        "captured by hand",
    )
    assert image.location == "West US"
    assert image.os_disk_configuration is not None
    assert image.os_disk_configuration.os_state == "Generalized"
    assert image.os_disk_configuration.media_link == f"{VHDS}/os.vhd"
    assert [d.lun for d in image.data_disk_configurations or []] == [0, 1]
    assert [d.logical_disk_size_in_gb for d in image.data_disk_configurations or []] == [10, 20]
    assert image.show_in_gui is True
    second = (image.data_disk_configurations or [])[1].name
    assert second is not None

    update = UpdateVMImageInput(label="Renamed", description="new description")
    update.os_disk_configuration = UpdateOSDiskConfigurationInput(host_caching="ReadOnly")
    update.data_disk_configurations = [
        UpdateDataDiskConfigurationInput(name=second, host_caching="None")
    ]
    update.recommended_vm_size = "Medium"
    sms.update_vm_image("myvmimage", update).result(timeout=10)
    changed = _own(sms, "myvmimage")
    assert (changed.label, changed.description, changed.recommended_vm_size) == (
        "Renamed",
        "new description",
        "Medium",
    )
    assert changed.os_disk_configuration is not None
    assert changed.os_disk_configuration.host_caching == "ReadOnly"
    assert [d.host_caching for d in changed.data_disk_configurations or []] == ["ReadOnly", "None"]
    assert changed.language == "English"  # not sent, kept

    # Everything in Update VM Image is optional: no label keeps the label.
    sms.update_vm_image("myvmimage", UpdateVMImageInput(description="only this")).result(timeout=10)
    assert (_own(sms, "myvmimage").label, _own(sms, "myvmimage").description) == (
        "Renamed",
        "only this",
    )

    # The new image can be deleted like a captured one.
    sms.delete_vm_image("myvmimage").result(timeout=10)
    assert [i.name for i in sms.list_vm_images(category="User")] == []


def test_vm_image_errors(sms: ServiceManagementService) -> None:
    sms.create_vm_image(_vm_image("dupimage")).result(timeout=10)
    with pytest.raises(ConflictError):
        sms.create_vm_image(_vm_image("dupimage"))
    outside = _vm_image("outside")
    assert outside.os_disk_configuration is not None
    outside.os_disk_configuration.media_link = "https://elsewhere.blob.core.windows.net/v/os.vhd"
    with pytest.raises(BadRequestError, match="storage account"):
        sms.create_vm_image(outside)
    twice = _vm_image("twice")
    for disk in twice.data_disk_configurations or []:
        disk.lun = 3
    with pytest.raises(BadRequestError, match="LUN 3"):
        sms.create_vm_image(twice)
    # What Create VM Image requires is checked before sending.
    no_state = _vm_image("nostate")
    assert no_state.os_disk_configuration is not None
    no_state.os_disk_configuration.os_state = None
    with pytest.raises(ValueError, match="os_state: is required"):
        sms.create_vm_image(no_state)
    no_disk = _vm_image("nodisk")
    no_disk.os_disk_configuration = None
    with pytest.raises(ValueError, match="os_disk_configuration: is required"):
        sms.create_vm_image(no_disk)
    # A VMImage (what code written for the reference passes) is converted to the input model:
    # the listed image sent back asks for the same name again.
    with pytest.raises(ConflictError):
        sms.create_vm_image(_own(sms, "dupimage"))  # type: ignore[arg-type]
    # Another model is not a request body.
    with pytest.raises(TypeError, match="vm_image"):
        sms.create_vm_image(UpdateVMImageInput(label="x"))  # type: ignore[arg-type]

    with pytest.raises(ResourceNotFoundError):
        sms.update_vm_image("missing", UpdateVMImageInput(label="x"))
    with pytest.raises(BadRequestError, match="no data disk"):
        sms.update_vm_image(
            "dupimage",
            _update_with_disk(UpdateDataDiskConfigurationInput(name="nosuch", host_caching="None")),
        )
    published = sms.list_vm_images(category="Public")[0].name
    assert published is not None
    with pytest.raises(BadRequestError, match="platform image"):
        sms.update_vm_image(published, UpdateVMImageInput(label="mine now"))


def _update_with_disk(disk: UpdateDataDiskConfigurationInput) -> UpdateVMImageInput:
    update = UpdateVMImageInput(label="x")
    update.data_disk_configurations = [disk]
    return update


# --- OS images: update from an image reference ----------------------------------------------


def test_update_os_image_from_image_reference(sms: ServiceManagementService) -> None:
    sms.add_os_image("centos label", f"{VHDS}/centos.vhd", "mycentos", "Linux").result(timeout=10)
    update = UpdateOSImageInput("new label")
    update.description = "a description"
    update.eula = "https://example.test/eula"
    update.image_family = "CentOS"
    update.show_in_gui = False
    update.published_date = datetime.datetime(2015, 1, 2, tzinfo=datetime.UTC)
    update.recommended_vm_size = "Small"
    update.language = "English"
    sms.update_os_image_from_image_reference("mycentos", update).result(timeout=10)
    image = sms.get_os_image("mycentos")
    assert (image.label, image.description, image.eula, image.image_family) == (
        "new label",
        "a description",
        "https://example.test/eula",
        "CentOS",
    )
    assert image.published_date == datetime.datetime(2015, 1, 2, tzinfo=datetime.UTC)
    assert image.media_link == f"{VHDS}/centos.vhd"  # untouched

    # The plain update_os_image still works on the same URI.
    sms.update_os_image("mycentos", "plain", f"{VHDS}/centos.vhd", "mycentos", "Linux").result(
        timeout=10
    )
    assert sms.get_os_image("mycentos").label == "plain"

    # The response model is not a request body (its read-only fields are no input).
    fetched = sms.get_os_image("mycentos")
    with pytest.raises(TypeError, match="os_image"):
        sms.update_os_image_from_image_reference("mycentos", fetched)  # type: ignore[arg-type]


def test_update_os_image_from_image_reference_errors(sms: ServiceManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        sms.update_os_image_from_image_reference("missing", _label_only("x"))
    with pytest.raises(BadRequestError, match="platform image"):
        sms.update_os_image_from_image_reference(PLATFORM_OS_IMAGE, _label_only("x"))
    sms.add_os_image("l", f"{VHDS}/u.vhd", "unlabelled", "Linux").result(timeout=10)
    without_label = UpdateOSImageInput()
    without_label.description = "no label"
    with pytest.raises(ValueError, match="label: is required"):
        sms.update_os_image_from_image_reference("unlabelled", without_label)


def _label_only(label: str) -> UpdateOSImageInput:
    return UpdateOSImageInput(label)


# --- replication and sharing ----------------------------------------------------------------


def test_replicate_details_share_unreplicate(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    sms.add_os_image("pub", f"{VHDS}/pub.vhd", "pubimage", "Linux").result(timeout=10)
    details = sms.get_os_image_details("pubimage")
    assert details.name == "pubimage" and details.category == "User"
    assert details.replication_progress == []  # the reference's empty ReplicationProgress

    asm_emulator.server.operation_delay = 30
    replicating = sms.replicate_vm_image(
        "pubimage", ["west us", "North Europe"], "myoffer", "mysku", "1.0.0"
    )
    running = sms.get_os_image_details("pubimage").replication_progress or []
    assert [(p.location, p.progress) for p in running] == [("West US", 0), ("North Europe", 0)]
    asm_emulator.server.state.operations.finish_all()
    assert replicating.result(timeout=10).status == "Succeeded"
    done = sms.get_os_image_details("pubimage").replication_progress or []
    assert [p.progress for p in done] == [100, 100]
    asm_emulator.server.operation_delay = 0.05

    sms.share_vm_image("pubimage", "Public").result(timeout=10)
    sms.unreplicate_vm_image("pubimage").result(timeout=10)
    assert sms.get_os_image_details("pubimage").replication_progress == []
    with pytest.raises(BadRequestError, match="replicated"):
        sms.share_vm_image("pubimage", "MSDN")

    # VM images can be replicated too.
    sms.create_vm_image(_vm_image("pubvm")).result(timeout=10)
    sms.replicate_vm_image("pubvm", ["East US"], "offer", "sku", "2.0.1").result(timeout=10)


def test_replication_errors(sms: ServiceManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        sms.replicate_vm_image("missing", ["West US"], "o", "s", "1.0.0")
    with pytest.raises(BadRequestError, match="platform image"):
        sms.replicate_vm_image(PLATFORM_OS_IMAGE, ["West US"], "o", "s", "1.0.0")
    sms.add_os_image("r", f"{VHDS}/r.vhd", "repl", "Linux").result(timeout=10)
    with pytest.raises(BadRequestError, match="not a valid location"):
        sms.replicate_vm_image("repl", ["Atlantis"], "o", "s", "1.0.0")
    with pytest.raises(BadRequestError, match="not replicated"):
        sms.unreplicate_vm_image("repl")
    with pytest.raises(ResourceNotFoundError):
        sms.get_os_image_details("missing")
    with pytest.raises(ValueError):
        sms.replicate_vm_image("repl", ["West US"], "o", "s", "one")
    with pytest.raises(ValueError):
        sms.share_vm_image("repl", "Everyone")
    # These calls need x-ms-version 2015-04-01.
    path = f"/{sms.subscription_id}/services/images/repl/unreplicate"
    with pytest.raises(BadRequestError, match="2015-04-01"):
        sms.perform_put(path, x_ms_version="2014-10-01")
    path = f"/{sms.subscription_id}/services/images/repl/shareasync?permission=Everyone"
    with pytest.raises(BadRequestError, match="permission"):
        sms.perform_put(path, x_ms_version="2015-04-01")


def test_platform_image_details(sms: ServiceManagementService) -> None:
    details = sms.get_os_image_details(PLATFORM_OS_IMAGE)
    assert details.name == PLATFORM_OS_IMAGE
    assert details.os == "Linux"
