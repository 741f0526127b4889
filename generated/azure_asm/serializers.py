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
    AnyConfigurationSet,
    AnyNetworkConfigurationSet,
    CaptureRoleAsVMImage,
    CaptureRoleOperation,
    CertificateFile,
    CertificateSetting,
    ChangeConfiguration,
    ComponentSetting,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    CreateAffinityGroup,
    CreateCloudService,
    CreateDatabaseInput,
    CreateDataDiskConfigurationInput,
    CreateDeployment,
    CreateHostedService,
    CreateJobCollection,
    CreateNamespaceEntry,
    CreateOSDiskConfigurationInput,
    CreateServerInput,
    CreateSiteInput,
    CreateStorageServiceInput,
    CreateVirtualMachineDeployment,
    CreateVMImageInput,
    Credentials,
    DataVirtualHardDisk,
    DeleteRoleInstances,
    DnsServer,
    DnsServerInput,
    DnsServerRef,
    DomainJoin,
    EndpointAcl,
    FirewallRuleInput,
    KeyPair,
    LinuxConfigurationSet,
    Listener,
    LoadBalancerProbe,
    LocalNetworkConnection,
    LocalNetworkSite,
    LocalNetworkSiteRef,
    NetworkConfiguration,
    NetworkConfigurationSet,
    NetworkDnsServer,
    NetworkGateway,
    NetworkInterface,
    NetworkInterfaceIPConfiguration,
    OSImageInput,
    OSVirtualHardDisk,
    ProvisioningConfigurationSet,
    PublicIP,
    PublicKey,
    RegenerateKeys,
    ReplicationInput,
    ReservedIP,
    ReservedIPAssociation,
    ResourceExtensionCertificate,
    ResourceExtensionParameterValue,
    ResourceExtensionReference,
    RestartRoleOperation,
    RollbackUpdateOrUpgrade,
    ServerAdminPasswordInput,
    ShutdownRoleOperation,
    ShutdownRolesOperation,
    StartRoleOperation,
    StartRolesOperation,
    SubnetConfiguration,
    SubscriptionCertificateInput,
    SwapDeployment,
    UnattendComponent,
    UnattendPass,
    UpdateAffinityGroup,
    UpdateDatabaseInput,
    UpdateDataDisk,
    UpdateDataDiskConfigurationInput,
    UpdateDeploymentStatus,
    UpdateDisk,
    UpdateHostedService,
    UpdateOSDiskConfigurationInput,
    UpdateOSImageInput,
    UpdateRole,
    UpdateSiteInput,
    UpdateStorageServiceInput,
    UpdateVMImageInput,
    UpgradeDeployment,
    VirtualNetworkSiteConfiguration,
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
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.location is not None:
        out.append(
            f"<Location>{obj.location if needs_escape(obj.location) is None else escape_text(obj.location)}</Location>"
        )
    out.append(f"</{tag}>")


def _write_update_affinity_group(
    obj: UpdateAffinityGroup, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    out.append(f"</{tag}>")


def _write_certificate_file(
    obj: CertificateFile, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.data is not None:
        out.append(
            f"<Data>{obj.data if needs_escape(obj.data) is None else escape_text(obj.data)}</Data>"
        )
    if obj.certificate_format is not None:
        out.append(
            f"<CertificateFormat>{obj.certificate_format if needs_escape(obj.certificate_format) is None else escape_text(obj.certificate_format)}</CertificateFormat>"
        )
    if obj.password is not None:
        out.append(
            f"<Password>{obj.password if needs_escape(obj.password) is None else escape_text(obj.password)}</Password>"
        )
    out.append(f"</{tag}>")


def _write_subscription_certificate_input(
    obj: SubscriptionCertificateInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.public_key is not None:
        out.append(
            f"<SubscriptionCertificatePublicKey>{obj.public_key if needs_escape(obj.public_key) is None else escape_text(obj.public_key)}</SubscriptionCertificatePublicKey>"
        )
    if obj.thumbprint is not None:
        out.append(
            f"<SubscriptionCertificateThumbprint>{obj.thumbprint if needs_escape(obj.thumbprint) is None else escape_text(obj.thumbprint)}</SubscriptionCertificateThumbprint>"
        )
    if obj.data is not None:
        out.append(
            f"<SubscriptionCertificateData>{obj.data if needs_escape(obj.data) is None else escape_text(obj.data)}</SubscriptionCertificateData>"
        )
    out.append(f"</{tag}>")


def _write_update_data_disk(
    obj: UpdateDataDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    if obj.disk_label is not None:
        out.append(
            f"<DiskLabel>{obj.disk_label if needs_escape(obj.disk_label) is None else escape_text(obj.disk_label)}</DiskLabel>"
        )
    if obj.disk_name is not None:
        out.append(
            f"<DiskName>{obj.disk_name if needs_escape(obj.disk_name) is None else escape_text(obj.disk_name)}</DiskName>"
        )
    if obj.updated_lun is not None:
        out.append(f"<Lun>{obj.updated_lun:d}</Lun>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    out.append(f"</{tag}>")


def _write_create_deployment(
    obj: CreateDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.package_url is not None:
        out.append(
            f"<PackageUrl>{obj.package_url if needs_escape(obj.package_url) is None else escape_text(obj.package_url)}</PackageUrl>"
        )
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.configuration is not None:
        out.append(
            f"<Configuration>{obj.configuration if needs_escape(obj.configuration) is None else escape_text(obj.configuration)}</Configuration>"
        )
    if obj.start_deployment is not None:
        out.append(f"<StartDeployment>{format_bool(obj.start_deployment)}</StartDeployment>")
    if obj.treat_warnings_as_error is not None:
        out.append(
            f"<TreatWarningsAsError>{format_bool(obj.treat_warnings_as_error)}</TreatWarningsAsError>"
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
    if obj.production is not None:
        out.append(
            f"<Production>{obj.production if needs_escape(obj.production) is None else escape_text(obj.production)}</Production>"
        )
    if obj.source_deployment is not None:
        out.append(
            f"<SourceDeployment>{obj.source_deployment if needs_escape(obj.source_deployment) is None else escape_text(obj.source_deployment)}</SourceDeployment>"
        )
    out.append(f"</{tag}>")


def _write_change_configuration(
    obj: ChangeConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.configuration is not None:
        out.append(
            f"<Configuration>{obj.configuration if needs_escape(obj.configuration) is None else escape_text(obj.configuration)}</Configuration>"
        )
    if obj.treat_warnings_as_error is not None:
        out.append(
            f"<TreatWarningsAsError>{format_bool(obj.treat_warnings_as_error)}</TreatWarningsAsError>"
        )
    if obj.mode is not None:
        out.append(
            f"<Mode>{obj.mode if needs_escape(obj.mode) is None else escape_text(obj.mode)}</Mode>"
        )
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    out.append(f"</{tag}>")


def _write_update_deployment_status(
    obj: UpdateDeploymentStatus, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.status is not None:
        out.append(
            f"<Status>{obj.status if needs_escape(obj.status) is None else escape_text(obj.status)}</Status>"
        )
    out.append(f"</{tag}>")


def _write_upgrade_deployment(
    obj: UpgradeDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.mode is not None:
        out.append(
            f"<Mode>{obj.mode if needs_escape(obj.mode) is None else escape_text(obj.mode)}</Mode>"
        )
    if obj.package_url is not None:
        out.append(
            f"<PackageUrl>{obj.package_url if needs_escape(obj.package_url) is None else escape_text(obj.package_url)}</PackageUrl>"
        )
    if obj.configuration is not None:
        out.append(
            f"<Configuration>{obj.configuration if needs_escape(obj.configuration) is None else escape_text(obj.configuration)}</Configuration>"
        )
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.role_to_upgrade is not None:
        out.append(
            f"<RoleToUpgrade>{obj.role_to_upgrade if needs_escape(obj.role_to_upgrade) is None else escape_text(obj.role_to_upgrade)}</RoleToUpgrade>"
        )
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
    if obj.mode is not None:
        out.append(
            f"<Mode>{obj.mode if needs_escape(obj.mode) is None else escape_text(obj.mode)}</Mode>"
        )
    if obj.force is not None:
        out.append(f"<Force>{format_bool(obj.force)}</Force>")
    out.append(f"</{tag}>")


def _write_delete_role_instances(
    obj: DeleteRoleInstances, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.role_instance_names is not None:
        for role_instance_names_item in obj.role_instance_names:
            out.append(
                f"<Name>{role_instance_names_item if needs_escape(role_instance_names_item) is None else escape_text(role_instance_names_item)}</Name>"
            )
    out.append(f"</{tag}>")


def _write_dns_server_input(
    obj: DnsServerInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.dns_server_name is not None:
        out.append(
            f"<Name>{obj.dns_server_name if needs_escape(obj.dns_server_name) is None else escape_text(obj.dns_server_name)}</Name>"
        )
    if obj.address is not None:
        out.append(
            f"<Address>{obj.address if needs_escape(obj.address) is None else escape_text(obj.address)}</Address>"
        )
    out.append(f"</{tag}>")


def _write_create_virtual_machine_deployment(
    obj: CreateVirtualMachineDeployment, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.deployment_name is not None:
        out.append(
            f"<Name>{obj.deployment_name if needs_escape(obj.deployment_name) is None else escape_text(obj.deployment_name)}</Name>"
        )
    if obj.deployment_slot is not None:
        out.append(
            f"<DeploymentSlot>{obj.deployment_slot if needs_escape(obj.deployment_slot) is None else escape_text(obj.deployment_slot)}</DeploymentSlot>"
        )
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
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
            out.append("<Role>")
            if obj.role_name is not None:
                out.append(
                    f"<RoleName>{obj.role_name if needs_escape(obj.role_name) is None else escape_text(obj.role_name)}</RoleName>"
                )
            if obj.role_type is not None:
                out.append(
                    f"<RoleType>{obj.role_type if needs_escape(obj.role_type) is None else escape_text(obj.role_type)}</RoleType>"
                )
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
            if obj.vm_image_name is not None:
                out.append(
                    f"<VMImageName>{obj.vm_image_name if needs_escape(obj.vm_image_name) is None else escape_text(obj.vm_image_name)}</VMImageName>"
                )
            if obj.media_location is not None:
                out.append(
                    f"<MediaLocation>{obj.media_location if needs_escape(obj.media_location) is None else escape_text(obj.media_location)}</MediaLocation>"
                )
            if obj.availability_set_name is not None:
                out.append(
                    f"<AvailabilitySetName>{obj.availability_set_name if needs_escape(obj.availability_set_name) is None else escape_text(obj.availability_set_name)}</AvailabilitySetName>"
                )
            if obj.data_virtual_hard_disks is not None:
                out.append("<DataVirtualHardDisks>")
                for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
                    _write_data_virtual_hard_disk(
                        data_virtual_hard_disks_item, "DataVirtualHardDisk", out
                    )
                out.append("</DataVirtualHardDisks>")
            if obj.os_virtual_hard_disk is not None:
                _write_os_virtual_hard_disk(obj.os_virtual_hard_disk, "OSVirtualHardDisk", out)
            if obj.role_size is not None:
                out.append(
                    f"<RoleSize>{obj.role_size if needs_escape(obj.role_size) is None else escape_text(obj.role_size)}</RoleSize>"
                )
            if obj.provision_guest_agent is not None:
                out.append(
                    f"<ProvisionGuestAgent>{format_bool(obj.provision_guest_agent)}</ProvisionGuestAgent>"
                )
            out.append("</Role>")
        out.append("</RoleList>")
    if obj.virtual_network_name is not None:
        out.append(
            f"<VirtualNetworkName>{obj.virtual_network_name if needs_escape(obj.virtual_network_name) is None else escape_text(obj.virtual_network_name)}</VirtualNetworkName>"
        )
    if obj.dns_servers is not None:
        out.append("<Dns>")
        if obj.dns_servers is not None:
            out.append("<DnsServers>")
            for dns_servers_item in obj.dns_servers:
                _write_dns_server(dns_servers_item, "DnsServer", out)
            out.append("</DnsServers>")
        out.append("</Dns>")
    if obj.reserved_ip_name is not None:
        out.append(
            f"<ReservedIPName>{obj.reserved_ip_name if needs_escape(obj.reserved_ip_name) is None else escape_text(obj.reserved_ip_name)}</ReservedIPName>"
        )
    out.append(f"</{tag}>")


def _write_dns_server(obj: DnsServer, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.address is not None:
        out.append(
            f"<Address>{obj.address if needs_escape(obj.address) is None else escape_text(obj.address)}</Address>"
        )
    out.append(f"</{tag}>")


def _write_add_disk(obj: AddDisk, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.os is not None:
        out.append(f"<OS>{obj.os if needs_escape(obj.os) is None else escape_text(obj.os)}</OS>")
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    out.append(f"</{tag}>")


def _write_update_disk(obj: UpdateDisk, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.disk_name is not None:
        out.append(
            f"<Name>{obj.disk_name if needs_escape(obj.disk_name) is None else escape_text(obj.disk_name)}</Name>"
        )
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.resized_size_in_gb is not None:
        out.append(f"<ResizedSizeInGB>{obj.resized_size_in_gb:d}</ResizedSizeInGB>")
    out.append(f"</{tag}>")


def _write_create_hosted_service(
    obj: CreateHostedService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.service_name is not None:
        out.append(
            f"<ServiceName>{obj.service_name if needs_escape(obj.service_name) is None else escape_text(obj.service_name)}</ServiceName>"
        )
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.location is not None:
        out.append(
            f"<Location>{obj.location if needs_escape(obj.location) is None else escape_text(obj.location)}</Location>"
        )
    if obj.affinity_group is not None:
        out.append(
            f"<AffinityGroup>{obj.affinity_group if needs_escape(obj.affinity_group) is None else escape_text(obj.affinity_group)}</AffinityGroup>"
        )
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    out.append(f"</{tag}>")


def _write_update_hosted_service(
    obj: UpdateHostedService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    out.append(f"</{tag}>")


def _write_replication_input(
    obj: ReplicationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.regions is not None:
        out.append("<TargetLocations>")
        for regions_item in obj.regions:
            out.append(
                f"<Region>{regions_item if needs_escape(regions_item) is None else escape_text(regions_item)}</Region>"
            )
        out.append("</TargetLocations>")
    if obj.offer is not None or obj.sku is not None or obj.version is not None:
        out.append("<ComputeImageAttributes>")
        if obj.offer is not None:
            out.append(
                f"<Offer>{obj.offer if needs_escape(obj.offer) is None else escape_text(obj.offer)}</Offer>"
            )
        if obj.sku is not None:
            out.append(
                f"<Sku>{obj.sku if needs_escape(obj.sku) is None else escape_text(obj.sku)}</Sku>"
            )
        if obj.version is not None:
            out.append(
                f"<Version>{obj.version if needs_escape(obj.version) is None else escape_text(obj.version)}</Version>"
            )
        out.append("</ComputeImageAttributes>")
    out.append(f"</{tag}>")


def _write_create_vm_image_input(
    obj: CreateVMImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
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
    if obj.language is not None:
        out.append(
            f"<Language>{obj.language if needs_escape(obj.language) is None else escape_text(obj.language)}</Language>"
        )
    if obj.image_family is not None:
        out.append(
            f"<ImageFamily>{obj.image_family if needs_escape(obj.image_family) is None else escape_text(obj.image_family)}</ImageFamily>"
        )
    if obj.recommended_vm_size is not None:
        out.append(
            f"<RecommendedVMSize>{obj.recommended_vm_size if needs_escape(obj.recommended_vm_size) is None else escape_text(obj.recommended_vm_size)}</RecommendedVMSize>"
        )
    if obj.eula is not None:
        out.append(
            f"<Eula>{obj.eula if needs_escape(obj.eula) is None else escape_text(obj.eula)}</Eula>"
        )
    if obj.icon_uri is not None:
        out.append(
            f"<IconUri>{obj.icon_uri if needs_escape(obj.icon_uri) is None else escape_text(obj.icon_uri)}</IconUri>"
        )
    if obj.small_icon_uri is not None:
        out.append(
            f"<SmallIconUri>{obj.small_icon_uri if needs_escape(obj.small_icon_uri) is None else escape_text(obj.small_icon_uri)}</SmallIconUri>"
        )
    if obj.privacy_uri is not None:
        out.append(
            f"<PrivacyUri>{obj.privacy_uri if needs_escape(obj.privacy_uri) is None else escape_text(obj.privacy_uri)}</PrivacyUri>"
        )
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    out.append(f"</{tag}>")


def _write_create_os_disk_configuration_input(
    obj: CreateOSDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    if obj.os_state is not None:
        out.append(
            f"<OSState>{obj.os_state if needs_escape(obj.os_state) is None else escape_text(obj.os_state)}</OSState>"
        )
    if obj.os is not None:
        out.append(f"<OS>{obj.os if needs_escape(obj.os) is None else escape_text(obj.os)}</OS>")
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    out.append(f"</{tag}>")


def _write_create_data_disk_configuration_input(
    obj: CreateDataDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    if obj.lun is not None:
        out.append(f"<Lun>{obj.lun:d}</Lun>")
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    out.append(f"</{tag}>")


def _write_update_vm_image_input(
    obj: UpdateVMImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
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
    if obj.language is not None:
        out.append(
            f"<Language>{obj.language if needs_escape(obj.language) is None else escape_text(obj.language)}</Language>"
        )
    if obj.image_family is not None:
        out.append(
            f"<ImageFamily>{obj.image_family if needs_escape(obj.image_family) is None else escape_text(obj.image_family)}</ImageFamily>"
        )
    if obj.recommended_vm_size is not None:
        out.append(
            f"<RecommendedVMSize>{obj.recommended_vm_size if needs_escape(obj.recommended_vm_size) is None else escape_text(obj.recommended_vm_size)}</RecommendedVMSize>"
        )
    if obj.eula is not None:
        out.append(
            f"<Eula>{obj.eula if needs_escape(obj.eula) is None else escape_text(obj.eula)}</Eula>"
        )
    if obj.icon_uri is not None:
        out.append(
            f"<IconUri>{obj.icon_uri if needs_escape(obj.icon_uri) is None else escape_text(obj.icon_uri)}</IconUri>"
        )
    if obj.small_icon_uri is not None:
        out.append(
            f"<SmallIconUri>{obj.small_icon_uri if needs_escape(obj.small_icon_uri) is None else escape_text(obj.small_icon_uri)}</SmallIconUri>"
        )
    if obj.privacy_uri is not None:
        out.append(
            f"<PrivacyUri>{obj.privacy_uri if needs_escape(obj.privacy_uri) is None else escape_text(obj.privacy_uri)}</PrivacyUri>"
        )
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    out.append(f"</{tag}>")


def _write_update_os_disk_configuration_input(
    obj: UpdateOSDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    out.append(f"</{tag}>")


def _write_update_data_disk_configuration_input(
    obj: UpdateDataDiskConfigurationInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    if obj.lun is not None:
        out.append(f"<Lun>{obj.lun:d}</Lun>")
    out.append(f"</{tag}>")


def _write_update_os_image_input(
    obj: UpdateOSImageInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.eula is not None:
        out.append(
            f"<Eula>{obj.eula if needs_escape(obj.eula) is None else escape_text(obj.eula)}</Eula>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.image_family is not None:
        out.append(
            f"<ImageFamily>{obj.image_family if needs_escape(obj.image_family) is None else escape_text(obj.image_family)}</ImageFamily>"
        )
    if obj.show_in_gui is not None:
        out.append(f"<ShowInGui>{format_bool(obj.show_in_gui)}</ShowInGui>")
    if obj.published_date is not None:
        out.append(f"<PublishedDate>{format_datetime(obj.published_date)}</PublishedDate>")
    if obj.icon_uri is not None:
        out.append(
            f"<IconUri>{obj.icon_uri if needs_escape(obj.icon_uri) is None else escape_text(obj.icon_uri)}</IconUri>"
        )
    if obj.privacy_uri is not None:
        out.append(
            f"<PrivacyUri>{obj.privacy_uri if needs_escape(obj.privacy_uri) is None else escape_text(obj.privacy_uri)}</PrivacyUri>"
        )
    if obj.recommended_vm_size is not None:
        out.append(
            f"<RecommendedVMSize>{obj.recommended_vm_size if needs_escape(obj.recommended_vm_size) is None else escape_text(obj.recommended_vm_size)}</RecommendedVMSize>"
        )
    if obj.small_icon_uri is not None:
        out.append(
            f"<SmallIconUri>{obj.small_icon_uri if needs_escape(obj.small_icon_uri) is None else escape_text(obj.small_icon_uri)}</SmallIconUri>"
        )
    if obj.language is not None:
        out.append(
            f"<Language>{obj.language if needs_escape(obj.language) is None else escape_text(obj.language)}</Language>"
        )
    out.append(f"</{tag}>")


def _write_reserved_ip(obj: ReservedIP, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.address is not None:
        out.append(
            f"<Address>{obj.address if needs_escape(obj.address) is None else escape_text(obj.address)}</Address>"
        )
    if obj.id is not None:
        out.append(f"<Id>{obj.id if needs_escape(obj.id) is None else escape_text(obj.id)}</Id>")
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.affinity_group is not None:
        out.append(
            f"<AffinityGroup>{obj.affinity_group if needs_escape(obj.affinity_group) is None else escape_text(obj.affinity_group)}</AffinityGroup>"
        )
    if obj.state is not None:
        out.append(
            f"<State>{obj.state if needs_escape(obj.state) is None else escape_text(obj.state)}</State>"
        )
    if obj.in_use is not None:
        out.append(f"<InUse>{format_bool(obj.in_use)}</InUse>")
    if obj.service_name is not None:
        out.append(
            f"<ServiceName>{obj.service_name if needs_escape(obj.service_name) is None else escape_text(obj.service_name)}</ServiceName>"
        )
    if obj.deployment_name is not None:
        out.append(
            f"<DeploymentName>{obj.deployment_name if needs_escape(obj.deployment_name) is None else escape_text(obj.deployment_name)}</DeploymentName>"
        )
    if obj.location is not None:
        out.append(
            f"<Location>{obj.location if needs_escape(obj.location) is None else escape_text(obj.location)}</Location>"
        )
    out.append(f"</{tag}>")


def _write_reserved_ip_association(
    obj: ReservedIPAssociation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.service_name is not None:
        out.append(
            f"<ServiceName>{obj.service_name if needs_escape(obj.service_name) is None else escape_text(obj.service_name)}</ServiceName>"
        )
    if obj.deployment_name is not None:
        out.append(
            f"<DeploymentName>{obj.deployment_name if needs_escape(obj.deployment_name) is None else escape_text(obj.deployment_name)}</DeploymentName>"
        )
    if obj.virtual_ip_name is not None:
        out.append(
            f"<VirtualIPName>{obj.virtual_ip_name if needs_escape(obj.virtual_ip_name) is None else escape_text(obj.virtual_ip_name)}</VirtualIPName>"
        )
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
            out.append(
                f"<AddressPrefix>{address_space_item if needs_escape(address_space_item) is None else escape_text(address_space_item)}</AddressPrefix>"
            )
        out.append("</AddressSpace>")
    if obj.vpn_gateway_address is not None:
        out.append(
            f"<VPNGatewayAddress>{obj.vpn_gateway_address if needs_escape(obj.vpn_gateway_address) is None else escape_text(obj.vpn_gateway_address)}</VPNGatewayAddress>"
        )
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
            out.append(
                f"<AddressPrefix>{address_space_item if needs_escape(address_space_item) is None else escape_text(address_space_item)}</AddressPrefix>"
            )
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
    if obj.address_prefix is not None:
        out.append(
            f"<AddressPrefix>{obj.address_prefix if needs_escape(obj.address_prefix) is None else escape_text(obj.address_prefix)}</AddressPrefix>"
        )
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
            out.append(
                f"<AddressPrefix>{vpn_client_address_pool_item if needs_escape(vpn_client_address_pool_item) is None else escape_text(vpn_client_address_pool_item)}</AddressPrefix>"
            )
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
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.os is not None:
        out.append(f"<OS>{obj.os if needs_escape(obj.os) is None else escape_text(obj.os)}</OS>")
    out.append(f"</{tag}>")


def _write_update_role(obj: UpdateRole, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.role_name is not None:
        out.append(
            f"<RoleName>{obj.role_name if needs_escape(obj.role_name) is None else escape_text(obj.role_name)}</RoleName>"
        )
    if obj.role_type is not None:
        out.append(
            f"<RoleType>{obj.role_type if needs_escape(obj.role_type) is None else escape_text(obj.role_type)}</RoleType>"
        )
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
    if obj.availability_set_name is not None:
        out.append(
            f"<AvailabilitySetName>{obj.availability_set_name if needs_escape(obj.availability_set_name) is None else escape_text(obj.availability_set_name)}</AvailabilitySetName>"
        )
    if obj.data_virtual_hard_disks is not None:
        out.append("<DataVirtualHardDisks>")
        for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
            _write_data_virtual_hard_disk(data_virtual_hard_disks_item, "DataVirtualHardDisk", out)
        out.append("</DataVirtualHardDisks>")
    if obj.os_virtual_hard_disk is not None:
        _write_os_virtual_hard_disk(obj.os_virtual_hard_disk, "OSVirtualHardDisk", out)
    if obj.role_size is not None:
        out.append(
            f"<RoleSize>{obj.role_size if needs_escape(obj.role_size) is None else escape_text(obj.role_size)}</RoleSize>"
        )
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
    if obj.post_capture_action is not None:
        out.append(
            f"<PostCaptureAction>{obj.post_capture_action if needs_escape(obj.post_capture_action) is None else escape_text(obj.post_capture_action)}</PostCaptureAction>"
        )
    if obj.provisioning_configuration is not None:
        _write_provisioning_configuration_set(
            obj.provisioning_configuration, "ProvisioningConfiguration", out
        )
    if obj.target_image_label is not None:
        out.append(
            f"<TargetImageLabel>{obj.target_image_label if needs_escape(obj.target_image_label) is None else escape_text(obj.target_image_label)}</TargetImageLabel>"
        )
    if obj.target_image_name is not None:
        out.append(
            f"<TargetImageName>{obj.target_image_name if needs_escape(obj.target_image_name) is None else escape_text(obj.target_image_name)}</TargetImageName>"
        )
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
            out.append(
                f"<Name>{role_names_item if needs_escape(role_names_item) is None else escape_text(role_names_item)}</Name>"
            )
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
    if obj.post_shutdown_action is not None:
        out.append(
            f"<PostShutdownAction>{obj.post_shutdown_action if needs_escape(obj.post_shutdown_action) is None else escape_text(obj.post_shutdown_action)}</PostShutdownAction>"
        )
    out.append(f"</{tag}>")


def _write_shutdown_roles_operation(
    obj: ShutdownRolesOperation, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<OperationType>ShutdownRolesOperation</OperationType>")
    if obj.role_names is not None:
        out.append("<Roles>")
        for role_names_item in obj.role_names:
            out.append(
                f"<Name>{role_names_item if needs_escape(role_names_item) is None else escape_text(role_names_item)}</Name>"
            )
        out.append("</Roles>")
    if obj.post_shutdown_action is not None:
        out.append(
            f"<PostShutdownAction>{obj.post_shutdown_action if needs_escape(obj.post_shutdown_action) is None else escape_text(obj.post_shutdown_action)}</PostShutdownAction>"
        )
    out.append(f"</{tag}>")


def _write_add_role(obj: AddRole, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.role_name is not None:
        out.append(
            f"<RoleName>{obj.role_name if needs_escape(obj.role_name) is None else escape_text(obj.role_name)}</RoleName>"
        )
    if obj.role_type is not None:
        out.append(
            f"<RoleType>{obj.role_type if needs_escape(obj.role_type) is None else escape_text(obj.role_type)}</RoleType>"
        )
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
    if obj.vm_image_name is not None:
        out.append(
            f"<VMImageName>{obj.vm_image_name if needs_escape(obj.vm_image_name) is None else escape_text(obj.vm_image_name)}</VMImageName>"
        )
    if obj.media_location is not None:
        out.append(
            f"<MediaLocation>{obj.media_location if needs_escape(obj.media_location) is None else escape_text(obj.media_location)}</MediaLocation>"
        )
    if obj.availability_set_name is not None:
        out.append(
            f"<AvailabilitySetName>{obj.availability_set_name if needs_escape(obj.availability_set_name) is None else escape_text(obj.availability_set_name)}</AvailabilitySetName>"
        )
    if obj.data_virtual_hard_disks is not None:
        out.append("<DataVirtualHardDisks>")
        for data_virtual_hard_disks_item in obj.data_virtual_hard_disks:
            _write_data_virtual_hard_disk(data_virtual_hard_disks_item, "DataVirtualHardDisk", out)
        out.append("</DataVirtualHardDisks>")
    if obj.os_virtual_hard_disk is not None:
        _write_os_virtual_hard_disk(obj.os_virtual_hard_disk, "OSVirtualHardDisk", out)
    if obj.role_size is not None:
        out.append(
            f"<RoleSize>{obj.role_size if needs_escape(obj.role_size) is None else escape_text(obj.role_size)}</RoleSize>"
        )
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
    if obj.os_state is not None:
        out.append(
            f"<OSState>{obj.os_state if needs_escape(obj.os_state) is None else escape_text(obj.os_state)}</OSState>"
        )
    if obj.vm_image_name is not None:
        out.append(
            f"<VMImageName>{obj.vm_image_name if needs_escape(obj.vm_image_name) is None else escape_text(obj.vm_image_name)}</VMImageName>"
        )
    if obj.vm_image_label is not None:
        out.append(
            f"<VMImageLabel>{obj.vm_image_label if needs_escape(obj.vm_image_label) is None else escape_text(obj.vm_image_label)}</VMImageLabel>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.language is not None:
        out.append(
            f"<Language>{obj.language if needs_escape(obj.language) is None else escape_text(obj.language)}</Language>"
        )
    if obj.image_family is not None:
        out.append(
            f"<ImageFamily>{obj.image_family if needs_escape(obj.image_family) is None else escape_text(obj.image_family)}</ImageFamily>"
        )
    if obj.recommended_vm_size is not None:
        out.append(
            f"<RecommendedVMSize>{obj.recommended_vm_size if needs_escape(obj.recommended_vm_size) is None else escape_text(obj.recommended_vm_size)}</RecommendedVMSize>"
        )
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
    if obj.configuration_set_type is not None:
        out.append(
            f"<ConfigurationSetType>{obj.configuration_set_type if needs_escape(obj.configuration_set_type) is None else escape_text(obj.configuration_set_type)}</ConfigurationSetType>"
        )
    if obj.role_type is not None:
        out.append(
            f"<RoleType>{obj.role_type if needs_escape(obj.role_type) is None else escape_text(obj.role_type)}</RoleType>"
        )
    if obj.input_endpoints:
        out.append("<InputEndpoints>")
        for input_endpoints_item in obj.input_endpoints:
            _write_configuration_set_input_endpoint(input_endpoints_item, "InputEndpoint", out)
        out.append("</InputEndpoints>")
    if obj.subnet_names:
        out.append("<SubnetNames>")
        for subnet_names_item in obj.subnet_names:
            out.append(
                f"<SubnetName>{subnet_names_item if needs_escape(subnet_names_item) is None else escape_text(subnet_names_item)}</SubnetName>"
            )
        out.append("</SubnetNames>")
    if obj.public_ips:
        out.append("<PublicIPs>")
        for public_ips_item in obj.public_ips:
            _write_public_ip(public_ips_item, "PublicIP", out)
        out.append("</PublicIPs>")
    if obj.static_virtual_network_ip_address is not None:
        out.append(
            f"<StaticVirtualNetworkIPAddress>{obj.static_virtual_network_ip_address if needs_escape(obj.static_virtual_network_ip_address) is None else escape_text(obj.static_virtual_network_ip_address)}</StaticVirtualNetworkIPAddress>"
        )
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
    if obj.host_name is not None:
        out.append(
            f"<HostName>{obj.host_name if needs_escape(obj.host_name) is None else escape_text(obj.host_name)}</HostName>"
        )
    if obj.user_name is not None:
        out.append(
            f"<UserName>{obj.user_name if needs_escape(obj.user_name) is None else escape_text(obj.user_name)}</UserName>"
        )
    if obj.user_password is not None:
        out.append(
            f"<UserPassword>{obj.user_password if needs_escape(obj.user_password) is None else escape_text(obj.user_password)}</UserPassword>"
        )
    if obj.disable_ssh_password_authentication is not None:
        out.append(
            f"<DisableSshPasswordAuthentication>{format_bool(obj.disable_ssh_password_authentication)}</DisableSshPasswordAuthentication>"
        )
    if obj.ssh is not None:
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
    if obj.fingerprint is not None:
        out.append(
            f"<Fingerprint>{obj.fingerprint if needs_escape(obj.fingerprint) is None else escape_text(obj.fingerprint)}</Fingerprint>"
        )
    if obj.path is not None:
        out.append(
            f"<Path>{obj.path if needs_escape(obj.path) is None else escape_text(obj.path)}</Path>"
        )
    out.append(f"</{tag}>")


def _write_key_pair(obj: KeyPair, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.fingerprint is not None:
        out.append(
            f"<Fingerprint>{obj.fingerprint if needs_escape(obj.fingerprint) is None else escape_text(obj.fingerprint)}</Fingerprint>"
        )
    if obj.path is not None:
        out.append(
            f"<Path>{obj.path if needs_escape(obj.path) is None else escape_text(obj.path)}</Path>"
        )
    out.append(f"</{tag}>")


def _write_windows_configuration_set(
    obj: WindowsConfigurationSet, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<ConfigurationSetType>WindowsProvisioningConfiguration</ConfigurationSetType>")
    if obj.computer_name is not None:
        out.append(
            f"<ComputerName>{obj.computer_name if needs_escape(obj.computer_name) is None else escape_text(obj.computer_name)}</ComputerName>"
        )
    if obj.admin_password is not None:
        out.append(
            f"<AdminPassword>{obj.admin_password if needs_escape(obj.admin_password) is None else escape_text(obj.admin_password)}</AdminPassword>"
        )
    if obj.reset_password_on_first_logon is not None:
        out.append(
            f"<ResetPasswordOnFirstLogon>{format_bool(obj.reset_password_on_first_logon)}</ResetPasswordOnFirstLogon>"
        )
    if obj.enable_automatic_updates is not None:
        out.append(
            f"<EnableAutomaticUpdates>{format_bool(obj.enable_automatic_updates)}</EnableAutomaticUpdates>"
        )
    if obj.time_zone is not None:
        out.append(
            f"<TimeZone>{obj.time_zone if needs_escape(obj.time_zone) is None else escape_text(obj.time_zone)}</TimeZone>"
        )
    if obj.domain_join is not None:
        _write_domain_join(obj.domain_join, "DomainJoin", out)
    if obj.stored_certificate_settings:
        out.append("<StoredCertificateSettings>")
        for stored_certificate_settings_item in obj.stored_certificate_settings:
            _write_certificate_setting(stored_certificate_settings_item, "CertificateSetting", out)
        out.append("</StoredCertificateSettings>")
    if obj.win_rm is not None and not is_blank(obj.win_rm):
        _write_win_rm(obj.win_rm, "WinRM", out)
    if obj.admin_username is not None:
        out.append(
            f"<AdminUsername>{obj.admin_username if needs_escape(obj.admin_username) is None else escape_text(obj.admin_username)}</AdminUsername>"
        )
    if obj.custom_data is not None:
        out.append(f"<CustomData>{format_base64text(obj.custom_data)}</CustomData>")
    if obj.additional_unattend_content is not None:
        _write_additional_unattend_content(
            obj.additional_unattend_content, "AdditionalUnattendContent", out
        )
    out.append(f"</{tag}>")


def _write_domain_join(obj: DomainJoin, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.credentials is not None:
        _write_credentials(obj.credentials, "Credentials", out)
    if obj.join_domain is not None:
        out.append(
            f"<JoinDomain>{obj.join_domain if needs_escape(obj.join_domain) is None else escape_text(obj.join_domain)}</JoinDomain>"
        )
    if obj.machine_object_ou is not None:
        out.append(
            f"<MachineObjectOU>{obj.machine_object_ou if needs_escape(obj.machine_object_ou) is None else escape_text(obj.machine_object_ou)}</MachineObjectOU>"
        )
    out.append(f"</{tag}>")


def _write_credentials(obj: Credentials, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.domain is not None:
        out.append(
            f"<Domain>{obj.domain if needs_escape(obj.domain) is None else escape_text(obj.domain)}</Domain>"
        )
    if obj.username is not None:
        out.append(
            f"<Username>{obj.username if needs_escape(obj.username) is None else escape_text(obj.username)}</Username>"
        )
    if obj.password is not None:
        out.append(
            f"<Password>{obj.password if needs_escape(obj.password) is None else escape_text(obj.password)}</Password>"
        )
    out.append(f"</{tag}>")


def _write_certificate_setting(
    obj: CertificateSetting, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.store_location is not None:
        out.append(
            f"<StoreLocation>{obj.store_location if needs_escape(obj.store_location) is None else escape_text(obj.store_location)}</StoreLocation>"
        )
    if obj.store_name is not None:
        out.append(
            f"<StoreName>{obj.store_name if needs_escape(obj.store_name) is None else escape_text(obj.store_name)}</StoreName>"
        )
    if obj.thumbprint is not None:
        out.append(
            f"<Thumbprint>{obj.thumbprint if needs_escape(obj.thumbprint) is None else escape_text(obj.thumbprint)}</Thumbprint>"
        )
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
    if obj.protocol is not None:
        out.append(
            f"<Protocol>{obj.protocol if needs_escape(obj.protocol) is None else escape_text(obj.protocol)}</Protocol>"
        )
    if obj.certificate_thumbprint is not None:
        out.append(
            f"<CertificateThumbprint>{obj.certificate_thumbprint if needs_escape(obj.certificate_thumbprint) is None else escape_text(obj.certificate_thumbprint)}</CertificateThumbprint>"
        )
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
    if obj.pass_name is not None:
        out.append(
            f"<PassName>{obj.pass_name if needs_escape(obj.pass_name) is None else escape_text(obj.pass_name)}</PassName>"
        )
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
    if obj.component_name is not None:
        out.append(
            f"<ComponentName>{obj.component_name if needs_escape(obj.component_name) is None else escape_text(obj.component_name)}</ComponentName>"
        )
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
    if obj.setting_name is not None:
        out.append(
            f"<SettingName>{obj.setting_name if needs_escape(obj.setting_name) is None else escape_text(obj.setting_name)}</SettingName>"
        )
    if obj.content is not None:
        out.append(
            f"<Content>{obj.content if needs_escape(obj.content) is None else escape_text(obj.content)}</Content>"
        )
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
            out.append(
                f"<SubnetName>{subnet_names_item if needs_escape(subnet_names_item) is None else escape_text(subnet_names_item)}</SubnetName>"
            )
        out.append("</SubnetNames>")
    if obj.static_virtual_network_ip_address is not None:
        out.append(
            f"<StaticVirtualNetworkIPAddress>{obj.static_virtual_network_ip_address if needs_escape(obj.static_virtual_network_ip_address) is None else escape_text(obj.static_virtual_network_ip_address)}</StaticVirtualNetworkIPAddress>"
        )
    if obj.network_security_group is not None:
        out.append(
            f"<NetworkSecurityGroup>{obj.network_security_group if needs_escape(obj.network_security_group) is None else escape_text(obj.network_security_group)}</NetworkSecurityGroup>"
        )
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
    out.append(f"</{tag}>")


def _write_configuration_set_input_endpoint(
    obj: ConfigurationSetInputEndpoint, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.load_balanced_endpoint_set_name is not None:
        out.append(
            f"<LoadBalancedEndpointSetName>{obj.load_balanced_endpoint_set_name if needs_escape(obj.load_balanced_endpoint_set_name) is None else escape_text(obj.load_balanced_endpoint_set_name)}</LoadBalancedEndpointSetName>"
        )
    if obj.local_port is not None:
        out.append(f"<LocalPort>{obj.local_port:d}</LocalPort>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    if obj.load_balancer_probe is not None:
        _write_load_balancer_probe(obj.load_balancer_probe, "LoadBalancerProbe", out)
    if obj.protocol is not None:
        out.append(
            f"<Protocol>{obj.protocol if needs_escape(obj.protocol) is None else escape_text(obj.protocol)}</Protocol>"
        )
    if obj.vip is not None:
        out.append(
            f"<Vip>{obj.vip if needs_escape(obj.vip) is None else escape_text(obj.vip)}</Vip>"
        )
    if obj.enable_direct_server_return is not None:
        out.append(
            f"<EnableDirectServerReturn>{format_bool(obj.enable_direct_server_return)}</EnableDirectServerReturn>"
        )
    if obj.endpoint_acl is not None:
        _write_endpoint_acl(obj.endpoint_acl, "EndpointACL", out)
    if obj.load_balancer_name is not None:
        out.append(
            f"<LoadBalancerName>{obj.load_balancer_name if needs_escape(obj.load_balancer_name) is None else escape_text(obj.load_balancer_name)}</LoadBalancerName>"
        )
    if obj.idle_timeout_in_minutes is not None:
        out.append(f"<IdleTimeoutInMinutes>{obj.idle_timeout_in_minutes:d}</IdleTimeoutInMinutes>")
    out.append(f"</{tag}>")


def _write_load_balancer_probe(
    obj: LoadBalancerProbe, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.path is not None:
        out.append(
            f"<Path>{obj.path if needs_escape(obj.path) is None else escape_text(obj.path)}</Path>"
        )
    if obj.port is not None:
        out.append(f"<Port>{obj.port:d}</Port>")
    if obj.protocol is not None:
        out.append(
            f"<Protocol>{obj.protocol if needs_escape(obj.protocol) is None else escape_text(obj.protocol)}</Protocol>"
        )
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
    if obj.action is not None:
        out.append(
            f"<Action>{obj.action if needs_escape(obj.action) is None else escape_text(obj.action)}</Action>"
        )
    if obj.remote_subnet is not None:
        out.append(
            f"<RemoteSubnet>{obj.remote_subnet if needs_escape(obj.remote_subnet) is None else escape_text(obj.remote_subnet)}</RemoteSubnet>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    out.append(f"</{tag}>")


def _write_public_ip(obj: PublicIP, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.address is not None:
        out.append(
            f"<Address>{obj.address if needs_escape(obj.address) is None else escape_text(obj.address)}</Address>"
        )
    if obj.idle_timeout_in_minutes is not None:
        out.append(f"<IdleTimeoutInMinutes>{obj.idle_timeout_in_minutes:d}</IdleTimeoutInMinutes>")
    if obj.domain_name_label is not None:
        out.append(
            f"<DomainNameLabel>{obj.domain_name_label if needs_escape(obj.domain_name_label) is None else escape_text(obj.domain_name_label)}</DomainNameLabel>"
        )
    if obj.fqdns is not None:
        out.append("<Fqdns>")
        for fqdns_item in obj.fqdns:
            out.append(
                f"<Fqdn>{fqdns_item if needs_escape(fqdns_item) is None else escape_text(fqdns_item)}</Fqdn>"
            )
        out.append("</Fqdns>")
    out.append(f"</{tag}>")


def _write_network_interface(
    obj: NetworkInterface, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.ip_configurations is not None:
        out.append("<IPConfigurations>")
        for ip_configurations_item in obj.ip_configurations:
            _write_network_interface_ip_configuration(
                ip_configurations_item, "IPConfiguration", out
            )
        out.append("</IPConfigurations>")
    out.append(f"</{tag}>")


def _write_network_interface_ip_configuration(
    obj: NetworkInterfaceIPConfiguration, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.subnet_name is not None:
        out.append(
            f"<SubnetName>{obj.subnet_name if needs_escape(obj.subnet_name) is None else escape_text(obj.subnet_name)}</SubnetName>"
        )
    if obj.static_virtual_network_ip_address is not None:
        out.append(
            f"<StaticVirtualNetworkIPAddress>{obj.static_virtual_network_ip_address if needs_escape(obj.static_virtual_network_ip_address) is None else escape_text(obj.static_virtual_network_ip_address)}</StaticVirtualNetworkIPAddress>"
        )
    out.append(f"</{tag}>")


def _write_os_virtual_hard_disk(
    obj: OSVirtualHardDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    if obj.disk_label is not None:
        out.append(
            f"<DiskLabel>{obj.disk_label if needs_escape(obj.disk_label) is None else escape_text(obj.disk_label)}</DiskLabel>"
        )
    if obj.disk_name is not None:
        out.append(
            f"<DiskName>{obj.disk_name if needs_escape(obj.disk_name) is None else escape_text(obj.disk_name)}</DiskName>"
        )
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    if obj.source_image_name is not None:
        out.append(
            f"<SourceImageName>{obj.source_image_name if needs_escape(obj.source_image_name) is None else escape_text(obj.source_image_name)}</SourceImageName>"
        )
    if obj.os is not None:
        out.append(f"<OS>{obj.os if needs_escape(obj.os) is None else escape_text(obj.os)}</OS>")
    if obj.remote_source_image_link is not None:
        out.append(
            f"<RemoteSourceImageLink>{obj.remote_source_image_link if needs_escape(obj.remote_source_image_link) is None else escape_text(obj.remote_source_image_link)}</RemoteSourceImageLink>"
        )
    if obj.resized_size_in_gb is not None:
        out.append(f"<ResizedSizeInGB>{obj.resized_size_in_gb:d}</ResizedSizeInGB>")
    if obj.io_type is not None:
        out.append(
            f"<IOType>{obj.io_type if needs_escape(obj.io_type) is None else escape_text(obj.io_type)}</IOType>"
        )
    out.append(f"</{tag}>")


def _write_data_virtual_hard_disk(
    obj: DataVirtualHardDisk, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_caching is not None:
        out.append(
            f"<HostCaching>{obj.host_caching if needs_escape(obj.host_caching) is None else escape_text(obj.host_caching)}</HostCaching>"
        )
    if obj.disk_label is not None:
        out.append(
            f"<DiskLabel>{obj.disk_label if needs_escape(obj.disk_label) is None else escape_text(obj.disk_label)}</DiskLabel>"
        )
    if obj.disk_name is not None:
        out.append(
            f"<DiskName>{obj.disk_name if needs_escape(obj.disk_name) is None else escape_text(obj.disk_name)}</DiskName>"
        )
    if obj.lun is not None:
        out.append(f"<Lun>{obj.lun:d}</Lun>")
    if obj.logical_disk_size_in_gb is not None:
        out.append(f"<LogicalDiskSizeInGB>{obj.logical_disk_size_in_gb:d}</LogicalDiskSizeInGB>")
    if obj.media_link is not None:
        out.append(
            f"<MediaLink>{obj.media_link if needs_escape(obj.media_link) is None else escape_text(obj.media_link)}</MediaLink>"
        )
    if obj.source_media_link is not None:
        out.append(
            f"<SourceMediaLink>{obj.source_media_link if needs_escape(obj.source_media_link) is None else escape_text(obj.source_media_link)}</SourceMediaLink>"
        )
    if obj.io_type is not None:
        out.append(
            f"<IOType>{obj.io_type if needs_escape(obj.io_type) is None else escape_text(obj.io_type)}</IOType>"
        )
    out.append(f"</{tag}>")


def _write_resource_extension_reference(
    obj: ResourceExtensionReference, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.reference_name is not None:
        out.append(
            f"<ReferenceName>{obj.reference_name if needs_escape(obj.reference_name) is None else escape_text(obj.reference_name)}</ReferenceName>"
        )
    if obj.publisher is not None:
        out.append(
            f"<Publisher>{obj.publisher if needs_escape(obj.publisher) is None else escape_text(obj.publisher)}</Publisher>"
        )
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.version is not None:
        out.append(
            f"<Version>{obj.version if needs_escape(obj.version) is None else escape_text(obj.version)}</Version>"
        )
    if obj.resource_extension_parameter_values:
        out.append("<ResourceExtensionParameterValues>")
        for resource_extension_parameter_values_item in obj.resource_extension_parameter_values:
            _write_resource_extension_parameter_value(
                resource_extension_parameter_values_item, "ResourceExtensionParameterValue", out
            )
        out.append("</ResourceExtensionParameterValues>")
    if obj.state is not None:
        out.append(
            f"<State>{obj.state if needs_escape(obj.state) is None else escape_text(obj.state)}</State>"
        )
    if obj.certificates is not None:
        out.append("<Certificates>")
        for certificates_item in obj.certificates:
            _write_resource_extension_certificate(certificates_item, "Certificate", out)
        out.append("</Certificates>")
    out.append(f"</{tag}>")


def _write_resource_extension_parameter_value(
    obj: ResourceExtensionParameterValue, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.key is not None:
        out.append(
            f"<Key>{obj.key if needs_escape(obj.key) is None else escape_text(obj.key)}</Key>"
        )
    if obj.value is not None:
        out.append(
            f"<Value>{obj.value if needs_escape(obj.value) is None else escape_text(obj.value)}</Value>"
        )
    if obj.type is not None:
        out.append(
            f"<Type>{obj.type if needs_escape(obj.type) is None else escape_text(obj.type)}</Type>"
        )
    out.append(f"</{tag}>")


def _write_resource_extension_certificate(
    obj: ResourceExtensionCertificate, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.thumbprint is not None:
        out.append(
            f"<Thumbprint>{obj.thumbprint if needs_escape(obj.thumbprint) is None else escape_text(obj.thumbprint)}</Thumbprint>"
        )
    if obj.thumbprint_algorithm is not None:
        out.append(
            f"<ThumbprintAlgorithm>{obj.thumbprint_algorithm if needs_escape(obj.thumbprint_algorithm) is None else escape_text(obj.thumbprint_algorithm)}</ThumbprintAlgorithm>"
        )
    out.append(f"</{tag}>")


def _write_create_cloud_service(
    obj: CreateCloudService, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.label is not None:
        out.append(
            f"<Label>{obj.label if needs_escape(obj.label) is None else escape_text(obj.label)}</Label>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.geo_region is not None:
        out.append(
            f"<GeoRegion>{obj.geo_region if needs_escape(obj.geo_region) is None else escape_text(obj.geo_region)}</GeoRegion>"
        )
    out.append(f"</{tag}>")


def _write_create_job_collection(
    obj: CreateJobCollection, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.plan is not None:
        out.append("<IntrinsicSettings>")
        if obj.plan is not None:
            out.append(
                f"<Plan>{obj.plan if needs_escape(obj.plan) is None else escape_text(obj.plan)}</Plan>"
            )
        out.append("</IntrinsicSettings>")
    out.append(f"</{tag}>")


def _write_create_namespace_entry(
    obj: CreateNamespaceEntry, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.namespace_description is not None:
        out.append('<content type="application/xml">')
        if obj.namespace_description is not None:
            out.append(
                '<NamespaceDescription xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect">'
            )
            for namespace_description_item in obj.namespace_description:
                out.append(
                    f"<Region>{namespace_description_item if needs_escape(namespace_description_item) is None else escape_text(namespace_description_item)}</Region>"
                )
            out.append("</NamespaceDescription>")
        out.append("</content>")
    out.append(f"</{tag}>")


def _write_create_server_input(
    obj: CreateServerInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.admin_login is not None:
        out.append(
            f"<AdministratorLogin>{obj.admin_login if needs_escape(obj.admin_login) is None else escape_text(obj.admin_login)}</AdministratorLogin>"
        )
    if obj.admin_password is not None:
        out.append(
            f"<AdministratorLoginPassword>{obj.admin_password if needs_escape(obj.admin_password) is None else escape_text(obj.admin_password)}</AdministratorLoginPassword>"
        )
    if obj.location is not None:
        out.append(
            f"<Location>{obj.location if needs_escape(obj.location) is None else escape_text(obj.location)}</Location>"
        )
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
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.start_ip_address is not None:
        out.append(
            f"<StartIPAddress>{obj.start_ip_address if needs_escape(obj.start_ip_address) is None else escape_text(obj.start_ip_address)}</StartIPAddress>"
        )
    if obj.end_ip_address is not None:
        out.append(
            f"<EndIPAddress>{obj.end_ip_address if needs_escape(obj.end_ip_address) is None else escape_text(obj.end_ip_address)}</EndIPAddress>"
        )
    out.append(f"</{tag}>")


def _write_create_database_input(
    obj: CreateDatabaseInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
    if obj.edition is not None:
        out.append(
            f"<Edition>{obj.edition if needs_escape(obj.edition) is None else escape_text(obj.edition)}</Edition>"
        )
    if obj.collation_name is not None:
        out.append(
            f"<CollationName>{obj.collation_name if needs_escape(obj.collation_name) is None else escape_text(obj.collation_name)}</CollationName>"
        )
    if obj.max_size_bytes is not None:
        out.append(f"<MaxSizeBytes>{obj.max_size_bytes:d}</MaxSizeBytes>")
    if obj.service_objective_id is not None:
        out.append(
            f"<ServiceObjectiveId>{obj.service_objective_id if needs_escape(obj.service_objective_id) is None else escape_text(obj.service_objective_id)}</ServiceObjectiveId>"
        )
    out.append(f"</{tag}>")


def _write_update_database_input(
    obj: UpdateDatabaseInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.new_database_name is not None:
        out.append(
            f"<Name>{obj.new_database_name if needs_escape(obj.new_database_name) is None else escape_text(obj.new_database_name)}</Name>"
        )
    if obj.edition is not None:
        out.append(
            f"<Edition>{obj.edition if needs_escape(obj.edition) is None else escape_text(obj.edition)}</Edition>"
        )
    if obj.max_size_bytes is not None:
        out.append(f"<MaxSizeBytes>{obj.max_size_bytes:d}</MaxSizeBytes>")
    if obj.service_objective_id is not None:
        out.append(
            f"<ServiceObjectiveId>{obj.service_objective_id if needs_escape(obj.service_objective_id) is None else escape_text(obj.service_objective_id)}</ServiceObjectiveId>"
        )
    out.append(f"</{tag}>")


def _write_regenerate_keys(
    obj: RegenerateKeys, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.key_type is not None:
        out.append(
            f"<KeyType>{obj.key_type if needs_escape(obj.key_type) is None else escape_text(obj.key_type)}</KeyType>"
        )
    out.append(f"</{tag}>")


def _write_create_storage_service_input(
    obj: CreateStorageServiceInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.service_name is not None:
        out.append(
            f"<ServiceName>{obj.service_name if needs_escape(obj.service_name) is None else escape_text(obj.service_name)}</ServiceName>"
        )
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.affinity_group is not None:
        out.append(
            f"<AffinityGroup>{obj.affinity_group if needs_escape(obj.affinity_group) is None else escape_text(obj.affinity_group)}</AffinityGroup>"
        )
    if obj.location is not None:
        out.append(
            f"<Location>{obj.location if needs_escape(obj.location) is None else escape_text(obj.location)}</Location>"
        )
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    if obj.account_type is not None:
        out.append(
            f"<AccountType>{obj.account_type if needs_escape(obj.account_type) is None else escape_text(obj.account_type)}</AccountType>"
        )
    out.append(f"</{tag}>")


def _write_update_storage_service_input(
    obj: UpdateStorageServiceInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.description is not None:
        out.append(
            f"<Description>{obj.description if needs_escape(obj.description) is None else escape_text(obj.description)}</Description>"
        )
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    if obj.extended_properties is not None:
        write_map(
            out, "ExtendedProperties", "ExtendedProperty", "Name", "Value", obj.extended_properties
        )
    if obj.account_type is not None:
        out.append(
            f"<AccountType>{obj.account_type if needs_escape(obj.account_type) is None else escape_text(obj.account_type)}</AccountType>"
        )
    out.append(f"</{tag}>")


def _write_create_site_input(
    obj: CreateSiteInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.host_names is not None:
        out.append("<HostNames>")
        for host_names_item in obj.host_names:
            out.append(
                f'<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">{host_names_item if needs_escape(host_names_item) is None else escape_text(host_names_item)}</string>'
            )
        out.append("</HostNames>")
    if obj.website_name is not None:
        out.append(
            f"<Name>{obj.website_name if needs_escape(obj.website_name) is None else escape_text(obj.website_name)}</Name>"
        )
    if obj.compute_mode is not None:
        out.append(
            f"<ComputeMode>{obj.compute_mode if needs_escape(obj.compute_mode) is None else escape_text(obj.compute_mode)}</ComputeMode>"
        )
    if obj.server_farm is not None:
        out.append(
            f"<ServerFarm>{obj.server_farm if needs_escape(obj.server_farm) is None else escape_text(obj.server_farm)}</ServerFarm>"
        )
    if obj.site_mode is not None:
        out.append(
            f"<SiteMode>{obj.site_mode if needs_escape(obj.site_mode) is None else escape_text(obj.site_mode)}</SiteMode>"
        )
    if obj.geo_region is not None or obj.webspace_name is not None or obj.plan is not None:
        out.append("<WebSpaceToCreate>")
        if obj.geo_region is not None:
            out.append(
                f"<GeoRegion>{obj.geo_region if needs_escape(obj.geo_region) is None else escape_text(obj.geo_region)}</GeoRegion>"
            )
        if obj.webspace_name is not None:
            out.append(
                f"<Name>{obj.webspace_name if needs_escape(obj.webspace_name) is None else escape_text(obj.webspace_name)}</Name>"
            )
        if obj.plan is not None:
            out.append(
                f"<Plan>{obj.plan if needs_escape(obj.plan) is None else escape_text(obj.plan)}</Plan>"
            )
        out.append("</WebSpaceToCreate>")
    out.append(f"</{tag}>")


def _write_update_site_input(
    obj: UpdateSiteInput, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.state is not None:
        out.append(
            f"<State>{obj.state if needs_escape(obj.state) is None else escape_text(obj.state)}</State>"
        )
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


def serialize_create_cloud_service(obj: CreateCloudService) -> bytes:
    """The `<CloudService>` document of `obj`."""
    return _document(
        _write_create_cloud_service,
        obj,
        "CloudService",
        "http://schemas.microsoft.com/windowsazure",
    )


def serialize_create_job_collection(obj: CreateJobCollection) -> bytes:
    """The `<Resource>` document of `obj`."""
    return _document(
        _write_create_job_collection, obj, "Resource", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_create_namespace_entry(obj: CreateNamespaceEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_create_namespace_entry, obj, "entry", "http://www.w3.org/2005/Atom")


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
