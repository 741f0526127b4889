"""The intermediate representation: what the loader produces and the templates read.

Everything here is frozen: once the spec is validated nothing downstream may change it, so a
template can never paper over a gap in the spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCALAR_TYPES = ("string", "int", "long", "float", "bool", "datetime", "base64text", "base64")


@dataclass(frozen=True)
class TypeRef:
    """The type of a member or parameter: a scalar, a shape, a list or a string map."""

    kind: Literal["scalar", "shape", "list", "map", "json"]
    name: str = ""  # scalar type name or shape name
    item: TypeRef | None = None  # list items

    @property
    def is_scalar(self) -> bool:
        return self.kind == "scalar"


@dataclass(frozen=True)
class Constraints:
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    enum: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def __bool__(self) -> bool:
        return any(
            value not in (None, ())
            for value in (
                self.min_length,
                self.max_length,
                self.pattern,
                self.enum,
                self.minimum,
                self.maximum,
            )
        )


NO_DEFAULT: object = object()


@dataclass(frozen=True)
class Member:
    """One element of a structure, in wire order."""

    name: str
    xml: str
    type: TypeRef
    doc: str = ""
    item_xml: str = ""
    flat: bool = False
    always: bool = False
    required: bool = False
    default: object = NO_DEFAULT
    fixed: str | None = None
    secret: bool = False
    constraints: Constraints = field(default_factory=Constraints)
    entry_xml: str = "ExtendedProperty"
    key_xml: str = "Name"
    value_xml: str = "Value"
    placement: Literal["element", "attribute", "text"] = "element"
    namespace: str = ""  # URI of the member's element ("" = the enclosing shape's)
    item_namespace: str = ""  # URI of a list's item elements ("" = the list's own)
    #: An envelope member (`Shape.envelope`): the member path, in the element the structure
    #: was unwrapped from, that fills it. Never read from or written to the shape's element.
    envelope: tuple[str, ...] = ()
    #: The reference package's class for this list, and its item attribute (`ConfigurationSets`,
    #: `configuration_sets`): the list's fresh value is an empty instance of that class.
    legacy_list: tuple[str, str] | None = None
    #: A list or nested structure that starts empty / as a fresh instance instead of None
    #: (filled in place by code written for the reference package).
    fresh: bool = False

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT

    @property
    def is_element(self) -> bool:
        return self.placement == "element"


@dataclass(frozen=True)
class Group:
    """An element that wraps members of the enclosing class without a class of its own."""

    xml: str
    children: tuple[Member | Group, ...]
    #: Constant attributes written on the element (name, value), in order; not read back.
    attributes: tuple[tuple[str, str], ...] = ()

    def members(self) -> tuple[Member, ...]:
        return flatten(self.children)


def flatten(nodes: tuple[Member | Group, ...]) -> tuple[Member, ...]:
    """The members of a body tree, in wire order, groups dissolved."""
    result: list[Member] = []
    for node in nodes:
        if isinstance(node, Group):
            result.extend(node.members())
        else:
            result.append(node)
    return tuple(result)


@dataclass(frozen=True)
class Variant:
    key: str  # discriminator value
    shape: str


@dataclass(frozen=True)
class Union:
    discriminator_kind: Literal["element", "attribute"]
    discriminator: str  # element name, or attribute as prefix:name
    variants: tuple[Variant, ...]
    #: A structure that may stand for any variant (the reference's `ConfigurationSet`, typed by
    #: an attribute): accepted where the union is, and written as the variant it names.
    general: str | None = None


@dataclass(frozen=True)
class Shape:
    name: str
    doc: str
    source: str  # spec file the shape comes from
    xml: str = ""
    namespace: str = ""  # namespace URI
    body: tuple[Member | Group, ...] = ()
    init: tuple[str, ...] = ()  # constructor order, all members
    xsi_type: str | None = None
    union: Union | None = None
    #: Default table columns of the ``asm`` command line: member paths (``a.b`` goes into a
    #: nested shape), checked by the loader.
    columns: tuple[str, ...] = ()
    #: Scalar attributes filled from the envelope the structure is unwrapped from by an
    #: `unwrap` response (an Atom entry's title as a queue's `name`); not part of its element.
    envelope: tuple[Member, ...] = ()
    #: Other names the reference package gives this class (kept as aliases).
    legacy_names: tuple[str, ...] = ()
    #: For a general structure: the union whose variant its discriminator member names.
    specializes: str | None = None

    @property
    def members(self) -> tuple[Member, ...]:
        return flatten(self.body)

    @property
    def fields(self) -> tuple[Member, ...]:
        """Members the element carries that are attributes of instances (fixed members are
        class constants)."""
        return tuple(m for m in self.members if m.fixed is None)

    @property
    def instance_fields(self) -> tuple[Member, ...]:
        """Every attribute of instances: the fields, then the envelope members."""
        return self.fields + self.envelope

    @property
    def xml_attributes(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.placement == "attribute")

    @property
    def xml_text(self) -> Member | None:
        return next((m for m in self.members if m.placement == "text"), None)

    @property
    def element_body(self) -> tuple[Member | Group, ...]:
        """The body without attribute and text members: what is written as child elements."""
        return tuple(
            node for node in self.body if isinstance(node, Group) or node.placement == "element"
        )

    @property
    def init_fields(self) -> tuple[Member, ...]:
        by_name = {m.name: m for m in self.instance_fields}
        return tuple(by_name[name] for name in self.init)


@dataclass(frozen=True)
class ParamEffect:
    """A parameter that, when it has the value `when`, replaces another parameter's value."""

    param: str
    when: object
    value: object


@dataclass(frozen=True)
class ParamCheck:
    """What a client checks an argument against: the parameter's own rules merged by the
    loader with those of the request member it feeds, so that the built request needs no
    second validation."""

    type: TypeRef
    constraints: Constraints
    required: bool
    secret: bool


@dataclass(frozen=True)
class Param:
    name: str
    type: TypeRef
    doc: str = ""
    required: bool = False
    default: object = NO_DEFAULT
    secret: bool = False
    into: str | None = None
    sets: ParamEffect | None = None
    constraints: Constraints = field(default_factory=Constraints)
    in_path: bool = False
    #: The reference package's model for this (structure) parameter: an instance of it is
    #: accepted too and converted to the parameter's type by attribute names
    #: (`create_vm_image(VMImage(...))`). Typed code sees only the parameter's own type.
    legacy: str | None = None
    #: Set by the loader; None only in a `Param` built by hand (then its own rules apply).
    #: Derived from the parameter and the request shape: not part of equality.
    merged_check: ParamCheck | None = field(default=None, compare=False)

    @property
    def check(self) -> ParamCheck:
        if self.merged_check is not None:
            return self.merged_check
        return ParamCheck(self.type, self.constraints, self.required, self.secret)

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class QueryItem:
    name: str
    param: str | None = None  # value of this parameter, omitted when None
    value: str | None = None  # fixed value
    when: str | None = None  # only when this boolean parameter is true


@dataclass(frozen=True)
class HeaderItem:
    name: str
    param: str


@dataclass(frozen=True)
class FedMember:
    """A member of a request body and the parameters that give its value: `param` (the
    parameter of its name), `map` (a Mapping argument copied into the model's dict) or `list`
    (the parameters `into` the list, those not None, the member None when none is)."""

    member: Member
    kind: Literal["param", "map", "list"]
    params: tuple[str, ...]


@dataclass(frozen=True)
class RequestBody:
    shape: str  # "" for a JSON or text body
    param: str | None = None  # the whole body is this parameter
    kind: Literal["xml", "json", "text"] = "xml"
    #: The members of a request built from the parameters, in wire order (set by the loader;
    #: derived from the parameters and the shape, so not part of equality).
    fed: tuple[FedMember, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ResponseBody:
    shape: str  # "" for JSON and text bodies
    list_xml: str | None = None  # a list of `shape` items under this root element
    item_xml: str | None = None  # the items' element name, when not the shape's own
    #: The list document read, when `list_xml` is set (resolved by the loader; derived from
    #: the fields above, so not part of equality).
    document: ListDocument | None = field(default=None, compare=False)
    kind: Literal["xml", "json", "text"] = "xml"
    # The reference package's class for the list (`HostedServices`) and its item attribute
    # (`hosted_services`): the list returned is of that class, a `NamedList`.
    list_class: str | None = None
    list_attribute: str | None = None
    #: `unwrap`: the member path, from the document `shape`, to what the operation returns
    #: (`entries.content.queue_description`); the list member on the path, if any, makes the
    #: result a list of what each of its items holds.
    unwrap: tuple[str, ...] = ()
    unwrap_shape: str = ""  # the shape at the end of the path
    unwrap_list_at: int | None = None  # index in `unwrap` of the list member
    unwrap_function: str = ""  # name of its generated function (`unwrap_queue_feed`)

    @property
    def is_list(self) -> bool:
        return self.list_xml is not None

    @property
    def list_function(self) -> str:
        """The suffix of the list document's functions (`locations`), "" for another body."""
        return "" if self.document is None else self.document.function

    @property
    def is_unwrapped(self) -> bool:
        return bool(self.unwrap)


@dataclass(frozen=True)
class Pages:
    """A list operation whose response continues on further pages."""

    token_param: str  # parameter that asks for the next page
    token_member: str  # member of the response holding the next page's token
    items: str  # list member of the response holding the page's items
    item_shape: str

    def iterator_name(self, operation_name: str) -> str:
        return "iter_" + operation_name.removeprefix("list_")


@dataclass(frozen=True)
class Operation:
    name: str
    client: str
    doc: str
    source: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query: tuple[QueryItem, ...]
    headers: tuple[HeaderItem, ...]
    x_ms_version: str
    is_async: bool
    expect: tuple[int, ...]
    params: tuple[Param, ...]
    exactly_one: tuple[tuple[str, ...], ...]
    at_most_one: tuple[tuple[str, ...], ...]
    request: RequestBody | None
    response: ResponseBody | None
    pages: Pages | None = None
    content_type: str | None = None  # overrides the client's for this operation
    cli: tuple[str, str] | None = None  # (group, command) overriding codegen.cli_names' rule


@dataclass(frozen=True)
class Client:
    name: str
    doc: str
    x_ms_version: str
    content_type: str
    default: bool
    status_operation: str | None


@dataclass(frozen=True)
class ListDocument:
    """A response document that is a bare list (`<Locations><Location/>...</Locations>`)."""

    xml: str
    item: str  # shape name
    item_xml: str
    function: str  # suffix of its serialize_/deserialize_ functions
    list_class: str | None = None  # the reference's list class (see ResponseBody.list_class)
    list_attribute: str | None = None


@dataclass(frozen=True)
class Spec:
    namespaces: dict[str, str]
    clients: tuple[Client, ...]
    operations: tuple[Operation, ...]
    shapes: tuple[Shape, ...]
    list_documents: tuple[ListDocument, ...]
    sources: tuple[str, ...]
    waiters: tuple[Waiter, ...] = ()
    #: The shapes the clients write (request bodies and all they hold) and read (responses and
    #: all they hold), found by the loader: `azure_asm` carries the writers of the first and
    #: the readers of the second; the emulator's codecs the other two directions.
    client_writes: frozenset[str] = frozenset()
    client_reads: frozenset[str] = frozenset()
    #: The (Python key, value) naming each union variant in `as_dict()` data, by shape: the
    #: union's discriminator snake-cased (`configuration_set_type`; `type` for `i:type`) and
    #: the variant's value. A shape is no union's variant when it is not here.
    variant_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    _by_name: dict[str, Shape] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen, so the index is set once here; every reference is found in one look-up.
        object.__setattr__(self, "_by_name", {shape.name: shape for shape in self.shapes})

    def legacy_lists(self) -> list[tuple[str, str, str]]:
        """Every (class, item attribute, item shape) of the reference's list classes that hold
        members of models, once; those a list operation also returns (`ListDocument.list_class`)
        are written with the list documents, as both."""
        results = {d.list_class for d in self.list_documents if d.list_class}
        found: dict[str, tuple[str, str, str]] = {}
        for shape in self.shapes:
            for member in shape.members:
                legacy = member.legacy_list
                if legacy is not None and member.type.item is not None and legacy[0] not in results:
                    found.setdefault(legacy[0], (*legacy, member.type.item.name))
        return sorted(found.values())

    def shape(self, name: str) -> Shape:
        return self._by_name[name]

    def shapes_in(self, names: frozenset[str]) -> tuple[Shape, ...]:
        """The shapes named in `names`, in spec order."""
        return tuple(shape for shape in self.shapes if shape.name in names)


@dataclass(frozen=True)
class Acceptor:
    """One rule of a waiter: what an answer (or error) of the polled operation means.

    Exactly one matcher is set: `path` (with `match` and `expected`: the values the path
    yields, compared with `expected`, one of which must be equal), `error` (an ASM error code
    the call raised) or `returned` (the call answered at all).
    """

    state: Literal["success", "failure", "retry"]
    path: str = ""
    steps: tuple[str, ...] = ()  # the path split: member names and "[]" (flatten a list)
    match: Literal["equals", "any", "all"] = "equals"
    expected: tuple[object, ...] = ()
    error: str = ""
    returned: bool = False


@dataclass(frozen=True)
class Waiter:
    """A named condition, reached by polling an operation until an acceptor decides."""

    name: str
    doc: str
    source: str
    operation: str
    client: str  # the operation's client: only its `get_waiter` knows the waiter
    params: tuple[tuple[str, object], ...]  # arguments the waiter always passes
    delay: float
    max_attempts: int
    acceptors: tuple[Acceptor, ...]
    cli_group: str
    cli_condition: str  # `asm GROUP wait CONDITION`
