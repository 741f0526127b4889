"""Service Bus entity metrics end to end: supported metrics, rollups and values of every kind."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import ServiceBusManagementService
from azure_asm.models import MetricValues
from azure_asm_emulator.handlers.service_bus import (
    METRICS,
    NOTIFICATION_HUBS,
    QUEUES,
    RELAYS,
    ROLLUPS,
    TOPICS,
    add_entity,
)
from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


def _close(client: Any) -> None:
    close = getattr(client.transport, "close", None)
    if close is not None:
        close()


NAMESPACE = "metricshome"
#: kind -> (entity name, method suffix)
ENTITIES = {
    QUEUES: ("orders", "queue"),
    TOPICS: ("events", "topic"),
    NOTIFICATION_HUBS: ("mobile", "notification_hub"),
    RELAYS: ("bridge", "relay"),
}


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
    state = asm_emulator.server.state
    with state.lock:
        for kind, (name, _) in ENTITIES.items():
            add_entity(state, asm_emulator.subscription_id, NAMESPACE, kind, name)
    yield client
    _close(client)


def _method(sbms: ServiceBusManagementService, what: str, kind: str) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(sbms, f"{what}_{ENTITIES[kind][1]}")
    return method


@pytest.mark.parametrize("kind", list(ENTITIES))
def test_supported_metrics(sbms: ServiceBusManagementService, kind: str) -> None:
    metrics = _method(sbms, "get_supported_metrics", kind)(NAMESPACE, ENTITIES[kind][0])
    found = [(m.name, m.primary_aggregation, m.unit, m.display_name) for m in metrics]
    assert tuple(found) == METRICS[kind]
    assert metrics.document.entries is not None
    for entry, metric in zip(metrics.document.entries, metrics, strict=True):
        assert entry.content is not None and entry.content.properties is metric
        assert entry.id.endswith(f"('{metric.name}')")
        assert metric.updated == entry.updated is not None


@pytest.mark.parametrize("kind", list(ENTITIES))
def test_rollups(sbms: ServiceBusManagementService, kind: str) -> None:
    metric = METRICS[kind][0][0]
    rollups = _method(sbms, "get_metrics_rollups", kind)(NAMESPACE, ENTITIES[kind][0], metric)
    assert tuple((rollup.time_grain, rollup.retention) for rollup in rollups) == ROLLUPS
    assert rollups.document.entries is not None
    assert [entry.id for entry in rollups.document.entries] == [r.name for r in rollups]


def _measures(value: MetricValues) -> tuple[Any, ...]:
    """A value without what its entry adds (`updated` is when the feed was made)."""
    return (value.name, value.timestamp, value.min, value.max, value.average, value.total)


@pytest.mark.parametrize("kind", list(ENTITIES))
def test_values_inside_the_filtered_range(sbms: ServiceBusManagementService, kind: str) -> None:
    metric = METRICS[kind][0][0]
    start = datetime.datetime(2015, 1, 1, 10, 2, tzinfo=datetime.UTC)
    end = datetime.datetime(2015, 1, 1, 11, 0, tzinfo=datetime.UTC)
    expression = (
        f"Timestamp gt datetime'{start.strftime('%Y-%m-%dT%H:%M:%SZ')}' and "
        f"Timestamp lt datetime'{end.strftime('%Y-%m-%dT%H:%M:%SZ')}'"
    )
    values = _method(sbms, "get_metrics_data", kind)(
        NAMESPACE, ENTITIES[kind][0], metric, "PT5M", expression
    )
    stamps = []
    for value in values:
        assert value.min is not None and value.max is not None and value.min <= value.max
        assert value.average is not None and value.total is not None
        stamps.append(value.timestamp)
    # Five-minute grains from the first boundary after the start, before the end.
    assert stamps[0] == datetime.datetime(2015, 1, 1, 10, 5, tzinfo=datetime.UTC)
    assert stamps[-1] == datetime.datetime(2015, 1, 1, 10, 55, tzinfo=datetime.UTC)
    assert len(stamps) == 11
    # Deterministic: asking again gives the same values.
    again = _method(sbms, "get_metrics_data", kind)(
        NAMESPACE, ENTITIES[kind][0], metric, "PT5M", expression
    )
    assert [_measures(value) for value in again] == [_measures(value) for value in values]


def test_values_without_an_upper_bound_stop_now(sbms: ServiceBusManagementService) -> None:
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=3)
    values = sbms.get_metrics_data_queue(
        NAMESPACE, "orders", "incoming", "P1D", f"Timestamp ge datetime'{since.isoformat()}'"
    )
    assert 2 <= len(values) <= 3 and len(values.document.entries or ()) == len(values)


def test_unknown_entity_metric_or_rollup_is_404(sbms: ServiceBusManagementService) -> None:
    with pytest.raises(ResourceNotFoundError):
        sbms.get_supported_metrics_queue(NAMESPACE, "nosuchqueue")
    with pytest.raises(ResourceNotFoundError):
        sbms.get_supported_metrics_topic("nosuchnamespace", "events")
    with pytest.raises(ResourceNotFoundError):
        sbms.get_metrics_rollups_relay(NAMESPACE, "bridge", "nosuchmetric")
    with pytest.raises(ResourceNotFoundError):
        sbms.get_metrics_data_notification_hub(
            NAMESPACE, "mobile", "incoming", "PT7M", "Timestamp gt datetime'2015-01-01T00:00:00Z'"
        )
    # Entities of another kind do not count.
    with pytest.raises(ResourceNotFoundError):
        sbms.get_supported_metrics_relay(NAMESPACE, "orders")


def test_filter_expressions(sbms: ServiceBusManagementService) -> None:
    # The reference package's whole-query form is refused before anything is sent.
    with pytest.raises(ValueError, match="filter_expresssion"):
        sbms.get_metrics_data_queue(
            NAMESPACE, "orders", "incoming", "PT5M", "$filter=Timestamp gt datetime'2015-01-01'"
        )
    with pytest.raises(BadRequestError, match="not supported"):
        sbms.get_metrics_data_queue(NAMESPACE, "orders", "incoming", "PT5M", "Min gt 3")
