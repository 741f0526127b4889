"""Fault injection: errors, dropped connections, latency, conflicts; polling exemption."""

from __future__ import annotations

import http.client
import ssl
import time

import pytest

from azure_asm_emulator import FaultConfig
from azure_asm_emulator.faults import FaultAction, FaultInjector

DROPPED = (http.client.RemoteDisconnected, ConnectionError, ssl.SSLError)


def test_error_rate_one_is_server_busy(server, client):
    server.faults = FaultConfig(error_rate=1.0)
    answer = client.request("GET", "/{sub}/test/ping")
    assert answer.status == 503
    assert answer.error() == (
        "ServerBusy",
        "The server is currently unable to receive requests. Please retry your request.",
    )
    assert answer.header("x-ms-request-id")


def test_error_status_is_configurable(server, client):
    server.set_faults(error_rate=1.0, error_status=500)
    answer = client.request("GET", "/{sub}/test/ping")
    assert (answer.status, answer.error()[0]) == (500, "InternalError")


def test_drop_rate_one_drops_the_connection(server, client):
    server.set_faults(drop_rate=1.0)
    with pytest.raises(DROPPED):
        client.request("GET", "/{sub}/test/ping")
    server.set_faults(drop_rate=0.0)
    assert client.request("GET", "/{sub}/test/ping").status == 200


def test_conflict_rate_one_refuses_writes_only(server, client):
    server.set_faults(conflict_rate=1.0)
    answer = client.request("POST", "/{sub}/test/items/x", body=b"")
    assert answer.status == 409
    code, message = answer.error()
    assert code == "ConflictError"
    assert message.startswith("Windows Azure is currently performing an operation with x-ms-")
    assert message.endswith("on this resource that requires exclusive access.")
    assert client.request("GET", "/{sub}/test/ping").status == 200


def test_latency_is_added(server, client):
    server.set_faults(latency=0.1)
    started = time.monotonic()
    assert client.request("GET", "/{sub}/test/ping").status == 200
    assert time.monotonic() - started >= 0.1


def test_polling_is_exempt_unless_asked(server, client):
    server.faults = FaultConfig(error_rate=1.0)
    assert client.request("GET", "/{sub}/operations/nope").status == 404
    server.faults = FaultConfig(error_rate=1.0, faults_on_polling=True)
    assert client.request("GET", "/{sub}/operations/nope").status == 503


def test_unauthenticated_requests_are_refused_before_faults(server, make_client, other_cert):
    server.faults = FaultConfig(error_rate=1.0)
    answer = make_client(server, other_cert.pem_path).request("GET", "/{sub}/test/ping")
    assert answer.status == 403


def test_faults_from_the_constructor(make_server, make_client):
    server = make_server(faults=FaultConfig(error_rate=1.0, error_status=503))
    assert make_client(server).request("GET", "/{sub}/test/ping").status == 503


def test_a_seed_makes_faults_reproducible():
    config = FaultConfig(error_rate=0.3, drop_rate=0.2, conflict_rate=0.3, seed=42)

    def run() -> list[FaultAction]:
        injector = FaultInjector(config)
        return [
            injector.decide("/s/services/hostedservices/x", polling=False, write=True).action
            for _ in range(50)
        ]

    first = run()
    assert first == run()
    assert {FaultAction.NONE, FaultAction.DROP, FaultAction.ERROR, FaultAction.CONFLICT} <= set(
        first
    )


def test_conflict_fault_wording_follows_the_path():
    injector = FaultInjector(FaultConfig(conflict_rate=1.0, seed=1))
    decision = injector.decide(
        "/s/services/hostedservices/x/deployments/y", polling=False, write=True
    )
    assert decision.fault is not None
    assert "on this deployment that" in decision.fault.message
    decision = injector.decide("/s/services/hostedservices/x", polling=False, write=True)
    assert decision.fault is not None
    assert "on this hosted service that" in decision.fault.message


@pytest.mark.parametrize(
    "changes",
    [{"error_rate": 1.5}, {"drop_rate": -0.1}, {"latency": -1}, {"error_status": 200}],
)
def test_invalid_fault_configs_are_rejected(changes):
    with pytest.raises(ValueError):
        FaultConfig(**changes)
