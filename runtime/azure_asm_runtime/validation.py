"""Argument checks that generated methods run before any request is sent.

Every failure is a `ValueError` (or `TypeError` for a wrong type) whose message starts with the
argument's name and states the rule, e.g. ``service_name: must match ^[a-z0-9]{3,24}$``.
Values are never echoed for secrets.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any, overload

from azure_asm_runtime.xmlcodec import INVALID_XML, NotJsonError, invalid_xml_char, json_body

# Bound once: every string argument is checked with it.
_has_invalid_xml_char = INVALID_XML.search


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _shown(value: object, secret: bool) -> str:
    return "<secret>" if secret else repr(value)


def check_required(name: str, value: object, *, where: str = "") -> None:
    if value is None:
        raise ValueError(f"{where}{name}: is required")


def check_string(
    name: str,
    value: object,
    *,
    required: bool = False,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    enum: tuple[str, ...] = (),
    secret: bool = False,
    encoded: bool = False,
    where: str = "",
) -> None:
    """Check a text value; `encoded` ones (base64 on the wire) may hold any character."""
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, str):
        raise TypeError(f"{where}{name}: must be a str, got {type(value).__name__}")
    if encoded:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            raise ValueError(
                f"{where}{name}: contains U+{code:04X}, which UTF-8 cannot carry"
            ) from None
    elif _has_invalid_xml_char(value) is not None:
        bad = invalid_xml_char(value) or ""
        raise ValueError(f"{where}{name}: contains U+{ord(bad):04X}, which XML 1.0 cannot carry")
    if min_length is not None and len(value) < min_length:
        raise ValueError(f"{where}{name}: must be at least {min_length} characters long")
    if max_length is not None and len(value) > max_length:
        raise ValueError(f"{where}{name}: must be at most {max_length} characters long")
    # fullmatch: with search, `$` also matches before a trailing newline.
    if pattern is not None and _compiled(pattern).fullmatch(value) is None:
        raise ValueError(f"{where}{name}: {_shown(value, secret)} must match {pattern}")
    if enum and value not in enum:
        raise ValueError(f"{where}{name}: {_shown(value, secret)} must be one of {', '.join(enum)}")


def check_path_segment(name: str, value: object, *, where: str = "") -> None:
    """A value placed in the URL path must name one resource: an empty, `.` or `..` segment
    would be normalised away and address another one (`roles/..` is the deployment)."""
    check_string(name, value, required=True, min_length=1, where=where)
    if value in (".", ".."):
        raise ValueError(f"{where}{name}: {value!r} cannot be a name in a URL path")


#: A whole number as the reference package took it: decimal digits, optionally signed.
_DECIMAL = re.compile(r"[+-]?[0-9]+")
_BOOL_TEXT = {"true": True, "false": False}


@overload
def check_int(
    name: str,
    value: int | str,
    *,
    required: bool = False,
    minimum: int | None = None,
    maximum: int | None = None,
    where: str = "",
) -> int: ...


@overload
def check_int(
    name: str,
    value: object,
    *,
    required: bool = False,
    minimum: int | None = None,
    maximum: int | None = None,
    where: str = "",
) -> int | None: ...


def check_int(
    name: str,
    value: object,
    *,
    required: bool = False,
    minimum: int | None = None,
    maximum: int | None = None,
    where: str = "",
) -> int | None:
    """Check an integer argument and return it; a string of decimal digits (`'22'`, as code
    written for the reference package passes ports and sizes) is returned as its int."""
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return None
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{where}{name}: must be an int, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{where}{name}: must be at least {minimum}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{where}{name}: must be at most {maximum}")
    return value


def check_float(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> None:
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{where}{name}: must be a number, got {type(value).__name__}")


@overload
def check_bool(
    name: str, value: bool | str, *, required: bool = False, where: str = ""
) -> bool: ...


@overload
def check_bool(
    name: str, value: object, *, required: bool = False, where: str = ""
) -> bool | None: ...


def check_bool(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> bool | None:
    """Check a boolean argument and return it; `'true'` and `'false'` (any case), as code
    written for the reference package passes them, are returned as True and False."""
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return None
    if isinstance(value, str) and value.lower() in _BOOL_TEXT:
        return _BOOL_TEXT[value.lower()]
    if not isinstance(value, bool):
        raise TypeError(f"{where}{name}: must be a bool, got {type(value).__name__}")
    return value


def check_datetime(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> None:
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, datetime):
        raise TypeError(f"{where}{name}: must be a datetime, got {type(value).__name__}")


def check_bytes(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> None:
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, bytes):
        raise TypeError(f"{where}{name}: must be bytes, got {type(value).__name__}")


def check_map(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> None:
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{where}{name}: must be a mapping of str to str, got {type(value).__name__}"
        )
    for key, item in value.items():
        check_string(f"{where}{name}[{key!r}]", key, required=True)
        check_string(f"{where}{name}[{key!r}]", item, required=True)


def check_list(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> None:
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, list | tuple):
        raise TypeError(f"{where}{name}: must be a list, got {type(value).__name__}")


def check_instance(
    name: str,
    value: object,
    types: type | tuple[type, ...],
    *,
    required: bool = False,
    where: str = "",
) -> None:
    """Check that a model argument is of the expected class (or None when optional)."""
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    if not isinstance(value, types):
        expected = types if isinstance(types, tuple) else (types,)
        names = " or ".join(t.__name__ for t in expected)
        raise TypeError(f"{where}{name}: must be {names}, got {type(value).__name__}")


def check_exactly_one(**values: Any) -> None:
    given = [name for name, value in values.items() if value is not None]
    if len(given) != 1:
        names = " and ".join(values)
        raise ValueError(f"{names}: exactly one must be given (got {len(given)})")


def check_at_most_one(**values: Any) -> None:
    given = [name for name, value in values.items() if value is not None]
    if len(given) > 1:
        raise ValueError(f"{' and '.join(given)}: at most one may be given")


def check_json(
    name: str,
    value: object,
    *,
    required: bool = False,
    where: str = "",
) -> None:
    """A JSON body: anything `json.dumps` accepts (datetimes are written as ISO 8601)."""
    if value is None:
        if required:
            raise ValueError(f"{where}{name}: is required")
        return
    try:
        json_body(value)
    except RecursionError:  # the encoder recurses once per level of nesting
        raise ValueError(
            f"{where}{name}: cannot be sent as JSON (nested too deeply: lists and dicts "
            f"inside one another more than about {sys.getrecursionlimit()} levels)"
        ) from None
    except NotJsonError as exc:
        inside = "" if exc.value is value else f" (holding a {type(exc.value).__name__})"
        raise TypeError(
            f"{where}{name}: must be JSON data (dict, list, str, int, float, bool, None or "
            f"datetime), got {type(value).__name__}{inside}"
        ) from None
    except TypeError as exc:  # a key JSON cannot carry (a tuple, ...)
        raise TypeError(f"{where}{name}: cannot be sent as JSON ({exc})") from None
    except ValueError as exc:  # a circular reference
        raise ValueError(f"{where}{name}: cannot be sent as JSON ({exc})") from None
