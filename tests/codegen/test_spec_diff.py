"""`codegen.diff` and `python -m codegen diff`: one test per kind of change.

Each case edits a copy of a small spec (`API`: a request shape sent by `create_x`, a response
shape returned by `get_x`, a union) and asserts the exact change records between the two.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

import codegen.__main__
from codegen.__main__ import main
from codegen.diff import Change, Kind, diff_specs, format_text
from codegen.ir import Spec
from codegen.loader import load_spec

REPO = Path(__file__).resolve().parents[2]

COMMON = """\
namespaces:
  wa: http://schemas.microsoft.com/windowsazure
  i: http://www.w3.org/2001/XMLSchema-instance
clients:
  TestService:
    doc: The client.
    x_ms_version: "2014-10-01"
    content_type: application/xml
    default: true
"""

API = """\
operations:
  create_x:
    doc: Creates an X.
    http:
      method: POST
      path: "/{subscription_id}/xs"
      query:
        comp: {value: media, when: complete}
    async: true
    params:
      - {name: name, type: string, required: true}
      - {name: size, type: int, constraints: {maximum: 10}}
      - {name: kind, type: string, constraints: {enum: [Small, Large]}}
      - {name: password, type: string, secret: true}
      - {name: complete, type: bool, default: false}
    request: X
  get_x:
    doc: Gets an X.
    http: {method: GET, path: "/{subscription_id}/xs/{name}"}
    expect: [200]
    params:
      - {name: name, type: string, required: true}
    response: Y
shapes:
  X:
    doc: What create_x sends.
    xml: X
    members:
      - {name: name, xml: Name, type: string, required: true}
      - {name: size, xml: Size, type: int}
      - {name: kind, xml: Kind, type: string, constraints: {enum: [Small, Large]}}
      - {name: password, xml: Password, type: string, secret: true}
  Y:
    doc: What get_x returns.
    xml: Y
    members:
      - {name: name, xml: Name, type: string}
      - {name: state, xml: State, type: string, constraints: {enum: [Ready, Busy]}}
      - {name: config, xml: Config, type: Config}
  Config:
    doc: A configuration.
    union:
      discriminator: {element: Type}
      variants:
        Linux: LinuxConfig
        Windows: WindowsConfig
  LinuxConfig:
    doc: For Linux.
    xml: Config
    members:
      - {name: type, xml: Type, fixed: Linux}
      - {name: host, xml: Host}
  WindowsConfig:
    doc: For Windows.
    xml: Config
    members:
      - {name: type, xml: Type, fixed: Windows}
      - {name: computer, xml: Computer}
"""


def write_spec(folder: Path, api: str = API, common: str = COMMON) -> Path:
    folder.mkdir(parents=True)
    (folder / "common.yaml").write_text(common, encoding="utf-8")
    (folder / "api.yaml").write_text(api, encoding="utf-8")
    return folder


def edited(text: str, *edits: tuple[str, str]) -> str:
    """`text` with each (old, new) replaced once; `old` must be there."""
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def diff(tmp_path: Path, *edits: tuple[str, str], common: str = COMMON) -> list[Change]:
    """The changes from `API` to `API` with `edits` (and `common` instead of `COMMON`)."""
    old = load_spec(write_spec(tmp_path / "old" / "spec"))
    new = load_spec(write_spec(tmp_path / "new" / "spec", edited(API, *edits), common))
    return diff_specs(old, new)


def on_create_x(kind: Kind, subject: str, name: str = "", **fields: Any) -> Change:
    return Change("operation", "create_x", kind, subject, name, **fields)


def on_get_x(kind: Kind, subject: str, name: str = "", **fields: Any) -> Change:
    return Change("operation", "get_x", kind, subject, name, **fields)


def on_shape(owner: str, kind: Kind, subject: str, name: str = "", **fields: Any) -> Change:
    return Change("shape", owner, kind, subject, name, **fields)


BREAKING: dict[str, Any] = {"compatibility": "breaking"}

# --- nothing changed ------------------------------------------------------------------------


def test_the_same_spec_has_no_changes(tmp_path: Path) -> None:
    assert diff(tmp_path) == []


def test_the_whole_spec_against_itself_has_no_changes() -> None:
    assert diff_specs(load_spec(REPO / "spec"), load_spec(REPO / "spec")) == []


def test_documentation_is_not_a_change(tmp_path: Path) -> None:
    assert diff(tmp_path, ("doc: Creates an X.", "doc: Makes an X.")) == []


# --- operations -----------------------------------------------------------------------------

GET_Z = """\
  get_z:
    doc: Gets a Z.
    http: {method: GET, path: "/{subscription_id}/z"}
"""


def test_new_operation_is_compatible(tmp_path: Path) -> None:
    assert diff(tmp_path, ("shapes:\n", GET_Z + "shapes:\n")) == [
        Change("operation", "get_z", "added", "operation", reason="a new method")
    ]


def test_removed_operation_breaks(tmp_path: Path) -> None:
    get_x = API[API.index("  get_x:") : API.index("shapes:")]
    assert diff(tmp_path, (get_x, "")) == [
        Change(
            "operation", "get_x", "removed", "operation", reason="the method is gone", **BREAKING
        )
    ]


def test_changed_http_method_and_path_break(tmp_path: Path) -> None:
    new = '{method: PUT, path: "/{subscription_id}/things/{name}"}'
    assert diff(tmp_path, ('{method: GET, path: "/{subscription_id}/xs/{name}"}', new)) == [
        on_get_x(
            "changed",
            "operation",
            aspect="http method",
            before="GET",
            after="PUT",
            reason="wire: requests go elsewhere",
            **BREAKING,
        ),
        on_get_x(
            "changed",
            "operation",
            aspect="http path",
            before="/{subscription_id}/xs/{name}",
            after="/{subscription_id}/things/{name}",
            reason="wire: requests go elsewhere",
            **BREAKING,
        ),
    ]


def test_changed_x_ms_version_of_an_operation_breaks(tmp_path: Path) -> None:
    assert diff(
        tmp_path, ("    expect: [200]\n", '    expect: [200]\n    x_ms_version: "2015-04-01"\n')
    ) == [
        on_get_x(
            "changed",
            "operation",
            aspect="x-ms-version",
            before="2014-10-01",
            after="2015-04-01",
            reason="wire: the service answers by the rules of another version",
            **BREAKING,
        )
    ]


def test_changed_x_ms_version_of_a_client_is_one_change(tmp_path: Path) -> None:
    common = COMMON.replace("2014-10-01", "2015-04-01")
    assert diff(tmp_path, common=common) == [
        Change(
            "client",
            "TestService",
            "changed",
            "client",
            aspect="x-ms-version",
            before="2014-10-01",
            after="2015-04-01",
            reason="wire: its operations without a version of their own ask for another one",
            **BREAKING,
        )
    ]


def test_an_operation_that_becomes_synchronous_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("    async: true\n", "")) == [
        on_create_x(
            "changed",
            "operation",
            aspect="async",
            before="True",
            after="False",
            reason="the method returns no AsyncOperation",
            **BREAKING,
        )
    ]


def test_changed_response_shape_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("    response: Y\n", "    response: {list: Y, xml: Ys}\n")) == [
        on_get_x(
            "changed",
            "operation",
            aspect="returns",
            before="Y",
            after="list[Y]",
            reason="callers get another type",
            **BREAKING,
        )
    ]


def test_unwrapping_a_response_breaks(tmp_path: Path) -> None:
    """The document read is the same, but the method returns what the path reaches."""
    changes = diff(
        tmp_path,
        ("    response: Y\n", "    response: {shape: Y, unwrap: inner}\n"),
        (
            "      - {name: config, xml: Config, type: Config}\n",
            "      - {name: config, xml: Config, type: Config}\n"
            "      - {name: inner, xml: Inner, type: X}\n",
        ),
    )
    assert (
        on_get_x(
            "changed",
            "operation",
            aspect="returns",
            before="Y",
            after="X",
            reason="callers get another type",
            **BREAKING,
        )
        in changes
    )


def test_changed_request_shape_breaks(tmp_path: Path) -> None:
    x_copy = "  X2:\n    doc: Another.\n    xml: X2\n    members:\n"
    x_members = API[API.index("      - {name: name, xml: Name, type: string, required: true}") :]
    x_members = x_members[: x_members.index("  Y:")]
    changes = diff(
        tmp_path,
        ("    request: X\n", "    request: X2\n"),
        ("  Y:\n", x_copy + x_members + "  Y:\n"),
    )
    assert changes == [
        on_create_x(
            "changed",
            "operation",
            aspect="request body",
            before="X",
            after="X2",
            reason="wire: another document is sent",
            **BREAKING,
        ),
        on_shape("X2", "added", "shape", reason="a new class"),
    ]


def test_query_items_sent_on_request_are_compatible_others_break(tmp_path: Path) -> None:
    query = "        comp: {value: media, when: complete}\n"
    changes = diff(
        tmp_path,
        (
            query,
            "        comp: {value: full, when: complete}\n"
            "        api: {value: '2'}\n"
            "        size: {param: size}\n",
        ),
    )
    assert changes == [
        on_create_x(
            "added",
            "query item",
            "api",
            after="2",
            reason="wire: sent with every call",
            **BREAKING,
        ),
        on_create_x(
            "changed",
            "query item",
            "comp",
            before="media when complete",
            after="full when complete",
            reason="wire: sent differently",
            **BREAKING,
        ),
        on_create_x(
            "added", "query item", "size", after="{size}", reason="sent only when asked for"
        ),
    ]


def test_headers(tmp_path: Path) -> None:
    headers = "      headers:\n        x-ms-size: {param: size}\n"
    assert diff(tmp_path, ("      query:\n", headers + "      query:\n")) == [
        on_create_x(
            "added", "header", "x-ms-size", after="{size}", reason="sent only when asked for"
        )
    ]


@pytest.mark.parametrize(
    ("expect", "before", "after", "breaking", "reason"),
    [
        ("[200, 204]", "200", "200, 204", False, "more answers are accepted"),
        ("[204]", "200", "204", True, "answers once accepted now raise"),
        ("[]", "200", "any 2xx", False, "more answers are accepted"),
    ],
)
def test_expected_statuses(
    tmp_path: Path, expect: str, before: str, after: str, breaking: bool, reason: str
) -> None:
    assert diff(tmp_path, ("expect: [200]", f"expect: {expect}")) == [
        on_get_x(
            "changed",
            "operation",
            aspect="expected status",
            before=before,
            after=after,
            compatibility="breaking" if breaking else "compatible",
            reason=reason,
        )
    ]


def test_renamed_cli_command_breaks(tmp_path: Path) -> None:
    assert diff(
        tmp_path, ("    expect: [200]\n", "    expect: [200]\n    cli: {group: x, command: show}\n")
    ) == [
        on_get_x(
            "changed",
            "operation",
            aspect="cli command",
            before="asm x get",
            after="asm x show",
            reason="scripts running the old `asm` command fail",
            **BREAKING,
        )
    ]


def test_a_new_exactly_one_group_breaks_a_removed_one_is_compatible(tmp_path: Path) -> None:
    group = "    exactly_one: [[size, kind]]\n"
    added = diff(tmp_path / "added", ("    request: X\n", group + "    request: X\n"))
    removed = diff_specs(
        load_spec(
            write_spec(
                tmp_path / "a", edited(API, ("    request: X\n", group + "    request: X\n"))
            )
        ),
        load_spec(write_spec(tmp_path / "b")),
    )
    assert added == [
        on_create_x(
            "added",
            "exactly one of",
            "size, kind",
            reason="calls that passed may be refused",
            **BREAKING,
        )
    ]
    assert removed == [
        on_create_x("removed", "exactly one of", "size, kind", reason="calls are checked less")
    ]


# --- parameters -----------------------------------------------------------------------------


def test_new_optional_parameter_is_compatible(tmp_path: Path) -> None:
    param = "      - {name: zone, type: string}\n"
    assert diff(tmp_path, ("    request: X\n", param + "    request: X\n")) == [
        on_create_x(
            "added", "parameter", "zone", after="optional", reason="callers may leave it out"
        )
    ]


def test_new_required_parameter_breaks(tmp_path: Path) -> None:
    first = "      - {name: name, type: string, required: true}\n"
    param = "      - {name: zone, type: string, required: true}\n"
    assert diff(tmp_path, (first, first + param)) == [
        on_create_x(
            "added",
            "parameter",
            "zone",
            after="required",
            reason="callers must pass it",
            **BREAKING,
        ),
        on_create_x(
            "changed",
            "parameter order",
            before="2: size, kind, password, ...",
            after="2: zone, size, kind, ...",
            reason="positional calls no longer line up (4 moved)",
            **BREAKING,
        ),
    ]


def test_removed_parameter_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("      - {name: password, type: string, secret: true}\n", "")) == [
        on_create_x(
            "removed", "parameter", "password", reason="callers passing it fail", **BREAKING
        ),
        on_create_x(
            "changed",
            "parameter order",
            before="4: password, complete",
            after="4: complete",
            reason="positional calls no longer line up (1 moved)",
            **BREAKING,
        ),
    ]


def test_reordered_parameters_break_positional_callers(tmp_path: Path) -> None:
    size = "      - {name: size, type: int, constraints: {maximum: 10}}\n"
    kind = "      - {name: kind, type: string, constraints: {enum: [Small, Large]}}\n"
    assert diff(tmp_path, (size + kind, kind + size)) == [
        on_create_x(
            "changed",
            "parameter order",
            before="2: size, kind, password, ...",
            after="2: kind, size, password, ...",
            reason="positional calls no longer line up (2 moved)",
            **BREAKING,
        )
    ]


def test_parameter_becoming_optional_is_compatible(tmp_path: Path) -> None:
    # Only path parameters are required in get_x's signature: make create_x's first optional.
    changes = diff(
        tmp_path,
        (
            "{name: name, type: string, required: true}\n      - {name: size",
            "{name: name, type: string}\n      - {name: size",
        ),
    )
    assert changes == [
        on_create_x(
            "changed",
            "parameter",
            "name",
            aspect="required",
            before="True",
            after="False",
            reason="callers may leave it out",
        )
    ]


def test_parameter_becoming_required_breaks(tmp_path: Path) -> None:
    size = "{name: size, type: int, constraints: {maximum: 10}}"
    assert diff(
        tmp_path, (size, "{name: size, type: int, required: true, constraints: {maximum: 10}}")
    ) == [
        on_create_x(
            "changed",
            "parameter",
            "size",
            aspect="required",
            before="False",
            after="True",
            reason="callers must give it",
            **BREAKING,
        )
    ]


def test_changed_parameter_type_breaks(tmp_path: Path) -> None:
    get_x_name = "    params:\n      - {name: name, type: string, required: true}\n    response: Y"
    assert diff(tmp_path, (get_x_name, get_x_name.replace("type: string", "type: int"))) == [
        on_get_x(
            "changed",
            "parameter",
            "name",
            aspect="type",
            before="string",
            after="int",
            reason="values of the old type fail",
            **BREAKING,
        )
    ]


def test_int_to_long_is_compatible(tmp_path: Path) -> None:
    assert diff(tmp_path, ("{name: size, type: int,", "{name: size, type: long,")) == [
        on_create_x(
            "changed",
            "parameter",
            "size",
            aspect="type",
            before="int",
            after="long",
            reason="the same Python int",
        )
    ]


def test_changed_default_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("type: bool, default: false}", "type: bool, default: true}")) == [
        on_create_x(
            "changed",
            "parameter",
            "complete",
            aspect="default",
            before="False",
            after="True",
            reason="callers leaving it out get another value",
            **BREAKING,
        )
    ]


@pytest.mark.parametrize(
    ("constraints", "aspect", "before", "after", "breaking", "reason"),
    [
        ("{maximum: 5}", "maximum", "10", "5", True, "values that passed may be refused"),
        ("{maximum: 20}", "maximum", "10", "20", False, "more values pass"),
        (
            "{maximum: 10, minimum: 1}",
            "minimum",
            "none",
            "1",
            True,
            "values that passed may be refused",
        ),
        ("{}", "maximum", "10", "none", False, "more values pass"),
    ],
)
def test_parameter_bounds(
    tmp_path: Path,
    constraints: str,
    aspect: str,
    before: str,
    after: str,
    breaking: bool,
    reason: str,
) -> None:
    assert diff(tmp_path, ("constraints: {maximum: 10}", f"constraints: {constraints}")) == [
        on_create_x(
            "changed",
            "parameter",
            "size",
            aspect=aspect,
            before=before,
            after=after,
            compatibility="breaking" if breaking else "compatible",
            reason=reason,
        )
    ]


def test_new_pattern_breaks(tmp_path: Path) -> None:
    pattern = '{name: name, type: string, required: true, constraints: {pattern: "^[a-z]+$"}}'
    assert diff(tmp_path, ("{name: name, type: string, required: true}", pattern)) == [
        on_create_x(
            "changed",
            "parameter",
            "name",
            aspect="pattern",
            before="none",
            after="^[a-z]+$",
            reason="values that passed may be refused",
            **BREAKING,
        )
    ]


def test_enum_values_of_a_parameter(tmp_path: Path) -> None:
    enum = "{name: kind, type: string, constraints: {enum: [Small, Large]}}"
    assert diff(
        tmp_path, (enum, "{name: kind, type: string, constraints: {enum: [Small, Huge]}}")
    ) == [
        on_create_x(
            "removed",
            "enum value",
            "kind",
            before="Large",
            reason="the SDK refuses it before sending",
            **BREAKING,
        ),
        on_create_x("added", "enum value", "kind", after="Huge", reason="the SDK accepts it"),
    ]


def test_secret_parameter_that_no_longer_is_breaks(tmp_path: Path) -> None:
    assert diff(
        tmp_path, ("{name: password, type: string, secret: true}", "{name: password, type: string}")
    ) == [
        on_create_x(
            "changed",
            "parameter",
            "password",
            aspect="secret",
            before="True",
            after="False",
            reason="its values now appear in repr, logs and recordings",
            **BREAKING,
        )
    ]


# --- shapes and members ---------------------------------------------------------------------


def test_new_shape_is_compatible_removed_shape_breaks(tmp_path: Path) -> None:
    z = "  Z:\n    doc: A Z.\n    members:\n      - {name: z, xml: Z}\n"
    added = diff(tmp_path / "added", ("  Y:\n", z + "  Y:\n"))
    removed = diff_specs(
        load_spec(write_spec(tmp_path / "a", edited(API, ("  Y:\n", z + "  Y:\n")))),
        load_spec(write_spec(tmp_path / "b")),
    )
    assert added == [on_shape("Z", "added", "shape", reason="a new class")]
    assert removed == [on_shape("Z", "removed", "shape", reason="the class is gone", **BREAKING)]


def test_new_optional_member_is_compatible(tmp_path: Path) -> None:
    member = "      - {name: zone, xml: Zone}\n"
    state = "      - {name: state, xml: State, type: string, constraints: {enum: [Ready, Busy]}}\n"
    assert diff(tmp_path, (state, state + member)) == [
        on_shape("Y", "added", "member", "zone", after="optional", reason="code may ignore it"),
        on_shape(
            "Y",
            "changed",
            "constructor order",
            before="3: config",
            after="3: zone, config",
            reason="positional calls no longer line up (1 moved)",
            **BREAKING,
        ),
    ]


def test_new_required_member_breaks_only_in_a_shape_that_is_sent(tmp_path: Path) -> None:
    sent = "      - {name: password, xml: Password, type: string, secret: true}\n"
    read = "      - {name: config, xml: Config, type: Config}\n"
    param = "      - {name: complete, type: bool, default: false}\n"
    changes = diff(
        tmp_path,
        (param, param + "      - {name: zone, type: string}\n"),
        (sent, sent + "      - {name: zone, xml: Zone, required: true}\n"),
        (read, read + "      - {name: zone, xml: Zone, required: true}\n"),
    )
    assert [c for c in changes if c.section == "shape"] == [
        on_shape(
            "X",
            "added",
            "member",
            "zone",
            after="required",
            reason="requests must set it",
            **BREAKING,
        ),
        on_shape("Y", "added", "member", "zone", after="required", reason="code may ignore it"),
    ]


def test_removed_member_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("      - {name: config, xml: Config, type: Config}\n", "")) == [
        on_shape("Y", "removed", "member", "config", reason="the attribute is gone", **BREAKING)
    ]


def test_changed_member_type_breaks(tmp_path: Path) -> None:
    assert diff(
        tmp_path,
        (
            "{name: name, xml: Name, type: string}\n      - {name: state",
            "{name: name, xml: Name, type: list, item: string, item_xml: N}\n      - {name: state",
        ),
    ) == [
        on_shape(
            "Y",
            "changed",
            "member",
            "name",
            aspect="type",
            before="string",
            after="list[string]",
            reason="values of the old type fail",
            **BREAKING,
        ),
        on_shape(
            "Y",
            "changed",
            "member",
            "name",
            aspect="item xml",
            before="",
            after="N",
            reason="wire: written and read differently",
            **BREAKING,
        ),
    ]


def test_renamed_element_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("{name: state, xml: State,", "{name: state, xml: Status,")) == [
        on_shape(
            "Y",
            "changed",
            "member",
            "state",
            aspect="element",
            before="State",
            after="Status",
            reason="wire: written and read under another name",
            **BREAKING,
        )
    ]


def test_member_moved_into_a_group_breaks(tmp_path: Path) -> None:
    state = "      - {name: state, xml: State, type: string, constraints: {enum: [Ready, Busy]}}\n"
    group = "      - group: Status\n        members:\n  " + state
    assert diff(tmp_path, (state, group)) == [
        on_shape(
            "Y",
            "changed",
            "member",
            "state",
            aspect="element",
            before="State",
            after="Status/State",
            reason="wire: written and read under another name",
            **BREAKING,
        )
    ]


def test_member_order_breaks_requests_only(tmp_path: Path) -> None:
    sent_size = "      - {name: size, xml: Size, type: int}\n"
    sent_kind = (
        "      - {name: kind, xml: Kind, type: string, constraints: {enum: [Small, Large]}}\n"
    )
    read_name = "      - {name: name, xml: Name, type: string}\n"
    read_state = (
        "      - {name: state, xml: State, type: string, constraints: {enum: [Ready, Busy]}}\n"
    )
    changes = diff(
        tmp_path,
        (sent_size + sent_kind, sent_kind + sent_size),
        (read_name + read_state, read_state + read_name),
    )
    positional = "positional calls no longer line up (2 moved)"
    assert changes == [
        on_shape(
            "X",
            "changed",
            "constructor order",
            before="2: size, kind, password",
            after="2: kind, size, password",
            reason=positional,
            **BREAKING,
        ),
        on_shape(
            "X",
            "changed",
            "member order",
            before="2: size, kind, password",
            after="2: kind, size, password",
            reason="wire: requests write elements in another order",
            **BREAKING,
        ),
        on_shape(
            "Y",
            "changed",
            "constructor order",
            before="1: name, state, config",
            after="1: state, name, config",
            reason=positional,
            **BREAKING,
        ),
        on_shape(
            "Y",
            "changed",
            "member order",
            before="1: name, state, config",
            after="1: state, name, config",
            reason="responses are read in any order",
        ),
    ]


def test_init_keeps_the_constructor_order_when_the_wire_order_changes(tmp_path: Path) -> None:
    read_name = "      - {name: name, xml: Name, type: string}\n"
    read_state = (
        "      - {name: state, xml: State, type: string, constraints: {enum: [Ready, Busy]}}\n"
    )
    init = "    init: [name, state, config]\n"
    assert diff(
        tmp_path,
        (read_name + read_state, read_state + read_name),
        ("    xml: Y\n", "    xml: Y\n" + init),
    ) == [
        on_shape(
            "Y",
            "changed",
            "member order",
            before="1: name, state, config",
            after="1: state, name, config",
            reason="responses are read in any order",
        ),
    ]


def test_enum_values_of_a_response_member_are_compatible(tmp_path: Path) -> None:
    assert diff(tmp_path, ("enum: [Ready, Busy]", "enum: [Ready, Stopped]")) == [
        on_shape(
            "Y", "removed", "enum value", "state", before="Busy", reason="no longer documented"
        ),
        on_shape(
            "Y",
            "added",
            "enum value",
            "state",
            after="Stopped",
            reason="code handling every value should handle it",
        ),
    ]


def test_enum_values_of_a_request_member(tmp_path: Path) -> None:
    old = "{name: kind, xml: Kind, type: string, constraints: {enum: [Small, Large]}}"
    assert diff(
        tmp_path,
        (old, "{name: kind, xml: Kind, type: string, constraints: {enum: [Small, Large, Huge]}}"),
    ) == [
        on_shape("X", "added", "enum value", "kind", after="Huge", reason="the SDK accepts it"),
    ]


def test_secret_member(tmp_path: Path) -> None:
    assert diff(tmp_path, ("{name: host, xml: Host}", "{name: host, xml: Host, secret: true}")) == [
        on_shape(
            "LinuxConfig",
            "changed",
            "member",
            "host",
            aspect="secret",
            before="False",
            after="True",
            reason="its values are now hidden",
        ),
    ]


def test_renamed_shape_element_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("    xml: Y\n", "    xml: Why\n")) == [
        on_shape(
            "Y",
            "changed",
            "shape",
            aspect="element",
            before="Y",
            after="Why",
            reason="wire: written and read under another name",
            **BREAKING,
        ),
    ]


# --- unions ---------------------------------------------------------------------------------

NETWORK = """\
  NetworkConfig:
    doc: For networks.
    xml: Config
    members:
      - {name: type, xml: Type, fixed: Network}
"""


def test_new_union_variant_is_compatible(tmp_path: Path) -> None:
    variants = "        Windows: WindowsConfig\n"
    changes = diff(
        tmp_path,
        (variants, variants + "        Network: NetworkConfig\n"),
        ("  LinuxConfig:\n", NETWORK + "  LinuxConfig:\n"),
    )
    assert changes == [
        on_shape(
            "Config",
            "added",
            "union variant",
            "NetworkConfig",
            after="Network",
            reason="code handling every variant should handle it",
        ),
        on_shape("NetworkConfig", "added", "shape", reason="a new class"),
    ]


def test_removed_union_variant_breaks(tmp_path: Path) -> None:
    assert diff(tmp_path, ("        Windows: WindowsConfig\n", "")) == [
        on_shape(
            "Config",
            "removed",
            "union variant",
            "WindowsConfig",
            reason="no longer part of it",
            **BREAKING,
        ),
    ]


def test_changed_variant_key_breaks(tmp_path: Path) -> None:
    changes = diff(
        tmp_path,
        ("        Linux: LinuxConfig\n", "        Unix: LinuxConfig\n"),
        ("fixed: Linux}", "fixed: Unix}"),
    )
    assert changes == [
        on_shape(
            "Config",
            "changed",
            "union variant",
            "LinuxConfig",
            aspect="key",
            before="Linux",
            after="Unix",
            reason="wire: told apart by another value",
            **BREAKING,
        ),
        on_shape(
            "LinuxConfig",
            "changed",
            "member",
            "type",
            aspect="fixed",
            before="Linux",
            after="Unix",
            reason="wire: another constant is written",
            **BREAKING,
        ),
    ]


# --- reports and the command line -----------------------------------------------------------


def test_text_report_groups_by_owner(tmp_path: Path) -> None:
    changes = diff(
        tmp_path, ("enum: [Ready, Busy]", "enum: [Ready, Stopped]"), ("    async: true\n", "")
    )
    assert format_text(changes, "old", "new").splitlines() == [
        "old -> new: 3 changes, 1 breaking",
        "operation create_x",
        "  BREAKING    changed operation (async): True -> False"
        " -- the method returns no AsyncOperation",
        "shape Y",
        "  compatible  removed enum value state: Busy -- no longer documented",
        "  compatible  added enum value state: Stopped"
        " -- code handling every value should handle it",
    ]


def git(repo: Path, *arguments: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.com", *arguments],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_cli_compares_a_git_ref_with_the_working_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path / "repo" / "spec")
    (spec / "README.md").write_text("not a spec file", encoding="utf-8")
    git(tmp_path / "repo", "init", "-q")
    git(tmp_path / "repo", "add", ".")
    git(tmp_path / "repo", "commit", "-q", "-m", "spec")
    (spec / "api.yaml").write_text(edited(API, ("    async: true\n", "")), encoding="utf-8")

    assert main(["diff", "--spec", str(spec)]) == 0
    assert capsys.readouterr().out == (
        f"{spec} at HEAD -> {spec}: 1 change, 1 breaking\n"
        "operation create_x\n"
        "  BREAKING    changed operation (async): True -> False"
        " -- the method returns no AsyncOperation\n"
    )
    assert main(["diff", "--spec", str(spec), "--base", "HEAD", "--fail-on-breaking"]) == 1
    capsys.readouterr()

    git(tmp_path / "repo", "commit", "-q", "-am", "synchronous")
    assert main(["diff", "--spec", str(spec), "--base", "HEAD~1", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["breaking"] == 1
    assert [c["aspect"] for c in report["changes"]] == ["async"]
    assert main(["diff", "--spec", str(spec), "--fail-on-breaking"]) == 0  # HEAD is the tree
    assert capsys.readouterr().out == f"{spec} at HEAD -> {spec}: no changes\n"


def test_cli_compares_two_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_spec(tmp_path / "old")
    new = write_spec(tmp_path / "new", edited(API, ("  get_x:", GET_Z + "  get_x:")))
    assert main(["diff", str(old), str(new), "--fail-on-breaking"]) == 0
    assert capsys.readouterr().out == (
        f"{old} -> {new}: 1 change, 0 breaking\n"
        "operation get_z\n"
        "  compatible  added operation -- a new method\n"
    )


def test_cli_reports_an_unknown_ref(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = write_spec(tmp_path / "repo" / "spec")
    git(tmp_path / "repo", "init", "-q")
    assert main(["diff", "--spec", str(spec), "--base", "nope"]) == 2
    assert "cannot read it from git" in capsys.readouterr().err


def test_cli_refuses_one_folder() -> None:
    with pytest.raises(SystemExit):
        main(["diff", "spec"])


# --- the rest of the kinds ------------------------------------------------------------------

PAGED = """\
  list_ys:
    doc: Lists Ys.
    http:
      method: GET
      path: "/{subscription_id}/ys"
      headers:
        x-ms-continuation-token: {param: token}
    params:
      - {name: token, type: string}
    response: YPage
"""

Y_PAGE = """\
  YPage:
    doc: A page of Ys.
    xml: YPage
    members:
      - {name: ys, xml: Ys, type: list, item: Y}
      - {name: token, xml: Token}
"""


def test_new_page_iterator_is_compatible(tmp_path: Path) -> None:
    pages = "    pages: {token_param: token, token_member: token, items: ys}\n"
    old = load_spec(
        write_spec(tmp_path / "old", edited(API, ("shapes:\n", PAGED + "shapes:\n" + Y_PAGE)))
    )
    new = load_spec(
        write_spec(
            tmp_path / "new", edited(API, ("shapes:\n", PAGED + pages + "shapes:\n" + Y_PAGE))
        )
    )
    assert diff_specs(old, new) == [
        Change("operation", "list_ys", "added", "iterator", "iter_ys", reason="a new method")
    ]
    assert diff_specs(new, old) == [
        Change(
            "operation",
            "list_ys",
            "removed",
            "iterator",
            "iter_ys",
            reason="the method is gone",
            **BREAKING,
        )
    ]


def test_list_response_under_another_element_breaks(tmp_path: Path) -> None:
    old = load_spec(
        write_spec(
            tmp_path / "old", edited(API, ("response: Y\n", "response: {list: Y, xml: Ys}\n"))
        )
    )
    new = load_spec(
        write_spec(
            tmp_path / "new", edited(API, ("response: Y\n", "response: {list: Y, xml: AllYs}\n"))
        )
    )
    assert diff_specs(old, new) == [
        on_get_x(
            "changed",
            "operation",
            aspect="response elements",
            before="<Ys> of <Y>",
            after="<AllYs> of <Y>",
            reason="wire: answers are read under other element names",
            **BREAKING,
        )
    ]


def test_parameter_that_sets_another_breaks(tmp_path: Path) -> None:
    complete = "{name: complete, type: bool, default: false}"
    sets = "{name: complete, type: bool, default: false, sets: {param: size, when: true, value: 1}}"
    assert diff(tmp_path, (complete, sets)) == [
        on_create_x(
            "changed",
            "parameter",
            "complete",
            aspect="target",
            before="itself",
            after="itself, sets size=1 when True",
            reason="its value is used differently",
            **BREAKING,
        )
    ]


def test_member_default_and_wire_form(tmp_path: Path) -> None:
    size = "{name: size, xml: Size, type: int}"
    assert diff(
        tmp_path, (size, "{name: size, xml: Size, type: int, default: 1, always: true}")
    ) == [
        on_shape(
            "X",
            "changed",
            "member",
            "size",
            aspect="default",
            before="none",
            after="1",
            reason="callers leaving it out get another value",
            **BREAKING,
        ),
        on_shape(
            "X",
            "changed",
            "member",
            "size",
            aspect="always",
            before="False",
            after="True",
            reason="wire: requests write it differently",
            **BREAKING,
        ),
    ]


def test_changed_discriminator_breaks(tmp_path: Path) -> None:
    changes = diff(
        tmp_path,
        ("discriminator: {element: Type}", "discriminator: {element: Kind}"),
        ("{name: type, xml: Type, fixed: Linux}", "{name: type, xml: Kind, fixed: Linux}"),
        ("{name: type, xml: Type, fixed: Windows}", "{name: type, xml: Kind, fixed: Windows}"),
    )
    element = "wire: written and read under another name"
    assert changes == [
        on_shape(
            "Config",
            "changed",
            "shape",
            aspect="discriminator",
            before="element Type",
            after="element Kind",
            reason="wire: variants are told apart differently",
            **BREAKING,
        ),
        on_shape(
            "LinuxConfig",
            "changed",
            "member",
            "type",
            aspect="element",
            before="Type",
            after="Kind",
            reason=element,
            **BREAKING,
        ),
        on_shape(
            "WindowsConfig",
            "changed",
            "member",
            "type",
            aspect="element",
            before="Type",
            after="Kind",
            reason=element,
            **BREAKING,
        ),
    ]


def test_structure_becoming_a_union_breaks(tmp_path: Path) -> None:
    union = (
        "    union:\n"
        "      discriminator: {element: Type}\n"
        "      variants:\n"
        "        Linux: LinuxConfig\n"
    )
    y_body = API[API.index("    xml: Y\n") : API.index("  Config:")]
    changes = diff(tmp_path, (y_body, union))
    assert changes == [
        on_shape(
            "Y",
            "changed",
            "shape",
            aspect="kind",
            before="structure",
            after="union",
            reason="another kind of type",
            **BREAKING,
        )
    ]


def test_clients(tmp_path: Path) -> None:
    other = COMMON + (
        "  OtherService:\n    doc: Another.\n    x_ms_version: '2014-10-01'\n"
        "    content_type: application/json\n"
    )
    moved = ("    expect: [200]\n", "    expect: [200]\n    client: OtherService\n")
    changes = diff(tmp_path, moved, common=other.replace("application/xml", "text/xml"))
    assert changes == [
        Change("client", "OtherService", "added", "client", reason="a new class"),
        Change(
            "client",
            "TestService",
            "changed",
            "client",
            aspect="content type",
            before="application/xml",
            after="text/xml",
            reason="wire: request bodies are sent as another media type",
            **BREAKING,
        ),
        on_get_x(
            "changed",
            "operation",
            aspect="client",
            before="TestService",
            after="OtherService",
            reason="the method moved to another class",
            **BREAKING,
        ),
    ]


def test_cli_loads_identical_files_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Parsing the YAML is nearly all of a diff's time: the whole spec against itself is
    # one load.
    loaded: list[Path] = []

    def counting_load(folder: Path) -> Spec:
        loaded.append(folder)
        return load_spec(folder)

    monkeypatch.setattr(codegen.__main__, "load_spec", counting_load)
    assert main(["diff", str(REPO / "spec"), str(REPO / "spec")]) == 0
    assert loaded == [REPO / "spec"]
    assert capsys.readouterr().out.endswith(": no changes\n")
