"""OS images end to end: platform catalogue, own images (add, update, delete), errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from azure_asm import ServiceManagementService
from azure_asm.models import OSImage, OSImageInput
from azure_asm.serializers import serialize_os_image_input
from azure_asm_emulator.catalogue_os_images import PLATFORM_IMAGE_NAMES
from azure_asm_emulator.handlers.os_images import find_os_image
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

CENTOS = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds/mycentos.vhd"
SEED_FIELDS = ("name", "label", "os", "category", "description", "location", "media_link")


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


def _assert_printable(image: OSImage) -> None:
    """Every field the seed walkthrough concatenates with a str is a str."""
    for field in SEED_FIELDS:
        assert isinstance(getattr(image, field), str), (image.name, field)


def _add(sms: ServiceManagementService, name: str = "mycentos", media: str = MEDIA) -> None:
    sms.add_os_image(name, media, name, "Linux").result(timeout=10)


def test_platform_catalogue(sms: ServiceManagementService) -> None:
    images = sms.list_os_images()
    assert [image.name for image in images] == list(PLATFORM_IMAGE_NAMES)
    assert CENTOS in PLATFORM_IMAGE_NAMES
    assert {image.os for image in images} == {"Linux", "Windows"}
    for image in images:
        _assert_printable(image)
        assert image.category == "Public"
        assert image.label and image.description
        assert "West US" in (image.location or "").split(";")
        assert (image.media_link or "").startswith("https://")
        assert image.logical_size_in_gb in (30, 128)
        assert image.published_date is not None
    centos = sms.get_os_image(CENTOS)
    assert centos.name == CENTOS
    assert centos.os == "Linux"
    assert centos.publisher_name == "OpenLogic"


def test_add_get_list_update_delete(sms: ServiceManagementService) -> None:
    added = sms.add_os_image("my centos", MEDIA, "mycentos", "Linux")
    assert added.result(timeout=10).status == "Succeeded"
    assert sms.get_operation_status(added.request_id).status == "Succeeded"

    image = sms.get_os_image("mycentos")
    _assert_printable(image)
    assert (image.name, image.label, image.os, image.category) == (
        "mycentos",
        "my centos",
        "Linux",
        "User",
    )
    assert image.media_link == MEDIA
    assert image.description == ""
    assert image.location == ""  # the account is not one of the subscription's
    listed = sms.list_os_images()
    assert [i.name for i in listed][-1] == "mycentos"
    for listed_image in listed:
        _assert_printable(listed_image)

    updated = sms.update_os_image("mycentos", "renamed", MEDIA, "mycentos", "Linux")
    assert updated.result(timeout=10).status == "Succeeded"
    assert sms.get_os_image("mycentos").label == "renamed"

    deleted = sms.delete_os_image("mycentos")
    assert deleted.result(timeout=10).status == "Succeeded"
    with pytest.raises(ResourceNotFoundError, match="The image mycentos does not exist."):
        sms.get_os_image("mycentos")
    assert "mycentos" not in [i.name for i in sms.list_os_images()]


def test_image_in_own_storage_account_takes_its_location(sms: ServiceManagementService) -> None:
    sms.create_storage_account("imagestore", "", "x", location="North Europe").result(timeout=10)
    _add(sms, "winimage", "https://imagestore.blob.core.windows.net/vhds/win.vhd")
    assert sms.get_os_image("winimage").location == "North Europe"
    # ASM refuses to delete an account whose blobs back an image.
    with pytest.raises(BadRequestError, match="has some active image"):
        sms.delete_storage_account("imagestore")
    sms.delete_os_image("winimage", delete_vhd=True).result(timeout=10)  # comp=media
    sms.delete_storage_account("imagestore").result(timeout=10)


def test_delete_right_after_add_waits_for_the_add(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    asm_emulator.server.operation_delay = 2.0  # still running when asked, even on a loaded machine
    added = sms.add_os_image("quick", MEDIA, "quick", "Windows")
    # Listed at once, while the add still runs ...
    assert "quick" in [i.name for i in sms.list_os_images()]
    impatient = asm_emulator.new_client(conflict_timeout=0)
    with pytest.raises(ConflictError, match="currently performing an operation"):
        impatient.delete_os_image("quick")
    # ... but the client waits the add out, as the seed's delete right after add needs.
    deleted = sms.delete_os_image("quick")
    assert sms.get_operation_status(added.request_id).status == "Succeeded"
    assert deleted.result(timeout=10).status == "Succeeded"
    with pytest.raises(ResourceNotFoundError):
        sms.get_os_image("quick")


def test_duplicates_conflict(sms: ServiceManagementService) -> None:
    _add(sms, "twice")
    with pytest.raises(ConflictError, match="An image with the name twice already exists."):
        sms.add_os_image("twice", MEDIA, "twice", "Linux")
    with pytest.raises(ConflictError, match="already exists"):
        sms.add_os_image("copy", MEDIA, CENTOS, "Linux")


def test_platform_images_cannot_change(sms: ServiceManagementService) -> None:
    with pytest.raises(BadRequestError, match="platform image and cannot be deleted"):
        sms.delete_os_image(CENTOS)
    with pytest.raises(BadRequestError, match="platform image and cannot be changed"):
        sms.update_os_image(CENTOS, "mine", MEDIA, CENTOS, "Linux")
    assert sms.get_os_image(CENTOS).label == "OpenLogic CentOS 6.2"


def test_missing_images_are_not_found(sms: ServiceManagementService) -> None:
    with pytest.raises(ResourceNotFoundError) as error:
        sms.get_os_image("nosuchimage")
    assert error.value.code == "ResourceNotFound"
    with pytest.raises(ResourceNotFoundError):
        sms.delete_os_image("nosuchimage")
    with pytest.raises(ResourceNotFoundError):
        sms.update_os_image("nosuchimage", "x", MEDIA, "nosuchimage", "Linux")


def test_update_name_must_match(sms: ServiceManagementService) -> None:
    _add(sms, "original")
    with pytest.raises(BadRequestError, match="does not match the image name original"):
        sms.update_os_image("original", "x", MEDIA, "other", "Linux")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (OSImageInput("x", MEDIA, "bad name!", "Linux"), "The image name is not valid."),
        (OSImageInput("", MEDIA, "nolabel", "Linux"), "The label of the image must be specified."),
        (OSImageInput("x" * 101, MEDIA, "longlabel", "Linux"), "at most 100 characters"),
        (OSImageInput("x", "ftp://host/vhd", "ftpimage", "Linux"), "is not a valid blob URL"),
        (
            OSImageInput("x", "https://example.com/vhds/a.vhd", "elsewhere", "Linux"),
            "is not a valid blob URL",
        ),
        (OSImageInput("x", MEDIA, "solaris", "Solaris"), "The operating system 'Solaris'"),
    ],
)
def test_invalid_add_bodies(
    sms: ServiceManagementService, body: OSImageInput, message: str
) -> None:
    with pytest.raises(BadRequestError, match=message):
        sms.perform_post(f"/{sms.subscription_id}/services/images", serialize_os_image_input(body))
    assert [i.name for i in sms.list_os_images()] == list(PLATFORM_IMAGE_NAMES)


def test_unparsable_bodies(sms: ServiceManagementService) -> None:
    for body in (b"<OSImage", b"<Images xmlns='http://schemas.microsoft.com/windowsazure'/>"):
        with pytest.raises(BadRequestError, match="The request body's XML was invalid"):
            sms.perform_post(f"/{sms.subscription_id}/services/images", body)


def test_own_images_are_per_subscription(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    _add(sms, "private")
    other = asm_emulator.add_subscription()
    assert "private" not in [i.name for i in other.list_os_images()]
    with pytest.raises(ResourceNotFoundError):
        other.get_os_image("private")
    _add(other, "private")  # the name is free in another subscription


def test_lookup_helpers(asm_emulator: AsmEmulator, sms: ServiceManagementService) -> None:
    _add(sms, "helperimage")
    state, subscription = asm_emulator.server.state, asm_emulator.subscription_id
    with state.lock:
        platform = find_os_image(state, subscription, CENTOS)
        own = find_os_image(state, subscription, "helperimage")
        assert platform is not None and platform.category == "Public"
        assert own is not None and own.category == "User"
        assert find_os_image(state, subscription, CENTOS) is not None
        assert find_os_image(state, subscription, "nope") is None
        assert find_os_image(state, "00000000-0000-0000-0000-000000000000", "helperimage") is None
