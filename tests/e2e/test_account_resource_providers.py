"""End to end: registering the subscription with resource providers."""

from __future__ import annotations

import pytest

from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

pytestmark = pytest.mark.e2e


def test_register_and_unregister_a_resource_provider(asm_emulator):
    client = asm_emulator.new_client(strict=True)
    assert client.register_resource_provider("scheduler.JobCollections") is None
    with pytest.raises(ConflictError, match="already registered"):
        client.register_resource_provider("Scheduler.JobCollections")
    client.register_resource_provider("website")
    client.unregister_resource_provider("scheduler.jobcollections")
    with pytest.raises(ResourceNotFoundError, match="not registered"):
        client.unregister_resource_provider("scheduler.JobCollections")
    client.register_resource_provider("scheduler.JobCollections")  # again, once unregistered
    # Registrations belong to the subscription.
    other = asm_emulator.add_subscription()
    other.register_resource_provider("website")


def test_resource_provider_refusals(asm_emulator):
    client = asm_emulator.client
    path = f"/{client.subscription_id}/services?service=website&action=enroll"
    with pytest.raises(BadRequestError, match="action is not valid"):
        client.perform_put(path, b"")
    with pytest.raises(BadRequestError, match="service is required"):
        client.perform_put(f"/{client.subscription_id}/services?action=register", b"")
    with pytest.raises(ValueError):
        client.register_resource_provider(None)
