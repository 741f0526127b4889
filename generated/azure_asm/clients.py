"""Client classes: one method per operation of the spec.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from azure_asm.deserializers import (
    deserialize_address_availability,
    deserialize_affinity_group,
    deserialize_affinity_groups,
    deserialize_application_gateway,
    deserialize_application_gateway_certificate,
    deserialize_application_gateway_certificates,
    deserialize_application_gateway_configuration,
    deserialize_application_gateways,
    deserialize_array_of_relay_service_connection_entity,
    deserialize_array_of_status_info,
    deserialize_availability_response,
    deserialize_backup_item,
    deserialize_backup_items,
    deserialize_backup_request,
    deserialize_certificate,
    deserialize_certificates,
    deserialize_client_root_certificates,
    deserialize_cloud_service,
    deserialize_cloud_services,
    deserialize_connection_detail_feed,
    deserialize_connections,
    deserialize_create_server_response,
    deserialize_dac_request_id,
    deserialize_data_virtual_hard_disk,
    deserialize_database,
    deserialize_database_copy,
    deserialize_database_operation,
    deserialize_definitions,
    deserialize_deployment,
    deserialize_deployment_event_collection,
    deserialize_disk,
    deserialize_disks,
    deserialize_dns_suffix,
    deserialize_effective_route_table,
    deserialize_extension_images,
    deserialize_extensions,
    deserialize_firewall_rule,
    deserialize_gateway,
    deserialize_gateway_connection_details,
    deserialize_gateway_connections,
    deserialize_gateway_operation,
    deserialize_gateway_public_diagnostics_status,
    deserialize_gateway_shared_key,
    deserialize_geo_regions,
    deserialize_hosted_service,
    deserialize_hosted_services,
    deserialize_hostname_availability,
    deserialize_i_psec_parameters,
    deserialize_images,
    deserialize_instance_ids,
    deserialize_ip_forwarding,
    deserialize_local_network_gateway,
    deserialize_local_network_gateways,
    deserialize_locations,
    deserialize_metric_definitions,
    deserialize_metric_properties_feed,
    deserialize_metric_responses,
    deserialize_metric_rollups_feed,
    deserialize_metric_values_feed,
    deserialize_namespace_authorization_rule_entry,
    deserialize_namespace_authorization_rule_feed,
    deserialize_namespace_availability_entry,
    deserialize_network_configuration,
    deserialize_network_security_group,
    deserialize_network_security_group_association,
    deserialize_network_security_groups,
    deserialize_notification_hub_entry,
    deserialize_notification_hub_feed,
    deserialize_operating_system_families,
    deserialize_operating_systems,
    deserialize_operation,
    deserialize_os_image,
    deserialize_os_image_details,
    deserialize_persistent_vm_role,
    deserialize_profiles,
    deserialize_publish_data,
    deserialize_publishing_user,
    deserialize_publishing_users,
    deserialize_queue_entry,
    deserialize_queue_feed,
    deserialize_recover_database_operation,
    deserialize_recoverable_database,
    deserialize_relay_feed,
    deserialize_relay_service_connection_entity,
    deserialize_repository_uri,
    deserialize_reserved_ip,
    deserialize_reserved_ips,
    deserialize_resource,
    deserialize_resource_extensions,
    deserialize_resource_name_availability_response,
    deserialize_resource_provider_properties,
    deserialize_restorable_dropped_database,
    deserialize_restore_database_operation,
    deserialize_restore_request,
    deserialize_restore_response,
    deserialize_role_sizes,
    deserialize_route_table,
    deserialize_route_table_association,
    deserialize_route_tables,
    deserialize_server_farm,
    deserialize_server_farms,
    deserialize_server_quota,
    deserialize_servers,
    deserialize_service_bus_namespace_entry,
    deserialize_service_bus_namespace_feed,
    deserialize_service_bus_region_feed,
    deserialize_service_extension,
    deserialize_service_objective,
    deserialize_service_resources_of_database,
    deserialize_service_resources_of_database_copy,
    deserialize_service_resources_of_database_operation,
    deserialize_service_resources_of_event_log,
    deserialize_service_resources_of_firewall_rule,
    deserialize_service_resources_of_recoverable_database,
    deserialize_service_resources_of_restorable_dropped_database,
    deserialize_service_resources_of_server_quota,
    deserialize_service_resources_of_service_objective,
    deserialize_site,
    deserialize_site_operation,
    deserialize_sites,
    deserialize_storage_service,
    deserialize_storage_services,
    deserialize_subscription,
    deserialize_subscription_certificate,
    deserialize_subscription_certificates,
    deserialize_subscription_operation_collection,
    deserialize_subscriptions,
    deserialize_topic_entry,
    deserialize_topic_feed,
    deserialize_traffic_manager_definition,
    deserialize_traffic_manager_dns_prefix_availability,
    deserialize_traffic_manager_profile,
    deserialize_usages,
    deserialize_validation_messages_of_migration_validation_message,
    deserialize_validation_messages_of_network_migration_validation_message,
    deserialize_virtual_network_gateway_details,
    deserialize_virtual_network_gateways,
    deserialize_virtual_network_sites,
    deserialize_vm_image_details,
    deserialize_vm_images,
    deserialize_vpn_device_list,
    deserialize_web_space,
    deserialize_web_spaces,
    unwrap_connection_detail_feed,
    unwrap_metric_properties_feed,
    unwrap_metric_rollups_feed,
    unwrap_metric_values_feed,
    unwrap_namespace_authorization_rule_entry,
    unwrap_namespace_authorization_rule_feed,
    unwrap_namespace_availability_entry,
    unwrap_notification_hub_entry,
    unwrap_notification_hub_feed,
    unwrap_queue_entry,
    unwrap_queue_feed,
    unwrap_relay_feed,
    unwrap_service_bus_namespace_entry,
    unwrap_service_bus_namespace_feed,
    unwrap_service_bus_region_feed,
    unwrap_topic_entry,
    unwrap_topic_feed,
)
from azure_asm.models import (
    AddDisk,
    AddressAvailability,
    AddRole,
    AffinityGroup,
    AffinityGroups,
    AnyNetworkConfigurationSet,
    ApplicationGateway,
    ApplicationGatewayCertificate,
    ApplicationGatewayCertificateFile,
    ApplicationGatewayConfiguration,
    ApplicationGatewayOperation,
    AvailabilityResponse,
    BackupItem,
    BackupRequest,
    BackupSchedule,
    BgpSettings,
    CaptureRoleAsVMImage,
    CaptureRoleOperation,
    Certificate,
    CertificateFile,
    Certificates,
    ChangeConfiguration,
    ClientRootCertificate,
    CloudService,
    CloudServices,
    ConfigurationSet,
    ConnectionDetail,
    ConnectionDetailFeed,
    CreateAffinityGroup,
    CreateApplicationGatewayParameters,
    CreateCloudService,
    CreateDatabaseInput,
    CreateDeployment,
    CreateGatewayConnectionParameters,
    CreateGatewayParameters,
    CreateHostedService,
    CreateJobCollection,
    CreateLocalNetworkGatewayParameters,
    CreateNamespaceEntry,
    CreateQueueEntry,
    CreateServerInput,
    CreateServerResponse,
    CreateSiteInput,
    CreateStorageServiceInput,
    CreateTopicEntry,
    CreateTrafficManagerProfile,
    CreateVirtualMachineDeployment,
    CreateVirtualNetworkGatewayParameters,
    CreateVMImageInput,
    DacBlobCredentials,
    DacBlobStorageAccessKeyCredentials,
    DacConnectionInfo,
    DacExportInput,
    DacImportInput,
    DacRequestId,
    DacStatusInfo,
    DacStatusInput,
    Database,
    DatabaseBackupSetting,
    DatabaseCopy,
    DatabaseCopyInput,
    DatabaseCopyUpdateInput,
    DatabaseOperation,
    DataVirtualHardDisk,
    DeleteRoleInstances,
    Deployment,
    DeploymentEventCollection,
    DeploymentNetworkResource,
    Disk,
    Disks,
    DnsServer,
    DnsServerInput,
    DnsSuffix,
    EffectiveRouteTable,
    EntitleResource,
    EventLog,
    ExtensionImage,
    FirewallRule,
    FirewallRuleInput,
    FrontendIpConfiguration,
    Gateway,
    GatewayConnectionDetails,
    GatewayConnectionStatus,
    GatewayDefaultSites,
    GatewayOperation,
    GatewayPublicDiagnosticsStatus,
    GatewaySharedKey,
    GeoRegion,
    HostedService,
    HostedServices,
    HostnameAvailability,
    Images,
    InstanceIds,
    IPForwarding,
    IPsecParameters,
    JobCollectionQuota,
    LinuxConfigurationSet,
    LoadBalancedEndpoint,
    LoadBalancedEndpointList,
    LoadBalancer,
    LocalNetworkGateway,
    Locations,
    MetricDefinitions,
    MetricProperties,
    MetricPropertiesFeed,
    MetricResponses,
    MetricRollups,
    MetricRollupsFeed,
    MetricValues,
    MetricValuesFeed,
    MigrationValidationMessage,
    NamespaceAuthorizationRuleFeed,
    NamespaceAuthorizationRuleRequest,
    NamespaceAvailability,
    NamespaceSharedAccessRule,
    NetworkConfiguration,
    NetworkConfigurationSet,
    NetworkMigrationValidationMessage,
    NetworkSecurityGroup,
    NetworkSecurityGroupAssociation,
    NetworkSecurityRule,
    NotificationHubDescription,
    NotificationHubFeed,
    OperatingSystemFamilies,
    OperatingSystems,
    Operation,
    OSImage,
    OSImageDetails,
    OSImageInput,
    OSVirtualHardDisk,
    PerformMaintenanceOnRoleOperation,
    PersistentVMRole,
    ProvisioningConfigurationSet,
    PublishData,
    PublishingUser,
    PublishingUsers,
    QueueDescription,
    QueueFeed,
    RecoverableDatabase,
    RecoverDatabaseInput,
    RecoverDatabaseOperation,
    RedeployRoleOperation,
    RegenerateKeys,
    RelayDescription,
    RelayFeed,
    RelayServiceConnectionEntity,
    ReplicationInput,
    RepositoryUri,
    ReservedIP,
    ReservedIPAssociation,
    ReservedIPs,
    ResetGatewayParameters,
    ResetGatewaySharedKey,
    ResizeGatewayParameters,
    Resource,
    ResourceExtensionReference,
    ResourceExtensions,
    ResourceNameAvailabilityResponse,
    ResourceProviderProperty,
    RestartRoleOperation,
    RestorableDroppedDatabase,
    RestoreDatabaseInput,
    RestoreDatabaseOperation,
    RestoreRequest,
    RestoreResponse,
    RoleSizes,
    RollbackUpdateOrUpgrade,
    Route,
    RouteTable,
    RouteTableAssociation,
    ServerAdminPasswordInput,
    ServerFarm,
    ServerQuota,
    Servers,
    ServiceBusNamespace,
    ServiceBusNamespaceFeed,
    ServiceBusRegion,
    ServiceBusRegionFeed,
    ServiceExtension,
    ServiceExtensionInput,
    ServiceObjective,
    ShutdownRoleOperation,
    ShutdownRolesOperation,
    Site,
    SiteOperation,
    Sites,
    SiteUsage,
    StartGatewayPublicDiagnostics,
    StartRoleOperation,
    StartRolesOperation,
    StopGatewayPublicDiagnostics,
    StorageService,
    StorageServices,
    StoreAddOnInput,
    Subscription,
    SubscriptionCertificate,
    SubscriptionCertificateInput,
    SubscriptionCertificates,
    SubscriptionOperation,
    SubscriptionOperationCollection,
    Subscriptions,
    SwapDeployment,
    TopicDescription,
    TopicFeed,
    TrafficManagerDefinition,
    TrafficManagerDnsOptions,
    TrafficManagerDnsPrefixAvailability,
    TrafficManagerMonitor,
    TrafficManagerPolicy,
    TrafficManagerProfile,
    UpdateAffinityGroup,
    UpdateApplicationGatewayParameters,
    UpdateDatabaseInput,
    UpdateDataDisk,
    UpdateDeploymentStatus,
    UpdateDisk,
    UpdateGatewayConnection,
    UpdateGatewayConnectionParameters,
    UpdateHostedService,
    UpdateHostNameSslState,
    UpdateJobCollection,
    UpdateLocalNetworkGatewayParameters,
    UpdateOSImageInput,
    UpdateRole,
    UpdateServerFarm,
    UpdateSiteInput,
    UpdateStorageServiceInput,
    UpdateTrafficManagerProfile,
    UpdateVMImageInput,
    UpgradeDeployment,
    VirtualNetworkGatewayDetails,
    VirtualNetworkSites,
    VMImage,
    VMImageDetails,
    VMImages,
    VpnClientParameters,
    VpnDeviceList,
    WalkUpgradeDomain,
    WebSpace,
    WebSpaces,
    WindowsConfigurationSet,
)
from azure_asm.serializers import (
    serialize_add_disk,
    serialize_add_role,
    serialize_application_gateway_certificate_file,
    serialize_application_gateway_configuration,
    serialize_application_gateway_operation,
    serialize_backup_request,
    serialize_capture_role_as_vm_image,
    serialize_capture_role_operation,
    serialize_certificate_file,
    serialize_change_configuration,
    serialize_create_affinity_group,
    serialize_create_application_gateway_parameters,
    serialize_create_cloud_service,
    serialize_create_database_input,
    serialize_create_deployment,
    serialize_create_gateway_connection_parameters,
    serialize_create_gateway_parameters,
    serialize_create_hosted_service,
    serialize_create_job_collection,
    serialize_create_local_network_gateway_parameters,
    serialize_create_namespace_entry,
    serialize_create_queue_entry,
    serialize_create_server_input,
    serialize_create_site_input,
    serialize_create_storage_service_input,
    serialize_create_topic_entry,
    serialize_create_traffic_manager_profile,
    serialize_create_virtual_machine_deployment,
    serialize_create_virtual_network_gateway_parameters,
    serialize_create_vm_image_input,
    serialize_dac_export_input,
    serialize_dac_import_input,
    serialize_dac_status_input,
    serialize_data_virtual_hard_disk,
    serialize_database_copy_input,
    serialize_database_copy_update_input,
    serialize_delete_role_instances,
    serialize_deployment_network_resource,
    serialize_dns_server_input,
    serialize_entitle_resource,
    serialize_extension_image,
    serialize_firewall_rule_input,
    serialize_gateway_default_sites,
    serialize_gateway_shared_key,
    serialize_i_psec_parameters,
    serialize_ip_forwarding,
    serialize_load_balanced_endpoint_list,
    serialize_load_balancer,
    serialize_namespace_authorization_rule_request,
    serialize_network_configuration,
    serialize_network_security_group,
    serialize_network_security_group_association,
    serialize_network_security_rule,
    serialize_os_image_input,
    serialize_perform_maintenance_on_role_operation,
    serialize_publishing_user,
    serialize_recover_database_input,
    serialize_redeploy_role_operation,
    serialize_regenerate_keys,
    serialize_relay_service_connection_entity,
    serialize_replication_input,
    serialize_reserved_ip,
    serialize_reserved_ip_association,
    serialize_reset_gateway_parameters,
    serialize_reset_gateway_shared_key,
    serialize_resize_gateway_parameters,
    serialize_restart_role_operation,
    serialize_restore_database_input,
    serialize_restore_request,
    serialize_rollback_update_or_upgrade,
    serialize_route,
    serialize_route_table,
    serialize_route_table_association,
    serialize_server_admin_password_input,
    serialize_server_farm,
    serialize_service_extension_input,
    serialize_shutdown_role_operation,
    serialize_shutdown_roles_operation,
    serialize_start_gateway_public_diagnostics,
    serialize_start_role_operation,
    serialize_start_roles_operation,
    serialize_stop_gateway_public_diagnostics,
    serialize_store_add_on_input,
    serialize_subscription_certificate_input,
    serialize_swap_deployment,
    serialize_traffic_manager_definition,
    serialize_update_affinity_group,
    serialize_update_application_gateway_parameters,
    serialize_update_data_disk,
    serialize_update_database_input,
    serialize_update_deployment_status,
    serialize_update_disk,
    serialize_update_gateway_connection,
    serialize_update_gateway_connection_parameters,
    serialize_update_hosted_service,
    serialize_update_job_collection,
    serialize_update_local_network_gateway_parameters,
    serialize_update_os_image_input,
    serialize_update_role,
    serialize_update_server_farm,
    serialize_update_site_input,
    serialize_update_storage_service_input,
    serialize_update_traffic_manager_profile,
    serialize_update_vm_image_input,
    serialize_upgrade_deployment,
    serialize_vpn_client_parameters,
    serialize_walk_upgrade_domain,
)
from azure_asm.validators import (
    validate_any_network_configuration_set,
    validate_application_gateway_configuration,
    validate_backup_schedule,
    validate_bgp_settings,
    validate_capture_role_as_vm_image,
    validate_create_vm_image_input,
    validate_dac_blob_credentials,
    validate_dac_connection_info,
    validate_data_virtual_hard_disk,
    validate_database_backup_setting,
    validate_dns_server,
    validate_extension_image,
    validate_frontend_ip_configuration,
    validate_job_collection_quota,
    validate_load_balanced_endpoint,
    validate_namespace_shared_access_rule,
    validate_network_configuration,
    validate_os_virtual_hard_disk,
    validate_provisioning_configuration_set,
    validate_queue_description,
    validate_resource_extension_reference,
    validate_topic_description,
    validate_traffic_manager_dns_options,
    validate_traffic_manager_monitor,
    validate_traffic_manager_policy,
    validate_update_host_name_ssl_state,
    validate_update_os_image_input,
    validate_update_vm_image_input,
)
from azure_asm_runtime.client import ServiceClient, quote_segment
from azure_asm_runtime.legacy import convert_model
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.validation import (
    check_bool,
    check_datetime,
    check_exactly_one,
    check_instance,
    check_int,
    check_json,
    check_list,
    check_map,
    check_path_segment,
    check_string,
)
from azure_asm_runtime.xmlcodec import (
    ResultList,
    UnwrappedList,
    format_bool,
    format_int,
    json_body,
)

__all__ = [
    "ServiceManagementService",
    "SchedulerManagementService",
    "ServiceBusManagementService",
    "SqlDatabaseManagementService",
    "StoreManagementService",
    "TrafficManagerManagementService",
    "WebsiteManagementService",
]


class ServiceManagementService(ServiceClient):
    """Client for the Azure Service Management (classic) API: cloud services, deployments, virtual
    machines, storage accounts, images, disks and the operations that change them.

    ``ServiceManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/atom+xml;type=entry;charset=utf-8"
    x_ms_version = "2014-10-01"

    def _operation_status(self, request_id: str) -> Operation:
        return self.get_operation_status(request_id)

    def list_affinity_groups(
        self,
    ) -> AffinityGroups:
        """Lists the affinity groups of the subscription (without their services).

        ``GET /{subscription_id}/affinitygroups``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/affinitygroups",
            x_ms_version="2014-10-01",
            operation="list_affinity_groups",
        )
        return self._read(response, deserialize_affinity_groups)

    def get_affinity_group_properties(
        self,
        affinity_group_name: str,
    ) -> AffinityGroup:
        """Returns an affinity group with the cloud services and storage accounts placed in it and
        the capabilities and role sizes of its location.

        ``GET /{subscription_id}/affinitygroups/{affinity_group_name}``.

        Args:
            affinity_group_name: Name of the affinity group.
        """
        check_string("affinity_group_name", affinity_group_name, required=True)
        check_path_segment("affinity_group_name", affinity_group_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "affinitygroups/"
            f"{quote_segment(affinity_group_name)}",
            x_ms_version="2014-10-01",
            operation="get_affinity_group_properties",
        )
        return self._read(response, deserialize_affinity_group)

    def create_affinity_group(
        self,
        name: str,
        label: str,
        location: str,
        description: str | None = None,
    ) -> None:
        """Creates an affinity group in a location. Synchronous; returns None.

        ``POST /{subscription_id}/affinitygroups``.

        Args:
            name: Name of the new affinity group, unique in the subscription (up to 64
                characters).
            label: Friendly name of the group, up to 100 characters; sent base64-encoded.
            location: Data center location of the group, e.g. `West US` (see list_locations).
            description: Description of the group, up to 1024 characters.
        """
        check_string("name", name, required=True, min_length=1, max_length=64)
        check_string("label", label, required=True, min_length=1, max_length=100, encoded=True)
        check_string("location", location, required=True)
        if description is not None:
            check_string("description", description, max_length=1024)
        request = CreateAffinityGroup(
            name=name,
            label=label,
            description=description,
            location=location,
        )
        body = serialize_create_affinity_group(request)
        self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/affinitygroups",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_affinity_group",
        )

    def update_affinity_group(
        self,
        affinity_group_name: str,
        label: str,
        description: str | None = None,
    ) -> None:
        """Changes the label and description of an affinity group. Synchronous; returns None.

        ``PUT /{subscription_id}/affinitygroups/{affinity_group_name}``.

        Args:
            affinity_group_name: Name of the affinity group.
            label: New friendly name, up to 100 characters; sent base64-encoded.
            description: New description, up to 1024 characters; None leaves it unchanged.
        """
        check_string("affinity_group_name", affinity_group_name, required=True)
        check_path_segment("affinity_group_name", affinity_group_name)
        check_string("label", label, required=True, min_length=1, max_length=100, encoded=True)
        if description is not None:
            check_string("description", description, max_length=1024)
        request = UpdateAffinityGroup(
            label=label,
            description=description,
        )
        body = serialize_update_affinity_group(request)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "affinitygroups/"
            f"{quote_segment(affinity_group_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_affinity_group",
        )

    def delete_affinity_group(
        self,
        affinity_group_name: str,
    ) -> None:
        """Deletes an affinity group. ASM refuses while cloud services, storage accounts or virtual
        networks are still placed in it. Synchronous; returns None.

        ``DELETE /{subscription_id}/affinitygroups/{affinity_group_name}``.

        Args:
            affinity_group_name: Name of the affinity group.
        """
        check_string("affinity_group_name", affinity_group_name, required=True)
        check_path_segment("affinity_group_name", affinity_group_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "affinitygroups/"
            f"{quote_segment(affinity_group_name)}",
            x_ms_version="2014-10-01",
            operation="delete_affinity_group",
        )

    def create_application_gateway(
        self,
        name: str,
        vnet_name: str,
        subnets: list[str],
        gateway_size: str | None = None,
        instance_count: int | None = None,
        description: str | None = None,
    ) -> AsyncOperation:
        """Creates an application gateway in subnets of a virtual network. It is `Stopped` until
        configured (set_application_gateway_config) and started
        (execute_application_gateway_operation). Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/ApplicationGateways``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the application gateway.
            vnet_name: Virtual network of the gateway.
            subnets: Subnets of that network the gateway uses.
            gateway_size: `Small`, `Medium` or `Large`.
            instance_count: Number of instances, 1 to 10.
            description: Description of the gateway.
        """
        check_string("name", name, required=True)
        check_string("vnet_name", vnet_name, required=True)
        check_list("subnets", subnets, required=True)
        if subnets is not None:
            for index, subnets_item in enumerate(subnets):
                check_string(f"subnets[{index}]", subnets_item, required=True)
        if gateway_size is not None:
            check_string("gateway_size", gateway_size)
        if instance_count is not None:
            instance_count = check_int("instance_count", instance_count)
        if description is not None:
            check_string("description", description)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = CreateApplicationGatewayParameters(
            description=description,
            gateway_size=gateway_size,
            instance_count=instance_count,
            name=name,
            subnets=subnets,
            vnet_name=vnet_name,
        )
        body = serialize_create_application_gateway_parameters(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/networking/ApplicationGateways",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="create_application_gateway",
        )
        return self._async_operation(response)

    def get_application_gateway(
        self,
        gateway_name: str,
    ) -> ApplicationGateway:
        """Returns an application gateway.

        ``GET /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}``.

        Args:
            gateway_name: Name of the application gateway.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_application_gateway",
        )
        return self._read(response, deserialize_application_gateway)

    def list_application_gateways(
        self,
    ) -> ResultList[ApplicationGateway]:
        """Lists the application gateways of the subscription.

        ``GET /{subscription_id}/services/networking/ApplicationGateways``.
        """
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/ApplicationGateways",
            x_ms_version="2016-07-01",
            query=query,
            operation="list_application_gateways",
        )
        return self._read(response, deserialize_application_gateways)

    def update_application_gateway(
        self,
        gateway_name: str,
        description: str | None = None,
        gateway_size: str | None = None,
        instance_count: int | None = None,
        subnets: list[str] | None = None,
        vnet_name: str | None = None,
    ) -> AsyncOperation:
        """Changes the size, instance count, description or subnets of an application gateway.
        Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_name: Name of the application gateway.
            description: Description of the gateway.
            gateway_size: `Small`, `Medium` or `Large`.
            instance_count: Number of instances, 1 to 10.
            subnets: Subnets the gateway uses.
            vnet_name: Virtual network of the gateway.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        if description is not None:
            check_string("description", description)
        if gateway_size is not None:
            check_string("gateway_size", gateway_size)
        if instance_count is not None:
            instance_count = check_int("instance_count", instance_count)
        if subnets is not None:
            check_list("subnets", subnets)
            for index, subnets_item in enumerate(subnets):
                check_string(f"subnets[{index}]", subnets_item, required=True)
        if vnet_name is not None:
            check_string("vnet_name", vnet_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = UpdateApplicationGatewayParameters(
            description=description,
            gateway_size=gateway_size,
            instance_count=instance_count,
            subnets=subnets,
            vnet_name=vnet_name,
        )
        body = serialize_update_application_gateway_parameters(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="update_application_gateway",
        )
        return self._async_operation(response)

    def delete_application_gateway(
        self,
        gateway_name: str,
    ) -> AsyncOperation:
        """Deletes an application gateway. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_name: Name of the application gateway.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="delete_application_gateway",
        )
        return self._async_operation(response)

    def execute_application_gateway_operation(
        self,
        gateway_name: str,
        operation_type: str,
    ) -> AsyncOperation:
        """Starts or stops an application gateway. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/Operations`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_name: Name of the application gateway.
            operation_type: `Start` or `Stop`.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        check_string("operation_type", operation_type, required=True)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = ApplicationGatewayOperation(
            operation_type=operation_type,
        )
        body = serialize_application_gateway_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "Operations",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="execute_application_gateway_operation",
        )
        return self._async_operation(response)

    def add_application_gateway_certificate(
        self,
        gateway_name: str,
        certificate_name: str,
        data: str,
        certificate_format: str,
        password: str,
    ) -> AsyncOperation:
        """Uploads an SSL certificate (PFX) for the HTTPS listeners of an application gateway.
        Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/sslcertificates/{certificate_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            gateway_name: Name of the application gateway.
            certificate_name: Name of the certificate in the gateway.
            data: The PFX file, base64-encoded.
            certificate_format: `pfx`.
            password: Password of the PFX file.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        check_string("certificate_name", certificate_name, required=True)
        check_path_segment("certificate_name", certificate_name)
        check_string("data", data, required=True, secret=True)
        check_string("certificate_format", certificate_format, required=True)
        check_string("password", password, required=True, secret=True)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = ApplicationGatewayCertificateFile(
            data=data,
            certificate_format=certificate_format,
            password=password,
        )
        body = serialize_application_gateway_certificate_file(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "sslcertificates/"
            f"{quote_segment(certificate_name)}",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="add_application_gateway_certificate",
        )
        return self._async_operation(response)

    def get_application_gateway_certificate(
        self,
        gateway_name: str,
        certificate_name: str,
    ) -> ApplicationGatewayCertificate:
        """Returns an SSL certificate of an application gateway (its public part).

        ``GET /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/sslcertificates/{certificate_name}``.

        Args:
            gateway_name: Name of the application gateway.
            certificate_name: Name of the certificate.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        check_string("certificate_name", certificate_name, required=True)
        check_path_segment("certificate_name", certificate_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "sslcertificates/"
            f"{quote_segment(certificate_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_application_gateway_certificate",
        )
        return self._read(response, deserialize_application_gateway_certificate)

    def list_application_gateway_certificates(
        self,
        gateway_name: str,
    ) -> ResultList[ApplicationGatewayCertificate]:
        """Lists the SSL certificates of an application gateway.

        ``GET /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/sslcertificates``.

        Args:
            gateway_name: Name of the application gateway.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "sslcertificates",
            x_ms_version="2016-07-01",
            query=query,
            operation="list_application_gateway_certificates",
        )
        return self._read(response, deserialize_application_gateway_certificates)

    def delete_application_gateway_certificate(
        self,
        gateway_name: str,
        certificate_name: str,
    ) -> AsyncOperation:
        """Deletes an SSL certificate of an application gateway. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/sslcertificates/{certificate_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            gateway_name: Name of the application gateway.
            certificate_name: Name of the certificate.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        check_string("certificate_name", certificate_name, required=True)
        check_path_segment("certificate_name", certificate_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "sslcertificates/"
            f"{quote_segment(certificate_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="delete_application_gateway_certificate",
        )
        return self._async_operation(response)

    def get_application_gateway_config(
        self,
        gateway_name: str,
    ) -> ApplicationGatewayConfiguration:
        """Returns the configuration of an application gateway (front ends, back-end pools,
        listeners, rules).

        ``GET /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/configuration``.

        Args:
            gateway_name: Name of the application gateway.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "configuration",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_application_gateway_config",
        )
        return self._read(response, deserialize_application_gateway_configuration)

    def set_application_gateway_config(
        self,
        gateway_name: str,
        config: ApplicationGatewayConfiguration,
    ) -> AsyncOperation:
        """Replaces the configuration of an application gateway. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/ApplicationGateways/
        {gateway_name}/configuration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_name: Name of the application gateway.
            config: The whole new configuration.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_path_segment("gateway_name", gateway_name)
        check_instance("config", config, ApplicationGatewayConfiguration, required=True)
        if config is not None:
            validate_application_gateway_configuration(config, "config.")
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        assert config is not None
        body = serialize_application_gateway_configuration(config)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "ApplicationGateways/"
            f"{quote_segment(gateway_name)}/"
            "configuration",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="set_application_gateway_config",
        )
        return self._async_operation(response)

    def list_service_certificates(
        self,
        service_name: str,
    ) -> Certificates:
        """Lists the certificates of a cloud service. Only the public part of each certificate is
        returned, as `.cer` data.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/
        certificates``.

        Args:
            service_name: Name of the cloud service.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "certificates",
            x_ms_version="2014-10-01",
            operation="list_service_certificates",
        )
        return self._read(response, deserialize_certificates)

    def get_service_certificate(
        self,
        service_name: str,
        thumbalgorithm: str,
        thumbprint: str,
    ) -> Certificate:
        """Returns the public part of one certificate of a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/certificates/
        {thumbalgorithm}-{thumbprint}``.

        Args:
            service_name: Name of the cloud service.
            thumbalgorithm: Algorithm of the thumbprint, normally `sha1`.
            thumbprint: Thumbprint of the certificate (hexadecimal).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("thumbalgorithm", thumbalgorithm, required=True)
        check_path_segment("thumbalgorithm", thumbalgorithm)
        check_string(
            "thumbprint", thumbprint, required=True, min_length=1, pattern="^[0-9A-Fa-f]+$"
        )
        check_path_segment("thumbprint", thumbprint)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "certificates/"
            f"{quote_segment(thumbalgorithm)}-{quote_segment(thumbprint)}",
            x_ms_version="2014-10-01",
            operation="get_service_certificate",
        )
        return self._read(response, deserialize_certificate)

    def add_service_certificate(
        self,
        service_name: str,
        data: str,
        certificate_format: str,
        password: str | None = None,
    ) -> AsyncOperation:
        """Uploads a certificate to a cloud service, so that its roles (and virtual machines,
        through their provisioning settings) can have it installed. A `.pfx` file carries the
        private key and needs its password; a `.cer` file has neither. Returns an
        AsyncOperation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        certificates`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            data: The `.pfx` or `.cer` file, base64-encoded by the caller.
            certificate_format: Format of `data`: pfx or cer.
            password: Password protecting the `.pfx` file; leave None for a `.cer` file (nothing
                is sent).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("data", data, required=True, secret=True)
        check_string("certificate_format", certificate_format, required=True, enum=("pfx", "cer"))
        if password is not None:
            check_string("password", password, secret=True)
        request = CertificateFile(
            data=data,
            certificate_format=certificate_format,
            password=password,
        )
        body = serialize_certificate_file(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "certificates",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_service_certificate",
        )
        return self._async_operation(response)

    def delete_service_certificate(
        self,
        service_name: str,
        thumbalgorithm: str,
        thumbprint: str,
    ) -> AsyncOperation:
        """Removes a certificate from a cloud service. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        certificates/{thumbalgorithm}-{thumbprint}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            thumbalgorithm: Algorithm of the thumbprint, normally `sha1`.
            thumbprint: Thumbprint of the certificate (hexadecimal).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("thumbalgorithm", thumbalgorithm, required=True)
        check_path_segment("thumbalgorithm", thumbalgorithm)
        check_string(
            "thumbprint", thumbprint, required=True, min_length=1, pattern="^[0-9A-Fa-f]+$"
        )
        check_path_segment("thumbprint", thumbprint)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "certificates/"
            f"{quote_segment(thumbalgorithm)}-{quote_segment(thumbprint)}",
            x_ms_version="2014-10-01",
            operation="delete_service_certificate",
        )
        return self._async_operation(response)

    def list_management_certificates(
        self,
    ) -> SubscriptionCertificates:
        """Lists the management certificates of the subscription (the certificates ASM accepts from
        clients).

        ``GET /{subscription_id}/certificates``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/certificates",
            x_ms_version="2014-10-01",
            operation="list_management_certificates",
        )
        return self._read(response, deserialize_subscription_certificates)

    def get_management_certificate(
        self,
        thumbprint: str,
    ) -> SubscriptionCertificate:
        """Returns one management certificate of the subscription.

        ``GET /{subscription_id}/certificates/{thumbprint}``.

        Args:
            thumbprint: SHA-1 thumbprint of the certificate (40 hexadecimal digits).
        """
        check_string(
            "thumbprint", thumbprint, required=True, min_length=1, pattern="^[0-9A-Fa-f]{40}$"
        )
        check_path_segment("thumbprint", thumbprint)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/certificates/{quote_segment(thumbprint)}",
            x_ms_version="2014-10-01",
            operation="get_management_certificate",
        )
        return self._read(response, deserialize_subscription_certificate)

    def add_management_certificate(
        self,
        public_key: str,
        thumbprint: str,
        data: str,
    ) -> None:
        """Adds a management certificate to the subscription: from then on ASM accepts requests
        signed with it (client certificate authentication). Synchronous; returns None.

        ``POST /{subscription_id}/certificates``.

        Args:
            public_key: The certificate's public key, base64-encoded by the caller.
            thumbprint: SHA-1 thumbprint of the certificate (40 hexadecimal digits).
            data: The certificate (`.cer`, DER), base64-encoded by the caller.
        """
        check_string("public_key", public_key, required=True)
        check_string(
            "thumbprint", thumbprint, required=True, min_length=1, pattern="^[0-9A-Fa-f]{40}$"
        )
        check_string("data", data, required=True, secret=True)
        request = SubscriptionCertificateInput(
            public_key=public_key,
            thumbprint=thumbprint,
            data=data,
        )
        body = serialize_subscription_certificate_input(request)
        self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/certificates",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_management_certificate",
        )

    def delete_management_certificate(
        self,
        thumbprint: str,
    ) -> None:
        """Removes a management certificate from the subscription; requests signed with it are
        refused from then on (403). Synchronous; returns None.

        ``DELETE /{subscription_id}/certificates/{thumbprint}``.

        Args:
            thumbprint: SHA-1 thumbprint of the certificate (40 hexadecimal digits).
        """
        check_string(
            "thumbprint", thumbprint, required=True, min_length=1, pattern="^[0-9A-Fa-f]{40}$"
        )
        check_path_segment("thumbprint", thumbprint)
        self._send(
            "DELETE",
            f"/{quote_segment(self.subscription_id)}/certificates/{quote_segment(thumbprint)}",
            x_ms_version="2014-10-01",
            operation="delete_management_certificate",
        )

    def get_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous operation, given the request id that started it
        (the `x-ms-request-id` header, kept as `request_id` on the returned AsyncOperation).

        ``GET /{subscription_id}/operations/{request_id}``.

        Args:
            request_id: The request id of the asynchronous operation.
        """
        check_string("request_id", request_id, required=True)
        check_path_segment("request_id", request_id)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations/{quote_segment(request_id)}",
            x_ms_version="2014-10-01",
            operation="get_operation_status",
        )
        return self._read(response, deserialize_operation)

    def get_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
    ) -> DataVirtualHardDisk:
        """Returns the data disk attached to a virtual machine at a LUN.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/DataDisks/{lun}``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            lun: LUN of the data disk, 0 to 31.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        lun = check_int("lun", lun, required=True, minimum=0, maximum=31)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "DataDisks/"
            f"{quote_segment(format_int(lun))}",
            x_ms_version="2014-10-01",
            operation="get_data_disk",
        )
        return self._read(response, deserialize_data_virtual_hard_disk)

    def add_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        host_caching: str | None = None,
        media_link: str | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        logical_disk_size_in_gb: int | None = None,
        source_media_link: str | None = None,
    ) -> AsyncOperation:
        """Attaches a data disk to a virtual machine at a free LUN: an existing free data disk
        (`disk_name`), an existing VHD blob registered as a disk on the way
        (`source_media_link`), or a new empty disk (`logical_disk_size_in_gb`, VHD written to
        `media_link`).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/DataDisks`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            lun: Free LUN to attach the disk at, 0 to 31.
            host_caching: Disk caching: None, ReadOnly or ReadWrite.
            media_link: Blob URL where the VHD of a new empty disk is written.
            disk_label: Label of a new disk.
            disk_name: Name of an existing free data disk to attach.
            logical_disk_size_in_gb: Size of a new empty disk, in GB (1 to 1023).
            source_media_link: Blob URL of an existing VHD to register as a disk and attach.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        lun = check_int("lun", lun, required=True, minimum=0, maximum=31)
        if host_caching is not None:
            check_string("host_caching", host_caching, enum=("None", "ReadOnly", "ReadWrite"))
        if media_link is not None:
            check_string("media_link", media_link)
        if disk_label is not None:
            check_string("disk_label", disk_label)
        if disk_name is not None:
            check_string("disk_name", disk_name)
        if logical_disk_size_in_gb is not None:
            logical_disk_size_in_gb = check_int(
                "logical_disk_size_in_gb", logical_disk_size_in_gb, minimum=1, maximum=1023
            )
        if source_media_link is not None:
            check_string("source_media_link", source_media_link)
        request = DataVirtualHardDisk(
            host_caching=host_caching,
            disk_label=disk_label,
            disk_name=disk_name,
            lun=lun,
            logical_disk_size_in_gb=logical_disk_size_in_gb,
            media_link=media_link,
            source_media_link=source_media_link,
        )
        body = serialize_data_virtual_hard_disk(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "DataDisks",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_data_disk",
        )
        return self._async_operation(response)

    def update_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        host_caching: str | None = None,
        media_link: str | None = None,
        updated_lun: int | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        logical_disk_size_in_gb: int | None = None,
    ) -> AsyncOperation:
        """Changes the data disk at a LUN of a virtual machine: its caching, its label, its LUN
        (`updated_lun`) or its size (grow only). Elements left None are not sent.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/DataDisks/{lun}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            lun: Current LUN of the data disk, 0 to 31.
            host_caching: New disk caching: None, ReadOnly or ReadWrite.
            media_link: Blob URL of the disk's VHD (it cannot change).
            updated_lun: New LUN of the disk, 0 to 31; None keeps it.
            disk_label: New label of the disk.
            disk_name: Name of the disk (it cannot change).
            logical_disk_size_in_gb: New, larger size of the disk, in GB (up to 1023).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        lun = check_int("lun", lun, required=True, minimum=0, maximum=31)
        if host_caching is not None:
            check_string("host_caching", host_caching, enum=("None", "ReadOnly", "ReadWrite"))
        if media_link is not None:
            check_string("media_link", media_link)
        if updated_lun is not None:
            updated_lun = check_int("updated_lun", updated_lun, minimum=0, maximum=31)
        if disk_label is not None:
            check_string("disk_label", disk_label)
        if disk_name is not None:
            check_string("disk_name", disk_name)
        if logical_disk_size_in_gb is not None:
            logical_disk_size_in_gb = check_int(
                "logical_disk_size_in_gb", logical_disk_size_in_gb, minimum=1, maximum=1023
            )
        request = UpdateDataDisk(
            host_caching=host_caching,
            disk_label=disk_label,
            disk_name=disk_name,
            updated_lun=updated_lun,
            logical_disk_size_in_gb=logical_disk_size_in_gb,
            media_link=media_link,
        )
        body = serialize_update_data_disk(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "DataDisks/"
            f"{quote_segment(format_int(lun))}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_data_disk",
        )
        return self._async_operation(response)

    def delete_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        delete_vhd: bool | None = False,
    ) -> AsyncOperation:
        """Detaches the data disk at a LUN from a virtual machine. The disk stays in the image
        repository unless `delete_vhd=True`, which deletes it and its VHD blob.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            lun: LUN of the data disk, 0 to 31.
            delete_vhd: Also delete the disk and its VHD blob (`comp=media`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        lun = check_int("lun", lun, required=True, minimum=0, maximum=31)
        if delete_vhd is not None:
            delete_vhd = check_bool("delete_vhd", delete_vhd)
        query: list[tuple[str, str]] = []
        if delete_vhd:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "DataDisks/"
            f"{quote_segment(format_int(lun))}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_data_disk",
        )
        return self._async_operation(response)

    def create_deployment(
        self,
        service_name: str,
        deployment_slot: str,
        name: str,
        package_url: str,
        label: str,
        configuration: str,
        start_deployment: bool | None = False,
        treat_warnings_as_error: bool | None = False,
        extended_properties: Mapping[str, str] | None = None,
    ) -> AsyncOperation:
        """Creates a cloud service (web/worker role) deployment from a service package and its
        configuration, in the production or staging slot. With `start_deployment=False` the
        deployment is created Suspended; start it with `update_deployment_status`.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot to deploy to: production or staging (any case).
            name: Name of the new deployment, unique within the cloud service.
            package_url: Blob URL (or SAS URL) of the service package (.cspkg).
            label: Label of the deployment, up to 100 characters (sent base64-encoded).
            configuration: The service configuration (.cscfg), base64-encoded by the caller; it
                may hold credentials.
            start_deployment: Start the roles once deployed; otherwise the deployment stays
                Suspended.
            treat_warnings_as_error: Fail the deployment when the package validation reports
                warnings.
            extended_properties: Name/value pairs stored with the deployment (at most 50).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="^(?i:production|staging)$"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("name", name, required=True, min_length=1, max_length=100)
        check_string("package_url", package_url, required=True)
        check_string("label", label, required=True, max_length=100, encoded=True)
        check_string("configuration", configuration, required=True, secret=True)
        if start_deployment is not None:
            start_deployment = check_bool("start_deployment", start_deployment)
        if treat_warnings_as_error is not None:
            treat_warnings_as_error = check_bool("treat_warnings_as_error", treat_warnings_as_error)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        request = CreateDeployment(
            name=name,
            package_url=package_url,
            label=label,
            configuration=configuration,
            start_deployment=start_deployment,
            treat_warnings_as_error=treat_warnings_as_error,
            extended_properties=None if extended_properties is None else dict(extended_properties),
        )
        body = serialize_create_deployment(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_deployment",
        )
        return self._async_operation(response)

    def swap_deployment(
        self,
        service_name: str,
        production: str,
        source_deployment: str,
    ) -> AsyncOperation:
        """Swaps the deployments of the production and staging slots of a cloud service (a VIP
        swap): the staging deployment goes live and the production one moves to staging.

        ``POST /{subscription_id}/services/hostedservices/{service_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            production: Name of the deployment now in the production slot.
            source_deployment: Name of the deployment now in the staging slot, which goes to
                production.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("production", production, required=True)
        check_string("source_deployment", source_deployment, required=True)
        request = SwapDeployment(
            production=production,
            source_deployment=source_deployment,
        )
        body = serialize_swap_deployment(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="swap_deployment",
        )
        return self._async_operation(response)

    def change_deployment_configuration(
        self,
        service_name: str,
        deployment_name: str,
        configuration: str,
        treat_warnings_as_error: bool | None = False,
        mode: str | None = "Auto",
        extended_properties: Mapping[str, str] | None = None,
    ) -> AsyncOperation:
        """Replaces the service configuration (.cscfg) of a deployment: settings, instance counts,
        certificates. With `mode='Manual'` the change is applied one upgrade domain at a time
        with `walk_upgrade_domain`.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            configuration: The new service configuration (.cscfg), base64-encoded by the caller.
            treat_warnings_as_error: Fail the change when the configuration validation reports
                warnings.
            mode: Auto (all upgrade domains in turn), Manual (walk them yourself) or
                Simultaneous (all at once).
            extended_properties: Name/value pairs to store with the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("configuration", configuration, required=True, secret=True)
        if treat_warnings_as_error is not None:
            treat_warnings_as_error = check_bool("treat_warnings_as_error", treat_warnings_as_error)
        if mode is not None:
            check_string("mode", mode, enum=("Auto", "Manual", "Simultaneous"))
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        query: list[tuple[str, str]] = []
        query.append(("comp", "config"))
        request = ChangeConfiguration(
            configuration=configuration,
            treat_warnings_as_error=treat_warnings_as_error,
            mode=mode,
            extended_properties=None if extended_properties is None else dict(extended_properties),
        )
        body = serialize_change_configuration(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="change_deployment_configuration",
        )
        return self._async_operation(response)

    def update_deployment_status(
        self,
        service_name: str,
        deployment_name: str,
        status: str,
    ) -> AsyncOperation:
        """Starts (Running) or stops (Suspended) the role instances of a cloud service deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            status: Running or Suspended.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("status", status, required=True, enum=("Running", "Suspended"))
        query: list[tuple[str, str]] = []
        query.append(("comp", "status"))
        request = UpdateDeploymentStatus(
            status=status,
        )
        body = serialize_update_deployment_status(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="update_deployment_status",
        )
        return self._async_operation(response)

    def upgrade_deployment(
        self,
        service_name: str,
        deployment_name: str,
        mode: str,
        package_url: str,
        configuration: str,
        label: str,
        force: bool,
        role_to_upgrade: str | None = None,
        extended_properties: Mapping[str, str] | None = None,
    ) -> AsyncOperation:
        """Upgrades a deployment in place to a new service package and configuration, all roles or
        one (`role_to_upgrade`). With `mode='Manual'` the upgrade waits for
        `walk_upgrade_domain` to move from one upgrade domain to the next.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            mode: Auto (all upgrade domains in turn), Manual (walk them yourself) or
                Simultaneous (all at once).
            package_url: Blob URL (or SAS URL) of the new service package (.cspkg).
            configuration: The new service configuration (.cscfg), base64-encoded by the caller.
            label: New label of the deployment, up to 100 characters (sent base64-encoded).
            force: Go on even when the upgrade loses local data of some role instances.
            role_to_upgrade: Upgrade only this role; all roles when None.
            extended_properties: Name/value pairs to store with the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("mode", mode, required=True, enum=("Auto", "Manual", "Simultaneous"))
        check_string("package_url", package_url, required=True)
        check_string("configuration", configuration, required=True, secret=True)
        check_string("label", label, required=True, max_length=100, encoded=True)
        force = check_bool("force", force, required=True)
        if role_to_upgrade is not None:
            check_string("role_to_upgrade", role_to_upgrade)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        query: list[tuple[str, str]] = []
        query.append(("comp", "upgrade"))
        request = UpgradeDeployment(
            mode=mode,
            package_url=package_url,
            configuration=configuration,
            label=label,
            role_to_upgrade=role_to_upgrade,
            force=force,
            extended_properties=None if extended_properties is None else dict(extended_properties),
        )
        body = serialize_upgrade_deployment(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="upgrade_deployment",
        )
        return self._async_operation(response)

    def walk_upgrade_domain(
        self,
        service_name: str,
        deployment_name: str,
        upgrade_domain: int,
    ) -> AsyncOperation:
        """Applies a Manual upgrade or configuration change (or roll-back) to the next upgrade
        domain. Domains are walked in order, from 0.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            upgrade_domain: The upgrade domain to walk now (counted from 0; the deployment's
                current one).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        upgrade_domain = check_int(
            "upgrade_domain", upgrade_domain, required=True, minimum=0, maximum=19
        )
        query: list[tuple[str, str]] = []
        query.append(("comp", "walkupgradedomain"))
        request = WalkUpgradeDomain(
            upgrade_domain=upgrade_domain,
        )
        body = serialize_walk_upgrade_domain(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="walk_upgrade_domain",
        )
        return self._async_operation(response)

    def rollback_update_or_upgrade(
        self,
        service_name: str,
        deployment_name: str,
        mode: str,
        force: bool,
    ) -> AsyncOperation:
        """Cancels an upgrade or configuration change under way and returns the deployment to the
        package and configuration it had before. Only possible while `rollback_allowed` is true.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            mode: Auto (roll back every domain) or Manual (walk the domains with
                `walk_upgrade_domain`).
            force: Go on even when the roll-back loses local data of some role instances.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("mode", mode, required=True, enum=("Auto", "Manual"))
        force = check_bool("force", force, required=True)
        query: list[tuple[str, str]] = []
        query.append(("comp", "rollback"))
        request = RollbackUpdateOrUpgrade(
            mode=mode,
            force=force,
        )
        body = serialize_rollback_update_or_upgrade(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="rollback_update_or_upgrade",
        )
        return self._async_operation(response)

    def reboot_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsyncOperation:
        """Restarts one role instance (a web/worker role instance or a virtual machine).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_instance_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance, e.g. WebRole1_IN_0.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "reboot"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}",
            x_ms_version="2014-10-01",
            query=query,
            body=b"",
            operation="reboot_role_instance",
        )
        return self._async_operation(response)

    def reimage_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsyncOperation:
        """Reinstalls the operating system of a web/worker role instance, keeping its local storage
        resources (use `rebuild_role_instance` to wipe them too).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_instance_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance, e.g. WebRole1_IN_0.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "reimage"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}",
            x_ms_version="2014-10-01",
            query=query,
            body=b"",
            operation="reimage_role_instance",
        )
        return self._async_operation(response)

    def rebuild_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsyncOperation:
        """Reinstalls the operating system of a web/worker role instance and initializes its local
        storage resources (all local drives).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_instance_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance, e.g. WebRole1_IN_0.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "rebuild"))
        query.append(("resources", "allLocalDrives"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}",
            x_ms_version="2014-10-01",
            query=query,
            body=b"",
            operation="rebuild_role_instance",
        )
        return self._async_operation(response)

    def delete_role_instances(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_names: list[str],
    ) -> AsyncOperation:
        """Deletes role instances of a deployment: web/worker role instances (lowering the role's
        instance count) or virtual machines. At least one instance of the deployment must stay.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_names: Names of the role instances to delete.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_list("role_instance_names", role_instance_names, required=True)
        if role_instance_names is not None:
            for index, role_instance_names_item in enumerate(role_instance_names):
                check_string(
                    f"role_instance_names[{index}]", role_instance_names_item, required=True
                )
        query: list[tuple[str, str]] = []
        query.append(("comp", "delete"))
        request = DeleteRoleInstances(
            role_instance_names=role_instance_names,
        )
        body = serialize_delete_role_instances(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="delete_role_instances",
        )
        return self._async_operation(response)

    def add_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
        address: str,
    ) -> AsyncOperation:
        """Adds a DNS server to the deployment; its virtual machines use it after a restart.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/dnsservers`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            dns_server_name: Name of the DNS server, unique within the deployment.
            address: IPv4 address of the DNS server.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("dns_server_name", dns_server_name, required=True)
        check_string("address", address, required=True)
        request = DnsServerInput(
            dns_server_name=dns_server_name,
            address=address,
        )
        body = serialize_dns_server_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "dnsservers",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_dns_server",
        )
        return self._async_operation(response)

    def update_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
        address: str,
    ) -> AsyncOperation:
        """Changes the address of a DNS server of the deployment.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/dnsservers/{dns_server_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            dns_server_name: Name of the DNS server.
            address: New IPv4 address of the DNS server.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("dns_server_name", dns_server_name, required=True)
        check_path_segment("dns_server_name", dns_server_name)
        check_string("address", address, required=True)
        request = DnsServerInput(
            dns_server_name=dns_server_name,
            address=address,
        )
        body = serialize_dns_server_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "dnsservers/"
            f"{quote_segment(dns_server_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_dns_server",
        )
        return self._async_operation(response)

    def delete_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
    ) -> AsyncOperation:
        """Removes a DNS server from the deployment.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/dnsservers/{dns_server_name}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            dns_server_name: Name of the DNS server.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("dns_server_name", dns_server_name, required=True)
        check_path_segment("dns_server_name", dns_server_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "dnsservers/"
            f"{quote_segment(dns_server_name)}",
            x_ms_version="2014-10-01",
            operation="delete_dns_server",
        )
        return self._async_operation(response)

    def delete_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        delete_vhd: bool | None = False,
    ) -> AsyncOperation:
        """As `delete_deployment`, for the deployment in a slot rather than by name. Deletes a
        deployment and all its roles. With `delete_vhd=True` the disks of its virtual machines
        and their VHD blobs are deleted too.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            delete_vhd: Also delete the disks and VHD blobs of the virtual machines
                (`comp=media`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        if delete_vhd is not None:
            delete_vhd = check_bool("delete_vhd", delete_vhd)
        query: list[tuple[str, str]] = []
        if delete_vhd:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}",
            x_ms_version="2017-01-01",
            query=query,
            operation="delete_deployment_by_slot",
        )
        return self._async_operation(response)

    def change_deployment_configuration_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        configuration: str,
        treat_warnings_as_error: bool | None = False,
        mode: str | None = "Auto",
        extended_properties: Mapping[str, str] | None = None,
    ) -> AsyncOperation:
        """As `change_deployment_configuration`, for the deployment in a slot rather than by name.
        Replaces the service configuration (.cscfg) of a deployment: settings, instance counts,
        certificates. With `mode='Manual'` the change is applied one upgrade domain at a time
        with `walk_upgrade_domain`.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            configuration: The new service configuration (.cscfg), base64-encoded by the caller.
            treat_warnings_as_error: Fail the change when the configuration validation reports
                warnings.
            mode: Auto (all upgrade domains in turn), Manual (walk them yourself) or
                Simultaneous (all at once).
            extended_properties: Name/value pairs to store with the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("configuration", configuration, required=True, secret=True)
        if treat_warnings_as_error is not None:
            treat_warnings_as_error = check_bool("treat_warnings_as_error", treat_warnings_as_error)
        if mode is not None:
            check_string("mode", mode, enum=("Auto", "Manual", "Simultaneous"))
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        query: list[tuple[str, str]] = []
        query.append(("comp", "config"))
        request = ChangeConfiguration(
            configuration=configuration,
            treat_warnings_as_error=treat_warnings_as_error,
            mode=mode,
            extended_properties=None if extended_properties is None else dict(extended_properties),
        )
        body = serialize_change_configuration(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="change_deployment_configuration_by_slot",
        )
        return self._async_operation(response)

    def update_deployment_status_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        status: str,
    ) -> AsyncOperation:
        """As `update_deployment_status`, for the deployment in a slot rather than by name. Starts
        (Running) or stops (Suspended) the role instances of a cloud service deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            status: Running or Suspended.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("status", status, required=True, enum=("Running", "Suspended"))
        query: list[tuple[str, str]] = []
        query.append(("comp", "status"))
        request = UpdateDeploymentStatus(
            status=status,
        )
        body = serialize_update_deployment_status(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="update_deployment_status_by_slot",
        )
        return self._async_operation(response)

    def upgrade_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        mode: str,
        package_url: str,
        configuration: str,
        label: str,
        force: bool,
        role_to_upgrade: str | None = None,
        extended_properties: Mapping[str, str] | None = None,
    ) -> AsyncOperation:
        """As `upgrade_deployment`, for the deployment in a slot rather than by name. Upgrades a
        deployment in place to a new service package and configuration, all roles or one
        (`role_to_upgrade`). With `mode='Manual'` the upgrade waits for `walk_upgrade_domain` to
        move from one upgrade domain to the next.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            mode: Auto (all upgrade domains in turn), Manual (walk them yourself) or
                Simultaneous (all at once).
            package_url: Blob URL (or SAS URL) of the new service package (.cspkg).
            configuration: The new service configuration (.cscfg), base64-encoded by the caller.
            label: New label of the deployment, up to 100 characters (sent base64-encoded).
            force: Go on even when the upgrade loses local data of some role instances.
            role_to_upgrade: Upgrade only this role; all roles when None.
            extended_properties: Name/value pairs to store with the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("mode", mode, required=True, enum=("Auto", "Manual", "Simultaneous"))
        check_string("package_url", package_url, required=True)
        check_string("configuration", configuration, required=True, secret=True)
        check_string("label", label, required=True, max_length=100, encoded=True)
        force = check_bool("force", force, required=True)
        if role_to_upgrade is not None:
            check_string("role_to_upgrade", role_to_upgrade)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        query: list[tuple[str, str]] = []
        query.append(("comp", "upgrade"))
        request = UpgradeDeployment(
            mode=mode,
            package_url=package_url,
            configuration=configuration,
            label=label,
            role_to_upgrade=role_to_upgrade,
            force=force,
            extended_properties=None if extended_properties is None else dict(extended_properties),
        )
        body = serialize_upgrade_deployment(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="upgrade_deployment_by_slot",
        )
        return self._async_operation(response)

    def walk_upgrade_domain_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        upgrade_domain: int,
    ) -> AsyncOperation:
        """As `walk_upgrade_domain`, for the deployment in a slot rather than by name. Applies a
        Manual upgrade or configuration change (or roll-back) to the next upgrade domain.
        Domains are walked in order, from 0.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            upgrade_domain: The upgrade domain to walk now (counted from 0; the deployment's
                current one).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        upgrade_domain = check_int(
            "upgrade_domain", upgrade_domain, required=True, minimum=0, maximum=19
        )
        query: list[tuple[str, str]] = []
        query.append(("comp", "walkupgradedomain"))
        request = WalkUpgradeDomain(
            upgrade_domain=upgrade_domain,
        )
        body = serialize_walk_upgrade_domain(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="walk_upgrade_domain_by_slot",
        )
        return self._async_operation(response)

    def rollback_update_or_upgrade_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        mode: str,
        force: bool,
    ) -> AsyncOperation:
        """As `rollback_update_or_upgrade`, for the deployment in a slot rather than by name.
        Cancels an upgrade or configuration change under way and returns the deployment to the
        package and configuration it had before. Only possible while `rollback_allowed` is true.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            mode: Auto (roll back every domain) or Manual (walk the domains with
                `walk_upgrade_domain`).
            force: Go on even when the roll-back loses local data of some role instances.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("mode", mode, required=True, enum=("Auto", "Manual"))
        force = check_bool("force", force, required=True)
        query: list[tuple[str, str]] = []
        query.append(("comp", "rollback"))
        request = RollbackUpdateOrUpgrade(
            mode=mode,
            force=force,
        )
        body = serialize_rollback_update_or_upgrade(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="rollback_update_or_upgrade_by_slot",
        )
        return self._async_operation(response)

    def reboot_role_instance_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_name: str,
    ) -> AsyncOperation:
        """As `reboot_role_instance`, for the deployment in a slot rather than by name. Restarts
        one role instance (a web/worker role instance or a virtual machine).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            role_instance_name: Name of the role instance, e.g. WebRole1_IN_0.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "reboot"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="reboot_role_instance_by_slot",
        )
        return self._async_operation(response)

    def reimage_role_instance_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_name: str,
    ) -> AsyncOperation:
        """As `reimage_role_instance`, for the deployment in a slot rather than by name. Reinstalls
        the operating system of a web/worker role instance, keeping its local storage resources
        (use `rebuild_role_instance` to wipe them too).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            role_instance_name: Name of the role instance, e.g. WebRole1_IN_0.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "reimage"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="reimage_role_instance_by_slot",
        )
        return self._async_operation(response)

    def rebuild_role_instance_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_name: str,
    ) -> AsyncOperation:
        """As `rebuild_role_instance`, for the deployment in a slot rather than by name. Reinstalls
        the operating system of a web/worker role instance and initializes its local storage
        resources (all local drives).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            role_instance_name: Name of the role instance, e.g. WebRole1_IN_0.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "rebuild"))
        query.append(("resources", "allLocalDrives"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="rebuild_role_instance_by_slot",
        )
        return self._async_operation(response)

    def delete_role_instances_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_names: list[str],
    ) -> AsyncOperation:
        """As `delete_role_instances`, for the deployment in a slot rather than by name. Deletes
        role instances of a deployment: web/worker role instances (lowering the role's instance
        count) or virtual machines. At least one instance of the deployment must stay.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/roleinstances/`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            role_instance_names: Names of the role instances to delete.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_list("role_instance_names", role_instance_names, required=True)
        if role_instance_names is not None:
            for index, role_instance_names_item in enumerate(role_instance_names):
                check_string(
                    f"role_instance_names[{index}]", role_instance_names_item, required=True
                )
        query: list[tuple[str, str]] = []
        query.append(("comp", "delete"))
        request = DeleteRoleInstances(
            role_instance_names=role_instance_names,
        )
        body = serialize_delete_role_instances(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/"
            "roleinstances/",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="delete_role_instances_by_slot",
        )
        return self._async_operation(response)

    def get_deployment_package(
        self,
        service_name: str,
        deployment_name: str,
        container_uri: str,
        overwrite_existing: bool | None = None,
    ) -> AsyncOperation:
        """Copies the service package (.cspkg) and configuration (.cscfg) of a web/worker role
        deployment into a blob container of a storage account of the subscription
        (`<container>/<time stamp>_<deployment id>.cspkg` and `.cscfg`). Long-running; refused
        for deployments of virtual machines.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/package`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            container_uri: URL of the blob container to write to (`https://
                <account>.blob.core.windows.net/<container>`).
            overwrite_existing: Whether blobs of the same name may be replaced (ASM refuses
                otherwise).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("container_uri", container_uri, required=True)
        if overwrite_existing is not None:
            overwrite_existing = check_bool("overwrite_existing", overwrite_existing)
        query: list[tuple[str, str]] = []
        if container_uri is not None:
            query.append(("containerUri", container_uri))
        if overwrite_existing is not None:
            query.append(("overwriteExisting", format_bool(overwrite_existing)))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "package",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="get_deployment_package",
        )
        return self._async_operation(response)

    def get_deployment_package_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        container_uri: str,
        overwrite_existing: bool | None = None,
    ) -> AsyncOperation:
        """Copies the service package (.cspkg) and configuration (.cscfg) of a web/worker role
        deployment in a slot into a blob container of a storage account of the subscription
        (`<container>/<time stamp>_<deployment id>.cspkg` and `.cscfg`). Long-running; refused
        for deployments of virtual machines.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/package`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            container_uri: URL of the blob container to write to (`https://
                <account>.blob.core.windows.net/<container>`).
            overwrite_existing: Whether blobs of the same name may be replaced (ASM refuses
                otherwise).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string("container_uri", container_uri, required=True)
        if overwrite_existing is not None:
            overwrite_existing = check_bool("overwrite_existing", overwrite_existing)
        query: list[tuple[str, str]] = []
        if container_uri is not None:
            query.append(("containerUri", container_uri))
        if overwrite_existing is not None:
            query.append(("overwriteExisting", format_bool(overwrite_existing)))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/"
            "package",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="get_deployment_package_by_slot",
        )
        return self._async_operation(response)

    def list_deployment_events(
        self,
        service_name: str,
        deployment_name: str,
        start_time: str,
        end_time: str,
    ) -> DeploymentEventCollection:
        """Lists the events of a deployment between two moments: the reboots of its role instances
        that the platform made (maintenance), with their reasons and start times.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/events``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            start_time: Start of the window, UTC, ISO 8601 (`2017-01-01T00:00:00.000Z`).
            end_time: End of the window, in the same format as start_time.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string(
            "start_time",
            start_time,
            required=True,
            pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?Z)?$",
        )
        check_string(
            "end_time",
            end_time,
            required=True,
            pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?Z)?$",
        )
        query: list[tuple[str, str]] = []
        if start_time is not None:
            query.append(("starttime", start_time))
        if end_time is not None:
            query.append(("endtime", end_time))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "events",
            x_ms_version="2017-01-01",
            query=query,
            operation="list_deployment_events",
        )
        return self._read(response, deserialize_deployment_event_collection)

    def list_deployment_events_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        start_time: str,
        end_time: str,
    ) -> DeploymentEventCollection:
        """Lists the events of a deployment in a slot between two moments: the reboots of its role
        instances that the platform made (maintenance), with their reasons and start times.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}/events``.

        Args:
            service_name: Name of the cloud service.
            deployment_slot: Slot of the deployment: production or staging.
            start_time: Start of the window, UTC, ISO 8601 (`2017-01-01T00:00:00.000Z`).
            end_time: End of the window, in the same format as start_time.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        check_string(
            "start_time",
            start_time,
            required=True,
            pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?Z)?$",
        )
        check_string(
            "end_time",
            end_time,
            required=True,
            pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?Z)?$",
        )
        query: list[tuple[str, str]] = []
        if start_time is not None:
            query.append(("starttime", start_time))
        if end_time is not None:
            query.append(("endtime", end_time))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}/"
            "events",
            x_ms_version="2017-01-01",
            query=query,
            operation="list_deployment_events_by_slot",
        )
        return self._read(response, deserialize_deployment_event_collection)

    def get_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
    ) -> Deployment:
        """Returns the deployment running in the production or staging slot of a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/
        deploymentslots/{deployment_slot}``.

        Args:
            service_name: Name of the cloud service.
            deployment_slot: production or staging.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_path_segment("deployment_slot", deployment_slot)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deploymentslots/"
            f"{quote_segment(deployment_slot)}",
            x_ms_version="2014-10-01",
            operation="get_deployment_by_slot",
        )
        return self._read(response, deserialize_deployment)

    def get_deployment_by_name(
        self,
        service_name: str,
        deployment_name: str,
    ) -> Deployment:
        """Returns a deployment of a cloud service by its name.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}",
            x_ms_version="2014-10-01",
            operation="get_deployment_by_name",
        )
        return self._read(response, deserialize_deployment)

    def delete_deployment(
        self,
        service_name: str,
        deployment_name: str,
        delete_vhd: bool | None = False,
    ) -> AsyncOperation:
        """Deletes a deployment and all its roles. With `delete_vhd=True` the disks of its virtual
        machines and their VHD blobs are deleted too.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            delete_vhd: Also delete the disks and VHD blobs of the virtual machines
                (`comp=media`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        if delete_vhd is not None:
            delete_vhd = check_bool("delete_vhd", delete_vhd)
        query: list[tuple[str, str]] = []
        if delete_vhd:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_deployment",
        )
        return self._async_operation(response)

    def create_virtual_machine_deployment(
        self,
        service_name: str,
        deployment_name: str,
        deployment_slot: str,
        label: str,
        role_name: str,
        system_config: ProvisioningConfigurationSet | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        network_config: AnyNetworkConfigurationSet | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        role_size: str | None = None,
        role_type: str | None = "PersistentVMRole",
        virtual_network_name: str | None = None,
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        provision_guest_agent: bool | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        dns_servers: list[DnsServer] | None = None,
        reserved_ip_name: str | None = None,
    ) -> AsyncOperation:
        """Creates a virtual machine deployment in a cloud service, with its first virtual machine.
        Add more machines with `add_role`. Give an OS disk or `vm_image_name`, and a Linux or
        Windows provisioning set when the OS disk comes from a generalized image.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the new deployment, unique within the cloud service.
            deployment_slot: Slot of the deployment (production or staging, in any case);
                virtual machines only run in production.
            label: Label of the deployment, up to 100 characters (sent as plain text).
            role_name: Name of the first virtual machine.
            system_config: Linux or Windows provisioning set (host name, user, password,
                keys...); None when the OS disk is already provisioned.
            os_virtual_hard_disk: The operating system disk; None when `vm_image_name` is given.
            network_config: Endpoints, subnets and public IPs of the machine.
            availability_set_name: Availability set to put the machine in.
            data_virtual_hard_disks: Data disks to attach or create with the machine.
            role_size: Size of the machine (see `list_role_sizes`); ASM uses Small when omitted.
            role_type: Role type; always PersistentVMRole for virtual machines.
            virtual_network_name: Virtual network the deployment joins.
            resource_extension_references: VM extensions to install (needs the guest agent).
            provision_guest_agent: Install the VM agent, needed by extensions.
            vm_image_name: Create the machine from this VM image (OS and data disks) instead of
                an OS disk.
            media_location: Blob URL for the VHDs when `vm_image_name` is a published (platform)
                VM image.
            dns_servers: DNS servers for the machines of the deployment (in a virtual network).
            reserved_ip_name: Reserved IP address to use as the deployment's virtual IP.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_string(
            "deployment_slot", deployment_slot, required=True, pattern="(?i)production|staging"
        )
        check_string("label", label, required=True, max_length=100)
        check_string("role_name", role_name, required=True)
        if system_config is not None:
            check_instance(
                "system_config",
                system_config,
                (LinuxConfigurationSet, WindowsConfigurationSet, ConfigurationSet),
            )
            validate_provisioning_configuration_set(system_config, "system_config.")
        if os_virtual_hard_disk is not None:
            check_instance("os_virtual_hard_disk", os_virtual_hard_disk, OSVirtualHardDisk)
            validate_os_virtual_hard_disk(os_virtual_hard_disk, "os_virtual_hard_disk.")
        if network_config is not None:
            check_instance(
                "network_config", network_config, (NetworkConfigurationSet, ConfigurationSet)
            )
            validate_any_network_configuration_set(network_config, "network_config.")
        if availability_set_name is not None:
            check_string("availability_set_name", availability_set_name)
        if data_virtual_hard_disks is not None:
            check_list("data_virtual_hard_disks", data_virtual_hard_disks)
            for index, data_virtual_hard_disks_item in enumerate(data_virtual_hard_disks):
                check_instance(
                    f"data_virtual_hard_disks[{index}]",
                    data_virtual_hard_disks_item,
                    DataVirtualHardDisk,
                    required=True,
                )
                validate_data_virtual_hard_disk(
                    data_virtual_hard_disks_item, f"data_virtual_hard_disks[{index}]."
                )
        if role_size is not None:
            check_string("role_size", role_size)
        if role_type is not None:
            check_string("role_type", role_type)
        if virtual_network_name is not None:
            check_string("virtual_network_name", virtual_network_name)
        if resource_extension_references is not None:
            check_list("resource_extension_references", resource_extension_references)
            for index, resource_extension_references_item in enumerate(
                resource_extension_references
            ):
                check_instance(
                    f"resource_extension_references[{index}]",
                    resource_extension_references_item,
                    ResourceExtensionReference,
                    required=True,
                )
                validate_resource_extension_reference(
                    resource_extension_references_item, f"resource_extension_references[{index}]."
                )
        if provision_guest_agent is not None:
            provision_guest_agent = check_bool("provision_guest_agent", provision_guest_agent)
        if vm_image_name is not None:
            check_string("vm_image_name", vm_image_name)
        if media_location is not None:
            check_string("media_location", media_location)
        if dns_servers is not None:
            check_list("dns_servers", dns_servers)
            for index, dns_servers_item in enumerate(dns_servers):
                check_instance(f"dns_servers[{index}]", dns_servers_item, DnsServer, required=True)
                validate_dns_server(dns_servers_item, f"dns_servers[{index}].")
        if reserved_ip_name is not None:
            check_string("reserved_ip_name", reserved_ip_name)
        check_exactly_one(
            os_virtual_hard_disk=os_virtual_hard_disk,
            vm_image_name=vm_image_name,
        )
        request = CreateVirtualMachineDeployment(
            deployment_name=deployment_name,
            deployment_slot=deployment_slot,
            label=label,
            role_name=role_name,
            role_type=role_type,
            configuration_sets=[
                item
                for item in (
                    system_config,
                    network_config,
                )
                if item is not None
            ]
            or None,
            resource_extension_references=resource_extension_references,
            vm_image_name=vm_image_name,
            media_location=media_location,
            availability_set_name=availability_set_name,
            data_virtual_hard_disks=data_virtual_hard_disks,
            os_virtual_hard_disk=os_virtual_hard_disk,
            role_size=role_size,
            provision_guest_agent=provision_guest_agent,
            virtual_network_name=virtual_network_name,
            dns_servers=dns_servers,
            reserved_ip_name=reserved_ip_name,
        )
        body = serialize_create_virtual_machine_deployment(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_virtual_machine_deployment",
        )
        return self._async_operation(response)

    def add_disk(
        self,
        has_operating_system: bool,
        label: str,
        media_link: str,
        name: str,
        os: str | None = None,
    ) -> None:
        """Registers a VHD blob of one of the subscription's storage accounts as a disk of the
        image repository: an operating system disk when `os` is given, a data disk when it is
        None.

        ``POST /{subscription_id}/services/disks``.

        Args:
            has_operating_system: Kept for compatibility and not sent: ASM tells OS disks by
                `os` (give None for a data disk).
            label: Label of the disk (plain text).
            media_link: Blob URL of the VHD, e.g. https://account.blob.core.windows.net/
                vhds/disk.vhd.
            name: Name of the disk, unique in the subscription.
            os: Linux or Windows for an OS disk; None for a data disk.
        """
        has_operating_system = check_bool(
            "has_operating_system", has_operating_system, required=True
        )
        check_string("label", label, required=True)
        check_string("media_link", media_link, required=True)
        check_string("name", name, required=True)
        if os is not None:
            check_string("os", os, enum=("Linux", "Windows"))
        request = AddDisk(
            os=os,
            label=label,
            media_link=media_link,
            name=name,
        )
        body = serialize_add_disk(request)
        self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/disks",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_disk",
        )

    def update_disk(
        self,
        disk_name: str,
        has_operating_system: bool | None = None,
        label: str | None = None,
        media_link: str | None = None,
        name: str | None = None,
        os: str | None = None,
        resized_size_in_gb: int | None = None,
    ) -> None:
        """Changes the label of a disk of the image repository, or grows its VHD
        (`resized_size_in_gb`). The name, media link and operating system of a disk cannot
        change.

        ``PUT /{subscription_id}/services/disks/{disk_name}``.

        Args:
            disk_name: Name of the disk to change (also sent as `<Name>`, which identifies it).
            has_operating_system: Kept for compatibility; not sent (it cannot change).
            label: New label of the disk (plain text).
            media_link: Kept for compatibility; not sent (it cannot change).
            name: Kept for compatibility; not sent (a disk cannot be renamed).
            os: Kept for compatibility; not sent (it cannot change).
            resized_size_in_gb: Grow the VHD to this size, in GB (larger than now, at most
                1023).
        """
        check_string("disk_name", disk_name, required=True)
        check_path_segment("disk_name", disk_name)
        if has_operating_system is not None:
            has_operating_system = check_bool("has_operating_system", has_operating_system)
        if label is not None:
            check_string("label", label)
        if media_link is not None:
            check_string("media_link", media_link)
        if name is not None:
            check_string("name", name)
        if os is not None:
            check_string("os", os)
        if resized_size_in_gb is not None:
            resized_size_in_gb = check_int(
                "resized_size_in_gb", resized_size_in_gb, minimum=1, maximum=1023
            )
        request = UpdateDisk(
            disk_name=disk_name,
            label=label,
            resized_size_in_gb=resized_size_in_gb,
        )
        body = serialize_update_disk(request)
        self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services/disks/{quote_segment(disk_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_disk",
        )

    def list_disks(
        self,
    ) -> Disks:
        """Lists the disks of the subscription's image repository, attached to a virtual machine or
        not.

        ``GET /{subscription_id}/services/disks``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/disks",
            x_ms_version="2014-10-01",
            operation="list_disks",
        )
        return self._read(response, deserialize_disks)

    def get_disk(
        self,
        disk_name: str,
    ) -> Disk:
        """Returns one disk of the image repository.

        ``GET /{subscription_id}/services/disks/{disk_name}``.

        Args:
            disk_name: Name of the disk.
        """
        check_string("disk_name", disk_name, required=True)
        check_path_segment("disk_name", disk_name)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/disks/{quote_segment(disk_name)}",
            x_ms_version="2014-10-01",
            operation="get_disk",
        )
        return self._read(response, deserialize_disk)

    def delete_disk(
        self,
        disk_name: str,
        delete_vhd: bool | None = False,
    ) -> None:
        """Removes a disk from the image repository, and with delete_vhd also deletes its VHD blob.
        The disk must not be attached to a virtual machine. Synchronous: returns None.

        ``DELETE /{subscription_id}/services/disks/{disk_name}``.

        Args:
            disk_name: Name of the disk to delete.
            delete_vhd: Also delete the VHD blob behind the disk (sends comp=media).
        """
        check_string("disk_name", disk_name, required=True)
        check_path_segment("disk_name", disk_name)
        if delete_vhd is not None:
            delete_vhd = check_bool("delete_vhd", delete_vhd)
        query: list[tuple[str, str]] = []
        if delete_vhd:
            query.append(("comp", "media"))
        self._send(
            "DELETE",
            f"/{quote_segment(self.subscription_id)}/services/disks/{quote_segment(disk_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_disk",
        )

    def create_gateway(
        self,
        virtual_network_name: str,
        gateway_size: str | None = None,
        gateway_type: str | None = None,
    ) -> AsyncOperation:
        """Creates the VPN gateway of a virtual network; the network needs a subnet named
        `GatewaySubnet`. Provisioning takes a while (ASM: up to 45 minutes): the gateway is
        `Provisioning` until the operation ends, then `Provisioned`. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/{virtual_network_name}/gateway``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            gateway_size: `Default`, `HighPerformance` or `UltraPerformance`.
            gateway_type: `StaticRouting` (policy based) or `DynamicRouting` (route based,
                needed for point-to-site).
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        if gateway_size is not None:
            check_string("gateway_size", gateway_size)
        if gateway_type is not None:
            check_string("gateway_type", gateway_type)
        request = CreateGatewayParameters(
            gateway_size=gateway_size,
            gateway_type=gateway_type,
        )
        body = serialize_create_gateway_parameters(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway",
            x_ms_version="2016-07-01",
            body=body,
            operation="create_gateway",
        )
        return self._async_operation(response)

    def delete_gateway(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Deletes the VPN gateway of a virtual network. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/{virtual_network_name}/
        gateway`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway",
            x_ms_version="2016-07-01",
            operation="delete_gateway",
        )
        return self._async_operation(response)

    def get_gateway(
        self,
        virtual_network_name: str,
    ) -> Gateway:
        """Returns the VPN gateway of a virtual network: its state (`NotProvisioned` when it has
        none), public address, type, size and default sites.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway``.

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway",
            x_ms_version="2016-07-01",
            operation="get_gateway",
        )
        return self._read(response, deserialize_gateway)

    def list_gateway_connections(
        self,
        virtual_network_name: str,
    ) -> ResultList[GatewayConnectionStatus]:
        """Lists the site-to-site connections of a virtual network's gateway, one per local
        network.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        connections``.

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connections",
            x_ms_version="2016-07-01",
            operation="list_gateway_connections",
        )
        return self._read(response, deserialize_connections)

    def connect_disconnect_or_test_gateway(
        self,
        virtual_network_name: str,
        local_network_site_name: str,
        operation: str,
        ip_address: str | None = None,
    ) -> AsyncOperation:
        """Connects the gateway of a virtual network to a local network, disconnects it, or tests
        the connection. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        connection/{local_network_site_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            local_network_site_name: Name of the local network.
            operation: `Connect`, `Disconnect` or `Test`.
            ip_address: Address to test the connection with (`Test` only).
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("local_network_site_name", local_network_site_name, required=True)
        check_path_segment("local_network_site_name", local_network_site_name)
        check_string("operation", operation, required=True)
        if ip_address is not None:
            check_string("ip_address", ip_address)
        request = UpdateGatewayConnection(
            operation=operation,
            ip_address=ip_address,
        )
        body = serialize_update_gateway_connection(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connection/"
            f"{quote_segment(local_network_site_name)}",
            x_ms_version="2016-07-01",
            body=body,
            operation="connect_disconnect_or_test_gateway",
        )
        return self._async_operation(response)

    def get_gateway_shared_key(
        self,
        virtual_network_name: str,
        local_network_site_name: str,
    ) -> GatewaySharedKey:
        """Returns the pre-shared key of the connection between a gateway and a local network.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        connection/{local_network_site_name}/sharedkey``.

        Args:
            virtual_network_name: Name of the virtual network.
            local_network_site_name: Name of the local network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("local_network_site_name", local_network_site_name, required=True)
        check_path_segment("local_network_site_name", local_network_site_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connection/"
            f"{quote_segment(local_network_site_name)}/"
            "sharedkey",
            x_ms_version="2016-07-01",
            operation="get_gateway_shared_key",
        )
        return self._read(response, deserialize_gateway_shared_key)

    def set_gateway_shared_key(
        self,
        virtual_network_name: str,
        local_network_site_name: str,
        value: str,
    ) -> AsyncOperation:
        """Sets the pre-shared key of a connection (the same key goes on the local VPN device).
        Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        connection/{local_network_site_name}/sharedkey`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            local_network_site_name: Name of the local network.
            value: The key: 1 to 128 printable ASCII characters.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("local_network_site_name", local_network_site_name, required=True)
        check_path_segment("local_network_site_name", local_network_site_name)
        check_string("value", value, required=True, secret=True)
        request = GatewaySharedKey(
            value=value,
        )
        body = serialize_gateway_shared_key(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connection/"
            f"{quote_segment(local_network_site_name)}/"
            "sharedkey",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_gateway_shared_key",
        )
        return self._async_operation(response)

    def reset_gateway_shared_key(
        self,
        virtual_network_name: str,
        local_network_site_name: str,
        key_length: int,
    ) -> AsyncOperation:
        """Replaces the pre-shared key of a connection by a new random one. Returns an
        AsyncOperation.

        ``PUT /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        connection/{local_network_site_name}/sharedkey`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            local_network_site_name: Name of the local network.
            key_length: Length of the new key, 1 to 128.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("local_network_site_name", local_network_site_name, required=True)
        check_path_segment("local_network_site_name", local_network_site_name)
        key_length = check_int("key_length", key_length, required=True)
        request = ResetGatewaySharedKey(
            key_length=key_length,
        )
        body = serialize_reset_gateway_shared_key(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connection/"
            f"{quote_segment(local_network_site_name)}/"
            "sharedkey",
            x_ms_version="2016-07-01",
            body=body,
            operation="reset_gateway_shared_key",
        )
        return self._async_operation(response)

    def get_gateway_ipsec_parameters(
        self,
        virtual_network_name: str,
        local_network_site_name: str,
    ) -> IPsecParameters:
        """Returns the IPsec parameters of the connection between a gateway and a local network.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        connection/{local_network_site_name}/ipsecparameters``.

        Args:
            virtual_network_name: Name of the virtual network.
            local_network_site_name: Name of the local network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("local_network_site_name", local_network_site_name, required=True)
        check_path_segment("local_network_site_name", local_network_site_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connection/"
            f"{quote_segment(local_network_site_name)}/"
            "ipsecparameters",
            x_ms_version="2016-07-01",
            operation="get_gateway_ipsec_parameters",
        )
        return self._read(response, deserialize_i_psec_parameters)

    def start_gateway_diagnostics(
        self,
        virtual_network_name: str,
        capture_duration_in_seconds: int,
        container_name: str,
        customer_storage_key: str,
        customer_storage_name: str,
    ) -> AsyncOperation:
        """Starts capturing the diagnostics of a gateway for a while, into a blob container of a
        storage account. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        publicdiagnostics`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            capture_duration_in_seconds: How long to capture, up to 300 seconds.
            container_name: Blob container to write the capture to.
            customer_storage_key: Access key of the storage account.
            customer_storage_name: Name of the storage account.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        capture_duration_in_seconds = check_int(
            "capture_duration_in_seconds", capture_duration_in_seconds, required=True
        )
        check_string("container_name", container_name, required=True)
        check_string("customer_storage_key", customer_storage_key, required=True, secret=True)
        check_string("customer_storage_name", customer_storage_name, required=True)
        request = StartGatewayPublicDiagnostics(
            capture_duration_in_seconds=capture_duration_in_seconds,
            container_name=container_name,
            customer_storage_key=customer_storage_key,
            customer_storage_name=customer_storage_name,
        )
        body = serialize_start_gateway_public_diagnostics(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "publicdiagnostics",
            x_ms_version="2016-07-01",
            body=body,
            operation="start_gateway_diagnostics",
        )
        return self._async_operation(response)

    def stop_gateway_diagnostics(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Stops a capture of the diagnostics of a gateway. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        publicdiagnostics`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        request = StopGatewayPublicDiagnostics()
        body = serialize_stop_gateway_public_diagnostics(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "publicdiagnostics",
            x_ms_version="2016-07-01",
            body=body,
            operation="stop_gateway_diagnostics",
        )
        return self._async_operation(response)

    def get_gateway_diagnostics(
        self,
        virtual_network_name: str,
    ) -> GatewayPublicDiagnosticsStatus:
        """Returns the state of the diagnostics capture of a gateway and where its result is.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        publicdiagnostics``.

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "publicdiagnostics",
            x_ms_version="2016-07-01",
            operation="get_gateway_diagnostics",
        )
        return self._read(response, deserialize_gateway_public_diagnostics_status)

    def get_gateway_operation_status(
        self,
        operation_id: str,
    ) -> GatewayOperation:
        """Returns the status of a gateway operation by its request id, in the gateway's own
        document.

        ``GET /{subscription_id}/services/networking/operation/{operation_id}``.

        Args:
            operation_id: The request id of the operation.
        """
        check_string("operation_id", operation_id, required=True)
        check_path_segment("operation_id", operation_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "operation/"
            f"{quote_segment(operation_id)}",
            x_ms_version="2016-07-01",
            operation="get_gateway_operation_status",
        )
        return self._read(response, deserialize_gateway_operation)

    def set_gateway_default_sites(
        self,
        virtual_network_name: str,
        default_sites: list[str],
    ) -> AsyncOperation:
        """Sets the local network a gateway sends the Internet-bound traffic of its virtual network
        to (forced tunneling). Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        defaultsites`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            default_sites: Names of the local networks (ASM takes one), among those the gateway
                connects to.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_list("default_sites", default_sites, required=True)
        if default_sites is not None:
            for index, default_sites_item in enumerate(default_sites):
                check_string(f"default_sites[{index}]", default_sites_item, required=True)
        request = GatewayDefaultSites(
            default_sites=default_sites,
        )
        body = serialize_gateway_default_sites(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "defaultsites",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_gateway_default_sites",
        )
        return self._async_operation(response)

    def remove_gateway_default_sites(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Stops the forced tunneling of a gateway. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/{virtual_network_name}/
        gateway/defaultsites`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "defaultsites",
            x_ms_version="2016-07-01",
            operation="remove_gateway_default_sites",
        )
        return self._async_operation(response)

    def generate_vpn_client_package(
        self,
        virtual_network_name: str,
        processor_architecture: str,
    ) -> AsyncOperation:
        """Builds the point-to-site VPN client package of a dynamic routing gateway, for one
        processor architecture. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        vpnclientpackage`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            processor_architecture: `Amd64` or `X86`.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("processor_architecture", processor_architecture, required=True)
        request = VpnClientParameters(
            processor_architecture=processor_architecture,
        )
        body = serialize_vpn_client_parameters(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "vpnclientpackage",
            x_ms_version="2016-07-01",
            body=body,
            operation="generate_vpn_client_package",
        )
        return self._async_operation(response)

    def list_supported_vpn_devices(
        self,
    ) -> VpnDeviceList:
        """Lists the on-premises VPN devices ASM has configuration scripts for, by vendor and
        platform.

        ``GET /{subscription_id}/services/networking/supporteddevices``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/supporteddevices",
            x_ms_version="2016-07-01",
            operation="list_supported_vpn_devices",
        )
        return self._read(response, deserialize_vpn_device_list)

    def get_vpn_device_configuration_script(
        self,
        virtual_network_name: str,
        vendor: str,
        platform: str,
        os_family: str,
    ) -> str:
        """Returns the script that configures a supported on-premises VPN device for the gateway of
        a virtual network (see list_supported_vpn_devices), as text.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        vpndeviceconfigurationscript``.

        Args:
            virtual_network_name: Name of the virtual network.
            vendor: Vendor of the device, e.g. `Cisco Systems, Inc.`.
            platform: Platform of the device, e.g. `ASA 5500 Series Adaptive Security
                Appliances`.
            os_family: Operating system of the device, e.g. `ASA Software 8.3`.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("vendor", vendor, required=True)
        check_string("platform", platform, required=True)
        check_string("os_family", os_family, required=True)
        query: list[tuple[str, str]] = []
        if vendor is not None:
            query.append(("vendor", vendor))
        if platform is not None:
            query.append(("platform", platform))
        if os_family is not None:
            query.append(("OSfamily", os_family))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "vpndeviceconfigurationscript",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_vpn_device_configuration_script",
        )
        return self._read_text(response)

    def reset_gateway(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Resets (restarts) the VPN gateway of a virtual network. Returns an AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/{virtual_network_name}/
        gateway`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        request = ResetGatewayParameters()
        body = serialize_reset_gateway_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway",
            x_ms_version="2016-07-01",
            body=body,
            operation="reset_gateway",
        )
        return self._async_operation(response)

    def resize_gateway(
        self,
        virtual_network_name: str,
        gateway_size: str,
    ) -> AsyncOperation:
        """Changes the size of the VPN gateway of a virtual network. Returns an AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/{virtual_network_name}/
        gateway`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            gateway_size: `Default`, `HighPerformance` or `UltraPerformance`.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("gateway_size", gateway_size, required=True)
        request = ResizeGatewayParameters(
            gateway_size=gateway_size,
        )
        body = serialize_resize_gateway_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway",
            x_ms_version="2016-07-01",
            body=body,
            operation="resize_gateway",
        )
        return self._async_operation(response)

    def set_gateway_ipsec_parameters(
        self,
        virtual_network_name: str,
        local_network_site_name: str,
        encryption_type: str | None = None,
        pfs_group: str | None = None,
        sa_data_size_kilobytes: int | None = None,
        sa_life_time_seconds: int | None = None,
        hash_algorithm: str | None = None,
    ) -> AsyncOperation:
        """Sets the IPsec parameters of the connection between a gateway and a local network.
        Returns an AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/{virtual_network_name}/
        gateway/connection/{local_network_site_name}/ipsecparameters`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            local_network_site_name: Name of the local network.
            encryption_type: Encryption: `RequireEncryption`, `NoEncryption`, `AES256`,
                `AES128`, `DES3`, ...
            pfs_group: Perfect forward secrecy group: `None`, `PFS1`, ...
            sa_data_size_kilobytes: Data after which the security association is renewed.
            sa_life_time_seconds: Lifetime of a security association.
            hash_algorithm: Integrity algorithm, e.g. `SHA1` or `SHA256`.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("local_network_site_name", local_network_site_name, required=True)
        check_path_segment("local_network_site_name", local_network_site_name)
        if encryption_type is not None:
            check_string("encryption_type", encryption_type)
        if pfs_group is not None:
            check_string("pfs_group", pfs_group)
        if sa_data_size_kilobytes is not None:
            sa_data_size_kilobytes = check_int("sa_data_size_kilobytes", sa_data_size_kilobytes)
        if sa_life_time_seconds is not None:
            sa_life_time_seconds = check_int("sa_life_time_seconds", sa_life_time_seconds)
        if hash_algorithm is not None:
            check_string("hash_algorithm", hash_algorithm)
        request = IPsecParameters(
            encryption_type=encryption_type,
            pfs_group=pfs_group,
            sa_data_size_kilobytes=sa_data_size_kilobytes,
            sa_life_time_seconds=sa_life_time_seconds,
            hash_algorithm=hash_algorithm,
        )
        body = serialize_i_psec_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "connection/"
            f"{quote_segment(local_network_site_name)}/"
            "ipsecparameters",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_gateway_ipsec_parameters",
        )
        return self._async_operation(response)

    def add_gateway_client_root_certificate(
        self,
        virtual_network_name: str,
        certificate: str,
    ) -> AsyncOperation:
        """Uploads a root certificate whose client certificates may connect to the gateway over
        point-to-site VPN. The body is the certificate itself (PEM, or base64 DER). Returns an
        AsyncOperation.

        ``POST /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        clientrootcertificates`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            certificate: The X.509 certificate: PEM, or base64 of its DER form.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("certificate", certificate, required=True)
        body = certificate.encode("utf-8")
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "clientrootcertificates",
            x_ms_version="2016-07-01",
            body=body,
            operation="add_gateway_client_root_certificate",
        )
        return self._async_operation(response)

    def delete_gateway_client_root_certificate(
        self,
        virtual_network_name: str,
        certificate_thumbprint: str,
    ) -> None:
        """Deletes a point-to-site client root certificate of a gateway.

        ``DELETE /{subscription_id}/services/networking/{virtual_network_name}/
        gateway/clientrootcertificates/{certificate_thumbprint}``.

        Args:
            virtual_network_name: Name of the virtual network.
            certificate_thumbprint: SHA-1 thumbprint of the certificate (hex).
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("certificate_thumbprint", certificate_thumbprint, required=True)
        check_path_segment("certificate_thumbprint", certificate_thumbprint)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "clientrootcertificates/"
            f"{quote_segment(certificate_thumbprint)}",
            x_ms_version="2016-07-01",
            operation="delete_gateway_client_root_certificate",
        )

    def get_gateway_client_root_certificate(
        self,
        virtual_network_name: str,
        certificate_thumbprint: str,
    ) -> str:
        """Returns a point-to-site client root certificate of a gateway, as uploaded (text).

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        clientrootcertificates/{certificate_thumbprint}``.

        Args:
            virtual_network_name: Name of the virtual network.
            certificate_thumbprint: SHA-1 thumbprint of the certificate (hex).
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("certificate_thumbprint", certificate_thumbprint, required=True)
        check_path_segment("certificate_thumbprint", certificate_thumbprint)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "clientrootcertificates/"
            f"{quote_segment(certificate_thumbprint)}",
            x_ms_version="2016-07-01",
            operation="get_gateway_client_root_certificate",
        )
        return self._read_text(response)

    def list_gateway_client_root_certificates(
        self,
        virtual_network_name: str,
    ) -> ResultList[ClientRootCertificate]:
        """Lists the point-to-site client root certificates of a gateway.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}/gateway/
        clientrootcertificates``.

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "gateway/"
            "clientrootcertificates",
            x_ms_version="2016-07-01",
            operation="list_gateway_client_root_certificates",
        )
        return self._read(response, deserialize_client_root_certificates)

    def list_hosted_services(
        self,
    ) -> HostedServices:
        """Lists the cloud services of the subscription, with their properties (no deployments).

        ``GET /{subscription_id}/services/hostedservices``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/hostedservices",
            x_ms_version="2014-10-01",
            operation="list_hosted_services",
        )
        return self._read(response, deserialize_hosted_services)

    def get_hosted_service_properties(
        self,
        service_name: str,
        embed_detail: bool | None = False,
    ) -> HostedService:
        """Returns the properties of a cloud service. With `embed_detail=True` the answer also
        holds every deployment of the service (roles, role instances, endpoints, ...).

        ``GET /{subscription_id}/services/hostedservices/{service_name}``.

        Args:
            service_name: Name of the cloud service.
            embed_detail: Also return the deployments of the service. Always sent
                (`embed-detail=true|false`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        if embed_detail is not None:
            embed_detail = check_bool("embed_detail", embed_detail)
        query: list[tuple[str, str]] = []
        if embed_detail is not None:
            query.append(("embed-detail", format_bool(embed_detail)))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="get_hosted_service_properties",
        )
        return self._read(response, deserialize_hosted_service)

    def create_hosted_service(
        self,
        service_name: str,
        label: str,
        description: str | None = None,
        location: str | None = None,
        affinity_group: str | None = None,
        extended_properties: Mapping[str, str] | None = None,
        reverse_dns_fqdn: str | None = None,
    ) -> AsyncOperation:
        """Creates a cloud service, in a location or in an affinity group (exactly one of the two).
        The service name becomes the DNS prefix `<service_name>.cloudapp.net`; check it first
        with `check_hosted_service_name_availability`.

        ``POST /{subscription_id}/services/hostedservices`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name (and DNS prefix) of the new service: letters, digits and hyphens,
                1 to 63 characters, not starting or ending with a hyphen.
            label: Label for your own tracking, up to 100 characters (sent base64-encoded).
            description: Free-text description, up to 1024 characters.
            location: Data center location (see `list_locations`). Give this or
                `affinity_group`.
            affinity_group: Affinity group to place the service in. Give this or `location`.
            extended_properties: Name/value pairs stored with the service (at most 50).
            reverse_dns_fqdn: Host name (ending with a dot) that reverse DNS lookups of the
                service's virtual IP answer; it must resolve to the service (its `cloudapp.net`
                name or a CNAME to it). None: no reverse DNS record.
        """
        check_string(
            "service_name",
            service_name,
            required=True,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
        )
        check_string("label", label, required=True, max_length=100, encoded=True)
        if description is not None:
            check_string("description", description, max_length=1024)
        if location is not None:
            check_string("location", location)
        if affinity_group is not None:
            check_string("affinity_group", affinity_group)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        if reverse_dns_fqdn is not None:
            check_string("reverse_dns_fqdn", reverse_dns_fqdn)
        check_exactly_one(
            location=location,
            affinity_group=affinity_group,
        )
        request = CreateHostedService(
            service_name=service_name,
            label=label,
            description=description,
            location=location,
            affinity_group=affinity_group,
            extended_properties=None if extended_properties is None else dict(extended_properties),
            reverse_dns_fqdn=reverse_dns_fqdn,
        )
        body = serialize_create_hosted_service(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/hostedservices",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_hosted_service",
        )
        return self._async_operation(response)

    def update_hosted_service(
        self,
        service_name: str,
        label: str | None = None,
        description: str | None = None,
        extended_properties: Mapping[str, str] | None = None,
        reverse_dns_fqdn: str | None = None,
    ) -> None:
        """Changes the label, description or extended properties of a cloud service. Only the
        values given are sent. Synchronous: the service answers once the change is made.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}``.

        Args:
            service_name: Name of the cloud service.
            label: New label, up to 100 characters (sent base64-encoded).
            description: New description, up to 1024 characters.
            extended_properties: Extended properties to set or replace.
            reverse_dns_fqdn: New reverse DNS host name of the service's virtual IP (ending with
                a dot). None: left as is.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        if label is not None:
            check_string("label", label, max_length=100, encoded=True)
        if description is not None:
            check_string("description", description, max_length=1024)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        if reverse_dns_fqdn is not None:
            check_string("reverse_dns_fqdn", reverse_dns_fqdn)
        request = UpdateHostedService(
            label=label,
            description=description,
            extended_properties=None if extended_properties is None else dict(extended_properties),
            reverse_dns_fqdn=reverse_dns_fqdn,
        )
        body = serialize_update_hosted_service(request)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_hosted_service",
        )

    def delete_hosted_service(
        self,
        service_name: str,
        complete: bool | None = False,
    ) -> AsyncOperation:
        """Deletes a cloud service. The service must have no deployments left. With `complete=True`
        its deployments, roles and the disks and VHD blobs they used are deleted as well.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            complete: Also delete all deployments, disks and their VHD blobs (`comp=media`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        if complete is not None:
            complete = check_bool("complete", complete)
        query: list[tuple[str, str]] = []
        if complete:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_hosted_service",
        )
        return self._async_operation(response)

    def check_hosted_service_name_availability(
        self,
        service_name: str,
    ) -> AvailabilityResponse:
        """Tells whether a cloud service name is still free to use, and why not when it is taken.

        ``GET /{subscription_id}/services/hostedservices/operations/isavailable/
        {service_name}``.

        Args:
            service_name: The name to check.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            "operations/"
            "isavailable/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            operation="check_hosted_service_name_availability",
        )
        return self._read(response, deserialize_availability_response)

    def replicate_vm_image(
        self,
        vm_image_name: str,
        regions: list[str],
        offer: str,
        sku: str,
        version: str,
    ) -> AsyncOperation:
        """Replicates one of your images to other regions, as a version of an offer and SKU (the
        first step of publishing it). Follow the progress with get_os_image_details. Returns an
        AsyncOperation.

        ``PUT /{subscription_id}/services/images/{vm_image_name}/replicate``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the image to replicate.
            regions: Locations to replicate the image to, e.g. `['West US', 'East US']`.
            offer: Publisher offer the image belongs to.
            sku: SKU of the offer the image belongs to.
            version: Version of the image within the SKU, as `major.minor.patch`.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        check_list("regions", regions, required=True)
        if regions is not None:
            for index, regions_item in enumerate(regions):
                check_string(f"regions[{index}]", regions_item, required=True)
        check_string("offer", offer, required=True)
        check_string("sku", sku, required=True)
        check_string("version", version, required=True, pattern="^\\d+\\.\\d+\\.\\d+$")
        request = ReplicationInput(
            regions=regions,
            offer=offer,
            sku=sku,
            version=version,
        )
        body = serialize_replication_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "images/"
            f"{quote_segment(vm_image_name)}/"
            "replicate",
            x_ms_version="2015-04-01",
            body=body,
            operation="replicate_vm_image",
        )
        return self._async_operation(response)

    def unreplicate_vm_image(
        self,
        vm_image_name: str,
    ) -> AsyncOperation:
        """Removes the replicas of one of your images from every region except the one it was
        created in. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/images/{vm_image_name}/unreplicate``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the replicated image.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "images/"
            f"{quote_segment(vm_image_name)}/"
            "unreplicate",
            x_ms_version="2015-04-01",
            body=b"",
            operation="unreplicate_vm_image",
        )
        return self._async_operation(response)

    def share_vm_image(
        self,
        vm_image_name: str,
        permission: str,
    ) -> AsyncOperation:
        """Shares one of your replicated images: Public (every subscription), MSDN (MSDN
        subscriptions) or Private (only yours again). Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/images/{vm_image_name}/shareasync``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the image to share.
            permission: Public, Private or MSDN.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        check_string("permission", permission, required=True, enum=("Public", "Private", "MSDN"))
        query: list[tuple[str, str]] = []
        if permission is not None:
            query.append(("permission", permission))
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "images/"
            f"{quote_segment(vm_image_name)}/"
            "shareasync",
            x_ms_version="2015-04-01",
            query=query,
            body=b"",
            operation="share_vm_image",
        )
        return self._async_operation(response)

    def create_vm_image(
        self,
        vm_image: CreateVMImageInput,
    ) -> AsyncOperation:
        """Creates a VM image from VHDs already uploaded to a storage account of the subscription:
        an OS disk and optionally data disks. The body holds what Create VM Image takes: the
        name, label and description, the OS disk (host caching, OS state, OS, media link), the
        data disks (host caching, LUN, media link, size) and the optional descriptive fields.
        Returns an AsyncOperation.

        ``POST /{subscription_id}/services/vmimages`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            vm_image: The image to create.
        """
        if isinstance(vm_image, VMImage):
            # What code written for the reference package passes: converted by attribute names.
            vm_image = convert_model(vm_image, CreateVMImageInput, "vm_image.")
        check_instance("vm_image", vm_image, CreateVMImageInput, required=True)
        if vm_image is not None:
            validate_create_vm_image_input(vm_image, "vm_image.")
        assert vm_image is not None
        body = serialize_create_vm_image_input(vm_image)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/vmimages",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_vm_image",
        )
        return self._async_operation(response)

    def update_vm_image(
        self,
        vm_image_name: str,
        vm_image: UpdateVMImageInput,
    ) -> AsyncOperation:
        """Changes the label, description, disk host caching and descriptive fields of one of your
        VM images: the elements Update VM Image takes. Set only what should change; everything
        set is sent, nothing else. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/vmimages/{vm_image_name}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the VM image to change.
            vm_image: The new values.
        """
        if isinstance(vm_image, VMImage):
            # What code written for the reference package passes: converted by attribute names.
            vm_image = convert_model(vm_image, UpdateVMImageInput, "vm_image.")
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        check_instance("vm_image", vm_image, UpdateVMImageInput, required=True)
        if vm_image is not None:
            validate_update_vm_image_input(vm_image, "vm_image.")
        assert vm_image is not None
        body = serialize_update_vm_image_input(vm_image)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "vmimages/"
            f"{quote_segment(vm_image_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_vm_image",
        )
        return self._async_operation(response)

    def get_os_image_details(
        self,
        image_name: str,
    ) -> OSImageDetails:
        """Returns an operating system image with the replication progress of each region it is
        being replicated to (see replicate_vm_image).

        ``GET /{subscription_id}/services/images/{image_name}/details``.

        Args:
            image_name: Name of the image.
        """
        check_string("image_name", image_name, required=True)
        check_path_segment("image_name", image_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "images/"
            f"{quote_segment(image_name)}/"
            "details",
            x_ms_version="2014-10-01",
            operation="get_os_image_details",
        )
        return self._read(response, deserialize_os_image_details)

    def update_os_image_from_image_reference(
        self,
        image_name: str,
        os_image: UpdateOSImageInput,
    ) -> AsyncOperation:
        """Changes the label and descriptive fields of one of your operating system images (eula,
        description, image family, show in GUI, published date, icon and privacy URIs,
        recommended size, small icon, language): the elements Update OS Image takes. Everything
        set in `os_image` is sent, nothing else. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/images/{image_name}`` (asynchronous: returns
        an `AsyncOperation`).

        Args:
            image_name: Name of the image to change.
            os_image: The new values; the label is required.
        """
        check_string("image_name", image_name, required=True)
        check_path_segment("image_name", image_name)
        check_instance("os_image", os_image, UpdateOSImageInput, required=True)
        if os_image is not None:
            validate_update_os_image_input(os_image, "os_image.")
        assert os_image is not None
        body = serialize_update_os_image_input(os_image)
        response = self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services/images/{quote_segment(image_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_os_image_from_image_reference",
        )
        return self._async_operation(response)

    def create_load_balancer(
        self,
        service_name: str,
        deployment_name: str,
        name: str,
        frontend_ip_configuration: FrontendIpConfiguration | None = None,
    ) -> AsyncOperation:
        """Adds an internal load balancer to a deployment of virtual machines: a private address
        (in a subnet of the deployment's virtual network, optionally a fixed one) that
        load-balanced endpoints naming it (`load_balancer_name`) listen on.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/loadbalancers`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            name: Name of the load balancer.
            frontend_ip_configuration: Its address: Type `Private`, the subnet and optionally a
                fixed address.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("name", name, required=True)
        if frontend_ip_configuration is not None:
            check_instance(
                "frontend_ip_configuration", frontend_ip_configuration, FrontendIpConfiguration
            )
            validate_frontend_ip_configuration(
                frontend_ip_configuration, "frontend_ip_configuration."
            )
        request = LoadBalancer(
            name=name,
            frontend_ip_configuration=frontend_ip_configuration,
        )
        body = serialize_load_balancer(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "loadbalancers",
            x_ms_version="2017-01-01",
            body=body,
            operation="create_load_balancer",
        )
        return self._async_operation(response)

    def update_load_balancer(
        self,
        service_name: str,
        deployment_name: str,
        load_balancer_name: str,
        name: str,
        frontend_ip_configuration: FrontendIpConfiguration | None = None,
    ) -> AsyncOperation:
        """Changes the address configuration of an internal load balancer of a deployment.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/loadbalancers/{load_balancer_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            load_balancer_name: The load balancer to change.
            name: Name of the load balancer (the same).
            frontend_ip_configuration: Its new address.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("load_balancer_name", load_balancer_name, required=True)
        check_path_segment("load_balancer_name", load_balancer_name)
        check_string("name", name, required=True)
        if frontend_ip_configuration is not None:
            check_instance(
                "frontend_ip_configuration", frontend_ip_configuration, FrontendIpConfiguration
            )
            validate_frontend_ip_configuration(
                frontend_ip_configuration, "frontend_ip_configuration."
            )
        request = LoadBalancer(
            name=name,
            frontend_ip_configuration=frontend_ip_configuration,
        )
        body = serialize_load_balancer(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "loadbalancers/"
            f"{quote_segment(load_balancer_name)}",
            x_ms_version="2017-01-01",
            body=body,
            operation="update_load_balancer",
        )
        return self._async_operation(response)

    def delete_load_balancer(
        self,
        service_name: str,
        deployment_name: str,
        load_balancer_name: str,
    ) -> AsyncOperation:
        """Removes an internal load balancer from a deployment; ASM refuses while endpoints of its
        virtual machines still use it.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/loadbalancers/{load_balancer_name}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            load_balancer_name: The load balancer to remove.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("load_balancer_name", load_balancer_name, required=True)
        check_path_segment("load_balancer_name", load_balancer_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "loadbalancers/"
            f"{quote_segment(load_balancer_name)}",
            x_ms_version="2017-01-01",
            operation="delete_load_balancer",
        )
        return self._async_operation(response)

    def update_load_balanced_endpoint_set(
        self,
        service_name: str,
        deployment_name: str,
        load_balanced_endpoints: list[LoadBalancedEndpoint],
    ) -> AsyncOperation:
        """Changes load-balanced endpoint sets on every virtual machine of a deployment at once:
        each endpoint given names a set (`load_balanced_endpoint_set_name`) whose endpoints take
        its port, protocol, probe, access rules and options; an endpoint giving only the set's
        name removes that set's endpoints from the machines.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            load_balanced_endpoints: The new settings, one endpoint per set.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_list("load_balanced_endpoints", load_balanced_endpoints, required=True)
        if load_balanced_endpoints is not None:
            for index, load_balanced_endpoints_item in enumerate(load_balanced_endpoints):
                check_instance(
                    f"load_balanced_endpoints[{index}]",
                    load_balanced_endpoints_item,
                    LoadBalancedEndpoint,
                    required=True,
                )
                validate_load_balanced_endpoint(
                    load_balanced_endpoints_item, f"load_balanced_endpoints[{index}]."
                )
        query: list[tuple[str, str]] = []
        query.append(("comp", "UpdateLbSet"))
        request = LoadBalancedEndpointList(
            load_balanced_endpoints=load_balanced_endpoints,
        )
        body = serialize_load_balanced_endpoint_list(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="update_load_balanced_endpoint_set",
        )
        return self._async_operation(response)

    def list_locations(
        self,
    ) -> Locations:
        """Lists the data center locations that are valid for the subscription.

        ``GET /{subscription_id}/locations``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/locations",
            x_ms_version="2014-10-01",
            operation="list_locations",
        )
        return self._read(response, deserialize_locations)

    def validate_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
        destination_virtual_network: str,
        resource_group_name: str | None = None,
        virtual_network_name: str | None = None,
        subnet_name: str | None = None,
    ) -> ResultList[MigrationValidationMessage]:
        """Checks whether the virtual machines of a deployment can be migrated to Azure Resource
        Manager, without changing anything; returns the problems found (an empty list when there
        is none; messages of category `Error` block `prepare_deployment_migration`).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/migration``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            destination_virtual_network: `New`: the machines get a new Resource Manager virtual
                network (a deployment outside any virtual network); `Existing`: they move into
                the Resource Manager virtual network named by `resource_group_name`,
                `virtual_network_name` and `subnet_name`.
            resource_group_name: Resource group of the existing Resource Manager virtual network
                (with `Existing`).
            virtual_network_name: Name of the existing Resource Manager virtual network (with
                `Existing`).
            subnet_name: Subnet of that virtual network the machines move into (with
                `Existing`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string(
            "destination_virtual_network",
            destination_virtual_network,
            required=True,
            enum=("New", "Existing"),
        )
        if resource_group_name is not None:
            check_string("resource_group_name", resource_group_name)
        if virtual_network_name is not None:
            check_string("virtual_network_name", virtual_network_name)
        if subnet_name is not None:
            check_string("subnet_name", subnet_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "validate"))
        request = DeploymentNetworkResource(
            resource_group_name=resource_group_name,
            virtual_network_name=virtual_network_name,
            subnet_name=subnet_name,
            destination_virtual_network=destination_virtual_network,
        )
        body = serialize_deployment_network_resource(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "migration",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="validate_deployment_migration",
        )
        return self._read(response, deserialize_validation_messages_of_migration_validation_message)

    def prepare_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
        destination_virtual_network: str,
        resource_group_name: str | None = None,
        virtual_network_name: str | None = None,
        subnet_name: str | None = None,
    ) -> AsyncOperation:
        """Prepares the virtual machines of a deployment for migration to Azure Resource Manager:
        ASM validates them, then makes their Resource Manager copies; the classic deployment
        stays and its roles show `migration_state` `Prepared` until
        `commit_deployment_migration` or `abort_deployment_migration`.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            destination_virtual_network: `New`: the machines get a new Resource Manager virtual
                network (a deployment outside any virtual network); `Existing`: they move into
                the Resource Manager virtual network named by `resource_group_name`,
                `virtual_network_name` and `subnet_name`.
            resource_group_name: Resource group of the existing Resource Manager virtual network
                (with `Existing`).
            virtual_network_name: Name of the existing Resource Manager virtual network (with
                `Existing`).
            subnet_name: Subnet of that virtual network the machines move into (with
                `Existing`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string(
            "destination_virtual_network",
            destination_virtual_network,
            required=True,
            enum=("New", "Existing"),
        )
        if resource_group_name is not None:
            check_string("resource_group_name", resource_group_name)
        if virtual_network_name is not None:
            check_string("virtual_network_name", virtual_network_name)
        if subnet_name is not None:
            check_string("subnet_name", subnet_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "prepare"))
        request = DeploymentNetworkResource(
            resource_group_name=resource_group_name,
            virtual_network_name=virtual_network_name,
            subnet_name=subnet_name,
            destination_virtual_network=destination_virtual_network,
        )
        body = serialize_deployment_network_resource(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "migration",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="prepare_deployment_migration",
        )
        return self._async_operation(response)

    def commit_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
    ) -> AsyncOperation:
        """Completes the migration of a prepared deployment: its virtual machines (and their disks)
        now live in Azure Resource Manager only; the classic deployment is gone, and the cloud
        service with it when it has no other deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "commit"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "migration",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="commit_deployment_migration",
        )
        return self._async_operation(response)

    def abort_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
    ) -> AsyncOperation:
        """Cancels the migration of a prepared deployment: the Resource Manager copies are removed
        and the deployment is a plain classic deployment again.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "abort"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "migration",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="abort_deployment_migration",
        )
        return self._async_operation(response)

    def validate_storage_account_migration(
        self,
        service_name: str,
    ) -> ResultList[MigrationValidationMessage]:
        """Checks whether a storage account can be migrated to Azure Resource Manager, without
        changing anything; returns the problems found (an empty list when there is none;
        messages of category `Error`, such as disks still used by classic virtual machines,
        block `prepare_storage_account_migration`).

        ``POST /{subscription_id}/services/storageservices/{service_name}/migration``.

        Args:
            service_name: Name of the storage account.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "validate"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}/"
            "migration",
            x_ms_version="2016-03-01",
            query=query,
            body=b"",
            operation="validate_storage_account_migration",
        )
        return self._read(response, deserialize_validation_messages_of_migration_validation_message)

    def prepare_storage_account_migration(
        self,
        service_name: str,
    ) -> AsyncOperation:
        """Prepares a storage account for migration to Azure Resource Manager; until
        `commit_storage_account_migration` or `abort_storage_account_migration` its
        `migration_state` is `Prepared`.

        ``POST /{subscription_id}/services/storageservices/{service_name}/migration``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the storage account.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "prepare"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}/"
            "migration",
            x_ms_version="2016-03-01",
            query=query,
            body=b"",
            operation="prepare_storage_account_migration",
        )
        return self._async_operation(response)

    def commit_storage_account_migration(
        self,
        service_name: str,
    ) -> AsyncOperation:
        """Completes the migration of a prepared storage account: it is a Resource Manager account
        from then on, and the classic API no longer lists it.

        ``POST /{subscription_id}/services/storageservices/{service_name}/migration``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the storage account.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "commit"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}/"
            "migration",
            x_ms_version="2016-03-01",
            query=query,
            body=b"",
            operation="commit_storage_account_migration",
        )
        return self._async_operation(response)

    def abort_storage_account_migration(
        self,
        service_name: str,
    ) -> AsyncOperation:
        """Cancels the migration of a prepared storage account; it is a plain classic account
        again.

        ``POST /{subscription_id}/services/storageservices/{service_name}/migration``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the storage account.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "abort"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}/"
            "migration",
            x_ms_version="2016-03-01",
            query=query,
            body=b"",
            operation="abort_storage_account_migration",
        )
        return self._async_operation(response)

    def set_ip_forwarding_on_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        state: str,
    ) -> AsyncOperation:
        """Lets a virtual machine in a virtual network forward traffic not addressed to it (a
        virtual appliance that route tables send traffic through), or stops it. Returns an
        AsyncOperation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/ipforwarding`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            state: `Enabled` or `Disabled`.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("state", state, required=True)
        request = IPForwarding(
            state=state,
        )
        body = serialize_ip_forwarding(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "ipforwarding",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_ip_forwarding_on_role",
        )
        return self._async_operation(response)

    def get_ip_forwarding_for_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> IPForwarding:
        """Returns whether a virtual machine forwards traffic not addressed to it.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/ipforwarding``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "ipforwarding",
            x_ms_version="2016-07-01",
            operation="get_ip_forwarding_for_role",
        )
        return self._read(response, deserialize_ip_forwarding)

    def set_ip_forwarding_on_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
        state: str,
    ) -> AsyncOperation:
        """Lets a secondary network interface of a virtual machine forward traffic not addressed to
        it, or stops it. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/
        ipforwarding`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_interface_name: Name of the network interface.
            state: `Enabled` or `Disabled`.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_interface_name", network_interface_name, required=True)
        check_path_segment("network_interface_name", network_interface_name)
        check_string("state", state, required=True)
        request = IPForwarding(
            state=state,
        )
        body = serialize_ip_forwarding(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networkinterfaces/"
            f"{quote_segment(network_interface_name)}/"
            "ipforwarding",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_ip_forwarding_on_network_interface",
        )
        return self._async_operation(response)

    def get_ip_forwarding_for_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
    ) -> IPForwarding:
        """Returns whether a network interface forwards traffic not addressed to it.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/
        ipforwarding``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_interface_name: Name of the network interface.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_interface_name", network_interface_name, required=True)
        check_path_segment("network_interface_name", network_interface_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networkinterfaces/"
            f"{quote_segment(network_interface_name)}/"
            "ipforwarding",
            x_ms_version="2016-07-01",
            operation="get_ip_forwarding_for_network_interface",
        )
        return self._read(response, deserialize_ip_forwarding)

    def check_static_ip_address_availability(
        self,
        virtual_network_name: str,
        ip_address: str,
    ) -> AddressAvailability:
        """Tells whether an address of a virtual network is free to be given to a virtual machine
        as its static address and, if not, suggests free addresses of the same subnet.

        ``GET /{subscription_id}/services/networking/{virtual_network_name}``.

        Args:
            virtual_network_name: Name of the virtual network.
            ip_address: The IPv4 address to check.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("ip_address", ip_address, required=True)
        query: list[tuple[str, str]] = []
        query.append(("op", "checkavailability"))
        if ip_address is not None:
            query.append(("address", ip_address))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="check_static_ip_address_availability",
        )
        return self._read(response, deserialize_address_availability)

    def add_virtual_ip(
        self,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str,
    ) -> AsyncOperation:
        """Adds a virtual IP (a further public address) to a deployment; endpoints can then be
        opened on it by its name. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/{virtual_ip_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            virtual_ip_name: Name of the new virtual IP.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("virtual_ip_name", virtual_ip_name, required=True)
        check_path_segment("virtual_ip_name", virtual_ip_name)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            f"{quote_segment(virtual_ip_name)}",
            x_ms_version="2016-07-01",
            body=b"",
            operation="add_virtual_ip",
        )
        return self._async_operation(response)

    def remove_virtual_ip(
        self,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str,
    ) -> AsyncOperation:
        """Removes an additional virtual IP of a deployment (not its default one, nor one holding a
        reserved IP). Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/virtualIPs/{virtual_ip_name}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            virtual_ip_name: Name of the virtual IP.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("virtual_ip_name", virtual_ip_name, required=True)
        check_path_segment("virtual_ip_name", virtual_ip_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "virtualIPs/"
            f"{quote_segment(virtual_ip_name)}",
            x_ms_version="2016-07-01",
            operation="remove_virtual_ip",
        )
        return self._async_operation(response)

    def validate_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> ResultList[NetworkMigrationValidationMessage]:
        """Checks whether the network security group can be migrated to Azure Resource Manager;
        answers the problems found (none: it can).

        ``POST /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}/migration``.

        Args:
            network_security_group_name: Name of the network security group.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "validate"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="validate_network_security_group_migration",
        )
        return self._read(
            response, deserialize_validation_messages_of_network_migration_validation_message
        )

    def prepare_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Prepares the network security group for migration to Azure Resource Manager: it becomes
        visible there, read-only on both sides until committed or aborted. Returns an
        AsyncOperation.

        ``POST /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            network_security_group_name: Name of the network security group.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "prepare"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="prepare_network_security_group_migration",
        )
        return self._async_operation(response)

    def commit_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Commits the prepared migration of the network security group: it leaves the classic
        deployment model. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            network_security_group_name: Name of the network security group.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "commit"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="commit_network_security_group_migration",
        )
        return self._async_operation(response)

    def abort_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Aborts the prepared migration of the network security group: it stays a classic
        resource. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            network_security_group_name: Name of the network security group.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "abort"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="abort_network_security_group_migration",
        )
        return self._async_operation(response)

    def validate_route_table_migration(
        self,
        route_table_name: str,
    ) -> ResultList[NetworkMigrationValidationMessage]:
        """Checks whether the route table can be migrated to Azure Resource Manager; answers the
        problems found (none: it can).

        ``POST /{subscription_id}/services/networking/routetables/{route_table_name}/
        migration``.

        Args:
            route_table_name: Name of the route table.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "validate"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="validate_route_table_migration",
        )
        return self._read(
            response, deserialize_validation_messages_of_network_migration_validation_message
        )

    def prepare_route_table_migration(
        self,
        route_table_name: str,
    ) -> AsyncOperation:
        """Prepares the route table for migration to Azure Resource Manager: it becomes visible
        there, read-only on both sides until committed or aborted. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/routetables/{route_table_name}/
        migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            route_table_name: Name of the route table.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "prepare"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="prepare_route_table_migration",
        )
        return self._async_operation(response)

    def commit_route_table_migration(
        self,
        route_table_name: str,
    ) -> AsyncOperation:
        """Commits the prepared migration of the route table: it leaves the classic deployment
        model. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/routetables/{route_table_name}/
        migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            route_table_name: Name of the route table.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "commit"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="commit_route_table_migration",
        )
        return self._async_operation(response)

    def abort_route_table_migration(
        self,
        route_table_name: str,
    ) -> AsyncOperation:
        """Aborts the prepared migration of the route table: it stays a classic resource. Returns
        an AsyncOperation.

        ``POST /{subscription_id}/services/networking/routetables/{route_table_name}/
        migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            route_table_name: Name of the route table.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "abort"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="abort_route_table_migration",
        )
        return self._async_operation(response)

    def validate_reserved_ip_migration(
        self,
        name: str,
    ) -> ResultList[NetworkMigrationValidationMessage]:
        """Checks whether the reserved IP can be migrated to Azure Resource Manager; answers the
        problems found (none: it can).

        ``POST /{subscription_id}/services/networking/reservedips/{name}/
        migration``.

        Args:
            name: Name of the reserved IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "validate"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="validate_reserved_ip_migration",
        )
        return self._read(
            response, deserialize_validation_messages_of_network_migration_validation_message
        )

    def prepare_reserved_ip_migration(
        self,
        name: str,
    ) -> AsyncOperation:
        """Prepares the reserved IP for migration to Azure Resource Manager: it becomes visible
        there, read-only on both sides until committed or aborted. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/migration``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "prepare"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="prepare_reserved_ip_migration",
        )
        return self._async_operation(response)

    def commit_reserved_ip_migration(
        self,
        name: str,
    ) -> AsyncOperation:
        """Commits the prepared migration of the reserved IP: it leaves the classic deployment
        model. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/migration``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "commit"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="commit_reserved_ip_migration",
        )
        return self._async_operation(response)

    def abort_reserved_ip_migration(
        self,
        name: str,
    ) -> AsyncOperation:
        """Aborts the prepared migration of the reserved IP: it stays a classic resource. Returns
        an AsyncOperation.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/migration``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "abort"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="abort_reserved_ip_migration",
        )
        return self._async_operation(response)

    def validate_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> ResultList[NetworkMigrationValidationMessage]:
        """Checks whether the virtual network can be migrated to Azure Resource Manager; answers
        the problems found (none: it can).

        ``POST /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/migration``.

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "validate"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="validate_virtual_network_migration",
        )
        return self._read(
            response, deserialize_validation_messages_of_network_migration_validation_message
        )

    def prepare_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Prepares the virtual network for migration to Azure Resource Manager: it becomes visible
        there, read-only on both sides until committed or aborted. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "prepare"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="prepare_virtual_network_migration",
        )
        return self._async_operation(response)

    def commit_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Commits the prepared migration of the virtual network: it leaves the classic deployment
        model. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "commit"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="commit_virtual_network_migration",
        )
        return self._async_operation(response)

    def abort_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> AsyncOperation:
        """Aborts the prepared migration of the virtual network: it stays a classic resource.
        Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/migration`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        query: list[tuple[str, str]] = []
        query.append(("comp", "abort"))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "migration",
            x_ms_version="2016-07-01",
            query=query,
            body=b"",
            operation="abort_virtual_network_migration",
        )
        return self._async_operation(response)

    def create_network_security_group(
        self,
        name: str,
        location: str,
        label: str | None = None,
    ) -> AsyncOperation:
        """Creates a network security group in a location. It starts with ASM's default rules
        (allowing traffic within the virtual network and from the load balancer, denying the
        rest inbound; allowing the virtual network and the Internet outbound). Returns an
        AsyncOperation.

        ``POST /{subscription_id}/services/networking/networksecuritygroups``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the network security group, unique in the subscription.
            location: Location of the group, e.g. `West US`; it applies only to networks and
                machines there.
            label: Friendly name of the group.
        """
        check_string("name", name, required=True)
        check_string("location", location, required=True)
        if label is not None:
            check_string("label", label)
        request = NetworkSecurityGroup(
            name=name,
            label=label,
            location=location,
        )
        body = serialize_network_security_group(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/networking/networksecuritygroups",
            x_ms_version="2016-07-01",
            body=body,
            operation="create_network_security_group",
        )
        return self._async_operation(response)

    def delete_network_security_group(
        self,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Deletes a network security group. ASM refuses while it is associated with a subnet, a
        virtual machine or a network interface. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            network_security_group_name: Name of the network security group.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}",
            x_ms_version="2016-07-01",
            operation="delete_network_security_group",
        )
        return self._async_operation(response)

    def get_network_security_group(
        self,
        network_security_group_name: str,
        detail_level: str | None = None,
    ) -> NetworkSecurityGroup:
        """Returns a network security group: its name, label and location and, when `detail_level`
        is `Full`, its rules (the default ones included).

        ``GET /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}``.

        Args:
            network_security_group_name: Name of the network security group.
            detail_level: `Full` to have the rules too; None for the group alone.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        if detail_level is not None:
            check_string("detail_level", detail_level)
        query: list[tuple[str, str]] = []
        if detail_level is not None:
            query.append(("detaillevel", detail_level))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_network_security_group",
        )
        return self._read(response, deserialize_network_security_group)

    def list_network_security_groups(
        self,
    ) -> ResultList[NetworkSecurityGroup]:
        """Lists the network security groups of the subscription (without their rules).

        ``GET /{subscription_id}/services/networking/networksecuritygroups``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/networksecuritygroups",
            x_ms_version="2016-07-01",
            operation="list_network_security_groups",
        )
        return self._read(response, deserialize_network_security_groups)

    def set_network_security_group_rule(
        self,
        network_security_group_name: str,
        rule_name: str,
        type: str,
        priority: int,
        action: str,
        source_address_prefix: str,
        source_port_range: str,
        destination_address_prefix: str,
        destination_port_range: str,
        protocol: str,
    ) -> AsyncOperation:
        """Adds a rule to a network security group, or replaces the rule of that name. Rules of one
        direction are applied by increasing priority; the first that matches decides. Returns an
        AsyncOperation.

        ``PUT /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}/rules/{rule_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            network_security_group_name: Name of the network security group.
            rule_name: Name of the rule, unique in the group.
            type: Direction of the traffic: `Inbound` or `Outbound`.
            priority: Priority, 100 to 4096, unique per direction; lower numbers are applied
                first.
            action: `Allow` or `Deny`.
            source_address_prefix: Source addresses in CIDR notation, `*`, or a tag:
                `VIRTUAL_NETWORK`, `AZURE_LOADBALANCER`, `INTERNET`.
            source_port_range: Source port or range (`80`, `1000-2000`), or `*`.
            destination_address_prefix: Destination addresses in CIDR notation, `*`, or a tag.
            destination_port_range: Destination port or range, or `*`.
            protocol: `TCP`, `UDP` or `*`.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        check_string("rule_name", rule_name, required=True)
        check_path_segment("rule_name", rule_name)
        check_string("type", type, required=True)
        priority = check_int("priority", priority, required=True)
        check_string("action", action, required=True)
        check_string("source_address_prefix", source_address_prefix, required=True)
        check_string("source_port_range", source_port_range, required=True)
        check_string("destination_address_prefix", destination_address_prefix, required=True)
        check_string("destination_port_range", destination_port_range, required=True)
        check_string("protocol", protocol, required=True)
        request = NetworkSecurityRule(
            type=type,
            priority=priority,
            action=action,
            source_address_prefix=source_address_prefix,
            source_port_range=source_port_range,
            destination_address_prefix=destination_address_prefix,
            destination_port_range=destination_port_range,
            protocol=protocol,
        )
        body = serialize_network_security_rule(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}/"
            "rules/"
            f"{quote_segment(rule_name)}",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_network_security_group_rule",
        )
        return self._async_operation(response)

    def delete_network_security_group_rule(
        self,
        network_security_group_name: str,
        rule_name: str,
    ) -> AsyncOperation:
        """Deletes a rule of a network security group (default rules cannot be). Returns an
        AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/networksecuritygroups/
        {network_security_group_name}/rules/{rule_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            network_security_group_name: Name of the network security group.
            rule_name: Name of the rule.
        """
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        check_string("rule_name", rule_name, required=True)
        check_path_segment("rule_name", rule_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}/"
            "rules/"
            f"{quote_segment(rule_name)}",
            x_ms_version="2016-07-01",
            operation="delete_network_security_group_rule",
        )
        return self._async_operation(response)

    def add_network_security_group_to_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Applies a network security group to a subnet of a virtual network (in the same
        location). A subnet has at most one group. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/subnets/{subnet_name}/networksecuritygroups``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            subnet_name: Name of the subnet.
            network_security_group_name: Name of the network security group.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("subnet_name", subnet_name, required=True)
        check_path_segment("subnet_name", subnet_name)
        check_string("network_security_group_name", network_security_group_name, required=True)
        request = NetworkSecurityGroupAssociation(
            network_security_group_name=network_security_group_name,
        )
        body = serialize_network_security_group_association(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "subnets/"
            f"{quote_segment(subnet_name)}/"
            "networksecuritygroups",
            x_ms_version="2016-07-01",
            body=body,
            operation="add_network_security_group_to_subnet",
        )
        return self._async_operation(response)

    def remove_network_security_group_from_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Takes a network security group off a subnet. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/subnets/{subnet_name}/networksecuritygroups/
        {network_security_group_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            subnet_name: Name of the subnet.
            network_security_group_name: Name of the network security group.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("subnet_name", subnet_name, required=True)
        check_path_segment("subnet_name", subnet_name)
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "subnets/"
            f"{quote_segment(subnet_name)}/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}",
            x_ms_version="2016-07-01",
            operation="remove_network_security_group_from_subnet",
        )
        return self._async_operation(response)

    def get_network_security_group_for_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
    ) -> NetworkSecurityGroupAssociation:
        """Returns the network security group applied to a subnet (404 when there is none).

        ``GET /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/subnets/{subnet_name}/networksecuritygroups``.

        Args:
            virtual_network_name: Name of the virtual network.
            subnet_name: Name of the subnet.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("subnet_name", subnet_name, required=True)
        check_path_segment("subnet_name", subnet_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "subnets/"
            f"{quote_segment(subnet_name)}/"
            "networksecuritygroups",
            x_ms_version="2016-07-01",
            operation="get_network_security_group_for_subnet",
        )
        return self._read(response, deserialize_network_security_group_association)

    def add_network_security_group_to_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Applies a network security group to a virtual machine of a deployment in a virtual
        network. A machine has at most one group. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/networksecuritygroups`` (asynchronous: returns
        an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_security_group_name: Name of the network security group.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_security_group_name", network_security_group_name, required=True)
        request = NetworkSecurityGroupAssociation(
            network_security_group_name=network_security_group_name,
        )
        body = serialize_network_security_group_association(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networksecuritygroups",
            x_ms_version="2016-07-01",
            body=body,
            operation="add_network_security_group_to_role",
        )
        return self._async_operation(response)

    def remove_network_security_group_from_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Takes a network security group off a virtual machine. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/roles/{role_name}/networksecuritygroups/
        {network_security_group_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_security_group_name: Name of the network security group.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}",
            x_ms_version="2016-07-01",
            operation="remove_network_security_group_from_role",
        )
        return self._async_operation(response)

    def get_network_security_group_for_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> NetworkSecurityGroupAssociation:
        """Returns the network security group applied to a virtual machine (404 when there is
        none).

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/networksecuritygroups``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networksecuritygroups",
            x_ms_version="2016-07-01",
            operation="get_network_security_group_for_role",
        )
        return self._read(response, deserialize_network_security_group_association)

    def add_network_security_group_to_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Applies a network security group to a secondary network interface of a virtual machine.
        Returns an AsyncOperation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/
        networksecuritygroups`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_interface_name: Name of the network interface.
            network_security_group_name: Name of the network security group.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_interface_name", network_interface_name, required=True)
        check_path_segment("network_interface_name", network_interface_name)
        check_string("network_security_group_name", network_security_group_name, required=True)
        request = NetworkSecurityGroupAssociation(
            network_security_group_name=network_security_group_name,
        )
        body = serialize_network_security_group_association(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networkinterfaces/"
            f"{quote_segment(network_interface_name)}/"
            "networksecuritygroups",
            x_ms_version="2016-07-01",
            body=body,
            operation="add_network_security_group_to_network_interface",
        )
        return self._async_operation(response)

    def remove_network_security_group_from_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
        network_security_group_name: str,
    ) -> AsyncOperation:
        """Takes a network security group off a network interface. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/roles/{role_name}/networkinterfaces/
        {network_interface_name}/networksecuritygroups/{network_security_group_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_interface_name: Name of the network interface.
            network_security_group_name: Name of the network security group.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_interface_name", network_interface_name, required=True)
        check_path_segment("network_interface_name", network_interface_name)
        check_string("network_security_group_name", network_security_group_name, required=True)
        check_path_segment("network_security_group_name", network_security_group_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networkinterfaces/"
            f"{quote_segment(network_interface_name)}/"
            "networksecuritygroups/"
            f"{quote_segment(network_security_group_name)}",
            x_ms_version="2016-07-01",
            operation="remove_network_security_group_from_network_interface",
        )
        return self._async_operation(response)

    def get_network_security_group_for_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
    ) -> NetworkSecurityGroupAssociation:
        """Returns the network security group applied to a network interface (404 when there is
        none).

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/
        networksecuritygroups``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            network_interface_name: Name of the network interface.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string("network_interface_name", network_interface_name, required=True)
        check_path_segment("network_interface_name", network_interface_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}/"
            "networkinterfaces/"
            f"{quote_segment(network_interface_name)}/"
            "networksecuritygroups",
            x_ms_version="2016-07-01",
            operation="get_network_security_group_for_network_interface",
        )
        return self._read(response, deserialize_network_security_group_association)

    def create_reserved_ip_address(
        self,
        name: str,
        label: str | None = None,
        location: str | None = None,
        service_name: str | None = None,
        deployment_name: str | None = None,
        virtual_ip_name: str | None = None,
    ) -> AsyncOperation:
        """Reserves a public IP address in a location, to be given to a deployment (at its creation
        with `reserved_ip_name`, or later with associate_reserved_ip_address). Returns an
        AsyncOperation.

        ``POST /{subscription_id}/services/networking/reservedips`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP, unique in the subscription.
            label: Friendly name of the reserved IP (plain text), up to 100 characters.
            location: Location to reserve the address in, e.g. `West US` (ASM requires it).
            service_name: Cloud service of a deployment whose current virtual IP becomes the
                reserved address (with `deployment_name`).
            deployment_name: Deployment whose current virtual IP is reserved.
            virtual_ip_name: Virtual IP of that deployment to reserve, when not its default one.
        """
        check_string("name", name, required=True, min_length=1, max_length=64)
        if label is not None:
            check_string("label", label, max_length=100)
        if location is not None:
            check_string("location", location)
        if service_name is not None:
            check_string("service_name", service_name)
        if deployment_name is not None:
            check_string("deployment_name", deployment_name)
        if virtual_ip_name is not None:
            check_string("virtual_ip_name", virtual_ip_name)
        request = ReservedIP(
            name=name,
            label=label,
            service_name=service_name,
            deployment_name=deployment_name,
            location=location,
            virtual_ip_name=virtual_ip_name,
        )
        body = serialize_reserved_ip(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/networking/reservedips",
            x_ms_version="2016-07-01",
            body=body,
            operation="create_reserved_ip_address",
        )
        return self._async_operation(response)

    def delete_reserved_ip_address(
        self,
        name: str,
    ) -> AsyncOperation:
        """Releases a reserved IP address. ASM refuses while a deployment uses it. Returns an
        AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/reservedips/{name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}",
            x_ms_version="2016-07-01",
            operation="delete_reserved_ip_address",
        )
        return self._async_operation(response)

    def associate_reserved_ip_address(
        self,
        name: str,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str | None = None,
    ) -> AsyncOperation:
        """Gives a reserved IP address to an existing deployment (its default virtual IP, or the
        one named). Sent with x-ms-version 2016-07-01 (ASM needs 2015-02-01 or later). Returns
        an AsyncOperation.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/
        operations/associate`` (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP.
            service_name: Cloud service of the deployment.
            deployment_name: Name of the deployment.
            virtual_ip_name: Virtual IP of a deployment that has several; None means its default
                virtual IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("service_name", service_name, required=True)
        check_string("deployment_name", deployment_name, required=True)
        if virtual_ip_name is not None:
            check_string("virtual_ip_name", virtual_ip_name)
        request = ReservedIPAssociation(
            service_name=service_name,
            deployment_name=deployment_name,
            virtual_ip_name=virtual_ip_name,
        )
        body = serialize_reserved_ip_association(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}/"
            "operations/"
            "associate",
            x_ms_version="2016-07-01",
            body=body,
            operation="associate_reserved_ip_address",
        )
        return self._async_operation(response)

    def disassociate_reserved_ip_address(
        self,
        name: str,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str | None = None,
    ) -> AsyncOperation:
        """Takes a reserved IP address back from the deployment using it (the deployment gets a
        dynamic address); the reservation is kept. Sent with x-ms-version 2016-07-01 (ASM needs
        2015-02-01 or later). Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/
        operations/disassociate`` (asynchronous: returns an `AsyncOperation`).

        Args:
            name: Name of the reserved IP.
            service_name: Cloud service of the deployment.
            deployment_name: Name of the deployment.
            virtual_ip_name: Virtual IP of a deployment that has several; None means its default
                virtual IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("service_name", service_name, required=True)
        check_string("deployment_name", deployment_name, required=True)
        if virtual_ip_name is not None:
            check_string("virtual_ip_name", virtual_ip_name)
        request = ReservedIPAssociation(
            service_name=service_name,
            deployment_name=deployment_name,
            virtual_ip_name=virtual_ip_name,
        )
        body = serialize_reserved_ip_association(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}/"
            "operations/"
            "disassociate",
            x_ms_version="2016-07-01",
            body=body,
            operation="disassociate_reserved_ip_address",
        )
        return self._async_operation(response)

    def get_reserved_ip_address(
        self,
        name: str,
    ) -> ReservedIP:
        """Returns a reserved IP address, with the deployment using it, if any.

        ``GET /{subscription_id}/services/networking/reservedips/{name}``.

        Args:
            name: Name of the reserved IP.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "reservedips/"
            f"{quote_segment(name)}",
            x_ms_version="2016-07-01",
            operation="get_reserved_ip_address",
        )
        return self._read(response, deserialize_reserved_ip)

    def list_reserved_ip_addresses(
        self,
    ) -> ReservedIPs:
        """Lists the reserved IP addresses of the subscription.

        ``GET /{subscription_id}/services/networking/reservedips``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/reservedips",
            x_ms_version="2016-07-01",
            operation="list_reserved_ip_addresses",
        )
        return self._read(response, deserialize_reserved_ips)

    def list_virtual_network_sites(
        self,
    ) -> VirtualNetworkSites:
        """Lists the virtual networks of the subscription, as defined by its network configuration
        (see set_network_configuration), with their address spaces, subnets, DNS servers and
        gateway.

        ``GET /{subscription_id}/services/networking/virtualnetwork``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/virtualnetwork",
            x_ms_version="2016-07-01",
            operation="list_virtual_network_sites",
        )
        return self._read(response, deserialize_virtual_network_sites)

    def get_network_configuration(
        self,
    ) -> NetworkConfiguration:
        """Returns the subscription's network configuration document (the `.netcfg` file): DNS
        servers, local networks and virtual networks. ASM answers 404 when none was ever set.

        ``GET /{subscription_id}/services/networking/media``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/media",
            x_ms_version="2016-07-01",
            operation="get_network_configuration",
        )
        return self._read(response, deserialize_network_configuration)

    def set_network_configuration(
        self,
        network_configuration: NetworkConfiguration,
    ) -> AsyncOperation:
        """Replaces the subscription's network configuration document: virtual networks, subnets,
        DNS servers and local networks are created, changed or removed to match it. A virtual
        network that is in use cannot be removed or have its used subnets changed. Returns an
        AsyncOperation.

        ``PUT /{subscription_id}/services/networking/media`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            network_configuration: The complete new configuration (what is left out is removed).
        """
        check_instance(
            "network_configuration", network_configuration, NetworkConfiguration, required=True
        )
        if network_configuration is not None:
            validate_network_configuration(network_configuration, "network_configuration.")
        assert network_configuration is not None
        body = serialize_network_configuration(network_configuration)
        response = self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services/networking/media",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_network_configuration",
        )
        return self._async_operation(response)

    def list_operating_systems(
        self,
    ) -> OperatingSystems:
        """Lists the guest operating system versions that cloud service roles can run, with the
        family each belongs to and whether it is still active or the default.

        ``GET /{subscription_id}/operatingsystems``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operatingsystems",
            x_ms_version="2014-10-01",
            operation="list_operating_systems",
        )
        return self._read(response, deserialize_operating_systems)

    def list_operating_system_families(
        self,
    ) -> OperatingSystemFamilies:
        """Lists the guest operating system families (each one matches a Windows Server release)
        with the versions each family offers.

        ``GET /{subscription_id}/operatingsystemfamilies``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operatingsystemfamilies",
            x_ms_version="2014-10-01",
            operation="list_operating_system_families",
        )
        return self._read(response, deserialize_operating_system_families)

    def list_os_images(
        self,
    ) -> Images:
        """Lists the operating system images available to the subscription: the platform images and
        the subscription's own images (category User).

        ``GET /{subscription_id}/services/images``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/images",
            x_ms_version="2014-10-01",
            operation="list_os_images",
        )
        return self._read(response, deserialize_images)

    def get_os_image(
        self,
        image_name: str,
    ) -> OSImage:
        """Returns one operating system image of the image repository.

        ``GET /{subscription_id}/services/images/{image_name}``.

        Args:
            image_name: Name of the image.
        """
        check_string("image_name", image_name, required=True)
        check_path_segment("image_name", image_name)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/images/{quote_segment(image_name)}",
            x_ms_version="2014-10-01",
            operation="get_os_image",
        )
        return self._read(response, deserialize_os_image)

    def add_os_image(
        self,
        label: str,
        media_link: str,
        name: str,
        os: str,
        eula: str | None = None,
        description: str | None = None,
        image_family: str | None = None,
        published_date: datetime | None = None,
        is_premium: bool | None = None,
        show_in_gui: bool | None = None,
        privacy_uri: str | None = None,
        icon_uri: str | None = None,
        recommended_vm_size: str | None = None,
        small_icon_uri: str | None = None,
        language: str | None = None,
    ) -> AsyncOperation:
        """Registers a generalized operating system VHD, already uploaded as a page blob to a
        storage account of the subscription, as an image that virtual machines can be created
        from. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/images`` (asynchronous: returns an `AsyncOperation`).

        Args:
            label: Friendly name of the image (plain text, not base64).
            media_link: URL of the VHD blob, e.g. `https://account.blob.core.windows.net/
                vhds/image.vhd`.
            name: Name that identifies the image when virtual machines are created from it.
            os: Operating system on the VHD: Linux or Windows.
            eula: End user license agreement(s) of the image, usually URLs separated by
                semicolons.
            description: Description of the image.
            image_family: Family the image belongs to (groups images of one product).
            published_date: When the image was published.
            is_premium: Whether the image is billed as a premium image.
            show_in_gui: Whether the portal lists the image.
            privacy_uri: URL of the privacy statement of the image.
            icon_uri: Large icon of the image shown by the portal.
            recommended_vm_size: Virtual machine size recommended for the image (e.g. Medium,
                Standard_D1).
            small_icon_uri: Small icon of the image shown by the portal.
            language: Language of the operating system of the image.
        """
        check_string("label", label, required=True)
        check_string("media_link", media_link, required=True, pattern="https?://\\S+")
        check_string("name", name, required=True)
        check_string("os", os, required=True, enum=("Linux", "Windows"))
        if eula is not None:
            check_string("eula", eula)
        if description is not None:
            check_string("description", description)
        if image_family is not None:
            check_string("image_family", image_family)
        if published_date is not None:
            check_datetime("published_date", published_date)
        if is_premium is not None:
            is_premium = check_bool("is_premium", is_premium)
        if show_in_gui is not None:
            show_in_gui = check_bool("show_in_gui", show_in_gui)
        if privacy_uri is not None:
            check_string("privacy_uri", privacy_uri)
        if icon_uri is not None:
            check_string("icon_uri", icon_uri)
        if recommended_vm_size is not None:
            check_string("recommended_vm_size", recommended_vm_size)
        if small_icon_uri is not None:
            check_string("small_icon_uri", small_icon_uri)
        if language is not None:
            check_string("language", language)
        request = OSImageInput(
            label=label,
            media_link=media_link,
            name=name,
            os=os,
            eula=eula,
            description=description,
            image_family=image_family,
            published_date=published_date,
            is_premium=is_premium,
            show_in_gui=show_in_gui,
            privacy_uri=privacy_uri,
            icon_uri=icon_uri,
            recommended_vm_size=recommended_vm_size,
            small_icon_uri=small_icon_uri,
            language=language,
        )
        body = serialize_os_image_input(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/images",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_os_image",
        )
        return self._async_operation(response)

    def update_os_image(
        self,
        image_name: str,
        label: str,
        media_link: str,
        name: str,
        os: str,
    ) -> AsyncOperation:
        """Changes the label of one of the subscription's own images (platform images cannot be
        changed). The body also repeats the image's media link, name and OS, as the legacy SDK
        sends them. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/images/{image_name}`` (asynchronous: returns
        an `AsyncOperation`).

        Args:
            image_name: Name of the image to change.
            label: New friendly name of the image (plain text).
            media_link: URL of the image's VHD blob, as registered.
            name: Name of the image, as registered.
            os: Operating system of the image: Linux or Windows.
        """
        check_string("image_name", image_name, required=True)
        check_path_segment("image_name", image_name)
        check_string("label", label, required=True)
        check_string("media_link", media_link, required=True)
        check_string("name", name, required=True)
        check_string("os", os, required=True, enum=("Linux", "Windows"))
        request = OSImageInput(
            label=label,
            media_link=media_link,
            name=name,
            os=os,
        )
        body = serialize_os_image_input(request)
        response = self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services/images/{quote_segment(image_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_os_image",
        )
        return self._async_operation(response)

    def delete_os_image(
        self,
        image_name: str,
        delete_vhd: bool | None = False,
    ) -> AsyncOperation:
        """Removes one of the subscription's own images from the image repository, and with
        delete_vhd also deletes its VHD blob. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/images/{image_name}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            image_name: Name of the image to delete.
            delete_vhd: Also delete the VHD blob behind the image (sends comp=media).
        """
        check_string("image_name", image_name, required=True)
        check_path_segment("image_name", image_name)
        if delete_vhd is not None:
            delete_vhd = check_bool("delete_vhd", delete_vhd)
        query: list[tuple[str, str]] = []
        if delete_vhd:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            f"/{quote_segment(self.subscription_id)}/services/images/{quote_segment(image_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_os_image",
        )
        return self._async_operation(response)

    def list_resource_extensions(
        self,
    ) -> ResourceExtensions:
        """Lists the VM extensions available to virtual machines, in their latest versions.

        ``GET /{subscription_id}/services/resourceextensions``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/resourceextensions",
            x_ms_version="2014-10-01",
            operation="list_resource_extensions",
        )
        return self._read(response, deserialize_resource_extensions)

    def list_resource_extension_versions(
        self,
        publisher_name: str,
        extension_name: str,
    ) -> ResourceExtensions:
        """Lists every available version of one VM extension.

        ``GET /{subscription_id}/services/resourceextensions/{publisher_name}/
        {extension_name}``.

        Args:
            publisher_name: Publisher of the extension, e.g. `Microsoft.Compute`.
            extension_name: Name of the extension, e.g. `CustomScriptExtension`.
        """
        check_string("publisher_name", publisher_name, required=True)
        check_path_segment("publisher_name", publisher_name)
        check_string("extension_name", extension_name, required=True)
        check_path_segment("extension_name", extension_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "resourceextensions/"
            f"{quote_segment(publisher_name)}/"
            f"{quote_segment(extension_name)}",
            x_ms_version="2014-10-01",
            operation="list_resource_extension_versions",
        )
        return self._read(response, deserialize_resource_extensions)

    def register_resource_provider(
        self,
        resource_name: str,
    ) -> None:
        """Registers the subscription with a resource provider (such as `scheduler.JobCollections`)
        so that it may create that provider's resources. ASM refuses a provider already
        registered (409).

        ``PUT /{subscription_id}/services``.

        Args:
            resource_name: Name of the resource provider, e.g. `scheduler.JobCollections`.
        """
        check_string("resource_name", resource_name, required=True)
        query: list[tuple[str, str]] = []
        if resource_name is not None:
            query.append(("service", resource_name))
        query.append(("action", "register"))
        self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services",
            x_ms_version="2014-10-01",
            query=query,
            body=b"",
            operation="register_resource_provider",
        )

    def unregister_resource_provider(
        self,
        resource_name: str,
    ) -> None:
        """Unregisters the subscription from a resource provider it was registered with (404
        otherwise).

        ``PUT /{subscription_id}/services``.

        Args:
            resource_name: Name of the resource provider, e.g. `scheduler.JobCollections`.
        """
        check_string("resource_name", resource_name, required=True)
        query: list[tuple[str, str]] = []
        if resource_name is not None:
            query.append(("service", resource_name))
        query.append(("action", "unregister"))
        self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services",
            x_ms_version="2014-10-01",
            query=query,
            body=b"",
            operation="unregister_resource_provider",
        )

    def update_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        network_config: AnyNetworkConfigurationSet | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        role_size: str | None = None,
        role_type: str | None = "PersistentVMRole",
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        provision_guest_agent: bool | None = None,
    ) -> AsyncOperation:
        """Changes the settings of a virtual machine: size, availability set, endpoints (network
        set), disk caching, VM extensions. Elements left None are not sent and keep their value.
        Provisioning settings cannot be changed once the machine exists.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            os_virtual_hard_disk: The OS disk as it is, with the settings to change (host
                caching).
            network_config: The complete new network set (endpoints, subnets, public IPs); None
                keeps the current one.
            availability_set_name: Availability set to move the machine to.
            data_virtual_hard_disks: Attached data disks (by LUN) with the settings to change
                (host caching).
            role_size: New size of the machine (see `list_role_sizes`).
            role_type: Role type; always PersistentVMRole for virtual machines.
            resource_extension_references: VM extensions the machine should have (needs the
                guest agent).
            provision_guest_agent: Whether the VM agent is installed.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        if os_virtual_hard_disk is not None:
            check_instance("os_virtual_hard_disk", os_virtual_hard_disk, OSVirtualHardDisk)
            validate_os_virtual_hard_disk(os_virtual_hard_disk, "os_virtual_hard_disk.")
        if network_config is not None:
            check_instance(
                "network_config", network_config, (NetworkConfigurationSet, ConfigurationSet)
            )
            validate_any_network_configuration_set(network_config, "network_config.")
        if availability_set_name is not None:
            check_string("availability_set_name", availability_set_name)
        if data_virtual_hard_disks is not None:
            check_list("data_virtual_hard_disks", data_virtual_hard_disks)
            for index, data_virtual_hard_disks_item in enumerate(data_virtual_hard_disks):
                check_instance(
                    f"data_virtual_hard_disks[{index}]",
                    data_virtual_hard_disks_item,
                    DataVirtualHardDisk,
                    required=True,
                )
                validate_data_virtual_hard_disk(
                    data_virtual_hard_disks_item, f"data_virtual_hard_disks[{index}]."
                )
        if role_size is not None:
            check_string("role_size", role_size)
        if role_type is not None:
            check_string("role_type", role_type)
        if resource_extension_references is not None:
            check_list("resource_extension_references", resource_extension_references)
            for index, resource_extension_references_item in enumerate(
                resource_extension_references
            ):
                check_instance(
                    f"resource_extension_references[{index}]",
                    resource_extension_references_item,
                    ResourceExtensionReference,
                    required=True,
                )
                validate_resource_extension_reference(
                    resource_extension_references_item, f"resource_extension_references[{index}]."
                )
        if provision_guest_agent is not None:
            provision_guest_agent = check_bool("provision_guest_agent", provision_guest_agent)
        request = UpdateRole(
            role_name=role_name,
            role_type=role_type,
            network_config=network_config,
            resource_extension_references=resource_extension_references,
            availability_set_name=availability_set_name,
            data_virtual_hard_disks=data_virtual_hard_disks,
            os_virtual_hard_disk=os_virtual_hard_disk,
            role_size=role_size,
            provision_guest_agent=provision_guest_agent,
        )
        body = serialize_update_role(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_role",
        )
        return self._async_operation(response)

    def capture_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        post_capture_action: str,
        target_image_name: str,
        target_image_label: str,
        provisioning_configuration: ProvisioningConfigurationSet | None = None,
    ) -> AsyncOperation:
        """Captures a stopped virtual machine's OS disk as an OS image of the subscription. The
        machine is deleted afterwards (`post_capture_action='Delete'`) or provisioned again with
        `provisioning_configuration` (`'Reprovision'`). Use `capture_vm_image` to capture data
        disks too.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine to capture.
            post_capture_action: Delete (remove the machine) or Reprovision (provision it
                again).
            target_image_name: Name of the new OS image.
            target_image_label: Label of the new OS image (plain text).
            provisioning_configuration: Linux or Windows provisioning set for Reprovision.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_string(
            "post_capture_action",
            post_capture_action,
            required=True,
            enum=("Delete", "Reprovision"),
        )
        check_string("target_image_name", target_image_name, required=True)
        check_string("target_image_label", target_image_label, required=True)
        if provisioning_configuration is not None:
            check_instance(
                "provisioning_configuration",
                provisioning_configuration,
                (LinuxConfigurationSet, WindowsConfigurationSet, ConfigurationSet),
            )
            validate_provisioning_configuration_set(
                provisioning_configuration, "provisioning_configuration."
            )
        request = CaptureRoleOperation(
            post_capture_action=post_capture_action,
            provisioning_configuration=provisioning_configuration,
            target_image_label=target_image_label,
            target_image_name=target_image_name,
        )
        body = serialize_capture_role_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="capture_role",
        )
        return self._async_operation(response)

    def start_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsyncOperation:
        """Starts a stopped virtual machine.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        request = StartRoleOperation()
        body = serialize_start_role_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="start_role",
        )
        return self._async_operation(response)

    def start_roles(
        self,
        service_name: str,
        deployment_name: str,
        role_names: list[str],
    ) -> AsyncOperation:
        """Starts several stopped virtual machines of a deployment in one operation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/Operations`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_names: Names of the virtual machines to start.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_list("role_names", role_names, required=True)
        if role_names is not None:
            for index, role_names_item in enumerate(role_names):
                check_string(f"role_names[{index}]", role_names_item, required=True)
        request = StartRolesOperation(
            role_names=role_names,
        )
        body = serialize_start_roles_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="start_roles",
        )
        return self._async_operation(response)

    def restart_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsyncOperation:
        """Restarts a running virtual machine.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        request = RestartRoleOperation()
        body = serialize_restart_role_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="restart_role",
        )
        return self._async_operation(response)

    def shutdown_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        post_shutdown_action: str | None = "Stopped",
    ) -> AsyncOperation:
        """Shuts a virtual machine down. `Stopped` keeps its compute resources (and billing);
        `StoppedDeallocated` releases them (and its dynamic addresses).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            post_shutdown_action: Stopped (keep the resources) or StoppedDeallocated (release
                them).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        if post_shutdown_action is not None:
            check_string(
                "post_shutdown_action", post_shutdown_action, enum=("Stopped", "StoppedDeallocated")
            )
        request = ShutdownRoleOperation(
            post_shutdown_action=post_shutdown_action,
        )
        body = serialize_shutdown_role_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="shutdown_role",
        )
        return self._async_operation(response)

    def shutdown_roles(
        self,
        service_name: str,
        deployment_name: str,
        role_names: list[str],
        post_shutdown_action: str | None = "Stopped",
    ) -> AsyncOperation:
        """Shuts several virtual machines of a deployment down in one operation.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/Operations`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_names: Names of the virtual machines to shut down.
            post_shutdown_action: Stopped (keep the resources) or StoppedDeallocated (release
                them).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_list("role_names", role_names, required=True)
        if role_names is not None:
            for index, role_names_item in enumerate(role_names):
                check_string(f"role_names[{index}]", role_names_item, required=True)
        if post_shutdown_action is not None:
            check_string(
                "post_shutdown_action", post_shutdown_action, enum=("Stopped", "StoppedDeallocated")
            )
        request = ShutdownRolesOperation(
            role_names=role_names,
            post_shutdown_action=post_shutdown_action,
        )
        body = serialize_shutdown_roles_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="shutdown_roles",
        )
        return self._async_operation(response)

    def list_role_sizes(
        self,
    ) -> RoleSizes:
        """Lists the role sizes (virtual machine sizes) the subscription can use, with their cores,
        memory, data disk limit and resource disk sizes.

        ``GET /{subscription_id}/rolesizes``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/rolesizes",
            x_ms_version="2014-10-01",
            operation="list_role_sizes",
        )
        return self._read(response, deserialize_role_sizes)

    def get_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> PersistentVMRole:
        """Returns the configuration of a virtual machine (role) of a deployment.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles/{role_name}``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}",
            x_ms_version="2014-10-01",
            operation="get_role",
        )
        return self._read(response, deserialize_persistent_vm_role)

    def add_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        system_config: ProvisioningConfigurationSet | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        network_config: AnyNetworkConfigurationSet | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        role_size: str | None = None,
        role_type: str | None = "PersistentVMRole",
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        provision_guest_agent: bool | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
    ) -> AsyncOperation:
        """Adds a virtual machine to an existing virtual machine deployment. Give an OS disk (from
        a platform or user image, an existing disk or a remote image) or `vm_image_name`, plus a
        Linux or Windows provisioning set when the OS disk comes from a generalized image.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roles`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the new virtual machine.
            system_config: Linux or Windows provisioning set (host name, user, password,
                keys...); None when the OS disk is already provisioned.
            os_virtual_hard_disk: The operating system disk; None when `vm_image_name` is given.
            network_config: Endpoints, subnets and public IPs of the machine.
            availability_set_name: Availability set to put the machine in (machines of one set
                are spread over fault domains).
            data_virtual_hard_disks: Data disks to attach or create with the machine.
            role_size: Size of the machine (see `list_role_sizes`); ASM uses Small when omitted.
            role_type: Role type; always PersistentVMRole for virtual machines.
            resource_extension_references: VM extensions to install (needs the guest agent).
            provision_guest_agent: Install the VM agent, needed by extensions.
            vm_image_name: Create the machine from this VM image (OS and data disks) instead of
                an OS disk.
            media_location: Blob URL for the VHDs when `vm_image_name` is a published (platform)
                VM image.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        if system_config is not None:
            check_instance(
                "system_config",
                system_config,
                (LinuxConfigurationSet, WindowsConfigurationSet, ConfigurationSet),
            )
            validate_provisioning_configuration_set(system_config, "system_config.")
        if os_virtual_hard_disk is not None:
            check_instance("os_virtual_hard_disk", os_virtual_hard_disk, OSVirtualHardDisk)
            validate_os_virtual_hard_disk(os_virtual_hard_disk, "os_virtual_hard_disk.")
        if network_config is not None:
            check_instance(
                "network_config", network_config, (NetworkConfigurationSet, ConfigurationSet)
            )
            validate_any_network_configuration_set(network_config, "network_config.")
        if availability_set_name is not None:
            check_string("availability_set_name", availability_set_name)
        if data_virtual_hard_disks is not None:
            check_list("data_virtual_hard_disks", data_virtual_hard_disks)
            for index, data_virtual_hard_disks_item in enumerate(data_virtual_hard_disks):
                check_instance(
                    f"data_virtual_hard_disks[{index}]",
                    data_virtual_hard_disks_item,
                    DataVirtualHardDisk,
                    required=True,
                )
                validate_data_virtual_hard_disk(
                    data_virtual_hard_disks_item, f"data_virtual_hard_disks[{index}]."
                )
        if role_size is not None:
            check_string("role_size", role_size)
        if role_type is not None:
            check_string("role_type", role_type)
        if resource_extension_references is not None:
            check_list("resource_extension_references", resource_extension_references)
            for index, resource_extension_references_item in enumerate(
                resource_extension_references
            ):
                check_instance(
                    f"resource_extension_references[{index}]",
                    resource_extension_references_item,
                    ResourceExtensionReference,
                    required=True,
                )
                validate_resource_extension_reference(
                    resource_extension_references_item, f"resource_extension_references[{index}]."
                )
        if provision_guest_agent is not None:
            provision_guest_agent = check_bool("provision_guest_agent", provision_guest_agent)
        if vm_image_name is not None:
            check_string("vm_image_name", vm_image_name)
        if media_location is not None:
            check_string("media_location", media_location)
        check_exactly_one(
            os_virtual_hard_disk=os_virtual_hard_disk,
            vm_image_name=vm_image_name,
        )
        request = AddRole(
            role_name=role_name,
            role_type=role_type,
            configuration_sets=[
                item
                for item in (
                    system_config,
                    network_config,
                )
                if item is not None
            ]
            or None,
            resource_extension_references=resource_extension_references,
            vm_image_name=vm_image_name,
            media_location=media_location,
            availability_set_name=availability_set_name,
            data_virtual_hard_disks=data_virtual_hard_disks,
            os_virtual_hard_disk=os_virtual_hard_disk,
            role_size=role_size,
            provision_guest_agent=provision_guest_agent,
        )
        body = serialize_add_role(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles",
            x_ms_version="2014-10-01",
            body=body,
            operation="add_role",
        )
        return self._async_operation(response)

    def delete_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        complete: bool | None = False,
    ) -> AsyncOperation:
        """Deletes a virtual machine from a deployment (not the last one: delete the deployment
        instead). With `complete=True` its disks and their VHD blobs are deleted too.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        deployments/{deployment_name}/roles/{role_name}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
            complete: Also delete the machine's disks and VHD blobs (`comp=media`).
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        if complete is not None:
            complete = check_bool("complete", complete)
        query: list[tuple[str, str]] = []
        if complete:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roles/"
            f"{quote_segment(role_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_role",
        )
        return self._async_operation(response)

    def capture_vm_image(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        options: CaptureRoleAsVMImage,
    ) -> AsyncOperation:
        """Captures a virtual machine (OS and data disks) as a VM image. A Generalized capture
        needs a machine prepared with sysprep/waagent and deletes it; a Specialized capture
        keeps it.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine to capture.
            options: OS state, name, label and descriptive fields of the new VM image.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        check_instance("options", options, CaptureRoleAsVMImage, required=True)
        if options is not None:
            validate_capture_role_as_vm_image(options, "options.")
        assert options is not None
        body = serialize_capture_role_as_vm_image(options)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2014-10-01",
            body=body,
            operation="capture_vm_image",
        )
        return self._async_operation(response)

    def create_route_table(
        self,
        name: str,
        location: str,
        label: str | None = None,
    ) -> AsyncOperation:
        """Creates an empty route table in a location. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/routetables`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            name: Name of the route table, unique in the subscription.
            location: Location of the table, e.g. `West US`; it applies only to subnets of
                networks there.
            label: Friendly name of the table.
        """
        check_string("name", name, required=True)
        check_string("location", location, required=True)
        if label is not None:
            check_string("label", label)
        request = RouteTable(
            name=name,
            label=label,
            location=location,
        )
        body = serialize_route_table(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/networking/routetables",
            x_ms_version="2016-07-01",
            body=body,
            operation="create_route_table",
        )
        return self._async_operation(response)

    def delete_route_table(
        self,
        route_table_name: str,
    ) -> AsyncOperation:
        """Deletes a route table and its routes. ASM refuses while a subnet uses it. Returns an
        AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/routetables/
        {route_table_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            route_table_name: Name of the route table.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}",
            x_ms_version="2016-07-01",
            operation="delete_route_table",
        )
        return self._async_operation(response)

    def get_route_table(
        self,
        route_table_name: str,
        detail_level: str | None = None,
    ) -> RouteTable:
        """Returns a route table: name, label, location and state and, when `detail_level` is
        `Full`, its routes.

        ``GET /{subscription_id}/services/networking/routetables/{route_table_name}``.

        Args:
            route_table_name: Name of the route table.
            detail_level: `Full` to have the routes too; None for the table alone.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        if detail_level is not None:
            check_string("detail_level", detail_level)
        query: list[tuple[str, str]] = []
        if detail_level is not None:
            query.append(("detailLevel", detail_level))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_route_table",
        )
        return self._read(response, deserialize_route_table)

    def list_route_tables(
        self,
    ) -> ResultList[RouteTable]:
        """Lists the route tables of the subscription (without their routes).

        ``GET /{subscription_id}/services/networking/routetables``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/routetables",
            x_ms_version="2016-07-01",
            operation="list_route_tables",
        )
        return self._read(response, deserialize_route_tables)

    def set_route(
        self,
        route_table_name: str,
        name: str,
        address_prefix: str,
        next_hop_type: str,
        next_hop_ip_address: str | None = None,
    ) -> AsyncOperation:
        """Adds a route to a route table, or replaces the route of that name: traffic to
        `address_prefix` goes to the next hop. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/routetables/{route_table_name}/
        routes/{name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            route_table_name: Name of the route table.
            name: Name of the route, unique in the table.
            address_prefix: Destination addresses, in CIDR notation.
            next_hop_type: `VirtualAppliance`, `VPNGateway`, `VNETLocal`, `Internet` or `Null`
                (drop the traffic).
            next_hop_ip_address: Address of the virtual appliance (with `VirtualAppliance`
                only).
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("address_prefix", address_prefix, required=True)
        check_string("next_hop_type", next_hop_type, required=True)
        if next_hop_ip_address is not None:
            check_string("next_hop_ip_address", next_hop_ip_address)
        request = Route(
            name=name,
            address_prefix=address_prefix,
            next_hop_type=next_hop_type,
            next_hop_ip_address=next_hop_ip_address,
        )
        body = serialize_route(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}/"
            "routes/"
            f"{quote_segment(name)}",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_route",
        )
        return self._async_operation(response)

    def delete_route(
        self,
        route_table_name: str,
        name: str,
    ) -> AsyncOperation:
        """Deletes a route of a route table. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/routetables/
        {route_table_name}/routes/{name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            route_table_name: Name of the route table.
            name: Name of the route.
        """
        check_string("route_table_name", route_table_name, required=True)
        check_path_segment("route_table_name", route_table_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "routetables/"
            f"{quote_segment(route_table_name)}/"
            "routes/"
            f"{quote_segment(name)}",
            x_ms_version="2016-07-01",
            operation="delete_route",
        )
        return self._async_operation(response)

    def add_route_table_to_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
        route_table_name: str,
    ) -> AsyncOperation:
        """Applies a route table to a subnet of a virtual network (in the same location), in place
        of the one it had. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/subnets/{subnet_name}/routetables`` (asynchronous: returns
        an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            subnet_name: Name of the subnet.
            route_table_name: Name of the route table.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("subnet_name", subnet_name, required=True)
        check_path_segment("subnet_name", subnet_name)
        check_string("route_table_name", route_table_name, required=True)
        request = RouteTableAssociation(
            route_table_name=route_table_name,
        )
        body = serialize_route_table_association(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "subnets/"
            f"{quote_segment(subnet_name)}/"
            "routetables",
            x_ms_version="2016-07-01",
            body=body,
            operation="add_route_table_to_subnet",
        )
        return self._async_operation(response)

    def remove_route_table_from_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
    ) -> AsyncOperation:
        """Takes the route table off a subnet. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/subnets/{subnet_name}/routetables`` (asynchronous: returns
        an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            subnet_name: Name of the subnet.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("subnet_name", subnet_name, required=True)
        check_path_segment("subnet_name", subnet_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "subnets/"
            f"{quote_segment(subnet_name)}/"
            "routetables",
            x_ms_version="2016-07-01",
            operation="remove_route_table_from_subnet",
        )
        return self._async_operation(response)

    def get_route_table_for_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
    ) -> RouteTableAssociation:
        """Returns the route table applied to a subnet (404 when there is none).

        ``GET /{subscription_id}/services/networking/virtualnetwork/
        {virtual_network_name}/subnets/{subnet_name}/routetables``.

        Args:
            virtual_network_name: Name of the virtual network.
            subnet_name: Name of the subnet.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("subnet_name", subnet_name, required=True)
        check_path_segment("subnet_name", subnet_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetwork/"
            f"{quote_segment(virtual_network_name)}/"
            "subnets/"
            f"{quote_segment(subnet_name)}/"
            "routetables",
            x_ms_version="2016-07-01",
            operation="get_route_table_for_subnet",
        )
        return self._read(response, deserialize_route_table_association)

    def get_effective_route_table_for_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> EffectiveRouteTable:
        """Returns the routes in effect for a role instance: the system routes of its virtual
        network and those of the route table of its subnet.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_instance_name}/effectiveroutetable``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}/"
            "effectiveroutetable",
            x_ms_version="2016-07-01",
            operation="get_effective_route_table_for_role_instance",
        )
        return self._read(response, deserialize_effective_route_table)

    def get_effective_route_table_for_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
        network_interface_name: str,
    ) -> EffectiveRouteTable:
        """Returns the routes in effect for a secondary network interface of a role instance.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_instance_name}/networkinterfaces/
        {network_interface_name}/effectiveroutetable``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance.
            network_interface_name: Name of the network interface.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        check_string("network_interface_name", network_interface_name, required=True)
        check_path_segment("network_interface_name", network_interface_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}/"
            "networkinterfaces/"
            f"{quote_segment(network_interface_name)}/"
            "effectiveroutetable",
            x_ms_version="2016-07-01",
            operation="get_effective_route_table_for_network_interface",
        )
        return self._read(response, deserialize_effective_route_table)

    def add_service_extension(
        self,
        service_name: str,
        provider_namespace: str,
        extension_type: str,
        extension_id: str,
        thumbprint: str | None = None,
        thumbprint_algorithm: str | None = None,
        public_configuration: str | None = None,
        private_configuration: str | None = None,
        version: str | None = None,
    ) -> AsyncOperation:
        """Adds an extension to a cloud service, where its deployments can then enable it for some
        or all of their roles. The extension image (`provider_namespace` and `extension_type`)
        must be available to the subscription; `extension_id` names the extension within the
        service.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/extensions``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            provider_namespace: Namespace of the extension's provider, e.g.
                `Microsoft.Windows.Azure.Extensions`.
            extension_type: Type of the extension, e.g. `RDP`.
            extension_id: Identifier of the extension in the service, e.g. `RDP-1` (unique per
                service).
            thumbprint: Thumbprint of the service certificate that encrypts the private
                configuration.
            thumbprint_algorithm: Algorithm of that thumbprint, e.g. `sha1`.
            public_configuration: Public configuration of the extension (XML or JSON text; sent
                base64-encoded).
            private_configuration: Private configuration (passwords, keys; sent base64-encoded,
                never returned).
            version: Version of the extension image, e.g. `1.*`; the latest when None.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("provider_namespace", provider_namespace, required=True)
        check_string("extension_type", extension_type, required=True)
        check_string("extension_id", extension_id, required=True)
        if thumbprint is not None:
            check_string("thumbprint", thumbprint)
        if thumbprint_algorithm is not None:
            check_string("thumbprint_algorithm", thumbprint_algorithm)
        if public_configuration is not None:
            check_string("public_configuration", public_configuration, encoded=True)
        if private_configuration is not None:
            check_string("private_configuration", private_configuration, secret=True, encoded=True)
        if version is not None:
            check_string("version", version)
        request = ServiceExtensionInput(
            provider_namespace=provider_namespace,
            extension_type=extension_type,
            extension_id=extension_id,
            thumbprint=thumbprint,
            thumbprint_algorithm=thumbprint_algorithm,
            public_configuration=public_configuration,
            private_configuration=private_configuration,
            version=version,
        )
        body = serialize_service_extension_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "extensions",
            x_ms_version="2017-01-01",
            body=body,
            operation="add_service_extension",
        )
        return self._async_operation(response)

    def get_service_extension(
        self,
        service_name: str,
        extension_id: str,
    ) -> ServiceExtension:
        """Returns an extension of a cloud service (without its private configuration).

        ``GET /{subscription_id}/services/hostedservices/{service_name}/extensions/
        {extension_id}``.

        Args:
            service_name: Name of the cloud service.
            extension_id: Identifier of the extension in the service.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("extension_id", extension_id, required=True)
        check_path_segment("extension_id", extension_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "extensions/"
            f"{quote_segment(extension_id)}",
            x_ms_version="2017-01-01",
            operation="get_service_extension",
        )
        return self._read(response, deserialize_service_extension)

    def list_service_extensions(
        self,
        service_name: str,
    ) -> ResultList[ServiceExtension]:
        """Lists the extensions added to a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/extensions``.

        Args:
            service_name: Name of the cloud service.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "extensions",
            x_ms_version="2017-01-01",
            operation="list_service_extensions",
        )
        return self._read(response, deserialize_extensions)

    def delete_service_extension(
        self,
        service_name: str,
        extension_id: str,
    ) -> AsyncOperation:
        """Removes an extension from a cloud service.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/
        extensions/{extension_id}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            extension_id: Identifier of the extension in the service.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("extension_id", extension_id, required=True)
        check_path_segment("extension_id", extension_id)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "extensions/"
            f"{quote_segment(extension_id)}",
            x_ms_version="2017-01-01",
            operation="delete_service_extension",
        )
        return self._async_operation(response)

    def list_available_extensions(
        self,
    ) -> ResultList[ExtensionImage]:
        """Lists the extension images cloud services can use, each in its latest version.

        ``GET /{subscription_id}/services/extensions``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/extensions",
            x_ms_version="2017-01-01",
            operation="list_available_extensions",
        )
        return self._read(response, deserialize_extension_images)

    def list_extension_versions(
        self,
        provider_namespace: str,
        extension_type: str,
    ) -> ResultList[ExtensionImage]:
        """Lists every version of one extension image (an empty list for an unknown one).

        ``GET /{subscription_id}/services/extensions/{provider_namespace}/
        {extension_type}``.

        Args:
            provider_namespace: Namespace of the extension's provider, e.g.
                `Microsoft.Windows.Azure.Extensions`.
            extension_type: Type of the extension, e.g. `RDP`.
        """
        check_string("provider_namespace", provider_namespace, required=True)
        check_path_segment("provider_namespace", provider_namespace)
        check_string("extension_type", extension_type, required=True)
        check_path_segment("extension_type", extension_type)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "extensions/"
            f"{quote_segment(provider_namespace)}/"
            f"{quote_segment(extension_type)}",
            x_ms_version="2017-01-01",
            operation="list_extension_versions",
        )
        return self._read(response, deserialize_extension_images)

    def list_publisher_extensions(
        self,
    ) -> ResultList[ExtensionImage]:
        """Lists the extension images the subscription has registered as their publisher.

        ``GET /{subscription_id}/services/publisherextensions``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/publisherextensions",
            x_ms_version="2017-01-01",
            operation="list_publisher_extensions",
        )
        return self._read(response, deserialize_extension_images)

    def register_extension_image(
        self,
        extension_image: ExtensionImage,
    ) -> AsyncOperation:
        """Registers a new extension image (one version of it), published by the subscription; it
        is listed by `list_publisher_extensions` and, unless internal, offered to every cloud
        service once registered.

        ``POST /{subscription_id}/services/extensions`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            extension_image: The image: namespace, type and version, and what it needs and
                offers.
        """
        check_instance("extension_image", extension_image, ExtensionImage, required=True)
        if extension_image is not None:
            validate_extension_image(extension_image, "extension_image.")
        assert extension_image is not None
        body = serialize_extension_image(extension_image)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/extensions",
            x_ms_version="2017-01-01",
            body=body,
            operation="register_extension_image",
        )
        return self._async_operation(response)

    def update_extension_image(
        self,
        extension_image: ExtensionImage,
    ) -> AsyncOperation:
        """Replaces the description of a version of an extension image the subscription registered.

        ``PUT /{subscription_id}/services/extensions`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            extension_image: The image with its new description (namespace, type and version
                name it).
        """
        check_instance("extension_image", extension_image, ExtensionImage, required=True)
        if extension_image is not None:
            validate_extension_image(extension_image, "extension_image.")
        query: list[tuple[str, str]] = []
        query.append(("action", "update"))
        assert extension_image is not None
        body = serialize_extension_image(extension_image)
        response = self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services/extensions",
            x_ms_version="2017-01-01",
            query=query,
            body=body,
            operation="update_extension_image",
        )
        return self._async_operation(response)

    def unregister_extension_image(
        self,
        provider_namespace: str,
        extension_type: str,
        version: str,
    ) -> AsyncOperation:
        """Unregisters a version of an extension image the subscription registered.

        ``DELETE /{subscription_id}/services/extensions/{provider_namespace}/
        {extension_type}/{version}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            provider_namespace: Namespace of the extension's provider.
            extension_type: Type of the extension.
            version: The version to unregister.
        """
        check_string("provider_namespace", provider_namespace, required=True)
        check_path_segment("provider_namespace", provider_namespace)
        check_string("extension_type", extension_type, required=True)
        check_path_segment("extension_type", extension_type)
        check_string("version", version, required=True)
        check_path_segment("version", version)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "extensions/"
            f"{quote_segment(provider_namespace)}/"
            f"{quote_segment(extension_type)}/"
            f"{quote_segment(version)}",
            x_ms_version="2017-01-01",
            operation="unregister_extension_image",
        )
        return self._async_operation(response)

    def regenerate_storage_account_keys(
        self,
        service_name: str,
        key_type: str,
    ) -> StorageService:
        """Replaces the primary or the secondary access key of a storage account with a new random
        one and returns both keys (in `storage_service_keys`). Requests signed with the old key
        fail from then on. Synchronous.

        ``POST /{subscription_id}/services/storageservices/{service_name}/keys``.

        Args:
            service_name: Name of the storage account.
            key_type: Which key to replace: Primary or Secondary.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("key_type", key_type, required=True, enum=("Primary", "Secondary"))
        query: list[tuple[str, str]] = []
        query.append(("action", "regenerate"))
        request = RegenerateKeys(
            key_type=key_type,
        )
        body = serialize_regenerate_keys(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}/"
            "keys",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="regenerate_storage_account_keys",
        )
        return self._read(response, deserialize_storage_service)

    def list_storage_accounts(
        self,
    ) -> StorageServices:
        """Lists the classic storage accounts of the subscription, with their properties but
        without their keys.

        ``GET /{subscription_id}/services/storageservices``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/storageservices",
            x_ms_version="2014-10-01",
            operation="list_storage_accounts",
        )
        return self._read(response, deserialize_storage_services)

    def get_storage_account_properties(
        self,
        service_name: str,
    ) -> StorageService:
        """Returns the properties of one storage account (status, endpoints, replication, location
        or affinity group, label, extended properties). The access keys are not included; use
        get_storage_account_keys for them.

        ``GET /{subscription_id}/services/storageservices/{service_name}``.

        Args:
            service_name: Name of the storage account.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            operation="get_storage_account_properties",
        )
        return self._read(response, deserialize_storage_service)

    def get_storage_account_keys(
        self,
        service_name: str,
    ) -> StorageService:
        """Returns the primary and secondary access keys of a storage account, in
        `storage_service_keys` of the returned StorageService (its properties blank).

        ``GET /{subscription_id}/services/storageservices/{service_name}/keys``.

        Args:
            service_name: Name of the storage account.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}/"
            "keys",
            x_ms_version="2014-10-01",
            operation="get_storage_account_keys",
        )
        return self._read(response, deserialize_storage_service)

    def create_storage_account(
        self,
        service_name: str,
        description: str,
        label: str,
        affinity_group: str | None = None,
        location: str | None = None,
        geo_replication_enabled: bool | None = None,
        extended_properties: Mapping[str, str] | None = None,
        account_type: str | None = "Standard_GRS",
    ) -> AsyncOperation:
        """Creates a classic storage account, placed either in a location or in an affinity group
        (exactly one of the two must be given). Returns an AsyncOperation; the account is usable
        once the operation has succeeded.

        ``POST /{subscription_id}/services/storageservices`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the new account: 3 to 24 lowercase letters and digits, unique
                across Azure (it becomes the host name `<name>.blob.core.windows.net`).
            description: Free-text description of the account, up to 1024 characters (an empty
                string for none).
            label: A friendly name for the account, up to 100 characters; sent base64-encoded.
            affinity_group: Name of the affinity group to place the account in. Give either this
                or location.
            location: Data center location of the account (e.g. `West US`, see list_locations).
                Give either this or affinity_group.
            geo_replication_enabled: Legacy switch kept working: False means account_type
                Standard_LRS (no geo-replication). ASM replaced the GeoReplicationEnabled
                element by AccountType (x-ms-version 2014-06-01 and later), so prefer
                account_type.
            extended_properties: Up to 50 custom name/value pairs stored with the account (names
                up to 64 characters, values up to 255).
            account_type: Redundancy of the account: Standard_LRS (locally redundant),
                Standard_ZRS (zone redundant), Standard_GRS (geo-redundant, the default),
                Standard_RAGRS (geo-redundant with read access to the secondary copy) or
                Premium_LRS (premium, locally redundant).
        """
        check_string("service_name", service_name, required=True, pattern="^[a-z0-9]{3,24}$")
        check_string("description", description, required=True, max_length=1024)
        check_string("label", label, required=True, max_length=100, encoded=True)
        if affinity_group is not None:
            check_string("affinity_group", affinity_group)
        if location is not None:
            check_string("location", location)
        if geo_replication_enabled is not None:
            geo_replication_enabled = check_bool("geo_replication_enabled", geo_replication_enabled)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        if account_type is not None:
            check_string(
                "account_type",
                account_type,
                enum=(
                    "Standard_LRS",
                    "Standard_ZRS",
                    "Standard_GRS",
                    "Standard_RAGRS",
                    "Premium_LRS",
                ),
            )
        check_exactly_one(
            location=location,
            affinity_group=affinity_group,
        )
        if geo_replication_enabled is False:
            account_type = "Standard_LRS"
        request = CreateStorageServiceInput(
            service_name=service_name,
            description=description,
            label=label,
            affinity_group=affinity_group,
            location=location,
            extended_properties=None if extended_properties is None else dict(extended_properties),
            account_type=account_type,
        )
        body = serialize_create_storage_service_input(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/storageservices",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_storage_account",
        )
        return self._async_operation(response)

    def update_storage_account(
        self,
        service_name: str,
        description: str | None = None,
        label: str | None = None,
        geo_replication_enabled: bool | None = None,
        extended_properties: Mapping[str, str] | None = None,
        account_type: str | None = None,
    ) -> None:
        """Changes the description, label, extended properties or account type of a storage
        account. Synchronous: returns None once the change is made. AccountType is sent only
        when given (the legacy SDK always sent Standard_GRS, silently converting accounts on a
        label change).

        ``PUT /{subscription_id}/services/storageservices/{service_name}``.

        Args:
            service_name: Name of the storage account.
            description: New description, up to 1024 characters; None leaves it unchanged.
            label: New friendly name, up to 100 characters (sent base64-encoded); None leaves it
                unchanged.
            geo_replication_enabled: Legacy switch kept working: False means account_type
                Standard_LRS (no geo-replication); prefer account_type.
            extended_properties: Custom name/value pairs to add or change; pairs not named here
                are kept.
            account_type: Redundancy to give the account: Standard_LRS, Standard_GRS or
                Standard_RAGRS (zone redundant and premium accounts cannot be converted). None
                leaves it unchanged.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        if description is not None:
            check_string("description", description, max_length=1024)
        if label is not None:
            check_string("label", label, max_length=100, encoded=True)
        if geo_replication_enabled is not None:
            geo_replication_enabled = check_bool("geo_replication_enabled", geo_replication_enabled)
        if extended_properties is not None:
            check_map("extended_properties", extended_properties)
        if account_type is not None:
            check_string(
                "account_type",
                account_type,
                enum=(
                    "Standard_LRS",
                    "Standard_ZRS",
                    "Standard_GRS",
                    "Standard_RAGRS",
                    "Premium_LRS",
                ),
            )
        if geo_replication_enabled is False:
            account_type = "Standard_LRS"
        request = UpdateStorageServiceInput(
            description=description,
            label=label,
            extended_properties=None if extended_properties is None else dict(extended_properties),
            account_type=account_type,
        )
        body = serialize_update_storage_service_input(request)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_storage_account",
        )

    def delete_storage_account(
        self,
        service_name: str,
    ) -> AsyncOperation:
        """Deletes a storage account and all the data it holds. ASM refuses to delete an account
        whose blobs are still registered as disks or images. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/storageservices/{service_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            service_name: Name of the storage account to delete.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            operation="delete_storage_account",
        )
        return self._async_operation(response)

    def check_storage_account_name_availability(
        self,
        service_name: str,
    ) -> AvailabilityResponse:
        """Tells whether a storage account name is still free (the names are global across Azure):
        `result` is True when the name can be used, otherwise `reason` says why it cannot.

        ``GET /{subscription_id}/services/storageservices/operations/isavailable/
        {service_name}``.

        Args:
            service_name: The storage account name to check.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "storageservices/"
            "operations/"
            "isavailable/"
            f"{quote_segment(service_name)}",
            x_ms_version="2014-10-01",
            operation="check_storage_account_name_availability",
        )
        return self._read(response, deserialize_availability_response)

    def list_subscriptions(
        self,
    ) -> Subscriptions:
        """Lists the subscriptions that the client certificate is a management certificate of, with
        their quotas and current usage. The client's own subscription id is not used.

        ``GET /subscriptions``.
        """
        response = self._send(
            "GET",
            "/subscriptions",
            x_ms_version="2014-10-01",
            operation="list_subscriptions",
        )
        return self._read(response, deserialize_subscriptions)

    def get_subscription(
        self,
    ) -> Subscription:
        """Returns the client's subscription: its name, status, administrators, quotas (cores,
        cloud services, storage accounts, virtual networks, reserved IPs) and how much of them
        is used.

        ``GET /{subscription_id}``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}",
            x_ms_version="2014-10-01",
            operation="get_subscription",
        )
        return self._read(response, deserialize_subscription)

    def list_subscription_operations(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
        object_id_filter: str | None = None,
        operation_result_filter: str | None = None,
        continuation_token: str | None = None,
    ) -> SubscriptionOperationCollection:
        """Lists the create, update and delete operations performed on the subscription during a
        time window (at most 90 days back), optionally only those on one object or with one
        outcome. ASM answers one page at a time: when `continuation_token` of the answer is set,
        pass it back to get the next page, or use `iter_subscription_operations`, which does so.

        ``GET /{subscription_id}/operations``.

        Args:
            start_time: Start of the window, UTC, as `2015-03-01` or `2015-03-01T16:30:00Z`
                (optionally with up to 7 digits of fraction). ASM requires it.
            end_time: End of the window, in the same format as start_time. ASM requires it.
            object_id_filter: Only operations on this object, given as its management path
                without the host, e.g. `/<subscription-id>/services/hostedservices/
                myservice`.
            operation_result_filter: Only operations with this outcome: Succeeded, Failed or
                InProgress.
            continuation_token: The continuation_token of the previous page, to get the next
                one.
        """
        if start_time is not None:
            check_string(
                "start_time",
                start_time,
                pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?Z)?$",
            )
        if end_time is not None:
            check_string(
                "end_time",
                end_time,
                pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?Z)?$",
            )
        if object_id_filter is not None:
            check_string("object_id_filter", object_id_filter)
        if operation_result_filter is not None:
            check_string(
                "operation_result_filter",
                operation_result_filter,
                enum=("Succeeded", "Failed", "InProgress"),
            )
        if continuation_token is not None:
            check_string("continuation_token", continuation_token)
        query: list[tuple[str, str]] = []
        if start_time is not None:
            query.append(("StartTime", start_time))
        if end_time is not None:
            query.append(("EndTime", end_time))
        if object_id_filter is not None:
            query.append(("ObjectIdFilter", object_id_filter))
        if operation_result_filter is not None:
            query.append(("OperationResultFilter", operation_result_filter))
        if continuation_token is not None:
            query.append(("ContinuationToken", continuation_token))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations",
            x_ms_version="2014-10-01",
            query=query,
            operation="list_subscription_operations",
        )
        return self._read(response, deserialize_subscription_operation_collection)

    def iter_subscription_operations(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
        object_id_filter: str | None = None,
        operation_result_filter: str | None = None,
    ) -> Iterator[SubscriptionOperation]:
        """Every `SubscriptionOperation` of `list_subscription_operations`, page after page.

        Follows `continuation_token` until the service stops returning one; pages are
        fetched as the iteration reaches them.
        """
        token: str | None = None
        while True:
            page = self.list_subscription_operations(
                start_time=start_time,
                end_time=end_time,
                object_id_filter=object_id_filter,
                operation_result_filter=operation_result_filter,
                continuation_token=token,
            )
            yield from page.subscription_operations or ()
            token = page.continuation_token
            if not token:
                return

    def create_local_network_gateway(
        self,
        gateway_name: str,
        ip_address: str,
        address_space: list[str] | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> str:
        """Creates a local network gateway: an on-premises VPN device and the address ranges behind
        it. Returns the new gateway's id (text).

        ``POST /{subscription_id}/services/networking/localnetworkgateways``.

        Args:
            gateway_name: Name of the local network gateway.
            ip_address: Public IPv4 address of the VPN device.
            address_space: Address ranges behind the device, in CIDR notation.
            bgp_settings: BGP settings of the device, for BGP-enabled connections.
        """
        check_string("gateway_name", gateway_name, required=True)
        check_string("ip_address", ip_address, required=True)
        if address_space is not None:
            check_list("address_space", address_space)
            for index, address_space_item in enumerate(address_space):
                check_string(f"address_space[{index}]", address_space_item, required=True)
        if bgp_settings is not None:
            check_instance("bgp_settings", bgp_settings, BgpSettings)
            validate_bgp_settings(bgp_settings, "bgp_settings.")
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = CreateLocalNetworkGatewayParameters(
            address_space=address_space,
            gateway_name=gateway_name,
            ip_address=ip_address,
            bgp_settings=bgp_settings,
        )
        body = serialize_create_local_network_gateway_parameters(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/networking/localnetworkgateways",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="create_local_network_gateway",
        )
        return self._read_text(response)

    def get_local_network_gateway(
        self,
        gateway_id: str,
    ) -> LocalNetworkGateway:
        """Returns a local network gateway by id.

        ``GET /{subscription_id}/services/networking/localnetworkgateways/
        {gateway_id}``.

        Args:
            gateway_id: Id of the local network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "localnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_local_network_gateway",
        )
        return self._read(response, deserialize_local_network_gateway)

    def list_local_network_gateways(
        self,
    ) -> ResultList[LocalNetworkGateway]:
        """Lists the local network gateways of the subscription.

        ``GET /{subscription_id}/services/networking/localnetworkgateways``.
        """
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/localnetworkgateways",
            x_ms_version="2016-07-01",
            query=query,
            operation="list_local_network_gateways",
        )
        return self._read(response, deserialize_local_network_gateways)

    def delete_local_network_gateway(
        self,
        gateway_id: str,
    ) -> None:
        """Deletes a local network gateway; ASM refuses while a gateway connection uses it.

        ``DELETE /{subscription_id}/services/networking/localnetworkgateways/
        {gateway_id}``.

        Args:
            gateway_id: Id of the local network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "localnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="delete_local_network_gateway",
        )

    def create_virtual_network_gateway(
        self,
        virtual_network_name: str,
        gateway_name: str,
        gateway_size: str | None = None,
        gateway_type: str | None = None,
        location: str | None = None,
        vnet_id: str | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> AsyncOperation:
        """Creates a virtual network gateway in a virtual network (which needs a `GatewaySubnet`).
        Provisioning takes a while. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/{virtual_network_name}/
        virtualnetworkgateways`` (asynchronous: returns an `AsyncOperation`).

        Args:
            virtual_network_name: Name of the virtual network.
            gateway_name: Name of the gateway.
            gateway_size: `Default`, `HighPerformance` or `UltraPerformance`.
            gateway_type: `StaticRouting` or `DynamicRouting`.
            location: Location of the virtual network.
            vnet_id: Id of the virtual network (as list_virtual_network_sites shows it).
            bgp_settings: BGP settings of the gateway.
        """
        check_string("virtual_network_name", virtual_network_name, required=True)
        check_path_segment("virtual_network_name", virtual_network_name)
        check_string("gateway_name", gateway_name, required=True)
        if gateway_size is not None:
            check_string("gateway_size", gateway_size)
        if gateway_type is not None:
            check_string("gateway_type", gateway_type)
        if location is not None:
            check_string("location", location)
        if vnet_id is not None:
            check_string("vnet_id", vnet_id)
        if bgp_settings is not None:
            check_instance("bgp_settings", bgp_settings, BgpSettings)
            validate_bgp_settings(bgp_settings, "bgp_settings.")
        request = CreateVirtualNetworkGatewayParameters(
            gateway_name=gateway_name,
            gateway_size=gateway_size,
            gateway_type=gateway_type,
            location=location,
            vnet_id=vnet_id,
            bgp_settings=bgp_settings,
        )
        body = serialize_create_virtual_network_gateway_parameters(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            f"{quote_segment(virtual_network_name)}/"
            "virtualnetworkgateways",
            x_ms_version="2016-07-01",
            body=body,
            operation="create_virtual_network_gateway",
        )
        return self._async_operation(response)

    def get_virtual_network_gateway(
        self,
        gateway_id: str,
    ) -> VirtualNetworkGatewayDetails:
        """Returns a virtual network gateway by id.

        ``GET /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}``.

        Args:
            gateway_id: Id of the virtual network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            operation="get_virtual_network_gateway",
        )
        return self._read(response, deserialize_virtual_network_gateway_details)

    def list_virtual_network_gateways(
        self,
    ) -> ResultList[VirtualNetworkGatewayDetails]:
        """Lists the virtual network gateways of the subscription.

        ``GET /{subscription_id}/services/networking/virtualnetworkgateways``.
        """
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/virtualnetworkgateways",
            x_ms_version="2016-07-01",
            query=query,
            operation="list_virtual_network_gateways",
        )
        return self._read(response, deserialize_virtual_network_gateways)

    def delete_virtual_network_gateway(
        self,
        gateway_id: str,
    ) -> AsyncOperation:
        """Deletes a virtual network gateway; ASM refuses while a gateway connection uses it.
        Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            operation="delete_virtual_network_gateway",
        )
        return self._async_operation(response)

    def create_virtual_network_gateway_connection(
        self,
        connected_entity_id: str,
        gateway_connection_name: str,
        virtual_network_gateway_id: str,
        gateway_connection_type: str | None = None,
        routing_weight: int | None = None,
        shared_key: str | None = None,
        enable_bgp: bool | None = None,
    ) -> AsyncOperation:
        """Connects a virtual network gateway to a local network gateway (or another virtual
        network gateway). Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/gatewayconnections``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            connected_entity_id: Id of the local network gateway connected to.
            gateway_connection_name: Name of the connection.
            virtual_network_gateway_id: Id of the virtual network gateway.
            gateway_connection_type: `IPsec`, `Dedicated`, `Vpnclient` or `Vnet2Vnet`.
            routing_weight: Routing weight of the connection.
            shared_key: Pre-shared key of the connection.
            enable_bgp: Whether BGP runs over the connection.
        """
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_string("gateway_connection_name", gateway_connection_name, required=True)
        check_string("virtual_network_gateway_id", virtual_network_gateway_id, required=True)
        if gateway_connection_type is not None:
            check_string("gateway_connection_type", gateway_connection_type)
        if routing_weight is not None:
            routing_weight = check_int("routing_weight", routing_weight)
        if shared_key is not None:
            check_string("shared_key", shared_key, secret=True)
        if enable_bgp is not None:
            enable_bgp = check_bool("enable_bgp", enable_bgp)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = CreateGatewayConnectionParameters(
            connected_entity_id=connected_entity_id,
            gateway_connection_name=gateway_connection_name,
            gateway_connection_type=gateway_connection_type,
            virtual_network_gateway_id=virtual_network_gateway_id,
            routing_weight=routing_weight,
            shared_key=shared_key,
            enable_bgp=enable_bgp,
        )
        body = serialize_create_gateway_connection_parameters(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/networking/gatewayconnections",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="create_virtual_network_gateway_connection",
        )
        return self._async_operation(response)

    def get_virtual_network_gateway_connection(
        self,
        gateway_id: str,
        connected_entity_id: str,
    ) -> GatewayConnectionDetails:
        """Returns the connection between a virtual network gateway and a connected entity.

        ``GET /{subscription_id}/services/networking/gatewayconnections/
        virtualnetworkgateway/{gateway_id}/connectedentity/{connected_entity_id}``.

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "gatewayconnections/"
            "virtualnetworkgateway/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="get_virtual_network_gateway_connection",
        )
        return self._read(response, deserialize_gateway_connection_details)

    def list_virtual_network_gateway_connections(
        self,
    ) -> ResultList[GatewayConnectionDetails]:
        """Lists the gateway connections of the subscription.

        ``GET /{subscription_id}/services/networking/gatewayconnections``.
        """
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/networking/gatewayconnections",
            x_ms_version="2016-07-01",
            query=query,
            operation="list_virtual_network_gateway_connections",
        )
        return self._read(response, deserialize_gateway_connections)

    def delete_virtual_network_gateway_connection(
        self,
        gateway_id: str,
        connected_entity_id: str,
    ) -> AsyncOperation:
        """Deletes a gateway connection. Returns an AsyncOperation.

        ``DELETE /{subscription_id}/services/networking/gatewayconnections/
        virtualnetworkgateway/{gateway_id}/connectedentity/{connected_entity_id}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "gatewayconnections/"
            "virtualnetworkgateway/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}",
            x_ms_version="2016-07-01",
            query=query,
            operation="delete_virtual_network_gateway_connection",
        )
        return self._async_operation(response)

    def get_virtual_network_gateway_shared_key(
        self,
        gateway_id: str,
        connected_entity_id: str,
    ) -> GatewaySharedKey:
        """Returns the pre-shared key of the connection between a virtual network gateway and a
        connected entity.

        ``GET /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/connectedentity/{connected_entity_id}/sharedkey``.

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}/"
            "sharedkey",
            x_ms_version="2016-07-01",
            operation="get_virtual_network_gateway_shared_key",
        )
        return self._read(response, deserialize_gateway_shared_key)

    def set_virtual_network_gateway_shared_key(
        self,
        gateway_id: str,
        connected_entity_id: str,
        value: str,
    ) -> AsyncOperation:
        """Sets the pre-shared key of a gateway connection. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/connectedentity/{connected_entity_id}/sharedkey`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
            value: The key: 1 to 128 printable ASCII characters.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        check_string("value", value, required=True, secret=True)
        request = GatewaySharedKey(
            value=value,
        )
        body = serialize_gateway_shared_key(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}/"
            "sharedkey",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_virtual_network_gateway_shared_key",
        )
        return self._async_operation(response)

    def get_virtual_network_gateway_ipsec_parameters(
        self,
        gateway_id: str,
        connected_entity_id: str,
    ) -> IPsecParameters:
        """Returns the IPsec parameters of a gateway connection.

        ``GET /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/connectedentity/{connected_entity_id}/ipsecparameters``.

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}/"
            "ipsecparameters",
            x_ms_version="2016-07-01",
            operation="get_virtual_network_gateway_ipsec_parameters",
        )
        return self._read(response, deserialize_i_psec_parameters)

    def start_virtual_network_gateway_diagnostics(
        self,
        gateway_id: str,
        capture_duration_in_seconds: int,
        container_name: str,
        customer_storage_key: str,
        customer_storage_name: str,
    ) -> AsyncOperation:
        """Starts capturing the diagnostics of a virtual network gateway into a blob container.
        Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/publicdiagnostics`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            capture_duration_in_seconds: How long to capture, up to 300 seconds.
            container_name: Blob container to write the capture to.
            customer_storage_key: Access key of the storage account.
            customer_storage_name: Name of the storage account.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        capture_duration_in_seconds = check_int(
            "capture_duration_in_seconds", capture_duration_in_seconds, required=True
        )
        check_string("container_name", container_name, required=True)
        check_string("customer_storage_key", customer_storage_key, required=True, secret=True)
        check_string("customer_storage_name", customer_storage_name, required=True)
        request = StartGatewayPublicDiagnostics(
            capture_duration_in_seconds=capture_duration_in_seconds,
            container_name=container_name,
            customer_storage_key=customer_storage_key,
            customer_storage_name=customer_storage_name,
        )
        body = serialize_start_gateway_public_diagnostics(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "publicdiagnostics",
            x_ms_version="2016-07-01",
            body=body,
            operation="start_virtual_network_gateway_diagnostics",
        )
        return self._async_operation(response)

    def stop_virtual_network_gateway_diagnostics(
        self,
        gateway_id: str,
    ) -> AsyncOperation:
        """Stops a diagnostics capture of a virtual network gateway. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/publicdiagnostics`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        request = StopGatewayPublicDiagnostics()
        body = serialize_stop_gateway_public_diagnostics(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "publicdiagnostics",
            x_ms_version="2016-07-01",
            body=body,
            operation="stop_virtual_network_gateway_diagnostics",
        )
        return self._async_operation(response)

    def get_virtual_network_gateway_diagnostics(
        self,
        gateway_id: str,
    ) -> GatewayPublicDiagnosticsStatus:
        """Returns the state of the diagnostics capture of a virtual network gateway.

        ``GET /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/publicdiagnostics``.

        Args:
            gateway_id: Id of the virtual network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "publicdiagnostics",
            x_ms_version="2016-07-01",
            operation="get_virtual_network_gateway_diagnostics",
        )
        return self._read(response, deserialize_gateway_public_diagnostics_status)

    def update_local_network_gateway(
        self,
        gateway_id: str,
        address_space: list[str] | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        """Changes the address ranges or BGP settings of a local network gateway.

        ``PATCH /{subscription_id}/services/networking/localnetworkgateways/
        {gateway_id}``.

        Args:
            gateway_id: Id of the local network gateway.
            address_space: The new address ranges behind the device.
            bgp_settings: The new BGP settings.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        if address_space is not None:
            check_list("address_space", address_space)
            for index, address_space_item in enumerate(address_space):
                check_string(f"address_space[{index}]", address_space_item, required=True)
        if bgp_settings is not None:
            check_instance("bgp_settings", bgp_settings, BgpSettings)
            validate_bgp_settings(bgp_settings, "bgp_settings.")
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = UpdateLocalNetworkGatewayParameters(
            address_space=address_space,
            bgp_settings=bgp_settings,
        )
        body = serialize_update_local_network_gateway_parameters(request)
        self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "localnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="update_local_network_gateway",
        )

    def reset_virtual_network_gateway(
        self,
        gateway_id: str,
    ) -> AsyncOperation:
        """Resets (restarts) a virtual network gateway. Returns an AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        request = ResetGatewayParameters()
        body = serialize_reset_gateway_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            body=body,
            operation="reset_virtual_network_gateway",
        )
        return self._async_operation(response)

    def resize_virtual_network_gateway(
        self,
        gateway_id: str,
        gateway_size: str,
    ) -> AsyncOperation:
        """Changes the size of a virtual network gateway. Returns an AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            gateway_size: `Default`, `HighPerformance` or `UltraPerformance`.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("gateway_size", gateway_size, required=True)
        request = ResizeGatewayParameters(
            gateway_size=gateway_size,
        )
        body = serialize_resize_gateway_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}",
            x_ms_version="2016-07-01",
            body=body,
            operation="resize_virtual_network_gateway",
        )
        return self._async_operation(response)

    def reset_virtual_network_gateway_shared_key(
        self,
        gateway_id: str,
        connected_entity_id: str,
        key_length: int,
    ) -> AsyncOperation:
        """Replaces the pre-shared key of a gateway connection by a new random one. Returns an
        AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/connectedentity/{connected_entity_id}/sharedkey`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
            key_length: Length of the new key, 1 to 128.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        key_length = check_int("key_length", key_length, required=True)
        request = ResetGatewaySharedKey(
            key_length=key_length,
        )
        body = serialize_reset_gateway_shared_key(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}/"
            "sharedkey",
            x_ms_version="2016-07-01",
            body=body,
            operation="reset_virtual_network_gateway_shared_key",
        )
        return self._async_operation(response)

    def set_virtual_network_gateway_ipsec_parameters(
        self,
        gateway_id: str,
        connected_entity_id: str,
        encryption_type: str | None = None,
        pfs_group: str | None = None,
        sa_data_size_kilobytes: int | None = None,
        sa_life_time_seconds: int | None = None,
        hash_algorithm: str | None = None,
    ) -> AsyncOperation:
        """Sets the IPsec parameters of a gateway connection. Returns an AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/virtualnetworkgateways/
        {gateway_id}/connectedentity/{connected_entity_id}/ipsecparameters``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
            encryption_type: Encryption, e.g. `AES256`.
            pfs_group: Perfect forward secrecy group.
            sa_data_size_kilobytes: Data after which the security association is renewed.
            sa_life_time_seconds: Lifetime of a security association.
            hash_algorithm: Integrity algorithm.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        if encryption_type is not None:
            check_string("encryption_type", encryption_type)
        if pfs_group is not None:
            check_string("pfs_group", pfs_group)
        if sa_data_size_kilobytes is not None:
            sa_data_size_kilobytes = check_int("sa_data_size_kilobytes", sa_data_size_kilobytes)
        if sa_life_time_seconds is not None:
            sa_life_time_seconds = check_int("sa_life_time_seconds", sa_life_time_seconds)
        if hash_algorithm is not None:
            check_string("hash_algorithm", hash_algorithm)
        request = IPsecParameters(
            encryption_type=encryption_type,
            pfs_group=pfs_group,
            sa_data_size_kilobytes=sa_data_size_kilobytes,
            sa_life_time_seconds=sa_life_time_seconds,
            hash_algorithm=hash_algorithm,
        )
        body = serialize_i_psec_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "virtualnetworkgateways/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}/"
            "ipsecparameters",
            x_ms_version="2016-07-01",
            body=body,
            operation="set_virtual_network_gateway_ipsec_parameters",
        )
        return self._async_operation(response)

    def update_virtual_network_gateway_connection(
        self,
        gateway_id: str,
        connected_entity_id: str,
        routing_weight: int | None = None,
        shared_key: str | None = None,
        enable_bgp: bool | None = None,
    ) -> AsyncOperation:
        """Changes the routing weight, shared key or BGP use of a gateway connection. Returns an
        AsyncOperation.

        ``PATCH /{subscription_id}/services/networking/gatewayconnections/
        virtualnetworkgateway/{gateway_id}/connectedentity/{connected_entity_id}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            gateway_id: Id of the virtual network gateway.
            connected_entity_id: Id of the connected entity.
            routing_weight: The new routing weight.
            shared_key: The new pre-shared key.
            enable_bgp: Whether BGP runs over the connection.
        """
        check_string("gateway_id", gateway_id, required=True)
        check_path_segment("gateway_id", gateway_id)
        check_string("connected_entity_id", connected_entity_id, required=True)
        check_path_segment("connected_entity_id", connected_entity_id)
        if routing_weight is not None:
            routing_weight = check_int("routing_weight", routing_weight)
        if shared_key is not None:
            check_string("shared_key", shared_key, secret=True)
        if enable_bgp is not None:
            enable_bgp = check_bool("enable_bgp", enable_bgp)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2016-07-01"))
        request = UpdateGatewayConnectionParameters(
            routing_weight=routing_weight,
            shared_key=shared_key,
            enable_bgp=enable_bgp,
        )
        body = serialize_update_gateway_connection_parameters(request)
        response = self._send(
            "PATCH",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "networking/"
            "gatewayconnections/"
            "virtualnetworkgateway/"
            f"{quote_segment(gateway_id)}/"
            "connectedentity/"
            f"{quote_segment(connected_entity_id)}",
            x_ms_version="2016-07-01",
            query=query,
            body=body,
            operation="update_virtual_network_gateway_connection",
        )
        return self._async_operation(response)

    def get_remote_desktop_file(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> str:
        """Returns the Remote Desktop (.rdp) file of a Windows virtual machine: its cloud service's
        address and the public port of its Remote Desktop endpoint (local port 3389).

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_instance_name}/ModelFile``.

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the virtual machine's instance.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_instance_name", role_instance_name, required=True)
        check_path_segment("role_instance_name", role_instance_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_instance_name)}/"
            "ModelFile",
            x_ms_version="2017-01-01",
            operation="get_remote_desktop_file",
        )
        return self._read_text(response)

    def redeploy_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsyncOperation:
        """Moves a virtual machine to another host of the data center (for example when it cannot
        be reached), keeping its disks and configuration; it restarts there.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        request = RedeployRoleOperation()
        body = serialize_redeploy_role_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2017-01-01",
            body=body,
            operation="redeploy_role",
        )
        return self._async_operation(response)

    def perform_role_maintenance(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsyncOperation:
        """Starts, ahead of schedule, the platform maintenance planned for a virtual machine
        (allowed only in the window its instance's maintenance status announces).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/
        {deployment_name}/roleinstances/{role_name}/Operations`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the virtual machine.
        """
        check_string("service_name", service_name, required=True)
        check_path_segment("service_name", service_name)
        check_string("deployment_name", deployment_name, required=True)
        check_path_segment("deployment_name", deployment_name)
        check_string("role_name", role_name, required=True)
        check_path_segment("role_name", role_name)
        request = PerformMaintenanceOnRoleOperation()
        body = serialize_perform_maintenance_on_role_operation(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "hostedservices/"
            f"{quote_segment(service_name)}/"
            "deployments/"
            f"{quote_segment(deployment_name)}/"
            "roleinstances/"
            f"{quote_segment(role_name)}/"
            "Operations",
            x_ms_version="2017-01-01",
            body=body,
            operation="perform_role_maintenance",
        )
        return self._async_operation(response)

    def replicate_vmimage(
        self,
        vm_image_name: str,
        regions: list[str],
        offer: str,
        sku: str,
        version: str,
    ) -> AsyncOperation:
        """Replicates one of your VM images to other regions, as a version of an offer and SKU (the
        first step of publishing it), through `/services/vmimages`. Follow the progress with
        `get_vm_image_details`. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/vmimages/{vm_image_name}/replicate``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the VM image to replicate.
            regions: Locations to replicate the image to, e.g. `['West US', 'East US']`.
            offer: Publisher offer the image belongs to.
            sku: SKU of the offer the image belongs to.
            version: Version of the image within the SKU, as `major.minor.patch`.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        check_list("regions", regions, required=True)
        if regions is not None:
            for index, regions_item in enumerate(regions):
                check_string(f"regions[{index}]", regions_item, required=True)
        check_string("offer", offer, required=True)
        check_string("sku", sku, required=True)
        check_string("version", version, required=True, pattern="^\\d+\\.\\d+\\.\\d+$")
        request = ReplicationInput(
            regions=regions,
            offer=offer,
            sku=sku,
            version=version,
        )
        body = serialize_replication_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "vmimages/"
            f"{quote_segment(vm_image_name)}/"
            "replicate",
            x_ms_version="2017-01-01",
            body=body,
            operation="replicate_vmimage",
        )
        return self._async_operation(response)

    def unreplicate_vmimage(
        self,
        vm_image_name: str,
    ) -> AsyncOperation:
        """Removes the replicas of one of your VM images from every region except the one it was
        created in, through `/services/vmimages`. Returns an AsyncOperation.

        ``PUT /{subscription_id}/services/vmimages/{vm_image_name}/unreplicate``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the replicated VM image.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "vmimages/"
            f"{quote_segment(vm_image_name)}/"
            "unreplicate",
            x_ms_version="2017-01-01",
            body=b"",
            operation="unreplicate_vmimage",
        )
        return self._async_operation(response)

    def share_vmimage(
        self,
        vm_image_name: str,
        permission: str,
    ) -> AsyncOperation:
        """Shares one of your replicated VM images through `/services/vmimages`: Public (every
        subscription), MSDN (MSDN subscriptions) or Private (only yours again). Returns an
        AsyncOperation.

        ``PUT /{subscription_id}/services/vmimages/{vm_image_name}/shareasync``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the VM image to share.
            permission: Public, Private or MSDN.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        check_string("permission", permission, required=True, enum=("Public", "Private", "MSDN"))
        query: list[tuple[str, str]] = []
        if permission is not None:
            query.append(("permission", permission))
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "vmimages/"
            f"{quote_segment(vm_image_name)}/"
            "shareasync",
            x_ms_version="2017-01-01",
            query=query,
            body=b"",
            operation="share_vmimage",
        )
        return self._async_operation(response)

    def get_vm_image_details(
        self,
        vm_image_name: str,
    ) -> VMImageDetails:
        """Returns a VM image with what publishing it involves: the progress of its replication per
        region, its sharing status and the offer, SKU and version it was replicated as.

        ``GET /{subscription_id}/services/vmimages/{vm_image_name}/details``.

        Args:
            vm_image_name: Name of the VM image.
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "vmimages/"
            f"{quote_segment(vm_image_name)}/"
            "details",
            x_ms_version="2017-01-01",
            operation="get_vm_image_details",
        )
        return self._read(response, deserialize_vm_image_details)

    def list_vm_images(
        self,
        location: str | None = None,
        publisher: str | None = None,
        category: str | None = None,
    ) -> VMImages:
        """Lists the VM images available to the subscription (your captured images and published
        ones), optionally only those of a location, publisher or category.

        ``GET /{subscription_id}/services/vmimages``.

        Args:
            location: Only images available in this location, e.g. West US.
            publisher: Only images of this publisher.
            category: Only images of this category, e.g. User or Public.
        """
        if location is not None:
            check_string("location", location)
        if publisher is not None:
            check_string("publisher", publisher)
        if category is not None:
            check_string("category", category)
        query: list[tuple[str, str]] = []
        if location is not None:
            query.append(("location", location))
        if publisher is not None:
            query.append(("publisher", publisher))
        if category is not None:
            query.append(("category", category))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/vmimages",
            x_ms_version="2014-10-01",
            query=query,
            operation="list_vm_images",
        )
        return self._read(response, deserialize_vm_images)

    def delete_vm_image(
        self,
        vm_image_name: str,
        delete_vhd: bool | None = False,
    ) -> AsyncOperation:
        """Deletes one of your VM images. With `delete_vhd=True` the VHD blobs of its disks are
        deleted as well.

        ``DELETE /{subscription_id}/services/vmimages/{vm_image_name}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            vm_image_name: Name of the VM image.
            delete_vhd: Also delete the VHD blobs of the image's disks (`comp=media`).
        """
        check_string("vm_image_name", vm_image_name, required=True)
        check_path_segment("vm_image_name", vm_image_name)
        if delete_vhd is not None:
            delete_vhd = check_bool("delete_vhd", delete_vhd)
        query: list[tuple[str, str]] = []
        if delete_vhd:
            query.append(("comp", "media"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "vmimages/"
            f"{quote_segment(vm_image_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_vm_image",
        )
        return self._async_operation(response)


class SchedulerManagementService(ServiceClient):
    """Client for the classic Scheduler API: cloud services (containers of resources), the
    Scheduler job collections in them and the jobs of each collection.

    ``SchedulerManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/atom+xml;type=entry;charset=utf-8"
    x_ms_version = "2014-10-01"

    def _operation_status(self, request_id: str) -> Operation:
        return self.get_scheduler_operation_status(request_id)

    def get_operation_status(self, request_id: str) -> Operation:
        """The status of an asynchronous operation: `get_scheduler_operation_status`.

        Operation names are global in the spec, so this client's status operation has a name
        of its own; code written for the reference package calls it by the name every
        reference client has.
        """
        return self.get_scheduler_operation_status(request_id)

    def get_scheduler_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous Scheduler operation, given the request id that
        started it (the `request_id` of the returned AsyncOperation).

        ``GET /{subscription_id}/operations/{request_id}``.

        Args:
            request_id: The request id of the asynchronous operation.
        """
        check_string("request_id", request_id, required=True)
        check_path_segment("request_id", request_id)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations/{quote_segment(request_id)}",
            x_ms_version="2014-10-01",
            operation="get_scheduler_operation_status",
        )
        return self._read(response, deserialize_operation)

    def list_cloud_services(
        self,
    ) -> CloudServices:
        """Lists the cloud services of the subscription with the resources (job collections) in
        them.

        ``GET /{subscription_id}/cloudservices``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/cloudservices",
            x_ms_version="2014-10-01",
            operation="list_cloud_services",
        )
        return self._read(response, deserialize_cloud_services)

    def create_cloud_service(
        self,
        cloud_service_id: str,
        label: str,
        description: str,
        geo_region: str,
    ) -> AsyncOperation:
        """Creates a cloud service, the container job collections are created in, in a geographic
        region.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}`` (asynchronous: returns
        an `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
            label: Label of the cloud service (plain text, at most 100 characters).
            description: Description of the cloud service (at most 1024 characters).
            geo_region: Region the cloud service's resources run in (`West Europe`).
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("label", label, required=True, min_length=1, max_length=100)
        check_string("description", description, required=True, max_length=1024)
        check_string("geo_region", geo_region, required=True, min_length=1)
        request = CreateCloudService(
            label=label,
            description=description,
            geo_region=geo_region,
        )
        body = serialize_create_cloud_service(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_cloud_service",
        )
        return self._async_operation(response)

    def get_cloud_service(
        self,
        cloud_service_id: str,
    ) -> CloudService:
        """Returns a cloud service with the resources (job collections) in it.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}``.

        Args:
            cloud_service_id: Name of the cloud service.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}",
            x_ms_version="2014-10-01",
            operation="get_cloud_service",
        )
        return self._read(response, deserialize_cloud_service)

    def delete_cloud_service(
        self,
        cloud_service_id: str,
    ) -> AsyncOperation:
        """Deletes a cloud service and the job collections in it.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}",
            x_ms_version="2014-10-01",
            operation="delete_cloud_service",
        )
        return self._async_operation(response)

    def get_scheduler_resource_provider_properties(
        self,
    ) -> ResultList[ResourceProviderProperty]:
        """Returns the properties of the Scheduler resource provider for job collections (such as
        the plans it offers), as key / value pairs.

        ``GET /{subscription_id}/resourceproviders/scheduler/Properties``.
        """
        query: list[tuple[str, str]] = []
        query.append(("resourceType", "JobCollections"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/resourceproviders/scheduler/Properties",
            x_ms_version="2013-03-01",
            query=query,
            operation="get_scheduler_resource_provider_properties",
        )
        return self._read(response, deserialize_resource_provider_properties)

    def entitle_resource(
        self,
        resource_provider_namespace: str,
        type: str,
        registration_date: datetime,
    ) -> AsyncOperation:
        """Entitles the subscription to a resource of a third-party Store provider (a step the
        Store takes before an add-on of that provider is created). Asynchronous.

        ``POST /{subscription_id}/EntitleResource`` (asynchronous: returns an `AsyncOperation`).

        Args:
            resource_provider_namespace: Namespace of the resource provider (`sendgrid`, ...).
            type: Type of resource of the provider.
            registration_date: When the entitlement starts (UTC).
        """
        check_string("resource_provider_namespace", resource_provider_namespace, required=True)
        check_string("type", type, required=True)
        check_datetime("registration_date", registration_date, required=True)
        headers: dict[str, str] = {}
        headers["Content-Type"] = "application/xml"
        request = EntitleResource(
            resource_provider_namespace=resource_provider_namespace,
            type=type,
            registration_date=registration_date,
        )
        body = serialize_entitle_resource(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/EntitleResource",
            x_ms_version="2013-03-01",
            headers=headers,
            body=body,
            operation="entitle_resource",
        )
        return self._async_operation(response)

    def check_job_collection_name(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> ResourceNameAvailabilityResponse:
        """Tells whether a job collection name is free in a cloud service (names are unique within
        their cloud service).

        ``POST /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/jobCollections``.

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: The job collection name to check.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        query: list[tuple[str, str]] = []
        query.append(("op", "checknameavailability"))
        if job_collection_id is not None:
            query.append(("resourceName", job_collection_id))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "jobCollections",
            x_ms_version="2014-10-01",
            query=query,
            body=b"",
            operation="check_job_collection_name",
        )
        return self._read(response, deserialize_resource_name_availability_response)

    def create_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        plan: str | None = "Standard",
    ) -> AsyncOperation:
        """Creates a Scheduler job collection in a cloud service, on the Free or Standard plan.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/jobCollections/{job_collection_id}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the new job collection (at most 100 characters).
            plan: Plan of the collection: `Free` or `Standard`.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True, max_length=100)
        check_path_segment("job_collection_id", job_collection_id)
        if plan is not None:
            check_string("plan", plan, enum=("Free", "Standard"))
        request = CreateJobCollection(
            plan=plan,
        )
        body = serialize_create_job_collection(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_job_collection",
        )
        return self._async_operation(response)

    def delete_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> AsyncOperation:
        """Deletes a job collection and its jobs.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/jobCollections/{job_collection_id}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}",
            x_ms_version="2014-10-01",
            operation="delete_job_collection",
        )
        return self._async_operation(response)

    def update_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        e_tag: str,
        plan: str | None = None,
        quota: JobCollectionQuota | None = None,
        label: str | None = None,
        schema_version: str | None = None,
    ) -> AsyncOperation:
        """Changes a job collection: its plan, its quota (job count, occurrences, most frequent
        recurrence) and its label. `e_tag` is the collection's current `e_tag` (from
        get_job_collection): ASM refuses the change (412) when the collection changed since.
        Asynchronous, as create_job_collection.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/jobCollections/{job_collection_id}`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
            e_tag: The collection's current entity tag.
            plan: New plan: `Free` or `Standard`; None keeps it.
            quota: New limits of the collection; None keeps them.
            label: New label of the collection (sent base64-encoded).
            schema_version: Version of the settings schema (`1.1`).
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        check_string("e_tag", e_tag, required=True)
        if plan is not None:
            check_string("plan", plan, enum=("Free", "Standard"))
        if quota is not None:
            check_instance("quota", quota, JobCollectionQuota)
            validate_job_collection_quota(quota, "quota.")
        if label is not None:
            check_string("label", label, encoded=True)
        if schema_version is not None:
            check_string("schema_version", schema_version)
        headers: dict[str, str] = {}
        headers["Content-Type"] = "application/xml"
        if e_tag is not None:
            headers["If-Match"] = e_tag
        request = UpdateJobCollection(
            schema_version=schema_version,
            e_tag=e_tag,
            plan=plan,
            quota=quota,
            label=label,
        )
        body = serialize_update_job_collection(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}",
            x_ms_version="2013-03-01",
            headers=headers,
            body=body,
            operation="update_job_collection",
        )
        return self._async_operation(response)

    def get_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> Resource:
        """Returns a job collection with its plan, quota, state and the status of its last change.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/~/jobCollections/{job_collection_id}``.

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2014-04-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "~/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="get_job_collection",
        )
        return self._read(response, deserialize_resource)

    def create_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
        job: Any,
    ) -> AsyncOperation:
        """Creates (or replaces) a job from its JSON definition: `startTime`, `action` (`type`
        `http`/`https`/`storageQueue` and its `request` or `queueMessage`), `recurrence`,
        `state`, ... Datetimes in the dictionary are sent as ISO 8601 text.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
            job_id: Name of the job.
            job: The job definition: a JSON-encodable dictionary (see the Scheduler REST
                reference).
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        check_string("job_id", job_id, required=True)
        check_path_segment("job_id", job_id)
        check_json("job", job, required=True)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2014-04-01"))
        headers: dict[str, str] = {}
        headers["Content-Type"] = "application/json"
        body = json_body(job)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "~/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}/"
            "jobs/"
            f"{quote_segment(job_id)}",
            x_ms_version="2014-10-01",
            query=query,
            headers=headers,
            body=body,
            operation="create_job",
        )
        return self._async_operation(response)

    def delete_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
    ) -> AsyncOperation:
        """Deletes a job from its job collection.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}`` (asynchronous:
        returns an `AsyncOperation`).

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
            job_id: Name of the job.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        check_string("job_id", job_id, required=True)
        check_path_segment("job_id", job_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2014-04-01"))
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "~/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}/"
            "jobs/"
            f"{quote_segment(job_id)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_job",
        )
        return self._async_operation(response)

    def get_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
    ) -> Any:
        """Returns a job as decoded JSON: its definition plus `id` and `status` (next execution
        time, execution and failure counts).

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}``.

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
            job_id: Name of the job.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        check_string("job_id", job_id, required=True)
        check_path_segment("job_id", job_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2014-04-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "~/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}/"
            "jobs/"
            f"{quote_segment(job_id)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="get_job",
        )
        return self._read_json(response)

    def get_all_jobs(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> Any:
        """Returns every job of a job collection as decoded JSON (a list of job objects).

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/
        scheduler/~/jobCollections/{job_collection_id}/jobs``.

        Args:
            cloud_service_id: Name of the cloud service.
            job_collection_id: Name of the job collection.
        """
        check_string("cloud_service_id", cloud_service_id, required=True)
        check_path_segment("cloud_service_id", cloud_service_id)
        check_string("job_collection_id", job_collection_id, required=True)
        check_path_segment("job_collection_id", job_collection_id)
        query: list[tuple[str, str]] = []
        query.append(("api-version", "2014-04-01"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "cloudservices/"
            f"{quote_segment(cloud_service_id)}/"
            "resources/"
            "scheduler/"
            "~/"
            "jobCollections/"
            f"{quote_segment(job_collection_id)}/"
            "jobs",
            x_ms_version="2014-10-01",
            query=query,
            operation="get_all_jobs",
        )
        return self._read_json(response)


class ServiceBusManagementService(ServiceClient):
    """Client for classic Service Bus management: regions, namespaces, the queues, topics,
    notification hubs and relays of a namespace, and their metrics. Answers are Atom feeds and
    entries whose content holds the Service Bus description.

    ``ServiceBusManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/atom+xml;type=entry;charset=utf-8"
    x_ms_version = "2012-03-01"

    def _operation_status(self, request_id: str) -> Operation:
        return self.get_servicebus_operation_status(request_id)

    def get_operation_status(self, request_id: str) -> Operation:
        """The status of an asynchronous operation: `get_servicebus_operation_status`.

        Operation names are global in the spec, so this client's status operation has a name
        of its own; code written for the reference package calls it by the name every
        reference client has.
        """
        return self.get_servicebus_operation_status(request_id)

    def get_servicebus_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous operation, given its request id. No Service Bus
        call is asynchronous; the request is the subscription's Get Operation Status, which the
        reference package offered on every client (the client's `get_operation_status`).

        ``GET /{subscription_id}/operations/{request_id}``.

        Args:
            request_id: The request id of the asynchronous operation.
        """
        check_string("request_id", request_id, required=True)
        check_path_segment("request_id", request_id)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations/{quote_segment(request_id)}",
            x_ms_version="2012-03-01",
            operation="get_servicebus_operation_status",
        )
        return self._read(response, deserialize_operation)

    def get_regions(
        self,
    ) -> UnwrappedList[ServiceBusRegion, ServiceBusRegionFeed]:
        """Lists the regions Service Bus namespaces can be created in.

        ``GET /{subscription_id}/services/serviceBus/Regions/``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/serviceBus/Regions/",
            x_ms_version="2012-03-01",
            operation="get_regions",
        )
        return unwrap_service_bus_region_feed(
            self._read(response, deserialize_service_bus_region_feed)
        )

    def list_namespaces(
        self,
    ) -> UnwrappedList[ServiceBusNamespace, ServiceBusNamespaceFeed]:
        """Lists the Service Bus namespaces of the subscription.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/serviceBus/Namespaces/",
            x_ms_version="2012-03-01",
            operation="list_namespaces",
        )
        return unwrap_service_bus_namespace_feed(
            self._read(response, deserialize_service_bus_namespace_feed)
        )

    def get_namespace(
        self,
        name: str,
    ) -> ServiceBusNamespace:
        """Returns one Service Bus namespace: its region, status, endpoints and, once it is active,
        its default key and connection string.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}",
            x_ms_version="2012-03-01",
            operation="get_namespace",
        )
        return unwrap_service_bus_namespace_entry(
            self._read(response, deserialize_service_bus_namespace_entry)
        )

    def create_namespace(
        self,
        name: str,
        region: str,
    ) -> ServiceBusNamespace:
        """Creates a Service Bus namespace in a region. The call is synchronous; the namespace
        answered is usually still `Activating` and turns `Active` a little later (poll
        `get_namespace`). Namespace names are global: 6 to 50 letters, digits and hyphens,
        starting with a letter and not ending with `-`, `-sb` or `-mgmt`.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}``.

        Args:
            name: Name of the namespace to create.
            region: Region to create the namespace in, as `get_regions` names it (`West US`).
        """
        check_string(
            "name", name, required=True, pattern="(?!.*(-|-sb|-mgmt)$)[A-Za-z][A-Za-z0-9-]{5,49}"
        )
        check_path_segment("name", name)
        check_string("region", region, required=True, min_length=1)
        request = CreateNamespaceEntry(
            namespace_description=[item for item in (region,) if item is not None] or None,
        )
        body = serialize_create_namespace_entry(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}",
            x_ms_version="2012-03-01",
            body=body,
            operation="create_namespace",
        )
        return unwrap_service_bus_namespace_entry(
            self._read(response, deserialize_service_bus_namespace_entry)
        )

    def delete_namespace(
        self,
        name: str,
    ) -> None:
        """Deletes a Service Bus namespace and everything in it. The call is synchronous; the
        namespace shows as `Removing` until the service has finished.

        ``DELETE /{subscription_id}/services/serviceBus/Namespaces/{name}``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}",
            x_ms_version="2012-03-01",
            operation="delete_namespace",
        )

    def check_namespace_availability(
        self,
        name: str,
    ) -> NamespaceAvailability:
        """Tells whether a namespace name is free to be created (names are global to Azure).

        ``GET /{subscription_id}/services/serviceBus/CheckNamespaceAvailability/``.

        Args:
            name: The namespace name to check.
        """
        check_string("name", name, required=True)
        query: list[tuple[str, str]] = []
        if name is not None:
            query.append(("namespace", name))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "CheckNamespaceAvailability/",
            x_ms_version="2012-03-01",
            query=query,
            operation="check_namespace_availability",
        )
        return unwrap_namespace_availability_entry(
            self._read(response, deserialize_namespace_availability_entry)
        )

    def list_queues(
        self,
        name: str,
    ) -> UnwrappedList[QueueDescription, QueueFeed]:
        """Lists the queues of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues",
            x_ms_version="2012-03-01",
            operation="list_queues",
        )
        return unwrap_queue_feed(self._read(response, deserialize_queue_feed))

    def list_topics(
        self,
        name: str,
    ) -> UnwrappedList[TopicDescription, TopicFeed]:
        """Lists the topics of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics",
            x_ms_version="2012-03-01",
            operation="list_topics",
        )
        return unwrap_topic_feed(self._read(response, deserialize_topic_feed))

    def list_notification_hubs(
        self,
        name: str,
    ) -> UnwrappedList[NotificationHubDescription, NotificationHubFeed]:
        """Lists the notification hubs of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs",
            x_ms_version="2012-03-01",
            operation="list_notification_hubs",
        )
        return unwrap_notification_hub_feed(self._read(response, deserialize_notification_hub_feed))

    def list_relays(
        self,
        name: str,
    ) -> UnwrappedList[RelayDescription, RelayFeed]:
        """Lists the relays of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Relays``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Relays",
            x_ms_version="2012-03-01",
            operation="list_relays",
        )
        return unwrap_relay_feed(self._read(response, deserialize_relay_feed))

    def get_queue(
        self,
        name: str,
        queue_name: str,
    ) -> QueueDescription:
        """Returns one queue of a namespace, with its settings and message counts.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}",
            x_ms_version="2013-08-01",
            operation="get_queue",
        )
        return unwrap_queue_entry(self._read(response, deserialize_queue_entry))

    def create_queue(
        self,
        name: str,
        queue_name: str,
        queue_description: QueueDescription,
    ) -> QueueDescription:
        """Creates a queue in a namespace from its description (settings left None take the
        service's defaults). Returns the queue.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
            queue_description: Settings of the new queue.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        check_instance("queue_description", queue_description, QueueDescription, required=True)
        if queue_description is not None:
            validate_queue_description(queue_description, "queue_description.")
        request = CreateQueueEntry(
            queue_description=queue_description,
        )
        body = serialize_create_queue_entry(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}",
            x_ms_version="2013-08-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_queue",
        )
        return unwrap_queue_entry(self._read(response, deserialize_queue_entry))

    def update_queue(
        self,
        name: str,
        queue_name: str,
        queue_description: QueueDescription,
        if_match: str | None = "*",
    ) -> QueueDescription:
        """Changes the settings of a queue (the description replaces the queue's). Returns the
        queue.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
            queue_description: New settings of the queue.
            if_match: Precondition on the entity's version; `*` (the default) updates whatever
                is there.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        check_instance("queue_description", queue_description, QueueDescription, required=True)
        if queue_description is not None:
            validate_queue_description(queue_description, "queue_description.")
        if if_match is not None:
            check_string("if_match", if_match)
        headers: dict[str, str] = {}
        if if_match is not None:
            headers["If-Match"] = if_match
        request = CreateQueueEntry(
            queue_description=queue_description,
        )
        body = serialize_create_queue_entry(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}",
            x_ms_version="2013-08-01",
            headers=headers,
            body=body,
            expect=(
                200,
                201,
            ),
            operation="update_queue",
        )
        return unwrap_queue_entry(self._read(response, deserialize_queue_entry))

    def delete_queue(
        self,
        name: str,
        queue_name: str,
    ) -> None:
        """Deletes a queue and its messages.

        ``DELETE /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}",
            x_ms_version="2013-08-01",
            operation="delete_queue",
        )

    def get_queue_connection_details(
        self,
        name: str,
        queue_name: str,
    ) -> UnwrappedList[ConnectionDetail, ConnectionDetailFeed]:
        """Returns the connection strings of a queue, one per shared access rule.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}/ConnectionDetails``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}/"
            "ConnectionDetails",
            x_ms_version="2013-08-01",
            operation="get_queue_connection_details",
        )
        return unwrap_connection_detail_feed(
            self._read(response, deserialize_connection_detail_feed)
        )

    def get_topic(
        self,
        name: str,
        topic_name: str,
    ) -> TopicDescription:
        """Returns one topic of a namespace, with its settings and counts.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}",
            x_ms_version="2013-08-01",
            operation="get_topic",
        )
        return unwrap_topic_entry(self._read(response, deserialize_topic_entry))

    def create_topic(
        self,
        name: str,
        topic_name: str,
        topic_description: TopicDescription,
    ) -> TopicDescription:
        """Creates a topic in a namespace from its description (settings left None take the
        service's defaults). Returns the topic.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
            topic_description: Settings of the new topic.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        check_instance("topic_description", topic_description, TopicDescription, required=True)
        if topic_description is not None:
            validate_topic_description(topic_description, "topic_description.")
        request = CreateTopicEntry(
            topic_description=topic_description,
        )
        body = serialize_create_topic_entry(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}",
            x_ms_version="2013-08-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_topic",
        )
        return unwrap_topic_entry(self._read(response, deserialize_topic_entry))

    def update_topic(
        self,
        name: str,
        topic_name: str,
        topic_description: TopicDescription,
        if_match: str | None = "*",
    ) -> TopicDescription:
        """Changes the settings of a topic (the description replaces the topic's). Returns the
        topic.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
            topic_description: New settings of the topic.
            if_match: Precondition on the entity's version; `*` (the default) updates whatever
                is there.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        check_instance("topic_description", topic_description, TopicDescription, required=True)
        if topic_description is not None:
            validate_topic_description(topic_description, "topic_description.")
        if if_match is not None:
            check_string("if_match", if_match)
        headers: dict[str, str] = {}
        if if_match is not None:
            headers["If-Match"] = if_match
        request = CreateTopicEntry(
            topic_description=topic_description,
        )
        body = serialize_create_topic_entry(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}",
            x_ms_version="2013-08-01",
            headers=headers,
            body=body,
            expect=(
                200,
                201,
            ),
            operation="update_topic",
        )
        return unwrap_topic_entry(self._read(response, deserialize_topic_entry))

    def delete_topic(
        self,
        name: str,
        topic_name: str,
    ) -> None:
        """Deletes a topic and its subscriptions.

        ``DELETE /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}",
            x_ms_version="2013-08-01",
            operation="delete_topic",
        )

    def get_topic_connection_details(
        self,
        name: str,
        topic_name: str,
    ) -> UnwrappedList[ConnectionDetail, ConnectionDetailFeed]:
        """Returns the connection strings of a topic, one per shared access rule.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}/ConnectionDetails``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}/"
            "ConnectionDetails",
            x_ms_version="2013-08-01",
            operation="get_topic_connection_details",
        )
        return unwrap_connection_detail_feed(
            self._read(response, deserialize_connection_detail_feed)
        )

    def get_notification_hub(
        self,
        name: str,
        hub_name: str,
    ) -> NotificationHubDescription:
        """Returns one notification hub of a namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs/{hub_name}``.

        Args:
            name: Name of the Service Bus namespace.
            hub_name: Name of the notification hub.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("hub_name", hub_name, required=True)
        check_path_segment("hub_name", hub_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs/"
            f"{quote_segment(hub_name)}",
            x_ms_version="2013-08-01",
            operation="get_notification_hub",
        )
        return unwrap_notification_hub_entry(
            self._read(response, deserialize_notification_hub_entry)
        )

    def delete_notification_hub(
        self,
        name: str,
        hub_name: str,
    ) -> None:
        """Deletes a notification hub and its registrations.

        ``DELETE /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs/{hub_name}``.

        Args:
            name: Name of the Service Bus namespace.
            hub_name: Name of the notification hub.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("hub_name", hub_name, required=True)
        check_path_segment("hub_name", hub_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs/"
            f"{quote_segment(hub_name)}",
            x_ms_version="2013-08-01",
            operation="delete_notification_hub",
        )

    def get_notification_hub_connection_details(
        self,
        name: str,
        hub_name: str,
    ) -> UnwrappedList[ConnectionDetail, ConnectionDetailFeed]:
        """Returns the connection strings of a notification hub, one per shared access rule.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs/{hub_name}/ConnectionDetails``.

        Args:
            name: Name of the Service Bus namespace.
            hub_name: Name of the notification hub.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("hub_name", hub_name, required=True)
        check_path_segment("hub_name", hub_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs/"
            f"{quote_segment(hub_name)}/"
            "ConnectionDetails",
            x_ms_version="2013-08-01",
            operation="get_notification_hub_connection_details",
        )
        return unwrap_connection_detail_feed(
            self._read(response, deserialize_connection_detail_feed)
        )

    def get_relay_connection_details(
        self,
        name: str,
        relay_name: str,
    ) -> UnwrappedList[ConnectionDetail, ConnectionDetailFeed]:
        """Returns the connection strings of a relay, one per shared access rule.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Relays/
        {relay_name}/ConnectionDetails``.

        Args:
            name: Name of the Service Bus namespace.
            relay_name: Name of the relay.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("relay_name", relay_name, required=True)
        check_path_segment("relay_name", relay_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Relays/"
            f"{quote_segment(relay_name)}/"
            "ConnectionDetails",
            x_ms_version="2013-08-01",
            operation="get_relay_connection_details",
        )
        return unwrap_connection_detail_feed(
            self._read(response, deserialize_connection_detail_feed)
        )

    def get_namespace_connection_details(
        self,
        name: str,
    ) -> UnwrappedList[ConnectionDetail, ConnectionDetailFeed]:
        """Returns the connection strings of a namespace, one per shared access rule.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        ConnectionDetails``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "ConnectionDetails",
            x_ms_version="2013-08-01",
            operation="get_namespace_connection_details",
        )
        return unwrap_connection_detail_feed(
            self._read(response, deserialize_connection_detail_feed)
        )

    def list_namespace_authorization_rules(
        self,
        name: str,
    ) -> UnwrappedList[NamespaceSharedAccessRule, NamespaceAuthorizationRuleFeed]:
        """Lists the shared access rules of a namespace (with their keys).

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        AuthorizationRules``.

        Args:
            name: Name of the Service Bus namespace.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "AuthorizationRules",
            x_ms_version="2013-08-01",
            operation="list_namespace_authorization_rules",
        )
        return unwrap_namespace_authorization_rule_feed(
            self._read(response, deserialize_namespace_authorization_rule_feed)
        )

    def get_namespace_authorization_rule(
        self,
        name: str,
        rule_name: str,
    ) -> NamespaceSharedAccessRule:
        """Returns one shared access rule of a namespace, by its key name.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        AuthorizationRules/{rule_name}``.

        Args:
            name: Name of the Service Bus namespace.
            rule_name: Key name of the rule.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("rule_name", rule_name, required=True)
        check_path_segment("rule_name", rule_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "AuthorizationRules/"
            f"{quote_segment(rule_name)}",
            x_ms_version="2013-08-01",
            operation="get_namespace_authorization_rule",
        )
        return unwrap_namespace_authorization_rule_entry(
            self._read(response, deserialize_namespace_authorization_rule_entry)
        )

    def create_namespace_authorization_rule(
        self,
        name: str,
        rule: NamespaceSharedAccessRule,
    ) -> NamespaceSharedAccessRule:
        """Adds a shared access rule to a namespace: a key name, the rights it grants and
        optionally its keys (the service makes them up otherwise). Returns the rule.

        ``POST /{subscription_id}/services/serviceBus/Namespaces/{name}/
        AuthorizationRules``.

        Args:
            name: Name of the Service Bus namespace.
            rule: The new rule.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_instance("rule", rule, NamespaceSharedAccessRule, required=True)
        if rule is not None:
            validate_namespace_shared_access_rule(rule, "rule.")
        request = NamespaceAuthorizationRuleRequest(
            rule=rule,
        )
        body = serialize_namespace_authorization_rule_request(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "AuthorizationRules",
            x_ms_version="2013-08-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_namespace_authorization_rule",
        )
        return unwrap_namespace_authorization_rule_entry(
            self._read(response, deserialize_namespace_authorization_rule_entry)
        )

    def update_namespace_authorization_rule(
        self,
        name: str,
        rule_name: str,
        rule: NamespaceSharedAccessRule,
    ) -> NamespaceSharedAccessRule:
        """Changes the rights or keys of a shared access rule of a namespace. Returns the rule.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}/
        AuthorizationRules/{rule_name}``.

        Args:
            name: Name of the Service Bus namespace.
            rule_name: Key name of the rule.
            rule: The rule's new values.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("rule_name", rule_name, required=True)
        check_path_segment("rule_name", rule_name)
        check_instance("rule", rule, NamespaceSharedAccessRule, required=True)
        if rule is not None:
            validate_namespace_shared_access_rule(rule, "rule.")
        request = NamespaceAuthorizationRuleRequest(
            rule=rule,
        )
        body = serialize_namespace_authorization_rule_request(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "AuthorizationRules/"
            f"{quote_segment(rule_name)}",
            x_ms_version="2012-03-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="update_namespace_authorization_rule",
        )
        return unwrap_namespace_authorization_rule_entry(
            self._read(response, deserialize_namespace_authorization_rule_entry)
        )

    def delete_namespace_authorization_rule(
        self,
        name: str,
        rule_name: str,
    ) -> None:
        """Removes a shared access rule from a namespace; its keys stop working.

        ``DELETE /{subscription_id}/services/serviceBus/Namespaces/{name}/
        AuthorizationRules/{rule_name}``.

        Args:
            name: Name of the Service Bus namespace.
            rule_name: Key name of the rule.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("rule_name", rule_name, required=True)
        check_path_segment("rule_name", rule_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "AuthorizationRules/"
            f"{quote_segment(rule_name)}",
            x_ms_version="2012-03-01",
            operation="delete_namespace_authorization_rule",
        )

    def get_supported_metrics_queue(
        self,
        name: str,
        queue_name: str,
    ) -> UnwrappedList[MetricProperties, MetricPropertiesFeed]:
        """Lists the metrics Service Bus records for a queue (name, unit, aggregation).

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}/Metrics``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}/"
            "Metrics",
            x_ms_version="2012-03-01",
            operation="get_supported_metrics_queue",
        )
        return unwrap_metric_properties_feed(
            self._read(response, deserialize_metric_properties_feed)
        )

    def get_supported_metrics_topic(
        self,
        name: str,
        topic_name: str,
    ) -> UnwrappedList[MetricProperties, MetricPropertiesFeed]:
        """Lists the metrics Service Bus records for a topic (name, unit, aggregation).

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}/Metrics``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}/"
            "Metrics",
            x_ms_version="2012-03-01",
            operation="get_supported_metrics_topic",
        )
        return unwrap_metric_properties_feed(
            self._read(response, deserialize_metric_properties_feed)
        )

    def get_supported_metrics_notification_hub(
        self,
        name: str,
        hub_name: str,
    ) -> UnwrappedList[MetricProperties, MetricPropertiesFeed]:
        """Lists the metrics Service Bus records for a notification hub (name, unit, aggregation).

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs/{hub_name}/Metrics``.

        Args:
            name: Name of the Service Bus namespace.
            hub_name: Name of the notification hub.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("hub_name", hub_name, required=True)
        check_path_segment("hub_name", hub_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs/"
            f"{quote_segment(hub_name)}/"
            "Metrics",
            x_ms_version="2012-03-01",
            operation="get_supported_metrics_notification_hub",
        )
        return unwrap_metric_properties_feed(
            self._read(response, deserialize_metric_properties_feed)
        )

    def get_supported_metrics_relay(
        self,
        name: str,
        relay_name: str,
    ) -> UnwrappedList[MetricProperties, MetricPropertiesFeed]:
        """Lists the metrics Service Bus records for a relay (name, unit, aggregation).

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Relays/
        {relay_name}/Metrics``.

        Args:
            name: Name of the Service Bus namespace.
            relay_name: Name of the relay.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("relay_name", relay_name, required=True)
        check_path_segment("relay_name", relay_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Relays/"
            f"{quote_segment(relay_name)}/"
            "Metrics",
            x_ms_version="2012-03-01",
            operation="get_supported_metrics_relay",
        )
        return unwrap_metric_properties_feed(
            self._read(response, deserialize_metric_properties_feed)
        )

    def get_metrics_data_queue(
        self,
        name: str,
        queue_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> UnwrappedList[MetricValues, MetricValuesFeed]:
        """Returns the values of one metric of a queue at one rollup (time grain), filtered by an
        OData expression on their timestamps.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}/Metrics/{metric}/Rollups/{rollup}/Values``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
            rollup: Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).
            filter_expresssion: OData filter on the values, sent as the `$filter` query
                parameter: the expression only, e.g. `Timestamp gt
                datetime'2014-10-01T00:00:00Z'` (the reference package took a whole query string
                starting `$filter=`; that form is refused). The parameter name keeps the
                reference's spelling.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        check_string("rollup", rollup, required=True)
        check_path_segment("rollup", rollup)
        check_string(
            "filter_expresssion",
            filter_expresssion,
            required=True,
            pattern="(?!\\$filter=)[^\\r\\n]+",
        )
        query: list[tuple[str, str]] = []
        if filter_expresssion is not None:
            query.append(("$filter", filter_expresssion))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups/"
            f"{quote_segment(rollup)}/"
            "Values",
            x_ms_version="2012-03-01",
            query=query,
            operation="get_metrics_data_queue",
        )
        return unwrap_metric_values_feed(self._read(response, deserialize_metric_values_feed))

    def get_metrics_data_topic(
        self,
        name: str,
        topic_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> UnwrappedList[MetricValues, MetricValuesFeed]:
        """Returns the values of one metric of a topic at one rollup (time grain), filtered by an
        OData expression on their timestamps.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}/Metrics/{metric}/Rollups/{rollup}/Values``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
            rollup: Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).
            filter_expresssion: OData filter on the values, sent as the `$filter` query
                parameter: the expression only, e.g. `Timestamp gt
                datetime'2014-10-01T00:00:00Z'` (the reference package took a whole query string
                starting `$filter=`; that form is refused). The parameter name keeps the
                reference's spelling.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        check_string("rollup", rollup, required=True)
        check_path_segment("rollup", rollup)
        check_string(
            "filter_expresssion",
            filter_expresssion,
            required=True,
            pattern="(?!\\$filter=)[^\\r\\n]+",
        )
        query: list[tuple[str, str]] = []
        if filter_expresssion is not None:
            query.append(("$filter", filter_expresssion))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups/"
            f"{quote_segment(rollup)}/"
            "Values",
            x_ms_version="2012-03-01",
            query=query,
            operation="get_metrics_data_topic",
        )
        return unwrap_metric_values_feed(self._read(response, deserialize_metric_values_feed))

    def get_metrics_data_notification_hub(
        self,
        name: str,
        hub_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> UnwrappedList[MetricValues, MetricValuesFeed]:
        """Returns the values of one metric of a notification hub at one rollup (time grain),
        filtered by an OData expression on their timestamps.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs/{hub_name}/Metrics/{metric}/Rollups/{rollup}/Values``.

        Args:
            name: Name of the Service Bus namespace.
            hub_name: Name of the notification hub.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
            rollup: Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).
            filter_expresssion: OData filter on the values, sent as the `$filter` query
                parameter: the expression only, e.g. `Timestamp gt
                datetime'2014-10-01T00:00:00Z'` (the reference package took a whole query string
                starting `$filter=`; that form is refused). The parameter name keeps the
                reference's spelling.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("hub_name", hub_name, required=True)
        check_path_segment("hub_name", hub_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        check_string("rollup", rollup, required=True)
        check_path_segment("rollup", rollup)
        check_string(
            "filter_expresssion",
            filter_expresssion,
            required=True,
            pattern="(?!\\$filter=)[^\\r\\n]+",
        )
        query: list[tuple[str, str]] = []
        if filter_expresssion is not None:
            query.append(("$filter", filter_expresssion))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs/"
            f"{quote_segment(hub_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups/"
            f"{quote_segment(rollup)}/"
            "Values",
            x_ms_version="2012-03-01",
            query=query,
            operation="get_metrics_data_notification_hub",
        )
        return unwrap_metric_values_feed(self._read(response, deserialize_metric_values_feed))

    def get_metrics_data_relay(
        self,
        name: str,
        relay_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> UnwrappedList[MetricValues, MetricValuesFeed]:
        """Returns the values of one metric of a relay at one rollup (time grain), filtered by an
        OData expression on their timestamps.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Relays/
        {relay_name}/Metrics/{metric}/Rollups/{rollup}/Values``.

        Args:
            name: Name of the Service Bus namespace.
            relay_name: Name of the relay.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
            rollup: Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).
            filter_expresssion: OData filter on the values, sent as the `$filter` query
                parameter: the expression only, e.g. `Timestamp gt
                datetime'2014-10-01T00:00:00Z'` (the reference package took a whole query string
                starting `$filter=`; that form is refused). The parameter name keeps the
                reference's spelling.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("relay_name", relay_name, required=True)
        check_path_segment("relay_name", relay_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        check_string("rollup", rollup, required=True)
        check_path_segment("rollup", rollup)
        check_string(
            "filter_expresssion",
            filter_expresssion,
            required=True,
            pattern="(?!\\$filter=)[^\\r\\n]+",
        )
        query: list[tuple[str, str]] = []
        if filter_expresssion is not None:
            query.append(("$filter", filter_expresssion))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Relays/"
            f"{quote_segment(relay_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups/"
            f"{quote_segment(rollup)}/"
            "Values",
            x_ms_version="2012-03-01",
            query=query,
            operation="get_metrics_data_relay",
        )
        return unwrap_metric_values_feed(self._read(response, deserialize_metric_values_feed))

    def get_metrics_rollups_queue(
        self,
        name: str,
        queue_name: str,
        metric: str,
    ) -> UnwrappedList[MetricRollups, MetricRollupsFeed]:
        """Lists the time grains one metric of a queue is kept at, with how long each is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/
        {queue_name}/Metrics/{metric}/Rollups``.

        Args:
            name: Name of the Service Bus namespace.
            queue_name: Name of the queue.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("queue_name", queue_name, required=True)
        check_path_segment("queue_name", queue_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Queues/"
            f"{quote_segment(queue_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups",
            x_ms_version="2012-03-01",
            operation="get_metrics_rollups_queue",
        )
        return unwrap_metric_rollups_feed(self._read(response, deserialize_metric_rollups_feed))

    def get_metrics_rollups_topic(
        self,
        name: str,
        topic_name: str,
        metric: str,
    ) -> UnwrappedList[MetricRollups, MetricRollupsFeed]:
        """Lists the time grains one metric of a topic is kept at, with how long each is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/
        {topic_name}/Metrics/{metric}/Rollups``.

        Args:
            name: Name of the Service Bus namespace.
            topic_name: Name of the topic.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("topic_name", topic_name, required=True)
        check_path_segment("topic_name", topic_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Topics/"
            f"{quote_segment(topic_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups",
            x_ms_version="2012-03-01",
            operation="get_metrics_rollups_topic",
        )
        return unwrap_metric_rollups_feed(self._read(response, deserialize_metric_rollups_feed))

    def get_metrics_rollups_notification_hub(
        self,
        name: str,
        hub_name: str,
        metric: str,
    ) -> UnwrappedList[MetricRollups, MetricRollupsFeed]:
        """Lists the time grains one metric of a notification hub is kept at, with how long each is
        kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/
        NotificationHubs/{hub_name}/Metrics/{metric}/Rollups``.

        Args:
            name: Name of the Service Bus namespace.
            hub_name: Name of the notification hub.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("hub_name", hub_name, required=True)
        check_path_segment("hub_name", hub_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "NotificationHubs/"
            f"{quote_segment(hub_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups",
            x_ms_version="2012-03-01",
            operation="get_metrics_rollups_notification_hub",
        )
        return unwrap_metric_rollups_feed(self._read(response, deserialize_metric_rollups_feed))

    def get_metrics_rollups_relay(
        self,
        name: str,
        relay_name: str,
        metric: str,
    ) -> UnwrappedList[MetricRollups, MetricRollupsFeed]:
        """Lists the time grains one metric of a relay is kept at, with how long each is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}/Relays/
        {relay_name}/Metrics/{metric}/Rollups``.

        Args:
            name: Name of the Service Bus namespace.
            relay_name: Name of the relay.
            metric: Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string("relay_name", relay_name, required=True)
        check_path_segment("relay_name", relay_name)
        check_string("metric", metric, required=True)
        check_path_segment("metric", metric)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "serviceBus/"
            "Namespaces/"
            f"{quote_segment(name)}/"
            "Relays/"
            f"{quote_segment(relay_name)}/"
            "Metrics/"
            f"{quote_segment(metric)}/"
            "Rollups",
            x_ms_version="2012-03-01",
            operation="get_metrics_rollups_relay",
        )
        return unwrap_metric_rollups_feed(self._read(response, deserialize_metric_rollups_feed))


class SqlDatabaseManagementService(ServiceClient):
    """Client for Azure SQL Database (classic) management: servers and their administrator
    password, server-level firewall rules, databases, quotas, event logs and service level
    objectives. Every call is synchronous.

    ``SqlDatabaseManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/xml"
    x_ms_version = "2014-10-01"

    def _operation_status(self, request_id: str) -> Operation:
        return self.get_sql_operation_status(request_id)

    def get_operation_status(self, request_id: str) -> Operation:
        """The status of an asynchronous operation: `get_sql_operation_status`.

        Operation names are global in the spec, so this client's status operation has a name
        of its own; code written for the reference package calls it by the name every
        reference client has.
        """
        return self.get_sql_operation_status(request_id)

    def get_database(
        self,
        server_name: str,
        name: str,
    ) -> Database:
        """Returns one database of a server.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{name}``.

        Args:
            server_name: Name of the server.
            name: Name of the database.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(name)}",
            x_ms_version="2012-03-01",
            operation="get_database",
        )
        return self._read(response, deserialize_database)

    def get_database_event_logs(
        self,
        server_name: str,
        database_name: str,
        start_date: str,
        interval_size_in_minutes: int,
        event_types: str | None = "",
    ) -> ResultList[EventLog]:
        """Returns the event logs of one database (connections, deadlocks, throttling) for one
        interval starting at `start_date`, aggregated per event type.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{database_name}/events``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
            start_date: Start of the interval, in UTC (`2011-09-28 16:05:00` or ISO 8601).
            interval_size_in_minutes: Length of the interval in minutes: 5, 60 or 1440.
            event_types: Kinds of events to return, comma-separated; the empty string returns
                every kind.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        check_string(
            "start_date",
            start_date,
            required=True,
            pattern="\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?",
        )
        interval_size_in_minutes = check_int(
            "interval_size_in_minutes",
            interval_size_in_minutes,
            required=True,
            minimum=1,
            maximum=1440,
        )
        if event_types is not None:
            check_string("event_types", event_types, pattern="[a-z_,]*")
        query: list[tuple[str, str]] = []
        if start_date is not None:
            query.append(("startDate", start_date))
        if interval_size_in_minutes is not None:
            query.append(("intervalSizeInMinutes", format_int(interval_size_in_minutes)))
        if event_types is not None:
            query.append(("eventTypes", event_types))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(database_name)}/"
            "events",
            x_ms_version="2012-03-01",
            query=query,
            operation="get_database_event_logs",
        )
        return self._read(response, deserialize_service_resources_of_event_log)

    def get_firewall_rule(
        self,
        server_name: str,
        name: str,
    ) -> FirewallRule:
        """Returns one server-level firewall rule.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        firewallrules/{name}``.

        Args:
            server_name: Name of the server.
            name: Name of the rule.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "firewallrules/"
            f"{quote_segment(name)}",
            x_ms_version="2012-03-01",
            operation="get_firewall_rule",
        )
        return self._read(response, deserialize_firewall_rule)

    def get_quota(
        self,
        server_name: str,
        quota_name: str,
    ) -> ServerQuota:
        """Returns one quota of a server (`server_dtu_quota`) with its value.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        serverquotas/{quota_name}``.

        Args:
            server_name: Name of the server.
            quota_name: Name of the quota (`server_dtu_quota`).
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("quota_name", quota_name, required=True)
        check_path_segment("quota_name", quota_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "serverquotas/"
            f"{quote_segment(quota_name)}",
            x_ms_version="2012-03-01",
            operation="get_quota",
        )
        return self._read(response, deserialize_server_quota)

    def get_service_level_objective(
        self,
        server_name: str,
        service_objective_id: str,
    ) -> ServiceObjective:
        """Returns one service level objective (performance level) of a server, by its id.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        serviceobjectives/{service_objective_id}``.

        Args:
            server_name: Name of the server.
            service_objective_id: Id (a GUID) of the objective.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("service_objective_id", service_objective_id, required=True)
        check_path_segment("service_objective_id", service_objective_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "serviceobjectives/"
            f"{quote_segment(service_objective_id)}",
            x_ms_version="2012-03-01",
            operation="get_service_level_objective",
        )
        return self._read(response, deserialize_service_objective)

    def create_database_copy(
        self,
        server_name: str,
        database_name: str,
        partner_server: str,
        partner_database: str,
        is_continuous: bool | None = False,
        is_offline_secondary: bool | None = None,
    ) -> DatabaseCopy:
        """Starts copying a database to a database of another server (a geo-replication link). The
        copy is seeded in the background: follow `percent_complete` and `replication_state` with
        get_database_copy. A continuous copy stays linked (and catching up) until terminated; a
        one-off copy ends once seeded.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{database_name}/databasecopies``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
            partner_server: Server the copy is made on.
            partner_database: Name of the copy on the partner server.
            is_continuous: Whether the copy stays linked and follows the source (continuous
                geo-replication).
            is_offline_secondary: Whether the copy cannot be read until it is terminated (an
                offline secondary).
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        check_string("partner_server", partner_server, required=True)
        check_string("partner_database", partner_database, required=True)
        if is_continuous is not None:
            is_continuous = check_bool("is_continuous", is_continuous)
        if is_offline_secondary is not None:
            is_offline_secondary = check_bool("is_offline_secondary", is_offline_secondary)
        request = DatabaseCopyInput(
            partner_server=partner_server,
            partner_database=partner_database,
            is_continuous=is_continuous,
            is_offline_secondary=is_offline_secondary,
        )
        body = serialize_database_copy_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(database_name)}/"
            "databasecopies",
            x_ms_version="2012-03-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_database_copy",
        )
        return self._read(response, deserialize_database_copy)

    def update_database_copy(
        self,
        server_name: str,
        database_name: str,
        copy_name: str,
        is_forced_terminate: bool | None = None,
    ) -> DatabaseCopy:
        """Ends a continuous copy link (`is_forced_terminate` ends it at once, losing whatever has
        not been replicated yet). Returns the copy.

        ``PUT /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{database_name}/databasecopies/{copy_name}``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
            copy_name: Name (id) of the copy link.
            is_forced_terminate: Terminate the link without waiting for the copy to catch up.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        check_string("copy_name", copy_name, required=True)
        check_path_segment("copy_name", copy_name)
        if is_forced_terminate is not None:
            is_forced_terminate = check_bool("is_forced_terminate", is_forced_terminate)
        request = DatabaseCopyUpdateInput(
            is_forced_terminate=is_forced_terminate,
        )
        body = serialize_database_copy_update_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(database_name)}/"
            "databasecopies/"
            f"{quote_segment(copy_name)}",
            x_ms_version="2012-03-01",
            body=body,
            operation="update_database_copy",
        )
        return self._read(response, deserialize_database_copy)

    def delete_database_copy(
        self,
        server_name: str,
        database_name: str,
        copy_name: str,
    ) -> None:
        """Stops a database copy link; both databases stay, the copy becomes independent.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{database_name}/databasecopies/{copy_name}``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
            copy_name: Name (id) of the copy link.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        check_string("copy_name", copy_name, required=True)
        check_path_segment("copy_name", copy_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(database_name)}/"
            "databasecopies/"
            f"{quote_segment(copy_name)}",
            x_ms_version="2012-03-01",
            operation="delete_database_copy",
        )

    def get_database_copy(
        self,
        server_name: str,
        database_name: str,
        copy_name: str,
    ) -> DatabaseCopy:
        """Returns a database copy link with its replication state and progress.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{database_name}/databasecopies/{copy_name}``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
            copy_name: Name (id) of the copy link.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        check_string("copy_name", copy_name, required=True)
        check_path_segment("copy_name", copy_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(database_name)}/"
            "databasecopies/"
            f"{quote_segment(copy_name)}",
            x_ms_version="2012-03-01",
            operation="get_database_copy",
        )
        return self._read(response, deserialize_database_copy)

    def list_database_copies(
        self,
        server_name: str,
        database_name: str,
    ) -> ResultList[DatabaseCopy]:
        """Lists the copy links of a database (those it is the source or the target of).

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{database_name}/databasecopies``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(database_name)}/"
            "databasecopies",
            x_ms_version="2012-03-01",
            operation="list_database_copies",
        )
        return self._read(response, deserialize_service_resources_of_database_copy)

    def get_database_operation(
        self,
        server_name: str,
        operation_id: str,
    ) -> DatabaseOperation:
        """Returns one operation on a database of the server (create, copy, restore, ...) with its
        progress.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databaseoperations/{operation_id}``.

        Args:
            server_name: Name of the server.
            operation_id: Id (a GUID) of the operation.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("operation_id", operation_id, required=True)
        check_path_segment("operation_id", operation_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databaseoperations/"
            f"{quote_segment(operation_id)}",
            x_ms_version="2012-03-01",
            operation="get_database_operation",
        )
        return self._read(response, deserialize_database_operation)

    def list_database_operations(
        self,
        server_name: str,
    ) -> ResultList[DatabaseOperation]:
        """Lists the operations on the databases of a server, most recent last.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databaseoperations``.

        Args:
            server_name: Name of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        query: list[tuple[str, str]] = []
        query.append(("contentview", "generic"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databaseoperations",
            x_ms_version="2012-03-01",
            query=query,
            operation="list_database_operations",
        )
        return self._read(response, deserialize_service_resources_of_database_operation)

    def list_database_operations_by_database(
        self,
        server_name: str,
        database_name: str,
    ) -> ResultList[DatabaseOperation]:
        """Lists the operations on one database of a server.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        databaseoperations``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        query: list[tuple[str, str]] = []
        if database_name is not None:
            query.append(("databaseName", database_name))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databaseoperations",
            x_ms_version="2012-03-01",
            query=query,
            operation="list_database_operations_by_database",
        )
        return self._read(response, deserialize_service_resources_of_database_operation)

    def list_restorable_dropped_databases(
        self,
        server_name: str,
    ) -> ResultList[RestorableDroppedDatabase]:
        """Lists the deleted databases of a server that can still be restored (restore_database).

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        restorabledroppeddatabases``.

        Args:
            server_name: Name of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        query: list[tuple[str, str]] = []
        query.append(("contentview", "generic"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "restorabledroppeddatabases",
            x_ms_version="2012-03-01",
            query=query,
            operation="list_restorable_dropped_databases",
        )
        return self._read(response, deserialize_service_resources_of_restorable_dropped_database)

    def get_restorable_dropped_database(
        self,
        server_name: str,
        entity_id: str,
    ) -> RestorableDroppedDatabase:
        """Returns one deleted database that can be restored, by its entity id (`<name>,<deletion
        time as Windows file time>`).

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        restorabledroppeddatabases/{entity_id}``.

        Args:
            server_name: Name of the server.
            entity_id: Entity id of the dropped database.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("entity_id", entity_id, required=True)
        check_path_segment("entity_id", entity_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "restorabledroppeddatabases/"
            f"{quote_segment(entity_id)}",
            x_ms_version="2012-03-01",
            operation="get_restorable_dropped_database",
        )
        return self._read(response, deserialize_restorable_dropped_database)

    def list_recoverable_databases(
        self,
        server_name: str,
    ) -> ResultList[RecoverableDatabase]:
        """Lists the databases of a server that can be recovered from their geo-replicated backups
        (recover_database).

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        recoverabledatabases``.

        Args:
            server_name: Name of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        query: list[tuple[str, str]] = []
        query.append(("contentview", "generic"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "recoverabledatabases",
            x_ms_version="2012-03-01",
            query=query,
            operation="list_recoverable_databases",
        )
        return self._read(response, deserialize_service_resources_of_recoverable_database)

    def get_recoverable_database(
        self,
        server_name: str,
        database_name: str,
    ) -> RecoverableDatabase:
        """Returns one database that can be recovered from its geo-replicated backup.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        recoverabledatabases/{database_name}``.

        Args:
            server_name: Name of the server.
            database_name: Name of the database.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("database_name", database_name, required=True)
        check_path_segment("database_name", database_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "recoverabledatabases/"
            f"{quote_segment(database_name)}",
            x_ms_version="2012-03-01",
            operation="get_recoverable_database",
        )
        return self._read(response, deserialize_recoverable_database)

    def restore_database(
        self,
        server_name: str,
        source_database_name: str,
        target_database_name: str,
        source_database_deletion_date: datetime | None = None,
        target_server_name: str | None = None,
        target_utc_point_in_time: datetime | None = None,
    ) -> RestoreDatabaseOperation:
        """Restores a database (a live one to a point in time, or a deleted one given its deletion
        date) as a new database. The restore runs in the background: follow it in
        list_database_operations; the new database is `Restoring` until it ends.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        restoredatabaseoperations``.

        Args:
            server_name: Name of the server of the source database.
            source_database_name: Name of the database to restore.
            target_database_name: Name of the new database.
            source_database_deletion_date: When the source database was deleted, to restore a
                deleted database.
            target_server_name: Server of the new database (the source's by default).
            target_utc_point_in_time: Point in time to restore to (the latest by default).
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("source_database_name", source_database_name, required=True)
        check_string("target_database_name", target_database_name, required=True)
        if source_database_deletion_date is not None:
            check_datetime("source_database_deletion_date", source_database_deletion_date)
        if target_server_name is not None:
            check_string("target_server_name", target_server_name)
        if target_utc_point_in_time is not None:
            check_datetime("target_utc_point_in_time", target_utc_point_in_time)
        request = RestoreDatabaseInput(
            source_database_name=source_database_name,
            source_database_deletion_date=source_database_deletion_date,
            target_server_name=target_server_name,
            target_database_name=target_database_name,
            target_utc_point_in_time=target_utc_point_in_time,
        )
        body = serialize_restore_database_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "restoredatabaseoperations",
            x_ms_version="2012-03-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="restore_database",
        )
        return self._read(response, deserialize_restore_database_operation)

    def recover_database(
        self,
        server_name: str,
        source_database_name: str,
        target_server_name: str | None = None,
        target_database_name: str | None = None,
    ) -> RecoverDatabaseOperation:
        """Recovers a database from its geo-replicated backup as a new database, possibly on
        another server. The recovery runs in the background (see restore_database).

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        recoverdatabaseoperations``.

        Args:
            server_name: Name of the server of the source database.
            source_database_name: Name of the database to recover.
            target_server_name: Server of the new database (the source's by default).
            target_database_name: Name of the new database (the source's by default).
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("source_database_name", source_database_name, required=True)
        if target_server_name is not None:
            check_string("target_server_name", target_server_name)
        if target_database_name is not None:
            check_string("target_database_name", target_database_name)
        request = RecoverDatabaseInput(
            source_database_name=source_database_name,
            target_server_name=target_server_name,
            target_database_name=target_database_name,
        )
        body = serialize_recover_database_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "recoverdatabaseoperations",
            x_ms_version="2012-03-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="recover_database",
        )
        return self._read(response, deserialize_recover_database_operation)

    def export_database(
        self,
        server_name: str,
        blob_credentials: DacBlobCredentials,
        connection_info: DacConnectionInfo,
    ) -> DacRequestId:
        """Exports a database to a BACPAC blob in a storage account. Returns the id of the export
        request, to follow with get_dac_status.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        DacOperations/Export``.

        Args:
            server_name: Name of the server.
            blob_credentials: The blob written (its URL) and the storage account key.
            connection_info: The database exported and the login used.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_instance(
            "blob_credentials", blob_credentials, DacBlobStorageAccessKeyCredentials, required=True
        )
        if blob_credentials is not None:
            validate_dac_blob_credentials(blob_credentials, "blob_credentials.")
        check_instance("connection_info", connection_info, DacConnectionInfo, required=True)
        if connection_info is not None:
            validate_dac_connection_info(connection_info, "connection_info.")
        request = DacExportInput(
            blob_credentials=blob_credentials,
            connection_info=connection_info,
        )
        body = serialize_dac_export_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "DacOperations/"
            "Export",
            x_ms_version="2012-03-01",
            body=body,
            operation="export_database",
        )
        return self._read(response, deserialize_dac_request_id)

    def import_database(
        self,
        server_name: str,
        blob_credentials: DacBlobCredentials,
        connection_info: DacConnectionInfo,
        azure_edition: str | None = None,
        database_size_in_gb: int | None = None,
    ) -> DacRequestId:
        """Imports a BACPAC blob as a new database. Returns the id of the import request, to follow
        with get_dac_status.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        DacOperations/Import``.

        Args:
            server_name: Name of the server.
            blob_credentials: The blob read (its URL) and the storage account key.
            connection_info: The database created and the login used.
            azure_edition: Edition of the new database (`Basic`, `Standard`, ...).
            database_size_in_gb: Maximum size of the new database in GB.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_instance(
            "blob_credentials", blob_credentials, DacBlobStorageAccessKeyCredentials, required=True
        )
        if blob_credentials is not None:
            validate_dac_blob_credentials(blob_credentials, "blob_credentials.")
        check_instance("connection_info", connection_info, DacConnectionInfo, required=True)
        if connection_info is not None:
            validate_dac_connection_info(connection_info, "connection_info.")
        if azure_edition is not None:
            check_string(
                "azure_edition",
                azure_edition,
                enum=("Web", "Business", "Basic", "Standard", "Premium"),
            )
        if database_size_in_gb is not None:
            database_size_in_gb = check_int("database_size_in_gb", database_size_in_gb, minimum=1)
        request = DacImportInput(
            azure_edition=azure_edition,
            blob_credentials=blob_credentials,
            connection_info=connection_info,
            database_size_in_gb=database_size_in_gb,
        )
        body = serialize_dac_import_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "DacOperations/"
            "Import",
            x_ms_version="2012-03-01",
            body=body,
            operation="import_database",
        )
        return self._read(response, deserialize_dac_request_id)

    def get_dac_status(
        self,
        server_name: str,
        fully_qualified_server_name: str,
        user_name: str,
        password: str,
        request_id: str,
    ) -> ResultList[DacStatusInfo]:
        """Returns the status of DAC import and export requests, given the server's domain name, a
        login and the request id. ASM takes the password in the query string of this request;
        get_dac_status_post sends it in the body instead.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        DacOperations/Status``.

        Args:
            server_name: Name of the server.
            fully_qualified_server_name: Domain name of the server
                (`<name>.database.windows.net`).
            user_name: Login of the server.
            password: Password of the login.
            request_id: Id of the import or export request.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("fully_qualified_server_name", fully_qualified_server_name, required=True)
        check_string("user_name", user_name, required=True)
        check_string("password", password, required=True, secret=True)
        check_string("request_id", request_id, required=True)
        query: list[tuple[str, str]] = []
        if fully_qualified_server_name is not None:
            query.append(("servername", fully_qualified_server_name))
        if user_name is not None:
            query.append(("username", user_name))
        if password is not None:
            query.append(("password", password))
        if request_id is not None:
            query.append(("reqId", request_id))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "DacOperations/"
            "Status",
            x_ms_version="2012-03-01",
            query=query,
            operation="get_dac_status",
        )
        return self._read(response, deserialize_array_of_status_info)

    def get_dac_status_post(
        self,
        server_name: str,
        password: str,
        request_id: str,
        fully_qualified_server_name: str,
        user_name: str,
    ) -> ResultList[DacStatusInfo]:
        """Returns the status of DAC import and export requests, the login sent in the request
        body.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        DacOperations/Status``.

        Args:
            server_name: Name of the server.
            password: Password of the login.
            request_id: Id of the import or export request.
            fully_qualified_server_name: Domain name of the server
                (`<name>.database.windows.net`).
            user_name: Login of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("password", password, required=True, secret=True)
        check_string("request_id", request_id, required=True)
        check_string("fully_qualified_server_name", fully_qualified_server_name, required=True)
        check_string("user_name", user_name, required=True)
        request = DacStatusInput(
            password=password,
            request_id=request_id,
            fully_qualified_server_name=fully_qualified_server_name,
            user_name=user_name,
        )
        body = serialize_dac_status_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "DacOperations/"
            "Status",
            x_ms_version="2012-03-01",
            body=body,
            operation="get_dac_status_post",
        )
        return self._read(response, deserialize_array_of_status_info)

    def get_sql_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous operation, given its request id. No SQL Database
        call is asynchronous; the request is the subscription's Get Operation Status, which the
        reference package offered on every client (the client's `get_operation_status`).

        ``GET /{subscription_id}/operations/{request_id}``.

        Args:
            request_id: The request id of the asynchronous operation.
        """
        check_string("request_id", request_id, required=True)
        check_path_segment("request_id", request_id)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations/{quote_segment(request_id)}",
            x_ms_version="2014-10-01",
            operation="get_sql_operation_status",
        )
        return self._read(response, deserialize_operation)

    def create_server(
        self,
        admin_login: str,
        admin_password: str,
        location: str,
    ) -> CreateServerResponse:
        """Creates a new SQL Database server in a region. ASM chooses the server's name (ten
        lowercase letters and digits); it is returned with the server's fully qualified domain
        name (`<name>.database.windows.net`). The server is ready when the call returns.

        ``POST /{subscription_id}/services/sqlservers/servers``.

        Args:
            admin_login: Login name of the server administrator (1 to 128 characters; names such
                as `sa`, `admin`, `root` or `dbo` are refused by the service).
            admin_password: Password of the server administrator: at least 8 characters holding
                characters of three of four kinds (uppercase, lowercase, digits, symbols), not
                containing the login name.
            location: Region of the new server (a location name such as `West US`, see
                list_locations).
        """
        check_string("admin_login", admin_login, required=True, min_length=1, max_length=128)
        check_string(
            "admin_password",
            admin_password,
            required=True,
            min_length=8,
            max_length=128,
            secret=True,
        )
        check_string("location", location, required=True, min_length=1)
        request = CreateServerInput(
            admin_login=admin_login,
            admin_password=admin_password,
            location=location,
        )
        body = serialize_create_server_input(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/sqlservers/servers",
            x_ms_version="2014-10-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_server",
        )
        return self._read(response, deserialize_create_server_response)

    def set_server_admin_password(
        self,
        server_name: str,
        admin_password: str,
    ) -> None:
        """Replaces the administrator password of a server. The new password must meet the same
        complexity rules as at creation. Returns None once the password is changed.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}``.

        Args:
            server_name: Name of the server.
            admin_password: The new administrator password (at least 8 characters, three of the
                four kinds: uppercase, lowercase, digits, symbols).
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string(
            "admin_password",
            admin_password,
            required=True,
            min_length=8,
            max_length=128,
            secret=True,
        )
        query: list[tuple[str, str]] = []
        query.append(("op", "ResetPassword"))
        request = ServerAdminPasswordInput(
            admin_password=admin_password,
        )
        body = serialize_server_admin_password_input(request)
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            operation="set_server_admin_password",
        )

    def delete_server(
        self,
        server_name: str,
    ) -> None:
        """Deletes a SQL Database server together with all its databases and firewall rules. The
        databases cannot be recovered afterwards. Returns None.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}``.

        Args:
            server_name: Name of the server to delete.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}",
            x_ms_version="2014-10-01",
            operation="delete_server",
        )

    def list_servers(
        self,
    ) -> Servers:
        """Lists the SQL Database servers of the subscription, with their login, region and domain
        name.

        ``GET /{subscription_id}/services/sqlservers/servers``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/sqlservers/servers",
            x_ms_version="2014-10-01",
            operation="list_servers",
        )
        return self._read(response, deserialize_servers)

    def list_quotas(
        self,
        server_name: str,
    ) -> ResultList[ServerQuota]:
        """Lists the quotas of a server (e.g. `server_dtu_quota`, the database throughput units the
        server's databases may use in total), each with its current value.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        serverquotas``.

        Args:
            server_name: Name of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "serverquotas",
            x_ms_version="2014-10-01",
            operation="list_quotas",
        )
        return self._read(response, deserialize_service_resources_of_server_quota)

    def get_server_event_logs(
        self,
        server_name: str,
        start_date: str,
        interval_size_in_minutes: int,
        event_types: str | None = "",
    ) -> ResultList[EventLog]:
        """Returns the event logs of a server (connections, deadlocks, throttling) for one interval
        starting at `start_date`, aggregated per database, event type and interval.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/events``.

        Args:
            server_name: Name of the server.
            start_date: Start of the interval, in UTC, written `YYYY-MM-DD hh:mm:ss` (e.g.
                `2011-09-28 16:05:00`; the ISO 8601 `T` separator is accepted too).
            interval_size_in_minutes: Length of the interval in minutes: 5, 60 or 1440.
            event_types: Kind of events to return: connection_successful, connection_failed,
                connection_terminated, deadlock, throttling or throttling_long_transaction; the
                empty string (the default) returns every kind.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string(
            "start_date",
            start_date,
            required=True,
            pattern="\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?",
        )
        interval_size_in_minutes = check_int(
            "interval_size_in_minutes",
            interval_size_in_minutes,
            required=True,
            minimum=1,
            maximum=1440,
        )
        if event_types is not None:
            check_string("event_types", event_types, pattern="[a-z_,]*")
        query: list[tuple[str, str]] = []
        if start_date is not None:
            query.append(("startDate", start_date))
        if interval_size_in_minutes is not None:
            query.append(("intervalSizeInMinutes", format_int(interval_size_in_minutes)))
        if event_types is not None:
            query.append(("eventTypes", event_types))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "events",
            x_ms_version="2014-10-01",
            query=query,
            operation="get_server_event_logs",
        )
        return self._read(response, deserialize_service_resources_of_event_log)

    def create_firewall_rule(
        self,
        server_name: str,
        name: str,
        start_ip_address: str,
        end_ip_address: str,
    ) -> FirewallRule:
        """Creates a server-level firewall rule allowing connections from a range of IPv4 addresses
        (0.0.0.0 to 0.0.0.0 allows Azure services). Returns the new rule.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        firewallrules``.

        Args:
            server_name: Name of the server.
            name: Name of the new rule (unique on the server, up to 128 characters).
            start_ip_address: First IPv4 address of the allowed range (`0.0.0.0` is the lowest).
            end_ip_address: Last IPv4 address of the allowed range, not below the first
                (`255.255.255.255` is the highest).
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True, min_length=1, max_length=128)
        check_string(
            "start_ip_address", start_ip_address, required=True, pattern="(\\d{1,3}\\.){3}\\d{1,3}"
        )
        check_string(
            "end_ip_address", end_ip_address, required=True, pattern="(\\d{1,3}\\.){3}\\d{1,3}"
        )
        request = FirewallRuleInput(
            name=name,
            start_ip_address=start_ip_address,
            end_ip_address=end_ip_address,
        )
        body = serialize_firewall_rule_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "firewallrules",
            x_ms_version="2014-10-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_firewall_rule",
        )
        return self._read(response, deserialize_firewall_rule)

    def update_firewall_rule(
        self,
        server_name: str,
        name: str,
        start_ip_address: str,
        end_ip_address: str,
    ) -> FirewallRule:
        """Changes the address range of an existing server-level firewall rule. Returns the updated
        rule.

        ``PUT /{subscription_id}/services/sqlservers/servers/{server_name}/
        firewallrules/{name}``.

        Args:
            server_name: Name of the server.
            name: Name of the rule to change.
            start_ip_address: New first IPv4 address of the allowed range.
            end_ip_address: New last IPv4 address of the allowed range.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        check_string(
            "start_ip_address", start_ip_address, required=True, pattern="(\\d{1,3}\\.){3}\\d{1,3}"
        )
        check_string(
            "end_ip_address", end_ip_address, required=True, pattern="(\\d{1,3}\\.){3}\\d{1,3}"
        )
        request = FirewallRuleInput(
            name=name,
            start_ip_address=start_ip_address,
            end_ip_address=end_ip_address,
        )
        body = serialize_firewall_rule_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "firewallrules/"
            f"{quote_segment(name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_firewall_rule",
        )
        return self._read(response, deserialize_firewall_rule)

    def delete_firewall_rule(
        self,
        server_name: str,
        name: str,
    ) -> None:
        """Deletes a server-level firewall rule. Returns None.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}/
        firewallrules/{name}``.

        Args:
            server_name: Name of the server.
            name: Name of the rule to delete.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "firewallrules/"
            f"{quote_segment(name)}",
            x_ms_version="2014-10-01",
            operation="delete_firewall_rule",
        )

    def list_firewall_rules(
        self,
        server_name: str,
    ) -> ResultList[FirewallRule]:
        """Lists the server-level firewall rules of a server.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        firewallrules``.

        Args:
            server_name: Name of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "firewallrules",
            x_ms_version="2014-10-01",
            operation="list_firewall_rules",
        )
        return self._read(response, deserialize_service_resources_of_firewall_rule)

    def list_service_level_objectives(
        self,
        server_name: str,
    ) -> ResultList[ServiceObjective]:
        """Lists the service level objectives (performance levels such as Basic, S0, S1, P1) a
        database of the server can be given; their `id` is what create_database and
        update_database take as `service_objective_id`.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/
        serviceobjectives``.

        Args:
            server_name: Name of the server.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "serviceobjectives",
            x_ms_version="2014-10-01",
            operation="list_service_level_objectives",
        )
        return self._read(response, deserialize_service_resources_of_service_objective)

    def create_database(
        self,
        server_name: str,
        name: str,
        service_objective_id: str,
        edition: str | None = None,
        collation_name: str | None = None,
        max_size_bytes: int | None = None,
    ) -> Database:
        """Creates a database on a server with a service level objective and, optionally, an
        edition, a collation and a maximum size. Returns the new database.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases``.

        Args:
            server_name: Name of the server.
            name: Name of the new database (up to 128 characters, unique on the server).
            service_objective_id: Id (a GUID) of the performance level of the database, from
                list_service_level_objectives.
            edition: Edition of the database: Basic, Standard or Premium (Web and Business are
                retired editions). None lets the service choose.
            collation_name: Collation of the database (e.g. `SQL_Latin1_General_CP1_CI_AS`, the
                default).
            max_size_bytes: Maximum size of the database in bytes, one of the sizes its edition
                allows (e.g. 2147483648 for 2 GB). None means the edition's default.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True, min_length=1, max_length=128)
        check_string("service_objective_id", service_objective_id, required=True, min_length=1)
        if edition is not None:
            check_string(
                "edition", edition, enum=("Web", "Business", "Basic", "Standard", "Premium")
            )
        if collation_name is not None:
            check_string("collation_name", collation_name)
        if max_size_bytes is not None:
            max_size_bytes = check_int("max_size_bytes", max_size_bytes, minimum=1)
        request = CreateDatabaseInput(
            name=name,
            edition=edition,
            collation_name=collation_name,
            max_size_bytes=max_size_bytes,
            service_objective_id=service_objective_id,
        )
        body = serialize_create_database_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases",
            x_ms_version="2014-10-01",
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_database",
        )
        return self._read(response, deserialize_database)

    def update_database(
        self,
        server_name: str,
        name: str,
        new_database_name: str | None = None,
        service_objective_id: str | None = None,
        edition: str | None = None,
        max_size_bytes: int | None = None,
    ) -> Database:
        """Changes a database: renames it, or changes its edition, maximum size or service level
        objective. Arguments left None are not changed. Returns the updated database.

        ``PUT /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{name}``.

        Args:
            server_name: Name of the server.
            name: Current name of the database.
            new_database_name: New name of the database; None keeps the current one.
            service_objective_id: Id (a GUID) of the new performance level, from
                list_service_level_objectives.
            edition: New edition: Basic, Standard or Premium (Web and Business are retired).
            max_size_bytes: New maximum size in bytes, one of the sizes the edition allows.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        if new_database_name is not None:
            check_string("new_database_name", new_database_name, min_length=1, max_length=128)
        if service_objective_id is not None:
            check_string("service_objective_id", service_objective_id, min_length=1)
        if edition is not None:
            check_string(
                "edition", edition, enum=("Web", "Business", "Basic", "Standard", "Premium")
            )
        if max_size_bytes is not None:
            max_size_bytes = check_int("max_size_bytes", max_size_bytes, minimum=1)
        request = UpdateDatabaseInput(
            new_database_name=new_database_name,
            edition=edition,
            max_size_bytes=max_size_bytes,
            service_objective_id=service_objective_id,
        )
        body = serialize_update_database_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_database",
        )
        return self._read(response, deserialize_database)

    def delete_database(
        self,
        server_name: str,
        name: str,
    ) -> None:
        """Deletes a database of a server. The `master` database cannot be deleted. Returns None.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}/
        databases/{name}``.

        Args:
            server_name: Name of the server.
            name: Name of the database to delete.
        """
        check_string("server_name", server_name, required=True)
        check_path_segment("server_name", server_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(server_name)}/"
            "databases/"
            f"{quote_segment(name)}",
            x_ms_version="2014-10-01",
            operation="delete_database",
        )

    def list_databases(
        self,
        name: str,
    ) -> ResultList[Database]:
        """Lists the databases of a server, including the `master` system database. (The argument
        is the server's name; it is called `name` as in the reference package.)

        ``GET /{subscription_id}/services/sqlservers/servers/{name}/databases``.

        Args:
            name: Name of the server whose databases are listed.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        query: list[tuple[str, str]] = []
        query.append(("contentview", "generic"))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "sqlservers/"
            "servers/"
            f"{quote_segment(name)}/"
            "databases",
            x_ms_version="2014-10-01",
            query=query,
            operation="list_databases",
        )
        return self._read(response, deserialize_service_resources_of_database)


class StoreManagementService(ServiceClient):
    """Client for Windows Azure Store add-ons: create, change the plan of and delete the
    third-party add-ons of a cloud service (list them with SchedulerManagementService's
    list_cloud_services, among each cloud service's resources).

    ``StoreManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/xml"
    x_ms_version = "2013-06-01"

    def _operation_status(self, request_id: str) -> Operation:
        return self.get_store_operation_status(request_id)

    def get_operation_status(self, request_id: str) -> Operation:
        """The status of an asynchronous operation: `get_store_operation_status`.

        Operation names are global in the spec, so this client's status operation has a name
        of its own; code written for the reference package calls it by the name every
        reference client has.
        """
        return self.get_store_operation_status(request_id)

    def get_store_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous Store operation, given its request id.

        ``GET /{subscription_id}/operations/{request_id}``.

        Args:
            request_id: The request id of the asynchronous operation.
        """
        check_string("request_id", request_id, required=True)
        check_path_segment("request_id", request_id)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations/{quote_segment(request_id)}",
            x_ms_version="2013-06-01",
            operation="get_store_operation_status",
        )
        return self._read(response, deserialize_operation)

    def create_store_add_on(
        self,
        cloud_service_name: str,
        type: str,
        resource_name: str,
        add_on_name: str,
        plan: str,
        promotion_code: str | None = None,
    ) -> AsyncOperation:
        """Buys a Store add-on on a plan and places it in a cloud service. Asynchronous.

        ``PUT /{subscription_id}/CloudServices/{cloud_service_name}/resources/{type}/
        {resource_name}/{add_on_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            cloud_service_name: Name of the cloud service.
            type: Type of the add-on as the Store names it (its provider, e.g. `sendgrid`).
            resource_name: Kind of resource the provider offers (e.g. `sendgrid_azure`).
            add_on_name: Name of the add-on.
            plan: Plan of the add-on (`free`, `bronze`, ...).
            promotion_code: Promotion code to apply, if any.
        """
        check_string("cloud_service_name", cloud_service_name, required=True)
        check_path_segment("cloud_service_name", cloud_service_name)
        check_string("type", type, required=True)
        check_path_segment("type", type)
        check_string("resource_name", resource_name, required=True)
        check_path_segment("resource_name", resource_name)
        check_string("add_on_name", add_on_name, required=True)
        check_path_segment("add_on_name", add_on_name)
        check_string("plan", plan, required=True)
        if promotion_code is not None:
            check_string("promotion_code", promotion_code)
        request = StoreAddOnInput(
            type=type,
            plan=plan,
            promotion_code=promotion_code,
        )
        body = serialize_store_add_on_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "CloudServices/"
            f"{quote_segment(cloud_service_name)}/"
            "resources/"
            f"{quote_segment(type)}/"
            f"{quote_segment(resource_name)}/"
            f"{quote_segment(add_on_name)}",
            x_ms_version="2013-06-01",
            body=body,
            operation="create_store_add_on",
        )
        return self._async_operation(response)

    def update_store_add_on(
        self,
        cloud_service_name: str,
        type: str,
        resource_name: str,
        add_on_name: str,
        plan: str,
        promotion_code: str | None = None,
        if_match: str | None = "*",
    ) -> AsyncOperation:
        """Changes the plan (or promotion code) of a Store add-on. Asynchronous.

        ``PUT /{subscription_id}/CloudServices/{cloud_service_name}/resources/{type}/
        {resource_name}/{add_on_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            cloud_service_name: Name of the cloud service.
            type: Type of the add-on as the Store names it (its provider, e.g. `sendgrid`).
            resource_name: Kind of resource the provider offers (e.g. `sendgrid_azure`).
            add_on_name: Name of the add-on.
            plan: New plan of the add-on.
            promotion_code: Promotion code to apply, if any.
            if_match: Precondition on the add-on's version; `*` (the default) changes whatever
                is there.
        """
        check_string("cloud_service_name", cloud_service_name, required=True)
        check_path_segment("cloud_service_name", cloud_service_name)
        check_string("type", type, required=True)
        check_path_segment("type", type)
        check_string("resource_name", resource_name, required=True)
        check_path_segment("resource_name", resource_name)
        check_string("add_on_name", add_on_name, required=True)
        check_path_segment("add_on_name", add_on_name)
        check_string("plan", plan, required=True)
        if promotion_code is not None:
            check_string("promotion_code", promotion_code)
        if if_match is not None:
            check_string("if_match", if_match)
        headers: dict[str, str] = {}
        if if_match is not None:
            headers["If-Match"] = if_match
        request = StoreAddOnInput(
            type=type,
            plan=plan,
            promotion_code=promotion_code,
        )
        body = serialize_store_add_on_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "CloudServices/"
            f"{quote_segment(cloud_service_name)}/"
            "resources/"
            f"{quote_segment(type)}/"
            f"{quote_segment(resource_name)}/"
            f"{quote_segment(add_on_name)}",
            x_ms_version="2013-06-01",
            headers=headers,
            body=body,
            operation="update_store_add_on",
        )
        return self._async_operation(response)

    def delete_store_add_on(
        self,
        cloud_service_name: str,
        resource_provider_namespace: str,
        resource_provider_type: str,
        resource_provider_name: str,
    ) -> AsyncOperation:
        """Cancels a Store add-on and removes it from its cloud service. Asynchronous.

        ``DELETE /{subscription_id}/CloudServices/{cloud_service_name}/resources/
        {resource_provider_namespace}/{resource_provider_type}/{resource_provider_name}``
        (asynchronous: returns an `AsyncOperation`).

        Args:
            cloud_service_name: Name of the cloud service.
            resource_provider_namespace: Type of the add-on (its provider).
            resource_provider_type: Kind of resource of the provider.
            resource_provider_name: Name of the add-on.
        """
        check_string("cloud_service_name", cloud_service_name, required=True)
        check_path_segment("cloud_service_name", cloud_service_name)
        check_string("resource_provider_namespace", resource_provider_namespace, required=True)
        check_path_segment("resource_provider_namespace", resource_provider_namespace)
        check_string("resource_provider_type", resource_provider_type, required=True)
        check_path_segment("resource_provider_type", resource_provider_type)
        check_string("resource_provider_name", resource_provider_name, required=True)
        check_path_segment("resource_provider_name", resource_provider_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "CloudServices/"
            f"{quote_segment(cloud_service_name)}/"
            "resources/"
            f"{quote_segment(resource_provider_namespace)}/"
            f"{quote_segment(resource_provider_type)}/"
            f"{quote_segment(resource_provider_name)}",
            x_ms_version="2013-06-01",
            operation="delete_store_add_on",
        )
        return self._async_operation(response)


class TrafficManagerManagementService(ServiceClient):
    """Client for Traffic Manager (classic): profiles, their definitions (monitors, load balancing
    policy and endpoints) and the monitoring status of the endpoints. Every call is synchronous.

    ``TrafficManagerManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/xml"
    x_ms_version = "2011-10-01"

    def check_traffic_manager_dns_prefix_availability(
        self,
        dns_name: str,
    ) -> TrafficManagerDnsPrefixAvailability:
        """Tells whether a Traffic Manager domain name (`myapp.trafficmanager.net`) is free to be
        given to a new profile.

        ``GET /{subscription_id}/services/WATM/operations/isavailable/{dns_name}``.

        Args:
            dns_name: The domain name to check, ending in `.trafficmanager.net`.
        """
        check_string("dns_name", dns_name, required=True)
        check_path_segment("dns_name", dns_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "operations/"
            "isavailable/"
            f"{quote_segment(dns_name)}",
            x_ms_version="2011-10-01",
            operation="check_traffic_manager_dns_prefix_availability",
        )
        return self._read(response, deserialize_traffic_manager_dns_prefix_availability)

    def create_traffic_manager_profile(
        self,
        name: str,
        domain_name: str,
    ) -> None:
        """Creates a Traffic Manager profile for a domain name under `trafficmanager.net`. The
        profile has no definition until create_traffic_manager_definition gives it one.

        ``POST /{subscription_id}/services/WATM/profiles``.

        Args:
            name: Name of the profile (at most 256 characters, unique in the subscription).
            domain_name: The profile's domain name: a prefix followed by `.trafficmanager.net`.
        """
        check_string("name", name, required=True, min_length=1, max_length=256)
        check_string("domain_name", domain_name, required=True, min_length=1, max_length=253)
        request = CreateTrafficManagerProfile(
            domain_name=domain_name,
            name=name,
        )
        body = serialize_create_traffic_manager_profile(request)
        self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/services/WATM/profiles",
            x_ms_version="2011-10-01",
            body=body,
            expect=(200,),
            operation="create_traffic_manager_profile",
        )

    def delete_traffic_manager_profile(
        self,
        profile_name: str,
    ) -> None:
        """Deletes a Traffic Manager profile and its definition; its domain name becomes free.

        ``DELETE /{subscription_id}/services/WATM/profiles/{profile_name}``.

        Args:
            profile_name: Name of the profile.
        """
        check_string("profile_name", profile_name, required=True)
        check_path_segment("profile_name", profile_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "profiles/"
            f"{quote_segment(profile_name)}",
            x_ms_version="2011-10-01",
            expect=(200,),
            operation="delete_traffic_manager_profile",
        )

    def get_traffic_manager_profile(
        self,
        profile_name: str,
    ) -> TrafficManagerProfile:
        """Returns a Traffic Manager profile with its status, enabled definition version and
        definitions.

        ``GET /{subscription_id}/services/WATM/profiles/{profile_name}``.

        Args:
            profile_name: Name of the profile.
        """
        check_string("profile_name", profile_name, required=True)
        check_path_segment("profile_name", profile_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "profiles/"
            f"{quote_segment(profile_name)}",
            x_ms_version="2011-10-01",
            operation="get_traffic_manager_profile",
        )
        return self._read(response, deserialize_traffic_manager_profile)

    def list_traffic_manager_profiles(
        self,
    ) -> ResultList[TrafficManagerProfile]:
        """Lists the Traffic Manager profiles of the subscription.

        ``GET /{subscription_id}/services/WATM/profiles``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/WATM/profiles",
            x_ms_version="2011-10-01",
            operation="list_traffic_manager_profiles",
        )
        return self._read(response, deserialize_profiles)

    def update_traffic_manager_profile(
        self,
        profile_name: str,
        status: str | None = "Enabled",
        enabled_version: int | None = 1,
    ) -> None:
        """Enables or disables a Traffic Manager profile and chooses the version of its definition
        that is in use (always 1).

        ``PUT /{subscription_id}/services/WATM/profiles/{profile_name}``.

        Args:
            profile_name: Name of the profile.
            status: `Enabled` (Traffic Manager answers DNS queries for the profile) or
                `Disabled`.
            enabled_version: Version of the definition to use (1, the only one).
        """
        check_string("profile_name", profile_name, required=True)
        check_path_segment("profile_name", profile_name)
        check_string("status", status, required=True, enum=("Enabled", "Disabled"))
        enabled_version = check_int("enabled_version", enabled_version, required=True, minimum=1)
        request = UpdateTrafficManagerProfile(
            status=status,
            enabled_version=enabled_version,
        )
        body = serialize_update_traffic_manager_profile(request)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "profiles/"
            f"{quote_segment(profile_name)}",
            x_ms_version="2011-10-01",
            body=body,
            expect=(200,),
            operation="update_traffic_manager_profile",
        )

    def create_traffic_manager_definition(
        self,
        profile_name: str,
        dns_options: TrafficManagerDnsOptions,
        monitors: list[TrafficManagerMonitor],
        policy: TrafficManagerPolicy,
    ) -> None:
        """Gives a profile its definition (replacing the one it had): the DNS time to live, the
        monitors that probe the endpoints and the load-balancing policy over the endpoints. The
        profile is enabled on the new definition.

        ``POST /{subscription_id}/services/WATM/profiles/{profile_name}/
        definitions``.

        Args:
            profile_name: Name of the profile.
            dns_options: DNS options: the time to live of the profile's DNS answers.
            monitors: The monitors probing each endpoint (ASM takes one).
            policy: The load-balancing method and the endpoints.
        """
        check_string("profile_name", profile_name, required=True)
        check_path_segment("profile_name", profile_name)
        check_instance("dns_options", dns_options, TrafficManagerDnsOptions, required=True)
        if dns_options is not None:
            validate_traffic_manager_dns_options(dns_options, "dns_options.")
        check_list("monitors", monitors, required=True)
        if monitors is not None:
            for index, monitors_item in enumerate(monitors):
                check_instance(
                    f"monitors[{index}]", monitors_item, TrafficManagerMonitor, required=True
                )
                validate_traffic_manager_monitor(monitors_item, f"monitors[{index}].")
        check_instance("policy", policy, TrafficManagerPolicy, required=True)
        if policy is not None:
            validate_traffic_manager_policy(policy, "policy.")
        request = TrafficManagerDefinition(
            dns_options=dns_options,
            monitors=monitors,
            policy=policy,
        )
        body = serialize_traffic_manager_definition(request)
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "profiles/"
            f"{quote_segment(profile_name)}/"
            "definitions",
            x_ms_version="2011-10-01",
            body=body,
            expect=(200,),
            operation="create_traffic_manager_definition",
        )

    def get_traffic_manager_definition(
        self,
        profile_name: str,
    ) -> TrafficManagerDefinition:
        """Returns the definition of a profile (version 1), with the monitoring status of the
        policy and of each endpoint.

        ``GET /{subscription_id}/services/WATM/profiles/{profile_name}/definitions/
        1``.

        Args:
            profile_name: Name of the profile.
        """
        check_string("profile_name", profile_name, required=True)
        check_path_segment("profile_name", profile_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "profiles/"
            f"{quote_segment(profile_name)}/"
            "definitions/"
            "1",
            x_ms_version="2011-10-01",
            operation="get_traffic_manager_definition",
        )
        return self._read(response, deserialize_traffic_manager_definition)

    def list_traffic_manager_definitions(
        self,
        profile_name: str,
    ) -> ResultList[TrafficManagerDefinition]:
        """Lists the definitions of a profile (at most one), with their monitoring status.

        ``GET /{subscription_id}/services/WATM/profiles/{profile_name}/
        definitions``.

        Args:
            profile_name: Name of the profile.
        """
        check_string("profile_name", profile_name, required=True)
        check_path_segment("profile_name", profile_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WATM/"
            "profiles/"
            f"{quote_segment(profile_name)}/"
            "definitions",
            x_ms_version="2011-10-01",
            operation="list_traffic_manager_definitions",
        )
        return self._read(response, deserialize_definitions)


class WebsiteManagementService(ServiceClient):
    """Client for Azure Websites (classic) management: webspaces (the regional containers of
    sites), sites, their state, usage metrics and publish profiles.

    ``WebsiteManagementService(subscription_id, cert_file)`` connects with a management
    certificate (a PEM file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/atom+xml;type=entry;charset=utf-8"
    x_ms_version = "2014-10-01"

    def _operation_status(self, request_id: str) -> Operation:
        return self.get_website_operation_status(request_id)

    def get_operation_status(self, request_id: str) -> Operation:
        """The status of an asynchronous operation: `get_website_operation_status`.

        Operation names are global in the spec, so this client's status operation has a name
        of its own; code written for the reference package calls it by the name every
        reference client has.
        """
        return self.get_website_operation_status(request_id)

    def backup_site(
        self,
        webspace_name: str,
        website_name: str,
        storage_account_url: str,
        name: str | None = None,
        databases: list[DatabaseBackupSetting] | None = None,
        backup_schedule: BackupSchedule | None = None,
        enabled: bool | None = None,
    ) -> BackupItem:
        """Backs a site up now to the storage account container `storage_account_url` (a SAS URL
        with write access). Returns the new backup.

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/backup``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            storage_account_url: SAS URL of the storage account container the backups go to.
            name: Name of the backup (the blob name is derived from it); None: the site's name.
            databases: Databases backed up with the site, if any.
            backup_schedule: Schedule of the backups (backup configuration only).
            enabled: Whether the schedule is on (backup configuration only).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("storage_account_url", storage_account_url, required=True)
        if name is not None:
            check_string("name", name)
        if databases is not None:
            check_list("databases", databases)
            for index, databases_item in enumerate(databases):
                check_instance(
                    f"databases[{index}]", databases_item, DatabaseBackupSetting, required=True
                )
                validate_database_backup_setting(databases_item, f"databases[{index}].")
        if backup_schedule is not None:
            check_instance("backup_schedule", backup_schedule, BackupSchedule)
            validate_backup_schedule(backup_schedule, "backup_schedule.")
        if enabled is not None:
            enabled = check_bool("enabled", enabled)
        request = BackupRequest(
            backup_schedule=backup_schedule,
            databases=databases,
            enabled=enabled,
            name=name,
            storage_account_url=storage_account_url,
        )
        body = serialize_backup_request(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "backup",
            x_ms_version="2014-04-01",
            body=body,
            operation="backup_site",
        )
        return self._read(response, deserialize_backup_item)

    def get_site_backup_configuration(
        self,
        webspace_name: str,
        website_name: str,
    ) -> BackupRequest:
        """Returns the scheduled backup configuration of a site (404 when it has none).

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/backup/config``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "backup/"
            "config",
            x_ms_version="2014-04-01",
            operation="get_site_backup_configuration",
        )
        return self._read(response, deserialize_backup_request)

    def update_site_backup_configuration(
        self,
        webspace_name: str,
        website_name: str,
        storage_account_url: str,
        name: str | None = None,
        databases: list[DatabaseBackupSetting] | None = None,
        backup_schedule: BackupSchedule | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Sets the scheduled backup configuration of a site (replacing the one it had).

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/backup/config``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            storage_account_url: SAS URL of the storage account container the backups go to.
            name: Name of the backup (the blob name is derived from it); None: the site's name.
            databases: Databases backed up with the site, if any.
            backup_schedule: Schedule of the backups (backup configuration only).
            enabled: Whether the schedule is on (backup configuration only).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("storage_account_url", storage_account_url, required=True)
        if name is not None:
            check_string("name", name)
        if databases is not None:
            check_list("databases", databases)
            for index, databases_item in enumerate(databases):
                check_instance(
                    f"databases[{index}]", databases_item, DatabaseBackupSetting, required=True
                )
                validate_database_backup_setting(databases_item, f"databases[{index}].")
        if backup_schedule is not None:
            check_instance("backup_schedule", backup_schedule, BackupSchedule)
            validate_backup_schedule(backup_schedule, "backup_schedule.")
        if enabled is not None:
            enabled = check_bool("enabled", enabled)
        request = BackupRequest(
            backup_schedule=backup_schedule,
            databases=databases,
            enabled=enabled,
            name=name,
            storage_account_url=storage_account_url,
        )
        body = serialize_backup_request(request)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "backup/"
            "config",
            x_ms_version="2014-04-01",
            body=body,
            operation="update_site_backup_configuration",
        )

    def list_site_backups(
        self,
        webspace_name: str,
        website_name: str,
    ) -> ResultList[BackupItem]:
        """Lists the backups of a site, oldest first.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/restore``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "restore",
            x_ms_version="2014-04-01",
            operation="list_site_backups",
        )
        return self._read(response, deserialize_backup_items)

    def discover_site_backup(
        self,
        webspace_name: str,
        website_name: str,
        storage_account_url: str,
        blob_name: str,
        overwrite: bool | None = False,
        databases: list[DatabaseBackupSetting] | None = None,
        ignore_conflicting_host_names: bool | None = None,
        adjust_connection_strings: bool | None = None,
    ) -> RestoreRequest:
        """Reads a backup blob ahead of a restore: answers the restore request it makes possible,
        with the databases the backup holds.

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/restore/discover``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot) to restore into.
            storage_account_url: SAS URL of the container holding the backup.
            blob_name: Name of the backup's blob.
            overwrite: Whether to overwrite the site (required to restore into an existing
                site).
            databases: Databases to restore, if any.
            ignore_conflicting_host_names: Whether to drop custom host names other sites use, if
                set.
            adjust_connection_strings: Whether to point connection strings at the restored
                databases, if set.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("storage_account_url", storage_account_url, required=True)
        check_string("blob_name", blob_name, required=True)
        if overwrite is not None:
            overwrite = check_bool("overwrite", overwrite)
        if databases is not None:
            check_list("databases", databases)
            for index, databases_item in enumerate(databases):
                check_instance(
                    f"databases[{index}]", databases_item, DatabaseBackupSetting, required=True
                )
                validate_database_backup_setting(databases_item, f"databases[{index}].")
        if ignore_conflicting_host_names is not None:
            ignore_conflicting_host_names = check_bool(
                "ignore_conflicting_host_names", ignore_conflicting_host_names
            )
        if adjust_connection_strings is not None:
            adjust_connection_strings = check_bool(
                "adjust_connection_strings", adjust_connection_strings
            )
        request = RestoreRequest(
            adjust_connection_strings=adjust_connection_strings,
            blob_name=blob_name,
            databases=databases,
            ignore_conflicting_host_names=ignore_conflicting_host_names,
            overwrite=overwrite,
            storage_account_url=storage_account_url,
        )
        body = serialize_restore_request(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "restore/"
            "discover",
            x_ms_version="2014-04-01",
            body=body,
            operation="discover_site_backup",
        )
        return self._read(response, deserialize_restore_request)

    def restore_site(
        self,
        webspace_name: str,
        website_name: str,
        storage_account_url: str,
        blob_name: str,
        overwrite: bool | None = False,
        databases: list[DatabaseBackupSetting] | None = None,
        ignore_conflicting_host_names: bool | None = None,
        adjust_connection_strings: bool | None = None,
    ) -> RestoreResponse:
        """Restores a site from a backup (content and configuration). Returns the id of the
        Websites operation (see get_site_operation_status).

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/restore``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot) to restore into.
            storage_account_url: SAS URL of the container holding the backup.
            blob_name: Name of the backup's blob.
            overwrite: Whether to overwrite the site (required to restore into an existing
                site).
            databases: Databases to restore, if any.
            ignore_conflicting_host_names: Whether to drop custom host names other sites use, if
                set.
            adjust_connection_strings: Whether to point connection strings at the restored
                databases, if set.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("storage_account_url", storage_account_url, required=True)
        check_string("blob_name", blob_name, required=True)
        if overwrite is not None:
            overwrite = check_bool("overwrite", overwrite)
        if databases is not None:
            check_list("databases", databases)
            for index, databases_item in enumerate(databases):
                check_instance(
                    f"databases[{index}]", databases_item, DatabaseBackupSetting, required=True
                )
                validate_database_backup_setting(databases_item, f"databases[{index}].")
        if ignore_conflicting_host_names is not None:
            ignore_conflicting_host_names = check_bool(
                "ignore_conflicting_host_names", ignore_conflicting_host_names
            )
        if adjust_connection_strings is not None:
            adjust_connection_strings = check_bool(
                "adjust_connection_strings", adjust_connection_strings
            )
        request = RestoreRequest(
            adjust_connection_strings=adjust_connection_strings,
            blob_name=blob_name,
            databases=databases,
            ignore_conflicting_host_names=ignore_conflicting_host_names,
            overwrite=overwrite,
            storage_account_url=storage_account_url,
        )
        body = serialize_restore_request(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "restore",
            x_ms_version="2014-04-01",
            body=body,
            operation="restore_site",
        )
        return self._read(response, deserialize_restore_response)

    def get_site_configuration(
        self,
        webspace_name: str,
        website_name: str,
    ) -> Any:
        """Returns the configuration of a site (app settings, connection strings, default
        documents, framework versions, logging, ...) as decoded JSON. It holds the publishing
        password and connection strings: keep it secret.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/config``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "config",
            x_ms_version="2014-04-01",
            operation="get_site_configuration",
        )
        return self._read_json(response)

    def update_site_configuration(
        self,
        webspace_name: str,
        website_name: str,
        config: Any,
    ) -> None:
        """Changes the configuration of a site: each key of `config` replaces that setting (a list
        such as AppSettings as a whole); keys left out are left as they are.

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/config``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            config: The settings to change, keyed as get_site_configuration answers them (e.g.
                `{"AppSettings": [{"Name": "MODE", "Value": "test"}], "PhpVersion": "5.6"}`).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_json("config", config, required=True)
        headers: dict[str, str] = {}
        headers["Content-Type"] = "application/json; charset=utf-8"
        body = json_body(config)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "config",
            x_ms_version="2014-04-01",
            headers=headers,
            body=body,
            operation="update_site_configuration",
        )

    def create_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        entity_name: str,
        hostname: str,
        port: int,
        resource_connection_string: str,
        resource_type: str,
        biztalk_uri: str | None = None,
        entity_connection_string: str | None = None,
    ) -> RelayServiceConnectionEntity:
        """Adds a hybrid connection to a site. Returns the new connection.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/hybridconnection``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            entity_name: Name of the hybrid connection.
            hostname: Host the connection reaches.
            port: Port the connection reaches, 1 to 65535.
            resource_connection_string: Connection string of the BizTalk Services relay.
            resource_type: Type of the relay resource (e.g. `BizTalk`).
            biztalk_uri: URI of the BizTalk Services, if any.
            entity_connection_string: Connection string of the relay entity, if any.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("entity_name", entity_name, required=True)
        check_string("hostname", hostname, required=True)
        port = check_int("port", port, required=True, minimum=1, maximum=65535)
        check_string(
            "resource_connection_string", resource_connection_string, required=True, secret=True
        )
        check_string("resource_type", resource_type, required=True)
        if biztalk_uri is not None:
            check_string("biztalk_uri", biztalk_uri)
        if entity_connection_string is not None:
            check_string("entity_connection_string", entity_connection_string, secret=True)
        request = RelayServiceConnectionEntity(
            biztalk_uri=biztalk_uri,
            entity_connection_string=entity_connection_string,
            entity_name=entity_name,
            hostname=hostname,
            port=port,
            resource_connection_string=resource_connection_string,
            resource_type=resource_type,
        )
        body = serialize_relay_service_connection_entity(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "hybridconnection",
            x_ms_version="2014-04-01",
            body=body,
            operation="create_hybrid_connection",
        )
        return self._read(response, deserialize_relay_service_connection_entity)

    def get_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        hybrid_connection_name: str,
    ) -> RelayServiceConnectionEntity:
        """Returns one hybrid connection of a site.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/hybridconnection/{hybrid_connection_name}``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            hybrid_connection_name: Name of the hybrid connection.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("hybrid_connection_name", hybrid_connection_name, required=True)
        check_path_segment("hybrid_connection_name", hybrid_connection_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "hybridconnection/"
            f"{quote_segment(hybrid_connection_name)}",
            x_ms_version="2014-04-01",
            operation="get_hybrid_connection",
        )
        return self._read(response, deserialize_relay_service_connection_entity)

    def list_hybrid_connections(
        self,
        webspace_name: str,
        website_name: str,
    ) -> ResultList[RelayServiceConnectionEntity]:
        """Lists the hybrid connections of a site.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/hybridconnection``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "hybridconnection",
            x_ms_version="2014-04-01",
            operation="list_hybrid_connections",
        )
        return self._read(response, deserialize_array_of_relay_service_connection_entity)

    def update_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        entity_name: str,
        hostname: str,
        port: int,
        resource_connection_string: str,
        resource_type: str,
        biztalk_uri: str | None = None,
        entity_connection_string: str | None = None,
    ) -> None:
        """Changes the hybrid connection of a site that entity_name names.

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/hybridconnection``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            entity_name: Name of the hybrid connection.
            hostname: Host the connection reaches.
            port: Port the connection reaches, 1 to 65535.
            resource_connection_string: Connection string of the BizTalk Services relay.
            resource_type: Type of the relay resource (e.g. `BizTalk`).
            biztalk_uri: URI of the BizTalk Services, if any.
            entity_connection_string: Connection string of the relay entity, if any.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("entity_name", entity_name, required=True)
        check_string("hostname", hostname, required=True)
        port = check_int("port", port, required=True, minimum=1, maximum=65535)
        check_string(
            "resource_connection_string", resource_connection_string, required=True, secret=True
        )
        check_string("resource_type", resource_type, required=True)
        if biztalk_uri is not None:
            check_string("biztalk_uri", biztalk_uri)
        if entity_connection_string is not None:
            check_string("entity_connection_string", entity_connection_string, secret=True)
        request = RelayServiceConnectionEntity(
            biztalk_uri=biztalk_uri,
            entity_connection_string=entity_connection_string,
            entity_name=entity_name,
            hostname=hostname,
            port=port,
            resource_connection_string=resource_connection_string,
            resource_type=resource_type,
        )
        body = serialize_relay_service_connection_entity(request)
        self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "hybridconnection",
            x_ms_version="2014-04-01",
            body=body,
            operation="update_hybrid_connection",
        )

    def delete_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        hybrid_connection_name: str,
    ) -> None:
        """Removes a hybrid connection from a site.

        ``DELETE /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/hybridconnection/{hybrid_connection_name}``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            hybrid_connection_name: Name of the hybrid connection.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("hybrid_connection_name", hybrid_connection_name, required=True)
        check_path_segment("hybrid_connection_name", hybrid_connection_name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "hybridconnection/"
            f"{quote_segment(hybrid_connection_name)}",
            x_ms_version="2014-04-01",
            operation="delete_hybrid_connection",
        )

    def create_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Creates the deployment (Git) repository of a site, on its `.scm.` host.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/repository``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "repository",
            x_ms_version="2014-04-01",
            body=b"",
            operation="create_site_repository",
        )

    def get_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> RepositoryUri:
        """Returns the URI of a site's deployment repository.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/repository``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "repository",
            x_ms_version="2014-04-01",
            operation="get_site_repository",
        )
        return self._read(response, deserialize_repository_uri)

    def delete_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> RepositoryUri:
        """Deletes the deployment repository of a site; returns the URI it had.

        ``DELETE /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/repository``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "repository",
            x_ms_version="2014-04-01",
            expect=(
                200,
                204,
            ),
            operation="delete_site_repository",
        )
        return self._read(response, deserialize_repository_uri)

    def sync_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Pulls the latest changes into a site's deployment repository from its source control.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/repository``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        query: list[tuple[str, str]] = []
        query.append(("action", "sync"))
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "repository",
            x_ms_version="2014-04-01",
            query=query,
            body=b"",
            operation="sync_site_repository",
        )

    def generate_site_publishing_password(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Replaces the publishing (deployment) password of a site with a new random one, which
        get_publish_profile and get_site_configuration then answer.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/newpassword``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "newpassword",
            x_ms_version="2014-04-01",
            body=b"",
            operation="generate_site_publishing_password",
        )

    def get_site_instance_ids(
        self,
        webspace_name: str,
        website_name: str,
    ) -> InstanceIds:
        """Returns the ids of the instances (workers) a site runs on.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/instanceids``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "instanceids",
            x_ms_version="2014-04-01",
            operation="get_site_instance_ids",
        )
        return self._read(response, deserialize_instance_ids)

    def get_site_usage_metrics(
        self,
        webspace_name: str,
        website_name: str,
    ) -> ResultList[SiteUsage]:
        """Returns how much of each quota of its tier a site uses (CPU time, file system, memory,
        bandwidth), with the limits and when they reset.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/usages``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "usages",
            x_ms_version="2014-04-01",
            operation="get_site_usage_metrics",
        )
        return self._read(response, deserialize_usages)

    def swap_site_slots(
        self,
        webspace_name: str,
        website_name: str,
        source_slot: str,
        target_slot: str,
    ) -> SiteOperation:
        """Starts swapping a deployment slot of a site with another slot or with the production
        site: content, configuration and host names are exchanged, the slot settings stay.
        Returns the Websites operation to poll with get_site_operation_status.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}({source_slot})/slots``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the production site.
            source_slot: Name of the slot to swap (e.g. `staging`).
            target_slot: Name of the slot to swap with; `production` (or the site's own name) is
                the site itself.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("source_slot", source_slot, required=True)
        check_path_segment("source_slot", source_slot)
        check_string("target_slot", target_slot, required=True)
        query: list[tuple[str, str]] = []
        query.append(("Command", "swap"))
        if target_slot is not None:
            query.append(("targetSlot", target_slot))
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}({quote_segment(source_slot)})/"
            "slots",
            x_ms_version="2014-04-01",
            query=query,
            body=b"",
            expect=(
                200,
                202,
            ),
            operation="swap_site_slots",
        )
        return self._read(response, deserialize_site_operation)

    def get_site_operation_status(
        self,
        webspace_name: str,
        website_name: str,
        operation_id: str,
    ) -> SiteOperation:
        """Returns a Websites operation of a site (a slot swap), by the id swap_site_slots
        answered.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/operations/{operation_id}``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site the operation ran on.
            operation_id: Id of the operation.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("operation_id", operation_id, required=True)
        check_path_segment("operation_id", operation_id)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "operations/"
            f"{quote_segment(operation_id)}",
            x_ms_version="2014-04-01",
            operation="get_site_operation_status",
        )
        return self._read(response, deserialize_site_operation)

    def apply_slot_configuration(
        self,
        webspace_name: str,
        website_name: str,
        target_swap_slot: str,
    ) -> None:
        """Applies the slot settings of a target slot to the site ahead of a swap with it (the
        first phase of a swap with preview).

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/applySlotConfig``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
            target_swap_slot: The slot the site is to swap with.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_string("target_swap_slot", target_swap_slot, required=True)
        query: list[tuple[str, str]] = []
        if target_swap_slot is not None:
            query.append(("targetSwapSlot", target_swap_slot))
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "applySlotConfig",
            x_ms_version="2014-04-01",
            query=query,
            body=b"",
            operation="apply_slot_configuration",
        )

    def reset_slot_configuration(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Cancels apply_slot_configuration: the site has no pending swap target any more.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/resetSlotConfig``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site (or slot).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "resetSlotConfig",
            x_ms_version="2014-04-01",
            body=b"",
            operation="reset_slot_configuration",
        )

    def get_slot_config_names(
        self,
        webspace_name: str,
        website_name: str,
    ) -> Any:
        """Returns the names of the app settings and connection strings that stay with their slot
        on a swap, as decoded JSON: `{"AppSettingNames": [...], "ConnectionStringNames":
        [...]}`.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/slotConfigNames``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the production site.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "slotConfigNames",
            x_ms_version="2014-04-01",
            operation="get_slot_config_names",
        )
        return self._read_json(response)

    def update_slot_config_names(
        self,
        webspace_name: str,
        website_name: str,
        names: Any,
    ) -> None:
        """Sets the names of the app settings and connection strings that stay with their slot on a
        swap.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/slotConfigNames``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the production site.
            names: `{"ConnectionStringNames": [...], "AppSettingNames": [...]}`; a key left out
                is left as it is.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        check_json("names", names, required=True)
        headers: dict[str, str] = {}
        headers["Content-Type"] = "application/json; charset=utf-8"
        body = json_body(names)
        self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "slotConfigNames",
            x_ms_version="2014-04-01",
            headers=headers,
            body=body,
            operation="update_slot_config_names",
        )

    def get_website_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous Websites operation (update_site, restart_site),
        given the request id that started it. Same request as ServiceManagementService's
        get_operation_status.

        ``GET /{subscription_id}/operations/{request_id}``.

        Args:
            request_id: The request id of the asynchronous operation.
        """
        check_string("request_id", request_id, required=True)
        check_path_segment("request_id", request_id)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/operations/{quote_segment(request_id)}",
            x_ms_version="2014-10-01",
            operation="get_website_operation_status",
        )
        return self._read(response, deserialize_operation)

    def list_webspaces(
        self,
    ) -> WebSpaces:
        """Lists the webspaces of the subscription (one per region that holds sites).

        ``GET /{subscription_id}/services/webspaces``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/webspaces",
            x_ms_version="2014-10-01",
            operation="list_webspaces",
        )
        return self._read(response, deserialize_web_spaces)

    def get_webspace(
        self,
        webspace_name: str,
    ) -> WebSpace:
        """Returns one webspace (its region, plan and status).

        ``GET /{subscription_id}/services/webspaces/{webspace_name}``.

        Args:
            webspace_name: Name of the webspace (e.g. `eastuswebspace`).
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}",
            x_ms_version="2014-10-01",
            operation="get_webspace",
        )
        return self._read(response, deserialize_web_space)

    def list_sites(
        self,
        webspace_name: str,
    ) -> Sites:
        """Lists the sites of a webspace.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites``.

        Args:
            webspace_name: Name of the webspace.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites",
            x_ms_version="2014-10-01",
            operation="list_sites",
        )
        return self._read(response, deserialize_sites)

    def get_site(
        self,
        webspace_name: str,
        website_name: str,
    ) -> Site:
        """Returns one site with its host names, state and configuration summary.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}",
            x_ms_version="2014-10-01",
            operation="get_site",
        )
        return self._read(response, deserialize_site)

    def create_site(
        self,
        webspace_name: str,
        website_name: str,
        geo_region: str,
        host_names: list[str],
        plan: str | None = "VirtualDedicatedPlan",
        compute_mode: str | None = "Shared",
        server_farm: str | None = None,
        site_mode: str | None = None,
    ) -> Site:
        """Creates a site, and its webspace when the region has none yet. Site names are global
        (they become `<name>.azurewebsites.net`). Synchronous: returns the new site.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites``.

        Args:
            webspace_name: Name of the webspace to create the site in (e.g. `eastuswebspace`);
                created if missing.
            website_name: Name of the new site: 2 to 60 letters, digits and hyphens, not
                starting or ending with a hyphen, unique across Azure; `<site>(<slot>)` creates
                a deployment slot of the site (answering on `<site>-<slot>.azurewebsites.net`).
            geo_region: Region of the webspace that is created when missing (e.g. `East US`).
            host_names: Host names of the site: `<website_name>.azurewebsites.net`, and custom
                domains for Shared and Standard sites.
            plan: Plan of the webspace; the only value the service accepts is
                VirtualDedicatedPlan.
            compute_mode: `Shared` (Free and Shared offerings) or `Dedicated` (Standard
                offering, which needs server_farm).
            server_farm: Name of the server farm of a Dedicated site.
            site_mode: `Limited` (Free offering) or `Basic` (Shared offering); None for Standard
                sites.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string(
            "website_name",
            website_name,
            required=True,
            pattern="[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9](\\([A-Za-z0-9-]{1,40}\\))?",
        )
        check_string("geo_region", geo_region, required=True)
        check_list("host_names", host_names, required=True)
        if host_names is not None:
            for index, host_names_item in enumerate(host_names):
                check_string(f"host_names[{index}]", host_names_item, required=True)
        if plan is not None:
            check_string("plan", plan, enum=("VirtualDedicatedPlan",))
        if compute_mode is not None:
            check_string("compute_mode", compute_mode, enum=("Shared", "Dedicated"))
        if server_farm is not None:
            check_string("server_farm", server_farm)
        if site_mode is not None:
            check_string("site_mode", site_mode, enum=("Limited", "Basic"))
        request = CreateSiteInput(
            host_names=host_names,
            website_name=website_name,
            compute_mode=compute_mode,
            server_farm=server_farm,
            site_mode=site_mode,
            geo_region=geo_region,
            webspace_name=webspace_name,
            plan=plan,
        )
        body = serialize_create_site_input(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_site",
        )
        return self._read(response, deserialize_site)

    def delete_site(
        self,
        webspace_name: str,
        website_name: str,
        delete_empty_server_farm: bool | None = False,
        delete_metrics: bool | None = False,
    ) -> None:
        """Deletes a site. Synchronous: returns None once it is gone.

        ``DELETE /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site to delete.
            delete_empty_server_farm: Also delete the site's server farm when this was its last
                site.
            delete_metrics: Also delete the site's usage metrics.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        if delete_empty_server_farm is not None:
            delete_empty_server_farm = check_bool(
                "delete_empty_server_farm", delete_empty_server_farm
            )
        if delete_metrics is not None:
            delete_metrics = check_bool("delete_metrics", delete_metrics)
        query: list[tuple[str, str]] = []
        if delete_empty_server_farm:
            query.append(("deleteEmptyServerFarm", "true"))
        if delete_metrics:
            query.append(("deleteMetrics", "true"))
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}",
            x_ms_version="2014-10-01",
            query=query,
            operation="delete_site",
        )

    def update_site(
        self,
        webspace_name: str,
        website_name: str,
        state: str | None = None,
        host_names: list[str] | None = None,
        server_farm: str | None = None,
        host_name_ssl_states: list[UpdateHostNameSslState] | None = None,
    ) -> AsyncOperation:
        """Starts or stops a site by setting its state, and changes its host names, server farm and
        TLS bindings. Returns an AsyncOperation (the service answers with a request id to poll).

        ``PUT /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}`` (asynchronous: returns an `AsyncOperation`).

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site.
            state: The wanted state: `Running` or `Stopped`; None changes nothing.
            host_names: The host names the site is to have (its own `azurewebsites.net` name is
                kept); None changes nothing.
            server_farm: The server farm a Dedicated site is to run on (see
                create_hosting_plan); None changes nothing.
            host_name_ssl_states: TLS bindings to change, one per host name; None changes
                nothing.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        if state is not None:
            check_string("state", state, enum=("Running", "Stopped"))
        if host_names is not None:
            check_list("host_names", host_names)
            for index, host_names_item in enumerate(host_names):
                check_string(f"host_names[{index}]", host_names_item, required=True)
        if server_farm is not None:
            check_string("server_farm", server_farm)
        if host_name_ssl_states is not None:
            check_list("host_name_ssl_states", host_name_ssl_states)
            for index, host_name_ssl_states_item in enumerate(host_name_ssl_states):
                check_instance(
                    f"host_name_ssl_states[{index}]",
                    host_name_ssl_states_item,
                    UpdateHostNameSslState,
                    required=True,
                )
                validate_update_host_name_ssl_state(
                    host_name_ssl_states_item, f"host_name_ssl_states[{index}]."
                )
        request = UpdateSiteInput(
            host_name_ssl_states=host_name_ssl_states,
            host_names=host_names,
            server_farm=server_farm,
            state=state,
        )
        body = serialize_update_site_input(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}",
            x_ms_version="2014-10-01",
            body=body,
            operation="update_site",
        )
        return self._async_operation(response)

    def restart_site(
        self,
        webspace_name: str,
        website_name: str,
    ) -> AsyncOperation:
        """Restarts a site. Returns an AsyncOperation.

        ``POST /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/restart/`` (asynchronous: returns an `AsyncOperation`).

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site to restart.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "restart/",
            x_ms_version="2014-10-01",
            body=b"",
            operation="restart_site",
        )
        return self._async_operation(response)

    def get_historical_usage_metrics(
        self,
        webspace_name: str,
        website_name: str,
        metrics: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        time_grain: str | None = None,
    ) -> MetricResponses:
        """Returns usage metrics of a site (CPU time, requests, bytes sent, HTTP status counts,
        ...) over a time range, one MetricResponse per metric.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/metrics/``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site.
            metrics: Comma-separated names of the metrics to return (e.g. `CpuTime,Requests`;
                see get_metric_definitions); None returns every metric.
            start_time: Start of the range, ISO 8601 (e.g. `2015-07-01T00:00:00Z`); None means
                the start of the current hour.
            end_time: End of the range, ISO 8601; None means now.
            time_grain: Rollup of the samples, an ISO 8601 duration (`PT1M`, `PT1H`, `P1D`);
                None means the metric's default.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        if metrics is not None:
            check_string("metrics", metrics, pattern="[A-Za-z0-9]+(,[A-Za-z0-9]+)*")
        if start_time is not None:
            check_string("start_time", start_time)
        if end_time is not None:
            check_string("end_time", end_time)
        if time_grain is not None:
            check_string("time_grain", time_grain, pattern="P(T\\d+[HMS]|\\d+D)")
        query: list[tuple[str, str]] = []
        if metrics is not None:
            query.append(("names", metrics))
        if start_time is not None:
            query.append(("StartTime", start_time))
        if end_time is not None:
            query.append(("EndTime", end_time))
        if time_grain is not None:
            query.append(("TimeGrain", time_grain))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "metrics/",
            x_ms_version="2014-10-01",
            query=query,
            operation="get_historical_usage_metrics",
        )
        return self._read(response, deserialize_metric_responses)

    def get_metric_definitions(
        self,
        webspace_name: str,
        website_name: str,
    ) -> MetricDefinitions:
        """Lists the metrics available for a site, with their unit and the rollups kept for each.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/metricdefinitions/``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "metricdefinitions/",
            x_ms_version="2014-10-01",
            operation="get_metric_definitions",
        )
        return self._read(response, deserialize_metric_definitions)

    def get_publish_profile_xml(
        self,
        webspace_name: str,
        website_name: str,
    ) -> str:
        """Returns the publish profile document of a site (`<publishData>`, the file Visual Studio
        and WebDeploy import) as text. It holds deployment passwords: keep it secret.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/publishxml/``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "publishxml/",
            x_ms_version="2014-10-01",
            operation="get_publish_profile_xml",
        )
        return self._read_text(response)

    def get_publish_profile(
        self,
        webspace_name: str,
        website_name: str,
    ) -> PublishData:
        """Returns the publish profiles of a site (Web Deploy and FTP endpoints with their
        credentials) read into PublishData. The passwords are secret fields.

        ``GET /{subscription_id}/services/webspaces/{webspace_name}/sites/
        {website_name}/publishxml/``.

        Args:
            webspace_name: Name of the webspace.
            website_name: Name of the site.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("website_name", website_name, required=True)
        check_path_segment("website_name", website_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "webspaces/"
            f"{quote_segment(webspace_name)}/"
            "sites/"
            f"{quote_segment(website_name)}/"
            "publishxml/",
            x_ms_version="2014-10-01",
            operation="get_publish_profile",
        )
        return self._read(response, deserialize_publish_data)

    def create_hosting_plan(
        self,
        webspace_name: str,
        name: str,
        number_of_workers: int | None = None,
        sku: str | None = None,
        worker_size: str | None = None,
        admin_site_name: str | None = None,
    ) -> ServerFarm:
        """Creates a web hosting plan (server farm) in a webspace. Returns the plan.

        ``POST /{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms``.

        Args:
            webspace_name: Name of the webspace.
            name: Name of the plan (`DefaultServerFarm` for the webspace's own).
            number_of_workers: Number of workers (1 to 10).
            sku: Pricing tier: `Free`, `Shared`, `Basic`, `Standard` or `Premium`.
            worker_size: Size of each worker: `Small`, `Medium` or `Large`.
            admin_site_name: Site whose deployment settings the plan's sites share, if any.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("name", name, required=True)
        if number_of_workers is not None:
            number_of_workers = check_int(
                "number_of_workers", number_of_workers, minimum=1, maximum=10
            )
        if sku is not None:
            check_string("sku", sku, enum=("Free", "Shared", "Basic", "Standard", "Premium"))
        if worker_size is not None:
            check_string("worker_size", worker_size, enum=("Small", "Medium", "Large"))
        if admin_site_name is not None:
            check_string("admin_site_name", admin_site_name)
        request = ServerFarm(
            name=name,
            number_of_workers=number_of_workers,
            sku=sku,
            worker_size=worker_size,
            admin_site_name=admin_site_name,
        )
        body = serialize_server_farm(request)
        response = self._send(
            "POST",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WebSpaces/"
            f"{quote_segment(webspace_name)}/"
            "ServerFarms",
            x_ms_version="2014-04-01",
            body=body,
            operation="create_hosting_plan",
        )
        return self._read(response, deserialize_server_farm)

    def update_hosting_plan(
        self,
        webspace_name: str,
        name: str,
        number_of_workers: int | None = None,
        sku: str | None = None,
        worker_size: str | None = None,
        admin_site_name: str | None = None,
    ) -> ServerFarm:
        """Changes the workers (count, size), tier or admin site of a web hosting plan. Returns the
        plan.

        ``PUT /{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/
        {name}``.

        Args:
            webspace_name: Name of the webspace.
            name: Name of the plan.
            number_of_workers: Number of workers (1 to 10).
            sku: Pricing tier: `Free`, `Shared`, `Basic`, `Standard` or `Premium`.
            worker_size: Size of each worker: `Small`, `Medium` or `Large`.
            admin_site_name: Site whose deployment settings the plan's sites share, if any.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        if number_of_workers is not None:
            number_of_workers = check_int(
                "number_of_workers", number_of_workers, minimum=1, maximum=10
            )
        if sku is not None:
            check_string("sku", sku, enum=("Free", "Shared", "Basic", "Standard", "Premium"))
        if worker_size is not None:
            check_string("worker_size", worker_size, enum=("Small", "Medium", "Large"))
        if admin_site_name is not None:
            check_string("admin_site_name", admin_site_name)
        request = UpdateServerFarm(
            number_of_workers=number_of_workers,
            sku=sku,
            worker_size=worker_size,
            admin_site_name=admin_site_name,
        )
        body = serialize_update_server_farm(request)
        response = self._send(
            "PUT",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WebSpaces/"
            f"{quote_segment(webspace_name)}/"
            "ServerFarms/"
            f"{quote_segment(name)}",
            x_ms_version="2014-04-01",
            body=body,
            operation="update_hosting_plan",
        )
        return self._read(response, deserialize_server_farm)

    def delete_hosting_plan(
        self,
        webspace_name: str,
        name: str,
    ) -> None:
        """Deletes a web hosting plan; ASM refuses while sites run on it.

        ``DELETE /{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/
        {name}``.

        Args:
            webspace_name: Name of the webspace.
            name: Name of the plan.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        self._send(
            "DELETE",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WebSpaces/"
            f"{quote_segment(webspace_name)}/"
            "ServerFarms/"
            f"{quote_segment(name)}",
            x_ms_version="2014-04-01",
            operation="delete_hosting_plan",
        )

    def get_hosting_plan(
        self,
        webspace_name: str,
        name: str,
    ) -> ServerFarm:
        """Returns one web hosting plan of a webspace.

        ``GET /{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/
        {name}``.

        Args:
            webspace_name: Name of the webspace.
            name: Name of the plan.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WebSpaces/"
            f"{quote_segment(webspace_name)}/"
            "ServerFarms/"
            f"{quote_segment(name)}",
            x_ms_version="2014-04-01",
            operation="get_hosting_plan",
        )
        return self._read(response, deserialize_server_farm)

    def list_hosting_plans(
        self,
        webspace_name: str,
    ) -> ResultList[ServerFarm]:
        """Lists the web hosting plans of a webspace.

        ``GET /{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms``.

        Args:
            webspace_name: Name of the webspace.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WebSpaces/"
            f"{quote_segment(webspace_name)}/"
            "ServerFarms",
            x_ms_version="2014-04-01",
            operation="list_hosting_plans",
        )
        return self._read(response, deserialize_server_farms)

    def get_hosting_plan_metrics(
        self,
        webspace_name: str,
        name: str,
        metric_names: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        time_grain: str | None = None,
        include_instance_breakdown: bool | None = None,
    ) -> MetricResponses:
        """Returns usage metrics of a web hosting plan (CPU, memory, ...) over a time range, one
        MetricResponse per metric.

        ``GET /{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/
        {name}/metrics``.

        Args:
            webspace_name: Name of the webspace.
            name: Name of the plan.
            metric_names: Comma-separated metric names (`CpuPercentage,MemoryPercentage`); None
                returns all.
            start_time: Start of the range, ISO 8601.
            end_time: End of the range, ISO 8601.
            time_grain: Rollup of the samples (`PT1M`, `PT1H`, `P1D`).
            include_instance_breakdown: Also return one sample series per worker.
        """
        check_string("webspace_name", webspace_name, required=True)
        check_path_segment("webspace_name", webspace_name)
        check_string("name", name, required=True)
        check_path_segment("name", name)
        if metric_names is not None:
            check_string("metric_names", metric_names, pattern="[A-Za-z0-9]+(,[A-Za-z0-9]+)*")
        if start_time is not None:
            check_string("start_time", start_time)
        if end_time is not None:
            check_string("end_time", end_time)
        if time_grain is not None:
            check_string("time_grain", time_grain, pattern="P(T\\d+[HMS]|\\d+D)")
        if include_instance_breakdown is not None:
            include_instance_breakdown = check_bool(
                "include_instance_breakdown", include_instance_breakdown
            )
        query: list[tuple[str, str]] = []
        if metric_names is not None:
            query.append(("names", metric_names))
        if start_time is not None:
            query.append(("StartTime", start_time))
        if end_time is not None:
            query.append(("EndTime", end_time))
        if time_grain is not None:
            query.append(("timeGrain", time_grain))
        if include_instance_breakdown is not None:
            query.append(("details", format_bool(include_instance_breakdown)))
        response = self._send(
            "GET",
            "/"
            f"{quote_segment(self.subscription_id)}/"
            "services/"
            "WebSpaces/"
            f"{quote_segment(webspace_name)}/"
            "ServerFarms/"
            f"{quote_segment(name)}/"
            "metrics",
            x_ms_version="2014-04-01",
            query=query,
            operation="get_hosting_plan_metrics",
        )
        return self._read(response, deserialize_metric_responses)

    def list_publishing_users(
        self,
    ) -> PublishingUsers:
        """Lists the publishing (deployment) user names of the subscription.

        ``GET /{subscription_id}/services/webspaces``.
        """
        query: list[tuple[str, str]] = []
        query.append(("properties", "publishingUsers"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/webspaces",
            x_ms_version="2014-04-01",
            query=query,
            operation="list_publishing_users",
        )
        return self._read(response, deserialize_publishing_users)

    def create_publishing_user(
        self,
        publishing_user_name: str,
        publishing_password: str,
        name: str | None = None,
    ) -> PublishingUser:
        """Sets the subscription's publishing (deployment) user: its user name and password, used
        for FTP and Git deployments of every site. Returns the user.

        ``PUT /{subscription_id}/services/webspaces``.

        Args:
            publishing_user_name: User name for deployments.
            publishing_password: Password for deployments.
            name: Name of the user object (the service's own when None).
        """
        check_string("publishing_user_name", publishing_user_name, required=True)
        check_string("publishing_password", publishing_password, required=True, secret=True)
        if name is not None:
            check_string("name", name)
        query: list[tuple[str, str]] = []
        query.append(("properties", "publishingCredentials"))
        request = PublishingUser(
            name=name,
            publishing_password=publishing_password,
            publishing_user_name=publishing_user_name,
        )
        body = serialize_publishing_user(request)
        response = self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/services/webspaces",
            x_ms_version="2014-04-01",
            query=query,
            body=body,
            expect=(
                200,
                201,
            ),
            operation="create_publishing_user",
        )
        return self._read(response, deserialize_publishing_user)

    def get_dns_suffix(
        self,
    ) -> DnsSuffix:
        """Returns the DNS suffix of the subscription's sites (`azurewebsites.net`).

        ``GET /{subscription_id}/services/webspaces``.
        """
        query: list[tuple[str, str]] = []
        query.append(("properties", "dnssuffix"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/webspaces",
            x_ms_version="2014-04-01",
            query=query,
            operation="get_dns_suffix",
        )
        return self._read(response, deserialize_dns_suffix)

    def list_geo_regions(
        self,
    ) -> ResultList[GeoRegion]:
        """Lists the regions sites can be created in, in display order.

        ``GET /{subscription_id}/services/webspaces``.
        """
        query: list[tuple[str, str]] = []
        query.append(("properties", "georegions"))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/webspaces",
            x_ms_version="2014-04-01",
            query=query,
            operation="list_geo_regions",
        )
        return self._read(response, deserialize_geo_regions)

    def is_hostname_available(
        self,
        website_name: str,
    ) -> HostnameAvailability:
        """Tells whether a site name is free (site names are DNS names under the DNS suffix).

        ``GET /{subscription_id}/services/webspaces``.

        Args:
            website_name: The site name to check.
        """
        check_string("website_name", website_name, required=True)
        query: list[tuple[str, str]] = []
        if website_name is not None:
            query.append(("ishostnameavailable", website_name))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/services/webspaces",
            x_ms_version="2014-04-01",
            query=query,
            operation="is_hostname_available",
        )
        return self._read(response, deserialize_hostname_availability)
