"""The `waiters:` section of the spec: what the loader builds and every mistake it names.

Each case writes a tiny spec folder (the `common.yaml` of `test_loader_errors` plus a file
with two reads and the waiter under test), so messages start with
`spec/waiters.yaml: waiters.<name>...: `.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from codegen.ir import Acceptor
from codegen.loader import load_spec
from tests.codegen.test_loader_errors import assert_error, spec_error, write_spec

READS = """\
operations:
  get_thing:
    doc: Reads a thing.
    http: {method: GET, path: "/{subscription_id}/things/{thing_name}"}
    params:
      - {name: thing_name, type: string, required: true}
      - {name: detail, type: bool}
    response: Thing
  list_things:
    doc: Lists the things.
    http: {method: GET, path: "/{subscription_id}/things"}
    response: {list: Thing, xml: Things}
  delete_thing:
    doc: Deletes a thing.
    http: {method: DELETE, path: "/{subscription_id}/things/{thing_name}"}
    async: true
    params:
      - {name: thing_name, type: string, required: true}
shapes:
  Thing:
    doc: A thing.
    xml: Thing
    members:
      - {name: name, xml: Name, type: string}
      - {name: status, xml: Status, type: string}
      - {name: size, xml: Size, type: int}
      - {name: password, xml: Password, type: string, secret: true}
      - {name: tags, xml: Tags, type: map}
      - {name: owner, xml: Owner, type: Owner}
      - {name: parts, xml: Parts, type: list, item: Part}
      - {name: aliases, xml: Aliases, type: list, item: string, item_xml: Alias}
  Owner:
    doc: Who owns it.
    xml: Owner
    members:
      - {name: name, xml: Name, type: string}
  Part:
    doc: A part.
    xml: Part
    members:
      - {name: state, xml: State, type: string}
"""


def waiter_file(body: str, name: str = "thing_ready") -> dict[str, str]:
    text = READS + "waiters:\n  " + name + ":\n" + textwrap.indent(textwrap.dedent(body), "    ")
    return {"waiters.yaml": text}


GOOD = """\
doc: Waits for a thing.
operation: get_thing
params: {detail: true}
delay: 2.5
max_attempts: 7
acceptors:
  - {state: success, path: status, equals: Ready}
  - {state: failure, path: "parts[].state", any: [Broken, Lost]}
  - {state: retry, error: ResourceNotFound}
  - {state: success, path: owner, equals: null}
  - {state: retry, returned: true}
"""


def test_a_valid_waiter_is_built_into_the_ir(tmp_path: Path) -> None:
    spec = load_spec(write_spec(tmp_path, waiter_file(GOOD)))
    (waiter,) = spec.waiters
    assert (waiter.name, waiter.operation, waiter.client) == (
        "thing_ready",
        "get_thing",
        "TestService",
    )
    assert (waiter.delay, waiter.max_attempts, waiter.params) == (2.5, 7, (("detail", True),))
    assert (waiter.cli_group, waiter.cli_condition) == ("thing", "ready")  # thing_ready
    assert waiter.acceptors == (
        Acceptor("success", path="status", steps=("status",), expected=("Ready",)),
        Acceptor(
            "failure",
            path="parts[].state",
            steps=("parts", "[]", "state"),
            match="any",
            expected=("Broken", "Lost"),
        ),
        Acceptor("retry", error="ResourceNotFound"),
        Acceptor("success", path="owner", steps=("owner",), expected=(None,)),
        Acceptor("retry", returned=True),
    )


def test_defaults_and_cli_override(tmp_path: Path) -> None:
    body = """\
    doc: Waits.
    operation: list_things
    cli: {condition: all-ready}
    acceptors:
      - {state: success, path: "[].status", all: Ready}
    """
    spec = load_spec(write_spec(tmp_path, waiter_file(body, "things_ready")))
    (waiter,) = spec.waiters
    assert (waiter.delay, waiter.max_attempts) == (15.0, 40)
    assert (waiter.cli_group, waiter.cli_condition) == ("thing", "all-ready")
    assert waiter.acceptors[0].steps == ("[]", "status")


WHERE = "spec/waiters.yaml: waiters.thing_ready"


@pytest.mark.parametrize(
    ("change", "entry", "problem"),
    [
        (
            ("operation: get_thing", "operation: get_nothing"),
            ".operation",
            "'get_nothing' is not an operation",
        ),
        (
            ("operation: get_thing", "operation: delete_thing"),
            ".operation",
            "a waiter polls a read",
        ),
        (
            ("params: {detail: true}", "params: {nope: 1}"),
            ".params.nope",
            "not a parameter of 'get_thing'",
        ),
        (
            ("params: {detail: true}", "params: {detail: 3}"),
            ".params.detail",
            "not a literal of type bool",
        ),
        (("delay: 2.5", "delay: 0"), ".delay", "positive number of seconds"),
        (("max_attempts: 7", "max_attempts: many"), ".max_attempts", "positive number of attempts"),
        (
            ("path: status, equals: Ready", "path: state, equals: Ready"),
            ".acceptors[0]",
            "'state' is not a member of Thing",
        ),
        (
            ("path: status, equals: Ready", "path: password, equals: x"),
            ".acceptors[0]",
            "'password' is a secret member",
        ),
        (
            ("path: status, equals: Ready", "path: tags, equals: x"),
            ".acceptors[0]",
            "'tags' is a map",
        ),
        (
            ("path: status, equals: Ready", "path: 'status[]', equals: x"),
            ".acceptors[0]",
            "[] follows something that is not a list",
        ),
        (
            ("path: status, equals: Ready", "path: status.x, equals: x"),
            ".acceptors[0]",
            "'x': what precedes it has no members",
        ),
        (
            ("path: status, equals: Ready", "path: 'Status', equals: x"),
            ".acceptors[0]",
            "is not a member name",
        ),
        (
            ("path: status, equals: Ready", "path: 'parts[].state', equals: x"),
            ".acceptors[0]",
            "yields a list: compare it with 'any' or 'all'",
        ),
        (
            ("path: status, equals: Ready", "path: status, all: Ready"),
            ".acceptors[0]",
            "yields one value: compare it with 'equals'",
        ),
        (
            ("path: status, equals: Ready", "path: size, equals: big"),
            ".acceptors[0].equals",
            "'big' is not a literal of type int",
        ),
        (
            ("path: status, equals: Ready", "path: owner, equals: Bob"),
            ".acceptors[0].equals",
            "not a scalar: only null",
        ),
        (
            ("path: status, equals: Ready", "path: status, equals: []"),
            ".acceptors[0].equals",
            "expected at least one value",
        ),
        (
            ("path: status, equals: Ready", "path: status, equals: Ready, any: Ready"),
            ".acceptors[0]",
            "exactly one of: equals, any, all",
        ),
        (
            ("path: status, equals: Ready", "path: status"),
            ".acceptors[0]",
            "exactly one of: equals, any, all",
        ),
        (
            ("state: success, path: status", "state: done, path: status"),
            ".acceptors[0].state",
            "'done' is not one of: success, failure, retry",
        ),
        (
            ("error: ResourceNotFound", "error: ResourceNotFound, returned: true"),
            ".acceptors[2]",
            "exactly one of 'path', 'error' or 'returned'",
        ),
        (
            ("error: ResourceNotFound", "error: ResourceNotFound, equals: x"),
            ".acceptors[2]",
            "go with 'path'",
        ),
        (
            ("error: ResourceNotFound", "error: 'Not Found'"),
            ".acceptors[2].error",
            "not an ASM error code",
        ),
        (("returned: true", "returned: false"), ".acceptors[4].returned", "can only be true"),
        (("acceptors:", "acceptorz:"), "", "unknown key 'acceptorz'"),
    ],
)
def test_waiter_mistakes_name_the_file_and_entry(
    tmp_path: Path, change: tuple[str, str], entry: str, problem: str
) -> None:
    old, new = change
    assert old in GOOD
    body = GOOD.replace(old, new, 1)
    message = spec_error(tmp_path, waiter_file(body))
    assert_error(message, WHERE + entry, problem)


def test_a_waiter_without_success_never_ends(tmp_path: Path) -> None:
    body = """\
    doc: Waits.
    operation: get_thing
    acceptors:
      - {state: retry, error: ResourceNotFound}
    """
    message = spec_error(tmp_path, waiter_file(body))
    assert_error(message, WHERE + ".acceptors", "no acceptor has state 'success'")


def test_waiter_names_and_commands_are_unique(tmp_path: Path) -> None:
    body = "doc: W.\noperation: get_thing\nacceptors:\n  - {state: success, returned: true}\n"
    message = spec_error(tmp_path, waiter_file(body, "Thing_Ready"))
    assert_error(message, "spec/waiters.yaml: waiters.Thing_Ready", "snake_case identifiers")
    files = waiter_file(body, "thing_ready")
    files["waiters.yaml"] += "  ready_thing:\n" + textwrap.indent(
        body + "cli: {condition: ready}\n", "    "
    )
    (tmp_path / "two").mkdir()
    message = spec_error(tmp_path / "two", files)
    assert_error(
        message,
        "spec/waiters.yaml: waiters.ready_thing",
        "`asm thing wait ready` is also waiter 'thing_ready'",
    )


def test_waiter_defined_twice_names_both_files(tmp_path: Path) -> None:
    body = "doc: W.\noperation: get_thing\nacceptors:\n  - {state: success, returned: true}\n"
    files = waiter_file(body)
    files["zz_more.yaml"] = "waiters:\n  thing_ready:\n" + textwrap.indent(body, "    ")
    message = spec_error(tmp_path, files)
    assert_error(
        message,
        "spec/zz_more.yaml: waiters.thing_ready",
        "defined twice (also in spec/waiters.yaml)",
    )


def test_cli_group_must_exist_and_wait_must_be_free(tmp_path: Path) -> None:
    body = (
        "doc: W.\noperation: get_thing\ncli: {group: gadget}\n"
        "acceptors:\n  - {state: success, returned: true}\n"
    )
    message = spec_error(tmp_path, waiter_file(body))
    assert_error(message, WHERE + ".cli", "'gadget' is not a group of `asm`")
    clash = READS.replace(
        "  list_things:\n",
        "  wait_thing:\n"
        "    doc: An operation whose command is `asm thing wait`.\n"
        '    http: {method: GET, path: "/{subscription_id}/wait"}\n'
        "    response: Thing\n"
        "  list_things:\n",
    )
    files = {
        "waiters.yaml": clash
        + "waiters:\n  thing_ready:\n"
        + textwrap.indent(body.replace("cli: {group: gadget}\n", ""), "    ")
    }
    (tmp_path / "two").mkdir()
    message = spec_error(tmp_path / "two", files)
    assert_error(message, WHERE, "`asm thing wait` is already an operation's command")
