"""SQL Database continuity end to end: copies, restores, recoveries, database operations, DAC
import/export and the single-resource reads, client -> HTTPS -> emulator."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import (
    DacBlobStorageAccessKeyCredentials,
    DacConnectionInfo,
    SqlDatabaseManagementService,
)
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

S1 = "1b1ebd4d-d903-4baa-97f9-4ea675f5e928"
PASSWORD = "T5ii-B48x"


@pytest.fixture
def sql(asm_emulator: AsmEmulator) -> Iterator[SqlDatabaseManagementService]:
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
    name = sql.create_server("azuredb", PASSWORD, "West US").server_name
    assert name is not None
    return name


def _settle(asm_emulator: AsmEmulator) -> None:
    asm_emulator.server.state.operations.finish_all()


def test_single_reads(sql: SqlDatabaseManagementService) -> None:
    server = _server(sql)
    sql.create_database(server, "db1", S1)
    database = sql.get_database(server, "db1")
    assert (database.name, database.service_objective_id) == ("db1", S1)
    sql.create_firewall_rule(server, "office", "10.0.0.1", "10.0.0.9")
    rule = sql.get_firewall_rule(server, "office")
    assert (rule.start_ip_address, rule.end_ip_address) == ("10.0.0.1", "10.0.0.9")
    assert sql.get_quota(server, "server_dtu_quota").value == 2000
    objective = sql.get_service_level_objective(server, S1)
    assert objective.name == "S1"
    logs = sql.get_database_event_logs(server, "db1", "2014-01-01 00:00:00", 60, "deadlock")
    assert [(log.database_name, log.event_type) for log in logs] == [("db1", "deadlock")]
    for missing in (
        lambda: sql.get_database(server, "nope"),
        lambda: sql.get_firewall_rule(server, "nope"),
        lambda: sql.get_quota(server, "nope"),
        lambda: sql.get_service_level_objective(server, "nope"),
        lambda: sql.get_database_event_logs(server, "nope", "2014-01-01", 60),
    ):
        with pytest.raises(ResourceNotFoundError):
            missing()


def test_database_copy_seeds_then_catches_up(
    sql: SqlDatabaseManagementService, asm_emulator: AsmEmulator
) -> None:
    asm_emulator.server.operation_delay = 60.0
    primary, secondary = _server(sql), _server(sql)
    sql.create_database(primary, "orders", S1)
    link = sql.create_database_copy(primary, "orders", secondary, "orders", is_continuous=True)
    assert link.replication_state_description == "SEEDING" and link.is_termination_allowed is False
    assert (link.source_server_name, link.destination_server_name) == (primary, secondary)
    assert link.is_local_database_replication_target is False
    assert link.name is not None
    assert sql.get_database(secondary, "orders").state == "Copying"
    (seen,) = sql.list_database_copies(secondary, "orders")
    assert seen.name == link.name and seen.is_local_database_replication_target is True
    with pytest.raises(BadRequestError):  # not while seeding
        sql.update_database_copy(primary, "orders", link.name)
    with pytest.raises(ConflictError):
        sql.create_database_copy(primary, "orders", secondary, "orders")
    (operation,) = sql.list_database_operations(secondary)
    assert operation.state == "IN_PROGRESS" and operation.database_name == "orders"

    _settle(asm_emulator)
    seeded = sql.get_database_copy(primary, "orders", link.name)
    assert seeded.replication_state_description == "CATCH_UP" and seeded.percent_complete == 100
    assert sql.get_database(secondary, "orders").state == "Normal"
    assert sql.get_database_operation(secondary, operation.id or "").state == "COMPLETED"
    ended = sql.update_database_copy(primary, "orders", link.name, is_forced_terminate=False)
    assert ended.replication_state_description == "TERMINATED"
    assert sql.list_database_copies(primary, "orders") == []
    with pytest.raises(ResourceNotFoundError):
        sql.delete_database_copy(primary, "orders", link.name)


def test_one_off_copy_link_ends_when_seeded(
    sql: SqlDatabaseManagementService, asm_emulator: AsmEmulator
) -> None:
    server = _server(sql)
    sql.create_database(server, "db", S1)
    link = sql.create_database_copy(server, "db", server, "db_copy")
    assert [c.name for c in sql.list_database_copies(server, "db_copy")] == [link.name]
    _settle(asm_emulator)
    assert sql.list_database_copies(server, "db") == []
    with pytest.raises(ResourceNotFoundError):
        sql.get_database_copy(server, "db", link.name or "")
    assert {db.name for db in sql.list_databases(server)} == {"master", "db", "db_copy"}


def test_restore_live_and_dropped_databases(
    sql: SqlDatabaseManagementService, asm_emulator: AsmEmulator
) -> None:
    asm_emulator.server.operation_delay = 60.0
    server = _server(sql)
    sql.create_database(server, "live", S1)
    restore = sql.restore_database(server, "live", "live_restored")
    assert restore.request_id and restore.target_server_name == server
    assert sql.get_database(server, "live_restored").state == "Restoring"
    (operation,) = sql.list_database_operations_by_database(server, "live_restored")
    assert operation.id == restore.request_id and operation.name == "RESTORE DATABASE"
    assert sql.list_database_operations_by_database(server, "live") == []
    with pytest.raises(BadRequestError):
        sql.restore_database(
            server,
            "live",
            "too_old",
            target_utc_point_in_time=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC),
        )
    with pytest.raises(ConflictError):
        sql.restore_database(server, "live", "live")
    _settle(asm_emulator)
    assert sql.get_database(server, "live_restored").state == "Normal"
    assert sql.get_database_operation(server, restore.request_id).percent_complete == 100

    assert sql.list_restorable_dropped_databases(server) == []
    sql.delete_database(server, "live")
    (dropped,) = sql.list_restorable_dropped_databases(server)
    assert dropped.name == "live" and dropped.deletion_date is not None
    assert dropped.entity_id is not None and dropped.entity_id.startswith("live,")
    assert sql.get_restorable_dropped_database(server, dropped.entity_id).name == "live"
    with pytest.raises(ResourceNotFoundError):
        sql.get_restorable_dropped_database(server, "live,1")
    sql.restore_database(
        server, "live", "live", source_database_deletion_date=dropped.deletion_date
    )
    assert sql.get_database(server, "live").name == "live"
    with pytest.raises(ResourceNotFoundError):
        sql.restore_database(
            server,
            "live",
            "again",
            source_database_deletion_date=datetime.datetime(2001, 1, 1, tzinfo=datetime.UTC),
        )


def test_recover_database_to_another_server(sql: SqlDatabaseManagementService) -> None:
    source, target = _server(sql), _server(sql)
    sql.create_database(source, "books", S1)
    assert [db.name for db in sql.list_recoverable_databases(source)] == ["books"]
    assert sql.get_recoverable_database(source, "books").server_name == source
    with pytest.raises(ResourceNotFoundError):
        sql.get_recoverable_database(source, "master")
    recovery = sql.recover_database(source, "books", target_server_name=target)
    assert (recovery.target_server_name, recovery.target_database_name) == (target, "books")
    assert sql.get_database(target, "books").name == "books"
    with pytest.raises(ResourceNotFoundError):
        sql.recover_database(source, "nope")


def test_dac_export_and_import(
    sql: SqlDatabaseManagementService, asm_emulator: AsmEmulator
) -> None:
    asm_emulator.server.operation_delay = 60.0
    server = _server(sql)
    domain = f"{server}.database.windows.net"
    sql.create_database(server, "shop", S1)
    blob = DacBlobStorageAccessKeyCredentials(
        uri="https://acct.blob.core.windows.net/bacpac/shop.bacpac", storage_access_key="a2V5"
    )
    login = DacConnectionInfo(
        database_name="shop", password=PASSWORD, server_name=domain, user_name="azuredb"
    )
    exported = sql.export_database(server, blob, login).guid
    assert exported
    (status,) = sql.get_dac_status(server, domain, "azuredb", PASSWORD, exported)
    assert status.request_type == "Export" and (status.status or "").startswith("Running")
    assert status.blob_uri == blob.uri and status.database_name == "shop"

    login.database_name = "shop2"
    imported = sql.import_database(server, blob, login, azure_edition="Standard").guid
    assert imported
    assert sql.get_database(server, "shop2").state == "Importing"
    _settle(asm_emulator)
    (done,) = sql.get_dac_status_post(server, PASSWORD, imported, domain, "azuredb")
    assert (done.request_type, done.status) == ("Import", "Completed")
    assert sql.get_database(server, "shop2").edition == "Standard"

    login.password = "wrong-Passw0rd"
    failed = sql.export_database(server, blob, login).guid or ""
    with pytest.raises(BadRequestError):  # the status request itself needs a good login
        sql.get_dac_status(server, domain, "azuredb", "wrong-Passw0rd", failed)
    (status,) = sql.get_dac_status(server, domain, "azuredb", PASSWORD, failed)
    assert status.status == "Failed" and "Login failed" in (status.error_message or "")
