"""Model classes of the ASM API: one class per structure of the spec.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, TypeAlias

# AsynchronousOperationResult: one of the reference package's models (async calls return it).
from azure_asm_runtime.legacy import (
    AsynchronousOperationResult,
    Feed,
    NamedList,
    SelfAlias,
    WindowsAzureData,
)
from azure_asm_runtime.xmlcodec import ResultList

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "Feed",
    "WindowsAzureData",
    "Widget",
    "CreateWidget",
    "Audit",
    "Part",
    "Settings",
    "LinuxSettings",
    "WindowsSettings",
    "Principal",
    "UserPrincipal",
    "GroupPrincipal",
    "EventPage",
    "Event",
    "GadgetFeed",
    "GadgetEntry",
    "GadgetAuthor",
    "GadgetContent",
    "Gadget",
    "Quota",
    "Rule",
    "NewServer",
    "ServerName",
    "Widgets",
    "AsynchronousOperationResult",
]


class Widget(WindowsAzureData):
    """A widget, as listed.

    Attributes:
        name: Name of the widget.
        label: Label (decoded from base64).
        state: Creating, Ready or Deleting.
        created: When the widget was created.
        enabled: Whether the widget is enabled.
        tags: Name/value pairs stored with the widget.
        owner: Who owns the widget.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "label",
        "state",
        "created",
        "enabled",
        "tags",
        "owner",
    )

    name: str | None
    label: str | None
    state: str | None
    created: datetime | None
    enabled: bool | None
    tags: dict[str, str] | None
    owner: Principal | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        label: str | None = None,
        state: str | None = None,
        created: datetime | None = None,
        enabled: bool | None = None,
        tags: dict[str, str] | None = None,
        owner: Principal | None = None,
    ) -> None:
        self.name = name
        self.label = label
        self.state = state
        self.created = created
        self.enabled = enabled
        self.tags = tags
        self.owner = owner
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "Widget("
            "name="
            f"{self.name!r}, "
            "label="
            f"{self.label!r}, "
            "state="
            f"{self.state!r}, "
            "created="
            f"{self.created!r}, "
            "enabled="
            f"{self.enabled!r}, "
            "tags="
            f"{self.tags!r}, "
            "owner="
            f"{self.owner!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Widget):
            return NotImplemented
        return (
            self.name == other.name
            and self.label == other.label
            and self.state == other.state
            and self.created == other.created
            and self.enabled == other.enabled
            and self.tags == other.tags
            and self.owner == other.owner
        )


class CreateWidget(WindowsAzureData):
    """Request body of `create_widget`.

    Attributes:
        label: Label (base64 on the wire).
        widget_name: Name of the widget.
        enabled: Whether the widget starts enabled.
        size: Size in units.
        expires: When the widget expires.
        admin_password: Password of the widget's admin.
        tags: Name/value pairs stored with the widget.
        parts: Parts of the widget.
        aliases: Other names of the widget, one `<Alias>` each.
        owner: Who owns the widget.
        settings: Operating-system settings.
        comment: Why the change is made.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "label",
        "widget_name",
        "enabled",
        "size",
        "expires",
        "admin_password",
        "tags",
        "parts",
        "aliases",
        "owner",
        "settings",
        "comment",
    )

    kind: ClassVar[str] = "Widget"

    label: str | None
    widget_name: str | None
    enabled: bool | None
    size: int | None
    expires: datetime | None
    admin_password: str | None
    tags: dict[str, str] | None
    parts: list[Part] | None
    aliases: list[str] | None
    owner: Principal | None
    settings: list[Settings] | None
    comment: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        widget_name: str | None = None,
        label: str | None = None,
        enabled: bool | None = None,
        size: int | None = None,
        expires: datetime | None = None,
        admin_password: str | None = None,
        tags: dict[str, str] | None = None,
        parts: list[Part] | None = None,
        aliases: list[str] | None = None,
        owner: Principal | None = None,
        settings: list[Settings] | None = None,
        comment: str | None = None,
    ) -> None:
        self.label = label
        self.widget_name = widget_name
        self.enabled = enabled
        self.size = size
        self.expires = expires
        self.admin_password = admin_password
        self.tags = tags
        self.parts = parts
        self.aliases = aliases
        self.owner = owner
        self.settings = settings
        self.comment = comment
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "CreateWidget("
            "label="
            f"{self.label!r}, "
            "widget_name="
            f"{self.widget_name!r}, "
            "enabled="
            f"{self.enabled!r}, "
            "size="
            f"{self.size!r}, "
            "expires="
            f"{self.expires!r}, "
            "admin_password="
            f"{'<secret>' if self.admin_password is not None else None}, "
            "tags="
            f"{self.tags!r}, "
            "parts="
            f"{self.parts!r}, "
            "aliases="
            f"{self.aliases!r}, "
            "owner="
            f"{self.owner!r}, "
            "settings="
            f"{self.settings!r}, "
            "comment="
            f"{self.comment!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CreateWidget):
            return NotImplemented
        return (
            self.label == other.label
            and self.widget_name == other.widget_name
            and self.enabled == other.enabled
            and self.size == other.size
            and self.expires == other.expires
            and self.admin_password == other.admin_password
            and self.tags == other.tags
            and self.parts == other.parts
            and self.aliases == other.aliases
            and self.owner == other.owner
            and self.settings == other.settings
            and self.comment == other.comment
        )


class Audit(WindowsAzureData):
    """Audit fields shared by request bodies.

    Attributes:
        comment: Why the change is made.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("comment",)

    comment: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        comment: str | None = None,
    ) -> None:
        self.comment = comment
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"Audit(comment={self.comment!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Audit):
            return NotImplemented
        return self.comment == other.comment


class Part(WindowsAzureData):
    """A part of a widget.

    Attributes:
        name: Name of the part.
        count: How many of the part.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "count",
    )

    name: str | None
    count: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        count: int | None = 1,
    ) -> None:
        self.name = name
        self.count = count
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"Part(name={self.name!r}, count={self.count!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Part):
            return NotImplemented
        return self.name == other.name and self.count == other.count


class LinuxSettings(WindowsAzureData):
    """Settings of a Linux widget.

    Attributes:
        user_name: Login name.
        ssh_key: Public SSH key.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "user_name",
        "ssh_key",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("settings_type", "Linux")

    settings_type: ClassVar[str] = "Linux"

    user_name: str | None
    ssh_key: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        user_name: str | None = None,
        ssh_key: str | None = None,
    ) -> None:
        self.user_name = user_name
        self.ssh_key = ssh_key
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "LinuxSettings("
            "user_name="
            f"{self.user_name!r}, "
            "ssh_key="
            f"{'<secret>' if self.ssh_key is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinuxSettings):
            return NotImplemented
        return self.user_name == other.user_name and self.ssh_key == other.ssh_key


class WindowsSettings(WindowsAzureData):
    """Settings of a Windows widget.

    Attributes:
        computer_name: NetBIOS name.
        admin_password: Password of the administrator.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "computer_name",
        "admin_password",
    )
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("settings_type", "Windows")

    settings_type: ClassVar[str] = "Windows"

    computer_name: str | None
    admin_password: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        computer_name: str | None = None,
        admin_password: str | None = None,
    ) -> None:
        self.computer_name = computer_name
        self.admin_password = admin_password
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "WindowsSettings("
            "computer_name="
            f"{self.computer_name!r}, "
            "admin_password="
            f"{'<secret>' if self.admin_password is not None else None}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WindowsSettings):
            return NotImplemented
        return (
            self.computer_name == other.computer_name
            and self.admin_password == other.admin_password
        )


class UserPrincipal(WindowsAzureData):
    """A user.

    Attributes:
        email: E-mail address.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("email",)
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("type", "UserPrincipal")

    email: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        email: str | None = None,
    ) -> None:
        self.email = email
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"UserPrincipal(email={self.email!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserPrincipal):
            return NotImplemented
        return self.email == other.email


class GroupPrincipal(WindowsAzureData):
    """A group of users.

    Attributes:
        group_id: Id of the group.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("group_id",)
    #: What names this class in `as_dict()` data where a union of classes is accepted.
    _discriminator = ("type", "GroupPrincipal")

    group_id: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        group_id: int | None = None,
    ) -> None:
        self.group_id = group_id
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GroupPrincipal(group_id={self.group_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupPrincipal):
            return NotImplemented
        return self.group_id == other.group_id


class EventPage(WindowsAzureData):
    """One page of events.

    Attributes:
        events: The events of this page.
        continuation_token: Token of the next page.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "events",
        "continuation_token",
    )

    events: list[Event] | None
    continuation_token: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        events: list[Event] | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.events = events
        self.continuation_token = continuation_token
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"EventPage(events={self.events!r}, continuation_token={self.continuation_token!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventPage):
            return NotImplemented
        return self.events == other.events and self.continuation_token == other.continuation_token


class Event(WindowsAzureData):
    """An event.

    Attributes:
        name: What happened.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("name",)

    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
    ) -> None:
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"Event(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Event):
            return NotImplemented
        return self.name == other.name


class GadgetFeed(WindowsAzureData):
    """A feed of gadget entries.

    Attributes:
        title: Title of the feed.
        entries: One entry per gadget.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "title",
        "entries",
    )

    title: str | None
    entries: list[GadgetEntry] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        title: str | None = None,
        entries: list[GadgetEntry] | None = None,
    ) -> None:
        self.title = title
        self.entries = entries
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GadgetFeed(title={self.title!r}, entries={self.entries!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GadgetFeed):
            return NotImplemented
        return self.title == other.title and self.entries == other.entries


class GadgetEntry(WindowsAzureData):
    """An entry holding one gadget.

    Attributes:
        title: Name of the gadget.
        author: Who made the entry.
        content: The gadget.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "title",
        "author",
        "content",
    )

    title: str | None
    author: GadgetAuthor | None
    content: GadgetContent | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        title: str | None = None,
        author: GadgetAuthor | None = None,
        content: GadgetContent | None = None,
    ) -> None:
        self.title = title
        self.author = author
        self.content = content
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            f"GadgetEntry(title={self.title!r}, author={self.author!r}, content={self.content!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GadgetEntry):
            return NotImplemented
        return (
            self.title == other.title
            and self.author == other.author
            and self.content == other.content
        )


class GadgetAuthor(WindowsAzureData):
    """The author of an entry.

    Attributes:
        name: Name of the author.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("name",)

    name: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
    ) -> None:
        self.name = name
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GadgetAuthor(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GadgetAuthor):
            return NotImplemented
        return self.name == other.name


class GadgetContent(WindowsAzureData):
    """The content of an entry.

    Attributes:
        gadget: The gadget.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = ("gadget",)

    gadget: Gadget | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        gadget: Gadget | None = None,
    ) -> None:
        self.gadget = gadget
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"GadgetContent(gadget={self.gadget!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GadgetContent):
            return NotImplemented
        return self.gadget == other.gadget


class Gadget(WindowsAzureData):
    """A gadget.

    Attributes:
        size: Size of the gadget.
        name: The title of the entry it came in.
        author: The author of the entry it came in.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "size",
        "name",
        "author",
    )

    size: int | None
    name: str | None
    author: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        size: int | None = None,
        name: str | None = None,
        author: str | None = None,
    ) -> None:
        self.size = size
        self.name = name
        self.author = author
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"Gadget(size={self.size!r}, name={self.name!r}, author={self.author!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Gadget):
            return NotImplemented
        return self.size == other.size and self.name == other.name and self.author == other.author


class Quota(WindowsAzureData):
    """A quota.

    Attributes:
        name: Name.
        value: Value.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "value",
    )

    name: str | None
    value: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        value: int | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"Quota(name={self.name!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quota):
            return NotImplemented
        return self.name == other.name and self.value == other.value


class Rule(WindowsAzureData):
    """A rule.

    Attributes:
        name: Name.
        start: First address.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "start",
    )

    name: str | None
    start: str | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        start: str | None = None,
    ) -> None:
        self.name = name
        self.start = start
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"Rule(name={self.name!r}, start={self.start!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rule):
            return NotImplemented
        return self.name == other.name and self.start == other.start


class NewServer(WindowsAzureData):
    """A server to create, in the SQL namespace, with host names in the arrays namespace.

    Attributes:
        login: Login.
        host_names: Host names.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "login",
        "host_names",
    )

    login: str | None
    host_names: list[str] | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        login: str | None = None,
        host_names: list[str] | None = None,
    ) -> None:
        self.login = login
        self.host_names = host_names
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return f"NewServer(login={self.login!r}, host_names={self.host_names!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NewServer):
            return NotImplemented
        return self.login == other.login and self.host_names == other.host_names


class ServerName(WindowsAzureData):
    """A server name whose domain is an attribute.

    Attributes:
        name: The server name.
        fully_qualified_domain_name: The domain name.
        port: The port.
    """

    #: The members, in the spec's order (also what `match` binds positionally).
    __match_args__ = (
        "name",
        "fully_qualified_domain_name",
        "port",
    )

    name: str | None
    fully_qualified_domain_name: str | None
    port: int | None
    #: Elements the service sent that the spec does not describe (kept, never dropped).
    unknown_elements: tuple[etree._Element, ...]

    def __init__(
        self,
        name: str | None = None,
        fully_qualified_domain_name: str | None = None,
        port: int | None = None,
    ) -> None:
        self.name = name
        self.fully_qualified_domain_name = fully_qualified_domain_name
        self.port = port
        self.unknown_elements = ()

    def __repr__(self) -> str:
        return (
            "ServerName("
            "name="
            f"{self.name!r}, "
            "fully_qualified_domain_name="
            f"{self.fully_qualified_domain_name!r}, "
            "port="
            f"{self.port!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerName):
            return NotImplemented
        return (
            self.name == other.name
            and self.fully_qualified_domain_name == other.fully_qualified_domain_name
            and self.port == other.port
        )


#: Operating-system settings of a widget, told apart by `<SettingsType>`.
Settings: TypeAlias = LinuxSettings | WindowsSettings


#: The owner of a widget, told apart by its `i:type` attribute.
Principal: TypeAlias = UserPrincipal | GroupPrincipal


class Widgets(ResultList[Widget], NamedList[Widget]):
    """A list of `Widget` (the `<Widgets>` document), as the reference package's `Widgets`: its
    items are also reached as `widgets`."""

    widgets = SelfAlias[Widget]()
