"""Request routing: the handler-registration API, the request and response types, helpers.

Handlers are plain functions ``handler(request, state) -> Response`` registered on a
``Router`` under an HTTP method and a path template written the way the spec writes paths
(``/{subscription_id}/services/hostedservices/{service_name}``). The router is deliberately
small and explicit rather than reflective: templates are the same strings as in
``spec/*.yaml``, so a handler can be checked against the spec operation it implements by
reading one line.

Matching rules (those of ASM's front end, which routed with WCF URI templates):

* a path matches a template with the same number of segments whose literal segments are equal
  ignoring case; each ``{name}`` segment matches any non-empty segment, percent-decoded;
* when several templates match, the one with a literal in the leftmost differing position
  wins (``.../hostedservices/{name}`` loses to ``.../hostedservices/operations``);
* a trailing slash is ignored, and so is an empty segment inside the path (``a//b`` is
  ``a/b``): ASM answers the reference package's ``servers//{name}/databases`` and
  ``webspaces//{name}/...`` paths as if the slash were single;
* no template matching the path -> 404 ``ResourceNotFound``; templates matching but none for
  this method -> 405 with an ``Allow`` header.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol
from urllib.parse import parse_qsl, unquote

from .errors import XML_CONTENT_TYPE, AsmFault, bad_request, error_document, resource_not_found
from .xmlbody import ParsedXml

if TYPE_CHECKING:
    from .operations import Operation
    from .state import State

METHODS = frozenset({"GET", "PUT", "POST", "DELETE", "HEAD", "PATCH", "MERGE", "OPTIONS"})
"""HTTP methods a route may be registered for."""

WRITE_METHODS = frozenset({"PUT", "POST", "DELETE", "PATCH", "MERGE"})
"""Methods that change state (the only ones conflict faults are injected into)."""


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive view of request headers (HTTP header names ignore case)."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: dict[str, tuple[str, str]] = {}
        for name, value in items:
            self._items[name.lower()] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({dict(self._items.values())!r})"


@dataclass(frozen=True)
class Request:
    """What a handler gets to know about one request.

    ``body`` is excluded from ``repr`` because ASM request bodies carry passwords.
    ``subscription_id`` is the first path segment, lower-cased (ASM subscription ids are GUIDs
    and compare case-insensitively); the caller's certificate is registered for it, or the
    handler would not run. ``version`` is the ``x-ms-version`` header. ``parsed_xml`` is the
    body parsed by the server before the state lock was taken (read it with
    ``xmlbody.request_xml``); None for an empty body or when nobody parsed it.
    """

    method: str
    path: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    headers: Headers
    body: bytes = field(repr=False)
    subscription_id: str
    version: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    client_thumbprint: str = ""
    query_all: Mapping[str, list[str]] = field(default_factory=dict, repr=False)
    parsed_xml: ParsedXml | None = field(default=None, repr=False, compare=False)

    def header(self, name: str) -> str | None:
        """The header ``name`` (any case), or None."""
        return self.headers.get(name)


@dataclass
class Response:
    """What a handler answers. The server adds ``x-ms-request-id`` and ``Content-Length``."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = field(default=b"", repr=False)


class Handler(Protocol):
    """The signature of a route handler (positional, so parameter names are free)."""

    def __call__(self, request: Request, state: State, /) -> Response: ...


def xml_response(status: int, body: bytes, headers: Mapping[str, str] | None = None) -> Response:
    """A response carrying the XML document ``body`` (UTF-8)."""
    all_headers = {"Content-Type": XML_CONTENT_TYPE}
    all_headers.update(headers or {})
    return Response(status, all_headers, body)


def empty(status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A response without a body (``200 OK`` by default)."""
    return Response(status, dict(headers or {}))


def accepted_async(operation: Operation, status: int = 202) -> Response:
    """The answer to a request that started ``operation``: ``202`` and its request id.

    ASM tells the client which operation to poll through ``x-ms-request-id``, so the header
    carries the operation's id rather than a fresh one.
    """
    return Response(status, {"x-ms-request-id": operation.request_id})


def asm_error(status: int, code: str, message: str) -> Response:
    """A response carrying ASM's ``<Error>`` document."""
    return xml_response(status, error_document(code, message))


def fault_response(fault: AsmFault) -> Response:
    """The response an ``AsmFault`` stands for."""
    return asm_error(fault.status, fault.code, fault.message)


_PARAM = re.compile(r"^\{([A-Za-z_][A-Za-z0-9_]*)\}$")


@dataclass(frozen=True)
class Route:
    """One registered (method, path template) -> handler entry."""

    method: str
    template: str
    handler: Handler
    name: str
    polling: bool
    segments: tuple[str | None, ...]  # lower-cased literal, or None for a parameter
    params: tuple[str | None, ...]  # parameter name at each position, or None for a literal

    @property
    def specificity(self) -> tuple[bool, ...]:
        """Sort key: literals beat parameters, leftmost first."""
        return tuple(segment is not None for segment in self.segments)

    def bind(self, segments: list[str]) -> dict[str, str] | None:
        """Path parameters if the decoded ``segments`` match this template, else None."""
        if len(segments) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for literal, param, segment in zip(self.segments, self.params, segments, strict=True):
            if literal is not None:
                if segment.lower() != literal:
                    return None
            elif param is not None:
                if not segment:
                    return None
                values[param] = segment
        return values


@dataclass(frozen=True)
class RouteMatch:
    """A route and the parameters it bound for one concrete path."""

    route: Route
    path_params: dict[str, str]


def split_path(path: str) -> list[str]:
    """Split a request path into percent-decoded segments.

    Segments are split before decoding so that an encoded ``%2F`` stays inside its segment.
    Invalid UTF-8 after decoding is a 400, as ASM answers for malformed URIs.
    """
    if not path.startswith("/"):
        raise bad_request("The request URI is invalid.")
    raw = path[1:]
    if raw.endswith("/"):
        raw = raw[:-1]
    if not raw:
        return []
    parts = raw.split("/")
    # A trailing empty segment stays (it names an empty parameter, which matches nothing).
    kept = [part for index, part in enumerate(parts) if part or index == len(parts) - 1]
    try:
        return [unquote(segment, errors="strict") for segment in kept]
    except UnicodeDecodeError:
        raise bad_request("The request URI is invalid.") from None


def parse_query(query: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Parse a query string into (first value per name, all values per name)."""
    try:
        pairs = parse_qsl(query, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise bad_request("The request URI is invalid.") from None
    first: dict[str, str] = {}
    every: dict[str, list[str]] = {}
    for name, value in pairs:
        first.setdefault(name, value)
        every.setdefault(name, []).append(value)
    return first, every


def _compile(template: str) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    if not template.startswith("/") or template != template.strip():
        raise ValueError(f"path template must start with '/': {template!r}")
    raw = template[1:].removesuffix("/")
    literals: list[str | None] = []
    params: list[str | None] = []
    seen: set[str] = set()
    for segment in raw.split("/") if raw else []:
        match = _PARAM.match(segment)
        if match:
            name = match.group(1)
            if name in seen:
                raise ValueError(f"parameter {{{name}}} appears twice in {template!r}")
            seen.add(name)
            literals.append(None)
            params.append(name)
        elif not segment or "{" in segment or "}" in segment:
            raise ValueError(
                f"segment {segment!r} of {template!r} must be a literal or a whole {{name}}"
            )
        else:
            literals.append(unquote(segment).lower())
            params.append(None)
    return tuple(literals), tuple(params)


class Router:
    """A registry of routes. Thread-safe to read while routes are being added.

    Handler modules each own a ``Router``; the server combines them with ``include``.
    """

    def __init__(self) -> None:
        self._routes: tuple[Route, ...] = ()

    @property
    def routes(self) -> tuple[Route, ...]:
        """The registered routes, in registration order."""
        return self._routes

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        name: str | None = None,
        polling: bool = False,
    ) -> Route:
        """Register ``handler`` for ``method`` and ``template`` and return the route.

        ``name`` (default: the handler's ``__name__``) appears in logs. ``polling`` marks
        status-polling routes, which fault injection skips by default. Registering the same
        method for an equivalent template twice is an error, because which one would win is
        an accident of import order.
        """
        method = method.upper()
        if method not in METHODS:
            raise ValueError(f"unsupported HTTP method {method!r}")
        literals, params = _compile(template)
        route = Route(
            method=method,
            template=template,
            handler=handler,
            name=name or str(getattr(handler, "__name__", repr(handler))),
            polling=polling,
            segments=literals,
            params=params,
        )
        for existing in self._routes:
            if existing.method == method and existing.segments == literals:
                raise ValueError(
                    f"{method} {template!r} is already routed to {existing.name} "
                    f"({existing.template!r})"
                )
        self._routes = (*self._routes, route)
        return route

    def existing(self, method: str, template: str) -> Route | None:
        """The route registered for ``method`` and a template equivalent to ``template``."""
        literals, _ = _compile(template)
        return next(
            (r for r in self._routes if r.method == method.upper() and r.segments == literals),
            None,
        )

    def replace(self, route: Route, handler: Handler, *, name: str) -> Route:
        """Serve ``route``'s method and template by ``handler`` (named ``name``) instead."""
        new = Route(
            route.method, route.template, handler, name, route.polling, route.segments, route.params
        )
        self._routes = tuple(new if r is route else r for r in self._routes)
        return new

    def route(
        self, method: str, template: str, *, name: str | None = None, polling: bool = False
    ) -> Callable[[Handler], Handler]:
        """Decorator form of ``add``; returns the handler unchanged."""

        def register(handler: Handler) -> Handler:
            self.add(method, template, handler, name=name, polling=polling)
            return handler

        return register

    def include(self, other: Router) -> None:
        """Add every route of ``other`` (duplicates are errors, as in ``add``)."""
        for route in other.routes:
            self.add(
                route.method, route.template, route.handler, name=route.name, polling=route.polling
            )

    def find(self, method: str, path: str) -> RouteMatch | None:
        """The best route for ``method`` and ``path``, or None (never raises for 404/405)."""
        segments = split_path(path)
        best: RouteMatch | None = None
        for route in self._routes:
            if route.method != method:
                continue
            params = route.bind(segments)
            if params is None:
                continue
            if best is None or route.specificity > best.route.specificity:
                best = RouteMatch(route, params)
        return best

    def match(self, method: str, path: str) -> RouteMatch:
        """The best route for ``method`` and ``path``; raises the 404/405 ``AsmFault``."""
        found = self.find(method, path)
        if found is not None:
            return found
        segments = split_path(path)
        allowed = sorted(
            {route.method for route in self._routes if route.bind(segments) is not None}
        )
        if not allowed:
            raise resource_not_found()
        raise MethodNotAllowed(allowed)


class MethodNotAllowed(AsmFault):
    """405: the path exists but not for this method; carries the methods that do exist."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(
            405, "MethodNotAllowed", "The requested method is not allowed on this resource."
        )
        self.allowed = allowed
