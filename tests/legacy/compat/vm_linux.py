"""A Linux VM with endpoints and data disks, written the way legacy deployment scripts were:
ConfigurationSet() for the network, hand-polled operations, vars() to turn results into dicts."""

import json
import sys
import time

from azure.servicemanagement import *  # noqa: F403

POLL_SECONDS = 0.05
STORAGE = "https://compatvmstore.blob.core.windows.net/vhds/"


def wait_for_async(sms, request_id, timeout=30):
    count = 0
    result = sms.get_operation_status(request_id)
    while result.status == "InProgress":
        count = count + 1
        if count * POLL_SECONDS > timeout:
            raise ValueError("Timed out waiting for asynchronous operation to complete.")
        time.sleep(POLL_SECONDS)
        result = sms.get_operation_status(request_id)
    if result.status != "Succeeded":
        raise Exception(f"Operation failed. {result.error.message} ({result.error.code})")


def wait_for_role(sms, service_name, deployment_name, role_name, status="ReadyRole"):
    for _ in range(200):
        deployment = sms.get_deployment_by_name(service_name, deployment_name)
        for instance in deployment.role_instance_list:
            if instance.role_name == role_name and instance.instance_status == status:
                return instance
        time.sleep(POLL_SECONDS)
    raise ValueError("Timed out waiting for role instance status.")


def object_to_dict(obj):
    if isinstance(obj, (list, tuple)):
        return [object_to_dict(item) for item in obj]
    if hasattr(obj, "__dict__"):
        ret = {}
        for key, value in vars(obj).items():
            if key.startswith("_"):
                continue
            ret[key] = object_to_dict(value)
        return ret
    return obj


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)  # noqa: F405
    out = {}
    service = "compatlinux"

    result = sms.create_hosted_service(service, service, "a Linux VM", "West US")
    wait_for_async(sms, result.request_id)

    images = [i for i in sms.list_os_images() if i.os == "Linux" and "Ubuntu" in i.label]
    image_name = images[0].name
    out["image_os"] = sms.get_os_image(image_name).os

    linux_config = LinuxConfigurationSet(service, "azureuser", "Passw0rd!", False)  # noqa: F405

    network = ConfigurationSet()  # noqa: F405
    network.configuration_set_type = "NetworkConfiguration"
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint("ssh", "tcp", "22", "22")  # noqa: F405
    )
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint("http", "tcp", "80", "8080")  # noqa: F405
    )

    os_hd = OSVirtualHardDisk(image_name, STORAGE + "compatlinux-os.vhd")  # noqa: F405

    result = sms.create_virtual_machine_deployment(
        service_name=service,
        deployment_name=service,
        deployment_slot="production",
        label=service,
        role_name="web1",
        system_config=linux_config,
        os_virtual_hard_disk=os_hd,
        network_config=network,
        role_size="Small",
    )
    wait_for_async(sms, result.request_id)
    instance = wait_for_role(sms, service, service, "web1")
    out["instance"] = {
        "status": instance.instance_status,
        "size": instance.instance_size,
        "endpoints": sorted(
            [e.name, e.protocol, e.public_port, e.local_port] for e in instance.instance_endpoints
        ),
    }

    deployment = sms.get_deployment_by_name(service, service)
    out["deployment"] = {
        "name": deployment.name,
        "slot": deployment.deployment_slot,
        "status": deployment.status,
        "label": deployment.label,
        "roles": [role.role_name for role in deployment.role_list],
        "os_version_type": type(deployment.role_list[0].os_version).__name__,
    }

    for lun in (0, 1):
        result = sms.add_data_disk(
            service,
            service,
            "web1",
            lun,
            host_caching="ReadOnly",
            media_link=STORAGE + f"compatlinux-data{lun}.vhd",
            disk_label=f"data{lun}",
            logical_disk_size_in_gb=10 * (lun + 1),
        )
        wait_for_async(sms, result.request_id)

    disk = sms.get_data_disk(service, service, "web1", 1)
    out["data_disk"] = [disk.lun, disk.logical_disk_size_in_gb, disk.host_caching, disk.disk_label]

    result = sms.update_data_disk(service, service, "web1", 1, host_caching="ReadWrite")
    wait_for_async(sms, result.request_id)
    out["updated_caching"] = sms.get_data_disk(service, service, "web1", 1).host_caching

    role = sms.get_role(service, service, "web1")
    out["role"] = {
        "name": role.role_name,
        "type": role.role_type,
        "size": role.role_size,
        "os_disk_os": role.os_virtual_hard_disk.os,
        "os_disk_source": role.os_virtual_hard_disk.source_image_name == image_name,
        "data_luns": sorted(d.lun for d in role.data_virtual_hard_disks),
        "config_set_types": [c.configuration_set_type for c in role.configuration_sets],
    }

    result = sms.delete_data_disk(service, service, "web1", 0, delete_vhd=True)
    wait_for_async(sms, result.request_id)
    role = sms.get_role(service, service, "web1")
    out["luns_after_delete"] = [d.lun for d in role.data_virtual_hard_disks]

    as_dict = object_to_dict(sms.get_hosted_service_properties(service, True))
    text = json.dumps(as_dict)
    back = json.loads(text)
    out["as_dict"] = {
        "service_name": back["service_name"],
        "location": back["hosted_service_properties"]["location"],
        "description": back["hosted_service_properties"]["description"],
        # the list wrappers are objects too: their items sit under the wrapper's own attribute
        "deployment_names": [d["name"] for d in back["deployments"]["deployments"]],
        "role_names": [
            r["role_name"] for r in back["deployments"]["deployments"][0]["role_list"]["roles"]
        ],
    }

    result = sms.delete_deployment(service, service, delete_vhd=True)
    wait_for_async(sms, result.request_id)
    result = sms.delete_hosted_service(service)
    wait_for_async(sms, result.request_id)
    out["services_left"] = [s.service_name for s in sms.list_hosted_services()]
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
