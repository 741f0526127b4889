"""The reference package's base classes, kept so that code written for it runs unchanged.

azure-servicemanagement-legacy derives every model from `WindowsAzureData` and wraps each list
in a class of its own (`HostedServices` with `.hosted_services`, `ConfigurationSets` with
`.configuration_sets`, ...). Code written for it reaches the items both ways
(`for s in sms.list_hosted_services()` and `.hosted_services`) and appends to the wrapper's
attribute. `NamedList` is a real `list` (typed code needs nothing else) whose subclasses name
that attribute with `SelfAlias`, so both spellings reach the same items.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class WindowsAzureData:
    """Base of every model, as in the reference (which uses it only in `isinstance` tests)."""

    __slots__ = ()


class NamedList(list[T], WindowsAzureData):
    """A list that is also one of the reference's list classes (see `SelfAlias`)."""

    __slots__ = ()


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
