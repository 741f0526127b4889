"""The emulator's typed backend: what a subscription holds, apart from the wire code.

``Collection[T]`` is the home of one kind of resource: keyed by name and ignoring case as ASM
names do (``MyGroup`` and ``mygroup`` are one affinity group), iterated in insertion order,
with the lookups every handler needs answering ASM's own refusals (``get_or_404``,
``add_or_409``, ``remove_or_404``). ``SubscriptionBackend`` holds one typed collection per
resource kind that has been moved onto it; ``State.backend(subscription_id)`` gives it.

Kinds not moved yet live in ``State.resources(subscription_id, kind)`` dicts, which refuses
the kinds the backend holds (``SubscriptionBackend.KINDS``) so that no code keeps a second,
empty store of them.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from azure_asm.models import (
    AffinityGroup,
    ApplicationGateway,
    ApplicationGatewayCertificate,
    ApplicationGatewayConfiguration,
    BackupItem,
    BackupRequest,
    Certificate,
    ClientRootCertificate,
    Database,
    Deployment,
    Disk,
    FirewallRule,
    Gateway,
    GatewayConnectionDetails,
    HostedService,
    IPsecParameters,
    LocalNetworkGateway,
    NetworkConfiguration,
    NetworkSecurityGroup,
    NotificationHubDescription,
    OSImage,
    QueueDescription,
    RelayDescription,
    RelayServiceConnectionEntity,
    ReservedIP,
    RouteTable,
    Server,
    ServerFarm,
    ServiceBusNamespace,
    Site,
    SiteOperation,
    StorageService,
    TopicDescription,
    VirtualNetworkGatewayDetails,
    VirtualNetworkSite,
    VMImage,
    WebSpace,
)

from .errors import AsmFault

if TYPE_CHECKING:
    from .handlers.activity_log import LoggedOperation

T = TypeVar("T")


class Collection(MutableMapping[str, T], Generic[T]):
    """Resources of one kind by name: case-insensitive (unless told otherwise), ordered.

    ``not_found`` and ``conflict`` are the messages of ASM's 404 ``ResourceNotFound`` and 409
    ``ConflictError`` for this kind; ``{name}`` in them is replaced by the name asked for
    (``not_found_code`` words the 404 otherwise, as Websites' ``NotFound``).
    The name a resource was added under keeps its spelling (iteration yields it).
    """

    def __init__(
        self,
        *,
        not_found: str = "The resource {name} does not exist.",
        conflict: str = "A resource named {name} already exists.",
        ignore_case: bool = True,
        not_found_code: str = "ResourceNotFound",
    ) -> None:
        self._items: dict[str, tuple[str, T]] = {}
        self._not_found_code = not_found_code
        self._not_found = not_found
        self._conflict = conflict
        self._ignore_case = ignore_case

    def _key(self, name: str) -> str:
        return name.lower() if self._ignore_case else name

    def __getitem__(self, name: str) -> T:
        return self._items[self._key(name)][1]

    def __setitem__(self, name: str, item: T) -> None:
        key = self._key(name)
        existing = self._items.get(key)
        self._items[key] = (existing[0] if existing else name, item)

    def __delitem__(self, name: str) -> None:
        del self._items[self._key(name)]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) in self._items

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Collection({[name for name, _ in self._items.values()]!r})"

    def not_found(self, name: str) -> AsmFault:
        """ASM's 404 for ``name`` of this kind."""
        return AsmFault(404, self._not_found_code, self._not_found.replace("{name}", name))

    def conflict(self, name: str) -> AsmFault:
        """ASM's 409 for a second ``name`` of this kind."""
        return AsmFault(409, "ConflictError", self._conflict.replace("{name}", name))

    def get_or_404(self, name: str) -> T:
        """The resource ``name``, or ASM's 404."""
        found = self._items.get(self._key(name))
        if found is None:
            raise self.not_found(name)
        return found[1]

    def add_or_409(self, name: str, item: T) -> T:
        """Add ``item`` as ``name`` and return it; ASM's 409 if the name is taken."""
        if name in self:
            raise self.conflict(name)
        self._items[self._key(name)] = (name, item)
        return item

    def remove_or_404(self, name: str) -> T:
        """Remove the resource ``name`` and return it, or ASM's 404."""
        found = self._items.pop(self._key(name), None)
        if found is None:
            raise self.not_found(name)
        return found[1]


@dataclass
class JobCollectionRecord:
    """A job collection and its jobs (job id -> the job's JSON object)."""

    name: str
    plan: str
    e_tag: str = field(default_factory=lambda: str(uuid.uuid4()))
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class CloudServiceRecord:
    """A Scheduler cloud service and its job collections (name, ignoring case -> record)."""

    name: str
    label: str
    description: str
    geo_region: str
    collections: Collection[JobCollectionRecord] = field(init=False)

    def __post_init__(self) -> None:
        self.collections = Collection(
            not_found=f"The job collection '{{name}}' was not found in '{self.name}'.",
            conflict=f"The job collection '{{name}}' already exists in '{self.name}'.",
        )


@dataclass(frozen=True)
class PackageSnapshot:
    """What a package deployment runs: package, configuration (text) and instance counts."""

    package_url: str
    configuration: str
    label: str | None
    counts: dict[str, int]


@dataclass
class PackageChange:
    """A configuration change, upgrade or roll-back under way or waiting for domain walks."""

    operation: str  # the spec operation that started it
    mode: str  # Auto | Manual | Simultaneous
    target: PackageSnapshot
    previous: PackageSnapshot
    extended_properties: dict[str, str] | None = None


@dataclass
class PackageRecord:
    """What a package (web/worker role) deployment runs and the change waiting, if any."""

    current: PackageSnapshot
    change: PackageChange | None = None


QUEUES = "Queues"
TOPICS = "Topics"
NOTIFICATION_HUBS = "NotificationHubs"
RELAYS = "Relays"
ENTITY_KINDS = (QUEUES, TOPICS, NOTIFICATION_HUBS, RELAYS)
"""Service Bus entity kinds, as they appear in paths (``.../Namespaces/{name}/Queues``)."""

ServiceBusEntity = (
    QueueDescription | TopicDescription | NotificationHubDescription | RelayDescription
)


@dataclass
class NamespaceRecord:
    """A Service Bus namespace: its description and its entities.

    ``entities[kind]`` maps a lower-cased entity name (entity paths ignore case) to the name as
    given and the entity's description.
    """

    description: ServiceBusNamespace
    entities: dict[str, dict[str, tuple[str, ServiceBusEntity]]] = field(
        default_factory=lambda: {kind: {} for kind in ENTITY_KINDS}
    )


@dataclass
class Website:
    """A site and its deployment password (a secret only ``get_publish_profile`` answers),
    with what the 2014-04-01 Websites operations keep of it (a site created again starts
    afresh): its configuration document (``website_config``, filled in on first use),
    whether its repository exists, its backup schedule, hybrid connections and sticky slot
    setting names (of a production site)."""

    site: Site
    publish_password: str = field(repr=False)
    config: dict[str, Any] = field(default_factory=dict)
    repository: bool = False
    backup_configuration: BackupRequest | None = None
    hybrid_connections: Collection[RelayServiceConnectionEntity] = field(
        default_factory=lambda: Collection(
            not_found="The hybrid connection {name} cannot be found.",
            conflict="The site already has a hybrid connection named {name}.",
            not_found_code="NotFound",
        )
    )
    slot_config_names: dict[str, list[str]] = field(
        default_factory=lambda: {"AppSettingNames": [], "ConnectionStringNames": []}
    )


@dataclass
class SiteBackup:
    """A backup of a site: the item answered, the site's name and its configuration then."""

    item: BackupItem
    site: str
    config: dict[str, Any]


@dataclass
class Replication:
    """The publishing record of one image (replicated regions, offer, sharing)."""

    regions: list[str]
    offer: str
    sku: str
    version: str
    request_id: str
    permission: str = "Private"
    shares: list[str] = field(default_factory=list)


@dataclass
class SqlServer:
    """Everything the emulator knows about one SQL Database server."""

    server: Server
    admin_password: str = field(repr=False)
    next_database_id: int = 4  # ids 2 and 3 are hidden system databases in ASM
    databases: Collection[Database] = field(init=False)
    firewall_rules: Collection[FirewallRule] = field(init=False)

    def __post_init__(self) -> None:
        server = self.server.name or ""
        # Database names ignore case, as SQL Database's own names do.
        self.databases = Collection(
            not_found=f"Database '{{name}}' does not exist on server '{server}'.",
            conflict="Database '{name}' already exists. Choose a different database name.",
        )
        # Rule names compare exactly (as they always did here; ASM documents neither way).
        self.firewall_rules = Collection(
            not_found=f"The firewall rule '{{name}}' does not exist on server '{server}'.",
            conflict=f"A firewall rule named '{{name}}' already exists on server '{server}'.",
            ignore_case=False,
        )


@dataclass
class GatewayRecord:
    """The VPN gateway of a virtual network and the state of its connections."""

    gateway: Gateway
    # By local network name, lower-cased: the connection's state and pre-shared key.
    connectivity: dict[str, str] = field(default_factory=dict)
    shared_keys: dict[str, str] = field(default_factory=dict, repr=False)
    ipsec_parameters: dict[str, IPsecParameters] = field(default_factory=dict)
    # Point-to-site client root certificates by thumbprint: the model and the text uploaded.
    client_root_certificates: dict[str, tuple[ClientRootCertificate, str]] = field(
        default_factory=dict, repr=False
    )
    diagnostics_state: str = "Ready"
    diagnostics_url: str | None = None


class SubscriptionBackend:
    """The resources of one subscription, one typed collection per kind.

    ``KINDS`` maps the former ``State.resources`` kind names to the attributes holding them.
    """

    KINDS = {
        "affinitygroups": "affinity_groups",
        "hostedservices": "hosted_services",
        "reservedips": "reserved_ips",
        "storageservices": "storage_accounts",
        "scheduler_cloudservices": "scheduler_cloud_services",
        "servicecertificates": "service_certificates",
        "managementcertificates_added": "management_certificates_added",
        "disks": "disks",
        "vmimages": "vm_images",
        "sqlservers": "sql_servers",
        "osimages": "os_images",
        "virtualnetworks": "virtual_networks",
        "networkconfiguration": "network_configuration",
        "deployments": "deployments",
        "deployment_packages": "packages",
        "servicebus_namespaces": "servicebus_namespaces",
        "webspaces": "webspaces",
        "imagereplications": "image_replications",
        "subscription_operations": "operation_log",
        "websites": "websites",
        "website_server_farms": "server_farms",
    }

    def __init__(self, subscription_id: str = "") -> None:
        self.affinity_groups: Collection[AffinityGroup] = Collection(
            not_found="The affinity group {name} does not exist.",
            conflict="An affinity group with the specified name already exists.",
        )
        # Cloud service names are also reserved across subscriptions (``state.shared``), which
        # is where a create meets ASM's "DNS name is already taken".
        self.hosted_services: Collection[HostedService] = Collection(
            not_found="The hosted service does not exist.",
            conflict="The specified DNS name is already taken.",
        )
        # Storage account names are lower-case only; a name in other letters is another name.
        self.storage_accounts: Collection[StorageService] = Collection(
            not_found="The storage account '{name}' was not found.",
            conflict="The storage account named {name} is already taken.",
            ignore_case=False,
        )
        self.scheduler_cloud_services: Collection[CloudServiceRecord] = Collection(
            not_found="The cloud service '{name}' was not found.",
            conflict="The cloud service '{name}' already exists.",
        )
        # Keyed "<service>/<algorithm>-<THUMBPRINT>"; the messages name "<algorithm>-<THUMBPRINT>".
        self.service_certificates: Collection[Certificate] = Collection(
            not_found="The certificate {name} does not exist.",
            conflict="The certificate {name} already exists.",
        )
        # When each management certificate was added (thumbprint -> time); the certificates
        # themselves are the emulator's authorisation registry (``State.certificates``).
        self.management_certificates_added: dict[str, datetime.datetime] = {}
        # Disk names compare exactly, as the emulator always did.
        self.disks: Collection[Disk] = Collection(
            not_found="The disk '{name}' does not exist.",
            conflict="A disk with the name {name} already exists.",
            ignore_case=False,
        )
        # The subscription's own (captured) VM images; published ones are a catalogue.
        self.vm_images: Collection[VMImage] = Collection(
            not_found="The VM image {name} does not exist.",
            conflict="A VM image with the name {name} already exists.",
        )
        # Server names (chosen by the emulator) compare exactly; the 404 is SQL's own words.
        self.sql_servers: Collection[SqlServer] = Collection(
            not_found=f"Subscription '{subscription_id}' does not have server '{{name}}'.",
            conflict="A server named {name} already exists.",
            ignore_case=False,
        )
        # The subscription's own OS images (exact names, as before); platform ones are a
        # catalogue.
        self.os_images: Collection[OSImage] = Collection(
            not_found="The image {name} does not exist.",
            conflict="An image with the name {name} already exists.",
            ignore_case=False,
        )
        # The last network configuration set, and the virtual networks derived from it.
        self.network_configuration: NetworkConfiguration | None = None
        self.virtual_networks: Collection[VirtualNetworkSite] = Collection(
            not_found="The virtual network {name} does not exist.",
            conflict="A virtual network named {name} already exists.",
        )
        # Keyed "<service>/<deployment>"; the 404 names the deployment (``not_found(name)``).
        self.deployments: Collection[Deployment] = Collection(
            not_found="The deployment name '{name}' does not exist.",
            conflict="A deployment with the name '{name}' already exists.",
        )
        # Package deployments by private id (virtual machine deployments have none).
        self.packages: dict[str, PackageRecord] = {}
        self.reserved_ips: Collection[ReservedIP] = Collection(
            not_found="The reserved IP {name} does not exist.",
            conflict="A reserved IP with the name {name} already exists.",
        )
        self.network_security_groups: Collection[NetworkSecurityGroup] = Collection(
            not_found="The network security group {name} does not exist.",
            conflict="A network security group with the name {name} already exists.",
        )
        self.route_tables: Collection[RouteTable] = Collection(
            not_found="The route table {name} does not exist.",
            conflict="A route table with the name {name} already exists.",
        )
        self.gateways: Collection[GatewayRecord] = Collection(
            not_found="The virtual network {name} has no gateway.",
            conflict="The virtual network {name} already has a gateway.",
        )
        # Gateways addressed by id (the newer gateway model), and their connections keyed
        # "<virtual network gateway id>/<connected entity id>".
        self.local_network_gateways: Collection[LocalNetworkGateway] = Collection(
            not_found="The local network gateway {name} does not exist.",
            conflict="A local network gateway {name} already exists.",
        )
        self.virtual_network_gateways: Collection[VirtualNetworkGatewayDetails] = Collection(
            not_found="The virtual network gateway {name} does not exist.",
            conflict="A virtual network gateway {name} already exists.",
        )
        self.application_gateways: Collection[ApplicationGateway] = Collection(
            not_found="The application gateway {name} does not exist.",
            conflict="An application gateway named {name} already exists.",
        )
        self.application_gateway_configs: Collection[ApplicationGatewayConfiguration] = Collection(
            not_found="The application gateway {name} has no configuration."
        )
        # Keyed "<application gateway>/<certificate name>".
        self.application_gateway_certificates: Collection[ApplicationGatewayCertificate] = (
            Collection(
                not_found="The certificate {name} does not exist.",
                conflict="The certificate {name} already exists.",
            )
        )
        # Diagnostics captures of virtual network gateways, by gateway id.
        self.virtual_network_gateway_diagnostics: Collection[GatewayRecord] = Collection()
        self.gateway_connections: Collection[GatewayConnectionDetails] = Collection(
            not_found="The gateway connection {name} does not exist.",
            conflict="The gateway connection {name} already exists.",
        )
        # Network resources prepared for migration to Resource Manager ("<kind>:<name>").
        self.network_migrations: Collection[str] = Collection(
            not_found="The resource {name} is not prepared for migration.",
            conflict="The resource {name} is already prepared for migration.",
        )
        # Route table name by "<virtual network>/<subnet>" (the subnets do not show it).
        self.subnet_route_tables: Collection[str] = Collection(
            not_found="The subnet {name} has no route table.",
        )
        self.servicebus_namespaces: Collection[NamespaceRecord] = Collection(
            not_found="The namespace '{name}' was not found.",
            conflict="The namespace '{name}' already exists.",
        )
        # Registered resource providers, by name as given.
        self.resource_providers: Collection[str] = Collection(
            not_found="The resource provider {name} is not registered.",
            conflict="The resource provider {name} is already registered.",
        )
        # Image names ignoring case, as the records were always found.
        self.image_replications: Collection[Replication] = Collection(
            not_found="The image {name} is not replicated."
        )
        # Websites' 404 is ``NotFound``, in the words recorded from ASM.
        self.webspaces: Collection[WebSpace] = Collection(
            not_found="The webspace {name} cannot be found.", not_found_code="NotFound"
        )
        # Site names are DNS names, unique in the subscription whatever their webspace.
        self.websites: Collection[Website] = Collection(
            not_found="The web site {name} cannot be found.",
            conflict="Website with given name {name} already exists.",
            not_found_code="NotFound",
        )
        # Websites backups by "<container URL>|<blob>" (lower case; they outlive their site)
        # and the swap and restore operations (get_site_operation_status) by id.
        self.site_backups: dict[str, SiteBackup] = {}
        # Websites hosting plans (server farms) by lower-cased webspace name, then plan name.
        self.server_farms: dict[str, Collection[ServerFarm]] = {}
        self.site_operations: Collection[SiteOperation] = Collection(
            not_found="The operation {name} cannot be found.", not_found_code="NotFound"
        )
        # Every write made to the subscription, in order (List Subscription Operations).
        self.operation_log: list[LoggedOperation] = []
        # The stores of plain resources served with their defaults (``resource_core``).
        self._plain: dict[tuple[str, tuple[str, ...]], Collection[Any]] = {}

    def plain(
        self,
        kind: str,
        parent: tuple[str, ...] = (),
        *,
        not_found: str | None = None,
        conflict: str | None = None,
        ignore_case: bool = True,
    ) -> Collection[Any]:
        """The collection of ``kind`` items under ``parent`` (its names), made on first use.

        The home of plain resources that need no typed collection of their own: what
        ``PlainResource`` serves by default. Parent names compare ignoring case; the messages
        given are the collection's from then on.
        """
        key = (kind, tuple(name.lower() for name in parent))
        found = self._plain.get(key)
        if found is None:
            found = self._plain[key] = Collection(ignore_case=ignore_case)
        if not_found is not None:
            found._not_found = not_found
        if conflict is not None:
            found._conflict = conflict
        return found

    def forget_children(self, parent: tuple[str, ...]) -> None:
        """Drop the plain collections under ``parent`` (when the parent is deleted)."""
        wanted = tuple(name.lower() for name in parent)
        for key in [key for key in self._plain if key[1][: len(wanted)] == wanted]:
            del self._plain[key]
