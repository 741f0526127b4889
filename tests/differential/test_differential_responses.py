"""Differential tests of responses: every response model read by both packages.

For each operation that answers an XML document, the same body is given to our client (strict
mode) and to the reference's method of the same name, and the results are compared field by
field (differential_harness.compare_result: our attribute names mapped to the reference's,
our int/bool/datetime/base64 values converted explicitly against its mostly-text ones). The
bodies are Hypothesis-drawn models written by our serializer, and real documents: Apache
Libcloud's fixtures and the responses of the recordings in tests/replay/recordings.

A difference fails unless an entry of reference_bugs.REFERENCE_BUGS explains it. Fields our
models have and the reference's do not are not compared (the reference cannot read them); they
are counted in test_response_coverage.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from tests.differential.differential_harness import (
    OPERATIONS_BY_NAME,
    SPEC,
    Canned,
    RealDocument,
    arguments,
    call_ours,
    call_reference,
    compare_response,
    convert_arguments,
    libcloud_documents,
    reference_method,
)
from tests.unit.strategies import list_document_strategy, shape_strategy

#: Operations whose answer the reference does not read at all (it returns None): checked to
#: be so, and that we read the document, instead of compared field by field.
REFERENCE_IGNORES_RESPONSE = {
    "create_namespace": "the reference returns None (it ignores the namespace ASM answers)",
    "create_firewall_rule": "the reference returns None (it ignores the rule ASM answers)",
    "update_firewall_rule": "the reference returns None (it ignores the rule ASM answers)",
    "create_database": "the reference returns None (it ignores the database ASM answers)",
    "update_database": "the reference returns None (it ignores the database ASM answers)",
}

#: The spec's XML-answering operations the reference package has (nothing to compare otherwise).
RESPONSE_OPERATIONS = [
    op.name
    for op in SPEC.operations
    if op.response is not None
    and op.response.kind == "xml"
    and op.response.shape
    and reference_method(op.name) is not None
]

#: Examples per operation (fewer than the profile's when it asks for more: ~90 operations).
EXAMPLES = 8


def _documents(operation: str) -> st.SearchStrategy[bytes]:
    info = OPERATIONS[operation]
    response = OPERATIONS_BY_NAME[operation].response
    assert response is not None and CODECS[info.name].write_response is not None
    models = (
        list_document_strategy(response.shape)
        if response.is_list
        else shape_strategy(response.shape)
    )
    # minidom reads an escaped CR (`&#xD;`) back as LF: a reference quirk, not a difference
    # worth a bug entry per field, so drawn documents carry LF instead.
    return models.map(CODECS[info.name].write_response).map(
        lambda body: body.replace(b"&#xD;", b"&#xA;")
    )


def _explain(verdict: object) -> str:
    differences = getattr(verdict, "differences", [])
    return "\n".join(str(d) for d in differences)


def _check_read_alike(
    operation: str, kwargs: dict[str, object], body: bytes, *, strict: bool = True
) -> None:
    if operation not in REFERENCE_IGNORES_RESPONSE:
        verdict = compare_response(operation, kwargs, body, strict=strict)
        assert verdict.equivalent, _explain(verdict)
        return
    answer = Canned(200, body)
    ours = call_ours(operation, dict(kwargs), answer, strict=strict)
    theirs = call_reference(operation, convert_arguments(operation, dict(kwargs)), answer)
    assert ours.error is None and ours.result is not None, ours.error
    assert theirs.error is None and theirs.result is None, REFERENCE_IGNORES_RESPONSE[operation]


@pytest.mark.parametrize("operation", RESPONSE_OPERATIONS)
def test_drawn_documents_read_alike(operation: str) -> None:
    op = OPERATIONS_BY_NAME[operation]

    @settings(
        max_examples=min(settings.default.max_examples, EXAMPLES),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(arguments(op), _documents(operation))
    def check(kwargs: dict[str, object], body: bytes) -> None:
        _check_read_alike(operation, kwargs, body)

    check()


def _recorded_documents() -> list[RealDocument]:
    """The 2xx XML answers of the recordings in tests/replay/recordings (see their README)."""
    from tests.replay.replay_harness import all_recorded, find_operation, recover_arguments

    documents = []
    for recorded in all_recorded():
        op = find_operation(recorded)
        if (
            op is None
            or recorded.status >= 300
            or not recorded.response_body.lstrip().startswith(b"<")
            or op.name not in RESPONSE_OPERATIONS
        ):
            continue
        kwargs = recover_arguments(op, recorded)
        documents.append(
            RealDocument(f"recording/{recorded.id}", op.name, kwargs, recorded.response_body)
        )
    return documents


REAL_DOCUMENTS = [
    document
    for document in libcloud_documents() + _recorded_documents()
    if reference_method(document.operation) is not None
]


@pytest.mark.parametrize("document", REAL_DOCUMENTS, ids=lambda d: d.name)
def test_real_documents_read_alike(document: RealDocument) -> None:
    # Not strict: elements the spec lacks are the replay tests' business (tests/replay); here
    # what both packages read is compared.
    _check_read_alike(document.operation, dict(document.kwargs), document.body, strict=False)


def test_response_coverage() -> None:
    """Every response operation is compared or skipped for a reason; the reference's ignoring
    of a response is checked, not assumed."""
    from tests.differential.differential_harness import call_reference, convert_arguments, success

    missing = [name for name in RESPONSE_OPERATIONS if reference_method(name) is None]
    assert set(REFERENCE_IGNORES_RESPONSE) <= set(RESPONSE_OPERATIONS)
    compared = [
        name
        for name in RESPONSE_OPERATIONS
        if name not in missing and name not in REFERENCE_IGNORES_RESPONSE
    ]
    models = {OPERATIONS_BY_NAME[name].response.shape for name in compared}  # type: ignore[union-attr]
    assert len(REAL_DOCUMENTS) >= 10
    print(
        f"\nresponses: {len(RESPONSE_OPERATIONS)} operations answer XML; {len(compared)} compared "
        f"({len(models)} response models), {len(REFERENCE_IGNORES_RESPONSE)} not read by the "
        f"reference, {len(missing)} not in the reference: {missing}; "
        f"{len(REAL_DOCUMENTS)} real documents"
    )
    del call_reference, convert_arguments, success
