"""XML readers of the responses the clients receive.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from azure_asm.models import (
    SSH,
    AclRule,
    AdditionalUnattendContent,
    AddressAvailability,
    AffinityGroup,
    AffinityGroups,
    AllowRule,
    AnyConfigurationSet,
    ApplicationGateway,
    ApplicationGatewayBackendAddressPool,
    ApplicationGatewayBackendHttpSettings,
    ApplicationGatewayCertificate,
    ApplicationGatewayConfiguration,
    ApplicationGatewayFrontendIP,
    ApplicationGatewayFrontendPort,
    ApplicationGatewayHttpListener,
    ApplicationGatewayHttpLoadBalancingRule,
    ApplicationGatewayProbe,
    AtomAuthor,
    AtomLink,
    AttachedTo,
    AuthorizationRule,
    AuthorizationRules,
    AvailabilityResponse,
    BackupItem,
    BackupRequest,
    BackupSchedule,
    BgpSettings,
    Certificate,
    Certificates,
    CertificateSetting,
    ClientRootCertificate,
    CloudService,
    CloudServices,
    CloudServiceSettings,
    Components,
    ComponentSetting,
    ComponentSettings,
    ComputeCapabilities,
    ComputeImageAttributes,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    ConfigurationSetInputEndpoints,
    ConfigurationSets,
    ConnectionDetail,
    ConnectionDetailContent,
    ConnectionDetailEntry,
    ConnectionDetailFeed,
    ConnStringInfo,
    CountDetails,
    CreateServerResponse,
    Credentials,
    CustomDomain,
    DacRequestId,
    DacStatusInfo,
    Data,
    Database,
    DatabaseBackupSetting,
    DatabaseCopy,
    DatabaseOperation,
    DataDiskConfiguration,
    DataDiskConfigurations,
    DataVirtualHardDisk,
    DataVirtualHardDisks,
    DebugSettings,
    Deployment,
    DeploymentEventCollection,
    Deployments,
    Disk,
    Disks,
    DnsServer,
    DnsServerRef,
    DnsSuffix,
    DomainJoin,
    DomainJoinProvisioning,
    EffectiveRoute,
    EffectiveRouteTable,
    EndpointAcl,
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
    FormattedMessage,
    FrontendIpConfiguration,
    Gateway,
    GatewayConnection,
    GatewayConnectionDetails,
    GatewayConnectionStatus,
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
    HostedServices,
    HostnameAvailability,
    HostNameSslState,
    HostNameSslStates,
    Images,
    InputEndpoint,
    InputEndpoints,
    InstanceEndpoint,
    InstanceEndpoints,
    InstanceIds,
    IntrinsicSettings,
    IPForwarding,
    IPsecParameters,
    JobCollectionQuota,
    KeyPair,
    KeyPairs,
    LinuxConfigurationSet,
    Listener,
    Listeners,
    LoadBalancer,
    LoadBalancerProbe,
    LocalNetworkConnection,
    LocalNetworkGateway,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    Location,
    Locations,
    MaintenanceStatus,
    MarketplaceImageAttributes,
    MarketplacePlan,
    MaxRecurrence,
    MetricAvailabilities,
    MetricAvailability,
    MetricDefinition,
    MetricDefinitions,
    MetricProperties,
    MetricPropertiesContent,
    MetricPropertiesEntry,
    MetricPropertiesFeed,
    MetricResponse,
    MetricResponses,
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
    OperatingSystemFamilies,
    OperatingSystemFamily,
    OperatingSystems,
    Operation,
    OperationCaller,
    OperationError,
    OperationParameter,
    OSDiskConfiguration,
    OSImage,
    OSImageDetails,
    OSVirtualHardDisk,
    OutputItem,
    Passes,
    PersistentVMDowntimeInfo,
    PersistentVMRole,
    PublicIP,
    PublicIPs,
    PublicKey,
    PublicKeys,
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
    RecoverDatabaseOperation,
    RelayContent,
    RelayDescription,
    RelayEntry,
    RelayFeed,
    RelayServiceConnectionEntity,
    ReplicationProgress,
    ReplicationProgressElement,
    RepositoryUri,
    ReservedIP,
    ReservedIPs,
    Resource,
    ResourceExtension,
    ResourceExtensionCertificate,
    ResourceExtensionParameterValue,
    ResourceExtensionParameterValues,
    ResourceExtensionReference,
    ResourceExtensionReferences,
    ResourceExtensions,
    ResourceExtensionStatus,
    ResourceNameAvailabilityResponse,
    ResourceOperationError,
    ResourceOperationStatus,
    ResourceProviderProperty,
    Resources,
    RestorableDroppedDatabase,
    RestoreDatabaseOperation,
    RestoreRequest,
    RestoreResponse,
    Role,
    RoleExtensions,
    RoleInstance,
    RoleInstanceIPConfiguration,
    RoleInstanceList,
    RoleInstanceNetworkInterface,
    RoleList,
    RoleSize,
    RoleSizes,
    Route,
    RouteTable,
    RouteTableAssociation,
    Server,
    ServerFarm,
    ServerQuota,
    Servers,
    ServiceBusNamespace,
    ServiceBusNamespaceContent,
    ServiceBusNamespaceEntry,
    ServiceBusNamespaceFeed,
    ServiceBusRegion,
    ServiceBusRegionContent,
    ServiceBusRegionEntry,
    ServiceBusRegionFeed,
    ServiceExtension,
    ServiceObjective,
    ServiceObjectiveDimensionSetting,
    SharedAccessAuthorizationRule,
    Site,
    SiteCertificate,
    SiteCloningInfo,
    SiteConfig,
    SiteCsr,
    SiteOperation,
    SiteOperationError,
    SiteProperties,
    Sites,
    SiteUsage,
    StatusMessage,
    StorageAccountProperties,
    StorageCapabilities,
    StorageService,
    StorageServiceKeys,
    StorageServices,
    StoredCertificateSettings,
    Subnet,
    SubnetConfiguration,
    Subnets,
    Subscription,
    SubscriptionCertificate,
    SubscriptionCertificates,
    SubscriptionOperation,
    SubscriptionOperationCollection,
    SubscriptionOperations,
    SubscriptionOperationStatus,
    Subscriptions,
    SubStatus,
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
    UpgradeStatus,
    UsageMeter,
    Values,
    VirtualIP,
    VirtualIPs,
    VirtualNetworkGateway,
    VirtualNetworkGatewayDetails,
    VirtualNetworkSite,
    VirtualNetworkSiteConfiguration,
    VirtualNetworkSites,
    VMImage,
    VMImageDetails,
    VMImageInput,
    VMImageInputDataDisk,
    VMImageInputOSDisk,
    VMImages,
    VpnDeviceList,
    VpnDeviceOSFamily,
    VpnDevicePlatform,
    VpnDeviceVendor,
    WebSpace,
    WebSpaces,
    WindowsConfigurationSet,
    WinRM,
)
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import (
    DeserializeContext,
    ResultList,
    UnwrappedList,
    attribute_bool,
    attribute_string,
    begin_document,
    child_text,
    is_nil,
    read_base64,
    read_base64text,
    read_bool,
    read_datetime,
    read_float,
    read_int,
    read_list,
    read_long,
    read_map,
    read_string,
    read_string_list,
)

if TYPE_CHECKING:
    # Elements come from `parse_document`, which imports lxml on first use.
    from lxml import etree

_WA = "{http://schemas.microsoft.com/windowsazure}"
_NC = "{http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration}"
_ATOM = "{http://www.w3.org/2005/Atom}"
_SB = "{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}"
_SBM = "{http://schemas.microsoft.com/netservices/2011/06/servicebus}"
_M = "{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}"
_D = "{http://schemas.microsoft.com/ado/2007/08/dataservices}"
_DAC = "{http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes}"
_SER = "{http://schemas.microsoft.com/2003/10/Serialization/}"
_SQL = "{http://schemas.microsoft.com/sqlazure/2010/12/}"
_DC = "{http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement}"
_ARRAYS = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}"
_NONE = ""

_ARRAYS_ArrayOfstring = _ARRAYS + "ArrayOfstring"
_ARRAYS_string = _ARRAYS + "string"
_ATOM_author = _ATOM + "author"
_ATOM_content = _ATOM + "content"
_ATOM_email = _ATOM + "email"
_ATOM_entry = _ATOM + "entry"
_ATOM_feed = _ATOM + "feed"
_ATOM_id = _ATOM + "id"
_ATOM_link = _ATOM + "link"
_ATOM_name = _ATOM + "name"
_ATOM_published = _ATOM + "published"
_ATOM_title = _ATOM + "title"
_ATOM_updated = _ATOM + "updated"
_ATOM_uri = _ATOM + "uri"
_D_Average = _D + "Average"
_D_DisplayName = _D + "DisplayName"
_D_Max = _D + "Max"
_D_Min = _D + "Min"
_D_Name = _D + "Name"
_D_PrimaryAggregation = _D + "PrimaryAggregation"
_D_Retention = _D + "Retention"
_D_TimeGrain = _D + "TimeGrain"
_D_Timestamp = _D + "Timestamp"
_D_Total = _D + "Total"
_D_Unit = _D + "Unit"
_DAC_ArrayOfStatusInfo = _DAC + "ArrayOfStatusInfo"
_DAC_BlobUri = _DAC + "BlobUri"
_DAC_DatabaseName = _DAC + "DatabaseName"
_DAC_ErrorMessage = _DAC + "ErrorMessage"
_DAC_LastModifiedTime = _DAC + "LastModifiedTime"
_DAC_QueuedTime = _DAC + "QueuedTime"
_DAC_RequestId = _DAC + "RequestId"
_DAC_RequestType = _DAC + "RequestType"
_DAC_ServerName = _DAC + "ServerName"
_DAC_Status = _DAC + "Status"
_DAC_StatusInfo = _DAC + "StatusInfo"
_DC_Name = _DC + "Name"
_DC_Value = _DC + "Value"
_M_properties = _M + "properties"
_NC_AddressPrefix = _NC + "AddressPrefix"
_NC_AddressSpace = _NC + "AddressSpace"
_NC_Connection = _NC + "Connection"
_NC_ConnectionsToLocalNetwork = _NC + "ConnectionsToLocalNetwork"
_NC_Dns = _NC + "Dns"
_NC_DnsServer = _NC + "DnsServer"
_NC_DnsServerRef = _NC + "DnsServerRef"
_NC_DnsServers = _NC + "DnsServers"
_NC_DnsServersRef = _NC + "DnsServersRef"
_NC_Gateway = _NC + "Gateway"
_NC_LocalNetworkSite = _NC + "LocalNetworkSite"
_NC_LocalNetworkSiteRef = _NC + "LocalNetworkSiteRef"
_NC_LocalNetworkSites = _NC + "LocalNetworkSites"
_NC_NetworkConfiguration = _NC + "NetworkConfiguration"
_NC_Subnet = _NC + "Subnet"
_NC_Subnets = _NC + "Subnets"
_NC_VPNClientAddressPool = _NC + "VPNClientAddressPool"
_NC_VPNGatewayAddress = _NC + "VPNGatewayAddress"
_NC_VirtualNetworkConfiguration = _NC + "VirtualNetworkConfiguration"
_NC_VirtualNetworkSite = _NC + "VirtualNetworkSite"
_NC_VirtualNetworkSites = _NC + "VirtualNetworkSites"
_NONE_OSFamily = _NONE + "OSFamily"
_NONE_Platform = _NONE + "Platform"
_NONE_Vendor = _NONE + "Vendor"
_NONE_VpnDeviceList = _NONE + "VpnDeviceList"
_NONE_add = _NONE + "add"
_NONE_databases = _NONE + "databases"
_NONE_publishData = _NONE + "publishData"
_NONE_publishProfile = _NONE + "publishProfile"
_SB_AccessRights = _SB + "AccessRights"
_SB_AccessedAt = _SB + "AccessedAt"
_SB_AcsManagementEndpoint = _SB + "AcsManagementEndpoint"
_SB_AuthorizationRule = _SB + "AuthorizationRule"
_SB_AuthorizationRules = _SB + "AuthorizationRules"
_SB_AuthorizationType = _SB + "AuthorizationType"
_SB_AutoDeleteOnIdle = _SB + "AutoDeleteOnIdle"
_SB_ClaimType = _SB + "ClaimType"
_SB_ClaimValue = _SB + "ClaimValue"
_SB_Code = _SB + "Code"
_SB_ConnectionDetail = _SB + "ConnectionDetail"
_SB_ConnectionString = _SB + "ConnectionString"
_SB_CountDetails = _SB + "CountDetails"
_SB_CreateACSNamespace = _SB + "CreateACSNamespace"
_SB_CreatedAt = _SB + "CreatedAt"
_SB_CreatedTime = _SB + "CreatedTime"
_SB_Critical = _SB + "Critical"
_SB_DeadLetteringOnMessageExpiration = _SB + "DeadLetteringOnMessageExpiration"
_SB_DefaultKey = _SB + "DefaultKey"
_SB_DefaultMessageTimeToLive = _SB + "DefaultMessageTimeToLive"
_SB_DuplicateDetectionHistoryTimeWindow = _SB + "DuplicateDetectionHistoryTimeWindow"
_SB_EnableBatchedOperations = _SB + "EnableBatchedOperations"
_SB_EnableExpress = _SB + "EnableExpress"
_SB_EnablePartitioning = _SB + "EnablePartitioning"
_SB_Enabled = _SB + "Enabled"
_SB_EntityAvailabilityStatus = _SB + "EntityAvailabilityStatus"
_SB_EventHubEnabled = _SB + "EventHubEnabled"
_SB_FilteringMessagesBeforePublishing = _SB + "FilteringMessagesBeforePublishing"
_SB_ForwardTo = _SB + "ForwardTo"
_SB_FullName = _SB + "FullName"
_SB_IsAnonymousAccessible = _SB + "IsAnonymousAccessible"
_SB_IsDynamic = _SB + "IsDynamic"
_SB_IssuerName = _SB + "IssuerName"
_SB_KeyName = _SB + "KeyName"
_SB_ListenerCount = _SB + "ListenerCount"
_SB_ListenerType = _SB + "ListenerType"
_SB_LockDuration = _SB + "LockDuration"
_SB_MaxDeliveryCount = _SB + "MaxDeliveryCount"
_SB_MaxSizeInMegabytes = _SB + "MaxSizeInMegabytes"
_SB_MessageCount = _SB + "MessageCount"
_SB_ModifiedTime = _SB + "ModifiedTime"
_SB_Name = _SB + "Name"
_SB_NamespaceAvailability = _SB + "NamespaceAvailability"
_SB_NamespaceDescription = _SB + "NamespaceDescription"
_SB_NamespaceType = _SB + "NamespaceType"
_SB_NotificationHubDescription = _SB + "NotificationHubDescription"
_SB_Path = _SB + "Path"
_SB_PrimaryKey = _SB + "PrimaryKey"
_SB_QueueDescription = _SB + "QueueDescription"
_SB_Reason = _SB + "Reason"
_SB_ReasonDetail = _SB + "ReasonDetail"
_SB_Region = _SB + "Region"
_SB_RegionCodeDescription = _SB + "RegionCodeDescription"
_SB_RegistrationTtl = _SB + "RegistrationTtl"
_SB_RelayDescription = _SB + "RelayDescription"
_SB_RelayType = _SB + "RelayType"
_SB_RequiresClientAuthorization = _SB + "RequiresClientAuthorization"
_SB_RequiresDuplicateDetection = _SB + "RequiresDuplicateDetection"
_SB_RequiresSession = _SB + "RequiresSession"
_SB_RequiresTransportSecurity = _SB + "RequiresTransportSecurity"
_SB_ResourceGroup = _SB + "ResourceGroup"
_SB_Result = _SB + "Result"
_SB_Revision = _SB + "Revision"
_SB_Rights = _SB + "Rights"
_SB_SecondaryConnectionString = _SB + "SecondaryConnectionString"
_SB_SecondaryKey = _SB + "SecondaryKey"
_SB_ServiceBusEndpoint = _SB + "ServiceBusEndpoint"
_SB_SharedAccessAuthorizationRule = _SB + "SharedAccessAuthorizationRule"
_SB_SizeInBytes = _SB + "SizeInBytes"
_SB_Status = _SB + "Status"
_SB_SubscriptionCount = _SB + "SubscriptionCount"
_SB_SubscriptionId = _SB + "SubscriptionId"
_SB_SupportOrdering = _SB + "SupportOrdering"
_SB_TopicDescription = _SB + "TopicDescription"
_SB_UpdatedAt = _SB + "UpdatedAt"
_SBM_ActiveMessageCount = _SBM + "ActiveMessageCount"
_SBM_DeadLetterMessageCount = _SBM + "DeadLetterMessageCount"
_SBM_ScheduledMessageCount = _SBM + "ScheduledMessageCount"
_SBM_TransferDeadLetterMessageCount = _SBM + "TransferDeadLetterMessageCount"
_SBM_TransferMessageCount = _SBM + "TransferMessageCount"
_SER_anyURI = _SER + "anyURI"
_SER_boolean = _SER + "boolean"
_SER_guid = _SER + "guid"
_SER_string = _SER + "string"
_SQL_AdministratorLogin = _SQL + "AdministratorLogin"
_SQL_FullyQualifiedDomainName = _SQL + "FullyQualifiedDomainName"
_SQL_GeoPairedRegion = _SQL + "GeoPairedRegion"
_SQL_Location = _SQL + "Location"
_SQL_Name = _SQL + "Name"
_SQL_Server = _SQL + "Server"
_SQL_ServerName = _SQL + "ServerName"
_SQL_Servers = _SQL + "Servers"
_SQL_State = _SQL + "State"
_SQL_Version = _SQL + "Version"
_WA_AADTenantID = _WA + "AADTenantID"
_WA_AccountAdminLiveEmailId = _WA + "AccountAdminLiveEmailId"
_WA_AccountData = _WA + "AccountData"
_WA_AccountType = _WA + "AccountType"
_WA_Action = _WA + "Action"
_WA_AdditionalData = _WA + "AdditionalData"
_WA_AdditionalUnattendContent = _WA + "AdditionalUnattendContent"
_WA_Address = _WA + "Address"
_WA_AddressAvailabilityResponse = _WA + "AddressAvailabilityResponse"
_WA_AddressPrefix = _WA + "AddressPrefix"
_WA_AddressPrefixes = _WA + "AddressPrefixes"
_WA_AddressSpace = _WA + "AddressSpace"
_WA_AdjustConnectionStrings = _WA + "AdjustConnectionStrings"
_WA_AdminEnabled = _WA + "AdminEnabled"
_WA_AdminPassword = _WA + "AdminPassword"
_WA_AdminSiteName = _WA + "AdminSiteName"
_WA_AdminUsername = _WA + "AdminUsername"
_WA_AffinityGroup = _WA + "AffinityGroup"
_WA_AffinityGroups = _WA + "AffinityGroups"
_WA_AllRoles = _WA + "AllRoles"
_WA_AllocatedIPAddresses = _WA + "AllocatedIPAddresses"
_WA_AppSettings = _WA + "AppSettings"
_WA_ApplicationGateway = _WA + "ApplicationGateway"
_WA_ApplicationGatewayCertificate = _WA + "ApplicationGatewayCertificate"
_WA_ApplicationGatewayCertificates = _WA + "ApplicationGatewayCertificates"
_WA_ApplicationGatewayConfiguration = _WA + "ApplicationGatewayConfiguration"
_WA_ApplicationGateways = _WA + "ApplicationGateways"
_WA_Arguments = _WA + "Arguments"
_WA_ArrayOfRelayServiceConnectionEntity = _WA + "ArrayOfRelayServiceConnectionEntity"
_WA_Asn = _WA + "Asn"
_WA_AssignedServiceObjectiveId = _WA + "AssignedServiceObjectiveId"
_WA_AttachedTo = _WA + "AttachedTo"
_WA_AvailabilityResponse = _WA + "AvailabilityResponse"
_WA_AvailabilitySetName = _WA + "AvailabilitySetName"
_WA_AvailabilityState = _WA + "AvailabilityState"
_WA_AvailableAddress = _WA + "AvailableAddress"
_WA_AvailableAddresses = _WA + "AvailableAddresses"
_WA_AvailableService = _WA + "AvailableService"
_WA_AvailableServices = _WA + "AvailableServices"
_WA_BackendAddressPool = _WA + "BackendAddressPool"
_WA_BackendAddressPools = _WA + "BackendAddressPools"
_WA_BackendHttpSettings = _WA + "BackendHttpSettings"
_WA_BackendHttpSettingsList = _WA + "BackendHttpSettingsList"
_WA_BackupItem = _WA + "BackupItem"
_WA_BackupItems = _WA + "BackupItems"
_WA_BackupRequest = _WA + "BackupRequest"
_WA_BackupSchedule = _WA + "BackupSchedule"
_WA_BgpPeeringAddress = _WA + "BgpPeeringAddress"
_WA_BgpSettings = _WA + "BgpSettings"
_WA_BiztalkUri = _WA + "BiztalkUri"
_WA_BlobName = _WA + "BlobName"
_WA_BlockRoleUponFailure = _WA + "BlockRoleUponFailure"
_WA_BootDiagnosticsEnabled = _WA + "BootDiagnosticsEnabled"
_WA_Capabilities = _WA + "Capabilities"
_WA_Capability = _WA + "Capability"
_WA_Category = _WA + "Category"
_WA_CerBlob = _WA + "CerBlob"
_WA_Cers = _WA + "Cers"
_WA_Certificate = _WA + "Certificate"
_WA_CertificateSetting = _WA + "CertificateSetting"
_WA_CertificateThumbprint = _WA + "CertificateThumbprint"
_WA_CertificateUrl = _WA + "CertificateUrl"
_WA_Certificates = _WA + "Certificates"
_WA_ClientAffinityEnabled = _WA + "ClientAffinityEnabled"
_WA_ClientCertEnabled = _WA + "ClientCertEnabled"
_WA_ClientIP = _WA + "ClientIP"
_WA_ClientRootCertificate = _WA + "ClientRootCertificate"
_WA_ClientRootCertificates = _WA + "ClientRootCertificates"
_WA_CloneCustomHostNames = _WA + "CloneCustomHostNames"
_WA_CloneSourceControl = _WA + "CloneSourceControl"
_WA_CloningInfo = _WA + "CloningInfo"
_WA_CloudService = _WA + "CloudService"
_WA_CloudServiceSettings = _WA + "CloudServiceSettings"
_WA_CloudServices = _WA + "CloudServices"
_WA_Code = _WA + "Code"
_WA_CollationName = _WA + "CollationName"
_WA_CompanyName = _WA + "CompanyName"
_WA_ComponentName = _WA + "ComponentName"
_WA_ComponentSetting = _WA + "ComponentSetting"
_WA_ComponentSettings = _WA + "ComponentSettings"
_WA_Components = _WA + "Components"
_WA_ComputeCapabilities = _WA + "ComputeCapabilities"
_WA_ComputeImageAttributes = _WA + "ComputeImageAttributes"
_WA_ComputeMode = _WA + "ComputeMode"
_WA_ComputerName = _WA + "ComputerName"
_WA_Configuration = _WA + "Configuration"
_WA_ConfigurationAppliedTime = _WA + "ConfigurationAppliedTime"
_WA_ConfigurationSet = _WA + "ConfigurationSet"
_WA_ConfigurationSetType = _WA + "ConfigurationSetType"
_WA_ConfigurationSets = _WA + "ConfigurationSets"
_WA_ConfigureLoadBalancing = _WA + "ConfigureLoadBalancing"
_WA_ConnStringInfo = _WA + "ConnStringInfo"
_WA_ConnectedEntityId = _WA + "ConnectedEntityId"
_WA_Connection = _WA + "Connection"
_WA_ConnectionString = _WA + "ConnectionString"
_WA_ConnectionStringName = _WA + "ConnectionStringName"
_WA_ConnectionStrings = _WA + "ConnectionStrings"
_WA_Connections = _WA + "Connections"
_WA_ConnectivityState = _WA + "ConnectivityState"
_WA_ConsoleScreenshotBlobUri = _WA + "ConsoleScreenshotBlobUri"
_WA_Content = _WA + "Content"
_WA_ContentAvailabilityState = _WA + "ContentAvailabilityState"
_WA_ContinuationToken = _WA + "ContinuationToken"
_WA_CookieBasedAffinity = _WA + "CookieBasedAffinity"
_WA_Cores = _WA + "Cores"
_WA_CorrelationId = _WA + "CorrelationId"
_WA_Count = _WA + "Count"
_WA_Created = _WA + "Created"
_WA_CreatedTime = _WA + "CreatedTime"
_WA_CreationDate = _WA + "CreationDate"
_WA_CreationTime = _WA + "CreationTime"
_WA_Credentials = _WA + "Credentials"
_WA_Csr = _WA + "Csr"
_WA_CsrString = _WA + "CsrString"
_WA_Csrs = _WA + "Csrs"
_WA_CurrentCoreCount = _WA + "CurrentCoreCount"
_WA_CurrentDnsServers = _WA + "CurrentDnsServers"
_WA_CurrentHostedServices = _WA + "CurrentHostedServices"
_WA_CurrentLocalNetworkSites = _WA + "CurrentLocalNetworkSites"
_WA_CurrentNetworkSecurityGroups = _WA + "CurrentNetworkSecurityGroups"
_WA_CurrentNumberOfWorkers = _WA + "CurrentNumberOfWorkers"
_WA_CurrentReservedIPs = _WA + "CurrentReservedIPs"
_WA_CurrentStorageAccounts = _WA + "CurrentStorageAccounts"
_WA_CurrentUpgradeDomain = _WA + "CurrentUpgradeDomain"
_WA_CurrentUpgradeDomainState = _WA + "CurrentUpgradeDomainState"
_WA_CurrentValue = _WA + "CurrentValue"
_WA_CurrentVirtualNetworkSites = _WA + "CurrentVirtualNetworkSites"
_WA_CurrentWorkerSize = _WA + "CurrentWorkerSize"
_WA_CustomData = _WA + "CustomData"
_WA_CustomDomain = _WA + "CustomDomain"
_WA_CustomDomains = _WA + "CustomDomains"
_WA_Data = _WA + "Data"
_WA_DataDiskConfiguration = _WA + "DataDiskConfiguration"
_WA_DataDiskConfigurations = _WA + "DataDiskConfigurations"
_WA_DataVirtualHardDisk = _WA + "DataVirtualHardDisk"
_WA_DataVirtualHardDisks = _WA + "DataVirtualHardDisks"
_WA_DatabaseBackupSetting = _WA + "DatabaseBackupSetting"
_WA_DatabaseName = _WA + "DatabaseName"
_WA_DatabaseType = _WA + "DatabaseType"
_WA_Databases = _WA + "Databases"
_WA_DateCreated = _WA + "DateCreated"
_WA_DateLastModified = _WA + "DateLastModified"
_WA_DebugSettings = _WA + "DebugSettings"
_WA_DefaultDocuments = _WA + "DefaultDocuments"
_WA_DefaultSites = _WA + "DefaultSites"
_WA_DefaultWinRmCertificateThumbprint = _WA + "DefaultWinRmCertificateThumbprint"
_WA_Definition = _WA + "Definition"
_WA_Definitions = _WA + "Definitions"
_WA_DeletionDate = _WA + "DeletionDate"
_WA_Deployment = _WA + "Deployment"
_WA_DeploymentEventCollection = _WA + "DeploymentEventCollection"
_WA_DeploymentId = _WA + "DeploymentId"
_WA_DeploymentName = _WA + "DeploymentName"
_WA_DeploymentSlot = _WA + "DeploymentSlot"
_WA_Deployments = _WA + "Deployments"
_WA_Description = _WA + "Description"
_WA_DestinationAddressPrefix = _WA + "DestinationAddressPrefix"
_WA_DestinationDatabaseName = _WA + "DestinationDatabaseName"
_WA_DestinationPortRange = _WA + "DestinationPortRange"
_WA_DestinationServerName = _WA + "DestinationServerName"
_WA_DetailedErrorLoggingEnabled = _WA + "DetailedErrorLoggingEnabled"
_WA_DimensionSettings = _WA + "DimensionSettings"
_WA_DisableSshPasswordAuthentication = _WA + "DisableSshPasswordAuthentication"
_WA_DisallowMajorVersionUpgrade = _WA + "DisallowMajorVersionUpgrade"
_WA_Disk = _WA + "Disk"
_WA_DiskLabel = _WA + "DiskLabel"
_WA_DiskName = _WA + "DiskName"
_WA_Disks = _WA + "Disks"
_WA_DisplayName = _WA + "DisplayName"
_WA_DistinguishedName = _WA + "DistinguishedName"
_WA_Dns = _WA + "Dns"
_WA_DnsName = _WA + "DnsName"
_WA_DnsOptions = _WA + "DnsOptions"
_WA_DnsServer = _WA + "DnsServer"
_WA_DnsServers = _WA + "DnsServers"
_WA_DocumentRoot = _WA + "DocumentRoot"
_WA_Domain = _WA + "Domain"
_WA_DomainJoin = _WA + "DomainJoin"
_WA_DomainName = _WA + "DomainName"
_WA_DomainNameLabel = _WA + "DomainNameLabel"
_WA_ETag = _WA + "ETag"
_WA_Edition = _WA + "Edition"
_WA_EffectiveNextHop = _WA + "EffectiveNextHop"
_WA_EffectiveRoute = _WA + "EffectiveRoute"
_WA_EffectiveRouteList = _WA + "EffectiveRouteList"
_WA_EffectiveRouteTable = _WA + "EffectiveRouteTable"
_WA_EgressBytesTransferred = _WA + "EgressBytesTransferred"
_WA_EnableAutomaticUpdates = _WA + "EnableAutomaticUpdates"
_WA_EnableBgp = _WA + "EnableBgp"
_WA_EnableDirectServerReturn = _WA + "EnableDirectServerReturn"
_WA_Enabled = _WA + "Enabled"
_WA_EnabledHostNames = _WA + "EnabledHostNames"
_WA_EnabledVersion = _WA + "EnabledVersion"
_WA_EncryptionType = _WA + "EncryptionType"
_WA_EndIPAddress = _WA + "EndIPAddress"
_WA_EndTime = _WA + "EndTime"
_WA_Endpoint = _WA + "Endpoint"
_WA_EndpointACL = _WA + "EndpointACL"
_WA_Endpoints = _WA + "Endpoints"
_WA_EntityConnectionString = _WA + "EntityConnectionString"
_WA_EntityId = _WA + "EntityId"
_WA_EntityName = _WA + "EntityName"
_WA_Error = _WA + "Error"
_WA_ErrorCode = _WA + "ErrorCode"
_WA_ErrorSeverity = _WA + "ErrorSeverity"
_WA_ErrorState = _WA + "ErrorState"
_WA_Errors = _WA + "Errors"
_WA_Eula = _WA + "Eula"
_WA_EventCategory = _WA + "EventCategory"
_WA_EventSubtype = _WA + "EventSubtype"
_WA_EventSubtypeDescription = _WA + "EventSubtypeDescription"
_WA_EventType = _WA + "EventType"
_WA_ExpectedStatusCode = _WA + "ExpectedStatusCode"
_WA_ExpirationDate = _WA + "ExpirationDate"
_WA_ExpirationTime = _WA + "ExpirationTime"
_WA_ExtendedCode = _WA + "ExtendedCode"
_WA_ExtendedInstanceStatus = _WA + "ExtendedInstanceStatus"
_WA_ExtendedProperties = _WA + "ExtendedProperties"
_WA_ExtendedProperty = _WA + "ExtendedProperty"
_WA_Extension = _WA + "Extension"
_WA_ExtensionConfiguration = _WA + "ExtensionConfiguration"
_WA_ExtensionImage = _WA + "ExtensionImage"
_WA_ExtensionImages = _WA + "ExtensionImages"
_WA_ExtensionSettingStatus = _WA + "ExtensionSettingStatus"
_WA_Extensions = _WA + "Extensions"
_WA_FQDN = _WA + "FQDN"
_WA_Family = _WA + "Family"
_WA_FamilyLabel = _WA + "FamilyLabel"
_WA_Fingerprint = _WA + "Fingerprint"
_WA_FinishedTimeStamp = _WA + "FinishedTimeStamp"
_WA_FixedPortMax = _WA + "FixedPortMax"
_WA_FixedPortMin = _WA + "FixedPortMin"
_WA_ForceUpdate = _WA + "ForceUpdate"
_WA_FormattedMessage = _WA + "FormattedMessage"
_WA_Fqdn = _WA + "Fqdn"
_WA_Fqdns = _WA + "Fqdns"
_WA_Frequency = _WA + "Frequency"
_WA_FrequencyInterval = _WA + "FrequencyInterval"
_WA_FrequencyUnit = _WA + "FrequencyUnit"
_WA_FriendlyName = _WA + "FriendlyName"
_WA_FrontendIP = _WA + "FrontendIP"
_WA_FrontendIPConfiguration = _WA + "FrontendIPConfiguration"
_WA_FrontendIPConfigurations = _WA + "FrontendIPConfigurations"
_WA_FrontendIpConfiguration = _WA + "FrontendIpConfiguration"
_WA_FrontendPort = _WA + "FrontendPort"
_WA_FrontendPorts = _WA + "FrontendPorts"
_WA_Gateway = _WA + "Gateway"
_WA_GatewayConnection = _WA + "GatewayConnection"
_WA_GatewayConnectionName = _WA + "GatewayConnectionName"
_WA_GatewayConnectionType = _WA + "GatewayConnectionType"
_WA_GatewayConnections = _WA + "GatewayConnections"
_WA_GatewayId = _WA + "GatewayId"
_WA_GatewayName = _WA + "GatewayName"
_WA_GatewayOperation = _WA + "GatewayOperation"
_WA_GatewayPublicDiagnosticsStatus = _WA + "GatewayPublicDiagnosticsStatus"
_WA_GatewaySiteName = _WA + "GatewaySiteName"
_WA_GatewaySize = _WA + "GatewaySize"
_WA_GatewayType = _WA + "GatewayType"
_WA_GeoLocation = _WA + "GeoLocation"
_WA_GeoMasterOperationId = _WA + "GeoMasterOperationId"
_WA_GeoPrimaryRegion = _WA + "GeoPrimaryRegion"
_WA_GeoRegion = _WA + "GeoRegion"
_WA_GeoRegions = _WA + "GeoRegions"
_WA_GeoReplicationEnabled = _WA + "GeoReplicationEnabled"
_WA_GeoSecondaryRegion = _WA + "GeoSecondaryRegion"
_WA_GuestAgentStatus = _WA + "GuestAgentStatus"
_WA_GuestAgentVersion = _WA + "GuestAgentVersion"
_WA_HandlerMapping = _WA + "HandlerMapping"
_WA_HandlerMappings = _WA + "HandlerMappings"
_WA_HandlerName = _WA + "HandlerName"
_WA_HasOperatingSystem = _WA + "HasOperatingSystem"
_WA_HashAlgorithm = _WA + "HashAlgorithm"
_WA_HomepageUri = _WA + "HomepageUri"
_WA_Host = _WA + "Host"
_WA_HostCaching = _WA + "HostCaching"
_WA_HostName = _WA + "HostName"
_WA_HostNameSslState = _WA + "HostNameSslState"
_WA_HostNameSslStates = _WA + "HostNameSslStates"
_WA_HostNames = _WA + "HostNames"
_WA_HostType = _WA + "HostType"
_WA_HostedService = _WA + "HostedService"
_WA_HostedServiceName = _WA + "HostedServiceName"
_WA_HostedServiceProperties = _WA + "HostedServiceProperties"
_WA_HostedServices = _WA + "HostedServices"
_WA_HostingEnvironment = _WA + "HostingEnvironment"
_WA_HostingEnvironmentId = _WA + "HostingEnvironmentId"
_WA_HostingResources = _WA + "HostingResources"
_WA_Hostname = _WA + "Hostname"
_WA_HttpCode = _WA + "HttpCode"
_WA_HttpListener = _WA + "HttpListener"
_WA_HttpListeners = _WA + "HttpListeners"
_WA_HttpLoadBalancingRule = _WA + "HttpLoadBalancingRule"
_WA_HttpLoadBalancingRules = _WA + "HttpLoadBalancingRules"
_WA_HttpLoggingEnabled = _WA + "HttpLoggingEnabled"
_WA_HttpOptions = _WA + "HttpOptions"
_WA_HttpStatusCode = _WA + "HttpStatusCode"
_WA_ID = _WA + "ID"
_WA_IOType = _WA + "IOType"
_WA_IPAddress = _WA + "IPAddress"
_WA_IPAddresses = _WA + "IPAddresses"
_WA_IPBasedSslState = _WA + "IPBasedSslState"
_WA_IPConfiguration = _WA + "IPConfiguration"
_WA_IPConfigurations = _WA + "IPConfigurations"
_WA_IPForwarding = _WA + "IPForwarding"
_WA_IPsecParameters = _WA + "IPsecParameters"
_WA_IconUri = _WA + "IconUri"
_WA_Id = _WA + "Id"
_WA_IdleTimeoutInMinutes = _WA + "IdleTimeoutInMinutes"
_WA_IgnoreConflictingHostNames = _WA + "IgnoreConflictingHostNames"
_WA_ImageFamily = _WA + "ImageFamily"
_WA_Images = _WA + "Images"
_WA_InUse = _WA + "InUse"
_WA_Included = _WA + "Included"
_WA_IngressBytesTransferred = _WA + "IngressBytesTransferred"
_WA_InnerErrors = _WA + "InnerErrors"
_WA_InputEndpoint = _WA + "InputEndpoint"
_WA_InputEndpointList = _WA + "InputEndpointList"
_WA_InputEndpoints = _WA + "InputEndpoints"
_WA_InstanceCount = _WA + "InstanceCount"
_WA_InstanceEndpoint = _WA + "InstanceEndpoint"
_WA_InstanceEndpoints = _WA + "InstanceEndpoints"
_WA_InstanceErrorCode = _WA + "InstanceErrorCode"
_WA_InstanceFaultDomain = _WA + "InstanceFaultDomain"
_WA_InstanceInputEndpoint = _WA + "InstanceInputEndpoint"
_WA_InstanceInputEndpoints = _WA + "InstanceInputEndpoints"
_WA_InstanceName = _WA + "InstanceName"
_WA_InstanceSize = _WA + "InstanceSize"
_WA_InstanceStateDetails = _WA + "InstanceStateDetails"
_WA_InstanceStatus = _WA + "InstanceStatus"
_WA_InstanceUpgradeDomain = _WA + "InstanceUpgradeDomain"
_WA_InternalDnsSuffix = _WA + "InternalDnsSuffix"
_WA_InternalEndpoint = _WA + "InternalEndpoint"
_WA_InternalEndpoints = _WA + "InternalEndpoints"
_WA_Interval = _WA + "Interval"
_WA_IntervalInSeconds = _WA + "IntervalInSeconds"
_WA_IntervalSizeInMinutes = _WA + "IntervalSizeInMinutes"
_WA_IntrinsicSettings = _WA + "IntrinsicSettings"
_WA_IpAddress = _WA + "IpAddress"
_WA_IpAddresses = _WA + "IpAddresses"
_WA_IpBasedSslResult = _WA + "IpBasedSslResult"
_WA_IsActive = _WA + "IsActive"
_WA_IsAvailable = _WA + "IsAvailable"
_WA_IsContinuous = _WA + "IsContinuous"
_WA_IsCorrupted = _WA + "IsCorrupted"
_WA_IsCustomerInitiatedMaintenanceAllowed = _WA + "IsCustomerInitiatedMaintenanceAllowed"
_WA_IsDefault = _WA + "IsDefault"
_WA_IsDnsProgrammed = _WA + "IsDnsProgrammed"
_WA_IsFederationRoot = _WA + "IsFederationRoot"
_WA_IsInterlinkConnected = _WA + "IsInterlinkConnected"
_WA_IsInternalExtension = _WA + "IsInternalExtension"
_WA_IsJsonExtension = _WA + "IsJsonExtension"
_WA_IsLocalDatabaseReplicationTarget = _WA + "IsLocalDatabaseReplicationTarget"
_WA_IsOfflineSecondary = _WA + "IsOfflineSecondary"
_WA_IsPremium = _WA + "IsPremium"
_WA_IsReserved = _WA + "IsReserved"
_WA_IsSuspended = _WA + "IsSuspended"
_WA_IsSystem = _WA + "IsSystem"
_WA_IsSystemObject = _WA + "IsSystemObject"
_WA_IsTerminationAllowed = _WA + "IsTerminationAllowed"
_WA_IssueDate = _WA + "IssueDate"
_WA_Issuer = _WA + "Issuer"
_WA_JoinDomain = _WA + "JoinDomain"
_WA_KeepAtLeastOneBackup = _WA + "KeepAtLeastOneBackup"
_WA_Key = _WA + "Key"
_WA_KeyPair = _WA + "KeyPair"
_WA_KeyPairs = _WA + "KeyPairs"
_WA_Kind = _WA + "Kind"
_WA_Label = _WA + "Label"
_WA_Language = _WA + "Language"
_WA_LastAvailableBackupDate = _WA + "LastAvailableBackupDate"
_WA_LastConnectionEstablished = _WA + "LastConnectionEstablished"
_WA_LastEvent = _WA + "LastEvent"
_WA_LastExecutionTime = _WA + "LastExecutionTime"
_WA_LastGeoFailoverTime = _WA + "LastGeoFailoverTime"
_WA_LastModifiedTime = _WA + "LastModifiedTime"
_WA_LastModifiedTimeUtc = _WA + "LastModifiedTimeUtc"
_WA_LastModifyTime = _WA + "LastModifyTime"
_WA_LastOperationMessage = _WA + "LastOperationMessage"
_WA_LastOperationResultCode = _WA + "LastOperationResultCode"
_WA_LastRestoreTimeStamp = _WA + "LastRestoreTimeStamp"
_WA_LicenseType = _WA + "LicenseType"
_WA_Limit = _WA + "Limit"
_WA_Listener = _WA + "Listener"
_WA_Listeners = _WA + "Listeners"
_WA_LoadBalancedEndpointSetName = _WA + "LoadBalancedEndpointSetName"
_WA_LoadBalancer = _WA + "LoadBalancer"
_WA_LoadBalancerDistribution = _WA + "LoadBalancerDistribution"
_WA_LoadBalancerName = _WA + "LoadBalancerName"
_WA_LoadBalancerProbe = _WA + "LoadBalancerProbe"
_WA_LoadBalancers = _WA + "LoadBalancers"
_WA_LoadBalancingMethod = _WA + "LoadBalancingMethod"
_WA_LocalDatabaseId = _WA + "LocalDatabaseId"
_WA_LocalNetworkGateway = _WA + "LocalNetworkGateway"
_WA_LocalNetworkGateways = _WA + "LocalNetworkGateways"
_WA_LocalNetworkSite = _WA + "LocalNetworkSite"
_WA_LocalNetworkSiteName = _WA + "LocalNetworkSiteName"
_WA_LocalPort = _WA + "LocalPort"
_WA_LocalResource = _WA + "LocalResource"
_WA_LocalResources = _WA + "LocalResources"
_WA_Location = _WA + "Location"
_WA_Locations = _WA + "Locations"
_WA_Locked = _WA + "Locked"
_WA_Log = _WA + "Log"
_WA_LogicalDiskSizeInGB = _WA + "LogicalDiskSizeInGB"
_WA_LogicalSizeInGB = _WA + "LogicalSizeInGB"
_WA_LogsDirectorySizeLimit = _WA + "LogsDirectorySizeLimit"
_WA_Lun = _WA + "Lun"
_WA_MacAddress = _WA + "MacAddress"
_WA_MachineObjectOU = _WA + "MachineObjectOU"
_WA_MaintenanceStatus = _WA + "MaintenanceStatus"
_WA_MaintenanceWindowEndTime = _WA + "MaintenanceWindowEndTime"
_WA_MaintenanceWindowStartTime = _WA + "MaintenanceWindowStartTime"
_WA_ManagedPipelineMode = _WA + "ManagedPipelineMode"
_WA_MarketplaceImageAttributes = _WA + "MarketplaceImageAttributes"
_WA_MaxCoreCount = _WA + "MaxCoreCount"
_WA_MaxDataDiskCount = _WA + "MaxDataDiskCount"
_WA_MaxDnsServers = _WA + "MaxDnsServers"
_WA_MaxHostedServices = _WA + "MaxHostedServices"
_WA_MaxJobCount = _WA + "MaxJobCount"
_WA_MaxJobOccurrence = _WA + "MaxJobOccurrence"
_WA_MaxLocalNetworkSites = _WA + "MaxLocalNetworkSites"
_WA_MaxNetworkSecurityGroups = _WA + "MaxNetworkSecurityGroups"
_WA_MaxNetworkSecurityRulesPerGroup = _WA + "MaxNetworkSecurityRulesPerGroup"
_WA_MaxPublicIPCount = _WA + "MaxPublicIPCount"
_WA_MaxRecurrence = _WA + "MaxRecurrence"
_WA_MaxReservedIPs = _WA + "MaxReservedIPs"
_WA_MaxRouteTables = _WA + "MaxRouteTables"
_WA_MaxRoutesPerRouteTable = _WA + "MaxRoutesPerRouteTable"
_WA_MaxSizeBytes = _WA + "MaxSizeBytes"
_WA_MaxSizeGB = _WA + "MaxSizeGB"
_WA_MaxStorageAccounts = _WA + "MaxStorageAccounts"
_WA_MaxVirtualNetworkSites = _WA + "MaxVirtualNetworkSites"
_WA_Maximum = _WA + "Maximum"
_WA_MediaLink = _WA + "MediaLink"
_WA_MediaLocation = _WA + "MediaLocation"
_WA_MemoryInMb = _WA + "MemoryInMb"
_WA_Message = _WA + "Message"
_WA_MessageResourceId = _WA + "MessageResourceId"
_WA_MessageTemplate = _WA + "MessageTemplate"
_WA_Metadata = _WA + "Metadata"
_WA_Metric = _WA + "Metric"
_WA_MetricAvailabilily = _WA + "MetricAvailabilily"
_WA_MetricAvailabilities = _WA + "MetricAvailabilities"
_WA_MetricDefinition = _WA + "MetricDefinition"
_WA_MetricDefinitions = _WA + "MetricDefinitions"
_WA_MetricResponse = _WA + "MetricResponse"
_WA_MetricResponses = _WA + "MetricResponses"
_WA_MetricSample = _WA + "MetricSample"
_WA_MicroService = _WA + "MicroService"
_WA_MigrationState = _WA + "MigrationState"
_WA_MinChildEndpoints = _WA + "MinChildEndpoints"
_WA_Minimum = _WA + "Minimum"
_WA_ModifiedTime = _WA + "ModifiedTime"
_WA_ModifyDate = _WA + "ModifyDate"
_WA_Monitor = _WA + "Monitor"
_WA_MonitorStatus = _WA + "MonitorStatus"
_WA_Monitors = _WA + "Monitors"
_WA_Name = _WA + "Name"
_WA_NameValuePair = _WA + "NameValuePair"
_WA_NamedRoles = _WA + "NamedRoles"
_WA_NetFrameworkVersion = _WA + "NetFrameworkVersion"
_WA_NetworkInterface = _WA + "NetworkInterface"
_WA_NetworkInterfaces = _WA + "NetworkInterfaces"
_WA_NetworkSecurityGroup = _WA + "NetworkSecurityGroup"
_WA_NetworkSecurityGroups = _WA + "NetworkSecurityGroups"
_WA_NextHopType = _WA + "NextHopType"
_WA_NextResetTime = _WA + "NextResetTime"
_WA_NumberOfEvents = _WA + "NumberOfEvents"
_WA_NumberOfWorkers = _WA + "NumberOfWorkers"
_WA_OS = _WA + "OS"
_WA_OSDiskConfiguration = _WA + "OSDiskConfiguration"
_WA_OSImage = _WA + "OSImage"
_WA_OSImageDetails = _WA + "OSImageDetails"
_WA_OSState = _WA + "OSState"
_WA_OSVirtualHardDisk = _WA + "OSVirtualHardDisk"
_WA_Offer = _WA + "Offer"
_WA_OfferCategories = _WA + "OfferCategories"
_WA_OperatingSystem = _WA + "OperatingSystem"
_WA_OperatingSystemFamilies = _WA + "OperatingSystemFamilies"
_WA_OperatingSystemFamily = _WA + "OperatingSystemFamily"
_WA_OperatingSystems = _WA + "OperatingSystems"
_WA_Operation = _WA + "Operation"
_WA_OperationCaller = _WA + "OperationCaller"
_WA_OperationCompletedTime = _WA + "OperationCompletedTime"
_WA_OperationId = _WA + "OperationId"
_WA_OperationKind = _WA + "OperationKind"
_WA_OperationName = _WA + "OperationName"
_WA_OperationObjectId = _WA + "OperationObjectId"
_WA_OperationParameter = _WA + "OperationParameter"
_WA_OperationParameters = _WA + "OperationParameters"
_WA_OperationStartedTime = _WA + "OperationStartedTime"
_WA_OperationStatus = _WA + "OperationStatus"
_WA_Order = _WA + "Order"
_WA_Ordinal = _WA + "Ordinal"
_WA_OsVersion = _WA + "OsVersion"
_WA_OutboundIpAddresses = _WA + "OutboundIpAddresses"
_WA_OutputItem = _WA + "OutputItem"
_WA_OutputItems = _WA + "OutputItems"
_WA_Overwrite = _WA + "Overwrite"
_WA_Owner = _WA + "Owner"
_WA_Param = _WA + "Param"
_WA_ParamList = _WA + "ParamList"
_WA_Parameters = _WA + "Parameters"
_WA_ParentLink = _WA + "ParentLink"
_WA_PassName = _WA + "PassName"
_WA_Passes = _WA + "Passes"
_WA_Password = _WA + "Password"
_WA_Path = _WA + "Path"
_WA_PeerWeight = _WA + "PeerWeight"
_WA_PercentComplete = _WA + "PercentComplete"
_WA_PersistentVMDowntime = _WA + "PersistentVMDowntime"
_WA_PersistentVMRole = _WA + "PersistentVMRole"
_WA_PfsGroup = _WA + "PfsGroup"
_WA_PfxBlob = _WA + "PfxBlob"
_WA_PhpVersion = _WA + "PhpVersion"
_WA_Plan = _WA + "Plan"
_WA_Policy = _WA + "Policy"
_WA_Port = _WA + "Port"
_WA_PowerState = _WA + "PowerState"
_WA_PreMaintenanceWindowEndTime = _WA + "PreMaintenanceWindowEndTime"
_WA_PreMaintenanceWindowStartTime = _WA + "PreMaintenanceWindowStartTime"
_WA_PremiumAppDeployed = _WA + "PremiumAppDeployed"
_WA_PricingDetailLink = _WA + "PricingDetailLink"
_WA_Primary = _WA + "Primary"
_WA_PrimaryAggregationType = _WA + "PrimaryAggregationType"
_WA_Priority = _WA + "Priority"
_WA_PrivacyUri = _WA + "PrivacyUri"
_WA_PrivateConfigurationSchema = _WA + "PrivateConfigurationSchema"
_WA_PrivateID = _WA + "PrivateID"
_WA_Probe = _WA + "Probe"
_WA_Probes = _WA + "Probes"
_WA_Product = _WA + "Product"
_WA_Profile = _WA + "Profile"
_WA_Profiles = _WA + "Profiles"
_WA_Progress = _WA + "Progress"
_WA_PromotionCode = _WA + "PromotionCode"
_WA_Properties = _WA + "Properties"
_WA_Protocol = _WA + "Protocol"
_WA_ProtocolVersion = _WA + "ProtocolVersion"
_WA_ProviderNameSpace = _WA + "ProviderNameSpace"
_WA_ProvisionGuestAgent = _WA + "ProvisionGuestAgent"
_WA_Provisioning = _WA + "Provisioning"
_WA_PublicConfiguration = _WA + "PublicConfiguration"
_WA_PublicConfigurationSchema = _WA + "PublicConfigurationSchema"
_WA_PublicDiagnosticsUrl = _WA + "PublicDiagnosticsUrl"
_WA_PublicIP = _WA + "PublicIP"
_WA_PublicIPs = _WA + "PublicIPs"
_WA_PublicKey = _WA + "PublicKey"
_WA_PublicKeyHash = _WA + "PublicKeyHash"
_WA_PublicKeys = _WA + "PublicKeys"
_WA_PublicPort = _WA + "PublicPort"
_WA_PublishedDate = _WA + "PublishedDate"
_WA_PublishedName = _WA + "PublishedName"
_WA_Publisher = _WA + "Publisher"
_WA_PublisherId = _WA + "PublisherId"
_WA_PublisherName = _WA + "PublisherName"
_WA_PublishingPassword = _WA + "PublishingPassword"
_WA_PublishingUserName = _WA + "PublishingUserName"
_WA_PublishingUsername = _WA + "PublishingUsername"
_WA_Quota = _WA + "Quota"
_WA_Reason = _WA + "Reason"
_WA_RebootEvent = _WA + "RebootEvent"
_WA_RebootEvents = _WA + "RebootEvents"
_WA_RebootReason = _WA + "RebootReason"
_WA_RebootStartTime = _WA + "RebootStartTime"
_WA_RecommendedVMSize = _WA + "RecommendedVMSize"
_WA_RecoveryPeriodStartDate = _WA + "RecoveryPeriodStartDate"
_WA_ReferenceName = _WA + "ReferenceName"
_WA_Regions = _WA + "Regions"
_WA_RelativePath = _WA + "RelativePath"
_WA_RelayServiceConnectionEntity = _WA + "RelayServiceConnectionEntity"
_WA_RemoteAccessCertificateThumbprint = _WA + "RemoteAccessCertificateThumbprint"
_WA_RemoteDebuggingEnabled = _WA + "RemoteDebuggingEnabled"
_WA_RemoteDebuggingVersion = _WA + "RemoteDebuggingVersion"
_WA_RemoteSourceImageLink = _WA + "RemoteSourceImageLink"
_WA_RemoteSubnet = _WA + "RemoteSubnet"
_WA_ReplicationCompleted = _WA + "ReplicationCompleted"
_WA_ReplicationProgress = _WA + "ReplicationProgress"
_WA_ReplicationProgressElement = _WA + "ReplicationProgressElement"
_WA_ReplicationState = _WA + "ReplicationState"
_WA_ReplicationStateDescription = _WA + "ReplicationStateDescription"
_WA_RepositorySiteName = _WA + "RepositorySiteName"
_WA_RequestID = _WA + "RequestID"
_WA_RequestTimeout = _WA + "RequestTimeout"
_WA_RequestTracingEnabled = _WA + "RequestTracingEnabled"
_WA_RequestTracingExpirationTime = _WA + "RequestTracingExpirationTime"
_WA_ReservedIP = _WA + "ReservedIP"
_WA_ReservedIPName = _WA + "ReservedIPName"
_WA_ReservedIPs = _WA + "ReservedIPs"
_WA_ResetPasswordOnFirstLogon = _WA + "ResetPasswordOnFirstLogon"
_WA_ResizedSizeInGB = _WA + "ResizedSizeInGB"
_WA_Resource = _WA + "Resource"
_WA_ResourceConnectionString = _WA + "ResourceConnectionString"
_WA_ResourceExtension = _WA + "ResourceExtension"
_WA_ResourceExtensionParameterValue = _WA + "ResourceExtensionParameterValue"
_WA_ResourceExtensionParameterValues = _WA + "ResourceExtensionParameterValues"
_WA_ResourceExtensionReference = _WA + "ResourceExtensionReference"
_WA_ResourceExtensionReferences = _WA + "ResourceExtensionReferences"
_WA_ResourceExtensionStatus = _WA + "ResourceExtensionStatus"
_WA_ResourceExtensionStatusList = _WA + "ResourceExtensionStatusList"
_WA_ResourceExtensions = _WA + "ResourceExtensions"
_WA_ResourceName = _WA + "ResourceName"
_WA_ResourceNameAvailabilityResponse = _WA + "ResourceNameAvailabilityResponse"
_WA_ResourceProviderNamespace = _WA + "ResourceProviderNamespace"
_WA_ResourceProviderProperties = _WA + "ResourceProviderProperties"
_WA_ResourceProviderProperty = _WA + "ResourceProviderProperty"
_WA_ResourceType = _WA + "ResourceType"
_WA_Resources = _WA + "Resources"
_WA_RestoreRequest = _WA + "RestoreRequest"
_WA_RestoreResponse = _WA + "RestoreResponse"
_WA_Result = _WA + "Result"
_WA_Retention = _WA + "Retention"
_WA_RetentionPeriodInDays = _WA + "RetentionPeriodInDays"
_WA_ReverseDnsFqdn = _WA + "ReverseDnsFqdn"
_WA_Role = _WA + "Role"
_WA_RoleInstance = _WA + "RoleInstance"
_WA_RoleInstanceList = _WA + "RoleInstanceList"
_WA_RoleList = _WA + "RoleList"
_WA_RoleName = _WA + "RoleName"
_WA_RoleSize = _WA + "RoleSize"
_WA_RoleSizeOnCapture = _WA + "RoleSizeOnCapture"
_WA_RoleSizes = _WA + "RoleSizes"
_WA_RoleStateOnCapture = _WA + "RoleStateOnCapture"
_WA_RoleType = _WA + "RoleType"
_WA_RollbackAllowed = _WA + "RollbackAllowed"
_WA_Route = _WA + "Route"
_WA_RouteList = _WA + "RouteList"
_WA_RouteState = _WA + "RouteState"
_WA_RouteTable = _WA + "RouteTable"
_WA_RouteTableAssociation = _WA + "RouteTableAssociation"
_WA_RouteTableName = _WA + "RouteTableName"
_WA_RouteTableState = _WA + "RouteTableState"
_WA_RouteTables = _WA + "RouteTables"
_WA_RoutingWeight = _WA + "RoutingWeight"
_WA_Rule = _WA + "Rule"
_WA_Rules = _WA + "Rules"
_WA_RuntimeAvailabilityState = _WA + "RuntimeAvailabilityState"
_WA_SADataSizeKilobytes = _WA + "SADataSizeKilobytes"
_WA_SALifeTimeSeconds = _WA + "SALifeTimeSeconds"
_WA_SKU = _WA + "SKU"
_WA_SSH = _WA + "SSH"
_WA_SSLCertificates = _WA + "SSLCertificates"
_WA_SampleConfig = _WA + "SampleConfig"
_WA_Scheduled = _WA + "Scheduled"
_WA_SchemaVersion = _WA + "SchemaVersion"
_WA_ScmSiteAlsoStopped = _WA + "ScmSiteAlsoStopped"
_WA_ScmType = _WA + "ScmType"
_WA_ScriptProcessor = _WA + "ScriptProcessor"
_WA_SdkVersion = _WA + "SdkVersion"
_WA_Secondary = _WA + "Secondary"
_WA_SecondaryEndpoints = _WA + "SecondaryEndpoints"
_WA_SecondaryReadEnabled = _WA + "SecondaryReadEnabled"
_WA_SelfLink = _WA + "SelfLink"
_WA_SequenceNumber = _WA + "SequenceNumber"
_WA_SerialOutputBlobUri = _WA + "SerialOutputBlobUri"
_WA_ServerFarm = _WA + "ServerFarm"
_WA_ServerFarmId = _WA + "ServerFarmId"
_WA_ServerFarms = _WA + "ServerFarms"
_WA_ServerName = _WA + "ServerName"
_WA_ServiceAdminLiveEmailId = _WA + "ServiceAdminLiveEmailId"
_WA_ServiceName = _WA + "ServiceName"
_WA_ServiceObjectiveAssignmentErrorCode = _WA + "ServiceObjectiveAssignmentErrorCode"
_WA_ServiceObjectiveAssignmentErrorDescription = _WA + "ServiceObjectiveAssignmentErrorDescription"
_WA_ServiceObjectiveAssignmentState = _WA + "ServiceObjectiveAssignmentState"
_WA_ServiceObjectiveAssignmentStateDescription = _WA + "ServiceObjectiveAssignmentStateDescription"
_WA_ServiceObjectiveAssignmentSuccessDate = _WA + "ServiceObjectiveAssignmentSuccessDate"
_WA_ServiceObjectiveId = _WA + "ServiceObjectiveId"
_WA_ServiceResource = _WA + "ServiceResource"
_WA_ServiceResources = _WA + "ServiceResources"
_WA_SessionActivityId = _WA + "SessionActivityId"
_WA_SettingName = _WA + "SettingName"
_WA_Severity = _WA + "Severity"
_WA_SharedKey = _WA + "SharedKey"
_WA_SharingStatus = _WA + "SharingStatus"
_WA_ShowInGui = _WA + "ShowInGui"
_WA_Site = _WA + "Site"
_WA_SiteConfig = _WA + "SiteConfig"
_WA_SiteMode = _WA + "SiteMode"
_WA_SiteName = _WA + "SiteName"
_WA_SiteProperties = _WA + "SiteProperties"
_WA_Sites = _WA + "Sites"
_WA_SizeInBytes = _WA + "SizeInBytes"
_WA_SizeInMB = _WA + "SizeInMB"
_WA_SizeMB = _WA + "SizeMB"
_WA_Sku = _WA + "Sku"
_WA_SmallIconUri = _WA + "SmallIconUri"
_WA_SortOrder = _WA + "SortOrder"
_WA_Source = _WA + "Source"
_WA_SourceAddressPrefix = _WA + "SourceAddressPrefix"
_WA_SourceDatabaseDeletionDate = _WA + "SourceDatabaseDeletionDate"
_WA_SourceDatabaseName = _WA + "SourceDatabaseName"
_WA_SourceImageName = _WA + "SourceImageName"
_WA_SourceMediaLink = _WA + "SourceMediaLink"
_WA_SourcePortRange = _WA + "SourcePortRange"
_WA_SourceServerName = _WA + "SourceServerName"
_WA_SourceWebAppId = _WA + "SourceWebAppId"
_WA_SslCert = _WA + "SslCert"
_WA_SslState = _WA + "SslState"
_WA_StartDate = _WA + "StartDate"
_WA_StartIPAddress = _WA + "StartIPAddress"
_WA_StartTime = _WA + "StartTime"
_WA_StartTimeUtc = _WA + "StartTimeUtc"
_WA_State = _WA + "State"
_WA_StateId = _WA + "StateId"
_WA_StaticIPAddress = _WA + "StaticIPAddress"
_WA_StaticVirtualNetworkIPAddress = _WA + "StaticVirtualNetworkIPAddress"
_WA_Status = _WA + "Status"
_WA_StatusDetails = _WA + "StatusDetails"
_WA_StatusOfPrimary = _WA + "StatusOfPrimary"
_WA_StatusOfSecondary = _WA + "StatusOfSecondary"
_WA_StorageAccountType = _WA + "StorageAccountType"
_WA_StorageAccountTypes = _WA + "StorageAccountTypes"
_WA_StorageAccountUrl = _WA + "StorageAccountUrl"
_WA_StorageCapabilities = _WA + "StorageCapabilities"
_WA_StorageRecoveryDefaultState = _WA + "StorageRecoveryDefaultState"
_WA_StorageService = _WA + "StorageService"
_WA_StorageServiceKeys = _WA + "StorageServiceKeys"
_WA_StorageServiceProperties = _WA + "StorageServiceProperties"
_WA_StorageServices = _WA + "StorageServices"
_WA_StoreLocation = _WA + "StoreLocation"
_WA_StoreName = _WA + "StoreName"
_WA_StoredCertificateSettings = _WA + "StoredCertificateSettings"
_WA_SubState = _WA + "SubState"
_WA_SubStatus = _WA + "SubStatus"
_WA_SubStatusList = _WA + "SubStatusList"
_WA_Subject = _WA + "Subject"
_WA_SubjectName = _WA + "SubjectName"
_WA_Subnet = _WA + "Subnet"
_WA_SubnetId = _WA + "SubnetId"
_WA_SubnetName = _WA + "SubnetName"
_WA_SubnetNames = _WA + "SubnetNames"
_WA_Subnets = _WA + "Subnets"
_WA_Subscription = _WA + "Subscription"
_WA_SubscriptionCertificate = _WA + "SubscriptionCertificate"
_WA_SubscriptionCertificateData = _WA + "SubscriptionCertificateData"
_WA_SubscriptionCertificatePublicKey = _WA + "SubscriptionCertificatePublicKey"
_WA_SubscriptionCertificateThumbprint = _WA + "SubscriptionCertificateThumbprint"
_WA_SubscriptionCertificates = _WA + "SubscriptionCertificates"
_WA_SubscriptionID = _WA + "SubscriptionID"
_WA_SubscriptionName = _WA + "SubscriptionName"
_WA_SubscriptionOperation = _WA + "SubscriptionOperation"
_WA_SubscriptionOperationCollection = _WA + "SubscriptionOperationCollection"
_WA_SubscriptionOperations = _WA + "SubscriptionOperations"
_WA_SubscriptionStatus = _WA + "SubscriptionStatus"
_WA_Subscriptions = _WA + "Subscriptions"
_WA_SupportedByVirtualMachines = _WA + "SupportedByVirtualMachines"
_WA_SupportedByWebWorkerRoles = _WA + "SupportedByWebWorkerRoles"
_WA_SupportedOS = _WA + "SupportedOS"
_WA_TargetDatabaseName = _WA + "TargetDatabaseName"
_WA_TargetServerName = _WA + "TargetServerName"
_WA_TargetSwapSlot = _WA + "TargetSwapSlot"
_WA_TargetUtcPointInTime = _WA + "TargetUtcPointInTime"
_WA_Thumbprint = _WA + "Thumbprint"
_WA_ThumbprintAlgorithm = _WA + "ThumbprintAlgorithm"
_WA_ThumbprintRequired = _WA + "ThumbprintRequired"
_WA_TimeCreated = _WA + "TimeCreated"
_WA_TimeGrain = _WA + "TimeGrain"
_WA_TimeToLiveInSeconds = _WA + "TimeToLiveInSeconds"
_WA_TimeZone = _WA + "TimeZone"
_WA_Timeout = _WA + "Timeout"
_WA_TimeoutInSeconds = _WA + "TimeoutInSeconds"
_WA_Timestamp = _WA + "Timestamp"
_WA_ToDelete = _WA + "ToDelete"
_WA_ToUpdate = _WA + "ToUpdate"
_WA_ToUpdateIpBasedSsl = _WA + "ToUpdateIpBasedSsl"
_WA_ToleratedNumberOfFailures = _WA + "ToleratedNumberOfFailures"
_WA_Total = _WA + "Total"
_WA_TrafficManagerHostNames = _WA + "TrafficManagerHostNames"
_WA_TrafficManagerProfileId = _WA + "TrafficManagerProfileId"
_WA_TrafficManagerProfileName = _WA + "TrafficManagerProfileName"
_WA_Type = _WA + "Type"
_WA_UnattendComponent = _WA + "UnattendComponent"
_WA_UnattendPass = _WA + "UnattendPass"
_WA_UnhealthyThreshold = _WA + "UnhealthyThreshold"
_WA_Unit = _WA + "Unit"
_WA_UpgradeDomainCount = _WA + "UpgradeDomainCount"
_WA_UpgradeStatus = _WA + "UpgradeStatus"
_WA_UpgradeType = _WA + "UpgradeType"
_WA_Url = _WA + "Url"
_WA_Usage = _WA + "Usage"
_WA_UsageMeter = _WA + "UsageMeter"
_WA_UsageMeters = _WA + "UsageMeters"
_WA_UsageState = _WA + "UsageState"
_WA_Usages = _WA + "Usages"
_WA_Use32BitWorkerProcess = _WA + "Use32BitWorkerProcess"
_WA_UseSubDomainName = _WA + "UseSubDomainName"
_WA_Used = _WA + "Used"
_WA_UsedServiceManagementApi = _WA + "UsedServiceManagementApi"
_WA_User = _WA + "User"
_WA_UserEmailAddress = _WA + "UserEmailAddress"
_WA_UserName = _WA + "UserName"
_WA_UserPassword = _WA + "UserPassword"
_WA_Username = _WA + "Username"
_WA_VIPAddress = _WA + "VIPAddress"
_WA_VMImage = _WA + "VMImage"
_WA_VMImageDetails = _WA + "VMImageDetails"
_WA_VMImageInput = _WA + "VMImageInput"
_WA_VMImageName = _WA + "VMImageName"
_WA_VMImageState = _WA + "VMImageState"
_WA_VMImages = _WA + "VMImages"
_WA_VPNClientAddressPool = _WA + "VPNClientAddressPool"
_WA_Valid = _WA + "Valid"
_WA_ValidationMessage = _WA + "ValidationMessage"
_WA_ValidationMessages = _WA + "ValidationMessages"
_WA_Value = _WA + "Value"
_WA_Values = _WA + "Values"
_WA_Verb = _WA + "Verb"
_WA_Version = _WA + "Version"
_WA_Vip = _WA + "Vip"
_WA_VirtualIP = _WA + "VirtualIP"
_WA_VirtualIPName = _WA + "VirtualIPName"
_WA_VirtualIPs = _WA + "VirtualIPs"
_WA_VirtualMachine = _WA + "VirtualMachine"
_WA_VirtualMachineResourceDiskSizeInMb = _WA + "VirtualMachineResourceDiskSizeInMb"
_WA_VirtualMachineRoleSizes = _WA + "VirtualMachineRoleSizes"
_WA_VirtualMachinesRoleSizes = _WA + "VirtualMachinesRoleSizes"
_WA_VirtualNetworkGateway = _WA + "VirtualNetworkGateway"
_WA_VirtualNetworkGatewayId = _WA + "VirtualNetworkGatewayId"
_WA_VirtualNetworkGateways = _WA + "VirtualNetworkGateways"
_WA_VirtualNetworkName = _WA + "VirtualNetworkName"
_WA_VirtualNetworkSite = _WA + "VirtualNetworkSite"
_WA_VirtualNetworkSites = _WA + "VirtualNetworkSites"
_WA_VnetId = _WA + "VnetId"
_WA_VnetName = _WA + "VnetName"
_WA_VpnGatewayAddress = _WA + "VpnGatewayAddress"
_WA_WebSocketsEnabled = _WA + "WebSocketsEnabled"
_WA_WebSpace = _WA + "WebSpace"
_WA_WebSpaces = _WA + "WebSpaces"
_WA_WebWorkerResourceDiskSizeInMb = _WA + "WebWorkerResourceDiskSizeInMb"
_WA_WebWorkerRoleSizes = _WA + "WebWorkerRoleSizes"
_WA_Weight = _WA + "Weight"
_WA_WinRM = _WA + "WinRM"
_WA_WorkerSize = _WA + "WorkerSize"
_WA_string = _WA + "string"


def _read_affinity_group(element: etree._Element, ctx: DeserializeContext) -> AffinityGroup:
    obj = AffinityGroup()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostedServices:
            obj.hosted_services = HostedServices(
                read_list(child, _WA_HostedService, _read_hosted_service, ctx, obj)
            )
        elif tag == _WA_StorageServices:
            obj.storage_services = StorageServices(
                read_list(child, _WA_StorageService, _read_storage_service, ctx, obj)
            )
        elif tag == _WA_Capabilities:
            obj.capabilities = read_string_list(child, _WA_Capability, ctx, obj)
        elif tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_ComputeCapabilities:
            obj.compute_capabilities = (
                None if is_nil(child) else _read_compute_capabilities(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGateway:
    obj = ApplicationGateway()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DnsName:
            obj.dns_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceCount:
            obj.instance_count = read_int(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Subnets:
            obj.subnets = read_string_list(child, _WA_Subnet, ctx, obj)
        elif tag == _WA_VnetName:
            obj.vnet_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualIPs:
            obj.virtual_ips = read_string_list(child, _WA_VirtualIP, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_certificate(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayCertificate:
    obj = ApplicationGatewayCertificate()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Data:
            obj.data = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayConfiguration:
    obj = ApplicationGatewayConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_FrontendIPConfigurations:
            obj.frontend_ip_configurations = read_list(
                child, _WA_FrontendIPConfiguration, _read_application_gateway_frontend_ip, ctx, obj
            )
        elif tag == _WA_FrontendPorts:
            obj.frontend_ports = read_list(
                child, _WA_FrontendPort, _read_application_gateway_frontend_port, ctx, obj
            )
        elif tag == _WA_Probes:
            obj.probes = read_list(child, _WA_Probe, _read_application_gateway_probe, ctx, obj)
        elif tag == _WA_BackendAddressPools:
            obj.backend_address_pools = read_list(
                child,
                _WA_BackendAddressPool,
                _read_application_gateway_backend_address_pool,
                ctx,
                obj,
            )
        elif tag == _WA_BackendHttpSettingsList:
            obj.backend_http_settings_list = read_list(
                child,
                _WA_BackendHttpSettings,
                _read_application_gateway_backend_http_settings,
                ctx,
                obj,
            )
        elif tag == _WA_HttpListeners:
            obj.http_listeners = read_list(
                child, _WA_HttpListener, _read_application_gateway_http_listener, ctx, obj
            )
        elif tag == _WA_HttpLoadBalancingRules:
            obj.http_load_balancing_rules = read_list(
                child,
                _WA_HttpLoadBalancingRule,
                _read_application_gateway_http_load_balancing_rule,
                ctx,
                obj,
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_frontend_ip(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayFrontendIP:
    obj = ApplicationGatewayFrontendIP()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StaticIPAddress:
            obj.static_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_frontend_port(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayFrontendPort:
    obj = ApplicationGatewayFrontendPort()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_probe(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayProbe:
    obj = ApplicationGatewayProbe()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Host:
            obj.host = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Path:
            obj.path = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Interval:
            obj.interval = read_int(child, ctx, obj)
        elif tag == _WA_Timeout:
            obj.timeout = read_int(child, ctx, obj)
        elif tag == _WA_UnhealthyThreshold:
            obj.unhealthy_threshold = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_backend_address_pool(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayBackendAddressPool:
    obj = ApplicationGatewayBackendAddressPool()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IPAddresses:
            obj.ip_addresses = read_string_list(child, _WA_IPAddress, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_backend_http_settings(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayBackendHttpSettings:
    obj = ApplicationGatewayBackendHttpSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CookieBasedAffinity:
            obj.cookie_based_affinity = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RequestTimeout:
            obj.request_timeout = read_int(child, ctx, obj)
        elif tag == _WA_Probe:
            obj.probe = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_http_listener(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayHttpListener:
    obj = ApplicationGatewayHttpListener()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_FrontendIP:
            obj.frontend_ip = child.text or read_string(child, ctx, obj)
        elif tag == _WA_FrontendPort:
            obj.frontend_port = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SslCert:
            obj.ssl_cert = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_http_load_balancing_rule(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayHttpLoadBalancingRule:
    obj = ApplicationGatewayHttpLoadBalancingRule()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_BackendHttpSettings:
            obj.backend_http_settings = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Listener:
            obj.listener = child.text or read_string(child, ctx, obj)
        elif tag == _WA_BackendAddressPool:
            obj.backend_address_pool = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_certificate(element: etree._Element, ctx: DeserializeContext) -> Certificate:
    obj = Certificate()
    for child in element:
        tag = child.tag
        if tag == _WA_CertificateUrl:
            obj.certificate_url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ThumbprintAlgorithm:
            obj.thumbprint_algorithm = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Data:
            obj.data = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subscription_certificate(
    element: etree._Element, ctx: DeserializeContext
) -> SubscriptionCertificate:
    obj = SubscriptionCertificate()
    for child in element:
        tag = child.tag
        if tag == _WA_SubscriptionCertificatePublicKey:
            obj.subscription_certificate_public_key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionCertificateThumbprint:
            obj.subscription_certificate_thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionCertificateData:
            obj.subscription_certificate_data = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Created:
            obj.created = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_operation(element: etree._Element, ctx: DeserializeContext) -> Operation:
    obj = Operation()
    for child in element:
        tag = child.tag
        if tag == _WA_ID:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HttpStatusCode:
            obj.http_status_code = read_int(child, ctx, obj)
        elif tag == _WA_Error:
            obj.error = OperationError() if is_nil(child) else _read_operation_error(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_operation_error(element: etree._Element, ctx: DeserializeContext) -> OperationError:
    obj = OperationError()
    for child in element:
        tag = child.tag
        if tag == _WA_Code:
            obj.code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_deployment_event_collection(
    element: etree._Element, ctx: DeserializeContext
) -> DeploymentEventCollection:
    obj = DeploymentEventCollection()
    for child in element:
        tag = child.tag
        if tag == _WA_RebootEvents:
            obj.reboot_events = read_list(child, _WA_RebootEvent, _read_reboot_event, ctx, obj)
        elif tag == _WA_ContinuationToken:
            obj.continuation_token = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_reboot_event(element: etree._Element, ctx: DeserializeContext) -> RebootEvent:
    obj = RebootEvent()
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceName:
            obj.instance_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RebootReason:
            obj.reboot_reason = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RebootStartTime:
            obj.reboot_start_time = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_deployment(element: etree._Element, ctx: DeserializeContext) -> Deployment:
    obj = Deployment()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentSlot:
            obj.deployment_slot = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivateID:
            obj.private_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Url:
            obj.url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Configuration:
            obj.configuration = read_base64text(child, ctx, obj)
        elif tag == _WA_RoleInstanceList:
            obj.role_instance_list = RoleInstanceList(
                read_list(child, _WA_RoleInstance, _read_role_instance, ctx, obj)
            )
        elif tag == _WA_UpgradeStatus:
            obj.upgrade_status = None if is_nil(child) else _read_upgrade_status(child, ctx)
        elif tag == _WA_UpgradeDomainCount:
            obj.upgrade_domain_count = read_int(child, ctx, obj)
        elif tag == _WA_RoleList:
            obj.role_list = RoleList(read_list(child, _WA_Role, _read_role, ctx, obj))
        elif tag == _WA_SdkVersion:
            obj.sdk_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InputEndpointList:
            obj.input_endpoint_list = InputEndpoints(
                read_list(child, _WA_InputEndpoint, _read_input_endpoint, ctx, obj)
            )
        elif tag == _WA_Locked:
            obj.locked = read_bool(child, ctx, obj)
        elif tag == _WA_RollbackAllowed:
            obj.rollback_allowed = read_bool(child, ctx, obj)
        elif tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_LastModifiedTime:
            obj.last_modified_time = read_datetime(child, ctx, obj)
        elif tag == _WA_VirtualNetworkName:
            obj.virtual_network_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Dns:
            _read_deployment__dns(child, obj, ctx)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_PersistentVMDowntime:
            obj.persistent_vm_downtime_info = (
                PersistentVMDowntimeInfo()
                if is_nil(child)
                else _read_persistent_vm_downtime_info(child, ctx)
            )
        elif tag == _WA_VirtualIPs:
            obj.virtual_ips = VirtualIPs(
                read_list(child, _WA_VirtualIP, _read_virtual_ip, ctx, obj)
            )
        elif tag == _WA_ExtensionConfiguration:
            obj.extension_configuration = (
                None if is_nil(child) else _read_extension_configuration(child, ctx)
            )
        elif tag == _WA_ReservedIPName:
            obj.reserved_ip_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InternalDnsSuffix:
            obj.internal_dns_suffix = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LoadBalancers:
            obj.load_balancers = read_list(child, _WA_LoadBalancer, _read_load_balancer, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_deployment__dns(
    element: etree._Element, obj: Deployment, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_DnsServers:
            obj.dns_servers = read_list(child, _WA_DnsServer, _read_dns_server, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_role_instance(element: etree._Element, ctx: DeserializeContext) -> RoleInstance:
    obj = RoleInstance()
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceName:
            obj.instance_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceStatus:
            obj.instance_status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ExtendedInstanceStatus:
            obj.extended_instance_status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceUpgradeDomain:
            obj.instance_upgrade_domain = read_int(child, ctx, obj)
        elif tag == _WA_InstanceFaultDomain:
            obj.instance_fault_domain = read_int(child, ctx, obj)
        elif tag == _WA_InstanceSize:
            obj.instance_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceStateDetails:
            obj.instance_state_details = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceErrorCode:
            obj.instance_error_code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IpAddress:
            obj.ip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceEndpoints:
            obj.instance_endpoints = InstanceEndpoints(
                read_list(child, _WA_InstanceEndpoint, _read_instance_endpoint, ctx, obj)
            )
        elif tag == _WA_PowerState:
            obj.power_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostName:
            obj.host_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_FQDN:
            obj.fqdn = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RemoteAccessCertificateThumbprint:
            obj.remote_access_certificate_thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GuestAgentStatus:
            obj.guest_agent_status = None if is_nil(child) else _read_guest_agent_status(child, ctx)
        elif tag == _WA_ResourceExtensionStatusList:
            obj.resource_extension_status_list = read_list(
                child, _WA_ResourceExtensionStatus, _read_resource_extension_status, ctx, obj
            )
        elif tag == _WA_PublicIPs:
            obj.public_ips = PublicIPs(read_list(child, _WA_PublicIP, _read_public_ip, ctx, obj))
        elif tag == _WA_NetworkInterfaces:
            obj.network_interfaces = read_list(
                child, _WA_NetworkInterface, _read_role_instance_network_interface, ctx, obj
            )
        elif tag == _WA_MaintenanceStatus:
            obj.maintenance_status = None if is_nil(child) else _read_maintenance_status(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_instance_endpoint(element: etree._Element, ctx: DeserializeContext) -> InstanceEndpoint:
    obj = InstanceEndpoint()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Vip:
            obj.vip = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublicPort:
            obj.public_port = read_int(child, ctx, obj)
        elif tag == _WA_LocalPort:
            obj.local_port = read_int(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IdleTimeoutInMinutes:
            obj.idle_timeout_in_minutes = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_guest_agent_status(element: etree._Element, ctx: DeserializeContext) -> GuestAgentStatus:
    obj = GuestAgentStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_ProtocolVersion:
            obj.protocol_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Timestamp:
            obj.timestamp = read_datetime(child, ctx, obj)
        elif tag == _WA_GuestAgentVersion:
            obj.guest_agent_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Code:
            obj.code = read_int(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = None if is_nil(child) else _read_status_message(child, ctx)
        elif tag == _WA_FormattedMessage:
            obj.formatted_message = None if is_nil(child) else _read_formatted_message(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_status_message(element: etree._Element, ctx: DeserializeContext) -> StatusMessage:
    obj = StatusMessage()
    for child in element:
        tag = child.tag
        if tag == _WA_MessageResourceId:
            obj.message_resource_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParamList:
            obj.param_list = read_string_list(child, _WA_Param, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_maintenance_status(element: etree._Element, ctx: DeserializeContext) -> MaintenanceStatus:
    obj = MaintenanceStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_IsCustomerInitiatedMaintenanceAllowed:
            obj.is_customer_initiated_maintenance_allowed = read_bool(child, ctx, obj)
        elif tag == _WA_PreMaintenanceWindowStartTime:
            obj.pre_maintenance_window_start_time = read_datetime(child, ctx, obj)
        elif tag == _WA_PreMaintenanceWindowEndTime:
            obj.pre_maintenance_window_end_time = read_datetime(child, ctx, obj)
        elif tag == _WA_MaintenanceWindowStartTime:
            obj.maintenance_window_start_time = read_datetime(child, ctx, obj)
        elif tag == _WA_MaintenanceWindowEndTime:
            obj.maintenance_window_end_time = read_datetime(child, ctx, obj)
        elif tag == _WA_LastOperationResultCode:
            obj.last_operation_result_code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastOperationMessage:
            obj.last_operation_message = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_formatted_message(element: etree._Element, ctx: DeserializeContext) -> FormattedMessage:
    obj = FormattedMessage()
    for child in element:
        tag = child.tag
        if tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_extension_status(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceExtensionStatus:
    obj = ResourceExtensionStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_HandlerName:
            obj.handler_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Code:
            obj.code = read_int(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = None if is_nil(child) else _read_status_message(child, ctx)
        elif tag == _WA_FormattedMessage:
            obj.formatted_message = None if is_nil(child) else _read_formatted_message(child, ctx)
        elif tag == _WA_ExtensionSettingStatus:
            obj.extension_setting_status = (
                None if is_nil(child) else _read_extension_setting_status(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_setting_status(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionSettingStatus:
    obj = ExtensionSettingStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_Timestamp:
            obj.timestamp = read_datetime(child, ctx, obj)
        elif tag == _WA_ConfigurationAppliedTime:
            obj.configuration_applied_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Operation:
            obj.operation = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Code:
            obj.code = read_int(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = None if is_nil(child) else _read_status_message(child, ctx)
        elif tag == _WA_FormattedMessage:
            obj.formatted_message = None if is_nil(child) else _read_formatted_message(child, ctx)
        elif tag == _WA_SubStatusList:
            obj.sub_status_list = read_list(child, _WA_SubStatus, _read_sub_status, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_sub_status(element: etree._Element, ctx: DeserializeContext) -> SubStatus:
    obj = SubStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Code:
            obj.code = read_int(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = None if is_nil(child) else _read_status_message(child, ctx)
        elif tag == _WA_FormattedMessage:
            obj.formatted_message = None if is_nil(child) else _read_formatted_message(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_role_instance_network_interface(
    element: etree._Element, ctx: DeserializeContext
) -> RoleInstanceNetworkInterface:
    obj = RoleInstanceNetworkInterface()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MacAddress:
            obj.mac_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IPConfigurations:
            obj.ip_configurations = read_list(
                child, _WA_IPConfiguration, _read_role_instance_ip_configuration, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_role_instance_ip_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> RoleInstanceIPConfiguration:
    obj = RoleInstanceIPConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_SubnetName:
            obj.subnet_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Address:
            obj.address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_upgrade_status(element: etree._Element, ctx: DeserializeContext) -> UpgradeStatus:
    obj = UpgradeStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_UpgradeType:
            obj.upgrade_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CurrentUpgradeDomainState:
            obj.current_upgrade_domain_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CurrentUpgradeDomain:
            obj.current_upgrade_domain = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_input_endpoint(element: etree._Element, ctx: DeserializeContext) -> InputEndpoint:
    obj = InputEndpoint()
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Vip:
            obj.vip = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_persistent_vm_downtime_info(
    element: etree._Element, ctx: DeserializeContext
) -> PersistentVMDowntimeInfo:
    obj = PersistentVMDowntimeInfo()
    for child in element:
        tag = child.tag
        if tag == _WA_StartTime:
            obj.start_time = read_datetime(child, ctx, obj)
        elif tag == _WA_EndTime:
            obj.end_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_ip(element: etree._Element, ctx: DeserializeContext) -> VirtualIP:
    obj = VirtualIP()
    for child in element:
        tag = child.tag
        if tag == _WA_Address:
            obj.address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsDnsProgrammed:
            obj.is_dns_programmed = read_bool(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsReserved:
            obj.is_reserved = read_bool(child, ctx, obj)
        elif tag == _WA_ReservedIPName:
            obj.reserved_ip_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_load_balancer(element: etree._Element, ctx: DeserializeContext) -> LoadBalancer:
    obj = LoadBalancer()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_FrontendIpConfiguration:
            obj.frontend_ip_configuration = (
                None if is_nil(child) else _read_frontend_ip_configuration(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_frontend_ip_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> FrontendIpConfiguration:
    obj = FrontendIpConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubnetName:
            obj.subnet_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StaticVirtualNetworkIPAddress:
            obj.static_virtual_network_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dns_server(element: etree._Element, ctx: DeserializeContext) -> DnsServer:
    obj = DnsServer()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Address:
            obj.address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionConfiguration:
    obj = ExtensionConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_AllRoles:
            obj.all_roles = read_list(child, _WA_Extension, _read_extension, ctx, obj)
        elif tag == _WA_NamedRoles:
            obj.named_roles = read_list(child, _WA_Role, _read_role_extensions, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_role_extensions(element: etree._Element, ctx: DeserializeContext) -> RoleExtensions:
    obj = RoleExtensions()
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Extensions:
            obj.extensions = read_list(child, _WA_Extension, _read_extension, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension(element: etree._Element, ctx: DeserializeContext) -> Extension:
    obj = Extension()
    for child in element:
        tag = child.tag
        if tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SequenceNumber:
            obj.sequence_number = read_int(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_disk(element: etree._Element, ctx: DeserializeContext) -> Disk:
    obj = Disk()
    for child in element:
        tag = child.tag
        if tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AttachedTo:
            obj.attached_to = None if is_nil(child) else _read_attached_to(child, ctx)
        elif tag == _WA_HasOperatingSystem:
            obj.has_operating_system = read_bool(child, ctx, obj)
        elif tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsCorrupted:
            obj.is_corrupted = read_bool(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LogicalDiskSizeInGB:
            obj.logical_disk_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceImageName:
            obj.source_image_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsPremium:
            obj.is_premium = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_attached_to(element: etree._Element, ctx: DeserializeContext) -> AttachedTo:
    obj = AttachedTo()
    for child in element:
        tag = child.tag
        if tag == _WA_HostedServiceName:
            obj.hosted_service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentName:
            obj.deployment_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway(element: etree._Element, ctx: DeserializeContext) -> Gateway:
    obj = Gateway()
    for child in element:
        tag = child.tag
        if tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VIPAddress:
            obj.vip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastEvent:
            obj.last_event = None if is_nil(child) else _read_gateway_event(child, ctx)
        elif tag == _WA_GatewayType:
            obj.gateway_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DefaultSites:
            obj.default_sites = read_string_list(child, _WA_string, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_event(element: etree._Element, ctx: DeserializeContext) -> GatewayEvent:
    obj = GatewayEvent()
    for child in element:
        tag = child.tag
        if tag == _WA_Timestamp:
            obj.timestamp = read_datetime(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Data:
            obj.data = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_connection_status(
    element: etree._Element, ctx: DeserializeContext
) -> GatewayConnectionStatus:
    obj = GatewayConnectionStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_LocalNetworkSiteName:
            obj.local_network_site_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConnectivityState:
            obj.connectivity_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastEvent:
            obj.last_event = None if is_nil(child) else _read_gateway_event(child, ctx)
        elif tag == _WA_IngressBytesTransferred:
            obj.ingress_bytes_transferred = read_long(child, ctx, obj)
        elif tag == _WA_EgressBytesTransferred:
            obj.egress_bytes_transferred = read_long(child, ctx, obj)
        elif tag == _WA_LastConnectionEstablished:
            obj.last_connection_established = read_datetime(child, ctx, obj)
        elif tag == _WA_AllocatedIPAddresses:
            obj.allocated_ip_addresses = read_string_list(child, _WA_string, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_shared_key(element: etree._Element, ctx: DeserializeContext) -> GatewaySharedKey:
    obj = GatewaySharedKey()
    for child in element:
        tag = child.tag
        if tag == _WA_Value:
            obj.value = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_i_psec_parameters(element: etree._Element, ctx: DeserializeContext) -> IPsecParameters:
    obj = IPsecParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_EncryptionType:
            obj.encryption_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PfsGroup:
            obj.pfs_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SADataSizeKilobytes:
            obj.sa_data_size_kilobytes = read_int(child, ctx, obj)
        elif tag == _WA_SALifeTimeSeconds:
            obj.sa_life_time_seconds = read_int(child, ctx, obj)
        elif tag == _WA_HashAlgorithm:
            obj.hash_algorithm = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_public_diagnostics_status(
    element: etree._Element, ctx: DeserializeContext
) -> GatewayPublicDiagnosticsStatus:
    obj = GatewayPublicDiagnosticsStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublicDiagnosticsUrl:
            obj.public_diagnostics_url = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_operation(element: etree._Element, ctx: DeserializeContext) -> GatewayOperation:
    obj = GatewayOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_ID:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HttpStatusCode:
            obj.http_status_code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Data:
            obj.data = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Error:
            obj.error = None if is_nil(child) else _read_gateway_operation_error(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_operation_error(
    element: etree._Element, ctx: DeserializeContext
) -> GatewayOperationError:
    obj = GatewayOperationError()
    for child in element:
        tag = child.tag
        if tag == _WA_Code:
            obj.code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_vpn_device_list(element: etree._Element, ctx: DeserializeContext) -> VpnDeviceList:
    obj = VpnDeviceList()
    obj.version = attribute_string(element, "version")
    for child in element:
        tag = child.tag
        if tag == _NONE_Vendor:
            vendors_item = _read_vpn_device_vendor(child, ctx)
            if vendors_item is None:
                ctx.unknown(obj, child)
            elif obj.vendors is None:
                obj.vendors = [vendors_item]
            else:
                obj.vendors.append(vendors_item)
        else:
            ctx.unknown(obj, child)
    if obj.vendors is None:
        obj.vendors = []  # no item: a flat list that is absent is empty
    return obj


def _read_vpn_device_vendor(element: etree._Element, ctx: DeserializeContext) -> VpnDeviceVendor:
    obj = VpnDeviceVendor()
    obj.name = attribute_string(element, "name")
    for child in element:
        tag = child.tag
        if tag == _NONE_Platform:
            platforms_item = _read_vpn_device_platform(child, ctx)
            if platforms_item is None:
                ctx.unknown(obj, child)
            elif obj.platforms is None:
                obj.platforms = [platforms_item]
            else:
                obj.platforms.append(platforms_item)
        else:
            ctx.unknown(obj, child)
    if obj.platforms is None:
        obj.platforms = []  # no item: a flat list that is absent is empty
    return obj


def _read_vpn_device_platform(
    element: etree._Element, ctx: DeserializeContext
) -> VpnDevicePlatform:
    obj = VpnDevicePlatform()
    obj.name = attribute_string(element, "name")
    for child in element:
        tag = child.tag
        if tag == _NONE_OSFamily:
            os_families_item = _read_vpn_device_os_family(child, ctx)
            if os_families_item is None:
                ctx.unknown(obj, child)
            elif obj.os_families is None:
                obj.os_families = [os_families_item]
            else:
                obj.os_families.append(os_families_item)
        else:
            ctx.unknown(obj, child)
    if obj.os_families is None:
        obj.os_families = []  # no item: a flat list that is absent is empty
    return obj


def _read_vpn_device_os_family(
    element: etree._Element, ctx: DeserializeContext
) -> VpnDeviceOSFamily:
    obj = VpnDeviceOSFamily()
    obj.name = attribute_string(element, "name")
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_client_root_certificate(
    element: etree._Element, ctx: DeserializeContext
) -> ClientRootCertificate:
    obj = ClientRootCertificate()
    for child in element:
        tag = child.tag
        if tag == _WA_ExpirationTime:
            obj.expiration_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Subject:
            obj.subject = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_hosted_service(element: etree._Element, ctx: DeserializeContext) -> HostedService:
    obj = HostedService()
    for child in element:
        tag = child.tag
        if tag == _WA_Url:
            obj.url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostedServiceProperties:
            obj.hosted_service_properties = (
                HostedServiceProperties()
                if is_nil(child)
                else _read_hosted_service_properties(child, ctx)
            )
        elif tag == _WA_Deployments:
            obj.deployments = Deployments(
                read_list(child, _WA_Deployment, _read_deployment, ctx, obj)
            )
        elif tag == _WA_DefaultWinRmCertificateThumbprint:
            obj.default_win_rm_certificate_thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ComputeCapabilities:
            obj.compute_capabilities = (
                None if is_nil(child) else _read_hosted_service_compute_capabilities(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_hosted_service_properties(
    element: etree._Element, ctx: DeserializeContext
) -> HostedServiceProperties:
    obj = HostedServiceProperties()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DateCreated:
            obj.date_created = read_datetime(child, ctx, obj)
        elif tag == _WA_DateLastModified:
            obj.date_last_modified = read_datetime(child, ctx, obj)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_ReverseDnsFqdn:
            obj.reverse_dns_fqdn = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_hosted_service_compute_capabilities(
    element: etree._Element, ctx: DeserializeContext
) -> HostedServiceComputeCapabilities:
    obj = HostedServiceComputeCapabilities()
    for child in element:
        tag = child.tag
        if tag == _WA_VirtualMachineRoleSizes:
            obj.virtual_machine_role_sizes = read_string_list(child, _WA_RoleSize, ctx, obj)
        elif tag == _WA_WebWorkerRoleSizes:
            obj.web_worker_role_sizes = read_string_list(child, _WA_RoleSize, ctx, obj)
        elif tag == _WA_VirtualMachinesRoleSizes:
            obj.virtual_machines_role_sizes = read_string_list(child, _WA_RoleSize, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_availability_response(
    element: etree._Element, ctx: DeserializeContext
) -> AvailabilityResponse:
    obj = AvailabilityResponse()
    for child in element:
        tag = child.tag
        if tag == _WA_Result:
            obj.result = read_bool(child, ctx, obj)
        elif tag == _WA_Reason:
            obj.reason = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_os_image_details(element: etree._Element, ctx: DeserializeContext) -> OSImageDetails:
    obj = OSImageDetails()
    for child in element:
        tag = child.tag
        if tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Category:
            obj.category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LogicalSizeInGB:
            obj.logical_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_IsPremium:
            obj.is_premium = read_bool(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublisherName:
            obj.publisher_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PricingDetailLink:
            obj.pricing_detail_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSState:
            obj.os_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ReplicationProgress:
            obj.replication_progress = ReplicationProgress(
                read_list(
                    child,
                    _WA_ReplicationProgressElement,
                    _read_replication_progress_element,
                    ctx,
                    obj,
                )
            )
        elif tag == _WA_IsCorrupted:
            obj.is_corrupted = read_bool(child, ctx, obj)
        elif tag == _WA_ComputeImageAttributes:
            obj.compute_image_attributes = (
                None if is_nil(child) else _read_compute_image_attributes(child, ctx)
            )
        elif tag == _WA_MarketplaceImageAttributes:
            obj.marketplace_image_attributes = (
                None if is_nil(child) else _read_marketplace_image_attributes(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_replication_progress_element(
    element: etree._Element, ctx: DeserializeContext
) -> ReplicationProgressElement:
    obj = ReplicationProgressElement()
    for child in element:
        tag = child.tag
        if tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Progress:
            obj.progress = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_location(element: etree._Element, ctx: DeserializeContext) -> Location:
    obj = Location()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DisplayName:
            obj.display_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AvailableServices:
            obj.available_services = read_string_list(child, _WA_AvailableService, ctx, obj)
        elif tag == _WA_ComputeCapabilities:
            obj.compute_capabilities = (
                ComputeCapabilities() if is_nil(child) else _read_compute_capabilities(child, ctx)
            )
        elif tag == _WA_StorageCapabilities:
            obj.storage_capabilities = (
                None if is_nil(child) else _read_storage_capabilities(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_storage_capabilities(
    element: etree._Element, ctx: DeserializeContext
) -> StorageCapabilities:
    obj = StorageCapabilities()
    for child in element:
        tag = child.tag
        if tag == _WA_StorageAccountTypes:
            obj.storage_account_types = read_string_list(child, _WA_StorageAccountType, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_compute_capabilities(
    element: etree._Element, ctx: DeserializeContext
) -> ComputeCapabilities:
    obj = ComputeCapabilities()
    for child in element:
        tag = child.tag
        if tag == _WA_WebWorkerRoleSizes:
            obj.web_worker_role_sizes = read_string_list(child, _WA_RoleSize, ctx, obj)
        elif tag == _WA_VirtualMachinesRoleSizes:
            obj.virtual_machines_role_sizes = read_string_list(child, _WA_RoleSize, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_migration_validation_message(
    element: etree._Element, ctx: DeserializeContext
) -> MigrationValidationMessage:
    obj = MigrationValidationMessage()
    for child in element:
        tag = child.tag
        if tag == _WA_ResourceType:
            obj.resource_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResourceName:
            obj.resource_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Category:
            obj.category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualMachine:
            obj.virtual_machine_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_ip_forwarding(element: etree._Element, ctx: DeserializeContext) -> IPForwarding:
    obj = IPForwarding()
    for child in element:
        tag = child.tag
        if tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_address_availability(
    element: etree._Element, ctx: DeserializeContext
) -> AddressAvailability:
    obj = AddressAvailability()
    for child in element:
        tag = child.tag
        if tag == _WA_IsAvailable:
            obj.is_available = read_bool(child, ctx, obj)
        elif tag == _WA_AvailableAddresses:
            obj.available_addresses = read_string_list(child, _WA_AvailableAddress, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_migration_validation_message(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkMigrationValidationMessage:
    obj = NetworkMigrationValidationMessage()
    for child in element:
        tag = child.tag
        if tag == _WA_ResourceType:
            obj.resource_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResourceName:
            obj.resource_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Category:
            obj.category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualMachine:
            obj.virtual_machine_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_security_group(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkSecurityGroup:
    obj = NetworkSecurityGroup()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Rules:
            obj.rules = read_list(child, _WA_Rule, _read_network_security_rule, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_security_rule(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkSecurityRule:
    obj = NetworkSecurityRule()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Priority:
            obj.priority = read_int(child, ctx, obj)
        elif tag == _WA_Action:
            obj.action = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceAddressPrefix:
            obj.source_address_prefix = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourcePortRange:
            obj.source_port_range = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DestinationAddressPrefix:
            obj.destination_address_prefix = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DestinationPortRange:
            obj.destination_port_range = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsDefault:
            obj.is_default = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_security_group_association(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkSecurityGroupAssociation:
    obj = NetworkSecurityGroupAssociation()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.network_security_group_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_reserved_ip(element: etree._Element, ctx: DeserializeContext) -> ReservedIP:
    obj = ReservedIP()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Address:
            obj.address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InUse:
            obj.in_use = read_bool(child, ctx, obj)
        elif tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentName:
            obj.deployment_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualIPName:
            obj.virtual_ip_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_network_site(
    element: etree._Element, ctx: DeserializeContext
) -> VirtualNetworkSite:
    obj = VirtualNetworkSite()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AddressSpace:
            _read_virtual_network_site__address_space(child, obj, ctx)
        elif tag == _WA_Subnets:
            obj.subnets = Subnets(read_list(child, _WA_Subnet, _read_subnet, ctx, obj))
        elif tag == _WA_DnsServers:
            obj.dns_servers = read_list(child, _WA_DnsServer, _read_dns_server, ctx, obj)
        elif tag == _WA_Gateway:
            obj.gateway = None if is_nil(child) else _read_virtual_network_gateway(child, ctx)
        elif tag == _WA_InUse:
            obj.in_use = read_bool(child, ctx, obj)
        elif tag == _WA_MigrationState:
            obj.migration_state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_network_site__address_space(
    element: etree._Element, obj: VirtualNetworkSite, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_AddressPrefixes:
            obj.address_space = read_string_list(child, _WA_AddressPrefix, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_subnet(element: etree._Element, ctx: DeserializeContext) -> Subnet:
    obj = Subnet()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AddressPrefix:
            obj.address_prefix = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NetworkSecurityGroup:
            obj.network_security_group = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_network_gateway(
    element: etree._Element, ctx: DeserializeContext
) -> VirtualNetworkGateway:
    obj = VirtualNetworkGateway()
    for child in element:
        tag = child.tag
        if tag == _WA_Profile:
            obj.profile = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Sites:
            obj.sites = read_list(
                child, _WA_LocalNetworkSite, _read_gateway_local_network_site, ctx, obj
            )
        elif tag == _WA_VPNClientAddressPool:
            _read_virtual_network_gateway__vpn_client_address_pool(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_network_gateway__vpn_client_address_pool(
    element: etree._Element, obj: VirtualNetworkGateway, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_AddressPrefixes:
            obj.vpn_client_address_pool = read_string_list(child, _WA_AddressPrefix, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_gateway_local_network_site(
    element: etree._Element, ctx: DeserializeContext
) -> GatewayLocalNetworkSite:
    obj = GatewayLocalNetworkSite()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AddressSpace:
            _read_gateway_local_network_site__address_space(child, obj, ctx)
        elif tag == _WA_VpnGatewayAddress:
            obj.vpn_gateway_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Connections:
            obj.connections = read_list(child, _WA_Connection, _read_gateway_connection, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_local_network_site__address_space(
    element: etree._Element, obj: GatewayLocalNetworkSite, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_AddressPrefixes:
            obj.address_space = read_string_list(child, _WA_AddressPrefix, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_gateway_connection(element: etree._Element, ctx: DeserializeContext) -> GatewayConnection:
    obj = GatewayConnection()
    for child in element:
        tag = child.tag
        if tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkConfiguration:
    obj = NetworkConfiguration()
    for child in element:
        tag = child.tag
        if tag == _NC_VirtualNetworkConfiguration:
            _read_network_configuration__virtual_network_configuration(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_configuration__virtual_network_configuration(
    element: etree._Element, obj: NetworkConfiguration, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _NC_Dns:
            _read_network_configuration__virtual_network_configuration__dns(child, obj, ctx)
        elif tag == _NC_LocalNetworkSites:
            obj.local_network_sites = read_list(
                child, _NC_LocalNetworkSite, _read_local_network_site, ctx, obj
            )
        elif tag == _NC_VirtualNetworkSites:
            obj.virtual_network_sites = read_list(
                child, _NC_VirtualNetworkSite, _read_virtual_network_site_configuration, ctx, obj
            )
        else:
            ctx.unknown(obj, child)


def _read_network_configuration__virtual_network_configuration__dns(
    element: etree._Element, obj: NetworkConfiguration, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _NC_DnsServers:
            obj.dns_servers = read_list(child, _NC_DnsServer, _read_network_dns_server, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_network_dns_server(element: etree._Element, ctx: DeserializeContext) -> NetworkDnsServer:
    obj = NetworkDnsServer()
    obj.name = attribute_string(element, "name")
    obj.ip_address = attribute_string(element, "IPAddress")
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_local_network_site(element: etree._Element, ctx: DeserializeContext) -> LocalNetworkSite:
    obj = LocalNetworkSite()
    obj.name = attribute_string(element, "name")
    for child in element:
        tag = child.tag
        if tag == _NC_AddressSpace:
            obj.address_space = read_string_list(child, _NC_AddressPrefix, ctx, obj)
        elif tag == _NC_VPNGatewayAddress:
            obj.vpn_gateway_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_network_site_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> VirtualNetworkSiteConfiguration:
    obj = VirtualNetworkSiteConfiguration()
    obj.name = attribute_string(element, "name")
    obj.location = attribute_string(element, "Location")
    obj.affinity_group = attribute_string(element, "AffinityGroup")
    for child in element:
        tag = child.tag
        if tag == _NC_AddressSpace:
            obj.address_space = read_string_list(child, _NC_AddressPrefix, ctx, obj)
        elif tag == _NC_Subnets:
            obj.subnets = read_list(child, _NC_Subnet, _read_subnet_configuration, ctx, obj)
        elif tag == _NC_DnsServersRef:
            obj.dns_servers_ref = read_list(child, _NC_DnsServerRef, _read_dns_server_ref, ctx, obj)
        elif tag == _NC_Gateway:
            obj.gateway = None if is_nil(child) else _read_network_gateway(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subnet_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> SubnetConfiguration:
    obj = SubnetConfiguration()
    obj.name = attribute_string(element, "name")
    for child in element:
        tag = child.tag
        if tag == _NC_AddressPrefix:
            obj.address_prefix = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dns_server_ref(element: etree._Element, ctx: DeserializeContext) -> DnsServerRef:
    obj = DnsServerRef()
    obj.name = attribute_string(element, "name")
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_network_gateway(element: etree._Element, ctx: DeserializeContext) -> NetworkGateway:
    obj = NetworkGateway()
    obj.profile = attribute_string(element, "profile")
    for child in element:
        tag = child.tag
        if tag == _NC_VPNClientAddressPool:
            obj.vpn_client_address_pool = read_string_list(child, _NC_AddressPrefix, ctx, obj)
        elif tag == _NC_ConnectionsToLocalNetwork:
            obj.connections_to_local_network = read_list(
                child, _NC_LocalNetworkSiteRef, _read_local_network_site_ref, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_local_network_site_ref(
    element: etree._Element, ctx: DeserializeContext
) -> LocalNetworkSiteRef:
    obj = LocalNetworkSiteRef()
    obj.name = attribute_string(element, "name")
    for child in element:
        tag = child.tag
        if tag == _NC_Connection:
            obj.connection = None if is_nil(child) else _read_local_network_connection(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_local_network_connection(
    element: etree._Element, ctx: DeserializeContext
) -> LocalNetworkConnection:
    obj = LocalNetworkConnection()
    obj.type = attribute_string(element, "type")
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_operating_system(element: etree._Element, ctx: DeserializeContext) -> OperatingSystem:
    obj = OperatingSystem()
    for child in element:
        tag = child.tag
        if tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_IsDefault:
            obj.is_default = read_bool(child, ctx, obj)
        elif tag == _WA_IsActive:
            obj.is_active = read_bool(child, ctx, obj)
        elif tag == _WA_Family:
            obj.family = read_int(child, ctx, obj)
        elif tag == _WA_FamilyLabel:
            obj.family_label = read_base64text(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_operating_system_family(
    element: etree._Element, ctx: DeserializeContext
) -> OperatingSystemFamily:
    obj = OperatingSystemFamily()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_OperatingSystems:
            obj.operating_systems = OperatingSystems(
                read_list(child, _WA_OperatingSystem, _read_operating_system, ctx, obj)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_os_image(element: etree._Element, ctx: DeserializeContext) -> OSImage:
    obj = OSImage()
    for child in element:
        tag = child.tag
        if tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Category:
            obj.category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LogicalSizeInGB:
            obj.logical_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_IsPremium:
            obj.is_premium = read_bool(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublisherName:
            obj.publisher_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PricingDetailLink:
            obj.pricing_detail_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSState:
            obj.os_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_extension(element: etree._Element, ctx: DeserializeContext) -> ResourceExtension:
    obj = ResourceExtension()
    for child in element:
        tag = child.tag
        if tag == _WA_Publisher:
            obj.publisher = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublicConfigurationSchema:
            obj.public_configuration_schema = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivateConfigurationSchema:
            obj.private_configuration_schema = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SampleConfig:
            obj.sample_config = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ReplicationCompleted:
            obj.replication_completed = read_bool(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HomepageUri:
            obj.homepage_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsJsonExtension:
            obj.is_json_extension = read_bool(child, ctx, obj)
        elif tag == _WA_IsInternalExtension:
            obj.is_internal_extension = read_bool(child, ctx, obj)
        elif tag == _WA_DisallowMajorVersionUpgrade:
            obj.disallow_major_version_upgrade = read_bool(child, ctx, obj)
        elif tag == _WA_CompanyName:
            obj.company_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SupportedOS:
            obj.supported_os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_Regions:
            obj.regions = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_role_size(element: etree._Element, ctx: DeserializeContext) -> RoleSize:
    obj = RoleSize()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Cores:
            obj.cores = read_int(child, ctx, obj)
        elif tag == _WA_MemoryInMb:
            obj.memory_in_mb = read_int(child, ctx, obj)
        elif tag == _WA_SupportedByWebWorkerRoles:
            obj.supported_by_web_worker_roles = read_bool(child, ctx, obj)
        elif tag == _WA_SupportedByVirtualMachines:
            obj.supported_by_virtual_machines = read_bool(child, ctx, obj)
        elif tag == _WA_MaxDataDiskCount:
            obj.max_data_disk_count = read_int(child, ctx, obj)
        elif tag == _WA_WebWorkerResourceDiskSizeInMb:
            obj.web_worker_resource_disk_size_in_mb = read_int(child, ctx, obj)
        elif tag == _WA_VirtualMachineResourceDiskSizeInMb:
            obj.virtual_machine_resource_disk_size_in_mb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_role(element: etree._Element, ctx: DeserializeContext) -> Role | None:
    kind = element.get("{http://www.w3.org/2001/XMLSchema-instance}type", "PersistentVMRole")
    if kind == "PersistentVMRole":
        return _read_persistent_vm_role(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_persistent_vm_role(element: etree._Element, ctx: DeserializeContext) -> PersistentVMRole:
    obj = PersistentVMRole()
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OsVersion:
            obj.os_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleType:
            obj.role_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LicenseType:
            obj.license_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConfigurationSets:
            obj.configuration_sets = ConfigurationSets(
                read_list(child, _WA_ConfigurationSet, _read_any_configuration_set, ctx, obj)
            )
        elif tag == _WA_ResourceExtensionReferences:
            obj.resource_extension_references = ResourceExtensionReferences(
                read_list(
                    child,
                    _WA_ResourceExtensionReference,
                    _read_resource_extension_reference,
                    ctx,
                    obj,
                )
            )
        elif tag == _WA_VMImageName:
            obj.vm_image_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLocation:
            obj.media_location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AvailabilitySetName:
            obj.availability_set_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DataVirtualHardDisks:
            obj.data_virtual_hard_disks = DataVirtualHardDisks(
                read_list(child, _WA_DataVirtualHardDisk, _read_data_virtual_hard_disk, ctx, obj)
            )
        elif tag == _WA_OSVirtualHardDisk:
            obj.os_virtual_hard_disk = (
                OSVirtualHardDisk() if is_nil(child) else _read_os_virtual_hard_disk(child, ctx)
            )
        elif tag == _WA_RoleSize:
            obj.role_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ProvisionGuestAgent:
            obj.provision_guest_agent = read_bool(child, ctx, obj)
        elif tag == _WA_DefaultWinRmCertificateThumbprint:
            obj.default_win_rm_certificate_thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MigrationState:
            obj.migration_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VMImageInput:
            obj.vm_image_input = None if is_nil(child) else _read_vm_image_input(child, ctx)
        elif tag == _WA_DebugSettings:
            obj.debug_settings = None if is_nil(child) else _read_debug_settings(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_any_configuration_set(
    element: etree._Element, ctx: DeserializeContext
) -> AnyConfigurationSet | None:
    kind = child_text(element, _WA_ConfigurationSetType)
    if kind == "LinuxProvisioningConfiguration":
        return _read_linux_configuration_set(element, ctx)
    if kind == "WindowsProvisioningConfiguration":
        return _read_windows_configuration_set(element, ctx)
    if kind == "NetworkConfiguration":
        return _read_network_configuration_set(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_configuration_set(element: etree._Element, ctx: DeserializeContext) -> ConfigurationSet:
    obj = ConfigurationSet()
    for child in element:
        tag = child.tag
        if tag == _WA_ConfigurationSetType:
            obj.configuration_set_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleType:
            obj.role_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InputEndpoints:
            obj.input_endpoints = ConfigurationSetInputEndpoints(
                read_list(
                    child, _WA_InputEndpoint, _read_configuration_set_input_endpoint, ctx, obj
                )
            )
        elif tag == _WA_SubnetNames:
            obj.subnet_names = read_string_list(child, _WA_SubnetName, ctx, obj)
        elif tag == _WA_PublicIPs:
            obj.public_ips = PublicIPs(read_list(child, _WA_PublicIP, _read_public_ip, ctx, obj))
        elif tag == _WA_StaticVirtualNetworkIPAddress:
            obj.static_virtual_network_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_linux_configuration_set(
    element: etree._Element, ctx: DeserializeContext
) -> LinuxConfigurationSet:
    obj = LinuxConfigurationSet()
    for child in element:
        tag = child.tag
        if tag == _WA_ConfigurationSetType:
            pass  # the fixed ConfigurationSetType names the class itself
        elif tag == _WA_HostName:
            obj.host_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_UserName:
            obj.user_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_UserPassword:
            obj.user_password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DisableSshPasswordAuthentication:
            obj.disable_ssh_password_authentication = read_bool(child, ctx, obj)
        elif tag == _WA_SSH:
            obj.ssh = SSH() if is_nil(child) else _read_ssh(child, ctx)
        elif tag == _WA_CustomData:
            obj.custom_data = read_base64text(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_ssh(element: etree._Element, ctx: DeserializeContext) -> SSH:
    obj = SSH()
    for child in element:
        tag = child.tag
        if tag == _WA_PublicKeys:
            obj.public_keys = PublicKeys(
                read_list(child, _WA_PublicKey, _read_public_key, ctx, obj)
            )
        elif tag == _WA_KeyPairs:
            obj.key_pairs = KeyPairs(read_list(child, _WA_KeyPair, _read_key_pair, ctx, obj))
        else:
            ctx.unknown(obj, child)
    return obj


def _read_public_key(element: etree._Element, ctx: DeserializeContext) -> PublicKey:
    obj = PublicKey()
    for child in element:
        tag = child.tag
        if tag == _WA_Fingerprint:
            obj.fingerprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Path:
            obj.path = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_key_pair(element: etree._Element, ctx: DeserializeContext) -> KeyPair:
    obj = KeyPair()
    for child in element:
        tag = child.tag
        if tag == _WA_Fingerprint:
            obj.fingerprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Path:
            obj.path = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_windows_configuration_set(
    element: etree._Element, ctx: DeserializeContext
) -> WindowsConfigurationSet:
    obj = WindowsConfigurationSet()
    for child in element:
        tag = child.tag
        if tag == _WA_ConfigurationSetType:
            pass  # the fixed ConfigurationSetType names the class itself
        elif tag == _WA_ComputerName:
            obj.computer_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AdminPassword:
            obj.admin_password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResetPasswordOnFirstLogon:
            obj.reset_password_on_first_logon = read_bool(child, ctx, obj)
        elif tag == _WA_EnableAutomaticUpdates:
            obj.enable_automatic_updates = read_bool(child, ctx, obj)
        elif tag == _WA_TimeZone:
            obj.time_zone = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DomainJoin:
            obj.domain_join = DomainJoin() if is_nil(child) else _read_domain_join(child, ctx)
        elif tag == _WA_StoredCertificateSettings:
            obj.stored_certificate_settings = StoredCertificateSettings(
                read_list(child, _WA_CertificateSetting, _read_certificate_setting, ctx, obj)
            )
        elif tag == _WA_WinRM:
            obj.win_rm = WinRM() if is_nil(child) else _read_win_rm(child, ctx)
        elif tag == _WA_AdminUsername:
            obj.admin_username = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CustomData:
            obj.custom_data = read_base64text(child, ctx, obj)
        elif tag == _WA_AdditionalUnattendContent:
            obj.additional_unattend_content = (
                AdditionalUnattendContent()
                if is_nil(child)
                else _read_additional_unattend_content(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_domain_join(element: etree._Element, ctx: DeserializeContext) -> DomainJoin:
    obj = DomainJoin()
    for child in element:
        tag = child.tag
        if tag == _WA_Credentials:
            obj.credentials = Credentials() if is_nil(child) else _read_credentials(child, ctx)
        elif tag == _WA_JoinDomain:
            obj.join_domain = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MachineObjectOU:
            obj.machine_object_ou = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Provisioning:
            obj.provisioning = (
                DomainJoinProvisioning()
                if is_nil(child)
                else _read_domain_join_provisioning(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_domain_join_provisioning(
    element: etree._Element, ctx: DeserializeContext
) -> DomainJoinProvisioning:
    obj = DomainJoinProvisioning()
    for child in element:
        tag = child.tag
        if tag == _WA_AccountData:
            obj.account_data = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_credentials(element: etree._Element, ctx: DeserializeContext) -> Credentials:
    obj = Credentials()
    for child in element:
        tag = child.tag
        if tag == _WA_Domain:
            obj.domain = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Username:
            obj.username = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Password:
            obj.password = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_certificate_setting(
    element: etree._Element, ctx: DeserializeContext
) -> CertificateSetting:
    obj = CertificateSetting()
    for child in element:
        tag = child.tag
        if tag == _WA_StoreLocation:
            obj.store_location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StoreName:
            obj.store_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_win_rm(element: etree._Element, ctx: DeserializeContext) -> WinRM:
    obj = WinRM()
    for child in element:
        tag = child.tag
        if tag == _WA_Listeners:
            obj.listeners = Listeners(read_list(child, _WA_Listener, _read_listener, ctx, obj))
        else:
            ctx.unknown(obj, child)
    return obj


def _read_listener(element: etree._Element, ctx: DeserializeContext) -> Listener:
    obj = Listener()
    for child in element:
        tag = child.tag
        if tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CertificateThumbprint:
            obj.certificate_thumbprint = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_additional_unattend_content(
    element: etree._Element, ctx: DeserializeContext
) -> AdditionalUnattendContent:
    obj = AdditionalUnattendContent()
    for child in element:
        tag = child.tag
        if tag == _WA_Passes:
            obj.passes = Passes(read_list(child, _WA_UnattendPass, _read_unattend_pass, ctx, obj))
        else:
            ctx.unknown(obj, child)
    return obj


def _read_unattend_pass(element: etree._Element, ctx: DeserializeContext) -> UnattendPass:
    obj = UnattendPass()
    for child in element:
        tag = child.tag
        if tag == _WA_PassName:
            obj.pass_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Components:
            obj.components = Components(
                read_list(child, _WA_UnattendComponent, _read_unattend_component, ctx, obj)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_unattend_component(element: etree._Element, ctx: DeserializeContext) -> UnattendComponent:
    obj = UnattendComponent()
    for child in element:
        tag = child.tag
        if tag == _WA_ComponentName:
            obj.component_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ComponentSettings:
            obj.component_settings = ComponentSettings(
                read_list(child, _WA_ComponentSetting, _read_component_setting, ctx, obj)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_component_setting(element: etree._Element, ctx: DeserializeContext) -> ComponentSetting:
    obj = ComponentSetting()
    for child in element:
        tag = child.tag
        if tag == _WA_SettingName:
            obj.setting_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Content:
            obj.content = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_configuration_set(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkConfigurationSet:
    obj = NetworkConfigurationSet()
    for child in element:
        tag = child.tag
        if tag == _WA_ConfigurationSetType:
            pass  # the fixed ConfigurationSetType names the class itself
        elif tag == _WA_InputEndpoints:
            obj.input_endpoints = ConfigurationSetInputEndpoints(
                read_list(
                    child, _WA_InputEndpoint, _read_configuration_set_input_endpoint, ctx, obj
                )
            )
        elif tag == _WA_SubnetNames:
            obj.subnet_names = read_string_list(child, _WA_SubnetName, ctx, obj)
        elif tag == _WA_StaticVirtualNetworkIPAddress:
            obj.static_virtual_network_ip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NetworkSecurityGroup:
            obj.network_security_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublicIPs:
            obj.public_ips = read_list(child, _WA_PublicIP, _read_public_ip, ctx, obj)
        elif tag == _WA_NetworkInterfaces:
            obj.network_interfaces = read_list(
                child, _WA_NetworkInterface, _read_network_interface, ctx, obj
            )
        elif tag == _WA_IPForwarding:
            obj.ip_forwarding = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_configuration_set_input_endpoint(
    element: etree._Element, ctx: DeserializeContext
) -> ConfigurationSetInputEndpoint:
    obj = ConfigurationSetInputEndpoint(
        enable_direct_server_return=None,
        idle_timeout_in_minutes=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_LoadBalancedEndpointSetName:
            obj.load_balanced_endpoint_set_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LocalPort:
            obj.local_port = read_int(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        elif tag == _WA_LoadBalancerProbe:
            obj.load_balancer_probe = (
                LoadBalancerProbe() if is_nil(child) else _read_load_balancer_probe(child, ctx)
            )
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Vip:
            obj.vip = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EnableDirectServerReturn:
            obj.enable_direct_server_return = read_bool(child, ctx, obj)
        elif tag == _WA_EndpointACL:
            obj.endpoint_acl = None if is_nil(child) else _read_endpoint_acl(child, ctx)
        elif tag == _WA_LoadBalancerName:
            obj.load_balancer_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IdleTimeoutInMinutes:
            obj.idle_timeout_in_minutes = read_int(child, ctx, obj)
        elif tag == _WA_LoadBalancerDistribution:
            obj.load_balancer_distribution = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualIPName:
            obj.virtual_ip_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_load_balancer_probe(
    element: etree._Element, ctx: DeserializeContext
) -> LoadBalancerProbe:
    obj = LoadBalancerProbe()
    for child in element:
        tag = child.tag
        if tag == _WA_Path:
            obj.path = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IntervalInSeconds:
            obj.interval_in_seconds = read_int(child, ctx, obj)
        elif tag == _WA_TimeoutInSeconds:
            obj.timeout_in_seconds = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_endpoint_acl(element: etree._Element, ctx: DeserializeContext) -> EndpointAcl:
    obj = EndpointAcl()
    for child in element:
        tag = child.tag
        if tag == _WA_Rules:
            obj.rules = read_list(child, _WA_Rule, _read_acl_rule, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_acl_rule(element: etree._Element, ctx: DeserializeContext) -> AclRule:
    obj = AclRule()
    for child in element:
        tag = child.tag
        if tag == _WA_Order:
            obj.order = read_int(child, ctx, obj)
        elif tag == _WA_Action:
            obj.action = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RemoteSubnet:
            obj.remote_subnet = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_public_ip(element: etree._Element, ctx: DeserializeContext) -> PublicIP:
    obj = PublicIP(
        idle_timeout_in_minutes=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Address:
            obj.address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IdleTimeoutInMinutes:
            obj.idle_timeout_in_minutes = read_int(child, ctx, obj)
        elif tag == _WA_DomainNameLabel:
            obj.domain_name_label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Fqdns:
            obj.fqdns = read_string_list(child, _WA_Fqdn, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_interface(element: etree._Element, ctx: DeserializeContext) -> NetworkInterface:
    obj = NetworkInterface()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IPConfigurations:
            obj.ip_configurations = read_list(
                child, _WA_IPConfiguration, _read_network_interface_ip_configuration, ctx, obj
            )
        elif tag == _WA_NetworkSecurityGroup:
            obj.network_security_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IPForwarding:
            obj.ip_forwarding = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_network_interface_ip_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> NetworkInterfaceIPConfiguration:
    obj = NetworkInterfaceIPConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_SubnetName:
            obj.subnet_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StaticVirtualNetworkIPAddress:
            obj.static_virtual_network_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_os_virtual_hard_disk(
    element: etree._Element, ctx: DeserializeContext
) -> OSVirtualHardDisk:
    obj = OSVirtualHardDisk()
    for child in element:
        tag = child.tag
        if tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DiskLabel:
            obj.disk_label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DiskName:
            obj.disk_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceImageName:
            obj.source_image_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RemoteSourceImageLink:
            obj.remote_source_image_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResizedSizeInGB:
            obj.resized_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_data_virtual_hard_disk(
    element: etree._Element, ctx: DeserializeContext
) -> DataVirtualHardDisk:
    obj = DataVirtualHardDisk(
        lun=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DiskLabel:
            obj.disk_label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DiskName:
            obj.disk_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Lun:
            obj.lun = read_int(child, ctx, obj)
        elif tag == _WA_LogicalDiskSizeInGB:
            obj.logical_disk_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceMediaLink:
            obj.source_media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_extension_reference(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceExtensionReference:
    obj = ResourceExtensionReference()
    for child in element:
        tag = child.tag
        if tag == _WA_ReferenceName:
            obj.reference_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Publisher:
            obj.publisher = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResourceExtensionParameterValues:
            obj.resource_extension_parameter_values = ResourceExtensionParameterValues(
                read_list(
                    child,
                    _WA_ResourceExtensionParameterValue,
                    _read_resource_extension_parameter_value,
                    ctx,
                    obj,
                )
            )
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ForceUpdate:
            obj.force_update = read_bool(child, ctx, obj)
        elif tag == _WA_Certificates:
            obj.certificates = read_list(
                child, _WA_Certificate, _read_resource_extension_certificate, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_extension_parameter_value(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceExtensionParameterValue:
    obj = ResourceExtensionParameterValue()
    for child in element:
        tag = child.tag
        if tag == _WA_Key:
            obj.key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Value:
            obj.value = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_extension_certificate(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceExtensionCertificate:
    obj = ResourceExtensionCertificate()
    for child in element:
        tag = child.tag
        if tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ThumbprintAlgorithm:
            obj.thumbprint_algorithm = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_vm_image_input(element: etree._Element, ctx: DeserializeContext) -> VMImageInput:
    obj = VMImageInput()
    for child in element:
        tag = child.tag
        if tag == _WA_OSDiskConfiguration:
            obj.os_disk_configuration = (
                None if is_nil(child) else _read_vm_image_input_os_disk(child, ctx)
            )
        elif tag == _WA_DataDiskConfigurations:
            obj.data_disk_configurations = read_list(
                child, _WA_DataDiskConfiguration, _read_vm_image_input_data_disk, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_vm_image_input_os_disk(
    element: etree._Element, ctx: DeserializeContext
) -> VMImageInputOSDisk:
    obj = VMImageInputOSDisk()
    for child in element:
        tag = child.tag
        if tag == _WA_ResizedSizeInGB:
            obj.resized_size_in_gb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_vm_image_input_data_disk(
    element: etree._Element, ctx: DeserializeContext
) -> VMImageInputDataDisk:
    obj = VMImageInputDataDisk()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResizedSizeInGB:
            obj.resized_size_in_gb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_debug_settings(element: etree._Element, ctx: DeserializeContext) -> DebugSettings:
    obj = DebugSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_BootDiagnosticsEnabled:
            obj.boot_diagnostics_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_ConsoleScreenshotBlobUri:
            obj.console_screenshot_blob_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SerialOutputBlobUri:
            obj.serial_output_blob_uri = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_route_table(element: etree._Element, ctx: DeserializeContext) -> RouteTable:
    obj = RouteTable()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RouteTableState:
            obj.route_table_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RouteList:
            obj.route_list = read_list(child, _WA_Route, _read_route, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_route(element: etree._Element, ctx: DeserializeContext) -> Route:
    obj = Route()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AddressPrefix:
            obj.address_prefix = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NextHopType:
            _read_route__next_hop_type(child, obj, ctx)
        elif tag == _WA_Metric:
            obj.metric = read_int(child, ctx, obj)
        elif tag == _WA_RouteState:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_route__next_hop_type(
    element: etree._Element, obj: Route, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_Type:
            obj.next_hop_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IpAddress:
            obj.next_hop_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_route_table_association(
    element: etree._Element, ctx: DeserializeContext
) -> RouteTableAssociation:
    obj = RouteTableAssociation()
    for child in element:
        tag = child.tag
        if tag == _WA_RouteTableName:
            obj.route_table_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_effective_route_table(
    element: etree._Element, ctx: DeserializeContext
) -> EffectiveRouteTable:
    obj = EffectiveRouteTable()
    for child in element:
        tag = child.tag
        if tag == _WA_EffectiveRouteList:
            obj.effective_routes = read_list(
                child, _WA_EffectiveRoute, _read_effective_route, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_effective_route(element: etree._Element, ctx: DeserializeContext) -> EffectiveRoute:
    obj = EffectiveRoute()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Source:
            obj.source = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AddressPrefixes:
            obj.address_prefixes = read_string_list(child, _WA_AddressPrefix, ctx, obj)
        elif tag == _WA_EffectiveNextHop:
            _read_effective_route__effective_next_hop(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_effective_route__effective_next_hop(
    element: etree._Element, obj: EffectiveRoute, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_Type:
            obj.next_hop_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IpAddresses:
            obj.next_hop_ip_addresses = read_string_list(child, _WA_IpAddress, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_cloud_service(element: etree._Element, ctx: DeserializeContext) -> CloudService:
    obj = CloudService()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GeoRegion:
            obj.geo_region = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Resources:
            obj.resources = Resources(read_list(child, _WA_Resource, _read_resource, ctx, obj))
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource(element: etree._Element, ctx: DeserializeContext) -> Resource:
    obj = Resource()
    for child in element:
        tag = child.tag
        if tag == _WA_ResourceProviderNamespace:
            obj.resource_provider_namespace = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SchemaVersion:
            obj.schema_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ETag:
            obj.e_tag = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubState:
            obj.sub_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IntrinsicSettings:
            obj.intrinsic_settings = (
                IntrinsicSettings() if is_nil(child) else _read_intrinsic_settings(child, ctx)
            )
        elif tag == _WA_OperationStatus:
            obj.operation_status = (
                ResourceOperationStatus()
                if is_nil(child)
                else _read_resource_operation_status(child, ctx)
            )
        elif tag == _WA_CloudServiceSettings:
            obj.cloud_service_settings = (
                None if is_nil(child) else _read_cloud_service_settings(child, ctx)
            )
        elif tag == _WA_PromotionCode:
            obj.promotion_code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        elif tag == _WA_UsageMeters:
            obj.usage_meters = read_list(child, _WA_UsageMeter, _read_usage_meter, ctx, obj)
        elif tag == _WA_OutputItems:
            obj.output_items = read_list(child, _WA_OutputItem, _read_output_item, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_usage_meter(element: etree._Element, ctx: DeserializeContext) -> UsageMeter:
    obj = UsageMeter()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Unit:
            obj.unit = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Included:
            obj.included = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Used:
            obj.used = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_output_item(element: etree._Element, ctx: DeserializeContext) -> OutputItem:
    obj = OutputItem()
    for child in element:
        tag = child.tag
        if tag == _WA_Key:
            obj.key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Value:
            obj.value = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_intrinsic_settings(element: etree._Element, ctx: DeserializeContext) -> IntrinsicSettings:
    obj = IntrinsicSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Quota:
            obj.quota = (
                JobCollectionQuota() if is_nil(child) else _read_job_collection_quota(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_job_collection_quota(
    element: etree._Element, ctx: DeserializeContext
) -> JobCollectionQuota:
    obj = JobCollectionQuota()
    for child in element:
        tag = child.tag
        if tag == _WA_MaxJobCount:
            obj.max_job_count = read_int(child, ctx, obj)
        elif tag == _WA_MaxJobOccurrence:
            obj.max_job_occurrence = read_int(child, ctx, obj)
        elif tag == _WA_MaxRecurrence:
            obj.max_recurrence = (
                MaxRecurrence() if is_nil(child) else _read_max_recurrence(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_max_recurrence(element: etree._Element, ctx: DeserializeContext) -> MaxRecurrence:
    obj = MaxRecurrence()
    for child in element:
        tag = child.tag
        if tag == _WA_Frequency:
            obj.frequency = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Interval:
            obj.interval = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_operation_status(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceOperationStatus:
    obj = ResourceOperationStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Result:
            obj.result = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Error:
            obj.error = None if is_nil(child) else _read_resource_operation_error(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_operation_error(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceOperationError:
    obj = ResourceOperationError()
    for child in element:
        tag = child.tag
        if tag == _WA_HttpCode:
            obj.http_code = read_int(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_cloud_service_settings(
    element: etree._Element, ctx: DeserializeContext
) -> CloudServiceSettings:
    obj = CloudServiceSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_GeoRegion:
            obj.geo_region = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_name_availability_response(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceNameAvailabilityResponse:
    obj = ResourceNameAvailabilityResponse()
    for child in element:
        tag = child.tag
        if tag == _WA_IsAvailable:
            obj.result = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resource_provider_property(
    element: etree._Element, ctx: DeserializeContext
) -> ResourceProviderProperty:
    obj = ResourceProviderProperty()
    for child in element:
        tag = child.tag
        if tag == _WA_Key:
            obj.key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Value:
            obj.value = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_atom_author(element: etree._Element, ctx: DeserializeContext) -> AtomAuthor:
    obj = AtomAuthor()
    for child in element:
        tag = child.tag
        if tag == _ATOM_name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_uri:
            obj.uri = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_email:
            obj.email = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_atom_link(element: etree._Element, ctx: DeserializeContext) -> AtomLink:
    obj = AtomLink()
    obj.rel = attribute_string(element, "rel")
    obj.href = attribute_string(element, "href")
    obj.type = attribute_string(element, "type")
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_service_bus_region_feed(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusRegionFeed:
    obj = ServiceBusRegionFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_service_bus_region_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_service_bus_namespace_feed(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusNamespaceFeed:
    obj = ServiceBusNamespaceFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_service_bus_namespace_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_queue_feed(element: etree._Element, ctx: DeserializeContext) -> QueueFeed:
    obj = QueueFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_queue_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_topic_feed(element: etree._Element, ctx: DeserializeContext) -> TopicFeed:
    obj = TopicFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_topic_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_notification_hub_feed(
    element: etree._Element, ctx: DeserializeContext
) -> NotificationHubFeed:
    obj = NotificationHubFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_notification_hub_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_relay_feed(element: etree._Element, ctx: DeserializeContext) -> RelayFeed:
    obj = RelayFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_relay_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_metric_properties_feed(
    element: etree._Element, ctx: DeserializeContext
) -> MetricPropertiesFeed:
    obj = MetricPropertiesFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_metric_properties_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_metric_values_feed(element: etree._Element, ctx: DeserializeContext) -> MetricValuesFeed:
    obj = MetricValuesFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_metric_values_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_metric_rollups_feed(
    element: etree._Element, ctx: DeserializeContext
) -> MetricRollupsFeed:
    obj = MetricRollupsFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_metric_rollups_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_service_bus_region_entry(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusRegionEntry:
    obj = ServiceBusRegionEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_service_bus_region_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_service_bus_region_content(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusRegionContent:
    obj = ServiceBusRegionContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_RegionCodeDescription:
            obj.region_code_description = (
                None if is_nil(child) else _read_service_bus_region(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_service_bus_namespace_entry(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusNamespaceEntry:
    obj = ServiceBusNamespaceEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_service_bus_namespace_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_service_bus_namespace_content(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusNamespaceContent:
    obj = ServiceBusNamespaceContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_NamespaceDescription:
            obj.namespace_description = (
                None if is_nil(child) else _read_service_bus_namespace(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_namespace_availability_entry(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAvailabilityEntry:
    obj = NamespaceAvailabilityEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = (
                None if is_nil(child) else _read_namespace_availability_content(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_namespace_availability_content(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAvailabilityContent:
    obj = NamespaceAvailabilityContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_NamespaceAvailability:
            obj.namespace_availability = (
                None if is_nil(child) else _read_namespace_availability(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_queue_entry(element: etree._Element, ctx: DeserializeContext) -> QueueEntry:
    obj = QueueEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_queue_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_queue_content(element: etree._Element, ctx: DeserializeContext) -> QueueContent:
    obj = QueueContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_QueueDescription:
            obj.queue_description = None if is_nil(child) else _read_queue_description(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_topic_entry(element: etree._Element, ctx: DeserializeContext) -> TopicEntry:
    obj = TopicEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_topic_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_topic_content(element: etree._Element, ctx: DeserializeContext) -> TopicContent:
    obj = TopicContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_TopicDescription:
            obj.topic_description = None if is_nil(child) else _read_topic_description(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_notification_hub_entry(
    element: etree._Element, ctx: DeserializeContext
) -> NotificationHubEntry:
    obj = NotificationHubEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_notification_hub_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_notification_hub_content(
    element: etree._Element, ctx: DeserializeContext
) -> NotificationHubContent:
    obj = NotificationHubContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_NotificationHubDescription:
            obj.notification_hub_description = (
                None if is_nil(child) else _read_notification_hub_description(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_relay_entry(element: etree._Element, ctx: DeserializeContext) -> RelayEntry:
    obj = RelayEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_relay_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_relay_content(element: etree._Element, ctx: DeserializeContext) -> RelayContent:
    obj = RelayContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_RelayDescription:
            obj.relay_description = None if is_nil(child) else _read_relay_description(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_properties_entry(
    element: etree._Element, ctx: DeserializeContext
) -> MetricPropertiesEntry:
    obj = MetricPropertiesEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_metric_properties_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_metric_properties_content(
    element: etree._Element, ctx: DeserializeContext
) -> MetricPropertiesContent:
    obj = MetricPropertiesContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _M_properties:
            obj.properties = None if is_nil(child) else _read_metric_properties(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_values_entry(
    element: etree._Element, ctx: DeserializeContext
) -> MetricValuesEntry:
    obj = MetricValuesEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_metric_values_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_metric_values_content(
    element: etree._Element, ctx: DeserializeContext
) -> MetricValuesContent:
    obj = MetricValuesContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _M_properties:
            obj.properties = None if is_nil(child) else _read_metric_values(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_rollups_entry(
    element: etree._Element, ctx: DeserializeContext
) -> MetricRollupsEntry:
    obj = MetricRollupsEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_metric_rollups_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_metric_rollups_content(
    element: etree._Element, ctx: DeserializeContext
) -> MetricRollupsContent:
    obj = MetricRollupsContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _M_properties:
            obj.properties = None if is_nil(child) else _read_metric_rollups(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_service_bus_region(element: etree._Element, ctx: DeserializeContext) -> ServiceBusRegion:
    obj = ServiceBusRegion()
    for child in element:
        tag = child.tag
        if tag == _SB_Code:
            obj.code = child.text or read_string(child, ctx, obj)
        elif tag == _SB_FullName:
            obj.fullname = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_service_bus_namespace(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceBusNamespace:
    obj = ServiceBusNamespace()
    for child in element:
        tag = child.tag
        if tag == _SB_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Region:
            obj.region = child.text or read_string(child, ctx, obj)
        elif tag == _SB_DefaultKey:
            obj.default_key = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _SB_CreatedAt:
            obj.created_at = read_datetime(child, ctx, obj)
        elif tag == _SB_AcsManagementEndpoint:
            obj.acs_management_endpoint = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ServiceBusEndpoint:
            obj.servicebus_endpoint = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ConnectionString:
            obj.connection_string = child.text or read_string(child, ctx, obj)
        elif tag == _SB_SubscriptionId:
            obj.subscription_id = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Enabled:
            obj.enabled = read_bool(child, ctx, obj)
        elif tag == _SB_Critical:
            obj.critical = read_bool(child, ctx, obj)
        elif tag == _SB_UpdatedAt:
            obj.updated_at = read_datetime(child, ctx, obj)
        elif tag == _SB_CreateACSNamespace:
            obj.create_acs_namespace = read_bool(child, ctx, obj)
        elif tag == _SB_EventHubEnabled:
            obj.event_hub_enabled = read_bool(child, ctx, obj)
        elif tag == _SB_NamespaceType:
            obj.namespace_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ResourceGroup:
            obj.resource_group = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_namespace_availability(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAvailability:
    obj = NamespaceAvailability()
    for child in element:
        tag = child.tag
        if tag == _SB_Result:
            obj.result = read_bool(child, ctx, obj)
        elif tag == _SB_Reason:
            obj.reason = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ReasonDetail:
            obj.reason_detail = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_queue_description(element: etree._Element, ctx: DeserializeContext) -> QueueDescription:
    obj = QueueDescription()
    for child in element:
        tag = child.tag
        if tag == _SB_LockDuration:
            obj.lock_duration = child.text or read_string(child, ctx, obj)
        elif tag == _SB_MaxSizeInMegabytes:
            obj.max_size_in_megabytes = read_int(child, ctx, obj)
        elif tag == _SB_RequiresDuplicateDetection:
            obj.requires_duplicate_detection = read_bool(child, ctx, obj)
        elif tag == _SB_RequiresSession:
            obj.requires_session = read_bool(child, ctx, obj)
        elif tag == _SB_DefaultMessageTimeToLive:
            obj.default_message_time_to_live = child.text or read_string(child, ctx, obj)
        elif tag == _SB_DeadLetteringOnMessageExpiration:
            obj.dead_lettering_on_message_expiration = read_bool(child, ctx, obj)
        elif tag == _SB_DuplicateDetectionHistoryTimeWindow:
            obj.duplicate_detection_history_time_window = child.text or read_string(child, ctx, obj)
        elif tag == _SB_MaxDeliveryCount:
            obj.max_delivery_count = read_int(child, ctx, obj)
        elif tag == _SB_EnableBatchedOperations:
            obj.enable_batched_operations = read_bool(child, ctx, obj)
        elif tag == _SB_SizeInBytes:
            obj.size_in_bytes = read_long(child, ctx, obj)
        elif tag == _SB_MessageCount:
            obj.message_count = read_long(child, ctx, obj)
        elif tag == _SB_IsAnonymousAccessible:
            obj.is_anonymous_accessible = read_bool(child, ctx, obj)
        elif tag == _SB_AuthorizationRules:
            obj.authorization_rules = AuthorizationRules(
                read_list(child, _SB_AuthorizationRule, _read_authorization_rule, ctx, obj)
            )
        elif tag == _SB_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ForwardTo:
            obj.forward_to = child.text or read_string(child, ctx, obj)
        elif tag == _SB_CreatedAt:
            obj.created_at = read_datetime(child, ctx, obj)
        elif tag == _SB_UpdatedAt:
            obj.updated_at = read_datetime(child, ctx, obj)
        elif tag == _SB_AccessedAt:
            obj.accessed_at = read_datetime(child, ctx, obj)
        elif tag == _SB_SupportOrdering:
            obj.support_ordering = read_bool(child, ctx, obj)
        elif tag == _SB_CountDetails:
            obj.count_details = CountDetails() if is_nil(child) else _read_count_details(child, ctx)
        elif tag == _SB_AutoDeleteOnIdle:
            obj.auto_delete_on_idle = child.text or read_string(child, ctx, obj)
        elif tag == _SB_EnablePartitioning:
            obj.enable_partitioning = read_bool(child, ctx, obj)
        elif tag == _SB_EntityAvailabilityStatus:
            obj.entity_availability_status = child.text or read_string(child, ctx, obj)
        elif tag == _SB_EnableExpress:
            obj.enable_express = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_topic_description(element: etree._Element, ctx: DeserializeContext) -> TopicDescription:
    obj = TopicDescription()
    for child in element:
        tag = child.tag
        if tag == _SB_DefaultMessageTimeToLive:
            obj.default_message_time_to_live = child.text or read_string(child, ctx, obj)
        elif tag == _SB_MaxSizeInMegabytes:
            obj.max_size_in_megabytes = read_int(child, ctx, obj)
        elif tag == _SB_RequiresDuplicateDetection:
            obj.requires_duplicate_detection = read_bool(child, ctx, obj)
        elif tag == _SB_DuplicateDetectionHistoryTimeWindow:
            obj.duplicate_detection_history_time_window = child.text or read_string(child, ctx, obj)
        elif tag == _SB_EnableBatchedOperations:
            obj.enable_batched_operations = read_bool(child, ctx, obj)
        elif tag == _SB_SizeInBytes:
            obj.size_in_bytes = read_long(child, ctx, obj)
        elif tag == _SB_FilteringMessagesBeforePublishing:
            obj.filtering_messages_before_publishing = read_bool(child, ctx, obj)
        elif tag == _SB_IsAnonymousAccessible:
            obj.is_anonymous_accessible = read_bool(child, ctx, obj)
        elif tag == _SB_AuthorizationRules:
            obj.authorization_rules = AuthorizationRules(
                read_list(child, _SB_AuthorizationRule, _read_authorization_rule, ctx, obj)
            )
        elif tag == _SB_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _SB_CreatedAt:
            obj.created_at = read_datetime(child, ctx, obj)
        elif tag == _SB_UpdatedAt:
            obj.updated_at = read_datetime(child, ctx, obj)
        elif tag == _SB_AccessedAt:
            obj.accessed_at = read_datetime(child, ctx, obj)
        elif tag == _SB_SupportOrdering:
            obj.support_ordering = read_bool(child, ctx, obj)
        elif tag == _SB_CountDetails:
            obj.count_details = CountDetails() if is_nil(child) else _read_count_details(child, ctx)
        elif tag == _SB_SubscriptionCount:
            obj.subscription_count = read_int(child, ctx, obj)
        elif tag == _SB_AutoDeleteOnIdle:
            obj.auto_delete_on_idle = child.text or read_string(child, ctx, obj)
        elif tag == _SB_EnablePartitioning:
            obj.enable_partitioning = read_bool(child, ctx, obj)
        elif tag == _SB_EntityAvailabilityStatus:
            obj.entity_availability_status = child.text or read_string(child, ctx, obj)
        elif tag == _SB_EnableExpress:
            obj.enable_express = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_notification_hub_description(
    element: etree._Element, ctx: DeserializeContext
) -> NotificationHubDescription:
    obj = NotificationHubDescription()
    for child in element:
        tag = child.tag
        if tag == _SB_RegistrationTtl:
            obj.registration_ttl = child.text or read_string(child, ctx, obj)
        elif tag == _SB_AuthorizationRules:
            obj.authorization_rules = AuthorizationRules(
                read_list(child, _SB_AuthorizationRule, _read_authorization_rule, ctx, obj)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_relay_description(element: etree._Element, ctx: DeserializeContext) -> RelayDescription:
    obj = RelayDescription()
    for child in element:
        tag = child.tag
        if tag == _SB_Path:
            obj.path = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ListenerType:
            obj.listener_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ListenerCount:
            obj.listener_count = read_int(child, ctx, obj)
        elif tag == _SB_RelayType:
            obj.relay_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_RequiresClientAuthorization:
            obj.requires_client_authorization = read_bool(child, ctx, obj)
        elif tag == _SB_RequiresTransportSecurity:
            obj.requires_transport_security = read_bool(child, ctx, obj)
        elif tag == _SB_IsDynamic:
            obj.is_dynamic = read_bool(child, ctx, obj)
        elif tag == _SB_AuthorizationRules:
            obj.authorization_rules = AuthorizationRules(
                read_list(child, _SB_AuthorizationRule, _read_authorization_rule, ctx, obj)
            )
        elif tag == _SB_CreatedAt:
            obj.created_at = read_datetime(child, ctx, obj)
        elif tag == _SB_UpdatedAt:
            obj.updated_at = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_authorization_rule(
    element: etree._Element, ctx: DeserializeContext
) -> AuthorizationRule | None:
    kind = element.get(
        "{http://www.w3.org/2001/XMLSchema-instance}type", "SharedAccessAuthorizationRule"
    )
    if kind == "SharedAccessAuthorizationRule":
        return _read_shared_access_authorization_rule(element, ctx)
    if kind == "AllowRule":
        return _read_allow_rule(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_shared_access_authorization_rule(
    element: etree._Element, ctx: DeserializeContext
) -> SharedAccessAuthorizationRule:
    obj = SharedAccessAuthorizationRule()
    for child in element:
        tag = child.tag
        if tag == _SB_ClaimType:
            obj.claim_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ClaimValue:
            obj.claim_value = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Rights:
            obj.rights = read_string_list(child, _SB_AccessRights, ctx, obj)
        elif tag == _SB_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _SB_KeyName:
            obj.key_name = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ModifiedTime:
            obj.modified_time = read_datetime(child, ctx, obj)
        elif tag == _SB_PrimaryKey:
            obj.primary_key = child.text or read_string(child, ctx, obj)
        elif tag == _SB_SecondaryKey:
            obj.secondary_key = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_allow_rule(element: etree._Element, ctx: DeserializeContext) -> AllowRule:
    obj = AllowRule()
    for child in element:
        tag = child.tag
        if tag == _SB_IssuerName:
            obj.issuer_name = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ClaimType:
            obj.claim_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ClaimValue:
            obj.claim_value = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Rights:
            obj.rights = read_string_list(child, _SB_AccessRights, ctx, obj)
        elif tag == _SB_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _SB_ModifiedTime:
            obj.modified_time = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_count_details(element: etree._Element, ctx: DeserializeContext) -> CountDetails:
    obj = CountDetails()
    for child in element:
        tag = child.tag
        if tag == _SBM_ActiveMessageCount:
            obj.active_message_count = read_long(child, ctx, obj)
        elif tag == _SBM_DeadLetterMessageCount:
            obj.dead_letter_message_count = read_long(child, ctx, obj)
        elif tag == _SBM_ScheduledMessageCount:
            obj.scheduled_message_count = read_long(child, ctx, obj)
        elif tag == _SBM_TransferDeadLetterMessageCount:
            obj.transfer_dead_letter_message_count = read_long(child, ctx, obj)
        elif tag == _SBM_TransferMessageCount:
            obj.transfer_message_count = read_long(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_properties(element: etree._Element, ctx: DeserializeContext) -> MetricProperties:
    obj = MetricProperties()
    for child in element:
        tag = child.tag
        if tag == _D_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _D_PrimaryAggregation:
            obj.primary_aggregation = child.text or read_string(child, ctx, obj)
        elif tag == _D_Unit:
            obj.unit = child.text or read_string(child, ctx, obj)
        elif tag == _D_DisplayName:
            obj.display_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_values(element: etree._Element, ctx: DeserializeContext) -> MetricValues:
    obj = MetricValues()
    for child in element:
        tag = child.tag
        if tag == _D_Timestamp:
            obj.timestamp = read_datetime(child, ctx, obj)
        elif tag == _D_Min:
            obj.min = read_long(child, ctx, obj)
        elif tag == _D_Max:
            obj.max = read_long(child, ctx, obj)
        elif tag == _D_Average:
            obj.average = read_float(child, ctx, obj)
        elif tag == _D_Total:
            obj.total = read_long(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_rollups(element: etree._Element, ctx: DeserializeContext) -> MetricRollups:
    obj = MetricRollups()
    for child in element:
        tag = child.tag
        if tag == _D_TimeGrain:
            obj.time_grain = child.text or read_string(child, ctx, obj)
        elif tag == _D_Retention:
            obj.retention = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_connection_detail_feed(
    element: etree._Element, ctx: DeserializeContext
) -> ConnectionDetailFeed:
    obj = ConnectionDetailFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_connection_detail_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_connection_detail_entry(
    element: etree._Element, ctx: DeserializeContext
) -> ConnectionDetailEntry:
    obj = ConnectionDetailEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = None if is_nil(child) else _read_connection_detail_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_connection_detail_content(
    element: etree._Element, ctx: DeserializeContext
) -> ConnectionDetailContent:
    obj = ConnectionDetailContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_ConnectionDetail:
            obj.connection_detail = None if is_nil(child) else _read_connection_detail(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_connection_detail(element: etree._Element, ctx: DeserializeContext) -> ConnectionDetail:
    obj = ConnectionDetail()
    for child in element:
        tag = child.tag
        if tag == _SB_KeyName:
            obj.key_name = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ConnectionString:
            obj.connection_string = child.text or read_string(child, ctx, obj)
        elif tag == _SB_AuthorizationType:
            obj.authorization_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Rights:
            obj.rights = read_string_list(child, _SB_AccessRights, ctx, obj)
        elif tag == _SB_SecondaryConnectionString:
            obj.secondary_connection_string = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_namespace_authorization_rule_feed(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAuthorizationRuleFeed:
    obj = NamespaceAuthorizationRuleFeed()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            obj.link = None if is_nil(child) else _read_atom_link(child, ctx)
        elif tag == _ATOM_entry:
            entries_item = _read_namespace_authorization_rule_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_namespace_authorization_rule_entry(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAuthorizationRuleEntry:
    obj = NamespaceAuthorizationRuleEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _ATOM_published:
            obj.published = read_datetime(child, ctx, obj)
        elif tag == _ATOM_updated:
            obj.updated = read_datetime(child, ctx, obj)
        elif tag == _ATOM_author:
            obj.author = None if is_nil(child) else _read_atom_author(child, ctx)
        elif tag == _ATOM_link:
            links_item = _read_atom_link(child, ctx)
            if links_item is None:
                ctx.unknown(obj, child)
            elif obj.links is None:
                obj.links = [links_item]
            else:
                obj.links.append(links_item)
        elif tag == _ATOM_content:
            obj.content = (
                None if is_nil(child) else _read_namespace_authorization_rule_content(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    if obj.links is None:
        obj.links = []  # no item: a flat list that is absent is empty
    return obj


def _read_namespace_authorization_rule_content(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAuthorizationRuleContent:
    obj = NamespaceAuthorizationRuleContent(
        type=None,
    )
    obj.type = attribute_string(element, "type")
    for child in element:
        tag = child.tag
        if tag == _SB_SharedAccessAuthorizationRule:
            obj.rule = None if is_nil(child) else _read_namespace_shared_access_rule(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_namespace_shared_access_rule(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceSharedAccessRule:
    obj = NamespaceSharedAccessRule(
        claim_type=None,
        claim_value=None,
    )
    for child in element:
        tag = child.tag
        if tag == _SB_ClaimType:
            obj.claim_type = child.text or read_string(child, ctx, obj)
        elif tag == _SB_ClaimValue:
            obj.claim_value = child.text or read_string(child, ctx, obj)
        elif tag == _SB_Rights:
            obj.rights = read_string_list(child, _SB_AccessRights, ctx, obj)
        elif tag == _SB_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _SB_ModifiedTime:
            obj.modified_time = read_datetime(child, ctx, obj)
        elif tag == _SB_Revision:
            obj.revision = read_long(child, ctx, obj)
        elif tag == _SB_KeyName:
            obj.key_name = child.text or read_string(child, ctx, obj)
        elif tag == _SB_PrimaryKey:
            obj.primary_key = child.text or read_string(child, ctx, obj)
        elif tag == _SB_SecondaryKey:
            obj.secondary_key = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_service_extension(element: etree._Element, ctx: DeserializeContext) -> ServiceExtension:
    obj = ServiceExtension()
    for child in element:
        tag = child.tag
        if tag == _WA_ProviderNameSpace:
            obj.provider_namespace = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ThumbprintAlgorithm:
            obj.thumbprint_algorithm = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublicConfiguration:
            obj.public_configuration = read_base64text(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_image(element: etree._Element, ctx: DeserializeContext) -> ExtensionImage:
    obj = ExtensionImage()
    for child in element:
        tag = child.tag
        if tag == _WA_ProviderNameSpace:
            obj.provider_namespace = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostingResources:
            obj.hosting_resources = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Certificate:
            obj.certificate = (
                None if is_nil(child) else _read_extension_certificate_configuration(child, ctx)
            )
        elif tag == _WA_Endpoints:
            obj.endpoints = (
                None if is_nil(child) else _read_extension_endpoint_configuration(child, ctx)
            )
        elif tag == _WA_PublicConfigurationSchema:
            obj.public_configuration_schema = read_base64text(child, ctx, obj)
        elif tag == _WA_PrivateConfigurationSchema:
            obj.private_configuration_schema = read_base64text(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublisherName:
            obj.publisher_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_LocalResources:
            obj.local_resources = read_list(
                child, _WA_LocalResource, _read_extension_local_resource_configuration, ctx, obj
            )
        elif tag == _WA_BlockRoleUponFailure:
            obj.block_role_upon_failure = read_bool(child, ctx, obj)
        elif tag == _WA_IsInternalExtension:
            obj.is_internal_extension = read_bool(child, ctx, obj)
        elif tag == _WA_SampleConfig:
            obj.sample_config = read_base64text(child, ctx, obj)
        elif tag == _WA_ReplicationCompleted:
            obj.replication_completed = read_bool(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HomepageUri:
            obj.homepage_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsJsonExtension:
            obj.is_json_extension = read_bool(child, ctx, obj)
        elif tag == _WA_DisallowMajorVersionUpgrade:
            obj.disallow_major_version_upgrade = read_bool(child, ctx, obj)
        elif tag == _WA_SupportedOS:
            obj.supported_os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CompanyName:
            obj.company_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Regions:
            obj.regions = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_certificate_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionCertificateConfiguration:
    obj = ExtensionCertificateConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_StoreLocation:
            obj.store_location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StoreName:
            obj.store_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ThumbprintRequired:
            obj.thumbprint_required = read_bool(child, ctx, obj)
        elif tag == _WA_ThumbprintAlgorithm:
            obj.thumbprint_algorithm = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_endpoint_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionEndpointConfiguration:
    obj = ExtensionEndpointConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_InputEndpoints:
            obj.input_endpoints = read_list(
                child, _WA_InputEndpoint, _read_extension_input_endpoint, ctx, obj
            )
        elif tag == _WA_InternalEndpoints:
            obj.internal_endpoints = read_list(
                child, _WA_InternalEndpoint, _read_extension_internal_endpoint, ctx, obj
            )
        elif tag == _WA_InstanceInputEndpoints:
            obj.instance_input_endpoints = read_list(
                child, _WA_InstanceInputEndpoint, _read_extension_instance_input_endpoint, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_input_endpoint(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionInputEndpoint:
    obj = ExtensionInputEndpoint()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        elif tag == _WA_LocalPort:
            obj.local_port = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_internal_endpoint(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionInternalEndpoint:
    obj = ExtensionInternalEndpoint()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_instance_input_endpoint(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionInstanceInputEndpoint:
    obj = ExtensionInstanceInputEndpoint()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LocalPort:
            obj.local_port = child.text or read_string(child, ctx, obj)
        elif tag == _WA_FixedPortMin:
            obj.fixed_port_min = read_int(child, ctx, obj)
        elif tag == _WA_FixedPortMax:
            obj.fixed_port_max = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_extension_local_resource_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> ExtensionLocalResourceConfiguration:
    obj = ExtensionLocalResourceConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SizeInMB:
            obj.size_in_mb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_database_copy(element: etree._Element, ctx: DeserializeContext) -> DatabaseCopy:
    obj = DatabaseCopy()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceServerName:
            obj.source_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceDatabaseName:
            obj.source_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DestinationServerName:
            obj.destination_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DestinationDatabaseName:
            obj.destination_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsContinuous:
            obj.is_continuous = read_bool(child, ctx, obj)
        elif tag == _WA_ReplicationState:
            obj.replication_state = read_int(child, ctx, obj)
        elif tag == _WA_ReplicationStateDescription:
            obj.replication_state_description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LocalDatabaseId:
            obj.local_database_id = read_int(child, ctx, obj)
        elif tag == _WA_IsLocalDatabaseReplicationTarget:
            obj.is_local_database_replication_target = read_bool(child, ctx, obj)
        elif tag == _WA_IsInterlinkConnected:
            obj.is_interlink_connected = read_bool(child, ctx, obj)
        elif tag == _WA_StartDate:
            obj.start_date = read_datetime(child, ctx, obj)
        elif tag == _WA_ModifyDate:
            obj.modify_date = read_datetime(child, ctx, obj)
        elif tag == _WA_PercentComplete:
            obj.percent_complete = read_float(child, ctx, obj)
        elif tag == _WA_IsOfflineSecondary:
            obj.is_offline_secondary = read_bool(child, ctx, obj)
        elif tag == _WA_IsTerminationAllowed:
            obj.is_termination_allowed = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_database_operation(element: etree._Element, ctx: DeserializeContext) -> DatabaseOperation:
    obj = DatabaseOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StateId:
            obj.state_id = read_int(child, ctx, obj)
        elif tag == _WA_SessionActivityId:
            obj.session_activity_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DatabaseName:
            obj.database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PercentComplete:
            obj.percent_complete = read_int(child, ctx, obj)
        elif tag == _WA_ErrorCode:
            obj.error_code = read_int(child, ctx, obj)
        elif tag == _WA_Error:
            obj.error = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ErrorSeverity:
            obj.error_severity = read_int(child, ctx, obj)
        elif tag == _WA_ErrorState:
            obj.error_state = read_int(child, ctx, obj)
        elif tag == _WA_StartTime:
            obj.start_time = read_datetime(child, ctx, obj)
        elif tag == _WA_LastModifyTime:
            obj.last_modify_time = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_restorable_dropped_database(
    element: etree._Element, ctx: DeserializeContext
) -> RestorableDroppedDatabase:
    obj = RestorableDroppedDatabase()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EntityId:
            obj.entity_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServerName:
            obj.server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Edition:
            obj.edition = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MaxSizeBytes:
            obj.max_size_bytes = read_long(child, ctx, obj)
        elif tag == _WA_CreationDate:
            obj.creation_date = read_datetime(child, ctx, obj)
        elif tag == _WA_DeletionDate:
            obj.deletion_date = read_datetime(child, ctx, obj)
        elif tag == _WA_RecoveryPeriodStartDate:
            obj.recovery_period_start_date = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_recoverable_database(
    element: etree._Element, ctx: DeserializeContext
) -> RecoverableDatabase:
    obj = RecoverableDatabase()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EntityId:
            obj.entity_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServerName:
            obj.server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Edition:
            obj.edition = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastAvailableBackupDate:
            obj.last_available_backup_date = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_restore_database_operation(
    element: etree._Element, ctx: DeserializeContext
) -> RestoreDatabaseOperation:
    obj = RestoreDatabaseOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RequestID:
            obj.request_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceDatabaseName:
            obj.source_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceDatabaseDeletionDate:
            obj.source_database_deletion_date = read_datetime(child, ctx, obj)
        elif tag == _WA_TargetServerName:
            obj.target_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetDatabaseName:
            obj.target_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetUtcPointInTime:
            obj.target_utc_point_in_time = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_recover_database_operation(
    element: etree._Element, ctx: DeserializeContext
) -> RecoverDatabaseOperation:
    obj = RecoverDatabaseOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RequestID:
            obj.request_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceDatabaseName:
            obj.source_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetServerName:
            obj.target_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetDatabaseName:
            obj.target_database_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dac_request_id(element: etree._Element, ctx: DeserializeContext) -> DacRequestId:
    obj = DacRequestId()
    obj.guid = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_dac_status_info(element: etree._Element, ctx: DeserializeContext) -> DacStatusInfo:
    obj = DacStatusInfo()
    for child in element:
        tag = child.tag
        if tag == _DAC_BlobUri:
            obj.blob_uri = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_DatabaseName:
            obj.database_name = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_ErrorMessage:
            obj.error_message = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_LastModifiedTime:
            obj.last_modified_time = read_datetime(child, ctx, obj)
        elif tag == _DAC_QueuedTime:
            obj.queued_time = read_datetime(child, ctx, obj)
        elif tag == _DAC_RequestId:
            obj.request_id = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_RequestType:
            obj.request_type = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_ServerName:
            obj.server_name = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_server_response(
    element: etree._Element, ctx: DeserializeContext
) -> CreateServerResponse:
    obj = CreateServerResponse()
    obj.fully_qualified_domain_name = attribute_string(element, "FullyQualifiedDomainName")
    obj.server_name = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_server(element: etree._Element, ctx: DeserializeContext) -> Server:
    obj = Server()
    for child in element:
        tag = child.tag
        if tag == _SQL_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_AdministratorLogin:
            obj.administrator_login = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_GeoPairedRegion:
            obj.geo_paired_region = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_FullyQualifiedDomainName:
            obj.fully_qualified_domain_name = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_State:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_server_quota(element: etree._Element, ctx: DeserializeContext) -> ServerQuota:
    obj = ServerQuota()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Value:
            obj.value = read_long(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_event_log(element: etree._Element, ctx: DeserializeContext) -> EventLog:
    obj = EventLog()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DatabaseName:
            obj.database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StartTimeUtc:
            obj.start_time_utc = read_datetime(child, ctx, obj)
        elif tag == _WA_IntervalSizeInMinutes:
            obj.interval_size_in_minutes = read_int(child, ctx, obj)
        elif tag == _WA_EventCategory:
            obj.event_category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EventType:
            obj.event_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EventSubtype:
            obj.event_subtype = read_int(child, ctx, obj)
        elif tag == _WA_EventSubtypeDescription:
            obj.event_subtype_description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NumberOfEvents:
            obj.number_of_events = read_int(child, ctx, obj)
        elif tag == _WA_Severity:
            obj.severity = read_int(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AdditionalData:
            obj.additional_data = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_firewall_rule(element: etree._Element, ctx: DeserializeContext) -> FirewallRule:
    obj = FirewallRule()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StartIPAddress:
            obj.start_ip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EndIPAddress:
            obj.end_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_service_objective(element: etree._Element, ctx: DeserializeContext) -> ServiceObjective:
    obj = ServiceObjective()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsDefault:
            obj.is_default = read_bool(child, ctx, obj)
        elif tag == _WA_IsSystem:
            obj.is_system = read_bool(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Enabled:
            obj.enabled = read_bool(child, ctx, obj)
        elif tag == _WA_DimensionSettings:
            obj.dimension_settings = read_list(
                child, _WA_ServiceResource, _read_service_objective_dimension_setting, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_service_objective_dimension_setting(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceObjectiveDimensionSetting:
    obj = ServiceObjectiveDimensionSetting()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Ordinal:
            obj.ordinal = read_int(child, ctx, obj)
        elif tag == _WA_IsDefault:
            obj.is_default = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_database(element: etree._Element, ctx: DeserializeContext) -> Database:
    obj = Database()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ParentLink:
            obj.parent_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = read_int(child, ctx, obj)
        elif tag == _WA_Edition:
            obj.edition = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MaxSizeGB:
            obj.max_size_gb = read_int(child, ctx, obj)
        elif tag == _WA_CollationName:
            obj.collation_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CreationDate:
            obj.creation_date = read_datetime(child, ctx, obj)
        elif tag == _WA_IsFederationRoot:
            obj.is_federation_root = read_bool(child, ctx, obj)
        elif tag == _WA_IsSystemObject:
            obj.is_system_object = read_bool(child, ctx, obj)
        elif tag == _WA_SizeMB:
            obj.size_mb = read_float(child, ctx, obj)
        elif tag == _WA_MaxSizeBytes:
            obj.max_size_bytes = read_long(child, ctx, obj)
        elif tag == _WA_ServiceObjectiveId:
            obj.service_objective_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AssignedServiceObjectiveId:
            obj.assigned_service_objective_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServiceObjectiveAssignmentState:
            obj.service_objective_assignment_state = read_int(child, ctx, obj)
        elif tag == _WA_ServiceObjectiveAssignmentStateDescription:
            obj.service_objective_assignment_state_description = child.text or read_string(
                child, ctx, obj
            )
        elif tag == _WA_ServiceObjectiveAssignmentErrorCode:
            obj.service_objective_assignment_error_code = read_int(child, ctx, obj)
        elif tag == _WA_ServiceObjectiveAssignmentErrorDescription:
            obj.service_objective_assignment_error_description = child.text or read_string(
                child, ctx, obj
            )
        elif tag == _WA_ServiceObjectiveAssignmentSuccessDate:
            obj.service_objective_assignment_success_date = read_datetime(child, ctx, obj)
        elif tag == _WA_RecoveryPeriodStartDate:
            obj.recovery_period_start_date = read_datetime(child, ctx, obj)
        elif tag == _WA_IsSuspended:
            obj.is_suspended = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_storage_service(element: etree._Element, ctx: DeserializeContext) -> StorageService:
    obj = StorageService()
    for child in element:
        tag = child.tag
        if tag == _WA_Url:
            obj.url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StorageServiceProperties:
            obj.storage_service_properties = (
                StorageAccountProperties()
                if is_nil(child)
                else _read_storage_account_properties(child, ctx)
            )
        elif tag == _WA_StorageServiceKeys:
            obj.storage_service_keys = (
                StorageServiceKeys() if is_nil(child) else _read_storage_service_keys(child, ctx)
            )
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_Capabilities:
            obj.capabilities = read_string_list(child, _WA_Capability, ctx, obj)
        elif tag == _WA_MigrationState:
            obj.migration_state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_storage_account_properties(
    element: etree._Element, ctx: DeserializeContext
) -> StorageAccountProperties:
    obj = StorageAccountProperties()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Endpoints:
            obj.endpoints = read_string_list(child, _WA_Endpoint, ctx, obj)
        elif tag == _WA_GeoReplicationEnabled:
            obj.geo_replication_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_GeoPrimaryRegion:
            obj.geo_primary_region = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StatusOfPrimary:
            obj.status_of_primary = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastGeoFailoverTime:
            obj.last_geo_failover_time = read_datetime(child, ctx, obj)
        elif tag == _WA_GeoSecondaryRegion:
            obj.geo_secondary_region = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StatusOfSecondary:
            obj.status_of_secondary = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CreationTime:
            obj.creation_time = read_datetime(child, ctx, obj)
        elif tag == _WA_CustomDomains:
            obj.custom_domains = read_list(child, _WA_CustomDomain, _read_custom_domain, ctx, obj)
        elif tag == _WA_SecondaryReadEnabled:
            obj.secondary_read_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_SecondaryEndpoints:
            obj.secondary_endpoints = read_string_list(child, _WA_Endpoint, ctx, obj)
        elif tag == _WA_AccountType:
            obj.account_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_custom_domain(element: etree._Element, ctx: DeserializeContext) -> CustomDomain:
    obj = CustomDomain()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_UseSubDomainName:
            obj.use_sub_domain_name = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_storage_service_keys(
    element: etree._Element, ctx: DeserializeContext
) -> StorageServiceKeys:
    obj = StorageServiceKeys()
    for child in element:
        tag = child.tag
        if tag == _WA_Primary:
            obj.primary = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Secondary:
            obj.secondary = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subscription(element: etree._Element, ctx: DeserializeContext) -> Subscription:
    obj = Subscription()
    for child in element:
        tag = child.tag
        if tag == _WA_SubscriptionID:
            obj.subscription_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionName:
            obj.subscription_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionStatus:
            obj.subscription_status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AccountAdminLiveEmailId:
            obj.account_admin_live_email_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServiceAdminLiveEmailId:
            obj.service_admin_live_email_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MaxCoreCount:
            obj.max_core_count = read_int(child, ctx, obj)
        elif tag == _WA_MaxStorageAccounts:
            obj.max_storage_accounts = read_int(child, ctx, obj)
        elif tag == _WA_MaxHostedServices:
            obj.max_hosted_services = read_int(child, ctx, obj)
        elif tag == _WA_CurrentCoreCount:
            obj.current_core_count = read_int(child, ctx, obj)
        elif tag == _WA_CurrentHostedServices:
            obj.current_hosted_services = read_int(child, ctx, obj)
        elif tag == _WA_CurrentStorageAccounts:
            obj.current_storage_accounts = read_int(child, ctx, obj)
        elif tag == _WA_MaxVirtualNetworkSites:
            obj.max_virtual_network_sites = read_int(child, ctx, obj)
        elif tag == _WA_CurrentVirtualNetworkSites:
            obj.current_virtual_network_sites = read_int(child, ctx, obj)
        elif tag == _WA_MaxLocalNetworkSites:
            obj.max_local_network_sites = read_int(child, ctx, obj)
        elif tag == _WA_MaxDnsServers:
            obj.max_dns_servers = read_int(child, ctx, obj)
        elif tag == _WA_CurrentLocalNetworkSites:
            obj.current_local_network_sites = read_int(child, ctx, obj)
        elif tag == _WA_CurrentDnsServers:
            obj.current_dns_servers = read_int(child, ctx, obj)
        elif tag == _WA_OfferCategories:
            obj.offer_categories = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AADTenantID:
            obj.aad_tenant_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_MaxReservedIPs:
            obj.max_reserved_ips = read_int(child, ctx, obj)
        elif tag == _WA_CurrentReservedIPs:
            obj.current_reserved_ips = read_int(child, ctx, obj)
        elif tag == _WA_MaxPublicIPCount:
            obj.max_public_ip_count = read_int(child, ctx, obj)
        elif tag == _WA_CurrentNetworkSecurityGroups:
            obj.current_network_security_groups = read_int(child, ctx, obj)
        elif tag == _WA_MaxNetworkSecurityGroups:
            obj.max_network_security_groups = read_int(child, ctx, obj)
        elif tag == _WA_MaxNetworkSecurityRulesPerGroup:
            obj.max_network_security_rules_per_group = read_int(child, ctx, obj)
        elif tag == _WA_MaxRouteTables:
            obj.max_route_tables = read_int(child, ctx, obj)
        elif tag == _WA_MaxRoutesPerRouteTable:
            obj.max_routes_per_route_table = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subscription_operation_collection(
    element: etree._Element, ctx: DeserializeContext
) -> SubscriptionOperationCollection:
    obj = SubscriptionOperationCollection()
    for child in element:
        tag = child.tag
        if tag == _WA_SubscriptionOperations:
            obj.subscription_operations = SubscriptionOperations(
                read_list(child, _WA_SubscriptionOperation, _read_subscription_operation, ctx, obj)
            )
        elif tag == _WA_ContinuationToken:
            obj.continuation_token = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subscription_operation(
    element: etree._Element, ctx: DeserializeContext
) -> SubscriptionOperation:
    obj = SubscriptionOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationId:
            obj.operation_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OperationObjectId:
            obj.operation_object_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OperationName:
            obj.operation_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OperationParameters:
            obj.operation_parameters = read_list(
                child, _WA_OperationParameter, _read_operation_parameter, ctx, obj
            )
        elif tag == _WA_OperationCaller:
            obj.operation_caller = (
                OperationCaller() if is_nil(child) else _read_operation_caller(child, ctx)
            )
        elif tag == _WA_OperationStatus:
            obj.operation_status = (
                SubscriptionOperationStatus()
                if is_nil(child)
                else _read_subscription_operation_status(child, ctx)
            )
        elif tag == _WA_OperationStartedTime:
            obj.operation_started_time = read_datetime(child, ctx, obj)
        elif tag == _WA_OperationCompletedTime:
            obj.operation_completed_time = read_datetime(child, ctx, obj)
        elif tag == _WA_OperationKind:
            obj.operation_kind = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_operation_parameter(
    element: etree._Element, ctx: DeserializeContext
) -> OperationParameter:
    obj = OperationParameter()
    for child in element:
        tag = child.tag
        if tag == _DC_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _DC_Value:
            obj.value = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_operation_caller(element: etree._Element, ctx: DeserializeContext) -> OperationCaller:
    obj = OperationCaller()
    for child in element:
        tag = child.tag
        if tag == _WA_UsedServiceManagementApi:
            obj.used_service_management_api = read_bool(child, ctx, obj)
        elif tag == _WA_UserEmailAddress:
            obj.user_email_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionCertificateThumbprint:
            obj.subscription_certificate_thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ClientIP:
            obj.client_ip = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subscription_operation_status(
    element: etree._Element, ctx: DeserializeContext
) -> SubscriptionOperationStatus:
    obj = SubscriptionOperationStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_ID:
            obj.status_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HttpStatusCode:
            obj.http_status_code = read_int(child, ctx, obj)
        elif tag == _WA_Error:
            obj.error = None if is_nil(child) else _read_operation_error(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_dns_prefix_availability(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerDnsPrefixAvailability:
    obj = TrafficManagerDnsPrefixAvailability()
    for child in element:
        tag = child.tag
        if tag == _WA_Result:
            obj.result = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_profile(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerProfile:
    obj = TrafficManagerProfile()
    for child in element:
        tag = child.tag
        if tag == _WA_DomainName:
            obj.domain_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StatusDetails:
            obj.status_details = (
                None if is_nil(child) else _read_traffic_manager_profile_status_details(child, ctx)
            )
        elif tag == _WA_Definitions:
            obj.definitions = read_list(
                child, _WA_Definition, _read_traffic_manager_definition_summary, ctx, obj
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_profile_status_details(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerProfileStatusDetails:
    obj = TrafficManagerProfileStatusDetails()
    for child in element:
        tag = child.tag
        if tag == _WA_EnabledVersion:
            obj.enabled_version = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_definition_summary(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerDefinitionSummary:
    obj = TrafficManagerDefinitionSummary()
    for child in element:
        tag = child.tag
        if tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_definition(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerDefinition:
    obj = TrafficManagerDefinition()
    for child in element:
        tag = child.tag
        if tag == _WA_DnsOptions:
            obj.dns_options = (
                None if is_nil(child) else _read_traffic_manager_dns_options(child, ctx)
            )
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = read_int(child, ctx, obj)
        elif tag == _WA_Monitors:
            obj.monitors = read_list(child, _WA_Monitor, _read_traffic_manager_monitor, ctx, obj)
        elif tag == _WA_Policy:
            obj.policy = None if is_nil(child) else _read_traffic_manager_policy(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_dns_options(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerDnsOptions:
    obj = TrafficManagerDnsOptions()
    for child in element:
        tag = child.tag
        if tag == _WA_TimeToLiveInSeconds:
            obj.time_to_live_in_seconds = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_monitor(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerMonitor:
    obj = TrafficManagerMonitor()
    for child in element:
        tag = child.tag
        if tag == _WA_IntervalInSeconds:
            obj.interval_in_seconds = read_int(child, ctx, obj)
        elif tag == _WA_TimeoutInSeconds:
            obj.timeout_in_seconds = read_int(child, ctx, obj)
        elif tag == _WA_ToleratedNumberOfFailures:
            obj.tolerated_number_of_failures = read_int(child, ctx, obj)
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        elif tag == _WA_HttpOptions:
            obj.http_options = (
                None if is_nil(child) else _read_traffic_manager_http_options(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_http_options(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerHttpOptions:
    obj = TrafficManagerHttpOptions()
    for child in element:
        tag = child.tag
        if tag == _WA_Verb:
            obj.verb = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RelativePath:
            obj.relative_path = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ExpectedStatusCode:
            obj.expected_status_code = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_policy(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerPolicy:
    obj = TrafficManagerPolicy()
    for child in element:
        tag = child.tag
        if tag == _WA_LoadBalancingMethod:
            obj.load_balancing_method = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Endpoints:
            obj.endpoints = read_list(child, _WA_Endpoint, _read_traffic_manager_endpoint, ctx, obj)
        elif tag == _WA_MonitorStatus:
            obj.monitor_status = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_traffic_manager_endpoint(
    element: etree._Element, ctx: DeserializeContext
) -> TrafficManagerEndpoint:
    obj = TrafficManagerEndpoint()
    for child in element:
        tag = child.tag
        if tag == _WA_DomainName:
            obj.domain_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MonitorStatus:
            obj.monitor_status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Weight:
            obj.weight = read_int(child, ctx, obj)
        elif tag == _WA_MinChildEndpoints:
            obj.min_child_endpoints = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_bgp_settings(element: etree._Element, ctx: DeserializeContext) -> BgpSettings:
    obj = BgpSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_Asn:
            obj.asn = read_long(child, ctx, obj)
        elif tag == _WA_BgpPeeringAddress:
            obj.bgp_peering_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PeerWeight:
            obj.peer_weight = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_local_network_gateway(
    element: etree._Element, ctx: DeserializeContext
) -> LocalNetworkGateway:
    obj = LocalNetworkGateway()
    for child in element:
        tag = child.tag
        if tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewayName:
            obj.gateway_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IpAddress:
            obj.ip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AddressSpace:
            obj.address_space = read_string_list(child, _WA_string, ctx, obj)
        elif tag == _WA_BgpSettings:
            obj.bgp_settings = None if is_nil(child) else _read_bgp_settings(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_virtual_network_gateway_details(
    element: etree._Element, ctx: DeserializeContext
) -> VirtualNetworkGatewayDetails:
    obj = VirtualNetworkGatewayDetails()
    for child in element:
        tag = child.tag
        if tag == _WA_GatewayId:
            obj.gateway_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastEvent:
            obj.last_event = None if is_nil(child) else _read_gateway_event(child, ctx)
        elif tag == _WA_GatewayName:
            obj.gateway_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewayType:
            obj.gateway_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VIPAddress:
            obj.vip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VnetId:
            obj.vnet_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubnetId:
            obj.subnet_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DefaultSites:
            obj.default_sites = read_string_list(child, _WA_string, ctx, obj)
        elif tag == _WA_EnableBgp:
            obj.enable_bgp = read_bool(child, ctx, obj)
        elif tag == _WA_BgpSettings:
            obj.bgp_settings = None if is_nil(child) else _read_bgp_settings(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_connection_details(
    element: etree._Element, ctx: DeserializeContext
) -> GatewayConnectionDetails:
    obj = GatewayConnectionDetails()
    for child in element:
        tag = child.tag
        if tag == _WA_GatewayConnectionName:
            obj.gateway_connection_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualNetworkGatewayId:
            obj.virtual_network_gateway_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConnectedEntityId:
            obj.connected_entity_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewayConnectionType:
            obj.gateway_connection_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoutingWeight:
            obj.routing_weight = read_int(child, ctx, obj)
        elif tag == _WA_SharedKey:
            obj.shared_key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EnableBgp:
            obj.enable_bgp = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_vm_image_details(element: etree._Element, ctx: DeserializeContext) -> VMImageDetails:
    obj = VMImageDetails()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Category:
            obj.category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSDiskConfiguration:
            obj.os_disk_configuration = (
                OSDiskConfiguration() if is_nil(child) else _read_os_disk_configuration(child, ctx)
            )
        elif tag == _WA_DataDiskConfigurations:
            obj.data_disk_configurations = DataDiskConfigurations(
                read_list(child, _WA_DataDiskConfiguration, _read_data_disk_configuration, ctx, obj)
            )
        elif tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentName:
            obj.deployment_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_ModifiedTime:
            obj.modified_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsPremium:
            obj.is_premium = read_bool(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublisherName:
            obj.publisher_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PricingDetailLink:
            obj.pricing_detail_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        elif tag == _WA_VMImageState:
            obj.vm_image_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleStateOnCapture:
            obj.role_state_on_capture = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleSizeOnCapture:
            obj.role_size_on_capture = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsCorrupted:
            obj.is_corrupted = read_bool(child, ctx, obj)
        elif tag == _WA_PublishedName:
            obj.published_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SharingStatus:
            obj.sharing_status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ReplicationProgress:
            obj.replication_progress = read_list(
                child, _WA_ReplicationProgressElement, _read_replication_progress_element, ctx, obj
            )
        elif tag == _WA_ComputeImageAttributes:
            obj.compute_image_attributes = (
                None if is_nil(child) else _read_compute_image_attributes(child, ctx)
            )
        elif tag == _WA_MarketplaceImageAttributes:
            obj.marketplace_image_attributes = (
                None if is_nil(child) else _read_marketplace_image_attributes(child, ctx)
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_compute_image_attributes(
    element: etree._Element, ctx: DeserializeContext
) -> ComputeImageAttributes:
    obj = ComputeImageAttributes()
    for child in element:
        tag = child.tag
        if tag == _WA_Offer:
            obj.offer = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Sku:
            obj.sku = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_marketplace_image_attributes(
    element: etree._Element, ctx: DeserializeContext
) -> MarketplaceImageAttributes:
    obj = MarketplaceImageAttributes()
    for child in element:
        tag = child.tag
        if tag == _WA_PublisherId:
            obj.publisher_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Plan:
            obj.plan = None if is_nil(child) else _read_marketplace_plan(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_marketplace_plan(element: etree._Element, ctx: DeserializeContext) -> MarketplacePlan:
    obj = MarketplacePlan()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Publisher:
            obj.publisher = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Product:
            obj.product = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_vm_image(element: etree._Element, ctx: DeserializeContext) -> VMImage:
    obj = VMImage()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Category:
            obj.category = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSDiskConfiguration:
            obj.os_disk_configuration = (
                OSDiskConfiguration() if is_nil(child) else _read_os_disk_configuration(child, ctx)
            )
        elif tag == _WA_DataDiskConfigurations:
            obj.data_disk_configurations = DataDiskConfigurations(
                read_list(child, _WA_DataDiskConfiguration, _read_data_disk_configuration, ctx, obj)
            )
        elif tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentName:
            obj.deployment_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_ModifiedTime:
            obj.modified_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsPremium:
            obj.is_premium = read_bool(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublisherName:
            obj.publisher_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PricingDetailLink:
            obj.pricing_detail_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        elif tag == _WA_VMImageState:
            obj.vm_image_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleStateOnCapture:
            obj.role_state_on_capture = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleSizeOnCapture:
            obj.role_size_on_capture = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsCorrupted:
            obj.is_corrupted = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_os_disk_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> OSDiskConfiguration:
    obj = OSDiskConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSState:
            obj.os_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LogicalDiskSizeInGB:
            obj.logical_disk_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_data_disk_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> DataDiskConfiguration:
    obj = DataDiskConfiguration()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Lun:
            obj.lun = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LogicalDiskSizeInGB:
            obj.logical_disk_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_IOType:
            obj.io_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_backup_request(element: etree._Element, ctx: DeserializeContext) -> BackupRequest:
    obj = BackupRequest()
    for child in element:
        tag = child.tag
        if tag == _WA_BackupSchedule:
            obj.backup_schedule = None if is_nil(child) else _read_backup_schedule(child, ctx)
        elif tag == _WA_Databases:
            obj.databases = read_list(
                child, _WA_DatabaseBackupSetting, _read_database_backup_setting, ctx, obj
            )
        elif tag == _WA_Enabled:
            obj.enabled = read_bool(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StorageAccountUrl:
            obj.storage_account_url = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_backup_schedule(element: etree._Element, ctx: DeserializeContext) -> BackupSchedule:
    obj = BackupSchedule()
    for child in element:
        tag = child.tag
        if tag == _WA_FrequencyInterval:
            obj.frequency_interval = read_int(child, ctx, obj)
        elif tag == _WA_FrequencyUnit:
            obj.frequency_unit = child.text or read_string(child, ctx, obj)
        elif tag == _WA_KeepAtLeastOneBackup:
            obj.keep_at_least_one_backup = read_bool(child, ctx, obj)
        elif tag == _WA_LastExecutionTime:
            obj.last_execution_time = read_datetime(child, ctx, obj)
        elif tag == _WA_RetentionPeriodInDays:
            obj.retention_period_in_days = read_int(child, ctx, obj)
        elif tag == _WA_StartTime:
            obj.start_time = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_database_backup_setting(
    element: etree._Element, ctx: DeserializeContext
) -> DatabaseBackupSetting:
    obj = DatabaseBackupSetting()
    for child in element:
        tag = child.tag
        if tag == _WA_ConnectionString:
            obj.connection_string = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConnectionStringName:
            obj.connection_string_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DatabaseType:
            obj.database_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_backup_item(element: etree._Element, ctx: DeserializeContext) -> BackupItem:
    obj = BackupItem()
    for child in element:
        tag = child.tag
        if tag == _WA_StorageAccountUrl:
            obj.storage_account_url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_BlobName:
            obj.blob_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SizeInBytes:
            obj.size_in_bytes = read_long(child, ctx, obj)
        elif tag == _WA_Created:
            obj.created = read_datetime(child, ctx, obj)
        elif tag == _WA_Log:
            obj.log = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Databases:
            obj.databases = read_list(
                child, _WA_DatabaseBackupSetting, _read_database_backup_setting, ctx, obj
            )
        elif tag == _WA_Scheduled:
            obj.scheduled = read_bool(child, ctx, obj)
        elif tag == _WA_LastRestoreTimeStamp:
            obj.last_restore_time_stamp = read_datetime(child, ctx, obj)
        elif tag == _WA_FinishedTimeStamp:
            obj.finished_time_stamp = read_datetime(child, ctx, obj)
        elif tag == _WA_CorrelationId:
            obj.correlation_id = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_restore_request(element: etree._Element, ctx: DeserializeContext) -> RestoreRequest:
    obj = RestoreRequest()
    for child in element:
        tag = child.tag
        if tag == _WA_AdjustConnectionStrings:
            obj.adjust_connection_strings = read_bool(child, ctx, obj)
        elif tag == _WA_BlobName:
            obj.blob_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Databases:
            obj.databases = read_list(
                child, _WA_DatabaseBackupSetting, _read_database_backup_setting, ctx, obj
            )
        elif tag == _WA_IgnoreConflictingHostNames:
            obj.ignore_conflicting_host_names = read_bool(child, ctx, obj)
        elif tag == _WA_Overwrite:
            obj.overwrite = read_bool(child, ctx, obj)
        elif tag == _WA_StorageAccountUrl:
            obj.storage_account_url = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_restore_response(element: etree._Element, ctx: DeserializeContext) -> RestoreResponse:
    obj = RestoreResponse()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationId:
            obj.operation_id = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_relay_service_connection_entity(
    element: etree._Element, ctx: DeserializeContext
) -> RelayServiceConnectionEntity:
    obj = RelayServiceConnectionEntity()
    for child in element:
        tag = child.tag
        if tag == _WA_BiztalkUri:
            obj.biztalk_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EntityConnectionString:
            obj.entity_connection_string = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EntityName:
            obj.entity_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Hostname:
            obj.hostname = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Port:
            obj.port = read_int(child, ctx, obj)
        elif tag == _WA_ResourceConnectionString:
            obj.resource_connection_string = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResourceType:
            obj.resource_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_repository_uri(element: etree._Element, ctx: DeserializeContext) -> RepositoryUri:
    obj = RepositoryUri()
    obj.uri = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_instance_ids(element: etree._Element, ctx: DeserializeContext) -> InstanceIds:
    obj = InstanceIds()
    for child in element:
        tag = child.tag
        if tag == _ARRAYS_string:
            instance_ids_item = read_string(child, ctx, obj)
            if instance_ids_item is None:
                ctx.unknown(obj, child)
            elif obj.instance_ids is None:
                obj.instance_ids = [instance_ids_item]
            else:
                obj.instance_ids.append(instance_ids_item)
        else:
            ctx.unknown(obj, child)
    if obj.instance_ids is None:
        obj.instance_ids = []  # no item: a flat list that is absent is empty
    return obj


def _read_site_usage(element: etree._Element, ctx: DeserializeContext) -> SiteUsage:
    obj = SiteUsage()
    for child in element:
        tag = child.tag
        if tag == _WA_ComputeMode:
            obj.compute_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CurrentValue:
            obj.current_value = read_long(child, ctx, obj)
        elif tag == _WA_DisplayName:
            obj.display_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Limit:
            obj.limit = read_long(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NextResetTime:
            obj.next_reset_time = read_datetime(child, ctx, obj)
        elif tag == _WA_ResourceName:
            obj.resource_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SiteMode:
            obj.site_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Unit:
            obj.unit = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_operation(element: etree._Element, ctx: DeserializeContext) -> SiteOperation:
    obj = SiteOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_CreatedTime:
            obj.created_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Errors:
            obj.errors = read_list(child, _WA_Error, _read_site_operation_error, ctx, obj)
        elif tag == _WA_ExpirationTime:
            obj.expiration_time = read_datetime(child, ctx, obj)
        elif tag == _WA_GeoMasterOperationId:
            obj.geo_master_operation_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ModifiedTime:
            obj.modified_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_operation_error(
    element: etree._Element, ctx: DeserializeContext
) -> SiteOperationError:
    obj = SiteOperationError()
    for child in element:
        tag = child.tag
        if tag == _WA_Code:
            obj.code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ExtendedCode:
            obj.extended_code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MessageTemplate:
            obj.message_template = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Parameters:
            obj.parameters = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_InnerErrors:
            obj.inner_errors = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_web_space(element: etree._Element, ctx: DeserializeContext) -> WebSpace:
    obj = WebSpace()
    for child in element:
        tag = child.tag
        if tag == _WA_AvailabilityState:
            obj.availability_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ComputeMode:
            obj.compute_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CurrentNumberOfWorkers:
            obj.current_number_of_workers = read_int(child, ctx, obj)
        elif tag == _WA_CurrentWorkerSize:
            obj.current_worker_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GeoLocation:
            obj.geo_location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GeoRegion:
            obj.geo_region = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostingEnvironment:
            obj.hosting_environment = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NumberOfWorkers:
            obj.number_of_workers = read_int(child, ctx, obj)
        elif tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Subscription:
            obj.subscription = child.text or read_string(child, ctx, obj)
        elif tag == _WA_WorkerSize:
            obj.worker_size = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site(element: etree._Element, ctx: DeserializeContext) -> Site:
    obj = Site()
    for child in element:
        tag = child.tag
        if tag == _WA_AdminEnabled:
            obj.admin_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_AvailabilityState:
            obj.availability_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Cers:
            obj.cers = read_list(child, _WA_Certificate, _read_site_certificate, ctx, obj)
        elif tag == _WA_ClientAffinityEnabled:
            obj.client_affinity_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_ClientCertEnabled:
            obj.client_cert_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_CloningInfo:
            obj.cloning_info = None if is_nil(child) else _read_site_cloning_info(child, ctx)
        elif tag == _WA_ComputeMode:
            obj.compute_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ContentAvailabilityState:
            obj.content_availability_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Csrs:
            obj.csrs = read_list(child, _WA_Csr, _read_site_csr, ctx, obj)
        elif tag == _WA_DeploymentId:
            obj.deployment_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Enabled:
            obj.enabled = read_bool(child, ctx, obj)
        elif tag == _WA_EnabledHostNames:
            obj.enabled_host_names = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_GatewaySiteName:
            obj.gateway_site_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostNameSslStates:
            obj.host_name_ssl_states = HostNameSslStates(
                read_list(child, _WA_HostNameSslState, _read_host_name_ssl_state, ctx, obj)
            )
        elif tag == _WA_HostNames:
            obj.host_names = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_HostingEnvironment:
            obj.hosting_environment = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostingEnvironmentId:
            obj.hosting_environment_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Kind:
            obj.kind = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LastModifiedTimeUtc:
            obj.last_modified_time_utc = read_datetime(child, ctx, obj)
        elif tag == _WA_MicroService:
            obj.micro_service = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OutboundIpAddresses:
            obj.outbound_ip_addresses = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Owner:
            obj.owner = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PremiumAppDeployed:
            obj.premium_app_deployed = read_bool(child, ctx, obj)
        elif tag == _WA_RepositorySiteName:
            obj.repository_site_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RuntimeAvailabilityState:
            obj.runtime_availability_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SKU:
            obj.sku = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SSLCertificates:
            obj.ssl_certificates = read_list(
                child, _WA_Certificate, _read_site_certificate, ctx, obj
            )
        elif tag == _WA_ScmSiteAlsoStopped:
            obj.scm_site_also_stopped = read_bool(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServerFarm:
            obj.server_farm = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServerFarmId:
            obj.server_farm_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SiteConfig:
            obj.site_config = None if is_nil(child) else _read_site_config(child, ctx)
        elif tag == _WA_SiteMode:
            obj.site_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SiteProperties:
            obj.site_properties = None if is_nil(child) else _read_site_properties(child, ctx)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StorageRecoveryDefaultState:
            obj.storage_recovery_default_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetSwapSlot:
            obj.target_swap_slot = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TrafficManagerHostNames:
            obj.traffic_manager_host_names = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_UsageState:
            obj.usage_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_WebSpace:
            obj.web_space = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_certificate(element: etree._Element, ctx: DeserializeContext) -> SiteCertificate:
    obj = SiteCertificate()
    for child in element:
        tag = child.tag
        if tag == _WA_CerBlob:
            obj.cer_blob = read_base64(child, ctx, obj)
        elif tag == _WA_ExpirationDate:
            obj.expiration_date = read_datetime(child, ctx, obj)
        elif tag == _WA_FriendlyName:
            obj.friendly_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostNames:
            obj.host_names = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_IssueDate:
            obj.issue_date = read_datetime(child, ctx, obj)
        elif tag == _WA_Issuer:
            obj.issuer = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Password:
            obj.password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PfxBlob:
            obj.pfx_blob = read_base64(child, ctx, obj)
        elif tag == _WA_PublicKeyHash:
            obj.public_key_hash = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SelfLink:
            obj.self_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SiteName:
            obj.site_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubjectName:
            obj.subject_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ToDelete:
            obj.to_delete = read_bool(child, ctx, obj)
        elif tag == _WA_Valid:
            obj.valid = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_csr(element: etree._Element, ctx: DeserializeContext) -> SiteCsr:
    obj = SiteCsr()
    for child in element:
        tag = child.tag
        if tag == _WA_CsrString:
            obj.csr_string = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DistinguishedName:
            obj.distinguished_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostingEnvironment:
            obj.hosting_environment = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Password:
            obj.password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PfxBlob:
            obj.pfx_blob = read_base64(child, ctx, obj)
        elif tag == _WA_PublicKeyHash:
            obj.public_key_hash = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_cloning_info(element: etree._Element, ctx: DeserializeContext) -> SiteCloningInfo:
    obj = SiteCloningInfo()
    for child in element:
        tag = child.tag
        if tag == _WA_CloneCustomHostNames:
            obj.clone_custom_host_names = read_bool(child, ctx, obj)
        elif tag == _WA_CloneSourceControl:
            obj.clone_source_control = read_bool(child, ctx, obj)
        elif tag == _WA_ConfigureLoadBalancing:
            obj.configure_load_balancing = read_bool(child, ctx, obj)
        elif tag == _WA_CorrelationId:
            obj.correlation_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostingEnvironment:
            obj.hosting_environment = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Overwrite:
            obj.overwrite = read_bool(child, ctx, obj)
        elif tag == _WA_SourceWebAppId:
            obj.source_web_app_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TrafficManagerProfileId:
            obj.traffic_manager_profile_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TrafficManagerProfileName:
            obj.traffic_manager_profile_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_config(element: etree._Element, ctx: DeserializeContext) -> SiteConfig:
    obj = SiteConfig()
    for child in element:
        tag = child.tag
        if tag == _WA_AppSettings:
            obj.app_settings = read_map(
                child,
                _WA_NameValuePair,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_ConnectionStrings:
            obj.connection_strings = read_list(
                child, _WA_ConnStringInfo, _read_conn_string_info, ctx, obj
            )
        elif tag == _WA_DefaultDocuments:
            obj.default_documents = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_DetailedErrorLoggingEnabled:
            obj.detailed_error_logging_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_DocumentRoot:
            obj.document_root = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HandlerMappings:
            obj.handler_mappings = read_list(
                child, _WA_HandlerMapping, _read_handler_mapping, ctx, obj
            )
        elif tag == _WA_HttpLoggingEnabled:
            obj.http_logging_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_LogsDirectorySizeLimit:
            obj.logs_directory_size_limit = read_int(child, ctx, obj)
        elif tag == _WA_ManagedPipelineMode:
            obj.managed_pipeline_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Metadata:
            obj.metadata = read_map(
                child,
                _WA_NameValuePair,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_NetFrameworkVersion:
            obj.net_framework_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NumberOfWorkers:
            obj.number_of_workers = read_int(child, ctx, obj)
        elif tag == _WA_PhpVersion:
            obj.php_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishingPassword:
            obj.publishing_password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishingUsername:
            obj.publishing_username = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RemoteDebuggingEnabled:
            obj.remote_debugging_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_RemoteDebuggingVersion:
            obj.remote_debugging_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RequestTracingEnabled:
            obj.request_tracing_enabled = read_bool(child, ctx, obj)
        elif tag == _WA_RequestTracingExpirationTime:
            obj.request_tracing_expiration_time = read_datetime(child, ctx, obj)
        elif tag == _WA_ScmType:
            obj.scm_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Use32BitWorkerProcess:
            obj.use32_bit_worker_process = read_bool(child, ctx, obj)
        elif tag == _WA_WebSocketsEnabled:
            obj.web_sockets_enabled = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_conn_string_info(element: etree._Element, ctx: DeserializeContext) -> ConnStringInfo:
    obj = ConnStringInfo()
    for child in element:
        tag = child.tag
        if tag == _WA_ConnectionString:
            obj.connection_string = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_handler_mapping(element: etree._Element, ctx: DeserializeContext) -> HandlerMapping:
    obj = HandlerMapping()
    for child in element:
        tag = child.tag
        if tag == _WA_Arguments:
            obj.arguments = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Extension:
            obj.extension = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ScriptProcessor:
            obj.script_processor = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_site_properties(element: etree._Element, ctx: DeserializeContext) -> SiteProperties:
    obj = SiteProperties()
    for child in element:
        tag = child.tag
        if tag == _WA_AppSettings:
            obj.app_settings = read_map(
                child,
                _WA_NameValuePair,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_Metadata:
            obj.metadata = read_map(
                child,
                _WA_NameValuePair,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_Properties:
            obj.properties = read_map(
                child,
                _WA_NameValuePair,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_host_name_ssl_state(element: etree._Element, ctx: DeserializeContext) -> HostNameSslState:
    obj = HostNameSslState()
    for child in element:
        tag = child.tag
        if tag == _WA_HostType:
            obj.host_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IPBasedSslState:
            obj.ip_based_ssl_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IpBasedSslResult:
            obj.ip_based_ssl_result = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SslState:
            obj.ssl_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ToUpdate:
            obj.to_update = read_bool(child, ctx, obj)
        elif tag == _WA_ToUpdateIpBasedSsl:
            obj.to_update_ip_based_ssl = read_bool(child, ctx, obj)
        elif tag == _WA_VirtualIP:
            obj.virtual_ip = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_response(element: etree._Element, ctx: DeserializeContext) -> MetricResponse:
    obj = MetricResponse()
    for child in element:
        tag = child.tag
        if tag == _WA_Code:
            obj.code = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Data:
            obj.data = Data() if is_nil(child) else _read_data(child, ctx)
        elif tag == _WA_Message:
            obj.message = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_data(element: etree._Element, ctx: DeserializeContext) -> Data:
    obj = Data()
    for child in element:
        tag = child.tag
        if tag == _WA_DisplayName:
            obj.display_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EndTime:
            obj.end_time = read_datetime(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrimaryAggregationType:
            obj.primary_aggregation_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StartTime:
            obj.start_time = read_datetime(child, ctx, obj)
        elif tag == _WA_TimeGrain:
            obj.time_grain = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Unit:
            obj.unit = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Values:
            obj.values = Values(read_list(child, _WA_MetricSample, _read_metric_sample, ctx, obj))
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_sample(element: etree._Element, ctx: DeserializeContext) -> MetricSample:
    obj = MetricSample()
    for child in element:
        tag = child.tag
        if tag == _WA_Count:
            obj.count = read_int(child, ctx, obj)
        elif tag == _WA_InstanceName:
            obj.instance_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Maximum:
            obj.maximum = read_long(child, ctx, obj)
        elif tag == _WA_Minimum:
            obj.minimum = read_long(child, ctx, obj)
        elif tag == _WA_TimeCreated:
            obj.time_created = read_datetime(child, ctx, obj)
        elif tag == _WA_Total:
            obj.total = read_long(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_definition(element: etree._Element, ctx: DeserializeContext) -> MetricDefinition:
    obj = MetricDefinition()
    for child in element:
        tag = child.tag
        if tag == _WA_DisplayName:
            obj.display_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MetricAvailabilities:
            obj.metric_availabilities = MetricAvailabilities(
                read_list(child, _WA_MetricAvailabilily, _read_metric_availability, ctx, obj)
            )
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrimaryAggregationType:
            obj.primary_aggregation_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Unit:
            obj.unit = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_metric_availability(
    element: etree._Element, ctx: DeserializeContext
) -> MetricAvailability:
    obj = MetricAvailability()
    for child in element:
        tag = child.tag
        if tag == _WA_Retention:
            obj.retention = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TimeGrain:
            obj.time_grain = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_publish_data(element: etree._Element, ctx: DeserializeContext) -> PublishData:
    obj = PublishData()
    for child in element:
        tag = child.tag
        if tag == _NONE_publishProfile:
            publish_profiles_item = _read_publish_profile(child, ctx)
            if publish_profiles_item is None:
                ctx.unknown(obj, child)
            elif obj.publish_profiles is None:
                obj.publish_profiles = [publish_profiles_item]
            else:
                obj.publish_profiles.append(publish_profiles_item)
        else:
            ctx.unknown(obj, child)
    if obj.publish_profiles is None:
        obj.publish_profiles = []  # no item: a flat list that is absent is empty
    return obj


def _read_publish_profile(element: etree._Element, ctx: DeserializeContext) -> PublishProfile:
    obj = PublishProfile()
    obj.profile_name = attribute_string(element, "profileName")
    obj.publish_method = attribute_string(element, "publishMethod")
    obj.publish_url = attribute_string(element, "publishUrl")
    obj.msdeploysite = attribute_string(element, "msdeploySite")
    obj.ftp_passive_mode = attribute_bool(element, "ftpPassiveMode")
    obj.user_name = attribute_string(element, "userName")
    obj.user_pwd = attribute_string(element, "userPWD")
    obj.destination_app_url = attribute_string(element, "destinationAppUrl")
    obj.sql_server_db_connection_string = attribute_string(element, "SQLServerDBConnectionString")
    obj.my_sqldb_connection_string = attribute_string(element, "mySQLDBConnectionString")
    obj.hosting_provider_forum_link = attribute_string(element, "hostingProviderForumLink")
    obj.control_panel_link = attribute_string(element, "controlPanelLink")
    obj.web_system = attribute_string(element, "webSystem")
    for child in element:
        tag = child.tag
        if tag == _NONE_databases:
            obj.databases = read_list(child, _NONE_add, _read_publish_database, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_publish_database(element: etree._Element, ctx: DeserializeContext) -> PublishDatabase:
    obj = PublishDatabase()
    obj.name = attribute_string(element, "name")
    obj.connection_string = attribute_string(element, "connectionString")
    obj.provider_name = attribute_string(element, "providerName")
    obj.type = attribute_string(element, "type")
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_server_farm(element: etree._Element, ctx: DeserializeContext) -> ServerFarm:
    obj = ServerFarm()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_NumberOfWorkers:
            obj.number_of_workers = read_int(child, ctx, obj)
        elif tag == _WA_SKU:
            obj.sku = child.text or read_string(child, ctx, obj)
        elif tag == _WA_WorkerSize:
            obj.worker_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AdminSiteName:
            obj.admin_site_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_publishing_users(element: etree._Element, ctx: DeserializeContext) -> PublishingUsers:
    obj = PublishingUsers()
    for child in element:
        tag = child.tag
        if tag == _ARRAYS_string:
            names_item = read_string(child, ctx, obj)
            if names_item is None:
                ctx.unknown(obj, child)
            elif obj.names is None:
                obj.names = [names_item]
            else:
                obj.names.append(names_item)
        else:
            ctx.unknown(obj, child)
    if obj.names is None:
        obj.names = []  # no item: a flat list that is absent is empty
    return obj


def _read_publishing_user(element: etree._Element, ctx: DeserializeContext) -> PublishingUser:
    obj = PublishingUser()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishingPassword:
            obj.publishing_password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishingUserName:
            obj.publishing_user_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dns_suffix(element: etree._Element, ctx: DeserializeContext) -> DnsSuffix:
    obj = DnsSuffix()
    obj.value = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_hostname_availability(
    element: etree._Element, ctx: DeserializeContext
) -> HostnameAvailability:
    obj = HostnameAvailability()
    obj.value = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_geo_region(element: etree._Element, ctx: DeserializeContext) -> GeoRegion:
    obj = GeoRegion()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SortOrder:
            obj.sort_order = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def deserialize_affinity_group(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AffinityGroup:
    """Read the `<AffinityGroup>` document into `AffinityGroup`."""
    ctx = begin_document(element, _WA_AffinityGroup, ctx)
    value = _read_affinity_group(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGateway:
    """Read the `<ApplicationGateway>` document into `ApplicationGateway`."""
    ctx = begin_document(element, _WA_ApplicationGateway, ctx)
    value = _read_application_gateway(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_certificate(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayCertificate:
    """Read the `<ApplicationGatewayCertificate>` document into `ApplicationGatewayCertificate`."""
    ctx = begin_document(element, _WA_ApplicationGatewayCertificate, ctx)
    value = _read_application_gateway_certificate(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayConfiguration:
    """Read the `<ApplicationGatewayConfiguration>` document into
    `ApplicationGatewayConfiguration`."""
    ctx = begin_document(element, _WA_ApplicationGatewayConfiguration, ctx)
    value = _read_application_gateway_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_frontend_ip(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayFrontendIP:
    """Read the `<FrontendIPConfiguration>` document into `ApplicationGatewayFrontendIP`."""
    ctx = begin_document(element, _WA_FrontendIPConfiguration, ctx)
    value = _read_application_gateway_frontend_ip(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_frontend_port(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayFrontendPort:
    """Read the `<FrontendPort>` document into `ApplicationGatewayFrontendPort`."""
    ctx = begin_document(element, _WA_FrontendPort, ctx)
    value = _read_application_gateway_frontend_port(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_probe(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayProbe:
    """Read the `<Probe>` document into `ApplicationGatewayProbe`."""
    ctx = begin_document(element, _WA_Probe, ctx)
    value = _read_application_gateway_probe(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_backend_address_pool(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayBackendAddressPool:
    """Read the `<BackendAddressPool>` document into `ApplicationGatewayBackendAddressPool`."""
    ctx = begin_document(element, _WA_BackendAddressPool, ctx)
    value = _read_application_gateway_backend_address_pool(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_backend_http_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayBackendHttpSettings:
    """Read the `<BackendHttpSettings>` document into `ApplicationGatewayBackendHttpSettings`."""
    ctx = begin_document(element, _WA_BackendHttpSettings, ctx)
    value = _read_application_gateway_backend_http_settings(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_http_listener(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayHttpListener:
    """Read the `<HttpListener>` document into `ApplicationGatewayHttpListener`."""
    ctx = begin_document(element, _WA_HttpListener, ctx)
    value = _read_application_gateway_http_listener(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_http_load_balancing_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayHttpLoadBalancingRule:
    """Read the `<HttpLoadBalancingRule>` document into
    `ApplicationGatewayHttpLoadBalancingRule`."""
    ctx = begin_document(element, _WA_HttpLoadBalancingRule, ctx)
    value = _read_application_gateway_http_load_balancing_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_certificate(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Certificate:
    """Read the `<Certificate>` document into `Certificate`."""
    ctx = begin_document(element, _WA_Certificate, ctx)
    value = _read_certificate(element, ctx)
    ctx.finish()
    return value


def deserialize_subscription_certificate(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubscriptionCertificate:
    """Read the `<SubscriptionCertificate>` document into `SubscriptionCertificate`."""
    ctx = begin_document(element, _WA_SubscriptionCertificate, ctx)
    value = _read_subscription_certificate(element, ctx)
    ctx.finish()
    return value


def deserialize_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Operation:
    """Read the `<Operation>` document into `Operation`."""
    ctx = begin_document(element, _WA_Operation, ctx)
    value = _read_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_operation_error(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperationError:
    """Read the `<Error>` document into `OperationError`."""
    ctx = begin_document(element, _WA_Error, ctx)
    value = _read_operation_error(element, ctx)
    ctx.finish()
    return value


def deserialize_deployment_event_collection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DeploymentEventCollection:
    """Read the `<DeploymentEventCollection>` document into `DeploymentEventCollection`."""
    ctx = begin_document(element, _WA_DeploymentEventCollection, ctx)
    value = _read_deployment_event_collection(element, ctx)
    ctx.finish()
    return value


def deserialize_reboot_event(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RebootEvent:
    """Read the `<RebootEvent>` document into `RebootEvent`."""
    ctx = begin_document(element, _WA_RebootEvent, ctx)
    value = _read_reboot_event(element, ctx)
    ctx.finish()
    return value


def deserialize_deployment(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Deployment:
    """Read the `<Deployment>` document into `Deployment`."""
    ctx = begin_document(element, _WA_Deployment, ctx)
    value = _read_deployment(element, ctx)
    ctx.finish()
    return value


def deserialize_role_instance(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RoleInstance:
    """Read the `<RoleInstance>` document into `RoleInstance`."""
    ctx = begin_document(element, _WA_RoleInstance, ctx)
    value = _read_role_instance(element, ctx)
    ctx.finish()
    return value


def deserialize_instance_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> InstanceEndpoint:
    """Read the `<InstanceEndpoint>` document into `InstanceEndpoint`."""
    ctx = begin_document(element, _WA_InstanceEndpoint, ctx)
    value = _read_instance_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_guest_agent_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GuestAgentStatus:
    """Read the `<GuestAgentStatus>` document into `GuestAgentStatus`."""
    ctx = begin_document(element, _WA_GuestAgentStatus, ctx)
    value = _read_guest_agent_status(element, ctx)
    ctx.finish()
    return value


def deserialize_status_message(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StatusMessage:
    """Read the `<Message>` document into `StatusMessage`."""
    ctx = begin_document(element, _WA_Message, ctx)
    value = _read_status_message(element, ctx)
    ctx.finish()
    return value


def deserialize_maintenance_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MaintenanceStatus:
    """Read the `<MaintenanceStatus>` document into `MaintenanceStatus`."""
    ctx = begin_document(element, _WA_MaintenanceStatus, ctx)
    value = _read_maintenance_status(element, ctx)
    ctx.finish()
    return value


def deserialize_formatted_message(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> FormattedMessage:
    """Read the `<FormattedMessage>` document into `FormattedMessage`."""
    ctx = begin_document(element, _WA_FormattedMessage, ctx)
    value = _read_formatted_message(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_extension_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceExtensionStatus:
    """Read the `<ResourceExtensionStatus>` document into `ResourceExtensionStatus`."""
    ctx = begin_document(element, _WA_ResourceExtensionStatus, ctx)
    value = _read_resource_extension_status(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_setting_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionSettingStatus:
    """Read the `<ExtensionSettingStatus>` document into `ExtensionSettingStatus`."""
    ctx = begin_document(element, _WA_ExtensionSettingStatus, ctx)
    value = _read_extension_setting_status(element, ctx)
    ctx.finish()
    return value


def deserialize_sub_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubStatus:
    """Read the `<SubStatus>` document into `SubStatus`."""
    ctx = begin_document(element, _WA_SubStatus, ctx)
    value = _read_sub_status(element, ctx)
    ctx.finish()
    return value


def deserialize_role_instance_network_interface(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RoleInstanceNetworkInterface:
    """Read the `<NetworkInterface>` document into `RoleInstanceNetworkInterface`."""
    ctx = begin_document(element, _WA_NetworkInterface, ctx)
    value = _read_role_instance_network_interface(element, ctx)
    ctx.finish()
    return value


def deserialize_role_instance_ip_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RoleInstanceIPConfiguration:
    """Read the `<IPConfiguration>` document into `RoleInstanceIPConfiguration`."""
    ctx = begin_document(element, _WA_IPConfiguration, ctx)
    value = _read_role_instance_ip_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_upgrade_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpgradeStatus:
    """Read the `<UpgradeStatus>` document into `UpgradeStatus`."""
    ctx = begin_document(element, _WA_UpgradeStatus, ctx)
    value = _read_upgrade_status(element, ctx)
    ctx.finish()
    return value


def deserialize_input_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> InputEndpoint:
    """Read the `<InputEndpoint>` document into `InputEndpoint`."""
    ctx = begin_document(element, _WA_InputEndpoint, ctx)
    value = _read_input_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_persistent_vm_downtime_info(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PersistentVMDowntimeInfo:
    """Read the `<PersistentVMDowntime>` document into `PersistentVMDowntimeInfo`."""
    ctx = begin_document(element, _WA_PersistentVMDowntime, ctx)
    value = _read_persistent_vm_downtime_info(element, ctx)
    ctx.finish()
    return value


def deserialize_virtual_ip(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VirtualIP:
    """Read the `<VirtualIP>` document into `VirtualIP`."""
    ctx = begin_document(element, _WA_VirtualIP, ctx)
    value = _read_virtual_ip(element, ctx)
    ctx.finish()
    return value


def deserialize_load_balancer(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LoadBalancer:
    """Read the `<LoadBalancer>` document into `LoadBalancer`."""
    ctx = begin_document(element, _WA_LoadBalancer, ctx)
    value = _read_load_balancer(element, ctx)
    ctx.finish()
    return value


def deserialize_frontend_ip_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> FrontendIpConfiguration:
    """Read the `<FrontendIpConfiguration>` document into `FrontendIpConfiguration`."""
    ctx = begin_document(element, _WA_FrontendIpConfiguration, ctx)
    value = _read_frontend_ip_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_dns_server(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DnsServer:
    """Read the `<DnsServer>` document into `DnsServer`."""
    ctx = begin_document(element, _WA_DnsServer, ctx)
    value = _read_dns_server(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionConfiguration:
    """Read the `<ExtensionConfiguration>` document into `ExtensionConfiguration`."""
    ctx = begin_document(element, _WA_ExtensionConfiguration, ctx)
    value = _read_extension_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_role_extensions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RoleExtensions:
    """Read the `<Role>` document into `RoleExtensions`."""
    ctx = begin_document(element, _WA_Role, ctx)
    value = _read_role_extensions(element, ctx)
    ctx.finish()
    return value


def deserialize_extension(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Extension:
    """Read the `<Extension>` document into `Extension`."""
    ctx = begin_document(element, _WA_Extension, ctx)
    value = _read_extension(element, ctx)
    ctx.finish()
    return value


def deserialize_disk(element: etree._Element, ctx: DeserializeContext | None = None) -> Disk:
    """Read the `<Disk>` document into `Disk`."""
    ctx = begin_document(element, _WA_Disk, ctx)
    value = _read_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_attached_to(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AttachedTo:
    """Read the `<AttachedTo>` document into `AttachedTo`."""
    ctx = begin_document(element, _WA_AttachedTo, ctx)
    value = _read_attached_to(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway(element: etree._Element, ctx: DeserializeContext | None = None) -> Gateway:
    """Read the `<Gateway>` document into `Gateway`."""
    ctx = begin_document(element, _WA_Gateway, ctx)
    value = _read_gateway(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_event(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayEvent:
    """Read the `<LastEvent>` document into `GatewayEvent`."""
    ctx = begin_document(element, _WA_LastEvent, ctx)
    value = _read_gateway_event(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_connection_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayConnectionStatus:
    """Read the `<Connection>` document into `GatewayConnectionStatus`."""
    ctx = begin_document(element, _WA_Connection, ctx)
    value = _read_gateway_connection_status(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_shared_key(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewaySharedKey:
    """Read the `<SharedKey>` document into `GatewaySharedKey`."""
    ctx = begin_document(element, _WA_SharedKey, ctx)
    value = _read_gateway_shared_key(element, ctx)
    ctx.finish()
    return value


def deserialize_i_psec_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> IPsecParameters:
    """Read the `<IPsecParameters>` document into `IPsecParameters`."""
    ctx = begin_document(element, _WA_IPsecParameters, ctx)
    value = _read_i_psec_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_public_diagnostics_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayPublicDiagnosticsStatus:
    """Read the `<GatewayPublicDiagnosticsStatus>` document into
    `GatewayPublicDiagnosticsStatus`."""
    ctx = begin_document(element, _WA_GatewayPublicDiagnosticsStatus, ctx)
    value = _read_gateway_public_diagnostics_status(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayOperation:
    """Read the `<GatewayOperation>` document into `GatewayOperation`."""
    ctx = begin_document(element, _WA_GatewayOperation, ctx)
    value = _read_gateway_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_operation_error(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayOperationError:
    """Read the `<Error>` document into `GatewayOperationError`."""
    ctx = begin_document(element, _WA_Error, ctx)
    value = _read_gateway_operation_error(element, ctx)
    ctx.finish()
    return value


def deserialize_vpn_device_list(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VpnDeviceList:
    """Read the `<VpnDeviceList>` document into `VpnDeviceList`."""
    ctx = begin_document(element, _NONE_VpnDeviceList, ctx)
    value = _read_vpn_device_list(element, ctx)
    ctx.finish()
    return value


def deserialize_vpn_device_vendor(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VpnDeviceVendor:
    """Read the `<Vendor>` document into `VpnDeviceVendor`."""
    ctx = begin_document(element, _NONE_Vendor, ctx)
    value = _read_vpn_device_vendor(element, ctx)
    ctx.finish()
    return value


def deserialize_vpn_device_platform(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VpnDevicePlatform:
    """Read the `<Platform>` document into `VpnDevicePlatform`."""
    ctx = begin_document(element, _NONE_Platform, ctx)
    value = _read_vpn_device_platform(element, ctx)
    ctx.finish()
    return value


def deserialize_vpn_device_os_family(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VpnDeviceOSFamily:
    """Read the `<OSFamily>` document into `VpnDeviceOSFamily`."""
    ctx = begin_document(element, _NONE_OSFamily, ctx)
    value = _read_vpn_device_os_family(element, ctx)
    ctx.finish()
    return value


def deserialize_client_root_certificate(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ClientRootCertificate:
    """Read the `<ClientRootCertificate>` document into `ClientRootCertificate`."""
    ctx = begin_document(element, _WA_ClientRootCertificate, ctx)
    value = _read_client_root_certificate(element, ctx)
    ctx.finish()
    return value


def deserialize_hosted_service(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HostedService:
    """Read the `<HostedService>` document into `HostedService`."""
    ctx = begin_document(element, _WA_HostedService, ctx)
    value = _read_hosted_service(element, ctx)
    ctx.finish()
    return value


def deserialize_hosted_service_properties(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HostedServiceProperties:
    """Read the `<HostedServiceProperties>` document into `HostedServiceProperties`."""
    ctx = begin_document(element, _WA_HostedServiceProperties, ctx)
    value = _read_hosted_service_properties(element, ctx)
    ctx.finish()
    return value


def deserialize_hosted_service_compute_capabilities(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HostedServiceComputeCapabilities:
    """Read the `<ComputeCapabilities>` document into `HostedServiceComputeCapabilities`."""
    ctx = begin_document(element, _WA_ComputeCapabilities, ctx)
    value = _read_hosted_service_compute_capabilities(element, ctx)
    ctx.finish()
    return value


def deserialize_availability_response(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AvailabilityResponse:
    """Read the `<AvailabilityResponse>` document into `AvailabilityResponse`."""
    ctx = begin_document(element, _WA_AvailabilityResponse, ctx)
    value = _read_availability_response(element, ctx)
    ctx.finish()
    return value


def deserialize_os_image_details(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OSImageDetails:
    """Read the `<OSImageDetails>` document into `OSImageDetails`."""
    ctx = begin_document(element, _WA_OSImageDetails, ctx)
    value = _read_os_image_details(element, ctx)
    ctx.finish()
    return value


def deserialize_replication_progress_element(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ReplicationProgressElement:
    """Read the `<ReplicationProgressElement>` document into `ReplicationProgressElement`."""
    ctx = begin_document(element, _WA_ReplicationProgressElement, ctx)
    value = _read_replication_progress_element(element, ctx)
    ctx.finish()
    return value


def deserialize_location(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Location:
    """Read the `<Location>` document into `Location`."""
    ctx = begin_document(element, _WA_Location, ctx)
    value = _read_location(element, ctx)
    ctx.finish()
    return value


def deserialize_storage_capabilities(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StorageCapabilities:
    """Read the `<StorageCapabilities>` document into `StorageCapabilities`."""
    ctx = begin_document(element, _WA_StorageCapabilities, ctx)
    value = _read_storage_capabilities(element, ctx)
    ctx.finish()
    return value


def deserialize_compute_capabilities(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ComputeCapabilities:
    """Read the `<ComputeCapabilities>` document into `ComputeCapabilities`."""
    ctx = begin_document(element, _WA_ComputeCapabilities, ctx)
    value = _read_compute_capabilities(element, ctx)
    ctx.finish()
    return value


def deserialize_migration_validation_message(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MigrationValidationMessage:
    """Read the `<ValidationMessage>` document into `MigrationValidationMessage`."""
    ctx = begin_document(element, _WA_ValidationMessage, ctx)
    value = _read_migration_validation_message(element, ctx)
    ctx.finish()
    return value


def deserialize_ip_forwarding(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> IPForwarding:
    """Read the `<IPForwarding>` document into `IPForwarding`."""
    ctx = begin_document(element, _WA_IPForwarding, ctx)
    value = _read_ip_forwarding(element, ctx)
    ctx.finish()
    return value


def deserialize_address_availability(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AddressAvailability:
    """Read the `<AddressAvailabilityResponse>` document into `AddressAvailability`."""
    ctx = begin_document(element, _WA_AddressAvailabilityResponse, ctx)
    value = _read_address_availability(element, ctx)
    ctx.finish()
    return value


def deserialize_network_migration_validation_message(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkMigrationValidationMessage:
    """Read the `<ValidationMessage>` document into `NetworkMigrationValidationMessage`."""
    ctx = begin_document(element, _WA_ValidationMessage, ctx)
    value = _read_network_migration_validation_message(element, ctx)
    ctx.finish()
    return value


def deserialize_network_security_group(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkSecurityGroup:
    """Read the `<NetworkSecurityGroup>` document into `NetworkSecurityGroup`."""
    ctx = begin_document(element, _WA_NetworkSecurityGroup, ctx)
    value = _read_network_security_group(element, ctx)
    ctx.finish()
    return value


def deserialize_network_security_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkSecurityRule:
    """Read the `<Rule>` document into `NetworkSecurityRule`."""
    ctx = begin_document(element, _WA_Rule, ctx)
    value = _read_network_security_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_network_security_group_association(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkSecurityGroupAssociation:
    """Read the `<NetworkSecurityGroup>` document into `NetworkSecurityGroupAssociation`."""
    ctx = begin_document(element, _WA_NetworkSecurityGroup, ctx)
    value = _read_network_security_group_association(element, ctx)
    ctx.finish()
    return value


def deserialize_reserved_ip(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ReservedIP:
    """Read the `<ReservedIP>` document into `ReservedIP`."""
    ctx = begin_document(element, _WA_ReservedIP, ctx)
    value = _read_reserved_ip(element, ctx)
    ctx.finish()
    return value


def deserialize_virtual_network_site(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VirtualNetworkSite:
    """Read the `<VirtualNetworkSite>` document into `VirtualNetworkSite`."""
    ctx = begin_document(element, _WA_VirtualNetworkSite, ctx)
    value = _read_virtual_network_site(element, ctx)
    ctx.finish()
    return value


def deserialize_subnet(element: etree._Element, ctx: DeserializeContext | None = None) -> Subnet:
    """Read the `<Subnet>` document into `Subnet`."""
    ctx = begin_document(element, _WA_Subnet, ctx)
    value = _read_subnet(element, ctx)
    ctx.finish()
    return value


def deserialize_virtual_network_gateway(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VirtualNetworkGateway:
    """Read the `<Gateway>` document into `VirtualNetworkGateway`."""
    ctx = begin_document(element, _WA_Gateway, ctx)
    value = _read_virtual_network_gateway(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_local_network_site(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayLocalNetworkSite:
    """Read the `<LocalNetworkSite>` document into `GatewayLocalNetworkSite`."""
    ctx = begin_document(element, _WA_LocalNetworkSite, ctx)
    value = _read_gateway_local_network_site(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_connection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayConnection:
    """Read the `<Connection>` document into `GatewayConnection`."""
    ctx = begin_document(element, _WA_Connection, ctx)
    value = _read_gateway_connection(element, ctx)
    ctx.finish()
    return value


def deserialize_network_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkConfiguration:
    """Read the `<NetworkConfiguration>` document into `NetworkConfiguration`."""
    ctx = begin_document(element, _NC_NetworkConfiguration, ctx)
    value = _read_network_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_network_dns_server(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkDnsServer:
    """Read the `<DnsServer>` document into `NetworkDnsServer`."""
    ctx = begin_document(element, _NC_DnsServer, ctx)
    value = _read_network_dns_server(element, ctx)
    ctx.finish()
    return value


def deserialize_local_network_site(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LocalNetworkSite:
    """Read the `<LocalNetworkSite>` document into `LocalNetworkSite`."""
    ctx = begin_document(element, _NC_LocalNetworkSite, ctx)
    value = _read_local_network_site(element, ctx)
    ctx.finish()
    return value


def deserialize_virtual_network_site_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VirtualNetworkSiteConfiguration:
    """Read the `<VirtualNetworkSite>` document into `VirtualNetworkSiteConfiguration`."""
    ctx = begin_document(element, _NC_VirtualNetworkSite, ctx)
    value = _read_virtual_network_site_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_subnet_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubnetConfiguration:
    """Read the `<Subnet>` document into `SubnetConfiguration`."""
    ctx = begin_document(element, _NC_Subnet, ctx)
    value = _read_subnet_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_dns_server_ref(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DnsServerRef:
    """Read the `<DnsServerRef>` document into `DnsServerRef`."""
    ctx = begin_document(element, _NC_DnsServerRef, ctx)
    value = _read_dns_server_ref(element, ctx)
    ctx.finish()
    return value


def deserialize_network_gateway(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkGateway:
    """Read the `<Gateway>` document into `NetworkGateway`."""
    ctx = begin_document(element, _NC_Gateway, ctx)
    value = _read_network_gateway(element, ctx)
    ctx.finish()
    return value


def deserialize_local_network_site_ref(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LocalNetworkSiteRef:
    """Read the `<LocalNetworkSiteRef>` document into `LocalNetworkSiteRef`."""
    ctx = begin_document(element, _NC_LocalNetworkSiteRef, ctx)
    value = _read_local_network_site_ref(element, ctx)
    ctx.finish()
    return value


def deserialize_local_network_connection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LocalNetworkConnection:
    """Read the `<Connection>` document into `LocalNetworkConnection`."""
    ctx = begin_document(element, _NC_Connection, ctx)
    value = _read_local_network_connection(element, ctx)
    ctx.finish()
    return value


def deserialize_operating_system(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperatingSystem:
    """Read the `<OperatingSystem>` document into `OperatingSystem`."""
    ctx = begin_document(element, _WA_OperatingSystem, ctx)
    value = _read_operating_system(element, ctx)
    ctx.finish()
    return value


def deserialize_operating_system_family(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperatingSystemFamily:
    """Read the `<OperatingSystemFamily>` document into `OperatingSystemFamily`."""
    ctx = begin_document(element, _WA_OperatingSystemFamily, ctx)
    value = _read_operating_system_family(element, ctx)
    ctx.finish()
    return value


def deserialize_os_image(element: etree._Element, ctx: DeserializeContext | None = None) -> OSImage:
    """Read the `<OSImage>` document into `OSImage`."""
    ctx = begin_document(element, _WA_OSImage, ctx)
    value = _read_os_image(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_extension(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceExtension:
    """Read the `<ResourceExtension>` document into `ResourceExtension`."""
    ctx = begin_document(element, _WA_ResourceExtension, ctx)
    value = _read_resource_extension(element, ctx)
    ctx.finish()
    return value


def deserialize_role_size(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RoleSize:
    """Read the `<RoleSize>` document into `RoleSize`."""
    ctx = begin_document(element, _WA_RoleSize, ctx)
    value = _read_role_size(element, ctx)
    ctx.finish()
    return value


def deserialize_role(element: etree._Element, ctx: DeserializeContext | None = None) -> Role:
    """Read the `<Role>` document into `Role`."""
    ctx = begin_document(element, _WA_Role, ctx)
    value = _read_role(element, ctx)
    if value is None:
        raise ResponseParseError("<Role> of an unknown kind")
    ctx.finish()
    return value


def deserialize_persistent_vm_role(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PersistentVMRole:
    """Read the `<PersistentVMRole>` document into `PersistentVMRole`."""
    ctx = begin_document(element, _WA_PersistentVMRole, ctx)
    value = _read_persistent_vm_role(element, ctx)
    ctx.finish()
    return value


def deserialize_any_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AnyConfigurationSet:
    """Read the `<ConfigurationSet>` document into `AnyConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_any_configuration_set(element, ctx)
    if value is None:
        raise ResponseParseError("<ConfigurationSet> of an unknown kind")
    ctx.finish()
    return value


def deserialize_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConfigurationSet:
    """Read the `<ConfigurationSet>` document into `ConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_configuration_set(element, ctx)
    ctx.finish()
    return value


def deserialize_linux_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LinuxConfigurationSet:
    """Read the `<ConfigurationSet>` document into `LinuxConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_linux_configuration_set(element, ctx)
    ctx.finish()
    return value


def deserialize_ssh(element: etree._Element, ctx: DeserializeContext | None = None) -> SSH:
    """Read the `<SSH>` document into `SSH`."""
    ctx = begin_document(element, _WA_SSH, ctx)
    value = _read_ssh(element, ctx)
    ctx.finish()
    return value


def deserialize_public_key(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublicKey:
    """Read the `<PublicKey>` document into `PublicKey`."""
    ctx = begin_document(element, _WA_PublicKey, ctx)
    value = _read_public_key(element, ctx)
    ctx.finish()
    return value


def deserialize_key_pair(element: etree._Element, ctx: DeserializeContext | None = None) -> KeyPair:
    """Read the `<KeyPair>` document into `KeyPair`."""
    ctx = begin_document(element, _WA_KeyPair, ctx)
    value = _read_key_pair(element, ctx)
    ctx.finish()
    return value


def deserialize_windows_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> WindowsConfigurationSet:
    """Read the `<ConfigurationSet>` document into `WindowsConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_windows_configuration_set(element, ctx)
    ctx.finish()
    return value


def deserialize_domain_join(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DomainJoin:
    """Read the `<DomainJoin>` document into `DomainJoin`."""
    ctx = begin_document(element, _WA_DomainJoin, ctx)
    value = _read_domain_join(element, ctx)
    ctx.finish()
    return value


def deserialize_domain_join_provisioning(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DomainJoinProvisioning:
    """Read the `<Provisioning>` document into `DomainJoinProvisioning`."""
    ctx = begin_document(element, _WA_Provisioning, ctx)
    value = _read_domain_join_provisioning(element, ctx)
    ctx.finish()
    return value


def deserialize_credentials(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Credentials:
    """Read the `<Credentials>` document into `Credentials`."""
    ctx = begin_document(element, _WA_Credentials, ctx)
    value = _read_credentials(element, ctx)
    ctx.finish()
    return value


def deserialize_certificate_setting(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CertificateSetting:
    """Read the `<CertificateSetting>` document into `CertificateSetting`."""
    ctx = begin_document(element, _WA_CertificateSetting, ctx)
    value = _read_certificate_setting(element, ctx)
    ctx.finish()
    return value


def deserialize_win_rm(element: etree._Element, ctx: DeserializeContext | None = None) -> WinRM:
    """Read the `<WinRM>` document into `WinRM`."""
    ctx = begin_document(element, _WA_WinRM, ctx)
    value = _read_win_rm(element, ctx)
    ctx.finish()
    return value


def deserialize_listener(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Listener:
    """Read the `<Listener>` document into `Listener`."""
    ctx = begin_document(element, _WA_Listener, ctx)
    value = _read_listener(element, ctx)
    ctx.finish()
    return value


def deserialize_additional_unattend_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AdditionalUnattendContent:
    """Read the `<AdditionalUnattendContent>` document into `AdditionalUnattendContent`."""
    ctx = begin_document(element, _WA_AdditionalUnattendContent, ctx)
    value = _read_additional_unattend_content(element, ctx)
    ctx.finish()
    return value


def deserialize_unattend_pass(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UnattendPass:
    """Read the `<UnattendPass>` document into `UnattendPass`."""
    ctx = begin_document(element, _WA_UnattendPass, ctx)
    value = _read_unattend_pass(element, ctx)
    ctx.finish()
    return value


def deserialize_unattend_component(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UnattendComponent:
    """Read the `<UnattendComponent>` document into `UnattendComponent`."""
    ctx = begin_document(element, _WA_UnattendComponent, ctx)
    value = _read_unattend_component(element, ctx)
    ctx.finish()
    return value


def deserialize_component_setting(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ComponentSetting:
    """Read the `<ComponentSetting>` document into `ComponentSetting`."""
    ctx = begin_document(element, _WA_ComponentSetting, ctx)
    value = _read_component_setting(element, ctx)
    ctx.finish()
    return value


def deserialize_network_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkConfigurationSet:
    """Read the `<ConfigurationSet>` document into `NetworkConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_network_configuration_set(element, ctx)
    ctx.finish()
    return value


def deserialize_configuration_set_input_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConfigurationSetInputEndpoint:
    """Read the `<InputEndpoint>` document into `ConfigurationSetInputEndpoint`."""
    ctx = begin_document(element, _WA_InputEndpoint, ctx)
    value = _read_configuration_set_input_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_load_balancer_probe(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LoadBalancerProbe:
    """Read the `<LoadBalancerProbe>` document into `LoadBalancerProbe`."""
    ctx = begin_document(element, _WA_LoadBalancerProbe, ctx)
    value = _read_load_balancer_probe(element, ctx)
    ctx.finish()
    return value


def deserialize_endpoint_acl(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> EndpointAcl:
    """Read the `<EndpointACL>` document into `EndpointAcl`."""
    ctx = begin_document(element, _WA_EndpointACL, ctx)
    value = _read_endpoint_acl(element, ctx)
    ctx.finish()
    return value


def deserialize_acl_rule(element: etree._Element, ctx: DeserializeContext | None = None) -> AclRule:
    """Read the `<Rule>` document into `AclRule`."""
    ctx = begin_document(element, _WA_Rule, ctx)
    value = _read_acl_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_public_ip(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublicIP:
    """Read the `<PublicIP>` document into `PublicIP`."""
    ctx = begin_document(element, _WA_PublicIP, ctx)
    value = _read_public_ip(element, ctx)
    ctx.finish()
    return value


def deserialize_network_interface(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkInterface:
    """Read the `<NetworkInterface>` document into `NetworkInterface`."""
    ctx = begin_document(element, _WA_NetworkInterface, ctx)
    value = _read_network_interface(element, ctx)
    ctx.finish()
    return value


def deserialize_network_interface_ip_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NetworkInterfaceIPConfiguration:
    """Read the `<IPConfiguration>` document into `NetworkInterfaceIPConfiguration`."""
    ctx = begin_document(element, _WA_IPConfiguration, ctx)
    value = _read_network_interface_ip_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_os_virtual_hard_disk(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OSVirtualHardDisk:
    """Read the `<OSVirtualHardDisk>` document into `OSVirtualHardDisk`."""
    ctx = begin_document(element, _WA_OSVirtualHardDisk, ctx)
    value = _read_os_virtual_hard_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_data_virtual_hard_disk(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DataVirtualHardDisk:
    """Read the `<DataVirtualHardDisk>` document into `DataVirtualHardDisk`."""
    ctx = begin_document(element, _WA_DataVirtualHardDisk, ctx)
    value = _read_data_virtual_hard_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_extension_reference(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceExtensionReference:
    """Read the `<ResourceExtensionReference>` document into `ResourceExtensionReference`."""
    ctx = begin_document(element, _WA_ResourceExtensionReference, ctx)
    value = _read_resource_extension_reference(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_extension_parameter_value(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceExtensionParameterValue:
    """Read the `<ResourceExtensionParameterValue>` document into
    `ResourceExtensionParameterValue`."""
    ctx = begin_document(element, _WA_ResourceExtensionParameterValue, ctx)
    value = _read_resource_extension_parameter_value(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_extension_certificate(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceExtensionCertificate:
    """Read the `<Certificate>` document into `ResourceExtensionCertificate`."""
    ctx = begin_document(element, _WA_Certificate, ctx)
    value = _read_resource_extension_certificate(element, ctx)
    ctx.finish()
    return value


def deserialize_vm_image_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VMImageInput:
    """Read the `<VMImageInput>` document into `VMImageInput`."""
    ctx = begin_document(element, _WA_VMImageInput, ctx)
    value = _read_vm_image_input(element, ctx)
    ctx.finish()
    return value


def deserialize_vm_image_input_os_disk(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VMImageInputOSDisk:
    """Read the `<OSDiskConfiguration>` document into `VMImageInputOSDisk`."""
    ctx = begin_document(element, _WA_OSDiskConfiguration, ctx)
    value = _read_vm_image_input_os_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_vm_image_input_data_disk(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VMImageInputDataDisk:
    """Read the `<DataDiskConfiguration>` document into `VMImageInputDataDisk`."""
    ctx = begin_document(element, _WA_DataDiskConfiguration, ctx)
    value = _read_vm_image_input_data_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_debug_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DebugSettings:
    """Read the `<DebugSettings>` document into `DebugSettings`."""
    ctx = begin_document(element, _WA_DebugSettings, ctx)
    value = _read_debug_settings(element, ctx)
    ctx.finish()
    return value


def deserialize_route_table(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RouteTable:
    """Read the `<RouteTable>` document into `RouteTable`."""
    ctx = begin_document(element, _WA_RouteTable, ctx)
    value = _read_route_table(element, ctx)
    ctx.finish()
    return value


def deserialize_route(element: etree._Element, ctx: DeserializeContext | None = None) -> Route:
    """Read the `<Route>` document into `Route`."""
    ctx = begin_document(element, _WA_Route, ctx)
    value = _read_route(element, ctx)
    ctx.finish()
    return value


def deserialize_route_table_association(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RouteTableAssociation:
    """Read the `<RouteTableAssociation>` document into `RouteTableAssociation`."""
    ctx = begin_document(element, _WA_RouteTableAssociation, ctx)
    value = _read_route_table_association(element, ctx)
    ctx.finish()
    return value


def deserialize_effective_route_table(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> EffectiveRouteTable:
    """Read the `<EffectiveRouteTable>` document into `EffectiveRouteTable`."""
    ctx = begin_document(element, _WA_EffectiveRouteTable, ctx)
    value = _read_effective_route_table(element, ctx)
    ctx.finish()
    return value


def deserialize_effective_route(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> EffectiveRoute:
    """Read the `<EffectiveRoute>` document into `EffectiveRoute`."""
    ctx = begin_document(element, _WA_EffectiveRoute, ctx)
    value = _read_effective_route(element, ctx)
    ctx.finish()
    return value


def deserialize_cloud_service(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CloudService:
    """Read the `<CloudService>` document into `CloudService`."""
    ctx = begin_document(element, _WA_CloudService, ctx)
    value = _read_cloud_service(element, ctx)
    ctx.finish()
    return value


def deserialize_resource(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Resource:
    """Read the `<Resource>` document into `Resource`."""
    ctx = begin_document(element, _WA_Resource, ctx)
    value = _read_resource(element, ctx)
    ctx.finish()
    return value


def deserialize_usage_meter(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UsageMeter:
    """Read the `<UsageMeter>` document into `UsageMeter`."""
    ctx = begin_document(element, _WA_UsageMeter, ctx)
    value = _read_usage_meter(element, ctx)
    ctx.finish()
    return value


def deserialize_output_item(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OutputItem:
    """Read the `<OutputItem>` document into `OutputItem`."""
    ctx = begin_document(element, _WA_OutputItem, ctx)
    value = _read_output_item(element, ctx)
    ctx.finish()
    return value


def deserialize_intrinsic_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> IntrinsicSettings:
    """Read the `<IntrinsicSettings>` document into `IntrinsicSettings`."""
    ctx = begin_document(element, _WA_IntrinsicSettings, ctx)
    value = _read_intrinsic_settings(element, ctx)
    ctx.finish()
    return value


def deserialize_job_collection_quota(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> JobCollectionQuota:
    """Read the `<Quota>` document into `JobCollectionQuota`."""
    ctx = begin_document(element, _WA_Quota, ctx)
    value = _read_job_collection_quota(element, ctx)
    ctx.finish()
    return value


def deserialize_max_recurrence(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MaxRecurrence:
    """Read the `<MaxRecurrence>` document into `MaxRecurrence`."""
    ctx = begin_document(element, _WA_MaxRecurrence, ctx)
    value = _read_max_recurrence(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_operation_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceOperationStatus:
    """Read the `<OperationStatus>` document into `ResourceOperationStatus`."""
    ctx = begin_document(element, _WA_OperationStatus, ctx)
    value = _read_resource_operation_status(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_operation_error(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceOperationError:
    """Read the `<Error>` document into `ResourceOperationError`."""
    ctx = begin_document(element, _WA_Error, ctx)
    value = _read_resource_operation_error(element, ctx)
    ctx.finish()
    return value


def deserialize_cloud_service_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CloudServiceSettings:
    """Read the `<CloudServiceSettings>` document into `CloudServiceSettings`."""
    ctx = begin_document(element, _WA_CloudServiceSettings, ctx)
    value = _read_cloud_service_settings(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_name_availability_response(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceNameAvailabilityResponse:
    """Read the `<ResourceNameAvailabilityResponse>` document into
    `ResourceNameAvailabilityResponse`."""
    ctx = begin_document(element, _WA_ResourceNameAvailabilityResponse, ctx)
    value = _read_resource_name_availability_response(element, ctx)
    ctx.finish()
    return value


def deserialize_resource_provider_property(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceProviderProperty:
    """Read the `<ResourceProviderProperty>` document into `ResourceProviderProperty`."""
    ctx = begin_document(element, _WA_ResourceProviderProperty, ctx)
    value = _read_resource_provider_property(element, ctx)
    ctx.finish()
    return value


def deserialize_atom_author(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AtomAuthor:
    """Read the `<author>` document into `AtomAuthor`."""
    ctx = begin_document(element, _ATOM_author, ctx)
    value = _read_atom_author(element, ctx)
    ctx.finish()
    return value


def deserialize_atom_link(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AtomLink:
    """Read the `<link>` document into `AtomLink`."""
    ctx = begin_document(element, _ATOM_link, ctx)
    value = _read_atom_link(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_region_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusRegionFeed:
    """Read the `<feed>` document into `ServiceBusRegionFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_service_bus_region_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_namespace_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusNamespaceFeed:
    """Read the `<feed>` document into `ServiceBusNamespaceFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_service_bus_namespace_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_queue_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> QueueFeed:
    """Read the `<feed>` document into `QueueFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_queue_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_topic_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TopicFeed:
    """Read the `<feed>` document into `TopicFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_topic_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_notification_hub_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NotificationHubFeed:
    """Read the `<feed>` document into `NotificationHubFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_notification_hub_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_relay_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RelayFeed:
    """Read the `<feed>` document into `RelayFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_relay_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_properties_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricPropertiesFeed:
    """Read the `<feed>` document into `MetricPropertiesFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_metric_properties_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_values_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricValuesFeed:
    """Read the `<feed>` document into `MetricValuesFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_metric_values_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_rollups_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricRollupsFeed:
    """Read the `<feed>` document into `MetricRollupsFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_metric_rollups_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_region_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusRegionEntry:
    """Read the `<entry>` document into `ServiceBusRegionEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_service_bus_region_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_region_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusRegionContent:
    """Read the `<content>` document into `ServiceBusRegionContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_service_bus_region_content(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_namespace_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusNamespaceEntry:
    """Read the `<entry>` document into `ServiceBusNamespaceEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_service_bus_namespace_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_namespace_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusNamespaceContent:
    """Read the `<content>` document into `ServiceBusNamespaceContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_service_bus_namespace_content(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_availability_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAvailabilityEntry:
    """Read the `<entry>` document into `NamespaceAvailabilityEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_namespace_availability_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_availability_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAvailabilityContent:
    """Read the `<content>` document into `NamespaceAvailabilityContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_namespace_availability_content(element, ctx)
    ctx.finish()
    return value


def deserialize_queue_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> QueueEntry:
    """Read the `<entry>` document into `QueueEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_queue_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_queue_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> QueueContent:
    """Read the `<content>` document into `QueueContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_queue_content(element, ctx)
    ctx.finish()
    return value


def deserialize_topic_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TopicEntry:
    """Read the `<entry>` document into `TopicEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_topic_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_topic_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TopicContent:
    """Read the `<content>` document into `TopicContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_topic_content(element, ctx)
    ctx.finish()
    return value


def deserialize_notification_hub_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NotificationHubEntry:
    """Read the `<entry>` document into `NotificationHubEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_notification_hub_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_notification_hub_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NotificationHubContent:
    """Read the `<content>` document into `NotificationHubContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_notification_hub_content(element, ctx)
    ctx.finish()
    return value


def deserialize_relay_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RelayEntry:
    """Read the `<entry>` document into `RelayEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_relay_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_relay_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RelayContent:
    """Read the `<content>` document into `RelayContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_relay_content(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_properties_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricPropertiesEntry:
    """Read the `<entry>` document into `MetricPropertiesEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_metric_properties_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_properties_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricPropertiesContent:
    """Read the `<content>` document into `MetricPropertiesContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_metric_properties_content(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_values_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricValuesEntry:
    """Read the `<entry>` document into `MetricValuesEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_metric_values_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_values_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricValuesContent:
    """Read the `<content>` document into `MetricValuesContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_metric_values_content(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_rollups_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricRollupsEntry:
    """Read the `<entry>` document into `MetricRollupsEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_metric_rollups_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_rollups_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricRollupsContent:
    """Read the `<content>` document into `MetricRollupsContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_metric_rollups_content(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_region(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusRegion:
    """Read the `<RegionCodeDescription>` document into `ServiceBusRegion`."""
    ctx = begin_document(element, _SB_RegionCodeDescription, ctx)
    value = _read_service_bus_region(element, ctx)
    ctx.finish()
    return value


def deserialize_service_bus_namespace(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceBusNamespace:
    """Read the `<NamespaceDescription>` document into `ServiceBusNamespace`."""
    ctx = begin_document(element, _SB_NamespaceDescription, ctx)
    value = _read_service_bus_namespace(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_availability(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAvailability:
    """Read the `<NamespaceAvailability>` document into `NamespaceAvailability`."""
    ctx = begin_document(element, _SB_NamespaceAvailability, ctx)
    value = _read_namespace_availability(element, ctx)
    ctx.finish()
    return value


def deserialize_queue_description(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> QueueDescription:
    """Read the `<QueueDescription>` document into `QueueDescription`."""
    ctx = begin_document(element, _SB_QueueDescription, ctx)
    value = _read_queue_description(element, ctx)
    ctx.finish()
    return value


def deserialize_topic_description(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TopicDescription:
    """Read the `<TopicDescription>` document into `TopicDescription`."""
    ctx = begin_document(element, _SB_TopicDescription, ctx)
    value = _read_topic_description(element, ctx)
    ctx.finish()
    return value


def deserialize_notification_hub_description(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NotificationHubDescription:
    """Read the `<NotificationHubDescription>` document into `NotificationHubDescription`."""
    ctx = begin_document(element, _SB_NotificationHubDescription, ctx)
    value = _read_notification_hub_description(element, ctx)
    ctx.finish()
    return value


def deserialize_relay_description(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RelayDescription:
    """Read the `<RelayDescription>` document into `RelayDescription`."""
    ctx = begin_document(element, _SB_RelayDescription, ctx)
    value = _read_relay_description(element, ctx)
    ctx.finish()
    return value


def deserialize_authorization_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AuthorizationRule:
    """Read the `<AuthorizationRule>` document into `AuthorizationRule`."""
    ctx = begin_document(element, _SB_AuthorizationRule, ctx)
    value = _read_authorization_rule(element, ctx)
    if value is None:
        raise ResponseParseError("<AuthorizationRule> of an unknown kind")
    ctx.finish()
    return value


def deserialize_shared_access_authorization_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SharedAccessAuthorizationRule:
    """Read the `<AuthorizationRule>` document into `SharedAccessAuthorizationRule`."""
    ctx = begin_document(element, _SB_AuthorizationRule, ctx)
    value = _read_shared_access_authorization_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_allow_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AllowRule:
    """Read the `<AuthorizationRule>` document into `AllowRule`."""
    ctx = begin_document(element, _SB_AuthorizationRule, ctx)
    value = _read_allow_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_count_details(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CountDetails:
    """Read the `<CountDetails>` document into `CountDetails`."""
    ctx = begin_document(element, _SB_CountDetails, ctx)
    value = _read_count_details(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_properties(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricProperties:
    """Read the `<properties>` document into `MetricProperties`."""
    ctx = begin_document(element, _M_properties, ctx)
    value = _read_metric_properties(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_values(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricValues:
    """Read the `<properties>` document into `MetricValues`."""
    ctx = begin_document(element, _M_properties, ctx)
    value = _read_metric_values(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_rollups(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricRollups:
    """Read the `<properties>` document into `MetricRollups`."""
    ctx = begin_document(element, _M_properties, ctx)
    value = _read_metric_rollups(element, ctx)
    ctx.finish()
    return value


def deserialize_connection_detail_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConnectionDetailFeed:
    """Read the `<feed>` document into `ConnectionDetailFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_connection_detail_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_connection_detail_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConnectionDetailEntry:
    """Read the `<entry>` document into `ConnectionDetailEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_connection_detail_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_connection_detail_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConnectionDetailContent:
    """Read the `<content>` document into `ConnectionDetailContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_connection_detail_content(element, ctx)
    ctx.finish()
    return value


def deserialize_connection_detail(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConnectionDetail:
    """Read the `<ConnectionDetail>` document into `ConnectionDetail`."""
    ctx = begin_document(element, _SB_ConnectionDetail, ctx)
    value = _read_connection_detail(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_authorization_rule_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAuthorizationRuleFeed:
    """Read the `<feed>` document into `NamespaceAuthorizationRuleFeed`."""
    ctx = begin_document(element, _ATOM_feed, ctx)
    value = _read_namespace_authorization_rule_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_authorization_rule_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAuthorizationRuleEntry:
    """Read the `<entry>` document into `NamespaceAuthorizationRuleEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_namespace_authorization_rule_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_authorization_rule_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAuthorizationRuleContent:
    """Read the `<content>` document into `NamespaceAuthorizationRuleContent`."""
    ctx = begin_document(element, _ATOM_content, ctx)
    value = _read_namespace_authorization_rule_content(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_shared_access_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceSharedAccessRule:
    """Read the `<SharedAccessAuthorizationRule>` document into `NamespaceSharedAccessRule`."""
    ctx = begin_document(element, _SB_SharedAccessAuthorizationRule, ctx)
    value = _read_namespace_shared_access_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_service_extension(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceExtension:
    """Read the `<Extension>` document into `ServiceExtension`."""
    ctx = begin_document(element, _WA_Extension, ctx)
    value = _read_service_extension(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_image(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionImage:
    """Read the `<ExtensionImage>` document into `ExtensionImage`."""
    ctx = begin_document(element, _WA_ExtensionImage, ctx)
    value = _read_extension_image(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_certificate_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionCertificateConfiguration:
    """Read the `<Certificate>` document into `ExtensionCertificateConfiguration`."""
    ctx = begin_document(element, _WA_Certificate, ctx)
    value = _read_extension_certificate_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_endpoint_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionEndpointConfiguration:
    """Read the `<Endpoints>` document into `ExtensionEndpointConfiguration`."""
    ctx = begin_document(element, _WA_Endpoints, ctx)
    value = _read_extension_endpoint_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_input_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionInputEndpoint:
    """Read the `<InputEndpoint>` document into `ExtensionInputEndpoint`."""
    ctx = begin_document(element, _WA_InputEndpoint, ctx)
    value = _read_extension_input_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_internal_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionInternalEndpoint:
    """Read the `<InternalEndpoint>` document into `ExtensionInternalEndpoint`."""
    ctx = begin_document(element, _WA_InternalEndpoint, ctx)
    value = _read_extension_internal_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_instance_input_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionInstanceInputEndpoint:
    """Read the `<InstanceInputEndpoint>` document into `ExtensionInstanceInputEndpoint`."""
    ctx = begin_document(element, _WA_InstanceInputEndpoint, ctx)
    value = _read_extension_instance_input_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_extension_local_resource_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ExtensionLocalResourceConfiguration:
    """Read the `<LocalResource>` document into `ExtensionLocalResourceConfiguration`."""
    ctx = begin_document(element, _WA_LocalResource, ctx)
    value = _read_extension_local_resource_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_database_copy(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DatabaseCopy:
    """Read the `<ServiceResource>` document into `DatabaseCopy`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_database_copy(element, ctx)
    ctx.finish()
    return value


def deserialize_database_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DatabaseOperation:
    """Read the `<ServiceResource>` document into `DatabaseOperation`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_database_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_restorable_dropped_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestorableDroppedDatabase:
    """Read the `<ServiceResource>` document into `RestorableDroppedDatabase`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_restorable_dropped_database(element, ctx)
    ctx.finish()
    return value


def deserialize_recoverable_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RecoverableDatabase:
    """Read the `<ServiceResource>` document into `RecoverableDatabase`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_recoverable_database(element, ctx)
    ctx.finish()
    return value


def deserialize_restore_database_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestoreDatabaseOperation:
    """Read the `<ServiceResource>` document into `RestoreDatabaseOperation`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_restore_database_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_recover_database_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RecoverDatabaseOperation:
    """Read the `<ServiceResource>` document into `RecoverDatabaseOperation`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_recover_database_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_request_id(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacRequestId:
    """Read the `<guid>` document into `DacRequestId`."""
    ctx = begin_document(element, _SER_guid, ctx)
    value = _read_dac_request_id(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_status_info(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacStatusInfo:
    """Read the `<StatusInfo>` document into `DacStatusInfo`."""
    ctx = begin_document(element, _DAC_StatusInfo, ctx)
    value = _read_dac_status_info(element, ctx)
    ctx.finish()
    return value


def deserialize_create_server_response(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateServerResponse:
    """Read the `<ServerName>` document into `CreateServerResponse`."""
    ctx = begin_document(element, _SQL_ServerName, ctx)
    value = _read_create_server_response(element, ctx)
    ctx.finish()
    return value


def deserialize_server(element: etree._Element, ctx: DeserializeContext | None = None) -> Server:
    """Read the `<Server>` document into `Server`."""
    ctx = begin_document(element, _SQL_Server, ctx)
    value = _read_server(element, ctx)
    ctx.finish()
    return value


def deserialize_server_quota(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServerQuota:
    """Read the `<ServiceResource>` document into `ServerQuota`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_server_quota(element, ctx)
    ctx.finish()
    return value


def deserialize_event_log(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> EventLog:
    """Read the `<ServiceResource>` document into `EventLog`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_event_log(element, ctx)
    ctx.finish()
    return value


def deserialize_firewall_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> FirewallRule:
    """Read the `<ServiceResource>` document into `FirewallRule`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_firewall_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_service_objective(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceObjective:
    """Read the `<ServiceResource>` document into `ServiceObjective`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_service_objective(element, ctx)
    ctx.finish()
    return value


def deserialize_service_objective_dimension_setting(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceObjectiveDimensionSetting:
    """Read the `<ServiceResource>` document into `ServiceObjectiveDimensionSetting`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_service_objective_dimension_setting(element, ctx)
    ctx.finish()
    return value


def deserialize_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Database:
    """Read the `<ServiceResource>` document into `Database`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_database(element, ctx)
    ctx.finish()
    return value


def deserialize_storage_service(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StorageService:
    """Read the `<StorageService>` document into `StorageService`."""
    ctx = begin_document(element, _WA_StorageService, ctx)
    value = _read_storage_service(element, ctx)
    ctx.finish()
    return value


def deserialize_storage_account_properties(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StorageAccountProperties:
    """Read the `<StorageServiceProperties>` document into `StorageAccountProperties`."""
    ctx = begin_document(element, _WA_StorageServiceProperties, ctx)
    value = _read_storage_account_properties(element, ctx)
    ctx.finish()
    return value


def deserialize_custom_domain(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CustomDomain:
    """Read the `<CustomDomain>` document into `CustomDomain`."""
    ctx = begin_document(element, _WA_CustomDomain, ctx)
    value = _read_custom_domain(element, ctx)
    ctx.finish()
    return value


def deserialize_storage_service_keys(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StorageServiceKeys:
    """Read the `<StorageServiceKeys>` document into `StorageServiceKeys`."""
    ctx = begin_document(element, _WA_StorageServiceKeys, ctx)
    value = _read_storage_service_keys(element, ctx)
    ctx.finish()
    return value


def deserialize_subscription(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Subscription:
    """Read the `<Subscription>` document into `Subscription`."""
    ctx = begin_document(element, _WA_Subscription, ctx)
    value = _read_subscription(element, ctx)
    ctx.finish()
    return value


def deserialize_subscription_operation_collection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubscriptionOperationCollection:
    """Read the `<SubscriptionOperationCollection>` document into
    `SubscriptionOperationCollection`."""
    ctx = begin_document(element, _WA_SubscriptionOperationCollection, ctx)
    value = _read_subscription_operation_collection(element, ctx)
    ctx.finish()
    return value


def deserialize_subscription_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubscriptionOperation:
    """Read the `<SubscriptionOperation>` document into `SubscriptionOperation`."""
    ctx = begin_document(element, _WA_SubscriptionOperation, ctx)
    value = _read_subscription_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_operation_parameter(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperationParameter:
    """Read the `<OperationParameter>` document into `OperationParameter`."""
    ctx = begin_document(element, _WA_OperationParameter, ctx)
    value = _read_operation_parameter(element, ctx)
    ctx.finish()
    return value


def deserialize_operation_caller(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperationCaller:
    """Read the `<OperationCaller>` document into `OperationCaller`."""
    ctx = begin_document(element, _WA_OperationCaller, ctx)
    value = _read_operation_caller(element, ctx)
    ctx.finish()
    return value


def deserialize_subscription_operation_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubscriptionOperationStatus:
    """Read the `<OperationStatus>` document into `SubscriptionOperationStatus`."""
    ctx = begin_document(element, _WA_OperationStatus, ctx)
    value = _read_subscription_operation_status(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_dns_prefix_availability(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerDnsPrefixAvailability:
    """Read the `<AvailabilityResponse>` document into `TrafficManagerDnsPrefixAvailability`."""
    ctx = begin_document(element, _WA_AvailabilityResponse, ctx)
    value = _read_traffic_manager_dns_prefix_availability(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_profile(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerProfile:
    """Read the `<Profile>` document into `TrafficManagerProfile`."""
    ctx = begin_document(element, _WA_Profile, ctx)
    value = _read_traffic_manager_profile(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_profile_status_details(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerProfileStatusDetails:
    """Read the `<StatusDetails>` document into `TrafficManagerProfileStatusDetails`."""
    ctx = begin_document(element, _WA_StatusDetails, ctx)
    value = _read_traffic_manager_profile_status_details(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_definition_summary(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerDefinitionSummary:
    """Read the `<Definition>` document into `TrafficManagerDefinitionSummary`."""
    ctx = begin_document(element, _WA_Definition, ctx)
    value = _read_traffic_manager_definition_summary(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_definition(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerDefinition:
    """Read the `<Definition>` document into `TrafficManagerDefinition`."""
    ctx = begin_document(element, _WA_Definition, ctx)
    value = _read_traffic_manager_definition(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_dns_options(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerDnsOptions:
    """Read the `<DnsOptions>` document into `TrafficManagerDnsOptions`."""
    ctx = begin_document(element, _WA_DnsOptions, ctx)
    value = _read_traffic_manager_dns_options(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_monitor(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerMonitor:
    """Read the `<Monitor>` document into `TrafficManagerMonitor`."""
    ctx = begin_document(element, _WA_Monitor, ctx)
    value = _read_traffic_manager_monitor(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_http_options(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerHttpOptions:
    """Read the `<HttpOptions>` document into `TrafficManagerHttpOptions`."""
    ctx = begin_document(element, _WA_HttpOptions, ctx)
    value = _read_traffic_manager_http_options(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_policy(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerPolicy:
    """Read the `<Policy>` document into `TrafficManagerPolicy`."""
    ctx = begin_document(element, _WA_Policy, ctx)
    value = _read_traffic_manager_policy(element, ctx)
    ctx.finish()
    return value


def deserialize_traffic_manager_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> TrafficManagerEndpoint:
    """Read the `<Endpoint>` document into `TrafficManagerEndpoint`."""
    ctx = begin_document(element, _WA_Endpoint, ctx)
    value = _read_traffic_manager_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_bgp_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> BgpSettings:
    """Read the `<BgpSettings>` document into `BgpSettings`."""
    ctx = begin_document(element, _WA_BgpSettings, ctx)
    value = _read_bgp_settings(element, ctx)
    ctx.finish()
    return value


def deserialize_local_network_gateway(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LocalNetworkGateway:
    """Read the `<LocalNetworkGateway>` document into `LocalNetworkGateway`."""
    ctx = begin_document(element, _WA_LocalNetworkGateway, ctx)
    value = _read_local_network_gateway(element, ctx)
    ctx.finish()
    return value


def deserialize_virtual_network_gateway_details(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VirtualNetworkGatewayDetails:
    """Read the `<VirtualNetworkGateway>` document into `VirtualNetworkGatewayDetails`."""
    ctx = begin_document(element, _WA_VirtualNetworkGateway, ctx)
    value = _read_virtual_network_gateway_details(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_connection_details(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayConnectionDetails:
    """Read the `<GatewayConnection>` document into `GatewayConnectionDetails`."""
    ctx = begin_document(element, _WA_GatewayConnection, ctx)
    value = _read_gateway_connection_details(element, ctx)
    ctx.finish()
    return value


def deserialize_vm_image_details(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VMImageDetails:
    """Read the `<VMImageDetails>` document into `VMImageDetails`."""
    ctx = begin_document(element, _WA_VMImageDetails, ctx)
    value = _read_vm_image_details(element, ctx)
    ctx.finish()
    return value


def deserialize_compute_image_attributes(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ComputeImageAttributes:
    """Read the `<ComputeImageAttributes>` document into `ComputeImageAttributes`."""
    ctx = begin_document(element, _WA_ComputeImageAttributes, ctx)
    value = _read_compute_image_attributes(element, ctx)
    ctx.finish()
    return value


def deserialize_marketplace_image_attributes(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MarketplaceImageAttributes:
    """Read the `<MarketplaceImageAttributes>` document into `MarketplaceImageAttributes`."""
    ctx = begin_document(element, _WA_MarketplaceImageAttributes, ctx)
    value = _read_marketplace_image_attributes(element, ctx)
    ctx.finish()
    return value


def deserialize_marketplace_plan(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MarketplacePlan:
    """Read the `<Plan>` document into `MarketplacePlan`."""
    ctx = begin_document(element, _WA_Plan, ctx)
    value = _read_marketplace_plan(element, ctx)
    ctx.finish()
    return value


def deserialize_vm_image(element: etree._Element, ctx: DeserializeContext | None = None) -> VMImage:
    """Read the `<VMImage>` document into `VMImage`."""
    ctx = begin_document(element, _WA_VMImage, ctx)
    value = _read_vm_image(element, ctx)
    ctx.finish()
    return value


def deserialize_os_disk_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OSDiskConfiguration:
    """Read the `<OSDiskConfiguration>` document into `OSDiskConfiguration`."""
    ctx = begin_document(element, _WA_OSDiskConfiguration, ctx)
    value = _read_os_disk_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_data_disk_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DataDiskConfiguration:
    """Read the `<DataDiskConfiguration>` document into `DataDiskConfiguration`."""
    ctx = begin_document(element, _WA_DataDiskConfiguration, ctx)
    value = _read_data_disk_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_backup_request(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> BackupRequest:
    """Read the `<BackupRequest>` document into `BackupRequest`."""
    ctx = begin_document(element, _WA_BackupRequest, ctx)
    value = _read_backup_request(element, ctx)
    ctx.finish()
    return value


def deserialize_backup_schedule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> BackupSchedule:
    """Read the `<BackupSchedule>` document into `BackupSchedule`."""
    ctx = begin_document(element, _WA_BackupSchedule, ctx)
    value = _read_backup_schedule(element, ctx)
    ctx.finish()
    return value


def deserialize_database_backup_setting(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DatabaseBackupSetting:
    """Read the `<DatabaseBackupSetting>` document into `DatabaseBackupSetting`."""
    ctx = begin_document(element, _WA_DatabaseBackupSetting, ctx)
    value = _read_database_backup_setting(element, ctx)
    ctx.finish()
    return value


def deserialize_backup_item(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> BackupItem:
    """Read the `<BackupItem>` document into `BackupItem`."""
    ctx = begin_document(element, _WA_BackupItem, ctx)
    value = _read_backup_item(element, ctx)
    ctx.finish()
    return value


def deserialize_restore_request(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestoreRequest:
    """Read the `<RestoreRequest>` document into `RestoreRequest`."""
    ctx = begin_document(element, _WA_RestoreRequest, ctx)
    value = _read_restore_request(element, ctx)
    ctx.finish()
    return value


def deserialize_restore_response(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestoreResponse:
    """Read the `<RestoreResponse>` document into `RestoreResponse`."""
    ctx = begin_document(element, _WA_RestoreResponse, ctx)
    value = _read_restore_response(element, ctx)
    ctx.finish()
    return value


def deserialize_relay_service_connection_entity(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RelayServiceConnectionEntity:
    """Read the `<RelayServiceConnectionEntity>` document into `RelayServiceConnectionEntity`."""
    ctx = begin_document(element, _WA_RelayServiceConnectionEntity, ctx)
    value = _read_relay_service_connection_entity(element, ctx)
    ctx.finish()
    return value


def deserialize_repository_uri(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RepositoryUri:
    """Read the `<anyURI>` document into `RepositoryUri`."""
    ctx = begin_document(element, _SER_anyURI, ctx)
    value = _read_repository_uri(element, ctx)
    ctx.finish()
    return value


def deserialize_instance_ids(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> InstanceIds:
    """Read the `<ArrayOfstring>` document into `InstanceIds`."""
    ctx = begin_document(element, _ARRAYS_ArrayOfstring, ctx)
    value = _read_instance_ids(element, ctx)
    ctx.finish()
    return value


def deserialize_site_usage(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteUsage:
    """Read the `<Usage>` document into `SiteUsage`."""
    ctx = begin_document(element, _WA_Usage, ctx)
    value = _read_site_usage(element, ctx)
    ctx.finish()
    return value


def deserialize_site_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteOperation:
    """Read the `<Operation>` document into `SiteOperation`."""
    ctx = begin_document(element, _WA_Operation, ctx)
    value = _read_site_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_site_operation_error(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteOperationError:
    """Read the `<Error>` document into `SiteOperationError`."""
    ctx = begin_document(element, _WA_Error, ctx)
    value = _read_site_operation_error(element, ctx)
    ctx.finish()
    return value


def deserialize_web_space(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> WebSpace:
    """Read the `<WebSpace>` document into `WebSpace`."""
    ctx = begin_document(element, _WA_WebSpace, ctx)
    value = _read_web_space(element, ctx)
    ctx.finish()
    return value


def deserialize_site(element: etree._Element, ctx: DeserializeContext | None = None) -> Site:
    """Read the `<Site>` document into `Site`."""
    ctx = begin_document(element, _WA_Site, ctx)
    value = _read_site(element, ctx)
    ctx.finish()
    return value


def deserialize_site_certificate(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteCertificate:
    """Read the `<Certificate>` document into `SiteCertificate`."""
    ctx = begin_document(element, _WA_Certificate, ctx)
    value = _read_site_certificate(element, ctx)
    ctx.finish()
    return value


def deserialize_site_csr(element: etree._Element, ctx: DeserializeContext | None = None) -> SiteCsr:
    """Read the `<Csr>` document into `SiteCsr`."""
    ctx = begin_document(element, _WA_Csr, ctx)
    value = _read_site_csr(element, ctx)
    ctx.finish()
    return value


def deserialize_site_cloning_info(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteCloningInfo:
    """Read the `<CloningInfo>` document into `SiteCloningInfo`."""
    ctx = begin_document(element, _WA_CloningInfo, ctx)
    value = _read_site_cloning_info(element, ctx)
    ctx.finish()
    return value


def deserialize_site_config(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteConfig:
    """Read the `<SiteConfig>` document into `SiteConfig`."""
    ctx = begin_document(element, _WA_SiteConfig, ctx)
    value = _read_site_config(element, ctx)
    ctx.finish()
    return value


def deserialize_conn_string_info(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ConnStringInfo:
    """Read the `<ConnStringInfo>` document into `ConnStringInfo`."""
    ctx = begin_document(element, _WA_ConnStringInfo, ctx)
    value = _read_conn_string_info(element, ctx)
    ctx.finish()
    return value


def deserialize_handler_mapping(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HandlerMapping:
    """Read the `<HandlerMapping>` document into `HandlerMapping`."""
    ctx = begin_document(element, _WA_HandlerMapping, ctx)
    value = _read_handler_mapping(element, ctx)
    ctx.finish()
    return value


def deserialize_site_properties(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SiteProperties:
    """Read the `<SiteProperties>` document into `SiteProperties`."""
    ctx = begin_document(element, _WA_SiteProperties, ctx)
    value = _read_site_properties(element, ctx)
    ctx.finish()
    return value


def deserialize_host_name_ssl_state(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HostNameSslState:
    """Read the `<HostNameSslState>` document into `HostNameSslState`."""
    ctx = begin_document(element, _WA_HostNameSslState, ctx)
    value = _read_host_name_ssl_state(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_response(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricResponse:
    """Read the `<MetricResponse>` document into `MetricResponse`."""
    ctx = begin_document(element, _WA_MetricResponse, ctx)
    value = _read_metric_response(element, ctx)
    ctx.finish()
    return value


def deserialize_data(element: etree._Element, ctx: DeserializeContext | None = None) -> Data:
    """Read the `<Data>` document into `Data`."""
    ctx = begin_document(element, _WA_Data, ctx)
    value = _read_data(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_sample(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricSample:
    """Read the `<MetricSample>` document into `MetricSample`."""
    ctx = begin_document(element, _WA_MetricSample, ctx)
    value = _read_metric_sample(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_definition(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricDefinition:
    """Read the `<MetricDefinition>` document into `MetricDefinition`."""
    ctx = begin_document(element, _WA_MetricDefinition, ctx)
    value = _read_metric_definition(element, ctx)
    ctx.finish()
    return value


def deserialize_metric_availability(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricAvailability:
    """Read the `<MetricAvailabilily>` document into `MetricAvailability`."""
    ctx = begin_document(element, _WA_MetricAvailabilily, ctx)
    value = _read_metric_availability(element, ctx)
    ctx.finish()
    return value


def deserialize_publish_data(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublishData:
    """Read the `<publishData>` document into `PublishData`."""
    ctx = begin_document(element, _NONE_publishData, ctx)
    value = _read_publish_data(element, ctx)
    ctx.finish()
    return value


def deserialize_publish_profile(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublishProfile:
    """Read the `<publishProfile>` document into `PublishProfile`."""
    ctx = begin_document(element, _NONE_publishProfile, ctx)
    value = _read_publish_profile(element, ctx)
    ctx.finish()
    return value


def deserialize_publish_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublishDatabase:
    """Read the `<add>` document into `PublishDatabase`."""
    ctx = begin_document(element, _NONE_add, ctx)
    value = _read_publish_database(element, ctx)
    ctx.finish()
    return value


def deserialize_server_farm(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServerFarm:
    """Read the `<ServerFarm>` document into `ServerFarm`."""
    ctx = begin_document(element, _WA_ServerFarm, ctx)
    value = _read_server_farm(element, ctx)
    ctx.finish()
    return value


def deserialize_publishing_users(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublishingUsers:
    """Read the `<ArrayOfstring>` document into `PublishingUsers`."""
    ctx = begin_document(element, _ARRAYS_ArrayOfstring, ctx)
    value = _read_publishing_users(element, ctx)
    ctx.finish()
    return value


def deserialize_publishing_user(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PublishingUser:
    """Read the `<User>` document into `PublishingUser`."""
    ctx = begin_document(element, _WA_User, ctx)
    value = _read_publishing_user(element, ctx)
    ctx.finish()
    return value


def deserialize_dns_suffix(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DnsSuffix:
    """Read the `<string>` document into `DnsSuffix`."""
    ctx = begin_document(element, _SER_string, ctx)
    value = _read_dns_suffix(element, ctx)
    ctx.finish()
    return value


def deserialize_hostname_availability(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HostnameAvailability:
    """Read the `<boolean>` document into `HostnameAvailability`."""
    ctx = begin_document(element, _SER_boolean, ctx)
    value = _read_hostname_availability(element, ctx)
    ctx.finish()
    return value


def deserialize_geo_region(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GeoRegion:
    """Read the `<GeoRegion>` document into `GeoRegion`."""
    ctx = begin_document(element, _WA_GeoRegion, ctx)
    value = _read_geo_region(element, ctx)
    ctx.finish()
    return value


def deserialize_affinity_groups(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AffinityGroups:
    """Read the `<AffinityGroups>` document listing `AffinityGroup` items."""
    ctx = begin_document(element, _WA_AffinityGroups, ctx)
    result: AffinityGroups = AffinityGroups()
    result.extend(read_list(element, _WA_AffinityGroup, _read_affinity_group, ctx, result))
    ctx.finish()
    return result


def deserialize_application_gateway_certificates(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ApplicationGatewayCertificate]:
    """Read the `<ApplicationGatewayCertificates>` document listing
    `ApplicationGatewayCertificate` items."""
    ctx = begin_document(element, _WA_ApplicationGatewayCertificates, ctx)
    result: ResultList[ApplicationGatewayCertificate] = ResultList()
    result.extend(
        read_list(
            element,
            _WA_ApplicationGatewayCertificate,
            _read_application_gateway_certificate,
            ctx,
            result,
        )
    )
    ctx.finish()
    return result


def deserialize_application_gateways(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ApplicationGateway]:
    """Read the `<ApplicationGateways>` document listing `ApplicationGateway` items."""
    ctx = begin_document(element, _WA_ApplicationGateways, ctx)
    result: ResultList[ApplicationGateway] = ResultList()
    result.extend(
        read_list(element, _WA_ApplicationGateway, _read_application_gateway, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_array_of_relay_service_connection_entity(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[RelayServiceConnectionEntity]:
    """Read the `<ArrayOfRelayServiceConnectionEntity>` document listing
    `RelayServiceConnectionEntity` items."""
    ctx = begin_document(element, _WA_ArrayOfRelayServiceConnectionEntity, ctx)
    result: ResultList[RelayServiceConnectionEntity] = ResultList()
    result.extend(
        read_list(
            element,
            _WA_RelayServiceConnectionEntity,
            _read_relay_service_connection_entity,
            ctx,
            result,
        )
    )
    ctx.finish()
    return result


def deserialize_array_of_status_info(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[DacStatusInfo]:
    """Read the `<ArrayOfStatusInfo>` document listing `DacStatusInfo` items."""
    ctx = begin_document(element, _DAC_ArrayOfStatusInfo, ctx)
    result: ResultList[DacStatusInfo] = ResultList()
    result.extend(read_list(element, _DAC_StatusInfo, _read_dac_status_info, ctx, result))
    ctx.finish()
    return result


def deserialize_backup_items(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[BackupItem]:
    """Read the `<BackupItems>` document listing `BackupItem` items."""
    ctx = begin_document(element, _WA_BackupItems, ctx)
    result: ResultList[BackupItem] = ResultList()
    result.extend(read_list(element, _WA_BackupItem, _read_backup_item, ctx, result))
    ctx.finish()
    return result


def deserialize_certificates(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Certificates:
    """Read the `<Certificates>` document listing `Certificate` items."""
    ctx = begin_document(element, _WA_Certificates, ctx)
    result: Certificates = Certificates()
    result.extend(read_list(element, _WA_Certificate, _read_certificate, ctx, result))
    ctx.finish()
    return result


def deserialize_client_root_certificates(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ClientRootCertificate]:
    """Read the `<ClientRootCertificates>` document listing `ClientRootCertificate` items."""
    ctx = begin_document(element, _WA_ClientRootCertificates, ctx)
    result: ResultList[ClientRootCertificate] = ResultList()
    result.extend(
        read_list(element, _WA_ClientRootCertificate, _read_client_root_certificate, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_cloud_services(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CloudServices:
    """Read the `<CloudServices>` document listing `CloudService` items."""
    ctx = begin_document(element, _WA_CloudServices, ctx)
    result: CloudServices = CloudServices()
    result.extend(read_list(element, _WA_CloudService, _read_cloud_service, ctx, result))
    ctx.finish()
    return result


def deserialize_connections(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[GatewayConnectionStatus]:
    """Read the `<Connections>` document listing `GatewayConnectionStatus` items."""
    ctx = begin_document(element, _WA_Connections, ctx)
    result: ResultList[GatewayConnectionStatus] = ResultList()
    result.extend(read_list(element, _WA_Connection, _read_gateway_connection_status, ctx, result))
    ctx.finish()
    return result


def deserialize_definitions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[TrafficManagerDefinition]:
    """Read the `<Definitions>` document listing `TrafficManagerDefinition` items."""
    ctx = begin_document(element, _WA_Definitions, ctx)
    result: ResultList[TrafficManagerDefinition] = ResultList()
    result.extend(read_list(element, _WA_Definition, _read_traffic_manager_definition, ctx, result))
    ctx.finish()
    return result


def deserialize_disks(element: etree._Element, ctx: DeserializeContext | None = None) -> Disks:
    """Read the `<Disks>` document listing `Disk` items."""
    ctx = begin_document(element, _WA_Disks, ctx)
    result: Disks = Disks()
    result.extend(read_list(element, _WA_Disk, _read_disk, ctx, result))
    ctx.finish()
    return result


def deserialize_extension_images(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ExtensionImage]:
    """Read the `<ExtensionImages>` document listing `ExtensionImage` items."""
    ctx = begin_document(element, _WA_ExtensionImages, ctx)
    result: ResultList[ExtensionImage] = ResultList()
    result.extend(read_list(element, _WA_ExtensionImage, _read_extension_image, ctx, result))
    ctx.finish()
    return result


def deserialize_extensions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ServiceExtension]:
    """Read the `<Extensions>` document listing `ServiceExtension` items."""
    ctx = begin_document(element, _WA_Extensions, ctx)
    result: ResultList[ServiceExtension] = ResultList()
    result.extend(read_list(element, _WA_Extension, _read_service_extension, ctx, result))
    ctx.finish()
    return result


def deserialize_gateway_connections(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[GatewayConnectionDetails]:
    """Read the `<GatewayConnections>` document listing `GatewayConnectionDetails` items."""
    ctx = begin_document(element, _WA_GatewayConnections, ctx)
    result: ResultList[GatewayConnectionDetails] = ResultList()
    result.extend(
        read_list(element, _WA_GatewayConnection, _read_gateway_connection_details, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_geo_regions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[GeoRegion]:
    """Read the `<GeoRegions>` document listing `GeoRegion` items."""
    ctx = begin_document(element, _WA_GeoRegions, ctx)
    result: ResultList[GeoRegion] = ResultList()
    result.extend(read_list(element, _WA_GeoRegion, _read_geo_region, ctx, result))
    ctx.finish()
    return result


def deserialize_hosted_services(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> HostedServices:
    """Read the `<HostedServices>` document listing `HostedService` items."""
    ctx = begin_document(element, _WA_HostedServices, ctx)
    result: HostedServices = HostedServices()
    result.extend(read_list(element, _WA_HostedService, _read_hosted_service, ctx, result))
    ctx.finish()
    return result


def deserialize_images(element: etree._Element, ctx: DeserializeContext | None = None) -> Images:
    """Read the `<Images>` document listing `OSImage` items."""
    ctx = begin_document(element, _WA_Images, ctx)
    result: Images = Images()
    result.extend(read_list(element, _WA_OSImage, _read_os_image, ctx, result))
    ctx.finish()
    return result


def deserialize_local_network_gateways(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[LocalNetworkGateway]:
    """Read the `<LocalNetworkGateways>` document listing `LocalNetworkGateway` items."""
    ctx = begin_document(element, _WA_LocalNetworkGateways, ctx)
    result: ResultList[LocalNetworkGateway] = ResultList()
    result.extend(
        read_list(element, _WA_LocalNetworkGateway, _read_local_network_gateway, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_locations(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Locations:
    """Read the `<Locations>` document listing `Location` items."""
    ctx = begin_document(element, _WA_Locations, ctx)
    result: Locations = Locations()
    result.extend(read_list(element, _WA_Location, _read_location, ctx, result))
    ctx.finish()
    return result


def deserialize_metric_definitions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricDefinitions:
    """Read the `<MetricDefinitions>` document listing `MetricDefinition` items."""
    ctx = begin_document(element, _WA_MetricDefinitions, ctx)
    result: MetricDefinitions = MetricDefinitions()
    result.extend(read_list(element, _WA_MetricDefinition, _read_metric_definition, ctx, result))
    ctx.finish()
    return result


def deserialize_metric_responses(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> MetricResponses:
    """Read the `<MetricResponses>` document listing `MetricResponse` items."""
    ctx = begin_document(element, _WA_MetricResponses, ctx)
    result: MetricResponses = MetricResponses()
    result.extend(read_list(element, _WA_MetricResponse, _read_metric_response, ctx, result))
    ctx.finish()
    return result


def deserialize_network_security_groups(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[NetworkSecurityGroup]:
    """Read the `<NetworkSecurityGroups>` document listing `NetworkSecurityGroup` items."""
    ctx = begin_document(element, _WA_NetworkSecurityGroups, ctx)
    result: ResultList[NetworkSecurityGroup] = ResultList()
    result.extend(
        read_list(element, _WA_NetworkSecurityGroup, _read_network_security_group, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_operating_system_families(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperatingSystemFamilies:
    """Read the `<OperatingSystemFamilies>` document listing `OperatingSystemFamily` items."""
    ctx = begin_document(element, _WA_OperatingSystemFamilies, ctx)
    result: OperatingSystemFamilies = OperatingSystemFamilies()
    result.extend(
        read_list(element, _WA_OperatingSystemFamily, _read_operating_system_family, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_operating_systems(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OperatingSystems:
    """Read the `<OperatingSystems>` document listing `OperatingSystem` items."""
    ctx = begin_document(element, _WA_OperatingSystems, ctx)
    result: OperatingSystems = OperatingSystems()
    result.extend(read_list(element, _WA_OperatingSystem, _read_operating_system, ctx, result))
    ctx.finish()
    return result


def deserialize_profiles(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[TrafficManagerProfile]:
    """Read the `<Profiles>` document listing `TrafficManagerProfile` items."""
    ctx = begin_document(element, _WA_Profiles, ctx)
    result: ResultList[TrafficManagerProfile] = ResultList()
    result.extend(read_list(element, _WA_Profile, _read_traffic_manager_profile, ctx, result))
    ctx.finish()
    return result


def deserialize_reserved_ips(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ReservedIPs:
    """Read the `<ReservedIPs>` document listing `ReservedIP` items."""
    ctx = begin_document(element, _WA_ReservedIPs, ctx)
    result: ReservedIPs = ReservedIPs()
    result.extend(read_list(element, _WA_ReservedIP, _read_reserved_ip, ctx, result))
    ctx.finish()
    return result


def deserialize_resource_extensions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResourceExtensions:
    """Read the `<ResourceExtensions>` document listing `ResourceExtension` items."""
    ctx = begin_document(element, _WA_ResourceExtensions, ctx)
    result: ResourceExtensions = ResourceExtensions()
    result.extend(read_list(element, _WA_ResourceExtension, _read_resource_extension, ctx, result))
    ctx.finish()
    return result


def deserialize_resource_provider_properties(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ResourceProviderProperty]:
    """Read the `<ResourceProviderProperties>` document listing `ResourceProviderProperty` items."""
    ctx = begin_document(element, _WA_ResourceProviderProperties, ctx)
    result: ResultList[ResourceProviderProperty] = ResultList()
    result.extend(
        read_list(
            element, _WA_ResourceProviderProperty, _read_resource_provider_property, ctx, result
        )
    )
    ctx.finish()
    return result


def deserialize_role_sizes(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RoleSizes:
    """Read the `<RoleSizes>` document listing `RoleSize` items."""
    ctx = begin_document(element, _WA_RoleSizes, ctx)
    result: RoleSizes = RoleSizes()
    result.extend(read_list(element, _WA_RoleSize, _read_role_size, ctx, result))
    ctx.finish()
    return result


def deserialize_route_tables(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[RouteTable]:
    """Read the `<RouteTables>` document listing `RouteTable` items."""
    ctx = begin_document(element, _WA_RouteTables, ctx)
    result: ResultList[RouteTable] = ResultList()
    result.extend(read_list(element, _WA_RouteTable, _read_route_table, ctx, result))
    ctx.finish()
    return result


def deserialize_server_farms(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ServerFarm]:
    """Read the `<ServerFarms>` document listing `ServerFarm` items."""
    ctx = begin_document(element, _WA_ServerFarms, ctx)
    result: ResultList[ServerFarm] = ResultList()
    result.extend(read_list(element, _WA_ServerFarm, _read_server_farm, ctx, result))
    ctx.finish()
    return result


def deserialize_servers(element: etree._Element, ctx: DeserializeContext | None = None) -> Servers:
    """Read the `<Servers>` document listing `Server` items."""
    ctx = begin_document(element, _SQL_Servers, ctx)
    result: Servers = Servers()
    result.extend(read_list(element, _SQL_Server, _read_server, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[Database]:
    """Read the `<ServiceResources>` document listing `Database` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[Database] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_database, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_database_copy(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[DatabaseCopy]:
    """Read the `<ServiceResources>` document listing `DatabaseCopy` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[DatabaseCopy] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_database_copy, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_database_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[DatabaseOperation]:
    """Read the `<ServiceResources>` document listing `DatabaseOperation` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[DatabaseOperation] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_database_operation, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_event_log(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[EventLog]:
    """Read the `<ServiceResources>` document listing `EventLog` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[EventLog] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_event_log, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_firewall_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[FirewallRule]:
    """Read the `<ServiceResources>` document listing `FirewallRule` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[FirewallRule] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_firewall_rule, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_recoverable_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[RecoverableDatabase]:
    """Read the `<ServiceResources>` document listing `RecoverableDatabase` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[RecoverableDatabase] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_recoverable_database, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_restorable_dropped_database(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[RestorableDroppedDatabase]:
    """Read the `<ServiceResources>` document listing `RestorableDroppedDatabase` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[RestorableDroppedDatabase] = ResultList()
    result.extend(
        read_list(element, _WA_ServiceResource, _read_restorable_dropped_database, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_service_resources_of_server_quota(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ServerQuota]:
    """Read the `<ServiceResources>` document listing `ServerQuota` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[ServerQuota] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_server_quota, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_service_objective(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[ServiceObjective]:
    """Read the `<ServiceResources>` document listing `ServiceObjective` items."""
    ctx = begin_document(element, _WA_ServiceResources, ctx)
    result: ResultList[ServiceObjective] = ResultList()
    result.extend(read_list(element, _WA_ServiceResource, _read_service_objective, ctx, result))
    ctx.finish()
    return result


def deserialize_sites(element: etree._Element, ctx: DeserializeContext | None = None) -> Sites:
    """Read the `<Sites>` document listing `Site` items."""
    ctx = begin_document(element, _WA_Sites, ctx)
    result: Sites = Sites()
    result.extend(read_list(element, _WA_Site, _read_site, ctx, result))
    ctx.finish()
    return result


def deserialize_storage_services(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StorageServices:
    """Read the `<StorageServices>` document listing `StorageService` items."""
    ctx = begin_document(element, _WA_StorageServices, ctx)
    result: StorageServices = StorageServices()
    result.extend(read_list(element, _WA_StorageService, _read_storage_service, ctx, result))
    ctx.finish()
    return result


def deserialize_subscription_certificates(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubscriptionCertificates:
    """Read the `<SubscriptionCertificates>` document listing `SubscriptionCertificate` items."""
    ctx = begin_document(element, _WA_SubscriptionCertificates, ctx)
    result: SubscriptionCertificates = SubscriptionCertificates()
    result.extend(
        read_list(element, _WA_SubscriptionCertificate, _read_subscription_certificate, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_subscriptions(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Subscriptions:
    """Read the `<Subscriptions>` document listing `Subscription` items."""
    ctx = begin_document(element, _WA_Subscriptions, ctx)
    result: Subscriptions = Subscriptions()
    result.extend(read_list(element, _WA_Subscription, _read_subscription, ctx, result))
    ctx.finish()
    return result


def deserialize_usages(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[SiteUsage]:
    """Read the `<Usages>` document listing `SiteUsage` items."""
    ctx = begin_document(element, _WA_Usages, ctx)
    result: ResultList[SiteUsage] = ResultList()
    result.extend(read_list(element, _WA_Usage, _read_site_usage, ctx, result))
    ctx.finish()
    return result


def deserialize_validation_messages_of_migration_validation_message(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[MigrationValidationMessage]:
    """Read the `<ValidationMessages>` document listing `MigrationValidationMessage` items."""
    ctx = begin_document(element, _WA_ValidationMessages, ctx)
    result: ResultList[MigrationValidationMessage] = ResultList()
    result.extend(
        read_list(element, _WA_ValidationMessage, _read_migration_validation_message, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_validation_messages_of_network_migration_validation_message(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[NetworkMigrationValidationMessage]:
    """Read the `<ValidationMessages>` document listing `NetworkMigrationValidationMessage`
    items."""
    ctx = begin_document(element, _WA_ValidationMessages, ctx)
    result: ResultList[NetworkMigrationValidationMessage] = ResultList()
    result.extend(
        read_list(
            element, _WA_ValidationMessage, _read_network_migration_validation_message, ctx, result
        )
    )
    ctx.finish()
    return result


def deserialize_virtual_network_gateways(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[VirtualNetworkGatewayDetails]:
    """Read the `<VirtualNetworkGateways>` document listing `VirtualNetworkGatewayDetails` items."""
    ctx = begin_document(element, _WA_VirtualNetworkGateways, ctx)
    result: ResultList[VirtualNetworkGatewayDetails] = ResultList()
    result.extend(
        read_list(
            element, _WA_VirtualNetworkGateway, _read_virtual_network_gateway_details, ctx, result
        )
    )
    ctx.finish()
    return result


def deserialize_virtual_network_sites(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VirtualNetworkSites:
    """Read the `<VirtualNetworkSites>` document listing `VirtualNetworkSite` items."""
    ctx = begin_document(element, _WA_VirtualNetworkSites, ctx)
    result: VirtualNetworkSites = VirtualNetworkSites()
    result.extend(
        read_list(element, _WA_VirtualNetworkSite, _read_virtual_network_site, ctx, result)
    )
    ctx.finish()
    return result


def deserialize_vm_images(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VMImages:
    """Read the `<VMImages>` document listing `VMImage` items."""
    ctx = begin_document(element, _WA_VMImages, ctx)
    result: VMImages = VMImages()
    result.extend(read_list(element, _WA_VMImage, _read_vm_image, ctx, result))
    ctx.finish()
    return result


def deserialize_web_spaces(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> WebSpaces:
    """Read the `<WebSpaces>` document listing `WebSpace` items."""
    ctx = begin_document(element, _WA_WebSpaces, ctx)
    result: WebSpaces = WebSpaces()
    result.extend(read_list(element, _WA_WebSpace, _read_web_space, ctx, result))
    ctx.finish()
    return result


def unwrap_connection_detail_feed(
    document: ConnectionDetailFeed,
) -> UnwrappedList[ConnectionDetail, ConnectionDetailFeed]:
    """The `ConnectionDetail` in each of the `entries` of a `ConnectionDetailFeed`
    (`entries.content.connection_detail`), a new one where the path ends early: what
    `get_queue_connection_details`, `get_topic_connection_details`,
    `get_notification_hub_connection_details`, `get_relay_connection_details`,
    `get_namespace_connection_details` return.
    """
    items: UnwrappedList[ConnectionDetail, ConnectionDetailFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.connection_detail if step1 is not None else None
        if item is None:
            item = ConnectionDetail()
        items.append(item)
    return items


def unwrap_metric_properties_feed(
    document: MetricPropertiesFeed,
) -> UnwrappedList[MetricProperties, MetricPropertiesFeed]:
    """The `MetricProperties` in each of the `entries` of a `MetricPropertiesFeed`
    (`entries.content.properties`), a new one where the path ends early: what
    `get_supported_metrics_queue`, `get_supported_metrics_topic`,
    `get_supported_metrics_notification_hub`, `get_supported_metrics_relay` return.

    Each item also gets from its envelope, the item of `entries` it came in: `updated`
    (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[MetricProperties, MetricPropertiesFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.properties if step1 is not None else None
        if item is None:
            item = MetricProperties()
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items


def unwrap_metric_rollups_feed(
    document: MetricRollupsFeed,
) -> UnwrappedList[MetricRollups, MetricRollupsFeed]:
    """The `MetricRollups` in each of the `entries` of a `MetricRollupsFeed`
    (`entries.content.properties`), a new one where the path ends early: what
    `get_metrics_rollups_queue`, `get_metrics_rollups_topic`,
    `get_metrics_rollups_notification_hub`, `get_metrics_rollups_relay` return.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`id`),
    `updated` (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[MetricRollups, MetricRollupsFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.properties if step1 is not None else None
        if item is None:
            item = MetricRollups()
        item.name = envelope.id
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items


def unwrap_metric_values_feed(
    document: MetricValuesFeed,
) -> UnwrappedList[MetricValues, MetricValuesFeed]:
    """The `MetricValues` in each of the `entries` of a `MetricValuesFeed`
    (`entries.content.properties`), a new one where the path ends early: what
    `get_metrics_data_queue`, `get_metrics_data_topic`, `get_metrics_data_notification_hub`,
    `get_metrics_data_relay` return.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`id`),
    `updated` (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[MetricValues, MetricValuesFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.properties if step1 is not None else None
        if item is None:
            item = MetricValues()
        item.name = envelope.id
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items


def unwrap_namespace_authorization_rule_entry(
    document: NamespaceAuthorizationRuleEntry,
) -> NamespaceSharedAccessRule:
    """The `NamespaceSharedAccessRule` of a `NamespaceAuthorizationRuleEntry` (`content.rule`), a
    new one where the path ends early: what `get_namespace_authorization_rule`,
    `create_namespace_authorization_rule`, `update_namespace_authorization_rule` return.
    """
    step1 = document.content
    item = step1.rule if step1 is not None else None
    if item is None:
        item = NamespaceSharedAccessRule()
    return item


def unwrap_namespace_authorization_rule_feed(
    document: NamespaceAuthorizationRuleFeed,
) -> UnwrappedList[NamespaceSharedAccessRule, NamespaceAuthorizationRuleFeed]:
    """The `NamespaceSharedAccessRule` in each of the `entries` of a
    `NamespaceAuthorizationRuleFeed` (`entries.content.rule`), a new one where the path ends
    early: what `list_namespace_authorization_rules` returns.
    """
    items: UnwrappedList[NamespaceSharedAccessRule, NamespaceAuthorizationRuleFeed] = UnwrappedList(
        document
    )
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.rule if step1 is not None else None
        if item is None:
            item = NamespaceSharedAccessRule()
        items.append(item)
    return items


def unwrap_namespace_availability_entry(
    document: NamespaceAvailabilityEntry,
) -> NamespaceAvailability:
    """The `NamespaceAvailability` of a `NamespaceAvailabilityEntry`
    (`content.namespace_availability`), a new one where the path ends early: what
    `check_namespace_availability` returns.
    """
    step1 = document.content
    item = step1.namespace_availability if step1 is not None else None
    if item is None:
        item = NamespaceAvailability()
    return item


def unwrap_notification_hub_entry(document: NotificationHubEntry) -> NotificationHubDescription:
    """The `NotificationHubDescription` of a `NotificationHubEntry`
    (`content.notification_hub_description`), a new one where the path ends early: what
    `get_notification_hub` returns.

    It also gets from the document: `name` (`title`), `updated` (`updated`), `author`
    (`author.name`).
    """
    step1 = document.content
    item = step1.notification_hub_description if step1 is not None else None
    if item is None:
        item = NotificationHubDescription()
    item.name = document.title
    item.updated = document.updated
    step2 = document.author
    item.author = step2.name if step2 is not None else None
    return item


def unwrap_notification_hub_feed(
    document: NotificationHubFeed,
) -> UnwrappedList[NotificationHubDescription, NotificationHubFeed]:
    """The `NotificationHubDescription` in each of the `entries` of a `NotificationHubFeed`
    (`entries.content.notification_hub_description`), a new one where the path ends early: what
    `list_notification_hubs` returns.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`title`),
    `updated` (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[NotificationHubDescription, NotificationHubFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.notification_hub_description if step1 is not None else None
        if item is None:
            item = NotificationHubDescription()
        item.name = envelope.title
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items


def unwrap_queue_entry(document: QueueEntry) -> QueueDescription:
    """The `QueueDescription` of a `QueueEntry` (`content.queue_description`), a new one where the
    path ends early: what `get_queue`, `create_queue`, `update_queue` return.

    It also gets from the document: `name` (`title`), `updated` (`updated`), `author`
    (`author.name`).
    """
    step1 = document.content
    item = step1.queue_description if step1 is not None else None
    if item is None:
        item = QueueDescription()
    item.name = document.title
    item.updated = document.updated
    step2 = document.author
    item.author = step2.name if step2 is not None else None
    return item


def unwrap_queue_feed(document: QueueFeed) -> UnwrappedList[QueueDescription, QueueFeed]:
    """The `QueueDescription` in each of the `entries` of a `QueueFeed`
    (`entries.content.queue_description`), a new one where the path ends early: what
    `list_queues` returns.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`title`),
    `updated` (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[QueueDescription, QueueFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.queue_description if step1 is not None else None
        if item is None:
            item = QueueDescription()
        item.name = envelope.title
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items


def unwrap_relay_feed(document: RelayFeed) -> UnwrappedList[RelayDescription, RelayFeed]:
    """The `RelayDescription` in each of the `entries` of a `RelayFeed`
    (`entries.content.relay_description`), a new one where the path ends early: what
    `list_relays` returns.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`title`),
    `updated` (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[RelayDescription, RelayFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.relay_description if step1 is not None else None
        if item is None:
            item = RelayDescription()
        item.name = envelope.title
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items


def unwrap_service_bus_namespace_entry(document: ServiceBusNamespaceEntry) -> ServiceBusNamespace:
    """The `ServiceBusNamespace` of a `ServiceBusNamespaceEntry` (`content.namespace_description`),
    a new one where the path ends early: what `get_namespace`, `create_namespace` return.
    """
    step1 = document.content
    item = step1.namespace_description if step1 is not None else None
    if item is None:
        item = ServiceBusNamespace()
    return item


def unwrap_service_bus_namespace_feed(
    document: ServiceBusNamespaceFeed,
) -> UnwrappedList[ServiceBusNamespace, ServiceBusNamespaceFeed]:
    """The `ServiceBusNamespace` in each of the `entries` of a `ServiceBusNamespaceFeed`
    (`entries.content.namespace_description`), a new one where the path ends early: what
    `list_namespaces` returns.
    """
    items: UnwrappedList[ServiceBusNamespace, ServiceBusNamespaceFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.namespace_description if step1 is not None else None
        if item is None:
            item = ServiceBusNamespace()
        items.append(item)
    return items


def unwrap_service_bus_region_feed(
    document: ServiceBusRegionFeed,
) -> UnwrappedList[ServiceBusRegion, ServiceBusRegionFeed]:
    """The `ServiceBusRegion` in each of the `entries` of a `ServiceBusRegionFeed`
    (`entries.content.region_code_description`), a new one where the path ends early: what
    `get_regions` returns.
    """
    items: UnwrappedList[ServiceBusRegion, ServiceBusRegionFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.region_code_description if step1 is not None else None
        if item is None:
            item = ServiceBusRegion()
        items.append(item)
    return items


def unwrap_topic_entry(document: TopicEntry) -> TopicDescription:
    """The `TopicDescription` of a `TopicEntry` (`content.topic_description`), a new one where the
    path ends early: what `get_topic`, `create_topic`, `update_topic` return.

    It also gets from the document: `name` (`title`), `updated` (`updated`), `author`
    (`author.name`).
    """
    step1 = document.content
    item = step1.topic_description if step1 is not None else None
    if item is None:
        item = TopicDescription()
    item.name = document.title
    item.updated = document.updated
    step2 = document.author
    item.author = step2.name if step2 is not None else None
    return item


def unwrap_topic_feed(document: TopicFeed) -> UnwrappedList[TopicDescription, TopicFeed]:
    """The `TopicDescription` in each of the `entries` of a `TopicFeed`
    (`entries.content.topic_description`), a new one where the path ends early: what
    `list_topics` returns.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`title`),
    `updated` (`updated`), `author` (`author.name`).
    """
    items: UnwrappedList[TopicDescription, TopicFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.topic_description if step1 is not None else None
        if item is None:
            item = TopicDescription()
        item.name = envelope.title
        item.updated = envelope.updated
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items
