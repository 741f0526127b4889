"""XML writers of the responses a server sends.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from azure_asm.models import (
    Event,
    EventPage,
    Gadget,
    GadgetAuthor,
    GadgetContent,
    GadgetEntry,
    GadgetFeed,
    GroupPrincipal,
    Principal,
    Quota,
    Rule,
    ServerName,
    UserPrincipal,
    Widget,
)
from azure_asm_runtime.xmlcodec import (
    XSI,
    escape_attribute,
    escape_text,
    format_base64text,
    format_bool,
    format_datetime,
    format_int,
    needs_escape,
    write_map,
)


def _write_widget(obj: Widget, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.state
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<State>{text}</State>")
    if obj.created is not None:
        out.append(f"<DateCreated>{format_datetime(obj.created)}</DateCreated>")
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    if obj.tags is not None:
        write_map(out, "Tags", "ExtendedProperty", "Name", "Value", obj.tags)
    if obj.owner is not None:
        _write_principal(obj.owner, "Owner", out)
    out.append(f"</{tag}>")


def _write_principal(obj: Principal, tag: str, out: list[str], attributes: str = "") -> None:
    if isinstance(obj, UserPrincipal):
        _write_user_principal(obj, tag, out, attributes)
    elif isinstance(obj, GroupPrincipal):
        _write_group_principal(obj, tag, out, attributes)
    else:
        raise TypeError(f"not a Principal: {type(obj).__name__}")


def _write_user_principal(
    obj: UserPrincipal, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f'<{tag}{attributes} i:type="UserPrincipal">')
    text = obj.email
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Email>{text}</Email>")
    out.append(f"</{tag}>")


def _write_group_principal(
    obj: GroupPrincipal, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f'<{tag}{attributes} i:type="GroupPrincipal">')
    if obj.group_id is not None:
        out.append(f"<GroupId>{obj.group_id:d}</GroupId>")
    out.append(f"</{tag}>")


def _write_event_page(obj: EventPage, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.events is not None:
        out.append("<Events>")
        for events_item in obj.events:
            _write_event(events_item, "Event", out)
        out.append("</Events>")
    text = obj.continuation_token
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ContinuationToken>{text}</ContinuationToken>")
    out.append(f"</{tag}>")


def _write_event(obj: Event, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    out.append(f"</{tag}>")


def _write_gadget_feed(obj: GadgetFeed, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.entries is not None:
        for entries_item in obj.entries:
            _write_gadget_entry(entries_item, "entry", out)
    out.append(f"</{tag}>")


def _write_gadget_entry(obj: GadgetEntry, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.title
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<title>{text}</title>")
    if obj.author is not None:
        _write_gadget_author(obj.author, "author", out)
    if obj.content is not None:
        _write_gadget_content(obj.content, "content", out)
    out.append(f"</{tag}>")


def _write_gadget_author(obj: GadgetAuthor, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<name>{text}</name>")
    out.append(f"</{tag}>")


def _write_gadget_content(
    obj: GadgetContent, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.gadget is not None:
        _write_gadget(obj.gadget, "Gadget", out)
    out.append(f"</{tag}>")


def _write_gadget(obj: Gadget, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.size is not None:
        out.append(f"<Size>{obj.size:d}</Size>")
    out.append(f"</{tag}>")


def _write_quota(obj: Quota, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.value is not None:
        out.append(f"<Value>{obj.value:d}</Value>")
    out.append(f"</{tag}>")


def _write_rule(obj: Rule, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    text = obj.start
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<StartIPAddress>{text}</StartIPAddress>")
    out.append(f"</{tag}>")


def _write_server_name(obj: ServerName, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}")
    if obj.fully_qualified_domain_name is not None:
        out.append(
            f' FullyQualifiedDomainName="{escape_attribute(obj.fully_qualified_domain_name)}"'
        )
    if obj.port is not None:
        out.append(f' Port="{format_int(obj.port)}"')
    out.append(">")
    if obj.name is not None:
        out.append(escape_text(obj.name))
    out.append(f"</{tag}>")


def _document(
    write: Callable[[Any, str, list[str], str], None], obj: object, root: str, namespace: str
) -> bytes:
    out: list[str] = []
    write(obj, root, out, f' xmlns="{namespace}" xmlns:i="{XSI}"')
    return "".join(out).encode()


def serialize_widget(obj: Widget) -> bytes:
    """The `<Widget>` document of `obj`."""
    return _document(_write_widget, obj, "Widget", "http://schemas.microsoft.com/windowsazure")


def serialize_principal(obj: Principal) -> bytes:
    """The `<Owner>` document of `obj`."""
    return _document(_write_principal, obj, "Owner", "http://schemas.microsoft.com/windowsazure")


def serialize_user_principal(obj: UserPrincipal) -> bytes:
    """The `<Owner>` document of `obj`."""
    return _document(
        _write_user_principal, obj, "Owner", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_group_principal(obj: GroupPrincipal) -> bytes:
    """The `<Owner>` document of `obj`."""
    return _document(
        _write_group_principal, obj, "Owner", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_event_page(obj: EventPage) -> bytes:
    """The `<EventPage>` document of `obj`."""
    return _document(
        _write_event_page, obj, "EventPage", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_event(obj: Event) -> bytes:
    """The `<Event>` document of `obj`."""
    return _document(_write_event, obj, "Event", "http://schemas.microsoft.com/windowsazure")


def serialize_gadget_feed(obj: GadgetFeed) -> bytes:
    """The `<feed>` document of `obj`."""
    return _document(_write_gadget_feed, obj, "feed", "http://schemas.microsoft.com/windowsazure")


def serialize_gadget_entry(obj: GadgetEntry) -> bytes:
    """The `<entry>` document of `obj`."""
    return _document(_write_gadget_entry, obj, "entry", "http://schemas.microsoft.com/windowsazure")


def serialize_gadget_author(obj: GadgetAuthor) -> bytes:
    """The `<author>` document of `obj`."""
    return _document(
        _write_gadget_author, obj, "author", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_gadget_content(obj: GadgetContent) -> bytes:
    """The `<content>` document of `obj`."""
    return _document(
        _write_gadget_content, obj, "content", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_gadget(obj: Gadget) -> bytes:
    """The `<Gadget>` document of `obj`."""
    return _document(_write_gadget, obj, "Gadget", "http://schemas.microsoft.com/windowsazure")


def serialize_quota(obj: Quota) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_quota, obj, "ServiceResource", "http://schemas.microsoft.com/sqlazure/2010/12/"
    )


def serialize_rule(obj: Rule) -> bytes:
    """The `<ServiceResource>` document of `obj`."""
    return _document(
        _write_rule, obj, "ServiceResource", "http://schemas.microsoft.com/sqlazure/2010/12/"
    )


def serialize_server_name(obj: ServerName) -> bytes:
    """The `<ServerName>` document of `obj`."""
    return _document(
        _write_server_name, obj, "ServerName", "http://schemas.microsoft.com/sqlazure/2010/12/"
    )


def _write_service_resources_of_quota(
    items: Sequence[Quota], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_quota(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_quota(items: Sequence[Quota]) -> bytes:
    """The `<ServiceResources>` document listing `Quota` items."""
    return _document(
        _write_service_resources_of_quota,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/sqlazure/2010/12/",
    )


def _write_service_resources_of_rule(
    items: Sequence[Rule], tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_rule(item, "ServiceResource", out)
    out.append(f"</{tag}>")


def serialize_service_resources_of_rule(items: Sequence[Rule]) -> bytes:
    """The `<ServiceResources>` document listing `Rule` items."""
    return _document(
        _write_service_resources_of_rule,
        items,
        "ServiceResources",
        "http://schemas.microsoft.com/sqlazure/2010/12/",
    )


def _write_widgets(items: Sequence[Widget], tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    for item in items:
        _write_widget(item, "Widget", out)
    out.append(f"</{tag}>")


def serialize_widgets(items: Sequence[Widget]) -> bytes:
    """The `<Widgets>` document listing `Widget` items."""
    return _document(_write_widgets, items, "Widgets", "http://schemas.microsoft.com/windowsazure")
