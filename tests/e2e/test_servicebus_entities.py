"""Service Bus entities one at a time, connection details and namespace shared access rules end
to end: client -> HTTPS -> emulator."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import ServiceBusManagementService
from azure_asm.models import NamespaceSharedAccessRule, QueueDescription, TopicDescription
from azure_asm_emulator.handlers.service_bus import NOTIFICATION_HUBS, RELAYS, add_entity
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

NAMESPACE = "entityhome"


@pytest.fixture
def sbms(asm_emulator: AsmEmulator) -> Iterator[ServiceBusManagementService]:
    client = ServiceBusManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    client.create_namespace(NAMESPACE, "West US")
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def test_queue_lifecycle(sbms: ServiceBusManagementService) -> None:
    created = sbms.create_queue(
        NAMESPACE, "orders", QueueDescription(max_size_in_megabytes=2048, requires_session=True)
    )
    assert created.name == "orders"
    assert (created.max_size_in_megabytes, created.requires_session) == (2048, True)
    assert created.lock_duration  # the service's default for what was left out
    assert [q.name for q in sbms.list_queues(NAMESPACE)] == ["orders"]
    with pytest.raises(ConflictError):
        sbms.create_queue(NAMESPACE, "orders", QueueDescription())

    updated = sbms.update_queue(NAMESPACE, "orders", QueueDescription(max_size_in_megabytes=5120))
    assert (updated.max_size_in_megabytes, updated.requires_session) == (5120, True)
    assert sbms.get_queue(NAMESPACE, "ORDERS").max_size_in_megabytes == 5120
    with pytest.raises(ResourceNotFoundError):
        sbms.update_queue(NAMESPACE, "missing", QueueDescription(max_size_in_megabytes=1024))

    (detail,) = sbms.get_queue_connection_details(NAMESPACE, "orders")
    assert detail.key_name == "RootManageSharedAccessKey"
    assert detail.connection_string is not None
    assert detail.connection_string.endswith(";EntityPath=orders")

    sbms.delete_queue(NAMESPACE, "orders")
    assert sbms.list_queues(NAMESPACE) == []
    for call in (
        lambda: sbms.get_queue(NAMESPACE, "orders"),
        lambda: sbms.delete_queue(NAMESPACE, "orders"),
        lambda: sbms.get_queue_connection_details(NAMESPACE, "orders"),
        lambda: sbms.get_queue("nosuchnamespace", "orders"),
    ):
        with pytest.raises(ResourceNotFoundError):
            call()


def test_topic_lifecycle(sbms: ServiceBusManagementService) -> None:
    topic = sbms.create_topic(NAMESPACE, "events", TopicDescription(support_ordering=True))
    assert topic.name == "events" and topic.support_ordering is True
    changed = sbms.update_topic(NAMESPACE, "events", TopicDescription(max_size_in_megabytes=1024))
    assert (changed.max_size_in_megabytes, changed.support_ordering) == (1024, True)
    assert sbms.get_topic(NAMESPACE, "events").max_size_in_megabytes == 1024
    assert [t.name for t in sbms.list_topics(NAMESPACE)] == ["events"]
    assert sbms.get_topic_connection_details(NAMESPACE, "events")[0].rights
    sbms.delete_topic(NAMESPACE, "events")
    with pytest.raises(ResourceNotFoundError):
        sbms.get_topic(NAMESPACE, "events")


def test_notification_hubs_and_relays(
    sbms: ServiceBusManagementService, asm_emulator: AsmEmulator
) -> None:
    state = asm_emulator.server.state
    with state.lock:
        add_entity(state, asm_emulator.subscription_id, NAMESPACE, NOTIFICATION_HUBS, "mobile")
        add_entity(state, asm_emulator.subscription_id, NAMESPACE, RELAYS, "bridge")
    hub = sbms.get_notification_hub(NAMESPACE, "mobile")
    assert hub.name == "mobile"
    assert sbms.get_notification_hub_connection_details(NAMESPACE, "mobile")
    (relay_detail,) = sbms.get_relay_connection_details(NAMESPACE, "bridge")
    assert relay_detail.authorization_type == "SharedAccessAuthorization"
    sbms.delete_notification_hub(NAMESPACE, "mobile")
    assert sbms.list_notification_hubs(NAMESPACE) == []
    with pytest.raises(ResourceNotFoundError):
        sbms.get_relay_connection_details(NAMESPACE, "nope")


def test_namespace_rules_and_connection_details(sbms: ServiceBusManagementService) -> None:
    (root,) = sbms.list_namespace_authorization_rules(NAMESPACE)
    assert root.key_name == "RootManageSharedAccessKey"
    assert set(root.rights or []) == {"Listen", "Send", "Manage"}

    rule = sbms.create_namespace_authorization_rule(
        NAMESPACE, NamespaceSharedAccessRule(key_name="sender", rights=["Send"])
    )
    assert rule.key_name == "sender" and rule.revision == 1 and rule.primary_key
    with pytest.raises(ConflictError):
        sbms.create_namespace_authorization_rule(
            NAMESPACE, NamespaceSharedAccessRule(key_name="sender", rights=["Send"])
        )
    with pytest.raises(BadRequestError):
        sbms.create_namespace_authorization_rule(
            NAMESPACE, NamespaceSharedAccessRule(key_name="boss", rights=["Manage"])
        )
    changed = sbms.update_namespace_authorization_rule(
        NAMESPACE, "sender", NamespaceSharedAccessRule(key_name="sender", rights=["Send", "Listen"])
    )
    assert changed.revision == 2 and changed.primary_key == rule.primary_key
    assert sbms.get_namespace_authorization_rule(NAMESPACE, "sender").rights == ["Send", "Listen"]

    details = sbms.get_namespace_connection_details(NAMESPACE)
    assert [d.key_name for d in details] == ["RootManageSharedAccessKey", "sender"]
    assert details[1].connection_string == (
        f"Endpoint=sb://{NAMESPACE}.servicebus.windows.net/;"
        f"SharedAccessKeyName=sender;SharedAccessKey={rule.primary_key}"
    )

    sbms.delete_namespace_authorization_rule(NAMESPACE, "sender")
    with pytest.raises(ResourceNotFoundError):
        sbms.get_namespace_authorization_rule(NAMESPACE, "sender")
    with pytest.raises(ResourceNotFoundError):
        sbms.delete_namespace_authorization_rule(NAMESPACE, "sender")
