"""`create_vm_image` / `update_vm_image` take the reference's `VMImage` too (issue 11).

Code written for azure-servicemanagement-legacy fills a `VMImage()` in place
(``image.os_disk_configuration.os_state = ...``) and passes it; azure-asm converts it to the
operation's input model by attribute names, so the same request goes out as with the typed
`CreateVMImageInput` / `UpdateVMImageInput`, and the same checks apply before sending.
"""

from __future__ import annotations

from typing import Any

import pytest

from azure_asm import (
    CreateDataDiskConfigurationInput,
    CreateOSDiskConfigurationInput,
    CreateVMImageInput,
    DataDiskConfiguration,
    OSDiskConfiguration,
    ServiceManagementService,
    UpdateDataDiskConfigurationInput,
    UpdateOSDiskConfigurationInput,
    UpdateVMImageInput,
    VMImage,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.legacy import convert_model

DISKS = "https://store.blob.core.windows.net/vhds/"


class Recorder:
    def __init__(self) -> None:
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(202, {"x-ms-request-id": "r1"}, b"")


def sent(call: str, *args: Any) -> HttpRequest:
    recorder = Recorder()
    sms = ServiceManagementService("sub", transport=recorder)
    getattr(sms, call)(*args)
    (request,) = recorder.requests
    return request


def legacy_image() -> VMImage:
    """A VMImage filled the reference's way: fresh nested models, set in place."""
    image = VMImage()
    image.name = "img"
    image.label = "my image"
    image.category = "User"  # read-only: not part of the request, as in the reference
    image.os_disk_configuration.os_state = "Specialized"
    image.os_disk_configuration.os = "Linux"
    image.os_disk_configuration.media_link = DISKS + "os.vhd"
    image.os_disk_configuration.host_caching = "ReadOnly"
    disk = DataDiskConfiguration()
    disk.lun = 1
    disk.media_link = DISKS + "data.vhd"
    disk.logical_disk_size_in_gb = 20
    image.data_disk_configurations.append(disk)
    return image


def test_create_vm_image_sends_for_a_vm_image_what_it_sends_for_the_input_model() -> None:
    typed = CreateVMImageInput(
        name="img",
        label="my image",
        os_disk_configuration=CreateOSDiskConfigurationInput(
            host_caching="ReadOnly", os_state="Specialized", os="Linux", media_link=DISKS + "os.vhd"
        ),
        data_disk_configurations=[
            CreateDataDiskConfigurationInput(
                lun=1, media_link=DISKS + "data.vhd", logical_disk_size_in_gb=20
            )
        ],
    )
    ours = sent("create_vm_image", legacy_image())
    assert ours == sent("create_vm_image", typed)
    assert ours.body is not None and b"<Category>" not in ours.body


def test_update_vm_image_sends_for_a_vm_image_what_it_sends_for_the_input_model() -> None:
    image = VMImage()
    image.label = "renamed"
    image.os_disk_configuration.host_caching = "ReadWrite"
    disk = DataDiskConfiguration()
    disk.name = "img-data-0"
    disk.host_caching = "None"
    disk.lun = 0
    image.data_disk_configurations.append(disk)
    typed = UpdateVMImageInput(
        label="renamed",
        os_disk_configuration=UpdateOSDiskConfigurationInput(host_caching="ReadWrite"),
        data_disk_configurations=[
            UpdateDataDiskConfigurationInput(name="img-data-0", host_caching="None", lun=0)
        ],
    )
    assert sent("update_vm_image", "img", image) == sent("update_vm_image", "img", typed)


def test_a_vm_image_missing_what_create_needs_fails_before_sending_naming_it() -> None:
    image = legacy_image()
    image.os_disk_configuration.os_state = None
    recorder = Recorder()
    sms = ServiceManagementService("sub", transport=recorder)
    with pytest.raises(ValueError, match=r"vm_image\.os_disk_configuration\.os_state"):
        sms.create_vm_image(image)
    assert recorder.requests == []


def test_convert_model_converts_nested_models_and_lists_and_leaves_blanks_out() -> None:
    converted = convert_model(legacy_image(), CreateVMImageInput)
    assert isinstance(converted.os_disk_configuration, CreateOSDiskConfigurationInput)
    assert converted.data_disk_configurations == [
        CreateDataDiskConfigurationInput(
            lun=1, media_link=DISKS + "data.vhd", logical_disk_size_in_gb=20
        )
    ]
    # A fresh VMImage holds only blank values: nothing is carried over.
    assert convert_model(VMImage(), CreateVMImageInput) == CreateVMImageInput()
    # The source is not changed.
    assert isinstance(legacy_image().os_disk_configuration, OSDiskConfiguration)
