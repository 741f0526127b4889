"""The inputs of the benchmarks: response bodies built from real ASM answers, request arguments.

Response bodies are grown from the libcloud fixtures (real ASM answers, see
``tests/fixtures/libcloud/README.md``): one real ``<OSImage>`` repeated N times for
ListOSImages, the real ``<Deployment>`` with its role and role instance repeated for GetDeployment,
the real ``<HostedService>`` with its embedded deployment repeated for ListHostedServices. Copies
get distinct names so that nothing can be shared between them. ``ASM_BENCH_FIXTURES`` overrides
the fixture folder.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(
    os.environ.get("ASM_BENCH_FIXTURES", REPO / "tests" / "fixtures" / "libcloud")
).resolve()

IMAGES_FIXTURE = "services_images.xml"
DEPLOYMENT_FIXTURE = "services_hostedservices_dcoddkinztest01_deploymentslots_Production.xml"
HOSTED_SERVICE_FIXTURE = "services_hostedservices_dcoddkinztest01.xml"

_ROOT_ATTRS = (
    b' xmlns="http://schemas.microsoft.com/windowsazure"'
    b' xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
)


@cache
def fixture(name: str) -> bytes:
    path = FIXTURES / name
    if not path.is_file():
        raise SystemExit(f"bench: fixture {path} not found (set ASM_BENCH_FIXTURES)")
    return path.read_bytes()


def _first(pattern: bytes, data: bytes) -> bytes:
    match = re.search(pattern, data, re.S)
    if match is None:
        raise SystemExit(f"bench: {pattern!r} not found in the fixture")
    return match.group()


def _renamed(template: bytes, tag: bytes, old: bytes, new: bytes) -> bytes:
    return template.replace(b"<%s>%s</%s>" % (tag, old, tag), b"<%s>%s</%s>" % (tag, new, tag))


def os_image_element() -> bytes:
    """The first real ``<OSImage>`` of the ListOSImages fixture (745 bytes, 17 fields)."""
    return _first(rb"<OSImage>.*?</OSImage>", fixture(IMAGES_FIXTURE))


def list_os_images_body(count: int) -> bytes:
    """A ListOSImages answer with ``count`` copies of the real image, each with its own name."""
    image = os_image_element()
    name = _first(rb"(?<=<Name>)[^<]*(?=</Name>)", image)
    parts = [b"<Images" + _ROOT_ATTRS + b">"]
    for index in range(count):
        parts.append(_renamed(image, b"Name", name, name + b"-%d" % index))
    parts.append(b"</Images>")
    return b"".join(parts)


def real_list_os_images_body() -> bytes:
    """The real 242 KB ListOSImages answer as captured (300 images)."""
    return fixture(IMAGES_FIXTURE)


def deployment_body(roles: int) -> bytes:
    """A GetDeployment answer with ``roles`` virtual machines (role + role instance each)."""
    data = fixture(DEPLOYMENT_FIXTURE)
    instance = _first(rb"<RoleInstance>.*?</RoleInstance>", data)
    role = _first(rb'<Role i:type="PersistentVMRole">.*?</Role>', data)
    instances = b"".join(
        _renamed(
            _renamed(
                _renamed(instance, b"RoleName", b"dc03", b"vm%04d" % i),
                b"InstanceName",
                b"dc03",
                b"vm%04d" % i,
            ),
            b"HostName",
            b"dc03",
            b"vm%04d" % i,
        )
        for i in range(roles)
    )
    role_list = b"".join(_renamed(role, b"RoleName", b"dc03", b"vm%04d" % i) for i in range(roles))
    data = re.sub(
        rb"<RoleInstanceList>.*</RoleInstanceList>",
        lambda _: b"<RoleInstanceList>" + instances + b"</RoleInstanceList>",
        data,
        count=1,
        flags=re.S,
    )
    return re.sub(
        rb"<RoleList>.*</RoleList>",
        lambda _: b"<RoleList>" + role_list + b"</RoleList>",
        data,
        count=1,
        flags=re.S,
    )


def list_hosted_services_body(count: int) -> bytes:
    """A ListHostedServices answer: ``count`` real services, each with its deployment embedded."""
    service = fixture(HOSTED_SERVICE_FIXTURE)
    service = re.sub(rb"^<HostedService[^>]*>", b"<HostedService>", service.strip())
    parts = [b"<HostedServices" + _ROOT_ATTRS + b">"]
    for index in range(count):
        parts.append(_renamed(service, b"ServiceName", b"dcoddkinztest01", b"svc%04d" % index))
    parts.append(b"</HostedServices>")
    return b"".join(parts)


# --- request arguments (plain values shared by every contender) ------------------------------

HOSTED_SERVICE_ARGS = {
    "service_name": "contoso-web-prod",
    "label": "Contoso web front end (production)",
    "description": "Front-end web servers of the Contoso storefront, West US",
    "location": "West US",
    "extended_properties": {"owner": "web-team", "cost-center": "4711"},
}

VM_ARGS = {
    "service_name": "contoso-web-prod",
    "deployment_name": "contoso-web-prod",
    "deployment_slot": "Production",
    "label": "contoso-web-prod",
    "role_name": "web01",
    "host_name": "web01",
    "user_name": "azureuser",
    "user_password": "Pa55w0rd!Contoso",
    "disable_ssh_password_authentication": False,
    "custom_data": "#cloud-config\npackages:\n  - nginx\n",
    "ssh_key_fingerprint": "2A6D3D5F4E9C7B8A1D0E2F3C4B5A69788796A5B4",
    "image": (
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_4-LTS-amd64-server-20160516-en-us-30GB"
    ),
    "os_media_link": "https://contosovhds.blob.core.windows.net/vhds/web01-os.vhd",
    "endpoints": [("SSH", "tcp", 22, 22), ("HTTP", "tcp", 80, 80), ("HTTPS", "tcp", 443, 443)],
    "subnet": "frontend",
    "data_disks": [
        (f"https://contosovhds.blob.core.windows.net/vhds/web01-data{i}.vhd", f"data{i}", i, 128)
        for i in range(4)
    ],
    "role_size": "Medium",
    "virtual_network_name": "contoso-vnet",
}
