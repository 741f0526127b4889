"""Websites publishing: a site's repository, publishing password, instances and usages.

State layout: the site's ``Website.repository`` (``call.backend.websites``), whether its
repository exists (a site deleted and created again has none). The subscription's publishing
user is ``websites_webspace_properties``'.

Behaviour, as ASM: a site's repository is created once (409 again), read, synced and deleted
while it exists (404 otherwise, code ``NotFound``); its URI is the site's ``.scm.`` host. A new
publishing password replaces the one the publish profile answers. A site runs on one instance
per worker of its configuration (``website_config``); its usages are those of its tier
(``USAGES``), none used.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from azure_asm.models import InstanceIds, RepositoryUri, SiteUsage

from ..backend import Website
from ..errors import AsmFault
from .spec_io import Call, SpecRouter, conflict
from .website_config import site_config
from .websites import SCM_DOMAIN, _get_website, _now, _password, dns_name

router = SpecRouter()

#: Quotas of a site: (name, display name, resource, unit, limit of the Free tier; -1 above).
USAGES = (
    ("CpuTime", "CPU Time", "cpu", "Milliseconds", 3_600_000),
    ("FileSystemStorage", "File System Storage", "fileSystem", "Bytes", 1_073_741_824),
    ("MemoryUsage", "Memory Usage", "memory", "Bytes", 1_073_741_824),
    ("BytesOut", "Data Out", "bandwidth", "Bytes", 165_000_000),
)


def _repository(call: Call[Any]) -> tuple[Website, RepositoryUri]:
    record = _get_website(call)
    if not record.repository:
        raise AsmFault(
            404, "NotFound", f"The repository of the web site {record.site.name} cannot be found."
        )
    return record, RepositoryUri(uri=f"https://{dns_name(record.site.name or '')}{SCM_DOMAIN}/")


@router.handles("create_site_repository")
def create_site_repository(call: Call[None]) -> None:
    """Serves create_site_repository and sync_site_repository (the same POST, ``action=sync``)."""
    if dict(call.request.query).get("action") == "sync":
        _repository(call)[0].site.last_modified_time_utc = _now()
        return
    record = _get_website(call)
    if record.repository:
        raise conflict(f"The web site {record.site.name} already has a repository.")
    record.repository = True


@router.handles("get_site_repository")
def get_site_repository(call: Call[None]) -> RepositoryUri:
    return _repository(call)[1]


@router.handles("delete_site_repository")
def delete_site_repository(call: Call[None]) -> RepositoryUri:
    record, uri = _repository(call)
    record.repository = False
    return uri


@router.handles("generate_site_publishing_password")
def generate_site_publishing_password(call: Call[None]) -> None:
    _get_website(call).publish_password = _password()


@router.handles("get_site_instance_ids")
def get_site_instance_ids(call: Call[None]) -> InstanceIds:
    record = _get_website(call)
    workers = site_config(record)["NumberOfWorkers"] or 1
    name = record.site.name or ""
    return InstanceIds(
        instance_ids=[
            hashlib.sha256(f"{name}/{index}".encode()).hexdigest() for index in range(workers)
        ]
    )


@router.handles("get_site_usage_metrics")
def get_site_usage_metrics(call: Call[None]) -> list[SiteUsage]:
    site = _get_website(call).site
    limited = site.compute_mode == "Shared" and site.site_mode == "Limited"
    midnight = _now().replace(hour=0, minute=0, second=0)
    return [
        SiteUsage(
            compute_mode=site.compute_mode,
            current_value=0,
            display_name=display,
            limit=limit if limited else -1,
            name=name,
            next_reset_time=midnight + timedelta(days=1),
            resource_name=resource,
            site_mode=site.site_mode,
            unit=unit,
        )
        for name, display, resource, unit, limit in USAGES
    ]
