"""Every kind of spec mistake is a `SpecError` that names the file, the entry and the problem.

Each case writes a tiny spec folder (a valid `common.yaml` plus the file under test) into
`tmp_path`. The folder is called `spec`, so messages start with `spec/<file>: <entry>: `.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from codegen.loader import SpecError, load_spec

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

#: A valid file: each broken case below changes one thing in a copy of (parts of) it.
VALID = """\
operations:
  create_x:
    doc: Creates an X.
    http: {method: POST, path: "/{subscription_id}/xs"}
    params:
      - {name: name, type: string, required: true}
    request: X
shapes:
  X:
    doc: An X.
    xml: X
    members:
      - {name: name, xml: Name, type: string}
"""


def write_spec(tmp_path: Path, files: dict[str, str], common: str = COMMON) -> Path:
    """A spec folder holding `common.yaml` (unless `common` is empty) and `files`."""
    folder = tmp_path / "spec"
    folder.mkdir()
    if common:
        (folder / "common.yaml").write_text(common, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def spec_error(tmp_path: Path, files: dict[str, str], common: str = COMMON) -> str:
    folder = write_spec(tmp_path, files, common)
    with pytest.raises(SpecError) as info:
        load_spec(folder)
    return str(info.value)


def assert_error(message: str, prefix: str, *problem: str) -> None:
    """`message` starts with `prefix` (file and entry) and holds every `problem` fragment."""
    assert message.startswith(prefix), f"expected {prefix!r}..., got {message!r}"
    for fragment in problem:
        assert fragment in message, f"expected {fragment!r} in {message!r}"


def operation(body: str, shapes: str = "") -> str:
    """A file with the operation `create_x` (indented `body`) and, optionally, `shapes`."""
    text = "operations:\n  create_x:\n" + textwrap.indent(textwrap.dedent(body), "    ")
    if shapes:
        text += "shapes:\n" + textwrap.indent(textwrap.dedent(shapes), "  ")
    return text


def shapes(body: str) -> str:
    return "shapes:\n" + textwrap.indent(textwrap.dedent(body), "  ")


# --- valid specs ---------------------------------------------------------------------------


def test_minimal_valid_spec_loads(tmp_path: Path) -> None:
    spec = load_spec(write_spec(tmp_path, {"x.yaml": VALID}))
    assert [o.name for o in spec.operations] == ["create_x"]
    assert [s.name for s in spec.shapes] == ["X"]
    assert [c.name for c in spec.clients] == ["TestService"]
    assert spec.sources == ("spec/common.yaml", "spec/x.yaml")


def test_real_spec_loads() -> None:
    spec = load_spec(REPO / "spec")
    assert spec.operations
    assert spec.shapes


def test_same_element_at_different_levels_is_fine(tmp_path: Path) -> None:
    text = shapes(
        """
        X:
          doc: An X.
          members:
            - {name: name, xml: Name}
            - group: Inner
              members:
                - {name: inner_name, xml: Name}
        """
    )
    spec = load_spec(write_spec(tmp_path, {"x.yaml": text}))
    assert [m.name for m in spec.shape("X").members] == ["name", "inner_name"]


# --- one case per kind of mistake ----------------------------------------------------------

CASES = [
    # syntax and structure
    pytest.param(
        "operations:\n  create_x: [unclosed\n",
        "spec/broken.yaml: ",
        ("invalid YAML", "line 2"),
        id="invalid-yaml",
    ),
    pytest.param(
        "operation: {}\n",
        "spec/broken.yaml: (top level): ",
        ("unknown key 'operation'",),
        id="unknown-top-level-key",
    ),
    # unknown keys
    pytest.param(
        VALID.replace("    request: X", "    requets: X"),
        "spec/broken.yaml: operations.create_x: ",
        ("unknown key 'requets'",),
        id="unknown-key-operation",
    ),
    pytest.param(
        VALID.replace(
            "{name: name, xml: Name, type: string}", "{name: name, xml: Name, tpye: int}"
        ),
        "spec/broken.yaml: shapes.X.members[0]: ",
        ("unknown key 'tpye'",),
        id="unknown-key-member",
    ),
    pytest.param(
        VALID.replace("    xml: X\n", "    xml: X\n    namespace: wa\n"),
        "spec/broken.yaml: shapes.X: ",
        ("unknown key 'namespace'",),
        id="unknown-key-shape",
    ),
    pytest.param(
        VALID.replace(
            "{name: name, type: string, required: true}", "{name: name, optional: false}"
        ),
        "spec/broken.yaml: operations.create_x.params[0]: ",
        ("unknown key 'optional'",),
        id="unknown-key-param",
    ),
    pytest.param(
        operation(
            """
            doc: Deletes an X.
            http:
              method: DELETE
              path: /{subscription_id}/xs
              query:
                comp: {value: media, if: complete}
            params:
              - {name: complete, type: bool}
            """
        ),
        "spec/broken.yaml: operations.create_x.http.query.comp: ",
        ("unknown key 'if'",),
        id="unknown-key-query-item",
    ),
    pytest.param(
        operation(
            """
            doc: Creates an X.
            http: {method: POST, path: "/{subscription_id}/xs", body: X}
            """
        ),
        "spec/broken.yaml: operations.create_x.http: ",
        ("unknown key 'body'",),
        id="unknown-key-http",
    ),
    # missing keys
    pytest.param(
        VALID.replace("    doc: Creates an X.\n", ""),
        "spec/broken.yaml: operations.create_x: ",
        ("missing key 'doc'",),
        id="missing-doc-operation",
    ),
    pytest.param(
        VALID.replace("    doc: An X.\n", ""),
        "spec/broken.yaml: shapes.X: ",
        ("missing key 'doc'",),
        id="missing-doc-shape",
    ),
    pytest.param(
        VALID.replace('    http: {method: POST, path: "/{subscription_id}/xs"}\n', ""),
        "spec/broken.yaml: operations.create_x: ",
        ("missing key 'http'",),
        id="missing-http",
    ),
    pytest.param(
        VALID.replace('{method: POST, path: "/{subscription_id}/xs"}', "{method: POST}"),
        "spec/broken.yaml: operations.create_x.http: ",
        ("missing key 'path'",),
        id="missing-http-path",
    ),
    pytest.param(
        VALID.replace("{name: name, type: string, required: true}", "{type: string}"),
        "spec/broken.yaml: operations.create_x.params[0]: ",
        ("missing key 'name'",),
        id="missing-name-param",
    ),
    pytest.param(
        VALID.replace("{name: name, xml: Name, type: string}", "{xml: Name, type: string}"),
        "spec/broken.yaml: shapes.X.members[0]: ",
        ("missing key 'name'",),
        id="missing-name-member",
    ),
    pytest.param(
        VALID.replace("{name: name, xml: Name, type: string}", "{name: name, type: string}"),
        "spec/broken.yaml: shapes.X.members[0]: ",
        ("missing key 'xml'",),
        id="missing-xml-member",
    ),
    pytest.param(
        operation(
            """
            doc: Lists the Xs.
            http: {method: GET, path: "/{subscription_id}/xs"}
            response: {list: X}
            """,
            "X: {doc: An X., members: [{name: name, xml: Name}]}\n",
        ),
        "spec/broken.yaml: operations.create_x.response: ",
        ("missing key 'xml'",),
        id="missing-xml-list-response",
    ),
    pytest.param(
        shapes("X: {doc: An X.}\n"),
        "spec/broken.yaml: shapes.X: ",
        ("missing key 'members' (or 'union')",),
        id="missing-members",
    ),
    # wrong value types
    pytest.param(
        VALID.replace("required: true", 'required: "yes"'),
        "spec/broken.yaml: operations.create_x.params[0].required: ",
        ("expected true or false", "'yes'"),
        id="bool-as-string-param",
    ),
    pytest.param(
        VALID.replace("    request: X\n", '    request: X\n    async: "true"\n'),
        "spec/broken.yaml: operations.create_x.async: ",
        ("expected true or false", "'true'"),
        id="bool-as-string-operation",
    ),
    pytest.param(
        VALID.replace("type: string}\n", 'type: string, secret: "no"}\n'),
        "spec/broken.yaml: shapes.X.members[0] (name).secret: ",
        ("expected true or false", "'no'"),
        id="bool-as-string-member",
    ),
    pytest.param(
        VALID.replace(
            "    params:\n      - {name: name, type: string, required: true}\n",
            "    params:\n      name: {type: string, required: true}\n",
        ),
        "spec/broken.yaml: operations.create_x.params: ",
        ("expected a list, got dict",),
        id="mapping-for-list-params",
    ),
    pytest.param(
        shapes("X: {doc: An X., members: {name: {xml: Name}}}\n"),
        "spec/broken.yaml: shapes.X.members: ",
        ("expected a list, got dict",),
        id="mapping-for-list-members",
    ),
    pytest.param(
        VALID.replace('{method: POST, path: "/{subscription_id}/xs"}', '[POST, "/xs"]'),
        "spec/broken.yaml: operations.create_x.http: ",
        ("expected a mapping, got list",),
        id="list-for-mapping-http",
    ),
    pytest.param(
        VALID.replace("    doc: An X.", "    doc: [An, X]"),
        "spec/broken.yaml: shapes.X.doc: ",
        ("expected a string",),
        id="list-for-string-doc",
    ),
    pytest.param(
        VALID.replace("    request: X\n", "    request: X\n    expect: [created]\n"),
        "spec/broken.yaml: operations.create_x.expect[0]: ",
        ("expected an HTTP status code", "'created'"),
        id="string-for-int-expect",
    ),
    pytest.param(
        VALID.replace("required: true}", "required: true, into: [name]}"),
        "spec/broken.yaml: operations.create_x.params[0].into: ",
        ("expected a string",),
        id="list-for-string-into",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", 'xml: Name, type: int, default: "4"}'),
        "spec/broken.yaml: shapes.X.members[0] (name).default: ",
        ("'4' is not a literal of type int",),
        id="string-for-int-member-default",
    ),
    pytest.param(
        VALID.replace(
            "required: true}", "required: true}\n      - {name: n, type: bool, default: 0}"
        ),
        "spec/broken.yaml: operations.create_x.params[1].default: ",
        ("0 is not a literal of type bool",),
        id="int-for-bool-param-default",
    ),
    pytest.param(
        VALID.replace(
            "required: true}", "required: true}\n      - {name: n, type: map, default: {}}"
        ),
        "spec/broken.yaml: operations.create_x.params[1].default: ",
        ("is not a literal of type map",),
        id="mapping-for-map-param-default",
    ),
    # unknown types and dangling references
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, type: strng}"),
        "spec/broken.yaml: shapes.X.members[0] (name).type: ",
        ("unknown type or shape 'strng'",),
        id="unknown-scalar-member-type",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, type: Y}"),
        "spec/broken.yaml: shapes.X.members[0] (name).type: ",
        ("unknown type or shape 'Y'",),
        id="dangling-member-type",
    ),
    pytest.param(
        VALID.replace("{name: name, type: string, required: true}", "{name: name, type: Y}"),
        "spec/broken.yaml: operations.create_x.params[0].type: ",
        ("unknown type or shape 'Y'",),
        id="dangling-param-type",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Names, type: list, item: Y}"),
        "spec/broken.yaml: shapes.X.members[0] (name).item: ",
        ("unknown type or shape 'Y'",),
        id="dangling-list-item",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Names, type: list, item: integer}"),
        "spec/broken.yaml: shapes.X.members[0] (name).item: ",
        ("unknown type or shape 'integer'",),
        id="unknown-scalar-list-item",
    ),
    pytest.param(
        VALID.replace("    request: X", "    request: Y"),
        "spec/broken.yaml: operations.create_x.request: ",
        ("unknown shape 'Y'",),
        id="dangling-request",
    ),
    pytest.param(
        VALID.replace("    request: X", "    response: Y"),
        "spec/broken.yaml: operations.create_x.response: ",
        ("unknown shape 'Y'",),
        id="dangling-response",
    ),
    pytest.param(
        VALID.replace("    request: X", "    response: {list: Y, xml: Ys}"),
        "spec/broken.yaml: operations.create_x.response.list: ",
        ("unknown shape 'Y'",),
        id="dangling-list-response",
    ),
    pytest.param(
        shapes(
            """
            U:
              doc: A union.
              union:
                discriminator: {element: Kind}
                variants: {A: A}
            """
        ),
        "spec/broken.yaml: shapes.U.union.variants.A: ",
        ("unknown shape 'A'",),
        id="dangling-union-variant",
    ),
    pytest.param(
        shapes("X: {doc: An X., members: [{include: Y}]}\n"),
        "spec/broken.yaml: shapes.X.members[0]: ",
        ("unknown shape 'Y'",),
        id="dangling-include",
    ),
    pytest.param(
        VALID.replace("    doc: An X.\n", "    doc: An X.\n    ns: xx\n"),
        "spec/broken.yaml: shapes.X.ns: ",
        ("unknown namespace prefix 'xx'",),
        id="unknown-namespace-prefix",
    ),
    pytest.param(
        shapes(
            """
            U:
              doc: A union.
              union:
                discriminator: {attribute: "xsi:type"}
                variants: {A: A}
            A: {doc: An A., xsi_type: A, members: [{name: name, xml: Name}]}
            """
        ),
        "spec/broken.yaml: shapes.U.union.discriminator: ",
        ("prefix:name",),
        id="unknown-namespace-prefix-discriminator",
    ),
    # structure of shapes
    pytest.param(
        shapes(
            """
            X:
              doc: An X.
              members:
                - {name: name, xml: Name}
                - group: Inner
                  members:
                    - {name: name, xml: OtherName}
            """
        ),
        "spec/broken.yaml: shapes.X: ",
        ("member 'name' defined twice",),
        id="duplicate-member",
    ),
    pytest.param(
        shapes(
            """
            X:
              doc: An X.
              members:
                - {name: name, xml: Name}
                - {name: other_name, xml: Name}
            """
        ),
        "spec/broken.yaml: shapes.X.members[1]: ",
        ("element <Name> appears twice at the same level",),
        id="duplicate-element",
    ),
    pytest.param(
        shapes(
            """
            X:
              doc: An X.
              members:
                - {name: name, xml: Name}
                - {name: aliases, xml: Aliases, type: list, item: string,
                   item_xml: Name, flat: true}
            """
        ),
        "spec/broken.yaml: shapes.X.members[1]: ",
        ("element <Name> appears twice at the same level",),
        id="duplicate-element-flat-list",
    ),
    pytest.param(
        shapes(
            """
            Base: {doc: Shared., members: [{name: name, xml: Name}]}
            X:
              doc: An X.
              members:
                - {name: label, xml: Name}
                - include: Base
            """
        ),
        "spec/broken.yaml: shapes.X.members[1]: ",
        ("element <Name> appears twice at the same level",),
        id="duplicate-element-include",
    ),
    pytest.param(
        VALID.replace("    xml: X\n", "    xml: X\n    init: [nmae]\n"),
        "spec/broken.yaml: shapes.X.init: ",
        ("'nmae' is not a member of X",),
        id="init-unknown-member",
    ),
    pytest.param(
        shapes(
            """
            U:
              doc: A union.
              union:
                discriminator: {element: Kind}
                variants: {A: A, B: B}
            A: {doc: An A., members: [{name: kind, xml: Kind, fixed: A}]}
            B: {doc: A B., members: [{name: name, xml: Name}]}
            """
        ),
        "spec/broken.yaml: shapes.U.union.variants.B: ",
        ("B needs a member <Kind> with fixed: B",),
        id="union-variant-without-fixed-element",
    ),
    pytest.param(
        shapes(
            """
            U:
              doc: A union.
              union:
                discriminator: {element: Kind}
                variants: {A: A}
            A: {doc: An A., members: [{name: kind, xml: Kind, fixed: B}]}
            """
        ),
        "spec/broken.yaml: shapes.U.union.variants.A: ",
        ("A needs a member <Kind> with fixed: A",),
        id="union-variant-with-wrong-fixed-value",
    ),
    pytest.param(
        shapes(
            """
            U:
              doc: A union.
              union:
                discriminator: {attribute: "i:type"}
                variants: {A: A, B: B}
            A: {doc: An A., xsi_type: A, members: [{name: name, xml: Name}]}
            B: {doc: A B., members: [{name: name, xml: Name}]}
            """
        ),
        "spec/broken.yaml: shapes.U.union.variants.B: ",
        ("B needs xsi_type: B",),
        id="union-variant-without-xsi-type",
    ),
    # constraints
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, constraints: {pattern: '[a-z'}}"),
        "spec/broken.yaml: shapes.X.members[0] (name).constraints.pattern: ",
        ("invalid regular expression",),
        id="invalid-pattern-member",
    ),
    pytest.param(
        VALID.replace("required: true}", "required: true, constraints: {pattern: '(?P<'}}"),
        "spec/broken.yaml: operations.create_x.params[0].constraints.pattern: ",
        ("invalid regular expression",),
        id="invalid-pattern-param",
    ),
    pytest.param(
        VALID.replace(
            "xml: Name, type: string}", "xml: Name, type: int, constraints: {max_length: 3}}"
        ),
        "spec/broken.yaml: shapes.X.members[0] (name).constraints: ",
        ("constraints are for strings",),
        id="length-constraint-on-int",
    ),
    pytest.param(
        VALID.replace(
            "{name: name, type: string, required: true}",
            "{name: name, type: bool, required: true, constraints: {enum: [a, b]}}",
        ),
        "spec/broken.yaml: operations.create_x.params[0].constraints: ",
        ("constraints are for strings",),
        id="enum-constraint-on-bool",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, constraints: {minimum: 1}}"),
        "spec/broken.yaml: shapes.X.members[0] (name).constraints: ",
        ("minimum and maximum", "int"),
        id="minimum-constraint-on-string",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, constraints: {max_length: ten}}"),
        "spec/broken.yaml: shapes.X.members[0] (name).constraints.max_length: ",
        ("expected an integer",),
        id="non-integer-constraint",
    ),
]


@pytest.mark.parametrize(("text", "prefix", "problem"), CASES)
def test_spec_error(tmp_path: Path, text: str, prefix: str, problem: tuple[str, ...]) -> None:
    assert_error(spec_error(tmp_path, {"broken.yaml": text}), prefix, *problem)


# --- operations: parameters, path, query and request ----------------------------------------


def test_path_parameter_without_parameter(tmp_path: Path) -> None:
    text = VALID.replace('path: "/{subscription_id}/xs"', 'path: "/{subscription_id}/xs/{x_id}"')
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.http.path: ",
        "path parameter {x_id} has no parameter",
    )


@pytest.mark.parametrize(
    ("http", "entry"),
    [
        pytest.param('{method: GET, path: "/{subscription_id}/xs/{x}"}', "http.path", id="path"),
        pytest.param(
            '{method: GET, path: "/{subscription_id}/xs", query: {x: {param: x}}}',
            "http.query.x.param",
            id="query",
        ),
        pytest.param(
            '{method: GET, path: "/{subscription_id}/xs", headers: {x-ms-x: {param: x}}}',
            "http.headers.x-ms-x.param",
            id="header",
        ),
    ],
)
@pytest.mark.parametrize("param_type", ["float", "base64", "map", "X", "list, item: string"])
def test_parameter_without_text_form_in_path_query_or_header(
    tmp_path: Path, http: str, entry: str, param_type: str
) -> None:
    text = operation(
        f"""
        doc: Gets an X.
        http: {http}
        params:
          - {{name: x, type: {param_type}, required: true}}
        """,
        "X: {doc: An X., members: [{name: name, xml: Name}]}\n",
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        f"spec/broken.yaml: operations.create_x.{entry}: ",
        "parameter 'x' cannot go in a path, query or header",
    )


def test_group_without_members(tmp_path: Path) -> None:
    text = shapes(
        """
        X:
          doc: An X.
          members:
            - {name: name, xml: Name}
            - {group: Inner, members: []}
        """
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: shapes.X.members[1].members: ",
        "a group needs members",
    )


@pytest.mark.parametrize(
    ("attributes", "entry", "message"),
    [
        ("[type]", "members[1].attributes", "expected a mapping, got list"),
        ("{'bad name': x}", "members[1].attributes.bad name", "is not an XML element name"),
        ("{type: 3}", "members[1].attributes.type", "expected a string, got 3"),
    ],
)
def test_group_attributes_are_names_and_strings(
    tmp_path: Path, attributes: str, entry: str, message: str
) -> None:
    text = shapes(
        f"""
        X:
          doc: An X.
          members:
            - {{name: name, xml: Name}}
            - {{group: Inner, attributes: {attributes}, members: [{{name: size, xml: Size}}]}}
        """
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        f"spec/broken.yaml: shapes.X.{entry}: ",
        message,
    )


def test_required_request_member_without_parameter(tmp_path: Path) -> None:
    text = VALID.replace(
        "{name: name, xml: Name, type: string}",
        "{name: name, xml: Name, type: string}\n"
        "      - {name: size, xml: Size, type: int, required: true}",
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.request: ",
        "required member 'size' of X has no parameter",
    )


def test_required_request_member_with_default_needs_no_parameter(tmp_path: Path) -> None:
    text = VALID.replace(
        "{name: name, xml: Name, type: string}",
        "{name: name, xml: Name, type: string}\n"
        "      - {name: size, xml: Size, type: int, required: true, default: 1}",
    )
    load_spec(write_spec(tmp_path, {"x.yaml": text}))


def test_into_naming_a_non_list_member(tmp_path: Path) -> None:
    text = VALID.replace(
        "{name: name, type: string, required: true}",
        "{name: name, type: string, required: true}\n      - {name: label, into: name}",
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.request: ",
        "parameter 'label'",
        "'into' names no list member",
    )


def test_into_without_request(tmp_path: Path) -> None:
    text = VALID.replace("required: true}", "required: true, into: names}").replace(
        "    request: X\n", ""
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.request: ",
        "parameter 'name' has 'into' but there is no request",
    )


SETS = """\
operations:
  create_x:
    doc: Creates an X.
    http: {method: POST, path: "/{subscription_id}/xs"}
    params:
      - {name: account_type, type: string, default: Standard_GRS}
      - {name: geo, type: bool, sets: %s}
"""


@pytest.mark.parametrize(
    ("sets", "entry", "problem"),
    [
        pytest.param(
            "{param: acount_type, when: false, value: Standard_LRS}",
            "params[1].sets",
            "unknown parameter 'acount_type'",
            id="unknown-parameter",
        ),
        pytest.param(
            "{param: account_type, when: false, value: Standard_LRS, else: x}",
            "params[1].sets",
            "unknown key 'else'",
            id="unknown-key",
        ),
        pytest.param(
            "{param: account_type, value: Standard_LRS}",
            "params[1].sets",
            "missing key 'when'",
            id="missing-when",
        ),
        pytest.param(
            '{param: account_type, when: "false", value: Standard_LRS}',
            "params[1].sets.when",
            "'false' is not a literal of type bool",
            id="when-of-wrong-type",
        ),
        pytest.param(
            "{param: account_type, when: false, value: [Standard_LRS]}",
            "params[1].sets.value",
            "['Standard_LRS'] is not a literal of type string",
            id="value-of-wrong-type",
        ),
    ],
)
def test_sets(tmp_path: Path, sets: str, entry: str, problem: str) -> None:
    assert_error(
        spec_error(tmp_path, {"broken.yaml": SETS % sets}),
        f"spec/broken.yaml: operations.create_x.{entry}: ",
        problem,
    )


def test_required_parameter_after_optional_one(tmp_path: Path) -> None:
    text = VALID.replace(
        "      - {name: name, type: string, required: true}\n",
        "      - {name: label, type: string}\n      - {name: name, type: string, required: true}\n",
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.params[1]: ",
        "a required parameter follows an optional one",
    )


def test_when_naming_a_non_bool_parameter(tmp_path: Path) -> None:
    text = operation(
        """
        doc: Deletes an X.
        http:
          method: DELETE
          path: /{subscription_id}/xs
          query:
            comp: {value: media, when: complete}
        params:
          - {name: complete, type: string}
        """
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.http.query.comp.when: ",
        "'complete' is not a bool parameter",
    )


def test_when_naming_an_unknown_parameter(tmp_path: Path) -> None:
    text = operation(
        """
        doc: Deletes an X.
        http:
          method: DELETE
          path: /{subscription_id}/xs
          query:
            comp: {value: media, when: complete}
        """
    )
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.http.query.comp.when: ",
        "unknown parameter 'complete'",
    )


# --- names across files --------------------------------------------------------------------


def test_duplicate_operation_across_files(tmp_path: Path) -> None:
    other = VALID.split("shapes:")[0]
    message = spec_error(tmp_path, {"a.yaml": VALID, "b.yaml": other})
    assert_error(
        message, "spec/b.yaml: operations.create_x: ", "defined twice", "also in spec/a.yaml"
    )


def test_duplicate_shape_across_files(tmp_path: Path) -> None:
    other = "shapes:" + VALID.split("shapes:")[1]
    message = spec_error(tmp_path, {"a.yaml": VALID, "b.yaml": other})
    assert_error(message, "spec/b.yaml: shapes.X: ", "defined twice", "also in spec/a.yaml")


def test_duplicate_operation_in_one_file(tmp_path: Path) -> None:
    text = VALID.replace(
        "shapes:",
        "  create_x:\n    doc: Again.\n    http: {method: GET, path: /xs}\nshapes:",
    )
    message = spec_error(tmp_path, {"broken.yaml": text})
    assert_error(message, "spec/broken.yaml: ", "duplicate key 'create_x'", "line 2", "line 8")


def test_duplicate_namespace_prefix(tmp_path: Path) -> None:
    text = "namespaces:\n  wa: http://example.com/other\n"
    assert_error(
        spec_error(tmp_path, {"other.yaml": text}),
        "spec/other.yaml: namespaces.wa: ",
        "namespace prefix defined twice",
        "also in spec/common.yaml",
    )


# --- clients and namespaces ----------------------------------------------------------------


def test_two_default_clients(tmp_path: Path) -> None:
    text = """\
    clients:
      OtherService:
        doc: Another client.
        x_ms_version: "2014-10-01"
        content_type: application/xml
        default: true
    """
    assert_error(
        spec_error(tmp_path, {"other.yaml": text}),
        "spec/other.yaml: clients.OtherService.default: ",
        "only one client is the default",
        "TestService in spec/common.yaml",
    )


def test_no_default_client(tmp_path: Path) -> None:
    common = COMMON.replace("    default: true\n", "")
    assert_error(
        spec_error(tmp_path, {"x.yaml": VALID}, common=common),
        "spec: ",
        "exactly one client must have 'default: true'",
    )


def test_folder_level_errors_name_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "other_spec"
    folder.mkdir()
    (folder / "x.yaml").write_text(VALID, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_spec(folder)
    assert_error(str(info.value), "other_spec: ", "namespaces 'wa' and 'i' must be defined")


def test_unknown_client(tmp_path: Path) -> None:
    text = VALID.replace("    request: X\n", "    request: X\n    client: Nope\n")
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}),
        "spec/broken.yaml: operations.create_x.client: ",
        "unknown client 'Nope'",
    )


def test_status_operation_of_another_client(tmp_path: Path) -> None:
    text = """\
    clients:
      OtherService:
        doc: Another client, whose asynchronous operations are polled elsewhere.
        x_ms_version: "2014-10-01"
        content_type: application/xml
        status_operation: create_x
    """
    assert_error(
        spec_error(tmp_path, {"other.yaml": text, "x.yaml": VALID}),
        "spec/other.yaml: clients.OtherService: ",
        "status_operation 'create_x' is not an operation of OtherService",
    )


# --- table columns (`columns:`, read by the `asm` command line) ----------------------------

COLUMN_SHAPES = """
X:
  doc: An X.
  columns: [{columns}]
  members:
    - {{name: name, xml: Name, type: string}}
    - {{name: inner, xml: Inner, type: Y}}
    - {{name: items, xml: Items, type: list, item: Y}}
Y:
  doc: A Y.
  members:
    - {{name: state, xml: State, type: string}}
"""


def test_columns_are_member_paths(tmp_path: Path) -> None:
    text = shapes(COLUMN_SHAPES.format(columns="name, inner.state, items"))
    spec = load_spec(write_spec(tmp_path, {"x.yaml": text}))
    assert spec.shape("X").columns == ("name", "inner.state", "items")
    assert spec.shape("Y").columns == ()


@pytest.mark.parametrize(
    ("columns", "problem"),
    [
        ("nope", "'nope' is not a member of X"),
        ("inner.nope", "'nope' is not a member of Y"),
        ("items.state", "'items' is not a structure"),
        ("name.state", "'name' is not a structure"),
        ("name, name", "a column is named twice"),
    ],
)
def test_bad_columns(tmp_path: Path, columns: str, problem: str) -> None:
    text = shapes(COLUMN_SHAPES.format(columns=columns))
    assert_error(
        spec_error(tmp_path, {"broken.yaml": text}), "spec/broken.yaml: shapes.X.columns: ", problem
    )


# --- legacy-compatibility keys: legacy_list, fresh, legacy_names, general / specializes ----

LEGACY_CASES = [
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, type: string, legacy_list: Xs}"),
        "spec/broken.yaml: shapes.X.members[0] (name).legacy_list: ",
        ("for lists of shapes",),
        id="legacy-list-on-a-scalar",
    ),
    pytest.param(
        VALID.replace("xml: Name, type: string}", "xml: Name, type: string, fresh: true}"),
        "spec/broken.yaml: shapes.X.members[0] (name).fresh: ",
        ("for lists, maps and structures",),
        id="fresh-on-a-scalar",
    ),
    pytest.param(
        VALID.replace("    xml: X\n", "    xml: X\n    legacy_names: [lower_case]\n"),
        "spec/broken.yaml: shapes.X.legacy_names: ",
        ("'lower_case' is not a class name",),
        id="legacy-name-not-a-class-name",
    ),
    pytest.param(
        VALID
        + """\
  Y:
    doc: A Y.
    members:
      - {name: xs, xml: Xs, type: list, item: X, legacy_list: X}
""",
        "spec/broken.yaml: shapes.Y.members[0] (xs).legacy_list: ",
        ("X is the name of a shape",),
        id="legacy-list-named-like-a-shape",
    ),
    pytest.param(
        VALID
        + """\
  K:
    doc: A K.
    members:
      - {name: kind, xml: Kind, fixed: K}
  AnyX:
    doc: Any X.
    union:
      discriminator: {element: Kind}
      variants: {K: K}
      general: Nowhere
""",
        "spec/broken.yaml: shapes.AnyX.union.general: ",
        ("unknown shape 'Nowhere'",),
        id="general-unknown",
    ),
    pytest.param(
        VALID
        + """\
  Y:
    doc: A Y, whose fresh instance would start with a fresh Z, and that with a fresh Y.
    xml: Y
    members:
      - {name: z, xml: Z, type: Z, fresh: true}
  Z:
    doc: A Z.
    xml: Z
    members:
      - {name: y, xml: Y, type: Y, fresh: true}
""",
        # Refused as any shape holding itself: the generator never sees a constructor that
        # would not return.
        "spec/broken.yaml: shapes.Y: ",
        ("shape includes itself",),
        id="fresh-cycle",
    ),
    pytest.param(
        VALID
        + """\
  K:
    doc: A K, typed both by an element and by an attribute.
    xml: K
    xsi_type: K
    members:
      - {name: kind, xml: Kind, fixed: K}
  AnyX:
    doc: Any X.
    union:
      discriminator: {element: Kind}
      variants: {K: K}
  AnyY:
    doc: Any Y.
    union:
      discriminator: {attribute: "i:type"}
      variants: {K: K}
""",
        "spec/broken.yaml: shapes.AnyY.union: ",
        ("variant K is named type='K' here, kind='K' by another union",),
        id="variant-named-two-ways",
    ),
    pytest.param(
        VALID.replace("    xml: X\n", "    xml: X\n    specializes: X\n"),
        "spec/broken.yaml: shapes.X.specializes: ",
        ("X is not a union with an element discriminator",),
        id="specializes-a-structure",
    ),
    pytest.param(
        VALID.replace("type: string, required: true}", "type: string, required: true, legacy: X}"),
        "spec/broken.yaml: operations.create_x.params[0].legacy: ",
        ("legacy is for structure parameters",),
        id="legacy-on-a-string-parameter",
    ),
    pytest.param(
        VALID.replace(
            "      - {name: name, type: string, required: true}\n",
            "      - {name: name, type: string, required: true}\n"
            "      - {name: x, type: X, legacy: Nowhere}\n",
        ),
        "spec/broken.yaml: operations.create_x.params[1].legacy: ",
        ("unknown or same shape 'Nowhere'",),
        id="legacy-unknown-shape",
    ),
]


@pytest.mark.parametrize(("text", "prefix", "problem"), LEGACY_CASES)
def test_legacy_key_errors(
    tmp_path: Path, text: str, prefix: str, problem: tuple[str, ...]
) -> None:
    assert_error(spec_error(tmp_path, {"broken.yaml": text}), prefix, *problem)
