"""Operations of the reference package's clients that the reference package did not have: the
ones added from Microsoft's Hydra-generated node SDKs (issue 16). The wire tests of the
reference surface (test_request_bodies_sql_websites, test_request_bodies_servicebus_scheduler)
leave them out; test_request_bodies_beyond_reference covers them."""

from __future__ import annotations

BEYOND_REFERENCE = frozenset(
    {
        # SqlDatabaseManagementService
        "get_database",
        "get_database_event_logs",
        "get_firewall_rule",
        "get_quota",
        "get_service_level_objective",
        "create_database_copy",
        "update_database_copy",
        "delete_database_copy",
        "get_database_copy",
        "list_database_copies",
        "get_database_operation",
        "list_database_operations",
        "list_database_operations_by_database",
        "list_restorable_dropped_databases",
        "get_restorable_dropped_database",
        "list_recoverable_databases",
        "get_recoverable_database",
        "restore_database",
        "recover_database",
        "export_database",
        "import_database",
        "get_dac_status",
        "get_dac_status_post",
        # ServiceBusManagementService
        "get_queue",
        "create_queue",
        "update_queue",
        "delete_queue",
        "get_queue_connection_details",
        "get_topic",
        "create_topic",
        "update_topic",
        "delete_topic",
        "get_topic_connection_details",
        "get_notification_hub",
        "delete_notification_hub",
        "get_notification_hub_connection_details",
        "get_relay_connection_details",
        "get_namespace_connection_details",
        "list_namespace_authorization_rules",
        "get_namespace_authorization_rule",
        "create_namespace_authorization_rule",
        "update_namespace_authorization_rule",
        "delete_namespace_authorization_rule",
        # SchedulerManagementService
        "update_job_collection",
        "get_scheduler_resource_provider_properties",
        "entitle_resource",
        # WebsiteManagementService
        "create_hosting_plan",
        "update_hosting_plan",
        "delete_hosting_plan",
        "get_hosting_plan",
        "list_hosting_plans",
        "get_hosting_plan_metrics",
        "list_publishing_users",
        "create_publishing_user",
        "get_dns_suffix",
        "list_geo_regions",
        "is_hostname_available",
    }
)
