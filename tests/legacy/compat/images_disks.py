"""OS images, VM images and disks in the image repository."""

import json
import sys

from azure.common import AzureConflictHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import ServiceManagementService, VMImage

POLL_SECONDS = 0.05
STORAGE = "https://compatimages.blob.core.windows.net/vhds/"


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)

    def wait(result):
        return sms.wait_for_operation_status(
            result.request_id, timeout=30, sleep_interval=POLL_SECONDS
        ).status

    out = {}
    platform = sms.list_os_images()
    out["platform_images"] = len(platform) > 0
    out["platform_oses"] = sorted({image.os for image in platform})

    out["add_os_image"] = wait(
        sms.add_os_image("my image", STORAGE + "myimage.vhd", "compatimage", "Linux")
    )
    image = sms.get_os_image("compatimage")
    out["os_image"] = [image.name, image.label, image.os, image.category, image.media_link]
    out["update_os_image"] = wait(
        sms.update_os_image(
            "compatimage", "renamed image", STORAGE + "myimage.vhd", "compatimage", "Linux"
        )
    )
    out["label_after_update"] = sms.get_os_image("compatimage").label
    out["listed"] = "compatimage" in [i.name for i in sms.list_os_images()]
    try:
        sms.add_os_image("again", STORAGE + "other.vhd", "compatimage", "Linux")
        out["duplicate_image"] = "no error"
    except AzureConflictHttpError as e:
        out["duplicate_image"] = ["AzureConflictHttpError", e.status_code]
    out["delete_os_image"] = wait(sms.delete_os_image("compatimage"))

    # add_disk, update_disk and delete_disk are synchronous in the legacy API; the reference
    # always sends <OS>, so only an OS disk can be added with it
    out["add_disk"] = sms.add_disk(True, "os disk", STORAGE + "osdisk.vhd", "compatdisk", "Linux")
    disk = sms.get_disk("compatdisk")
    out["disk"] = [disk.name, disk.label, disk.media_link, disk.os, disk.attached_to]
    sms.update_disk("compatdisk", label="new label")
    out["disk_label_after_update"] = sms.get_disk("compatdisk").label
    out["disks"] = [d.name for d in sms.list_disks()]
    sms.delete_disk("compatdisk")
    try:
        sms.get_disk("compatdisk")
        out["disk_after_delete"] = "still there"
    except AzureMissingResourceHttpError as e:
        out["disk_after_delete"] = ["AzureMissingResourceHttpError", e.status_code]

    # a VM image's disks must live in a storage account of the subscription
    wait(sms.create_storage_account("compatimages", "images", "images", location="West US"))
    image = VMImage()
    image.name = "compatvmimage"
    image.label = "compat vm image"
    image.description = "a specialized Linux image"
    image.os_disk_configuration.os_state = "Specialized"
    image.os_disk_configuration.os = "Linux"
    image.os_disk_configuration.media_link = STORAGE + "vmimage-os.vhd"
    image.language = "English"
    image.show_in_gui = True
    out["create_vm_image"] = wait(sms.create_vm_image(image))

    mine = [i for i in sms.list_vm_images() if i.name == "compatvmimage"]
    out["vm_image"] = [
        [i.name, i.label, i.category, i.os_disk_configuration.os_state, i.os_disk_configuration.os]
        for i in mine
    ]
    out["delete_vm_image"] = wait(sms.delete_vm_image("compatvmimage"))
    out["vm_images_left"] = [i.name for i in sms.list_vm_images() if i.category == "User"]
    wait(sms.delete_storage_account("compatimages"))
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
