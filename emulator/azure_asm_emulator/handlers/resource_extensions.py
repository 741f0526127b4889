"""The VM extension catalogue (``/services/resourceextensions``): a fixed list of the common
extensions of the time, each in a few versions.

``list_resource_extensions`` answers the latest version of every extension;
``list_resource_extension_versions`` every version of one (publisher and name compared ignoring
case), and 404 ``ResourceNotFound`` for an extension the catalogue does not have. Every answer
is built fresh, so nothing a caller does to one changes the next.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from azure_asm.models import ResourceExtension

from .spec_io import Call, SpecRouter, not_found

router = SpecRouter()


@dataclass(frozen=True)
class ExtensionSpec:
    """One extension of the catalogue and its versions, oldest first."""

    publisher: str
    name: str
    label: str
    description: str
    company: str
    supported_os: str
    homepage: str
    versions: tuple[tuple[str, datetime.date], ...]
    is_json: bool = True

    def model(self, version: str, published: datetime.date) -> ResourceExtension:
        return ResourceExtension(
            publisher=self.publisher,
            name=self.name,
            version=version,
            label=self.label,
            description=self.description,
            public_configuration_schema="",
            private_configuration_schema="",
            replication_completed=True,
            eula=f"{self.homepage}/eula",
            privacy_uri=f"{self.homepage}/privacy",
            homepage_uri=self.homepage,
            is_json_extension=self.is_json,
            is_internal_extension=False,
            disallow_major_version_upgrade=False,
            company_name=self.company,
            supported_os=self.supported_os,
            published_date=datetime.datetime.combine(published, datetime.time(), datetime.UTC),
            regions="",
        )


def _d(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


CATALOGUE: tuple[ExtensionSpec, ...] = (
    ExtensionSpec(
        "Microsoft.Compute",
        "BGInfo",
        "BGInfo Extension",
        "Shows basic information about the virtual machine on its desktop background.",
        "Microsoft",
        "Windows",
        "https://www.microsoft.com/extensions/bginfo",
        (("1.1", _d("2014-03-20")), ("2.1", _d("2015-03-05"))),
    ),
    ExtensionSpec(
        "Microsoft.Compute",
        "CustomScriptExtension",
        "Custom Script Extension",
        "Downloads and runs scripts on Windows virtual machines.",
        "Microsoft",
        "Windows",
        "https://www.microsoft.com/extensions/customscript",
        (("1.3", _d("2014-12-01")), ("1.4", _d("2015-04-15"))),
    ),
    ExtensionSpec(
        "Microsoft.Compute",
        "VMAccessAgent",
        "VM Access Agent",
        "Resets the administrator account or the remote desktop settings of a Windows machine.",
        "Microsoft",
        "Windows",
        "https://www.microsoft.com/extensions/vmaccess",
        (("2.0", _d("2014-07-17")),),
    ),
    ExtensionSpec(
        "Microsoft.OSTCExtensions",
        "CustomScriptForLinux",
        "Custom Script Extension for Linux",
        "Downloads and runs scripts on Linux virtual machines.",
        "Microsoft Open Source Technology Center",
        "Linux",
        "https://github.com/Azure/azure-linux-extensions",
        (("1.1", _d("2014-10-13")), ("1.2", _d("2015-01-20")), ("1.3", _d("2015-05-10"))),
    ),
    ExtensionSpec(
        "Microsoft.OSTCExtensions",
        "VMAccessForLinux",
        "VM Access for Linux",
        "Resets the password or SSH key of a Linux user and the SSH configuration.",
        "Microsoft Open Source Technology Center",
        "Linux",
        "https://github.com/Azure/azure-linux-extensions",
        (("1.1", _d("2014-09-01")), ("1.2", _d("2015-02-11"))),
    ),
)


def find_extension(publisher: str, name: str) -> ExtensionSpec | None:
    """The catalogue entry of ``publisher``/``name`` (ignoring case), or None."""
    key = (publisher.lower(), name.lower())
    return next(
        (ext for ext in CATALOGUE if (ext.publisher.lower(), ext.name.lower()) == key), None
    )


@router.handles("list_resource_extensions")
def list_resource_extensions(call: Call[None]) -> list[ResourceExtension]:
    return [ext.model(*ext.versions[-1]) for ext in CATALOGUE]


@router.handles("list_resource_extension_versions")
def list_resource_extension_versions(call: Call[None]) -> list[ResourceExtension]:
    publisher, name = call.param("publisher_name"), call.param("extension_name")
    extension = find_extension(publisher, name)
    if extension is None:
        raise not_found(f"The resource extension {publisher}/{name} does not exist.")
    return [extension.model(version, published) for version, published in extension.versions]
