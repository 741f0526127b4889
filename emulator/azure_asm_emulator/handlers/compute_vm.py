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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from azure_asm.models import (
    AddRole,
    AnyConfigurationSet,
    AttachedTo,
    ConfigurationSet,
    CreateVirtualMachineDeployment,
    DataVirtualHardDisk,
    Deployment,
    Disk,
    HostedService,
    HostedServiceProperties,
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
    find_vm_image,
    location_matches,
    service_deployments,
    stamp,
    vm_image_lock,
)
from .disks import in_use_fault
from .lifecycle_common import assign_ip
from .os_images import find_os_image

ROLE_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$")
HOST_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?$")
PROTOCOLS = ("tcp", "udp")
DEFAULT_OS_DISK_GB = 30
MAX_DISK_GB = 1023


RoleFields = AddRole | CreateVirtualMachineDeployment
"""The two requests that describe a new machine with the same role members."""


@dataclass
class VirtualMachinePlan:
    """A checked virtual machine, ready to be added to a deployment."""

    role: PersistentVMRole
    instance: RoleInstance
    new_disks: list[Disk]
    attach_disks: list[str]


def container_of(media_link: str, what: str) -> str:
    """The container URL of a blob URL, or 400 if it is not one."""
    parts = urlsplit(media_link)
    segments = [segment for segment in parts.path.split("/") if segment]
    if parts.scheme not in ("http", "https") or not parts.netloc or len(segments) < 2:
        raise bad_request(
            f"The {what} is not a valid blob URL (https://<account>.blob.core.windows.net/"
            "<container>/<blob>)."
        )
    return media_link.rsplit("/", 1)[0]


def check_blob(disks: Iterable[Disk], media_link: str, what: str) -> None:
    """400 unless ``media_link`` is a blob URL; 409 if one of ``disks`` uses that blob."""
    container_of(media_link, what)
    for disk in disks:
        if (disk.media_link or "").lower() == media_link.lower():
            raise conflict(
                f"A disk with name {disk.name} is currently using the blob {media_link}."
            )


class DiskPlanner:
    """The disks of one new machine: checked, and named as ASM names them (unique within the
    plan and the subscription's repository); nothing changes until the plan is committed."""

    def __init__(
        self,
        state: State,
        subscription_id: str,
        service: HostedService,
        attached: AttachedTo,
        moment: datetime,
    ) -> None:
        self.state, self.subscription_id, self.moment = state, subscription_id, moment
        self.repository = state.backend(subscription_id).disks
        properties = service.hosted_service_properties or HostedServiceProperties()
        self.location, self.affinity_group = properties.location, properties.affinity_group
        self.attached = attached
        self.prefix = f"{attached.hosted_service_name}-{attached.role_name}"
        self.stamp = stamp(moment)
        self.index = 0
        self.taken: set[str] = set()
        self.container = ""
        self.new_disks: list[Disk] = []
        self.attach_disks: list[str] = []
        self.data_disks: list[DataVirtualHardDisk] = []

    def disk_name(self) -> str:
        while True:
            name = f"{self.prefix}-{self.index}-{self.stamp}"
            self.index += 1
            if name not in self.repository and name not in self.taken:
                self.taken.add(name)
                return name

    def claim(self, name: str | None) -> str:
        """``name`` (or a generated one) for a new disk; 409 if it is taken."""
        if not name:
            return self.disk_name()
        if name in self.repository or name in self.taken:
            raise conflict(f"A disk with the name '{name}' already exists.")
        self.taken.add(name)
        return name

    def new_disk(
        self,
        name: str,
        link: str,
        size: int | None,
        *,
        os: str = "",
        label: str | None = None,
        source_image_name: str | None = None,
        premium: bool = False,
    ) -> Disk:
        disk = Disk(
            affinity_group=self.affinity_group,
            attached_to=self.attached,
            os=os,
            is_corrupted=False,
            label=label,
            location=self.location,
            logical_disk_size_in_gb=size,
            media_link=link,
            name=name,
            source_image_name=source_image_name,
            created_time=self.moment,
            io_type="Standard",
            is_premium=premium,
        )
        self.new_disks.append(disk)
        return disk

    def existing_disk(self, name: str, *, os_disk: bool) -> Disk:
        """A free disk of the repository to attach, or 400."""
        existing = self.repository.get(name)
        if existing is None:
            raise bad_request(f"The disk '{name}' does not exist.")
        if os_disk != bool(existing.os):
            kinds = ("a data disk, not an OS disk", "an OS disk, not a data disk")
            raise bad_request(f"The disk '{name}' is {kinds[not os_disk]}.")
        if existing.attached_to is not None:
            raise in_use_fault(existing)
        if name in self.attach_disks:
            raise bad_request(f"The disk '{name}' is given twice.")
        self.attach_disks.append(name)
        return existing

    def from_vm_image(self, fields: RoleFields) -> tuple[OSVirtualHardDisk, str, bool]:
        """The OS disk, OS and whether generalized, of a machine made from a VM image."""
        name = fields.vm_image_name or ""
        image = find_vm_image(self.state, self.subscription_id, name)
        if image is None:
            raise bad_request(f"The VM image '{name}' does not exist.")
        self.state.operations.require_unlocked(vm_image_lock(name))  # a capture is writing it
        if image.is_corrupted:
            raise bad_request(f"The VM image '{name}' is corrupted and cannot be used.")
        if not location_matches(image.location, self.location):
            raise bad_request(
                f"The VM image '{name}' is not available in the location {self.location} of the "
                "hosted service."
            )
        config = image.os_disk_configuration
        if config is None:
            raise bad_request(f"The VM image '{name}' has no OS disk.")
        if image.category != "User" and not fields.media_location:
            raise bad_request(
                f"MediaLocation is required to create a virtual machine from the published VM "
                f"image '{name}'."
            )
        if fields.media_location is not None:
            self.container = container_of(fields.media_location.rstrip("/") + "/x", "MediaLocation")
        else:
            self.container = container_of(config.media_link or "", "media link of the VM image")
        os = config.os or "Linux"
        os_name = self.disk_name()
        os_link = f"{self.container}/{os_name}.vhd"
        size = config.logical_disk_size_in_gb or DEFAULT_OS_DISK_GB
        self.new_disk(os_name, os_link, size, os=os, premium=bool(image.is_premium))
        for data in image.data_disk_configurations or []:
            data_name = self.disk_name()
            data_link = f"{self.container}/{data_name}.vhd"
            self.new_disk(data_name, data_link, data.logical_disk_size_in_gb)
            self.data_disks.append(
                DataVirtualHardDisk(
                    host_caching=data.host_caching or "None",
                    disk_name=data_name,
                    lun=data.lun or 0,
                    logical_disk_size_in_gb=data.logical_disk_size_in_gb,
                    media_link=data_link,
                    io_type=data.io_type or "Standard",
                )
            )
        os_disk = OSVirtualHardDisk(
            host_caching=config.host_caching or "ReadWrite",
            disk_name=os_name,
            media_link=os_link,
            os=config.os,
            io_type=config.io_type or "Standard",
        )
        return os_disk, os, (config.os_state or "Generalized") == "Generalized"

    def from_os_disk(self, disk: OSVirtualHardDisk) -> tuple[OSVirtualHardDisk, str, bool]:
        """The OS disk, OS and whether generalized, of a machine made from an OS disk."""
        if disk.source_image_name is None and disk.remote_source_image_link is None:
            if not disk.disk_name:
                raise bad_request(
                    "OSVirtualHardDisk must name a SourceImageName, a RemoteSourceImageLink or "
                    "an existing DiskName."
                )
            existing = self.existing_disk(disk.disk_name, os_disk=True)
            self.container = container_of(existing.media_link or "", "media link of the disk")
            os_disk = OSVirtualHardDisk(
                host_caching=disk.host_caching or "ReadWrite",
                disk_label=existing.label,
                disk_name=existing.name,
                media_link=existing.media_link,
                source_image_name=existing.source_image_name,
                os=existing.os,
                io_type=existing.io_type or "Standard",
            )
            return os_disk, existing.os or "", False
        if disk.source_image_name is not None and disk.remote_source_image_link is not None:
            raise bad_request("Specify either SourceImageName or RemoteSourceImageLink, not both.")
        size, premium = DEFAULT_OS_DISK_GB, False
        if disk.source_image_name is not None:
            image = find_os_image(self.state, self.subscription_id, disk.source_image_name)
            if image is None:
                raise bad_request(f"The image {disk.source_image_name} does not exist.")
            if not location_matches(image.location, self.location):
                raise bad_request(
                    f"The image {disk.source_image_name} is not available in the location "
                    f"{self.location} of the hosted service."
                )
            os = image.os or disk.os or "Linux"
            generalized = (image.os_state or "Generalized") == "Generalized"
            size = image.logical_size_in_gb or DEFAULT_OS_DISK_GB
            premium = bool(image.is_premium)
        else:
            container_of(disk.remote_source_image_link or "", "RemoteSourceImageLink")
            if disk.os not in ("Linux", "Windows"):
                raise bad_request("OS (Linux or Windows) is required with a RemoteSourceImageLink.")
            os, generalized = disk.os, True
        if disk.resized_size_in_gb is not None:
            if not size <= disk.resized_size_in_gb <= MAX_DISK_GB:
                raise bad_request(
                    f"ResizedSizeInGB must be between the image size ({size} GB) and 1023 GB."
                )
            size = disk.resized_size_in_gb
        if not disk.media_link:
            raise bad_request("MediaLink is required for an OS disk created from an image.")
        self.container = container_of(disk.media_link, "MediaLink")
        name = self.claim(disk.disk_name)
        check_blob(self.repository.values(), disk.media_link, "MediaLink")
        self.new_disk(
            name,
            disk.media_link,
            size,
            os=os,
            label=disk.disk_label,
            source_image_name=disk.source_image_name,
            premium=premium,
        )
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
        return os_disk, os, generalized

    def data(
        self, requested: list[DataVirtualHardDisk], size: RoleSizeSpec
    ) -> list[DataVirtualHardDisk]:
        """The machine's data disks: the image's and the requested ones, by LUN."""
        result = list(self.data_disks)
        luns = {disk.lun or 0 for disk in result}
        for disk in requested:
            lun = disk.lun or 0
            if lun in luns:
                raise bad_request(f"Two data disks cannot use the same LUN ({lun}).")
            luns.add(lun)
            new_empty = disk.source_media_link is None and disk.logical_disk_size_in_gb is not None
            if disk.disk_name and disk.source_media_link is None and not new_empty:
                existing = self.existing_disk(disk.disk_name, os_disk=False)
                label, name, link = existing.label, existing.name or "", existing.media_link or ""
                gigabytes, io_type = existing.logical_disk_size_in_gb, existing.io_type
            else:
                gigabytes, label, io_type = disk.logical_disk_size_in_gb, disk.disk_label, None
                link = disk.source_media_link or ""
                if disk.source_media_link is None:
                    if gigabytes is None or not 1 <= gigabytes <= MAX_DISK_GB:
                        raise bad_request(
                            "LogicalDiskSizeInGB (1 to 1023) is required for a new empty data disk."
                        )
                    link = disk.media_link or ""
                name = self.claim(disk.disk_name)
                link = link or f"{self.container}/{name}.vhd"
                check_blob([*self.repository.values(), *self.new_disks], link, "MediaLink")
                self.new_disk(name, link, gigabytes, label=label)
            result.append(
                DataVirtualHardDisk(
                    host_caching=disk.host_caching or "None",
                    disk_label=label,
                    disk_name=name,
                    lun=lun,
                    logical_disk_size_in_gb=gigabytes,
                    media_link=link,
                    io_type=io_type or "Standard",
                )
            )
        check_disk_count(size, len(result))
        return sorted(result, key=lambda disk: disk.lun or 0)


def split_configuration_sets(
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
    return config.computer_name


def check_provisioning(
    provisioning: LinuxConfigurationSet | WindowsConfigurationSet | None, os: str, role_name: str
) -> str:
    """Check the provisioning set of a machine from a generalized image; its host name."""
    if provisioning is None:
        raise bad_request(
            "A LinuxProvisioningConfiguration or WindowsProvisioningConfiguration set is "
            "required to create a virtual machine from a generalized image."
        )
    linux = isinstance(provisioning, LinuxConfigurationSet)
    if os.lower() != ("linux" if linux else "windows"):
        wanted, given = ("Windows", "Linux") if linux else ("Linux", "Windows")
        raise bad_request(
            f"The image holds a {os} operating system; use a {wanted}ProvisioningConfiguration "
            f"set, not {given}ProvisioningConfiguration."
        )
    custom_data = provisioning.custom_data
    if custom_data is not None and len(custom_data.encode()) > 64 * 1024:
        raise bad_request("CustomData must not exceed 64 KB.")
    if isinstance(provisioning, LinuxConfigurationSet):
        return _check_linux(provisioning)
    return _check_windows(provisioning)


def endpoints_of(
    network: NetworkConfigurationSet | None, others: list[PersistentVMRole], vip: str
) -> list[InstanceEndpoint]:
    """The machine's endpoints; 400 for a port another machine holds outside a shared set."""
    if network is None:
        return []
    taken: dict[tuple[int, str], str | None] = {}
    for role in others:
        for item in role.configuration_sets or []:
            if isinstance(item, NetworkConfigurationSet):
                for endpoint in item.input_endpoints or []:
                    key = (endpoint.port or 0, (endpoint.protocol or "").lower())
                    taken[key] = endpoint.load_balanced_endpoint_set_name
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
        key = (endpoint.port, protocol)
        if key in taken and (
            taken[key] is None or taken[key] != endpoint.load_balanced_endpoint_set_name
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


def public_extension_references(
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
    check_role_type(fields.role_type)
    size = role_size(fields.role_size or DEFAULT_ROLE_SIZE)
    provisioning, network = split_configuration_sets(fields.configuration_sets)
    # A role read from a request without <OSVirtualHardDisk> holds a blank fresh one.
    given_os_disk = None if is_blank(fields.os_virtual_hard_disk) else fields.os_virtual_hard_disk
    if fields.vm_image_name is not None and given_os_disk is not None:
        raise bad_request("Specify either OSVirtualHardDisk or VMImageName, not both.")
    attached = AttachedTo(
        hosted_service_name=service_name, deployment_name=deployment_name, role_name=role_name
    )
    planner = DiskPlanner(state, subscription_id, service, attached, moment)
    if fields.vm_image_name is not None:
        os_disk, os, generalized = planner.from_vm_image(fields)
    elif given_os_disk is not None:
        os_disk, os, generalized = planner.from_os_disk(given_os_disk)
    else:
        raise bad_request("Either OSVirtualHardDisk or VMImageName must be specified.")
    host_name = check_provisioning(provisioning, os, role_name) if generalized else role_name
    data_disks = planner.data(list(fields.data_virtual_hard_disks or []), size)
    role = PersistentVMRole(
        role_name=role_name,
        os_version="",
        role_type="PersistentVMRole",
        configuration_sets=[network] if network is not None else [],
        resource_extension_references=public_extension_references(
            fields.resource_extension_references
        ),
        vm_image_name=fields.vm_image_name,
        media_location=fields.media_location,
        availability_set_name=fields.availability_set_name,
        data_virtual_hard_disks=data_disks,
        os_virtual_hard_disk=os_disk,
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
        instance_endpoints=endpoints_of(network, siblings, vip),
        power_state="Starting",
        host_name=host_name,
    )
    return VirtualMachinePlan(role, instance, planner.new_disks, planner.attach_disks)


def check_role_type(role_type: str | None) -> None:
    if role_type not in (None, "PersistentVMRole"):
        raise bad_request(
            f"The role type '{role_type}' is not valid; virtual machines are PersistentVMRole."
        )


def check_disk_count(size: RoleSizeSpec, count: int) -> None:
    if count > size.max_data_disk_count:
        raise bad_request(
            f"The maximum number of data disks allowed to be attached to a role of size "
            f"{size.name} is {size.max_data_disk_count}."
        )


def role_size(name: str) -> RoleSizeSpec:
    """The role size ``name``, or 400."""
    size = find_role_size(name)
    if size is None:
        raise bad_request(
            f"The role size '{name}' is not valid. Use one of the sizes returned by List Role "
            "Sizes."
        )
    return size


def commit_virtual_machine(
    state: State,
    subscription_id: str,
    service_name: str,
    deployment: Deployment,
    plan: VirtualMachinePlan,
) -> None:
    """Add the planned machine to ``deployment`` and its disks to the repository."""
    repository = state.backend(subscription_id).disks
    for disk in plan.new_disks:
        repository[disk.name or ""] = disk
    for name in plan.attach_disks:
        repository[name].attached_to = AttachedTo(
            hosted_service_name=service_name,
            deployment_name=deployment.name,
            role_name=plan.role.role_name,
        )
    assign_ip(deployment, plan.instance)
    deployment.role_list = [*(deployment.role_list or []), plan.role]
    deployment.role_instance_list = [*(deployment.role_instance_list or []), plan.instance]


def release_role_disks(
    state: State, subscription_id: str, role: PersistentVMRole, *, delete: bool
) -> None:
    """Detach the disks of a removed machine, or delete them (``comp=media``)."""
    repository = state.backend(subscription_id).disks
    names = [role.os_virtual_hard_disk.disk_name] if role.os_virtual_hard_disk else []
    names += [disk.disk_name for disk in role.data_virtual_hard_disks or []]
    for name in names:
        if name is None or name not in repository:
            continue
        if delete:
            del repository[name]
        else:
            repository[name].attached_to = None


def deployment_vip(service_name: str, *, first: str = "23", base: int = 96) -> str:
    """A stable public-looking virtual IP for a service's deployment (or staging slot)."""
    value = zlib.crc32(service_name.lower().encode())
    return f"{first}.{base + value % 8}.{(value >> 8) % 256}.{1 + (value >> 16) % 254}"
