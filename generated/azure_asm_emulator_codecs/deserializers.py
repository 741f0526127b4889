"""XML readers of the request bodies a server receives.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from azure_asm.models import (
    SSH,
    AclRule,
    AddDisk,
    AdditionalUnattendContent,
    AddRole,
    AllowRule,
    AnyConfigurationSet,
    AnyNetworkConfigurationSet,
    ApplicationGatewayBackendAddressPool,
    ApplicationGatewayBackendHttpSettings,
    ApplicationGatewayCertificateFile,
    ApplicationGatewayConfiguration,
    ApplicationGatewayFrontendIP,
    ApplicationGatewayFrontendPort,
    ApplicationGatewayHttpListener,
    ApplicationGatewayHttpLoadBalancingRule,
    ApplicationGatewayOperation,
    ApplicationGatewayProbe,
    AuthorizationRule,
    AuthorizationRules,
    BackupRequest,
    BackupSchedule,
    BgpSettings,
    CaptureRoleAsVMImage,
    CaptureRoleOperation,
    CertificateFile,
    CertificateSetting,
    ChangeConfiguration,
    Components,
    ComponentSetting,
    ComponentSettings,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    ConfigurationSetInputEndpoints,
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
    CreateSiteInput,
    CreateStorageServiceInput,
    CreateTopicEntry,
    CreateTrafficManagerProfile,
    CreateVirtualMachineDeployment,
    CreateVirtualNetworkGatewayParameters,
    CreateVMImageInput,
    Credentials,
    DacBlobCredentials,
    DacBlobStorageAccessKeyCredentials,
    DacConnectionInfo,
    DacExportInput,
    DacImportInput,
    DacStatusInput,
    DatabaseBackupSetting,
    DatabaseCopyInput,
    DatabaseCopyUpdateInput,
    DataVirtualHardDisk,
    DeleteRoleInstances,
    DeploymentNetworkResource,
    DnsServer,
    DnsServerInput,
    DnsServerRef,
    DomainJoin,
    DomainJoinProvisioning,
    EndpointAcl,
    EntitleResource,
    ExtensionCertificateConfiguration,
    ExtensionEndpointConfiguration,
    ExtensionImage,
    ExtensionInputEndpoint,
    ExtensionInstanceInputEndpoint,
    ExtensionInternalEndpoint,
    ExtensionLocalResourceConfiguration,
    FirewallRuleInput,
    FrontendIpConfiguration,
    GatewayDefaultSites,
    GatewaySharedKey,
    IPForwarding,
    IPsecParameters,
    JobCollectionQuota,
    KeyPair,
    KeyPairs,
    LinuxConfigurationSet,
    Listener,
    Listeners,
    LoadBalancedEndpoint,
    LoadBalancedEndpointList,
    LoadBalancer,
    LoadBalancerProbe,
    LocalNetworkConnection,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    MaxRecurrence,
    NamespaceAuthorizationRuleRequest,
    NamespaceSharedAccessRule,
    NetworkConfiguration,
    NetworkConfigurationSet,
    NetworkDnsServer,
    NetworkGateway,
    NetworkInterface,
    NetworkInterfaceIPConfiguration,
    NetworkSecurityGroup,
    NetworkSecurityGroupAssociation,
    NetworkSecurityRule,
    OSImageInput,
    OSVirtualHardDisk,
    Passes,
    PerformMaintenanceOnRoleOperation,
    ProvisioningConfigurationSet,
    PublicIP,
    PublicIPs,
    PublicKey,
    PublicKeys,
    PublishingUser,
    QueueDescription,
    RecoverDatabaseInput,
    RedeployRoleOperation,
    RegenerateKeys,
    RelayServiceConnectionEntity,
    ReplicationInput,
    ReservedIP,
    ReservedIPAssociation,
    ResetGatewayParameters,
    ResetGatewaySharedKey,
    ResizeGatewayParameters,
    ResourceExtensionCertificate,
    ResourceExtensionParameterValue,
    ResourceExtensionParameterValues,
    ResourceExtensionReference,
    RestartRoleOperation,
    RestoreDatabaseInput,
    RestoreRequest,
    RollbackUpdateOrUpgrade,
    Route,
    RouteTable,
    RouteTableAssociation,
    ServerAdminPasswordInput,
    ServerFarm,
    ServiceExtensionInput,
    SharedAccessAuthorizationRule,
    ShutdownRoleOperation,
    ShutdownRolesOperation,
    StartGatewayPublicDiagnostics,
    StartRoleOperation,
    StartRolesOperation,
    StopGatewayPublicDiagnostics,
    StoreAddOnInput,
    StoredCertificateSettings,
    SubnetConfiguration,
    SubscriptionCertificateInput,
    SwapDeployment,
    TopicDescription,
    TrafficManagerDefinition,
    TrafficManagerDnsOptions,
    TrafficManagerEndpoint,
    TrafficManagerHttpOptions,
    TrafficManagerMonitor,
    TrafficManagerPolicy,
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
    VirtualNetworkSiteConfiguration,
    VpnClientParameters,
    WalkUpgradeDomain,
    WindowsConfigurationSet,
    WinRM,
)
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import (
    DeserializeContext,
    attribute_string,
    begin_document,
    child_text,
    is_nil,
    read_base64text,
    read_bool,
    read_datetime,
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
_DAC = "{http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes}"
_SQL = "{http://schemas.microsoft.com/sqlazure/2010/12/}"
_ARRAYS = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}"

_ARRAYS_string = _ARRAYS + "string"
_ATOM_content = _ATOM + "content"
_ATOM_entry = _ATOM + "entry"
_DAC_AzureEdition = _DAC + "AzureEdition"
_DAC_BlobCredentials = _DAC + "BlobCredentials"
_DAC_ConnectionInfo = _DAC + "ConnectionInfo"
_DAC_DacBlobCredentials = _DAC + "DacBlobCredentials"
_DAC_DatabaseName = _DAC + "DatabaseName"
_DAC_DatabaseSizeInGB = _DAC + "DatabaseSizeInGB"
_DAC_ExportInput = _DAC + "ExportInput"
_DAC_ImportInput = _DAC + "ImportInput"
_DAC_Password = _DAC + "Password"
_DAC_RequestId = _DAC + "RequestId"
_DAC_ServerName = _DAC + "ServerName"
_DAC_StatusInput = _DAC + "StatusInput"
_DAC_StorageAccessKey = _DAC + "StorageAccessKey"
_DAC_Uri = _DAC + "Uri"
_DAC_UserName = _DAC + "UserName"
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
_SB_AccessRights = _SB + "AccessRights"
_SB_AccessedAt = _SB + "AccessedAt"
_SB_AuthorizationRule = _SB + "AuthorizationRule"
_SB_AuthorizationRules = _SB + "AuthorizationRules"
_SB_AutoDeleteOnIdle = _SB + "AutoDeleteOnIdle"
_SB_ClaimType = _SB + "ClaimType"
_SB_ClaimValue = _SB + "ClaimValue"
_SB_CountDetails = _SB + "CountDetails"
_SB_CreatedAt = _SB + "CreatedAt"
_SB_CreatedTime = _SB + "CreatedTime"
_SB_DeadLetteringOnMessageExpiration = _SB + "DeadLetteringOnMessageExpiration"
_SB_DefaultMessageTimeToLive = _SB + "DefaultMessageTimeToLive"
_SB_DuplicateDetectionHistoryTimeWindow = _SB + "DuplicateDetectionHistoryTimeWindow"
_SB_EnableBatchedOperations = _SB + "EnableBatchedOperations"
_SB_EnableExpress = _SB + "EnableExpress"
_SB_EnablePartitioning = _SB + "EnablePartitioning"
_SB_EntityAvailabilityStatus = _SB + "EntityAvailabilityStatus"
_SB_FilteringMessagesBeforePublishing = _SB + "FilteringMessagesBeforePublishing"
_SB_ForwardTo = _SB + "ForwardTo"
_SB_IsAnonymousAccessible = _SB + "IsAnonymousAccessible"
_SB_IssuerName = _SB + "IssuerName"
_SB_KeyName = _SB + "KeyName"
_SB_LockDuration = _SB + "LockDuration"
_SB_MaxDeliveryCount = _SB + "MaxDeliveryCount"
_SB_MaxSizeInMegabytes = _SB + "MaxSizeInMegabytes"
_SB_MessageCount = _SB + "MessageCount"
_SB_ModifiedTime = _SB + "ModifiedTime"
_SB_NamespaceDescription = _SB + "NamespaceDescription"
_SB_PrimaryKey = _SB + "PrimaryKey"
_SB_QueueDescription = _SB + "QueueDescription"
_SB_Region = _SB + "Region"
_SB_RequiresDuplicateDetection = _SB + "RequiresDuplicateDetection"
_SB_RequiresSession = _SB + "RequiresSession"
_SB_Revision = _SB + "Revision"
_SB_Rights = _SB + "Rights"
_SB_SecondaryKey = _SB + "SecondaryKey"
_SB_SharedAccessAuthorizationRule = _SB + "SharedAccessAuthorizationRule"
_SB_SizeInBytes = _SB + "SizeInBytes"
_SB_Status = _SB + "Status"
_SB_SubscriptionCount = _SB + "SubscriptionCount"
_SB_SupportOrdering = _SB + "SupportOrdering"
_SB_TopicDescription = _SB + "TopicDescription"
_SB_UpdatedAt = _SB + "UpdatedAt"
_SBM_ActiveMessageCount = _SBM + "ActiveMessageCount"
_SBM_DeadLetterMessageCount = _SBM + "DeadLetterMessageCount"
_SBM_ScheduledMessageCount = _SBM + "ScheduledMessageCount"
_SBM_TransferDeadLetterMessageCount = _SBM + "TransferDeadLetterMessageCount"
_SBM_TransferMessageCount = _SBM + "TransferMessageCount"
_SQL_AdministratorLogin = _SQL + "AdministratorLogin"
_SQL_AdministratorLoginPassword = _SQL + "AdministratorLoginPassword"
_SQL_Location = _SQL + "Location"
_SQL_Server = _SQL + "Server"
_WA_AccountData = _WA + "AccountData"
_WA_AccountType = _WA + "AccountType"
_WA_Action = _WA + "Action"
_WA_AdditionalUnattendContent = _WA + "AdditionalUnattendContent"
_WA_Address = _WA + "Address"
_WA_AddressPrefix = _WA + "AddressPrefix"
_WA_AddressSpace = _WA + "AddressSpace"
_WA_AdjustConnectionStrings = _WA + "AdjustConnectionStrings"
_WA_AdminPassword = _WA + "AdminPassword"
_WA_AdminSiteName = _WA + "AdminSiteName"
_WA_AdminUsername = _WA + "AdminUsername"
_WA_AffinityGroup = _WA + "AffinityGroup"
_WA_ApplicationGatewayConfiguration = _WA + "ApplicationGatewayConfiguration"
_WA_ApplicationGatewayOperation = _WA + "ApplicationGatewayOperation"
_WA_Asn = _WA + "Asn"
_WA_AvailabilitySetName = _WA + "AvailabilitySetName"
_WA_BackendAddressPool = _WA + "BackendAddressPool"
_WA_BackendAddressPools = _WA + "BackendAddressPools"
_WA_BackendHttpSettings = _WA + "BackendHttpSettings"
_WA_BackendHttpSettingsList = _WA + "BackendHttpSettingsList"
_WA_BackupRequest = _WA + "BackupRequest"
_WA_BackupSchedule = _WA + "BackupSchedule"
_WA_BgpPeeringAddress = _WA + "BgpPeeringAddress"
_WA_BgpSettings = _WA + "BgpSettings"
_WA_BiztalkUri = _WA + "BiztalkUri"
_WA_BlobName = _WA + "BlobName"
_WA_BlockRoleUponFailure = _WA + "BlockRoleUponFailure"
_WA_CaptureDurationInSeconds = _WA + "CaptureDurationInSeconds"
_WA_CaptureRoleAsVMImageOperation = _WA + "CaptureRoleAsVMImageOperation"
_WA_CaptureRoleOperation = _WA + "CaptureRoleOperation"
_WA_Certificate = _WA + "Certificate"
_WA_CertificateFile = _WA + "CertificateFile"
_WA_CertificateFormat = _WA + "CertificateFormat"
_WA_CertificateSetting = _WA + "CertificateSetting"
_WA_CertificateThumbprint = _WA + "CertificateThumbprint"
_WA_Certificates = _WA + "Certificates"
_WA_ChangeConfiguration = _WA + "ChangeConfiguration"
_WA_CloudService = _WA + "CloudService"
_WA_CollationName = _WA + "CollationName"
_WA_CompanyName = _WA + "CompanyName"
_WA_ComponentName = _WA + "ComponentName"
_WA_ComponentSetting = _WA + "ComponentSetting"
_WA_ComponentSettings = _WA + "ComponentSettings"
_WA_Components = _WA + "Components"
_WA_ComputeImageAttributes = _WA + "ComputeImageAttributes"
_WA_ComputeMode = _WA + "ComputeMode"
_WA_ComputerName = _WA + "ComputerName"
_WA_Configuration = _WA + "Configuration"
_WA_ConfigurationSet = _WA + "ConfigurationSet"
_WA_ConfigurationSetType = _WA + "ConfigurationSetType"
_WA_ConfigurationSets = _WA + "ConfigurationSets"
_WA_ConnectedEntityId = _WA + "ConnectedEntityId"
_WA_ConnectionString = _WA + "ConnectionString"
_WA_ConnectionStringName = _WA + "ConnectionStringName"
_WA_ContainerName = _WA + "ContainerName"
_WA_Content = _WA + "Content"
_WA_CookieBasedAffinity = _WA + "CookieBasedAffinity"
_WA_CreateAffinityGroup = _WA + "CreateAffinityGroup"
_WA_CreateApplicationGatewayParameters = _WA + "CreateApplicationGatewayParameters"
_WA_CreateDeployment = _WA + "CreateDeployment"
_WA_CreateGatewayConnectionParameters = _WA + "CreateGatewayConnectionParameters"
_WA_CreateGatewayParameters = _WA + "CreateGatewayParameters"
_WA_CreateHostedService = _WA + "CreateHostedService"
_WA_CreateLocalNetworkGatewayParameters = _WA + "CreateLocalNetworkGatewayParameters"
_WA_CreateStorageServiceInput = _WA + "CreateStorageServiceInput"
_WA_CreateVirtualNetworkGatewayParameters = _WA + "CreateVirtualNetworkGatewayParameters"
_WA_Credentials = _WA + "Credentials"
_WA_CustomData = _WA + "CustomData"
_WA_CustomerStorageKey = _WA + "CustomerStorageKey"
_WA_CustomerStorageName = _WA + "CustomerStorageName"
_WA_Data = _WA + "Data"
_WA_DataDiskConfiguration = _WA + "DataDiskConfiguration"
_WA_DataDiskConfigurations = _WA + "DataDiskConfigurations"
_WA_DataVirtualHardDisk = _WA + "DataVirtualHardDisk"
_WA_DataVirtualHardDisks = _WA + "DataVirtualHardDisks"
_WA_DatabaseBackupSetting = _WA + "DatabaseBackupSetting"
_WA_DatabaseType = _WA + "DatabaseType"
_WA_Databases = _WA + "Databases"
_WA_DefaultSiteList = _WA + "DefaultSiteList"
_WA_Definition = _WA + "Definition"
_WA_Deployment = _WA + "Deployment"
_WA_DeploymentName = _WA + "DeploymentName"
_WA_DeploymentNetworkResource = _WA + "DeploymentNetworkResource"
_WA_DeploymentSlot = _WA + "DeploymentSlot"
_WA_Description = _WA + "Description"
_WA_DestinationAddressPrefix = _WA + "DestinationAddressPrefix"
_WA_DestinationPortRange = _WA + "DestinationPortRange"
_WA_DestinationVirtualNetwork = _WA + "DestinationVirtualNetwork"
_WA_DisableSshPasswordAuthentication = _WA + "DisableSshPasswordAuthentication"
_WA_DisallowMajorVersionUpgrade = _WA + "DisallowMajorVersionUpgrade"
_WA_Disk = _WA + "Disk"
_WA_DiskLabel = _WA + "DiskLabel"
_WA_DiskName = _WA + "DiskName"
_WA_Dns = _WA + "Dns"
_WA_DnsOptions = _WA + "DnsOptions"
_WA_DnsServer = _WA + "DnsServer"
_WA_DnsServers = _WA + "DnsServers"
_WA_Domain = _WA + "Domain"
_WA_DomainJoin = _WA + "DomainJoin"
_WA_DomainName = _WA + "DomainName"
_WA_DomainNameLabel = _WA + "DomainNameLabel"
_WA_ETag = _WA + "ETag"
_WA_Edition = _WA + "Edition"
_WA_EnableAutomaticUpdates = _WA + "EnableAutomaticUpdates"
_WA_EnableBgp = _WA + "EnableBgp"
_WA_EnableDirectServerReturn = _WA + "EnableDirectServerReturn"
_WA_Enabled = _WA + "Enabled"
_WA_EnabledVersion = _WA + "EnabledVersion"
_WA_EncryptionType = _WA + "EncryptionType"
_WA_EndIPAddress = _WA + "EndIPAddress"
_WA_Endpoint = _WA + "Endpoint"
_WA_EndpointACL = _WA + "EndpointACL"
_WA_EndpointAcl = _WA + "EndpointAcl"
_WA_Endpoints = _WA + "Endpoints"
_WA_EntitleResource = _WA + "EntitleResource"
_WA_EntityConnectionString = _WA + "EntityConnectionString"
_WA_EntityName = _WA + "EntityName"
_WA_Eula = _WA + "Eula"
_WA_ExpectedStatusCode = _WA + "ExpectedStatusCode"
_WA_ExtendedProperties = _WA + "ExtendedProperties"
_WA_ExtendedProperty = _WA + "ExtendedProperty"
_WA_Extension = _WA + "Extension"
_WA_ExtensionImage = _WA + "ExtensionImage"
_WA_Fingerprint = _WA + "Fingerprint"
_WA_FixedPortMax = _WA + "FixedPortMax"
_WA_FixedPortMin = _WA + "FixedPortMin"
_WA_Force = _WA + "Force"
_WA_ForceUpdate = _WA + "ForceUpdate"
_WA_Fqdn = _WA + "Fqdn"
_WA_Fqdns = _WA + "Fqdns"
_WA_Frequency = _WA + "Frequency"
_WA_FrequencyInterval = _WA + "FrequencyInterval"
_WA_FrequencyUnit = _WA + "FrequencyUnit"
_WA_FrontendIP = _WA + "FrontendIP"
_WA_FrontendIPConfiguration = _WA + "FrontendIPConfiguration"
_WA_FrontendIPConfigurations = _WA + "FrontendIPConfigurations"
_WA_FrontendIpConfiguration = _WA + "FrontendIpConfiguration"
_WA_FrontendPort = _WA + "FrontendPort"
_WA_FrontendPorts = _WA + "FrontendPorts"
_WA_GatewayConnectionName = _WA + "GatewayConnectionName"
_WA_GatewayConnectionType = _WA + "GatewayConnectionType"
_WA_GatewayName = _WA + "GatewayName"
_WA_GatewaySize = _WA + "GatewaySize"
_WA_GatewayType = _WA + "GatewayType"
_WA_GeoRegion = _WA + "GeoRegion"
_WA_HashAlgorithm = _WA + "HashAlgorithm"
_WA_HomepageUri = _WA + "HomepageUri"
_WA_Host = _WA + "Host"
_WA_HostCaching = _WA + "HostCaching"
_WA_HostName = _WA + "HostName"
_WA_HostNameSslStates = _WA + "HostNameSslStates"
_WA_HostNames = _WA + "HostNames"
_WA_HostingResources = _WA + "HostingResources"
_WA_Hostname = _WA + "Hostname"
_WA_HttpListener = _WA + "HttpListener"
_WA_HttpListeners = _WA + "HttpListeners"
_WA_HttpLoadBalancingRule = _WA + "HttpLoadBalancingRule"
_WA_HttpLoadBalancingRules = _WA + "HttpLoadBalancingRules"
_WA_HttpOptions = _WA + "HttpOptions"
_WA_IOType = _WA + "IOType"
_WA_IPAddress = _WA + "IPAddress"
_WA_IPAddresses = _WA + "IPAddresses"
_WA_IPConfiguration = _WA + "IPConfiguration"
_WA_IPConfigurations = _WA + "IPConfigurations"
_WA_IPForwarding = _WA + "IPForwarding"
_WA_IPsecParameters = _WA + "IPsecParameters"
_WA_IconUri = _WA + "IconUri"
_WA_Id = _WA + "Id"
_WA_IdleTimeoutInMinutes = _WA + "IdleTimeoutInMinutes"
_WA_IgnoreConflictingHostNames = _WA + "IgnoreConflictingHostNames"
_WA_ImageFamily = _WA + "ImageFamily"
_WA_InUse = _WA + "InUse"
_WA_InputEndpoint = _WA + "InputEndpoint"
_WA_InputEndpoints = _WA + "InputEndpoints"
_WA_InstanceCount = _WA + "InstanceCount"
_WA_InstanceInputEndpoint = _WA + "InstanceInputEndpoint"
_WA_InstanceInputEndpoints = _WA + "InstanceInputEndpoints"
_WA_InternalEndpoint = _WA + "InternalEndpoint"
_WA_InternalEndpoints = _WA + "InternalEndpoints"
_WA_Interval = _WA + "Interval"
_WA_IntervalInSeconds = _WA + "IntervalInSeconds"
_WA_IntrinsicSettings = _WA + "IntrinsicSettings"
_WA_IpAddress = _WA + "IpAddress"
_WA_IsContinuous = _WA + "IsContinuous"
_WA_IsDefault = _WA + "IsDefault"
_WA_IsForcedTerminate = _WA + "IsForcedTerminate"
_WA_IsInternalExtension = _WA + "IsInternalExtension"
_WA_IsJsonExtension = _WA + "IsJsonExtension"
_WA_IsOfflineSecondary = _WA + "IsOfflineSecondary"
_WA_IsPremium = _WA + "IsPremium"
_WA_JoinDomain = _WA + "JoinDomain"
_WA_KeepAtLeastOneBackup = _WA + "KeepAtLeastOneBackup"
_WA_Key = _WA + "Key"
_WA_KeyLength = _WA + "KeyLength"
_WA_KeyPair = _WA + "KeyPair"
_WA_KeyPairs = _WA + "KeyPairs"
_WA_KeyType = _WA + "KeyType"
_WA_Label = _WA + "Label"
_WA_Language = _WA + "Language"
_WA_LastExecutionTime = _WA + "LastExecutionTime"
_WA_Listener = _WA + "Listener"
_WA_Listeners = _WA + "Listeners"
_WA_LoadBalancedEndpointList = _WA + "LoadBalancedEndpointList"
_WA_LoadBalancedEndpointSetName = _WA + "LoadBalancedEndpointSetName"
_WA_LoadBalancer = _WA + "LoadBalancer"
_WA_LoadBalancerDistribution = _WA + "LoadBalancerDistribution"
_WA_LoadBalancerName = _WA + "LoadBalancerName"
_WA_LoadBalancerProbe = _WA + "LoadBalancerProbe"
_WA_LoadBalancingMethod = _WA + "LoadBalancingMethod"
_WA_LocalPort = _WA + "LocalPort"
_WA_LocalResource = _WA + "LocalResource"
_WA_LocalResources = _WA + "LocalResources"
_WA_Location = _WA + "Location"
_WA_LogicalDiskSizeInGB = _WA + "LogicalDiskSizeInGB"
_WA_Lun = _WA + "Lun"
_WA_MachineObjectOU = _WA + "MachineObjectOU"
_WA_MaxJobCount = _WA + "MaxJobCount"
_WA_MaxJobOccurrence = _WA + "MaxJobOccurrence"
_WA_MaxRecurrence = _WA + "MaxRecurrence"
_WA_MaxSizeBytes = _WA + "MaxSizeBytes"
_WA_MediaLink = _WA + "MediaLink"
_WA_MediaLocation = _WA + "MediaLocation"
_WA_Metric = _WA + "Metric"
_WA_MinChildEndpoints = _WA + "MinChildEndpoints"
_WA_Mode = _WA + "Mode"
_WA_Monitor = _WA + "Monitor"
_WA_MonitorStatus = _WA + "MonitorStatus"
_WA_Monitors = _WA + "Monitors"
_WA_Name = _WA + "Name"
_WA_NetworkInterface = _WA + "NetworkInterface"
_WA_NetworkInterfaces = _WA + "NetworkInterfaces"
_WA_NetworkSecurityGroup = _WA + "NetworkSecurityGroup"
_WA_NextHopType = _WA + "NextHopType"
_WA_NumberOfWorkers = _WA + "NumberOfWorkers"
_WA_OS = _WA + "OS"
_WA_OSDiskConfiguration = _WA + "OSDiskConfiguration"
_WA_OSImage = _WA + "OSImage"
_WA_OSState = _WA + "OSState"
_WA_OSVirtualHardDisk = _WA + "OSVirtualHardDisk"
_WA_Offer = _WA + "Offer"
_WA_Operation = _WA + "Operation"
_WA_OperationType = _WA + "OperationType"
_WA_Order = _WA + "Order"
_WA_Overwrite = _WA + "Overwrite"
_WA_PackageUrl = _WA + "PackageUrl"
_WA_PartnerDatabase = _WA + "PartnerDatabase"
_WA_PartnerServer = _WA + "PartnerServer"
_WA_PassName = _WA + "PassName"
_WA_Passes = _WA + "Passes"
_WA_Password = _WA + "Password"
_WA_Path = _WA + "Path"
_WA_PeerWeight = _WA + "PeerWeight"
_WA_PerformMaintenanceOnRoleOperation = _WA + "PerformMaintenanceOnRoleOperation"
_WA_PersistentVMRole = _WA + "PersistentVMRole"
_WA_PfsGroup = _WA + "PfsGroup"
_WA_Plan = _WA + "Plan"
_WA_Policy = _WA + "Policy"
_WA_Port = _WA + "Port"
_WA_PostCaptureAction = _WA + "PostCaptureAction"
_WA_PostShutdownAction = _WA + "PostShutdownAction"
_WA_Priority = _WA + "Priority"
_WA_PrivacyUri = _WA + "PrivacyUri"
_WA_PrivateConfiguration = _WA + "PrivateConfiguration"
_WA_PrivateConfigurationSchema = _WA + "PrivateConfigurationSchema"
_WA_Probe = _WA + "Probe"
_WA_Probes = _WA + "Probes"
_WA_ProcessorArchitecture = _WA + "ProcessorArchitecture"
_WA_Production = _WA + "Production"
_WA_Profile = _WA + "Profile"
_WA_PromotionCode = _WA + "PromotionCode"
_WA_Protocol = _WA + "Protocol"
_WA_ProviderNameSpace = _WA + "ProviderNameSpace"
_WA_ProvisionGuestAgent = _WA + "ProvisionGuestAgent"
_WA_Provisioning = _WA + "Provisioning"
_WA_ProvisioningConfiguration = _WA + "ProvisioningConfiguration"
_WA_PublicConfiguration = _WA + "PublicConfiguration"
_WA_PublicConfigurationSchema = _WA + "PublicConfigurationSchema"
_WA_PublicIP = _WA + "PublicIP"
_WA_PublicIPs = _WA + "PublicIPs"
_WA_PublicKey = _WA + "PublicKey"
_WA_PublicKeys = _WA + "PublicKeys"
_WA_PublishedDate = _WA + "PublishedDate"
_WA_Publisher = _WA + "Publisher"
_WA_PublisherName = _WA + "PublisherName"
_WA_PublishingPassword = _WA + "PublishingPassword"
_WA_PublishingUserName = _WA + "PublishingUserName"
_WA_Quota = _WA + "Quota"
_WA_RecommendedVMSize = _WA + "RecommendedVMSize"
_WA_RedeployRoleOperation = _WA + "RedeployRoleOperation"
_WA_ReferenceName = _WA + "ReferenceName"
_WA_RegenerateKeys = _WA + "RegenerateKeys"
_WA_Region = _WA + "Region"
_WA_Regions = _WA + "Regions"
_WA_RegistrationDate = _WA + "RegistrationDate"
_WA_RelativePath = _WA + "RelativePath"
_WA_RelayServiceConnectionEntity = _WA + "RelayServiceConnectionEntity"
_WA_RemoteSourceImageLink = _WA + "RemoteSourceImageLink"
_WA_RemoteSubnet = _WA + "RemoteSubnet"
_WA_ReplicationCompleted = _WA + "ReplicationCompleted"
_WA_ReplicationInput = _WA + "ReplicationInput"
_WA_RequestTimeout = _WA + "RequestTimeout"
_WA_ReservedIP = _WA + "ReservedIP"
_WA_ReservedIPAssociation = _WA + "ReservedIPAssociation"
_WA_ReservedIPName = _WA + "ReservedIPName"
_WA_ResetPasswordOnFirstLogon = _WA + "ResetPasswordOnFirstLogon"
_WA_ResetSharedKey = _WA + "ResetSharedKey"
_WA_ResizedSizeInGB = _WA + "ResizedSizeInGB"
_WA_Resource = _WA + "Resource"
_WA_ResourceConnectionString = _WA + "ResourceConnectionString"
_WA_ResourceExtensionParameterValue = _WA + "ResourceExtensionParameterValue"
_WA_ResourceExtensionParameterValues = _WA + "ResourceExtensionParameterValues"
_WA_ResourceExtensionReference = _WA + "ResourceExtensionReference"
_WA_ResourceExtensionReferences = _WA + "ResourceExtensionReferences"
_WA_ResourceGroupName = _WA + "ResourceGroupName"
_WA_ResourceProviderNameSpace = _WA + "ResourceProviderNameSpace"
_WA_ResourceType = _WA + "ResourceType"
_WA_RestartRoleOperation = _WA + "RestartRoleOperation"
_WA_RestoreRequest = _WA + "RestoreRequest"
_WA_RetentionPeriodInDays = _WA + "RetentionPeriodInDays"
_WA_ReverseDnsFqdn = _WA + "ReverseDnsFqdn"
_WA_Role = _WA + "Role"
_WA_RoleInstances = _WA + "RoleInstances"
_WA_RoleList = _WA + "RoleList"
_WA_RoleName = _WA + "RoleName"
_WA_RoleSize = _WA + "RoleSize"
_WA_RoleToUpgrade = _WA + "RoleToUpgrade"
_WA_RoleType = _WA + "RoleType"
_WA_Roles = _WA + "Roles"
_WA_RollbackUpdateOrUpgrade = _WA + "RollbackUpdateOrUpgrade"
_WA_Route = _WA + "Route"
_WA_RouteList = _WA + "RouteList"
_WA_RouteState = _WA + "RouteState"
_WA_RouteTable = _WA + "RouteTable"
_WA_RouteTableAssociation = _WA + "RouteTableAssociation"
_WA_RouteTableName = _WA + "RouteTableName"
_WA_RouteTableState = _WA + "RouteTableState"
_WA_RoutingWeight = _WA + "RoutingWeight"
_WA_Rule = _WA + "Rule"
_WA_Rules = _WA + "Rules"
_WA_SADataSizeKilobytes = _WA + "SADataSizeKilobytes"
_WA_SALifeTimeSeconds = _WA + "SALifeTimeSeconds"
_WA_SKU = _WA + "SKU"
_WA_SSH = _WA + "SSH"
_WA_SampleConfig = _WA + "SampleConfig"
_WA_SchemaVersion = _WA + "SchemaVersion"
_WA_ServerFarm = _WA + "ServerFarm"
_WA_ServiceName = _WA + "ServiceName"
_WA_ServiceObjectiveId = _WA + "ServiceObjectiveId"
_WA_ServiceResource = _WA + "ServiceResource"
_WA_SettingName = _WA + "SettingName"
_WA_SharedKey = _WA + "SharedKey"
_WA_ShowInGui = _WA + "ShowInGui"
_WA_ShutdownRoleOperation = _WA + "ShutdownRoleOperation"
_WA_ShutdownRolesOperation = _WA + "ShutdownRolesOperation"
_WA_Site = _WA + "Site"
_WA_SiteMode = _WA + "SiteMode"
_WA_SizeInMB = _WA + "SizeInMB"
_WA_Sku = _WA + "Sku"
_WA_SmallIconUri = _WA + "SmallIconUri"
_WA_SourceAddressPrefix = _WA + "SourceAddressPrefix"
_WA_SourceDatabaseDeletionDate = _WA + "SourceDatabaseDeletionDate"
_WA_SourceDatabaseName = _WA + "SourceDatabaseName"
_WA_SourceDeployment = _WA + "SourceDeployment"
_WA_SourceImageName = _WA + "SourceImageName"
_WA_SourceMediaLink = _WA + "SourceMediaLink"
_WA_SourcePortRange = _WA + "SourcePortRange"
_WA_SslCert = _WA + "SslCert"
_WA_SslState = _WA + "SslState"
_WA_StartDeployment = _WA + "StartDeployment"
_WA_StartIPAddress = _WA + "StartIPAddress"
_WA_StartRoleOperation = _WA + "StartRoleOperation"
_WA_StartRolesOperation = _WA + "StartRolesOperation"
_WA_StartTime = _WA + "StartTime"
_WA_State = _WA + "State"
_WA_StaticIPAddress = _WA + "StaticIPAddress"
_WA_StaticVirtualNetworkIPAddress = _WA + "StaticVirtualNetworkIPAddress"
_WA_Status = _WA + "Status"
_WA_StatusDetails = _WA + "StatusDetails"
_WA_StorageAccountUrl = _WA + "StorageAccountUrl"
_WA_StoreLocation = _WA + "StoreLocation"
_WA_StoreName = _WA + "StoreName"
_WA_StoredCertificateSettings = _WA + "StoredCertificateSettings"
_WA_SubNetName = _WA + "SubNetName"
_WA_Subnet = _WA + "Subnet"
_WA_SubnetName = _WA + "SubnetName"
_WA_SubnetNames = _WA + "SubnetNames"
_WA_Subnets = _WA + "Subnets"
_WA_SubscriptionCertificate = _WA + "SubscriptionCertificate"
_WA_SubscriptionCertificateData = _WA + "SubscriptionCertificateData"
_WA_SubscriptionCertificatePublicKey = _WA + "SubscriptionCertificatePublicKey"
_WA_SubscriptionCertificateThumbprint = _WA + "SubscriptionCertificateThumbprint"
_WA_SupportedOS = _WA + "SupportedOS"
_WA_Swap = _WA + "Swap"
_WA_TargetDatabaseName = _WA + "TargetDatabaseName"
_WA_TargetImageLabel = _WA + "TargetImageLabel"
_WA_TargetImageName = _WA + "TargetImageName"
_WA_TargetLocations = _WA + "TargetLocations"
_WA_TargetServerName = _WA + "TargetServerName"
_WA_TargetUtcPointInTime = _WA + "TargetUtcPointInTime"
_WA_Thumbprint = _WA + "Thumbprint"
_WA_ThumbprintAlgorithm = _WA + "ThumbprintAlgorithm"
_WA_ThumbprintRequired = _WA + "ThumbprintRequired"
_WA_TimeToLiveInSeconds = _WA + "TimeToLiveInSeconds"
_WA_TimeZone = _WA + "TimeZone"
_WA_Timeout = _WA + "Timeout"
_WA_TimeoutInSeconds = _WA + "TimeoutInSeconds"
_WA_ToUpdate = _WA + "ToUpdate"
_WA_ToleratedNumberOfFailures = _WA + "ToleratedNumberOfFailures"
_WA_TreatWarningsAsError = _WA + "TreatWarningsAsError"
_WA_Type = _WA + "Type"
_WA_UnattendComponent = _WA + "UnattendComponent"
_WA_UnattendPass = _WA + "UnattendPass"
_WA_UnhealthyThreshold = _WA + "UnhealthyThreshold"
_WA_UpdateAffinityGroup = _WA + "UpdateAffinityGroup"
_WA_UpdateApplicationGatewayParameters = _WA + "UpdateApplicationGatewayParameters"
_WA_UpdateConnection = _WA + "UpdateConnection"
_WA_UpdateDeploymentStatus = _WA + "UpdateDeploymentStatus"
_WA_UpdateGatewayConnectionParameters = _WA + "UpdateGatewayConnectionParameters"
_WA_UpdateGatewayParameters = _WA + "UpdateGatewayParameters"
_WA_UpdateGatewayPublicDiagnostics = _WA + "UpdateGatewayPublicDiagnostics"
_WA_UpdateHostedService = _WA + "UpdateHostedService"
_WA_UpdateLocalNetworkGatewayParameters = _WA + "UpdateLocalNetworkGatewayParameters"
_WA_UpdateStorageServiceInput = _WA + "UpdateStorageServiceInput"
_WA_UpgradeDeployment = _WA + "UpgradeDeployment"
_WA_UpgradeDomain = _WA + "UpgradeDomain"
_WA_User = _WA + "User"
_WA_UserName = _WA + "UserName"
_WA_UserPassword = _WA + "UserPassword"
_WA_Username = _WA + "Username"
_WA_VMImage = _WA + "VMImage"
_WA_VMImageLabel = _WA + "VMImageLabel"
_WA_VMImageName = _WA + "VMImageName"
_WA_Value = _WA + "Value"
_WA_Verb = _WA + "Verb"
_WA_Version = _WA + "Version"
_WA_Vip = _WA + "Vip"
_WA_VirtualIPName = _WA + "VirtualIPName"
_WA_VirtualNetworkGatewayId = _WA + "VirtualNetworkGatewayId"
_WA_VirtualNetworkName = _WA + "VirtualNetworkName"
_WA_VnetId = _WA + "VnetId"
_WA_VnetName = _WA + "VnetName"
_WA_VpnClientParameters = _WA + "VpnClientParameters"
_WA_WalkUpgradeDomain = _WA + "WalkUpgradeDomain"
_WA_WebSiteHostNameSslState = _WA + "WebSiteHostNameSslState"
_WA_WebSpaceToCreate = _WA + "WebSpaceToCreate"
_WA_Weight = _WA + "Weight"
_WA_WinRM = _WA + "WinRM"
_WA_WorkerSize = _WA + "WorkerSize"
_WA_gatewayType = _WA + "gatewayType"
_WA_string = _WA + "string"


def _read_create_affinity_group(
    element: etree._Element, ctx: DeserializeContext
) -> CreateAffinityGroup:
    obj = CreateAffinityGroup()
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
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_affinity_group(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateAffinityGroup:
    obj = UpdateAffinityGroup()
    for child in element:
        tag = child.tag
        if tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_application_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> CreateApplicationGatewayParameters:
    obj = CreateApplicationGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceCount:
            obj.instance_count = read_int(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Subnets:
            obj.subnets = read_string_list(child, _WA_Subnet, ctx, obj)
        elif tag == _WA_VnetName:
            obj.vnet_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_application_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateApplicationGatewayParameters:
    obj = UpdateApplicationGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_InstanceCount:
            obj.instance_count = read_int(child, ctx, obj)
        elif tag == _WA_Subnets:
            obj.subnets = read_string_list(child, _WA_Subnet, ctx, obj)
        elif tag == _WA_VnetName:
            obj.vnet_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_operation(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayOperation:
    obj = ApplicationGatewayOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            obj.operation_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_application_gateway_certificate_file(
    element: etree._Element, ctx: DeserializeContext
) -> ApplicationGatewayCertificateFile:
    obj = ApplicationGatewayCertificateFile()
    for child in element:
        tag = child.tag
        if tag == _WA_Data:
            obj.data = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CertificateFormat:
            obj.certificate_format = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Password:
            obj.password = child.text or read_string(child, ctx, obj)
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


def _read_certificate_file(element: etree._Element, ctx: DeserializeContext) -> CertificateFile:
    obj = CertificateFile()
    for child in element:
        tag = child.tag
        if tag == _WA_Data:
            obj.data = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CertificateFormat:
            obj.certificate_format = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Password:
            obj.password = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_subscription_certificate_input(
    element: etree._Element, ctx: DeserializeContext
) -> SubscriptionCertificateInput:
    obj = SubscriptionCertificateInput()
    for child in element:
        tag = child.tag
        if tag == _WA_SubscriptionCertificatePublicKey:
            obj.public_key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionCertificateThumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubscriptionCertificateData:
            obj.data = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_data_disk(element: etree._Element, ctx: DeserializeContext) -> UpdateDataDisk:
    obj = UpdateDataDisk()
    for child in element:
        tag = child.tag
        if tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DiskLabel:
            obj.disk_label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DiskName:
            obj.disk_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Lun:
            obj.updated_lun = read_int(child, ctx, obj)
        elif tag == _WA_LogicalDiskSizeInGB:
            obj.logical_disk_size_in_gb = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_deployment(element: etree._Element, ctx: DeserializeContext) -> CreateDeployment:
    obj = CreateDeployment(
        start_deployment=None,
        treat_warnings_as_error=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PackageUrl:
            obj.package_url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Configuration:
            obj.configuration = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StartDeployment:
            obj.start_deployment = read_bool(child, ctx, obj)
        elif tag == _WA_TreatWarningsAsError:
            obj.treat_warnings_as_error = read_bool(child, ctx, obj)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_swap_deployment(element: etree._Element, ctx: DeserializeContext) -> SwapDeployment:
    obj = SwapDeployment()
    for child in element:
        tag = child.tag
        if tag == _WA_Production:
            obj.production = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SourceDeployment:
            obj.source_deployment = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_change_configuration(
    element: etree._Element, ctx: DeserializeContext
) -> ChangeConfiguration:
    obj = ChangeConfiguration(
        treat_warnings_as_error=None,
        mode=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_Configuration:
            obj.configuration = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TreatWarningsAsError:
            obj.treat_warnings_as_error = read_bool(child, ctx, obj)
        elif tag == _WA_Mode:
            obj.mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_deployment_status(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateDeploymentStatus:
    obj = UpdateDeploymentStatus()
    for child in element:
        tag = child.tag
        if tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_upgrade_deployment(element: etree._Element, ctx: DeserializeContext) -> UpgradeDeployment:
    obj = UpgradeDeployment()
    for child in element:
        tag = child.tag
        if tag == _WA_Mode:
            obj.mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PackageUrl:
            obj.package_url = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Configuration:
            obj.configuration = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_RoleToUpgrade:
            obj.role_to_upgrade = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Force:
            obj.force = read_bool(child, ctx, obj)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        else:
            ctx.unknown(obj, child)
    return obj


def _read_walk_upgrade_domain(
    element: etree._Element, ctx: DeserializeContext
) -> WalkUpgradeDomain:
    obj = WalkUpgradeDomain()
    for child in element:
        tag = child.tag
        if tag == _WA_UpgradeDomain:
            obj.upgrade_domain = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_rollback_update_or_upgrade(
    element: etree._Element, ctx: DeserializeContext
) -> RollbackUpdateOrUpgrade:
    obj = RollbackUpdateOrUpgrade()
    for child in element:
        tag = child.tag
        if tag == _WA_Mode:
            obj.mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Force:
            obj.force = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_delete_role_instances(
    element: etree._Element, ctx: DeserializeContext
) -> DeleteRoleInstances:
    obj = DeleteRoleInstances()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            role_instance_names_item = read_string(child, ctx, obj)
            if role_instance_names_item is None:
                ctx.unknown(obj, child)
            elif obj.role_instance_names is None:
                obj.role_instance_names = [role_instance_names_item]
            else:
                obj.role_instance_names.append(role_instance_names_item)
        else:
            ctx.unknown(obj, child)
    if obj.role_instance_names is None:
        obj.role_instance_names = []  # no item: a flat list that is absent is empty
    return obj


def _read_dns_server_input(element: etree._Element, ctx: DeserializeContext) -> DnsServerInput:
    obj = DnsServerInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.dns_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Address:
            obj.address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_virtual_machine_deployment(
    element: etree._Element, ctx: DeserializeContext
) -> CreateVirtualMachineDeployment:
    obj = CreateVirtualMachineDeployment(
        role_type=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.deployment_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentSlot:
            obj.deployment_slot = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleList:
            _read_create_virtual_machine_deployment__role_list(child, obj, ctx)
        elif tag == _WA_VirtualNetworkName:
            obj.virtual_network_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Dns:
            _read_create_virtual_machine_deployment__dns(child, obj, ctx)
        elif tag == _WA_ReservedIPName:
            obj.reserved_ip_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_virtual_machine_deployment__role_list(
    element: etree._Element, obj: CreateVirtualMachineDeployment, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_Role:
            _read_create_virtual_machine_deployment__role_list__role(child, obj, ctx)
        else:
            ctx.unknown(obj, child)


def _read_create_virtual_machine_deployment__role_list__role(
    element: etree._Element, obj: CreateVirtualMachineDeployment, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleType:
            obj.role_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConfigurationSets:
            obj.configuration_sets = read_list(
                child, _WA_ConfigurationSet, _read_any_configuration_set, ctx, obj
            )
        elif tag == _WA_ResourceExtensionReferences:
            obj.resource_extension_references = read_list(
                child, _WA_ResourceExtensionReference, _read_resource_extension_reference, ctx, obj
            )
        elif tag == _WA_VMImageName:
            obj.vm_image_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLocation:
            obj.media_location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AvailabilitySetName:
            obj.availability_set_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DataVirtualHardDisks:
            obj.data_virtual_hard_disks = read_list(
                child, _WA_DataVirtualHardDisk, _read_data_virtual_hard_disk, ctx, obj
            )
        elif tag == _WA_OSVirtualHardDisk:
            obj.os_virtual_hard_disk = (
                None if is_nil(child) else _read_os_virtual_hard_disk(child, ctx)
            )
        elif tag == _WA_RoleSize:
            obj.role_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ProvisionGuestAgent:
            obj.provision_guest_agent = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_create_virtual_machine_deployment__dns(
    element: etree._Element, obj: CreateVirtualMachineDeployment, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_DnsServers:
            obj.dns_servers = read_list(child, _WA_DnsServer, _read_dns_server, ctx, obj)
        else:
            ctx.unknown(obj, child)


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


def _read_add_disk(element: etree._Element, ctx: DeserializeContext) -> AddDisk:
    obj = AddDisk()
    for child in element:
        tag = child.tag
        if tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_disk(element: etree._Element, ctx: DeserializeContext) -> UpdateDisk:
    obj = UpdateDisk()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.disk_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ResizedSizeInGB:
            obj.resized_size_in_gb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> CreateGatewayParameters:
    obj = CreateGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_gatewayType:
            obj.gateway_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_gateway_connection(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateGatewayConnection:
    obj = UpdateGatewayConnection()
    for child in element:
        tag = child.tag
        if tag == _WA_Operation:
            obj.operation = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IPAddress:
            obj.ip_address = child.text or read_string(child, ctx, obj)
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


def _read_reset_gateway_shared_key(
    element: etree._Element, ctx: DeserializeContext
) -> ResetGatewaySharedKey:
    obj = ResetGatewaySharedKey()
    for child in element:
        tag = child.tag
        if tag == _WA_KeyLength:
            obj.key_length = read_int(child, ctx, obj)
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


def _read_start_gateway_public_diagnostics(
    element: etree._Element, ctx: DeserializeContext
) -> StartGatewayPublicDiagnostics:
    obj = StartGatewayPublicDiagnostics()
    for child in element:
        tag = child.tag
        if tag == _WA_CaptureDurationInSeconds:
            obj.capture_duration_in_seconds = read_int(child, ctx, obj)
        elif tag == _WA_ContainerName:
            obj.container_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CustomerStorageKey:
            obj.customer_storage_key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CustomerStorageName:
            obj.customer_storage_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Operation:
            pass  # the fixed Operation names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_stop_gateway_public_diagnostics(
    element: etree._Element, ctx: DeserializeContext
) -> StopGatewayPublicDiagnostics:
    obj = StopGatewayPublicDiagnostics()
    for child in element:
        tag = child.tag
        if tag == _WA_Operation:
            pass  # the fixed Operation names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gateway_default_sites(
    element: etree._Element, ctx: DeserializeContext
) -> GatewayDefaultSites:
    obj = GatewayDefaultSites()
    for child in element:
        tag = child.tag
        if tag == _WA_string:
            default_sites_item = read_string(child, ctx, obj)
            if default_sites_item is None:
                ctx.unknown(obj, child)
            elif obj.default_sites is None:
                obj.default_sites = [default_sites_item]
            else:
                obj.default_sites.append(default_sites_item)
        else:
            ctx.unknown(obj, child)
    if obj.default_sites is None:
        obj.default_sites = []  # no item: a flat list that is absent is empty
    return obj


def _read_vpn_client_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> VpnClientParameters:
    obj = VpnClientParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_ProcessorArchitecture:
            obj.processor_architecture = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_reset_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> ResetGatewayParameters:
    obj = ResetGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_Operation:
            pass  # the fixed Operation names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_resize_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> ResizeGatewayParameters:
    obj = ResizeGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Operation:
            pass  # the fixed Operation names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_hosted_service(
    element: etree._Element, ctx: DeserializeContext
) -> CreateHostedService:
    obj = CreateHostedService()
    for child in element:
        tag = child.tag
        if tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
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


def _read_update_hosted_service(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateHostedService:
    obj = UpdateHostedService()
    for child in element:
        tag = child.tag
        if tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
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


def _read_replication_input(element: etree._Element, ctx: DeserializeContext) -> ReplicationInput:
    obj = ReplicationInput()
    for child in element:
        tag = child.tag
        if tag == _WA_TargetLocations:
            obj.regions = read_string_list(child, _WA_Region, ctx, obj)
        elif tag == _WA_ComputeImageAttributes:
            _read_replication_input__compute_image_attributes(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_replication_input__compute_image_attributes(
    element: etree._Element, obj: ReplicationInput, ctx: DeserializeContext
) -> None:
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


def _read_create_vm_image_input(
    element: etree._Element, ctx: DeserializeContext
) -> CreateVMImageInput:
    obj = CreateVMImageInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSDiskConfiguration:
            obj.os_disk_configuration = (
                None if is_nil(child) else _read_create_os_disk_configuration_input(child, ctx)
            )
        elif tag == _WA_DataDiskConfigurations:
            obj.data_disk_configurations = read_list(
                child,
                _WA_DataDiskConfiguration,
                _read_create_data_disk_configuration_input,
                ctx,
                obj,
            )
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_os_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext
) -> CreateOSDiskConfigurationInput:
    obj = CreateOSDiskConfigurationInput()
    for child in element:
        tag = child.tag
        if tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSState:
            obj.os_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OS:
            obj.os = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_data_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext
) -> CreateDataDiskConfigurationInput:
    obj = CreateDataDiskConfigurationInput()
    for child in element:
        tag = child.tag
        if tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Lun:
            obj.lun = read_int(child, ctx, obj)
        elif tag == _WA_MediaLink:
            obj.media_link = child.text or read_string(child, ctx, obj)
        elif tag == _WA_LogicalDiskSizeInGB:
            obj.logical_disk_size_in_gb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_vm_image_input(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateVMImageInput:
    obj = UpdateVMImageInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_OSDiskConfiguration:
            obj.os_disk_configuration = (
                None if is_nil(child) else _read_update_os_disk_configuration_input(child, ctx)
            )
        elif tag == _WA_DataDiskConfigurations:
            obj.data_disk_configurations = read_list(
                child,
                _WA_DataDiskConfiguration,
                _read_update_data_disk_configuration_input,
                ctx,
                obj,
            )
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Eula:
            obj.eula = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_os_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateOSDiskConfigurationInput:
    obj = UpdateOSDiskConfigurationInput()
    for child in element:
        tag = child.tag
        if tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_data_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateDataDiskConfigurationInput:
    obj = UpdateDataDiskConfigurationInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_HostCaching:
            obj.host_caching = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Lun:
            obj.lun = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_os_image_input(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateOSImageInput:
    obj = UpdateOSImageInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
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
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_load_balanced_endpoint_list(
    element: etree._Element, ctx: DeserializeContext
) -> LoadBalancedEndpointList:
    obj = LoadBalancedEndpointList()
    for child in element:
        tag = child.tag
        if tag == _WA_InputEndpoint:
            load_balanced_endpoints_item = _read_load_balanced_endpoint(child, ctx)
            if load_balanced_endpoints_item is None:
                ctx.unknown(obj, child)
            elif obj.load_balanced_endpoints is None:
                obj.load_balanced_endpoints = [load_balanced_endpoints_item]
            else:
                obj.load_balanced_endpoints.append(load_balanced_endpoints_item)
        else:
            ctx.unknown(obj, child)
    if obj.load_balanced_endpoints is None:
        obj.load_balanced_endpoints = []  # no item: a flat list that is absent is empty
    return obj


def _read_load_balanced_endpoint(
    element: etree._Element, ctx: DeserializeContext
) -> LoadBalancedEndpoint:
    obj = LoadBalancedEndpoint()
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
                None if is_nil(child) else _read_load_balancer_probe(child, ctx)
            )
        elif tag == _WA_Protocol:
            obj.protocol = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Vip:
            obj.vip = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EnableDirectServerReturn:
            obj.enable_direct_server_return = read_bool(child, ctx, obj)
        elif tag == _WA_EndpointAcl:
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


def _read_deployment_network_resource(
    element: etree._Element, ctx: DeserializeContext
) -> DeploymentNetworkResource:
    obj = DeploymentNetworkResource()
    for child in element:
        tag = child.tag
        if tag == _WA_ResourceGroupName:
            obj.resource_group_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualNetworkName:
            obj.virtual_network_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SubNetName:
            obj.subnet_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DestinationVirtualNetwork:
            obj.destination_virtual_network = child.text or read_string(child, ctx, obj)
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


def _read_reserved_ip_association(
    element: etree._Element, ctx: DeserializeContext
) -> ReservedIPAssociation:
    obj = ReservedIPAssociation()
    for child in element:
        tag = child.tag
        if tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DeploymentName:
            obj.deployment_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualIPName:
            obj.virtual_ip_name = child.text or read_string(child, ctx, obj)
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


def _read_os_image_input(element: etree._Element, ctx: DeserializeContext) -> OSImageInput:
    obj = OSImageInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
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
        elif tag == _WA_PublishedDate:
            obj.published_date = read_datetime(child, ctx, obj)
        elif tag == _WA_IsPremium:
            obj.is_premium = read_bool(child, ctx, obj)
        elif tag == _WA_ShowInGui:
            obj.show_in_gui = read_bool(child, ctx, obj)
        elif tag == _WA_PrivacyUri:
            obj.privacy_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IconUri:
            obj.icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SmallIconUri:
            obj.small_icon_uri = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_role(element: etree._Element, ctx: DeserializeContext) -> UpdateRole:
    obj = UpdateRole(
        role_type=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleType:
            obj.role_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConfigurationSets:
            _read_update_role__configuration_sets(child, obj, ctx)
        elif tag == _WA_ResourceExtensionReferences:
            obj.resource_extension_references = read_list(
                child, _WA_ResourceExtensionReference, _read_resource_extension_reference, ctx, obj
            )
        elif tag == _WA_AvailabilitySetName:
            obj.availability_set_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DataVirtualHardDisks:
            obj.data_virtual_hard_disks = read_list(
                child, _WA_DataVirtualHardDisk, _read_data_virtual_hard_disk, ctx, obj
            )
        elif tag == _WA_OSVirtualHardDisk:
            obj.os_virtual_hard_disk = (
                None if is_nil(child) else _read_os_virtual_hard_disk(child, ctx)
            )
        elif tag == _WA_RoleSize:
            obj.role_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ProvisionGuestAgent:
            obj.provision_guest_agent = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_role__configuration_sets(
    element: etree._Element, obj: UpdateRole, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_ConfigurationSet:
            if not is_nil(child):
                obj.network_config = _read_any_network_configuration_set(child, ctx)
                if obj.network_config is None:
                    ctx.unknown(obj, child)
        else:
            ctx.unknown(obj, child)


def _read_capture_role_operation(
    element: etree._Element, ctx: DeserializeContext
) -> CaptureRoleOperation:
    obj = CaptureRoleOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        elif tag == _WA_PostCaptureAction:
            obj.post_capture_action = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ProvisioningConfiguration:
            if not is_nil(child):
                obj.provisioning_configuration = _read_provisioning_configuration_set(child, ctx)
                if obj.provisioning_configuration is None:
                    ctx.unknown(obj, child)
        elif tag == _WA_TargetImageLabel:
            obj.target_image_label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetImageName:
            obj.target_image_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_start_role_operation(
    element: etree._Element, ctx: DeserializeContext
) -> StartRoleOperation:
    obj = StartRoleOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_start_roles_operation(
    element: etree._Element, ctx: DeserializeContext
) -> StartRolesOperation:
    obj = StartRolesOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        elif tag == _WA_Roles:
            obj.role_names = read_string_list(child, _WA_Name, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_restart_role_operation(
    element: etree._Element, ctx: DeserializeContext
) -> RestartRoleOperation:
    obj = RestartRoleOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_shutdown_role_operation(
    element: etree._Element, ctx: DeserializeContext
) -> ShutdownRoleOperation:
    obj = ShutdownRoleOperation(
        post_shutdown_action=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        elif tag == _WA_PostShutdownAction:
            obj.post_shutdown_action = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_shutdown_roles_operation(
    element: etree._Element, ctx: DeserializeContext
) -> ShutdownRolesOperation:
    obj = ShutdownRolesOperation(
        post_shutdown_action=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        elif tag == _WA_Roles:
            obj.role_names = read_string_list(child, _WA_Name, ctx, obj)
        elif tag == _WA_PostShutdownAction:
            obj.post_shutdown_action = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_add_role(element: etree._Element, ctx: DeserializeContext) -> AddRole:
    obj = AddRole(
        role_type=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_RoleName:
            obj.role_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoleType:
            obj.role_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ConfigurationSets:
            obj.configuration_sets = read_list(
                child, _WA_ConfigurationSet, _read_any_configuration_set, ctx, obj
            )
        elif tag == _WA_ResourceExtensionReferences:
            obj.resource_extension_references = read_list(
                child, _WA_ResourceExtensionReference, _read_resource_extension_reference, ctx, obj
            )
        elif tag == _WA_VMImageName:
            obj.vm_image_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MediaLocation:
            obj.media_location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AvailabilitySetName:
            obj.availability_set_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DataVirtualHardDisks:
            obj.data_virtual_hard_disks = read_list(
                child, _WA_DataVirtualHardDisk, _read_data_virtual_hard_disk, ctx, obj
            )
        elif tag == _WA_OSVirtualHardDisk:
            obj.os_virtual_hard_disk = (
                None if is_nil(child) else _read_os_virtual_hard_disk(child, ctx)
            )
        elif tag == _WA_RoleSize:
            obj.role_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ProvisionGuestAgent:
            obj.provision_guest_agent = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_capture_role_as_vm_image(
    element: etree._Element, ctx: DeserializeContext
) -> CaptureRoleAsVMImage:
    obj = CaptureRoleAsVMImage()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        elif tag == _WA_OSState:
            obj.os_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VMImageName:
            obj.vm_image_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VMImageLabel:
            obj.vm_image_label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Language:
            obj.language = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ImageFamily:
            obj.image_family = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RecommendedVMSize:
            obj.recommended_vm_size = child.text or read_string(child, ctx, obj)
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


def _read_any_network_configuration_set(
    element: etree._Element, ctx: DeserializeContext
) -> AnyNetworkConfigurationSet | None:
    kind = child_text(element, _WA_ConfigurationSetType)
    if kind == "NetworkConfiguration":
        return _read_network_configuration_set(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_provisioning_configuration_set(
    element: etree._Element, ctx: DeserializeContext
) -> ProvisioningConfigurationSet | None:
    kind = child_text(element, _WA_ConfigurationSetType)
    if kind == "LinuxProvisioningConfiguration":
        return _read_linux_configuration_set(element, ctx)
    if kind == "WindowsProvisioningConfiguration":
        return _read_windows_configuration_set(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


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


def _read_create_cloud_service(
    element: etree._Element, ctx: DeserializeContext
) -> CreateCloudService:
    obj = CreateCloudService()
    for child in element:
        tag = child.tag
        if tag == _WA_Label:
            obj.label = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GeoRegion:
            obj.geo_region = child.text or read_string(child, ctx, obj)
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


def _read_create_job_collection(
    element: etree._Element, ctx: DeserializeContext
) -> CreateJobCollection:
    obj = CreateJobCollection()
    for child in element:
        tag = child.tag
        if tag == _WA_IntrinsicSettings:
            _read_create_job_collection__intrinsic_settings(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_job_collection__intrinsic_settings(
    element: etree._Element, obj: CreateJobCollection, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_update_job_collection(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateJobCollection:
    obj = UpdateJobCollection()
    for child in element:
        tag = child.tag
        if tag == _WA_SchemaVersion:
            obj.schema_version = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ETag:
            obj.e_tag = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IntrinsicSettings:
            _read_update_job_collection__intrinsic_settings(child, obj, ctx)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_job_collection__intrinsic_settings(
    element: etree._Element, obj: UpdateJobCollection, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Quota:
            obj.quota = None if is_nil(child) else _read_job_collection_quota(child, ctx)
        else:
            ctx.unknown(obj, child)


def _read_entitle_resource(element: etree._Element, ctx: DeserializeContext) -> EntitleResource:
    obj = EntitleResource()
    for child in element:
        tag = child.tag
        if tag == _WA_ResourceProviderNameSpace:
            obj.resource_provider_namespace = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RegistrationDate:
            obj.registration_date = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_namespace_entry(
    element: etree._Element, ctx: DeserializeContext
) -> CreateNamespaceEntry:
    obj = CreateNamespaceEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_content:
            _read_create_namespace_entry__content(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_namespace_entry__content(
    element: etree._Element, obj: CreateNamespaceEntry, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _SB_NamespaceDescription:
            obj.namespace_description = read_string_list(child, _SB_Region, ctx, obj)
        else:
            ctx.unknown(obj, child)


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


def _read_create_queue_entry(element: etree._Element, ctx: DeserializeContext) -> CreateQueueEntry:
    obj = CreateQueueEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_content:
            _read_create_queue_entry__content(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_queue_entry__content(
    element: etree._Element, obj: CreateQueueEntry, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _SB_QueueDescription:
            obj.queue_description = None if is_nil(child) else _read_queue_description(child, ctx)
        else:
            ctx.unknown(obj, child)


def _read_create_topic_entry(element: etree._Element, ctx: DeserializeContext) -> CreateTopicEntry:
    obj = CreateTopicEntry()
    for child in element:
        tag = child.tag
        if tag == _ATOM_content:
            _read_create_topic_entry__content(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_topic_entry__content(
    element: etree._Element, obj: CreateTopicEntry, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _SB_TopicDescription:
            obj.topic_description = None if is_nil(child) else _read_topic_description(child, ctx)
        else:
            ctx.unknown(obj, child)


def _read_namespace_authorization_rule_request(
    element: etree._Element, ctx: DeserializeContext
) -> NamespaceAuthorizationRuleRequest:
    obj = NamespaceAuthorizationRuleRequest()
    for child in element:
        tag = child.tag
        if tag == _ATOM_content:
            _read_namespace_authorization_rule_request__content(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_namespace_authorization_rule_request__content(
    element: etree._Element, obj: NamespaceAuthorizationRuleRequest, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _SB_SharedAccessAuthorizationRule:
            obj.rule = None if is_nil(child) else _read_namespace_shared_access_rule(child, ctx)
        else:
            ctx.unknown(obj, child)


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


def _read_service_extension_input(
    element: etree._Element, ctx: DeserializeContext
) -> ServiceExtensionInput:
    obj = ServiceExtensionInput()
    for child in element:
        tag = child.tag
        if tag == _WA_ProviderNameSpace:
            obj.provider_namespace = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Type:
            obj.extension_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Id:
            obj.extension_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ThumbprintAlgorithm:
            obj.thumbprint_algorithm = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PublicConfiguration:
            obj.public_configuration = read_base64text(child, ctx, obj)
        elif tag == _WA_PrivateConfiguration:
            obj.private_configuration = read_base64text(child, ctx, obj)
        elif tag == _WA_Version:
            obj.version = child.text or read_string(child, ctx, obj)
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


def _read_database_copy_input(
    element: etree._Element, ctx: DeserializeContext
) -> DatabaseCopyInput:
    obj = DatabaseCopyInput(
        is_continuous=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_PartnerServer:
            obj.partner_server = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PartnerDatabase:
            obj.partner_database = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IsContinuous:
            obj.is_continuous = read_bool(child, ctx, obj)
        elif tag == _WA_IsOfflineSecondary:
            obj.is_offline_secondary = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_database_copy_update_input(
    element: etree._Element, ctx: DeserializeContext
) -> DatabaseCopyUpdateInput:
    obj = DatabaseCopyUpdateInput()
    for child in element:
        tag = child.tag
        if tag == _WA_IsForcedTerminate:
            obj.is_forced_terminate = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_restore_database_input(
    element: etree._Element, ctx: DeserializeContext
) -> RestoreDatabaseInput:
    obj = RestoreDatabaseInput()
    for child in element:
        tag = child.tag
        if tag == _WA_SourceDatabaseName:
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


def _read_recover_database_input(
    element: etree._Element, ctx: DeserializeContext
) -> RecoverDatabaseInput:
    obj = RecoverDatabaseInput()
    for child in element:
        tag = child.tag
        if tag == _WA_SourceDatabaseName:
            obj.source_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetServerName:
            obj.target_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_TargetDatabaseName:
            obj.target_database_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dac_blob_credentials(
    element: etree._Element, ctx: DeserializeContext
) -> DacBlobCredentials | None:
    kind = element.get(
        "{http://www.w3.org/2001/XMLSchema-instance}type", "BlobStorageAccessKeyCredentials"
    )
    if kind == "BlobStorageAccessKeyCredentials":
        return _read_dac_blob_storage_access_key_credentials(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_dac_blob_storage_access_key_credentials(
    element: etree._Element, ctx: DeserializeContext
) -> DacBlobStorageAccessKeyCredentials:
    obj = DacBlobStorageAccessKeyCredentials()
    for child in element:
        tag = child.tag
        if tag == _DAC_Uri:
            obj.uri = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_StorageAccessKey:
            obj.storage_access_key = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dac_connection_info(
    element: etree._Element, ctx: DeserializeContext
) -> DacConnectionInfo:
    obj = DacConnectionInfo()
    for child in element:
        tag = child.tag
        if tag == _DAC_DatabaseName:
            obj.database_name = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_Password:
            obj.password = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_ServerName:
            obj.server_name = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_UserName:
            obj.user_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dac_export_input(element: etree._Element, ctx: DeserializeContext) -> DacExportInput:
    obj = DacExportInput()
    for child in element:
        tag = child.tag
        if tag == _DAC_BlobCredentials:
            if not is_nil(child):
                obj.blob_credentials = _read_dac_blob_credentials(child, ctx)
                if obj.blob_credentials is None:
                    ctx.unknown(obj, child)
        elif tag == _DAC_ConnectionInfo:
            obj.connection_info = None if is_nil(child) else _read_dac_connection_info(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dac_import_input(element: etree._Element, ctx: DeserializeContext) -> DacImportInput:
    obj = DacImportInput()
    for child in element:
        tag = child.tag
        if tag == _DAC_AzureEdition:
            obj.azure_edition = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_BlobCredentials:
            if not is_nil(child):
                obj.blob_credentials = _read_dac_blob_credentials(child, ctx)
                if obj.blob_credentials is None:
                    ctx.unknown(obj, child)
        elif tag == _DAC_ConnectionInfo:
            obj.connection_info = None if is_nil(child) else _read_dac_connection_info(child, ctx)
        elif tag == _DAC_DatabaseSizeInGB:
            obj.database_size_in_gb = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_dac_status_input(element: etree._Element, ctx: DeserializeContext) -> DacStatusInput:
    obj = DacStatusInput()
    for child in element:
        tag = child.tag
        if tag == _DAC_Password:
            obj.password = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_RequestId:
            obj.request_id = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_ServerName:
            obj.fully_qualified_server_name = child.text or read_string(child, ctx, obj)
        elif tag == _DAC_UserName:
            obj.user_name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_server_input(
    element: etree._Element, ctx: DeserializeContext
) -> CreateServerInput:
    obj = CreateServerInput()
    for child in element:
        tag = child.tag
        if tag == _SQL_AdministratorLogin:
            obj.admin_login = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_AdministratorLoginPassword:
            obj.admin_password = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_server_admin_password_input(
    element: etree._Element, ctx: DeserializeContext
) -> ServerAdminPasswordInput:
    obj = ServerAdminPasswordInput()
    obj.admin_password = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def _read_firewall_rule_input(
    element: etree._Element, ctx: DeserializeContext
) -> FirewallRuleInput:
    obj = FirewallRuleInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StartIPAddress:
            obj.start_ip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EndIPAddress:
            obj.end_ip_address = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_database_input(
    element: etree._Element, ctx: DeserializeContext
) -> CreateDatabaseInput:
    obj = CreateDatabaseInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Edition:
            obj.edition = child.text or read_string(child, ctx, obj)
        elif tag == _WA_CollationName:
            obj.collation_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MaxSizeBytes:
            obj.max_size_bytes = read_long(child, ctx, obj)
        elif tag == _WA_ServiceObjectiveId:
            obj.service_objective_id = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_database_input(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateDatabaseInput:
    obj = UpdateDatabaseInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.new_database_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Edition:
            obj.edition = child.text or read_string(child, ctx, obj)
        elif tag == _WA_MaxSizeBytes:
            obj.max_size_bytes = read_long(child, ctx, obj)
        elif tag == _WA_ServiceObjectiveId:
            obj.service_objective_id = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_regenerate_keys(element: etree._Element, ctx: DeserializeContext) -> RegenerateKeys:
    obj = RegenerateKeys()
    for child in element:
        tag = child.tag
        if tag == _WA_KeyType:
            obj.key_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_storage_service_input(
    element: etree._Element, ctx: DeserializeContext
) -> CreateStorageServiceInput:
    obj = CreateStorageServiceInput(
        account_type=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_ServiceName:
            obj.service_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_AffinityGroup:
            obj.affinity_group = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_AccountType:
            obj.account_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_storage_service_input(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateStorageServiceInput:
    obj = UpdateStorageServiceInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Description:
            obj.description = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_ExtendedProperties:
            obj.extended_properties = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_AccountType:
            obj.account_type = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_store_add_on_input(element: etree._Element, ctx: DeserializeContext) -> StoreAddOnInput:
    obj = StoreAddOnInput()
    for child in element:
        tag = child.tag
        if tag == _WA_Type:
            obj.type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        elif tag == _WA_PromotionCode:
            obj.promotion_code = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_traffic_manager_profile(
    element: etree._Element, ctx: DeserializeContext
) -> CreateTrafficManagerProfile:
    obj = CreateTrafficManagerProfile()
    for child in element:
        tag = child.tag
        if tag == _WA_DomainName:
            obj.domain_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_traffic_manager_profile(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateTrafficManagerProfile:
    obj = UpdateTrafficManagerProfile()
    for child in element:
        tag = child.tag
        if tag == _WA_Status:
            obj.status = child.text or read_string(child, ctx, obj)
        elif tag == _WA_StatusDetails:
            _read_update_traffic_manager_profile__status_details(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_traffic_manager_profile__status_details(
    element: etree._Element, obj: UpdateTrafficManagerProfile, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_EnabledVersion:
            obj.enabled_version = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)


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


def _read_create_local_network_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> CreateLocalNetworkGatewayParameters:
    obj = CreateLocalNetworkGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_AddressSpace:
            obj.address_space = read_string_list(child, _WA_string, ctx, obj)
        elif tag == _WA_GatewayName:
            obj.gateway_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_IpAddress:
            obj.ip_address = child.text or read_string(child, ctx, obj)
        elif tag == _WA_BgpSettings:
            obj.bgp_settings = None if is_nil(child) else _read_bgp_settings(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_virtual_network_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> CreateVirtualNetworkGatewayParameters:
    obj = CreateVirtualNetworkGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_GatewayName:
            obj.gateway_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewaySize:
            obj.gateway_size = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewayType:
            obj.gateway_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Location:
            obj.location = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VnetId:
            obj.vnet_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_BgpSettings:
            obj.bgp_settings = None if is_nil(child) else _read_bgp_settings(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_gateway_connection_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> CreateGatewayConnectionParameters:
    obj = CreateGatewayConnectionParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_ConnectedEntityId:
            obj.connected_entity_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewayConnectionName:
            obj.gateway_connection_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_GatewayConnectionType:
            obj.gateway_connection_type = child.text or read_string(child, ctx, obj)
        elif tag == _WA_VirtualNetworkGatewayId:
            obj.virtual_network_gateway_id = child.text or read_string(child, ctx, obj)
        elif tag == _WA_RoutingWeight:
            obj.routing_weight = read_int(child, ctx, obj)
        elif tag == _WA_SharedKey:
            obj.shared_key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EnableBgp:
            obj.enable_bgp = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_local_network_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateLocalNetworkGatewayParameters:
    obj = UpdateLocalNetworkGatewayParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_AddressSpace:
            obj.address_space = read_string_list(child, _WA_string, ctx, obj)
        elif tag == _WA_BgpSettings:
            obj.bgp_settings = None if is_nil(child) else _read_bgp_settings(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_gateway_connection_parameters(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateGatewayConnectionParameters:
    obj = UpdateGatewayConnectionParameters()
    for child in element:
        tag = child.tag
        if tag == _WA_RoutingWeight:
            obj.routing_weight = read_int(child, ctx, obj)
        elif tag == _WA_SharedKey:
            obj.shared_key = child.text or read_string(child, ctx, obj)
        elif tag == _WA_EnableBgp:
            obj.enable_bgp = read_bool(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_redeploy_role_operation(
    element: etree._Element, ctx: DeserializeContext
) -> RedeployRoleOperation:
    obj = RedeployRoleOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
        else:
            ctx.unknown(obj, child)
    return obj


def _read_perform_maintenance_on_role_operation(
    element: etree._Element, ctx: DeserializeContext
) -> PerformMaintenanceOnRoleOperation:
    obj = PerformMaintenanceOnRoleOperation()
    for child in element:
        tag = child.tag
        if tag == _WA_OperationType:
            pass  # the fixed OperationType names the class itself
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


def _read_create_site_input(element: etree._Element, ctx: DeserializeContext) -> CreateSiteInput:
    obj = CreateSiteInput(
        compute_mode=None,
        plan=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_HostNames:
            obj.host_names = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_Name:
            obj.website_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ComputeMode:
            obj.compute_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ServerFarm:
            obj.server_farm = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SiteMode:
            obj.site_mode = child.text or read_string(child, ctx, obj)
        elif tag == _WA_WebSpaceToCreate:
            _read_create_site_input__web_space_to_create(child, obj, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_create_site_input__web_space_to_create(
    element: etree._Element, obj: CreateSiteInput, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_GeoRegion:
            obj.geo_region = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Name:
            obj.webspace_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Plan:
            obj.plan = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_update_site_input(element: etree._Element, ctx: DeserializeContext) -> UpdateSiteInput:
    obj = UpdateSiteInput()
    for child in element:
        tag = child.tag
        if tag == _WA_HostNameSslStates:
            obj.host_name_ssl_states = read_list(
                child, _WA_WebSiteHostNameSslState, _read_update_host_name_ssl_state, ctx, obj
            )
        elif tag == _WA_HostNames:
            obj.host_names = read_string_list(child, _ARRAYS_string, ctx, obj)
        elif tag == _WA_ServerFarm:
            obj.server_farm = child.text or read_string(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_update_host_name_ssl_state(
    element: etree._Element, ctx: DeserializeContext
) -> UpdateHostNameSslState:
    obj = UpdateHostNameSslState(
        ssl_state=None,
        to_update=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SslState:
            obj.ssl_state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Thumbprint:
            obj.thumbprint = child.text or read_string(child, ctx, obj)
        elif tag == _WA_ToUpdate:
            obj.to_update = read_bool(child, ctx, obj)
        else:
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


def _read_update_server_farm(element: etree._Element, ctx: DeserializeContext) -> UpdateServerFarm:
    obj = UpdateServerFarm()
    for child in element:
        tag = child.tag
        if tag == _WA_NumberOfWorkers:
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


def deserialize_create_affinity_group(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateAffinityGroup:
    """Read the `<CreateAffinityGroup>` document into `CreateAffinityGroup`."""
    ctx = begin_document(element, _WA_CreateAffinityGroup, ctx)
    value = _read_create_affinity_group(element, ctx)
    ctx.finish()
    return value


def deserialize_update_affinity_group(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateAffinityGroup:
    """Read the `<UpdateAffinityGroup>` document into `UpdateAffinityGroup`."""
    ctx = begin_document(element, _WA_UpdateAffinityGroup, ctx)
    value = _read_update_affinity_group(element, ctx)
    ctx.finish()
    return value


def deserialize_create_application_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateApplicationGatewayParameters:
    """Read the `<CreateApplicationGatewayParameters>` document into
    `CreateApplicationGatewayParameters`."""
    ctx = begin_document(element, _WA_CreateApplicationGatewayParameters, ctx)
    value = _read_create_application_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_update_application_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateApplicationGatewayParameters:
    """Read the `<UpdateApplicationGatewayParameters>` document into
    `UpdateApplicationGatewayParameters`."""
    ctx = begin_document(element, _WA_UpdateApplicationGatewayParameters, ctx)
    value = _read_update_application_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayOperation:
    """Read the `<ApplicationGatewayOperation>` document into `ApplicationGatewayOperation`."""
    ctx = begin_document(element, _WA_ApplicationGatewayOperation, ctx)
    value = _read_application_gateway_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_application_gateway_certificate_file(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ApplicationGatewayCertificateFile:
    """Read the `<CertificateFile>` document into `ApplicationGatewayCertificateFile`."""
    ctx = begin_document(element, _WA_CertificateFile, ctx)
    value = _read_application_gateway_certificate_file(element, ctx)
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


def deserialize_certificate_file(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CertificateFile:
    """Read the `<CertificateFile>` document into `CertificateFile`."""
    ctx = begin_document(element, _WA_CertificateFile, ctx)
    value = _read_certificate_file(element, ctx)
    ctx.finish()
    return value


def deserialize_subscription_certificate_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SubscriptionCertificateInput:
    """Read the `<SubscriptionCertificate>` document into `SubscriptionCertificateInput`."""
    ctx = begin_document(element, _WA_SubscriptionCertificate, ctx)
    value = _read_subscription_certificate_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_data_disk(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateDataDisk:
    """Read the `<DataVirtualHardDisk>` document into `UpdateDataDisk`."""
    ctx = begin_document(element, _WA_DataVirtualHardDisk, ctx)
    value = _read_update_data_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_create_deployment(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateDeployment:
    """Read the `<CreateDeployment>` document into `CreateDeployment`."""
    ctx = begin_document(element, _WA_CreateDeployment, ctx)
    value = _read_create_deployment(element, ctx)
    ctx.finish()
    return value


def deserialize_swap_deployment(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> SwapDeployment:
    """Read the `<Swap>` document into `SwapDeployment`."""
    ctx = begin_document(element, _WA_Swap, ctx)
    value = _read_swap_deployment(element, ctx)
    ctx.finish()
    return value


def deserialize_change_configuration(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ChangeConfiguration:
    """Read the `<ChangeConfiguration>` document into `ChangeConfiguration`."""
    ctx = begin_document(element, _WA_ChangeConfiguration, ctx)
    value = _read_change_configuration(element, ctx)
    ctx.finish()
    return value


def deserialize_update_deployment_status(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateDeploymentStatus:
    """Read the `<UpdateDeploymentStatus>` document into `UpdateDeploymentStatus`."""
    ctx = begin_document(element, _WA_UpdateDeploymentStatus, ctx)
    value = _read_update_deployment_status(element, ctx)
    ctx.finish()
    return value


def deserialize_upgrade_deployment(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpgradeDeployment:
    """Read the `<UpgradeDeployment>` document into `UpgradeDeployment`."""
    ctx = begin_document(element, _WA_UpgradeDeployment, ctx)
    value = _read_upgrade_deployment(element, ctx)
    ctx.finish()
    return value


def deserialize_walk_upgrade_domain(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> WalkUpgradeDomain:
    """Read the `<WalkUpgradeDomain>` document into `WalkUpgradeDomain`."""
    ctx = begin_document(element, _WA_WalkUpgradeDomain, ctx)
    value = _read_walk_upgrade_domain(element, ctx)
    ctx.finish()
    return value


def deserialize_rollback_update_or_upgrade(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RollbackUpdateOrUpgrade:
    """Read the `<RollbackUpdateOrUpgrade>` document into `RollbackUpdateOrUpgrade`."""
    ctx = begin_document(element, _WA_RollbackUpdateOrUpgrade, ctx)
    value = _read_rollback_update_or_upgrade(element, ctx)
    ctx.finish()
    return value


def deserialize_delete_role_instances(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DeleteRoleInstances:
    """Read the `<RoleInstances>` document into `DeleteRoleInstances`."""
    ctx = begin_document(element, _WA_RoleInstances, ctx)
    value = _read_delete_role_instances(element, ctx)
    ctx.finish()
    return value


def deserialize_dns_server_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DnsServerInput:
    """Read the `<DnsServer>` document into `DnsServerInput`."""
    ctx = begin_document(element, _WA_DnsServer, ctx)
    value = _read_dns_server_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_virtual_machine_deployment(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateVirtualMachineDeployment:
    """Read the `<Deployment>` document into `CreateVirtualMachineDeployment`."""
    ctx = begin_document(element, _WA_Deployment, ctx)
    value = _read_create_virtual_machine_deployment(element, ctx)
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


def deserialize_add_disk(element: etree._Element, ctx: DeserializeContext | None = None) -> AddDisk:
    """Read the `<Disk>` document into `AddDisk`."""
    ctx = begin_document(element, _WA_Disk, ctx)
    value = _read_add_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_update_disk(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateDisk:
    """Read the `<Disk>` document into `UpdateDisk`."""
    ctx = begin_document(element, _WA_Disk, ctx)
    value = _read_update_disk(element, ctx)
    ctx.finish()
    return value


def deserialize_create_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateGatewayParameters:
    """Read the `<CreateGatewayParameters>` document into `CreateGatewayParameters`."""
    ctx = begin_document(element, _WA_CreateGatewayParameters, ctx)
    value = _read_create_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_update_gateway_connection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateGatewayConnection:
    """Read the `<UpdateConnection>` document into `UpdateGatewayConnection`."""
    ctx = begin_document(element, _WA_UpdateConnection, ctx)
    value = _read_update_gateway_connection(element, ctx)
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


def deserialize_reset_gateway_shared_key(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResetGatewaySharedKey:
    """Read the `<ResetSharedKey>` document into `ResetGatewaySharedKey`."""
    ctx = begin_document(element, _WA_ResetSharedKey, ctx)
    value = _read_reset_gateway_shared_key(element, ctx)
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


def deserialize_start_gateway_public_diagnostics(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StartGatewayPublicDiagnostics:
    """Read the `<UpdateGatewayPublicDiagnostics>` document into `StartGatewayPublicDiagnostics`."""
    ctx = begin_document(element, _WA_UpdateGatewayPublicDiagnostics, ctx)
    value = _read_start_gateway_public_diagnostics(element, ctx)
    ctx.finish()
    return value


def deserialize_stop_gateway_public_diagnostics(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StopGatewayPublicDiagnostics:
    """Read the `<UpdateGatewayPublicDiagnostics>` document into `StopGatewayPublicDiagnostics`."""
    ctx = begin_document(element, _WA_UpdateGatewayPublicDiagnostics, ctx)
    value = _read_stop_gateway_public_diagnostics(element, ctx)
    ctx.finish()
    return value


def deserialize_gateway_default_sites(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GatewayDefaultSites:
    """Read the `<DefaultSiteList>` document into `GatewayDefaultSites`."""
    ctx = begin_document(element, _WA_DefaultSiteList, ctx)
    value = _read_gateway_default_sites(element, ctx)
    ctx.finish()
    return value


def deserialize_vpn_client_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> VpnClientParameters:
    """Read the `<VpnClientParameters>` document into `VpnClientParameters`."""
    ctx = begin_document(element, _WA_VpnClientParameters, ctx)
    value = _read_vpn_client_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_reset_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResetGatewayParameters:
    """Read the `<UpdateGatewayParameters>` document into `ResetGatewayParameters`."""
    ctx = begin_document(element, _WA_UpdateGatewayParameters, ctx)
    value = _read_reset_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_resize_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResizeGatewayParameters:
    """Read the `<UpdateGatewayParameters>` document into `ResizeGatewayParameters`."""
    ctx = begin_document(element, _WA_UpdateGatewayParameters, ctx)
    value = _read_resize_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_create_hosted_service(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateHostedService:
    """Read the `<CreateHostedService>` document into `CreateHostedService`."""
    ctx = begin_document(element, _WA_CreateHostedService, ctx)
    value = _read_create_hosted_service(element, ctx)
    ctx.finish()
    return value


def deserialize_update_hosted_service(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateHostedService:
    """Read the `<UpdateHostedService>` document into `UpdateHostedService`."""
    ctx = begin_document(element, _WA_UpdateHostedService, ctx)
    value = _read_update_hosted_service(element, ctx)
    ctx.finish()
    return value


def deserialize_replication_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ReplicationInput:
    """Read the `<ReplicationInput>` document into `ReplicationInput`."""
    ctx = begin_document(element, _WA_ReplicationInput, ctx)
    value = _read_replication_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_vm_image_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateVMImageInput:
    """Read the `<VMImage>` document into `CreateVMImageInput`."""
    ctx = begin_document(element, _WA_VMImage, ctx)
    value = _read_create_vm_image_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_os_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateOSDiskConfigurationInput:
    """Read the `<OSDiskConfiguration>` document into `CreateOSDiskConfigurationInput`."""
    ctx = begin_document(element, _WA_OSDiskConfiguration, ctx)
    value = _read_create_os_disk_configuration_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_data_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateDataDiskConfigurationInput:
    """Read the `<DataDiskConfiguration>` document into `CreateDataDiskConfigurationInput`."""
    ctx = begin_document(element, _WA_DataDiskConfiguration, ctx)
    value = _read_create_data_disk_configuration_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_vm_image_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateVMImageInput:
    """Read the `<VMImage>` document into `UpdateVMImageInput`."""
    ctx = begin_document(element, _WA_VMImage, ctx)
    value = _read_update_vm_image_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_os_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateOSDiskConfigurationInput:
    """Read the `<OSDiskConfiguration>` document into `UpdateOSDiskConfigurationInput`."""
    ctx = begin_document(element, _WA_OSDiskConfiguration, ctx)
    value = _read_update_os_disk_configuration_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_data_disk_configuration_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateDataDiskConfigurationInput:
    """Read the `<DataDiskConfiguration>` document into `UpdateDataDiskConfigurationInput`."""
    ctx = begin_document(element, _WA_DataDiskConfiguration, ctx)
    value = _read_update_data_disk_configuration_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_os_image_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateOSImageInput:
    """Read the `<OSImage>` document into `UpdateOSImageInput`."""
    ctx = begin_document(element, _WA_OSImage, ctx)
    value = _read_update_os_image_input(element, ctx)
    ctx.finish()
    return value


def deserialize_load_balanced_endpoint_list(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LoadBalancedEndpointList:
    """Read the `<LoadBalancedEndpointList>` document into `LoadBalancedEndpointList`."""
    ctx = begin_document(element, _WA_LoadBalancedEndpointList, ctx)
    value = _read_load_balanced_endpoint_list(element, ctx)
    ctx.finish()
    return value


def deserialize_load_balanced_endpoint(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LoadBalancedEndpoint:
    """Read the `<InputEndpoint>` document into `LoadBalancedEndpoint`."""
    ctx = begin_document(element, _WA_InputEndpoint, ctx)
    value = _read_load_balanced_endpoint(element, ctx)
    ctx.finish()
    return value


def deserialize_deployment_network_resource(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DeploymentNetworkResource:
    """Read the `<DeploymentNetworkResource>` document into `DeploymentNetworkResource`."""
    ctx = begin_document(element, _WA_DeploymentNetworkResource, ctx)
    value = _read_deployment_network_resource(element, ctx)
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


def deserialize_reserved_ip_association(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ReservedIPAssociation:
    """Read the `<ReservedIPAssociation>` document into `ReservedIPAssociation`."""
    ctx = begin_document(element, _WA_ReservedIPAssociation, ctx)
    value = _read_reserved_ip_association(element, ctx)
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


def deserialize_os_image_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> OSImageInput:
    """Read the `<OSImage>` document into `OSImageInput`."""
    ctx = begin_document(element, _WA_OSImage, ctx)
    value = _read_os_image_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_role(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateRole:
    """Read the `<PersistentVMRole>` document into `UpdateRole`."""
    ctx = begin_document(element, _WA_PersistentVMRole, ctx)
    value = _read_update_role(element, ctx)
    ctx.finish()
    return value


def deserialize_capture_role_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CaptureRoleOperation:
    """Read the `<CaptureRoleOperation>` document into `CaptureRoleOperation`."""
    ctx = begin_document(element, _WA_CaptureRoleOperation, ctx)
    value = _read_capture_role_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_start_role_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StartRoleOperation:
    """Read the `<StartRoleOperation>` document into `StartRoleOperation`."""
    ctx = begin_document(element, _WA_StartRoleOperation, ctx)
    value = _read_start_role_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_start_roles_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StartRolesOperation:
    """Read the `<StartRolesOperation>` document into `StartRolesOperation`."""
    ctx = begin_document(element, _WA_StartRolesOperation, ctx)
    value = _read_start_roles_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_restart_role_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestartRoleOperation:
    """Read the `<RestartRoleOperation>` document into `RestartRoleOperation`."""
    ctx = begin_document(element, _WA_RestartRoleOperation, ctx)
    value = _read_restart_role_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_shutdown_role_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ShutdownRoleOperation:
    """Read the `<ShutdownRoleOperation>` document into `ShutdownRoleOperation`."""
    ctx = begin_document(element, _WA_ShutdownRoleOperation, ctx)
    value = _read_shutdown_role_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_shutdown_roles_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ShutdownRolesOperation:
    """Read the `<ShutdownRolesOperation>` document into `ShutdownRolesOperation`."""
    ctx = begin_document(element, _WA_ShutdownRolesOperation, ctx)
    value = _read_shutdown_roles_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_add_role(element: etree._Element, ctx: DeserializeContext | None = None) -> AddRole:
    """Read the `<PersistentVMRole>` document into `AddRole`."""
    ctx = begin_document(element, _WA_PersistentVMRole, ctx)
    value = _read_add_role(element, ctx)
    ctx.finish()
    return value


def deserialize_capture_role_as_vm_image(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CaptureRoleAsVMImage:
    """Read the `<CaptureRoleAsVMImageOperation>` document into `CaptureRoleAsVMImage`."""
    ctx = begin_document(element, _WA_CaptureRoleAsVMImageOperation, ctx)
    value = _read_capture_role_as_vm_image(element, ctx)
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


def deserialize_any_network_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> AnyNetworkConfigurationSet:
    """Read the `<ConfigurationSet>` document into `AnyNetworkConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_any_network_configuration_set(element, ctx)
    if value is None:
        raise ResponseParseError("<ConfigurationSet> of an unknown kind")
    ctx.finish()
    return value


def deserialize_provisioning_configuration_set(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ProvisioningConfigurationSet:
    """Read the `<ConfigurationSet>` document into `ProvisioningConfigurationSet`."""
    ctx = begin_document(element, _WA_ConfigurationSet, ctx)
    value = _read_provisioning_configuration_set(element, ctx)
    if value is None:
        raise ResponseParseError("<ConfigurationSet> of an unknown kind")
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


def deserialize_create_cloud_service(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateCloudService:
    """Read the `<CloudService>` document into `CreateCloudService`."""
    ctx = begin_document(element, _WA_CloudService, ctx)
    value = _read_create_cloud_service(element, ctx)
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


def deserialize_create_job_collection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateJobCollection:
    """Read the `<Resource>` document into `CreateJobCollection`."""
    ctx = begin_document(element, _WA_Resource, ctx)
    value = _read_create_job_collection(element, ctx)
    ctx.finish()
    return value


def deserialize_update_job_collection(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateJobCollection:
    """Read the `<Resource>` document into `UpdateJobCollection`."""
    ctx = begin_document(element, _WA_Resource, ctx)
    value = _read_update_job_collection(element, ctx)
    ctx.finish()
    return value


def deserialize_entitle_resource(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> EntitleResource:
    """Read the `<EntitleResource>` document into `EntitleResource`."""
    ctx = begin_document(element, _WA_EntitleResource, ctx)
    value = _read_entitle_resource(element, ctx)
    ctx.finish()
    return value


def deserialize_create_namespace_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateNamespaceEntry:
    """Read the `<entry>` document into `CreateNamespaceEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_create_namespace_entry(element, ctx)
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


def deserialize_create_queue_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateQueueEntry:
    """Read the `<entry>` document into `CreateQueueEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_create_queue_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_create_topic_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateTopicEntry:
    """Read the `<entry>` document into `CreateTopicEntry`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_create_topic_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_namespace_authorization_rule_request(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NamespaceAuthorizationRuleRequest:
    """Read the `<entry>` document into `NamespaceAuthorizationRuleRequest`."""
    ctx = begin_document(element, _ATOM_entry, ctx)
    value = _read_namespace_authorization_rule_request(element, ctx)
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


def deserialize_service_extension_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServiceExtensionInput:
    """Read the `<Extension>` document into `ServiceExtensionInput`."""
    ctx = begin_document(element, _WA_Extension, ctx)
    value = _read_service_extension_input(element, ctx)
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


def deserialize_database_copy_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DatabaseCopyInput:
    """Read the `<ServiceResource>` document into `DatabaseCopyInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_database_copy_input(element, ctx)
    ctx.finish()
    return value


def deserialize_database_copy_update_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DatabaseCopyUpdateInput:
    """Read the `<ServiceResource>` document into `DatabaseCopyUpdateInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_database_copy_update_input(element, ctx)
    ctx.finish()
    return value


def deserialize_restore_database_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestoreDatabaseInput:
    """Read the `<ServiceResource>` document into `RestoreDatabaseInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_restore_database_input(element, ctx)
    ctx.finish()
    return value


def deserialize_recover_database_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RecoverDatabaseInput:
    """Read the `<ServiceResource>` document into `RecoverDatabaseInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_recover_database_input(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_blob_credentials(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacBlobCredentials:
    """Read the `<DacBlobCredentials>` document into `DacBlobCredentials`."""
    ctx = begin_document(element, _DAC_DacBlobCredentials, ctx)
    value = _read_dac_blob_credentials(element, ctx)
    if value is None:
        raise ResponseParseError("<DacBlobCredentials> of an unknown kind")
    ctx.finish()
    return value


def deserialize_dac_blob_storage_access_key_credentials(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacBlobStorageAccessKeyCredentials:
    """Read the `<BlobCredentials>` document into `DacBlobStorageAccessKeyCredentials`."""
    ctx = begin_document(element, _DAC_BlobCredentials, ctx)
    value = _read_dac_blob_storage_access_key_credentials(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_connection_info(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacConnectionInfo:
    """Read the `<ConnectionInfo>` document into `DacConnectionInfo`."""
    ctx = begin_document(element, _DAC_ConnectionInfo, ctx)
    value = _read_dac_connection_info(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_export_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacExportInput:
    """Read the `<ExportInput>` document into `DacExportInput`."""
    ctx = begin_document(element, _DAC_ExportInput, ctx)
    value = _read_dac_export_input(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_import_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacImportInput:
    """Read the `<ImportInput>` document into `DacImportInput`."""
    ctx = begin_document(element, _DAC_ImportInput, ctx)
    value = _read_dac_import_input(element, ctx)
    ctx.finish()
    return value


def deserialize_dac_status_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> DacStatusInput:
    """Read the `<StatusInput>` document into `DacStatusInput`."""
    ctx = begin_document(element, _DAC_StatusInput, ctx)
    value = _read_dac_status_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_server_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateServerInput:
    """Read the `<Server>` document into `CreateServerInput`."""
    ctx = begin_document(element, _SQL_Server, ctx)
    value = _read_create_server_input(element, ctx)
    ctx.finish()
    return value


def deserialize_server_admin_password_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServerAdminPasswordInput:
    """Read the `<AdministratorLoginPassword>` document into `ServerAdminPasswordInput`."""
    ctx = begin_document(element, _SQL_AdministratorLoginPassword, ctx)
    value = _read_server_admin_password_input(element, ctx)
    ctx.finish()
    return value


def deserialize_firewall_rule_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> FirewallRuleInput:
    """Read the `<ServiceResource>` document into `FirewallRuleInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_firewall_rule_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_database_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateDatabaseInput:
    """Read the `<ServiceResource>` document into `CreateDatabaseInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_create_database_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_database_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateDatabaseInput:
    """Read the `<ServiceResource>` document into `UpdateDatabaseInput`."""
    ctx = begin_document(element, _WA_ServiceResource, ctx)
    value = _read_update_database_input(element, ctx)
    ctx.finish()
    return value


def deserialize_regenerate_keys(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RegenerateKeys:
    """Read the `<RegenerateKeys>` document into `RegenerateKeys`."""
    ctx = begin_document(element, _WA_RegenerateKeys, ctx)
    value = _read_regenerate_keys(element, ctx)
    ctx.finish()
    return value


def deserialize_create_storage_service_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateStorageServiceInput:
    """Read the `<CreateStorageServiceInput>` document into `CreateStorageServiceInput`."""
    ctx = begin_document(element, _WA_CreateStorageServiceInput, ctx)
    value = _read_create_storage_service_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_storage_service_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateStorageServiceInput:
    """Read the `<UpdateStorageServiceInput>` document into `UpdateStorageServiceInput`."""
    ctx = begin_document(element, _WA_UpdateStorageServiceInput, ctx)
    value = _read_update_storage_service_input(element, ctx)
    ctx.finish()
    return value


def deserialize_store_add_on_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> StoreAddOnInput:
    """Read the `<Resource>` document into `StoreAddOnInput`."""
    ctx = begin_document(element, _WA_Resource, ctx)
    value = _read_store_add_on_input(element, ctx)
    ctx.finish()
    return value


def deserialize_create_traffic_manager_profile(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateTrafficManagerProfile:
    """Read the `<Profile>` document into `CreateTrafficManagerProfile`."""
    ctx = begin_document(element, _WA_Profile, ctx)
    value = _read_create_traffic_manager_profile(element, ctx)
    ctx.finish()
    return value


def deserialize_update_traffic_manager_profile(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateTrafficManagerProfile:
    """Read the `<Profile>` document into `UpdateTrafficManagerProfile`."""
    ctx = begin_document(element, _WA_Profile, ctx)
    value = _read_update_traffic_manager_profile(element, ctx)
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


def deserialize_create_local_network_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateLocalNetworkGatewayParameters:
    """Read the `<CreateLocalNetworkGatewayParameters>` document into
    `CreateLocalNetworkGatewayParameters`."""
    ctx = begin_document(element, _WA_CreateLocalNetworkGatewayParameters, ctx)
    value = _read_create_local_network_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_create_virtual_network_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateVirtualNetworkGatewayParameters:
    """Read the `<CreateVirtualNetworkGatewayParameters>` document into
    `CreateVirtualNetworkGatewayParameters`."""
    ctx = begin_document(element, _WA_CreateVirtualNetworkGatewayParameters, ctx)
    value = _read_create_virtual_network_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_create_gateway_connection_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateGatewayConnectionParameters:
    """Read the `<CreateGatewayConnectionParameters>` document into
    `CreateGatewayConnectionParameters`."""
    ctx = begin_document(element, _WA_CreateGatewayConnectionParameters, ctx)
    value = _read_create_gateway_connection_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_update_local_network_gateway_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateLocalNetworkGatewayParameters:
    """Read the `<UpdateLocalNetworkGatewayParameters>` document into
    `UpdateLocalNetworkGatewayParameters`."""
    ctx = begin_document(element, _WA_UpdateLocalNetworkGatewayParameters, ctx)
    value = _read_update_local_network_gateway_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_update_gateway_connection_parameters(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateGatewayConnectionParameters:
    """Read the `<UpdateGatewayConnectionParameters>` document into
    `UpdateGatewayConnectionParameters`."""
    ctx = begin_document(element, _WA_UpdateGatewayConnectionParameters, ctx)
    value = _read_update_gateway_connection_parameters(element, ctx)
    ctx.finish()
    return value


def deserialize_redeploy_role_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RedeployRoleOperation:
    """Read the `<RedeployRoleOperation>` document into `RedeployRoleOperation`."""
    ctx = begin_document(element, _WA_RedeployRoleOperation, ctx)
    value = _read_redeploy_role_operation(element, ctx)
    ctx.finish()
    return value


def deserialize_perform_maintenance_on_role_operation(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> PerformMaintenanceOnRoleOperation:
    """Read the `<PerformMaintenanceOnRoleOperation>` document into
    `PerformMaintenanceOnRoleOperation`."""
    ctx = begin_document(element, _WA_PerformMaintenanceOnRoleOperation, ctx)
    value = _read_perform_maintenance_on_role_operation(element, ctx)
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


def deserialize_restore_request(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> RestoreRequest:
    """Read the `<RestoreRequest>` document into `RestoreRequest`."""
    ctx = begin_document(element, _WA_RestoreRequest, ctx)
    value = _read_restore_request(element, ctx)
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


def deserialize_create_site_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateSiteInput:
    """Read the `<Site>` document into `CreateSiteInput`."""
    ctx = begin_document(element, _WA_Site, ctx)
    value = _read_create_site_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_site_input(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateSiteInput:
    """Read the `<Site>` document into `UpdateSiteInput`."""
    ctx = begin_document(element, _WA_Site, ctx)
    value = _read_update_site_input(element, ctx)
    ctx.finish()
    return value


def deserialize_update_host_name_ssl_state(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateHostNameSslState:
    """Read the `<WebSiteHostNameSslState>` document into `UpdateHostNameSslState`."""
    ctx = begin_document(element, _WA_WebSiteHostNameSslState, ctx)
    value = _read_update_host_name_ssl_state(element, ctx)
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


def deserialize_update_server_farm(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UpdateServerFarm:
    """Read the `<ServerFarm>` document into `UpdateServerFarm`."""
    ctx = begin_document(element, _WA_ServerFarm, ctx)
    value = _read_update_server_farm(element, ctx)
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
