"""The reference bug list stays exact: every entry is still needed, well-formed and documented.

An entry excuses a difference between the two packages. If the reference were fixed (or our
side changed) so that the difference no longer occurs, the entry would silently excuse nothing:
here each entry's example must differ without the entry and match with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.differential.differential_harness import (
    OPERATIONS_BY_NAME,
    SHAPES,
    compare_request,
    compare_response,
)
from tests.differential.reference_bugs import (
    REFERENCE_BUGS,
    ReferenceBug,
    RequestExample,
    ResponseExample,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "legacy-differences.md"


def _differs_without(bug: ReferenceBug) -> list[str]:
    """What the example shows when this entry is left out (empty: no difference)."""
    example = bug.example
    if isinstance(example, RequestExample):
        return compare_request(example.operation, example.kwargs, without=bug.id).differences
    assert isinstance(example, ResponseExample)
    try:
        verdict = compare_response(example.operation, example.kwargs, example.body, without=bug.id)
    except AssertionError as error:  # the reference's crash, no longer excused
        return [str(error)]
    return [str(d) for d in verdict.differences]


def _matches_with(bug: ReferenceBug) -> tuple[bool, list[str], list[str]]:
    """(equivalent, differences, ids of the entries that explained something)."""
    example = bug.example
    if isinstance(example, RequestExample):
        verdict = compare_request(example.operation, example.kwargs)
        return verdict.equivalent, verdict.differences, verdict.excused_by
    assert isinstance(example, ResponseExample)
    response = compare_response(example.operation, example.kwargs, example.body)
    used = response.excused_by + [bug_id for bug_id, _ in response.excused]
    return response.equivalent, [str(d) for d in response.differences], used


@pytest.mark.parametrize("bug", REFERENCE_BUGS, ids=lambda bug: bug.id)
def test_every_entry_is_still_needed(bug: ReferenceBug) -> None:
    equivalent, differences, _ = _matches_with(bug)
    assert equivalent, f"{bug.id}: its example differs even with the list:\n" + "\n".join(
        differences
    )
    assert _differs_without(bug), (
        f"{bug.id}: without this entry its example shows no difference any more: the reference "
        "(or our side) changed; remove the entry and its row in docs/legacy-differences.md"
    )


@pytest.mark.parametrize("bug", REFERENCE_BUGS, ids=lambda bug: bug.id)
def test_every_entry_is_well_formed(bug: ReferenceBug) -> None:
    assert bug.id and bug.where and bug.reference and bug.ours and bug.why
    assert bug.example.operation in OPERATIONS_BY_NAME, bug.example.operation
    if bug.side == "request":
        assert bug.operations(bug.example.operation), f"{bug.id} does not apply to its example"
        assert not bug.fields
        assert any(
            hook is not None
            for hook in (
                bug.adjust,
                bug.fix_reference,
                bug.fix_ours,
                bug.fix_reference_path,
                bug.reference_error,
                bug.our_version,
            )
        ), f"{bug.id} excuses nothing"
    else:
        assert bug.fields or bug.reference_error is not None, f"{bug.id} excuses nothing"
        for model, field in bug.fields:
            assert model in SHAPES, f"{bug.id}: no model {model}"
            assert field in {m.name for m in SHAPES[model].fields}, f"{bug.id}: no {model}.{field}"


@pytest.mark.parametrize("bug", REFERENCE_BUGS, ids=lambda bug: bug.id)
def test_every_entry_has_a_row_in_the_legacy_differences(bug: ReferenceBug) -> None:
    rows = [line for line in DOCS.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    assert any(bug.docs_key in row for row in rows), (
        f"docs/legacy-differences.md has no row for {bug.id} (looked for {bug.docs_key!r})"
    )


def test_the_list_is_printed() -> None:
    """The list in one place, for the report (-s shows it)."""
    lines = [
        f"{bug.id} [{bug.side}] {bug.where}: {bug.reference} / {bug.ours}" for bug in REFERENCE_BUGS
    ]
    print("\n" + "\n".join(lines))
    assert len({bug.id for bug in REFERENCE_BUGS}) == len(REFERENCE_BUGS)
