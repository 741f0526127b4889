"""SQL databases end to end: create, list, update (rename, edition, size, objective), delete."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from azure_asm import SqlDatabaseManagementService
from azure_asm.models import Database
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

BASIC = "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c"
S1 = "1b1ebd4d-d903-4baa-97f9-4ea675f5e928"
SYSTEM = "26e021db-f1f9-4c98-84c6-92af8ef433d7"
GB = 1024**3


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


@pytest.fixture
def server(sql: SqlDatabaseManagementService) -> str:
    name = sql.create_server("azuredb", "T5ii-B48x", "West US").server_name
    assert name is not None
    return name


def test_a_new_server_has_master(sql: SqlDatabaseManagementService, server: str) -> None:
    (master,) = sql.list_databases(server)
    assert master.name == "master"
    assert master.id == 1
    assert master.edition == "System"
    assert master.is_system_object is True
    assert master.service_objective_id == SYSTEM
    assert master.self_link is not None and master.self_link.endswith(
        f"/servers/{server}/databases/master"
    )


def test_create_list_update_and_delete(sql: SqlDatabaseManagementService, server: str) -> None:
    before = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=2)
    created = sql.create_database(server, "temp", BASIC, edition="Basic")
    assert isinstance(created, Database)
    assert created.name == "temp"
    assert created.id == 4
    assert created.edition == "Basic"
    assert created.max_size_bytes == 2 * GB
    assert created.max_size_gb == 2
    assert created.collation_name == "SQL_Latin1_General_CP1_CI_AS"
    assert created.service_objective_id == BASIC
    assert created.is_system_object is False
    assert created.creation_date is not None and created.creation_date >= before

    other = sql.create_database(
        server, "sales", S1, collation_name="Latin1_General_CS_AS", max_size_bytes=10 * GB
    )
    assert (other.edition, other.id, other.max_size_bytes) == ("Standard", 5, 10 * GB)
    assert other.collation_name == "Latin1_General_CS_AS"
    assert [db.name for db in sql.list_databases(server)] == ["master", "temp", "sales"]

    updated = sql.update_database(
        server, "temp", new_database_name="temp2", service_objective_id=S1, edition="Standard"
    )
    assert (updated.name, updated.edition, updated.service_objective_id) == (
        "temp2",
        "Standard",
        S1,
    )
    assert updated.id == 4
    assert updated.max_size_bytes == 2 * GB  # kept: still allowed by the new edition
    resized = sql.update_database(server, "temp2", max_size_bytes=20 * GB)
    assert resized.max_size_gb == 20
    names = [db.name for db in sql.list_databases(server)]
    assert names == ["master", "sales", "temp2"]

    sql.delete_database(server, "temp2")
    assert [db.name for db in sql.list_databases(server)] == ["master", "sales"]
    with pytest.raises(ResourceNotFoundError, match="temp2"):
        sql.delete_database(server, "temp2")


def test_database_refusals(sql: SqlDatabaseManagementService, server: str) -> None:
    sql.create_database(server, "temp", BASIC)
    with pytest.raises(ConflictError, match="already exists"):
        sql.create_database(server, "TEMP", BASIC)  # names compare ignoring case
    with pytest.raises(ConflictError):
        sql.create_database(server, "master", BASIC)
    with pytest.raises(BadRequestError, match="service objective"):
        sql.create_database(server, "x", "00000000-0000-0000-0000-000000000000")
    with pytest.raises(BadRequestError, match="service objective"):
        sql.create_database(server, "x", SYSTEM)  # reserved for master
    with pytest.raises(BadRequestError, match="cannot be used with edition"):
        sql.create_database(server, "x", S1, edition="Basic")
    with pytest.raises(BadRequestError, match="maximum size"):
        sql.create_database(server, "x", BASIC, max_size_bytes=5 * GB)
    with pytest.raises(BadRequestError, match="name"):
        sql.create_database(server, "a/b", BASIC)
    with pytest.raises(BadRequestError, match="master"):
        sql.delete_database(server, "master")
    sql.create_database(server, "other", BASIC)
    with pytest.raises(ConflictError):
        sql.update_database(server, "other", new_database_name="temp")
    with pytest.raises(ResourceNotFoundError):
        sql.update_database(server, "missing", edition="Basic")
    with pytest.raises(ValueError, match="edition"):
        sql.create_database(server, "x", BASIC, edition="Gold")  # refused before sending
    assert [db.name for db in sql.list_databases(server)] == ["master", "temp", "other"]


def test_unknown_server(sql: SqlDatabaseManagementService) -> None:
    with pytest.raises(ResourceNotFoundError, match="does not have server 'nosuchserver'"):
        sql.list_databases("nosuchserver")
    with pytest.raises(ResourceNotFoundError):
        sql.create_database("nosuchserver", "temp", BASIC)


def test_deleting_a_server_deletes_its_databases(
    sql: SqlDatabaseManagementService, server: str
) -> None:
    sql.create_database(server, "temp", BASIC)
    sql.delete_server(server)
    with pytest.raises(ResourceNotFoundError):
        sql.list_databases(server)
