"""The router: templates, matching precedence, decoding, 404/405."""

from __future__ import annotations

import pytest

from azure_asm_emulator import AsmFault, Router, empty
from azure_asm_emulator.routing import MethodNotAllowed, parse_query, split_path


def handler(request, state):
    return empty()


def other(request, state):
    return empty(201)


@pytest.fixture
def router():
    r = Router()
    r.add("GET", "/{subscription_id}/services/hostedservices/{service_name}", handler)
    r.add("GET", "/{subscription_id}/services/hostedservices/operations", other, name="ops")
    r.add("DELETE", "/{subscription_id}/services/hostedservices/{service_name}", handler)
    r.add("GET", "/{subscription_id}/a/{x}/c", handler, name="a-x-c")
    r.add("GET", "/{subscription_id}/a/b/{y}", handler, name="a-b-y")
    return r


def test_parameters_are_bound_and_decoded(router):
    match = router.match("GET", "/SUB/services/hostedservices/my%20svc%2Fx")
    assert match.path_params == {"subscription_id": "SUB", "service_name": "my svc/x"}


def test_literal_segments_beat_parameters(router):
    assert router.match("GET", "/s/services/hostedservices/operations").route.name == "ops"
    # The leftmost literal wins.
    assert router.match("GET", "/s/a/b/c").route.name == "a-b-y"
    assert router.match("GET", "/s/a/z/c").route.name == "a-x-c"


def test_literals_ignore_case_and_trailing_slash(router):
    match = router.match("GET", "/s/Services/HostedServices/Web/")
    assert match.path_params["service_name"] == "Web"


def test_empty_inner_segments_are_ignored(router):
    # The reference package sends `.../servers//{name}/databases`; ASM answers it.
    match = router.match("GET", "/s/services//hostedservices//web")
    assert match.path_params["service_name"] == "web"
    assert split_path("/s/a//b/") == ["s", "a", "b"]


def test_unknown_path_is_404(router):
    with pytest.raises(AsmFault) as caught:
        router.match("GET", "/s/services/storageservices/x")
    assert (caught.value.status, caught.value.code) == (404, "ResourceNotFound")
    with pytest.raises(AsmFault):
        router.match("GET", "/s/services/hostedservices//")  # empty parameter segment


def test_wrong_method_is_405_with_the_allowed_methods(router):
    with pytest.raises(MethodNotAllowed) as caught:
        router.match("PUT", "/s/services/hostedservices/web")
    assert caught.value.status == 405
    assert caught.value.allowed == ["DELETE", "GET"]
    assert router.find("PUT", "/s/services/hostedservices/web") is None


def test_invalid_utf8_in_path_is_400():
    with pytest.raises(AsmFault) as caught:
        split_path("/s/%FF")
    assert caught.value.status == 400


def test_query_parsing():
    first, every = parse_query("comp=media&embed-detail=true&x=1&x=2&empty=")
    assert first == {"comp": "media", "embed-detail": "true", "x": "1", "empty": ""}
    assert every["x"] == ["1", "2"]


@pytest.mark.parametrize(
    "template",
    ["no/slash", "/a/{b", "/a/x{b}", "/a/{b}/{b}", "/a//b", "/a/{1b}"],
)
def test_invalid_templates_are_rejected(template):
    with pytest.raises(ValueError):
        Router().add("GET", template, handler)


def test_duplicate_routes_are_rejected(router):
    with pytest.raises(ValueError, match="already routed"):
        router.add("get", "/{sub}/Services/hostedservices/{name}", handler)
    with pytest.raises(ValueError):
        Router().add("FETCH", "/x", handler)


def test_decorator_and_include(router):
    extra = Router()

    @extra.route("post", "/{subscription_id}/services/hostedservices", name="create")
    def create(request, state):
        return empty(201)

    assert create(None, None).status == 201  # the decorator returns the function
    router.include(extra)
    assert router.match("POST", "/s/services/hostedservices").route.name == "create"
    with pytest.raises(ValueError):
        router.include(extra)
