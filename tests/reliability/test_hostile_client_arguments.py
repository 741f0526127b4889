"""Issue 13, client side, items 2 (its option), 7, 8 and 9: arguments and options the
adversarial review found unchecked. Each is refused before any request, with a ValueError or
TypeError naming the argument and the rule."""

from __future__ import annotations

import math
from typing import Any

import pytest

from azure_asm import SchedulerManagementService, ServiceManagementService
from azure_asm_runtime.errors import ResponseTooLargeError
from azure_asm_runtime.http import HttpRequest, HttpResponse

WA = "http://schemas.microsoft.com/windowsazure"


class Answer:
    """A transport answering every request with one body."""

    def __init__(self, body: bytes = b"", status: int = 200) -> None:
        self.body = body
        self.status = status
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(self.status, {"x-ms-request-id": "r"}, self.body)


class Refuse:
    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        raise AssertionError(f"a request was sent: {request!r}")


def client(transport: Any, **options: Any) -> ServiceManagementService:
    return ServiceManagementService("sub", transport=transport, host="example.test", **options)


# --- 2. the element limit, per client and per call ------------------------------------------


def test_element_limit_per_client_and_per_call() -> None:
    body = f'<Locations xmlns="{WA}">'.encode() + b"<Location/>" * 50 + b"</Locations>"
    sms = client(Answer(body))
    assert len(sms.list_locations()) == 50
    with pytest.raises(ResponseTooLargeError, match="limit of 10"):
        sms.with_options(max_response_elements=10).list_locations()
    with pytest.raises(ResponseTooLargeError):
        client(Answer(body), max_response_elements=20).list_locations()
    with pytest.raises(ValueError, match="max_response_elements: must be"):
        sms.with_options(max_response_elements=0)


# --- 7. subscription_id checked like any path segment ----------------------------------------


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        ("..", ValueError, "subscription_id: '..' cannot be a name in a URL path"),
        (".", ValueError, "cannot be a name in a URL path"),
        ("\x00", ValueError, "subscription_id: contains U\\+0000"),
        (123, TypeError, "subscription_id: must be a str, got int"),
        ("", ValueError, "subscription_id: is required"),
        (None, ValueError, "subscription_id: is required"),
    ],
)
def test_bad_subscription_ids_are_refused_at_construction(
    value: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        ServiceManagementService(value, transport=Refuse(), host="example.test")


def test_subscription_id_is_checked_when_set() -> None:
    sms = ServiceManagementService("sub", transport=Refuse(), host="example.test")
    with pytest.raises(ValueError, match="subscription_id: '..' cannot be"):
        sms.subscription_id = ".."
    with pytest.raises(TypeError, match="subscription_id: must be a str"):
        sms.subscription_id = 5  # type: ignore[assignment]
    assert sms.subscription_id == "sub"
    sms.subscription_id = "other"
    assert sms.subscription_id == "other"


def test_slash_in_subscription_id_stays_in_its_segment() -> None:
    answer = Answer(f'<Locations xmlns="{WA}"/>'.encode())
    client_ = ServiceManagementService("a/b", transport=answer, host="example.test")
    client_.list_locations()
    assert answer.sent[0].url == "https://example.test/a%2Fb/locations"


# --- 8. numeric options refused in our words -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (-1, ValueError),
        (0, ValueError),
        (math.nan, ValueError),
        (math.inf, ValueError),
        ("5", TypeError),
        (True, TypeError),
    ],
)
@pytest.mark.parametrize("option", ["timeout", "conflict_timeout", "operation_timeout", "deadline"])
def test_bad_seconds_are_refused_before_any_request(
    option: str, value: Any, error: type[Exception]
) -> None:
    if value == 0 and option in ("conflict_timeout", "operation_timeout"):
        # Meaningful there: do not wait out conflicts, poll an operation once.
        assert getattr(client(Refuse()).with_options(**{option: value}), option) == 0
        return
    sms = client(Refuse())
    with pytest.raises(error, match=f"^{option}: must be"):
        sms.with_options(**{option: value})
    with pytest.raises(error, match=f"^{option}: must be"):
        client(Refuse(), **{option: value})


def test_none_is_accepted_where_it_means_no_limit() -> None:
    sms = client(Refuse(), operation_timeout=None, deadline=None)
    assert sms.with_options(operation_timeout=None).operation_timeout is None
    assert sms.with_options(timeout=2.5, deadline=7).deadline == 7


@pytest.mark.parametrize(("value", "error"), [(0, ValueError), (2.5, TypeError), ("3", TypeError)])
def test_bad_pool_sizes_are_refused(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="^pool_maxsize: must be"):
        client(Refuse(), pool_maxsize=value)


# --- 9. deeply nested JSON -------------------------------------------------------------------


def test_deeply_nested_json_is_a_value_error() -> None:
    job: Any = []
    for _ in range(100_000):
        job = [job]
    scheduler = SchedulerManagementService("sub", transport=Refuse(), host="example.test")
    with pytest.raises(ValueError, match="^job: .*nested too deeply"):
        scheduler.create_job("cs", "jc", "j", job)
    deep_dict: Any = {}
    for _ in range(100_000):
        deep_dict = {"a": deep_dict}
    with pytest.raises(ValueError, match="^job: .*nested too deeply"):
        scheduler.create_job("cs", "jc", "j", deep_dict)
