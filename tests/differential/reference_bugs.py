"""The one list of the reference package's bugs that azure-asm deliberately does not reproduce.

The differential tests (test_differential_requests.py, test_differential_responses.py) compare
every operation with `azure-servicemanagement-legacy` 0.20.8; a difference fails the test unless
an entry below explains it. Each entry names where it applies, what the reference does, what we
do and why, and carries what the tests need to excuse exactly that difference:

* request side: `adjust` rewrites the drawn arguments of one side or both (e.g. "the reference
  never sends <Vip>": no Vip on either side), `fix_reference` / `fix_ours` rewrite a parsed
  request body, `fix_reference_path` the request path, `reference_error` recognises the
  exception the reference raises instead of sending;
* response side: `fields` lists (our model, our attribute) pairs and `excuses` decides whether
  a given field difference is exactly this bug (e.g. the reference's value is its default
  because it never reads the element); `reference_error` recognises a crash.

`example` is a deterministic case that shows the difference; test_reference_bugs.py checks that
every entry is still needed (without it the example differs, with it the example matches), so
an entry whose difference no longer occurs fails the build and must be removed.

docs/legacy-differences.md carries one row per entry (checked by test_reference_bugs.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

WA = "{http://schemas.microsoft.com/windowsazure}"

Kwargs = dict[str, Any]


@dataclass(frozen=True)
class RequestExample:
    operation: str
    kwargs: Kwargs


@dataclass(frozen=True)
class ResponseExample:
    operation: str
    kwargs: Kwargs
    body: bytes


@dataclass(frozen=True)
class ReferenceBug:
    id: str
    where: str  # operation(s), model.field or element path
    reference: str  # what the reference does
    ours: str  # what azure-asm does
    why: str  # why we differ
    example: RequestExample | ResponseExample
    #: request side: the operations it applies to (a predicate on the operation name).
    operations: Callable[[str], bool] = lambda name: False
    #: request side: rewrite (our kwargs, the reference's kwargs) in place, both still our models.
    adjust: Callable[[str, Kwargs, Kwargs], None] | None = None
    fix_reference: Callable[[etree._Element], None] | None = None
    fix_ours: Callable[[etree._Element], None] | None = None
    fix_reference_path: Callable[[str], str] | None = None
    #: request side: the x-ms-version we send in place of the reference's.
    our_version: str | None = None
    #: both sides: the reference raises this instead of sending / parsing.
    reference_error: Callable[[BaseException], bool] | None = None
    #: response side: (our model class, our attribute) pairs it explains.
    fields: tuple[tuple[str, str], ...] = ()
    excuses: Callable[[Any, Any], bool] = lambda ours, reference: False
    #: text of its row in docs/legacy-differences.md (default: the id, which rows added for
    #: this list carry in their first cell).
    docs: str = ""

    @property
    def docs_key(self) -> str:
        return self.docs or self.id

    @property
    def side(self) -> str:
        return "request" if isinstance(self.example, RequestExample) else "response"


# --- helpers ------------------------------------------------------------------------------


def models(value: Any, class_name: str) -> Iterator[Any]:
    """Every instance of our model class `class_name` inside `value` (kwargs, lists, models)."""
    if isinstance(value, dict):
        for item in value.values():
            yield from models(item, class_name)
    elif isinstance(value, list):
        for item in value:
            yield from models(item, class_name)
    elif type(value).__module__ == "azure_asm.models":
        if type(value).__name__ == class_name:
            yield value
        for name, item in vars(value).items():
            if name != "unknown_elements":
                yield from models(item, class_name)


def set_members(class_name: str, *members: str, when: Callable[[Any], bool] = lambda v: True):
    """An `adjust` setting `members` of every `class_name` instance to None (on both sides)."""

    def adjust(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
        for kwargs in (ours, theirs):
            for model in models(kwargs, class_name):
                for member in members:
                    if getattr(model, member) is not None and when(getattr(model, member)):
                        setattr(model, member, None)

    return adjust


def combine(*adjusts: Callable[[str, Kwargs, Kwargs], None]):
    def adjust(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
        for one in adjusts:
            one(operation, ours, theirs)

    return adjust


def falsy(value: Any) -> bool:
    return not value


def is_default(*defaults: Any) -> Callable[[Any, Any], bool]:
    """The reference kept its default: it never read the element."""
    return lambda ours, reference: any(reference == d for d in defaults)


def error_text(kind: type[BaseException], text: str) -> Callable[[BaseException], bool]:
    return lambda error: isinstance(error, kind) and text in str(error)


def attribute_placeholder(ours: Any, reference: Any) -> bool:
    return ours is None and type(reference).__name__ == "_xml_attribute"


def _collapse_slashes(path: str) -> str:
    while "//" in path:
        path = path.replace("//", "/")
    return path


def _rename(old: str, new: str) -> Callable[[etree._Element], None]:
    def fix(root: etree._Element) -> None:
        for element in root.iter(old):
            element.tag = new

    return fix


def _wrap_unattend_passes(root: etree._Element) -> None:
    """Group the reference's flat <Passes> children into one <UnattendPass> per <PassName>."""
    for passes in root.iter(f"{WA}Passes"):
        children = list(passes)
        for child in children:
            passes.remove(child)
        current = None
        for child in children:
            if child.tag == f"{WA}PassName" or current is None:
                current = etree.SubElement(passes, f"{WA}UnattendPass")
            current.append(child)


def _drop_empty_unattend_passes(kwargs: Kwargs) -> None:
    for content in models(kwargs, "AdditionalUnattendContent"):
        if content.passes:
            content.passes = [p for p in content.passes if p.pass_name is not None or p.components]


def _drop_root_child(tag: str) -> Callable[[etree._Element], None]:
    def fix(root: etree._Element) -> None:
        for element in root.findall(tag):
            root.remove(element)

    return fix


def _update_storage_account_grs(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    # (geo_replication_enabled=False makes both send Standard_LRS.)
    if ours.get("account_type") is None and ours.get("geo_replication_enabled") is not False:
        ours["account_type"] = "Standard_GRS"


def _drop_params(*names: str):
    def adjust(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
        for name in names:
            ours.pop(name, None)
            theirs.pop(name, None)

    return adjust


def _blank_domain_join_provisioning(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    """DomainJoin.provisioning back to the blank instance a fresh DomainJoin starts with (None
    would make the DomainJoin itself non-blank, and written)."""
    from azure_asm.models import DomainJoinProvisioning

    for kwargs in (ours, theirs):
        for model in models(kwargs, "DomainJoin"):
            if getattr(model, "provisioning", None) is not None:
                model.provisioning = DomainJoinProvisioning()


def _falsy_params(*names: str):
    def adjust(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
        for name in names:
            if name in ours and ours[name] is not None and not ours[name]:
                ours[name] = None

    return adjust


#: Optional query parameters the reference leaves out when falsy ('' or an empty list).
_FALSY_QUERY_PARAMS: dict[str, tuple[str, ...]] = {
    "list_vm_images": ("location", "publisher", "category"),
    "get_historical_usage_metrics": ("metrics", "start_time", "end_time", "time_grain"),
    "list_subscription_operations": (
        "start_time",
        "end_time",
        "object_id_filter",
        "operation_result_filter",
        "continuation_token",
    ),
}


def _without_newer_reserved_ip_params(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    """create_reserved_ip_address's parameters of x-ms-version 2016-07-01 (reserving a
    deployment's address) are not the reference's: compared without them."""
    if operation == "create_reserved_ip_address":
        for kwargs in (ours, theirs):
            for name in ("service_name", "deployment_name", "virtual_ip_name"):
                kwargs.pop(name, None)


def _falsy_query_values(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    _falsy_params(*_FALSY_QUERY_PARAMS.get(operation, ()))(operation, ours, theirs)


#: Body parameters the reference leaves out when falsy, per operation.
_FALSY_BODY_PARAMS: dict[str, tuple[str, ...]] = {
    "associate_reserved_ip_address": ("virtual_ip_name",),
    "disassociate_reserved_ip_address": ("virtual_ip_name",),
    "create_virtual_machine_deployment": ("resource_extension_references", "dns_servers"),
    "add_role": ("resource_extension_references",),
    "update_role": ("resource_extension_references",),
    **{
        name: ("extended_properties",)
        for name in (
            "create_hosted_service",
            "update_hosted_service",
            "create_deployment",
            "change_deployment_configuration",
            "upgrade_deployment",
            "create_storage_account",
            "update_storage_account",
        )
    },
}


def _falsy_body_params(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    _falsy_params(*_FALSY_BODY_PARAMS.get(operation, ()))(operation, ours, theirs)


def _none_lists_to_empty(class_name: str, *members: str):
    def adjust(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
        for kwargs in (ours, theirs):
            for model in models(kwargs, class_name):
                for member in members:
                    if getattr(model, member) is None:
                        setattr(model, member, [])

    return adjust


def combine_fixes(
    *fixes: Callable[[etree._Element], None],
) -> Callable[[etree._Element], None]:
    def fix(root: etree._Element) -> None:
        for each in fixes:
            each(root)

    return fix


def _drop_empty(*names: str) -> Callable[[etree._Element], None]:
    """Remove the reference's empty wrappers of these names (ours leaves them out)."""

    def fix(root: etree._Element) -> None:
        for name in names:
            for element in list(root.iter(f"{WA}{name}")):
                if len(element) == 0 and not (element.text or "").strip():
                    parent = element.getparent()
                    assert parent is not None
                    parent.remove(element)

    return fix


def _probe_without_path_port_protocol(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    for kwargs in (ours, theirs):
        for endpoint in models(kwargs, "ConfigurationSetInputEndpoint"):
            probe = endpoint.load_balancer_probe
            if probe is not None and not (probe.path or probe.port or probe.protocol):
                endpoint.load_balancer_probe = None


def _unattend_content_without_passes(operation: str, ours: Kwargs, theirs: Kwargs) -> None:
    for kwargs in (ours, theirs):
        for config in models(kwargs, "WindowsConfigurationSet"):
            content = config.additional_unattend_content
            if content is not None and not content.passes:
                config.additional_unattend_content = None


def _role_operations(name: str) -> bool:
    return name in ROLE_BODY_OPERATIONS


#: Operations whose body carries a role (configuration sets, disks, extensions).
ROLE_BODY_OPERATIONS = (
    "create_virtual_machine_deployment",
    "add_role",
    "update_role",
    "capture_role",
)


def _in(*names: str) -> Callable[[str], bool]:
    return lambda name: name in names


def _client_operations(*clients: str) -> Callable[[str], bool]:
    def applies(name: str) -> bool:
        from azure_asm.catalog import OPERATIONS

        info = OPERATIONS.get(name)
        return info is not None and info.client in clients

    return applies


# --- example arguments ----------------------------------------------------------------------


def _vm_deployment(**network: Any) -> Kwargs:
    from azure_asm import ConfigurationSetInputEndpoint, NetworkConfigurationSet

    endpoint = ConfigurationSetInputEndpoint(name="ssh", protocol="tcp", port=22, local_port=22)
    config = NetworkConfigurationSet(input_endpoints=[endpoint], subnet_names=["web"])
    for name, value in network.get("endpoint", {}).items():
        setattr(endpoint, name, value)
    for name, value in network.get("config", {}).items():
        setattr(config, name, value)
    kwargs: Kwargs = {
        "service_name": "mysvc",
        "deployment_name": "mydep",
        "deployment_slot": "production",
        "label": "my deployment",
        "role_name": "myvm",
        "network_config": config,
    }
    kwargs.update(network.get("kwargs", {}))
    if "os_virtual_hard_disk" not in kwargs:
        kwargs["vm_image_name"] = "myvmimage"  # (an OS disk or a VM image, exactly one)
    return kwargs


def _lazy(make: Callable[[], Kwargs]) -> Kwargs:
    return make()


def _example_probe() -> Kwargs:
    from azure_asm import LoadBalancerProbe

    probe = LoadBalancerProbe(path="/health", port=80, protocol="http", interval_in_seconds=15)
    return _vm_deployment(endpoint={"load_balancer_probe": probe, "vip": "1.2.3.4"})


def _example_nsg() -> Kwargs:
    return _vm_deployment(config={"network_security_group": "my-nsg"})


def _example_extension_state() -> Kwargs:
    from azure_asm import ResourceExtensionReference

    reference = ResourceExtensionReference(
        reference_name="diag", publisher="Microsoft.Compute", name="BGInfo", version="1.*"
    )
    reference.state = "Disable"
    return _vm_deployment(kwargs={"resource_extension_references": [reference]})


def _example_disk_io_type() -> Kwargs:
    from azure_asm import OSVirtualHardDisk

    disk = OSVirtualHardDisk(
        source_image_name="img", media_link="https://acct.blob.core.windows.net/vhds/a.vhd"
    )
    disk.io_type = "Provisioned"
    return _vm_deployment(kwargs={"os_virtual_hard_disk": disk})


def _example_newer_role_elements() -> Kwargs:
    return _vm_deployment(endpoint={"load_balancer_distribution": "sourceIP"})


def _example_none_lists() -> Kwargs:
    from azure_asm import SSH, LinuxConfigurationSet, PublicKey

    linux = LinuxConfigurationSet("myhost", "azureuser", "Secr3t!pass", True)
    linux.ssh = SSH(public_keys=[PublicKey("AB12", "/home/azureuser/.ssh/authorized_keys")])
    return _vm_deployment(kwargs={"system_config": linux})


def _example_domain_join() -> Kwargs:
    from azure_asm.models import DomainJoin, WindowsConfigurationSet

    windows = WindowsConfigurationSet("winvm", "Secr3t!pass", admin_username="azureadmin")
    windows.domain_join = DomainJoin(join_domain="contoso.com")
    windows.domain_join.credentials = None  # (it starts as a fresh Credentials, as the reference's)
    return _vm_deployment(kwargs={"system_config": windows})


def _example_blank_nested() -> Kwargs:
    from azure_asm.models import WindowsConfigurationSet

    # domain_join (and its credentials) left as the fresh instances a new set starts with.
    windows = WindowsConfigurationSet("winvm", "Secr3t!pass", admin_username="azureadmin")
    return _vm_deployment(kwargs={"system_config": windows})


def _example_vm_image_update() -> Kwargs:
    from azure_asm.models import UpdateVMImageInput

    return {"vm_image_name": "myimage", "vm_image": UpdateVMImageInput(label="new label")}


def _example_falsy() -> Kwargs:
    return _vm_deployment(kwargs={"resource_extension_references": [], "dns_servers": []})


def _example_unattend() -> Kwargs:
    from azure_asm.models import (
        AdditionalUnattendContent,
        UnattendComponent,
        UnattendPass,
        WindowsConfigurationSet,
    )

    windows = WindowsConfigurationSet("winvm", "Secr3t!pass", admin_username="azureadmin")
    component = UnattendComponent(component_name="Microsoft-Windows-Shell-Setup")
    windows.additional_unattend_content = AdditionalUnattendContent(
        passes=[UnattendPass(pass_name="oobeSystem", components=[component])]
    )
    return _vm_deployment(kwargs={"system_config": windows})


# --- example documents ----------------------------------------------------------------------

_NS = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'

_DEPLOYMENT = f"""<Deployment {_NS}><Name>mydep</Name><DeploymentSlot>Production</DeploymentSlot>
<LastModifiedTime>2015-06-30T23:58:36Z</LastModifiedTime>
<PersistentVMDowntime><StartTime>2015-06-01T00:00:00Z</StartTime><EndTime>2015-06-02T00:00:00Z</EndTime><Status>PersistentVMUpdateScheduled</Status></PersistentVMDowntime>
<VirtualIPs><VirtualIP><Address>1.2.3.4</Address><IsDnsProgrammed>true</IsDnsProgrammed><Name>vip1</Name><ReservedIPName>myip</ReservedIPName></VirtualIP></VirtualIPs>
</Deployment>""".encode()

_ROLE = f"""<PersistentVMRole {_NS}><RoleName>myvm</RoleName><RoleType>PersistentVMRole</RoleType>
<ConfigurationSets><ConfigurationSet><ConfigurationSetType>NetworkConfiguration</ConfigurationSetType>
<StaticVirtualNetworkIPAddress>10.0.0.4</StaticVirtualNetworkIPAddress></ConfigurationSet></ConfigurationSets>
</PersistentVMRole>""".encode()

_SITE = b"""<Site xmlns="http://schemas.microsoft.com/windowsazure"><Name>mysite</Name>
<EnabledHostNames><string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">mysite.azurewebsites.net</string></EnabledHostNames>
<HostNames><string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">mysite.azurewebsites.net</string></HostNames>
<LastModifiedTimeUtc>2015-07-01T00:00:00Z</LastModifiedTimeUtc></Site>"""

_SUBSCRIPTION_OPERATIONS = f"""<SubscriptionOperationCollection {_NS}><SubscriptionOperations>
<SubscriptionOperation><OperationId>op1</OperationId><OperationParameters><OperationParameter>
<Name xmlns="http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement">ServiceName</Name>
<Value xmlns="http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement">mysvc</Value>
</OperationParameter></OperationParameters></SubscriptionOperation>
</SubscriptionOperations></SubscriptionOperationCollection>""".encode()

_PUBLISH_DATA = b"""<publishData><publishProfile profileName="mysite - Web Deploy"
publishMethod="MSDeploy" publishUrl="mysite.scm.azurewebsites.net:443" msdeploySite="mysite"
userName="$mysite" userPWD="secret" destinationAppUrl="http://mysite.azurewebsites.net"
SQLServerDBConnectionString="" mySQLDBConnectionString=""
hostingProviderForumLink="" controlPanelLink="http://windows.azure.com"><databases/></publishProfile>
<publishProfile profileName="mysite - FTP" publishMethod="FTP"/></publishData>"""


REFERENCE_BUGS: tuple[ReferenceBug, ...] = (
    # --- request bodies -------------------------------------------------------------------
    ReferenceBug(
        id="update-storage-account-always-grs",
        where="update_storage_account: <AccountType>",
        reference="sends <AccountType>Standard_GRS</AccountType> whenever no account type is "
        "given (its parameter defaults to Standard_GRS)",
        ours="sends <AccountType> only when account_type (or geo_replication_enabled) is given",
        why="changing a label or description must not silently convert an LRS/ZRS/RAGRS "
        "account to GRS",
        example=RequestExample(
            "update_storage_account", {"service_name": "myacct", "description": "new text"}
        ),
        operations=_in("update_storage_account"),
        adjust=lambda op, ours, theirs: _update_storage_account_grs(op, ours, theirs),
    ),
    ReferenceBug(
        id="job-collection-plan-lowercase",
        docs="`create_job_collection` body",
        where="create_job_collection: <Resource><IntrinsicSettings><Plan>",
        reference="writes the plan as <plan> (lower case)",
        ours="writes <Plan>",
        why="the Scheduler schema names the element Plan; element names are case-sensitive",
        example=RequestExample(
            "create_job_collection",
            {"cloud_service_id": "mycs", "job_collection_id": "myjc", "plan": "Standard"},
        ),
        operations=_in("create_job_collection"),
        fix_reference=_rename(f"{WA}plan", f"{WA}Plan"),
    ),
    ReferenceBug(
        id="double-slash-paths",
        docs="Websites paths below a webspace",
        where="website, Service Bus namespace and SQL list_databases paths",
        reference="builds paths with `_get_path('services/webspaces/', name)` and alike, "
        "sending `webspaces//{name}`, `Namespaces//{name}/...`, `servers//{name}/databases`",
        ours="sends single slashes",
        why="the documented paths have single slashes; `//` only works because the front end "
        "tolerates it",
        example=RequestExample("list_sites", {"webspace_name": "westuswebspace"}),
        operations=_client_operations(
            "WebsiteManagementService",
            "ServiceBusManagementService",
            "SqlDatabaseManagementService",
        ),
        fix_reference_path=_collapse_slashes,
    ),
    ReferenceBug(
        id="get-all-jobs-trailing-slash",
        docs="| `get_all_jobs` |",
        where="get_all_jobs: path",
        reference="sends `.../jobCollections/{id}/jobs/` (trailing slash)",
        ours="sends `.../jobCollections/{id}/jobs`",
        why="the Scheduler REST reference documents the path without the trailing slash",
        example=RequestExample(
            "get_all_jobs", {"cloud_service_id": "mycs", "job_collection_id": "myjc"}
        ),
        operations=_in("get_all_jobs"),
        fix_reference_path=lambda path: path.rstrip("/"),
    ),
    ReferenceBug(
        id="update-disk-without-name",
        docs="| `update_disk` |",
        where="update_disk: <Disk><Name>",
        reference="never sends <Name> (it passes None for name, media link and OS)",
        ours="sends <Name> with the disk's name",
        why="Update Disk identifies the disk by <Name>, which the ASM documentation lists as "
        "required",
        example=RequestExample("update_disk", {"disk_name": "mydisk", "label": "new label"}),
        operations=_in("update_disk"),
        fix_ours=_drop_root_child(f"{WA}Name"),
    ),
    ReferenceBug(
        id="update-disk-cannot-resize",
        docs="| `update_disk` |",
        where="update_disk(resized_size_in_gb=...)",
        reference="has no resized_size_in_gb parameter (TypeError)",
        ours="sends <ResizedSizeInGB> to grow the VHD",
        why="ASM (x-ms-version 2014-10-01) grows a disk through Update Disk's ResizedSizeInGB",
        example=RequestExample(
            "update_disk", {"disk_name": "mydisk", "label": "l", "resized_size_in_gb": 100}
        ),
        operations=_in("update_disk"),
        adjust=_drop_params("resized_size_in_gb"),
    ),
    ReferenceBug(
        id="add-disk-requires-os",
        docs="| `add_disk` |",
        where="add_disk(os=None)",
        reference="raises ValueError('os should not be None.')",
        ours="sends the disk without <OS>: a data disk",
        why="ASM registers a data disk when <OS> is absent; the reference cannot add one",
        example=RequestExample(
            "add_disk",
            {
                "has_operating_system": False,
                "label": "data",
                "media_link": "https://acct.blob.core.windows.net/vhds/data.vhd",
                "name": "datadisk",
            },
        ),
        operations=_in("add_disk"),
        reference_error=error_text(ValueError, "os should not be None"),
    ),
    ReferenceBug(
        id="add-service-certificate-requires-password",
        docs="| `add_service_certificate` |",
        where="add_service_certificate(password=None)",
        reference="raises ValueError('password should not be None.') although password "
        "defaults to None",
        ours="sends the certificate without <Password>",
        why="a .cer (public key only) certificate has no password",
        example=RequestExample(
            "add_service_certificate",
            {"service_name": "mysvc", "data": "MIIC", "certificate_format": "cer"},
        ),
        operations=_in("add_service_certificate"),
        reference_error=error_text(ValueError, "password should not be None"),
    ),
    ReferenceBug(
        id="update-vm-image-requires-disks",
        docs="| `create_vm_image`, `update_vm_image` |",
        where="update_vm_image: <OSDiskConfiguration>, <DataDiskConfigurations>",
        reference="always writes both from vm_image.os_disk_configuration and "
        "vm_image.data_disk_configurations, raising AttributeError / TypeError when either is None",
        ours="writes each only when given",
        why="Update VM Image documents both as optional: a label change need not restate the disks",
        example=RequestExample("update_vm_image", _lazy(_example_vm_image_update)),
        operations=_in("update_vm_image"),
        reference_error=lambda error: (
            error_text(AttributeError, "'NoneType' object has no attribute 'host_caching'")(error)
            or error_text(TypeError, "'NoneType' object is not iterable")(error)
        ),
    ),
    ReferenceBug(
        id="list-wrappers-always-written",
        where="<SSH><PublicKeys>/<KeyPairs>, <WinRM><Listeners>, network set "
        "<InputEndpoints>/<SubnetNames>",
        reference="always writes these wrappers, empty when the list is empty, and raises "
        "TypeError when the list is None",
        ours="writes a wrapper when the list has items, nothing when it is empty or None (these "
        "lists start as the reference's empty list classes, so empty means 'not given')",
        why="None means 'not given': an optional list must not crash the call; an empty "
        "wrapper says nothing ASM needs",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_none_lists)),
        operations=_role_operations,
        adjust=combine(
            _none_lists_to_empty("SSH", "public_keys", "key_pairs"),
            _none_lists_to_empty("WinRM", "listeners"),
            _none_lists_to_empty("NetworkConfigurationSet", "input_endpoints", "subnet_names"),
        ),
        # WinRM starts as a fresh instance (as the reference's); blank, it is left out too.
        fix_reference=_drop_empty(
            "PublicKeys",
            "KeyPairs",
            "Listeners",
            "WinRM",
            "InputEndpoints",
            "StoredCertificateSettings",
            "Passes",
        ),
        reference_error=error_text(TypeError, "'NoneType' object is not iterable"),
    ),
    ReferenceBug(
        id="domain-join-requires-credentials",
        where="<DomainJoin><Credentials>",
        reference="always writes <Credentials> from domain_join.credentials and raises "
        "AttributeError when it is None",
        ours="writes <Credentials> only when given",
        why="credentials are optional in DomainJoin (a machine can join with a provisioned "
        "account instead)",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_domain_join)),
        operations=_role_operations,
        reference_error=error_text(AttributeError, "'NoneType' object has no attribute 'domain'"),
    ),
    ReferenceBug(
        id="blank-nested-models-written",
        where="<DomainJoin>, <DomainJoin><Credentials>, <SSH> (WindowsConfigurationSet."
        "domain_join, DomainJoin.credentials, LinuxConfigurationSet.ssh)",
        reference="writes a nested model whenever it is not None, so the fresh instance every "
        "new set starts with goes out as an empty wrapper (<DomainJoin><Credentials>"
        "</Credentials></DomainJoin>, <SSH></SSH>)",
        ours="the same fresh instances by default, written only when something in them is set",
        why="an untouched fresh model must not change the request: an empty <DomainJoin> asks "
        "ASM to join no domain, and <SSH> without keys says nothing",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_blank_nested)),
        operations=_role_operations,
        # (after list-wrappers-always-written has dropped the empty <PublicKeys>, <KeyPairs>)
        fix_reference=_drop_empty("Credentials", "DomainJoin", "SSH"),
    ),
    ReferenceBug(
        id="falsy-values-dropped",
        where="<ReservedIPAssociation><VirtualIPName>, <StaticVirtualNetworkIPAddress>, "
        "<LoadBalancerProbe>, <PublicIPs>, <ResourceExtensionReferences>, "
        "<ResourceExtensionParameterValues>, <AdditionalUnattendContent>, <Components>, "
        "<ComponentSettings>, <Dns>, <ExtendedProperties>, create_vm_image's "
        "<DataDiskConfigurations>, optional query parameters",
        reference="tests these values with `if value:` and leaves out an empty string, 0 or an "
        "empty list/dict (a probe whose path, port and protocol are all empty or 0)",
        ours="sends every value that is not None, empty ones as empty elements or wrappers",
        why="None is the only 'not given'; an explicit empty value is sent as given (ASM then "
        "answers for it)",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_falsy)),
        operations=lambda name: True,
        adjust=combine(
            _falsy_query_values,
            _falsy_body_params,
            set_members(
                "NetworkConfigurationSet",
                "static_virtual_network_ip_address",
                "public_ips",
                when=falsy,
            ),
            set_members(
                "ResourceExtensionReference", "resource_extension_parameter_values", when=falsy
            ),
            set_members("UnattendPass", "components", when=falsy),
            set_members("CreateVMImageInput", "data_disk_configurations", when=falsy),
            set_members("UnattendComponent", "component_settings", when=falsy),
            _probe_without_path_port_protocol,
            _unattend_content_without_passes,
        ),
    ),
    ReferenceBug(
        id="endpoint-settings-not-sent",
        where="<InputEndpoint>: <Vip>, <EndpointACL>, <LoadBalancerName>; "
        "<LoadBalancerProbe>: <IntervalInSeconds>, <TimeoutInSeconds>",
        reference="its serializer never writes them (the model attributes are silently ignored)",
        ours="sends them when given",
        why="ASM accepts them since x-ms-version 2014-06-01 (ACLs, internal load balancers, "
        "probe timing); dropping them silently changes the endpoint",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_probe)),
        operations=_role_operations,
        adjust=combine(
            set_members(
                "ConfigurationSetInputEndpoint", "vip", "endpoint_acl", "load_balancer_name"
            ),
            set_members("LoadBalancerProbe", "interval_in_seconds", "timeout_in_seconds"),
        ),
    ),
    ReferenceBug(
        id="network-operations-at-2016-07-01",
        where="reserved IP and network configuration operations (x-ms-version)",
        reference="sends 2014-10-01 (associate / disassociate: 2015-02-01)",
        ours="sends 2016-07-01, as Microsoft's own SDKs (azure-asm-network) do",
        why="the answers of 2016-07-01 carry what newer ASM knows (the virtual IP holding a "
        "reserved address, a network's migration state); the bodies are unchanged",
        example=RequestExample("get_reserved_ip_address", {"name": "myip"}),
        operations=lambda name: (
            name.endswith(("reserved_ip_address", "reserved_ip_addresses", "network_configuration"))
            or name == "list_virtual_network_sites"
        ),
        our_version="2016-07-01",
        adjust=_without_newer_reserved_ip_params,
    ),
    ReferenceBug(
        id="network-settings-not-sent",
        where="network <ConfigurationSet>: <NetworkSecurityGroup>, <NetworkInterfaces>, "
        "<IPForwarding>; "
        "<PublicIP>: <Address>, <DomainNameLabel>, <Fqdns>",
        reference="its serializer never writes them",
        ours="sends them when given",
        why="network security groups, multiple NICs and public IP DNS labels are part of the "
        "role body since x-ms-version 2014-10-01 / 2015-04-01 (IP forwarding since 2016-07-01)",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_nsg)),
        operations=_role_operations,
        adjust=combine(
            set_members(
                "NetworkConfigurationSet",
                "network_security_group",
                "network_interfaces",
                "ip_forwarding",
            ),
            set_members("PublicIP", "address", "domain_name_label", "fqdns"),
        ),
    ),
    ReferenceBug(
        id="extension-state-not-sent",
        where="<ResourceExtensionReference>: <State>, <Certificates>",
        reference="its serializer never writes them (the model has a `state` attribute)",
        ours="sends them when given",
        why="State=Disable/Uninstall is how ASM disables or removes an extension",
        example=RequestExample(
            "create_virtual_machine_deployment", _lazy(_example_extension_state)
        ),
        operations=_role_operations,
        adjust=set_members("ResourceExtensionReference", "state", "certificates"),
    ),
    ReferenceBug(
        id="disk-io-type-not-sent",
        where="<OSVirtualHardDisk>: <ResizedSizeInGB>, <IOType>; <DataVirtualHardDisk>: <IOType>",
        reference="its serializer never writes them",
        ours="sends them when given",
        why="premium storage disks (IOType Provisioned) and OS disk resizing need them",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_disk_io_type)),
        operations=_role_operations,
        adjust=combine(
            set_members("OSVirtualHardDisk", "resized_size_in_gb", "io_type"),
            set_members("DataVirtualHardDisk", "io_type"),
        ),
    ),
    ReferenceBug(
        id="newer-role-elements-not-sent",
        where="<InputEndpoint>: <LoadBalancerDistribution>, <VirtualIPName>; "
        "<ResourceExtensionReference>: <ForceUpdate>; <DomainJoin>: <Provisioning>",
        reference="has no such attributes: its serializer never writes them",
        ours="sends them when given (None by default, so nothing new is sent)",
        why="ASM documents them in role bodies (x-ms-version 2014-06-01 and later) and "
        "Microsoft's azure-asm-compute writes them",
        example=RequestExample(
            "create_virtual_machine_deployment", _lazy(_example_newer_role_elements)
        ),
        operations=_role_operations,
        adjust=combine(
            set_members(
                "ConfigurationSetInputEndpoint", "load_balancer_distribution", "virtual_ip_name"
            ),
            set_members("ResourceExtensionReference", "force_update"),
            _blank_domain_join_provisioning,
        ),
    ),
    ReferenceBug(
        id="hosted-service-reverse-dns",
        where="create_hosted_service / update_hosted_service(reverse_dns_fqdn=...)",
        reference="has no reverse_dns_fqdn parameter (TypeError)",
        ours="sends <ReverseDnsFqdn> last in the body when given",
        why="Create and Update Cloud Service take ReverseDnsFqdn (x-ms-version 2014-06-01 and "
        "later), the reverse DNS name of the service's virtual IP",
        example=RequestExample(
            "update_hosted_service",
            {"service_name": "mysvc", "reverse_dns_fqdn": "www.contoso.com."},
        ),
        operations=_in("create_hosted_service", "update_hosted_service"),
        adjust=_drop_params("reverse_dns_fqdn"),
    ),
    ReferenceBug(
        id="os-image-descriptive-elements",
        where="add_os_image(eula=..., description=..., ..., language=...); "
        "update_os_image_from_image_reference: <IsPremium>",
        reference="add_os_image has only label, media_link, name and os (TypeError for the "
        "others); update_os_image_from_image_reference never writes IsPremium",
        ours="new keywords of add_os_image (last, default None) sent after <OS> in ASM's order; "
        "UpdateOSImageInput.is_premium sent after <PublishedDate>; all only when given",
        why="Add OS Image takes the descriptive elements and Update OS Image IsPremium "
        "(x-ms-version 2013-03-01 and later); azure-asm-compute sends them",
        example=RequestExample(
            "add_os_image",
            {
                "label": "l",
                "media_link": "https://acct.blob.core.windows.net/vhds/a.vhd",
                "name": "img",
                "os": "Linux",
                "description": "described",
            },
        ),
        operations=_in("add_os_image", "update_os_image_from_image_reference"),
        adjust=combine(
            _drop_params(
                "eula",
                "description",
                "image_family",
                "published_date",
                "is_premium",
                "show_in_gui",
                "privacy_uri",
                "icon_uri",
                "recommended_vm_size",
                "small_icon_uri",
                "language",
            ),  # fmt: skip
            set_members("UpdateOSImageInput", "is_premium"),
        ),
    ),
    ReferenceBug(
        id="unattend-pass-wrapper-missing",
        where="<AdditionalUnattendContent><Passes><UnattendPass>",
        reference="writes <PassName> and <Components> straight into <Passes>, without the "
        "<UnattendPass> element around each pass",
        ours="writes one <UnattendPass> per pass",
        why="the ASM schema (and what ASM returns) has Passes > UnattendPass > PassName",
        example=RequestExample("create_virtual_machine_deployment", _lazy(_example_unattend)),
        operations=_role_operations,
        fix_reference=combine_fixes(
            _wrap_unattend_passes,
            # The example's untouched (empty) certificate list and WinRM listeners: see
            # list-wrappers-always-written.
            # A content whose only passes were empty is left empty too (ours is then blank).
            _drop_empty(
                "StoredCertificateSettings",
                "Listeners",
                "WinRM",
                "Passes",
                "AdditionalUnattendContent",
            ),
        ),
        # Without the wrapper a pass with neither name nor components leaves no trace at all.
        adjust=lambda op, ours, theirs: _drop_empty_unattend_passes(ours),
    ),
    # --- responses ------------------------------------------------------------------------
    ReferenceBug(
        id="operation-id-not-read",
        where="Operation.id (<Operation><ID>)",
        reference="looks for <Id> (its name mangling of `id`), so id stays ''",
        ours="reads <ID>",
        why="ASM writes <ID>",
        example=ResponseExample(
            "get_operation_status",
            {"request_id": "abc"},
            f"<Operation {_NS}><ID>abc</ID><Status>Succeeded</Status>"
            "<HttpStatusCode>200</HttpStatusCode></Operation>".encode(),
        ),
        fields=(("Operation", "id"),),
        excuses=is_default(""),
    ),
    ReferenceBug(
        id="last-modified-names",
        where="Deployment.last_modified_time, Site.last_modified_time_utc",
        reference="mangles attributes starting with `last_modified` into `Last-Modified-...` "
        "(its HTTP header rule), so the elements are never read and stay ''",
        ours="reads <LastModifiedTime> / <LastModifiedTimeUtc>",
        why="ASM writes LastModifiedTime / LastModifiedTimeUtc",
        example=ResponseExample(
            "get_deployment_by_name",
            {"service_name": "mysvc", "deployment_name": "mydep"},
            _DEPLOYMENT,
        ),
        fields=(("Deployment", "last_modified_time"), ("Site", "last_modified_time_utc")),
        excuses=is_default(""),
    ),
    ReferenceBug(
        id="persistent-vm-downtime-not-read",
        where="Deployment.persistent_vm_downtime_info (<PersistentVMDowntime>)",
        reference="looks for <PersistentVMDowntimeInfo>, so the attribute is None",
        ours="reads <PersistentVMDowntime>",
        why="ASM writes <PersistentVMDowntime>",
        example=ResponseExample(
            "get_deployment_by_name",
            {"service_name": "mysvc", "deployment_name": "mydep"},
            _DEPLOYMENT,
        ),
        fields=(("Deployment", "persistent_vm_downtime_info"),),
        excuses=is_default(None),
    ),
    ReferenceBug(
        id="ip-names-not-read",
        where="VirtualIP.reserved_ip_name, "
        "NetworkConfigurationSet.static_virtual_network_ip_address",
        reference="looks for <ReservedIpName> / <StaticVirtualNetworkIpAddress> (its name "
        "mangling), so they stay ''/None",
        ours="reads <ReservedIPName> / <StaticVirtualNetworkIPAddress>",
        why="ASM writes IP in capitals",
        example=ResponseExample(
            "get_role",
            {"service_name": "mysvc", "deployment_name": "mydep", "role_name": "myvm"},
            _ROLE,
        ),
        fields=(
            ("VirtualIP", "reserved_ip_name"),
            ("NetworkConfigurationSet", "static_virtual_network_ip_address"),
        ),
        excuses=is_default("", None),
    ),
    ReferenceBug(
        id="availability-reason-as-bool",
        where="AvailabilityResponse.reason",
        reference="reads the reason text as a bool (its default is False), so any reason "
        "becomes True",
        ours="keeps the reason text",
        why="ASM's <Reason> is a sentence (why the name is taken)",
        example=ResponseExample(
            "check_hosted_service_name_availability",
            {"service_name": "mysvc"},
            f"<AvailabilityResponse {_NS}><Result>false</Result><Reason>A hosted service with "
            "the specified name already exists.</Reason></AvailabilityResponse>".encode(),
        ),
        fields=(("AvailabilityResponse", "reason"),),
        excuses=lambda ours, reference: reference is True or reference is False,
    ),
    ReferenceBug(
        id="namespace-availability-reason-not-read",
        docs="| `get_namespace`, `check_namespace_availability` |",
        where="check_namespace_availability: NamespaceAvailability.reason",
        reference="reads only <Result>; the reason stays False",
        ours="reads <Reason> (and <ReasonDetail>)",
        why="Service Bus explains why a namespace name is not available",
        example=ResponseExample(
            "check_namespace_availability",
            {"name": "mynamespace"},
            b'<entry xmlns="http://www.w3.org/2005/Atom"><content type="application/xml">'
            b'<NamespaceAvailability xmlns="http://schemas.microsoft.com/netservices/2010/10/'
            b'servicebus/connect"><Reason>InvalidName</Reason><Result>false</Result>'
            b"</NamespaceAvailability></content></entry>",
        ),
        fields=(("NamespaceAvailability", "reason"),),
        excuses=is_default(False),
    ),
    ReferenceBug(
        id="job-collection-availability-not-read",
        docs="| `check_job_collection_name` |",
        where="check_job_collection_name: ResourceNameAvailabilityResponse.result",
        reference="looks for an <AvailabilityResponse> root, so result stays False",
        ours="reads <ResourceNameAvailabilityResponse><IsAvailable>",
        why="the Scheduler answers <ResourceNameAvailabilityResponse>",
        example=ResponseExample(
            "check_job_collection_name",
            {"cloud_service_id": "mycs", "job_collection_id": "myjc"},
            f"<ResourceNameAvailabilityResponse {_NS}><IsAvailable>true</IsAvailable>"
            "</ResourceNameAvailabilityResponse>".encode(),
        ),
        fields=(("ResourceNameAvailabilityResponse", "result"),),
        excuses=is_default(False),
    ),
    ReferenceBug(
        id="literal-prefix-matching",
        docs="| `Site.host_names`, `Site.enabled_host_names`",
        where="Site.host_names, Site.enabled_host_names, "
        "SubscriptionOperation.operation_parameters",
        reference="finds <a:string> / <a:Name> / <a:Value> by the literal prefix `a:`, so a "
        "document binding that namespace to another prefix (or as default) reads as empty",
        ours="matches the elements by namespace URI",
        why="XML namespace prefixes are arbitrary; only the URI identifies the element",
        example=ResponseExample(
            "get_site", {"webspace_name": "westuswebspace", "website_name": "mysite"}, _SITE
        ),
        fields=(
            ("Site", "host_names"),
            ("Site", "enabled_host_names"),
            ("SubscriptionOperation", "operation_parameters"),
        ),
        excuses=lambda ours, reference: not reference,
    ),
    ReferenceBug(
        id="absent-attribute-placeholder",
        docs="| `get_publish_profile` |",
        where="PublishProfile.* (attributes of <publishProfile>)",
        reference="leaves its `_xml_attribute` descriptor object as the value of an attribute "
        "the element does not have",
        ours="None",
        why="an absent attribute has no value",
        example=ResponseExample(
            "get_publish_profile",
            {"webspace_name": "westuswebspace", "website_name": "mysite"},
            _PUBLISH_DATA,
        ),
        fields=tuple(
            ("PublishProfile", name)
            for name in (
                "profile_name",
                "publish_method",
                "publish_url",
                "msdeploysite",
                "ftp_passive_mode",
                "user_name",
                "user_pwd",
                "destination_app_url",
                "sql_server_db_connection_string",
                "my_sqldb_connection_string",
                "hosting_provider_forum_link",
                "control_panel_link",
            )
        ),
        excuses=attribute_placeholder,
    ),
    ReferenceBug(
        id="empty-element-crash",
        where="responses with an empty scalar list item, map key, Atom/OData property or "
        "SQL <ServerName>",
        reference="raises AttributeError (\"'NoneType' object has no attribute 'nodeValue'\") "
        "reading the text of an empty element",
        ours="reads an empty element as '' (or None for non-text types)",
        why="an empty element is valid XML (e.g. <AvailableService/>, <title/>)",
        example=ResponseExample(
            "list_locations",
            {},
            f"<Locations {_NS}><Location><Name>West US</Name><AvailableServices>"
            "<AvailableService/></AvailableServices></Location></Locations>".encode(),
        ),
        reference_error=error_text(AttributeError, "has no attribute 'nodeValue'"),
    ),
)

BUGS_BY_ID = {bug.id: bug for bug in REFERENCE_BUGS}
assert len(BUGS_BY_ID) == len(REFERENCE_BUGS), "duplicate reference bug ids"


def request_bugs(operation: str, *, without: str | None = None) -> list[ReferenceBug]:
    return [
        bug
        for bug in REFERENCE_BUGS
        if bug.side == "request" and bug.id != without and bug.operations(operation)
    ]


def response_bugs(*, without: str | None = None) -> list[ReferenceBug]:
    return [bug for bug in REFERENCE_BUGS if bug.side == "response" and bug.id != without]
