"""The reference package's base classes, kept so that code written for it runs unchanged.

azure-servicemanagement-legacy derives every model from `WindowsAzureData` and wraps each list
in a class of its own (`HostedServices` with `.hosted_services`, `ConfigurationSets` with
`.configuration_sets`, ...). Code written for it reaches the items both ways
(`for s in sms.list_hosted_services()` and `.hosted_services`) and appends to the wrapper's
attribute. `NamedList` is a real `list` (typed code needs nothing else) whose subclasses name
that attribute with `SelfAlias`, so both spellings reach the same items.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Generic, Self, TypeVar, get_args, get_origin, overload

from azure_asm_runtime import modeldict

T = TypeVar("T")
M = TypeVar("M", bound="WindowsAzureData")


class WindowsAzureData:
    """Base of every model, as in the reference (which uses it only in `isinstance` tests).

    It also gives every model `as_dict()` and `from_dict()` (`azure_asm_runtime.modeldict`).
    """

    __slots__ = ()

    #: (key, value) naming the class where a union of classes is accepted (e.g.
    #: ``("configuration_set_type", "NetworkConfiguration")``); set on union variants.
    _discriminator: ClassVar[tuple[str, str] | None] = None

    def as_dict(self, *, keep_none: bool = False) -> dict[str, Any]:
        """JSON-ready data: attributes by Python name, nested models as dicts, datetimes as
        ISO 8601 text, bytes as base64 text; None attributes left out unless `keep_none`.
        Secret members (passwords, keys) are included: guard the dict as the model."""
        return modeldict.as_dict(self, keep_none=keep_none)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The model `as_dict()` describes; `ValueError` names an unknown key or a bad value."""
        return modeldict.from_dict(cls, data)


class NamedList(list[T], WindowsAzureData):
    """A list that is also one of the reference's list classes (see `SelfAlias`)."""

    __slots__ = ()

    # A list's JSON form is a JSON array, not the dict of attributes a model gives (a list
    # class has none but its items), hence the narrower return type than WindowsAzureData's.
    def as_dict(self, *, keep_none: bool = False) -> list[Any]:  # type: ignore[override]
        """JSON-ready data: the items' `as_dict()`, in order (`azure_asm_runtime.modeldict`)."""
        return modeldict.list_as_dicts(self, keep_none=keep_none)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The list `as_dict()` describes: each item built by its class's `from_dict`;
        `ValueError` names the item and key at fault."""
        return modeldict.list_from_dict(cls, data)


class SelfAlias(Generic[T]):
    """The reference's item attribute of a list class: the list itself.

    `HostedServices().hosted_services` is the `HostedServices` list; assigning a list to it
    replaces the items, as assigning the reference's attribute did.
    """

    @overload
    def __get__(self, instance: None, owner: type[object]) -> SelfAlias[T]: ...

    @overload
    def __get__(self, instance: NamedList[T], owner: type[object]) -> NamedList[T]: ...

    def __get__(
        self, instance: NamedList[T] | None, owner: type[object]
    ) -> NamedList[T] | SelfAlias[T]:
        return self if instance is None else instance

    def __set__(self, instance: NamedList[T], items: Iterable[T]) -> None:
        instance[:] = list(items)


class AsynchronousOperationResult(WindowsAzureData):
    """What the reference's asynchronous operations returned: the operation's request id.

    azure-asm's `AsyncOperation` derives from it, so ``result.request_id`` and
    ``isinstance(result, AsynchronousOperationResult)`` keep working.
    """

    __slots__ = ("request_id",)

    def __init__(self, request_id: str | None = None) -> None:
        self.request_id = request_id


def is_blank(value: object) -> bool:
    """Whether a value holds nothing to send: None, an empty list or map, or a model equal to
    a fresh instance of its class (one nobody filled in).

    Models start with fresh nested instances and empty lists, as the reference's do; writers
    leave blank ones out, so an untouched `WindowsConfigurationSet().domain_join` is not sent
    as an empty `<DomainJoin>`, and a reader that finds no element gives the same fresh value
    back. An empty string is a value (it is sent)."""
    if value is None:
        return True
    if isinstance(value, (list, dict)):
        return not value
    if isinstance(value, WindowsAzureData):
        return bool(value == type(value)())
    return False


def specialize(
    model: WindowsAzureData, attribute: str, kinds: Mapping[str, Callable[..., T]], where: str = ""
) -> T:
    """The typed model that `model.<attribute>` names in `kinds`, built from the attributes of
    `model` that its constructor takes (the reference's general `ConfigurationSet`, typed by
    an attribute set after construction, becomes a `LinuxConfigurationSet`, ...). Errors
    name the attribute, prefixed by `where`."""
    kind = getattr(model, attribute)
    make = kinds.get(kind) if isinstance(kind, str) else None
    if make is None:
        expected = ", ".join(kinds)
        raise ValueError(f"{where}{attribute}: must be one of {expected}, got {kind!r}")
    accepted = inspect.signature(make).parameters
    # Blank values (None, empty lists, untouched nested models) are left to the typed set's
    # own defaults, so that both spellings send the same thing.
    return make(
        **{
            name: value
            for name, value in vars(model).items()
            if name in accepted and not is_blank(value)
        }
    )


def convert_model(model: WindowsAzureData, target: type[M], where: str = "") -> M:
    """A `target` model built from the same-named attributes of `model`: how a method taking
    an input model accepts the reference's model in its place (`create_vm_image(VMImage(...))`
    gives a `CreateVMImageInput`). Nested models and lists of them become the classes of
    `target`'s constructor; blank values are left to its defaults; attributes `target` has no
    parameter for are not sent, as the reference did not send them. The caller checks the
    result as any argument (same attribute names, so its errors name them); `where` prefixes
    the paths of nested conversions."""
    hints = modeldict.constructor_types(target)
    given = {
        name: _converted(hints[name], value, f"{where}{name}")
        for name, value in vars(model).items()
        if name in hints and not is_blank(value)
    }
    return target(**given)


def _converted(hint: Any, value: Any, where: str) -> Any:
    if isinstance(value, list):
        item_hints = [
            args[0]
            for option in _options(hint)
            if get_origin(option) is list and (args := get_args(option))
        ]
        if not item_hints:
            return value
        return [
            _converted(item_hints[0], item, f"{where}[{index}]") for index, item in enumerate(value)
        ]
    if isinstance(value, WindowsAzureData):
        models = [
            option
            for option in _options(hint)
            if isinstance(option, type) and issubclass(option, WindowsAzureData)
        ]
        if len(models) == 1 and not isinstance(value, models[0]):
            return convert_model(value, models[0], f"{where}.")
    return value


def _options(hint: Any) -> tuple[Any, ...]:
    """The members of a union annotation (`X | None`), or the annotation alone."""
    return get_args(hint) if isinstance(hint, types.UnionType) else (hint,)


def write_back(general: WindowsAzureData, specific: WindowsAzureData) -> None:
    """Store the checked (and converted: `'22'` -> 22) values of `specialize`'s result back on
    the general model it was built from, which is what the writer specializes again."""
    attributes = vars(general)
    for name, value in vars(specific).items():
        if name in attributes:
            attributes[name] = value


class Feed(WindowsAzureData):
    """The reference's holder of an Atom feed entry's values (it sets attributes on it as it
    reads); kept so that code naming it imports. azure_asm reads feeds into typed models."""
