"""Migration of classic network resources to Azure Resource Manager: validate, prepare, commit
and abort for network security groups, route tables, reserved IPs and virtual networks
(``POST .../{name}/migration?comp=validate|prepare|commit|abort``).

State layout: ``state.backend(subscription_id).network_migrations`` holds ``<kind>:<name>``
for each resource prepared for migration; a virtual network also shows it as its
``migration_state`` (``Prepared``).

Behaviour, as ASM (x-ms-version 2016-07-01): an unknown resource is 404. Validate answers the
problems found (a resource already prepared is one). Prepare (asynchronous) refuses (400) a
prepared resource; commit and abort refuse (400) one that is not. Commit takes the resource out
of the classic model (a virtual network also out of the network configuration); abort leaves
it classic. The four operations of a kind share their route, told apart by ``comp``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from azure_asm.models import NetworkMigrationValidationMessage

from ..backend import Collection, SubscriptionBackend
from ..errors import bad_request
from ..routing import Response
from .spec_io import Call, SpecRouter

router = SpecRouter()

# kind -> (path parameter, what ASM calls it, the collection)
KINDS: dict[str, tuple[str, str, Callable[[SubscriptionBackend], Collection[Any]]]] = {
    "network_security_group": (
        "network_security_group_name",
        "NetworkSecurityGroup",
        lambda backend: backend.network_security_groups,
    ),
    "route_table": ("route_table_name", "RouteTable", lambda backend: backend.route_tables),
    "reserved_ip": ("name", "ReservedIP", lambda backend: backend.reserved_ips),
    "virtual_network": (
        "virtual_network_name",
        "VirtualNetwork",
        lambda backend: backend.virtual_networks,
    ),
}


def _serve(kind: str) -> None:
    param, resource_type, collection_of = KINDS[kind]

    def target(call: Call[None]) -> tuple[str, str]:
        collection = collection_of(call.backend)
        collection.get_or_404(call.param(param))
        name = next(key for key in collection if key.lower() == call.param(param).lower())
        return name, f"{kind}:{name}"

    def set_site_state(call: Call[None], name: str, value: str | None) -> None:
        if kind == "virtual_network":
            call.backend.virtual_networks[name].migration_state = value

    def start(call: Call[None], name: str, work: Callable[[], None]) -> Response:
        return call.accepted(lock_keys=[f"migration:{kind}:{name.lower()}"], work=work)

    @router.handles(f"validate_{kind}_migration")
    def validate(call: Call[None]) -> list[NetworkMigrationValidationMessage]:
        name, key = target(call)
        if key not in call.backend.network_migrations:
            return []
        return [
            NetworkMigrationValidationMessage(
                resource_type=resource_type,
                resource_name=name,
                category="Error",
                message=f"The {resource_type} {name} is already prepared for migration.",
            )
        ]

    @router.handles(f"prepare_{kind}_migration")
    def prepare(call: Call[None]) -> Response:
        name, key = target(call)
        migrations = call.backend.network_migrations
        if key in migrations:
            raise bad_request(f"The {resource_type} {name} is already prepared for migration.")

        def work() -> None:
            migrations[key] = "Prepared"
            set_site_state(call, name, "Prepared")

        return start(call, name, work)

    def finish(call: Call[None], commit: bool) -> Response:
        name, key = target(call)
        migrations = call.backend.network_migrations
        if key not in migrations:
            raise bad_request(f"The {resource_type} {name} is not prepared for migration.")

        def work() -> None:
            migrations.pop(key, None)
            set_site_state(call, name, None)
            if commit:
                collection_of(call.backend).pop(name, None)
                document = call.backend.network_configuration
                if kind == "virtual_network" and document is not None:
                    document.virtual_network_sites = [
                        site
                        for site in document.virtual_network_sites or []
                        if (site.name or "").lower() != name.lower()
                    ]

        return start(call, name, work)

    router.handles(f"commit_{kind}_migration")(lambda call: finish(call, commit=True))
    router.handles(f"abort_{kind}_migration")(lambda call: finish(call, commit=False))


for _kind in KINDS:
    _serve(_kind)
