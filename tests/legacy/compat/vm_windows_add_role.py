"""Windows VMs: the first one creates the deployment; the next one meets the "deployment already
exists" conflict and is added with add_role instead (the pattern of salt-cloud's Azure driver).
Role operations are retried by hand while ASM answers 409 "operation in progress"."""

import json
import sys
import time

from azure.common import AzureConflictHttpError, AzureHttpError
from azure.servicemanagement import (
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    DataVirtualHardDisk,
    Listener,
    OSVirtualHardDisk,
    ServiceManagementService,
    WindowsConfigurationSet,
)

POLL_SECONDS = 0.05
STORAGE = "https://compatwinstore.blob.core.windows.net/vhds/"


def retry_while_busy(call, *args, **kwargs):
    """ASM refuses a second operation on a deployment while one is running: try again."""
    for _ in range(400):
        try:
            return call(*args, **kwargs)
        except AzureConflictHttpError as e:
            if "currently performing an operation" not in str(e):
                raise
            time.sleep(POLL_SECONDS)
    raise ValueError("the deployment stayed busy")


def windows_vm(sms, name, port):
    config = WindowsConfigurationSet(
        computer_name=name,
        admin_password="Passw0rd!",
        reset_password_on_first_logon=False,
        enable_automatic_updates=True,
        time_zone="Pacific Standard Time",
        admin_username="azureuser",
    )
    config.domain_join = None
    config.win_rm.listeners.listeners.append(Listener("Http"))

    network = ConfigurationSet()
    network.configuration_set_type = "NetworkConfiguration"
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint("rdp", "tcp", port, "3389")
    )

    images = [i for i in sms.list_os_images() if i.os == "Windows"]
    os_hd = OSVirtualHardDisk(images[0].name, STORAGE + name + ".vhd")
    return config, os_hd, network


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)
    out = {"attempts": []}
    service = "compatwin"

    result = sms.create_hosted_service(service, "windows vms", location="West US")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)

    for role_name, port in (("win1", "3389"), ("win2", "50001"), ("win3", "50002")):
        config, os_hd, network = windows_vm(sms, role_name, port)
        try:
            result = sms.create_virtual_machine_deployment(
                service,
                service,
                "production",
                service,
                role_name,
                config,
                os_hd,
                network_config=network,
                role_size="Medium",
            )
            out["attempts"].append([role_name, "create_virtual_machine_deployment"])
        except AzureConflictHttpError as e:
            out["attempts"].append([role_name, "AzureConflictHttpError", e.status_code])
            logs = DataVirtualHardDisk(
                media_link=STORAGE + role_name + "-logs.vhd",
                disk_label="logs",
                lun=0,
                logical_disk_size_in_gb=20,
            )
            result = sms.add_role(
                service,
                service,
                role_name,
                config,
                os_hd,
                network_config=network,
                data_virtual_hard_disks=[logs],
                role_size="Small",
            )
        operation = sms.wait_for_operation_status(
            result.request_id, timeout=30, sleep_interval=POLL_SECONDS
        )
        out["attempts"][-1].append(operation.status)

    deployment = sms.get_deployment_by_name(service, service)
    out["roles"] = sorted(
        [role.role_name, role.role_size, role.os_version != ""] for role in deployment.role_list
    )
    out["endpoints"] = sorted(
        [instance.role_name, endpoint.name, int(endpoint.public_port), int(endpoint.local_port)]
        for instance in deployment.role_instance_list
        for endpoint in instance.instance_endpoints
    )

    role = sms.get_role(service, service, "win2")
    out["win2_data_disks"] = [
        [d.lun, d.logical_disk_size_in_gb, d.disk_label, d.media_link.endswith("win2-logs.vhd")]
        for d in role.data_virtual_hard_disks
    ]
    out["win2_os"] = [role.os_virtual_hard_disk.os, role.role_size]

    # Three operations started back to back: ASM serialises them, legacy code retries.
    shutdown = retry_while_busy(
        sms.shutdown_role, service, service, "win2", post_shutdown_action="StoppedDeallocated"
    )
    restart = retry_while_busy(sms.restart_role, service, service, "win1")
    deleted = retry_while_busy(sms.delete_role, service, service, "win3", complete=True)
    for result in (shutdown, restart, deleted):
        sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    deployment = sms.get_deployment_by_name(service, service)
    out["after_role_operations"] = sorted(
        [instance.role_name, instance.power_state] for instance in deployment.role_instance_list
    )

    result = sms.start_role(service, service, "win2")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    deployment = sms.get_deployment_by_name(service, service)
    out["after_start"] = sorted(
        [instance.role_name, instance.power_state] for instance in deployment.role_instance_list
    )

    try:
        sms.delete_hosted_service(service)
        out["delete_with_deployment"] = "no error"
    except AzureHttpError as e:
        out["delete_with_deployment"] = ["AzureHttpError", e.status_code]

    result = sms.delete_deployment(service, service)
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    result = sms.delete_hosted_service(service)
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
