"""XML writers of the request bodies the clients send.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from azure_asm_runtime.xmlcodec import (
    XSI,
    escape_text,
    format_base64text,
    format_bool,
    format_datetime,
    needs_escape,
    write_map,
)


def _write_create_widget(obj: CreateWidget, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<Kind>Widget</Kind>")
    if obj.label is not None:
        out.append(f"<Label>{format_base64text(obj.label)}</Label>")
    text = obj.widget_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    if obj.size is not None or obj.expires is not None:
        out.append('<Sizing unit="GB">')
        if obj.size is not None:
            out.append(f"<Size>{obj.size:d}</Size>")
        if obj.expires is not None:
            out.append(f"<Expires>{format_datetime(obj.expires)}</Expires>")
        out.append("</Sizing>")
    text = obj.admin_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdminPassword>{text}</AdminPassword>")
    if obj.tags is not None:
        write_map(out, "Tags", "Tag", "Key", "Value", obj.tags)
    if obj.parts is not None:
        out.append("<Parts>")
        for parts_item in obj.parts:
            _write_part(parts_item, "Part", out)
        out.append("</Parts>")
    if obj.aliases is not None:
        for aliases_item in obj.aliases:
            if needs_escape(aliases_item) is not None:
                aliases_item = escape_text(aliases_item)
            out.append(f"<Alias>{aliases_item}</Alias>")
    if obj.owner is not None:
        _write_principal(obj.owner, "Owner", out)
    if obj.settings is not None:
        out.append("<SettingsSets>")
        for settings_item in obj.settings:
            _write_settings(settings_item, "SettingsSet", out)
        out.append("</SettingsSets>")
    else:
        out.append("<SettingsSets />")
    text = obj.comment
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Comment>{text}</Comment>")
    out.append(f"</{tag}>")


def _write_part(obj: Part, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<Name>{text}</Name>")
    if obj.count is not None:
        out.append(f"<Count>{obj.count:d}</Count>")
    out.append(f"</{tag}>")


def _write_settings(obj: Settings, tag: str, out: list[str], attributes: str = "") -> None:
    if isinstance(obj, LinuxSettings):
        _write_linux_settings(obj, tag, out, attributes)
    elif isinstance(obj, WindowsSettings):
        _write_windows_settings(obj, tag, out, attributes)
    else:
        raise TypeError(f"not a Settings: {type(obj).__name__}")


def _write_linux_settings(
    obj: LinuxSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<SettingsType>Linux</SettingsType>")
    text = obj.user_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<UserName>{text}</UserName>")
    text = obj.ssh_key
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<SshKey>{text}</SshKey>")
    out.append(f"</{tag}>")


def _write_windows_settings(
    obj: WindowsSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<SettingsType>Windows</SettingsType>")
    text = obj.computer_name
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<ComputerName>{text}</ComputerName>")
    text = obj.admin_password
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdminPassword>{text}</AdminPassword>")
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


def _write_new_server(obj: NewServer, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    text = obj.login
    if text is not None:
        if needs_escape(text) is not None:
            text = escape_text(text)
        out.append(f"<AdministratorLogin>{text}</AdministratorLogin>")
    if obj.host_names is not None:
        out.append("<HostNames>")
        for host_names_item in obj.host_names:
            if needs_escape(host_names_item) is not None:
                host_names_item = escape_text(host_names_item)
            out.append(
                '<string xmlns="http://schemas.microsoft.com/2003/10/'
                'Serialization/Arrays">'
                f"{host_names_item}"
                "</string>"
            )
        out.append("</HostNames>")
    out.append(f"</{tag}>")


def _document(
    write: Callable[[Any, str, list[str], str], None], obj: object, root: str, namespace: str
) -> bytes:
    out: list[str] = []
    write(obj, root, out, f' xmlns="{namespace}" xmlns:i="{XSI}"')
    return "".join(out).encode()


def serialize_create_widget(obj: CreateWidget) -> bytes:
    """The `<CreateWidget>` document of `obj`."""
    return _document(
        _write_create_widget, obj, "CreateWidget", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_part(obj: Part) -> bytes:
    """The `<Part>` document of `obj`."""
    return _document(_write_part, obj, "Part", "http://schemas.microsoft.com/windowsazure")


def serialize_settings(obj: Settings) -> bytes:
    """The `<SettingsSet>` document of `obj`."""
    return _document(
        _write_settings, obj, "SettingsSet", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_linux_settings(obj: LinuxSettings) -> bytes:
    """The `<SettingsSet>` document of `obj`."""
    return _document(
        _write_linux_settings, obj, "SettingsSet", "http://schemas.microsoft.com/windowsazure"
    )


def serialize_windows_settings(obj: WindowsSettings) -> bytes:
    """The `<SettingsSet>` document of `obj`."""
    return _document(
        _write_windows_settings, obj, "SettingsSet", "http://schemas.microsoft.com/windowsazure"
    )


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


def serialize_new_server(obj: NewServer) -> bytes:
    """The `<Server>` document of `obj`."""
    return _document(
        _write_new_server, obj, "Server", "http://schemas.microsoft.com/sqlazure/2010/12/"
    )
