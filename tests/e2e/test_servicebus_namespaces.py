"""Service Bus regions, namespaces and entity lists end to end: client -> HTTPS -> emulator.

The client is ``ServiceBusManagementService`` built like the seed builds its clients
(``Client(subscription_id, cert_file, host=..., ca_bundle=...)``), in strict mode: an element
the spec does not describe fails the test.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import ServiceBusManagementService
from azure_asm.models import (
    QueueDescription,
    ServiceBusNamespace,
    SharedAccessAuthorizationRule,
)
from azure_asm_emulator.certs import create_management_certificate
from azure_asm_emulator.handlers.service_bus import (
    NOTIFICATION_HUBS,
    QUEUES,
    REGIONS,
    RELAYS,
    TOPICS,
    add_entity,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


def _close(client: Any) -> None:
    close = getattr(client.transport, "close", None)
    if close is not None:
        close()


def _client(
    emulator: AsmEmulator,
    subscription_id: str | None = None,
    cert_path: str | os.PathLike[str] | None = None,
) -> ServiceBusManagementService:
    return ServiceBusManagementService(
        subscription_id or emulator.subscription_id,
        os.fspath(cert_path or emulator.cert_path),
        host=emulator.host,
        ca_bundle=os.fspath(emulator.ca_bundle),
        strict=True,
    )


@pytest.fixture
def sbms(asm_emulator: AsmEmulator) -> Iterator[ServiceBusManagementService]:
    client = _client(asm_emulator)
    yield client
    _close(client)


@pytest.fixture
def other_sbms(asm_emulator: AsmEmulator) -> Iterator[ServiceBusManagementService]:
    """A client of a second subscription with its own management certificate."""
    subscription_id = str(uuid.uuid4())
    cert = create_management_certificate(asm_emulator.dir, "other", basename="other")
    asm_emulator.server.register_certificate(subscription_id, cert.der, persist=False)
    client = _client(asm_emulator, subscription_id, cert.pem_path)
    yield client
    _close(client)


def _wait_for_status(
    sbms: ServiceBusManagementService, name: str, status: str
) -> ServiceBusNamespace:
    deadline = time.monotonic() + 10
    while True:
        description = sbms.get_namespace(name)
        if description.status == status or time.monotonic() > deadline:
            return description
        time.sleep(0.02)


def _wait_until_gone(sbms: ServiceBusManagementService, name: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            sbms.get_namespace(name)
        except ResourceNotFoundError:
            return
        time.sleep(0.02)
    pytest.fail(f"namespace {name} was never removed")


def test_get_regions_lists_every_region(sbms: ServiceBusManagementService) -> None:
    regions = sbms.get_regions()
    assert [region.code for region in regions] == list(REGIONS)
    assert all(region.fullname == region.code for region in regions)
    # The Atom feed they came in stays reachable.
    feed = regions.document
    assert feed.updated is not None
    assert feed.entries is not None
    for entry, region in zip(feed.entries, regions, strict=True):
        assert entry.content is not None and entry.content.type == "application/xml"
        assert entry.content.region_code_description is region


def test_namespace_lifecycle(sbms: ServiceBusManagementService) -> None:
    created = sbms.create_namespace("mynamespace1", "west us")
    assert created.name == "mynamespace1"
    assert created.region == "West US"  # the service's spelling
    assert created.status == "Activating"
    assert created.enabled is True
    assert created.servicebus_endpoint == "https://mynamespace1.servicebus.windows.net/"
    assert created.acs_management_endpoint == "https://mynamespace1-sb.accesscontrol.windows.net/"
    # The answer to the creation carries the key; later reads only once the namespace is active.
    assert created.default_key
    assert created.connection_string == (
        "Endpoint=sb://mynamespace1.servicebus.windows.net/;SharedSecretIssuer=owner;"
        f"SharedSecretValue={created.default_key}"
    )
    assert created.default_key not in repr(created)
    assert created.connection_string not in repr(created)

    active = _wait_for_status(sbms, "mynamespace1", "Active")
    assert active.status == "Active"
    assert active.default_key == created.default_key
    assert active.created_at is not None and active.updated_at is not None

    listed = sbms.list_namespaces()
    assert [namespace.name for namespace in listed] == ["mynamespace1"]
    assert listed.document.entries is not None
    [entry] = listed.document.entries
    assert entry.content is not None and entry.content.type == "application/xml"
    assert entry.content.namespace_description is listed[0]

    assert sbms.delete_namespace("mynamespace1") is None
    removing = sbms.get_namespace("mynamespace1")
    assert removing.status == "Removing"
    assert removing.enabled is False
    with pytest.raises(ConflictError):
        sbms.delete_namespace("mynamespace1")
    _wait_until_gone(sbms, "mynamespace1")
    assert sbms.list_namespaces() == []
    assert sbms.check_namespace_availability("mynamespace1").result is True


def test_get_namespace_while_activating_leaves_out_the_key(
    asm_emulator: AsmEmulator, sbms: ServiceBusManagementService
) -> None:
    asm_emulator.server.operation_delay = 60
    sbms.create_namespace("slowstarter", "North Europe")
    description = sbms.get_namespace("slowstarter")
    assert description.status == "Activating"
    assert description.default_key is None
    assert description.connection_string is None


def test_namespace_names_are_global(
    sbms: ServiceBusManagementService, other_sbms: ServiceBusManagementService
) -> None:
    sbms.create_namespace("sharedname", "West Europe")
    with pytest.raises(ConflictError, match="sharedname"):
        other_sbms.create_namespace("sharedname", "West Europe")
    with pytest.raises(ConflictError):
        sbms.create_namespace("SharedName", "West Europe")
    # The other subscription neither sees nor deletes it.
    with pytest.raises(ResourceNotFoundError):
        other_sbms.get_namespace("sharedname")
    with pytest.raises(ResourceNotFoundError):
        other_sbms.delete_namespace("sharedname")
    answer = other_sbms.check_namespace_availability("sharedname")
    assert answer.result is False
    assert answer.reason == "NameInUse"
    assert answer.reason_detail


def test_unknown_namespace_is_404(sbms: ServiceBusManagementService) -> None:
    for call in (
        sbms.get_namespace,
        sbms.delete_namespace,
        sbms.list_queues,
        sbms.list_topics,
        sbms.list_notification_hubs,
        sbms.list_relays,
    ):
        with pytest.raises(ResourceNotFoundError):
            call("nosuchnamespace")


@pytest.mark.parametrize(
    "name", ["short", "1startsdigit", "ends-", "ends-sb", "ends-mgmt", "a" * 51]
)
def test_invalid_names_are_refused_before_sending(
    sbms: ServiceBusManagementService, name: str
) -> None:
    with pytest.raises(ValueError, match="name"):
        sbms.create_namespace(name, "West US")


def test_invalid_name_is_reported_by_the_availability_check(
    sbms: ServiceBusManagementService,
) -> None:
    answer = sbms.check_namespace_availability("ab")
    assert answer.result is False
    assert answer.reason == "InvalidName"


def test_unknown_region_is_400(sbms: ServiceBusManagementService) -> None:
    with pytest.raises(BadRequestError, match="Moon Base"):
        sbms.create_namespace("lunarnamespace", "Moon Base")
    assert sbms.list_namespaces() == []


def test_entity_lists(asm_emulator: AsmEmulator, sbms: ServiceBusManagementService) -> None:
    sbms.create_namespace("entityhome", "East US")
    assert sbms.list_queues("entityhome") == []
    state = asm_emulator.server.state
    with state.lock:
        for kind, names in (
            (QUEUES, ["orders", "Billing"]),
            (TOPICS, ["events"]),
            (NOTIFICATION_HUBS, ["mobile"]),
            (RELAYS, ["bridge"]),
        ):
            for name in names:
                add_entity(state, asm_emulator.subscription_id, "entityhome", kind, name)
        add_entity(
            state,
            asm_emulator.subscription_id,
            "entityhome",
            QUEUES,
            "custom",
            QueueDescription(lock_duration="PT30S", max_size_in_megabytes=2048, message_count=7),
        )

    listed = sbms.list_queues("EntityHome")  # namespace names ignore case
    # The descriptions, named (and dated) from their entries as in the reference package.
    assert [queue.name for queue in listed] == ["Billing", "custom", "orders"]
    assert [queue.author for queue in listed] == ["entityhome"] * 3
    assert all(queue.updated is not None for queue in listed)
    assert listed[1].message_count == 7
    queues = listed.document
    assert queues.title == "Queues"
    assert queues.link is not None and queues.link.rel == "self"
    assert queues.entries is not None
    assert [entry.title for entry in queues.entries] == ["Billing", "custom", "orders"]
    orders = queues.entries[2]
    assert orders.id == "https://entityhome.servicebus.windows.net/orders"
    assert orders.author is not None and orders.author.name == "entityhome"
    assert orders.links is not None and orders.links[0].rel == "self"
    assert orders.content is not None
    queue = orders.content.queue_description
    assert queue is listed[2]
    assert queue.lock_duration == "PT1M"
    assert queue.max_delivery_count == 10
    assert queue.count_details is not None and queue.count_details.active_message_count == 0
    assert queue.authorization_rules is not None
    rule = queue.authorization_rules[0]
    assert isinstance(rule, SharedAccessAuthorizationRule)
    assert rule.rights == ["Listen", "Send", "Manage"]
    assert rule.primary_key and rule.secondary_key
    assert rule.primary_key not in repr(rule) and rule.secondary_key not in repr(rule)
    custom = queues.entries[1].content
    assert custom is not None and custom.queue_description is not None
    assert custom.queue_description.message_count == 7

    [topic] = sbms.list_topics("entityhome")
    assert topic.name == "events" and topic.subscription_count == 0

    [hub] = sbms.list_notification_hubs("entityhome")
    assert hub.name == "mobile" and hub.registration_ttl == "P90D"

    [relay] = sbms.list_relays("entityhome")
    assert relay.name == "bridge" and relay.path == "bridge" and relay.listener_count == 0
