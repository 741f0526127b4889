"""Point 4 of issue #5: hostile and malformed responses end in a typed error, fast, without
memory blow-up; the deserializers raise nothing but our typed errors (Hypothesis fuzzing, and
mutated real ASM bodies from tests/fixtures/libcloud/)."""

from __future__ import annotations

import contextlib
import inspect
import re
import resource
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import azure_asm.deserializers as deserializers
from azure_asm import ServiceManagementService
from azure_asm_runtime.errors import (
    AsmConnectionDroppedError,
    AsmError,
    AsmHttpError,
    ResponseParseError,
    ServerError,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.retry import NO_RETRY
from azure_asm_runtime.transport import Urllib3Transport
from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document

FIXTURES = Path(__file__).parents[1] / "fixtures" / "libcloud"
WA = "http://schemas.microsoft.com/windowsazure"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Locations xmlns="http://schemas.microsoft.com/windowsazure"><Location><Name>&lol9;</Name>
</Location></Locations>"""
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<Locations xmlns="http://schemas.microsoft.com/windowsazure"><Location><Name>&x;</Name>'
    b"</Location></Locations>"
)
PARAMETER = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
    b'<Locations xmlns="http://schemas.microsoft.com/windowsazure"/>'
)
DTD_ONLY = b'<!DOCTYPE Locations SYSTEM "http://127.0.0.1:9/l.dtd"><Locations/>'
GOOD = (FIXTURES / "locations.xml").read_bytes() if FIXTURES.exists() else b"<Locations/>"

HOSTILE: dict[str, bytes] = {
    "billion-laughs": LAUGHS,
    "billion-laughs-utf16": LAUGHS.replace(b'<?xml version="1.0"?>', b"").decode().encode("utf-16"),
    "external-entity": EXTERNAL,
    "parameter-entity": PARAMETER,
    "external-dtd": DTD_ONLY,
    "truncated": GOOD[: len(GOOD) // 2],
    "html": b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    "json": b'{"error": {"code": "x"}}',
    "binary": bytes(range(256)) * 4,
    "empty": b"",
    "whitespace": b"  \n\t ",
    "wrong-root": b'<HostedServices xmlns="http://schemas.microsoft.com/windowsazure"/>',
    "wrong-namespace": GOOD.replace(WA.encode(), b"urn:evil"),
    "deep-nesting": b"<Locations>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</Locations>",
    "huge-text": b'<Locations xmlns="'
    + WA.encode()
    + b'"><Location><Name>'
    + b"x" * (40 * 1024 * 1024)
    + b"</Name></Location></Locations>",
    "processing-instruction-only": b"<?xml-stylesheet href='x'?>",
}


class Fixed:
    def __init__(self, response: HttpResponse) -> None:
        self.response = response

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        return self.response


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bodies_raise_a_typed_error_fast(name: str) -> None:
    body = HOSTILE[name]
    sms = ServiceManagementService("sub", transport=Fixed(HttpResponse(200, {}, body)), host="h")
    before = _maxrss_mib()
    started = time.perf_counter()
    with pytest.raises(ResponseParseError):
        sms.list_locations()
    assert time.perf_counter() - started < 2.0
    assert _maxrss_mib() - before < 300, "parsing blew memory up"


@pytest.mark.parametrize("name", ["billion-laughs", "external-entity", "deep-nesting", "binary"])
def test_hostile_error_bodies_still_give_the_http_error(name: str) -> None:
    response = HttpResponse(500, {"x-ms-request-id": "r"}, HOSTILE[name])
    sms = ServiceManagementService("sub", transport=Fixed(response), host="h", retry=NO_RETRY)
    started = time.perf_counter()
    with pytest.raises(ServerError) as caught:
        sms.list_locations()
    assert time.perf_counter() - started < 1.0
    assert "/etc/passwd" not in str(caught.value) and "root:" not in str(caught.value)


def test_no_entity_is_ever_resolved() -> None:
    for body in (EXTERNAL, LAUGHS, PARAMETER):
        with pytest.raises(ResponseParseError, match="DTD"):
            parse_document(body)


# --- hostile servers, at the transport -------------------------------------------------------


class HostileServer:
    """A TLS server answering every request with `answer(sock)`; counts bytes it wrote."""

    def __init__(self, ca: trustme.CA, answer: Callable[[ssl.SSLSocket], None]) -> None:
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(self.context)
        self.answer = answer
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}/sub/locations"
        self.written = 0

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                raw, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._serve, args=(raw,), daemon=True).start()

    def _serve(self, raw: socket.socket) -> None:
        raw.settimeout(5)
        try:
            with self.context.wrap_socket(raw, server_side=True) as tls:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = tls.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                self.answer(tls)
        except (OSError, ssl.SSLError):
            pass

    def write(self, tls: ssl.SSLSocket, data: bytes) -> None:
        tls.sendall(data)
        self.written += len(data)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.listener.close()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def serve(ca: trustme.CA, tmp_path: Path) -> Iterator[Callable[..., tuple[HostileServer, Any]]]:
    servers: list[HostileServer] = []
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))

    def make(answer: Callable[[HostileServer, ssl.SSLSocket], None], **options: Any) -> Any:
        server = HostileServer(ca, lambda tls: answer(server, tls))
        servers.append(server)
        transport = Urllib3Transport(None, ca_bundle=str(bundle), timeout=5, **options)
        return server, transport

    yield make
    for server in servers:
        server.close()


def get(url: str) -> HttpRequest:
    return HttpRequest("GET", url, {"x-ms-version": "2014-10-01"})


def test_an_endless_body_is_cut_off_at_the_limit(serve: Any) -> None:
    def endless(server: HostileServer, tls: ssl.SSLSocket) -> None:
        server.write(tls, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"<a>" * 10_000
        framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        while server.written < 500 * 1024 * 1024:
            server.write(tls, framed)

    server, transport = serve(endless, max_response_bytes=1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(ResponseParseError, match="exceeds the limit"):
        transport.send(get(server.url))
    assert time.perf_counter() - started < 3
    time.sleep(0.1)
    assert server.written < 20 * 1024 * 1024  # the client stopped reading


def test_an_announced_huge_body_is_refused_before_reading(serve: Any) -> None:
    def announce(server: HostileServer, tls: ssl.SSLSocket) -> None:
        server.write(tls, b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n<a>")

    server, transport = serve(announce, max_response_bytes=1024)
    with pytest.raises(ResponseParseError, match="announced"):
        transport.send(get(server.url))


def test_a_truncated_body_is_a_dropped_connection(serve: Any) -> None:
    def truncated(server: HostileServer, tls: ssl.SSLSocket) -> None:
        server.write(tls, b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<Locations>")

    server, transport = serve(truncated)
    with pytest.raises(AsmConnectionDroppedError):
        transport.send(get(server.url))


def test_garbage_instead_of_http_is_a_dropped_connection(serve: Any) -> None:
    def garbage(server: HostileServer, tls: ssl.SSLSocket) -> None:
        server.write(tls, b"\x00\xff garbage \r\n\r\n")

    server, transport = serve(garbage)
    with pytest.raises(AsmConnectionDroppedError):
        transport.send(get(server.url))


def test_oversized_answers_do_not_leak_pooled_connections(serve: Any) -> None:
    def big(server: HostileServer, tls: ssl.SSLSocket) -> None:
        server.write(tls, b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + b"x" * 5000)

    server, transport = serve(big, max_response_bytes=100, pool_maxsize=1)
    for _ in range(5):  # with a leaked connection the second would wait for the pool
        with pytest.raises(ResponseParseError):
            transport.send(get(server.url), timeout=2)


# --- fuzzing the deserializers -----------------------------------------------------------------


def _documents() -> dict[str, list[Callable[[etree._Element, DeserializeContext], Any]]]:
    table: dict[str, list[Callable[[etree._Element, DeserializeContext], Any]]] = {}
    for name, function in inspect.getmembers(deserializers, inspect.isfunction):
        match = re.search(r"`<(\w+)>`", function.__doc__ or "")
        if name.startswith("deserialize_") and match:
            table.setdefault(match.group(1), []).append(function)
    return table


READERS = _documents()
ALL_READERS = [reader for readers in READERS.values() for reader in readers]
FIXTURE_BODIES = sorted(FIXTURES.glob("*.xml")) if FIXTURES.exists() else []


def only_typed_errors(body: bytes, extra: Callable[..., Any] | None = None) -> None:
    """Parse `body` and read it with the matching deserializers (and `extra`), in both
    modes; anything but a model or an AsmError fails the test."""
    try:
        root = parse_document(body)
    except AsmError:
        return
    name = etree.QName(root).localname
    readers = [*READERS.get(name, []), *([extra] if extra else [])]
    for reader in readers:
        for strict in (False, True):
            with contextlib.suppress(AsmError):
                reader(root, DeserializeContext(strict))


FUZZ = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(ALL_READERS))
def test_random_bytes_raise_only_typed_errors(body: bytes, reader: Any) -> None:
    only_typed_errors(body, reader)


_TAGS = sorted(READERS) + ["Name", "Status", "Label", "Bogus"]
_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "abc",
            "-1",
            "1e999",
            "NaN",
            "true",
            "True",
            "2014-13-45T25:61:00Z",
            "9" * 500,
            "@@@",
            " 12 ",
            "0x10",
            "\uff11\uff12",
            "2014-01-01",
            "inf",
            "1.5",
            "==",
        ]
    ),
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20),
)


@st.composite
def xml_trees(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    tag = draw(st.sampled_from(_TAGS))
    element = etree.Element(f"{{{WA}}}{tag}" if draw(st.booleans()) or depth == 0 else tag)
    if draw(st.booleans()):
        element.text = draw(_VALUES)
    if draw(st.integers(0, 9)) == 0:
        element.set(f"{{{XSI}}}nil", "true")
    if draw(st.integers(0, 9)) == 0:
        element.set(f"{{{XSI}}}type", draw(st.sampled_from(_TAGS)))
    if depth < 4:
        for _ in range(draw(st.integers(0, 3))):
            element.append(draw(xml_trees(depth + 1)))
    return element


@FUZZ
@given(xml_trees())
def test_random_documents_raise_only_typed_errors(tree: etree._Element) -> None:
    only_typed_errors(etree.tostring(tree))


_MUTATIONS = ["text", "remove", "duplicate", "unknown", "rename", "nil", "type", "move"]


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> bytes:
    path = draw(st.sampled_from(FIXTURE_BODIES))
    root = etree.fromstring(path.read_bytes())
    for _ in range(draw(st.integers(1, 5))):
        elements = list(root.iter())
        element = draw(st.sampled_from(elements))
        parent = element.getparent()
        kind = draw(st.sampled_from(_MUTATIONS))
        if kind == "text":
            element.text = draw(_VALUES)
        elif kind == "remove" and parent is not None:
            parent.remove(element)
        elif kind == "duplicate" and parent is not None:
            element.addnext(etree.fromstring(etree.tostring(element)))
        elif kind == "unknown":
            etree.SubElement(element, f"{{{WA}}}Bogus").text = draw(_VALUES)
        elif kind == "rename":
            element.tag = draw(st.sampled_from(elements)).tag
        elif kind == "nil":
            element.set(f"{{{XSI}}}nil", "true")
        elif kind == "type":
            element.set(f"{{{XSI}}}type", draw(st.sampled_from(_TAGS)))
        elif kind == "move" and parent is not None:
            inside = set(element.iter())
            targets = [e for e in elements if e not in inside]
            draw(st.sampled_from(targets)).append(element)
    body = etree.tostring(root)
    cut = draw(st.sampled_from([None, None, None, "truncate", "flip"]))
    if cut == "truncate":
        body = body[: draw(st.integers(0, len(body)))]
    elif cut == "flip" and body:
        at = draw(st.integers(0, len(body) - 1))
        body = body[:at] + bytes([draw(st.integers(0, 255))]) + body[at + 1 :]
    return body


@pytest.mark.skipif(not FIXTURE_BODIES, reason="no libcloud fixtures")
@FUZZ
@given(mutated_fixtures())
def test_mutated_real_bodies_raise_only_typed_errors(body: bytes) -> None:
    only_typed_errors(body)


@pytest.mark.skipif(not FIXTURE_BODIES, reason="no libcloud fixtures")
@pytest.mark.parametrize("path", FIXTURE_BODIES, ids=lambda p: p.name)
def test_real_bodies_read_or_are_error_documents(path: Path) -> None:
    root = parse_document(path.read_bytes())
    name = etree.QName(root).localname
    if name == "Error":
        assert isinstance(_error_of(path.read_bytes()), AsmHttpError), (
            "error documents become typed errors"
        )
        return
    for reader in READERS[name]:
        reader(root, DeserializeContext(False))


def _error_of(body: bytes) -> AsmHttpError:
    from azure_asm_runtime.errors import error_from_response

    return error_from_response(HttpResponse(404, {}, body))


# --- was the request sent? ----------------------------------------------------------------------


def test_failures_before_sending_are_connect_errors(serve: Any) -> None:
    from azure_asm_runtime.errors import AsmConnectError, AsmConnectTimeoutError

    listener = socket.create_server(("127.0.0.1", 0))  # accepts, never speaks TLS
    url = f"https://127.0.0.1:{listener.getsockname()[1]}/sub/locations"
    _, transport = serve(lambda server, tls: None)
    try:
        with pytest.raises(AsmConnectTimeoutError) as silent:
            transport.send(get(url), timeout=0.3)
        assert isinstance(silent.value, AsmConnectError)
    finally:
        listener.close()
    with pytest.raises(AsmConnectError) as refused:
        transport.send(get(url), timeout=0.3)
    assert not isinstance(refused.value, AsmConnectTimeoutError)


def test_failures_after_sending_are_not_connect_errors(serve: Any) -> None:
    from azure_asm_runtime.errors import AsmConnectError, AsmTimeoutError

    def close_at_once(server: HostileServer, tls: ssl.SSLSocket) -> None:
        tls.close()

    def say_nothing(server: HostileServer, tls: ssl.SSLSocket) -> None:
        time.sleep(1)

    server, transport = serve(close_at_once)
    with pytest.raises(AsmConnectionDroppedError) as dropped:
        transport.send(HttpRequest("POST", server.url, {}, b"<x/>"))
    assert not isinstance(dropped.value, AsmConnectError)
    server, transport = serve(say_nothing)
    with pytest.raises(AsmTimeoutError) as timed_out:
        transport.send(get(server.url), timeout=0.3)
    assert not isinstance(timed_out.value, AsmConnectError)
