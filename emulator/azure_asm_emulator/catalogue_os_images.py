"""Platform operating system images (category Public), as ``list_os_images`` shows them.

Modelled on real ASM answers (``tests/fixtures/libcloud/services_images.xml``): names
are ``<publisher id>__<image>``, labels and descriptions are the publishers' own, sizes are
30 GB for Linux and 128 GB for Windows. Two liberties: every image is offered in every
location of ``catalogue_locations`` (so that any location a test picks can run any image),
and each carries a media link (ASM sends none for platform images; the seed walkthrough
prints one for every image), under a fictitious ``azurevmimages`` account.

``PLATFORM_IMAGE_NAMES`` lists the names; ``platform_image(name)`` builds a fresh ``OSImage``
model (callers may change it freely), ``platform_images()`` all of them in catalogue order.
"""

from __future__ import annotations

import datetime
from typing import Any

from azure_asm.models import OSImage

from .catalogue_locations import KNOWN_LOCATIONS

PLATFORM_MEDIA_PREFIX = "https://azurevmimages.blob.core.windows.net/images/"

_ALL_LOCATIONS = ";".join(KNOWN_LOCATIONS)
_UBUNTU_EULA = (
    "http://www.ubuntu.com/project/about-ubuntu/licensing;"
    "http://www.ubuntu.com/aboutus/privacypolicy"
)


def _date(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


_IMAGES: tuple[dict[str, Any], ...] = (
    {
        "name": "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd",
        "label": "OpenLogic CentOS 6.2",
        "os": "Linux",
        "logical_size_in_gb": 30,
        "eula": "http://www.openlogic.com/azure/service-agreement/",
        "description": "This distribution of Linux is based on CentOS version 6.2 and is provided "
        "by OpenLogic. It contains an installation of the Basic Server packages.",
        "image_family": "OpenLogic CentOS 6",
        "published_date": _date("2012-05-31T00:00:00"),
        "icon_uri": "CentOS6_100.png",
        "small_icon_uri": "CentOS6_45.png",
        "publisher_name": "OpenLogic",
    },
    {
        "name": "5112500ae3b842c8b9c604889f8753c3__OpenLogic-CentOS-65-20140415",
        "label": "OpenLogic",
        "os": "Linux",
        "logical_size_in_gb": 30,
        "eula": "http://www.openlogic.com/azure/service-agreement/",
        "description": "This distribution of Linux is based on CentOS version 6.5 and is provided "
        "by OpenLogic. It contains an installation of the Basic Server packages.",
        "image_family": "OpenLogic CentOS 6",
        "published_date": _date("2014-04-15T00:00:00"),
        "icon_uri": "CentOS6_100.png",
        "small_icon_uri": "CentOS6_45.png",
        "publisher_name": "OpenLogic",
    },
    {
        "name": "b39f27a8b8c64d52b05eac6a62ebad85__"
        "Ubuntu-12_04_4-LTS-amd64-server-20140514-en-us-30GB",
        "label": "Ubuntu Server 12.04.4 LTS",
        "os": "Linux",
        "logical_size_in_gb": 30,
        "eula": _UBUNTU_EULA,
        "description": "Ubuntu Server 12.04.4 LTS (amd64 20140514) for Windows Azure. Ubuntu "
        "Server is the world's most popular Linux for cloud environments. Updates and patches "
        "for Ubuntu 12.04.4 LTS will be available until 2017-04-26.",
        "image_family": "Ubuntu Server 12.04 LTS",
        "show_in_gui": True,
        "published_date": _date("2014-05-15T00:00:00"),
        "icon_uri": "Ubuntu-cof-100.png",
        "small_icon_uri": "Ubuntu-cof-45.png",
        "privacy_uri": "http://www.ubuntu.com/aboutus/privacypolicy",
        "publisher_name": "Canonical",
    },
    {
        "name": "b4590d9e3ed742e4a1d46e5424aa335e__SUSE-Linux-Enterprise-Server-11-SP3-v202",
        "label": "SUSE Linux Enterprise Server 11 SP3",
        "os": "Linux",
        "logical_size_in_gb": 30,
        "eula": "http://www.novell.com/licensing/eula/",
        "description": "SUSE Linux Enterprise Server is a highly reliable, scalable and secure "
        "server operating system, built to power physical, virtual and cloud-based "
        "mission-critical workloads.",
        "image_family": "SUSE Linux Enterprise Server 11 SP3",
        "published_date": _date("2014-01-16T00:00:00"),
        "icon_uri": "Suse11_100.png",
        "small_icon_uri": "Suse11_45.png",
        "publisher_name": "SUSE",
    },
    {
        "name": "b4590d9e3ed742e4a1d46e5424aa335e__openSUSE-13.1-v101",
        "label": "openSUSE 13.1",
        "os": "Linux",
        "logical_size_in_gb": 30,
        "eula": "",
        "description": "openSUSE 13.1 brings updated desktop environments and software, lot of "
        "polishing, a brand new KDE theme, complete systemd integration and many other "
        "features.",
        "image_family": "openSUSE 13.1",
        "published_date": _date("2014-04-15T00:00:00"),
        "icon_uri": "OpenSuse12_100.png",
        "small_icon_uri": "OpenSuse12_45.png",
        "publisher_name": "SUSE",
    },
    {
        "name": "a699494373c04fc0bc8f2bb1389d6106__"
        "Win2K8R2SP1-Datacenter-201404.01-en.us-127GB.vhd",
        "label": "Windows Server 2008 R2 SP1, April 2014",
        "os": "Windows",
        "logical_size_in_gb": 128,
        "eula": "",
        "description": "Windows Server 2008 R2 is a multi-purpose server designed to increase "
        "the reliability and flexibility of your server or private cloud infrastructure, "
        "helping you to save time and reduce costs.",
        "image_family": "Windows Server 2008 R2 SP1",
        "published_date": _date("2014-04-17T00:00:00"),
        "icon_uri": "WindowsServer2008R2_100.png",
        "small_icon_uri": "WindowsServer2008R2_45.png",
        "publisher_name": "Microsoft Windows Server Group",
    },
    {
        "name": "a699494373c04fc0bc8f2bb1389d6106__"
        "Windows-Server-2012-Datacenter-201404.01-en.us-127GB.vhd",
        "label": "Windows Server 2012 Datacenter, April 2014",
        "os": "Windows",
        "logical_size_in_gb": 128,
        "eula": "",
        "description": "Windows Server 2012 incorporates Microsoft's experience building and "
        "operating public clouds, resulting in a dynamic, highly available server platform.",
        "image_family": "Windows Server 2012 Datacenter",
        "published_date": _date("2014-04-17T00:00:00"),
        "icon_uri": "WindowsServer2012_100.png",
        "small_icon_uri": "WindowsServer2012_45.png",
        "publisher_name": "Microsoft Windows Server Group",
    },
    {
        "name": "a699494373c04fc0bc8f2bb1389d6106__"
        "Windows-Server-2012-R2-201404.01-en.us-127GB.vhd",
        "label": "Windows Server 2012 R2 Datacenter, April 2014",
        "os": "Windows",
        "logical_size_in_gb": 128,
        "eula": "",
        "description": "At the heart of the Microsoft Cloud OS vision, Windows Server 2012 R2 "
        "brings Microsoft's experience delivering global-scale cloud services into your "
        "infrastructure.",
        "image_family": "Windows Server 2012 R2 Datacenter",
        "published_date": _date("2014-04-17T00:00:00"),
        "icon_uri": "WindowsServer2012R2_100.png",
        "small_icon_uri": "WindowsServer2012R2_45.png",
        "publisher_name": "Microsoft Windows Server Group",
    },
)

PLATFORM_IMAGE_NAMES: tuple[str, ...] = tuple(image["name"] for image in _IMAGES)
"""Names of every platform image, in ``list_os_images`` order."""

_BY_NAME = {image["name"]: image for image in _IMAGES}


def platform_image(name: str) -> OSImage | None:
    """A fresh ``OSImage`` for the platform image ``name`` (exact name), or None."""
    data = _BY_NAME.get(name)
    if data is None:
        return None
    return OSImage(
        category="Public",
        location=_ALL_LOCATIONS,
        media_link=PLATFORM_MEDIA_PREFIX + name,
        is_premium=False,
        os_state="Generalized",
        **data,
    )


def platform_images() -> list[OSImage]:
    """Fresh ``OSImage`` models of every platform image, in catalogue order."""
    images = [platform_image(name) for name in PLATFORM_IMAGE_NAMES]
    return [image for image in images if image is not None]
