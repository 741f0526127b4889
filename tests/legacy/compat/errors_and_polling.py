"""Error handling by the exception names of azure-common and operations polled by hand, the
way scripts that predate wait_for_operation_status did it."""

import json
import sys
import time

from azure.common import AzureConflictHttpError, AzureHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import ServiceManagementService

POLL_SECONDS = 0.05


def poll(sms, request_id):
    seen = set()
    while True:
        operation = sms.get_operation_status(request_id)
        seen.add(operation.status)
        if operation.status != "InProgress":
            return operation, seen
        time.sleep(POLL_SECONDS)


def classify(call, *args, **kwargs):
    """Which of the usual except clauses catches the call's error."""
    try:
        call(*args, **kwargs)
        return "no error"
    except AzureMissingResourceHttpError as e:
        return ["AzureMissingResourceHttpError", e.status_code, isinstance(e, AzureHttpError)]
    except AzureConflictHttpError as e:
        return ["AzureConflictHttpError", e.status_code, isinstance(e, AzureHttpError)]
    except AzureHttpError as e:
        return ["AzureHttpError", e.status_code]


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)
    out = {}

    result = sms.create_hosted_service("compaterrors", "label", location="West US")
    operation, seen = poll(sms, result.request_id)
    out["operation"] = {
        "status": operation.status,
        "http_status_code": int(operation.http_status_code),
        "statuses_seen": sorted(seen - {"InProgress"}),
        "only_known_statuses": seen <= {"InProgress", "Succeeded"},
        "error_code": getattr(operation.error, "code", "") or "",
    }

    out["missing"] = classify(sms.get_hosted_service_properties, "compatnowhere")
    out["duplicate"] = classify(
        sms.create_hosted_service, "compaterrors", "label", location="West US"
    )
    out["bad_request"] = classify(
        sms.create_hosted_service, "compatbad", "label", location="Nowhere"
    )
    out["missing_deployment"] = classify(sms.get_deployment_by_slot, "compaterrors", "production")

    try:
        sms.get_hosted_service_properties("compatnowhere")
    except AzureHttpError as e:
        out["message_has_asm_text"] = "does not exist" in str(e) or "not found" in str(e).lower()
        out["is_404"] = e.status_code == 404

    try:
        sms.create_hosted_service("compaterrors", "label", location="West US")
    except AzureConflictHttpError as e:
        out["conflict_message"] = "already" in str(e)

    stranger = ServiceManagementService("00000000-0000-0000-0000-000000000000", cert_file, host)
    out["wrong_subscription"] = classify(stranger.list_hosted_services)

    result = sms.delete_hosted_service("compaterrors")
    operation, _ = poll(sms, result.request_id)
    out["delete"] = [operation.status, int(operation.http_status_code)]
    out["after_delete"] = classify(sms.get_hosted_service_properties, "compaterrors")
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
