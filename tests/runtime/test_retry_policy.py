"""RetryPolicy on its own: which failures may be retried, and how long to wait."""

from __future__ import annotations

import random

import pytest

from azure_asm_runtime.errors import (
    AsmConnectError,
    AsmConnectionDroppedError,
    AsmConnectionError,
    AsmConnectTimeoutError,
    AsmTimeoutError,
    BadRequestError,
    ConflictError,
    ServerError,
    ThrottledError,
)
from azure_asm_runtime.retry import NO_RETRY, RetryPolicy

POLICY = RetryPolicy()


def http(cls: type, status: int) -> ServerError:
    return cls(status, "Code", "message")  # type: ignore[no-any-return]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD"])
@pytest.mark.parametrize(
    "error",
    [
        AsmConnectError("refused"),
        AsmConnectTimeoutError("connect timeout"),
        AsmConnectionDroppedError("reset after sending"),
        AsmTimeoutError("read timeout"),
        AsmConnectionError("a transport of unknown precision"),
        http(ThrottledError, 429),
        http(ServerError, 500),
        http(ServerError, 502),
        http(ServerError, 503),
        http(ThrottledError, 503),
        http(ServerError, 504),
    ],
    ids=repr,
)
def test_idempotent_methods_retry_every_transient_failure(method: str, error: Exception) -> None:
    assert POLICY.reason_to_retry(method, error) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (AsmConnectError("refused"), True),
        (AsmConnectTimeoutError("handshake timeout"), True),
        (http(ThrottledError, 429), True),
        (http(ThrottledError, 503), True),
        (AsmConnectionDroppedError("reset after sending"), False),
        (AsmTimeoutError("read timeout"), False),
        (AsmConnectionError("unknown whether sent"), False),
        (http(ServerError, 500), False),
        (http(ServerError, 502), False),
        (http(ServerError, 503), False),
        (http(ServerError, 504), False),
    ],
    ids=repr,
)
def test_post_is_retried_only_when_the_server_cannot_have_acted(
    error: Exception, retried: bool
) -> None:
    assert (POLICY.reason_to_retry("POST", error) is not None) is retried  # type: ignore[arg-type]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
def test_client_errors_are_never_retried(method: str) -> None:
    assert POLICY.reason_to_retry(method, http(BadRequestError, 400)) is None  # type: ignore[arg-type]
    assert POLICY.reason_to_retry(method, http(ConflictError, 409)) is None  # type: ignore[arg-type]


def test_backoff_is_exponential_capped_and_jittered_downwards() -> None:
    policy = RetryPolicy(backoff=1.0, backoff_max=5.0, jitter=0.5)
    rng = random.Random(7)
    for retry, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (10, 5.0)]:
        delays = [policy.delay(retry, rng=rng) for _ in range(200)]
        assert all(d is not None and ceiling * 0.5 <= d <= ceiling for d in delays)
        assert max(d for d in delays if d) - min(d for d in delays if d) > ceiling * 0.3
    assert RetryPolicy(backoff=1.0, jitter=0.0).delay(3) == 4.0


def test_retry_after_is_a_floor_and_too_long_a_wait_is_refused() -> None:
    policy = RetryPolicy(backoff=0.1, max_retry_after=30)
    assert policy.delay(1, retry_after=7) == 7
    assert policy.delay(1, retry_after=31) is None
    assert policy.delay(1, retry_after=0) is not None


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=2)
    with pytest.raises(ValueError, match="backoff"):
        RetryPolicy(backoff=-1)
    assert NO_RETRY.max_attempts == 1
