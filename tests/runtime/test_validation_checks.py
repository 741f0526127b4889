"""Argument checks of the runtime: string maps (a bad entry is named) and
JSON bodies (the offending value is named)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from azure_asm_runtime.validation import check_json, check_map


class Text(str):
    """A str subclass: accepted like str."""


def test_plain_entries_and_str_subclasses_pass() -> None:
    check_map("extended_properties", {"owner": "ops", Text("tier"): Text("web")})


@pytest.mark.parametrize(
    ("entries", "error", "message"),
    [
        ({"owner": 3}, TypeError, r"^extended_properties\['owner'\]: must be a str, got int$"),
        ({7: "x"}, TypeError, r"^extended_properties\[7\]: must be a str, got int$"),
        ({"owner": None}, ValueError, r"^extended_properties\['owner'\]: is required$"),
        (
            {"owner": "a\x00b"},
            ValueError,
            r"^extended_properties\['owner'\]: contains U\+0000, which XML 1.0 cannot carry$",
        ),
        (
            {"ok": "fine", "bad\x1f": "x"},
            ValueError,
            r"^extended_properties\['bad\\x1f'\]: contains U\+001F",
        ),
    ],
)
def test_a_bad_entry_is_named(entries: dict[object, object], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        check_map("extended_properties", entries)


def test_json_data_passes_datetimes_included() -> None:
    check_json("job", {"id": "j1", "startTime": datetime(2026, 1, 1, tzinfo=UTC), "n": [1, 2.5]})


def test_a_value_json_cannot_write_is_named() -> None:
    with pytest.raises(TypeError, match=r"^job: must be JSON data .*, got set$"):
        check_json("job", {1, 2})
    with pytest.raises(
        TypeError, match=r"^job: must be JSON data .*, got dict \(holding a bytes\)$"
    ):
        check_json("job", {"action": {"body": b"raw"}})


def test_a_circular_structure_is_a_value_error() -> None:
    loop: dict[str, object] = {}
    loop["self"] = loop
    with pytest.raises(ValueError, match=r"^job: cannot be sent as JSON \(Circular reference"):
        check_json("job", loop)


def test_a_key_json_cannot_carry_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"^job: cannot be sent as JSON \(keys must be"):
        check_json("job", {("a", "b"): 1})
