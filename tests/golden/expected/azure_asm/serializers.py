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
    if obj.widget_name is not None:
        out.append(
            f"<Name>{obj.widget_name if needs_escape(obj.widget_name) is None else escape_text(obj.widget_name)}</Name>"
        )
    if obj.enabled is not None:
        out.append(f"<Enabled>{format_bool(obj.enabled)}</Enabled>")
    if obj.size is not None or obj.expires is not None:
        out.append('<Sizing unit="GB">')
        if obj.size is not None:
            out.append(f"<Size>{obj.size:d}</Size>")
        if obj.expires is not None:
            out.append(f"<Expires>{format_datetime(obj.expires)}</Expires>")
        out.append("</Sizing>")
    if obj.admin_password is not None:
        out.append(
            f"<AdminPassword>{obj.admin_password if needs_escape(obj.admin_password) is None else escape_text(obj.admin_password)}</AdminPassword>"
        )
    if obj.tags is not None:
        write_map(out, "Tags", "Tag", "Key", "Value", obj.tags)
    if obj.parts is not None:
        out.append("<Parts>")
        for parts_item in obj.parts:
            _write_part(parts_item, "Part", out)
        out.append("</Parts>")
    if obj.aliases is not None:
        for aliases_item in obj.aliases:
            out.append(
                f"<Alias>{aliases_item if needs_escape(aliases_item) is None else escape_text(aliases_item)}</Alias>"
            )
    if obj.owner is not None:
        _write_principal(obj.owner, "Owner", out)
    if obj.settings is not None:
        out.append("<SettingsSets>")
        for settings_item in obj.settings:
            _write_settings(settings_item, "SettingsSet", out)
        out.append("</SettingsSets>")
    else:
        out.append("<SettingsSets />")
    if obj.comment is not None:
        out.append(
            f"<Comment>{obj.comment if needs_escape(obj.comment) is None else escape_text(obj.comment)}</Comment>"
        )
    out.append(f"</{tag}>")


def _write_part(obj: Part, tag: str, out: list[str], attributes: str = "") -> None:
    out.append(f"<{tag}{attributes}>")
    if obj.name is not None:
        out.append(
            f"<Name>{obj.name if needs_escape(obj.name) is None else escape_text(obj.name)}</Name>"
        )
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
    if obj.user_name is not None:
        out.append(
            f"<UserName>{obj.user_name if needs_escape(obj.user_name) is None else escape_text(obj.user_name)}</UserName>"
        )
    if obj.ssh_key is not None:
        out.append(
            f"<SshKey>{obj.ssh_key if needs_escape(obj.ssh_key) is None else escape_text(obj.ssh_key)}</SshKey>"
        )
    out.append(f"</{tag}>")


def _write_windows_settings(
    obj: WindowsSettings, tag: str, out: list[str], attributes: str = ""
) -> None:
    out.append(f"<{tag}{attributes}>")
    out.append("<SettingsType>Windows</SettingsType>")
    if obj.computer_name is not None:
        out.append(
            f"<ComputerName>{obj.computer_name if needs_escape(obj.computer_name) is None else escape_text(obj.computer_name)}</ComputerName>"
        )
    if obj.admin_password is not None:
        out.append(
            f"<AdminPassword>{obj.admin_password if needs_escape(obj.admin_password) is None else escape_text(obj.admin_password)}</AdminPassword>"
        )
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
    if obj.email is not None:
        out.append(
            f"<Email>{obj.email if needs_escape(obj.email) is None else escape_text(obj.email)}</Email>"
        )
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
    if obj.login is not None:
        out.append(
            f"<AdministratorLogin>{obj.login if needs_escape(obj.login) is None else escape_text(obj.login)}</AdministratorLogin>"
        )
    if obj.host_names is not None:
        out.append("<HostNames>")
        for host_names_item in obj.host_names:
            out.append(
                f'<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">{host_names_item if needs_escape(host_names_item) is None else escape_text(host_names_item)}</string>'
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
