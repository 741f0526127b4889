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
        certificates,
        compute_roles,
        data_disks,
        deployment_lifecycle,
        deployment_slots,
        deployments,
        disk_registration,
        disks,
        hosted_services,
        image_publishing,
        load_balancers,
        locations,
        migration,
        networking,
        operating_systems,
        os_images,
        reserved_ips,
        resource_extensions,
        resource_providers,
        role_operations,
        role_sizes,
        scheduler,
        service_bus,
        service_extensions,
        sql_servers,
        storage_accounts,
        storage_keys,
        subscriptions,
        vm_image_publishing,
        vm_images,
        website_backups,
        website_config,
        website_hybrid_connections,
        website_publishing,
        website_server_farms,
        website_slots,
        website_webspace_queries,
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
        compute_roles.router,
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
        resource_extensions.router,
        storage_keys.router,
        subscriptions.router,
        sql_servers.router,
        websites.router,
        website_backups.router,
        website_config.router,
        website_hybrid_connections.router,
        website_publishing.router,
        website_server_farms.router,
        website_slots.router,
        website_webspace_queries.router,
        service_bus.router,
        scheduler.router,
        migration.router,
        deployment_slots.router,
        resource_providers.router,
        service_extensions.router,
        vm_image_publishing.router,
        load_balancers.router,
    ]
