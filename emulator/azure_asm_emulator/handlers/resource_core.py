"""The generic resource core: a plain resource served from its spec operations and a few rules.

A plain resource is a ``Collection`` of items under a parent path, with some of create, get,
list, update and delete, all synchronous. ``serve(router, PlainResource(...))`` registers
those operations (by their spec names, so method, path, reader, validator and writer come
from the spec) and implements what every such resource does alike:

* create: the collection (the parent's 404), the body (generated reader, ``check``,
  generated validator), ``build`` the item, then 409 if the name is taken; answers
  ``created_status``, with the item's ``view`` when ``answer_create``;
* get: the item or the collection's 404, answered as its ``view``;
* list: every item's ``list_view`` (``view`` by default), ordered by ``list_order``;
* update: the item or 404, then the body (``check_update``), then ``apply``; answers the
  ``view`` when ``answer_update``, else nothing;
* delete: the item or 404, ``before_delete`` (which may refuse), then removal.

What is particular to one resource (ASM's messages, derived members, refusals) stays in the
rules; anything beyond this shape is a ``@router.handles`` handler.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..backend import Collection
from .spec_io import Answer, Call, SpecRouter

T = TypeVar("T")


@dataclass(frozen=True)
class PlainResource(Generic[T]):
    """The rules of one plain resource (see the module docstring)."""

    collection: Callable[[Call[Any]], Collection[T]]
    """Where the items live; raise the parent's 404 here when the parent is missing."""
    key: str
    """The path parameter naming one item."""
    create: str | None = None
    get: str | None = None
    list: str | None = None
    update: str | None = None
    delete: str | None = None
    name_of: Callable[[Any], str] = lambda body: str(body.name or "")
    """The name of the item a create body describes."""
    check: Callable[[Call[Any], Any], None] | None = None
    """ASM's own refusals of a create body, before the generated validator."""
    check_update: Callable[[Call[Any], Any], None] | None = None
    """ASM's own refusals of an update body, before the generated validator."""
    parse_update_first: bool = False
    """Refuse an unreadable update body before looking the item up (else after)."""
    build: Callable[[Call[Any], str], T] | None = None
    """The item a create stores (``call.body`` holds the request)."""
    apply: Callable[[Call[Any], T], None] | None = None
    """Change the item as an update asks (``call.body`` holds the request)."""
    view: Callable[[Call[Any], T], object] = lambda call, item: item
    """What get (and create, update with ``answer_*``) answer for an item."""
    list_view: Callable[[Call[Any], T], object] | None = None
    """What list answers for an item (``view`` by default)."""
    list_order: Callable[[str], Any] | None = None
    """Sort key of the names for list (insertion order by default)."""
    before_delete: Callable[[Call[Any], T], None] | None = None
    """Refuse a delete by raising (the item is in use, ...)."""
    created_status: int = 201
    answer_create: bool = False
    answer_update: bool = False


def serve(router: SpecRouter, rules: PlainResource[Any]) -> None:
    """Register the operations ``rules`` names on ``router``."""
    if rules.create is not None:
        router.handles(rules.create, status=rules.created_status, check=rules.check)(_create(rules))
    if rules.get is not None:
        router.handles(rules.get)(_get(rules))
    if rules.list is not None:
        router.handles(rules.list)(_list(rules))
    if rules.update is not None:
        router.handles(rules.update, check=rules.check_update)(_update(rules))
    if rules.delete is not None:
        router.handles(rules.delete)(_delete(rules))


def _create(rules: PlainResource[T]) -> Callable[[Call[Any]], Answer]:
    build = rules.build
    if build is None:
        raise ValueError(f"{rules.create}: a plain resource's create needs a build rule")

    def create(call: Call[Any]) -> Answer:
        collection = rules.collection(call)
        name = rules.name_of(call.body)
        item = collection.add_or_409(name, build(call, name))
        return rules.view(call, item) if rules.answer_create else None

    return create


def _get(rules: PlainResource[T]) -> Callable[[Call[Any]], Answer]:
    def get(call: Call[Any]) -> Answer:
        return rules.view(call, rules.collection(call).get_or_404(call.param(rules.key)))

    return get


def _list(rules: PlainResource[T]) -> Callable[[Call[Any]], Answer]:
    view = rules.list_view or rules.view

    def list_all(call: Call[Any]) -> Answer:
        collection = rules.collection(call)
        names = list(collection)
        if rules.list_order is not None:
            names.sort(key=rules.list_order)
        return [view(call, collection[name]) for name in names]

    return list_all


def _update(rules: PlainResource[T]) -> Callable[[Call[Any]], Answer]:
    apply = rules.apply
    if apply is None:
        raise ValueError(f"{rules.update}: a plain resource's update needs an apply rule")

    def update(call: Call[Any]) -> Answer:
        if rules.parse_update_first:
            call.parse()
        item = rules.collection(call).get_or_404(call.param(rules.key))
        call.body  # noqa: B018 - read (and refuse) the body before changing anything
        apply(call, item)
        return rules.view(call, item) if rules.answer_update else None

    return update


def _delete(rules: PlainResource[T]) -> Callable[[Call[Any]], Answer]:
    def delete(call: Call[Any]) -> Answer:
        collection = rules.collection(call)
        name = call.param(rules.key)
        item = collection.get_or_404(name)
        if rules.before_delete is not None:
            rules.before_delete(call, item)
        collection.remove_or_404(name)
        return None

    return delete
