"""The asynchronous-operation engine, directly and over HTTPS."""

from __future__ import annotations

import threading
import time

import pytest

from azure_asm_emulator import AsmFault, ManualClock, OperationStatus, State
from azure_asm_emulator.operations import conflict_message
from tests.emulator.asm_emulator_testlib import OTHER_SUBSCRIPTION, SUBSCRIPTION, WA


def conflict(request_id: str, noun: str) -> str:
    return (
        f"Windows Azure is currently performing an operation with x-ms-requestid {request_id} "
        f"on this {noun} that requires exclusive access."
    )


def operation_status(client, request_id, subscription=SUBSCRIPTION):
    answer = client.request("GET", f"/{{sub}}/operations/{request_id}", subscription=subscription)
    return answer


def parse_operation(answer):
    root = answer.xml()
    assert root.tag == f"{WA}Operation"
    error = root.find(f"{WA}Error")
    return {
        "id": root.findtext(f"{WA}ID"),
        "status": root.findtext(f"{WA}Status"),
        "http_status_code": root.findtext(f"{WA}HttpStatusCode"),
        "error": None
        if error is None
        else (error.findtext(f"{WA}Code"), error.findtext(f"{WA}Message")),
    }


# -- the engine on its own ------------------------------------------------------------------


@pytest.fixture
def state():
    return State(clock=ManualClock(), operation_delay=1.0)


def test_work_runs_when_the_delay_has_elapsed(state):
    done: list[str] = []
    operation = state.operations.start(
        "make",
        subscription_id=SUBSCRIPTION,
        lock_keys=["hostedservice:a"],
        work=lambda: done.append("a"),
    )
    assert operation.status is OperationStatus.IN_PROGRESS
    state.operations.clock.advance(0.5)
    state.operations.settle()
    assert done == [] and not operation.done
    state.operations.clock.advance(0.5)
    assert state.operations.get(SUBSCRIPTION, operation.request_id) is operation
    assert done == ["a"]
    assert operation.status is OperationStatus.SUCCEEDED
    assert operation.http_status_code == 200
    assert state.operations.holder("hostedservice:a") is None


def test_default_delay_is_never_zero():
    assert State().operations.default_delay == 0.3


def test_lock_conflicts_name_the_resource_kind(state):
    service = state.operations.start(
        "a", subscription_id=SUBSCRIPTION, lock_keys=["hostedservice:svc"]
    )
    deployment = state.operations.start(
        "b", subscription_id=SUBSCRIPTION, lock_keys=["deployment:svc/dep"]
    )
    with pytest.raises(AsmFault) as caught:
        state.operations.require_unlocked("hostedservice:other", "hostedservice:svc")
    assert (caught.value.status, caught.value.code) == (409, "ConflictError")
    assert caught.value.message == conflict(service.request_id, "hosted service")
    with pytest.raises(AsmFault) as caught:
        state.operations.start("c", subscription_id=SUBSCRIPTION, lock_keys=["deployment:svc/dep"])
    assert caught.value.message == conflict(deployment.request_id, "deployment")
    assert conflict_message("x", "widget:1") == conflict("x", "resource")
    assert len(state.operations.operations()) == 2  # the refused one was not registered


def test_failed_work_releases_its_locks(state):
    def work() -> None:
        raise AsmFault(400, "InvalidThing", "No.")

    operation = state.operations.start(
        "a", subscription_id=SUBSCRIPTION, lock_keys=["hostedservice:s"], work=work
    )
    state.operations.finish_all()
    assert operation.status is OperationStatus.FAILED
    assert (operation.http_status_code, operation.error_code) == (400, "InvalidThing")
    state.operations.require_unlocked("hostedservice:s")


def test_unexpected_exception_in_work_is_internal_error(state):
    def work() -> None:
        raise KeyError("bug")

    operation = state.operations.start("a", subscription_id=SUBSCRIPTION, work=work)
    state.operations.finish_all()
    assert (operation.status, operation.http_status_code, operation.error_code) == (
        OperationStatus.FAILED,
        500,
        "InternalError",
    )


def test_operations_settle_in_due_order(state):
    order: list[str] = []
    state.operations.start(
        "slow", subscription_id=SUBSCRIPTION, delay=2.0, work=lambda: order.append("slow")
    )
    state.operations.start(
        "fast", subscription_id=SUBSCRIPTION, delay=0.5, work=lambda: order.append("fast")
    )
    state.operations.start(
        "now", subscription_id=SUBSCRIPTION, delay=0.0, work=lambda: order.append("now")
    )
    state.operations.settle()
    assert order == ["now"]
    state.operations.clock.advance(5)
    state.operations.settle()
    assert order == ["now", "fast", "slow"]


def test_operations_of_other_subscriptions_are_invisible(state):
    operation = state.operations.start("a", subscription_id=SUBSCRIPTION)
    assert state.operations.get(OTHER_SUBSCRIPTION, operation.request_id) is None
    assert state.operations.get(SUBSCRIPTION.upper(), operation.request_id) is operation
    assert state.operations.operations(OTHER_SUBSCRIPTION) == []


def test_negative_delays_are_rejected(state):
    with pytest.raises(ValueError):
        state.operations.start("a", subscription_id=SUBSCRIPTION, delay=-1)
    with pytest.raises(ValueError):
        state.operations.default_delay = -0.1


def test_manual_clock_cannot_go_backwards():
    with pytest.raises(ValueError):
        ManualClock().advance(-1)


# -- over HTTPS -----------------------------------------------------------------------------


def test_async_operation_lifecycle(manual_server, manual_client, clock):
    answer = manual_client.request("POST", "/{sub}/test/items/web1", body=b"")
    assert answer.status == 202
    request_id = answer.header("x-ms-request-id")
    assert len(request_id) == 32

    status = operation_status(manual_client, request_id)
    assert status.status == 200
    assert status.header("Content-Type") == "application/xml; charset=utf-8"
    assert parse_operation(status) == {
        "id": request_id,
        "status": "InProgress",
        "http_status_code": None,
        "error": None,
    }
    # Not there yet: work runs when the operation completes.
    assert manual_client.request("GET", "/{sub}/test/items/web1").status == 404

    # A conflicting write while it runs: ASM's exact wording for a hosted service.
    again = manual_client.request("POST", "/{sub}/test/items/web1", body=b"")
    assert again.status == 409
    assert again.error() == ("ConflictError", conflict(request_id, "hosted service"))
    deleted = manual_client.request("DELETE", "/{sub}/test/items/web1")
    assert deleted.error() == ("ConflictError", conflict(request_id, "hosted service"))

    clock.advance(1.0)
    assert parse_operation(operation_status(manual_client, request_id)) == {
        "id": request_id,
        "status": "Succeeded",
        "http_status_code": "200",
        "error": None,
    }
    assert manual_client.request("GET", "/{sub}/test/items/web1").status == 200
    assert manual_client.request("DELETE", "/{sub}/test/items/web1").status == 200


def test_effect_is_visible_without_polling(manual_client, clock):
    assert manual_client.request("POST", "/{sub}/test/items/quiet", body=b"").status == 202
    clock.advance(1.0)
    assert manual_client.request("GET", "/{sub}/test/items/quiet").status == 200


def test_deployment_conflict_wording(manual_client):
    first = manual_client.request("PUT", "/{sub}/test/items/vm/deployment", body=b"")
    assert first.status == 202
    second = manual_client.request("PUT", "/{sub}/test/items/vm/deployment", body=b"")
    assert second.status == 409
    assert second.error() == (
        "ConflictError",
        conflict(first.header("x-ms-request-id"), "deployment"),
    )


def test_failing_work_makes_a_failed_operation(manual_client, clock):
    answer = manual_client.request("POST", "/{sub}/test/items/fail-1", body=b"")
    assert answer.status == 202
    clock.advance(1.0)
    result = parse_operation(operation_status(manual_client, answer.header("x-ms-request-id")))
    assert result["status"] == "Failed"
    assert result["http_status_code"] == "400"
    assert result["error"] == ("InvalidItem", "The item <cannot> be created & stays away.")
    # The lock is gone with the operation.
    assert manual_client.request("DELETE", "/{sub}/test/items/fail-1").status == 200


def test_crashing_work_is_a_failed_operation(manual_client, clock):
    answer = manual_client.request("POST", "/{sub}/test/items/crash-1", body=b"")
    clock.advance(1.0)
    result = parse_operation(operation_status(manual_client, answer.header("x-ms-request-id")))
    assert (result["status"], result["http_status_code"]) == ("Failed", "500")
    assert result["error"][0] == "InternalError"


def test_unknown_operation_is_404(manual_client):
    answer = operation_status(manual_client, "0" * 32)
    assert answer.status == 404
    assert answer.error()[0] == "ResourceNotFound"


def test_operation_of_another_subscription_is_404(manual_server, manual_client):
    manual_server.register_certificate(
        OTHER_SUBSCRIPTION,
        manual_client.server.state.certificates(SUBSCRIPTION)[0].der,
        persist=False,
    )
    answer = manual_client.request("POST", "/{sub}/test/items/mine", body=b"")
    request_id = answer.header("x-ms-request-id")
    assert operation_status(manual_client, request_id, OTHER_SUBSCRIPTION).status == 404
    assert operation_status(manual_client, request_id).status == 200


def test_real_clock_operation_completes(server, client):
    assert server.operation_delay == 0.05
    started = time.monotonic()
    answer = client.request("POST", "/{sub}/test/items/real", body=b"")
    request_id = answer.header("x-ms-request-id")
    seen: list[str] = []
    while time.monotonic() - started < 5:
        status = parse_operation(operation_status(client, request_id))["status"]
        if not seen or seen[-1] != status:
            seen.append(status)
        if status != "InProgress":
            break
        time.sleep(0.01)
    assert seen[-1] == "Succeeded"
    assert time.monotonic() - started >= 0.05
    assert client.request("GET", "/{sub}/test/items/real").status == 200


def test_concurrent_creates_of_one_name_conflict(manual_client):
    statuses: list[int] = []
    lock = threading.Lock()

    def create() -> None:
        status = manual_client.request("POST", "/{sub}/test/items/race", body=b"").status
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=create) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(statuses) == [202, 409, 409, 409, 409, 409]
