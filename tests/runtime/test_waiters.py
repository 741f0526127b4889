"""Named waiters (`client.get_waiter(name).wait(...)`): acceptors, limits and elapsed time.

The client runs for real against a stub transport answering from a script; time is a fake
clock that each request and each sleep advance, so elapsed times are exact and nothing sleeps.
"""

from __future__ import annotations

from typing import Any

import pytest

from azure_asm import (
    Deployment,
    ForbiddenError,
    Operation,
    RoleInstance,
    SchedulerManagementService,
    ServiceManagementService,
    WaiterError,
)
from azure_asm.waiters import WAITERS
from azure_asm_emulator_codecs.catalog import CODECS
from azure_asm_runtime.http import HttpRequest, HttpResponse, current_deadline
from azure_asm_runtime.retry import NO_RETRY
from azure_asm_runtime.waiters import Acceptor, WaitAttempt, Waiter, WaiterConfig, search

ERROR = (
    '<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>{code}</Code>'
    "<Message>{message}</Message></Error>"
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class ScriptedTransport:
    """Answers each request with the next entry of the script (the last one repeats); each
    request takes `call_seconds` of the fake clock."""

    def __init__(self, clock: FakeClock, script: list[HttpResponse], call_seconds: float) -> None:
        self.clock = clock
        self.script = script
        self.call_seconds = call_seconds
        self.requests: list[HttpRequest] = []
        self.deadlines: list[float | None] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        deadline = current_deadline()
        self.deadlines.append(None if deadline is None else deadline.seconds)
        self.clock.now += self.call_seconds
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]


def answer(operation: str, model: Any) -> HttpResponse:
    write = CODECS[operation].write_response
    assert write is not None
    return HttpResponse(200, {"x-ms-request-id": "r"}, write(model))


def deployment(status: str, *instances: str) -> HttpResponse:
    roles = [RoleInstance(role_name=f"vm{i}", instance_status=s) for i, s in enumerate(instances)]
    return answer(
        "get_deployment_by_name",
        Deployment(name="dep", status=status, role_instance_list=roles or None),
    )


def error(status: int, code: str) -> HttpResponse:
    body = ERROR.format(code=code, message=f"{code} says no.").encode()
    return HttpResponse(status, {"x-ms-request-id": "e"}, body)


def make(
    script: list[HttpResponse], call_seconds: float = 0.0, cls: type[Any] = ServiceManagementService
) -> tuple[Any, FakeClock, ScriptedTransport]:
    clock = FakeClock()
    transport = ScriptedTransport(clock, script, call_seconds)
    client = cls("sub-id", transport=transport, host="example.test", retry=NO_RETRY)
    client._clock = clock
    client._sleep = clock.sleep
    return client, clock, transport


def test_success_after_retries_reports_attempts_and_true_elapsed_time() -> None:
    sms, clock, transport = make(
        [deployment("Deploying"), deployment("Deploying"), deployment("Running")], 0.25
    )
    result = sms.get_waiter("deployment_running").wait(
        service_name="svc", deployment_name="dep", delay=2
    )
    assert result.response.status == "Running"
    assert result.attempts == 3
    assert clock.sleeps == [2, 2]
    assert result.elapsed == pytest.approx(2 * 2 + 3 * 0.25)  # the calls count too
    assert [r.url for r in transport.requests] == [
        "https://example.test/sub-id/services/hostedservices/svc/deployments/dep"
    ] * 3


def test_failure_state_raises_waiter_error_with_the_last_state() -> None:
    sms, clock, _ = make([deployment("Deploying"), deployment("Deleting")], 1.0)
    with pytest.raises(WaiterError) as caught:
        sms.get_waiter("deployment_running").wait(
            service_name="svc", deployment_name="dep", delay=3
        )
    failure = caught.value
    assert failure.name == "deployment_running"
    assert failure.reason == "reached a failure state"
    assert failure.last_state == "status=Deleting"
    assert failure.last_response.status == "Deleting"
    assert (failure.attempts, failure.elapsed) == (2, pytest.approx(5.0))
    assert "status=Deleting" in str(failure) and "2 attempts, 5.0s" in str(failure)


def test_timeout_polls_once_more_at_the_deadline_then_raises() -> None:
    sms, clock, transport = make([deployment("Deploying")])
    with pytest.raises(WaiterError) as caught:
        sms.get_waiter("deployment_running").wait(
            service_name="svc", deployment_name="dep", delay=2, timeout=5
        )
    assert clock.sleeps == [2, 2, 1]  # the last pause is cut to the deadline
    assert caught.value.attempts == 4
    assert caught.value.elapsed == pytest.approx(5.0)
    assert caught.value.reason == "timed out after 5s"
    assert caught.value.last_state == "status=Deploying"
    # Each call is bounded by what is left of the wait (at least a second).
    assert transport.deadlines == [5, 3, 1, 1]


def test_timeout_alone_lifts_the_waiters_attempt_limit() -> None:
    sms, clock, _ = make([deployment("Deploying")])
    waiter = sms.get_waiter("deployment_running")
    with pytest.raises(WaiterError) as caught:
        waiter.wait(service_name="svc", deployment_name="dep", delay=1, timeout=500)
    assert waiter.config.max_attempts == 120
    assert caught.value.attempts == 501
    assert caught.value.reason == "timed out after 500s"


def test_max_attempts_default_and_override() -> None:
    sms, clock, _ = make([deployment("Deploying")])
    waiter = sms.get_waiter("deployment_running")
    with pytest.raises(WaiterError) as caught:
        waiter.wait(service_name="svc", deployment_name="dep")
    assert caught.value.attempts == 120
    assert clock.sleeps == [5.0] * 119  # the spec's delay
    assert caught.value.reason == "gave up after 120 attempts"
    with pytest.raises(WaiterError) as caught:
        waiter.wait(service_name="svc", deployment_name="dep", max_attempts=3, timeout=1000)
    assert caught.value.attempts == 3


def test_error_acceptor_retries_then_success() -> None:
    sms, clock, _ = make([error(404, "ResourceNotFound"), deployment("Running")], 0.5)
    seen: list[WaitAttempt] = []
    result = sms.get_waiter("deployment_running").wait(
        service_name="svc", deployment_name="dep", delay=1, progress=seen.append
    )
    assert result.attempts == 2
    assert seen == [
        WaitAttempt(1, pytest.approx(0.5), "retry", "ResourceNotFound"),  # type: ignore[arg-type]
        WaitAttempt(2, pytest.approx(2.0), "success", "status=Running"),  # type: ignore[arg-type]
    ]


def test_error_as_success_state() -> None:
    sms, _, _ = make([deployment("Deleting"), error(404, "ResourceNotFound")])
    result = sms.get_waiter("deployment_deleted").wait(
        service_name="svc", deployment_name="dep", delay=1
    )
    assert (result.response, result.attempts) == (None, 2)


def test_unexpected_error_ends_the_wait_at_once() -> None:
    sms, _, _ = make([error(403, "ForbiddenError")])
    with pytest.raises(WaiterError) as caught:
        sms.get_waiter("deployment_running").wait(service_name="svc", deployment_name="dep")
    assert caught.value.attempts == 1
    assert isinstance(caught.value.__cause__, ForbiddenError)
    assert caught.value.last_state == "ForbiddenError"
    assert caught.value.reason.startswith("unexpected error: 403 ForbiddenError")


def test_projection_all_and_any() -> None:
    sms, _, _ = make(
        [
            deployment("Running"),  # no instances yet: `all` needs at least one
            deployment("Running", "ReadyRole", "Provisioning"),
            deployment("Running", "ReadyRole", "ReadyRole"),
        ]
    )
    seen: list[WaitAttempt] = []
    result = sms.get_waiter("role_instances_ready").wait(
        service_name="svc", deployment_name="dep", delay=1, progress=seen.append
    )
    assert result.attempts == 3
    assert [(a.state, a.observed) for a in seen] == [
        (None, "role_instance_list[].instance_status=(none)"),
        (None, "role_instance_list[].instance_status=ReadyRole,Provisioning"),
        ("success", "role_instance_list[].instance_status=ReadyRole,ReadyRole"),
    ]
    sms, _, _ = make([deployment("Running", "ReadyRole", "FailedStartingVM")])
    with pytest.raises(WaiterError, match="failure state"):
        sms.get_waiter("role_instances_ready").wait(service_name="svc", deployment_name="dep")
    sms, _, _ = make([deployment("Suspended", "StoppedVM", "StoppedDeallocated")])
    stopped = sms.get_waiter("role_instances_stopped")
    assert stopped.wait(service_name="svc", deployment_name="dep").attempts == 1


def test_operation_succeeded_waiter() -> None:
    statuses = [
        answer("get_operation_status", Operation(id="r1", status=s))
        for s in ("InProgress", "Failed")
    ]
    sms, _, transport = make(statuses)
    with pytest.raises(WaiterError) as caught:
        sms.get_waiter("operation_succeeded").wait(request_id="r1", delay=0.5)
    assert caught.value.last_state == "status=Failed"
    assert transport.requests[0].url == "https://example.test/sub-id/operations/r1"


def test_only_the_clients_own_waiters_and_unknown_names() -> None:
    sms, _, _ = make([deployment("Running")])
    scheduler, _, _ = make([deployment("Running")], cls=SchedulerManagementService)
    assert "deployment_running" in sms.waiter_names
    assert "scheduler_operation_succeeded" not in sms.waiter_names
    assert scheduler.waiter_names == ["scheduler_operation_succeeded"]
    assert set(sms.waiter_names) == {
        name for name, cfg in WAITERS.items() if cfg.client == "ServiceManagementService"
    }
    with pytest.raises(ValueError, match="not a waiter of SchedulerManagementService") as caught:
        scheduler.get_waiter("deployment_running")
    assert "scheduler_operation_succeeded" in str(caught.value)
    with pytest.raises(ValueError, match="'nope'.*deployment_running"):
        sms.get_waiter("nope")

    class MyClient(ServiceManagementService):
        pass

    mine = MyClient("sub-id", transport=sms.transport)
    assert mine.waiter_names == sms.waiter_names


def test_invalid_wait_options_are_refused_before_any_call() -> None:
    sms, _, transport = make([deployment("Running")])
    waiter = sms.get_waiter("deployment_running")
    with pytest.raises(ValueError, match="delay"):
        waiter.wait(service_name="svc", deployment_name="dep", delay=-1)
    with pytest.raises(ValueError, match="timeout"):
        waiter.wait(service_name="svc", deployment_name="dep", timeout=0)
    with pytest.raises(ValueError, match="max_attempts"):
        waiter.wait(service_name="svc", deployment_name="dep", max_attempts=0)
    assert transport.requests == []


def test_fixed_params_are_passed_and_cannot_be_overridden() -> None:
    sms, _, transport = make([answer("get_hosted_service_properties", _service())])
    config = WaiterConfig(
        name="detailed",
        client="ServiceManagementService",
        operation="get_hosted_service_properties",
        acceptors=(Acceptor("success", returned=True),),
        params=(("embed_detail", True),),
    )
    Waiter(sms, config).wait(service_name="svc")
    assert transport.requests[0].url.endswith("/services/hostedservices/svc?embed-detail=true")
    with pytest.raises(TypeError, match="embed_detail"):
        Waiter(sms, config).wait(service_name="svc", embed_detail=False)


def _service() -> Any:
    from azure_asm import HostedService

    return HostedService(service_name="svc")


class _Item:
    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def test_search_follows_jmespath_projection_semantics() -> None:
    data = _Item(
        a=[_Item(b=[_Item(c=1), _Item(c=None)]), _Item(b=None), _Item(b=[_Item(c=3)])],
        d=None,
    )
    assert search(("a", "[]", "b", "[]", "c"), data) == [1, 3]  # nested flatten, nulls dropped
    assert search(("a", "[]", "b"), data) == [data.a[0].b, data.a[2].b]
    assert search(("d", "e"), data) is None
    assert search(("d", "[]"), data) is None
    assert search(("missing",), data) is None
