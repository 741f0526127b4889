"""Per-operation handlers, one module per area of the API (hosted services, storage, ...).

Each module owns a ``routing.Router`` named ``router`` and registers its handlers on it; list
the module's router in ``default_routers`` so that every ``EmulatorServer`` serves it (see the
``azure_asm_emulator`` docstring for how handlers are written).
"""

from __future__ import annotations

from ..routing import Router


def default_routers() -> list[Router]:
    """The routers an ``EmulatorServer`` serves when not given any explicitly."""
    from . import (
        affinity_groups,
        application_gateways,
        certificates,
        data_disks,
        deployment_lifecycle,
        deployment_slots,
        deployments,
        disk_registration,
        disks,
        gateways,
        hosted_services,
        image_publishing,
        load_balancers,
        locations,
        migration,
        network_addresses,
        network_migration,
        network_security_groups,
        networking,
        operating_systems,
        os_images,
        reserved_ips,
        resource_extensions,
        resource_providers,
        role_operations,
        role_sizes,
        route_tables,
        scheduler,
        service_bus,
        service_extensions,
        sql_servers,
        storage_accounts,
        storage_keys,
        subscriptions,
        virtual_network_gateways,
        vm_image_publishing,
        vm_images,
        websites,
    )

    return [
        locations.router,
        operating_systems.router,
        storage_accounts.router,
        os_images.router,
        disks.router,
        role_sizes.router,
        hosted_services.router,
        deployments.router,
        vm_images.router,
        deployment_lifecycle.router,
        role_operations.router,
        data_disks.router,
        disk_registration.router,
        affinity_groups.router,
        certificates.router,
        image_publishing.router,
        networking.router,
        reserved_ips.router,
        network_security_groups.router,
        route_tables.router,
        network_addresses.router,
        gateways.router,
        virtual_network_gateways.router,
        network_migration.router,
        application_gateways.router,
        resource_extensions.router,
        storage_keys.router,
        subscriptions.router,
        sql_servers.router,
        websites.router,
        service_bus.router,
        scheduler.router,
        migration.router,
        deployment_slots.router,
        resource_providers.router,
        service_extensions.router,
        vm_image_publishing.router,
        load_balancers.router,
    ]
