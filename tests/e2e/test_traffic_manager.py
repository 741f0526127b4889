"""Traffic Manager profiles and definitions end to end: client -> HTTPS -> emulator."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    TrafficManagerDnsOptions,
    TrafficManagerEndpoint,
    TrafficManagerHttpOptions,
    TrafficManagerManagementService,
    TrafficManagerMonitor,
    TrafficManagerPolicy,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def watm(asm_emulator: AsmEmulator) -> Iterator[TrafficManagerManagementService]:
    client = TrafficManagerManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def _monitor() -> TrafficManagerMonitor:
    return TrafficManagerMonitor(
        interval_in_seconds=30,
        timeout_in_seconds=10,
        tolerated_number_of_failures=3,
        protocol="HTTP",
        port=80,
        http_options=TrafficManagerHttpOptions(
            verb="GET", relative_path="/health", expected_status_code=200
        ),
    )


def _policy(*endpoints: TrafficManagerEndpoint) -> TrafficManagerPolicy:
    return TrafficManagerPolicy(load_balancing_method="Failover", endpoints=list(endpoints))


def test_profile_lifecycle(watm: TrafficManagerManagementService) -> None:
    assert watm.list_traffic_manager_profiles() == []
    assert watm.check_traffic_manager_dns_prefix_availability("myapp.trafficmanager.net").result
    watm.create_traffic_manager_profile("myapp", "myapp.trafficmanager.net")

    profile = watm.get_traffic_manager_profile("myapp")
    assert (profile.name, profile.domain_name, profile.status) == (
        "myapp",
        "myapp.trafficmanager.net",
        "Enabled",
    )
    assert profile.definitions == [] and profile.status_details is None
    assert [p.name for p in watm.list_traffic_manager_profiles()] == ["myapp"]
    taken = watm.check_traffic_manager_dns_prefix_availability("MyApp.trafficmanager.net")
    assert taken.result is False

    with pytest.raises(ConflictError):
        watm.create_traffic_manager_profile("myapp", "other.trafficmanager.net")
    with pytest.raises(BadRequestError):
        watm.create_traffic_manager_profile("second", "myapp.trafficmanager.net")
    with pytest.raises(BadRequestError):
        watm.create_traffic_manager_profile("third", "myapp.example.com")

    watm.delete_traffic_manager_profile("myapp")
    assert watm.list_traffic_manager_profiles() == []
    assert watm.check_traffic_manager_dns_prefix_availability("myapp.trafficmanager.net").result
    with pytest.raises(ResourceNotFoundError):
        watm.get_traffic_manager_profile("myapp")
    with pytest.raises(ResourceNotFoundError):
        watm.delete_traffic_manager_profile("myapp")


def test_definition_and_monitoring_status(
    watm: TrafficManagerManagementService, asm_emulator: AsmEmulator
) -> None:
    watm.create_traffic_manager_profile("web", "web.trafficmanager.net")
    assert watm.list_traffic_manager_definitions("web") == []
    with pytest.raises(ResourceNotFoundError):
        watm.get_traffic_manager_definition("web")
    with pytest.raises(BadRequestError):  # no definition to enable yet
        watm.update_traffic_manager_profile("web", "Enabled", 1)

    asm_emulator.client.create_hosted_service("svc1", "svc1", location="West US")
    watm.create_traffic_manager_definition(
        "web",
        TrafficManagerDnsOptions(time_to_live_in_seconds=300),
        [_monitor()],
        _policy(
            TrafficManagerEndpoint(domain_name="svc1.cloudapp.net", status="Enabled"),
            TrafficManagerEndpoint(domain_name="gone.cloudapp.net", status="Enabled"),
            TrafficManagerEndpoint(
                domain_name="www.example.com", status="Disabled", type="Any", location="West US"
            ),
        ),
    )
    definition = watm.get_traffic_manager_definition("web")
    assert (definition.status, definition.version) == ("Enabled", 1)
    assert definition.dns_options is not None
    assert definition.dns_options.time_to_live_in_seconds == 300
    assert definition.monitors is not None and definition.monitors[0].port == 80
    policy = definition.policy
    assert policy is not None and policy.load_balancing_method == "Failover"
    assert [(e.domain_name, e.monitor_status) for e in policy.endpoints or []] == [
        ("svc1.cloudapp.net", "Online"),
        ("gone.cloudapp.net", "EndpointDoesNotExist"),
        ("www.example.com", "Disabled"),
    ]
    assert policy.monitor_status == "Degraded"
    assert watm.list_traffic_manager_definitions("web")[0].policy is not None

    profile = watm.get_traffic_manager_profile("web")
    assert profile.status_details is not None and profile.status_details.enabled_version == 1
    assert [(d.status, d.version) for d in profile.definitions or []] == [("Enabled", 1)]

    watm.update_traffic_manager_profile("web", "Disabled", 1)
    assert watm.get_traffic_manager_profile("web").status == "Disabled"
    stopped = watm.get_traffic_manager_definition("web")
    assert stopped.status == "Disabled" and stopped.policy is not None
    assert stopped.policy.monitor_status == "Disabled"
    assert {e.monitor_status for e in stopped.policy.endpoints or []} == {"Stopped"}
    with pytest.raises(BadRequestError):
        watm.update_traffic_manager_profile("web", "Enabled", 2)

    # A new definition replaces the old one and enables the profile again.
    watm.create_traffic_manager_definition(
        "web",
        TrafficManagerDnsOptions(time_to_live_in_seconds=30),
        [_monitor()],
        _policy(TrafficManagerEndpoint(domain_name="svc1.cloudapp.net", status="Enabled")),
    )
    assert watm.get_traffic_manager_profile("web").status == "Enabled"
    (only,) = watm.list_traffic_manager_definitions("web")
    assert only.policy is not None and only.policy.monitor_status == "Online"


def test_definition_refusals(watm: TrafficManagerManagementService) -> None:
    dns = TrafficManagerDnsOptions(time_to_live_in_seconds=300)
    endpoint = TrafficManagerEndpoint(domain_name="a.cloudapp.net", status="Enabled")
    with pytest.raises(ResourceNotFoundError):
        watm.create_traffic_manager_definition("nope", dns, [_monitor()], _policy(endpoint))
    watm.create_traffic_manager_profile("p", "p.trafficmanager.net")
    with pytest.raises(BadRequestError):
        watm.create_traffic_manager_definition("p", dns, [], _policy(endpoint))
    with pytest.raises(BadRequestError):
        watm.create_traffic_manager_definition("p", dns, [_monitor()], _policy())
    with pytest.raises(ValueError):  # the spec's range, checked before anything is sent
        watm.create_traffic_manager_definition(
            "p",
            TrafficManagerDnsOptions(time_to_live_in_seconds=5),
            [_monitor()],
            _policy(endpoint),
        )
