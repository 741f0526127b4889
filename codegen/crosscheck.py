"""`python -m codegen.crosscheck`: the spec against Microsoft's own ASM SDKs for node.

Microsoft's "Hydra" generator wrote plain code for its `azure-asm-*` npm packages: every
operation builds its URL from string pieces, pushes its fixed `comp=` / `action=` values, sets
its `x-ms-version` and writes (`js2xml.createElement`) and reads (`js2xml.getElement`) its XML
element by element. That code is read here as a table of facts, never run or copied:

* `npm pack` fetches each package into a cache folder outside the repository (nothing
  downloaded is committed);
* `extract_operations` turns a `lib/**/*.js` file into `JsOperation`s (HTTP method, path
  template, fixed and variable query values, x-ms-version, request and response element trees);
* `compare` matches them with the spec's operations on the wire (method, path template with
  every parameter as `{}`, the fixed `comp=` / `action=` values, and the request's root element
  when several operations share the rest) and lists, per package, the operations the spec lacks
  and, per matched operation, the elements each shape lacks, in the package's order.

`make crosscheck [PACKAGES="azure-asm-sql azure-asm-mgmt"]` prints the report; `--summary FILE`
writes the per-package counts that `make docs` shows in the API reference's coverage table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from codegen.ir import Group, Member, Operation, Shape, Spec, TypeRef
from codegen.loader import SpecError, load_spec

PACKAGES = (
    "azure-asm-compute",
    "azure-asm-network",
    "azure-asm-mgmt",
    "azure-asm-storage",
    "azure-asm-sb",
    "azure-asm-sql",
    "azure-asm-scheduler",
    "azure-asm-website",
    "azure-asm-trafficmanager",
    "azure-asm-hdinsight",
    "azure-asm-store",
)

#: The query names whose fixed values tell operations on one path apart.
SELECTORS = ("comp", "action")

SUMMARY_FILE = Path(__file__).with_name("crosscheck_summary.json")


@dataclass
class Element:
    """An element the package writes or reads, with its children in the package's order."""

    name: str
    children: list[Element] = field(default_factory=list)

    def child(self, name: str) -> Element:
        """The child of that name (case-insensitively), added when new."""
        for existing in self.children:
            if existing.name.lower() == name.lower():
                return existing
        created = Element(name)
        self.children.append(created)
        return created

    def adopt(self, element: Element) -> None:
        """Add `element` as a child, merging it into a child of the same name."""
        same = self.child(element.name)
        if same is not element:
            for grandchild in element.children:
                same.adopt(grandchild)


@dataclass
class JsOperation:
    name: str  # Class.method, as the package names it
    method: str
    path: str  # `{subscription_id}` and `{}` for the other values
    query: dict[str, str]  # fixed values always sent
    optional_query: dict[str, str]  # fixed values sent on a condition
    query_params: tuple[str, ...]  # names whose value is a parameter
    x_ms_version: str
    request: Element | None
    response: Element | None

    @property
    def selectors(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((k.lower(), v) for k, v in self.query.items() if k in SELECTORS))

    @property
    def wire(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.selectors)
        return f"{self.method} {self.path}" + (f"?{query}" if query else "")


_METHOD_START = re.compile(r"^\s*(\w+)\.prototype\.(\w+) = function\(", re.MULTILINE)
_URL_START = re.compile(r"^\s*var url2 = (.+);$")
_URL_LITERAL = re.compile(r"^\s*url2 = url2 \+ '([^']*)';")
_URL_VALUE = re.compile(r"^\s*url2 = url2 \+ encodeURIComponent\((.*)\);")
_QUERY_PUSH = re.compile(r"queryParameters\.push\('([^'=]+)=([^']*)'( \+)?")
_VERSION = re.compile(r"httpRequest\.headers\['x-ms-version'\] = '([^']+)'")
_HTTP_METHOD = re.compile(r"httpRequest\.method = '(\w+)'")
_CREATE = re.compile(r"(?:var )?(\w+) = js2xml\.createElement\('([^']+)'")
_ADD_CHILD = re.compile(r"js2xml\.addChildElement\((\w+), (\w+)\)")
_LITERAL_BODY = re.compile(r"var requestContent = '(<.*>)';")
_READ = re.compile(
    r"(?:var )?(\w+) = js2xml\.getElements?\(responseDoc, (\w+), '([^']+)', '[^']*'\)"
)


def _methods(source: str) -> Iterable[tuple[str, str]]:
    starts = list(_METHOD_START.finditer(source))
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(source)
        yield f"{start.group(1)}.{start.group(2)}", source[start.end() : end]


def _concatenation(expression: str) -> list[str]:
    """The top-level `+` operands of a JavaScript expression."""
    parts, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(expression):
        if char == "'":
            quoted = not quoted
        elif quoted:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "+" and depth == 0:
            parts.append(expression[start:index].strip())
            start = index + 1
    parts.append(expression[start:].strip())
    return parts


def _url_piece(operand: str) -> str:
    if re.fullmatch(r"'[^']*'", operand):
        return operand[1:-1]
    return "{subscription_id}" if "subscriptionId" in operand else "{}"


def _path(body: str) -> str:
    path = ""
    for line in body.splitlines():
        if "var baseUrl" in line:
            break
        if "queryParameters" in line:
            continue
        whole = _URL_START.match(line)
        if whole:
            path = "".join(_url_piece(operand) for operand in _concatenation(whole.group(1)))
            continue
        literal = _URL_LITERAL.match(line)
        if literal:
            path += literal.group(1)
            continue
        value = _URL_VALUE.match(line)
        if value:
            path += "{subscription_id}" if "subscriptionId" in value.group(1) else "{}"
    return path if path.startswith("/") else "/" + path


def _query(body: str) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    fixed: dict[str, str] = {}
    optional: dict[str, str] = {}
    params: list[str] = []
    previous = ""
    for line in body.splitlines():
        for push in _QUERY_PUSH.finditer(line):
            name, value, concatenated = push.groups()
            if concatenated:
                params.append(name)
            elif previous.strip().startswith("if ("):
                optional[name] = value
            else:
                fixed[name] = value
        if line.strip():
            previous = line
    return fixed, optional, tuple(params)


def _request(body: str) -> Element | None:
    literal = _LITERAL_BODY.search(body)
    if literal:
        root = etree.fromstring(literal.group(1).encode())

        def convert(node: etree._Element) -> Element:
            return Element(etree.QName(node).localname, [convert(child) for child in node])

        return convert(root)
    document = Element("#document")
    current: dict[str, Element] = {"requestDoc": document}
    for line in body.splitlines():
        created = _CREATE.search(line)
        if created:
            current[created.group(1)] = Element(created.group(2))
            continue
        added = _ADD_CHILD.search(line)
        if added and added.group(1) in current and added.group(2) in current:
            current[added.group(1)].adopt(current[added.group(2)])
            # Later lines add to the merged child, not the fresh one.
            current[added.group(2)] = current[added.group(1)].child(current[added.group(2)].name)
    return document.children[0] if document.children else None


def _response(body: str) -> Element | None:
    document = Element("#document")
    current: dict[str, Element] = {"responseDoc": document}
    for line in body.splitlines():
        read = _READ.search(line)
        if read and read.group(2) in current:
            variable, parent, name = read.groups()
            if "getElements(" in line and not line.rstrip().endswith("];"):
                continue  # the loop's condition, not a read
            # The package reads names in capitals; its variable keeps the element's case.
            stem = re.sub(r"(Sequence)?Element$", "", variable)
            if stem.lower() in (name.lower(), name.lower() + "s"):
                name = stem[0].upper() + stem[1 : len(name)]
            current[variable] = current[parent].child(name)
    return document.children[0] if document.children else None


def extract_operations(source: str) -> list[JsOperation]:
    """The operations a Hydra-generated client file sends (wrappers that only poll skipped)."""
    operations = []
    for name, body in _methods(source):
        method = _HTTP_METHOD.search(body)
        if method is None:
            continue
        version = _VERSION.search(body)
        fixed, optional, params = _query(body)
        operations.append(
            JsOperation(
                name=name,
                method=method.group(1),
                path=_path(body),
                query=fixed,
                optional_query=optional,
                query_params=params,
                x_ms_version=version.group(1) if version else "",
                request=_request(body),
                response=_response(body),
            )
        )
    return operations


# --- the spec's side -----------------------------------------------------------------------


def normalize_path(path: str) -> str:
    """A path template compared case-insensitively, each parameter as `{}`."""
    path = re.sub(r"\{subscription_id\}", "\0", path)
    path = re.sub(r"\{[^}]*\}", "{}", path).replace("\0", "{subscription_id}")
    return path.rstrip("/").lower()


def spec_selectors(operation: Operation) -> list[tuple[tuple[str, str], ...]]:
    """The fixed `comp=` / `action=` values the operation sends: always, and with every value
    sent on a condition (`delete_hosted_service(..., complete=True)` sends `comp=media`)."""
    fixed = [
        (item.name.lower(), item.value, item.when)
        for item in operation.query
        if item.name.lower() in SELECTORS and item.value is not None
    ]
    always = tuple(sorted((name, value) for name, value, when in fixed if when is None))
    every = tuple(sorted((name, value) for name, value, _ in fixed))
    return [always] if every == always else [always, every]


@dataclass(frozen=True)
class _Node:
    """What the spec expects under an element: a shape's body, list items, map entries."""

    kind: str  # "shape", "group", "list", "map", "entry", "leaf"
    shape: str = ""
    group: Group | None = None
    member: Member | None = None


def _children(spec: Spec, node: _Node) -> list[tuple[str, _Node]]:
    if node.kind == "shape":
        shape = spec.shape(node.shape)
        result: list[tuple[str, _Node]] = []
        for variant in _variants(spec, shape):
            seen = {name.lower() for name, _ in result}
            result += [
                (name, child)
                for name, child in _children(spec, _Node("shape", shape=variant))
                if name.lower() not in seen
            ]
        return result + _body(spec, shape.body)
    if node.kind == "group":
        assert node.group is not None
        return _body(spec, node.group.children)
    if node.kind == "list":
        assert node.member is not None
        return [(node.member.item_xml, _item(node.member))]
    if node.kind == "map":
        assert node.member is not None
        return [(node.member.entry_xml, _Node("entry", member=node.member))]
    if node.kind == "entry":
        assert node.member is not None
        return [(node.member.key_xml, _Node("leaf")), (node.member.value_xml, _Node("leaf"))]
    return []


def _variants(spec: Spec, shape: Shape) -> list[str]:
    if shape.union is None:
        return []
    names = [variant.shape for variant in shape.union.variants]
    return names + ([shape.union.general] if shape.union.general else [])


def _order_problem(theirs: list[str], expected: list[str]) -> str | None:
    ours = [name for name in expected if name in set(theirs)]
    mine = [name for name in theirs if name in set(expected)]
    if mine == ours:
        return None
    return f"order differs: package {', '.join(mine)}; spec {', '.join(ours)}"


def _item(member: Member) -> _Node:
    item = member.type.item
    if item is not None and item.kind == "shape":
        return _Node("shape", shape=item.name)
    return _Node("leaf")


def _body(spec: Spec, body: Sequence[Member | Group]) -> list[tuple[str, _Node]]:
    result: list[tuple[str, _Node]] = []
    for node in body:
        if isinstance(node, Group):
            result.append((node.xml, _Node("group", group=node)))
        elif node.placement != "element":
            continue
        elif node.type.kind == "list" and node.flat:
            result.append((node.item_xml, _item(node)))
        elif node.type.kind == "list":
            result.append((node.xml, _Node("list", member=node)))
        elif node.type.kind == "map":
            result.append((node.xml, _Node("map", member=node)))
        elif node.type.kind == "shape":
            result.append((node.xml, _Node("shape", shape=node.type.name)))
        else:
            result.append((node.xml, _Node("leaf")))
    return result


def _shape_label(spec: Spec, node: _Node, path: str) -> str:
    if node.kind == "shape":
        return f"{node.shape} ({path})"
    return path


def missing_elements(
    spec: Spec, element: Element, node: _Node, path: str, *, check_order: bool
) -> list[str]:
    """`SHAPE (path): missing A, B` lines for `element`'s tree against the spec's `node`."""
    problems: list[str] = []
    if node.kind == "leaf" and element.children:
        names = ", ".join(child.name for child in element.children)
        return [f"{path}: the spec has a value, the package reads elements {names}"]
    expected = _children(spec, node)
    by_name = {name.lower(): (name, child) for name, child in expected}
    lacking = [child.name for child in element.children if child.name.lower() not in by_name]
    if lacking:
        problems.append(f"{_shape_label(spec, node, path)}: missing {', '.join(lacking)}")
    if check_order:
        # The package writes requests with exact names (it reads responses in capitals).
        cased = [
            f"{child.name} (spec {by_name[child.name.lower()][0]})"
            for child in element.children
            if child.name.lower() in by_name and by_name[child.name.lower()][0] != child.name
        ]
        if cased:
            problems.append(f"{_shape_label(spec, node, path)}: case differs: {', '.join(cased)}")
        theirs = [child.name.lower() for child in element.children]
        # A union is written as one of its variants: each variant keeps its own order.
        variants = _variants(spec, spec.shape(node.shape)) if node.kind == "shape" else []
        orders = [
            [name.lower() for name, _ in _children(spec, _Node("shape", shape=variant))]
            for variant in variants
        ] or [[name.lower() for name, _ in expected]]
        for order in orders:
            problem = _order_problem(theirs, order)
            if problem:
                problems.append(f"{_shape_label(spec, node, path)}: {problem}")
    for child in element.children:
        found = by_name.get(child.name.lower())
        if found is not None and child.children:
            problems += missing_elements(
                spec, child, found[1], f"{path}/{found[0]}", check_order=check_order
            )
    return problems


@dataclass
class Match:
    js: JsOperation
    operation: Operation | None
    problems: list[str]
    version_behind: bool = False


def _request_root(spec: Spec, operation: Operation) -> tuple[str, _Node] | None:
    request = operation.request
    if request is None or request.kind != "xml":
        return None
    if request.param is not None:
        param = next(p for p in operation.params if p.name == request.param)
        shape = spec.shape(param.type.name)
    else:
        shape = spec.shape(request.shape)
    return shape.xml, _Node("shape", shape=shape.name)


def _response_root(spec: Spec, operation: Operation) -> tuple[str, _Node] | None:
    response = operation.response
    if response is None or response.kind != "xml":
        return None
    shape: Shape = spec.shape(response.shape)
    if response.list_xml:
        items = Member(
            name="items",
            xml=response.list_xml,
            type=TypeRef("list", item=TypeRef("shape", shape.name)),
            item_xml=response.item_xml or shape.xml,
        )
        return response.list_xml, _Node("list", member=items)
    return shape.xml, _Node("shape", shape=shape.name)


def _compare_tree(
    spec: Spec, element: Element | None, root: tuple[str, _Node] | None, what: str, order: bool
) -> list[str]:
    if element is None:
        return []
    if root is None:
        return [f"{what}: the spec has no body, the package sends/reads <{element.name}>"]
    name, node = root
    if name.lower() != element.name.lower():
        return [f"{what}: root <{element.name}> in the package, <{name}> in the spec"]
    return [
        f"{what} {line}" for line in missing_elements(spec, element, node, name, check_order=order)
    ]


def compare(spec: Spec, operations: Sequence[JsOperation]) -> list[Match]:
    """Each package operation with the spec's operation it matches (None: missing)."""
    index: dict[tuple[str, str, tuple[tuple[str, str], ...]], list[Operation]] = {}
    for ours in spec.operations:
        for selectors in spec_selectors(ours):
            key = (ours.method, normalize_path(ours.path), selectors)
            index.setdefault(key, []).append(ours)
    matches = []
    for js in operations:
        candidates = index.get((js.method, normalize_path(js.path), js.selectors), [])
        if len(candidates) > 1 and js.request is not None:
            root = js.request.name.lower()
            candidates = [
                op for op in candidates if (_request_root(spec, op) or ("",))[0].lower() == root
            ]
        if len(candidates) > 1 and js.response is not None:
            # One GET answering differently by a query value that is not comp=/action=
            # (Websites' webspaces?properties=georegions): the answer's root tells them apart.
            root = js.response.name.lower()
            by_answer = [
                op for op in candidates if (_response_root(spec, op) or ("",))[0].lower() == root
            ]
            candidates = by_answer or candidates
        operation: Operation | None = candidates[0] if candidates else None
        problems: list[str] = []
        behind = False
        if operation is not None:
            problems += _compare_tree(
                spec, js.request, _request_root(spec, operation), "request", True
            )
            problems += _compare_tree(
                spec, js.response, _response_root(spec, operation), "response", False
            )
            behind = bool(js.x_ms_version) and operation.x_ms_version < js.x_ms_version
        matches.append(Match(js, operation, problems, behind))
    return matches


# --- fetching and reporting ----------------------------------------------------------------


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(os.environ.get("AZURE_ASM_CROSSCHECK_CACHE", Path(base) / "azure-asm-crosscheck"))


def fetch(package: str, cache: Path, refresh: bool = False) -> Path:
    """The unpacked package folder (`npm pack` into `cache` unless already there)."""
    cache.mkdir(parents=True, exist_ok=True)
    archives = sorted(cache.glob(f"{package}-[0-9]*.tgz"))
    if refresh or not archives:
        result = subprocess.run(
            ["npm", "pack", package, "--pack-destination", str(cache)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"npm pack {package} failed: {result.stderr.strip()}")
        name = result.stdout.strip().splitlines()[-1]
        archive = cache / name
    else:
        archive = archives[-1]
    target = cache / archive.name.removesuffix(".tgz")
    if not target.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    return target


def package_operations(folder: Path) -> list[JsOperation]:
    operations: list[JsOperation] = []
    for path in sorted(folder.glob("package/lib/**/*.js")):
        operations += extract_operations(path.read_text(encoding="utf-8"))
    return operations


def version_of(folder: Path) -> str:
    data = json.loads((folder / "package" / "package.json").read_text(encoding="utf-8"))
    return str(data.get("version", "?"))


def tree_lines(element: Element, indent: str = "      ") -> list[str]:
    """`element` and its descendants, one per line, indented by depth."""
    lines = [f"{indent}<{element.name}>"]
    for child in element.children:
        lines += tree_lines(child, indent + "  ")
    return lines


def report(
    package: str, version: str, matches: Sequence[Match], *, trees: bool = False
) -> tuple[list[str], dict[str, object]]:
    lines = [f"== {package} {version}"]
    missing = [m for m in matches if m.operation is None]
    matched = [m for m in matches if m.operation is not None]
    versions = sorted({m.js.x_ms_version for m in matches if m.js.x_ms_version})
    lines.append(
        f"{len(matches)} operations (x-ms-version {', '.join(versions) or '?'}); "
        f"{len(matched)} in the spec, {len(missing)} missing"
    )
    for match in missing:
        js = match.js
        params = "".join(f" {name}=..." for name in js.query_params)
        lines.append(
            f"  missing operation: {js.name}: {js.wire}{params} (x-ms-version {js.x_ms_version})"
        )
        if trees:
            for what, element in (("request", js.request), ("response", js.response)):
                if element is not None:
                    lines += [f"    {what}:", *tree_lines(element)]
    element_problems = order_problems = case_problems = behind = 0
    for match in matched:
        assert match.operation is not None
        if match.version_behind:
            behind += 1
        notes = list(match.problems)
        if match.version_behind:
            notes.insert(
                0,
                f"x-ms-version {match.operation.x_ms_version} (package {match.js.x_ms_version})",
            )
        if notes:
            lines.append(f"  {match.operation.name} ({match.js.name}):")
            lines += [f"    {note}" for note in notes]
        element_problems += sum(": missing " in problem for problem in match.problems)
        order_problems += sum(": order differs" in problem for problem in match.problems)
        case_problems += sum(": case differs" in problem for problem in match.problems)
    summary: dict[str, object] = {
        "version": version,
        "x_ms_version": versions[-1] if versions else "",
        "operations": len(matches),
        "in_spec": len(matched),
        "missing_operations": len(missing),
        "shapes_missing_elements": element_problems,
        "request_order_differences": order_problems,
        "request_case_differences": case_problems,
        "older_x_ms_version": behind,
    }
    return lines, summary


def read_summary(path: Path = SUMMARY_FILE) -> dict[str, dict[str, object]]:
    """The counts of the last `make crosscheck`, per package (empty before the first run)."""
    if not path.exists():
        return {}
    data: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.crosscheck", description=__doc__)
    parser.add_argument("packages", nargs="*", help=f"npm packages (default: all {len(PACKAGES)})")
    parser.add_argument("--spec", type=Path, default=Path("spec"))
    parser.add_argument("--cache", type=Path, default=None, help="where npm pack writes")
    parser.add_argument("--refresh", action="store_true", help="fetch the packages again")
    parser.add_argument(
        "--trees", action="store_true", help="show the elements of the missing operations"
    )
    parser.add_argument(
        "--summary", type=Path, default=None, help="write the per-package counts (JSON) here"
    )
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    cache = args.cache or cache_dir()
    summaries: dict[str, object] = {}
    for package in args.packages or PACKAGES:
        try:
            folder = fetch(package, cache, args.refresh)
        except (OSError, RuntimeError) as exc:
            print(f"== {package}: {exc}", file=sys.stderr)
            return 1
        lines, summary = report(
            package,
            version_of(folder),
            compare(spec, package_operations(folder)),
            trees=args.trees,
        )
        print("\n".join(lines))
        summaries[package] = summary
    if args.summary is not None:
        previous: dict[str, object] = {}
        if args.summary.exists():
            previous = json.loads(args.summary.read_text(encoding="utf-8"))
        previous.update(summaries)
        ordered = {name: previous[name] for name in sorted(previous)}
        args.summary.write_text(json.dumps(ordered, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
