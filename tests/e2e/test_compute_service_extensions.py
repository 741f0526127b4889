"""End to end: cloud service extensions and the extension image catalogue.

add / get / list / delete extensions of a cloud service (the private configuration never
answered), the available images and their versions, and an image registered, updated and
unregistered by its publisher, with ASM's refusals.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from azure_asm import ExtensionEndpointConfiguration, ExtensionImage, ExtensionInputEndpoint
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

pytestmark = pytest.mark.e2e

RDP = ("Microsoft.Windows.Azure.Extensions", "RDP")


@pytest.fixture
def client(asm_emulator):
    client = asm_emulator.new_client(strict=True)
    client.create_hosted_service("svc", "svc", location="West US")
    return client


def test_add_get_list_delete_service_extension(client):
    operation = client.add_service_extension(
        "svc",
        *RDP,
        "RDP-1",
        public_configuration="<PublicConfig><UserName>me</UserName></PublicConfig>",
        private_configuration="<PrivateConfig><Password>s3cret</Password></PrivateConfig>",
    )
    operation.result(timeout=10)
    extension = client.get_service_extension("svc", "rdp-1")
    assert (extension.id, extension.type, extension.version) == ("RDP-1", "RDP", "1.2.1")
    assert extension.public_configuration == "<PublicConfig><UserName>me</UserName></PublicConfig>"
    client.add_service_extension(
        "svc", "microsoft.azure.diagnostics", "PaaSDiagnostics", "diag", version="1.*"
    ).result(10)
    assert [(e.id, e.version) for e in client.list_service_extensions("svc")] == [
        ("RDP-1", "1.2.1"),
        ("diag", "1.*"),
    ]
    client.delete_service_extension("svc", "RDP-1").result(timeout=10)
    assert [e.id for e in client.list_service_extensions("svc")] == ["diag"]
    with pytest.raises(ResourceNotFoundError):
        client.get_service_extension("svc", "RDP-1")


def test_service_extension_refusals(client):
    client.add_service_extension("svc", *RDP, "RDP-1").result(timeout=10)
    with pytest.raises(ConflictError, match="already exists"):
        client.add_service_extension("svc", *RDP, "rdp-1")
    with pytest.raises(BadRequestError, match="not available"):
        client.add_service_extension("svc", "Contoso", "Nothing", "x")
    with pytest.raises(ResourceNotFoundError):
        client.add_service_extension("nosvc", *RDP, "RDP-1")
    with pytest.raises(ResourceNotFoundError):
        client.list_service_extensions("nosvc")
    with pytest.raises(ResourceNotFoundError):
        client.delete_service_extension("svc", "nope")


def test_extension_image_catalogue(client):
    available = {
        (i.provider_namespace, i.type): i.version for i in client.list_available_extensions()
    }
    assert available[RDP] == "1.2.1"
    assert [i.version for i in client.list_extension_versions(*RDP)] == ["1.2.0", "1.2.1"]
    assert client.list_extension_versions("Contoso", "Nothing") == []
    assert client.list_publisher_extensions() == []


def image(version: str, **fields) -> ExtensionImage:
    return ExtensionImage(
        provider_namespace="Contoso.Extensions",
        type="Monitor",
        version=version,
        label="Contoso monitor",
        hosting_resources="WebRole|WorkerRole",
        endpoints=ExtensionEndpointConfiguration(
            input_endpoints=[ExtensionInputEndpoint("monitor", "tcp", 8080, "*")]
        ),
        sample_config="<Config/>",
        published_date=datetime(2017, 1, 1, tzinfo=UTC),
        is_internal_extension=False,
        **fields,
    )


def test_register_update_unregister_extension_image(client):
    client.register_extension_image(image("1.0")).result(timeout=10)
    [mine] = client.list_publisher_extensions()
    assert (mine.type, mine.version, mine.sample_config) == ("Monitor", "1.0", "<Config/>")
    assert mine.endpoints.input_endpoints[0].port == 8080
    assert ("Contoso.Extensions", "Monitor") in {
        (i.provider_namespace, i.type) for i in client.list_available_extensions()
    }
    client.add_service_extension("svc", "Contoso.Extensions", "Monitor", "mon").result(10)
    with pytest.raises(ConflictError):
        client.register_extension_image(image("1.0"))

    client.update_extension_image(image("1.0", description="now described")).result(10)
    assert client.list_extension_versions("Contoso.Extensions", "Monitor")[0].description == (
        "now described"
    )
    with pytest.raises(ResourceNotFoundError):
        client.update_extension_image(image("2.0"))

    client.unregister_extension_image("Contoso.Extensions", "Monitor", "1.0").result(10)
    assert client.list_publisher_extensions() == []
    with pytest.raises(ResourceNotFoundError):
        client.unregister_extension_image("Contoso.Extensions", "Monitor", "1.0")
    with pytest.raises(ResourceNotFoundError):
        client.unregister_extension_image(*RDP, "1.2.1")  # published by Microsoft, not by us


def test_extensions_go_with_their_cloud_service(client):
    client.add_service_extension("svc", *RDP, "RDP-1").result(timeout=10)
    client.delete_hosted_service("svc").result(timeout=10)
    client.create_hosted_service("svc", "svc", location="West US")
    assert client.list_service_extensions("svc") == []
