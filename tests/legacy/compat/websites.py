"""Websites: webspaces, creating a site, stopping it, restarting it, deleting it."""

import json
import sys
import time

from azure.common import AzureMissingResourceHttpError
from azure.servicemanagement import WebsiteManagementService

POLL_SECONDS = 0.05


def main(subscription_id, cert_file, host):
    wms = WebsiteManagementService(subscription_id, cert_file, host)
    out = {"webspaces_before": [w.name for w in wms.list_webspaces()]}

    site = wms.create_site(
        "westuswebspace", "compatsite", "West US", ["compatsite.azurewebsites.net"]
    )
    out["created"] = {
        "name": site.name,
        "state": site.state,
        "webspace": site.web_space,
    }

    webspaces = wms.list_webspaces()
    out["webspaces"] = [[w.name, w.geo_region] for w in webspaces]
    webspace = wms.get_webspace("westuswebspace")
    out["webspace"] = [webspace.name, webspace.geo_region, webspace.plan]

    out["sites"] = [s.name for s in wms.list_sites("westuswebspace")]

    result = wms.update_site("westuswebspace", "compatsite", state="Stopped")
    status = wms.get_operation_status(result.request_id)
    while status.status == "InProgress":
        time.sleep(POLL_SECONDS)
        status = wms.get_operation_status(result.request_id)
    out["update_status"] = status.status
    out["state_after_update"] = wms.get_site("westuswebspace", "compatsite").state

    result = wms.restart_site("westuswebspace", "compatsite")
    wms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=POLL_SECONDS)

    definitions = wms.get_metric_definitions("westuswebspace", "compatsite")
    out["has_cpu_metric"] = "CpuTime" in [d.name for d in definitions]

    profile = wms.get_publish_profile_xml("westuswebspace", "compatsite")
    out["publish_profile_is_xml"] = profile.lstrip().startswith("<publishData")

    wms.delete_site("westuswebspace", "compatsite", delete_empty_server_farm=True)
    try:
        wms.get_site("westuswebspace", "compatsite")
        out["after_delete"] = "still there"
    except AzureMissingResourceHttpError as e:
        out["after_delete"] = ["AzureMissingResourceHttpError", e.status_code]
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
