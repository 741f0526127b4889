"""The operation table: what each operation sends and answers, for routing and tooling.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Mapping

from azure_asm_runtime.catalog import OperationInfo, ParamInfo

OPERATIONS: Mapping[str, OperationInfo] = {
    "list_widgets": OperationInfo(
        name="list_widgets",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/widgets",
        query=(),
        params=("continuation_token",),
        x_ms_version="2015-04-01",
        is_async=False,
        doc="Lists the widgets of the subscription.",
        param_info=(
            ParamInfo(
                name="continuation_token",
                type="string",
                doc="Where a previous listing stopped.",
            ),
        ),
        cli_group="widget",
        cli_command="list",
        response_shape="Widget",
        response_is_list=True,
    ),
    "create_widget": OperationInfo(
        name="create_widget",
        client="GoldenService",
        method="POST",
        path="/{subscription_id}/pools/{pool_name}/widgets",
        query=("comp",),
        params=(
            "pool_name",
            "widget_name",
            "label",
            "enabled",
            "size",
            "expires",
            "admin_password",
            "tags",
            "parts",
            "aliases",
            "owner",
            "linux_settings",
            "windows_settings",
            "small",
            "replace",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a widget in a pool. With `replace=True` a widget of "
        "the same name is replaced (`comp=replace`).",
        param_info=(
            ParamInfo(
                name="pool_name",
                type="string",
                required=True,
                doc="Name of the pool.",
                in_path=True,
            ),
            ParamInfo(
                name="widget_name",
                type="string",
                required=True,
                doc="Name of the new widget.",
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Label, up to 100 characters.",
            ),
            ParamInfo(
                name="enabled",
                type="bool",
                default=True,
                doc="Whether the widget starts enabled.",
            ),
            ParamInfo(
                name="size",
                type="int",
                doc="Size in units, 1 to 64.",
            ),
            ParamInfo(
                name="expires",
                type="datetime",
                doc="When the widget expires (UTC).",
            ),
            ParamInfo(
                name="admin_password",
                type="string",
                doc="Password of the widget's admin.",
                secret=True,
            ),
            ParamInfo(
                name="tags",
                type="map",
                doc="Name/value pairs stored with the widget.",
                kind="map",
            ),
            ParamInfo(
                name="parts",
                type="list",
                doc="Parts of the widget.",
                kind="list",
                item="Part",
            ),
            ParamInfo(
                name="aliases",
                type="list",
                doc="Other names of the widget.",
                kind="list",
                item="string",
            ),
            ParamInfo(
                name="owner",
                type="Principal",
                doc="Who owns the widget.",
                kind="shape",
            ),
            ParamInfo(
                name="linux_settings",
                type="LinuxSettings",
                doc="Settings for Linux.",
                kind="shape",
            ),
            ParamInfo(
                name="windows_settings",
                type="WindowsSettings",
                doc="Settings for Windows.",
                kind="shape",
            ),
            ParamInfo(
                name="small",
                type="bool",
                doc="Legacy switch: True means size 1.",
            ),
            ParamInfo(
                name="replace",
                type="bool",
                default=False,
                doc="Replace a widget of the same name.",
            ),
        ),
        cli_group="widget",
        cli_command="create",
        request_shape="CreateWidget",
        request_root="CreateWidget",
    ),
    "list_events": OperationInfo(
        name="list_events",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/events",
        query=(
            "since",
            "ContinuationToken",
        ),
        params=(
            "since",
            "continuation_token",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists events, a page at a time.",
        param_info=(
            ParamInfo(
                name="since",
                type="datetime",
                doc="Only events after this time.",
            ),
            ParamInfo(
                name="continuation_token",
                type="string",
                doc="Token of the page to fetch.",
            ),
        ),
        cli_group="event",
        cli_command="list",
        response_shape="EventPage",
    ),
    "list_gadgets": OperationInfo(
        name="list_gadgets",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/gadgets",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the gadgets, as the descriptions inside the feed's entries.",
        param_info=(),
        cli_group="gadget",
        cli_command="list",
        response_shape="GadgetFeed",
    ),
    "get_gadget": OperationInfo(
        name="get_gadget",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/gadgets/{name}",
        query=(),
        params=("name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns one gadget, the description inside the entry.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the gadget.",
                in_path=True,
            ),
        ),
        cli_group="gadget",
        cli_command="get",
        response_shape="GadgetEntry",
    ),
    "list_quotas": OperationInfo(
        name="list_quotas",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/quotas",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists quotas; the items are `<ServiceResource>` elements.",
        param_info=(),
        cli_group="quota",
        cli_command="list",
        response_shape="Quota",
        response_is_list=True,
    ),
    "list_rules": OperationInfo(
        name="list_rules",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/rules",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists rules; the same root and item names as quotas, other fields.",
        param_info=(),
        cli_group="rule",
        cli_command="list",
        response_shape="Rule",
        response_is_list=True,
    ),
    "create_server": OperationInfo(
        name="create_server",
        client="GoldenService",
        method="POST",
        path="/{subscription_id}/servers",
        query=(),
        params=(
            "login",
            "host_names",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates a server; the answer is the server name with its domain as an attribute.",
        param_info=(
            ParamInfo(
                name="login",
                type="string",
                required=True,
                doc="Administrator login.",
            ),
            ParamInfo(
                name="host_names",
                type="list",
                doc="Host names.",
                kind="list",
                item="string",
            ),
        ),
        cli_group="server",
        cli_command="create",
        request_shape="NewServer",
        request_root="Server",
        response_shape="ServerName",
    ),
    "put_job": OperationInfo(
        name="put_job",
        client="GoldenService",
        method="PUT",
        path="/{subscription_id}/jobs/{job_id}",
        query=(),
        params=(
            "job_id",
            "job",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates a job from a JSON document.",
        param_info=(
            ParamInfo(
                name="job_id",
                type="string",
                required=True,
                doc="Id of the job.",
                in_path=True,
            ),
            ParamInfo(
                name="job",
                type="json",
                required=True,
                doc="The job as a JSON-able dict.",
                kind="json",
            ),
        ),
        cli_group="job",
        cli_command="put",
    ),
    "get_profile_text": OperationInfo(
        name="get_profile_text",
        client="GoldenService",
        method="GET",
        path="/{subscription_id}/profile",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns a document as text.",
        param_info=(),
        cli_group="profile-text",
        cli_command="get",
    ),
}

#: (parent element, element) local names of the spec's secret members (passwords, keys,
#: certificate data): what a tool keeping XML documents must blank out. ``@Name`` is an
#: attribute of the parent, ``#text`` its text.
SECRET_ELEMENTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("CreateWidget", "AdminPassword"),
        ("SettingsSet", "AdminPassword"),
        ("SettingsSet", "SshKey"),
    }
)

#: Default columns of the ``asm`` command line's tables, by shape name: attribute paths of the
#: shape's models (``a.b`` is attribute ``b`` of attribute ``a``), from the spec's ``columns``.
TABLE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "Widget": (
        "name",
        "state",
        "created",
    ),
}
