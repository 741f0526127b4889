"""End to end: package deployments and their life against the emulator over HTTPS.

create_deployment, swap_deployment, update_deployment_status, change_deployment_configuration,
upgrade_deployment, walk_upgrade_domain, rollback_update_or_upgrade, the role instance actions
(reboot, reimage, rebuild, delete) and the DNS servers of a deployment: the happy paths with the
states seen while the operation runs, then each operation's refusals.
"""

from __future__ import annotations

import base64

import pytest

from azure_asm import LinuxConfigurationSet, OSVirtualHardDisk
from azure_asm_runtime.errors import BadRequestError, ConflictError, ResourceNotFoundError

pytestmark = pytest.mark.e2e

PACKAGE = "https://acct.blob.core.windows.net/packages/app-v1.cspkg"
PACKAGE_V2 = "https://acct.blob.core.windows.net/packages/app-v2.cspkg"
CSCFG_NS = "http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"
LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
MEDIA = "https://mystorageaccount.blob.core.windows.net/vhds"
IN_PROGRESS = "currently performing an operation"


def cscfg(setting: str = "v1", **roles: int) -> str:
    """A base64 service configuration with ``roles`` (name -> instance count)."""
    roles = roles or {"WebRole1": 2, "WorkerRole1": 1}
    body = "".join(
        f'<Role name="{name}"><Instances count="{count}" />'
        f'<ConfigurationSettings><Setting name="Version" value="{setting}" />'
        "</ConfigurationSettings></Role>"
        for name, count in roles.items()
    )
    document = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<ServiceConfiguration serviceName="svc" xmlns="{CSCFG_NS}" osFamily="4" osVersion="*">'
        f"{body}</ServiceConfiguration>"
    )
    return base64.b64encode(document.encode()).decode()


def instances(deployment) -> dict[str, tuple[str, str]]:
    return {
        i.instance_name: (i.instance_status, i.power_state) for i in deployment.role_instance_list
    }


@pytest.fixture
def client(asm_emulator):
    return asm_emulator.client


@pytest.fixture
def web(client):
    """Cloud service ``web`` running package deployment ``v1`` in production (settled)."""
    client.create_hosted_service("web", "web", location="West US")
    client.create_deployment(
        "web", "production", "v1", PACKAGE, "version 1", cscfg(), start_deployment=True
    ).result(timeout=10)
    return client


def get(client, name: str = "v1", service: str = "web"):
    return client.get_deployment_by_name(service, name)


# --- create_deployment ------------------------------------------------------------------------


def test_create_package_deployment_runs_its_instances(client):
    client.create_hosted_service("web", "web", location="West US")
    operation = client.create_deployment(
        "web",
        "production",
        "v1",
        PACKAGE,
        "version 1",
        cscfg(),
        True,
        False,
        {"owner": "me"},
    )
    deploying = get(client)
    assert deploying.status == "Deploying"
    assert set(instances(deploying).values()) == {("CreatingVM", "Starting")}
    assert operation.result(timeout=10).status == "Succeeded"

    deployment = get(client)
    assert (deployment.status, deployment.deployment_slot) == ("Running", "Production")
    assert deployment.label == "version 1"
    assert deployment.url == "http://web.cloudapp.net/"
    assert deployment.extended_properties == {"owner": "me"}
    assert 'value="v1"' in deployment.configuration
    assert deployment.role_list in (None, [])
    assert instances(deployment) == {
        "WebRole1_IN_0": ("ReadyRole", "Started"),
        "WebRole1_IN_1": ("ReadyRole", "Started"),
        "WorkerRole1_IN_0": ("ReadyRole", "Started"),
    }
    assert deployment.upgrade_domain_count == 2
    domains = {i.instance_name: i.instance_upgrade_domain for i in deployment.role_instance_list}
    assert domains == {"WebRole1_IN_0": 0, "WebRole1_IN_1": 1, "WorkerRole1_IN_0": 0}
    assert deployment.locked is False and deployment.rollback_allowed is False
    assert client.get_deployment_by_slot("web", "production").name == "v1"
    service = client.get_hosted_service_properties("web", embed_detail=True)
    assert [d.name for d in service.deployments] == ["v1"]


def test_create_staging_deployment_suspended(web):
    web.create_deployment("web", "Staging", "v2", PACKAGE_V2, "version 2", cscfg("v2")).result(
        timeout=10
    )
    staging = web.get_deployment_by_slot("web", "staging")
    assert (staging.name, staging.status) == ("v2", "Suspended")
    assert set(instances(staging).values()) == {("StoppedVM", "Stopped")}
    assert staging.url == f"http://{staging.private_id}.cloudapp.net/"
    assert staging.virtual_ips[0].address != get(web).virtual_ips[0].address


def test_create_deployment_refusals(web):
    with pytest.raises(ResourceNotFoundError) as error:
        web.create_deployment("nope", "production", "v1", PACKAGE, "l", cscfg())
    assert "hosted service does not exist" in error.value.message
    with pytest.raises(ConflictError) as error:
        web.create_deployment("web", "production", "v9", PACKAGE, "l", cscfg())
    assert "occupied" in error.value.message
    with pytest.raises(ConflictError) as error:
        web.create_deployment("web", "staging", "V1", PACKAGE, "l", cscfg())
    assert "already exists" in error.value.message
    bad = [
        ({"configuration": "not base64!"}, "configuration"),
        ({"configuration": base64.b64encode(b"<Nope/>").decode()}, "ServiceConfiguration"),
        ({"configuration": cscfg(WebRole1=0)}, "Instances"),
        ({"package_url": "not a url"}, "package URL"),
        ({"name": "bad name!"}, "deployment name"),
    ]
    for change, message in bad:
        args = {
            "service_name": "web",
            "deployment_slot": "staging",
            "name": "v2",
            "package_url": PACKAGE,
            "label": "l",
            "configuration": cscfg(),
            **change,
        }
        with pytest.raises(BadRequestError) as error:
            web.create_deployment(**args)
        assert message in error.value.message, change
    with pytest.raises(ValueError):
        web.create_deployment("web", "qa", "v2", PACKAGE, "l", cscfg())  # checked client-side
    with pytest.raises(ValueError):
        web.create_deployment("web", "staging", "v2", PACKAGE, "x" * 101, cscfg())
    assert [d.name for d in web.get_hosted_service_properties("web", True).deployments] == ["v1"]


def test_deployment_in_a_service_being_created_waits(client):
    client.create_hosted_service("young", "young", location="West US")  # not awaited
    operation = client.create_deployment("young", "production", "v1", PACKAGE, "l", cscfg())
    assert operation.result(timeout=10).status == "Succeeded"


# --- swap_deployment --------------------------------------------------------------------------


def test_swap_production_and_staging(web):
    web.create_deployment("web", "staging", "v2", PACKAGE_V2, "v2", cscfg("v2"), True).result(
        timeout=10
    )
    before = {d.name: d for d in web.get_hosted_service_properties("web", True).deployments}
    operation = web.swap_deployment("web", "v1", "v2")
    assert get(web).locked is True
    operation.result(timeout=10)
    production = web.get_deployment_by_slot("web", "production")
    staging = web.get_deployment_by_slot("web", "staging")
    assert (production.name, staging.name) == ("v2", "v1")
    assert production.url == "http://web.cloudapp.net/"
    assert staging.url == f"http://{staging.private_id}.cloudapp.net/"
    assert production.virtual_ips[0].address == before["v1"].virtual_ips[0].address
    assert staging.virtual_ips[0].address == before["v2"].virtual_ips[0].address
    assert production.locked is False and staging.locked is False
    web.swap_deployment("web", "v2", "v1").result(timeout=10)  # and back
    assert web.get_deployment_by_slot("web", "production").name == "v1"


def test_swap_into_an_empty_production_slot(client):
    client.create_hosted_service("web", "web", location="West US")
    client.create_deployment("web", "staging", "v1", PACKAGE, "l", cscfg()).result(timeout=10)
    client.swap_deployment("web", "", "v1").result(timeout=10)
    assert client.get_deployment_by_slot("web", "production").name == "v1"
    with pytest.raises(ResourceNotFoundError):
        client.get_deployment_by_slot("web", "staging")


def test_swap_refusals(web):
    with pytest.raises(BadRequestError) as error:
        web.swap_deployment("web", "v1", "v1")
    assert "staging slot" in error.value.message
    with pytest.raises(ResourceNotFoundError):
        web.swap_deployment("web", "v1", "nope")
    with pytest.raises(ResourceNotFoundError):
        web.swap_deployment("nope", "v1", "v2")
    web.create_deployment("web", "staging", "v2", PACKAGE_V2, "l", cscfg()).result(timeout=10)
    with pytest.raises(BadRequestError) as error:
        web.swap_deployment("web", "wrong", "v2")
    assert "production slot" in error.value.message


# --- update_deployment_status -----------------------------------------------------------------


def test_suspend_and_run_again(web):
    operation = web.update_deployment_status("web", "v1", "Suspended")
    transitioning = get(web)
    assert transitioning.status == "SuspendedTransitioning"
    assert set(instances(transitioning).values()) == {("StoppingVM", "Stopping")}
    operation.result(timeout=10)
    suspended = get(web)
    assert suspended.status == "Suspended"
    assert set(instances(suspended).values()) == {("StoppedVM", "Stopped")}
    web.update_deployment_status("web", "v1", "Running").result(timeout=10)
    running = get(web)
    assert running.status == "Running"
    assert set(instances(running).values()) == {("ReadyRole", "Started")}
    web.update_deployment_status("web", "v1", "Running").result(timeout=10)  # no change
    assert get(web).status == "Running"


def test_update_deployment_status_refusals(web):
    with pytest.raises(ValueError):
        web.update_deployment_status("web", "v1", "Paused")
    with pytest.raises(ResourceNotFoundError):
        web.update_deployment_status("web", "nope", "Running")
    path = f"/{web.subscription_id}/services/hostedservices/web/deployments/v1/?comp=status"
    body = b'<UpdateDeploymentStatus xmlns="http://schemas.microsoft.com/windowsazure">'
    with pytest.raises(BadRequestError):
        web.perform_post(path, body + b"<Status>Paused</Status></UpdateDeploymentStatus>")
    with pytest.raises(BadRequestError):
        web.perform_post(path.replace("comp=status", "comp=bogus"), body)


def test_package_operations_refuse_virtual_machine_deployments(client):
    client.create_hosted_service("vms", "vms", location="West US")
    client.create_virtual_machine_deployment(
        "vms",
        "dep",
        "production",
        "dep",
        "vm1",
        LinuxConfigurationSet("vm1", "azureuser", "s3cret-Passw0rd", True),
        OSVirtualHardDisk(LINUX_IMAGE, f"{MEDIA}/vms-vm1.vhd"),
    ).result(timeout=10)
    calls = [
        lambda: client.update_deployment_status("vms", "dep", "Suspended"),
        lambda: client.change_deployment_configuration("vms", "dep", cscfg()),
        lambda: client.upgrade_deployment("vms", "dep", "Auto", PACKAGE, cscfg(), "l", False),
        lambda: client.walk_upgrade_domain("vms", "dep", 0),
        lambda: client.rollback_update_or_upgrade("vms", "dep", "Auto", False),
        lambda: client.reimage_role_instance("vms", "dep", "vm1"),
        lambda: client.rebuild_role_instance("vms", "dep", "vm1"),
    ]
    for call in calls:
        with pytest.raises(BadRequestError) as error:
            call()
        assert "virtual machines" in error.value.message


# --- change_deployment_configuration ----------------------------------------------------------


def test_change_configuration_auto_adds_instances(web):
    operation = web.change_deployment_configuration(
        "web", "v1", cscfg("v2", WebRole1=3, WorkerRole1=1), extended_properties={"k": "v"}
    )
    during = get(web)
    assert (
        during.upgrade_status.upgrade_type,
        during.upgrade_status.current_upgrade_domain_state,
    ) == (
        "Auto",
        "During",
    )
    assert 'value="v1"' in during.configuration
    operation.result(timeout=10)
    changed = get(web)
    assert changed.upgrade_status is None
    assert 'value="v2"' in changed.configuration
    assert instances(changed)["WebRole1_IN_2"] == ("ReadyRole", "Started")
    assert len(changed.role_instance_list) == 4 and changed.upgrade_domain_count == 3
    assert changed.extended_properties == {"k": "v"}
    web.change_deployment_configuration(
        "web", "v1", cscfg("v3", WebRole1=1, WorkerRole1=1), mode="Simultaneous"
    ).result(timeout=10)
    assert sorted(instances(get(web))) == ["WebRole1_IN_0", "WorkerRole1_IN_0"]


def test_manual_configuration_change_is_walked_by_upgrade_domain(web):
    web.change_deployment_configuration("web", "v1", cscfg("v2"), mode="Manual").result(timeout=10)
    waiting = get(web)
    status = waiting.upgrade_status
    assert (status.upgrade_type, status.current_upgrade_domain_state) == ("Manual", "Before")
    assert status.current_upgrade_domain == 0
    assert waiting.rollback_allowed is True
    assert 'value="v1"' in waiting.configuration
    with pytest.raises(BadRequestError) as error:
        web.walk_upgrade_domain("web", "v1", 1)
    assert "next upgrade domain is 0" in error.value.message
    with pytest.raises(ConflictError):
        web.change_deployment_configuration("web", "v1", cscfg("v3"))
    web.walk_upgrade_domain("web", "v1", 0).result(timeout=10)
    assert get(web).upgrade_status.current_upgrade_domain == 1
    web.walk_upgrade_domain("web", "v1", 1).result(timeout=10)
    done = get(web)
    assert done.upgrade_status is None and done.rollback_allowed is False
    assert 'value="v2"' in done.configuration
    with pytest.raises(ConflictError) as error:
        web.walk_upgrade_domain("web", "v1", 0)
    assert "waiting" in error.value.message


def test_change_configuration_refusals(web):
    with pytest.raises(BadRequestError) as error:
        web.change_deployment_configuration("web", "v1", cscfg(WebRole1=1, NewRole=1))
    assert "Roles cannot be added or removed" in error.value.message
    with pytest.raises(BadRequestError):
        web.change_deployment_configuration("web", "v1", "%%%")
    with pytest.raises(ValueError):
        web.change_deployment_configuration("web", "v1", cscfg(), mode="Sometimes")
    with pytest.raises(ResourceNotFoundError):
        web.change_deployment_configuration("web", "nope", cscfg())


# --- upgrade_deployment, walk_upgrade_domain, rollback ----------------------------------------


def test_upgrade_auto(web):
    web.upgrade_deployment(
        "web", "v1", "Auto", PACKAGE_V2, cscfg("v2"), "version 2", False, "WebRole1", {"u": "1"}
    ).result(timeout=10)
    upgraded = get(web)
    assert upgraded.label == "version 2"
    assert 'value="v2"' in upgraded.configuration
    assert upgraded.extended_properties == {"u": "1"}
    assert upgraded.upgrade_status is None


def test_manual_upgrade_rolled_back(web):
    web.upgrade_deployment(
        "web", "v1", "Manual", PACKAGE_V2, cscfg("v2"), "version 2", True
    ).result(timeout=10)
    assert get(web).rollback_allowed is True
    web.walk_upgrade_domain("web", "v1", 0).result(timeout=10)
    web.rollback_update_or_upgrade("web", "v1", "Auto", False).result(timeout=10)
    rolled_back = get(web)
    assert rolled_back.upgrade_status is None and rolled_back.rollback_allowed is False
    assert rolled_back.label == "version 1"
    assert 'value="v1"' in rolled_back.configuration
    with pytest.raises(ConflictError) as error:
        web.rollback_update_or_upgrade("web", "v1", "Auto", False)
    assert "roll back" in error.value.message


def test_manual_rollback_is_walked_too(web):
    web.upgrade_deployment("web", "v1", "Manual", PACKAGE_V2, cscfg("v2"), "v2", False).result(
        timeout=10
    )
    web.rollback_update_or_upgrade("web", "v1", "Manual", True).result(timeout=10)
    waiting = get(web)
    assert waiting.upgrade_status.current_upgrade_domain == 0
    assert waiting.rollback_allowed is False
    with pytest.raises(ConflictError):  # a roll-back is not rolled back
        web.rollback_update_or_upgrade("web", "v1", "Auto", False)
    web.walk_upgrade_domain("web", "v1", 0).result(timeout=10)
    web.walk_upgrade_domain("web", "v1", 1).result(timeout=10)
    back = get(web)
    assert back.upgrade_status is None and back.label == "version 1"


def test_upgrade_refusals(web):
    with pytest.raises(BadRequestError) as error:
        web.upgrade_deployment("web", "v1", "Auto", PACKAGE_V2, cscfg(), "l", False, "NoRole")
    assert "NoRole" in error.value.message
    with pytest.raises(BadRequestError):
        web.upgrade_deployment("web", "v1", "Auto", "ftp://x", cscfg(), "l", False)
    with pytest.raises(ValueError):
        web.upgrade_deployment("web", "v1", "Later", PACKAGE_V2, cscfg(), "l", False)
    with pytest.raises(ValueError):
        web.walk_upgrade_domain("web", "v1", -1)
    with pytest.raises(ValueError):
        web.rollback_update_or_upgrade("web", "v1", "Simultaneous", False)
    with pytest.raises(ResourceNotFoundError):
        web.walk_upgrade_domain("web", "nope", 0)


# --- role instances ---------------------------------------------------------------------------


def test_reboot_reimage_rebuild(web):
    operation = web.reboot_role_instance("web", "v1", "WebRole1_IN_0")
    assert instances(get(web))["WebRole1_IN_0"] == ("RestartingRole", "Started")
    operation.result(timeout=10)
    assert instances(get(web))["WebRole1_IN_0"] == ("ReadyRole", "Started")
    operation = web.reimage_role_instance("web", "v1", "WebRole1_IN_1")
    assert instances(get(web))["WebRole1_IN_1"][0] == "BusyRole"
    operation.result(timeout=10)
    web.rebuild_role_instance("web", "v1", "WorkerRole1_IN_0").result(timeout=10)
    assert set(instances(get(web)).values()) == {("ReadyRole", "Started")}


def test_role_instance_refusals(web):
    with pytest.raises(ResourceNotFoundError) as error:
        web.reboot_role_instance("web", "v1", "WebRole1_IN_9")
    assert "WebRole1_IN_9" in error.value.message
    path = (
        f"/{web.subscription_id}/services/hostedservices/web/deployments/v1/roleinstances/"
        "WebRole1_IN_0"
    )
    with pytest.raises(BadRequestError):
        web.perform_post(f"{path}?comp=rebuild", b"")  # no resources=allLocalDrives
    web.update_deployment_status("web", "v1", "Suspended").result(timeout=10)
    with pytest.raises(ConflictError) as error:
        web.reboot_role_instance("web", "v1", "WebRole1_IN_0")
    assert "running" in error.value.message
    web.reimage_role_instance("web", "v1", "WebRole1_IN_0").result(timeout=10)
    assert instances(get(web))["WebRole1_IN_0"] == ("StoppedVM", "Stopped")


def test_delete_role_instances_lowers_the_count(web):
    operation = web.delete_role_instances("web", "v1", ["WebRole1_IN_1"])
    assert instances(get(web))["WebRole1_IN_1"][0] == "DeletingVM"
    operation.result(timeout=10)
    deployment = get(web)
    assert sorted(instances(deployment)) == ["WebRole1_IN_0", "WorkerRole1_IN_0"]
    assert 'count="1"' in deployment.configuration
    assert 'count="2"' not in deployment.configuration


def test_delete_role_instances_refusals(web):
    with pytest.raises(ResourceNotFoundError):
        web.delete_role_instances("web", "v1", ["nope"])
    with pytest.raises(BadRequestError) as error:
        web.delete_role_instances("web", "v1", ["WorkerRole1_IN_0"])
    assert "last instance of role 'WorkerRole1'" in error.value.message
    with pytest.raises(BadRequestError) as error:
        web.delete_role_instances(
            "web", "v1", ["WebRole1_IN_0", "WebRole1_IN_1", "WorkerRole1_IN_0"]
        )
    assert "delete the deployment" in error.value.message
    with pytest.raises(ValueError):
        web.delete_role_instances("web", "v1", None)
    path = f"/{web.subscription_id}/services/hostedservices/web/deployments/v1/roleinstances/"
    with pytest.raises(BadRequestError):
        web.perform_post(
            f"{path}?comp=delete",
            b'<RoleInstances xmlns="http://schemas.microsoft.com/windowsazure"/>',
        )


# --- DNS servers ------------------------------------------------------------------------------


def test_add_update_delete_dns_server(web):
    operation = web.add_dns_server("web", "v1", "dns1", "10.0.0.4")
    assert get(web).dns_servers is None  # visible when the operation succeeds
    operation.result(timeout=10)
    web.add_dns_server("web", "v1", "dns2", "10.0.0.5").result(timeout=10)
    assert [(s.name, s.address) for s in get(web).dns_servers] == [
        ("dns1", "10.0.0.4"),
        ("dns2", "10.0.0.5"),
    ]
    web.update_dns_server("web", "v1", "dns1", "10.0.0.6").result(timeout=10)
    assert get(web).dns_servers[0].address == "10.0.0.6"
    web.delete_dns_server("web", "v1", "dns1").result(timeout=10)
    web.delete_dns_server("web", "v1", "dns2").result(timeout=10)
    assert get(web).dns_servers is None


def test_dns_server_refusals(web):
    web.add_dns_server("web", "v1", "dns1", "10.0.0.4")  # the next calls wait it out
    with pytest.raises(ConflictError) as error:
        web.add_dns_server("web", "v1", "DNS1", "10.0.0.9")
    assert "already exists" in error.value.message
    with pytest.raises(BadRequestError):
        web.add_dns_server("web", "v1", "dns2", "not-an-ip")
    with pytest.raises(ResourceNotFoundError):
        web.update_dns_server("web", "v1", "nope", "10.0.0.1")
    with pytest.raises(ResourceNotFoundError):
        web.delete_dns_server("web", "v1", "nope")
    with pytest.raises(ResourceNotFoundError):
        web.add_dns_server("web", "nope", "dns3", "10.0.0.1")
    path = f"/{web.subscription_id}/services/hostedservices/web/deployments/v1/dnsservers/dns1"
    body = (
        b'<DnsServer xmlns="http://schemas.microsoft.com/windowsazure">'
        b"<Name>other</Name><Address>10.0.0.7</Address></DnsServer>"
    )
    with pytest.raises(BadRequestError) as error:
        web.perform_put(path, body)
    assert "cannot be renamed" in error.value.message


def test_writes_wait_out_a_running_operation(asm_emulator, web):
    impatient = asm_emulator.new_client(conflict_timeout=0)
    web.update_deployment_status("web", "v1", "Suspended")
    with pytest.raises(ConflictError) as error:
        impatient.add_dns_server("web", "v1", "dns1", "10.0.0.4")
    assert IN_PROGRESS in error.value.message
    web.add_dns_server("web", "v1", "dns1", "10.0.0.4").result(timeout=10)  # waits, then works
    assert get(web).status == "Suspended"
