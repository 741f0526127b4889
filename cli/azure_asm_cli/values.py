"""Turning command-line text into SDK arguments, and SDK results into JSON-able data.

Everything is driven by the operation table (`azure_asm_runtime.catalog.ParamInfo`) and the
model classes' own annotations, so a new operation or model in the spec needs no code here.

How a parameter is given on the command line, by its type in the spec:

* string, base64text: as is (``--label "My label"``); an ``enum`` becomes argparse choices;
* int, long, float: a number; bool: ``--flag`` / ``--no-flag``;
* datetime: ISO 8601 (``2024-05-01T12:00:00Z``); base64 (bytes): base64 text;
* map: ``--extended-properties KEY=VALUE`` (repeat the option for more pairs);
* list of scalars: ``--role-names a b c`` (or repeated);
* a model (``shape``), a list of models, or ``json``: JSON text, or ``@FILE`` to read it from a
  file. A model is a JSON object of its attribute names (``{"host_name": "vm1", ...}``);
  where the spec allows several model classes (a union, e.g. ``system_config``), the object
  names its class with ``"type"`` (``{"type": "LinuxConfigurationSet", "user_name": ...}``).
* secret strings (passwords, certificate data) may also be given as ``@FILE``.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import azure_asm.models
from azure_asm_runtime.catalog import ParamInfo
from azure_asm_runtime.legacy import NamedList
from azure_asm_runtime.xmlcodec import ResultList

#: The key naming the model class of a JSON object where a union of classes is accepted.
TYPE_KEY = "type"


class BadValue(ValueError):
    """A command-line value that cannot be turned into its argument (the message names it)."""


def read_at_file(text: str, what: str) -> str:
    """``@PATH`` -> the file's text (stripped of one trailing newline); other text as is."""
    if not text.startswith("@"):
        return text
    path = Path(text[1:])
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadValue(f"{what}: cannot read {path}: {exc.strerror or exc}") from None
    return content.removesuffix("\n")


def _datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date and time (e.g. 2024-05-01T12:00:00Z)"
        ) from None


def _bytes(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise argparse.ArgumentTypeError(f"{text!r} is not base64") from None


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    return key, value


#: argparse ``type=`` of each scalar type of the spec.
SCALAR_PARSERS: Mapping[str, Callable[[str], Any]] = {
    "string": str,
    "base64text": str,
    "int": int,
    "long": int,
    "float": float,
    "datetime": _datetime,
    "base64": _bytes,
}


def pair_parser() -> Callable[[str], tuple[str, str]]:
    return _pair


def takes_json(param: ParamInfo) -> bool:
    """Given as JSON text: models, lists of models and JSON parameters."""
    return param.kind in ("shape", "json") or (param.kind == "list" and param.item_is_shape)


def argument_value(param: ParamInfo, raw: Any, option: str) -> Any:
    """The SDK argument for what argparse parsed for ``param`` (already typed for scalars)."""
    if raw is None:
        return None
    if param.kind == "map":
        return dict(raw)
    if takes_json(param):
        text = read_at_file(raw, option)
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise BadValue(f"{option}: not valid JSON ({exc})") from None
        if param.kind == "json":
            return data
        if param.kind == "list":
            assert param.item is not None
            if not isinstance(data, list):
                raise BadValue(f"{option}: expected a JSON array of {param.item} objects")
            return [
                model_from_json(param.item, item, f"{option}[{i}]") for i, item in enumerate(data)
            ]
        return model_from_json(param.type, data, option)
    if param.secret and isinstance(raw, str):
        return read_at_file(raw, option)
    return raw


# --- JSON -> models -----------------------------------------------------------------------


def _model_types() -> dict[str, Any]:
    return vars(azure_asm.models)


_HINTS: dict[str, dict[str, Any]] = {}


def _init_hints(cls: type[Any]) -> dict[str, Any]:
    """The constructor's parameter types of a model class (its attributes)."""
    hints = _HINTS.get(cls.__name__)
    if hints is None:
        hints = typing.get_type_hints(cls.__init__, _model_types())
        hints.pop("return", None)
        _HINTS[cls.__name__] = hints
    return hints


def _is_model(tp: Any) -> bool:
    # The reference's list classes (`HostedServices`, ...) live there too, but are lists.
    return (
        isinstance(tp, type)
        and tp.__module__ == azure_asm.models.__name__
        and not issubclass(tp, list)
    )


def model_from_json(type_name: str, data: Any, where: str) -> Any:
    """A model (or union) instance of spec type ``type_name`` from decoded JSON."""
    return _convert(getattr(azure_asm.models, type_name), data, where)


def _convert(tp: Any, data: Any, where: str) -> Any:
    if data is None:
        return None
    if isinstance(tp, types.UnionType):
        classes = tuple(arg for arg in typing.get_args(tp) if arg is not type(None))
        if len(classes) > 1:
            return _convert_union(classes, data, where)
        tp = classes[0]
    if _is_model(tp):
        return _convert_model(tp, data, where)
    origin = typing.get_origin(tp)
    if origin is list:
        if not isinstance(data, list):
            raise BadValue(f"{where}: expected a JSON array")
        (item,) = typing.get_args(tp)
        return [_convert(item, value, f"{where}[{i}]") for i, value in enumerate(data)]
    if origin is dict or origin is Mapping:
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise BadValue(f"{where}: expected a JSON object of strings")
        return dict(data)
    if tp is bool:
        if not isinstance(data, bool):
            raise BadValue(f"{where}: expected true or false")
        return data
    if tp is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise BadValue(f"{where}: expected an integer")
        return data
    if tp is float:
        if not isinstance(data, int | float) or isinstance(data, bool):
            raise BadValue(f"{where}: expected a number")
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise BadValue(f"{where}: expected a string")
        return data
    if tp is datetime:
        if not isinstance(data, str):
            raise BadValue(f"{where}: expected an ISO 8601 date and time string")
        try:
            return datetime.fromisoformat(data)
        except ValueError:
            raise BadValue(f"{where}: {data!r} is not an ISO 8601 date and time") from None
    if tp is bytes:
        if not isinstance(data, str):
            raise BadValue(f"{where}: expected a base64 string")
        try:
            return base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise BadValue(f"{where}: not base64") from None
    return data  # pragma: no cover - every type of the spec is handled above


def _convert_union(classes: tuple[Any, ...], data: Any, where: str) -> Any:
    names = [cls.__name__ for cls in classes]
    if len(classes) == 1:
        return _convert_model(classes[0], data, where)
    if not isinstance(data, dict) or not isinstance(data.get(TYPE_KEY), str):
        raise BadValue(
            f'{where}: a JSON object naming its class with "{TYPE_KEY}": one of {", ".join(names)}'
        )
    wanted = data[TYPE_KEY]
    for cls in classes:
        if cls.__name__ == wanted:
            rest = {key: value for key, value in data.items() if key != TYPE_KEY}
            return _convert_model(cls, rest, where)
    raise BadValue(f'{where}: "{TYPE_KEY}" {wanted!r} is not one of {", ".join(names)}')


def _convert_model(cls: type[Any], data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise BadValue(f"{where}: expected a JSON object ({cls.__name__})")
    hints = _init_hints(cls)
    data = {key: value for key, value in data.items() if key != TYPE_KEY or key in hints}
    unknown = sorted(set(data) - set(hints))
    if unknown:
        raise BadValue(
            f"{where}: {cls.__name__} has no {', '.join(unknown)} "
            f"(it has: {', '.join(hints) or 'nothing'})"
        )
    return cls(
        **{key: _convert(hints[key], value, f"{where}.{key}") for key, value in data.items()}
    )


# --- results -> JSON-able data --------------------------------------------------------------


def _field_order(cls: type[Any]) -> list[str]:
    return list(getattr(cls, "__match_args__", ()))


def is_model(value: Any) -> bool:
    return _is_model(type(value))


def fields_of(value: Any) -> list[str]:
    """Attribute names of a model instance, in the order the spec lists them."""
    return _field_order(type(value))


def to_data(value: Any) -> Any:
    """Plain JSON-able data: the public `as_dict(keep_none=True)` of models and list results
    (attributes in spec order, None kept so that tables show every column; datetimes ISO 8601
    text, bytes base64 text), the same conversion for plain lists and dicts of them."""
    if is_model(value) or isinstance(value, NamedList | ResultList):
        return value.as_dict(keep_none=True)
    if isinstance(value, list | tuple):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_data(item) for key, item in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value
