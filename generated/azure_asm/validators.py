"""Checks run on request models before anything is sent: types and the spec's constraints.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from azure_asm.models import (
    SSH,
    AclRule,
    AddDisk,
    AdditionalUnattendContent,
    AddressAvailability,
    AddRole,
    AffinityGroup,
    AllowRule,
    AnyConfigurationSet,
    AnyNetworkConfigurationSet,
    ApplicationGateway,
    ApplicationGatewayBackendAddressPool,
    ApplicationGatewayBackendHttpSettings,
    ApplicationGatewayCertificate,
    ApplicationGatewayCertificateFile,
    ApplicationGatewayConfiguration,
    ApplicationGatewayFrontendIP,
    ApplicationGatewayFrontendPort,
    ApplicationGatewayHttpListener,
    ApplicationGatewayHttpLoadBalancingRule,
    ApplicationGatewayOperation,
    ApplicationGatewayProbe,
    AtomAuthor,
    AtomLink,
    AttachedTo,
    AuthorizationRule,
    AvailabilityResponse,
    BackupItem,
    BackupRequest,
    BackupSchedule,
    BgpSettings,
    CaptureRoleAsVMImage,
    CaptureRoleOperation,
    Certificate,
    CertificateFile,
    CertificateSetting,
    ChangeConfiguration,
    ClientRootCertificate,
    CloudService,
    CloudServiceSettings,
    ComponentSetting,
    ComputeCapabilities,
    ComputeImageAttributes,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    ConnectionDetail,
    ConnectionDetailContent,
    ConnectionDetailEntry,
    ConnectionDetailFeed,
    ConnStringInfo,
    CountDetails,
    CreateAffinityGroup,
    CreateApplicationGatewayParameters,
    CreateCloudService,
    CreateDatabaseInput,
    CreateDataDiskConfigurationInput,
    CreateDeployment,
    CreateGatewayConnectionParameters,
    CreateGatewayParameters,
    CreateHostedService,
    CreateJobCollection,
    CreateLocalNetworkGatewayParameters,
    CreateNamespaceEntry,
    CreateOSDiskConfigurationInput,
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
    Credentials,
    CustomDomain,
    DacBlobCredentials,
    DacBlobStorageAccessKeyCredentials,
    DacConnectionInfo,
    DacExportInput,
    DacImportInput,
    DacRequestId,
    DacStatusInfo,
    DacStatusInput,
    Data,
    Database,
    DatabaseBackupSetting,
    DatabaseCopy,
    DatabaseCopyInput,
    DatabaseCopyUpdateInput,
    DatabaseOperation,
    DataDiskConfiguration,
    DataVirtualHardDisk,
    DebugSettings,
    DeleteRoleInstances,
    Deployment,
    DeploymentEventCollection,
    DeploymentNetworkResource,
    Disk,
    DnsServer,
    DnsServerInput,
    DnsServerRef,
    DnsSuffix,
    DomainJoin,
    DomainJoinProvisioning,
    EffectiveRoute,
    EffectiveRouteTable,
    EndpointAcl,
    EntitleResource,
    EventLog,
    Extension,
    ExtensionCertificateConfiguration,
    ExtensionConfiguration,
    ExtensionEndpointConfiguration,
    ExtensionImage,
    ExtensionInputEndpoint,
    ExtensionInstanceInputEndpoint,
    ExtensionInternalEndpoint,
    ExtensionLocalResourceConfiguration,
    ExtensionSettingStatus,
    FirewallRule,
    FirewallRuleInput,
    FormattedMessage,
    FrontendIpConfiguration,
    Gateway,
    GatewayConnection,
    GatewayConnectionDetails,
    GatewayConnectionStatus,
    GatewayDefaultSites,
    GatewayEvent,
    GatewayLocalNetworkSite,
    GatewayOperation,
    GatewayOperationError,
    GatewayPublicDiagnosticsStatus,
    GatewaySharedKey,
    GeoRegion,
    GuestAgentStatus,
    HandlerMapping,
    HostedService,
    HostedServiceComputeCapabilities,
    HostedServiceProperties,
    HostnameAvailability,
    HostNameSslState,
    InputEndpoint,
    InstanceEndpoint,
    InstanceIds,
    IntrinsicSettings,
    IPForwarding,
    IPsecParameters,
    JobCollectionQuota,
    KeyPair,
    LinuxConfigurationSet,
    Listener,
    LoadBalancedEndpoint,
    LoadBalancedEndpointList,
    LoadBalancer,
    LoadBalancerProbe,
    LocalNetworkConnection,
    LocalNetworkGateway,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    Location,
    MaintenanceStatus,
    MarketplaceImageAttributes,
    MarketplacePlan,
    MaxRecurrence,
    MetricAvailability,
    MetricDefinition,
    MetricProperties,
    MetricPropertiesContent,
    MetricPropertiesEntry,
    MetricPropertiesFeed,
    MetricResponse,
    MetricRollups,
    MetricRollupsContent,
    MetricRollupsEntry,
    MetricRollupsFeed,
    MetricSample,
    MetricValues,
    MetricValuesContent,
    MetricValuesEntry,
    MetricValuesFeed,
    MigrationValidationMessage,
    NamespaceAuthorizationRuleContent,
    NamespaceAuthorizationRuleEntry,
    NamespaceAuthorizationRuleFeed,
    NamespaceAuthorizationRuleRequest,
    NamespaceAvailability,
    NamespaceAvailabilityContent,
    NamespaceAvailabilityEntry,
    NamespaceSharedAccessRule,
    NetworkConfiguration,
    NetworkConfigurationSet,
    NetworkDnsServer,
    NetworkGateway,
    NetworkInterface,
    NetworkInterfaceIPConfiguration,
    NetworkMigrationValidationMessage,
    NetworkSecurityGroup,
    NetworkSecurityGroupAssociation,
    NetworkSecurityRule,
    NotificationHubContent,
    NotificationHubDescription,
    NotificationHubEntry,
    NotificationHubFeed,
    OperatingSystem,
    OperatingSystemFamily,
    Operation,
    OperationCaller,
    OperationError,
    OperationParameter,
    OSDiskConfiguration,
    OSImage,
    OSImageDetails,
    OSImageInput,
    OSVirtualHardDisk,
    OutputItem,
    PerformMaintenanceOnRoleOperation,
    PersistentVMDowntimeInfo,
    PersistentVMRole,
    ProvisioningConfigurationSet,
    PublicIP,
    PublicKey,
    PublishData,
    PublishDatabase,
    PublishingUser,
    PublishingUsers,
    PublishProfile,
    QueueContent,
    QueueDescription,
    QueueEntry,
    QueueFeed,
    RebootEvent,
    RecoverableDatabase,
    RecoverDatabaseInput,
    RecoverDatabaseOperation,
    RedeployRoleOperation,
    RegenerateKeys,
    RelayContent,
    RelayDescription,
    RelayEntry,
    RelayFeed,
    RelayServiceConnectionEntity,
    ReplicationInput,
    ReplicationProgressElement,
    RepositoryUri,
    ReservedIP,
    ReservedIPAssociation,
    ResetGatewayParameters,
    ResetGatewaySharedKey,
    ResizeGatewayParameters,
    Resource,
    ResourceExtension,
    ResourceExtensionCertificate,
    ResourceExtensionParameterValue,
    ResourceExtensionReference,
    ResourceExtensionStatus,
    ResourceNameAvailabilityResponse,
    ResourceOperationError,
    ResourceOperationStatus,
    ResourceProviderProperty,
    RestartRoleOperation,
    RestorableDroppedDatabase,
    RestoreDatabaseInput,
    RestoreDatabaseOperation,
    RestoreRequest,
    RestoreResponse,
    Role,
    RoleDefinition,
    RoleExtensions,
    RoleInstance,
    RoleInstanceIPConfiguration,
    RoleInstanceNetworkInterface,
    RoleSize,
    RollbackUpdateOrUpgrade,
    Route,
    RouteTable,
    RouteTableAssociation,
    Server,
    ServerAdminPasswordInput,
    ServerFarm,
    ServerQuota,
    ServiceBusNamespace,
    ServiceBusNamespaceContent,
    ServiceBusNamespaceEntry,
    ServiceBusNamespaceFeed,
    ServiceBusRegion,
    ServiceBusRegionContent,
    ServiceBusRegionEntry,
    ServiceBusRegionFeed,
    ServiceExtension,
    ServiceExtensionInput,
    ServiceObjective,
    ServiceObjectiveDimensionSetting,
    SharedAccessAuthorizationRule,
    ShutdownRoleOperation,
    ShutdownRolesOperation,
    Site,
    SiteCertificate,
    SiteCloningInfo,
    SiteConfig,
    SiteCsr,
    SiteOperation,
    SiteOperationError,
    SiteProperties,
    SiteUsage,
    StartGatewayPublicDiagnostics,
    StartRoleOperation,
    StartRolesOperation,
    StatusMessage,
    StopGatewayPublicDiagnostics,
    StorageAccountProperties,
    StorageCapabilities,
    StorageService,
    StorageServiceKeys,
    StoreAddOnInput,
    Subnet,
    SubnetConfiguration,
    Subscription,
    SubscriptionCertificate,
    SubscriptionCertificateInput,
    SubscriptionOperation,
    SubscriptionOperationCollection,
    SubscriptionOperationStatus,
    SubStatus,
    SwapDeployment,
    TopicContent,
    TopicDescription,
    TopicEntry,
    TopicFeed,
    TrafficManagerDefinition,
    TrafficManagerDefinitionSummary,
    TrafficManagerDnsOptions,
    TrafficManagerDnsPrefixAvailability,
    TrafficManagerEndpoint,
    TrafficManagerHttpOptions,
    TrafficManagerMonitor,
    TrafficManagerPolicy,
    TrafficManagerProfile,
    TrafficManagerProfileStatusDetails,
    UnattendComponent,
    UnattendPass,
    UpdateAffinityGroup,
    UpdateApplicationGatewayParameters,
    UpdateDatabaseInput,
    UpdateDataDisk,
    UpdateDataDiskConfigurationInput,
    UpdateDeploymentStatus,
    UpdateDisk,
    UpdateGatewayConnection,
    UpdateGatewayConnectionParameters,
    UpdateHostedService,
    UpdateHostNameSslState,
    UpdateJobCollection,
    UpdateLocalNetworkGatewayParameters,
    UpdateOSDiskConfigurationInput,
    UpdateOSImageInput,
    UpdateRole,
    UpdateServerFarm,
    UpdateSiteInput,
    UpdateStorageServiceInput,
    UpdateTrafficManagerProfile,
    UpdateVMImageInput,
    UpgradeDeployment,
    UpgradeStatus,
    UsageMeter,
    VirtualIP,
    VirtualNetworkGateway,
    VirtualNetworkGatewayDetails,
    VirtualNetworkSite,
    VirtualNetworkSiteConfiguration,
    VMImage,
    VMImageDetails,
    VMImageInput,
    VMImageInputDataDisk,
    VMImageInputOSDisk,
    VpnClientParameters,
    VpnDeviceList,
    VpnDeviceOSFamily,
    VpnDevicePlatform,
    VpnDeviceVendor,
    WalkUpgradeDomain,
    WebSpace,
    WindowsConfigurationSet,
    WinRM,
)
from azure_asm_runtime.legacy import is_blank, write_back
from azure_asm_runtime.validation import (
    check_bool,
    check_bytes,
    check_datetime,
    check_float,
    check_instance,
    check_int,
    check_list,
    check_map,
    check_string,
)


def validate_affinity_group(obj: AffinityGroup, where: str) -> None:
    """Check a `AffinityGroup` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.hosted_services is not None:
        check_list("hosted_services", obj.hosted_services, where=where)
        for index, hosted_services_item in enumerate(obj.hosted_services):
            check_instance(
                f"hosted_services[{index}]",
                hosted_services_item,
                HostedService,
                where=where,
                required=True,
            )
            validate_hosted_service(hosted_services_item, f"{where}hosted_services[{index}].")
    if obj.storage_services is not None:
        check_list("storage_services", obj.storage_services, where=where)
        for index, storage_services_item in enumerate(obj.storage_services):
            check_instance(
                f"storage_services[{index}]",
                storage_services_item,
                StorageService,
                where=where,
                required=True,
            )
            validate_storage_service(storage_services_item, f"{where}storage_services[{index}].")
    if obj.capabilities is not None:
        check_list("capabilities", obj.capabilities, where=where)
        for index, capabilities_item in enumerate(obj.capabilities):
            check_string(f"capabilities[{index}]", capabilities_item, where=where, required=True)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.compute_capabilities is not None:
        check_instance(
            "compute_capabilities", obj.compute_capabilities, ComputeCapabilities, where=where
        )
        validate_compute_capabilities(obj.compute_capabilities, f"{where}compute_capabilities.")


def validate_create_affinity_group(obj: CreateAffinityGroup, where: str) -> None:
    """Check a `CreateAffinityGroup` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True, min_length=1, max_length=64)
    check_string(
        "label", obj.label, where=where, required=True, min_length=1, max_length=100, encoded=True
    )
    if obj.description is not None:
        check_string("description", obj.description, where=where, max_length=1024)
    check_string("location", obj.location, where=where, required=True)


def validate_update_affinity_group(obj: UpdateAffinityGroup, where: str) -> None:
    """Check a `UpdateAffinityGroup` about to be sent; errors start with `where` + the member."""
    check_string(
        "label", obj.label, where=where, required=True, min_length=1, max_length=100, encoded=True
    )
    if obj.description is not None:
        check_string("description", obj.description, where=where, max_length=1024)


def validate_create_application_gateway_parameters(
    obj: CreateApplicationGatewayParameters, where: str
) -> None:
    """Check a `CreateApplicationGatewayParameters` about to be sent; errors start with `where` +
    the member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.instance_count is not None:
        obj.instance_count = check_int("instance_count", obj.instance_count, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.subnets is not None:
        check_list("subnets", obj.subnets, where=where)
        for index, subnets_item in enumerate(obj.subnets):
            check_string(f"subnets[{index}]", subnets_item, where=where, required=True)
    if obj.vnet_name is not None:
        check_string("vnet_name", obj.vnet_name, where=where)


def validate_update_application_gateway_parameters(
    obj: UpdateApplicationGatewayParameters, where: str
) -> None:
    """Check a `UpdateApplicationGatewayParameters` about to be sent; errors start with `where` +
    the member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.instance_count is not None:
        obj.instance_count = check_int("instance_count", obj.instance_count, where=where)
    if obj.subnets is not None:
        check_list("subnets", obj.subnets, where=where)
        for index, subnets_item in enumerate(obj.subnets):
            check_string(f"subnets[{index}]", subnets_item, where=where, required=True)
    if obj.vnet_name is not None:
        check_string("vnet_name", obj.vnet_name, where=where)


def validate_application_gateway(obj: ApplicationGateway, where: str) -> None:
    """Check a `ApplicationGateway` about to be sent; errors start with `where` + the member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.dns_name is not None:
        check_string("dns_name", obj.dns_name, where=where)
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.instance_count is not None:
        obj.instance_count = check_int("instance_count", obj.instance_count, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.subnets is not None:
        check_list("subnets", obj.subnets, where=where)
        for index, subnets_item in enumerate(obj.subnets):
            check_string(f"subnets[{index}]", subnets_item, where=where, required=True)
    if obj.vnet_name is not None:
        check_string("vnet_name", obj.vnet_name, where=where)
    if obj.virtual_ips is not None:
        check_list("virtual_ips", obj.virtual_ips, where=where)
        for index, virtual_ips_item in enumerate(obj.virtual_ips):
            check_string(f"virtual_ips[{index}]", virtual_ips_item, where=where, required=True)


def validate_application_gateway_operation(obj: ApplicationGatewayOperation, where: str) -> None:
    """Check a `ApplicationGatewayOperation` about to be sent; errors start with `where` + the
    member."""
    if obj.operation_type is not None:
        check_string("operation_type", obj.operation_type, where=where)


def validate_application_gateway_certificate_file(
    obj: ApplicationGatewayCertificateFile, where: str
) -> None:
    """Check a `ApplicationGatewayCertificateFile` about to be sent; errors start with `where` +
    the member."""
    if obj.data is not None:
        check_string("data", obj.data, where=where, secret=True)
    if obj.certificate_format is not None:
        check_string("certificate_format", obj.certificate_format, where=where)
    if obj.password is not None:
        check_string("password", obj.password, where=where, secret=True)


def validate_application_gateway_certificate(
    obj: ApplicationGatewayCertificate, where: str
) -> None:
    """Check a `ApplicationGatewayCertificate` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.data is not None:
        check_string("data", obj.data, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_application_gateway_configuration(
    obj: ApplicationGatewayConfiguration, where: str
) -> None:
    """Check a `ApplicationGatewayConfiguration` about to be sent; errors start with `where` +
    the member."""
    if obj.frontend_ip_configurations is not None:
        check_list("frontend_ip_configurations", obj.frontend_ip_configurations, where=where)
        for index, frontend_ip_configurations_item in enumerate(obj.frontend_ip_configurations):
            check_instance(
                f"frontend_ip_configurations[{index}]",
                frontend_ip_configurations_item,
                ApplicationGatewayFrontendIP,
                where=where,
                required=True,
            )
            validate_application_gateway_frontend_ip(
                frontend_ip_configurations_item, f"{where}frontend_ip_configurations[{index}]."
            )
    if obj.frontend_ports is not None:
        check_list("frontend_ports", obj.frontend_ports, where=where)
        for index, frontend_ports_item in enumerate(obj.frontend_ports):
            check_instance(
                f"frontend_ports[{index}]",
                frontend_ports_item,
                ApplicationGatewayFrontendPort,
                where=where,
                required=True,
            )
            validate_application_gateway_frontend_port(
                frontend_ports_item, f"{where}frontend_ports[{index}]."
            )
    if obj.probes is not None:
        check_list("probes", obj.probes, where=where)
        for index, probes_item in enumerate(obj.probes):
            check_instance(
                f"probes[{index}]", probes_item, ApplicationGatewayProbe, where=where, required=True
            )
            validate_application_gateway_probe(probes_item, f"{where}probes[{index}].")
    if obj.backend_address_pools is not None:
        check_list("backend_address_pools", obj.backend_address_pools, where=where)
        for index, backend_address_pools_item in enumerate(obj.backend_address_pools):
            check_instance(
                f"backend_address_pools[{index}]",
                backend_address_pools_item,
                ApplicationGatewayBackendAddressPool,
                where=where,
                required=True,
            )
            validate_application_gateway_backend_address_pool(
                backend_address_pools_item, f"{where}backend_address_pools[{index}]."
            )
    if obj.backend_http_settings_list is not None:
        check_list("backend_http_settings_list", obj.backend_http_settings_list, where=where)
        for index, backend_http_settings_list_item in enumerate(obj.backend_http_settings_list):
            check_instance(
                f"backend_http_settings_list[{index}]",
                backend_http_settings_list_item,
                ApplicationGatewayBackendHttpSettings,
                where=where,
                required=True,
            )
            validate_application_gateway_backend_http_settings(
                backend_http_settings_list_item, f"{where}backend_http_settings_list[{index}]."
            )
    if obj.http_listeners is not None:
        check_list("http_listeners", obj.http_listeners, where=where)
        for index, http_listeners_item in enumerate(obj.http_listeners):
            check_instance(
                f"http_listeners[{index}]",
                http_listeners_item,
                ApplicationGatewayHttpListener,
                where=where,
                required=True,
            )
            validate_application_gateway_http_listener(
                http_listeners_item, f"{where}http_listeners[{index}]."
            )
    if obj.http_load_balancing_rules is not None:
        check_list("http_load_balancing_rules", obj.http_load_balancing_rules, where=where)
        for index, http_load_balancing_rules_item in enumerate(obj.http_load_balancing_rules):
            check_instance(
                f"http_load_balancing_rules[{index}]",
                http_load_balancing_rules_item,
                ApplicationGatewayHttpLoadBalancingRule,
                where=where,
                required=True,
            )
            validate_application_gateway_http_load_balancing_rule(
                http_load_balancing_rules_item, f"{where}http_load_balancing_rules[{index}]."
            )


def validate_application_gateway_frontend_ip(obj: ApplicationGatewayFrontendIP, where: str) -> None:
    """Check a `ApplicationGatewayFrontendIP` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.static_ip_address is not None:
        check_string("static_ip_address", obj.static_ip_address, where=where)


def validate_application_gateway_frontend_port(
    obj: ApplicationGatewayFrontendPort, where: str
) -> None:
    """Check a `ApplicationGatewayFrontendPort` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)


def validate_application_gateway_probe(obj: ApplicationGatewayProbe, where: str) -> None:
    """Check a `ApplicationGatewayProbe` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.host is not None:
        check_string("host", obj.host, where=where)
    if obj.path is not None:
        check_string("path", obj.path, where=where)
    if obj.interval is not None:
        obj.interval = check_int("interval", obj.interval, where=where)
    if obj.timeout is not None:
        obj.timeout = check_int("timeout", obj.timeout, where=where)
    if obj.unhealthy_threshold is not None:
        obj.unhealthy_threshold = check_int(
            "unhealthy_threshold", obj.unhealthy_threshold, where=where
        )


def validate_application_gateway_backend_address_pool(
    obj: ApplicationGatewayBackendAddressPool, where: str
) -> None:
    """Check a `ApplicationGatewayBackendAddressPool` about to be sent; errors start with `where`
    + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.ip_addresses is not None:
        check_list("ip_addresses", obj.ip_addresses, where=where)
        for index, ip_addresses_item in enumerate(obj.ip_addresses):
            check_string(f"ip_addresses[{index}]", ip_addresses_item, where=where, required=True)


def validate_application_gateway_backend_http_settings(
    obj: ApplicationGatewayBackendHttpSettings, where: str
) -> None:
    """Check a `ApplicationGatewayBackendHttpSettings` about to be sent; errors start with
    `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.cookie_based_affinity is not None:
        check_string("cookie_based_affinity", obj.cookie_based_affinity, where=where)
    if obj.request_timeout is not None:
        obj.request_timeout = check_int("request_timeout", obj.request_timeout, where=where)
    if obj.probe is not None:
        check_string("probe", obj.probe, where=where)


def validate_application_gateway_http_listener(
    obj: ApplicationGatewayHttpListener, where: str
) -> None:
    """Check a `ApplicationGatewayHttpListener` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.frontend_ip is not None:
        check_string("frontend_ip", obj.frontend_ip, where=where)
    if obj.frontend_port is not None:
        check_string("frontend_port", obj.frontend_port, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.ssl_cert is not None:
        check_string("ssl_cert", obj.ssl_cert, where=where)


def validate_application_gateway_http_load_balancing_rule(
    obj: ApplicationGatewayHttpLoadBalancingRule, where: str
) -> None:
    """Check a `ApplicationGatewayHttpLoadBalancingRule` about to be sent; errors start with
    `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.backend_http_settings is not None:
        check_string("backend_http_settings", obj.backend_http_settings, where=where)
    if obj.listener is not None:
        check_string("listener", obj.listener, where=where)
    if obj.backend_address_pool is not None:
        check_string("backend_address_pool", obj.backend_address_pool, where=where)


def validate_certificate(obj: Certificate, where: str) -> None:
    """Check a `Certificate` about to be sent; errors start with `where` + the member."""
    if obj.certificate_url is not None:
        check_string("certificate_url", obj.certificate_url, where=where)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.thumbprint_algorithm is not None:
        check_string("thumbprint_algorithm", obj.thumbprint_algorithm, where=where)
    if obj.data is not None:
        check_string("data", obj.data, where=where, secret=True)


def validate_certificate_file(obj: CertificateFile, where: str) -> None:
    """Check a `CertificateFile` about to be sent; errors start with `where` + the member."""
    check_string("data", obj.data, where=where, required=True, secret=True)
    check_string(
        "certificate_format",
        obj.certificate_format,
        where=where,
        required=True,
        enum=("pfx", "cer"),
    )
    if obj.password is not None:
        check_string("password", obj.password, where=where, secret=True)


def validate_subscription_certificate(obj: SubscriptionCertificate, where: str) -> None:
    """Check a `SubscriptionCertificate` about to be sent; errors start with `where` + the
    member."""
    if obj.subscription_certificate_public_key is not None:
        check_string(
            "subscription_certificate_public_key",
            obj.subscription_certificate_public_key,
            where=where,
        )
    if obj.subscription_certificate_thumbprint is not None:
        check_string(
            "subscription_certificate_thumbprint",
            obj.subscription_certificate_thumbprint,
            where=where,
        )
    if obj.subscription_certificate_data is not None:
        check_string(
            "subscription_certificate_data",
            obj.subscription_certificate_data,
            where=where,
            secret=True,
        )
    if obj.created is not None:
        check_datetime("created", obj.created, where=where)


def validate_subscription_certificate_input(obj: SubscriptionCertificateInput, where: str) -> None:
    """Check a `SubscriptionCertificateInput` about to be sent; errors start with `where` + the
    member."""
    check_string("public_key", obj.public_key, where=where, required=True)
    check_string(
        "thumbprint", obj.thumbprint, where=where, required=True, pattern="^[0-9A-Fa-f]{40}$"
    )
    check_string("data", obj.data, where=where, required=True, secret=True)


def validate_operation(obj: Operation, where: str) -> None:
    """Check a `Operation` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where, enum=("InProgress", "Succeeded", "Failed"))
    if obj.http_status_code is not None:
        obj.http_status_code = check_int("http_status_code", obj.http_status_code, where=where)
    if obj.error is not None and not is_blank(obj.error):
        check_instance("error", obj.error, OperationError, where=where)
        validate_operation_error(obj.error, f"{where}error.")


def validate_operation_error(obj: OperationError, where: str) -> None:
    """Check a `OperationError` about to be sent; errors start with `where` + the member."""
    if obj.code is not None:
        check_string("code", obj.code, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)


def validate_update_data_disk(obj: UpdateDataDisk, where: str) -> None:
    """Check a `UpdateDataDisk` about to be sent; errors start with `where` + the member."""
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )
    if obj.disk_label is not None:
        check_string("disk_label", obj.disk_label, where=where)
    if obj.disk_name is not None:
        check_string("disk_name", obj.disk_name, where=where)
    if obj.updated_lun is not None:
        obj.updated_lun = check_int(
            "updated_lun", obj.updated_lun, where=where, minimum=0, maximum=31
        )
    if obj.logical_disk_size_in_gb is not None:
        obj.logical_disk_size_in_gb = check_int(
            "logical_disk_size_in_gb",
            obj.logical_disk_size_in_gb,
            where=where,
            minimum=1,
            maximum=1023,
        )
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)


def validate_create_deployment(obj: CreateDeployment, where: str) -> None:
    """Check a `CreateDeployment` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True, min_length=1, max_length=100)
    check_string("package_url", obj.package_url, where=where, required=True)
    check_string("label", obj.label, where=where, required=True, max_length=100, encoded=True)
    check_string("configuration", obj.configuration, where=where, required=True, secret=True)
    if obj.start_deployment is not None:
        obj.start_deployment = check_bool("start_deployment", obj.start_deployment, where=where)
    if obj.treat_warnings_as_error is not None:
        obj.treat_warnings_as_error = check_bool(
            "treat_warnings_as_error", obj.treat_warnings_as_error, where=where
        )
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)


def validate_swap_deployment(obj: SwapDeployment, where: str) -> None:
    """Check a `SwapDeployment` about to be sent; errors start with `where` + the member."""
    check_string("production", obj.production, where=where, required=True)
    check_string("source_deployment", obj.source_deployment, where=where, required=True)


def validate_change_configuration(obj: ChangeConfiguration, where: str) -> None:
    """Check a `ChangeConfiguration` about to be sent; errors start with `where` + the member."""
    check_string("configuration", obj.configuration, where=where, required=True, secret=True)
    if obj.treat_warnings_as_error is not None:
        obj.treat_warnings_as_error = check_bool(
            "treat_warnings_as_error", obj.treat_warnings_as_error, where=where
        )
    if obj.mode is not None:
        check_string("mode", obj.mode, where=where, enum=("Auto", "Manual", "Simultaneous"))
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)


def validate_update_deployment_status(obj: UpdateDeploymentStatus, where: str) -> None:
    """Check a `UpdateDeploymentStatus` about to be sent; errors start with `where` + the member."""
    check_string("status", obj.status, where=where, required=True, enum=("Running", "Suspended"))


def validate_upgrade_deployment(obj: UpgradeDeployment, where: str) -> None:
    """Check a `UpgradeDeployment` about to be sent; errors start with `where` + the member."""
    check_string(
        "mode", obj.mode, where=where, required=True, enum=("Auto", "Manual", "Simultaneous")
    )
    check_string("package_url", obj.package_url, where=where, required=True)
    check_string("configuration", obj.configuration, where=where, required=True, secret=True)
    check_string("label", obj.label, where=where, required=True, max_length=100, encoded=True)
    if obj.role_to_upgrade is not None:
        check_string("role_to_upgrade", obj.role_to_upgrade, where=where)
    obj.force = check_bool("force", obj.force, where=where, required=True)
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)


def validate_walk_upgrade_domain(obj: WalkUpgradeDomain, where: str) -> None:
    """Check a `WalkUpgradeDomain` about to be sent; errors start with `where` + the member."""
    obj.upgrade_domain = check_int(
        "upgrade_domain", obj.upgrade_domain, where=where, required=True, minimum=0, maximum=19
    )


def validate_rollback_update_or_upgrade(obj: RollbackUpdateOrUpgrade, where: str) -> None:
    """Check a `RollbackUpdateOrUpgrade` about to be sent; errors start with `where` + the
    member."""
    check_string("mode", obj.mode, where=where, required=True, enum=("Auto", "Manual"))
    obj.force = check_bool("force", obj.force, where=where, required=True)


def validate_delete_role_instances(obj: DeleteRoleInstances, where: str) -> None:
    """Check a `DeleteRoleInstances` about to be sent; errors start with `where` + the member."""
    check_list("role_instance_names", obj.role_instance_names, where=where, required=True)
    if obj.role_instance_names is not None:
        for index, role_instance_names_item in enumerate(obj.role_instance_names):
            check_string(
                f"role_instance_names[{index}]",
                role_instance_names_item,
                where=where,
                required=True,
            )


def validate_dns_server_input(obj: DnsServerInput, where: str) -> None:
    """Check a `DnsServerInput` about to be sent; errors start with `where` + the member."""
    check_string("dns_server_name", obj.dns_server_name, where=where, required=True)
    check_string("address", obj.address, where=where, required=True)


def validate_deployment_event_collection(obj: DeploymentEventCollection, where: str) -> None:
    """Check a `DeploymentEventCollection` about to be sent; errors start with `where` + the
    member."""
    if obj.reboot_events is not None:
        check_list("reboot_events", obj.reboot_events, where=where)
        for index, reboot_events_item in enumerate(obj.reboot_events):
            check_instance(
                f"reboot_events[{index}]",
                reboot_events_item,
                RebootEvent,
                where=where,
                required=True,
            )
            validate_reboot_event(reboot_events_item, f"{where}reboot_events[{index}].")
    if obj.continuation_token is not None:
        check_string("continuation_token", obj.continuation_token, where=where)


def validate_reboot_event(obj: RebootEvent, where: str) -> None:
    """Check a `RebootEvent` about to be sent; errors start with `where` + the member."""
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.instance_name is not None:
        check_string("instance_name", obj.instance_name, where=where)
    if obj.reboot_reason is not None:
        check_string("reboot_reason", obj.reboot_reason, where=where)
    if obj.reboot_start_time is not None:
        check_datetime("reboot_start_time", obj.reboot_start_time, where=where)


def validate_create_virtual_machine_deployment(
    obj: CreateVirtualMachineDeployment, where: str
) -> None:
    """Check a `CreateVirtualMachineDeployment` about to be sent; errors start with `where` + the
    member."""
    check_string("deployment_name", obj.deployment_name, where=where, required=True)
    check_string("deployment_slot", obj.deployment_slot, where=where, required=True)
    check_string("label", obj.label, where=where, required=True, max_length=100)
    check_string("role_name", obj.role_name, where=where, required=True)
    if obj.role_type is not None:
        check_string("role_type", obj.role_type, where=where)
    if obj.configuration_sets is not None:
        check_list("configuration_sets", obj.configuration_sets, where=where)
        for index, configuration_sets_item in enumerate(obj.configuration_sets):
            check_instance(
                f"configuration_sets[{index}]",
                configuration_sets_item,
                (
                    LinuxConfigurationSet,
                    WindowsConfigurationSet,
                    NetworkConfigurationSet,
                    ConfigurationSet,
                ),
                where=where,
                required=True,
            )
            validate_any_configuration_set(
                configuration_sets_item, f"{where}configuration_sets[{index}]."
            )
    if obj.resource_extension_references is not None:
        check_list("resource_extension_references", obj.resource_extension_references, where=where)
        for index, resource_extension_references_item in enumerate(
            obj.resource_extension_references
        ):
            check_instance(
                f"resource_extension_references[{index}]",
                resource_extension_references_item,
                ResourceExtensionReference,
                where=where,
                required=True,
            )
            validate_resource_extension_reference(
                resource_extension_references_item,
                f"{where}resource_extension_references[{index}].",
            )
    if obj.vm_image_name is not None:
        check_string("vm_image_name", obj.vm_image_name, where=where)
    if obj.media_location is not None:
        check_string("media_location", obj.media_location, where=where)
    if obj.availability_set_name is not None:
        check_string("availability_set_name", obj.availability_set_name, where=where)
    if obj.data_virtual_hard_disks is not None:
        check_list("data_virtual_hard_disks", obj.data_virtual_hard_disks, where=where)
        for index, data_virtual_hard_disks_item in enumerate(obj.data_virtual_hard_disks):
            check_instance(
                f"data_virtual_hard_disks[{index}]",
                data_virtual_hard_disks_item,
                DataVirtualHardDisk,
                where=where,
                required=True,
            )
            validate_data_virtual_hard_disk(
                data_virtual_hard_disks_item, f"{where}data_virtual_hard_disks[{index}]."
            )
    if obj.os_virtual_hard_disk is not None:
        check_instance(
            "os_virtual_hard_disk", obj.os_virtual_hard_disk, OSVirtualHardDisk, where=where
        )
        validate_os_virtual_hard_disk(obj.os_virtual_hard_disk, f"{where}os_virtual_hard_disk.")
    if obj.role_size is not None:
        check_string("role_size", obj.role_size, where=where)
    if obj.provision_guest_agent is not None:
        obj.provision_guest_agent = check_bool(
            "provision_guest_agent", obj.provision_guest_agent, where=where
        )
    if obj.virtual_network_name is not None:
        check_string("virtual_network_name", obj.virtual_network_name, where=where)
    if obj.dns_servers is not None:
        check_list("dns_servers", obj.dns_servers, where=where)
        for index, dns_servers_item in enumerate(obj.dns_servers):
            check_instance(
                f"dns_servers[{index}]", dns_servers_item, DnsServer, where=where, required=True
            )
            validate_dns_server(dns_servers_item, f"{where}dns_servers[{index}].")
    if obj.reserved_ip_name is not None:
        check_string("reserved_ip_name", obj.reserved_ip_name, where=where)


def validate_deployment(obj: Deployment, where: str) -> None:
    """Check a `Deployment` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.deployment_slot is not None:
        check_string("deployment_slot", obj.deployment_slot, where=where)
    if obj.private_id is not None:
        check_string("private_id", obj.private_id, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.url is not None:
        check_string("url", obj.url, where=where)
    if obj.configuration is not None:
        check_string("configuration", obj.configuration, where=where, secret=True, encoded=True)
    if obj.role_instance_list is not None:
        check_list("role_instance_list", obj.role_instance_list, where=where)
        for index, role_instance_list_item in enumerate(obj.role_instance_list):
            check_instance(
                f"role_instance_list[{index}]",
                role_instance_list_item,
                RoleInstance,
                where=where,
                required=True,
            )
            validate_role_instance(role_instance_list_item, f"{where}role_instance_list[{index}].")
    if obj.upgrade_status is not None:
        check_instance("upgrade_status", obj.upgrade_status, UpgradeStatus, where=where)
        validate_upgrade_status(obj.upgrade_status, f"{where}upgrade_status.")
    if obj.upgrade_domain_count is not None:
        obj.upgrade_domain_count = check_int(
            "upgrade_domain_count", obj.upgrade_domain_count, where=where
        )
    if obj.role_list is not None:
        check_list("role_list", obj.role_list, where=where)
        for index, role_list_item in enumerate(obj.role_list):
            check_instance(
                f"role_list[{index}]", role_list_item, PersistentVMRole, where=where, required=True
            )
            validate_role(role_list_item, f"{where}role_list[{index}].")
    if obj.sdk_version is not None:
        check_string("sdk_version", obj.sdk_version, where=where)
    if obj.input_endpoint_list is not None:
        check_list("input_endpoint_list", obj.input_endpoint_list, where=where)
        for index, input_endpoint_list_item in enumerate(obj.input_endpoint_list):
            check_instance(
                f"input_endpoint_list[{index}]",
                input_endpoint_list_item,
                InputEndpoint,
                where=where,
                required=True,
            )
            validate_input_endpoint(
                input_endpoint_list_item, f"{where}input_endpoint_list[{index}]."
            )
    if obj.locked is not None:
        obj.locked = check_bool("locked", obj.locked, where=where)
    if obj.rollback_allowed is not None:
        obj.rollback_allowed = check_bool("rollback_allowed", obj.rollback_allowed, where=where)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.last_modified_time is not None:
        check_datetime("last_modified_time", obj.last_modified_time, where=where)
    if obj.virtual_network_name is not None:
        check_string("virtual_network_name", obj.virtual_network_name, where=where)
    if obj.dns_servers is not None:
        check_list("dns_servers", obj.dns_servers, where=where)
        for index, dns_servers_item in enumerate(obj.dns_servers):
            check_instance(
                f"dns_servers[{index}]", dns_servers_item, DnsServer, where=where, required=True
            )
            validate_dns_server(dns_servers_item, f"{where}dns_servers[{index}].")
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.persistent_vm_downtime_info is not None and not is_blank(
        obj.persistent_vm_downtime_info
    ):
        check_instance(
            "persistent_vm_downtime_info",
            obj.persistent_vm_downtime_info,
            PersistentVMDowntimeInfo,
            where=where,
        )
        validate_persistent_vm_downtime_info(
            obj.persistent_vm_downtime_info, f"{where}persistent_vm_downtime_info."
        )
    if obj.virtual_ips is not None:
        check_list("virtual_ips", obj.virtual_ips, where=where)
        for index, virtual_ips_item in enumerate(obj.virtual_ips):
            check_instance(
                f"virtual_ips[{index}]", virtual_ips_item, VirtualIP, where=where, required=True
            )
            validate_virtual_ip(virtual_ips_item, f"{where}virtual_ips[{index}].")
    if obj.extension_configuration is not None:
        check_instance(
            "extension_configuration",
            obj.extension_configuration,
            ExtensionConfiguration,
            where=where,
        )
        validate_extension_configuration(
            obj.extension_configuration, f"{where}extension_configuration."
        )
    if obj.reserved_ip_name is not None:
        check_string("reserved_ip_name", obj.reserved_ip_name, where=where)
    if obj.internal_dns_suffix is not None:
        check_string("internal_dns_suffix", obj.internal_dns_suffix, where=where)
    if obj.load_balancers is not None:
        check_list("load_balancers", obj.load_balancers, where=where)
        for index, load_balancers_item in enumerate(obj.load_balancers):
            check_instance(
                f"load_balancers[{index}]",
                load_balancers_item,
                LoadBalancer,
                where=where,
                required=True,
            )
            validate_load_balancer(load_balancers_item, f"{where}load_balancers[{index}].")


def validate_role_instance(obj: RoleInstance, where: str) -> None:
    """Check a `RoleInstance` about to be sent; errors start with `where` + the member."""
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.instance_name is not None:
        check_string("instance_name", obj.instance_name, where=where)
    if obj.instance_status is not None:
        check_string("instance_status", obj.instance_status, where=where)
    if obj.extended_instance_status is not None:
        check_string("extended_instance_status", obj.extended_instance_status, where=where)
    if obj.instance_upgrade_domain is not None:
        obj.instance_upgrade_domain = check_int(
            "instance_upgrade_domain", obj.instance_upgrade_domain, where=where
        )
    if obj.instance_fault_domain is not None:
        obj.instance_fault_domain = check_int(
            "instance_fault_domain", obj.instance_fault_domain, where=where
        )
    if obj.instance_size is not None:
        check_string("instance_size", obj.instance_size, where=where)
    if obj.instance_state_details is not None:
        check_string("instance_state_details", obj.instance_state_details, where=where)
    if obj.instance_error_code is not None:
        check_string("instance_error_code", obj.instance_error_code, where=where)
    if obj.ip_address is not None:
        check_string("ip_address", obj.ip_address, where=where)
    if obj.instance_endpoints is not None:
        check_list("instance_endpoints", obj.instance_endpoints, where=where)
        for index, instance_endpoints_item in enumerate(obj.instance_endpoints):
            check_instance(
                f"instance_endpoints[{index}]",
                instance_endpoints_item,
                InstanceEndpoint,
                where=where,
                required=True,
            )
            validate_instance_endpoint(
                instance_endpoints_item, f"{where}instance_endpoints[{index}]."
            )
    if obj.power_state is not None:
        check_string("power_state", obj.power_state, where=where)
    if obj.host_name is not None:
        check_string("host_name", obj.host_name, where=where)
    if obj.fqdn is not None:
        check_string("fqdn", obj.fqdn, where=where)
    if obj.remote_access_certificate_thumbprint is not None:
        check_string(
            "remote_access_certificate_thumbprint",
            obj.remote_access_certificate_thumbprint,
            where=where,
        )
    if obj.guest_agent_status is not None:
        check_instance("guest_agent_status", obj.guest_agent_status, GuestAgentStatus, where=where)
        validate_guest_agent_status(obj.guest_agent_status, f"{where}guest_agent_status.")
    if obj.resource_extension_status_list is not None:
        check_list(
            "resource_extension_status_list", obj.resource_extension_status_list, where=where
        )
        for index, resource_extension_status_list_item in enumerate(
            obj.resource_extension_status_list
        ):
            check_instance(
                f"resource_extension_status_list[{index}]",
                resource_extension_status_list_item,
                ResourceExtensionStatus,
                where=where,
                required=True,
            )
            validate_resource_extension_status(
                resource_extension_status_list_item,
                f"{where}resource_extension_status_list[{index}].",
            )
    if obj.public_ips is not None:
        check_list("public_ips", obj.public_ips, where=where)
        for index, public_ips_item in enumerate(obj.public_ips):
            check_instance(
                f"public_ips[{index}]", public_ips_item, PublicIP, where=where, required=True
            )
            validate_public_ip(public_ips_item, f"{where}public_ips[{index}].")
    if obj.network_interfaces is not None:
        check_list("network_interfaces", obj.network_interfaces, where=where)
        for index, network_interfaces_item in enumerate(obj.network_interfaces):
            check_instance(
                f"network_interfaces[{index}]",
                network_interfaces_item,
                RoleInstanceNetworkInterface,
                where=where,
                required=True,
            )
            validate_role_instance_network_interface(
                network_interfaces_item, f"{where}network_interfaces[{index}]."
            )
    if obj.maintenance_status is not None:
        check_instance("maintenance_status", obj.maintenance_status, MaintenanceStatus, where=where)
        validate_maintenance_status(obj.maintenance_status, f"{where}maintenance_status.")


def validate_instance_endpoint(obj: InstanceEndpoint, where: str) -> None:
    """Check a `InstanceEndpoint` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.vip is not None:
        check_string("vip", obj.vip, where=where)
    if obj.public_port is not None:
        obj.public_port = check_int("public_port", obj.public_port, where=where)
    if obj.local_port is not None:
        obj.local_port = check_int("local_port", obj.local_port, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.idle_timeout_in_minutes is not None:
        obj.idle_timeout_in_minutes = check_int(
            "idle_timeout_in_minutes", obj.idle_timeout_in_minutes, where=where
        )


def validate_guest_agent_status(obj: GuestAgentStatus, where: str) -> None:
    """Check a `GuestAgentStatus` about to be sent; errors start with `where` + the member."""
    if obj.protocol_version is not None:
        check_string("protocol_version", obj.protocol_version, where=where)
    if obj.timestamp is not None:
        check_datetime("timestamp", obj.timestamp, where=where)
    if obj.guest_agent_version is not None:
        check_string("guest_agent_version", obj.guest_agent_version, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.code is not None:
        obj.code = check_int("code", obj.code, where=where)
    if obj.message is not None:
        check_instance("message", obj.message, StatusMessage, where=where)
        validate_status_message(obj.message, f"{where}message.")
    if obj.formatted_message is not None:
        check_instance("formatted_message", obj.formatted_message, FormattedMessage, where=where)
        validate_formatted_message(obj.formatted_message, f"{where}formatted_message.")


def validate_status_message(obj: StatusMessage, where: str) -> None:
    """Check a `StatusMessage` about to be sent; errors start with `where` + the member."""
    if obj.message_resource_id is not None:
        check_string("message_resource_id", obj.message_resource_id, where=where)
    if obj.param_list is not None:
        check_list("param_list", obj.param_list, where=where)
        for index, param_list_item in enumerate(obj.param_list):
            check_string(f"param_list[{index}]", param_list_item, where=where, required=True)


def validate_maintenance_status(obj: MaintenanceStatus, where: str) -> None:
    """Check a `MaintenanceStatus` about to be sent; errors start with `where` + the member."""
    if obj.is_customer_initiated_maintenance_allowed is not None:
        obj.is_customer_initiated_maintenance_allowed = check_bool(
            "is_customer_initiated_maintenance_allowed",
            obj.is_customer_initiated_maintenance_allowed,
            where=where,
        )
    if obj.pre_maintenance_window_start_time is not None:
        check_datetime(
            "pre_maintenance_window_start_time", obj.pre_maintenance_window_start_time, where=where
        )
    if obj.pre_maintenance_window_end_time is not None:
        check_datetime(
            "pre_maintenance_window_end_time", obj.pre_maintenance_window_end_time, where=where
        )
    if obj.maintenance_window_start_time is not None:
        check_datetime(
            "maintenance_window_start_time", obj.maintenance_window_start_time, where=where
        )
    if obj.maintenance_window_end_time is not None:
        check_datetime("maintenance_window_end_time", obj.maintenance_window_end_time, where=where)
    if obj.last_operation_result_code is not None:
        check_string("last_operation_result_code", obj.last_operation_result_code, where=where)
    if obj.last_operation_message is not None:
        check_string("last_operation_message", obj.last_operation_message, where=where)


def validate_formatted_message(obj: FormattedMessage, where: str) -> None:
    """Check a `FormattedMessage` about to be sent; errors start with `where` + the member."""
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)


def validate_resource_extension_status(obj: ResourceExtensionStatus, where: str) -> None:
    """Check a `ResourceExtensionStatus` about to be sent; errors start with `where` + the
    member."""
    if obj.handler_name is not None:
        check_string("handler_name", obj.handler_name, where=where)
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.code is not None:
        obj.code = check_int("code", obj.code, where=where)
    if obj.message is not None:
        check_instance("message", obj.message, StatusMessage, where=where)
        validate_status_message(obj.message, f"{where}message.")
    if obj.formatted_message is not None:
        check_instance("formatted_message", obj.formatted_message, FormattedMessage, where=where)
        validate_formatted_message(obj.formatted_message, f"{where}formatted_message.")
    if obj.extension_setting_status is not None:
        check_instance(
            "extension_setting_status",
            obj.extension_setting_status,
            ExtensionSettingStatus,
            where=where,
        )
        validate_extension_setting_status(
            obj.extension_setting_status, f"{where}extension_setting_status."
        )


def validate_extension_setting_status(obj: ExtensionSettingStatus, where: str) -> None:
    """Check a `ExtensionSettingStatus` about to be sent; errors start with `where` + the member."""
    if obj.timestamp is not None:
        check_datetime("timestamp", obj.timestamp, where=where)
    if obj.configuration_applied_time is not None:
        check_datetime("configuration_applied_time", obj.configuration_applied_time, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.operation is not None:
        check_string("operation", obj.operation, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.code is not None:
        obj.code = check_int("code", obj.code, where=where)
    if obj.message is not None:
        check_instance("message", obj.message, StatusMessage, where=where)
        validate_status_message(obj.message, f"{where}message.")
    if obj.formatted_message is not None:
        check_instance("formatted_message", obj.formatted_message, FormattedMessage, where=where)
        validate_formatted_message(obj.formatted_message, f"{where}formatted_message.")
    if obj.sub_status_list is not None:
        check_list("sub_status_list", obj.sub_status_list, where=where)
        for index, sub_status_list_item in enumerate(obj.sub_status_list):
            check_instance(
                f"sub_status_list[{index}]",
                sub_status_list_item,
                SubStatus,
                where=where,
                required=True,
            )
            validate_sub_status(sub_status_list_item, f"{where}sub_status_list[{index}].")


def validate_sub_status(obj: SubStatus, where: str) -> None:
    """Check a `SubStatus` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.code is not None:
        obj.code = check_int("code", obj.code, where=where)
    if obj.message is not None:
        check_instance("message", obj.message, StatusMessage, where=where)
        validate_status_message(obj.message, f"{where}message.")
    if obj.formatted_message is not None:
        check_instance("formatted_message", obj.formatted_message, FormattedMessage, where=where)
        validate_formatted_message(obj.formatted_message, f"{where}formatted_message.")


def validate_role_instance_network_interface(obj: RoleInstanceNetworkInterface, where: str) -> None:
    """Check a `RoleInstanceNetworkInterface` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.mac_address is not None:
        check_string("mac_address", obj.mac_address, where=where)
    if obj.ip_configurations is not None:
        check_list("ip_configurations", obj.ip_configurations, where=where)
        for index, ip_configurations_item in enumerate(obj.ip_configurations):
            check_instance(
                f"ip_configurations[{index}]",
                ip_configurations_item,
                RoleInstanceIPConfiguration,
                where=where,
                required=True,
            )
            validate_role_instance_ip_configuration(
                ip_configurations_item, f"{where}ip_configurations[{index}]."
            )


def validate_role_instance_ip_configuration(obj: RoleInstanceIPConfiguration, where: str) -> None:
    """Check a `RoleInstanceIPConfiguration` about to be sent; errors start with `where` + the
    member."""
    if obj.subnet_name is not None:
        check_string("subnet_name", obj.subnet_name, where=where)
    if obj.address is not None:
        check_string("address", obj.address, where=where)


def validate_upgrade_status(obj: UpgradeStatus, where: str) -> None:
    """Check a `UpgradeStatus` about to be sent; errors start with `where` + the member."""
    if obj.upgrade_type is not None:
        check_string("upgrade_type", obj.upgrade_type, where=where)
    if obj.current_upgrade_domain_state is not None:
        check_string("current_upgrade_domain_state", obj.current_upgrade_domain_state, where=where)
    if obj.current_upgrade_domain is not None:
        obj.current_upgrade_domain = check_int(
            "current_upgrade_domain", obj.current_upgrade_domain, where=where
        )


def validate_input_endpoint(obj: InputEndpoint, where: str) -> None:
    """Check a `InputEndpoint` about to be sent; errors start with `where` + the member."""
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.vip is not None:
        check_string("vip", obj.vip, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)


def validate_persistent_vm_downtime_info(obj: PersistentVMDowntimeInfo, where: str) -> None:
    """Check a `PersistentVMDowntimeInfo` about to be sent; errors start with `where` + the
    member."""
    if obj.start_time is not None:
        check_datetime("start_time", obj.start_time, where=where)
    if obj.end_time is not None:
        check_datetime("end_time", obj.end_time, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)


def validate_virtual_ip(obj: VirtualIP, where: str) -> None:
    """Check a `VirtualIP` about to be sent; errors start with `where` + the member."""
    if obj.address is not None:
        check_string("address", obj.address, where=where)
    if obj.is_dns_programmed is not None:
        obj.is_dns_programmed = check_bool("is_dns_programmed", obj.is_dns_programmed, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.is_reserved is not None:
        obj.is_reserved = check_bool("is_reserved", obj.is_reserved, where=where)
    if obj.reserved_ip_name is not None:
        check_string("reserved_ip_name", obj.reserved_ip_name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)


def validate_load_balancer(obj: LoadBalancer, where: str) -> None:
    """Check a `LoadBalancer` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.frontend_ip_configuration is not None:
        check_instance(
            "frontend_ip_configuration",
            obj.frontend_ip_configuration,
            FrontendIpConfiguration,
            where=where,
        )
        validate_frontend_ip_configuration(
            obj.frontend_ip_configuration, f"{where}frontend_ip_configuration."
        )


def validate_frontend_ip_configuration(obj: FrontendIpConfiguration, where: str) -> None:
    """Check a `FrontendIpConfiguration` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.subnet_name is not None:
        check_string("subnet_name", obj.subnet_name, where=where)
    if obj.static_virtual_network_ip_address is not None:
        check_string(
            "static_virtual_network_ip_address", obj.static_virtual_network_ip_address, where=where
        )


def validate_dns_server(obj: DnsServer, where: str) -> None:
    """Check a `DnsServer` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.address is not None:
        check_string("address", obj.address, where=where)


def validate_extension_configuration(obj: ExtensionConfiguration, where: str) -> None:
    """Check a `ExtensionConfiguration` about to be sent; errors start with `where` + the member."""
    if obj.all_roles is not None:
        check_list("all_roles", obj.all_roles, where=where)
        for index, all_roles_item in enumerate(obj.all_roles):
            check_instance(
                f"all_roles[{index}]", all_roles_item, Extension, where=where, required=True
            )
            validate_extension(all_roles_item, f"{where}all_roles[{index}].")
    if obj.named_roles is not None:
        check_list("named_roles", obj.named_roles, where=where)
        for index, named_roles_item in enumerate(obj.named_roles):
            check_instance(
                f"named_roles[{index}]",
                named_roles_item,
                RoleExtensions,
                where=where,
                required=True,
            )
            validate_role_extensions(named_roles_item, f"{where}named_roles[{index}].")


def validate_role_extensions(obj: RoleExtensions, where: str) -> None:
    """Check a `RoleExtensions` about to be sent; errors start with `where` + the member."""
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.extensions is not None:
        check_list("extensions", obj.extensions, where=where)
        for index, extensions_item in enumerate(obj.extensions):
            check_instance(
                f"extensions[{index}]", extensions_item, Extension, where=where, required=True
            )
            validate_extension(extensions_item, f"{where}extensions[{index}].")


def validate_extension(obj: Extension, where: str) -> None:
    """Check a `Extension` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.sequence_number is not None:
        obj.sequence_number = check_int("sequence_number", obj.sequence_number, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_add_disk(obj: AddDisk, where: str) -> None:
    """Check a `AddDisk` about to be sent; errors start with `where` + the member."""
    if obj.os is not None:
        check_string("os", obj.os, where=where, enum=("Linux", "Windows"))
    check_string("label", obj.label, where=where, required=True)
    check_string("media_link", obj.media_link, where=where, required=True)
    check_string("name", obj.name, where=where, required=True)


def validate_update_disk(obj: UpdateDisk, where: str) -> None:
    """Check a `UpdateDisk` about to be sent; errors start with `where` + the member."""
    check_string("disk_name", obj.disk_name, where=where, required=True)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.resized_size_in_gb is not None:
        obj.resized_size_in_gb = check_int(
            "resized_size_in_gb", obj.resized_size_in_gb, where=where, minimum=1, maximum=1023
        )


def validate_disk(obj: Disk, where: str) -> None:
    """Check a `Disk` about to be sent; errors start with `where` + the member."""
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.attached_to is not None:
        check_instance("attached_to", obj.attached_to, AttachedTo, where=where)
        validate_attached_to(obj.attached_to, f"{where}attached_to.")
    if obj.has_operating_system is not None:
        obj.has_operating_system = check_bool(
            "has_operating_system", obj.has_operating_system, where=where
        )
    if obj.os is not None:
        check_string("os", obj.os, where=where)
    if obj.is_corrupted is not None:
        obj.is_corrupted = check_bool("is_corrupted", obj.is_corrupted, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.logical_disk_size_in_gb is not None:
        obj.logical_disk_size_in_gb = check_int(
            "logical_disk_size_in_gb", obj.logical_disk_size_in_gb, where=where
        )
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.source_image_name is not None:
        check_string("source_image_name", obj.source_image_name, where=where)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)


def validate_attached_to(obj: AttachedTo, where: str) -> None:
    """Check a `AttachedTo` about to be sent; errors start with `where` + the member."""
    if obj.hosted_service_name is not None:
        check_string("hosted_service_name", obj.hosted_service_name, where=where)
    if obj.deployment_name is not None:
        check_string("deployment_name", obj.deployment_name, where=where)
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)


def validate_create_gateway_parameters(obj: CreateGatewayParameters, where: str) -> None:
    """Check a `CreateGatewayParameters` about to be sent; errors start with `where` + the
    member."""
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.gateway_type is not None:
        check_string("gateway_type", obj.gateway_type, where=where)


def validate_gateway(obj: Gateway, where: str) -> None:
    """Check a `Gateway` about to be sent; errors start with `where` + the member."""
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.vip_address is not None:
        check_string("vip_address", obj.vip_address, where=where)
    if obj.last_event is not None:
        check_instance("last_event", obj.last_event, GatewayEvent, where=where)
        validate_gateway_event(obj.last_event, f"{where}last_event.")
    if obj.gateway_type is not None:
        check_string("gateway_type", obj.gateway_type, where=where)
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.default_sites is not None:
        check_list("default_sites", obj.default_sites, where=where)
        for index, default_sites_item in enumerate(obj.default_sites):
            check_string(f"default_sites[{index}]", default_sites_item, where=where, required=True)


def validate_gateway_event(obj: GatewayEvent, where: str) -> None:
    """Check a `GatewayEvent` about to be sent; errors start with `where` + the member."""
    if obj.timestamp is not None:
        check_datetime("timestamp", obj.timestamp, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)
    if obj.data is not None:
        check_string("data", obj.data, where=where)


def validate_gateway_connection_status(obj: GatewayConnectionStatus, where: str) -> None:
    """Check a `GatewayConnectionStatus` about to be sent; errors start with `where` + the
    member."""
    if obj.local_network_site_name is not None:
        check_string("local_network_site_name", obj.local_network_site_name, where=where)
    if obj.connectivity_state is not None:
        check_string("connectivity_state", obj.connectivity_state, where=where)
    if obj.last_event is not None:
        check_instance("last_event", obj.last_event, GatewayEvent, where=where)
        validate_gateway_event(obj.last_event, f"{where}last_event.")
    if obj.ingress_bytes_transferred is not None:
        obj.ingress_bytes_transferred = check_int(
            "ingress_bytes_transferred", obj.ingress_bytes_transferred, where=where
        )
    if obj.egress_bytes_transferred is not None:
        obj.egress_bytes_transferred = check_int(
            "egress_bytes_transferred", obj.egress_bytes_transferred, where=where
        )
    if obj.last_connection_established is not None:
        check_datetime("last_connection_established", obj.last_connection_established, where=where)
    if obj.allocated_ip_addresses is not None:
        check_list("allocated_ip_addresses", obj.allocated_ip_addresses, where=where)
        for index, allocated_ip_addresses_item in enumerate(obj.allocated_ip_addresses):
            check_string(
                f"allocated_ip_addresses[{index}]",
                allocated_ip_addresses_item,
                where=where,
                required=True,
            )


def validate_update_gateway_connection(obj: UpdateGatewayConnection, where: str) -> None:
    """Check a `UpdateGatewayConnection` about to be sent; errors start with `where` + the
    member."""
    if obj.operation is not None:
        check_string("operation", obj.operation, where=where)
    if obj.ip_address is not None:
        check_string("ip_address", obj.ip_address, where=where)


def validate_gateway_shared_key(obj: GatewaySharedKey, where: str) -> None:
    """Check a `GatewaySharedKey` about to be sent; errors start with `where` + the member."""
    if obj.value is not None:
        check_string("value", obj.value, where=where, secret=True)


def validate_reset_gateway_shared_key(obj: ResetGatewaySharedKey, where: str) -> None:
    """Check a `ResetGatewaySharedKey` about to be sent; errors start with `where` + the member."""
    if obj.key_length is not None:
        obj.key_length = check_int("key_length", obj.key_length, where=where)


def validate_i_psec_parameters(obj: IPsecParameters, where: str) -> None:
    """Check a `IPsecParameters` about to be sent; errors start with `where` + the member."""
    if obj.encryption_type is not None:
        check_string("encryption_type", obj.encryption_type, where=where)
    if obj.pfs_group is not None:
        check_string("pfs_group", obj.pfs_group, where=where)
    if obj.sa_data_size_kilobytes is not None:
        obj.sa_data_size_kilobytes = check_int(
            "sa_data_size_kilobytes", obj.sa_data_size_kilobytes, where=where
        )
    if obj.sa_life_time_seconds is not None:
        obj.sa_life_time_seconds = check_int(
            "sa_life_time_seconds", obj.sa_life_time_seconds, where=where
        )
    if obj.hash_algorithm is not None:
        check_string("hash_algorithm", obj.hash_algorithm, where=where)


def validate_start_gateway_public_diagnostics(
    obj: StartGatewayPublicDiagnostics, where: str
) -> None:
    """Check a `StartGatewayPublicDiagnostics` about to be sent; errors start with `where` + the
    member."""
    if obj.capture_duration_in_seconds is not None:
        obj.capture_duration_in_seconds = check_int(
            "capture_duration_in_seconds", obj.capture_duration_in_seconds, where=where
        )
    if obj.container_name is not None:
        check_string("container_name", obj.container_name, where=where)
    if obj.customer_storage_key is not None:
        check_string("customer_storage_key", obj.customer_storage_key, where=where, secret=True)
    if obj.customer_storage_name is not None:
        check_string("customer_storage_name", obj.customer_storage_name, where=where)


def validate_stop_gateway_public_diagnostics(obj: StopGatewayPublicDiagnostics, where: str) -> None:
    """Check a `StopGatewayPublicDiagnostics` about to be sent; errors start with `where` + the
    member."""
    return


def validate_gateway_public_diagnostics_status(
    obj: GatewayPublicDiagnosticsStatus, where: str
) -> None:
    """Check a `GatewayPublicDiagnosticsStatus` about to be sent; errors start with `where` + the
    member."""
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.public_diagnostics_url is not None:
        check_string("public_diagnostics_url", obj.public_diagnostics_url, where=where)


def validate_gateway_operation(obj: GatewayOperation, where: str) -> None:
    """Check a `GatewayOperation` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.http_status_code is not None:
        check_string("http_status_code", obj.http_status_code, where=where)
    if obj.data is not None:
        check_string("data", obj.data, where=where)
    if obj.error is not None:
        check_instance("error", obj.error, GatewayOperationError, where=where)
        validate_gateway_operation_error(obj.error, f"{where}error.")


def validate_gateway_operation_error(obj: GatewayOperationError, where: str) -> None:
    """Check a `GatewayOperationError` about to be sent; errors start with `where` + the member."""
    if obj.code is not None:
        check_string("code", obj.code, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)


def validate_gateway_default_sites(obj: GatewayDefaultSites, where: str) -> None:
    """Check a `GatewayDefaultSites` about to be sent; errors start with `where` + the member."""
    if obj.default_sites is not None:
        check_list("default_sites", obj.default_sites, where=where)
        for index, default_sites_item in enumerate(obj.default_sites):
            check_string(f"default_sites[{index}]", default_sites_item, where=where, required=True)


def validate_vpn_client_parameters(obj: VpnClientParameters, where: str) -> None:
    """Check a `VpnClientParameters` about to be sent; errors start with `where` + the member."""
    if obj.processor_architecture is not None:
        check_string("processor_architecture", obj.processor_architecture, where=where)


def validate_vpn_device_list(obj: VpnDeviceList, where: str) -> None:
    """Check a `VpnDeviceList` about to be sent; errors start with `where` + the member."""
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.vendors is not None:
        check_list("vendors", obj.vendors, where=where)
        for index, vendors_item in enumerate(obj.vendors):
            check_instance(
                f"vendors[{index}]", vendors_item, VpnDeviceVendor, where=where, required=True
            )
            validate_vpn_device_vendor(vendors_item, f"{where}vendors[{index}].")


def validate_vpn_device_vendor(obj: VpnDeviceVendor, where: str) -> None:
    """Check a `VpnDeviceVendor` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.platforms is not None:
        check_list("platforms", obj.platforms, where=where)
        for index, platforms_item in enumerate(obj.platforms):
            check_instance(
                f"platforms[{index}]", platforms_item, VpnDevicePlatform, where=where, required=True
            )
            validate_vpn_device_platform(platforms_item, f"{where}platforms[{index}].")


def validate_vpn_device_platform(obj: VpnDevicePlatform, where: str) -> None:
    """Check a `VpnDevicePlatform` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.os_families is not None:
        check_list("os_families", obj.os_families, where=where)
        for index, os_families_item in enumerate(obj.os_families):
            check_instance(
                f"os_families[{index}]",
                os_families_item,
                VpnDeviceOSFamily,
                where=where,
                required=True,
            )
            validate_vpn_device_os_family(os_families_item, f"{where}os_families[{index}].")


def validate_vpn_device_os_family(obj: VpnDeviceOSFamily, where: str) -> None:
    """Check a `VpnDeviceOSFamily` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)


def validate_reset_gateway_parameters(obj: ResetGatewayParameters, where: str) -> None:
    """Check a `ResetGatewayParameters` about to be sent; errors start with `where` + the member."""
    return


def validate_resize_gateway_parameters(obj: ResizeGatewayParameters, where: str) -> None:
    """Check a `ResizeGatewayParameters` about to be sent; errors start with `where` + the
    member."""
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)


def validate_client_root_certificate(obj: ClientRootCertificate, where: str) -> None:
    """Check a `ClientRootCertificate` about to be sent; errors start with `where` + the member."""
    if obj.expiration_time is not None:
        check_datetime("expiration_time", obj.expiration_time, where=where)
    if obj.subject is not None:
        check_string("subject", obj.subject, where=where)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)


def validate_hosted_service(obj: HostedService, where: str) -> None:
    """Check a `HostedService` about to be sent; errors start with `where` + the member."""
    if obj.url is not None:
        check_string("url", obj.url, where=where)
    if obj.service_name is not None:
        check_string("service_name", obj.service_name, where=where)
    if obj.hosted_service_properties is not None and not is_blank(obj.hosted_service_properties):
        check_instance(
            "hosted_service_properties",
            obj.hosted_service_properties,
            HostedServiceProperties,
            where=where,
        )
        validate_hosted_service_properties(
            obj.hosted_service_properties, f"{where}hosted_service_properties."
        )
    if obj.deployments is not None:
        check_list("deployments", obj.deployments, where=where)
        for index, deployments_item in enumerate(obj.deployments):
            check_instance(
                f"deployments[{index}]", deployments_item, Deployment, where=where, required=True
            )
            validate_deployment(deployments_item, f"{where}deployments[{index}].")
    if obj.default_win_rm_certificate_thumbprint is not None:
        check_string(
            "default_win_rm_certificate_thumbprint",
            obj.default_win_rm_certificate_thumbprint,
            where=where,
        )
    if obj.compute_capabilities is not None:
        check_instance(
            "compute_capabilities",
            obj.compute_capabilities,
            HostedServiceComputeCapabilities,
            where=where,
        )
        validate_hosted_service_compute_capabilities(
            obj.compute_capabilities, f"{where}compute_capabilities."
        )


def validate_hosted_service_properties(obj: HostedServiceProperties, where: str) -> None:
    """Check a `HostedServiceProperties` about to be sent; errors start with `where` + the
    member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.date_created is not None:
        check_datetime("date_created", obj.date_created, where=where)
    if obj.date_last_modified is not None:
        check_datetime("date_last_modified", obj.date_last_modified, where=where)
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.reverse_dns_fqdn is not None:
        check_string("reverse_dns_fqdn", obj.reverse_dns_fqdn, where=where)


def validate_hosted_service_compute_capabilities(
    obj: HostedServiceComputeCapabilities, where: str
) -> None:
    """Check a `HostedServiceComputeCapabilities` about to be sent; errors start with `where` +
    the member."""
    if obj.virtual_machine_role_sizes is not None:
        check_list("virtual_machine_role_sizes", obj.virtual_machine_role_sizes, where=where)
        for index, virtual_machine_role_sizes_item in enumerate(obj.virtual_machine_role_sizes):
            check_string(
                f"virtual_machine_role_sizes[{index}]",
                virtual_machine_role_sizes_item,
                where=where,
                required=True,
            )
    if obj.web_worker_role_sizes is not None:
        check_list("web_worker_role_sizes", obj.web_worker_role_sizes, where=where)
        for index, web_worker_role_sizes_item in enumerate(obj.web_worker_role_sizes):
            check_string(
                f"web_worker_role_sizes[{index}]",
                web_worker_role_sizes_item,
                where=where,
                required=True,
            )
    if obj.virtual_machines_role_sizes is not None:
        check_list("virtual_machines_role_sizes", obj.virtual_machines_role_sizes, where=where)
        for index, virtual_machines_role_sizes_item in enumerate(obj.virtual_machines_role_sizes):
            check_string(
                f"virtual_machines_role_sizes[{index}]",
                virtual_machines_role_sizes_item,
                where=where,
                required=True,
            )


def validate_create_hosted_service(obj: CreateHostedService, where: str) -> None:
    """Check a `CreateHostedService` about to be sent; errors start with `where` + the member."""
    check_string(
        "service_name",
        obj.service_name,
        where=where,
        required=True,
        pattern="^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
    )
    check_string("label", obj.label, where=where, required=True, max_length=100, encoded=True)
    if obj.description is not None:
        check_string("description", obj.description, where=where, max_length=1024)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.reverse_dns_fqdn is not None:
        check_string("reverse_dns_fqdn", obj.reverse_dns_fqdn, where=where)


def validate_update_hosted_service(obj: UpdateHostedService, where: str) -> None:
    """Check a `UpdateHostedService` about to be sent; errors start with `where` + the member."""
    if obj.label is not None:
        check_string("label", obj.label, where=where, max_length=100, encoded=True)
    if obj.description is not None:
        check_string("description", obj.description, where=where, max_length=1024)
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.reverse_dns_fqdn is not None:
        check_string("reverse_dns_fqdn", obj.reverse_dns_fqdn, where=where)


def validate_availability_response(obj: AvailabilityResponse, where: str) -> None:
    """Check a `AvailabilityResponse` about to be sent; errors start with `where` + the member."""
    if obj.result is not None:
        obj.result = check_bool("result", obj.result, where=where)
    if obj.reason is not None:
        check_string("reason", obj.reason, where=where)


def validate_replication_input(obj: ReplicationInput, where: str) -> None:
    """Check a `ReplicationInput` about to be sent; errors start with `where` + the member."""
    check_list("regions", obj.regions, where=where, required=True)
    if obj.regions is not None:
        for index, regions_item in enumerate(obj.regions):
            check_string(f"regions[{index}]", regions_item, where=where, required=True)
    check_string("offer", obj.offer, where=where, required=True)
    check_string("sku", obj.sku, where=where, required=True)
    check_string("version", obj.version, where=where, required=True, pattern="^\\d+\\.\\d+\\.\\d+$")


def validate_os_image_details(obj: OSImageDetails, where: str) -> None:
    """Check a `OSImageDetails` about to be sent; errors start with `where` + the member."""
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.category is not None:
        check_string("category", obj.category, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.logical_size_in_gb is not None:
        obj.logical_size_in_gb = check_int(
            "logical_size_in_gb", obj.logical_size_in_gb, where=where
        )
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.os is not None:
        check_string("os", obj.os, where=where)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.publisher_name is not None:
        check_string("publisher_name", obj.publisher_name, where=where)
    if obj.pricing_detail_link is not None:
        check_string("pricing_detail_link", obj.pricing_detail_link, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.os_state is not None:
        check_string("os_state", obj.os_state, where=where)
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)
    if obj.replication_progress is not None:
        check_list("replication_progress", obj.replication_progress, where=where)
        for index, replication_progress_item in enumerate(obj.replication_progress):
            check_instance(
                f"replication_progress[{index}]",
                replication_progress_item,
                ReplicationProgressElement,
                where=where,
                required=True,
            )
            validate_replication_progress_element(
                replication_progress_item, f"{where}replication_progress[{index}]."
            )
    if obj.is_corrupted is not None:
        obj.is_corrupted = check_bool("is_corrupted", obj.is_corrupted, where=where)
    if obj.compute_image_attributes is not None:
        check_instance(
            "compute_image_attributes",
            obj.compute_image_attributes,
            ComputeImageAttributes,
            where=where,
        )
        validate_compute_image_attributes(
            obj.compute_image_attributes, f"{where}compute_image_attributes."
        )
    if obj.marketplace_image_attributes is not None:
        check_instance(
            "marketplace_image_attributes",
            obj.marketplace_image_attributes,
            MarketplaceImageAttributes,
            where=where,
        )
        validate_marketplace_image_attributes(
            obj.marketplace_image_attributes, f"{where}marketplace_image_attributes."
        )


def validate_replication_progress_element(obj: ReplicationProgressElement, where: str) -> None:
    """Check a `ReplicationProgressElement` about to be sent; errors start with `where` + the
    member."""
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.progress is not None:
        obj.progress = check_int("progress", obj.progress, where=where)


def validate_create_vm_image_input(obj: CreateVMImageInput, where: str) -> None:
    """Check a `CreateVMImageInput` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    check_string("label", obj.label, where=where, required=True)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    check_instance(
        "os_disk_configuration",
        obj.os_disk_configuration,
        CreateOSDiskConfigurationInput,
        where=where,
        required=True,
    )
    if obj.os_disk_configuration is not None:
        validate_create_os_disk_configuration_input(
            obj.os_disk_configuration, f"{where}os_disk_configuration."
        )
    if obj.data_disk_configurations is not None:
        check_list("data_disk_configurations", obj.data_disk_configurations, where=where)
        for index, data_disk_configurations_item in enumerate(obj.data_disk_configurations):
            check_instance(
                f"data_disk_configurations[{index}]",
                data_disk_configurations_item,
                CreateDataDiskConfigurationInput,
                where=where,
                required=True,
            )
            validate_create_data_disk_configuration_input(
                data_disk_configurations_item, f"{where}data_disk_configurations[{index}]."
            )
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)


def validate_create_os_disk_configuration_input(
    obj: CreateOSDiskConfigurationInput, where: str
) -> None:
    """Check a `CreateOSDiskConfigurationInput` about to be sent; errors start with `where` + the
    member."""
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )
    check_string(
        "os_state", obj.os_state, where=where, required=True, enum=("Generalized", "Specialized")
    )
    check_string("os", obj.os, where=where, required=True, enum=("Linux", "Windows"))
    check_string("media_link", obj.media_link, where=where, required=True)


def validate_create_data_disk_configuration_input(
    obj: CreateDataDiskConfigurationInput, where: str
) -> None:
    """Check a `CreateDataDiskConfigurationInput` about to be sent; errors start with `where` +
    the member."""
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )
    if obj.lun is not None:
        obj.lun = check_int("lun", obj.lun, where=where)
    check_string("media_link", obj.media_link, where=where, required=True)
    obj.logical_disk_size_in_gb = check_int(
        "logical_disk_size_in_gb", obj.logical_disk_size_in_gb, where=where, required=True
    )


def validate_update_vm_image_input(obj: UpdateVMImageInput, where: str) -> None:
    """Check a `UpdateVMImageInput` about to be sent; errors start with `where` + the member."""
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.os_disk_configuration is not None:
        check_instance(
            "os_disk_configuration",
            obj.os_disk_configuration,
            UpdateOSDiskConfigurationInput,
            where=where,
        )
        validate_update_os_disk_configuration_input(
            obj.os_disk_configuration, f"{where}os_disk_configuration."
        )
    if obj.data_disk_configurations is not None:
        check_list("data_disk_configurations", obj.data_disk_configurations, where=where)
        for index, data_disk_configurations_item in enumerate(obj.data_disk_configurations):
            check_instance(
                f"data_disk_configurations[{index}]",
                data_disk_configurations_item,
                UpdateDataDiskConfigurationInput,
                where=where,
                required=True,
            )
            validate_update_data_disk_configuration_input(
                data_disk_configurations_item, f"{where}data_disk_configurations[{index}]."
            )
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)


def validate_update_os_disk_configuration_input(
    obj: UpdateOSDiskConfigurationInput, where: str
) -> None:
    """Check a `UpdateOSDiskConfigurationInput` about to be sent; errors start with `where` + the
    member."""
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )


def validate_update_data_disk_configuration_input(
    obj: UpdateDataDiskConfigurationInput, where: str
) -> None:
    """Check a `UpdateDataDiskConfigurationInput` about to be sent; errors start with `where` +
    the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )
    if obj.lun is not None:
        obj.lun = check_int("lun", obj.lun, where=where)


def validate_update_os_image_input(obj: UpdateOSImageInput, where: str) -> None:
    """Check a `UpdateOSImageInput` about to be sent; errors start with `where` + the member."""
    check_string("label", obj.label, where=where, required=True)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)


def validate_load_balanced_endpoint_list(obj: LoadBalancedEndpointList, where: str) -> None:
    """Check a `LoadBalancedEndpointList` about to be sent; errors start with `where` + the
    member."""
    if obj.load_balanced_endpoints is not None:
        check_list("load_balanced_endpoints", obj.load_balanced_endpoints, where=where)
        for index, load_balanced_endpoints_item in enumerate(obj.load_balanced_endpoints):
            check_instance(
                f"load_balanced_endpoints[{index}]",
                load_balanced_endpoints_item,
                LoadBalancedEndpoint,
                where=where,
                required=True,
            )
            validate_load_balanced_endpoint(
                load_balanced_endpoints_item, f"{where}load_balanced_endpoints[{index}]."
            )


def validate_load_balanced_endpoint(obj: LoadBalancedEndpoint, where: str) -> None:
    """Check a `LoadBalancedEndpoint` about to be sent; errors start with `where` + the member."""
    check_string(
        "load_balanced_endpoint_set_name",
        obj.load_balanced_endpoint_set_name,
        where=where,
        required=True,
    )
    if obj.local_port is not None:
        obj.local_port = check_int("local_port", obj.local_port, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)
    if obj.load_balancer_probe is not None:
        check_instance(
            "load_balancer_probe", obj.load_balancer_probe, LoadBalancerProbe, where=where
        )
        validate_load_balancer_probe(obj.load_balancer_probe, f"{where}load_balancer_probe.")
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.vip is not None:
        check_string("vip", obj.vip, where=where)
    if obj.enable_direct_server_return is not None:
        obj.enable_direct_server_return = check_bool(
            "enable_direct_server_return", obj.enable_direct_server_return, where=where
        )
    if obj.endpoint_acl is not None:
        check_instance("endpoint_acl", obj.endpoint_acl, EndpointAcl, where=where)
        validate_endpoint_acl(obj.endpoint_acl, f"{where}endpoint_acl.")
    if obj.load_balancer_name is not None:
        check_string("load_balancer_name", obj.load_balancer_name, where=where)
    if obj.idle_timeout_in_minutes is not None:
        obj.idle_timeout_in_minutes = check_int(
            "idle_timeout_in_minutes",
            obj.idle_timeout_in_minutes,
            where=where,
            minimum=4,
            maximum=30,
        )
    if obj.load_balancer_distribution is not None:
        check_string("load_balancer_distribution", obj.load_balancer_distribution, where=where)
    if obj.virtual_ip_name is not None:
        check_string("virtual_ip_name", obj.virtual_ip_name, where=where)


def validate_location(obj: Location, where: str) -> None:
    """Check a `Location` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.display_name is not None:
        check_string("display_name", obj.display_name, where=where)
    if obj.available_services is not None:
        check_list("available_services", obj.available_services, where=where)
        for index, available_services_item in enumerate(obj.available_services):
            check_string(
                f"available_services[{index}]", available_services_item, where=where, required=True
            )
    if obj.compute_capabilities is not None and not is_blank(obj.compute_capabilities):
        check_instance(
            "compute_capabilities", obj.compute_capabilities, ComputeCapabilities, where=where
        )
        validate_compute_capabilities(obj.compute_capabilities, f"{where}compute_capabilities.")
    if obj.storage_capabilities is not None:
        check_instance(
            "storage_capabilities", obj.storage_capabilities, StorageCapabilities, where=where
        )
        validate_storage_capabilities(obj.storage_capabilities, f"{where}storage_capabilities.")


def validate_storage_capabilities(obj: StorageCapabilities, where: str) -> None:
    """Check a `StorageCapabilities` about to be sent; errors start with `where` + the member."""
    if obj.storage_account_types is not None:
        check_list("storage_account_types", obj.storage_account_types, where=where)
        for index, storage_account_types_item in enumerate(obj.storage_account_types):
            check_string(
                f"storage_account_types[{index}]",
                storage_account_types_item,
                where=where,
                required=True,
            )


def validate_compute_capabilities(obj: ComputeCapabilities, where: str) -> None:
    """Check a `ComputeCapabilities` about to be sent; errors start with `where` + the member."""
    if obj.web_worker_role_sizes is not None:
        check_list("web_worker_role_sizes", obj.web_worker_role_sizes, where=where)
        for index, web_worker_role_sizes_item in enumerate(obj.web_worker_role_sizes):
            check_string(
                f"web_worker_role_sizes[{index}]",
                web_worker_role_sizes_item,
                where=where,
                required=True,
            )
    if obj.virtual_machines_role_sizes is not None:
        check_list("virtual_machines_role_sizes", obj.virtual_machines_role_sizes, where=where)
        for index, virtual_machines_role_sizes_item in enumerate(obj.virtual_machines_role_sizes):
            check_string(
                f"virtual_machines_role_sizes[{index}]",
                virtual_machines_role_sizes_item,
                where=where,
                required=True,
            )


def validate_deployment_network_resource(obj: DeploymentNetworkResource, where: str) -> None:
    """Check a `DeploymentNetworkResource` about to be sent; errors start with `where` + the
    member."""
    if obj.resource_group_name is not None:
        check_string("resource_group_name", obj.resource_group_name, where=where)
    if obj.virtual_network_name is not None:
        check_string("virtual_network_name", obj.virtual_network_name, where=where)
    if obj.subnet_name is not None:
        check_string("subnet_name", obj.subnet_name, where=where)
    check_string(
        "destination_virtual_network",
        obj.destination_virtual_network,
        where=where,
        required=True,
        enum=("New", "Existing"),
    )


def validate_migration_validation_message(obj: MigrationValidationMessage, where: str) -> None:
    """Check a `MigrationValidationMessage` about to be sent; errors start with `where` + the
    member."""
    if obj.resource_type is not None:
        check_string("resource_type", obj.resource_type, where=where)
    if obj.resource_name is not None:
        check_string("resource_name", obj.resource_name, where=where)
    if obj.category is not None:
        check_string("category", obj.category, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)
    if obj.virtual_machine_name is not None:
        check_string("virtual_machine_name", obj.virtual_machine_name, where=where)


def validate_ip_forwarding(obj: IPForwarding, where: str) -> None:
    """Check a `IPForwarding` about to be sent; errors start with `where` + the member."""
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_address_availability(obj: AddressAvailability, where: str) -> None:
    """Check a `AddressAvailability` about to be sent; errors start with `where` + the member."""
    if obj.is_available is not None:
        obj.is_available = check_bool("is_available", obj.is_available, where=where)
    if obj.available_addresses is not None:
        check_list("available_addresses", obj.available_addresses, where=where)
        for index, available_addresses_item in enumerate(obj.available_addresses):
            check_string(
                f"available_addresses[{index}]",
                available_addresses_item,
                where=where,
                required=True,
            )


def validate_network_migration_validation_message(
    obj: NetworkMigrationValidationMessage, where: str
) -> None:
    """Check a `NetworkMigrationValidationMessage` about to be sent; errors start with `where` +
    the member."""
    if obj.resource_type is not None:
        check_string("resource_type", obj.resource_type, where=where)
    if obj.resource_name is not None:
        check_string("resource_name", obj.resource_name, where=where)
    if obj.category is not None:
        check_string("category", obj.category, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)
    if obj.virtual_machine_name is not None:
        check_string("virtual_machine_name", obj.virtual_machine_name, where=where)


def validate_network_security_group(obj: NetworkSecurityGroup, where: str) -> None:
    """Check a `NetworkSecurityGroup` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.rules is not None:
        check_list("rules", obj.rules, where=where)
        for index, rules_item in enumerate(obj.rules):
            check_instance(
                f"rules[{index}]", rules_item, NetworkSecurityRule, where=where, required=True
            )
            validate_network_security_rule(rules_item, f"{where}rules[{index}].")


def validate_network_security_rule(obj: NetworkSecurityRule, where: str) -> None:
    """Check a `NetworkSecurityRule` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.priority is not None:
        obj.priority = check_int("priority", obj.priority, where=where)
    if obj.action is not None:
        check_string("action", obj.action, where=where)
    if obj.source_address_prefix is not None:
        check_string("source_address_prefix", obj.source_address_prefix, where=where)
    if obj.source_port_range is not None:
        check_string("source_port_range", obj.source_port_range, where=where)
    if obj.destination_address_prefix is not None:
        check_string("destination_address_prefix", obj.destination_address_prefix, where=where)
    if obj.destination_port_range is not None:
        check_string("destination_port_range", obj.destination_port_range, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.is_default is not None:
        obj.is_default = check_bool("is_default", obj.is_default, where=where)


def validate_network_security_group_association(
    obj: NetworkSecurityGroupAssociation, where: str
) -> None:
    """Check a `NetworkSecurityGroupAssociation` about to be sent; errors start with `where` +
    the member."""
    if obj.network_security_group_name is not None:
        check_string("network_security_group_name", obj.network_security_group_name, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_reserved_ip(obj: ReservedIP, where: str) -> None:
    """Check a `ReservedIP` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.address is not None:
        check_string("address", obj.address, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.in_use is not None:
        obj.in_use = check_bool("in_use", obj.in_use, where=where)
    if obj.service_name is not None:
        check_string("service_name", obj.service_name, where=where)
    if obj.deployment_name is not None:
        check_string("deployment_name", obj.deployment_name, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.virtual_ip_name is not None:
        check_string("virtual_ip_name", obj.virtual_ip_name, where=where)


def validate_reserved_ip_association(obj: ReservedIPAssociation, where: str) -> None:
    """Check a `ReservedIPAssociation` about to be sent; errors start with `where` + the member."""
    check_string("service_name", obj.service_name, where=where, required=True)
    check_string("deployment_name", obj.deployment_name, where=where, required=True)
    if obj.virtual_ip_name is not None:
        check_string("virtual_ip_name", obj.virtual_ip_name, where=where)


def validate_virtual_network_site(obj: VirtualNetworkSite, where: str) -> None:
    """Check a `VirtualNetworkSite` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.subnets is not None:
        check_list("subnets", obj.subnets, where=where)
        for index, subnets_item in enumerate(obj.subnets):
            check_instance(f"subnets[{index}]", subnets_item, Subnet, where=where, required=True)
            validate_subnet(subnets_item, f"{where}subnets[{index}].")
    if obj.dns_servers is not None:
        check_list("dns_servers", obj.dns_servers, where=where)
        for index, dns_servers_item in enumerate(obj.dns_servers):
            check_instance(
                f"dns_servers[{index}]", dns_servers_item, DnsServer, where=where, required=True
            )
            validate_dns_server(dns_servers_item, f"{where}dns_servers[{index}].")
    if obj.gateway is not None:
        check_instance("gateway", obj.gateway, VirtualNetworkGateway, where=where)
        validate_virtual_network_gateway(obj.gateway, f"{where}gateway.")
    if obj.in_use is not None:
        obj.in_use = check_bool("in_use", obj.in_use, where=where)
    if obj.migration_state is not None:
        check_string("migration_state", obj.migration_state, where=where)


def validate_subnet(obj: Subnet, where: str) -> None:
    """Check a `Subnet` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.address_prefix is not None:
        check_string("address_prefix", obj.address_prefix, where=where)
    if obj.network_security_group is not None:
        check_string("network_security_group", obj.network_security_group, where=where)


def validate_virtual_network_gateway(obj: VirtualNetworkGateway, where: str) -> None:
    """Check a `VirtualNetworkGateway` about to be sent; errors start with `where` + the member."""
    if obj.profile is not None:
        check_string("profile", obj.profile, where=where)
    if obj.sites is not None:
        check_list("sites", obj.sites, where=where)
        for index, sites_item in enumerate(obj.sites):
            check_instance(
                f"sites[{index}]", sites_item, GatewayLocalNetworkSite, where=where, required=True
            )
            validate_gateway_local_network_site(sites_item, f"{where}sites[{index}].")
    if obj.vpn_client_address_pool is not None:
        check_list("vpn_client_address_pool", obj.vpn_client_address_pool, where=where)
        for index, vpn_client_address_pool_item in enumerate(obj.vpn_client_address_pool):
            check_string(
                f"vpn_client_address_pool[{index}]",
                vpn_client_address_pool_item,
                where=where,
                required=True,
            )


def validate_gateway_local_network_site(obj: GatewayLocalNetworkSite, where: str) -> None:
    """Check a `GatewayLocalNetworkSite` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.vpn_gateway_address is not None:
        check_string("vpn_gateway_address", obj.vpn_gateway_address, where=where)
    if obj.connections is not None:
        check_list("connections", obj.connections, where=where)
        for index, connections_item in enumerate(obj.connections):
            check_instance(
                f"connections[{index}]",
                connections_item,
                GatewayConnection,
                where=where,
                required=True,
            )
            validate_gateway_connection(connections_item, f"{where}connections[{index}].")


def validate_gateway_connection(obj: GatewayConnection, where: str) -> None:
    """Check a `GatewayConnection` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)


def validate_network_configuration(obj: NetworkConfiguration, where: str) -> None:
    """Check a `NetworkConfiguration` about to be sent; errors start with `where` + the member."""
    if obj.dns_servers is not None:
        check_list("dns_servers", obj.dns_servers, where=where)
        for index, dns_servers_item in enumerate(obj.dns_servers):
            check_instance(
                f"dns_servers[{index}]",
                dns_servers_item,
                NetworkDnsServer,
                where=where,
                required=True,
            )
            validate_network_dns_server(dns_servers_item, f"{where}dns_servers[{index}].")
    if obj.local_network_sites is not None:
        check_list("local_network_sites", obj.local_network_sites, where=where)
        for index, local_network_sites_item in enumerate(obj.local_network_sites):
            check_instance(
                f"local_network_sites[{index}]",
                local_network_sites_item,
                LocalNetworkSite,
                where=where,
                required=True,
            )
            validate_local_network_site(
                local_network_sites_item, f"{where}local_network_sites[{index}]."
            )
    if obj.virtual_network_sites is not None:
        check_list("virtual_network_sites", obj.virtual_network_sites, where=where)
        for index, virtual_network_sites_item in enumerate(obj.virtual_network_sites):
            check_instance(
                f"virtual_network_sites[{index}]",
                virtual_network_sites_item,
                VirtualNetworkSiteConfiguration,
                where=where,
                required=True,
            )
            validate_virtual_network_site_configuration(
                virtual_network_sites_item, f"{where}virtual_network_sites[{index}]."
            )


def validate_network_dns_server(obj: NetworkDnsServer, where: str) -> None:
    """Check a `NetworkDnsServer` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    check_string("ip_address", obj.ip_address, where=where, required=True)


def validate_local_network_site(obj: LocalNetworkSite, where: str) -> None:
    """Check a `LocalNetworkSite` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.vpn_gateway_address is not None:
        check_string("vpn_gateway_address", obj.vpn_gateway_address, where=where)


def validate_virtual_network_site_configuration(
    obj: VirtualNetworkSiteConfiguration, where: str
) -> None:
    """Check a `VirtualNetworkSiteConfiguration` about to be sent; errors start with `where` +
    the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.subnets is not None:
        check_list("subnets", obj.subnets, where=where)
        for index, subnets_item in enumerate(obj.subnets):
            check_instance(
                f"subnets[{index}]", subnets_item, SubnetConfiguration, where=where, required=True
            )
            validate_subnet_configuration(subnets_item, f"{where}subnets[{index}].")
    if obj.dns_servers_ref is not None:
        check_list("dns_servers_ref", obj.dns_servers_ref, where=where)
        for index, dns_servers_ref_item in enumerate(obj.dns_servers_ref):
            check_instance(
                f"dns_servers_ref[{index}]",
                dns_servers_ref_item,
                DnsServerRef,
                where=where,
                required=True,
            )
            validate_dns_server_ref(dns_servers_ref_item, f"{where}dns_servers_ref[{index}].")
    if obj.gateway is not None:
        check_instance("gateway", obj.gateway, NetworkGateway, where=where)
        validate_network_gateway(obj.gateway, f"{where}gateway.")


def validate_subnet_configuration(obj: SubnetConfiguration, where: str) -> None:
    """Check a `SubnetConfiguration` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.address_prefix is not None:
        check_string("address_prefix", obj.address_prefix, where=where)


def validate_dns_server_ref(obj: DnsServerRef, where: str) -> None:
    """Check a `DnsServerRef` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)


def validate_network_gateway(obj: NetworkGateway, where: str) -> None:
    """Check a `NetworkGateway` about to be sent; errors start with `where` + the member."""
    if obj.profile is not None:
        check_string("profile", obj.profile, where=where)
    if obj.vpn_client_address_pool is not None:
        check_list("vpn_client_address_pool", obj.vpn_client_address_pool, where=where)
        for index, vpn_client_address_pool_item in enumerate(obj.vpn_client_address_pool):
            check_string(
                f"vpn_client_address_pool[{index}]",
                vpn_client_address_pool_item,
                where=where,
                required=True,
            )
    if obj.connections_to_local_network is not None:
        check_list("connections_to_local_network", obj.connections_to_local_network, where=where)
        for index, connections_to_local_network_item in enumerate(obj.connections_to_local_network):
            check_instance(
                f"connections_to_local_network[{index}]",
                connections_to_local_network_item,
                LocalNetworkSiteRef,
                where=where,
                required=True,
            )
            validate_local_network_site_ref(
                connections_to_local_network_item, f"{where}connections_to_local_network[{index}]."
            )


def validate_local_network_site_ref(obj: LocalNetworkSiteRef, where: str) -> None:
    """Check a `LocalNetworkSiteRef` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.connection is not None:
        check_instance("connection", obj.connection, LocalNetworkConnection, where=where)
        validate_local_network_connection(obj.connection, f"{where}connection.")


def validate_local_network_connection(obj: LocalNetworkConnection, where: str) -> None:
    """Check a `LocalNetworkConnection` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)


def validate_operating_system(obj: OperatingSystem, where: str) -> None:
    """Check a `OperatingSystem` about to be sent; errors start with `where` + the member."""
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.is_default is not None:
        obj.is_default = check_bool("is_default", obj.is_default, where=where)
    if obj.is_active is not None:
        obj.is_active = check_bool("is_active", obj.is_active, where=where)
    if obj.family is not None:
        obj.family = check_int("family", obj.family, where=where)
    if obj.family_label is not None:
        check_string("family_label", obj.family_label, where=where, encoded=True)


def validate_operating_system_family(obj: OperatingSystemFamily, where: str) -> None:
    """Check a `OperatingSystemFamily` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.operating_systems is not None:
        check_list("operating_systems", obj.operating_systems, where=where)
        for index, operating_systems_item in enumerate(obj.operating_systems):
            check_instance(
                f"operating_systems[{index}]",
                operating_systems_item,
                OperatingSystem,
                where=where,
                required=True,
            )
            validate_operating_system(operating_systems_item, f"{where}operating_systems[{index}].")


def validate_os_image(obj: OSImage, where: str) -> None:
    """Check a `OSImage` about to be sent; errors start with `where` + the member."""
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.category is not None:
        check_string("category", obj.category, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.logical_size_in_gb is not None:
        obj.logical_size_in_gb = check_int(
            "logical_size_in_gb", obj.logical_size_in_gb, where=where
        )
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.os is not None:
        check_string("os", obj.os, where=where)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.publisher_name is not None:
        check_string("publisher_name", obj.publisher_name, where=where)
    if obj.pricing_detail_link is not None:
        check_string("pricing_detail_link", obj.pricing_detail_link, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.os_state is not None:
        check_string("os_state", obj.os_state, where=where)
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)


def validate_os_image_input(obj: OSImageInput, where: str) -> None:
    """Check a `OSImageInput` about to be sent; errors start with `where` + the member."""
    check_string("label", obj.label, where=where, required=True)
    check_string("media_link", obj.media_link, where=where, required=True)
    check_string("name", obj.name, where=where, required=True)
    check_string("os", obj.os, where=where, required=True, enum=("Linux", "Windows"))
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)


def validate_resource_extension(obj: ResourceExtension, where: str) -> None:
    """Check a `ResourceExtension` about to be sent; errors start with `where` + the member."""
    if obj.publisher is not None:
        check_string("publisher", obj.publisher, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.public_configuration_schema is not None:
        check_string("public_configuration_schema", obj.public_configuration_schema, where=where)
    if obj.private_configuration_schema is not None:
        check_string("private_configuration_schema", obj.private_configuration_schema, where=where)
    if obj.sample_config is not None:
        check_string("sample_config", obj.sample_config, where=where)
    if obj.replication_completed is not None:
        obj.replication_completed = check_bool(
            "replication_completed", obj.replication_completed, where=where
        )
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.homepage_uri is not None:
        check_string("homepage_uri", obj.homepage_uri, where=where)
    if obj.is_json_extension is not None:
        obj.is_json_extension = check_bool("is_json_extension", obj.is_json_extension, where=where)
    if obj.is_internal_extension is not None:
        obj.is_internal_extension = check_bool(
            "is_internal_extension", obj.is_internal_extension, where=where
        )
    if obj.disallow_major_version_upgrade is not None:
        obj.disallow_major_version_upgrade = check_bool(
            "disallow_major_version_upgrade", obj.disallow_major_version_upgrade, where=where
        )
    if obj.company_name is not None:
        check_string("company_name", obj.company_name, where=where)
    if obj.supported_os is not None:
        check_string("supported_os", obj.supported_os, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.regions is not None:
        check_string("regions", obj.regions, where=where)


def validate_update_role(obj: UpdateRole, where: str) -> None:
    """Check a `UpdateRole` about to be sent; errors start with `where` + the member."""
    check_string("role_name", obj.role_name, where=where, required=True)
    if obj.role_type is not None:
        check_string("role_type", obj.role_type, where=where)
    if obj.network_config is not None:
        check_instance(
            "network_config",
            obj.network_config,
            (NetworkConfigurationSet, ConfigurationSet),
            where=where,
        )
        validate_any_network_configuration_set(obj.network_config, f"{where}network_config.")
    if obj.resource_extension_references is not None:
        check_list("resource_extension_references", obj.resource_extension_references, where=where)
        for index, resource_extension_references_item in enumerate(
            obj.resource_extension_references
        ):
            check_instance(
                f"resource_extension_references[{index}]",
                resource_extension_references_item,
                ResourceExtensionReference,
                where=where,
                required=True,
            )
            validate_resource_extension_reference(
                resource_extension_references_item,
                f"{where}resource_extension_references[{index}].",
            )
    if obj.availability_set_name is not None:
        check_string("availability_set_name", obj.availability_set_name, where=where)
    if obj.data_virtual_hard_disks is not None:
        check_list("data_virtual_hard_disks", obj.data_virtual_hard_disks, where=where)
        for index, data_virtual_hard_disks_item in enumerate(obj.data_virtual_hard_disks):
            check_instance(
                f"data_virtual_hard_disks[{index}]",
                data_virtual_hard_disks_item,
                DataVirtualHardDisk,
                where=where,
                required=True,
            )
            validate_data_virtual_hard_disk(
                data_virtual_hard_disks_item, f"{where}data_virtual_hard_disks[{index}]."
            )
    if obj.os_virtual_hard_disk is not None:
        check_instance(
            "os_virtual_hard_disk", obj.os_virtual_hard_disk, OSVirtualHardDisk, where=where
        )
        validate_os_virtual_hard_disk(obj.os_virtual_hard_disk, f"{where}os_virtual_hard_disk.")
    if obj.role_size is not None:
        check_string("role_size", obj.role_size, where=where)
    if obj.provision_guest_agent is not None:
        obj.provision_guest_agent = check_bool(
            "provision_guest_agent", obj.provision_guest_agent, where=where
        )


def validate_capture_role_operation(obj: CaptureRoleOperation, where: str) -> None:
    """Check a `CaptureRoleOperation` about to be sent; errors start with `where` + the member."""
    check_string(
        "post_capture_action",
        obj.post_capture_action,
        where=where,
        required=True,
        enum=("Delete", "Reprovision"),
    )
    if obj.provisioning_configuration is not None:
        check_instance(
            "provisioning_configuration",
            obj.provisioning_configuration,
            (LinuxConfigurationSet, WindowsConfigurationSet, ConfigurationSet),
            where=where,
        )
        validate_provisioning_configuration_set(
            obj.provisioning_configuration, f"{where}provisioning_configuration."
        )
    check_string("target_image_label", obj.target_image_label, where=where, required=True)
    check_string("target_image_name", obj.target_image_name, where=where, required=True)


def validate_start_role_operation(obj: StartRoleOperation, where: str) -> None:
    """Check a `StartRoleOperation` about to be sent; errors start with `where` + the member."""
    return


def validate_start_roles_operation(obj: StartRolesOperation, where: str) -> None:
    """Check a `StartRolesOperation` about to be sent; errors start with `where` + the member."""
    check_list("role_names", obj.role_names, where=where, required=True)
    if obj.role_names is not None:
        for index, role_names_item in enumerate(obj.role_names):
            check_string(f"role_names[{index}]", role_names_item, where=where, required=True)


def validate_restart_role_operation(obj: RestartRoleOperation, where: str) -> None:
    """Check a `RestartRoleOperation` about to be sent; errors start with `where` + the member."""
    return


def validate_shutdown_role_operation(obj: ShutdownRoleOperation, where: str) -> None:
    """Check a `ShutdownRoleOperation` about to be sent; errors start with `where` + the member."""
    if obj.post_shutdown_action is not None:
        check_string(
            "post_shutdown_action",
            obj.post_shutdown_action,
            where=where,
            enum=("Stopped", "StoppedDeallocated"),
        )


def validate_shutdown_roles_operation(obj: ShutdownRolesOperation, where: str) -> None:
    """Check a `ShutdownRolesOperation` about to be sent; errors start with `where` + the member."""
    check_list("role_names", obj.role_names, where=where, required=True)
    if obj.role_names is not None:
        for index, role_names_item in enumerate(obj.role_names):
            check_string(f"role_names[{index}]", role_names_item, where=where, required=True)
    if obj.post_shutdown_action is not None:
        check_string(
            "post_shutdown_action",
            obj.post_shutdown_action,
            where=where,
            enum=("Stopped", "StoppedDeallocated"),
        )


def validate_role_size(obj: RoleSize, where: str) -> None:
    """Check a `RoleSize` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.cores is not None:
        obj.cores = check_int("cores", obj.cores, where=where)
    if obj.memory_in_mb is not None:
        obj.memory_in_mb = check_int("memory_in_mb", obj.memory_in_mb, where=where)
    if obj.supported_by_web_worker_roles is not None:
        obj.supported_by_web_worker_roles = check_bool(
            "supported_by_web_worker_roles", obj.supported_by_web_worker_roles, where=where
        )
    if obj.supported_by_virtual_machines is not None:
        obj.supported_by_virtual_machines = check_bool(
            "supported_by_virtual_machines", obj.supported_by_virtual_machines, where=where
        )
    if obj.max_data_disk_count is not None:
        obj.max_data_disk_count = check_int(
            "max_data_disk_count", obj.max_data_disk_count, where=where
        )
    if obj.web_worker_resource_disk_size_in_mb is not None:
        obj.web_worker_resource_disk_size_in_mb = check_int(
            "web_worker_resource_disk_size_in_mb",
            obj.web_worker_resource_disk_size_in_mb,
            where=where,
        )
    if obj.virtual_machine_resource_disk_size_in_mb is not None:
        obj.virtual_machine_resource_disk_size_in_mb = check_int(
            "virtual_machine_resource_disk_size_in_mb",
            obj.virtual_machine_resource_disk_size_in_mb,
            where=where,
        )


def validate_role_definition(obj: RoleDefinition, where: str) -> None:
    """Check a `RoleDefinition` about to be sent; errors start with `where` + the member."""
    check_string("role_name", obj.role_name, where=where, required=True)
    if obj.role_type is not None:
        check_string("role_type", obj.role_type, where=where)
    if obj.configuration_sets is not None:
        check_list("configuration_sets", obj.configuration_sets, where=where)
        for index, configuration_sets_item in enumerate(obj.configuration_sets):
            check_instance(
                f"configuration_sets[{index}]",
                configuration_sets_item,
                (
                    LinuxConfigurationSet,
                    WindowsConfigurationSet,
                    NetworkConfigurationSet,
                    ConfigurationSet,
                ),
                where=where,
                required=True,
            )
            validate_any_configuration_set(
                configuration_sets_item, f"{where}configuration_sets[{index}]."
            )
    if obj.resource_extension_references is not None:
        check_list("resource_extension_references", obj.resource_extension_references, where=where)
        for index, resource_extension_references_item in enumerate(
            obj.resource_extension_references
        ):
            check_instance(
                f"resource_extension_references[{index}]",
                resource_extension_references_item,
                ResourceExtensionReference,
                where=where,
                required=True,
            )
            validate_resource_extension_reference(
                resource_extension_references_item,
                f"{where}resource_extension_references[{index}].",
            )
    if obj.vm_image_name is not None:
        check_string("vm_image_name", obj.vm_image_name, where=where)
    if obj.media_location is not None:
        check_string("media_location", obj.media_location, where=where)
    if obj.availability_set_name is not None:
        check_string("availability_set_name", obj.availability_set_name, where=where)
    if obj.data_virtual_hard_disks is not None:
        check_list("data_virtual_hard_disks", obj.data_virtual_hard_disks, where=where)
        for index, data_virtual_hard_disks_item in enumerate(obj.data_virtual_hard_disks):
            check_instance(
                f"data_virtual_hard_disks[{index}]",
                data_virtual_hard_disks_item,
                DataVirtualHardDisk,
                where=where,
                required=True,
            )
            validate_data_virtual_hard_disk(
                data_virtual_hard_disks_item, f"{where}data_virtual_hard_disks[{index}]."
            )
    if obj.os_virtual_hard_disk is not None:
        check_instance(
            "os_virtual_hard_disk", obj.os_virtual_hard_disk, OSVirtualHardDisk, where=where
        )
        validate_os_virtual_hard_disk(obj.os_virtual_hard_disk, f"{where}os_virtual_hard_disk.")
    if obj.role_size is not None:
        check_string("role_size", obj.role_size, where=where)
    if obj.provision_guest_agent is not None:
        obj.provision_guest_agent = check_bool(
            "provision_guest_agent", obj.provision_guest_agent, where=where
        )


def validate_add_role(obj: AddRole, where: str) -> None:
    """Check a `AddRole` about to be sent; errors start with `where` + the member."""
    check_string("role_name", obj.role_name, where=where, required=True)
    if obj.role_type is not None:
        check_string("role_type", obj.role_type, where=where)
    if obj.configuration_sets is not None:
        check_list("configuration_sets", obj.configuration_sets, where=where)
        for index, configuration_sets_item in enumerate(obj.configuration_sets):
            check_instance(
                f"configuration_sets[{index}]",
                configuration_sets_item,
                (
                    LinuxConfigurationSet,
                    WindowsConfigurationSet,
                    NetworkConfigurationSet,
                    ConfigurationSet,
                ),
                where=where,
                required=True,
            )
            validate_any_configuration_set(
                configuration_sets_item, f"{where}configuration_sets[{index}]."
            )
    if obj.resource_extension_references is not None:
        check_list("resource_extension_references", obj.resource_extension_references, where=where)
        for index, resource_extension_references_item in enumerate(
            obj.resource_extension_references
        ):
            check_instance(
                f"resource_extension_references[{index}]",
                resource_extension_references_item,
                ResourceExtensionReference,
                where=where,
                required=True,
            )
            validate_resource_extension_reference(
                resource_extension_references_item,
                f"{where}resource_extension_references[{index}].",
            )
    if obj.vm_image_name is not None:
        check_string("vm_image_name", obj.vm_image_name, where=where)
    if obj.media_location is not None:
        check_string("media_location", obj.media_location, where=where)
    if obj.availability_set_name is not None:
        check_string("availability_set_name", obj.availability_set_name, where=where)
    if obj.data_virtual_hard_disks is not None:
        check_list("data_virtual_hard_disks", obj.data_virtual_hard_disks, where=where)
        for index, data_virtual_hard_disks_item in enumerate(obj.data_virtual_hard_disks):
            check_instance(
                f"data_virtual_hard_disks[{index}]",
                data_virtual_hard_disks_item,
                DataVirtualHardDisk,
                where=where,
                required=True,
            )
            validate_data_virtual_hard_disk(
                data_virtual_hard_disks_item, f"{where}data_virtual_hard_disks[{index}]."
            )
    if obj.os_virtual_hard_disk is not None:
        check_instance(
            "os_virtual_hard_disk", obj.os_virtual_hard_disk, OSVirtualHardDisk, where=where
        )
        validate_os_virtual_hard_disk(obj.os_virtual_hard_disk, f"{where}os_virtual_hard_disk.")
    if obj.role_size is not None:
        check_string("role_size", obj.role_size, where=where)
    if obj.provision_guest_agent is not None:
        obj.provision_guest_agent = check_bool(
            "provision_guest_agent", obj.provision_guest_agent, where=where
        )


def validate_capture_role_as_vm_image(obj: CaptureRoleAsVMImage, where: str) -> None:
    """Check a `CaptureRoleAsVMImage` about to be sent; errors start with `where` + the member."""
    check_string(
        "os_state", obj.os_state, where=where, required=True, enum=("Generalized", "Specialized")
    )
    check_string("vm_image_name", obj.vm_image_name, where=where, required=True)
    check_string("vm_image_label", obj.vm_image_label, where=where, required=True)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)


def validate_role(obj: Role, where: str) -> None:
    """Check a `Role` about to be sent; errors start with `where` + the member."""
    if isinstance(obj, PersistentVMRole):
        validate_persistent_vm_role(obj, where)


def validate_persistent_vm_role(obj: PersistentVMRole, where: str) -> None:
    """Check a `PersistentVMRole` about to be sent; errors start with `where` + the member."""
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.os_version is not None:
        check_string("os_version", obj.os_version, where=where)
    if obj.role_type is not None:
        check_string("role_type", obj.role_type, where=where)
    if obj.license_type is not None:
        check_string("license_type", obj.license_type, where=where)
    if obj.configuration_sets is not None:
        check_list("configuration_sets", obj.configuration_sets, where=where)
        for index, configuration_sets_item in enumerate(obj.configuration_sets):
            check_instance(
                f"configuration_sets[{index}]",
                configuration_sets_item,
                (
                    LinuxConfigurationSet,
                    WindowsConfigurationSet,
                    NetworkConfigurationSet,
                    ConfigurationSet,
                ),
                where=where,
                required=True,
            )
            validate_any_configuration_set(
                configuration_sets_item, f"{where}configuration_sets[{index}]."
            )
    if obj.resource_extension_references is not None:
        check_list("resource_extension_references", obj.resource_extension_references, where=where)
        for index, resource_extension_references_item in enumerate(
            obj.resource_extension_references
        ):
            check_instance(
                f"resource_extension_references[{index}]",
                resource_extension_references_item,
                ResourceExtensionReference,
                where=where,
                required=True,
            )
            validate_resource_extension_reference(
                resource_extension_references_item,
                f"{where}resource_extension_references[{index}].",
            )
    if obj.vm_image_name is not None:
        check_string("vm_image_name", obj.vm_image_name, where=where)
    if obj.media_location is not None:
        check_string("media_location", obj.media_location, where=where)
    if obj.availability_set_name is not None:
        check_string("availability_set_name", obj.availability_set_name, where=where)
    if obj.data_virtual_hard_disks is not None:
        check_list("data_virtual_hard_disks", obj.data_virtual_hard_disks, where=where)
        for index, data_virtual_hard_disks_item in enumerate(obj.data_virtual_hard_disks):
            check_instance(
                f"data_virtual_hard_disks[{index}]",
                data_virtual_hard_disks_item,
                DataVirtualHardDisk,
                where=where,
                required=True,
            )
            validate_data_virtual_hard_disk(
                data_virtual_hard_disks_item, f"{where}data_virtual_hard_disks[{index}]."
            )
    if obj.os_virtual_hard_disk is not None and not is_blank(obj.os_virtual_hard_disk):
        check_instance(
            "os_virtual_hard_disk", obj.os_virtual_hard_disk, OSVirtualHardDisk, where=where
        )
        validate_os_virtual_hard_disk(obj.os_virtual_hard_disk, f"{where}os_virtual_hard_disk.")
    if obj.role_size is not None:
        check_string("role_size", obj.role_size, where=where)
    if obj.provision_guest_agent is not None:
        obj.provision_guest_agent = check_bool(
            "provision_guest_agent", obj.provision_guest_agent, where=where
        )
    if obj.default_win_rm_certificate_thumbprint is not None:
        check_string(
            "default_win_rm_certificate_thumbprint",
            obj.default_win_rm_certificate_thumbprint,
            where=where,
        )
    if obj.migration_state is not None:
        check_string("migration_state", obj.migration_state, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.vm_image_input is not None:
        check_instance("vm_image_input", obj.vm_image_input, VMImageInput, where=where)
        validate_vm_image_input(obj.vm_image_input, f"{where}vm_image_input.")
    if obj.debug_settings is not None:
        check_instance("debug_settings", obj.debug_settings, DebugSettings, where=where)
        validate_debug_settings(obj.debug_settings, f"{where}debug_settings.")


def validate_any_configuration_set(obj: AnyConfigurationSet, where: str) -> None:
    """Check a `AnyConfigurationSet` about to be sent; errors start with `where` + the member."""
    if isinstance(obj, LinuxConfigurationSet):
        validate_linux_configuration_set(obj, where)
    elif isinstance(obj, WindowsConfigurationSet):
        validate_windows_configuration_set(obj, where)
    elif isinstance(obj, NetworkConfigurationSet):
        validate_network_configuration_set(obj, where)
    elif isinstance(obj, ConfigurationSet):
        specific = obj.specialize(where)
        if not isinstance(
            specific, (LinuxConfigurationSet, WindowsConfigurationSet, NetworkConfigurationSet)
        ):
            raise ValueError(
                f"{where}configuration_set_type: must be "
                "LinuxProvisioningConfiguration or "
                "WindowsProvisioningConfiguration or NetworkConfiguration"
                " here, "
                f"got {obj.configuration_set_type!r}"
            )
        validate_any_configuration_set(specific, where)
        write_back(obj, specific)


def validate_configuration_set(obj: ConfigurationSet, where: str) -> None:
    """Check a `ConfigurationSet` about to be sent; errors start with `where` + the member."""
    if obj.configuration_set_type is not None:
        check_string("configuration_set_type", obj.configuration_set_type, where=where)
    if obj.role_type is not None:
        check_string("role_type", obj.role_type, where=where)
    if obj.input_endpoints is not None:
        check_list("input_endpoints", obj.input_endpoints, where=where)
        for index, input_endpoints_item in enumerate(obj.input_endpoints):
            check_instance(
                f"input_endpoints[{index}]",
                input_endpoints_item,
                ConfigurationSetInputEndpoint,
                where=where,
                required=True,
            )
            validate_configuration_set_input_endpoint(
                input_endpoints_item, f"{where}input_endpoints[{index}]."
            )
    if obj.subnet_names is not None:
        check_list("subnet_names", obj.subnet_names, where=where)
        for index, subnet_names_item in enumerate(obj.subnet_names):
            check_string(f"subnet_names[{index}]", subnet_names_item, where=where, required=True)
    if obj.public_ips is not None:
        check_list("public_ips", obj.public_ips, where=where)
        for index, public_ips_item in enumerate(obj.public_ips):
            check_instance(
                f"public_ips[{index}]", public_ips_item, PublicIP, where=where, required=True
            )
            validate_public_ip(public_ips_item, f"{where}public_ips[{index}].")
    if obj.static_virtual_network_ip_address is not None:
        check_string(
            "static_virtual_network_ip_address", obj.static_virtual_network_ip_address, where=where
        )


def validate_any_network_configuration_set(obj: AnyNetworkConfigurationSet, where: str) -> None:
    """Check a `AnyNetworkConfigurationSet` about to be sent; errors start with `where` + the
    member."""
    if isinstance(obj, NetworkConfigurationSet):
        validate_network_configuration_set(obj, where)
    elif isinstance(obj, ConfigurationSet):
        specific = obj.specialize(where)
        if not isinstance(specific, NetworkConfigurationSet):
            raise ValueError(
                f"{where}configuration_set_type: must be "
                "NetworkConfiguration"
                " here, "
                f"got {obj.configuration_set_type!r}"
            )
        validate_any_network_configuration_set(specific, where)
        write_back(obj, specific)


def validate_provisioning_configuration_set(obj: ProvisioningConfigurationSet, where: str) -> None:
    """Check a `ProvisioningConfigurationSet` about to be sent; errors start with `where` + the
    member."""
    if isinstance(obj, LinuxConfigurationSet):
        validate_linux_configuration_set(obj, where)
    elif isinstance(obj, WindowsConfigurationSet):
        validate_windows_configuration_set(obj, where)
    elif isinstance(obj, ConfigurationSet):
        specific = obj.specialize(where)
        if not isinstance(specific, (LinuxConfigurationSet, WindowsConfigurationSet)):
            raise ValueError(
                f"{where}configuration_set_type: must be "
                "LinuxProvisioningConfiguration or "
                "WindowsProvisioningConfiguration"
                " here, "
                f"got {obj.configuration_set_type!r}"
            )
        validate_provisioning_configuration_set(specific, where)
        write_back(obj, specific)


def validate_linux_configuration_set(obj: LinuxConfigurationSet, where: str) -> None:
    """Check a `LinuxConfigurationSet` about to be sent; errors start with `where` + the member."""
    if obj.host_name is not None:
        check_string("host_name", obj.host_name, where=where)
    if obj.user_name is not None:
        check_string("user_name", obj.user_name, where=where)
    if obj.user_password is not None:
        check_string("user_password", obj.user_password, where=where, secret=True)
    if obj.disable_ssh_password_authentication is not None:
        obj.disable_ssh_password_authentication = check_bool(
            "disable_ssh_password_authentication",
            obj.disable_ssh_password_authentication,
            where=where,
        )
    if obj.ssh is not None and not is_blank(obj.ssh):
        check_instance("ssh", obj.ssh, SSH, where=where)
        validate_ssh(obj.ssh, f"{where}ssh.")
    if obj.custom_data is not None:
        check_string("custom_data", obj.custom_data, where=where, secret=True, encoded=True)


def validate_ssh(obj: SSH, where: str) -> None:
    """Check a `SSH` about to be sent; errors start with `where` + the member."""
    if obj.public_keys is not None:
        check_list("public_keys", obj.public_keys, where=where)
        for index, public_keys_item in enumerate(obj.public_keys):
            check_instance(
                f"public_keys[{index}]", public_keys_item, PublicKey, where=where, required=True
            )
            validate_public_key(public_keys_item, f"{where}public_keys[{index}].")
    if obj.key_pairs is not None:
        check_list("key_pairs", obj.key_pairs, where=where)
        for index, key_pairs_item in enumerate(obj.key_pairs):
            check_instance(
                f"key_pairs[{index}]", key_pairs_item, KeyPair, where=where, required=True
            )
            validate_key_pair(key_pairs_item, f"{where}key_pairs[{index}].")


def validate_public_key(obj: PublicKey, where: str) -> None:
    """Check a `PublicKey` about to be sent; errors start with `where` + the member."""
    if obj.fingerprint is not None:
        check_string("fingerprint", obj.fingerprint, where=where)
    if obj.path is not None:
        check_string("path", obj.path, where=where)


def validate_key_pair(obj: KeyPair, where: str) -> None:
    """Check a `KeyPair` about to be sent; errors start with `where` + the member."""
    if obj.fingerprint is not None:
        check_string("fingerprint", obj.fingerprint, where=where)
    if obj.path is not None:
        check_string("path", obj.path, where=where)


def validate_windows_configuration_set(obj: WindowsConfigurationSet, where: str) -> None:
    """Check a `WindowsConfigurationSet` about to be sent; errors start with `where` + the
    member."""
    if obj.computer_name is not None:
        check_string("computer_name", obj.computer_name, where=where)
    if obj.admin_password is not None:
        check_string("admin_password", obj.admin_password, where=where, secret=True)
    if obj.reset_password_on_first_logon is not None:
        obj.reset_password_on_first_logon = check_bool(
            "reset_password_on_first_logon", obj.reset_password_on_first_logon, where=where
        )
    if obj.enable_automatic_updates is not None:
        obj.enable_automatic_updates = check_bool(
            "enable_automatic_updates", obj.enable_automatic_updates, where=where
        )
    if obj.time_zone is not None:
        check_string("time_zone", obj.time_zone, where=where)
    if obj.domain_join is not None and not is_blank(obj.domain_join):
        check_instance("domain_join", obj.domain_join, DomainJoin, where=where)
        validate_domain_join(obj.domain_join, f"{where}domain_join.")
    if obj.stored_certificate_settings is not None:
        check_list("stored_certificate_settings", obj.stored_certificate_settings, where=where)
        for index, stored_certificate_settings_item in enumerate(obj.stored_certificate_settings):
            check_instance(
                f"stored_certificate_settings[{index}]",
                stored_certificate_settings_item,
                CertificateSetting,
                where=where,
                required=True,
            )
            validate_certificate_setting(
                stored_certificate_settings_item, f"{where}stored_certificate_settings[{index}]."
            )
    if obj.win_rm is not None and not is_blank(obj.win_rm):
        check_instance("win_rm", obj.win_rm, WinRM, where=where)
        validate_win_rm(obj.win_rm, f"{where}win_rm.")
    if obj.admin_username is not None:
        check_string("admin_username", obj.admin_username, where=where)
    if obj.custom_data is not None:
        check_string("custom_data", obj.custom_data, where=where, secret=True, encoded=True)
    if obj.additional_unattend_content is not None and not is_blank(
        obj.additional_unattend_content
    ):
        check_instance(
            "additional_unattend_content",
            obj.additional_unattend_content,
            AdditionalUnattendContent,
            where=where,
        )
        validate_additional_unattend_content(
            obj.additional_unattend_content, f"{where}additional_unattend_content."
        )


def validate_domain_join(obj: DomainJoin, where: str) -> None:
    """Check a `DomainJoin` about to be sent; errors start with `where` + the member."""
    if obj.credentials is not None and not is_blank(obj.credentials):
        check_instance("credentials", obj.credentials, Credentials, where=where)
        validate_credentials(obj.credentials, f"{where}credentials.")
    if obj.join_domain is not None:
        check_string("join_domain", obj.join_domain, where=where)
    if obj.machine_object_ou is not None:
        check_string("machine_object_ou", obj.machine_object_ou, where=where)
    if obj.provisioning is not None and not is_blank(obj.provisioning):
        check_instance("provisioning", obj.provisioning, DomainJoinProvisioning, where=where)
        validate_domain_join_provisioning(obj.provisioning, f"{where}provisioning.")


def validate_domain_join_provisioning(obj: DomainJoinProvisioning, where: str) -> None:
    """Check a `DomainJoinProvisioning` about to be sent; errors start with `where` + the member."""
    if obj.account_data is not None:
        check_string("account_data", obj.account_data, where=where, secret=True)


def validate_credentials(obj: Credentials, where: str) -> None:
    """Check a `Credentials` about to be sent; errors start with `where` + the member."""
    if obj.domain is not None:
        check_string("domain", obj.domain, where=where)
    if obj.username is not None:
        check_string("username", obj.username, where=where)
    if obj.password is not None:
        check_string("password", obj.password, where=where, secret=True)


def validate_certificate_setting(obj: CertificateSetting, where: str) -> None:
    """Check a `CertificateSetting` about to be sent; errors start with `where` + the member."""
    if obj.store_location is not None:
        check_string("store_location", obj.store_location, where=where)
    if obj.store_name is not None:
        check_string("store_name", obj.store_name, where=where)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)


def validate_win_rm(obj: WinRM, where: str) -> None:
    """Check a `WinRM` about to be sent; errors start with `where` + the member."""
    if obj.listeners is not None:
        check_list("listeners", obj.listeners, where=where)
        for index, listeners_item in enumerate(obj.listeners):
            check_instance(
                f"listeners[{index}]", listeners_item, Listener, where=where, required=True
            )
            validate_listener(listeners_item, f"{where}listeners[{index}].")


def validate_listener(obj: Listener, where: str) -> None:
    """Check a `Listener` about to be sent; errors start with `where` + the member."""
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where, enum=("Http", "Https"))
    if obj.certificate_thumbprint is not None:
        check_string("certificate_thumbprint", obj.certificate_thumbprint, where=where)


def validate_additional_unattend_content(obj: AdditionalUnattendContent, where: str) -> None:
    """Check a `AdditionalUnattendContent` about to be sent; errors start with `where` + the
    member."""
    if obj.passes is not None:
        check_list("passes", obj.passes, where=where)
        for index, passes_item in enumerate(obj.passes):
            check_instance(
                f"passes[{index}]", passes_item, UnattendPass, where=where, required=True
            )
            validate_unattend_pass(passes_item, f"{where}passes[{index}].")


def validate_unattend_pass(obj: UnattendPass, where: str) -> None:
    """Check a `UnattendPass` about to be sent; errors start with `where` + the member."""
    if obj.pass_name is not None:
        check_string("pass_name", obj.pass_name, where=where)
    if obj.components is not None:
        check_list("components", obj.components, where=where)
        for index, components_item in enumerate(obj.components):
            check_instance(
                f"components[{index}]",
                components_item,
                UnattendComponent,
                where=where,
                required=True,
            )
            validate_unattend_component(components_item, f"{where}components[{index}].")


def validate_unattend_component(obj: UnattendComponent, where: str) -> None:
    """Check a `UnattendComponent` about to be sent; errors start with `where` + the member."""
    if obj.component_name is not None:
        check_string("component_name", obj.component_name, where=where)
    if obj.component_settings is not None:
        check_list("component_settings", obj.component_settings, where=where)
        for index, component_settings_item in enumerate(obj.component_settings):
            check_instance(
                f"component_settings[{index}]",
                component_settings_item,
                ComponentSetting,
                where=where,
                required=True,
            )
            validate_component_setting(
                component_settings_item, f"{where}component_settings[{index}]."
            )


def validate_component_setting(obj: ComponentSetting, where: str) -> None:
    """Check a `ComponentSetting` about to be sent; errors start with `where` + the member."""
    if obj.setting_name is not None:
        check_string("setting_name", obj.setting_name, where=where)
    if obj.content is not None:
        check_string("content", obj.content, where=where, secret=True)


def validate_network_configuration_set(obj: NetworkConfigurationSet, where: str) -> None:
    """Check a `NetworkConfigurationSet` about to be sent; errors start with `where` + the
    member."""
    if obj.input_endpoints is not None:
        check_list("input_endpoints", obj.input_endpoints, where=where)
        for index, input_endpoints_item in enumerate(obj.input_endpoints):
            check_instance(
                f"input_endpoints[{index}]",
                input_endpoints_item,
                ConfigurationSetInputEndpoint,
                where=where,
                required=True,
            )
            validate_configuration_set_input_endpoint(
                input_endpoints_item, f"{where}input_endpoints[{index}]."
            )
    if obj.subnet_names is not None:
        check_list("subnet_names", obj.subnet_names, where=where)
        for index, subnet_names_item in enumerate(obj.subnet_names):
            check_string(f"subnet_names[{index}]", subnet_names_item, where=where, required=True)
    if obj.static_virtual_network_ip_address is not None:
        check_string(
            "static_virtual_network_ip_address", obj.static_virtual_network_ip_address, where=where
        )
    if obj.network_security_group is not None:
        check_string("network_security_group", obj.network_security_group, where=where)
    if obj.public_ips is not None:
        check_list("public_ips", obj.public_ips, where=where)
        for index, public_ips_item in enumerate(obj.public_ips):
            check_instance(
                f"public_ips[{index}]", public_ips_item, PublicIP, where=where, required=True
            )
            validate_public_ip(public_ips_item, f"{where}public_ips[{index}].")
    if obj.network_interfaces is not None:
        check_list("network_interfaces", obj.network_interfaces, where=where)
        for index, network_interfaces_item in enumerate(obj.network_interfaces):
            check_instance(
                f"network_interfaces[{index}]",
                network_interfaces_item,
                NetworkInterface,
                where=where,
                required=True,
            )
            validate_network_interface(
                network_interfaces_item, f"{where}network_interfaces[{index}]."
            )
    if obj.ip_forwarding is not None:
        check_string("ip_forwarding", obj.ip_forwarding, where=where)


def validate_configuration_set_input_endpoint(
    obj: ConfigurationSetInputEndpoint, where: str
) -> None:
    """Check a `ConfigurationSetInputEndpoint` about to be sent; errors start with `where` + the
    member."""
    if obj.load_balanced_endpoint_set_name is not None:
        check_string(
            "load_balanced_endpoint_set_name", obj.load_balanced_endpoint_set_name, where=where
        )
    if obj.local_port is not None:
        obj.local_port = check_int("local_port", obj.local_port, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)
    if obj.load_balancer_probe is not None and not is_blank(obj.load_balancer_probe):
        check_instance(
            "load_balancer_probe", obj.load_balancer_probe, LoadBalancerProbe, where=where
        )
        validate_load_balancer_probe(obj.load_balancer_probe, f"{where}load_balancer_probe.")
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.vip is not None:
        check_string("vip", obj.vip, where=where)
    if obj.enable_direct_server_return is not None:
        obj.enable_direct_server_return = check_bool(
            "enable_direct_server_return", obj.enable_direct_server_return, where=where
        )
    if obj.endpoint_acl is not None:
        check_instance("endpoint_acl", obj.endpoint_acl, EndpointAcl, where=where)
        validate_endpoint_acl(obj.endpoint_acl, f"{where}endpoint_acl.")
    if obj.load_balancer_name is not None:
        check_string("load_balancer_name", obj.load_balancer_name, where=where)
    if obj.idle_timeout_in_minutes is not None:
        obj.idle_timeout_in_minutes = check_int(
            "idle_timeout_in_minutes",
            obj.idle_timeout_in_minutes,
            where=where,
            minimum=4,
            maximum=30,
        )
    if obj.load_balancer_distribution is not None:
        check_string("load_balancer_distribution", obj.load_balancer_distribution, where=where)
    if obj.virtual_ip_name is not None:
        check_string("virtual_ip_name", obj.virtual_ip_name, where=where)


def validate_load_balancer_probe(obj: LoadBalancerProbe, where: str) -> None:
    """Check a `LoadBalancerProbe` about to be sent; errors start with `where` + the member."""
    if obj.path is not None:
        check_string("path", obj.path, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.interval_in_seconds is not None:
        obj.interval_in_seconds = check_int(
            "interval_in_seconds", obj.interval_in_seconds, where=where
        )
    if obj.timeout_in_seconds is not None:
        obj.timeout_in_seconds = check_int(
            "timeout_in_seconds", obj.timeout_in_seconds, where=where
        )


def validate_endpoint_acl(obj: EndpointAcl, where: str) -> None:
    """Check a `EndpointAcl` about to be sent; errors start with `where` + the member."""
    if obj.rules is not None:
        check_list("rules", obj.rules, where=where)
        for index, rules_item in enumerate(obj.rules):
            check_instance(f"rules[{index}]", rules_item, AclRule, where=where, required=True)
            validate_acl_rule(rules_item, f"{where}rules[{index}].")


def validate_acl_rule(obj: AclRule, where: str) -> None:
    """Check a `AclRule` about to be sent; errors start with `where` + the member."""
    if obj.order is not None:
        obj.order = check_int("order", obj.order, where=where)
    if obj.action is not None:
        check_string("action", obj.action, where=where)
    if obj.remote_subnet is not None:
        check_string("remote_subnet", obj.remote_subnet, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)


def validate_public_ip(obj: PublicIP, where: str) -> None:
    """Check a `PublicIP` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.address is not None:
        check_string("address", obj.address, where=where)
    if obj.idle_timeout_in_minutes is not None:
        obj.idle_timeout_in_minutes = check_int(
            "idle_timeout_in_minutes",
            obj.idle_timeout_in_minutes,
            where=where,
            minimum=4,
            maximum=30,
        )
    if obj.domain_name_label is not None:
        check_string("domain_name_label", obj.domain_name_label, where=where)
    if obj.fqdns is not None:
        check_list("fqdns", obj.fqdns, where=where)
        for index, fqdns_item in enumerate(obj.fqdns):
            check_string(f"fqdns[{index}]", fqdns_item, where=where, required=True)


def validate_network_interface(obj: NetworkInterface, where: str) -> None:
    """Check a `NetworkInterface` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.ip_configurations is not None:
        check_list("ip_configurations", obj.ip_configurations, where=where)
        for index, ip_configurations_item in enumerate(obj.ip_configurations):
            check_instance(
                f"ip_configurations[{index}]",
                ip_configurations_item,
                NetworkInterfaceIPConfiguration,
                where=where,
                required=True,
            )
            validate_network_interface_ip_configuration(
                ip_configurations_item, f"{where}ip_configurations[{index}]."
            )
    if obj.network_security_group is not None:
        check_string("network_security_group", obj.network_security_group, where=where)
    if obj.ip_forwarding is not None:
        check_string("ip_forwarding", obj.ip_forwarding, where=where)


def validate_network_interface_ip_configuration(
    obj: NetworkInterfaceIPConfiguration, where: str
) -> None:
    """Check a `NetworkInterfaceIPConfiguration` about to be sent; errors start with `where` +
    the member."""
    if obj.subnet_name is not None:
        check_string("subnet_name", obj.subnet_name, where=where)
    if obj.static_virtual_network_ip_address is not None:
        check_string(
            "static_virtual_network_ip_address", obj.static_virtual_network_ip_address, where=where
        )


def validate_os_virtual_hard_disk(obj: OSVirtualHardDisk, where: str) -> None:
    """Check a `OSVirtualHardDisk` about to be sent; errors start with `where` + the member."""
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )
    if obj.disk_label is not None:
        check_string("disk_label", obj.disk_label, where=where)
    if obj.disk_name is not None:
        check_string("disk_name", obj.disk_name, where=where)
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.source_image_name is not None:
        check_string("source_image_name", obj.source_image_name, where=where)
    if obj.os is not None:
        check_string("os", obj.os, where=where)
    if obj.remote_source_image_link is not None:
        check_string("remote_source_image_link", obj.remote_source_image_link, where=where)
    if obj.resized_size_in_gb is not None:
        obj.resized_size_in_gb = check_int(
            "resized_size_in_gb", obj.resized_size_in_gb, where=where
        )
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)


def validate_data_virtual_hard_disk(obj: DataVirtualHardDisk, where: str) -> None:
    """Check a `DataVirtualHardDisk` about to be sent; errors start with `where` + the member."""
    if obj.host_caching is not None:
        check_string(
            "host_caching", obj.host_caching, where=where, enum=("None", "ReadOnly", "ReadWrite")
        )
    if obj.disk_label is not None:
        check_string("disk_label", obj.disk_label, where=where)
    if obj.disk_name is not None:
        check_string("disk_name", obj.disk_name, where=where)
    if obj.lun is not None:
        obj.lun = check_int("lun", obj.lun, where=where, minimum=0, maximum=31)
    if obj.logical_disk_size_in_gb is not None:
        obj.logical_disk_size_in_gb = check_int(
            "logical_disk_size_in_gb", obj.logical_disk_size_in_gb, where=where
        )
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.source_media_link is not None:
        check_string("source_media_link", obj.source_media_link, where=where)
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)


def validate_resource_extension_reference(obj: ResourceExtensionReference, where: str) -> None:
    """Check a `ResourceExtensionReference` about to be sent; errors start with `where` + the
    member."""
    if obj.reference_name is not None:
        check_string("reference_name", obj.reference_name, where=where)
    if obj.publisher is not None:
        check_string("publisher", obj.publisher, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.resource_extension_parameter_values is not None:
        check_list(
            "resource_extension_parameter_values",
            obj.resource_extension_parameter_values,
            where=where,
        )
        for index, resource_extension_parameter_values_item in enumerate(
            obj.resource_extension_parameter_values
        ):
            check_instance(
                f"resource_extension_parameter_values[{index}]",
                resource_extension_parameter_values_item,
                ResourceExtensionParameterValue,
                where=where,
                required=True,
            )
            validate_resource_extension_parameter_value(
                resource_extension_parameter_values_item,
                f"{where}resource_extension_parameter_values[{index}].",
            )
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.force_update is not None:
        obj.force_update = check_bool("force_update", obj.force_update, where=where)
    if obj.certificates is not None:
        check_list("certificates", obj.certificates, where=where)
        for index, certificates_item in enumerate(obj.certificates):
            check_instance(
                f"certificates[{index}]",
                certificates_item,
                ResourceExtensionCertificate,
                where=where,
                required=True,
            )
            validate_resource_extension_certificate(
                certificates_item, f"{where}certificates[{index}]."
            )


def validate_resource_extension_parameter_value(
    obj: ResourceExtensionParameterValue, where: str
) -> None:
    """Check a `ResourceExtensionParameterValue` about to be sent; errors start with `where` +
    the member."""
    if obj.key is not None:
        check_string("key", obj.key, where=where)
    if obj.value is not None:
        check_string("value", obj.value, where=where, secret=True)
    if obj.type is not None:
        check_string("type", obj.type, where=where, enum=("Public", "Private"))


def validate_resource_extension_certificate(obj: ResourceExtensionCertificate, where: str) -> None:
    """Check a `ResourceExtensionCertificate` about to be sent; errors start with `where` + the
    member."""
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.thumbprint_algorithm is not None:
        check_string("thumbprint_algorithm", obj.thumbprint_algorithm, where=where)


def validate_vm_image_input(obj: VMImageInput, where: str) -> None:
    """Check a `VMImageInput` about to be sent; errors start with `where` + the member."""
    if obj.os_disk_configuration is not None:
        check_instance(
            "os_disk_configuration", obj.os_disk_configuration, VMImageInputOSDisk, where=where
        )
        validate_vm_image_input_os_disk(obj.os_disk_configuration, f"{where}os_disk_configuration.")
    if obj.data_disk_configurations is not None:
        check_list("data_disk_configurations", obj.data_disk_configurations, where=where)
        for index, data_disk_configurations_item in enumerate(obj.data_disk_configurations):
            check_instance(
                f"data_disk_configurations[{index}]",
                data_disk_configurations_item,
                VMImageInputDataDisk,
                where=where,
                required=True,
            )
            validate_vm_image_input_data_disk(
                data_disk_configurations_item, f"{where}data_disk_configurations[{index}]."
            )


def validate_vm_image_input_os_disk(obj: VMImageInputOSDisk, where: str) -> None:
    """Check a `VMImageInputOSDisk` about to be sent; errors start with `where` + the member."""
    if obj.resized_size_in_gb is not None:
        obj.resized_size_in_gb = check_int(
            "resized_size_in_gb", obj.resized_size_in_gb, where=where
        )


def validate_vm_image_input_data_disk(obj: VMImageInputDataDisk, where: str) -> None:
    """Check a `VMImageInputDataDisk` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.resized_size_in_gb is not None:
        obj.resized_size_in_gb = check_int(
            "resized_size_in_gb", obj.resized_size_in_gb, where=where
        )


def validate_debug_settings(obj: DebugSettings, where: str) -> None:
    """Check a `DebugSettings` about to be sent; errors start with `where` + the member."""
    if obj.boot_diagnostics_enabled is not None:
        obj.boot_diagnostics_enabled = check_bool(
            "boot_diagnostics_enabled", obj.boot_diagnostics_enabled, where=where
        )
    if obj.console_screenshot_blob_uri is not None:
        check_string("console_screenshot_blob_uri", obj.console_screenshot_blob_uri, where=where)
    if obj.serial_output_blob_uri is not None:
        check_string("serial_output_blob_uri", obj.serial_output_blob_uri, where=where)


def validate_route_table(obj: RouteTable, where: str) -> None:
    """Check a `RouteTable` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.route_table_state is not None:
        check_string("route_table_state", obj.route_table_state, where=where)
    if obj.route_list is not None:
        check_list("route_list", obj.route_list, where=where)
        for index, route_list_item in enumerate(obj.route_list):
            check_instance(
                f"route_list[{index}]", route_list_item, Route, where=where, required=True
            )
            validate_route(route_list_item, f"{where}route_list[{index}].")


def validate_route(obj: Route, where: str) -> None:
    """Check a `Route` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.address_prefix is not None:
        check_string("address_prefix", obj.address_prefix, where=where)
    if obj.next_hop_type is not None:
        check_string("next_hop_type", obj.next_hop_type, where=where)
    if obj.next_hop_ip_address is not None:
        check_string("next_hop_ip_address", obj.next_hop_ip_address, where=where)
    if obj.metric is not None:
        obj.metric = check_int("metric", obj.metric, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_route_table_association(obj: RouteTableAssociation, where: str) -> None:
    """Check a `RouteTableAssociation` about to be sent; errors start with `where` + the member."""
    if obj.route_table_name is not None:
        check_string("route_table_name", obj.route_table_name, where=where)


def validate_effective_route_table(obj: EffectiveRouteTable, where: str) -> None:
    """Check a `EffectiveRouteTable` about to be sent; errors start with `where` + the member."""
    if obj.effective_routes is not None:
        check_list("effective_routes", obj.effective_routes, where=where)
        for index, effective_routes_item in enumerate(obj.effective_routes):
            check_instance(
                f"effective_routes[{index}]",
                effective_routes_item,
                EffectiveRoute,
                where=where,
                required=True,
            )
            validate_effective_route(effective_routes_item, f"{where}effective_routes[{index}].")


def validate_effective_route(obj: EffectiveRoute, where: str) -> None:
    """Check a `EffectiveRoute` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.source is not None:
        check_string("source", obj.source, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.address_prefixes is not None:
        check_list("address_prefixes", obj.address_prefixes, where=where)
        for index, address_prefixes_item in enumerate(obj.address_prefixes):
            check_string(
                f"address_prefixes[{index}]", address_prefixes_item, where=where, required=True
            )
    if obj.next_hop_type is not None:
        check_string("next_hop_type", obj.next_hop_type, where=where)
    if obj.next_hop_ip_addresses is not None:
        check_list("next_hop_ip_addresses", obj.next_hop_ip_addresses, where=where)
        for index, next_hop_ip_addresses_item in enumerate(obj.next_hop_ip_addresses):
            check_string(
                f"next_hop_ip_addresses[{index}]",
                next_hop_ip_addresses_item,
                where=where,
                required=True,
            )


def validate_create_cloud_service(obj: CreateCloudService, where: str) -> None:
    """Check a `CreateCloudService` about to be sent; errors start with `where` + the member."""
    check_string("label", obj.label, where=where, required=True, min_length=1, max_length=100)
    check_string("description", obj.description, where=where, required=True, max_length=1024)
    check_string("geo_region", obj.geo_region, where=where, required=True)


def validate_cloud_service(obj: CloudService, where: str) -> None:
    """Check a `CloudService` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.geo_region is not None:
        check_string("geo_region", obj.geo_region, where=where)
    if obj.resources is not None:
        check_list("resources", obj.resources, where=where)
        for index, resources_item in enumerate(obj.resources):
            check_instance(
                f"resources[{index}]", resources_item, Resource, where=where, required=True
            )
            validate_resource(resources_item, f"{where}resources[{index}].")


def validate_resource(obj: Resource, where: str) -> None:
    """Check a `Resource` about to be sent; errors start with `where` + the member."""
    if obj.resource_provider_namespace is not None:
        check_string("resource_provider_namespace", obj.resource_provider_namespace, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.schema_version is not None:
        check_string("schema_version", obj.schema_version, where=where)
    if obj.e_tag is not None:
        check_string("e_tag", obj.e_tag, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.sub_state is not None:
        check_string("sub_state", obj.sub_state, where=where)
    if obj.intrinsic_settings is not None and not is_blank(obj.intrinsic_settings):
        check_instance("intrinsic_settings", obj.intrinsic_settings, IntrinsicSettings, where=where)
        validate_intrinsic_settings(obj.intrinsic_settings, f"{where}intrinsic_settings.")
    if obj.operation_status is not None and not is_blank(obj.operation_status):
        check_instance(
            "operation_status", obj.operation_status, ResourceOperationStatus, where=where
        )
        validate_resource_operation_status(obj.operation_status, f"{where}operation_status.")
    if obj.cloud_service_settings is not None:
        check_instance(
            "cloud_service_settings", obj.cloud_service_settings, CloudServiceSettings, where=where
        )
        validate_cloud_service_settings(
            obj.cloud_service_settings, f"{where}cloud_service_settings."
        )
    if obj.promotion_code is not None:
        check_string("promotion_code", obj.promotion_code, where=where)
    if obj.plan is not None:
        check_string("plan", obj.plan, where=where)
    if obj.usage_meters is not None:
        check_list("usage_meters", obj.usage_meters, where=where)
        for index, usage_meters_item in enumerate(obj.usage_meters):
            check_instance(
                f"usage_meters[{index}]", usage_meters_item, UsageMeter, where=where, required=True
            )
            validate_usage_meter(usage_meters_item, f"{where}usage_meters[{index}].")
    if obj.output_items is not None:
        check_list("output_items", obj.output_items, where=where)
        for index, output_items_item in enumerate(obj.output_items):
            check_instance(
                f"output_items[{index}]", output_items_item, OutputItem, where=where, required=True
            )
            validate_output_item(output_items_item, f"{where}output_items[{index}].")


def validate_usage_meter(obj: UsageMeter, where: str) -> None:
    """Check a `UsageMeter` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.unit is not None:
        check_string("unit", obj.unit, where=where)
    if obj.included is not None:
        check_string("included", obj.included, where=where)
    if obj.used is not None:
        check_string("used", obj.used, where=where)


def validate_output_item(obj: OutputItem, where: str) -> None:
    """Check a `OutputItem` about to be sent; errors start with `where` + the member."""
    if obj.key is not None:
        check_string("key", obj.key, where=where)
    if obj.value is not None:
        check_string("value", obj.value, where=where)


def validate_intrinsic_settings(obj: IntrinsicSettings, where: str) -> None:
    """Check a `IntrinsicSettings` about to be sent; errors start with `where` + the member."""
    if obj.plan is not None:
        check_string("plan", obj.plan, where=where)
    if obj.quota is not None and not is_blank(obj.quota):
        check_instance("quota", obj.quota, JobCollectionQuota, where=where)
        validate_job_collection_quota(obj.quota, f"{where}quota.")


def validate_job_collection_quota(obj: JobCollectionQuota, where: str) -> None:
    """Check a `JobCollectionQuota` about to be sent; errors start with `where` + the member."""
    if obj.max_job_count is not None:
        obj.max_job_count = check_int("max_job_count", obj.max_job_count, where=where)
    if obj.max_job_occurrence is not None:
        obj.max_job_occurrence = check_int(
            "max_job_occurrence", obj.max_job_occurrence, where=where
        )
    if obj.max_recurrence is not None and not is_blank(obj.max_recurrence):
        check_instance("max_recurrence", obj.max_recurrence, MaxRecurrence, where=where)
        validate_max_recurrence(obj.max_recurrence, f"{where}max_recurrence.")


def validate_max_recurrence(obj: MaxRecurrence, where: str) -> None:
    """Check a `MaxRecurrence` about to be sent; errors start with `where` + the member."""
    if obj.frequency is not None:
        check_string("frequency", obj.frequency, where=where)
    if obj.interval is not None:
        obj.interval = check_int("interval", obj.interval, where=where)


def validate_resource_operation_status(obj: ResourceOperationStatus, where: str) -> None:
    """Check a `ResourceOperationStatus` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.result is not None:
        check_string("result", obj.result, where=where)
    if obj.error is not None:
        check_instance("error", obj.error, ResourceOperationError, where=where)
        validate_resource_operation_error(obj.error, f"{where}error.")


def validate_resource_operation_error(obj: ResourceOperationError, where: str) -> None:
    """Check a `ResourceOperationError` about to be sent; errors start with `where` + the member."""
    if obj.http_code is not None:
        obj.http_code = check_int("http_code", obj.http_code, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)


def validate_cloud_service_settings(obj: CloudServiceSettings, where: str) -> None:
    """Check a `CloudServiceSettings` about to be sent; errors start with `where` + the member."""
    if obj.geo_region is not None:
        check_string("geo_region", obj.geo_region, where=where)


def validate_create_job_collection(obj: CreateJobCollection, where: str) -> None:
    """Check a `CreateJobCollection` about to be sent; errors start with `where` + the member."""
    if obj.plan is not None:
        check_string("plan", obj.plan, where=where, enum=("Free", "Standard"))


def validate_resource_name_availability_response(
    obj: ResourceNameAvailabilityResponse, where: str
) -> None:
    """Check a `ResourceNameAvailabilityResponse` about to be sent; errors start with `where` +
    the member."""
    if obj.result is not None:
        obj.result = check_bool("result", obj.result, where=where)


def validate_update_job_collection(obj: UpdateJobCollection, where: str) -> None:
    """Check a `UpdateJobCollection` about to be sent; errors start with `where` + the member."""
    if obj.schema_version is not None:
        check_string("schema_version", obj.schema_version, where=where)
    if obj.e_tag is not None:
        check_string("e_tag", obj.e_tag, where=where)
    if obj.plan is not None:
        check_string("plan", obj.plan, where=where, enum=("Free", "Standard"))
    if obj.quota is not None:
        check_instance("quota", obj.quota, JobCollectionQuota, where=where)
        validate_job_collection_quota(obj.quota, f"{where}quota.")
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)


def validate_resource_provider_property(obj: ResourceProviderProperty, where: str) -> None:
    """Check a `ResourceProviderProperty` about to be sent; errors start with `where` + the
    member."""
    if obj.key is not None:
        check_string("key", obj.key, where=where)
    if obj.value is not None:
        check_string("value", obj.value, where=where)


def validate_entitle_resource(obj: EntitleResource, where: str) -> None:
    """Check a `EntitleResource` about to be sent; errors start with `where` + the member."""
    check_string(
        "resource_provider_namespace", obj.resource_provider_namespace, where=where, required=True
    )
    check_string("type", obj.type, where=where, required=True)
    check_datetime("registration_date", obj.registration_date, where=where, required=True)


def validate_atom_author(obj: AtomAuthor, where: str) -> None:
    """Check a `AtomAuthor` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.uri is not None:
        check_string("uri", obj.uri, where=where)
    if obj.email is not None:
        check_string("email", obj.email, where=where)


def validate_atom_link(obj: AtomLink, where: str) -> None:
    """Check a `AtomLink` about to be sent; errors start with `where` + the member."""
    if obj.rel is not None:
        check_string("rel", obj.rel, where=where)
    if obj.href is not None:
        check_string("href", obj.href, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)


def validate_create_namespace_entry(obj: CreateNamespaceEntry, where: str) -> None:
    """Check a `CreateNamespaceEntry` about to be sent; errors start with `where` + the member."""
    check_list("namespace_description", obj.namespace_description, where=where, required=True)
    if obj.namespace_description is not None:
        for index, namespace_description_item in enumerate(obj.namespace_description):
            check_string(
                f"namespace_description[{index}]",
                namespace_description_item,
                where=where,
                required=True,
            )


def validate_service_bus_region_feed(obj: ServiceBusRegionFeed, where: str) -> None:
    """Check a `ServiceBusRegionFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, ServiceBusRegionEntry, where=where, required=True
            )
            validate_service_bus_region_entry(entries_item, f"{where}entries[{index}].")


def validate_service_bus_namespace_feed(obj: ServiceBusNamespaceFeed, where: str) -> None:
    """Check a `ServiceBusNamespaceFeed` about to be sent; errors start with `where` + the
    member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]",
                entries_item,
                ServiceBusNamespaceEntry,
                where=where,
                required=True,
            )
            validate_service_bus_namespace_entry(entries_item, f"{where}entries[{index}].")


def validate_queue_feed(obj: QueueFeed, where: str) -> None:
    """Check a `QueueFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, QueueEntry, where=where, required=True
            )
            validate_queue_entry(entries_item, f"{where}entries[{index}].")


def validate_topic_feed(obj: TopicFeed, where: str) -> None:
    """Check a `TopicFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, TopicEntry, where=where, required=True
            )
            validate_topic_entry(entries_item, f"{where}entries[{index}].")


def validate_notification_hub_feed(obj: NotificationHubFeed, where: str) -> None:
    """Check a `NotificationHubFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, NotificationHubEntry, where=where, required=True
            )
            validate_notification_hub_entry(entries_item, f"{where}entries[{index}].")


def validate_relay_feed(obj: RelayFeed, where: str) -> None:
    """Check a `RelayFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, RelayEntry, where=where, required=True
            )
            validate_relay_entry(entries_item, f"{where}entries[{index}].")


def validate_metric_properties_feed(obj: MetricPropertiesFeed, where: str) -> None:
    """Check a `MetricPropertiesFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, MetricPropertiesEntry, where=where, required=True
            )
            validate_metric_properties_entry(entries_item, f"{where}entries[{index}].")


def validate_metric_values_feed(obj: MetricValuesFeed, where: str) -> None:
    """Check a `MetricValuesFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, MetricValuesEntry, where=where, required=True
            )
            validate_metric_values_entry(entries_item, f"{where}entries[{index}].")


def validate_metric_rollups_feed(obj: MetricRollupsFeed, where: str) -> None:
    """Check a `MetricRollupsFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, MetricRollupsEntry, where=where, required=True
            )
            validate_metric_rollups_entry(entries_item, f"{where}entries[{index}].")


def validate_service_bus_region_entry(obj: ServiceBusRegionEntry, where: str) -> None:
    """Check a `ServiceBusRegionEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, ServiceBusRegionContent, where=where)
        validate_service_bus_region_content(obj.content, f"{where}content.")


def validate_service_bus_region_content(obj: ServiceBusRegionContent, where: str) -> None:
    """Check a `ServiceBusRegionContent` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.region_code_description is not None:
        check_instance(
            "region_code_description", obj.region_code_description, ServiceBusRegion, where=where
        )
        validate_service_bus_region(obj.region_code_description, f"{where}region_code_description.")


def validate_service_bus_namespace_entry(obj: ServiceBusNamespaceEntry, where: str) -> None:
    """Check a `ServiceBusNamespaceEntry` about to be sent; errors start with `where` + the
    member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, ServiceBusNamespaceContent, where=where)
        validate_service_bus_namespace_content(obj.content, f"{where}content.")


def validate_service_bus_namespace_content(obj: ServiceBusNamespaceContent, where: str) -> None:
    """Check a `ServiceBusNamespaceContent` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.namespace_description is not None:
        check_instance(
            "namespace_description", obj.namespace_description, ServiceBusNamespace, where=where
        )
        validate_service_bus_namespace(obj.namespace_description, f"{where}namespace_description.")


def validate_namespace_availability_entry(obj: NamespaceAvailabilityEntry, where: str) -> None:
    """Check a `NamespaceAvailabilityEntry` about to be sent; errors start with `where` + the
    member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, NamespaceAvailabilityContent, where=where)
        validate_namespace_availability_content(obj.content, f"{where}content.")


def validate_namespace_availability_content(obj: NamespaceAvailabilityContent, where: str) -> None:
    """Check a `NamespaceAvailabilityContent` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.namespace_availability is not None:
        check_instance(
            "namespace_availability", obj.namespace_availability, NamespaceAvailability, where=where
        )
        validate_namespace_availability(
            obj.namespace_availability, f"{where}namespace_availability."
        )


def validate_queue_entry(obj: QueueEntry, where: str) -> None:
    """Check a `QueueEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, QueueContent, where=where)
        validate_queue_content(obj.content, f"{where}content.")


def validate_queue_content(obj: QueueContent, where: str) -> None:
    """Check a `QueueContent` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.queue_description is not None:
        check_instance("queue_description", obj.queue_description, QueueDescription, where=where)
        validate_queue_description(obj.queue_description, f"{where}queue_description.")


def validate_topic_entry(obj: TopicEntry, where: str) -> None:
    """Check a `TopicEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, TopicContent, where=where)
        validate_topic_content(obj.content, f"{where}content.")


def validate_topic_content(obj: TopicContent, where: str) -> None:
    """Check a `TopicContent` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.topic_description is not None:
        check_instance("topic_description", obj.topic_description, TopicDescription, where=where)
        validate_topic_description(obj.topic_description, f"{where}topic_description.")


def validate_notification_hub_entry(obj: NotificationHubEntry, where: str) -> None:
    """Check a `NotificationHubEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, NotificationHubContent, where=where)
        validate_notification_hub_content(obj.content, f"{where}content.")


def validate_notification_hub_content(obj: NotificationHubContent, where: str) -> None:
    """Check a `NotificationHubContent` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.notification_hub_description is not None:
        check_instance(
            "notification_hub_description",
            obj.notification_hub_description,
            NotificationHubDescription,
            where=where,
        )
        validate_notification_hub_description(
            obj.notification_hub_description, f"{where}notification_hub_description."
        )


def validate_relay_entry(obj: RelayEntry, where: str) -> None:
    """Check a `RelayEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, RelayContent, where=where)
        validate_relay_content(obj.content, f"{where}content.")


def validate_relay_content(obj: RelayContent, where: str) -> None:
    """Check a `RelayContent` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.relay_description is not None:
        check_instance("relay_description", obj.relay_description, RelayDescription, where=where)
        validate_relay_description(obj.relay_description, f"{where}relay_description.")


def validate_metric_properties_entry(obj: MetricPropertiesEntry, where: str) -> None:
    """Check a `MetricPropertiesEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, MetricPropertiesContent, where=where)
        validate_metric_properties_content(obj.content, f"{where}content.")


def validate_metric_properties_content(obj: MetricPropertiesContent, where: str) -> None:
    """Check a `MetricPropertiesContent` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.properties is not None:
        check_instance("properties", obj.properties, MetricProperties, where=where)
        validate_metric_properties(obj.properties, f"{where}properties.")


def validate_metric_values_entry(obj: MetricValuesEntry, where: str) -> None:
    """Check a `MetricValuesEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, MetricValuesContent, where=where)
        validate_metric_values_content(obj.content, f"{where}content.")


def validate_metric_values_content(obj: MetricValuesContent, where: str) -> None:
    """Check a `MetricValuesContent` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.properties is not None:
        check_instance("properties", obj.properties, MetricValues, where=where)
        validate_metric_values(obj.properties, f"{where}properties.")


def validate_metric_rollups_entry(obj: MetricRollupsEntry, where: str) -> None:
    """Check a `MetricRollupsEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, MetricRollupsContent, where=where)
        validate_metric_rollups_content(obj.content, f"{where}content.")


def validate_metric_rollups_content(obj: MetricRollupsContent, where: str) -> None:
    """Check a `MetricRollupsContent` about to be sent; errors start with `where` + the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.properties is not None:
        check_instance("properties", obj.properties, MetricRollups, where=where)
        validate_metric_rollups(obj.properties, f"{where}properties.")


def validate_service_bus_region(obj: ServiceBusRegion, where: str) -> None:
    """Check a `ServiceBusRegion` about to be sent; errors start with `where` + the member."""
    if obj.code is not None:
        check_string("code", obj.code, where=where)
    if obj.fullname is not None:
        check_string("fullname", obj.fullname, where=where)


def validate_service_bus_namespace(obj: ServiceBusNamespace, where: str) -> None:
    """Check a `ServiceBusNamespace` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.region is not None:
        check_string("region", obj.region, where=where)
    if obj.default_key is not None:
        check_string("default_key", obj.default_key, where=where, secret=True)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.created_at is not None:
        check_datetime("created_at", obj.created_at, where=where)
    if obj.acs_management_endpoint is not None:
        check_string("acs_management_endpoint", obj.acs_management_endpoint, where=where)
    if obj.servicebus_endpoint is not None:
        check_string("servicebus_endpoint", obj.servicebus_endpoint, where=where)
    if obj.connection_string is not None:
        check_string("connection_string", obj.connection_string, where=where, secret=True)
    if obj.subscription_id is not None:
        check_string("subscription_id", obj.subscription_id, where=where)
    if obj.enabled is not None:
        obj.enabled = check_bool("enabled", obj.enabled, where=where)
    if obj.critical is not None:
        obj.critical = check_bool("critical", obj.critical, where=where)
    if obj.updated_at is not None:
        check_datetime("updated_at", obj.updated_at, where=where)
    if obj.create_acs_namespace is not None:
        obj.create_acs_namespace = check_bool(
            "create_acs_namespace", obj.create_acs_namespace, where=where
        )
    if obj.event_hub_enabled is not None:
        obj.event_hub_enabled = check_bool("event_hub_enabled", obj.event_hub_enabled, where=where)
    if obj.namespace_type is not None:
        check_string("namespace_type", obj.namespace_type, where=where)
    if obj.resource_group is not None:
        check_string("resource_group", obj.resource_group, where=where)


def validate_namespace_availability(obj: NamespaceAvailability, where: str) -> None:
    """Check a `NamespaceAvailability` about to be sent; errors start with `where` + the member."""
    if obj.result is not None:
        obj.result = check_bool("result", obj.result, where=where)
    if obj.reason is not None:
        check_string("reason", obj.reason, where=where)
    if obj.reason_detail is not None:
        check_string("reason_detail", obj.reason_detail, where=where)


def validate_queue_description(obj: QueueDescription, where: str) -> None:
    """Check a `QueueDescription` about to be sent; errors start with `where` + the member."""
    if obj.lock_duration is not None:
        check_string("lock_duration", obj.lock_duration, where=where)
    if obj.max_size_in_megabytes is not None:
        obj.max_size_in_megabytes = check_int(
            "max_size_in_megabytes", obj.max_size_in_megabytes, where=where
        )
    if obj.requires_duplicate_detection is not None:
        obj.requires_duplicate_detection = check_bool(
            "requires_duplicate_detection", obj.requires_duplicate_detection, where=where
        )
    if obj.requires_session is not None:
        obj.requires_session = check_bool("requires_session", obj.requires_session, where=where)
    if obj.default_message_time_to_live is not None:
        check_string("default_message_time_to_live", obj.default_message_time_to_live, where=where)
    if obj.dead_lettering_on_message_expiration is not None:
        obj.dead_lettering_on_message_expiration = check_bool(
            "dead_lettering_on_message_expiration",
            obj.dead_lettering_on_message_expiration,
            where=where,
        )
    if obj.duplicate_detection_history_time_window is not None:
        check_string(
            "duplicate_detection_history_time_window",
            obj.duplicate_detection_history_time_window,
            where=where,
        )
    if obj.max_delivery_count is not None:
        obj.max_delivery_count = check_int(
            "max_delivery_count", obj.max_delivery_count, where=where
        )
    if obj.enable_batched_operations is not None:
        obj.enable_batched_operations = check_bool(
            "enable_batched_operations", obj.enable_batched_operations, where=where
        )
    if obj.size_in_bytes is not None:
        obj.size_in_bytes = check_int("size_in_bytes", obj.size_in_bytes, where=where)
    if obj.message_count is not None:
        obj.message_count = check_int("message_count", obj.message_count, where=where)
    if obj.is_anonymous_accessible is not None:
        obj.is_anonymous_accessible = check_bool(
            "is_anonymous_accessible", obj.is_anonymous_accessible, where=where
        )
    if obj.authorization_rules is not None:
        check_list("authorization_rules", obj.authorization_rules, where=where)
        for index, authorization_rules_item in enumerate(obj.authorization_rules):
            check_instance(
                f"authorization_rules[{index}]",
                authorization_rules_item,
                (SharedAccessAuthorizationRule, AllowRule),
                where=where,
                required=True,
            )
            validate_authorization_rule(
                authorization_rules_item, f"{where}authorization_rules[{index}]."
            )
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.forward_to is not None:
        check_string("forward_to", obj.forward_to, where=where)
    if obj.created_at is not None:
        check_datetime("created_at", obj.created_at, where=where)
    if obj.updated_at is not None:
        check_datetime("updated_at", obj.updated_at, where=where)
    if obj.accessed_at is not None:
        check_datetime("accessed_at", obj.accessed_at, where=where)
    if obj.support_ordering is not None:
        obj.support_ordering = check_bool("support_ordering", obj.support_ordering, where=where)
    if obj.count_details is not None and not is_blank(obj.count_details):
        check_instance("count_details", obj.count_details, CountDetails, where=where)
        validate_count_details(obj.count_details, f"{where}count_details.")
    if obj.auto_delete_on_idle is not None:
        check_string("auto_delete_on_idle", obj.auto_delete_on_idle, where=where)
    if obj.enable_partitioning is not None:
        obj.enable_partitioning = check_bool(
            "enable_partitioning", obj.enable_partitioning, where=where
        )
    if obj.entity_availability_status is not None:
        check_string("entity_availability_status", obj.entity_availability_status, where=where)
    if obj.enable_express is not None:
        obj.enable_express = check_bool("enable_express", obj.enable_express, where=where)


def validate_topic_description(obj: TopicDescription, where: str) -> None:
    """Check a `TopicDescription` about to be sent; errors start with `where` + the member."""
    if obj.default_message_time_to_live is not None:
        check_string("default_message_time_to_live", obj.default_message_time_to_live, where=where)
    if obj.max_size_in_megabytes is not None:
        obj.max_size_in_megabytes = check_int(
            "max_size_in_megabytes", obj.max_size_in_megabytes, where=where
        )
    if obj.requires_duplicate_detection is not None:
        obj.requires_duplicate_detection = check_bool(
            "requires_duplicate_detection", obj.requires_duplicate_detection, where=where
        )
    if obj.duplicate_detection_history_time_window is not None:
        check_string(
            "duplicate_detection_history_time_window",
            obj.duplicate_detection_history_time_window,
            where=where,
        )
    if obj.enable_batched_operations is not None:
        obj.enable_batched_operations = check_bool(
            "enable_batched_operations", obj.enable_batched_operations, where=where
        )
    if obj.size_in_bytes is not None:
        obj.size_in_bytes = check_int("size_in_bytes", obj.size_in_bytes, where=where)
    if obj.filtering_messages_before_publishing is not None:
        obj.filtering_messages_before_publishing = check_bool(
            "filtering_messages_before_publishing",
            obj.filtering_messages_before_publishing,
            where=where,
        )
    if obj.is_anonymous_accessible is not None:
        obj.is_anonymous_accessible = check_bool(
            "is_anonymous_accessible", obj.is_anonymous_accessible, where=where
        )
    if obj.authorization_rules is not None:
        check_list("authorization_rules", obj.authorization_rules, where=where)
        for index, authorization_rules_item in enumerate(obj.authorization_rules):
            check_instance(
                f"authorization_rules[{index}]",
                authorization_rules_item,
                (SharedAccessAuthorizationRule, AllowRule),
                where=where,
                required=True,
            )
            validate_authorization_rule(
                authorization_rules_item, f"{where}authorization_rules[{index}]."
            )
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.created_at is not None:
        check_datetime("created_at", obj.created_at, where=where)
    if obj.updated_at is not None:
        check_datetime("updated_at", obj.updated_at, where=where)
    if obj.accessed_at is not None:
        check_datetime("accessed_at", obj.accessed_at, where=where)
    if obj.support_ordering is not None:
        obj.support_ordering = check_bool("support_ordering", obj.support_ordering, where=where)
    if obj.count_details is not None and not is_blank(obj.count_details):
        check_instance("count_details", obj.count_details, CountDetails, where=where)
        validate_count_details(obj.count_details, f"{where}count_details.")
    if obj.subscription_count is not None:
        obj.subscription_count = check_int(
            "subscription_count", obj.subscription_count, where=where
        )
    if obj.auto_delete_on_idle is not None:
        check_string("auto_delete_on_idle", obj.auto_delete_on_idle, where=where)
    if obj.enable_partitioning is not None:
        obj.enable_partitioning = check_bool(
            "enable_partitioning", obj.enable_partitioning, where=where
        )
    if obj.entity_availability_status is not None:
        check_string("entity_availability_status", obj.entity_availability_status, where=where)
    if obj.enable_express is not None:
        obj.enable_express = check_bool("enable_express", obj.enable_express, where=where)


def validate_notification_hub_description(obj: NotificationHubDescription, where: str) -> None:
    """Check a `NotificationHubDescription` about to be sent; errors start with `where` + the
    member."""
    if obj.registration_ttl is not None:
        check_string("registration_ttl", obj.registration_ttl, where=where)
    if obj.authorization_rules is not None:
        check_list("authorization_rules", obj.authorization_rules, where=where)
        for index, authorization_rules_item in enumerate(obj.authorization_rules):
            check_instance(
                f"authorization_rules[{index}]",
                authorization_rules_item,
                (SharedAccessAuthorizationRule, AllowRule),
                where=where,
                required=True,
            )
            validate_authorization_rule(
                authorization_rules_item, f"{where}authorization_rules[{index}]."
            )


def validate_relay_description(obj: RelayDescription, where: str) -> None:
    """Check a `RelayDescription` about to be sent; errors start with `where` + the member."""
    if obj.path is not None:
        check_string("path", obj.path, where=where)
    if obj.listener_type is not None:
        check_string("listener_type", obj.listener_type, where=where)
    if obj.listener_count is not None:
        obj.listener_count = check_int("listener_count", obj.listener_count, where=where)
    if obj.relay_type is not None:
        check_string("relay_type", obj.relay_type, where=where)
    if obj.requires_client_authorization is not None:
        obj.requires_client_authorization = check_bool(
            "requires_client_authorization", obj.requires_client_authorization, where=where
        )
    if obj.requires_transport_security is not None:
        obj.requires_transport_security = check_bool(
            "requires_transport_security", obj.requires_transport_security, where=where
        )
    if obj.is_dynamic is not None:
        obj.is_dynamic = check_bool("is_dynamic", obj.is_dynamic, where=where)
    if obj.authorization_rules is not None:
        check_list("authorization_rules", obj.authorization_rules, where=where)
        for index, authorization_rules_item in enumerate(obj.authorization_rules):
            check_instance(
                f"authorization_rules[{index}]",
                authorization_rules_item,
                (SharedAccessAuthorizationRule, AllowRule),
                where=where,
                required=True,
            )
            validate_authorization_rule(
                authorization_rules_item, f"{where}authorization_rules[{index}]."
            )
    if obj.created_at is not None:
        check_datetime("created_at", obj.created_at, where=where)
    if obj.updated_at is not None:
        check_datetime("updated_at", obj.updated_at, where=where)


def validate_authorization_rule(obj: AuthorizationRule, where: str) -> None:
    """Check a `AuthorizationRule` about to be sent; errors start with `where` + the member."""
    if isinstance(obj, SharedAccessAuthorizationRule):
        validate_shared_access_authorization_rule(obj, where)
    elif isinstance(obj, AllowRule):
        validate_allow_rule(obj, where)


def validate_shared_access_authorization_rule(
    obj: SharedAccessAuthorizationRule, where: str
) -> None:
    """Check a `SharedAccessAuthorizationRule` about to be sent; errors start with `where` + the
    member."""
    if obj.claim_type is not None:
        check_string("claim_type", obj.claim_type, where=where)
    if obj.claim_value is not None:
        check_string("claim_value", obj.claim_value, where=where)
    if obj.rights is not None:
        check_list("rights", obj.rights, where=where)
        for index, rights_item in enumerate(obj.rights):
            check_string(f"rights[{index}]", rights_item, where=where, required=True)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.key_name is not None:
        check_string("key_name", obj.key_name, where=where)
    if obj.modified_time is not None:
        check_datetime("modified_time", obj.modified_time, where=where)
    if obj.primary_key is not None:
        check_string("primary_key", obj.primary_key, where=where, secret=True)
    if obj.secondary_key is not None:
        check_string("secondary_key", obj.secondary_key, where=where, secret=True)


def validate_allow_rule(obj: AllowRule, where: str) -> None:
    """Check a `AllowRule` about to be sent; errors start with `where` + the member."""
    if obj.issuer_name is not None:
        check_string("issuer_name", obj.issuer_name, where=where)
    if obj.claim_type is not None:
        check_string("claim_type", obj.claim_type, where=where)
    if obj.claim_value is not None:
        check_string("claim_value", obj.claim_value, where=where)
    if obj.rights is not None:
        check_list("rights", obj.rights, where=where)
        for index, rights_item in enumerate(obj.rights):
            check_string(f"rights[{index}]", rights_item, where=where, required=True)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.modified_time is not None:
        check_datetime("modified_time", obj.modified_time, where=where)


def validate_count_details(obj: CountDetails, where: str) -> None:
    """Check a `CountDetails` about to be sent; errors start with `where` + the member."""
    if obj.active_message_count is not None:
        obj.active_message_count = check_int(
            "active_message_count", obj.active_message_count, where=where
        )
    if obj.dead_letter_message_count is not None:
        obj.dead_letter_message_count = check_int(
            "dead_letter_message_count", obj.dead_letter_message_count, where=where
        )
    if obj.scheduled_message_count is not None:
        obj.scheduled_message_count = check_int(
            "scheduled_message_count", obj.scheduled_message_count, where=where
        )
    if obj.transfer_dead_letter_message_count is not None:
        obj.transfer_dead_letter_message_count = check_int(
            "transfer_dead_letter_message_count",
            obj.transfer_dead_letter_message_count,
            where=where,
        )
    if obj.transfer_message_count is not None:
        obj.transfer_message_count = check_int(
            "transfer_message_count", obj.transfer_message_count, where=where
        )


def validate_metric_properties(obj: MetricProperties, where: str) -> None:
    """Check a `MetricProperties` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.primary_aggregation is not None:
        check_string("primary_aggregation", obj.primary_aggregation, where=where)
    if obj.unit is not None:
        check_string("unit", obj.unit, where=where)
    if obj.display_name is not None:
        check_string("display_name", obj.display_name, where=where)


def validate_metric_values(obj: MetricValues, where: str) -> None:
    """Check a `MetricValues` about to be sent; errors start with `where` + the member."""
    if obj.timestamp is not None:
        check_datetime("timestamp", obj.timestamp, where=where)
    if obj.min is not None:
        obj.min = check_int("min", obj.min, where=where)
    if obj.max is not None:
        obj.max = check_int("max", obj.max, where=where)
    if obj.average is not None:
        check_float("average", obj.average, where=where)
    if obj.total is not None:
        obj.total = check_int("total", obj.total, where=where)


def validate_metric_rollups(obj: MetricRollups, where: str) -> None:
    """Check a `MetricRollups` about to be sent; errors start with `where` + the member."""
    if obj.time_grain is not None:
        check_string("time_grain", obj.time_grain, where=where)
    if obj.retention is not None:
        check_string("retention", obj.retention, where=where)


def validate_create_queue_entry(obj: CreateQueueEntry, where: str) -> None:
    """Check a `CreateQueueEntry` about to be sent; errors start with `where` + the member."""
    check_instance(
        "queue_description", obj.queue_description, QueueDescription, where=where, required=True
    )
    if obj.queue_description is not None:
        validate_queue_description(obj.queue_description, f"{where}queue_description.")


def validate_create_topic_entry(obj: CreateTopicEntry, where: str) -> None:
    """Check a `CreateTopicEntry` about to be sent; errors start with `where` + the member."""
    check_instance(
        "topic_description", obj.topic_description, TopicDescription, where=where, required=True
    )
    if obj.topic_description is not None:
        validate_topic_description(obj.topic_description, f"{where}topic_description.")


def validate_connection_detail_feed(obj: ConnectionDetailFeed, where: str) -> None:
    """Check a `ConnectionDetailFeed` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, ConnectionDetailEntry, where=where, required=True
            )
            validate_connection_detail_entry(entries_item, f"{where}entries[{index}].")


def validate_connection_detail_entry(obj: ConnectionDetailEntry, where: str) -> None:
    """Check a `ConnectionDetailEntry` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, ConnectionDetailContent, where=where)
        validate_connection_detail_content(obj.content, f"{where}content.")


def validate_connection_detail_content(obj: ConnectionDetailContent, where: str) -> None:
    """Check a `ConnectionDetailContent` about to be sent; errors start with `where` + the
    member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.connection_detail is not None:
        check_instance("connection_detail", obj.connection_detail, ConnectionDetail, where=where)
        validate_connection_detail(obj.connection_detail, f"{where}connection_detail.")


def validate_connection_detail(obj: ConnectionDetail, where: str) -> None:
    """Check a `ConnectionDetail` about to be sent; errors start with `where` + the member."""
    if obj.key_name is not None:
        check_string("key_name", obj.key_name, where=where)
    if obj.connection_string is not None:
        check_string("connection_string", obj.connection_string, where=where, secret=True)
    if obj.authorization_type is not None:
        check_string("authorization_type", obj.authorization_type, where=where)
    if obj.rights is not None:
        check_list("rights", obj.rights, where=where)
        for index, rights_item in enumerate(obj.rights):
            check_string(f"rights[{index}]", rights_item, where=where, required=True)
    if obj.secondary_connection_string is not None:
        check_string(
            "secondary_connection_string", obj.secondary_connection_string, where=where, secret=True
        )


def validate_namespace_authorization_rule_request(
    obj: NamespaceAuthorizationRuleRequest, where: str
) -> None:
    """Check a `NamespaceAuthorizationRuleRequest` about to be sent; errors start with `where` +
    the member."""
    check_instance("rule", obj.rule, NamespaceSharedAccessRule, where=where, required=True)
    if obj.rule is not None:
        validate_namespace_shared_access_rule(obj.rule, f"{where}rule.")


def validate_namespace_authorization_rule_feed(
    obj: NamespaceAuthorizationRuleFeed, where: str
) -> None:
    """Check a `NamespaceAuthorizationRuleFeed` about to be sent; errors start with `where` + the
    member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.link is not None:
        check_instance("link", obj.link, AtomLink, where=where)
        validate_atom_link(obj.link, f"{where}link.")
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]",
                entries_item,
                NamespaceAuthorizationRuleEntry,
                where=where,
                required=True,
            )
            validate_namespace_authorization_rule_entry(entries_item, f"{where}entries[{index}].")


def validate_namespace_authorization_rule_entry(
    obj: NamespaceAuthorizationRuleEntry, where: str
) -> None:
    """Check a `NamespaceAuthorizationRuleEntry` about to be sent; errors start with `where` +
    the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.published is not None:
        check_datetime("published", obj.published, where=where)
    if obj.updated is not None:
        check_datetime("updated", obj.updated, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, AtomAuthor, where=where)
        validate_atom_author(obj.author, f"{where}author.")
    if obj.links is not None:
        check_list("links", obj.links, where=where)
        for index, links_item in enumerate(obj.links):
            check_instance(f"links[{index}]", links_item, AtomLink, where=where, required=True)
            validate_atom_link(links_item, f"{where}links[{index}].")
    if obj.content is not None:
        check_instance("content", obj.content, NamespaceAuthorizationRuleContent, where=where)
        validate_namespace_authorization_rule_content(obj.content, f"{where}content.")


def validate_namespace_authorization_rule_content(
    obj: NamespaceAuthorizationRuleContent, where: str
) -> None:
    """Check a `NamespaceAuthorizationRuleContent` about to be sent; errors start with `where` +
    the member."""
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.rule is not None:
        check_instance("rule", obj.rule, NamespaceSharedAccessRule, where=where)
        validate_namespace_shared_access_rule(obj.rule, f"{where}rule.")


def validate_namespace_shared_access_rule(obj: NamespaceSharedAccessRule, where: str) -> None:
    """Check a `NamespaceSharedAccessRule` about to be sent; errors start with `where` + the
    member."""
    if obj.claim_type is not None:
        check_string("claim_type", obj.claim_type, where=where)
    if obj.claim_value is not None:
        check_string("claim_value", obj.claim_value, where=where)
    if obj.rights is not None:
        check_list("rights", obj.rights, where=where)
        for index, rights_item in enumerate(obj.rights):
            check_string(f"rights[{index}]", rights_item, where=where, required=True)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.modified_time is not None:
        check_datetime("modified_time", obj.modified_time, where=where)
    if obj.revision is not None:
        obj.revision = check_int("revision", obj.revision, where=where)
    if obj.key_name is not None:
        check_string("key_name", obj.key_name, where=where)
    if obj.primary_key is not None:
        check_string("primary_key", obj.primary_key, where=where, secret=True)
    if obj.secondary_key is not None:
        check_string("secondary_key", obj.secondary_key, where=where, secret=True)


def validate_service_extension_input(obj: ServiceExtensionInput, where: str) -> None:
    """Check a `ServiceExtensionInput` about to be sent; errors start with `where` + the member."""
    check_string("provider_namespace", obj.provider_namespace, where=where, required=True)
    check_string("extension_type", obj.extension_type, where=where, required=True)
    check_string("extension_id", obj.extension_id, where=where, required=True)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.thumbprint_algorithm is not None:
        check_string("thumbprint_algorithm", obj.thumbprint_algorithm, where=where)
    if obj.public_configuration is not None:
        check_string("public_configuration", obj.public_configuration, where=where, encoded=True)
    if obj.private_configuration is not None:
        check_string(
            "private_configuration",
            obj.private_configuration,
            where=where,
            secret=True,
            encoded=True,
        )
    if obj.version is not None:
        check_string("version", obj.version, where=where)


def validate_service_extension(obj: ServiceExtension, where: str) -> None:
    """Check a `ServiceExtension` about to be sent; errors start with `where` + the member."""
    if obj.provider_namespace is not None:
        check_string("provider_namespace", obj.provider_namespace, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.thumbprint_algorithm is not None:
        check_string("thumbprint_algorithm", obj.thumbprint_algorithm, where=where)
    if obj.public_configuration is not None:
        check_string("public_configuration", obj.public_configuration, where=where, encoded=True)


def validate_extension_image(obj: ExtensionImage, where: str) -> None:
    """Check a `ExtensionImage` about to be sent; errors start with `where` + the member."""
    check_string("provider_namespace", obj.provider_namespace, where=where, required=True)
    check_string("type", obj.type, where=where, required=True)
    check_string("version", obj.version, where=where, required=True)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.hosting_resources is not None:
        check_string("hosting_resources", obj.hosting_resources, where=where)
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.certificate is not None:
        check_instance(
            "certificate", obj.certificate, ExtensionCertificateConfiguration, where=where
        )
        validate_extension_certificate_configuration(obj.certificate, f"{where}certificate.")
    if obj.endpoints is not None:
        check_instance("endpoints", obj.endpoints, ExtensionEndpointConfiguration, where=where)
        validate_extension_endpoint_configuration(obj.endpoints, f"{where}endpoints.")
    if obj.public_configuration_schema is not None:
        check_string(
            "public_configuration_schema",
            obj.public_configuration_schema,
            where=where,
            encoded=True,
        )
    if obj.private_configuration_schema is not None:
        check_string(
            "private_configuration_schema",
            obj.private_configuration_schema,
            where=where,
            encoded=True,
        )
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.publisher_name is not None:
        check_string("publisher_name", obj.publisher_name, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.local_resources is not None:
        check_list("local_resources", obj.local_resources, where=where)
        for index, local_resources_item in enumerate(obj.local_resources):
            check_instance(
                f"local_resources[{index}]",
                local_resources_item,
                ExtensionLocalResourceConfiguration,
                where=where,
                required=True,
            )
            validate_extension_local_resource_configuration(
                local_resources_item, f"{where}local_resources[{index}]."
            )
    if obj.block_role_upon_failure is not None:
        obj.block_role_upon_failure = check_bool(
            "block_role_upon_failure", obj.block_role_upon_failure, where=where
        )
    if obj.is_internal_extension is not None:
        obj.is_internal_extension = check_bool(
            "is_internal_extension", obj.is_internal_extension, where=where
        )
    if obj.sample_config is not None:
        check_string("sample_config", obj.sample_config, where=where, encoded=True)
    if obj.replication_completed is not None:
        obj.replication_completed = check_bool(
            "replication_completed", obj.replication_completed, where=where
        )
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.homepage_uri is not None:
        check_string("homepage_uri", obj.homepage_uri, where=where)
    if obj.is_json_extension is not None:
        obj.is_json_extension = check_bool("is_json_extension", obj.is_json_extension, where=where)
    if obj.disallow_major_version_upgrade is not None:
        obj.disallow_major_version_upgrade = check_bool(
            "disallow_major_version_upgrade", obj.disallow_major_version_upgrade, where=where
        )
    if obj.supported_os is not None:
        check_string("supported_os", obj.supported_os, where=where)
    if obj.company_name is not None:
        check_string("company_name", obj.company_name, where=where)
    if obj.regions is not None:
        check_string("regions", obj.regions, where=where)


def validate_extension_certificate_configuration(
    obj: ExtensionCertificateConfiguration, where: str
) -> None:
    """Check a `ExtensionCertificateConfiguration` about to be sent; errors start with `where` +
    the member."""
    if obj.store_location is not None:
        check_string("store_location", obj.store_location, where=where)
    if obj.store_name is not None:
        check_string("store_name", obj.store_name, where=where)
    if obj.thumbprint_required is not None:
        obj.thumbprint_required = check_bool(
            "thumbprint_required", obj.thumbprint_required, where=where
        )
    if obj.thumbprint_algorithm is not None:
        check_string("thumbprint_algorithm", obj.thumbprint_algorithm, where=where)


def validate_extension_endpoint_configuration(
    obj: ExtensionEndpointConfiguration, where: str
) -> None:
    """Check a `ExtensionEndpointConfiguration` about to be sent; errors start with `where` + the
    member."""
    if obj.input_endpoints is not None:
        check_list("input_endpoints", obj.input_endpoints, where=where)
        for index, input_endpoints_item in enumerate(obj.input_endpoints):
            check_instance(
                f"input_endpoints[{index}]",
                input_endpoints_item,
                ExtensionInputEndpoint,
                where=where,
                required=True,
            )
            validate_extension_input_endpoint(
                input_endpoints_item, f"{where}input_endpoints[{index}]."
            )
    if obj.internal_endpoints is not None:
        check_list("internal_endpoints", obj.internal_endpoints, where=where)
        for index, internal_endpoints_item in enumerate(obj.internal_endpoints):
            check_instance(
                f"internal_endpoints[{index}]",
                internal_endpoints_item,
                ExtensionInternalEndpoint,
                where=where,
                required=True,
            )
            validate_extension_internal_endpoint(
                internal_endpoints_item, f"{where}internal_endpoints[{index}]."
            )
    if obj.instance_input_endpoints is not None:
        check_list("instance_input_endpoints", obj.instance_input_endpoints, where=where)
        for index, instance_input_endpoints_item in enumerate(obj.instance_input_endpoints):
            check_instance(
                f"instance_input_endpoints[{index}]",
                instance_input_endpoints_item,
                ExtensionInstanceInputEndpoint,
                where=where,
                required=True,
            )
            validate_extension_instance_input_endpoint(
                instance_input_endpoints_item, f"{where}instance_input_endpoints[{index}]."
            )


def validate_extension_input_endpoint(obj: ExtensionInputEndpoint, where: str) -> None:
    """Check a `ExtensionInputEndpoint` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)
    if obj.local_port is not None:
        check_string("local_port", obj.local_port, where=where)


def validate_extension_internal_endpoint(obj: ExtensionInternalEndpoint, where: str) -> None:
    """Check a `ExtensionInternalEndpoint` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)


def validate_extension_instance_input_endpoint(
    obj: ExtensionInstanceInputEndpoint, where: str
) -> None:
    """Check a `ExtensionInstanceInputEndpoint` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.protocol is not None:
        check_string("protocol", obj.protocol, where=where)
    if obj.local_port is not None:
        check_string("local_port", obj.local_port, where=where)
    if obj.fixed_port_min is not None:
        obj.fixed_port_min = check_int("fixed_port_min", obj.fixed_port_min, where=where)
    if obj.fixed_port_max is not None:
        obj.fixed_port_max = check_int("fixed_port_max", obj.fixed_port_max, where=where)


def validate_extension_local_resource_configuration(
    obj: ExtensionLocalResourceConfiguration, where: str
) -> None:
    """Check a `ExtensionLocalResourceConfiguration` about to be sent; errors start with `where`
    + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.size_in_mb is not None:
        obj.size_in_mb = check_int("size_in_mb", obj.size_in_mb, where=where)


def validate_database_copy_input(obj: DatabaseCopyInput, where: str) -> None:
    """Check a `DatabaseCopyInput` about to be sent; errors start with `where` + the member."""
    check_string("partner_server", obj.partner_server, where=where, required=True)
    check_string("partner_database", obj.partner_database, where=where, required=True)
    if obj.is_continuous is not None:
        obj.is_continuous = check_bool("is_continuous", obj.is_continuous, where=where)
    if obj.is_offline_secondary is not None:
        obj.is_offline_secondary = check_bool(
            "is_offline_secondary", obj.is_offline_secondary, where=where
        )


def validate_database_copy_update_input(obj: DatabaseCopyUpdateInput, where: str) -> None:
    """Check a `DatabaseCopyUpdateInput` about to be sent; errors start with `where` + the
    member."""
    if obj.is_forced_terminate is not None:
        obj.is_forced_terminate = check_bool(
            "is_forced_terminate", obj.is_forced_terminate, where=where
        )


def validate_database_copy(obj: DatabaseCopy, where: str) -> None:
    """Check a `DatabaseCopy` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.source_server_name is not None:
        check_string("source_server_name", obj.source_server_name, where=where)
    if obj.source_database_name is not None:
        check_string("source_database_name", obj.source_database_name, where=where)
    if obj.destination_server_name is not None:
        check_string("destination_server_name", obj.destination_server_name, where=where)
    if obj.destination_database_name is not None:
        check_string("destination_database_name", obj.destination_database_name, where=where)
    if obj.is_continuous is not None:
        obj.is_continuous = check_bool("is_continuous", obj.is_continuous, where=where)
    if obj.replication_state is not None:
        obj.replication_state = check_int("replication_state", obj.replication_state, where=where)
    if obj.replication_state_description is not None:
        check_string(
            "replication_state_description", obj.replication_state_description, where=where
        )
    if obj.local_database_id is not None:
        obj.local_database_id = check_int("local_database_id", obj.local_database_id, where=where)
    if obj.is_local_database_replication_target is not None:
        obj.is_local_database_replication_target = check_bool(
            "is_local_database_replication_target",
            obj.is_local_database_replication_target,
            where=where,
        )
    if obj.is_interlink_connected is not None:
        obj.is_interlink_connected = check_bool(
            "is_interlink_connected", obj.is_interlink_connected, where=where
        )
    if obj.start_date is not None:
        check_datetime("start_date", obj.start_date, where=where)
    if obj.modify_date is not None:
        check_datetime("modify_date", obj.modify_date, where=where)
    if obj.percent_complete is not None:
        check_float("percent_complete", obj.percent_complete, where=where)
    if obj.is_offline_secondary is not None:
        obj.is_offline_secondary = check_bool(
            "is_offline_secondary", obj.is_offline_secondary, where=where
        )
    if obj.is_termination_allowed is not None:
        obj.is_termination_allowed = check_bool(
            "is_termination_allowed", obj.is_termination_allowed, where=where
        )


def validate_database_operation(obj: DatabaseOperation, where: str) -> None:
    """Check a `DatabaseOperation` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.state_id is not None:
        obj.state_id = check_int("state_id", obj.state_id, where=where)
    if obj.session_activity_id is not None:
        check_string("session_activity_id", obj.session_activity_id, where=where)
    if obj.database_name is not None:
        check_string("database_name", obj.database_name, where=where)
    if obj.percent_complete is not None:
        obj.percent_complete = check_int("percent_complete", obj.percent_complete, where=where)
    if obj.error_code is not None:
        obj.error_code = check_int("error_code", obj.error_code, where=where)
    if obj.error is not None:
        check_string("error", obj.error, where=where)
    if obj.error_severity is not None:
        obj.error_severity = check_int("error_severity", obj.error_severity, where=where)
    if obj.error_state is not None:
        obj.error_state = check_int("error_state", obj.error_state, where=where)
    if obj.start_time is not None:
        check_datetime("start_time", obj.start_time, where=where)
    if obj.last_modify_time is not None:
        check_datetime("last_modify_time", obj.last_modify_time, where=where)


def validate_restorable_dropped_database(obj: RestorableDroppedDatabase, where: str) -> None:
    """Check a `RestorableDroppedDatabase` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.entity_id is not None:
        check_string("entity_id", obj.entity_id, where=where)
    if obj.server_name is not None:
        check_string("server_name", obj.server_name, where=where)
    if obj.edition is not None:
        check_string("edition", obj.edition, where=where)
    if obj.max_size_bytes is not None:
        obj.max_size_bytes = check_int("max_size_bytes", obj.max_size_bytes, where=where)
    if obj.creation_date is not None:
        check_datetime("creation_date", obj.creation_date, where=where)
    if obj.deletion_date is not None:
        check_datetime("deletion_date", obj.deletion_date, where=where)
    if obj.recovery_period_start_date is not None:
        check_datetime("recovery_period_start_date", obj.recovery_period_start_date, where=where)


def validate_recoverable_database(obj: RecoverableDatabase, where: str) -> None:
    """Check a `RecoverableDatabase` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.entity_id is not None:
        check_string("entity_id", obj.entity_id, where=where)
    if obj.server_name is not None:
        check_string("server_name", obj.server_name, where=where)
    if obj.edition is not None:
        check_string("edition", obj.edition, where=where)
    if obj.last_available_backup_date is not None:
        check_datetime("last_available_backup_date", obj.last_available_backup_date, where=where)


def validate_restore_database_input(obj: RestoreDatabaseInput, where: str) -> None:
    """Check a `RestoreDatabaseInput` about to be sent; errors start with `where` + the member."""
    check_string("source_database_name", obj.source_database_name, where=where, required=True)
    if obj.source_database_deletion_date is not None:
        check_datetime(
            "source_database_deletion_date", obj.source_database_deletion_date, where=where
        )
    if obj.target_server_name is not None:
        check_string("target_server_name", obj.target_server_name, where=where)
    check_string("target_database_name", obj.target_database_name, where=where, required=True)
    if obj.target_utc_point_in_time is not None:
        check_datetime("target_utc_point_in_time", obj.target_utc_point_in_time, where=where)


def validate_restore_database_operation(obj: RestoreDatabaseOperation, where: str) -> None:
    """Check a `RestoreDatabaseOperation` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.request_id is not None:
        check_string("request_id", obj.request_id, where=where)
    if obj.source_database_name is not None:
        check_string("source_database_name", obj.source_database_name, where=where)
    if obj.source_database_deletion_date is not None:
        check_datetime(
            "source_database_deletion_date", obj.source_database_deletion_date, where=where
        )
    if obj.target_server_name is not None:
        check_string("target_server_name", obj.target_server_name, where=where)
    if obj.target_database_name is not None:
        check_string("target_database_name", obj.target_database_name, where=where)
    if obj.target_utc_point_in_time is not None:
        check_datetime("target_utc_point_in_time", obj.target_utc_point_in_time, where=where)


def validate_recover_database_input(obj: RecoverDatabaseInput, where: str) -> None:
    """Check a `RecoverDatabaseInput` about to be sent; errors start with `where` + the member."""
    check_string("source_database_name", obj.source_database_name, where=where, required=True)
    if obj.target_server_name is not None:
        check_string("target_server_name", obj.target_server_name, where=where)
    if obj.target_database_name is not None:
        check_string("target_database_name", obj.target_database_name, where=where)


def validate_recover_database_operation(obj: RecoverDatabaseOperation, where: str) -> None:
    """Check a `RecoverDatabaseOperation` about to be sent; errors start with `where` + the
    member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.request_id is not None:
        check_string("request_id", obj.request_id, where=where)
    if obj.source_database_name is not None:
        check_string("source_database_name", obj.source_database_name, where=where)
    if obj.target_server_name is not None:
        check_string("target_server_name", obj.target_server_name, where=where)
    if obj.target_database_name is not None:
        check_string("target_database_name", obj.target_database_name, where=where)


def validate_dac_blob_credentials(obj: DacBlobCredentials, where: str) -> None:
    """Check a `DacBlobCredentials` about to be sent; errors start with `where` + the member."""
    if isinstance(obj, DacBlobStorageAccessKeyCredentials):
        validate_dac_blob_storage_access_key_credentials(obj, where)


def validate_dac_blob_storage_access_key_credentials(
    obj: DacBlobStorageAccessKeyCredentials, where: str
) -> None:
    """Check a `DacBlobStorageAccessKeyCredentials` about to be sent; errors start with `where` +
    the member."""
    check_string("uri", obj.uri, where=where, required=True)
    check_string(
        "storage_access_key", obj.storage_access_key, where=where, required=True, secret=True
    )


def validate_dac_connection_info(obj: DacConnectionInfo, where: str) -> None:
    """Check a `DacConnectionInfo` about to be sent; errors start with `where` + the member."""
    check_string("database_name", obj.database_name, where=where, required=True)
    check_string("password", obj.password, where=where, required=True, secret=True)
    check_string("server_name", obj.server_name, where=where, required=True)
    check_string("user_name", obj.user_name, where=where, required=True)


def validate_dac_export_input(obj: DacExportInput, where: str) -> None:
    """Check a `DacExportInput` about to be sent; errors start with `where` + the member."""
    check_instance(
        "blob_credentials",
        obj.blob_credentials,
        DacBlobStorageAccessKeyCredentials,
        where=where,
        required=True,
    )
    if obj.blob_credentials is not None:
        validate_dac_blob_credentials(obj.blob_credentials, f"{where}blob_credentials.")
    check_instance(
        "connection_info", obj.connection_info, DacConnectionInfo, where=where, required=True
    )
    if obj.connection_info is not None:
        validate_dac_connection_info(obj.connection_info, f"{where}connection_info.")


def validate_dac_import_input(obj: DacImportInput, where: str) -> None:
    """Check a `DacImportInput` about to be sent; errors start with `where` + the member."""
    if obj.azure_edition is not None:
        check_string("azure_edition", obj.azure_edition, where=where)
    check_instance(
        "blob_credentials",
        obj.blob_credentials,
        DacBlobStorageAccessKeyCredentials,
        where=where,
        required=True,
    )
    if obj.blob_credentials is not None:
        validate_dac_blob_credentials(obj.blob_credentials, f"{where}blob_credentials.")
    check_instance(
        "connection_info", obj.connection_info, DacConnectionInfo, where=where, required=True
    )
    if obj.connection_info is not None:
        validate_dac_connection_info(obj.connection_info, f"{where}connection_info.")
    if obj.database_size_in_gb is not None:
        obj.database_size_in_gb = check_int(
            "database_size_in_gb", obj.database_size_in_gb, where=where
        )


def validate_dac_status_input(obj: DacStatusInput, where: str) -> None:
    """Check a `DacStatusInput` about to be sent; errors start with `where` + the member."""
    check_string("password", obj.password, where=where, required=True, secret=True)
    check_string("request_id", obj.request_id, where=where, required=True)
    check_string(
        "fully_qualified_server_name", obj.fully_qualified_server_name, where=where, required=True
    )
    check_string("user_name", obj.user_name, where=where, required=True)


def validate_dac_request_id(obj: DacRequestId, where: str) -> None:
    """Check a `DacRequestId` about to be sent; errors start with `where` + the member."""
    if obj.guid is not None:
        check_string("guid", obj.guid, where=where)


def validate_dac_status_info(obj: DacStatusInfo, where: str) -> None:
    """Check a `DacStatusInfo` about to be sent; errors start with `where` + the member."""
    if obj.blob_uri is not None:
        check_string("blob_uri", obj.blob_uri, where=where)
    if obj.database_name is not None:
        check_string("database_name", obj.database_name, where=where)
    if obj.error_message is not None:
        check_string("error_message", obj.error_message, where=where)
    if obj.last_modified_time is not None:
        check_datetime("last_modified_time", obj.last_modified_time, where=where)
    if obj.queued_time is not None:
        check_datetime("queued_time", obj.queued_time, where=where)
    if obj.request_id is not None:
        check_string("request_id", obj.request_id, where=where)
    if obj.request_type is not None:
        check_string("request_type", obj.request_type, where=where)
    if obj.server_name is not None:
        check_string("server_name", obj.server_name, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)


def validate_create_server_input(obj: CreateServerInput, where: str) -> None:
    """Check a `CreateServerInput` about to be sent; errors start with `where` + the member."""
    check_string("admin_login", obj.admin_login, where=where, required=True)
    check_string("admin_password", obj.admin_password, where=where, required=True, secret=True)
    check_string("location", obj.location, where=where, required=True)


def validate_server_admin_password_input(obj: ServerAdminPasswordInput, where: str) -> None:
    """Check a `ServerAdminPasswordInput` about to be sent; errors start with `where` + the
    member."""
    if obj.admin_password is not None:
        check_string("admin_password", obj.admin_password, where=where, secret=True)


def validate_firewall_rule_input(obj: FirewallRuleInput, where: str) -> None:
    """Check a `FirewallRuleInput` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    check_string("start_ip_address", obj.start_ip_address, where=where, required=True)
    check_string("end_ip_address", obj.end_ip_address, where=where, required=True)


def validate_create_database_input(obj: CreateDatabaseInput, where: str) -> None:
    """Check a `CreateDatabaseInput` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.edition is not None:
        check_string("edition", obj.edition, where=where)
    if obj.collation_name is not None:
        check_string("collation_name", obj.collation_name, where=where)
    if obj.max_size_bytes is not None:
        obj.max_size_bytes = check_int("max_size_bytes", obj.max_size_bytes, where=where)
    check_string("service_objective_id", obj.service_objective_id, where=where, required=True)


def validate_update_database_input(obj: UpdateDatabaseInput, where: str) -> None:
    """Check a `UpdateDatabaseInput` about to be sent; errors start with `where` + the member."""
    if obj.new_database_name is not None:
        check_string("new_database_name", obj.new_database_name, where=where)
    if obj.edition is not None:
        check_string("edition", obj.edition, where=where)
    if obj.max_size_bytes is not None:
        obj.max_size_bytes = check_int("max_size_bytes", obj.max_size_bytes, where=where)
    if obj.service_objective_id is not None:
        check_string("service_objective_id", obj.service_objective_id, where=where)


def validate_create_server_response(obj: CreateServerResponse, where: str) -> None:
    """Check a `CreateServerResponse` about to be sent; errors start with `where` + the member."""
    if obj.server_name is not None:
        check_string("server_name", obj.server_name, where=where)
    if obj.fully_qualified_domain_name is not None:
        check_string("fully_qualified_domain_name", obj.fully_qualified_domain_name, where=where)


def validate_server(obj: Server, where: str) -> None:
    """Check a `Server` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.administrator_login is not None:
        check_string("administrator_login", obj.administrator_login, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.geo_paired_region is not None:
        check_string("geo_paired_region", obj.geo_paired_region, where=where)
    if obj.fully_qualified_domain_name is not None:
        check_string("fully_qualified_domain_name", obj.fully_qualified_domain_name, where=where)
    if obj.version is not None:
        check_string("version", obj.version, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_server_quota(obj: ServerQuota, where: str) -> None:
    """Check a `ServerQuota` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.value is not None:
        obj.value = check_int("value", obj.value, where=where)


def validate_event_log(obj: EventLog, where: str) -> None:
    """Check a `EventLog` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.database_name is not None:
        check_string("database_name", obj.database_name, where=where)
    if obj.start_time_utc is not None:
        check_datetime("start_time_utc", obj.start_time_utc, where=where)
    if obj.interval_size_in_minutes is not None:
        obj.interval_size_in_minutes = check_int(
            "interval_size_in_minutes", obj.interval_size_in_minutes, where=where
        )
    if obj.event_category is not None:
        check_string("event_category", obj.event_category, where=where)
    if obj.event_type is not None:
        check_string("event_type", obj.event_type, where=where)
    if obj.event_subtype is not None:
        obj.event_subtype = check_int("event_subtype", obj.event_subtype, where=where)
    if obj.event_subtype_description is not None:
        check_string("event_subtype_description", obj.event_subtype_description, where=where)
    if obj.number_of_events is not None:
        obj.number_of_events = check_int("number_of_events", obj.number_of_events, where=where)
    if obj.severity is not None:
        obj.severity = check_int("severity", obj.severity, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.additional_data is not None:
        check_string("additional_data", obj.additional_data, where=where)


def validate_firewall_rule(obj: FirewallRule, where: str) -> None:
    """Check a `FirewallRule` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.start_ip_address is not None:
        check_string("start_ip_address", obj.start_ip_address, where=where)
    if obj.end_ip_address is not None:
        check_string("end_ip_address", obj.end_ip_address, where=where)


def validate_service_objective(obj: ServiceObjective, where: str) -> None:
    """Check a `ServiceObjective` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.is_default is not None:
        obj.is_default = check_bool("is_default", obj.is_default, where=where)
    if obj.is_system is not None:
        obj.is_system = check_bool("is_system", obj.is_system, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.enabled is not None:
        obj.enabled = check_bool("enabled", obj.enabled, where=where)
    if obj.dimension_settings is not None:
        check_list("dimension_settings", obj.dimension_settings, where=where)
        for index, dimension_settings_item in enumerate(obj.dimension_settings):
            check_instance(
                f"dimension_settings[{index}]",
                dimension_settings_item,
                ServiceObjectiveDimensionSetting,
                where=where,
                required=True,
            )
            validate_service_objective_dimension_setting(
                dimension_settings_item, f"{where}dimension_settings[{index}]."
            )


def validate_service_objective_dimension_setting(
    obj: ServiceObjectiveDimensionSetting, where: str
) -> None:
    """Check a `ServiceObjectiveDimensionSetting` about to be sent; errors start with `where` +
    the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.ordinal is not None:
        obj.ordinal = check_int("ordinal", obj.ordinal, where=where)
    if obj.is_default is not None:
        obj.is_default = check_bool("is_default", obj.is_default, where=where)


def validate_database(obj: Database, where: str) -> None:
    """Check a `Database` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.parent_link is not None:
        check_string("parent_link", obj.parent_link, where=where)
    if obj.id is not None:
        obj.id = check_int("id", obj.id, where=where)
    if obj.edition is not None:
        check_string("edition", obj.edition, where=where)
    if obj.max_size_gb is not None:
        obj.max_size_gb = check_int("max_size_gb", obj.max_size_gb, where=where)
    if obj.collation_name is not None:
        check_string("collation_name", obj.collation_name, where=where)
    if obj.creation_date is not None:
        check_datetime("creation_date", obj.creation_date, where=where)
    if obj.is_federation_root is not None:
        obj.is_federation_root = check_bool(
            "is_federation_root", obj.is_federation_root, where=where
        )
    if obj.is_system_object is not None:
        obj.is_system_object = check_bool("is_system_object", obj.is_system_object, where=where)
    if obj.size_mb is not None:
        check_float("size_mb", obj.size_mb, where=where)
    if obj.max_size_bytes is not None:
        obj.max_size_bytes = check_int("max_size_bytes", obj.max_size_bytes, where=where)
    if obj.service_objective_id is not None:
        check_string("service_objective_id", obj.service_objective_id, where=where)
    if obj.assigned_service_objective_id is not None:
        check_string(
            "assigned_service_objective_id", obj.assigned_service_objective_id, where=where
        )
    if obj.service_objective_assignment_state is not None:
        obj.service_objective_assignment_state = check_int(
            "service_objective_assignment_state",
            obj.service_objective_assignment_state,
            where=where,
        )
    if obj.service_objective_assignment_state_description is not None:
        check_string(
            "service_objective_assignment_state_description",
            obj.service_objective_assignment_state_description,
            where=where,
        )
    if obj.service_objective_assignment_error_code is not None:
        obj.service_objective_assignment_error_code = check_int(
            "service_objective_assignment_error_code",
            obj.service_objective_assignment_error_code,
            where=where,
        )
    if obj.service_objective_assignment_error_description is not None:
        check_string(
            "service_objective_assignment_error_description",
            obj.service_objective_assignment_error_description,
            where=where,
        )
    if obj.service_objective_assignment_success_date is not None:
        check_datetime(
            "service_objective_assignment_success_date",
            obj.service_objective_assignment_success_date,
            where=where,
        )
    if obj.recovery_period_start_date is not None:
        check_datetime("recovery_period_start_date", obj.recovery_period_start_date, where=where)
    if obj.is_suspended is not None:
        obj.is_suspended = check_bool("is_suspended", obj.is_suspended, where=where)


def validate_regenerate_keys(obj: RegenerateKeys, where: str) -> None:
    """Check a `RegenerateKeys` about to be sent; errors start with `where` + the member."""
    check_string(
        "key_type", obj.key_type, where=where, required=True, enum=("Primary", "Secondary")
    )


def validate_storage_service(obj: StorageService, where: str) -> None:
    """Check a `StorageService` about to be sent; errors start with `where` + the member."""
    if obj.url is not None:
        check_string("url", obj.url, where=where)
    if obj.service_name is not None:
        check_string("service_name", obj.service_name, where=where)
    if obj.storage_service_properties is not None and not is_blank(obj.storage_service_properties):
        check_instance(
            "storage_service_properties",
            obj.storage_service_properties,
            StorageAccountProperties,
            where=where,
        )
        validate_storage_account_properties(
            obj.storage_service_properties, f"{where}storage_service_properties."
        )
    if obj.storage_service_keys is not None and not is_blank(obj.storage_service_keys):
        check_instance(
            "storage_service_keys", obj.storage_service_keys, StorageServiceKeys, where=where
        )
        validate_storage_service_keys(obj.storage_service_keys, f"{where}storage_service_keys.")
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.capabilities is not None:
        check_list("capabilities", obj.capabilities, where=where)
        for index, capabilities_item in enumerate(obj.capabilities):
            check_string(f"capabilities[{index}]", capabilities_item, where=where, required=True)
    if obj.migration_state is not None:
        check_string("migration_state", obj.migration_state, where=where)


def validate_storage_account_properties(obj: StorageAccountProperties, where: str) -> None:
    """Check a `StorageAccountProperties` about to be sent; errors start with `where` + the
    member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.endpoints is not None:
        check_list("endpoints", obj.endpoints, where=where)
        for index, endpoints_item in enumerate(obj.endpoints):
            check_string(f"endpoints[{index}]", endpoints_item, where=where, required=True)
    if obj.geo_replication_enabled is not None:
        obj.geo_replication_enabled = check_bool(
            "geo_replication_enabled", obj.geo_replication_enabled, where=where
        )
    if obj.geo_primary_region is not None:
        check_string("geo_primary_region", obj.geo_primary_region, where=where)
    if obj.status_of_primary is not None:
        check_string("status_of_primary", obj.status_of_primary, where=where)
    if obj.last_geo_failover_time is not None:
        check_datetime("last_geo_failover_time", obj.last_geo_failover_time, where=where)
    if obj.geo_secondary_region is not None:
        check_string("geo_secondary_region", obj.geo_secondary_region, where=where)
    if obj.status_of_secondary is not None:
        check_string("status_of_secondary", obj.status_of_secondary, where=where)
    if obj.creation_time is not None:
        check_datetime("creation_time", obj.creation_time, where=where)
    if obj.custom_domains is not None:
        check_list("custom_domains", obj.custom_domains, where=where)
        for index, custom_domains_item in enumerate(obj.custom_domains):
            check_instance(
                f"custom_domains[{index}]",
                custom_domains_item,
                CustomDomain,
                where=where,
                required=True,
            )
            validate_custom_domain(custom_domains_item, f"{where}custom_domains[{index}].")
    if obj.secondary_read_enabled is not None:
        obj.secondary_read_enabled = check_bool(
            "secondary_read_enabled", obj.secondary_read_enabled, where=where
        )
    if obj.secondary_endpoints is not None:
        check_list("secondary_endpoints", obj.secondary_endpoints, where=where)
        for index, secondary_endpoints_item in enumerate(obj.secondary_endpoints):
            check_string(
                f"secondary_endpoints[{index}]",
                secondary_endpoints_item,
                where=where,
                required=True,
            )
    if obj.account_type is not None:
        check_string("account_type", obj.account_type, where=where)


def validate_custom_domain(obj: CustomDomain, where: str) -> None:
    """Check a `CustomDomain` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.use_sub_domain_name is not None:
        obj.use_sub_domain_name = check_bool(
            "use_sub_domain_name", obj.use_sub_domain_name, where=where
        )


def validate_storage_service_keys(obj: StorageServiceKeys, where: str) -> None:
    """Check a `StorageServiceKeys` about to be sent; errors start with `where` + the member."""
    if obj.primary is not None:
        check_string("primary", obj.primary, where=where, secret=True)
    if obj.secondary is not None:
        check_string("secondary", obj.secondary, where=where, secret=True)


def validate_create_storage_service_input(obj: CreateStorageServiceInput, where: str) -> None:
    """Check a `CreateStorageServiceInput` about to be sent; errors start with `where` + the
    member."""
    check_string(
        "service_name", obj.service_name, where=where, required=True, pattern="^[a-z0-9]{3,24}$"
    )
    if obj.description is not None:
        check_string("description", obj.description, where=where, max_length=1024)
    check_string("label", obj.label, where=where, required=True, max_length=100, encoded=True)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.account_type is not None:
        check_string(
            "account_type",
            obj.account_type,
            where=where,
            enum=("Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS"),
        )


def validate_update_storage_service_input(obj: UpdateStorageServiceInput, where: str) -> None:
    """Check a `UpdateStorageServiceInput` about to be sent; errors start with `where` + the
    member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where, max_length=1024)
    if obj.label is not None:
        check_string("label", obj.label, where=where, max_length=100, encoded=True)
    if obj.extended_properties is not None:
        check_map("extended_properties", obj.extended_properties, where=where)
    if obj.account_type is not None:
        check_string(
            "account_type",
            obj.account_type,
            where=where,
            enum=("Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS"),
        )


def validate_store_add_on_input(obj: StoreAddOnInput, where: str) -> None:
    """Check a `StoreAddOnInput` about to be sent; errors start with `where` + the member."""
    check_string("type", obj.type, where=where, required=True)
    check_string("plan", obj.plan, where=where, required=True)
    if obj.promotion_code is not None:
        check_string("promotion_code", obj.promotion_code, where=where)


def validate_subscription(obj: Subscription, where: str) -> None:
    """Check a `Subscription` about to be sent; errors start with `where` + the member."""
    if obj.subscription_id is not None:
        check_string("subscription_id", obj.subscription_id, where=where)
    if obj.subscription_name is not None:
        check_string("subscription_name", obj.subscription_name, where=where)
    if obj.subscription_status is not None:
        check_string("subscription_status", obj.subscription_status, where=where)
    if obj.account_admin_live_email_id is not None:
        check_string("account_admin_live_email_id", obj.account_admin_live_email_id, where=where)
    if obj.service_admin_live_email_id is not None:
        check_string("service_admin_live_email_id", obj.service_admin_live_email_id, where=where)
    if obj.max_core_count is not None:
        obj.max_core_count = check_int("max_core_count", obj.max_core_count, where=where)
    if obj.max_storage_accounts is not None:
        obj.max_storage_accounts = check_int(
            "max_storage_accounts", obj.max_storage_accounts, where=where
        )
    if obj.max_hosted_services is not None:
        obj.max_hosted_services = check_int(
            "max_hosted_services", obj.max_hosted_services, where=where
        )
    if obj.current_core_count is not None:
        obj.current_core_count = check_int(
            "current_core_count", obj.current_core_count, where=where
        )
    if obj.current_hosted_services is not None:
        obj.current_hosted_services = check_int(
            "current_hosted_services", obj.current_hosted_services, where=where
        )
    if obj.current_storage_accounts is not None:
        obj.current_storage_accounts = check_int(
            "current_storage_accounts", obj.current_storage_accounts, where=where
        )
    if obj.max_virtual_network_sites is not None:
        obj.max_virtual_network_sites = check_int(
            "max_virtual_network_sites", obj.max_virtual_network_sites, where=where
        )
    if obj.current_virtual_network_sites is not None:
        obj.current_virtual_network_sites = check_int(
            "current_virtual_network_sites", obj.current_virtual_network_sites, where=where
        )
    if obj.max_local_network_sites is not None:
        obj.max_local_network_sites = check_int(
            "max_local_network_sites", obj.max_local_network_sites, where=where
        )
    if obj.max_dns_servers is not None:
        obj.max_dns_servers = check_int("max_dns_servers", obj.max_dns_servers, where=where)
    if obj.current_local_network_sites is not None:
        obj.current_local_network_sites = check_int(
            "current_local_network_sites", obj.current_local_network_sites, where=where
        )
    if obj.current_dns_servers is not None:
        obj.current_dns_servers = check_int(
            "current_dns_servers", obj.current_dns_servers, where=where
        )
    if obj.offer_categories is not None:
        check_string("offer_categories", obj.offer_categories, where=where)
    if obj.aad_tenant_id is not None:
        check_string("aad_tenant_id", obj.aad_tenant_id, where=where)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.max_reserved_ips is not None:
        obj.max_reserved_ips = check_int("max_reserved_ips", obj.max_reserved_ips, where=where)
    if obj.current_reserved_ips is not None:
        obj.current_reserved_ips = check_int(
            "current_reserved_ips", obj.current_reserved_ips, where=where
        )
    if obj.max_public_ip_count is not None:
        obj.max_public_ip_count = check_int(
            "max_public_ip_count", obj.max_public_ip_count, where=where
        )
    if obj.current_network_security_groups is not None:
        obj.current_network_security_groups = check_int(
            "current_network_security_groups", obj.current_network_security_groups, where=where
        )
    if obj.max_network_security_groups is not None:
        obj.max_network_security_groups = check_int(
            "max_network_security_groups", obj.max_network_security_groups, where=where
        )
    if obj.max_network_security_rules_per_group is not None:
        obj.max_network_security_rules_per_group = check_int(
            "max_network_security_rules_per_group",
            obj.max_network_security_rules_per_group,
            where=where,
        )
    if obj.max_route_tables is not None:
        obj.max_route_tables = check_int("max_route_tables", obj.max_route_tables, where=where)
    if obj.max_routes_per_route_table is not None:
        obj.max_routes_per_route_table = check_int(
            "max_routes_per_route_table", obj.max_routes_per_route_table, where=where
        )


def validate_subscription_operation_collection(
    obj: SubscriptionOperationCollection, where: str
) -> None:
    """Check a `SubscriptionOperationCollection` about to be sent; errors start with `where` +
    the member."""
    if obj.subscription_operations is not None:
        check_list("subscription_operations", obj.subscription_operations, where=where)
        for index, subscription_operations_item in enumerate(obj.subscription_operations):
            check_instance(
                f"subscription_operations[{index}]",
                subscription_operations_item,
                SubscriptionOperation,
                where=where,
                required=True,
            )
            validate_subscription_operation(
                subscription_operations_item, f"{where}subscription_operations[{index}]."
            )
    if obj.continuation_token is not None:
        check_string("continuation_token", obj.continuation_token, where=where)


def validate_subscription_operation(obj: SubscriptionOperation, where: str) -> None:
    """Check a `SubscriptionOperation` about to be sent; errors start with `where` + the member."""
    if obj.operation_id is not None:
        check_string("operation_id", obj.operation_id, where=where)
    if obj.operation_object_id is not None:
        check_string("operation_object_id", obj.operation_object_id, where=where)
    if obj.operation_name is not None:
        check_string("operation_name", obj.operation_name, where=where)
    if obj.operation_parameters is not None:
        check_list("operation_parameters", obj.operation_parameters, where=where)
        for index, operation_parameters_item in enumerate(obj.operation_parameters):
            check_instance(
                f"operation_parameters[{index}]",
                operation_parameters_item,
                OperationParameter,
                where=where,
                required=True,
            )
            validate_operation_parameter(
                operation_parameters_item, f"{where}operation_parameters[{index}]."
            )
    if obj.operation_caller is not None and not is_blank(obj.operation_caller):
        check_instance("operation_caller", obj.operation_caller, OperationCaller, where=where)
        validate_operation_caller(obj.operation_caller, f"{where}operation_caller.")
    if obj.operation_status is not None and not is_blank(obj.operation_status):
        check_instance(
            "operation_status", obj.operation_status, SubscriptionOperationStatus, where=where
        )
        validate_subscription_operation_status(obj.operation_status, f"{where}operation_status.")
    if obj.operation_started_time is not None:
        check_datetime("operation_started_time", obj.operation_started_time, where=where)
    if obj.operation_completed_time is not None:
        check_datetime("operation_completed_time", obj.operation_completed_time, where=where)
    if obj.operation_kind is not None:
        check_string("operation_kind", obj.operation_kind, where=where)


def validate_operation_parameter(obj: OperationParameter, where: str) -> None:
    """Check a `OperationParameter` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.value is not None:
        check_string("value", obj.value, where=where)


def validate_operation_caller(obj: OperationCaller, where: str) -> None:
    """Check a `OperationCaller` about to be sent; errors start with `where` + the member."""
    if obj.used_service_management_api is not None:
        obj.used_service_management_api = check_bool(
            "used_service_management_api", obj.used_service_management_api, where=where
        )
    if obj.user_email_address is not None:
        check_string("user_email_address", obj.user_email_address, where=where)
    if obj.subscription_certificate_thumbprint is not None:
        check_string(
            "subscription_certificate_thumbprint",
            obj.subscription_certificate_thumbprint,
            where=where,
        )
    if obj.client_ip is not None:
        check_string("client_ip", obj.client_ip, where=where)


def validate_subscription_operation_status(obj: SubscriptionOperationStatus, where: str) -> None:
    """Check a `SubscriptionOperationStatus` about to be sent; errors start with `where` + the
    member."""
    if obj.status_id is not None:
        check_string("status_id", obj.status_id, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.http_status_code is not None:
        obj.http_status_code = check_int("http_status_code", obj.http_status_code, where=where)
    if obj.error is not None:
        check_instance("error", obj.error, OperationError, where=where)
        validate_operation_error(obj.error, f"{where}error.")


def validate_traffic_manager_dns_prefix_availability(
    obj: TrafficManagerDnsPrefixAvailability, where: str
) -> None:
    """Check a `TrafficManagerDnsPrefixAvailability` about to be sent; errors start with `where`
    + the member."""
    if obj.result is not None:
        obj.result = check_bool("result", obj.result, where=where)


def validate_create_traffic_manager_profile(obj: CreateTrafficManagerProfile, where: str) -> None:
    """Check a `CreateTrafficManagerProfile` about to be sent; errors start with `where` + the
    member."""
    check_string("domain_name", obj.domain_name, where=where, required=True)
    check_string("name", obj.name, where=where, required=True, min_length=1, max_length=256)


def validate_update_traffic_manager_profile(obj: UpdateTrafficManagerProfile, where: str) -> None:
    """Check a `UpdateTrafficManagerProfile` about to be sent; errors start with `where` + the
    member."""
    check_string("status", obj.status, where=where, required=True, enum=("Enabled", "Disabled"))
    obj.enabled_version = check_int(
        "enabled_version", obj.enabled_version, where=where, required=True, minimum=1
    )


def validate_traffic_manager_profile(obj: TrafficManagerProfile, where: str) -> None:
    """Check a `TrafficManagerProfile` about to be sent; errors start with `where` + the member."""
    if obj.domain_name is not None:
        check_string("domain_name", obj.domain_name, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.status_details is not None:
        check_instance(
            "status_details", obj.status_details, TrafficManagerProfileStatusDetails, where=where
        )
        validate_traffic_manager_profile_status_details(
            obj.status_details, f"{where}status_details."
        )
    if obj.definitions is not None:
        check_list("definitions", obj.definitions, where=where)
        for index, definitions_item in enumerate(obj.definitions):
            check_instance(
                f"definitions[{index}]",
                definitions_item,
                TrafficManagerDefinitionSummary,
                where=where,
                required=True,
            )
            validate_traffic_manager_definition_summary(
                definitions_item, f"{where}definitions[{index}]."
            )


def validate_traffic_manager_profile_status_details(
    obj: TrafficManagerProfileStatusDetails, where: str
) -> None:
    """Check a `TrafficManagerProfileStatusDetails` about to be sent; errors start with `where` +
    the member."""
    if obj.enabled_version is not None:
        obj.enabled_version = check_int("enabled_version", obj.enabled_version, where=where)


def validate_traffic_manager_definition_summary(
    obj: TrafficManagerDefinitionSummary, where: str
) -> None:
    """Check a `TrafficManagerDefinitionSummary` about to be sent; errors start with `where` +
    the member."""
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.version is not None:
        obj.version = check_int("version", obj.version, where=where)


def validate_traffic_manager_definition(obj: TrafficManagerDefinition, where: str) -> None:
    """Check a `TrafficManagerDefinition` about to be sent; errors start with `where` + the
    member."""
    check_instance(
        "dns_options", obj.dns_options, TrafficManagerDnsOptions, where=where, required=True
    )
    if obj.dns_options is not None:
        validate_traffic_manager_dns_options(obj.dns_options, f"{where}dns_options.")
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.version is not None:
        obj.version = check_int("version", obj.version, where=where)
    check_list("monitors", obj.monitors, where=where, required=True)
    if obj.monitors is not None:
        for index, monitors_item in enumerate(obj.monitors):
            check_instance(
                f"monitors[{index}]",
                monitors_item,
                TrafficManagerMonitor,
                where=where,
                required=True,
            )
            validate_traffic_manager_monitor(monitors_item, f"{where}monitors[{index}].")
    check_instance("policy", obj.policy, TrafficManagerPolicy, where=where, required=True)
    if obj.policy is not None:
        validate_traffic_manager_policy(obj.policy, f"{where}policy.")


def validate_traffic_manager_dns_options(obj: TrafficManagerDnsOptions, where: str) -> None:
    """Check a `TrafficManagerDnsOptions` about to be sent; errors start with `where` + the
    member."""
    obj.time_to_live_in_seconds = check_int(
        "time_to_live_in_seconds",
        obj.time_to_live_in_seconds,
        where=where,
        required=True,
        minimum=30,
        maximum=999999,
    )


def validate_traffic_manager_monitor(obj: TrafficManagerMonitor, where: str) -> None:
    """Check a `TrafficManagerMonitor` about to be sent; errors start with `where` + the member."""
    obj.interval_in_seconds = check_int(
        "interval_in_seconds", obj.interval_in_seconds, where=where, required=True
    )
    obj.timeout_in_seconds = check_int(
        "timeout_in_seconds", obj.timeout_in_seconds, where=where, required=True
    )
    obj.tolerated_number_of_failures = check_int(
        "tolerated_number_of_failures", obj.tolerated_number_of_failures, where=where, required=True
    )
    check_string(
        "protocol",
        obj.protocol,
        where=where,
        required=True,
        enum=("HTTP", "HTTPS", "Http", "Https"),
    )
    obj.port = check_int("port", obj.port, where=where, required=True, minimum=1, maximum=65535)
    check_instance(
        "http_options", obj.http_options, TrafficManagerHttpOptions, where=where, required=True
    )
    if obj.http_options is not None:
        validate_traffic_manager_http_options(obj.http_options, f"{where}http_options.")


def validate_traffic_manager_http_options(obj: TrafficManagerHttpOptions, where: str) -> None:
    """Check a `TrafficManagerHttpOptions` about to be sent; errors start with `where` + the
    member."""
    if obj.verb is not None:
        check_string("verb", obj.verb, where=where, enum=("GET",))
    if obj.relative_path is not None:
        check_string("relative_path", obj.relative_path, where=where)
    if obj.expected_status_code is not None:
        obj.expected_status_code = check_int(
            "expected_status_code", obj.expected_status_code, where=where, minimum=200, maximum=200
        )


def validate_traffic_manager_policy(obj: TrafficManagerPolicy, where: str) -> None:
    """Check a `TrafficManagerPolicy` about to be sent; errors start with `where` + the member."""
    check_string(
        "load_balancing_method",
        obj.load_balancing_method,
        where=where,
        required=True,
        enum=("Performance", "Failover", "RoundRobin"),
    )
    check_list("endpoints", obj.endpoints, where=where, required=True)
    if obj.endpoints is not None:
        for index, endpoints_item in enumerate(obj.endpoints):
            check_instance(
                f"endpoints[{index}]",
                endpoints_item,
                TrafficManagerEndpoint,
                where=where,
                required=True,
            )
            validate_traffic_manager_endpoint(endpoints_item, f"{where}endpoints[{index}].")
    if obj.monitor_status is not None:
        check_string("monitor_status", obj.monitor_status, where=where)


def validate_traffic_manager_endpoint(obj: TrafficManagerEndpoint, where: str) -> None:
    """Check a `TrafficManagerEndpoint` about to be sent; errors start with `where` + the member."""
    check_string("domain_name", obj.domain_name, where=where, required=True)
    check_string("status", obj.status, where=where, required=True, enum=("Enabled", "Disabled"))
    if obj.type is not None:
        check_string(
            "type",
            obj.type,
            where=where,
            enum=("CloudService", "AzureWebsite", "Any", "TrafficManager"),
        )
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.monitor_status is not None:
        check_string("monitor_status", obj.monitor_status, where=where)
    if obj.weight is not None:
        obj.weight = check_int("weight", obj.weight, where=where, minimum=1, maximum=1000)
    if obj.min_child_endpoints is not None:
        obj.min_child_endpoints = check_int(
            "min_child_endpoints", obj.min_child_endpoints, where=where
        )


def validate_bgp_settings(obj: BgpSettings, where: str) -> None:
    """Check a `BgpSettings` about to be sent; errors start with `where` + the member."""
    if obj.asn is not None:
        obj.asn = check_int("asn", obj.asn, where=where)
    if obj.bgp_peering_address is not None:
        check_string("bgp_peering_address", obj.bgp_peering_address, where=where)
    if obj.peer_weight is not None:
        obj.peer_weight = check_int("peer_weight", obj.peer_weight, where=where)


def validate_create_local_network_gateway_parameters(
    obj: CreateLocalNetworkGatewayParameters, where: str
) -> None:
    """Check a `CreateLocalNetworkGatewayParameters` about to be sent; errors start with `where`
    + the member."""
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.gateway_name is not None:
        check_string("gateway_name", obj.gateway_name, where=where)
    if obj.ip_address is not None:
        check_string("ip_address", obj.ip_address, where=where)
    if obj.bgp_settings is not None:
        check_instance("bgp_settings", obj.bgp_settings, BgpSettings, where=where)
        validate_bgp_settings(obj.bgp_settings, f"{where}bgp_settings.")


def validate_local_network_gateway(obj: LocalNetworkGateway, where: str) -> None:
    """Check a `LocalNetworkGateway` about to be sent; errors start with `where` + the member."""
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.gateway_name is not None:
        check_string("gateway_name", obj.gateway_name, where=where)
    if obj.ip_address is not None:
        check_string("ip_address", obj.ip_address, where=where)
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.bgp_settings is not None:
        check_instance("bgp_settings", obj.bgp_settings, BgpSettings, where=where)
        validate_bgp_settings(obj.bgp_settings, f"{where}bgp_settings.")


def validate_create_virtual_network_gateway_parameters(
    obj: CreateVirtualNetworkGatewayParameters, where: str
) -> None:
    """Check a `CreateVirtualNetworkGatewayParameters` about to be sent; errors start with
    `where` + the member."""
    if obj.gateway_name is not None:
        check_string("gateway_name", obj.gateway_name, where=where)
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.gateway_type is not None:
        check_string("gateway_type", obj.gateway_type, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.vnet_id is not None:
        check_string("vnet_id", obj.vnet_id, where=where)
    if obj.bgp_settings is not None:
        check_instance("bgp_settings", obj.bgp_settings, BgpSettings, where=where)
        validate_bgp_settings(obj.bgp_settings, f"{where}bgp_settings.")


def validate_virtual_network_gateway_details(obj: VirtualNetworkGatewayDetails, where: str) -> None:
    """Check a `VirtualNetworkGatewayDetails` about to be sent; errors start with `where` + the
    member."""
    if obj.gateway_id is not None:
        check_string("gateway_id", obj.gateway_id, where=where)
    if obj.last_event is not None:
        check_instance("last_event", obj.last_event, GatewayEvent, where=where)
        validate_gateway_event(obj.last_event, f"{where}last_event.")
    if obj.gateway_name is not None:
        check_string("gateway_name", obj.gateway_name, where=where)
    if obj.gateway_type is not None:
        check_string("gateway_type", obj.gateway_type, where=where)
    if obj.gateway_size is not None:
        check_string("gateway_size", obj.gateway_size, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.vip_address is not None:
        check_string("vip_address", obj.vip_address, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.vnet_id is not None:
        check_string("vnet_id", obj.vnet_id, where=where)
    if obj.subnet_id is not None:
        check_string("subnet_id", obj.subnet_id, where=where)
    if obj.default_sites is not None:
        check_list("default_sites", obj.default_sites, where=where)
        for index, default_sites_item in enumerate(obj.default_sites):
            check_string(f"default_sites[{index}]", default_sites_item, where=where, required=True)
    if obj.enable_bgp is not None:
        obj.enable_bgp = check_bool("enable_bgp", obj.enable_bgp, where=where)
    if obj.bgp_settings is not None:
        check_instance("bgp_settings", obj.bgp_settings, BgpSettings, where=where)
        validate_bgp_settings(obj.bgp_settings, f"{where}bgp_settings.")


def validate_create_gateway_connection_parameters(
    obj: CreateGatewayConnectionParameters, where: str
) -> None:
    """Check a `CreateGatewayConnectionParameters` about to be sent; errors start with `where` +
    the member."""
    if obj.connected_entity_id is not None:
        check_string("connected_entity_id", obj.connected_entity_id, where=where)
    if obj.gateway_connection_name is not None:
        check_string("gateway_connection_name", obj.gateway_connection_name, where=where)
    if obj.gateway_connection_type is not None:
        check_string("gateway_connection_type", obj.gateway_connection_type, where=where)
    if obj.virtual_network_gateway_id is not None:
        check_string("virtual_network_gateway_id", obj.virtual_network_gateway_id, where=where)
    if obj.routing_weight is not None:
        obj.routing_weight = check_int("routing_weight", obj.routing_weight, where=where)
    if obj.shared_key is not None:
        check_string("shared_key", obj.shared_key, where=where, secret=True)
    if obj.enable_bgp is not None:
        obj.enable_bgp = check_bool("enable_bgp", obj.enable_bgp, where=where)


def validate_gateway_connection_details(obj: GatewayConnectionDetails, where: str) -> None:
    """Check a `GatewayConnectionDetails` about to be sent; errors start with `where` + the
    member."""
    if obj.gateway_connection_name is not None:
        check_string("gateway_connection_name", obj.gateway_connection_name, where=where)
    if obj.virtual_network_gateway_id is not None:
        check_string("virtual_network_gateway_id", obj.virtual_network_gateway_id, where=where)
    if obj.connected_entity_id is not None:
        check_string("connected_entity_id", obj.connected_entity_id, where=where)
    if obj.gateway_connection_type is not None:
        check_string("gateway_connection_type", obj.gateway_connection_type, where=where)
    if obj.routing_weight is not None:
        obj.routing_weight = check_int("routing_weight", obj.routing_weight, where=where)
    if obj.shared_key is not None:
        check_string("shared_key", obj.shared_key, where=where, secret=True)
    if obj.enable_bgp is not None:
        obj.enable_bgp = check_bool("enable_bgp", obj.enable_bgp, where=where)


def validate_update_local_network_gateway_parameters(
    obj: UpdateLocalNetworkGatewayParameters, where: str
) -> None:
    """Check a `UpdateLocalNetworkGatewayParameters` about to be sent; errors start with `where`
    + the member."""
    if obj.address_space is not None:
        check_list("address_space", obj.address_space, where=where)
        for index, address_space_item in enumerate(obj.address_space):
            check_string(f"address_space[{index}]", address_space_item, where=where, required=True)
    if obj.bgp_settings is not None:
        check_instance("bgp_settings", obj.bgp_settings, BgpSettings, where=where)
        validate_bgp_settings(obj.bgp_settings, f"{where}bgp_settings.")


def validate_update_gateway_connection_parameters(
    obj: UpdateGatewayConnectionParameters, where: str
) -> None:
    """Check a `UpdateGatewayConnectionParameters` about to be sent; errors start with `where` +
    the member."""
    if obj.routing_weight is not None:
        obj.routing_weight = check_int("routing_weight", obj.routing_weight, where=where)
    if obj.shared_key is not None:
        check_string("shared_key", obj.shared_key, where=where, secret=True)
    if obj.enable_bgp is not None:
        obj.enable_bgp = check_bool("enable_bgp", obj.enable_bgp, where=where)


def validate_redeploy_role_operation(obj: RedeployRoleOperation, where: str) -> None:
    """Check a `RedeployRoleOperation` about to be sent; errors start with `where` + the member."""
    return


def validate_perform_maintenance_on_role_operation(
    obj: PerformMaintenanceOnRoleOperation, where: str
) -> None:
    """Check a `PerformMaintenanceOnRoleOperation` about to be sent; errors start with `where` +
    the member."""
    return


def validate_vm_image_details(obj: VMImageDetails, where: str) -> None:
    """Check a `VMImageDetails` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.category is not None:
        check_string("category", obj.category, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.os_disk_configuration is not None and not is_blank(obj.os_disk_configuration):
        check_instance(
            "os_disk_configuration", obj.os_disk_configuration, OSDiskConfiguration, where=where
        )
        validate_os_disk_configuration(obj.os_disk_configuration, f"{where}os_disk_configuration.")
    if obj.data_disk_configurations is not None:
        check_list("data_disk_configurations", obj.data_disk_configurations, where=where)
        for index, data_disk_configurations_item in enumerate(obj.data_disk_configurations):
            check_instance(
                f"data_disk_configurations[{index}]",
                data_disk_configurations_item,
                DataDiskConfiguration,
                where=where,
                required=True,
            )
            validate_data_disk_configuration(
                data_disk_configurations_item, f"{where}data_disk_configurations[{index}]."
            )
    if obj.service_name is not None:
        check_string("service_name", obj.service_name, where=where)
    if obj.deployment_name is not None:
        check_string("deployment_name", obj.deployment_name, where=where)
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.modified_time is not None:
        check_datetime("modified_time", obj.modified_time, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.publisher_name is not None:
        check_string("publisher_name", obj.publisher_name, where=where)
    if obj.pricing_detail_link is not None:
        check_string("pricing_detail_link", obj.pricing_detail_link, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)
    if obj.vm_image_state is not None:
        check_string("vm_image_state", obj.vm_image_state, where=where)
    if obj.role_state_on_capture is not None:
        check_string("role_state_on_capture", obj.role_state_on_capture, where=where)
    if obj.role_size_on_capture is not None:
        check_string("role_size_on_capture", obj.role_size_on_capture, where=where)
    if obj.is_corrupted is not None:
        obj.is_corrupted = check_bool("is_corrupted", obj.is_corrupted, where=where)
    if obj.published_name is not None:
        check_string("published_name", obj.published_name, where=where)
    if obj.sharing_status is not None:
        check_string("sharing_status", obj.sharing_status, where=where)
    if obj.replication_progress is not None:
        check_list("replication_progress", obj.replication_progress, where=where)
        for index, replication_progress_item in enumerate(obj.replication_progress):
            check_instance(
                f"replication_progress[{index}]",
                replication_progress_item,
                ReplicationProgressElement,
                where=where,
                required=True,
            )
            validate_replication_progress_element(
                replication_progress_item, f"{where}replication_progress[{index}]."
            )
    if obj.compute_image_attributes is not None:
        check_instance(
            "compute_image_attributes",
            obj.compute_image_attributes,
            ComputeImageAttributes,
            where=where,
        )
        validate_compute_image_attributes(
            obj.compute_image_attributes, f"{where}compute_image_attributes."
        )
    if obj.marketplace_image_attributes is not None:
        check_instance(
            "marketplace_image_attributes",
            obj.marketplace_image_attributes,
            MarketplaceImageAttributes,
            where=where,
        )
        validate_marketplace_image_attributes(
            obj.marketplace_image_attributes, f"{where}marketplace_image_attributes."
        )


def validate_compute_image_attributes(obj: ComputeImageAttributes, where: str) -> None:
    """Check a `ComputeImageAttributes` about to be sent; errors start with `where` + the member."""
    if obj.offer is not None:
        check_string("offer", obj.offer, where=where)
    if obj.sku is not None:
        check_string("sku", obj.sku, where=where)
    if obj.version is not None:
        check_string("version", obj.version, where=where)


def validate_marketplace_image_attributes(obj: MarketplaceImageAttributes, where: str) -> None:
    """Check a `MarketplaceImageAttributes` about to be sent; errors start with `where` + the
    member."""
    if obj.publisher_id is not None:
        check_string("publisher_id", obj.publisher_id, where=where)
    if obj.plan is not None:
        check_instance("plan", obj.plan, MarketplacePlan, where=where)
        validate_marketplace_plan(obj.plan, f"{where}plan.")


def validate_marketplace_plan(obj: MarketplacePlan, where: str) -> None:
    """Check a `MarketplacePlan` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.publisher is not None:
        check_string("publisher", obj.publisher, where=where)
    if obj.product is not None:
        check_string("product", obj.product, where=where)


def validate_vm_image(obj: VMImage, where: str) -> None:
    """Check a `VMImage` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where)
    if obj.category is not None:
        check_string("category", obj.category, where=where)
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.os_disk_configuration is not None and not is_blank(obj.os_disk_configuration):
        check_instance(
            "os_disk_configuration", obj.os_disk_configuration, OSDiskConfiguration, where=where
        )
        validate_os_disk_configuration(obj.os_disk_configuration, f"{where}os_disk_configuration.")
    if obj.data_disk_configurations is not None:
        check_list("data_disk_configurations", obj.data_disk_configurations, where=where)
        for index, data_disk_configurations_item in enumerate(obj.data_disk_configurations):
            check_instance(
                f"data_disk_configurations[{index}]",
                data_disk_configurations_item,
                DataDiskConfiguration,
                where=where,
                required=True,
            )
            validate_data_disk_configuration(
                data_disk_configurations_item, f"{where}data_disk_configurations[{index}]."
            )
    if obj.service_name is not None:
        check_string("service_name", obj.service_name, where=where)
    if obj.deployment_name is not None:
        check_string("deployment_name", obj.deployment_name, where=where)
    if obj.role_name is not None:
        check_string("role_name", obj.role_name, where=where)
    if obj.affinity_group is not None:
        check_string("affinity_group", obj.affinity_group, where=where)
    if obj.location is not None:
        check_string("location", obj.location, where=where)
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.modified_time is not None:
        check_datetime("modified_time", obj.modified_time, where=where)
    if obj.language is not None:
        check_string("language", obj.language, where=where)
    if obj.image_family is not None:
        check_string("image_family", obj.image_family, where=where)
    if obj.recommended_vm_size is not None:
        check_string("recommended_vm_size", obj.recommended_vm_size, where=where)
    if obj.is_premium is not None:
        obj.is_premium = check_bool("is_premium", obj.is_premium, where=where)
    if obj.eula is not None:
        check_string("eula", obj.eula, where=where)
    if obj.icon_uri is not None:
        check_string("icon_uri", obj.icon_uri, where=where)
    if obj.small_icon_uri is not None:
        check_string("small_icon_uri", obj.small_icon_uri, where=where)
    if obj.privacy_uri is not None:
        check_string("privacy_uri", obj.privacy_uri, where=where)
    if obj.publisher_name is not None:
        check_string("publisher_name", obj.publisher_name, where=where)
    if obj.pricing_detail_link is not None:
        check_string("pricing_detail_link", obj.pricing_detail_link, where=where)
    if obj.published_date is not None:
        check_datetime("published_date", obj.published_date, where=where)
    if obj.show_in_gui is not None:
        obj.show_in_gui = check_bool("show_in_gui", obj.show_in_gui, where=where)
    if obj.vm_image_state is not None:
        check_string("vm_image_state", obj.vm_image_state, where=where)
    if obj.role_state_on_capture is not None:
        check_string("role_state_on_capture", obj.role_state_on_capture, where=where)
    if obj.role_size_on_capture is not None:
        check_string("role_size_on_capture", obj.role_size_on_capture, where=where)
    if obj.is_corrupted is not None:
        obj.is_corrupted = check_bool("is_corrupted", obj.is_corrupted, where=where)


def validate_os_disk_configuration(obj: OSDiskConfiguration, where: str) -> None:
    """Check a `OSDiskConfiguration` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.host_caching is not None:
        check_string("host_caching", obj.host_caching, where=where)
    if obj.os_state is not None:
        check_string("os_state", obj.os_state, where=where)
    if obj.os is not None:
        check_string("os", obj.os, where=where)
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.logical_disk_size_in_gb is not None:
        obj.logical_disk_size_in_gb = check_int(
            "logical_disk_size_in_gb", obj.logical_disk_size_in_gb, where=where
        )
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)


def validate_data_disk_configuration(obj: DataDiskConfiguration, where: str) -> None:
    """Check a `DataDiskConfiguration` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.host_caching is not None:
        check_string("host_caching", obj.host_caching, where=where)
    if obj.lun is not None:
        obj.lun = check_int("lun", obj.lun, where=where)
    if obj.media_link is not None:
        check_string("media_link", obj.media_link, where=where)
    if obj.logical_disk_size_in_gb is not None:
        obj.logical_disk_size_in_gb = check_int(
            "logical_disk_size_in_gb", obj.logical_disk_size_in_gb, where=where
        )
    if obj.io_type is not None:
        check_string("io_type", obj.io_type, where=where)


def validate_backup_request(obj: BackupRequest, where: str) -> None:
    """Check a `BackupRequest` about to be sent; errors start with `where` + the member."""
    if obj.backup_schedule is not None:
        check_instance("backup_schedule", obj.backup_schedule, BackupSchedule, where=where)
        validate_backup_schedule(obj.backup_schedule, f"{where}backup_schedule.")
    if obj.databases is not None:
        check_list("databases", obj.databases, where=where)
        for index, databases_item in enumerate(obj.databases):
            check_instance(
                f"databases[{index}]",
                databases_item,
                DatabaseBackupSetting,
                where=where,
                required=True,
            )
            validate_database_backup_setting(databases_item, f"{where}databases[{index}].")
    if obj.enabled is not None:
        obj.enabled = check_bool("enabled", obj.enabled, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    check_string("storage_account_url", obj.storage_account_url, where=where, required=True)


def validate_backup_schedule(obj: BackupSchedule, where: str) -> None:
    """Check a `BackupSchedule` about to be sent; errors start with `where` + the member."""
    if obj.frequency_interval is not None:
        obj.frequency_interval = check_int(
            "frequency_interval", obj.frequency_interval, where=where
        )
    if obj.frequency_unit is not None:
        check_string("frequency_unit", obj.frequency_unit, where=where, enum=("Day", "Hour"))
    if obj.keep_at_least_one_backup is not None:
        obj.keep_at_least_one_backup = check_bool(
            "keep_at_least_one_backup", obj.keep_at_least_one_backup, where=where
        )
    if obj.last_execution_time is not None:
        check_datetime("last_execution_time", obj.last_execution_time, where=where)
    if obj.retention_period_in_days is not None:
        obj.retention_period_in_days = check_int(
            "retention_period_in_days", obj.retention_period_in_days, where=where
        )
    if obj.start_time is not None:
        check_datetime("start_time", obj.start_time, where=where)


def validate_database_backup_setting(obj: DatabaseBackupSetting, where: str) -> None:
    """Check a `DatabaseBackupSetting` about to be sent; errors start with `where` + the member."""
    if obj.connection_string is not None:
        check_string("connection_string", obj.connection_string, where=where, secret=True)
    if obj.connection_string_name is not None:
        check_string("connection_string_name", obj.connection_string_name, where=where)
    if obj.database_type is not None:
        check_string("database_type", obj.database_type, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)


def validate_backup_item(obj: BackupItem, where: str) -> None:
    """Check a `BackupItem` about to be sent; errors start with `where` + the member."""
    if obj.storage_account_url is not None:
        check_string("storage_account_url", obj.storage_account_url, where=where)
    if obj.blob_name is not None:
        check_string("blob_name", obj.blob_name, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.size_in_bytes is not None:
        obj.size_in_bytes = check_int("size_in_bytes", obj.size_in_bytes, where=where)
    if obj.created is not None:
        check_datetime("created", obj.created, where=where)
    if obj.log is not None:
        check_string("log", obj.log, where=where)
    if obj.databases is not None:
        check_list("databases", obj.databases, where=where)
        for index, databases_item in enumerate(obj.databases):
            check_instance(
                f"databases[{index}]",
                databases_item,
                DatabaseBackupSetting,
                where=where,
                required=True,
            )
            validate_database_backup_setting(databases_item, f"{where}databases[{index}].")
    if obj.scheduled is not None:
        obj.scheduled = check_bool("scheduled", obj.scheduled, where=where)
    if obj.last_restore_time_stamp is not None:
        check_datetime("last_restore_time_stamp", obj.last_restore_time_stamp, where=where)
    if obj.finished_time_stamp is not None:
        check_datetime("finished_time_stamp", obj.finished_time_stamp, where=where)
    if obj.correlation_id is not None:
        check_string("correlation_id", obj.correlation_id, where=where)


def validate_restore_request(obj: RestoreRequest, where: str) -> None:
    """Check a `RestoreRequest` about to be sent; errors start with `where` + the member."""
    if obj.adjust_connection_strings is not None:
        obj.adjust_connection_strings = check_bool(
            "adjust_connection_strings", obj.adjust_connection_strings, where=where
        )
    check_string("blob_name", obj.blob_name, where=where, required=True)
    if obj.databases is not None:
        check_list("databases", obj.databases, where=where)
        for index, databases_item in enumerate(obj.databases):
            check_instance(
                f"databases[{index}]",
                databases_item,
                DatabaseBackupSetting,
                where=where,
                required=True,
            )
            validate_database_backup_setting(databases_item, f"{where}databases[{index}].")
    if obj.ignore_conflicting_host_names is not None:
        obj.ignore_conflicting_host_names = check_bool(
            "ignore_conflicting_host_names", obj.ignore_conflicting_host_names, where=where
        )
    if obj.overwrite is not None:
        obj.overwrite = check_bool("overwrite", obj.overwrite, where=where)
    check_string("storage_account_url", obj.storage_account_url, where=where, required=True)


def validate_restore_response(obj: RestoreResponse, where: str) -> None:
    """Check a `RestoreResponse` about to be sent; errors start with `where` + the member."""
    if obj.operation_id is not None:
        check_string("operation_id", obj.operation_id, where=where)


def validate_relay_service_connection_entity(obj: RelayServiceConnectionEntity, where: str) -> None:
    """Check a `RelayServiceConnectionEntity` about to be sent; errors start with `where` + the
    member."""
    if obj.biztalk_uri is not None:
        check_string("biztalk_uri", obj.biztalk_uri, where=where)
    if obj.entity_connection_string is not None:
        check_string(
            "entity_connection_string", obj.entity_connection_string, where=where, secret=True
        )
    check_string("entity_name", obj.entity_name, where=where, required=True)
    check_string("hostname", obj.hostname, where=where, required=True)
    obj.port = check_int("port", obj.port, where=where, required=True, minimum=1, maximum=65535)
    check_string(
        "resource_connection_string",
        obj.resource_connection_string,
        where=where,
        required=True,
        secret=True,
    )
    check_string("resource_type", obj.resource_type, where=where, required=True)


def validate_repository_uri(obj: RepositoryUri, where: str) -> None:
    """Check a `RepositoryUri` about to be sent; errors start with `where` + the member."""
    if obj.uri is not None:
        check_string("uri", obj.uri, where=where)


def validate_instance_ids(obj: InstanceIds, where: str) -> None:
    """Check a `InstanceIds` about to be sent; errors start with `where` + the member."""
    if obj.instance_ids is not None:
        check_list("instance_ids", obj.instance_ids, where=where)
        for index, instance_ids_item in enumerate(obj.instance_ids):
            check_string(f"instance_ids[{index}]", instance_ids_item, where=where, required=True)


def validate_site_usage(obj: SiteUsage, where: str) -> None:
    """Check a `SiteUsage` about to be sent; errors start with `where` + the member."""
    if obj.compute_mode is not None:
        check_string("compute_mode", obj.compute_mode, where=where)
    if obj.current_value is not None:
        obj.current_value = check_int("current_value", obj.current_value, where=where)
    if obj.display_name is not None:
        check_string("display_name", obj.display_name, where=where)
    if obj.limit is not None:
        obj.limit = check_int("limit", obj.limit, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.next_reset_time is not None:
        check_datetime("next_reset_time", obj.next_reset_time, where=where)
    if obj.resource_name is not None:
        check_string("resource_name", obj.resource_name, where=where)
    if obj.site_mode is not None:
        check_string("site_mode", obj.site_mode, where=where)
    if obj.unit is not None:
        check_string("unit", obj.unit, where=where)


def validate_site_operation(obj: SiteOperation, where: str) -> None:
    """Check a `SiteOperation` about to be sent; errors start with `where` + the member."""
    if obj.created_time is not None:
        check_datetime("created_time", obj.created_time, where=where)
    if obj.errors is not None:
        check_list("errors", obj.errors, where=where)
        for index, errors_item in enumerate(obj.errors):
            check_instance(
                f"errors[{index}]", errors_item, SiteOperationError, where=where, required=True
            )
            validate_site_operation_error(errors_item, f"{where}errors[{index}].")
    if obj.expiration_time is not None:
        check_datetime("expiration_time", obj.expiration_time, where=where)
    if obj.geo_master_operation_id is not None:
        check_string("geo_master_operation_id", obj.geo_master_operation_id, where=where)
    if obj.id is not None:
        check_string("id", obj.id, where=where)
    if obj.modified_time is not None:
        check_datetime("modified_time", obj.modified_time, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)


def validate_site_operation_error(obj: SiteOperationError, where: str) -> None:
    """Check a `SiteOperationError` about to be sent; errors start with `where` + the member."""
    if obj.code is not None:
        check_string("code", obj.code, where=where)
    if obj.message is not None:
        check_string("message", obj.message, where=where)
    if obj.extended_code is not None:
        check_string("extended_code", obj.extended_code, where=where)
    if obj.message_template is not None:
        check_string("message_template", obj.message_template, where=where)
    if obj.parameters is not None:
        check_list("parameters", obj.parameters, where=where)
        for index, parameters_item in enumerate(obj.parameters):
            check_string(f"parameters[{index}]", parameters_item, where=where, required=True)
    if obj.inner_errors is not None:
        check_string("inner_errors", obj.inner_errors, where=where)


def validate_create_site_input(obj: CreateSiteInput, where: str) -> None:
    """Check a `CreateSiteInput` about to be sent; errors start with `where` + the member."""
    if obj.host_names is not None:
        check_list("host_names", obj.host_names, where=where)
        for index, host_names_item in enumerate(obj.host_names):
            check_string(f"host_names[{index}]", host_names_item, where=where, required=True)
    check_string("website_name", obj.website_name, where=where, required=True)
    if obj.compute_mode is not None:
        check_string("compute_mode", obj.compute_mode, where=where)
    if obj.server_farm is not None:
        check_string("server_farm", obj.server_farm, where=where)
    if obj.site_mode is not None:
        check_string("site_mode", obj.site_mode, where=where)
    check_string("geo_region", obj.geo_region, where=where, required=True)
    check_string("webspace_name", obj.webspace_name, where=where, required=True)
    if obj.plan is not None:
        check_string("plan", obj.plan, where=where)


def validate_update_site_input(obj: UpdateSiteInput, where: str) -> None:
    """Check a `UpdateSiteInput` about to be sent; errors start with `where` + the member."""
    if obj.host_name_ssl_states is not None:
        check_list("host_name_ssl_states", obj.host_name_ssl_states, where=where)
        for index, host_name_ssl_states_item in enumerate(obj.host_name_ssl_states):
            check_instance(
                f"host_name_ssl_states[{index}]",
                host_name_ssl_states_item,
                UpdateHostNameSslState,
                where=where,
                required=True,
            )
            validate_update_host_name_ssl_state(
                host_name_ssl_states_item, f"{where}host_name_ssl_states[{index}]."
            )
    if obj.host_names is not None:
        check_list("host_names", obj.host_names, where=where)
        for index, host_names_item in enumerate(obj.host_names):
            check_string(f"host_names[{index}]", host_names_item, where=where, required=True)
    if obj.server_farm is not None:
        check_string("server_farm", obj.server_farm, where=where)
    if obj.state is not None:
        check_string("state", obj.state, where=where)


def validate_update_host_name_ssl_state(obj: UpdateHostNameSslState, where: str) -> None:
    """Check a `UpdateHostNameSslState` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.ssl_state is not None:
        check_string(
            "ssl_state",
            obj.ssl_state,
            where=where,
            enum=("Disabled", "SniEnabled", "IpBasedEnabled"),
        )
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.to_update is not None:
        obj.to_update = check_bool("to_update", obj.to_update, where=where)


def validate_web_space(obj: WebSpace, where: str) -> None:
    """Check a `WebSpace` about to be sent; errors start with `where` + the member."""
    if obj.availability_state is not None:
        check_string("availability_state", obj.availability_state, where=where)
    if obj.compute_mode is not None:
        check_string("compute_mode", obj.compute_mode, where=where)
    if obj.current_number_of_workers is not None:
        obj.current_number_of_workers = check_int(
            "current_number_of_workers", obj.current_number_of_workers, where=where
        )
    if obj.current_worker_size is not None:
        check_string("current_worker_size", obj.current_worker_size, where=where)
    if obj.geo_location is not None:
        check_string("geo_location", obj.geo_location, where=where)
    if obj.geo_region is not None:
        check_string("geo_region", obj.geo_region, where=where)
    if obj.hosting_environment is not None:
        check_string("hosting_environment", obj.hosting_environment, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.number_of_workers is not None:
        obj.number_of_workers = check_int("number_of_workers", obj.number_of_workers, where=where)
    if obj.plan is not None:
        check_string("plan", obj.plan, where=where)
    if obj.status is not None:
        check_string("status", obj.status, where=where)
    if obj.subscription is not None:
        check_string("subscription", obj.subscription, where=where)
    if obj.worker_size is not None:
        check_string("worker_size", obj.worker_size, where=where)


def validate_site(obj: Site, where: str) -> None:
    """Check a `Site` about to be sent; errors start with `where` + the member."""
    if obj.admin_enabled is not None:
        obj.admin_enabled = check_bool("admin_enabled", obj.admin_enabled, where=where)
    if obj.availability_state is not None:
        check_string("availability_state", obj.availability_state, where=where)
    if obj.cers is not None:
        check_list("cers", obj.cers, where=where)
        for index, cers_item in enumerate(obj.cers):
            check_instance(f"cers[{index}]", cers_item, SiteCertificate, where=where, required=True)
            validate_site_certificate(cers_item, f"{where}cers[{index}].")
    if obj.client_affinity_enabled is not None:
        obj.client_affinity_enabled = check_bool(
            "client_affinity_enabled", obj.client_affinity_enabled, where=where
        )
    if obj.client_cert_enabled is not None:
        obj.client_cert_enabled = check_bool(
            "client_cert_enabled", obj.client_cert_enabled, where=where
        )
    if obj.cloning_info is not None:
        check_instance("cloning_info", obj.cloning_info, SiteCloningInfo, where=where)
        validate_site_cloning_info(obj.cloning_info, f"{where}cloning_info.")
    if obj.compute_mode is not None:
        check_string("compute_mode", obj.compute_mode, where=where)
    if obj.content_availability_state is not None:
        check_string("content_availability_state", obj.content_availability_state, where=where)
    if obj.csrs is not None:
        check_list("csrs", obj.csrs, where=where)
        for index, csrs_item in enumerate(obj.csrs):
            check_instance(f"csrs[{index}]", csrs_item, SiteCsr, where=where, required=True)
            validate_site_csr(csrs_item, f"{where}csrs[{index}].")
    if obj.deployment_id is not None:
        check_string("deployment_id", obj.deployment_id, where=where)
    if obj.enabled is not None:
        obj.enabled = check_bool("enabled", obj.enabled, where=where)
    if obj.enabled_host_names is not None:
        check_list("enabled_host_names", obj.enabled_host_names, where=where)
        for index, enabled_host_names_item in enumerate(obj.enabled_host_names):
            check_string(
                f"enabled_host_names[{index}]", enabled_host_names_item, where=where, required=True
            )
    if obj.gateway_site_name is not None:
        check_string("gateway_site_name", obj.gateway_site_name, where=where)
    if obj.host_name_ssl_states is not None:
        check_list("host_name_ssl_states", obj.host_name_ssl_states, where=where)
        for index, host_name_ssl_states_item in enumerate(obj.host_name_ssl_states):
            check_instance(
                f"host_name_ssl_states[{index}]",
                host_name_ssl_states_item,
                HostNameSslState,
                where=where,
                required=True,
            )
            validate_host_name_ssl_state(
                host_name_ssl_states_item, f"{where}host_name_ssl_states[{index}]."
            )
    if obj.host_names is not None:
        check_list("host_names", obj.host_names, where=where)
        for index, host_names_item in enumerate(obj.host_names):
            check_string(f"host_names[{index}]", host_names_item, where=where, required=True)
    if obj.hosting_environment is not None:
        check_string("hosting_environment", obj.hosting_environment, where=where)
    if obj.hosting_environment_id is not None:
        check_string("hosting_environment_id", obj.hosting_environment_id, where=where)
    if obj.kind is not None:
        check_string("kind", obj.kind, where=where)
    if obj.last_modified_time_utc is not None:
        check_datetime("last_modified_time_utc", obj.last_modified_time_utc, where=where)
    if obj.micro_service is not None:
        check_string("micro_service", obj.micro_service, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.outbound_ip_addresses is not None:
        check_string("outbound_ip_addresses", obj.outbound_ip_addresses, where=where)
    if obj.owner is not None:
        check_string("owner", obj.owner, where=where)
    if obj.premium_app_deployed is not None:
        obj.premium_app_deployed = check_bool(
            "premium_app_deployed", obj.premium_app_deployed, where=where
        )
    if obj.repository_site_name is not None:
        check_string("repository_site_name", obj.repository_site_name, where=where)
    if obj.runtime_availability_state is not None:
        check_string("runtime_availability_state", obj.runtime_availability_state, where=where)
    if obj.sku is not None:
        check_string("sku", obj.sku, where=where)
    if obj.ssl_certificates is not None:
        check_list("ssl_certificates", obj.ssl_certificates, where=where)
        for index, ssl_certificates_item in enumerate(obj.ssl_certificates):
            check_instance(
                f"ssl_certificates[{index}]",
                ssl_certificates_item,
                SiteCertificate,
                where=where,
                required=True,
            )
            validate_site_certificate(ssl_certificates_item, f"{where}ssl_certificates[{index}].")
    if obj.scm_site_also_stopped is not None:
        obj.scm_site_also_stopped = check_bool(
            "scm_site_also_stopped", obj.scm_site_also_stopped, where=where
        )
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.server_farm is not None:
        check_string("server_farm", obj.server_farm, where=where)
    if obj.server_farm_id is not None:
        check_string("server_farm_id", obj.server_farm_id, where=where)
    if obj.site_config is not None:
        check_instance("site_config", obj.site_config, SiteConfig, where=where)
        validate_site_config(obj.site_config, f"{where}site_config.")
    if obj.site_mode is not None:
        check_string("site_mode", obj.site_mode, where=where)
    if obj.site_properties is not None:
        check_instance("site_properties", obj.site_properties, SiteProperties, where=where)
        validate_site_properties(obj.site_properties, f"{where}site_properties.")
    if obj.state is not None:
        check_string("state", obj.state, where=where)
    if obj.storage_recovery_default_state is not None:
        check_string(
            "storage_recovery_default_state", obj.storage_recovery_default_state, where=where
        )
    if obj.target_swap_slot is not None:
        check_string("target_swap_slot", obj.target_swap_slot, where=where)
    if obj.traffic_manager_host_names is not None:
        check_list("traffic_manager_host_names", obj.traffic_manager_host_names, where=where)
        for index, traffic_manager_host_names_item in enumerate(obj.traffic_manager_host_names):
            check_string(
                f"traffic_manager_host_names[{index}]",
                traffic_manager_host_names_item,
                where=where,
                required=True,
            )
    if obj.usage_state is not None:
        check_string("usage_state", obj.usage_state, where=where)
    if obj.web_space is not None:
        check_string("web_space", obj.web_space, where=where)


def validate_site_certificate(obj: SiteCertificate, where: str) -> None:
    """Check a `SiteCertificate` about to be sent; errors start with `where` + the member."""
    if obj.cer_blob is not None:
        check_bytes("cer_blob", obj.cer_blob, where=where)
    if obj.expiration_date is not None:
        check_datetime("expiration_date", obj.expiration_date, where=where)
    if obj.friendly_name is not None:
        check_string("friendly_name", obj.friendly_name, where=where)
    if obj.host_names is not None:
        check_list("host_names", obj.host_names, where=where)
        for index, host_names_item in enumerate(obj.host_names):
            check_string(f"host_names[{index}]", host_names_item, where=where, required=True)
    if obj.issue_date is not None:
        check_datetime("issue_date", obj.issue_date, where=where)
    if obj.issuer is not None:
        check_string("issuer", obj.issuer, where=where)
    if obj.password is not None:
        check_string("password", obj.password, where=where, secret=True)
    if obj.pfx_blob is not None:
        check_bytes("pfx_blob", obj.pfx_blob, where=where)
    if obj.public_key_hash is not None:
        check_string("public_key_hash", obj.public_key_hash, where=where)
    if obj.self_link is not None:
        check_string("self_link", obj.self_link, where=where)
    if obj.site_name is not None:
        check_string("site_name", obj.site_name, where=where)
    if obj.subject_name is not None:
        check_string("subject_name", obj.subject_name, where=where)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.to_delete is not None:
        obj.to_delete = check_bool("to_delete", obj.to_delete, where=where)
    if obj.valid is not None:
        obj.valid = check_bool("valid", obj.valid, where=where)


def validate_site_csr(obj: SiteCsr, where: str) -> None:
    """Check a `SiteCsr` about to be sent; errors start with `where` + the member."""
    if obj.csr_string is not None:
        check_string("csr_string", obj.csr_string, where=where)
    if obj.distinguished_name is not None:
        check_string("distinguished_name", obj.distinguished_name, where=where)
    if obj.hosting_environment is not None:
        check_string("hosting_environment", obj.hosting_environment, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.password is not None:
        check_string("password", obj.password, where=where, secret=True)
    if obj.pfx_blob is not None:
        check_bytes("pfx_blob", obj.pfx_blob, where=where)
    if obj.public_key_hash is not None:
        check_string("public_key_hash", obj.public_key_hash, where=where)


def validate_site_cloning_info(obj: SiteCloningInfo, where: str) -> None:
    """Check a `SiteCloningInfo` about to be sent; errors start with `where` + the member."""
    if obj.clone_custom_host_names is not None:
        obj.clone_custom_host_names = check_bool(
            "clone_custom_host_names", obj.clone_custom_host_names, where=where
        )
    if obj.clone_source_control is not None:
        obj.clone_source_control = check_bool(
            "clone_source_control", obj.clone_source_control, where=where
        )
    if obj.configure_load_balancing is not None:
        obj.configure_load_balancing = check_bool(
            "configure_load_balancing", obj.configure_load_balancing, where=where
        )
    if obj.correlation_id is not None:
        check_string("correlation_id", obj.correlation_id, where=where)
    if obj.hosting_environment is not None:
        check_string("hosting_environment", obj.hosting_environment, where=where)
    if obj.overwrite is not None:
        obj.overwrite = check_bool("overwrite", obj.overwrite, where=where)
    if obj.source_web_app_id is not None:
        check_string("source_web_app_id", obj.source_web_app_id, where=where)
    if obj.traffic_manager_profile_id is not None:
        check_string("traffic_manager_profile_id", obj.traffic_manager_profile_id, where=where)
    if obj.traffic_manager_profile_name is not None:
        check_string("traffic_manager_profile_name", obj.traffic_manager_profile_name, where=where)


def validate_site_config(obj: SiteConfig, where: str) -> None:
    """Check a `SiteConfig` about to be sent; errors start with `where` + the member."""
    if obj.app_settings is not None:
        check_map("app_settings", obj.app_settings, where=where)
    if obj.connection_strings is not None:
        check_list("connection_strings", obj.connection_strings, where=where)
        for index, connection_strings_item in enumerate(obj.connection_strings):
            check_instance(
                f"connection_strings[{index}]",
                connection_strings_item,
                ConnStringInfo,
                where=where,
                required=True,
            )
            validate_conn_string_info(
                connection_strings_item, f"{where}connection_strings[{index}]."
            )
    if obj.default_documents is not None:
        check_list("default_documents", obj.default_documents, where=where)
        for index, default_documents_item in enumerate(obj.default_documents):
            check_string(
                f"default_documents[{index}]", default_documents_item, where=where, required=True
            )
    if obj.detailed_error_logging_enabled is not None:
        obj.detailed_error_logging_enabled = check_bool(
            "detailed_error_logging_enabled", obj.detailed_error_logging_enabled, where=where
        )
    if obj.document_root is not None:
        check_string("document_root", obj.document_root, where=where)
    if obj.handler_mappings is not None:
        check_list("handler_mappings", obj.handler_mappings, where=where)
        for index, handler_mappings_item in enumerate(obj.handler_mappings):
            check_instance(
                f"handler_mappings[{index}]",
                handler_mappings_item,
                HandlerMapping,
                where=where,
                required=True,
            )
            validate_handler_mapping(handler_mappings_item, f"{where}handler_mappings[{index}].")
    if obj.http_logging_enabled is not None:
        obj.http_logging_enabled = check_bool(
            "http_logging_enabled", obj.http_logging_enabled, where=where
        )
    if obj.logs_directory_size_limit is not None:
        obj.logs_directory_size_limit = check_int(
            "logs_directory_size_limit", obj.logs_directory_size_limit, where=where
        )
    if obj.managed_pipeline_mode is not None:
        check_string("managed_pipeline_mode", obj.managed_pipeline_mode, where=where)
    if obj.metadata is not None:
        check_map("metadata", obj.metadata, where=where)
    if obj.net_framework_version is not None:
        check_string("net_framework_version", obj.net_framework_version, where=where)
    if obj.number_of_workers is not None:
        obj.number_of_workers = check_int("number_of_workers", obj.number_of_workers, where=where)
    if obj.php_version is not None:
        check_string("php_version", obj.php_version, where=where)
    if obj.publishing_password is not None:
        check_string("publishing_password", obj.publishing_password, where=where, secret=True)
    if obj.publishing_username is not None:
        check_string("publishing_username", obj.publishing_username, where=where)
    if obj.remote_debugging_enabled is not None:
        obj.remote_debugging_enabled = check_bool(
            "remote_debugging_enabled", obj.remote_debugging_enabled, where=where
        )
    if obj.remote_debugging_version is not None:
        check_string("remote_debugging_version", obj.remote_debugging_version, where=where)
    if obj.request_tracing_enabled is not None:
        obj.request_tracing_enabled = check_bool(
            "request_tracing_enabled", obj.request_tracing_enabled, where=where
        )
    if obj.request_tracing_expiration_time is not None:
        check_datetime(
            "request_tracing_expiration_time", obj.request_tracing_expiration_time, where=where
        )
    if obj.scm_type is not None:
        check_string("scm_type", obj.scm_type, where=where)
    if obj.use32_bit_worker_process is not None:
        obj.use32_bit_worker_process = check_bool(
            "use32_bit_worker_process", obj.use32_bit_worker_process, where=where
        )
    if obj.web_sockets_enabled is not None:
        obj.web_sockets_enabled = check_bool(
            "web_sockets_enabled", obj.web_sockets_enabled, where=where
        )


def validate_conn_string_info(obj: ConnStringInfo, where: str) -> None:
    """Check a `ConnStringInfo` about to be sent; errors start with `where` + the member."""
    if obj.connection_string is not None:
        check_string("connection_string", obj.connection_string, where=where, secret=True)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)


def validate_handler_mapping(obj: HandlerMapping, where: str) -> None:
    """Check a `HandlerMapping` about to be sent; errors start with `where` + the member."""
    if obj.arguments is not None:
        check_string("arguments", obj.arguments, where=where)
    if obj.extension is not None:
        check_string("extension", obj.extension, where=where)
    if obj.script_processor is not None:
        check_string("script_processor", obj.script_processor, where=where)


def validate_site_properties(obj: SiteProperties, where: str) -> None:
    """Check a `SiteProperties` about to be sent; errors start with `where` + the member."""
    if obj.app_settings is not None:
        check_map("app_settings", obj.app_settings, where=where)
    if obj.metadata is not None:
        check_map("metadata", obj.metadata, where=where)
    if obj.properties is not None:
        check_map("properties", obj.properties, where=where)


def validate_host_name_ssl_state(obj: HostNameSslState, where: str) -> None:
    """Check a `HostNameSslState` about to be sent; errors start with `where` + the member."""
    if obj.host_type is not None:
        check_string("host_type", obj.host_type, where=where)
    if obj.ip_based_ssl_state is not None:
        check_string("ip_based_ssl_state", obj.ip_based_ssl_state, where=where)
    if obj.ip_based_ssl_result is not None:
        check_string("ip_based_ssl_result", obj.ip_based_ssl_result, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.ssl_state is not None:
        check_string("ssl_state", obj.ssl_state, where=where)
    if obj.thumbprint is not None:
        check_string("thumbprint", obj.thumbprint, where=where)
    if obj.to_update is not None:
        obj.to_update = check_bool("to_update", obj.to_update, where=where)
    if obj.to_update_ip_based_ssl is not None:
        obj.to_update_ip_based_ssl = check_bool(
            "to_update_ip_based_ssl", obj.to_update_ip_based_ssl, where=where
        )
    if obj.virtual_ip is not None:
        check_string("virtual_ip", obj.virtual_ip, where=where)


def validate_metric_response(obj: MetricResponse, where: str) -> None:
    """Check a `MetricResponse` about to be sent; errors start with `where` + the member."""
    if obj.code is not None:
        check_string("code", obj.code, where=where)
    if obj.data is not None and not is_blank(obj.data):
        check_instance("data", obj.data, Data, where=where)
        validate_data(obj.data, f"{where}data.")
    if obj.message is not None:
        check_string("message", obj.message, where=where)


def validate_data(obj: Data, where: str) -> None:
    """Check a `Data` about to be sent; errors start with `where` + the member."""
    if obj.display_name is not None:
        check_string("display_name", obj.display_name, where=where)
    if obj.end_time is not None:
        check_datetime("end_time", obj.end_time, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.primary_aggregation_type is not None:
        check_string("primary_aggregation_type", obj.primary_aggregation_type, where=where)
    if obj.start_time is not None:
        check_datetime("start_time", obj.start_time, where=where)
    if obj.time_grain is not None:
        check_string("time_grain", obj.time_grain, where=where)
    if obj.unit is not None:
        check_string("unit", obj.unit, where=where)
    if obj.values is not None:
        check_list("values", obj.values, where=where)
        for index, values_item in enumerate(obj.values):
            check_instance(
                f"values[{index}]", values_item, MetricSample, where=where, required=True
            )
            validate_metric_sample(values_item, f"{where}values[{index}].")


def validate_metric_sample(obj: MetricSample, where: str) -> None:
    """Check a `MetricSample` about to be sent; errors start with `where` + the member."""
    if obj.count is not None:
        obj.count = check_int("count", obj.count, where=where)
    if obj.instance_name is not None:
        check_string("instance_name", obj.instance_name, where=where)
    if obj.maximum is not None:
        obj.maximum = check_int("maximum", obj.maximum, where=where)
    if obj.minimum is not None:
        obj.minimum = check_int("minimum", obj.minimum, where=where)
    if obj.time_created is not None:
        check_datetime("time_created", obj.time_created, where=where)
    if obj.total is not None:
        obj.total = check_int("total", obj.total, where=where)


def validate_metric_definition(obj: MetricDefinition, where: str) -> None:
    """Check a `MetricDefinition` about to be sent; errors start with `where` + the member."""
    if obj.display_name is not None:
        check_string("display_name", obj.display_name, where=where)
    if obj.metric_availabilities is not None:
        check_list("metric_availabilities", obj.metric_availabilities, where=where)
        for index, metric_availabilities_item in enumerate(obj.metric_availabilities):
            check_instance(
                f"metric_availabilities[{index}]",
                metric_availabilities_item,
                MetricAvailability,
                where=where,
                required=True,
            )
            validate_metric_availability(
                metric_availabilities_item, f"{where}metric_availabilities[{index}]."
            )
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.primary_aggregation_type is not None:
        check_string("primary_aggregation_type", obj.primary_aggregation_type, where=where)
    if obj.unit is not None:
        check_string("unit", obj.unit, where=where)


def validate_metric_availability(obj: MetricAvailability, where: str) -> None:
    """Check a `MetricAvailability` about to be sent; errors start with `where` + the member."""
    if obj.retention is not None:
        check_string("retention", obj.retention, where=where)
    if obj.time_grain is not None:
        check_string("time_grain", obj.time_grain, where=where)


def validate_publish_data(obj: PublishData, where: str) -> None:
    """Check a `PublishData` about to be sent; errors start with `where` + the member."""
    if obj.publish_profiles is not None:
        check_list("publish_profiles", obj.publish_profiles, where=where)
        for index, publish_profiles_item in enumerate(obj.publish_profiles):
            check_instance(
                f"publish_profiles[{index}]",
                publish_profiles_item,
                PublishProfile,
                where=where,
                required=True,
            )
            validate_publish_profile(publish_profiles_item, f"{where}publish_profiles[{index}].")


def validate_publish_profile(obj: PublishProfile, where: str) -> None:
    """Check a `PublishProfile` about to be sent; errors start with `where` + the member."""
    if obj.profile_name is not None:
        check_string("profile_name", obj.profile_name, where=where)
    if obj.publish_method is not None:
        check_string("publish_method", obj.publish_method, where=where)
    if obj.publish_url is not None:
        check_string("publish_url", obj.publish_url, where=where)
    if obj.msdeploysite is not None:
        check_string("msdeploysite", obj.msdeploysite, where=where)
    if obj.ftp_passive_mode is not None:
        obj.ftp_passive_mode = check_bool("ftp_passive_mode", obj.ftp_passive_mode, where=where)
    if obj.user_name is not None:
        check_string("user_name", obj.user_name, where=where)
    if obj.user_pwd is not None:
        check_string("user_pwd", obj.user_pwd, where=where, secret=True)
    if obj.destination_app_url is not None:
        check_string("destination_app_url", obj.destination_app_url, where=where)
    if obj.sql_server_db_connection_string is not None:
        check_string(
            "sql_server_db_connection_string",
            obj.sql_server_db_connection_string,
            where=where,
            secret=True,
        )
    if obj.my_sqldb_connection_string is not None:
        check_string(
            "my_sqldb_connection_string", obj.my_sqldb_connection_string, where=where, secret=True
        )
    if obj.hosting_provider_forum_link is not None:
        check_string("hosting_provider_forum_link", obj.hosting_provider_forum_link, where=where)
    if obj.control_panel_link is not None:
        check_string("control_panel_link", obj.control_panel_link, where=where)
    if obj.web_system is not None:
        check_string("web_system", obj.web_system, where=where)
    if obj.databases is not None:
        check_list("databases", obj.databases, where=where)
        for index, databases_item in enumerate(obj.databases):
            check_instance(
                f"databases[{index}]", databases_item, PublishDatabase, where=where, required=True
            )
            validate_publish_database(databases_item, f"{where}databases[{index}].")


def validate_publish_database(obj: PublishDatabase, where: str) -> None:
    """Check a `PublishDatabase` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.connection_string is not None:
        check_string("connection_string", obj.connection_string, where=where, secret=True)
    if obj.provider_name is not None:
        check_string("provider_name", obj.provider_name, where=where)
    if obj.type is not None:
        check_string("type", obj.type, where=where)


def validate_server_farm(obj: ServerFarm, where: str) -> None:
    """Check a `ServerFarm` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.number_of_workers is not None:
        obj.number_of_workers = check_int("number_of_workers", obj.number_of_workers, where=where)
    if obj.sku is not None:
        check_string("sku", obj.sku, where=where)
    if obj.worker_size is not None:
        check_string("worker_size", obj.worker_size, where=where)
    if obj.admin_site_name is not None:
        check_string("admin_site_name", obj.admin_site_name, where=where)


def validate_update_server_farm(obj: UpdateServerFarm, where: str) -> None:
    """Check a `UpdateServerFarm` about to be sent; errors start with `where` + the member."""
    if obj.number_of_workers is not None:
        obj.number_of_workers = check_int(
            "number_of_workers", obj.number_of_workers, where=where, minimum=1, maximum=10
        )
    if obj.sku is not None:
        check_string("sku", obj.sku, where=where)
    if obj.worker_size is not None:
        check_string("worker_size", obj.worker_size, where=where)
    if obj.admin_site_name is not None:
        check_string("admin_site_name", obj.admin_site_name, where=where)


def validate_publishing_users(obj: PublishingUsers, where: str) -> None:
    """Check a `PublishingUsers` about to be sent; errors start with `where` + the member."""
    if obj.names is not None:
        check_list("names", obj.names, where=where)
        for index, names_item in enumerate(obj.names):
            check_string(f"names[{index}]", names_item, where=where, required=True)


def validate_publishing_user(obj: PublishingUser, where: str) -> None:
    """Check a `PublishingUser` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.publishing_password is not None:
        check_string("publishing_password", obj.publishing_password, where=where, secret=True)
    if obj.publishing_user_name is not None:
        check_string("publishing_user_name", obj.publishing_user_name, where=where)


def validate_dns_suffix(obj: DnsSuffix, where: str) -> None:
    """Check a `DnsSuffix` about to be sent; errors start with `where` + the member."""
    if obj.value is not None:
        check_string("value", obj.value, where=where)


def validate_hostname_availability(obj: HostnameAvailability, where: str) -> None:
    """Check a `HostnameAvailability` about to be sent; errors start with `where` + the member."""
    if obj.value is not None:
        check_string("value", obj.value, where=where)


def validate_geo_region(obj: GeoRegion, where: str) -> None:
    """Check a `GeoRegion` about to be sent; errors start with `where` + the member."""
    if obj.description is not None:
        check_string("description", obj.description, where=where)
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.sort_order is not None:
        obj.sort_order = check_int("sort_order", obj.sort_order, where=where)
