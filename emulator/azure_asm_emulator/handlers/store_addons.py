"""Windows Azure Store add-ons of the resource-provider cloud services (``spec/store.yaml``).

State layout: ``state.resources(subscription_id, "store_addons")``: lower-cased cloud service
name -> {lower-cased add-on name: ``Resource``}. The cloud services are the Scheduler's
(``backend.scheduler_cloud_services``); ``scheduler`` lists each one's add-ons among its
resources (``add_ons_of``).

Behaviour, as the Store: create, update and delete are asynchronous (202 + request id; the
change shows when the operation succeeds). Create and update are one PUT, told apart by
``If-Match``: without it an add-on name in use is 409, with it an unknown add-on is 404. An
unknown cloud service is 404, an empty plan 400.
"""

from __future__ import annotations

import uuid
from typing import Any

from azure_asm.models import (
    Resource,
    ResourceOperationError,
    ResourceOperationStatus,
    StoreAddOnInput,
)

from ..errors import bad_request
from ..routing import Response, accepted_async
from ..state import State
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()


def _table(state: State, subscription_id: str, service: str) -> dict[str, Resource]:
    store = state.resources(subscription_id, "store_addons")
    table: dict[str, Resource] = store.setdefault(service.lower(), {})
    return table


def add_ons_of(state: State, subscription_id: str, service: str) -> list[Resource]:
    """The add-ons of a cloud service, by name."""
    table = _table(state, subscription_id, service)
    return [table[key] for key in sorted(table)]


def _start(call: Call[Any], work: Any) -> Response:
    operation = call.state.operations.start(
        call.operation, subscription_id=call.subscription_id, work=work
    )
    return accepted_async(operation)


@router.handles("create_store_add_on")  # serves update_store_add_on too (If-Match)
def put_add_on(call: Call[StoreAddOnInput]) -> Response:
    service = call.backend.scheduler_cloud_services.get_or_404(call.param("cloud_service_name"))
    table = _table(call.state, call.subscription_id, service.name)
    name = call.param("add_on_name")
    updating = call.request.header("If-Match") is not None
    if updating and name.lower() not in table:
        raise not_found(f"The add-on '{name}' was not found in '{service.name}'.")
    if not updating and name.lower() in table:
        raise conflict(f"The add-on '{name}' already exists in '{service.name}'.")
    body = call.body
    if not body.plan:
        raise bad_request("The plan of the add-on must be specified.")
    add_on = table.get(name.lower()) or Resource(
        resource_provider_namespace=call.param("type"),
        type=call.param("resource_name"),
        name=name,
        schema_version="1.0",
        state="Started",
        usage_meters=[],
        output_items=[],
    )

    def work() -> None:
        add_on.plan, add_on.promotion_code, add_on.e_tag = (
            body.plan,
            body.promotion_code,
            str(uuid.uuid4()),
        )
        add_on.operation_status = ResourceOperationStatus(
            type="Update" if updating else "Create",
            result="Succeeded",
            error=ResourceOperationError(http_code=200, message="OK"),
        )
        table[name.lower()] = add_on

    return _start(call, work)


@router.handles("delete_store_add_on")
def delete_add_on(call: Call[None]) -> Response:
    service = call.backend.scheduler_cloud_services.get_or_404(call.param("cloud_service_name"))
    table = _table(call.state, call.subscription_id, service.name)
    name = call.param("resource_provider_name")
    if name.lower() not in table:
        raise not_found(f"The add-on '{name}' was not found in '{service.name}'.")
    return _start(call, lambda: table.pop(name.lower(), None))
