"""Websites publishing: a site's repository, publishing password, instances and usages, and the
subscription's publishing user.

State layout:

* ``state.resources(subscription_id, "site_repositories")``: site name (lower case) -> the
  ``Website`` record whose repository exists (a site deleted and created again has none);
* ``state.shared("publishing_users")``: publishing user name (lower case) -> owning
  subscription id; ``state.resources(subscription_id, "publishing_user")["user"]``: its
  ``PublishingUser``.

Behaviour, as ASM: a site's repository is created once (409 again), read, synced and deleted
while it exists (404 otherwise, code ``NotFound``); its URI is the site's ``.scm.`` host. A new
publishing password replaces the one the publish profile answers. A site runs on one instance
per worker of its configuration (``website_config``); its usages are those of its tier
(``USAGES``), none used. The publishing user name is unique across Azure (409 when another
subscription has it); setting it again in the same subscription replaces it.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from azure_asm.models import InstanceIds, PublishingUser, RepositoryUri, SiteUsage

from ..errors import AsmFault, bad_request
from .spec_io import Call, SpecRouter, conflict
from .website_config import site_config
from .websites import SCM_DOMAIN, Website, _get_website, _now, _password, dns_name

router = SpecRouter()

#: Quotas of a site: (name, display name, resource, unit, limit of the Free tier; -1 above).
USAGES = (
    ("CpuTime", "CPU Time", "cpu", "Milliseconds", 3_600_000),
    ("FileSystemStorage", "File System Storage", "fileSystem", "Bytes", 1_073_741_824),
    ("MemoryUsage", "Memory Usage", "memory", "Bytes", 1_073_741_824),
    ("BytesOut", "Data Out", "bandwidth", "Bytes", 165_000_000),
)


def _repositories(call: Call[Any]) -> dict[str, Website]:
    return call.state.resources(call.subscription_id, "site_repositories")


def _repository(call: Call[Any]) -> tuple[Website, RepositoryUri]:
    record = _get_website(call.request, call.state)
    key = (record.site.name or "").lower()
    if _repositories(call).get(key) is not record:
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
    record = _get_website(call.request, call.state)
    key = (record.site.name or "").lower()
    if _repositories(call).get(key) is record:
        raise conflict(f"The web site {record.site.name} already has a repository.")
    _repositories(call)[key] = record


@router.handles("get_site_repository")
def get_site_repository(call: Call[None]) -> RepositoryUri:
    return _repository(call)[1]


@router.handles("delete_site_repository")
def delete_site_repository(call: Call[None]) -> RepositoryUri:
    record, uri = _repository(call)
    del _repositories(call)[(record.site.name or "").lower()]
    return uri


@router.handles("generate_site_publishing_password")
def generate_site_publishing_password(call: Call[None]) -> None:
    _get_website(call.request, call.state).publish_password = _password()


@router.handles("get_site_instance_ids")
def get_site_instance_ids(call: Call[None]) -> InstanceIds:
    record = _get_website(call.request, call.state)
    workers = site_config(call.state, call.subscription_id, record)["NumberOfWorkers"] or 1
    name = record.site.name or ""
    return InstanceIds(
        instance_ids=[
            hashlib.sha256(f"{name}/{index}".encode()).hexdigest() for index in range(workers)
        ]
    )


@router.handles("get_site_usage_metrics")
def get_site_usage_metrics(call: Call[None]) -> list[SiteUsage]:
    site = _get_website(call.request, call.state).site
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


@router.handles("create_publishing_user")
def create_publishing_user(call: Call[PublishingUser]) -> PublishingUser:
    if dict(call.request.query).get("properties") != "publishingCredentials":
        raise bad_request("The webspaces collection takes properties=publishingCredentials.")
    user = call.body
    name = (user.publishing_user_name or "").lower()
    owners: dict[str, str] = call.state.shared("publishing_users")
    if owners.get(name, call.subscription_id) != call.subscription_id:
        raise conflict(f"The publishing user name {user.publishing_user_name} is already taken.")
    mine: dict[str, PublishingUser] = call.state.resources(call.subscription_id, "publishing_user")
    previous = mine.get("user")
    if previous is not None:
        owners.pop((previous.publishing_user_name or "").lower(), None)
    owners[name] = call.subscription_id
    mine["user"] = PublishingUser(
        name=user.publishing_user_name,
        publishing_password=user.publishing_password,
        publishing_user_name=user.publishing_user_name,
    )
    return mine["user"]
