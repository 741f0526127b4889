"""XML writers of the responses a server sends.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from azure_asm.models import (
    SSH,
    AclRule,
    AdditionalUnattendContent,
    AddressAvailability,
    AffinityGroup,
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
    AvailabilityResponse,
    BackupItem,
    BackupRequest,
    BackupSchedule,
    BgpSettings,
    Certificate,
    CertificateSetting,
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
    DataVirtualHardDisk,
    DebugSettings,
    Deployment,
    DeploymentEventCollection,
    Disk,
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
    OSVirtualHardDisk,
    OutputItem,
    PersistentVMDowntimeInfo,
    PersistentVMRole,
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
    RecoverDatabaseOperation,
    RelayContent,
    RelayDescription,
    RelayEntry,
    RelayFeed,
    RelayServiceConnectionEntity,
    ReplicationProgressElement,
    RepositoryUri,
    ReservedIP,
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
    RestorableDroppedDatabase,
    RestoreDatabaseOperation,
    RestoreRequest,
    RestoreResponse,
    Role,
    RoleExtensions,
    RoleInstance,
    RoleInstanceIPConfiguration,
    RoleInstanceNetworkInterface,
    RoleSize,
    Route,
    RouteTable,
    RouteTableAssociation,
    Server,
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
    SiteUsage,
    StatusMessage,
    StorageAccountProperties,
    StorageCapabilities,
    StorageService,
    StorageServiceKeys,
    Subnet,
    SubnetConfiguration,
    Subscription,
    SubscriptionCertificate,
    SubscriptionOperation,
    SubscriptionOperationCollection,
    SubscriptionOperationStatus,
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
    VpnDeviceList,
    VpnDeviceOSFamily,
    VpnDevicePlatform,
    VpnDeviceVendor,
    WebSpace,
    WindowsConfigurationSet,
    WinRM,
)
from azure_asm_runtime.legacy import is_blank
from azure_asm_runtime.xmlcodec import (
    XSI,
    escape_attribute,
    escape_text,
    format_base64,
    format_base64text,
    format_bool,
    format_datetime,
    format_float,
    needs_escape,
    write_map,
)


def _write_affinity_group(
    obj: AffinityGroup, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.hosted_services:
        out.append("<HostedServices>")
        for hosted_services_item in obj.hosted_services:
            _write_hosted_service(hosted_services_item, "HostedService", out)
        out.append("</HostedServices>")
    if obj.storage_services:
        out.append("<StorageServices>")
        for storage_services_item in obj.storage_services:
            _write_storage_service(storage_services_item, "StorageService", out)
        out.append("</StorageServices>")
    if obj.capabilities:
        out.append("<Capabilities>")
        for capabilities_item in obj.capabilities:
            if needs_escape(capabilities_item) is not None:
                capabilities_item = escape_text(capabilities_item)
            out.append(f"<Capability>{capabilities_item}</Capability>")
        out.append("</Capabilities>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.compute_capabilities is not None:
        _write_compute_capabilities(obj.compute_capabilities, "ComputeCapabilities", out)
    out.append(f"</{tag}>")


def _write_application_gateway(
    obj: ApplicationGateway, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.dns_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DnsName>{text}</DnsName>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    if obj.instance_count is not None:
        out.append(f"<InstanceCount>{obj.instance_count:d}</InstanceCount>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    if obj.subnets is not None:
        out.append("<Subnets>")
        for subnets_item in obj.subnets:
            if needs_escape(subnets_item) is not None:
                subnets_item = escape_text(subnets_item)
            out.append(f"<Subnet>{subnets_item}</Subnet>")
        out.append("</Subnets>")
    text = obj.vnet_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VnetName>{text}</VnetName>")
    if obj.virtual_ips is not None:
        out.append("<VirtualIPs>")
        for virtual_ips_item in obj.virtual_ips:
            if needs_escape(virtual_ips_item) is not None:
                virtual_ips_item = escape_text(virtual_ips_item)
            out.append(f"<VirtualIP>{virtual_ips_item}</VirtualIP>")
        out.append("</VirtualIPs>")
    out.append(f"</{tag}>")


def _write_application_gateway_certificate(
    obj: ApplicationGatewayCertificate, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Data>{text}</Data>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    out.append(f"</{tag}>")


def _write_application_gateway_configuration(
    obj: ApplicationGatewayConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.frontend_ip_configurations is not None:
        out.append("<FrontendIPConfigurations>")
        for frontend_ip_configurations_item in obj.frontend_ip_configurations:
            _write_application_gateway_frontend_ip(
                frontend_ip_configurations_item, "FrontendIPConfiguration", out
            )
        out.append("</FrontendIPConfigurations>")
    if obj.frontend_ports is not None:
        out.append("<FrontendPorts>")
        for frontend_ports_item in obj.frontend_ports:
            _write_application_gateway_frontend_port(frontend_ports_item, "FrontendPort", out)
        out.append("</FrontendPorts>")
    if obj.probes is not None:
        out.append("<Probes>")
        for probes_item in obj.probes:
            _write_application_gateway_probe(probes_item, "Probe", out)
        out.append("</Probes>")
    if obj.backend_address_pools is not None:
        out.append("<BackendAddressPools>")
        for backend_address_pools_item in obj.backend_address_pools:
            _write_application_gateway_backend_address_pool(
                backend_address_pools_item, "BackendAddressPool", out
            )
        out.append("</BackendAddressPools>")
    if obj.backend_http_settings_list is not None:
        out.append("<BackendHttpSettingsList>")
        for backend_http_settings_list_item in obj.backend_http_settings_list:
            _write_application_gateway_backend_http_settings(
                backend_http_settings_list_item, "BackendHttpSettings", out
            )
        out.append("</BackendHttpSettingsList>")
    if obj.http_listeners is not None:
        out.append("<HttpListeners>")
        for http_listeners_item in obj.http_listeners:
            _write_application_gateway_http_listener(http_listeners_item, "HttpListener", out)
        out.append("</HttpListeners>")
    if obj.http_load_balancing_rules is not None:
        out.append("<HttpLoadBalancingRules>")
        for http_load_balancing_rules_item in obj.http_load_balancing_rules:
            _write_application_gateway_http_load_balancing_rule(
                http_load_balancing_rules_item, "HttpLoadBalancingRule", out
            )
        out.append("</HttpLoadBalancingRules>")
    out.append(f"</{tag}>")


def _write_application_gateway_frontend_ip(
    obj: ApplicationGatewayFrontendIP, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.static_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StaticIPAddress>{text}</StaticIPAddress>")
    out.append(f"</{tag}>")


def _write_application_gateway_frontend_port(
    obj: ApplicationGatewayFrontendPort, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    out.append(f"</{tag}>")


def _write_application_gateway_probe(
    obj: ApplicationGatewayProbe, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.host
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Host>{text}</Host>")
    text = obj.path
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Path>{text}</Path>")
    if obj.interval is not None:
        out.append(f"<Interval>{obj.interval:d}</Interval>")
    if obj.timeout is not None:
        out.append(f"<Timeout>{obj.timeout:d}</Timeout>")
    if obj.unhealthy_threshold is not None:
        out.append(f"<UnhealthyThreshold>{obj.unhealthy_threshold:d}</UnhealthyThreshold>")
    out.append(f"</{tag}>")


def _write_application_gateway_backend_address_pool(
    obj: ApplicationGatewayBackendAddressPool, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.ip_addresses is not None:
        out.append("<IPAddresses>")
        for ip_addresses_item in obj.ip_addresses:
            if needs_escape(ip_addresses_item) is not None:
                ip_addresses_item = escape_text(ip_addresses_item)
            out.append(f"<IPAddress>{ip_addresses_item}</IPAddress>")
        out.append("</IPAddresses>")
    out.append(f"</{tag}>")


def _write_application_gateway_backend_http_settings(
    obj: ApplicationGatewayBackendHttpSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.cookie_based_affinity
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CookieBasedAffinity>{text}</CookieBasedAffinity>")
    if obj.request_timeout is not None:
        out.append(f"<RequestTimeout>{obj.request_timeout:d}</RequestTimeout>")
    text = obj.probe
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Probe>{text}</Probe>")
    out.append(f"</{tag}>")


def _write_application_gateway_http_listener(
    obj: ApplicationGatewayHttpListener, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.frontend_ip
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FrontendIP>{text}</FrontendIP>")
    text = obj.frontend_port
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FrontendPort>{text}</FrontendPort>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.ssl_cert
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SslCert>{text}</SslCert>")
    out.append(f"</{tag}>")


def _write_application_gateway_http_load_balancing_rule(
    obj: ApplicationGatewayHttpLoadBalancingRule, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.backend_http_settings
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BackendHttpSettings>{text}</BackendHttpSettings>")
    text = obj.listener
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Listener>{text}</Listener>")
    text = obj.backend_address_pool
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BackendAddressPool>{text}</BackendAddressPool>")
    out.append(f"</{tag}>")


def _write_certificate(obj: Certificate, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.certificate_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CertificateUrl>{text}</CertificateUrl>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    text = obj.thumbprint_algorithm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ThumbprintAlgorithm>{text}</ThumbprintAlgorithm>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Data>{text}</Data>")
    out.append(f"</{tag}>")


def _write_subscription_certificate(
    obj: SubscriptionCertificate, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.subscription_certificate_public_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificatePublicKey>{text}</SubscriptionCertificatePublicKey>")
    text = obj.subscription_certificate_thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificateThumbprint>{text}</SubscriptionCertificateThumbprint>")
    text = obj.subscription_certificate_data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificateData>{text}</SubscriptionCertificateData>")
    if obj.created is not None:
        out.append(f"<Created>{format_datetime(obj.created)}</Created>")
    out.append(f"</{tag}>")


def _write_operation(obj: Operation, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ID>{text}</ID>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.http_status_code is not None:
        out.append(f"<HttpStatusCode>{obj.http_status_code:d}</HttpStatusCode>")
    if obj.error is not None and not is_blank(obj.error):
        _write_operation_error(obj.error, "Error", out)
    out.append(f"</{tag}>")


def _write_operation_error(
    obj: OperationError, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Code>{text}</Code>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    out.append(f"</{tag}>")


def _write_deployment_event_collection(
    obj: DeploymentEventCollection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.reboot_events is not None:
        out.append("<RebootEvents>")
        for reboot_events_item in obj.reboot_events:
            _write_reboot_event(reboot_events_item, "RebootEvent", out)
        out.append("</RebootEvents>")
    text = obj.continuation_token
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ContinuationToken>{text}</ContinuationToken>")
    out.append(f"</{tag}>")


def _write_reboot_event(obj: RebootEvent, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.instance_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceName>{text}</InstanceName>")
    text = obj.reboot_reason
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RebootReason>{text}</RebootReason>")
    if obj.reboot_start_time is not None:
        out.append(f"<RebootStartTime>{format_datetime(obj.reboot_start_time)}</RebootStartTime>")
    out.append(f"</{tag}>")


def _write_deployment(obj: Deployment, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.deployment_slot
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentSlot>{text}</DeploymentSlot>")
    text = obj.private_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivateID>{text}</PrivateID>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Url>{text}</Url>")
    if obj.configuration is not None:
        out.append(f"<Configuration>{format_base64text(obj.configuration)}</Configuration>")
    if obj.role_instance_list:
        out.append("<RoleInstanceList>")
        for role_instance_list_item in obj.role_instance_list:
            _write_role_instance(role_instance_list_item, "RoleInstance", out)
        out.append("</RoleInstanceList>")
    if obj.upgrade_status is not None:
        _write_upgrade_status(obj.upgrade_status, "UpgradeStatus", out)
    if obj.upgrade_domain_count is not None:
        out.append(f"<UpgradeDomainCount>{obj.upgrade_domain_count:d}</UpgradeDomainCount>")
    if obj.role_list:
        out.append("<RoleList>")
        for role_list_item in obj.role_list:
            _write_role(role_list_item, "Role", out)
        out.append("</RoleList>")
    text = obj.sdk_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SdkVersion>{text}</SdkVersion>")
    if obj.input_endpoint_list:
        out.append("<InputEndpointList>")
        for input_endpoint_list_item in obj.input_endpoint_list:
            _write_input_endpoint(input_endpoint_list_item, "InputEndpoint", out)
        out.append("</InputEndpointList>")
    if obj.locked is not None:
        out.append(f"<Locked>{format_bool(obj.locked)}</Locked>")
    if obj.rollback_allowed is not None:
        out.append(f"<RollbackAllowed>{format_bool(obj.rollback_allowed)}</RollbackAllowed>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.last_modified_time is not None:
        out.append(
            f"<LastModifiedTime>{format_datetime(obj.last_modified_time)}</LastModifiedTime>"
        )
    text = obj.virtual_network_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualNetworkName>{text}</VirtualNetworkName>")
    if obj.dns_servers is not None:
        out.append("<Dns>")
        if obj.dns_servers is not None:
            out.append("<DnsServers>")
            for dns_servers_item in obj.dns_servers:
                _write_dns_server(dns_servers_item, "DnsServer", out)
            out.append("</DnsServers>")
        out.append("</Dns>")
    if obj.extended_properties:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    if obj.persistent_vm_downtime_info is not None and not is_blank(
        obj.persistent_vm_downtime_info
    ):
        _write_persistent_vm_downtime_info(
            obj.persistent_vm_downtime_info, "PersistentVMDowntime", out
        )
    if obj.virtual_ips:
        out.append("<VirtualIPs>")
        for virtual_ips_item in obj.virtual_ips:
            _write_virtual_ip(virtual_ips_item, "VirtualIP", out)
        out.append("</VirtualIPs>")
    if obj.extension_configuration is not None:
        _write_extension_configuration(obj.extension_configuration, "ExtensionConfiguration", out)
    text = obj.reserved_ip_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReservedIPName>{text}</ReservedIPName>")
    text = obj.internal_dns_suffix
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InternalDnsSuffix>{text}</InternalDnsSuffix>")
    if obj.load_balancers is not None:
        out.append("<LoadBalancers>")
        for load_balancers_item in obj.load_balancers:
            _write_load_balancer(load_balancers_item, "LoadBalancer", out)
        out.append("</LoadBalancers>")
    out.append(f"</{tag}>")


def _write_role_instance(obj: RoleInstance, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.instance_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceName>{text}</InstanceName>")
    text = obj.instance_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceStatus>{text}</InstanceStatus>")
    text = obj.extended_instance_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ExtendedInstanceStatus>{text}</ExtendedInstanceStatus>")
    if obj.instance_upgrade_domain is not None:
        out.append(
            f"<InstanceUpgradeDomain>{obj.instance_upgrade_domain:d}</InstanceUpgradeDomain>"
        )
    if obj.instance_fault_domain is not None:
        out.append(f"<InstanceFaultDomain>{obj.instance_fault_domain:d}</InstanceFaultDomain>")
    text = obj.instance_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceSize>{text}</InstanceSize>")
    text = obj.instance_state_details
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceStateDetails>{text}</InstanceStateDetails>")
    text = obj.instance_error_code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceErrorCode>{text}</InstanceErrorCode>")
    text = obj.ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IpAddress>{text}</IpAddress>")
    if obj.instance_endpoints:
        out.append("<InstanceEndpoints>")
        for instance_endpoints_item in obj.instance_endpoints:
            _write_instance_endpoint(instance_endpoints_item, "InstanceEndpoint", out)
        out.append("</InstanceEndpoints>")
    text = obj.power_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PowerState>{text}</PowerState>")
    text = obj.host_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostName>{text}</HostName>")
    text = obj.fqdn
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FQDN>{text}</FQDN>")
    text = obj.remote_access_certificate_thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RemoteAccessCertificateThumbprint>{text}</RemoteAccessCertificateThumbprint>")
    if obj.guest_agent_status is not None:
        _write_guest_agent_status(obj.guest_agent_status, "GuestAgentStatus", out)
    if obj.resource_extension_status_list is not None:
        out.append("<ResourceExtensionStatusList>")
        for resource_extension_status_list_item in obj.resource_extension_status_list:
            _write_resource_extension_status(
                resource_extension_status_list_item, "ResourceExtensionStatus", out
            )
        out.append("</ResourceExtensionStatusList>")
    if obj.public_ips:
        out.append("<PublicIPs>")
        for public_ips_item in obj.public_ips:
            _write_public_ip(public_ips_item, "PublicIP", out)
        out.append("</PublicIPs>")
    if obj.network_interfaces is not None:
        out.append("<NetworkInterfaces>")
        for network_interfaces_item in obj.network_interfaces:
            _write_role_instance_network_interface(network_interfaces_item, "NetworkInterface", out)
        out.append("</NetworkInterfaces>")
    if obj.maintenance_status is not None:
        _write_maintenance_status(obj.maintenance_status, "MaintenanceStatus", out)
    out.append(f"</{tag}>")


def _write_instance_endpoint(
    obj: InstanceEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.vip
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Vip>{text}</Vip>")
    if obj.public_port is not None:
        out.append(f"<PublicPort>{obj.public_port:d}</PublicPort>")
    if obj.local_port is not None:
        out.append(f"<LocalPort>{obj.local_port:d}</LocalPort>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    if obj.idle_timeout_in_minutes is not None:
        out.append(f"<IdleTimeoutInMinutes>{obj.idle_timeout_in_minutes:d}</IdleTimeoutInMinutes>")
    out.append(f"</{tag}>")


def _write_guest_agent_status(
    obj: GuestAgentStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.protocol_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ProtocolVersion>{text}</ProtocolVersion>")
    if obj.timestamp is not None:
        out.append(f"<Timestamp>{format_datetime(obj.timestamp)}</Timestamp>")
    text = obj.guest_agent_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GuestAgentVersion>{text}</GuestAgentVersion>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.code is not None:
        out.append(f"<Code>{obj.code:d}</Code>")
    if obj.message is not None:
        _write_status_message(obj.message, "Message", out)
    if obj.formatted_message is not None:
        _write_formatted_message(obj.formatted_message, "FormattedMessage", out)
    out.append(f"</{tag}>")


def _write_status_message(
    obj: StatusMessage, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.message_resource_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MessageResourceId>{text}</MessageResourceId>")
    if obj.param_list is not None:
        out.append("<ParamList>")
        for param_list_item in obj.param_list:
            if needs_escape(param_list_item) is not None:
                param_list_item = escape_text(param_list_item)
            out.append(f"<Param>{param_list_item}</Param>")
        out.append("</ParamList>")
    out.append(f"</{tag}>")


def _write_maintenance_status(
    obj: MaintenanceStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.is_customer_initiated_maintenance_allowed is not None:
        out.append(
            "<IsCustomerInitiatedMaintenanceAllowed>"
            f"{format_bool(obj.is_customer_initiated_maintenance_allowed)}"
            "</IsCustomerInitiatedMaintenanceAllowed>"
        )
    if obj.pre_maintenance_window_start_time is not None:
        out.append(
            "<PreMaintenanceWindowStartTime>"
            f"{format_datetime(obj.pre_maintenance_window_start_time)}"
            "</PreMaintenanceWindowStartTime>"
        )
    if obj.pre_maintenance_window_end_time is not None:
        out.append(
            "<PreMaintenanceWindowEndTime>"
            f"{format_datetime(obj.pre_maintenance_window_end_time)}"
            "</PreMaintenanceWindowEndTime>"
        )
    if obj.maintenance_window_start_time is not None:
        out.append(
            "<MaintenanceWindowStartTime>"
            f"{format_datetime(obj.maintenance_window_start_time)}"
            "</MaintenanceWindowStartTime>"
        )
    if obj.maintenance_window_end_time is not None:
        out.append(
            "<MaintenanceWindowEndTime>"
            f"{format_datetime(obj.maintenance_window_end_time)}"
            "</MaintenanceWindowEndTime>"
        )
    text = obj.last_operation_result_code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LastOperationResultCode>{text}</LastOperationResultCode>")
    text = obj.last_operation_message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LastOperationMessage>{text}</LastOperationMessage>")
    out.append(f"</{tag}>")


def _write_formatted_message(
    obj: FormattedMessage, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.language
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Language>{text}</Language>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    out.append(f"</{tag}>")


def _write_resource_extension_status(
    obj: ResourceExtensionStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.handler_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HandlerName>{text}</HandlerName>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.code is not None:
        out.append(f"<Code>{obj.code:d}</Code>")
    if obj.message is not None:
        _write_status_message(obj.message, "Message", out)
    if obj.formatted_message is not None:
        _write_formatted_message(obj.formatted_message, "FormattedMessage", out)
    if obj.extension_setting_status is not None:
        _write_extension_setting_status(obj.extension_setting_status, "ExtensionSettingStatus", out)
    out.append(f"</{tag}>")


def _write_extension_setting_status(
    obj: ExtensionSettingStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.timestamp is not None:
        out.append(f"<Timestamp>{format_datetime(obj.timestamp)}</Timestamp>")
    if obj.configuration_applied_time is not None:
        out.append(
            "<ConfigurationAppliedTime>"
            f"{format_datetime(obj.configuration_applied_time)}"
            "</ConfigurationAppliedTime>"
        )
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.operation
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Operation>{text}</Operation>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.code is not None:
        out.append(f"<Code>{obj.code:d}</Code>")
    if obj.message is not None:
        _write_status_message(obj.message, "Message", out)
    if obj.formatted_message is not None:
        _write_formatted_message(obj.formatted_message, "FormattedMessage", out)
    if obj.sub_status_list is not None:
        out.append("<SubStatusList>")
        for sub_status_list_item in obj.sub_status_list:
            _write_sub_status(sub_status_list_item, "SubStatus", out)
        out.append("</SubStatusList>")
    out.append(f"</{tag}>")


def _write_sub_status(obj: SubStatus, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.code is not None:
        out.append(f"<Code>{obj.code:d}</Code>")
    if obj.message is not None:
        _write_status_message(obj.message, "Message", out)
    if obj.formatted_message is not None:
        _write_formatted_message(obj.formatted_message, "FormattedMessage", out)
    out.append(f"</{tag}>")


def _write_role_instance_network_interface(
    obj: RoleInstanceNetworkInterface, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.mac_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MacAddress>{text}</MacAddress>")
    if obj.ip_configurations is not None:
        out.append("<IPConfigurations>")
        for ip_configurations_item in obj.ip_configurations:
            _write_role_instance_ip_configuration(ip_configurations_item, "IPConfiguration", out)
        out.append("</IPConfigurations>")
    out.append(f"</{tag}>")


def _write_role_instance_ip_configuration(
    obj: RoleInstanceIPConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.subnet_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubnetName>{text}</SubnetName>")
    text = obj.address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Address>{text}</Address>")
    out.append(f"</{tag}>")


def _write_upgrade_status(
    obj: UpgradeStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.upgrade_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UpgradeType>{text}</UpgradeType>")
    text = obj.current_upgrade_domain_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CurrentUpgradeDomainState>{text}</CurrentUpgradeDomainState>")
    if obj.current_upgrade_domain is not None:
        out.append(f"<CurrentUpgradeDomain>{obj.current_upgrade_domain:d}</CurrentUpgradeDomain>")
    out.append(f"</{tag}>")


def _write_input_endpoint(
    obj: InputEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.vip
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Vip>{text}</Vip>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    out.append(f"</{tag}>")


def _write_persistent_vm_downtime_info(
    obj: PersistentVMDowntimeInfo, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.start_time is not None:
        out.append(f"<StartTime>{format_datetime(obj.start_time)}</StartTime>")
    if obj.end_time is not None:
        out.append(f"<EndTime>{format_datetime(obj.end_time)}</EndTime>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    out.append(f"</{tag}>")


def _write_virtual_ip(obj: VirtualIP, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Address>{text}</Address>")
    if obj.is_dns_programmed is not None:
        out.append(f"<IsDnsProgrammed>{format_bool(obj.is_dns_programmed)}</IsDnsProgrammed>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.is_reserved is not None:
        out.append(f"<IsReserved>{format_bool(obj.is_reserved)}</IsReserved>")
    text = obj.reserved_ip_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReservedIPName>{text}</ReservedIPName>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    out.append(f"</{tag}>")


def _write_load_balancer(obj: LoadBalancer, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.frontend_ip_configuration is not None:
        _write_frontend_ip_configuration(
            obj.frontend_ip_configuration, "FrontendIpConfiguration", out
        )
    out.append(f"</{tag}>")


def _write_frontend_ip_configuration(
    obj: FrontendIpConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.subnet_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubnetName>{text}</SubnetName>")
    text = obj.static_virtual_network_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StaticVirtualNetworkIPAddress>{text}</StaticVirtualNetworkIPAddress>")
    out.append(f"</{tag}>")


def _write_dns_server(obj: DnsServer, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Address>{text}</Address>")
    out.append(f"</{tag}>")


def _write_extension_configuration(
    obj: ExtensionConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.all_roles is not None:
        out.append("<AllRoles>")
        for all_roles_item in obj.all_roles:
            _write_extension(all_roles_item, "Extension", out)
        out.append("</AllRoles>")
    if obj.named_roles is not None:
        out.append("<NamedRoles>")
        for named_roles_item in obj.named_roles:
            _write_role_extensions(named_roles_item, "Role", out)
        out.append("</NamedRoles>")
    out.append(f"</{tag}>")


def _write_role_extensions(
    obj: RoleExtensions, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    if obj.extensions is not None:
        out.append("<Extensions>")
        for extensions_item in obj.extensions:
            _write_extension(extensions_item, "Extension", out)
        out.append("</Extensions>")
    out.append(f"</{tag}>")


def _write_extension(obj: Extension, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    if obj.sequence_number is not None:
        out.append(f"<SequenceNumber>{obj.sequence_number:d}</SequenceNumber>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    out.append(f"</{tag}>")


def _write_disk(obj: Disk, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    if obj.attached_to is not None:
        _write_attached_to(obj.attached_to, "AttachedTo", out)
    if obj.has_operating_system is not None:
        out.append(
            f"<HasOperatingSystem>{format_bool(obj.has_operating_system)}</HasOperatingSystem>"
        )
    text = obj.os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OS>{text}</OS>")
    if obj.is_corrupted is not None:
        out.append(f"<IsCorrupted>{format_bool(obj.is_corrupted)}</IsCorrupted>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.source_image_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceImageName>{text}</SourceImageName>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    if obj.is_premium is not None:
        out.append(f"<IsPremium>{format_bool(obj.is_premium)}</IsPremium>")
    out.append(f"</{tag}>")


def _write_attached_to(obj: AttachedTo, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.hosted_service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostedServiceName>{text}</HostedServiceName>")
    text = obj.deployment_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentName>{text}</DeploymentName>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    out.append(f"</{tag}>")


def _write_gateway(obj: Gateway, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.vip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VIPAddress>{text}</VIPAddress>")
    if obj.last_event is not None:
        _write_gateway_event(obj.last_event, "LastEvent", out)
    text = obj.gateway_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayType>{text}</GatewayType>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    if obj.default_sites is not None:
        out.append("<DefaultSites>")
        for default_sites_item in obj.default_sites:
            if needs_escape(default_sites_item) is not None:
                default_sites_item = escape_text(default_sites_item)
            out.append(f"<string>{default_sites_item}</string>")
        out.append("</DefaultSites>")
    out.append(f"</{tag}>")


def _write_gateway_event(obj: GatewayEvent, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.timestamp is not None:
        out.append(f"<Timestamp>{format_datetime(obj.timestamp)}</Timestamp>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Data>{text}</Data>")
    out.append(f"</{tag}>")


def _write_gateway_connection_status(
    obj: GatewayConnectionStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.local_network_site_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LocalNetworkSiteName>{text}</LocalNetworkSiteName>")
    text = obj.connectivity_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectivityState>{text}</ConnectivityState>")
    if obj.last_event is not None:
        _write_gateway_event(obj.last_event, "LastEvent", out)
    if obj.ingress_bytes_transferred is not None:
        out.append(
            f"<IngressBytesTransferred>{obj.ingress_bytes_transferred:d}</IngressBytesTransferred>"
        )
    if obj.egress_bytes_transferred is not None:
        out.append(
            f"<EgressBytesTransferred>{obj.egress_bytes_transferred:d}</EgressBytesTransferred>"
        )
    if obj.last_connection_established is not None:
        out.append(
            "<LastConnectionEstablished>"
            f"{format_datetime(obj.last_connection_established)}"
            "</LastConnectionEstablished>"
        )
    if obj.allocated_ip_addresses is not None:
        out.append("<AllocatedIPAddresses>")
        for allocated_ip_addresses_item in obj.allocated_ip_addresses:
            if needs_escape(allocated_ip_addresses_item) is not None:
                allocated_ip_addresses_item = escape_text(allocated_ip_addresses_item)
            out.append(f"<string>{allocated_ip_addresses_item}</string>")
        out.append("</AllocatedIPAddresses>")
    out.append(f"</{tag}>")


def _write_gateway_shared_key(
    obj: GatewaySharedKey, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Value>{text}</Value>")
    out.append(f"</{tag}>")


def _write_i_psec_parameters(
    obj: IPsecParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.encryption_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EncryptionType>{text}</EncryptionType>")
    text = obj.pfs_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PfsGroup>{text}</PfsGroup>")
    if obj.sa_data_size_kilobytes is not None:
        out.append(f"<SADataSizeKilobytes>{obj.sa_data_size_kilobytes:d}</SADataSizeKilobytes>")
    if obj.sa_life_time_seconds is not None:
        out.append(f"<SALifeTimeSeconds>{obj.sa_life_time_seconds:d}</SALifeTimeSeconds>")
    text = obj.hash_algorithm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HashAlgorithm>{text}</HashAlgorithm>")
    out.append(f"</{tag}>")


def _write_gateway_public_diagnostics_status(
    obj: GatewayPublicDiagnosticsStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.public_diagnostics_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublicDiagnosticsUrl>{text}</PublicDiagnosticsUrl>")
    out.append(f"</{tag}>")


def _write_gateway_operation(
    obj: GatewayOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ID>{text}</ID>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    text = obj.http_status_code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HttpStatusCode>{text}</HttpStatusCode>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Data>{text}</Data>")
    if obj.error is not None:
        _write_gateway_operation_error(obj.error, "Error", out)
    out.append(f"</{tag}>")


def _write_gateway_operation_error(
    obj: GatewayOperationError, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Code>{text}</Code>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    out.append(f"</{tag}>")


def _write_vpn_device_list(
    obj: VpnDeviceList, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.version is not None:
        out.append(f' version="{escape_attribute(obj.version)}"')
    out.append(">")
    if obj.vendors is not None:
        for vendors_item in obj.vendors:
            _write_vpn_device_vendor(vendors_item, "Vendor", out)
    out.append(f"</{tag}>")


def _write_vpn_device_vendor(
    obj: VpnDeviceVendor, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    if obj.platforms is not None:
        for platforms_item in obj.platforms:
            _write_vpn_device_platform(platforms_item, "Platform", out)
    out.append(f"</{tag}>")


def _write_vpn_device_platform(
    obj: VpnDevicePlatform, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    if obj.os_families is not None:
        for os_families_item in obj.os_families:
            _write_vpn_device_os_family(os_families_item, "OSFamily", out)
    out.append(f"</{tag}>")


def _write_vpn_device_os_family(
    obj: VpnDeviceOSFamily, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    out.append(f"</{tag}>")


def _write_client_root_certificate(
    obj: ClientRootCertificate, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.expiration_time is not None:
        out.append(f"<ExpirationTime>{format_datetime(obj.expiration_time)}</ExpirationTime>")
    text = obj.subject
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Subject>{text}</Subject>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    out.append(f"</{tag}>")


def _write_hosted_service(
    obj: HostedService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Url>{text}</Url>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
    if obj.hosted_service_properties is not None and not is_blank(obj.hosted_service_properties):
        _write_hosted_service_properties(
            obj.hosted_service_properties, "HostedServiceProperties", out
        )
    if obj.deployments:
        out.append("<Deployments>")
        for deployments_item in obj.deployments:
            _write_deployment(deployments_item, "Deployment", out)
        out.append("</Deployments>")
    text = obj.default_win_rm_certificate_thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DefaultWinRmCertificateThumbprint>{text}</DefaultWinRmCertificateThumbprint>")
    if obj.compute_capabilities is not None:
        _write_hosted_service_compute_capabilities(
            obj.compute_capabilities, "ComputeCapabilities", out
        )
    out.append(f"</{tag}>")


def _write_hosted_service_properties(
    obj: HostedServiceProperties, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.date_created is not None:
        out.append(f"<DateCreated>{format_datetime(obj.date_created)}</DateCreated>")
    if obj.date_last_modified is not None:
        out.append(
            f"<DateLastModified>{format_datetime(obj.date_last_modified)}</DateLastModified>"
        )
    if obj.extended_properties:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    text = obj.reverse_dns_fqdn
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReverseDnsFqdn>{text}</ReverseDnsFqdn>")
    out.append(f"</{tag}>")


def _write_hosted_service_compute_capabilities(
    obj: HostedServiceComputeCapabilities, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.virtual_machine_role_sizes is not None:
        out.append("<VirtualMachineRoleSizes>")
        for virtual_machine_role_sizes_item in obj.virtual_machine_role_sizes:
            if needs_escape(virtual_machine_role_sizes_item) is not None:
                virtual_machine_role_sizes_item = escape_text(virtual_machine_role_sizes_item)
            out.append(f"<RoleSize>{virtual_machine_role_sizes_item}</RoleSize>")
        out.append("</VirtualMachineRoleSizes>")
    if obj.web_worker_role_sizes is not None:
        out.append("<WebWorkerRoleSizes>")
        for web_worker_role_sizes_item in obj.web_worker_role_sizes:
            if needs_escape(web_worker_role_sizes_item) is not None:
                web_worker_role_sizes_item = escape_text(web_worker_role_sizes_item)
            out.append(f"<RoleSize>{web_worker_role_sizes_item}</RoleSize>")
        out.append("</WebWorkerRoleSizes>")
    if obj.virtual_machines_role_sizes is not None:
        out.append("<VirtualMachinesRoleSizes>")
        for virtual_machines_role_sizes_item in obj.virtual_machines_role_sizes:
            if needs_escape(virtual_machines_role_sizes_item) is not None:
                virtual_machines_role_sizes_item = escape_text(virtual_machines_role_sizes_item)
            out.append(f"<RoleSize>{virtual_machines_role_sizes_item}</RoleSize>")
        out.append("</VirtualMachinesRoleSizes>")
    out.append(f"</{tag}>")


def _write_availability_response(
    obj: AvailabilityResponse, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.result is not None:
        out.append(f"<Result>{format_bool(obj.result)}</Result>")
    text = obj.reason
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Reason>{text}</Reason>")
    out.append(f"</{tag}>")


def _write_os_image_details(
    obj: OSImageDetails, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Category>{text}</Category>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.logical_size_in_gb is not None:
        out.append(f"<LogicalSizeInGB>{obj.logical_size_in_gb:d}</LogicalSizeInGB>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OS>{text}</OS>")
    text = obj.eula
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Eula>{text}</Eula>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.image_family
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ImageFamily>{text}</ImageFamily>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.is_premium is not None:
        out.append(f"<IsPremium>{format_bool(obj.is_premium)}</IsPremium>")
    text = obj.icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IconUri>{text}</IconUri>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.recommended_vm_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RecommendedVMSize>{text}</RecommendedVMSize>")
    text = obj.publisher_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublisherName>{text}</PublisherName>")
    text = obj.pricing_detail_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PricingDetailLink>{text}</PricingDetailLink>")
    text = obj.small_icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SmallIconUri>{text}</SmallIconUri>")
    text = obj.language
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Language>{text}</Language>")
    text = obj.os_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OSState>{text}</OSState>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    if obj.replication_progress:
        out.append("<ReplicationProgress>")
        for replication_progress_item in obj.replication_progress:
            _write_replication_progress_element(
                replication_progress_item, "ReplicationProgressElement", out
            )
        out.append("</ReplicationProgress>")
    if obj.is_corrupted is not None:
        out.append(f"<IsCorrupted>{format_bool(obj.is_corrupted)}</IsCorrupted>")
    if obj.compute_image_attributes is not None:
        _write_compute_image_attributes(obj.compute_image_attributes, "ComputeImageAttributes", out)
    if obj.marketplace_image_attributes is not None:
        _write_marketplace_image_attributes(
            obj.marketplace_image_attributes, "MarketplaceImageAttributes", out
        )
    out.append(f"</{tag}>")


def _write_replication_progress_element(
    obj: ReplicationProgressElement, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.progress is not None:
        out.append(f"<Progress>{obj.progress:d}</Progress>")
    out.append(f"</{tag}>")


def _write_location(obj: Location, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.display_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DisplayName>{text}</DisplayName>")
    if obj.available_services:
        out.append("<AvailableServices>")
        for available_services_item in obj.available_services:
            if needs_escape(available_services_item) is not None:
                available_services_item = escape_text(available_services_item)
            out.append(f"<AvailableService>{available_services_item}</AvailableService>")
        out.append("</AvailableServices>")
    if obj.compute_capabilities is not None and not is_blank(obj.compute_capabilities):
        _write_compute_capabilities(obj.compute_capabilities, "ComputeCapabilities", out)
    if obj.storage_capabilities is not None:
        _write_storage_capabilities(obj.storage_capabilities, "StorageCapabilities", out)
    out.append(f"</{tag}>")


def _write_storage_capabilities(
    obj: StorageCapabilities, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.storage_account_types is not None:
        out.append("<StorageAccountTypes>")
        for storage_account_types_item in obj.storage_account_types:
            if needs_escape(storage_account_types_item) is not None:
                storage_account_types_item = escape_text(storage_account_types_item)
            out.append(f"<StorageAccountType>{storage_account_types_item}</StorageAccountType>")
        out.append("</StorageAccountTypes>")
    out.append(f"</{tag}>")


def _write_compute_capabilities(
    obj: ComputeCapabilities, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.web_worker_role_sizes:
        out.append("<WebWorkerRoleSizes>")
        for web_worker_role_sizes_item in obj.web_worker_role_sizes:
            if needs_escape(web_worker_role_sizes_item) is not None:
                web_worker_role_sizes_item = escape_text(web_worker_role_sizes_item)
            out.append(f"<RoleSize>{web_worker_role_sizes_item}</RoleSize>")
        out.append("</WebWorkerRoleSizes>")
    if obj.virtual_machines_role_sizes:
        out.append("<VirtualMachinesRoleSizes>")
        for virtual_machines_role_sizes_item in obj.virtual_machines_role_sizes:
            if needs_escape(virtual_machines_role_sizes_item) is not None:
                virtual_machines_role_sizes_item = escape_text(virtual_machines_role_sizes_item)
            out.append(f"<RoleSize>{virtual_machines_role_sizes_item}</RoleSize>")
        out.append("</VirtualMachinesRoleSizes>")
    out.append(f"</{tag}>")


def _write_migration_validation_message(
    obj: MigrationValidationMessage, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.resource_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceType>{text}</ResourceType>")
    text = obj.resource_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceName>{text}</ResourceName>")
    text = obj.category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Category>{text}</Category>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    text = obj.virtual_machine_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualMachine>{text}</VirtualMachine>")
    out.append(f"</{tag}>")


def _write_ip_forwarding(obj: IPForwarding, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    out.append(f"</{tag}>")


def _write_address_availability(
    obj: AddressAvailability, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.is_available is not None:
        out.append(f"<IsAvailable>{format_bool(obj.is_available)}</IsAvailable>")
    if obj.available_addresses is not None:
        out.append("<AvailableAddresses>")
        for available_addresses_item in obj.available_addresses:
            if needs_escape(available_addresses_item) is not None:
                available_addresses_item = escape_text(available_addresses_item)
            out.append(f"<AvailableAddress>{available_addresses_item}</AvailableAddress>")
        out.append("</AvailableAddresses>")
    out.append(f"</{tag}>")


def _write_network_migration_validation_message(
    obj: NetworkMigrationValidationMessage, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.resource_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceType>{text}</ResourceType>")
    text = obj.resource_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceName>{text}</ResourceName>")
    text = obj.category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Category>{text}</Category>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    text = obj.virtual_machine_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualMachine>{text}</VirtualMachine>")
    out.append(f"</{tag}>")


def _write_network_security_group(
    obj: NetworkSecurityGroup, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.rules is not None:
        out.append("<Rules>")
        for rules_item in obj.rules:
            _write_network_security_rule(rules_item, "Rule", out)
        out.append("</Rules>")
    out.append(f"</{tag}>")


def _write_network_security_rule(
    obj: NetworkSecurityRule, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    if obj.priority is not None:
        out.append(f"<Priority>{obj.priority:d}</Priority>")
    text = obj.action
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Action>{text}</Action>")
    text = obj.source_address_prefix
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceAddressPrefix>{text}</SourceAddressPrefix>")
    text = obj.source_port_range
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourcePortRange>{text}</SourcePortRange>")
    text = obj.destination_address_prefix
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DestinationAddressPrefix>{text}</DestinationAddressPrefix>")
    text = obj.destination_port_range
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DestinationPortRange>{text}</DestinationPortRange>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    if obj.is_default is not None:
        out.append(f"<IsDefault>{format_bool(obj.is_default)}</IsDefault>")
    out.append(f"</{tag}>")


def _write_network_security_group_association(
    obj: NetworkSecurityGroupAssociation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.network_security_group_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    out.append(f"</{tag}>")


def _write_reserved_ip(obj: ReservedIP, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Address>{text}</Address>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    if obj.in_use is not None:
        out.append(f"<InUse>{format_bool(obj.in_use)}</InUse>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
    text = obj.deployment_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentName>{text}</DeploymentName>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    text = obj.virtual_ip_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualIPName>{text}</VirtualIPName>")
    out.append(f"</{tag}>")


def _write_virtual_network_site(
    obj: VirtualNetworkSite, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    if obj.address_space is not None:
        out.append("<AddressSpace>")
        if obj.address_space is not None:
            out.append("<AddressPrefixes>")
            for address_space_item in obj.address_space:
                if needs_escape(address_space_item) is not None:
                    address_space_item = escape_text(address_space_item)
                out.append(f"<AddressPrefix>{address_space_item}</AddressPrefix>")
            out.append("</AddressPrefixes>")
        out.append("</AddressSpace>")
    if obj.subnets:
        out.append("<Subnets>")
        for subnets_item in obj.subnets:
            _write_subnet(subnets_item, "Subnet", out)
        out.append("</Subnets>")
    if obj.dns_servers is not None:
        out.append("<DnsServers>")
        for dns_servers_item in obj.dns_servers:
            _write_dns_server(dns_servers_item, "DnsServer", out)
        out.append("</DnsServers>")
    if obj.gateway is not None:
        _write_virtual_network_gateway(obj.gateway, "Gateway", out)
    if obj.in_use is not None:
        out.append(f"<InUse>{format_bool(obj.in_use)}</InUse>")
    text = obj.migration_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MigrationState>{text}</MigrationState>")
    out.append(f"</{tag}>")


def _write_subnet(obj: Subnet, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.address_prefix
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AddressPrefix>{text}</AddressPrefix>")
    text = obj.network_security_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<NetworkSecurityGroup>{text}</NetworkSecurityGroup>")
    out.append(f"</{tag}>")


def _write_virtual_network_gateway(
    obj: VirtualNetworkGateway, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.profile
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Profile>{text}</Profile>")
    if obj.sites is not None:
        out.append("<Sites>")
        for sites_item in obj.sites:
            _write_gateway_local_network_site(sites_item, "LocalNetworkSite", out)
        out.append("</Sites>")
    if obj.vpn_client_address_pool is not None:
        out.append("<VPNClientAddressPool>")
        if obj.vpn_client_address_pool is not None:
            out.append("<AddressPrefixes>")
            for vpn_client_address_pool_item in obj.vpn_client_address_pool:
                if needs_escape(vpn_client_address_pool_item) is not None:
                    vpn_client_address_pool_item = escape_text(vpn_client_address_pool_item)
                out.append(f"<AddressPrefix>{vpn_client_address_pool_item}</AddressPrefix>")
            out.append("</AddressPrefixes>")
        out.append("</VPNClientAddressPool>")
    out.append(f"</{tag}>")


def _write_gateway_local_network_site(
    obj: GatewayLocalNetworkSite, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.address_space is not None:
        out.append("<AddressSpace>")
        if obj.address_space is not None:
            out.append("<AddressPrefixes>")
            for address_space_item in obj.address_space:
                if needs_escape(address_space_item) is not None:
                    address_space_item = escape_text(address_space_item)
                out.append(f"<AddressPrefix>{address_space_item}</AddressPrefix>")
            out.append("</AddressPrefixes>")
        out.append("</AddressSpace>")
    text = obj.vpn_gateway_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VpnGatewayAddress>{text}</VpnGatewayAddress>")
    if obj.connections is not None:
        out.append("<Connections>")
        for connections_item in obj.connections:
            _write_gateway_connection(connections_item, "Connection", out)
        out.append("</Connections>")
    out.append(f"</{tag}>")


def _write_gateway_connection(
    obj: GatewayConnection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    out.append(f"</{tag}>")


def _write_network_configuration(
    obj: NetworkConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if (
        obj.dns_servers is not None
        or obj.local_network_sites is not None
        or obj.virtual_network_sites is not None
    ):
        out.append("<VirtualNetworkConfiguration>")
        if obj.dns_servers is not None:
            out.append("<Dns>")
            if obj.dns_servers is not None:
                out.append("<DnsServers>")
                for dns_servers_item in obj.dns_servers:
                    _write_network_dns_server(dns_servers_item, "DnsServer", out)
                out.append("</DnsServers>")
            out.append("</Dns>")
        if obj.local_network_sites is not None:
            out.append("<LocalNetworkSites>")
            for local_network_sites_item in obj.local_network_sites:
                _write_local_network_site(local_network_sites_item, "LocalNetworkSite", out)
            out.append("</LocalNetworkSites>")
        if obj.virtual_network_sites is not None:
            out.append("<VirtualNetworkSites>")
            for virtual_network_sites_item in obj.virtual_network_sites:
                _write_virtual_network_site_configuration(
                    virtual_network_sites_item, "VirtualNetworkSite", out
                )
            out.append("</VirtualNetworkSites>")
        out.append("</VirtualNetworkConfiguration>")
    out.append(f"</{tag}>")


def _write_network_dns_server(
    obj: NetworkDnsServer, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    if obj.ip_address is not None:
        out.append(f' IPAddress="{escape_attribute(obj.ip_address)}"')
    out.append(">")
    out.append(f"</{tag}>")


def _write_local_network_site(
    obj: LocalNetworkSite, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    if obj.address_space is not None:
        out.append("<AddressSpace>")
        for address_space_item in obj.address_space:
            if needs_escape(address_space_item) is not None:
                address_space_item = escape_text(address_space_item)
            out.append(f"<AddressPrefix>{address_space_item}</AddressPrefix>")
        out.append("</AddressSpace>")
    text = obj.vpn_gateway_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VPNGatewayAddress>{text}</VPNGatewayAddress>")
    out.append(f"</{tag}>")


def _write_virtual_network_site_configuration(
    obj: VirtualNetworkSiteConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    if obj.location is not None:
        out.append(f' Location="{escape_attribute(obj.location)}"')
    if obj.affinity_group is not None:
        out.append(f' AffinityGroup="{escape_attribute(obj.affinity_group)}"')
    out.append(">")
    if obj.address_space is not None:
        out.append("<AddressSpace>")
        for address_space_item in obj.address_space:
            if needs_escape(address_space_item) is not None:
                address_space_item = escape_text(address_space_item)
            out.append(f"<AddressPrefix>{address_space_item}</AddressPrefix>")
        out.append("</AddressSpace>")
    if obj.subnets is not None:
        out.append("<Subnets>")
        for subnets_item in obj.subnets:
            _write_subnet_configuration(subnets_item, "Subnet", out)
        out.append("</Subnets>")
    if obj.dns_servers_ref is not None:
        out.append("<DnsServersRef>")
        for dns_servers_ref_item in obj.dns_servers_ref:
            _write_dns_server_ref(dns_servers_ref_item, "DnsServerRef", out)
        out.append("</DnsServersRef>")
    if obj.gateway is not None:
        _write_network_gateway(obj.gateway, "Gateway", out)
    out.append(f"</{tag}>")


def _write_subnet_configuration(
    obj: SubnetConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    text = obj.address_prefix
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AddressPrefix>{text}</AddressPrefix>")
    out.append(f"</{tag}>")


def _write_dns_server_ref(
    obj: DnsServerRef, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    out.append(f"</{tag}>")


def _write_network_gateway(
    obj: NetworkGateway, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.profile is not None:
        out.append(f' profile="{escape_attribute(obj.profile)}"')
    out.append(">")
    if obj.vpn_client_address_pool is not None:
        out.append("<VPNClientAddressPool>")
        for vpn_client_address_pool_item in obj.vpn_client_address_pool:
            if needs_escape(vpn_client_address_pool_item) is not None:
                vpn_client_address_pool_item = escape_text(vpn_client_address_pool_item)
            out.append(f"<AddressPrefix>{vpn_client_address_pool_item}</AddressPrefix>")
        out.append("</VPNClientAddressPool>")
    if obj.connections_to_local_network is not None:
        out.append("<ConnectionsToLocalNetwork>")
        for connections_to_local_network_item in obj.connections_to_local_network:
            _write_local_network_site_ref(
                connections_to_local_network_item, "LocalNetworkSiteRef", out
            )
        out.append("</ConnectionsToLocalNetwork>")
    out.append(f"</{tag}>")


def _write_local_network_site_ref(
    obj: LocalNetworkSiteRef, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    out.append(">")
    if obj.connection is not None:
        _write_local_network_connection(obj.connection, "Connection", out)
    out.append(f"</{tag}>")


def _write_local_network_connection(
    obj: LocalNetworkConnection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    out.append(f"</{tag}>")


def _write_operating_system(
    obj: OperatingSystem, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.is_default is not None:
        out.append(f"<IsDefault>{format_bool(obj.is_default)}</IsDefault>")
    if obj.is_active is not None:
        out.append(f"<IsActive>{format_bool(obj.is_active)}</IsActive>")
    if obj.family is not None:
        out.append(f"<Family>{obj.family:d}</Family>")
    if obj.family_label is not None:
        out.append(f"<FamilyLabel>{format_base64text(obj.family_label)}</FamilyLabel>")
    out.append(f"</{tag}>")


def _write_operating_system_family(
    obj: OperatingSystemFamily, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.operating_systems:
        out.append("<OperatingSystems>")
        for operating_systems_item in obj.operating_systems:
            _write_operating_system(operating_systems_item, "OperatingSystem", out)
        out.append("</OperatingSystems>")
    out.append(f"</{tag}>")


def _write_os_image(obj: OSImage, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Category>{text}</Category>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.logical_size_in_gb is not None:
        out.append(f"<LogicalSizeInGB>{obj.logical_size_in_gb:d}</LogicalSizeInGB>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OS>{text}</OS>")
    text = obj.eula
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Eula>{text}</Eula>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.image_family
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ImageFamily>{text}</ImageFamily>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.is_premium is not None:
        out.append(f"<IsPremium>{format_bool(obj.is_premium)}</IsPremium>")
    text = obj.icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IconUri>{text}</IconUri>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.recommended_vm_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RecommendedVMSize>{text}</RecommendedVMSize>")
    text = obj.publisher_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublisherName>{text}</PublisherName>")
    text = obj.pricing_detail_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PricingDetailLink>{text}</PricingDetailLink>")
    text = obj.small_icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SmallIconUri>{text}</SmallIconUri>")
    text = obj.language
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Language>{text}</Language>")
    text = obj.os_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OSState>{text}</OSState>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    out.append(f"</{tag}>")


def _write_resource_extension(
    obj: ResourceExtension, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.publisher
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Publisher>{text}</Publisher>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.public_configuration_schema
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublicConfigurationSchema>{text}</PublicConfigurationSchema>")
    text = obj.private_configuration_schema
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivateConfigurationSchema>{text}</PrivateConfigurationSchema>")
    text = obj.sample_config
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SampleConfig>{text}</SampleConfig>")
    if obj.replication_completed is not None:
        out.append(
            f"<ReplicationCompleted>{format_bool(obj.replication_completed)}</ReplicationCompleted>"
        )
    text = obj.eula
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Eula>{text}</Eula>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.homepage_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HomepageUri>{text}</HomepageUri>")
    if obj.is_json_extension is not None:
        out.append(f"<IsJsonExtension>{format_bool(obj.is_json_extension)}</IsJsonExtension>")
    if obj.is_internal_extension is not None:
        out.append(
            f"<IsInternalExtension>{format_bool(obj.is_internal_extension)}</IsInternalExtension>"
        )
    if obj.disallow_major_version_upgrade is not None:
        out.append(
            "<DisallowMajorVersionUpgrade>"
            f"{format_bool(obj.disallow_major_version_upgrade)}"
            "</DisallowMajorVersionUpgrade>"
        )
    text = obj.company_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CompanyName>{text}</CompanyName>")
    text = obj.supported_os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SupportedOS>{text}</SupportedOS>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    text = obj.regions
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Regions>{text}</Regions>")
    out.append(f"</{tag}>")


def _write_role_size(obj: RoleSize, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    if obj.cores is not None:
        out.append(f"<Cores>{obj.cores:d}</Cores>")
    if obj.memory_in_mb is not None:
        out.append(f"<MemoryInMb>{obj.memory_in_mb:d}</MemoryInMb>")
    if obj.supported_by_web_worker_roles is not None:
        out.append(
            "<SupportedByWebWorkerRoles>"
            f"{format_bool(obj.supported_by_web_worker_roles)}"
            "</SupportedByWebWorkerRoles>"
        )
    if obj.supported_by_virtual_machines is not None:
        out.append(
            "<SupportedByVirtualMachines>"
            f"{format_bool(obj.supported_by_virtual_machines)}"
            "</SupportedByVirtualMachines>"
        )
    if obj.max_data_disk_count is not None:
        out.append(f"<MaxDataDiskCount>{obj.max_data_disk_count:d}</MaxDataDiskCount>")
    if obj.web_worker_resource_disk_size_in_mb is not None:
        out.append(
            "<WebWorkerResourceDiskSizeInMb>"
            f"{obj.web_worker_resource_disk_size_in_mb:d}"
            "</WebWorkerResourceDiskSizeInMb>"
        )
    if obj.virtual_machine_resource_disk_size_in_mb is not None:
        out.append(
            "<VirtualMachineResourceDiskSizeInMb>"
            f"{obj.virtual_machine_resource_disk_size_in_mb:d}"
            "</VirtualMachineResourceDiskSizeInMb>"
        )
    out.append(f"</{tag}>")


def _write_role(obj: Role, tag: str, out: list[str], attributes: str = "") -> None:
    if isinstance(obj, PersistentVMRole):
        _write_persistent_vm_role(obj, tag, out, attributes)
    else:
        raise TypeError(f"not a Role: {type(obj).__name__}")


def _write_persistent_vm_role(
    obj: PersistentVMRole, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f'<{tag}{attributes} i:type="PersistentVMRole">')
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.os_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OsVersion>{text}</OsVersion>")
    text = obj.role_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleType>{text}</RoleType>")
    text = obj.license_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LicenseType>{text}</LicenseType>")
    if obj.configuration_sets:
        out.append("<ConfigurationSets>")
        for configuration_sets_item in obj.configuration_sets:
            _write_any_configuration_set(configuration_sets_item, "ConfigurationSet", out)
        out.append("</ConfigurationSets>")
    if obj.resource_extension_references:
        out.append("<ResourceExtensionReferences>")
        for resource_extension_references_item in obj.resource_extension_references:
            _write_resource_extension_reference(
                resource_extension_references_item, "ResourceExtensionReference", out
            )
        out.append("</ResourceExtensionReferences>")
    text = obj.vm_image_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VMImageName>{text}</VMImageName>")
    text = obj.media_location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLocation>{text}</MediaLocation>")
    text = obj.availability_set_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AvailabilitySetName>{text}</AvailabilitySetName>")
    if obj.data_virtual_hard_disks:
        out.append("<DataVirtualHardDisks>")
        for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
            _write_data_virtual_hard_disk(data_virtual_hard_disks_item, "DataVirtualHardDisk", out)
        out.append("</DataVirtualHardDisks>")
    if obj.os_virtual_hard_disk is not None and not is_blank(obj.os_virtual_hard_disk):
        _write_os_virtual_hard_disk(obj.os_virtual_hard_disk, "OSVirtualHardDisk", out)
    text = obj.role_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleSize>{text}</RoleSize>")
    if obj.provision_guest_agent is not None:
        out.append(
            f"<ProvisionGuestAgent>{format_bool(obj.provision_guest_agent)}</ProvisionGuestAgent>"
        )
    text = obj.default_win_rm_certificate_thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DefaultWinRmCertificateThumbprint>{text}</DefaultWinRmCertificateThumbprint>")
    text = obj.migration_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MigrationState>{text}</MigrationState>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    if obj.vm_image_input is not None:
        _write_vm_image_input(obj.vm_image_input, "VMImageInput", out)
    if obj.debug_settings is not None:
        _write_debug_settings(obj.debug_settings, "DebugSettings", out)
    out.append(f"</{tag}>")


def _write_any_configuration_set(
    obj: AnyConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    if isinstance(obj, LinuxConfigurationSet):
        _write_linux_configuration_set(obj, tag, out, attributes)
    elif isinstance(obj, WindowsConfigurationSet):
        _write_windows_configuration_set(obj, tag, out, attributes)
    elif isinstance(obj, NetworkConfigurationSet):
        _write_network_configuration_set(obj, tag, out, attributes)
    elif isinstance(obj, ConfigurationSet):
        # Validators have checked the kind fits here; written as the set it names.
        _write_any_configuration_set(obj.specialize(), tag, out, attributes)
    else:
        raise TypeError(f"not a AnyConfigurationSet: {type(obj).__name__}")


def _write_configuration_set(
    obj: ConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.configuration_set_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConfigurationSetType>{text}</ConfigurationSetType>")
    text = obj.role_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleType>{text}</RoleType>")
    if obj.input_endpoints:
        out.append("<InputEndpoints>")
        for input_endpoints_item in obj.input_endpoints:
            _write_configuration_set_input_endpoint(input_endpoints_item, "InputEndpoint", out)
        out.append("</InputEndpoints>")
    if obj.subnet_names:
        out.append("<SubnetNames>")
        for subnet_names_item in obj.subnet_names:
            if needs_escape(subnet_names_item) is not None:
                subnet_names_item = escape_text(subnet_names_item)
            out.append(f"<SubnetName>{subnet_names_item}</SubnetName>")
        out.append("</SubnetNames>")
    if obj.public_ips:
        out.append("<PublicIPs>")
        for public_ips_item in obj.public_ips:
            _write_public_ip(public_ips_item, "PublicIP", out)
        out.append("</PublicIPs>")
    text = obj.static_virtual_network_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StaticVirtualNetworkIPAddress>{text}</StaticVirtualNetworkIPAddress>")
    out.append(f"</{tag}>")


def _write_linux_configuration_set(
    obj: LinuxConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<ConfigurationSetType>LinuxProvisioningConfiguration</ConfigurationSetType>")
    text = obj.host_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostName>{text}</HostName>")
    text = obj.user_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UserName>{text}</UserName>")
    text = obj.user_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UserPassword>{text}</UserPassword>")
    if obj.disable_ssh_password_authentication is not None:
        out.append(
            "<DisableSshPasswordAuthentication>"
            f"{format_bool(obj.disable_ssh_password_authentication)}"
            "</DisableSshPasswordAuthentication>"
        )
    if obj.ssh is not None and not is_blank(obj.ssh):
        _write_ssh(obj.ssh, "SSH", out)
    if obj.custom_data is not None:
        out.append(f"<CustomData>{format_base64text(obj.custom_data)}</CustomData>")
    out.append(f"</{tag}>")


def _write_ssh(obj: SSH, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.public_keys:
        out.append("<PublicKeys>")
        for public_keys_item in obj.public_keys:
            _write_public_key(public_keys_item, "PublicKey", out)
        out.append("</PublicKeys>")
    if obj.key_pairs:
        out.append("<KeyPairs>")
        for key_pairs_item in obj.key_pairs:
            _write_key_pair(key_pairs_item, "KeyPair", out)
        out.append("</KeyPairs>")
    out.append(f"</{tag}>")


def _write_public_key(obj: PublicKey, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.fingerprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Fingerprint>{text}</Fingerprint>")
    text = obj.path
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Path>{text}</Path>")
    out.append(f"</{tag}>")


def _write_key_pair(obj: KeyPair, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.fingerprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Fingerprint>{text}</Fingerprint>")
    text = obj.path
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Path>{text}</Path>")
    out.append(f"</{tag}>")


def _write_windows_configuration_set(
    obj: WindowsConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<ConfigurationSetType>WindowsProvisioningConfiguration</ConfigurationSetType>")
    text = obj.computer_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComputerName>{text}</ComputerName>")
    text = obj.admin_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdminPassword>{text}</AdminPassword>")
    if obj.reset_password_on_first_logon is not None:
        out.append(
            "<ResetPasswordOnFirstLogon>"
            f"{format_bool(obj.reset_password_on_first_logon)}"
            "</ResetPasswordOnFirstLogon>"
        )
    if obj.enable_automatic_updates is not None:
        out.append(
            "<EnableAutomaticUpdates>"
            f"{format_bool(obj.enable_automatic_updates)}"
            "</EnableAutomaticUpdates>"
        )
    text = obj.time_zone
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TimeZone>{text}</TimeZone>")
    if obj.domain_join is not None and not is_blank(obj.domain_join):
        _write_domain_join(obj.domain_join, "DomainJoin", out)
    if obj.stored_certificate_settings:
        out.append("<StoredCertificateSettings>")
        for stored_certificate_settings_item in obj.stored_certificate_settings:
            _write_certificate_setting(stored_certificate_settings_item, "CertificateSetting", out)
        out.append("</StoredCertificateSettings>")
    if obj.win_rm is not None and not is_blank(obj.win_rm):
        _write_win_rm(obj.win_rm, "WinRM", out)
    text = obj.admin_username
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdminUsername>{text}</AdminUsername>")
    if obj.custom_data is not None:
        out.append(f"<CustomData>{format_base64text(obj.custom_data)}</CustomData>")
    if obj.additional_unattend_content is not None and not is_blank(
        obj.additional_unattend_content
    ):
        _write_additional_unattend_content(
            obj.additional_unattend_content, "AdditionalUnattendContent", out
        )
    out.append(f"</{tag}>")


def _write_domain_join(obj: DomainJoin, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.credentials is not None and not is_blank(obj.credentials):
        _write_credentials(obj.credentials, "Credentials", out)
    text = obj.join_domain
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<JoinDomain>{text}</JoinDomain>")
    text = obj.machine_object_ou
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MachineObjectOU>{text}</MachineObjectOU>")
    if obj.provisioning is not None and not is_blank(obj.provisioning):
        _write_domain_join_provisioning(obj.provisioning, "Provisioning", out)
    out.append(f"</{tag}>")


def _write_domain_join_provisioning(
    obj: DomainJoinProvisioning, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.account_data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AccountData>{text}</AccountData>")
    out.append(f"</{tag}>")


def _write_credentials(obj: Credentials, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.domain
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Domain>{text}</Domain>")
    text = obj.username
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Username>{text}</Username>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
    out.append(f"</{tag}>")


def _write_certificate_setting(
    obj: CertificateSetting, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.store_location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StoreLocation>{text}</StoreLocation>")
    text = obj.store_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StoreName>{text}</StoreName>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    out.append(f"</{tag}>")


def _write_win_rm(obj: WinRM, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.listeners:
        out.append("<Listeners>")
        for listeners_item in obj.listeners:
            _write_listener(listeners_item, "Listener", out)
        out.append("</Listeners>")
    out.append(f"</{tag}>")


def _write_listener(obj: Listener, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.certificate_thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CertificateThumbprint>{text}</CertificateThumbprint>")
    out.append(f"</{tag}>")


def _write_additional_unattend_content(
    obj: AdditionalUnattendContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.passes:
        out.append("<Passes>")
        for passes_item in obj.passes:
            _write_unattend_pass(passes_item, "UnattendPass", out)
        out.append("</Passes>")
    out.append(f"</{tag}>")


def _write_unattend_pass(obj: UnattendPass, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.pass_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PassName>{text}</PassName>")
    if obj.components:
        out.append("<Components>")
        for components_item in obj.components:
            _write_unattend_component(components_item, "UnattendComponent", out)
        out.append("</Components>")
    out.append(f"</{tag}>")


def _write_unattend_component(
    obj: UnattendComponent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.component_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComponentName>{text}</ComponentName>")
    if obj.component_settings:
        out.append("<ComponentSettings>")
        for component_settings_item in obj.component_settings:
            _write_component_setting(component_settings_item, "ComponentSetting", out)
        out.append("</ComponentSettings>")
    out.append(f"</{tag}>")


def _write_component_setting(
    obj: ComponentSetting, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.setting_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SettingName>{text}</SettingName>")
    text = obj.content
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Content>{text}</Content>")
    out.append(f"</{tag}>")


def _write_network_configuration_set(
    obj: NetworkConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<ConfigurationSetType>NetworkConfiguration</ConfigurationSetType>")
    if obj.input_endpoints:
        out.append("<InputEndpoints>")
        for input_endpoints_item in obj.input_endpoints:
            _write_configuration_set_input_endpoint(input_endpoints_item, "InputEndpoint", out)
        out.append("</InputEndpoints>")
    if obj.subnet_names is not None:
        out.append("<SubnetNames>")
        for subnet_names_item in obj.subnet_names:
            if needs_escape(subnet_names_item) is not None:
                subnet_names_item = escape_text(subnet_names_item)
            out.append(f"<SubnetName>{subnet_names_item}</SubnetName>")
        out.append("</SubnetNames>")
    text = obj.static_virtual_network_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StaticVirtualNetworkIPAddress>{text}</StaticVirtualNetworkIPAddress>")
    text = obj.network_security_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<NetworkSecurityGroup>{text}</NetworkSecurityGroup>")
    if obj.public_ips is not None:
        out.append("<PublicIPs>")
        for public_ips_item in obj.public_ips:
            _write_public_ip(public_ips_item, "PublicIP", out)
        out.append("</PublicIPs>")
    if obj.network_interfaces is not None:
        out.append("<NetworkInterfaces>")
        for network_interfaces_item in obj.network_interfaces:
            _write_network_interface(network_interfaces_item, "NetworkInterface", out)
        out.append("</NetworkInterfaces>")
    text = obj.ip_forwarding
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IPForwarding>{text}</IPForwarding>")
    out.append(f"</{tag}>")


def _write_configuration_set_input_endpoint(
    obj: ConfigurationSetInputEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.load_balanced_endpoint_set_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LoadBalancedEndpointSetName>{text}</LoadBalancedEndpointSetName>")
    if obj.local_port is not None:
        out.append(f"<LocalPort>{obj.local_port:d}</LocalPort>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    if obj.load_balancer_probe is not None and not is_blank(obj.load_balancer_probe):
        _write_load_balancer_probe(obj.load_balancer_probe, "LoadBalancerProbe", out)
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.vip
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Vip>{text}</Vip>")
    if obj.enable_direct_server_return is not None:
        out.append(
            "<EnableDirectServerReturn>"
            f"{format_bool(obj.enable_direct_server_return)}"
            "</EnableDirectServerReturn>"
        )
    if obj.endpoint_acl is not None:
        _write_endpoint_acl(obj.endpoint_acl, "EndpointACL", out)
    text = obj.load_balancer_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LoadBalancerName>{text}</LoadBalancerName>")
    if obj.idle_timeout_in_minutes is not None:
        out.append(f"<IdleTimeoutInMinutes>{obj.idle_timeout_in_minutes:d}</IdleTimeoutInMinutes>")
    text = obj.load_balancer_distribution
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LoadBalancerDistribution>{text}</LoadBalancerDistribution>")
    text = obj.virtual_ip_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualIPName>{text}</VirtualIPName>")
    out.append(f"</{tag}>")


def _write_load_balancer_probe(
    obj: LoadBalancerProbe, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.path
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Path>{text}</Path>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    if obj.interval_in_seconds is not None:
        out.append(f"<IntervalInSeconds>{obj.interval_in_seconds:d}</IntervalInSeconds>")
    if obj.timeout_in_seconds is not None:
        out.append(f"<TimeoutInSeconds>{obj.timeout_in_seconds:d}</TimeoutInSeconds>")
    out.append(f"</{tag}>")


def _write_endpoint_acl(obj: EndpointAcl, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.rules is not None:
        out.append("<Rules>")
        for rules_item in obj.rules:
            _write_acl_rule(rules_item, "Rule", out)
        out.append("</Rules>")
    out.append(f"</{tag}>")


def _write_acl_rule(obj: AclRule, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.order is not None:
        out.append(f"<Order>{obj.order:d}</Order>")
    text = obj.action
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Action>{text}</Action>")
    text = obj.remote_subnet
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RemoteSubnet>{text}</RemoteSubnet>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    out.append(f"</{tag}>")


def _write_public_ip(obj: PublicIP, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Address>{text}</Address>")
    if obj.idle_timeout_in_minutes is not None:
        out.append(f"<IdleTimeoutInMinutes>{obj.idle_timeout_in_minutes:d}</IdleTimeoutInMinutes>")
    text = obj.domain_name_label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DomainNameLabel>{text}</DomainNameLabel>")
    if obj.fqdns is not None:
        out.append("<Fqdns>")
        for fqdns_item in obj.fqdns:
            if needs_escape(fqdns_item) is not None:
                fqdns_item = escape_text(fqdns_item)
            out.append(f"<Fqdn>{fqdns_item}</Fqdn>")
        out.append("</Fqdns>")
    out.append(f"</{tag}>")


def _write_network_interface(
    obj: NetworkInterface, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.ip_configurations is not None:
        out.append("<IPConfigurations>")
        for ip_configurations_item in obj.ip_configurations:
            _write_network_interface_ip_configuration(
                ip_configurations_item, "IPConfiguration", out
            )
        out.append("</IPConfigurations>")
    text = obj.network_security_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<NetworkSecurityGroup>{text}</NetworkSecurityGroup>")
    text = obj.ip_forwarding
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IPForwarding>{text}</IPForwarding>")
    out.append(f"</{tag}>")


def _write_network_interface_ip_configuration(
    obj: NetworkInterfaceIPConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.subnet_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubnetName>{text}</SubnetName>")
    text = obj.static_virtual_network_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StaticVirtualNetworkIPAddress>{text}</StaticVirtualNetworkIPAddress>")
    out.append(f"</{tag}>")


def _write_os_virtual_hard_disk(
    obj: OSVirtualHardDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.host_caching
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostCaching>{text}</HostCaching>")
    text = obj.disk_label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DiskLabel>{text}</DiskLabel>")
    text = obj.disk_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DiskName>{text}</DiskName>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    text = obj.source_image_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceImageName>{text}</SourceImageName>")
    text = obj.os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OS>{text}</OS>")
    text = obj.remote_source_image_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RemoteSourceImageLink>{text}</RemoteSourceImageLink>")
    if obj.resized_size_in_gb is not None:
        out.append(f"<ResizedSizeInGB>{obj.resized_size_in_gb:d}</ResizedSizeInGB>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    out.append(f"</{tag}>")


def _write_data_virtual_hard_disk(
    obj: DataVirtualHardDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.host_caching
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostCaching>{text}</HostCaching>")
    text = obj.disk_label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DiskLabel>{text}</DiskLabel>")
    text = obj.disk_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DiskName>{text}</DiskName>")
    if obj.lun is not None:
        out.append(f"<Lun>{obj.lun:d}</Lun>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    text = obj.source_media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceMediaLink>{text}</SourceMediaLink>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    out.append(f"</{tag}>")


def _write_resource_extension_reference(
    obj: ResourceExtensionReference, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.reference_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReferenceName>{text}</ReferenceName>")
    text = obj.publisher
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Publisher>{text}</Publisher>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    if obj.resource_extension_parameter_values:
        out.append("<ResourceExtensionParameterValues>")
        for resource_extension_parameter_values_item in obj.resource_extension_parameter_values:
            _write_resource_extension_parameter_value(
                resource_extension_parameter_values_item, "ResourceExtensionParameterValue", out
            )
        out.append("</ResourceExtensionParameterValues>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    if obj.force_update is not None:
        out.append(f"<ForceUpdate>{format_bool(obj.force_update)}</ForceUpdate>")
    if obj.certificates:
        out.append("<Certificates>")
        for certificates_item in obj.certificates:
            _write_resource_extension_certificate(certificates_item, "Certificate", out)
        out.append("</Certificates>")
    out.append(f"</{tag}>")


def _write_resource_extension_parameter_value(
    obj: ResourceExtensionParameterValue, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Key>{text}</Key>")
    text = obj.value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Value>{text}</Value>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    out.append(f"</{tag}>")


def _write_resource_extension_certificate(
    obj: ResourceExtensionCertificate, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    text = obj.thumbprint_algorithm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ThumbprintAlgorithm>{text}</ThumbprintAlgorithm>")
    out.append(f"</{tag}>")


def _write_vm_image_input(
    obj: VMImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.os_disk_configuration is not None:
        _write_vm_image_input_os_disk(obj.os_disk_configuration, "OSDiskConfiguration", out)
    if obj.data_disk_configurations is not None:
        out.append("<DataDiskConfigurations>")
        for data_disk_configurations_item in obj.data_disk_configurations:
            _write_vm_image_input_data_disk(
                data_disk_configurations_item, "DataDiskConfiguration", out
            )
        out.append("</DataDiskConfigurations>")
    out.append(f"</{tag}>")


def _write_vm_image_input_os_disk(
    obj: VMImageInputOSDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.resized_size_in_gb is not None:
        out.append(f"<ResizedSizeInGB>{obj.resized_size_in_gb:d}</ResizedSizeInGB>")
    out.append(f"</{tag}>")


def _write_vm_image_input_data_disk(
    obj: VMImageInputDataDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.resized_size_in_gb is not None:
        out.append(f"<ResizedSizeInGB>{obj.resized_size_in_gb:d}</ResizedSizeInGB>")
    out.append(f"</{tag}>")


def _write_debug_settings(
    obj: DebugSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.boot_diagnostics_enabled is not None:
        out.append(
            "<BootDiagnosticsEnabled>"
            f"{format_bool(obj.boot_diagnostics_enabled)}"
            "</BootDiagnosticsEnabled>"
        )
    text = obj.console_screenshot_blob_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConsoleScreenshotBlobUri>{text}</ConsoleScreenshotBlobUri>")
    text = obj.serial_output_blob_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SerialOutputBlobUri>{text}</SerialOutputBlobUri>")
    out.append(f"</{tag}>")


def _write_route_table(obj: RouteTable, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    text = obj.route_table_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RouteTableState>{text}</RouteTableState>")
    if obj.route_list is not None:
        out.append("<RouteList>")
        for route_list_item in obj.route_list:
            _write_route(route_list_item, "Route", out)
        out.append("</RouteList>")
    out.append(f"</{tag}>")


def _write_route(obj: Route, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.address_prefix
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AddressPrefix>{text}</AddressPrefix>")
    if obj.next_hop_type is not None or obj.next_hop_ip_address is not None:
        out.append("<NextHopType>")
        text = obj.next_hop_type
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<Type>{text}</Type>")
        text = obj.next_hop_ip_address
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<IpAddress>{text}</IpAddress>")
        out.append("</NextHopType>")
    if obj.metric is not None:
        out.append(f"<Metric>{obj.metric:d}</Metric>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RouteState>{text}</RouteState>")
    out.append(f"</{tag}>")


def _write_route_table_association(
    obj: RouteTableAssociation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.route_table_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RouteTableName>{text}</RouteTableName>")
    out.append(f"</{tag}>")


def _write_effective_route_table(
    obj: EffectiveRouteTable, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.effective_routes is not None:
        out.append("<EffectiveRouteList>")
        for effective_routes_item in obj.effective_routes:
            _write_effective_route(effective_routes_item, "EffectiveRoute", out)
        out.append("</EffectiveRouteList>")
    out.append(f"</{tag}>")


def _write_effective_route(
    obj: EffectiveRoute, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.source
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Source>{text}</Source>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.address_prefixes is not None:
        out.append("<AddressPrefixes>")
        for address_prefixes_item in obj.address_prefixes:
            if needs_escape(address_prefixes_item) is not None:
                address_prefixes_item = escape_text(address_prefixes_item)
            out.append(f"<AddressPrefix>{address_prefixes_item}</AddressPrefix>")
        out.append("</AddressPrefixes>")
    if obj.next_hop_type is not None or obj.next_hop_ip_addresses is not None:
        out.append("<EffectiveNextHop>")
        text = obj.next_hop_type
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<Type>{text}</Type>")
        if obj.next_hop_ip_addresses is not None:
            out.append("<IpAddresses>")
            for next_hop_ip_addresses_item in obj.next_hop_ip_addresses:
                if needs_escape(next_hop_ip_addresses_item) is not None:
                    next_hop_ip_addresses_item = escape_text(next_hop_ip_addresses_item)
                out.append(f"<IpAddress>{next_hop_ip_addresses_item}</IpAddress>")
            out.append("</IpAddresses>")
        out.append("</EffectiveNextHop>")
    out.append(f"</{tag}>")


def _write_cloud_service(obj: CloudService, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.geo_region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoRegion>{text}</GeoRegion>")
    if obj.resources:
        out.append("<Resources>")
        for resources_item in obj.resources:
            _write_resource(resources_item, "Resource", out)
        out.append("</Resources>")
    out.append(f"</{tag}>")


def _write_resource(obj: Resource, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.resource_provider_namespace
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceProviderNamespace>{text}</ResourceProviderNamespace>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.schema_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SchemaVersion>{text}</SchemaVersion>")
    text = obj.e_tag
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ETag>{text}</ETag>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.sub_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubState>{text}</SubState>")
    if obj.intrinsic_settings is not None and not is_blank(obj.intrinsic_settings):
        _write_intrinsic_settings(obj.intrinsic_settings, "IntrinsicSettings", out)
    if obj.operation_status is not None and not is_blank(obj.operation_status):
        _write_resource_operation_status(obj.operation_status, "OperationStatus", out)
    if obj.cloud_service_settings is not None:
        _write_cloud_service_settings(obj.cloud_service_settings, "CloudServiceSettings", out)
    text = obj.promotion_code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PromotionCode>{text}</PromotionCode>")
    text = obj.plan
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Plan>{text}</Plan>")
    if obj.usage_meters is not None:
        out.append("<UsageMeters>")
        for usage_meters_item in obj.usage_meters:
            _write_usage_meter(usage_meters_item, "UsageMeter", out)
        out.append("</UsageMeters>")
    if obj.output_items is not None:
        out.append("<OutputItems>")
        for output_items_item in obj.output_items:
            _write_output_item(output_items_item, "OutputItem", out)
        out.append("</OutputItems>")
    out.append(f"</{tag}>")


def _write_usage_meter(obj: UsageMeter, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.unit
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Unit>{text}</Unit>")
    text = obj.included
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Included>{text}</Included>")
    text = obj.used
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Used>{text}</Used>")
    out.append(f"</{tag}>")


def _write_output_item(obj: OutputItem, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Key>{text}</Key>")
    text = obj.value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Value>{text}</Value>")
    out.append(f"</{tag}>")


def _write_intrinsic_settings(
    obj: IntrinsicSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.plan
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Plan>{text}</Plan>")
    if obj.quota is not None and not is_blank(obj.quota):
        _write_job_collection_quota(obj.quota, "Quota", out)
    out.append(f"</{tag}>")


def _write_job_collection_quota(
    obj: JobCollectionQuota, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.max_job_count is not None:
        out.append(f"<MaxJobCount>{obj.max_job_count:d}</MaxJobCount>")
    if obj.max_job_occurrence is not None:
        out.append(f"<MaxJobOccurrence>{obj.max_job_occurrence:d}</MaxJobOccurrence>")
    if obj.max_recurrence is not None and not is_blank(obj.max_recurrence):
        _write_max_recurrence(obj.max_recurrence, "MaxRecurrence", out)
    out.append(f"</{tag}>")


def _write_max_recurrence(
    obj: MaxRecurrence, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.frequency
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Frequency>{text}</Frequency>")
    if obj.interval is not None:
        out.append(f"<Interval>{obj.interval:d}</Interval>")
    out.append(f"</{tag}>")


def _write_resource_operation_status(
    obj: ResourceOperationStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.result
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Result>{text}</Result>")
    if obj.error is not None:
        _write_resource_operation_error(obj.error, "Error", out)
    out.append(f"</{tag}>")


def _write_resource_operation_error(
    obj: ResourceOperationError, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.http_code is not None:
        out.append(f"<HttpCode>{obj.http_code:d}</HttpCode>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    out.append(f"</{tag}>")


def _write_cloud_service_settings(
    obj: CloudServiceSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.geo_region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoRegion>{text}</GeoRegion>")
    out.append(f"</{tag}>")


def _write_resource_name_availability_response(
    obj: ResourceNameAvailabilityResponse, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.result is not None:
        out.append(f"<IsAvailable>{format_bool(obj.result)}</IsAvailable>")
    out.append(f"</{tag}>")


def _write_resource_provider_property(
    obj: ResourceProviderProperty, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Key>{text}</Key>")
    text = obj.value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Value>{text}</Value>")
    out.append(f"</{tag}>")


def _write_atom_author(obj: AtomAuthor, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<name>{text}</name>")
    text = obj.uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<uri>{text}</uri>")
    text = obj.email
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<email>{text}</email>")
    out.append(f"</{tag}>")


def _write_atom_link(obj: AtomLink, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}")
    if obj.rel is not None:
        out.append(f' rel="{escape_attribute(obj.rel)}"')
    if obj.href is not None:
        out.append(f' href="{escape_attribute(obj.href)}"')
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    out.append(f"</{tag}>")


def _write_service_bus_region_feed(
    obj: ServiceBusRegionFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_service_bus_region_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_service_bus_namespace_feed(
    obj: ServiceBusNamespaceFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_service_bus_namespace_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_queue_feed(obj: QueueFeed, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_queue_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_topic_feed(obj: TopicFeed, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_topic_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_notification_hub_feed(
    obj: NotificationHubFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_notification_hub_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_relay_feed(obj: RelayFeed, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_relay_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_metric_properties_feed(
    obj: MetricPropertiesFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_metric_properties_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_metric_values_feed(
    obj: MetricValuesFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_metric_values_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_metric_rollups_feed(
    obj: MetricRollupsFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_metric_rollups_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_service_bus_region_entry(
    obj: ServiceBusRegionEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_service_bus_region_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_service_bus_region_content(
    obj: ServiceBusRegionContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.region_code_description is not None:
        _write_service_bus_region(
            obj.region_code_description,
            "RegionCodeDescription",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_service_bus_namespace_entry(
    obj: ServiceBusNamespaceEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_service_bus_namespace_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_service_bus_namespace_content(
    obj: ServiceBusNamespaceContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.namespace_description is not None:
        _write_service_bus_namespace(
            obj.namespace_description,
            "NamespaceDescription",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_namespace_availability_entry(
    obj: NamespaceAvailabilityEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_namespace_availability_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_namespace_availability_content(
    obj: NamespaceAvailabilityContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.namespace_availability is not None:
        _write_namespace_availability(
            obj.namespace_availability,
            "NamespaceAvailability",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_queue_entry(obj: QueueEntry, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_queue_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_queue_content(obj: QueueContent, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.queue_description is not None:
        _write_queue_description(
            obj.queue_description,
            "QueueDescription",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_topic_entry(obj: TopicEntry, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_topic_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_topic_content(obj: TopicContent, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.topic_description is not None:
        _write_topic_description(
            obj.topic_description,
            "TopicDescription",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_notification_hub_entry(
    obj: NotificationHubEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_notification_hub_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_notification_hub_content(
    obj: NotificationHubContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.notification_hub_description is not None:
        _write_notification_hub_description(
            obj.notification_hub_description,
            "NotificationHubDescription",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_relay_entry(obj: RelayEntry, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_relay_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_relay_content(obj: RelayContent, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.relay_description is not None:
        _write_relay_description(
            obj.relay_description,
            "RelayDescription",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_metric_properties_entry(
    obj: MetricPropertiesEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_metric_properties_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_metric_properties_content(
    obj: MetricPropertiesContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.properties is not None:
        _write_metric_properties(
            obj.properties,
            "properties",
            out,
            ' xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"',
        )
    out.append(f"</{tag}>")


def _write_metric_values_entry(
    obj: MetricValuesEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_metric_values_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_metric_values_content(
    obj: MetricValuesContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.properties is not None:
        _write_metric_values(
            obj.properties,
            "properties",
            out,
            ' xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"',
        )
    out.append(f"</{tag}>")


def _write_metric_rollups_entry(
    obj: MetricRollupsEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_metric_rollups_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_metric_rollups_content(
    obj: MetricRollupsContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.properties is not None:
        _write_metric_rollups(
            obj.properties,
            "properties",
            out,
            ' xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"',
        )
    out.append(f"</{tag}>")


def _write_service_bus_region(
    obj: ServiceBusRegion, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Code>{text}</Code>")
    text = obj.fullname
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FullName>{text}</FullName>")
    out.append(f"</{tag}>")


def _write_service_bus_namespace(
    obj: ServiceBusNamespace, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Region>{text}</Region>")
    text = obj.default_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DefaultKey>{text}</DefaultKey>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.created_at is not None:
        out.append(f"<CreatedAt>{format_datetime(obj.created_at)}</CreatedAt>")
    text = obj.acs_management_endpoint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AcsManagementEndpoint>{text}</AcsManagementEndpoint>")
    text = obj.servicebus_endpoint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceBusEndpoint>{text}</ServiceBusEndpoint>")
    text = obj.connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectionString>{text}</ConnectionString>")
    text = obj.subscription_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionId>{text}</SubscriptionId>")
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    if obj.critical is not None:
        out.append(f"<Critical>{format_bool(obj.critical)}</Critical>")
    if obj.updated_at is not None:
        out.append(f"<UpdatedAt>{format_datetime(obj.updated_at)}</UpdatedAt>")
    if obj.create_acs_namespace is not None:
        out.append(
            f"<CreateACSNamespace>{format_bool(obj.create_acs_namespace)}</CreateACSNamespace>"
        )
    if obj.event_hub_enabled is not None:
        out.append(f"<EventHubEnabled>{format_bool(obj.event_hub_enabled)}</EventHubEnabled>")
    text = obj.namespace_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<NamespaceType>{text}</NamespaceType>")
    text = obj.resource_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceGroup>{text}</ResourceGroup>")
    out.append(f"</{tag}>")


def _write_namespace_availability(
    obj: NamespaceAvailability, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.result is not None:
        out.append(f"<Result>{format_bool(obj.result)}</Result>")
    text = obj.reason
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Reason>{text}</Reason>")
    text = obj.reason_detail
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReasonDetail>{text}</ReasonDetail>")
    out.append(f"</{tag}>")


def _write_queue_description(
    obj: QueueDescription, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.lock_duration
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LockDuration>{text}</LockDuration>")
    if obj.max_size_in_megabytes is not None:
        out.append(f"<MaxSizeInMegabytes>{obj.max_size_in_megabytes:d}</MaxSizeInMegabytes>")
    if obj.requires_duplicate_detection is not None:
        out.append(
            "<RequiresDuplicateDetection>"
            f"{format_bool(obj.requires_duplicate_detection)}"
            "</RequiresDuplicateDetection>"
        )
    if obj.requires_session is not None:
        out.append(f"<RequiresSession>{format_bool(obj.requires_session)}</RequiresSession>")
    text = obj.default_message_time_to_live
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DefaultMessageTimeToLive>{text}</DefaultMessageTimeToLive>")
    if obj.dead_lettering_on_message_expiration is not None:
        out.append(
            "<DeadLetteringOnMessageExpiration>"
            f"{format_bool(obj.dead_lettering_on_message_expiration)}"
            "</DeadLetteringOnMessageExpiration>"
        )
    text = obj.duplicate_detection_history_time_window
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            f"<DuplicateDetectionHistoryTimeWindow>{text}</DuplicateDetectionHistoryTimeWindow>"
        )
    if obj.max_delivery_count is not None:
        out.append(f"<MaxDeliveryCount>{obj.max_delivery_count:d}</MaxDeliveryCount>")
    if obj.enable_batched_operations is not None:
        out.append(
            "<EnableBatchedOperations>"
            f"{format_bool(obj.enable_batched_operations)}"
            "</EnableBatchedOperations>"
        )
    if obj.size_in_bytes is not None:
        out.append(f"<SizeInBytes>{obj.size_in_bytes:d}</SizeInBytes>")
    if obj.message_count is not None:
        out.append(f"<MessageCount>{obj.message_count:d}</MessageCount>")
    if obj.is_anonymous_accessible is not None:
        out.append(
            "<IsAnonymousAccessible>"
            f"{format_bool(obj.is_anonymous_accessible)}"
            "</IsAnonymousAccessible>"
        )
    if obj.authorization_rules:
        out.append("<AuthorizationRules>")
        for authorization_rules_item in obj.authorization_rules:
            _write_authorization_rule(authorization_rules_item, "AuthorizationRule", out)
        out.append("</AuthorizationRules>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    text = obj.forward_to
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ForwardTo>{text}</ForwardTo>")
    if obj.created_at is not None:
        out.append(f"<CreatedAt>{format_datetime(obj.created_at)}</CreatedAt>")
    if obj.updated_at is not None:
        out.append(f"<UpdatedAt>{format_datetime(obj.updated_at)}</UpdatedAt>")
    if obj.accessed_at is not None:
        out.append(f"<AccessedAt>{format_datetime(obj.accessed_at)}</AccessedAt>")
    if obj.support_ordering is not None:
        out.append(f"<SupportOrdering>{format_bool(obj.support_ordering)}</SupportOrdering>")
    if obj.count_details is not None and not is_blank(obj.count_details):
        _write_count_details(obj.count_details, "CountDetails", out)
    text = obj.auto_delete_on_idle
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AutoDeleteOnIdle>{text}</AutoDeleteOnIdle>")
    if obj.enable_partitioning is not None:
        out.append(
            f"<EnablePartitioning>{format_bool(obj.enable_partitioning)}</EnablePartitioning>"
        )
    text = obj.entity_availability_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EntityAvailabilityStatus>{text}</EntityAvailabilityStatus>")
    if obj.enable_express is not None:
        out.append(f"<EnableExpress>{format_bool(obj.enable_express)}</EnableExpress>")
    out.append(f"</{tag}>")


def _write_topic_description(
    obj: TopicDescription, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.default_message_time_to_live
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DefaultMessageTimeToLive>{text}</DefaultMessageTimeToLive>")
    if obj.max_size_in_megabytes is not None:
        out.append(f"<MaxSizeInMegabytes>{obj.max_size_in_megabytes:d}</MaxSizeInMegabytes>")
    if obj.requires_duplicate_detection is not None:
        out.append(
            "<RequiresDuplicateDetection>"
            f"{format_bool(obj.requires_duplicate_detection)}"
            "</RequiresDuplicateDetection>"
        )
    text = obj.duplicate_detection_history_time_window
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            f"<DuplicateDetectionHistoryTimeWindow>{text}</DuplicateDetectionHistoryTimeWindow>"
        )
    if obj.enable_batched_operations is not None:
        out.append(
            "<EnableBatchedOperations>"
            f"{format_bool(obj.enable_batched_operations)}"
            "</EnableBatchedOperations>"
        )
    if obj.size_in_bytes is not None:
        out.append(f"<SizeInBytes>{obj.size_in_bytes:d}</SizeInBytes>")
    if obj.filtering_messages_before_publishing is not None:
        out.append(
            "<FilteringMessagesBeforePublishing>"
            f"{format_bool(obj.filtering_messages_before_publishing)}"
            "</FilteringMessagesBeforePublishing>"
        )
    if obj.is_anonymous_accessible is not None:
        out.append(
            "<IsAnonymousAccessible>"
            f"{format_bool(obj.is_anonymous_accessible)}"
            "</IsAnonymousAccessible>"
        )
    if obj.authorization_rules:
        out.append("<AuthorizationRules>")
        for authorization_rules_item in obj.authorization_rules:
            _write_authorization_rule(authorization_rules_item, "AuthorizationRule", out)
        out.append("</AuthorizationRules>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.created_at is not None:
        out.append(f"<CreatedAt>{format_datetime(obj.created_at)}</CreatedAt>")
    if obj.updated_at is not None:
        out.append(f"<UpdatedAt>{format_datetime(obj.updated_at)}</UpdatedAt>")
    if obj.accessed_at is not None:
        out.append(f"<AccessedAt>{format_datetime(obj.accessed_at)}</AccessedAt>")
    if obj.support_ordering is not None:
        out.append(f"<SupportOrdering>{format_bool(obj.support_ordering)}</SupportOrdering>")
    if obj.count_details is not None and not is_blank(obj.count_details):
        _write_count_details(obj.count_details, "CountDetails", out)
    if obj.subscription_count is not None:
        out.append(f"<SubscriptionCount>{obj.subscription_count:d}</SubscriptionCount>")
    text = obj.auto_delete_on_idle
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AutoDeleteOnIdle>{text}</AutoDeleteOnIdle>")
    if obj.enable_partitioning is not None:
        out.append(
            f"<EnablePartitioning>{format_bool(obj.enable_partitioning)}</EnablePartitioning>"
        )
    text = obj.entity_availability_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EntityAvailabilityStatus>{text}</EntityAvailabilityStatus>")
    if obj.enable_express is not None:
        out.append(f"<EnableExpress>{format_bool(obj.enable_express)}</EnableExpress>")
    out.append(f"</{tag}>")


def _write_notification_hub_description(
    obj: NotificationHubDescription, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.registration_ttl
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RegistrationTtl>{text}</RegistrationTtl>")
    if obj.authorization_rules:
        out.append("<AuthorizationRules>")
        for authorization_rules_item in obj.authorization_rules:
            _write_authorization_rule(authorization_rules_item, "AuthorizationRule", out)
        out.append("</AuthorizationRules>")
    out.append(f"</{tag}>")


def _write_relay_description(
    obj: RelayDescription, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.path
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Path>{text}</Path>")
    text = obj.listener_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ListenerType>{text}</ListenerType>")
    if obj.listener_count is not None:
        out.append(f"<ListenerCount>{obj.listener_count:d}</ListenerCount>")
    text = obj.relay_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RelayType>{text}</RelayType>")
    if obj.requires_client_authorization is not None:
        out.append(
            "<RequiresClientAuthorization>"
            f"{format_bool(obj.requires_client_authorization)}"
            "</RequiresClientAuthorization>"
        )
    if obj.requires_transport_security is not None:
        out.append(
            "<RequiresTransportSecurity>"
            f"{format_bool(obj.requires_transport_security)}"
            "</RequiresTransportSecurity>"
        )
    if obj.is_dynamic is not None:
        out.append(f"<IsDynamic>{format_bool(obj.is_dynamic)}</IsDynamic>")
    if obj.authorization_rules:
        out.append("<AuthorizationRules>")
        for authorization_rules_item in obj.authorization_rules:
            _write_authorization_rule(authorization_rules_item, "AuthorizationRule", out)
        out.append("</AuthorizationRules>")
    if obj.created_at is not None:
        out.append(f"<CreatedAt>{format_datetime(obj.created_at)}</CreatedAt>")
    if obj.updated_at is not None:
        out.append(f"<UpdatedAt>{format_datetime(obj.updated_at)}</UpdatedAt>")
    out.append(f"</{tag}>")


def _write_authorization_rule(
    obj: AuthorizationRule, tag: str, out: list[str], attributes: str = ""
) -> None:
    if isinstance(obj, SharedAccessAuthorizationRule):
        _write_shared_access_authorization_rule(obj, tag, out, attributes)
    elif isinstance(obj, AllowRule):
        _write_allow_rule(obj, tag, out, attributes)
    else:
        raise TypeError(f"not a AuthorizationRule: {type(obj).__name__}")


def _write_shared_access_authorization_rule(
    obj: SharedAccessAuthorizationRule, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f'<{tag}{attributes} i:type="SharedAccessAuthorizationRule">')
    text = obj.claim_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClaimType>{text}</ClaimType>")
    text = obj.claim_value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClaimValue>{text}</ClaimValue>")
    if obj.rights is not None:
        out.append("<Rights>")
        for rights_item in obj.rights:
            if needs_escape(rights_item) is not None:
                rights_item = escape_text(rights_item)
            out.append(f"<AccessRights>{rights_item}</AccessRights>")
        out.append("</Rights>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    text = obj.key_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<KeyName>{text}</KeyName>")
    if obj.modified_time is not None:
        out.append(f"<ModifiedTime>{format_datetime(obj.modified_time)}</ModifiedTime>")
    text = obj.primary_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrimaryKey>{text}</PrimaryKey>")
    text = obj.secondary_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SecondaryKey>{text}</SecondaryKey>")
    out.append(f"</{tag}>")


def _write_allow_rule(obj: AllowRule, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f'<{tag}{attributes} i:type="AllowRule">')
    text = obj.issuer_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IssuerName>{text}</IssuerName>")
    text = obj.claim_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClaimType>{text}</ClaimType>")
    text = obj.claim_value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClaimValue>{text}</ClaimValue>")
    if obj.rights is not None:
        out.append("<Rights>")
        for rights_item in obj.rights:
            if needs_escape(rights_item) is not None:
                rights_item = escape_text(rights_item)
            out.append(f"<AccessRights>{rights_item}</AccessRights>")
        out.append("</Rights>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.modified_time is not None:
        out.append(f"<ModifiedTime>{format_datetime(obj.modified_time)}</ModifiedTime>")
    out.append(f"</{tag}>")


def _write_count_details(obj: CountDetails, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.active_message_count is not None:
        out.append(
            '<ActiveMessageCount xmlns="http://schemas.microsoft.com/'
            'netservices/2011/06/servicebus">'
            f"{obj.active_message_count:d}"
            "</ActiveMessageCount>"
        )
    if obj.dead_letter_message_count is not None:
        out.append(
            '<DeadLetterMessageCount xmlns="http://schemas.microsoft.com/'
            'netservices/2011/06/servicebus">'
            f"{obj.dead_letter_message_count:d}"
            "</DeadLetterMessageCount>"
        )
    if obj.scheduled_message_count is not None:
        out.append(
            '<ScheduledMessageCount xmlns="http://schemas.microsoft.com/'
            'netservices/2011/06/servicebus">'
            f"{obj.scheduled_message_count:d}"
            "</ScheduledMessageCount>"
        )
    if obj.transfer_dead_letter_message_count is not None:
        out.append(
            '<TransferDeadLetterMessageCount xmlns="http://'
            'schemas.microsoft.com/netservices/2011/06/servicebus">'
            f"{obj.transfer_dead_letter_message_count:d}"
            "</TransferDeadLetterMessageCount>"
        )
    if obj.transfer_message_count is not None:
        out.append(
            '<TransferMessageCount xmlns="http://schemas.microsoft.com/'
            'netservices/2011/06/servicebus">'
            f"{obj.transfer_message_count:d}"
            "</TransferMessageCount>"
        )
    out.append(f"</{tag}>")


def _write_metric_properties(
    obj: MetricProperties, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            f'<Name xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices">{text}</Name>'
        )
    text = obj.primary_aggregation
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            '<PrimaryAggregation xmlns="http://schemas.microsoft.com/ado/'
            '2007/08/dataservices">'
            f"{text}"
            "</PrimaryAggregation>"
        )
    text = obj.unit
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            f'<Unit xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices">{text}</Unit>'
        )
    text = obj.display_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            '<DisplayName xmlns="http://schemas.microsoft.com/ado/2007/'
            '08/dataservices">'
            f"{text}"
            "</DisplayName>"
        )
    out.append(f"</{tag}>")


def _write_metric_values(obj: MetricValues, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.timestamp is not None:
        out.append(
            '<Timestamp xmlns="http://schemas.microsoft.com/ado/2007/08/'
            'dataservices">'
            f"{format_datetime(obj.timestamp)}"
            "</Timestamp>"
        )
    if obj.min is not None:
        out.append(
            f'<Min xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices">{obj.min:d}</Min>'
        )
    if obj.max is not None:
        out.append(
            f'<Max xmlns="http://schemas.microsoft.com/ado/2007/08/dataservices">{obj.max:d}</Max>'
        )
    if obj.average is not None:
        out.append(
            '<Average xmlns="http://schemas.microsoft.com/ado/2007/08/'
            'dataservices">'
            f"{format_float(obj.average)}"
            "</Average>"
        )
    if obj.total is not None:
        out.append(
            '<Total xmlns="http://schemas.microsoft.com/ado/2007/08/'
            'dataservices">'
            f"{obj.total:d}"
            "</Total>"
        )
    out.append(f"</{tag}>")


def _write_metric_rollups(
    obj: MetricRollups, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.time_grain
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            '<TimeGrain xmlns="http://schemas.microsoft.com/ado/2007/08/'
            'dataservices">'
            f"{text}"
            "</TimeGrain>"
        )
    text = obj.retention
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            '<Retention xmlns="http://schemas.microsoft.com/ado/2007/08/'
            'dataservices">'
            f"{text}"
            "</Retention>"
        )
    out.append(f"</{tag}>")


def _write_connection_detail_feed(
    obj: ConnectionDetailFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_connection_detail_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_connection_detail_entry(
    obj: ConnectionDetailEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_connection_detail_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_connection_detail_content(
    obj: ConnectionDetailContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.connection_detail is not None:
        _write_connection_detail(
            obj.connection_detail,
            "ConnectionDetail",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_connection_detail(
    obj: ConnectionDetail, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.key_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<KeyName>{text}</KeyName>")
    text = obj.connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectionString>{text}</ConnectionString>")
    text = obj.authorization_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AuthorizationType>{text}</AuthorizationType>")
    if obj.rights is not None:
        out.append("<Rights>")
        for rights_item in obj.rights:
            if needs_escape(rights_item) is not None:
                rights_item = escape_text(rights_item)
            out.append(f"<AccessRights>{rights_item}</AccessRights>")
        out.append("</Rights>")
    text = obj.secondary_connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SecondaryConnectionString>{text}</SecondaryConnectionString>")
    out.append(f"</{tag}>")


def _write_namespace_authorization_rule_feed(
    obj: NamespaceAuthorizationRuleFeed, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.link is not None:
        _write_atom_link(obj.link, "link", out)
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_namespace_authorization_rule_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_namespace_authorization_rule_entry(
    obj: NamespaceAuthorizationRuleEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<id>{text}</id>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.published is not None:
        out.append(f"<published>{format_datetime(obj.published)}</published>")
    if obj.updated is not None:
        out.append(f"<updated>{format_datetime(obj.updated)}</updated>")
    if obj.author is not None:
        _write_atom_author(obj.author, "author", out)
    if obj.links is not None:
        for links_item in obj.links:
            _write_atom_link(links_item, "link", out)
    if obj.content is not None:
        _write_namespace_authorization_rule_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_namespace_authorization_rule_content(
    obj: NamespaceAuthorizationRuleContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    if obj.rule is not None:
        _write_namespace_shared_access_rule(
            obj.rule,
            "SharedAccessAuthorizationRule",
            out,
            ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
        )
    out.append(f"</{tag}>")


def _write_namespace_shared_access_rule(
    obj: NamespaceSharedAccessRule, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.claim_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClaimType>{text}</ClaimType>")
    text = obj.claim_value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClaimValue>{text}</ClaimValue>")
    if obj.rights is not None:
        out.append("<Rights>")
        for rights_item in obj.rights:
            if needs_escape(rights_item) is not None:
                rights_item = escape_text(rights_item)
            out.append(f"<AccessRights>{rights_item}</AccessRights>")
        out.append("</Rights>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.modified_time is not None:
        out.append(f"<ModifiedTime>{format_datetime(obj.modified_time)}</ModifiedTime>")
    if obj.revision is not None:
        out.append(f"<Revision>{obj.revision:d}</Revision>")
    text = obj.key_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<KeyName>{text}</KeyName>")
    text = obj.primary_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrimaryKey>{text}</PrimaryKey>")
    text = obj.secondary_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SecondaryKey>{text}</SecondaryKey>")
    out.append(f"</{tag}>")


def _write_service_extension(
    obj: ServiceExtension, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.provider_namespace
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ProviderNameSpace>{text}</ProviderNameSpace>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    text = obj.thumbprint_algorithm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ThumbprintAlgorithm>{text}</ThumbprintAlgorithm>")
    if obj.public_configuration is not None:
        out.append(
            "<PublicConfiguration>"
            f"{format_base64text(obj.public_configuration)}"
            "</PublicConfiguration>"
        )
    out.append(f"</{tag}>")


def _write_extension_image(
    obj: ExtensionImage, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.provider_namespace
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ProviderNameSpace>{text}</ProviderNameSpace>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.hosting_resources
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostingResources>{text}</HostingResources>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    if obj.certificate is not None:
        _write_extension_certificate_configuration(obj.certificate, "Certificate", out)
    if obj.endpoints is not None:
        _write_extension_endpoint_configuration(obj.endpoints, "Endpoints", out)
    if obj.public_configuration_schema is not None:
        out.append(
            "<PublicConfigurationSchema>"
            f"{format_base64text(obj.public_configuration_schema)}"
            "</PublicConfigurationSchema>"
        )
    if obj.private_configuration_schema is not None:
        out.append(
            "<PrivateConfigurationSchema>"
            f"{format_base64text(obj.private_configuration_schema)}"
            "</PrivateConfigurationSchema>"
        )
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.publisher_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublisherName>{text}</PublisherName>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.local_resources is not None:
        out.append("<LocalResources>")
        for local_resources_item in obj.local_resources:
            _write_extension_local_resource_configuration(
                local_resources_item, "LocalResource", out
            )
        out.append("</LocalResources>")
    if obj.block_role_upon_failure is not None:
        out.append(
            "<BlockRoleUponFailure>"
            f"{format_bool(obj.block_role_upon_failure)}"
            "</BlockRoleUponFailure>"
        )
    if obj.is_internal_extension is not None:
        out.append(
            f"<IsInternalExtension>{format_bool(obj.is_internal_extension)}</IsInternalExtension>"
        )
    if obj.sample_config is not None:
        out.append(f"<SampleConfig>{format_base64text(obj.sample_config)}</SampleConfig>")
    if obj.replication_completed is not None:
        out.append(
            f"<ReplicationCompleted>{format_bool(obj.replication_completed)}</ReplicationCompleted>"
        )
    text = obj.eula
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Eula>{text}</Eula>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.homepage_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HomepageUri>{text}</HomepageUri>")
    if obj.is_json_extension is not None:
        out.append(f"<IsJsonExtension>{format_bool(obj.is_json_extension)}</IsJsonExtension>")
    if obj.disallow_major_version_upgrade is not None:
        out.append(
            "<DisallowMajorVersionUpgrade>"
            f"{format_bool(obj.disallow_major_version_upgrade)}"
            "</DisallowMajorVersionUpgrade>"
        )
    text = obj.supported_os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SupportedOS>{text}</SupportedOS>")
    text = obj.company_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CompanyName>{text}</CompanyName>")
    text = obj.regions
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Regions>{text}</Regions>")
    out.append(f"</{tag}>")


def _write_extension_certificate_configuration(
    obj: ExtensionCertificateConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.store_location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StoreLocation>{text}</StoreLocation>")
    text = obj.store_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StoreName>{text}</StoreName>")
    if obj.thumbprint_required is not None:
        out.append(
            f"<ThumbprintRequired>{format_bool(obj.thumbprint_required)}</ThumbprintRequired>"
        )
    text = obj.thumbprint_algorithm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ThumbprintAlgorithm>{text}</ThumbprintAlgorithm>")
    out.append(f"</{tag}>")


def _write_extension_endpoint_configuration(
    obj: ExtensionEndpointConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.input_endpoints is not None:
        out.append("<InputEndpoints>")
        for input_endpoints_item in obj.input_endpoints:
            _write_extension_input_endpoint(input_endpoints_item, "InputEndpoint", out)
        out.append("</InputEndpoints>")
    if obj.internal_endpoints is not None:
        out.append("<InternalEndpoints>")
        for internal_endpoints_item in obj.internal_endpoints:
            _write_extension_internal_endpoint(internal_endpoints_item, "InternalEndpoint", out)
        out.append("</InternalEndpoints>")
    if obj.instance_input_endpoints is not None:
        out.append("<InstanceInputEndpoints>")
        for instance_input_endpoints_item in obj.instance_input_endpoints:
            _write_extension_instance_input_endpoint(
                instance_input_endpoints_item, "InstanceInputEndpoint", out
            )
        out.append("</InstanceInputEndpoints>")
    out.append(f"</{tag}>")


def _write_extension_input_endpoint(
    obj: ExtensionInputEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    text = obj.local_port
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LocalPort>{text}</LocalPort>")
    out.append(f"</{tag}>")


def _write_extension_internal_endpoint(
    obj: ExtensionInternalEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    out.append(f"</{tag}>")


def _write_extension_instance_input_endpoint(
    obj: ExtensionInstanceInputEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    text = obj.local_port
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LocalPort>{text}</LocalPort>")
    if obj.fixed_port_min is not None:
        out.append(f"<FixedPortMin>{obj.fixed_port_min:d}</FixedPortMin>")
    if obj.fixed_port_max is not None:
        out.append(f"<FixedPortMax>{obj.fixed_port_max:d}</FixedPortMax>")
    out.append(f"</{tag}>")


def _write_extension_local_resource_configuration(
    obj: ExtensionLocalResourceConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.size_in_mb is not None:
        out.append(f"<SizeInMB>{obj.size_in_mb:d}</SizeInMB>")
    out.append(f"</{tag}>")


def _write_database_copy(obj: DatabaseCopy, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.source_server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceServerName>{text}</SourceServerName>")
    text = obj.source_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceDatabaseName>{text}</SourceDatabaseName>")
    text = obj.destination_server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DestinationServerName>{text}</DestinationServerName>")
    text = obj.destination_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DestinationDatabaseName>{text}</DestinationDatabaseName>")
    if obj.is_continuous is not None:
        out.append(f"<IsContinuous>{format_bool(obj.is_continuous)}</IsContinuous>")
    if obj.replication_state is not None:
        out.append(f"<ReplicationState>{obj.replication_state:d}</ReplicationState>")
    text = obj.replication_state_description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReplicationStateDescription>{text}</ReplicationStateDescription>")
    if obj.local_database_id is not None:
        out.append(f"<LocalDatabaseId>{obj.local_database_id:d}</LocalDatabaseId>")
    if obj.is_local_database_replication_target is not None:
        out.append(
            "<IsLocalDatabaseReplicationTarget>"
            f"{format_bool(obj.is_local_database_replication_target)}"
            "</IsLocalDatabaseReplicationTarget>"
        )
    if obj.is_interlink_connected is not None:
        out.append(
            "<IsInterlinkConnected>"
            f"{format_bool(obj.is_interlink_connected)}"
            "</IsInterlinkConnected>"
        )
    if obj.start_date is not None:
        out.append(f"<StartDate>{format_datetime(obj.start_date)}</StartDate>")
    if obj.modify_date is not None:
        out.append(f"<ModifyDate>{format_datetime(obj.modify_date)}</ModifyDate>")
    if obj.percent_complete is not None:
        out.append(f"<PercentComplete>{format_float(obj.percent_complete)}</PercentComplete>")
    if obj.is_offline_secondary is not None:
        out.append(
            f"<IsOfflineSecondary>{format_bool(obj.is_offline_secondary)}</IsOfflineSecondary>"
        )
    if obj.is_termination_allowed is not None:
        out.append(
            "<IsTerminationAllowed>"
            f"{format_bool(obj.is_termination_allowed)}"
            "</IsTerminationAllowed>"
        )
    out.append(f"</{tag}>")


def _write_database_operation(
    obj: DatabaseOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    if obj.state_id is not None:
        out.append(f"<StateId>{obj.state_id:d}</StateId>")
    text = obj.session_activity_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SessionActivityId>{text}</SessionActivityId>")
    text = obj.database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DatabaseName>{text}</DatabaseName>")
    if obj.percent_complete is not None:
        out.append(f"<PercentComplete>{obj.percent_complete:d}</PercentComplete>")
    if obj.error_code is not None:
        out.append(f"<ErrorCode>{obj.error_code:d}</ErrorCode>")
    text = obj.error
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Error>{text}</Error>")
    if obj.error_severity is not None:
        out.append(f"<ErrorSeverity>{obj.error_severity:d}</ErrorSeverity>")
    if obj.error_state is not None:
        out.append(f"<ErrorState>{obj.error_state:d}</ErrorState>")
    if obj.start_time is not None:
        out.append(f"<StartTime>{format_datetime(obj.start_time)}</StartTime>")
    if obj.last_modify_time is not None:
        out.append(f"<LastModifyTime>{format_datetime(obj.last_modify_time)}</LastModifyTime>")
    out.append(f"</{tag}>")


def _write_restorable_dropped_database(
    obj: RestorableDroppedDatabase, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.entity_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EntityId>{text}</EntityId>")
    text = obj.server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerName>{text}</ServerName>")
    text = obj.edition
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Edition>{text}</Edition>")
    if obj.max_size_bytes is not None:
        out.append(f"<MaxSizeBytes>{obj.max_size_bytes:d}</MaxSizeBytes>")
    if obj.creation_date is not None:
        out.append(f"<CreationDate>{format_datetime(obj.creation_date)}</CreationDate>")
    if obj.deletion_date is not None:
        out.append(f"<DeletionDate>{format_datetime(obj.deletion_date)}</DeletionDate>")
    if obj.recovery_period_start_date is not None:
        out.append(
            "<RecoveryPeriodStartDate>"
            f"{format_datetime(obj.recovery_period_start_date)}"
            "</RecoveryPeriodStartDate>"
        )
    out.append(f"</{tag}>")


def _write_recoverable_database(
    obj: RecoverableDatabase, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.entity_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EntityId>{text}</EntityId>")
    text = obj.server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerName>{text}</ServerName>")
    text = obj.edition
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Edition>{text}</Edition>")
    if obj.last_available_backup_date is not None:
        out.append(
            "<LastAvailableBackupDate>"
            f"{format_datetime(obj.last_available_backup_date)}"
            "</LastAvailableBackupDate>"
        )
    out.append(f"</{tag}>")


def _write_restore_database_operation(
    obj: RestoreDatabaseOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.request_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RequestID>{text}</RequestID>")
    text = obj.source_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceDatabaseName>{text}</SourceDatabaseName>")
    if obj.source_database_deletion_date is not None:
        out.append(
            "<SourceDatabaseDeletionDate>"
            f"{format_datetime(obj.source_database_deletion_date)}"
            "</SourceDatabaseDeletionDate>"
        )
    text = obj.target_server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetServerName>{text}</TargetServerName>")
    text = obj.target_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetDatabaseName>{text}</TargetDatabaseName>")
    if obj.target_utc_point_in_time is not None:
        out.append(
            "<TargetUtcPointInTime>"
            f"{format_datetime(obj.target_utc_point_in_time)}"
            "</TargetUtcPointInTime>"
        )
    out.append(f"</{tag}>")


def _write_recover_database_operation(
    obj: RecoverDatabaseOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.request_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RequestID>{text}</RequestID>")
    text = obj.source_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceDatabaseName>{text}</SourceDatabaseName>")
    text = obj.target_server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetServerName>{text}</TargetServerName>")
    text = obj.target_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetDatabaseName>{text}</TargetDatabaseName>")
    out.append(f"</{tag}>")


def _write_dac_request_id(
    obj: DacRequestId, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.guid is not None:
        out.append(escape_text(obj.guid))
    out.append(f"</{tag}>")


def _write_dac_status_info(
    obj: DacStatusInfo, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.blob_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BlobUri>{text}</BlobUri>")
    text = obj.database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DatabaseName>{text}</DatabaseName>")
    text = obj.error_message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ErrorMessage>{text}</ErrorMessage>")
    if obj.last_modified_time is not None:
        out.append(
            f"<LastModifiedTime>{format_datetime(obj.last_modified_time)}</LastModifiedTime>"
        )
    if obj.queued_time is not None:
        out.append(f"<QueuedTime>{format_datetime(obj.queued_time)}</QueuedTime>")
    text = obj.request_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RequestId>{text}</RequestId>")
    text = obj.request_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RequestType>{text}</RequestType>")
    text = obj.server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerName>{text}</ServerName>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    out.append(f"</{tag}>")


def _write_create_server_response(
    obj: CreateServerResponse, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.fully_qualified_domain_name is not None:
        out.append(
            f' FullyQualifiedDomainName="{escape_attribute(obj.fully_qualified_domain_name)}"'
        )
    out.append(">")
    if obj.server_name is not None:
        out.append(escape_text(obj.server_name))
    out.append(f"</{tag}>")


def _write_server(obj: Server, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.administrator_login
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdministratorLogin>{text}</AdministratorLogin>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    text = obj.geo_paired_region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoPairedRegion>{text}</GeoPairedRegion>")
    text = obj.fully_qualified_domain_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FullyQualifiedDomainName>{text}</FullyQualifiedDomainName>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    out.append(f"</{tag}>")


def _write_server_quota(obj: ServerQuota, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    if obj.value is not None:
        out.append(f"<Value>{obj.value:d}</Value>")
    out.append(f"</{tag}>")


def _write_event_log(obj: EventLog, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DatabaseName>{text}</DatabaseName>")
    if obj.start_time_utc is not None:
        out.append(f"<StartTimeUtc>{format_datetime(obj.start_time_utc)}</StartTimeUtc>")
    if obj.interval_size_in_minutes is not None:
        out.append(
            f"<IntervalSizeInMinutes>{obj.interval_size_in_minutes:d}</IntervalSizeInMinutes>"
        )
    text = obj.event_category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EventCategory>{text}</EventCategory>")
    text = obj.event_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EventType>{text}</EventType>")
    if obj.event_subtype is not None:
        out.append(f"<EventSubtype>{obj.event_subtype:d}</EventSubtype>")
    text = obj.event_subtype_description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EventSubtypeDescription>{text}</EventSubtypeDescription>")
    if obj.number_of_events is not None:
        out.append(f"<NumberOfEvents>{obj.number_of_events:d}</NumberOfEvents>")
    if obj.severity is not None:
        out.append(f"<Severity>{obj.severity:d}</Severity>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.additional_data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdditionalData>{text}</AdditionalData>")
    out.append(f"</{tag}>")


def _write_firewall_rule(obj: FirewallRule, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.start_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StartIPAddress>{text}</StartIPAddress>")
    text = obj.end_ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EndIPAddress>{text}</EndIPAddress>")
    out.append(f"</{tag}>")


def _write_service_objective(
    obj: ServiceObjective, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    if obj.is_default is not None:
        out.append(f"<IsDefault>{format_bool(obj.is_default)}</IsDefault>")
    if obj.is_system is not None:
        out.append(f"<IsSystem>{format_bool(obj.is_system)}</IsSystem>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    if obj.dimension_settings is not None:
        out.append("<DimensionSettings>")
        for dimension_settings_item in obj.dimension_settings:
            _write_service_objective_dimension_setting(
                dimension_settings_item, "ServiceResource", out
            )
        out.append("</DimensionSettings>")
    out.append(f"</{tag}>")


def _write_service_objective_dimension_setting(
    obj: ServiceObjectiveDimensionSetting, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.ordinal is not None:
        out.append(f"<Ordinal>{obj.ordinal:d}</Ordinal>")
    if obj.is_default is not None:
        out.append(f"<IsDefault>{format_bool(obj.is_default)}</IsDefault>")
    out.append(f"</{tag}>")


def _write_database(obj: Database, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.parent_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ParentLink>{text}</ParentLink>")
    if obj.id is not None:
        out.append(f"<Id>{obj.id:d}</Id>")
    text = obj.edition
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Edition>{text}</Edition>")
    if obj.max_size_gb is not None:
        out.append(f"<MaxSizeGB>{obj.max_size_gb:d}</MaxSizeGB>")
    text = obj.collation_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CollationName>{text}</CollationName>")
    if obj.creation_date is not None:
        out.append(f"<CreationDate>{format_datetime(obj.creation_date)}</CreationDate>")
    if obj.is_federation_root is not None:
        out.append(f"<IsFederationRoot>{format_bool(obj.is_federation_root)}</IsFederationRoot>")
    if obj.is_system_object is not None:
        out.append(f"<IsSystemObject>{format_bool(obj.is_system_object)}</IsSystemObject>")
    if obj.size_mb is not None:
        out.append(f"<SizeMB>{format_float(obj.size_mb)}</SizeMB>")
    if obj.max_size_bytes is not None:
        out.append(f"<MaxSizeBytes>{obj.max_size_bytes:d}</MaxSizeBytes>")
    text = obj.service_objective_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceObjectiveId>{text}</ServiceObjectiveId>")
    text = obj.assigned_service_objective_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AssignedServiceObjectiveId>{text}</AssignedServiceObjectiveId>")
    if obj.service_objective_assignment_state is not None:
        out.append(
            "<ServiceObjectiveAssignmentState>"
            f"{obj.service_objective_assignment_state:d}"
            "</ServiceObjectiveAssignmentState>"
        )
    text = obj.service_objective_assignment_state_description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            "<ServiceObjectiveAssignmentStateDescription>"
            f"{text}"
            "</ServiceObjectiveAssignmentStateDescription>"
        )
    if obj.service_objective_assignment_error_code is not None:
        out.append(
            "<ServiceObjectiveAssignmentErrorCode>"
            f"{obj.service_objective_assignment_error_code:d}"
            "</ServiceObjectiveAssignmentErrorCode>"
        )
    text = obj.service_objective_assignment_error_description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            "<ServiceObjectiveAssignmentErrorDescription>"
            f"{text}"
            "</ServiceObjectiveAssignmentErrorDescription>"
        )
    if obj.service_objective_assignment_success_date is not None:
        out.append(
            "<ServiceObjectiveAssignmentSuccessDate>"
            f"{format_datetime(obj.service_objective_assignment_success_date)}"
            "</ServiceObjectiveAssignmentSuccessDate>"
        )
    if obj.recovery_period_start_date is not None:
        out.append(
            "<RecoveryPeriodStartDate>"
            f"{format_datetime(obj.recovery_period_start_date)}"
            "</RecoveryPeriodStartDate>"
        )
    if obj.is_suspended is not None:
        out.append(f"<IsSuspended>{format_bool(obj.is_suspended)}</IsSuspended>")
    out.append(f"</{tag}>")


def _write_storage_service(
    obj: StorageService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Url>{text}</Url>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
    if obj.storage_service_properties is not None and not is_blank(obj.storage_service_properties):
        _write_storage_account_properties(
            obj.storage_service_properties, "StorageServiceProperties", out
        )
    if obj.storage_service_keys is not None and not is_blank(obj.storage_service_keys):
        _write_storage_service_keys(obj.storage_service_keys, "StorageServiceKeys", out)
    if obj.extended_properties:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    if obj.capabilities:
        out.append("<Capabilities>")
        for capabilities_item in obj.capabilities:
            if needs_escape(capabilities_item) is not None:
                capabilities_item = escape_text(capabilities_item)
            out.append(f"<Capability>{capabilities_item}</Capability>")
        out.append("</Capabilities>")
    text = obj.migration_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MigrationState>{text}</MigrationState>")
    out.append(f"</{tag}>")


def _write_storage_account_properties(
    obj: StorageAccountProperties, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.endpoints:
        out.append("<Endpoints>")
        for endpoints_item in obj.endpoints:
            if needs_escape(endpoints_item) is not None:
                endpoints_item = escape_text(endpoints_item)
            out.append(f"<Endpoint>{endpoints_item}</Endpoint>")
        out.append("</Endpoints>")
    if obj.geo_replication_enabled is not None:
        out.append(
            "<GeoReplicationEnabled>"
            f"{format_bool(obj.geo_replication_enabled)}"
            "</GeoReplicationEnabled>"
        )
    text = obj.geo_primary_region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoPrimaryRegion>{text}</GeoPrimaryRegion>")
    text = obj.status_of_primary
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StatusOfPrimary>{text}</StatusOfPrimary>")
    if obj.last_geo_failover_time is not None:
        out.append(
            "<LastGeoFailoverTime>"
            f"{format_datetime(obj.last_geo_failover_time)}"
            "</LastGeoFailoverTime>"
        )
    text = obj.geo_secondary_region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoSecondaryRegion>{text}</GeoSecondaryRegion>")
    text = obj.status_of_secondary
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StatusOfSecondary>{text}</StatusOfSecondary>")
    if obj.creation_time is not None:
        out.append(f"<CreationTime>{format_datetime(obj.creation_time)}</CreationTime>")
    if obj.custom_domains is not None:
        out.append("<CustomDomains>")
        for custom_domains_item in obj.custom_domains:
            _write_custom_domain(custom_domains_item, "CustomDomain", out)
        out.append("</CustomDomains>")
    if obj.secondary_read_enabled is not None:
        out.append(
            "<SecondaryReadEnabled>"
            f"{format_bool(obj.secondary_read_enabled)}"
            "</SecondaryReadEnabled>"
        )
    if obj.secondary_endpoints is not None:
        out.append("<SecondaryEndpoints>")
        for secondary_endpoints_item in obj.secondary_endpoints:
            if needs_escape(secondary_endpoints_item) is not None:
                secondary_endpoints_item = escape_text(secondary_endpoints_item)
            out.append(f"<Endpoint>{secondary_endpoints_item}</Endpoint>")
        out.append("</SecondaryEndpoints>")
    text = obj.account_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AccountType>{text}</AccountType>")
    out.append(f"</{tag}>")


def _write_custom_domain(obj: CustomDomain, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.use_sub_domain_name is not None:
        out.append(f"<UseSubDomainName>{format_bool(obj.use_sub_domain_name)}</UseSubDomainName>")
    out.append(f"</{tag}>")


def _write_storage_service_keys(
    obj: StorageServiceKeys, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.primary
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Primary>{text}</Primary>")
    text = obj.secondary
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Secondary>{text}</Secondary>")
    out.append(f"</{tag}>")


def _write_subscription(obj: Subscription, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.subscription_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionID>{text}</SubscriptionID>")
    text = obj.subscription_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionName>{text}</SubscriptionName>")
    text = obj.subscription_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionStatus>{text}</SubscriptionStatus>")
    text = obj.account_admin_live_email_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AccountAdminLiveEmailId>{text}</AccountAdminLiveEmailId>")
    text = obj.service_admin_live_email_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceAdminLiveEmailId>{text}</ServiceAdminLiveEmailId>")
    if obj.max_core_count is not None:
        out.append(f"<MaxCoreCount>{obj.max_core_count:d}</MaxCoreCount>")
    if obj.max_storage_accounts is not None:
        out.append(f"<MaxStorageAccounts>{obj.max_storage_accounts:d}</MaxStorageAccounts>")
    if obj.max_hosted_services is not None:
        out.append(f"<MaxHostedServices>{obj.max_hosted_services:d}</MaxHostedServices>")
    if obj.current_core_count is not None:
        out.append(f"<CurrentCoreCount>{obj.current_core_count:d}</CurrentCoreCount>")
    if obj.current_hosted_services is not None:
        out.append(
            f"<CurrentHostedServices>{obj.current_hosted_services:d}</CurrentHostedServices>"
        )
    if obj.current_storage_accounts is not None:
        out.append(
            f"<CurrentStorageAccounts>{obj.current_storage_accounts:d}</CurrentStorageAccounts>"
        )
    if obj.max_virtual_network_sites is not None:
        out.append(
            f"<MaxVirtualNetworkSites>{obj.max_virtual_network_sites:d}</MaxVirtualNetworkSites>"
        )
    if obj.current_virtual_network_sites is not None:
        out.append(
            "<CurrentVirtualNetworkSites>"
            f"{obj.current_virtual_network_sites:d}"
            "</CurrentVirtualNetworkSites>"
        )
    if obj.max_local_network_sites is not None:
        out.append(f"<MaxLocalNetworkSites>{obj.max_local_network_sites:d}</MaxLocalNetworkSites>")
    if obj.max_dns_servers is not None:
        out.append(f"<MaxDnsServers>{obj.max_dns_servers:d}</MaxDnsServers>")
    if obj.current_local_network_sites is not None:
        out.append(
            "<CurrentLocalNetworkSites>"
            f"{obj.current_local_network_sites:d}"
            "</CurrentLocalNetworkSites>"
        )
    if obj.current_dns_servers is not None:
        out.append(f"<CurrentDnsServers>{obj.current_dns_servers:d}</CurrentDnsServers>")
    text = obj.offer_categories
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OfferCategories>{text}</OfferCategories>")
    text = obj.aad_tenant_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AADTenantID>{text}</AADTenantID>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.max_reserved_ips is not None:
        out.append(f"<MaxReservedIPs>{obj.max_reserved_ips:d}</MaxReservedIPs>")
    if obj.current_reserved_ips is not None:
        out.append(f"<CurrentReservedIPs>{obj.current_reserved_ips:d}</CurrentReservedIPs>")
    if obj.max_public_ip_count is not None:
        out.append(f"<MaxPublicIPCount>{obj.max_public_ip_count:d}</MaxPublicIPCount>")
    if obj.current_network_security_groups is not None:
        out.append(
            "<CurrentNetworkSecurityGroups>"
            f"{obj.current_network_security_groups:d}"
            "</CurrentNetworkSecurityGroups>"
        )
    if obj.max_network_security_groups is not None:
        out.append(
            "<MaxNetworkSecurityGroups>"
            f"{obj.max_network_security_groups:d}"
            "</MaxNetworkSecurityGroups>"
        )
    if obj.max_network_security_rules_per_group is not None:
        out.append(
            "<MaxNetworkSecurityRulesPerGroup>"
            f"{obj.max_network_security_rules_per_group:d}"
            "</MaxNetworkSecurityRulesPerGroup>"
        )
    if obj.max_route_tables is not None:
        out.append(f"<MaxRouteTables>{obj.max_route_tables:d}</MaxRouteTables>")
    if obj.max_routes_per_route_table is not None:
        out.append(
            f"<MaxRoutesPerRouteTable>{obj.max_routes_per_route_table:d}</MaxRoutesPerRouteTable>"
        )
    out.append(f"</{tag}>")


def _write_subscription_operation_collection(
    obj: SubscriptionOperationCollection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.subscription_operations:
        out.append("<SubscriptionOperations>")
        for subscription_operations_item in obj.subscription_operations:
            _write_subscription_operation(
                subscription_operations_item, "SubscriptionOperation", out
            )
        out.append("</SubscriptionOperations>")
    text = obj.continuation_token
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ContinuationToken>{text}</ContinuationToken>")
    out.append(f"</{tag}>")


def _write_subscription_operation(
    obj: SubscriptionOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.operation_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OperationId>{text}</OperationId>")
    text = obj.operation_object_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OperationObjectId>{text}</OperationObjectId>")
    text = obj.operation_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OperationName>{text}</OperationName>")
    if obj.operation_parameters:
        out.append("<OperationParameters>")
        for operation_parameters_item in obj.operation_parameters:
            _write_operation_parameter(operation_parameters_item, "OperationParameter", out)
        out.append("</OperationParameters>")
    if obj.operation_caller is not None and not is_blank(obj.operation_caller):
        _write_operation_caller(obj.operation_caller, "OperationCaller", out)
    if obj.operation_status is not None and not is_blank(obj.operation_status):
        _write_subscription_operation_status(obj.operation_status, "OperationStatus", out)
    if obj.operation_started_time is not None:
        out.append(
            "<OperationStartedTime>"
            f"{format_datetime(obj.operation_started_time)}"
            "</OperationStartedTime>"
        )
    if obj.operation_completed_time is not None:
        out.append(
            "<OperationCompletedTime>"
            f"{format_datetime(obj.operation_completed_time)}"
            "</OperationCompletedTime>"
        )
    text = obj.operation_kind
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OperationKind>{text}</OperationKind>")
    out.append(f"</{tag}>")


def _write_operation_parameter(
    obj: OperationParameter, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            '<Name xmlns="http://schemas.datacontract.org/2004/07/'
            'Microsoft.WindowsAzure.ServiceManagement">'
            f"{text}"
            "</Name>"
        )
    text = obj.value
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(
            '<Value xmlns="http://schemas.datacontract.org/2004/07/'
            'Microsoft.WindowsAzure.ServiceManagement">'
            f"{text}"
            "</Value>"
        )
    out.append(f"</{tag}>")


def _write_operation_caller(
    obj: OperationCaller, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.used_service_management_api is not None:
        out.append(
            "<UsedServiceManagementApi>"
            f"{format_bool(obj.used_service_management_api)}"
            "</UsedServiceManagementApi>"
        )
    text = obj.user_email_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UserEmailAddress>{text}</UserEmailAddress>")
    text = obj.subscription_certificate_thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificateThumbprint>{text}</SubscriptionCertificateThumbprint>")
    text = obj.client_ip
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ClientIP>{text}</ClientIP>")
    out.append(f"</{tag}>")


def _write_subscription_operation_status(
    obj: SubscriptionOperationStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.status_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ID>{text}</ID>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.http_status_code is not None:
        out.append(f"<HttpStatusCode>{obj.http_status_code:d}</HttpStatusCode>")
    if obj.error is not None:
        _write_operation_error(obj.error, "Error", out)
    out.append(f"</{tag}>")


def _write_traffic_manager_dns_prefix_availability(
    obj: TrafficManagerDnsPrefixAvailability, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.result is not None:
        out.append(f"<Result>{format_bool(obj.result)}</Result>")
    out.append(f"</{tag}>")


def _write_traffic_manager_profile(
    obj: TrafficManagerProfile, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.domain_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DomainName>{text}</DomainName>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.status_details is not None:
        _write_traffic_manager_profile_status_details(obj.status_details, "StatusDetails", out)
    if obj.definitions is not None:
        out.append("<Definitions>")
        for definitions_item in obj.definitions:
            _write_traffic_manager_definition_summary(definitions_item, "Definition", out)
        out.append("</Definitions>")
    out.append(f"</{tag}>")


def _write_traffic_manager_profile_status_details(
    obj: TrafficManagerProfileStatusDetails, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.enabled_version is not None:
        out.append(f"<EnabledVersion>{obj.enabled_version:d}</EnabledVersion>")
    out.append(f"</{tag}>")


def _write_traffic_manager_definition_summary(
    obj: TrafficManagerDefinitionSummary, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.version is not None:
        out.append(f"<Version>{obj.version:d}</Version>")
    out.append(f"</{tag}>")


def _write_traffic_manager_definition(
    obj: TrafficManagerDefinition, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.dns_options is not None:
        _write_traffic_manager_dns_options(obj.dns_options, "DnsOptions", out)
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.version is not None:
        out.append(f"<Version>{obj.version:d}</Version>")
    if obj.monitors is not None:
        out.append("<Monitors>")
        for monitors_item in obj.monitors:
            _write_traffic_manager_monitor(monitors_item, "Monitor", out)
        out.append("</Monitors>")
    if obj.policy is not None:
        _write_traffic_manager_policy(obj.policy, "Policy", out)
    out.append(f"</{tag}>")


def _write_traffic_manager_dns_options(
    obj: TrafficManagerDnsOptions, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.time_to_live_in_seconds is not None:
        out.append(f"<TimeToLiveInSeconds>{obj.time_to_live_in_seconds:d}</TimeToLiveInSeconds>")
    out.append(f"</{tag}>")


def _write_traffic_manager_monitor(
    obj: TrafficManagerMonitor, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.interval_in_seconds is not None:
        out.append(f"<IntervalInSeconds>{obj.interval_in_seconds:d}</IntervalInSeconds>")
    if obj.timeout_in_seconds is not None:
        out.append(f"<TimeoutInSeconds>{obj.timeout_in_seconds:d}</TimeoutInSeconds>")
    if obj.tolerated_number_of_failures is not None:
        out.append(
            "<ToleratedNumberOfFailures>"
            f"{obj.tolerated_number_of_failures:d}"
            "</ToleratedNumberOfFailures>"
        )
    text = obj.protocol
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Protocol>{text}</Protocol>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    if obj.http_options is not None:
        _write_traffic_manager_http_options(obj.http_options, "HttpOptions", out)
    out.append(f"</{tag}>")


def _write_traffic_manager_http_options(
    obj: TrafficManagerHttpOptions, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.verb
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Verb>{text}</Verb>")
    text = obj.relative_path
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RelativePath>{text}</RelativePath>")
    if obj.expected_status_code is not None:
        out.append(f"<ExpectedStatusCode>{obj.expected_status_code:d}</ExpectedStatusCode>")
    out.append(f"</{tag}>")


def _write_traffic_manager_policy(
    obj: TrafficManagerPolicy, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.load_balancing_method
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<LoadBalancingMethod>{text}</LoadBalancingMethod>")
    if obj.endpoints is not None:
        out.append("<Endpoints>")
        for endpoints_item in obj.endpoints:
            _write_traffic_manager_endpoint(endpoints_item, "Endpoint", out)
        out.append("</Endpoints>")
    text = obj.monitor_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MonitorStatus>{text}</MonitorStatus>")
    out.append(f"</{tag}>")


def _write_traffic_manager_endpoint(
    obj: TrafficManagerEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.domain_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DomainName>{text}</DomainName>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    text = obj.monitor_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MonitorStatus>{text}</MonitorStatus>")
    if obj.weight is not None:
        out.append(f"<Weight>{obj.weight:d}</Weight>")
    if obj.min_child_endpoints is not None:
        out.append(f"<MinChildEndpoints>{obj.min_child_endpoints:d}</MinChildEndpoints>")
    out.append(f"</{tag}>")


def _write_bgp_settings(obj: BgpSettings, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.asn is not None:
        out.append(f"<Asn>{obj.asn:d}</Asn>")
    text = obj.bgp_peering_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BgpPeeringAddress>{text}</BgpPeeringAddress>")
    if obj.peer_weight is not None:
        out.append(f"<PeerWeight>{obj.peer_weight:d}</PeerWeight>")
    out.append(f"</{tag}>")


def _write_local_network_gateway(
    obj: LocalNetworkGateway, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    text = obj.gateway_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayName>{text}</GatewayName>")
    text = obj.ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IpAddress>{text}</IpAddress>")
    if obj.address_space is not None:
        out.append("<AddressSpace>")
        for address_space_item in obj.address_space:
            if needs_escape(address_space_item) is not None:
                address_space_item = escape_text(address_space_item)
            out.append(f"<string>{address_space_item}</string>")
        out.append("</AddressSpace>")
    if obj.bgp_settings is not None:
        _write_bgp_settings(obj.bgp_settings, "BgpSettings", out)
    out.append(f"</{tag}>")


def _write_virtual_network_gateway_details(
    obj: VirtualNetworkGatewayDetails, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.gateway_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayId>{text}</GatewayId>")
    if obj.last_event is not None:
        _write_gateway_event(obj.last_event, "LastEvent", out)
    text = obj.gateway_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayName>{text}</GatewayName>")
    text = obj.gateway_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayType>{text}</GatewayType>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.vip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VIPAddress>{text}</VIPAddress>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    text = obj.vnet_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VnetId>{text}</VnetId>")
    text = obj.subnet_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubnetId>{text}</SubnetId>")
    if obj.default_sites is not None:
        out.append("<DefaultSites>")
        for default_sites_item in obj.default_sites:
            if needs_escape(default_sites_item) is not None:
                default_sites_item = escape_text(default_sites_item)
            out.append(f"<string>{default_sites_item}</string>")
        out.append("</DefaultSites>")
    if obj.enable_bgp is not None:
        out.append(f"<EnableBgp>{format_bool(obj.enable_bgp)}</EnableBgp>")
    if obj.bgp_settings is not None:
        _write_bgp_settings(obj.bgp_settings, "BgpSettings", out)
    out.append(f"</{tag}>")


def _write_gateway_connection_details(
    obj: GatewayConnectionDetails, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.gateway_connection_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayConnectionName>{text}</GatewayConnectionName>")
    text = obj.virtual_network_gateway_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualNetworkGatewayId>{text}</VirtualNetworkGatewayId>")
    text = obj.connected_entity_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectedEntityId>{text}</ConnectedEntityId>")
    text = obj.gateway_connection_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayConnectionType>{text}</GatewayConnectionType>")
    if obj.routing_weight is not None:
        out.append(f"<RoutingWeight>{obj.routing_weight:d}</RoutingWeight>")
    text = obj.shared_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SharedKey>{text}</SharedKey>")
    if obj.enable_bgp is not None:
        out.append(f"<EnableBgp>{format_bool(obj.enable_bgp)}</EnableBgp>")
    out.append(f"</{tag}>")


def _write_vm_image_details(
    obj: VMImageDetails, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Category>{text}</Category>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.os_disk_configuration is not None and not is_blank(obj.os_disk_configuration):
        _write_os_disk_configuration(obj.os_disk_configuration, "OSDiskConfiguration", out)
    if obj.data_disk_configurations:
        out.append("<DataDiskConfigurations>")
        for data_disk_configurations_item in obj.data_disk_configurations:
            _write_data_disk_configuration(
                data_disk_configurations_item, "DataDiskConfiguration", out
            )
        out.append("</DataDiskConfigurations>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
    text = obj.deployment_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentName>{text}</DeploymentName>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.modified_time is not None:
        out.append(f"<ModifiedTime>{format_datetime(obj.modified_time)}</ModifiedTime>")
    text = obj.language
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Language>{text}</Language>")
    text = obj.image_family
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ImageFamily>{text}</ImageFamily>")
    text = obj.recommended_vm_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RecommendedVMSize>{text}</RecommendedVMSize>")
    if obj.is_premium is not None:
        out.append(f"<IsPremium>{format_bool(obj.is_premium)}</IsPremium>")
    text = obj.eula
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Eula>{text}</Eula>")
    text = obj.icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IconUri>{text}</IconUri>")
    text = obj.small_icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SmallIconUri>{text}</SmallIconUri>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.publisher_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublisherName>{text}</PublisherName>")
    text = obj.pricing_detail_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PricingDetailLink>{text}</PricingDetailLink>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    text = obj.vm_image_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VMImageState>{text}</VMImageState>")
    text = obj.role_state_on_capture
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleStateOnCapture>{text}</RoleStateOnCapture>")
    text = obj.role_size_on_capture
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleSizeOnCapture>{text}</RoleSizeOnCapture>")
    if obj.is_corrupted is not None:
        out.append(f"<IsCorrupted>{format_bool(obj.is_corrupted)}</IsCorrupted>")
    text = obj.published_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublishedName>{text}</PublishedName>")
    text = obj.sharing_status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SharingStatus>{text}</SharingStatus>")
    if obj.replication_progress is not None:
        out.append("<ReplicationProgress>")
        for replication_progress_item in obj.replication_progress:
            _write_replication_progress_element(
                replication_progress_item, "ReplicationProgressElement", out
            )
        out.append("</ReplicationProgress>")
    if obj.compute_image_attributes is not None:
        _write_compute_image_attributes(obj.compute_image_attributes, "ComputeImageAttributes", out)
    if obj.marketplace_image_attributes is not None:
        _write_marketplace_image_attributes(
            obj.marketplace_image_attributes, "MarketplaceImageAttributes", out
        )
    out.append(f"</{tag}>")


def _write_compute_image_attributes(
    obj: ComputeImageAttributes, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.offer
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Offer>{text}</Offer>")
    text = obj.sku
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Sku>{text}</Sku>")
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
    out.append(f"</{tag}>")


def _write_marketplace_image_attributes(
    obj: MarketplaceImageAttributes, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.publisher_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublisherId>{text}</PublisherId>")
    if obj.plan is not None:
        _write_marketplace_plan(obj.plan, "Plan", out)
    out.append(f"</{tag}>")


def _write_marketplace_plan(
    obj: MarketplacePlan, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.publisher
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Publisher>{text}</Publisher>")
    text = obj.product
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Product>{text}</Product>")
    out.append(f"</{tag}>")


def _write_vm_image(obj: VMImage, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    text = obj.category
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Category>{text}</Category>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.os_disk_configuration is not None and not is_blank(obj.os_disk_configuration):
        _write_os_disk_configuration(obj.os_disk_configuration, "OSDiskConfiguration", out)
    if obj.data_disk_configurations:
        out.append("<DataDiskConfigurations>")
        for data_disk_configurations_item in obj.data_disk_configurations:
            _write_data_disk_configuration(
                data_disk_configurations_item, "DataDiskConfiguration", out
            )
        out.append("</DataDiskConfigurations>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
    text = obj.deployment_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentName>{text}</DeploymentName>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.modified_time is not None:
        out.append(f"<ModifiedTime>{format_datetime(obj.modified_time)}</ModifiedTime>")
    text = obj.language
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Language>{text}</Language>")
    text = obj.image_family
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ImageFamily>{text}</ImageFamily>")
    text = obj.recommended_vm_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RecommendedVMSize>{text}</RecommendedVMSize>")
    if obj.is_premium is not None:
        out.append(f"<IsPremium>{format_bool(obj.is_premium)}</IsPremium>")
    text = obj.eula
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Eula>{text}</Eula>")
    text = obj.icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IconUri>{text}</IconUri>")
    text = obj.small_icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SmallIconUri>{text}</SmallIconUri>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.publisher_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublisherName>{text}</PublisherName>")
    text = obj.pricing_detail_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PricingDetailLink>{text}</PricingDetailLink>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    text = obj.vm_image_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VMImageState>{text}</VMImageState>")
    text = obj.role_state_on_capture
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleStateOnCapture>{text}</RoleStateOnCapture>")
    text = obj.role_size_on_capture
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleSizeOnCapture>{text}</RoleSizeOnCapture>")
    if obj.is_corrupted is not None:
        out.append(f"<IsCorrupted>{format_bool(obj.is_corrupted)}</IsCorrupted>")
    out.append(f"</{tag}>")


def _write_os_disk_configuration(
    obj: OSDiskConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.host_caching
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostCaching>{text}</HostCaching>")
    text = obj.os_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OSState>{text}</OSState>")
    text = obj.os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OS>{text}</OS>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    out.append(f"</{tag}>")


def _write_data_disk_configuration(
    obj: DataDiskConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.host_caching
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostCaching>{text}</HostCaching>")
    if obj.lun is not None:
        out.append(f"<Lun>{obj.lun:d}</Lun>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    text = obj.io_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IOType>{text}</IOType>")
    out.append(f"</{tag}>")


def _write_backup_request(
    obj: BackupRequest, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.backup_schedule is not None:
        _write_backup_schedule(obj.backup_schedule, "BackupSchedule", out)
    if obj.databases is not None:
        out.append("<Databases>")
        for databases_item in obj.databases:
            _write_database_backup_setting(databases_item, "DatabaseBackupSetting", out)
        out.append("</Databases>")
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.storage_account_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StorageAccountUrl>{text}</StorageAccountUrl>")
    out.append(f"</{tag}>")


def _write_backup_schedule(
    obj: BackupSchedule, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.frequency_interval is not None:
        out.append(f"<FrequencyInterval>{obj.frequency_interval:d}</FrequencyInterval>")
    text = obj.frequency_unit
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FrequencyUnit>{text}</FrequencyUnit>")
    if obj.keep_at_least_one_backup is not None:
        out.append(
            "<KeepAtLeastOneBackup>"
            f"{format_bool(obj.keep_at_least_one_backup)}"
            "</KeepAtLeastOneBackup>"
        )
    if obj.last_execution_time is not None:
        out.append(
            f"<LastExecutionTime>{format_datetime(obj.last_execution_time)}</LastExecutionTime>"
        )
    if obj.retention_period_in_days is not None:
        out.append(
            f"<RetentionPeriodInDays>{obj.retention_period_in_days:d}</RetentionPeriodInDays>"
        )
    if obj.start_time is not None:
        out.append(f"<StartTime>{format_datetime(obj.start_time)}</StartTime>")
    out.append(f"</{tag}>")


def _write_database_backup_setting(
    obj: DatabaseBackupSetting, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectionString>{text}</ConnectionString>")
    text = obj.connection_string_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectionStringName>{text}</ConnectionStringName>")
    text = obj.database_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DatabaseType>{text}</DatabaseType>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    out.append(f"</{tag}>")


def _write_backup_item(obj: BackupItem, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.storage_account_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StorageAccountUrl>{text}</StorageAccountUrl>")
    text = obj.blob_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BlobName>{text}</BlobName>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.size_in_bytes is not None:
        out.append(f"<SizeInBytes>{obj.size_in_bytes:d}</SizeInBytes>")
    if obj.created is not None:
        out.append(f"<Created>{format_datetime(obj.created)}</Created>")
    text = obj.log
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Log>{text}</Log>")
    if obj.databases is not None:
        out.append("<Databases>")
        for databases_item in obj.databases:
            _write_database_backup_setting(databases_item, "DatabaseBackupSetting", out)
        out.append("</Databases>")
    if obj.scheduled is not None:
        out.append(f"<Scheduled>{format_bool(obj.scheduled)}</Scheduled>")
    if obj.last_restore_time_stamp is not None:
        out.append(
            "<LastRestoreTimeStamp>"
            f"{format_datetime(obj.last_restore_time_stamp)}"
            "</LastRestoreTimeStamp>"
        )
    if obj.finished_time_stamp is not None:
        out.append(
            f"<FinishedTimeStamp>{format_datetime(obj.finished_time_stamp)}</FinishedTimeStamp>"
        )
    text = obj.correlation_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CorrelationId>{text}</CorrelationId>")
    out.append(f"</{tag}>")


def _write_restore_request(
    obj: RestoreRequest, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.adjust_connection_strings is not None:
        out.append(
            "<AdjustConnectionStrings>"
            f"{format_bool(obj.adjust_connection_strings)}"
            "</AdjustConnectionStrings>"
        )
    text = obj.blob_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BlobName>{text}</BlobName>")
    if obj.databases is not None:
        out.append("<Databases>")
        for databases_item in obj.databases:
            _write_database_backup_setting(databases_item, "DatabaseBackupSetting", out)
        out.append("</Databases>")
    if obj.ignore_conflicting_host_names is not None:
        out.append(
            "<IgnoreConflictingHostNames>"
            f"{format_bool(obj.ignore_conflicting_host_names)}"
            "</IgnoreConflictingHostNames>"
        )
    if obj.overwrite is not None:
        out.append(f"<Overwrite>{format_bool(obj.overwrite)}</Overwrite>")
    text = obj.storage_account_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StorageAccountUrl>{text}</StorageAccountUrl>")
    out.append(f"</{tag}>")


def _write_restore_response(
    obj: RestoreResponse, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.operation_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OperationId>{text}</OperationId>")
    out.append(f"</{tag}>")


def _write_relay_service_connection_entity(
    obj: RelayServiceConnectionEntity, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.biztalk_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<BiztalkUri>{text}</BiztalkUri>")
    text = obj.entity_connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EntityConnectionString>{text}</EntityConnectionString>")
    text = obj.entity_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<EntityName>{text}</EntityName>")
    text = obj.hostname
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Hostname>{text}</Hostname>")
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    text = obj.resource_connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceConnectionString>{text}</ResourceConnectionString>")
    text = obj.resource_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceType>{text}</ResourceType>")
    out.append(f"</{tag}>")


def _write_repository_uri(
    obj: RepositoryUri, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.uri is not None:
        out.append(escape_text(obj.uri))
    out.append(f"</{tag}>")


def _write_instance_ids(obj: InstanceIds, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.instance_ids is not None:
        for instance_ids_item in obj.instance_ids:
            if needs_escape(instance_ids_item) is not None:
                instance_ids_item = escape_text(instance_ids_item)
            out.append(f"<string>{instance_ids_item}</string>")
    out.append(f"</{tag}>")


def _write_site_usage(obj: SiteUsage, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.compute_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComputeMode>{text}</ComputeMode>")
    if obj.current_value is not None:
        out.append(f"<CurrentValue>{obj.current_value:d}</CurrentValue>")
    text = obj.display_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DisplayName>{text}</DisplayName>")
    if obj.limit is not None:
        out.append(f"<Limit>{obj.limit:d}</Limit>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.next_reset_time is not None:
        out.append(f"<NextResetTime>{format_datetime(obj.next_reset_time)}</NextResetTime>")
    text = obj.resource_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceName>{text}</ResourceName>")
    text = obj.site_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SiteMode>{text}</SiteMode>")
    text = obj.unit
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Unit>{text}</Unit>")
    out.append(f"</{tag}>")


def _write_site_operation(
    obj: SiteOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.created_time is not None:
        out.append(f"<CreatedTime>{format_datetime(obj.created_time)}</CreatedTime>")
    if obj.errors is not None:
        out.append("<Errors>")
        for errors_item in obj.errors:
            _write_site_operation_error(errors_item, "Error", out)
        out.append("</Errors>")
    if obj.expiration_time is not None:
        out.append(f"<ExpirationTime>{format_datetime(obj.expiration_time)}</ExpirationTime>")
    text = obj.geo_master_operation_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoMasterOperationId>{text}</GeoMasterOperationId>")
    text = obj.id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
    if obj.modified_time is not None:
        out.append(f"<ModifiedTime>{format_datetime(obj.modified_time)}</ModifiedTime>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    out.append(f"</{tag}>")


def _write_site_operation_error(
    obj: SiteOperationError, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Code>{text}</Code>")
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    text = obj.extended_code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ExtendedCode>{text}</ExtendedCode>")
    text = obj.message_template
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MessageTemplate>{text}</MessageTemplate>")
    if obj.parameters is not None:
        out.append("<Parameters>")
        for parameters_item in obj.parameters:
            if needs_escape(parameters_item) is not None:
                parameters_item = escape_text(parameters_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{parameters_item}"
                "</string>"
            )
        out.append("</Parameters>")
    text = obj.inner_errors
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InnerErrors>{text}</InnerErrors>")
    out.append(f"</{tag}>")


def _write_web_space(obj: WebSpace, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.availability_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AvailabilityState>{text}</AvailabilityState>")
    text = obj.compute_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComputeMode>{text}</ComputeMode>")
    if obj.current_number_of_workers is not None:
        out.append(
            f"<CurrentNumberOfWorkers>{obj.current_number_of_workers:d}</CurrentNumberOfWorkers>"
        )
    text = obj.current_worker_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CurrentWorkerSize>{text}</CurrentWorkerSize>")
    text = obj.geo_location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoLocation>{text}</GeoLocation>")
    text = obj.geo_region
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GeoRegion>{text}</GeoRegion>")
    text = obj.hosting_environment
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostingEnvironment>{text}</HostingEnvironment>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.number_of_workers is not None:
        out.append(f"<NumberOfWorkers>{obj.number_of_workers:d}</NumberOfWorkers>")
    text = obj.plan
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Plan>{text}</Plan>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    text = obj.subscription
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Subscription>{text}</Subscription>")
    text = obj.worker_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<WorkerSize>{text}</WorkerSize>")
    out.append(f"</{tag}>")


def _write_site(obj: Site, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.admin_enabled is not None:
        out.append(f"<AdminEnabled>{format_bool(obj.admin_enabled)}</AdminEnabled>")
    text = obj.availability_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AvailabilityState>{text}</AvailabilityState>")
    if obj.cers is not None:
        out.append("<Cers>")
        for cers_item in obj.cers:
            _write_site_certificate(cers_item, "Certificate", out)
        out.append("</Cers>")
    if obj.client_affinity_enabled is not None:
        out.append(
            "<ClientAffinityEnabled>"
            f"{format_bool(obj.client_affinity_enabled)}"
            "</ClientAffinityEnabled>"
        )
    if obj.client_cert_enabled is not None:
        out.append(f"<ClientCertEnabled>{format_bool(obj.client_cert_enabled)}</ClientCertEnabled>")
    if obj.cloning_info is not None:
        _write_site_cloning_info(obj.cloning_info, "CloningInfo", out)
    text = obj.compute_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComputeMode>{text}</ComputeMode>")
    text = obj.content_availability_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ContentAvailabilityState>{text}</ContentAvailabilityState>")
    if obj.csrs is not None:
        out.append("<Csrs>")
        for csrs_item in obj.csrs:
            _write_site_csr(csrs_item, "Csr", out)
        out.append("</Csrs>")
    text = obj.deployment_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentId>{text}</DeploymentId>")
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    if obj.enabled_host_names:
        out.append("<EnabledHostNames>")
        for enabled_host_names_item in obj.enabled_host_names:
            if needs_escape(enabled_host_names_item) is not None:
                enabled_host_names_item = escape_text(enabled_host_names_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{enabled_host_names_item}"
                "</string>"
            )
        out.append("</EnabledHostNames>")
    text = obj.gateway_site_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySiteName>{text}</GatewaySiteName>")
    if obj.host_name_ssl_states:
        out.append("<HostNameSslStates>")
        for host_name_ssl_states_item in obj.host_name_ssl_states:
            _write_host_name_ssl_state(host_name_ssl_states_item, "HostNameSslState", out)
        out.append("</HostNameSslStates>")
    if obj.host_names:
        out.append("<HostNames>")
        for host_names_item in obj.host_names:
            if needs_escape(host_names_item) is not None:
                host_names_item = escape_text(host_names_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{host_names_item}"
                "</string>"
            )
        out.append("</HostNames>")
    text = obj.hosting_environment
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostingEnvironment>{text}</HostingEnvironment>")
    text = obj.hosting_environment_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostingEnvironmentId>{text}</HostingEnvironmentId>")
    text = obj.kind
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Kind>{text}</Kind>")
    if obj.last_modified_time_utc is not None:
        out.append(
            "<LastModifiedTimeUtc>"
            f"{format_datetime(obj.last_modified_time_utc)}"
            "</LastModifiedTimeUtc>"
        )
    text = obj.micro_service
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MicroService>{text}</MicroService>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.outbound_ip_addresses
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OutboundIpAddresses>{text}</OutboundIpAddresses>")
    text = obj.owner
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Owner>{text}</Owner>")
    if obj.premium_app_deployed is not None:
        out.append(
            f"<PremiumAppDeployed>{format_bool(obj.premium_app_deployed)}</PremiumAppDeployed>"
        )
    text = obj.repository_site_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RepositorySiteName>{text}</RepositorySiteName>")
    text = obj.runtime_availability_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RuntimeAvailabilityState>{text}</RuntimeAvailabilityState>")
    text = obj.sku
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SKU>{text}</SKU>")
    if obj.ssl_certificates is not None:
        out.append("<SSLCertificates>")
        for ssl_certificates_item in obj.ssl_certificates:
            _write_site_certificate(ssl_certificates_item, "Certificate", out)
        out.append("</SSLCertificates>")
    if obj.scm_site_also_stopped is not None:
        out.append(
            f"<ScmSiteAlsoStopped>{format_bool(obj.scm_site_also_stopped)}</ScmSiteAlsoStopped>"
        )
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.server_farm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerFarm>{text}</ServerFarm>")
    text = obj.server_farm_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerFarmId>{text}</ServerFarmId>")
    if obj.site_config is not None:
        _write_site_config(obj.site_config, "SiteConfig", out)
    text = obj.site_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SiteMode>{text}</SiteMode>")
    if obj.site_properties is not None:
        _write_site_properties(obj.site_properties, "SiteProperties", out)
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    text = obj.storage_recovery_default_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StorageRecoveryDefaultState>{text}</StorageRecoveryDefaultState>")
    text = obj.target_swap_slot
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetSwapSlot>{text}</TargetSwapSlot>")
    if obj.traffic_manager_host_names is not None:
        out.append("<TrafficManagerHostNames>")
        for traffic_manager_host_names_item in obj.traffic_manager_host_names:
            if needs_escape(traffic_manager_host_names_item) is not None:
                traffic_manager_host_names_item = escape_text(traffic_manager_host_names_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{traffic_manager_host_names_item}"
                "</string>"
            )
        out.append("</TrafficManagerHostNames>")
    text = obj.usage_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UsageState>{text}</UsageState>")
    text = obj.web_space
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<WebSpace>{text}</WebSpace>")
    out.append(f"</{tag}>")


def _write_site_certificate(
    obj: SiteCertificate, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.cer_blob is not None:
        out.append(f"<CerBlob>{format_base64(obj.cer_blob)}</CerBlob>")
    if obj.expiration_date is not None:
        out.append(f"<ExpirationDate>{format_datetime(obj.expiration_date)}</ExpirationDate>")
    text = obj.friendly_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<FriendlyName>{text}</FriendlyName>")
    if obj.host_names is not None:
        out.append("<HostNames>")
        for host_names_item in obj.host_names:
            if needs_escape(host_names_item) is not None:
                host_names_item = escape_text(host_names_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{host_names_item}"
                "</string>"
            )
        out.append("</HostNames>")
    if obj.issue_date is not None:
        out.append(f"<IssueDate>{format_datetime(obj.issue_date)}</IssueDate>")
    text = obj.issuer
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Issuer>{text}</Issuer>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
    if obj.pfx_blob is not None:
        out.append(f"<PfxBlob>{format_base64(obj.pfx_blob)}</PfxBlob>")
    text = obj.public_key_hash
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublicKeyHash>{text}</PublicKeyHash>")
    text = obj.self_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SelfLink>{text}</SelfLink>")
    text = obj.site_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SiteName>{text}</SiteName>")
    text = obj.subject_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubjectName>{text}</SubjectName>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    if obj.to_delete is not None:
        out.append(f"<ToDelete>{format_bool(obj.to_delete)}</ToDelete>")
    if obj.valid is not None:
        out.append(f"<Valid>{format_bool(obj.valid)}</Valid>")
    out.append(f"</{tag}>")


def _write_site_csr(obj: SiteCsr, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.csr_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CsrString>{text}</CsrString>")
    text = obj.distinguished_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DistinguishedName>{text}</DistinguishedName>")
    text = obj.hosting_environment
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostingEnvironment>{text}</HostingEnvironment>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
    if obj.pfx_blob is not None:
        out.append(f"<PfxBlob>{format_base64(obj.pfx_blob)}</PfxBlob>")
    text = obj.public_key_hash
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublicKeyHash>{text}</PublicKeyHash>")
    out.append(f"</{tag}>")


def _write_site_cloning_info(
    obj: SiteCloningInfo, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.clone_custom_host_names is not None:
        out.append(
            "<CloneCustomHostNames>"
            f"{format_bool(obj.clone_custom_host_names)}"
            "</CloneCustomHostNames>"
        )
    if obj.clone_source_control is not None:
        out.append(
            f"<CloneSourceControl>{format_bool(obj.clone_source_control)}</CloneSourceControl>"
        )
    if obj.configure_load_balancing is not None:
        out.append(
            "<ConfigureLoadBalancing>"
            f"{format_bool(obj.configure_load_balancing)}"
            "</ConfigureLoadBalancing>"
        )
    text = obj.correlation_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CorrelationId>{text}</CorrelationId>")
    text = obj.hosting_environment
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostingEnvironment>{text}</HostingEnvironment>")
    if obj.overwrite is not None:
        out.append(f"<Overwrite>{format_bool(obj.overwrite)}</Overwrite>")
    text = obj.source_web_app_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceWebAppId>{text}</SourceWebAppId>")
    text = obj.traffic_manager_profile_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TrafficManagerProfileId>{text}</TrafficManagerProfileId>")
    text = obj.traffic_manager_profile_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TrafficManagerProfileName>{text}</TrafficManagerProfileName>")
    out.append(f"</{tag}>")


def _write_site_config(obj: SiteConfig, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.app_settings is not None:
        write_map(out, "AppSettings", "NameValuePair", "Name", "Value", obj.app_settings)
    if obj.connection_strings is not None:
        out.append("<ConnectionStrings>")
        for connection_strings_item in obj.connection_strings:
            _write_conn_string_info(connection_strings_item, "ConnStringInfo", out)
        out.append("</ConnectionStrings>")
    if obj.default_documents is not None:
        out.append("<DefaultDocuments>")
        for default_documents_item in obj.default_documents:
            if needs_escape(default_documents_item) is not None:
                default_documents_item = escape_text(default_documents_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{default_documents_item}"
                "</string>"
            )
        out.append("</DefaultDocuments>")
    if obj.detailed_error_logging_enabled is not None:
        out.append(
            "<DetailedErrorLoggingEnabled>"
            f"{format_bool(obj.detailed_error_logging_enabled)}"
            "</DetailedErrorLoggingEnabled>"
        )
    text = obj.document_root
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DocumentRoot>{text}</DocumentRoot>")
    if obj.handler_mappings is not None:
        out.append("<HandlerMappings>")
        for handler_mappings_item in obj.handler_mappings:
            _write_handler_mapping(handler_mappings_item, "HandlerMapping", out)
        out.append("</HandlerMappings>")
    if obj.http_logging_enabled is not None:
        out.append(
            f"<HttpLoggingEnabled>{format_bool(obj.http_logging_enabled)}</HttpLoggingEnabled>"
        )
    if obj.logs_directory_size_limit is not None:
        out.append(
            f"<LogsDirectorySizeLimit>{obj.logs_directory_size_limit:d}</LogsDirectorySizeLimit>"
        )
    text = obj.managed_pipeline_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ManagedPipelineMode>{text}</ManagedPipelineMode>")
    if obj.metadata is not None:
        write_map(out, "Metadata", "NameValuePair", "Name", "Value", obj.metadata)
    text = obj.net_framework_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<NetFrameworkVersion>{text}</NetFrameworkVersion>")
    if obj.number_of_workers is not None:
        out.append(f"<NumberOfWorkers>{obj.number_of_workers:d}</NumberOfWorkers>")
    text = obj.php_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PhpVersion>{text}</PhpVersion>")
    text = obj.publishing_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublishingPassword>{text}</PublishingPassword>")
    text = obj.publishing_username
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublishingUsername>{text}</PublishingUsername>")
    if obj.remote_debugging_enabled is not None:
        out.append(
            "<RemoteDebuggingEnabled>"
            f"{format_bool(obj.remote_debugging_enabled)}"
            "</RemoteDebuggingEnabled>"
        )
    text = obj.remote_debugging_version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RemoteDebuggingVersion>{text}</RemoteDebuggingVersion>")
    if obj.request_tracing_enabled is not None:
        out.append(
            "<RequestTracingEnabled>"
            f"{format_bool(obj.request_tracing_enabled)}"
            "</RequestTracingEnabled>"
        )
    if obj.request_tracing_expiration_time is not None:
        out.append(
            "<RequestTracingExpirationTime>"
            f"{format_datetime(obj.request_tracing_expiration_time)}"
            "</RequestTracingExpirationTime>"
        )
    text = obj.scm_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ScmType>{text}</ScmType>")
    if obj.use32_bit_worker_process is not None:
        out.append(
            "<Use32BitWorkerProcess>"
            f"{format_bool(obj.use32_bit_worker_process)}"
            "</Use32BitWorkerProcess>"
        )
    if obj.web_sockets_enabled is not None:
        out.append(f"<WebSocketsEnabled>{format_bool(obj.web_sockets_enabled)}</WebSocketsEnabled>")
    out.append(f"</{tag}>")


def _write_conn_string_info(
    obj: ConnStringInfo, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.connection_string
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectionString>{text}</ConnectionString>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    out.append(f"</{tag}>")


def _write_handler_mapping(
    obj: HandlerMapping, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.arguments
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Arguments>{text}</Arguments>")
    text = obj.extension
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Extension>{text}</Extension>")
    text = obj.script_processor
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ScriptProcessor>{text}</ScriptProcessor>")
    out.append(f"</{tag}>")


def _write_site_properties(
    obj: SiteProperties, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.app_settings is not None:
        write_map(out, "AppSettings", "NameValuePair", "Name", "Value", obj.app_settings)
    if obj.metadata is not None:
        write_map(out, "Metadata", "NameValuePair", "Name", "Value", obj.metadata)
    if obj.properties is not None:
        write_map(out, "Properties", "NameValuePair", "Name", "Value", obj.properties)
    out.append(f"</{tag}>")


def _write_host_name_ssl_state(
    obj: HostNameSslState, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.host_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostType>{text}</HostType>")
    text = obj.ip_based_ssl_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IPBasedSslState>{text}</IPBasedSslState>")
    text = obj.ip_based_ssl_result
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IpBasedSslResult>{text}</IpBasedSslResult>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.ssl_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SslState>{text}</SslState>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Thumbprint>{text}</Thumbprint>")
    if obj.to_update is not None:
        out.append(f"<ToUpdate>{format_bool(obj.to_update)}</ToUpdate>")
    if obj.to_update_ip_based_ssl is not None:
        out.append(
            f"<ToUpdateIpBasedSsl>{format_bool(obj.to_update_ip_based_ssl)}</ToUpdateIpBasedSsl>"
        )
    text = obj.virtual_ip
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualIP>{text}</VirtualIP>")
    out.append(f"</{tag}>")


def _write_metric_response(
    obj: MetricResponse, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Code>{text}</Code>")
    if obj.data is not None and not is_blank(obj.data):
        _write_data(obj.data, "Data", out)
    text = obj.message
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Message>{text}</Message>")
    out.append(f"</{tag}>")


def _write_data(obj: Data, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.display_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DisplayName>{text}</DisplayName>")
    if obj.end_time is not None:
        out.append(f"<EndTime>{format_datetime(obj.end_time)}</EndTime>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.primary_aggregation_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrimaryAggregationType>{text}</PrimaryAggregationType>")
    if obj.start_time is not None:
        out.append(f"<StartTime>{format_datetime(obj.start_time)}</StartTime>")
    text = obj.time_grain
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TimeGrain>{text}</TimeGrain>")
    text = obj.unit
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Unit>{text}</Unit>")
    if obj.values:
        out.append("<Values>")
        for values_item in obj.values:
            _write_metric_sample(values_item, "MetricSample", out)
        out.append("</Values>")
    out.append(f"</{tag}>")


def _write_metric_sample(obj: MetricSample, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.count is not None:
        out.append(f"<Count>{obj.count:d}</Count>")
    text = obj.instance_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<InstanceName>{text}</InstanceName>")
    if obj.maximum is not None:
        out.append(f"<Maximum>{obj.maximum:d}</Maximum>")
    if obj.minimum is not None:
        out.append(f"<Minimum>{obj.minimum:d}</Minimum>")
    if obj.time_created is not None:
        out.append(f"<TimeCreated>{format_datetime(obj.time_created)}</TimeCreated>")
    if obj.total is not None:
        out.append(f"<Total>{obj.total:d}</Total>")
    out.append(f"</{tag}>")


def _write_metric_definition(
    obj: MetricDefinition, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.display_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DisplayName>{text}</DisplayName>")
    if obj.metric_availabilities:
        out.append("<MetricAvailabilities>")
        for metric_availabilities_item in obj.metric_availabilities:
            _write_metric_availability(metric_availabilities_item, "MetricAvailabilily", out)
        out.append("</MetricAvailabilities>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.primary_aggregation_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrimaryAggregationType>{text}</PrimaryAggregationType>")
    text = obj.unit
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Unit>{text}</Unit>")
    out.append(f"</{tag}>")


def _write_metric_availability(
    obj: MetricAvailability, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.retention
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Retention>{text}</Retention>")
    text = obj.time_grain
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TimeGrain>{text}</TimeGrain>")
    out.append(f"</{tag}>")


def _write_publish_data(obj: PublishData, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.publish_profiles:
        for publish_profiles_item in obj.publish_profiles:
            _write_publish_profile(publish_profiles_item, "publishProfile", out)
    out.append(f"</{tag}>")


def _write_publish_profile(
    obj: PublishProfile, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.profile_name is not None:
        out.append(f' profileName="{escape_attribute(obj.profile_name)}"')
    if obj.publish_method is not None:
        out.append(f' publishMethod="{escape_attribute(obj.publish_method)}"')
    if obj.publish_url is not None:
        out.append(f' publishUrl="{escape_attribute(obj.publish_url)}"')
    if obj.msdeploysite is not None:
        out.append(f' msdeploySite="{escape_attribute(obj.msdeploysite)}"')
    if obj.ftp_passive_mode is not None:
        out.append(f' ftpPassiveMode="{format_bool(obj.ftp_passive_mode)}"')
    if obj.user_name is not None:
        out.append(f' userName="{escape_attribute(obj.user_name)}"')
    if obj.user_pwd is not None:
        out.append(f' userPWD="{escape_attribute(obj.user_pwd)}"')
    if obj.destination_app_url is not None:
        out.append(f' destinationAppUrl="{escape_attribute(obj.destination_app_url)}"')
    if obj.sql_server_db_connection_string is not None:
        out.append(
            ' SQLServerDBConnectionString="'
            f"{escape_attribute(obj.sql_server_db_connection_string)}"
            '"'
        )
    if obj.my_sqldb_connection_string is not None:
        out.append(f' mySQLDBConnectionString="{escape_attribute(obj.my_sqldb_connection_string)}"')
    if obj.hosting_provider_forum_link is not None:
        out.append(
            f' hostingProviderForumLink="{escape_attribute(obj.hosting_provider_forum_link)}"'
        )
    if obj.control_panel_link is not None:
        out.append(f' controlPanelLink="{escape_attribute(obj.control_panel_link)}"')
    if obj.web_system is not None:
        out.append(f' webSystem="{escape_attribute(obj.web_system)}"')
    out.append(">")
    if obj.databases is not None:
        out.append("<databases>")
        for databases_item in obj.databases:
            _write_publish_database(databases_item, "add", out)
        out.append("</databases>")
    out.append(f"</{tag}>")


def _write_publish_database(
    obj: PublishDatabase, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}")
    if obj.name is not None:
        out.append(f' name="{escape_attribute(obj.name)}"')
    if obj.connection_string is not None:
        out.append(f' connectionString="{escape_attribute(obj.connection_string)}"')
    if obj.provider_name is not None:
        out.append(f' providerName="{escape_attribute(obj.provider_name)}"')
    if obj.type is not None:
        out.append(f' type="{escape_attribute(obj.type)}"')
    out.append(">")
    out.append(f"</{tag}>")


def _write_server_farm(obj: ServerFarm, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.number_of_workers is not None:
        out.append(f"<NumberOfWorkers>{obj.number_of_workers:d}</NumberOfWorkers>")
    text = obj.sku
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SKU>{text}</SKU>")
    text = obj.worker_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<WorkerSize>{text}</WorkerSize>")
    text = obj.admin_site_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdminSiteName>{text}</AdminSiteName>")
    out.append(f"</{tag}>")


def _write_publishing_users(
    obj: PublishingUsers, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.names is not None:
        for names_item in obj.names:
            if needs_escape(names_item) is not None:
                names_item = escape_text(names_item)
            out.append(f"<string>{names_item}</string>")
    out.append(f"</{tag}>")


def _write_publishing_user(
    obj: PublishingUser, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.publishing_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublishingPassword>{text}</PublishingPassword>")
    text = obj.publishing_user_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PublishingUserName>{text}</PublishingUserName>")
    out.append(f"</{tag}>")


def _write_dns_suffix(obj: DnsSuffix, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.value is not None:
        out.append(escape_text(obj.value))
    out.append(f"</{tag}>")


def _write_hostname_availability(
    obj: HostnameAvailability, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.value is not None:
        out.append(escape_text(obj.value))
    out.append(f"</{tag}>")


def _write_geo_region(obj: GeoRegion, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.sort_order is not None:
        out.append(f"<SortOrder>{obj.sort_order:d}</SortOrder>")
    out.append(f"</{tag}>")


def _document(
    write: Callable[[Any, str, list[str], str], None], obj: object, root: str, namespace: str
) -> bytes:
    out: list[str] = []
    write(obj, root, out, f' xmlns="{namespace}" xmlns:i="{XSI}"')
    return "".join(out).encode()


def serialize_affinity_group(obj: AffinityGroup) -> bytes:
    """The `<AffinityGroup>` document of `obj`."""
    return _document(
        _write_affinity_group, obj, "AffinityGroup", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_application_gateway(obj: ApplicationGateway) -> bytes:
    """The `<ApplicationGateway>` document of `obj`."""
    return _document(
        _write_application_gateway,
        obj,
        "ApplicationGateway",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_certificate(obj: ApplicationGatewayCertificate) -> bytes:
    """The `<ApplicationGatewayCertificate>` document of `obj`."""
    return _document(
        _write_application_gateway_certificate,
        obj,
        "ApplicationGatewayCertificate",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_configuration(obj: ApplicationGatewayConfiguration) -> bytes:
    """The `<ApplicationGatewayConfiguration>` document of `obj`."""
    return _document(
        _write_application_gateway_configuration,
        obj,
        "ApplicationGatewayConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_frontend_ip(obj: ApplicationGatewayFrontendIP) -> bytes:
    """The `<FrontendIPConfiguration>` document of `obj`."""
    return _document(
        _write_application_gateway_frontend_ip,
        obj,
        "FrontendIPConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_frontend_port(obj: ApplicationGatewayFrontendPort) -> bytes:
    """The `<FrontendPort>` document of `obj`."""
    return _document(
        _write_application_gateway_frontend_port,
        obj,
        "FrontendPort",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_probe(obj: ApplicationGatewayProbe) -> bytes:
    """The `<Probe>` document of `obj`."""
    return _document(
        _write_application_gateway_probe, obj, "Probe", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_application_gateway_backend_address_pool(
    obj: ApplicationGatewayBackendAddressPool,
) -> bytes:
    """The `<BackendAddressPool>` document of `obj`."""
    return _document(
        _write_application_gateway_backend_address_pool,
        obj,
        "BackendAddressPool",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_backend_http_settings(
    obj: ApplicationGatewayBackendHttpSettings,
) -> bytes:
    """The `<BackendHttpSettings>` document of `obj`."""
    return _document(
        _write_application_gateway_backend_http_settings,
        obj,
        "BackendHttpSettings",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_http_listener(obj: ApplicationGatewayHttpListener) -> bytes:
    """The `<HttpListener>` document of `obj`."""
    return _document(
        _write_application_gateway_http_listener,
        obj,
        "HttpListener",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_http_load_balancing_rule(
    obj: ApplicationGatewayHttpLoadBalancingRule,
) -> bytes:
    """The `<HttpLoadBalancingRule>` document of `obj`."""
    return _document(
        _write_application_gateway_http_load_balancing_rule,
        obj,
        "HttpLoadBalancingRule",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_certificate(obj: Certificate) -> bytes:
    """The `<Certificate>` document of `obj`."""
    return _document(
        _write_certificate, obj, "Certificate", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_subscription_certificate(obj: SubscriptionCertificate) -> bytes:
    """The `<SubscriptionCertificate>` document of `obj`."""
    return _document(
        _write_subscription_certificate,
        obj,
        "SubscriptionCertificate",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_operation(obj: Operation) -> bytes:
    """The `<Operation>` document of `obj`."""
    return _document(
        _write_operation, obj, "Operation", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_operation_error(obj: OperationError) -> bytes:
    """The `<Error>` document of `obj`."""
    return _document(
        _write_operation_error, obj, "Error", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_deployment_event_collection(obj: DeploymentEventCollection) -> bytes:
    """The `<DeploymentEventCollection>` document of `obj`."""
    return _document(
        _write_deployment_event_collection,
        obj,
        "DeploymentEventCollection",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_reboot_event(obj: RebootEvent) -> bytes:
    """The `<RebootEvent>` document of `obj`."""
    return _document(
        _write_reboot_event, obj, "RebootEvent", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_deployment(obj: Deployment) -> bytes:
    """The `<Deployment>` document of `obj`."""
    return _document(
        _write_deployment, obj, "Deployment", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_role_instance(obj: RoleInstance) -> bytes:
    """The `<RoleInstance>` document of `obj`."""
    return _document(
        _write_role_instance, obj, "RoleInstance", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_instance_endpoint(obj: InstanceEndpoint) -> bytes:
    """The `<InstanceEndpoint>` document of `obj`."""
    return _document(
        _write_instance_endpoint,
        obj,
        "InstanceEndpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_guest_agent_status(obj: GuestAgentStatus) -> bytes:
    """The `<GuestAgentStatus>` document of `obj`."""
    return _document(
        _write_guest_agent_status,
        obj,
        "GuestAgentStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_status_message(obj: StatusMessage) -> bytes:
    """The `<Message>` document of `obj`."""
    return _document(
        _write_status_message, obj, "Message", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_maintenance_status(obj: MaintenanceStatus) -> bytes:
    """The `<MaintenanceStatus>` document of `obj`."""
    return _document(
        _write_maintenance_status,
        obj,
        "MaintenanceStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_formatted_message(obj: FormattedMessage) -> bytes:
    """The `<FormattedMessage>` document of `obj`."""
    return _document(
        _write_formatted_message,
        obj,
        "FormattedMessage",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_extension_status(obj: ResourceExtensionStatus) -> bytes:
    """The `<ResourceExtensionStatus>` document of `obj`."""
    return _document(
        _write_resource_extension_status,
        obj,
        "ResourceExtensionStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_extension_setting_status(obj: ExtensionSettingStatus) -> bytes:
    """The `<ExtensionSettingStatus>` document of `obj`."""
    return _document(
        _write_extension_setting_status,
        obj,
        "ExtensionSettingStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_sub_status(obj: SubStatus) -> bytes:
    """The `<SubStatus>` document of `obj`."""
    return _document(
        _write_sub_status, obj, "SubStatus", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_role_instance_network_interface(obj: RoleInstanceNetworkInterface) -> bytes:
    """The `<NetworkInterface>` document of `obj`."""
    return _document(
        _write_role_instance_network_interface,
        obj,
        "NetworkInterface",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_role_instance_ip_configuration(obj: RoleInstanceIPConfiguration) -> bytes:
    """The `<IPConfiguration>` document of `obj`."""
    return _document(
        _write_role_instance_ip_configuration,
        obj,
        "IPConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_upgrade_status(obj: UpgradeStatus) -> bytes:
    """The `<UpgradeStatus>` document of `obj`."""
    return _document(
        _write_upgrade_status, obj, "UpgradeStatus", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_input_endpoint(obj: InputEndpoint) -> bytes:
    """The `<InputEndpoint>` document of `obj`."""
    return _document(
        _write_input_endpoint, obj, "InputEndpoint", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_persistent_vm_downtime_info(obj: PersistentVMDowntimeInfo) -> bytes:
    """The `<PersistentVMDowntime>` document of `obj`."""
    return _document(
        _write_persistent_vm_downtime_info,
        obj,
        "PersistentVMDowntime",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_virtual_ip(obj: VirtualIP) -> bytes:
    """The `<VirtualIP>` document of `obj`."""
    return _document(
        _write_virtual_ip, obj, "VirtualIP", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_load_balancer(obj: LoadBalancer) -> bytes:
    """The `<LoadBalancer>` document of `obj`."""
    return _document(
        _write_load_balancer, obj, "LoadBalancer", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_frontend_ip_configuration(obj: FrontendIpConfiguration) -> bytes:
    """The `<FrontendIpConfiguration>` document of `obj`."""
    return _document(
        _write_frontend_ip_configuration,
        obj,
        "FrontendIpConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_dns_server(obj: DnsServer) -> bytes:
    """The `<DnsServer>` document of `obj`."""
    return _document(
        _write_dns_server, obj, "DnsServer", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_extension_configuration(obj: ExtensionConfiguration) -> bytes:
    """The `<ExtensionConfiguration>` document of `obj`."""
    return _document(
        _write_extension_configuration,
        obj,
        "ExtensionConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_role_extensions(obj: RoleExtensions) -> bytes:
    """The `<Role>` document of `obj`."""
    return _document(
        _write_role_extensions, obj, "Role", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_extension(obj: Extension) -> bytes:
    """The `<Extension>` document of `obj`."""
    return _document(
        _write_extension, obj, "Extension", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_disk(obj: Disk) -> bytes:
    """The `<Disk>` document of `obj`."""
    return _document(_write_disk, obj, "Disk", "http://schemas.microsoft.com/windowsazure")


def serialize_attached_to(obj: AttachedTo) -> bytes:
    """The `<AttachedTo>` document of `obj`."""
    return _document(
        _write_attached_to, obj, "AttachedTo", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_gateway(obj: Gateway) -> bytes:
    """The `<Gateway>` document of `obj`."""
    return _document(_write_gateway, obj, "Gateway", "http://schemas.microsoft.com/windowsazure")


def serialize_gateway_event(obj: GatewayEvent) -> bytes:
    """The `<LastEvent>` document of `obj`."""
    return _document(
        _write_gateway_event, obj, "LastEvent", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_gateway_connection_status(obj: GatewayConnectionStatus) -> bytes:
    """The `<Connection>` document of `obj`."""
    return _document(
        _write_gateway_connection_status,
        obj,
        "Connection",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_shared_key(obj: GatewaySharedKey) -> bytes:
    """The `<SharedKey>` document of `obj`."""
    return _document(
        _write_gateway_shared_key, obj, "SharedKey", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_i_psec_parameters(obj: IPsecParameters) -> bytes:
    """The `<IPsecParameters>` document of `obj`."""
    return _document(
        _write_i_psec_parameters,
        obj,
        "IPsecParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_public_diagnostics_status(obj: GatewayPublicDiagnosticsStatus) -> bytes:
    """The `<GatewayPublicDiagnosticsStatus>` document of `obj`."""
    return _document(
        _write_gateway_public_diagnostics_status,
        obj,
        "GatewayPublicDiagnosticsStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_operation(obj: GatewayOperation) -> bytes:
    """The `<GatewayOperation>` document of `obj`."""
    return _document(
        _write_gateway_operation,
        obj,
        "GatewayOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_operation_error(obj: GatewayOperationError) -> bytes:
    """The `<Error>` document of `obj`."""
    return _document(
        _write_gateway_operation_error, obj, "Error", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_vpn_device_list(obj: VpnDeviceList) -> bytes:
    """The `<VpnDeviceList>` document of `obj`."""
    return _document(_write_vpn_device_list, obj, "VpnDeviceList", "")


def serialize_vpn_device_vendor(obj: VpnDeviceVendor) -> bytes:
    """The `<Vendor>` document of `obj`."""
    return _document(_write_vpn_device_vendor, obj, "Vendor", "")


def serialize_vpn_device_platform(obj: VpnDevicePlatform) -> bytes:
    """The `<Platform>` document of `obj`."""
    return _document(_write_vpn_device_platform, obj, "Platform", "")


def serialize_vpn_device_os_family(obj: VpnDeviceOSFamily) -> bytes:
    """The `<OSFamily>` document of `obj`."""
    return _document(_write_vpn_device_os_family, obj, "OSFamily", "")


def serialize_client_root_certificate(obj: ClientRootCertificate) -> bytes:
    """The `<ClientRootCertificate>` document of `obj`."""
    return _document(
        _write_client_root_certificate,
        obj,
        "ClientRootCertificate",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_hosted_service(obj: HostedService) -> bytes:
    """The `<HostedService>` document of `obj`."""
    return _document(
        _write_hosted_service, obj, "HostedService", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_hosted_service_properties(obj: HostedServiceProperties) -> bytes:
    """The `<HostedServiceProperties>` document of `obj`."""
    return _document(
        _write_hosted_service_properties,
        obj,
        "HostedServiceProperties",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_hosted_service_compute_capabilities(obj: HostedServiceComputeCapabilities) -> bytes:
    """The `<ComputeCapabilities>` document of `obj`."""
    return _document(
        _write_hosted_service_compute_capabilities,
        obj,
        "ComputeCapabilities",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_availability_response(obj: AvailabilityResponse) -> bytes:
    """The `<AvailabilityResponse>` document of `obj`."""
    return _document(
        _write_availability_response,
        obj,
        "AvailabilityResponse",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_os_image_details(obj: OSImageDetails) -> bytes:
    """The `<OSImageDetails>` document of `obj`."""
    return _document(
        _write_os_image_details, obj, "OSImageDetails", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_replication_progress_element(obj: ReplicationProgressElement) -> bytes:
    """The `<ReplicationProgressElement>` document of `obj`."""
    return _document(
        _write_replication_progress_element,
        obj,
        "ReplicationProgressElement",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_location(obj: Location) -> bytes:
    """The `<Location>` document of `obj`."""
    return _document(_write_location, obj, "Location", "http://schemas.microsoft.com/windowsazure")


def serialize_storage_capabilities(obj: StorageCapabilities) -> bytes:
    """The `<StorageCapabilities>` document of `obj`."""
    return _document(
        _write_storage_capabilities,
        obj,
        "StorageCapabilities",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_compute_capabilities(obj: ComputeCapabilities) -> bytes:
    """The `<ComputeCapabilities>` document of `obj`."""
    return _document(
        _write_compute_capabilities,
        obj,
        "ComputeCapabilities",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_migration_validation_message(obj: MigrationValidationMessage) -> bytes:
    """The `<ValidationMessage>` document of `obj`."""
    return _document(
        _write_migration_validation_message,
        obj,
        "ValidationMessage",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_ip_forwarding(obj: IPForwarding) -> bytes:
    """The `<IPForwarding>` document of `obj`."""
    return _document(
        _write_ip_forwarding, obj, "IPForwarding", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_address_availability(obj: AddressAvailability) -> bytes:
    """The `<AddressAvailabilityResponse>` document of `obj`."""
    return _document(
        _write_address_availability,
        obj,
        "AddressAvailabilityResponse",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_network_migration_validation_message(obj: NetworkMigrationValidationMessage) -> bytes:
    """The `<ValidationMessage>` document of `obj`."""
    return _document(
        _write_network_migration_validation_message,
        obj,
        "ValidationMessage",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_network_security_group(obj: NetworkSecurityGroup) -> bytes:
    """The `<NetworkSecurityGroup>` document of `obj`."""
    return _document(
        _write_network_security_group,
        obj,
        "NetworkSecurityGroup",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_network_security_rule(obj: NetworkSecurityRule) -> bytes:
    """The `<Rule>` document of `obj`."""
    return _document(
        _write_network_security_rule, obj, "Rule", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_network_security_group_association(obj: NetworkSecurityGroupAssociation) -> bytes:
    """The `<NetworkSecurityGroup>` document of `obj`."""
    return _document(
        _write_network_security_group_association,
        obj,
        "NetworkSecurityGroup",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_reserved_ip(obj: ReservedIP) -> bytes:
    """The `<ReservedIP>` document of `obj`."""
    return _document(
        _write_reserved_ip, obj, "ReservedIP", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_virtual_network_site(obj: VirtualNetworkSite) -> bytes:
    """The `<VirtualNetworkSite>` document of `obj`."""
    return _document(
        _write_virtual_network_site,
        obj,
        "VirtualNetworkSite",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_subnet(obj: Subnet) -> bytes:
    """The `<Subnet>` document of `obj`."""
    return _document(_write_subnet, obj, "Subnet", "http://schemas.microsoft.com/windowsazure")


def serialize_virtual_network_gateway(obj: VirtualNetworkGateway) -> bytes:
    """The `<Gateway>` document of `obj`."""
    return _document(
        _write_virtual_network_gateway, obj, "Gateway", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_gateway_local_network_site(obj: GatewayLocalNetworkSite) -> bytes:
    """The `<LocalNetworkSite>` document of `obj`."""
    return _document(
        _write_gateway_local_network_site,
        obj,
        "LocalNetworkSite",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_connection(obj: GatewayConnection) -> bytes:
    """The `<Connection>` document of `obj`."""
    return _document(
        _write_gateway_connection, obj, "Connection", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_network_configuration(obj: NetworkConfiguration) -> bytes:
    """The `<NetworkConfiguration>` document of `obj`."""
    return _document(
        _write_network_configuration,
        obj,
        "NetworkConfiguration",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_network_dns_server(obj: NetworkDnsServer) -> bytes:
    """The `<DnsServer>` document of `obj`."""
    return _document(
        _write_network_dns_server,
        obj,
        "DnsServer",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_local_network_site(obj: LocalNetworkSite) -> bytes:
    """The `<LocalNetworkSite>` document of `obj`."""
    return _document(
        _write_local_network_site,
        obj,
        "LocalNetworkSite",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_virtual_network_site_configuration(obj: VirtualNetworkSiteConfiguration) -> bytes:
    """The `<VirtualNetworkSite>` document of `obj`."""
    return _document(
        _write_virtual_network_site_configuration,
        obj,
        "VirtualNetworkSite",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_subnet_configuration(obj: SubnetConfiguration) -> bytes:
    """The `<Subnet>` document of `obj`."""
    return _document(
        _write_subnet_configuration,
        obj,
        "Subnet",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_dns_server_ref(obj: DnsServerRef) -> bytes:
    """The `<DnsServerRef>` document of `obj`."""
    return _document(
        _write_dns_server_ref,
        obj,
        "DnsServerRef",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_network_gateway(obj: NetworkGateway) -> bytes:
    """The `<Gateway>` document of `obj`."""
    return _document(
        _write_network_gateway,
        obj,
        "Gateway",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_local_network_site_ref(obj: LocalNetworkSiteRef) -> bytes:
    """The `<LocalNetworkSiteRef>` document of `obj`."""
    return _document(
        _write_local_network_site_ref,
        obj,
        "LocalNetworkSiteRef",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_local_network_connection(obj: LocalNetworkConnection) -> bytes:
    """The `<Connection>` document of `obj`."""
    return _document(
        _write_local_network_connection,
        obj,
        "Connection",
        "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration",
    )


def serialize_operating_system(obj: OperatingSystem) -> bytes:
    """The `<OperatingSystem>` document of `obj`."""
    return _document(
        _write_operating_system, obj, "OperatingSystem", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_operating_system_family(obj: OperatingSystemFamily) -> bytes:
    """The `<OperatingSystemFamily>` document of `obj`."""
    return _document(
        _write_operating_system_family,
        obj,
        "OperatingSystemFamily",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_os_image(obj: OSImage) -> bytes:
    """The `<OSImage>` document of `obj`."""
    return _document(_write_os_image, obj, "OSImage", "http://schemas.microsoft.com/windowsazure")


def serialize_resource_extension(obj: ResourceExtension) -> bytes:
    """The `<ResourceExtension>` document of `obj`."""
    return _document(
        _write_resource_extension,
        obj,
        "ResourceExtension",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_role_size(obj: RoleSize) -> bytes:
    """The `<RoleSize>` document of `obj`."""
    return _document(_write_role_size, obj, "RoleSize", "http://schemas.microsoft.com/windowsazure")


def serialize_role(obj: Role) -> bytes:
    """The `<Role>` document of `obj`."""
    return _document(_write_role, obj, "Role", "http://schemas.microsoft.com/windowsazure")


def serialize_persistent_vm_role(obj: PersistentVMRole) -> bytes:
    """The `<PersistentVMRole>` document of `obj`."""
    return _document(
        _write_persistent_vm_role,
        obj,
        "PersistentVMRole",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_any_configuration_set(obj: AnyConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_any_configuration_set,
        obj,
        "ConfigurationSet",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_configuration_set(obj: ConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_configuration_set,
        obj,
        "ConfigurationSet",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_linux_configuration_set(obj: LinuxConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_linux_configuration_set,
        obj,
        "ConfigurationSet",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_ssh(obj: SSH) -> bytes:
    """The `<SSH>` document of `obj`."""
    return _document(_write_ssh, obj, "SSH", "http://schemas.microsoft.com/windowsazure")


def serialize_public_key(obj: PublicKey) -> bytes:
    """The `<PublicKey>` document of `obj`."""
    return _document(
        _write_public_key, obj, "PublicKey", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_key_pair(obj: KeyPair) -> bytes:
    """The `<KeyPair>` document of `obj`."""
    return _document(_write_key_pair, obj, "KeyPair", "http://schemas.microsoft.com/windowsazure")


def serialize_windows_configuration_set(obj: WindowsConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_windows_configuration_set,
        obj,
        "ConfigurationSet",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_domain_join(obj: DomainJoin) -> bytes:
    """The `<DomainJoin>` document of `obj`."""
    return _document(
        _write_domain_join, obj, "DomainJoin", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_domain_join_provisioning(obj: DomainJoinProvisioning) -> bytes:
    """The `<Provisioning>` document of `obj`."""
    return _document(
        _write_domain_join_provisioning,
        obj,
        "Provisioning",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_credentials(obj: Credentials) -> bytes:
    """The `<Credentials>` document of `obj`."""
    return _document(
        _write_credentials, obj, "Credentials", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_certificate_setting(obj: CertificateSetting) -> bytes:
    """The `<CertificateSetting>` document of `obj`."""
    return _document(
        _write_certificate_setting,
        obj,
        "CertificateSetting",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_win_rm(obj: WinRM) -> bytes:
    """The `<WinRM>` document of `obj`."""
    return _document(_write_win_rm, obj, "WinRM", "http://schemas.microsoft.com/windowsazure")


def serialize_listener(obj: Listener) -> bytes:
    """The `<Listener>` document of `obj`."""
    return _document(_write_listener, obj, "Listener", "http://schemas.microsoft.com/windowsazure")


def serialize_additional_unattend_content(obj: AdditionalUnattendContent) -> bytes:
    """The `<AdditionalUnattendContent>` document of `obj`."""
    return _document(
        _write_additional_unattend_content,
        obj,
        "AdditionalUnattendContent",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_unattend_pass(obj: UnattendPass) -> bytes:
    """The `<UnattendPass>` document of `obj`."""
    return _document(
        _write_unattend_pass, obj, "UnattendPass", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_unattend_component(obj: UnattendComponent) -> bytes:
    """The `<UnattendComponent>` document of `obj`."""
    return _document(
        _write_unattend_component,
        obj,
        "UnattendComponent",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_component_setting(obj: ComponentSetting) -> bytes:
    """The `<ComponentSetting>` document of `obj`."""
    return _document(
        _write_component_setting,
        obj,
        "ComponentSetting",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_network_configuration_set(obj: NetworkConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_network_configuration_set,
        obj,
        "ConfigurationSet",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_configuration_set_input_endpoint(obj: ConfigurationSetInputEndpoint) -> bytes:
    """The `<InputEndpoint>` document of `obj`."""
    return _document(
        _write_configuration_set_input_endpoint,
        obj,
        "InputEndpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_load_balancer_probe(obj: LoadBalancerProbe) -> bytes:
    """The `<LoadBalancerProbe>` document of `obj`."""
    return _document(
        _write_load_balancer_probe,
        obj,
        "LoadBalancerProbe",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_endpoint_acl(obj: EndpointAcl) -> bytes:
    """The `<EndpointACL>` document of `obj`."""
    return _document(
        _write_endpoint_acl, obj, "EndpointACL", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_acl_rule(obj: AclRule) -> bytes:
    """The `<Rule>` document of `obj`."""
    return _document(_write_acl_rule, obj, "Rule", "http://schemas.microsoft.com/windowsazure")


def serialize_public_ip(obj: PublicIP) -> bytes:
    """The `<PublicIP>` document of `obj`."""
    return _document(_write_public_ip, obj, "PublicIP", "http://schemas.microsoft.com/windowsazure")


def serialize_network_interface(obj: NetworkInterface) -> bytes:
    """The `<NetworkInterface>` document of `obj`."""
    return _document(
        _write_network_interface,
        obj,
        "NetworkInterface",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_network_interface_ip_configuration(obj: NetworkInterfaceIPConfiguration) -> bytes:
    """The `<IPConfiguration>` document of `obj`."""
    return _document(
        _write_network_interface_ip_configuration,
        obj,
        "IPConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_os_virtual_hard_disk(obj: OSVirtualHardDisk) -> bytes:
    """The `<OSVirtualHardDisk>` document of `obj`."""
    return _document(
        _write_os_virtual_hard_disk,
        obj,
        "OSVirtualHardDisk",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_data_virtual_hard_disk(obj: DataVirtualHardDisk) -> bytes:
    """The `<DataVirtualHardDisk>` document of `obj`."""
    return _document(
        _write_data_virtual_hard_disk,
        obj,
        "DataVirtualHardDisk",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_extension_reference(obj: ResourceExtensionReference) -> bytes:
    """The `<ResourceExtensionReference>` document of `obj`."""
    return _document(
        _write_resource_extension_reference,
        obj,
        "ResourceExtensionReference",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_extension_parameter_value(obj: ResourceExtensionParameterValue) -> bytes:
    """The `<ResourceExtensionParameterValue>` document of `obj`."""
    return _document(
        _write_resource_extension_parameter_value,
        obj,
        "ResourceExtensionParameterValue",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_extension_certificate(obj: ResourceExtensionCertificate) -> bytes:
    """The `<Certificate>` document of `obj`."""
    return _document(
        _write_resource_extension_certificate,
        obj,
        "Certificate",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_vm_image_input(obj: VMImageInput) -> bytes:
    """The `<VMImageInput>` document of `obj`."""
    return _document(
        _write_vm_image_input, obj, "VMImageInput", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_vm_image_input_os_disk(obj: VMImageInputOSDisk) -> bytes:
    """The `<OSDiskConfiguration>` document of `obj`."""
    return _document(
        _write_vm_image_input_os_disk,
        obj,
        "OSDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_vm_image_input_data_disk(obj: VMImageInputDataDisk) -> bytes:
    """The `<DataDiskConfiguration>` document of `obj`."""
    return _document(
        _write_vm_image_input_data_disk,
        obj,
        "DataDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_debug_settings(obj: DebugSettings) -> bytes:
    """The `<DebugSettings>` document of `obj`."""
    return _document(
        _write_debug_settings, obj, "DebugSettings", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_route_table(obj: RouteTable) -> bytes:
    """The `<RouteTable>` document of `obj`."""
    return _document(
        _write_route_table, obj, "RouteTable", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_route(obj: Route) -> bytes:
    """The `<Route>` document of `obj`."""
    return _document(_write_route, obj, "Route", "http://schemas.microsoft.com/windowsazure")


def serialize_route_table_association(obj: RouteTableAssociation) -> bytes:
    """The `<RouteTableAssociation>` document of `obj`."""
    return _document(
        _write_route_table_association,
        obj,
        "RouteTableAssociation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_effective_route_table(obj: EffectiveRouteTable) -> bytes:
    """The `<EffectiveRouteTable>` document of `obj`."""
    return _document(
        _write_effective_route_table,
        obj,
        "EffectiveRouteTable",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_effective_route(obj: EffectiveRoute) -> bytes:
    """The `<EffectiveRoute>` document of `obj`."""
    return _document(
        _write_effective_route, obj, "EffectiveRoute", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_cloud_service(obj: CloudService) -> bytes:
    """The `<CloudService>` document of `obj`."""
    return _document(
        _write_cloud_service, obj, "CloudService", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_resource(obj: Resource) -> bytes:
    """The `<Resource>` document of `obj`."""
    return _document(_write_resource, obj, "Resource", "http://schemas.microsoft.com/windowsazure")


def serialize_usage_meter(obj: UsageMeter) -> bytes:
    """The `<UsageMeter>` document of `obj`."""
    return _document(
        _write_usage_meter, obj, "UsageMeter", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_output_item(obj: OutputItem) -> bytes:
    """The `<OutputItem>` document of `obj`."""
    return _document(
        _write_output_item, obj, "OutputItem", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_intrinsic_settings(obj: IntrinsicSettings) -> bytes:
    """The `<IntrinsicSettings>` document of `obj`."""
    return _document(
        _write_intrinsic_settings,
        obj,
        "IntrinsicSettings",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_job_collection_quota(obj: JobCollectionQuota) -> bytes:
    """The `<Quota>` document of `obj`."""
    return _document(
        _write_job_collection_quota, obj, "Quota", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_max_recurrence(obj: MaxRecurrence) -> bytes:
    """The `<MaxRecurrence>` document of `obj`."""
    return _document(
        _write_max_recurrence, obj, "MaxRecurrence", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_resource_operation_status(obj: ResourceOperationStatus) -> bytes:
    """The `<OperationStatus>` document of `obj`."""
    return _document(
        _write_resource_operation_status,
        obj,
        "OperationStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_operation_error(obj: ResourceOperationError) -> bytes:
    """The `<Error>` document of `obj`."""
    return _document(
        _write_resource_operation_error, obj, "Error", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_cloud_service_settings(obj: CloudServiceSettings) -> bytes:
    """The `<CloudServiceSettings>` document of `obj`."""
    return _document(
        _write_cloud_service_settings,
        obj,
        "CloudServiceSettings",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_name_availability_response(obj: ResourceNameAvailabilityResponse) -> bytes:
    """The `<ResourceNameAvailabilityResponse>` document of `obj`."""
    return _document(
        _write_resource_name_availability_response,
        obj,
        "ResourceNameAvailabilityResponse",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resource_provider_property(obj: ResourceProviderProperty) -> bytes:
    """The `<ResourceProviderProperty>` document of `obj`."""
    return _document(
        _write_resource_provider_property,
        obj,
        "ResourceProviderProperty",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_atom_author(obj: AtomAuthor) -> bytes:
    """The `<author>` document of `obj`."""
    return _document(_write_atom_author, obj, "author", "http://www.w3.org/2005/Atom")


def serialize_atom_link(obj: AtomLink) -> bytes:
    """The `<link>` document of `obj`."""
    return _document(_write_atom_link, obj, "link", "http://www.w3.org/2005/Atom")


def serialize_service_bus_region_feed(obj: ServiceBusRegionFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_service_bus_region_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_service_bus_namespace_feed(obj: ServiceBusNamespaceFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_service_bus_namespace_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_queue_feed(obj: QueueFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_queue_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_topic_feed(obj: TopicFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_topic_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_notification_hub_feed(obj: NotificationHubFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_notification_hub_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_relay_feed(obj: RelayFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_relay_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_metric_properties_feed(obj: MetricPropertiesFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_metric_properties_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_metric_values_feed(obj: MetricValuesFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_metric_values_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_metric_rollups_feed(obj: MetricRollupsFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_metric_rollups_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_service_bus_region_entry(obj: ServiceBusRegionEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_service_bus_region_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_service_bus_region_content(obj: ServiceBusRegionContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_service_bus_region_content, obj, "content", "http://www.w3.org/2005/Atom"
    )


def serialize_service_bus_namespace_entry(obj: ServiceBusNamespaceEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(
        _write_service_bus_namespace_entry, obj, "entry", "http://www.w3.org/2005/Atom"
    )


def serialize_service_bus_namespace_content(obj: ServiceBusNamespaceContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_service_bus_namespace_content, obj, "content", "http://www.w3.org/2005/Atom"
    )


def serialize_namespace_availability_entry(obj: NamespaceAvailabilityEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(
        _write_namespace_availability_entry, obj, "entry", "http://www.w3.org/2005/Atom"
    )


def serialize_namespace_availability_content(obj: NamespaceAvailabilityContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_namespace_availability_content, obj, "content", "http://www.w3.org/2005/Atom"
    )


def serialize_queue_entry(obj: QueueEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_queue_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_queue_content(obj: QueueContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(_write_queue_content, obj, "content", "http://www.w3.org/2005/Atom")


def serialize_topic_entry(obj: TopicEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_topic_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_topic_content(obj: TopicContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(_write_topic_content, obj, "content", "http://www.w3.org/2005/Atom")


def serialize_notification_hub_entry(obj: NotificationHubEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_notification_hub_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_notification_hub_content(obj: NotificationHubContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(_write_notification_hub_content, obj, "content", "http://www.w3.org/2005/Atom")


def serialize_relay_entry(obj: RelayEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_relay_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_relay_content(obj: RelayContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(_write_relay_content, obj, "content", "http://www.w3.org/2005/Atom")


def serialize_metric_properties_entry(obj: MetricPropertiesEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_metric_properties_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_metric_properties_content(obj: MetricPropertiesContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_metric_properties_content, obj, "content", "http://www.w3.org/2005/Atom"
    )


def serialize_metric_values_entry(obj: MetricValuesEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_metric_values_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_metric_values_content(obj: MetricValuesContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(_write_metric_values_content, obj, "content", "http://www.w3.org/2005/Atom")


def serialize_metric_rollups_entry(obj: MetricRollupsEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_metric_rollups_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_metric_rollups_content(obj: MetricRollupsContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(_write_metric_rollups_content, obj, "content", "http://www.w3.org/2005/Atom")


def serialize_service_bus_region(obj: ServiceBusRegion) -> bytes:
    """The `<RegionCodeDescription>` document of `obj`."""
    return _document(
        _write_service_bus_region,
        obj,
        "RegionCodeDescription",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_service_bus_namespace(obj: ServiceBusNamespace) -> bytes:
    """The `<NamespaceDescription>` document of `obj`."""
    return _document(
        _write_service_bus_namespace,
        obj,
        "NamespaceDescription",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_namespace_availability(obj: NamespaceAvailability) -> bytes:
    """The `<NamespaceAvailability>` document of `obj`."""
    return _document(
        _write_namespace_availability,
        obj,
        "NamespaceAvailability",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_queue_description(obj: QueueDescription) -> bytes:
    """The `<QueueDescription>` document of `obj`."""
    return _document(
        _write_queue_description,
        obj,
        "QueueDescription",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_topic_description(obj: TopicDescription) -> bytes:
    """The `<TopicDescription>` document of `obj`."""
    return _document(
        _write_topic_description,
        obj,
        "TopicDescription",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_notification_hub_description(obj: NotificationHubDescription) -> bytes:
    """The `<NotificationHubDescription>` document of `obj`."""
    return _document(
        _write_notification_hub_description,
        obj,
        "NotificationHubDescription",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_relay_description(obj: RelayDescription) -> bytes:
    """The `<RelayDescription>` document of `obj`."""
    return _document(
        _write_relay_description,
        obj,
        "RelayDescription",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_authorization_rule(obj: AuthorizationRule) -> bytes:
    """The `<AuthorizationRule>` document of `obj`."""
    return _document(
        _write_authorization_rule,
        obj,
        "AuthorizationRule",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_shared_access_authorization_rule(obj: SharedAccessAuthorizationRule) -> bytes:
    """The `<AuthorizationRule>` document of `obj`."""
    return _document(
        _write_shared_access_authorization_rule,
        obj,
        "AuthorizationRule",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_allow_rule(obj: AllowRule) -> bytes:
    """The `<AuthorizationRule>` document of `obj`."""
    return _document(
        _write_allow_rule,
        obj,
        "AuthorizationRule",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_count_details(obj: CountDetails) -> bytes:
    """The `<CountDetails>` document of `obj`."""
    return _document(
        _write_count_details,
        obj,
        "CountDetails",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_metric_properties(obj: MetricProperties) -> bytes:
    """The `<properties>` document of `obj`."""
    return _document(
        _write_metric_properties,
        obj,
        "properties",
        "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata",
    )


def serialize_metric_values(obj: MetricValues) -> bytes:
    """The `<properties>` document of `obj`."""
    return _document(
        _write_metric_values,
        obj,
        "properties",
        "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata",
    )


def serialize_metric_rollups(obj: MetricRollups) -> bytes:
    """The `<properties>` document of `obj`."""
    return _document(
        _write_metric_rollups,
        obj,
        "properties",
        "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata",
    )


def serialize_connection_detail_feed(obj: ConnectionDetailFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_connection_detail_feed, obj, "feed", "http://www.w3.org/2005/Atom")


def serialize_connection_detail_entry(obj: ConnectionDetailEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_connection_detail_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_connection_detail_content(obj: ConnectionDetailContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_connection_detail_content, obj, "content", "http://www.w3.org/2005/Atom"
    )


def serialize_connection_detail(obj: ConnectionDetail) -> bytes:
    """The `<ConnectionDetail>` document of `obj`."""
    return _document(
        _write_connection_detail,
        obj,
        "ConnectionDetail",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_namespace_authorization_rule_feed(obj: NamespaceAuthorizationRuleFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(
        _write_namespace_authorization_rule_feed, obj, "feed", "http://www.w3.org/2005/Atom"
    )


def serialize_namespace_authorization_rule_entry(obj: NamespaceAuthorizationRuleEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(
        _write_namespace_authorization_rule_entry, obj, "entry", "http://www.w3.org/2005/Atom"
    )


def serialize_namespace_authorization_rule_content(obj: NamespaceAuthorizationRuleContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_namespace_authorization_rule_content, obj, "content", "http://www.w3.org/2005/Atom"
    )


def serialize_namespace_shared_access_rule(obj: NamespaceSharedAccessRule) -> bytes:
    """The `<SharedAccessAuthorizationRule>` document of `obj`."""
    return _document(
        _write_namespace_shared_access_rule,
        obj,
        "SharedAccessAuthorizationRule",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_service_extension(obj: ServiceExtension) -> bytes:
    """The `<Extension>` document of `obj`."""
    return _document(
        _write_service_extension, obj, "Extension", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_extension_image(obj: ExtensionImage) -> bytes:
    """The `<ExtensionImage>` document of `obj`."""
    return _document(
        _write_extension_image, obj, "ExtensionImage", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_extension_certificate_configuration(obj: ExtensionCertificateConfiguration) -> bytes:
    """The `<Certificate>` document of `obj`."""
    return _document(
        _write_extension_certificate_configuration,
        obj,
        "Certificate",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_extension_endpoint_configuration(obj: ExtensionEndpointConfiguration) -> bytes:
    """The `<Endpoints>` document of `obj`."""
    return _document(
        _write_extension_endpoint_configuration,
        obj,
        "Endpoints",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_extension_input_endpoint(obj: ExtensionInputEndpoint) -> bytes:
    """The `<InputEndpoint>` document of `obj`."""
    return _document(
        _write_extension_input_endpoint,
        obj,
        "InputEndpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_extension_internal_endpoint(obj: ExtensionInternalEndpoint) -> bytes:
    """The `<InternalEndpoint>` document of `obj`."""
    return _document(
        _write_extension_internal_endpoint,
        obj,
        "InternalEndpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_extension_instance_input_endpoint(obj: ExtensionInstanceInputEndpoint) -> bytes:
    """The `<InstanceInputEndpoint>` document of `obj`."""
    return _document(
        _write_extension_instance_input_endpoint,
        obj,
        "InstanceInputEndpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_extension_local_resource_configuration(
    obj: ExtensionLocalResourceConfiguration,
) -> bytes:
    """The `<LocalResource>` document of `obj`."""
    return _document(
        _write_extension_local_resource_configuration,
        obj,
        "LocalResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_database_copy(obj: DatabaseCopy) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_database_copy, obj, "ServiceResource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_database_operation(obj: DatabaseOperation) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_database_operation,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_restorable_dropped_database(obj: RestorableDroppedDatabase) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_restorable_dropped_database,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_recoverable_database(obj: RecoverableDatabase) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_recoverable_database,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_restore_database_operation(obj: RestoreDatabaseOperation) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_restore_database_operation,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_recover_database_operation(obj: RecoverDatabaseOperation) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_recover_database_operation,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_dac_request_id(obj: DacRequestId) -> bytes:
    """The `<guid>` document of `obj`."""
    return _document(
        _write_dac_request_id, obj, "guid", "http://schemas.microsoft.com/2003/10/Serialization/"
    )


def serialize_dac_status_info(obj: DacStatusInfo) -> bytes:
    """The `<StatusInfo>` document of `obj`."""
    return _document(
        _write_dac_status_info,
        obj,
        "StatusInfo",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_create_server_response(obj: CreateServerResponse) -> bytes:
    """The `<ServerName>` document of `obj`."""
    return _document(
        _write_create_server_response,
        obj,
        "ServerName",
        "http://schemas.microsoft.com/sqlazure/2010/12/",
    )


def serialize_server(obj: Server) -> bytes:
    """The `<Server>` document of `obj`."""
    return _document(_write_server, obj, "Server", "http://schemas.microsoft.com/sqlazure/2010/12/")


def serialize_server_quota(obj: ServerQuota) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_server_quota, obj, "ServiceResource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_event_log(obj: EventLog) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_event_log, obj, "ServiceResource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_firewall_rule(obj: FirewallRule) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_firewall_rule, obj, "ServiceResource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_service_objective(obj: ServiceObjective) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_service_objective,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_service_objective_dimension_setting(obj: ServiceObjectiveDimensionSetting) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_service_objective_dimension_setting,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_database(obj: Database) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_database, obj, "ServiceResource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_storage_service(obj: StorageService) -> bytes:
    """The `<StorageService>` document of `obj`."""
    return _document(
        _write_storage_service, obj, "StorageService", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_storage_account_properties(obj: StorageAccountProperties) -> bytes:
    """The `<StorageServiceProperties>` document of `obj`."""
    return _document(
        _write_storage_account_properties,
        obj,
        "StorageServiceProperties",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_custom_domain(obj: CustomDomain) -> bytes:
    """The `<CustomDomain>` document of `obj`."""
    return _document(
        _write_custom_domain, obj, "CustomDomain", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_storage_service_keys(obj: StorageServiceKeys) -> bytes:
    """The `<StorageServiceKeys>` document of `obj`."""
    return _document(
        _write_storage_service_keys,
        obj,
        "StorageServiceKeys",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_subscription(obj: Subscription) -> bytes:
    """The `<Subscription>` document of `obj`."""
    return _document(
        _write_subscription, obj, "Subscription", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_subscription_operation_collection(obj: SubscriptionOperationCollection) -> bytes:
    """The `<SubscriptionOperationCollection>` document of `obj`."""
    return _document(
        _write_subscription_operation_collection,
        obj,
        "SubscriptionOperationCollection",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_subscription_operation(obj: SubscriptionOperation) -> bytes:
    """The `<SubscriptionOperation>` document of `obj`."""
    return _document(
        _write_subscription_operation,
        obj,
        "SubscriptionOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_operation_parameter(obj: OperationParameter) -> bytes:
    """The `<OperationParameter>` document of `obj`."""
    return _document(
        _write_operation_parameter,
        obj,
        "OperationParameter",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_operation_caller(obj: OperationCaller) -> bytes:
    """The `<OperationCaller>` document of `obj`."""
    return _document(
        _write_operation_caller, obj, "OperationCaller", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_subscription_operation_status(obj: SubscriptionOperationStatus) -> bytes:
    """The `<OperationStatus>` document of `obj`."""
    return _document(
        _write_subscription_operation_status,
        obj,
        "OperationStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_dns_prefix_availability(
    obj: TrafficManagerDnsPrefixAvailability,
) -> bytes:
    """The `<AvailabilityResponse>` document of `obj`."""
    return _document(
        _write_traffic_manager_dns_prefix_availability,
        obj,
        "AvailabilityResponse",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_profile(obj: TrafficManagerProfile) -> bytes:
    """The `<Profile>` document of `obj`."""
    return _document(
        _write_traffic_manager_profile, obj, "Profile", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_traffic_manager_profile_status_details(
    obj: TrafficManagerProfileStatusDetails,
) -> bytes:
    """The `<StatusDetails>` document of `obj`."""
    return _document(
        _write_traffic_manager_profile_status_details,
        obj,
        "StatusDetails",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_definition_summary(obj: TrafficManagerDefinitionSummary) -> bytes:
    """The `<Definition>` document of `obj`."""
    return _document(
        _write_traffic_manager_definition_summary,
        obj,
        "Definition",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_definition(obj: TrafficManagerDefinition) -> bytes:
    """The `<Definition>` document of `obj`."""
    return _document(
        _write_traffic_manager_definition,
        obj,
        "Definition",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_dns_options(obj: TrafficManagerDnsOptions) -> bytes:
    """The `<DnsOptions>` document of `obj`."""
    return _document(
        _write_traffic_manager_dns_options,
        obj,
        "DnsOptions",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_monitor(obj: TrafficManagerMonitor) -> bytes:
    """The `<Monitor>` document of `obj`."""
    return _document(
        _write_traffic_manager_monitor, obj, "Monitor", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_traffic_manager_http_options(obj: TrafficManagerHttpOptions) -> bytes:
    """The `<HttpOptions>` document of `obj`."""
    return _document(
        _write_traffic_manager_http_options,
        obj,
        "HttpOptions",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_traffic_manager_policy(obj: TrafficManagerPolicy) -> bytes:
    """The `<Policy>` document of `obj`."""
    return _document(
        _write_traffic_manager_policy, obj, "Policy", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_traffic_manager_endpoint(obj: TrafficManagerEndpoint) -> bytes:
    """The `<Endpoint>` document of `obj`."""
    return _document(
        _write_traffic_manager_endpoint,
        obj,
        "Endpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_bgp_settings(obj: BgpSettings) -> bytes:
    """The `<BgpSettings>` document of `obj`."""
    return _document(
        _write_bgp_settings, obj, "BgpSettings", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_local_network_gateway(obj: LocalNetworkGateway) -> bytes:
    """The `<LocalNetworkGateway>` document of `obj`."""
    return _document(
        _write_local_network_gateway,
        obj,
        "LocalNetworkGateway",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_virtual_network_gateway_details(obj: VirtualNetworkGatewayDetails) -> bytes:
    """The `<VirtualNetworkGateway>` document of `obj`."""
    return _document(
        _write_virtual_network_gateway_details,
        obj,
        "VirtualNetworkGateway",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_connection_details(obj: GatewayConnectionDetails) -> bytes:
    """The `<GatewayConnection>` document of `obj`."""
    return _document(
        _write_gateway_connection_details,
        obj,
        "GatewayConnection",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_vm_image_details(obj: VMImageDetails) -> bytes:
    """The `<VMImageDetails>` document of `obj`."""
    return _document(
        _write_vm_image_details, obj, "VMImageDetails", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_compute_image_attributes(obj: ComputeImageAttributes) -> bytes:
    """The `<ComputeImageAttributes>` document of `obj`."""
    return _document(
        _write_compute_image_attributes,
        obj,
        "ComputeImageAttributes",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_marketplace_image_attributes(obj: MarketplaceImageAttributes) -> bytes:
    """The `<MarketplaceImageAttributes>` document of `obj`."""
    return _document(
        _write_marketplace_image_attributes,
        obj,
        "MarketplaceImageAttributes",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_marketplace_plan(obj: MarketplacePlan) -> bytes:
    """The `<Plan>` document of `obj`."""
    return _document(
        _write_marketplace_plan, obj, "Plan", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_vm_image(obj: VMImage) -> bytes:
    """The `<VMImage>` document of `obj`."""
    return _document(_write_vm_image, obj, "VMImage", "http://schemas.microsoft.com/windowsazure")


def serialize_os_disk_configuration(obj: OSDiskConfiguration) -> bytes:
    """The `<OSDiskConfiguration>` document of `obj`."""
    return _document(
        _write_os_disk_configuration,
        obj,
        "OSDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_data_disk_configuration(obj: DataDiskConfiguration) -> bytes:
    """The `<DataDiskConfiguration>` document of `obj`."""
    return _document(
        _write_data_disk_configuration,
        obj,
        "DataDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_backup_request(obj: BackupRequest) -> bytes:
    """The `<BackupRequest>` document of `obj`."""
    return _document(
        _write_backup_request, obj, "BackupRequest", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_backup_schedule(obj: BackupSchedule) -> bytes:
    """The `<BackupSchedule>` document of `obj`."""
    return _document(
        _write_backup_schedule, obj, "BackupSchedule", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_database_backup_setting(obj: DatabaseBackupSetting) -> bytes:
    """The `<DatabaseBackupSetting>` document of `obj`."""
    return _document(
        _write_database_backup_setting,
        obj,
        "DatabaseBackupSetting",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_backup_item(obj: BackupItem) -> bytes:
    """The `<BackupItem>` document of `obj`."""
    return _document(
        _write_backup_item, obj, "BackupItem", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_restore_request(obj: RestoreRequest) -> bytes:
    """The `<RestoreRequest>` document of `obj`."""
    return _document(
        _write_restore_request, obj, "RestoreRequest", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_restore_response(obj: RestoreResponse) -> bytes:
    """The `<RestoreResponse>` document of `obj`."""
    return _document(
        _write_restore_response, obj, "RestoreResponse", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_relay_service_connection_entity(obj: RelayServiceConnectionEntity) -> bytes:
    """The `<RelayServiceConnectionEntity>` document of `obj`."""
    return _document(
        _write_relay_service_connection_entity,
        obj,
        "RelayServiceConnectionEntity",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_repository_uri(obj: RepositoryUri) -> bytes:
    """The `<anyURI>` document of `obj`."""
    return _document(
        _write_repository_uri, obj, "anyURI", "http://schemas.microsoft.com/2003/10/Serialization/"
    )


def serialize_instance_ids(obj: InstanceIds) -> bytes:
    """The `<ArrayOfstring>` document of `obj`."""
    return _document(
        _write_instance_ids,
        obj,
        "ArrayOfstring",
        "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
    )


def serialize_site_usage(obj: SiteUsage) -> bytes:
    """The `<Usage>` document of `obj`."""
    return _document(_write_site_usage, obj, "Usage", "http://schemas.microsoft.com/windowsazure")


def serialize_site_operation(obj: SiteOperation) -> bytes:
    """The `<Operation>` document of `obj`."""
    return _document(
        _write_site_operation, obj, "Operation", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_site_operation_error(obj: SiteOperationError) -> bytes:
    """The `<Error>` document of `obj`."""
    return _document(
        _write_site_operation_error, obj, "Error", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_web_space(obj: WebSpace) -> bytes:
    """The `<WebSpace>` document of `obj`."""
    return _document(_write_web_space, obj, "WebSpace", "http://schemas.microsoft.com/windowsazure")


def serialize_site(obj: Site) -> bytes:
    """The `<Site>` document of `obj`."""
    return _document(_write_site, obj, "Site", "http://schemas.microsoft.com/windowsazure")


def serialize_site_certificate(obj: SiteCertificate) -> bytes:
    """The `<Certificate>` document of `obj`."""
    return _document(
        _write_site_certificate, obj, "Certificate", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_site_csr(obj: SiteCsr) -> bytes:
    """The `<Csr>` document of `obj`."""
    return _document(_write_site_csr, obj, "Csr", "http://schemas.microsoft.com/windowsazure")


def serialize_site_cloning_info(obj: SiteCloningInfo) -> bytes:
    """The `<CloningInfo>` document of `obj`."""
    return _document(
        _write_site_cloning_info, obj, "CloningInfo", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_site_config(obj: SiteConfig) -> bytes:
    """The `<SiteConfig>` document of `obj`."""
    return _document(
        _write_site_config, obj, "SiteConfig", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_conn_string_info(obj: ConnStringInfo) -> bytes:
    """The `<ConnStringInfo>` document of `obj`."""
    return _document(
        _write_conn_string_info, obj, "ConnStringInfo", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_handler_mapping(obj: HandlerMapping) -> bytes:
    """The `<HandlerMapping>` document of `obj`."""
    return _document(
        _write_handler_mapping, obj, "HandlerMapping", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_site_properties(obj: SiteProperties) -> bytes:
    """The `<SiteProperties>` document of `obj`."""
    return _document(
        _write_site_properties, obj, "SiteProperties", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_host_name_ssl_state(obj: HostNameSslState) -> bytes:
    """The `<HostNameSslState>` document of `obj`."""
    return _document(
        _write_host_name_ssl_state,
        obj,
        "HostNameSslState",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_metric_response(obj: MetricResponse) -> bytes:
    """The `<MetricResponse>` document of `obj`."""
    return _document(
        _write_metric_response, obj, "MetricResponse", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_data(obj: Data) -> bytes:
    """The `<Data>` document of `obj`."""
    return _document(_write_data, obj, "Data", "http://schemas.microsoft.com/windowsazure")


def serialize_metric_sample(obj: MetricSample) -> bytes:
    """The `<MetricSample>` document of `obj`."""
    return _document(
        _write_metric_sample, obj, "MetricSample", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_metric_definition(obj: MetricDefinition) -> bytes:
    """The `<MetricDefinition>` document of `obj`."""
    return _document(
        _write_metric_definition,
        obj,
        "MetricDefinition",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_metric_availability(obj: MetricAvailability) -> bytes:
    """The `<MetricAvailabilily>` document of `obj`."""
    return _document(
        _write_metric_availability,
        obj,
        "MetricAvailabilily",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_publish_data(obj: PublishData) -> bytes:
    """The `<publishData>` document of `obj`."""
    return _document(_write_publish_data, obj, "publishData", "")


def serialize_publish_profile(obj: PublishProfile) -> bytes:
    """The `<publishProfile>` document of `obj`."""
    return _document(_write_publish_profile, obj, "publishProfile", "")


def serialize_publish_database(obj: PublishDatabase) -> bytes:
    """The `<add>` document of `obj`."""
    return _document(_write_publish_database, obj, "add", "")


def serialize_server_farm(obj: ServerFarm) -> bytes:
    """The `<ServerFarm>` document of `obj`."""
    return _document(
        _write_server_farm, obj, "ServerFarm", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_publishing_users(obj: PublishingUsers) -> bytes:
    """The `<ArrayOfstring>` document of `obj`."""
    return _document(
        _write_publishing_users,
        obj,
        "ArrayOfstring",
        "http://schemas.microsoft.com/2003/10/Serialization/Arrays",
    )


def serialize_publishing_user(obj: PublishingUser) -> bytes:
    """The `<User>` document of `obj`."""
    return _document(
        _write_publishing_user, obj, "User", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_dns_suffix(obj: DnsSuffix) -> bytes:
    """The `<string>` document of `obj`."""
    return _document(
        _write_dns_suffix, obj, "string", "http://schemas.microsoft.com/2003/10/Serialization/"
    )


def serialize_hostname_availability(obj: HostnameAvailability) -> bytes:
    """The `<boolean>` document of `obj`."""
    return _document(
        _write_hostname_availability,
        obj,
        "boolean",
        "http://schemas.microsoft.com/2003/10/Serialization/",
    )


def serialize_geo_region(obj: GeoRegion) -> bytes:
    """The `<GeoRegion>` document of `obj`."""
    return _document(
        _write_geo_region, obj, "GeoRegion", "http://schemas.microsoft.com/windowsazure"
    )


def _write_affinity_groups(
    items: Sequence[AffinityGroup], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_affinity_group(item, "AffinityGroup", out)
    out.append(f"</{tag}>")


def serialize_affinity_groups(items: Sequence[AffinityGroup]) -> bytes:
    """The `<AffinityGroups>` document listing `AffinityGroup` items."""
    return _document(
        _write_affinity_groups, items, "AffinityGroups", "http://schemas.microsoft.com/windowsazure"
    )


def _write_application_gateway_certificates(
    items: Sequence[ApplicationGatewayCertificate], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_application_gateway_certificate(item, "ApplicationGatewayCertificate", out)
    out.append(f"</{tag}>")


def serialize_application_gateway_certificates(
    items: Sequence[ApplicationGatewayCertificate],
) -> bytes:
    """The `<ApplicationGatewayCertificates>` document listing `ApplicationGatewayCertificate`
    items."""
    return _document(
        _write_application_gateway_certificates,
        items,
        "ApplicationGatewayCertificates",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_application_gateways(
    items: Sequence[ApplicationGateway], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_application_gateway(item, "ApplicationGateway", out)
    out.append(f"</{tag}>")


def serialize_application_gateways(items: Sequence[ApplicationGateway]) -> bytes:
    """The `<ApplicationGateways>` document listing `ApplicationGateway` items."""
    return _document(
        _write_application_gateways,
        items,
        "ApplicationGateways",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_array_of_relay_service_connection_entity(
    items: Sequence[RelayServiceConnectionEntity], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_relay_service_connection_entity(item, "RelayServiceConnectionEntity", out)
    out.append(f"</{tag}>")


def serialize_array_of_relay_service_connection_entity(
    items: Sequence[RelayServiceConnectionEntity],
) -> bytes:
    """The `<ArrayOfRelayServiceConnectionEntity>` document listing
    `RelayServiceConnectionEntity` items."""
    return _document(
        _write_array_of_relay_service_connection_entity,
        items,
        "ArrayOfRelayServiceConnectionEntity",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_array_of_status_info(
    items: Sequence[DacStatusInfo], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_dac_status_info(item, "StatusInfo", out)
    out.append(f"</{tag}>")


def serialize_array_of_status_info(items: Sequence[DacStatusInfo]) -> bytes:
    """The `<ArrayOfStatusInfo>` document listing `DacStatusInfo` items."""
    return _document(
        _write_array_of_status_info,
        items,
        "ArrayOfStatusInfo",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def _write_backup_items(
    items: Sequence[BackupItem], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_backup_item(item, "BackupItem", out)
    out.append(f"</{tag}>")


def serialize_backup_items(items: Sequence[BackupItem]) -> bytes:
    """The `<BackupItems>` document listing `BackupItem` items."""
    return _document(
        _write_backup_items, items, "BackupItems", "http://schemas.microsoft.com/windowsazure"
    )


def _write_certificates(
    items: Sequence[Certificate], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_certificate(item, "Certificate", out)
    out.append(f"</{tag}>")


def serialize_certificates(items: Sequence[Certificate]) -> bytes:
    """The `<Certificates>` document listing `Certificate` items."""
    return _document(
        _write_certificates, items, "Certificates", "http://schemas.microsoft.com/windowsazure"
    )


def _write_client_root_certificates(
    items: Sequence[ClientRootCertificate], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_client_root_certificate(item, "ClientRootCertificate", out)
    out.append(f"</{tag}>")


def serialize_client_root_certificates(items: Sequence[ClientRootCertificate]) -> bytes:
    """The `<ClientRootCertificates>` document listing `ClientRootCertificate` items."""
    return _document(
        _write_client_root_certificates,
        items,
        "ClientRootCertificates",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_cloud_services(
    items: Sequence[CloudService], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_cloud_service(item, "CloudService", out)
    out.append(f"</{tag}>")


def serialize_cloud_services(items: Sequence[CloudService]) -> bytes:
    """The `<CloudServices>` document listing `CloudService` items."""
    return _document(
        _write_cloud_services, items, "CloudServices", "http://schemas.microsoft.com/windowsazure"
    )


def _write_connections(
    items: Sequence[GatewayConnectionStatus], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_gateway_connection_status(item, "Connection", out)
    out.append(f"</{tag}>")


def serialize_connections(items: Sequence[GatewayConnectionStatus]) -> bytes:
    """The `<Connections>` document listing `GatewayConnectionStatus` items."""
    return _document(
        _write_connections, items, "Connections", "http://schemas.microsoft.com/windowsazure"
    )


def _write_definitions(
    items: Sequence[TrafficManagerDefinition], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_traffic_manager_definition(item, "Definition", out)
    out.append(f"</{tag}>")


def serialize_definitions(items: Sequence[TrafficManagerDefinition]) -> bytes:
    """The `<Definitions>` document listing `TrafficManagerDefinition` items."""
    return _document(
        _write_definitions, items, "Definitions", "http://schemas.microsoft.com/windowsazure"
    )


def _write_disks(items: Sequence[Disk], tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_disk(item, "Disk", out)
    out.append(f"</{tag}>")


def serialize_disks(items: Sequence[Disk]) -> bytes:
    """The `<Disks>` document listing `Disk` items."""
    return _document(_write_disks, items, "Disks", "http://schemas.microsoft.com/windowsazure")


def _write_extension_images(
    items: Sequence[ExtensionImage], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_extension_image(item, "ExtensionImage", out)
    out.append(f"</{tag}>")


def serialize_extension_images(items: Sequence[ExtensionImage]) -> bytes:
    """The `<ExtensionImages>` document listing `ExtensionImage` items."""
    return _document(
        _write_extension_images,
        items,
        "ExtensionImages",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_extensions(
    items: Sequence[ServiceExtension], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_service_extension(item, "Extension", out)
    out.append(f"</{tag}>")


def serialize_extensions(items: Sequence[ServiceExtension]) -> bytes:
    """The `<Extensions>` document listing `ServiceExtension` items."""
    return _document(
        _write_extensions, items, "Extensions", "http://schemas.microsoft.com/windowsazure"
    )


def _write_gateway_connections(
    items: Sequence[GatewayConnectionDetails], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_gateway_connection_details(item, "GatewayConnection", out)
    out.append(f"</{tag}>")


def serialize_gateway_connections(items: Sequence[GatewayConnectionDetails]) -> bytes:
    """The `<GatewayConnections>` document listing `GatewayConnectionDetails` items."""
    return _document(
        _write_gateway_connections,
        items,
        "GatewayConnections",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_geo_regions(
    items: Sequence[GeoRegion], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_geo_region(item, "GeoRegion", out)
    out.append(f"</{tag}>")


def serialize_geo_regions(items: Sequence[GeoRegion]) -> bytes:
    """The `<GeoRegions>` document listing `GeoRegion` items."""
    return _document(
        _write_geo_regions, items, "GeoRegions", "http://schemas.microsoft.com/windowsazure"
    )


def _write_hosted_services(
    items: Sequence[HostedService], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_hosted_service(item, "HostedService", out)
    out.append(f"</{tag}>")


def serialize_hosted_services(items: Sequence[HostedService]) -> bytes:
    """The `<HostedServices>` document listing `HostedService` items."""
    return _document(
        _write_hosted_services, items, "HostedServices", "http://schemas.microsoft.com/windowsazure"
    )


def _write_images(items: Sequence[OSImage], tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_os_image(item, "OSImage", out)
    out.append(f"</{tag}>")


def serialize_images(items: Sequence[OSImage]) -> bytes:
    """The `<Images>` document listing `OSImage` items."""
    return _document(_write_images, items, "Images", "http://schemas.microsoft.com/windowsazure")


def _write_local_network_gateways(
    items: Sequence[LocalNetworkGateway], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_local_network_gateway(item, "LocalNetworkGateway", out)
    out.append(f"</{tag}>")


def serialize_local_network_gateways(items: Sequence[LocalNetworkGateway]) -> bytes:
    """The `<LocalNetworkGateways>` document listing `LocalNetworkGateway` items."""
    return _document(
        _write_local_network_gateways,
        items,
        "LocalNetworkGateways",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_locations(
    items: Sequence[Location], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_location(item, "Location", out)
    out.append(f"</{tag}>")


def serialize_locations(items: Sequence[Location]) -> bytes:
    """The `<Locations>` document listing `Location` items."""
    return _document(
        _write_locations, items, "Locations", "http://schemas.microsoft.com/windowsazure"
    )


def _write_metric_definitions(
    items: Sequence[MetricDefinition], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_metric_definition(item, "MetricDefinition", out)
    out.append(f"</{tag}>")


def serialize_metric_definitions(items: Sequence[MetricDefinition]) -> bytes:
    """The `<MetricDefinitions>` document listing `MetricDefinition` items."""
    return _document(
        _write_metric_definitions,
        items,
        "MetricDefinitions",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_metric_responses(
    items: Sequence[MetricResponse], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_metric_response(item, "MetricResponse", out)
    out.append(f"</{tag}>")


def serialize_metric_responses(items: Sequence[MetricResponse]) -> bytes:
    """The `<MetricResponses>` document listing `MetricResponse` items."""
    return _document(
        _write_metric_responses,
        items,
        "MetricResponses",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_network_security_groups(
    items: Sequence[NetworkSecurityGroup], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_network_security_group(item, "NetworkSecurityGroup", out)
    out.append(f"</{tag}>")


def serialize_network_security_groups(items: Sequence[NetworkSecurityGroup]) -> bytes:
    """The `<NetworkSecurityGroups>` document listing `NetworkSecurityGroup` items."""
    return _document(
        _write_network_security_groups,
        items,
        "NetworkSecurityGroups",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_operating_system_families(
    items: Sequence[OperatingSystemFamily], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_operating_system_family(item, "OperatingSystemFamily", out)
    out.append(f"</{tag}>")


def serialize_operating_system_families(items: Sequence[OperatingSystemFamily]) -> bytes:
    """The `<OperatingSystemFamilies>` document listing `OperatingSystemFamily` items."""
    return _document(
        _write_operating_system_families,
        items,
        "OperatingSystemFamilies",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_operating_systems(
    items: Sequence[OperatingSystem], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_operating_system(item, "OperatingSystem", out)
    out.append(f"</{tag}>")


def serialize_operating_systems(items: Sequence[OperatingSystem]) -> bytes:
    """The `<OperatingSystems>` document listing `OperatingSystem` items."""
    return _document(
        _write_operating_systems,
        items,
        "OperatingSystems",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_profiles(
    items: Sequence[TrafficManagerProfile], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_traffic_manager_profile(item, "Profile", out)
    out.append(f"</{tag}>")


def serialize_profiles(items: Sequence[TrafficManagerProfile]) -> bytes:
    """The `<Profiles>` document listing `TrafficManagerProfile` items."""
    return _document(
        _write_profiles, items, "Profiles", "http://schemas.microsoft.com/windowsazure"
    )


def _write_reserved_ips(
    items: Sequence[ReservedIP], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_reserved_ip(item, "ReservedIP", out)
    out.append(f"</{tag}>")


def serialize_reserved_ips(items: Sequence[ReservedIP]) -> bytes:
    """The `<ReservedIPs>` document listing `ReservedIP` items."""
    return _document(
        _write_reserved_ips, items, "ReservedIPs", "http://schemas.microsoft.com/windowsazure"
    )


def _write_resource_extensions(
    items: Sequence[ResourceExtension], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_resource_extension(item, "ResourceExtension", out)
    out.append(f"</{tag}>")


def serialize_resource_extensions(items: Sequence[ResourceExtension]) -> bytes:
    """The `<ResourceExtensions>` document listing `ResourceExtension` items."""
    return _document(
        _write_resource_extensions,
        items,
        "ResourceExtensions",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_resource_provider_properties(
    items: Sequence[ResourceProviderProperty], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_resource_provider_property(item, "ResourceProviderProperty", out)
    out.append(f"</{tag}>")


def serialize_resource_provider_properties(items: Sequence[ResourceProviderProperty]) -> bytes:
    """The `<ResourceProviderProperties>` document listing `ResourceProviderProperty` items."""
    return _document(
        _write_resource_provider_properties,
        items,
        "ResourceProviderProperties",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_role_sizes(
    items: Sequence[RoleSize], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_role_size(item, "RoleSize", out)
    out.append(f"</{tag}>")


def serialize_role_sizes(items: Sequence[RoleSize]) -> bytes:
    """The `<RoleSizes>` document listing `RoleSize` items."""
    return _document(
        _write_role_sizes, items, "RoleSizes", "http://schemas.microsoft.com/windowsazure"
    )


def _write_route_tables(
    items: Sequence[RouteTable], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_route_table(item, "RouteTable", out)
    out.append(f"</{tag}>")


def serialize_route_tables(items: Sequence[RouteTable]) -> bytes:
    """The `<RouteTables>` document listing `RouteTable` items."""
    return _document(
        _write_route_tables, items, "RouteTables", "http://schemas.microsoft.com/windowsazure"
    )


def _write_server_farms(
    items: Sequence[ServerFarm], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_server_farm(item, "ServerFarm", out)
    out.append(f"</{tag}>")


def serialize_server_farms(items: Sequence[ServerFarm]) -> bytes:
    """The `<ServerFarms>` document listing `ServerFarm` items."""
    return _document(
        _write_server_farms, items, "ServerFarms", "http://schemas.microsoft.com/windowsazure"
    )


def _write_servers(items: Sequence[Server], tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_server(item, "Server", out)
    out.append(f"</{tag}>")


def serialize_servers(items: Sequence[Server]) -> bytes:
    """The `<Servers>` document listing `Server` items."""
    return _document(
        _write_servers, items, "Servers", "http://schemas.microsoft.com/sqlazure/2010/12/"
    )


def _write_service_resources_of_database(
    items: Sequence[Database], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_database(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_database(items: Sequence[Database]) -> bytes:
    """The `<ServiceResources>` document listing `Database` items."""
    return _document(
        _write_service_resources_of_database,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_database_copy(
    items: Sequence[DatabaseCopy], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_database_copy(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_database_copy(items: Sequence[DatabaseCopy]) -> bytes:
    """The `<ServiceResources>` document listing `DatabaseCopy` items."""
    return _document(
        _write_service_resources_of_database_copy,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_database_operation(
    items: Sequence[DatabaseOperation], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_database_operation(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_database_operation(items: Sequence[DatabaseOperation]) -> bytes:
    """The `<ServiceResources>` document listing `DatabaseOperation` items."""
    return _document(
        _write_service_resources_of_database_operation,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_event_log(
    items: Sequence[EventLog], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_event_log(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_event_log(items: Sequence[EventLog]) -> bytes:
    """The `<ServiceResources>` document listing `EventLog` items."""
    return _document(
        _write_service_resources_of_event_log,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_firewall_rule(
    items: Sequence[FirewallRule], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_firewall_rule(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_firewall_rule(items: Sequence[FirewallRule]) -> bytes:
    """The `<ServiceResources>` document listing `FirewallRule` items."""
    return _document(
        _write_service_resources_of_firewall_rule,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_recoverable_database(
    items: Sequence[RecoverableDatabase], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_recoverable_database(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_recoverable_database(
    items: Sequence[RecoverableDatabase],
) -> bytes:
    """The `<ServiceResources>` document listing `RecoverableDatabase` items."""
    return _document(
        _write_service_resources_of_recoverable_database,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_restorable_dropped_database(
    items: Sequence[RestorableDroppedDatabase], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_restorable_dropped_database(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_restorable_dropped_database(
    items: Sequence[RestorableDroppedDatabase],
) -> bytes:
    """The `<ServiceResources>` document listing `RestorableDroppedDatabase` items."""
    return _document(
        _write_service_resources_of_restorable_dropped_database,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_server_quota(
    items: Sequence[ServerQuota], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_server_quota(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_server_quota(items: Sequence[ServerQuota]) -> bytes:
    """The `<ServiceResources>` document listing `ServerQuota` items."""
    return _document(
        _write_service_resources_of_server_quota,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_service_resources_of_service_objective(
    items: Sequence[ServiceObjective], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_service_objective(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_service_objective(items: Sequence[ServiceObjective]) -> bytes:
    """The `<ServiceResources>` document listing `ServiceObjective` items."""
    return _document(
        _write_service_resources_of_service_objective,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_sites(items: Sequence[Site], tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_site(item, "Site", out)
    out.append(f"</{tag}>")


def serialize_sites(items: Sequence[Site]) -> bytes:
    """The `<Sites>` document listing `Site` items."""
    return _document(_write_sites, items, "Sites", "http://schemas.microsoft.com/windowsazure")


def _write_storage_services(
    items: Sequence[StorageService], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_storage_service(item, "StorageService", out)
    out.append(f"</{tag}>")


def serialize_storage_services(items: Sequence[StorageService]) -> bytes:
    """The `<StorageServices>` document listing `StorageService` items."""
    return _document(
        _write_storage_services,
        items,
        "StorageServices",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_subscription_certificates(
    items: Sequence[SubscriptionCertificate], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_subscription_certificate(item, "SubscriptionCertificate", out)
    out.append(f"</{tag}>")


def serialize_subscription_certificates(items: Sequence[SubscriptionCertificate]) -> bytes:
    """The `<SubscriptionCertificates>` document listing `SubscriptionCertificate` items."""
    return _document(
        _write_subscription_certificates,
        items,
        "SubscriptionCertificates",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_subscriptions(
    items: Sequence[Subscription], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_subscription(item, "Subscription", out)
    out.append(f"</{tag}>")


def serialize_subscriptions(items: Sequence[Subscription]) -> bytes:
    """The `<Subscriptions>` document listing `Subscription` items."""
    return _document(
        _write_subscriptions, items, "Subscriptions", "http://schemas.microsoft.com/windowsazure"
    )


def _write_usages(
    items: Sequence[SiteUsage], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_site_usage(item, "Usage", out)
    out.append(f"</{tag}>")


def serialize_usages(items: Sequence[SiteUsage]) -> bytes:
    """The `<Usages>` document listing `SiteUsage` items."""
    return _document(_write_usages, items, "Usages", "http://schemas.microsoft.com/windowsazure")


def _write_validation_messages_of_migration_validation_message(
    items: Sequence[MigrationValidationMessage], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_migration_validation_message(item, "ValidationMessage", out)
    out.append(f"</{tag}>")


def serialize_validation_messages_of_migration_validation_message(
    items: Sequence[MigrationValidationMessage],
) -> bytes:
    """The `<ValidationMessages>` document listing `MigrationValidationMessage` items."""
    return _document(
        _write_validation_messages_of_migration_validation_message,
        items,
        "ValidationMessages",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_validation_messages_of_network_migration_validation_message(
    items: Sequence[NetworkMigrationValidationMessage],
    tag: str,
    out: list[str],
    attributes: str = "",
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_network_migration_validation_message(item, "ValidationMessage", out)
    out.append(f"</{tag}>")


def serialize_validation_messages_of_network_migration_validation_message(
    items: Sequence[NetworkMigrationValidationMessage],
) -> bytes:
    """The `<ValidationMessages>` document listing `NetworkMigrationValidationMessage` items."""
    return _document(
        _write_validation_messages_of_network_migration_validation_message,
        items,
        "ValidationMessages",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_virtual_network_gateways(
    items: Sequence[VirtualNetworkGatewayDetails], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_virtual_network_gateway_details(item, "VirtualNetworkGateway", out)
    out.append(f"</{tag}>")


def serialize_virtual_network_gateways(items: Sequence[VirtualNetworkGatewayDetails]) -> bytes:
    """The `<VirtualNetworkGateways>` document listing `VirtualNetworkGatewayDetails` items."""
    return _document(
        _write_virtual_network_gateways,
        items,
        "VirtualNetworkGateways",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_virtual_network_sites(
    items: Sequence[VirtualNetworkSite], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_virtual_network_site(item, "VirtualNetworkSite", out)
    out.append(f"</{tag}>")


def serialize_virtual_network_sites(items: Sequence[VirtualNetworkSite]) -> bytes:
    """The `<VirtualNetworkSites>` document listing `VirtualNetworkSite` items."""
    return _document(
        _write_virtual_network_sites,
        items,
        "VirtualNetworkSites",
        "http://schemas.microsoft.com/windowsazure",
    )


def _write_vm_images(
    items: Sequence[VMImage], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_vm_image(item, "VMImage", out)
    out.append(f"</{tag}>")


def serialize_vm_images(items: Sequence[VMImage]) -> bytes:
    """The `<VMImages>` document listing `VMImage` items."""
    return _document(
        _write_vm_images, items, "VMImages", "http://schemas.microsoft.com/windowsazure"
    )


def _write_web_spaces(
    items: Sequence[WebSpace], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_web_space(item, "WebSpace", out)
    out.append(f"</{tag}>")


def serialize_web_spaces(items: Sequence[WebSpace]) -> bytes:
    """The `<WebSpaces>` document listing `WebSpace` items."""
    return _document(
        _write_web_spaces, items, "WebSpaces", "http://schemas.microsoft.com/windowsazure"
    )
