"""Azure SQL Database (classic) servers, firewall rules and databases (``/services/sqlservers``).

State layout:

* ``state.backend(subscription_id).sql_servers``: server name -> ``backend.SqlServer``, holding
  the generated ``Server`` model, the administrator password (secret: never logged nor
  answered), the server's ``FirewallRule`` and ``Database`` models by name and the next
  database id;
* ``state.shared("sql_server_names")``: server name -> owning subscription id. Server names
  are DNS names (``<name>.database.windows.net``), unique across Azure.

Behaviour, as ASM (every operation is synchronous, nothing is locked):

* ``create_server`` chooses the name itself: ten lowercase letters and digits, starting with a
  letter. It answers 201 ``<ServerName FullyQualifiedDomainName="...">name</ServerName>``. The
  new server has the ``master`` database (edition System, id 1). Errors, all 400: a login
  holding characters other than letters, digits, ``_``, ``.`` and ``-`` (code 15006, as
  documented for Create Server), a reserved login (``sa``, ``admin``, ``root``, ...), a
  password that is shorter than 8 characters, lacks three of the four kinds of characters or
  holds the login (code 40630), an unknown location.
* ``set_server_admin_password`` checks the new password the same way (400) and answers 200.
* A server, firewall rule or database that does not exist is 404 ``ResourceNotFound`` (the
  server's message is SQL's ``Subscription '...' does not have server '...'.``).
* Firewall rules: names up to 128 characters without ``<>*%&:\\/?``; both addresses valid
  IPv4 and start <= end (400); creating an existing rule is 409; create answers 201 and update
  200 with the rule.
* Databases: names up to 128 characters without ``<>*%&:\\/?`` (and not ``master``); the
  service objective must be one of ``list_service_level_objectives`` and not the system one;
  an edition given must match the objective's (Web and Business go with ``Shared``); a size
  above the edition's maximum is 400; an existing name is 409; ``master`` cannot be deleted
  (400). Create answers 201 and update 200 with the database. New databases get ids from 4 on
  (ids 2 and 3 are taken by hidden system databases in ASM, as recorded answers show).
* ``list_quotas`` answers ``server_dtu_quota`` (2000); ``get_server_event_logs`` checks its
  query (``startDate`` a date and time, ``intervalSizeInMinutes`` 5, 60 or 1440, known
  ``eventTypes``; 400 otherwise) and answers one entry per database and chosen event type
  with no events counted (the emulator sees no database connections).
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import secrets
import string
from dataclasses import dataclass
from typing import Any

from azure_asm.models import (
    CreateDatabaseInput,
    CreateServerInput,
    CreateServerResponse,
    Database,
    EventLog,
    FirewallRule,
    FirewallRuleInput,
    Server,
    ServerAdminPasswordInput,
    ServerQuota,
    ServiceObjective,
    UpdateDatabaseInput,
)

from ..backend import SqlServer
from ..catalogue_locations import canonical_location, paired_region
from ..errors import AsmFault, bad_request
from ..routing import Request
from ..state import State
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter

router = SpecRouter()

SHARED_NAMES = "sql_server_names"
DOMAIN_SUFFIX = ".database.windows.net"
SERVER_VERSION = "2.0"
DEFAULT_COLLATION = "SQL_Latin1_General_CP1_CI_AS"
MASTER = "master"
FIRST_USER_DATABASE_ID = 4
GB = 1024**3
MB = 1024**2

RESERVED_LOGINS = frozenset(
    (
        "sa",
        "admin",
        "administrator",
        "root",
        "dbo",
        "dbmanager",
        "loginmanager",
        "guest",
        "public",
        "sysadmin",
    )
)
_LOGIN = re.compile(r"^[A-Za-z0-9_.\-]{1,128}$")
_RESOURCE_NAME = re.compile(r"^[^<>*%&:\\/?]{1,128}$")
EVENT_TYPES = (
    "connection_successful",
    "connection_failed",
    "connection_terminated",
    "deadlock",
    "throttling",
    "throttling_long_transaction",
)
INTERVAL_SIZES = (5, 60, 1440)

PASSWORD_MESSAGE = (
    "Password validation failed. The password does not meet policy requirements because it "
    "is not complex enough."
)


@dataclass(frozen=True)
class Objective:
    """A service level objective of the catalogue."""

    name: str
    id: str
    edition: str  # the edition databases with this objective have
    is_default: bool = False
    is_system: bool = False
    description: str = ""


OBJECTIVES: tuple[Objective, ...] = (
    Objective("Basic", "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c", "Basic", True, False, "Basic"),
    Objective("S0", "f1173c43-91bd-4aaa-973c-54e79e15235b", "Standard", True, False, "S0"),
    Objective("S1", "1b1ebd4d-d903-4baa-97f9-4ea675f5e928", "Standard", False, False, "S1"),
    Objective("S2", "455330e1-00cd-488b-b5fa-177c226f28b7", "Standard", False, False, "S2"),
    Objective("S3", "789681b8-ca10-4eb0-bdf2-e0b050601b40", "Standard", False, False, "S3"),
    Objective("P1", "7203483a-c4fb-4304-9e9f-17c71c904f5d", "Premium", True, False, "P1"),
    Objective("P2", "a7d1b92d-c987-4375-b54d-2b1d0e0f5bb0", "Premium", False, False, "P2"),
    Objective("P3", "a7c4c615-cfb1-464b-b252-925be0a19446", "Premium", False, False, "P3"),
    Objective("Shared", "910b4fcb-8a29-4c3e-958f-f7ba794388b2", "Shared", True, False, "Shared"),
    Objective("System", "26e021db-f1f9-4c98-84c6-92af8ef433d7", "System", True, True, "System"),
)
"""What ``list_service_level_objectives`` answers (ASM's GUIDs of the 2014-2015 levels)."""

_OBJECTIVES_BY_ID = {objective.id.lower(): objective for objective in OBJECTIVES}
SYSTEM_OBJECTIVE = OBJECTIVES[-1]

#: Edition -> (largest size in bytes, default size in bytes).
EDITION_SIZES: dict[str, tuple[int, int]] = {
    "Basic": (2 * GB, 2 * GB),
    "Standard": (250 * GB, 250 * GB),
    "Premium": (500 * GB, 500 * GB),
    "Web": (5 * GB, 1 * GB),
    "Business": (150 * GB, 10 * GB),
}
_SHARED_EDITIONS = ("Web", "Business")


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0)


def _base_url(request: Request) -> str:
    host = request.header("Host") or "management.core.windows.net"
    return f"https://{host}/{request.subscription_id}/services/sqlservers/servers"


def _new_server_name(state: State) -> str:
    taken = state.shared(SHARED_NAMES)
    alphabet = string.ascii_lowercase + string.digits
    while True:
        name = secrets.choice(string.ascii_lowercase) + "".join(
            secrets.choice(alphabet) for _ in range(9)
        )
        if name not in taken:
            return name


def _check_login(login: str) -> None:
    if not _LOGIN.match(login):
        raise AsmFault(
            400, "15006", f"{login} is not a valid name because it contains invalid characters."
        )
    if login.lower() in RESERVED_LOGINS:
        raise bad_request(
            f"The login name '{login}' is reserved. Choose a different administrator login."
        )


def _check_password(password: str, login: str | None) -> None:
    kinds = sum(
        (
            any(c.isupper() for c in password),
            any(c.islower() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    holds_login = bool(login) and login is not None and login.lower() in password.lower()
    if not 8 <= len(password) <= 128 or kinds < 3 or holds_login:
        raise AsmFault(400, "40630", PASSWORD_MESSAGE)


def _check_resource_name(name: str, noun: str) -> None:
    if not _RESOURCE_NAME.match(name) or name != name.strip():
        raise bad_request(f"The {noun} name '{name}' is not valid.")


def _master(now: datetime.datetime) -> Database:
    return Database(
        name=MASTER,
        type="Microsoft.SqlAzure.Database",
        state="Normal",
        id=1,
        edition="System",
        max_size_gb=5,
        collation_name=DEFAULT_COLLATION,
        creation_date=now,
        is_federation_root=False,
        is_system_object=True,
        max_size_bytes=5 * GB,
        service_objective_id=SYSTEM_OBJECTIVE.id,
        assigned_service_objective_id=SYSTEM_OBJECTIVE.id,
        service_objective_assignment_state=1,
        service_objective_assignment_state_description="Complete",
        service_objective_assignment_error_code=0,
        service_objective_assignment_success_date=now,
        is_suspended=False,
    )


# --- servers --------------------------------------------------------------------------------


def _check_new_server(call: Call[CreateServerInput], body: CreateServerInput) -> None:
    _check_login(body.admin_login or "")
    _check_password(body.admin_password or "", body.admin_login or "")
    if canonical_location(body.location) is None:
        raise bad_request(f"The location '{body.location}' is not a valid location.")


@router.handles("create_server", status=201, check=_check_new_server)
def create_server(call: Call[CreateServerInput]) -> CreateServerResponse:
    state, body = call.state, call.body
    login = body.admin_login or ""
    location = canonical_location(body.location) or ""
    name = _new_server_name(state)
    domain = f"{name}{DOMAIN_SUFFIX}"
    server = Server(
        name=name,
        administrator_login=login,
        location=location,
        geo_paired_region=paired_region(location) or None,
        fully_qualified_domain_name=domain,
        version=SERVER_VERSION,
        state="Ready",
    )
    record = SqlServer(server=server, admin_password=body.admin_password or "")
    record.databases[MASTER] = _master(_now())
    call.backend.sql_servers[name] = record
    state.shared(SHARED_NAMES)[name] = call.subscription_id
    return CreateServerResponse(server_name=name, fully_qualified_domain_name=domain)


def _check_new_password(
    call: Call[ServerAdminPasswordInput], body: ServerAdminPasswordInput
) -> None:
    record = call.backend.sql_servers.get_or_404(call.param("server_name"))
    _check_password(body.admin_password or "", record.server.administrator_login)


@router.handles("set_server_admin_password", check=_check_new_password)
def set_server_admin_password(call: Call[ServerAdminPasswordInput]) -> None:
    record = call.backend.sql_servers.get_or_404(call.param("server_name"))
    record.admin_password = call.body.admin_password or ""


@router.handles("delete_server")
def delete_server(call: Call[None]) -> None:
    name = call.param("server_name")
    call.backend.sql_servers.remove_or_404(name)
    call.state.shared(SHARED_NAMES).pop(name, None)


@router.handles("list_servers")
def list_servers(call: Call[None]) -> list[Server]:
    return [record.server for record in call.backend.sql_servers.values()]


@router.handles("list_quotas")
def list_quotas(call: Call[None]) -> list[ServerQuota]:
    name = call.param("server_name")
    call.backend.sql_servers.get_or_404(name)
    url = f"{_base_url(call.request)}/{name}"
    quota = ServerQuota(
        name="server_dtu_quota",
        type="Microsoft.SqlAzure.ServerQuota",
        state="Normal",
        self_link=f"{url}/serverquotas/server_dtu_quota",
        parent_link=url,
        value=2000,
    )
    return [quota]


def _parse_start_date(text: str) -> datetime.datetime:
    try:
        return datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        raise bad_request(f"The start date '{text}' is not a valid date and time.") from None


@router.handles("get_server_event_logs")
def get_server_event_logs(call: Call[None]) -> list[EventLog]:
    name = call.param("server_name")
    record = call.backend.sql_servers.get_or_404(name)
    query = call.request.query
    for key in ("startDate", "intervalSizeInMinutes", "eventTypes"):
        if key not in query:
            raise bad_request(f"The query parameter '{key}' is required.")
    start = _parse_start_date(query["startDate"])
    try:
        interval = int(query["intervalSizeInMinutes"])
    except ValueError:
        interval = -1
    if interval not in INTERVAL_SIZES:
        raise bad_request("The interval size must be 5, 60 or 1440 minutes.")
    wanted = [kind for kind in query["eventTypes"].split(",") if kind]
    for kind in wanted:
        if kind not in EVENT_TYPES:
            raise bad_request(f"The event type '{kind}' is not valid.")
    url = f"{_base_url(call.request)}/{name}"
    return [
        EventLog(
            name=f"{database}_{kind}",
            type="Microsoft.SqlAzure.EventLog",
            state="Normal",
            self_link=f"{url}/events",
            parent_link=url,
            database_name=database,
            start_time_utc=start.replace(tzinfo=datetime.UTC) if start.tzinfo is None else start,
            interval_size_in_minutes=interval,
            event_category="connectivity" if kind.startswith("connection") else "engine",
            event_type=kind,
            event_subtype=0,
            event_subtype_description=kind,
            number_of_events=0,
            severity=0,
            description="No events were recorded in this interval.",
            additional_data="",
        )
        for database in record.databases
        for kind in (wanted or ["connection_successful"])
    ]


# --- firewall rules -------------------------------------------------------------------------


def _check_range(start: str | None, end: str | None) -> None:
    try:
        first = ipaddress.IPv4Address(start or "")
        last = ipaddress.IPv4Address(end or "")
    except ValueError:
        raise bad_request("The IP address range of the firewall rule is not valid.") from None
    if first > last:
        raise bad_request(
            "The start IP address of the firewall rule must not be greater than its end IP address."
        )


def _check_new_rule(call: Call[FirewallRuleInput], body: FirewallRuleInput) -> None:
    _check_resource_name(body.name or "", "firewall rule")
    _check_range(body.start_ip_address, body.end_ip_address)


def _check_changed_rule(call: Call[FirewallRuleInput], body: FirewallRuleInput) -> None:
    name = call.param("name")
    if body.name != name:
        raise bad_request(
            f"The firewall rule name in the request body ('{body.name}') does not match the "
            f"name in the URI ('{name}')."
        )
    _check_range(body.start_ip_address, body.end_ip_address)


def _new_rule(call: Call[FirewallRuleInput], rule: FirewallRule) -> None:
    rule.type, rule.state = "Microsoft.SqlAzure.FirewallRule", "Normal"


def _linked_rule(call: Call[Any], rule: FirewallRule) -> FirewallRule:
    url = f"{_base_url(call.request)}/{call.param('server_name')}"
    rule.self_link = f"{url}/firewallrules/{rule.name}"
    rule.parent_link = url
    return rule


serve(
    router,
    PlainResource(
        collection=lambda call: (
            call.backend.sql_servers.get_or_404(call.param("server_name")).firewall_rules
        ),
        noun="firewall_rule",
        check=_check_new_rule,
        check_update=_check_changed_rule,
        fill=_new_rule,
        view=_linked_rule,
        answer_create=True,
        answer_update=True,
    ),
)


@router.handles("list_service_level_objectives")
def list_service_level_objectives(call: Call[None]) -> list[ServiceObjective]:
    server = call.param("server_name")
    call.backend.sql_servers.get_or_404(server)
    url = f"{_base_url(call.request)}/{server}"
    return [
        ServiceObjective(
            name=objective.name,
            type="Microsoft.SqlAzure.ServiceObjective",
            state="Normal",
            self_link=f"{url}/serviceobjectives/{objective.id}",
            parent_link=url,
            id=objective.id,
            is_default=objective.is_default,
            is_system=objective.is_system,
            description=objective.description,
            enabled=True,
        )
        for objective in OBJECTIVES
    ]


# --- databases ------------------------------------------------------------------------------


def _linked_database(request: Request, server: str, database: Database) -> Database:
    url = f"{_base_url(request)}/{server}"
    database.self_link = f"{url}/databases/{database.name}"
    database.parent_link = url
    return database


def _objective(objective_id: str | None) -> Objective:
    objective = _OBJECTIVES_BY_ID.get((objective_id or "").lower())
    if objective is None or objective.is_system:
        raise bad_request(f"The service objective '{objective_id}' is not valid.")
    return objective


def _edition_for(objective: Objective, edition: str | None) -> str:
    """The edition a database with ``objective`` gets, checking an ``edition`` given with it."""
    if edition is None:
        return "Web" if objective.edition == "Shared" else objective.edition
    if edition not in EDITION_SIZES:
        raise bad_request(f"The edition '{edition}' is not valid.")
    matches = (
        objective.edition == "Shared"
        if edition in _SHARED_EDITIONS
        else objective.edition == edition
    )
    if not matches:
        raise bad_request(
            f"The service objective '{objective.name}' cannot be used with edition '{edition}'."
        )
    return edition


def _size_for(edition: str, size: int | None) -> int:
    largest, default = EDITION_SIZES[edition]
    if size is None:
        return default
    if not MB <= size <= largest:
        raise bad_request(
            f"The maximum size {size} bytes is not valid for edition '{edition}' "
            f"(at most {largest} bytes)."
        )
    return size


def _check_new_database(call: Call[CreateDatabaseInput], body: CreateDatabaseInput) -> None:
    _check_resource_name(body.name or "", "database")
    objective = _objective(body.service_objective_id)
    _size_for(_edition_for(objective, body.edition), body.max_size_bytes)


@router.handles("create_database", status=201, check=_check_new_database)
def create_database(call: Call[CreateDatabaseInput]) -> Database:
    server = call.param("server_name")
    record = call.backend.sql_servers.get_or_404(server)
    body = call.body
    name = body.name or ""
    objective = _objective(body.service_objective_id)
    edition = _edition_for(objective, body.edition)
    size = _size_for(edition, body.max_size_bytes)
    if name in record.databases:
        raise record.databases.conflict(name)
    now = _now()
    database = Database(
        name=name,
        type="Microsoft.SqlAzure.Database",
        state="Normal",
        id=record.next_database_id,
        edition=edition,
        max_size_gb=max(1, size // GB),
        collation_name=body.collation_name or DEFAULT_COLLATION,
        creation_date=now,
        is_federation_root=False,
        is_system_object=False,
        max_size_bytes=size,
        service_objective_id=objective.id,
        assigned_service_objective_id=objective.id,
        service_objective_assignment_state=1,
        service_objective_assignment_state_description="Complete",
        service_objective_assignment_error_code=0,
        service_objective_assignment_success_date=now,
        recovery_period_start_date=now,
        is_suspended=False,
    )
    record.next_database_id += 1
    record.databases[name] = database
    return _linked_database(call.request, server, database)


@router.handles("update_database")
def update_database(call: Call[UpdateDatabaseInput]) -> Database:
    server, name = call.param("server_name"), call.param("name")
    record = call.backend.sql_servers.get_or_404(server)
    database = record.databases.get_or_404(name)
    body = call.body
    if name.lower() == MASTER:
        raise bad_request("The master database cannot be changed.")
    new_name = body.new_database_name
    if new_name is not None and new_name != name:
        _check_resource_name(new_name, "database")
        if new_name in record.databases:
            raise record.databases.conflict(new_name)
    objective_id = body.service_objective_id or database.service_objective_id
    objective = _objective(objective_id)
    if body.edition is not None or body.service_objective_id is not None:
        edition = _edition_for(objective, body.edition)
    else:
        edition = database.edition or objective.edition
    size = _size_for(edition, body.max_size_bytes or database.max_size_bytes)
    # Every check passed: change the database.
    database.edition = edition
    database.max_size_bytes = size
    database.max_size_gb = max(1, size // GB)
    if objective.id != database.service_objective_id:
        database.service_objective_id = objective.id
        database.assigned_service_objective_id = objective.id
        database.service_objective_assignment_success_date = _now()
    if new_name is not None and new_name != name:
        del record.databases[name]
        database.name = new_name
        record.databases[new_name] = database
    return _linked_database(call.request, server, database)


@router.handles("delete_database")
def delete_database(call: Call[None]) -> None:
    name = call.param("name")
    record = call.backend.sql_servers.get_or_404(call.param("server_name"))
    record.databases.get_or_404(name)
    if name.lower() == MASTER:
        raise bad_request("The master database cannot be deleted.")
    del record.databases[name]


@router.handles("list_databases")
def list_databases(call: Call[None]) -> list[Database]:
    server = call.param("name")
    record = call.backend.sql_servers.get_or_404(server)
    return [_linked_database(call.request, server, db) for db in record.databases.values()]
