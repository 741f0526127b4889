"""End to end: migration of deployments and storage accounts to Resource Manager.

validate / prepare / commit / abort for the virtual machines of a deployment and for a storage
account: the state each step leaves (``migration_state`` on roles and accounts, the resources
gone once committed) and ASM's refusals.
"""

from __future__ import annotations

import pytest

from azure_asm import (
    ConfigurationSetInputEndpoint,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    OSVirtualHardDisk,
)
from azure_asm_runtime.errors import BadRequestError, ResourceNotFoundError

pytestmark = pytest.mark.e2e

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://migstore.blob.core.windows.net/vhds"


@pytest.fixture
def client(asm_emulator):
    """A strict client: every answer must be described by the spec."""
    return asm_emulator.new_client(strict=True)


@pytest.fixture
def vm(client):
    """Cloud service ``svc`` with deployment ``dep`` running ``vm1`` (its disk in migstore)."""
    client.create_storage_account("migstore", "", "migstore", location="West US").result(10)
    client.create_hosted_service("svc", "svc", location="West US")
    client.create_virtual_machine_deployment(
        "svc",
        "dep",
        "production",
        "dep",
        "vm1",
        LinuxConfigurationSet("vm1", "azureuser", "s3cret-Passw0rd", True),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/vm1.vhd"),
        NetworkConfigurationSet(
            input_endpoints=[ConfigurationSetInputEndpoint("SSH", "tcp", 22, 22)]
        ),
        role_size="Small",
    ).result(timeout=10)
    return client


def test_deployment_migration_prepare_then_abort(vm):
    assert vm.validate_deployment_migration("svc", "dep", "New") == []
    vm.prepare_deployment_migration("svc", "dep", "New").result(timeout=10)
    assert vm.get_role("svc", "dep", "vm1").migration_state == "Prepared"
    deployment = vm.get_deployment_by_name("svc", "dep")
    assert [role.migration_state for role in deployment.role_list] == ["Prepared"]
    with pytest.raises(BadRequestError, match="already prepared"):
        vm.prepare_deployment_migration("svc", "dep", "New")

    vm.abort_deployment_migration("svc", "dep").result(timeout=10)
    assert vm.get_role("svc", "dep", "vm1").migration_state is None
    with pytest.raises(BadRequestError, match="not prepared"):
        vm.commit_deployment_migration("svc", "dep")


def test_deployment_migration_commit_removes_the_classic_resources(vm):
    vm.prepare_deployment_migration("svc", "dep", "Existing", "rg", "arm-vnet", "default").result(
        timeout=10
    )
    vm.commit_deployment_migration("svc", "dep").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        vm.get_deployment_by_name("svc", "dep")
    with pytest.raises(ResourceNotFoundError):
        vm.get_hosted_service_properties("svc")
    assert [disk.name for disk in vm.list_disks()] == []
    # The account's disks moved with the machine: the account can go now.
    assert vm.validate_storage_account_migration("migstore") == []


def test_deployment_migration_refusals(vm):
    with pytest.raises(ResourceNotFoundError):
        vm.validate_deployment_migration("svc", "nodep", "New")
    with pytest.raises(ResourceNotFoundError):
        vm.prepare_deployment_migration("nosvc", "dep", "New")
    with pytest.raises(BadRequestError, match="required when the DestinationVirtualNetwork"):
        vm.prepare_deployment_migration("svc", "dep", "Existing", "rg")
    with pytest.raises(BadRequestError, match="not prepared"):
        vm.abort_deployment_migration("svc", "dep")
    with pytest.raises(ValueError):
        vm.validate_deployment_migration("svc", "dep", "Elsewhere")


def test_storage_account_migration_is_blocked_by_attached_disks(vm):
    [message] = vm.validate_storage_account_migration("migstore")
    assert (message.resource_type, message.resource_name, message.category) == (
        "StorageAccount",
        "migstore",
        "Error",
    )
    assert message.virtual_machine_name == "vm1"
    with pytest.raises(BadRequestError, match="attached to the classic virtual machine vm1"):
        vm.prepare_storage_account_migration("migstore")


def test_storage_account_migration_lifecycle(client):
    client.create_storage_account("freestore", "", "free", location="West US").result(10)
    assert client.validate_storage_account_migration("freestore") == []
    client.prepare_storage_account_migration("freestore").result(timeout=10)
    account = client.get_storage_account_properties("freestore")
    assert account.migration_state == "Prepared"
    assert [a.migration_state for a in client.list_storage_accounts()] == ["Prepared"]
    with pytest.raises(BadRequestError, match="already prepared"):
        client.prepare_storage_account_migration("freestore")

    client.abort_storage_account_migration("freestore").result(timeout=10)
    assert client.get_storage_account_properties("freestore").migration_state is None
    with pytest.raises(BadRequestError, match="not prepared"):
        client.commit_storage_account_migration("freestore")

    client.prepare_storage_account_migration("freestore").result(timeout=10)
    client.commit_storage_account_migration("freestore").result(timeout=10)
    with pytest.raises(ResourceNotFoundError):
        client.get_storage_account_properties("freestore")
    assert client.list_storage_accounts() == []
    with pytest.raises(ResourceNotFoundError):
        client.validate_storage_account_migration("freestore")
