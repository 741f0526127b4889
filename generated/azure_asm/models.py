"""Model classes of the ASM API: one class per structure of the spec.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, TypeAlias

# AsynchronousOperationResult: one of the reference package's models (async calls return it).
from azure_asm_runtime.legacy import (
    AsynchronousOperationResult,
    Feed,
    NamedList,
    SelfAlias,
    WindowsAzureData,
    specialize,
)
from azure_asm_runtime.xmlcodec import ResultList

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "Feed",
    "WindowsAzureData",
    "AffinityGroup",
    "CreateAffinityGroup",
    "UpdateAffinityGroup",
    "CreateApplicationGatewayParameters",
    "UpdateApplicationGatewayParameters",
    "ApplicationGateway",
    "ApplicationGatewayOperation",
    "ApplicationGatewayCertificateFile",
    "ApplicationGatewayCertificate",
    "ApplicationGatewayConfiguration",
    "ApplicationGatewayFrontendIP",
    "ApplicationGatewayFrontendPort",
    "ApplicationGatewayProbe",
    "ApplicationGatewayBackendAddressPool",
    "ApplicationGatewayBackendHttpSettings",
    "ApplicationGatewayHttpListener",
    "ApplicationGatewayHttpLoadBalancingRule",
    "Certificate",
    "CertificateFile",
    "SubscriptionCertificate",
    "SubscriptionCertificateInput",
    "Operation",
    "OperationError",
    "UpdateDataDisk",
    "CreateDeployment",
    "SwapDeployment",
    "ChangeConfiguration",
    "UpdateDeploymentStatus",
    "UpgradeDeployment",
    "WalkUpgradeDomain",
    "RollbackUpdateOrUpgrade",
    "DeleteRoleInstances",
    "DnsServerInput",
    "DeploymentEventCollection",
    "RebootEvent",
    "CreateVirtualMachineDeployment",
    "Deployment",
    "RoleInstance",
    "InstanceEndpoint",
    "GuestAgentStatus",
    "StatusMessage",
    "MaintenanceStatus",
    "FormattedMessage",
    "ResourceExtensionStatus",
    "ExtensionSettingStatus",
    "SubStatus",
    "RoleInstanceNetworkInterface",
    "RoleInstanceIPConfiguration",
    "UpgradeStatus",
    "InputEndpoint",
    "PersistentVMDowntimeInfo",
    "VirtualIP",
    "LoadBalancer",
    "FrontendIpConfiguration",
    "DnsServer",
    "ExtensionConfiguration",
    "RoleExtensions",
    "Extension",
    "AddDisk",
    "UpdateDisk",
    "Disk",
    "AttachedTo",
    "CreateGatewayParameters",
    "Gateway",
    "GatewayEvent",
    "GatewayConnectionStatus",
    "UpdateGatewayConnection",
    "GatewaySharedKey",
    "ResetGatewaySharedKey",
    "IPsecParameters",
    "StartGatewayPublicDiagnostics",
    "StopGatewayPublicDiagnostics",
    "GatewayPublicDiagnosticsStatus",
    "GatewayOperation",
    "GatewayOperationError",
    "GatewayDefaultSites",
    "VpnClientParameters",
    "VpnDeviceList",
    "VpnDeviceVendor",
    "VpnDevicePlatform",
    "VpnDeviceOSFamily",
    "ResetGatewayParameters",
    "ResizeGatewayParameters",
    "ClientRootCertificate",
    "HostedService",
    "HostedServiceProperties",
    "HostedServiceComputeCapabilities",
    "CreateHostedService",
    "UpdateHostedService",
    "AvailabilityResponse",
    "ReplicationInput",
    "OSImageDetails",
    "ReplicationProgressElement",
    "CreateVMImageInput",
    "CreateOSDiskConfigurationInput",
    "CreateDataDiskConfigurationInput",
    "UpdateVMImageInput",
    "UpdateOSDiskConfigurationInput",
    "UpdateDataDiskConfigurationInput",
    "UpdateOSImageInput",
    "LoadBalancedEndpointList",
    "LoadBalancedEndpoint",
    "Location",
    "StorageCapabilities",
    "ComputeCapabilities",
    "DeploymentNetworkResource",
    "MigrationValidationMessage",
    "IPForwarding",
    "AddressAvailability",
    "NetworkMigrationValidationMessage",
    "NetworkSecurityGroup",
    "NetworkSecurityRule",
    "NetworkSecurityGroupAssociation",
    "ReservedIP",
    "ReservedIPAssociation",
    "VirtualNetworkSite",
    "Subnet",
    "VirtualNetworkGateway",
    "GatewayLocalNetworkSite",
    "GatewayConnection",
    "NetworkConfiguration",
    "NetworkDnsServer",
    "LocalNetworkSite",
    "VirtualNetworkSiteConfiguration",
    "SubnetConfiguration",
    "DnsServerRef",
    "NetworkGateway",
    "LocalNetworkSiteRef",
    "LocalNetworkConnection",
    "OperatingSystem",
    "OperatingSystemFamily",
    "OSImage",
    "OSImageInput",
    "ResourceExtension",
    "UpdateRole",
    "CaptureRoleOperation",
    "StartRoleOperation",
    "StartRolesOperation",
    "RestartRoleOperation",
    "ShutdownRoleOperation",
    "ShutdownRolesOperation",
    "RoleSize",
    "RoleDefinition",
    "AddRole",
    "CaptureRoleAsVMImage",
    "Role",
    "PersistentVMRole",
    "AnyConfigurationSet",
    "ConfigurationSet",
    "AnyNetworkConfigurationSet",
    "ProvisioningConfigurationSet",
    "LinuxConfigurationSet",
    "SSH",
    "PublicKey",
    "KeyPair",
    "WindowsConfigurationSet",
    "DomainJoin",
    "DomainJoinProvisioning",
    "Credentials",
    "CertificateSetting",
    "WinRM",
    "Listener",
    "AdditionalUnattendContent",
    "UnattendPass",
    "UnattendComponent",
    "ComponentSetting",
    "NetworkConfigurationSet",
    "ConfigurationSetInputEndpoint",
    "LoadBalancerProbe",
    "EndpointAcl",
    "AclRule",
    "PublicIP",
    "NetworkInterface",
    "NetworkInterfaceIPConfiguration",
    "OSVirtualHardDisk",
    "DataVirtualHardDisk",
    "ResourceExtensionReference",
    "ResourceExtensionParameterValue",
    "ResourceExtensionCertificate",
    "VMImageInput",
    "VMImageInputOSDisk",
    "VMImageInputDataDisk",
    "DebugSettings",
    "RouteTable",
    "Route",
    "RouteTableAssociation",
    "EffectiveRouteTable",
    "EffectiveRoute",
    "CreateCloudService",
    "CloudService",
    "Resource",
    "UsageMeter",
    "OutputItem",
    "IntrinsicSettings",
    "JobCollectionQuota",
    "Quota",
    "MaxRecurrence",
    "ResourceOperationStatus",
    "OperationStatus",
    "ResourceOperationError",
    "CloudServiceSettings",
    "CreateJobCollection",
    "ResourceNameAvailabilityResponse",
    "UpdateJobCollection",
    "ResourceProviderProperty",
    "EntitleResource",
    "AtomAuthor",
    "AtomLink",
    "CreateNamespaceEntry",
    "ServiceBusRegionFeed",
    "ServiceBusNamespaceFeed",
    "QueueFeed",
    "TopicFeed",
    "NotificationHubFeed",
    "RelayFeed",
    "MetricPropertiesFeed",
    "MetricValuesFeed",
    "MetricRollupsFeed",
    "ServiceBusRegionEntry",
    "ServiceBusRegionContent",
    "ServiceBusNamespaceEntry",
    "ServiceBusNamespaceContent",
    "NamespaceAvailabilityEntry",
    "NamespaceAvailabilityContent",
    "QueueEntry",
    "QueueContent",
    "TopicEntry",
    "TopicContent",
    "NotificationHubEntry",
    "NotificationHubContent",
    "RelayEntry",
    "RelayContent",
    "MetricPropertiesEntry",
    "MetricPropertiesContent",
    "MetricValuesEntry",
    "MetricValuesContent",
    "MetricRollupsEntry",
    "MetricRollupsContent",
    "ServiceBusRegion",
    "ServiceBusNamespace",
    "NamespaceAvailability",
    "QueueDescription",
    "TopicDescription",
    "NotificationHubDescription",
    "RelayDescription",
    "AuthorizationRule",
    "SharedAccessAuthorizationRule",
    "AllowRule",
    "CountDetails",
    "MetricProperties",
    "MetricValues",
    "MetricRollups",
    "CreateQueueEntry",
    "CreateTopicEntry",
    "ConnectionDetailFeed",
    "ConnectionDetailEntry",
    "ConnectionDetailContent",
    "ConnectionDetail",
    "NamespaceAuthorizationRuleRequest",
    "NamespaceAuthorizationRuleFeed",
    "NamespaceAuthorizationRuleEntry",
    "NamespaceAuthorizationRuleContent",
    "NamespaceSharedAccessRule",
    "ServiceExtensionInput",
    "ServiceExtension",
    "ExtensionImage",
    "ExtensionCertificateConfiguration",
    "ExtensionEndpointConfiguration",
    "ExtensionInputEndpoint",
    "ExtensionInternalEndpoint",
    "ExtensionInstanceInputEndpoint",
    "ExtensionLocalResourceConfiguration",
    "DatabaseCopyInput",
    "DatabaseCopyUpdateInput",
    "DatabaseCopy",
    "DatabaseOperation",
    "RestorableDroppedDatabase",
    "RecoverableDatabase",
    "RestoreDatabaseInput",
    "RestoreDatabaseOperation",
    "RecoverDatabaseInput",
    "RecoverDatabaseOperation",
    "DacBlobCredentials",
    "DacBlobStorageAccessKeyCredentials",
    "DacConnectionInfo",
    "DacExportInput",
    "DacImportInput",
    "DacStatusInput",
    "DacRequestId",
    "DacStatusInfo",
    "CreateServerInput",
    "ServerAdminPasswordInput",
    "FirewallRuleInput",
    "CreateDatabaseInput",
    "UpdateDatabaseInput",
    "CreateServerResponse",
    "Server",
    "ServerQuota",
    "EventLog",
    "FirewallRule",
    "ServiceObjective",
    "ServiceObjectiveDimensionSetting",
    "Database",
    "RegenerateKeys",
    "StorageService",
    "StorageAccountProperties",
    "CustomDomain",
    "StorageServiceKeys",
    "CreateStorageServiceInput",
    "UpdateStorageServiceInput",
    "StoreAddOnInput",
    "Subscription",
    "SubscriptionOperationCollection",
    "SubscriptionOperation",
    "OperationParameter",
    "OperationCaller",
    "SubscriptionOperationStatus",
    "TrafficManagerDnsPrefixAvailability",
    "CreateTrafficManagerProfile",
    "UpdateTrafficManagerProfile",
    "TrafficManagerProfile",
    "TrafficManagerProfileStatusDetails",
    "TrafficManagerDefinitionSummary",
    "TrafficManagerDefinition",
    "TrafficManagerDnsOptions",
    "TrafficManagerMonitor",
    "TrafficManagerHttpOptions",
    "TrafficManagerPolicy",
    "TrafficManagerEndpoint",
    "BgpSettings",
    "CreateLocalNetworkGatewayParameters",
    "LocalNetworkGateway",
    "CreateVirtualNetworkGatewayParameters",
    "VirtualNetworkGatewayDetails",
    "CreateGatewayConnectionParameters",
    "GatewayConnectionDetails",
    "UpdateLocalNetworkGatewayParameters",
    "UpdateGatewayConnectionParameters",
    "RedeployRoleOperation",
    "PerformMaintenanceOnRoleOperation",
    "VMImageDetails",
    "ComputeImageAttributes",
    "MarketplaceImageAttributes",
    "MarketplacePlan",
    "VMImage",
    "OSDiskConfiguration",
    "DataDiskConfiguration",
    "BackupRequest",
    "BackupSchedule",
    "DatabaseBackupSetting",
    "BackupItem",
    "RestoreRequest",
    "RestoreResponse",
    "RelayServiceConnectionEntity",
    "RepositoryUri",
    "InstanceIds",
    "SiteUsage",
    "SiteOperation",
    "SiteOperationError",
    "CreateSiteInput",
    "UpdateSiteInput",
    "UpdateHostNameSslState",
    "WebSpace",
    "Site",
    "SiteCertificate",
    "SiteCsr",
    "SiteCloningInfo",
    "SiteConfig",
    "ConnStringInfo",
    "HandlerMapping",
    "SiteProperties",
    "HostNameSslState",
    "MetricResponse",
    "Data",
    "MetricSample",
    "MetricDefinition",
    "MetricAvailability",
    "PublishData",
    "PublishProfile",
    "PublishDatabase",
    "ServerFarm",
    "UpdateServerFarm",
    "PublishingUsers",
    "PublishingUser",
    "DnsSuffix",
    "HostnameAvailability",
    "GeoRegion",
    "AuthorizationRules",
    "ComponentSettings",
    "Components",
    "ConfigurationSetInputEndpoints",
    "ConfigurationSets",
    "DataDiskConfigurations",
    "DataVirtualHardDisks",
    "Deployments",
    "HostNameSslStates",
    "InputEndpoints",
    "InstanceEndpoints",
    "KeyPairs",
    "Listeners",
    "MetricAvailabilities",
    "Passes",
    "PublicIPs",
    "PublicKeys",
    "ReplicationProgress",
    "ResourceExtensionParameterValues",
    "ResourceExtensionReferences",
    "Resources",
    "RoleInstanceList",
    "RoleList",
    "StoredCertificateSettings",
    "Subnets",
    "SubscriptionOperations",
    "Values",
    "VirtualIPs",
    "AffinityGroups",
    "Certificates",
    "CloudServices",
    "Disks",
    "HostedServices",
    "Images",
    "Locations",
    "MetricDefinitions",
    "MetricResponses",
    "OperatingSystemFamilies",
    "OperatingSystems",
    "ReservedIPs",
    "ResourceExtensions",
    "RoleSizes",
    "Servers",
    "Sites",
    "StorageServices",
    "SubscriptionCertificates",
    "Subscriptions",
    "VirtualNetworkSites",
    "VMImages",
    "WebSpaces",
    "AsynchronousOperationResult",
]


class AffinityGroup(WindowsAzureData):
    """An affinity group and (from get_affinity_group_properties) what is placed in it.

    Attributes:
        name: Name of the affinity group.
        label: Friendly name of the group (decoded from base64).
        description: Description of the group.
        location: Data center location of the group.
        hosted_services: Cloud services placed in the group (url, name and properties).
        storage_services: Storage accounts placed in the group (url, name and properties).
        capabilities: What the group's location offers, e.g. PersistentVMRole and HighMemory.
        created_time: When the group was created (UTC).
        compute_capabilities: Role sizes available to services of the group.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "description",
        "location",
        "hosted_services",
        "storage_services",
        "capabilities",
        "created_time",
        "compute_capabilities",
    )

    name: str | None
    label: str | None
    description: str | None
    location: str | None
    hosted_services: list[HostedService]
    storage_services: list[StorageService]
    capabilities: list[str]
    created_time: datetime | None
    compute_capabilities: ComputeCapabilities | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        description: str | None = None,
        location: str | None = None,
        hosted_services: list[HostedService] | None = None,
        storage_services: list[StorageService] | None = None,
        capabilities: list[str] | None = None,
        created_time: datetime | None = None,
        compute_capabilities: ComputeCapabilities | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.description = description
        self.location = location
        self.hosted_services = HostedServices() if hosted_services is None else hosted_services
        self.storage_services = StorageServices() if storage_services is None else storage_services
        self.capabilities = [] if capabilities is None else capabilities
        self.created_time = created_time
        self.compute_capabilities = compute_capabilities
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AffinityGroup("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "location="
            f"{self.location!r}, "
            "hosted_services="
            f"{self.hosted_services!r}, "
            "storage_services="
            f"{self.storage_services!r}, "
            "capabilities="
            f"{self.capabilities!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "compute_capabilities="
            f"{self.compute_capabilities!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AffinityGroup):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.description == other.description
            and self.location == other.location
            and self.hosted_services == other.hosted_services
            and self.storage_services == other.storage_services
            and self.capabilities == other.capabilities
            and self.created_time == other.created_time
            and self.compute_capabilities == other.compute_capabilities
        )


class CreateAffinityGroup(WindowsAzureData):
    """Body of create_affinity_group, in the order ASM reads it.

    Attributes:
        name: Name of the new group.
        label: Friendly name of the group (base64 on the wire).
        description: Description of the group.
        location: Location of the group.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "description",
        "location",
    )

    name: str | None
    label: str | None
    description: str | None
    location: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        description: str | None = None,
        location: str | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.description = description
        self.location = location
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateAffinityGroup("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "location="
            f"{self.location!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateAffinityGroup):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.description == other.description
            and self.location == other.location
        )


class UpdateAffinityGroup(WindowsAzureData):
    """Body of update_affinity_group; a description left None is not sent.

    Attributes:
        label: New friendly name (base64 on the wire).
        description: New description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "description",
    )

    label: str | None
    description: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        label: str | None = None,
        description: str | None = None,
    ) -> None:
        self.label = label
        self.description = description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"UpdateAffinityGroup(label={self.label!r}, description={self.description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateAffinityGroup):
            return NotImplemented
        return self.label == other.label and self.description == other.description


class CreateApplicationGatewayParameters(WindowsAzureData):
    """Body of create_application_gateway.

    Attributes:
        description: Description of the gateway.
        gateway_size: Size of the gateway.
        instance_count: Number of instances.
        name: Name of the gateway.
        subnets: Subnets of the gateway.
        vnet_name: Virtual network of the gateway.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "gateway_size",
        "instance_count",
        "name",
        "subnets",
        "vnet_name",
    )

    description: str | None
    gateway_size: str | None
    instance_count: int | None
    name: str | None
    subnets: list[str] | None
    vnet_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        gateway_size: str | None = None,
        instance_count: int | None = None,
        name: str | None = None,
        subnets: list[str] | None = None,
        vnet_name: str | None = None,
    ) -> None:
        self.description = description
        self.gateway_size = gateway_size
        self.instance_count = instance_count
        self.name = name
        self.subnets = subnets
        self.vnet_name = vnet_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateApplicationGatewayParameters("
            "description="
            f"{self.description!r}, "
            "gateway_size="
            f"{self.gateway_size!r}, "
            "instance_count="
            f"{self.instance_count!r}, "
            "name="
            f"{self.name!r}, "
            "subnets="
            f"{self.subnets!r}, "
            "vnet_name="
            f"{self.vnet_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateApplicationGatewayParameters):
            return NotImplemented
        return (
            self.description == other.description
            and self.gateway_size == other.gateway_size
            and self.instance_count == other.instance_count
            and self.name == other.name
            and self.subnets == other.subnets
            and self.vnet_name == other.vnet_name
        )


class UpdateApplicationGatewayParameters(WindowsAzureData):
    """Body of update_application_gateway.

    Attributes:
        description: Description of the gateway.
        gateway_size: Size of the gateway.
        instance_count: Number of instances.
        subnets: Subnets of the gateway.
        vnet_name: Virtual network of the gateway.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "gateway_size",
        "instance_count",
        "subnets",
        "vnet_name",
    )

    description: str | None
    gateway_size: str | None
    instance_count: int | None
    subnets: list[str] | None
    vnet_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        gateway_size: str | None = None,
        instance_count: int | None = None,
        subnets: list[str] | None = None,
        vnet_name: str | None = None,
    ) -> None:
        self.description = description
        self.gateway_size = gateway_size
        self.instance_count = instance_count
        self.subnets = subnets
        self.vnet_name = vnet_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateApplicationGatewayParameters("
            "description="
            f"{self.description!r}, "
            "gateway_size="
            f"{self.gateway_size!r}, "
            "instance_count="
            f"{self.instance_count!r}, "
            "subnets="
            f"{self.subnets!r}, "
            "vnet_name="
            f"{self.vnet_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateApplicationGatewayParameters):
            return NotImplemented
        return (
            self.description == other.description
            and self.gateway_size == other.gateway_size
            and self.instance_count == other.instance_count
            and self.subnets == other.subnets
            and self.vnet_name == other.vnet_name
        )


class ApplicationGateway(WindowsAzureData):
    """An application gateway.

    Attributes:
        description: Description of the gateway.
        dns_name: Host name of the gateway.
        gateway_size: Small, Medium or Large.
        instance_count: Number of instances.
        name: Name of the gateway.
        state: `Stopped`, `Starting`, `Running`, `Stopping`, ...
        subnets: Subnets of the gateway.
        vnet_name: Virtual network of the gateway.
        virtual_ips: Addresses of the gateway (once running).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "dns_name",
        "gateway_size",
        "instance_count",
        "name",
        "state",
        "subnets",
        "vnet_name",
        "virtual_ips",
    )

    description: str | None
    dns_name: str | None
    gateway_size: str | None
    instance_count: int | None
    name: str | None
    state: str | None
    subnets: list[str] | None
    vnet_name: str | None
    virtual_ips: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        dns_name: str | None = None,
        gateway_size: str | None = None,
        instance_count: int | None = None,
        name: str | None = None,
        state: str | None = None,
        subnets: list[str] | None = None,
        vnet_name: str | None = None,
        virtual_ips: list[str] | None = None,
    ) -> None:
        self.description = description
        self.dns_name = dns_name
        self.gateway_size = gateway_size
        self.instance_count = instance_count
        self.name = name
        self.state = state
        self.subnets = subnets
        self.vnet_name = vnet_name
        self.virtual_ips = virtual_ips
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGateway("
            "description="
            f"{self.description!r}, "
            "dns_name="
            f"{self.dns_name!r}, "
            "gateway_size="
            f"{self.gateway_size!r}, "
            "instance_count="
            f"{self.instance_count!r}, "
            "name="
            f"{self.name!r}, "
            "state="
            f"{self.state!r}, "
            "subnets="
            f"{self.subnets!r}, "
            "vnet_name="
            f"{self.vnet_name!r}, "
            "virtual_ips="
            f"{self.virtual_ips!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGateway):
            return NotImplemented
        return (
            self.description == other.description
            and self.dns_name == other.dns_name
            and self.gateway_size == other.gateway_size
            and self.instance_count == other.instance_count
            and self.name == other.name
            and self.state == other.state
            and self.subnets == other.subnets
            and self.vnet_name == other.vnet_name
            and self.virtual_ips == other.virtual_ips
        )


class ApplicationGatewayOperation(WindowsAzureData):
    """Body of execute_application_gateway_operation.

    Attributes:
        operation_type: Start or Stop.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("operation_type",)

    operation_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        operation_type: str | None = None,
    ) -> None:
        self.operation_type = operation_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ApplicationGatewayOperation(operation_type={self.operation_type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayOperation):
            return NotImplemented
        return self.operation_type == other.operation_type


class ApplicationGatewayCertificateFile(WindowsAzureData):
    """Body of add_application_gateway_certificate.

    Attributes:
        data: The PFX file, base64-encoded.
        certificate_format: pfx.
        password: Password of the PFX file.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "data",
        "certificate_format",
        "password",
    )

    data: str | None
    certificate_format: str | None
    password: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        data: str | None = None,
        certificate_format: str | None = None,
        password: str | None = None,
    ) -> None:
        self.data = data
        self.certificate_format = certificate_format
        self.password = password
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayCertificateFile("
            "data="
            f"{'<secret>' if self.data is not None else None}, "
            "certificate_format="
            f"{self.certificate_format!r}, "
            "password="
            f"{'<secret>' if self.password is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayCertificateFile):
            return NotImplemented
        return (
            self.data == other.data
            and self.certificate_format == other.certificate_format
            and self.password == other.password
        )


class ApplicationGatewayCertificate(WindowsAzureData):
    """An SSL certificate of an application gateway.

    Attributes:
        name: Name of the certificate.
        data: The public part of the certificate, base64-encoded.
        state: State of the certificate, e.g. `Provisioned`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "data",
        "state",
    )

    name: str | None
    data: str | None
    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        data: str | None = None,
        state: str | None = None,
    ) -> None:
        self.name = name
        self.data = data
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayCertificate("
            "name="
            f"{self.name!r}, "
            "data="
            f"{self.data!r}, "
            "state="
            f"{self.state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayCertificate):
            return NotImplemented
        return self.name == other.name and self.data == other.data and self.state == other.state


class ApplicationGatewayConfiguration(WindowsAzureData):
    """The configuration of an application gateway: where it listens (front-end addresses and
    ports, HTTP listeners), where it sends requests (back-end pools, HTTP settings, probes) and
    the rules joining them.

    Attributes:
        frontend_ip_configurations: Front-end addresses.
        frontend_ports: Front-end ports.
        probes: Health probes of the back ends.
        backend_address_pools: Back-end pools.
        backend_http_settings_list: How requests are sent to the back ends.
        http_listeners: Listeners.
        http_load_balancing_rules: Rules from listeners to back-end pools.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "frontend_ip_configurations",
        "frontend_ports",
        "probes",
        "backend_address_pools",
        "backend_http_settings_list",
        "http_listeners",
        "http_load_balancing_rules",
    )

    frontend_ip_configurations: list[ApplicationGatewayFrontendIP] | None
    frontend_ports: list[ApplicationGatewayFrontendPort] | None
    probes: list[ApplicationGatewayProbe] | None
    backend_address_pools: list[ApplicationGatewayBackendAddressPool] | None
    backend_http_settings_list: list[ApplicationGatewayBackendHttpSettings] | None
    http_listeners: list[ApplicationGatewayHttpListener] | None
    http_load_balancing_rules: list[ApplicationGatewayHttpLoadBalancingRule] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        frontend_ip_configurations: list[ApplicationGatewayFrontendIP] | None = None,
        frontend_ports: list[ApplicationGatewayFrontendPort] | None = None,
        probes: list[ApplicationGatewayProbe] | None = None,
        backend_address_pools: list[ApplicationGatewayBackendAddressPool] | None = None,
        backend_http_settings_list: list[ApplicationGatewayBackendHttpSettings] | None = None,
        http_listeners: list[ApplicationGatewayHttpListener] | None = None,
        http_load_balancing_rules: list[ApplicationGatewayHttpLoadBalancingRule] | None = None,
    ) -> None:
        self.frontend_ip_configurations = frontend_ip_configurations
        self.frontend_ports = frontend_ports
        self.probes = probes
        self.backend_address_pools = backend_address_pools
        self.backend_http_settings_list = backend_http_settings_list
        self.http_listeners = http_listeners
        self.http_load_balancing_rules = http_load_balancing_rules
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayConfiguration("
            "frontend_ip_configurations="
            f"{self.frontend_ip_configurations!r}, "
            "frontend_ports="
            f"{self.frontend_ports!r}, "
            "probes="
            f"{self.probes!r}, "
            "backend_address_pools="
            f"{self.backend_address_pools!r}, "
            "backend_http_settings_list="
            f"{self.backend_http_settings_list!r}, "
            "http_listeners="
            f"{self.http_listeners!r}, "
            "http_load_balancing_rules="
            f"{self.http_load_balancing_rules!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayConfiguration):
            return NotImplemented
        return (
            self.frontend_ip_configurations == other.frontend_ip_configurations
            and self.frontend_ports == other.frontend_ports
            and self.probes == other.probes
            and self.backend_address_pools == other.backend_address_pools
            and self.backend_http_settings_list == other.backend_http_settings_list
            and self.http_listeners == other.http_listeners
            and self.http_load_balancing_rules == other.http_load_balancing_rules
        )


class ApplicationGatewayFrontendIP(WindowsAzureData):
    """A front-end address of an application gateway.

    Attributes:
        name: Name of the front end.
        type: `Private` or `Public`.
        static_ip_address: Private address (Private only).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "static_ip_address",
    )

    name: str | None
    type: str | None
    static_ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        static_ip_address: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.static_ip_address = static_ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayFrontendIP("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "static_ip_address="
            f"{self.static_ip_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayFrontendIP):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.static_ip_address == other.static_ip_address
        )


class ApplicationGatewayFrontendPort(WindowsAzureData):
    """A front-end port of an application gateway.

    Attributes:
        name: Name of the port.
        port: The port.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "port",
    )

    name: str | None
    port: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        port: int | None = None,
    ) -> None:
        self.name = name
        self.port = port
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ApplicationGatewayFrontendPort(name={self.name!r}, port={self.port!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayFrontendPort):
            return NotImplemented
        return self.name == other.name and self.port == other.port


class ApplicationGatewayProbe(WindowsAzureData):
    """A health probe of an application gateway's back ends.

    Attributes:
        name: Name of the probe.
        protocol: `Http` or `Https`.
        host: Host name probed.
        path: Path probed.
        interval: Seconds between probes.
        timeout: Seconds before a probe fails.
        unhealthy_threshold: Failed probes before a back end is taken out.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "protocol",
        "host",
        "path",
        "interval",
        "timeout",
        "unhealthy_threshold",
    )

    name: str | None
    protocol: str | None
    host: str | None
    path: str | None
    interval: int | None
    timeout: int | None
    unhealthy_threshold: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        protocol: str | None = None,
        host: str | None = None,
        path: str | None = None,
        interval: int | None = None,
        timeout: int | None = None,
        unhealthy_threshold: int | None = None,
    ) -> None:
        self.name = name
        self.protocol = protocol
        self.host = host
        self.path = path
        self.interval = interval
        self.timeout = timeout
        self.unhealthy_threshold = unhealthy_threshold
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayProbe("
            "name="
            f"{self.name!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "host="
            f"{self.host!r}, "
            "path="
            f"{self.path!r}, "
            "interval="
            f"{self.interval!r}, "
            "timeout="
            f"{self.timeout!r}, "
            "unhealthy_threshold="
            f"{self.unhealthy_threshold!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayProbe):
            return NotImplemented
        return (
            self.name == other.name
            and self.protocol == other.protocol
            and self.host == other.host
            and self.path == other.path
            and self.interval == other.interval
            and self.timeout == other.timeout
            and self.unhealthy_threshold == other.unhealthy_threshold
        )


class ApplicationGatewayBackendAddressPool(WindowsAzureData):
    """A back-end pool of an application gateway.

    Attributes:
        name: Name of the pool.
        ip_addresses: Addresses of the back ends.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "ip_addresses",
    )

    name: str | None
    ip_addresses: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        ip_addresses: list[str] | None = None,
    ) -> None:
        self.name = name
        self.ip_addresses = ip_addresses
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayBackendAddressPool("
            "name="
            f"{self.name!r}, "
            "ip_addresses="
            f"{self.ip_addresses!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayBackendAddressPool):
            return NotImplemented
        return self.name == other.name and self.ip_addresses == other.ip_addresses


class ApplicationGatewayBackendHttpSettings(WindowsAzureData):
    """How an application gateway sends requests to its back ends.

    Attributes:
        name: Name of the settings.
        port: Back-end port.
        protocol: `Http` or `Https`.
        cookie_based_affinity: `Enabled` or `Disabled`.
        request_timeout: Seconds a back end has to answer.
        probe: Name of the probe used.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "port",
        "protocol",
        "cookie_based_affinity",
        "request_timeout",
        "probe",
    )

    name: str | None
    port: int | None
    protocol: str | None
    cookie_based_affinity: str | None
    request_timeout: int | None
    probe: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        port: int | None = None,
        protocol: str | None = None,
        cookie_based_affinity: str | None = None,
        request_timeout: int | None = None,
        probe: str | None = None,
    ) -> None:
        self.name = name
        self.port = port
        self.protocol = protocol
        self.cookie_based_affinity = cookie_based_affinity
        self.request_timeout = request_timeout
        self.probe = probe
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayBackendHttpSettings("
            "name="
            f"{self.name!r}, "
            "port="
            f"{self.port!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "cookie_based_affinity="
            f"{self.cookie_based_affinity!r}, "
            "request_timeout="
            f"{self.request_timeout!r}, "
            "probe="
            f"{self.probe!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayBackendHttpSettings):
            return NotImplemented
        return (
            self.name == other.name
            and self.port == other.port
            and self.protocol == other.protocol
            and self.cookie_based_affinity == other.cookie_based_affinity
            and self.request_timeout == other.request_timeout
            and self.probe == other.probe
        )


class ApplicationGatewayHttpListener(WindowsAzureData):
    """A listener of an application gateway.

    Attributes:
        name: Name of the listener.
        frontend_ip: Name of its front-end address.
        frontend_port: Name of its front-end port.
        protocol: `Http` or `Https`.
        ssl_cert: Name of its SSL certificate (Https).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "frontend_ip",
        "frontend_port",
        "protocol",
        "ssl_cert",
    )

    name: str | None
    frontend_ip: str | None
    frontend_port: str | None
    protocol: str | None
    ssl_cert: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        frontend_ip: str | None = None,
        frontend_port: str | None = None,
        protocol: str | None = None,
        ssl_cert: str | None = None,
    ) -> None:
        self.name = name
        self.frontend_ip = frontend_ip
        self.frontend_port = frontend_port
        self.protocol = protocol
        self.ssl_cert = ssl_cert
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayHttpListener("
            "name="
            f"{self.name!r}, "
            "frontend_ip="
            f"{self.frontend_ip!r}, "
            "frontend_port="
            f"{self.frontend_port!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "ssl_cert="
            f"{self.ssl_cert!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayHttpListener):
            return NotImplemented
        return (
            self.name == other.name
            and self.frontend_ip == other.frontend_ip
            and self.frontend_port == other.frontend_port
            and self.protocol == other.protocol
            and self.ssl_cert == other.ssl_cert
        )


class ApplicationGatewayHttpLoadBalancingRule(WindowsAzureData):
    """A rule of an application gateway, from a listener to a back-end pool.

    Attributes:
        name: Name of the rule.
        type: `basic`.
        backend_http_settings: Name of the HTTP settings used.
        listener: Name of the listener.
        backend_address_pool: Name of the back-end pool.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "backend_http_settings",
        "listener",
        "backend_address_pool",
    )

    name: str | None
    type: str | None
    backend_http_settings: str | None
    listener: str | None
    backend_address_pool: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        backend_http_settings: str | None = None,
        listener: str | None = None,
        backend_address_pool: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.backend_http_settings = backend_http_settings
        self.listener = listener
        self.backend_address_pool = backend_address_pool
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ApplicationGatewayHttpLoadBalancingRule("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "backend_http_settings="
            f"{self.backend_http_settings!r}, "
            "listener="
            f"{self.listener!r}, "
            "backend_address_pool="
            f"{self.backend_address_pool!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApplicationGatewayHttpLoadBalancingRule):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.backend_http_settings == other.backend_http_settings
            and self.listener == other.listener
            and self.backend_address_pool == other.backend_address_pool
        )


class Certificate(WindowsAzureData):
    """A certificate of a cloud service (its public part).

    Attributes:
        certificate_url: Management URL of the certificate.
        thumbprint: Thumbprint of the certificate (hexadecimal, upper case).
        thumbprint_algorithm: Algorithm of the thumbprint, e.g. sha1.
        data: The public certificate (`.cer`), base64-encoded.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "certificate_url",
        "thumbprint",
        "thumbprint_algorithm",
        "data",
    )

    certificate_url: str | None
    thumbprint: str | None
    thumbprint_algorithm: str | None
    data: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        certificate_url: str | None = None,
        thumbprint: str | None = None,
        thumbprint_algorithm: str | None = None,
        data: str | None = None,
    ) -> None:
        self.certificate_url = certificate_url
        self.thumbprint = thumbprint
        self.thumbprint_algorithm = thumbprint_algorithm
        self.data = data
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Certificate("
            "certificate_url="
            f"{self.certificate_url!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "thumbprint_algorithm="
            f"{self.thumbprint_algorithm!r}, "
            "data="
            f"{'<secret>' if self.data is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Certificate):
            return NotImplemented
        return (
            self.certificate_url == other.certificate_url
            and self.thumbprint == other.thumbprint
            and self.thumbprint_algorithm == other.thumbprint_algorithm
            and self.data == other.data
        )


class CertificateFile(WindowsAzureData):
    """Body of add_service_certificate, in the order ASM reads it.

    Attributes:
        data: The `.pfx` or `.cer` file, base64-encoded.
        certificate_format: pfx or cer.
        password: Password of the `.pfx` file; not sent for a `.cer` file.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "data",
        "certificate_format",
        "password",
    )

    data: str | None
    certificate_format: str | None
    password: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        data: str | None = None,
        certificate_format: str | None = None,
        password: str | None = None,
    ) -> None:
        self.data = data
        self.certificate_format = certificate_format
        self.password = password
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CertificateFile("
            "data="
            f"{'<secret>' if self.data is not None else None}, "
            "certificate_format="
            f"{self.certificate_format!r}, "
            "password="
            f"{'<secret>' if self.password is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CertificateFile):
            return NotImplemented
        return (
            self.data == other.data
            and self.certificate_format == other.certificate_format
            and self.password == other.password
        )


class SubscriptionCertificate(WindowsAzureData):
    """A management certificate of the subscription.

    Attributes:
        subscription_certificate_public_key: The certificate's public key, base64-encoded.
        subscription_certificate_thumbprint: SHA-1 thumbprint of the certificate (upper-case
            hexadecimal).
        subscription_certificate_data: The certificate (DER), base64-encoded.
        created: When the certificate was added (UTC).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "subscription_certificate_public_key",
        "subscription_certificate_thumbprint",
        "subscription_certificate_data",
        "created",
    )

    subscription_certificate_public_key: str | None
    subscription_certificate_thumbprint: str | None
    subscription_certificate_data: str | None
    created: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        subscription_certificate_public_key: str | None = None,
        subscription_certificate_thumbprint: str | None = None,
        subscription_certificate_data: str | None = None,
        created: datetime | None = None,
    ) -> None:
        self.subscription_certificate_public_key = subscription_certificate_public_key
        self.subscription_certificate_thumbprint = subscription_certificate_thumbprint
        self.subscription_certificate_data = subscription_certificate_data
        self.created = created
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SubscriptionCertificate("
            "subscription_certificate_public_key="
            f"{self.subscription_certificate_public_key!r}, "
            "subscription_certificate_thumbprint="
            f"{self.subscription_certificate_thumbprint!r}, "
            "subscription_certificate_data="
            f"{'<secret>' if self.subscription_certificate_data is not None else None}, "
            "created="
            f"{self.created!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubscriptionCertificate):
            return NotImplemented
        return (
            self.subscription_certificate_public_key == other.subscription_certificate_public_key
            and self.subscription_certificate_thumbprint
            == other.subscription_certificate_thumbprint
            and self.subscription_certificate_data == other.subscription_certificate_data
            and self.created == other.created
        )


class SubscriptionCertificateInput(WindowsAzureData):
    """Body of add_management_certificate, in the order ASM reads it.

    Attributes:
        public_key: The certificate's public key, base64-encoded.
        thumbprint: SHA-1 thumbprint of the certificate.
        data: The certificate (DER), base64-encoded.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "public_key",
        "thumbprint",
        "data",
    )

    public_key: str | None
    thumbprint: str | None
    data: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        public_key: str | None = None,
        thumbprint: str | None = None,
        data: str | None = None,
    ) -> None:
        self.public_key = public_key
        self.thumbprint = thumbprint
        self.data = data
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SubscriptionCertificateInput("
            "public_key="
            f"{self.public_key!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "data="
            f"{'<secret>' if self.data is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubscriptionCertificateInput):
            return NotImplemented
        return (
            self.public_key == other.public_key
            and self.thumbprint == other.thumbprint
            and self.data == other.data
        )


class Operation(WindowsAzureData):
    """Status of an asynchronous operation.

    Attributes:
        id: The request id of the operation (ASM sends `<ID>`).
        status: InProgress, Succeeded or Failed.
        http_status_code: The HTTP status code the operation finished with.
        error: Why the operation failed, when it did.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "status",
        "http_status_code",
        "error",
    )

    id: str | None
    status: str | None
    http_status_code: int | None
    error: OperationError
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        status: str | None = None,
        http_status_code: int | None = None,
        error: OperationError | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.http_status_code = http_status_code
        self.error = OperationError() if error is None else error
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Operation("
            "id="
            f"{self.id!r}, "
            "status="
            f"{self.status!r}, "
            "http_status_code="
            f"{self.http_status_code!r}, "
            "error="
            f"{self.error!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Operation):
            return NotImplemented
        return (
            self.id == other.id
            and self.status == other.status
            and self.http_status_code == other.http_status_code
            and self.error == other.error
        )


class OperationError(WindowsAzureData):
    """The error of a failed asynchronous operation.

    Attributes:
        code: The ASM error code.
        message: The error message.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "code",
        "message",
    )

    code: str | None
    message: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"OperationError(code={self.code!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OperationError):
            return NotImplemented
        return self.code == other.code and self.message == other.message


class UpdateDataDisk(WindowsAzureData):
    """Request body of `update_data_disk`; `<Lun>` carries the new LUN, elements left None are not
    sent.

    Attributes:
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        disk_label: Label of the disk.
        disk_name: Name of the disk.
        updated_lun: New LUN of the disk.
        logical_disk_size_in_gb: Size of the disk, in GB.
        media_link: Blob URL of the disk's VHD.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_caching",
        "disk_label",
        "disk_name",
        "updated_lun",
        "logical_disk_size_in_gb",
        "media_link",
    )

    host_caching: str | None
    disk_label: str | None
    disk_name: str | None
    updated_lun: int | None
    logical_disk_size_in_gb: int | None
    media_link: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_caching: str | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        updated_lun: int | None = None,
        logical_disk_size_in_gb: int | None = None,
        media_link: str | None = None,
    ) -> None:
        self.host_caching = host_caching
        self.disk_label = disk_label
        self.disk_name = disk_name
        self.updated_lun = updated_lun
        self.logical_disk_size_in_gb = logical_disk_size_in_gb
        self.media_link = media_link
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateDataDisk("
            "host_caching="
            f"{self.host_caching!r}, "
            "disk_label="
            f"{self.disk_label!r}, "
            "disk_name="
            f"{self.disk_name!r}, "
            "updated_lun="
            f"{self.updated_lun!r}, "
            "logical_disk_size_in_gb="
            f"{self.logical_disk_size_in_gb!r}, "
            "media_link="
            f"{self.media_link!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateDataDisk):
            return NotImplemented
        return (
            self.host_caching == other.host_caching
            and self.disk_label == other.disk_label
            and self.disk_name == other.disk_name
            and self.updated_lun == other.updated_lun
            and self.logical_disk_size_in_gb == other.logical_disk_size_in_gb
            and self.media_link == other.media_link
        )


class CreateDeployment(WindowsAzureData):
    """Request body of `create_deployment`.

    Attributes:
        name: Name of the deployment.
        package_url: URL of the service package.
        label: Label of the deployment (base64 on the wire).
        configuration: The .cscfg, already base64-encoded by the caller.
        start_deployment: Start the roles at once.
        treat_warnings_as_error: Fail on package validation warnings.
        extended_properties: Name/value pairs to store with the deployment.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "package_url",
        "label",
        "configuration",
        "start_deployment",
        "treat_warnings_as_error",
        "extended_properties",
    )

    name: str | None
    package_url: str | None
    label: str | None
    configuration: str | None
    start_deployment: bool | None
    treat_warnings_as_error: bool | None
    extended_properties: dict[str, str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        package_url: str | None = None,
        label: str | None = None,
        configuration: str | None = None,
        start_deployment: bool | None = False,
        treat_warnings_as_error: bool | None = False,
        extended_properties: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.package_url = package_url
        self.label = label
        self.configuration = configuration
        self.start_deployment = start_deployment
        self.treat_warnings_as_error = treat_warnings_as_error
        self.extended_properties = extended_properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateDeployment("
            "name="
            f"{self.name!r}, "
            "package_url="
            f"{self.package_url!r}, "
            "label="
            f"{self.label!r}, "
            "configuration="
            f"{'<secret>' if self.configuration is not None else None}, "
            "start_deployment="
            f"{self.start_deployment!r}, "
            "treat_warnings_as_error="
            f"{self.treat_warnings_as_error!r}, "
            "extended_properties="
            f"{self.extended_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateDeployment):
            return NotImplemented
        return (
            self.name == other.name
            and self.package_url == other.package_url
            and self.label == other.label
            and self.configuration == other.configuration
            and self.start_deployment == other.start_deployment
            and self.treat_warnings_as_error == other.treat_warnings_as_error
            and self.extended_properties == other.extended_properties
        )


class SwapDeployment(WindowsAzureData):
    """Request body of `swap_deployment`.

    Attributes:
        production: Deployment now in production.
        source_deployment: Deployment now in staging, which goes to production.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "production",
        "source_deployment",
    )

    production: str | None
    source_deployment: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        production: str | None = None,
        source_deployment: str | None = None,
    ) -> None:
        self.production = production
        self.source_deployment = source_deployment
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SwapDeployment("
            "production="
            f"{self.production!r}, "
            "source_deployment="
            f"{self.source_deployment!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SwapDeployment):
            return NotImplemented
        return (
            self.production == other.production
            and self.source_deployment == other.source_deployment
        )


class ChangeConfiguration(WindowsAzureData):
    """Request body of `change_deployment_configuration`.

    Attributes:
        configuration: The new .cscfg, already base64-encoded by the caller.
        treat_warnings_as_error: Fail on configuration validation warnings.
        mode: Auto, Manual or Simultaneous.
        extended_properties: Name/value pairs to store with the deployment.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "configuration",
        "treat_warnings_as_error",
        "mode",
        "extended_properties",
    )

    configuration: str | None
    treat_warnings_as_error: bool | None
    mode: str | None
    extended_properties: dict[str, str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        configuration: str | None = None,
        treat_warnings_as_error: bool | None = False,
        mode: str | None = "Auto",
        extended_properties: dict[str, str] | None = None,
    ) -> None:
        self.configuration = configuration
        self.treat_warnings_as_error = treat_warnings_as_error
        self.mode = mode
        self.extended_properties = extended_properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ChangeConfiguration("
            "configuration="
            f"{'<secret>' if self.configuration is not None else None}, "
            "treat_warnings_as_error="
            f"{self.treat_warnings_as_error!r}, "
            "mode="
            f"{self.mode!r}, "
            "extended_properties="
            f"{self.extended_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChangeConfiguration):
            return NotImplemented
        return (
            self.configuration == other.configuration
            and self.treat_warnings_as_error == other.treat_warnings_as_error
            and self.mode == other.mode
            and self.extended_properties == other.extended_properties
        )


class UpdateDeploymentStatus(WindowsAzureData):
    """Request body of `update_deployment_status`.

    Attributes:
        status: Running or Suspended.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("status",)

    status: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        status: str | None = None,
    ) -> None:
        self.status = status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"UpdateDeploymentStatus(status={self.status!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateDeploymentStatus):
            return NotImplemented
        return self.status == other.status


class UpgradeDeployment(WindowsAzureData):
    """Request body of `upgrade_deployment`.

    Attributes:
        mode: Auto, Manual or Simultaneous.
        package_url: URL of the new service package.
        configuration: The new .cscfg, already base64-encoded by the caller.
        label: New label (base64 on the wire).
        role_to_upgrade: The one role to upgrade; all roles when absent.
        force: Go on even if local data is lost.
        extended_properties: Name/value pairs to store with the deployment.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "mode",
        "package_url",
        "configuration",
        "label",
        "role_to_upgrade",
        "force",
        "extended_properties",
    )

    mode: str | None
    package_url: str | None
    configuration: str | None
    label: str | None
    role_to_upgrade: str | None
    force: bool | None
    extended_properties: dict[str, str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        mode: str | None = None,
        package_url: str | None = None,
        configuration: str | None = None,
        label: str | None = None,
        role_to_upgrade: str | None = None,
        force: bool | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> None:
        self.mode = mode
        self.package_url = package_url
        self.configuration = configuration
        self.label = label
        self.role_to_upgrade = role_to_upgrade
        self.force = force
        self.extended_properties = extended_properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpgradeDeployment("
            "mode="
            f"{self.mode!r}, "
            "package_url="
            f"{self.package_url!r}, "
            "configuration="
            f"{'<secret>' if self.configuration is not None else None}, "
            "label="
            f"{self.label!r}, "
            "role_to_upgrade="
            f"{self.role_to_upgrade!r}, "
            "force="
            f"{self.force!r}, "
            "extended_properties="
            f"{self.extended_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpgradeDeployment):
            return NotImplemented
        return (
            self.mode == other.mode
            and self.package_url == other.package_url
            and self.configuration == other.configuration
            and self.label == other.label
            and self.role_to_upgrade == other.role_to_upgrade
            and self.force == other.force
            and self.extended_properties == other.extended_properties
        )


class WalkUpgradeDomain(WindowsAzureData):
    """Request body of `walk_upgrade_domain`.

    Attributes:
        upgrade_domain: Upgrade domain to walk (from 0).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("upgrade_domain",)

    upgrade_domain: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        upgrade_domain: int | None = None,
    ) -> None:
        self.upgrade_domain = upgrade_domain
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"WalkUpgradeDomain(upgrade_domain={self.upgrade_domain!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WalkUpgradeDomain):
            return NotImplemented
        return self.upgrade_domain == other.upgrade_domain


class RollbackUpdateOrUpgrade(WindowsAzureData):
    """Request body of `rollback_update_or_upgrade`.

    Attributes:
        mode: Auto or Manual.
        force: Go on even if local data is lost.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "mode",
        "force",
    )

    mode: str | None
    force: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        mode: str | None = None,
        force: bool | None = None,
    ) -> None:
        self.mode = mode
        self.force = force
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RollbackUpdateOrUpgrade(mode={self.mode!r}, force={self.force!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RollbackUpdateOrUpgrade):
            return NotImplemented
        return self.mode == other.mode and self.force == other.force


class DeleteRoleInstances(WindowsAzureData):
    """Request body of `delete_role_instances`; one `<Name>` per instance, without a wrapper.

    Attributes:
        role_instance_names: Names of the role instances to delete.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("role_instance_names",)

    role_instance_names: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_instance_names: list[str] | None = None,
    ) -> None:
        self.role_instance_names = role_instance_names
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DeleteRoleInstances(role_instance_names={self.role_instance_names!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DeleteRoleInstances):
            return NotImplemented
        return self.role_instance_names == other.role_instance_names


class DnsServerInput(WindowsAzureData):
    """Request body of `add_dns_server` and `update_dns_server`.

    Attributes:
        dns_server_name: Name of the DNS server.
        address: IPv4 address of the DNS server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "dns_server_name",
        "address",
    )

    dns_server_name: str | None
    address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        dns_server_name: str | None = None,
        address: str | None = None,
    ) -> None:
        self.dns_server_name = dns_server_name
        self.address = address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DnsServerInput(dns_server_name={self.dns_server_name!r}, address={self.address!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DnsServerInput):
            return NotImplemented
        return self.dns_server_name == other.dns_server_name and self.address == other.address


class DeploymentEventCollection(WindowsAzureData):
    """The events of a deployment in a time window.

    Attributes:
        reboot_events: Reboots of role instances the platform made, oldest first.
        continuation_token: Set when more events follow (ASM pages long answers).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "reboot_events",
        "continuation_token",
    )

    reboot_events: list[RebootEvent] | None
    continuation_token: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        reboot_events: list[RebootEvent] | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.reboot_events = reboot_events
        self.continuation_token = continuation_token
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DeploymentEventCollection("
            "reboot_events="
            f"{self.reboot_events!r}, "
            "continuation_token="
            f"{self.continuation_token!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DeploymentEventCollection):
            return NotImplemented
        return (
            self.reboot_events == other.reboot_events
            and self.continuation_token == other.continuation_token
        )


class RebootEvent(WindowsAzureData):
    """A reboot of a role instance made by the platform.

    Attributes:
        role_name: Role of the instance.
        instance_name: The instance rebooted.
        reboot_reason: Why (e.g. a host OS update).
        reboot_start_time: When the reboot started (UTC).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "instance_name",
        "reboot_reason",
        "reboot_start_time",
    )

    role_name: str | None
    instance_name: str | None
    reboot_reason: str | None
    reboot_start_time: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        instance_name: str | None = None,
        reboot_reason: str | None = None,
        reboot_start_time: datetime | None = None,
    ) -> None:
        self.role_name = role_name
        self.instance_name = instance_name
        self.reboot_reason = reboot_reason
        self.reboot_start_time = reboot_start_time
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RebootEvent("
            "role_name="
            f"{self.role_name!r}, "
            "instance_name="
            f"{self.instance_name!r}, "
            "reboot_reason="
            f"{self.reboot_reason!r}, "
            "reboot_start_time="
            f"{self.reboot_start_time!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RebootEvent):
            return NotImplemented
        return (
            self.role_name == other.role_name
            and self.instance_name == other.instance_name
            and self.reboot_reason == other.reboot_reason
            and self.reboot_start_time == other.reboot_start_time
        )


class CreateVirtualMachineDeployment(WindowsAzureData):
    """Request body of `create_virtual_machine_deployment`: the deployment and its single first
    role. The label is plain text here (ASM stores it and returns it base64-encoded).

    Attributes:
        deployment_name: Name of the deployment.
        deployment_slot: Slot of the deployment (production).
        label: Label of the deployment (plain text).
        role_name: Name of the virtual machine.
        role_type: Role type; PersistentVMRole for virtual machines.
        configuration_sets: Provisioning set (if any) followed by the network set (if any).
        resource_extension_references: VM extensions to install.
        vm_image_name: VM image to create the machine from.
        media_location: Blob URL for the VHDs created from a published VM image.
        availability_set_name: Availability set of the machine.
        data_virtual_hard_disks: Data disks of the machine.
        os_virtual_hard_disk: Operating system disk of the machine.
        role_size: Size of the machine.
        provision_guest_agent: Whether to install the VM agent.
        virtual_network_name: Virtual network of the deployment.
        dns_servers: DNS servers of the deployment.
        reserved_ip_name: Reserved IP address used as the virtual IP.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "deployment_name",
        "deployment_slot",
        "label",
        "role_name",
        "role_type",
        "configuration_sets",
        "resource_extension_references",
        "vm_image_name",
        "media_location",
        "availability_set_name",
        "data_virtual_hard_disks",
        "os_virtual_hard_disk",
        "role_size",
        "provision_guest_agent",
        "virtual_network_name",
        "dns_servers",
        "reserved_ip_name",
    )

    deployment_name: str | None
    deployment_slot: str | None
    label: str | None
    role_name: str | None
    role_type: str | None
    configuration_sets: list[AnyConfigurationSet] | None
    resource_extension_references: list[ResourceExtensionReference] | None
    vm_image_name: str | None
    media_location: str | None
    availability_set_name: str | None
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None
    os_virtual_hard_disk: OSVirtualHardDisk | None
    role_size: str | None
    provision_guest_agent: bool | None
    virtual_network_name: str | None
    dns_servers: list[DnsServer] | None
    reserved_ip_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        deployment_name: str | None = None,
        deployment_slot: str | None = None,
        label: str | None = None,
        role_name: str | None = None,
        role_type: str | None = "PersistentVMRole",
        configuration_sets: list[AnyConfigurationSet] | None = None,
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        role_size: str | None = None,
        provision_guest_agent: bool | None = None,
        virtual_network_name: str | None = None,
        dns_servers: list[DnsServer] | None = None,
        reserved_ip_name: str | None = None,
    ) -> None:
        self.deployment_name = deployment_name
        self.deployment_slot = deployment_slot
        self.label = label
        self.role_name = role_name
        self.role_type = role_type
        self.configuration_sets = configuration_sets
        self.resource_extension_references = resource_extension_references
        self.vm_image_name = vm_image_name
        self.media_location = media_location
        self.availability_set_name = availability_set_name
        self.data_virtual_hard_disks = data_virtual_hard_disks
        self.os_virtual_hard_disk = os_virtual_hard_disk
        self.role_size = role_size
        self.provision_guest_agent = provision_guest_agent
        self.virtual_network_name = virtual_network_name
        self.dns_servers = dns_servers
        self.reserved_ip_name = reserved_ip_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateVirtualMachineDeployment("
            "deployment_name="
            f"{self.deployment_name!r}, "
            "deployment_slot="
            f"{self.deployment_slot!r}, "
            "label="
            f"{self.label!r}, "
            "role_name="
            f"{self.role_name!r}, "
            "role_type="
            f"{self.role_type!r}, "
            "configuration_sets="
            f"{self.configuration_sets!r}, "
            "resource_extension_references="
            f"{self.resource_extension_references!r}, "
            "vm_image_name="
            f"{self.vm_image_name!r}, "
            "media_location="
            f"{self.media_location!r}, "
            "availability_set_name="
            f"{self.availability_set_name!r}, "
            "data_virtual_hard_disks="
            f"{self.data_virtual_hard_disks!r}, "
            "os_virtual_hard_disk="
            f"{self.os_virtual_hard_disk!r}, "
            "role_size="
            f"{self.role_size!r}, "
            "provision_guest_agent="
            f"{self.provision_guest_agent!r}, "
            "virtual_network_name="
            f"{self.virtual_network_name!r}, "
            "dns_servers="
            f"{self.dns_servers!r}, "
            "reserved_ip_name="
            f"{self.reserved_ip_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateVirtualMachineDeployment):
            return NotImplemented
        return (
            self.deployment_name == other.deployment_name
            and self.deployment_slot == other.deployment_slot
            and self.label == other.label
            and self.role_name == other.role_name
            and self.role_type == other.role_type
            and self.configuration_sets == other.configuration_sets
            and self.resource_extension_references == other.resource_extension_references
            and self.vm_image_name == other.vm_image_name
            and self.media_location == other.media_location
            and self.availability_set_name == other.availability_set_name
            and self.data_virtual_hard_disks == other.data_virtual_hard_disks
            and self.os_virtual_hard_disk == other.os_virtual_hard_disk
            and self.role_size == other.role_size
            and self.provision_guest_agent == other.provision_guest_agent
            and self.virtual_network_name == other.virtual_network_name
            and self.dns_servers == other.dns_servers
            and self.reserved_ip_name == other.reserved_ip_name
        )


class Deployment(WindowsAzureData):
    """A deployment of a cloud service: its status, roles (virtual machines), role instances,
    virtual IPs and settings.

    Attributes:
        name: Name of the deployment.
        deployment_slot: Production or Staging.
        private_id: Identifier ASM generated for the deployment.
        status: Running, Suspended, RunningTransitioning, SuspendedTransitioning, Starting,
            Suspending, Deploying or Deleting.
        label: Label of the deployment (decoded from base64).
        url: URL of the deployment, e.g. http://<service>.cloudapp.net/.
        configuration: The service configuration (.cscfg XML, decoded from base64); may hold
            credentials.
        role_instance_list: Running instances of the roles (one per virtual machine).
        upgrade_status: Progress of an upgrade under way, if any.
        upgrade_domain_count: Number of upgrade domains.
        role_list: Roles (virtual machines) of the deployment.
        sdk_version: SDK version of the package (cloud service roles only).
        input_endpoint_list: Load-balanced endpoints of the deployment (older API versions).
        locked: True while an operation updating the deployment runs.
        rollback_allowed: Whether an update or upgrade can be rolled back now.
        created_time: When the deployment was created (UTC).
        last_modified_time: When the deployment was last changed (UTC).
        virtual_network_name: Virtual network the deployment belongs to.
        dns_servers: DNS servers configured for the deployment.
        extended_properties: Name/value pairs stored with the deployment.
        persistent_vm_downtime_info: Planned maintenance window of the virtual machines.
        virtual_ips: Virtual IP addresses of the deployment.
        extension_configuration: Cloud service extensions enabled on the roles.
        reserved_ip_name: Reserved IP address used as the virtual IP.
        internal_dns_suffix: DNS suffix under which the machines resolve each other's names.
        load_balancers: Internal load balancers of the deployment.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "deployment_slot",
        "private_id",
        "status",
        "label",
        "url",
        "configuration",
        "role_instance_list",
        "upgrade_status",
        "upgrade_domain_count",
        "role_list",
        "sdk_version",
        "input_endpoint_list",
        "locked",
        "rollback_allowed",
        "created_time",
        "last_modified_time",
        "virtual_network_name",
        "dns_servers",
        "extended_properties",
        "persistent_vm_downtime_info",
        "virtual_ips",
        "extension_configuration",
        "reserved_ip_name",
        "internal_dns_suffix",
        "load_balancers",
    )

    name: str | None
    deployment_slot: str | None
    private_id: str | None
    status: str | None
    label: str | None
    url: str | None
    configuration: str | None
    role_instance_list: list[RoleInstance]
    upgrade_status: UpgradeStatus | None
    upgrade_domain_count: int | None
    role_list: list[Role]
    sdk_version: str | None
    input_endpoint_list: list[InputEndpoint]
    locked: bool | None
    rollback_allowed: bool | None
    created_time: datetime | None
    last_modified_time: datetime | None
    virtual_network_name: str | None
    dns_servers: list[DnsServer] | None
    extended_properties: dict[str, str]
    persistent_vm_downtime_info: PersistentVMDowntimeInfo
    virtual_ips: list[VirtualIP]
    extension_configuration: ExtensionConfiguration | None
    reserved_ip_name: str | None
    internal_dns_suffix: str | None
    load_balancers: list[LoadBalancer] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        deployment_slot: str | None = None,
        private_id: str | None = None,
        status: str | None = None,
        label: str | None = None,
        url: str | None = None,
        configuration: str | None = None,
        role_instance_list: list[RoleInstance] | None = None,
        upgrade_status: UpgradeStatus | None = None,
        upgrade_domain_count: int | None = None,
        role_list: list[Role] | None = None,
        sdk_version: str | None = None,
        input_endpoint_list: list[InputEndpoint] | None = None,
        locked: bool | None = None,
        rollback_allowed: bool | None = None,
        created_time: datetime | None = None,
        last_modified_time: datetime | None = None,
        virtual_network_name: str | None = None,
        dns_servers: list[DnsServer] | None = None,
        extended_properties: dict[str, str] | None = None,
        persistent_vm_downtime_info: PersistentVMDowntimeInfo | None = None,
        virtual_ips: list[VirtualIP] | None = None,
        extension_configuration: ExtensionConfiguration | None = None,
        reserved_ip_name: str | None = None,
        internal_dns_suffix: str | None = None,
        load_balancers: list[LoadBalancer] | None = None,
    ) -> None:
        self.name = name
        self.deployment_slot = deployment_slot
        self.private_id = private_id
        self.status = status
        self.label = label
        self.url = url
        self.configuration = configuration
        self.role_instance_list = (
            RoleInstanceList() if role_instance_list is None else role_instance_list
        )
        self.upgrade_status = upgrade_status
        self.upgrade_domain_count = upgrade_domain_count
        self.role_list = RoleList() if role_list is None else role_list
        self.sdk_version = sdk_version
        self.input_endpoint_list = (
            InputEndpoints() if input_endpoint_list is None else input_endpoint_list
        )
        self.locked = locked
        self.rollback_allowed = rollback_allowed
        self.created_time = created_time
        self.last_modified_time = last_modified_time
        self.virtual_network_name = virtual_network_name
        self.dns_servers = dns_servers
        self.extended_properties = {} if extended_properties is None else extended_properties
        self.persistent_vm_downtime_info = (
            PersistentVMDowntimeInfo()
            if persistent_vm_downtime_info is None
            else persistent_vm_downtime_info
        )
        self.virtual_ips = VirtualIPs() if virtual_ips is None else virtual_ips
        self.extension_configuration = extension_configuration
        self.reserved_ip_name = reserved_ip_name
        self.internal_dns_suffix = internal_dns_suffix
        self.load_balancers = load_balancers
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Deployment("
            "name="
            f"{self.name!r}, "
            "deployment_slot="
            f"{self.deployment_slot!r}, "
            "private_id="
            f"{self.private_id!r}, "
            "status="
            f"{self.status!r}, "
            "label="
            f"{self.label!r}, "
            "url="
            f"{self.url!r}, "
            "configuration="
            f"{'<secret>' if self.configuration is not None else None}, "
            "role_instance_list="
            f"{self.role_instance_list!r}, "
            "upgrade_status="
            f"{self.upgrade_status!r}, "
            "upgrade_domain_count="
            f"{self.upgrade_domain_count!r}, "
            "role_list="
            f"{self.role_list!r}, "
            "sdk_version="
            f"{self.sdk_version!r}, "
            "input_endpoint_list="
            f"{self.input_endpoint_list!r}, "
            "locked="
            f"{self.locked!r}, "
            "rollback_allowed="
            f"{self.rollback_allowed!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "last_modified_time="
            f"{self.last_modified_time!r}, "
            "virtual_network_name="
            f"{self.virtual_network_name!r}, "
            "dns_servers="
            f"{self.dns_servers!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "persistent_vm_downtime_info="
            f"{self.persistent_vm_downtime_info!r}, "
            "virtual_ips="
            f"{self.virtual_ips!r}, "
            "extension_configuration="
            f"{self.extension_configuration!r}, "
            "reserved_ip_name="
            f"{self.reserved_ip_name!r}, "
            "internal_dns_suffix="
            f"{self.internal_dns_suffix!r}, "
            "load_balancers="
            f"{self.load_balancers!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Deployment):
            return NotImplemented
        return (
            self.name == other.name
            and self.deployment_slot == other.deployment_slot
            and self.private_id == other.private_id
            and self.status == other.status
            and self.label == other.label
            and self.url == other.url
            and self.configuration == other.configuration
            and self.role_instance_list == other.role_instance_list
            and self.upgrade_status == other.upgrade_status
            and self.upgrade_domain_count == other.upgrade_domain_count
            and self.role_list == other.role_list
            and self.sdk_version == other.sdk_version
            and self.input_endpoint_list == other.input_endpoint_list
            and self.locked == other.locked
            and self.rollback_allowed == other.rollback_allowed
            and self.created_time == other.created_time
            and self.last_modified_time == other.last_modified_time
            and self.virtual_network_name == other.virtual_network_name
            and self.dns_servers == other.dns_servers
            and self.extended_properties == other.extended_properties
            and self.persistent_vm_downtime_info == other.persistent_vm_downtime_info
            and self.virtual_ips == other.virtual_ips
            and self.extension_configuration == other.extension_configuration
            and self.reserved_ip_name == other.reserved_ip_name
            and self.internal_dns_suffix == other.internal_dns_suffix
            and self.load_balancers == other.load_balancers
        )


class RoleInstance(WindowsAzureData):
    """A running instance of a role; for virtual machines, the machine itself.

    Attributes:
        role_name: Role the instance belongs to.
        instance_name: Name of the instance.
        instance_status: Status of the instance: ReadyRole, StoppedVM, StoppedDeallocated,
            RoleStateUnknown, ...
        extended_instance_status: More status detail, such as the progress of a remote VHD copy.
        instance_upgrade_domain: Upgrade domain of the instance.
        instance_fault_domain: Fault domain of the instance.
        instance_size: Role size of the instance.
        instance_state_details: Snapshot of the instance state.
        instance_error_code: Error code of the last start, e.g. WaitTimeout or VhdTooLarge.
        ip_address: Internal IP address (DIP) of the instance.
        instance_endpoints: Public endpoints that reach the instance.
        power_state: Starting, Started, Stopping, Stopped or Unknown.
        host_name: Host name of the virtual machine.
        fqdn: Fully qualified domain name of the instance, when reported.
        remote_access_certificate_thumbprint: Thumbprint of the RDP (Windows) or SSH (Linux)
            server certificate.
        guest_agent_status: What the VM agent last reported.
        resource_extension_status_list: Status of the VM extensions of the instance.
        public_ips: Instance-level public IP addresses.
        network_interfaces: Secondary network interfaces of the instance.
        maintenance_status: Platform maintenance planned for the virtual machine, if any
            (x-ms-version 2015-10-01 and later).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "instance_name",
        "instance_status",
        "extended_instance_status",
        "instance_upgrade_domain",
        "instance_fault_domain",
        "instance_size",
        "instance_state_details",
        "instance_error_code",
        "ip_address",
        "instance_endpoints",
        "power_state",
        "host_name",
        "fqdn",
        "remote_access_certificate_thumbprint",
        "guest_agent_status",
        "resource_extension_status_list",
        "public_ips",
        "network_interfaces",
        "maintenance_status",
    )

    role_name: str | None
    instance_name: str | None
    instance_status: str | None
    extended_instance_status: str | None
    instance_upgrade_domain: int | None
    instance_fault_domain: int | None
    instance_size: str | None
    instance_state_details: str | None
    instance_error_code: str | None
    ip_address: str | None
    instance_endpoints: list[InstanceEndpoint]
    power_state: str | None
    host_name: str | None
    fqdn: str | None
    remote_access_certificate_thumbprint: str | None
    guest_agent_status: GuestAgentStatus | None
    resource_extension_status_list: list[ResourceExtensionStatus] | None
    public_ips: list[PublicIP]
    network_interfaces: list[RoleInstanceNetworkInterface] | None
    maintenance_status: MaintenanceStatus | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        instance_name: str | None = None,
        instance_status: str | None = None,
        extended_instance_status: str | None = None,
        instance_upgrade_domain: int | None = None,
        instance_fault_domain: int | None = None,
        instance_size: str | None = None,
        instance_state_details: str | None = None,
        instance_error_code: str | None = None,
        ip_address: str | None = None,
        instance_endpoints: list[InstanceEndpoint] | None = None,
        power_state: str | None = None,
        host_name: str | None = None,
        fqdn: str | None = None,
        remote_access_certificate_thumbprint: str | None = None,
        guest_agent_status: GuestAgentStatus | None = None,
        resource_extension_status_list: list[ResourceExtensionStatus] | None = None,
        public_ips: list[PublicIP] | None = None,
        network_interfaces: list[RoleInstanceNetworkInterface] | None = None,
        maintenance_status: MaintenanceStatus | None = None,
    ) -> None:
        self.role_name = role_name
        self.instance_name = instance_name
        self.instance_status = instance_status
        self.extended_instance_status = extended_instance_status
        self.instance_upgrade_domain = instance_upgrade_domain
        self.instance_fault_domain = instance_fault_domain
        self.instance_size = instance_size
        self.instance_state_details = instance_state_details
        self.instance_error_code = instance_error_code
        self.ip_address = ip_address
        self.instance_endpoints = (
            InstanceEndpoints() if instance_endpoints is None else instance_endpoints
        )
        self.power_state = power_state
        self.host_name = host_name
        self.fqdn = fqdn
        self.remote_access_certificate_thumbprint = remote_access_certificate_thumbprint
        self.guest_agent_status = guest_agent_status
        self.resource_extension_status_list = resource_extension_status_list
        self.public_ips = PublicIPs() if public_ips is None else public_ips
        self.network_interfaces = network_interfaces
        self.maintenance_status = maintenance_status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RoleInstance("
            "role_name="
            f"{self.role_name!r}, "
            "instance_name="
            f"{self.instance_name!r}, "
            "instance_status="
            f"{self.instance_status!r}, "
            "extended_instance_status="
            f"{self.extended_instance_status!r}, "
            "instance_upgrade_domain="
            f"{self.instance_upgrade_domain!r}, "
            "instance_fault_domain="
            f"{self.instance_fault_domain!r}, "
            "instance_size="
            f"{self.instance_size!r}, "
            "instance_state_details="
            f"{self.instance_state_details!r}, "
            "instance_error_code="
            f"{self.instance_error_code!r}, "
            "ip_address="
            f"{self.ip_address!r}, "
            "instance_endpoints="
            f"{self.instance_endpoints!r}, "
            "power_state="
            f"{self.power_state!r}, "
            "host_name="
            f"{self.host_name!r}, "
            "fqdn="
            f"{self.fqdn!r}, "
            "remote_access_certificate_thumbprint="
            f"{self.remote_access_certificate_thumbprint!r}, "
            "guest_agent_status="
            f"{self.guest_agent_status!r}, "
            "resource_extension_status_list="
            f"{self.resource_extension_status_list!r}, "
            "public_ips="
            f"{self.public_ips!r}, "
            "network_interfaces="
            f"{self.network_interfaces!r}, "
            "maintenance_status="
            f"{self.maintenance_status!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoleInstance):
            return NotImplemented
        return (
            self.role_name == other.role_name
            and self.instance_name == other.instance_name
            and self.instance_status == other.instance_status
            and self.extended_instance_status == other.extended_instance_status
            and self.instance_upgrade_domain == other.instance_upgrade_domain
            and self.instance_fault_domain == other.instance_fault_domain
            and self.instance_size == other.instance_size
            and self.instance_state_details == other.instance_state_details
            and self.instance_error_code == other.instance_error_code
            and self.ip_address == other.ip_address
            and self.instance_endpoints == other.instance_endpoints
            and self.power_state == other.power_state
            and self.host_name == other.host_name
            and self.fqdn == other.fqdn
            and self.remote_access_certificate_thumbprint
            == other.remote_access_certificate_thumbprint
            and self.guest_agent_status == other.guest_agent_status
            and self.resource_extension_status_list == other.resource_extension_status_list
            and self.public_ips == other.public_ips
            and self.network_interfaces == other.network_interfaces
            and self.maintenance_status == other.maintenance_status
        )


class InstanceEndpoint(WindowsAzureData):
    """A public endpoint that reaches a role instance.

    Attributes:
        name: Name of the endpoint.
        vip: Virtual IP address of the endpoint.
        public_port: Public port.
        local_port: Port on the instance.
        protocol: tcp or udp.
        idle_timeout_in_minutes: TCP idle timeout in minutes.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "vip",
        "public_port",
        "local_port",
        "protocol",
        "idle_timeout_in_minutes",
    )

    name: str | None
    vip: str | None
    public_port: int | None
    local_port: int | None
    protocol: str | None
    idle_timeout_in_minutes: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        vip: str | None = None,
        public_port: int | None = None,
        local_port: int | None = None,
        protocol: str | None = None,
        idle_timeout_in_minutes: int | None = None,
    ) -> None:
        self.name = name
        self.vip = vip
        self.public_port = public_port
        self.local_port = local_port
        self.protocol = protocol
        self.idle_timeout_in_minutes = idle_timeout_in_minutes
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "InstanceEndpoint("
            "name="
            f"{self.name!r}, "
            "vip="
            f"{self.vip!r}, "
            "public_port="
            f"{self.public_port!r}, "
            "local_port="
            f"{self.local_port!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "idle_timeout_in_minutes="
            f"{self.idle_timeout_in_minutes!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InstanceEndpoint):
            return NotImplemented
        return (
            self.name == other.name
            and self.vip == other.vip
            and self.public_port == other.public_port
            and self.local_port == other.local_port
            and self.protocol == other.protocol
            and self.idle_timeout_in_minutes == other.idle_timeout_in_minutes
        )


class GuestAgentStatus(WindowsAzureData):
    """Status last reported by the VM agent of a virtual machine.

    Attributes:
        protocol_version: Version of the reporting protocol.
        timestamp: When the status was reported (UTC).
        guest_agent_version: Version of the agent (Unknown when it does not answer).
        status: Ready or NotReady.
        code: Status code of the agent.
        message: The status message as a resource id and its parameters.
        formatted_message: Readable status message.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "protocol_version",
        "timestamp",
        "guest_agent_version",
        "status",
        "code",
        "message",
        "formatted_message",
    )

    protocol_version: str | None
    timestamp: datetime | None
    guest_agent_version: str | None
    status: str | None
    code: int | None
    message: StatusMessage | None
    formatted_message: FormattedMessage | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        protocol_version: str | None = None,
        timestamp: datetime | None = None,
        guest_agent_version: str | None = None,
        status: str | None = None,
        code: int | None = None,
        message: StatusMessage | None = None,
        formatted_message: FormattedMessage | None = None,
    ) -> None:
        self.protocol_version = protocol_version
        self.timestamp = timestamp
        self.guest_agent_version = guest_agent_version
        self.status = status
        self.code = code
        self.message = message
        self.formatted_message = formatted_message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GuestAgentStatus("
            "protocol_version="
            f"{self.protocol_version!r}, "
            "timestamp="
            f"{self.timestamp!r}, "
            "guest_agent_version="
            f"{self.guest_agent_version!r}, "
            "status="
            f"{self.status!r}, "
            "code="
            f"{self.code!r}, "
            "message="
            f"{self.message!r}, "
            "formatted_message="
            f"{self.formatted_message!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GuestAgentStatus):
            return NotImplemented
        return (
            self.protocol_version == other.protocol_version
            and self.timestamp == other.timestamp
            and self.guest_agent_version == other.guest_agent_version
            and self.status == other.status
            and self.code == other.code
            and self.message == other.message
            and self.formatted_message == other.formatted_message
        )


class StatusMessage(WindowsAzureData):
    """A status message given as a message resource and its parameters.

    Attributes:
        message_resource_id: Id of the message resource.
        param_list: Parameters of the message.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "message_resource_id",
        "param_list",
    )

    message_resource_id: str | None
    param_list: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        message_resource_id: str | None = None,
        param_list: list[str] | None = None,
    ) -> None:
        self.message_resource_id = message_resource_id
        self.param_list = param_list
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "StatusMessage("
            "message_resource_id="
            f"{self.message_resource_id!r}, "
            "param_list="
            f"{self.param_list!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StatusMessage):
            return NotImplemented
        return (
            self.message_resource_id == other.message_resource_id
            and self.param_list == other.param_list
        )


class MaintenanceStatus(WindowsAzureData):
    """Platform maintenance planned for a virtual machine.

    Attributes:
        is_customer_initiated_maintenance_allowed: Whether perform_role_maintenance may start it
            now.
        pre_maintenance_window_start_time: Start of the window in which the customer may start
            the maintenance.
        pre_maintenance_window_end_time: End of that window.
        maintenance_window_start_time: Start of the platform's maintenance window.
        maintenance_window_end_time: End of the platform's maintenance window.
        last_operation_result_code: Result of the last maintenance operation.
        last_operation_message: Message of the last maintenance operation.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "is_customer_initiated_maintenance_allowed",
        "pre_maintenance_window_start_time",
        "pre_maintenance_window_end_time",
        "maintenance_window_start_time",
        "maintenance_window_end_time",
        "last_operation_result_code",
        "last_operation_message",
    )

    is_customer_initiated_maintenance_allowed: bool | None
    pre_maintenance_window_start_time: datetime | None
    pre_maintenance_window_end_time: datetime | None
    maintenance_window_start_time: datetime | None
    maintenance_window_end_time: datetime | None
    last_operation_result_code: str | None
    last_operation_message: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        is_customer_initiated_maintenance_allowed: bool | None = None,
        pre_maintenance_window_start_time: datetime | None = None,
        pre_maintenance_window_end_time: datetime | None = None,
        maintenance_window_start_time: datetime | None = None,
        maintenance_window_end_time: datetime | None = None,
        last_operation_result_code: str | None = None,
        last_operation_message: str | None = None,
    ) -> None:
        self.is_customer_initiated_maintenance_allowed = is_customer_initiated_maintenance_allowed
        self.pre_maintenance_window_start_time = pre_maintenance_window_start_time
        self.pre_maintenance_window_end_time = pre_maintenance_window_end_time
        self.maintenance_window_start_time = maintenance_window_start_time
        self.maintenance_window_end_time = maintenance_window_end_time
        self.last_operation_result_code = last_operation_result_code
        self.last_operation_message = last_operation_message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MaintenanceStatus("
            "is_customer_initiated_maintenance_allowed="
            f"{self.is_customer_initiated_maintenance_allowed!r}, "
            "pre_maintenance_window_start_time="
            f"{self.pre_maintenance_window_start_time!r}, "
            "pre_maintenance_window_end_time="
            f"{self.pre_maintenance_window_end_time!r}, "
            "maintenance_window_start_time="
            f"{self.maintenance_window_start_time!r}, "
            "maintenance_window_end_time="
            f"{self.maintenance_window_end_time!r}, "
            "last_operation_result_code="
            f"{self.last_operation_result_code!r}, "
            "last_operation_message="
            f"{self.last_operation_message!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MaintenanceStatus):
            return NotImplemented
        return (
            self.is_customer_initiated_maintenance_allowed
            == other.is_customer_initiated_maintenance_allowed
            and self.pre_maintenance_window_start_time == other.pre_maintenance_window_start_time
            and self.pre_maintenance_window_end_time == other.pre_maintenance_window_end_time
            and self.maintenance_window_start_time == other.maintenance_window_start_time
            and self.maintenance_window_end_time == other.maintenance_window_end_time
            and self.last_operation_result_code == other.last_operation_result_code
            and self.last_operation_message == other.last_operation_message
        )


class FormattedMessage(WindowsAzureData):
    """A localized status message.

    Attributes:
        language: Language of the message, e.g. en-US.
        message: The message.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "language",
        "message",
    )

    language: str | None
    message: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        language: str | None = None,
        message: str | None = None,
    ) -> None:
        self.language = language
        self.message = message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"FormattedMessage(language={self.language!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FormattedMessage):
            return NotImplemented
        return self.language == other.language and self.message == other.message


class ResourceExtensionStatus(WindowsAzureData):
    """Status of a VM extension on a role instance.

    Attributes:
        handler_name: Name of the extension handler.
        version: Version of the extension.
        status: Installing, Ready, NotReady or Unresponsive.
        code: Status code of the extension.
        message: The status message as a resource id and its parameters.
        formatted_message: Readable status message.
        extension_setting_status: Result of applying the extension's settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "handler_name",
        "version",
        "status",
        "code",
        "message",
        "formatted_message",
        "extension_setting_status",
    )

    handler_name: str | None
    version: str | None
    status: str | None
    code: int | None
    message: StatusMessage | None
    formatted_message: FormattedMessage | None
    extension_setting_status: ExtensionSettingStatus | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        handler_name: str | None = None,
        version: str | None = None,
        status: str | None = None,
        code: int | None = None,
        message: StatusMessage | None = None,
        formatted_message: FormattedMessage | None = None,
        extension_setting_status: ExtensionSettingStatus | None = None,
    ) -> None:
        self.handler_name = handler_name
        self.version = version
        self.status = status
        self.code = code
        self.message = message
        self.formatted_message = formatted_message
        self.extension_setting_status = extension_setting_status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ResourceExtensionStatus("
            "handler_name="
            f"{self.handler_name!r}, "
            "version="
            f"{self.version!r}, "
            "status="
            f"{self.status!r}, "
            "code="
            f"{self.code!r}, "
            "message="
            f"{self.message!r}, "
            "formatted_message="
            f"{self.formatted_message!r}, "
            "extension_setting_status="
            f"{self.extension_setting_status!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceExtensionStatus):
            return NotImplemented
        return (
            self.handler_name == other.handler_name
            and self.version == other.version
            and self.status == other.status
            and self.code == other.code
            and self.message == other.message
            and self.formatted_message == other.formatted_message
            and self.extension_setting_status == other.extension_setting_status
        )


class ExtensionSettingStatus(WindowsAzureData):
    """Result of applying the settings of a VM extension.

    Attributes:
        timestamp: When the status was reported (UTC).
        configuration_applied_time: When the settings were last applied (UTC).
        name: Name of the setting.
        operation: Operation the extension performed.
        status: transitioning, error, success or warning.
        code: Status code.
        message: The status message as a resource id and its parameters.
        formatted_message: Readable status message.
        sub_status_list: Detailed sub-statuses.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "timestamp",
        "configuration_applied_time",
        "name",
        "operation",
        "status",
        "code",
        "message",
        "formatted_message",
        "sub_status_list",
    )

    timestamp: datetime | None
    configuration_applied_time: datetime | None
    name: str | None
    operation: str | None
    status: str | None
    code: int | None
    message: StatusMessage | None
    formatted_message: FormattedMessage | None
    sub_status_list: list[SubStatus] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        timestamp: datetime | None = None,
        configuration_applied_time: datetime | None = None,
        name: str | None = None,
        operation: str | None = None,
        status: str | None = None,
        code: int | None = None,
        message: StatusMessage | None = None,
        formatted_message: FormattedMessage | None = None,
        sub_status_list: list[SubStatus] | None = None,
    ) -> None:
        self.timestamp = timestamp
        self.configuration_applied_time = configuration_applied_time
        self.name = name
        self.operation = operation
        self.status = status
        self.code = code
        self.message = message
        self.formatted_message = formatted_message
        self.sub_status_list = sub_status_list
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionSettingStatus("
            "timestamp="
            f"{self.timestamp!r}, "
            "configuration_applied_time="
            f"{self.configuration_applied_time!r}, "
            "name="
            f"{self.name!r}, "
            "operation="
            f"{self.operation!r}, "
            "status="
            f"{self.status!r}, "
            "code="
            f"{self.code!r}, "
            "message="
            f"{self.message!r}, "
            "formatted_message="
            f"{self.formatted_message!r}, "
            "sub_status_list="
            f"{self.sub_status_list!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionSettingStatus):
            return NotImplemented
        return (
            self.timestamp == other.timestamp
            and self.configuration_applied_time == other.configuration_applied_time
            and self.name == other.name
            and self.operation == other.operation
            and self.status == other.status
            and self.code == other.code
            and self.message == other.message
            and self.formatted_message == other.formatted_message
            and self.sub_status_list == other.sub_status_list
        )


class SubStatus(WindowsAzureData):
    """A detailed status reported by a VM extension.

    Attributes:
        name: Name of the status object.
        status: transitioning, error, success or warning.
        code: Status code.
        message: The status message as a resource id and its parameters.
        formatted_message: Readable status message.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "status",
        "code",
        "message",
        "formatted_message",
    )

    name: str | None
    status: str | None
    code: int | None
    message: StatusMessage | None
    formatted_message: FormattedMessage | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        status: str | None = None,
        code: int | None = None,
        message: StatusMessage | None = None,
        formatted_message: FormattedMessage | None = None,
    ) -> None:
        self.name = name
        self.status = status
        self.code = code
        self.message = message
        self.formatted_message = formatted_message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SubStatus("
            "name="
            f"{self.name!r}, "
            "status="
            f"{self.status!r}, "
            "code="
            f"{self.code!r}, "
            "message="
            f"{self.message!r}, "
            "formatted_message="
            f"{self.formatted_message!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubStatus):
            return NotImplemented
        return (
            self.name == other.name
            and self.status == other.status
            and self.code == other.code
            and self.message == other.message
            and self.formatted_message == other.formatted_message
        )


class RoleInstanceNetworkInterface(WindowsAzureData):
    """A secondary network interface of a role instance, as running.

    Attributes:
        name: Name of the interface.
        mac_address: MAC address of the interface.
        ip_configurations: Subnet and address of the interface.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "mac_address",
        "ip_configurations",
    )

    name: str | None
    mac_address: str | None
    ip_configurations: list[RoleInstanceIPConfiguration] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        mac_address: str | None = None,
        ip_configurations: list[RoleInstanceIPConfiguration] | None = None,
    ) -> None:
        self.name = name
        self.mac_address = mac_address
        self.ip_configurations = ip_configurations
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RoleInstanceNetworkInterface("
            "name="
            f"{self.name!r}, "
            "mac_address="
            f"{self.mac_address!r}, "
            "ip_configurations="
            f"{self.ip_configurations!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoleInstanceNetworkInterface):
            return NotImplemented
        return (
            self.name == other.name
            and self.mac_address == other.mac_address
            and self.ip_configurations == other.ip_configurations
        )


class RoleInstanceIPConfiguration(WindowsAzureData):
    """Subnet and address of a network interface of a role instance.

    Attributes:
        subnet_name: Subnet of the interface.
        address: IP address of the interface.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "subnet_name",
        "address",
    )

    subnet_name: str | None
    address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        subnet_name: str | None = None,
        address: str | None = None,
    ) -> None:
        self.subnet_name = subnet_name
        self.address = address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RoleInstanceIPConfiguration("
            "subnet_name="
            f"{self.subnet_name!r}, "
            "address="
            f"{self.address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoleInstanceIPConfiguration):
            return NotImplemented
        return self.subnet_name == other.subnet_name and self.address == other.address


class UpgradeStatus(WindowsAzureData):
    """Progress of an update or upgrade of a deployment.

    Attributes:
        upgrade_type: Auto, Manual or Simultaneous.
        current_upgrade_domain_state: Before or During.
        current_upgrade_domain: Upgrade domain being upgraded (counted from 0).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "upgrade_type",
        "current_upgrade_domain_state",
        "current_upgrade_domain",
    )

    upgrade_type: str | None
    current_upgrade_domain_state: str | None
    current_upgrade_domain: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        upgrade_type: str | None = None,
        current_upgrade_domain_state: str | None = None,
        current_upgrade_domain: int | None = None,
    ) -> None:
        self.upgrade_type = upgrade_type
        self.current_upgrade_domain_state = current_upgrade_domain_state
        self.current_upgrade_domain = current_upgrade_domain
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpgradeStatus("
            "upgrade_type="
            f"{self.upgrade_type!r}, "
            "current_upgrade_domain_state="
            f"{self.current_upgrade_domain_state!r}, "
            "current_upgrade_domain="
            f"{self.current_upgrade_domain!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpgradeStatus):
            return NotImplemented
        return (
            self.upgrade_type == other.upgrade_type
            and self.current_upgrade_domain_state == other.current_upgrade_domain_state
            and self.current_upgrade_domain == other.current_upgrade_domain
        )


class InputEndpoint(WindowsAzureData):
    """A load-balanced endpoint of a deployment (older API versions).

    Attributes:
        role_name: Role the endpoint leads to.
        vip: Virtual IP address of the endpoint.
        port: Public port.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "vip",
        "port",
    )

    role_name: str | None
    vip: str | None
    port: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        vip: str | None = None,
        port: int | None = None,
    ) -> None:
        self.role_name = role_name
        self.vip = vip
        self.port = port
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"InputEndpoint(role_name={self.role_name!r}, vip={self.vip!r}, port={self.port!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InputEndpoint):
            return NotImplemented
        return (
            self.role_name == other.role_name and self.vip == other.vip and self.port == other.port
        )


class PersistentVMDowntimeInfo(WindowsAzureData):
    """A planned maintenance window of the virtual machines of a deployment.

    Attributes:
        start_time: Start of the window (UTC).
        end_time: End of the window (UTC).
        status: State of the maintenance, e.g. PersistentVMUpdateCompleted.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "start_time",
        "end_time",
        "status",
    )

    start_time: datetime | None
    end_time: datetime | None
    status: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        status: str | None = None,
    ) -> None:
        self.start_time = start_time
        self.end_time = end_time
        self.status = status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "PersistentVMDowntimeInfo("
            "start_time="
            f"{self.start_time!r}, "
            "end_time="
            f"{self.end_time!r}, "
            "status="
            f"{self.status!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PersistentVMDowntimeInfo):
            return NotImplemented
        return (
            self.start_time == other.start_time
            and self.end_time == other.end_time
            and self.status == other.status
        )


class VirtualIP(WindowsAzureData):
    """A virtual IP address of a deployment.

    Attributes:
        address: The IP address.
        is_dns_programmed: Whether the service's DNS name already points at the address.
        name: Name ASM gave the virtual IP.
        is_reserved: Whether the address is a reserved IP.
        reserved_ip_name: Name of the reserved IP, if any.
        type: Private for the address of an internal load balancer.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "address",
        "is_dns_programmed",
        "name",
        "is_reserved",
        "reserved_ip_name",
        "type",
    )

    address: str | None
    is_dns_programmed: bool | None
    name: str | None
    is_reserved: bool | None
    reserved_ip_name: str | None
    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        address: str | None = None,
        is_dns_programmed: bool | None = None,
        name: str | None = None,
        is_reserved: bool | None = None,
        reserved_ip_name: str | None = None,
        type: str | None = None,
    ) -> None:
        self.address = address
        self.is_dns_programmed = is_dns_programmed
        self.name = name
        self.is_reserved = is_reserved
        self.reserved_ip_name = reserved_ip_name
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VirtualIP("
            "address="
            f"{self.address!r}, "
            "is_dns_programmed="
            f"{self.is_dns_programmed!r}, "
            "name="
            f"{self.name!r}, "
            "is_reserved="
            f"{self.is_reserved!r}, "
            "reserved_ip_name="
            f"{self.reserved_ip_name!r}, "
            "type="
            f"{self.type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VirtualIP):
            return NotImplemented
        return (
            self.address == other.address
            and self.is_dns_programmed == other.is_dns_programmed
            and self.name == other.name
            and self.is_reserved == other.is_reserved
            and self.reserved_ip_name == other.reserved_ip_name
            and self.type == other.type
        )


class LoadBalancer(WindowsAzureData):
    """An internal load balancer of a deployment.

    Attributes:
        name: Name of the load balancer.
        frontend_ip_configuration: Address the load balancer listens on.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "frontend_ip_configuration",
    )

    name: str | None
    frontend_ip_configuration: FrontendIpConfiguration | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        frontend_ip_configuration: FrontendIpConfiguration | None = None,
    ) -> None:
        self.name = name
        self.frontend_ip_configuration = frontend_ip_configuration
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LoadBalancer("
            "name="
            f"{self.name!r}, "
            "frontend_ip_configuration="
            f"{self.frontend_ip_configuration!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoadBalancer):
            return NotImplemented
        return (
            self.name == other.name
            and self.frontend_ip_configuration == other.frontend_ip_configuration
        )


class FrontendIpConfiguration(WindowsAzureData):
    """The address an internal load balancer listens on.

    Attributes:
        type: Kind of address; Private.
        subnet_name: Subnet of the address.
        static_virtual_network_ip_address: Fixed address in the subnet, if chosen.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "subnet_name",
        "static_virtual_network_ip_address",
    )

    type: str | None
    subnet_name: str | None
    static_virtual_network_ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = None,
        subnet_name: str | None = None,
        static_virtual_network_ip_address: str | None = None,
    ) -> None:
        self.type = type
        self.subnet_name = subnet_name
        self.static_virtual_network_ip_address = static_virtual_network_ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "FrontendIpConfiguration("
            "type="
            f"{self.type!r}, "
            "subnet_name="
            f"{self.subnet_name!r}, "
            "static_virtual_network_ip_address="
            f"{self.static_virtual_network_ip_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FrontendIpConfiguration):
            return NotImplemented
        return (
            self.type == other.type
            and self.subnet_name == other.subnet_name
            and self.static_virtual_network_ip_address == other.static_virtual_network_ip_address
        )


class DnsServer(WindowsAzureData):
    """A DNS server used by the virtual machines of a deployment.

    Attributes:
        name: Name of the DNS server.
        address: IP address of the DNS server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address",
    )

    name: str | None
    address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address: str | None = None,
    ) -> None:
        self.name = name
        self.address = address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DnsServer(name={self.name!r}, address={self.address!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DnsServer):
            return NotImplemented
        return self.name == other.name and self.address == other.address


class ExtensionConfiguration(WindowsAzureData):
    """Cloud service extensions enabled on all roles or on named roles of a deployment.

    Attributes:
        all_roles: Extensions enabled on every role.
        named_roles: Extensions enabled on particular roles.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "all_roles",
        "named_roles",
    )

    all_roles: list[Extension] | None
    named_roles: list[RoleExtensions] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        all_roles: list[Extension] | None = None,
        named_roles: list[RoleExtensions] | None = None,
    ) -> None:
        self.all_roles = all_roles
        self.named_roles = named_roles
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionConfiguration("
            "all_roles="
            f"{self.all_roles!r}, "
            "named_roles="
            f"{self.named_roles!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionConfiguration):
            return NotImplemented
        return self.all_roles == other.all_roles and self.named_roles == other.named_roles


class RoleExtensions(WindowsAzureData):
    """The cloud service extensions enabled on one role.

    Attributes:
        role_name: Name of the role.
        extensions: Extensions enabled on the role.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "extensions",
    )

    role_name: str | None
    extensions: list[Extension] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        extensions: list[Extension] | None = None,
    ) -> None:
        self.role_name = role_name
        self.extensions = extensions
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RoleExtensions(role_name={self.role_name!r}, extensions={self.extensions!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoleExtensions):
            return NotImplemented
        return self.role_name == other.role_name and self.extensions == other.extensions


class Extension(WindowsAzureData):
    """A cloud service extension enabled on roles.

    Attributes:
        id: Identifier of the extension.
        sequence_number: Configuration sequence number.
        state: State of the extension.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "sequence_number",
        "state",
    )

    id: str | None
    sequence_number: int | None
    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        sequence_number: int | None = None,
        state: str | None = None,
    ) -> None:
        self.id = id
        self.sequence_number = sequence_number
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Extension("
            "id="
            f"{self.id!r}, "
            "sequence_number="
            f"{self.sequence_number!r}, "
            "state="
            f"{self.state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Extension):
            return NotImplemented
        return (
            self.id == other.id
            and self.sequence_number == other.sequence_number
            and self.state == other.state
        )


class AddDisk(WindowsAzureData):
    """Request body of `add_disk`.

    Attributes:
        os: Linux or Windows; absent for a data disk.
        label: Label of the disk (plain text).
        media_link: Blob URL of the VHD.
        name: Name of the disk.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "os",
        "label",
        "media_link",
        "name",
    )

    os: str | None
    label: str | None
    media_link: str | None
    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        os: str | None = None,
        label: str | None = None,
        media_link: str | None = None,
        name: str | None = None,
    ) -> None:
        self.os = os
        self.label = label
        self.media_link = media_link
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AddDisk("
            "os="
            f"{self.os!r}, "
            "label="
            f"{self.label!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "name="
            f"{self.name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddDisk):
            return NotImplemented
        return (
            self.os == other.os
            and self.label == other.label
            and self.media_link == other.media_link
            and self.name == other.name
        )


class UpdateDisk(WindowsAzureData):
    """Request body of `update_disk`.

    Attributes:
        disk_name: Name of the disk being changed (identifies it; cannot change).
        label: New label (plain text).
        resized_size_in_gb: New size of the VHD, in GB.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "disk_name",
        "label",
        "resized_size_in_gb",
    )

    disk_name: str | None
    label: str | None
    resized_size_in_gb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        disk_name: str | None = None,
        label: str | None = None,
        resized_size_in_gb: int | None = None,
    ) -> None:
        self.disk_name = disk_name
        self.label = label
        self.resized_size_in_gb = resized_size_in_gb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateDisk("
            "disk_name="
            f"{self.disk_name!r}, "
            "label="
            f"{self.label!r}, "
            "resized_size_in_gb="
            f"{self.resized_size_in_gb!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateDisk):
            return NotImplemented
        return (
            self.disk_name == other.disk_name
            and self.label == other.label
            and self.resized_size_in_gb == other.resized_size_in_gb
        )


class Disk(WindowsAzureData):
    """A disk of the image repository, in the order ASM sends its elements.

    Attributes:
        affinity_group: Affinity group of the storage account holding the VHD, if it is in one.
        attached_to: The virtual machine the disk is attached to; None when it is free.
        has_operating_system: Whether the disk holds an operating system (older API versions;
            newer ones send only os). The legacy model kept this as a string.
        os: Operating system on the disk: Linux or Windows; empty or absent for data disks.
        is_corrupted: Whether ASM found the disk corrupt (its blob lease was broken). The legacy
            model kept this as a string.
        label: Friendly name of the disk (plain text).
        location: Location of the storage account holding the VHD (None when the account is in
            an affinity group).
        logical_disk_size_in_gb: Size of the disk, in GB.
        media_link: URL of the VHD blob of the disk.
        name: Name of the disk.
        source_image_name: The image the disk was created from, if any.
        created_time: When the disk was created. Not in the legacy model.
        io_type: Kind of storage the disk lives on (Standard or Provisioned, i.e. premium). Not
            in the legacy model.
        is_premium: Whether the disk was made from a premium image. Not in the legacy model.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "affinity_group",
        "attached_to",
        "has_operating_system",
        "os",
        "is_corrupted",
        "label",
        "location",
        "logical_disk_size_in_gb",
        "media_link",
        "name",
        "source_image_name",
        "created_time",
        "io_type",
        "is_premium",
    )

    affinity_group: str | None
    attached_to: AttachedTo | None
    has_operating_system: bool | None
    os: str | None
    is_corrupted: bool | None
    label: str | None
    location: str | None
    logical_disk_size_in_gb: int | None
    media_link: str | None
    name: str | None
    source_image_name: str | None
    created_time: datetime | None
    io_type: str | None
    is_premium: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        affinity_group: str | None = None,
        attached_to: AttachedTo | None = None,
        has_operating_system: bool | None = None,
        os: str | None = None,
        is_corrupted: bool | None = None,
        label: str | None = None,
        location: str | None = None,
        logical_disk_size_in_gb: int | None = None,
        media_link: str | None = None,
        name: str | None = None,
        source_image_name: str | None = None,
        created_time: datetime | None = None,
        io_type: str | None = None,
        is_premium: bool | None = None,
    ) -> None:
        self.affinity_group = affinity_group
        self.attached_to = attached_to
        self.has_operating_system = has_operating_system
        self.os = os
        self.is_corrupted = is_corrupted
        self.label = label
        self.location = location
        self.logical_disk_size_in_gb = logical_disk_size_in_gb
        self.media_link = media_link
        self.name = name
        self.source_image_name = source_image_name
        self.created_time = created_time
        self.io_type = io_type
        self.is_premium = is_premium
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Disk("
            "affinity_group="
            f"{self.affinity_group!r}, "
            "attached_to="
            f"{self.attached_to!r}, "
            "has_operating_system="
            f"{self.has_operating_system!r}, "
            "os="
            f"{self.os!r}, "
            "is_corrupted="
            f"{self.is_corrupted!r}, "
            "label="
            f"{self.label!r}, "
            "location="
            f"{self.location!r}, "
            "logical_disk_size_in_gb="
            f"{self.logical_disk_size_in_gb!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "name="
            f"{self.name!r}, "
            "source_image_name="
            f"{self.source_image_name!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "io_type="
            f"{self.io_type!r}, "
            "is_premium="
            f"{self.is_premium!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Disk):
            return NotImplemented
        return (
            self.affinity_group == other.affinity_group
            and self.attached_to == other.attached_to
            and self.has_operating_system == other.has_operating_system
            and self.os == other.os
            and self.is_corrupted == other.is_corrupted
            and self.label == other.label
            and self.location == other.location
            and self.logical_disk_size_in_gb == other.logical_disk_size_in_gb
            and self.media_link == other.media_link
            and self.name == other.name
            and self.source_image_name == other.source_image_name
            and self.created_time == other.created_time
            and self.io_type == other.io_type
            and self.is_premium == other.is_premium
        )


class AttachedTo(WindowsAzureData):
    """The virtual machine (role) a disk is attached to.

    Attributes:
        hosted_service_name: Cloud service of the virtual machine.
        deployment_name: Deployment of the virtual machine.
        role_name: Name of the virtual machine (its role).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "hosted_service_name",
        "deployment_name",
        "role_name",
    )

    hosted_service_name: str | None
    deployment_name: str | None
    role_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        hosted_service_name: str | None = None,
        deployment_name: str | None = None,
        role_name: str | None = None,
    ) -> None:
        self.hosted_service_name = hosted_service_name
        self.deployment_name = deployment_name
        self.role_name = role_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AttachedTo("
            "hosted_service_name="
            f"{self.hosted_service_name!r}, "
            "deployment_name="
            f"{self.deployment_name!r}, "
            "role_name="
            f"{self.role_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AttachedTo):
            return NotImplemented
        return (
            self.hosted_service_name == other.hosted_service_name
            and self.deployment_name == other.deployment_name
            and self.role_name == other.role_name
        )


class CreateGatewayParameters(WindowsAzureData):
    """Body of create_gateway.

    Attributes:
        gateway_size: Size of the gateway.
        gateway_type: StaticRouting or DynamicRouting.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "gateway_size",
        "gateway_type",
    )

    gateway_size: str | None
    gateway_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        gateway_size: str | None = None,
        gateway_type: str | None = None,
    ) -> None:
        self.gateway_size = gateway_size
        self.gateway_type = gateway_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateGatewayParameters("
            "gateway_size="
            f"{self.gateway_size!r}, "
            "gateway_type="
            f"{self.gateway_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateGatewayParameters):
            return NotImplemented
        return self.gateway_size == other.gateway_size and self.gateway_type == other.gateway_type


class Gateway(WindowsAzureData):
    """The VPN gateway of a virtual network.

    Attributes:
        state: `NotProvisioned`, `Provisioning`, `Provisioned` or `Deprovisioning`.
        vip_address: Public address of the gateway.
        last_event: Last event of the gateway.
        gateway_type: StaticRouting or DynamicRouting.
        gateway_size: Size of the gateway.
        default_sites: Local networks used for forced tunneling.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "state",
        "vip_address",
        "last_event",
        "gateway_type",
        "gateway_size",
        "default_sites",
    )

    state: str | None
    vip_address: str | None
    last_event: GatewayEvent | None
    gateway_type: str | None
    gateway_size: str | None
    default_sites: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        state: str | None = None,
        vip_address: str | None = None,
        last_event: GatewayEvent | None = None,
        gateway_type: str | None = None,
        gateway_size: str | None = None,
        default_sites: list[str] | None = None,
    ) -> None:
        self.state = state
        self.vip_address = vip_address
        self.last_event = last_event
        self.gateway_type = gateway_type
        self.gateway_size = gateway_size
        self.default_sites = default_sites
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Gateway("
            "state="
            f"{self.state!r}, "
            "vip_address="
            f"{self.vip_address!r}, "
            "last_event="
            f"{self.last_event!r}, "
            "gateway_type="
            f"{self.gateway_type!r}, "
            "gateway_size="
            f"{self.gateway_size!r}, "
            "default_sites="
            f"{self.default_sites!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Gateway):
            return NotImplemented
        return (
            self.state == other.state
            and self.vip_address == other.vip_address
            and self.last_event == other.last_event
            and self.gateway_type == other.gateway_type
            and self.gateway_size == other.gateway_size
            and self.default_sites == other.default_sites
        )


class GatewayEvent(WindowsAzureData):
    """An event of a gateway or of one of its connections.

    Attributes:
        timestamp: When it happened.
        id: Identifier of the kind of event.
        message: What happened.
        data: Details.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "timestamp",
        "id",
        "message",
        "data",
    )

    timestamp: datetime | None
    id: str | None
    message: str | None
    data: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        timestamp: datetime | None = None,
        id: str | None = None,
        message: str | None = None,
        data: str | None = None,
    ) -> None:
        self.timestamp = timestamp
        self.id = id
        self.message = message
        self.data = data
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GatewayEvent("
            "timestamp="
            f"{self.timestamp!r}, "
            "id="
            f"{self.id!r}, "
            "message="
            f"{self.message!r}, "
            "data="
            f"{self.data!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayEvent):
            return NotImplemented
        return (
            self.timestamp == other.timestamp
            and self.id == other.id
            and self.message == other.message
            and self.data == other.data
        )


class GatewayConnectionStatus(WindowsAzureData):
    """A site-to-site connection of a gateway to a local network.

    Attributes:
        local_network_site_name: The local network.
        connectivity_state: `Connected`, `Connecting`, `NotConnected` or `Initial`.
        last_event: Last event of the connection.
        ingress_bytes_transferred: Bytes received.
        egress_bytes_transferred: Bytes sent.
        last_connection_established: When the connection was last established.
        allocated_ip_addresses: Addresses given to point-to-site clients.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "local_network_site_name",
        "connectivity_state",
        "last_event",
        "ingress_bytes_transferred",
        "egress_bytes_transferred",
        "last_connection_established",
        "allocated_ip_addresses",
    )

    local_network_site_name: str | None
    connectivity_state: str | None
    last_event: GatewayEvent | None
    ingress_bytes_transferred: int | None
    egress_bytes_transferred: int | None
    last_connection_established: datetime | None
    allocated_ip_addresses: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        local_network_site_name: str | None = None,
        connectivity_state: str | None = None,
        last_event: GatewayEvent | None = None,
        ingress_bytes_transferred: int | None = None,
        egress_bytes_transferred: int | None = None,
        last_connection_established: datetime | None = None,
        allocated_ip_addresses: list[str] | None = None,
    ) -> None:
        self.local_network_site_name = local_network_site_name
        self.connectivity_state = connectivity_state
        self.last_event = last_event
        self.ingress_bytes_transferred = ingress_bytes_transferred
        self.egress_bytes_transferred = egress_bytes_transferred
        self.last_connection_established = last_connection_established
        self.allocated_ip_addresses = allocated_ip_addresses
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GatewayConnectionStatus("
            "local_network_site_name="
            f"{self.local_network_site_name!r}, "
            "connectivity_state="
            f"{self.connectivity_state!r}, "
            "last_event="
            f"{self.last_event!r}, "
            "ingress_bytes_transferred="
            f"{self.ingress_bytes_transferred!r}, "
            "egress_bytes_transferred="
            f"{self.egress_bytes_transferred!r}, "
            "last_connection_established="
            f"{self.last_connection_established!r}, "
            "allocated_ip_addresses="
            f"{self.allocated_ip_addresses!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayConnectionStatus):
            return NotImplemented
        return (
            self.local_network_site_name == other.local_network_site_name
            and self.connectivity_state == other.connectivity_state
            and self.last_event == other.last_event
            and self.ingress_bytes_transferred == other.ingress_bytes_transferred
            and self.egress_bytes_transferred == other.egress_bytes_transferred
            and self.last_connection_established == other.last_connection_established
            and self.allocated_ip_addresses == other.allocated_ip_addresses
        )


class UpdateGatewayConnection(WindowsAzureData):
    """Body of connect_disconnect_or_test_gateway.

    Attributes:
        operation: Connect, Disconnect or Test.
        ip_address: Address to test with.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "operation",
        "ip_address",
    )

    operation: str | None
    ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        operation: str | None = None,
        ip_address: str | None = None,
    ) -> None:
        self.operation = operation
        self.ip_address = ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            f"UpdateGatewayConnection(operation={self.operation!r}, ip_address={self.ip_address!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateGatewayConnection):
            return NotImplemented
        return self.operation == other.operation and self.ip_address == other.ip_address


class GatewaySharedKey(WindowsAzureData):
    """The pre-shared key of a gateway connection; also the body of set_gateway_shared_key.

    Attributes:
        value: The key.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("value",)

    value: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        value: str | None = None,
    ) -> None:
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GatewaySharedKey(value={'<secret>' if self.value is not None else None})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewaySharedKey):
            return NotImplemented
        return self.value == other.value


class ResetGatewaySharedKey(WindowsAzureData):
    """Body of reset_gateway_shared_key.

    Attributes:
        key_length: Length of the new key.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("key_length",)

    key_length: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        key_length: int | None = None,
    ) -> None:
        self.key_length = key_length
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ResetGatewaySharedKey(key_length={self.key_length!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResetGatewaySharedKey):
            return NotImplemented
        return self.key_length == other.key_length


class IPsecParameters(WindowsAzureData):
    """The IPsec parameters of a gateway connection.

    Attributes:
        encryption_type: Encryption, e.g. `AES256`.
        pfs_group: Perfect forward secrecy group, e.g. `None` or `PFS1`.
        sa_data_size_kilobytes: Data after which the security association is renewed.
        sa_life_time_seconds: Lifetime of a security association.
        hash_algorithm: Integrity algorithm, e.g. `SHA1`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "encryption_type",
        "pfs_group",
        "sa_data_size_kilobytes",
        "sa_life_time_seconds",
        "hash_algorithm",
    )

    encryption_type: str | None
    pfs_group: str | None
    sa_data_size_kilobytes: int | None
    sa_life_time_seconds: int | None
    hash_algorithm: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        encryption_type: str | None = None,
        pfs_group: str | None = None,
        sa_data_size_kilobytes: int | None = None,
        sa_life_time_seconds: int | None = None,
        hash_algorithm: str | None = None,
    ) -> None:
        self.encryption_type = encryption_type
        self.pfs_group = pfs_group
        self.sa_data_size_kilobytes = sa_data_size_kilobytes
        self.sa_life_time_seconds = sa_life_time_seconds
        self.hash_algorithm = hash_algorithm
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "IPsecParameters("
            "encryption_type="
            f"{self.encryption_type!r}, "
            "pfs_group="
            f"{self.pfs_group!r}, "
            "sa_data_size_kilobytes="
            f"{self.sa_data_size_kilobytes!r}, "
            "sa_life_time_seconds="
            f"{self.sa_life_time_seconds!r}, "
            "hash_algorithm="
            f"{self.hash_algorithm!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IPsecParameters):
            return NotImplemented
        return (
            self.encryption_type == other.encryption_type
            and self.pfs_group == other.pfs_group
            and self.sa_data_size_kilobytes == other.sa_data_size_kilobytes
            and self.sa_life_time_seconds == other.sa_life_time_seconds
            and self.hash_algorithm == other.hash_algorithm
        )


class StartGatewayPublicDiagnostics(WindowsAzureData):
    """Body of start_gateway_diagnostics.

    Attributes:
        capture_duration_in_seconds: How long to capture.
        container_name: Blob container of the capture.
        customer_storage_key: Storage account key.
        customer_storage_name: Storage account name.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "capture_duration_in_seconds",
        "container_name",
        "customer_storage_key",
        "customer_storage_name",
    )

    operation: ClassVar[str] = "StartDiagnostics"

    capture_duration_in_seconds: int | None
    container_name: str | None
    customer_storage_key: str | None
    customer_storage_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        capture_duration_in_seconds: int | None = None,
        container_name: str | None = None,
        customer_storage_key: str | None = None,
        customer_storage_name: str | None = None,
    ) -> None:
        self.capture_duration_in_seconds = capture_duration_in_seconds
        self.container_name = container_name
        self.customer_storage_key = customer_storage_key
        self.customer_storage_name = customer_storage_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "StartGatewayPublicDiagnostics("
            "capture_duration_in_seconds="
            f"{self.capture_duration_in_seconds!r}, "
            "container_name="
            f"{self.container_name!r}, "
            "customer_storage_key="
            f"{'<secret>' if self.customer_storage_key is not None else None}, "
            "customer_storage_name="
            f"{self.customer_storage_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StartGatewayPublicDiagnostics):
            return NotImplemented
        return (
            self.capture_duration_in_seconds == other.capture_duration_in_seconds
            and self.container_name == other.container_name
            and self.customer_storage_key == other.customer_storage_key
            and self.customer_storage_name == other.customer_storage_name
        )


class StopGatewayPublicDiagnostics(WindowsAzureData):
    """Body of stop_gateway_diagnostics."""

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ()

    operation: ClassVar[str] = "StopDiagnostics"

    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
    ) -> None:
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return "StopGatewayPublicDiagnostics()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StopGatewayPublicDiagnostics):
            return NotImplemented
        return True


class GatewayPublicDiagnosticsStatus(WindowsAzureData):
    """The state of the diagnostics capture of a gateway.

    Attributes:
        state: `Ready` or `InProgress`.
        public_diagnostics_url: Blob of the last capture.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "state",
        "public_diagnostics_url",
    )

    state: str | None
    public_diagnostics_url: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        state: str | None = None,
        public_diagnostics_url: str | None = None,
    ) -> None:
        self.state = state
        self.public_diagnostics_url = public_diagnostics_url
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GatewayPublicDiagnosticsStatus("
            "state="
            f"{self.state!r}, "
            "public_diagnostics_url="
            f"{self.public_diagnostics_url!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayPublicDiagnosticsStatus):
            return NotImplemented
        return (
            self.state == other.state
            and self.public_diagnostics_url == other.public_diagnostics_url
        )


class GatewayOperation(WindowsAzureData):
    """The status of a gateway operation.

    Attributes:
        id: Request id of the operation.
        status: `InProgress`, `Successful` or `Failed`.
        http_status_code: HTTP status of the operation, when done.
        data: Result data of the operation.
        error: Why it failed.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "status",
        "http_status_code",
        "data",
        "error",
    )

    id: str | None
    status: str | None
    http_status_code: str | None
    data: str | None
    error: GatewayOperationError | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        status: str | None = None,
        http_status_code: str | None = None,
        data: str | None = None,
        error: GatewayOperationError | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.http_status_code = http_status_code
        self.data = data
        self.error = error
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GatewayOperation("
            "id="
            f"{self.id!r}, "
            "status="
            f"{self.status!r}, "
            "http_status_code="
            f"{self.http_status_code!r}, "
            "data="
            f"{self.data!r}, "
            "error="
            f"{self.error!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayOperation):
            return NotImplemented
        return (
            self.id == other.id
            and self.status == other.status
            and self.http_status_code == other.http_status_code
            and self.data == other.data
            and self.error == other.error
        )


class GatewayOperationError(WindowsAzureData):
    """Why a gateway operation failed.

    Attributes:
        code: Error code.
        message: Error message.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "code",
        "message",
    )

    code: str | None
    message: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GatewayOperationError(code={self.code!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayOperationError):
            return NotImplemented
        return self.code == other.code and self.message == other.message


class GatewayDefaultSites(WindowsAzureData):
    """Body of set_gateway_default_sites.

    Attributes:
        default_sites: Names of the local networks.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("default_sites",)

    default_sites: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        default_sites: list[str] | None = None,
    ) -> None:
        self.default_sites = default_sites
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GatewayDefaultSites(default_sites={self.default_sites!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayDefaultSites):
            return NotImplemented
        return self.default_sites == other.default_sites


class VpnClientParameters(WindowsAzureData):
    """Body of generate_vpn_client_package.

    Attributes:
        processor_architecture: Amd64 or X86.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("processor_architecture",)

    processor_architecture: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        processor_architecture: str | None = None,
    ) -> None:
        self.processor_architecture = processor_architecture
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"VpnClientParameters(processor_architecture={self.processor_architecture!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VpnClientParameters):
            return NotImplemented
        return self.processor_architecture == other.processor_architecture


class VpnDeviceList(WindowsAzureData):
    """The VPN devices ASM has configuration scripts for (a document in no namespace).

    Attributes:
        version: Version of the list.
        vendors: The vendors.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "version",
        "vendors",
    )

    version: str | None
    vendors: list[VpnDeviceVendor] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        version: str | None = None,
        vendors: list[VpnDeviceVendor] | None = None,
    ) -> None:
        self.version = version
        self.vendors = vendors
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"VpnDeviceList(version={self.version!r}, vendors={self.vendors!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VpnDeviceList):
            return NotImplemented
        return self.version == other.version and self.vendors == other.vendors


class VpnDeviceVendor(WindowsAzureData):
    """A vendor of supported VPN devices.

    Attributes:
        name: Name of the vendor.
        platforms: Its platforms.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "platforms",
    )

    name: str | None
    platforms: list[VpnDevicePlatform] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        platforms: list[VpnDevicePlatform] | None = None,
    ) -> None:
        self.name = name
        self.platforms = platforms
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"VpnDeviceVendor(name={self.name!r}, platforms={self.platforms!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VpnDeviceVendor):
            return NotImplemented
        return self.name == other.name and self.platforms == other.platforms


class VpnDevicePlatform(WindowsAzureData):
    """A platform of supported VPN devices.

    Attributes:
        name: Name of the platform.
        os_families: Its operating systems.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "os_families",
    )

    name: str | None
    os_families: list[VpnDeviceOSFamily] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        os_families: list[VpnDeviceOSFamily] | None = None,
    ) -> None:
        self.name = name
        self.os_families = os_families
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"VpnDevicePlatform(name={self.name!r}, os_families={self.os_families!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VpnDevicePlatform):
            return NotImplemented
        return self.name == other.name and self.os_families == other.os_families


class VpnDeviceOSFamily(WindowsAzureData):
    """An operating system of a supported VPN device platform.

    Attributes:
        name: Name of the operating system.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("name",)

    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
    ) -> None:
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"VpnDeviceOSFamily(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VpnDeviceOSFamily):
            return NotImplemented
        return self.name == other.name


class ResetGatewayParameters(WindowsAzureData):
    """Body of reset_gateway and reset_virtual_network_gateway."""

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ()

    operation: ClassVar[str] = "Reset"

    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
    ) -> None:
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return "ResetGatewayParameters()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResetGatewayParameters):
            return NotImplemented
        return True


class ResizeGatewayParameters(WindowsAzureData):
    """Body of resize_gateway and resize_virtual_network_gateway.

    Attributes:
        gateway_size: The new size.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("gateway_size",)

    operation: ClassVar[str] = "Resize"

    gateway_size: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        gateway_size: str | None = None,
    ) -> None:
        self.gateway_size = gateway_size
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ResizeGatewayParameters(gateway_size={self.gateway_size!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResizeGatewayParameters):
            return NotImplemented
        return self.gateway_size == other.gateway_size


class ClientRootCertificate(WindowsAzureData):
    """A point-to-site client root certificate of a gateway.

    Attributes:
        expiration_time: When the certificate expires.
        subject: Subject of the certificate.
        thumbprint: SHA-1 thumbprint (hex, upper case).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "expiration_time",
        "subject",
        "thumbprint",
    )

    expiration_time: datetime | None
    subject: str | None
    thumbprint: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        expiration_time: datetime | None = None,
        subject: str | None = None,
        thumbprint: str | None = None,
    ) -> None:
        self.expiration_time = expiration_time
        self.subject = subject
        self.thumbprint = thumbprint
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ClientRootCertificate("
            "expiration_time="
            f"{self.expiration_time!r}, "
            "subject="
            f"{self.subject!r}, "
            "thumbprint="
            f"{self.thumbprint!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClientRootCertificate):
            return NotImplemented
        return (
            self.expiration_time == other.expiration_time
            and self.subject == other.subject
            and self.thumbprint == other.thumbprint
        )


class HostedService(WindowsAzureData):
    """A cloud service and, when asked for, its deployments.

    Attributes:
        url: Management URL of the cloud service.
        service_name: Name of the service, which is also its DNS prefix.
        hosted_service_properties: Location, label, status, dates and extended properties of the
            service.
        deployments: Deployments of the service (only filled by
            `get_hosted_service_properties(..., embed_detail=True)`).
        default_win_rm_certificate_thumbprint: Thumbprint of the certificate generated for WinRM
            HTTPS listeners defined without one.
        compute_capabilities: Role sizes that deployments of this service can use.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "url",
        "service_name",
        "hosted_service_properties",
        "deployments",
        "default_win_rm_certificate_thumbprint",
        "compute_capabilities",
    )

    url: str | None
    service_name: str | None
    hosted_service_properties: HostedServiceProperties
    deployments: list[Deployment]
    default_win_rm_certificate_thumbprint: str | None
    compute_capabilities: HostedServiceComputeCapabilities | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        url: str | None = None,
        service_name: str | None = None,
        hosted_service_properties: HostedServiceProperties | None = None,
        deployments: list[Deployment] | None = None,
        default_win_rm_certificate_thumbprint: str | None = None,
        compute_capabilities: HostedServiceComputeCapabilities | None = None,
    ) -> None:
        self.url = url
        self.service_name = service_name
        self.hosted_service_properties = (
            HostedServiceProperties()
            if hosted_service_properties is None
            else hosted_service_properties
        )
        self.deployments = Deployments() if deployments is None else deployments
        self.default_win_rm_certificate_thumbprint = default_win_rm_certificate_thumbprint
        self.compute_capabilities = compute_capabilities
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "HostedService("
            "url="
            f"{self.url!r}, "
            "service_name="
            f"{self.service_name!r}, "
            "hosted_service_properties="
            f"{self.hosted_service_properties!r}, "
            "deployments="
            f"{self.deployments!r}, "
            "default_win_rm_certificate_thumbprint="
            f"{self.default_win_rm_certificate_thumbprint!r}, "
            "compute_capabilities="
            f"{self.compute_capabilities!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HostedService):
            return NotImplemented
        return (
            self.url == other.url
            and self.service_name == other.service_name
            and self.hosted_service_properties == other.hosted_service_properties
            and self.deployments == other.deployments
            and self.default_win_rm_certificate_thumbprint
            == other.default_win_rm_certificate_thumbprint
            and self.compute_capabilities == other.compute_capabilities
        )


class HostedServiceProperties(WindowsAzureData):
    """Properties of a cloud service.

    Attributes:
        description: Description of the service.
        affinity_group: Affinity group of the service, when it was created in one.
        location: Location of the service, when it was not created in an affinity group.
        label: Label of the service (decoded from base64).
        status: State of the service: Creating, Created, Deleting, Deleted, Changing or
            ResolvingDns.
        date_created: When the service was created (UTC).
        date_last_modified: When the service was last changed (UTC).
        extended_properties: Name/value pairs stored with the service.
        reverse_dns_fqdn: Name that a reverse DNS lookup of the service's IP address resolves
            to, if set.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "affinity_group",
        "location",
        "label",
        "status",
        "date_created",
        "date_last_modified",
        "extended_properties",
        "reverse_dns_fqdn",
    )

    description: str | None
    affinity_group: str | None
    location: str | None
    label: str | None
    status: str | None
    date_created: datetime | None
    date_last_modified: datetime | None
    extended_properties: dict[str, str]
    reverse_dns_fqdn: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        affinity_group: str | None = None,
        location: str | None = None,
        label: str | None = None,
        status: str | None = None,
        date_created: datetime | None = None,
        date_last_modified: datetime | None = None,
        extended_properties: dict[str, str] | None = None,
        reverse_dns_fqdn: str | None = None,
    ) -> None:
        self.description = description
        self.affinity_group = affinity_group
        self.location = location
        self.label = label
        self.status = status
        self.date_created = date_created
        self.date_last_modified = date_last_modified
        self.extended_properties = {} if extended_properties is None else extended_properties
        self.reverse_dns_fqdn = reverse_dns_fqdn
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "HostedServiceProperties("
            "description="
            f"{self.description!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "location="
            f"{self.location!r}, "
            "label="
            f"{self.label!r}, "
            "status="
            f"{self.status!r}, "
            "date_created="
            f"{self.date_created!r}, "
            "date_last_modified="
            f"{self.date_last_modified!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "reverse_dns_fqdn="
            f"{self.reverse_dns_fqdn!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HostedServiceProperties):
            return NotImplemented
        return (
            self.description == other.description
            and self.affinity_group == other.affinity_group
            and self.location == other.location
            and self.label == other.label
            and self.status == other.status
            and self.date_created == other.date_created
            and self.date_last_modified == other.date_last_modified
            and self.extended_properties == other.extended_properties
            and self.reverse_dns_fqdn == other.reverse_dns_fqdn
        )


class HostedServiceComputeCapabilities(WindowsAzureData):
    """Role sizes available to the deployments of a cloud service.

    Attributes:
        virtual_machine_role_sizes: Sizes usable by virtual machines.
        web_worker_role_sizes: Sizes usable by web and worker roles.
        virtual_machines_role_sizes: Sizes usable by virtual machines, under the element name
            Microsoft's own SDKs read (as locations have it).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "virtual_machine_role_sizes",
        "web_worker_role_sizes",
        "virtual_machines_role_sizes",
    )

    virtual_machine_role_sizes: list[str] | None
    web_worker_role_sizes: list[str] | None
    virtual_machines_role_sizes: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        virtual_machine_role_sizes: list[str] | None = None,
        web_worker_role_sizes: list[str] | None = None,
        virtual_machines_role_sizes: list[str] | None = None,
    ) -> None:
        self.virtual_machine_role_sizes = virtual_machine_role_sizes
        self.web_worker_role_sizes = web_worker_role_sizes
        self.virtual_machines_role_sizes = virtual_machines_role_sizes
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "HostedServiceComputeCapabilities("
            "virtual_machine_role_sizes="
            f"{self.virtual_machine_role_sizes!r}, "
            "web_worker_role_sizes="
            f"{self.web_worker_role_sizes!r}, "
            "virtual_machines_role_sizes="
            f"{self.virtual_machines_role_sizes!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HostedServiceComputeCapabilities):
            return NotImplemented
        return (
            self.virtual_machine_role_sizes == other.virtual_machine_role_sizes
            and self.web_worker_role_sizes == other.web_worker_role_sizes
            and self.virtual_machines_role_sizes == other.virtual_machines_role_sizes
        )


class CreateHostedService(WindowsAzureData):
    """Request body of `create_hosted_service`.

    Attributes:
        service_name: Name and DNS prefix of the new service.
        label: Label of the service (base64 on the wire).
        description: Description of the service.
        location: Location to create the service in.
        affinity_group: Affinity group to create the service in.
        extended_properties: Name/value pairs to store with the service.
        reverse_dns_fqdn: Reverse DNS host name of the service's virtual IP.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "service_name",
        "label",
        "description",
        "location",
        "affinity_group",
        "extended_properties",
        "reverse_dns_fqdn",
    )

    service_name: str | None
    label: str | None
    description: str | None
    location: str | None
    affinity_group: str | None
    extended_properties: dict[str, str] | None
    reverse_dns_fqdn: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        service_name: str | None = None,
        label: str | None = None,
        description: str | None = None,
        location: str | None = None,
        affinity_group: str | None = None,
        extended_properties: dict[str, str] | None = None,
        reverse_dns_fqdn: str | None = None,
    ) -> None:
        self.service_name = service_name
        self.label = label
        self.description = description
        self.location = location
        self.affinity_group = affinity_group
        self.extended_properties = extended_properties
        self.reverse_dns_fqdn = reverse_dns_fqdn
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateHostedService("
            "service_name="
            f"{self.service_name!r}, "
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "location="
            f"{self.location!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "reverse_dns_fqdn="
            f"{self.reverse_dns_fqdn!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateHostedService):
            return NotImplemented
        return (
            self.service_name == other.service_name
            and self.label == other.label
            and self.description == other.description
            and self.location == other.location
            and self.affinity_group == other.affinity_group
            and self.extended_properties == other.extended_properties
            and self.reverse_dns_fqdn == other.reverse_dns_fqdn
        )


class UpdateHostedService(WindowsAzureData):
    """Request body of `update_hosted_service`; elements left None are not sent.

    Attributes:
        label: New label (base64 on the wire).
        description: New description.
        extended_properties: Extended properties to set.
        reverse_dns_fqdn: New reverse DNS host name of the service's virtual IP.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "description",
        "extended_properties",
        "reverse_dns_fqdn",
    )

    label: str | None
    description: str | None
    extended_properties: dict[str, str] | None
    reverse_dns_fqdn: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        label: str | None = None,
        description: str | None = None,
        extended_properties: dict[str, str] | None = None,
        reverse_dns_fqdn: str | None = None,
    ) -> None:
        self.label = label
        self.description = description
        self.extended_properties = extended_properties
        self.reverse_dns_fqdn = reverse_dns_fqdn
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateHostedService("
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "reverse_dns_fqdn="
            f"{self.reverse_dns_fqdn!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateHostedService):
            return NotImplemented
        return (
            self.label == other.label
            and self.description == other.description
            and self.extended_properties == other.extended_properties
            and self.reverse_dns_fqdn == other.reverse_dns_fqdn
        )


class AvailabilityResponse(WindowsAzureData):
    """Answer of a name availability check.

    Attributes:
        result: True when the name can be used.
        reason: Why the name cannot be used (text such as `A hosted service with the specified
            name already exists.`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "result",
        "reason",
    )

    result: bool | None
    reason: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        result: bool | None = None,
        reason: str | None = None,
    ) -> None:
        self.result = result
        self.reason = reason
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"AvailabilityResponse(result={self.result!r}, reason={self.reason!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AvailabilityResponse):
            return NotImplemented
        return self.result == other.result and self.reason == other.reason


class ReplicationInput(WindowsAzureData):
    """Body of replicate_vm_image.

    Attributes:
        regions: Locations to replicate to.
        offer: Publisher offer.
        sku: SKU of the offer.
        version: Version within the SKU.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "regions",
        "offer",
        "sku",
        "version",
    )

    regions: list[str] | None
    offer: str | None
    sku: str | None
    version: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        regions: list[str] | None = None,
        offer: str | None = None,
        sku: str | None = None,
        version: str | None = None,
    ) -> None:
        self.regions = regions
        self.offer = offer
        self.sku = sku
        self.version = version
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ReplicationInput("
            "regions="
            f"{self.regions!r}, "
            "offer="
            f"{self.offer!r}, "
            "sku="
            f"{self.sku!r}, "
            "version="
            f"{self.version!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReplicationInput):
            return NotImplemented
        return (
            self.regions == other.regions
            and self.offer == other.offer
            and self.sku == other.sku
            and self.version == other.version
        )


class OSImageDetails(WindowsAzureData):
    """An operating system image with the progress of its replication to other regions.

    Attributes:
        affinity_group: Affinity group of the storage account holding the VHD (own images in an
            affinity group only).
        category: Who provides the image: Public, MSDN, Private or User (the subscription's own
            images).
        label: Friendly name of the image (plain text).
        location: Locations where the image is available, separated by semicolons (e.g. `East
            US;West US`).
        logical_size_in_gb: Size of the operating system disk, in GB.
        media_link: URL of the VHD blob of the image (own images only).
        name: Name of the image, used to create virtual machines from it.
        os: Operating system of the image: Linux or Windows.
        eula: End user license agreement(s) of the image, usually URLs separated by semicolons.
        description: Description of the image.
        image_family: Family the image belongs to; the images of a family are versions of one
            product.
        show_in_gui: Whether the portal lists the image.
        published_date: When the image was published.
        is_premium: Whether virtual machines made from the image cost more than the compute
            price (see pricing_detail_link).
        icon_uri: Large icon of the image shown by the portal.
        privacy_uri: URL of the privacy statement of the image.
        recommended_vm_size: Virtual machine size recommended for the image (e.g. Medium,
            Standard_D1).
        publisher_name: Who published the image (User for the subscription's own images).
        pricing_detail_link: URL describing the extra price of a premium image.
        small_icon_uri: Small icon of the image shown by the portal.
        language: Language of the operating system of the image.
        os_state: Generalized or Specialized: whether the VHD was prepared (sysprep, waagent)
            for provisioning.
        io_type: Kind of storage the image lives on (ASM sends Standard, Provisioned or
            Standard_LRS). Not in the legacy model.
        replication_progress: Progress of the replication, per target location.
        is_corrupted: Whether ASM found the image corrupted.
        compute_image_attributes: Offer, SKU and version the image was replicated as
            (x-ms-version 2016-03-01 and later).
        marketplace_image_attributes: The Marketplace plan of the image, if it is sold there
            (x-ms-version 2016-03-01 and later).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "affinity_group",
        "category",
        "label",
        "location",
        "logical_size_in_gb",
        "media_link",
        "name",
        "os",
        "eula",
        "description",
        "image_family",
        "show_in_gui",
        "published_date",
        "is_premium",
        "icon_uri",
        "privacy_uri",
        "recommended_vm_size",
        "publisher_name",
        "pricing_detail_link",
        "small_icon_uri",
        "language",
        "os_state",
        "io_type",
        "replication_progress",
        "is_corrupted",
        "compute_image_attributes",
        "marketplace_image_attributes",
    )

    affinity_group: str | None
    category: str | None
    label: str | None
    location: str | None
    logical_size_in_gb: int | None
    media_link: str | None
    name: str | None
    os: str | None
    eula: str | None
    description: str | None
    image_family: str | None
    show_in_gui: bool | None
    published_date: datetime | None
    is_premium: bool | None
    icon_uri: str | None
    privacy_uri: str | None
    recommended_vm_size: str | None
    publisher_name: str | None
    pricing_detail_link: str | None
    small_icon_uri: str | None
    language: str | None
    os_state: str | None
    io_type: str | None
    replication_progress: list[ReplicationProgressElement]
    is_corrupted: bool | None
    compute_image_attributes: ComputeImageAttributes | None
    marketplace_image_attributes: MarketplaceImageAttributes | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        affinity_group: str | None = None,
        category: str | None = None,
        label: str | None = None,
        location: str | None = None,
        logical_size_in_gb: int | None = None,
        media_link: str | None = None,
        name: str | None = None,
        os: str | None = None,
        eula: str | None = None,
        description: str | None = None,
        image_family: str | None = None,
        show_in_gui: bool | None = None,
        published_date: datetime | None = None,
        is_premium: bool | None = None,
        icon_uri: str | None = None,
        privacy_uri: str | None = None,
        recommended_vm_size: str | None = None,
        publisher_name: str | None = None,
        pricing_detail_link: str | None = None,
        small_icon_uri: str | None = None,
        language: str | None = None,
        os_state: str | None = None,
        io_type: str | None = None,
        replication_progress: list[ReplicationProgressElement] | None = None,
        is_corrupted: bool | None = None,
        compute_image_attributes: ComputeImageAttributes | None = None,
        marketplace_image_attributes: MarketplaceImageAttributes | None = None,
    ) -> None:
        self.affinity_group = affinity_group
        self.category = category
        self.label = label
        self.location = location
        self.logical_size_in_gb = logical_size_in_gb
        self.media_link = media_link
        self.name = name
        self.os = os
        self.eula = eula
        self.description = description
        self.image_family = image_family
        self.show_in_gui = show_in_gui
        self.published_date = published_date
        self.is_premium = is_premium
        self.icon_uri = icon_uri
        self.privacy_uri = privacy_uri
        self.recommended_vm_size = recommended_vm_size
        self.publisher_name = publisher_name
        self.pricing_detail_link = pricing_detail_link
        self.small_icon_uri = small_icon_uri
        self.language = language
        self.os_state = os_state
        self.io_type = io_type
        self.replication_progress = (
            ReplicationProgress() if replication_progress is None else replication_progress
        )
        self.is_corrupted = is_corrupted
        self.compute_image_attributes = compute_image_attributes
        self.marketplace_image_attributes = marketplace_image_attributes
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OSImageDetails("
            "affinity_group="
            f"{self.affinity_group!r}, "
            "category="
            f"{self.category!r}, "
            "label="
            f"{self.label!r}, "
            "location="
            f"{self.location!r}, "
            "logical_size_in_gb="
            f"{self.logical_size_in_gb!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "name="
            f"{self.name!r}, "
            "os="
            f"{self.os!r}, "
            "eula="
            f"{self.eula!r}, "
            "description="
            f"{self.description!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "is_premium="
            f"{self.is_premium!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "publisher_name="
            f"{self.publisher_name!r}, "
            "pricing_detail_link="
            f"{self.pricing_detail_link!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "language="
            f"{self.language!r}, "
            "os_state="
            f"{self.os_state!r}, "
            "io_type="
            f"{self.io_type!r}, "
            "replication_progress="
            f"{self.replication_progress!r}, "
            "is_corrupted="
            f"{self.is_corrupted!r}, "
            "compute_image_attributes="
            f"{self.compute_image_attributes!r}, "
            "marketplace_image_attributes="
            f"{self.marketplace_image_attributes!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OSImageDetails):
            return NotImplemented
        return (
            self.affinity_group == other.affinity_group
            and self.category == other.category
            and self.label == other.label
            and self.location == other.location
            and self.logical_size_in_gb == other.logical_size_in_gb
            and self.media_link == other.media_link
            and self.name == other.name
            and self.os == other.os
            and self.eula == other.eula
            and self.description == other.description
            and self.image_family == other.image_family
            and self.show_in_gui == other.show_in_gui
            and self.published_date == other.published_date
            and self.is_premium == other.is_premium
            and self.icon_uri == other.icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.recommended_vm_size == other.recommended_vm_size
            and self.publisher_name == other.publisher_name
            and self.pricing_detail_link == other.pricing_detail_link
            and self.small_icon_uri == other.small_icon_uri
            and self.language == other.language
            and self.os_state == other.os_state
            and self.io_type == other.io_type
            and self.replication_progress == other.replication_progress
            and self.is_corrupted == other.is_corrupted
            and self.compute_image_attributes == other.compute_image_attributes
            and self.marketplace_image_attributes == other.marketplace_image_attributes
        )


class ReplicationProgressElement(WindowsAzureData):
    """Replication progress of an image in one location.

    Attributes:
        location: The target location.
        progress: Percentage of the replication done there (0 to 100).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "location",
        "progress",
    )

    location: str | None
    progress: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        location: str | None = None,
        progress: int | None = None,
    ) -> None:
        self.location = location
        self.progress = progress
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ReplicationProgressElement(location={self.location!r}, progress={self.progress!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReplicationProgressElement):
            return NotImplemented
        return self.location == other.location and self.progress == other.progress


class CreateVMImageInput(WindowsAzureData):
    """Body of create_vm_image: the elements of Create VM Image, in its order (read-only fields of
    a VMImage, such as its category, state or times, are not part of it).

    Attributes:
        name: Name of the image.
        label: Label of the image (plain text).
        description: Description of the image.
        os_disk_configuration: The operating system disk of the image.
        data_disk_configurations: The data disks of the image, if any.
        language: Language of the image's operating system.
        image_family: Family grouping related images.
        recommended_vm_size: Size suggested for machines created from the image.
        eula: End user license agreement, preferably a URL.
        icon_uri: Icon shown for the image in the portal.
        small_icon_uri: Small icon shown for the image in the portal.
        privacy_uri: Privacy policy of the image.
        published_date: When the image was published (UTC).
        show_in_gui: Whether the portal offers the image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "description",
        "os_disk_configuration",
        "data_disk_configurations",
        "language",
        "image_family",
        "recommended_vm_size",
        "eula",
        "icon_uri",
        "small_icon_uri",
        "privacy_uri",
        "published_date",
        "show_in_gui",
    )

    name: str | None
    label: str | None
    description: str | None
    os_disk_configuration: CreateOSDiskConfigurationInput | None
    data_disk_configurations: list[CreateDataDiskConfigurationInput] | None
    language: str | None
    image_family: str | None
    recommended_vm_size: str | None
    eula: str | None
    icon_uri: str | None
    small_icon_uri: str | None
    privacy_uri: str | None
    published_date: datetime | None
    show_in_gui: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        description: str | None = None,
        os_disk_configuration: CreateOSDiskConfigurationInput | None = None,
        data_disk_configurations: list[CreateDataDiskConfigurationInput] | None = None,
        language: str | None = None,
        image_family: str | None = None,
        recommended_vm_size: str | None = None,
        eula: str | None = None,
        icon_uri: str | None = None,
        small_icon_uri: str | None = None,
        privacy_uri: str | None = None,
        published_date: datetime | None = None,
        show_in_gui: bool | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.description = description
        self.os_disk_configuration = os_disk_configuration
        self.data_disk_configurations = data_disk_configurations
        self.language = language
        self.image_family = image_family
        self.recommended_vm_size = recommended_vm_size
        self.eula = eula
        self.icon_uri = icon_uri
        self.small_icon_uri = small_icon_uri
        self.privacy_uri = privacy_uri
        self.published_date = published_date
        self.show_in_gui = show_in_gui
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateVMImageInput("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "os_disk_configuration="
            f"{self.os_disk_configuration!r}, "
            "data_disk_configurations="
            f"{self.data_disk_configurations!r}, "
            "language="
            f"{self.language!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "eula="
            f"{self.eula!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateVMImageInput):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.description == other.description
            and self.os_disk_configuration == other.os_disk_configuration
            and self.data_disk_configurations == other.data_disk_configurations
            and self.language == other.language
            and self.image_family == other.image_family
            and self.recommended_vm_size == other.recommended_vm_size
            and self.eula == other.eula
            and self.icon_uri == other.icon_uri
            and self.small_icon_uri == other.small_icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.published_date == other.published_date
            and self.show_in_gui == other.show_in_gui
        )


class CreateOSDiskConfigurationInput(WindowsAzureData):
    """The operating system disk of create_vm_image.

    Attributes:
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        os_state: Generalized (provisioned anew on use) or Specialized (used as captured).
        os: Linux or Windows.
        media_link: Blob URL of the VHD, in a storage account of the subscription.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_caching",
        "os_state",
        "os",
        "media_link",
    )

    host_caching: str | None
    os_state: str | None
    os: str | None
    media_link: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_caching: str | None = None,
        os_state: str | None = None,
        os: str | None = None,
        media_link: str | None = None,
    ) -> None:
        self.host_caching = host_caching
        self.os_state = os_state
        self.os = os
        self.media_link = media_link
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateOSDiskConfigurationInput("
            "host_caching="
            f"{self.host_caching!r}, "
            "os_state="
            f"{self.os_state!r}, "
            "os="
            f"{self.os!r}, "
            "media_link="
            f"{self.media_link!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateOSDiskConfigurationInput):
            return NotImplemented
        return (
            self.host_caching == other.host_caching
            and self.os_state == other.os_state
            and self.os == other.os
            and self.media_link == other.media_link
        )


class CreateDataDiskConfigurationInput(WindowsAzureData):
    """A data disk of create_vm_image.

    Attributes:
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        lun: Logical unit number of the disk (may be left out for LUN 0).
        media_link: Blob URL of the VHD, in a storage account of the subscription.
        logical_disk_size_in_gb: Size of the disk in GB.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_caching",
        "lun",
        "media_link",
        "logical_disk_size_in_gb",
    )

    host_caching: str | None
    lun: int | None
    media_link: str | None
    logical_disk_size_in_gb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_caching: str | None = None,
        lun: int | None = None,
        media_link: str | None = None,
        logical_disk_size_in_gb: int | None = None,
    ) -> None:
        self.host_caching = host_caching
        self.lun = lun
        self.media_link = media_link
        self.logical_disk_size_in_gb = logical_disk_size_in_gb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateDataDiskConfigurationInput("
            "host_caching="
            f"{self.host_caching!r}, "
            "lun="
            f"{self.lun!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "logical_disk_size_in_gb="
            f"{self.logical_disk_size_in_gb!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateDataDiskConfigurationInput):
            return NotImplemented
        return (
            self.host_caching == other.host_caching
            and self.lun == other.lun
            and self.media_link == other.media_link
            and self.logical_disk_size_in_gb == other.logical_disk_size_in_gb
        )


class UpdateVMImageInput(WindowsAzureData):
    """Body of update_vm_image: the elements of Update VM Image, in its order, all optional (what
    is None is not sent and stays as it is).

    Attributes:
        label: New label of the image (plain text).
        description: New description of the image.
        os_disk_configuration: New settings of the operating system disk.
        data_disk_configurations: New settings of data disks, each named.
        language: Language of the image's operating system.
        image_family: Family grouping related images.
        recommended_vm_size: Size suggested for machines created from the image.
        eula: End user license agreement, preferably a URL.
        icon_uri: Icon shown for the image in the portal.
        small_icon_uri: Small icon shown for the image in the portal.
        privacy_uri: Privacy policy of the image.
        published_date: When the image was published (UTC).
        show_in_gui: Whether the portal offers the image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "description",
        "os_disk_configuration",
        "data_disk_configurations",
        "language",
        "image_family",
        "recommended_vm_size",
        "eula",
        "icon_uri",
        "small_icon_uri",
        "privacy_uri",
        "published_date",
        "show_in_gui",
    )

    label: str | None
    description: str | None
    os_disk_configuration: UpdateOSDiskConfigurationInput | None
    data_disk_configurations: list[UpdateDataDiskConfigurationInput] | None
    language: str | None
    image_family: str | None
    recommended_vm_size: str | None
    eula: str | None
    icon_uri: str | None
    small_icon_uri: str | None
    privacy_uri: str | None
    published_date: datetime | None
    show_in_gui: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        label: str | None = None,
        description: str | None = None,
        os_disk_configuration: UpdateOSDiskConfigurationInput | None = None,
        data_disk_configurations: list[UpdateDataDiskConfigurationInput] | None = None,
        language: str | None = None,
        image_family: str | None = None,
        recommended_vm_size: str | None = None,
        eula: str | None = None,
        icon_uri: str | None = None,
        small_icon_uri: str | None = None,
        privacy_uri: str | None = None,
        published_date: datetime | None = None,
        show_in_gui: bool | None = None,
    ) -> None:
        self.label = label
        self.description = description
        self.os_disk_configuration = os_disk_configuration
        self.data_disk_configurations = data_disk_configurations
        self.language = language
        self.image_family = image_family
        self.recommended_vm_size = recommended_vm_size
        self.eula = eula
        self.icon_uri = icon_uri
        self.small_icon_uri = small_icon_uri
        self.privacy_uri = privacy_uri
        self.published_date = published_date
        self.show_in_gui = show_in_gui
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateVMImageInput("
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "os_disk_configuration="
            f"{self.os_disk_configuration!r}, "
            "data_disk_configurations="
            f"{self.data_disk_configurations!r}, "
            "language="
            f"{self.language!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "eula="
            f"{self.eula!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateVMImageInput):
            return NotImplemented
        return (
            self.label == other.label
            and self.description == other.description
            and self.os_disk_configuration == other.os_disk_configuration
            and self.data_disk_configurations == other.data_disk_configurations
            and self.language == other.language
            and self.image_family == other.image_family
            and self.recommended_vm_size == other.recommended_vm_size
            and self.eula == other.eula
            and self.icon_uri == other.icon_uri
            and self.small_icon_uri == other.small_icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.published_date == other.published_date
            and self.show_in_gui == other.show_in_gui
        )


class UpdateOSDiskConfigurationInput(WindowsAzureData):
    """The operating system disk of update_vm_image.

    Attributes:
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("host_caching",)

    host_caching: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_caching: str | None = None,
    ) -> None:
        self.host_caching = host_caching
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"UpdateOSDiskConfigurationInput(host_caching={self.host_caching!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateOSDiskConfigurationInput):
            return NotImplemented
        return self.host_caching == other.host_caching


class UpdateDataDiskConfigurationInput(WindowsAzureData):
    """A data disk of update_vm_image, identified by its name.

    Attributes:
        name: Name of the data disk to change.
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        lun: Logical unit number of the disk.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "host_caching",
        "lun",
    )

    name: str | None
    host_caching: str | None
    lun: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        host_caching: str | None = None,
        lun: int | None = None,
    ) -> None:
        self.name = name
        self.host_caching = host_caching
        self.lun = lun
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateDataDiskConfigurationInput("
            "name="
            f"{self.name!r}, "
            "host_caching="
            f"{self.host_caching!r}, "
            "lun="
            f"{self.lun!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateDataDiskConfigurationInput):
            return NotImplemented
        return (
            self.name == other.name
            and self.host_caching == other.host_caching
            and self.lun == other.lun
        )


class UpdateOSImageInput(WindowsAzureData):
    """Body of update_os_image_from_image_reference: the elements of Update OS Image, in the order
    the legacy SDK writes them (the REST page's sample swaps PublishedDate/ShowInGui and
    IconUri/PrivacyUri). The label is required; what else is None is not sent.

    Attributes:
        label: Friendly name of the image (plain text).
        eula: End user license agreement(s), usually URLs separated by semicolons.
        description: Description of the image.
        image_family: Family the image belongs to.
        show_in_gui: Whether the portal lists the image.
        published_date: When the image was published.
        is_premium: Whether the image is billed as a premium image (not in the reference's body;
            azure-asm-compute sends it here).
        icon_uri: Large icon of the image shown by the portal.
        privacy_uri: URL of the privacy statement of the image.
        recommended_vm_size: Virtual machine size recommended for the image (e.g. Medium,
            Standard_D1).
        small_icon_uri: Small icon of the image shown by the portal.
        language: Language of the operating system of the image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "eula",
        "description",
        "image_family",
        "show_in_gui",
        "published_date",
        "is_premium",
        "icon_uri",
        "privacy_uri",
        "recommended_vm_size",
        "small_icon_uri",
        "language",
    )

    label: str | None
    eula: str | None
    description: str | None
    image_family: str | None
    show_in_gui: bool | None
    published_date: datetime | None
    is_premium: bool | None
    icon_uri: str | None
    privacy_uri: str | None
    recommended_vm_size: str | None
    small_icon_uri: str | None
    language: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        label: str | None = None,
        eula: str | None = None,
        description: str | None = None,
        image_family: str | None = None,
        show_in_gui: bool | None = None,
        published_date: datetime | None = None,
        is_premium: bool | None = None,
        icon_uri: str | None = None,
        privacy_uri: str | None = None,
        recommended_vm_size: str | None = None,
        small_icon_uri: str | None = None,
        language: str | None = None,
    ) -> None:
        self.label = label
        self.eula = eula
        self.description = description
        self.image_family = image_family
        self.show_in_gui = show_in_gui
        self.published_date = published_date
        self.is_premium = is_premium
        self.icon_uri = icon_uri
        self.privacy_uri = privacy_uri
        self.recommended_vm_size = recommended_vm_size
        self.small_icon_uri = small_icon_uri
        self.language = language
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateOSImageInput("
            "label="
            f"{self.label!r}, "
            "eula="
            f"{self.eula!r}, "
            "description="
            f"{self.description!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "is_premium="
            f"{self.is_premium!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "language="
            f"{self.language!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateOSImageInput):
            return NotImplemented
        return (
            self.label == other.label
            and self.eula == other.eula
            and self.description == other.description
            and self.image_family == other.image_family
            and self.show_in_gui == other.show_in_gui
            and self.published_date == other.published_date
            and self.is_premium == other.is_premium
            and self.icon_uri == other.icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.recommended_vm_size == other.recommended_vm_size
            and self.small_icon_uri == other.small_icon_uri
            and self.language == other.language
        )


class LoadBalancedEndpointList(WindowsAzureData):
    """Request body of `update_load_balanced_endpoint_set`.

    Attributes:
        load_balanced_endpoints: One endpoint per set to change.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("load_balanced_endpoints",)

    load_balanced_endpoints: list[LoadBalancedEndpoint] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        load_balanced_endpoints: list[LoadBalancedEndpoint] | None = None,
    ) -> None:
        self.load_balanced_endpoints = load_balanced_endpoints
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"LoadBalancedEndpointList(load_balanced_endpoints={self.load_balanced_endpoints!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoadBalancedEndpointList):
            return NotImplemented
        return self.load_balanced_endpoints == other.load_balanced_endpoints


class LoadBalancedEndpoint(WindowsAzureData):
    """The settings of a load-balanced endpoint set, in the order ASM reads them.

    Attributes:
        load_balanced_endpoint_set_name: The set to change.
        local_port: Port the machines listen on.
        name: Name of the endpoints.
        port: Public port.
        load_balancer_probe: Health probe of the set.
        protocol: tcp or udp.
        vip: Virtual IP address of the endpoints.
        enable_direct_server_return: Direct server return (floating IP).
        endpoint_acl: Rules permitting or denying remote subnets access.
        load_balancer_name: Internal load balancer serving the set.
        idle_timeout_in_minutes: TCP idle timeout, 4 to 30 minutes.
        load_balancer_distribution: sourceIP or sourceIPProtocol (affinity), none for the
            default 5-tuple hash.
        virtual_ip_name: Name of the cloud service's virtual IP the set listens on.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "load_balanced_endpoint_set_name",
        "local_port",
        "name",
        "port",
        "load_balancer_probe",
        "protocol",
        "vip",
        "enable_direct_server_return",
        "endpoint_acl",
        "load_balancer_name",
        "idle_timeout_in_minutes",
        "load_balancer_distribution",
        "virtual_ip_name",
    )

    load_balanced_endpoint_set_name: str | None
    local_port: int | None
    name: str | None
    port: int | None
    load_balancer_probe: LoadBalancerProbe | None
    protocol: str | None
    vip: str | None
    enable_direct_server_return: bool | None
    endpoint_acl: EndpointAcl | None
    load_balancer_name: str | None
    idle_timeout_in_minutes: int | None
    load_balancer_distribution: str | None
    virtual_ip_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        load_balanced_endpoint_set_name: str | None = None,
        local_port: int | None = None,
        name: str | None = None,
        port: int | None = None,
        load_balancer_probe: LoadBalancerProbe | None = None,
        protocol: str | None = None,
        vip: str | None = None,
        enable_direct_server_return: bool | None = None,
        endpoint_acl: EndpointAcl | None = None,
        load_balancer_name: str | None = None,
        idle_timeout_in_minutes: int | None = None,
        load_balancer_distribution: str | None = None,
        virtual_ip_name: str | None = None,
    ) -> None:
        self.load_balanced_endpoint_set_name = load_balanced_endpoint_set_name
        self.local_port = local_port
        self.name = name
        self.port = port
        self.load_balancer_probe = load_balancer_probe
        self.protocol = protocol
        self.vip = vip
        self.enable_direct_server_return = enable_direct_server_return
        self.endpoint_acl = endpoint_acl
        self.load_balancer_name = load_balancer_name
        self.idle_timeout_in_minutes = idle_timeout_in_minutes
        self.load_balancer_distribution = load_balancer_distribution
        self.virtual_ip_name = virtual_ip_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LoadBalancedEndpoint("
            "load_balanced_endpoint_set_name="
            f"{self.load_balanced_endpoint_set_name!r}, "
            "local_port="
            f"{self.local_port!r}, "
            "name="
            f"{self.name!r}, "
            "port="
            f"{self.port!r}, "
            "load_balancer_probe="
            f"{self.load_balancer_probe!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "vip="
            f"{self.vip!r}, "
            "enable_direct_server_return="
            f"{self.enable_direct_server_return!r}, "
            "endpoint_acl="
            f"{self.endpoint_acl!r}, "
            "load_balancer_name="
            f"{self.load_balancer_name!r}, "
            "idle_timeout_in_minutes="
            f"{self.idle_timeout_in_minutes!r}, "
            "load_balancer_distribution="
            f"{self.load_balancer_distribution!r}, "
            "virtual_ip_name="
            f"{self.virtual_ip_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoadBalancedEndpoint):
            return NotImplemented
        return (
            self.load_balanced_endpoint_set_name == other.load_balanced_endpoint_set_name
            and self.local_port == other.local_port
            and self.name == other.name
            and self.port == other.port
            and self.load_balancer_probe == other.load_balancer_probe
            and self.protocol == other.protocol
            and self.vip == other.vip
            and self.enable_direct_server_return == other.enable_direct_server_return
            and self.endpoint_acl == other.endpoint_acl
            and self.load_balancer_name == other.load_balancer_name
            and self.idle_timeout_in_minutes == other.idle_timeout_in_minutes
            and self.load_balancer_distribution == other.load_balancer_distribution
            and self.virtual_ip_name == other.virtual_ip_name
        )


class Location(WindowsAzureData):
    """A data center location.

    Attributes:
        name: Name of the location, as used when creating resources (e.g. `West US`).
        display_name: Localised display name of the location.
        available_services: Services offered here (Compute, Storage, PersistentVMRole,
            HighMemory).
        compute_capabilities: Role sizes available in the location.
        storage_capabilities: Storage account types offered in the location.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "display_name",
        "available_services",
        "compute_capabilities",
        "storage_capabilities",
    )

    name: str | None
    display_name: str | None
    available_services: list[str]
    compute_capabilities: ComputeCapabilities
    storage_capabilities: StorageCapabilities | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        display_name: str | None = None,
        available_services: list[str] | None = None,
        compute_capabilities: ComputeCapabilities | None = None,
        storage_capabilities: StorageCapabilities | None = None,
    ) -> None:
        self.name = name
        self.display_name = display_name
        self.available_services = [] if available_services is None else available_services
        self.compute_capabilities = (
            ComputeCapabilities() if compute_capabilities is None else compute_capabilities
        )
        self.storage_capabilities = storage_capabilities
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Location("
            "name="
            f"{self.name!r}, "
            "display_name="
            f"{self.display_name!r}, "
            "available_services="
            f"{self.available_services!r}, "
            "compute_capabilities="
            f"{self.compute_capabilities!r}, "
            "storage_capabilities="
            f"{self.storage_capabilities!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Location):
            return NotImplemented
        return (
            self.name == other.name
            and self.display_name == other.display_name
            and self.available_services == other.available_services
            and self.compute_capabilities == other.compute_capabilities
            and self.storage_capabilities == other.storage_capabilities
        )


class StorageCapabilities(WindowsAzureData):
    """Storage account types offered in a location.

    Attributes:
        storage_account_types: Account types, e.g. Standard_LRS, Premium_LRS.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("storage_account_types",)

    storage_account_types: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        storage_account_types: list[str] | None = None,
    ) -> None:
        self.storage_account_types = storage_account_types
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"StorageCapabilities(storage_account_types={self.storage_account_types!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StorageCapabilities):
            return NotImplemented
        return self.storage_account_types == other.storage_account_types


class ComputeCapabilities(WindowsAzureData):
    """Role sizes available in a location.

    Attributes:
        web_worker_role_sizes: Role sizes for web and worker roles.
        virtual_machines_role_sizes: Role sizes for virtual machines.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "web_worker_role_sizes",
        "virtual_machines_role_sizes",
    )

    web_worker_role_sizes: list[str]
    virtual_machines_role_sizes: list[str]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        web_worker_role_sizes: list[str] | None = None,
        virtual_machines_role_sizes: list[str] | None = None,
    ) -> None:
        self.web_worker_role_sizes = [] if web_worker_role_sizes is None else web_worker_role_sizes
        self.virtual_machines_role_sizes = (
            [] if virtual_machines_role_sizes is None else virtual_machines_role_sizes
        )
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ComputeCapabilities("
            "web_worker_role_sizes="
            f"{self.web_worker_role_sizes!r}, "
            "virtual_machines_role_sizes="
            f"{self.virtual_machines_role_sizes!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ComputeCapabilities):
            return NotImplemented
        return (
            self.web_worker_role_sizes == other.web_worker_role_sizes
            and self.virtual_machines_role_sizes == other.virtual_machines_role_sizes
        )


class DeploymentNetworkResource(WindowsAzureData):
    """Where the virtual machines of a deployment go in Resource Manager (in ASM's order).

    Attributes:
        resource_group_name: Resource group of the existing Resource Manager virtual network.
        virtual_network_name: Name of the existing Resource Manager virtual network.
        subnet_name: Subnet the machines move into.
        destination_virtual_network: New or Existing.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "resource_group_name",
        "virtual_network_name",
        "subnet_name",
        "destination_virtual_network",
    )

    resource_group_name: str | None
    virtual_network_name: str | None
    subnet_name: str | None
    destination_virtual_network: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        resource_group_name: str | None = None,
        virtual_network_name: str | None = None,
        subnet_name: str | None = None,
        destination_virtual_network: str | None = None,
    ) -> None:
        self.resource_group_name = resource_group_name
        self.virtual_network_name = virtual_network_name
        self.subnet_name = subnet_name
        self.destination_virtual_network = destination_virtual_network
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DeploymentNetworkResource("
            "resource_group_name="
            f"{self.resource_group_name!r}, "
            "virtual_network_name="
            f"{self.virtual_network_name!r}, "
            "subnet_name="
            f"{self.subnet_name!r}, "
            "destination_virtual_network="
            f"{self.destination_virtual_network!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DeploymentNetworkResource):
            return NotImplemented
        return (
            self.resource_group_name == other.resource_group_name
            and self.virtual_network_name == other.virtual_network_name
            and self.subnet_name == other.subnet_name
            and self.destination_virtual_network == other.destination_virtual_network
        )


class MigrationValidationMessage(WindowsAzureData):
    """One problem (or note) found by a migration validation.

    Attributes:
        resource_type: Kind of the resource concerned (Deployment, VirtualMachine,
            StorageAccount, ...).
        resource_name: Name of the resource concerned.
        category: Error (blocks the migration), Warning or Information.
        message: What was found, in ASM's words.
        virtual_machine_name: The virtual machine concerned, when the message is about one.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "resource_type",
        "resource_name",
        "category",
        "message",
        "virtual_machine_name",
    )

    resource_type: str | None
    resource_name: str | None
    category: str | None
    message: str | None
    virtual_machine_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        resource_type: str | None = None,
        resource_name: str | None = None,
        category: str | None = None,
        message: str | None = None,
        virtual_machine_name: str | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.category = category
        self.message = message
        self.virtual_machine_name = virtual_machine_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MigrationValidationMessage("
            "resource_type="
            f"{self.resource_type!r}, "
            "resource_name="
            f"{self.resource_name!r}, "
            "category="
            f"{self.category!r}, "
            "message="
            f"{self.message!r}, "
            "virtual_machine_name="
            f"{self.virtual_machine_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MigrationValidationMessage):
            return NotImplemented
        return (
            self.resource_type == other.resource_type
            and self.resource_name == other.resource_name
            and self.category == other.category
            and self.message == other.message
            and self.virtual_machine_name == other.virtual_machine_name
        )


class IPForwarding(WindowsAzureData):
    """Whether a virtual machine or network interface forwards traffic not addressed to it.

    Attributes:
        state: `Enabled` or `Disabled`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("state",)

    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        state: str | None = None,
    ) -> None:
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"IPForwarding(state={self.state!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IPForwarding):
            return NotImplemented
        return self.state == other.state


class AddressAvailability(WindowsAzureData):
    """Whether an address of a virtual network is free, with free ones suggested when not.

    Attributes:
        is_available: Whether the address is free.
        available_addresses: Free addresses of the same subnet (when the address is not).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "is_available",
        "available_addresses",
    )

    is_available: bool | None
    available_addresses: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        is_available: bool | None = None,
        available_addresses: list[str] | None = None,
    ) -> None:
        self.is_available = is_available
        self.available_addresses = available_addresses
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AddressAvailability("
            "is_available="
            f"{self.is_available!r}, "
            "available_addresses="
            f"{self.available_addresses!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddressAvailability):
            return NotImplemented
        return (
            self.is_available == other.is_available
            and self.available_addresses == other.available_addresses
        )


class NetworkMigrationValidationMessage(WindowsAzureData):
    """A problem that keeps a network resource from migrating to Azure Resource Manager.

    Attributes:
        resource_type: Kind of the resource concerned.
        resource_name: Name of the resource concerned.
        category: `Error`, `Warning` or `Information`.
        message: What the problem is.
        virtual_machine_name: Virtual machine concerned, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "resource_type",
        "resource_name",
        "category",
        "message",
        "virtual_machine_name",
    )

    resource_type: str | None
    resource_name: str | None
    category: str | None
    message: str | None
    virtual_machine_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        resource_type: str | None = None,
        resource_name: str | None = None,
        category: str | None = None,
        message: str | None = None,
        virtual_machine_name: str | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.category = category
        self.message = message
        self.virtual_machine_name = virtual_machine_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkMigrationValidationMessage("
            "resource_type="
            f"{self.resource_type!r}, "
            "resource_name="
            f"{self.resource_name!r}, "
            "category="
            f"{self.category!r}, "
            "message="
            f"{self.message!r}, "
            "virtual_machine_name="
            f"{self.virtual_machine_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkMigrationValidationMessage):
            return NotImplemented
        return (
            self.resource_type == other.resource_type
            and self.resource_name == other.resource_name
            and self.category == other.category
            and self.message == other.message
            and self.virtual_machine_name == other.virtual_machine_name
        )


class NetworkSecurityGroup(WindowsAzureData):
    """A network security group. Also the body of create_network_security_group, which sends its
    name, label and location.

    Attributes:
        name: Name of the group.
        label: Friendly name of the group.
        location: Location of the group.
        rules: Rules of the group, ASM's default ones included (get with `detail_level='Full'`
            only).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "location",
        "rules",
    )

    name: str | None
    label: str | None
    location: str | None
    rules: list[NetworkSecurityRule] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        location: str | None = None,
        rules: list[NetworkSecurityRule] | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.location = location
        self.rules = rules
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkSecurityGroup("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "location="
            f"{self.location!r}, "
            "rules="
            f"{self.rules!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkSecurityGroup):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.location == other.location
            and self.rules == other.rules
        )


class NetworkSecurityRule(WindowsAzureData):
    """A rule of a network security group. Also the body of set_network_security_group_rule, which
    sends every member from `type` to `protocol` (the name is in the path).

    Attributes:
        name: Name of the rule.
        type: `Inbound` or `Outbound`.
        priority: Priority; lower numbers are applied first.
        action: `Allow` or `Deny`.
        source_address_prefix: Source addresses (CIDR, `*` or a tag such as `INTERNET`).
        source_port_range: Source port or range, or `*`.
        destination_address_prefix: Destination addresses (CIDR, `*` or a tag).
        destination_port_range: Destination port or range, or `*`.
        protocol: `TCP`, `UDP` or `*`.
        state: State of the rule, e.g. `Active` (in responses).
        is_default: Whether it is one of ASM's default rules (in responses).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "priority",
        "action",
        "source_address_prefix",
        "source_port_range",
        "destination_address_prefix",
        "destination_port_range",
        "protocol",
        "state",
        "is_default",
    )

    name: str | None
    type: str | None
    priority: int | None
    action: str | None
    source_address_prefix: str | None
    source_port_range: str | None
    destination_address_prefix: str | None
    destination_port_range: str | None
    protocol: str | None
    state: str | None
    is_default: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        priority: int | None = None,
        action: str | None = None,
        source_address_prefix: str | None = None,
        source_port_range: str | None = None,
        destination_address_prefix: str | None = None,
        destination_port_range: str | None = None,
        protocol: str | None = None,
        state: str | None = None,
        is_default: bool | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.priority = priority
        self.action = action
        self.source_address_prefix = source_address_prefix
        self.source_port_range = source_port_range
        self.destination_address_prefix = destination_address_prefix
        self.destination_port_range = destination_port_range
        self.protocol = protocol
        self.state = state
        self.is_default = is_default
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkSecurityRule("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "priority="
            f"{self.priority!r}, "
            "action="
            f"{self.action!r}, "
            "source_address_prefix="
            f"{self.source_address_prefix!r}, "
            "source_port_range="
            f"{self.source_port_range!r}, "
            "destination_address_prefix="
            f"{self.destination_address_prefix!r}, "
            "destination_port_range="
            f"{self.destination_port_range!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "state="
            f"{self.state!r}, "
            "is_default="
            f"{self.is_default!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkSecurityRule):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.priority == other.priority
            and self.action == other.action
            and self.source_address_prefix == other.source_address_prefix
            and self.source_port_range == other.source_port_range
            and self.destination_address_prefix == other.destination_address_prefix
            and self.destination_port_range == other.destination_port_range
            and self.protocol == other.protocol
            and self.state == other.state
            and self.is_default == other.is_default
        )


class NetworkSecurityGroupAssociation(WindowsAzureData):
    """The network security group of a subnet, virtual machine or network interface. Also the body
    of the add_network_security_group_to_* operations, which send its name.

    Attributes:
        network_security_group_name: Name of the network security group.
        state: State of the association, e.g. `Created` (in responses).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "network_security_group_name",
        "state",
    )

    network_security_group_name: str | None
    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        network_security_group_name: str | None = None,
        state: str | None = None,
    ) -> None:
        self.network_security_group_name = network_security_group_name
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkSecurityGroupAssociation("
            "network_security_group_name="
            f"{self.network_security_group_name!r}, "
            "state="
            f"{self.state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkSecurityGroupAssociation):
            return NotImplemented
        return (
            self.network_security_group_name == other.network_security_group_name
            and self.state == other.state
        )


class ReservedIP(WindowsAzureData):
    """A reserved public IP address. Also the body of create_reserved_ip_address, which sends its
    name, label and location and, to reserve a deployment's current address, the service,
    deployment and virtual IP names.

    Attributes:
        name: Name of the reserved IP.
        address: The reserved IPv4 address.
        id: Unique id ASM gave the reservation.
        label: Friendly name (plain text).
        affinity_group: Affinity group of the reservation, for old reservations made in one.
        state: Created, Creating, Updating, Deleting or Unavailable.
        in_use: Whether a deployment uses the address.
        service_name: Cloud service of the deployment using the address.
        deployment_name: Deployment using the address.
        location: Location of the address.
        virtual_ip_name: Virtual IP of the deployment that holds the address (x-ms-version
            2016-07-01).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address",
        "id",
        "label",
        "affinity_group",
        "state",
        "in_use",
        "service_name",
        "deployment_name",
        "location",
        "virtual_ip_name",
    )

    name: str | None
    address: str | None
    id: str | None
    label: str | None
    affinity_group: str | None
    state: str | None
    in_use: bool | None
    service_name: str | None
    deployment_name: str | None
    location: str | None
    virtual_ip_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address: str | None = None,
        id: str | None = None,
        label: str | None = None,
        affinity_group: str | None = None,
        state: str | None = None,
        in_use: bool | None = None,
        service_name: str | None = None,
        deployment_name: str | None = None,
        location: str | None = None,
        virtual_ip_name: str | None = None,
    ) -> None:
        self.name = name
        self.address = address
        self.id = id
        self.label = label
        self.affinity_group = affinity_group
        self.state = state
        self.in_use = in_use
        self.service_name = service_name
        self.deployment_name = deployment_name
        self.location = location
        self.virtual_ip_name = virtual_ip_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ReservedIP("
            "name="
            f"{self.name!r}, "
            "address="
            f"{self.address!r}, "
            "id="
            f"{self.id!r}, "
            "label="
            f"{self.label!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "state="
            f"{self.state!r}, "
            "in_use="
            f"{self.in_use!r}, "
            "service_name="
            f"{self.service_name!r}, "
            "deployment_name="
            f"{self.deployment_name!r}, "
            "location="
            f"{self.location!r}, "
            "virtual_ip_name="
            f"{self.virtual_ip_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReservedIP):
            return NotImplemented
        return (
            self.name == other.name
            and self.address == other.address
            and self.id == other.id
            and self.label == other.label
            and self.affinity_group == other.affinity_group
            and self.state == other.state
            and self.in_use == other.in_use
            and self.service_name == other.service_name
            and self.deployment_name == other.deployment_name
            and self.location == other.location
            and self.virtual_ip_name == other.virtual_ip_name
        )


class ReservedIPAssociation(WindowsAzureData):
    """Body of associate_reserved_ip_address and disassociate_reserved_ip_address.

    Attributes:
        service_name: Cloud service of the deployment.
        deployment_name: Name of the deployment.
        virtual_ip_name: Virtual IP to use, when not the default one.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "service_name",
        "deployment_name",
        "virtual_ip_name",
    )

    service_name: str | None
    deployment_name: str | None
    virtual_ip_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        service_name: str | None = None,
        deployment_name: str | None = None,
        virtual_ip_name: str | None = None,
    ) -> None:
        self.service_name = service_name
        self.deployment_name = deployment_name
        self.virtual_ip_name = virtual_ip_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ReservedIPAssociation("
            "service_name="
            f"{self.service_name!r}, "
            "deployment_name="
            f"{self.deployment_name!r}, "
            "virtual_ip_name="
            f"{self.virtual_ip_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReservedIPAssociation):
            return NotImplemented
        return (
            self.service_name == other.service_name
            and self.deployment_name == other.deployment_name
            and self.virtual_ip_name == other.virtual_ip_name
        )


class VirtualNetworkSite(WindowsAzureData):
    """A virtual network of the subscription, as list_virtual_network_sites reports it.

    Attributes:
        name: Name of the virtual network.
        label: Friendly name of the network.
        id: Unique id ASM gave the network.
        affinity_group: Affinity group of the network, for networks defined in one.
        location: Location of the network (regional networks).
        state: Created, Creating, Updating, Deleting or Unavailable.
        address_space: Address ranges of the network, in CIDR notation.
        subnets: Subnets of the network.
        dns_servers: DNS servers the network's machines use.
        gateway: Gateway to local networks, if one is configured.
        in_use: Whether deployments use the network.
        migration_state: Where the network is in a migration to Azure Resource Manager, if one
            was started (x-ms-version 2016-07-01).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "id",
        "affinity_group",
        "location",
        "state",
        "address_space",
        "subnets",
        "dns_servers",
        "gateway",
        "in_use",
        "migration_state",
    )

    name: str | None
    label: str | None
    id: str | None
    affinity_group: str | None
    location: str | None
    state: str | None
    address_space: list[str] | None
    subnets: list[Subnet]
    dns_servers: list[DnsServer] | None
    gateway: VirtualNetworkGateway | None
    in_use: bool | None
    migration_state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        id: str | None = None,
        affinity_group: str | None = None,
        location: str | None = None,
        state: str | None = None,
        address_space: list[str] | None = None,
        subnets: list[Subnet] | None = None,
        dns_servers: list[DnsServer] | None = None,
        gateway: VirtualNetworkGateway | None = None,
        in_use: bool | None = None,
        migration_state: str | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.id = id
        self.affinity_group = affinity_group
        self.location = location
        self.state = state
        self.address_space = address_space
        self.subnets = Subnets() if subnets is None else subnets
        self.dns_servers = dns_servers
        self.gateway = gateway
        self.in_use = in_use
        self.migration_state = migration_state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VirtualNetworkSite("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "id="
            f"{self.id!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "location="
            f"{self.location!r}, "
            "state="
            f"{self.state!r}, "
            "address_space="
            f"{self.address_space!r}, "
            "subnets="
            f"{self.subnets!r}, "
            "dns_servers="
            f"{self.dns_servers!r}, "
            "gateway="
            f"{self.gateway!r}, "
            "in_use="
            f"{self.in_use!r}, "
            "migration_state="
            f"{self.migration_state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VirtualNetworkSite):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.id == other.id
            and self.affinity_group == other.affinity_group
            and self.location == other.location
            and self.state == other.state
            and self.address_space == other.address_space
            and self.subnets == other.subnets
            and self.dns_servers == other.dns_servers
            and self.gateway == other.gateway
            and self.in_use == other.in_use
            and self.migration_state == other.migration_state
        )


class Subnet(WindowsAzureData):
    """A subnet of a virtual network.

    Attributes:
        name: Name of the subnet.
        address_prefix: Address range of the subnet, in CIDR notation.
        network_security_group: Network security group applied to the subnet, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address_prefix",
        "network_security_group",
    )

    name: str | None
    address_prefix: str | None
    network_security_group: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address_prefix: str | None = None,
        network_security_group: str | None = None,
    ) -> None:
        self.name = name
        self.address_prefix = address_prefix
        self.network_security_group = network_security_group
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Subnet("
            "name="
            f"{self.name!r}, "
            "address_prefix="
            f"{self.address_prefix!r}, "
            "network_security_group="
            f"{self.network_security_group!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Subnet):
            return NotImplemented
        return (
            self.name == other.name
            and self.address_prefix == other.address_prefix
            and self.network_security_group == other.network_security_group
        )


class VirtualNetworkGateway(WindowsAzureData):
    """The gateway of a virtual network, as list_virtual_network_sites reports it.

    Attributes:
        profile: Size of the gateway: Small, Medium, Large or ExtraLarge.
        sites: Local networks the gateway connects to.
        vpn_client_address_pool: Addresses given to point-to-site VPN clients, in CIDR notation.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "profile",
        "sites",
        "vpn_client_address_pool",
    )

    profile: str | None
    sites: list[GatewayLocalNetworkSite] | None
    vpn_client_address_pool: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        profile: str | None = None,
        sites: list[GatewayLocalNetworkSite] | None = None,
        vpn_client_address_pool: list[str] | None = None,
    ) -> None:
        self.profile = profile
        self.sites = sites
        self.vpn_client_address_pool = vpn_client_address_pool
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VirtualNetworkGateway("
            "profile="
            f"{self.profile!r}, "
            "sites="
            f"{self.sites!r}, "
            "vpn_client_address_pool="
            f"{self.vpn_client_address_pool!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VirtualNetworkGateway):
            return NotImplemented
        return (
            self.profile == other.profile
            and self.sites == other.sites
            and self.vpn_client_address_pool == other.vpn_client_address_pool
        )


class GatewayLocalNetworkSite(WindowsAzureData):
    """A local network connected through a virtual network's gateway.

    Attributes:
        name: Name of the local network.
        address_space: Address ranges of the local network.
        vpn_gateway_address: Public address of the local VPN device.
        connections: Connections to the local network.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address_space",
        "vpn_gateway_address",
        "connections",
    )

    name: str | None
    address_space: list[str] | None
    vpn_gateway_address: str | None
    connections: list[GatewayConnection] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address_space: list[str] | None = None,
        vpn_gateway_address: str | None = None,
        connections: list[GatewayConnection] | None = None,
    ) -> None:
        self.name = name
        self.address_space = address_space
        self.vpn_gateway_address = vpn_gateway_address
        self.connections = connections
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GatewayLocalNetworkSite("
            "name="
            f"{self.name!r}, "
            "address_space="
            f"{self.address_space!r}, "
            "vpn_gateway_address="
            f"{self.vpn_gateway_address!r}, "
            "connections="
            f"{self.connections!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayLocalNetworkSite):
            return NotImplemented
        return (
            self.name == other.name
            and self.address_space == other.address_space
            and self.vpn_gateway_address == other.vpn_gateway_address
            and self.connections == other.connections
        )


class GatewayConnection(WindowsAzureData):
    """A connection between a gateway and a local network.

    Attributes:
        type: Kind of connection, e.g. IPsec or Dedicated.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("type",)

    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = None,
    ) -> None:
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GatewayConnection(type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayConnection):
            return NotImplemented
        return self.type == other.type


class NetworkConfiguration(WindowsAzureData):
    """The subscription's network configuration: its DNS servers, local (on-premises) networks and
    virtual networks. get_network_configuration returns it and set_network_configuration
    replaces it as a whole.

    Attributes:
        dns_servers: DNS servers virtual networks can refer to by name.
        local_network_sites: On-premises networks that virtual network gateways can connect to.
        virtual_network_sites: The virtual networks.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "dns_servers",
        "local_network_sites",
        "virtual_network_sites",
    )

    dns_servers: list[NetworkDnsServer] | None
    local_network_sites: list[LocalNetworkSite] | None
    virtual_network_sites: list[VirtualNetworkSiteConfiguration] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        dns_servers: list[NetworkDnsServer] | None = None,
        local_network_sites: list[LocalNetworkSite] | None = None,
        virtual_network_sites: list[VirtualNetworkSiteConfiguration] | None = None,
    ) -> None:
        self.dns_servers = dns_servers
        self.local_network_sites = local_network_sites
        self.virtual_network_sites = virtual_network_sites
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkConfiguration("
            "dns_servers="
            f"{self.dns_servers!r}, "
            "local_network_sites="
            f"{self.local_network_sites!r}, "
            "virtual_network_sites="
            f"{self.virtual_network_sites!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkConfiguration):
            return NotImplemented
        return (
            self.dns_servers == other.dns_servers
            and self.local_network_sites == other.local_network_sites
            and self.virtual_network_sites == other.virtual_network_sites
        )


class NetworkDnsServer(WindowsAzureData):
    """A DNS server of the network configuration.

    Attributes:
        name: Name the virtual networks refer to the server by (not its host name).
        ip_address: IPv4 address of the server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "ip_address",
    )

    name: str | None
    ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        ip_address: str | None = None,
    ) -> None:
        self.name = name
        self.ip_address = ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"NetworkDnsServer(name={self.name!r}, ip_address={self.ip_address!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkDnsServer):
            return NotImplemented
        return self.name == other.name and self.ip_address == other.ip_address


class LocalNetworkSite(WindowsAzureData):
    """An on-premises network of the network configuration.

    Attributes:
        name: Name of the local network.
        address_space: Address ranges of the local network, in CIDR notation.
        vpn_gateway_address: Public IPv4 address of the local VPN device.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address_space",
        "vpn_gateway_address",
    )

    name: str | None
    address_space: list[str] | None
    vpn_gateway_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address_space: list[str] | None = None,
        vpn_gateway_address: str | None = None,
    ) -> None:
        self.name = name
        self.address_space = address_space
        self.vpn_gateway_address = vpn_gateway_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LocalNetworkSite("
            "name="
            f"{self.name!r}, "
            "address_space="
            f"{self.address_space!r}, "
            "vpn_gateway_address="
            f"{self.vpn_gateway_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LocalNetworkSite):
            return NotImplemented
        return (
            self.name == other.name
            and self.address_space == other.address_space
            and self.vpn_gateway_address == other.vpn_gateway_address
        )


class VirtualNetworkSiteConfiguration(WindowsAzureData):
    """A virtual network of the network configuration, placed in a location (or, for old networks,
    an affinity group).

    Attributes:
        name: Name of the virtual network.
        location: Location of the network, e.g. `West US`.
        affinity_group: Affinity group of the network, instead of a location (older networks).
        address_space: Address ranges of the network, in CIDR notation.
        subnets: Subnets of the network.
        dns_servers_ref: DNS servers (by name) that the network's machines use.
        gateway: Gateway of the network, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "location",
        "affinity_group",
        "address_space",
        "subnets",
        "dns_servers_ref",
        "gateway",
    )

    name: str | None
    location: str | None
    affinity_group: str | None
    address_space: list[str] | None
    subnets: list[SubnetConfiguration] | None
    dns_servers_ref: list[DnsServerRef] | None
    gateway: NetworkGateway | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        location: str | None = None,
        address_space: list[str] | None = None,
        subnets: list[SubnetConfiguration] | None = None,
        affinity_group: str | None = None,
        dns_servers_ref: list[DnsServerRef] | None = None,
        gateway: NetworkGateway | None = None,
    ) -> None:
        self.name = name
        self.location = location
        self.affinity_group = affinity_group
        self.address_space = address_space
        self.subnets = subnets
        self.dns_servers_ref = dns_servers_ref
        self.gateway = gateway
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VirtualNetworkSiteConfiguration("
            "name="
            f"{self.name!r}, "
            "location="
            f"{self.location!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "address_space="
            f"{self.address_space!r}, "
            "subnets="
            f"{self.subnets!r}, "
            "dns_servers_ref="
            f"{self.dns_servers_ref!r}, "
            "gateway="
            f"{self.gateway!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VirtualNetworkSiteConfiguration):
            return NotImplemented
        return (
            self.name == other.name
            and self.location == other.location
            and self.affinity_group == other.affinity_group
            and self.address_space == other.address_space
            and self.subnets == other.subnets
            and self.dns_servers_ref == other.dns_servers_ref
            and self.gateway == other.gateway
        )


class SubnetConfiguration(WindowsAzureData):
    """A subnet of a virtual network in the network configuration.

    Attributes:
        name: Name of the subnet.
        address_prefix: Address range of the subnet, in CIDR notation.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address_prefix",
    )

    name: str | None
    address_prefix: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address_prefix: str | None = None,
    ) -> None:
        self.name = name
        self.address_prefix = address_prefix
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"SubnetConfiguration(name={self.name!r}, address_prefix={self.address_prefix!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubnetConfiguration):
            return NotImplemented
        return self.name == other.name and self.address_prefix == other.address_prefix


class DnsServerRef(WindowsAzureData):
    """A reference, by name, to a DNS server of the network configuration.

    Attributes:
        name: Name of the DNS server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("name",)

    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
    ) -> None:
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DnsServerRef(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DnsServerRef):
            return NotImplemented
        return self.name == other.name


class NetworkGateway(WindowsAzureData):
    """The gateway of a virtual network in the network configuration.

    Attributes:
        profile: Size of the gateway: Small, Medium, Large or ExtraLarge.
        vpn_client_address_pool: Addresses given to point-to-site VPN clients, in CIDR notation.
        connections_to_local_network: Local networks the gateway connects to.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "profile",
        "vpn_client_address_pool",
        "connections_to_local_network",
    )

    profile: str | None
    vpn_client_address_pool: list[str] | None
    connections_to_local_network: list[LocalNetworkSiteRef] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        profile: str | None = None,
        vpn_client_address_pool: list[str] | None = None,
        connections_to_local_network: list[LocalNetworkSiteRef] | None = None,
    ) -> None:
        self.profile = profile
        self.vpn_client_address_pool = vpn_client_address_pool
        self.connections_to_local_network = connections_to_local_network
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkGateway("
            "profile="
            f"{self.profile!r}, "
            "vpn_client_address_pool="
            f"{self.vpn_client_address_pool!r}, "
            "connections_to_local_network="
            f"{self.connections_to_local_network!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkGateway):
            return NotImplemented
        return (
            self.profile == other.profile
            and self.vpn_client_address_pool == other.vpn_client_address_pool
            and self.connections_to_local_network == other.connections_to_local_network
        )


class LocalNetworkSiteRef(WindowsAzureData):
    """A reference, by name, to a local network a gateway connects to.

    Attributes:
        name: Name of the local network.
        connection: Kind of connection.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "connection",
    )

    name: str | None
    connection: LocalNetworkConnection | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        connection: LocalNetworkConnection | None = None,
    ) -> None:
        self.name = name
        self.connection = connection
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"LocalNetworkSiteRef(name={self.name!r}, connection={self.connection!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LocalNetworkSiteRef):
            return NotImplemented
        return self.name == other.name and self.connection == other.connection


class LocalNetworkConnection(WindowsAzureData):
    """The kind of connection to a local network.

    Attributes:
        type: IPsec (site-to-site VPN) or Dedicated (ExpressRoute).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("type",)

    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = None,
    ) -> None:
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"LocalNetworkConnection(type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LocalNetworkConnection):
            return NotImplemented
        return self.type == other.type


class OperatingSystem(WindowsAzureData):
    """A guest operating system version. Inside an OperatingSystemFamily, ASM leaves out family and
    family_label.

    Attributes:
        version: Version string used as osVersion in a service configuration (e.g.
            `WA-GUEST-OS-4.20_201503-01`).
        label: Readable name of the version (ASM sends it base64-encoded; this is the decoded
            text).
        is_default: Whether deployments that name no version get this one.
        is_active: Whether the version can still be deployed.
        family: Number of the family the version belongs to (used as osFamily).
        family_label: Readable name of the family (decoded from base64), e.g. `Windows Server
            2012 R2`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "version",
        "label",
        "is_default",
        "is_active",
        "family",
        "family_label",
    )

    version: str | None
    label: str | None
    is_default: bool | None
    is_active: bool | None
    family: int | None
    family_label: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        version: str | None = None,
        label: str | None = None,
        is_default: bool | None = None,
        is_active: bool | None = None,
        family: int | None = None,
        family_label: str | None = None,
    ) -> None:
        self.version = version
        self.label = label
        self.is_default = is_default
        self.is_active = is_active
        self.family = family
        self.family_label = family_label
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OperatingSystem("
            "version="
            f"{self.version!r}, "
            "label="
            f"{self.label!r}, "
            "is_default="
            f"{self.is_default!r}, "
            "is_active="
            f"{self.is_active!r}, "
            "family="
            f"{self.family!r}, "
            "family_label="
            f"{self.family_label!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OperatingSystem):
            return NotImplemented
        return (
            self.version == other.version
            and self.label == other.label
            and self.is_default == other.is_default
            and self.is_active == other.is_active
            and self.family == other.family
            and self.family_label == other.family_label
        )


class OperatingSystemFamily(WindowsAzureData):
    """A guest operating system family and the versions it offers.

    Attributes:
        name: Number of the family, as text (used as osFamily).
        label: Readable name of the family (decoded from base64).
        operating_systems: The versions of the family.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "operating_systems",
    )

    name: str | None
    label: str | None
    operating_systems: list[OperatingSystem]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        operating_systems: list[OperatingSystem] | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.operating_systems = (
            OperatingSystems() if operating_systems is None else operating_systems
        )
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OperatingSystemFamily("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "operating_systems="
            f"{self.operating_systems!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OperatingSystemFamily):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.operating_systems == other.operating_systems
        )


class OSImage(WindowsAzureData):
    """An operating system image of the image repository. Platform images carry publisher details
    (eula, icons, pricing); the subscription's own images carry a media link.

    Attributes:
        affinity_group: Affinity group of the storage account holding the VHD (own images in an
            affinity group only).
        category: Who provides the image: Public, MSDN, Private or User (the subscription's own
            images).
        label: Friendly name of the image (plain text).
        location: Locations where the image is available, separated by semicolons (e.g. `East
            US;West US`).
        logical_size_in_gb: Size of the operating system disk, in GB.
        media_link: URL of the VHD blob of the image (own images only).
        name: Name of the image, used to create virtual machines from it.
        os: Operating system of the image: Linux or Windows.
        eula: End user license agreement(s) of the image, usually URLs separated by semicolons.
        description: Description of the image.
        image_family: Family the image belongs to; the images of a family are versions of one
            product.
        show_in_gui: Whether the portal lists the image.
        published_date: When the image was published.
        is_premium: Whether virtual machines made from the image cost more than the compute
            price (see pricing_detail_link).
        icon_uri: Large icon of the image shown by the portal.
        privacy_uri: URL of the privacy statement of the image.
        recommended_vm_size: Virtual machine size recommended for the image (e.g. Medium,
            Standard_D1).
        publisher_name: Who published the image (User for the subscription's own images).
        pricing_detail_link: URL describing the extra price of a premium image.
        small_icon_uri: Small icon of the image shown by the portal.
        language: Language of the operating system of the image.
        os_state: Generalized or Specialized: whether the VHD was prepared (sysprep, waagent)
            for provisioning.
        io_type: Kind of storage the image lives on (ASM sends Standard, Provisioned or
            Standard_LRS). Not in the legacy model.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "affinity_group",
        "category",
        "label",
        "location",
        "logical_size_in_gb",
        "media_link",
        "name",
        "os",
        "eula",
        "description",
        "image_family",
        "show_in_gui",
        "published_date",
        "is_premium",
        "icon_uri",
        "privacy_uri",
        "recommended_vm_size",
        "publisher_name",
        "pricing_detail_link",
        "small_icon_uri",
        "language",
        "os_state",
        "io_type",
    )

    affinity_group: str | None
    category: str | None
    label: str | None
    location: str | None
    logical_size_in_gb: int | None
    media_link: str | None
    name: str | None
    os: str | None
    eula: str | None
    description: str | None
    image_family: str | None
    show_in_gui: bool | None
    published_date: datetime | None
    is_premium: bool | None
    icon_uri: str | None
    privacy_uri: str | None
    recommended_vm_size: str | None
    publisher_name: str | None
    pricing_detail_link: str | None
    small_icon_uri: str | None
    language: str | None
    os_state: str | None
    io_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        affinity_group: str | None = None,
        category: str | None = None,
        label: str | None = None,
        location: str | None = None,
        logical_size_in_gb: int | None = None,
        media_link: str | None = None,
        name: str | None = None,
        os: str | None = None,
        eula: str | None = None,
        description: str | None = None,
        image_family: str | None = None,
        show_in_gui: bool | None = None,
        published_date: datetime | None = None,
        is_premium: bool | None = None,
        icon_uri: str | None = None,
        privacy_uri: str | None = None,
        recommended_vm_size: str | None = None,
        publisher_name: str | None = None,
        pricing_detail_link: str | None = None,
        small_icon_uri: str | None = None,
        language: str | None = None,
        os_state: str | None = None,
        io_type: str | None = None,
    ) -> None:
        self.affinity_group = affinity_group
        self.category = category
        self.label = label
        self.location = location
        self.logical_size_in_gb = logical_size_in_gb
        self.media_link = media_link
        self.name = name
        self.os = os
        self.eula = eula
        self.description = description
        self.image_family = image_family
        self.show_in_gui = show_in_gui
        self.published_date = published_date
        self.is_premium = is_premium
        self.icon_uri = icon_uri
        self.privacy_uri = privacy_uri
        self.recommended_vm_size = recommended_vm_size
        self.publisher_name = publisher_name
        self.pricing_detail_link = pricing_detail_link
        self.small_icon_uri = small_icon_uri
        self.language = language
        self.os_state = os_state
        self.io_type = io_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OSImage("
            "affinity_group="
            f"{self.affinity_group!r}, "
            "category="
            f"{self.category!r}, "
            "label="
            f"{self.label!r}, "
            "location="
            f"{self.location!r}, "
            "logical_size_in_gb="
            f"{self.logical_size_in_gb!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "name="
            f"{self.name!r}, "
            "os="
            f"{self.os!r}, "
            "eula="
            f"{self.eula!r}, "
            "description="
            f"{self.description!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "is_premium="
            f"{self.is_premium!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "publisher_name="
            f"{self.publisher_name!r}, "
            "pricing_detail_link="
            f"{self.pricing_detail_link!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "language="
            f"{self.language!r}, "
            "os_state="
            f"{self.os_state!r}, "
            "io_type="
            f"{self.io_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OSImage):
            return NotImplemented
        return (
            self.affinity_group == other.affinity_group
            and self.category == other.category
            and self.label == other.label
            and self.location == other.location
            and self.logical_size_in_gb == other.logical_size_in_gb
            and self.media_link == other.media_link
            and self.name == other.name
            and self.os == other.os
            and self.eula == other.eula
            and self.description == other.description
            and self.image_family == other.image_family
            and self.show_in_gui == other.show_in_gui
            and self.published_date == other.published_date
            and self.is_premium == other.is_premium
            and self.icon_uri == other.icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.recommended_vm_size == other.recommended_vm_size
            and self.publisher_name == other.publisher_name
            and self.pricing_detail_link == other.pricing_detail_link
            and self.small_icon_uri == other.small_icon_uri
            and self.language == other.language
            and self.os_state == other.os_state
            and self.io_type == other.io_type
        )


class OSImageInput(WindowsAzureData):
    """Body of add_os_image and update_os_image: the four elements the legacy SDK sends, then the
    descriptive elements of Add OS Image (add_os_image's keywords), in ASM's order; those are
    sent only when given. The label is plain text (unlike storage account labels).

    Attributes:
        label: Friendly name of the image.
        media_link: URL of the VHD blob.
        name: Name of the image.
        os: Operating system on the VHD: Linux or Windows.
        eula: End user license agreement(s) of the image.
        description: Description of the image.
        image_family: Family the image belongs to.
        published_date: When the image was published.
        is_premium: Whether the image is billed as a premium image.
        show_in_gui: Whether the portal lists the image.
        privacy_uri: URL of the privacy statement of the image.
        icon_uri: Large icon of the image shown by the portal.
        recommended_vm_size: Virtual machine size recommended for the image.
        small_icon_uri: Small icon of the image shown by the portal.
        language: Language of the operating system of the image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "media_link",
        "name",
        "os",
        "eula",
        "description",
        "image_family",
        "published_date",
        "is_premium",
        "show_in_gui",
        "privacy_uri",
        "icon_uri",
        "recommended_vm_size",
        "small_icon_uri",
        "language",
    )

    label: str | None
    media_link: str | None
    name: str | None
    os: str | None
    eula: str | None
    description: str | None
    image_family: str | None
    published_date: datetime | None
    is_premium: bool | None
    show_in_gui: bool | None
    privacy_uri: str | None
    icon_uri: str | None
    recommended_vm_size: str | None
    small_icon_uri: str | None
    language: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        label: str | None = None,
        media_link: str | None = None,
        name: str | None = None,
        os: str | None = None,
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
    ) -> None:
        self.label = label
        self.media_link = media_link
        self.name = name
        self.os = os
        self.eula = eula
        self.description = description
        self.image_family = image_family
        self.published_date = published_date
        self.is_premium = is_premium
        self.show_in_gui = show_in_gui
        self.privacy_uri = privacy_uri
        self.icon_uri = icon_uri
        self.recommended_vm_size = recommended_vm_size
        self.small_icon_uri = small_icon_uri
        self.language = language
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OSImageInput("
            "label="
            f"{self.label!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "name="
            f"{self.name!r}, "
            "os="
            f"{self.os!r}, "
            "eula="
            f"{self.eula!r}, "
            "description="
            f"{self.description!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "is_premium="
            f"{self.is_premium!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "language="
            f"{self.language!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OSImageInput):
            return NotImplemented
        return (
            self.label == other.label
            and self.media_link == other.media_link
            and self.name == other.name
            and self.os == other.os
            and self.eula == other.eula
            and self.description == other.description
            and self.image_family == other.image_family
            and self.published_date == other.published_date
            and self.is_premium == other.is_premium
            and self.show_in_gui == other.show_in_gui
            and self.privacy_uri == other.privacy_uri
            and self.icon_uri == other.icon_uri
            and self.recommended_vm_size == other.recommended_vm_size
            and self.small_icon_uri == other.small_icon_uri
            and self.language == other.language
        )


class ResourceExtension(WindowsAzureData):
    """A VM extension (one version of it) that virtual machines can be given.

    Attributes:
        publisher: Publisher of the extension.
        name: Name of the extension.
        version: Version, e.g. `1.4`; reference it as `1.*` to follow minor updates.
        label: Friendly name of the extension (plain text).
        description: What the extension does.
        public_configuration_schema: Schema of the public configuration, base64-encoded (often
            empty).
        private_configuration_schema: Schema of the private configuration, base64-encoded (often
            empty).
        sample_config: Sample configuration, base64-encoded.
        replication_completed: Whether this version has reached every region, so that it can be
            used everywhere.
        eula: URL of the license agreement.
        privacy_uri: URL of the privacy statement.
        homepage_uri: URL of the extension's home page.
        is_json_extension: Whether the configuration is JSON (otherwise XML).
        is_internal_extension: Whether the extension is for Microsoft's internal use and hidden
            from listings.
        disallow_major_version_upgrade: Whether machines may not be moved to a new major version
            automatically.
        company_name: Company that publishes the extension.
        supported_os: Operating system the extension runs on: Windows or Linux.
        published_date: When this version was published (UTC).
        regions: Regions the version is limited to, separated by semicolons; empty when it is
            available everywhere.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "publisher",
        "name",
        "version",
        "label",
        "description",
        "public_configuration_schema",
        "private_configuration_schema",
        "sample_config",
        "replication_completed",
        "eula",
        "privacy_uri",
        "homepage_uri",
        "is_json_extension",
        "is_internal_extension",
        "disallow_major_version_upgrade",
        "company_name",
        "supported_os",
        "published_date",
        "regions",
    )

    publisher: str | None
    name: str | None
    version: str | None
    label: str | None
    description: str | None
    public_configuration_schema: str | None
    private_configuration_schema: str | None
    sample_config: str | None
    replication_completed: bool | None
    eula: str | None
    privacy_uri: str | None
    homepage_uri: str | None
    is_json_extension: bool | None
    is_internal_extension: bool | None
    disallow_major_version_upgrade: bool | None
    company_name: str | None
    supported_os: str | None
    published_date: datetime | None
    regions: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        publisher: str | None = None,
        name: str | None = None,
        version: str | None = None,
        label: str | None = None,
        description: str | None = None,
        public_configuration_schema: str | None = None,
        private_configuration_schema: str | None = None,
        sample_config: str | None = None,
        replication_completed: bool | None = None,
        eula: str | None = None,
        privacy_uri: str | None = None,
        homepage_uri: str | None = None,
        is_json_extension: bool | None = None,
        is_internal_extension: bool | None = None,
        disallow_major_version_upgrade: bool | None = None,
        company_name: str | None = None,
        supported_os: str | None = None,
        published_date: datetime | None = None,
        regions: str | None = None,
    ) -> None:
        self.publisher = publisher
        self.name = name
        self.version = version
        self.label = label
        self.description = description
        self.public_configuration_schema = public_configuration_schema
        self.private_configuration_schema = private_configuration_schema
        self.sample_config = sample_config
        self.replication_completed = replication_completed
        self.eula = eula
        self.privacy_uri = privacy_uri
        self.homepage_uri = homepage_uri
        self.is_json_extension = is_json_extension
        self.is_internal_extension = is_internal_extension
        self.disallow_major_version_upgrade = disallow_major_version_upgrade
        self.company_name = company_name
        self.supported_os = supported_os
        self.published_date = published_date
        self.regions = regions
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ResourceExtension("
            "publisher="
            f"{self.publisher!r}, "
            "name="
            f"{self.name!r}, "
            "version="
            f"{self.version!r}, "
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "public_configuration_schema="
            f"{self.public_configuration_schema!r}, "
            "private_configuration_schema="
            f"{self.private_configuration_schema!r}, "
            "sample_config="
            f"{self.sample_config!r}, "
            "replication_completed="
            f"{self.replication_completed!r}, "
            "eula="
            f"{self.eula!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "homepage_uri="
            f"{self.homepage_uri!r}, "
            "is_json_extension="
            f"{self.is_json_extension!r}, "
            "is_internal_extension="
            f"{self.is_internal_extension!r}, "
            "disallow_major_version_upgrade="
            f"{self.disallow_major_version_upgrade!r}, "
            "company_name="
            f"{self.company_name!r}, "
            "supported_os="
            f"{self.supported_os!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "regions="
            f"{self.regions!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceExtension):
            return NotImplemented
        return (
            self.publisher == other.publisher
            and self.name == other.name
            and self.version == other.version
            and self.label == other.label
            and self.description == other.description
            and self.public_configuration_schema == other.public_configuration_schema
            and self.private_configuration_schema == other.private_configuration_schema
            and self.sample_config == other.sample_config
            and self.replication_completed == other.replication_completed
            and self.eula == other.eula
            and self.privacy_uri == other.privacy_uri
            and self.homepage_uri == other.homepage_uri
            and self.is_json_extension == other.is_json_extension
            and self.is_internal_extension == other.is_internal_extension
            and self.disallow_major_version_upgrade == other.disallow_major_version_upgrade
            and self.company_name == other.company_name
            and self.supported_os == other.supported_os
            and self.published_date == other.published_date
            and self.regions == other.regions
        )


class UpdateRole(WindowsAzureData):
    """Request body of `update_role`: the role fields that can change, without provisioning set, VM
    image or media location. `<ConfigurationSets>` is only written with a network set.

    Attributes:
        role_name: Name of the virtual machine.
        role_type: Role type; PersistentVMRole for virtual machines.
        network_config: The new network set of the machine.
        resource_extension_references: VM extensions of the machine.
        availability_set_name: Availability set of the machine.
        data_virtual_hard_disks: Data disks of the machine.
        os_virtual_hard_disk: Operating system disk of the machine.
        role_size: Size of the machine.
        provision_guest_agent: Whether the VM agent is installed.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "role_type",
        "network_config",
        "resource_extension_references",
        "availability_set_name",
        "data_virtual_hard_disks",
        "os_virtual_hard_disk",
        "role_size",
        "provision_guest_agent",
    )

    role_name: str | None
    role_type: str | None
    network_config: AnyNetworkConfigurationSet | None
    resource_extension_references: list[ResourceExtensionReference] | None
    availability_set_name: str | None
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None
    os_virtual_hard_disk: OSVirtualHardDisk | None
    role_size: str | None
    provision_guest_agent: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        role_type: str | None = "PersistentVMRole",
        network_config: AnyNetworkConfigurationSet | None = None,
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        role_size: str | None = None,
        provision_guest_agent: bool | None = None,
    ) -> None:
        self.role_name = role_name
        self.role_type = role_type
        self.network_config = network_config
        self.resource_extension_references = resource_extension_references
        self.availability_set_name = availability_set_name
        self.data_virtual_hard_disks = data_virtual_hard_disks
        self.os_virtual_hard_disk = os_virtual_hard_disk
        self.role_size = role_size
        self.provision_guest_agent = provision_guest_agent
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateRole("
            "role_name="
            f"{self.role_name!r}, "
            "role_type="
            f"{self.role_type!r}, "
            "network_config="
            f"{self.network_config!r}, "
            "resource_extension_references="
            f"{self.resource_extension_references!r}, "
            "availability_set_name="
            f"{self.availability_set_name!r}, "
            "data_virtual_hard_disks="
            f"{self.data_virtual_hard_disks!r}, "
            "os_virtual_hard_disk="
            f"{self.os_virtual_hard_disk!r}, "
            "role_size="
            f"{self.role_size!r}, "
            "provision_guest_agent="
            f"{self.provision_guest_agent!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateRole):
            return NotImplemented
        return (
            self.role_name == other.role_name
            and self.role_type == other.role_type
            and self.network_config == other.network_config
            and self.resource_extension_references == other.resource_extension_references
            and self.availability_set_name == other.availability_set_name
            and self.data_virtual_hard_disks == other.data_virtual_hard_disks
            and self.os_virtual_hard_disk == other.os_virtual_hard_disk
            and self.role_size == other.role_size
            and self.provision_guest_agent == other.provision_guest_agent
        )


class CaptureRoleOperation(WindowsAzureData):
    """Request body of `capture_role`.

    Attributes:
        post_capture_action: Delete or Reprovision.
        provisioning_configuration: Provisioning set used to reprovision the machine.
        target_image_label: Label of the new OS image (plain text).
        target_image_name: Name of the new OS image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "post_capture_action",
        "provisioning_configuration",
        "target_image_label",
        "target_image_name",
    )

    operation_type: ClassVar[str] = "CaptureRoleOperation"

    post_capture_action: str | None
    provisioning_configuration: ProvisioningConfigurationSet | None
    target_image_label: str | None
    target_image_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        post_capture_action: str | None = None,
        provisioning_configuration: ProvisioningConfigurationSet | None = None,
        target_image_label: str | None = None,
        target_image_name: str | None = None,
    ) -> None:
        self.post_capture_action = post_capture_action
        self.provisioning_configuration = provisioning_configuration
        self.target_image_label = target_image_label
        self.target_image_name = target_image_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CaptureRoleOperation("
            "post_capture_action="
            f"{self.post_capture_action!r}, "
            "provisioning_configuration="
            f"{self.provisioning_configuration!r}, "
            "target_image_label="
            f"{self.target_image_label!r}, "
            "target_image_name="
            f"{self.target_image_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CaptureRoleOperation):
            return NotImplemented
        return (
            self.post_capture_action == other.post_capture_action
            and self.provisioning_configuration == other.provisioning_configuration
            and self.target_image_label == other.target_image_label
            and self.target_image_name == other.target_image_name
        )


class StartRoleOperation(WindowsAzureData):
    """Request body of `start_role`."""

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ()

    operation_type: ClassVar[str] = "StartRoleOperation"

    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
    ) -> None:
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return "StartRoleOperation()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StartRoleOperation):
            return NotImplemented
        return True


class StartRolesOperation(WindowsAzureData):
    """Request body of `start_roles`.

    Attributes:
        role_names: Virtual machines to start.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("role_names",)

    operation_type: ClassVar[str] = "StartRolesOperation"

    role_names: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_names: list[str] | None = None,
    ) -> None:
        self.role_names = role_names
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"StartRolesOperation(role_names={self.role_names!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StartRolesOperation):
            return NotImplemented
        return self.role_names == other.role_names


class RestartRoleOperation(WindowsAzureData):
    """Request body of `restart_role`."""

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ()

    operation_type: ClassVar[str] = "RestartRoleOperation"

    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
    ) -> None:
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return "RestartRoleOperation()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RestartRoleOperation):
            return NotImplemented
        return True


class ShutdownRoleOperation(WindowsAzureData):
    """Request body of `shutdown_role`.

    Attributes:
        post_shutdown_action: Stopped or StoppedDeallocated.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("post_shutdown_action",)

    operation_type: ClassVar[str] = "ShutdownRoleOperation"

    post_shutdown_action: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        post_shutdown_action: str | None = "Stopped",
    ) -> None:
        self.post_shutdown_action = post_shutdown_action
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ShutdownRoleOperation(post_shutdown_action={self.post_shutdown_action!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ShutdownRoleOperation):
            return NotImplemented
        return self.post_shutdown_action == other.post_shutdown_action


class ShutdownRolesOperation(WindowsAzureData):
    """Request body of `shutdown_roles`.

    Attributes:
        role_names: Virtual machines to shut down.
        post_shutdown_action: Stopped or StoppedDeallocated.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_names",
        "post_shutdown_action",
    )

    operation_type: ClassVar[str] = "ShutdownRolesOperation"

    role_names: list[str] | None
    post_shutdown_action: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_names: list[str] | None = None,
        post_shutdown_action: str | None = "Stopped",
    ) -> None:
        self.role_names = role_names
        self.post_shutdown_action = post_shutdown_action
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ShutdownRolesOperation("
            "role_names="
            f"{self.role_names!r}, "
            "post_shutdown_action="
            f"{self.post_shutdown_action!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ShutdownRolesOperation):
            return NotImplemented
        return (
            self.role_names == other.role_names
            and self.post_shutdown_action == other.post_shutdown_action
        )


class RoleSize(WindowsAzureData):
    """A size that roles and virtual machines can be deployed with.

    Attributes:
        name: Name of the size, as passed in `role_size` (e.g. `Small`, `Standard_D2`).
        label: Human-readable description of the size (plain text, e.g. `Small (1 cores, 1792
            MB)`).
        cores: Number of CPU cores.
        memory_in_mb: Memory in megabytes.
        supported_by_web_worker_roles: Whether cloud service web and worker roles can use this
            size.
        supported_by_virtual_machines: Whether virtual machines can use this size.
        max_data_disk_count: Largest number of data disks a virtual machine of this size can
            attach.
        web_worker_resource_disk_size_in_mb: Size of the temporary resource disk for web and
            worker roles, in megabytes.
        virtual_machine_resource_disk_size_in_mb: Size of the temporary resource disk for
            virtual machines, in megabytes.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "cores",
        "memory_in_mb",
        "supported_by_web_worker_roles",
        "supported_by_virtual_machines",
        "max_data_disk_count",
        "web_worker_resource_disk_size_in_mb",
        "virtual_machine_resource_disk_size_in_mb",
    )

    name: str | None
    label: str | None
    cores: int | None
    memory_in_mb: int | None
    supported_by_web_worker_roles: bool | None
    supported_by_virtual_machines: bool | None
    max_data_disk_count: int | None
    web_worker_resource_disk_size_in_mb: int | None
    virtual_machine_resource_disk_size_in_mb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        cores: int | None = None,
        memory_in_mb: int | None = None,
        supported_by_web_worker_roles: bool | None = None,
        supported_by_virtual_machines: bool | None = None,
        max_data_disk_count: int | None = None,
        web_worker_resource_disk_size_in_mb: int | None = None,
        virtual_machine_resource_disk_size_in_mb: int | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.cores = cores
        self.memory_in_mb = memory_in_mb
        self.supported_by_web_worker_roles = supported_by_web_worker_roles
        self.supported_by_virtual_machines = supported_by_virtual_machines
        self.max_data_disk_count = max_data_disk_count
        self.web_worker_resource_disk_size_in_mb = web_worker_resource_disk_size_in_mb
        self.virtual_machine_resource_disk_size_in_mb = virtual_machine_resource_disk_size_in_mb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RoleSize("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "cores="
            f"{self.cores!r}, "
            "memory_in_mb="
            f"{self.memory_in_mb!r}, "
            "supported_by_web_worker_roles="
            f"{self.supported_by_web_worker_roles!r}, "
            "supported_by_virtual_machines="
            f"{self.supported_by_virtual_machines!r}, "
            "max_data_disk_count="
            f"{self.max_data_disk_count!r}, "
            "web_worker_resource_disk_size_in_mb="
            f"{self.web_worker_resource_disk_size_in_mb!r}, "
            "virtual_machine_resource_disk_size_in_mb="
            f"{self.virtual_machine_resource_disk_size_in_mb!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoleSize):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.cores == other.cores
            and self.memory_in_mb == other.memory_in_mb
            and self.supported_by_web_worker_roles == other.supported_by_web_worker_roles
            and self.supported_by_virtual_machines == other.supported_by_virtual_machines
            and self.max_data_disk_count == other.max_data_disk_count
            and self.web_worker_resource_disk_size_in_mb
            == other.web_worker_resource_disk_size_in_mb
            and self.virtual_machine_resource_disk_size_in_mb
            == other.virtual_machine_resource_disk_size_in_mb
        )


class RoleDefinition(WindowsAzureData):
    """The fields that describe a new virtual machine, in the order ASM expects them. Written
    inside `<Role>` by `create_virtual_machine_deployment` and as `<PersistentVMRole>` by
    `add_role`.

    Attributes:
        role_name: Name of the virtual machine.
        role_type: Role type; PersistentVMRole for virtual machines.
        configuration_sets: Provisioning set (if any) followed by the network set (if any).
        resource_extension_references: VM extensions to install.
        vm_image_name: VM image to create the machine from.
        media_location: Blob URL for the VHDs created from a published VM image.
        availability_set_name: Availability set of the machine.
        data_virtual_hard_disks: Data disks of the machine.
        os_virtual_hard_disk: Operating system disk of the machine.
        role_size: Size of the machine.
        provision_guest_agent: Whether to install the VM agent.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "role_type",
        "configuration_sets",
        "resource_extension_references",
        "vm_image_name",
        "media_location",
        "availability_set_name",
        "data_virtual_hard_disks",
        "os_virtual_hard_disk",
        "role_size",
        "provision_guest_agent",
    )

    role_name: str | None
    role_type: str | None
    configuration_sets: list[AnyConfigurationSet] | None
    resource_extension_references: list[ResourceExtensionReference] | None
    vm_image_name: str | None
    media_location: str | None
    availability_set_name: str | None
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None
    os_virtual_hard_disk: OSVirtualHardDisk | None
    role_size: str | None
    provision_guest_agent: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        role_type: str | None = "PersistentVMRole",
        configuration_sets: list[AnyConfigurationSet] | None = None,
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        role_size: str | None = None,
        provision_guest_agent: bool | None = None,
    ) -> None:
        self.role_name = role_name
        self.role_type = role_type
        self.configuration_sets = configuration_sets
        self.resource_extension_references = resource_extension_references
        self.vm_image_name = vm_image_name
        self.media_location = media_location
        self.availability_set_name = availability_set_name
        self.data_virtual_hard_disks = data_virtual_hard_disks
        self.os_virtual_hard_disk = os_virtual_hard_disk
        self.role_size = role_size
        self.provision_guest_agent = provision_guest_agent
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RoleDefinition("
            "role_name="
            f"{self.role_name!r}, "
            "role_type="
            f"{self.role_type!r}, "
            "configuration_sets="
            f"{self.configuration_sets!r}, "
            "resource_extension_references="
            f"{self.resource_extension_references!r}, "
            "vm_image_name="
            f"{self.vm_image_name!r}, "
            "media_location="
            f"{self.media_location!r}, "
            "availability_set_name="
            f"{self.availability_set_name!r}, "
            "data_virtual_hard_disks="
            f"{self.data_virtual_hard_disks!r}, "
            "os_virtual_hard_disk="
            f"{self.os_virtual_hard_disk!r}, "
            "role_size="
            f"{self.role_size!r}, "
            "provision_guest_agent="
            f"{self.provision_guest_agent!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RoleDefinition):
            return NotImplemented
        return (
            self.role_name == other.role_name
            and self.role_type == other.role_type
            and self.configuration_sets == other.configuration_sets
            and self.resource_extension_references == other.resource_extension_references
            and self.vm_image_name == other.vm_image_name
            and self.media_location == other.media_location
            and self.availability_set_name == other.availability_set_name
            and self.data_virtual_hard_disks == other.data_virtual_hard_disks
            and self.os_virtual_hard_disk == other.os_virtual_hard_disk
            and self.role_size == other.role_size
            and self.provision_guest_agent == other.provision_guest_agent
        )


class AddRole(WindowsAzureData):
    """Request body of `add_role`.

    Attributes:
        role_name: Name of the virtual machine.
        role_type: Role type; PersistentVMRole for virtual machines.
        configuration_sets: Provisioning set (if any) followed by the network set (if any).
        resource_extension_references: VM extensions to install.
        vm_image_name: VM image to create the machine from.
        media_location: Blob URL for the VHDs created from a published VM image.
        availability_set_name: Availability set of the machine.
        data_virtual_hard_disks: Data disks of the machine.
        os_virtual_hard_disk: Operating system disk of the machine.
        role_size: Size of the machine.
        provision_guest_agent: Whether to install the VM agent.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "role_type",
        "configuration_sets",
        "resource_extension_references",
        "vm_image_name",
        "media_location",
        "availability_set_name",
        "data_virtual_hard_disks",
        "os_virtual_hard_disk",
        "role_size",
        "provision_guest_agent",
    )

    role_name: str | None
    role_type: str | None
    configuration_sets: list[AnyConfigurationSet] | None
    resource_extension_references: list[ResourceExtensionReference] | None
    vm_image_name: str | None
    media_location: str | None
    availability_set_name: str | None
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None
    os_virtual_hard_disk: OSVirtualHardDisk | None
    role_size: str | None
    provision_guest_agent: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        role_type: str | None = "PersistentVMRole",
        configuration_sets: list[AnyConfigurationSet] | None = None,
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        role_size: str | None = None,
        provision_guest_agent: bool | None = None,
    ) -> None:
        self.role_name = role_name
        self.role_type = role_type
        self.configuration_sets = configuration_sets
        self.resource_extension_references = resource_extension_references
        self.vm_image_name = vm_image_name
        self.media_location = media_location
        self.availability_set_name = availability_set_name
        self.data_virtual_hard_disks = data_virtual_hard_disks
        self.os_virtual_hard_disk = os_virtual_hard_disk
        self.role_size = role_size
        self.provision_guest_agent = provision_guest_agent
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AddRole("
            "role_name="
            f"{self.role_name!r}, "
            "role_type="
            f"{self.role_type!r}, "
            "configuration_sets="
            f"{self.configuration_sets!r}, "
            "resource_extension_references="
            f"{self.resource_extension_references!r}, "
            "vm_image_name="
            f"{self.vm_image_name!r}, "
            "media_location="
            f"{self.media_location!r}, "
            "availability_set_name="
            f"{self.availability_set_name!r}, "
            "data_virtual_hard_disks="
            f"{self.data_virtual_hard_disks!r}, "
            "os_virtual_hard_disk="
            f"{self.os_virtual_hard_disk!r}, "
            "role_size="
            f"{self.role_size!r}, "
            "provision_guest_agent="
            f"{self.provision_guest_agent!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AddRole):
            return NotImplemented
        return (
            self.role_name == other.role_name
            and self.role_type == other.role_type
            and self.configuration_sets == other.configuration_sets
            and self.resource_extension_references == other.resource_extension_references
            and self.vm_image_name == other.vm_image_name
            and self.media_location == other.media_location
            and self.availability_set_name == other.availability_set_name
            and self.data_virtual_hard_disks == other.data_virtual_hard_disks
            and self.os_virtual_hard_disk == other.os_virtual_hard_disk
            and self.role_size == other.role_size
            and self.provision_guest_agent == other.provision_guest_agent
        )


class CaptureRoleAsVMImage(WindowsAzureData):
    """What to capture a virtual machine as: `CaptureRoleAsVMImage('Specialized', 'myimage', 'My
    image', 'description', 'english', 'myfamily')`. Passed to `capture_vm_image`.

    Attributes:
        os_state: Generalized (prepared with sysprep/waagent; the machine is deleted) or
            Specialized (captured as is).
        vm_image_name: Name of the new VM image.
        vm_image_label: Label of the new VM image (plain text).
        description: Description of the image.
        language: Language of the image's operating system.
        image_family: Family to group the image with others.
        recommended_vm_size: Size suggested for machines created from the image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "os_state",
        "vm_image_name",
        "vm_image_label",
        "description",
        "language",
        "image_family",
        "recommended_vm_size",
    )

    operation_type: ClassVar[str] = "CaptureRoleAsVMImageOperation"

    os_state: str | None
    vm_image_name: str | None
    vm_image_label: str | None
    description: str | None
    language: str | None
    image_family: str | None
    recommended_vm_size: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        os_state: str | None = None,
        vm_image_name: str | None = None,
        vm_image_label: str | None = None,
        description: str | None = None,
        language: str | None = None,
        image_family: str | None = None,
        recommended_vm_size: str | None = None,
    ) -> None:
        self.os_state = os_state
        self.vm_image_name = vm_image_name
        self.vm_image_label = vm_image_label
        self.description = description
        self.language = language
        self.image_family = image_family
        self.recommended_vm_size = recommended_vm_size
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CaptureRoleAsVMImage("
            "os_state="
            f"{self.os_state!r}, "
            "vm_image_name="
            f"{self.vm_image_name!r}, "
            "vm_image_label="
            f"{self.vm_image_label!r}, "
            "description="
            f"{self.description!r}, "
            "language="
            f"{self.language!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CaptureRoleAsVMImage):
            return NotImplemented
        return (
            self.os_state == other.os_state
            and self.vm_image_name == other.vm_image_name
            and self.vm_image_label == other.vm_image_label
            and self.description == other.description
            and self.language == other.language
            and self.image_family == other.image_family
            and self.recommended_vm_size == other.recommended_vm_size
        )


class PersistentVMRole(WindowsAzureData):
    """A virtual machine role, as returned by `get_role` and inside deployments.

    Attributes:
        role_name: Name of the virtual machine.
        os_version: Guest OS version (empty for virtual machines).
        role_type: Role type, PersistentVMRole.
        license_type: On-premises license the image or disk uses (Windows_Client or
            Windows_Server), if any.
        configuration_sets: Configuration sets of the machine (ASM returns the network set
            only).
        resource_extension_references: VM extensions installed on the machine.
        vm_image_name: VM image the machine was created from.
        media_location: Blob URL of the VHDs created from a published VM image.
        availability_set_name: Availability set of the machine.
        data_virtual_hard_disks: Data disks attached to the machine.
        os_virtual_hard_disk: Operating system disk of the machine.
        role_size: Size of the machine.
        provision_guest_agent: Whether the VM agent is installed.
        default_win_rm_certificate_thumbprint: Thumbprint of the certificate generated for a
            WinRM HTTPS listener defined without one.
        migration_state: Where a migration of the machine to Resource Manager stands (Prepared),
            None when none is under way (x-ms-version 2016-03-01 and later).
        label: Label of the machine, if one was given.
        vm_image_input: Disk sizes chosen when the machine was created from a VM image.
        debug_settings: Boot diagnostics of the machine (x-ms-version 2015-09-01 and later).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "role_name",
        "os_version",
        "role_type",
        "license_type",
        "configuration_sets",
        "resource_extension_references",
        "vm_image_name",
        "media_location",
        "availability_set_name",
        "data_virtual_hard_disks",
        "os_virtual_hard_disk",
        "role_size",
        "provision_guest_agent",
        "default_win_rm_certificate_thumbprint",
        "migration_state",
        "label",
        "vm_image_input",
        "debug_settings",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("type", "PersistentVMRole")

    role_name: str | None
    os_version: str | None
    role_type: str | None
    license_type: str | None
    configuration_sets: list[AnyConfigurationSet]
    resource_extension_references: list[ResourceExtensionReference]
    vm_image_name: str | None
    media_location: str | None
    availability_set_name: str | None
    data_virtual_hard_disks: list[DataVirtualHardDisk]
    os_virtual_hard_disk: OSVirtualHardDisk
    role_size: str | None
    provision_guest_agent: bool | None
    default_win_rm_certificate_thumbprint: str | None
    migration_state: str | None
    label: str | None
    vm_image_input: VMImageInput | None
    debug_settings: DebugSettings | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        role_name: str | None = None,
        os_version: str | None = None,
        role_type: str | None = None,
        license_type: str | None = None,
        configuration_sets: list[AnyConfigurationSet] | None = None,
        resource_extension_references: list[ResourceExtensionReference] | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[DataVirtualHardDisk] | None = None,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        role_size: str | None = None,
        provision_guest_agent: bool | None = None,
        default_win_rm_certificate_thumbprint: str | None = None,
        migration_state: str | None = None,
        label: str | None = None,
        vm_image_input: VMImageInput | None = None,
        debug_settings: DebugSettings | None = None,
    ) -> None:
        self.role_name = role_name
        self.os_version = os_version
        self.role_type = role_type
        self.license_type = license_type
        self.configuration_sets = (
            ConfigurationSets() if configuration_sets is None else configuration_sets
        )
        self.resource_extension_references = (
            ResourceExtensionReferences()
            if resource_extension_references is None
            else resource_extension_references
        )
        self.vm_image_name = vm_image_name
        self.media_location = media_location
        self.availability_set_name = availability_set_name
        self.data_virtual_hard_disks = (
            DataVirtualHardDisks() if data_virtual_hard_disks is None else data_virtual_hard_disks
        )
        self.os_virtual_hard_disk = (
            OSVirtualHardDisk() if os_virtual_hard_disk is None else os_virtual_hard_disk
        )
        self.role_size = role_size
        self.provision_guest_agent = provision_guest_agent
        self.default_win_rm_certificate_thumbprint = default_win_rm_certificate_thumbprint
        self.migration_state = migration_state
        self.label = label
        self.vm_image_input = vm_image_input
        self.debug_settings = debug_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "PersistentVMRole("
            "role_name="
            f"{self.role_name!r}, "
            "os_version="
            f"{self.os_version!r}, "
            "role_type="
            f"{self.role_type!r}, "
            "license_type="
            f"{self.license_type!r}, "
            "configuration_sets="
            f"{self.configuration_sets!r}, "
            "resource_extension_references="
            f"{self.resource_extension_references!r}, "
            "vm_image_name="
            f"{self.vm_image_name!r}, "
            "media_location="
            f"{self.media_location!r}, "
            "availability_set_name="
            f"{self.availability_set_name!r}, "
            "data_virtual_hard_disks="
            f"{self.data_virtual_hard_disks!r}, "
            "os_virtual_hard_disk="
            f"{self.os_virtual_hard_disk!r}, "
            "role_size="
            f"{self.role_size!r}, "
            "provision_guest_agent="
            f"{self.provision_guest_agent!r}, "
            "default_win_rm_certificate_thumbprint="
            f"{self.default_win_rm_certificate_thumbprint!r}, "
            "migration_state="
            f"{self.migration_state!r}, "
            "label="
            f"{self.label!r}, "
            "vm_image_input="
            f"{self.vm_image_input!r}, "
            "debug_settings="
            f"{self.debug_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PersistentVMRole):
            return NotImplemented
        return (
            self.role_name == other.role_name
            and self.os_version == other.os_version
            and self.role_type == other.role_type
            and self.license_type == other.license_type
            and self.configuration_sets == other.configuration_sets
            and self.resource_extension_references == other.resource_extension_references
            and self.vm_image_name == other.vm_image_name
            and self.media_location == other.media_location
            and self.availability_set_name == other.availability_set_name
            and self.data_virtual_hard_disks == other.data_virtual_hard_disks
            and self.os_virtual_hard_disk == other.os_virtual_hard_disk
            and self.role_size == other.role_size
            and self.provision_guest_agent == other.provision_guest_agent
            and self.default_win_rm_certificate_thumbprint
            == other.default_win_rm_certificate_thumbprint
            and self.migration_state == other.migration_state
            and self.label == other.label
            and self.vm_image_input == other.vm_image_input
            and self.debug_settings == other.debug_settings
        )


class ConfigurationSet(WindowsAzureData):
    """The reference package's general configuration set: its kind is the `configuration_set_type`
    attribute (`NetworkConfiguration`, `LinuxProvisioningConfiguration` or
    `WindowsProvisioningConfiguration`), set after construction. Accepted wherever a
    configuration set is, and sent as the set its type names, with the attributes that set has
    (`network.input_endpoints.append(...)`, `system.host_name = ...`); `LinuxConfigurationSet`
    and the other typed sets are the precise spelling.

    Attributes:
        configuration_set_type: Kind of set: NetworkConfiguration,
            LinuxProvisioningConfiguration or WindowsProvisioningConfiguration.
        role_type: Kept from the reference package, which never sent it.
        input_endpoints: Endpoints of a network set.
        subnet_names: Subnets of a network set.
        public_ips: Instance-level public IPs of a network set.
        static_virtual_network_ip_address: Fixed internal IP address of a network set.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "configuration_set_type",
        "role_type",
        "input_endpoints",
        "subnet_names",
        "public_ips",
        "static_virtual_network_ip_address",
    )

    configuration_set_type: str | None
    role_type: str | None
    input_endpoints: list[ConfigurationSetInputEndpoint]
    subnet_names: list[str]
    public_ips: list[PublicIP]
    static_virtual_network_ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        configuration_set_type: str | None = None,
        role_type: str | None = None,
        input_endpoints: list[ConfigurationSetInputEndpoint] | None = None,
        subnet_names: list[str] | None = None,
        public_ips: list[PublicIP] | None = None,
        static_virtual_network_ip_address: str | None = None,
    ) -> None:
        self.configuration_set_type = configuration_set_type
        self.role_type = role_type
        self.input_endpoints = (
            ConfigurationSetInputEndpoints() if input_endpoints is None else input_endpoints
        )
        self.subnet_names = [] if subnet_names is None else subnet_names
        self.public_ips = PublicIPs() if public_ips is None else public_ips
        self.static_virtual_network_ip_address = static_virtual_network_ip_address
        self.unknown_elements = ()

    def specialize(
        self, where: str = ""
    ) -> LinuxConfigurationSet | WindowsConfigurationSet | NetworkConfigurationSet:
        """The configuration set `configuration_set_type` names, with this one's attributes that it
        has.

        Attributes the named kind does not have are left out, as the reference package left
        them out of the XML it wrote. `where` prefixes the name in errors.
        """
        kinds: dict[
            str,
            Callable[
                ..., LinuxConfigurationSet | WindowsConfigurationSet | NetworkConfigurationSet
            ],
        ] = {
            "LinuxProvisioningConfiguration": LinuxConfigurationSet,
            "WindowsProvisioningConfiguration": WindowsConfigurationSet,
            "NetworkConfiguration": NetworkConfigurationSet,
        }
        return specialize(self, "configuration_set_type", kinds, where)

    def __repr__(self) -> str:
        return (
            "ConfigurationSet("
            "configuration_set_type="
            f"{self.configuration_set_type!r}, "
            "role_type="
            f"{self.role_type!r}, "
            "input_endpoints="
            f"{self.input_endpoints!r}, "
            "subnet_names="
            f"{self.subnet_names!r}, "
            "public_ips="
            f"{self.public_ips!r}, "
            "static_virtual_network_ip_address="
            f"{self.static_virtual_network_ip_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConfigurationSet):
            return NotImplemented
        return (
            self.configuration_set_type == other.configuration_set_type
            and self.role_type == other.role_type
            and self.input_endpoints == other.input_endpoints
            and self.subnet_names == other.subnet_names
            and self.public_ips == other.public_ips
            and self.static_virtual_network_ip_address == other.static_virtual_network_ip_address
        )


class LinuxConfigurationSet(WindowsAzureData):
    """First-boot settings of a Linux virtual machine: host name, the user to create, its password
    and/or SSH keys, and custom data.

    Attributes:
        host_name: Host name of the machine, 1 to 64 characters.
        user_name: User account to create (member of the sudoers), 1 to 32 characters.
        user_password: Password of that user, 6 to 72 characters.
        disable_ssh_password_authentication: Refuse SSH password logins (ASM's default is true,
            which needs SSH keys).
        ssh: SSH public keys and key pairs to install.
        custom_data: Data handed to the machine at provisioning (base64-encoded on the wire, at
            most 64 KiB decoded).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_name",
        "user_name",
        "user_password",
        "disable_ssh_password_authentication",
        "ssh",
        "custom_data",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("configuration_set_type", "LinuxProvisioningConfiguration")

    configuration_set_type: ClassVar[str] = "LinuxProvisioningConfiguration"

    host_name: str | None
    user_name: str | None
    user_password: str | None
    disable_ssh_password_authentication: bool | None
    ssh: SSH
    custom_data: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_name: str | None = None,
        user_name: str | None = None,
        user_password: str | None = None,
        disable_ssh_password_authentication: bool | None = None,
        custom_data: str | None = None,
        ssh: SSH | None = None,
    ) -> None:
        self.host_name = host_name
        self.user_name = user_name
        self.user_password = user_password
        self.disable_ssh_password_authentication = disable_ssh_password_authentication
        self.ssh = SSH() if ssh is None else ssh
        self.custom_data = custom_data
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LinuxConfigurationSet("
            "host_name="
            f"{self.host_name!r}, "
            "user_name="
            f"{self.user_name!r}, "
            "user_password="
            f"{'<secret>' if self.user_password is not None else None}, "
            "disable_ssh_password_authentication="
            f"{self.disable_ssh_password_authentication!r}, "
            "ssh="
            f"{self.ssh!r}, "
            "custom_data="
            f"{'<secret>' if self.custom_data is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinuxConfigurationSet):
            return NotImplemented
        return (
            self.host_name == other.host_name
            and self.user_name == other.user_name
            and self.user_password == other.user_password
            and self.disable_ssh_password_authentication
            == other.disable_ssh_password_authentication
            and self.ssh == other.ssh
            and self.custom_data == other.custom_data
        )


class SSH(WindowsAzureData):
    """SSH keys to install on a Linux virtual machine, taken from certificates of the cloud
    service.

    Attributes:
        public_keys: Public keys to add to a file such as ~/.ssh/authorized_keys.
        key_pairs: Key pairs to write as private key files (e.g. ~/.ssh/id_rsa).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "public_keys",
        "key_pairs",
    )

    public_keys: list[PublicKey]
    key_pairs: list[KeyPair]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        public_keys: list[PublicKey] | None = None,
        key_pairs: list[KeyPair] | None = None,
    ) -> None:
        self.public_keys = PublicKeys() if public_keys is None else public_keys
        self.key_pairs = KeyPairs() if key_pairs is None else key_pairs
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"SSH(public_keys={self.public_keys!r}, key_pairs={self.key_pairs!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SSH):
            return NotImplemented
        return self.public_keys == other.public_keys and self.key_pairs == other.key_pairs


class PublicKey(WindowsAzureData):
    """An SSH public key, given by the fingerprint of a service certificate holding it.

    Attributes:
        fingerprint: SHA-1 fingerprint (thumbprint) of the cloud service certificate with the
            key.
        path: File on the machine the key is appended to, e.g. /home/user/.ssh/authorized_keys.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "fingerprint",
        "path",
    )

    fingerprint: str | None
    path: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        fingerprint: str | None = None,
        path: str | None = None,
    ) -> None:
        self.fingerprint = fingerprint
        self.path = path
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"PublicKey(fingerprint={self.fingerprint!r}, path={self.path!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublicKey):
            return NotImplemented
        return self.fingerprint == other.fingerprint and self.path == other.path


class KeyPair(WindowsAzureData):
    """An SSH key pair, given by the fingerprint of a service certificate holding it.

    Attributes:
        fingerprint: SHA-1 fingerprint (thumbprint) of the cloud service certificate with the
            key pair.
        path: File the private key is written to, e.g. /home/user/.ssh/id_rsa.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "fingerprint",
        "path",
    )

    fingerprint: str | None
    path: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        fingerprint: str | None = None,
        path: str | None = None,
    ) -> None:
        self.fingerprint = fingerprint
        self.path = path
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"KeyPair(fingerprint={self.fingerprint!r}, path={self.path!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyPair):
            return NotImplemented
        return self.fingerprint == other.fingerprint and self.path == other.path


class WindowsConfigurationSet(WindowsAzureData):
    """First-boot settings of a Windows virtual machine: computer name, administrator account,
    updates, time zone, domain join, certificates, WinRM listeners and unattend content.

    Attributes:
        computer_name: Computer name, 1 to 15 characters.
        admin_password: Password of the administrator account.
        reset_password_on_first_logon: Make the administrator change the password at first
            logon.
        enable_automatic_updates: Turn Windows Update on (ASM's default is true).
        time_zone: Windows time zone name, e.g. Pacific Standard Time.
        domain_join: Active Directory domain to join.
        stored_certificate_settings: Service certificates to install in the machine's stores.
        win_rm: Windows Remote Management listeners.
        admin_username: Name of the administrator account to create.
        custom_data: Data saved on the machine as %SYSTEMDRIVE%\\AzureData\\CustomData.bin
            (base64-encoded on the wire).
        additional_unattend_content: Extra XML for the Unattend.xml file used by Windows Setup.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "computer_name",
        "admin_password",
        "reset_password_on_first_logon",
        "enable_automatic_updates",
        "time_zone",
        "domain_join",
        "stored_certificate_settings",
        "win_rm",
        "admin_username",
        "custom_data",
        "additional_unattend_content",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("configuration_set_type", "WindowsProvisioningConfiguration")

    configuration_set_type: ClassVar[str] = "WindowsProvisioningConfiguration"

    computer_name: str | None
    admin_password: str | None
    reset_password_on_first_logon: bool | None
    enable_automatic_updates: bool | None
    time_zone: str | None
    domain_join: DomainJoin
    stored_certificate_settings: list[CertificateSetting]
    win_rm: WinRM
    admin_username: str | None
    custom_data: str | None
    additional_unattend_content: AdditionalUnattendContent
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        computer_name: str | None = None,
        admin_password: str | None = None,
        reset_password_on_first_logon: bool | None = None,
        enable_automatic_updates: bool | None = None,
        time_zone: str | None = None,
        admin_username: str | None = None,
        custom_data: str | None = None,
        domain_join: DomainJoin | None = None,
        stored_certificate_settings: list[CertificateSetting] | None = None,
        win_rm: WinRM | None = None,
        additional_unattend_content: AdditionalUnattendContent | None = None,
    ) -> None:
        self.computer_name = computer_name
        self.admin_password = admin_password
        self.reset_password_on_first_logon = reset_password_on_first_logon
        self.enable_automatic_updates = enable_automatic_updates
        self.time_zone = time_zone
        self.domain_join = DomainJoin() if domain_join is None else domain_join
        self.stored_certificate_settings = (
            StoredCertificateSettings()
            if stored_certificate_settings is None
            else stored_certificate_settings
        )
        self.win_rm = WinRM() if win_rm is None else win_rm
        self.admin_username = admin_username
        self.custom_data = custom_data
        self.additional_unattend_content = (
            AdditionalUnattendContent()
            if additional_unattend_content is None
            else additional_unattend_content
        )
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "WindowsConfigurationSet("
            "computer_name="
            f"{self.computer_name!r}, "
            "admin_password="
            f"{'<secret>' if self.admin_password is not None else None}, "
            "reset_password_on_first_logon="
            f"{self.reset_password_on_first_logon!r}, "
            "enable_automatic_updates="
            f"{self.enable_automatic_updates!r}, "
            "time_zone="
            f"{self.time_zone!r}, "
            "domain_join="
            f"{self.domain_join!r}, "
            "stored_certificate_settings="
            f"{self.stored_certificate_settings!r}, "
            "win_rm="
            f"{self.win_rm!r}, "
            "admin_username="
            f"{self.admin_username!r}, "
            "custom_data="
            f"{'<secret>' if self.custom_data is not None else None}, "
            "additional_unattend_content="
            f"{self.additional_unattend_content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WindowsConfigurationSet):
            return NotImplemented
        return (
            self.computer_name == other.computer_name
            and self.admin_password == other.admin_password
            and self.reset_password_on_first_logon == other.reset_password_on_first_logon
            and self.enable_automatic_updates == other.enable_automatic_updates
            and self.time_zone == other.time_zone
            and self.domain_join == other.domain_join
            and self.stored_certificate_settings == other.stored_certificate_settings
            and self.win_rm == other.win_rm
            and self.admin_username == other.admin_username
            and self.custom_data == other.custom_data
            and self.additional_unattend_content == other.additional_unattend_content
        )


class DomainJoin(WindowsAzureData):
    """An Active Directory domain for a Windows virtual machine to join.

    Attributes:
        credentials: Account used to join the domain.
        join_domain: Domain to join.
        machine_object_ou: LDAP distinguished name of the organizational unit to create the
            computer account in.
        provisioning: Offline domain join: the provisioning data of a computer account created
            in advance (instead of `credentials`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "credentials",
        "join_domain",
        "machine_object_ou",
        "provisioning",
    )

    credentials: Credentials
    join_domain: str | None
    machine_object_ou: str | None
    provisioning: DomainJoinProvisioning
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        credentials: Credentials | None = None,
        join_domain: str | None = None,
        machine_object_ou: str | None = None,
        provisioning: DomainJoinProvisioning | None = None,
    ) -> None:
        self.credentials = Credentials() if credentials is None else credentials
        self.join_domain = join_domain
        self.machine_object_ou = machine_object_ou
        self.provisioning = DomainJoinProvisioning() if provisioning is None else provisioning
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DomainJoin("
            "credentials="
            f"{self.credentials!r}, "
            "join_domain="
            f"{self.join_domain!r}, "
            "machine_object_ou="
            f"{self.machine_object_ou!r}, "
            "provisioning="
            f"{self.provisioning!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DomainJoin):
            return NotImplemented
        return (
            self.credentials == other.credentials
            and self.join_domain == other.join_domain
            and self.machine_object_ou == other.machine_object_ou
            and self.provisioning == other.provisioning
        )


class DomainJoinProvisioning(WindowsAzureData):
    """Offline domain join data of a Windows virtual machine.

    Attributes:
        account_data: Base64 blob written by `djoin.exe /provision` for the computer account
            (holds its password).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("account_data",)

    account_data: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        account_data: str | None = None,
    ) -> None:
        self.account_data = account_data
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DomainJoinProvisioning("
            "account_data="
            f"{'<secret>' if self.account_data is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DomainJoinProvisioning):
            return NotImplemented
        return self.account_data == other.account_data


class Credentials(WindowsAzureData):
    """Domain account used to join a Windows virtual machine to a domain.

    Attributes:
        domain: Fully qualified DNS name of the account's domain.
        username: User allowed to join machines to the domain.
        password: Password of that user.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "domain",
        "username",
        "password",
    )

    domain: str | None
    username: str | None
    password: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        domain: str | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> None:
        self.domain = domain
        self.username = username
        self.password = password
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Credentials("
            "domain="
            f"{self.domain!r}, "
            "username="
            f"{self.username!r}, "
            "password="
            f"{'<secret>' if self.password is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return (
            self.domain == other.domain
            and self.username == other.username
            and self.password == other.password
        )


class CertificateSetting(WindowsAzureData):
    """A cloud service certificate to install in a certificate store of a Windows virtual machine.

    Attributes:
        store_location: Store location on the machine; only LocalMachine is supported.
        store_name: Store name, e.g. My.
        thumbprint: Thumbprint of a certificate already added to the cloud service.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "store_location",
        "store_name",
        "thumbprint",
    )

    store_location: str | None
    store_name: str | None
    thumbprint: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        thumbprint: str | None = None,
        store_name: str | None = None,
        store_location: str | None = None,
    ) -> None:
        self.store_location = store_location
        self.store_name = store_name
        self.thumbprint = thumbprint
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CertificateSetting("
            "store_location="
            f"{self.store_location!r}, "
            "store_name="
            f"{self.store_name!r}, "
            "thumbprint="
            f"{self.thumbprint!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CertificateSetting):
            return NotImplemented
        return (
            self.store_location == other.store_location
            and self.store_name == other.store_name
            and self.thumbprint == other.thumbprint
        )


class WinRM(WindowsAzureData):
    """Windows Remote Management configuration of a Windows virtual machine.

    Attributes:
        listeners: WinRM listeners to create.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("listeners",)

    listeners: list[Listener]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        listeners: list[Listener] | None = None,
    ) -> None:
        self.listeners = Listeners() if listeners is None else listeners
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"WinRM(listeners={self.listeners!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WinRM):
            return NotImplemented
        return self.listeners == other.listeners


class Listener(WindowsAzureData):
    """A WinRM listener (HTTP, or HTTPS with a certificate).

    Attributes:
        protocol: Http or Https.
        certificate_thumbprint: Service certificate for an Https listener; ASM generates a
            self-signed one when omitted.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "protocol",
        "certificate_thumbprint",
    )

    protocol: str | None
    certificate_thumbprint: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        protocol: str | None = None,
        certificate_thumbprint: str | None = None,
    ) -> None:
        self.protocol = protocol
        self.certificate_thumbprint = certificate_thumbprint
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Listener("
            "protocol="
            f"{self.protocol!r}, "
            "certificate_thumbprint="
            f"{self.certificate_thumbprint!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Listener):
            return NotImplemented
        return (
            self.protocol == other.protocol
            and self.certificate_thumbprint == other.certificate_thumbprint
        )


class AdditionalUnattendContent(WindowsAzureData):
    """Extra Unattend.xml content for Windows Setup, by setup pass.

    Attributes:
        passes: Setup passes with content to add.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("passes",)

    passes: list[UnattendPass]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        passes: list[UnattendPass] | None = None,
    ) -> None:
        self.passes = Passes() if passes is None else passes
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"AdditionalUnattendContent(passes={self.passes!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AdditionalUnattendContent):
            return NotImplemented
        return self.passes == other.passes


class UnattendPass(WindowsAzureData):
    """A Windows Setup pass and the unattend components to configure in it.

    Attributes:
        pass_name: Setup pass, e.g. oobeSystem.
        components: Components configured in this pass.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "pass_name",
        "components",
    )

    pass_name: str | None
    components: list[UnattendComponent]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        pass_name: str | None = None,
        components: list[UnattendComponent] | None = None,
    ) -> None:
        self.pass_name = pass_name
        self.components = Components() if components is None else components
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"UnattendPass(pass_name={self.pass_name!r}, components={self.components!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnattendPass):
            return NotImplemented
        return self.pass_name == other.pass_name and self.components == other.components


class UnattendComponent(WindowsAzureData):
    """An Unattend.xml component and its settings.

    Attributes:
        component_name: Component name, e.g. Microsoft-Windows-Shell-Setup.
        component_settings: Settings of the component.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "component_name",
        "component_settings",
    )

    component_name: str | None
    component_settings: list[ComponentSetting]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        component_name: str | None = None,
        component_settings: list[ComponentSetting] | None = None,
    ) -> None:
        self.component_name = component_name
        self.component_settings = (
            ComponentSettings() if component_settings is None else component_settings
        )
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UnattendComponent("
            "component_name="
            f"{self.component_name!r}, "
            "component_settings="
            f"{self.component_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnattendComponent):
            return NotImplemented
        return (
            self.component_name == other.component_name
            and self.component_settings == other.component_settings
        )


class ComponentSetting(WindowsAzureData):
    """One setting of an Unattend.xml component.

    Attributes:
        setting_name: Setting name, e.g. AutoLogon or FirstLogonCommands.
        content: XML content of the setting, base64-encoded by the caller (it may hold
            passwords).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "setting_name",
        "content",
    )

    setting_name: str | None
    content: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        setting_name: str | None = None,
        content: str | None = None,
    ) -> None:
        self.setting_name = setting_name
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ComponentSetting("
            "setting_name="
            f"{self.setting_name!r}, "
            "content="
            f"{'<secret>' if self.content is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ComponentSetting):
            return NotImplemented
        return self.setting_name == other.setting_name and self.content == other.content


class NetworkConfigurationSet(WindowsAzureData):
    """Network settings of a virtual machine: its input endpoints, virtual network subnets, static
    internal IP address and instance-level public IPs.

    Attributes:
        input_endpoints: Endpoints opened on the cloud service's virtual IP.
        subnet_names: Virtual network subnets of the machine (exactly one with a static IP
            address).
        static_virtual_network_ip_address: Fixed internal IP address of the machine in its
            subnet.
        network_security_group: Network security group to associate with the machine.
        public_ips: Instance-level public IP addresses, besides the service's virtual IP.
        network_interfaces: Secondary network interfaces (their number depends on the role
            size).
        ip_forwarding: `Enabled` when the machine may forward traffic not addressed to it
            (x-ms-version 2016-07-01 and later).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "input_endpoints",
        "subnet_names",
        "static_virtual_network_ip_address",
        "network_security_group",
        "public_ips",
        "network_interfaces",
        "ip_forwarding",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("configuration_set_type", "NetworkConfiguration")

    configuration_set_type: ClassVar[str] = "NetworkConfiguration"

    input_endpoints: list[ConfigurationSetInputEndpoint]
    subnet_names: list[str] | None
    static_virtual_network_ip_address: str | None
    network_security_group: str | None
    public_ips: list[PublicIP] | None
    network_interfaces: list[NetworkInterface] | None
    ip_forwarding: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        input_endpoints: list[ConfigurationSetInputEndpoint] | None = None,
        subnet_names: list[str] | None = None,
        static_virtual_network_ip_address: str | None = None,
        network_security_group: str | None = None,
        public_ips: list[PublicIP] | None = None,
        network_interfaces: list[NetworkInterface] | None = None,
        ip_forwarding: str | None = None,
    ) -> None:
        self.input_endpoints = (
            ConfigurationSetInputEndpoints() if input_endpoints is None else input_endpoints
        )
        self.subnet_names = subnet_names
        self.static_virtual_network_ip_address = static_virtual_network_ip_address
        self.network_security_group = network_security_group
        self.public_ips = public_ips
        self.network_interfaces = network_interfaces
        self.ip_forwarding = ip_forwarding
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkConfigurationSet("
            "input_endpoints="
            f"{self.input_endpoints!r}, "
            "subnet_names="
            f"{self.subnet_names!r}, "
            "static_virtual_network_ip_address="
            f"{self.static_virtual_network_ip_address!r}, "
            "network_security_group="
            f"{self.network_security_group!r}, "
            "public_ips="
            f"{self.public_ips!r}, "
            "network_interfaces="
            f"{self.network_interfaces!r}, "
            "ip_forwarding="
            f"{self.ip_forwarding!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkConfigurationSet):
            return NotImplemented
        return (
            self.input_endpoints == other.input_endpoints
            and self.subnet_names == other.subnet_names
            and self.static_virtual_network_ip_address == other.static_virtual_network_ip_address
            and self.network_security_group == other.network_security_group
            and self.public_ips == other.public_ips
            and self.network_interfaces == other.network_interfaces
            and self.ip_forwarding == other.ip_forwarding
        )


class ConfigurationSetInputEndpoint(WindowsAzureData):
    """An endpoint of a virtual machine: a public port of the cloud service forwarded to a local
    port, optionally load balanced over several machines with a probe.

    Attributes:
        load_balanced_endpoint_set_name: Load-balanced set shared by the same endpoint on
            several machines.
        local_port: Port the machine listens on.
        name: Name of the endpoint, unique within the machine.
        port: Public port on the cloud service's virtual IP.
        load_balancer_probe: Health probe of a load-balanced set.
        protocol: tcp or udp.
        vip: Virtual IP address of the endpoint (in responses).
        enable_direct_server_return: Direct server return (floating IP), e.g. for SQL Server
            AlwaysOn listeners.
        endpoint_acl: Rules permitting or denying remote subnets access to the endpoint.
        load_balancer_name: Internal load balancer serving the endpoint.
        idle_timeout_in_minutes: TCP idle timeout, 4 to 30 minutes.
        load_balancer_distribution: Load balancer affinity: sourceIP (2-tuple), sourceIPProtocol
            (3-tuple) or none (5-tuple hash, the default).
        virtual_ip_name: Name of the additional virtual IP of the cloud service the endpoint
            listens on (None: the default one).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "load_balanced_endpoint_set_name",
        "local_port",
        "name",
        "port",
        "load_balancer_probe",
        "protocol",
        "vip",
        "enable_direct_server_return",
        "endpoint_acl",
        "load_balancer_name",
        "idle_timeout_in_minutes",
        "load_balancer_distribution",
        "virtual_ip_name",
    )

    load_balanced_endpoint_set_name: str | None
    local_port: int | None
    name: str | None
    port: int | None
    load_balancer_probe: LoadBalancerProbe
    protocol: str | None
    vip: str | None
    enable_direct_server_return: bool | None
    endpoint_acl: EndpointAcl | None
    load_balancer_name: str | None
    idle_timeout_in_minutes: int | None
    load_balancer_distribution: str | None
    virtual_ip_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        protocol: str | None = None,
        port: int | None = None,
        local_port: int | None = None,
        load_balanced_endpoint_set_name: str | None = None,
        enable_direct_server_return: bool | None = False,
        idle_timeout_in_minutes: int | None = 4,
        load_balancer_probe: LoadBalancerProbe | None = None,
        vip: str | None = None,
        endpoint_acl: EndpointAcl | None = None,
        load_balancer_name: str | None = None,
        load_balancer_distribution: str | None = None,
        virtual_ip_name: str | None = None,
    ) -> None:
        self.load_balanced_endpoint_set_name = load_balanced_endpoint_set_name
        self.local_port = local_port
        self.name = name
        self.port = port
        self.load_balancer_probe = (
            LoadBalancerProbe() if load_balancer_probe is None else load_balancer_probe
        )
        self.protocol = protocol
        self.vip = vip
        self.enable_direct_server_return = enable_direct_server_return
        self.endpoint_acl = endpoint_acl
        self.load_balancer_name = load_balancer_name
        self.idle_timeout_in_minutes = idle_timeout_in_minutes
        self.load_balancer_distribution = load_balancer_distribution
        self.virtual_ip_name = virtual_ip_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ConfigurationSetInputEndpoint("
            "load_balanced_endpoint_set_name="
            f"{self.load_balanced_endpoint_set_name!r}, "
            "local_port="
            f"{self.local_port!r}, "
            "name="
            f"{self.name!r}, "
            "port="
            f"{self.port!r}, "
            "load_balancer_probe="
            f"{self.load_balancer_probe!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "vip="
            f"{self.vip!r}, "
            "enable_direct_server_return="
            f"{self.enable_direct_server_return!r}, "
            "endpoint_acl="
            f"{self.endpoint_acl!r}, "
            "load_balancer_name="
            f"{self.load_balancer_name!r}, "
            "idle_timeout_in_minutes="
            f"{self.idle_timeout_in_minutes!r}, "
            "load_balancer_distribution="
            f"{self.load_balancer_distribution!r}, "
            "virtual_ip_name="
            f"{self.virtual_ip_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConfigurationSetInputEndpoint):
            return NotImplemented
        return (
            self.load_balanced_endpoint_set_name == other.load_balanced_endpoint_set_name
            and self.local_port == other.local_port
            and self.name == other.name
            and self.port == other.port
            and self.load_balancer_probe == other.load_balancer_probe
            and self.protocol == other.protocol
            and self.vip == other.vip
            and self.enable_direct_server_return == other.enable_direct_server_return
            and self.endpoint_acl == other.endpoint_acl
            and self.load_balancer_name == other.load_balancer_name
            and self.idle_timeout_in_minutes == other.idle_timeout_in_minutes
            and self.load_balancer_distribution == other.load_balancer_distribution
            and self.virtual_ip_name == other.virtual_ip_name
        )


class LoadBalancerProbe(WindowsAzureData):
    """Health probe that takes a machine out of a load-balanced set when it fails.

    Attributes:
        path: URL path probed over HTTP (HTTP probes only).
        port: Port probed.
        protocol: TCP or HTTP.
        interval_in_seconds: Seconds between probes (ASM's default is 15).
        timeout_in_seconds: Seconds without answer before the machine is taken out (ASM's
            default is 31).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "path",
        "port",
        "protocol",
        "interval_in_seconds",
        "timeout_in_seconds",
    )

    path: str | None
    port: int | None
    protocol: str | None
    interval_in_seconds: int | None
    timeout_in_seconds: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        path: str | None = None,
        port: int | None = None,
        protocol: str | None = None,
        interval_in_seconds: int | None = None,
        timeout_in_seconds: int | None = None,
    ) -> None:
        self.path = path
        self.port = port
        self.protocol = protocol
        self.interval_in_seconds = interval_in_seconds
        self.timeout_in_seconds = timeout_in_seconds
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LoadBalancerProbe("
            "path="
            f"{self.path!r}, "
            "port="
            f"{self.port!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "interval_in_seconds="
            f"{self.interval_in_seconds!r}, "
            "timeout_in_seconds="
            f"{self.timeout_in_seconds!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoadBalancerProbe):
            return NotImplemented
        return (
            self.path == other.path
            and self.port == other.port
            and self.protocol == other.protocol
            and self.interval_in_seconds == other.interval_in_seconds
            and self.timeout_in_seconds == other.timeout_in_seconds
        )


class EndpointAcl(WindowsAzureData):
    """Access control list of an endpoint.

    Attributes:
        rules: Rules, applied by increasing order.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("rules",)

    rules: list[AclRule] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        rules: list[AclRule] | None = None,
    ) -> None:
        self.rules = rules
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"EndpointAcl(rules={self.rules!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EndpointAcl):
            return NotImplemented
        return self.rules == other.rules


class AclRule(WindowsAzureData):
    """One access control rule of an endpoint.

    Attributes:
        order: Priority of the rule; lower values are applied first.
        action: permit or deny.
        remote_subnet: Remote subnet in CIDR notation.
        description: Description of the rule.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "order",
        "action",
        "remote_subnet",
        "description",
    )

    order: int | None
    action: str | None
    remote_subnet: str | None
    description: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        order: int | None = None,
        action: str | None = None,
        remote_subnet: str | None = None,
        description: str | None = None,
    ) -> None:
        self.order = order
        self.action = action
        self.remote_subnet = remote_subnet
        self.description = description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AclRule("
            "order="
            f"{self.order!r}, "
            "action="
            f"{self.action!r}, "
            "remote_subnet="
            f"{self.remote_subnet!r}, "
            "description="
            f"{self.description!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AclRule):
            return NotImplemented
        return (
            self.order == other.order
            and self.action == other.action
            and self.remote_subnet == other.remote_subnet
            and self.description == other.description
        )


class PublicIP(WindowsAzureData):
    """An instance-level public IP address of a virtual machine (requested in the network set,
    reported with its address on role instances).

    Attributes:
        name: Name of the public IP.
        address: The assigned address (in responses).
        idle_timeout_in_minutes: TCP idle timeout, 4 to 30 minutes.
        domain_name_label: DNS label that gives the address a host name.
        fqdns: Host names of the address (in responses).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address",
        "idle_timeout_in_minutes",
        "domain_name_label",
        "fqdns",
    )

    name: str | None
    address: str | None
    idle_timeout_in_minutes: int | None
    domain_name_label: str | None
    fqdns: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address: str | None = None,
        idle_timeout_in_minutes: int | None = 4,
        domain_name_label: str | None = None,
        fqdns: list[str] | None = None,
    ) -> None:
        self.name = name
        self.address = address
        self.idle_timeout_in_minutes = idle_timeout_in_minutes
        self.domain_name_label = domain_name_label
        self.fqdns = fqdns
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "PublicIP("
            "name="
            f"{self.name!r}, "
            "address="
            f"{self.address!r}, "
            "idle_timeout_in_minutes="
            f"{self.idle_timeout_in_minutes!r}, "
            "domain_name_label="
            f"{self.domain_name_label!r}, "
            "fqdns="
            f"{self.fqdns!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublicIP):
            return NotImplemented
        return (
            self.name == other.name
            and self.address == other.address
            and self.idle_timeout_in_minutes == other.idle_timeout_in_minutes
            and self.domain_name_label == other.domain_name_label
            and self.fqdns == other.fqdns
        )


class NetworkInterface(WindowsAzureData):
    """A secondary network interface of a virtual machine, as configured.

    Attributes:
        name: Name of the interface.
        ip_configurations: Subnet and address of the interface.
        network_security_group: Network security group of the interface (x-ms-version 2016-07-01
            and later).
        ip_forwarding: `Enabled` when the interface may forward traffic not addressed to it
            (x-ms-version 2016-07-01 and later).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "ip_configurations",
        "network_security_group",
        "ip_forwarding",
    )

    name: str | None
    ip_configurations: list[NetworkInterfaceIPConfiguration] | None
    network_security_group: str | None
    ip_forwarding: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        ip_configurations: list[NetworkInterfaceIPConfiguration] | None = None,
        network_security_group: str | None = None,
        ip_forwarding: str | None = None,
    ) -> None:
        self.name = name
        self.ip_configurations = ip_configurations
        self.network_security_group = network_security_group
        self.ip_forwarding = ip_forwarding
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkInterface("
            "name="
            f"{self.name!r}, "
            "ip_configurations="
            f"{self.ip_configurations!r}, "
            "network_security_group="
            f"{self.network_security_group!r}, "
            "ip_forwarding="
            f"{self.ip_forwarding!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkInterface):
            return NotImplemented
        return (
            self.name == other.name
            and self.ip_configurations == other.ip_configurations
            and self.network_security_group == other.network_security_group
            and self.ip_forwarding == other.ip_forwarding
        )


class NetworkInterfaceIPConfiguration(WindowsAzureData):
    """Subnet and static address of a secondary network interface.

    Attributes:
        subnet_name: Subnet of the interface.
        static_virtual_network_ip_address: Fixed address of the interface in the subnet.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "subnet_name",
        "static_virtual_network_ip_address",
    )

    subnet_name: str | None
    static_virtual_network_ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        subnet_name: str | None = None,
        static_virtual_network_ip_address: str | None = None,
    ) -> None:
        self.subnet_name = subnet_name
        self.static_virtual_network_ip_address = static_virtual_network_ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NetworkInterfaceIPConfiguration("
            "subnet_name="
            f"{self.subnet_name!r}, "
            "static_virtual_network_ip_address="
            f"{self.static_virtual_network_ip_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NetworkInterfaceIPConfiguration):
            return NotImplemented
        return (
            self.subnet_name == other.subnet_name
            and self.static_virtual_network_ip_address == other.static_virtual_network_ip_address
        )


class OSVirtualHardDisk(WindowsAzureData):
    """The operating system disk of a virtual machine: created from an image (`source_image_name`
    or `remote_source_image_link`, VHD written to `media_link`) or an existing disk
    (`disk_name`).

    Attributes:
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        disk_label: Label of a disk created for the machine.
        disk_name: Name of an existing disk to use, or of the disk ASM created.
        media_link: Blob URL where the VHD of a new disk is written.
        source_image_name: OS image (platform or user) the disk is created from.
        os: Linux or Windows.
        remote_source_image_link: Public or SAS URL of a VHD image elsewhere to create the disk
            from.
        resized_size_in_gb: Grow the disk created from the image to this size, in GB.
        io_type: Storage kind of the VHD (Standard or Provisioned), in responses.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_caching",
        "disk_label",
        "disk_name",
        "media_link",
        "source_image_name",
        "os",
        "remote_source_image_link",
        "resized_size_in_gb",
        "io_type",
    )

    host_caching: str | None
    disk_label: str | None
    disk_name: str | None
    media_link: str | None
    source_image_name: str | None
    os: str | None
    remote_source_image_link: str | None
    resized_size_in_gb: int | None
    io_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        source_image_name: str | None = None,
        media_link: str | None = None,
        host_caching: str | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        os: str | None = None,
        remote_source_image_link: str | None = None,
        resized_size_in_gb: int | None = None,
        io_type: str | None = None,
    ) -> None:
        self.host_caching = host_caching
        self.disk_label = disk_label
        self.disk_name = disk_name
        self.media_link = media_link
        self.source_image_name = source_image_name
        self.os = os
        self.remote_source_image_link = remote_source_image_link
        self.resized_size_in_gb = resized_size_in_gb
        self.io_type = io_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OSVirtualHardDisk("
            "host_caching="
            f"{self.host_caching!r}, "
            "disk_label="
            f"{self.disk_label!r}, "
            "disk_name="
            f"{self.disk_name!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "source_image_name="
            f"{self.source_image_name!r}, "
            "os="
            f"{self.os!r}, "
            "remote_source_image_link="
            f"{self.remote_source_image_link!r}, "
            "resized_size_in_gb="
            f"{self.resized_size_in_gb!r}, "
            "io_type="
            f"{self.io_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OSVirtualHardDisk):
            return NotImplemented
        return (
            self.host_caching == other.host_caching
            and self.disk_label == other.disk_label
            and self.disk_name == other.disk_name
            and self.media_link == other.media_link
            and self.source_image_name == other.source_image_name
            and self.os == other.os
            and self.remote_source_image_link == other.remote_source_image_link
            and self.resized_size_in_gb == other.resized_size_in_gb
            and self.io_type == other.io_type
        )


class DataVirtualHardDisk(WindowsAzureData):
    """A data disk of a virtual machine: an existing disk (`disk_name`), an existing VHD
    (`source_media_link`) or a new empty disk (`logical_disk_size_in_gb`, VHD at `media_link`).

    Attributes:
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        disk_label: Label of a new disk.
        disk_name: Name of an existing disk to attach.
        lun: Logical unit number of the disk, 0 to 31.
        logical_disk_size_in_gb: Size of a new empty disk, in GB.
        media_link: Blob URL of the VHD of a new disk.
        source_media_link: Blob URL of an existing VHD to register as a disk and attach.
        io_type: Storage kind of the VHD (Standard or Provisioned), in responses.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_caching",
        "disk_label",
        "disk_name",
        "lun",
        "logical_disk_size_in_gb",
        "media_link",
        "source_media_link",
        "io_type",
    )

    host_caching: str | None
    disk_label: str | None
    disk_name: str | None
    lun: int | None
    logical_disk_size_in_gb: int | None
    media_link: str | None
    source_media_link: str | None
    io_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        media_link: str | None = None,
        host_caching: str | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        lun: int | None = 0,
        logical_disk_size_in_gb: int | None = None,
        source_media_link: str | None = None,
        io_type: str | None = None,
    ) -> None:
        self.host_caching = host_caching
        self.disk_label = disk_label
        self.disk_name = disk_name
        self.lun = lun
        self.logical_disk_size_in_gb = logical_disk_size_in_gb
        self.media_link = media_link
        self.source_media_link = source_media_link
        self.io_type = io_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DataVirtualHardDisk("
            "host_caching="
            f"{self.host_caching!r}, "
            "disk_label="
            f"{self.disk_label!r}, "
            "disk_name="
            f"{self.disk_name!r}, "
            "lun="
            f"{self.lun!r}, "
            "logical_disk_size_in_gb="
            f"{self.logical_disk_size_in_gb!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "source_media_link="
            f"{self.source_media_link!r}, "
            "io_type="
            f"{self.io_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataVirtualHardDisk):
            return NotImplemented
        return (
            self.host_caching == other.host_caching
            and self.disk_label == other.disk_label
            and self.disk_name == other.disk_name
            and self.lun == other.lun
            and self.logical_disk_size_in_gb == other.logical_disk_size_in_gb
            and self.media_link == other.media_link
            and self.source_media_link == other.source_media_link
            and self.io_type == other.io_type
        )


class ResourceExtensionReference(WindowsAzureData):
    """A VM extension to install on a virtual machine, with its parameters.

    Attributes:
        reference_name: Name of this reference, unique within the machine.
        publisher: Publisher of the extension (see list_resource_extensions).
        name: Name of the extension.
        version: Version of the extension, e.g. 1.* for the latest 1.x.
        resource_extension_parameter_values: Public and private configuration of the extension.
        state: Enable, Disable or Uninstall.
        force_update: Reapply the extension even if its configuration did not change.
        certificates: Service certificates the extension needs.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "reference_name",
        "publisher",
        "name",
        "version",
        "resource_extension_parameter_values",
        "state",
        "force_update",
        "certificates",
    )

    reference_name: str | None
    publisher: str | None
    name: str | None
    version: str | None
    resource_extension_parameter_values: list[ResourceExtensionParameterValue]
    state: str | None
    force_update: bool | None
    certificates: list[ResourceExtensionCertificate]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        reference_name: str | None = None,
        publisher: str | None = None,
        name: str | None = None,
        version: str | None = None,
        resource_extension_parameter_values: list[ResourceExtensionParameterValue] | None = None,
        state: str | None = None,
        force_update: bool | None = None,
        certificates: list[ResourceExtensionCertificate] | None = None,
    ) -> None:
        self.reference_name = reference_name
        self.publisher = publisher
        self.name = name
        self.version = version
        self.resource_extension_parameter_values = (
            ResourceExtensionParameterValues()
            if resource_extension_parameter_values is None
            else resource_extension_parameter_values
        )
        self.state = state
        self.force_update = force_update
        self.certificates = [] if certificates is None else certificates
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ResourceExtensionReference("
            "reference_name="
            f"{self.reference_name!r}, "
            "publisher="
            f"{self.publisher!r}, "
            "name="
            f"{self.name!r}, "
            "version="
            f"{self.version!r}, "
            "resource_extension_parameter_values="
            f"{self.resource_extension_parameter_values!r}, "
            "state="
            f"{self.state!r}, "
            "force_update="
            f"{self.force_update!r}, "
            "certificates="
            f"{self.certificates!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceExtensionReference):
            return NotImplemented
        return (
            self.reference_name == other.reference_name
            and self.publisher == other.publisher
            and self.name == other.name
            and self.version == other.version
            and self.resource_extension_parameter_values
            == other.resource_extension_parameter_values
            and self.state == other.state
            and self.force_update == other.force_update
            and self.certificates == other.certificates
        )


class ResourceExtensionParameterValue(WindowsAzureData):
    """A configuration value of a VM extension.

    Attributes:
        key: Name of the parameter.
        value: Value of the parameter, base64-encoded by the caller (JSON configuration for most
            extensions).
        type: Public, or Private for values ASM never returns (passwords, keys).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "key",
        "value",
        "type",
    )

    key: str | None
    value: str | None
    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        key: str | None = None,
        value: str | None = None,
        type: str | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ResourceExtensionParameterValue("
            "key="
            f"{self.key!r}, "
            "value="
            f"{'<secret>' if self.value is not None else None}, "
            "type="
            f"{self.type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceExtensionParameterValue):
            return NotImplemented
        return self.key == other.key and self.value == other.value and self.type == other.type


class ResourceExtensionCertificate(WindowsAzureData):
    """A cloud service certificate used by a VM extension.

    Attributes:
        thumbprint: Thumbprint of the certificate.
        thumbprint_algorithm: Algorithm of the thumbprint, e.g. sha1.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "thumbprint",
        "thumbprint_algorithm",
    )

    thumbprint: str | None
    thumbprint_algorithm: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        thumbprint: str | None = None,
        thumbprint_algorithm: str | None = None,
    ) -> None:
        self.thumbprint = thumbprint
        self.thumbprint_algorithm = thumbprint_algorithm
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ResourceExtensionCertificate("
            "thumbprint="
            f"{self.thumbprint!r}, "
            "thumbprint_algorithm="
            f"{self.thumbprint_algorithm!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceExtensionCertificate):
            return NotImplemented
        return (
            self.thumbprint == other.thumbprint
            and self.thumbprint_algorithm == other.thumbprint_algorithm
        )


class VMImageInput(WindowsAzureData):
    """Disk sizes chosen for a machine created from a VM image.

    Attributes:
        os_disk_configuration: Size of the OS disk.
        data_disk_configurations: Sizes of the data disks.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "os_disk_configuration",
        "data_disk_configurations",
    )

    os_disk_configuration: VMImageInputOSDisk | None
    data_disk_configurations: list[VMImageInputDataDisk] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        os_disk_configuration: VMImageInputOSDisk | None = None,
        data_disk_configurations: list[VMImageInputDataDisk] | None = None,
    ) -> None:
        self.os_disk_configuration = os_disk_configuration
        self.data_disk_configurations = data_disk_configurations
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VMImageInput("
            "os_disk_configuration="
            f"{self.os_disk_configuration!r}, "
            "data_disk_configurations="
            f"{self.data_disk_configurations!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VMImageInput):
            return NotImplemented
        return (
            self.os_disk_configuration == other.os_disk_configuration
            and self.data_disk_configurations == other.data_disk_configurations
        )


class VMImageInputOSDisk(WindowsAzureData):
    """The size chosen for the OS disk of a machine created from a VM image.

    Attributes:
        resized_size_in_gb: New size of the disk in GB.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("resized_size_in_gb",)

    resized_size_in_gb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        resized_size_in_gb: int | None = None,
    ) -> None:
        self.resized_size_in_gb = resized_size_in_gb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"VMImageInputOSDisk(resized_size_in_gb={self.resized_size_in_gb!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VMImageInputOSDisk):
            return NotImplemented
        return self.resized_size_in_gb == other.resized_size_in_gb


class VMImageInputDataDisk(WindowsAzureData):
    """The size chosen for a data disk of a machine created from a VM image.

    Attributes:
        name: Name of the image's data disk configuration.
        resized_size_in_gb: New size of the disk in GB.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "resized_size_in_gb",
    )

    name: str | None
    resized_size_in_gb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        resized_size_in_gb: int | None = None,
    ) -> None:
        self.name = name
        self.resized_size_in_gb = resized_size_in_gb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VMImageInputDataDisk("
            "name="
            f"{self.name!r}, "
            "resized_size_in_gb="
            f"{self.resized_size_in_gb!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VMImageInputDataDisk):
            return NotImplemented
        return self.name == other.name and self.resized_size_in_gb == other.resized_size_in_gb


class DebugSettings(WindowsAzureData):
    """Boot diagnostics of a virtual machine.

    Attributes:
        boot_diagnostics_enabled: Whether boot diagnostics are collected.
        console_screenshot_blob_uri: Blob URL of the latest console screenshot.
        serial_output_blob_uri: Blob URL of the serial console output.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "boot_diagnostics_enabled",
        "console_screenshot_blob_uri",
        "serial_output_blob_uri",
    )

    boot_diagnostics_enabled: bool | None
    console_screenshot_blob_uri: str | None
    serial_output_blob_uri: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        boot_diagnostics_enabled: bool | None = None,
        console_screenshot_blob_uri: str | None = None,
        serial_output_blob_uri: str | None = None,
    ) -> None:
        self.boot_diagnostics_enabled = boot_diagnostics_enabled
        self.console_screenshot_blob_uri = console_screenshot_blob_uri
        self.serial_output_blob_uri = serial_output_blob_uri
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DebugSettings("
            "boot_diagnostics_enabled="
            f"{self.boot_diagnostics_enabled!r}, "
            "console_screenshot_blob_uri="
            f"{self.console_screenshot_blob_uri!r}, "
            "serial_output_blob_uri="
            f"{self.serial_output_blob_uri!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DebugSettings):
            return NotImplemented
        return (
            self.boot_diagnostics_enabled == other.boot_diagnostics_enabled
            and self.console_screenshot_blob_uri == other.console_screenshot_blob_uri
            and self.serial_output_blob_uri == other.serial_output_blob_uri
        )


class RouteTable(WindowsAzureData):
    """A route table. Also the body of create_route_table, which sends its name, label and
    location.

    Attributes:
        name: Name of the table.
        label: Friendly name of the table.
        location: Location of the table.
        route_table_state: State of the table, e.g. `Created` (in responses).
        route_list: Routes of the table (get with `detail_level='Full'` only).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "location",
        "route_table_state",
        "route_list",
    )

    name: str | None
    label: str | None
    location: str | None
    route_table_state: str | None
    route_list: list[Route] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        location: str | None = None,
        route_table_state: str | None = None,
        route_list: list[Route] | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.location = location
        self.route_table_state = route_table_state
        self.route_list = route_list
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RouteTable("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "location="
            f"{self.location!r}, "
            "route_table_state="
            f"{self.route_table_state!r}, "
            "route_list="
            f"{self.route_list!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RouteTable):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.location == other.location
            and self.route_table_state == other.route_table_state
            and self.route_list == other.route_list
        )


class Route(WindowsAzureData):
    """A route of a route table. Also the body of set_route, which sends its name, address prefix
    and next hop.

    Attributes:
        name: Name of the route.
        address_prefix: Destination addresses, in CIDR notation.
        next_hop_type: `VirtualAppliance`, `VPNGateway`, `VNETLocal`, `Internet` or `Null`.
        next_hop_ip_address: Address of the virtual appliance.
        metric: Metric of the route (in responses).
        state: State of the route, e.g. `Created` (in responses).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "address_prefix",
        "next_hop_type",
        "next_hop_ip_address",
        "metric",
        "state",
    )

    name: str | None
    address_prefix: str | None
    next_hop_type: str | None
    next_hop_ip_address: str | None
    metric: int | None
    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        address_prefix: str | None = None,
        next_hop_type: str | None = None,
        next_hop_ip_address: str | None = None,
        metric: int | None = None,
        state: str | None = None,
    ) -> None:
        self.name = name
        self.address_prefix = address_prefix
        self.next_hop_type = next_hop_type
        self.next_hop_ip_address = next_hop_ip_address
        self.metric = metric
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Route("
            "name="
            f"{self.name!r}, "
            "address_prefix="
            f"{self.address_prefix!r}, "
            "next_hop_type="
            f"{self.next_hop_type!r}, "
            "next_hop_ip_address="
            f"{self.next_hop_ip_address!r}, "
            "metric="
            f"{self.metric!r}, "
            "state="
            f"{self.state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Route):
            return NotImplemented
        return (
            self.name == other.name
            and self.address_prefix == other.address_prefix
            and self.next_hop_type == other.next_hop_type
            and self.next_hop_ip_address == other.next_hop_ip_address
            and self.metric == other.metric
            and self.state == other.state
        )


class RouteTableAssociation(WindowsAzureData):
    """The route table of a subnet; also the body of add_route_table_to_subnet.

    Attributes:
        route_table_name: Name of the route table.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("route_table_name",)

    route_table_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        route_table_name: str | None = None,
    ) -> None:
        self.route_table_name = route_table_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RouteTableAssociation(route_table_name={self.route_table_name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RouteTableAssociation):
            return NotImplemented
        return self.route_table_name == other.route_table_name


class EffectiveRouteTable(WindowsAzureData):
    """The routes in effect for a role instance or one of its network interfaces.

    Attributes:
        effective_routes: The routes.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("effective_routes",)

    effective_routes: list[EffectiveRoute] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        effective_routes: list[EffectiveRoute] | None = None,
    ) -> None:
        self.effective_routes = effective_routes
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"EffectiveRouteTable(effective_routes={self.effective_routes!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EffectiveRouteTable):
            return NotImplemented
        return self.effective_routes == other.effective_routes


class EffectiveRoute(WindowsAzureData):
    """A route in effect, and where it comes from.

    Attributes:
        name: Name of the route (of a user route).
        source: `Default` (a system route) or `User` (a route table's).
        status: `Active` or `Invalid`.
        address_prefixes: Destination addresses, in CIDR notation.
        next_hop_type: Kind of next hop, e.g. `VNETLocal` or `Internet`.
        next_hop_ip_addresses: Addresses of the next hop (virtual appliances).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "source",
        "status",
        "address_prefixes",
        "next_hop_type",
        "next_hop_ip_addresses",
    )

    name: str | None
    source: str | None
    status: str | None
    address_prefixes: list[str] | None
    next_hop_type: str | None
    next_hop_ip_addresses: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        source: str | None = None,
        status: str | None = None,
        address_prefixes: list[str] | None = None,
        next_hop_type: str | None = None,
        next_hop_ip_addresses: list[str] | None = None,
    ) -> None:
        self.name = name
        self.source = source
        self.status = status
        self.address_prefixes = address_prefixes
        self.next_hop_type = next_hop_type
        self.next_hop_ip_addresses = next_hop_ip_addresses
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "EffectiveRoute("
            "name="
            f"{self.name!r}, "
            "source="
            f"{self.source!r}, "
            "status="
            f"{self.status!r}, "
            "address_prefixes="
            f"{self.address_prefixes!r}, "
            "next_hop_type="
            f"{self.next_hop_type!r}, "
            "next_hop_ip_addresses="
            f"{self.next_hop_ip_addresses!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EffectiveRoute):
            return NotImplemented
        return (
            self.name == other.name
            and self.source == other.source
            and self.status == other.status
            and self.address_prefixes == other.address_prefixes
            and self.next_hop_type == other.next_hop_type
            and self.next_hop_ip_addresses == other.next_hop_ip_addresses
        )


class CreateCloudService(WindowsAzureData):
    """The body of `create_cloud_service` (the label is plain text here, not base64).

    Attributes:
        label: Label of the cloud service.
        description: Description of the cloud service (may be empty).
        geo_region: Region of the cloud service.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "description",
        "geo_region",
    )

    label: str | None
    description: str | None
    geo_region: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        label: str | None = None,
        description: str | None = None,
        geo_region: str | None = None,
    ) -> None:
        self.label = label
        self.description = description
        self.geo_region = geo_region
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateCloudService("
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "geo_region="
            f"{self.geo_region!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateCloudService):
            return NotImplemented
        return (
            self.label == other.label
            and self.description == other.description
            and self.geo_region == other.geo_region
        )


class CloudService(WindowsAzureData):
    """A cloud service of the resource-provider API and the resources (job collections) in it.

    Attributes:
        name: Name of the cloud service.
        label: Label of the cloud service (plain text).
        description: Description of the cloud service.
        geo_region: Region of the cloud service.
        resources: Resources in the cloud service (Scheduler job collections, ...).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "description",
        "geo_region",
        "resources",
    )

    name: str | None
    label: str | None
    description: str | None
    geo_region: str | None
    resources: list[Resource]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        description: str | None = None,
        geo_region: str | None = None,
        resources: list[Resource] | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.description = description
        self.geo_region = geo_region
        self.resources = Resources() if resources is None else resources
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CloudService("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "description="
            f"{self.description!r}, "
            "geo_region="
            f"{self.geo_region!r}, "
            "resources="
            f"{self.resources!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CloudService):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.description == other.description
            and self.geo_region == other.geo_region
            and self.resources == other.resources
        )


class Resource(WindowsAzureData):
    """A resource of a cloud service; for the Scheduler, a job collection (`Type`
    `jobcollections`).

    Attributes:
        resource_provider_namespace: Provider of the resource (`Scheduler`).
        type: Kind of resource (`jobcollections`).
        name: Name of the resource.
        label: Label of the resource.
        schema_version: Version of the resource's settings schema.
        e_tag: Entity tag of the resource's current version.
        state: State of the resource (`Started`, `Suspended`, ...).
        sub_state: Finer state, when the provider gives one.
        intrinsic_settings: Plan and quota of the job collection.
        operation_status: Outcome of the last operation on the resource.
        cloud_service_settings: Settings inherited from the cloud service.
        promotion_code: Promotion code applied, if any.
        plan: Plan of a Store add-on (`free`, ...).
        usage_meters: Usage of a Store add-on against its plan's allowances.
        output_items: Settings a Store add-on gives its users (connection strings, user names,
            ...).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "resource_provider_namespace",
        "type",
        "name",
        "label",
        "schema_version",
        "e_tag",
        "state",
        "sub_state",
        "intrinsic_settings",
        "operation_status",
        "cloud_service_settings",
        "promotion_code",
        "plan",
        "usage_meters",
        "output_items",
    )

    resource_provider_namespace: str | None
    type: str | None
    name: str | None
    label: str | None
    schema_version: str | None
    e_tag: str | None
    state: str | None
    sub_state: str | None
    intrinsic_settings: IntrinsicSettings
    operation_status: ResourceOperationStatus
    cloud_service_settings: CloudServiceSettings | None
    promotion_code: str | None
    plan: str | None
    usage_meters: list[UsageMeter] | None
    output_items: list[OutputItem] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        resource_provider_namespace: str | None = None,
        type: str | None = None,
        name: str | None = None,
        label: str | None = None,
        schema_version: str | None = None,
        e_tag: str | None = None,
        state: str | None = None,
        sub_state: str | None = None,
        intrinsic_settings: IntrinsicSettings | None = None,
        operation_status: ResourceOperationStatus | None = None,
        cloud_service_settings: CloudServiceSettings | None = None,
        promotion_code: str | None = None,
        plan: str | None = None,
        usage_meters: list[UsageMeter] | None = None,
        output_items: list[OutputItem] | None = None,
    ) -> None:
        self.resource_provider_namespace = resource_provider_namespace
        self.type = type
        self.name = name
        self.label = label
        self.schema_version = schema_version
        self.e_tag = e_tag
        self.state = state
        self.sub_state = sub_state
        self.intrinsic_settings = (
            IntrinsicSettings() if intrinsic_settings is None else intrinsic_settings
        )
        self.operation_status = (
            ResourceOperationStatus() if operation_status is None else operation_status
        )
        self.cloud_service_settings = cloud_service_settings
        self.promotion_code = promotion_code
        self.plan = plan
        self.usage_meters = usage_meters
        self.output_items = output_items
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Resource("
            "resource_provider_namespace="
            f"{self.resource_provider_namespace!r}, "
            "type="
            f"{self.type!r}, "
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "schema_version="
            f"{self.schema_version!r}, "
            "e_tag="
            f"{self.e_tag!r}, "
            "state="
            f"{self.state!r}, "
            "sub_state="
            f"{self.sub_state!r}, "
            "intrinsic_settings="
            f"{self.intrinsic_settings!r}, "
            "operation_status="
            f"{self.operation_status!r}, "
            "cloud_service_settings="
            f"{self.cloud_service_settings!r}, "
            "promotion_code="
            f"{self.promotion_code!r}, "
            "plan="
            f"{self.plan!r}, "
            "usage_meters="
            f"{self.usage_meters!r}, "
            "output_items="
            f"{self.output_items!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Resource):
            return NotImplemented
        return (
            self.resource_provider_namespace == other.resource_provider_namespace
            and self.type == other.type
            and self.name == other.name
            and self.label == other.label
            and self.schema_version == other.schema_version
            and self.e_tag == other.e_tag
            and self.state == other.state
            and self.sub_state == other.sub_state
            and self.intrinsic_settings == other.intrinsic_settings
            and self.operation_status == other.operation_status
            and self.cloud_service_settings == other.cloud_service_settings
            and self.promotion_code == other.promotion_code
            and self.plan == other.plan
            and self.usage_meters == other.usage_meters
            and self.output_items == other.output_items
        )


class UsageMeter(WindowsAzureData):
    """The usage of one allowance of a Store add-on's plan.

    Attributes:
        name: What is measured (`Emails`, ...).
        unit: Unit of the measure.
        included: Allowance of the plan.
        used: Amount used so far.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "unit",
        "included",
        "used",
    )

    name: str | None
    unit: str | None
    included: str | None
    used: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        unit: str | None = None,
        included: str | None = None,
        used: str | None = None,
    ) -> None:
        self.name = name
        self.unit = unit
        self.included = included
        self.used = used
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UsageMeter("
            "name="
            f"{self.name!r}, "
            "unit="
            f"{self.unit!r}, "
            "included="
            f"{self.included!r}, "
            "used="
            f"{self.used!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UsageMeter):
            return NotImplemented
        return (
            self.name == other.name
            and self.unit == other.unit
            and self.included == other.included
            and self.used == other.used
        )


class OutputItem(WindowsAzureData):
    """A setting a Store add-on gives its users.

    Attributes:
        key: Name of the setting.
        value: Value of the setting.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "key",
        "value",
    )

    key: str | None
    value: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        key: str | None = None,
        value: str | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"OutputItem(key={self.key!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OutputItem):
            return NotImplemented
        return self.key == other.key and self.value == other.value


class IntrinsicSettings(WindowsAzureData):
    """The plan and quota of a job collection.

    Attributes:
        plan: Plan of the collection: `Free` or `Standard` (or `Premium`).
        quota: Limits of the collection.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "plan",
        "quota",
    )

    plan: str | None
    quota: JobCollectionQuota
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        plan: str | None = None,
        quota: JobCollectionQuota | None = None,
    ) -> None:
        self.plan = plan
        self.quota = JobCollectionQuota() if quota is None else quota
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"IntrinsicSettings(plan={self.plan!r}, quota={self.quota!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IntrinsicSettings):
            return NotImplemented
        return self.plan == other.plan and self.quota == other.quota


class JobCollectionQuota(WindowsAzureData):
    """The limits of a job collection.

    Attributes:
        max_job_count: Most jobs the collection may hold.
        max_job_occurrence: Most occurrences any job may run.
        max_recurrence: Most frequent recurrence a job of the collection may have.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "max_job_count",
        "max_job_occurrence",
        "max_recurrence",
    )

    max_job_count: int | None
    max_job_occurrence: int | None
    max_recurrence: MaxRecurrence
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        max_job_count: int | None = None,
        max_job_occurrence: int | None = None,
        max_recurrence: MaxRecurrence | None = None,
    ) -> None:
        self.max_job_count = max_job_count
        self.max_job_occurrence = max_job_occurrence
        self.max_recurrence = MaxRecurrence() if max_recurrence is None else max_recurrence
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "JobCollectionQuota("
            "max_job_count="
            f"{self.max_job_count!r}, "
            "max_job_occurrence="
            f"{self.max_job_occurrence!r}, "
            "max_recurrence="
            f"{self.max_recurrence!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobCollectionQuota):
            return NotImplemented
        return (
            self.max_job_count == other.max_job_count
            and self.max_job_occurrence == other.max_job_occurrence
            and self.max_recurrence == other.max_recurrence
        )


class MaxRecurrence(WindowsAzureData):
    """The most frequent recurrence allowed for the jobs of a collection.

    Attributes:
        frequency: Unit of the interval (`Minute`, `Hour`, `Day`, ...).
        interval: Number of frequency units between runs.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "frequency",
        "interval",
    )

    frequency: str | None
    interval: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        frequency: str | None = None,
        interval: int | None = None,
    ) -> None:
        self.frequency = frequency
        self.interval = interval
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MaxRecurrence(frequency={self.frequency!r}, interval={self.interval!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MaxRecurrence):
            return NotImplemented
        return self.frequency == other.frequency and self.interval == other.interval


class ResourceOperationStatus(WindowsAzureData):
    """The outcome of the last operation on a cloud service resource.

    Attributes:
        type: Kind of operation (`Create`, `Update`, ...).
        result: `Succeeded`, `Failed` or `InProgress`.
        error: HTTP outcome of the operation.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "result",
        "error",
    )

    type: str | None
    result: str | None
    error: ResourceOperationError | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = None,
        result: str | None = None,
        error: ResourceOperationError | None = None,
    ) -> None:
        self.type = type
        self.result = result
        self.error = error
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ResourceOperationStatus("
            "type="
            f"{self.type!r}, "
            "result="
            f"{self.result!r}, "
            "error="
            f"{self.error!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceOperationStatus):
            return NotImplemented
        return self.type == other.type and self.result == other.result and self.error == other.error


class ResourceOperationError(WindowsAzureData):
    """The HTTP outcome of an operation on a cloud service resource (also sent on success).

    Attributes:
        http_code: HTTP status the operation finished with.
        message: Message of the outcome (`OK`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "http_code",
        "message",
    )

    http_code: int | None
    message: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        http_code: int | None = None,
        message: str | None = None,
    ) -> None:
        self.http_code = http_code
        self.message = message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ResourceOperationError(http_code={self.http_code!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceOperationError):
            return NotImplemented
        return self.http_code == other.http_code and self.message == other.message


class CloudServiceSettings(WindowsAzureData):
    """Settings a resource takes from its cloud service.

    Attributes:
        geo_region: Region of the cloud service.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("geo_region",)

    geo_region: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        geo_region: str | None = None,
    ) -> None:
        self.geo_region = geo_region
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CloudServiceSettings(geo_region={self.geo_region!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CloudServiceSettings):
            return NotImplemented
        return self.geo_region == other.geo_region


class CreateJobCollection(WindowsAzureData):
    """The body of `create_job_collection`: a `<Resource>` whose intrinsic settings hold the plan.

    Attributes:
        plan: Plan of the new collection: `Free` or `Standard`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("plan",)

    plan: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        plan: str | None = None,
    ) -> None:
        self.plan = plan
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CreateJobCollection(plan={self.plan!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateJobCollection):
            return NotImplemented
        return self.plan == other.plan


class ResourceNameAvailabilityResponse(WindowsAzureData):
    """Whether a job collection name is free in its cloud service.

    Attributes:
        result: True when the name is free (ASM's `IsAvailable`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("result",)

    result: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        result: bool | None = None,
    ) -> None:
        self.result = result
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ResourceNameAvailabilityResponse(result={self.result!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceNameAvailabilityResponse):
            return NotImplemented
        return self.result == other.result


class UpdateJobCollection(WindowsAzureData):
    """The body of `update_job_collection`, in the order the Hydra-generated package writes it.

    Attributes:
        schema_version: Version of the settings schema.
        e_tag: The collection's current entity tag.
        plan: New plan.
        quota: New limits.
        label: New label.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "schema_version",
        "e_tag",
        "plan",
        "quota",
        "label",
    )

    schema_version: str | None
    e_tag: str | None
    plan: str | None
    quota: JobCollectionQuota | None
    label: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        schema_version: str | None = None,
        e_tag: str | None = None,
        plan: str | None = None,
        quota: JobCollectionQuota | None = None,
        label: str | None = None,
    ) -> None:
        self.schema_version = schema_version
        self.e_tag = e_tag
        self.plan = plan
        self.quota = quota
        self.label = label
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateJobCollection("
            "schema_version="
            f"{self.schema_version!r}, "
            "e_tag="
            f"{self.e_tag!r}, "
            "plan="
            f"{self.plan!r}, "
            "quota="
            f"{self.quota!r}, "
            "label="
            f"{self.label!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateJobCollection):
            return NotImplemented
        return (
            self.schema_version == other.schema_version
            and self.e_tag == other.e_tag
            and self.plan == other.plan
            and self.quota == other.quota
            and self.label == other.label
        )


class ResourceProviderProperty(WindowsAzureData):
    """A property of a resource provider.

    Attributes:
        key: Name of the property (`plans`, ...).
        value: Value of the property.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "key",
        "value",
    )

    key: str | None
    value: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        key: str | None = None,
        value: str | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ResourceProviderProperty(key={self.key!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResourceProviderProperty):
            return NotImplemented
        return self.key == other.key and self.value == other.value


class EntitleResource(WindowsAzureData):
    """The body of `entitle_resource`.

    Attributes:
        resource_provider_namespace: Namespace of the resource provider.
        type: Type of resource.
        registration_date: When the entitlement starts.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "resource_provider_namespace",
        "type",
        "registration_date",
    )

    resource_provider_namespace: str | None
    type: str | None
    registration_date: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        resource_provider_namespace: str | None = None,
        type: str | None = None,
        registration_date: datetime | None = None,
    ) -> None:
        self.resource_provider_namespace = resource_provider_namespace
        self.type = type
        self.registration_date = registration_date
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "EntitleResource("
            "resource_provider_namespace="
            f"{self.resource_provider_namespace!r}, "
            "type="
            f"{self.type!r}, "
            "registration_date="
            f"{self.registration_date!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EntitleResource):
            return NotImplemented
        return (
            self.resource_provider_namespace == other.resource_provider_namespace
            and self.type == other.type
            and self.registration_date == other.registration_date
        )


class AtomAuthor(WindowsAzureData):
    """The author of an Atom feed or entry (Service Bus puts the namespace name, or nothing).

    Attributes:
        name: Name of the author.
        uri: Address of the author.
        email: E-mail address of the author.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "uri",
        "email",
    )

    name: str | None
    uri: str | None
    email: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        uri: str | None = None,
        email: str | None = None,
    ) -> None:
        self.name = name
        self.uri = uri
        self.email = email
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"AtomAuthor(name={self.name!r}, uri={self.uri!r}, email={self.email!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AtomAuthor):
            return NotImplemented
        return self.name == other.name and self.uri == other.uri and self.email == other.email


class AtomLink(WindowsAzureData):
    """A link of an Atom feed or entry (`rel="self"` is the resource's own address).

    Attributes:
        rel: What the link is to the resource (`self`, `alternate`).
        href: The address linked to (may be relative).
        type: Media type of the linked resource.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "rel",
        "href",
        "type",
    )

    rel: str | None
    href: str | None
    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        rel: str | None = None,
        href: str | None = None,
        type: str | None = None,
    ) -> None:
        self.rel = rel
        self.href = href
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"AtomLink(rel={self.rel!r}, href={self.href!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AtomLink):
            return NotImplemented
        return self.rel == other.rel and self.href == other.href and self.type == other.type


class CreateNamespaceEntry(WindowsAzureData):
    """The Atom entry `create_namespace` sends: `<content type="application/xml">` holding a
    NamespaceDescription whose only child is the region. (The spec format cannot build a nested
    description from the `region` argument, so the description is written from a one-item list
    of region names.)

    Attributes:
        namespace_description: The region of the new namespace, as the single item of this list.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("namespace_description",)

    namespace_description: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        namespace_description: list[str] | None = None,
    ) -> None:
        self.namespace_description = namespace_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CreateNamespaceEntry(namespace_description={self.namespace_description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateNamespaceEntry):
            return NotImplemented
        return self.namespace_description == other.namespace_description


class ServiceBusRegionFeed(WindowsAzureData):
    """The Atom feed `get_regions` answers; each entry describes one region.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The regions, one entry each.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[ServiceBusRegionEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[ServiceBusRegionEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusRegionFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusRegionFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class ServiceBusNamespaceFeed(WindowsAzureData):
    """The Atom feed `list_namespaces` answers; each entry describes one namespace.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The namespaces, one entry each.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[ServiceBusNamespaceEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[ServiceBusNamespaceEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusNamespaceFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusNamespaceFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class QueueFeed(WindowsAzureData):
    """The Atom feed `list_queues` answers; each entry describes one queue.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The queues, one entry each (the entry title is the queue name).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[QueueEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[QueueEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "QueueFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueueFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class TopicFeed(WindowsAzureData):
    """The Atom feed `list_topics` answers; each entry describes one topic.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The topics, one entry each (the entry title is the topic name).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[TopicEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[TopicEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TopicFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TopicFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class NotificationHubFeed(WindowsAzureData):
    """The Atom feed `list_notification_hubs` answers; each entry describes one hub.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The notification hubs, one entry each (the entry title is the hub name).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[NotificationHubEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[NotificationHubEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NotificationHubFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationHubFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class RelayFeed(WindowsAzureData):
    """The Atom feed `list_relays` answers; each entry describes one relay.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The relays, one entry each (the entry title is the relay name).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[RelayEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[RelayEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RelayFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RelayFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class MetricPropertiesFeed(WindowsAzureData):
    """The Atom feed `get_supported_metrics_*` answers; each entry describes one metric.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The metrics, one entry each.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[MetricPropertiesEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[MetricPropertiesEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricPropertiesFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricPropertiesFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class MetricValuesFeed(WindowsAzureData):
    """The Atom feed `get_metrics_data_*` answers; each entry is one aggregated value.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The values, one entry per time grain interval.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[MetricValuesEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[MetricValuesEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricValuesFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricValuesFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class MetricRollupsFeed(WindowsAzureData):
    """The Atom feed `get_metrics_rollups_*` answers; each entry is one time grain.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The rollups, one entry each.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[MetricRollupsEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[MetricRollupsEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricRollupsFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricRollupsFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class ServiceBusRegionEntry(WindowsAzureData):
    """An Atom entry describing one Service Bus region.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The region description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: ServiceBusRegionContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: ServiceBusRegionContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusRegionEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusRegionEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class ServiceBusRegionContent(WindowsAzureData):
    """The `<content>` of a region entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        region_code_description: The region.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "region_code_description",
    )

    type: str | None
    region_code_description: ServiceBusRegion | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        region_code_description: ServiceBusRegion | None = None,
    ) -> None:
        self.type = type
        self.region_code_description = region_code_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusRegionContent("
            "type="
            f"{self.type!r}, "
            "region_code_description="
            f"{self.region_code_description!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusRegionContent):
            return NotImplemented
        return (
            self.type == other.type
            and self.region_code_description == other.region_code_description
        )


class ServiceBusNamespaceEntry(WindowsAzureData):
    """An Atom entry describing one Service Bus namespace.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The namespace description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: ServiceBusNamespaceContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: ServiceBusNamespaceContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusNamespaceEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusNamespaceEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class ServiceBusNamespaceContent(WindowsAzureData):
    """The `<content>` of a namespace entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        namespace_description: The namespace.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "namespace_description",
    )

    type: str | None
    namespace_description: ServiceBusNamespace | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        namespace_description: ServiceBusNamespace | None = None,
    ) -> None:
        self.type = type
        self.namespace_description = namespace_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusNamespaceContent("
            "type="
            f"{self.type!r}, "
            "namespace_description="
            f"{self.namespace_description!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusNamespaceContent):
            return NotImplemented
        return self.type == other.type and self.namespace_description == other.namespace_description


class NamespaceAvailabilityEntry(WindowsAzureData):
    """The Atom entry `check_namespace_availability` answers.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The answer.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: NamespaceAvailabilityContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: NamespaceAvailabilityContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NamespaceAvailabilityEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAvailabilityEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class NamespaceAvailabilityContent(WindowsAzureData):
    """The `<content>` of a namespace availability entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        namespace_availability: Whether the name is free, and why not.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "namespace_availability",
    )

    type: str | None
    namespace_availability: NamespaceAvailability | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        namespace_availability: NamespaceAvailability | None = None,
    ) -> None:
        self.type = type
        self.namespace_availability = namespace_availability
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NamespaceAvailabilityContent("
            "type="
            f"{self.type!r}, "
            "namespace_availability="
            f"{self.namespace_availability!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAvailabilityContent):
            return NotImplemented
        return (
            self.type == other.type and self.namespace_availability == other.namespace_availability
        )


class QueueEntry(WindowsAzureData):
    """An Atom entry describing one queue; its title is the queue name.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The queue description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: QueueContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: QueueContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "QueueEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueueEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class QueueContent(WindowsAzureData):
    """The `<content>` of a queue entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        queue_description: The queue.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "queue_description",
    )

    type: str | None
    queue_description: QueueDescription | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        queue_description: QueueDescription | None = None,
    ) -> None:
        self.type = type
        self.queue_description = queue_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"QueueContent(type={self.type!r}, queue_description={self.queue_description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueueContent):
            return NotImplemented
        return self.type == other.type and self.queue_description == other.queue_description


class TopicEntry(WindowsAzureData):
    """An Atom entry describing one topic; its title is the topic name.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The topic description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: TopicContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: TopicContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TopicEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TopicEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class TopicContent(WindowsAzureData):
    """The `<content>` of a topic entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        topic_description: The topic.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "topic_description",
    )

    type: str | None
    topic_description: TopicDescription | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        topic_description: TopicDescription | None = None,
    ) -> None:
        self.type = type
        self.topic_description = topic_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"TopicContent(type={self.type!r}, topic_description={self.topic_description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TopicContent):
            return NotImplemented
        return self.type == other.type and self.topic_description == other.topic_description


class NotificationHubEntry(WindowsAzureData):
    """An Atom entry describing one notification hub; its title is the hub name.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The hub description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: NotificationHubContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: NotificationHubContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NotificationHubEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationHubEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class NotificationHubContent(WindowsAzureData):
    """The `<content>` of a notification hub entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        notification_hub_description: The notification hub.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "notification_hub_description",
    )

    type: str | None
    notification_hub_description: NotificationHubDescription | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        notification_hub_description: NotificationHubDescription | None = None,
    ) -> None:
        self.type = type
        self.notification_hub_description = notification_hub_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NotificationHubContent("
            "type="
            f"{self.type!r}, "
            "notification_hub_description="
            f"{self.notification_hub_description!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationHubContent):
            return NotImplemented
        return (
            self.type == other.type
            and self.notification_hub_description == other.notification_hub_description
        )


class RelayEntry(WindowsAzureData):
    """An Atom entry describing one relay; its title is the relay name.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The relay description.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: RelayContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: RelayContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RelayEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RelayEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class RelayContent(WindowsAzureData):
    """The `<content>` of a relay entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        relay_description: The relay.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "relay_description",
    )

    type: str | None
    relay_description: RelayDescription | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        relay_description: RelayDescription | None = None,
    ) -> None:
        self.type = type
        self.relay_description = relay_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RelayContent(type={self.type!r}, relay_description={self.relay_description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RelayContent):
            return NotImplemented
        return self.type == other.type and self.relay_description == other.relay_description


class MetricPropertiesEntry(WindowsAzureData):
    """An Atom entry describing one supported metric; its id is the metric's URL
    (`.../Metrics('incoming')`).

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The metric.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: MetricPropertiesContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: MetricPropertiesContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricPropertiesEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricPropertiesEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class MetricPropertiesContent(WindowsAzureData):
    """The `<content>` of a supported-metric entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        properties: The metric's properties.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "properties",
    )

    type: str | None
    properties: MetricProperties | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        properties: MetricProperties | None = None,
    ) -> None:
        self.type = type
        self.properties = properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MetricPropertiesContent(type={self.type!r}, properties={self.properties!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricPropertiesContent):
            return NotImplemented
        return self.type == other.type and self.properties == other.properties


class MetricValuesEntry(WindowsAzureData):
    """An Atom entry holding one aggregated metric value.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The value.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: MetricValuesContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: MetricValuesContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricValuesEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricValuesEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class MetricValuesContent(WindowsAzureData):
    """The `<content>` of a metric value entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        properties: The value's properties.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "properties",
    )

    type: str | None
    properties: MetricValues | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        properties: MetricValues | None = None,
    ) -> None:
        self.type = type
        self.properties = properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MetricValuesContent(type={self.type!r}, properties={self.properties!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricValuesContent):
            return NotImplemented
        return self.type == other.type and self.properties == other.properties


class MetricRollupsEntry(WindowsAzureData):
    """An Atom entry describing one rollup (time grain) of a metric.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The rollup.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: MetricRollupsContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: MetricRollupsContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricRollupsEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricRollupsEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class MetricRollupsContent(WindowsAzureData):
    """The `<content>` of a rollup entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        properties: The rollup's properties.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "properties",
    )

    type: str | None
    properties: MetricRollups | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        properties: MetricRollups | None = None,
    ) -> None:
        self.type = type
        self.properties = properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MetricRollupsContent(type={self.type!r}, properties={self.properties!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricRollupsContent):
            return NotImplemented
        return self.type == other.type and self.properties == other.properties


class ServiceBusRegion(WindowsAzureData):
    """A region Service Bus namespaces can be created in.

    Attributes:
        code: The region's code, the value `create_namespace` takes (`West US`).
        fullname: The region's display name.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "code",
        "fullname",
    )

    code: str | None
    fullname: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        code: str | None = None,
        fullname: str | None = None,
    ) -> None:
        self.code = code
        self.fullname = fullname
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"ServiceBusRegion(code={self.code!r}, fullname={self.fullname!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusRegion):
            return NotImplemented
        return self.code == other.code and self.fullname == other.fullname


class ServiceBusNamespace(WindowsAzureData):
    """A Service Bus namespace (ASM's NamespaceDescription).

    Attributes:
        name: Name of the namespace.
        region: Region the namespace lives in.
        default_key: Key of the namespace's default (`owner`) issuer; only sent once the
            namespace is active.
        status: State of the namespace: `Activating`, `Active`, `Removing`, `Disabled`, ...
        created_at: When the namespace was created.
        acs_management_endpoint: Access Control Service endpoint of the namespace.
        servicebus_endpoint: Messaging endpoint of the namespace
            (`https://NAME.servicebus.windows.net/`).
        connection_string: Connection string holding the default key; only sent once the
            namespace is active.
        subscription_id: Subscription owning the namespace.
        enabled: Whether the namespace is enabled.
        critical: Whether the namespace is flagged critical.
        updated_at: When the namespace last changed.
        create_acs_namespace: Whether an Access Control namespace was created with it.
        event_hub_enabled: Whether Event Hubs can be created in it.
        namespace_type: What the namespace is for: `Messaging`, `NotificationHub`, `EventHub` or
            `Mixed`.
        resource_group: Resource group of the namespace, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "region",
        "default_key",
        "status",
        "created_at",
        "acs_management_endpoint",
        "servicebus_endpoint",
        "connection_string",
        "subscription_id",
        "enabled",
        "critical",
        "updated_at",
        "create_acs_namespace",
        "event_hub_enabled",
        "namespace_type",
        "resource_group",
    )

    name: str | None
    region: str | None
    default_key: str | None
    status: str | None
    created_at: datetime | None
    acs_management_endpoint: str | None
    servicebus_endpoint: str | None
    connection_string: str | None
    subscription_id: str | None
    enabled: bool | None
    critical: bool | None
    updated_at: datetime | None
    create_acs_namespace: bool | None
    event_hub_enabled: bool | None
    namespace_type: str | None
    resource_group: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        region: str | None = None,
        default_key: str | None = None,
        status: str | None = None,
        created_at: datetime | None = None,
        acs_management_endpoint: str | None = None,
        servicebus_endpoint: str | None = None,
        connection_string: str | None = None,
        subscription_id: str | None = None,
        enabled: bool | None = None,
        critical: bool | None = None,
        updated_at: datetime | None = None,
        create_acs_namespace: bool | None = None,
        event_hub_enabled: bool | None = None,
        namespace_type: str | None = None,
        resource_group: str | None = None,
    ) -> None:
        self.name = name
        self.region = region
        self.default_key = default_key
        self.status = status
        self.created_at = created_at
        self.acs_management_endpoint = acs_management_endpoint
        self.servicebus_endpoint = servicebus_endpoint
        self.connection_string = connection_string
        self.subscription_id = subscription_id
        self.enabled = enabled
        self.critical = critical
        self.updated_at = updated_at
        self.create_acs_namespace = create_acs_namespace
        self.event_hub_enabled = event_hub_enabled
        self.namespace_type = namespace_type
        self.resource_group = resource_group
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceBusNamespace("
            "name="
            f"{self.name!r}, "
            "region="
            f"{self.region!r}, "
            "default_key="
            f"{'<secret>' if self.default_key is not None else None}, "
            "status="
            f"{self.status!r}, "
            "created_at="
            f"{self.created_at!r}, "
            "acs_management_endpoint="
            f"{self.acs_management_endpoint!r}, "
            "servicebus_endpoint="
            f"{self.servicebus_endpoint!r}, "
            "connection_string="
            f"{'<secret>' if self.connection_string is not None else None}, "
            "subscription_id="
            f"{self.subscription_id!r}, "
            "enabled="
            f"{self.enabled!r}, "
            "critical="
            f"{self.critical!r}, "
            "updated_at="
            f"{self.updated_at!r}, "
            "create_acs_namespace="
            f"{self.create_acs_namespace!r}, "
            "event_hub_enabled="
            f"{self.event_hub_enabled!r}, "
            "namespace_type="
            f"{self.namespace_type!r}, "
            "resource_group="
            f"{self.resource_group!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceBusNamespace):
            return NotImplemented
        return (
            self.name == other.name
            and self.region == other.region
            and self.default_key == other.default_key
            and self.status == other.status
            and self.created_at == other.created_at
            and self.acs_management_endpoint == other.acs_management_endpoint
            and self.servicebus_endpoint == other.servicebus_endpoint
            and self.connection_string == other.connection_string
            and self.subscription_id == other.subscription_id
            and self.enabled == other.enabled
            and self.critical == other.critical
            and self.updated_at == other.updated_at
            and self.create_acs_namespace == other.create_acs_namespace
            and self.event_hub_enabled == other.event_hub_enabled
            and self.namespace_type == other.namespace_type
            and self.resource_group == other.resource_group
        )


class NamespaceAvailability(WindowsAzureData):
    """Whether a Service Bus namespace name can be created.

    Attributes:
        result: True when the name is free.
        reason: Why the name is not free, as a code (`InvalidName`, `NameInUse`, ...), when
            given.
        reason_detail: Why the name is not free, in words.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "result",
        "reason",
        "reason_detail",
    )

    result: bool | None
    reason: str | None
    reason_detail: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        result: bool | None = None,
        reason: str | None = None,
        reason_detail: str | None = None,
    ) -> None:
        self.result = result
        self.reason = reason
        self.reason_detail = reason_detail
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NamespaceAvailability("
            "result="
            f"{self.result!r}, "
            "reason="
            f"{self.reason!r}, "
            "reason_detail="
            f"{self.reason_detail!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAvailability):
            return NotImplemented
        return (
            self.result == other.result
            and self.reason == other.reason
            and self.reason_detail == other.reason_detail
        )


class QueueDescription(WindowsAzureData):
    """The settings and counters of a Service Bus queue.

    Attributes:
        lock_duration: How long a received message stays locked, as an ISO 8601 duration
            (`PT1M`).
        max_size_in_megabytes: Maximum size of the queue.
        requires_duplicate_detection: Whether duplicate messages are detected.
        requires_session: Whether the queue uses sessions.
        default_message_time_to_live: Time to live of messages that set none, as an ISO 8601
            duration.
        dead_lettering_on_message_expiration: Whether expired messages go to the dead-letter
            queue.
        duplicate_detection_history_time_window: How far back duplicates are detected, as an ISO
            8601 duration.
        max_delivery_count: Deliveries after which a message is dead-lettered.
        enable_batched_operations: Whether server-side batching is enabled.
        size_in_bytes: Current size in bytes.
        message_count: Number of messages in the queue.
        is_anonymous_accessible: Whether anonymous access is allowed.
        authorization_rules: Access rules of the entity (shared access keys and claim rules).
        status: State of the entity: `Active`, `Disabled`, `SendDisabled`, ...
        forward_to: Entity that received messages are forwarded to, if any.
        created_at: When the entity was created.
        updated_at: When the entity last changed.
        accessed_at: When the entity was last used.
        support_ordering: Whether message order is kept.
        count_details: Numbers of messages by kind.
        auto_delete_on_idle: Idle time after which the entity is deleted, as an ISO 8601
            duration.
        enable_partitioning: Whether the entity is partitioned over several brokers.
        entity_availability_status: Availability of the entity (`Available`, `Limited`, ...).
        enable_express: Whether messages may be held in memory before being stored.
        name: Name of the entity: the title of the Atom entry it came in (set by the list
            operation).
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, the namespace name (set by the list
            operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "lock_duration",
        "max_size_in_megabytes",
        "requires_duplicate_detection",
        "requires_session",
        "default_message_time_to_live",
        "dead_lettering_on_message_expiration",
        "duplicate_detection_history_time_window",
        "max_delivery_count",
        "enable_batched_operations",
        "size_in_bytes",
        "message_count",
        "is_anonymous_accessible",
        "authorization_rules",
        "status",
        "forward_to",
        "created_at",
        "updated_at",
        "accessed_at",
        "support_ordering",
        "count_details",
        "auto_delete_on_idle",
        "enable_partitioning",
        "entity_availability_status",
        "enable_express",
        "name",
        "updated",
        "author",
    )

    lock_duration: str | None
    max_size_in_megabytes: int | None
    requires_duplicate_detection: bool | None
    requires_session: bool | None
    default_message_time_to_live: str | None
    dead_lettering_on_message_expiration: bool | None
    duplicate_detection_history_time_window: str | None
    max_delivery_count: int | None
    enable_batched_operations: bool | None
    size_in_bytes: int | None
    message_count: int | None
    is_anonymous_accessible: bool | None
    authorization_rules: list[AuthorizationRule]
    status: str | None
    forward_to: str | None
    created_at: datetime | None
    updated_at: datetime | None
    accessed_at: datetime | None
    support_ordering: bool | None
    count_details: CountDetails
    auto_delete_on_idle: str | None
    enable_partitioning: bool | None
    entity_availability_status: str | None
    enable_express: bool | None
    name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        lock_duration: str | None = None,
        max_size_in_megabytes: int | None = None,
        requires_duplicate_detection: bool | None = None,
        requires_session: bool | None = None,
        default_message_time_to_live: str | None = None,
        dead_lettering_on_message_expiration: bool | None = None,
        duplicate_detection_history_time_window: str | None = None,
        max_delivery_count: int | None = None,
        enable_batched_operations: bool | None = None,
        size_in_bytes: int | None = None,
        message_count: int | None = None,
        is_anonymous_accessible: bool | None = None,
        authorization_rules: list[AuthorizationRule] | None = None,
        status: str | None = None,
        forward_to: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        accessed_at: datetime | None = None,
        support_ordering: bool | None = None,
        count_details: CountDetails | None = None,
        auto_delete_on_idle: str | None = None,
        enable_partitioning: bool | None = None,
        entity_availability_status: str | None = None,
        enable_express: bool | None = None,
        name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.lock_duration = lock_duration
        self.max_size_in_megabytes = max_size_in_megabytes
        self.requires_duplicate_detection = requires_duplicate_detection
        self.requires_session = requires_session
        self.default_message_time_to_live = default_message_time_to_live
        self.dead_lettering_on_message_expiration = dead_lettering_on_message_expiration
        self.duplicate_detection_history_time_window = duplicate_detection_history_time_window
        self.max_delivery_count = max_delivery_count
        self.enable_batched_operations = enable_batched_operations
        self.size_in_bytes = size_in_bytes
        self.message_count = message_count
        self.is_anonymous_accessible = is_anonymous_accessible
        self.authorization_rules = (
            AuthorizationRules() if authorization_rules is None else authorization_rules
        )
        self.status = status
        self.forward_to = forward_to
        self.created_at = created_at
        self.updated_at = updated_at
        self.accessed_at = accessed_at
        self.support_ordering = support_ordering
        self.count_details = CountDetails() if count_details is None else count_details
        self.auto_delete_on_idle = auto_delete_on_idle
        self.enable_partitioning = enable_partitioning
        self.entity_availability_status = entity_availability_status
        self.enable_express = enable_express
        self.name = name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "QueueDescription("
            "lock_duration="
            f"{self.lock_duration!r}, "
            "max_size_in_megabytes="
            f"{self.max_size_in_megabytes!r}, "
            "requires_duplicate_detection="
            f"{self.requires_duplicate_detection!r}, "
            "requires_session="
            f"{self.requires_session!r}, "
            "default_message_time_to_live="
            f"{self.default_message_time_to_live!r}, "
            "dead_lettering_on_message_expiration="
            f"{self.dead_lettering_on_message_expiration!r}, "
            "duplicate_detection_history_time_window="
            f"{self.duplicate_detection_history_time_window!r}, "
            "max_delivery_count="
            f"{self.max_delivery_count!r}, "
            "enable_batched_operations="
            f"{self.enable_batched_operations!r}, "
            "size_in_bytes="
            f"{self.size_in_bytes!r}, "
            "message_count="
            f"{self.message_count!r}, "
            "is_anonymous_accessible="
            f"{self.is_anonymous_accessible!r}, "
            "authorization_rules="
            f"{self.authorization_rules!r}, "
            "status="
            f"{self.status!r}, "
            "forward_to="
            f"{self.forward_to!r}, "
            "created_at="
            f"{self.created_at!r}, "
            "updated_at="
            f"{self.updated_at!r}, "
            "accessed_at="
            f"{self.accessed_at!r}, "
            "support_ordering="
            f"{self.support_ordering!r}, "
            "count_details="
            f"{self.count_details!r}, "
            "auto_delete_on_idle="
            f"{self.auto_delete_on_idle!r}, "
            "enable_partitioning="
            f"{self.enable_partitioning!r}, "
            "entity_availability_status="
            f"{self.entity_availability_status!r}, "
            "enable_express="
            f"{self.enable_express!r}, "
            "name="
            f"{self.name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueueDescription):
            return NotImplemented
        return (
            self.lock_duration == other.lock_duration
            and self.max_size_in_megabytes == other.max_size_in_megabytes
            and self.requires_duplicate_detection == other.requires_duplicate_detection
            and self.requires_session == other.requires_session
            and self.default_message_time_to_live == other.default_message_time_to_live
            and self.dead_lettering_on_message_expiration
            == other.dead_lettering_on_message_expiration
            and self.duplicate_detection_history_time_window
            == other.duplicate_detection_history_time_window
            and self.max_delivery_count == other.max_delivery_count
            and self.enable_batched_operations == other.enable_batched_operations
            and self.size_in_bytes == other.size_in_bytes
            and self.message_count == other.message_count
            and self.is_anonymous_accessible == other.is_anonymous_accessible
            and self.authorization_rules == other.authorization_rules
            and self.status == other.status
            and self.forward_to == other.forward_to
            and self.created_at == other.created_at
            and self.updated_at == other.updated_at
            and self.accessed_at == other.accessed_at
            and self.support_ordering == other.support_ordering
            and self.count_details == other.count_details
            and self.auto_delete_on_idle == other.auto_delete_on_idle
            and self.enable_partitioning == other.enable_partitioning
            and self.entity_availability_status == other.entity_availability_status
            and self.enable_express == other.enable_express
            and self.name == other.name
            and self.updated == other.updated
            and self.author == other.author
        )


class TopicDescription(WindowsAzureData):
    """The settings and counters of a Service Bus topic.

    Attributes:
        default_message_time_to_live: Time to live of messages that set none, as an ISO 8601
            duration.
        max_size_in_megabytes: Maximum size of the topic.
        requires_duplicate_detection: Whether duplicate messages are detected.
        duplicate_detection_history_time_window: How far back duplicates are detected, as an ISO
            8601 duration.
        enable_batched_operations: Whether server-side batching is enabled.
        size_in_bytes: Current size in bytes.
        filtering_messages_before_publishing: Whether subscription filters are applied before a
            message is accepted.
        is_anonymous_accessible: Whether anonymous access is allowed.
        authorization_rules: Access rules of the entity (shared access keys and claim rules).
        status: State of the entity: `Active`, `Disabled`, `SendDisabled`, ...
        created_at: When the entity was created.
        updated_at: When the entity last changed.
        accessed_at: When the entity was last used.
        support_ordering: Whether message order is kept.
        count_details: Numbers of messages by kind.
        subscription_count: Number of subscriptions of the topic.
        auto_delete_on_idle: Idle time after which the entity is deleted, as an ISO 8601
            duration.
        enable_partitioning: Whether the entity is partitioned over several brokers.
        entity_availability_status: Availability of the entity (`Available`, `Limited`, ...).
        enable_express: Whether messages may be held in memory before being stored.
        name: Name of the entity: the title of the Atom entry it came in (set by the list
            operation).
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, the namespace name (set by the list
            operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "default_message_time_to_live",
        "max_size_in_megabytes",
        "requires_duplicate_detection",
        "duplicate_detection_history_time_window",
        "enable_batched_operations",
        "size_in_bytes",
        "filtering_messages_before_publishing",
        "is_anonymous_accessible",
        "authorization_rules",
        "status",
        "created_at",
        "updated_at",
        "accessed_at",
        "support_ordering",
        "count_details",
        "subscription_count",
        "auto_delete_on_idle",
        "enable_partitioning",
        "entity_availability_status",
        "enable_express",
        "name",
        "updated",
        "author",
    )

    default_message_time_to_live: str | None
    max_size_in_megabytes: int | None
    requires_duplicate_detection: bool | None
    duplicate_detection_history_time_window: str | None
    enable_batched_operations: bool | None
    size_in_bytes: int | None
    filtering_messages_before_publishing: bool | None
    is_anonymous_accessible: bool | None
    authorization_rules: list[AuthorizationRule]
    status: str | None
    created_at: datetime | None
    updated_at: datetime | None
    accessed_at: datetime | None
    support_ordering: bool | None
    count_details: CountDetails
    subscription_count: int | None
    auto_delete_on_idle: str | None
    enable_partitioning: bool | None
    entity_availability_status: str | None
    enable_express: bool | None
    name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        default_message_time_to_live: str | None = None,
        max_size_in_megabytes: int | None = None,
        requires_duplicate_detection: bool | None = None,
        duplicate_detection_history_time_window: str | None = None,
        enable_batched_operations: bool | None = None,
        size_in_bytes: int | None = None,
        filtering_messages_before_publishing: bool | None = None,
        is_anonymous_accessible: bool | None = None,
        authorization_rules: list[AuthorizationRule] | None = None,
        status: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        accessed_at: datetime | None = None,
        support_ordering: bool | None = None,
        count_details: CountDetails | None = None,
        subscription_count: int | None = None,
        auto_delete_on_idle: str | None = None,
        enable_partitioning: bool | None = None,
        entity_availability_status: str | None = None,
        enable_express: bool | None = None,
        name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.default_message_time_to_live = default_message_time_to_live
        self.max_size_in_megabytes = max_size_in_megabytes
        self.requires_duplicate_detection = requires_duplicate_detection
        self.duplicate_detection_history_time_window = duplicate_detection_history_time_window
        self.enable_batched_operations = enable_batched_operations
        self.size_in_bytes = size_in_bytes
        self.filtering_messages_before_publishing = filtering_messages_before_publishing
        self.is_anonymous_accessible = is_anonymous_accessible
        self.authorization_rules = (
            AuthorizationRules() if authorization_rules is None else authorization_rules
        )
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.accessed_at = accessed_at
        self.support_ordering = support_ordering
        self.count_details = CountDetails() if count_details is None else count_details
        self.subscription_count = subscription_count
        self.auto_delete_on_idle = auto_delete_on_idle
        self.enable_partitioning = enable_partitioning
        self.entity_availability_status = entity_availability_status
        self.enable_express = enable_express
        self.name = name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TopicDescription("
            "default_message_time_to_live="
            f"{self.default_message_time_to_live!r}, "
            "max_size_in_megabytes="
            f"{self.max_size_in_megabytes!r}, "
            "requires_duplicate_detection="
            f"{self.requires_duplicate_detection!r}, "
            "duplicate_detection_history_time_window="
            f"{self.duplicate_detection_history_time_window!r}, "
            "enable_batched_operations="
            f"{self.enable_batched_operations!r}, "
            "size_in_bytes="
            f"{self.size_in_bytes!r}, "
            "filtering_messages_before_publishing="
            f"{self.filtering_messages_before_publishing!r}, "
            "is_anonymous_accessible="
            f"{self.is_anonymous_accessible!r}, "
            "authorization_rules="
            f"{self.authorization_rules!r}, "
            "status="
            f"{self.status!r}, "
            "created_at="
            f"{self.created_at!r}, "
            "updated_at="
            f"{self.updated_at!r}, "
            "accessed_at="
            f"{self.accessed_at!r}, "
            "support_ordering="
            f"{self.support_ordering!r}, "
            "count_details="
            f"{self.count_details!r}, "
            "subscription_count="
            f"{self.subscription_count!r}, "
            "auto_delete_on_idle="
            f"{self.auto_delete_on_idle!r}, "
            "enable_partitioning="
            f"{self.enable_partitioning!r}, "
            "entity_availability_status="
            f"{self.entity_availability_status!r}, "
            "enable_express="
            f"{self.enable_express!r}, "
            "name="
            f"{self.name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TopicDescription):
            return NotImplemented
        return (
            self.default_message_time_to_live == other.default_message_time_to_live
            and self.max_size_in_megabytes == other.max_size_in_megabytes
            and self.requires_duplicate_detection == other.requires_duplicate_detection
            and self.duplicate_detection_history_time_window
            == other.duplicate_detection_history_time_window
            and self.enable_batched_operations == other.enable_batched_operations
            and self.size_in_bytes == other.size_in_bytes
            and self.filtering_messages_before_publishing
            == other.filtering_messages_before_publishing
            and self.is_anonymous_accessible == other.is_anonymous_accessible
            and self.authorization_rules == other.authorization_rules
            and self.status == other.status
            and self.created_at == other.created_at
            and self.updated_at == other.updated_at
            and self.accessed_at == other.accessed_at
            and self.support_ordering == other.support_ordering
            and self.count_details == other.count_details
            and self.subscription_count == other.subscription_count
            and self.auto_delete_on_idle == other.auto_delete_on_idle
            and self.enable_partitioning == other.enable_partitioning
            and self.entity_availability_status == other.entity_availability_status
            and self.enable_express == other.enable_express
            and self.name == other.name
            and self.updated == other.updated
            and self.author == other.author
        )


class NotificationHubDescription(WindowsAzureData):
    """The settings of a notification hub (platform credentials are not described here).

    Attributes:
        registration_ttl: How long device registrations are kept, as an ISO 8601 duration.
        authorization_rules: Access rules of the entity (shared access keys and claim rules).
        name: Name of the entity: the title of the Atom entry it came in (set by the list
            operation).
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, the namespace name (set by the list
            operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "registration_ttl",
        "authorization_rules",
        "name",
        "updated",
        "author",
    )

    registration_ttl: str | None
    authorization_rules: list[AuthorizationRule]
    name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        registration_ttl: str | None = None,
        authorization_rules: list[AuthorizationRule] | None = None,
        name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.registration_ttl = registration_ttl
        self.authorization_rules = (
            AuthorizationRules() if authorization_rules is None else authorization_rules
        )
        self.name = name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NotificationHubDescription("
            "registration_ttl="
            f"{self.registration_ttl!r}, "
            "authorization_rules="
            f"{self.authorization_rules!r}, "
            "name="
            f"{self.name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationHubDescription):
            return NotImplemented
        return (
            self.registration_ttl == other.registration_ttl
            and self.authorization_rules == other.authorization_rules
            and self.name == other.name
            and self.updated == other.updated
            and self.author == other.author
        )


class RelayDescription(WindowsAzureData):
    """The settings of a Service Bus relay.

    Attributes:
        path: Path of the relay in its namespace.
        listener_type: Kind of listener (`RelayedHttp`, ...).
        listener_count: Number of connected listeners.
        relay_type: Binding of the relay (`NetTcp`, `Http`, ...).
        requires_client_authorization: Whether senders must authenticate.
        requires_transport_security: Whether the relay is reached over TLS only.
        is_dynamic: Whether the relay exists only while a listener is connected.
        authorization_rules: Access rules of the entity (shared access keys and claim rules).
        created_at: When the entity was created.
        updated_at: When the entity last changed.
        name: Name of the entity: the title of the Atom entry it came in (set by the list
            operation).
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, the namespace name (set by the list
            operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "path",
        "listener_type",
        "listener_count",
        "relay_type",
        "requires_client_authorization",
        "requires_transport_security",
        "is_dynamic",
        "authorization_rules",
        "created_at",
        "updated_at",
        "name",
        "updated",
        "author",
    )

    path: str | None
    listener_type: str | None
    listener_count: int | None
    relay_type: str | None
    requires_client_authorization: bool | None
    requires_transport_security: bool | None
    is_dynamic: bool | None
    authorization_rules: list[AuthorizationRule]
    created_at: datetime | None
    updated_at: datetime | None
    name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        path: str | None = None,
        listener_type: str | None = None,
        listener_count: int | None = None,
        relay_type: str | None = None,
        requires_client_authorization: bool | None = None,
        requires_transport_security: bool | None = None,
        is_dynamic: bool | None = None,
        authorization_rules: list[AuthorizationRule] | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.path = path
        self.listener_type = listener_type
        self.listener_count = listener_count
        self.relay_type = relay_type
        self.requires_client_authorization = requires_client_authorization
        self.requires_transport_security = requires_transport_security
        self.is_dynamic = is_dynamic
        self.authorization_rules = (
            AuthorizationRules() if authorization_rules is None else authorization_rules
        )
        self.created_at = created_at
        self.updated_at = updated_at
        self.name = name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RelayDescription("
            "path="
            f"{self.path!r}, "
            "listener_type="
            f"{self.listener_type!r}, "
            "listener_count="
            f"{self.listener_count!r}, "
            "relay_type="
            f"{self.relay_type!r}, "
            "requires_client_authorization="
            f"{self.requires_client_authorization!r}, "
            "requires_transport_security="
            f"{self.requires_transport_security!r}, "
            "is_dynamic="
            f"{self.is_dynamic!r}, "
            "authorization_rules="
            f"{self.authorization_rules!r}, "
            "created_at="
            f"{self.created_at!r}, "
            "updated_at="
            f"{self.updated_at!r}, "
            "name="
            f"{self.name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RelayDescription):
            return NotImplemented
        return (
            self.path == other.path
            and self.listener_type == other.listener_type
            and self.listener_count == other.listener_count
            and self.relay_type == other.relay_type
            and self.requires_client_authorization == other.requires_client_authorization
            and self.requires_transport_security == other.requires_transport_security
            and self.is_dynamic == other.is_dynamic
            and self.authorization_rules == other.authorization_rules
            and self.created_at == other.created_at
            and self.updated_at == other.updated_at
            and self.name == other.name
            and self.updated == other.updated
            and self.author == other.author
        )


class SharedAccessAuthorizationRule(WindowsAzureData):
    """A shared access (SAS) rule: a named pair of keys granting some rights.

    Attributes:
        claim_type: Kind of claim the rule checks (`SharedAccessKey`).
        claim_value: Value the claim must have.
        rights: Rights granted: `Manage`, `Send` and/or `Listen`.
        created_time: When the rule was created.
        key_name: Name of the key pair (used as `SharedAccessKeyName`).
        modified_time: When the rule last changed.
        primary_key: Primary SAS key (base64).
        secondary_key: Secondary SAS key (base64).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "claim_type",
        "claim_value",
        "rights",
        "created_time",
        "key_name",
        "modified_time",
        "primary_key",
        "secondary_key",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("type", "SharedAccessAuthorizationRule")

    claim_type: str | None
    claim_value: str | None
    rights: list[str] | None
    created_time: datetime | None
    key_name: str | None
    modified_time: datetime | None
    primary_key: str | None
    secondary_key: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        claim_type: str | None = None,
        claim_value: str | None = None,
        rights: list[str] | None = None,
        created_time: datetime | None = None,
        modified_time: datetime | None = None,
        key_name: str | None = None,
        primary_key: str | None = None,
        secondary_key: str | None = None,
    ) -> None:
        self.claim_type = claim_type
        self.claim_value = claim_value
        self.rights = rights
        self.created_time = created_time
        self.key_name = key_name
        self.modified_time = modified_time
        self.primary_key = primary_key
        self.secondary_key = secondary_key
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SharedAccessAuthorizationRule("
            "claim_type="
            f"{self.claim_type!r}, "
            "claim_value="
            f"{self.claim_value!r}, "
            "rights="
            f"{self.rights!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "key_name="
            f"{self.key_name!r}, "
            "modified_time="
            f"{self.modified_time!r}, "
            "primary_key="
            f"{'<secret>' if self.primary_key is not None else None}, "
            "secondary_key="
            f"{'<secret>' if self.secondary_key is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SharedAccessAuthorizationRule):
            return NotImplemented
        return (
            self.claim_type == other.claim_type
            and self.claim_value == other.claim_value
            and self.rights == other.rights
            and self.created_time == other.created_time
            and self.key_name == other.key_name
            and self.modified_time == other.modified_time
            and self.primary_key == other.primary_key
            and self.secondary_key == other.secondary_key
        )


class AllowRule(WindowsAzureData):
    """A claim-based rule granting rights to callers presenting a claim from an issuer.

    Attributes:
        issuer_name: Issuer the claim must come from.
        claim_type: Kind of claim the rule checks (`SharedAccessKey`).
        claim_value: Value the claim must have.
        rights: Rights granted: `Manage`, `Send` and/or `Listen`.
        created_time: When the rule was created.
        modified_time: When the rule last changed.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "issuer_name",
        "claim_type",
        "claim_value",
        "rights",
        "created_time",
        "modified_time",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("type", "AllowRule")

    issuer_name: str | None
    claim_type: str | None
    claim_value: str | None
    rights: list[str] | None
    created_time: datetime | None
    modified_time: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        issuer_name: str | None = None,
        claim_type: str | None = None,
        claim_value: str | None = None,
        rights: list[str] | None = None,
        created_time: datetime | None = None,
        modified_time: datetime | None = None,
    ) -> None:
        self.issuer_name = issuer_name
        self.claim_type = claim_type
        self.claim_value = claim_value
        self.rights = rights
        self.created_time = created_time
        self.modified_time = modified_time
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "AllowRule("
            "issuer_name="
            f"{self.issuer_name!r}, "
            "claim_type="
            f"{self.claim_type!r}, "
            "claim_value="
            f"{self.claim_value!r}, "
            "rights="
            f"{self.rights!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "modified_time="
            f"{self.modified_time!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AllowRule):
            return NotImplemented
        return (
            self.issuer_name == other.issuer_name
            and self.claim_type == other.claim_type
            and self.claim_value == other.claim_value
            and self.rights == other.rights
            and self.created_time == other.created_time
            and self.modified_time == other.modified_time
        )


class CountDetails(WindowsAzureData):
    """Numbers of messages of a queue or topic by kind (the counters are in the 2011/06 Service Bus
    namespace).

    Attributes:
        active_message_count: Messages ready to be received.
        dead_letter_message_count: Messages in the dead-letter queue.
        scheduled_message_count: Messages scheduled for later.
        transfer_dead_letter_message_count: Messages that could not be forwarded.
        transfer_message_count: Messages waiting to be forwarded.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "active_message_count",
        "dead_letter_message_count",
        "scheduled_message_count",
        "transfer_dead_letter_message_count",
        "transfer_message_count",
    )

    active_message_count: int | None
    dead_letter_message_count: int | None
    scheduled_message_count: int | None
    transfer_dead_letter_message_count: int | None
    transfer_message_count: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        active_message_count: int | None = None,
        dead_letter_message_count: int | None = None,
        scheduled_message_count: int | None = None,
        transfer_message_count: int | None = None,
        transfer_dead_letter_message_count: int | None = None,
    ) -> None:
        self.active_message_count = active_message_count
        self.dead_letter_message_count = dead_letter_message_count
        self.scheduled_message_count = scheduled_message_count
        self.transfer_dead_letter_message_count = transfer_dead_letter_message_count
        self.transfer_message_count = transfer_message_count
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CountDetails("
            "active_message_count="
            f"{self.active_message_count!r}, "
            "dead_letter_message_count="
            f"{self.dead_letter_message_count!r}, "
            "scheduled_message_count="
            f"{self.scheduled_message_count!r}, "
            "transfer_dead_letter_message_count="
            f"{self.transfer_dead_letter_message_count!r}, "
            "transfer_message_count="
            f"{self.transfer_message_count!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CountDetails):
            return NotImplemented
        return (
            self.active_message_count == other.active_message_count
            and self.dead_letter_message_count == other.dead_letter_message_count
            and self.scheduled_message_count == other.scheduled_message_count
            and self.transfer_dead_letter_message_count == other.transfer_dead_letter_message_count
            and self.transfer_message_count == other.transfer_message_count
        )


class MetricProperties(WindowsAzureData):
    """A metric Service Bus records for an entity (`m:properties` of a supported-metric entry).

    Attributes:
        name: Name of the metric, used in metric URLs (`incoming`).
        primary_aggregation: How values are combined over a time grain (`Total`, `Average`,
            ...).
        unit: Unit of the values (`Count`, `Bytes`, ...).
        display_name: Human-readable name of the metric.
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, if any (set by the list operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "primary_aggregation",
        "unit",
        "display_name",
        "updated",
        "author",
    )

    name: str | None
    primary_aggregation: str | None
    unit: str | None
    display_name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        primary_aggregation: str | None = None,
        unit: str | None = None,
        display_name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.name = name
        self.primary_aggregation = primary_aggregation
        self.unit = unit
        self.display_name = display_name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricProperties("
            "name="
            f"{self.name!r}, "
            "primary_aggregation="
            f"{self.primary_aggregation!r}, "
            "unit="
            f"{self.unit!r}, "
            "display_name="
            f"{self.display_name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricProperties):
            return NotImplemented
        return (
            self.name == other.name
            and self.primary_aggregation == other.primary_aggregation
            and self.unit == other.unit
            and self.display_name == other.display_name
            and self.updated == other.updated
            and self.author == other.author
        )


class MetricValues(WindowsAzureData):
    """One aggregated value of a metric over a time grain (`m:properties` of a value entry).

    Attributes:
        timestamp: Start of the time grain.
        min: Smallest value in the time grain.
        max: Largest value in the time grain.
        average: Mean value over the time grain.
        total: Sum of the values over the time grain.
        name: Id of the Atom entry it came in (a URL naming the value; the reference package
            kept the part after the host).
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, if any (set by the list operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "timestamp",
        "min",
        "max",
        "average",
        "total",
        "name",
        "updated",
        "author",
    )

    timestamp: datetime | None
    min: int | None
    max: int | None
    average: float | None
    total: int | None
    name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        timestamp: datetime | None = None,
        min: int | None = None,
        max: int | None = None,
        average: float | None = None,
        total: int | None = None,
        name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.timestamp = timestamp
        self.min = min
        self.max = max
        self.average = average
        self.total = total
        self.name = name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricValues("
            "timestamp="
            f"{self.timestamp!r}, "
            "min="
            f"{self.min!r}, "
            "max="
            f"{self.max!r}, "
            "average="
            f"{self.average!r}, "
            "total="
            f"{self.total!r}, "
            "name="
            f"{self.name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricValues):
            return NotImplemented
        return (
            self.timestamp == other.timestamp
            and self.min == other.min
            and self.max == other.max
            and self.average == other.average
            and self.total == other.total
            and self.name == other.name
            and self.updated == other.updated
            and self.author == other.author
        )


class MetricRollups(WindowsAzureData):
    """A time grain a metric is aggregated at (`m:properties` of a rollup entry).

    Attributes:
        time_grain: Length of the aggregation interval, as an ISO 8601 duration (`PT5M`, `P1D`).
        retention: How long values at this grain are kept, as an ISO 8601 duration.
        name: Id of the Atom entry it came in (a URL naming the value; the reference package
            kept the part after the host).
        updated: When the Atom entry it came in was last updated (set by the list operation).
        author: Author of the Atom entry it came in, if any (set by the list operation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "time_grain",
        "retention",
        "name",
        "updated",
        "author",
    )

    time_grain: str | None
    retention: str | None
    name: str | None
    updated: datetime | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        time_grain: str | None = None,
        retention: str | None = None,
        name: str | None = None,
        updated: datetime | None = None,
        author: str | None = None,
    ) -> None:
        self.time_grain = time_grain
        self.retention = retention
        self.name = name
        self.updated = updated
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricRollups("
            "time_grain="
            f"{self.time_grain!r}, "
            "retention="
            f"{self.retention!r}, "
            "name="
            f"{self.name!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricRollups):
            return NotImplemented
        return (
            self.time_grain == other.time_grain
            and self.retention == other.retention
            and self.name == other.name
            and self.updated == other.updated
            and self.author == other.author
        )


class CreateQueueEntry(WindowsAzureData):
    """The Atom entry create_queue and update_queue send.

    Attributes:
        queue_description: The queue's settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("queue_description",)

    queue_description: QueueDescription | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        queue_description: QueueDescription | None = None,
    ) -> None:
        self.queue_description = queue_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CreateQueueEntry(queue_description={self.queue_description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateQueueEntry):
            return NotImplemented
        return self.queue_description == other.queue_description


class CreateTopicEntry(WindowsAzureData):
    """The Atom entry create_topic and update_topic send.

    Attributes:
        topic_description: The topic's settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("topic_description",)

    topic_description: TopicDescription | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        topic_description: TopicDescription | None = None,
    ) -> None:
        self.topic_description = topic_description
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CreateTopicEntry(topic_description={self.topic_description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateTopicEntry):
            return NotImplemented
        return self.topic_description == other.topic_description


class ConnectionDetailFeed(WindowsAzureData):
    """The Atom feed of connection details of a namespace or entity, one entry per rule.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The connection details, one entry each.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[ConnectionDetailEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[ConnectionDetailEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ConnectionDetailFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnectionDetailFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class ConnectionDetailEntry(WindowsAzureData):
    """An Atom entry holding one connection detail.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The connection detail.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: ConnectionDetailContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: ConnectionDetailContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ConnectionDetailEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnectionDetailEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class ConnectionDetailContent(WindowsAzureData):
    """The `<content>` of a connection detail entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        connection_detail: The connection detail.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "connection_detail",
    )

    type: str | None
    connection_detail: ConnectionDetail | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        connection_detail: ConnectionDetail | None = None,
    ) -> None:
        self.type = type
        self.connection_detail = connection_detail
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ConnectionDetailContent("
            "type="
            f"{self.type!r}, "
            "connection_detail="
            f"{self.connection_detail!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnectionDetailContent):
            return NotImplemented
        return self.type == other.type and self.connection_detail == other.connection_detail


class ConnectionDetail(WindowsAzureData):
    """How to connect to a namespace or entity with one shared access rule.

    Attributes:
        key_name: Key name of the rule.
        connection_string: Connection string with the rule's primary key.
        authorization_type: `SharedAccessAuthorization`.
        rights: Rights the rule grants: `Manage`, `Send` and/or `Listen`.
        secondary_connection_string: Connection string with the rule's secondary key.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "key_name",
        "connection_string",
        "authorization_type",
        "rights",
        "secondary_connection_string",
    )

    key_name: str | None
    connection_string: str | None
    authorization_type: str | None
    rights: list[str] | None
    secondary_connection_string: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        key_name: str | None = None,
        connection_string: str | None = None,
        authorization_type: str | None = None,
        rights: list[str] | None = None,
        secondary_connection_string: str | None = None,
    ) -> None:
        self.key_name = key_name
        self.connection_string = connection_string
        self.authorization_type = authorization_type
        self.rights = rights
        self.secondary_connection_string = secondary_connection_string
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ConnectionDetail("
            "key_name="
            f"{self.key_name!r}, "
            "connection_string="
            f"{'<secret>' if self.connection_string is not None else None}, "
            "authorization_type="
            f"{self.authorization_type!r}, "
            "rights="
            f"{self.rights!r}, "
            "secondary_connection_string="
            f"{'<secret>' if self.secondary_connection_string is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnectionDetail):
            return NotImplemented
        return (
            self.key_name == other.key_name
            and self.connection_string == other.connection_string
            and self.authorization_type == other.authorization_type
            and self.rights == other.rights
            and self.secondary_connection_string == other.secondary_connection_string
        )


class NamespaceAuthorizationRuleRequest(WindowsAzureData):
    """The Atom entry create_namespace_authorization_rule and update_namespace_authorization_rule
    send.

    Attributes:
        rule: The rule.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("rule",)

    rule: NamespaceSharedAccessRule | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        rule: NamespaceSharedAccessRule | None = None,
    ) -> None:
        self.rule = rule
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"NamespaceAuthorizationRuleRequest(rule={self.rule!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAuthorizationRuleRequest):
            return NotImplemented
        return self.rule == other.rule


class NamespaceAuthorizationRuleFeed(WindowsAzureData):
    """The Atom feed list_namespace_authorization_rules answers, one entry per rule.

    Attributes:
        id: Identifier of the feed (a URL or a uuid URN).
        title: Title of the feed (`Queues`, or empty).
        updated: When the feed was produced.
        author: Author of the feed, if given.
        link: The feed's link (`rel="self"`: the address it was read from); with several, the
            last.
        entries: The rules, one entry each.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "updated",
        "author",
        "link",
        "entries",
    )

    id: str | None
    title: str | None
    updated: datetime | None
    author: AtomAuthor | None
    link: AtomLink | None
    entries: list[NamespaceAuthorizationRuleEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        link: AtomLink | None = None,
        entries: list[NamespaceAuthorizationRuleEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.updated = updated
        self.author = author
        self.link = link
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NamespaceAuthorizationRuleFeed("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "link="
            f"{self.link!r}, "
            "entries="
            f"{self.entries!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAuthorizationRuleFeed):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.updated == other.updated
            and self.author == other.author
            and self.link == other.link
            and self.entries == other.entries
        )


class NamespaceAuthorizationRuleEntry(WindowsAzureData):
    """An Atom entry holding one shared access rule of a namespace.

    Attributes:
        id: Identifier of the entry (the resource's URL or a uuid URN).
        title: Title of the entry: the entity's name for queues, topics, hubs and relays; often
            empty otherwise.
        published: When the resource was first published, if given.
        updated: When the entry was last updated.
        author: Author of the entry (the namespace name, or empty).
        links: Links of the entry.
        content: The rule.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "title",
        "published",
        "updated",
        "author",
        "links",
        "content",
    )

    id: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: AtomAuthor | None
    links: list[AtomLink] | None
    content: NamespaceAuthorizationRuleContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
        updated: datetime | None = None,
        author: AtomAuthor | None = None,
        links: list[AtomLink] | None = None,
        content: NamespaceAuthorizationRuleContent | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.published = published
        self.updated = updated
        self.author = author
        self.links = links
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NamespaceAuthorizationRuleEntry("
            "id="
            f"{self.id!r}, "
            "title="
            f"{self.title!r}, "
            "published="
            f"{self.published!r}, "
            "updated="
            f"{self.updated!r}, "
            "author="
            f"{self.author!r}, "
            "links="
            f"{self.links!r}, "
            "content="
            f"{self.content!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAuthorizationRuleEntry):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.published == other.published
            and self.updated == other.updated
            and self.author == other.author
            and self.links == other.links
            and self.content == other.content
        )


class NamespaceAuthorizationRuleContent(WindowsAzureData):
    """The `<content>` of a namespace rule entry.

    Attributes:
        type: Media type of the content: `application/xml` for Service Bus descriptions.
        rule: The rule.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "rule",
    )

    type: str | None
    rule: NamespaceSharedAccessRule | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = "application/xml",
        rule: NamespaceSharedAccessRule | None = None,
    ) -> None:
        self.type = type
        self.rule = rule
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"NamespaceAuthorizationRuleContent(type={self.type!r}, rule={self.rule!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceAuthorizationRuleContent):
            return NotImplemented
        return self.type == other.type and self.rule == other.rule


class NamespaceSharedAccessRule(WindowsAzureData):
    """A shared access rule of a namespace: a key name, the rights it grants and its two keys. (The
    elements are in the order the Hydra-generated package writes them: `Revision` before
    `KeyName`.)

    Attributes:
        claim_type: Kind of claim the rule checks (`SharedAccessKey`).
        claim_value: Value the claim must have (`None`).
        rights: Rights granted: `Manage`, `Send` and/or `Listen`.
        created_time: When the rule was created.
        modified_time: When the rule last changed.
        revision: Version of the rule (grows with each change).
        key_name: Name of the key pair (`SharedAccessKeyName`).
        primary_key: Primary key (base64).
        secondary_key: Secondary key (base64).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "claim_type",
        "claim_value",
        "rights",
        "created_time",
        "modified_time",
        "revision",
        "key_name",
        "primary_key",
        "secondary_key",
    )

    claim_type: str | None
    claim_value: str | None
    rights: list[str] | None
    created_time: datetime | None
    modified_time: datetime | None
    revision: int | None
    key_name: str | None
    primary_key: str | None
    secondary_key: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        claim_type: str | None = "SharedAccessKey",
        claim_value: str | None = "None",
        rights: list[str] | None = None,
        created_time: datetime | None = None,
        modified_time: datetime | None = None,
        revision: int | None = None,
        key_name: str | None = None,
        primary_key: str | None = None,
        secondary_key: str | None = None,
    ) -> None:
        self.claim_type = claim_type
        self.claim_value = claim_value
        self.rights = rights
        self.created_time = created_time
        self.modified_time = modified_time
        self.revision = revision
        self.key_name = key_name
        self.primary_key = primary_key
        self.secondary_key = secondary_key
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "NamespaceSharedAccessRule("
            "claim_type="
            f"{self.claim_type!r}, "
            "claim_value="
            f"{self.claim_value!r}, "
            "rights="
            f"{self.rights!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "modified_time="
            f"{self.modified_time!r}, "
            "revision="
            f"{self.revision!r}, "
            "key_name="
            f"{self.key_name!r}, "
            "primary_key="
            f"{'<secret>' if self.primary_key is not None else None}, "
            "secondary_key="
            f"{'<secret>' if self.secondary_key is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NamespaceSharedAccessRule):
            return NotImplemented
        return (
            self.claim_type == other.claim_type
            and self.claim_value == other.claim_value
            and self.rights == other.rights
            and self.created_time == other.created_time
            and self.modified_time == other.modified_time
            and self.revision == other.revision
            and self.key_name == other.key_name
            and self.primary_key == other.primary_key
            and self.secondary_key == other.secondary_key
        )


class ServiceExtensionInput(WindowsAzureData):
    """Request body of `add_service_extension`, in ASM's order.

    Attributes:
        provider_namespace: Namespace of the provider.
        extension_type: Type of the extension.
        extension_id: Identifier of the extension in the service.
        thumbprint: Thumbprint of the encrypting certificate.
        thumbprint_algorithm: Algorithm of the thumbprint.
        public_configuration: Public configuration.
        private_configuration: Private configuration.
        version: Version of the extension image.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "provider_namespace",
        "extension_type",
        "extension_id",
        "thumbprint",
        "thumbprint_algorithm",
        "public_configuration",
        "private_configuration",
        "version",
    )

    provider_namespace: str | None
    extension_type: str | None
    extension_id: str | None
    thumbprint: str | None
    thumbprint_algorithm: str | None
    public_configuration: str | None
    private_configuration: str | None
    version: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        provider_namespace: str | None = None,
        extension_type: str | None = None,
        extension_id: str | None = None,
        thumbprint: str | None = None,
        thumbprint_algorithm: str | None = None,
        public_configuration: str | None = None,
        private_configuration: str | None = None,
        version: str | None = None,
    ) -> None:
        self.provider_namespace = provider_namespace
        self.extension_type = extension_type
        self.extension_id = extension_id
        self.thumbprint = thumbprint
        self.thumbprint_algorithm = thumbprint_algorithm
        self.public_configuration = public_configuration
        self.private_configuration = private_configuration
        self.version = version
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceExtensionInput("
            "provider_namespace="
            f"{self.provider_namespace!r}, "
            "extension_type="
            f"{self.extension_type!r}, "
            "extension_id="
            f"{self.extension_id!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "thumbprint_algorithm="
            f"{self.thumbprint_algorithm!r}, "
            "public_configuration="
            f"{self.public_configuration!r}, "
            "private_configuration="
            f"{'<secret>' if self.private_configuration is not None else None}, "
            "version="
            f"{self.version!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceExtensionInput):
            return NotImplemented
        return (
            self.provider_namespace == other.provider_namespace
            and self.extension_type == other.extension_type
            and self.extension_id == other.extension_id
            and self.thumbprint == other.thumbprint
            and self.thumbprint_algorithm == other.thumbprint_algorithm
            and self.public_configuration == other.public_configuration
            and self.private_configuration == other.private_configuration
            and self.version == other.version
        )


class ServiceExtension(WindowsAzureData):
    """An extension of a cloud service.

    Attributes:
        provider_namespace: Namespace of the provider.
        type: Type of the extension.
        id: Identifier of the extension in the service.
        version: Version of the extension image.
        thumbprint: Thumbprint of the encrypting certificate.
        thumbprint_algorithm: Algorithm of the thumbprint.
        public_configuration: Public configuration (decoded from base64).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "provider_namespace",
        "type",
        "id",
        "version",
        "thumbprint",
        "thumbprint_algorithm",
        "public_configuration",
    )

    provider_namespace: str | None
    type: str | None
    id: str | None
    version: str | None
    thumbprint: str | None
    thumbprint_algorithm: str | None
    public_configuration: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        provider_namespace: str | None = None,
        type: str | None = None,
        id: str | None = None,
        version: str | None = None,
        thumbprint: str | None = None,
        thumbprint_algorithm: str | None = None,
        public_configuration: str | None = None,
    ) -> None:
        self.provider_namespace = provider_namespace
        self.type = type
        self.id = id
        self.version = version
        self.thumbprint = thumbprint
        self.thumbprint_algorithm = thumbprint_algorithm
        self.public_configuration = public_configuration
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceExtension("
            "provider_namespace="
            f"{self.provider_namespace!r}, "
            "type="
            f"{self.type!r}, "
            "id="
            f"{self.id!r}, "
            "version="
            f"{self.version!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "thumbprint_algorithm="
            f"{self.thumbprint_algorithm!r}, "
            "public_configuration="
            f"{self.public_configuration!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceExtension):
            return NotImplemented
        return (
            self.provider_namespace == other.provider_namespace
            and self.type == other.type
            and self.id == other.id
            and self.version == other.version
            and self.thumbprint == other.thumbprint
            and self.thumbprint_algorithm == other.thumbprint_algorithm
            and self.public_configuration == other.public_configuration
        )


class ExtensionImage(WindowsAzureData):
    """One version of an extension image cloud services can use, in ASM's order.

    Attributes:
        provider_namespace: Namespace of the provider, e.g.
            `Microsoft.Windows.Azure.Extensions`.
        type: Type of the extension, e.g. `RDP`.
        version: Version, e.g. `1.2.1`.
        label: Friendly name.
        hosting_resources: Where the extension runs: WebRole, WorkerRole or both
            (`WebRole|WorkerRole`).
        media_link: Blob URL of the extension's package.
        certificate: The certificate the extension needs, if any.
        endpoints: Endpoints the extension opens on the roles.
        public_configuration_schema: Schema of the public configuration (decoded from base64).
        private_configuration_schema: Schema of the private configuration (decoded from base64).
        description: What the extension does.
        publisher_name: Publisher shown to users.
        published_date: When this version was published.
        local_resources: Local storage the extension needs on each instance.
        block_role_upon_failure: Whether a role stays unavailable when the extension fails to
            start.
        is_internal_extension: Whether the image is hidden from other subscriptions' listings.
        sample_config: A sample configuration (decoded from base64).
        replication_completed: Whether this version has reached every region.
        eula: URL of the license agreement.
        privacy_uri: URL of the privacy statement.
        homepage_uri: URL of the extension's home page.
        is_json_extension: Whether the configuration is JSON (otherwise XML).
        disallow_major_version_upgrade: Whether roles may not be moved to a new major version
            automatically.
        supported_os: Operating systems the extension runs on.
        company_name: Company of the publisher.
        regions: Regions the version is offered in (`;`-separated), all when empty.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "provider_namespace",
        "type",
        "version",
        "label",
        "hosting_resources",
        "media_link",
        "certificate",
        "endpoints",
        "public_configuration_schema",
        "private_configuration_schema",
        "description",
        "publisher_name",
        "published_date",
        "local_resources",
        "block_role_upon_failure",
        "is_internal_extension",
        "sample_config",
        "replication_completed",
        "eula",
        "privacy_uri",
        "homepage_uri",
        "is_json_extension",
        "disallow_major_version_upgrade",
        "supported_os",
        "company_name",
        "regions",
    )

    provider_namespace: str | None
    type: str | None
    version: str | None
    label: str | None
    hosting_resources: str | None
    media_link: str | None
    certificate: ExtensionCertificateConfiguration | None
    endpoints: ExtensionEndpointConfiguration | None
    public_configuration_schema: str | None
    private_configuration_schema: str | None
    description: str | None
    publisher_name: str | None
    published_date: datetime | None
    local_resources: list[ExtensionLocalResourceConfiguration] | None
    block_role_upon_failure: bool | None
    is_internal_extension: bool | None
    sample_config: str | None
    replication_completed: bool | None
    eula: str | None
    privacy_uri: str | None
    homepage_uri: str | None
    is_json_extension: bool | None
    disallow_major_version_upgrade: bool | None
    supported_os: str | None
    company_name: str | None
    regions: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        provider_namespace: str | None = None,
        type: str | None = None,
        version: str | None = None,
        label: str | None = None,
        hosting_resources: str | None = None,
        media_link: str | None = None,
        certificate: ExtensionCertificateConfiguration | None = None,
        endpoints: ExtensionEndpointConfiguration | None = None,
        public_configuration_schema: str | None = None,
        private_configuration_schema: str | None = None,
        description: str | None = None,
        publisher_name: str | None = None,
        published_date: datetime | None = None,
        local_resources: list[ExtensionLocalResourceConfiguration] | None = None,
        block_role_upon_failure: bool | None = None,
        is_internal_extension: bool | None = None,
        sample_config: str | None = None,
        replication_completed: bool | None = None,
        eula: str | None = None,
        privacy_uri: str | None = None,
        homepage_uri: str | None = None,
        is_json_extension: bool | None = None,
        disallow_major_version_upgrade: bool | None = None,
        supported_os: str | None = None,
        company_name: str | None = None,
        regions: str | None = None,
    ) -> None:
        self.provider_namespace = provider_namespace
        self.type = type
        self.version = version
        self.label = label
        self.hosting_resources = hosting_resources
        self.media_link = media_link
        self.certificate = certificate
        self.endpoints = endpoints
        self.public_configuration_schema = public_configuration_schema
        self.private_configuration_schema = private_configuration_schema
        self.description = description
        self.publisher_name = publisher_name
        self.published_date = published_date
        self.local_resources = local_resources
        self.block_role_upon_failure = block_role_upon_failure
        self.is_internal_extension = is_internal_extension
        self.sample_config = sample_config
        self.replication_completed = replication_completed
        self.eula = eula
        self.privacy_uri = privacy_uri
        self.homepage_uri = homepage_uri
        self.is_json_extension = is_json_extension
        self.disallow_major_version_upgrade = disallow_major_version_upgrade
        self.supported_os = supported_os
        self.company_name = company_name
        self.regions = regions
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionImage("
            "provider_namespace="
            f"{self.provider_namespace!r}, "
            "type="
            f"{self.type!r}, "
            "version="
            f"{self.version!r}, "
            "label="
            f"{self.label!r}, "
            "hosting_resources="
            f"{self.hosting_resources!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "certificate="
            f"{self.certificate!r}, "
            "endpoints="
            f"{self.endpoints!r}, "
            "public_configuration_schema="
            f"{self.public_configuration_schema!r}, "
            "private_configuration_schema="
            f"{self.private_configuration_schema!r}, "
            "description="
            f"{self.description!r}, "
            "publisher_name="
            f"{self.publisher_name!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "local_resources="
            f"{self.local_resources!r}, "
            "block_role_upon_failure="
            f"{self.block_role_upon_failure!r}, "
            "is_internal_extension="
            f"{self.is_internal_extension!r}, "
            "sample_config="
            f"{self.sample_config!r}, "
            "replication_completed="
            f"{self.replication_completed!r}, "
            "eula="
            f"{self.eula!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "homepage_uri="
            f"{self.homepage_uri!r}, "
            "is_json_extension="
            f"{self.is_json_extension!r}, "
            "disallow_major_version_upgrade="
            f"{self.disallow_major_version_upgrade!r}, "
            "supported_os="
            f"{self.supported_os!r}, "
            "company_name="
            f"{self.company_name!r}, "
            "regions="
            f"{self.regions!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionImage):
            return NotImplemented
        return (
            self.provider_namespace == other.provider_namespace
            and self.type == other.type
            and self.version == other.version
            and self.label == other.label
            and self.hosting_resources == other.hosting_resources
            and self.media_link == other.media_link
            and self.certificate == other.certificate
            and self.endpoints == other.endpoints
            and self.public_configuration_schema == other.public_configuration_schema
            and self.private_configuration_schema == other.private_configuration_schema
            and self.description == other.description
            and self.publisher_name == other.publisher_name
            and self.published_date == other.published_date
            and self.local_resources == other.local_resources
            and self.block_role_upon_failure == other.block_role_upon_failure
            and self.is_internal_extension == other.is_internal_extension
            and self.sample_config == other.sample_config
            and self.replication_completed == other.replication_completed
            and self.eula == other.eula
            and self.privacy_uri == other.privacy_uri
            and self.homepage_uri == other.homepage_uri
            and self.is_json_extension == other.is_json_extension
            and self.disallow_major_version_upgrade == other.disallow_major_version_upgrade
            and self.supported_os == other.supported_os
            and self.company_name == other.company_name
            and self.regions == other.regions
        )


class ExtensionCertificateConfiguration(WindowsAzureData):
    """The certificate an extension image needs.

    Attributes:
        store_location: Certificate store location (LocalMachine).
        store_name: Certificate store name (My).
        thumbprint_required: Whether adding the extension needs a thumbprint.
        thumbprint_algorithm: Algorithm of the thumbprint (sha1).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "store_location",
        "store_name",
        "thumbprint_required",
        "thumbprint_algorithm",
    )

    store_location: str | None
    store_name: str | None
    thumbprint_required: bool | None
    thumbprint_algorithm: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        store_location: str | None = None,
        store_name: str | None = None,
        thumbprint_required: bool | None = None,
        thumbprint_algorithm: str | None = None,
    ) -> None:
        self.store_location = store_location
        self.store_name = store_name
        self.thumbprint_required = thumbprint_required
        self.thumbprint_algorithm = thumbprint_algorithm
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionCertificateConfiguration("
            "store_location="
            f"{self.store_location!r}, "
            "store_name="
            f"{self.store_name!r}, "
            "thumbprint_required="
            f"{self.thumbprint_required!r}, "
            "thumbprint_algorithm="
            f"{self.thumbprint_algorithm!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionCertificateConfiguration):
            return NotImplemented
        return (
            self.store_location == other.store_location
            and self.store_name == other.store_name
            and self.thumbprint_required == other.thumbprint_required
            and self.thumbprint_algorithm == other.thumbprint_algorithm
        )


class ExtensionEndpointConfiguration(WindowsAzureData):
    """The endpoints an extension image opens on the roles that enable it.

    Attributes:
        input_endpoints: Load-balanced public endpoints.
        internal_endpoints: Endpoints between the instances.
        instance_input_endpoints: Public endpoints of each instance (a port range).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "input_endpoints",
        "internal_endpoints",
        "instance_input_endpoints",
    )

    input_endpoints: list[ExtensionInputEndpoint] | None
    internal_endpoints: list[ExtensionInternalEndpoint] | None
    instance_input_endpoints: list[ExtensionInstanceInputEndpoint] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        input_endpoints: list[ExtensionInputEndpoint] | None = None,
        internal_endpoints: list[ExtensionInternalEndpoint] | None = None,
        instance_input_endpoints: list[ExtensionInstanceInputEndpoint] | None = None,
    ) -> None:
        self.input_endpoints = input_endpoints
        self.internal_endpoints = internal_endpoints
        self.instance_input_endpoints = instance_input_endpoints
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionEndpointConfiguration("
            "input_endpoints="
            f"{self.input_endpoints!r}, "
            "internal_endpoints="
            f"{self.internal_endpoints!r}, "
            "instance_input_endpoints="
            f"{self.instance_input_endpoints!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionEndpointConfiguration):
            return NotImplemented
        return (
            self.input_endpoints == other.input_endpoints
            and self.internal_endpoints == other.internal_endpoints
            and self.instance_input_endpoints == other.instance_input_endpoints
        )


class ExtensionInputEndpoint(WindowsAzureData):
    """A load-balanced public endpoint of an extension image.

    Attributes:
        name: Name of the endpoint.
        protocol: tcp, udp, http or https.
        port: Public port.
        local_port: Port on the instance (`*` for any).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "protocol",
        "port",
        "local_port",
    )

    name: str | None
    protocol: str | None
    port: int | None
    local_port: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        protocol: str | None = None,
        port: int | None = None,
        local_port: str | None = None,
    ) -> None:
        self.name = name
        self.protocol = protocol
        self.port = port
        self.local_port = local_port
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionInputEndpoint("
            "name="
            f"{self.name!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "port="
            f"{self.port!r}, "
            "local_port="
            f"{self.local_port!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionInputEndpoint):
            return NotImplemented
        return (
            self.name == other.name
            and self.protocol == other.protocol
            and self.port == other.port
            and self.local_port == other.local_port
        )


class ExtensionInternalEndpoint(WindowsAzureData):
    """An endpoint of an extension image between the instances.

    Attributes:
        name: Name of the endpoint.
        protocol: tcp, udp, http or https.
        port: Port.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "protocol",
        "port",
    )

    name: str | None
    protocol: str | None
    port: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        protocol: str | None = None,
        port: int | None = None,
    ) -> None:
        self.name = name
        self.protocol = protocol
        self.port = port
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionInternalEndpoint("
            "name="
            f"{self.name!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "port="
            f"{self.port!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionInternalEndpoint):
            return NotImplemented
        return (
            self.name == other.name and self.protocol == other.protocol and self.port == other.port
        )


class ExtensionInstanceInputEndpoint(WindowsAzureData):
    """A public endpoint of each instance, from a range of ports, of an extension image.

    Attributes:
        name: Name of the endpoint.
        protocol: tcp or udp.
        local_port: Port on the instance.
        fixed_port_min: First public port of the range.
        fixed_port_max: Last public port of the range.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "protocol",
        "local_port",
        "fixed_port_min",
        "fixed_port_max",
    )

    name: str | None
    protocol: str | None
    local_port: str | None
    fixed_port_min: int | None
    fixed_port_max: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        protocol: str | None = None,
        local_port: str | None = None,
        fixed_port_min: int | None = None,
        fixed_port_max: int | None = None,
    ) -> None:
        self.name = name
        self.protocol = protocol
        self.local_port = local_port
        self.fixed_port_min = fixed_port_min
        self.fixed_port_max = fixed_port_max
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionInstanceInputEndpoint("
            "name="
            f"{self.name!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "local_port="
            f"{self.local_port!r}, "
            "fixed_port_min="
            f"{self.fixed_port_min!r}, "
            "fixed_port_max="
            f"{self.fixed_port_max!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionInstanceInputEndpoint):
            return NotImplemented
        return (
            self.name == other.name
            and self.protocol == other.protocol
            and self.local_port == other.local_port
            and self.fixed_port_min == other.fixed_port_min
            and self.fixed_port_max == other.fixed_port_max
        )


class ExtensionLocalResourceConfiguration(WindowsAzureData):
    """Local storage an extension image needs on each instance.

    Attributes:
        name: Name of the local resource.
        size_in_mb: Size in MB.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "size_in_mb",
    )

    name: str | None
    size_in_mb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        size_in_mb: int | None = None,
    ) -> None:
        self.name = name
        self.size_in_mb = size_in_mb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ExtensionLocalResourceConfiguration("
            "name="
            f"{self.name!r}, "
            "size_in_mb="
            f"{self.size_in_mb!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtensionLocalResourceConfiguration):
            return NotImplemented
        return self.name == other.name and self.size_in_mb == other.size_in_mb


class DatabaseCopyInput(WindowsAzureData):
    """Body of create_database_copy.

    Attributes:
        partner_server: Server of the copy.
        partner_database: Name of the copy.
        is_continuous: Whether the copy stays linked.
        is_offline_secondary: Whether the copy is an offline secondary.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "partner_server",
        "partner_database",
        "is_continuous",
        "is_offline_secondary",
    )

    partner_server: str | None
    partner_database: str | None
    is_continuous: bool | None
    is_offline_secondary: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        partner_server: str | None = None,
        partner_database: str | None = None,
        is_continuous: bool | None = False,
        is_offline_secondary: bool | None = None,
    ) -> None:
        self.partner_server = partner_server
        self.partner_database = partner_database
        self.is_continuous = is_continuous
        self.is_offline_secondary = is_offline_secondary
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DatabaseCopyInput("
            "partner_server="
            f"{self.partner_server!r}, "
            "partner_database="
            f"{self.partner_database!r}, "
            "is_continuous="
            f"{self.is_continuous!r}, "
            "is_offline_secondary="
            f"{self.is_offline_secondary!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseCopyInput):
            return NotImplemented
        return (
            self.partner_server == other.partner_server
            and self.partner_database == other.partner_database
            and self.is_continuous == other.is_continuous
            and self.is_offline_secondary == other.is_offline_secondary
        )


class DatabaseCopyUpdateInput(WindowsAzureData):
    """Body of update_database_copy.

    Attributes:
        is_forced_terminate: Terminate the link at once.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("is_forced_terminate",)

    is_forced_terminate: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        is_forced_terminate: bool | None = None,
    ) -> None:
        self.is_forced_terminate = is_forced_terminate
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DatabaseCopyUpdateInput(is_forced_terminate={self.is_forced_terminate!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseCopyUpdateInput):
            return NotImplemented
        return self.is_forced_terminate == other.is_forced_terminate


class DatabaseCopy(WindowsAzureData):
    """A database copy link between a source database and its copy on a partner server.

    Attributes:
        name: Name (id, a GUID) of the link.
        type: Resource type: `Microsoft.SqlAzure.DatabaseCopy`.
        state: State of the resource.
        self_link: Management URL of the link.
        parent_link: Management URL of the database.
        source_server_name: Server of the source database.
        source_database_name: Name of the source database.
        destination_server_name: Server of the copy.
        destination_database_name: Name of the copy.
        is_continuous: Whether the copy stays linked.
        replication_state: Replication state as a number: 0 pending, 1 seeding, 2 catch-up
            (continuous), 3 completed.
        replication_state_description: Replication state: `PENDING`, `SEEDING`, `CATCH_UP`,
            `COMPLETED`.
        local_database_id: Id of the database on this server.
        is_local_database_replication_target: Whether this server's database is the copy (else
            the source).
        is_interlink_connected: Whether both ends are connected.
        start_date: When the copy started (UTC).
        modify_date: When the link last changed (UTC).
        percent_complete: How much of the seeding is done.
        is_offline_secondary: Whether the copy is an offline secondary.
        is_termination_allowed: Whether the link may be terminated now (not while seeding).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "source_server_name",
        "source_database_name",
        "destination_server_name",
        "destination_database_name",
        "is_continuous",
        "replication_state",
        "replication_state_description",
        "local_database_id",
        "is_local_database_replication_target",
        "is_interlink_connected",
        "start_date",
        "modify_date",
        "percent_complete",
        "is_offline_secondary",
        "is_termination_allowed",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    source_server_name: str | None
    source_database_name: str | None
    destination_server_name: str | None
    destination_database_name: str | None
    is_continuous: bool | None
    replication_state: int | None
    replication_state_description: str | None
    local_database_id: int | None
    is_local_database_replication_target: bool | None
    is_interlink_connected: bool | None
    start_date: datetime | None
    modify_date: datetime | None
    percent_complete: float | None
    is_offline_secondary: bool | None
    is_termination_allowed: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        source_server_name: str | None = None,
        source_database_name: str | None = None,
        destination_server_name: str | None = None,
        destination_database_name: str | None = None,
        is_continuous: bool | None = None,
        replication_state: int | None = None,
        replication_state_description: str | None = None,
        local_database_id: int | None = None,
        is_local_database_replication_target: bool | None = None,
        is_interlink_connected: bool | None = None,
        start_date: datetime | None = None,
        modify_date: datetime | None = None,
        percent_complete: float | None = None,
        is_offline_secondary: bool | None = None,
        is_termination_allowed: bool | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.source_server_name = source_server_name
        self.source_database_name = source_database_name
        self.destination_server_name = destination_server_name
        self.destination_database_name = destination_database_name
        self.is_continuous = is_continuous
        self.replication_state = replication_state
        self.replication_state_description = replication_state_description
        self.local_database_id = local_database_id
        self.is_local_database_replication_target = is_local_database_replication_target
        self.is_interlink_connected = is_interlink_connected
        self.start_date = start_date
        self.modify_date = modify_date
        self.percent_complete = percent_complete
        self.is_offline_secondary = is_offline_secondary
        self.is_termination_allowed = is_termination_allowed
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DatabaseCopy("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "source_server_name="
            f"{self.source_server_name!r}, "
            "source_database_name="
            f"{self.source_database_name!r}, "
            "destination_server_name="
            f"{self.destination_server_name!r}, "
            "destination_database_name="
            f"{self.destination_database_name!r}, "
            "is_continuous="
            f"{self.is_continuous!r}, "
            "replication_state="
            f"{self.replication_state!r}, "
            "replication_state_description="
            f"{self.replication_state_description!r}, "
            "local_database_id="
            f"{self.local_database_id!r}, "
            "is_local_database_replication_target="
            f"{self.is_local_database_replication_target!r}, "
            "is_interlink_connected="
            f"{self.is_interlink_connected!r}, "
            "start_date="
            f"{self.start_date!r}, "
            "modify_date="
            f"{self.modify_date!r}, "
            "percent_complete="
            f"{self.percent_complete!r}, "
            "is_offline_secondary="
            f"{self.is_offline_secondary!r}, "
            "is_termination_allowed="
            f"{self.is_termination_allowed!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseCopy):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.source_server_name == other.source_server_name
            and self.source_database_name == other.source_database_name
            and self.destination_server_name == other.destination_server_name
            and self.destination_database_name == other.destination_database_name
            and self.is_continuous == other.is_continuous
            and self.replication_state == other.replication_state
            and self.replication_state_description == other.replication_state_description
            and self.local_database_id == other.local_database_id
            and self.is_local_database_replication_target
            == other.is_local_database_replication_target
            and self.is_interlink_connected == other.is_interlink_connected
            and self.start_date == other.start_date
            and self.modify_date == other.modify_date
            and self.percent_complete == other.percent_complete
            and self.is_offline_secondary == other.is_offline_secondary
            and self.is_termination_allowed == other.is_termination_allowed
        )


class DatabaseOperation(WindowsAzureData):
    """An operation on a database of a server (create, copy, restore, ...) and its progress.

    Attributes:
        name: Kind of operation (`CREATE DATABASE`, `RESTORE DATABASE`, ...).
        type: Resource type: `Microsoft.SqlAzure.DatabaseOperation`.
        state: `PENDING`, `IN_PROGRESS`, `COMPLETED` or `FAILED`.
        self_link: Management URL of the operation.
        parent_link: Management URL of the server.
        id: Id (a GUID) of the operation.
        state_id: State as a number: 0 pending, 1 in progress, 2 completed, 3 failed.
        session_activity_id: Id of the session that started it.
        database_name: Database the operation works on.
        percent_complete: How much of the work is done.
        error_code: Error code when it failed (0 otherwise).
        error: Error message when it failed.
        error_severity: Severity of the error.
        error_state: State of the error.
        start_time: When the operation started (UTC).
        last_modify_time: When it last progressed (UTC).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "id",
        "state_id",
        "session_activity_id",
        "database_name",
        "percent_complete",
        "error_code",
        "error",
        "error_severity",
        "error_state",
        "start_time",
        "last_modify_time",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    id: str | None
    state_id: int | None
    session_activity_id: str | None
    database_name: str | None
    percent_complete: int | None
    error_code: int | None
    error: str | None
    error_severity: int | None
    error_state: int | None
    start_time: datetime | None
    last_modify_time: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        id: str | None = None,
        state_id: int | None = None,
        session_activity_id: str | None = None,
        database_name: str | None = None,
        percent_complete: int | None = None,
        error_code: int | None = None,
        error: str | None = None,
        error_severity: int | None = None,
        error_state: int | None = None,
        start_time: datetime | None = None,
        last_modify_time: datetime | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.id = id
        self.state_id = state_id
        self.session_activity_id = session_activity_id
        self.database_name = database_name
        self.percent_complete = percent_complete
        self.error_code = error_code
        self.error = error
        self.error_severity = error_severity
        self.error_state = error_state
        self.start_time = start_time
        self.last_modify_time = last_modify_time
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DatabaseOperation("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "id="
            f"{self.id!r}, "
            "state_id="
            f"{self.state_id!r}, "
            "session_activity_id="
            f"{self.session_activity_id!r}, "
            "database_name="
            f"{self.database_name!r}, "
            "percent_complete="
            f"{self.percent_complete!r}, "
            "error_code="
            f"{self.error_code!r}, "
            "error="
            f"{self.error!r}, "
            "error_severity="
            f"{self.error_severity!r}, "
            "error_state="
            f"{self.error_state!r}, "
            "start_time="
            f"{self.start_time!r}, "
            "last_modify_time="
            f"{self.last_modify_time!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseOperation):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.id == other.id
            and self.state_id == other.state_id
            and self.session_activity_id == other.session_activity_id
            and self.database_name == other.database_name
            and self.percent_complete == other.percent_complete
            and self.error_code == other.error_code
            and self.error == other.error
            and self.error_severity == other.error_severity
            and self.error_state == other.error_state
            and self.start_time == other.start_time
            and self.last_modify_time == other.last_modify_time
        )


class RestorableDroppedDatabase(WindowsAzureData):
    """A deleted database that can still be restored.

    Attributes:
        name: Name the database had.
        type: Resource type: `Microsoft.SqlAzure.RestorableDroppedDatabase`.
        state: State of the resource.
        self_link: Management URL of the entry.
        parent_link: Management URL of the server.
        entity_id: Id of the entry (`<name>,<deletion time>`).
        server_name: Server the database was on.
        edition: Edition the database had.
        max_size_bytes: Maximum size the database had.
        creation_date: When the database was created (UTC).
        deletion_date: When the database was deleted (UTC).
        recovery_period_start_date: Earliest point in time the database can be restored to
            (UTC).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "entity_id",
        "server_name",
        "edition",
        "max_size_bytes",
        "creation_date",
        "deletion_date",
        "recovery_period_start_date",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    entity_id: str | None
    server_name: str | None
    edition: str | None
    max_size_bytes: int | None
    creation_date: datetime | None
    deletion_date: datetime | None
    recovery_period_start_date: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        entity_id: str | None = None,
        server_name: str | None = None,
        edition: str | None = None,
        max_size_bytes: int | None = None,
        creation_date: datetime | None = None,
        deletion_date: datetime | None = None,
        recovery_period_start_date: datetime | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.entity_id = entity_id
        self.server_name = server_name
        self.edition = edition
        self.max_size_bytes = max_size_bytes
        self.creation_date = creation_date
        self.deletion_date = deletion_date
        self.recovery_period_start_date = recovery_period_start_date
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RestorableDroppedDatabase("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "entity_id="
            f"{self.entity_id!r}, "
            "server_name="
            f"{self.server_name!r}, "
            "edition="
            f"{self.edition!r}, "
            "max_size_bytes="
            f"{self.max_size_bytes!r}, "
            "creation_date="
            f"{self.creation_date!r}, "
            "deletion_date="
            f"{self.deletion_date!r}, "
            "recovery_period_start_date="
            f"{self.recovery_period_start_date!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RestorableDroppedDatabase):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.entity_id == other.entity_id
            and self.server_name == other.server_name
            and self.edition == other.edition
            and self.max_size_bytes == other.max_size_bytes
            and self.creation_date == other.creation_date
            and self.deletion_date == other.deletion_date
            and self.recovery_period_start_date == other.recovery_period_start_date
        )


class RecoverableDatabase(WindowsAzureData):
    """A database that can be recovered from its geo-replicated backup.

    Attributes:
        name: Name of the database.
        type: Resource type: `Microsoft.SqlAzure.RecoverableDatabase`.
        state: State of the resource.
        self_link: Management URL of the entry.
        parent_link: Management URL of the server.
        entity_id: Id of the entry.
        server_name: Server of the database.
        edition: Edition of the database.
        last_available_backup_date: When the backup a recovery would use was taken (UTC).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "entity_id",
        "server_name",
        "edition",
        "last_available_backup_date",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    entity_id: str | None
    server_name: str | None
    edition: str | None
    last_available_backup_date: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        entity_id: str | None = None,
        server_name: str | None = None,
        edition: str | None = None,
        last_available_backup_date: datetime | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.entity_id = entity_id
        self.server_name = server_name
        self.edition = edition
        self.last_available_backup_date = last_available_backup_date
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RecoverableDatabase("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "entity_id="
            f"{self.entity_id!r}, "
            "server_name="
            f"{self.server_name!r}, "
            "edition="
            f"{self.edition!r}, "
            "last_available_backup_date="
            f"{self.last_available_backup_date!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecoverableDatabase):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.entity_id == other.entity_id
            and self.server_name == other.server_name
            and self.edition == other.edition
            and self.last_available_backup_date == other.last_available_backup_date
        )


class RestoreDatabaseInput(WindowsAzureData):
    """Body of restore_database.

    Attributes:
        source_database_name: Database to restore.
        source_database_deletion_date: When the source database was deleted.
        target_server_name: Server of the new database.
        target_database_name: Name of the new database.
        target_utc_point_in_time: Point in time restored to.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "source_database_name",
        "source_database_deletion_date",
        "target_server_name",
        "target_database_name",
        "target_utc_point_in_time",
    )

    source_database_name: str | None
    source_database_deletion_date: datetime | None
    target_server_name: str | None
    target_database_name: str | None
    target_utc_point_in_time: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        source_database_name: str | None = None,
        source_database_deletion_date: datetime | None = None,
        target_server_name: str | None = None,
        target_database_name: str | None = None,
        target_utc_point_in_time: datetime | None = None,
    ) -> None:
        self.source_database_name = source_database_name
        self.source_database_deletion_date = source_database_deletion_date
        self.target_server_name = target_server_name
        self.target_database_name = target_database_name
        self.target_utc_point_in_time = target_utc_point_in_time
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RestoreDatabaseInput("
            "source_database_name="
            f"{self.source_database_name!r}, "
            "source_database_deletion_date="
            f"{self.source_database_deletion_date!r}, "
            "target_server_name="
            f"{self.target_server_name!r}, "
            "target_database_name="
            f"{self.target_database_name!r}, "
            "target_utc_point_in_time="
            f"{self.target_utc_point_in_time!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RestoreDatabaseInput):
            return NotImplemented
        return (
            self.source_database_name == other.source_database_name
            and self.source_database_deletion_date == other.source_database_deletion_date
            and self.target_server_name == other.target_server_name
            and self.target_database_name == other.target_database_name
            and self.target_utc_point_in_time == other.target_utc_point_in_time
        )


class RestoreDatabaseOperation(WindowsAzureData):
    """What restore_database answers.

    Attributes:
        name: Name of the resource.
        type: Resource type.
        state: State of the resource.
        request_id: Id of the restore (the id of its database operation).
        source_database_name: Database restored.
        source_database_deletion_date: When the source database was deleted.
        target_server_name: Server of the new database.
        target_database_name: Name of the new database.
        target_utc_point_in_time: Point in time restored to.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "request_id",
        "source_database_name",
        "source_database_deletion_date",
        "target_server_name",
        "target_database_name",
        "target_utc_point_in_time",
    )

    name: str | None
    type: str | None
    state: str | None
    request_id: str | None
    source_database_name: str | None
    source_database_deletion_date: datetime | None
    target_server_name: str | None
    target_database_name: str | None
    target_utc_point_in_time: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        request_id: str | None = None,
        source_database_name: str | None = None,
        source_database_deletion_date: datetime | None = None,
        target_server_name: str | None = None,
        target_database_name: str | None = None,
        target_utc_point_in_time: datetime | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.request_id = request_id
        self.source_database_name = source_database_name
        self.source_database_deletion_date = source_database_deletion_date
        self.target_server_name = target_server_name
        self.target_database_name = target_database_name
        self.target_utc_point_in_time = target_utc_point_in_time
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RestoreDatabaseOperation("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "request_id="
            f"{self.request_id!r}, "
            "source_database_name="
            f"{self.source_database_name!r}, "
            "source_database_deletion_date="
            f"{self.source_database_deletion_date!r}, "
            "target_server_name="
            f"{self.target_server_name!r}, "
            "target_database_name="
            f"{self.target_database_name!r}, "
            "target_utc_point_in_time="
            f"{self.target_utc_point_in_time!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RestoreDatabaseOperation):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.request_id == other.request_id
            and self.source_database_name == other.source_database_name
            and self.source_database_deletion_date == other.source_database_deletion_date
            and self.target_server_name == other.target_server_name
            and self.target_database_name == other.target_database_name
            and self.target_utc_point_in_time == other.target_utc_point_in_time
        )


class RecoverDatabaseInput(WindowsAzureData):
    """Body of recover_database.

    Attributes:
        source_database_name: Database to recover.
        target_server_name: Server of the new database.
        target_database_name: Name of the new database.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "source_database_name",
        "target_server_name",
        "target_database_name",
    )

    source_database_name: str | None
    target_server_name: str | None
    target_database_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        source_database_name: str | None = None,
        target_server_name: str | None = None,
        target_database_name: str | None = None,
    ) -> None:
        self.source_database_name = source_database_name
        self.target_server_name = target_server_name
        self.target_database_name = target_database_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RecoverDatabaseInput("
            "source_database_name="
            f"{self.source_database_name!r}, "
            "target_server_name="
            f"{self.target_server_name!r}, "
            "target_database_name="
            f"{self.target_database_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecoverDatabaseInput):
            return NotImplemented
        return (
            self.source_database_name == other.source_database_name
            and self.target_server_name == other.target_server_name
            and self.target_database_name == other.target_database_name
        )


class RecoverDatabaseOperation(WindowsAzureData):
    """What recover_database answers.

    Attributes:
        name: Name of the resource.
        type: Resource type.
        state: State of the resource.
        request_id: Id of the recovery: the id of its database operation.
        source_database_name: Database recovered.
        target_server_name: Server of the new database.
        target_database_name: Name of the new database.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "request_id",
        "source_database_name",
        "target_server_name",
        "target_database_name",
    )

    name: str | None
    type: str | None
    state: str | None
    request_id: str | None
    source_database_name: str | None
    target_server_name: str | None
    target_database_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        request_id: str | None = None,
        source_database_name: str | None = None,
        target_server_name: str | None = None,
        target_database_name: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.request_id = request_id
        self.source_database_name = source_database_name
        self.target_server_name = target_server_name
        self.target_database_name = target_database_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RecoverDatabaseOperation("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "request_id="
            f"{self.request_id!r}, "
            "source_database_name="
            f"{self.source_database_name!r}, "
            "target_server_name="
            f"{self.target_server_name!r}, "
            "target_database_name="
            f"{self.target_database_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecoverDatabaseOperation):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.request_id == other.request_id
            and self.source_database_name == other.source_database_name
            and self.target_server_name == other.target_server_name
            and self.target_database_name == other.target_database_name
        )


class DacBlobStorageAccessKeyCredentials(WindowsAzureData):
    """A BACPAC blob given by its URL and the access key of its storage account.

    Attributes:
        uri: URL of the blob (`https://account.blob.core.windows.net/container/
            db.bacpac`).
        storage_access_key: Access key of the storage account.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "uri",
        "storage_access_key",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("type", "BlobStorageAccessKeyCredentials")

    uri: str | None
    storage_access_key: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        uri: str | None = None,
        storage_access_key: str | None = None,
    ) -> None:
        self.uri = uri
        self.storage_access_key = storage_access_key
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DacBlobStorageAccessKeyCredentials("
            "uri="
            f"{self.uri!r}, "
            "storage_access_key="
            f"{'<secret>' if self.storage_access_key is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacBlobStorageAccessKeyCredentials):
            return NotImplemented
        return self.uri == other.uri and self.storage_access_key == other.storage_access_key


class DacConnectionInfo(WindowsAzureData):
    """The database of a DAC request and the login used to reach it.

    Attributes:
        database_name: Name of the database.
        password: Password of the login.
        server_name: Domain name of the server (`<name>.database.windows.net`).
        user_name: Login of the server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "database_name",
        "password",
        "server_name",
        "user_name",
    )

    database_name: str | None
    password: str | None
    server_name: str | None
    user_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        database_name: str | None = None,
        password: str | None = None,
        server_name: str | None = None,
        user_name: str | None = None,
    ) -> None:
        self.database_name = database_name
        self.password = password
        self.server_name = server_name
        self.user_name = user_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DacConnectionInfo("
            "database_name="
            f"{self.database_name!r}, "
            "password="
            f"{'<secret>' if self.password is not None else None}, "
            "server_name="
            f"{self.server_name!r}, "
            "user_name="
            f"{self.user_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacConnectionInfo):
            return NotImplemented
        return (
            self.database_name == other.database_name
            and self.password == other.password
            and self.server_name == other.server_name
            and self.user_name == other.user_name
        )


class DacExportInput(WindowsAzureData):
    """Body of export_database.

    Attributes:
        blob_credentials: The blob written.
        connection_info: The database exported.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "blob_credentials",
        "connection_info",
    )

    blob_credentials: DacBlobCredentials | None
    connection_info: DacConnectionInfo | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        blob_credentials: DacBlobCredentials | None = None,
        connection_info: DacConnectionInfo | None = None,
    ) -> None:
        self.blob_credentials = blob_credentials
        self.connection_info = connection_info
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DacExportInput("
            "blob_credentials="
            f"{self.blob_credentials!r}, "
            "connection_info="
            f"{self.connection_info!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacExportInput):
            return NotImplemented
        return (
            self.blob_credentials == other.blob_credentials
            and self.connection_info == other.connection_info
        )


class DacImportInput(WindowsAzureData):
    """Body of import_database.

    Attributes:
        azure_edition: Edition of the new database.
        blob_credentials: The blob read.
        connection_info: The database created.
        database_size_in_gb: Maximum size of the new database in GB.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "azure_edition",
        "blob_credentials",
        "connection_info",
        "database_size_in_gb",
    )

    azure_edition: str | None
    blob_credentials: DacBlobCredentials | None
    connection_info: DacConnectionInfo | None
    database_size_in_gb: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        azure_edition: str | None = None,
        blob_credentials: DacBlobCredentials | None = None,
        connection_info: DacConnectionInfo | None = None,
        database_size_in_gb: int | None = None,
    ) -> None:
        self.azure_edition = azure_edition
        self.blob_credentials = blob_credentials
        self.connection_info = connection_info
        self.database_size_in_gb = database_size_in_gb
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DacImportInput("
            "azure_edition="
            f"{self.azure_edition!r}, "
            "blob_credentials="
            f"{self.blob_credentials!r}, "
            "connection_info="
            f"{self.connection_info!r}, "
            "database_size_in_gb="
            f"{self.database_size_in_gb!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacImportInput):
            return NotImplemented
        return (
            self.azure_edition == other.azure_edition
            and self.blob_credentials == other.blob_credentials
            and self.connection_info == other.connection_info
            and self.database_size_in_gb == other.database_size_in_gb
        )


class DacStatusInput(WindowsAzureData):
    """Body of get_dac_status_post.

    Attributes:
        password: Password of the login.
        request_id: Id of the request.
        fully_qualified_server_name: Domain name of the server.
        user_name: Login of the server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "password",
        "request_id",
        "fully_qualified_server_name",
        "user_name",
    )

    password: str | None
    request_id: str | None
    fully_qualified_server_name: str | None
    user_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        password: str | None = None,
        request_id: str | None = None,
        fully_qualified_server_name: str | None = None,
        user_name: str | None = None,
    ) -> None:
        self.password = password
        self.request_id = request_id
        self.fully_qualified_server_name = fully_qualified_server_name
        self.user_name = user_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DacStatusInput("
            "password="
            f"{'<secret>' if self.password is not None else None}, "
            "request_id="
            f"{self.request_id!r}, "
            "fully_qualified_server_name="
            f"{self.fully_qualified_server_name!r}, "
            "user_name="
            f"{self.user_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacStatusInput):
            return NotImplemented
        return (
            self.password == other.password
            and self.request_id == other.request_id
            and self.fully_qualified_server_name == other.fully_qualified_server_name
            and self.user_name == other.user_name
        )


class DacRequestId(WindowsAzureData):
    """The id of a DAC import or export request: `<guid>` in the serialization namespace.

    Attributes:
        guid: The request id.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("guid",)

    guid: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        guid: str | None = None,
    ) -> None:
        self.guid = guid
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DacRequestId(guid={self.guid!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacRequestId):
            return NotImplemented
        return self.guid == other.guid


class DacStatusInfo(WindowsAzureData):
    """The status of a DAC import or export request.

    Attributes:
        blob_uri: URL of the BACPAC blob.
        database_name: Name of the database.
        error_message: Why the request failed, if it did.
        last_modified_time: When the request last progressed (UTC).
        queued_time: When the request was queued (UTC).
        request_id: Id of the request.
        request_type: `Import` or `Export`.
        server_name: Domain name of the server.
        status: `Pending`, `Running, Progress = N%`, `Completed` or `Failed`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "blob_uri",
        "database_name",
        "error_message",
        "last_modified_time",
        "queued_time",
        "request_id",
        "request_type",
        "server_name",
        "status",
    )

    blob_uri: str | None
    database_name: str | None
    error_message: str | None
    last_modified_time: datetime | None
    queued_time: datetime | None
    request_id: str | None
    request_type: str | None
    server_name: str | None
    status: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        blob_uri: str | None = None,
        database_name: str | None = None,
        error_message: str | None = None,
        last_modified_time: datetime | None = None,
        queued_time: datetime | None = None,
        request_id: str | None = None,
        request_type: str | None = None,
        server_name: str | None = None,
        status: str | None = None,
    ) -> None:
        self.blob_uri = blob_uri
        self.database_name = database_name
        self.error_message = error_message
        self.last_modified_time = last_modified_time
        self.queued_time = queued_time
        self.request_id = request_id
        self.request_type = request_type
        self.server_name = server_name
        self.status = status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DacStatusInfo("
            "blob_uri="
            f"{self.blob_uri!r}, "
            "database_name="
            f"{self.database_name!r}, "
            "error_message="
            f"{self.error_message!r}, "
            "last_modified_time="
            f"{self.last_modified_time!r}, "
            "queued_time="
            f"{self.queued_time!r}, "
            "request_id="
            f"{self.request_id!r}, "
            "request_type="
            f"{self.request_type!r}, "
            "server_name="
            f"{self.server_name!r}, "
            "status="
            f"{self.status!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DacStatusInfo):
            return NotImplemented
        return (
            self.blob_uri == other.blob_uri
            and self.database_name == other.database_name
            and self.error_message == other.error_message
            and self.last_modified_time == other.last_modified_time
            and self.queued_time == other.queued_time
            and self.request_id == other.request_id
            and self.request_type == other.request_type
            and self.server_name == other.server_name
            and self.status == other.status
        )


class CreateServerInput(WindowsAzureData):
    """Body of create_server, in the SQL Azure namespace. ASM expects the elements in this order.

    Attributes:
        admin_login: Login name of the server administrator.
        admin_password: Password of the server administrator.
        location: Region of the server.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "admin_login",
        "admin_password",
        "location",
    )

    admin_login: str | None
    admin_password: str | None
    location: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        admin_login: str | None = None,
        admin_password: str | None = None,
        location: str | None = None,
    ) -> None:
        self.admin_login = admin_login
        self.admin_password = admin_password
        self.location = location
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateServerInput("
            "admin_login="
            f"{self.admin_login!r}, "
            "admin_password="
            f"{'<secret>' if self.admin_password is not None else None}, "
            "location="
            f"{self.location!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateServerInput):
            return NotImplemented
        return (
            self.admin_login == other.admin_login
            and self.admin_password == other.admin_password
            and self.location == other.location
        )


class ServerAdminPasswordInput(WindowsAzureData):
    """Body of set_server_admin_password: an `<AdministratorLoginPassword>` element whose text is
    the new password (no child elements), in the SQL Azure namespace.

    Attributes:
        admin_password: The new administrator password.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("admin_password",)

    admin_password: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        admin_password: str | None = None,
    ) -> None:
        self.admin_password = admin_password
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServerAdminPasswordInput("
            "admin_password="
            f"{'<secret>' if self.admin_password is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerAdminPasswordInput):
            return NotImplemented
        return self.admin_password == other.admin_password


class FirewallRuleInput(WindowsAzureData):
    """Body of create_firewall_rule and update_firewall_rule.

    Attributes:
        name: Name of the rule.
        start_ip_address: First IPv4 address of the allowed range.
        end_ip_address: Last IPv4 address of the allowed range.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "start_ip_address",
        "end_ip_address",
    )

    name: str | None
    start_ip_address: str | None
    end_ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        start_ip_address: str | None = None,
        end_ip_address: str | None = None,
    ) -> None:
        self.name = name
        self.start_ip_address = start_ip_address
        self.end_ip_address = end_ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "FirewallRuleInput("
            "name="
            f"{self.name!r}, "
            "start_ip_address="
            f"{self.start_ip_address!r}, "
            "end_ip_address="
            f"{self.end_ip_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FirewallRuleInput):
            return NotImplemented
        return (
            self.name == other.name
            and self.start_ip_address == other.start_ip_address
            and self.end_ip_address == other.end_ip_address
        )


class CreateDatabaseInput(WindowsAzureData):
    """Body of create_database; optional elements are left out when not given.

    Attributes:
        name: Name of the new database.
        edition: Edition of the database.
        collation_name: Collation of the database.
        max_size_bytes: Maximum size in bytes.
        service_objective_id: Id of the performance level.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "edition",
        "collation_name",
        "max_size_bytes",
        "service_objective_id",
    )

    name: str | None
    edition: str | None
    collation_name: str | None
    max_size_bytes: int | None
    service_objective_id: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        edition: str | None = None,
        collation_name: str | None = None,
        max_size_bytes: int | None = None,
        service_objective_id: str | None = None,
    ) -> None:
        self.name = name
        self.edition = edition
        self.collation_name = collation_name
        self.max_size_bytes = max_size_bytes
        self.service_objective_id = service_objective_id
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateDatabaseInput("
            "name="
            f"{self.name!r}, "
            "edition="
            f"{self.edition!r}, "
            "collation_name="
            f"{self.collation_name!r}, "
            "max_size_bytes="
            f"{self.max_size_bytes!r}, "
            "service_objective_id="
            f"{self.service_objective_id!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateDatabaseInput):
            return NotImplemented
        return (
            self.name == other.name
            and self.edition == other.edition
            and self.collation_name == other.collation_name
            and self.max_size_bytes == other.max_size_bytes
            and self.service_objective_id == other.service_objective_id
        )


class UpdateDatabaseInput(WindowsAzureData):
    """Body of update_database; only the elements given are sent.

    Attributes:
        new_database_name: New name of the database.
        edition: New edition.
        max_size_bytes: New maximum size in bytes.
        service_objective_id: Id of the new performance level.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "new_database_name",
        "edition",
        "max_size_bytes",
        "service_objective_id",
    )

    new_database_name: str | None
    edition: str | None
    max_size_bytes: int | None
    service_objective_id: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        new_database_name: str | None = None,
        edition: str | None = None,
        max_size_bytes: int | None = None,
        service_objective_id: str | None = None,
    ) -> None:
        self.new_database_name = new_database_name
        self.edition = edition
        self.max_size_bytes = max_size_bytes
        self.service_objective_id = service_objective_id
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateDatabaseInput("
            "new_database_name="
            f"{self.new_database_name!r}, "
            "edition="
            f"{self.edition!r}, "
            "max_size_bytes="
            f"{self.max_size_bytes!r}, "
            "service_objective_id="
            f"{self.service_objective_id!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateDatabaseInput):
            return NotImplemented
        return (
            self.new_database_name == other.new_database_name
            and self.edition == other.edition
            and self.max_size_bytes == other.max_size_bytes
            and self.service_objective_id == other.service_objective_id
        )


class CreateServerResponse(WindowsAzureData):
    """What create_server answers: `<ServerName
    FullyQualifiedDomainName="x.database.windows.net">x</ServerName>`, the name ASM chose for
    the new server and its domain name.

    Attributes:
        server_name: Name of the new server (the element's text).
        fully_qualified_domain_name: Domain name clients connect to
            (`<name>.database.windows.net`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "server_name",
        "fully_qualified_domain_name",
    )

    server_name: str | None
    fully_qualified_domain_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        server_name: str | None = None,
        fully_qualified_domain_name: str | None = None,
    ) -> None:
        self.server_name = server_name
        self.fully_qualified_domain_name = fully_qualified_domain_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateServerResponse("
            "server_name="
            f"{self.server_name!r}, "
            "fully_qualified_domain_name="
            f"{self.fully_qualified_domain_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateServerResponse):
            return NotImplemented
        return (
            self.server_name == other.server_name
            and self.fully_qualified_domain_name == other.fully_qualified_domain_name
        )


class Server(WindowsAzureData):
    """A SQL Database server of the subscription.

    Attributes:
        name: Name of the server.
        administrator_login: Login name of the server administrator.
        location: Region of the server.
        geo_paired_region: Region paired with the server's for geo-replication (when the service
            sends it).
        fully_qualified_domain_name: Domain name clients connect to
            (`<name>.database.windows.net`).
        version: Version of the server engine (e.g. `2.0`, `12.0`).
        state: State of the server (`Ready` once usable).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "administrator_login",
        "location",
        "geo_paired_region",
        "fully_qualified_domain_name",
        "version",
        "state",
    )

    name: str | None
    administrator_login: str | None
    location: str | None
    geo_paired_region: str | None
    fully_qualified_domain_name: str | None
    version: str | None
    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        administrator_login: str | None = None,
        location: str | None = None,
        geo_paired_region: str | None = None,
        fully_qualified_domain_name: str | None = None,
        version: str | None = None,
        state: str | None = None,
    ) -> None:
        self.name = name
        self.administrator_login = administrator_login
        self.location = location
        self.geo_paired_region = geo_paired_region
        self.fully_qualified_domain_name = fully_qualified_domain_name
        self.version = version
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Server("
            "name="
            f"{self.name!r}, "
            "administrator_login="
            f"{self.administrator_login!r}, "
            "location="
            f"{self.location!r}, "
            "geo_paired_region="
            f"{self.geo_paired_region!r}, "
            "fully_qualified_domain_name="
            f"{self.fully_qualified_domain_name!r}, "
            "version="
            f"{self.version!r}, "
            "state="
            f"{self.state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Server):
            return NotImplemented
        return (
            self.name == other.name
            and self.administrator_login == other.administrator_login
            and self.location == other.location
            and self.geo_paired_region == other.geo_paired_region
            and self.fully_qualified_domain_name == other.fully_qualified_domain_name
            and self.version == other.version
            and self.state == other.state
        )


class ServerQuota(WindowsAzureData):
    """A quota of a server, as list_quotas returns it.

    Attributes:
        name: Name of the quota (e.g. `server_dtu_quota`).
        type: Resource type: `Microsoft.SqlAzure.ServerQuota`.
        state: State of the resource (`Normal`).
        self_link: Management URL of the quota.
        parent_link: Management URL of the server.
        value: Value of the quota.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "value",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    value: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        value: int | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServerQuota("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "value="
            f"{self.value!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerQuota):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.value == other.value
        )


class EventLog(WindowsAzureData):
    """Events of one kind on one database of a server during one interval, as get_server_event_logs
    returns them.

    Attributes:
        name: Name of the resource.
        type: Resource type.
        state: State of the resource.
        self_link: Management URL of the entry.
        parent_link: Management URL of the server.
        database_name: Database the events happened on.
        start_time_utc: Start of the interval (UTC).
        interval_size_in_minutes: Length of the interval in minutes.
        event_category: Category of the events (e.g. `connectivity`).
        event_type: Kind of the events (e.g. `connection_successful`).
        event_subtype: Numeric subtype of the events.
        event_subtype_description: Description of the subtype.
        number_of_events: How many such events happened in the interval.
        severity: Severity: 0 information, 1 warning, 2 error.
        description: Description of the events.
        additional_data: Further details, when the kind of event has any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "database_name",
        "start_time_utc",
        "interval_size_in_minutes",
        "event_category",
        "event_type",
        "event_subtype",
        "event_subtype_description",
        "number_of_events",
        "severity",
        "description",
        "additional_data",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    database_name: str | None
    start_time_utc: datetime | None
    interval_size_in_minutes: int | None
    event_category: str | None
    event_type: str | None
    event_subtype: int | None
    event_subtype_description: str | None
    number_of_events: int | None
    severity: int | None
    description: str | None
    additional_data: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        database_name: str | None = None,
        start_time_utc: datetime | None = None,
        interval_size_in_minutes: int | None = None,
        event_category: str | None = None,
        event_type: str | None = None,
        event_subtype: int | None = None,
        event_subtype_description: str | None = None,
        number_of_events: int | None = None,
        severity: int | None = None,
        description: str | None = None,
        additional_data: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.database_name = database_name
        self.start_time_utc = start_time_utc
        self.interval_size_in_minutes = interval_size_in_minutes
        self.event_category = event_category
        self.event_type = event_type
        self.event_subtype = event_subtype
        self.event_subtype_description = event_subtype_description
        self.number_of_events = number_of_events
        self.severity = severity
        self.description = description
        self.additional_data = additional_data
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "EventLog("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "database_name="
            f"{self.database_name!r}, "
            "start_time_utc="
            f"{self.start_time_utc!r}, "
            "interval_size_in_minutes="
            f"{self.interval_size_in_minutes!r}, "
            "event_category="
            f"{self.event_category!r}, "
            "event_type="
            f"{self.event_type!r}, "
            "event_subtype="
            f"{self.event_subtype!r}, "
            "event_subtype_description="
            f"{self.event_subtype_description!r}, "
            "number_of_events="
            f"{self.number_of_events!r}, "
            "severity="
            f"{self.severity!r}, "
            "description="
            f"{self.description!r}, "
            "additional_data="
            f"{self.additional_data!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventLog):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.database_name == other.database_name
            and self.start_time_utc == other.start_time_utc
            and self.interval_size_in_minutes == other.interval_size_in_minutes
            and self.event_category == other.event_category
            and self.event_type == other.event_type
            and self.event_subtype == other.event_subtype
            and self.event_subtype_description == other.event_subtype_description
            and self.number_of_events == other.number_of_events
            and self.severity == other.severity
            and self.description == other.description
            and self.additional_data == other.additional_data
        )


class FirewallRule(WindowsAzureData):
    """A server-level firewall rule.

    Attributes:
        name: Name of the rule.
        type: Resource type: `Microsoft.SqlAzure.FirewallRule`.
        state: State of the rule (`Normal`).
        self_link: Management URL of the rule.
        parent_link: Management URL of the server.
        start_ip_address: First IPv4 address of the allowed range.
        end_ip_address: Last IPv4 address of the allowed range.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "start_ip_address",
        "end_ip_address",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    start_ip_address: str | None
    end_ip_address: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        start_ip_address: str | None = None,
        end_ip_address: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.start_ip_address = start_ip_address
        self.end_ip_address = end_ip_address
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "FirewallRule("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "start_ip_address="
            f"{self.start_ip_address!r}, "
            "end_ip_address="
            f"{self.end_ip_address!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FirewallRule):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.start_ip_address == other.start_ip_address
            and self.end_ip_address == other.end_ip_address
        )


class ServiceObjective(WindowsAzureData):
    """A service level objective (performance level) databases of a server can be given.

    Attributes:
        name: Name of the level (e.g. `Basic`, `S1`, `P2`).
        type: Resource type: `Microsoft.SqlAzure.ServiceObjective`.
        state: State of the resource.
        self_link: Management URL of the objective.
        parent_link: Management URL of the server.
        id: Id (a GUID) to pass as service_objective_id.
        is_default: Whether new databases of its edition get it by default.
        is_system: Whether it is reserved for system databases.
        description: Description of the level.
        enabled: Whether databases can currently be given this level.
        dimension_settings: The settings the level is made of (its edition and performance
            level).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "id",
        "is_default",
        "is_system",
        "description",
        "enabled",
        "dimension_settings",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    id: str | None
    is_default: bool | None
    is_system: bool | None
    description: str | None
    enabled: bool | None
    dimension_settings: list[ServiceObjectiveDimensionSetting] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        id: str | None = None,
        is_default: bool | None = None,
        is_system: bool | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        dimension_settings: list[ServiceObjectiveDimensionSetting] | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.id = id
        self.is_default = is_default
        self.is_system = is_system
        self.description = description
        self.enabled = enabled
        self.dimension_settings = dimension_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceObjective("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "id="
            f"{self.id!r}, "
            "is_default="
            f"{self.is_default!r}, "
            "is_system="
            f"{self.is_system!r}, "
            "description="
            f"{self.description!r}, "
            "enabled="
            f"{self.enabled!r}, "
            "dimension_settings="
            f"{self.dimension_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceObjective):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.id == other.id
            and self.is_default == other.is_default
            and self.is_system == other.is_system
            and self.description == other.description
            and self.enabled == other.enabled
            and self.dimension_settings == other.dimension_settings
        )


class ServiceObjectiveDimensionSetting(WindowsAzureData):
    """One setting of a service level objective (e.g. the `Standard` edition at ordinal 2).

    Attributes:
        name: Name of the setting (e.g. `S1`).
        type: Resource type: `Microsoft.SqlAzure.DimensionSetting`.
        state: State of the resource.
        self_link: Management URL of the setting.
        parent_link: Management URL of the objective.
        id: Id (a GUID) of the setting.
        description: Description of the setting.
        ordinal: Rank of the setting within its kind.
        is_default: Whether it is the default of its kind.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "id",
        "description",
        "ordinal",
        "is_default",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    id: str | None
    description: str | None
    ordinal: int | None
    is_default: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        id: str | None = None,
        description: str | None = None,
        ordinal: int | None = None,
        is_default: bool | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.id = id
        self.description = description
        self.ordinal = ordinal
        self.is_default = is_default
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServiceObjectiveDimensionSetting("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "id="
            f"{self.id!r}, "
            "description="
            f"{self.description!r}, "
            "ordinal="
            f"{self.ordinal!r}, "
            "is_default="
            f"{self.is_default!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceObjectiveDimensionSetting):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.id == other.id
            and self.description == other.description
            and self.ordinal == other.ordinal
            and self.is_default == other.is_default
        )


class Database(WindowsAzureData):
    """A database of a SQL Database server (list_databases, create_database, update_database).

    Attributes:
        name: Name of the database.
        type: Resource type: `Microsoft.SqlAzure.Database`.
        state: State of the database (`Normal` once usable).
        self_link: Management URL of the database.
        parent_link: Management URL of the server.
        id: Numeric id of the database on its server (1 is master).
        edition: Edition: Basic, Standard, Premium, Web, Business, or System for master.
        max_size_gb: Maximum size in gigabytes.
        collation_name: Collation of the database.
        creation_date: When the database was created (UTC).
        is_federation_root: Whether it is the root of a federation (a retired feature).
        is_system_object: Whether it is a system database (master).
        size_mb: Space used in megabytes; None when the service does not report it.
        max_size_bytes: Maximum size in bytes.
        service_objective_id: Id of the requested performance level.
        assigned_service_objective_id: Id of the performance level in effect (differs while a
            change is in progress).
        service_objective_assignment_state: State of the last performance level change as a
            number (1: complete).
        service_objective_assignment_state_description: State of the last performance level
            change (`Complete`, `Pending`).
        service_objective_assignment_error_code: Error code of the last performance level change
            (0 when it succeeded).
        service_objective_assignment_error_description: Why the last performance level change
            failed, if it did.
        service_objective_assignment_success_date: When the last performance level change
            completed (UTC).
        recovery_period_start_date: Earliest point in time the database can be restored to
            (UTC).
        is_suspended: Whether the database is suspended.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "type",
        "state",
        "self_link",
        "parent_link",
        "id",
        "edition",
        "max_size_gb",
        "collation_name",
        "creation_date",
        "is_federation_root",
        "is_system_object",
        "size_mb",
        "max_size_bytes",
        "service_objective_id",
        "assigned_service_objective_id",
        "service_objective_assignment_state",
        "service_objective_assignment_state_description",
        "service_objective_assignment_error_code",
        "service_objective_assignment_error_description",
        "service_objective_assignment_success_date",
        "recovery_period_start_date",
        "is_suspended",
    )

    name: str | None
    type: str | None
    state: str | None
    self_link: str | None
    parent_link: str | None
    id: int | None
    edition: str | None
    max_size_gb: int | None
    collation_name: str | None
    creation_date: datetime | None
    is_federation_root: bool | None
    is_system_object: bool | None
    size_mb: float | None
    max_size_bytes: int | None
    service_objective_id: str | None
    assigned_service_objective_id: str | None
    service_objective_assignment_state: int | None
    service_objective_assignment_state_description: str | None
    service_objective_assignment_error_code: int | None
    service_objective_assignment_error_description: str | None
    service_objective_assignment_success_date: datetime | None
    recovery_period_start_date: datetime | None
    is_suspended: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        type: str | None = None,
        state: str | None = None,
        self_link: str | None = None,
        parent_link: str | None = None,
        id: int | None = None,
        edition: str | None = None,
        max_size_gb: int | None = None,
        collation_name: str | None = None,
        creation_date: datetime | None = None,
        is_federation_root: bool | None = None,
        is_system_object: bool | None = None,
        size_mb: float | None = None,
        max_size_bytes: int | None = None,
        service_objective_id: str | None = None,
        assigned_service_objective_id: str | None = None,
        service_objective_assignment_state: int | None = None,
        service_objective_assignment_state_description: str | None = None,
        service_objective_assignment_error_code: int | None = None,
        service_objective_assignment_error_description: str | None = None,
        service_objective_assignment_success_date: datetime | None = None,
        recovery_period_start_date: datetime | None = None,
        is_suspended: bool | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.state = state
        self.self_link = self_link
        self.parent_link = parent_link
        self.id = id
        self.edition = edition
        self.max_size_gb = max_size_gb
        self.collation_name = collation_name
        self.creation_date = creation_date
        self.is_federation_root = is_federation_root
        self.is_system_object = is_system_object
        self.size_mb = size_mb
        self.max_size_bytes = max_size_bytes
        self.service_objective_id = service_objective_id
        self.assigned_service_objective_id = assigned_service_objective_id
        self.service_objective_assignment_state = service_objective_assignment_state
        self.service_objective_assignment_state_description = (
            service_objective_assignment_state_description
        )
        self.service_objective_assignment_error_code = service_objective_assignment_error_code
        self.service_objective_assignment_error_description = (
            service_objective_assignment_error_description
        )
        self.service_objective_assignment_success_date = service_objective_assignment_success_date
        self.recovery_period_start_date = recovery_period_start_date
        self.is_suspended = is_suspended
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Database("
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}, "
            "state="
            f"{self.state!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "parent_link="
            f"{self.parent_link!r}, "
            "id="
            f"{self.id!r}, "
            "edition="
            f"{self.edition!r}, "
            "max_size_gb="
            f"{self.max_size_gb!r}, "
            "collation_name="
            f"{self.collation_name!r}, "
            "creation_date="
            f"{self.creation_date!r}, "
            "is_federation_root="
            f"{self.is_federation_root!r}, "
            "is_system_object="
            f"{self.is_system_object!r}, "
            "size_mb="
            f"{self.size_mb!r}, "
            "max_size_bytes="
            f"{self.max_size_bytes!r}, "
            "service_objective_id="
            f"{self.service_objective_id!r}, "
            "assigned_service_objective_id="
            f"{self.assigned_service_objective_id!r}, "
            "service_objective_assignment_state="
            f"{self.service_objective_assignment_state!r}, "
            "service_objective_assignment_state_description="
            f"{self.service_objective_assignment_state_description!r}, "
            "service_objective_assignment_error_code="
            f"{self.service_objective_assignment_error_code!r}, "
            "service_objective_assignment_error_description="
            f"{self.service_objective_assignment_error_description!r}, "
            "service_objective_assignment_success_date="
            f"{self.service_objective_assignment_success_date!r}, "
            "recovery_period_start_date="
            f"{self.recovery_period_start_date!r}, "
            "is_suspended="
            f"{self.is_suspended!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Database):
            return NotImplemented
        return (
            self.name == other.name
            and self.type == other.type
            and self.state == other.state
            and self.self_link == other.self_link
            and self.parent_link == other.parent_link
            and self.id == other.id
            and self.edition == other.edition
            and self.max_size_gb == other.max_size_gb
            and self.collation_name == other.collation_name
            and self.creation_date == other.creation_date
            and self.is_federation_root == other.is_federation_root
            and self.is_system_object == other.is_system_object
            and self.size_mb == other.size_mb
            and self.max_size_bytes == other.max_size_bytes
            and self.service_objective_id == other.service_objective_id
            and self.assigned_service_objective_id == other.assigned_service_objective_id
            and self.service_objective_assignment_state == other.service_objective_assignment_state
            and self.service_objective_assignment_state_description
            == other.service_objective_assignment_state_description
            and self.service_objective_assignment_error_code
            == other.service_objective_assignment_error_code
            and self.service_objective_assignment_error_description
            == other.service_objective_assignment_error_description
            and self.service_objective_assignment_success_date
            == other.service_objective_assignment_success_date
            and self.recovery_period_start_date == other.recovery_period_start_date
            and self.is_suspended == other.is_suspended
        )


class RegenerateKeys(WindowsAzureData):
    """Body of regenerate_storage_account_keys.

    Attributes:
        key_type: Primary or Secondary.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("key_type",)

    key_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        key_type: str | None = None,
    ) -> None:
        self.key_type = key_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RegenerateKeys(key_type={self.key_type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegenerateKeys):
            return NotImplemented
        return self.key_type == other.key_type


class StorageService(WindowsAzureData):
    """A classic storage account. list_storage_accounts and get_storage_account_properties fill in
    its properties; get_storage_account_keys fills in its keys.

    Attributes:
        url: Management URL of the storage account.
        service_name: Name of the storage account.
        storage_service_properties: Properties of the account (blank in the answer of
            get_storage_account_keys).
        storage_service_keys: Access keys of the account (only in the answer of
            get_storage_account_keys).
        extended_properties: Custom name/value pairs of the account, including those ASM adds
            itself (ResourceGroup, ResourceLocation).
        capabilities: What the account can be used for (e.g. PersistentVMRole: it can hold
            virtual machine disks).
        migration_state: Where a migration to Resource Manager stands (Prepared), None when none
            is under way (x-ms-version 2016-03-01).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "url",
        "service_name",
        "storage_service_properties",
        "storage_service_keys",
        "extended_properties",
        "capabilities",
        "migration_state",
    )

    url: str | None
    service_name: str | None
    storage_service_properties: StorageAccountProperties
    storage_service_keys: StorageServiceKeys
    extended_properties: dict[str, str]
    capabilities: list[str]
    migration_state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        url: str | None = None,
        service_name: str | None = None,
        storage_service_properties: StorageAccountProperties | None = None,
        storage_service_keys: StorageServiceKeys | None = None,
        extended_properties: dict[str, str] | None = None,
        capabilities: list[str] | None = None,
        migration_state: str | None = None,
    ) -> None:
        self.url = url
        self.service_name = service_name
        self.storage_service_properties = (
            StorageAccountProperties()
            if storage_service_properties is None
            else storage_service_properties
        )
        self.storage_service_keys = (
            StorageServiceKeys() if storage_service_keys is None else storage_service_keys
        )
        self.extended_properties = {} if extended_properties is None else extended_properties
        self.capabilities = [] if capabilities is None else capabilities
        self.migration_state = migration_state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "StorageService("
            "url="
            f"{self.url!r}, "
            "service_name="
            f"{self.service_name!r}, "
            "storage_service_properties="
            f"{self.storage_service_properties!r}, "
            "storage_service_keys="
            f"{self.storage_service_keys!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "capabilities="
            f"{self.capabilities!r}, "
            "migration_state="
            f"{self.migration_state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StorageService):
            return NotImplemented
        return (
            self.url == other.url
            and self.service_name == other.service_name
            and self.storage_service_properties == other.storage_service_properties
            and self.storage_service_keys == other.storage_service_keys
            and self.extended_properties == other.extended_properties
            and self.capabilities == other.capabilities
            and self.migration_state == other.migration_state
        )


class StorageAccountProperties(WindowsAzureData):
    """Properties of a classic storage account, in the order ASM sends them.

    Attributes:
        description: The description given when the account was created or updated.
        affinity_group: The affinity group of the account, if it was created in one.
        location: The data center location of the account, if it was created in a location.
        label: The friendly name of the account (ASM sends it base64-encoded; this is the
            decoded text).
        status: State of the account: Creating, Created, Deleting, Deleted, Changing or
            ResolvingDns.
        endpoints: Primary service endpoints of the account (blob, queue, table and file URLs).
        geo_replication_enabled: Whether data is replicated to a second region. Only API
            versions before 2014-06-01 send it; see account_type.
        geo_primary_region: The region holding the primary copy of the data.
        status_of_primary: Available or Unavailable: whether the primary region can be reached
            (may be empty).
        last_geo_failover_time: When the account last failed over to its secondary region; None
            if it never did.
        geo_secondary_region: The region the data is replicated to; empty for locally redundant
            accounts.
        status_of_secondary: Available or Unavailable: whether the secondary region can be
            reached; empty without geo-replication.
        creation_time: When the account was created (UTC).
        custom_domains: Custom domain names mapped to the blob endpoint of the account (ASM
            sends an empty list when there are none).
        secondary_read_enabled: Whether the secondary copy can be read. Only API versions before
            2014-06-01 send it; see account_type.
        secondary_endpoints: Read-only endpoints of the secondary copy (Standard_RAGRS
            accounts).
        account_type: Redundancy of the account: Standard_LRS, Standard_ZRS, Standard_GRS,
            Standard_RAGRS or Premium_LRS.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "affinity_group",
        "location",
        "label",
        "status",
        "endpoints",
        "geo_replication_enabled",
        "geo_primary_region",
        "status_of_primary",
        "last_geo_failover_time",
        "geo_secondary_region",
        "status_of_secondary",
        "creation_time",
        "custom_domains",
        "secondary_read_enabled",
        "secondary_endpoints",
        "account_type",
    )

    description: str | None
    affinity_group: str | None
    location: str | None
    label: str | None
    status: str | None
    endpoints: list[str]
    geo_replication_enabled: bool | None
    geo_primary_region: str | None
    status_of_primary: str | None
    last_geo_failover_time: datetime | None
    geo_secondary_region: str | None
    status_of_secondary: str | None
    creation_time: datetime | None
    custom_domains: list[CustomDomain] | None
    secondary_read_enabled: bool | None
    secondary_endpoints: list[str] | None
    account_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        affinity_group: str | None = None,
        location: str | None = None,
        label: str | None = None,
        status: str | None = None,
        endpoints: list[str] | None = None,
        geo_replication_enabled: bool | None = None,
        geo_primary_region: str | None = None,
        status_of_primary: str | None = None,
        last_geo_failover_time: datetime | None = None,
        geo_secondary_region: str | None = None,
        status_of_secondary: str | None = None,
        creation_time: datetime | None = None,
        custom_domains: list[CustomDomain] | None = None,
        secondary_read_enabled: bool | None = None,
        secondary_endpoints: list[str] | None = None,
        account_type: str | None = None,
    ) -> None:
        self.description = description
        self.affinity_group = affinity_group
        self.location = location
        self.label = label
        self.status = status
        self.endpoints = [] if endpoints is None else endpoints
        self.geo_replication_enabled = geo_replication_enabled
        self.geo_primary_region = geo_primary_region
        self.status_of_primary = status_of_primary
        self.last_geo_failover_time = last_geo_failover_time
        self.geo_secondary_region = geo_secondary_region
        self.status_of_secondary = status_of_secondary
        self.creation_time = creation_time
        self.custom_domains = custom_domains
        self.secondary_read_enabled = secondary_read_enabled
        self.secondary_endpoints = secondary_endpoints
        self.account_type = account_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "StorageAccountProperties("
            "description="
            f"{self.description!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "location="
            f"{self.location!r}, "
            "label="
            f"{self.label!r}, "
            "status="
            f"{self.status!r}, "
            "endpoints="
            f"{self.endpoints!r}, "
            "geo_replication_enabled="
            f"{self.geo_replication_enabled!r}, "
            "geo_primary_region="
            f"{self.geo_primary_region!r}, "
            "status_of_primary="
            f"{self.status_of_primary!r}, "
            "last_geo_failover_time="
            f"{self.last_geo_failover_time!r}, "
            "geo_secondary_region="
            f"{self.geo_secondary_region!r}, "
            "status_of_secondary="
            f"{self.status_of_secondary!r}, "
            "creation_time="
            f"{self.creation_time!r}, "
            "custom_domains="
            f"{self.custom_domains!r}, "
            "secondary_read_enabled="
            f"{self.secondary_read_enabled!r}, "
            "secondary_endpoints="
            f"{self.secondary_endpoints!r}, "
            "account_type="
            f"{self.account_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StorageAccountProperties):
            return NotImplemented
        return (
            self.description == other.description
            and self.affinity_group == other.affinity_group
            and self.location == other.location
            and self.label == other.label
            and self.status == other.status
            and self.endpoints == other.endpoints
            and self.geo_replication_enabled == other.geo_replication_enabled
            and self.geo_primary_region == other.geo_primary_region
            and self.status_of_primary == other.status_of_primary
            and self.last_geo_failover_time == other.last_geo_failover_time
            and self.geo_secondary_region == other.geo_secondary_region
            and self.status_of_secondary == other.status_of_secondary
            and self.creation_time == other.creation_time
            and self.custom_domains == other.custom_domains
            and self.secondary_read_enabled == other.secondary_read_enabled
            and self.secondary_endpoints == other.secondary_endpoints
            and self.account_type == other.account_type
        )


class CustomDomain(WindowsAzureData):
    """A custom domain name mapped to the blob endpoint of a storage account.

    Attributes:
        name: The custom domain name (a CNAME that points at the blob endpoint).
        use_sub_domain_name: Whether the domain was validated through its asverify subdomain
            (indirect CNAME validation).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "use_sub_domain_name",
    )

    name: str | None
    use_sub_domain_name: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        use_sub_domain_name: bool | None = None,
    ) -> None:
        self.name = name
        self.use_sub_domain_name = use_sub_domain_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CustomDomain(name={self.name!r}, use_sub_domain_name={self.use_sub_domain_name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomDomain):
            return NotImplemented
        return self.name == other.name and self.use_sub_domain_name == other.use_sub_domain_name


class StorageServiceKeys(WindowsAzureData):
    """The two access keys of a storage account; either one signs storage requests.

    Attributes:
        primary: The primary access key (base64 text).
        secondary: The secondary access key (base64 text).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "primary",
        "secondary",
    )

    primary: str | None
    secondary: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        primary: str | None = None,
        secondary: str | None = None,
    ) -> None:
        self.primary = primary
        self.secondary = secondary
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "StorageServiceKeys("
            "primary="
            f"{'<secret>' if self.primary is not None else None}, "
            "secondary="
            f"{'<secret>' if self.secondary is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StorageServiceKeys):
            return NotImplemented
        return self.primary == other.primary and self.secondary == other.secondary


class CreateStorageServiceInput(WindowsAzureData):
    """Body of create_storage_account. ASM expects the elements in this order.

    Attributes:
        service_name: Name of the new account (3 to 24 lowercase letters and digits).
        description: Description of the account, up to 1024 characters.
        label: Friendly name of the account, up to 100 characters (base64 on the wire).
        affinity_group: Affinity group to create the account in.
        location: Location to create the account in.
        extended_properties: Custom name/value pairs stored with the account.
        account_type: Redundancy of the account.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "service_name",
        "description",
        "label",
        "affinity_group",
        "location",
        "extended_properties",
        "account_type",
    )

    service_name: str | None
    description: str | None
    label: str | None
    affinity_group: str | None
    location: str | None
    extended_properties: dict[str, str] | None
    account_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        service_name: str | None = None,
        description: str | None = None,
        label: str | None = None,
        affinity_group: str | None = None,
        location: str | None = None,
        extended_properties: dict[str, str] | None = None,
        account_type: str | None = "Standard_GRS",
    ) -> None:
        self.service_name = service_name
        self.description = description
        self.label = label
        self.affinity_group = affinity_group
        self.location = location
        self.extended_properties = extended_properties
        self.account_type = account_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateStorageServiceInput("
            "service_name="
            f"{self.service_name!r}, "
            "description="
            f"{self.description!r}, "
            "label="
            f"{self.label!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "location="
            f"{self.location!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "account_type="
            f"{self.account_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateStorageServiceInput):
            return NotImplemented
        return (
            self.service_name == other.service_name
            and self.description == other.description
            and self.label == other.label
            and self.affinity_group == other.affinity_group
            and self.location == other.location
            and self.extended_properties == other.extended_properties
            and self.account_type == other.account_type
        )


class UpdateStorageServiceInput(WindowsAzureData):
    """Body of update_storage_account. Elements left at None are not sent, and the account keeps
    those values.

    Attributes:
        description: New description, up to 1024 characters.
        label: New friendly name, up to 100 characters (base64 on the wire).
        extended_properties: Custom name/value pairs to add or change.
        account_type: New redundancy of the account; omitted to keep the current one.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "label",
        "extended_properties",
        "account_type",
    )

    description: str | None
    label: str | None
    extended_properties: dict[str, str] | None
    account_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        label: str | None = None,
        extended_properties: dict[str, str] | None = None,
        account_type: str | None = None,
    ) -> None:
        self.description = description
        self.label = label
        self.extended_properties = extended_properties
        self.account_type = account_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateStorageServiceInput("
            "description="
            f"{self.description!r}, "
            "label="
            f"{self.label!r}, "
            "extended_properties="
            f"{self.extended_properties!r}, "
            "account_type="
            f"{self.account_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateStorageServiceInput):
            return NotImplemented
        return (
            self.description == other.description
            and self.label == other.label
            and self.extended_properties == other.extended_properties
            and self.account_type == other.account_type
        )


class StoreAddOnInput(WindowsAzureData):
    """The body of create_store_add_on and update_store_add_on.

    Attributes:
        type: Type of the add-on.
        plan: Plan of the add-on.
        promotion_code: Promotion code, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "type",
        "plan",
        "promotion_code",
    )

    type: str | None
    plan: str | None
    promotion_code: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        type: str | None = None,
        plan: str | None = None,
        promotion_code: str | None = None,
    ) -> None:
        self.type = type
        self.plan = plan
        self.promotion_code = promotion_code
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "StoreAddOnInput("
            "type="
            f"{self.type!r}, "
            "plan="
            f"{self.plan!r}, "
            "promotion_code="
            f"{self.promotion_code!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StoreAddOnInput):
            return NotImplemented
        return (
            self.type == other.type
            and self.plan == other.plan
            and self.promotion_code == other.promotion_code
        )


class Subscription(WindowsAzureData):
    """A subscription with its quotas and how much of them is in use.

    Attributes:
        subscription_id: The subscription id (a GUID).
        subscription_name: Display name of the subscription.
        subscription_status: Active or Disabled (a disabled subscription refuses writes).
        account_admin_live_email_id: Sign-in address of the account administrator.
        service_admin_live_email_id: Sign-in address of the service administrator.
        max_core_count: Most CPU cores the subscription's roles and machines may use.
        max_storage_accounts: Most storage accounts the subscription may have.
        max_hosted_services: Most cloud services the subscription may have.
        current_core_count: CPU cores in use by deployed roles and virtual machines.
        current_hosted_services: Cloud services the subscription has.
        current_storage_accounts: Storage accounts the subscription has.
        max_virtual_network_sites: Most virtual networks the subscription may define.
        current_virtual_network_sites: Virtual networks defined in the network configuration.
        max_local_network_sites: Most local (on-premises) networks the subscription may define.
        max_dns_servers: Most DNS servers the network configuration may list.
        current_local_network_sites: Local (on-premises) networks the subscription defines.
        current_dns_servers: DNS servers the network configuration lists.
        offer_categories: Offers the subscription belongs to, separated by semicolons.
        aad_tenant_id: Azure Active Directory tenant of the subscription.
        created_time: When the subscription was created (UTC).
        max_reserved_ips: Most reserved IP addresses the subscription may hold.
        current_reserved_ips: Reserved IP addresses the subscription holds.
        max_public_ip_count: Most instance-level public IP addresses.
        current_network_security_groups: Network security groups the subscription has.
        max_network_security_groups: Most network security groups the subscription may have.
        max_network_security_rules_per_group: Most rules one network security group may hold.
        max_route_tables: Most route tables the subscription may have.
        max_routes_per_route_table: Most routes one route table may hold.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "subscription_id",
        "subscription_name",
        "subscription_status",
        "account_admin_live_email_id",
        "service_admin_live_email_id",
        "max_core_count",
        "max_storage_accounts",
        "max_hosted_services",
        "current_core_count",
        "current_hosted_services",
        "current_storage_accounts",
        "max_virtual_network_sites",
        "current_virtual_network_sites",
        "max_local_network_sites",
        "max_dns_servers",
        "current_local_network_sites",
        "current_dns_servers",
        "offer_categories",
        "aad_tenant_id",
        "created_time",
        "max_reserved_ips",
        "current_reserved_ips",
        "max_public_ip_count",
        "current_network_security_groups",
        "max_network_security_groups",
        "max_network_security_rules_per_group",
        "max_route_tables",
        "max_routes_per_route_table",
    )

    subscription_id: str | None
    subscription_name: str | None
    subscription_status: str | None
    account_admin_live_email_id: str | None
    service_admin_live_email_id: str | None
    max_core_count: int | None
    max_storage_accounts: int | None
    max_hosted_services: int | None
    current_core_count: int | None
    current_hosted_services: int | None
    current_storage_accounts: int | None
    max_virtual_network_sites: int | None
    current_virtual_network_sites: int | None
    max_local_network_sites: int | None
    max_dns_servers: int | None
    current_local_network_sites: int | None
    current_dns_servers: int | None
    offer_categories: str | None
    aad_tenant_id: str | None
    created_time: datetime | None
    max_reserved_ips: int | None
    current_reserved_ips: int | None
    max_public_ip_count: int | None
    current_network_security_groups: int | None
    max_network_security_groups: int | None
    max_network_security_rules_per_group: int | None
    max_route_tables: int | None
    max_routes_per_route_table: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        subscription_id: str | None = None,
        subscription_name: str | None = None,
        subscription_status: str | None = None,
        account_admin_live_email_id: str | None = None,
        service_admin_live_email_id: str | None = None,
        max_core_count: int | None = None,
        max_storage_accounts: int | None = None,
        max_hosted_services: int | None = None,
        current_core_count: int | None = None,
        current_hosted_services: int | None = None,
        current_storage_accounts: int | None = None,
        max_virtual_network_sites: int | None = None,
        current_virtual_network_sites: int | None = None,
        max_local_network_sites: int | None = None,
        max_dns_servers: int | None = None,
        current_local_network_sites: int | None = None,
        current_dns_servers: int | None = None,
        offer_categories: str | None = None,
        aad_tenant_id: str | None = None,
        created_time: datetime | None = None,
        max_reserved_ips: int | None = None,
        current_reserved_ips: int | None = None,
        max_public_ip_count: int | None = None,
        current_network_security_groups: int | None = None,
        max_network_security_groups: int | None = None,
        max_network_security_rules_per_group: int | None = None,
        max_route_tables: int | None = None,
        max_routes_per_route_table: int | None = None,
    ) -> None:
        self.subscription_id = subscription_id
        self.subscription_name = subscription_name
        self.subscription_status = subscription_status
        self.account_admin_live_email_id = account_admin_live_email_id
        self.service_admin_live_email_id = service_admin_live_email_id
        self.max_core_count = max_core_count
        self.max_storage_accounts = max_storage_accounts
        self.max_hosted_services = max_hosted_services
        self.current_core_count = current_core_count
        self.current_hosted_services = current_hosted_services
        self.current_storage_accounts = current_storage_accounts
        self.max_virtual_network_sites = max_virtual_network_sites
        self.current_virtual_network_sites = current_virtual_network_sites
        self.max_local_network_sites = max_local_network_sites
        self.max_dns_servers = max_dns_servers
        self.current_local_network_sites = current_local_network_sites
        self.current_dns_servers = current_dns_servers
        self.offer_categories = offer_categories
        self.aad_tenant_id = aad_tenant_id
        self.created_time = created_time
        self.max_reserved_ips = max_reserved_ips
        self.current_reserved_ips = current_reserved_ips
        self.max_public_ip_count = max_public_ip_count
        self.current_network_security_groups = current_network_security_groups
        self.max_network_security_groups = max_network_security_groups
        self.max_network_security_rules_per_group = max_network_security_rules_per_group
        self.max_route_tables = max_route_tables
        self.max_routes_per_route_table = max_routes_per_route_table
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Subscription("
            "subscription_id="
            f"{self.subscription_id!r}, "
            "subscription_name="
            f"{self.subscription_name!r}, "
            "subscription_status="
            f"{self.subscription_status!r}, "
            "account_admin_live_email_id="
            f"{self.account_admin_live_email_id!r}, "
            "service_admin_live_email_id="
            f"{self.service_admin_live_email_id!r}, "
            "max_core_count="
            f"{self.max_core_count!r}, "
            "max_storage_accounts="
            f"{self.max_storage_accounts!r}, "
            "max_hosted_services="
            f"{self.max_hosted_services!r}, "
            "current_core_count="
            f"{self.current_core_count!r}, "
            "current_hosted_services="
            f"{self.current_hosted_services!r}, "
            "current_storage_accounts="
            f"{self.current_storage_accounts!r}, "
            "max_virtual_network_sites="
            f"{self.max_virtual_network_sites!r}, "
            "current_virtual_network_sites="
            f"{self.current_virtual_network_sites!r}, "
            "max_local_network_sites="
            f"{self.max_local_network_sites!r}, "
            "max_dns_servers="
            f"{self.max_dns_servers!r}, "
            "current_local_network_sites="
            f"{self.current_local_network_sites!r}, "
            "current_dns_servers="
            f"{self.current_dns_servers!r}, "
            "offer_categories="
            f"{self.offer_categories!r}, "
            "aad_tenant_id="
            f"{self.aad_tenant_id!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "max_reserved_ips="
            f"{self.max_reserved_ips!r}, "
            "current_reserved_ips="
            f"{self.current_reserved_ips!r}, "
            "max_public_ip_count="
            f"{self.max_public_ip_count!r}, "
            "current_network_security_groups="
            f"{self.current_network_security_groups!r}, "
            "max_network_security_groups="
            f"{self.max_network_security_groups!r}, "
            "max_network_security_rules_per_group="
            f"{self.max_network_security_rules_per_group!r}, "
            "max_route_tables="
            f"{self.max_route_tables!r}, "
            "max_routes_per_route_table="
            f"{self.max_routes_per_route_table!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Subscription):
            return NotImplemented
        return (
            self.subscription_id == other.subscription_id
            and self.subscription_name == other.subscription_name
            and self.subscription_status == other.subscription_status
            and self.account_admin_live_email_id == other.account_admin_live_email_id
            and self.service_admin_live_email_id == other.service_admin_live_email_id
            and self.max_core_count == other.max_core_count
            and self.max_storage_accounts == other.max_storage_accounts
            and self.max_hosted_services == other.max_hosted_services
            and self.current_core_count == other.current_core_count
            and self.current_hosted_services == other.current_hosted_services
            and self.current_storage_accounts == other.current_storage_accounts
            and self.max_virtual_network_sites == other.max_virtual_network_sites
            and self.current_virtual_network_sites == other.current_virtual_network_sites
            and self.max_local_network_sites == other.max_local_network_sites
            and self.max_dns_servers == other.max_dns_servers
            and self.current_local_network_sites == other.current_local_network_sites
            and self.current_dns_servers == other.current_dns_servers
            and self.offer_categories == other.offer_categories
            and self.aad_tenant_id == other.aad_tenant_id
            and self.created_time == other.created_time
            and self.max_reserved_ips == other.max_reserved_ips
            and self.current_reserved_ips == other.current_reserved_ips
            and self.max_public_ip_count == other.max_public_ip_count
            and self.current_network_security_groups == other.current_network_security_groups
            and self.max_network_security_groups == other.max_network_security_groups
            and self.max_network_security_rules_per_group
            == other.max_network_security_rules_per_group
            and self.max_route_tables == other.max_route_tables
            and self.max_routes_per_route_table == other.max_routes_per_route_table
        )


class SubscriptionOperationCollection(WindowsAzureData):
    """One page of the subscription's operation log.

    Attributes:
        subscription_operations: The operations of this page, oldest first.
        continuation_token: Opaque token to pass back for the next page; None on the last page.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "subscription_operations",
        "continuation_token",
    )

    subscription_operations: list[SubscriptionOperation]
    continuation_token: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        subscription_operations: list[SubscriptionOperation] | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.subscription_operations = (
            SubscriptionOperations() if subscription_operations is None else subscription_operations
        )
        self.continuation_token = continuation_token
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SubscriptionOperationCollection("
            "subscription_operations="
            f"{self.subscription_operations!r}, "
            "continuation_token="
            f"{self.continuation_token!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubscriptionOperationCollection):
            return NotImplemented
        return (
            self.subscription_operations == other.subscription_operations
            and self.continuation_token == other.continuation_token
        )


class SubscriptionOperation(WindowsAzureData):
    """One write operation performed on the subscription.

    Attributes:
        operation_id: Id of the operation (its request id).
        operation_object_id: Management path of the object the operation changed, e.g. `/
            <subscription-id>/services/hostedservices/mysvc`.
        operation_name: What was done, e.g. CreateHostedService.
        operation_parameters: The parameters of the operation as name/value pairs (URI values
            and body fields).
        operation_caller: Who started the operation.
        operation_status: Outcome of the operation.
        operation_started_time: When the operation started (UTC).
        operation_completed_time: When it finished (UTC); None while it is in progress.
        operation_kind: Kind of operation as ASM classifies it, when it does.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "operation_id",
        "operation_object_id",
        "operation_name",
        "operation_parameters",
        "operation_caller",
        "operation_status",
        "operation_started_time",
        "operation_completed_time",
        "operation_kind",
    )

    operation_id: str | None
    operation_object_id: str | None
    operation_name: str | None
    operation_parameters: list[OperationParameter]
    operation_caller: OperationCaller
    operation_status: SubscriptionOperationStatus
    operation_started_time: datetime | None
    operation_completed_time: datetime | None
    operation_kind: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        operation_id: str | None = None,
        operation_object_id: str | None = None,
        operation_name: str | None = None,
        operation_parameters: list[OperationParameter] | None = None,
        operation_caller: OperationCaller | None = None,
        operation_status: SubscriptionOperationStatus | None = None,
        operation_started_time: datetime | None = None,
        operation_completed_time: datetime | None = None,
        operation_kind: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.operation_object_id = operation_object_id
        self.operation_name = operation_name
        self.operation_parameters = [] if operation_parameters is None else operation_parameters
        self.operation_caller = OperationCaller() if operation_caller is None else operation_caller
        self.operation_status = (
            SubscriptionOperationStatus() if operation_status is None else operation_status
        )
        self.operation_started_time = operation_started_time
        self.operation_completed_time = operation_completed_time
        self.operation_kind = operation_kind
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SubscriptionOperation("
            "operation_id="
            f"{self.operation_id!r}, "
            "operation_object_id="
            f"{self.operation_object_id!r}, "
            "operation_name="
            f"{self.operation_name!r}, "
            "operation_parameters="
            f"{self.operation_parameters!r}, "
            "operation_caller="
            f"{self.operation_caller!r}, "
            "operation_status="
            f"{self.operation_status!r}, "
            "operation_started_time="
            f"{self.operation_started_time!r}, "
            "operation_completed_time="
            f"{self.operation_completed_time!r}, "
            "operation_kind="
            f"{self.operation_kind!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubscriptionOperation):
            return NotImplemented
        return (
            self.operation_id == other.operation_id
            and self.operation_object_id == other.operation_object_id
            and self.operation_name == other.operation_name
            and self.operation_parameters == other.operation_parameters
            and self.operation_caller == other.operation_caller
            and self.operation_status == other.operation_status
            and self.operation_started_time == other.operation_started_time
            and self.operation_completed_time == other.operation_completed_time
            and self.operation_kind == other.operation_kind
        )


class OperationParameter(WindowsAzureData):
    """A name/value parameter of a logged operation. The two children are in the WCF data contract
    namespace, unlike the element itself.

    Attributes:
        name: Name of the parameter, e.g. serviceName.
        value: Value of the parameter, as text (bodies are XML text).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "value",
    )

    name: str | None
    value: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        value: str | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"OperationParameter(name={self.name!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OperationParameter):
            return NotImplemented
        return self.name == other.name and self.value == other.value


class OperationCaller(WindowsAzureData):
    """Who started a logged operation.

    Attributes:
        used_service_management_api: True when it came through the management API (certificate),
            False from the portal.
        user_email_address: Sign-in address of the portal user, when not through the API.
        subscription_certificate_thumbprint: Thumbprint of the management certificate used, when
            through the API.
        client_ip: IP address the request came from.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "used_service_management_api",
        "user_email_address",
        "subscription_certificate_thumbprint",
        "client_ip",
    )

    used_service_management_api: bool | None
    user_email_address: str | None
    subscription_certificate_thumbprint: str | None
    client_ip: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        used_service_management_api: bool | None = None,
        user_email_address: str | None = None,
        subscription_certificate_thumbprint: str | None = None,
        client_ip: str | None = None,
    ) -> None:
        self.used_service_management_api = used_service_management_api
        self.user_email_address = user_email_address
        self.subscription_certificate_thumbprint = subscription_certificate_thumbprint
        self.client_ip = client_ip
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OperationCaller("
            "used_service_management_api="
            f"{self.used_service_management_api!r}, "
            "user_email_address="
            f"{self.user_email_address!r}, "
            "subscription_certificate_thumbprint="
            f"{self.subscription_certificate_thumbprint!r}, "
            "client_ip="
            f"{self.client_ip!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OperationCaller):
            return NotImplemented
        return (
            self.used_service_management_api == other.used_service_management_api
            and self.user_email_address == other.user_email_address
            and self.subscription_certificate_thumbprint
            == other.subscription_certificate_thumbprint
            and self.client_ip == other.client_ip
        )


class SubscriptionOperationStatus(WindowsAzureData):
    """Outcome of a logged operation.

    Attributes:
        status_id: Id of the operation's status (its request id).
        status: InProgress, Succeeded or Failed.
        http_status_code: HTTP status the operation finished with.
        error: Why it failed, when it did.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "status_id",
        "status",
        "http_status_code",
        "error",
    )

    status_id: str | None
    status: str | None
    http_status_code: int | None
    error: OperationError | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        status_id: str | None = None,
        status: str | None = None,
        http_status_code: int | None = None,
        error: OperationError | None = None,
    ) -> None:
        self.status_id = status_id
        self.status = status
        self.http_status_code = http_status_code
        self.error = error
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SubscriptionOperationStatus("
            "status_id="
            f"{self.status_id!r}, "
            "status="
            f"{self.status!r}, "
            "http_status_code="
            f"{self.http_status_code!r}, "
            "error="
            f"{self.error!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubscriptionOperationStatus):
            return NotImplemented
        return (
            self.status_id == other.status_id
            and self.status == other.status
            and self.http_status_code == other.http_status_code
            and self.error == other.error
        )


class TrafficManagerDnsPrefixAvailability(WindowsAzureData):
    """Whether a Traffic Manager domain name is free.

    Attributes:
        result: True when no profile uses the domain name.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("result",)

    result: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        result: bool | None = None,
    ) -> None:
        self.result = result
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"TrafficManagerDnsPrefixAvailability(result={self.result!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerDnsPrefixAvailability):
            return NotImplemented
        return self.result == other.result


class CreateTrafficManagerProfile(WindowsAzureData):
    """The body of create_traffic_manager_profile.

    Attributes:
        domain_name: Domain name of the profile (`myapp.trafficmanager.net`).
        name: Name of the profile.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "domain_name",
        "name",
    )

    domain_name: str | None
    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        domain_name: str | None = None,
        name: str | None = None,
    ) -> None:
        self.domain_name = domain_name
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"CreateTrafficManagerProfile(domain_name={self.domain_name!r}, name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateTrafficManagerProfile):
            return NotImplemented
        return self.domain_name == other.domain_name and self.name == other.name


class UpdateTrafficManagerProfile(WindowsAzureData):
    """The body of update_traffic_manager_profile.

    Attributes:
        status: `Enabled` or `Disabled`.
        enabled_version: Version of the definition to use.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "status",
        "enabled_version",
    )

    status: str | None
    enabled_version: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        status: str | None = None,
        enabled_version: int | None = None,
    ) -> None:
        self.status = status
        self.enabled_version = enabled_version
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateTrafficManagerProfile("
            "status="
            f"{self.status!r}, "
            "enabled_version="
            f"{self.enabled_version!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateTrafficManagerProfile):
            return NotImplemented
        return self.status == other.status and self.enabled_version == other.enabled_version


class TrafficManagerProfile(WindowsAzureData):
    """A Traffic Manager profile.

    Attributes:
        domain_name: Domain name of the profile.
        name: Name of the profile.
        status: `Enabled` or `Disabled`.
        status_details: The version of the definition in use.
        definitions: The profile's definitions (at most one): status and version.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "domain_name",
        "name",
        "status",
        "status_details",
        "definitions",
    )

    domain_name: str | None
    name: str | None
    status: str | None
    status_details: TrafficManagerProfileStatusDetails | None
    definitions: list[TrafficManagerDefinitionSummary] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        domain_name: str | None = None,
        name: str | None = None,
        status: str | None = None,
        status_details: TrafficManagerProfileStatusDetails | None = None,
        definitions: list[TrafficManagerDefinitionSummary] | None = None,
    ) -> None:
        self.domain_name = domain_name
        self.name = name
        self.status = status
        self.status_details = status_details
        self.definitions = definitions
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TrafficManagerProfile("
            "domain_name="
            f"{self.domain_name!r}, "
            "name="
            f"{self.name!r}, "
            "status="
            f"{self.status!r}, "
            "status_details="
            f"{self.status_details!r}, "
            "definitions="
            f"{self.definitions!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerProfile):
            return NotImplemented
        return (
            self.domain_name == other.domain_name
            and self.name == other.name
            and self.status == other.status
            and self.status_details == other.status_details
            and self.definitions == other.definitions
        )


class TrafficManagerProfileStatusDetails(WindowsAzureData):
    """The definition a profile uses.

    Attributes:
        enabled_version: Version of the definition in use.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("enabled_version",)

    enabled_version: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        enabled_version: int | None = None,
    ) -> None:
        self.enabled_version = enabled_version
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"TrafficManagerProfileStatusDetails(enabled_version={self.enabled_version!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerProfileStatusDetails):
            return NotImplemented
        return self.enabled_version == other.enabled_version


class TrafficManagerDefinitionSummary(WindowsAzureData):
    """A definition as a profile lists it.

    Attributes:
        status: `Enabled` or `Disabled`.
        version: Version of the definition (1).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "status",
        "version",
    )

    status: str | None
    version: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        status: str | None = None,
        version: int | None = None,
    ) -> None:
        self.status = status
        self.version = version
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"TrafficManagerDefinitionSummary(status={self.status!r}, version={self.version!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerDefinitionSummary):
            return NotImplemented
        return self.status == other.status and self.version == other.version


class TrafficManagerDefinition(WindowsAzureData):
    """The definition of a profile: what create_traffic_manager_definition sends (DNS options,
    monitors, policy) and what ASM answers with it (status, version, monitoring status).

    Attributes:
        dns_options: DNS options of the profile.
        status: `Enabled` or `Disabled` (set by ASM; not sent).
        version: Version of the definition (set by ASM: 1; not sent).
        monitors: Monitors probing the endpoints.
        policy: Load-balancing policy and endpoints.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "dns_options",
        "status",
        "version",
        "monitors",
        "policy",
    )

    dns_options: TrafficManagerDnsOptions | None
    status: str | None
    version: int | None
    monitors: list[TrafficManagerMonitor] | None
    policy: TrafficManagerPolicy | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        dns_options: TrafficManagerDnsOptions | None = None,
        status: str | None = None,
        version: int | None = None,
        monitors: list[TrafficManagerMonitor] | None = None,
        policy: TrafficManagerPolicy | None = None,
    ) -> None:
        self.dns_options = dns_options
        self.status = status
        self.version = version
        self.monitors = monitors
        self.policy = policy
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TrafficManagerDefinition("
            "dns_options="
            f"{self.dns_options!r}, "
            "status="
            f"{self.status!r}, "
            "version="
            f"{self.version!r}, "
            "monitors="
            f"{self.monitors!r}, "
            "policy="
            f"{self.policy!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerDefinition):
            return NotImplemented
        return (
            self.dns_options == other.dns_options
            and self.status == other.status
            and self.version == other.version
            and self.monitors == other.monitors
            and self.policy == other.policy
        )


class TrafficManagerDnsOptions(WindowsAzureData):
    """DNS options of a Traffic Manager definition.

    Attributes:
        time_to_live_in_seconds: How long DNS resolvers cache the answers (30 to 999999
            seconds).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("time_to_live_in_seconds",)

    time_to_live_in_seconds: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        time_to_live_in_seconds: int | None = None,
    ) -> None:
        self.time_to_live_in_seconds = time_to_live_in_seconds
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"TrafficManagerDnsOptions(time_to_live_in_seconds={self.time_to_live_in_seconds!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerDnsOptions):
            return NotImplemented
        return self.time_to_live_in_seconds == other.time_to_live_in_seconds


class TrafficManagerMonitor(WindowsAzureData):
    """How Traffic Manager probes each endpoint of a profile.

    Attributes:
        interval_in_seconds: Seconds between two probes (30).
        timeout_in_seconds: Seconds a probe waits for an answer (10).
        tolerated_number_of_failures: Failed probes before an endpoint is taken out (3).
        protocol: `HTTP` or `HTTPS`.
        port: Port probed (80, 443, ...).
        http_options: The HTTP request of the probe.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "interval_in_seconds",
        "timeout_in_seconds",
        "tolerated_number_of_failures",
        "protocol",
        "port",
        "http_options",
    )

    interval_in_seconds: int | None
    timeout_in_seconds: int | None
    tolerated_number_of_failures: int | None
    protocol: str | None
    port: int | None
    http_options: TrafficManagerHttpOptions | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        interval_in_seconds: int | None = None,
        timeout_in_seconds: int | None = None,
        tolerated_number_of_failures: int | None = None,
        protocol: str | None = None,
        port: int | None = None,
        http_options: TrafficManagerHttpOptions | None = None,
    ) -> None:
        self.interval_in_seconds = interval_in_seconds
        self.timeout_in_seconds = timeout_in_seconds
        self.tolerated_number_of_failures = tolerated_number_of_failures
        self.protocol = protocol
        self.port = port
        self.http_options = http_options
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TrafficManagerMonitor("
            "interval_in_seconds="
            f"{self.interval_in_seconds!r}, "
            "timeout_in_seconds="
            f"{self.timeout_in_seconds!r}, "
            "tolerated_number_of_failures="
            f"{self.tolerated_number_of_failures!r}, "
            "protocol="
            f"{self.protocol!r}, "
            "port="
            f"{self.port!r}, "
            "http_options="
            f"{self.http_options!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerMonitor):
            return NotImplemented
        return (
            self.interval_in_seconds == other.interval_in_seconds
            and self.timeout_in_seconds == other.timeout_in_seconds
            and self.tolerated_number_of_failures == other.tolerated_number_of_failures
            and self.protocol == other.protocol
            and self.port == other.port
            and self.http_options == other.http_options
        )


class TrafficManagerHttpOptions(WindowsAzureData):
    """The HTTP request a monitor sends.

    Attributes:
        verb: HTTP method of the probe: `GET`.
        relative_path: Path probed on each endpoint (`/` or `/health.aspx`).
        expected_status_code: Status a healthy endpoint answers: 200.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "verb",
        "relative_path",
        "expected_status_code",
    )

    verb: str | None
    relative_path: str | None
    expected_status_code: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        verb: str | None = None,
        relative_path: str | None = None,
        expected_status_code: int | None = None,
    ) -> None:
        self.verb = verb
        self.relative_path = relative_path
        self.expected_status_code = expected_status_code
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TrafficManagerHttpOptions("
            "verb="
            f"{self.verb!r}, "
            "relative_path="
            f"{self.relative_path!r}, "
            "expected_status_code="
            f"{self.expected_status_code!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerHttpOptions):
            return NotImplemented
        return (
            self.verb == other.verb
            and self.relative_path == other.relative_path
            and self.expected_status_code == other.expected_status_code
        )


class TrafficManagerPolicy(WindowsAzureData):
    """The load-balancing policy of a definition and its endpoints.

    Attributes:
        load_balancing_method: `Performance`, `Failover` (endpoints in list order) or
            `RoundRobin`.
        endpoints: The endpoints traffic is sent to.
        monitor_status: Monitoring status of the whole policy (set by ASM; not sent): `Online`,
            `Degraded` (some endpoint down), `Inactive` (no endpoint enabled), `Disabled`
            (profile disabled), `CheckingEndpoints`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "load_balancing_method",
        "endpoints",
        "monitor_status",
    )

    load_balancing_method: str | None
    endpoints: list[TrafficManagerEndpoint] | None
    monitor_status: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        load_balancing_method: str | None = None,
        endpoints: list[TrafficManagerEndpoint] | None = None,
        monitor_status: str | None = None,
    ) -> None:
        self.load_balancing_method = load_balancing_method
        self.endpoints = endpoints
        self.monitor_status = monitor_status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TrafficManagerPolicy("
            "load_balancing_method="
            f"{self.load_balancing_method!r}, "
            "endpoints="
            f"{self.endpoints!r}, "
            "monitor_status="
            f"{self.monitor_status!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerPolicy):
            return NotImplemented
        return (
            self.load_balancing_method == other.load_balancing_method
            and self.endpoints == other.endpoints
            and self.monitor_status == other.monitor_status
        )


class TrafficManagerEndpoint(WindowsAzureData):
    """An endpoint of a Traffic Manager policy.

    Attributes:
        domain_name: Domain name of the endpoint (`mysvc.cloudapp.net`,
            `mysite.azurewebsites.net`).
        status: `Enabled` or `Disabled`.
        type: `CloudService`, `AzureWebsite`, `Any` (an outside address) or `TrafficManager` (a
            nested profile).
        location: Region of an `Any` or `TrafficManager` endpoint, for the Performance method.
        monitor_status: Monitoring status of the endpoint (set by ASM; not sent): `Online`,
            `Degraded`, `Disabled`, `Stopped`, `CheckingEndpoint`, `EndpointDoesNotExist`.
        weight: Share of traffic under RoundRobin (1 to 1000).
        min_child_endpoints: For a nested profile, the fewest healthy endpoints it must have to
            be used.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "domain_name",
        "status",
        "type",
        "location",
        "monitor_status",
        "weight",
        "min_child_endpoints",
    )

    domain_name: str | None
    status: str | None
    type: str | None
    location: str | None
    monitor_status: str | None
    weight: int | None
    min_child_endpoints: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        domain_name: str | None = None,
        status: str | None = None,
        type: str | None = None,
        location: str | None = None,
        monitor_status: str | None = None,
        weight: int | None = None,
        min_child_endpoints: int | None = None,
    ) -> None:
        self.domain_name = domain_name
        self.status = status
        self.type = type
        self.location = location
        self.monitor_status = monitor_status
        self.weight = weight
        self.min_child_endpoints = min_child_endpoints
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "TrafficManagerEndpoint("
            "domain_name="
            f"{self.domain_name!r}, "
            "status="
            f"{self.status!r}, "
            "type="
            f"{self.type!r}, "
            "location="
            f"{self.location!r}, "
            "monitor_status="
            f"{self.monitor_status!r}, "
            "weight="
            f"{self.weight!r}, "
            "min_child_endpoints="
            f"{self.min_child_endpoints!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TrafficManagerEndpoint):
            return NotImplemented
        return (
            self.domain_name == other.domain_name
            and self.status == other.status
            and self.type == other.type
            and self.location == other.location
            and self.monitor_status == other.monitor_status
            and self.weight == other.weight
            and self.min_child_endpoints == other.min_child_endpoints
        )


class BgpSettings(WindowsAzureData):
    """BGP settings of a gateway.

    Attributes:
        asn: Autonomous system number.
        bgp_peering_address: Address BGP peers with.
        peer_weight: Weight of the peer.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "asn",
        "bgp_peering_address",
        "peer_weight",
    )

    asn: int | None
    bgp_peering_address: str | None
    peer_weight: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        asn: int | None = None,
        bgp_peering_address: str | None = None,
        peer_weight: int | None = None,
    ) -> None:
        self.asn = asn
        self.bgp_peering_address = bgp_peering_address
        self.peer_weight = peer_weight
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "BgpSettings("
            "asn="
            f"{self.asn!r}, "
            "bgp_peering_address="
            f"{self.bgp_peering_address!r}, "
            "peer_weight="
            f"{self.peer_weight!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BgpSettings):
            return NotImplemented
        return (
            self.asn == other.asn
            and self.bgp_peering_address == other.bgp_peering_address
            and self.peer_weight == other.peer_weight
        )


class CreateLocalNetworkGatewayParameters(WindowsAzureData):
    """Body of create_local_network_gateway.

    Attributes:
        address_space: Address ranges behind the device.
        gateway_name: Name of the gateway.
        ip_address: Address of the device.
        bgp_settings: BGP settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "address_space",
        "gateway_name",
        "ip_address",
        "bgp_settings",
    )

    address_space: list[str] | None
    gateway_name: str | None
    ip_address: str | None
    bgp_settings: BgpSettings | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        address_space: list[str] | None = None,
        gateway_name: str | None = None,
        ip_address: str | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        self.address_space = address_space
        self.gateway_name = gateway_name
        self.ip_address = ip_address
        self.bgp_settings = bgp_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateLocalNetworkGatewayParameters("
            "address_space="
            f"{self.address_space!r}, "
            "gateway_name="
            f"{self.gateway_name!r}, "
            "ip_address="
            f"{self.ip_address!r}, "
            "bgp_settings="
            f"{self.bgp_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateLocalNetworkGatewayParameters):
            return NotImplemented
        return (
            self.address_space == other.address_space
            and self.gateway_name == other.gateway_name
            and self.ip_address == other.ip_address
            and self.bgp_settings == other.bgp_settings
        )


class LocalNetworkGateway(WindowsAzureData):
    """A local network gateway (an on-premises VPN device).

    Attributes:
        id: Id of the gateway.
        gateway_name: Name of the gateway.
        ip_address: Public address of the device.
        address_space: Address ranges behind the device.
        bgp_settings: BGP settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "id",
        "gateway_name",
        "ip_address",
        "address_space",
        "bgp_settings",
    )

    id: str | None
    gateway_name: str | None
    ip_address: str | None
    address_space: list[str] | None
    bgp_settings: BgpSettings | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        id: str | None = None,
        gateway_name: str | None = None,
        ip_address: str | None = None,
        address_space: list[str] | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        self.id = id
        self.gateway_name = gateway_name
        self.ip_address = ip_address
        self.address_space = address_space
        self.bgp_settings = bgp_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LocalNetworkGateway("
            "id="
            f"{self.id!r}, "
            "gateway_name="
            f"{self.gateway_name!r}, "
            "ip_address="
            f"{self.ip_address!r}, "
            "address_space="
            f"{self.address_space!r}, "
            "bgp_settings="
            f"{self.bgp_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LocalNetworkGateway):
            return NotImplemented
        return (
            self.id == other.id
            and self.gateway_name == other.gateway_name
            and self.ip_address == other.ip_address
            and self.address_space == other.address_space
            and self.bgp_settings == other.bgp_settings
        )


class CreateVirtualNetworkGatewayParameters(WindowsAzureData):
    """Body of create_virtual_network_gateway.

    Attributes:
        gateway_name: Name of the gateway.
        gateway_size: Size of the gateway.
        gateway_type: StaticRouting or DynamicRouting.
        location: Location of the network.
        vnet_id: Id of the virtual network.
        bgp_settings: BGP settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "gateway_name",
        "gateway_size",
        "gateway_type",
        "location",
        "vnet_id",
        "bgp_settings",
    )

    gateway_name: str | None
    gateway_size: str | None
    gateway_type: str | None
    location: str | None
    vnet_id: str | None
    bgp_settings: BgpSettings | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        gateway_name: str | None = None,
        gateway_size: str | None = None,
        gateway_type: str | None = None,
        location: str | None = None,
        vnet_id: str | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        self.gateway_name = gateway_name
        self.gateway_size = gateway_size
        self.gateway_type = gateway_type
        self.location = location
        self.vnet_id = vnet_id
        self.bgp_settings = bgp_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateVirtualNetworkGatewayParameters("
            "gateway_name="
            f"{self.gateway_name!r}, "
            "gateway_size="
            f"{self.gateway_size!r}, "
            "gateway_type="
            f"{self.gateway_type!r}, "
            "location="
            f"{self.location!r}, "
            "vnet_id="
            f"{self.vnet_id!r}, "
            "bgp_settings="
            f"{self.bgp_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateVirtualNetworkGatewayParameters):
            return NotImplemented
        return (
            self.gateway_name == other.gateway_name
            and self.gateway_size == other.gateway_size
            and self.gateway_type == other.gateway_type
            and self.location == other.location
            and self.vnet_id == other.vnet_id
            and self.bgp_settings == other.bgp_settings
        )


class VirtualNetworkGatewayDetails(WindowsAzureData):
    """A virtual network gateway addressed by id.

    Attributes:
        gateway_id: Id of the gateway.
        last_event: Last event of the gateway.
        gateway_name: Name of the gateway.
        gateway_type: StaticRouting or DynamicRouting.
        gateway_size: Size of the gateway.
        state: `Provisioning`, `Provisioned`, `Deprovisioning`, ...
        vip_address: Public address of the gateway.
        location: Location of the gateway.
        vnet_id: Id of its virtual network.
        subnet_id: Id of its gateway subnet.
        default_sites: Local networks used for forced tunneling.
        enable_bgp: Whether BGP is enabled.
        bgp_settings: BGP settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "gateway_id",
        "last_event",
        "gateway_name",
        "gateway_type",
        "gateway_size",
        "state",
        "vip_address",
        "location",
        "vnet_id",
        "subnet_id",
        "default_sites",
        "enable_bgp",
        "bgp_settings",
    )

    gateway_id: str | None
    last_event: GatewayEvent | None
    gateway_name: str | None
    gateway_type: str | None
    gateway_size: str | None
    state: str | None
    vip_address: str | None
    location: str | None
    vnet_id: str | None
    subnet_id: str | None
    default_sites: list[str] | None
    enable_bgp: bool | None
    bgp_settings: BgpSettings | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        gateway_id: str | None = None,
        last_event: GatewayEvent | None = None,
        gateway_name: str | None = None,
        gateway_type: str | None = None,
        gateway_size: str | None = None,
        state: str | None = None,
        vip_address: str | None = None,
        location: str | None = None,
        vnet_id: str | None = None,
        subnet_id: str | None = None,
        default_sites: list[str] | None = None,
        enable_bgp: bool | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        self.gateway_id = gateway_id
        self.last_event = last_event
        self.gateway_name = gateway_name
        self.gateway_type = gateway_type
        self.gateway_size = gateway_size
        self.state = state
        self.vip_address = vip_address
        self.location = location
        self.vnet_id = vnet_id
        self.subnet_id = subnet_id
        self.default_sites = default_sites
        self.enable_bgp = enable_bgp
        self.bgp_settings = bgp_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VirtualNetworkGatewayDetails("
            "gateway_id="
            f"{self.gateway_id!r}, "
            "last_event="
            f"{self.last_event!r}, "
            "gateway_name="
            f"{self.gateway_name!r}, "
            "gateway_type="
            f"{self.gateway_type!r}, "
            "gateway_size="
            f"{self.gateway_size!r}, "
            "state="
            f"{self.state!r}, "
            "vip_address="
            f"{self.vip_address!r}, "
            "location="
            f"{self.location!r}, "
            "vnet_id="
            f"{self.vnet_id!r}, "
            "subnet_id="
            f"{self.subnet_id!r}, "
            "default_sites="
            f"{self.default_sites!r}, "
            "enable_bgp="
            f"{self.enable_bgp!r}, "
            "bgp_settings="
            f"{self.bgp_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VirtualNetworkGatewayDetails):
            return NotImplemented
        return (
            self.gateway_id == other.gateway_id
            and self.last_event == other.last_event
            and self.gateway_name == other.gateway_name
            and self.gateway_type == other.gateway_type
            and self.gateway_size == other.gateway_size
            and self.state == other.state
            and self.vip_address == other.vip_address
            and self.location == other.location
            and self.vnet_id == other.vnet_id
            and self.subnet_id == other.subnet_id
            and self.default_sites == other.default_sites
            and self.enable_bgp == other.enable_bgp
            and self.bgp_settings == other.bgp_settings
        )


class CreateGatewayConnectionParameters(WindowsAzureData):
    """Body of create_virtual_network_gateway_connection.

    Attributes:
        connected_entity_id: Id of the connected entity.
        gateway_connection_name: Name of the connection.
        gateway_connection_type: Kind of connection.
        virtual_network_gateway_id: Id of the gateway.
        routing_weight: Routing weight.
        shared_key: Pre-shared key.
        enable_bgp: Whether BGP runs over it.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "connected_entity_id",
        "gateway_connection_name",
        "gateway_connection_type",
        "virtual_network_gateway_id",
        "routing_weight",
        "shared_key",
        "enable_bgp",
    )

    connected_entity_id: str | None
    gateway_connection_name: str | None
    gateway_connection_type: str | None
    virtual_network_gateway_id: str | None
    routing_weight: int | None
    shared_key: str | None
    enable_bgp: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        connected_entity_id: str | None = None,
        gateway_connection_name: str | None = None,
        gateway_connection_type: str | None = None,
        virtual_network_gateway_id: str | None = None,
        routing_weight: int | None = None,
        shared_key: str | None = None,
        enable_bgp: bool | None = None,
    ) -> None:
        self.connected_entity_id = connected_entity_id
        self.gateway_connection_name = gateway_connection_name
        self.gateway_connection_type = gateway_connection_type
        self.virtual_network_gateway_id = virtual_network_gateway_id
        self.routing_weight = routing_weight
        self.shared_key = shared_key
        self.enable_bgp = enable_bgp
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateGatewayConnectionParameters("
            "connected_entity_id="
            f"{self.connected_entity_id!r}, "
            "gateway_connection_name="
            f"{self.gateway_connection_name!r}, "
            "gateway_connection_type="
            f"{self.gateway_connection_type!r}, "
            "virtual_network_gateway_id="
            f"{self.virtual_network_gateway_id!r}, "
            "routing_weight="
            f"{self.routing_weight!r}, "
            "shared_key="
            f"{'<secret>' if self.shared_key is not None else None}, "
            "enable_bgp="
            f"{self.enable_bgp!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateGatewayConnectionParameters):
            return NotImplemented
        return (
            self.connected_entity_id == other.connected_entity_id
            and self.gateway_connection_name == other.gateway_connection_name
            and self.gateway_connection_type == other.gateway_connection_type
            and self.virtual_network_gateway_id == other.virtual_network_gateway_id
            and self.routing_weight == other.routing_weight
            and self.shared_key == other.shared_key
            and self.enable_bgp == other.enable_bgp
        )


class GatewayConnectionDetails(WindowsAzureData):
    """A connection between a virtual network gateway and a connected entity.

    Attributes:
        gateway_connection_name: Name of the connection.
        virtual_network_gateway_id: Id of the gateway.
        connected_entity_id: Id of the connected entity.
        gateway_connection_type: Kind of connection.
        routing_weight: Routing weight.
        shared_key: Pre-shared key.
        enable_bgp: Whether BGP runs over it.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "gateway_connection_name",
        "virtual_network_gateway_id",
        "connected_entity_id",
        "gateway_connection_type",
        "routing_weight",
        "shared_key",
        "enable_bgp",
    )

    gateway_connection_name: str | None
    virtual_network_gateway_id: str | None
    connected_entity_id: str | None
    gateway_connection_type: str | None
    routing_weight: int | None
    shared_key: str | None
    enable_bgp: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        gateway_connection_name: str | None = None,
        virtual_network_gateway_id: str | None = None,
        connected_entity_id: str | None = None,
        gateway_connection_type: str | None = None,
        routing_weight: int | None = None,
        shared_key: str | None = None,
        enable_bgp: bool | None = None,
    ) -> None:
        self.gateway_connection_name = gateway_connection_name
        self.virtual_network_gateway_id = virtual_network_gateway_id
        self.connected_entity_id = connected_entity_id
        self.gateway_connection_type = gateway_connection_type
        self.routing_weight = routing_weight
        self.shared_key = shared_key
        self.enable_bgp = enable_bgp
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GatewayConnectionDetails("
            "gateway_connection_name="
            f"{self.gateway_connection_name!r}, "
            "virtual_network_gateway_id="
            f"{self.virtual_network_gateway_id!r}, "
            "connected_entity_id="
            f"{self.connected_entity_id!r}, "
            "gateway_connection_type="
            f"{self.gateway_connection_type!r}, "
            "routing_weight="
            f"{self.routing_weight!r}, "
            "shared_key="
            f"{'<secret>' if self.shared_key is not None else None}, "
            "enable_bgp="
            f"{self.enable_bgp!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GatewayConnectionDetails):
            return NotImplemented
        return (
            self.gateway_connection_name == other.gateway_connection_name
            and self.virtual_network_gateway_id == other.virtual_network_gateway_id
            and self.connected_entity_id == other.connected_entity_id
            and self.gateway_connection_type == other.gateway_connection_type
            and self.routing_weight == other.routing_weight
            and self.shared_key == other.shared_key
            and self.enable_bgp == other.enable_bgp
        )


class UpdateLocalNetworkGatewayParameters(WindowsAzureData):
    """Body of update_local_network_gateway.

    Attributes:
        address_space: Address ranges behind the device.
        bgp_settings: BGP settings.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "address_space",
        "bgp_settings",
    )

    address_space: list[str] | None
    bgp_settings: BgpSettings | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        address_space: list[str] | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        self.address_space = address_space
        self.bgp_settings = bgp_settings
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateLocalNetworkGatewayParameters("
            "address_space="
            f"{self.address_space!r}, "
            "bgp_settings="
            f"{self.bgp_settings!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateLocalNetworkGatewayParameters):
            return NotImplemented
        return self.address_space == other.address_space and self.bgp_settings == other.bgp_settings


class UpdateGatewayConnectionParameters(WindowsAzureData):
    """Body of update_virtual_network_gateway_connection.

    Attributes:
        routing_weight: Routing weight.
        shared_key: Pre-shared key.
        enable_bgp: Whether BGP runs over it.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "routing_weight",
        "shared_key",
        "enable_bgp",
    )

    routing_weight: int | None
    shared_key: str | None
    enable_bgp: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        routing_weight: int | None = None,
        shared_key: str | None = None,
        enable_bgp: bool | None = None,
    ) -> None:
        self.routing_weight = routing_weight
        self.shared_key = shared_key
        self.enable_bgp = enable_bgp
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateGatewayConnectionParameters("
            "routing_weight="
            f"{self.routing_weight!r}, "
            "shared_key="
            f"{'<secret>' if self.shared_key is not None else None}, "
            "enable_bgp="
            f"{self.enable_bgp!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateGatewayConnectionParameters):
            return NotImplemented
        return (
            self.routing_weight == other.routing_weight
            and self.shared_key == other.shared_key
            and self.enable_bgp == other.enable_bgp
        )


class RedeployRoleOperation(WindowsAzureData):
    """Request body of `redeploy_role`."""

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ()

    operation_type: ClassVar[str] = "RedeployRoleOperation"

    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
    ) -> None:
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return "RedeployRoleOperation()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RedeployRoleOperation):
            return NotImplemented
        return True


class PerformMaintenanceOnRoleOperation(WindowsAzureData):
    """Request body of `perform_role_maintenance`."""

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ()

    operation_type: ClassVar[str] = "PerformMaintenanceOnRoleOperation"

    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
    ) -> None:
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return "PerformMaintenanceOnRoleOperation()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PerformMaintenanceOnRoleOperation):
            return NotImplemented
        return True


class VMImageDetails(WindowsAzureData):
    """A VM image with the state of its publishing.

    Attributes:
        name: Name of the image, as passed in `vm_image_name`.
        label: Label of the image (plain text).
        category: User for your images; Public and others for published ones.
        description: Description of the image.
        os_disk_configuration: The operating system disk of the image.
        data_disk_configurations: The data disks of the image.
        service_name: Cloud service of the virtual machine the image was captured from.
        deployment_name: Deployment of the virtual machine the image was captured from.
        role_name: Virtual machine the image was captured from.
        affinity_group: Affinity group of the storage account holding the image, if any.
        location: Location(s) of the image; published images list several, separated by
            semicolons.
        created_time: When the image was created (UTC).
        modified_time: When the image was last changed (UTC).
        language: Language of the image's operating system.
        image_family: Family grouping related images.
        recommended_vm_size: Size suggested for machines created from the image.
        is_premium: Whether the image carries charges beyond the machine's price (see
            pricing_detail_link).
        eula: End user license agreement, usually a URL.
        icon_uri: Icon shown for the image in the portal.
        small_icon_uri: Small icon shown for the image in the portal.
        privacy_uri: Privacy policy of the image.
        publisher_name: Publisher of the image.
        pricing_detail_link: Pricing details of a premium image.
        published_date: When the image was published (UTC).
        show_in_gui: Whether the portal offers the image.
        vm_image_state: Readiness of the image, e.g. VMImageReadyForUse.
        role_state_on_capture: State of the virtual machine when it was captured, e.g.
            StoppedVM.
        role_size_on_capture: Size of the virtual machine when it was captured.
        is_corrupted: Whether ASM found the image corrupted.
        published_name: Name the image is published under.
        sharing_status: Public, Private or MSDN.
        replication_progress: Progress of the replication, per target location.
        compute_image_attributes: Offer, SKU and version the image was replicated as.
        marketplace_image_attributes: The Marketplace plan of the image, if it is sold there.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "category",
        "description",
        "os_disk_configuration",
        "data_disk_configurations",
        "service_name",
        "deployment_name",
        "role_name",
        "affinity_group",
        "location",
        "created_time",
        "modified_time",
        "language",
        "image_family",
        "recommended_vm_size",
        "is_premium",
        "eula",
        "icon_uri",
        "small_icon_uri",
        "privacy_uri",
        "publisher_name",
        "pricing_detail_link",
        "published_date",
        "show_in_gui",
        "vm_image_state",
        "role_state_on_capture",
        "role_size_on_capture",
        "is_corrupted",
        "published_name",
        "sharing_status",
        "replication_progress",
        "compute_image_attributes",
        "marketplace_image_attributes",
    )

    name: str | None
    label: str | None
    category: str | None
    description: str | None
    os_disk_configuration: OSDiskConfiguration
    data_disk_configurations: list[DataDiskConfiguration]
    service_name: str | None
    deployment_name: str | None
    role_name: str | None
    affinity_group: str | None
    location: str | None
    created_time: datetime | None
    modified_time: datetime | None
    language: str | None
    image_family: str | None
    recommended_vm_size: str | None
    is_premium: bool | None
    eula: str | None
    icon_uri: str | None
    small_icon_uri: str | None
    privacy_uri: str | None
    publisher_name: str | None
    pricing_detail_link: str | None
    published_date: datetime | None
    show_in_gui: bool | None
    vm_image_state: str | None
    role_state_on_capture: str | None
    role_size_on_capture: str | None
    is_corrupted: bool | None
    published_name: str | None
    sharing_status: str | None
    replication_progress: list[ReplicationProgressElement] | None
    compute_image_attributes: ComputeImageAttributes | None
    marketplace_image_attributes: MarketplaceImageAttributes | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        category: str | None = None,
        description: str | None = None,
        os_disk_configuration: OSDiskConfiguration | None = None,
        data_disk_configurations: list[DataDiskConfiguration] | None = None,
        service_name: str | None = None,
        deployment_name: str | None = None,
        role_name: str | None = None,
        affinity_group: str | None = None,
        location: str | None = None,
        created_time: datetime | None = None,
        modified_time: datetime | None = None,
        language: str | None = None,
        image_family: str | None = None,
        recommended_vm_size: str | None = None,
        is_premium: bool | None = None,
        eula: str | None = None,
        icon_uri: str | None = None,
        small_icon_uri: str | None = None,
        privacy_uri: str | None = None,
        publisher_name: str | None = None,
        pricing_detail_link: str | None = None,
        published_date: datetime | None = None,
        show_in_gui: bool | None = None,
        vm_image_state: str | None = None,
        role_state_on_capture: str | None = None,
        role_size_on_capture: str | None = None,
        is_corrupted: bool | None = None,
        published_name: str | None = None,
        sharing_status: str | None = None,
        replication_progress: list[ReplicationProgressElement] | None = None,
        compute_image_attributes: ComputeImageAttributes | None = None,
        marketplace_image_attributes: MarketplaceImageAttributes | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.category = category
        self.description = description
        self.os_disk_configuration = (
            OSDiskConfiguration() if os_disk_configuration is None else os_disk_configuration
        )
        self.data_disk_configurations = (
            DataDiskConfigurations()
            if data_disk_configurations is None
            else data_disk_configurations
        )
        self.service_name = service_name
        self.deployment_name = deployment_name
        self.role_name = role_name
        self.affinity_group = affinity_group
        self.location = location
        self.created_time = created_time
        self.modified_time = modified_time
        self.language = language
        self.image_family = image_family
        self.recommended_vm_size = recommended_vm_size
        self.is_premium = is_premium
        self.eula = eula
        self.icon_uri = icon_uri
        self.small_icon_uri = small_icon_uri
        self.privacy_uri = privacy_uri
        self.publisher_name = publisher_name
        self.pricing_detail_link = pricing_detail_link
        self.published_date = published_date
        self.show_in_gui = show_in_gui
        self.vm_image_state = vm_image_state
        self.role_state_on_capture = role_state_on_capture
        self.role_size_on_capture = role_size_on_capture
        self.is_corrupted = is_corrupted
        self.published_name = published_name
        self.sharing_status = sharing_status
        self.replication_progress = replication_progress
        self.compute_image_attributes = compute_image_attributes
        self.marketplace_image_attributes = marketplace_image_attributes
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VMImageDetails("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "category="
            f"{self.category!r}, "
            "description="
            f"{self.description!r}, "
            "os_disk_configuration="
            f"{self.os_disk_configuration!r}, "
            "data_disk_configurations="
            f"{self.data_disk_configurations!r}, "
            "service_name="
            f"{self.service_name!r}, "
            "deployment_name="
            f"{self.deployment_name!r}, "
            "role_name="
            f"{self.role_name!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "location="
            f"{self.location!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "modified_time="
            f"{self.modified_time!r}, "
            "language="
            f"{self.language!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "is_premium="
            f"{self.is_premium!r}, "
            "eula="
            f"{self.eula!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "publisher_name="
            f"{self.publisher_name!r}, "
            "pricing_detail_link="
            f"{self.pricing_detail_link!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}, "
            "vm_image_state="
            f"{self.vm_image_state!r}, "
            "role_state_on_capture="
            f"{self.role_state_on_capture!r}, "
            "role_size_on_capture="
            f"{self.role_size_on_capture!r}, "
            "is_corrupted="
            f"{self.is_corrupted!r}, "
            "published_name="
            f"{self.published_name!r}, "
            "sharing_status="
            f"{self.sharing_status!r}, "
            "replication_progress="
            f"{self.replication_progress!r}, "
            "compute_image_attributes="
            f"{self.compute_image_attributes!r}, "
            "marketplace_image_attributes="
            f"{self.marketplace_image_attributes!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VMImageDetails):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.category == other.category
            and self.description == other.description
            and self.os_disk_configuration == other.os_disk_configuration
            and self.data_disk_configurations == other.data_disk_configurations
            and self.service_name == other.service_name
            and self.deployment_name == other.deployment_name
            and self.role_name == other.role_name
            and self.affinity_group == other.affinity_group
            and self.location == other.location
            and self.created_time == other.created_time
            and self.modified_time == other.modified_time
            and self.language == other.language
            and self.image_family == other.image_family
            and self.recommended_vm_size == other.recommended_vm_size
            and self.is_premium == other.is_premium
            and self.eula == other.eula
            and self.icon_uri == other.icon_uri
            and self.small_icon_uri == other.small_icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.publisher_name == other.publisher_name
            and self.pricing_detail_link == other.pricing_detail_link
            and self.published_date == other.published_date
            and self.show_in_gui == other.show_in_gui
            and self.vm_image_state == other.vm_image_state
            and self.role_state_on_capture == other.role_state_on_capture
            and self.role_size_on_capture == other.role_size_on_capture
            and self.is_corrupted == other.is_corrupted
            and self.published_name == other.published_name
            and self.sharing_status == other.sharing_status
            and self.replication_progress == other.replication_progress
            and self.compute_image_attributes == other.compute_image_attributes
            and self.marketplace_image_attributes == other.marketplace_image_attributes
        )


class ComputeImageAttributes(WindowsAzureData):
    """The offer, SKU and version an image is published as.

    Attributes:
        offer: Publisher offer.
        sku: SKU of the offer.
        version: Version within the SKU (major.minor.patch).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "offer",
        "sku",
        "version",
    )

    offer: str | None
    sku: str | None
    version: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        offer: str | None = None,
        sku: str | None = None,
        version: str | None = None,
    ) -> None:
        self.offer = offer
        self.sku = sku
        self.version = version
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ComputeImageAttributes("
            "offer="
            f"{self.offer!r}, "
            "sku="
            f"{self.sku!r}, "
            "version="
            f"{self.version!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ComputeImageAttributes):
            return NotImplemented
        return self.offer == other.offer and self.sku == other.sku and self.version == other.version


class MarketplaceImageAttributes(WindowsAzureData):
    """The Marketplace plan of a published image.

    Attributes:
        publisher_id: Marketplace id of the publisher.
        plan: The plan.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "publisher_id",
        "plan",
    )

    publisher_id: str | None
    plan: MarketplacePlan | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        publisher_id: str | None = None,
        plan: MarketplacePlan | None = None,
    ) -> None:
        self.publisher_id = publisher_id
        self.plan = plan
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MarketplaceImageAttributes(publisher_id={self.publisher_id!r}, plan={self.plan!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarketplaceImageAttributes):
            return NotImplemented
        return self.publisher_id == other.publisher_id and self.plan == other.plan


class MarketplacePlan(WindowsAzureData):
    """A Marketplace plan.

    Attributes:
        name: Name of the plan.
        publisher: Publisher of the plan.
        product: Product of the plan.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "publisher",
        "product",
    )

    name: str | None
    publisher: str | None
    product: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        publisher: str | None = None,
        product: str | None = None,
    ) -> None:
        self.name = name
        self.publisher = publisher
        self.product = product
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MarketplacePlan("
            "name="
            f"{self.name!r}, "
            "publisher="
            f"{self.publisher!r}, "
            "product="
            f"{self.product!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarketplacePlan):
            return NotImplemented
        return (
            self.name == other.name
            and self.publisher == other.publisher
            and self.product == other.product
        )


class VMImage(WindowsAzureData):
    """A VM image, as listed by `list_vm_images`.

    Attributes:
        name: Name of the image, as passed in `vm_image_name`.
        label: Label of the image (plain text).
        category: User for your images; Public and others for published ones.
        description: Description of the image.
        os_disk_configuration: The operating system disk of the image.
        data_disk_configurations: The data disks of the image.
        service_name: Cloud service of the virtual machine the image was captured from.
        deployment_name: Deployment of the virtual machine the image was captured from.
        role_name: Virtual machine the image was captured from.
        affinity_group: Affinity group of the storage account holding the image, if any.
        location: Location(s) of the image; published images list several, separated by
            semicolons.
        created_time: When the image was created (UTC).
        modified_time: When the image was last changed (UTC).
        language: Language of the image's operating system.
        image_family: Family grouping related images.
        recommended_vm_size: Size suggested for machines created from the image.
        is_premium: Whether the image carries charges beyond the machine's price (see
            pricing_detail_link).
        eula: End user license agreement, usually a URL.
        icon_uri: Icon shown for the image in the portal.
        small_icon_uri: Small icon shown for the image in the portal.
        privacy_uri: Privacy policy of the image.
        publisher_name: Publisher of the image.
        pricing_detail_link: Pricing details of a premium image.
        published_date: When the image was published (UTC).
        show_in_gui: Whether the portal offers the image.
        vm_image_state: Readiness of the image, e.g. VMImageReadyForUse.
        role_state_on_capture: State of the virtual machine when it was captured, e.g.
            StoppedVM.
        role_size_on_capture: Size of the virtual machine when it was captured.
        is_corrupted: Whether ASM found the image corrupted.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "category",
        "description",
        "os_disk_configuration",
        "data_disk_configurations",
        "service_name",
        "deployment_name",
        "role_name",
        "affinity_group",
        "location",
        "created_time",
        "modified_time",
        "language",
        "image_family",
        "recommended_vm_size",
        "is_premium",
        "eula",
        "icon_uri",
        "small_icon_uri",
        "privacy_uri",
        "publisher_name",
        "pricing_detail_link",
        "published_date",
        "show_in_gui",
        "vm_image_state",
        "role_state_on_capture",
        "role_size_on_capture",
        "is_corrupted",
    )

    name: str | None
    label: str | None
    category: str | None
    description: str | None
    os_disk_configuration: OSDiskConfiguration
    data_disk_configurations: list[DataDiskConfiguration]
    service_name: str | None
    deployment_name: str | None
    role_name: str | None
    affinity_group: str | None
    location: str | None
    created_time: datetime | None
    modified_time: datetime | None
    language: str | None
    image_family: str | None
    recommended_vm_size: str | None
    is_premium: bool | None
    eula: str | None
    icon_uri: str | None
    small_icon_uri: str | None
    privacy_uri: str | None
    publisher_name: str | None
    pricing_detail_link: str | None
    published_date: datetime | None
    show_in_gui: bool | None
    vm_image_state: str | None
    role_state_on_capture: str | None
    role_size_on_capture: str | None
    is_corrupted: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        description: str | None = None,
        category: str | None = None,
        os_disk_configuration: OSDiskConfiguration | None = None,
        data_disk_configurations: list[DataDiskConfiguration] | None = None,
        service_name: str | None = None,
        deployment_name: str | None = None,
        role_name: str | None = None,
        affinity_group: str | None = None,
        location: str | None = None,
        created_time: datetime | None = None,
        modified_time: datetime | None = None,
        language: str | None = None,
        image_family: str | None = None,
        recommended_vm_size: str | None = None,
        is_premium: bool | None = None,
        eula: str | None = None,
        icon_uri: str | None = None,
        small_icon_uri: str | None = None,
        privacy_uri: str | None = None,
        publisher_name: str | None = None,
        pricing_detail_link: str | None = None,
        published_date: datetime | None = None,
        show_in_gui: bool | None = None,
        vm_image_state: str | None = None,
        role_state_on_capture: str | None = None,
        role_size_on_capture: str | None = None,
        is_corrupted: bool | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.category = category
        self.description = description
        self.os_disk_configuration = (
            OSDiskConfiguration() if os_disk_configuration is None else os_disk_configuration
        )
        self.data_disk_configurations = (
            DataDiskConfigurations()
            if data_disk_configurations is None
            else data_disk_configurations
        )
        self.service_name = service_name
        self.deployment_name = deployment_name
        self.role_name = role_name
        self.affinity_group = affinity_group
        self.location = location
        self.created_time = created_time
        self.modified_time = modified_time
        self.language = language
        self.image_family = image_family
        self.recommended_vm_size = recommended_vm_size
        self.is_premium = is_premium
        self.eula = eula
        self.icon_uri = icon_uri
        self.small_icon_uri = small_icon_uri
        self.privacy_uri = privacy_uri
        self.publisher_name = publisher_name
        self.pricing_detail_link = pricing_detail_link
        self.published_date = published_date
        self.show_in_gui = show_in_gui
        self.vm_image_state = vm_image_state
        self.role_state_on_capture = role_state_on_capture
        self.role_size_on_capture = role_size_on_capture
        self.is_corrupted = is_corrupted
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "VMImage("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "category="
            f"{self.category!r}, "
            "description="
            f"{self.description!r}, "
            "os_disk_configuration="
            f"{self.os_disk_configuration!r}, "
            "data_disk_configurations="
            f"{self.data_disk_configurations!r}, "
            "service_name="
            f"{self.service_name!r}, "
            "deployment_name="
            f"{self.deployment_name!r}, "
            "role_name="
            f"{self.role_name!r}, "
            "affinity_group="
            f"{self.affinity_group!r}, "
            "location="
            f"{self.location!r}, "
            "created_time="
            f"{self.created_time!r}, "
            "modified_time="
            f"{self.modified_time!r}, "
            "language="
            f"{self.language!r}, "
            "image_family="
            f"{self.image_family!r}, "
            "recommended_vm_size="
            f"{self.recommended_vm_size!r}, "
            "is_premium="
            f"{self.is_premium!r}, "
            "eula="
            f"{self.eula!r}, "
            "icon_uri="
            f"{self.icon_uri!r}, "
            "small_icon_uri="
            f"{self.small_icon_uri!r}, "
            "privacy_uri="
            f"{self.privacy_uri!r}, "
            "publisher_name="
            f"{self.publisher_name!r}, "
            "pricing_detail_link="
            f"{self.pricing_detail_link!r}, "
            "published_date="
            f"{self.published_date!r}, "
            "show_in_gui="
            f"{self.show_in_gui!r}, "
            "vm_image_state="
            f"{self.vm_image_state!r}, "
            "role_state_on_capture="
            f"{self.role_state_on_capture!r}, "
            "role_size_on_capture="
            f"{self.role_size_on_capture!r}, "
            "is_corrupted="
            f"{self.is_corrupted!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VMImage):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.category == other.category
            and self.description == other.description
            and self.os_disk_configuration == other.os_disk_configuration
            and self.data_disk_configurations == other.data_disk_configurations
            and self.service_name == other.service_name
            and self.deployment_name == other.deployment_name
            and self.role_name == other.role_name
            and self.affinity_group == other.affinity_group
            and self.location == other.location
            and self.created_time == other.created_time
            and self.modified_time == other.modified_time
            and self.language == other.language
            and self.image_family == other.image_family
            and self.recommended_vm_size == other.recommended_vm_size
            and self.is_premium == other.is_premium
            and self.eula == other.eula
            and self.icon_uri == other.icon_uri
            and self.small_icon_uri == other.small_icon_uri
            and self.privacy_uri == other.privacy_uri
            and self.publisher_name == other.publisher_name
            and self.pricing_detail_link == other.pricing_detail_link
            and self.published_date == other.published_date
            and self.show_in_gui == other.show_in_gui
            and self.vm_image_state == other.vm_image_state
            and self.role_state_on_capture == other.role_state_on_capture
            and self.role_size_on_capture == other.role_size_on_capture
            and self.is_corrupted == other.is_corrupted
        )


class OSDiskConfiguration(WindowsAzureData):
    """The operating system disk of a VM image.

    Attributes:
        name: Name of the disk.
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        os_state: Generalized (provisioned anew on use) or Specialized (used as captured).
        os: Linux or Windows.
        media_link: Blob URL of the VHD (absent for published images).
        logical_disk_size_in_gb: Size of the disk in GB.
        io_type: Storage kind of the VHD, e.g. Standard or Standard_LRS.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "host_caching",
        "os_state",
        "os",
        "media_link",
        "logical_disk_size_in_gb",
        "io_type",
    )

    name: str | None
    host_caching: str | None
    os_state: str | None
    os: str | None
    media_link: str | None
    logical_disk_size_in_gb: int | None
    io_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        host_caching: str | None = None,
        os_state: str | None = None,
        os: str | None = None,
        media_link: str | None = None,
        logical_disk_size_in_gb: int | None = None,
        io_type: str | None = None,
    ) -> None:
        self.name = name
        self.host_caching = host_caching
        self.os_state = os_state
        self.os = os
        self.media_link = media_link
        self.logical_disk_size_in_gb = logical_disk_size_in_gb
        self.io_type = io_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "OSDiskConfiguration("
            "name="
            f"{self.name!r}, "
            "host_caching="
            f"{self.host_caching!r}, "
            "os_state="
            f"{self.os_state!r}, "
            "os="
            f"{self.os!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "logical_disk_size_in_gb="
            f"{self.logical_disk_size_in_gb!r}, "
            "io_type="
            f"{self.io_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OSDiskConfiguration):
            return NotImplemented
        return (
            self.name == other.name
            and self.host_caching == other.host_caching
            and self.os_state == other.os_state
            and self.os == other.os
            and self.media_link == other.media_link
            and self.logical_disk_size_in_gb == other.logical_disk_size_in_gb
            and self.io_type == other.io_type
        )


class DataDiskConfiguration(WindowsAzureData):
    """A data disk of a VM image.

    Attributes:
        name: Name of the disk.
        host_caching: Disk caching: None, ReadOnly or ReadWrite.
        lun: Logical unit number the disk is attached at.
        media_link: Blob URL of the VHD (absent for published images).
        logical_disk_size_in_gb: Size of the disk in GB.
        io_type: Storage kind of the VHD, e.g. Standard.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "host_caching",
        "lun",
        "media_link",
        "logical_disk_size_in_gb",
        "io_type",
    )

    name: str | None
    host_caching: str | None
    lun: int | None
    media_link: str | None
    logical_disk_size_in_gb: int | None
    io_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        host_caching: str | None = None,
        lun: int | None = None,
        media_link: str | None = None,
        logical_disk_size_in_gb: int | None = None,
        io_type: str | None = None,
    ) -> None:
        self.name = name
        self.host_caching = host_caching
        self.lun = lun
        self.media_link = media_link
        self.logical_disk_size_in_gb = logical_disk_size_in_gb
        self.io_type = io_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DataDiskConfiguration("
            "name="
            f"{self.name!r}, "
            "host_caching="
            f"{self.host_caching!r}, "
            "lun="
            f"{self.lun!r}, "
            "media_link="
            f"{self.media_link!r}, "
            "logical_disk_size_in_gb="
            f"{self.logical_disk_size_in_gb!r}, "
            "io_type="
            f"{self.io_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataDiskConfiguration):
            return NotImplemented
        return (
            self.name == other.name
            and self.host_caching == other.host_caching
            and self.lun == other.lun
            and self.media_link == other.media_link
            and self.logical_disk_size_in_gb == other.logical_disk_size_in_gb
            and self.io_type == other.io_type
        )


class BackupRequest(WindowsAzureData):
    """A backup to make, or the scheduled backup configuration of a site.

    Attributes:
        backup_schedule: Schedule of the backups, if any.
        databases: Databases backed up with the site, if any.
        enabled: Whether the schedule is on.
        name: Name of the backup.
        storage_account_url: SAS URL of the storage account container.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "backup_schedule",
        "databases",
        "enabled",
        "name",
        "storage_account_url",
    )

    backup_schedule: BackupSchedule | None
    databases: list[DatabaseBackupSetting] | None
    enabled: bool | None
    name: str | None
    storage_account_url: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        backup_schedule: BackupSchedule | None = None,
        databases: list[DatabaseBackupSetting] | None = None,
        enabled: bool | None = None,
        name: str | None = None,
        storage_account_url: str | None = None,
    ) -> None:
        self.backup_schedule = backup_schedule
        self.databases = databases
        self.enabled = enabled
        self.name = name
        self.storage_account_url = storage_account_url
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "BackupRequest("
            "backup_schedule="
            f"{self.backup_schedule!r}, "
            "databases="
            f"{self.databases!r}, "
            "enabled="
            f"{self.enabled!r}, "
            "name="
            f"{self.name!r}, "
            "storage_account_url="
            f"{self.storage_account_url!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BackupRequest):
            return NotImplemented
        return (
            self.backup_schedule == other.backup_schedule
            and self.databases == other.databases
            and self.enabled == other.enabled
            and self.name == other.name
            and self.storage_account_url == other.storage_account_url
        )


class BackupSchedule(WindowsAzureData):
    """When a site is backed up and how long its backups are kept.

    Attributes:
        frequency_interval: Backups happen every this many frequency units.
        frequency_unit: `Day` or `Hour`.
        keep_at_least_one_backup: Whether the last backup is kept whatever its age.
        last_execution_time: When the schedule last ran (UTC), if it has.
        retention_period_in_days: Days a backup is kept.
        start_time: When the schedule starts (UTC).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "frequency_interval",
        "frequency_unit",
        "keep_at_least_one_backup",
        "last_execution_time",
        "retention_period_in_days",
        "start_time",
    )

    frequency_interval: int | None
    frequency_unit: str | None
    keep_at_least_one_backup: bool | None
    last_execution_time: datetime | None
    retention_period_in_days: int | None
    start_time: datetime | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        frequency_interval: int | None = None,
        frequency_unit: str | None = None,
        keep_at_least_one_backup: bool | None = None,
        last_execution_time: datetime | None = None,
        retention_period_in_days: int | None = None,
        start_time: datetime | None = None,
    ) -> None:
        self.frequency_interval = frequency_interval
        self.frequency_unit = frequency_unit
        self.keep_at_least_one_backup = keep_at_least_one_backup
        self.last_execution_time = last_execution_time
        self.retention_period_in_days = retention_period_in_days
        self.start_time = start_time
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "BackupSchedule("
            "frequency_interval="
            f"{self.frequency_interval!r}, "
            "frequency_unit="
            f"{self.frequency_unit!r}, "
            "keep_at_least_one_backup="
            f"{self.keep_at_least_one_backup!r}, "
            "last_execution_time="
            f"{self.last_execution_time!r}, "
            "retention_period_in_days="
            f"{self.retention_period_in_days!r}, "
            "start_time="
            f"{self.start_time!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BackupSchedule):
            return NotImplemented
        return (
            self.frequency_interval == other.frequency_interval
            and self.frequency_unit == other.frequency_unit
            and self.keep_at_least_one_backup == other.keep_at_least_one_backup
            and self.last_execution_time == other.last_execution_time
            and self.retention_period_in_days == other.retention_period_in_days
            and self.start_time == other.start_time
        )


class DatabaseBackupSetting(WindowsAzureData):
    """A database backed up (or restored) with a site.

    Attributes:
        connection_string: Connection string of the database.
        connection_string_name: Name of the site's connection string of the database, if any.
        database_type: `SqlAzure` or `MySql`.
        name: Name of the database.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "connection_string",
        "connection_string_name",
        "database_type",
        "name",
    )

    connection_string: str | None
    connection_string_name: str | None
    database_type: str | None
    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        connection_string: str | None = None,
        connection_string_name: str | None = None,
        database_type: str | None = None,
        name: str | None = None,
    ) -> None:
        self.connection_string = connection_string
        self.connection_string_name = connection_string_name
        self.database_type = database_type
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "DatabaseBackupSetting("
            "connection_string="
            f"{'<secret>' if self.connection_string is not None else None}, "
            "connection_string_name="
            f"{self.connection_string_name!r}, "
            "database_type="
            f"{self.database_type!r}, "
            "name="
            f"{self.name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseBackupSetting):
            return NotImplemented
        return (
            self.connection_string == other.connection_string
            and self.connection_string_name == other.connection_string_name
            and self.database_type == other.database_type
            and self.name == other.name
        )


class BackupItem(WindowsAzureData):
    """A backup of a site.

    Attributes:
        storage_account_url: SAS URL of the container holding it.
        blob_name: Name of its blob.
        name: Name of the backup.
        status: `InProgress`, `Succeeded`, `Failed`, `TimedOut`, `Created`, `Skipped`,
            `PartiallySucceeded`, `DeleteInProgress`, `DeleteFailed` or `Deleted`.
        size_in_bytes: Size of the backup.
        created: When it was started (UTC).
        log: What went wrong, if anything.
        databases: Databases it holds.
        scheduled: Whether the schedule made it.
        last_restore_time_stamp: When it was last restored (UTC), if it was.
        finished_time_stamp: When it finished (UTC).
        correlation_id: Id correlating the backup with the service's logs.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "storage_account_url",
        "blob_name",
        "name",
        "status",
        "size_in_bytes",
        "created",
        "log",
        "databases",
        "scheduled",
        "last_restore_time_stamp",
        "finished_time_stamp",
        "correlation_id",
    )

    storage_account_url: str | None
    blob_name: str | None
    name: str | None
    status: str | None
    size_in_bytes: int | None
    created: datetime | None
    log: str | None
    databases: list[DatabaseBackupSetting] | None
    scheduled: bool | None
    last_restore_time_stamp: datetime | None
    finished_time_stamp: datetime | None
    correlation_id: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        storage_account_url: str | None = None,
        blob_name: str | None = None,
        name: str | None = None,
        status: str | None = None,
        size_in_bytes: int | None = None,
        created: datetime | None = None,
        log: str | None = None,
        databases: list[DatabaseBackupSetting] | None = None,
        scheduled: bool | None = None,
        last_restore_time_stamp: datetime | None = None,
        finished_time_stamp: datetime | None = None,
        correlation_id: str | None = None,
    ) -> None:
        self.storage_account_url = storage_account_url
        self.blob_name = blob_name
        self.name = name
        self.status = status
        self.size_in_bytes = size_in_bytes
        self.created = created
        self.log = log
        self.databases = databases
        self.scheduled = scheduled
        self.last_restore_time_stamp = last_restore_time_stamp
        self.finished_time_stamp = finished_time_stamp
        self.correlation_id = correlation_id
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "BackupItem("
            "storage_account_url="
            f"{self.storage_account_url!r}, "
            "blob_name="
            f"{self.blob_name!r}, "
            "name="
            f"{self.name!r}, "
            "status="
            f"{self.status!r}, "
            "size_in_bytes="
            f"{self.size_in_bytes!r}, "
            "created="
            f"{self.created!r}, "
            "log="
            f"{self.log!r}, "
            "databases="
            f"{self.databases!r}, "
            "scheduled="
            f"{self.scheduled!r}, "
            "last_restore_time_stamp="
            f"{self.last_restore_time_stamp!r}, "
            "finished_time_stamp="
            f"{self.finished_time_stamp!r}, "
            "correlation_id="
            f"{self.correlation_id!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BackupItem):
            return NotImplemented
        return (
            self.storage_account_url == other.storage_account_url
            and self.blob_name == other.blob_name
            and self.name == other.name
            and self.status == other.status
            and self.size_in_bytes == other.size_in_bytes
            and self.created == other.created
            and self.log == other.log
            and self.databases == other.databases
            and self.scheduled == other.scheduled
            and self.last_restore_time_stamp == other.last_restore_time_stamp
            and self.finished_time_stamp == other.finished_time_stamp
            and self.correlation_id == other.correlation_id
        )


class RestoreRequest(WindowsAzureData):
    """A restore of a site from a backup blob (or what discover_site_backup found in one).

    Attributes:
        adjust_connection_strings: Whether connection strings are pointed at the restored
            databases.
        blob_name: Name of the backup's blob.
        databases: Databases to restore.
        ignore_conflicting_host_names: Whether custom host names other sites use are dropped.
        overwrite: Whether the site is overwritten.
        storage_account_url: SAS URL of the container holding the backup.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "adjust_connection_strings",
        "blob_name",
        "databases",
        "ignore_conflicting_host_names",
        "overwrite",
        "storage_account_url",
    )

    adjust_connection_strings: bool | None
    blob_name: str | None
    databases: list[DatabaseBackupSetting] | None
    ignore_conflicting_host_names: bool | None
    overwrite: bool | None
    storage_account_url: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        adjust_connection_strings: bool | None = None,
        blob_name: str | None = None,
        databases: list[DatabaseBackupSetting] | None = None,
        ignore_conflicting_host_names: bool | None = None,
        overwrite: bool | None = None,
        storage_account_url: str | None = None,
    ) -> None:
        self.adjust_connection_strings = adjust_connection_strings
        self.blob_name = blob_name
        self.databases = databases
        self.ignore_conflicting_host_names = ignore_conflicting_host_names
        self.overwrite = overwrite
        self.storage_account_url = storage_account_url
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RestoreRequest("
            "adjust_connection_strings="
            f"{self.adjust_connection_strings!r}, "
            "blob_name="
            f"{self.blob_name!r}, "
            "databases="
            f"{self.databases!r}, "
            "ignore_conflicting_host_names="
            f"{self.ignore_conflicting_host_names!r}, "
            "overwrite="
            f"{self.overwrite!r}, "
            "storage_account_url="
            f"{self.storage_account_url!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RestoreRequest):
            return NotImplemented
        return (
            self.adjust_connection_strings == other.adjust_connection_strings
            and self.blob_name == other.blob_name
            and self.databases == other.databases
            and self.ignore_conflicting_host_names == other.ignore_conflicting_host_names
            and self.overwrite == other.overwrite
            and self.storage_account_url == other.storage_account_url
        )


class RestoreResponse(WindowsAzureData):
    """What restore_site answers.

    Attributes:
        operation_id: Id of the restore's operation, for get_site_operation_status.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("operation_id",)

    operation_id: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        operation_id: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RestoreResponse(operation_id={self.operation_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RestoreResponse):
            return NotImplemented
        return self.operation_id == other.operation_id


class RelayServiceConnectionEntity(WindowsAzureData):
    """A hybrid connection of a site (a BizTalk relay to a host and port).

    Attributes:
        biztalk_uri: URI of the BizTalk Services, if any.
        entity_connection_string: Connection string of the relay entity, if any.
        entity_name: Name of the hybrid connection.
        hostname: Host the connection reaches.
        port: Port the connection reaches.
        resource_connection_string: Connection string of the BizTalk Services relay.
        resource_type: Type of the relay resource.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "biztalk_uri",
        "entity_connection_string",
        "entity_name",
        "hostname",
        "port",
        "resource_connection_string",
        "resource_type",
    )

    biztalk_uri: str | None
    entity_connection_string: str | None
    entity_name: str | None
    hostname: str | None
    port: int | None
    resource_connection_string: str | None
    resource_type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        biztalk_uri: str | None = None,
        entity_connection_string: str | None = None,
        entity_name: str | None = None,
        hostname: str | None = None,
        port: int | None = None,
        resource_connection_string: str | None = None,
        resource_type: str | None = None,
    ) -> None:
        self.biztalk_uri = biztalk_uri
        self.entity_connection_string = entity_connection_string
        self.entity_name = entity_name
        self.hostname = hostname
        self.port = port
        self.resource_connection_string = resource_connection_string
        self.resource_type = resource_type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "RelayServiceConnectionEntity("
            "biztalk_uri="
            f"{self.biztalk_uri!r}, "
            "entity_connection_string="
            f"{'<secret>' if self.entity_connection_string is not None else None}, "
            "entity_name="
            f"{self.entity_name!r}, "
            "hostname="
            f"{self.hostname!r}, "
            "port="
            f"{self.port!r}, "
            "resource_connection_string="
            f"{'<secret>' if self.resource_connection_string is not None else None}, "
            "resource_type="
            f"{self.resource_type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RelayServiceConnectionEntity):
            return NotImplemented
        return (
            self.biztalk_uri == other.biztalk_uri
            and self.entity_connection_string == other.entity_connection_string
            and self.entity_name == other.entity_name
            and self.hostname == other.hostname
            and self.port == other.port
            and self.resource_connection_string == other.resource_connection_string
            and self.resource_type == other.resource_type
        )


class RepositoryUri(WindowsAzureData):
    """The URI of a site's deployment repository (`<anyURI>`).

    Attributes:
        uri: URI of the repository (e.g. `https://mysite.scm.azurewebsites.net/`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("uri",)

    uri: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        uri: str | None = None,
    ) -> None:
        self.uri = uri
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"RepositoryUri(uri={self.uri!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RepositoryUri):
            return NotImplemented
        return self.uri == other.uri


class InstanceIds(WindowsAzureData):
    """The instance ids of a site (`<ArrayOfstring>`).

    Attributes:
        instance_ids: Ids of the instances the site runs on.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("instance_ids",)

    instance_ids: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        instance_ids: list[str] | None = None,
    ) -> None:
        self.instance_ids = instance_ids
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"InstanceIds(instance_ids={self.instance_ids!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InstanceIds):
            return NotImplemented
        return self.instance_ids == other.instance_ids


class SiteUsage(WindowsAzureData):
    """The use of one quota by a site.

    Attributes:
        compute_mode: `Shared` or `Dedicated`.
        current_value: How much of the quota is used.
        display_name: Display name of the quota.
        limit: The quota's limit (-1: none).
        name: Name of the quota (e.g. `CpuTime`).
        next_reset_time: When the use is reset (UTC).
        resource_name: Resource the quota applies to (e.g. `cpu`).
        site_mode: `Limited` or `Basic`, for Shared sites.
        unit: Unit of the values (`Milliseconds`, `Bytes`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "compute_mode",
        "current_value",
        "display_name",
        "limit",
        "name",
        "next_reset_time",
        "resource_name",
        "site_mode",
        "unit",
    )

    compute_mode: str | None
    current_value: int | None
    display_name: str | None
    limit: int | None
    name: str | None
    next_reset_time: datetime | None
    resource_name: str | None
    site_mode: str | None
    unit: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        compute_mode: str | None = None,
        current_value: int | None = None,
        display_name: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        next_reset_time: datetime | None = None,
        resource_name: str | None = None,
        site_mode: str | None = None,
        unit: str | None = None,
    ) -> None:
        self.compute_mode = compute_mode
        self.current_value = current_value
        self.display_name = display_name
        self.limit = limit
        self.name = name
        self.next_reset_time = next_reset_time
        self.resource_name = resource_name
        self.site_mode = site_mode
        self.unit = unit
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteUsage("
            "compute_mode="
            f"{self.compute_mode!r}, "
            "current_value="
            f"{self.current_value!r}, "
            "display_name="
            f"{self.display_name!r}, "
            "limit="
            f"{self.limit!r}, "
            "name="
            f"{self.name!r}, "
            "next_reset_time="
            f"{self.next_reset_time!r}, "
            "resource_name="
            f"{self.resource_name!r}, "
            "site_mode="
            f"{self.site_mode!r}, "
            "unit="
            f"{self.unit!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteUsage):
            return NotImplemented
        return (
            self.compute_mode == other.compute_mode
            and self.current_value == other.current_value
            and self.display_name == other.display_name
            and self.limit == other.limit
            and self.name == other.name
            and self.next_reset_time == other.next_reset_time
            and self.resource_name == other.resource_name
            and self.site_mode == other.site_mode
            and self.unit == other.unit
        )


class SiteOperation(WindowsAzureData):
    """A Websites operation of a site (a slot swap) and how it went.

    Attributes:
        created_time: When the operation started (UTC).
        errors: Why it failed, when it did.
        expiration_time: When the operation's record expires (UTC).
        geo_master_operation_id: Id of the operation in the geo master, if any.
        id: Id of the operation, for get_site_operation_status.
        modified_time: When the operation last changed (UTC).
        name: Name of the operation (`SwapSiteSlots`).
        status: `Created`, `InProgress`, `Succeeded`, `Failed` or `TimedOut`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "created_time",
        "errors",
        "expiration_time",
        "geo_master_operation_id",
        "id",
        "modified_time",
        "name",
        "status",
    )

    created_time: datetime | None
    errors: list[SiteOperationError] | None
    expiration_time: datetime | None
    geo_master_operation_id: str | None
    id: str | None
    modified_time: datetime | None
    name: str | None
    status: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        created_time: datetime | None = None,
        errors: list[SiteOperationError] | None = None,
        expiration_time: datetime | None = None,
        geo_master_operation_id: str | None = None,
        id: str | None = None,
        modified_time: datetime | None = None,
        name: str | None = None,
        status: str | None = None,
    ) -> None:
        self.created_time = created_time
        self.errors = errors
        self.expiration_time = expiration_time
        self.geo_master_operation_id = geo_master_operation_id
        self.id = id
        self.modified_time = modified_time
        self.name = name
        self.status = status
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteOperation("
            "created_time="
            f"{self.created_time!r}, "
            "errors="
            f"{self.errors!r}, "
            "expiration_time="
            f"{self.expiration_time!r}, "
            "geo_master_operation_id="
            f"{self.geo_master_operation_id!r}, "
            "id="
            f"{self.id!r}, "
            "modified_time="
            f"{self.modified_time!r}, "
            "name="
            f"{self.name!r}, "
            "status="
            f"{self.status!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteOperation):
            return NotImplemented
        return (
            self.created_time == other.created_time
            and self.errors == other.errors
            and self.expiration_time == other.expiration_time
            and self.geo_master_operation_id == other.geo_master_operation_id
            and self.id == other.id
            and self.modified_time == other.modified_time
            and self.name == other.name
            and self.status == other.status
        )


class SiteOperationError(WindowsAzureData):
    """An error of a Websites operation.

    Attributes:
        code: Error code.
        message: Error message.
        extended_code: Detailed error code.
        message_template: Template of the message.
        parameters: Values of the template's placeholders.
        inner_errors: Inner errors, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "code",
        "message",
        "extended_code",
        "message_template",
        "parameters",
        "inner_errors",
    )

    code: str | None
    message: str | None
    extended_code: str | None
    message_template: str | None
    parameters: list[str] | None
    inner_errors: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        code: str | None = None,
        message: str | None = None,
        extended_code: str | None = None,
        message_template: str | None = None,
        parameters: list[str] | None = None,
        inner_errors: str | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.extended_code = extended_code
        self.message_template = message_template
        self.parameters = parameters
        self.inner_errors = inner_errors
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteOperationError("
            "code="
            f"{self.code!r}, "
            "message="
            f"{self.message!r}, "
            "extended_code="
            f"{self.extended_code!r}, "
            "message_template="
            f"{self.message_template!r}, "
            "parameters="
            f"{self.parameters!r}, "
            "inner_errors="
            f"{self.inner_errors!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteOperationError):
            return NotImplemented
        return (
            self.code == other.code
            and self.message == other.message
            and self.extended_code == other.extended_code
            and self.message_template == other.message_template
            and self.parameters == other.parameters
            and self.inner_errors == other.inner_errors
        )


class CreateSiteInput(WindowsAzureData):
    """Body of create_site. ASM expects the elements in this order.

    Attributes:
        host_names: Host names of the site.
        website_name: Name of the site.
        compute_mode: Shared or Dedicated.
        server_farm: Server farm of a Dedicated site.
        site_mode: Limited or Basic.
        geo_region: Region of the webspace.
        webspace_name: Name of the webspace.
        plan: Plan of the webspace.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_names",
        "website_name",
        "compute_mode",
        "server_farm",
        "site_mode",
        "geo_region",
        "webspace_name",
        "plan",
    )

    host_names: list[str] | None
    website_name: str | None
    compute_mode: str | None
    server_farm: str | None
    site_mode: str | None
    geo_region: str | None
    webspace_name: str | None
    plan: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_names: list[str] | None = None,
        website_name: str | None = None,
        compute_mode: str | None = "Shared",
        server_farm: str | None = None,
        site_mode: str | None = None,
        geo_region: str | None = None,
        webspace_name: str | None = None,
        plan: str | None = "VirtualDedicatedPlan",
    ) -> None:
        self.host_names = host_names
        self.website_name = website_name
        self.compute_mode = compute_mode
        self.server_farm = server_farm
        self.site_mode = site_mode
        self.geo_region = geo_region
        self.webspace_name = webspace_name
        self.plan = plan
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateSiteInput("
            "host_names="
            f"{self.host_names!r}, "
            "website_name="
            f"{self.website_name!r}, "
            "compute_mode="
            f"{self.compute_mode!r}, "
            "server_farm="
            f"{self.server_farm!r}, "
            "site_mode="
            f"{self.site_mode!r}, "
            "geo_region="
            f"{self.geo_region!r}, "
            "webspace_name="
            f"{self.webspace_name!r}, "
            "plan="
            f"{self.plan!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateSiteInput):
            return NotImplemented
        return (
            self.host_names == other.host_names
            and self.website_name == other.website_name
            and self.compute_mode == other.compute_mode
            and self.server_farm == other.server_farm
            and self.site_mode == other.site_mode
            and self.geo_region == other.geo_region
            and self.webspace_name == other.webspace_name
            and self.plan == other.plan
        )


class UpdateSiteInput(WindowsAzureData):
    """Body of update_site, in the order azure-asm-website (2014-04-01) writes it; the reference
    package sent State only.

    Attributes:
        host_name_ssl_states: TLS bindings to change.
        host_names: Host names of the site.
        server_farm: Server farm of a Dedicated site.
        state: Running or Stopped.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_name_ssl_states",
        "host_names",
        "server_farm",
        "state",
    )

    host_name_ssl_states: list[UpdateHostNameSslState] | None
    host_names: list[str] | None
    server_farm: str | None
    state: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_name_ssl_states: list[UpdateHostNameSslState] | None = None,
        host_names: list[str] | None = None,
        server_farm: str | None = None,
        state: str | None = None,
    ) -> None:
        self.host_name_ssl_states = host_name_ssl_states
        self.host_names = host_names
        self.server_farm = server_farm
        self.state = state
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateSiteInput("
            "host_name_ssl_states="
            f"{self.host_name_ssl_states!r}, "
            "host_names="
            f"{self.host_names!r}, "
            "server_farm="
            f"{self.server_farm!r}, "
            "state="
            f"{self.state!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateSiteInput):
            return NotImplemented
        return (
            self.host_name_ssl_states == other.host_name_ssl_states
            and self.host_names == other.host_names
            and self.server_farm == other.server_farm
            and self.state == other.state
        )


class UpdateHostNameSslState(WindowsAzureData):
    """A TLS binding of one host name to change (update_site).

    Attributes:
        name: The host name.
        ssl_state: `Disabled`, `SniEnabled` or `IpBasedEnabled`.
        thumbprint: Thumbprint of the certificate to bind (None when disabling).
        to_update: Whether the binding is to change.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "ssl_state",
        "thumbprint",
        "to_update",
    )

    name: str | None
    ssl_state: str | None
    thumbprint: str | None
    to_update: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        ssl_state: str | None = "Disabled",
        thumbprint: str | None = None,
        to_update: bool | None = True,
    ) -> None:
        self.name = name
        self.ssl_state = ssl_state
        self.thumbprint = thumbprint
        self.to_update = to_update
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateHostNameSslState("
            "name="
            f"{self.name!r}, "
            "ssl_state="
            f"{self.ssl_state!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "to_update="
            f"{self.to_update!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateHostNameSslState):
            return NotImplemented
        return (
            self.name == other.name
            and self.ssl_state == other.ssl_state
            and self.thumbprint == other.thumbprint
            and self.to_update == other.to_update
        )


class WebSpace(WindowsAzureData):
    """A webspace, the container of a subscription's sites in one region.

    Attributes:
        availability_state: `Normal` or `Limited`: whether the webspace is fully available.
        compute_mode: Compute mode of the webspace's workers, if set.
        current_number_of_workers: Number of dedicated workers running now, if any.
        current_worker_size: Size of the running workers, if any.
        geo_location: Data center of the webspace (e.g. `BLU`).
        geo_region: Region of the webspace (e.g. `East US`).
        hosting_environment: Hosting environment, if any.
        name: Name of the webspace (e.g. `eastuswebspace`).
        number_of_workers: Number of dedicated workers asked for, if any.
        plan: Plan of the webspace (`VirtualDedicatedPlan`).
        status: Status of the webspace (`Ready`).
        subscription: Id of the subscription owning the webspace.
        worker_size: Size of the dedicated workers asked for, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "availability_state",
        "compute_mode",
        "current_number_of_workers",
        "current_worker_size",
        "geo_location",
        "geo_region",
        "hosting_environment",
        "name",
        "number_of_workers",
        "plan",
        "status",
        "subscription",
        "worker_size",
    )

    availability_state: str | None
    compute_mode: str | None
    current_number_of_workers: int | None
    current_worker_size: str | None
    geo_location: str | None
    geo_region: str | None
    hosting_environment: str | None
    name: str | None
    number_of_workers: int | None
    plan: str | None
    status: str | None
    subscription: str | None
    worker_size: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        availability_state: str | None = None,
        compute_mode: str | None = None,
        current_number_of_workers: int | None = None,
        current_worker_size: str | None = None,
        geo_location: str | None = None,
        geo_region: str | None = None,
        hosting_environment: str | None = None,
        name: str | None = None,
        number_of_workers: int | None = None,
        plan: str | None = None,
        status: str | None = None,
        subscription: str | None = None,
        worker_size: str | None = None,
    ) -> None:
        self.availability_state = availability_state
        self.compute_mode = compute_mode
        self.current_number_of_workers = current_number_of_workers
        self.current_worker_size = current_worker_size
        self.geo_location = geo_location
        self.geo_region = geo_region
        self.hosting_environment = hosting_environment
        self.name = name
        self.number_of_workers = number_of_workers
        self.plan = plan
        self.status = status
        self.subscription = subscription
        self.worker_size = worker_size
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "WebSpace("
            "availability_state="
            f"{self.availability_state!r}, "
            "compute_mode="
            f"{self.compute_mode!r}, "
            "current_number_of_workers="
            f"{self.current_number_of_workers!r}, "
            "current_worker_size="
            f"{self.current_worker_size!r}, "
            "geo_location="
            f"{self.geo_location!r}, "
            "geo_region="
            f"{self.geo_region!r}, "
            "hosting_environment="
            f"{self.hosting_environment!r}, "
            "name="
            f"{self.name!r}, "
            "number_of_workers="
            f"{self.number_of_workers!r}, "
            "plan="
            f"{self.plan!r}, "
            "status="
            f"{self.status!r}, "
            "subscription="
            f"{self.subscription!r}, "
            "worker_size="
            f"{self.worker_size!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebSpace):
            return NotImplemented
        return (
            self.availability_state == other.availability_state
            and self.compute_mode == other.compute_mode
            and self.current_number_of_workers == other.current_number_of_workers
            and self.current_worker_size == other.current_worker_size
            and self.geo_location == other.geo_location
            and self.geo_region == other.geo_region
            and self.hosting_environment == other.hosting_environment
            and self.name == other.name
            and self.number_of_workers == other.number_of_workers
            and self.plan == other.plan
            and self.status == other.status
            and self.subscription == other.subscription
            and self.worker_size == other.worker_size
        )


class Site(WindowsAzureData):
    """A site (web app) of a webspace.

    Attributes:
        admin_enabled: Whether the site can be administered.
        availability_state: `Normal` or `Limited`.
        cers: Certificates (.cer) uploaded to the site, if any (the service sends `i:nil` when
            none).
        client_affinity_enabled: Whether requests of one client stick to one instance, if set.
        client_cert_enabled: Whether clients must present a TLS certificate, if set.
        cloning_info: How the site was cloned from another one, if it was (`i:nil` otherwise).
        compute_mode: `Shared` or `Dedicated`.
        content_availability_state: Availability of the site's content (`Normal`).
        csrs: Certificate signing requests created for the site (empty when none).
        deployment_id: Deployment id of the site.
        enabled: Whether the site is enabled.
        enabled_host_names: Host names the site answers on, including its `.scm.` (Kudu) host.
        gateway_site_name: Gateway site, if any.
        host_name_ssl_states: TLS state of each host name.
        host_names: Host names of the site.
        hosting_environment: Hosting environment, if any.
        hosting_environment_id: Id of the hosting environment, if any.
        kind: Kind of the site, if set.
        last_modified_time_utc: When the site was last changed (UTC).
        micro_service: Service hosting the site (`WebSites`).
        name: Name of the site.
        outbound_ip_addresses: Comma-separated IP addresses the site's outgoing connections come
            from.
        owner: Owner of the site, if set.
        premium_app_deployed: Whether a premium app is deployed, if known.
        repository_site_name: Name of the site's deployment repository.
        runtime_availability_state: Availability of the site's runtime (`Normal`).
        sku: Pricing tier: `Free`, `Shared`, `Basic`, `Standard`.
        ssl_certificates: TLS certificates bound to the site (empty when none).
        scm_site_also_stopped: Whether stopping the site also stops its Kudu (scm) site.
        self_link: URL of the site in the Websites back end.
        server_farm: Server farm of the site.
        server_farm_id: Id of the server farm, if set.
        site_config: Configuration of the site, when the service includes it (`i:nil` in
            get_site's answer).
        site_mode: `Limited` or `Basic`.
        site_properties: App settings, metadata and properties of the site.
        state: `Running` or `Stopped`.
        storage_recovery_default_state: State the site returns to after a storage recovery.
        target_swap_slot: Slot the site swaps with, if any.
        traffic_manager_host_names: Traffic Manager host names of the site, if any.
        usage_state: `Normal` or `Exceeded` (a quota is used up).
        web_space: Name of the site's webspace.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "admin_enabled",
        "availability_state",
        "cers",
        "client_affinity_enabled",
        "client_cert_enabled",
        "cloning_info",
        "compute_mode",
        "content_availability_state",
        "csrs",
        "deployment_id",
        "enabled",
        "enabled_host_names",
        "gateway_site_name",
        "host_name_ssl_states",
        "host_names",
        "hosting_environment",
        "hosting_environment_id",
        "kind",
        "last_modified_time_utc",
        "micro_service",
        "name",
        "outbound_ip_addresses",
        "owner",
        "premium_app_deployed",
        "repository_site_name",
        "runtime_availability_state",
        "sku",
        "ssl_certificates",
        "scm_site_also_stopped",
        "self_link",
        "server_farm",
        "server_farm_id",
        "site_config",
        "site_mode",
        "site_properties",
        "state",
        "storage_recovery_default_state",
        "target_swap_slot",
        "traffic_manager_host_names",
        "usage_state",
        "web_space",
    )

    admin_enabled: bool | None
    availability_state: str | None
    cers: list[SiteCertificate] | None
    client_affinity_enabled: bool | None
    client_cert_enabled: bool | None
    cloning_info: SiteCloningInfo | None
    compute_mode: str | None
    content_availability_state: str | None
    csrs: list[SiteCsr] | None
    deployment_id: str | None
    enabled: bool | None
    enabled_host_names: list[str]
    gateway_site_name: str | None
    host_name_ssl_states: list[HostNameSslState]
    host_names: list[str]
    hosting_environment: str | None
    hosting_environment_id: str | None
    kind: str | None
    last_modified_time_utc: datetime | None
    micro_service: str | None
    name: str | None
    outbound_ip_addresses: str | None
    owner: str | None
    premium_app_deployed: bool | None
    repository_site_name: str | None
    runtime_availability_state: str | None
    sku: str | None
    ssl_certificates: list[SiteCertificate] | None
    scm_site_also_stopped: bool | None
    self_link: str | None
    server_farm: str | None
    server_farm_id: str | None
    site_config: SiteConfig | None
    site_mode: str | None
    site_properties: SiteProperties | None
    state: str | None
    storage_recovery_default_state: str | None
    target_swap_slot: str | None
    traffic_manager_host_names: list[str] | None
    usage_state: str | None
    web_space: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        admin_enabled: bool | None = None,
        availability_state: str | None = None,
        cers: list[SiteCertificate] | None = None,
        client_affinity_enabled: bool | None = None,
        client_cert_enabled: bool | None = None,
        cloning_info: SiteCloningInfo | None = None,
        compute_mode: str | None = None,
        content_availability_state: str | None = None,
        csrs: list[SiteCsr] | None = None,
        deployment_id: str | None = None,
        enabled: bool | None = None,
        enabled_host_names: list[str] | None = None,
        gateway_site_name: str | None = None,
        host_name_ssl_states: list[HostNameSslState] | None = None,
        host_names: list[str] | None = None,
        hosting_environment: str | None = None,
        hosting_environment_id: str | None = None,
        kind: str | None = None,
        last_modified_time_utc: datetime | None = None,
        micro_service: str | None = None,
        name: str | None = None,
        outbound_ip_addresses: str | None = None,
        owner: str | None = None,
        premium_app_deployed: bool | None = None,
        repository_site_name: str | None = None,
        runtime_availability_state: str | None = None,
        sku: str | None = None,
        ssl_certificates: list[SiteCertificate] | None = None,
        scm_site_also_stopped: bool | None = None,
        self_link: str | None = None,
        server_farm: str | None = None,
        server_farm_id: str | None = None,
        site_config: SiteConfig | None = None,
        site_mode: str | None = None,
        site_properties: SiteProperties | None = None,
        state: str | None = None,
        storage_recovery_default_state: str | None = None,
        target_swap_slot: str | None = None,
        traffic_manager_host_names: list[str] | None = None,
        usage_state: str | None = None,
        web_space: str | None = None,
    ) -> None:
        self.admin_enabled = admin_enabled
        self.availability_state = availability_state
        self.cers = cers
        self.client_affinity_enabled = client_affinity_enabled
        self.client_cert_enabled = client_cert_enabled
        self.cloning_info = cloning_info
        self.compute_mode = compute_mode
        self.content_availability_state = content_availability_state
        self.csrs = csrs
        self.deployment_id = deployment_id
        self.enabled = enabled
        self.enabled_host_names = [] if enabled_host_names is None else enabled_host_names
        self.gateway_site_name = gateway_site_name
        self.host_name_ssl_states = (
            HostNameSslStates() if host_name_ssl_states is None else host_name_ssl_states
        )
        self.host_names = [] if host_names is None else host_names
        self.hosting_environment = hosting_environment
        self.hosting_environment_id = hosting_environment_id
        self.kind = kind
        self.last_modified_time_utc = last_modified_time_utc
        self.micro_service = micro_service
        self.name = name
        self.outbound_ip_addresses = outbound_ip_addresses
        self.owner = owner
        self.premium_app_deployed = premium_app_deployed
        self.repository_site_name = repository_site_name
        self.runtime_availability_state = runtime_availability_state
        self.sku = sku
        self.ssl_certificates = ssl_certificates
        self.scm_site_also_stopped = scm_site_also_stopped
        self.self_link = self_link
        self.server_farm = server_farm
        self.server_farm_id = server_farm_id
        self.site_config = site_config
        self.site_mode = site_mode
        self.site_properties = site_properties
        self.state = state
        self.storage_recovery_default_state = storage_recovery_default_state
        self.target_swap_slot = target_swap_slot
        self.traffic_manager_host_names = traffic_manager_host_names
        self.usage_state = usage_state
        self.web_space = web_space
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Site("
            "admin_enabled="
            f"{self.admin_enabled!r}, "
            "availability_state="
            f"{self.availability_state!r}, "
            "cers="
            f"{self.cers!r}, "
            "client_affinity_enabled="
            f"{self.client_affinity_enabled!r}, "
            "client_cert_enabled="
            f"{self.client_cert_enabled!r}, "
            "cloning_info="
            f"{self.cloning_info!r}, "
            "compute_mode="
            f"{self.compute_mode!r}, "
            "content_availability_state="
            f"{self.content_availability_state!r}, "
            "csrs="
            f"{self.csrs!r}, "
            "deployment_id="
            f"{self.deployment_id!r}, "
            "enabled="
            f"{self.enabled!r}, "
            "enabled_host_names="
            f"{self.enabled_host_names!r}, "
            "gateway_site_name="
            f"{self.gateway_site_name!r}, "
            "host_name_ssl_states="
            f"{self.host_name_ssl_states!r}, "
            "host_names="
            f"{self.host_names!r}, "
            "hosting_environment="
            f"{self.hosting_environment!r}, "
            "hosting_environment_id="
            f"{self.hosting_environment_id!r}, "
            "kind="
            f"{self.kind!r}, "
            "last_modified_time_utc="
            f"{self.last_modified_time_utc!r}, "
            "micro_service="
            f"{self.micro_service!r}, "
            "name="
            f"{self.name!r}, "
            "outbound_ip_addresses="
            f"{self.outbound_ip_addresses!r}, "
            "owner="
            f"{self.owner!r}, "
            "premium_app_deployed="
            f"{self.premium_app_deployed!r}, "
            "repository_site_name="
            f"{self.repository_site_name!r}, "
            "runtime_availability_state="
            f"{self.runtime_availability_state!r}, "
            "sku="
            f"{self.sku!r}, "
            "ssl_certificates="
            f"{self.ssl_certificates!r}, "
            "scm_site_also_stopped="
            f"{self.scm_site_also_stopped!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "server_farm="
            f"{self.server_farm!r}, "
            "server_farm_id="
            f"{self.server_farm_id!r}, "
            "site_config="
            f"{self.site_config!r}, "
            "site_mode="
            f"{self.site_mode!r}, "
            "site_properties="
            f"{self.site_properties!r}, "
            "state="
            f"{self.state!r}, "
            "storage_recovery_default_state="
            f"{self.storage_recovery_default_state!r}, "
            "target_swap_slot="
            f"{self.target_swap_slot!r}, "
            "traffic_manager_host_names="
            f"{self.traffic_manager_host_names!r}, "
            "usage_state="
            f"{self.usage_state!r}, "
            "web_space="
            f"{self.web_space!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Site):
            return NotImplemented
        return (
            self.admin_enabled == other.admin_enabled
            and self.availability_state == other.availability_state
            and self.cers == other.cers
            and self.client_affinity_enabled == other.client_affinity_enabled
            and self.client_cert_enabled == other.client_cert_enabled
            and self.cloning_info == other.cloning_info
            and self.compute_mode == other.compute_mode
            and self.content_availability_state == other.content_availability_state
            and self.csrs == other.csrs
            and self.deployment_id == other.deployment_id
            and self.enabled == other.enabled
            and self.enabled_host_names == other.enabled_host_names
            and self.gateway_site_name == other.gateway_site_name
            and self.host_name_ssl_states == other.host_name_ssl_states
            and self.host_names == other.host_names
            and self.hosting_environment == other.hosting_environment
            and self.hosting_environment_id == other.hosting_environment_id
            and self.kind == other.kind
            and self.last_modified_time_utc == other.last_modified_time_utc
            and self.micro_service == other.micro_service
            and self.name == other.name
            and self.outbound_ip_addresses == other.outbound_ip_addresses
            and self.owner == other.owner
            and self.premium_app_deployed == other.premium_app_deployed
            and self.repository_site_name == other.repository_site_name
            and self.runtime_availability_state == other.runtime_availability_state
            and self.sku == other.sku
            and self.ssl_certificates == other.ssl_certificates
            and self.scm_site_also_stopped == other.scm_site_also_stopped
            and self.self_link == other.self_link
            and self.server_farm == other.server_farm
            and self.server_farm_id == other.server_farm_id
            and self.site_config == other.site_config
            and self.site_mode == other.site_mode
            and self.site_properties == other.site_properties
            and self.state == other.state
            and self.storage_recovery_default_state == other.storage_recovery_default_state
            and self.target_swap_slot == other.target_swap_slot
            and self.traffic_manager_host_names == other.traffic_manager_host_names
            and self.usage_state == other.usage_state
            and self.web_space == other.web_space
        )


class SiteCertificate(WindowsAzureData):
    """A certificate of a site (Site/Cers and Site/SSLCertificates items, `<Certificate>`), with
    the members of the Websites Certificate contract, in the service's (alphabetical) order.

    Attributes:
        cer_blob: The public certificate (.cer), if uploaded as such.
        expiration_date: When the certificate expires.
        friendly_name: Friendly name of the certificate.
        host_names: Host names the certificate is bound to.
        issue_date: When the certificate was issued.
        issuer: Issuer of the certificate.
        password: Password of the .pfx, if sent.
        pfx_blob: The certificate with its private key (.pfx), if sent.
        public_key_hash: Hash of the certificate's public key.
        self_link: URL of the certificate in the Websites back end.
        site_name: Site the certificate belongs to.
        subject_name: Subject the certificate was issued to.
        thumbprint: Thumbprint of the certificate.
        to_delete: Whether the certificate is to be deleted.
        valid: Whether the certificate is valid.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "cer_blob",
        "expiration_date",
        "friendly_name",
        "host_names",
        "issue_date",
        "issuer",
        "password",
        "pfx_blob",
        "public_key_hash",
        "self_link",
        "site_name",
        "subject_name",
        "thumbprint",
        "to_delete",
        "valid",
    )

    cer_blob: bytes | None
    expiration_date: datetime | None
    friendly_name: str | None
    host_names: list[str] | None
    issue_date: datetime | None
    issuer: str | None
    password: str | None
    pfx_blob: bytes | None
    public_key_hash: str | None
    self_link: str | None
    site_name: str | None
    subject_name: str | None
    thumbprint: str | None
    to_delete: bool | None
    valid: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        cer_blob: bytes | None = None,
        expiration_date: datetime | None = None,
        friendly_name: str | None = None,
        host_names: list[str] | None = None,
        issue_date: datetime | None = None,
        issuer: str | None = None,
        password: str | None = None,
        pfx_blob: bytes | None = None,
        public_key_hash: str | None = None,
        self_link: str | None = None,
        site_name: str | None = None,
        subject_name: str | None = None,
        thumbprint: str | None = None,
        to_delete: bool | None = None,
        valid: bool | None = None,
    ) -> None:
        self.cer_blob = cer_blob
        self.expiration_date = expiration_date
        self.friendly_name = friendly_name
        self.host_names = host_names
        self.issue_date = issue_date
        self.issuer = issuer
        self.password = password
        self.pfx_blob = pfx_blob
        self.public_key_hash = public_key_hash
        self.self_link = self_link
        self.site_name = site_name
        self.subject_name = subject_name
        self.thumbprint = thumbprint
        self.to_delete = to_delete
        self.valid = valid
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteCertificate("
            "cer_blob="
            f"{self.cer_blob!r}, "
            "expiration_date="
            f"{self.expiration_date!r}, "
            "friendly_name="
            f"{self.friendly_name!r}, "
            "host_names="
            f"{self.host_names!r}, "
            "issue_date="
            f"{self.issue_date!r}, "
            "issuer="
            f"{self.issuer!r}, "
            "password="
            f"{'<secret>' if self.password is not None else None}, "
            "pfx_blob="
            f"{'<secret>' if self.pfx_blob is not None else None}, "
            "public_key_hash="
            f"{self.public_key_hash!r}, "
            "self_link="
            f"{self.self_link!r}, "
            "site_name="
            f"{self.site_name!r}, "
            "subject_name="
            f"{self.subject_name!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "to_delete="
            f"{self.to_delete!r}, "
            "valid="
            f"{self.valid!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteCertificate):
            return NotImplemented
        return (
            self.cer_blob == other.cer_blob
            and self.expiration_date == other.expiration_date
            and self.friendly_name == other.friendly_name
            and self.host_names == other.host_names
            and self.issue_date == other.issue_date
            and self.issuer == other.issuer
            and self.password == other.password
            and self.pfx_blob == other.pfx_blob
            and self.public_key_hash == other.public_key_hash
            and self.self_link == other.self_link
            and self.site_name == other.site_name
            and self.subject_name == other.subject_name
            and self.thumbprint == other.thumbprint
            and self.to_delete == other.to_delete
            and self.valid == other.valid
        )


class SiteCsr(WindowsAzureData):
    """A certificate signing request of a site (Site/Csrs item, `<Csr>`). The recorded service only
    sent an empty `<Csrs/>`; the members are those of the App Service Csr contract.

    Attributes:
        csr_string: The request, PEM-encoded.
        distinguished_name: Distinguished name the request is for.
        hosting_environment: Hosting environment, if any.
        name: Name of the request.
        password: Password protecting the private key, if sent.
        pfx_blob: The private key as a .pfx, if sent.
        public_key_hash: Hash of the request's public key.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "csr_string",
        "distinguished_name",
        "hosting_environment",
        "name",
        "password",
        "pfx_blob",
        "public_key_hash",
    )

    csr_string: str | None
    distinguished_name: str | None
    hosting_environment: str | None
    name: str | None
    password: str | None
    pfx_blob: bytes | None
    public_key_hash: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        csr_string: str | None = None,
        distinguished_name: str | None = None,
        hosting_environment: str | None = None,
        name: str | None = None,
        password: str | None = None,
        pfx_blob: bytes | None = None,
        public_key_hash: str | None = None,
    ) -> None:
        self.csr_string = csr_string
        self.distinguished_name = distinguished_name
        self.hosting_environment = hosting_environment
        self.name = name
        self.password = password
        self.pfx_blob = pfx_blob
        self.public_key_hash = public_key_hash
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteCsr("
            "csr_string="
            f"{self.csr_string!r}, "
            "distinguished_name="
            f"{self.distinguished_name!r}, "
            "hosting_environment="
            f"{self.hosting_environment!r}, "
            "name="
            f"{self.name!r}, "
            "password="
            f"{'<secret>' if self.password is not None else None}, "
            "pfx_blob="
            f"{'<secret>' if self.pfx_blob is not None else None}, "
            "public_key_hash="
            f"{self.public_key_hash!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteCsr):
            return NotImplemented
        return (
            self.csr_string == other.csr_string
            and self.distinguished_name == other.distinguished_name
            and self.hosting_environment == other.hosting_environment
            and self.name == other.name
            and self.password == other.password
            and self.pfx_blob == other.pfx_blob
            and self.public_key_hash == other.public_key_hash
        )


class SiteCloningInfo(WindowsAzureData):
    """How a site was cloned from another (Site/CloningInfo). The recorded service only sent
    `i:nil`; the members are the scalar ones of the App Service CloningInfo contract
    (AppSettingsOverrides, a dictionary, is not described).

    Attributes:
        clone_custom_host_names: Whether custom host names were cloned.
        clone_source_control: Whether the source control settings were cloned.
        configure_load_balancing: Whether Traffic Manager load balancing was configured between
            the two sites.
        correlation_id: Id correlating the clone operations.
        hosting_environment: Hosting environment of the source, if any.
        overwrite: Whether an existing target site was overwritten.
        source_web_app_id: Id of the site cloned from.
        traffic_manager_profile_id: Traffic Manager profile used, if any.
        traffic_manager_profile_name: Name of the Traffic Manager profile created, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "clone_custom_host_names",
        "clone_source_control",
        "configure_load_balancing",
        "correlation_id",
        "hosting_environment",
        "overwrite",
        "source_web_app_id",
        "traffic_manager_profile_id",
        "traffic_manager_profile_name",
    )

    clone_custom_host_names: bool | None
    clone_source_control: bool | None
    configure_load_balancing: bool | None
    correlation_id: str | None
    hosting_environment: str | None
    overwrite: bool | None
    source_web_app_id: str | None
    traffic_manager_profile_id: str | None
    traffic_manager_profile_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        clone_custom_host_names: bool | None = None,
        clone_source_control: bool | None = None,
        configure_load_balancing: bool | None = None,
        correlation_id: str | None = None,
        hosting_environment: str | None = None,
        overwrite: bool | None = None,
        source_web_app_id: str | None = None,
        traffic_manager_profile_id: str | None = None,
        traffic_manager_profile_name: str | None = None,
    ) -> None:
        self.clone_custom_host_names = clone_custom_host_names
        self.clone_source_control = clone_source_control
        self.configure_load_balancing = configure_load_balancing
        self.correlation_id = correlation_id
        self.hosting_environment = hosting_environment
        self.overwrite = overwrite
        self.source_web_app_id = source_web_app_id
        self.traffic_manager_profile_id = traffic_manager_profile_id
        self.traffic_manager_profile_name = traffic_manager_profile_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteCloningInfo("
            "clone_custom_host_names="
            f"{self.clone_custom_host_names!r}, "
            "clone_source_control="
            f"{self.clone_source_control!r}, "
            "configure_load_balancing="
            f"{self.configure_load_balancing!r}, "
            "correlation_id="
            f"{self.correlation_id!r}, "
            "hosting_environment="
            f"{self.hosting_environment!r}, "
            "overwrite="
            f"{self.overwrite!r}, "
            "source_web_app_id="
            f"{self.source_web_app_id!r}, "
            "traffic_manager_profile_id="
            f"{self.traffic_manager_profile_id!r}, "
            "traffic_manager_profile_name="
            f"{self.traffic_manager_profile_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteCloningInfo):
            return NotImplemented
        return (
            self.clone_custom_host_names == other.clone_custom_host_names
            and self.clone_source_control == other.clone_source_control
            and self.configure_load_balancing == other.configure_load_balancing
            and self.correlation_id == other.correlation_id
            and self.hosting_environment == other.hosting_environment
            and self.overwrite == other.overwrite
            and self.source_web_app_id == other.source_web_app_id
            and self.traffic_manager_profile_id == other.traffic_manager_profile_id
            and self.traffic_manager_profile_name == other.traffic_manager_profile_name
        )


class SiteConfig(WindowsAzureData):
    """Configuration of a site (Site/SiteConfig; the Websites "Get or Set Config Details for a
    Site" contract), in the service's (alphabetical) order. RoutingRules (polymorphic ramp-up
    rules) is not described.

    Attributes:
        app_settings: Application settings (environment variables of the site).
        connection_strings: Connection strings of databases and other resources.
        default_documents: Documents served for a bare directory, in order of preference.
        detailed_error_logging_enabled: Whether detailed error pages are logged.
        document_root: Document root of the site.
        handler_mappings: Programs handling requests for given file extensions.
        http_logging_enabled: Whether web server logging is on.
        logs_directory_size_limit: Size limit of the logs directory (MB).
        managed_pipeline_mode: `Integrated` or `Classic`.
        metadata: Metadata of the site (e.g. source control).
        net_framework_version: .NET Framework version, e.g. `v4.0`.
        number_of_workers: Number of workers allotted to the site.
        php_version: PHP version (empty: PHP off).
        publishing_password: Password for publishing the site.
        publishing_username: User name for publishing the site, e.g. `$mysite`.
        remote_debugging_enabled: Whether remote debugging is on.
        remote_debugging_version: Visual Studio version for remote debugging, e.g. `VS2013`.
        request_tracing_enabled: Whether failed request tracing is on.
        request_tracing_expiration_time: When failed request tracing turns itself off.
        scm_type: Source control in use, e.g. `LocalGit`, or `None`.
        use32_bit_worker_process: Whether the worker process is 32-bit.
        web_sockets_enabled: Whether WebSockets are on.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "app_settings",
        "connection_strings",
        "default_documents",
        "detailed_error_logging_enabled",
        "document_root",
        "handler_mappings",
        "http_logging_enabled",
        "logs_directory_size_limit",
        "managed_pipeline_mode",
        "metadata",
        "net_framework_version",
        "number_of_workers",
        "php_version",
        "publishing_password",
        "publishing_username",
        "remote_debugging_enabled",
        "remote_debugging_version",
        "request_tracing_enabled",
        "request_tracing_expiration_time",
        "scm_type",
        "use32_bit_worker_process",
        "web_sockets_enabled",
    )

    app_settings: dict[str, str] | None
    connection_strings: list[ConnStringInfo] | None
    default_documents: list[str] | None
    detailed_error_logging_enabled: bool | None
    document_root: str | None
    handler_mappings: list[HandlerMapping] | None
    http_logging_enabled: bool | None
    logs_directory_size_limit: int | None
    managed_pipeline_mode: str | None
    metadata: dict[str, str] | None
    net_framework_version: str | None
    number_of_workers: int | None
    php_version: str | None
    publishing_password: str | None
    publishing_username: str | None
    remote_debugging_enabled: bool | None
    remote_debugging_version: str | None
    request_tracing_enabled: bool | None
    request_tracing_expiration_time: datetime | None
    scm_type: str | None
    use32_bit_worker_process: bool | None
    web_sockets_enabled: bool | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        app_settings: dict[str, str] | None = None,
        connection_strings: list[ConnStringInfo] | None = None,
        default_documents: list[str] | None = None,
        detailed_error_logging_enabled: bool | None = None,
        document_root: str | None = None,
        handler_mappings: list[HandlerMapping] | None = None,
        http_logging_enabled: bool | None = None,
        logs_directory_size_limit: int | None = None,
        managed_pipeline_mode: str | None = None,
        metadata: dict[str, str] | None = None,
        net_framework_version: str | None = None,
        number_of_workers: int | None = None,
        php_version: str | None = None,
        publishing_password: str | None = None,
        publishing_username: str | None = None,
        remote_debugging_enabled: bool | None = None,
        remote_debugging_version: str | None = None,
        request_tracing_enabled: bool | None = None,
        request_tracing_expiration_time: datetime | None = None,
        scm_type: str | None = None,
        use32_bit_worker_process: bool | None = None,
        web_sockets_enabled: bool | None = None,
    ) -> None:
        self.app_settings = app_settings
        self.connection_strings = connection_strings
        self.default_documents = default_documents
        self.detailed_error_logging_enabled = detailed_error_logging_enabled
        self.document_root = document_root
        self.handler_mappings = handler_mappings
        self.http_logging_enabled = http_logging_enabled
        self.logs_directory_size_limit = logs_directory_size_limit
        self.managed_pipeline_mode = managed_pipeline_mode
        self.metadata = metadata
        self.net_framework_version = net_framework_version
        self.number_of_workers = number_of_workers
        self.php_version = php_version
        self.publishing_password = publishing_password
        self.publishing_username = publishing_username
        self.remote_debugging_enabled = remote_debugging_enabled
        self.remote_debugging_version = remote_debugging_version
        self.request_tracing_enabled = request_tracing_enabled
        self.request_tracing_expiration_time = request_tracing_expiration_time
        self.scm_type = scm_type
        self.use32_bit_worker_process = use32_bit_worker_process
        self.web_sockets_enabled = web_sockets_enabled
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteConfig("
            "app_settings="
            f"{self.app_settings!r}, "
            "connection_strings="
            f"{self.connection_strings!r}, "
            "default_documents="
            f"{self.default_documents!r}, "
            "detailed_error_logging_enabled="
            f"{self.detailed_error_logging_enabled!r}, "
            "document_root="
            f"{self.document_root!r}, "
            "handler_mappings="
            f"{self.handler_mappings!r}, "
            "http_logging_enabled="
            f"{self.http_logging_enabled!r}, "
            "logs_directory_size_limit="
            f"{self.logs_directory_size_limit!r}, "
            "managed_pipeline_mode="
            f"{self.managed_pipeline_mode!r}, "
            "metadata="
            f"{self.metadata!r}, "
            "net_framework_version="
            f"{self.net_framework_version!r}, "
            "number_of_workers="
            f"{self.number_of_workers!r}, "
            "php_version="
            f"{self.php_version!r}, "
            "publishing_password="
            f"{'<secret>' if self.publishing_password is not None else None}, "
            "publishing_username="
            f"{self.publishing_username!r}, "
            "remote_debugging_enabled="
            f"{self.remote_debugging_enabled!r}, "
            "remote_debugging_version="
            f"{self.remote_debugging_version!r}, "
            "request_tracing_enabled="
            f"{self.request_tracing_enabled!r}, "
            "request_tracing_expiration_time="
            f"{self.request_tracing_expiration_time!r}, "
            "scm_type="
            f"{self.scm_type!r}, "
            "use32_bit_worker_process="
            f"{self.use32_bit_worker_process!r}, "
            "web_sockets_enabled="
            f"{self.web_sockets_enabled!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteConfig):
            return NotImplemented
        return (
            self.app_settings == other.app_settings
            and self.connection_strings == other.connection_strings
            and self.default_documents == other.default_documents
            and self.detailed_error_logging_enabled == other.detailed_error_logging_enabled
            and self.document_root == other.document_root
            and self.handler_mappings == other.handler_mappings
            and self.http_logging_enabled == other.http_logging_enabled
            and self.logs_directory_size_limit == other.logs_directory_size_limit
            and self.managed_pipeline_mode == other.managed_pipeline_mode
            and self.metadata == other.metadata
            and self.net_framework_version == other.net_framework_version
            and self.number_of_workers == other.number_of_workers
            and self.php_version == other.php_version
            and self.publishing_password == other.publishing_password
            and self.publishing_username == other.publishing_username
            and self.remote_debugging_enabled == other.remote_debugging_enabled
            and self.remote_debugging_version == other.remote_debugging_version
            and self.request_tracing_enabled == other.request_tracing_enabled
            and self.request_tracing_expiration_time == other.request_tracing_expiration_time
            and self.scm_type == other.scm_type
            and self.use32_bit_worker_process == other.use32_bit_worker_process
            and self.web_sockets_enabled == other.web_sockets_enabled
        )


class ConnStringInfo(WindowsAzureData):
    """A connection string of a site's configuration.

    Attributes:
        connection_string: The connection string.
        name: Name of the connection string.
        type: `MySql`, `SQLServer`, `SQLAzure` or `Custom`.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "connection_string",
        "name",
        "type",
    )

    connection_string: str | None
    name: str | None
    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        connection_string: str | None = None,
        name: str | None = None,
        type: str | None = None,
    ) -> None:
        self.connection_string = connection_string
        self.name = name
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ConnStringInfo("
            "connection_string="
            f"{'<secret>' if self.connection_string is not None else None}, "
            "name="
            f"{self.name!r}, "
            "type="
            f"{self.type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnStringInfo):
            return NotImplemented
        return (
            self.connection_string == other.connection_string
            and self.name == other.name
            and self.type == other.type
        )


class HandlerMapping(WindowsAzureData):
    """A program handling requests for one file extension.

    Attributes:
        arguments: Arguments passed to the script processor.
        extension: File extension handled, e.g. `*.php`.
        script_processor: Absolute path of the program.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "arguments",
        "extension",
        "script_processor",
    )

    arguments: str | None
    extension: str | None
    script_processor: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        arguments: str | None = None,
        extension: str | None = None,
        script_processor: str | None = None,
    ) -> None:
        self.arguments = arguments
        self.extension = extension
        self.script_processor = script_processor
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "HandlerMapping("
            "arguments="
            f"{self.arguments!r}, "
            "extension="
            f"{self.extension!r}, "
            "script_processor="
            f"{self.script_processor!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HandlerMapping):
            return NotImplemented
        return (
            self.arguments == other.arguments
            and self.extension == other.extension
            and self.script_processor == other.script_processor
        )


class SiteProperties(WindowsAzureData):
    """Name/value settings of a site.

    Attributes:
        app_settings: Application settings (environment variables of the site).
        metadata: Metadata of the site.
        properties: Other properties of the site.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "app_settings",
        "metadata",
        "properties",
    )

    app_settings: dict[str, str] | None
    metadata: dict[str, str] | None
    properties: dict[str, str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        app_settings: dict[str, str] | None = None,
        metadata: dict[str, str] | None = None,
        properties: dict[str, str] | None = None,
    ) -> None:
        self.app_settings = app_settings
        self.metadata = metadata
        self.properties = properties
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "SiteProperties("
            "app_settings="
            f"{self.app_settings!r}, "
            "metadata="
            f"{self.metadata!r}, "
            "properties="
            f"{self.properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteProperties):
            return NotImplemented
        return (
            self.app_settings == other.app_settings
            and self.metadata == other.metadata
            and self.properties == other.properties
        )


class HostNameSslState(WindowsAzureData):
    """The TLS state of one host name of a site.

    Attributes:
        host_type: `Standard` (the site) or `Repository` (its Kudu site).
        ip_based_ssl_state: State of IP-based TLS (`NotConfigured`).
        ip_based_ssl_result: Result of the last IP-based TLS change, if any.
        name: The host name.
        ssl_state: `Disabled`, `SniEnabled` or `IpBasedEnabled`.
        thumbprint: Thumbprint of the bound certificate, if any.
        to_update: Whether the binding is to be updated, if set.
        to_update_ip_based_ssl: Whether the IP-based TLS binding is to be updated, if set.
        virtual_ip: Virtual IP of an IP-based binding, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "host_type",
        "ip_based_ssl_state",
        "ip_based_ssl_result",
        "name",
        "ssl_state",
        "thumbprint",
        "to_update",
        "to_update_ip_based_ssl",
        "virtual_ip",
    )

    host_type: str | None
    ip_based_ssl_state: str | None
    ip_based_ssl_result: str | None
    name: str | None
    ssl_state: str | None
    thumbprint: str | None
    to_update: bool | None
    to_update_ip_based_ssl: bool | None
    virtual_ip: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        host_type: str | None = None,
        ip_based_ssl_state: str | None = None,
        ip_based_ssl_result: str | None = None,
        name: str | None = None,
        ssl_state: str | None = None,
        thumbprint: str | None = None,
        to_update: bool | None = None,
        to_update_ip_based_ssl: bool | None = None,
        virtual_ip: str | None = None,
    ) -> None:
        self.host_type = host_type
        self.ip_based_ssl_state = ip_based_ssl_state
        self.ip_based_ssl_result = ip_based_ssl_result
        self.name = name
        self.ssl_state = ssl_state
        self.thumbprint = thumbprint
        self.to_update = to_update
        self.to_update_ip_based_ssl = to_update_ip_based_ssl
        self.virtual_ip = virtual_ip
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "HostNameSslState("
            "host_type="
            f"{self.host_type!r}, "
            "ip_based_ssl_state="
            f"{self.ip_based_ssl_state!r}, "
            "ip_based_ssl_result="
            f"{self.ip_based_ssl_result!r}, "
            "name="
            f"{self.name!r}, "
            "ssl_state="
            f"{self.ssl_state!r}, "
            "thumbprint="
            f"{self.thumbprint!r}, "
            "to_update="
            f"{self.to_update!r}, "
            "to_update_ip_based_ssl="
            f"{self.to_update_ip_based_ssl!r}, "
            "virtual_ip="
            f"{self.virtual_ip!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HostNameSslState):
            return NotImplemented
        return (
            self.host_type == other.host_type
            and self.ip_based_ssl_state == other.ip_based_ssl_state
            and self.ip_based_ssl_result == other.ip_based_ssl_result
            and self.name == other.name
            and self.ssl_state == other.ssl_state
            and self.thumbprint == other.thumbprint
            and self.to_update == other.to_update
            and self.to_update_ip_based_ssl == other.to_update_ip_based_ssl
            and self.virtual_ip == other.virtual_ip
        )


class MetricResponse(WindowsAzureData):
    """The samples of one metric of a site (or why they could not be returned).

    Attributes:
        code: `Success`, or why the metric is missing.
        data: The metric and its samples.
        message: Details when code is not Success.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "code",
        "data",
        "message",
    )

    code: str | None
    data: Data
    message: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        code: str | None = None,
        data: Data | None = None,
        message: str | None = None,
    ) -> None:
        self.code = code
        self.data = Data() if data is None else data
        self.message = message
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MetricResponse(code={self.code!r}, data={self.data!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricResponse):
            return NotImplemented
        return self.code == other.code and self.data == other.data and self.message == other.message


class Data(WindowsAzureData):
    """One metric of a site over a time range, with its samples.

    Attributes:
        display_name: Display name of the metric (e.g. `CPU Time`).
        end_time: End of the range (UTC).
        name: Name of the metric (e.g. `CpuTime`).
        primary_aggregation_type: How samples combine (`Total`, `Average`).
        start_time: Start of the range (UTC).
        time_grain: Rollup of the samples (`PT1M`, `PT1H`, `P1D`).
        unit: Unit of the values (`Milliseconds`, `Bytes`, `Count`).
        values: The samples, oldest first.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "display_name",
        "end_time",
        "name",
        "primary_aggregation_type",
        "start_time",
        "time_grain",
        "unit",
        "values",
    )

    display_name: str | None
    end_time: datetime | None
    name: str | None
    primary_aggregation_type: str | None
    start_time: datetime | None
    time_grain: str | None
    unit: str | None
    values: list[MetricSample]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        display_name: str | None = None,
        end_time: datetime | None = None,
        name: str | None = None,
        primary_aggregation_type: str | None = None,
        start_time: datetime | None = None,
        time_grain: str | None = None,
        unit: str | None = None,
        values: list[MetricSample] | None = None,
    ) -> None:
        self.display_name = display_name
        self.end_time = end_time
        self.name = name
        self.primary_aggregation_type = primary_aggregation_type
        self.start_time = start_time
        self.time_grain = time_grain
        self.unit = unit
        self.values = Values() if values is None else values
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Data("
            "display_name="
            f"{self.display_name!r}, "
            "end_time="
            f"{self.end_time!r}, "
            "name="
            f"{self.name!r}, "
            "primary_aggregation_type="
            f"{self.primary_aggregation_type!r}, "
            "start_time="
            f"{self.start_time!r}, "
            "time_grain="
            f"{self.time_grain!r}, "
            "unit="
            f"{self.unit!r}, "
            "values="
            f"{self.values!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Data):
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.end_time == other.end_time
            and self.name == other.name
            and self.primary_aggregation_type == other.primary_aggregation_type
            and self.start_time == other.start_time
            and self.time_grain == other.time_grain
            and self.unit == other.unit
            and self.values == other.values
        )


class MetricSample(WindowsAzureData):
    """One sample of a site metric.

    Attributes:
        count: Number of measurements in the sample (usually 1).
        instance_name: Instance measured; empty when the sample covers every instance.
        maximum: Largest measurement, if reported.
        minimum: Smallest measurement, if reported.
        time_created: Time of the sample (UTC).
        total: Value of the sample.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "count",
        "instance_name",
        "maximum",
        "minimum",
        "time_created",
        "total",
    )

    count: int | None
    instance_name: str | None
    maximum: int | None
    minimum: int | None
    time_created: datetime | None
    total: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        count: int | None = None,
        instance_name: str | None = None,
        maximum: int | None = None,
        minimum: int | None = None,
        time_created: datetime | None = None,
        total: int | None = None,
    ) -> None:
        self.count = count
        self.instance_name = instance_name
        self.maximum = maximum
        self.minimum = minimum
        self.time_created = time_created
        self.total = total
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricSample("
            "count="
            f"{self.count!r}, "
            "instance_name="
            f"{self.instance_name!r}, "
            "maximum="
            f"{self.maximum!r}, "
            "minimum="
            f"{self.minimum!r}, "
            "time_created="
            f"{self.time_created!r}, "
            "total="
            f"{self.total!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricSample):
            return NotImplemented
        return (
            self.count == other.count
            and self.instance_name == other.instance_name
            and self.maximum == other.maximum
            and self.minimum == other.minimum
            and self.time_created == other.time_created
            and self.total == other.total
        )


class MetricDefinition(WindowsAzureData):
    """A metric available for a site.

    Attributes:
        display_name: Display name of the metric.
        metric_availabilities: Rollups kept for the metric and how long each is kept.
        name: Name of the metric, as get_historical_usage_metrics takes it.
        primary_aggregation_type: How samples combine (`Total`, `Average`).
        unit: Unit of the values.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "display_name",
        "metric_availabilities",
        "name",
        "primary_aggregation_type",
        "unit",
    )

    display_name: str | None
    metric_availabilities: list[MetricAvailability]
    name: str | None
    primary_aggregation_type: str | None
    unit: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        display_name: str | None = None,
        metric_availabilities: list[MetricAvailability] | None = None,
        name: str | None = None,
        primary_aggregation_type: str | None = None,
        unit: str | None = None,
    ) -> None:
        self.display_name = display_name
        self.metric_availabilities = (
            MetricAvailabilities() if metric_availabilities is None else metric_availabilities
        )
        self.name = name
        self.primary_aggregation_type = primary_aggregation_type
        self.unit = unit
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "MetricDefinition("
            "display_name="
            f"{self.display_name!r}, "
            "metric_availabilities="
            f"{self.metric_availabilities!r}, "
            "name="
            f"{self.name!r}, "
            "primary_aggregation_type="
            f"{self.primary_aggregation_type!r}, "
            "unit="
            f"{self.unit!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricDefinition):
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.metric_availabilities == other.metric_availabilities
            and self.name == other.name
            and self.primary_aggregation_type == other.primary_aggregation_type
            and self.unit == other.unit
        )


class MetricAvailability(WindowsAzureData):
    """A rollup kept for a metric. The service names the element `<MetricAvailabilily>` (sic).

    Attributes:
        retention: How long samples are kept, an ISO 8601 duration (`P1D`).
        time_grain: Rollup, an ISO 8601 duration (`PT1M`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "retention",
        "time_grain",
    )

    retention: str | None
    time_grain: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        retention: str | None = None,
        time_grain: str | None = None,
    ) -> None:
        self.retention = retention
        self.time_grain = time_grain
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"MetricAvailability(retention={self.retention!r}, time_grain={self.time_grain!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MetricAvailability):
            return NotImplemented
        return self.retention == other.retention and self.time_grain == other.time_grain


class PublishData(WindowsAzureData):
    """The publish profiles of a site (get_publish_profile), a document in no namespace.

    Attributes:
        publish_profiles: One profile per publishing method (Web Deploy, FTP).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("publish_profiles",)

    publish_profiles: list[PublishProfile]
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        publish_profiles: list[PublishProfile] | None = None,
    ) -> None:
        self.publish_profiles = [] if publish_profiles is None else publish_profiles
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"PublishData(publish_profiles={self.publish_profiles!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublishData):
            return NotImplemented
        return self.publish_profiles == other.publish_profiles


class PublishProfile(WindowsAzureData):
    """How to publish to a site with one method; every field is an attribute of `<publishProfile>`.

    Attributes:
        profile_name: Name of the profile (e.g. `mysite - Web Deploy`).
        publish_method: `MSDeploy` or `FTP`.
        publish_url: Endpoint to publish to.
        msdeploysite: Web Deploy site name.
        ftp_passive_mode: Whether FTP should use passive mode (FTP profiles).
        user_name: Deployment user name.
        user_pwd: Deployment password.
        destination_app_url: URL of the site.
        sql_server_db_connection_string: Connection string of a linked SQL database (may hold a
            password).
        my_sqldb_connection_string: Connection string of a linked MySQL database (may hold a
            password).
        hosting_provider_forum_link: Support forum link.
        control_panel_link: Control panel link.
        web_system: Hosting system (`WebSites`).
        databases: Databases linked to the site.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "profile_name",
        "publish_method",
        "publish_url",
        "msdeploysite",
        "ftp_passive_mode",
        "user_name",
        "user_pwd",
        "destination_app_url",
        "sql_server_db_connection_string",
        "my_sqldb_connection_string",
        "hosting_provider_forum_link",
        "control_panel_link",
        "web_system",
        "databases",
    )

    profile_name: str | None
    publish_method: str | None
    publish_url: str | None
    msdeploysite: str | None
    ftp_passive_mode: bool | None
    user_name: str | None
    user_pwd: str | None
    destination_app_url: str | None
    sql_server_db_connection_string: str | None
    my_sqldb_connection_string: str | None
    hosting_provider_forum_link: str | None
    control_panel_link: str | None
    web_system: str | None
    databases: list[PublishDatabase] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        profile_name: str | None = None,
        publish_method: str | None = None,
        publish_url: str | None = None,
        msdeploysite: str | None = None,
        ftp_passive_mode: bool | None = None,
        user_name: str | None = None,
        user_pwd: str | None = None,
        destination_app_url: str | None = None,
        sql_server_db_connection_string: str | None = None,
        my_sqldb_connection_string: str | None = None,
        hosting_provider_forum_link: str | None = None,
        control_panel_link: str | None = None,
        web_system: str | None = None,
        databases: list[PublishDatabase] | None = None,
    ) -> None:
        self.profile_name = profile_name
        self.publish_method = publish_method
        self.publish_url = publish_url
        self.msdeploysite = msdeploysite
        self.ftp_passive_mode = ftp_passive_mode
        self.user_name = user_name
        self.user_pwd = user_pwd
        self.destination_app_url = destination_app_url
        self.sql_server_db_connection_string = sql_server_db_connection_string
        self.my_sqldb_connection_string = my_sqldb_connection_string
        self.hosting_provider_forum_link = hosting_provider_forum_link
        self.control_panel_link = control_panel_link
        self.web_system = web_system
        self.databases = databases
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "PublishProfile("
            "profile_name="
            f"{self.profile_name!r}, "
            "publish_method="
            f"{self.publish_method!r}, "
            "publish_url="
            f"{self.publish_url!r}, "
            "msdeploysite="
            f"{self.msdeploysite!r}, "
            "ftp_passive_mode="
            f"{self.ftp_passive_mode!r}, "
            "user_name="
            f"{self.user_name!r}, "
            "user_pwd="
            f"{'<secret>' if self.user_pwd is not None else None}, "
            "destination_app_url="
            f"{self.destination_app_url!r}, "
            "sql_server_db_connection_string="
            f"{'<secret>' if self.sql_server_db_connection_string is not None else None}, "
            "my_sqldb_connection_string="
            f"{'<secret>' if self.my_sqldb_connection_string is not None else None}, "
            "hosting_provider_forum_link="
            f"{self.hosting_provider_forum_link!r}, "
            "control_panel_link="
            f"{self.control_panel_link!r}, "
            "web_system="
            f"{self.web_system!r}, "
            "databases="
            f"{self.databases!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublishProfile):
            return NotImplemented
        return (
            self.profile_name == other.profile_name
            and self.publish_method == other.publish_method
            and self.publish_url == other.publish_url
            and self.msdeploysite == other.msdeploysite
            and self.ftp_passive_mode == other.ftp_passive_mode
            and self.user_name == other.user_name
            and self.user_pwd == other.user_pwd
            and self.destination_app_url == other.destination_app_url
            and self.sql_server_db_connection_string == other.sql_server_db_connection_string
            and self.my_sqldb_connection_string == other.my_sqldb_connection_string
            and self.hosting_provider_forum_link == other.hosting_provider_forum_link
            and self.control_panel_link == other.control_panel_link
            and self.web_system == other.web_system
            and self.databases == other.databases
        )


class PublishDatabase(WindowsAzureData):
    """A database linked to a site in its publish profile (an `<add>` element with attributes).

    Attributes:
        name: Name of the connection.
        connection_string: Connection string (may hold a password).
        provider_name: ADO.NET provider of the connection.
        type: Kind of database (`Sql`, `MySql`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "connection_string",
        "provider_name",
        "type",
    )

    name: str | None
    connection_string: str | None
    provider_name: str | None
    type: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        connection_string: str | None = None,
        provider_name: str | None = None,
        type: str | None = None,
    ) -> None:
        self.name = name
        self.connection_string = connection_string
        self.provider_name = provider_name
        self.type = type
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "PublishDatabase("
            "name="
            f"{self.name!r}, "
            "connection_string="
            f"{'<secret>' if self.connection_string is not None else None}, "
            "provider_name="
            f"{self.provider_name!r}, "
            "type="
            f"{self.type!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublishDatabase):
            return NotImplemented
        return (
            self.name == other.name
            and self.connection_string == other.connection_string
            and self.provider_name == other.provider_name
            and self.type == other.type
        )


class ServerFarm(WindowsAzureData):
    """A web hosting plan (server farm) of a webspace.

    Attributes:
        name: Name of the plan.
        number_of_workers: Number of workers.
        sku: Pricing tier.
        worker_size: Size of each worker.
        admin_site_name: Admin site of the plan, if any.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "number_of_workers",
        "sku",
        "worker_size",
        "admin_site_name",
    )

    name: str | None
    number_of_workers: int | None
    sku: str | None
    worker_size: str | None
    admin_site_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        number_of_workers: int | None = None,
        sku: str | None = None,
        worker_size: str | None = None,
        admin_site_name: str | None = None,
    ) -> None:
        self.name = name
        self.number_of_workers = number_of_workers
        self.sku = sku
        self.worker_size = worker_size
        self.admin_site_name = admin_site_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServerFarm("
            "name="
            f"{self.name!r}, "
            "number_of_workers="
            f"{self.number_of_workers!r}, "
            "sku="
            f"{self.sku!r}, "
            "worker_size="
            f"{self.worker_size!r}, "
            "admin_site_name="
            f"{self.admin_site_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerFarm):
            return NotImplemented
        return (
            self.name == other.name
            and self.number_of_workers == other.number_of_workers
            and self.sku == other.sku
            and self.worker_size == other.worker_size
            and self.admin_site_name == other.admin_site_name
        )


class UpdateServerFarm(WindowsAzureData):
    """The body of update_hosting_plan (the name is in the path).

    Attributes:
        number_of_workers: Number of workers.
        sku: Pricing tier.
        worker_size: Size of each worker.
        admin_site_name: Admin site of the plan.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "number_of_workers",
        "sku",
        "worker_size",
        "admin_site_name",
    )

    number_of_workers: int | None
    sku: str | None
    worker_size: str | None
    admin_site_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        number_of_workers: int | None = None,
        sku: str | None = None,
        worker_size: str | None = None,
        admin_site_name: str | None = None,
    ) -> None:
        self.number_of_workers = number_of_workers
        self.sku = sku
        self.worker_size = worker_size
        self.admin_site_name = admin_site_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "UpdateServerFarm("
            "number_of_workers="
            f"{self.number_of_workers!r}, "
            "sku="
            f"{self.sku!r}, "
            "worker_size="
            f"{self.worker_size!r}, "
            "admin_site_name="
            f"{self.admin_site_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateServerFarm):
            return NotImplemented
        return (
            self.number_of_workers == other.number_of_workers
            and self.sku == other.sku
            and self.worker_size == other.worker_size
            and self.admin_site_name == other.admin_site_name
        )


class PublishingUsers(WindowsAzureData):
    """The publishing user names of a subscription (a data-contract string array).

    Attributes:
        names: The user names.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("names",)

    names: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        names: list[str] | None = None,
    ) -> None:
        self.names = names
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"PublishingUsers(names={self.names!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublishingUsers):
            return NotImplemented
        return self.names == other.names


class PublishingUser(WindowsAzureData):
    """The publishing (deployment) user of a subscription.

    Attributes:
        name: Name of the user object.
        publishing_password: Password for deployments.
        publishing_user_name: User name for deployments.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "publishing_password",
        "publishing_user_name",
    )

    name: str | None
    publishing_password: str | None
    publishing_user_name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        publishing_password: str | None = None,
        publishing_user_name: str | None = None,
    ) -> None:
        self.name = name
        self.publishing_password = publishing_password
        self.publishing_user_name = publishing_user_name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "PublishingUser("
            "name="
            f"{self.name!r}, "
            "publishing_password="
            f"{'<secret>' if self.publishing_password is not None else None}, "
            "publishing_user_name="
            f"{self.publishing_user_name!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublishingUser):
            return NotImplemented
        return (
            self.name == other.name
            and self.publishing_password == other.publishing_password
            and self.publishing_user_name == other.publishing_user_name
        )


class DnsSuffix(WindowsAzureData):
    """The DNS suffix of a subscription's sites: a data-contract `<string>`.

    Attributes:
        value: The suffix (`azurewebsites.net`).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("value",)

    value: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        value: str | None = None,
    ) -> None:
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"DnsSuffix(value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DnsSuffix):
            return NotImplemented
        return self.value == other.value


class HostnameAvailability(WindowsAzureData):
    """Whether a site name is free: a data-contract `<boolean>`.

    Attributes:
        value: `true` when the name is free, `false` otherwise (the text of the element).
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("value",)

    value: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        value: str | None = None,
    ) -> None:
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"HostnameAvailability(value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HostnameAvailability):
            return NotImplemented
        return self.value == other.value


class GeoRegion(WindowsAzureData):
    """A region sites can be created in.

    Attributes:
        description: Description of the region.
        name: Name of the region (`East US`).
        sort_order: Position of the region in display order.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "description",
        "name",
        "sort_order",
    )

    description: str | None
    name: str | None
    sort_order: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        description: str | None = None,
        name: str | None = None,
        sort_order: int | None = None,
    ) -> None:
        self.description = description
        self.name = name
        self.sort_order = sort_order
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "GeoRegion("
            "description="
            f"{self.description!r}, "
            "name="
            f"{self.name!r}, "
            "sort_order="
            f"{self.sort_order!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GeoRegion):
            return NotImplemented
        return (
            self.description == other.description
            and self.name == other.name
            and self.sort_order == other.sort_order
        )


#: A role of a deployment, told apart by its `i:type` attribute; virtual machines are
#: `PersistentVMRole`.
Role: TypeAlias = PersistentVMRole


#: A configuration set of a virtual machine: Linux or Windows provisioning (first boot settings) or
#: network (endpoints, subnets, public IPs), told apart by `<ConfigurationSetType>`.
AnyConfigurationSet: TypeAlias = (
    LinuxConfigurationSet | WindowsConfigurationSet | NetworkConfigurationSet | ConfigurationSet
)


#: A network configuration set, typed or general (`ConfigurationSet` of type NetworkConfiguration).
AnyNetworkConfigurationSet: TypeAlias = NetworkConfigurationSet | ConfigurationSet


#: A provisioning configuration set, Linux or Windows (the `system_config` of a new machine).
ProvisioningConfigurationSet: TypeAlias = (
    LinuxConfigurationSet | WindowsConfigurationSet | ConfigurationSet
)


#: An access rule of a Service Bus entity, told apart by its `i:type` attribute.
AuthorizationRule: TypeAlias = SharedAccessAuthorizationRule | AllowRule


#: The blob a DAC request reads or writes and the key of its storage account.
DacBlobCredentials: TypeAlias = DacBlobStorageAccessKeyCredentials


class AffinityGroups(ResultList[AffinityGroup], NamedList[AffinityGroup]):
    """A list of `AffinityGroup` (the `<AffinityGroups>` document), as the reference package's
    `AffinityGroups`: its items are also reached as `affinity_groups`."""

    affinity_groups = SelfAlias[AffinityGroup]()


class Certificates(ResultList[Certificate], NamedList[Certificate]):
    """A list of `Certificate` (the `<Certificates>` document), as the reference package's
    `Certificates`: its items are also reached as `certificates`."""

    certificates = SelfAlias[Certificate]()


class CloudServices(ResultList[CloudService], NamedList[CloudService]):
    """A list of `CloudService` (the `<CloudServices>` document), as the reference package's
    `CloudServices`: its items are also reached as `cloud_service`."""

    cloud_service = SelfAlias[CloudService]()


class Disks(ResultList[Disk], NamedList[Disk]):
    """A list of `Disk` (the `<Disks>` document), as the reference package's `Disks`: its items
    are also reached as `disks`."""

    disks = SelfAlias[Disk]()


class HostedServices(ResultList[HostedService], NamedList[HostedService]):
    """A list of `HostedService` (the `<HostedServices>` document), as the reference package's
    `HostedServices`: its items are also reached as `hosted_services`."""

    hosted_services = SelfAlias[HostedService]()


class Images(ResultList[OSImage], NamedList[OSImage]):
    """A list of `OSImage` (the `<Images>` document), as the reference package's `Images`: its
    items are also reached as `images`."""

    images = SelfAlias[OSImage]()


class Locations(ResultList[Location], NamedList[Location]):
    """A list of `Location` (the `<Locations>` document), as the reference package's `Locations`:
    its items are also reached as `locations`."""

    locations = SelfAlias[Location]()


class MetricDefinitions(ResultList[MetricDefinition], NamedList[MetricDefinition]):
    """A list of `MetricDefinition` (the `<MetricDefinitions>` document), as the reference
    package's `MetricDefinitions`: its items are also reached as `metric_definition`."""

    metric_definition = SelfAlias[MetricDefinition]()


class MetricResponses(ResultList[MetricResponse], NamedList[MetricResponse]):
    """A list of `MetricResponse` (the `<MetricResponses>` document), as the reference package's
    `MetricResponses`: its items are also reached as `metric_response`."""

    metric_response = SelfAlias[MetricResponse]()


class OperatingSystemFamilies(ResultList[OperatingSystemFamily], NamedList[OperatingSystemFamily]):
    """A list of `OperatingSystemFamily` (the `<OperatingSystemFamilies>` document), as the
    reference package's `OperatingSystemFamilies`: its items are also reached as
    `operating_system_families`."""

    operating_system_families = SelfAlias[OperatingSystemFamily]()


class OperatingSystems(ResultList[OperatingSystem], NamedList[OperatingSystem]):
    """A list of `OperatingSystem` (the `<OperatingSystems>` document), as the reference
    package's `OperatingSystems`: its items are also reached as `operating_systems`."""

    operating_systems = SelfAlias[OperatingSystem]()


class ReservedIPs(ResultList[ReservedIP], NamedList[ReservedIP]):
    """A list of `ReservedIP` (the `<ReservedIPs>` document), as the reference package's
    `ReservedIPs`: its items are also reached as `reserved_ips`."""

    reserved_ips = SelfAlias[ReservedIP]()


class ResourceExtensions(ResultList[ResourceExtension], NamedList[ResourceExtension]):
    """A list of `ResourceExtension` (the `<ResourceExtensions>` document), as the reference
    package's `ResourceExtensions`: its items are also reached as `resource_extensions`."""

    resource_extensions = SelfAlias[ResourceExtension]()


class RoleSizes(ResultList[RoleSize], NamedList[RoleSize]):
    """A list of `RoleSize` (the `<RoleSizes>` document), as the reference package's `RoleSizes`:
    its items are also reached as `role_sizes`."""

    role_sizes = SelfAlias[RoleSize]()


class Servers(ResultList[Server], NamedList[Server]):
    """A list of `Server` (the `<Servers>` document), as the reference package's `Servers`: its
    items are also reached as `server`."""

    server = SelfAlias[Server]()


class Sites(ResultList[Site], NamedList[Site]):
    """A list of `Site` (the `<Sites>` document), as the reference package's `Sites`: its items
    are also reached as `site`."""

    site = SelfAlias[Site]()


class StorageServices(ResultList[StorageService], NamedList[StorageService]):
    """A list of `StorageService` (the `<StorageServices>` document), as the reference package's
    `StorageServices`: its items are also reached as `storage_services`."""

    storage_services = SelfAlias[StorageService]()


class SubscriptionCertificates(
    ResultList[SubscriptionCertificate], NamedList[SubscriptionCertificate]
):
    """A list of `SubscriptionCertificate` (the `<SubscriptionCertificates>` document), as the
    reference package's `SubscriptionCertificates`: its items are also reached as
    `subscription_certificates`."""

    subscription_certificates = SelfAlias[SubscriptionCertificate]()


class Subscriptions(ResultList[Subscription], NamedList[Subscription]):
    """A list of `Subscription` (the `<Subscriptions>` document), as the reference package's
    `Subscriptions`: its items are also reached as `subscriptions`."""

    subscriptions = SelfAlias[Subscription]()


class VirtualNetworkSites(ResultList[VirtualNetworkSite], NamedList[VirtualNetworkSite]):
    """A list of `VirtualNetworkSite` (the `<VirtualNetworkSites>` document), as the reference
    package's `VirtualNetworkSites`: its items are also reached as `virtual_network_sites`."""

    virtual_network_sites = SelfAlias[VirtualNetworkSite]()


class VMImages(ResultList[VMImage], NamedList[VMImage]):
    """A list of `VMImage` (the `<VMImages>` document), as the reference package's `VMImages`:
    its items are also reached as `vm_images`."""

    vm_images = SelfAlias[VMImage]()


class WebSpaces(ResultList[WebSpace], NamedList[WebSpace]):
    """A list of `WebSpace` (the `<WebSpaces>` document), as the reference package's `WebSpaces`:
    its items are also reached as `web_space`."""

    web_space = SelfAlias[WebSpace]()


#: The reference package's name for `JobCollectionQuota`.
Quota = JobCollectionQuota


#: The reference package's name for `ResourceOperationStatus`.
OperationStatus = ResourceOperationStatus


class AuthorizationRules(NamedList[AuthorizationRule]):
    """A list of `AuthorizationRule`, also reachable as `.authorization_rule` (the reference's
    list class)."""

    authorization_rule: SelfAlias[AuthorizationRule] = SelfAlias()


class ComponentSettings(NamedList[ComponentSetting]):
    """A list of `ComponentSetting`, also reachable as `.component_settings` (the reference's
    list class)."""

    component_settings: SelfAlias[ComponentSetting] = SelfAlias()


class Components(NamedList[UnattendComponent]):
    """A list of `UnattendComponent`, also reachable as `.components` (the reference's list
    class)."""

    components: SelfAlias[UnattendComponent] = SelfAlias()


class ConfigurationSetInputEndpoints(NamedList[ConfigurationSetInputEndpoint]):
    """A list of `ConfigurationSetInputEndpoint`, also reachable as `.input_endpoints` (the
    reference's list class)."""

    input_endpoints: SelfAlias[ConfigurationSetInputEndpoint] = SelfAlias()


class ConfigurationSets(NamedList[AnyConfigurationSet]):
    """A list of `AnyConfigurationSet`, also reachable as `.configuration_sets` (the reference's
    list class)."""

    configuration_sets: SelfAlias[AnyConfigurationSet] = SelfAlias()


class DataDiskConfigurations(NamedList[DataDiskConfiguration]):
    """A list of `DataDiskConfiguration`, also reachable as `.data_disk_configurations` (the
    reference's list class)."""

    data_disk_configurations: SelfAlias[DataDiskConfiguration] = SelfAlias()


class DataVirtualHardDisks(NamedList[DataVirtualHardDisk]):
    """A list of `DataVirtualHardDisk`, also reachable as `.data_virtual_hard_disks` (the
    reference's list class)."""

    data_virtual_hard_disks: SelfAlias[DataVirtualHardDisk] = SelfAlias()


class Deployments(NamedList[Deployment]):
    """A list of `Deployment`, also reachable as `.deployments` (the reference's list class)."""

    deployments: SelfAlias[Deployment] = SelfAlias()


class HostNameSslStates(NamedList[HostNameSslState]):
    """A list of `HostNameSslState`, also reachable as `.host_name_ssl_state` (the reference's
    list class)."""

    host_name_ssl_state: SelfAlias[HostNameSslState] = SelfAlias()


class InputEndpoints(NamedList[InputEndpoint]):
    """A list of `InputEndpoint`, also reachable as `.input_endpoints` (the reference's list
    class)."""

    input_endpoints: SelfAlias[InputEndpoint] = SelfAlias()


class InstanceEndpoints(NamedList[InstanceEndpoint]):
    """A list of `InstanceEndpoint`, also reachable as `.instance_endpoints` (the reference's
    list class)."""

    instance_endpoints: SelfAlias[InstanceEndpoint] = SelfAlias()


class KeyPairs(NamedList[KeyPair]):
    """A list of `KeyPair`, also reachable as `.key_pairs` (the reference's list class)."""

    key_pairs: SelfAlias[KeyPair] = SelfAlias()


class Listeners(NamedList[Listener]):
    """A list of `Listener`, also reachable as `.listeners` (the reference's list class)."""

    listeners: SelfAlias[Listener] = SelfAlias()


class MetricAvailabilities(NamedList[MetricAvailability]):
    """A list of `MetricAvailability`, also reachable as `.metric_availability` (the reference's
    list class)."""

    metric_availability: SelfAlias[MetricAvailability] = SelfAlias()


class Passes(NamedList[UnattendPass]):
    """A list of `UnattendPass`, also reachable as `.passes` (the reference's list class)."""

    passes: SelfAlias[UnattendPass] = SelfAlias()


class PublicIPs(NamedList[PublicIP]):
    """A list of `PublicIP`, also reachable as `.public_ips` (the reference's list class)."""

    public_ips: SelfAlias[PublicIP] = SelfAlias()


class PublicKeys(NamedList[PublicKey]):
    """A list of `PublicKey`, also reachable as `.public_keys` (the reference's list class)."""

    public_keys: SelfAlias[PublicKey] = SelfAlias()


class ReplicationProgress(NamedList[ReplicationProgressElement]):
    """A list of `ReplicationProgressElement`, also reachable as `.replication_progress_elements`
    (the reference's list class)."""

    replication_progress_elements: SelfAlias[ReplicationProgressElement] = SelfAlias()


class ResourceExtensionParameterValues(NamedList[ResourceExtensionParameterValue]):
    """A list of `ResourceExtensionParameterValue`, also reachable as
    `.resource_extension_parameter_values` (the reference's list class)."""

    resource_extension_parameter_values: SelfAlias[ResourceExtensionParameterValue] = SelfAlias()


class ResourceExtensionReferences(NamedList[ResourceExtensionReference]):
    """A list of `ResourceExtensionReference`, also reachable as `.resource_extension_references`
    (the reference's list class)."""

    resource_extension_references: SelfAlias[ResourceExtensionReference] = SelfAlias()


class Resources(NamedList[Resource]):
    """A list of `Resource`, also reachable as `.resource` (the reference's list class)."""

    resource: SelfAlias[Resource] = SelfAlias()


class RoleInstanceList(NamedList[RoleInstance]):
    """A list of `RoleInstance`, also reachable as `.role_instances` (the reference's list
    class)."""

    role_instances: SelfAlias[RoleInstance] = SelfAlias()


class RoleList(NamedList[Role]):
    """A list of `Role`, also reachable as `.roles` (the reference's list class)."""

    roles: SelfAlias[Role] = SelfAlias()


class StoredCertificateSettings(NamedList[CertificateSetting]):
    """A list of `CertificateSetting`, also reachable as `.stored_certificate_settings` (the
    reference's list class)."""

    stored_certificate_settings: SelfAlias[CertificateSetting] = SelfAlias()


class Subnets(NamedList[Subnet]):
    """A list of `Subnet`, also reachable as `.subnets` (the reference's list class)."""

    subnets: SelfAlias[Subnet] = SelfAlias()


class SubscriptionOperations(NamedList[SubscriptionOperation]):
    """A list of `SubscriptionOperation`, also reachable as `.subscription_operations` (the
    reference's list class)."""

    subscription_operations: SelfAlias[SubscriptionOperation] = SelfAlias()


class Values(NamedList[MetricSample]):
    """A list of `MetricSample`, also reachable as `.metric_sample` (the reference's list class)."""

    metric_sample: SelfAlias[MetricSample] = SelfAlias()


class VirtualIPs(NamedList[VirtualIP]):
    """A list of `VirtualIP`, also reachable as `.virtual_ips` (the reference's list class)."""

    virtual_ips: SelfAlias[VirtualIP] = SelfAlias()
