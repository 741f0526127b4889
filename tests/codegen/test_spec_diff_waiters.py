"""`codegen.diff` on the `waiters:` section: which changes of a waiter break its callers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen.diff import Change, Kind, diff_specs, format_text
from codegen.loader import load_spec
from tests.codegen.test_spec_diff import API, COMMON, edited

WAITERS = """\
waiters:
  x_ready:
    doc: Waits until an X is Ready.
    operation: get_x
    delay: 5
    max_attempts: 10
    acceptors:
      - {state: success, path: state, equals: Ready}
      - {state: retry, error: ResourceNotFound}
"""


def changes(tmp_path: Path, *edits: tuple[str, str]) -> list[Change]:
    old_folder = tmp_path / "old" / "spec"
    new_folder = tmp_path / "new" / "spec"
    for folder, waiters in ((old_folder, WAITERS), (new_folder, edited(WAITERS, *edits))):
        folder.mkdir(parents=True)
        (folder / "common.yaml").write_text(COMMON, encoding="utf-8")
        (folder / "api.yaml").write_text(API, encoding="utf-8")
        (folder / "waiters.yaml").write_text(waiters, encoding="utf-8")
    return diff_specs(load_spec(old_folder), load_spec(new_folder))


def on_waiter(kind: Kind, name: str = "x_ready", **fields: Any) -> Change:
    return Change("waiter", name, kind, "waiter", **fields)


def test_same_waiters_no_changes(tmp_path: Path) -> None:
    assert changes(tmp_path) == []


def test_added_and_removed_waiters(tmp_path: Path) -> None:
    found = changes(tmp_path, ("  x_ready:", "  x_done:"))
    assert found == [
        on_waiter("added", "x_done", reason="a new waiter"),
        on_waiter("removed", compatibility="breaking", reason="get_waiter(name) raises"),
    ]
    assert "BREAKING    removed waiter" in format_text(found, "a", "b")


def test_a_new_condition_breaks_a_new_pace_does_not(tmp_path: Path) -> None:
    found = changes(
        tmp_path,
        ("equals: Ready}", "equals: [Ready, Busy]}"),
        ("delay: 5", "delay: 2"),
        ("max_attempts: 10", "max_attempts: 30"),
    )
    assert [(c.aspect, c.before, c.after, c.compatibility) for c in found] == [
        (
            "acceptors",
            "success when state equals Ready; retry on error ResourceNotFound",
            "success when state equals Ready or Busy; retry on error ResourceNotFound",
            "breaking",
        ),
        ("delay", "5s", "2s", "compatible"),
        ("max attempts", "10", "30", "compatible"),
    ]


def test_a_renamed_command_breaks(tmp_path: Path) -> None:
    found = changes(tmp_path, ("    delay: 5\n", "    delay: 5\n    cli: {condition: ok}\n"))
    assert [(c.aspect, c.before, c.after, c.breaking) for c in found] == [
        ("asm command", "asm x wait ready", "asm x wait ok", True)
    ]
