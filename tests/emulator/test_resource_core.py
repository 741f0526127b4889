"""The typed backend's ``Collection``, ``@router.handles`` and the generic resource core.

Handlers are called directly (no TLS): a route found on the router, a hand-built ``Request``
and a fresh ``State``. The e2e tests pin the resources served this way down over the wire.
"""

from __future__ import annotations

import dataclasses

import pytest
from lxml import etree

from azure_asm.models import AffinityGroup, CreateAffinityGroup
from azure_asm_emulator import AsmFault, State
from azure_asm_emulator.backend import Collection
from azure_asm_emulator.clock import ManualClock
from azure_asm_emulator.handlers.resource_core import PlainResource, serve
from azure_asm_emulator.handlers.spec_io import Call, SpecRouter
from azure_asm_emulator.routing import Headers, Request, Response

SUBSCRIPTION = "0b9d1f3e-5a47-4c1e-9a52-3f7c5d2e8a10"
WA = "http://schemas.microsoft.com/windowsazure"


def _request(method: str, path: str, body: bytes = b"", **params: str) -> Request:
    return Request(
        method=method,
        path=path,
        path_params={"subscription_id": SUBSCRIPTION, **params},
        query={},
        headers=Headers([("x-ms-version", "2014-10-01")]),
        body=body,
        subscription_id=SUBSCRIPTION,
        version="2014-10-01",
    )


def _serve(router: SpecRouter, state: State, request: Request) -> Response:
    found = router.find(request.method, request.path)
    assert found is not None, (request.method, request.path)
    return found.route.handler(request, state)


def _fault(router: SpecRouter, state: State, request: Request) -> AsmFault:
    with pytest.raises(AsmFault) as caught:
        _serve(router, state, request)
    return caught.value


def _create_body(name: str, label: str = "bGFiZWw=") -> bytes:
    return (
        f"<CreateAffinityGroup xmlns='{WA}'><Name>{name}</Name><Label>{label}</Label>"
        "<Location>West US</Location></CreateAffinityGroup>"
    ).encode()


# --- Collection ---------------------------------------------------------------------------


def test_collection_ignores_case_and_keeps_the_first_spelling() -> None:
    groups: Collection[str] = Collection(not_found="No {name}.", conflict="{name} is taken.")
    groups.add_or_409("MyGroup", "first")
    assert "mygroup" in groups and groups["MYGROUP"] == "first"
    groups["mygroup"] = "second"
    assert list(groups) == ["MyGroup"]
    assert groups.get_or_404("myGROUP") == "second"


def test_collection_refuses_with_asm_errors() -> None:
    groups: Collection[str] = Collection(not_found="No {name}.", conflict="{name} is taken.")
    groups.add_or_409("a", "x")
    conflict = pytest.raises(AsmFault, groups.add_or_409, "A", "y").value
    assert (conflict.status, conflict.code, conflict.message) == (
        409,
        "ConflictError",
        "A is taken.",
    )
    missing = pytest.raises(AsmFault, groups.get_or_404, "b").value
    assert (missing.status, missing.code, missing.message) == (404, "ResourceNotFound", "No b.")
    assert groups.remove_or_404("A") == "x"
    assert pytest.raises(AsmFault, groups.remove_or_404, "a").value.status == 404


def test_collection_iterates_in_insertion_order_and_can_respect_case() -> None:
    rules: Collection[int] = Collection(ignore_case=False)
    for number, name in enumerate(["b", "B", "a"]):
        rules[name] = number
    assert list(rules) == ["b", "B", "a"] and list(rules.values()) == [0, 1, 2]
    assert "A" not in rules


def test_state_keeps_backend_kinds_out_of_the_untyped_store() -> None:
    state = State()
    with pytest.raises(KeyError, match="affinity_groups"):
        state.resources(SUBSCRIPTION, "affinitygroups")
    state.backend(SUBSCRIPTION.upper()).affinity_groups["g"] = AffinityGroup(name="g")
    assert "G" in state.backend(SUBSCRIPTION).affinity_groups
    state.reset()
    assert not state.backend(SUBSCRIPTION).affinity_groups


# --- @router.handles ----------------------------------------------------------------------


def test_handles_reads_checks_and_validates_the_body_in_that_order() -> None:
    router = SpecRouter()
    seen: list[CreateAffinityGroup] = []

    def check(call: Call[CreateAffinityGroup], body: CreateAffinityGroup) -> None:
        if body.name == "refused":
            raise AsmFault(400, "BadRequest", "ASM's own wording.")

    @router.handles("create_affinity_group", status=201, check=check)
    def create(call: Call[CreateAffinityGroup]) -> None:
        seen.append(call.body)

    state = State()
    path = f"/{SUBSCRIPTION}/affinitygroups"
    assert _serve(router, state, _request("POST", path, _create_body("ok"))).status == 201
    assert seen[0].name == "ok" and seen[0].label == "label"
    unreadable = _fault(router, state, _request("POST", path, b"<not xml"))
    assert (unreadable.status, unreadable.code) == (400, "BadRequest")
    own = _fault(router, state, _request("POST", path, _create_body("refused")))
    assert own.message == "ASM's own wording."
    too_long = _fault(router, state, _request("POST", path, _create_body("n" * 65)))
    assert too_long.status == 400 and "name: must be at most 64" in too_long.message
    assert len(seen) == 1


def test_handles_answers_with_the_generated_writer() -> None:
    router = SpecRouter()

    @router.handles("get_affinity_group_properties")
    def get(call: Call[None]) -> AffinityGroup:
        return AffinityGroup(name=call.param("affinity_group_name"), location="West US")

    response = _serve(
        router,
        State(),
        _request("GET", f"/{SUBSCRIPTION}/affinitygroups/g1", affinity_group_name="g1"),
    )
    root = etree.fromstring(response.body)
    assert response.status == 200
    assert root.findtext(f"{{{WA}}}Name") == "g1"


# --- the generic resource core ------------------------------------------------------------


def _groups_router() -> SpecRouter:
    router = SpecRouter()
    serve(
        router,
        PlainResource(
            collection=lambda call: call.backend.affinity_groups,
            key="affinity_group_name",
            create="create_affinity_group",
            get="get_affinity_group_properties",
            list="list_affinity_groups",
            delete="delete_affinity_group",
            build=lambda call, name: AffinityGroup(name=name, location=call.body.location),
            list_order=str.lower,
        ),
    )
    return router


def test_plain_resource_create_get_list_delete() -> None:
    router, state = _groups_router(), State()
    base = f"/{SUBSCRIPTION}/affinitygroups"
    for name in ["beta", "Alpha"]:
        assert _serve(router, state, _request("POST", base, _create_body(name))).status == 201
    duplicate = _fault(router, state, _request("POST", base, _create_body("ALPHA")))
    assert (duplicate.status, duplicate.code) == (409, "ConflictError")

    listed = etree.fromstring(_serve(router, state, _request("GET", base)).body)
    assert [e.text for e in listed.iter(f"{{{WA}}}Name")] == ["Alpha", "beta"]

    one = _request("GET", f"{base}/alpha", affinity_group_name="alpha")
    assert etree.fromstring(_serve(router, state, one).body).findtext(f"{{{WA}}}Name") == "Alpha"
    delete = _request("DELETE", f"{base}/ALPHA", affinity_group_name="ALPHA")
    assert _serve(router, state, delete).status == 200
    gone = _fault(router, state, one)
    assert (gone.status, gone.message) == (404, "The affinity group alpha does not exist.")
    assert list(state.backend(SUBSCRIPTION).affinity_groups) == ["beta"]


def test_plain_resource_defaults_come_from_the_spec() -> None:
    rules: PlainResource[AffinityGroup] = PlainResource(
        noun="affinity_group", get="get_affinity_group_properties"
    )
    assert rules.operation_names() == {
        "create": "create_affinity_group",
        "get": "get_affinity_group_properties",
        "list": "list_affinity_groups",
        "update": "update_affinity_group",
        "delete": "delete_affinity_group",
    }
    router, state = SpecRouter(), State()
    serve(router, rules)
    base = f"/{SUBSCRIPTION}/affinitygroups"
    assert _serve(router, state, _request("POST", base, _create_body("G1"))).status == 201
    stored = state.backend(SUBSCRIPTION).plain("affinity_group")["g1"]
    # The create body's members copied into the model get answers with.
    assert isinstance(stored, AffinityGroup)
    assert (stored.name, stored.label, stored.location) == ("G1", "label", "West US")
    update = (
        f"<UpdateAffinityGroup xmlns='{WA}'><Label>bmV3</Label>"
        "<Description>more</Description></UpdateAffinityGroup>"
    ).encode()
    path = f"{base}/g1"
    assert _serve(router, state, _request("PUT", path, update, affinity_group_name="g1"))
    assert (stored.label, stored.description, stored.location) == ("new", "more", "West US")
    missing = _fault(router, state, _request("GET", f"{base}/nope", affinity_group_name="nope"))
    assert missing.message == "The affinity group 'nope' does not exist."
    taken = _fault(router, state, _request("POST", base, _create_body("g1")))
    assert taken.message == "The affinity group 'g1' already exists."


def test_plain_resource_answers_asynchronous_operations_and_reserves_global_names() -> None:
    assert PlainResource(noun="reserved_ip_address").operation_names() == {
        "create": "create_reserved_ip_address",
        "get": "get_reserved_ip_address",
        "list": "list_reserved_ip_addresses",
        "delete": "delete_reserved_ip_address",
    }
    router = SpecRouter()
    serve(
        router,
        PlainResource(
            noun="reserved_ip_address",
            global_names="test_reserved_names",
            fill=lambda call, item: setattr(item, "state", "Creating"),
            settle=lambda call, item: setattr(item, "state", "Created"),
        ),
    )
    base = f"/{SUBSCRIPTION}/services/networking/reservedips"
    body = (
        f"<ReservedIP xmlns='{WA}'><Name>ip1</Name><Label>bGFiZWw=</Label>"
        "<Location>West US</Location></ReservedIP>"
    ).encode()
    clock = ManualClock()
    state = State(clock=clock)
    created = _serve(router, state, _request("POST", base, body))
    assert created.status == 202
    assert state.operations.get(SUBSCRIPTION, created.headers["x-ms-request-id"]) is not None
    assert state.shared("test_reserved_names") == {"ip1": SUBSCRIPTION}
    one = etree.fromstring(_serve(router, state, _request("GET", f"{base}/IP1", name="IP1")).body)
    assert one.findtext(f"{{{WA}}}State") == "Creating"  # listed at once
    clock.advance(1)
    state.operations.settle()
    one = etree.fromstring(_serve(router, state, _request("GET", f"{base}/IP1", name="IP1")).body)
    assert one.findtext(f"{{{WA}}}State") == "Created"  # settled when the operation succeeded
    other = "5f0e2d1c-0000-4000-8000-000000000001"
    elsewhere = dataclasses.replace(
        _request("POST", f"/{other}/services/networking/reservedips", body),
        subscription_id=other,
        path_params={"subscription_id": other},
    )
    assert _fault(router, state, elsewhere).status == 409
    assert _serve(router, state, _request("DELETE", f"{base}/ip1", name="ip1")).status == 202
    assert state.shared("test_reserved_names") == {"ip1": SUBSCRIPTION}  # until it succeeds
    clock.advance(1)
    state.operations.settle()
    assert state.shared("test_reserved_names") == {}
    assert _serve(router, state, elsewhere).status == 202


def test_plain_resource_actions_work_on_one_item() -> None:
    from azure_asm.models import Site, WebSpace

    restarted: list[str] = []
    router, state = SpecRouter(), State()
    serve(
        router,
        PlainResource(
            noun="site",
            parent=lambda call: call.backend.webspaces.get_or_404(call.param("webspace_name")),
            not_found="The web site {name} cannot be found.",
            actions={"restart_site": lambda call, site: restarted.append(site.name) and None},
        ),
    )
    state.backend(SUBSCRIPTION).webspaces["ws1"] = WebSpace(name="ws1")
    sites = state.backend(SUBSCRIPTION).plain("site", ("ws1",))
    sites["web1"] = Site(name="web1")
    base = f"/{SUBSCRIPTION}/services/webspaces/ws1/sites"
    restart = _request("POST", f"{base}/WEB1/restart", webspace_name="ws1", website_name="WEB1")
    assert _serve(router, state, restart).status == 202  # asynchronous in the spec
    assert restarted == ["web1"]
    missing = _request("POST", f"{base}/nope/restart", webspace_name="ws1", website_name="nope")
    assert _fault(router, state, missing).message == "The web site nope cannot be found."
    listed = etree.fromstring(
        _serve(router, state, _request("GET", base, webspace_name="ws1")).body
    )
    assert [e.text for e in listed.iter(f"{{{WA}}}Name")] == ["web1"]


def test_handles_versioned_refuses_an_older_x_ms_version_than_the_spec() -> None:
    router = SpecRouter()

    @router.handles("share_vm_image", versioned=True)  # 2015-04-01 in the spec
    def share(call: Call[None]) -> None:
        return None

    path = f"/{SUBSCRIPTION}/services/images/img/shareasync"
    old = _request("PUT", path, vm_image_name="img")  # x-ms-version 2014-10-01
    refused = _fault(router, State(), old)
    assert (refused.status, refused.message) == (
        400,
        "This operation requires x-ms-version 2015-04-01 or later.",
    )
    current = dataclasses.replace(old, version="2015-04-01")
    assert _serve(router, State(), current).status == 200
