"""Record real ASM calls to a file and replay them later, offline (like vcrpy or Betamax).

``RecordingTransport(inner, path)`` wraps any transport (usually the default
``Urllib3Transport``): every request it sends and the response it gets are appended to
``path``, with secrets blanked out. ``ReplayTransport(path)`` answers requests from such a file
without any network, so a test recorded once against Azure (or the emulator) runs anywhere::

    from azure_asm import ServiceManagementService
    from azure_asm_runtime.recording import RecordingTransport, ReplayTransport
    from azure_asm_runtime.transport import Urllib3Transport

    live = ServiceManagementService(subscription_id, "mycert.pem")
    live.transport = RecordingTransport(live.transport, "tests/recordings/services.json")
    live.list_hosted_services()                     # sent, and recorded

    offline = ServiceManagementService(subscription_id, transport=ReplayTransport(
        "tests/recordings/services.json"))
    offline.list_hosted_services()                  # answered from the file

The ``asm`` command line does the same with ``--record FILE`` and ``--replay FILE``.

Secrets are never written. Request and response bodies are parsed (XML, else JSON) and the
value of every secret element is replaced by ``REDACTED``: the spec's ``secret`` members
(``azure_asm.catalog.SECRET_ELEMENTS``: passwords, storage keys, certificate data, private
extension configuration, custom data), every element, attribute or JSON key whose name
ends with ``password``, ``passphrase``, ``secret`` or ``privatekey``, and any names given as
``redact=``. ``Authorization``, ``Cookie`` and ``Set-Cookie`` headers are dropped. A body that
is neither XML nor JSON is kept only if it is not a request body (request bodies that cannot
be checked are replaced by ``REDACTED``).

File format (UTF-8 JSON, version 1)::

    {
      "format": "azure-asm-recording",
      "version": 1,
      "interactions": [
        {
          "request": {"method": "POST", "url": "https://management.core.windows.net/SUB/...",
                      "headers": {"x-ms-version": "2014-10-01", ...},
                      "body": "<CreateHostedService ...>...</CreateHostedService>"},
          "response": {"status": 202, "headers": {"x-ms-request-id": "..."}, "body": ""}
        }
      ]
    }

``body`` is text (UTF-8) or null; a body that is not UTF-8 is stored as ``"body_base64"``
instead. Interactions are in the order they were sent, and the file is rewritten after each one
(so a crash loses nothing). Recordings are meant to be reviewed and committed like code.

Replay matches each request to the first unused interaction with the same method, path and
query, whatever the order of the calls (``order="request"``, the default; the host is ignored,
so a recording made against Azure replays against any host; with ``match_subscription=False``
the subscription id, the first path segment, is ignored too). Bodies are not compared unless
``match_body=True`` (then after redaction). Repeated identical requests (polling an operation)
are answered in recorded order; with ``allow_repeats=True`` the last of them answers again once
all are used. ``order="recorded"`` wants the requests in the recorded order: each must match
the next interaction. A request that matches nothing raises ``ReplayMismatchError``;
``unused`` lists interactions never replayed.

``RecordReplayTransport(inner, path, mode=...)`` does both, with vcrpy's record modes:

* ``"once"`` (default): record every request when ``path`` does not exist; when it does,
  replay only (a request not recorded is a ``ReplayMismatchError``);
* ``"new_episodes"``: replay what is recorded, send what is not through ``inner`` and append
  it to the file;
* ``"none"``: replay only (``path`` must exist); nothing reaches ``inner``;
* ``"all"``: record again, replacing the file, and never replay.

A test can thus run against Azure (or the emulator) once and offline ever after::

    client.transport = RecordReplayTransport(client.transport, "tests/recordings/x.json")
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import tempfile
import threading
from collections.abc import Collection, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import urlsplit

from lxml import etree

from azure_asm_runtime.errors import AsmError
from azure_asm_runtime.http import HttpRequest, HttpResponse, Transport

__all__ = [
    "FORMAT",
    "REDACTED",
    "RecordMode",
    "RecordReplayTransport",
    "RecordingTransport",
    "ReplayMismatchError",
    "ReplayTransport",
    "redact_body",
]

FORMAT = "azure-asm-recording"
VERSION = 1
REDACTED = "REDACTED"

#: Element, attribute and JSON key names always treated as secret (by their case-insensitive
#: ending: ``AdminPassword``, ``client_secret``; not ``DisableSshPasswordAuthentication``).
_SECRET_NAME = re.compile(r"(password|passphrase|secret|privatekey)$", re.IGNORECASE)
_DROPPED_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class ReplayMismatchError(AsmError):
    """A replayed request matches no unused interaction of the recording."""


def _spec_secrets() -> frozenset[tuple[str, str]]:
    try:  # the generated package knows the spec's secrets; the runtime works without it
        from azure_asm.catalog import SECRET_ELEMENTS
    except ImportError:  # pragma: no cover - azure_asm is installed with the runtime
        return frozenset()
    return SECRET_ELEMENTS


class _Redactor:
    def __init__(self, extra: Collection[str]) -> None:
        self.pairs = _spec_secrets()
        self.names = frozenset(extra)

    def secret(self, parent: str, name: str) -> bool:
        return (
            _SECRET_NAME.search(name) is not None
            or name in self.names
            or (parent, name) in self.pairs
            or ("*", name) in self.pairs
        )

    def xml(self, root: etree._Element) -> bool:
        changed = False
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            name = etree.QName(element).localname
            for attribute in element.attrib:
                local = etree.QName(attribute).localname
                if self.secret(name, "@" + local):
                    element.set(attribute, REDACTED)
                    changed = True
            if (name, "#text") in self.pairs and element.text:
                element.text = REDACTED
                changed = True
            parent = element.getparent()
            parent_name = etree.QName(parent).localname if parent is not None else ""
            if self.secret(parent_name, name) and (len(element) or element.text):
                for child in list(element):
                    element.remove(child)
                element.text = REDACTED
                changed = True
        return changed

    def json(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: REDACTED if self.secret("", str(key)) else self.json(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return value


def redact_body(body: bytes, *, request: bool, redact: Collection[str] = ()) -> bytes:
    """``body`` with the values of secret elements (or JSON keys) replaced by ``REDACTED``.

    A request body that is neither XML nor JSON cannot be checked and is replaced whole.
    """
    if not body.strip():
        return body
    redactor = _Redactor(redact)
    if body.lstrip().startswith(b"<"):
        try:
            root = etree.fromstring(body, _PARSER)
        except etree.XMLSyntaxError:
            root = None
        if root is not None:
            if not redactor.xml(root):
                return body
            declaration = body.lstrip().startswith(b"<?xml")
            return bytes(etree.tostring(root, encoding="utf-8", xml_declaration=declaration))
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return REDACTED.encode() if request else body
    return json.dumps(redactor.json(document)).encode()


def _headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in _DROPPED_HEADERS}


def _body_fields(body: bytes | None) -> dict[str, Any]:
    if body is None:
        return {"body": None}
    try:
        return {"body": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"body_base64": base64.b64encode(body).decode("ascii")}


def _body_of(data: Mapping[str, Any], where: str) -> bytes | None:
    if "body_base64" in data:
        try:
            return base64.b64decode(data["body_base64"], validate=True)
        except (binascii.Error, TypeError):
            raise ValueError(f"{where}: body_base64 is not base64") from None
    body = data.get("body")
    if body is None:
        return None
    if not isinstance(body, str):
        raise ValueError(f"{where}: body must be a string or null")
    return body.encode("utf-8")


def _interaction(
    request: HttpRequest, response: HttpResponse, redact: Collection[str]
) -> dict[str, Any]:
    """One request and its response as a recording stores them: secrets redacted."""
    request_body = (
        None if request.body is None else redact_body(request.body, request=True, redact=redact)
    )
    return {
        "request": {
            "method": request.method,
            "url": request.url,
            "headers": _headers(request.headers),
            **_body_fields(request_body),
        },
        "response": {
            "status": response.status,
            "headers": _headers(response.headers),
            **_body_fields(redact_body(response.body, request=False, redact=redact)),
        },
    }


def _write_atomically(path: Path, document: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class RecordingTransport:
    """Send through ``inner`` and append every request and response to ``path`` (JSON, see
    the module doc), secrets redacted. An existing file is replaced unless ``append``."""

    def __init__(
        self,
        inner: Transport,
        path: str | os.PathLike[str],
        *,
        append: bool = False,
        redact: Collection[str] = (),
    ) -> None:
        self.inner = inner
        self.path = Path(path)
        self.redact = tuple(redact)
        self._lock = threading.Lock()
        self.interactions: list[dict[str, Any]] = (
            load_recording(self.path) if append and self.path.exists() else []
        )
        self._save()

    def __repr__(self) -> str:
        return f"RecordingTransport({self.inner!r}, {os.fspath(self.path)!r})"

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        response = self.inner.send(request, timeout)
        interaction = _interaction(request, response, self.redact)
        with self._lock:
            self.interactions.append(interaction)
            self._save()
        return response

    def _save(self) -> None:
        _write_atomically(
            self.path, {"format": FORMAT, "version": VERSION, "interactions": self.interactions}
        )

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if callable(close):
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def load_recording(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The interactions of a recording file, checked against the format."""
    source = os.fspath(path)
    try:
        document = json.loads(Path(source).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{source}: not a recording (invalid JSON: {exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f'{source}: not a recording (no "format": "{FORMAT}")')
    if document.get("version") != VERSION:
        raise ValueError(f"{source}: recording version {document.get('version')!r} is unknown")
    interactions = document.get("interactions")
    if not isinstance(interactions, list):
        raise ValueError(f'{source}: "interactions" must be a list')
    for index, item in enumerate(interactions):
        where = f"{source}: interactions[{index}]"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: must be an object")
        request, response = item.get("request"), item.get("response")
        if not isinstance(request, dict) or not isinstance(response, dict):
            raise ValueError(f"{where}: needs a request and a response object")
        if not isinstance(request.get("method"), str) or not isinstance(request.get("url"), str):
            raise ValueError(f"{where}.request: needs a method and a url")
        if not isinstance(response.get("status"), int):
            raise ValueError(f"{where}.response: needs an integer status")
        _body_of(request, f"{where}.request")
        _body_of(response, f"{where}.response")
    return interactions


def _target(url: str, match_subscription: bool) -> str:
    parts = urlsplit(url)
    path = parts.path
    if not match_subscription:
        path = re.sub(r"^/[^/]*", "/*", path)
    return f"{path}?{parts.query}" if parts.query else path


ReplayOrder = Literal["request", "recorded"]


class ReplayTransport:
    """Answer requests from a recording (see the module doc); never touches the network."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        match_subscription: bool = True,
        match_body: bool = False,
        order: ReplayOrder = "request",
        allow_repeats: bool = False,
        redact: Collection[str] = (),
    ) -> None:
        if order not in ("request", "recorded"):
            raise ValueError(f'order: must be "request" or "recorded", not {order!r}')
        self.path = Path(path)
        self.match_subscription = match_subscription
        self.match_body = match_body
        self.order = order
        self.allow_repeats = allow_repeats
        self.redact = tuple(redact)
        self.interactions = load_recording(self.path)
        self._used = [False] * len(self.interactions)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ReplayTransport({os.fspath(self.path)!r})"

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        target = _target(request.url, self.match_subscription)
        body = (
            None
            if request.body is None
            else redact_body(request.body, request=True, redact=self.redact)
        )

        def matches(index: int) -> bool:
            recorded = self.interactions[index]["request"]
            return (
                recorded["method"] == request.method
                and _target(recorded["url"], self.match_subscription) == target
                and (not self.match_body or _body_of(recorded, "request") == body)
            )

        with self._lock:
            unused = [index for index, used in enumerate(self._used) if not used]
            if self.order == "recorded":
                # The in-order mode: only the next interaction may answer.
                chosen = unused[0] if unused and matches(unused[0]) else None
            else:
                chosen = next((index for index in unused if matches(index)), None)
            if chosen is None and self.allow_repeats:
                used = [index for index, done in enumerate(self._used) if done and matches(index)]
                chosen = used[-1] if used else None
            if chosen is None:
                raise ReplayMismatchError(self._mismatch(request.method, target, unused))
            self._used[chosen] = True
            return _response_of(self.interactions[chosen])

    def _mismatch(self, method: str, target: str, unused: list[int]) -> str:
        where = os.fspath(self.path)
        if self.order == "recorded" and unused:
            recorded = self.interactions[unused[0]]["request"]
            expected = f"{recorded['method']} {_target(recorded['url'], self.match_subscription)}"
            return (
                f"{where}: expected interaction {unused[0]} ({expected}) next, "
                f"got {method} {target}"
            )
        return f"{where}: no unused recorded interaction for {method} {target}"

    def add(self, interaction: dict[str, Any], *, used: bool) -> None:
        """Add an interaction (as `RecordReplayTransport` records a new one)."""
        with self._lock:
            self.interactions.append(interaction)
            self._used.append(used)

    @property
    def unused(self) -> list[dict[str, Any]]:
        """The interactions not replayed (yet)."""
        return [item for item, used in zip(self.interactions, self._used, strict=True) if not used]

    def close(self) -> None:
        pass


def _response_of(interaction: Mapping[str, Any]) -> HttpResponse:
    response = interaction["response"]
    headers = response.get("headers") or {}
    return HttpResponse(
        int(response["status"]),
        {str(k): str(v) for k, v in headers.items()},
        _body_of(response, "response") or b"",
    )


RecordMode = Literal["once", "new_episodes", "none", "all"]
_MODES = ("once", "new_episodes", "none", "all")


class RecordReplayTransport:
    """Replay what ``path`` holds and record what it does not, as ``mode`` says (vcrpy's
    record modes: ``once``, ``new_episodes``, ``none``, ``all``; see the module doc).

    ``inner`` sends what is recorded (None is allowed with ``mode="none"``, or with
    ``"once"`` over an existing file). The replay options (``match_subscription``,
    ``match_body``, ``order``, ``allow_repeats``) are those of `ReplayTransport`, ``redact``
    that of `RecordingTransport`. ``recording`` says whether requests are being recorded.
    """

    def __init__(
        self,
        inner: Transport | None,
        path: str | os.PathLike[str],
        *,
        mode: RecordMode = "once",
        match_subscription: bool = True,
        match_body: bool = False,
        order: ReplayOrder = "request",
        allow_repeats: bool = False,
        redact: Collection[str] = (),
    ) -> None:
        if mode not in _MODES:
            raise ValueError(f"mode: must be one of {', '.join(_MODES)}, not {mode!r}")
        self.path = Path(path)
        self.mode = mode
        self.inner = inner
        self.redact = tuple(redact)
        exists = self.path.exists()
        if mode == "none" and not exists:
            raise FileNotFoundError(f"{os.fspath(self.path)}: no recording to replay (mode none)")
        self.recording = mode == "all" or (mode == "once" and not exists)
        self._recorder: RecordingTransport | None = None
        self._replay: ReplayTransport | None = None
        self._lock = threading.Lock()
        if (self.recording or mode == "new_episodes") and inner is None:
            raise ValueError(f"inner: a transport is needed to record (mode {mode})")
        if self.recording:
            assert inner is not None
            self._recorder = RecordingTransport(inner, self.path, redact=self.redact)
        else:
            self._replay = ReplayTransport(
                self.path,
                match_subscription=match_subscription,
                match_body=match_body,
                order=order,
                allow_repeats=allow_repeats,
                redact=self.redact,
            )

    def __repr__(self) -> str:
        return f"RecordReplayTransport({os.fspath(self.path)!r}, mode={self.mode!r})"

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        if self._recorder is not None:
            return self._recorder.send(request, timeout)
        assert self._replay is not None
        try:
            return self._replay.send(request, timeout)
        except ReplayMismatchError:
            if self.mode != "new_episodes":
                raise
        assert self.inner is not None
        response = self.inner.send(request, timeout)
        with self._lock:
            self._replay.add(_interaction(request, response, self.redact), used=True)
            _write_atomically(
                self.path,
                {"format": FORMAT, "version": VERSION, "interactions": self._replay.interactions},
            )
        return response

    @property
    def unused(self) -> list[dict[str, Any]]:
        """Recorded interactions not replayed (yet); empty while recording."""
        return [] if self._replay is None else self._replay.unused

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if callable(close):
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
