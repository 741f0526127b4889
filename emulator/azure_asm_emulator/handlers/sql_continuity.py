"""SQL Database business continuity and single reads (``spec/sql_continuity.yaml``).

State layout (next to the servers of ``sql_servers``, whose ``SqlServer.databases`` these
handlers add databases to):

* ``state.resources(subscription_id, "sql_background")``: the long-running work of the
  subscription's servers, request id -> ``Background`` (a database operation: what it does,
  to which database of which server, and the engine ``Operation`` timing it);
* ``state.resources(subscription_id, "sql_database_copies")``: link name -> ``CopyLink``;
* ``state.resources(subscription_id, DROPPED_DATABASES)``: lower-cased server name -> the
  databases ``delete_database`` removed, with their deletion time;
* ``state.resources(subscription_id, "sql_dac_requests")``: request id -> ``DacRequest``.

Behaviour, as ASM: every call answers at once; copies, restores, recoveries and DAC imports
and exports then run in the background for the emulator's operation delay (on the engine's
clock, so ``ManualClock`` tests move them): their new database is ``Copying`` / ``Restoring``
/ ``Importing`` until then, their database operation ``IN_PROGRESS`` with a growing
``percent_complete``, then ``COMPLETED``. A one-off copy's link disappears once seeded; a
continuous one stays in ``CATCH_UP`` until update_database_copy terminates it (refused while
seeding unless forced) or delete_database_copy removes it. A restore names a live database
(with a point in time not before its creation) or a dropped one by its deletion date; a
target name in use is 409, an unknown source or target server 404. DAC requests check the
login against the server's administrator: a wrong one makes the request ``Failed``.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from dataclasses import dataclass
from typing import Any

from azure_asm.models import (
    DacExportInput,
    DacImportInput,
    DacRequestId,
    DacStatusInfo,
    DacStatusInput,
    Database,
    DatabaseCopy,
    DatabaseCopyInput,
    DatabaseCopyUpdateInput,
    DatabaseOperation,
    EventLog,
    RecoverableDatabase,
    RecoverDatabaseInput,
    RecoverDatabaseOperation,
    RestorableDroppedDatabase,
    RestoreDatabaseInput,
    RestoreDatabaseOperation,
    ServerQuota,
    ServiceObjective,
)

from ..backend import SqlServer
from ..errors import bad_request
from ..operations import Operation
from ..state import State
from . import sql_servers
from .spec_io import Call, SpecRouter, conflict, not_found
from .sql_servers import DROPPED_DATABASES, MASTER

router = SpecRouter()

_FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _server(call: Call[Any], name: str | None = None) -> SqlServer:
    return call.backend.sql_servers.get_or_404(name or call.param("server_name"))


def _store(call: Call[Any], kind: str) -> dict[str, Any]:
    return call.state.resources(call.subscription_id, kind)


# --- single reads ---------------------------------------------------------------------------


@router.handles("get_database")
def get_database(call: Call[None]) -> Database:
    server = call.param("server_name")
    database = sql_servers.get_database_or_404(_server(call), call.param("name"))
    return sql_servers.linked_database(call.request, server, database)


def _one(found: list[Any], what: str, wanted: str, key: str) -> Any:
    for item in found:
        if str(getattr(item, key)).lower() == wanted.lower():
            return item
    raise not_found(f"The {what} '{wanted}' does not exist.")


@router.handles("get_quota")
def get_quota(call: Call[None]) -> ServerQuota:
    quota = call.param("quota_name")
    return _one(sql_servers.list_quotas(call), "quota", quota, "name")  # type: ignore[no-any-return]


@router.handles("get_service_level_objective")
def get_service_level_objective(call: Call[None]) -> ServiceObjective:
    objectives = sql_servers.list_service_level_objectives(call)
    wanted = call.param("service_objective_id")
    return _one(objectives, "service objective", wanted, "id")  # type: ignore[no-any-return]


@router.handles("get_database_event_logs")
def get_database_event_logs(call: Call[None]) -> list[EventLog]:
    name = call.param("database_name")
    sql_servers.get_database_or_404(_server(call), name)
    return [log for log in sql_servers.get_server_event_logs(call) if log.database_name == name]


# --- background work and database operations ------------------------------------------------


@dataclass
class Background:
    """A database operation: ``kind`` (``RESTORE DATABASE``, ...) on ``database``."""

    id: str
    kind: str
    server: str
    database: str
    operation: Operation
    start_time: datetime.datetime

    def progress(self, state: State) -> float:
        """Done fraction, 0 to 1, on the engine's clock."""
        if self.operation.done:
            return 1.0
        span = self.operation.due_at - self.operation.started_at
        elapsed = state.operations.clock.now() - self.operation.started_at
        return min(0.99, elapsed / span) if span > 0 else 0.99


def _run(
    call: Call[Any], kind: str, server: str, database: Database | None, name: str, busy: str
) -> Background:
    """Start ``kind`` on database ``name`` of ``server`` (``database``, now ``busy``)."""
    if database is not None:
        database.state = busy

    def finish() -> None:
        if database is not None:
            database.state = "Normal"

    operation = call.state.operations.start(kind, subscription_id=call.subscription_id, work=finish)
    background = Background(operation.request_id, kind, server, name, operation, _now())
    _store(call, "sql_background")[background.id] = background
    return background


def _operation_view(call: Call[Any], background: Background) -> DatabaseOperation:
    progress = background.progress(call.state)
    done = progress >= 1.0
    url = f"{sql_servers.base_url(call.request)}/{background.server}"
    return DatabaseOperation(
        name=background.kind,
        type="Microsoft.SqlAzure.DatabaseOperation",
        state="COMPLETED" if done else "IN_PROGRESS",
        self_link=f"{url}/databaseoperations/{background.id}",
        parent_link=url,
        id=background.id,
        state_id=2 if done else 1,
        session_activity_id=background.id,
        database_name=background.database,
        percent_complete=int(progress * 100),
        error_code=0,
        error="",
        error_severity=0,
        error_state=0,
        start_time=background.start_time,
        last_modify_time=_now(),
    )


def _operations_of(call: Call[Any]) -> list[Background]:
    server = call.param("server_name")
    _server(call)
    found = _store(call, "sql_background").values()
    return [item for item in found if item.server.lower() == server.lower()]


@router.handles("get_database_operation")
def get_database_operation(call: Call[None]) -> DatabaseOperation:
    wanted = call.param("operation_id")
    for background in _operations_of(call):
        if background.id == wanted:
            return _operation_view(call, background)
    raise not_found(f"The database operation '{wanted}' does not exist.")


# list_database_operations and list_database_operations_by_database share this route: the
# `databaseName` query parameter tells them apart.
@router.handles("list_database_operations")
def list_database_operations(call: Call[None]) -> list[DatabaseOperation]:
    found = _operations_of(call)
    database = call.request.query.get("databaseName")
    if database is not None:
        found = [item for item in found if item.database.lower() == database.lower()]
    return [_operation_view(call, item) for item in found]


def _new_database(call: Call[Any], target: SqlServer, like: Database, name: str) -> Database:
    if name.lower() in (existing.lower() for existing in target.databases):
        raise conflict(f"Database '{name}' already exists. Choose a different database name.")
    database = copy.deepcopy(like)
    now = _now()
    database.name, database.id = name, target.next_database_id
    database.creation_date = database.recovery_period_start_date = now
    database.is_system_object = False
    target.next_database_id += 1
    target.databases[name] = database
    return database


# --- database copies ------------------------------------------------------------------------


@dataclass
class CopyLink:
    name: str
    source_server: str
    source_database: str
    target_server: str
    target_database: str
    is_continuous: bool
    is_offline_secondary: bool
    seeding: Background


def _links(call: Call[Any]) -> dict[str, CopyLink]:
    links = _store(call, "sql_database_copies")
    for name, link in list(links.items()):  # a one-off copy's link ends with its seeding
        if not link.is_continuous and link.seeding.operation.done:
            del links[name]
    return links


def _copy_view(call: Call[Any], link: CopyLink, server: str) -> DatabaseCopy:
    progress = link.seeding.progress(call.state)
    seeded = progress >= 1.0
    local_target = server.lower() == link.target_server.lower()
    local = _server(call, link.target_server if local_target else link.source_server)
    database = local.databases.get(link.target_database if local_target else link.source_database)
    url = f"{sql_servers.base_url(call.request)}/{server}/databases/{link.source_database}"
    state, description = (2, "CATCH_UP") if seeded else (1, "SEEDING")
    return DatabaseCopy(
        name=link.name,
        type="Microsoft.SqlAzure.DatabaseCopy",
        state="Normal",
        self_link=f"{url}/databasecopies/{link.name}",
        parent_link=url,
        source_server_name=link.source_server,
        source_database_name=link.source_database,
        destination_server_name=link.target_server,
        destination_database_name=link.target_database,
        is_continuous=link.is_continuous,
        replication_state=state,
        replication_state_description=description,
        local_database_id=database.id if database is not None else None,
        is_local_database_replication_target=local_target,
        is_interlink_connected=True,
        start_date=link.seeding.start_time,
        modify_date=_now(),
        percent_complete=round(progress * 100, 2),
        is_offline_secondary=link.is_offline_secondary,
        is_termination_allowed=seeded,
    )


def _link_of(call: Call[Any]) -> CopyLink:
    server, database = call.param("server_name"), call.param("database_name")
    sql_servers.get_database_or_404(_server(call), database)
    link = _links(call).get(call.param("copy_name"))
    if link is None or (server.lower(), database) not in _ends(link):
        raise not_found(f"The database copy '{call.param('copy_name')}' does not exist.")
    return link


def _ends(link: CopyLink) -> tuple[tuple[str, str], tuple[str, str]]:
    return (
        (link.source_server.lower(), link.source_database),
        (link.target_server.lower(), link.target_database),
    )


@router.handles("create_database_copy", status=201)
def create_database_copy(call: Call[DatabaseCopyInput]) -> DatabaseCopy:
    server, name = call.param("server_name"), call.param("database_name")
    source = sql_servers.get_database_or_404(_server(call), name)
    if name == MASTER:
        raise bad_request("The master database cannot be copied.")
    body = call.body
    target_server = body.partner_server or ""
    target = _new_database(call, _server(call, target_server), source, body.partner_database or "")
    seeding = _run(
        call, "CREATE DATABASE COPY", target_server, target, target.name or "", "Copying"
    )
    link = CopyLink(
        str(uuid.uuid4()),
        server,
        name,
        target_server,
        target.name or "",
        bool(body.is_continuous),
        bool(body.is_offline_secondary),
        seeding,
    )
    _links(call)[link.name] = link
    return _copy_view(call, link, server)


@router.handles("update_database_copy")
def update_database_copy(call: Call[DatabaseCopyUpdateInput]) -> DatabaseCopy:
    link = _link_of(call)
    view = _copy_view(call, link, call.param("server_name"))
    if not view.is_termination_allowed and not call.body.is_forced_terminate:
        raise bad_request("The database copy cannot be terminated while it is seeding.")
    del _links(call)[link.name]
    view.replication_state, view.replication_state_description = 3, "TERMINATED"
    return view


@router.handles("delete_database_copy")
def delete_database_copy(call: Call[None]) -> None:
    del _links(call)[_link_of(call).name]


@router.handles("get_database_copy")
def get_database_copy(call: Call[None]) -> DatabaseCopy:
    return _copy_view(call, _link_of(call), call.param("server_name"))


@router.handles("list_database_copies")
def list_database_copies(call: Call[None]) -> list[DatabaseCopy]:
    server, database = call.param("server_name"), call.param("database_name")
    sql_servers.get_database_or_404(_server(call), database)
    return [
        _copy_view(call, link, server)
        for link in _links(call).values()
        if (server.lower(), database) in _ends(link)
    ]


# --- restore and recovery -------------------------------------------------------------------


def _entity_id(name: str, deleted: datetime.datetime) -> str:
    ticks = int((deleted - _FILETIME_EPOCH).total_seconds()) * 10_000_000
    return f"{name},{ticks}"


def _dropped_view(call: Call[Any], database: Database, deleted: datetime.datetime) -> Any:
    server = call.param("server_name")
    url = f"{sql_servers.base_url(call.request)}/{server}"
    entity = _entity_id(database.name or "", deleted)
    return RestorableDroppedDatabase(
        name=database.name,
        type="Microsoft.SqlAzure.RestorableDroppedDatabase",
        state="Normal",
        self_link=f"{url}/restorabledroppeddatabases/{entity}",
        parent_link=url,
        entity_id=entity,
        server_name=server,
        edition=database.edition,
        max_size_bytes=database.max_size_bytes,
        creation_date=database.creation_date,
        deletion_date=deleted,
        recovery_period_start_date=database.recovery_period_start_date,
    )


def _dropped(call: Call[Any]) -> list[tuple[Database, datetime.datetime]]:
    _server(call)
    found: list[tuple[Database, datetime.datetime]] = _store(call, DROPPED_DATABASES).get(
        call.param("server_name").lower(), []
    )
    return found


@router.handles("list_restorable_dropped_databases")
def list_restorable_dropped_databases(call: Call[None]) -> list[RestorableDroppedDatabase]:
    return [_dropped_view(call, database, deleted) for database, deleted in _dropped(call)]


@router.handles("get_restorable_dropped_database")
def get_restorable_dropped_database(call: Call[None]) -> RestorableDroppedDatabase:
    views = list_restorable_dropped_databases(call)
    return _one(views, "restorable dropped database", call.param("entity_id"), "entity_id")  # type: ignore[no-any-return]


def _recoverable_view(call: Call[Any], database: Database) -> RecoverableDatabase:
    server = call.param("server_name")
    url = f"{sql_servers.base_url(call.request)}/{server}"
    return RecoverableDatabase(
        name=database.name,
        type="Microsoft.SqlAzure.RecoverableDatabase",
        state="Normal",
        self_link=f"{url}/recoverabledatabases/{database.name}",
        parent_link=url,
        entity_id=database.name,
        server_name=server,
        edition=database.edition,
        last_available_backup_date=database.creation_date,
    )


@router.handles("list_recoverable_databases")
def list_recoverable_databases(call: Call[None]) -> list[RecoverableDatabase]:
    databases = _server(call).databases.values()
    return [_recoverable_view(call, db) for db in databases if db.name != MASTER]


@router.handles("get_recoverable_database")
def get_recoverable_database(call: Call[None]) -> RecoverableDatabase:
    name = call.param("database_name")
    database = sql_servers.get_database_or_404(_server(call), name)
    if name == MASTER:
        raise not_found(f"The recoverable database '{name}' does not exist.")
    return _recoverable_view(call, database)


def _restore_source(call: Call[RestoreDatabaseInput]) -> Database:
    body, record = call.body, _server(call)
    name = body.source_database_name or ""
    if body.source_database_deletion_date is None:
        source = sql_servers.get_database_or_404(record, name)
        point = body.target_utc_point_in_time
        start = source.recovery_period_start_date or source.creation_date
        if point is not None and start is not None and not start <= point <= _now():
            raise bad_request(f"The point in time {point.isoformat()} is outside the backups.")
        return source
    wanted = body.source_database_deletion_date.replace(microsecond=0)
    for database, deleted in _dropped(call):
        if database.name == name and deleted == wanted:
            return database
    raise not_found(f"No dropped database '{name}' was deleted at {wanted.isoformat()}.")


@router.handles("restore_database", status=201)
def restore_database(call: Call[RestoreDatabaseInput]) -> RestoreDatabaseOperation:
    source, body = _restore_source(call), call.body
    target_server = body.target_server_name or call.param("server_name")
    target = _server(call, target_server)
    name = body.target_database_name or ""
    database = _new_database(call, target, source, name)
    work = _run(call, "RESTORE DATABASE", target_server, database, name, "Restoring")
    return RestoreDatabaseOperation(
        name=work.id,
        type="Microsoft.SqlAzure.RestoreDatabaseOperation",
        state="Normal",
        request_id=work.id,
        source_database_name=body.source_database_name,
        source_database_deletion_date=body.source_database_deletion_date,
        target_server_name=target_server,
        target_database_name=name,
        target_utc_point_in_time=body.target_utc_point_in_time,
    )


@router.handles("recover_database", status=201)
def recover_database(call: Call[RecoverDatabaseInput]) -> RecoverDatabaseOperation:
    body = call.body
    source_name = body.source_database_name or ""
    source = sql_servers.get_database_or_404(_server(call), source_name)
    target_server = body.target_server_name or call.param("server_name")
    name = body.target_database_name or source_name
    database = _new_database(call, _server(call, target_server), source, name)
    work = _run(call, "RECOVER DATABASE", target_server, database, name, "Restoring")
    return RecoverDatabaseOperation(
        name=work.id,
        type="Microsoft.SqlAzure.RecoverDatabaseOperation",
        state="Normal",
        request_id=work.id,
        source_database_name=source_name,
        target_server_name=target_server,
        target_database_name=name,
    )


# --- DAC import / export --------------------------------------------------------------------


@dataclass
class DacRequest:
    kind: str  # Import or Export
    server: str
    domain: str
    database: str
    blob_uri: str
    error: str | None
    work: Background


def _login_error(record: SqlServer, domain: str, user: str | None, password: str | None) -> str:
    if domain.lower() != (record.server.fully_qualified_domain_name or "").lower():
        return f"Cannot open server '{domain}'."
    if user != record.server.administrator_login or password != record.admin_password:
        return f"Login failed for user '{user}'."
    return ""


def _dac(call: Call[Any], kind: str, body: DacExportInput | DacImportInput) -> DacRequestId:
    record, server = _server(call), call.param("server_name")
    info, blob = body.connection_info, body.blob_credentials
    assert info is not None and blob is not None  # required members, checked by the validator
    domain, name = info.server_name or "", info.database_name or ""
    error = _login_error(record, domain, info.user_name, info.password)
    imported: Database | None = None
    if not error and kind == "Export":
        sql_servers.get_database_or_404(record, name)
    elif not error and name in record.databases:
        error = f"Database '{name}' already exists."
    elif not error:
        imported = _new_database(call, record, record.databases[MASTER], name)
        imported.edition = getattr(body, "azure_edition", None) or "Basic"
        imported.service_objective_id = imported.assigned_service_objective_id = None
    work = _run(call, f"{kind.upper()} DATABASE", server, imported, name, "Importing")
    request = DacRequest(kind, server, domain, name, getattr(blob, "uri", "") or "", error, work)
    _store(call, "sql_dac_requests")[work.id] = request
    return DacRequestId(guid=work.id)


@router.handles("export_database")
def export_database(call: Call[DacExportInput]) -> DacRequestId:
    return _dac(call, "Export", call.body)


@router.handles("import_database")
def import_database(call: Call[DacImportInput]) -> DacRequestId:
    return _dac(call, "Import", call.body)


def _dac_status(
    call: Call[Any], domain: str, user: str | None, password: str | None, request_id: str
) -> list[DacStatusInfo]:
    record = _server(call)
    error = _login_error(record, domain, user, password)
    if error:
        raise bad_request(error)
    request = _store(call, "sql_dac_requests").get(request_id)
    if request is None or request.server.lower() != call.param("server_name").lower():
        raise not_found(f"The DAC request '{request_id}' does not exist.")
    progress = request.work.progress(call.state)
    status = (
        "Failed"
        if request.error
        else "Completed"
        if progress >= 1.0
        else f"Running, Progress = {int(progress * 100)}%"
    )
    return [
        DacStatusInfo(
            blob_uri=request.blob_uri,
            database_name=request.database,
            error_message=request.error or None,
            last_modified_time=_now(),
            queued_time=request.work.start_time,
            request_id=request_id,
            request_type=request.kind,
            server_name=request.domain,
            status=status,
        )
    ]


@router.handles("get_dac_status")
def get_dac_status(call: Call[None]) -> list[DacStatusInfo]:
    query = call.request.query
    return _dac_status(
        call,
        query.get("servername", ""),
        query.get("username"),
        query.get("password"),
        query.get("reqId", ""),
    )


@router.handles("get_dac_status_post")
def get_dac_status_post(call: Call[DacStatusInput]) -> list[DacStatusInfo]:
    body = call.body
    return _dac_status(
        call,
        body.fully_qualified_server_name or "",
        body.user_name,
        body.password,
        body.request_id or "",
    )
