"""What ASM accepts from azure-servicemanagement-legacy although the spec would not write it.

The bodies and paths below are those the reference package sends (its recorded traffic against
ASM got 2xx answers for each); the emulator must accept them too, or legacy code cannot be run
against it (tests/legacy/test_compat_scripts.py).
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

import pytest

from azure_asm import SchedulerManagementService, ServiceBusManagementService

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

WA = 'xmlns="http://schemas.microsoft.com/windowsazure"'


def client_of(emulator: AsmEmulator, kind: Any) -> Any:
    return kind(
        emulator.subscription_id,
        os.fspath(emulator.cert_path),
        host=emulator.host,
        ca_bundle=os.fspath(emulator.ca_bundle),
    )


def settle(emulator: AsmEmulator, request_id: str) -> str:
    for _ in range(200):
        status = emulator.client.get_operation_status(request_id).status
        if status != "InProgress":
            return str(status)
        time.sleep(0.02)
    raise AssertionError("the operation never finished")


def test_job_collection_plan_in_lower_case(asm_emulator: AsmEmulator) -> None:
    scheduler = client_of(asm_emulator, SchedulerManagementService)
    sub = asm_emulator.subscription_id
    scheduler.create_cloud_service("cs1", "label", "description", "West US").result(timeout=10)
    response = scheduler.perform_put(
        f"/{sub}/cloudservices/cs1/resources/scheduler/jobCollections/jobs1",
        f"<Resource {WA}><IntrinsicSettings><plan>Free</plan></IntrinsicSettings></Resource>",
    )
    assert response.status == 202
    assert settle(asm_emulator, response.header("x-ms-request-id") or "") == "Succeeded"
    collection = scheduler.get_job_collection("cs1", "jobs1")
    assert collection.intrinsic_settings is not None
    assert collection.intrinsic_settings.plan == "Free"


def test_namespace_entry_with_atom_metadata(asm_emulator: AsmEmulator) -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>'
        '<entry xmlns="http://www.w3.org/2005/Atom">'
        "<title /><updated>2015-01-01T00:00:00+00:00</updated><author><name /></author><id />"
        '<content type="application/xml"><NamespaceDescription '
        'xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect">'
        "<Region>West US</Region></NamespaceDescription></content></entry>"
    )
    response = asm_emulator.client.perform_put(
        f"/{asm_emulator.subscription_id}/services/serviceBus/Namespaces/legacyns",
        body,
        x_ms_version="2012-03-01",
    )
    assert response.status == 200
    sbms = client_of(asm_emulator, ServiceBusManagementService)
    listed = sbms.perform_get(
        f"/{asm_emulator.subscription_id}/services/serviceBus/Namespaces/legacyns",
        x_ms_version="2012-03-01",
    )
    assert listed.status == 200
    assert b"<Region>West US</Region>" in listed.body


def test_double_slash_paths(asm_emulator: AsmEmulator) -> None:
    sub = asm_emulator.subscription_id
    client = asm_emulator.client
    client.create_hosted_service("svc1", "label", location="West US").result(timeout=10)
    response = client.perform_get(f"/{sub}/services//hostedservices//svc1")
    assert response.status == 200
    assert b"<ServiceName>svc1</ServiceName>" in response.body
