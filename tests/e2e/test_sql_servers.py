"""SQL Database servers end to end: servers, admin password, quotas, event logs, firewall
rules and service level objectives (generated client -> HTTPS -> emulator -> state)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import SqlDatabaseManagementService
from azure_asm.models import CreateServerResponse, FirewallRule
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

LOGIN = "azuredb"
PASSWORD = "T5ii-B48x"
BASIC = "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c"
SYSTEM = "26e021db-f1f9-4c98-84c6-92af8ef433d7"


@pytest.fixture
def sql(asm_emulator: AsmEmulator) -> Iterator[SqlDatabaseManagementService]:
    """A strict SQL client of the emulator's subscription (unknown elements fail the test)."""
    client = SqlDatabaseManagementService(
        asm_emulator.subscription_id,
        os.fspath(asm_emulator.cert_path),
        host=asm_emulator.host,
        ca_bundle=os.fspath(asm_emulator.ca_bundle),
        strict=True,
    )
    yield client
    client.transport.close()  # type: ignore[attr-defined]


def _server(sql: SqlDatabaseManagementService) -> str:
    created = sql.create_server(LOGIN, PASSWORD, "West US")
    assert created.server_name is not None
    return created.server_name


def test_create_list_and_delete_servers(sql: SqlDatabaseManagementService) -> None:
    created = sql.create_server(LOGIN, PASSWORD, "west us")
    assert isinstance(created, CreateServerResponse)
    name = created.server_name or ""
    assert re.fullmatch(r"[a-z][a-z0-9]{9}", name), name
    assert created.fully_qualified_domain_name == f"{name}.database.windows.net"
    other = _server(sql)
    assert other != name

    servers = {server.name: server for server in sql.list_servers()}
    assert set(servers) == {name, other}
    server = servers[name]
    assert server.administrator_login == LOGIN
    assert server.location == "West US"  # ASM's spelling of the location
    assert server.fully_qualified_domain_name == f"{name}.database.windows.net"
    assert server.version == "2.0"
    assert server.state == "Ready"

    sql.delete_server(name)
    assert [server.name for server in sql.list_servers()] == [other]
    with pytest.raises(ResourceNotFoundError, match=f"does not have server '{name}'"):
        sql.delete_server(name)


def test_servers_belong_to_their_subscription(
    asm_emulator: AsmEmulator, sql: SqlDatabaseManagementService
) -> None:
    name = _server(sql)
    stranger = asm_emulator.add_subscription()
    other = SqlDatabaseManagementService(
        stranger.subscription_id, host=asm_emulator.host, transport=stranger.transport
    )
    assert other.list_servers() == []
    with pytest.raises(ResourceNotFoundError):
        other.list_firewall_rules(name)


@pytest.mark.parametrize(
    ("login", "password", "code"),
    [
        (LOGIN, "aaaaaaaa", "40630"),  # one kind of character only
        (LOGIN, "Abcdefgh", "40630"),  # two kinds
        ("azuredb", "xAzuredb-1", "40630"),  # holds the login
        ("azure db", PASSWORD, "15006"),  # invalid character in the login
        ("sa", PASSWORD, "BadRequest"),  # reserved login
    ],
)
def test_create_server_refuses_weak_passwords_and_bad_logins(
    sql: SqlDatabaseManagementService, login: str, password: str, code: str
) -> None:
    with pytest.raises(BadRequestError) as caught:
        sql.create_server(login, password, "West US")
    assert caught.value.code == code
    assert password not in str(caught.value)
    assert sql.list_servers() == []


def test_create_server_refuses_unknown_locations(sql: SqlDatabaseManagementService) -> None:
    with pytest.raises(BadRequestError, match="Atlantis"):
        sql.create_server(LOGIN, PASSWORD, "Atlantis")


def test_client_checks_arguments_before_sending(sql: SqlDatabaseManagementService) -> None:
    with pytest.raises(ValueError, match="admin_password"):
        sql.create_server(LOGIN, "short", "West US")
    with pytest.raises(TypeError, match="interval_size_in_minutes"):
        sql.get_server_event_logs("s", "2015-07-01 00:00:00", "sixty")  # type: ignore[arg-type]  ("60" is converted)
    with pytest.raises(ValueError, match="start_ip_address"):
        sql.create_firewall_rule("s", "r", "not an address", "1.2.3.4")
    assert sql.list_servers() == []


def test_set_server_admin_password(sql: SqlDatabaseManagementService) -> None:
    name = _server(sql)
    sql.set_server_admin_password(name, "N3w-Passw0rd")
    with pytest.raises(BadRequestError) as caught:
        sql.set_server_admin_password(name, "password")
    assert caught.value.code == "40630"
    with pytest.raises(ResourceNotFoundError):
        sql.set_server_admin_password("nosuchserver", "N3w-Passw0rd")


def test_quotas(sql: SqlDatabaseManagementService) -> None:
    name = _server(sql)
    (quota,) = sql.list_quotas(name)
    assert quota.name == "server_dtu_quota"
    assert quota.type == "Microsoft.SqlAzure.ServerQuota"
    assert quota.value == 2000
    assert quota.parent_link is not None and quota.parent_link.endswith(f"/servers/{name}")
    with pytest.raises(ResourceNotFoundError):
        sql.list_quotas("nosuchserver")


def test_server_event_logs(sql: SqlDatabaseManagementService) -> None:
    name = _server(sql)
    (entry,) = sql.get_server_event_logs(name, "2015-07-01 00:00:00", 60)
    assert entry.database_name == "master"
    assert entry.event_type == "connection_successful"
    assert entry.interval_size_in_minutes == 60
    assert entry.number_of_events == 0
    assert entry.start_time_utc is not None and entry.start_time_utc.year == 2015

    logs = sql.get_server_event_logs(name, "2015-07-01T00:00:00", 5, "deadlock,throttling")
    assert [log.event_type for log in logs] == ["deadlock", "throttling"]

    with pytest.raises(BadRequestError, match="5, 60 or 1440"):
        sql.get_server_event_logs(name, "2015-07-01 00:00:00", 30)
    with pytest.raises(BadRequestError, match="event type"):
        sql.get_server_event_logs(name, "2015-07-01 00:00:00", 60, "lunch")
    with pytest.raises(ResourceNotFoundError):
        sql.get_server_event_logs("nosuchserver", "2015-07-01 00:00:00", 60)
    with pytest.raises(BadRequestError, match="start date"):  # past the client's own check
        sql.perform_get(
            f"/{sql.subscription_id}/services/sqlservers/servers/{name}/events"
            "?startDate=yesterday&intervalSizeInMinutes=60&eventTypes="
        )


def test_firewall_rules(sql: SqlDatabaseManagementService) -> None:
    name = _server(sql)
    rule = sql.create_firewall_rule(name, "AllowAll", "192.168.144.0", "192.168.144.255")
    assert isinstance(rule, FirewallRule)
    assert (rule.name, rule.start_ip_address, rule.end_ip_address) == (
        "AllowAll",
        "192.168.144.0",
        "192.168.144.255",
    )
    assert rule.type == "Microsoft.SqlAzure.FirewallRule"
    assert rule.self_link is not None and rule.self_link.endswith(f"/{name}/firewallrules/AllowAll")
    sql.create_firewall_rule(name, "Azure", "0.0.0.0", "0.0.0.0")

    updated = sql.update_firewall_rule(name, "AllowAll", "192.168.116.0", "192.168.116.255")
    assert updated.start_ip_address == "192.168.116.0"
    rules = {rule.name: rule for rule in sql.list_firewall_rules(name)}
    assert set(rules) == {"AllowAll", "Azure"}
    assert rules["AllowAll"].end_ip_address == "192.168.116.255"

    with pytest.raises(ConflictError, match="already exists"):
        sql.create_firewall_rule(name, "Azure", "1.1.1.1", "1.1.1.1")
    with pytest.raises(BadRequestError, match="start IP address"):
        sql.create_firewall_rule(name, "Backwards", "10.0.0.9", "10.0.0.1")
    with pytest.raises(BadRequestError, match="not valid"):
        sql.create_firewall_rule(name, "Huge", "10.0.0.300", "10.0.0.301")
    with pytest.raises(ResourceNotFoundError):
        sql.update_firewall_rule(name, "Nope", "1.1.1.1", "1.1.1.1")

    sql.delete_firewall_rule(name, "Azure")
    assert [rule.name for rule in sql.list_firewall_rules(name)] == ["AllowAll"]
    with pytest.raises(ResourceNotFoundError):
        sql.delete_firewall_rule(name, "Azure")
    with pytest.raises(ResourceNotFoundError):
        sql.create_firewall_rule("nosuchserver", "r", "1.1.1.1", "1.1.1.1")


def test_service_level_objectives(sql: SqlDatabaseManagementService) -> None:
    name = _server(sql)
    objectives = {
        objective.name: objective for objective in sql.list_service_level_objectives(name)
    }
    assert {"Basic", "S0", "S1", "S2", "P1", "P2", "P3", "System"} <= set(objectives)
    assert objectives["Basic"].id == BASIC
    assert objectives["Basic"].is_default is True
    assert objectives["System"].id == SYSTEM
    assert objectives["System"].is_system is True
    assert all(objective.enabled for objective in objectives.values())
    with pytest.raises(ResourceNotFoundError):
        sql.list_service_level_objectives("nosuchserver")
