"""Scheduler: a cloud service, a job collection and jobs (JSON), then deleting them."""

import json
import sys

from azure.common import AzureMissingResourceHttpError
from azure.servicemanagement import SchedulerManagementService

POLL_SECONDS = 0.05


def main(subscription_id, cert_file, host):
    sms = SchedulerManagementService(subscription_id, cert_file, host)
    out = {}

    result = sms.create_cloud_service("compatcs", "compat label", "jobs", "West US")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)

    services = sms.list_cloud_services()
    out["cloud_services"] = [[cs.name, cs.label, cs.geo_region] for cs in services]

    # check_job_collection_name is left out: the reference reads an <AvailabilityResponse> the
    # service does not answer (its result is always False; docs/legacy-differences.md).
    result = sms.create_job_collection("compatcs", "compatjobs", plan="Standard")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)

    collection = sms.get_job_collection("compatcs", "compatjobs")
    out["collection"] = [collection.name, collection.type, collection.state]
    out["plan"] = collection.intrinsic_settings.plan

    service = sms.get_cloud_service("compatcs")
    out["resources"] = [[r.name, r.type] for r in service.resources]

    job = {
        "startTime": "2015-01-01T00:00:00Z",
        "action": {
            "type": "http",
            "request": {"uri": "http://example.com/ping", "method": "GET"},
        },
        "recurrence": {"frequency": "hour", "interval": 1},
    }
    result = sms.create_job("compatcs", "compatjobs", "job1", job)
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    result = sms.create_job("compatcs", "compatjobs", "job2", job)
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)

    got = sms.get_job("compatcs", "compatjobs", "job1")
    out["job"] = [got["id"], got["action"]["request"]["uri"], got["recurrence"]["frequency"]]
    out["all_jobs"] = sorted(j["id"] for j in sms.get_all_jobs("compatcs", "compatjobs"))

    result = sms.delete_job("compatcs", "compatjobs", "job1")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    out["jobs_after_delete"] = [j["id"] for j in sms.get_all_jobs("compatcs", "compatjobs")]

    result = sms.delete_job_collection("compatcs", "compatjobs")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    try:
        sms.get_job_collection("compatcs", "compatjobs")
        out["collection_after_delete"] = "still there"
    except AzureMissingResourceHttpError as e:
        out["collection_after_delete"] = ["AzureMissingResourceHttpError", e.status_code]

    result = sms.delete_cloud_service("compatcs")
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)
    out["cloud_services_left"] = len(sms.list_cloud_services())
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
