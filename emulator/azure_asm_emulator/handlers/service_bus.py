"""Service Bus management (``/services/serviceBus``): regions, namespaces, entities, metrics.

Every answer is an Atom document written by the generated serializers: a ``<feed>`` of
``<entry>`` elements, or one ``<entry>``, whose ``<content type="application/xml">`` holds the
Service Bus description (metrics: ``m:properties``).

State layout:

* ``state.shared("servicebus_namespace_names")``: lower-cased namespace name -> owning
  subscription id. Namespace names are global (they are DNS names), so a name is taken the
  moment its creation is accepted and freed when its removal completes.
* ``state.backend(subscription_id).servicebus_namespaces``: name (ignoring case) ->
  ``NamespaceRecord``: the generated ``ServiceBusNamespace`` description and the entities of
  the namespace (queues, topics, notification hubs, relays) by kind. This API cannot create
  entities; tests put some there with ``add_entity``.

Behaviour, as the service:

* ``create_namespace`` is synchronous: 200 with the namespace entry, status ``Activating``
  (with its default key and connection string); after the operation delay the status turns
  ``Active``. While ``Activating``, ``get_namespace`` leaves the key and connection string out
  (as the service does). Errors: 400 ``BadRequest`` for an invalid name (6-50 letters, digits
  and hyphens, starting with a letter, not ending with ``-``, ``-sb`` or ``-mgmt``), an unknown
  region or a body without exactly one region; 409 ``ConflictError`` for a name taken in any
  subscription (the live service answered 403 with a bare text document there).
* ``delete_namespace`` is synchronous (200): the namespace shows ``Removing`` (disabled) and
  disappears, name freed, after the operation delay. 404 for an unknown namespace, 409 while it
  is already being removed.
* ``check_namespace_availability``: ``Result`` false with ``Reason`` ``InvalidName`` or
  ``NameInUse`` and a ``ReasonDetail``; true otherwise.
* Entity lists answer the entities added with ``add_entity`` (an empty feed by default);
  metrics answer a fixed catalogue per entity kind (``METRICS``), the rollups ``ROLLUPS`` and,
  for values, one deterministic value per time grain inside the ``$filter`` range
  (``Timestamp gt|ge|lt|le|eq datetime'...'`` clauses joined with ``and``; anything else is
  400). Unknown namespace, entity, metric or rollup: 404.
"""

from __future__ import annotations

import base64
import copy
import datetime
import hashlib
import re
import secrets
from collections.abc import Sequence

from lxml import etree

from azure_asm.models import (
    AtomAuthor,
    AtomLink,
    AuthorizationRule,
    CountDetails,
    CreateNamespaceEntry,
    MetricProperties,
    MetricPropertiesContent,
    MetricPropertiesEntry,
    MetricPropertiesFeed,
    MetricRollups,
    MetricRollupsContent,
    MetricRollupsEntry,
    MetricRollupsFeed,
    MetricValues,
    MetricValuesContent,
    MetricValuesEntry,
    MetricValuesFeed,
    NamespaceAvailability,
    NamespaceAvailabilityContent,
    NamespaceAvailabilityEntry,
    NotificationHubContent,
    NotificationHubDescription,
    NotificationHubEntry,
    NotificationHubFeed,
    QueueContent,
    QueueDescription,
    QueueEntry,
    QueueFeed,
    RelayContent,
    RelayDescription,
    RelayEntry,
    RelayFeed,
    ServiceBusNamespace,
    ServiceBusNamespaceContent,
    ServiceBusNamespaceEntry,
    ServiceBusNamespaceFeed,
    ServiceBusRegion,
    ServiceBusRegionContent,
    ServiceBusRegionEntry,
    ServiceBusRegionFeed,
    SharedAccessAuthorizationRule,
    TopicContent,
    TopicDescription,
    TopicEntry,
    TopicFeed,
)

from ..backend import ENTITY_KINDS, NOTIFICATION_HUBS, QUEUES, RELAYS, TOPICS, NamespaceRecord
from ..backend import ServiceBusEntity as Description
from ..errors import bad_request
from ..routing import Request
from ..state import State
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

SHARED_NAMES = "servicebus_namespace_names"

REGIONS: tuple[str, ...] = (
    "Australia East",
    "Australia Southeast",
    "Central US",
    "East US",
    "East US 2",
    "North Central US",
    "South Central US",
    "West US",
    "North Europe",
    "West Europe",
    "East Asia",
    "Southeast Asia",
    "Brazil South",
    "Japan East",
    "Japan West",
)
"""Regions Service Bus namespaces can be created in (``get_regions``), in the service's order."""

_NAME = re.compile(r"^(?!.*(-|-sb|-mgmt)$)[A-Za-z][A-Za-z0-9-]{5,49}$")
INVALID_NAME_MESSAGE = (
    "The namespace name must be 6 to 50 characters long, start with a letter, contain only "
    "letters, digits and hyphens and not end with '-', '-sb' or '-mgmt'."
)
NOT_AVAILABLE_MESSAGE = "The specified service namespace is not available."

#: Metrics each entity kind records: (name, primary aggregation, unit, display name).
METRICS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    QUEUES: (
        ("incoming", "Total", "Count", "Incoming Messages"),
        ("outgoing", "Total", "Count", "Outgoing Messages"),
        ("length", "Max", "Count", "Length"),
        ("size", "Max", "Bytes", "Size"),
        ("requests.total", "Total", "Count", "Total Requests"),
        ("requests.successful", "Total", "Count", "Successful Requests"),
        ("requests.failed", "Total", "Count", "Failed Requests"),
    ),
    TOPICS: (
        ("incoming", "Total", "Count", "Incoming Messages"),
        ("outgoing", "Total", "Count", "Outgoing Messages"),
        ("size", "Max", "Bytes", "Size"),
        ("requests.total", "Total", "Count", "Total Requests"),
        ("requests.failed", "Total", "Count", "Failed Requests"),
    ),
    NOTIFICATION_HUBS: (
        ("incoming", "Total", "Count", "Incoming Messages"),
        ("outgoing.allpns.success", "Total", "Count", "Successful Notifications"),
        ("outgoing.allpns.invalidpayload", "Total", "Count", "Payload Errors"),
        ("registration.all", "Total", "Count", "Registration Operations"),
    ),
    RELAYS: (
        ("listeners.active", "Average", "Count", "Active Listeners"),
        ("listeners.activehours", "Total", "Count", "Listener Hours"),
        ("bytes.sent", "Total", "Bytes", "Bytes Sent"),
        ("bytes.received", "Total", "Bytes", "Bytes Received"),
    ),
}

ROLLUPS: tuple[tuple[str, str], ...] = (
    ("PT5M", "P1D"),
    ("PT1H", "P7D"),
    ("P1D", "P30D"),
    ("P7D", "P90D"),
)
"""Time grains metrics are kept at, with their retention (ISO 8601 durations)."""

_GRAINS = {
    "PT5M": datetime.timedelta(minutes=5),
    "PT1H": datetime.timedelta(hours=1),
    "P1D": datetime.timedelta(days=1),
    "P7D": datetime.timedelta(days=7),
}
MAX_VALUES = 100
"""Most values one ``get_metrics_data_*`` call answers (the oldest first)."""

_CLAUSE = re.compile(r"^\s*Timestamp\s+(gt|ge|lt|le|eq)\s+datetime'([^']+)'\s*$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _uuid_id() -> str:
    return f"uuid:{secrets.token_hex(16)};id={secrets.randbelow(10**8)}"


def _record(state: State, subscription_id: str, name: str) -> NamespaceRecord:
    return state.backend(subscription_id).servicebus_namespaces.get_or_404(name)


def _base_url(name: str) -> str:
    return f"https://{name}.servicebus.windows.net/"


def _canonical_region(region: str) -> str | None:
    wanted = region.strip().lower()
    return next((known for known in REGIONS if known.lower() == wanted), None)


# --- regions and namespaces ------------------------------------------------------------------


@router.handles("get_regions")
def get_regions(call: Call[None]) -> ServiceBusRegionFeed:
    now = _now()
    entries = [
        ServiceBusRegionEntry(
            id=_uuid_id(),
            title="",
            updated=now,
            content=ServiceBusRegionContent(
                region_code_description=ServiceBusRegion(code=region, fullname=region)
            ),
        )
        for region in REGIONS
    ]
    return ServiceBusRegionFeed(id=_uuid_id(), title="", updated=now, entries=entries or None)


def _namespace_entry(
    record: NamespaceRecord, *, with_keys: bool = False
) -> ServiceBusNamespaceEntry:
    """A namespace's entry: its keys only once active (or when asked)."""
    view = copy.copy(record.description)
    if not (with_keys or view.status == "Active"):
        view.default_key = view.connection_string = None
    return ServiceBusNamespaceEntry(
        id=_uuid_id(),
        title="",
        updated=_now(),
        content=ServiceBusNamespaceContent(namespace_description=view),
    )


@router.handles("list_namespaces")
def list_namespaces(call: Call[None]) -> ServiceBusNamespaceFeed:
    records = sorted(
        call.backend.servicebus_namespaces.values(),
        key=lambda record: (record.description.name or "").lower(),
    )
    entries = [_namespace_entry(record) for record in records]
    return ServiceBusNamespaceFeed(id=_uuid_id(), title="", updated=_now(), entries=entries or None)


@router.handles("get_namespace")
def get_namespace(call: Call[None]) -> ServiceBusNamespaceEntry:
    return _namespace_entry(_record(call.state, call.subscription_id, call.param("name")))


_ATOM = "{http://www.w3.org/2005/Atom}"
#: Atom entry metadata a request may carry and ASM ignores: azure-servicemanagement-legacy
#: sends empty <title>, <updated>, <author><name/></author> and <id> with create_namespace.
_ATOM_METADATA = frozenset(f"{_ATOM}{name}" for name in ("title", "updated", "author", "id"))


def _without_atom_metadata(document: etree._Element) -> None:
    for child in list(document):
        if child.tag in _ATOM_METADATA:
            document.remove(child)


def _check_name(call: Call[CreateNamespaceEntry], body: CreateNamespaceEntry) -> None:
    if not _NAME.match(call.param("name")):
        raise bad_request(INVALID_NAME_MESSAGE)


@router.handles("create_namespace", tolerate=_without_atom_metadata, check=_check_name)
def create_namespace(call: Call[CreateNamespaceEntry]) -> ServiceBusNamespaceEntry:
    name = call.param("name")
    regions = call.body.namespace_description or []
    if len(regions) != 1:
        raise bad_request("The namespace description must name exactly one region.")
    region = _canonical_region(regions[0])
    if region is None:
        raise bad_request(
            f"The region '{regions[0]}' is not a Service Bus region. "
            f"Valid regions are: {', '.join(REGIONS)}."
        )
    names = call.state.shared(SHARED_NAMES)
    if name.lower() in names:
        raise conflict(f"The namespace '{name}' already exists. {NOT_AVAILABLE_MESSAGE}")
    subscription_id = call.subscription_id
    key = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    created = _now()
    description = ServiceBusNamespace(
        name=name,
        region=region,
        default_key=key,
        status="Activating",
        created_at=created,
        acs_management_endpoint=f"https://{name}-sb.accesscontrol.windows.net/",
        servicebus_endpoint=_base_url(name),
        connection_string=(
            f"Endpoint=sb://{name}.servicebus.windows.net/;"
            f"SharedSecretIssuer=owner;SharedSecretValue={key}"
        ),
        subscription_id=subscription_id.replace("-", ""),
        enabled=True,
        critical=False,
        updated_at=created,
        create_acs_namespace=True,
        event_hub_enabled=True,
        namespace_type="Messaging",
        resource_group="",
    )
    record = NamespaceRecord(description)
    names[name.lower()] = subscription_id
    call.backend.servicebus_namespaces[name] = record

    def activate() -> None:
        if description.status == "Activating":
            description.status = "Active"
            description.updated_at = _now()

    call.state.operations.start(
        "activate_servicebus_namespace", subscription_id=subscription_id, work=activate
    )
    return _namespace_entry(record, with_keys=True)


@router.handles("delete_namespace")
def delete_namespace(call: Call[None]) -> None:
    name, subscription_id, state = call.param("name"), call.subscription_id, call.state
    record = _record(state, subscription_id, name)
    description = record.description
    if description.status == "Removing":
        raise conflict(f"The namespace '{name}' is already being removed.")
    description.status = "Removing"
    description.enabled = False
    description.updated_at = _now()

    def remove() -> None:
        table = state.backend(subscription_id).servicebus_namespaces
        if table.get(name) is record:
            del table[name]
        names = state.shared(SHARED_NAMES)
        if names.get(name.lower()) == subscription_id:
            del names[name.lower()]

    state.operations.start(
        "remove_servicebus_namespace", subscription_id=subscription_id, work=remove
    )


@router.handles("check_namespace_availability")
def check_namespace_availability(call: Call[None]) -> NamespaceAvailabilityEntry:
    name = call.request.query.get("namespace")
    if name is None:
        raise bad_request("The query parameter 'namespace' is required.")
    if not _NAME.match(name):
        answer = NamespaceAvailability(
            result=False, reason="InvalidName", reason_detail=INVALID_NAME_MESSAGE
        )
    elif name.lower() in call.state.shared(SHARED_NAMES):
        answer = NamespaceAvailability(
            result=False, reason="NameInUse", reason_detail=NOT_AVAILABLE_MESSAGE
        )
    else:
        answer = NamespaceAvailability(result=True, reason="None", reason_detail="")
    return NamespaceAvailabilityEntry(
        id=_uuid_id(),
        title="",
        updated=_now(),
        content=NamespaceAvailabilityContent(namespace_availability=answer),
    )


# --- entities --------------------------------------------------------------------------------


def _default_description(kind: str, name: str, now: datetime.datetime) -> Description:
    rules: list[AuthorizationRule] = [
        SharedAccessAuthorizationRule(
            claim_type="SharedAccessKey",
            claim_value="None",
            rights=["Listen", "Send", "Manage"],
            created_time=now,
            modified_time=now,
            key_name="RootManageSharedAccessKey",
            primary_key=base64.b64encode(secrets.token_bytes(32)).decode("ascii"),
            secondary_key=base64.b64encode(secrets.token_bytes(32)).decode("ascii"),
        )
    ]
    counts = CountDetails(
        active_message_count=0,
        dead_letter_message_count=0,
        scheduled_message_count=0,
        transfer_message_count=0,
        transfer_dead_letter_message_count=0,
    )
    if kind == QUEUES:
        return QueueDescription(
            lock_duration="PT1M",
            max_size_in_megabytes=1024,
            requires_duplicate_detection=False,
            requires_session=False,
            default_message_time_to_live="P10675199DT2H48M5.4775807S",
            dead_lettering_on_message_expiration=False,
            duplicate_detection_history_time_window="PT10M",
            max_delivery_count=10,
            enable_batched_operations=True,
            size_in_bytes=0,
            message_count=0,
            is_anonymous_accessible=False,
            authorization_rules=rules,
            status="Active",
            created_at=now,
            updated_at=now,
            accessed_at=now,
            support_ordering=True,
            count_details=counts,
            auto_delete_on_idle="P10675199DT2H48M5.4775807S",
            enable_partitioning=False,
            entity_availability_status="Available",
            enable_express=False,
        )
    if kind == TOPICS:
        return TopicDescription(
            default_message_time_to_live="P10675199DT2H48M5.4775807S",
            max_size_in_megabytes=1024,
            requires_duplicate_detection=False,
            duplicate_detection_history_time_window="PT10M",
            enable_batched_operations=True,
            size_in_bytes=0,
            filtering_messages_before_publishing=False,
            is_anonymous_accessible=False,
            authorization_rules=rules,
            status="Active",
            created_at=now,
            updated_at=now,
            accessed_at=now,
            support_ordering=True,
            count_details=counts,
            subscription_count=0,
            auto_delete_on_idle="P10675199DT2H48M5.4775807S",
            enable_partitioning=False,
            entity_availability_status="Available",
            enable_express=False,
        )
    if kind == NOTIFICATION_HUBS:
        return NotificationHubDescription(registration_ttl="P90D", authorization_rules=rules)
    return RelayDescription(
        path=name,
        listener_type="RelayedHttp",
        listener_count=0,
        relay_type="Http",
        requires_client_authorization=True,
        requires_transport_security=True,
        is_dynamic=False,
        authorization_rules=rules,
        created_at=now,
        updated_at=now,
    )


#: Per entity kind: its description, feed, entry and content classes and the content member.
_ATOM_CLASSES: dict[str, tuple[type, type, type, type, str]] = {
    QUEUES: (QueueDescription, QueueFeed, QueueEntry, QueueContent, "queue_description"),
    TOPICS: (TopicDescription, TopicFeed, TopicEntry, TopicContent, "topic_description"),
    NOTIFICATION_HUBS: (
        NotificationHubDescription,
        NotificationHubFeed,
        NotificationHubEntry,
        NotificationHubContent,
        "notification_hub_description",
    ),
    RELAYS: (RelayDescription, RelayFeed, RelayEntry, RelayContent, "relay_description"),
}


def add_entity(
    state: State,
    subscription_id: str,
    namespace: str,
    kind: str,
    name: str,
    description: Description | None = None,
) -> Description:
    """Put an entity (``kind``: ``QUEUES``, ``TOPICS``, ``NOTIFICATION_HUBS`` or ``RELAYS``)
    into a namespace and return its description (defaults for its kind when not given).

    For tests and seeding: the management API itself cannot create entities. Call with
    ``state.lock`` held. 404 for an unknown namespace, 409 if the name is taken.
    """
    if kind not in ENTITY_KINDS:
        raise ValueError(f"unknown entity kind {kind!r} (one of {', '.join(ENTITY_KINDS)})")
    described_by = _ATOM_CLASSES[kind][0]
    if description is not None and not isinstance(description, described_by):
        raise TypeError(f"a {kind} entity is described by {described_by.__name__}")
    table = _record(state, subscription_id, namespace).entities[kind]
    if name.lower() in table:
        raise conflict(f"The entity '{name}' already exists in namespace '{namespace}'.")
    value = description if description is not None else _default_description(kind, name, _now())
    table[name.lower()] = (name, value)
    return value


def _feed(namespace: str, kind: str, items: Sequence[tuple[str, Description]]) -> object:
    """The Atom feed of ``items``: one entry per entity, its description as content."""
    _, feed_class, entry_class, content_class, member = _ATOM_CLASSES[kind]
    entries = []
    for name, description in items:
        created = getattr(description, "created_at", None)
        entries.append(
            entry_class(
                id=f"{_base_url(namespace)}{name}",
                title=name,
                published=created,
                updated=getattr(description, "updated_at", None) or created or _now(),
                author=AtomAuthor(name=namespace),
                links=[AtomLink(rel="self", href=f"../{name}?api-version=2012-03")],
                content=content_class(**{member: description}),
            )
        )
    url = f"{_base_url(namespace)}$Resources/{kind}?api-version=2012-03"
    return feed_class(
        id=url,
        title=kind,
        updated=_now(),
        link=AtomLink(rel="self", href=url),
        entries=entries or None,
    )


def _namespace_name(state: State, subscription_id: str, name: str) -> str:
    """The namespace's own spelling of ``name`` (404 if unknown)."""
    return _record(state, subscription_id, name).description.name or name


def _list_handler(operation: str, kind: str) -> None:
    @router.handles(operation)
    def handler(call: Call[None]) -> object:
        namespace = _namespace_name(call.state, call.subscription_id, call.param("name"))
        found = _record(call.state, call.subscription_id, namespace).entities[kind]
        return _feed(namespace, kind, [found[key] for key in sorted(found)])


_list_handler("list_queues", QUEUES)
_list_handler("list_topics", TOPICS)
_list_handler("list_notification_hubs", NOTIFICATION_HUBS)
_list_handler("list_relays", RELAYS)


# --- metrics ---------------------------------------------------------------------------------

#: Per kind: the path parameter naming the entity and the operations' suffix.
_ENTITY_PARAM = {
    QUEUES: ("queue_name", "queue"),
    TOPICS: ("topic_name", "topic"),
    NOTIFICATION_HUBS: ("hub_name", "notification_hub"),
    RELAYS: ("relay_name", "relay"),
}


def _entity(request: Request, state: State, kind: str) -> tuple[str, str]:
    """(namespace, entity name) of a metrics request; 404 if either is unknown."""
    namespace = _namespace_name(state, request.subscription_id, request.path_params["name"])
    entity = request.path_params[_ENTITY_PARAM[kind][0]]
    record = _record(state, request.subscription_id, namespace)
    if entity.lower() not in record.entities[kind]:
        raise not_found(f"The entity '{entity}' was not found in namespace '{namespace}'.")
    return namespace, entity


def _metric(request: Request, kind: str) -> str:
    metric = request.path_params["metric"]
    if metric not in {row[0] for row in METRICS[kind]}:
        raise not_found(f"The metric '{metric}' is not supported for {kind.lower()}.")
    return metric


def _metrics_url(namespace: str, kind: str, entity: str) -> str:
    return f"https://{namespace}.servicebus.windows.net/{kind}/{entity}/Metrics"


def _metrics_feed(
    classes: tuple[type, type, type], base: str, title: str, items: Sequence[tuple[str, object]]
) -> object:
    """A metrics feed: one entry per (key, properties), its id ``base(key)``."""
    feed_class, entry_class, content_class = classes
    now = _now()
    entries = [
        entry_class(
            id=f"{base}({key})",
            title="",
            updated=now,
            author=AtomAuthor(name=""),
            content=content_class(properties=value),
        )
        for key, value in items
    ]
    return feed_class(id=base, title=title, updated=now, entries=entries or None)


def _supported_metrics_handler(kind: str) -> None:
    @router.handles(f"get_supported_metrics_{_ENTITY_PARAM[kind][1]}")
    def handler(call: Call[None]) -> object:
        namespace, entity = _entity(call.request, call.state, kind)
        classes = (MetricPropertiesFeed, MetricPropertiesEntry, MetricPropertiesContent)
        rows = [
            (f"'{name}'", MetricProperties(name, aggregation, unit, display_name=display))
            for name, aggregation, unit, display in METRICS[kind]
        ]
        return _metrics_feed(classes, _metrics_url(namespace, kind, entity), "Metrics", rows)


def _rollups_handler(kind: str) -> None:
    @router.handles(f"get_metrics_rollups_{_ENTITY_PARAM[kind][1]}")
    def handler(call: Call[None]) -> object:
        namespace, entity = _entity(call.request, call.state, kind)
        metric = _metric(call.request, kind)
        base = f"{_metrics_url(namespace, kind, entity)}('{metric}')/Rollups"
        classes = (MetricRollupsFeed, MetricRollupsEntry, MetricRollupsContent)
        rows = [(f"'{grain}'", MetricRollups(grain, retention)) for grain, retention in ROLLUPS]
        return _metrics_feed(classes, base, "Rollups", rows)


def parse_timestamp_filter(
    expression: str,
) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """The [start, end) range an OData ``Timestamp`` filter selects (None: unbounded).

    Raises the 400 ``BadRequest`` fault for anything but ``Timestamp <op> datetime'...'``
    clauses joined with ``and``.
    """
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    for clause in _AND.split(expression.strip()):
        match = _CLAUSE.match(clause)
        if match is None:
            raise bad_request(f"The filter clause '{clause}' is not supported.")
        operator, text = match.group(1).lower(), match.group(2)
        try:
            moment = datetime.datetime.fromisoformat(text)
        except ValueError:
            raise bad_request(f"'{text}' is not a valid datetime.") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        if operator in ("gt", "ge", "eq"):
            bound = moment if operator != "gt" else moment + datetime.timedelta(microseconds=1)
            start = bound if start is None else max(start, bound)
        if operator in ("lt", "le", "eq"):
            bound = moment if operator == "lt" else moment + datetime.timedelta(microseconds=1)
            end = bound if end is None else min(end, bound)
    return start, end


def _metric_value(seed: str) -> MetricValues:
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    low, spread = digest[0] % 20, digest[1] % 50
    return MetricValues(
        min=low, max=low + spread, average=low + spread / 2, total=(low + spread) * 3
    )


def _values_handler(kind: str) -> None:
    @router.handles(f"get_metrics_data_{_ENTITY_PARAM[kind][1]}")
    def handler(call: Call[None]) -> object:
        request = call.request
        namespace, entity = _entity(request, call.state, kind)
        metric = _metric(request, kind)
        grain_name = request.path_params["rollup"]
        grain = _GRAINS.get(grain_name)
        if grain is None:
            raise not_found(f"The rollup '{grain_name}' does not exist for metric '{metric}'.")
        expression = request.query.get("$filter")
        if not expression:
            raise bad_request("The query parameter '$filter' is required.")
        start, end = parse_timestamp_filter(expression)
        now = _now()
        end = now if end is None or end > now else end
        if start is None:
            start = end - grain * 12
        epoch = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        # The first grain boundary at or after start.
        steps = -((epoch - start) // grain)
        moment = epoch + grain * steps
        base = f"{_metrics_url(namespace, kind, entity)}('{metric}')/Rollups('{grain_name}')/Values"
        rows: list[tuple[str, object]] = []
        while moment < end and len(rows) < MAX_VALUES:
            value = _metric_value(f"{namespace}/{kind}/{entity}/{metric}/{moment.isoformat()}")
            value.timestamp = moment
            rows.append((f"datetime'{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}'", value))
            moment += grain
        classes = (MetricValuesFeed, MetricValuesEntry, MetricValuesContent)
        return _metrics_feed(classes, base, "Values", rows)


for _kind in ENTITY_KINDS:
    _supported_metrics_handler(_kind)
    _rollups_handler(_kind)
    _values_handler(_kind)
