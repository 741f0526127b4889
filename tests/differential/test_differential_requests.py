"""Differential tests of requests: every operation of ours against the reference package.

For each operation in the spec, Hypothesis draws arguments (tests/unit/strategies.py, text made
safe for the reference, which does not escape markup) and both packages send the call through a
fake transport. Method, path, query, `x-ms-version` and -- for operations with a body -- the
canonical XML (C14N 2.0, text stripped, prefixes rewritten) or the decoded JSON must be equal,
except where an entry of reference_bugs.REFERENCE_BUGS explains the difference.

Operations the reference does not have are skipped with that reason (and counted in
test_request_coverage). Operations whose spec is known to send something else than ASM takes are
xfail(strict=True) with the gap as reason: they must keep failing until the spec is fixed.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from lxml import etree

from tests.differential.differential_harness import (
    OPERATIONS_BY_NAME,
    SPEC,
    arguments,
    call_ours,
    call_reference,
    compare_request,
    convert_arguments,
    parameters_beyond_reference,
    reference_method,
    success,
)

#: Operations whose request the spec gets wrong (reported to the spec owner); each must fail.
SPEC_GAPS: dict[str, str] = {}

#: Parameters the reference requires that the spec leaves optional although ASM requires them
#: too (reported as spec gaps): always drawn, so the rest of the call is compared.
ALWAYS_GIVEN: dict[str, tuple[str, ...]] = {
    # Update Disk: ASM documents <Label> as required; the reference checks it.
    "update_disk": ("label",),
}

#: The spec's operations the reference package has (the others have nothing to compare with).
ALL_OPERATIONS = [op.name for op in SPEC.operations if reference_method(op.name) is not None]

#: Examples per operation (fewer than the profile's when it asks for more: ~160 operations).
EXAMPLES = 10


def _params() -> list[object]:
    params: list[object] = []
    for name in ALL_OPERATIONS:
        marks = []
        if name in SPEC_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=SPEC_GAPS[name]))
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("operation", _params())
def test_request_matches_reference(operation: str) -> None:
    op = OPERATIONS_BY_NAME[operation]

    @settings(
        max_examples=min(settings.default.max_examples, EXAMPLES),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        # A known gap fails at once: no time spent shrinking what is expected to fail.
        phases=[Phase.explicit, Phase.generate] if operation in SPEC_GAPS else list(Phase),
    )
    @given(
        arguments(
            op,
            always=ALWAYS_GIVEN.get(operation, ()),
            never=parameters_beyond_reference(operation),
        )
    )
    def check(kwargs: dict[str, object]) -> None:
        verdict = compare_request(operation, kwargs)
        assert verdict.equivalent, "\n".join(verdict.differences)

    check()


def test_arguments_are_drawn_under_any_seed() -> None:
    """Seed 5 made every draw of create_virtual_machine_deployment's arguments fail a filter
    (Unsatisfiable): a required value was drawn as `one_of(none(), value)` and then filtered
    for None, and Hypothesis kept picking the `none()` branch. Values are now drawn present."""
    op = OPERATIONS_BY_NAME["create_virtual_machine_deployment"]
    drawn: list[dict[str, object]] = []

    @seed(5)
    @settings(max_examples=10, deadline=None, database=None, phases=[Phase.generate])
    @given(arguments(op))
    def draw(kwargs: dict[str, object]) -> None:
        drawn.append(kwargs)

    draw()
    assert len(drawn) == 10
    required = {p.name for p in op.params if p.required}
    assert all(required <= kwargs.keys() for kwargs in drawn)


def test_request_coverage() -> None:
    """Every operation is compared, skipped because the reference lacks it, or a spec gap."""
    missing = [name for name in ALL_OPERATIONS if reference_method(name) is None]
    with_body = [op.name for op in SPEC.operations if op.request is not None]
    compared = [name for name in ALL_OPERATIONS if name not in missing and name not in SPEC_GAPS]
    assert set(SPEC_GAPS) <= set(ALL_OPERATIONS), "a spec gap names an unknown operation"
    assert len(compared) + len(missing) + len(SPEC_GAPS) == len(ALL_OPERATIONS)
    print(
        f"\nrequests: {len(ALL_OPERATIONS)} operations, {len(compared)} compared with the "
        f"reference ({len([n for n in with_body if n in compared])} with a body), "
        f"{len(SPEC_GAPS)} known spec gaps, {len(missing)} not in the reference: {missing}"
    )


# --- markup: the reference does not escape text -------------------------------------------

MARKUP = 'R&D <"team"> ]]>'


def test_reference_breaks_on_markup_while_we_escape_it() -> None:
    """The reason drawn text is made safe: the reference writes `&` and `<` as they are, so its
    body is not XML; ours escapes them and the text reads back as given."""
    kwargs = {"service_name": "mysvc", "label": "label", "description": MARKUP}
    answer = success("update_hosted_service")
    ours = call_ours("update_hosted_service", kwargs, answer)
    theirs = call_reference(
        "update_hosted_service", convert_arguments("update_hosted_service", kwargs), answer
    )
    assert ours.sent is not None and theirs.sent is not None
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(theirs.sent.body)
    description = etree.fromstring(ours.sent.body).findtext(
        "{http://schemas.microsoft.com/windowsazure}Description"
    )
    assert description == MARKUP


def test_every_operation_of_the_reference_is_compared() -> None:
    # The fact table (docs/reference/operations.md) lists the reference's 157 operations, all
    # in the spec: a lookup that stopped finding the reference's methods would compare nothing.
    assert len(ALL_OPERATIONS) >= 157, sorted(ALL_OPERATIONS)
