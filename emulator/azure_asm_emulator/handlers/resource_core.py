"""The generic resource core: a plain resource served from its spec operations and a few rules.

A plain resource is a ``Collection`` of items under a parent path, with some of create, get,
list, update and delete. ``serve(router, PlainResource(...))`` registers those operations (by
their spec names, so method, path, reader, validator and writer come from the spec) and
implements what every such resource does alike:

* create: the collection (the parent's 404), the body (generated reader, ``check``,
  generated validator), ``build`` the item, then 409 if the name is taken (in the
  subscription, or in every subscription with ``global_names``); answers ``created_status``,
  with the item's ``view`` when ``answer_create``;
* get: the item or the collection's 404, answered as its ``view``;
* list: every item's ``list_view`` (``view`` by default), ordered by ``list_order``;
* update: the item or 404, then the body (``check_update``), then ``apply``; answers the
  ``view`` when ``answer_update``, else nothing;
* delete: the item or 404, ``before_delete`` (which may refuse), then removal;
* ``actions``: any other operation on one item (``restart_site``): the item or 404, then
  the action's rule.

An asynchronous operation (``async: true`` in the spec) answers ASM's 202 with the request id
of an operation that reports the change (``lock`` names the lock it holds meanwhile, so that
other writes to the item wait): a created item is listed at once (``settle`` finishes it when
the operation succeeds), a deleted one goes when the operation succeeds, an update applies at
once.

Most rules have defaults taken from the spec, so that a resource is often no more than
``PlainResource(noun="firewall_rule", parent=...)``:

* ``noun`` names the operations ``create_<noun>``, ``get_<noun>``, ``list_<noun>s``,
  ``update_<noun>`` and ``delete_<noun>`` that the spec has (those given explicitly win);
* ``key`` is the last path parameter of the get, update or delete operation;
* ``collection`` is the subscription's store of the resource (``SubscriptionBackend.plain``),
  one per parent (the values of the other path parameters), after ``parent`` has checked the
  parent (raising its 404); its 404 and 409 say ``not_found`` / ``conflict``, by default
  worded from the noun;
* ``build`` copies the members of the create body into the model the get (or list) operation
  answers with (the body itself when that is the body's class), then ``fill`` completes it;
* ``apply`` copies the members the update body sets (not None) onto the item.

What is particular to one resource (ASM's messages, derived members, refusals) stays in the
rules; anything beyond this shape is a ``@router.handles`` handler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from azure_asm import models
from azure_asm.catalog import OPERATIONS

from ..backend import Collection
from .spec_io import Answer, Call, SpecRouter, operation

T = TypeVar("T")


@dataclass(frozen=True)
class PlainResource(Generic[T]):
    """The rules of one plain resource (see the module docstring)."""

    collection: Callable[[Call[Any]], Collection[T]] | None = None
    """Where the items live; raise the parent's 404 here when the parent is missing.
    By default the subscription's store of ``noun`` (``SubscriptionBackend.plain``)."""
    key: str | None = None
    """The path parameter naming one item (by default the last one of get/update/delete)."""
    create: str | None = None
    get: str | None = None
    list: str | None = None
    update: str | None = None
    delete: str | None = None
    noun: str | None = None
    """Fills in the operation names the spec has (``create_<noun>``, ``list_<noun>s``, ...)
    and words the default collection's messages."""
    parent: Callable[[Call[Any]], object] | None = None
    """Check the parent of the default collection (raise its 404)."""
    not_found: str | None = None
    """The default collection's 404 message (``{name}`` is the name asked for)."""
    conflict: str | None = None
    """The default collection's 409 message."""
    ignore_case: bool = True
    """Whether names ignore case (in the default collection and in ``lock`` keys)."""
    global_names: str | None = None
    """Names are unique across subscriptions: the ``state.shared`` table reserving them."""
    lock: str | None = None
    """The lock kind (``operations.LOCK_NOUNS``) an asynchronous operation holds on the item
    (``<lock>:<name>``, the name lower-cased when names ignore case); writes wait for it."""
    name_of: Callable[[Any], str] | None = None
    """The name of the item a create body describes (by default the key's value when the
    create's path holds it, else the body's ``name``)."""
    check: Callable[[Call[Any], Any], None] | None = None
    """ASM's own refusals of a create body, before the generated validator."""
    check_update: Callable[[Call[Any], Any], None] | None = None
    """ASM's own refusals of an update body, before the generated validator."""
    parse_update_first: bool = False
    """Refuse an unreadable update body before looking the item up (else after)."""
    build: Callable[[Call[Any], str], T] | None = None
    """The item a create stores (``call.body`` holds the request); by default the body's
    members copied into the model get answers with."""
    fill: Callable[[Call[Any], T], None] | None = None
    """Complete a built item (derived members: creation time, URLs, status, ...)."""
    settle: Callable[[Call[Any], T], None] | None = None
    """Finish a created item when its asynchronous create succeeds (``Creating`` ->
    ``Created``); the item is listed from the start."""
    apply: Callable[[Call[Any], T], None] | None = None
    """Change the item as an update asks (``call.body`` holds the request); by default the
    members the body sets are copied onto the item."""
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
    actions: Mapping[str, Callable[[Call[Any], T], object]] = field(default_factory=dict)
    """Operations on one item beyond the five (restart, associate, ...): operation name ->
    the rule doing it (``call.body`` holds the request). The item is found by the last
    parameter of the operation's path (404), ``lock`` is waited for, and the rule's result
    (not None) is answered by the generated writer; asynchronous ones answer 202."""

    def operation_names(self) -> dict[str, str]:
        """What each served operation is (``{"create": "create_firewall_rule", ...}``)."""
        names = {
            "create": self.create,
            "get": self.get,
            "list": self.list,
            "update": self.update,
            "delete": self.delete,
        }
        if self.noun is not None:
            noun = self.noun
            plural = (
                noun[:-1] + "ies"
                if noun.endswith("y")
                else noun + "es"
                if noun.endswith(("s", "x", "sh", "ch"))
                else noun + "s"
            )
            for verb in names:
                derived = f"{verb}_{plural if verb == 'list' else self.noun}"
                if names[verb] is None and derived in OPERATIONS:
                    names[verb] = derived
        return {verb: name for verb, name in names.items() if name is not None}


def serve(router: SpecRouter, rules: PlainResource[Any]) -> None:
    """Register the operations ``rules`` names on ``router``."""
    core = _Core(rules)
    names = rules.operation_names()
    if "create" in names:
        router.handles(names["create"], status=rules.created_status, check=rules.check)(core.create)
    if "get" in names:
        router.handles(names["get"])(core.get)
    if "list" in names:
        router.handles(names["list"])(core.list_all)
    if "update" in names:
        router.handles(names["update"], check=rules.check_update)(core.update)
    if "delete" in names:
        router.handles(names["delete"])(core.delete)
    for name, rule in rules.actions.items():
        router.handles(name)(core.action(name, rule))


def _model(shape: str | None) -> type | None:
    found = getattr(models, shape or "", None)
    return found if isinstance(found, type) else None


def _members(obj: object) -> tuple[str, ...]:
    return tuple(getattr(type(obj), "__match_args__", ()))


class _Core(Generic[T]):
    """The five operations of one plain resource, from its rules and the spec."""

    def __init__(self, rules: PlainResource[T]) -> None:
        self.rules = rules
        self.names = rules.operation_names()
        self.noun = rules.noun or next(iter(self.names.values()), "resource").split("_", 1)[-1]
        self.key = rules.key or self._key()
        self.words = self.noun.replace("_", " ")
        self.item_model = self._item_model()
        create = self.names.get("create")
        self.name_in_path = create is not None and f"{{{self.key}}}" in operation(create).path

    def _key(self) -> str:
        for verb in ("get", "update", "delete"):
            if verb in self.names:
                params = re.findall(r"\{(\w+)\}", operation(self.names[verb]).path)
                if params:
                    return str(params[-1])
        raise ValueError(f"{self.names}: a plain resource needs a key path parameter")

    def name_of(self, call: Call[Any]) -> str:
        """The name of the item a create makes: the rule's, the key's value, or the body's."""
        if self.rules.name_of is not None:
            return self.rules.name_of(call.body)
        if self.name_in_path:
            return call.param(self.key)
        return str(call.body.name or "")

    def _item_model(self) -> type | None:
        """The model get (else list) answers with; None stores the create body itself."""
        for verb in ("get", "list"):
            if verb in self.names:
                found = _model(operation(self.names[verb]).response_shape)
                if found is not None:
                    return found
        return None

    # --- the parts the rules may replace ------------------------------------------------

    def collection(self, call: Call[Any]) -> Collection[T]:
        rules = self.rules
        if rules.collection is not None:
            return rules.collection(call)
        if rules.parent is not None:
            rules.parent(call)
        parent = tuple(
            value
            for name, value in call.request.path_params.items()
            if name not in ("subscription_id", self.key)
        )
        return call.backend.plain(
            self.noun,
            parent,
            not_found=rules.not_found or f"The {self.words} '{{name}}' does not exist.",
            conflict=rules.conflict or f"The {self.words} '{{name}}' already exists.",
            ignore_case=rules.ignore_case,
        )

    def build(self, call: Call[Any], name: str) -> T:
        rules = self.rules
        if rules.build is not None:
            item = rules.build(call, name)
        else:
            body: Any = call.body
            model = self.item_model
            if model is None or isinstance(body, model):
                item = body
            else:
                item = model()
                for member in _members(item):
                    if member in _members(body):
                        setattr(item, member, getattr(body, member))
        if rules.fill is not None:
            rules.fill(call, item)
        return item

    def apply(self, call: Call[Any], item: T) -> None:
        if self.rules.apply is not None:
            self.rules.apply(call, item)
            return
        body: Any = call.body
        for member in _members(body):
            value = getattr(body, member)
            if value is not None and member in _members(item):
                setattr(item, member, value)

    def _lock(self, name: str) -> list[str]:
        key = name.lower() if self.rules.ignore_case else name
        return [f"{self.rules.lock}:{key}"] if self.rules.lock else []

    def answer(
        self,
        call: Call[Any],
        name: str,
        result: Answer,
        work: Callable[[], None] | None = None,
    ) -> Answer:
        """``result`` (after ``work``), or for an asynchronous operation ASM's 202 and an
        operation reporting the change (``work`` runs when it succeeds)."""
        if not operation(call.operation).is_async:
            if work is not None:
                work()
            return result
        return call.accepted(lock_keys=self._lock(name), work=work)

    def _require_unlocked(self, call: Call[Any], name: str) -> None:
        call.state.operations.require_unlocked(*self._lock(name))

    # --- the operations -----------------------------------------------------------------

    def create(self, call: Call[Any]) -> Answer:
        rules = self.rules
        collection = self.collection(call)
        name = self.name_of(call)
        self._require_unlocked(call, name)
        taken = call.state.shared(rules.global_names) if rules.global_names else None
        if name in collection or (taken is not None and name.lower() in taken):
            raise collection.conflict(name)
        item = self.build(call, name)

        def settle() -> None:
            if rules.settle is not None:
                rules.settle(call, item)

        result = rules.view(call, item) if rules.answer_create else None
        answer = self.answer(call, name, result, settle)
        collection.add_or_409(name, item)
        if taken is not None:
            taken[name.lower()] = call.subscription_id
        return answer

    def get(self, call: Call[Any]) -> Answer:
        return self.rules.view(call, self.collection(call).get_or_404(call.param(self.key)))

    def list_all(self, call: Call[Any]) -> Answer:
        view = self.rules.list_view or self.rules.view
        collection = self.collection(call)
        names = list(collection)
        if self.rules.list_order is not None:
            names.sort(key=self.rules.list_order)
        return [view(call, collection[name]) for name in names]

    def update(self, call: Call[Any]) -> Answer:
        rules = self.rules
        if rules.parse_update_first:
            call.parse()
        name = call.param(self.key)
        item = self.collection(call).get_or_404(name)
        self._require_unlocked(call, name)
        call.body  # noqa: B018 - read (and refuse) the body before changing anything
        self.apply(call, item)
        return self.answer(call, name, rules.view(call, item) if rules.answer_update else None)

    def action(
        self, name: str, rule: Callable[[Call[Any], T], object]
    ) -> Callable[[Call[Any]], Answer]:
        params = re.findall(r"\{(\w+)\}", operation(name).path)

        def act(call: Call[Any]) -> Answer:
            key = call.param(params[-1])
            item = self.collection(call).get_or_404(key)
            self._require_unlocked(call, key)
            return self.answer(call, key, rule(call, item))

        return act

    def delete(self, call: Call[Any]) -> Answer:
        rules = self.rules
        collection = self.collection(call)
        name = call.param(self.key)
        item = collection.get_or_404(name)
        self._require_unlocked(call, name)
        if rules.before_delete is not None:
            rules.before_delete(call, item)

        def remove() -> None:
            if collection.get(name) is item:
                del collection[name]
            if rules.global_names:
                call.state.shared(rules.global_names).pop(name.lower(), None)

        return self.answer(call, name, None, remove)
