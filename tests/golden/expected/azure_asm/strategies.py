"""Hypothesis strategies for every model of the API, for property-testing code that uses the SDK.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import Any

from hypothesis import strategies as st

from azure_asm import models as _models

__all__ = [
    "DEFAULT_DEPTH",
    "STRATEGIES",
    "for_model",
    "register_type_strategies",
    "xml_text",
    "widget",
    "create_widget",
    "audit",
    "part",
    "settings",
    "linux_settings",
    "windows_settings",
    "principal",
    "user_principal",
    "group_principal",
    "event_page",
    "event",
    "gadget_feed",
    "gadget_entry",
    "gadget_author",
    "gadget_content",
    "gadget",
    "quota",
    "rule",
    "new_server",
    "server_name",
]

#: How many levels of nested models are drawn by default; deeper models are fresh instances (None
#: for unions) and deeper lists of models empty, so that wide trees (HostedService > Deployment >
#: ...) stay small.
DEFAULT_DEPTH = 3
_MAX_LIST = 3
_MAX_BYTES = 64
_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)

#: Characters XML 1.0 can carry, with those a writer must escape drawn more often.
_XML_CHARS = st.one_of(
    st.sampled_from("&<>\"'\r\n\t ;#]"),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xA0, max_codepoint=0xD7FF),
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFD),
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF),
)
_INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: Timezone-aware UTC datetimes (ASM's times), microseconds included.
_DATETIMES = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)


def xml_text(min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Text that XML 1.0 can carry (no U+0000, no lone surrogates, ...), including markup
    characters, carriage returns and non-ASCII: what any string member of a model may hold."""
    return st.text(_XML_CHARS, min_size=min_size, max_size=max_size)


def _pattern(
    pattern: str, *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True).filter(
        lambda text: (
            _INVALID_XML.search(text) is None
            and len(text) >= min_size
            and (max_size is None or len(text) <= max_size)
        )
    )


def _with_groups(
    models: st.SearchStrategy[Any],
    *,
    exactly_one: Sequence[Mapping[str, st.SearchStrategy[Any]]] = (),
    at_most_one: Sequence[Mapping[str, st.SearchStrategy[Any]]] = (),
) -> st.SearchStrategy[Any]:
    """`models` with the members of each group (name -> strategy of its non-None values) set
    as the spec's operations require: exactly one of each `exactly_one` group, at most one of
    each `at_most_one` group, the others None."""

    def chosen(
        group: Mapping[str, st.SearchStrategy[Any]], optional: bool
    ) -> st.SearchStrategy[Any]:
        names = st.sampled_from(sorted(group))
        return (st.none() | names if optional else names).flatmap(
            lambda name: st.just({}) if name is None else group[name].map(lambda v: {name: v})
        )

    def apply(model: Any, picks: tuple[dict[str, Any], ...]) -> Any:
        for group in (*exactly_one, *at_most_one):
            for name in group:
                setattr(model, name, None)
        for pick in picks:
            for name, value in pick.items():
                setattr(model, name, value)
        return model

    picks = st.tuples(
        *(chosen(group, False) for group in exactly_one),
        *(chosen(group, True) for group in at_most_one),
    )
    return st.tuples(models, picks).map(lambda drawn: apply(*drawn))


_MAPS = st.dictionaries(xml_text(max_size=20), xml_text(max_size=20), max_size=_MAX_LIST)


@cache
def widget(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Widget]:
    """`Widget` instances.

    A widget, as listed.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Widget,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        state=st.none() | st.sampled_from(("Creating", "Ready", "Deleting")),
        created=st.none() | _DATETIMES,
        enabled=st.none() | st.booleans(),
        tags=st.none() | _MAPS,
        owner=st.none() | principal(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def create_widget(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CreateWidget]:
    """`CreateWidget` instances.

    Request body of `create_widget`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateWidget,
        label=xml_text(max_size=100),
        widget_name=_pattern("^[A-Za-z0-9-]{1,63}$"),
        enabled=st.none() | st.booleans(),
        size=st.none() | st.integers(1, 64),
        expires=st.none() | _DATETIMES,
        admin_password=st.none() | xml_text(),
        tags=st.none() | _MAPS,
        parts=st.none() | st.lists(part(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        aliases=st.lists(xml_text(), max_size=_MAX_LIST),
        owner=st.none() | principal(depth=depth - 1) if depth > 0 else st.none(),
        settings=st.lists(settings(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        comment=st.none() | xml_text(),
    )


@cache
def audit(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Audit]:
    """`Audit` instances.

    Audit fields shared by request bodies.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Audit,
        comment=st.none() | xml_text(),
    )


@cache
def part(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Part]:
    """`Part` instances.

    A part of a widget.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Part,
        name=xml_text(),
        count=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def settings(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Settings]:
    """`Settings` values: `LinuxSettings`, `WindowsSettings` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        linux_settings(depth=depth),
        windows_settings(depth=depth),
    )


@cache
def linux_settings(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.LinuxSettings]:
    """`LinuxSettings` instances.

    Settings of a Linux widget.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LinuxSettings,
        user_name=xml_text(),
        ssh_key=st.none() | xml_text(),
    )


@cache
def windows_settings(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.WindowsSettings]:
    """`WindowsSettings` instances.

    Settings of a Windows widget.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.WindowsSettings,
        computer_name=st.none() | xml_text(),
        admin_password=st.none() | xml_text(),
    )


@cache
def principal(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Principal]:
    """`Principal` values: `UserPrincipal`, `GroupPrincipal` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        user_principal(depth=depth),
        group_principal(depth=depth),
    )


@cache
def user_principal(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UserPrincipal]:
    """`UserPrincipal` instances.

    A user.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UserPrincipal,
        email=xml_text(),
    )


@cache
def group_principal(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GroupPrincipal]:
    """`GroupPrincipal` instances.

    A group of users.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GroupPrincipal,
        group_id=st.none() | st.integers(_INT64[0], _INT64[1]),
    )


@cache
def event_page(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.EventPage]:
    """`EventPage` instances.

    One page of events.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.EventPage,
        events=st.none() | st.lists(event(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        continuation_token=st.none() | xml_text(),
    )


@cache
def event(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Event]:
    """`Event` instances.

    An event.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Event,
        name=st.none() | xml_text(),
    )


@cache
def gadget_feed(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GadgetFeed]:
    """`GadgetFeed` instances.

    A feed of gadget entries.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GadgetFeed,
        title=st.none() | xml_text(),
        entries=st.lists(gadget_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def gadget_entry(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GadgetEntry]:
    """`GadgetEntry` instances.

    An entry holding one gadget.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GadgetEntry,
        title=st.none() | xml_text(),
        author=st.none() | gadget_author(depth=depth - 1) if depth > 0 else st.none(),
        content=st.none() | gadget_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def gadget_author(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GadgetAuthor]:
    """`GadgetAuthor` instances.

    The author of an entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GadgetAuthor,
        name=st.none() | xml_text(),
    )


@cache
def gadget_content(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GadgetContent]:
    """`GadgetContent` instances.

    The content of an entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GadgetContent,
        gadget=st.none() | gadget(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def gadget(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Gadget]:
    """`Gadget` instances.

    A gadget.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Gadget,
        size=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def quota(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Quota]:
    """`Quota` instances.

    A quota.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Quota,
        name=st.none() | xml_text(),
        value=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def rule(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Rule]:
    """`Rule` instances.

    A rule.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Rule,
        name=st.none() | xml_text(),
        start=st.none() | xml_text(),
    )


@cache
def new_server(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.NewServer]:
    """`NewServer` instances.

    A server to create, in the SQL namespace, with host names in the arrays namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NewServer,
        login=xml_text(),
        host_names=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def server_name(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ServerName]:
    """`ServerName` instances.

    A server name whose domain is an attribute.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServerName,
        name=st.none() | xml_text(min_size=1),
        fully_qualified_domain_name=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


#: The strategy function of every model class and union, by name.
STRATEGIES: Mapping[str, Callable[..., st.SearchStrategy[Any]]] = {
    "Widget": widget,
    "CreateWidget": create_widget,
    "Audit": audit,
    "Part": part,
    "Settings": settings,
    "LinuxSettings": linux_settings,
    "WindowsSettings": windows_settings,
    "Principal": principal,
    "UserPrincipal": user_principal,
    "GroupPrincipal": group_principal,
    "EventPage": event_page,
    "Event": event,
    "GadgetFeed": gadget_feed,
    "GadgetEntry": gadget_entry,
    "GadgetAuthor": gadget_author,
    "GadgetContent": gadget_content,
    "Gadget": gadget,
    "Quota": quota,
    "Rule": rule,
    "NewServer": new_server,
    "ServerName": server_name,
}


def for_model(model: type[Any] | str, *, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[Any]:
    """The strategy of a model class (or of a model or union name)."""
    name = model if isinstance(model, str) else model.__name__
    try:
        factory = STRATEGIES[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a model of azure_asm.models") from None
    return factory(depth=depth)


def register_type_strategies() -> None:
    """Make ``st.from_type(Model)`` (and ``@given(x=...)`` inference) draw these strategies."""
    for name, factory in STRATEGIES.items():
        model = getattr(_models, name)
        if isinstance(model, type):
            st.register_type_strategy(model, factory())
