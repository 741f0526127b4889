"""XML readers of the responses the clients receive.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    Widgets,
)
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import (
    DeserializeContext,
    ResultList,
    UnwrappedList,
    attribute_int,
    attribute_string,
    begin_document,
    is_nil,
    read_base64text,
    read_bool,
    read_datetime,
    read_int,
    read_list,
    read_long,
    read_map,
    read_string,
)

if TYPE_CHECKING:
    # Elements come from `parse_document`, which imports lxml on first use.
    from lxml import etree

_WA = "{http://schemas.microsoft.com/windowsazure}"
_SQL = "{http://schemas.microsoft.com/sqlazure/2010/12/}"

_SQL_Name = _SQL + "Name"
_SQL_ServerName = _SQL + "ServerName"
_SQL_ServiceResource = _SQL + "ServiceResource"
_SQL_ServiceResources = _SQL + "ServiceResources"
_SQL_StartIPAddress = _SQL + "StartIPAddress"
_SQL_Value = _SQL + "Value"
_WA_ContinuationToken = _WA + "ContinuationToken"
_WA_DateCreated = _WA + "DateCreated"
_WA_Email = _WA + "Email"
_WA_Enabled = _WA + "Enabled"
_WA_Event = _WA + "Event"
_WA_EventPage = _WA + "EventPage"
_WA_Events = _WA + "Events"
_WA_ExtendedProperty = _WA + "ExtendedProperty"
_WA_Gadget = _WA + "Gadget"
_WA_GroupId = _WA + "GroupId"
_WA_Label = _WA + "Label"
_WA_Name = _WA + "Name"
_WA_Owner = _WA + "Owner"
_WA_Size = _WA + "Size"
_WA_State = _WA + "State"
_WA_Tags = _WA + "Tags"
_WA_Value = _WA + "Value"
_WA_Widget = _WA + "Widget"
_WA_Widgets = _WA + "Widgets"
_WA_author = _WA + "author"
_WA_content = _WA + "content"
_WA_entry = _WA + "entry"
_WA_feed = _WA + "feed"
_WA_name = _WA + "name"
_WA_title = _WA + "title"


def _read_widget(element: etree._Element, ctx: DeserializeContext) -> Widget:
    obj = Widget()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_State:
            obj.state = child.text or read_string(child, ctx, obj)
        elif tag == _WA_DateCreated:
            obj.created = read_datetime(child, ctx, obj)
        elif tag == _WA_Enabled:
            obj.enabled = read_bool(child, ctx, obj)
        elif tag == _WA_Tags:
            obj.tags = read_map(
                child,
                _WA_ExtendedProperty,
                _WA_Name,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_Owner:
            if not is_nil(child):
                obj.owner = _read_principal(child, ctx)
                if obj.owner is None:
                    ctx.unknown(obj, child)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_principal(element: etree._Element, ctx: DeserializeContext) -> Principal | None:
    kind = element.get("{http://www.w3.org/2001/XMLSchema-instance}type", "UserPrincipal")
    if kind == "UserPrincipal":
        return _read_user_principal(element, ctx)
    if kind == "GroupPrincipal":
        return _read_group_principal(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_user_principal(element: etree._Element, ctx: DeserializeContext) -> UserPrincipal:
    obj = UserPrincipal()
    for child in element:
        tag = child.tag
        if tag == _WA_Email:
            obj.email = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_group_principal(element: etree._Element, ctx: DeserializeContext) -> GroupPrincipal:
    obj = GroupPrincipal()
    for child in element:
        tag = child.tag
        if tag == _WA_GroupId:
            obj.group_id = read_long(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_event_page(element: etree._Element, ctx: DeserializeContext) -> EventPage:
    obj = EventPage()
    for child in element:
        tag = child.tag
        if tag == _WA_Events:
            obj.events = read_list(child, _WA_Event, _read_event, ctx, obj)
        elif tag == _WA_ContinuationToken:
            obj.continuation_token = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_event(element: etree._Element, ctx: DeserializeContext) -> Event:
    obj = Event()
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gadget_feed(element: etree._Element, ctx: DeserializeContext) -> GadgetFeed:
    obj = GadgetFeed()
    for child in element:
        tag = child.tag
        if tag == _WA_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _WA_entry:
            entries_item = _read_gadget_entry(child, ctx)
            if entries_item is None:
                ctx.unknown(obj, child)
            elif obj.entries is None:
                obj.entries = [entries_item]
            else:
                obj.entries.append(entries_item)
        else:
            ctx.unknown(obj, child)
    if obj.entries is None:
        obj.entries = []  # no item: a flat list that is absent is empty
    return obj


def _read_gadget_entry(element: etree._Element, ctx: DeserializeContext) -> GadgetEntry:
    obj = GadgetEntry()
    for child in element:
        tag = child.tag
        if tag == _WA_title:
            obj.title = child.text or read_string(child, ctx, obj)
        elif tag == _WA_author:
            obj.author = None if is_nil(child) else _read_gadget_author(child, ctx)
        elif tag == _WA_content:
            obj.content = None if is_nil(child) else _read_gadget_content(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gadget_author(element: etree._Element, ctx: DeserializeContext) -> GadgetAuthor:
    obj = GadgetAuthor()
    for child in element:
        tag = child.tag
        if tag == _WA_name:
            obj.name = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gadget_content(element: etree._Element, ctx: DeserializeContext) -> GadgetContent:
    obj = GadgetContent()
    for child in element:
        tag = child.tag
        if tag == _WA_Gadget:
            obj.gadget = None if is_nil(child) else _read_gadget(child, ctx)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_gadget(element: etree._Element, ctx: DeserializeContext) -> Gadget:
    obj = Gadget()
    for child in element:
        tag = child.tag
        if tag == _WA_Size:
            obj.size = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_quota(element: etree._Element, ctx: DeserializeContext) -> Quota:
    obj = Quota()
    for child in element:
        tag = child.tag
        if tag == _SQL_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_Value:
            obj.value = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_rule(element: etree._Element, ctx: DeserializeContext) -> Rule:
    obj = Rule()
    for child in element:
        tag = child.tag
        if tag == _SQL_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_StartIPAddress:
            obj.start = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_server_name(element: etree._Element, ctx: DeserializeContext) -> ServerName:
    obj = ServerName()
    obj.fully_qualified_domain_name = attribute_string(element, "FullyQualifiedDomainName")
    obj.port = attribute_int(element, "Port")
    obj.name = element.text
    for child in element:
        ctx.unknown(obj, child)
    return obj


def deserialize_widget(element: etree._Element, ctx: DeserializeContext | None = None) -> Widget:
    """Read the `<Widget>` document into `Widget`."""
    ctx = begin_document(element, _WA_Widget, ctx)
    value = _read_widget(element, ctx)
    ctx.finish()
    return value


def deserialize_principal(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Principal:
    """Read the `<Owner>` document into `Principal`."""
    ctx = begin_document(element, _WA_Owner, ctx)
    value = _read_principal(element, ctx)
    if value is None:
        raise ResponseParseError("<Owner> of an unknown kind")
    ctx.finish()
    return value


def deserialize_user_principal(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> UserPrincipal:
    """Read the `<Owner>` document into `UserPrincipal`."""
    ctx = begin_document(element, _WA_Owner, ctx)
    value = _read_user_principal(element, ctx)
    ctx.finish()
    return value


def deserialize_group_principal(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GroupPrincipal:
    """Read the `<Owner>` document into `GroupPrincipal`."""
    ctx = begin_document(element, _WA_Owner, ctx)
    value = _read_group_principal(element, ctx)
    ctx.finish()
    return value


def deserialize_event_page(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> EventPage:
    """Read the `<EventPage>` document into `EventPage`."""
    ctx = begin_document(element, _WA_EventPage, ctx)
    value = _read_event_page(element, ctx)
    ctx.finish()
    return value


def deserialize_event(element: etree._Element, ctx: DeserializeContext | None = None) -> Event:
    """Read the `<Event>` document into `Event`."""
    ctx = begin_document(element, _WA_Event, ctx)
    value = _read_event(element, ctx)
    ctx.finish()
    return value


def deserialize_gadget_feed(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GadgetFeed:
    """Read the `<feed>` document into `GadgetFeed`."""
    ctx = begin_document(element, _WA_feed, ctx)
    value = _read_gadget_feed(element, ctx)
    ctx.finish()
    return value


def deserialize_gadget_entry(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GadgetEntry:
    """Read the `<entry>` document into `GadgetEntry`."""
    ctx = begin_document(element, _WA_entry, ctx)
    value = _read_gadget_entry(element, ctx)
    ctx.finish()
    return value


def deserialize_gadget_author(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GadgetAuthor:
    """Read the `<author>` document into `GadgetAuthor`."""
    ctx = begin_document(element, _WA_author, ctx)
    value = _read_gadget_author(element, ctx)
    ctx.finish()
    return value


def deserialize_gadget_content(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> GadgetContent:
    """Read the `<content>` document into `GadgetContent`."""
    ctx = begin_document(element, _WA_content, ctx)
    value = _read_gadget_content(element, ctx)
    ctx.finish()
    return value


def deserialize_gadget(element: etree._Element, ctx: DeserializeContext | None = None) -> Gadget:
    """Read the `<Gadget>` document into `Gadget`."""
    ctx = begin_document(element, _WA_Gadget, ctx)
    value = _read_gadget(element, ctx)
    ctx.finish()
    return value


def deserialize_quota(element: etree._Element, ctx: DeserializeContext | None = None) -> Quota:
    """Read the `<ServiceResource>` document into `Quota`."""
    ctx = begin_document(element, _SQL_ServiceResource, ctx)
    value = _read_quota(element, ctx)
    ctx.finish()
    return value


def deserialize_rule(element: etree._Element, ctx: DeserializeContext | None = None) -> Rule:
    """Read the `<ServiceResource>` document into `Rule`."""
    ctx = begin_document(element, _SQL_ServiceResource, ctx)
    value = _read_rule(element, ctx)
    ctx.finish()
    return value


def deserialize_server_name(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ServerName:
    """Read the `<ServerName>` document into `ServerName`."""
    ctx = begin_document(element, _SQL_ServerName, ctx)
    value = _read_server_name(element, ctx)
    ctx.finish()
    return value


def deserialize_service_resources_of_quota(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[Quota]:
    """Read the `<ServiceResources>` document listing `Quota` items."""
    ctx = begin_document(element, _SQL_ServiceResources, ctx)
    result: ResultList[Quota] = ResultList()
    result.extend(read_list(element, _SQL_ServiceResource, _read_quota, ctx, result))
    ctx.finish()
    return result


def deserialize_service_resources_of_rule(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> ResultList[Rule]:
    """Read the `<ServiceResources>` document listing `Rule` items."""
    ctx = begin_document(element, _SQL_ServiceResources, ctx)
    result: ResultList[Rule] = ResultList()
    result.extend(read_list(element, _SQL_ServiceResource, _read_rule, ctx, result))
    ctx.finish()
    return result


def deserialize_widgets(element: etree._Element, ctx: DeserializeContext | None = None) -> Widgets:
    """Read the `<Widgets>` document listing `Widget` items."""
    ctx = begin_document(element, _WA_Widgets, ctx)
    result: Widgets = Widgets()
    result.extend(read_list(element, _WA_Widget, _read_widget, ctx, result))
    ctx.finish()
    return result


def unwrap_gadget_entry(document: GadgetEntry) -> Gadget:
    """The `Gadget` of a `GadgetEntry` (`content.gadget`), a new one where the path ends early:
    what `get_gadget` returns.

    It also gets from the document: `name` (`title`), `author` (`author.name`).
    """
    step1 = document.content
    item = step1.gadget if step1 is not None else None
    if item is None:
        item = Gadget()
    item.name = document.title
    step2 = document.author
    item.author = step2.name if step2 is not None else None
    return item


def unwrap_gadget_feed(document: GadgetFeed) -> UnwrappedList[Gadget, GadgetFeed]:
    """The `Gadget` in each of the `entries` of a `GadgetFeed` (`entries.content.gadget`), a new
    one where the path ends early: what `list_gadgets` returns.

    Each item also gets from its envelope, the item of `entries` it came in: `name` (`title`),
    `author` (`author.name`).
    """
    items: UnwrappedList[Gadget, GadgetFeed] = UnwrappedList(document)
    envelopes = document.entries
    for envelope in envelopes or ():
        step1 = envelope.content
        item = step1.gadget if step1 is not None else None
        if item is None:
            item = Gadget()
        item.name = envelope.title
        step2 = envelope.author
        item.author = step2.name if step2 is not None else None
        items.append(item)
    return items
