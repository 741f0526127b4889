"""Checks run on request models before anything is sent: types and the spec's constraints.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from azure_asm.models import (
    Audit,
    CreateWidget,
    Event,
    EventPage,
    Gadget,
    GadgetAuthor,
    GadgetContent,
    GadgetEntry,
    GadgetFeed,
    GroupPrincipal,
    LinuxSettings,
    NewServer,
    Part,
    Principal,
    Quota,
    Rule,
    ServerName,
    Settings,
    UserPrincipal,
    Widget,
    WindowsSettings,
)
from azure_asm_runtime.validation import (
    check_bool,
    check_datetime,
    check_instance,
    check_int,
    check_list,
    check_map,
    check_string,
)


def validate_widget(obj: Widget, where: str) -> None:
    """Check a `Widget` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.label is not None:
        check_string("label", obj.label, where=where, encoded=True)
    if obj.state is not None:
        check_string("state", obj.state, where=where, enum=("Creating", "Ready", "Deleting"))
    if obj.created is not None:
        check_datetime("created", obj.created, where=where)
    if obj.enabled is not None:
        obj.enabled = check_bool("enabled", obj.enabled, where=where)
    if obj.tags is not None:
        check_map("tags", obj.tags, where=where)
    if obj.owner is not None:
        check_instance("owner", obj.owner, (UserPrincipal, GroupPrincipal), where=where)
        validate_principal(obj.owner, f"{where}owner.")


def validate_create_widget(obj: CreateWidget, where: str) -> None:
    """Check a `CreateWidget` about to be sent; errors start with `where` + the member."""
    check_string("label", obj.label, where=where, required=True, max_length=100, encoded=True)
    check_string(
        "widget_name", obj.widget_name, where=where, required=True, pattern="^[A-Za-z0-9-]{1,63}$"
    )
    if obj.enabled is not None:
        obj.enabled = check_bool("enabled", obj.enabled, where=where)
    if obj.size is not None:
        obj.size = check_int("size", obj.size, where=where, minimum=1, maximum=64)
    if obj.expires is not None:
        check_datetime("expires", obj.expires, where=where)
    if obj.admin_password is not None:
        check_string("admin_password", obj.admin_password, where=where, secret=True)
    if obj.tags is not None:
        check_map("tags", obj.tags, where=where)
    if obj.parts is not None:
        check_list("parts", obj.parts, where=where)
        for index, parts_item in enumerate(obj.parts):
            check_instance(f"parts[{index}]", parts_item, Part, where=where, required=True)
            validate_part(parts_item, f"{where}parts[{index}].")
    if obj.aliases is not None:
        check_list("aliases", obj.aliases, where=where)
        for index, aliases_item in enumerate(obj.aliases):
            check_string(f"aliases[{index}]", aliases_item, where=where, required=True)
    if obj.owner is not None:
        check_instance("owner", obj.owner, (UserPrincipal, GroupPrincipal), where=where)
        validate_principal(obj.owner, f"{where}owner.")
    if obj.settings is not None:
        check_list("settings", obj.settings, where=where)
        for index, settings_item in enumerate(obj.settings):
            check_instance(
                f"settings[{index}]",
                settings_item,
                (LinuxSettings, WindowsSettings),
                where=where,
                required=True,
            )
            validate_settings(settings_item, f"{where}settings[{index}].")
    if obj.comment is not None:
        check_string("comment", obj.comment, where=where)


def validate_audit(obj: Audit, where: str) -> None:
    """Check a `Audit` about to be sent; errors start with `where` + the member."""
    if obj.comment is not None:
        check_string("comment", obj.comment, where=where)


def validate_part(obj: Part, where: str) -> None:
    """Check a `Part` about to be sent; errors start with `where` + the member."""
    check_string("name", obj.name, where=where, required=True)
    if obj.count is not None:
        obj.count = check_int("count", obj.count, where=where)


def validate_settings(obj: Settings, where: str) -> None:
    """Check a `Settings` about to be sent; errors start with `where` + the member."""
    if isinstance(obj, LinuxSettings):
        validate_linux_settings(obj, where)
    elif isinstance(obj, WindowsSettings):
        validate_windows_settings(obj, where)


def validate_linux_settings(obj: LinuxSettings, where: str) -> None:
    """Check a `LinuxSettings` about to be sent; errors start with `where` + the member."""
    check_string("user_name", obj.user_name, where=where, required=True)
    if obj.ssh_key is not None:
        check_string("ssh_key", obj.ssh_key, where=where, secret=True)


def validate_windows_settings(obj: WindowsSettings, where: str) -> None:
    """Check a `WindowsSettings` about to be sent; errors start with `where` + the member."""
    if obj.computer_name is not None:
        check_string("computer_name", obj.computer_name, where=where)
    if obj.admin_password is not None:
        check_string("admin_password", obj.admin_password, where=where, secret=True)


def validate_principal(obj: Principal, where: str) -> None:
    """Check a `Principal` about to be sent; errors start with `where` + the member."""
    if isinstance(obj, UserPrincipal):
        validate_user_principal(obj, where)
    elif isinstance(obj, GroupPrincipal):
        validate_group_principal(obj, where)


def validate_user_principal(obj: UserPrincipal, where: str) -> None:
    """Check a `UserPrincipal` about to be sent; errors start with `where` + the member."""
    check_string("email", obj.email, where=where, required=True)


def validate_group_principal(obj: GroupPrincipal, where: str) -> None:
    """Check a `GroupPrincipal` about to be sent; errors start with `where` + the member."""
    if obj.group_id is not None:
        obj.group_id = check_int("group_id", obj.group_id, where=where)


def validate_event_page(obj: EventPage, where: str) -> None:
    """Check a `EventPage` about to be sent; errors start with `where` + the member."""
    if obj.events is not None:
        check_list("events", obj.events, where=where)
        for index, events_item in enumerate(obj.events):
            check_instance(f"events[{index}]", events_item, Event, where=where, required=True)
            validate_event(events_item, f"{where}events[{index}].")
    if obj.continuation_token is not None:
        check_string("continuation_token", obj.continuation_token, where=where)


def validate_event(obj: Event, where: str) -> None:
    """Check a `Event` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)


def validate_gadget_feed(obj: GadgetFeed, where: str) -> None:
    """Check a `GadgetFeed` about to be sent; errors start with `where` + the member."""
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.entries is not None:
        check_list("entries", obj.entries, where=where)
        for index, entries_item in enumerate(obj.entries):
            check_instance(
                f"entries[{index}]", entries_item, GadgetEntry, where=where, required=True
            )
            validate_gadget_entry(entries_item, f"{where}entries[{index}].")


def validate_gadget_entry(obj: GadgetEntry, where: str) -> None:
    """Check a `GadgetEntry` about to be sent; errors start with `where` + the member."""
    if obj.title is not None:
        check_string("title", obj.title, where=where)
    if obj.author is not None:
        check_instance("author", obj.author, GadgetAuthor, where=where)
        validate_gadget_author(obj.author, f"{where}author.")
    if obj.content is not None:
        check_instance("content", obj.content, GadgetContent, where=where)
        validate_gadget_content(obj.content, f"{where}content.")


def validate_gadget_author(obj: GadgetAuthor, where: str) -> None:
    """Check a `GadgetAuthor` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)


def validate_gadget_content(obj: GadgetContent, where: str) -> None:
    """Check a `GadgetContent` about to be sent; errors start with `where` + the member."""
    if obj.gadget is not None:
        check_instance("gadget", obj.gadget, Gadget, where=where)
        validate_gadget(obj.gadget, f"{where}gadget.")


def validate_gadget(obj: Gadget, where: str) -> None:
    """Check a `Gadget` about to be sent; errors start with `where` + the member."""
    if obj.size is not None:
        obj.size = check_int("size", obj.size, where=where)


def validate_quota(obj: Quota, where: str) -> None:
    """Check a `Quota` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.value is not None:
        obj.value = check_int("value", obj.value, where=where)


def validate_rule(obj: Rule, where: str) -> None:
    """Check a `Rule` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.start is not None:
        check_string("start", obj.start, where=where)


def validate_new_server(obj: NewServer, where: str) -> None:
    """Check a `NewServer` about to be sent; errors start with `where` + the member."""
    check_string("login", obj.login, where=where, required=True)
    if obj.host_names is not None:
        check_list("host_names", obj.host_names, where=where)
        for index, host_names_item in enumerate(obj.host_names):
            check_string(f"host_names[{index}]", host_names_item, where=where, required=True)


def validate_server_name(obj: ServerName, where: str) -> None:
    """Check a `ServerName` about to be sent; errors start with `where` + the member."""
    if obj.name is not None:
        check_string("name", obj.name, where=where)
    if obj.fully_qualified_domain_name is not None:
        check_string("fully_qualified_domain_name", obj.fully_qualified_domain_name, where=where)
    if obj.port is not None:
        obj.port = check_int("port", obj.port, where=where)
