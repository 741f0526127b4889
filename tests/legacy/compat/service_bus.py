"""Service Bus namespaces: regions, availability, create, wait until Active, list, delete."""

import json
import sys
import time

from azure.common import AzureConflictHttpError, AzureHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import ServiceBusManagementService

POLL_SECONDS = 0.05


def main(subscription_id, cert_file, host):
    sbms = ServiceBusManagementService(subscription_id, cert_file, host)
    out = {}

    regions = sbms.get_regions()
    out["has_west_us"] = "West US" in [region.fullname for region in regions]
    out["region_codes_are_str"] = all(isinstance(r.code, str) and r.code for r in regions)

    name = "compatbus"
    out["available_before"] = sbms.check_namespace_availability(name).result

    sbms.create_namespace(name, "West US")
    namespace = sbms.get_namespace(name)
    for _ in range(400):
        if namespace.status == "Active":
            break
        time.sleep(POLL_SECONDS)
        namespace = sbms.get_namespace(name)
    out["namespace"] = {
        "name": namespace.name,
        "region": namespace.region,
        "status": namespace.status,
        "enabled": namespace.enabled,
        "has_connection_string": "Endpoint=" in namespace.connection_string,
        "endpoint_has_name": name in namespace.servicebus_endpoint,
    }
    out["available_after"] = sbms.check_namespace_availability(name).result

    try:
        sbms.create_namespace(name, "West US")
        out["duplicate"] = "no error"
    except AzureConflictHttpError as e:
        out["duplicate"] = ["AzureConflictHttpError", e.status_code]

    out["listed"] = [ns.name for ns in sbms.list_namespaces()]
    out["queues"] = len(sbms.list_queues(name))
    out["topics"] = len(sbms.list_topics(name))
    out["relays"] = len(sbms.list_relays(name))
    out["notification_hubs"] = len(sbms.list_notification_hubs(name))

    sbms.delete_namespace(name)
    for _ in range(400):
        try:
            sbms.get_namespace(name)
        except AzureMissingResourceHttpError as e:
            out["after_delete"] = ["AzureMissingResourceHttpError", e.status_code]
            break
        time.sleep(POLL_SECONDS)

    try:
        sbms.delete_namespace("compatnowhere")
        out["delete_missing"] = "no error"
    except AzureHttpError as e:
        out["delete_missing"] = ["AzureHttpError", e.status_code]
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
