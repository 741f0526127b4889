"""Websites deployment slots: swaps, their operations, slot settings (``slotConfigNames``).

A slot is a site named ``site(slot)`` (``websites.create_site`` makes it, under its production
site). State layout: the production site's ``Website.slot_config_names``
(``{"AppSettingNames": [...], "ConnectionStringNames": [...]}``, the sticky settings' names);
``call.backend.site_operations``: operation id -> ``SiteOperation`` (swaps and restores).

Behaviour, as ASM: a swap exchanges the two sites' configuration (``website_config``), except
the sticky app settings, which stay with their slot; host names and deployment credentials
stay too. It completes at once (its operation answers ``Succeeded``)
and clears both sites' pending ``TargetSwapSlot`` (which apply_slot_configuration sets and
reset_slot_configuration clears). ``production`` or the site's own name is the site itself;
swapping a slot with itself is 400; an unknown site or slot is the site's 404.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from azure_asm.models import SiteOperation

from ..backend import Website
from ..errors import bad_request
from ..routing import Response
from .spec_io import Call, SpecRouter
from .website_config import site_config
from .websites import _get_website, _now

router = SpecRouter()

SITES = "/{subscription_id}/services/webspaces/{webspace_name}/sites"
NAMES_KEYS = ("AppSettingNames", "ConnectionStringNames")


def _slot(call: Call[Any], slot: str, site: str | None = None) -> Website:
    site = site or call.param("website_name").split("(")[0]
    production = slot.lower() in ("production", site.lower())
    return _get_website(call, site if production else f"{site}({slot})")


def _sticky(call: Call[Any], site: str) -> dict[str, list[str]]:
    return _get_website(call, site.split("(")[0]).slot_config_names


def _exchange(call: Call[Any], one: Website, other: Website, sticky: list[str]) -> None:
    first, second = site_config(one), site_config(other)
    swapped = dict(first)
    first.update(second)
    second.update(swapped)
    settings = [  # each keeps its own sticky settings, now in the other's document
        [pair for pair in config["AppSettings"] if pair["Name"] not in sticky]
        + [pair for pair in kept["AppSettings"] if pair["Name"] in sticky]
        for config, kept in ((first, second), (second, first))
    ]
    first["AppSettings"], second["AppSettings"] = settings
    for record in (one, other):
        record.site.target_swap_slot = None
        record.site.last_modified_time_utc = _now()


# The router matches whole segments: `site(slot)` is one parameter, split here.
@router.handles("swap_site_slots", template=f"{SITES}/{{site_and_slot}}/slots")
def swap_site_slots(call: Call[None]) -> SiteOperation:
    query = dict(call.request.query)
    site, _, slot = call.param("site_and_slot").rstrip(")").partition("(")
    if query.get("Command", "").lower() != "swap" or not slot:
        raise bad_request("A slots request is a swap of a slot: site(slot)/slots?Command=swap.")
    source = _slot(call, slot, site)
    target = _slot(call, query.get("targetSlot") or "production", site)
    if source is target:
        raise bad_request("A slot cannot be swapped with itself.")
    _exchange(call, source, target, _sticky(call, site)["AppSettingNames"])
    now, operation_id = _now(), str(uuid.uuid4())
    operation = SiteOperation(
        created_time=now,
        errors=[],
        expiration_time=now + timedelta(days=1),
        id=operation_id,
        modified_time=now,
        name="SwapSiteSlots",
        status="Succeeded",
    )
    call.backend.site_operations[operation_id] = operation
    return operation


@router.handles("get_site_operation_status")
def get_site_operation_status(call: Call[None]) -> SiteOperation:
    _get_website(call)
    return call.backend.site_operations.get_or_404(call.param("operation_id"))


@router.handles("apply_slot_configuration")
def apply_slot_configuration(call: Call[None]) -> None:
    record = _get_website(call)
    target = dict(call.request.query).get("targetSwapSlot") or ""
    _slot(call, target or "production")
    record.site.target_swap_slot = target


@router.handles("reset_slot_configuration")
def reset_slot_configuration(call: Call[None]) -> None:
    _get_website(call).site.target_swap_slot = None


@router.handles("get_slot_config_names")
def get_slot_config_names(call: Call[None]) -> Response:
    record = _get_website(call)
    body = json.dumps(_sticky(call, record.site.name or "")).encode()
    return Response(200, {"Content-Type": "application/json; charset=utf-8"}, body)


@router.handles("update_slot_config_names")
def update_slot_config_names(call: Call[None]) -> None:
    record = _get_website(call)
    try:
        given = json.loads(call.request.body.decode("utf-8"))
    except ValueError:
        raise bad_request("The slot config names are not JSON.") from None
    if not isinstance(given, dict) or any(
        not isinstance(given.get(key, []), list) for key in NAMES_KEYS
    ):
        raise bad_request(f"The slot config names are an object of lists: {', '.join(NAMES_KEYS)}.")
    sticky = _sticky(call, record.site.name or "")
    sticky.update({key: [str(name) for name in given[key]] for key in NAMES_KEYS if key in given})
