"""Operations sharing a method and path are told apart by the spec (``SharedRoute``).

The operation table carries each operation's fixed query items (``comp=config``) and the root
element of its request body; ``@router.handles`` on a path already served by another operation
dispatches on them. Handlers are called directly (no TLS), as in ``test_resource_core``.
"""

from __future__ import annotations

import dataclasses

import pytest

from azure_asm_emulator import AsmFault, State
from azure_asm_emulator.handlers.spec_io import Call, SharedRoute, SpecRouter
from azure_asm_emulator.routing import Headers, Request, Response, empty

SUBSCRIPTION = "0b9d1f3e-5a47-4c1e-9a52-3f7c5d2e8a10"
WA = "http://schemas.microsoft.com/windowsazure"
DEPLOYMENT = f"/{SUBSCRIPTION}/services/hostedservices/svc/deployments/dep/"
ROLE_OPERATIONS = (
    f"/{SUBSCRIPTION}/services/hostedservices/svc/deployments/dep/roleinstances/vm/Operations"
)


def _request(path: str, query: dict[str, str] | None = None, body: bytes = b"") -> Request:
    return Request(
        method="POST",
        path=path,
        path_params={"subscription_id": SUBSCRIPTION},
        query=query or {},
        headers=Headers([("x-ms-version", "2014-10-01")]),
        body=body,
        subscription_id=SUBSCRIPTION,
        version="2014-10-01",
    )


def _router(*names: str) -> SpecRouter:
    router = SpecRouter()
    for name in names:

        def handler(call: Call[object], name: str = name) -> Response:
            return empty(200, {"x-served-by": name})

        router.handles(name)(handler)
    return router


def _served_by(router: SpecRouter, request: Request) -> str:
    found = router.find(request.method, request.path)
    assert found is not None
    return found.route.handler(request, State()).headers["x-served-by"]


def test_comp_values_from_the_spec_pick_the_operation() -> None:
    router = _router("change_deployment_configuration", "update_deployment_status")
    assert len(router.routes) == 1
    assert isinstance(router.routes[0].handler, SharedRoute)
    assert router.routes[0].name == "change_deployment_configuration|update_deployment_status"
    assert _served_by(router, _request(DEPLOYMENT, {"comp": "config"})) == (
        "change_deployment_configuration"
    )
    assert _served_by(router, _request(DEPLOYMENT, {"comp": "Status"})) == (
        "update_deployment_status"
    )


def test_an_unknown_comp_value_is_a_bad_request() -> None:
    router = _router("change_deployment_configuration", "update_deployment_status")
    with pytest.raises(AsmFault) as caught:
        _served_by(router, _request(DEPLOYMENT, {"comp": "nonsense"}))
    assert caught.value.status == 400
    assert "'nonsense' of the query parameter comp" in caught.value.message


def test_the_body_root_picks_among_operations_on_one_path() -> None:
    router = _router("start_role", "shutdown_role", "restart_role")
    for root, name in [
        ("StartRoleOperation", "start_role"),
        ("ShutdownRoleOperation", "shutdown_role"),
        ("RestartRoleOperation", "restart_role"),
    ]:
        body = f"<{root} xmlns='{WA}'><OperationType>{root}</OperationType></{root}>".encode()
        assert _served_by(router, _request(ROLE_OPERATIONS, body=body)) == name
    for body in [b"<Nothing/>", b"not xml"]:
        with pytest.raises(AsmFault) as caught:
            _served_by(router, _request(ROLE_OPERATIONS, body=body))
        assert caught.value.status == 400


def test_operations_the_spec_cannot_tell_apart_cannot_share_a_route() -> None:
    with pytest.raises(ValueError, match="tells them apart neither"):
        _router("update_os_image", "update_os_image_from_image_reference")


def test_when_claims_the_requests_the_spec_cannot_tell_apart() -> None:
    router = SpecRouter()
    path = f"/{SUBSCRIPTION}/services/images/img"

    @router.handles("update_os_image")
    def plain(call: Call[object]) -> Response:
        return empty(200, {"x-served-by": "update_os_image"})

    @router.handles("update_os_image_from_image_reference", when=lambda r: b"Eula" in r.body)
    def extended(call: Call[object]) -> Response:
        return empty(200, {"x-served-by": "update_os_image_from_image_reference"})

    def put(body: bytes) -> str:
        request = dataclasses.replace(_request(path, body=body), method="PUT")
        return _served_by(router, request)

    assert put(b"<OSImage><Label>x</Label></OSImage>") == "update_os_image"
    assert put(b"<OSImage><Eula>e</Eula></OSImage>") == "update_os_image_from_image_reference"
