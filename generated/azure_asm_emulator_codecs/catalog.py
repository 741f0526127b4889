"""The server's codecs of each operation, by name.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Mapping

from azure_asm_emulator_codecs import deserializers, serializers
from azure_asm_runtime.catalog import ServerCodecs

#: The server's side of every operation of `azure_asm.catalog.OPERATIONS`, by name: the reader
#: of its XML request body and the writer of its XML response (None where there is none).
CODECS: Mapping[str, ServerCodecs] = {
    "list_affinity_groups": ServerCodecs(
        write_response=serializers.serialize_affinity_groups,
    ),
    "get_affinity_group_properties": ServerCodecs(
        write_response=serializers.serialize_affinity_group,
    ),
    "create_affinity_group": ServerCodecs(
        read_request=deserializers.deserialize_create_affinity_group,
    ),
    "update_affinity_group": ServerCodecs(
        read_request=deserializers.deserialize_update_affinity_group,
    ),
    "delete_affinity_group": ServerCodecs(),
    "create_application_gateway": ServerCodecs(
        read_request=deserializers.deserialize_create_application_gateway_parameters,
    ),
    "get_application_gateway": ServerCodecs(
        write_response=serializers.serialize_application_gateway,
    ),
    "list_application_gateways": ServerCodecs(
        write_response=serializers.serialize_application_gateways,
    ),
    "update_application_gateway": ServerCodecs(
        read_request=deserializers.deserialize_update_application_gateway_parameters,
    ),
    "delete_application_gateway": ServerCodecs(),
    "execute_application_gateway_operation": ServerCodecs(
        read_request=deserializers.deserialize_application_gateway_operation,
    ),
    "add_application_gateway_certificate": ServerCodecs(
        read_request=deserializers.deserialize_application_gateway_certificate_file,
    ),
    "get_application_gateway_certificate": ServerCodecs(
        write_response=serializers.serialize_application_gateway_certificate,
    ),
    "list_application_gateway_certificates": ServerCodecs(
        write_response=serializers.serialize_application_gateway_certificates,
    ),
    "delete_application_gateway_certificate": ServerCodecs(),
    "get_application_gateway_config": ServerCodecs(
        write_response=serializers.serialize_application_gateway_configuration,
    ),
    "set_application_gateway_config": ServerCodecs(
        read_request=deserializers.deserialize_application_gateway_configuration,
    ),
    "list_service_certificates": ServerCodecs(
        write_response=serializers.serialize_certificates,
    ),
    "get_service_certificate": ServerCodecs(
        write_response=serializers.serialize_certificate,
    ),
    "add_service_certificate": ServerCodecs(
        read_request=deserializers.deserialize_certificate_file,
    ),
    "delete_service_certificate": ServerCodecs(),
    "list_management_certificates": ServerCodecs(
        write_response=serializers.serialize_subscription_certificates,
    ),
    "get_management_certificate": ServerCodecs(
        write_response=serializers.serialize_subscription_certificate,
    ),
    "add_management_certificate": ServerCodecs(
        read_request=deserializers.deserialize_subscription_certificate_input,
    ),
    "delete_management_certificate": ServerCodecs(),
    "get_operation_status": ServerCodecs(
        write_response=serializers.serialize_operation,
    ),
    "get_data_disk": ServerCodecs(
        write_response=serializers.serialize_data_virtual_hard_disk,
    ),
    "add_data_disk": ServerCodecs(
        read_request=deserializers.deserialize_data_virtual_hard_disk,
    ),
    "update_data_disk": ServerCodecs(
        read_request=deserializers.deserialize_update_data_disk,
    ),
    "delete_data_disk": ServerCodecs(),
    "create_deployment": ServerCodecs(
        read_request=deserializers.deserialize_create_deployment,
    ),
    "swap_deployment": ServerCodecs(
        read_request=deserializers.deserialize_swap_deployment,
    ),
    "change_deployment_configuration": ServerCodecs(
        read_request=deserializers.deserialize_change_configuration,
    ),
    "update_deployment_status": ServerCodecs(
        read_request=deserializers.deserialize_update_deployment_status,
    ),
    "upgrade_deployment": ServerCodecs(
        read_request=deserializers.deserialize_upgrade_deployment,
    ),
    "walk_upgrade_domain": ServerCodecs(
        read_request=deserializers.deserialize_walk_upgrade_domain,
    ),
    "rollback_update_or_upgrade": ServerCodecs(
        read_request=deserializers.deserialize_rollback_update_or_upgrade,
    ),
    "reboot_role_instance": ServerCodecs(),
    "reimage_role_instance": ServerCodecs(),
    "rebuild_role_instance": ServerCodecs(),
    "delete_role_instances": ServerCodecs(
        read_request=deserializers.deserialize_delete_role_instances,
    ),
    "add_dns_server": ServerCodecs(
        read_request=deserializers.deserialize_dns_server_input,
    ),
    "update_dns_server": ServerCodecs(
        read_request=deserializers.deserialize_dns_server_input,
    ),
    "delete_dns_server": ServerCodecs(),
    "delete_deployment_by_slot": ServerCodecs(),
    "change_deployment_configuration_by_slot": ServerCodecs(
        read_request=deserializers.deserialize_change_configuration,
    ),
    "update_deployment_status_by_slot": ServerCodecs(
        read_request=deserializers.deserialize_update_deployment_status,
    ),
    "upgrade_deployment_by_slot": ServerCodecs(
        read_request=deserializers.deserialize_upgrade_deployment,
    ),
    "walk_upgrade_domain_by_slot": ServerCodecs(
        read_request=deserializers.deserialize_walk_upgrade_domain,
    ),
    "rollback_update_or_upgrade_by_slot": ServerCodecs(
        read_request=deserializers.deserialize_rollback_update_or_upgrade,
    ),
    "reboot_role_instance_by_slot": ServerCodecs(),
    "reimage_role_instance_by_slot": ServerCodecs(),
    "rebuild_role_instance_by_slot": ServerCodecs(),
    "delete_role_instances_by_slot": ServerCodecs(
        read_request=deserializers.deserialize_delete_role_instances,
    ),
    "get_deployment_package": ServerCodecs(),
    "get_deployment_package_by_slot": ServerCodecs(),
    "list_deployment_events": ServerCodecs(
        write_response=serializers.serialize_deployment_event_collection,
    ),
    "list_deployment_events_by_slot": ServerCodecs(
        write_response=serializers.serialize_deployment_event_collection,
    ),
    "get_deployment_by_slot": ServerCodecs(
        write_response=serializers.serialize_deployment,
    ),
    "get_deployment_by_name": ServerCodecs(
        write_response=serializers.serialize_deployment,
    ),
    "delete_deployment": ServerCodecs(),
    "create_virtual_machine_deployment": ServerCodecs(
        read_request=deserializers.deserialize_create_virtual_machine_deployment,
    ),
    "add_disk": ServerCodecs(
        read_request=deserializers.deserialize_add_disk,
    ),
    "update_disk": ServerCodecs(
        read_request=deserializers.deserialize_update_disk,
    ),
    "list_disks": ServerCodecs(
        write_response=serializers.serialize_disks,
    ),
    "get_disk": ServerCodecs(
        write_response=serializers.serialize_disk,
    ),
    "delete_disk": ServerCodecs(),
    "create_gateway": ServerCodecs(
        read_request=deserializers.deserialize_create_gateway_parameters,
    ),
    "delete_gateway": ServerCodecs(),
    "get_gateway": ServerCodecs(
        write_response=serializers.serialize_gateway,
    ),
    "list_gateway_connections": ServerCodecs(
        write_response=serializers.serialize_connections,
    ),
    "connect_disconnect_or_test_gateway": ServerCodecs(
        read_request=deserializers.deserialize_update_gateway_connection,
    ),
    "get_gateway_shared_key": ServerCodecs(
        write_response=serializers.serialize_gateway_shared_key,
    ),
    "set_gateway_shared_key": ServerCodecs(
        read_request=deserializers.deserialize_gateway_shared_key,
    ),
    "reset_gateway_shared_key": ServerCodecs(
        read_request=deserializers.deserialize_reset_gateway_shared_key,
    ),
    "get_gateway_ipsec_parameters": ServerCodecs(
        write_response=serializers.serialize_i_psec_parameters,
    ),
    "start_gateway_diagnostics": ServerCodecs(
        read_request=deserializers.deserialize_start_gateway_public_diagnostics,
    ),
    "stop_gateway_diagnostics": ServerCodecs(
        read_request=deserializers.deserialize_stop_gateway_public_diagnostics,
    ),
    "get_gateway_diagnostics": ServerCodecs(
        write_response=serializers.serialize_gateway_public_diagnostics_status,
    ),
    "get_gateway_operation_status": ServerCodecs(
        write_response=serializers.serialize_gateway_operation,
    ),
    "set_gateway_default_sites": ServerCodecs(
        read_request=deserializers.deserialize_gateway_default_sites,
    ),
    "remove_gateway_default_sites": ServerCodecs(),
    "generate_vpn_client_package": ServerCodecs(
        read_request=deserializers.deserialize_vpn_client_parameters,
    ),
    "list_supported_vpn_devices": ServerCodecs(
        write_response=serializers.serialize_vpn_device_list,
    ),
    "get_vpn_device_configuration_script": ServerCodecs(),
    "reset_gateway": ServerCodecs(
        read_request=deserializers.deserialize_reset_gateway_parameters,
    ),
    "resize_gateway": ServerCodecs(
        read_request=deserializers.deserialize_resize_gateway_parameters,
    ),
    "set_gateway_ipsec_parameters": ServerCodecs(
        read_request=deserializers.deserialize_i_psec_parameters,
    ),
    "add_gateway_client_root_certificate": ServerCodecs(),
    "delete_gateway_client_root_certificate": ServerCodecs(),
    "get_gateway_client_root_certificate": ServerCodecs(),
    "list_gateway_client_root_certificates": ServerCodecs(
        write_response=serializers.serialize_client_root_certificates,
    ),
    "list_hosted_services": ServerCodecs(
        write_response=serializers.serialize_hosted_services,
    ),
    "get_hosted_service_properties": ServerCodecs(
        write_response=serializers.serialize_hosted_service,
    ),
    "create_hosted_service": ServerCodecs(
        read_request=deserializers.deserialize_create_hosted_service,
    ),
    "update_hosted_service": ServerCodecs(
        read_request=deserializers.deserialize_update_hosted_service,
    ),
    "delete_hosted_service": ServerCodecs(),
    "check_hosted_service_name_availability": ServerCodecs(
        write_response=serializers.serialize_availability_response,
    ),
    "replicate_vm_image": ServerCodecs(
        read_request=deserializers.deserialize_replication_input,
    ),
    "unreplicate_vm_image": ServerCodecs(),
    "share_vm_image": ServerCodecs(),
    "create_vm_image": ServerCodecs(
        read_request=deserializers.deserialize_create_vm_image_input,
    ),
    "update_vm_image": ServerCodecs(
        read_request=deserializers.deserialize_update_vm_image_input,
    ),
    "get_os_image_details": ServerCodecs(
        write_response=serializers.serialize_os_image_details,
    ),
    "update_os_image_from_image_reference": ServerCodecs(
        read_request=deserializers.deserialize_update_os_image_input,
    ),
    "create_load_balancer": ServerCodecs(
        read_request=deserializers.deserialize_load_balancer,
    ),
    "update_load_balancer": ServerCodecs(
        read_request=deserializers.deserialize_load_balancer,
    ),
    "delete_load_balancer": ServerCodecs(),
    "update_load_balanced_endpoint_set": ServerCodecs(
        read_request=deserializers.deserialize_load_balanced_endpoint_list,
    ),
    "list_locations": ServerCodecs(
        write_response=serializers.serialize_locations,
    ),
    "validate_deployment_migration": ServerCodecs(
        read_request=deserializers.deserialize_deployment_network_resource,
        write_response=serializers.serialize_validation_messages_of_migration_validation_message,
    ),
    "prepare_deployment_migration": ServerCodecs(
        read_request=deserializers.deserialize_deployment_network_resource,
    ),
    "commit_deployment_migration": ServerCodecs(),
    "abort_deployment_migration": ServerCodecs(),
    "validate_storage_account_migration": ServerCodecs(
        write_response=serializers.serialize_validation_messages_of_migration_validation_message,
    ),
    "prepare_storage_account_migration": ServerCodecs(),
    "commit_storage_account_migration": ServerCodecs(),
    "abort_storage_account_migration": ServerCodecs(),
    "set_ip_forwarding_on_role": ServerCodecs(
        read_request=deserializers.deserialize_ip_forwarding,
    ),
    "get_ip_forwarding_for_role": ServerCodecs(
        write_response=serializers.serialize_ip_forwarding,
    ),
    "set_ip_forwarding_on_network_interface": ServerCodecs(
        read_request=deserializers.deserialize_ip_forwarding,
    ),
    "get_ip_forwarding_for_network_interface": ServerCodecs(
        write_response=serializers.serialize_ip_forwarding,
    ),
    "check_static_ip_address_availability": ServerCodecs(
        write_response=serializers.serialize_address_availability,
    ),
    "add_virtual_ip": ServerCodecs(),
    "remove_virtual_ip": ServerCodecs(),
    "validate_network_security_group_migration": ServerCodecs(
        write_response=serializers.serialize_validation_messages_of_network_migration_validation_message,
    ),
    "prepare_network_security_group_migration": ServerCodecs(),
    "commit_network_security_group_migration": ServerCodecs(),
    "abort_network_security_group_migration": ServerCodecs(),
    "validate_route_table_migration": ServerCodecs(
        write_response=serializers.serialize_validation_messages_of_network_migration_validation_message,
    ),
    "prepare_route_table_migration": ServerCodecs(),
    "commit_route_table_migration": ServerCodecs(),
    "abort_route_table_migration": ServerCodecs(),
    "validate_reserved_ip_migration": ServerCodecs(
        write_response=serializers.serialize_validation_messages_of_network_migration_validation_message,
    ),
    "prepare_reserved_ip_migration": ServerCodecs(),
    "commit_reserved_ip_migration": ServerCodecs(),
    "abort_reserved_ip_migration": ServerCodecs(),
    "validate_virtual_network_migration": ServerCodecs(
        write_response=serializers.serialize_validation_messages_of_network_migration_validation_message,
    ),
    "prepare_virtual_network_migration": ServerCodecs(),
    "commit_virtual_network_migration": ServerCodecs(),
    "abort_virtual_network_migration": ServerCodecs(),
    "create_network_security_group": ServerCodecs(
        read_request=deserializers.deserialize_network_security_group,
    ),
    "delete_network_security_group": ServerCodecs(),
    "get_network_security_group": ServerCodecs(
        write_response=serializers.serialize_network_security_group,
    ),
    "list_network_security_groups": ServerCodecs(
        write_response=serializers.serialize_network_security_groups,
    ),
    "set_network_security_group_rule": ServerCodecs(
        read_request=deserializers.deserialize_network_security_rule,
    ),
    "delete_network_security_group_rule": ServerCodecs(),
    "add_network_security_group_to_subnet": ServerCodecs(
        read_request=deserializers.deserialize_network_security_group_association,
    ),
    "remove_network_security_group_from_subnet": ServerCodecs(),
    "get_network_security_group_for_subnet": ServerCodecs(
        write_response=serializers.serialize_network_security_group_association,
    ),
    "add_network_security_group_to_role": ServerCodecs(
        read_request=deserializers.deserialize_network_security_group_association,
    ),
    "remove_network_security_group_from_role": ServerCodecs(),
    "get_network_security_group_for_role": ServerCodecs(
        write_response=serializers.serialize_network_security_group_association,
    ),
    "add_network_security_group_to_network_interface": ServerCodecs(
        read_request=deserializers.deserialize_network_security_group_association,
    ),
    "remove_network_security_group_from_network_interface": ServerCodecs(),
    "get_network_security_group_for_network_interface": ServerCodecs(
        write_response=serializers.serialize_network_security_group_association,
    ),
    "create_reserved_ip_address": ServerCodecs(
        read_request=deserializers.deserialize_reserved_ip,
    ),
    "delete_reserved_ip_address": ServerCodecs(),
    "associate_reserved_ip_address": ServerCodecs(
        read_request=deserializers.deserialize_reserved_ip_association,
    ),
    "disassociate_reserved_ip_address": ServerCodecs(
        read_request=deserializers.deserialize_reserved_ip_association,
    ),
    "get_reserved_ip_address": ServerCodecs(
        write_response=serializers.serialize_reserved_ip,
    ),
    "list_reserved_ip_addresses": ServerCodecs(
        write_response=serializers.serialize_reserved_ips,
    ),
    "list_virtual_network_sites": ServerCodecs(
        write_response=serializers.serialize_virtual_network_sites,
    ),
    "get_network_configuration": ServerCodecs(
        write_response=serializers.serialize_network_configuration,
    ),
    "set_network_configuration": ServerCodecs(
        read_request=deserializers.deserialize_network_configuration,
    ),
    "list_operating_systems": ServerCodecs(
        write_response=serializers.serialize_operating_systems,
    ),
    "list_operating_system_families": ServerCodecs(
        write_response=serializers.serialize_operating_system_families,
    ),
    "list_os_images": ServerCodecs(
        write_response=serializers.serialize_images,
    ),
    "get_os_image": ServerCodecs(
        write_response=serializers.serialize_os_image,
    ),
    "add_os_image": ServerCodecs(
        read_request=deserializers.deserialize_os_image_input,
    ),
    "update_os_image": ServerCodecs(
        read_request=deserializers.deserialize_os_image_input,
    ),
    "delete_os_image": ServerCodecs(),
    "list_resource_extensions": ServerCodecs(
        write_response=serializers.serialize_resource_extensions,
    ),
    "list_resource_extension_versions": ServerCodecs(
        write_response=serializers.serialize_resource_extensions,
    ),
    "register_resource_provider": ServerCodecs(),
    "unregister_resource_provider": ServerCodecs(),
    "update_role": ServerCodecs(
        read_request=deserializers.deserialize_update_role,
    ),
    "capture_role": ServerCodecs(
        read_request=deserializers.deserialize_capture_role_operation,
    ),
    "start_role": ServerCodecs(
        read_request=deserializers.deserialize_start_role_operation,
    ),
    "start_roles": ServerCodecs(
        read_request=deserializers.deserialize_start_roles_operation,
    ),
    "restart_role": ServerCodecs(
        read_request=deserializers.deserialize_restart_role_operation,
    ),
    "shutdown_role": ServerCodecs(
        read_request=deserializers.deserialize_shutdown_role_operation,
    ),
    "shutdown_roles": ServerCodecs(
        read_request=deserializers.deserialize_shutdown_roles_operation,
    ),
    "list_role_sizes": ServerCodecs(
        write_response=serializers.serialize_role_sizes,
    ),
    "get_role": ServerCodecs(
        write_response=serializers.serialize_persistent_vm_role,
    ),
    "add_role": ServerCodecs(
        read_request=deserializers.deserialize_add_role,
    ),
    "delete_role": ServerCodecs(),
    "capture_vm_image": ServerCodecs(
        read_request=deserializers.deserialize_capture_role_as_vm_image,
    ),
    "create_route_table": ServerCodecs(
        read_request=deserializers.deserialize_route_table,
    ),
    "delete_route_table": ServerCodecs(),
    "get_route_table": ServerCodecs(
        write_response=serializers.serialize_route_table,
    ),
    "list_route_tables": ServerCodecs(
        write_response=serializers.serialize_route_tables,
    ),
    "set_route": ServerCodecs(
        read_request=deserializers.deserialize_route,
    ),
    "delete_route": ServerCodecs(),
    "add_route_table_to_subnet": ServerCodecs(
        read_request=deserializers.deserialize_route_table_association,
    ),
    "remove_route_table_from_subnet": ServerCodecs(),
    "get_route_table_for_subnet": ServerCodecs(
        write_response=serializers.serialize_route_table_association,
    ),
    "get_effective_route_table_for_role_instance": ServerCodecs(
        write_response=serializers.serialize_effective_route_table,
    ),
    "get_effective_route_table_for_network_interface": ServerCodecs(
        write_response=serializers.serialize_effective_route_table,
    ),
    "get_scheduler_operation_status": ServerCodecs(
        write_response=serializers.serialize_operation,
    ),
    "list_cloud_services": ServerCodecs(
        write_response=serializers.serialize_cloud_services,
    ),
    "create_cloud_service": ServerCodecs(
        read_request=deserializers.deserialize_create_cloud_service,
    ),
    "get_cloud_service": ServerCodecs(
        write_response=serializers.serialize_cloud_service,
    ),
    "delete_cloud_service": ServerCodecs(),
    "get_scheduler_resource_provider_properties": ServerCodecs(
        write_response=serializers.serialize_resource_provider_properties,
    ),
    "entitle_resource": ServerCodecs(
        read_request=deserializers.deserialize_entitle_resource,
    ),
    "check_job_collection_name": ServerCodecs(
        write_response=serializers.serialize_resource_name_availability_response,
    ),
    "create_job_collection": ServerCodecs(
        read_request=deserializers.deserialize_create_job_collection,
    ),
    "delete_job_collection": ServerCodecs(),
    "update_job_collection": ServerCodecs(
        read_request=deserializers.deserialize_update_job_collection,
    ),
    "get_job_collection": ServerCodecs(
        write_response=serializers.serialize_resource,
    ),
    "create_job": ServerCodecs(),
    "delete_job": ServerCodecs(),
    "get_job": ServerCodecs(),
    "get_all_jobs": ServerCodecs(),
    "get_servicebus_operation_status": ServerCodecs(
        write_response=serializers.serialize_operation,
    ),
    "get_regions": ServerCodecs(
        write_response=serializers.serialize_service_bus_region_feed,
    ),
    "list_namespaces": ServerCodecs(
        write_response=serializers.serialize_service_bus_namespace_feed,
    ),
    "get_namespace": ServerCodecs(
        write_response=serializers.serialize_service_bus_namespace_entry,
    ),
    "create_namespace": ServerCodecs(
        read_request=deserializers.deserialize_create_namespace_entry,
        write_response=serializers.serialize_service_bus_namespace_entry,
    ),
    "delete_namespace": ServerCodecs(),
    "check_namespace_availability": ServerCodecs(
        write_response=serializers.serialize_namespace_availability_entry,
    ),
    "list_queues": ServerCodecs(
        write_response=serializers.serialize_queue_feed,
    ),
    "list_topics": ServerCodecs(
        write_response=serializers.serialize_topic_feed,
    ),
    "list_notification_hubs": ServerCodecs(
        write_response=serializers.serialize_notification_hub_feed,
    ),
    "list_relays": ServerCodecs(
        write_response=serializers.serialize_relay_feed,
    ),
    "get_queue": ServerCodecs(
        write_response=serializers.serialize_queue_entry,
    ),
    "create_queue": ServerCodecs(
        read_request=deserializers.deserialize_create_queue_entry,
        write_response=serializers.serialize_queue_entry,
    ),
    "update_queue": ServerCodecs(
        read_request=deserializers.deserialize_create_queue_entry,
        write_response=serializers.serialize_queue_entry,
    ),
    "delete_queue": ServerCodecs(),
    "get_queue_connection_details": ServerCodecs(
        write_response=serializers.serialize_connection_detail_feed,
    ),
    "get_topic": ServerCodecs(
        write_response=serializers.serialize_topic_entry,
    ),
    "create_topic": ServerCodecs(
        read_request=deserializers.deserialize_create_topic_entry,
        write_response=serializers.serialize_topic_entry,
    ),
    "update_topic": ServerCodecs(
        read_request=deserializers.deserialize_create_topic_entry,
        write_response=serializers.serialize_topic_entry,
    ),
    "delete_topic": ServerCodecs(),
    "get_topic_connection_details": ServerCodecs(
        write_response=serializers.serialize_connection_detail_feed,
    ),
    "get_notification_hub": ServerCodecs(
        write_response=serializers.serialize_notification_hub_entry,
    ),
    "delete_notification_hub": ServerCodecs(),
    "get_notification_hub_connection_details": ServerCodecs(
        write_response=serializers.serialize_connection_detail_feed,
    ),
    "get_relay_connection_details": ServerCodecs(
        write_response=serializers.serialize_connection_detail_feed,
    ),
    "get_namespace_connection_details": ServerCodecs(
        write_response=serializers.serialize_connection_detail_feed,
    ),
    "list_namespace_authorization_rules": ServerCodecs(
        write_response=serializers.serialize_namespace_authorization_rule_feed,
    ),
    "get_namespace_authorization_rule": ServerCodecs(
        write_response=serializers.serialize_namespace_authorization_rule_entry,
    ),
    "create_namespace_authorization_rule": ServerCodecs(
        read_request=deserializers.deserialize_namespace_authorization_rule_request,
        write_response=serializers.serialize_namespace_authorization_rule_entry,
    ),
    "update_namespace_authorization_rule": ServerCodecs(
        read_request=deserializers.deserialize_namespace_authorization_rule_request,
        write_response=serializers.serialize_namespace_authorization_rule_entry,
    ),
    "delete_namespace_authorization_rule": ServerCodecs(),
    "get_supported_metrics_queue": ServerCodecs(
        write_response=serializers.serialize_metric_properties_feed,
    ),
    "get_supported_metrics_topic": ServerCodecs(
        write_response=serializers.serialize_metric_properties_feed,
    ),
    "get_supported_metrics_notification_hub": ServerCodecs(
        write_response=serializers.serialize_metric_properties_feed,
    ),
    "get_supported_metrics_relay": ServerCodecs(
        write_response=serializers.serialize_metric_properties_feed,
    ),
    "get_metrics_data_queue": ServerCodecs(
        write_response=serializers.serialize_metric_values_feed,
    ),
    "get_metrics_data_topic": ServerCodecs(
        write_response=serializers.serialize_metric_values_feed,
    ),
    "get_metrics_data_notification_hub": ServerCodecs(
        write_response=serializers.serialize_metric_values_feed,
    ),
    "get_metrics_data_relay": ServerCodecs(
        write_response=serializers.serialize_metric_values_feed,
    ),
    "get_metrics_rollups_queue": ServerCodecs(
        write_response=serializers.serialize_metric_rollups_feed,
    ),
    "get_metrics_rollups_topic": ServerCodecs(
        write_response=serializers.serialize_metric_rollups_feed,
    ),
    "get_metrics_rollups_notification_hub": ServerCodecs(
        write_response=serializers.serialize_metric_rollups_feed,
    ),
    "get_metrics_rollups_relay": ServerCodecs(
        write_response=serializers.serialize_metric_rollups_feed,
    ),
    "add_service_extension": ServerCodecs(
        read_request=deserializers.deserialize_service_extension_input,
    ),
    "get_service_extension": ServerCodecs(
        write_response=serializers.serialize_service_extension,
    ),
    "list_service_extensions": ServerCodecs(
        write_response=serializers.serialize_extensions,
    ),
    "delete_service_extension": ServerCodecs(),
    "list_available_extensions": ServerCodecs(
        write_response=serializers.serialize_extension_images,
    ),
    "list_extension_versions": ServerCodecs(
        write_response=serializers.serialize_extension_images,
    ),
    "list_publisher_extensions": ServerCodecs(
        write_response=serializers.serialize_extension_images,
    ),
    "register_extension_image": ServerCodecs(
        read_request=deserializers.deserialize_extension_image,
    ),
    "update_extension_image": ServerCodecs(
        read_request=deserializers.deserialize_extension_image,
    ),
    "unregister_extension_image": ServerCodecs(),
    "get_database": ServerCodecs(
        write_response=serializers.serialize_database,
    ),
    "get_database_event_logs": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_event_log,
    ),
    "get_firewall_rule": ServerCodecs(
        write_response=serializers.serialize_firewall_rule,
    ),
    "get_quota": ServerCodecs(
        write_response=serializers.serialize_server_quota,
    ),
    "get_service_level_objective": ServerCodecs(
        write_response=serializers.serialize_service_objective,
    ),
    "create_database_copy": ServerCodecs(
        read_request=deserializers.deserialize_database_copy_input,
        write_response=serializers.serialize_database_copy,
    ),
    "update_database_copy": ServerCodecs(
        read_request=deserializers.deserialize_database_copy_update_input,
        write_response=serializers.serialize_database_copy,
    ),
    "delete_database_copy": ServerCodecs(),
    "get_database_copy": ServerCodecs(
        write_response=serializers.serialize_database_copy,
    ),
    "list_database_copies": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_database_copy,
    ),
    "get_database_operation": ServerCodecs(
        write_response=serializers.serialize_database_operation,
    ),
    "list_database_operations": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_database_operation,
    ),
    "list_database_operations_by_database": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_database_operation,
    ),
    "list_restorable_dropped_databases": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_restorable_dropped_database,
    ),
    "get_restorable_dropped_database": ServerCodecs(
        write_response=serializers.serialize_restorable_dropped_database,
    ),
    "list_recoverable_databases": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_recoverable_database,
    ),
    "get_recoverable_database": ServerCodecs(
        write_response=serializers.serialize_recoverable_database,
    ),
    "restore_database": ServerCodecs(
        read_request=deserializers.deserialize_restore_database_input,
        write_response=serializers.serialize_restore_database_operation,
    ),
    "recover_database": ServerCodecs(
        read_request=deserializers.deserialize_recover_database_input,
        write_response=serializers.serialize_recover_database_operation,
    ),
    "export_database": ServerCodecs(
        read_request=deserializers.deserialize_dac_export_input,
        write_response=serializers.serialize_dac_request_id,
    ),
    "import_database": ServerCodecs(
        read_request=deserializers.deserialize_dac_import_input,
        write_response=serializers.serialize_dac_request_id,
    ),
    "get_dac_status": ServerCodecs(
        write_response=serializers.serialize_array_of_status_info,
    ),
    "get_dac_status_post": ServerCodecs(
        read_request=deserializers.deserialize_dac_status_input,
        write_response=serializers.serialize_array_of_status_info,
    ),
    "get_sql_operation_status": ServerCodecs(
        write_response=serializers.serialize_operation,
    ),
    "create_server": ServerCodecs(
        read_request=deserializers.deserialize_create_server_input,
        write_response=serializers.serialize_create_server_response,
    ),
    "set_server_admin_password": ServerCodecs(
        read_request=deserializers.deserialize_server_admin_password_input,
    ),
    "delete_server": ServerCodecs(),
    "list_servers": ServerCodecs(
        write_response=serializers.serialize_servers,
    ),
    "list_quotas": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_server_quota,
    ),
    "get_server_event_logs": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_event_log,
    ),
    "create_firewall_rule": ServerCodecs(
        read_request=deserializers.deserialize_firewall_rule_input,
        write_response=serializers.serialize_firewall_rule,
    ),
    "update_firewall_rule": ServerCodecs(
        read_request=deserializers.deserialize_firewall_rule_input,
        write_response=serializers.serialize_firewall_rule,
    ),
    "delete_firewall_rule": ServerCodecs(),
    "list_firewall_rules": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_firewall_rule,
    ),
    "list_service_level_objectives": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_service_objective,
    ),
    "create_database": ServerCodecs(
        read_request=deserializers.deserialize_create_database_input,
        write_response=serializers.serialize_database,
    ),
    "update_database": ServerCodecs(
        read_request=deserializers.deserialize_update_database_input,
        write_response=serializers.serialize_database,
    ),
    "delete_database": ServerCodecs(),
    "list_databases": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_database,
    ),
    "regenerate_storage_account_keys": ServerCodecs(
        read_request=deserializers.deserialize_regenerate_keys,
        write_response=serializers.serialize_storage_service,
    ),
    "list_storage_accounts": ServerCodecs(
        write_response=serializers.serialize_storage_services,
    ),
    "get_storage_account_properties": ServerCodecs(
        write_response=serializers.serialize_storage_service,
    ),
    "get_storage_account_keys": ServerCodecs(
        write_response=serializers.serialize_storage_service,
    ),
    "create_storage_account": ServerCodecs(
        read_request=deserializers.deserialize_create_storage_service_input,
    ),
    "update_storage_account": ServerCodecs(
        read_request=deserializers.deserialize_update_storage_service_input,
    ),
    "delete_storage_account": ServerCodecs(),
    "check_storage_account_name_availability": ServerCodecs(
        write_response=serializers.serialize_availability_response,
    ),
    "get_store_operation_status": ServerCodecs(
        write_response=serializers.serialize_operation,
    ),
    "create_store_add_on": ServerCodecs(
        read_request=deserializers.deserialize_store_add_on_input,
    ),
    "update_store_add_on": ServerCodecs(
        read_request=deserializers.deserialize_store_add_on_input,
    ),
    "delete_store_add_on": ServerCodecs(),
    "list_subscriptions": ServerCodecs(
        write_response=serializers.serialize_subscriptions,
    ),
    "get_subscription": ServerCodecs(
        write_response=serializers.serialize_subscription,
    ),
    "list_subscription_operations": ServerCodecs(
        write_response=serializers.serialize_subscription_operation_collection,
    ),
    "check_traffic_manager_dns_prefix_availability": ServerCodecs(
        write_response=serializers.serialize_traffic_manager_dns_prefix_availability,
    ),
    "create_traffic_manager_profile": ServerCodecs(
        read_request=deserializers.deserialize_create_traffic_manager_profile,
    ),
    "delete_traffic_manager_profile": ServerCodecs(),
    "get_traffic_manager_profile": ServerCodecs(
        write_response=serializers.serialize_traffic_manager_profile,
    ),
    "list_traffic_manager_profiles": ServerCodecs(
        write_response=serializers.serialize_profiles,
    ),
    "update_traffic_manager_profile": ServerCodecs(
        read_request=deserializers.deserialize_update_traffic_manager_profile,
    ),
    "create_traffic_manager_definition": ServerCodecs(
        read_request=deserializers.deserialize_traffic_manager_definition,
    ),
    "get_traffic_manager_definition": ServerCodecs(
        write_response=serializers.serialize_traffic_manager_definition,
    ),
    "list_traffic_manager_definitions": ServerCodecs(
        write_response=serializers.serialize_definitions,
    ),
    "create_local_network_gateway": ServerCodecs(
        read_request=deserializers.deserialize_create_local_network_gateway_parameters,
    ),
    "get_local_network_gateway": ServerCodecs(
        write_response=serializers.serialize_local_network_gateway,
    ),
    "list_local_network_gateways": ServerCodecs(
        write_response=serializers.serialize_local_network_gateways,
    ),
    "delete_local_network_gateway": ServerCodecs(),
    "create_virtual_network_gateway": ServerCodecs(
        read_request=deserializers.deserialize_create_virtual_network_gateway_parameters,
    ),
    "get_virtual_network_gateway": ServerCodecs(
        write_response=serializers.serialize_virtual_network_gateway_details,
    ),
    "list_virtual_network_gateways": ServerCodecs(
        write_response=serializers.serialize_virtual_network_gateways,
    ),
    "delete_virtual_network_gateway": ServerCodecs(),
    "create_virtual_network_gateway_connection": ServerCodecs(
        read_request=deserializers.deserialize_create_gateway_connection_parameters,
    ),
    "get_virtual_network_gateway_connection": ServerCodecs(
        write_response=serializers.serialize_gateway_connection_details,
    ),
    "list_virtual_network_gateway_connections": ServerCodecs(
        write_response=serializers.serialize_gateway_connections,
    ),
    "delete_virtual_network_gateway_connection": ServerCodecs(),
    "get_virtual_network_gateway_shared_key": ServerCodecs(
        write_response=serializers.serialize_gateway_shared_key,
    ),
    "set_virtual_network_gateway_shared_key": ServerCodecs(
        read_request=deserializers.deserialize_gateway_shared_key,
    ),
    "get_virtual_network_gateway_ipsec_parameters": ServerCodecs(
        write_response=serializers.serialize_i_psec_parameters,
    ),
    "start_virtual_network_gateway_diagnostics": ServerCodecs(
        read_request=deserializers.deserialize_start_gateway_public_diagnostics,
    ),
    "stop_virtual_network_gateway_diagnostics": ServerCodecs(
        read_request=deserializers.deserialize_stop_gateway_public_diagnostics,
    ),
    "get_virtual_network_gateway_diagnostics": ServerCodecs(
        write_response=serializers.serialize_gateway_public_diagnostics_status,
    ),
    "update_local_network_gateway": ServerCodecs(
        read_request=deserializers.deserialize_update_local_network_gateway_parameters,
    ),
    "reset_virtual_network_gateway": ServerCodecs(
        read_request=deserializers.deserialize_reset_gateway_parameters,
    ),
    "resize_virtual_network_gateway": ServerCodecs(
        read_request=deserializers.deserialize_resize_gateway_parameters,
    ),
    "reset_virtual_network_gateway_shared_key": ServerCodecs(
        read_request=deserializers.deserialize_reset_gateway_shared_key,
    ),
    "set_virtual_network_gateway_ipsec_parameters": ServerCodecs(
        read_request=deserializers.deserialize_i_psec_parameters,
    ),
    "update_virtual_network_gateway_connection": ServerCodecs(
        read_request=deserializers.deserialize_update_gateway_connection_parameters,
    ),
    "get_remote_desktop_file": ServerCodecs(),
    "redeploy_role": ServerCodecs(
        read_request=deserializers.deserialize_redeploy_role_operation,
    ),
    "perform_role_maintenance": ServerCodecs(
        read_request=deserializers.deserialize_perform_maintenance_on_role_operation,
    ),
    "replicate_vmimage": ServerCodecs(
        read_request=deserializers.deserialize_replication_input,
    ),
    "unreplicate_vmimage": ServerCodecs(),
    "share_vmimage": ServerCodecs(),
    "get_vm_image_details": ServerCodecs(
        write_response=serializers.serialize_vm_image_details,
    ),
    "list_vm_images": ServerCodecs(
        write_response=serializers.serialize_vm_images,
    ),
    "delete_vm_image": ServerCodecs(),
    "backup_site": ServerCodecs(
        read_request=deserializers.deserialize_backup_request,
        write_response=serializers.serialize_backup_item,
    ),
    "get_site_backup_configuration": ServerCodecs(
        write_response=serializers.serialize_backup_request,
    ),
    "update_site_backup_configuration": ServerCodecs(
        read_request=deserializers.deserialize_backup_request,
    ),
    "list_site_backups": ServerCodecs(
        write_response=serializers.serialize_backup_items,
    ),
    "discover_site_backup": ServerCodecs(
        read_request=deserializers.deserialize_restore_request,
        write_response=serializers.serialize_restore_request,
    ),
    "restore_site": ServerCodecs(
        read_request=deserializers.deserialize_restore_request,
        write_response=serializers.serialize_restore_response,
    ),
    "get_site_configuration": ServerCodecs(),
    "update_site_configuration": ServerCodecs(),
    "create_hybrid_connection": ServerCodecs(
        read_request=deserializers.deserialize_relay_service_connection_entity,
        write_response=serializers.serialize_relay_service_connection_entity,
    ),
    "get_hybrid_connection": ServerCodecs(
        write_response=serializers.serialize_relay_service_connection_entity,
    ),
    "list_hybrid_connections": ServerCodecs(
        write_response=serializers.serialize_array_of_relay_service_connection_entity,
    ),
    "update_hybrid_connection": ServerCodecs(
        read_request=deserializers.deserialize_relay_service_connection_entity,
    ),
    "delete_hybrid_connection": ServerCodecs(),
    "create_site_repository": ServerCodecs(),
    "get_site_repository": ServerCodecs(
        write_response=serializers.serialize_repository_uri,
    ),
    "delete_site_repository": ServerCodecs(
        write_response=serializers.serialize_repository_uri,
    ),
    "sync_site_repository": ServerCodecs(),
    "generate_site_publishing_password": ServerCodecs(),
    "get_site_instance_ids": ServerCodecs(
        write_response=serializers.serialize_instance_ids,
    ),
    "get_site_usage_metrics": ServerCodecs(
        write_response=serializers.serialize_usages,
    ),
    "swap_site_slots": ServerCodecs(
        write_response=serializers.serialize_site_operation,
    ),
    "get_site_operation_status": ServerCodecs(
        write_response=serializers.serialize_site_operation,
    ),
    "apply_slot_configuration": ServerCodecs(),
    "reset_slot_configuration": ServerCodecs(),
    "get_slot_config_names": ServerCodecs(),
    "update_slot_config_names": ServerCodecs(),
    "get_website_operation_status": ServerCodecs(
        write_response=serializers.serialize_operation,
    ),
    "list_webspaces": ServerCodecs(
        write_response=serializers.serialize_web_spaces,
    ),
    "get_webspace": ServerCodecs(
        write_response=serializers.serialize_web_space,
    ),
    "list_sites": ServerCodecs(
        write_response=serializers.serialize_sites,
    ),
    "get_site": ServerCodecs(
        write_response=serializers.serialize_site,
    ),
    "create_site": ServerCodecs(
        read_request=deserializers.deserialize_create_site_input,
        write_response=serializers.serialize_site,
    ),
    "delete_site": ServerCodecs(),
    "update_site": ServerCodecs(
        read_request=deserializers.deserialize_update_site_input,
    ),
    "restart_site": ServerCodecs(),
    "get_historical_usage_metrics": ServerCodecs(
        write_response=serializers.serialize_metric_responses,
    ),
    "get_metric_definitions": ServerCodecs(
        write_response=serializers.serialize_metric_definitions,
    ),
    "get_publish_profile_xml": ServerCodecs(),
    "get_publish_profile": ServerCodecs(
        write_response=serializers.serialize_publish_data,
    ),
    "create_hosting_plan": ServerCodecs(
        read_request=deserializers.deserialize_server_farm,
        write_response=serializers.serialize_server_farm,
    ),
    "update_hosting_plan": ServerCodecs(
        read_request=deserializers.deserialize_update_server_farm,
        write_response=serializers.serialize_server_farm,
    ),
    "delete_hosting_plan": ServerCodecs(),
    "get_hosting_plan": ServerCodecs(
        write_response=serializers.serialize_server_farm,
    ),
    "list_hosting_plans": ServerCodecs(
        write_response=serializers.serialize_server_farms,
    ),
    "get_hosting_plan_metrics": ServerCodecs(
        write_response=serializers.serialize_metric_responses,
    ),
    "list_publishing_users": ServerCodecs(
        write_response=serializers.serialize_publishing_users,
    ),
    "create_publishing_user": ServerCodecs(
        read_request=deserializers.deserialize_publishing_user,
        write_response=serializers.serialize_publishing_user,
    ),
    "get_dns_suffix": ServerCodecs(
        write_response=serializers.serialize_dns_suffix,
    ),
    "list_geo_regions": ServerCodecs(
        write_response=serializers.serialize_geo_regions,
    ),
    "is_hostname_available": ServerCodecs(
        write_response=serializers.serialize_hostname_availability,
    ),
}
