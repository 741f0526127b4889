"""XML writers of the request bodies the clients send.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    BackupRequest,
    BackupSchedule,
    BgpSettings,
    CaptureRoleAsVMImage,
    CaptureRoleOperation,
    CertificateFile,
    CertificateSetting,
    ChangeConfiguration,
    ComponentSetting,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
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
    LinuxConfigurationSet,
    Listener,
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
    PerformMaintenanceOnRoleOperation,
    ProvisioningConfigurationSet,
    PublicIP,
    PublicKey,
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
from azure_asm_runtime.legacy import is_blank
from azure_asm_runtime.xmlcodec import (
    XSI,
    escape_attribute,
    escape_text,
    format_base64text,
    format_bool,
    format_datetime,
    needs_escape,
    write_map,
)


def _write_create_affinity_group(
    obj: CreateAffinityGroup, tag: str, out: list[str], attributes: str = ""
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
    out.append(f"</{tag}>")


def _write_update_affinity_group(
    obj: UpdateAffinityGroup, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    out.append(f"</{tag}>")


def _write_create_application_gateway_parameters(
    obj: CreateApplicationGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
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
    out.append(f"</{tag}>")


def _write_update_application_gateway_parameters(
    obj: UpdateApplicationGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    if obj.instance_count is not None:
        out.append(f"<InstanceCount>{obj.instance_count:d}</InstanceCount>")
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
    out.append(f"</{tag}>")


def _write_application_gateway_operation(
    obj: ApplicationGatewayOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.operation_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OperationType>{text}</OperationType>")
    out.append(f"</{tag}>")


def _write_application_gateway_certificate_file(
    obj: ApplicationGatewayCertificateFile, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Data>{text}</Data>")
    text = obj.certificate_format
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CertificateFormat>{text}</CertificateFormat>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
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


def _write_certificate_file(
    obj: CertificateFile, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Data>{text}</Data>")
    text = obj.certificate_format
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CertificateFormat>{text}</CertificateFormat>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
    out.append(f"</{tag}>")


def _write_subscription_certificate_input(
    obj: SubscriptionCertificateInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.public_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificatePublicKey>{text}</SubscriptionCertificatePublicKey>")
    text = obj.thumbprint
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificateThumbprint>{text}</SubscriptionCertificateThumbprint>")
    text = obj.data
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubscriptionCertificateData>{text}</SubscriptionCertificateData>")
    out.append(f"</{tag}>")


def _write_update_data_disk(
    obj: UpdateDataDisk, tag: str, out: list[str], attributes: str = ""
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
    if obj.updated_lun is not None:
        out.append(f"<Lun>{obj.updated_lun:d}</Lun>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    text = obj.media_link
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<MediaLink>{text}</MediaLink>")
    out.append(f"</{tag}>")


def _write_create_deployment(
    obj: CreateDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.package_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PackageUrl>{text}</PackageUrl>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.configuration
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Configuration>{text}</Configuration>")
    if obj.start_deployment is not None:
        out.append(f"<StartDeployment>{format_bool(obj.start_deployment)}</StartDeployment>")
    if obj.treat_warnings_as_error is not None:
        out.append(
            "<TreatWarningsAsError>"
            f"{format_bool(obj.treat_warnings_as_error)}"
            "</TreatWarningsAsError>"
        )
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    out.append(f"</{tag}>")


def _write_swap_deployment(
    obj: SwapDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.production
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Production>{text}</Production>")
    text = obj.source_deployment
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SourceDeployment>{text}</SourceDeployment>")
    out.append(f"</{tag}>")


def _write_change_configuration(
    obj: ChangeConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.configuration
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Configuration>{text}</Configuration>")
    if obj.treat_warnings_as_error is not None:
        out.append(
            "<TreatWarningsAsError>"
            f"{format_bool(obj.treat_warnings_as_error)}"
            "</TreatWarningsAsError>"
        )
    text = obj.mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Mode>{text}</Mode>")
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    out.append(f"</{tag}>")


def _write_update_deployment_status(
    obj: UpdateDeploymentStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    out.append(f"</{tag}>")


def _write_upgrade_deployment(
    obj: UpgradeDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Mode>{text}</Mode>")
    text = obj.package_url
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PackageUrl>{text}</PackageUrl>")
    text = obj.configuration
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Configuration>{text}</Configuration>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.role_to_upgrade
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleToUpgrade>{text}</RoleToUpgrade>")
    if obj.force is not None:
        out.append(f"<Force>{format_bool(obj.force)}</Force>")
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    out.append(f"</{tag}>")


def _write_walk_upgrade_domain(
    obj: WalkUpgradeDomain, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.upgrade_domain is not None:
        out.append(f"<UpgradeDomain>{obj.upgrade_domain:d}</UpgradeDomain>")
    out.append(f"</{tag}>")


def _write_rollback_update_or_upgrade(
    obj: RollbackUpdateOrUpgrade, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Mode>{text}</Mode>")
    if obj.force is not None:
        out.append(f"<Force>{format_bool(obj.force)}</Force>")
    out.append(f"</{tag}>")


def _write_delete_role_instances(
    obj: DeleteRoleInstances, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.role_instance_names is not None:
        for role_instance_names_item in obj.role_instance_names:
            if needs_escape(role_instance_names_item) is not None:
                role_instance_names_item = escape_text(role_instance_names_item)
            out.append(f"<Name>{role_instance_names_item}</Name>")
    out.append(f"</{tag}>")


def _write_dns_server_input(
    obj: DnsServerInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.dns_server_name
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


def _write_create_virtual_machine_deployment(
    obj: CreateVirtualMachineDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.deployment_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.deployment_slot
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DeploymentSlot>{text}</DeploymentSlot>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    if (
        obj.role_name is not None
        or obj.role_type is not None
        or obj.configuration_sets is not None
        or obj.resource_extension_references is not None
        or obj.vm_image_name is not None
        or obj.media_location is not None
        or obj.availability_set_name is not None
        or obj.data_virtual_hard_disks is not None
        or obj.os_virtual_hard_disk is not None
        or obj.role_size is not None
        or obj.provision_guest_agent is not None
    ):
        out.append("<RoleList>")
        out.append("<Role>")
        text = obj.role_name
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<RoleName>{text}</RoleName>")
        text = obj.role_type
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<RoleType>{text}</RoleType>")
        if obj.configuration_sets is not None:
            out.append("<ConfigurationSets>")
            for configuration_sets_item in obj.configuration_sets:
                _write_any_configuration_set(configuration_sets_item, "ConfigurationSet", out)
            out.append("</ConfigurationSets>")
        if obj.resource_extension_references is not None:
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
        if obj.data_virtual_hard_disks is not None:
            out.append("<DataVirtualHardDisks>")
            for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
                _write_data_virtual_hard_disk(
                    data_virtual_hard_disks_item, "DataVirtualHardDisk", out
                )
            out.append("</DataVirtualHardDisks>")
        if obj.os_virtual_hard_disk is not None:
            _write_os_virtual_hard_disk(obj.os_virtual_hard_disk, "OSVirtualHardDisk", out)
        text = obj.role_size
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<RoleSize>{text}</RoleSize>")
        if obj.provision_guest_agent is not None:
            out.append(
                "<ProvisionGuestAgent>"
                f"{format_bool(obj.provision_guest_agent)}"
                "</ProvisionGuestAgent>"
            )
        out.append("</Role>")
        out.append("</RoleList>")
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
    text = obj.reserved_ip_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReservedIPName>{text}</ReservedIPName>")
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


def _write_add_disk(obj: AddDisk, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.os
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OS>{text}</OS>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
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
    out.append(f"</{tag}>")


def _write_update_disk(obj: UpdateDisk, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.disk_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
    if obj.resized_size_in_gb is not None:
        out.append(f"<ResizedSizeInGB>{obj.resized_size_in_gb:d}</ResizedSizeInGB>")
    out.append(f"</{tag}>")


def _write_create_gateway_parameters(
    obj: CreateGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    text = obj.gateway_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<gatewayType>{text}</gatewayType>")
    out.append(f"</{tag}>")


def _write_update_gateway_connection(
    obj: UpdateGatewayConnection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.operation
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Operation>{text}</Operation>")
    text = obj.ip_address
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IPAddress>{text}</IPAddress>")
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


def _write_reset_gateway_shared_key(
    obj: ResetGatewaySharedKey, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.key_length is not None:
        out.append(f"<KeyLength>{obj.key_length:d}</KeyLength>")
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


def _write_start_gateway_public_diagnostics(
    obj: StartGatewayPublicDiagnostics, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.capture_duration_in_seconds is not None:
        out.append(
            "<CaptureDurationInSeconds>"
            f"{obj.capture_duration_in_seconds:d}"
            "</CaptureDurationInSeconds>"
        )
    text = obj.container_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ContainerName>{text}</ContainerName>")
    text = obj.customer_storage_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CustomerStorageKey>{text}</CustomerStorageKey>")
    text = obj.customer_storage_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CustomerStorageName>{text}</CustomerStorageName>")
    out.append("<Operation>StartDiagnostics</Operation>")
    out.append(f"</{tag}>")


def _write_stop_gateway_public_diagnostics(
    obj: StopGatewayPublicDiagnostics, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<Operation>StopDiagnostics</Operation>")
    out.append(f"</{tag}>")


def _write_gateway_default_sites(
    obj: GatewayDefaultSites, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.default_sites is not None:
        for default_sites_item in obj.default_sites:
            if needs_escape(default_sites_item) is not None:
                default_sites_item = escape_text(default_sites_item)
            out.append(f"<string>{default_sites_item}</string>")
    out.append(f"</{tag}>")


def _write_vpn_client_parameters(
    obj: VpnClientParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.processor_architecture
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ProcessorArchitecture>{text}</ProcessorArchitecture>")
    out.append(f"</{tag}>")


def _write_reset_gateway_parameters(
    obj: ResetGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<Operation>Reset</Operation>")
    out.append(f"</{tag}>")


def _write_resize_gateway_parameters(
    obj: ResizeGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    out.append("<Operation>Resize</Operation>")
    out.append(f"</{tag}>")


def _write_create_hosted_service(
    obj: CreateHostedService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
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
    text = obj.affinity_group
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AffinityGroup>{text}</AffinityGroup>")
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    text = obj.reverse_dns_fqdn
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReverseDnsFqdn>{text}</ReverseDnsFqdn>")
    out.append(f"</{tag}>")


def _write_update_hosted_service(
    obj: UpdateHostedService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    text = obj.reverse_dns_fqdn
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ReverseDnsFqdn>{text}</ReverseDnsFqdn>")
    out.append(f"</{tag}>")


def _write_replication_input(
    obj: ReplicationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.regions is not None:
        out.append("<TargetLocations>")
        for regions_item in obj.regions:
            if needs_escape(regions_item) is not None:
                regions_item = escape_text(regions_item)
            out.append(f"<Region>{regions_item}</Region>")
        out.append("</TargetLocations>")
    if obj.offer is not None or obj.sku is not None or obj.version is not None:
        out.append("<ComputeImageAttributes>")
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
        out.append("</ComputeImageAttributes>")
    out.append(f"</{tag}>")


def _write_create_vm_image_input(
    obj: CreateVMImageInput, tag: str, out: list[str], attributes: str = ""
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
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.os_disk_configuration is not None:
        _write_create_os_disk_configuration_input(
            obj.os_disk_configuration, "OSDiskConfiguration", out
        )
    if obj.data_disk_configurations is not None:
        out.append("<DataDiskConfigurations>")
        for data_disk_configurations_item in obj.data_disk_configurations:
            _write_create_data_disk_configuration_input(
                data_disk_configurations_item, "DataDiskConfiguration", out
            )
        out.append("</DataDiskConfigurations>")
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
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    out.append(f"</{tag}>")


def _write_create_os_disk_configuration_input(
    obj: CreateOSDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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
    out.append(f"</{tag}>")


def _write_create_data_disk_configuration_input(
    obj: CreateDataDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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
    out.append(f"</{tag}>")


def _write_update_vm_image_input(
    obj: UpdateVMImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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
    if obj.os_disk_configuration is not None:
        _write_update_os_disk_configuration_input(
            obj.os_disk_configuration, "OSDiskConfiguration", out
        )
    if obj.data_disk_configurations is not None:
        out.append("<DataDiskConfigurations>")
        for data_disk_configurations_item in obj.data_disk_configurations:
            _write_update_data_disk_configuration_input(
                data_disk_configurations_item, "DataDiskConfiguration", out
            )
        out.append("</DataDiskConfigurations>")
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
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    out.append(f"</{tag}>")


def _write_update_os_disk_configuration_input(
    obj: UpdateOSDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.host_caching
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<HostCaching>{text}</HostCaching>")
    out.append(f"</{tag}>")


def _write_update_data_disk_configuration_input(
    obj: UpdateDataDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
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
    out.append(f"</{tag}>")


def _write_update_os_image_input(
    obj: UpdateOSImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
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
    out.append(f"</{tag}>")


def _write_load_balanced_endpoint_list(
    obj: LoadBalancedEndpointList, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.load_balanced_endpoints is not None:
        for load_balanced_endpoints_item in obj.load_balanced_endpoints:
            _write_load_balanced_endpoint(load_balanced_endpoints_item, "InputEndpoint", out)
    out.append(f"</{tag}>")


def _write_load_balanced_endpoint(
    obj: LoadBalancedEndpoint, tag: str, out: list[str], attributes: str = ""
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
    if obj.load_balancer_probe is not None:
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
        _write_endpoint_acl(obj.endpoint_acl, "EndpointAcl", out)
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


def _write_deployment_network_resource(
    obj: DeploymentNetworkResource, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.resource_group_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceGroupName>{text}</ResourceGroupName>")
    text = obj.virtual_network_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualNetworkName>{text}</VirtualNetworkName>")
    text = obj.subnet_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SubNetName>{text}</SubNetName>")
    text = obj.destination_virtual_network
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DestinationVirtualNetwork>{text}</DestinationVirtualNetwork>")
    out.append(f"</{tag}>")


def _write_ip_forwarding(obj: IPForwarding, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
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


def _write_reserved_ip_association(
    obj: ReservedIPAssociation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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
    text = obj.virtual_ip_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualIPName>{text}</VirtualIPName>")
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


def _write_os_image_input(
    obj: OSImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Label>{text}</Label>")
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
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.is_premium is not None:
        out.append(f"<IsPremium>{format_bool(obj.is_premium)}</IsPremium>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    text = obj.privacy_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PrivacyUri>{text}</PrivacyUri>")
    text = obj.icon_uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<IconUri>{text}</IconUri>")
    text = obj.recommended_vm_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RecommendedVMSize>{text}</RecommendedVMSize>")
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
    out.append(f"</{tag}>")


def _write_update_role(obj: UpdateRole, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.role_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleType>{text}</RoleType>")
    if obj.network_config is not None:
        out.append("<ConfigurationSets>")
        if obj.network_config is not None:
            _write_any_network_configuration_set(obj.network_config, "ConfigurationSet", out)
        out.append("</ConfigurationSets>")
    if obj.resource_extension_references is not None:
        out.append("<ResourceExtensionReferences>")
        for resource_extension_references_item in obj.resource_extension_references:
            _write_resource_extension_reference(
                resource_extension_references_item, "ResourceExtensionReference", out
            )
        out.append("</ResourceExtensionReferences>")
    text = obj.availability_set_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AvailabilitySetName>{text}</AvailabilitySetName>")
    if obj.data_virtual_hard_disks is not None:
        out.append("<DataVirtualHardDisks>")
        for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
            _write_data_virtual_hard_disk(data_virtual_hard_disks_item, "DataVirtualHardDisk", out)
        out.append("</DataVirtualHardDisks>")
    if obj.os_virtual_hard_disk is not None:
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
    out.append(f"</{tag}>")


def _write_capture_role_operation(
    obj: CaptureRoleOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>CaptureRoleOperation</OperationType>")
    text = obj.post_capture_action
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PostCaptureAction>{text}</PostCaptureAction>")
    if obj.provisioning_configuration is not None:
        _write_provisioning_configuration_set(
            obj.provisioning_configuration, "ProvisioningConfiguration", out
        )
    text = obj.target_image_label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetImageLabel>{text}</TargetImageLabel>")
    text = obj.target_image_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<TargetImageName>{text}</TargetImageName>")
    out.append(f"</{tag}>")


def _write_start_role_operation(
    obj: StartRoleOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>StartRoleOperation</OperationType>")
    out.append(f"</{tag}>")


def _write_start_roles_operation(
    obj: StartRolesOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>StartRolesOperation</OperationType>")
    if obj.role_names is not None:
        out.append("<Roles>")
        for role_names_item in obj.role_names:
            if needs_escape(role_names_item) is not None:
                role_names_item = escape_text(role_names_item)
            out.append(f"<Name>{role_names_item}</Name>")
        out.append("</Roles>")
    out.append(f"</{tag}>")


def _write_restart_role_operation(
    obj: RestartRoleOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>RestartRoleOperation</OperationType>")
    out.append(f"</{tag}>")


def _write_shutdown_role_operation(
    obj: ShutdownRoleOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>ShutdownRoleOperation</OperationType>")
    text = obj.post_shutdown_action
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PostShutdownAction>{text}</PostShutdownAction>")
    out.append(f"</{tag}>")


def _write_shutdown_roles_operation(
    obj: ShutdownRolesOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>ShutdownRolesOperation</OperationType>")
    if obj.role_names is not None:
        out.append("<Roles>")
        for role_names_item in obj.role_names:
            if needs_escape(role_names_item) is not None:
                role_names_item = escape_text(role_names_item)
            out.append(f"<Name>{role_names_item}</Name>")
        out.append("</Roles>")
    text = obj.post_shutdown_action
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PostShutdownAction>{text}</PostShutdownAction>")
    out.append(f"</{tag}>")


def _write_add_role(obj: AddRole, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.role_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleName>{text}</RoleName>")
    text = obj.role_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RoleType>{text}</RoleType>")
    if obj.configuration_sets is not None:
        out.append("<ConfigurationSets>")
        for configuration_sets_item in obj.configuration_sets:
            _write_any_configuration_set(configuration_sets_item, "ConfigurationSet", out)
        out.append("</ConfigurationSets>")
    if obj.resource_extension_references is not None:
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
    if obj.data_virtual_hard_disks is not None:
        out.append("<DataVirtualHardDisks>")
        for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
            _write_data_virtual_hard_disk(data_virtual_hard_disks_item, "DataVirtualHardDisk", out)
        out.append("</DataVirtualHardDisks>")
    if obj.os_virtual_hard_disk is not None:
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
    out.append(f"</{tag}>")


def _write_capture_role_as_vm_image(
    obj: CaptureRoleAsVMImage, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>CaptureRoleAsVMImageOperation</OperationType>")
    text = obj.os_state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<OSState>{text}</OSState>")
    text = obj.vm_image_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VMImageName>{text}</VMImageName>")
    text = obj.vm_image_label
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VMImageLabel>{text}</VMImageLabel>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
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


def _write_any_network_configuration_set(
    obj: AnyNetworkConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    if isinstance(obj, NetworkConfigurationSet):
        _write_network_configuration_set(obj, tag, out, attributes)
    elif isinstance(obj, ConfigurationSet):
        # Validators have checked the kind fits here; written as the set it names.
        _write_any_configuration_set(obj.specialize(), tag, out, attributes)
    else:
        raise TypeError(f"not a AnyNetworkConfigurationSet: {type(obj).__name__}")


def _write_provisioning_configuration_set(
    obj: ProvisioningConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    if isinstance(obj, LinuxConfigurationSet):
        _write_linux_configuration_set(obj, tag, out, attributes)
    elif isinstance(obj, WindowsConfigurationSet):
        _write_windows_configuration_set(obj, tag, out, attributes)
    elif isinstance(obj, ConfigurationSet):
        # Validators have checked the kind fits here; written as the set it names.
        _write_any_configuration_set(obj.specialize(), tag, out, attributes)
    else:
        raise TypeError(f"not a ProvisioningConfigurationSet: {type(obj).__name__}")


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


def _write_create_cloud_service(
    obj: CreateCloudService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _write_create_job_collection(
    obj: CreateJobCollection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.plan is not None:
        out.append("<IntrinsicSettings>")
        text = obj.plan
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<Plan>{text}</Plan>")
        out.append("</IntrinsicSettings>")
    out.append(f"</{tag}>")


def _write_update_job_collection(
    obj: UpdateJobCollection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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
    if obj.plan is not None or obj.quota is not None:
        out.append("<IntrinsicSettings>")
        text = obj.plan
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<Plan>{text}</Plan>")
        if obj.quota is not None:
            _write_job_collection_quota(obj.quota, "Quota", out)
        out.append("</IntrinsicSettings>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    out.append(f"</{tag}>")


def _write_entitle_resource(
    obj: EntitleResource, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.resource_provider_namespace
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ResourceProviderNameSpace>{text}</ResourceProviderNameSpace>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    if obj.registration_date is not None:
        out.append(f"<RegistrationDate>{format_datetime(obj.registration_date)}</RegistrationDate>")
    out.append(f"</{tag}>")


def _write_create_namespace_entry(
    obj: CreateNamespaceEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.namespace_description is not None:
        out.append('<content type="application/xml">')
        if obj.namespace_description is not None:
            out.append(
                '<NamespaceDescription xmlns="http://schemas.microsoft.com/'
                'netservices/2010/10/servicebus/connect">'
            )
            for namespace_description_item in obj.namespace_description:
                if needs_escape(namespace_description_item) is not None:
                    namespace_description_item = escape_text(namespace_description_item)
                out.append(f"<Region>{namespace_description_item}</Region>")
            out.append("</NamespaceDescription>")
        out.append("</content>")
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


def _write_create_queue_entry(
    obj: CreateQueueEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.queue_description is not None:
        out.append('<content type="application/xml">')
        if obj.queue_description is not None:
            _write_queue_description(
                obj.queue_description,
                "QueueDescription",
                out,
                ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
            )
        out.append("</content>")
    out.append(f"</{tag}>")


def _write_create_topic_entry(
    obj: CreateTopicEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.topic_description is not None:
        out.append('<content type="application/xml">')
        if obj.topic_description is not None:
            _write_topic_description(
                obj.topic_description,
                "TopicDescription",
                out,
                ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
            )
        out.append("</content>")
    out.append(f"</{tag}>")


def _write_namespace_authorization_rule_request(
    obj: NamespaceAuthorizationRuleRequest, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.rule is not None:
        out.append('<content type="application/xml">')
        if obj.rule is not None:
            _write_namespace_shared_access_rule(
                obj.rule,
                "SharedAccessAuthorizationRule",
                out,
                ' xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"',
            )
        out.append("</content>")
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


def _write_service_extension_input(
    obj: ServiceExtensionInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.provider_namespace
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ProviderNameSpace>{text}</ProviderNameSpace>")
    text = obj.extension_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.extension_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Id>{text}</Id>")
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
    if obj.private_configuration is not None:
        out.append(
            "<PrivateConfiguration>"
            f"{format_base64text(obj.private_configuration)}"
            "</PrivateConfiguration>"
        )
    text = obj.version
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Version>{text}</Version>")
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


def _write_database_copy_input(
    obj: DatabaseCopyInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.partner_server
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PartnerServer>{text}</PartnerServer>")
    text = obj.partner_database
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PartnerDatabase>{text}</PartnerDatabase>")
    if obj.is_continuous is not None:
        out.append(f"<IsContinuous>{format_bool(obj.is_continuous)}</IsContinuous>")
    if obj.is_offline_secondary is not None:
        out.append(
            f"<IsOfflineSecondary>{format_bool(obj.is_offline_secondary)}</IsOfflineSecondary>"
        )
    out.append(f"</{tag}>")


def _write_database_copy_update_input(
    obj: DatabaseCopyUpdateInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.is_forced_terminate is not None:
        out.append(f"<IsForcedTerminate>{format_bool(obj.is_forced_terminate)}</IsForcedTerminate>")
    out.append(f"</{tag}>")


def _write_restore_database_input(
    obj: RestoreDatabaseInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _write_recover_database_input(
    obj: RecoverDatabaseInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _write_dac_blob_credentials(
    obj: DacBlobCredentials, tag: str, out: list[str], attributes: str = ""
) -> None:
    if isinstance(obj, DacBlobStorageAccessKeyCredentials):
        _write_dac_blob_storage_access_key_credentials(obj, tag, out, attributes)
    else:
        raise TypeError(f"not a DacBlobCredentials: {type(obj).__name__}")


def _write_dac_blob_storage_access_key_credentials(
    obj: DacBlobStorageAccessKeyCredentials, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f'<{tag}{attributes} i:type="BlobStorageAccessKeyCredentials">')
    text = obj.uri
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Uri>{text}</Uri>")
    text = obj.storage_access_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StorageAccessKey>{text}</StorageAccessKey>")
    out.append(f"</{tag}>")


def _write_dac_connection_info(
    obj: DacConnectionInfo, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<DatabaseName>{text}</DatabaseName>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
    text = obj.server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerName>{text}</ServerName>")
    text = obj.user_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UserName>{text}</UserName>")
    out.append(f"</{tag}>")


def _write_dac_export_input(
    obj: DacExportInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.blob_credentials is not None:
        _write_dac_blob_credentials(obj.blob_credentials, "BlobCredentials", out)
    if obj.connection_info is not None:
        _write_dac_connection_info(obj.connection_info, "ConnectionInfo", out)
    out.append(f"</{tag}>")


def _write_dac_import_input(
    obj: DacImportInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.azure_edition
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AzureEdition>{text}</AzureEdition>")
    if obj.blob_credentials is not None:
        _write_dac_blob_credentials(obj.blob_credentials, "BlobCredentials", out)
    if obj.connection_info is not None:
        _write_dac_connection_info(obj.connection_info, "ConnectionInfo", out)
    if obj.database_size_in_gb is not None:
        out.append(f"<DatabaseSizeInGB>{obj.database_size_in_gb:d}</DatabaseSizeInGB>")
    out.append(f"</{tag}>")


def _write_dac_status_input(
    obj: DacStatusInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Password>{text}</Password>")
    text = obj.request_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<RequestId>{text}</RequestId>")
    text = obj.fully_qualified_server_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerName>{text}</ServerName>")
    text = obj.user_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UserName>{text}</UserName>")
    out.append(f"</{tag}>")


def _write_create_server_input(
    obj: CreateServerInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.admin_login
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdministratorLogin>{text}</AdministratorLogin>")
    text = obj.admin_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdministratorLoginPassword>{text}</AdministratorLoginPassword>")
    text = obj.location
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Location>{text}</Location>")
    out.append(f"</{tag}>")


def _write_server_admin_password_input(
    obj: ServerAdminPasswordInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.admin_password is not None:
        out.append(escape_text(obj.admin_password))
    out.append(f"</{tag}>")


def _write_firewall_rule_input(
    obj: FirewallRuleInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
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


def _write_create_database_input(
    obj: CreateDatabaseInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.edition
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Edition>{text}</Edition>")
    text = obj.collation_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<CollationName>{text}</CollationName>")
    if obj.max_size_bytes is not None:
        out.append(f"<MaxSizeBytes>{obj.max_size_bytes:d}</MaxSizeBytes>")
    text = obj.service_objective_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceObjectiveId>{text}</ServiceObjectiveId>")
    out.append(f"</{tag}>")


def _write_update_database_input(
    obj: UpdateDatabaseInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.new_database_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.edition
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Edition>{text}</Edition>")
    if obj.max_size_bytes is not None:
        out.append(f"<MaxSizeBytes>{obj.max_size_bytes:d}</MaxSizeBytes>")
    text = obj.service_objective_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceObjectiveId>{text}</ServiceObjectiveId>")
    out.append(f"</{tag}>")


def _write_regenerate_keys(
    obj: RegenerateKeys, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.key_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<KeyType>{text}</KeyType>")
    out.append(f"</{tag}>")


def _write_create_storage_service_input(
    obj: CreateStorageServiceInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.service_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServiceName>{text}</ServiceName>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
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
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    text = obj.account_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AccountType>{text}</AccountType>")
    out.append(f"</{tag}>")


def _write_update_storage_service_input(
    obj: UpdateStorageServiceInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.description
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Description>{text}</Description>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    text = obj.account_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AccountType>{text}</AccountType>")
    out.append(f"</{tag}>")


def _write_store_add_on_input(
    obj: StoreAddOnInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Type>{text}</Type>")
    text = obj.plan
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Plan>{text}</Plan>")
    text = obj.promotion_code
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<PromotionCode>{text}</PromotionCode>")
    out.append(f"</{tag}>")


def _write_create_traffic_manager_profile(
    obj: CreateTrafficManagerProfile, tag: str, out: list[str], attributes: str = ""
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
    out.append(f"</{tag}>")


def _write_update_traffic_manager_profile(
    obj: UpdateTrafficManagerProfile, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.status
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Status>{text}</Status>")
    if obj.enabled_version is not None:
        out.append("<StatusDetails>")
        if obj.enabled_version is not None:
            out.append(f"<EnabledVersion>{obj.enabled_version:d}</EnabledVersion>")
        out.append("</StatusDetails>")
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


def _write_create_local_network_gateway_parameters(
    obj: CreateLocalNetworkGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.address_space is not None:
        out.append("<AddressSpace>")
        for address_space_item in obj.address_space:
            if needs_escape(address_space_item) is not None:
                address_space_item = escape_text(address_space_item)
            out.append(f"<string>{address_space_item}</string>")
        out.append("</AddressSpace>")
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
    if obj.bgp_settings is not None:
        _write_bgp_settings(obj.bgp_settings, "BgpSettings", out)
    out.append(f"</{tag}>")


def _write_create_virtual_network_gateway_parameters(
    obj: CreateVirtualNetworkGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.gateway_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayName>{text}</GatewayName>")
    text = obj.gateway_size
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewaySize>{text}</GatewaySize>")
    text = obj.gateway_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayType>{text}</GatewayType>")
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
    if obj.bgp_settings is not None:
        _write_bgp_settings(obj.bgp_settings, "BgpSettings", out)
    out.append(f"</{tag}>")


def _write_create_gateway_connection_parameters(
    obj: CreateGatewayConnectionParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.connected_entity_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ConnectedEntityId>{text}</ConnectedEntityId>")
    text = obj.gateway_connection_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayConnectionName>{text}</GatewayConnectionName>")
    text = obj.gateway_connection_type
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<GatewayConnectionType>{text}</GatewayConnectionType>")
    text = obj.virtual_network_gateway_id
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<VirtualNetworkGatewayId>{text}</VirtualNetworkGatewayId>")
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


def _write_update_local_network_gateway_parameters(
    obj: UpdateLocalNetworkGatewayParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _write_update_gateway_connection_parameters(
    obj: UpdateGatewayConnectionParameters, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _write_redeploy_role_operation(
    obj: RedeployRoleOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>RedeployRoleOperation</OperationType>")
    out.append(f"</{tag}>")


def _write_perform_maintenance_on_role_operation(
    obj: PerformMaintenanceOnRoleOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>PerformMaintenanceOnRoleOperation</OperationType>")
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


def _write_create_site_input(
    obj: CreateSiteInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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
    text = obj.website_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.compute_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComputeMode>{text}</ComputeMode>")
    text = obj.server_farm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerFarm>{text}</ServerFarm>")
    text = obj.site_mode
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SiteMode>{text}</SiteMode>")
    if obj.geo_region is not None or obj.webspace_name is not None or obj.plan is not None:
        out.append("<WebSpaceToCreate>")
        text = obj.geo_region
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<GeoRegion>{text}</GeoRegion>")
        text = obj.webspace_name
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<Name>{text}</Name>")
        text = obj.plan
        if text is not None:
            if needs_escape(text) is not None:
                text = escape_text(text)
            out.append(f"<Plan>{text}</Plan>")
        out.append("</WebSpaceToCreate>")
    out.append(f"</{tag}>")


def _write_update_site_input(
    obj: UpdateSiteInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_name_ssl_states is not None:
        out.append("<HostNameSslStates>")
        for host_name_ssl_states_item in obj.host_name_ssl_states:
            _write_update_host_name_ssl_state(
                host_name_ssl_states_item, "WebSiteHostNameSslState", out
            )
        out.append("</HostNameSslStates>")
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
    text = obj.server_farm
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ServerFarm>{text}</ServerFarm>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    out.append(f"</{tag}>")


def _write_update_host_name_ssl_state(
    obj: UpdateHostNameSslState, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _write_update_server_farm(
    obj: UpdateServerFarm, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
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


def _document(
    write: Callable[[Any, str, list[str], str], None], obj: object, root: str, namespace: str
) -> bytes:
    out: list[str] = []
    write(obj, root, out, f' xmlns="{namespace}" xmlns:i="{XSI}"')
    return "".join(out).encode()


def serialize_create_affinity_group(obj: CreateAffinityGroup) -> bytes:
    """The `<CreateAffinityGroup>` document of `obj`."""
    return _document(
        _write_create_affinity_group,
        obj,
        "CreateAffinityGroup",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_affinity_group(obj: UpdateAffinityGroup) -> bytes:
    """The `<UpdateAffinityGroup>` document of `obj`."""
    return _document(
        _write_update_affinity_group,
        obj,
        "UpdateAffinityGroup",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_application_gateway_parameters(
    obj: CreateApplicationGatewayParameters,
) -> bytes:
    """The `<CreateApplicationGatewayParameters>` document of `obj`."""
    return _document(
        _write_create_application_gateway_parameters,
        obj,
        "CreateApplicationGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_application_gateway_parameters(
    obj: UpdateApplicationGatewayParameters,
) -> bytes:
    """The `<UpdateApplicationGatewayParameters>` document of `obj`."""
    return _document(
        _write_update_application_gateway_parameters,
        obj,
        "UpdateApplicationGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_operation(obj: ApplicationGatewayOperation) -> bytes:
    """The `<ApplicationGatewayOperation>` document of `obj`."""
    return _document(
        _write_application_gateway_operation,
        obj,
        "ApplicationGatewayOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_application_gateway_certificate_file(obj: ApplicationGatewayCertificateFile) -> bytes:
    """The `<CertificateFile>` document of `obj`."""
    return _document(
        _write_application_gateway_certificate_file,
        obj,
        "CertificateFile",
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


def serialize_certificate_file(obj: CertificateFile) -> bytes:
    """The `<CertificateFile>` document of `obj`."""
    return _document(
        _write_certificate_file, obj, "CertificateFile", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_subscription_certificate_input(obj: SubscriptionCertificateInput) -> bytes:
    """The `<SubscriptionCertificate>` document of `obj`."""
    return _document(
        _write_subscription_certificate_input,
        obj,
        "SubscriptionCertificate",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_data_disk(obj: UpdateDataDisk) -> bytes:
    """The `<DataVirtualHardDisk>` document of `obj`."""
    return _document(
        _write_update_data_disk,
        obj,
        "DataVirtualHardDisk",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_deployment(obj: CreateDeployment) -> bytes:
    """The `<CreateDeployment>` document of `obj`."""
    return _document(
        _write_create_deployment,
        obj,
        "CreateDeployment",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_swap_deployment(obj: SwapDeployment) -> bytes:
    """The `<Swap>` document of `obj`."""
    return _document(
        _write_swap_deployment, obj, "Swap", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_change_configuration(obj: ChangeConfiguration) -> bytes:
    """The `<ChangeConfiguration>` document of `obj`."""
    return _document(
        _write_change_configuration,
        obj,
        "ChangeConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_deployment_status(obj: UpdateDeploymentStatus) -> bytes:
    """The `<UpdateDeploymentStatus>` document of `obj`."""
    return _document(
        _write_update_deployment_status,
        obj,
        "UpdateDeploymentStatus",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_upgrade_deployment(obj: UpgradeDeployment) -> bytes:
    """The `<UpgradeDeployment>` document of `obj`."""
    return _document(
        _write_upgrade_deployment,
        obj,
        "UpgradeDeployment",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_walk_upgrade_domain(obj: WalkUpgradeDomain) -> bytes:
    """The `<WalkUpgradeDomain>` document of `obj`."""
    return _document(
        _write_walk_upgrade_domain,
        obj,
        "WalkUpgradeDomain",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_rollback_update_or_upgrade(obj: RollbackUpdateOrUpgrade) -> bytes:
    """The `<RollbackUpdateOrUpgrade>` document of `obj`."""
    return _document(
        _write_rollback_update_or_upgrade,
        obj,
        "RollbackUpdateOrUpgrade",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_delete_role_instances(obj: DeleteRoleInstances) -> bytes:
    """The `<RoleInstances>` document of `obj`."""
    return _document(
        _write_delete_role_instances,
        obj,
        "RoleInstances",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_dns_server_input(obj: DnsServerInput) -> bytes:
    """The `<DnsServer>` document of `obj`."""
    return _document(
        _write_dns_server_input, obj, "DnsServer", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_create_virtual_machine_deployment(obj: CreateVirtualMachineDeployment) -> bytes:
    """The `<Deployment>` document of `obj`."""
    return _document(
        _write_create_virtual_machine_deployment,
        obj,
        "Deployment",
        "http://schemas.microsoft.com/windowsazure",
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


def serialize_add_disk(obj: AddDisk) -> bytes:
    """The `<Disk>` document of `obj`."""
    return _document(_write_add_disk, obj, "Disk", "http://schemas.microsoft.com/windowsazure")


def serialize_update_disk(obj: UpdateDisk) -> bytes:
    """The `<Disk>` document of `obj`."""
    return _document(_write_update_disk, obj, "Disk", "http://schemas.microsoft.com/windowsazure")


def serialize_create_gateway_parameters(obj: CreateGatewayParameters) -> bytes:
    """The `<CreateGatewayParameters>` document of `obj`."""
    return _document(
        _write_create_gateway_parameters,
        obj,
        "CreateGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_gateway_connection(obj: UpdateGatewayConnection) -> bytes:
    """The `<UpdateConnection>` document of `obj`."""
    return _document(
        _write_update_gateway_connection,
        obj,
        "UpdateConnection",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_shared_key(obj: GatewaySharedKey) -> bytes:
    """The `<SharedKey>` document of `obj`."""
    return _document(
        _write_gateway_shared_key, obj, "SharedKey", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_reset_gateway_shared_key(obj: ResetGatewaySharedKey) -> bytes:
    """The `<ResetSharedKey>` document of `obj`."""
    return _document(
        _write_reset_gateway_shared_key,
        obj,
        "ResetSharedKey",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_i_psec_parameters(obj: IPsecParameters) -> bytes:
    """The `<IPsecParameters>` document of `obj`."""
    return _document(
        _write_i_psec_parameters,
        obj,
        "IPsecParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_start_gateway_public_diagnostics(obj: StartGatewayPublicDiagnostics) -> bytes:
    """The `<UpdateGatewayPublicDiagnostics>` document of `obj`."""
    return _document(
        _write_start_gateway_public_diagnostics,
        obj,
        "UpdateGatewayPublicDiagnostics",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_stop_gateway_public_diagnostics(obj: StopGatewayPublicDiagnostics) -> bytes:
    """The `<UpdateGatewayPublicDiagnostics>` document of `obj`."""
    return _document(
        _write_stop_gateway_public_diagnostics,
        obj,
        "UpdateGatewayPublicDiagnostics",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_gateway_default_sites(obj: GatewayDefaultSites) -> bytes:
    """The `<DefaultSiteList>` document of `obj`."""
    return _document(
        _write_gateway_default_sites,
        obj,
        "DefaultSiteList",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_vpn_client_parameters(obj: VpnClientParameters) -> bytes:
    """The `<VpnClientParameters>` document of `obj`."""
    return _document(
        _write_vpn_client_parameters,
        obj,
        "VpnClientParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_reset_gateway_parameters(obj: ResetGatewayParameters) -> bytes:
    """The `<UpdateGatewayParameters>` document of `obj`."""
    return _document(
        _write_reset_gateway_parameters,
        obj,
        "UpdateGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_resize_gateway_parameters(obj: ResizeGatewayParameters) -> bytes:
    """The `<UpdateGatewayParameters>` document of `obj`."""
    return _document(
        _write_resize_gateway_parameters,
        obj,
        "UpdateGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_hosted_service(obj: CreateHostedService) -> bytes:
    """The `<CreateHostedService>` document of `obj`."""
    return _document(
        _write_create_hosted_service,
        obj,
        "CreateHostedService",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_hosted_service(obj: UpdateHostedService) -> bytes:
    """The `<UpdateHostedService>` document of `obj`."""
    return _document(
        _write_update_hosted_service,
        obj,
        "UpdateHostedService",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_replication_input(obj: ReplicationInput) -> bytes:
    """The `<ReplicationInput>` document of `obj`."""
    return _document(
        _write_replication_input,
        obj,
        "ReplicationInput",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_vm_image_input(obj: CreateVMImageInput) -> bytes:
    """The `<VMImage>` document of `obj`."""
    return _document(
        _write_create_vm_image_input, obj, "VMImage", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_create_os_disk_configuration_input(obj: CreateOSDiskConfigurationInput) -> bytes:
    """The `<OSDiskConfiguration>` document of `obj`."""
    return _document(
        _write_create_os_disk_configuration_input,
        obj,
        "OSDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_data_disk_configuration_input(obj: CreateDataDiskConfigurationInput) -> bytes:
    """The `<DataDiskConfiguration>` document of `obj`."""
    return _document(
        _write_create_data_disk_configuration_input,
        obj,
        "DataDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_vm_image_input(obj: UpdateVMImageInput) -> bytes:
    """The `<VMImage>` document of `obj`."""
    return _document(
        _write_update_vm_image_input, obj, "VMImage", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_update_os_disk_configuration_input(obj: UpdateOSDiskConfigurationInput) -> bytes:
    """The `<OSDiskConfiguration>` document of `obj`."""
    return _document(
        _write_update_os_disk_configuration_input,
        obj,
        "OSDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_data_disk_configuration_input(obj: UpdateDataDiskConfigurationInput) -> bytes:
    """The `<DataDiskConfiguration>` document of `obj`."""
    return _document(
        _write_update_data_disk_configuration_input,
        obj,
        "DataDiskConfiguration",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_os_image_input(obj: UpdateOSImageInput) -> bytes:
    """The `<OSImage>` document of `obj`."""
    return _document(
        _write_update_os_image_input, obj, "OSImage", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_load_balanced_endpoint_list(obj: LoadBalancedEndpointList) -> bytes:
    """The `<LoadBalancedEndpointList>` document of `obj`."""
    return _document(
        _write_load_balanced_endpoint_list,
        obj,
        "LoadBalancedEndpointList",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_load_balanced_endpoint(obj: LoadBalancedEndpoint) -> bytes:
    """The `<InputEndpoint>` document of `obj`."""
    return _document(
        _write_load_balanced_endpoint,
        obj,
        "InputEndpoint",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_deployment_network_resource(obj: DeploymentNetworkResource) -> bytes:
    """The `<DeploymentNetworkResource>` document of `obj`."""
    return _document(
        _write_deployment_network_resource,
        obj,
        "DeploymentNetworkResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_ip_forwarding(obj: IPForwarding) -> bytes:
    """The `<IPForwarding>` document of `obj`."""
    return _document(
        _write_ip_forwarding, obj, "IPForwarding", "http://schemas.microsoft.com/windowsazure"
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


def serialize_reserved_ip_association(obj: ReservedIPAssociation) -> bytes:
    """The `<ReservedIPAssociation>` document of `obj`."""
    return _document(
        _write_reserved_ip_association,
        obj,
        "ReservedIPAssociation",
        "http://schemas.microsoft.com/windowsazure",
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


def serialize_os_image_input(obj: OSImageInput) -> bytes:
    """The `<OSImage>` document of `obj`."""
    return _document(
        _write_os_image_input, obj, "OSImage", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_update_role(obj: UpdateRole) -> bytes:
    """The `<PersistentVMRole>` document of `obj`."""
    return _document(
        _write_update_role, obj, "PersistentVMRole", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_capture_role_operation(obj: CaptureRoleOperation) -> bytes:
    """The `<CaptureRoleOperation>` document of `obj`."""
    return _document(
        _write_capture_role_operation,
        obj,
        "CaptureRoleOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_start_role_operation(obj: StartRoleOperation) -> bytes:
    """The `<StartRoleOperation>` document of `obj`."""
    return _document(
        _write_start_role_operation,
        obj,
        "StartRoleOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_start_roles_operation(obj: StartRolesOperation) -> bytes:
    """The `<StartRolesOperation>` document of `obj`."""
    return _document(
        _write_start_roles_operation,
        obj,
        "StartRolesOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_restart_role_operation(obj: RestartRoleOperation) -> bytes:
    """The `<RestartRoleOperation>` document of `obj`."""
    return _document(
        _write_restart_role_operation,
        obj,
        "RestartRoleOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_shutdown_role_operation(obj: ShutdownRoleOperation) -> bytes:
    """The `<ShutdownRoleOperation>` document of `obj`."""
    return _document(
        _write_shutdown_role_operation,
        obj,
        "ShutdownRoleOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_shutdown_roles_operation(obj: ShutdownRolesOperation) -> bytes:
    """The `<ShutdownRolesOperation>` document of `obj`."""
    return _document(
        _write_shutdown_roles_operation,
        obj,
        "ShutdownRolesOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_add_role(obj: AddRole) -> bytes:
    """The `<PersistentVMRole>` document of `obj`."""
    return _document(
        _write_add_role, obj, "PersistentVMRole", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_capture_role_as_vm_image(obj: CaptureRoleAsVMImage) -> bytes:
    """The `<CaptureRoleAsVMImageOperation>` document of `obj`."""
    return _document(
        _write_capture_role_as_vm_image,
        obj,
        "CaptureRoleAsVMImageOperation",
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


def serialize_any_network_configuration_set(obj: AnyNetworkConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_any_network_configuration_set,
        obj,
        "ConfigurationSet",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_provisioning_configuration_set(obj: ProvisioningConfigurationSet) -> bytes:
    """The `<ConfigurationSet>` document of `obj`."""
    return _document(
        _write_provisioning_configuration_set,
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


def serialize_create_cloud_service(obj: CreateCloudService) -> bytes:
    """The `<CloudService>` document of `obj`."""
    return _document(
        _write_create_cloud_service,
        obj,
        "CloudService",
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


def serialize_create_job_collection(obj: CreateJobCollection) -> bytes:
    """The `<Resource>` document of `obj`."""
    return _document(
        _write_create_job_collection, obj, "Resource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_update_job_collection(obj: UpdateJobCollection) -> bytes:
    """The `<Resource>` document of `obj`."""
    return _document(
        _write_update_job_collection, obj, "Resource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_entitle_resource(obj: EntitleResource) -> bytes:
    """The `<EntitleResource>` document of `obj`."""
    return _document(
        _write_entitle_resource, obj, "EntitleResource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_create_namespace_entry(obj: CreateNamespaceEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_create_namespace_entry, obj, "entry", "http://www.w3.org/2005/Atom")


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


def serialize_create_queue_entry(obj: CreateQueueEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_create_queue_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_create_topic_entry(obj: CreateTopicEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_create_topic_entry, obj, "entry", "http://www.w3.org/2005/Atom")


def serialize_namespace_authorization_rule_request(obj: NamespaceAuthorizationRuleRequest) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(
        _write_namespace_authorization_rule_request, obj, "entry", "http://www.w3.org/2005/Atom"
    )


def serialize_namespace_shared_access_rule(obj: NamespaceSharedAccessRule) -> bytes:
    """The `<SharedAccessAuthorizationRule>` document of `obj`."""
    return _document(
        _write_namespace_shared_access_rule,
        obj,
        "SharedAccessAuthorizationRule",
        "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect",
    )


def serialize_service_extension_input(obj: ServiceExtensionInput) -> bytes:
    """The `<Extension>` document of `obj`."""
    return _document(
        _write_service_extension_input,
        obj,
        "Extension",
        "http://schemas.microsoft.com/windowsazure",
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


def serialize_database_copy_input(obj: DatabaseCopyInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_database_copy_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_database_copy_update_input(obj: DatabaseCopyUpdateInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_database_copy_update_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_restore_database_input(obj: RestoreDatabaseInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_restore_database_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_recover_database_input(obj: RecoverDatabaseInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_recover_database_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_dac_blob_credentials(obj: DacBlobCredentials) -> bytes:
    """The `<DacBlobCredentials>` document of `obj`."""
    return _document(
        _write_dac_blob_credentials,
        obj,
        "DacBlobCredentials",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_dac_blob_storage_access_key_credentials(
    obj: DacBlobStorageAccessKeyCredentials,
) -> bytes:
    """The `<BlobCredentials>` document of `obj`."""
    return _document(
        _write_dac_blob_storage_access_key_credentials,
        obj,
        "BlobCredentials",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_dac_connection_info(obj: DacConnectionInfo) -> bytes:
    """The `<ConnectionInfo>` document of `obj`."""
    return _document(
        _write_dac_connection_info,
        obj,
        "ConnectionInfo",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_dac_export_input(obj: DacExportInput) -> bytes:
    """The `<ExportInput>` document of `obj`."""
    return _document(
        _write_dac_export_input,
        obj,
        "ExportInput",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_dac_import_input(obj: DacImportInput) -> bytes:
    """The `<ImportInput>` document of `obj`."""
    return _document(
        _write_dac_import_input,
        obj,
        "ImportInput",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_dac_status_input(obj: DacStatusInput) -> bytes:
    """The `<StatusInput>` document of `obj`."""
    return _document(
        _write_dac_status_input,
        obj,
        "StatusInput",
        "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes",
    )


def serialize_create_server_input(obj: CreateServerInput) -> bytes:
    """The `<Server>` document of `obj`."""
    return _document(
        _write_create_server_input, obj, "Server", "http://schemas.microsoft.com/sqlazure/2010/12/"
    )


def serialize_server_admin_password_input(obj: ServerAdminPasswordInput) -> bytes:
    """The `<AdministratorLoginPassword>` document of `obj`."""
    return _document(
        _write_server_admin_password_input,
        obj,
        "AdministratorLoginPassword",
        "http://schemas.microsoft.com/sqlazure/2010/12/",
    )


def serialize_firewall_rule_input(obj: FirewallRuleInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_firewall_rule_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_database_input(obj: CreateDatabaseInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_create_database_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_database_input(obj: UpdateDatabaseInput) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_update_database_input,
        obj,
        "ServiceResource",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_regenerate_keys(obj: RegenerateKeys) -> bytes:
    """The `<RegenerateKeys>` document of `obj`."""
    return _document(
        _write_regenerate_keys, obj, "RegenerateKeys", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_create_storage_service_input(obj: CreateStorageServiceInput) -> bytes:
    """The `<CreateStorageServiceInput>` document of `obj`."""
    return _document(
        _write_create_storage_service_input,
        obj,
        "CreateStorageServiceInput",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_storage_service_input(obj: UpdateStorageServiceInput) -> bytes:
    """The `<UpdateStorageServiceInput>` document of `obj`."""
    return _document(
        _write_update_storage_service_input,
        obj,
        "UpdateStorageServiceInput",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_store_add_on_input(obj: StoreAddOnInput) -> bytes:
    """The `<Resource>` document of `obj`."""
    return _document(
        _write_store_add_on_input, obj, "Resource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_create_traffic_manager_profile(obj: CreateTrafficManagerProfile) -> bytes:
    """The `<Profile>` document of `obj`."""
    return _document(
        _write_create_traffic_manager_profile,
        obj,
        "Profile",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_traffic_manager_profile(obj: UpdateTrafficManagerProfile) -> bytes:
    """The `<Profile>` document of `obj`."""
    return _document(
        _write_update_traffic_manager_profile,
        obj,
        "Profile",
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


def serialize_create_local_network_gateway_parameters(
    obj: CreateLocalNetworkGatewayParameters,
) -> bytes:
    """The `<CreateLocalNetworkGatewayParameters>` document of `obj`."""
    return _document(
        _write_create_local_network_gateway_parameters,
        obj,
        "CreateLocalNetworkGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_virtual_network_gateway_parameters(
    obj: CreateVirtualNetworkGatewayParameters,
) -> bytes:
    """The `<CreateVirtualNetworkGatewayParameters>` document of `obj`."""
    return _document(
        _write_create_virtual_network_gateway_parameters,
        obj,
        "CreateVirtualNetworkGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_gateway_connection_parameters(obj: CreateGatewayConnectionParameters) -> bytes:
    """The `<CreateGatewayConnectionParameters>` document of `obj`."""
    return _document(
        _write_create_gateway_connection_parameters,
        obj,
        "CreateGatewayConnectionParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_local_network_gateway_parameters(
    obj: UpdateLocalNetworkGatewayParameters,
) -> bytes:
    """The `<UpdateLocalNetworkGatewayParameters>` document of `obj`."""
    return _document(
        _write_update_local_network_gateway_parameters,
        obj,
        "UpdateLocalNetworkGatewayParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_update_gateway_connection_parameters(obj: UpdateGatewayConnectionParameters) -> bytes:
    """The `<UpdateGatewayConnectionParameters>` document of `obj`."""
    return _document(
        _write_update_gateway_connection_parameters,
        obj,
        "UpdateGatewayConnectionParameters",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_redeploy_role_operation(obj: RedeployRoleOperation) -> bytes:
    """The `<RedeployRoleOperation>` document of `obj`."""
    return _document(
        _write_redeploy_role_operation,
        obj,
        "RedeployRoleOperation",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_perform_maintenance_on_role_operation(
    obj: PerformMaintenanceOnRoleOperation,
) -> bytes:
    """The `<PerformMaintenanceOnRoleOperation>` document of `obj`."""
    return _document(
        _write_perform_maintenance_on_role_operation,
        obj,
        "PerformMaintenanceOnRoleOperation",
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


def serialize_restore_request(obj: RestoreRequest) -> bytes:
    """The `<RestoreRequest>` document of `obj`."""
    return _document(
        _write_restore_request, obj, "RestoreRequest", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_relay_service_connection_entity(obj: RelayServiceConnectionEntity) -> bytes:
    """The `<RelayServiceConnectionEntity>` document of `obj`."""
    return _document(
        _write_relay_service_connection_entity,
        obj,
        "RelayServiceConnectionEntity",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_site_input(obj: CreateSiteInput) -> bytes:
    """The `<Site>` document of `obj`."""
    return _document(
        _write_create_site_input, obj, "Site", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_update_site_input(obj: UpdateSiteInput) -> bytes:
    """The `<Site>` document of `obj`."""
    return _document(
        _write_update_site_input, obj, "Site", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_update_host_name_ssl_state(obj: UpdateHostNameSslState) -> bytes:
    """The `<WebSiteHostNameSslState>` document of `obj`."""
    return _document(
        _write_update_host_name_ssl_state,
        obj,
        "WebSiteHostNameSslState",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_server_farm(obj: ServerFarm) -> bytes:
    """The `<ServerFarm>` document of `obj`."""
    return _document(
        _write_server_farm, obj, "ServerFarm", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_update_server_farm(obj: UpdateServerFarm) -> bytes:
    """The `<ServerFarm>` document of `obj`."""
    return _document(
        _write_update_server_farm, obj, "ServerFarm", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_publishing_user(obj: PublishingUser) -> bytes:
    """The `<User>` document of `obj`."""
    return _document(
        _write_publishing_user, obj, "User", "http://schemas.microsoft.com/windowsazure"
    )
