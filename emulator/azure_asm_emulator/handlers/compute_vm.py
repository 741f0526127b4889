"""Turning a role definition (of ``create_virtual_machine_deployment`` or ``add_role``) into a
virtual machine: the ``PersistentVMRole`` kept in the deployment, its ``RoleInstance`` and the
``Disk`` records of the image repository.

``plan_virtual_machine`` checks everything and changes nothing (so that a refused request
leaves no trace); ``commit_virtual_machine`` applies a plan. What ASM never returns is never
kept: provisioning sets (passwords, custom data) are dropped once checked, and private VM
extension parameters are removed.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol
from urllib.parse import urlsplit

from azure_asm.models import (
    AnyConfigurationSet,
    AttachedTo,
    ConfigurationSet,
    DataVirtualHardDisk,
    Deployment,
    Disk,
    HostedService,
    InstanceEndpoint,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
    PersistentVMRole,
    ResourceExtensionReference,
    RoleInstance,
    WindowsConfigurationSet,
)
from azure_asm_runtime.legacy import is_blank

from ..catalogue_compute import DEFAULT_ROLE_SIZE, RoleSizeSpec, find_role_size
from ..errors import bad_request
from ..state import State
from .compute_common import (
    conflict,
    disks,
    find_os_image,
    find_vm_image,
    location_matches,
    service_deployments,
    stamp,
    vm_image_lock,
)
from .disks import in_use_fault

ROLE_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$")
HOST_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$")
PROTOCOLS = ("tcp", "udp")
HOST_CACHING = ("None", "ReadOnly", "ReadWrite")
DEFAULT_OS_DISK_GB = 30


class RoleFields(Protocol):
    """The role members ``CreateVirtualMachineDeployment`` and ``AddRole`` share."""

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


@dataclass
class VirtualMachinePlan:
    """A checked virtual machine, ready to be added to a deployment."""

    role: PersistentVMRole
    instance: RoleInstance
    new_disks: list[Disk] = field(default_factory=list)
    attach_disks: list[str] = field(default_factory=list)


@dataclass
class _Source:
    """Where the OS disk (and image data disks) of a new machine come from."""

    os_disk: OSVirtualHardDisk
    os: str
    generalized: bool
    container: str
    new_disks: list[Disk] = field(default_factory=list)
    attach_disks: list[str] = field(default_factory=list)
    data_disks: list[DataVirtualHardDisk] = field(default_factory=list)


class _Namer:
    """Disk names and blob URLs ASM would generate, unique within the plan and the state."""

    def __init__(
        self, state: State, subscription_id: str, service: str, role: str, moment: datetime
    ) -> None:
        self.existing = disks(state, subscription_id)
        self.prefix = f"{service}-{role}"
        self.stamp = stamp(moment)
        self.taken: set[str] = set()
        self.index = 0

    def disk_name(self) -> str:
        while True:
            name = f"{self.prefix}-{self.index}-{self.stamp}"
            self.index += 1
            if name not in self.existing and name not in self.taken:
                self.taken.add(name)
                return name

    def media_link(self, container: str, disk_name: str) -> str:
        return f"{container}/{disk_name}.vhd"


def _container(media_link: str, what: str) -> str:
    """The container URL of a blob URL, or 400 if it is not one."""
    parts = urlsplit(media_link)
    segments = [segment for segment in parts.path.split("/") if segment]
    if parts.scheme not in ("http", "https") or not parts.netloc or len(segments) < 2:
        raise bad_request(
            f"The {what} is not a valid blob URL (https://<account>.blob.core.windows.net/"
            "<container>/<blob>)."
        )
    return media_link.rsplit("/", 1)[0]


def _check_media_link(
    state: State, subscription_id: str, media_link: str, planned: list[Disk], what: str
) -> None:
    _container(media_link, what)
    wanted = media_link.lower()
    for disk in [*disks(state, subscription_id).values(), *planned]:
        if (disk.media_link or "").lower() == wanted:
            raise conflict(
                f"A disk with name {disk.name} is currently using the blob {media_link}."
            )


def _check_host_caching(value: str | None) -> None:
    if value is not None and value not in HOST_CACHING:
        raise bad_request(
            f"The host caching '{value}' is not valid; use None, ReadOnly or ReadWrite."
        )


def _split_configuration_sets(
    sets: list[AnyConfigurationSet] | None,
) -> tuple[LinuxConfigurationSet | WindowsConfigurationSet | None, NetworkConfigurationSet | None]:
    provisioning: LinuxConfigurationSet | WindowsConfigurationSet | None = None
    network: NetworkConfigurationSet | None = None
    for given in sets or []:
        # Bodies are read into typed sets; a general one only comes from code in-process.
        item = given.specialize() if isinstance(given, ConfigurationSet) else given
        if isinstance(item, NetworkConfigurationSet):
            if network is not None:
                raise bad_request("Only one NetworkConfiguration set may be specified.")
            network = item
        else:
            if provisioning is not None:
                raise bad_request("Only one provisioning configuration set may be specified.")
            provisioning = item
    return provisioning, network


def _check_linux(config: LinuxConfigurationSet) -> str:
    if not config.host_name or not HOST_NAME.match(config.host_name):
        raise bad_request(
            "The host name in LinuxProvisioningConfiguration is missing or invalid: it must be "
            "1 to 64 letters, digits and hyphens."
        )
    if not config.user_name or len(config.user_name) > 32:
        raise bad_request(
            "The user name in LinuxProvisioningConfiguration is missing or longer than 32 "
            "characters."
        )
    has_keys = config.ssh is not None and bool(config.ssh.public_keys or config.ssh.key_pairs)
    if config.user_password is None and not has_keys:
        raise bad_request("LinuxProvisioningConfiguration needs a UserPassword or SSH public keys.")
    if config.user_password is not None and not 6 <= len(config.user_password) <= 72:
        raise bad_request("The password must be 6 to 72 characters long.")
    if config.custom_data is not None and len(config.custom_data.encode()) > 64 * 1024:
        raise bad_request("CustomData must not exceed 64 KB.")
    return config.host_name


def _check_windows(config: WindowsConfigurationSet) -> str:
    if not config.computer_name or not HOST_NAME.match(config.computer_name):
        raise bad_request(
            "The computer name in WindowsProvisioningConfiguration is missing or invalid: it "
            "must be 1 to 15 letters, digits and hyphens."
        )
    if len(config.computer_name) > 15:
        raise bad_request("The computer name must not be longer than 15 characters.")
    if not config.admin_username:
        raise bad_request("WindowsProvisioningConfiguration needs an AdminUsername.")
    if not config.admin_password:
        raise bad_request("WindowsProvisioningConfiguration needs an AdminPassword.")
    if not 8 <= len(config.admin_password) <= 123:
        raise bad_request("The administrator password must be 8 to 123 characters long.")
    if config.custom_data is not None and len(config.custom_data.encode()) > 64 * 1024:
        raise bad_request("CustomData must not exceed 64 KB.")
    return config.computer_name


def _check_provisioning(
    provisioning: LinuxConfigurationSet | WindowsConfigurationSet | None, os: str, role_name: str
) -> str:
    """Check the provisioning set of a machine from a generalized image; its host name."""
    if provisioning is None:
        raise bad_request(
            "A LinuxProvisioningConfiguration or WindowsProvisioningConfiguration set is "
            "required to create a virtual machine from a generalized image."
        )
    if isinstance(provisioning, LinuxConfigurationSet):
        if os.lower() != "linux":
            raise bad_request(
                f"The image holds a {os} operating system; use a "
                "WindowsProvisioningConfiguration set, not LinuxProvisioningConfiguration."
            )
        return _check_linux(provisioning)
    if os.lower() != "windows":
        raise bad_request(
            f"The image holds a {os} operating system; use a LinuxProvisioningConfiguration "
            "set, not WindowsProvisioningConfiguration."
        )
    return _check_windows(provisioning)


def _from_vm_image(
    state: State,
    subscription_id: str,
    service: HostedService,
    fields: RoleFields,
    namer: _Namer,
    attached: AttachedTo,
    moment: datetime,
) -> _Source:
    name = fields.vm_image_name or ""
    image = find_vm_image(state, subscription_id, name)
    if image is None:
        raise bad_request(f"The VM image '{name}' does not exist.")
    state.operations.require_unlocked(vm_image_lock(name))  # a capture is still writing it
    if image.is_corrupted:
        raise bad_request(f"The VM image '{name}' is corrupted and cannot be used.")
    properties = service.hosted_service_properties
    location = properties.location if properties is not None else None
    if not location_matches(image.location, location):
        raise bad_request(
            f"The VM image '{name}' is not available in the location {location} of the "
            "hosted service."
        )
    os_config = image.os_disk_configuration
    if os_config is None:
        raise bad_request(f"The VM image '{name}' has no OS disk.")
    if image.category == "User":
        container = _container(os_config.media_link or "", "media link of the VM image")
        if fields.media_location is not None:
            container = _container(fields.media_location.rstrip("/") + "/x", "MediaLocation")
    else:
        if not fields.media_location:
            raise bad_request(
                f"MediaLocation is required to create a virtual machine from the published VM "
                f"image '{name}'."
            )
        container = _container(fields.media_location.rstrip("/") + "/x", "MediaLocation")
    location_of_disks = location
    affinity_group = properties.affinity_group if properties is not None else None
    os_name = namer.disk_name()
    os_link = namer.media_link(container, os_name)
    source = _Source(
        os_disk=OSVirtualHardDisk(
            host_caching=os_config.host_caching or "ReadWrite",
            disk_name=os_name,
            media_link=os_link,
            os=os_config.os,
            io_type=os_config.io_type or "Standard",
        ),
        os=os_config.os or "Linux",
        generalized=(os_config.os_state or "Generalized") == "Generalized",
        container=container,
    )
    source.new_disks.append(
        Disk(
            affinity_group=affinity_group,
            attached_to=attached,
            os=source.os,
            is_corrupted=False,
            location=location_of_disks,
            logical_disk_size_in_gb=os_config.logical_disk_size_in_gb or DEFAULT_OS_DISK_GB,
            media_link=os_link,
            name=os_name,
            created_time=moment,
            io_type="Standard",
            is_premium=bool(image.is_premium),
        )
    )
    for data_config in image.data_disk_configurations or []:
        data_name = namer.disk_name()
        data_link = namer.media_link(container, data_name)
        source.data_disks.append(
            DataVirtualHardDisk(
                host_caching=data_config.host_caching or "None",
                disk_name=data_name,
                lun=data_config.lun or 0,
                logical_disk_size_in_gb=data_config.logical_disk_size_in_gb,
                media_link=data_link,
                io_type=data_config.io_type or "Standard",
            )
        )
        source.new_disks.append(
            Disk(
                affinity_group=affinity_group,
                attached_to=attached,
                os="",
                is_corrupted=False,
                location=location_of_disks,
                logical_disk_size_in_gb=data_config.logical_disk_size_in_gb,
                media_link=data_link,
                name=data_name,
                created_time=moment,
                io_type="Standard",
                is_premium=False,
            )
        )
    return source


def _from_os_disk(
    state: State,
    subscription_id: str,
    service: HostedService,
    disk: OSVirtualHardDisk,
    namer: _Namer,
    attached: AttachedTo,
    moment: datetime,
) -> _Source:
    _check_host_caching(disk.host_caching)
    properties = service.hosted_service_properties
    location = properties.location if properties is not None else None
    affinity_group = properties.affinity_group if properties is not None else None
    repository = disks(state, subscription_id)
    if disk.source_image_name is None and disk.remote_source_image_link is None:
        # An existing (specialized) disk.
        if not disk.disk_name:
            raise bad_request(
                "OSVirtualHardDisk must name a SourceImageName, a RemoteSourceImageLink or an "
                "existing DiskName."
            )
        existing = repository.get(disk.disk_name)
        if existing is None:
            raise bad_request(f"The disk '{disk.disk_name}' does not exist.")
        if not existing.os:
            raise bad_request(f"The disk '{disk.disk_name}' is a data disk, not an OS disk.")
        if existing.attached_to is not None:
            raise in_use_fault(existing)
        container = _container(existing.media_link or "", "media link of the disk")
        return _Source(
            os_disk=OSVirtualHardDisk(
                host_caching=disk.host_caching or "ReadWrite",
                disk_label=existing.label,
                disk_name=existing.name,
                media_link=existing.media_link,
                source_image_name=existing.source_image_name,
                os=existing.os,
                io_type=existing.io_type or "Standard",
            ),
            os=existing.os,
            generalized=False,
            container=container,
            attach_disks=[disk.disk_name],
        )
    if disk.source_image_name is not None and disk.remote_source_image_link is not None:
        raise bad_request("Specify either SourceImageName or RemoteSourceImageLink, not both.")
    size = DEFAULT_OS_DISK_GB
    is_premium = False
    if disk.source_image_name is not None:
        image = find_os_image(state, subscription_id, disk.source_image_name)
        if image is None:
            raise bad_request(f"The image {disk.source_image_name} does not exist.")
        if not location_matches(image.location, location):
            raise bad_request(
                f"The image {disk.source_image_name} is not available in the location "
                f"{location} of the hosted service."
            )
        os = image.os or disk.os or "Linux"
        generalized = (image.os_state or "Generalized") == "Generalized"
        size = image.logical_size_in_gb or DEFAULT_OS_DISK_GB
        is_premium = bool(image.is_premium)
    else:
        _container(disk.remote_source_image_link or "", "RemoteSourceImageLink")
        if disk.os not in ("Linux", "Windows"):
            raise bad_request("OS (Linux or Windows) is required with a RemoteSourceImageLink.")
        os = disk.os
        generalized = True
    if disk.resized_size_in_gb is not None:
        if disk.resized_size_in_gb < size or disk.resized_size_in_gb > 1023:
            raise bad_request(
                f"ResizedSizeInGB must be between the image size ({size} GB) and 1023 GB."
            )
        size = disk.resized_size_in_gb
    if not disk.media_link:
        raise bad_request("MediaLink is required for an OS disk created from an image.")
    container = _container(disk.media_link, "MediaLink")
    name = disk.disk_name or namer.disk_name()
    if name in repository:
        raise conflict(f"A disk with the name '{name}' already exists.")
    namer.taken.add(name)
    os_disk = OSVirtualHardDisk(
        host_caching=disk.host_caching or "ReadWrite",
        disk_label=disk.disk_label,
        disk_name=name,
        media_link=disk.media_link,
        source_image_name=disk.source_image_name,
        os=os,
        remote_source_image_link=disk.remote_source_image_link,
        resized_size_in_gb=disk.resized_size_in_gb,
        io_type="Standard",
    )
    record = Disk(
        affinity_group=affinity_group,
        attached_to=attached,
        os=os,
        is_corrupted=False,
        label=disk.disk_label,
        location=location,
        logical_disk_size_in_gb=size,
        media_link=disk.media_link,
        name=name,
        source_image_name=disk.source_image_name,
        created_time=moment,
        io_type="Standard",
        is_premium=is_premium,
    )
    return _Source(
        os_disk=os_disk,
        os=os,
        generalized=generalized,
        container=container,
        new_disks=[record],
    )


def _data_disks(
    state: State,
    subscription_id: str,
    service: HostedService,
    requested: list[DataVirtualHardDisk],
    source: _Source,
    size: RoleSizeSpec,
    namer: _Namer,
    attached: AttachedTo,
    moment: datetime,
) -> list[DataVirtualHardDisk]:
    properties = service.hosted_service_properties
    location = properties.location if properties is not None else None
    affinity_group = properties.affinity_group if properties is not None else None
    repository = disks(state, subscription_id)
    result = list(source.data_disks)
    luns = {disk.lun or 0 for disk in result}
    for disk in requested:
        _check_host_caching(disk.host_caching)
        lun = disk.lun or 0
        if not 0 <= lun <= 31:
            raise bad_request(f"The LUN {lun} is not valid; use 0 to 31.")
        if lun in luns:
            raise bad_request(f"Two data disks cannot use the same LUN ({lun}).")
        luns.add(lun)
        new_empty = disk.source_media_link is None and disk.logical_disk_size_in_gb is not None
        if disk.disk_name and disk.source_media_link is None and not new_empty:
            existing = repository.get(disk.disk_name)
            if existing is None:
                raise bad_request(f"The disk '{disk.disk_name}' does not exist.")
            if existing.os:
                raise bad_request(f"The disk '{disk.disk_name}' is an OS disk, not a data disk.")
            if existing.attached_to is not None:
                raise in_use_fault(existing)
            if disk.disk_name in source.attach_disks:
                raise bad_request(f"The disk '{disk.disk_name}' is given twice.")
            source.attach_disks.append(disk.disk_name)
            result.append(
                DataVirtualHardDisk(
                    host_caching=disk.host_caching or "None",
                    disk_label=existing.label,
                    disk_name=existing.name,
                    lun=lun,
                    logical_disk_size_in_gb=existing.logical_disk_size_in_gb,
                    media_link=existing.media_link,
                    io_type=existing.io_type or "Standard",
                )
            )
            continue
        if disk.source_media_link is not None:
            link = disk.source_media_link
            gigabytes = disk.logical_disk_size_in_gb
        else:
            gigabytes = disk.logical_disk_size_in_gb
            if gigabytes is None or not 1 <= gigabytes <= 1023:
                raise bad_request(
                    "LogicalDiskSizeInGB (1 to 1023) is required for a new empty data disk."
                )
            link = disk.media_link or ""
        name = disk.disk_name or namer.disk_name()
        if name in repository or name in {d.name for d in source.new_disks}:
            raise conflict(f"A disk with the name '{name}' already exists.")
        namer.taken.add(name)
        if not link:
            link = namer.media_link(source.container, name)
        _check_media_link(state, subscription_id, link, source.new_disks, "MediaLink")
        source.new_disks.append(
            Disk(
                affinity_group=affinity_group,
                attached_to=attached,
                os="",
                is_corrupted=False,
                label=disk.disk_label,
                location=location,
                logical_disk_size_in_gb=gigabytes,
                media_link=link,
                name=name,
                created_time=moment,
                io_type="Standard",
                is_premium=False,
            )
        )
        result.append(
            DataVirtualHardDisk(
                host_caching=disk.host_caching or "None",
                disk_label=disk.disk_label,
                disk_name=name,
                lun=lun,
                logical_disk_size_in_gb=gigabytes,
                media_link=link,
                io_type="Standard",
            )
        )
    if len(result) > size.max_data_disk_count:
        raise bad_request(
            f"The maximum number of data disks allowed to be attached to a role of size "
            f"{size.name} is {size.max_data_disk_count}."
        )
    return sorted(result, key=lambda disk: disk.lun or 0)


def _endpoints(
    network: NetworkConfigurationSet | None,
    role_name: str,
    others: list[PersistentVMRole],
    vip: str,
) -> list[InstanceEndpoint]:
    if network is None:
        return []
    taken: dict[tuple[int, str], tuple[str, str | None]] = {}
    for role in others:
        for item in role.configuration_sets or []:
            if isinstance(item, NetworkConfigurationSet):
                for endpoint in item.input_endpoints or []:
                    key = (endpoint.port or 0, (endpoint.protocol or "").lower())
                    taken[key] = (role.role_name or "", endpoint.load_balanced_endpoint_set_name)
    names: set[str] = set()
    result: list[InstanceEndpoint] = []
    for endpoint in network.input_endpoints or []:
        if not endpoint.name:
            raise bad_request("Every InputEndpoint needs a Name.")
        if endpoint.name.lower() in names:
            raise bad_request(f"The endpoint name '{endpoint.name}' is used twice.")
        names.add(endpoint.name.lower())
        protocol = (endpoint.protocol or "").lower()
        if protocol not in PROTOCOLS:
            raise bad_request(f"The protocol of endpoint '{endpoint.name}' must be tcp or udp.")
        for port in (endpoint.port, endpoint.local_port):
            if port is None or not 1 <= port <= 65535:
                raise bad_request(
                    f"The ports of endpoint '{endpoint.name}' must be between 1 and 65535."
                )
        assert endpoint.port is not None
        holder = taken.get((endpoint.port, protocol))
        if holder is not None and (
            holder[1] is None or holder[1] != endpoint.load_balanced_endpoint_set_name
        ):
            raise bad_request(
                f"The port {endpoint.port} is already in use by one of the endpoints in this "
                "deployment."
            )
        endpoint.protocol = protocol
        endpoint.vip = vip
        result.append(
            InstanceEndpoint(
                name=endpoint.name,
                vip=vip,
                public_port=endpoint.port,
                local_port=endpoint.local_port,
                protocol=protocol,
                idle_timeout_in_minutes=endpoint.idle_timeout_in_minutes,
            )
        )
    return result


def _public_extension_references(
    references: list[ResourceExtensionReference] | None,
) -> list[ResourceExtensionReference] | None:
    """The references as ASM returns them: without their Private parameter values."""
    if references is None:
        return None
    for reference in references:
        if reference.resource_extension_parameter_values is not None:
            reference.resource_extension_parameter_values = [
                value
                for value in reference.resource_extension_parameter_values
                if (value.type or "Public").lower() != "private"
            ]
    return references


def plan_virtual_machine(
    state: State,
    subscription_id: str,
    service: HostedService,
    deployment_name: str,
    fields: RoleFields,
    *,
    deployment: Deployment | None,
    vip: str,
    moment: datetime,
) -> VirtualMachinePlan:
    """Check ``fields`` for a new machine of ``deployment`` (None: a new deployment)."""
    service_name = service.service_name or ""
    role_name = fields.role_name
    if not role_name or not ROLE_NAME.match(role_name):
        raise bad_request(
            "The role name is missing or invalid: it must be 1 to 64 letters, digits, "
            "periods, underscores and hyphens, starting and ending with a letter or digit."
        )
    siblings: list[PersistentVMRole] = []
    for other in service_deployments(state, subscription_id, service_name):
        for role in other.role_list or []:
            if (role.role_name or "").lower() == role_name.lower():
                raise conflict(
                    f"A virtual machine with the name '{role_name}' already exists in hosted "
                    f"service '{service_name}'."
                )
            if other is deployment:
                siblings.append(role)
    if fields.role_type not in (None, "PersistentVMRole"):
        raise bad_request(
            f"The role type '{fields.role_type}' is not valid; virtual machines are "
            "PersistentVMRole."
        )
    size = find_role_size(fields.role_size or DEFAULT_ROLE_SIZE)
    if size is None:
        raise bad_request(
            f"The role size '{fields.role_size}' is not valid. Use one of the sizes returned by "
            "List Role Sizes."
        )
    provisioning, network = _split_configuration_sets(fields.configuration_sets)
    # A role read from a request without <OSVirtualHardDisk> holds a blank fresh one.
    os_disk = None if is_blank(fields.os_virtual_hard_disk) else fields.os_virtual_hard_disk
    if fields.vm_image_name is not None and os_disk is not None:
        raise bad_request("Specify either OSVirtualHardDisk or VMImageName, not both.")
    attached = AttachedTo(
        hosted_service_name=service_name, deployment_name=deployment_name, role_name=role_name
    )
    namer = _Namer(state, subscription_id, service_name, role_name, moment)
    if fields.vm_image_name is not None:
        source = _from_vm_image(state, subscription_id, service, fields, namer, attached, moment)
    elif os_disk is not None:
        source = _from_os_disk(state, subscription_id, service, os_disk, namer, attached, moment)
    else:
        raise bad_request("Either OSVirtualHardDisk or VMImageName must be specified.")
    planned_os = [disk for disk in source.new_disks if disk.os]
    if planned_os and os_disk is not None:
        _check_media_link(state, subscription_id, planned_os[0].media_link or "", [], "MediaLink")
    host_name = role_name
    if source.generalized:
        host_name = _check_provisioning(provisioning, source.os, role_name)
    data_disks = _data_disks(
        state,
        subscription_id,
        service,
        list(fields.data_virtual_hard_disks or []),
        source,
        size,
        namer,
        attached,
        moment,
    )
    endpoints = _endpoints(network, role_name, siblings, vip)
    role = PersistentVMRole(
        role_name=role_name,
        os_version="",
        role_type="PersistentVMRole",
        configuration_sets=[network] if network is not None else [],
        resource_extension_references=_public_extension_references(
            fields.resource_extension_references
        ),
        vm_image_name=fields.vm_image_name,
        media_location=fields.media_location,
        availability_set_name=fields.availability_set_name,
        data_virtual_hard_disks=data_disks,
        os_virtual_hard_disk=source.os_disk,
        role_size=size.name,
        provision_guest_agent=fields.provision_guest_agent,
    )
    instance = RoleInstance(
        role_name=role_name,
        instance_name=role_name,
        instance_status="Provisioning",
        instance_upgrade_domain=0,
        instance_fault_domain=0,
        instance_size=size.name,
        instance_state_details="",
        instance_endpoints=endpoints,
        power_state="Starting",
        host_name=host_name,
    )
    return VirtualMachinePlan(
        role=role,
        instance=instance,
        new_disks=source.new_disks,
        attach_disks=source.attach_disks,
    )


def commit_virtual_machine(
    state: State,
    subscription_id: str,
    service_name: str,
    deployment: Deployment,
    plan: VirtualMachinePlan,
) -> None:
    """Add the planned machine to ``deployment`` and its disks to the repository."""
    repository = disks(state, subscription_id)
    for disk in plan.new_disks:
        assert disk.name is not None
        repository[disk.name] = disk
    for name in plan.attach_disks:
        repository[name].attached_to = AttachedTo(
            hosted_service_name=service_name,
            deployment_name=deployment.name,
            role_name=plan.role.role_name,
        )
    instances = deployment.role_instance_list if deployment.role_instance_list is not None else []
    used = {instance.ip_address for instance in instances}
    base = zlib.crc32((deployment.private_id or "").encode())
    host = 4
    while f"10.{base % 250}.{(base >> 8) % 250}.{host}" in used:
        host += 1
    plan.instance.ip_address = f"10.{base % 250}.{(base >> 8) % 250}.{host}"
    deployment.role_list = [*(deployment.role_list or []), plan.role]
    deployment.role_instance_list = [*instances, plan.instance]


def release_role_disks(
    state: State, subscription_id: str, role: PersistentVMRole, *, delete: bool
) -> None:
    """Detach the disks of a removed machine, or delete them (``comp=media``)."""
    repository = disks(state, subscription_id)
    names = [role.os_virtual_hard_disk.disk_name] if role.os_virtual_hard_disk else []
    names += [disk.disk_name for disk in role.data_virtual_hard_disks or []]
    for name in names:
        if name is None or name not in repository:
            continue
        if delete:
            del repository[name]
        else:
            repository[name].attached_to = None


def deployment_vip(service_name: str) -> str:
    """A stable public-looking virtual IP for a service's deployment."""
    value = zlib.crc32(service_name.lower().encode())
    return f"23.{96 + value % 8}.{(value >> 8) % 256}.{1 + (value >> 16) % 254}"
