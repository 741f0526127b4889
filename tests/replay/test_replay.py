"""Real recorded ASM traffic replayed through our client (recordings: see recordings/README.md).

For every interaction of every recording that is a call of one of our operations, the client is
called with the arguments the recorded request implies, through a transport answering from the
recording, and

* the request it sends must be equivalent to the recorded one: method, path, query (in any
  order), x-ms-version and the canonical body (C14N 2.0, text stripped, prefixes rewritten), or
  the decoded JSON; the recorded requests were sent by the reference package, so its bugs of
  tests/differential/reference_bugs.py that change a request are applied to the recorded side;
* the recorded response must parse in strict mode (every element described by the spec), or,
  for a recorded error status, raise the typed error with that status.

A case that fails because the spec lacks something is xfail(strict=True) with the precise gap
(SPEC_GAPS), never weakened.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from lxml import etree

from azure_asm_runtime.errors import AsmHttpError
from azure_asm_runtime.polling import AsyncOperation
from tests.differential.differential_harness import (
    canonical,
    canonical_tree,
    drop_atom_boilerplate,
)
from tests.differential.reference_bugs import request_bugs
from tests.replay.replay_harness import (
    OPERATIONS_BY_NAME,
    SPEC,
    Recorded,
    ReplayTransport,
    all_recorded,
    client_for,
    find_operation,
    load,
    recording_files,
    recover_arguments,
)

#: Recorded interactions our spec cannot read or send as recorded: interaction id -> (the gap,
#: the error it causes). Each is xfail(strict=True): fixing the spec makes it pass, and fail.
SPEC_GAPS: dict[str, tuple[str, type[BaseException]]] = {}

RECORDED = all_recorded()
CASES = [(recorded, find_operation(recorded)) for recorded in RECORDED]
CALLS = [(recorded, op) for recorded, op in CASES if op is not None]


#: Recorded requests ours cannot match, per interaction id (xfail(strict=True) on the request
#: comparison): a spec gap, or a recording made by an older reference than the differential
#: tests' 0.20.8.
REQUEST_GAPS: dict[str, str] = {
    "misc.test_update_os_image_from_image_reference#3": (
        "recorded by the reference 0.20.2, whose Update OS Image body also carried <MediaLink>, "
        "<Name> and <OS> (not elements of Update OS Image, so UpdateOSImageInput has no such "
        "members) and an empty <PublishedDate> (no datetime value to send back), in another order "
        "(Description before Eula, Eula after RecommendedVMSize); 0.20.8 and we write Label, Eula, "
        "Description, ImageFamily, ShowInGui, PublishedDate, IconUri, PrivacyUri, "
        "RecommendedVMSize, SmallIconUri, Language"
    ),
}


def _params(*, gaps: bool) -> list[object]:
    params = []
    for recorded, op in CALLS:
        assert op is not None
        marks = []
        if gaps and recorded.id in SPEC_GAPS:
            reason, error = SPEC_GAPS[recorded.id]
            marks.append(pytest.mark.xfail(strict=True, reason=reason, raises=error))
        if not gaps and recorded.id in REQUEST_GAPS:
            marks.append(
                pytest.mark.xfail(
                    strict=True, reason=REQUEST_GAPS[recorded.id], raises=AssertionError
                )
            )
        params.append(pytest.param(recorded, op.name, marks=marks, id=f"{recorded.id}-{op.name}"))
    return params


def _replay(recorded: Recorded, operation: str) -> tuple[ReplayTransport, object]:
    """Call `operation` as recorded; (the transport, the result or the exception raised)."""
    op = OPERATIONS_BY_NAME[operation]
    kwargs = recover_arguments(op, recorded)
    transport = ReplayTransport(load(recorded.file), start=recorded.index)
    client = client_for(op, transport)
    try:
        return transport, getattr(client, operation)(**kwargs)
    except Exception as error:  # noqa: BLE001 - judged by the caller
        return transport, error


def _request_differences(operation: str, recorded: Recorded, sent: object) -> list[str]:
    from tests.differential.differential_harness import sent_from_ours

    op = OPERATIONS_BY_NAME[operation]
    mine = sent_from_ours(sent)  # type: ignore[arg-type]
    bugs = request_bugs(operation)
    path = recorded.path
    for bug in bugs:
        if bug.fix_reference_path is not None:
            path = bug.fix_reference_path(path)
    differences = []
    if mine.method != recorded.method:
        differences.append(f"method: ours {mine.method}, recorded {recorded.method}")
    if mine.path != path:
        differences.append(f"path: ours {mine.path}, recorded {path}")
    if sorted(mine.query) != sorted(recorded.query):
        differences.append(f"query: ours {mine.query}, recorded {recorded.query}")
    # An operation we send at a newer version than the reference (a documented reference-bug
    # entry with `our_version`) is compared with that version, as in the differential tests.
    version = recorded.headers.get("x-ms-version")
    for bug in bugs:
        if bug.our_version is not None:
            version = bug.our_version
    if mine.header("x-ms-version") != version:
        differences.append(
            f"x-ms-version: ours {mine.header('x-ms-version')}, expected {version} "
            f"(recorded {recorded.headers.get('x-ms-version')})"
        )
    if op.request is not None and op.request.kind == "json":
        if json.loads(mine.body or b"null") != json.loads(recorded.body or b"null"):
            differences.append(f"JSON body: ours {mine.body!r}, recorded {recorded.body!r}")
    elif recorded.body or mine.body:
        if not (recorded.body and mine.body):
            differences.append(f"body: ours {mine.body!r}, recorded {recorded.body!r}")
        else:
            theirs = etree.fromstring(canonical(recorded.body).encode("utf-8"))
            ours = etree.fromstring(canonical(mine.body).encode("utf-8"))
            drop_atom_boilerplate(theirs)
            for bug in bugs:
                if bug.fix_reference is not None:
                    bug.fix_reference(theirs)
                if bug.fix_ours is not None:
                    bug.fix_ours(ours)
            if canonical_tree(ours) != canonical_tree(theirs):
                differences.append(
                    f"body:\n  ours     {canonical_tree(ours)}\n  recorded {canonical_tree(theirs)}"
                )
    return differences


@pytest.mark.parametrize(("recorded", "operation"), _params(gaps=False))
def test_recorded_request_is_sent_alike(recorded: Recorded, operation: str) -> None:
    """Our client sends what the reference sent (whatever becomes of the answer)."""
    transport, _ = _replay(recorded, operation)
    assert transport.requests, "nothing was sent"
    assert transport.start == recorded.index + 1, "the request matched another recorded call"
    differences = _request_differences(operation, recorded, transport.requests[0])
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize(("recorded", "operation"), _params(gaps=True))
def test_recorded_response_reads_strictly(recorded: Recorded, operation: str) -> None:
    """The recorded answer reads in strict mode, or raises the typed error of its status."""
    op = OPERATIONS_BY_NAME[operation]
    _, result = _replay(recorded, operation)
    if recorded.status >= 300:
        assert isinstance(result, AsmHttpError), f"a recorded {recorded.status} gave {result!r}"
        assert result.status == recorded.status
        return
    if isinstance(result, Exception):
        raise result
    if op.is_async:
        assert isinstance(result, AsyncOperation)
        assert result.request_id == recorded.response_headers.get("x-ms-request-id")
    elif op.response is not None and recorded.response_body:
        assert result is not None
        assert not getattr(result, "unknown_elements", ()), "strict mode kept unknown elements"


def test_replay_coverage() -> None:
    """Which operations the recordings exercise; interactions that are no call of ours (other
    hosts, e.g. blob storage) are counted, and every recording file is used."""
    covered = Counter(op.name for _, op in CALLS if op is not None)
    others = [recorded.id for recorded, op in CASES if op is None]
    assert {recorded.file for recorded, _ in CALLS} == set(recording_files())
    without = sorted(op.name for op in SPEC.operations if op.name not in covered)
    print(
        f"\nreplay: {len(recording_files())} recordings, {len(RECORDED)} interactions, "
        f"{len(CALLS)} calls of {len(covered)} operations ({len(SPEC_GAPS)} response and "
        f"{len(REQUEST_GAPS)} request gaps), "
        f"{len(others)} interactions that are no call of ours: {others}\n"
        f"covered: {sorted(covered)}\nwithout a recording here: {without}"
    )
