"""XML readers of the request bodies a server receives.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from azure_asm.models import (
    CreateWidget,
    GroupPrincipal,
    LinuxSettings,
    NewServer,
    Part,
    Principal,
    Settings,
    UserPrincipal,
    WindowsSettings,
)
from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.xmlcodec import (
    DeserializeContext,
    begin_document,
    child_text,
    is_nil,
    read_base64text,
    read_bool,
    read_datetime,
    read_int,
    read_list,
    read_long,
    read_map,
    read_string,
    read_string_list,
)

if TYPE_CHECKING:
    # Elements come from `parse_document`, which imports lxml on first use.
    from lxml import etree

_WA = "{http://schemas.microsoft.com/windowsazure}"
_SQL = "{http://schemas.microsoft.com/sqlazure/2010/12/}"
_ARR = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}"

_ARR_string = _ARR + "string"
_SQL_AdministratorLogin = _SQL + "AdministratorLogin"
_SQL_HostNames = _SQL + "HostNames"
_SQL_Server = _SQL + "Server"
_WA_AdminPassword = _WA + "AdminPassword"
_WA_Alias = _WA + "Alias"
_WA_Comment = _WA + "Comment"
_WA_ComputerName = _WA + "ComputerName"
_WA_Count = _WA + "Count"
_WA_CreateWidget = _WA + "CreateWidget"
_WA_Email = _WA + "Email"
_WA_Enabled = _WA + "Enabled"
_WA_Expires = _WA + "Expires"
_WA_GroupId = _WA + "GroupId"
_WA_Key = _WA + "Key"
_WA_Kind = _WA + "Kind"
_WA_Label = _WA + "Label"
_WA_Name = _WA + "Name"
_WA_Owner = _WA + "Owner"
_WA_Part = _WA + "Part"
_WA_Parts = _WA + "Parts"
_WA_SettingsSet = _WA + "SettingsSet"
_WA_SettingsSets = _WA + "SettingsSets"
_WA_SettingsType = _WA + "SettingsType"
_WA_Size = _WA + "Size"
_WA_Sizing = _WA + "Sizing"
_WA_SshKey = _WA + "SshKey"
_WA_Tag = _WA + "Tag"
_WA_Tags = _WA + "Tags"
_WA_UserName = _WA + "UserName"
_WA_Value = _WA + "Value"


def _read_create_widget(element: etree._Element, ctx: DeserializeContext) -> CreateWidget:
    obj = CreateWidget()
    for child in element:
        tag = child.tag
        if tag == _WA_Kind:
            pass  # the fixed Kind names the class itself
        elif tag == _WA_Label:
            obj.label = read_base64text(child, ctx, obj)
        elif tag == _WA_Name:
            obj.widget_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Enabled:
            obj.enabled = read_bool(child, ctx, obj)
        elif tag == _WA_Sizing:
            _read_create_widget__sizing(child, obj, ctx)
        elif tag == _WA_AdminPassword:
            obj.admin_password = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Tags:
            obj.tags = read_map(
                child,
                _WA_Tag,
                _WA_Key,
                _WA_Value,
                ctx,
                obj,
            )
        elif tag == _WA_Parts:
            obj.parts = read_list(child, _WA_Part, _read_part, ctx, obj)
        elif tag == _WA_Alias:
            aliases_item = read_string(child, ctx, obj)
            if aliases_item is None:
                ctx.unknown(obj, child)
            elif obj.aliases is None:
                obj.aliases = [aliases_item]
            else:
                obj.aliases.append(aliases_item)
        elif tag == _WA_Owner:
            if not is_nil(child):
                obj.owner = _read_principal(child, ctx)
                if obj.owner is None:
                    ctx.unknown(obj, child)
        elif tag == _WA_SettingsSets:
            obj.settings = read_list(child, _WA_SettingsSet, _read_settings, ctx, obj)
        elif tag == _WA_Comment:
            obj.comment = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    if obj.aliases is None:
        obj.aliases = []  # no item: a flat list that is absent is empty
    return obj


def _read_create_widget__sizing(
    element: etree._Element, obj: CreateWidget, ctx: DeserializeContext
) -> None:
    for child in element:
        tag = child.tag
        if tag == _WA_Size:
            obj.size = read_int(child, ctx, obj)
        elif tag == _WA_Expires:
            obj.expires = read_datetime(child, ctx, obj)
        else:
            ctx.unknown(obj, child)


def _read_part(element: etree._Element, ctx: DeserializeContext) -> Part:
    obj = Part(
        count=None,
    )
    for child in element:
        tag = child.tag
        if tag == _WA_Name:
            obj.name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_Count:
            obj.count = read_int(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_settings(element: etree._Element, ctx: DeserializeContext) -> Settings | None:
    kind = child_text(element, _WA_SettingsType)
    if kind == "Linux":
        return _read_linux_settings(element, ctx)
    if kind == "Windows":
        return _read_windows_settings(element, ctx)
    ctx.unknown_variant(element, kind)
    return None


def _read_linux_settings(element: etree._Element, ctx: DeserializeContext) -> LinuxSettings:
    obj = LinuxSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_SettingsType:
            pass  # the fixed SettingsType names the class itself
        elif tag == _WA_UserName:
            obj.user_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_SshKey:
            obj.ssh_key = child.text or read_string(child, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def _read_windows_settings(element: etree._Element, ctx: DeserializeContext) -> WindowsSettings:
    obj = WindowsSettings()
    for child in element:
        tag = child.tag
        if tag == _WA_SettingsType:
            pass  # the fixed SettingsType names the class itself
        elif tag == _WA_ComputerName:
            obj.computer_name = child.text or read_string(child, ctx, obj)
        elif tag == _WA_AdminPassword:
            obj.admin_password = child.text or read_string(child, ctx, obj)
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


def _read_new_server(element: etree._Element, ctx: DeserializeContext) -> NewServer:
    obj = NewServer()
    for child in element:
        tag = child.tag
        if tag == _SQL_AdministratorLogin:
            obj.login = child.text or read_string(child, ctx, obj)
        elif tag == _SQL_HostNames:
            obj.host_names = read_string_list(child, _ARR_string, ctx, obj)
        else:
            ctx.unknown(obj, child)
    return obj


def deserialize_create_widget(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> CreateWidget:
    """Read the `<CreateWidget>` document into `CreateWidget`."""
    ctx = begin_document(element, _WA_CreateWidget, ctx)
    value = _read_create_widget(element, ctx)
    ctx.finish()
    return value


def deserialize_part(element: etree._Element, ctx: DeserializeContext | None = None) -> Part:
    """Read the `<Part>` document into `Part`."""
    ctx = begin_document(element, _WA_Part, ctx)
    value = _read_part(element, ctx)
    ctx.finish()
    return value


def deserialize_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> Settings:
    """Read the `<SettingsSet>` document into `Settings`."""
    ctx = begin_document(element, _WA_SettingsSet, ctx)
    value = _read_settings(element, ctx)
    if value is None:
        raise ResponseParseError("<SettingsSet> of an unknown kind")
    ctx.finish()
    return value


def deserialize_linux_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> LinuxSettings:
    """Read the `<SettingsSet>` document into `LinuxSettings`."""
    ctx = begin_document(element, _WA_SettingsSet, ctx)
    value = _read_linux_settings(element, ctx)
    ctx.finish()
    return value


def deserialize_windows_settings(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> WindowsSettings:
    """Read the `<SettingsSet>` document into `WindowsSettings`."""
    ctx = begin_document(element, _WA_SettingsSet, ctx)
    value = _read_windows_settings(element, ctx)
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


def deserialize_new_server(
    element: etree._Element, ctx: DeserializeContext | None = None
) -> NewServer:
    """Read the `<Server>` document into `NewServer`."""
    ctx = begin_document(element, _SQL_Server, ctx)
    value = _read_new_server(element, ctx)
    ctx.finish()
    return value
