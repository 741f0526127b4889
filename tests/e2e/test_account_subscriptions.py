"""End to end: the subscription (list, get, usage counts) and its operation log, over HTTPS."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import pytest

from azure_asm import ServiceManagementService
from azure_asm_emulator.handlers import subscriptions
from azure_asm_runtime.errors import BadRequestError, ForbiddenError, ResourceNotFoundError

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    """A strict client: any element the spec does not describe fails the test."""
    return asm_emulator.new_client(strict=True)


def _window() -> dict[str, str]:
    today = datetime.datetime.now(datetime.UTC).date()
    return {
        "start_time": (today - datetime.timedelta(days=1)).isoformat(),
        "end_time": (today + datetime.timedelta(days=1)).isoformat(),
    }


# --- list / get subscription ----------------------------------------------------------------


def test_get_subscription_counts_what_the_subscription_has(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    empty = sms.get_subscription()
    assert empty.subscription_id == asm_emulator.subscription_id
    assert empty.subscription_status == "Active"
    assert empty.current_hosted_services == 0
    assert empty.current_storage_accounts == 0
    assert empty.current_core_count == 0
    assert empty.max_core_count == subscriptions.MAX_CORE_COUNT
    assert isinstance(empty.created_time, datetime.datetime)

    sms.create_hosted_service("countsvc", "label", location="West US").result(timeout=10)
    sms.create_storage_account("countstore", "d", "l", location="West US").result(timeout=10)
    sms.create_reserved_ip_address("ip1", location="West US").result(timeout=10)
    counted = sms.get_subscription()
    assert counted.current_hosted_services == 1
    assert counted.current_storage_accounts == 1
    assert counted.current_reserved_ips == 1
    assert counted.current_virtual_network_sites == 0


def test_cores_follow_the_deployed_role_sizes(sms: ServiceManagementService) -> None:
    from tests.e2e.test_compute_vms import create_vm

    sms.create_hosted_service("coresvc", "label", location="West US")
    create_vm(sms, "coresvc", role_size="Medium").result(timeout=10)
    assert sms.get_subscription().current_core_count == 2  # Medium: 2 cores


def test_list_subscriptions_lists_those_of_the_certificate(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    listed = sms.list_subscriptions()
    assert [s.subscription_id for s in listed] == [asm_emulator.subscription_id]
    assert listed[0].max_storage_accounts == subscriptions.MAX_STORAGE_ACCOUNTS

    # The same certificate made a management certificate of a second subscription.
    second = "11111111-2222-3333-4444-555555555555"
    asm_emulator.server.register_certificate(
        second, asm_emulator.cert_path.with_suffix(".cer").read_bytes(), persist=False
    )
    both = {s.subscription_id for s in sms.list_subscriptions()}
    assert both == {asm_emulator.subscription_id, second}

    # Another subscription's certificate sees only its own.
    other = asm_emulator.add_subscription()
    assert [s.subscription_id for s in other.list_subscriptions()] == [other.subscription_id]


def test_unknown_certificates_are_refused(asm_emulator: AsmEmulator, unregistered_cert) -> None:
    stranger = asm_emulator.new_client(cert_path=unregistered_cert)
    with pytest.raises(ForbiddenError):
        stranger.list_subscriptions()
    with pytest.raises(ForbiddenError):
        stranger.get_subscription()
    with pytest.raises(ForbiddenError):
        stranger.list_subscription_operations(**_window())


# --- the operation log ----------------------------------------------------------------------


def test_writes_are_logged_with_their_outcome(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    created = sms.create_hosted_service("logsvc", "label", location="West US")
    created.result(timeout=10)
    sms.create_affinity_group("logag", "label", "West US")
    with pytest.raises(ResourceNotFoundError):
        sms.delete_affinity_group("nosuchgroup")
    sms.get_subscription()  # reads are not logged

    page = sms.list_subscription_operations(**_window())
    assert page.continuation_token is None
    names = [op.operation_name for op in page.subscription_operations or []]
    assert names == ["CreateHostedService", "CreateAffinityGroup", "DeleteAffinityGroup"]
    create, group, failed = page.subscription_operations or []

    assert create.operation_id == created.request_id
    assert create.operation_object_id == f"/{asm_emulator.subscription_id}/services/hostedservices"
    assert create.operation_status is not None
    assert create.operation_status.status == "Succeeded"
    assert create.operation_status.http_status_code == 200
    assert create.operation_completed_time is not None
    assert create.operation_started_time is not None
    assert create.operation_started_time <= create.operation_completed_time
    assert create.operation_caller is not None
    assert create.operation_caller.used_service_management_api is True
    assert create.operation_caller.subscription_certificate_thumbprint == (
        asm_emulator.server.state.certificates(asm_emulator.subscription_id)[0].thumbprint
    )

    assert group.operation_status is not None
    assert group.operation_status.http_status_code == 201

    assert failed.operation_object_id == (
        f"/{asm_emulator.subscription_id}/affinitygroups/nosuchgroup"
    )
    assert [(p.name, p.value) for p in failed.operation_parameters or []] == [
        ("affinityGroupName", "nosuchgroup")
    ]
    assert failed.operation_status is not None
    assert failed.operation_status.status == "Failed"
    assert failed.operation_status.http_status_code == 404
    assert failed.operation_status.error is not None
    assert failed.operation_status.error.code == "ResourceNotFound"


def test_an_asynchronous_write_is_in_progress_until_its_operation_ends(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    asm_emulator.server.operation_delay = 30
    sms.create_hosted_service("slowsvc", "label", location="West US")
    running = sms.list_subscription_operations(**_window(), operation_result_filter="InProgress")
    assert [op.operation_name for op in running.subscription_operations or []] == [
        "CreateHostedService"
    ]
    (op,) = running.subscription_operations or []
    assert op.operation_completed_time is None
    assert op.operation_status is not None and op.operation_status.http_status_code is None
    asm_emulator.server.state.operations.finish_all()
    done = sms.list_subscription_operations(**_window(), operation_result_filter="Succeeded")
    assert [o.operation_id for o in done.subscription_operations or []] == [op.operation_id]


def test_paging_through_iter_subscription_operations(
    asm_emulator: AsmEmulator, sms: ServiceManagementService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(subscriptions, "PAGE_SIZE", 2)
    for index in range(5):
        sms.create_affinity_group(f"pageag{index}", "label", "West US")

    first = sms.list_subscription_operations(**_window())
    assert len(first.subscription_operations or []) == 2
    assert first.continuation_token
    second = sms.list_subscription_operations(
        **_window(), continuation_token=first.continuation_token
    )
    assert [op.operation_parameters for op in second.subscription_operations or []] == [[], []]

    every = list(sms.iter_subscription_operations(**_window()))
    assert [op.operation_name for op in every] == ["CreateAffinityGroup"] * 5
    assert len({op.operation_id for op in every}) == 5


def test_filters(asm_emulator: AsmEmulator, sms: ServiceManagementService) -> None:
    sub = asm_emulator.subscription_id
    sms.create_affinity_group("filterag", "label", "West US")
    sms.update_affinity_group("filterag", "new label")
    sms.create_hosted_service("filtersvc", "label", location="West US").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        sms.update_affinity_group("missing", "label")

    on_group = sms.list_subscription_operations(
        **_window(), object_id_filter=f"/{sub}/affinitygroups/filterag"
    )
    assert [op.operation_name for op in on_group.subscription_operations or []] == [
        "UpdateAffinityGroup"
    ]
    under_groups = list(
        sms.iter_subscription_operations(**_window(), object_id_filter=f"/{sub}/affinitygroups")
    )
    assert len(under_groups) == 3
    failed = list(sms.iter_subscription_operations(**_window(), operation_result_filter="Failed"))
    assert [op.operation_object_id for op in failed] == [f"/{sub}/affinitygroups/missing"]

    old = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=30)
    nothing = sms.list_subscription_operations(
        start_time=old.strftime("%Y-%m-%dT%H:%M:%SZ"),
        end_time=(old + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.1234567Z"),
    )
    assert nothing.subscription_operations == []


def test_operation_log_errors(sms: ServiceManagementService) -> None:
    with pytest.raises(BadRequestError, match="StartTime"):
        sms.list_subscription_operations()
    with pytest.raises(BadRequestError, match="EndTime"):
        sms.list_subscription_operations(start_time="2015-01-01")
    too_old = datetime.date.today() - datetime.timedelta(days=120)
    with pytest.raises(BadRequestError, match="90 days"):
        sms.list_subscription_operations(
            start_time=too_old.isoformat(), end_time=datetime.date.today().isoformat()
        )
    window = _window()
    with pytest.raises(BadRequestError, match="earlier"):
        sms.list_subscription_operations(
            start_time=window["end_time"], end_time=window["start_time"]
        )
    with pytest.raises(BadRequestError, match="continuation token"):
        sms.list_subscription_operations(**window, continuation_token="not-a-token")
    # Values the client refuses before sending anything.
    with pytest.raises(ValueError):
        sms.list_subscription_operations(start_time="yesterday", end_time=window["end_time"])
    with pytest.raises(ValueError):
        sms.list_subscription_operations(**window, operation_result_filter="Maybe")


def test_raw_errors_the_client_would_not_send(sms: ServiceManagementService) -> None:
    sub = sms.subscription_id
    with pytest.raises(BadRequestError, match="not a valid UTC time"):
        sms.perform_get(f"/{sub}/operations?StartTime=2015-13-45&EndTime=2015-01-01")
    window = _window()
    query = f"StartTime={window['start_time']}&EndTime={window['end_time']}"
    with pytest.raises(BadRequestError, match="OperationResultFilter"):
        sms.perform_get(f"/{sub}/operations?{query}&OperationResultFilter=Maybe")
