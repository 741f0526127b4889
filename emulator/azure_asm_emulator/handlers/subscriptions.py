"""The subscription: List Subscriptions, Get Subscription, List Subscription Operations.

``list_subscriptions`` (``GET /subscriptions``, the one call not under a subscription; see
``State.authorize``) answers every subscription the client certificate is a management
certificate of. ``get_subscription`` answers fixed quotas and the usage counted from the
state. ``list_subscription_operations`` pages through ``activity_log``, ``PAGE_SIZE`` records
a page, with an opaque continuation token; StartTime and EndTime are required, at most 90 days
back.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import re
import uuid

from azure_asm.models import (
    OperationCaller,
    OperationError,
    OperationParameter,
    Subscription,
    SubscriptionOperation,
    SubscriptionOperationCollection,
    SubscriptionOperationStatus,
)

from ..catalogue_compute import DEFAULT_ROLE_SIZE, find_role_size
from ..errors import bad_request
from ..state import State
from . import activity_log
from .networking import MAX_DNS_SERVERS, MAX_LOCAL_NETWORK_SITES, MAX_VIRTUAL_NETWORK_SITES
from .reserved_ips import MAX_RESERVED_IPS
from .spec_io import Call, SpecRouter

router = SpecRouter()

PAGE_SIZE = 100
"""Records per page of List Subscription Operations (tests lower it to exercise paging)."""

MAX_AGE = datetime.timedelta(days=90)
"""How far back StartTime may go."""

# Quotas of a pay-as-you-go subscription of the time.
MAX_CORE_COUNT = 20
MAX_STORAGE_ACCOUNTS = 100
MAX_HOSTED_SERVICES = 20
MAX_PUBLIC_IP_COUNT = 5
MAX_NETWORK_SECURITY_GROUPS = 100
MAX_NETWORK_SECURITY_RULES_PER_GROUP = 200
MAX_ROUTE_TABLES = 100
MAX_ROUTES_PER_ROUTE_TABLE = 100

SUBSCRIPTION_CREATED = datetime.datetime(2014, 1, 1, tzinfo=datetime.UTC)
_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?Z)?$")


def _cores(state: State, subscription_id: str) -> int:
    """CPU cores of the subscription's deployed role instances (or roles, before instances)."""
    total = 0
    for deployment in state.backend(subscription_id).deployments.values():
        sizes = [instance.instance_size for instance in deployment.role_instance_list or []]
        if not sizes:
            sizes = [getattr(role, "role_size", None) for role in deployment.role_list or []]
        for size in sizes:
            spec = find_role_size(size or DEFAULT_ROLE_SIZE)
            total += spec.cores if spec is not None else 1
    return total


def subscription_view(state: State, subscription_id: str) -> Subscription:
    """The ``Subscription`` document of ``subscription_id`` with its current usage."""
    tenant = uuid.uuid5(uuid.NAMESPACE_URL, f"asm-emulator-tenant:{subscription_id}")
    return Subscription(
        subscription_id=subscription_id,
        subscription_name="ASM emulator subscription",
        subscription_status="Active",
        account_admin_live_email_id="admin@example.com",
        service_admin_live_email_id="admin@example.com",
        max_core_count=MAX_CORE_COUNT,
        max_storage_accounts=MAX_STORAGE_ACCOUNTS,
        max_hosted_services=MAX_HOSTED_SERVICES,
        current_core_count=_cores(state, subscription_id),
        current_hosted_services=len(state.backend(subscription_id).hosted_services),
        current_storage_accounts=len(state.backend(subscription_id).storage_accounts),
        max_virtual_network_sites=MAX_VIRTUAL_NETWORK_SITES,
        current_virtual_network_sites=len(state.backend(subscription_id).virtual_networks),
        max_local_network_sites=MAX_LOCAL_NETWORK_SITES,
        max_dns_servers=MAX_DNS_SERVERS,
        offer_categories="Azure_Platform_All;Azure_Paid;Azure_Consumption",
        aad_tenant_id=str(tenant),
        created_time=SUBSCRIPTION_CREATED,
        max_reserved_ips=MAX_RESERVED_IPS,
        current_reserved_ips=len(state.backend(subscription_id).reserved_ips),
        max_public_ip_count=MAX_PUBLIC_IP_COUNT,
        current_network_security_groups=0,
        max_network_security_groups=MAX_NETWORK_SECURITY_GROUPS,
        max_network_security_rules_per_group=MAX_NETWORK_SECURITY_RULES_PER_GROUP,
        max_route_tables=MAX_ROUTE_TABLES,
        max_routes_per_route_table=MAX_ROUTES_PER_ROUTE_TABLE,
    )


@router.handles("list_subscriptions")
def list_subscriptions(call: Call[None]) -> list[Subscription]:
    found = sorted(call.state.subscriptions_of(call.request.client_thumbprint))
    return [subscription_view(call.state, subscription_id) for subscription_id in found]


@router.handles("get_subscription")
def get_subscription(call: Call[None]) -> Subscription:
    return subscription_view(call.state, call.subscription_id)


# --- List Subscription Operations ---------------------------------------------------------


def parse_time(name: str, text: str | None) -> datetime.datetime:
    """A StartTime/EndTime value (``2015-03-01`` or ``2015-03-01T16:30:00Z``), or a 400."""
    if not text:
        raise bad_request(f"The {name} parameter is required.")
    match = _TIME.match(text)
    if match is None:
        raise bad_request(f"The value '{text}' of the {name} parameter is not a valid UTC time.")
    year, month, day, hour, minute, second, fraction = match.groups()
    try:
        return datetime.datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0").ljust(7, "0")[:6]),
            tzinfo=datetime.UTC,
        )
    except ValueError:
        raise bad_request(
            f"The value '{text}' of the {name} parameter is not a valid UTC time."
        ) from None


def _token(sequence: int) -> str:
    return base64.urlsafe_b64encode(f"asm-emulator:{sequence}".encode()).decode("ascii")


def _from_token(token: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii")
        prefix, _, number = text.partition(":")
        if prefix != "asm-emulator":
            raise ValueError(token)
        return int(number)
    except (ValueError, UnicodeError, binascii.Error):
        raise bad_request("The continuation token is not valid.") from None


def _object_matches(object_id: str, wanted: str) -> bool:
    object_id, wanted = object_id.lower().rstrip("/"), wanted.lower().rstrip("/")
    return object_id == wanted or object_id.startswith(wanted + "/")


def _to_model(entry: activity_log.LoggedOperation) -> SubscriptionOperation:
    error = None
    if entry.error_code is not None:
        error = OperationError(code=entry.error_code, message=entry.error_message or "")
    return SubscriptionOperation(
        operation_id=entry.operation_id,
        operation_object_id=entry.object_id,
        operation_name=entry.name,
        operation_parameters=[OperationParameter(name, value) for name, value in entry.parameters],
        operation_caller=OperationCaller(
            used_service_management_api=True,
            subscription_certificate_thumbprint=entry.caller_thumbprint,
            client_ip="127.0.0.1",
        ),
        operation_status=SubscriptionOperationStatus(
            status_id=entry.operation_id,
            status=entry.status,
            http_status_code=entry.http_status_code,
            error=error,
        ),
        operation_started_time=entry.started,
        operation_completed_time=entry.completed,
    )


@router.handles("list_subscription_operations")
def list_subscription_operations(call: Call[None]) -> SubscriptionOperationCollection:
    state, query = call.state, call.request.query
    start = parse_time("StartTime", query.get("StartTime"))
    end = parse_time("EndTime", query.get("EndTime"))
    if end < start:
        raise bad_request("The EndTime parameter must not be earlier than the StartTime parameter.")
    if start < datetime.datetime.now(datetime.UTC) - MAX_AGE:
        raise bad_request("The StartTime parameter cannot be more than 90 days in the past.")
    if "T" not in query.get("EndTime", ""):
        end += datetime.timedelta(days=1)  # a date alone covers that whole day
    wanted_object = query.get("ObjectIdFilter")
    wanted_status = query.get("OperationResultFilter")
    if wanted_status is not None and wanted_status not in ("Succeeded", "Failed", "InProgress"):
        raise bad_request(
            f"The value '{wanted_status}' of the OperationResultFilter parameter is not valid: "
            "use Succeeded, Failed or InProgress."
        )
    token = query.get("ContinuationToken")
    first = _from_token(token) if token else 0
    selected = [
        entry
        for entry in activity_log.records(state, call.subscription_id)
        if entry.sequence >= first
        and start <= entry.started <= end
        and (not wanted_object or _object_matches(entry.object_id, wanted_object))
        and (not wanted_status or entry.status == wanted_status)
    ]
    page, rest = selected[:PAGE_SIZE], selected[PAGE_SIZE:]
    return SubscriptionOperationCollection(
        subscription_operations=[_to_model(entry) for entry in page],
        continuation_token=_token(rest[0].sequence) if rest else None,
    )
