"""Point 1 of issue #5: the retry policy, applied by the client above any transport."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

import pytest

from azure_asm import ServiceManagementService
from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.errors import (
    AsmConnectError,
    AsmConnectionDroppedError,
    AsmError,
    AsmTimeoutError,
    ResourceNotFoundError,
    ServerError,
    ThrottledError,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.retry import NO_RETRY, RetryPolicy

ERROR = (
    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>{code}</Code>'
    "<Message>{message}</Message></Error>"
)
STATUS_CODES = {
    429: "TooManyRequests",
    500: "InternalError",
    502: "BadGateway",
    503: "ServerBusy",
    504: "GatewayTimeout",
}

Step = HttpResponse | Exception


class Script:
    """A transport answering from a list of responses and exceptions, recording requests."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def error(status: int, code: str | None = None, **headers: str) -> HttpResponse:
    body = ERROR.format(code=code or STATUS_CODES.get(status, "Error"), message="no")
    return HttpResponse(status, {k.replace("_", "-"): v for k, v in headers.items()}, body.encode())


OK = HttpResponse(200, {"x-ms-request-id": "r1"}, b"")


def client(transport: Script, **options: Any) -> tuple[ServiceClient, list[float]]:
    made = ServiceClient("sub", transport=transport, host="example.test", **options)
    sleeps: list[float] = []
    made._sleep = sleeps.append
    return made, sleeps


def send(made: ServiceClient, method: str) -> HttpResponse:
    body = None if method in ("GET", "DELETE") else b"<x/>"
    return made._send(method, "/sub/services/x", x_ms_version="2014-10-01", body=body)


# --- what is retried --------------------------------------------------------------------------

IDEMPOTENT = ["GET", "PUT", "DELETE"]
TRANSIENT_FOR_IDEMPOTENT: list[Callable[[], Step]] = [
    lambda: AsmConnectError("refused"),
    lambda: AsmConnectionDroppedError("reset after sending"),
    lambda: AsmTimeoutError("read timeout"),
    *[(lambda s=s: error(s)) for s in STATUS_CODES],  # type: ignore[misc]
]


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("failure", TRANSIENT_FOR_IDEMPOTENT, ids=lambda f: repr(f()))
def test_idempotent_requests_are_retried(method: str, failure: Callable[[], Step]) -> None:
    transport = Script(failure(), failure(), OK)
    made, sleeps = client(transport)
    assert send(made, method).status == 200
    assert len(transport.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    "failure",
    [
        lambda: AsmConnectError("refused: never sent"),
        lambda: error(429),
        lambda: error(503, "ServerBusy"),
        lambda: error(503, "SubscriptionRequestsThrottled"),
        lambda: error(503, "Unknown", Retry_After="1"),
    ],
    ids=["connect", "429", "503-busy", "503-throttled", "503-retry-after"],
)
def test_post_is_retried_when_the_server_did_not_act(failure: Callable[[], Step]) -> None:
    transport = Script(failure(), OK)
    made, _ = client(transport)
    assert send(made, "POST").status == 200
    assert len(transport.requests) == 2


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (lambda: AsmConnectionDroppedError("reset after sending"), AsmConnectionDroppedError),
        (lambda: AsmTimeoutError("no answer"), AsmTimeoutError),
        (lambda: error(500), ServerError),
        (lambda: error(502), ServerError),
        (lambda: error(503, "Unknown"), ServerError),
        (lambda: error(504), ServerError),
    ],
    ids=["dropped", "timeout", "500", "502", "503-not-throttling", "504"],
)
def test_post_is_not_retried_when_it_may_have_been_applied(
    failure: Callable[[], Step], raised: type[Exception]
) -> None:
    transport = Script(failure(), OK)
    made, _ = client(transport)
    with pytest.raises(raised) as caught:
        send(made, "POST")
    assert len(transport.requests) == 1
    assert caught.value.attempts == 1  # type: ignore[attr-defined]


def test_client_errors_are_not_retried() -> None:
    transport = Script(error(404, "ResourceNotFound"), OK)
    made, _ = client(transport)
    with pytest.raises(ResourceNotFoundError):
        send(made, "GET")
    assert len(transport.requests) == 1


# --- how long, how often ------------------------------------------------------------------------


def test_attempts_are_bounded_and_the_final_error_carries_the_count() -> None:
    transport = Script(error(503))
    made, sleeps = client(transport, retry=RetryPolicy(max_attempts=4, backoff=1, jitter=0))
    with pytest.raises(ThrottledError) as caught:
        send(made, "GET")
    assert len(transport.requests) == 4
    assert caught.value.attempts == 4
    assert sleeps == [1, 2, 4]
    assert any("after 4 attempts" in note for note in caught.value.__notes__)


def test_backoff_is_capped_and_jittered() -> None:
    transport = Script(AsmConnectError("refused"))
    policy = RetryPolicy(max_attempts=8, backoff=1, backoff_max=3, jitter=0.5)
    made, sleeps = client(transport, retry=policy)
    with pytest.raises(AsmConnectError):
        send(made, "GET")
    ceilings = [1, 2, 3, 3, 3, 3, 3]
    assert all(c / 2 <= s <= c for s, c in zip(sleeps, ceilings, strict=True))
    assert len(set(sleeps)) > 1


def test_retry_after_is_honoured() -> None:
    transport = Script(error(429, Retry_After="3"), error(503, "ServerBusy", Retry_After="2"), OK)
    made, sleeps = client(transport, retry=RetryPolicy(backoff=0.01))
    assert send(made, "POST").status == 200
    assert sleeps == [3.0, 2.0]


def test_a_retry_after_beyond_the_limit_is_not_waited() -> None:
    transport = Script(error(429, Retry_After="3600"), OK)
    made, sleeps = client(transport, retry=RetryPolicy(max_retry_after=60))
    with pytest.raises(ThrottledError) as caught:
        send(made, "GET")
    assert caught.value.retry_after == 3600
    assert sleeps == []


def test_total_retry_time_is_bounded_by_the_policy_timeout() -> None:
    now = [0.0]
    transport = Script(error(503))
    made, sleeps = client(
        transport, retry=RetryPolicy(max_attempts=100, backoff=1, jitter=0, timeout=10)
    )
    made._clock = lambda: now[0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    made._sleep = sleep
    with pytest.raises(ThrottledError):
        send(made, "GET")
    assert sum(sleeps) <= 10
    assert sleeps == [1, 2, 4]


# --- configuration per client and per call --------------------------------------------------------


def test_per_client_policy() -> None:
    transport = Script(error(503), OK)
    made, _ = client(transport, retry=NO_RETRY)
    with pytest.raises(ThrottledError):
        send(made, "GET")
    assert len(transport.requests) == 1


def test_per_call_options_return_a_configured_copy_sharing_the_transport() -> None:
    transport = Script(error(503), OK)
    made, _ = client(transport)
    strict = made.with_options(retry=NO_RETRY, timeout=5)
    assert strict.transport is made.transport
    assert (strict.timeout, made.timeout) == (5, 65.0)
    with pytest.raises(ThrottledError):
        send(strict, "GET")
    assert send(made, "GET").status == 200  # the original keeps its policy
    with pytest.raises(TypeError, match="retry"):
        made.with_options(retry=3)  # type: ignore[arg-type]


def test_generated_methods_use_the_per_call_policy() -> None:
    transport = Script(error(503), error(503), OK)
    sms = ServiceManagementService("sub", transport=transport, host="example.test")
    sms._sleep = lambda seconds: None
    with pytest.raises(ThrottledError):
        sms.with_options(retry=RetryPolicy(max_attempts=2)).list_locations()
    assert len(transport.requests) == 2


# --- logging ------------------------------------------------------------------------------


def test_every_attempt_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    transport = Script(AsmConnectError("refused"), error(503), OK)
    made, _ = client(transport)
    with caplog.at_level(logging.DEBUG, logger="azure_asm"):
        send(made, "PUT")
    records = [r for r in caplog.records if hasattr(r, "asm_attempt")]
    assert [(r.asm_attempt, r.asm_outcome) for r in records] == [  # type: ignore[attr-defined]
        (1, "retry"),
        (2, "retry"),
        (3, "ok"),
    ]
    assert all(r.levelno == logging.DEBUG for r in records)
    assert "PUT /sub/services/x attempt 2: 503 ServerBusy" in records[1].getMessage()
    assert "retrying in" in records[0].getMessage()


def test_a_retried_delete_answered_404_says_an_earlier_attempt_may_have_applied() -> None:
    transport = Script(AsmConnectionDroppedError("reset"), error(404, "ResourceNotFound"))
    made, _ = client(transport)
    with pytest.raises(ResourceNotFoundError) as caught:
        send(made, "DELETE")
    assert caught.value.attempts == 2
    assert any("may have been applied" in note for note in caught.value.__notes__)


# --- with the real transport and the emulator ----------------------------------------------------


def test_a_post_to_a_closed_port_is_retried_as_nothing_was_sent(emulator: Any) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    made = emulator.client(retry=RetryPolicy(max_attempts=3, backoff=0.01))
    made.host = f"127.0.0.1:{port}"
    with pytest.raises(AsmConnectError) as caught:
        made.create_hosted_service("svc", "svc", location="West US")
    assert caught.value.attempts == 3


def test_emulator_503s_and_drops_are_retried_for_reads(emulator: Any) -> None:
    made = emulator.client(retry=RetryPolicy(max_attempts=10, backoff=0.001, backoff_max=0.01))
    emulator.server.set_faults(error_rate=0.4, drop_rate=0.2, seed=3)
    for _ in range(10):
        assert made.list_locations()


def test_a_post_dropped_after_it_was_handled_is_not_repeated(emulator: Any) -> None:
    made = emulator.client()
    emulator.server.set_faults(drop_after_rate=1.0)
    with pytest.raises(AsmConnectionDroppedError) as caught:
        made.create_storage_account("dropped1", "d", "l", location="West US")
    assert caught.value.attempts == 1
    emulator.server.set_faults(drop_after_rate=0.0)
    # The service did create it, exactly once; a blind retry would have met "already taken".
    assert [a.service_name for a in made.list_storage_accounts()] == ["dropped1"]


def test_a_get_dropped_after_it_was_handled_is_repeated(emulator: Any) -> None:
    made = emulator.client()
    emulator.server.set_faults(drop_after_rate=0.5, seed=1)
    for _ in range(5):
        made.list_locations()
    emulator.server.set_faults(drop_after_rate=1.0)
    with pytest.raises(AsmConnectionDroppedError) as caught:
        made.list_locations()
    assert caught.value.attempts == made.retry.max_attempts


def test_final_errors_are_typed(emulator: Any) -> None:
    made = emulator.client(retry=RetryPolicy(max_attempts=2, backoff=0.001))
    emulator.server.set_faults(error_rate=1.0)
    with pytest.raises(AsmError) as caught:
        made.list_locations()
    assert isinstance(caught.value, ThrottledError)
    assert caught.value.attempts == 2
