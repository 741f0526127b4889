"""The request/response values: what they reveal in reprs, and header lookup."""

from __future__ import annotations

import dataclasses

import pytest

from azure_asm_runtime.http import HttpRequest, HttpResponse

SECRET = b"<AdminPassword>hunter2-S3cret!</AdminPassword>"


def test_request_repr_hides_body_and_headers() -> None:
    request = HttpRequest(
        "POST",
        "https://management.core.windows.net/sub/services/hostedservices",
        {"Authorization": "Bearer token-xyz", "x-ms-version": "2014-10-01"},
        SECRET,
    )
    text = repr(request)
    assert "POST" in text
    assert "https://management.core.windows.net/sub/services/hostedservices" in text
    assert f"{len(SECRET)} bytes" in text
    for leak in ("hunter2", "AdminPassword", "token-xyz", "Bearer"):
        assert leak not in text
    assert "hunter2" not in str(request)


def test_request_without_body() -> None:
    request = HttpRequest("GET", "https://h/x", {})
    assert request.body is None
    assert "no body" in repr(request)


def test_response_repr_hides_body() -> None:
    response = HttpResponse(200, {"Set-Cookie": "session=abc"}, SECRET)
    text = repr(response)
    assert "200" in text and f"{len(SECRET)} bytes" in text
    assert "hunter2" not in text and "session=abc" not in text


def test_values_are_frozen_and_slotted() -> None:
    request = HttpRequest("GET", "https://h/x", {})
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.method = "PUT"  # type: ignore[misc]
    assert not hasattr(request, "__dict__")
    assert not hasattr(HttpResponse(200, {}, b""), "__dict__")


@pytest.mark.parametrize(
    "name", ["x-ms-request-id", "X-MS-REQUEST-ID", "X-Ms-Request-Id", "x-Ms-request-ID"]
)
def test_header_lookup_is_case_insensitive(name: str) -> None:
    response = HttpResponse(202, {"X-Ms-Request-Id": "abc123", "Content-Type": "x"}, b"")
    assert response.header(name) == "abc123"


def test_header_missing_is_none() -> None:
    assert HttpResponse(200, {"Content-Type": "x"}, b"").header("x-ms-request-id") is None


def test_headers_keep_original_case() -> None:
    response = HttpResponse(200, {"X-Ms-Request-Id": "a"}, b"")
    assert list(response.headers) == ["X-Ms-Request-Id"]
