"""Cloud services (hosted services): availability, create with extended properties, list,
update, and the listing's dict form."""

import json
import sys

from azure.servicemanagement import *  # noqa: F403

POLL_SECONDS = 0.05


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)  # noqa: F405
    out = {}

    def wait(result):
        sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)

    out["available"] = sms.check_hosted_service_name_availability("compatsvc").result
    for name in ("compatsvc", "compatsvc2"):
        wait(
            sms.create_hosted_service(
                name, name + " label", name + " description", "West US", None, {"tier": "web"}
            )
        )
    out["available_after"] = sms.check_hosted_service_name_availability("compatsvc").result

    services = sms.list_hosted_services()
    out["listed"] = sorted(s.service_name for s in services.hosted_services)
    out["count"] = len(services)
    out["first_by_index"] = services[0].service_name in out["listed"]

    props = sms.get_hosted_service_properties("compatsvc")
    p = props.hosted_service_properties
    out["properties"] = {
        "label": p.label,
        "description": p.description,
        "location": p.location,
        "status": p.status,
        "tier": p.extended_properties.get("tier"),
        "no_deployments": not props.deployments,
    }

    sms.update_hosted_service("compatsvc", label="new label", description="new description")
    p = sms.get_hosted_service_properties("compatsvc").hosted_service_properties
    out["updated"] = [p.label, p.description]

    rows = []
    for service in sms.list_hosted_services():
        row = dict(vars(service))
        row.update(vars(service.hosted_service_properties))
        rows.append([row["service_name"], row["location"], row["label"]])
    out["rows"] = sorted(rows)

    for name in ("compatsvc", "compatsvc2"):
        wait(sms.delete_hosted_service(name))
    out["left"] = len(sms.list_hosted_services())
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
