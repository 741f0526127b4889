"""Service Bus entities one at a time, connection details and namespace shared access rules.

The entities live where ``service_bus`` keeps them (``NamespaceRecord.entities``, so
``list_queues`` and the metrics see what ``create_queue`` adds); the shared access rules of a
namespace in ``state.resources(subscription_id, "servicebus_namespace_rules")``: lower-cased
namespace name -> ``Collection`` of ``NamespaceSharedAccessRule``, starting with
``RootManageSharedAccessKey`` (the namespace's default key, rights Listen, Send and Manage).

Behaviour, as the service: create_queue and update_queue (topics alike) are one PUT, told
apart by ``If-Match``: without it a name in use is 409 and the answer 201; with it an unknown
entity is 404 and the answer 200. Settings left out of a created entity take the service's
defaults; an update replaces the settings it gives. Notification hubs and relays cannot be
created through this API (see ``service_bus.add_entity``). Connection details answer one
connection string per shared access rule of the namespace or entity. A rule needs rights
among ``Listen``, ``Send`` and ``Manage`` (``Manage`` only with both others; 400 otherwise);
its keys are made up when not given; each change raises its revision.
"""

from __future__ import annotations

import base64
import datetime
import secrets
from typing import Any

from azure_asm.models import (
    AtomAuthor,
    ConnectionDetail,
    ConnectionDetailContent,
    ConnectionDetailEntry,
    ConnectionDetailFeed,
    CreateQueueEntry,
    CreateTopicEntry,
    NamespaceAuthorizationRuleContent,
    NamespaceAuthorizationRuleEntry,
    NamespaceAuthorizationRuleFeed,
    NamespaceAuthorizationRuleRequest,
    NamespaceSharedAccessRule,
    SharedAccessAuthorizationRule,
)

from ..backend import (
    NOTIFICATION_HUBS,
    QUEUES,
    RELAYS,
    TOPICS,
    Collection,
    NamespaceRecord,
    ServiceBusEntity,
)
from ..errors import bad_request
from . import service_bus as sb
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

RIGHTS = ("Listen", "Send", "Manage")
ROOT_RULE = "RootManageSharedAccessKey"
#: Path parameter naming the entity, and the request member holding its description.
_KINDS = {
    QUEUES: ("queue_name", "queue_description"),
    TOPICS: ("topic_name", "topic_description"),
    NOTIFICATION_HUBS: ("hub_name", ""),
    RELAYS: ("relay_name", ""),
}


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _new_key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def _namespace(call: Call[Any]) -> tuple[str, NamespaceRecord]:
    record = sb._record(call.state, call.subscription_id, call.param("name"))
    return record.description.name or call.param("name"), record


def _entity(call: Call[Any], kind: str) -> tuple[str, str, ServiceBusEntity]:
    namespace, record = _namespace(call)
    wanted = call.param(_KINDS[kind][0])
    found = record.entities[kind].get(wanted.lower())
    if found is None:
        raise not_found(f"The entity '{wanted}' was not found in namespace '{namespace}'.")
    return namespace, found[0], found[1]


def _entry(kind: str, namespace: str, name: str, description: ServiceBusEntity) -> Any:
    feed: Any = sb._feed(namespace, kind, [(name, description)])
    return feed.entries[0]


def _get(kind: str) -> Any:
    def get(call: Call[None]) -> Any:
        return _entry(kind, *_entity(call, kind))

    return get


def _delete(kind: str) -> Any:
    def delete(call: Call[None]) -> None:
        namespace, name, _ = _entity(call, kind)
        del _namespace(call)[1].entities[kind][name.lower()]

    return delete


def _put(kind: str) -> Any:
    """create_X and update_X: one PUT, an update when ``If-Match`` is sent."""

    def put(call: Call[CreateQueueEntry | CreateTopicEntry]) -> Any:
        namespace, record = _namespace(call)
        name = call.param(_KINDS[kind][0])
        table = record.entities[kind]
        given = getattr(call.body, _KINDS[kind][1])
        now = _now()
        if call.request.header("If-Match") is None:
            if name.lower() in table:
                raise conflict(f"The entity '{name}' already exists in namespace '{namespace}'.")
            description = sb._default_description(kind, name, now)
            status = 201
        else:
            description = _entity(call, kind)[2]
            name = table[name.lower()][0]
            status = 200
        for member in type(given).__match_args__:
            value = getattr(given, member)
            # A list member starts empty (the reference's list classes): empty is "not given".
            if value not in (None, []) and member not in ("created_at", "accessed_at"):
                setattr(description, member, value)
        setattr(description, "updated_at", now)  # noqa: B010 - queues and topics alike
        table[name.lower()] = (name, description)
        return call.answer(_entry(kind, namespace, name, description), status)

    return put


for _kind, _noun in ((QUEUES, "queue"), (TOPICS, "topic")):
    router.handles(f"get_{_noun}")(_get(_kind))
    router.handles(f"delete_{_noun}")(_delete(_kind))
    router.handles(f"create_{_noun}")(_put(_kind))  # serves update_{_noun} too (If-Match)
router.handles("get_notification_hub")(_get(NOTIFICATION_HUBS))
router.handles("delete_notification_hub")(_delete(NOTIFICATION_HUBS))


# --- shared access rules and connection details ---------------------------------------------


def _rules(call: Call[Any]) -> Collection[NamespaceSharedAccessRule]:
    namespace, record = _namespace(call)
    store = call.state.resources(call.subscription_id, "servicebus_namespace_rules")
    rules: Collection[NamespaceSharedAccessRule] | None = store.get(namespace.lower())
    if rules is None:
        rules = store[namespace.lower()] = Collection(
            not_found="The authorization rule '{name}' was not found.",
            conflict="The authorization rule '{name}' already exists.",
            ignore_case=False,
        )
        created = record.description.created_at or _now()
        rules[ROOT_RULE] = NamespaceSharedAccessRule(
            rights=list(RIGHTS),
            created_time=created,
            modified_time=created,
            revision=1,
            key_name=ROOT_RULE,
            primary_key=record.description.default_key or _new_key(),
            secondary_key=_new_key(),
        )
    return rules


def _connection_string(namespace: str, rule_name: str, key: str | None, path: str) -> str:
    entity = f";EntityPath={path}" if path else ""
    return (
        f"Endpoint=sb://{namespace}.servicebus.windows.net/;"
        f"SharedAccessKeyName={rule_name};SharedAccessKey={key}{entity}"
    )


def _details(
    namespace: str, rules: list[tuple[str, list[str], str | None, str | None]], path: str = ""
) -> ConnectionDetailFeed:
    now = _now()
    entries = [
        ConnectionDetailEntry(
            id=f"{sb._base_url(namespace)}{path}/ConnectionDetails/{name}",
            title=name,
            updated=now,
            author=AtomAuthor(name=namespace),
            content=ConnectionDetailContent(
                connection_detail=ConnectionDetail(
                    key_name=name,
                    connection_string=_connection_string(namespace, name, primary, path),
                    authorization_type="SharedAccessAuthorization",
                    rights=rights,
                    secondary_connection_string=_connection_string(
                        namespace, name, secondary, path
                    ),
                )
            ),
        )
        for name, rights, primary, secondary in rules
    ]
    return ConnectionDetailFeed(id=sb._base_url(namespace), title="", updated=now, entries=entries)


@router.handles("get_namespace_connection_details")
def get_namespace_connection_details(call: Call[None]) -> ConnectionDetailFeed:
    namespace = _namespace(call)[0]
    found = [
        (rule.key_name or "", list(rule.rights or []), rule.primary_key, rule.secondary_key)
        for rule in _rules(call).values()
    ]
    return _details(namespace, found)


def _entity_details(kind: str) -> Any:
    def details(call: Call[None]) -> ConnectionDetailFeed:
        namespace, name, description = _entity(call, kind)
        found = [
            (rule.key_name or "", list(rule.rights or []), rule.primary_key, rule.secondary_key)
            for rule in description.authorization_rules or []
            if isinstance(rule, SharedAccessAuthorizationRule)
        ]
        return _details(namespace, found, name)

    return details


for _kind, _noun in (
    (QUEUES, "queue"),
    (TOPICS, "topic"),
    (NOTIFICATION_HUBS, "notification_hub"),
    (RELAYS, "relay"),
):
    router.handles(f"get_{_noun}_connection_details")(_entity_details(_kind))


def _rule_entry(namespace: str, rule: NamespaceSharedAccessRule) -> NamespaceAuthorizationRuleEntry:
    return NamespaceAuthorizationRuleEntry(
        id=f"{sb._base_url(namespace)}AuthorizationRules/{rule.key_name}",
        title=rule.key_name,
        updated=rule.modified_time or _now(),
        author=AtomAuthor(name=namespace),
        content=NamespaceAuthorizationRuleContent(rule=rule),
    )


def _check_rights(rights: list[str] | None) -> list[str]:
    given = list(rights or [])
    if not given or any(right not in RIGHTS for right in given):
        raise bad_request(f"Rights must be among {', '.join(RIGHTS)}.")
    if "Manage" in given and not {"Listen", "Send"} <= set(given):
        raise bad_request("The Manage right needs the Listen and Send rights.")
    return given


@router.handles("list_namespace_authorization_rules")
def list_namespace_authorization_rules(call: Call[None]) -> NamespaceAuthorizationRuleFeed:
    namespace = _namespace(call)[0]
    entries = [_rule_entry(namespace, rule) for rule in _rules(call).values()]
    return NamespaceAuthorizationRuleFeed(
        id=f"{sb._base_url(namespace)}AuthorizationRules", title="", updated=_now(), entries=entries
    )


@router.handles("get_namespace_authorization_rule")
def get_namespace_authorization_rule(call: Call[None]) -> NamespaceAuthorizationRuleEntry:
    rule = _rules(call).get_or_404(call.param("rule_name"))
    return _rule_entry(_namespace(call)[0], rule)


@router.handles("create_namespace_authorization_rule", status=201)
def create_namespace_authorization_rule(
    call: Call[NamespaceAuthorizationRuleRequest],
) -> NamespaceAuthorizationRuleEntry:
    rules, given = _rules(call), call.body.rule
    assert given is not None  # required: the generated validator refused a body without it
    if not given.key_name:
        raise bad_request("The rule needs a key name.")
    now = _now()
    rule = NamespaceSharedAccessRule(
        rights=_check_rights(given.rights),
        created_time=now,
        modified_time=now,
        revision=1,
        key_name=given.key_name,
        primary_key=given.primary_key or _new_key(),
        secondary_key=given.secondary_key or _new_key(),
    )
    return _rule_entry(_namespace(call)[0], rules.add_or_409(given.key_name, rule))


@router.handles("update_namespace_authorization_rule")
def update_namespace_authorization_rule(
    call: Call[NamespaceAuthorizationRuleRequest],
) -> NamespaceAuthorizationRuleEntry:
    rule = _rules(call).get_or_404(call.param("rule_name"))
    given = call.body.rule
    assert given is not None
    rule.rights = _check_rights(given.rights or rule.rights)
    rule.primary_key = given.primary_key or rule.primary_key
    rule.secondary_key = given.secondary_key or rule.secondary_key
    rule.modified_time, rule.revision = _now(), (rule.revision or 0) + 1
    return _rule_entry(_namespace(call)[0], rule)


@router.handles("delete_namespace_authorization_rule")
def delete_namespace_authorization_rule(call: Call[None]) -> None:
    _rules(call).remove_or_404(call.param("rule_name"))
