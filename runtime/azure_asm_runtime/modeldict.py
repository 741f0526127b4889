"""Models to JSON-ready dicts and back: `Model.as_dict()` and `Model.from_dict(data)`.

Written once for every generated model, driven by the models' own annotations (the types of
their constructor's parameters) and `__match_args__` (their attributes, in the spec's order):

* a model becomes a dict of its attributes, keyed by their Python names; nested models become
  dicts, lists lists, maps dicts, datetimes ISO 8601 text, bytes base64 text. Attributes that
  are None are left out unless `keep_none=True` (except those a model built without them would
  not hold as None, such as a flag defaulting to False: those are kept, so that the dict reads
  back the same). A key left out of `from_dict`'s data takes the constructor's default; a
  None given to a member that starts as an empty list or a fresh model gives that.
  Secret members (passwords, keys) are included: the dict is the caller's own data, to be
  guarded like the model. `unknown_elements` (XML the
  spec does not describe) is not part of it.
* a list result (`HostedServices`, any `ResultList` / `NamedList`) becomes a list of its
  items' dicts (`[item.as_dict() for item in result]`): a list's JSON form is a JSON array.
* a class that is one variant of a union (`LinuxConfigurationSet` of the configuration sets)
  also gets its discriminator, as the generated `_discriminator` ClassVar names it
  (``"configuration_set_type": "LinuxProvisioningConfiguration"``), which is how `from_dict`
  tells the variants of a union member apart. A general `ConfigurationSet` inside a union reads
  back as the typed set its `configuration_set_type` names (what `specialize()` gives).
"""

from __future__ import annotations

import base64
import binascii
import sys
import types
import typing
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, TypeVar

M = TypeVar("M")


_HINTS: dict[type[Any], dict[str, Any]] = {}
_OMISSIBLE: dict[type[Any], frozenset[str]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The attribute types of a model class (its constructor's parameter types)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls.__init__, vars(sys.modules[cls.__module__]))
        hints.pop("return", None)
        _HINTS[cls] = hints
    return hints


def constructor_types(cls: type[Any]) -> dict[str, Any]:
    """The types of a model class's constructor parameters, by name (resolved once)."""
    return _hints(cls)


def _fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(getattr(cls, "__match_args__", ()))


def _none_when_left_out(cls: type[Any]) -> frozenset[str]:
    """Attributes a model built without them holds as None: those `as_dict` may leave out."""
    names = _OMISSIBLE.get(cls)
    if names is None:
        blank = cls()
        names = _OMISSIBLE[cls] = frozenset(n for n in _fields(cls) if getattr(blank, n) is None)
    return names


def _discriminator(cls: type[Any]) -> tuple[str, str] | None:
    value: tuple[str, str] | None = getattr(cls, "_discriminator", None)
    return value


def _is_model(value: Any) -> bool:
    return hasattr(type(value), "__match_args__") and not isinstance(value, list)


def as_dict(model: Any, *, keep_none: bool = False) -> dict[str, Any]:
    """`model`'s attributes as JSON-ready data (see the module's docstring)."""
    data: dict[str, Any] = {}
    discriminator = _discriminator(type(model))
    if discriminator is not None and discriminator[0] not in _fields(type(model)):
        data[discriminator[0]] = discriminator[1]
    omissible = _none_when_left_out(type(model))
    for name in _fields(type(model)):
        value = getattr(model, name)
        if value is not None or keep_none or name not in omissible:
            data[name] = _to_data(value, keep_none)
    return data


def list_as_dicts(items: Iterable[Any], *, keep_none: bool = False) -> list[Any]:
    """A list result as JSON-ready data: its items as `as_dict` gives them (scalar items as
    they are, datetimes and bytes as text)."""
    return [_to_data(item, keep_none) for item in items]


L = TypeVar("L", bound=list[Any])


def list_from_dict(cls: type[L], data: Any) -> L:
    """A list class (`HostedServices`, `ConfigurationSets`, ...) from what its `as_dict` gave:
    each item converted to the item type the class declares (`ResultList[HostedService]`)."""
    name = cls.__name__
    if isinstance(data, str | bytes | Mapping) or not isinstance(data, list | tuple):
        raise ValueError(f"{name}: expected a list of its items' dicts")
    item = _item_type(cls)
    if item is None:
        raise ValueError(f"{name}: declares no item type; use a list class such as HostedServices")
    result = cls()
    result.extend(_convert(item, each, f"{name}[{i}]") for i, each in enumerate(data))
    return result


def _item_type(cls: type[Any]) -> Any:
    for klass in cls.__mro__:
        for base in getattr(klass, "__orig_bases__", ()):
            arguments = typing.get_args(base)
            if arguments and not isinstance(arguments[0], TypeVar):
                return arguments[0]
    return None


def _to_data(value: Any, keep_none: bool) -> Any:
    if _is_model(value):
        return as_dict(value, keep_none=keep_none)
    if isinstance(value, list | tuple):
        return [_to_data(item, keep_none) for item in value]
    if isinstance(value, dict):
        return {key: _to_data(item, keep_none) for key, item in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_dict(cls: type[M], data: Mapping[str, Any], where: str = "") -> M:
    """A `cls` instance from what `as_dict` gave (or the same shape of data written by hand).

    Raises `ValueError` naming the key of an attribute `cls` does not have, a value of the
    wrong kind, or a discriminator that names another class.
    """
    where = where or cls.__name__
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected a dict of {cls.__name__}'s attributes")
    hints = _hints(cls)
    arguments = dict(data)
    discriminator = _discriminator(cls)
    if discriminator is not None and discriminator[0] not in hints:
        key, expected = discriminator
        given = arguments.pop(key, expected)
        if given != expected:
            raise ValueError(f"{where}: {key} {given!r} is not {cls.__name__}'s {expected!r}")
    for key in arguments:
        if key not in hints:
            raise ValueError(
                f"{where}: {cls.__name__} has no attribute {key!r} "
                f"(it has: {', '.join(hints) or 'none'})"
            )
    values = {
        key: _convert(hints[key], value, f"{where}.{key}") for key, value in arguments.items()
    }
    # A member that starts as a fresh list or model (never None, as its type says) takes its
    # fresh value for a None given, as the constructor does.
    return cls(**values)


def _convert(tp: Any, value: Any, where: str) -> Any:
    if value is None:
        return None
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        classes = tuple(arg for arg in typing.get_args(tp) if arg is not type(None))
        if len(classes) > 1:
            return _convert_union(classes, value, where)
        tp = classes[0]
    if isinstance(tp, type) and hasattr(tp, "__match_args__") and not issubclass(tp, list):
        return from_dict(tp, value, where)
    origin = typing.get_origin(tp)
    if origin is list:
        if not isinstance(value, list | tuple):
            raise ValueError(f"{where}: expected a list")
        (item,) = typing.get_args(tp)
        return [_convert(item, each, f"{where}[{i}]") for i, each in enumerate(value)]
    if origin is dict:
        if not isinstance(value, Mapping):
            raise ValueError(f"{where}: expected a dict")
        return dict(value)
    if tp is datetime:
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError(f"{where}: {value!r} is not an ISO 8601 date and time") from None
    if tp is bytes:
        if isinstance(value, bytes):
            return value
        try:
            return base64.b64decode(value, validate=True)
        except (TypeError, binascii.Error, ValueError):
            raise ValueError(f"{where}: {value!r} is not base64 text") from None
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(tp, type) and not isinstance(value, tp):
        raise ValueError(f"{where}: expected {tp.__name__}, not {type(value).__name__}")
    return value


def _convert_union(classes: tuple[type[Any], ...], value: Any, where: str) -> Any:
    kinds = {d[1]: cls for cls in classes if (d := _discriminator(cls)) is not None}
    keys = {d[0] for cls in classes if (d := _discriminator(cls)) is not None}
    if not isinstance(value, Mapping) or len(keys) != 1:
        raise ValueError(f"{where}: expected a dict of one of {_names(classes)}")
    (key,) = keys
    kind = value.get(key)
    cls = kinds.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError(f"{where}: {key} {kind!r} is not one of {', '.join(map(repr, kinds))}")
    return from_dict(cls, value, where)


def _names(classes: tuple[type[Any], ...]) -> str:
    return ", ".join(cls.__name__ for cls in classes)
