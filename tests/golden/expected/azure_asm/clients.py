"""Client classes: one method per operation of the spec.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from azure_asm.deserializers import (
    deserialize_event_page,
    deserialize_gadget_entry,
    deserialize_gadget_feed,
    deserialize_server_name,
    deserialize_service_resources_of_quota,
    deserialize_service_resources_of_rule,
    deserialize_widgets,
    unwrap_gadget_entry,
    unwrap_gadget_feed,
)
from azure_asm.models import (
    CreateWidget,
    Event,
    EventPage,
    Gadget,
    GadgetFeed,
    GroupPrincipal,
    LinuxSettings,
    NewServer,
    Part,
    Principal,
    Quota,
    Rule,
    ServerName,
    UserPrincipal,
    Widgets,
    WindowsSettings,
)
from azure_asm.serializers import (
    serialize_create_widget,
    serialize_new_server,
)
from azure_asm.validators import (
    validate_linux_settings,
    validate_part,
    validate_principal,
    validate_windows_settings,
)
from azure_asm_runtime.client import ServiceClient, quote_segment
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.validation import (
    check_at_most_one,
    check_bool,
    check_datetime,
    check_exactly_one,
    check_instance,
    check_int,
    check_json,
    check_list,
    check_map,
    check_path_segment,
    check_string,
)
from azure_asm_runtime.xmlcodec import (
    ResultList,
    UnwrappedList,
    format_datetime,
    json_body,
)

__all__ = [
    "GoldenService",
]


class GoldenService(ServiceClient):
    """Client of the golden-record spec (widgets in pools).

    ``GoldenService(subscription_id, cert_file)`` connects with a management certificate (a PEM
    file holding the certificate and its private key); see `ServiceClient`.
    """

    content_type = "application/xml"
    x_ms_version = "2014-10-01"

    def list_widgets(
        self,
        continuation_token: str | None = None,
    ) -> Widgets:
        """Lists the widgets of the subscription.

        ``GET /{subscription_id}/widgets``.

        Args:
            continuation_token: Where a previous listing stopped.
        """
        if continuation_token is not None:
            check_string("continuation_token", continuation_token)
        headers: dict[str, str] = {}
        if continuation_token is not None:
            headers["x-ms-continuation-token"] = continuation_token
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/widgets",
            x_ms_version="2015-04-01",
            headers=headers,
            operation="list_widgets",
        )
        return self._read(response, deserialize_widgets)

    def create_widget(
        self,
        pool_name: str,
        widget_name: str,
        label: str,
        enabled: bool | None = True,
        size: int | None = None,
        expires: datetime | None = None,
        admin_password: str | None = None,
        tags: Mapping[str, str] | None = None,
        parts: list[Part] | None = None,
        aliases: list[str] | None = None,
        owner: Principal | None = None,
        linux_settings: LinuxSettings | None = None,
        windows_settings: WindowsSettings | None = None,
        small: bool | None = None,
        replace: bool | None = False,
    ) -> AsyncOperation:
        """Creates a widget in a pool. With `replace=True` a widget of the same name is replaced
        (`comp=replace`).

        ``POST /{subscription_id}/pools/{pool_name}/widgets`` (asynchronous: returns an
        `AsyncOperation`).

        Args:
            pool_name: Name of the pool.
            widget_name: Name of the new widget.
            label: Label, up to 100 characters.
            enabled: Whether the widget starts enabled.
            size: Size in units, 1 to 64.
            expires: When the widget expires (UTC).
            admin_password: Password of the widget's admin.
            tags: Name/value pairs stored with the widget.
            parts: Parts of the widget.
            aliases: Other names of the widget.
            owner: Who owns the widget.
            linux_settings: Settings for Linux.
            windows_settings: Settings for Windows.
            small: Legacy switch: True means size 1.
            replace: Replace a widget of the same name.
        """
        check_string("pool_name", pool_name, required=True, pattern="^[a-z][a-z0-9-]{0,23}$")
        check_path_segment("pool_name", pool_name)
        check_string("widget_name", widget_name, required=True, pattern="^[A-Za-z0-9-]{1,63}$")
        check_string("label", label, required=True, max_length=100, encoded=True)
        if enabled is not None:
            enabled = check_bool("enabled", enabled)
        if size is not None:
            size = check_int("size", size, minimum=1, maximum=64)
        if expires is not None:
            check_datetime("expires", expires)
        if admin_password is not None:
            check_string("admin_password", admin_password, secret=True)
        if tags is not None:
            check_map("tags", tags)
        if parts is not None:
            check_list("parts", parts)
            for index, parts_item in enumerate(parts):
                check_instance(f"parts[{index}]", parts_item, Part, required=True)
                validate_part(parts_item, f"parts[{index}].")
        if aliases is not None:
            check_list("aliases", aliases)
            for index, aliases_item in enumerate(aliases):
                check_string(f"aliases[{index}]", aliases_item, required=True)
        if owner is not None:
            check_instance("owner", owner, (UserPrincipal, GroupPrincipal))
            validate_principal(owner, "owner.")
        if linux_settings is not None:
            check_instance("linux_settings", linux_settings, LinuxSettings)
            validate_linux_settings(linux_settings, "linux_settings.")
        if windows_settings is not None:
            check_instance("windows_settings", windows_settings, WindowsSettings)
            validate_windows_settings(windows_settings, "windows_settings.")
        if small is not None:
            small = check_bool("small", small)
        if replace is not None:
            replace = check_bool("replace", replace)
        check_exactly_one(
            linux_settings=linux_settings,
            windows_settings=windows_settings,
        )
        check_at_most_one(
            size=size,
            small=small,
        )
        if small is True:
            size = 1
        query: list[tuple[str, str]] = []
        if replace:
            query.append(("comp", "replace"))
        request = CreateWidget(
            label=label,
            widget_name=widget_name,
            enabled=enabled,
            size=size,
            expires=expires,
            admin_password=admin_password,
            tags=None if tags is None else dict(tags),
            parts=parts,
            aliases=aliases,
            owner=owner,
            settings=[
                item
                for item in (
                    linux_settings,
                    windows_settings,
                )
                if item is not None
            ]
            or None,
        )
        body = serialize_create_widget(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/pools/{quote_segment(pool_name)}/widgets",
            x_ms_version="2014-10-01",
            query=query,
            body=body,
            expect=(202,),
            operation="create_widget",
        )
        return self._async_operation(response)

    def list_events(
        self,
        since: datetime | None = None,
        continuation_token: str | None = None,
    ) -> EventPage:
        """Lists events, a page at a time.

        ``GET /{subscription_id}/events``.

        Args:
            since: Only events after this time.
            continuation_token: Token of the page to fetch.
        """
        if since is not None:
            check_datetime("since", since)
        if continuation_token is not None:
            check_string("continuation_token", continuation_token)
        query: list[tuple[str, str]] = []
        if since is not None:
            query.append(("since", format_datetime(since)))
        if continuation_token is not None:
            query.append(("ContinuationToken", continuation_token))
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/events",
            x_ms_version="2014-10-01",
            query=query,
            operation="list_events",
        )
        return self._read(response, deserialize_event_page)

    def iter_events(
        self,
        since: datetime | None = None,
    ) -> Iterator[Event]:
        """Every `Event` of `list_events`, page after page.

        Follows `continuation_token` until the service stops returning one; pages are
        fetched as the iteration reaches them.
        """
        token: str | None = None
        while True:
            page = self.list_events(
                since=since,
                continuation_token=token,
            )
            yield from page.events or ()
            token = page.continuation_token
            if not token:
                return

    def list_gadgets(
        self,
    ) -> UnwrappedList[Gadget, GadgetFeed]:
        """Lists the gadgets, as the descriptions inside the feed's entries.

        ``GET /{subscription_id}/gadgets``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/gadgets",
            x_ms_version="2014-10-01",
            operation="list_gadgets",
        )
        return unwrap_gadget_feed(self._read(response, deserialize_gadget_feed))

    def get_gadget(
        self,
        name: str,
    ) -> Gadget:
        """Returns one gadget, the description inside the entry.

        ``GET /{subscription_id}/gadgets/{name}``.

        Args:
            name: Name of the gadget.
        """
        check_string("name", name, required=True)
        check_path_segment("name", name)
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/gadgets/{quote_segment(name)}",
            x_ms_version="2014-10-01",
            operation="get_gadget",
        )
        return unwrap_gadget_entry(self._read(response, deserialize_gadget_entry))

    def list_quotas(
        self,
    ) -> ResultList[Quota]:
        """Lists quotas; the items are `<ServiceResource>` elements.

        ``GET /{subscription_id}/quotas``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/quotas",
            x_ms_version="2014-10-01",
            operation="list_quotas",
        )
        return self._read(response, deserialize_service_resources_of_quota)

    def list_rules(
        self,
    ) -> ResultList[Rule]:
        """Lists rules; the same root and item names as quotas, other fields.

        ``GET /{subscription_id}/rules``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/rules",
            x_ms_version="2014-10-01",
            operation="list_rules",
        )
        return self._read(response, deserialize_service_resources_of_rule)

    def create_server(
        self,
        login: str,
        host_names: list[str] | None = None,
    ) -> ServerName:
        """Creates a server; the answer is the server name with its domain as an attribute.

        ``POST /{subscription_id}/servers``.

        Args:
            login: Administrator login.
            host_names: Host names.
        """
        check_string("login", login, required=True)
        if host_names is not None:
            check_list("host_names", host_names)
            for index, host_names_item in enumerate(host_names):
                check_string(f"host_names[{index}]", host_names_item, required=True)
        request = NewServer(
            login=login,
            host_names=host_names,
        )
        body = serialize_new_server(request)
        response = self._send(
            "POST",
            f"/{quote_segment(self.subscription_id)}/servers",
            x_ms_version="2014-10-01",
            body=body,
            operation="create_server",
        )
        return self._read(response, deserialize_server_name)

    def put_job(
        self,
        job_id: str,
        job: Any,
    ) -> Any:
        """Creates a job from a JSON document.

        ``PUT /{subscription_id}/jobs/{job_id}``.

        Args:
            job_id: Id of the job.
            job: The job as a JSON-able dict.
        """
        check_string("job_id", job_id, required=True)
        check_path_segment("job_id", job_id)
        check_json("job", job, required=True)
        headers: dict[str, str] = {}
        headers["Content-Type"] = "application/json"
        body = json_body(job)
        response = self._send(
            "PUT",
            f"/{quote_segment(self.subscription_id)}/jobs/{quote_segment(job_id)}",
            x_ms_version="2014-10-01",
            headers=headers,
            body=body,
            operation="put_job",
        )
        return self._read_json(response)

    def get_profile_text(
        self,
    ) -> str:
        """Returns a document as text.

        ``GET /{subscription_id}/profile``.
        """
        response = self._send(
            "GET",
            f"/{quote_segment(self.subscription_id)}/profile",
            x_ms_version="2014-10-01",
            operation="get_profile_text",
        )
        return self._read_text(response)
