"""Storage accounts: create, wait by polling get_operation_status, keys, update, delete."""

import json
import sys
import time

from azure.common import AzureConflictHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import ServiceManagementService

POLL_SECONDS = 0.05


def wait_for_async(sms, request_id, timeout=30):
    result = sms.get_operation_status(request_id)
    deadline = time.time() + timeout
    while result.status == "InProgress":
        if time.time() > deadline:
            raise ValueError("Timed out waiting for asynchronous operation to complete.")
        time.sleep(POLL_SECONDS)
        result = sms.get_operation_status(request_id)
    if result.status != "Succeeded":
        raise Exception(f"Operation failed. {result.error.message} ({result.error.code})")
    return result


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)
    out = {}

    name = "compatstore1"
    available = sms.check_storage_account_name_availability(name)
    out["available_before"] = available.result

    result = sms.create_storage_account(
        name,
        "my storage account",
        "my label",
        location="West US",
        extended_properties={"owner": "compat"},
    )
    out["request_id_is_str"] = isinstance(result.request_id, str) and len(result.request_id) > 0
    status = wait_for_async(sms, result.request_id)
    out["create_status"] = status.status
    out["create_http_status"] = int(status.http_status_code)

    out["available_after"] = sms.check_storage_account_name_availability(name).result

    accounts = sms.list_storage_accounts()
    out["listed"] = [account.service_name for account in accounts]
    out["listed_via_attribute"] = [a.service_name for a in accounts.storage_services]
    out["count"] = len(accounts)

    props = sms.get_storage_account_properties(name)
    p = props.storage_service_properties
    out["properties"] = {
        "service_name": props.service_name,
        "label": p.label,
        "description": p.description,
        "location": p.location,
        "status": p.status,
        "extended_properties": props.extended_properties,
        "endpoint_count": len(p.endpoints),
        "url_ends_with_name": props.url.endswith("/" + name),
    }

    keys = sms.get_storage_account_keys(name)
    primary = keys.storage_service_keys.primary
    secondary = keys.storage_service_keys.secondary
    out["keys"] = {
        "service_name": keys.service_name,
        "primary_is_str": isinstance(primary, str) and len(primary) > 0,
        "keys_differ": primary != secondary,
    }
    regenerated = sms.regenerate_storage_account_keys(name, "Primary")
    out["regenerate"] = {
        "primary_changed": regenerated.storage_service_keys.primary != primary,
        "secondary_kept": regenerated.storage_service_keys.secondary == secondary,
    }

    sms.update_storage_account(name, description="updated", label="new label")
    p = sms.get_storage_account_properties(name).storage_service_properties
    out["updated"] = [p.description, p.label]

    try:
        sms.create_storage_account(name, "again", "again", location="West US")
        out["duplicate"] = "no error"
    except AzureConflictHttpError as e:
        out["duplicate"] = ["AzureConflictHttpError", e.status_code]

    result = sms.delete_storage_account(name)
    out["delete_status"] = wait_for_async(sms, result.request_id).status
    try:
        sms.get_storage_account_properties(name)
        out["after_delete"] = "still there"
    except AzureMissingResourceHttpError as e:
        out["after_delete"] = ["AzureMissingResourceHttpError", e.status_code]
    out["count_after_delete"] = len(sms.list_storage_accounts())
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
