"""Members that start as an empty list or a fresh model are typed without `| None` (issue 11's
"typed use of the SDK": `for os in family.operating_systems` type-checks), and nothing the SDK
does makes them None: not `from_dict`, not a reader given `i:nil`."""

from __future__ import annotations

from azure_asm import (
    Deployment,
    HostedService,
    OperatingSystemFamily,
    PersistentVMRole,
    WindowsConfigurationSet,
    WinRM,
)
from azure_asm.deserializers import deserialize_persistent_vm_role
from azure_asm_runtime.xmlcodec import read_document


def annotation(cls: type, name: str) -> str:
    # The generated modules use `from __future__ import annotations`: annotations are text.
    text = cls.__annotations__[name]
    assert isinstance(text, str)
    return text


def test_fresh_members_are_annotated_without_none() -> None:
    assert annotation(OperatingSystemFamily, "operating_systems") == "list[OperatingSystem]"
    assert annotation(Deployment, "role_list") == "list[Role]"
    assert annotation(WindowsConfigurationSet, "win_rm") == "WinRM"
    # Members that tell "left out" by None keep it.
    assert annotation(Deployment, "upgrade_status") == "UpgradeStatus | None"


def test_from_dict_gives_a_fresh_member_for_none() -> None:
    service = HostedService.from_dict({"service_name": "svc", "deployments": None})
    assert service.deployments == [] and type(service.deployments).__name__ == "Deployments"
    windows = WindowsConfigurationSet.from_dict({"computer_name": "vm1", "win_rm": None})
    assert windows.win_rm == WinRM()


def test_a_nil_element_of_a_fresh_member_reads_as_the_fresh_value() -> None:
    body = b"""<PersistentVMRole xmlns="http://schemas.microsoft.com/windowsazure"
        xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
      <RoleName>vm1</RoleName>
      <ConfigurationSets>
        <ConfigurationSet>
          <ConfigurationSetType>WindowsProvisioningConfiguration</ConfigurationSetType>
          <ComputerName>vm1</ComputerName>
          <WinRM i:nil="true" />
        </ConfigurationSet>
      </ConfigurationSets>
    </PersistentVMRole>"""
    role = read_document(body, deserialize_persistent_vm_role)
    assert isinstance(role, PersistentVMRole)
    (windows,) = role.configuration_sets
    assert isinstance(windows, WindowsConfigurationSet)
    assert windows.win_rm == WinRM()
