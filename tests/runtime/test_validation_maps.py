"""String maps (extended properties): the fast path for plain entries must not hide a bad one."""

from __future__ import annotations

import pytest

from azure_asm_runtime.validation import check_map


class Text(str):
    """A str subclass: accepted like str, though it skips the fast path."""


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
