"""Load `spec/*.yaml`, validate every entry and build the IR.

Errors are `SpecError`s whose message starts with the file and the entry
(`spec/hosted_services.yaml: operations.create_hosted_service.params[0]: ...`), so a mistake in
a spec file can be found without reading the generator.
"""

from __future__ import annotations

import keyword
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from codegen.cli_names import CliNameError, cli_names
from codegen.ir import (
    NO_DEFAULT,
    SCALAR_TYPES,
    Acceptor,
    Client,
    Constraints,
    FedMember,
    Group,
    HeaderItem,
    ListDocument,
    Member,
    Operation,
    Pages,
    Param,
    ParamCheck,
    ParamEffect,
    QueryItem,
    RequestBody,
    ResponseBody,
    Shape,
    Spec,
    TypeRef,
    Union,
    Variant,
    Waiter,
    flatten,
)
from codegen.names import snake

HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH")
#: Scalar types a parameter may have when its value goes in a path, query or header.
TEXT_TYPES = ("string", "int", "long", "bool", "datetime")
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
CLI_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


class SpecError(Exception):
    """A spec file is invalid; the message names the file and the entry."""


@dataclass(frozen=True)
class Where:
    """Where in the spec an entry is, for error messages."""

    file: str
    entry: str

    def at(self, key: str | int) -> Where:
        suffix = f"[{key}]" if isinstance(key, int) else f".{key}" if self.entry else key
        return Where(self.file, f"{self.entry}{suffix}")

    def error(self, message: str) -> SpecError:
        if not self.entry:  # the file as a whole
            return SpecError(f"{self.file}: {message}")
        return SpecError(f"{self.file}: {self.entry}: {message}")


# --- generic checks -------------------------------------------------------------------------


def _mapping(value: Any, where: Where) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise where.error(f"expected a mapping, got {type(value).__name__}")
    return value


def _keys(value: Any, where: Where, required: Iterable[str], optional: Iterable[str]) -> None:
    mapping = _mapping(value, where)
    allowed = set(required) | set(optional)
    for key in mapping:
        if key not in allowed:
            raise where.error(f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    for key in required:
        if key not in mapping:
            raise where.error(f"missing key {key!r}")


def _str(value: Any, where: Where) -> str:
    if not isinstance(value, str):
        raise where.error(f"expected a string, got {value!r}")
    return value


def _bool(value: Any, where: Where) -> bool:
    if not isinstance(value, bool):
        raise where.error(f"expected true or false, got {value!r}")
    return value


def _list(value: Any, where: Where) -> list[Any]:
    if not isinstance(value, list):
        raise where.error(f"expected a list, got {type(value).__name__}")
    return value


def _status(value: Any, where: Where) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 100 <= value <= 599:
        raise where.error(f"expected an HTTP status code, got {value!r}")
    return value


def _check_literal(value: Any, type_ref: TypeRef, where: Where) -> None:
    """A value written into generated code (a default, a `sets` value) fits its type."""
    name = type_ref.name if type_ref.kind == "scalar" else type_ref.kind
    fits = {
        "string": isinstance(value, str),
        "base64text": isinstance(value, str),
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "long": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, int | float) and not isinstance(value, bool),
    }.get(name, False)
    if not fits:
        raise where.error(f"{value!r} is not a literal of type {name}")


def _identifier(value: Any, where: Where) -> str:
    text = _str(value, where)
    if not IDENTIFIER.match(text):
        raise where.error(f"{text!r} is not a snake_case identifier")
    return text


def _xml_name(value: Any, where: Where) -> str:
    text = _str(value, where)
    if not XML_NAME.match(text):
        raise where.error(f"{text!r} is not an XML element name")
    return text


def _fixed_attributes(value: Any, where: Where) -> tuple[tuple[str, str], ...]:
    """`attributes: {name: value}` of a group: constants written on its element (a wire detail,
    such as an Atom `<content type="application/xml">`), ignored when reading."""
    mapping = _mapping(value, where)
    attributes = []
    for name, text in mapping.items():
        attributes.append((_xml_name(name, where.at(str(name))), _str(text, where.at(str(name)))))
    return tuple(attributes)


def _doc(raw: Mapping[str, Any], where: Where) -> str:
    return " ".join(_str(raw.get("doc", ""), where.at("doc")).split())


class _UniqueKeyLoader(yaml.SafeLoader):
    """`yaml.SafeLoader` that rejects a key given twice in one mapping (PyYAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Mark] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=deep)
            try:
                first = seen.get(key)
            except TypeError:  # unhashable: the base class reports it
                continue
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    f"key {key!r} first given",
                    first,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


# --- the loader -----------------------------------------------------------------------------


@dataclass
class _Raw:
    """An entry of some kind read from some file, not yet validated."""

    where: Where
    value: Any


class Loader:
    def __init__(self, folder: str = "spec") -> None:
        self.folder = folder  # how errors about the spec as a whole name it
        self.namespaces: dict[str, str] = {}
        self.namespace_files: dict[str, str] = {}
        self.raw_clients: dict[str, _Raw] = {}
        self.raw_operations: dict[str, _Raw] = {}
        self.raw_shapes: dict[str, _Raw] = {}
        self.raw_waiters: dict[str, _Raw] = {}
        self.sources: list[str] = []
        self._shapes: dict[str, Shape] = {}
        self._in_progress: set[str] = set()
        self._legacy_lists: dict[str, tuple[str, str, Where]] = {}

    # reading files

    def add_file(self, path: Path, display: str) -> None:
        root = Where(display, "")
        try:
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
        except yaml.YAMLError as exc:
            raise root.error(f"invalid YAML: {exc}") from None
        self.sources.append(display)
        if document is None:
            return
        _keys(
            document,
            Where(display, "(top level)"),
            (),
            ("namespaces", "clients", "operations", "shapes", "waiters"),
        )
        for prefix, uri in _mapping(document.get("namespaces", {}), root.at("namespaces")).items():
            where = root.at("namespaces").at(prefix)
            if prefix in self.namespaces:
                also = self.namespace_files[prefix]
                raise where.error(f"namespace prefix defined twice (also in {also})")
            self.namespaces[prefix] = _str(uri, where)
            self.namespace_files[prefix] = display
        for kind, table in (
            ("clients", self.raw_clients),
            ("operations", self.raw_operations),
            ("shapes", self.raw_shapes),
            ("waiters", self.raw_waiters),
        ):
            entries = _mapping(document.get(kind, {}), root.at(kind))
            for name, value in entries.items():
                where = root.at(kind).at(name)
                if name in table:
                    raise where.error(f"defined twice (also in {table[name].where.file})")
                table[name] = _Raw(where, value)

    # building the IR

    def build(self) -> Spec:
        if "wa" not in self.namespaces or "i" not in self.namespaces:
            raise SpecError(f"{self.folder}: namespaces 'wa' and 'i' must be defined")
        for name, raw in self.raw_shapes.items():
            if not CLASS_NAME.match(name):
                raise raw.where.error("shape names are CamelCase class names")
        shapes = tuple(self._shape(name) for name in self.raw_shapes)
        for shape in shapes:
            self._check_columns(shape)
        self._check_general(shapes)
        clients = tuple(self._client(name, raw) for name, raw in self.raw_clients.items())
        defaults = [c.name for c in clients if c.default]
        if len(defaults) > 1:
            first = self.raw_clients[defaults[0]].where.file
            second = self.raw_clients[defaults[1]].where.at("default")
            raise second.error(f"only one client is the default ({defaults[0]} in {first} is too)")
        if not defaults:
            raise SpecError(f"{self.folder}: exactly one client must have 'default: true'")
        operations = tuple(
            self._operation(name, raw, clients, defaults[0])
            for name, raw in self.raw_operations.items()
        )
        owners = {op.name: op.client for op in operations}
        for client in clients:
            status = client.status_operation
            if status and owners.get(status) != client.name:
                raise self.raw_clients[client.name].where.error(
                    f"status_operation {status!r} is not an operation of {client.name}"
                )
        try:
            commands = cli_names(
                (op.name for op in operations),
                {op.name: op.cli for op in operations if op.cli is not None},
            )
        except CliNameError as exc:
            raise SpecError(
                f"{self.folder}: {exc} (name one with `cli: {{group, command}}`)"
            ) from None
        self._check_unwraps(operations)
        operations, list_documents = self._list_documents(operations)
        requests = (op.request.shape for op in operations if op.request and op.request.shape)
        responses = (op.response.shape for op in operations if op.response and op.response.shape)
        return Spec(
            namespaces=dict(self.namespaces),
            clients=clients,
            operations=operations,
            shapes=shapes,
            list_documents=list_documents,
            sources=tuple(self.sources),
            waiters=_waiters(self.raw_waiters, operations, self._shapes, commands),
            client_writes=_reachable(requests, self._shapes),
            client_reads=_reachable(responses, self._shapes),
            variant_keys=self._variant_keys(shapes),
        )

    def _client(self, name: str, raw: _Raw) -> Client:
        where = raw.where
        _keys(
            raw.value,
            where,
            ("doc", "x_ms_version", "content_type"),
            ("default", "status_operation"),
        )
        value = raw.value
        return Client(
            name=name,
            doc=_doc(value, where),
            x_ms_version=_str(value["x_ms_version"], where.at("x_ms_version")),
            content_type=_str(value["content_type"], where.at("content_type")),
            default=_bool(value.get("default", False), where.at("default")),
            status_operation=value.get("status_operation"),
        )

    # shapes

    def _shape(self, name: str) -> Shape:
        if name in self._shapes:
            return self._shapes[name]
        raw = self.raw_shapes[name]
        where = raw.where
        if name in self._in_progress:
            raise where.error("shape includes itself")
        self._in_progress.add(name)
        value = raw.value
        _keys(
            value,
            where,
            ("doc",),
            (
                "xml",
                "ns",
                "members",
                "init",
                "xsi_type",
                "union",
                "columns",
                "envelope",
                "legacy_names",
                "specializes",
            ),
        )
        legacy_names = tuple(
            _str(n, where.at("legacy_names"))
            for n in _list(value.get("legacy_names", []), where.at("legacy_names"))
        )
        for alias in legacy_names:
            if not alias.isidentifier() or not alias[:1].isupper():
                raise where.at("legacy_names").error(f"{alias!r} is not a class name")
        namespace = self._namespace(value.get("ns", "wa"), where.at("ns"))
        if "union" in value:
            if any(key in value for key in ("members", "init", "columns", "envelope")):
                raise where.error("a union has no members, init, columns or envelope of its own")
            shape = Shape(
                name=name,
                doc=_doc(value, where),
                source=where.file,
                xml=_xml_name(value.get("xml", name), where.at("xml")),
                namespace=namespace,
                union=self._union(value["union"], where.at("union")),
                legacy_names=legacy_names,
            )
        else:
            if "members" not in value:
                raise where.error("missing key 'members' (or 'union')")
            body = self._body(value["members"], where.at("members"))
            members = flatten(body)
            envelope = self._envelope(value.get("envelope", []), where.at("envelope"))
            self._check_unique((*members, *envelope), where)
            fields = [m.name for m in members if m.fixed is None] + [m.name for m in envelope]
            init = [
                _identifier(n, where.at("init"))
                for n in _list(value.get("init", []), where.at("init"))
            ]
            for item in init:
                if item not in fields:
                    raise where.at("init").error(f"{item!r} is not a member of {name}")
            if len(set(init)) != len(init):
                raise where.at("init").error("a member is named twice")
            init += [f for f in fields if f not in init]
            xsi_type = value.get("xsi_type")
            shape = Shape(
                name=name,
                doc=_doc(value, where),
                source=where.file,
                xml=_xml_name(value.get("xml", name), where.at("xml")),
                namespace=namespace,
                body=body,
                init=tuple(init),
                xsi_type=None if xsi_type is None else _str(xsi_type, where.at("xsi_type")),
                columns=tuple(
                    _str(path, where.at("columns"))
                    for path in _list(value.get("columns", []), where.at("columns"))
                ),
                envelope=envelope,
                legacy_names=legacy_names,
                specializes=(
                    None
                    if value.get("specializes") is None
                    else _str(value["specializes"], where.at("specializes"))
                ),
            )
        self._in_progress.discard(name)
        self._shapes[name] = shape
        return shape

    def _envelope(self, raw: Any, where: Where) -> tuple[Member, ...]:
        """`envelope:` members: scalars an `unwrap` response fills from a member path of the
        element the structure was unwrapped from (`{name: name, path: title, type: string}`)."""
        members = []
        for index, item in enumerate(_list(raw, where)):
            at = where.at(index)
            item = _mapping(item, at)
            _keys(item, at, ("name", "path"), ("type", "doc"))
            type_ref = self._type(item.get("type", "string"), None, at)
            if type_ref.kind != "scalar":
                raise at.at("type").error("an envelope member is a scalar")
            path = _str(item["path"], at.at("path")).split(".")
            for segment in path:
                _identifier(segment, at.at("path"))
            members.append(
                Member(
                    name=_identifier(item["name"], at.at("name")),
                    xml="",
                    type=type_ref,
                    doc=_doc(item, at),
                    envelope=tuple(path),
                )
            )
        return tuple(members)

    def _check_columns(self, shape: Shape) -> None:
        """Each column is a path of members (``a.b``: member ``b`` of the shape of ``a``)."""
        where = self.raw_shapes[shape.name].where.at("columns")
        if len(set(shape.columns)) != len(shape.columns):
            raise where.error("a column is named twice")
        for path in shape.columns:
            current = shape
            segments = path.split(".")
            for index, segment in enumerate(segments):
                member = next((m for m in current.instance_fields if m.name == segment), None)
                if member is None:
                    raise where.error(f"{path!r}: {segment!r} is not a member of {current.name}")
                if index == len(segments) - 1:
                    break
                nested = self._shapes.get(member.type.name)
                if member.type.kind != "shape" or nested is None or nested.union is not None:
                    raise where.error(
                        f"{path!r}: {segment!r} is not a structure, so it has no members"
                    )
                current = nested

    def _variant_keys(self, shapes: tuple[Shape, ...]) -> dict[str, tuple[str, str]]:
        """How each union variant names its kind in `as_dict()` data: one way only, for
        `from_dict` to pick the class back."""
        found: dict[str, tuple[str, str]] = {}
        for shape in shapes:
            if shape.union is None:
                continue
            key = snake(shape.union.discriminator.rpartition(":")[2])
            for variant in shape.union.variants:
                named = (key, variant.key)
                earlier = found.setdefault(variant.shape, named)
                if earlier != named:
                    where = self.raw_shapes[shape.name].where.at("union")
                    raise where.error(
                        f"variant {variant.shape} is named {key}={variant.key!r} here, "
                        f"{earlier[0]}={earlier[1]!r} by another union"
                    )
        return found

    def _check_general(self, shapes: tuple[Shape, ...]) -> None:
        """A union's general structure `specializes` a union with an element discriminator
        and has a (non-fixed) member of that element, which names the variant."""
        for shape in shapes:
            where = self.raw_shapes[shape.name].where
            if shape.union is not None and shape.union.general is not None:
                general = self._shape(shape.union.general)
                if general.specializes is None or general.union is not None:
                    raise where.at("union.general").error(
                        f"{general.name} is not a structure with 'specializes'"
                    )
            if shape.specializes is None:
                continue
            if shape.specializes not in self.raw_shapes:
                raise where.at("specializes").error(f"unknown shape {shape.specializes!r}")
            union = self._shape(shape.specializes).union
            if union is None or union.discriminator_kind != "element":
                raise where.at("specializes").error(
                    f"{shape.specializes} is not a union with an element discriminator"
                )
            if not any(m.xml == union.discriminator and m.fixed is None for m in shape.members):
                raise where.at("specializes").error(
                    f"{shape.name} needs a member <{union.discriminator}> naming the variant"
                )

    def _namespace(self, prefix: Any, where: Where) -> str:
        prefix = _str(prefix, where)
        if prefix not in self.namespaces:
            raise where.error(f"unknown namespace prefix {prefix!r}")
        return self.namespaces[prefix]

    def _check_unique(self, members: tuple[Member, ...], where: Where) -> None:
        names: set[str] = set()
        for member in members:
            if member.name in names:
                raise where.error(f"member {member.name!r} defined twice")
            names.add(member.name)
        if sum(1 for m in members if m.placement == "text") > 1:
            raise where.error("only one member can be the text")

    def _body(self, raw: Any, where: Where) -> tuple[Member | Group, ...]:
        nodes: list[Member | Group] = []
        tags: set[str] = set()
        for index, item in enumerate(_list(raw, where)):
            item_where = where.at(index)
            _mapping(item, item_where)
            if "include" in item:
                _keys(item, item_where, ("include",), ())
                included = _str(item["include"], item_where.at("include"))
                if included not in self.raw_shapes:
                    raise item_where.error(f"unknown shape {included!r}")
                target = self._shape(included)
                if target.union is not None:
                    raise item_where.error(f"cannot include the union {included!r}")
                new_nodes = list(target.body)
            elif "group" in item:
                _keys(item, item_where, ("group", "members"), ("attributes",))
                children = self._body(item["members"], item_where.at("members"))
                if not children:
                    raise item_where.at("members").error("a group needs members")
                attributes = _fixed_attributes(
                    item.get("attributes", {}), item_where.at("attributes")
                )
                new_nodes = [
                    Group(_xml_name(item["group"], item_where.at("group")), children, attributes)
                ]
            else:
                new_nodes = [self._member(item, item_where)]
            for node in new_nodes:
                tag = node.xml
                flat_list = isinstance(node, Member) and node.flat
                key = node.item_xml if isinstance(node, Member) and flat_list else tag
                if isinstance(node, Member) and node.placement != "element":
                    key = f"{node.placement}:{tag}"
                if key in tags:
                    raise item_where.error(f"element <{key}> appears twice at the same level")
                tags.add(key)
                nodes.append(node)
        return tuple(nodes)

    def _member(self, raw: Mapping[str, Any], where: Where) -> Member:
        _keys(
            raw,
            where,
            ("name", "xml"),
            (
                "type",
                "item",
                "item_xml",
                "flat",
                "always",
                "required",
                "default",
                "fixed",
                "secret",
                "doc",
                "constraints",
                "entry_xml",
                "key_xml",
                "value_xml",
                "attribute",
                "text",
                "ns",
                "item_ns",
                "legacy_list",
                "fresh",
            ),
        )
        name = _identifier(raw["name"], where.at("name"))
        where = Where(where.file, f"{where.entry} ({name})")
        fixed = raw.get("fixed")
        if fixed is not None:
            fixed = _str(fixed, where.at("fixed"))
            if raw.get("type", "string") != "string":
                raise where.error("a fixed member is a string")
        type_ref = self._type(raw.get("type", "string"), raw.get("item"), where)
        if type_ref.kind == "json":
            raise where.at("type").error("json is a parameter type (a JSON request body)")
        item_xml = raw.get("item_xml", "")
        if type_ref.kind == "list":
            assert type_ref.item is not None
            if not item_xml:
                if type_ref.item.is_scalar:
                    raise where.error("a list of scalars needs item_xml")
                item_xml = self._shape(type_ref.item.name).xml
            item_xml = _xml_name(item_xml, where.at("item_xml"))
        elif item_xml or "flat" in raw:
            raise where.error("item_xml and flat are for lists")
        default = raw.get("default", NO_DEFAULT)
        if default is not NO_DEFAULT:
            _check_literal(default, type_ref, where.at("default"))
        placement = self._placement(raw, type_ref, where)
        namespace = ""
        if "ns" in raw:
            namespace = self._namespace(raw["ns"], where.at("ns"))
        elif type_ref.kind == "shape":
            # A nested structure's children are written unprefixed: its element must carry
            # the structure's own namespace.
            namespace = self._shape(type_ref.name).namespace
        item_namespace = ""
        if "item_ns" in raw:
            if type_ref.kind != "list":
                raise where.at("item_ns").error("item_ns is for lists")
            item_namespace = self._namespace(raw["item_ns"], where.at("item_ns"))
        elif type_ref.kind == "list" and type_ref.item is not None and not type_ref.item.is_scalar:
            item_namespace = self._shape(type_ref.item.name).namespace
        legacy_list = None
        if "legacy_list" in raw:
            legacy_list = self._legacy_list(raw["legacy_list"], type_ref, raw, where)
        fresh = _bool(raw.get("fresh", False), where.at("fresh"))
        if fresh and not (
            type_ref.kind in ("list", "map")
            or (type_ref.kind == "shape" and self._shape(type_ref.name).union is None)
        ):
            raise where.at("fresh").error("fresh is for lists, maps and structures")
        return Member(
            legacy_list=legacy_list,
            fresh=fresh,
            name=name,
            xml=_xml_name(raw["xml"], where.at("xml")),
            type=type_ref,
            doc=_doc(raw, where),
            item_xml=item_xml,
            flat=_bool(raw.get("flat", False), where.at("flat")),
            always=_bool(raw.get("always", False), where.at("always")),
            required=_bool(raw.get("required", False), where.at("required")),
            default=default,
            fixed=fixed,
            secret=_bool(raw.get("secret", False), where.at("secret")),
            constraints=self._constraints(
                raw.get("constraints"), type_ref, where.at("constraints")
            ),
            entry_xml=_xml_name(raw.get("entry_xml", "ExtendedProperty"), where.at("entry_xml")),
            key_xml=_xml_name(raw.get("key_xml", "Name"), where.at("key_xml")),
            value_xml=_xml_name(raw.get("value_xml", "Value"), where.at("value_xml")),
            placement=placement,
            namespace=namespace,
            item_namespace=item_namespace,
        )

    def _legacy_list(
        self, raw: Any, type_ref: TypeRef, member: Mapping[str, Any], where: Where
    ) -> tuple[str, str]:
        """`legacy_list: ConfigurationSets` (item attribute `configuration_sets`) or
        `{class: RoleList, attribute: roles}`."""
        where = where.at("legacy_list")
        if type_ref.kind != "list" or type_ref.item is None or type_ref.item.is_scalar:
            raise where.error("legacy_list is for lists of shapes")
        if member.get("flat"):
            raise where.error("legacy_list is for wrapped lists")
        if isinstance(raw, str):
            name, attribute = raw, snake(raw)
        else:
            if not isinstance(raw, dict):
                raise where.error("a class name or {class: ..., attribute: ...}")
            _keys(raw, where, ("class", "attribute"), ())
            name, attribute = _str(raw["class"], where), _str(raw["attribute"], where)
        if not name.isidentifier() or not name[:1].isupper():
            raise where.error(f"{name!r} is not a class name")
        _identifier(attribute, where)
        if name in self.raw_shapes:
            raise where.error(f"{name} is the name of a shape")
        item = type_ref.item.name
        previous = self._legacy_lists.setdefault(name, (attribute, item, where))
        if previous[:2] != (attribute, item):
            raise where.error(
                f"{name} is also {previous[1]} items named {previous[0]!r} ({previous[2].file})"
            )
        return name, attribute

    def _placement(
        self, raw: Mapping[str, Any], type_ref: TypeRef, where: Where
    ) -> Literal["element", "attribute", "text"]:
        attribute = _bool(raw.get("attribute", False), where.at("attribute"))
        text = _bool(raw.get("text", False), where.at("text"))
        if not (attribute or text):
            return "element"
        if attribute and text:
            raise where.error("a member is an attribute or the text, not both")
        if not type_ref.is_scalar or (text and type_ref.name != "string"):
            raise where.error("attributes are scalars and the text is a string")
        if raw.get("fixed") is not None or raw.get("always"):
            raise where.error("fixed and always are for elements")
        return "attribute" if attribute else "text"

    def _type(self, raw_type: Any, raw_item: Any, where: Where, key: str = "type") -> TypeRef:
        name = _str(raw_type, where.at(key))
        if name == "list":
            if raw_item is None:
                raise where.error("a list needs 'item'")
            item = self._type(raw_item, None, where, "item")
            if item.kind in ("list", "map"):
                raise where.error("list items are scalars or shapes")
            return TypeRef("list", item=item)
        if raw_item is not None:
            raise where.error("'item' is only for lists")
        if name == "map":
            return TypeRef("map")
        if name == "json":
            return TypeRef("json")
        if name in SCALAR_TYPES:
            return TypeRef("scalar", name)
        if name in self.raw_shapes:
            return TypeRef("shape", name)
        raise where.at(key).error(f"unknown type or shape {name!r}")

    def _constraints(self, raw: Any, type_ref: TypeRef, where: Where) -> Constraints:
        if raw is None:
            return Constraints()
        _keys(raw, where, (), ("min_length", "max_length", "pattern", "enum", "minimum", "maximum"))
        for key in ("min_length", "max_length", "minimum", "maximum"):
            if key in raw and (not isinstance(raw[key], int) or isinstance(raw[key], bool)):
                raise where.at(key).error("expected an integer")
        pattern = raw.get("pattern")
        if pattern is not None:
            try:
                re.compile(_str(pattern, where.at("pattern")))
            except re.error as exc:
                raise where.at("pattern").error(f"invalid regular expression: {exc}") from None
        enum = tuple(
            _str(v, where.at("enum")) for v in _list(raw.get("enum", []), where.at("enum"))
        )
        if (pattern or enum or "min_length" in raw or "max_length" in raw) and not (
            type_ref.kind == "scalar" and type_ref.name in ("string", "base64text")
        ):
            raise where.error("length, pattern and enum constraints are for strings")
        if ("minimum" in raw or "maximum" in raw) and not (
            type_ref.kind == "scalar" and type_ref.name in ("int", "long")
        ):
            raise where.error("minimum and maximum constraints are for int and long")
        return Constraints(
            min_length=raw.get("min_length"),
            max_length=raw.get("max_length"),
            pattern=pattern,
            enum=enum,
            minimum=raw.get("minimum"),
            maximum=raw.get("maximum"),
        )

    def _union(self, raw: Any, where: Where) -> Union:
        _keys(raw, where, ("discriminator", "variants"), ("general",))
        disc = _mapping(raw["discriminator"], where.at("discriminator"))
        if len(disc) != 1 or next(iter(disc)) not in ("element", "attribute"):
            raise where.at("discriminator").error(
                "expected {element: Name} or {attribute: prefix:name}"
            )
        kind = next(iter(disc))
        discriminator = _str(disc[kind], where.at("discriminator"))
        if kind == "attribute":
            prefix, _, local = discriminator.partition(":")
            if not local or prefix not in self.namespaces:
                raise where.at("discriminator").error("an attribute discriminator is prefix:name")
        variants: list[Variant] = []
        for key, shape_name in _mapping(raw["variants"], where.at("variants")).items():
            variant_where = where.at("variants").at(key)
            shape_name = _str(shape_name, variant_where)
            if shape_name not in self.raw_shapes:
                raise variant_where.error(f"unknown shape {shape_name!r}")
            shape = self._shape(shape_name)
            if shape.union is not None:
                raise variant_where.error("a variant is a structure")
            if kind == "element":
                fixed = [m for m in shape.members if m.xml == discriminator and m.fixed == key]
                if not fixed:
                    raise variant_where.error(
                        f"{shape_name} needs a member <{discriminator}> with fixed: {key}"
                    )
            elif shape.xsi_type != key:
                raise variant_where.error(f"{shape_name} needs xsi_type: {key}")
            variants.append(Variant(str(key), shape_name))
        if not variants:
            raise where.at("variants").error("a union needs variants")
        general = None
        if raw.get("general") is not None:
            general = _str(raw["general"], where.at("general"))
            if general not in self.raw_shapes:
                raise where.at("general").error(f"unknown shape {general!r}")
            if kind != "element":
                raise where.at("general").error(
                    "a general structure needs an element discriminator"
                )
        return Union(kind, discriminator, tuple(variants), general)  # type: ignore[arg-type]

    # operations

    def _operation(
        self, name: str, raw: _Raw, clients: tuple[Client, ...], default_client: str
    ) -> Operation:
        where = raw.where
        value = raw.value
        _keys(
            value,
            where,
            ("doc", "http"),
            (
                "client",
                "x_ms_version",
                "async",
                "expect",
                "params",
                "exactly_one",
                "at_most_one",
                "request",
                "response",
                "pages",
                "content_type",
                "cli",
            ),
        )
        _identifier(name, where)
        client_name = _str(value.get("client", default_client), where.at("client"))
        client = next((c for c in clients if c.name == client_name), None)
        if client is None:
            raise where.at("client").error(f"unknown client {client_name!r}")
        http = value["http"]
        http_where = where.at("http")
        _keys(http, http_where, ("method", "path"), ("query", "headers"))
        method = _str(http["method"], http_where.at("method"))
        if method not in HTTP_METHODS:
            raise http_where.at("method").error(f"method must be one of {', '.join(HTTP_METHODS)}")
        path = _str(http["path"], http_where.at("path"))
        if not path.startswith("/"):
            raise http_where.at("path").error("a path starts with /")
        path_params = tuple(
            field for _, field, _, _ in string.Formatter().parse(path) if field is not None
        )
        params = self._params(value.get("params", []), where.at("params"), path_params)
        by_name = {p.name: p for p in params}
        for path_param in path_params:
            if path_param != "subscription_id" and path_param not in by_name:
                raise http_where.at("path").error(
                    f"path parameter {{{path_param}}} has no parameter"
                )
            if path_param != "subscription_id":
                self._check_text(by_name[path_param], http_where.at("path"))
        query = self._query(http.get("query", {}), http_where.at("query"), by_name)
        headers = tuple(
            HeaderItem(header, self._param_ref(spec, http_where.at("headers").at(header), by_name))
            for header, spec in _mapping(http.get("headers", {}), http_where.at("headers")).items()
        )
        groups = {}
        for key in ("exactly_one", "at_most_one"):
            groups[key] = tuple(
                tuple(
                    self._param_name(n, where.at(key).at(i), by_name)
                    for n in _list(g, where.at(key).at(i))
                )
                for i, g in enumerate(_list(value.get(key, []), where.at(key)))
            )
        request = self._request(value.get("request"), where.at("request"), params, by_name)
        if request is not None and request.kind == "xml" and request.param is None:
            shape = self._shapes[request.shape]
            params = tuple(_merged_check(param, shape) for param in params)
            request = replace(request, fed=_fed_members(shape, params))
        response = self._response(value.get("response"), where.at("response"))
        is_async = _bool(value.get("async", False), where.at("async"))
        if is_async and response is not None:
            raise where.error("an async operation returns an AsyncOperation, not a response body")
        expect = tuple(
            _status(s, where.at("expect").at(i))
            for i, s in enumerate(_list(value.get("expect", []), where.at("expect")))
        )
        return Operation(
            name=name,
            client=client_name,
            doc=_doc(value, where),
            source=where.file,
            method=method,
            path=path,
            path_params=path_params,
            query=query,
            headers=headers,
            x_ms_version=_str(
                value.get("x_ms_version", client.x_ms_version), where.at("x_ms_version")
            ),
            is_async=is_async,
            expect=expect,
            params=params,
            exactly_one=groups["exactly_one"],
            at_most_one=groups["at_most_one"],
            request=request,
            response=response,
            pages=self._pages(value.get("pages"), where.at("pages"), by_name, response),
            content_type=(
                _str(value["content_type"], where.at("content_type"))
                if "content_type" in value
                else None
            ),
            cli=self._cli(value.get("cli"), where.at("cli")),
        )

    def _cli(self, raw: Any, where: Where) -> tuple[str, str] | None:
        """`cli: {group: ..., command: ...}`: the `asm GROUP COMMAND` of an operation, when
        the rule of `codegen.cli_names` gives a poor one."""
        if raw is None:
            return None
        _keys(raw, where, ("group", "command"), ())
        names = []
        for key in ("group", "command"):
            text = _str(raw[key], where.at(key))
            if not CLI_NAME.match(text):
                raise where.at(key).error(f"{text!r} is not a kebab-case name")
            names.append(text)
        return names[0], names[1]

    def _pages(
        self,
        raw: Any,
        where: Where,
        by_name: Mapping[str, Param],
        response: ResponseBody | None,
    ) -> Pages | None:
        if raw is None:
            return None
        _keys(raw, where, ("token_param", "token_member", "items"), ())
        token_param = self._param_name(raw["token_param"], where.at("token_param"), by_name)
        if by_name[token_param].required:
            raise where.at("token_param").error("the token parameter must be optional")
        if response is None or response.is_list:
            raise where.error("a paged operation returns a structure holding the items")
        fields = {m.name: m for m in self._shape(response.shape).fields}
        token_member = _str(raw["token_member"], where.at("token_member"))
        if token_member not in fields:
            raise where.at("token_member").error(f"{response.shape} has no member {token_member!r}")
        items = _str(raw["items"], where.at("items"))
        item_type = fields[items].type.item if items in fields else None
        if item_type is None or item_type.kind != "shape":
            raise where.at("items").error(f"{response.shape} has no list of shapes {items!r}")
        return Pages(token_param, token_member, items, item_type.name)

    def _params(self, raw: Any, where: Where, path_params: tuple[str, ...]) -> tuple[Param, ...]:
        params: list[Param] = []
        seen: set[str] = set()
        for index, item in enumerate(_list(raw, where)):
            item_where = where.at(index)
            _keys(
                item,
                item_where,
                ("name",),
                (
                    "type",
                    "item",
                    "doc",
                    "required",
                    "default",
                    "secret",
                    "into",
                    "sets",
                    "constraints",
                    "legacy",
                ),
            )
            name = _identifier(item["name"], item_where.at("name"))
            if name in seen or name == "subscription_id":
                raise item_where.error(f"parameter {name!r} defined twice or reserved")
            seen.add(name)
            type_ref = self._type(item.get("type", "string"), item.get("item"), item_where)
            required = _bool(item.get("required", False), item_where.at("required"))
            default = item.get("default", NO_DEFAULT)
            if default is not NO_DEFAULT:
                _check_literal(default, type_ref, item_where.at("default"))
            into = _identifier(item["into"], item_where.at("into")) if "into" in item else None
            if required and default is not NO_DEFAULT:
                raise item_where.error("a required parameter has no default")
            legacy = None
            if "legacy" in item:
                legacy = _str(item["legacy"], item_where.at("legacy"))
                if type_ref.kind != "shape":
                    raise item_where.at("legacy").error("legacy is for structure parameters")
                if legacy not in self.raw_shapes or legacy == type_ref.name:
                    raise item_where.at("legacy").error(f"unknown or same shape {legacy!r}")
            params.append(
                Param(
                    name=name,
                    type=type_ref,
                    doc=_doc(item, item_where),
                    required=required or name in path_params,
                    default=default,
                    secret=_bool(item.get("secret", False), item_where.at("secret")),
                    into=into,
                    sets=self._effect(item.get("sets"), item_where.at("sets")),
                    constraints=self._constraints(
                        item.get("constraints"), type_ref, item_where.at("constraints")
                    ),
                    in_path=name in path_params,
                    legacy=legacy,
                )
            )
        seen_optional = False
        for index, param in enumerate(params):
            if param.required and seen_optional:
                raise where.at(index).error("a required parameter follows an optional one")
            seen_optional = seen_optional or not param.required
        by_name = {p.name: p for p in params}
        for index, param in enumerate(params):
            if param.sets is not None:
                sets_where = where.at(index).at("sets")
                if param.sets.param not in by_name:
                    raise sets_where.error(f"unknown parameter {param.sets.param!r}")
                _check_literal(param.sets.when, param.type, sets_where.at("when"))
                target = by_name[param.sets.param].type
                _check_literal(param.sets.value, target, sets_where.at("value"))
        return tuple(params)

    def _effect(self, raw: Any, where: Where) -> ParamEffect | None:
        if raw is None:
            return None
        _keys(raw, where, ("param", "when", "value"), ())
        return ParamEffect(_identifier(raw["param"], where.at("param")), raw["when"], raw["value"])

    def _param_name(self, raw: Any, where: Where, by_name: Mapping[str, Param]) -> str:
        name = _str(raw, where)
        if name not in by_name:
            raise where.error(f"unknown parameter {name!r}")
        return name

    def _param_ref(self, raw: Any, where: Where, by_name: Mapping[str, Param]) -> str:
        _keys(raw, where, ("param",), ())
        name = self._param_name(raw["param"], where.at("param"), by_name)
        self._check_text(by_name[name], where.at("param"))
        return name

    def _check_text(self, param: Param, where: Where) -> None:
        """A parameter sent in a path, query or header has a text form."""
        if param.type.kind != "scalar" or param.type.name not in TEXT_TYPES:
            raise where.error(
                f"parameter {param.name!r} cannot go in a path, query or header "
                f"(types allowed there: {', '.join(TEXT_TYPES)})"
            )

    def _query(self, raw: Any, where: Where, by_name: Mapping[str, Param]) -> tuple[QueryItem, ...]:
        items: list[QueryItem] = []
        for name, spec in _mapping(raw, where).items():
            item_where = where.at(name)
            _keys(spec, item_where, (), ("param", "value", "when"))
            if ("param" in spec) == ("value" in spec):
                raise item_where.error("a query item has either 'param' or 'value'")
            if "when" in spec and "value" not in spec:
                raise item_where.error("'when' goes with a fixed 'value'")
            when = None
            if "when" in spec:
                when = self._param_name(spec["when"], item_where.at("when"), by_name)
                if by_name[when].type != TypeRef("scalar", "bool"):
                    raise item_where.at("when").error(f"{when!r} is not a bool parameter")
            items.append(
                QueryItem(
                    name=_str(name, item_where),
                    param=self._param_ref(spec, item_where, by_name) if "param" in spec else None,
                    value=_str(spec["value"], item_where.at("value")) if "value" in spec else None,
                    when=when,
                )
            )
        return tuple(items)

    def _request(
        self, raw: Any, where: Where, params: tuple[Param, ...], by_name: Mapping[str, Param]
    ) -> RequestBody | None:
        if raw is None:
            for param in params:
                if param.into:
                    raise where.error(
                        f"parameter {param.name!r} has 'into' but there is no request"
                    )
            return None
        if isinstance(raw, Mapping) and "text" in raw:
            _keys(raw, where, ("text",), ())
            param_name = self._param_name(raw["text"], where.at("text"), by_name)
            if (
                by_name[param_name].type.kind != "scalar"
                or by_name[param_name].type.name != "string"
            ):
                raise where.at("text").error("a text body parameter has type string")
            return RequestBody("", param_name, "text")
        if isinstance(raw, Mapping) and "json" in raw:
            _keys(raw, where, ("json",), ())
            param_name = self._param_name(raw["json"], where.at("json"), by_name)
            if by_name[param_name].type.kind != "json":
                raise where.at("json").error("a JSON body parameter has type json")
            return RequestBody("", param_name, "json")
        if isinstance(raw, Mapping):
            _keys(raw, where, ("param",), ())
            param_name = self._param_name(raw["param"], where.at("param"), by_name)
            type_ref = by_name[param_name].type
            if type_ref.kind != "shape":
                raise where.at("param").error("the body parameter's type is a shape")
            return RequestBody(type_ref.name, param_name)
        shape_name = _str(raw, where)
        if shape_name not in self.raw_shapes:
            raise where.error(f"unknown shape {shape_name!r}")
        shape = self._shape(shape_name)
        if shape.union is not None:
            raise where.error("a request body is a structure")
        members = {m.name: m for m in shape.fields}
        for param in params:
            if param.into:
                target = members.get(param.into)
                if target is None or target.type.kind != "list":
                    raise where.error(f"parameter {param.name!r}: 'into' names no list member")
        fed = {p.name for p in params if not p.into} | {p.into for p in params if p.into}
        for member in shape.fields:
            if member.name not in fed and member.required and not member.has_default:
                raise where.error(
                    f"required member {member.name!r} of {shape_name} has no parameter"
                )
        return RequestBody(shape_name)

    def _response(self, raw: Any, where: Where) -> ResponseBody | None:
        if raw is None:
            return None
        if isinstance(raw, Mapping) and "unwrap" in raw:
            return self._unwrap_response(raw, where)
        if isinstance(raw, Mapping):
            _keys(raw, where, ("list", "xml"), ("item_xml", "class", "attribute"))
            shape_name = _str(raw["list"], where.at("list"))
            if shape_name not in self.raw_shapes:
                raise where.at("list").error(f"unknown shape {shape_name!r}")
            item_xml = raw.get("item_xml")
            list_class, list_attribute = self._list_class(raw, where)
            return ResponseBody(
                shape_name,
                _xml_name(raw["xml"], where.at("xml")),
                None if item_xml is None else _xml_name(item_xml, where.at("item_xml")),
                list_class=list_class,
                list_attribute=list_attribute,
            )
        shape_name = _str(raw, where)
        if shape_name in ("json", "text"):
            return ResponseBody("", kind=shape_name)  # type: ignore[arg-type]
        if shape_name not in self.raw_shapes:
            raise where.error(f"unknown shape {shape_name!r}")
        return ResponseBody(shape_name)

    def _unwrap_response(self, raw: Mapping[str, Any], where: Where) -> ResponseBody:
        """`{shape: Document, unwrap: a.b.c}`: the operation reads the document and returns
        what the member path reaches; crossing a list member (at most one) makes the result a
        list of what each item holds, each item being the envelope of what it holds."""
        _keys(raw, where, ("shape", "unwrap"), ())
        document = _str(raw["shape"], where.at("shape"))
        if document not in self._shapes:
            raise where.at("shape").error(f"unknown shape {document!r}")
        path = tuple(_str(raw["unwrap"], where.at("unwrap")).split("."))
        envelope = current = self._shapes[document]
        list_at: int | None = None
        for index, segment in enumerate(path):
            member = next((m for m in current.members if m.name == segment), None)
            if member is None:
                raise where.at("unwrap").error(f"{segment!r} is not a member of {current.name}")
            target = member.type.item if member.type.kind == "list" else member.type
            if target is None or target.kind != "shape" or self._shapes[target.name].union:
                raise where.at("unwrap").error(f"{segment!r} does not hold a structure")
            current = self._shapes[target.name]
            if member.type.kind == "list":
                if list_at is not None:
                    raise where.at("unwrap").error("the path crosses more than one list")
                list_at = index
                envelope = current
        for member in current.envelope:
            self._check_envelope_path(member, current, envelope, where.at("unwrap"))
        return ResponseBody(
            document,
            unwrap=path,
            unwrap_shape=current.name,
            unwrap_list_at=list_at,
            unwrap_function=f"unwrap_{snake(document)}",
        )

    def _check_unwraps(self, operations: tuple[Operation, ...]) -> None:
        """One document is unwrapped one way: its function is named after the document."""
        seen: dict[str, Operation] = {}
        for operation in operations:
            response = operation.response
            if response is None or not response.is_unwrapped:
                continue
            if operation.pages is not None:
                raise SpecError(
                    f"{operation.source}: operations.{operation.name}: an unwrapped response "
                    "has no pages"
                )
            earlier = seen.setdefault(response.shape, operation)
            assert earlier.response is not None
            if earlier.response.unwrap != response.unwrap:
                raise SpecError(
                    f"{operation.source}: operations.{operation.name}.response: {response.shape} "
                    f"is unwrapped as {'.'.join(earlier.response.unwrap)} by {earlier.name}"
                )

    def _check_envelope_path(
        self, member: Member, shape: Shape, envelope: Shape, where: Where
    ) -> None:
        """An envelope member's path must reach a scalar of its type in the envelope."""
        current = envelope
        for index, segment in enumerate(member.envelope):
            found = next((m for m in current.members if m.name == segment), None)
            last = index == len(member.envelope) - 1
            if found is not None and last and found.type == member.type:
                return
            if found is None or last or found.type.kind != "shape":
                break
            current = self._shapes[found.type.name]
        raise where.error(
            f"{shape.name}.{member.name}: {'.'.join(member.envelope)!r} is no "
            f"{member.type.name} member of {envelope.name}, the envelope it is unwrapped from"
        )

    def _list_class(self, raw: Mapping[str, Any], where: Where) -> tuple[str | None, str | None]:
        """`class` and `attribute` of a list response: both or neither."""
        if "class" not in raw and "attribute" not in raw:
            return None, None
        if "class" not in raw or "attribute" not in raw:
            raise where.error("`class` and `attribute` go together (the list class and its items)")
        name = _str(raw["class"], where.at("class"))
        if not CLASS_NAME.match(name):
            raise where.at("class").error(f"{name!r} is not a class name (CapWords)")
        if name in self.raw_shapes:
            raise where.at("class").error(f"{name!r} is already a shape")
        attribute = _str(raw["attribute"], where.at("attribute"))
        if not IDENTIFIER.match(attribute) or keyword.iskeyword(attribute):
            raise where.at("attribute").error(f"{attribute!r} is not an attribute name")
        return name, attribute

    def _list_documents(
        self, operations: tuple[Operation, ...]
    ) -> tuple[tuple[Operation, ...], tuple[ListDocument, ...]]:
        """The bare-list documents the responses use, each with its function name.

        Functions are named after the root element (`deserialize_locations`), or after the
        root and the item when one root holds items of several shapes (SQL's
        `<ServiceResources>`: `deserialize_service_resources_of_firewall_rule`).
        """
        keys: dict[tuple[str, str, str], Operation] = {}
        classes: dict[tuple[str, str, str], tuple[str, str, Operation]] = {}
        class_documents: dict[str, tuple[str, str, str]] = {}
        for operation in operations:
            response = operation.response
            if response is None or response.list_xml is None:
                continue
            item = self._shapes[response.shape]
            key = (response.list_xml, item.name, response.item_xml or item.xml)
            keys.setdefault(key, operation)
            if response.list_class is None or response.list_attribute is None:
                continue
            where = f"{operation.source}: operations.{operation.name}.response"
            given = (response.list_class, response.list_attribute)
            earlier = classes.setdefault(key, (*given, operation))
            if earlier[:2] != given:
                raise SpecError(
                    f"{where}: class {given[0]}.{given[1]} differs from "
                    f"{earlier[0]}.{earlier[1]} of {earlier[2].name} for the same document"
                )
            if class_documents.setdefault(given[0], key) != key:
                raise SpecError(f"{where}: class {given[0]} names two different list documents")
        roots = [xml for xml, _, _ in keys]
        shape_functions = {snake(name) for name in self._shapes}
        documents: dict[tuple[str, str, str], ListDocument] = {}
        for (xml, item_name, item_xml), operation in keys.items():
            function = (
                snake(xml) if roots.count(xml) == 1 else f"{snake(xml)}_of_{snake(item_name)}"
            )
            if function in shape_functions:
                raise SpecError(
                    f"{operation.source}: operations.{operation.name}.response: list document "
                    f"<{xml}> would share its functions with the shape of that name"
                )
            list_class, list_attribute, _ = classes.get(
                (xml, item_name, item_xml), (None, None, None)
            )
            documents[(xml, item_name, item_xml)] = ListDocument(
                xml, item_name, item_xml, function, list_class, list_attribute
            )
        named = []
        for operation in operations:
            response = operation.response
            if response is not None and response.list_xml is not None:
                item = self._shapes[response.shape]
                document = documents[(response.list_xml, item.name, response.item_xml or item.xml)]
                # Every operation reading the document returns its class, named there or not.
                operation = replace(
                    operation,
                    response=replace(
                        response,
                        document=document,
                        list_class=document.list_class,
                        list_attribute=document.list_attribute,
                    ),
                )
            named.append(operation)
        return tuple(named), tuple(sorted(documents.values(), key=lambda d: d.function))


def _merged_check(param: Param, request: Shape) -> Param:
    """`param` with the rules of the `request` member it feeds merged into its own: the
    member's constraints when it has none, required or secret when either is, and the member's
    scalar type for a plain string (a `base64text` member takes any text)."""
    member = next((m for m in request.fields if m.name == param.name), None)
    if member is None or param.into:
        return param
    type_ref = param.type
    if type_ref == TypeRef("scalar", "string") and member.type.is_scalar:
        type_ref = member.type
    check = ParamCheck(
        type_ref,
        param.constraints or member.constraints,
        param.required or member.required,
        param.secret or member.secret,
    )
    return replace(param, merged_check=check)


def _fed_members(request: Shape, params: tuple[Param, ...]) -> tuple[FedMember, ...]:
    """The members of `request` the parameters give a value, and how."""
    by_name = {p.name: p for p in params}
    into: dict[str, list[str]] = {}
    for param in params:
        if param.into:
            into.setdefault(param.into, []).append(param.name)
    fed: list[FedMember] = []
    for member in request.fields:
        if member.name in into:
            fed.append(FedMember(member, "list", tuple(into[member.name])))
        elif member.name in by_name:
            kind: Literal["param", "map"] = (
                "map" if by_name[member.name].type.kind == "map" else "param"
            )
            fed.append(FedMember(member, kind, (member.name,)))
    return tuple(fed)


def _reachable(roots: Iterable[str], shapes: Mapping[str, Shape]) -> frozenset[str]:
    """`roots` and every shape their documents may hold: member and list item types, union
    variants, a union's general structure and the union a general structure stands for."""
    found: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found.add(name)
        shape = shapes[name]
        for member in shape.members:
            held = member.type.item if member.type.kind == "list" else member.type
            if held is not None and held.kind == "shape":
                pending.append(held.name)
        if shape.union is not None:
            pending.extend(variant.shape for variant in shape.union.variants)
            pending.extend(filter(None, [shape.union.general]))
        pending.extend(filter(None, [shape.specializes]))
    return frozenset(found)


def load_spec(folder: Path) -> Spec:
    """Load and validate every `*.yaml` file of `folder` (in name order)."""
    loader = Loader(folder.name)
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise SpecError(f"{folder}: no *.yaml files")
    for path in files:
        loader.add_file(path, f"{folder.name}/{path.name}")
    return loader.build()


# --- waiters --------------------------------------------------------------------------------

#: Keyword arguments of `Waiter.wait` (and flags of `asm GROUP wait`): no operation parameter
#: of a waiter may be named like them.
WAITER_OPTIONS = ("delay", "max_attempts", "timeout", "progress")
ACCEPTOR_STATES = ("success", "failure", "retry")
PATH_MATCHES = ("equals", "any", "all")
_PATH_STEP = re.compile(r"^([a-z_][a-z0-9_]*)?((?:\[\])*)$")
ERROR_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*$")


def _waiters(
    raw_waiters: Mapping[str, _Raw],
    operations: tuple[Operation, ...],
    shapes: Mapping[str, Shape],
    commands: Mapping[str, tuple[str, str]],
) -> tuple[Waiter, ...]:
    """The waiters of the spec, checked against the operations they poll."""
    by_name = {op.name: op for op in operations}
    waiters = tuple(
        _waiter(name, raw, by_name, shapes, commands) for name, raw in raw_waiters.items()
    )
    taken: dict[tuple[str, str], str] = {}
    groups = {group for group, _ in commands.values()}
    for waiter in waiters:
        where = raw_waiters[waiter.name].where
        key = (waiter.cli_group, waiter.cli_condition)
        if key in taken:
            raise where.error(
                f"`asm {key[0]} wait {key[1]}` is also waiter {taken[key]!r} "
                "(name one with `cli: {group, condition}`)"
            )
        taken[key] = waiter.name
        if waiter.cli_group not in groups:
            raise where.at("cli").error(f"{waiter.cli_group!r} is not a group of `asm`")
        if key[0:1] + ("wait",) in {(g, c) for g, c in commands.values()}:
            raise where.error(f"`asm {waiter.cli_group} wait` is already an operation's command")
    return waiters


def _waiter(
    name: str,
    raw: _Raw,
    operations: Mapping[str, Operation],
    shapes: Mapping[str, Shape],
    commands: Mapping[str, tuple[str, str]],
) -> Waiter:
    where = raw.where
    if not IDENTIFIER.match(name):
        raise where.error("waiter names are snake_case identifiers")
    value = raw.value
    _keys(
        value,
        where,
        ("doc", "operation", "acceptors"),
        ("params", "delay", "max_attempts", "cli"),
    )
    op_name = _str(value["operation"], where.at("operation"))
    operation = operations.get(op_name)
    if operation is None:
        raise where.at("operation").error(f"{op_name!r} is not an operation")
    response = operation.response
    if operation.is_async or response is None or response.kind != "xml":
        raise where.at("operation").error(
            f"{op_name!r} does not answer a document to look at (a waiter polls a read)"
        )
    for param in operation.params:
        if param.name in WAITER_OPTIONS:
            raise where.at("operation").error(
                f"parameter {param.name!r} of {op_name!r} would clash with the waiter's "
                f"own {param.name!r}"
            )
    params: list[tuple[str, object]] = []
    raw_params = _mapping(value.get("params", {}), where.at("params"))
    by_param = {p.name: p for p in operation.params}
    for param_name, argument in raw_params.items():
        at = where.at("params").at(str(param_name))
        if param_name not in by_param:
            raise at.error(f"{param_name!r} is not a parameter of {op_name!r}")
        param = by_param[param_name]
        if param.type.kind != "scalar":
            raise at.error("only scalar parameters can be fixed by a waiter")
        _check_literal(argument, param.type, at)
        params.append((param_name, argument))
    delay = value.get("delay", 15)
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not delay > 0:
        raise where.at("delay").error(f"expected a positive number of seconds, got {delay!r}")
    max_attempts = value.get("max_attempts", 40)
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise where.at("max_attempts").error(
            f"expected a positive number of attempts, got {max_attempts!r}"
        )
    raw_acceptors = _list(value["acceptors"], where.at("acceptors"))
    if not raw_acceptors:
        raise where.at("acceptors").error("a waiter needs at least one acceptor")
    acceptors = tuple(
        _acceptor(item, where.at("acceptors").at(index), operation, shapes)
        for index, item in enumerate(raw_acceptors)
    )
    if not any(acceptor.state == "success" for acceptor in acceptors):
        raise where.at("acceptors").error("no acceptor has state 'success': it would never end")
    group, _ = commands[op_name]
    condition = name.removeprefix(group.replace("-", "_") + "_").replace("_", "-")
    if "cli" in value:
        cli = value["cli"]
        _keys(cli, where.at("cli"), (), ("group", "condition"))
        for key in ("group", "condition"):
            if key in cli and not CLI_NAME.match(_str(cli[key], where.at("cli").at(key))):
                raise where.at("cli").at(key).error(f"{cli[key]!r} is not a kebab-case name")
        group = cli.get("group", group)
        condition = cli.get("condition", condition)
    return Waiter(
        name=name,
        doc=_doc(value, where),
        source=where.file,
        operation=op_name,
        client=operation.client,
        params=tuple(params),
        delay=float(delay),
        max_attempts=max_attempts,
        acceptors=acceptors,
        cli_group=group,
        cli_condition=condition,
    )


def _acceptor(
    raw: Any, where: Where, operation: Operation, shapes: Mapping[str, Shape]
) -> Acceptor:
    _keys(raw, where, ("state",), ("path", *PATH_MATCHES, "error", "returned"))
    state = _str(raw["state"], where.at("state"))
    if state not in ACCEPTOR_STATES:
        raise where.at("state").error(f"{state!r} is not one of: {', '.join(ACCEPTOR_STATES)}")
    matchers = [key for key in ("path", "error", "returned") if key in raw]
    if len(matchers) != 1:
        raise where.error("give exactly one of 'path', 'error' or 'returned'")
    if "error" in raw:
        if any(key in raw for key in PATH_MATCHES):
            raise where.error("'equals', 'any' and 'all' go with 'path'")
        code = _str(raw["error"], where.at("error"))
        if not ERROR_CODE.match(code):
            raise where.at("error").error(f"{code!r} is not an ASM error code")
        return Acceptor(state=state, error=code)  # type: ignore[arg-type]
    if "returned" in raw:
        if any(key in raw for key in PATH_MATCHES):
            raise where.error("'equals', 'any' and 'all' go with 'path'")
        if raw["returned"] is not True:
            raise where.at("returned").error("'returned' can only be true")
        return Acceptor(state=state, returned=True)  # type: ignore[arg-type]
    matches = [key for key in PATH_MATCHES if key in raw]
    if len(matches) != 1:
        raise where.error(f"a path needs exactly one of: {', '.join(PATH_MATCHES)}")
    match = matches[0]
    path = _str(raw["path"], where.at("path"))
    steps, leaf, yields_list = _path_steps(path, where.at("path"), operation, shapes)
    if match == "equals" and yields_list:
        raise where.error(f"{path!r} yields a list: compare it with 'any' or 'all'")
    if match != "equals" and not yields_list:
        raise where.error(f"{path!r} yields one value: compare it with 'equals'")
    raw_expected = raw[match]
    alternatives = raw_expected if isinstance(raw_expected, list) else [raw_expected]
    if not alternatives:
        raise where.at(match).error("expected at least one value")
    for index, expected in enumerate(alternatives):
        at = where.at(match).at(index) if isinstance(raw_expected, list) else where.at(match)
        if expected is None:
            continue
        if leaf is None or leaf.kind != "scalar":
            raise at.error(f"{path!r} is not a scalar: only null can be expected of it")
        _check_literal(expected, leaf, at)
    return Acceptor(
        state=state,  # type: ignore[arg-type]
        path=path,
        steps=steps,
        match=match,  # type: ignore[arg-type]
        expected=tuple(alternatives),
    )


def _path_steps(
    path: str, where: Where, operation: Operation, shapes: Mapping[str, Shape]
) -> tuple[tuple[str, ...], TypeRef | None, bool]:
    """Split an attribute path (``a.b``, ``a[].b``: a JMESPath subset) and check each name
    against the operation's response: the steps, the type it ends on, whether it yields a
    list (a ``[]`` projection, or a list member at its end)."""
    assert operation.response is not None
    response = operation.response
    current: TypeRef | None = TypeRef("shape", response.shape)
    if response.is_list:
        current = TypeRef("list", item=current)
    steps: list[str] = []
    projected = False
    if not path:
        raise where.error("empty path")
    for index, segment in enumerate(path.split(".")):
        found = _PATH_STEP.match(segment)
        if found is None or (not found.group(1) and (index > 0 or not found.group(2))):
            raise where.error(
                f"{path!r}: {segment!r} is not a member name, optionally followed by [] "
                "(the JMESPath subset waiters use)"
            )
        name, flattens = found.group(1), found.group(2)
        if name:
            if current is None or current.kind != "shape":
                raise where.error(f"{path!r}: {name!r}: what precedes it has no members")
            shape = shapes[current.name]
            candidates = [shapes[v.shape] for v in shape.union.variants] if shape.union else [shape]
            member = next((m for s in candidates for m in s.fields if m.name == name), None)
            if member is None:
                raise where.error(f"{path!r}: {name!r} is not a member of {shape.name}")
            if member.secret:
                raise where.error(f"{path!r}: {name!r} is a secret member")
            if member.type.kind in ("map", "json"):
                raise where.error(f"{path!r}: {name!r} is a {member.type.kind}: no path into it")
            steps.append(name)
            current = member.type
        for _ in range(len(flattens) // 2):
            if current is None or current.kind != "list":
                raise where.error(f"{path!r}: [] follows something that is not a list")
            steps.append("[]")
            projected = True
            current = current.item
    yields_list = projected or (current is not None and current.kind == "list")
    leaf = current.item if current is not None and current.kind == "list" else current
    return tuple(steps), leaf, yields_list
