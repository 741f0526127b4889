"""What a change of the spec means for users of the generated SDK: `diff_specs(old, new)`.

Two loaded specs (frozen IRs, so two spellings of the same YAML compare equal) are compared
client by client, operation by operation and shape by shape. Each difference is a `Change`:
added, removed or changed; what (an operation, a parameter, a member, an enum value, ...) and
which aspect of it (its type, whether it is required, its HTTP path, ...); and whether it is
*compatible* (code written against the old SDK keeps working) or *breaking* (it may stop
working or silently do something else), with a short reason. Documentation text and the file
a definition lives in are not compared.

The rules, as a caller of the SDK sees them (as oasdiff, buf breaking and griffe judge APIs):

* Python surface. New operations, shapes, union variants and optional parameters or members
  are compatible. Anything removed breaks. A new required parameter breaks, and so does a new
  required member of a shape sent in requests (a shape only read from responses may gain any
  member). Becoming required breaks, becoming optional is compatible. A changed type breaks
  (but for `int` <-> `long`, both Python `int`), as does a changed default, async-ness or
  return value, a method moved to another client, a renamed `asm` command or a removed
  `iter_` method. Every parameter and constructor argument can be passed by position, so a
  parameter or constructor argument that changes position breaks positional callers.
* Checks on what is sent (constraints of parameters and of members of request shapes, and
  `exactly_one` / `at_most_one` groups): tightening breaks (a call that passed is refused
  before it is sent), loosening is compatible. Constraints of shapes only read from responses
  are not checked, so changing them is compatible; a new enum value there is compatible but
  noted, for code that handles every value.
* Wire changes (HTTP method, path, query, headers, x-ms-version, content type, expected
  statuses, the request body's shape, element names, namespaces, discriminators and the order
  of request elements) do not change a caller's code but change what goes over the wire:
  against the real service, recordings and emulators they may fail, so they are breaking. The
  exceptions: a query item or header sent only when a (new) parameter is given, accepting
  more statuses, and reordered elements of a shape only read from responses (elements are
  read in any order).
* A member that is no longer `secret` breaks (its values now appear in `repr`, logs and
  recordings); becoming secret is compatible.
* Waiters: a new one is compatible, a removed one breaks (`get_waiter` raises), and so does
  another operation, fixed argument, acceptor or `asm` command (what `wait()` waits for, or
  how it is called, changes); another delay or number of attempts is compatible.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Literal, TypeVar

from codegen.cli_names import cli_names
from codegen.ir import (
    NO_DEFAULT,
    Acceptor,
    Client,
    Constraints,
    Group,
    Member,
    Operation,
    Param,
    QueryItem,
    RequestBody,
    ResponseBody,
    Shape,
    Spec,
    TypeRef,
    Union,
    Waiter,
)

Kind = Literal["added", "removed", "changed"]
Compatibility = Literal["compatible", "breaking"]
Section = Literal["client", "operation", "shape", "waiter"]

T = TypeVar("T")

#: Statuses an operation without `expect` accepts.
ANY_SUCCESS = frozenset(range(200, 300))
#: Scalar types that are the same Python type and written the same way.
SAME_PYTHON_TYPE = frozenset({"int", "long"})


@dataclass(frozen=True)
class Change:
    """One difference between two specs, as it affects users of the generated SDK."""

    section: Section  # what it belongs to: a client, an operation or a shape ...
    owner: str  # ... of this name
    kind: Kind
    subject: str  # what changed: "operation", "parameter", "member", "enum value", ...
    name: str = ""  # which one ("" for the owner itself)
    aspect: str = ""  # what about it changed ("type", "required", "http path", ...)
    before: str = ""
    after: str = ""
    compatibility: Compatibility = "compatible"
    reason: str = ""

    @property
    def breaking(self) -> bool:
        return self.compatibility == "breaking"

    def describe(self) -> str:
        """``changed parameter label (type): string -> int``."""
        text = f"{self.kind} {self.subject}"
        if self.name:
            text += f" {self.name}"
        if self.aspect:
            text += f" ({self.aspect})"
        if self.before and self.after:
            text += f": {self.before} -> {self.after}"
        elif self.before or self.after:
            text += f": {self.before or self.after}"
        return text


@dataclass
class _Changes:
    """The changes of one client, operation or shape, in the order they are found."""

    section: Section
    owner: str
    found: list[Change] = field(default_factory=list)

    def add(
        self,
        kind: Kind,
        subject: str,
        name: str = "",
        *,
        breaking: bool,
        reason: str,
        aspect: str = "",
        before: object = "",
        after: object = "",
    ) -> None:
        self.found.append(
            Change(
                self.section,
                self.owner,
                kind,
                subject,
                name,
                aspect,
                str(before),
                str(after),
                "breaking" if breaking else "compatible",
                reason,
            )
        )


def diff_specs(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`: clients, operations, shapes, then waiters, by name."""
    changes: list[Change] = []
    changes += _diff_clients(old.clients, new.clients)
    changes += _diff_operations(old, new)
    changes += _diff_shapes(old, new)
    changes += _diff_waiters(old, new)
    return changes


def _named_pairs(
    old: Iterable[T], new: Iterable[T], name: Callable[[T], str]
) -> list[tuple[str, T | None, T | None]]:
    """(name, old item or None, new item or None) for every name of either side, sorted."""
    old_by_name = {name(item): item for item in old}
    new_by_name = {name(item): item for item in new}
    return [
        (key, old_by_name.get(key), new_by_name.get(key))
        for key in sorted(old_by_name.keys() | new_by_name.keys())
    ]


# --- clients --------------------------------------------------------------------------------


def _diff_clients(old: Sequence[Client], new: Sequence[Client]) -> list[Change]:
    changes: list[Change] = []
    for name, before, after in _named_pairs(old, new, lambda c: c.name):
        found = _Changes("client", name)
        if after is None:
            found.add("removed", "client", breaking=True, reason="the class is gone")
        elif before is None:
            found.add("added", "client", breaking=False, reason="a new class")
        else:
            _diff_client(before, after, found)
        changes += found.found
    return changes


def _diff_client(old: Client, new: Client, found: _Changes) -> None:
    if old.x_ms_version != new.x_ms_version:
        found.add(
            "changed",
            "client",
            aspect="x-ms-version",
            before=old.x_ms_version,
            after=new.x_ms_version,
            breaking=True,
            reason="wire: its operations without a version of their own ask for another one",
        )
    if old.content_type != new.content_type:
        found.add(
            "changed",
            "client",
            aspect="content type",
            before=old.content_type,
            after=new.content_type,
            breaking=True,
            reason="wire: request bodies are sent as another media type",
        )
    if old.status_operation != new.status_operation:
        found.add(
            "changed",
            "client",
            aspect="status operation",
            before=old.status_operation or "none",
            after=new.status_operation or "none",
            breaking=True,
            reason="AsyncOperation polls another operation",
        )


# --- operations -----------------------------------------------------------------------------


def _diff_operations(old: Spec, new: Spec) -> list[Change]:
    context = _OperationContext(old, new)
    changes: list[Change] = []
    for name, before, after in _named_pairs(old.operations, new.operations, lambda o: o.name):
        found = _Changes("operation", name)
        if after is None:
            found.add("removed", "operation", breaking=True, reason="the method is gone")
        elif before is None:
            found.add("added", "operation", breaking=False, reason="a new method")
        else:
            context.diff(before, after, found)
        changes += found.found
    return changes


class _OperationContext:
    """What comparing two operations needs from the rest of their specs."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old_versions = {c.name: c.x_ms_version for c in old.clients}
        self.new_versions = {c.name: c.x_ms_version for c in new.clients}
        self.old_commands = _commands(old)
        self.new_commands = _commands(new)

    def diff(self, old: Operation, new: Operation, found: _Changes) -> None:
        if old.client != new.client:
            found.add(
                "changed",
                "operation",
                aspect="client",
                before=old.client,
                after=new.client,
                breaking=True,
                reason="the method moved to another class",
            )
        _diff_http(old, new, found)
        if self._own_version_changed(old, new):
            found.add(
                "changed",
                "operation",
                aspect="x-ms-version",
                before=old.x_ms_version,
                after=new.x_ms_version,
                breaking=True,
                reason="wire: the service answers by the rules of another version",
            )
        _diff_bodies(old, new, found)
        _diff_params(old.params, new.params, found)
        _diff_param_groups(old, new, found)
        old_command, new_command = self.old_commands[old.name], self.new_commands[new.name]
        if old_command != new_command:
            found.add(
                "changed",
                "operation",
                aspect="cli command",
                before=old_command,
                after=new_command,
                breaking=True,
                reason="scripts running the old `asm` command fail",
            )

    def _own_version_changed(self, old: Operation, new: Operation) -> bool:
        """A changed x-ms-version not already reported as its client's default changing."""
        if old.x_ms_version == new.x_ms_version:
            return False
        follows_client = (
            old.client == new.client
            and old.x_ms_version == self.old_versions.get(old.client)
            and new.x_ms_version == self.new_versions.get(new.client)
        )
        return not follows_client


def _commands(spec: Spec) -> dict[str, str]:
    overrides = {op.name: op.cli for op in spec.operations if op.cli is not None}
    names = cli_names((op.name for op in spec.operations), overrides)
    return {op: f"asm {group} {command}" for op, (group, command) in names.items()}


def _diff_http(old: Operation, new: Operation, found: _Changes) -> None:
    wire = "wire: requests go elsewhere"
    for aspect, before, after in (
        ("http method", old.method, new.method),
        ("http path", old.path, new.path),
        ("content type", old.content_type or "the client's", new.content_type or "the client's"),
    ):
        if before != after:
            found.add(
                "changed",
                "operation",
                aspect=aspect,
                before=before,
                after=after,
                breaking=True,
                reason=wire
                if aspect != "content type"
                else "wire: the body is sent as another type",
            )
    _diff_sent_items(
        "query item",
        {q.name: q for q in old.query},
        {q.name: q for q in new.query},
        _query_text,
        lambda q: q.param is not None or q.when is not None,
        found,
    )
    _diff_sent_items(
        "header",
        {h.name: h for h in old.headers},
        {h.name: h for h in new.headers},
        lambda h: f"{{{h.param}}}",
        lambda h: True,
        found,
    )
    old_statuses = frozenset(old.expect) or ANY_SUCCESS
    new_statuses = frozenset(new.expect) or ANY_SUCCESS
    if old_statuses != new_statuses:
        narrowed = not old_statuses <= new_statuses
        found.add(
            "changed",
            "operation",
            aspect="expected status",
            before=_statuses(old.expect),
            after=_statuses(new.expect),
            breaking=narrowed,
            reason="answers once accepted now raise" if narrowed else "more answers are accepted",
        )


def _query_text(item: QueryItem) -> str:
    if item.param:
        return f"{{{item.param}}}"
    return f"{item.value} when {item.when}" if item.when else str(item.value)


def _statuses(expect: tuple[int, ...]) -> str:
    return ", ".join(map(str, expect)) if expect else "any 2xx"


def _diff_sent_items(
    subject: str,
    old: dict[str, T],
    new: dict[str, T],
    text: Callable[[T], str],
    only_when_given: Callable[[T], bool],
    found: _Changes,
) -> None:
    """Query items and headers: new ones sent only on request are compatible."""
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            found.add("removed", subject, name, breaking=True, reason="wire: no longer sent")
        elif name not in old:
            optional = only_when_given(new[name])
            found.add(
                "added",
                subject,
                name,
                after=text(new[name]),
                breaking=not optional,
                reason="sent only when asked for" if optional else "wire: sent with every call",
            )
        elif old[name] != new[name]:
            found.add(
                "changed",
                subject,
                name,
                before=text(old[name]),
                after=text(new[name]),
                breaking=True,
                reason="wire: sent differently",
            )


def _diff_bodies(old: Operation, new: Operation, found: _Changes) -> None:
    if old.is_async != new.is_async:
        found.add(
            "changed",
            "operation",
            aspect="async",
            before=old.is_async,
            after=new.is_async,
            breaking=True,
            reason="the method returns "
            + ("an AsyncOperation" if new.is_async else "no AsyncOperation"),
        )
    if old.request != new.request:
        found.add(
            "changed",
            "operation",
            aspect="request body",
            before=_request_text(old.request),
            after=_request_text(new.request),
            breaking=True,
            reason="wire: another document is sent",
        )
    old_returns, new_returns = _returns(old.response), _returns(new.response)
    if old_returns != new_returns:
        found.add(
            "changed",
            "operation",
            aspect="returns",
            before=old_returns,
            after=new_returns,
            breaking=True,
            reason="callers get another type",
        )
    elif _response_elements(old.response) != _response_elements(new.response):
        found.add(
            "changed",
            "operation",
            aspect="response elements",
            before=_response_elements(old.response),
            after=_response_elements(new.response),
            breaking=True,
            reason="wire: answers are read under other element names",
        )
    if old.pages != new.pages:
        _diff_pages(old, new, found)


def _diff_pages(old: Operation, new: Operation, found: _Changes) -> None:
    pages = new.pages or old.pages
    assert pages is not None
    iterator = pages.iterator_name(new.name)
    if old.pages is None:
        found.add("added", "iterator", iterator, breaking=False, reason="a new method")
    elif new.pages is None:
        found.add("removed", "iterator", iterator, breaking=True, reason="the method is gone")
    else:
        found.add("changed", "iterator", iterator, breaking=True, reason="it pages differently")


def _request_text(request: RequestBody | None) -> str:
    if request is None:
        return "none"
    if request.kind != "xml":
        return f"{request.kind} ({request.param})"
    return f"{request.shape} (parameter {request.param})" if request.param else request.shape


def _returns(response: ResponseBody | None) -> str:
    if response is None:
        return "none"
    if response.kind != "xml":
        return response.kind
    if response.is_unwrapped:
        if response.unwrap_list_at is None:
            return response.unwrap_shape
        return f"UnwrappedList[{response.unwrap_shape}, {response.shape}]"
    return f"list[{response.shape}]" if response.is_list else response.shape


def _response_elements(response: ResponseBody | None) -> str:
    if response is None or not response.is_list:
        return ""
    return f"<{response.list_xml}> of <{response.item_xml or response.shape}>"


def _diff_param_groups(old: Operation, new: Operation, found: _Changes) -> None:
    for subject, before, after in (
        ("exactly one of", old.exactly_one, new.exactly_one),
        ("at most one of", old.at_most_one, new.at_most_one),
    ):
        old_groups = {frozenset(group): group for group in before}
        new_groups = {frozenset(group): group for group in after}
        for key, group in old_groups.items():
            if key not in new_groups:
                found.add(
                    "removed",
                    subject,
                    ", ".join(group),
                    breaking=False,
                    reason="calls are checked less",
                )
        for key, group in new_groups.items():
            if key not in old_groups:
                found.add(
                    "added",
                    subject,
                    ", ".join(group),
                    breaking=True,
                    reason="calls that passed may be refused",
                )


# --- parameters -----------------------------------------------------------------------------


def _diff_params(old: tuple[Param, ...], new: tuple[Param, ...], found: _Changes) -> None:
    old_by_name = {p.name: p for p in old}
    new_by_name = {p.name: p for p in new}
    for param in old:
        if param.name not in new_by_name:
            found.add(
                "removed",
                "parameter",
                param.name,
                breaking=True,
                reason="callers passing it fail",
            )
    for param in new:
        before = old_by_name.get(param.name)
        if before is None:
            found.add(
                "added",
                "parameter",
                param.name,
                after="required" if param.required else "optional",
                breaking=param.required,
                reason="callers must pass it" if param.required else "callers may leave it out",
            )
        else:
            _diff_param(before, param, found)
    _diff_positions("parameter order", [p.name for p in old], [p.name for p in new], found)


def _diff_positions(subject: str, old: list[str], new: list[str], found: _Changes) -> None:
    """Positional arguments: any argument kept at another position is silently misassigned."""
    moved = [name for name in new if name in old and old.index(name) != new.index(name)]
    if moved:
        before, after = _from_first_difference(old, new)
        found.add(
            "changed",
            subject,
            before=before,
            after=after,
            breaking=True,
            reason=f"positional calls no longer line up ({len(moved)} moved)",
        )


def _from_first_difference(old: list[str], new: list[str], shown: int = 3) -> tuple[str, str]:
    """Two orders from their first difference on, a few names each: ``2: b, c, d, ...``."""
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), 0)

    def window(order: list[str]) -> str:
        names = order[first : first + shown] + (["..."] if len(order) > first + shown else [])
        return f"{first + 1}: {', '.join(names)}"

    return window(old), window(new)


def _diff_param(old: Param, new: Param, found: _Changes) -> None:
    _diff_value(old, new, "parameter", True, found)
    if old.into != new.into or old.sets != new.sets:
        found.add(
            "changed",
            "parameter",
            old.name,
            aspect="target",
            before=_target(old),
            after=_target(new),
            breaking=True,
            reason="its value is used differently",
        )
    _diff_constraints(old.constraints, new.constraints, "parameter", old.name, True, found)


def _target(param: Param) -> str:
    target = f"into {param.into}" if param.into else "itself"
    if param.sets is not None:
        target += f", sets {param.sets.param}={param.sets.value!r} when {param.sets.when!r}"
    return target


def _diff_value(
    old: Param | Member, new: Param | Member, subject: str, checked: bool, found: _Changes
) -> None:
    """What parameters and members have in common: type, requiredness, default, secrecy.

    `checked`: requiredness is checked (parameters, and members of shapes sent in requests).
    """
    name = old.name
    if old.type != new.type:
        same_python = {old.type.name, new.type.name} <= SAME_PYTHON_TYPE
        found.add(
            "changed",
            subject,
            name,
            aspect="type",
            before=_type_text(old.type),
            after=_type_text(new.type),
            breaking=not same_python,
            reason="the same Python int" if same_python else "values of the old type fail",
        )
    if old.required != new.required:
        found.add(
            "changed",
            subject,
            name,
            aspect="required",
            before=old.required,
            after=new.required,
            breaking=new.required and checked,
            reason=_required_reason(new.required, checked),
        )
    if old.default != new.default:
        found.add(
            "changed",
            subject,
            name,
            aspect="default",
            before=_default_text(old.default),
            after=_default_text(new.default),
            breaking=True,
            reason="callers leaving it out get another value",
        )
    if old.secret != new.secret:
        found.add(
            "changed",
            subject,
            name,
            aspect="secret",
            before=old.secret,
            after=new.secret,
            breaking=old.secret,
            reason="its values now appear in repr, logs and recordings"
            if old.secret
            else "its values are now hidden",
        )


def _required_reason(required: bool, checked: bool) -> str:
    if not checked:
        return "only checked on what is sent"
    return "callers must give it" if required else "callers may leave it out"


def _type_text(type_ref: TypeRef) -> str:
    if type_ref.kind == "list":
        assert type_ref.item is not None
        return f"list[{_type_text(type_ref.item)}]"
    return type_ref.name or type_ref.kind


def _default_text(default: object) -> str:
    return "none" if default is NO_DEFAULT else repr(default)


# --- constraints ----------------------------------------------------------------------------

#: Bounds, and whether a larger value is the tighter one.
BOUNDS = (("min_length", True), ("max_length", False), ("minimum", True), ("maximum", False))


def _diff_constraints(
    old: Constraints, new: Constraints, subject: str, name: str, checked: bool, found: _Changes
) -> None:
    """`checked`: the constraints are checked before sending (else they only document)."""
    for bound, larger_is_tighter in BOUNDS:
        before, after = getattr(old, bound), getattr(new, bound)
        if before == after:
            continue
        tighter = after is not None and (
            before is None or (after > before if larger_is_tighter else after < before)
        )
        found.add(
            "changed",
            subject,
            name,
            aspect=bound.replace("_", " "),
            before="none" if before is None else before,
            after="none" if after is None else after,
            breaking=checked and tighter,
            reason=_constraint_reason(tighter, checked),
        )
    if old.pattern != new.pattern:
        tighter = new.pattern is not None
        found.add(
            "changed",
            subject,
            name,
            aspect="pattern",
            before=old.pattern or "none",
            after=new.pattern or "none",
            breaking=checked and tighter,
            reason=_constraint_reason(tighter, checked),
        )
    _diff_enum(old.enum, new.enum, subject, name, checked, found)


def _constraint_reason(tighter: bool, checked: bool) -> str:
    if not tighter:
        return "more values pass"
    return "values that passed may be refused" if checked else "only checked on what is sent"


def _diff_enum(
    old: tuple[str, ...],
    new: tuple[str, ...],
    subject: str,
    name: str,
    checked: bool,
    found: _Changes,
) -> None:
    if not old or not new:
        if old != new:
            found.add(
                "changed",
                subject,
                name,
                aspect="enum",
                before=", ".join(old) or "any value",
                after=", ".join(new) or "any value",
                breaking=checked and bool(new),
                reason=_constraint_reason(bool(new), checked),
            )
        return
    for value in old:
        if value not in new:
            found.add(
                "removed",
                "enum value",
                name,
                before=value,
                breaking=checked,
                reason="the SDK refuses it before sending" if checked else "no longer documented",
            )
    for value in new:
        if value not in old:
            found.add(
                "added",
                "enum value",
                name,
                after=value,
                breaking=False,
                reason="the SDK accepts it"
                if checked
                else "code handling every value should handle it",
            )


# --- shapes ---------------------------------------------------------------------------------


def _diff_shapes(old: Spec, new: Spec) -> list[Change]:
    sent = _sent_shapes(new)
    changes: list[Change] = []
    for name, before, after in _named_pairs(old.shapes, new.shapes, lambda s: s.name):
        found = _Changes("shape", name)
        if after is None:
            found.add("removed", "shape", breaking=True, reason="the class is gone")
        elif before is None:
            found.add("added", "shape", breaking=False, reason="a new class")
        else:
            _diff_shape(before, after, name in sent, found)
        changes += found.found
    return changes


def _sent_shapes(spec: Spec) -> set[str]:
    """The shapes that may be part of a request: request bodies, parameters and what they hold."""
    pending = [op.request.shape for op in spec.operations if op.request and op.request.shape]
    pending += [
        type_ref.name
        for op in spec.operations
        for param in op.params
        for type_ref in (param.type, param.type.item)
        if type_ref is not None and type_ref.kind == "shape"
    ]
    shapes = {shape.name: shape for shape in spec.shapes}
    sent: set[str] = set()
    while pending:
        name = pending.pop()
        if name in sent:
            continue
        sent.add(name)
        shape = shapes[name]
        if shape.union is not None:
            pending += [variant.shape for variant in shape.union.variants]
        for member in shape.members:
            for type_ref in (member.type, member.type.item):
                if type_ref is not None and type_ref.kind == "shape":
                    pending.append(type_ref.name)
    return sent


def _diff_shape(old: Shape, new: Shape, sent: bool, found: _Changes) -> None:
    wire = "wire: written and read under another name"
    for aspect, before, after in (
        ("kind", _shape_kind(old), _shape_kind(new)),
        ("element", old.xml, new.xml),
        ("namespace", old.namespace, new.namespace),
        ("xsi type", old.xsi_type or "none", new.xsi_type or "none"),
    ):
        if before != after:
            found.add(
                "changed",
                "shape",
                aspect=aspect,
                before=before,
                after=after,
                breaking=True,
                reason="another kind of type" if aspect == "kind" else wire,
            )
    if old.union is not None and new.union is not None:
        _diff_union(old.union, new.union, found)
    elif old.union is None and new.union is None:
        _diff_members(old, new, sent, found)


def _shape_kind(shape: Shape) -> str:
    return "structure" if shape.union is None else "union"


def _diff_union(old: Union, new: Union, found: _Changes) -> None:
    before = f"{old.discriminator_kind} {old.discriminator}"
    after = f"{new.discriminator_kind} {new.discriminator}"
    if before != after:
        found.add(
            "changed",
            "shape",
            aspect="discriminator",
            before=before,
            after=after,
            breaking=True,
            reason="wire: variants are told apart differently",
        )
    old_keys = {v.shape: v.key for v in old.variants}
    new_keys = {v.shape: v.key for v in new.variants}
    for shape in sorted(old_keys.keys() | new_keys.keys()):
        if shape not in new_keys:
            found.add(
                "removed", "union variant", shape, breaking=True, reason="no longer part of it"
            )
        elif shape not in old_keys:
            found.add(
                "added",
                "union variant",
                shape,
                after=new_keys[shape],
                breaking=False,
                reason="code handling every variant should handle it",
            )
        elif old_keys[shape] != new_keys[shape]:
            found.add(
                "changed",
                "union variant",
                shape,
                aspect="key",
                before=old_keys[shape],
                after=new_keys[shape],
                breaking=True,
                reason="wire: told apart by another value",
            )


# --- members --------------------------------------------------------------------------------

#: How a member is written, beyond its element's place: all wire changes.
WIRE_FORM = ("item_xml", "flat", "entry_xml", "key_xml", "value_xml", "namespace", "item_namespace")


def _diff_members(old: Shape, new: Shape, sent: bool, found: _Changes) -> None:
    old_members = {m.name: m for m in old.members}
    new_members = {m.name: m for m in new.members}
    old_places, new_places = _places(old.body), _places(new.body)
    for member in old.members:
        if member.name not in new_members:
            found.add(
                "removed", "member", member.name, breaking=True, reason="the attribute is gone"
            )
    for member in new.members:
        before = old_members.get(member.name)
        if before is None:
            required = member.required and sent
            found.add(
                "added",
                "member",
                member.name,
                after="required" if member.required else "optional",
                breaking=required,
                reason="requests must set it" if required else "code may ignore it",
            )
            continue
        _diff_member(before, member, sent, found)
        if old_places[member.name] != new_places[member.name]:
            found.add(
                "changed",
                "member",
                member.name,
                aspect="element",
                before=old_places[member.name],
                after=new_places[member.name],
                breaking=True,
                reason="wire: written and read under another name",
            )
    _diff_positions("constructor order", list(old.init), list(new.init), found)
    _diff_wire_order(old, new, sent, found)


def _places(body: tuple[Member | Group, ...], prefix: str = "") -> dict[str, str]:
    """Where each member is written: ``RoleList/Role``, ``@type`` (attribute), ``text()``."""
    places: dict[str, str] = {}
    for node in body:
        if isinstance(node, Group):
            places.update(_places(node.children, f"{prefix}{node.xml}/"))
        elif node.placement == "attribute":
            places[node.name] = f"{prefix}@{node.xml}"
        elif node.placement == "text":
            places[node.name] = f"{prefix}text()"
        else:
            places[node.name] = prefix + node.xml
    return places


def _diff_member(old: Member, new: Member, sent: bool, found: _Changes) -> None:
    _diff_value(old, new, "member", sent, found)
    if old.fixed != new.fixed:
        found.add(
            "changed",
            "member",
            old.name,
            aspect="fixed",
            before=old.fixed or "none",
            after=new.fixed or "none",
            breaking=True,
            reason="wire: another constant is written"
            if old.fixed and new.fixed
            else "a constant and an attribute differ",
        )
    for aspect in WIRE_FORM:
        before, after = getattr(old, aspect), getattr(new, aspect)
        if before != after:
            found.add(
                "changed",
                "member",
                old.name,
                aspect=aspect.replace("_", " "),
                before=before,
                after=after,
                breaking=True,
                reason="wire: written and read differently",
            )
    if old.always != new.always:
        found.add(
            "changed",
            "member",
            old.name,
            aspect="always",
            before=old.always,
            after=new.always,
            breaking=sent,
            reason="wire: requests write it differently" if sent else "only matters when sent",
        )
    _diff_constraints(old.constraints, new.constraints, "member", old.name, sent, found)


def _diff_wire_order(old: Shape, new: Shape, sent: bool, found: _Changes) -> None:
    """The order of elements, which ASM reads in schema order from requests."""
    old_order = [m.name for m in old.members if m.is_element]
    new_order = [m.name for m in new.members if m.is_element]
    kept_old = [name for name in old_order if name in new_order]
    kept_new = [name for name in new_order if name in old_order]
    if kept_old != kept_new:
        before, after = _from_first_difference(kept_old, kept_new)
        found.add(
            "changed",
            "member order",
            before=before,
            after=after,
            breaking=sent,
            reason="wire: requests write elements in another order"
            if sent
            else "responses are read in any order",
        )


# --- reports --------------------------------------------------------------------------------


# --- waiters --------------------------------------------------------------------------------


def _acceptor_text(acceptor: Acceptor) -> str:
    if acceptor.error:
        return f"{acceptor.state} on error {acceptor.error}"
    if acceptor.returned:
        return f"{acceptor.state} on any answer"
    expected = " or ".join("null" if value is None else str(value) for value in acceptor.expected)
    return f"{acceptor.state} when {acceptor.path} {acceptor.match} {expected}"


def _diff_waiters(old: Spec, new: Spec) -> list[Change]:
    """Waiters as callers see them: `get_waiter(name)` and its arguments break when they go
    or change; the condition waited for breaks code that relied on it; the pace and the
    default number of attempts are the waiter's business."""
    changes: list[Change] = []
    for name, before, after in _named_pairs(old.waiters, new.waiters, lambda w: w.name):
        found = _Changes("waiter", name)
        if after is None:
            found.add("removed", "waiter", breaking=True, reason="get_waiter(name) raises")
        elif before is None:
            found.add("added", "waiter", breaking=False, reason="a new waiter")
        else:
            _diff_waiter(before, after, found)
        changes += found.found
    return changes


def _diff_waiter(old: Waiter, new: Waiter, found: _Changes) -> None:
    pairs: list[tuple[str, str, str, bool, str]] = [
        (
            "operation",
            f"{old.client}.{old.operation}",
            f"{new.client}.{new.operation}",
            True,
            "it polls another operation: other arguments, or another client's get_waiter",
        ),
        (
            "fixed arguments",
            ", ".join(f"{k}={v!r}" for k, v in old.params) or "none",
            ", ".join(f"{k}={v!r}" for k, v in new.params) or "none",
            True,
            "arguments callers pass may now be refused, or mean something else",
        ),
        (
            "acceptors",
            "; ".join(_acceptor_text(a) for a in old.acceptors),
            "; ".join(_acceptor_text(a) for a in new.acceptors),
            True,
            "it waits for another condition: code after wait() may see another state",
        ),
        (
            "asm command",
            f"asm {old.cli_group} wait {old.cli_condition}",
            f"asm {new.cli_group} wait {new.cli_condition}",
            True,
            "scripts calling the old command fail",
        ),
        (
            "delay",
            f"{old.delay:g}s",
            f"{new.delay:g}s",
            False,
            "the default pause between checks",
        ),
        (
            "max attempts",
            str(old.max_attempts),
            str(new.max_attempts),
            False,
            "the default limit of checks",
        ),
    ]
    for aspect, before, after, breaking, reason in pairs:
        if before != after:
            found.add(
                "changed",
                "waiter",
                aspect=aspect,
                before=before,
                after=after,
                breaking=breaking,
                reason=reason,
            )


def format_text(changes: Sequence[Change], old_label: str, new_label: str) -> str:
    """A report grouped by client, operation and shape; breaking changes say so in capitals."""
    breaking = sum(1 for c in changes if c.breaking)
    count = f"{len(changes)} change" + ("s" if len(changes) != 1 else "")
    lines = [
        f"{old_label} -> {new_label}: {count}, {breaking} breaking"
        if changes
        else f"{old_label} -> {new_label}: no changes"
    ]
    owner: tuple[str, str] | None = None
    for change in changes:
        if (change.section, change.owner) != owner:
            owner = (change.section, change.owner)
            lines.append(f"{change.section} {change.owner}")
        label = "BREAKING" if change.breaking else "compatible"
        lines.append(f"  {label:<10}  {change.describe()} -- {change.reason}")
    return "\n".join(lines) + "\n"


def format_json(changes: Sequence[Change], old_label: str, new_label: str) -> str:
    document = {
        "old": old_label,
        "new": new_label,
        "breaking": sum(1 for c in changes if c.breaking),
        "changes": [asdict(change) for change in changes],
    }
    return json.dumps(document, indent=2) + "\n"
