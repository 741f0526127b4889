"""Fixed compute catalogues of the emulator: role sizes and published VM images.

Data only, as ASM publishes it (numbers from the 2014-2015 size tables). Every function
returns fresh generated model instances, so that a handler changing one cannot change what
the next request sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from azure_asm.models import DataDiskConfiguration, OSDiskConfiguration, RoleSize, VMImage

from .catalogue_locations import KNOWN_LOCATIONS


@dataclass(frozen=True)
class RoleSizeSpec:
    """One row of the role size table."""

    name: str
    cores: int
    memory_in_mb: int
    max_data_disk_count: int
    virtual_machine_resource_disk_size_in_mb: int
    web_worker_resource_disk_size_in_mb: int | None  # None: not offered to web/worker roles

    @property
    def label(self) -> str:
        return f"{self.name} ({self.cores} cores, {self.memory_in_mb} MB)"

    def to_model(self) -> RoleSize:
        return RoleSize(
            name=self.name,
            label=self.label,
            cores=self.cores,
            memory_in_mb=self.memory_in_mb,
            supported_by_web_worker_roles=self.web_worker_resource_disk_size_in_mb is not None,
            supported_by_virtual_machines=True,
            max_data_disk_count=self.max_data_disk_count,
            web_worker_resource_disk_size_in_mb=self.web_worker_resource_disk_size_in_mb or 0,
            virtual_machine_resource_disk_size_in_mb=self.virtual_machine_resource_disk_size_in_mb,
        )


ROLE_SIZES: tuple[RoleSizeSpec, ...] = (
    RoleSizeSpec("ExtraSmall", 1, 768, 1, 20480, 19480),
    RoleSizeSpec("Small", 1, 1792, 2, 71680, 229400),
    RoleSizeSpec("Medium", 2, 3584, 4, 138240, 500760),
    RoleSizeSpec("Large", 4, 7168, 8, 291840, 1023000),
    RoleSizeSpec("ExtraLarge", 8, 14336, 16, 619520, 2087960),
    RoleSizeSpec("A5", 2, 14336, 4, 138240, 500760),
    RoleSizeSpec("A6", 4, 28672, 8, 291840, 1023000),
    RoleSizeSpec("A7", 8, 57344, 16, 619520, 2087960),
    RoleSizeSpec("Basic_A0", 1, 768, 1, 20480, None),
    RoleSizeSpec("Basic_A1", 1, 1792, 2, 40960, None),
    RoleSizeSpec("Basic_A2", 2, 3584, 4, 61440, None),
    RoleSizeSpec("Basic_A3", 4, 7168, 8, 122880, None),
    RoleSizeSpec("Basic_A4", 8, 14336, 16, 245760, None),
    RoleSizeSpec("Standard_D1", 1, 3584, 2, 51200, 51200),
    RoleSizeSpec("Standard_D2", 2, 7168, 4, 102400, 102400),
    RoleSizeSpec("Standard_D3", 4, 14336, 8, 204800, 204800),
    RoleSizeSpec("Standard_D4", 8, 28672, 16, 409600, 409600),
    RoleSizeSpec("Standard_D11", 2, 14336, 4, 102400, 102400),
    RoleSizeSpec("Standard_D12", 4, 28672, 8, 204800, 204800),
    RoleSizeSpec("Standard_D13", 8, 57344, 16, 409600, 409600),
    RoleSizeSpec("Standard_D14", 16, 114688, 32, 819200, 819200),
)
"""The sizes ``list_role_sizes`` answers, in ASM's order."""

DEFAULT_ROLE_SIZE = "Small"
"""The size ASM gives a virtual machine created without ``RoleSize``."""


def role_sizes() -> list[RoleSize]:
    """The role size catalogue as generated models."""
    return [spec.to_model() for spec in ROLE_SIZES]


def find_role_size(name: str) -> RoleSizeSpec | None:
    """The catalogue entry called ``name`` (ASM compares size names ignoring case)."""
    wanted = name.lower()
    return next((spec for spec in ROLE_SIZES if spec.name.lower() == wanted), None)


def virtual_machine_role_sizes() -> list[str]:
    return [spec.name for spec in ROLE_SIZES]


def web_worker_role_sizes() -> list[str]:
    return [spec.name for spec in ROLE_SIZES if spec.web_worker_resource_disk_size_in_mb]


_PUBLISHED = datetime(2015, 2, 10, tzinfo=UTC)
_ALL_LOCATIONS = ";".join(KNOWN_LOCATIONS)


def published_vm_images() -> list[VMImage]:
    """VM images published by Microsoft and partners (category ``Public``), fresh models."""
    return [
        VMImage(
            name=(
                "fb83b3509582419d99629ce476bcb5c8__SQL-Server-2014-RTM-12.0.2430.0-OLTP-ENU-"
                "Windows-Server-2012-R2"
            ),
            label="SQL Server 2014 RTM Enterprise Optimized for Transactional Workloads",
            category="Public",
            description="SQL Server 2014 Enterprise on Windows Server 2012 R2, with data disks "
            "laid out for transactional workloads.",
            os_disk_configuration=OSDiskConfiguration(
                name="SQL-Server-2014-OLTP-os",
                host_caching="ReadWrite",
                os_state="Generalized",
                os="Windows",
                logical_disk_size_in_gb=127,
                io_type="Standard",
            ),
            data_disk_configurations=[
                DataDiskConfiguration(
                    name="SQL-Server-2014-OLTP-data-0",
                    host_caching="None",
                    lun=0,
                    logical_disk_size_in_gb=1023,
                    io_type="Standard",
                ),
                DataDiskConfiguration(
                    name="SQL-Server-2014-OLTP-log-1",
                    host_caching="None",
                    lun=1,
                    logical_disk_size_in_gb=1023,
                    io_type="Standard",
                ),
            ],
            location=_ALL_LOCATIONS,
            created_time=_PUBLISHED,
            modified_time=_PUBLISHED,
            language="English",
            image_family="SQL Server 2014 RTM Enterprise Optimized for Transactional Workloads",
            recommended_vm_size="Large",
            is_premium=True,
            eula="http://go.microsoft.com/fwlink/?LinkID=286720",
            icon_uri="Microsoft_SQL_Server_2014_100.png",
            small_icon_uri="Microsoft_SQL_Server_2014_45.png",
            privacy_uri="http://go.microsoft.com/fwlink/?LinkID=286720",
            publisher_name="Microsoft SQL Server Group",
            pricing_detail_link="http://go.microsoft.com/fwlink/?LinkId=280207",
            published_date=_PUBLISHED,
            show_in_gui=True,
            vm_image_state="VMImageReadyForUse",
            is_corrupted=False,
        ),
        VMImage(
            name=(
                "03f55de797f546a1b29d1b8d66be687a__Visual-Studio-2013-Community-12.0.31101.0-"
                "AzureSDK-2.5-WS2012R2"
            ),
            label="Visual Studio Community 2013 Update 4 with Azure SDK 2.5 on Windows Server "
            "2012 R2",
            category="Public",
            description="Visual Studio Community 2013 with the Azure SDK 2.5.",
            os_disk_configuration=OSDiskConfiguration(
                name="Visual-Studio-2013-Community-os",
                host_caching="ReadWrite",
                os_state="Generalized",
                os="Windows",
                logical_disk_size_in_gb=127,
                io_type="Standard",
            ),
            data_disk_configurations=[],
            location=_ALL_LOCATIONS,
            created_time=_PUBLISHED,
            modified_time=_PUBLISHED,
            language="English",
            image_family="Visual Studio Community 2013 on Windows Server 2012 R2",
            recommended_vm_size="Medium",
            is_premium=False,
            eula="http://www.visualstudio.com/support/legal/dn877550",
            privacy_uri="http://go.microsoft.com/fwlink/?LinkId=398715",
            publisher_name="Microsoft Visual Studio Group",
            published_date=_PUBLISHED,
            show_in_gui=True,
            vm_image_state="VMImageReadyForUse",
            is_corrupted=False,
        ),
        VMImage(
            name="b4590d9e3ed742e4a1d46e5424aa335e__Ubuntu-14_04_1-LTS-amd64-docker-20150210",
            label="Ubuntu Server 14.04.1 LTS with Docker",
            category="Public",
            description="Ubuntu Server 14.04.1 LTS with the Docker engine installed.",
            os_disk_configuration=OSDiskConfiguration(
                name="Ubuntu-14_04_1-LTS-docker-os",
                host_caching="ReadWrite",
                os_state="Generalized",
                os="Linux",
                logical_disk_size_in_gb=30,
                io_type="Standard",
            ),
            data_disk_configurations=[],
            location=_ALL_LOCATIONS,
            created_time=_PUBLISHED,
            modified_time=_PUBLISHED,
            language="English",
            image_family="Ubuntu Server 14.04 LTS",
            recommended_vm_size="Small",
            is_premium=False,
            eula="http://www.ubuntu.com/project/about-ubuntu/licensing",
            privacy_uri="http://www.ubuntu.com/aboutus/privacypolicy",
            publisher_name="Canonical",
            published_date=_PUBLISHED,
            show_in_gui=True,
            vm_image_state="VMImageReadyForUse",
            is_corrupted=False,
        ),
    ]
