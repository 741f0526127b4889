"""Render the IR into the `azure_asm` package with Jinja2 templates, then format it.

One template per output module (`templates/*.py.jinja`); how each kind of type is read, written,
validated and annotated lives in one macro file per type kind (`templates/types/*.jinja`).
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import textwrap
import xml.sax.saxutils
from collections.abc import Sequence
from pathlib import Path

import jinja2

from codegen.cli_names import cli_names
from codegen.ir import (
    NO_DEFAULT,
    Group,
    ListDocument,
    Member,
    Operation,
    ResponseBody,
    Shape,
    Spec,
    TypeRef,
)
from codegen.names import snake

TEMPLATES = Path(__file__).parent / "templates"

#: The SDK's modules, in the order they are written (template `<module>.jinja`).
MODULES = (
    "models.py",
    "serializers.py",
    "deserializers.py",
    "validators.py",
    "clients.py",
    "catalog.py",
    "waiters.py",
    "strategies.py",
    "__init__.py",
)
#: The package holding the server's direction of the codecs (what the emulator, the `Stubber`
#: and the tests use to read requests and write responses), which the SDK does not ship.
SERVER_PACKAGE = "azure_asm_emulator_codecs"
#: Its modules: (file, template).
SERVER_MODULES = (
    ("serializers.py", "serializers.py"),
    ("deserializers.py", "deserializers.py"),
    ("catalog.py", "server_catalog.py"),
    ("__init__.py", "server_init.py"),
)
#: What each module's docstring says it is.
TITLES = {
    ("azure_asm", "serializers.py"): "XML writers of the request bodies the clients send.",
    ("azure_asm", "deserializers.py"): "XML readers of the responses the clients receive.",
    ("azure_asm", "catalog.py"): (
        "The operation table: what each operation sends and answers, for routing and tooling."
    ),
    (SERVER_PACKAGE, "serializers.py"): "XML writers of the responses a server sends.",
    (SERVER_PACKAGE, "deserializers.py"): "XML readers of the request bodies a server receives.",
    (SERVER_PACKAGE, "catalog.py"): "The server's codecs of each operation, by name.",
    (SERVER_PACKAGE, "__init__.py"): (
        "The server's direction of the XML codecs: the emulator reads requests and writes\n"
        "responses with them, as the clients of `azure_asm` write requests and read responses."
    ),
}


SCALAR_PYTHON = {
    "string": "str",
    "int": "int",
    "long": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "base64text": "str",
    "base64": "bytes",
}


def tag_const(xml: str, prefix: str) -> str:
    """Name of the module constant holding the Clark name `{namespace}xml`."""
    return f"_{prefix.upper()}_" + re.sub(r"[^A-Za-z0-9_]", "_", xml)


WHERE = "{where}"


def fname(body: str) -> str:
    """The name argument of a check: `body` without the `{where}` prefix a validator passes
    separately (so that the full name is only built when a check fails)."""
    return fstr(body.removeprefix(WHERE))


def fwhere(body: str) -> str:
    return ", where=where" if body.startswith(WHERE) else ""


def fstr(body: str) -> str:
    """A string literal for `body`, an f-string only when it has placeholders."""
    return f'f"{body}"' if "{" in body else f'"{body}"'


SCALAR_READ = {
    "string": "read_string",
    "int": "read_int",
    "long": "read_long",
    "float": "read_float",
    "bool": "read_bool",
    "datetime": "read_datetime",
    "base64text": "read_base64text",
    "base64": "read_base64",
}
ATTRIBUTE_READ = {
    "string": "attribute_string",
    "int": "attribute_int",
    "long": "attribute_long",
    "float": "attribute_float",
    "bool": "attribute_bool",
    "datetime": "attribute_datetime",
}
SCALAR_FORMAT = {
    "string": "escape_text",
    "int": "format_int",
    "long": "format_int",
    "float": "format_float",
    "bool": "format_bool",
    "datetime": "format_datetime",
    "base64text": "format_base64text",
    "base64": "format_base64",
}


def xml_field(type_name: str, expr: str) -> str:
    """The f-string replacement field writing `expr` (not a string: the templates escape
    strings in a statement of their own) as XML text: integers through the format spec (no
    call, and a non-integer fails instead of being truncated), other types through their
    runtime formatter."""
    if type_name in ("int", "long"):
        return "{" + expr + ":d}"
    return "{" + SCALAR_FORMAT[type_name] + "(" + expr + ")}"


SCALAR_CHECK = {
    "string": "check_string",
    "base64text": "check_string",
    "int": "check_int",
    "long": "check_int",
    "float": "check_float",
    "bool": "check_bool",
    "datetime": "check_datetime",
    "base64": "check_bytes",
}
#: How a parameter value becomes text in a path, query or header.
SCALAR_TEXT = {
    "string": "{}",
    "int": "format_int({})",
    "long": "format_int({})",
    "bool": "format_bool({})",
    "datetime": "format_datetime({})",
}


def py_type(type_ref: TypeRef, spec: Spec, *, argument: bool = False) -> str:
    if type_ref.kind == "scalar":
        return SCALAR_PYTHON[type_ref.name]
    if type_ref.kind == "map":
        return "Mapping[str, str]" if argument else "dict[str, str]"
    if type_ref.kind == "json":
        return "Any"
    if type_ref.kind == "list":
        assert type_ref.item is not None
        return f"list[{py_type(type_ref.item, spec)}]"
    return type_ref.name


def fresh_value(member: Member, spec: Spec) -> str | None:
    """The expression of a member's value in a fresh instance when it is not None: as in the
    reference package, lists with a `legacy_list` class start as an empty one, so that code
    can fill them in place (`role.configuration_sets.append(...)`), and so do members marked
    `fresh` (an empty list or map, or a fresh instance of a nested structure; writers leave
    them out while empty or blank). Everything else starts as None, which tells that the
    element was left out (a detached disk has no `attached_to`; an update without
    `<ExtendedProperties>` leaves them alone)."""
    if member.fixed is not None or member.placement != "element":
        return None
    if member.legacy_list:
        return f"{member.legacy_list[0]}()"
    if member.fresh and member.type.kind == "list":
        return "[]"
    if member.fresh and member.type.kind == "map":
        return "{}"
    if member.fresh:
        return f"{member.type.name}()"
    return None


def start_tag(group: Group) -> str:
    """The start tag of a group's element, its constant attributes escaped."""
    attributes = "".join(
        f' {name}="{xml.sax.saxutils.escape(value, {chr(34): "&quot;"})}"'
        for name, value in group.attributes
    )
    return f"<{group.xml}{attributes}>"


#: The line length of generated code (ruff's, as the project's).
LINE = 100
#: Longer string literals are written in pieces (implicit concatenation), which the formatter
#: joins again where they fit on a line and leaves one a line where they do not.
PIECE = 60
#: A character no spec text holds, marking where a long path may break in prose.
_BREAK = "\x00"


def pieces(text: str, width: int = PIECE) -> list[str]:
    """`text` cut after spaces and slashes into pieces of about `width` characters."""
    parts = re.findall(r"[^ /]*[ /]*", text)
    result = [""]
    for part in filter(None, parts):
        if result[-1] and len(result[-1]) + len(part) > width:
            result.append("")
        result[-1] += part
    return result


def literal(value: object) -> str:
    if value is NO_DEFAULT:
        return "None"
    if isinstance(value, str) and len(value) > PIECE:
        return " ".join(repr(piece) for piece in pieces(value))
    return repr(value)


def element(xml: str, decl: str, field: str) -> str:
    """`<xml decl>field</xml>` as pieces: the literal tags around the f-string `field`."""
    return f'{literal(f"<{xml}{decl}>")} f"{field}" {literal(f"</{xml}>")}'


def _docstring_safe(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """`textwrap.wrap`, with paths longer than a line broken after a slash."""
    words = [
        word.replace("/", "/" + _BREAK + " ") if len(word) > width // 2 else word
        for word in text.split(" ")
    ]
    lines = textwrap.wrap(
        " ".join(words),
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_BREAK + " ", "").replace(_BREAK, "") for line in lines]


def docstring(text: str, indent: int, width: int = 96) -> str:
    """Wrap spec prose for a docstring body at `indent` spaces."""
    if not text:
        return ""
    prefix = " " * indent
    return "\n".join(_wrap(_docstring_safe(text), width, prefix, prefix))


def summary(text: str, indent: int) -> str:
    """A one-sentence docstring (quotes included) whose first line starts at `indent` spaces,
    wrapped to the line length."""
    prefix = " " * indent
    lines = _wrap(_docstring_safe(text), LINE - 3, prefix + '"""', prefix)
    return "\n".join(lines).removeprefix(prefix) + '"""'


def attribute_doc(name: str, text: str, indent: int, width: int = 96) -> str:
    prefix = " " * indent
    body = f"{name}: {_docstring_safe(text)}" if text else f"{name}:"
    return "\n".join(_wrap(body, width, prefix, prefix + "    "))


def group_function(shape: Shape, path: tuple[str, ...]) -> str:
    return f"_read_{snake(shape.name)}__{'__'.join(snake(p) for p in path)}"


def group_tree(shape: Shape) -> list[tuple[tuple[str, ...], Group]]:
    """Every group of a shape with its path of group names, outermost first."""
    found: list[tuple[tuple[str, ...], Group]] = []

    def visit(nodes: tuple[Member | Group, ...], path: tuple[str, ...]) -> None:
        for node in nodes:
            if isinstance(node, Group):
                found.append(((*path, node.xml), node))
                visit(node.children, (*path, node.xml))

    visit(shape.body, ())
    return found


def is_group(node: object) -> bool:
    return isinstance(node, Group)


def ns_decl(namespace: str, parent: str) -> str:
    """The declaration an element needs when its namespace is not its parent's."""
    return f' xmlns="{namespace}"' if namespace and namespace != parent else ""


def all_tags(
    shapes: Sequence[Shape],
    documents: Sequence[ListDocument],
    prefixes: dict[str, str],
    spec: Spec,
) -> list[tuple[str, str]]:
    """Every (namespace prefix, element name) the readers of `shapes` and `documents` compare
    against."""
    tags: set[tuple[str, str]] = set()

    def visit(nodes: tuple[Member | Group, ...], prefix: str) -> None:
        for node in nodes:
            if isinstance(node, Group):
                tags.add((prefix, node.xml))
                visit(node.children, prefix)
                continue
            if not node.is_element:
                continue
            own = prefixes[node.namespace] if node.namespace else prefix
            tags.add((own, node.xml))
            if node.type.kind == "list":
                item_ns = node.item_namespace or node.namespace
                tags.add((prefixes[item_ns] if item_ns else prefix, node.item_xml))
            if node.type.kind == "map":
                tags.update((own, n) for n in (node.entry_xml, node.key_xml, node.value_xml))

    for shape in shapes:
        prefix = prefixes[shape.namespace]
        tags.add((prefix, shape.xml))
        visit(shape.body, prefix)
        if shape.union and shape.union.discriminator_kind == "element":
            tags.add((prefix, shape.union.discriminator))
    for document in documents:
        prefix = prefixes[spec.shape(document.item).namespace]
        tags.update(((prefix, document.xml), (prefix, document.item_xml)))
    return sorted(tags)


def secret_elements(spec: Spec) -> list[tuple[str, str]]:
    """(parent element, element) local names of every secret member, for tools that must
    blank secrets out of XML documents they keep (``azure_asm_runtime.recording``)."""
    holders: dict[str, set[str]] = {shape.name: {shape.xml} for shape in spec.shapes}
    for shape in spec.shapes:
        for member in shape.members:
            if member.type.kind == "shape":
                holders[member.type.name].add(member.xml)
            elif member.type.item is not None and member.type.item.kind == "shape":
                item = member.type.item.name
                holders[item].add(member.item_xml or spec.shape(item).xml)
    for shape in spec.shapes:
        if shape.union is not None:
            for variant in shape.union.variants:
                holders[variant.shape] |= holders[shape.name]
    pairs: set[tuple[str, str]] = set()

    def visit(nodes: tuple[Member | Group, ...], parents: set[str]) -> None:
        for node in nodes:
            if isinstance(node, Group):
                visit(node.children, {node.xml})
            elif node.secret and node.fixed is None:
                if node.placement == "text":
                    pairs.update((parent, "#text") for parent in parents)
                elif node.placement == "attribute":
                    pairs.update((parent, "@" + node.xml) for parent in parents)
                elif node.type.kind == "list" and not node.flat:
                    pairs.add((node.xml, node.item_xml))
                else:
                    pairs.update((parent, node.xml) for parent in parents)

    for shape in spec.shapes:
        if shape.union is None:
            visit(shape.body, holders[shape.name])
    return sorted(pairs)


class Renderer:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )
        self.prefixes = {uri: prefix for prefix, uri in spec.namespaces.items()}
        self.env.filters.update(
            snake=snake,
            tag=tag_const,
            fstr=fstr,
            fname=fname,
            fwhere=fwhere,
            comment=lambda text: "\n".join(f"#: {line}" for line in text.splitlines()),
            literal=literal,
            start_tag=start_tag,
            docstring=docstring,
            attribute_doc=attribute_doc,
            summary=summary,
            reader=SCALAR_READ.__getitem__,
            attribute_reader=ATTRIBUTE_READ.__getitem__,
            formatter=SCALAR_FORMAT.__getitem__,
            checker=SCALAR_CHECK.__getitem__,
            # The namespace prefix of a namespace URI (`wa`), as the tag constants name it.
            prefix=self.prefixes.__getitem__,
            # The classes a value may be: one name, or a tuple of them for isinstance.
            classes=lambda names: names[0] if len(names) == 1 else f"({', '.join(names)})",
        )
        self.env.tests["group"] = is_group
        self.unwraps = unwraps(spec)
        #: What the spec holds, given to every template to format (never the `Spec` itself);
        #: a module's own context may narrow it (the shapes one direction of a codec covers).
        self.collections: dict[str, object] = {
            "shapes": spec.shapes,
            "documents": spec.list_documents,
            "clients": spec.clients,
            "operations": spec.operations,
            "waiters": spec.waiters,
            "member_lists": spec.legacy_lists(),
        }
        self.env.globals.update(
            member_tag=self.member_tag,
            member_prefix=self.member_prefix,
            item_tag=self.item_tag,
            ns_decl=ns_decl,
            xml_field=xml_field,
            element=element,
            class_tuple=self.class_tuple,
            path_of=self.path_of,
            attribute_clark=self.attribute_clark,
            format_value=self.format_value,
            path_expression=self.path_expression,
            operation_response=self.operation_response,
            py_type=lambda t, argument=False: py_type(t, spec, argument=argument),
            fresh_value=lambda m: fresh_value(m, spec),
            shape=spec.shape,
            group_tree=group_tree,
            group_function=group_function,
            variant_classes=self.variant_classes,
            discriminator_member=self.discriminator_member,
            variant_discriminator=spec.variant_keys.get,
            member_groups=self.member_groups,
            secret_elements=secret_elements(spec),
            # The spec's folder, as the loader named it (`spec/hosted_services.yaml`).
            spec_folder=spec.sources[0].partition("/")[0] if spec.sources else "spec",
            cli_names=cli_names(
                (op.name for op in spec.operations),
                {op.name: op.cli for op in spec.operations if op.cli is not None},
            ),
            unwrap_body=lambda response: unwrap_body(spec, response),
        )

    def variant_classes(self, shape_name: str) -> list[str]:
        shape = self.spec.shape(shape_name)
        if shape.union is None:
            return [shape.name]
        general = [shape.union.general] if shape.union.general else []
        return [v.shape for v in shape.union.variants] + general

    def member_groups(self, shape: Shape) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """The `exactly_one` and `at_most_one` groups of the operations sending `shape` as their
        request body whose parameters are members of it (`location` / `affinity_group` of
        `CreateHostedService`): what a request model must respect to be sent."""
        fields = {m.name for m in shape.fields}
        exactly: list[tuple[str, ...]] = []
        at_most: list[tuple[str, ...]] = []
        for op in self.spec.operations:
            if op.request is None or op.request.shape != shape.name:
                continue
            for groups, found in ((op.exactly_one, exactly), (op.at_most_one, at_most)):
                for group in groups:
                    if set(group) <= fields and group not in found:
                        found.append(group)
        return exactly, at_most

    def discriminator_member(self, shape: Shape) -> Member:
        """The member of a general structure that names the variant it stands for."""
        assert shape.specializes is not None
        union = self.spec.shape(shape.specializes).union
        assert union is not None
        return next(m for m in shape.fields if m.xml == union.discriminator)

    def member_prefix(self, member: Member | Group, shape_prefix: str) -> str:
        if isinstance(member, Member) and member.namespace:
            return self.prefixes[member.namespace]
        return shape_prefix

    def member_tag(self, member: Member | Group, shape_prefix: str) -> str:
        return tag_const(member.xml, self.member_prefix(member, shape_prefix))

    def item_tag(self, member: Member, shape_prefix: str) -> str:
        namespace = member.item_namespace or member.namespace
        prefix = self.prefixes[namespace] if namespace else shape_prefix
        return tag_const(member.item_xml, prefix)

    def class_tuple(self, shape_name: str) -> str:
        classes = self.variant_classes(shape_name)
        return classes[0] if len(classes) == 1 else f"({', '.join(classes)})"

    def path_of(self, shape: Shape, group: Group) -> tuple[str, ...]:
        for path, candidate in group_tree(shape):
            if candidate is group:
                return path
        raise KeyError(group.xml)

    def attribute_clark(self, qualified: str) -> str:
        prefix, _, local = qualified.partition(":")
        return f"{{{self.spec.namespaces[prefix]}}}{local}"

    def format_value(self, operation: Operation, param_name: str) -> str:
        """The text of a path, query or header parameter (the loader has checked it has one)."""
        param = next(p for p in operation.params if p.name == param_name)
        return SCALAR_TEXT[param.type.name].format(param_name)

    def path_expression(self, operation: Operation) -> str:
        """The path as f-string pieces, one per segment, that the formatter joins where they fit."""
        parts = []
        for literal_text, field, _, _ in string.Formatter().parse(operation.path):
            parts.append(literal_text.replace("{", "{{").replace("}", "}}"))
            if field == "subscription_id":
                parts.append("{quote_segment(self.subscription_id)}")
            elif field is not None:
                parts.append(f"{{quote_segment({self.format_value(operation, field)})}}")
        segments = re.findall(r"[^/]*/*", "".join(parts))
        return " ".join(fstr(segment) for segment in segments if segment)

    def operation_response(self, operation_name: str) -> str:
        operation = next(op for op in self.spec.operations if op.name == operation_name)
        assert operation.response is not None
        return operation.response.shape

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(f"{template}.jinja").render(self.collections, **context)

    def codecs(
        self, writes: frozenset[str], reads: frozenset[str], documents: bool
    ) -> dict[str, dict[str, object]]:
        """The context of the serializers and deserializers templates: writers of the shapes in
        `writes`, readers of those in `reads`, and the list documents (responses) with the
        writers when `documents` is False, with the readers when it is True."""
        spec = self.spec
        read_shapes = spec.shapes_in(reads)
        read_documents = spec.list_documents if documents else ()
        tags = all_tags(read_shapes, read_documents, self.prefixes, spec)
        used = {prefix for prefix, _ in tags}
        read_lists = {d.list_class for d in read_documents if d.list_class}
        return {
            "serializers.py": {
                "shapes": spec.shapes_in(writes),
                "documents": () if documents else spec.list_documents,
            },
            "deserializers.py": {
                "shapes": read_shapes,
                "documents": read_documents,
                "tags": tags,
                "namespaces": [(p, uri) for p, uri in spec.namespaces.items() if p in used],
                "legacy_lists": [name for name, _, item in spec.legacy_lists() if item in reads]
                + sorted(read_lists),
                "unwraps": self.unwraps if documents else [],
            },
        }


FIRST_PARTY = [
    "azure_asm",
    "azure_asm_runtime",
    "azure_asm_emulator",
    "azure_asm_emulator_codecs",
    "codegen",
]


def ruff_format(folder: Path) -> None:
    """Format generated code with the pinned ruff, so the output is the same everywhere."""
    folder = folder.resolve()
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise RuntimeError("ruff is needed to format generated code: pip install -e '.[codegen]'")
    # --isolated: the same output whether `folder` is in the repo or in a temporary folder.
    common = [
        "--isolated",
        "--no-cache",
        "--quiet",
        "--line-length",
        "100",
        "--target-version",
        "py311",
        "--config",
        f"lint.isort.known-first-party={FIRST_PARTY!r}".replace("'", '"'),
    ]
    for command in (
        [ruff, "check", "--fix-only", "--select", "I,F401", *common, str(folder)],
        [ruff, "format", *common, str(folder)],
    ):
        subprocess.run(command, check=True, cwd=folder)


def generate_docs(spec: Spec, out: Path) -> list[Path]:
    """Write the Markdown API reference and the coverage table into `out`."""
    from codegen.coverage import coverage
    from codegen.crosscheck import read_summary

    renderer = Renderer(spec)
    rows = coverage(spec)
    reference = {row.method for row in rows}
    env = renderer.env
    env.globals.update(
        rows=rows,
        covered=sum(1 for row in rows if row.params is not None),
        missing=[row for row in rows if row.params is None],
        extra=sorted({op.name for op in spec.operations} - reference),
        return_type=_return_type,
        crosscheck=read_summary(),
    )
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "README.md", out / "models.md"]
    written[0].write_text(renderer.render("docs/README.md"), encoding="utf-8")
    written[1].write_text(renderer.render("docs/models.md"), encoding="utf-8")
    for client in spec.clients:
        path = out / f"{client.name}.md"
        path.write_text(renderer.render("docs/client.md", client=client), encoding="utf-8")
        written.append(path)
    return written


def _return_type(operation: Operation) -> str:
    response = operation.response
    if operation.is_async:
        return "AsyncOperation"
    if response is None:
        return "None"
    if response.kind == "json":
        return "Any"
    if response.kind == "text":
        return "str"
    if response.is_unwrapped:
        if response.unwrap_list_at is None:
            return response.unwrap_shape
        return f"UnwrappedList[{response.unwrap_shape}, {response.shape}]"
    if response.list_class:
        return response.list_class
    return f"list[{response.shape}]" if response.is_list else response.shape


def unwraps(spec: Spec) -> list[tuple[ResponseBody, list[str]]]:
    """The unwrapped responses, one per document, with the operations reading each."""
    found: dict[str, tuple[ResponseBody, list[str]]] = {}
    for operation in spec.operations:
        response = operation.response
        if response is not None and response.is_unwrapped:
            found.setdefault(response.shape, (response, []))[1].append(operation.name)
    return [found[name] for name in sorted(found)]


def unwrap_body(spec: Spec, response: ResponseBody) -> list[str]:
    """The statements of an unwrap function: walk the path from `document` (None-safe at every
    step), make a fresh item when the path ends early, fill its envelope members."""
    lines: list[str] = []
    counter = iter(range(1, 1000))

    def walk(root: str, segments: Sequence[str], target: str) -> None:
        current, optional = root, False
        for index, segment in enumerate(segments):
            name = target if index == len(segments) - 1 else f"step{next(counter)}"
            guard = f" if {current} is not None else None" if optional else ""
            lines.append(f"{name} = {current}.{segment}{guard}")
            current, optional = name, True

    path = response.unwrap
    item = spec.shape(response.unwrap_shape)
    indent = ""
    envelope = "document"
    inner = path
    if response.unwrap_list_at is not None:
        walk("document", path[: response.unwrap_list_at + 1], "envelopes")
        lines.append("for envelope in envelopes or ():")
        indent, envelope = "    ", "envelope"
        inner = path[response.unwrap_list_at + 1 :]
    start = len(lines)
    if inner:
        walk(envelope, inner, "item")
    else:
        lines.append(f"item = {envelope}")
    lines.append("if item is None:")
    lines.append(f"    item = {item.name}()")
    for member in item.envelope:
        walk(envelope, member.envelope, f"item.{member.name}")
    if response.unwrap_list_at is not None:
        lines.append("items.append(item)")
    lines[start:] = [indent + line for line in lines[start:]]
    return lines


def generate(spec: Spec, out: Path) -> list[Path]:
    """Write the `azure_asm` package and the server's codecs into the output root `out`;
    return the files written."""
    renderer = Renderer(spec)
    client = renderer.codecs(spec.client_writes, spec.client_reads, documents=True)
    server = renderer.codecs(spec.client_reads, spec.client_writes, documents=False)
    client["clients.py"] = {"unwraps": renderer.unwraps}
    server["catalog.py"] = {"operations": spec.operations}
    plan = [("azure_asm", module, module, client.get(module, {})) for module in MODULES]
    plan += [
        (SERVER_PACKAGE, module, template, server.get(module, {}))
        for module, template in SERVER_MODULES
    ]
    written: list[Path] = []
    for package, module, template, context in plan:
        path = out / package / module
        path.parent.mkdir(parents=True, exist_ok=True)
        title = TITLES.get((package, module))
        extra = {"title": title} if title else {}
        path.write_text(renderer.render(template, **context, **extra), encoding="utf-8")
        written.append(path)
    for package in ("azure_asm", SERVER_PACKAGE):
        marker = out / package / "py.typed"
        marker.write_text("", encoding="utf-8")
        written.append(marker)
        ruff_format(out / package)
    return written
