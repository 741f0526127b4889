"""Websites site configuration (``/config``, JSON both ways).

State layout: the site's ``Website.config`` (``call.backend.websites``, a slot's ``site(slot)``
included), its configuration document (a JSON object), filled in from ``DEFAULTS`` on first
use. Deleting and creating a site again starts afresh.

Behaviour, as ASM: update replaces each key it is given (a list such as AppSettings as a
whole) and leaves the others; 400 for a body that is not a JSON object, for a key the service
does not know, for PublishingUsername / PublishingPassword (not settable here) and for
AppSettings / Metadata that are not lists of ``{"Name", "Value"}``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from ..backend import Website
from ..errors import bad_request
from ..routing import Response
from .spec_io import Call, SpecRouter
from .websites import _get_website

router = SpecRouter()

JSON_CONTENT_TYPE = "application/json; charset=utf-8"

DEFAULTS: dict[str, Any] = {
    "AppSettings": [],
    "ConnectionStrings": [],
    "DefaultDocuments": [
        "Default.htm",
        "Default.html",
        "index.htm",
        "index.html",
        "hostingstart.html",
    ],
    "DetailedErrorLoggingEnabled": False,
    "DocumentRoot": None,
    "HandlerMappings": [],
    "HttpLoggingEnabled": False,
    "LogsDirectorySizeLimit": 35,
    "ManagedPipelineMode": "Integrated",
    "Metadata": [],
    "NetFrameworkVersion": "v4.0",
    "NumberOfWorkers": 1,
    "PhpVersion": "5.4",
    "RemoteDebuggingEnabled": False,
    "RemoteDebuggingVersion": "VS2012",
    "RequestTracingEnabled": False,
    "RequestTracingExpirationTime": None,
    "ScmType": "None",
    "Use32BitWorkerProcess": True,
    "WebSocketsEnabled": False,
    "AlwaysOn": False,
    "RoutingRules": [],
    "JavaVersion": None,
    "JavaContainer": None,
    "JavaContainerVersion": None,
    "AutoSwapSlotName": None,
    "SiteAuthEnabled": False,
    "SiteAuthSettings": {"AADClientId": None, "OpenIdIssuer": None},
    "limits": None,
}
"""A new site's configuration, in the service's order (the publishing credentials follow
PhpVersion in the answer)."""

READ_ONLY = ("PublishingPassword", "PublishingUsername")


def site_config(record: Website) -> dict[str, Any]:
    """The configuration document of a site (mutable; filled in from ``DEFAULTS``)."""
    if not record.config:
        record.config.update(copy.deepcopy(DEFAULTS))
    return record.config


def _answer(config: dict[str, Any], record: Website) -> dict[str, Any]:
    answer = dict(config)
    name = (record.site.name or "").split("(")[0]
    credentials = {"PublishingPassword": record.publish_password, "PublishingUsername": f"${name}"}
    at = list(answer).index("PhpVersion") + 1
    items = list(answer.items())
    return dict(items[:at] + list(credentials.items()) + items[at:])


def _check_pairs(key: str, value: object) -> None:
    if not isinstance(value, list) or not all(
        isinstance(item, dict) and isinstance(item.get("Name"), str) for item in value
    ):
        raise bad_request(f"{key} is a list of objects with a Name and a Value.")


@router.handles("get_site_configuration")
def get_site_configuration(call: Call[None]) -> Response:
    record = _get_website(call)
    body = _answer(site_config(record), record)
    return Response(200, {"Content-Type": JSON_CONTENT_TYPE}, json.dumps(body).encode())


@router.handles("update_site_configuration")
def update_site_configuration(call: Call[None]) -> None:
    record = _get_website(call)
    try:
        given = json.loads(call.request.body.decode("utf-8"))
    except ValueError:
        raise bad_request("The configuration is not JSON.") from None
    if not isinstance(given, dict):
        raise bad_request("The configuration is a JSON object.")
    for key, value in given.items():
        if key in READ_ONLY or key not in DEFAULTS:
            raise bad_request(f"The configuration setting '{key}' cannot be set.")
        if key in ("AppSettings", "Metadata"):
            _check_pairs(key, value)
    site_config(record).update(given)
