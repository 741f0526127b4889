"""The floors the contenders are measured against, written here on purpose without the project.

``*_stringjoin`` build the same request document as our client (checked with C14N before
timing) by joining escaped strings: the least a correct serializer has to do.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

_NAMESPACES = (
    ' xmlns="http://schemas.microsoft.com/windowsazure"'
    ' xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
)
_CREATE_HOSTED_SERVICE = "<CreateHostedService" + _NAMESPACES
_DEPLOYMENT = "<Deployment" + _NAMESPACES


def esc(value: str) -> str:
    """Escape character data (``\\r`` as a reference, or parsers turn it into ``\\n``)."""
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#xD;")
    )


def b64(value: str) -> str:
    return base64.b64encode(value.encode("utf-8")).decode("ascii")


def create_hosted_service_stringjoin(args: Mapping[str, Any]) -> bytes:
    out = [
        _CREATE_HOSTED_SERVICE,
        "<ServiceName>",
        esc(args["service_name"]),
        "</ServiceName>",
        "<Label>",
        b64(args["label"]),
        "</Label>",
        "<Description>",
        esc(args["description"]),
        "</Description>",
        "<Location>",
        esc(args["location"]),
        "</Location>",
        "<ExtendedProperties>",
    ]
    for name, value in args["extended_properties"].items():
        out += (
            "<ExtendedProperty><Name>",
            esc(name),
            "</Name><Value>",
            esc(value),
            "</Value></ExtendedProperty>",
        )
    out.append("</ExtendedProperties></CreateHostedService>")
    return "".join(out).encode("utf-8")


def vm_deployment_stringjoin(a: Mapping[str, Any]) -> bytes:
    fingerprint = esc(a["ssh_key_fingerprint"])
    out = [
        _DEPLOYMENT,
        "<Name>",
        esc(a["deployment_name"]),
        "</Name>",
        "<DeploymentSlot>",
        esc(a["deployment_slot"]),
        "</DeploymentSlot>",
        "<Label>",
        esc(a["label"]),
        "</Label>",
        "<RoleList><Role><RoleName>",
        esc(a["role_name"]),
        "</RoleName>",
        "<RoleType>PersistentVMRole</RoleType><ConfigurationSets><ConfigurationSet>",
        "<ConfigurationSetType>LinuxProvisioningConfiguration</ConfigurationSetType>",
        "<HostName>",
        esc(a["host_name"]),
        "</HostName>",
        "<UserName>",
        esc(a["user_name"]),
        "</UserName>",
        "<UserPassword>",
        esc(a["user_password"]),
        "</UserPassword>",
        "<DisableSshPasswordAuthentication>",
        "true" if a["disable_ssh_password_authentication"] else "false",
        "</DisableSshPasswordAuthentication>",
        "<SSH><PublicKeys><PublicKey><Fingerprint>",
        fingerprint,
        "</Fingerprint><Path>",
        esc(f"/home/{a['user_name']}/.ssh/authorized_keys"),
        "</Path></PublicKey></PublicKeys>",
        "<KeyPairs><KeyPair><Fingerprint>",
        fingerprint,
        "</Fingerprint><Path>",
        esc(f"/home/{a['user_name']}/.ssh/id_rsa"),
        "</Path></KeyPair></KeyPairs></SSH>",
        "<CustomData>",
        b64(a["custom_data"]),
        "</CustomData>",
        "</ConfigurationSet><ConfigurationSet>",
        "<ConfigurationSetType>NetworkConfiguration</ConfigurationSetType><InputEndpoints>",
    ]
    for name, protocol, port, local_port in a["endpoints"]:
        out += (
            "<InputEndpoint><LocalPort>",
            str(local_port),
            "</LocalPort>",
            "<Name>",
            esc(name),
            "</Name><Port>",
            str(port),
            "</Port>",
            "<Protocol>",
            esc(protocol),
            "</Protocol>",
            "<EnableDirectServerReturn>false</EnableDirectServerReturn>",
            "<IdleTimeoutInMinutes>4</IdleTimeoutInMinutes></InputEndpoint>",
        )
    out += (
        "</InputEndpoints><SubnetNames><SubnetName>",
        esc(a["subnet"]),
        "</SubnetName></SubnetNames></ConfigurationSet></ConfigurationSets>",
        "<DataVirtualHardDisks>",
    )
    for media_link, label, lun, size in a["data_disks"]:
        out += (
            "<DataVirtualHardDisk><HostCaching>ReadOnly</HostCaching>",
            "<DiskLabel>",
            esc(label),
            "</DiskLabel><Lun>",
            str(lun),
            "</Lun>",
            "<LogicalDiskSizeInGB>",
            str(size),
            "</LogicalDiskSizeInGB>",
            "<MediaLink>",
            esc(media_link),
            "</MediaLink></DataVirtualHardDisk>",
        )
    out += (
        "</DataVirtualHardDisks><OSVirtualHardDisk>",
        "<MediaLink>",
        esc(a["os_media_link"]),
        "</MediaLink>",
        "<SourceImageName>",
        esc(a["image"]),
        "</SourceImageName></OSVirtualHardDisk>",
        "<RoleSize>",
        esc(a["role_size"]),
        "</RoleSize></Role></RoleList>",
        "<VirtualNetworkName>",
        esc(a["virtual_network_name"]),
        "</VirtualNetworkName>",
        "</Deployment>",
    )
    return "".join(out).encode("utf-8")
