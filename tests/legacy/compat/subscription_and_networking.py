"""Subscription-level catalogues, affinity groups and reserved IPs: the read-mostly calls of
inventory scripts, results turned into dicts with vars()."""

import json
import sys
import time

from azure.common import AzureHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import *  # noqa: F403

POLL_SECONDS = 0.05


def to_dict(obj):
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)  # noqa: F405
    out = {}

    subscription = to_dict(sms.get_subscription())
    out["subscription"] = {
        "id_matches": subscription["subscription_id"] == subscription_id,
        "status": subscription["subscription_status"],
        "max_hosted_services_is_int": isinstance(subscription["max_hosted_services"], int),
        "current_storage_accounts": subscription["current_storage_accounts"],
    }
    out["subscriptions_listed"] = [
        s.subscription_id == subscription_id for s in sms.list_subscriptions()
    ]

    locations = sms.list_locations()
    out["has_west_us"] = "West US" in [location.name for location in locations]
    west = [location for location in locations if location.name == "West US"][0]
    out["west_us_services"] = "PersistentVMRole" in west.available_services

    sizes = [to_dict(size) for size in sms.list_role_sizes()]
    small = [size for size in sizes if size["name"] == "Small"][0]
    out["small"] = [small["cores"], small["memory_in_mb"], small["supported_by_virtual_machines"]]

    systems = sms.list_operating_systems()
    out["os_labels_are_decoded"] = all(" " in os.label or os.label.isalnum() for os in systems)
    families = sms.list_operating_system_families()
    out["families_have_versions"] = all(len(f.operating_systems) > 0 for f in families)

    sms.create_affinity_group("compatgroup", "my group", "West US", "a group")
    group = sms.get_affinity_group_properties("compatgroup")
    out["affinity_group"] = [group.name, group.label, group.description, group.location]
    sms.update_affinity_group("compatgroup", "renamed group", "changed")
    group = to_dict(sms.get_affinity_group_properties("compatgroup"))
    out["affinity_group_updated"] = [group["label"], group["description"]]
    out["affinity_groups"] = [g.name for g in sms.list_affinity_groups()]
    sms.delete_affinity_group("compatgroup")
    try:
        sms.get_affinity_group_properties("compatgroup")
        out["group_after_delete"] = "still there"
    except AzureMissingResourceHttpError as e:
        out["group_after_delete"] = ["AzureMissingResourceHttpError", e.status_code]

    result = sms.create_reserved_ip_address("compatip", "my ip", "West US")
    status = sms.get_operation_status(result.request_id)
    while status.status == "InProgress":
        time.sleep(POLL_SECONDS)
        status = sms.get_operation_status(result.request_id)
    out["reserve_status"] = [status.status, int(status.http_status_code)]
    ip = sms.get_reserved_ip_address("compatip")
    out["reserved_ip"] = [ip.name, ip.label, ip.location, ip.state, ip.in_use, ip.address != ""]
    out["reserved_ips"] = [r.name for r in sms.list_reserved_ip_addresses()]
    result = sms.delete_reserved_ip_address("compatip")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    out["reserved_ips_left"] = len(sms.list_reserved_ip_addresses())

    try:
        sms.create_affinity_group("bad", "label", "Nowhere", "no such location")
        out["bad_location"] = "no error"
    except AzureHttpError as e:
        out["bad_location"] = ["AzureHttpError", e.status_code]

    extensions = sms.list_resource_extensions()
    out["has_extensions"] = len(extensions) > 0
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
