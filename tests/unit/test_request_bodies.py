"""What the client puts on the wire, checked against the reference fact table.

docs/reference/operations.md ("Request bodies") gives the element order the legacy
`azure-servicemanagement-legacy` package writes; the expected documents below follow it. Bodies
are compared as canonical XML (C14N 2.0 of both sides), so only elements, order, text and
namespaces count. Every operation of the client is called at least once in this file, with the
method, URL, query string and headers it sends checked too.
"""

from __future__ import annotations

import base64
import inspect
import re
from typing import Any
from urllib.parse import parse_qsl

import pytest
from lxml import etree

import azure_asm.models
from azure_asm import (
    SSH,
    CaptureRoleAsVMImage,
    CertificateSetting,
    ConfigurationSetInputEndpoint,
    Credentials,
    DataVirtualHardDisk,
    DnsServer,
    DomainJoin,
    KeyPair,
    LinuxConfigurationSet,
    Listener,
    LoadBalancerProbe,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    PublicIP,
    PublicKey,
    ResourceExtensionParameterValue,
    ResourceExtensionReference,
    WindowsConfigurationSet,
    WinRM,
)
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document
from tests.unit.client_cases import CASES, HOST, REQUEST_ID, SUBSCRIPTION, Case, call
from tests.unit.operation_calls import CLIENT_CLASSES, DERIVED_OPERATIONS
from tests.unit.strategies import SPEC

WA = "http://schemas.microsoft.com/windowsazure"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS = f'xmlns="{WA}" xmlns:i="{XSI}"'
CONTENT_TYPE = "application/atom+xml;type=entry;charset=utf-8"


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def canonical(document: str | bytes) -> str:
    if isinstance(document, bytes):
        document = document.decode("utf-8")
    return etree.canonicalize(xml_data=document)


def compact(pretty: str) -> str:
    """The expected documents are indented for reading; whitespace between tags is not data."""
    return re.sub(r">\s+<", "><", pretty.strip())


# --- arguments reused by several cases ----------------------------------------------------

UBUNTU = "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04-LTS-amd64-server-20140414-en-us-30GB"
VHD = "https://acct.blob.core.windows.net/vhds/myvm.vhd"
DATA_VHD = "https://acct.blob.core.windows.net/vhds/myvm-data.vhd"
CUSTOM_DATA = "#!/bin/sh\necho hi\r\n"


def linux_with_keys() -> LinuxConfigurationSet:
    config = LinuxConfigurationSet("myhost", "azureuser", "p&ss<word>\r", False, CUSTOM_DATA)
    config.ssh = SSH(
        public_keys=[PublicKey("AB12CD", "/home/azureuser/.ssh/authorized_keys")],
        key_pairs=[KeyPair("EF34AB", "/home/azureuser/.ssh/id_rsa")],
    )
    return config


LINUX_XML = f"""
<ConfigurationSet>
  <ConfigurationSetType>LinuxProvisioningConfiguration</ConfigurationSetType>
  <HostName>myhost</HostName>
  <UserName>azureuser</UserName>
  <UserPassword>p&amp;ss&lt;word&gt;&#xD;</UserPassword>
  <DisableSshPasswordAuthentication>false</DisableSshPasswordAuthentication>
  <SSH>
    <PublicKeys>
      <PublicKey>
        <Fingerprint>AB12CD</Fingerprint>
        <Path>/home/azureuser/.ssh/authorized_keys</Path>
      </PublicKey>
    </PublicKeys>
    <KeyPairs>
      <KeyPair>
        <Fingerprint>EF34AB</Fingerprint>
        <Path>/home/azureuser/.ssh/id_rsa</Path>
      </KeyPair>
    </KeyPairs>
  </SSH>
  <CustomData>{b64(CUSTOM_DATA)}</CustomData>
</ConfigurationSet>
"""


def windows_with_domain_and_winrm() -> WindowsConfigurationSet:
    config = WindowsConfigurationSet(
        "winvm", "p&ss<word>", False, True, "Pacific Standard Time", "azureadmin"
    )
    config.domain_join = DomainJoin(
        credentials=Credentials("contoso.com", "joiner", "j0in&<pw>"),
        join_domain="contoso.com",
        machine_object_ou="OU=VMs,DC=contoso,DC=com",
    )
    config.stored_certificate_settings = [CertificateSetting("9F8E7D", "My", "LocalMachine")]
    config.win_rm = WinRM(listeners=[Listener("Http"), Listener("Https", "1A2B3C")])
    return config


WINDOWS_XML = """
<ConfigurationSet>
  <ConfigurationSetType>WindowsProvisioningConfiguration</ConfigurationSetType>
  <ComputerName>winvm</ComputerName>
  <AdminPassword>p&amp;ss&lt;word&gt;</AdminPassword>
  <ResetPasswordOnFirstLogon>false</ResetPasswordOnFirstLogon>
  <EnableAutomaticUpdates>true</EnableAutomaticUpdates>
  <TimeZone>Pacific Standard Time</TimeZone>
  <DomainJoin>
    <Credentials>
      <Domain>contoso.com</Domain>
      <Username>joiner</Username>
      <Password>j0in&amp;&lt;pw&gt;</Password>
    </Credentials>
    <JoinDomain>contoso.com</JoinDomain>
    <MachineObjectOU>OU=VMs,DC=contoso,DC=com</MachineObjectOU>
  </DomainJoin>
  <StoredCertificateSettings>
    <CertificateSetting>
      <StoreLocation>LocalMachine</StoreLocation>
      <StoreName>My</StoreName>
      <Thumbprint>9F8E7D</Thumbprint>
    </CertificateSetting>
  </StoredCertificateSettings>
  <WinRM>
    <Listeners>
      <Listener><Protocol>Http</Protocol></Listener>
      <Listener><Protocol>Https</Protocol><CertificateThumbprint>1A2B3C</CertificateThumbprint></Listener>
    </Listeners>
  </WinRM>
  <AdminUsername>azureadmin</AdminUsername>
</ConfigurationSet>
"""


def network_with_endpoints() -> NetworkConfigurationSet:
    web = ConfigurationSetInputEndpoint("HTTP", "tcp", 80, 8080, "web-set")
    web.load_balancer_probe = LoadBalancerProbe(path="/health", port=8080, protocol="http")
    ssh = ConfigurationSetInputEndpoint("SSH", "tcp", 22022, 22)
    return NetworkConfigurationSet(
        input_endpoints=[web, ssh],
        subnet_names=["Subnet-1"],
        static_virtual_network_ip_address="10.0.0.4",
        public_ips=[PublicIP("pip1")],
    )


NETWORK_XML = """
<ConfigurationSet>
  <ConfigurationSetType>NetworkConfiguration</ConfigurationSetType>
  <InputEndpoints>
    <InputEndpoint>
      <LoadBalancedEndpointSetName>web-set</LoadBalancedEndpointSetName>
      <LocalPort>8080</LocalPort>
      <Name>HTTP</Name>
      <Port>80</Port>
      <LoadBalancerProbe>
        <Path>/health</Path>
        <Port>8080</Port>
        <Protocol>http</Protocol>
      </LoadBalancerProbe>
      <Protocol>tcp</Protocol>
      <EnableDirectServerReturn>false</EnableDirectServerReturn>
      <IdleTimeoutInMinutes>4</IdleTimeoutInMinutes>
    </InputEndpoint>
    <InputEndpoint>
      <LocalPort>22</LocalPort>
      <Name>SSH</Name>
      <Port>22022</Port>
      <Protocol>tcp</Protocol>
      <EnableDirectServerReturn>false</EnableDirectServerReturn>
      <IdleTimeoutInMinutes>4</IdleTimeoutInMinutes>
    </InputEndpoint>
  </InputEndpoints>
  <SubnetNames><SubnetName>Subnet-1</SubnetName></SubnetNames>
  <StaticVirtualNetworkIPAddress>10.0.0.4</StaticVirtualNetworkIPAddress>
  <PublicIPs>
    <PublicIP><Name>pip1</Name><IdleTimeoutInMinutes>4</IdleTimeoutInMinutes></PublicIP>
  </PublicIPs>
</ConfigurationSet>
"""

OS_DISK_XML = f"""
<OSVirtualHardDisk>
  <MediaLink>{VHD}</MediaLink>
  <SourceImageName>{UBUNTU}</SourceImageName>
</OSVirtualHardDisk>
"""


def data_disks() -> list[DataVirtualHardDisk]:
    new = DataVirtualHardDisk(DATA_VHD, "ReadOnly", "data", lun=1, logical_disk_size_in_gb=100)
    existing = DataVirtualHardDisk(disk_name="olddisk", lun=2)
    return [new, existing]


DATA_DISKS_XML = f"""
<DataVirtualHardDisks>
  <DataVirtualHardDisk>
    <HostCaching>ReadOnly</HostCaching>
    <DiskLabel>data</DiskLabel>
    <Lun>1</Lun>
    <LogicalDiskSizeInGB>100</LogicalDiskSizeInGB>
    <MediaLink>{DATA_VHD}</MediaLink>
  </DataVirtualHardDisk>
  <DataVirtualHardDisk>
    <DiskName>olddisk</DiskName>
    <Lun>2</Lun>
  </DataVirtualHardDisk>
</DataVirtualHardDisks>
"""


def extension() -> ResourceExtensionReference:
    reference = ResourceExtensionReference("CustomScript", "Microsoft.OSTCExtensions", "Ext", "1.*")
    reference.resource_extension_parameter_values = [
        ResourceExtensionParameterValue("ScriptParameter", "e30=", "Public")
    ]
    return reference


EXTENSION_XML = """
<ResourceExtensionReferences>
  <ResourceExtensionReference>
    <ReferenceName>CustomScript</ReferenceName>
    <Publisher>Microsoft.OSTCExtensions</Publisher>
    <Name>Ext</Name>
    <Version>1.*</Version>
    <ResourceExtensionParameterValues>
      <ResourceExtensionParameterValue>
        <Key>ScriptParameter</Key>
        <Value>e30=</Value>
        <Type>Public</Type>
      </ResourceExtensionParameterValue>
    </ResourceExtensionParameterValues>
  </ResourceExtensionReference>
</ResourceExtensionReferences>
"""

VM_DEPLOYMENT = {"service_name": "mysvc", "deployment_name": "mydep", "role_name": "myvm"}

# --- the cases ----------------------------------------------------------------------------


def _default_account_type() -> str:
    operation = next(op for op in SPEC.operations if op.name == "update_storage_account")
    param = next(param for param in operation.params if param.name == "account_type")
    return f"<AccountType>{param.default}</AccountType>" if param.has_default else ""


BODY_CASES: list[dict[str, Any]] = [
    {
        "id": "create_hosted_service-location",
        "operation": "create_hosted_service",
        "args": {
            "service_name": "mysvc",
            "label": "my service",
            "description": "desc & <more>",
            "location": "West US",
            "extended_properties": {"owner": "me", "env": "<test>"},
        },
        "expected": f"""
            <CreateHostedService {NS}>
              <ServiceName>mysvc</ServiceName>
              <Label>{b64("my service")}</Label>
              <Description>desc &amp; &lt;more&gt;</Description>
              <Location>West US</Location>
              <ExtendedProperties>
                <ExtendedProperty><Name>owner</Name><Value>me</Value></ExtendedProperty>
                <ExtendedProperty><Name>env</Name><Value>&lt;test&gt;</Value></ExtendedProperty>
              </ExtendedProperties>
            </CreateHostedService>""",
    },
    {
        "id": "create_hosted_service-affinity-group",
        "operation": "create_hosted_service",
        "args": {"service_name": "my-svc-2", "label": "p&ss<word>", "affinity_group": "ag1"},
        "expected": f"""
            <CreateHostedService {NS}>
              <ServiceName>my-svc-2</ServiceName>
              <Label>{b64("p&ss<word>")}</Label>
              <AffinityGroup>ag1</AffinityGroup>
            </CreateHostedService>""",
    },
    {
        "id": "update_hosted_service",
        "operation": "update_hosted_service",
        "args": {
            "service_name": "mysvc",
            "label": "new label",
            "description": "line 1\r\nline 2",
            "extended_properties": {"k": "v"},
        },
        "expected": f"""
            <UpdateHostedService {NS}>
              <Label>{b64("new label")}</Label>
              <Description>line 1&#xD;
line 2</Description>
              <ExtendedProperties>
                <ExtendedProperty><Name>k</Name><Value>v</Value></ExtendedProperty>
              </ExtendedProperties>
            </UpdateHostedService>""",
    },
    {
        "id": "update_hosted_service-description-only",
        "operation": "update_hosted_service",
        "args": {"service_name": "mysvc", "description": "only this"},
        "expected": f"""
            <UpdateHostedService {NS}><Description>only this</Description></UpdateHostedService>
        """,
    },
    {
        "id": "create_storage_account-location",
        "operation": "create_storage_account",
        "args": {
            "service_name": "myacct",
            "description": "my account",
            "label": "acct label",
            "location": "West US",
        },
        "expected": f"""
            <CreateStorageServiceInput {NS}>
              <ServiceName>myacct</ServiceName>
              <Description>my account</Description>
              <Label>{b64("acct label")}</Label>
              <Location>West US</Location>
              <AccountType>Standard_GRS</AccountType>
            </CreateStorageServiceInput>""",
    },
    {
        "id": "create_storage_account-affinity-group",
        "operation": "create_storage_account",
        "args": {
            "service_name": "myacct2",
            "description": "",
            "label": "lbl",
            "affinity_group": "ag1",
            "extended_properties": {"ResourceGroup": "rg & co"},
            "account_type": "Standard_RAGRS",
        },
        "expected": f"""
            <CreateStorageServiceInput {NS}>
              <ServiceName>myacct2</ServiceName>
              <Description></Description>
              <Label>{b64("lbl")}</Label>
              <AffinityGroup>ag1</AffinityGroup>
              <ExtendedProperties>
                <ExtendedProperty>
                  <Name>ResourceGroup</Name><Value>rg &amp; co</Value>
                </ExtendedProperty>
              </ExtendedProperties>
              <AccountType>Standard_RAGRS</AccountType>
            </CreateStorageServiceInput>""",
    },
    {
        "id": "create_storage_account-no-geo-replication",
        "operation": "create_storage_account",
        "args": {
            "service_name": "myacct3",
            "description": "d",
            "label": "lbl",
            "location": "West US",
            "geo_replication_enabled": False,
        },
        "expected": f"""
            <CreateStorageServiceInput {NS}>
              <ServiceName>myacct3</ServiceName>
              <Description>d</Description>
              <Label>{b64("lbl")}</Label>
              <Location>West US</Location>
              <AccountType>Standard_LRS</AccountType>
            </CreateStorageServiceInput>""",
    },
    {
        "id": "update_storage_account",
        "operation": "update_storage_account",
        "args": {
            "service_name": "myacct",
            "description": "new",
            "label": "lbl",
            "extended_properties": {"a": "b"},
            "account_type": "Standard_LRS",
        },
        "expected": f"""
            <UpdateStorageServiceInput {NS}>
              <Description>new</Description>
              <Label>{b64("lbl")}</Label>
              <ExtendedProperties>
                <ExtendedProperty><Name>a</Name><Value>b</Value></ExtendedProperty>
              </ExtendedProperties>
              <AccountType>Standard_LRS</AccountType>
            </UpdateStorageServiceInput>""",
    },
    {
        # The reference always writes AccountType (Standard_GRS when not given); the spec may
        # choose not to (it would silently convert accounts), so the default comes from the IR.
        "id": "update_storage_account-nothing-given",
        "operation": "update_storage_account",
        "args": {"service_name": "myacct"},
        "expected": f"""
            <UpdateStorageServiceInput {NS}>{_default_account_type()}</UpdateStorageServiceInput>
        """,
    },
    {
        "id": "add_os_image",
        "operation": "add_os_image",
        "args": {
            "label": "p&ss<word>",
            "media_link": "https://acct.blob.core.windows.net/vhds/image.vhd?a=1&b=2",
            "name": "myimage",
            "os": "Linux",
        },
        "expected": f"""
            <OSImage {NS}>
              <Label>p&amp;ss&lt;word&gt;</Label>
              <MediaLink>https://acct.blob.core.windows.net/vhds/image.vhd?a=1&amp;b=2</MediaLink>
              <Name>myimage</Name>
              <OS>Linux</OS>
            </OSImage>""",
    },
    {
        "id": "update_os_image",
        "operation": "update_os_image",
        "args": {
            "image_name": "myimage",
            "label": "new label",
            "media_link": "https://acct.blob.core.windows.net/vhds/image.vhd",
            "name": "myimage",
            "os": "Windows",
        },
        "expected": f"""
            <OSImage {NS}>
              <Label>new label</Label>
              <MediaLink>https://acct.blob.core.windows.net/vhds/image.vhd</MediaLink>
              <Name>myimage</Name>
              <OS>Windows</OS>
            </OSImage>""",
    },
    {
        "id": "create_virtual_machine_deployment-linux-ssh-keys",
        "operation": "create_virtual_machine_deployment",
        "args": {
            "service_name": "mysvc",
            "deployment_name": "mydep",
            "deployment_slot": "production",
            "label": "my <dep>",
            "role_name": "myvm",
            "system_config": linux_with_keys(),
            "os_virtual_hard_disk": OSVirtualHardDisk(UBUNTU, VHD),
            "role_size": "Small",
        },
        "expected": f"""
            <Deployment {NS}>
              <Name>mydep</Name>
              <DeploymentSlot>production</DeploymentSlot>
              <Label>my &lt;dep&gt;</Label>
              <RoleList>
                <Role>
                  <RoleName>myvm</RoleName>
                  <RoleType>PersistentVMRole</RoleType>
                  <ConfigurationSets>{LINUX_XML}</ConfigurationSets>
                  {OS_DISK_XML}
                  <RoleSize>Small</RoleSize>
                </Role>
              </RoleList>
            </Deployment>""",
    },
    {
        "id": "create_virtual_machine_deployment-windows-domain-winrm-network-disks",
        "operation": "create_virtual_machine_deployment",
        "args": {
            "service_name": "mysvc",
            "deployment_name": "windep",
            "deployment_slot": "production",
            "label": "windows",
            "role_name": "winvm",
            "system_config": windows_with_domain_and_winrm(),
            "os_virtual_hard_disk": OSVirtualHardDisk(UBUNTU, VHD, host_caching="ReadWrite"),
            "network_config": network_with_endpoints(),
            "availability_set_name": "as1",
            "data_virtual_hard_disks": data_disks(),
            "role_size": "Medium",
            "virtual_network_name": "vnet1",
            "resource_extension_references": [extension()],
            "provision_guest_agent": True,
            "dns_servers": [DnsServer("dns1", "10.0.0.10")],
            "reserved_ip_name": "rip1",
        },
        "expected": f"""
            <Deployment {NS}>
              <Name>windep</Name>
              <DeploymentSlot>production</DeploymentSlot>
              <Label>windows</Label>
              <RoleList>
                <Role>
                  <RoleName>winvm</RoleName>
                  <RoleType>PersistentVMRole</RoleType>
                  <ConfigurationSets>{WINDOWS_XML}{NETWORK_XML}</ConfigurationSets>
                  {EXTENSION_XML}
                  <AvailabilitySetName>as1</AvailabilitySetName>
                  {DATA_DISKS_XML}
                  <OSVirtualHardDisk>
                    <HostCaching>ReadWrite</HostCaching>
                    <MediaLink>{VHD}</MediaLink>
                    <SourceImageName>{UBUNTU}</SourceImageName>
                  </OSVirtualHardDisk>
                  <RoleSize>Medium</RoleSize>
                  <ProvisionGuestAgent>true</ProvisionGuestAgent>
                </Role>
              </RoleList>
              <VirtualNetworkName>vnet1</VirtualNetworkName>
              <Dns>
                <DnsServers>
                  <DnsServer><Name>dns1</Name><Address>10.0.0.10</Address></DnsServer>
                </DnsServers>
              </Dns>
              <ReservedIPName>rip1</ReservedIPName>
            </Deployment>""",
    },
    {
        "id": "create_virtual_machine_deployment-vm-image-without-os-disk",
        "operation": "create_virtual_machine_deployment",
        "args": {
            "service_name": "mysvc",
            "deployment_name": "imgdep",
            "deployment_slot": "production",
            "label": "from image",
            "role_name": "imgvm",
            "network_config": network_with_endpoints(),
            "role_size": "Small",
            "vm_image_name": "myvmimage",
            "media_location": "https://acct.blob.core.windows.net/vhds/",
        },
        "expected": f"""
            <Deployment {NS}>
              <Name>imgdep</Name>
              <DeploymentSlot>production</DeploymentSlot>
              <Label>from image</Label>
              <RoleList>
                <Role>
                  <RoleName>imgvm</RoleName>
                  <RoleType>PersistentVMRole</RoleType>
                  <ConfigurationSets>{NETWORK_XML}</ConfigurationSets>
                  <VMImageName>myvmimage</VMImageName>
                  <MediaLocation>https://acct.blob.core.windows.net/vhds/</MediaLocation>
                  <RoleSize>Small</RoleSize>
                </Role>
              </RoleList>
            </Deployment>""",
    },
    {
        "id": "add_role-linux-network",
        "operation": "add_role",
        "args": {
            **VM_DEPLOYMENT,
            "role_name": "myvm2",
            "system_config": linux_with_keys(),
            "os_virtual_hard_disk": OSVirtualHardDisk(UBUNTU, VHD),
            "network_config": network_with_endpoints(),
            "data_virtual_hard_disks": data_disks(),
            "role_size": "Small",
        },
        "expected": f"""
            <PersistentVMRole {NS}>
              <RoleName>myvm2</RoleName>
              <RoleType>PersistentVMRole</RoleType>
              <ConfigurationSets>{LINUX_XML}{NETWORK_XML}</ConfigurationSets>
              {DATA_DISKS_XML}
              {OS_DISK_XML}
              <RoleSize>Small</RoleSize>
            </PersistentVMRole>""",
    },
    {
        "id": "add_role-windows-vm-image",
        "operation": "add_role",
        "args": {
            **VM_DEPLOYMENT,
            "role_name": "winvm2",
            "system_config": windows_with_domain_and_winrm(),
            "vm_image_name": "myvmimage",
            "availability_set_name": "as1",
            "provision_guest_agent": False,
        },
        "expected": f"""
            <PersistentVMRole {NS}>
              <RoleName>winvm2</RoleName>
              <RoleType>PersistentVMRole</RoleType>
              <ConfigurationSets>{WINDOWS_XML}</ConfigurationSets>
              <VMImageName>myvmimage</VMImageName>
              <AvailabilitySetName>as1</AvailabilitySetName>
              <ProvisionGuestAgent>false</ProvisionGuestAgent>
            </PersistentVMRole>""",
    },
    {
        "id": "capture_vm_image-seed-positional",
        "operation": "capture_vm_image",
        "args": {
            **VM_DEPLOYMENT,
            "options": CaptureRoleAsVMImage(
                "Specialized", "myimage", "My image & co", "a description", "english", "mygroup"
            ),
        },
        "expected": f"""
            <CaptureRoleAsVMImageOperation {NS}>
              <OperationType>CaptureRoleAsVMImageOperation</OperationType>
              <OSState>Specialized</OSState>
              <VMImageName>myimage</VMImageName>
              <VMImageLabel>My image &amp; co</VMImageLabel>
              <Description>a description</Description>
              <Language>english</Language>
              <ImageFamily>mygroup</ImageFamily>
            </CaptureRoleAsVMImageOperation>""",
    },
    {
        "id": "capture_vm_image-generalized-minimal",
        "operation": "capture_vm_image",
        "args": {
            **VM_DEPLOYMENT,
            "options": CaptureRoleAsVMImage("Generalized", "img2", "img2"),
        },
        "expected": f"""
            <CaptureRoleAsVMImageOperation {NS}>
              <OperationType>CaptureRoleAsVMImageOperation</OperationType>
              <OSState>Generalized</OSState>
              <VMImageName>img2</VMImageName>
              <VMImageLabel>img2</VMImageLabel>
            </CaptureRoleAsVMImageOperation>""",
    },
    {
        # The reference writes ConfigurationSets only when a system or network set is given.
        "id": "create_virtual_machine_deployment-no-configuration-sets",
        "operation": "create_virtual_machine_deployment",
        "args": {
            "service_name": "mysvc",
            "deployment_name": "spec",
            "deployment_slot": "production",
            "label": "specialized",
            "role_name": "specvm",
            "os_virtual_hard_disk": OSVirtualHardDisk(disk_name="existing-os-disk"),
        },
        "expected": f"""
            <Deployment {NS}>
              <Name>spec</Name>
              <DeploymentSlot>production</DeploymentSlot>
              <Label>specialized</Label>
              <RoleList>
                <Role>
                  <RoleName>specvm</RoleName>
                  <RoleType>PersistentVMRole</RoleType>
                  <OSVirtualHardDisk><DiskName>existing-os-disk</DiskName></OSVirtualHardDisk>
                </Role>
              </RoleList>
            </Deployment>""",
    },
]


def _body_params() -> list[Any]:
    params = []
    for case in BODY_CASES:
        marks = []
        if "xfail" in case:
            marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _body_params())
def test_request_body_matches_the_reference(case: dict[str, Any]) -> None:
    result, request = call(case["operation"], case["args"])
    body = request.body
    assert body is not None
    assert not body.startswith(b"<?xml"), "the reference sends no XML declaration"
    root = parse_document(body)
    assert root.nsmap == {None: WA, "i": XSI}
    assert canonical(body) == canonical(compact(case["expected"]))
    # The body reads back, strictly, through the catalog's request reader.
    info = OPERATIONS[case["operation"]]
    assert CODECS[info.name].read_request is not None
    CODECS[info.name].read_request(root, DeserializeContext(strict=True))
    assert isinstance(result, AsyncOperation) == info.is_async


def test_every_operation_with_a_body_is_checked() -> None:
    """Every operation sending an XML body has it checked: test_operations calls each one with
    arguments derived from the IR and reads the body back strictly; BODY_CASES add the exact
    documents the reference prescribes for chosen calls (no row is needed per operation)."""
    with_body = {name for name, info in OPERATIONS.items() if info.request_shape is not None}
    spec_bodies = {op.name for op in SPEC.operations if op.request and op.request.kind == "xml"}
    assert with_body == spec_bodies
    assert with_body <= set(DERIVED_OPERATIONS)
    assert {case["operation"] for case in BODY_CASES} <= with_body


def test_text_needing_escaping_is_escaped_and_labels_are_base64() -> None:
    _, request = call(
        "create_virtual_machine_deployment",
        {
            "service_name": "mysvc",
            "deployment_name": "d",
            "deployment_slot": "production",
            "label": "a&b",
            "role_name": "vm",
            "system_config": windows_with_domain_and_winrm(),
            "vm_image_name": "myvmimage",  # exactly one of an OS disk and a VM image
        },
    )
    body = request.body or b""
    assert b"<AdminPassword>p&amp;ss&lt;word&gt;</AdminPassword>" in body
    assert b"<Label>a&amp;b</Label>" in body  # plain text in this body
    assert b"\r" not in body

    _, request = call(
        "create_hosted_service",
        {"service_name": "svc", "label": "p&ss<word>\r", "location": "West US"},
    )
    body = request.body or b""
    assert f"<Label>{b64('p&ss<word>' + chr(13))}</Label>".encode() in body
    assert b"p&ss" not in body and b"p&amp;ss" not in body

    _, request = call(
        "update_storage_account", {"service_name": "acct", "label": "\u00e9t\u00e9 \U0001f600"}
    )
    label = parse_document(request.body or b"").findtext(f"{{{WA}}}Label")
    assert base64.b64decode(label or "").decode("utf-8") == "\u00e9t\u00e9 \U0001f600"


def test_custom_data_is_base64_of_the_text() -> None:
    _, request = call(
        "add_role",
        {
            **VM_DEPLOYMENT,
            "system_config": LinuxConfigurationSet("h", "u", "pw", custom_data="\r"),
            "vm_image_name": "myvmimage",  # exactly one of an OS disk and a VM image
        },
    )
    assert b"<CustomData>DQ==</CustomData>" in (request.body or b"")


# --- method, URL, query and headers of every operation ------------------------------------


def _case_params() -> list[Any]:
    return [pytest.param(case, id=str(case)) for case in CASES]


@pytest.mark.parametrize("case", _case_params())
def test_method_url_query_and_headers(case: Case) -> None:
    result, request = call(case.operation, case.args)
    info = OPERATIONS[case.operation]
    assert request.method == case.method == info.method
    assert request.url == case.url
    assert request.headers["x-ms-version"] == info.x_ms_version == case.x_ms_version
    if case.method == "GET":
        assert "Content-Type" not in request.headers
        assert request.body is None
    else:
        assert request.headers["Content-Type"] == CONTENT_TYPE
    if case.returns == "async":
        assert isinstance(result, AsyncOperation)
        assert result.request_id == REQUEST_ID
    elif case.returns == "none":
        assert result is None
    elif case.returns.startswith("list:"):
        assert isinstance(result, list)
        assert result == []
    else:
        assert type(result) is getattr(azure_asm.models, case.returns)
    assert info.is_async == (case.returns == "async")


@pytest.mark.parametrize("case", _case_params())
def test_hand_cases_use_parameters_of_their_operation(case: Case) -> None:
    """Hand rows are extra examples: every operation (of every client) is called by
    test_operations with arguments derived from the IR, each query item included."""
    spec_operation = next(op for op in SPEC.operations if op.name == case.operation)
    assert set(case.args) <= {param.name for param in spec_operation.params}
    for name, _ in parse_qsl(case.query, keep_blank_values=True):
        assert name in {item.name for item in spec_operation.query}, name


def test_every_operation_is_called_with_derived_arguments() -> None:
    assert set(DERIVED_OPERATIONS) == set(OPERATIONS) == {op.name for op in SPEC.operations}


@pytest.mark.parametrize("client", sorted(CLIENT_CLASSES))
def test_operations_table_matches_the_client_methods(client: str) -> None:
    cls = CLIENT_CLASSES[client]
    own = {
        name
        for name, member in vars(cls).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }
    inherited = set(vars(ServiceClient))
    mine = {name for name, info in OPERATIONS.items() if info.client == client}
    assert mine, f"{client} has no operation"
    assert mine <= own
    # Besides one method per operation, only iter_x helpers paging through list_x, and the
    # reference's name (get_operation_status) for a client's own status operation.
    own -= {"get_operation_status"} - mine
    extra = own - inherited - mine
    assert all(name.startswith("iter_") and f"list_{name[5:]}" in mine for name in extra)
    assert {operation.name for operation in SPEC.operations if operation.client == client} == mine
    # No method for another client's operation.
    assert not (own & (set(OPERATIONS) - mine))


def test_every_client_of_the_spec_is_generated() -> None:
    assert {client.name for client in SPEC.clients} == set(CLIENT_CLASSES)
    assert {info.client for info in OPERATIONS.values()} <= set(CLIENT_CLASSES)
    assert all(issubclass(cls, ServiceClient) for cls in CLIENT_CLASSES.values())


def test_embed_detail_is_sent_for_both_values_and_comp_media_only_when_asked() -> None:
    for embed, expected in [(False, "embed-detail=false"), (True, "embed-detail=true")]:
        _, request = call(
            "get_hosted_service_properties", {"service_name": "svc", "embed_detail": embed}
        )
        assert request.url.endswith(f"/services/hostedservices/svc?{expected}")
    for flag in (False, True):
        _, request = call("delete_role", {**VM_DEPLOYMENT, "complete": flag})
        assert request.url.endswith("?comp=media") is flag
        _, request = call("delete_disk", {"disk_name": "d", "delete_vhd": flag})
        assert request.url.endswith("?comp=media") is flag


def test_path_values_are_percent_encoded() -> None:
    _, request = call("get_disk", {"disk_name": "a b/c?d#e%f"})
    assert request.url == f"https://{HOST}/{SUBSCRIPTION}/services/disks/a%20b%2Fc%3Fd%23e%25f"
    _, request = call("get_deployment_by_name", {"service_name": "s", "deployment_name": "\u00e9"})
    assert request.url.endswith("/hostedservices/s/deployments/%C3%A9")
