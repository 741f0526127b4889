"""Cloud service extensions and the extension image catalogue.

Extensions of a cloud service live in ``state.resources(sub, "service_extensions")``: service
name (lower-cased) -> (the service, ``Collection`` of ``ServiceExtension`` by id, ignoring
case), so that they go with the service. Adding one
needs the service (404), an extension image of that namespace and type available to the
subscription (400) and a new id (409); the image's latest version is taken when none is given.
The private configuration is never stored. Add and delete are long-running.

Extension images: the published ones (``PUBLISHED``) and those the subscription registered as
their publisher (``state.resources(sub, "extension_images")``, keyed by namespace, type and
version lower-cased). Registering a version that exists is 409; updating or unregistering one
the subscription did not register, 404. The available list shows each image's latest version,
the subscription's own internal images hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from azure_asm.models import ExtensionImage, ServiceExtension, ServiceExtensionInput

from ..backend import Collection
from ..errors import bad_request
from ..routing import Response
from ..state import State
from .resource_core import PlainResource, serve
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

_RELEASED = datetime(2016, 6, 1, tzinfo=UTC)
PUBLISHED = tuple(
    ExtensionImage(
        provider_namespace=namespace,
        type=kind,
        version=version,
        label=label,
        hosting_resources="WebRole|WorkerRole",
        description=label,
        publisher_name="Microsoft",
        published_date=_RELEASED,
        is_internal_extension=False,
        replication_completed=True,
        is_json_extension=json,
        supported_os="Windows",
    )
    for namespace, kind, version, label, json in (
        ("Microsoft.Windows.Azure.Extensions", "RDP", "1.2.0", "Remote Desktop", False),
        ("Microsoft.Windows.Azure.Extensions", "RDP", "1.2.1", "Remote Desktop", False),
        ("Microsoft.Azure.Security", "PaaSAntimalware", "1.5.5.9", "Antimalware", True),
        ("Microsoft.Azure.Diagnostics", "PaaSDiagnostics", "1.9.0.0", "Diagnostics", True),
    )
)


def _key(image: ExtensionImage) -> str:
    return f"{image.provider_namespace}/{image.type}/{image.version}".lower()


def _own(state: State, subscription_id: str) -> dict[str, ExtensionImage]:
    return state.resources(subscription_id, "extension_images")


def _images(state: State, subscription_id: str) -> list[ExtensionImage]:
    return [*PUBLISHED, *_own(state, subscription_id).values()]


def _versions(
    state: State, subscription_id: str, namespace: str, kind: str
) -> list[ExtensionImage]:
    wanted = (namespace.lower(), kind.lower())
    return [
        image
        for image in _images(state, subscription_id)
        if ((image.provider_namespace or "").lower(), (image.type or "").lower()) == wanted
    ]


def _extensions(call: Call[Any]) -> Collection[ServiceExtension]:
    """The extensions of the path's service; a service deleted and created again has none."""
    name = call.param("service_name")
    service = call.backend.hosted_services.get_or_404(name)
    table: dict[str, tuple[object, Collection[ServiceExtension]]] = call.state.resources(
        call.subscription_id, "service_extensions"
    )
    owner, extensions = table.get(name.lower(), (None, None))
    if owner is not service or extensions is None:
        extensions = Collection(
            not_found=f"The extension {{name}} was not found in the cloud service {name}.",
            conflict=f"The extension {{name}} already exists in the cloud service {name}.",
        )
        table[name.lower()] = (service, extensions)
    return extensions


@router.handles("add_service_extension")
def add_service_extension(call: Call[ServiceExtensionInput]) -> Response:
    extensions = _extensions(call)
    body = call.body
    namespace, kind = body.provider_namespace or "", body.extension_type or ""
    name = body.extension_id or ""
    versions = _versions(call.state, call.subscription_id, namespace, kind)
    if not versions:
        raise bad_request(f"The extension {namespace}.{kind} is not available.")
    if name in extensions:
        raise extensions.conflict(name)
    extension = ServiceExtension(
        provider_namespace=versions[-1].provider_namespace,
        type=versions[-1].type,
        id=name,
        version=body.version or versions[-1].version,
        thumbprint=body.thumbprint,
        thumbprint_algorithm=body.thumbprint_algorithm,
        public_configuration=body.public_configuration,
    )

    return _start(call, lambda: extensions.__setitem__(name, extension))


def _start(call: Call[Any], change: Callable[[], object]) -> Response:
    """ASM's 202; ``change`` (its result ignored) is made when the operation ends."""

    def work() -> None:
        change()

    return call.accepted(work=work)


serve(
    router,
    PlainResource(
        collection=_extensions,
        key="extension_id",
        get="get_service_extension",
        list="list_service_extensions",
        delete="delete_service_extension",
    ),
)


@router.handles("list_available_extensions")
def list_available_extensions(call: Call[None]) -> list[ExtensionImage]:
    latest: dict[tuple[str, str], ExtensionImage] = {}
    for image in _images(call.state, call.subscription_id):
        if not image.is_internal_extension:
            latest[((image.provider_namespace or "").lower(), (image.type or "").lower())] = image
    return list(latest.values())


@router.handles("list_extension_versions")
def list_extension_versions(call: Call[None]) -> list[ExtensionImage]:
    namespace, kind = call.param("provider_namespace"), call.param("extension_type")
    return _versions(call.state, call.subscription_id, namespace, kind)


@router.handles("list_publisher_extensions")
def list_publisher_extensions(call: Call[None]) -> list[ExtensionImage]:
    return list(_own(call.state, call.subscription_id).values())


@router.handles("register_extension_image")
def register_extension_image(call: Call[ExtensionImage]) -> Response:
    image, own = call.body, _own(call.state, call.subscription_id)
    if any(_key(known) == _key(image) for known in _images(call.state, call.subscription_id)):
        raise conflict(
            f"The extension image {image.provider_namespace}.{image.type} version "
            f"{image.version} already exists."
        )
    image.replication_completed = True
    return _start(call, lambda: own.__setitem__(_key(image), image))


def _registered(call: Call[Any], key: str) -> dict[str, ExtensionImage]:
    own = _own(call.state, call.subscription_id)
    if key not in own:
        raise not_found(f"The extension image {key} was not registered by this subscription.")
    return own


@router.handles("update_extension_image")
def update_extension_image(call: Call[ExtensionImage]) -> Response:
    image = call.body
    own = _registered(call, _key(image))
    image.replication_completed = True
    return _start(call, lambda: own.__setitem__(_key(image), image))


@router.handles("unregister_extension_image")
def unregister_extension_image(call: Call[None]) -> Response:
    parts = ("provider_namespace", "extension_type", "version")
    key = "/".join(call.param(part) for part in parts).lower()
    own = _registered(call, key)
    return _start(call, lambda: own.pop(key, None))
