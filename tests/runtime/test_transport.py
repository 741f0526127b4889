"""Urllib3Transport against real loopback HTTPS servers with client-certificate auth.

Everything runs on 127.0.0.1 with throwaway certificates: a trustme CA for the server, and a
self-signed client certificate written the way ``openssl req -x509 -nodes`` writes it (key
and certificate in one PEM), which is what ASM users upload as management certificates.
The fixtures live here rather than in a conftest because only this module uses them.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import logging
import shutil
import socket
import ssl
import subprocess
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from azure_asm_runtime.errors import AsmConnectionError, AsmError, AsmTimeoutError
from azure_asm_runtime.http import HttpRequest
from azure_asm_runtime.transport import Urllib3Transport

# --- fixtures ---

CLIENT_CN = "azure-asm-test-client"


@dataclass(frozen=True)
class Pki:
    ca_bundle: str  # trusts the good server
    client_pem: str  # certificate + key, one file
    client_cert_pem: bytes
    client_key_pem: bytes
    server_ctx_good: ssl.SSLContext
    server_ctx_rogue: ssl.SSLContext  # server cert from a CA the client does not know


def self_signed_client(common_name: str) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def server_context(leaf: trustme.LeafCert, client_cert_pem: bytes) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cadata=client_cert_pem.decode())
    leaf.configure_cert(ctx)
    return ctx


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca, rogue_ca = trustme.CA(), trustme.CA()
    bundle = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    cert_pem, key_pem = self_signed_client(CLIENT_CN)
    client = folder / "mycert.pem"
    client.write_bytes(key_pem + cert_pem)  # key first, as openssl req -keyout F -out F
    return Pki(
        ca_bundle=str(bundle),
        client_pem=str(client),
        client_cert_pem=cert_pem,
        client_key_pem=key_pem,
        server_ctx_good=server_context(ca.issue_cert("127.0.0.1"), cert_pem),
        server_ctx_rogue=server_context(rogue_ca.issue_cert("127.0.0.1"), cert_pem),
    )


@dataclass
class Seen:
    """What the server observed, for assertions."""

    peer_common_names: list[str] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    connections: int = 0
    handshake_errors: list[BaseException] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    server: _TlsServer

    def handle(self) -> None:
        seen = self.server.seen
        with seen.lock:
            seen.connections += 1
        try:
            self.connection.do_handshake()
        except (ssl.SSLError, OSError) as exc:
            with seen.lock:
                seen.handshake_errors.append(exc)
            return
        super().handle()

    def _answer(self) -> None:
        seen = self.server.seen
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        peer = self.connection.getpeercert()
        subject = dict(item[0] for item in peer["subject"]) if peer else {}
        with seen.lock:
            seen.peer_common_names.append(subject.get("commonName", ""))
            seen.bodies.append(body)
        if self.path == "/slow":
            seen.release.wait(5)
        status = 404 if self.path == "/missing" else 200
        payload = f"{self.command} {self.path} for {subject.get('commonName')}".encode()
        self.send_response(status)
        self.send_header("X-Ms-Request-Id", "req-123")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _TlsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, ctx: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.ctx = ctx
        self.seen = Seen()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = self.socket.accept()
        sock.settimeout(5)
        # Handshake in the handler thread: a client that never handshakes must not block
        # the accept loop.
        return self.ctx.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), (
            address
        )

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # expected in failure tests; keep test output clean


@dataclass
class RunningServer:
    url: str
    seen: Seen


def _serve(ctx: ssl.SSLContext) -> Iterator[RunningServer]:
    server = _TlsServer(ctx)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield RunningServer(f"https://127.0.0.1:{server.server_address[1]}", server.seen)
    finally:
        server.seen.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def server(pki: Pki) -> Iterator[RunningServer]:
    """HTTPS server requiring the test client certificate."""
    yield from _serve(pki.server_ctx_good)


@pytest.fixture
def rogue_server(pki: Pki) -> Iterator[RunningServer]:
    """HTTPS server whose certificate comes from a CA the client does not trust."""
    yield from _serve(pki.server_ctx_rogue)


class RawServer:
    """A TCP listener that either closes every connection at once or never says a word."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run)
        self.thread.start()
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            if self.mode == "close":
                conn.close()
            else:
                self.held.append(conn)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        for conn in self.held:
            conn.close()
        self.listener.close()


@pytest.fixture
def closing_server() -> Iterator[RawServer]:
    raw = RawServer("close")
    yield raw
    raw.close()


@pytest.fixture
def silent_server() -> Iterator[RawServer]:
    raw = RawServer("silent")
    yield raw
    raw.close()


# --- helpers ---


def get(url: str) -> HttpRequest:
    return HttpRequest("GET", url, {"x-ms-version": "2014-10-01"})


def assert_no_secrets(pki: Pki, error: BaseException) -> None:
    text = str(error)
    assert "PRIVATE KEY" not in text and "BEGIN CERTIFICATE" not in text
    key_line = pki.client_key_pem.splitlines()[1].decode()
    assert key_line not in text


# --- (a) success, client certificate, keep-alive -------------------------------------------


def test_request_with_client_certificate(pki: Pki, server: RunningServer) -> None:
    with Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle) as transport:
        response = transport.send(HttpRequest("POST", server.url + "/x", {}, b"<a>1</a>"))
    assert response.status == 200
    assert response.body == f"POST /x for {CLIENT_CN}".encode()
    assert server.seen.peer_common_names == [CLIENT_CN]
    assert server.seen.bodies == [b"<a>1</a>"]


def test_headers_keep_case_and_errors_are_responses(pki: Pki, server: RunningServer) -> None:
    with Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle) as transport:
        response = transport.send(get(server.url + "/missing"))
    assert response.status == 404  # HTTP errors are the client's business, not exceptions
    assert type(response.headers) is dict
    assert "X-Ms-Request-Id" in response.headers
    assert response.header("x-ms-request-id") == "req-123"


def test_keep_alive_reuses_one_connection(pki: Pki, server: RunningServer) -> None:
    with Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle) as transport:
        for _ in range(4):
            assert transport.send(get(server.url + "/")).status == 200
    assert len(server.seen.peer_common_names) == 4
    assert server.seen.connections == 1


def test_close_then_reuse(pki: Pki, server: RunningServer) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle)
    assert transport.send(get(server.url + "/")).status == 200
    transport.close()
    assert transport.send(get(server.url + "/")).status == 200
    transport.close()
    assert server.seen.connections == 2


def test_threads_share_a_bounded_pool(pki: Pki, server: RunningServer) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle, pool_maxsize=2)
    statuses: list[int] = []

    def worker() -> None:
        for _ in range(3):
            statuses.append(transport.send(get(server.url + "/")).status)

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    transport.close()
    assert statuses == [200] * 15
    assert server.seen.connections <= 2


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_pem_written_by_openssl_req(pki: Pki, tmp_path: Path, server: RunningServer) -> None:
    pem = tmp_path / "mycert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-nodes", "-days", "2", "-newkey", "rsa:2048",
         "-subj", "/CN=openssl-made", "-keyout", str(pem), "-out", str(pem)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    # The server only trusts the fixture's client certificate, so the handshake is refused,
    # but loading the file (the point of this test) must work.
    transport = Urllib3Transport(str(pem), ca_bundle=pki.ca_bundle)
    with pytest.raises(AsmConnectionError):
        transport.send(get(server.url + "/"))
    transport.close()


# --- (b) no client certificate ---------------------------------------------------------------


def test_without_client_certificate_handshake_fails(pki: Pki, server: RunningServer) -> None:
    transport = Urllib3Transport(None, ca_bundle=pki.ca_bundle, timeout=5)
    with pytest.raises(AsmConnectionError) as info:
        transport.send(get(server.url + "/"))
    transport.close()
    assert not isinstance(info.value, AsmTimeoutError)
    assert "127.0.0.1" in str(info.value)
    assert server.seen.peer_common_names == []


# --- (c) server verification -----------------------------------------------------------------


def test_unknown_server_ca_is_refused(pki: Pki, rogue_server: RunningServer) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle)
    with pytest.raises(AsmConnectionError) as info:
        transport.send(get(rogue_server.url + "/"))
    transport.close()
    assert "127.0.0.1" in str(info.value)
    assert "certificate" in str(info.value).lower()
    assert_no_secrets(pki, info.value)
    assert rogue_server.seen.peer_common_names == []


def test_default_trust_store_refuses_test_ca(pki: Pki, server: RunningServer) -> None:
    transport = Urllib3Transport(pki.client_pem)
    with pytest.raises(AsmConnectionError):
        transport.send(get(server.url + "/"))
    transport.close()


def test_verify_false_works_and_warns_once(
    pki: Pki, rogue_server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="azure_asm"),
        pytest.warns(UserWarning, match="verification is DISABLED"),
    ):
        transport = Urllib3Transport(pki.client_pem, verify=False)
    assert any(
        r.name == "azure_asm" and r.levelno == logging.WARNING and "DISABLED" in r.message
        for r in caplog.records
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(2):
            assert transport.send(get(rogue_server.url + "/")).status == 200
    transport.close()
    assert [str(w.message) for w in caught] == []  # no urllib3 InsecureRequestWarning
    assert rogue_server.seen.peer_common_names == [CLIENT_CN] * 2


# --- (d) broken and silent servers -----------------------------------------------------------


def test_server_closing_the_socket(pki: Pki, closing_server: RawServer) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle, timeout=5)
    with pytest.raises(AsmConnectionError) as info:
        transport.send(get(closing_server.url + "/"))
    transport.close()
    assert not isinstance(info.value, AsmTimeoutError)
    assert "127.0.0.1" in str(info.value)
    assert_no_secrets(pki, info.value)


def test_server_never_answering_tls(pki: Pki, silent_server: RawServer) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle)
    started = time.monotonic()
    with pytest.raises(AsmTimeoutError) as info:
        transport.send(get(silent_server.url + "/"), timeout=0.3)
    transport.close()
    assert time.monotonic() - started < 3
    assert "127.0.0.1" in str(info.value)


def test_server_never_answering_http(pki: Pki, server: RunningServer) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle, timeout=0.3)
    with pytest.raises(AsmTimeoutError) as info:
        transport.send(get(server.url + "/slow"))
    transport.close()
    assert "did not answer within 0.3 s" in str(info.value)


def test_connection_refused(pki: Pki) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle)
    with pytest.raises(AsmConnectionError) as info:
        transport.send(get(f"https://127.0.0.1:{port}/"))
    transport.close()
    assert not isinstance(info.value, AsmTimeoutError)
    assert f"127.0.0.1:{port}" in str(info.value)


def test_plain_http_is_refused(pki: Pki) -> None:
    transport = Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle)
    with pytest.raises(AsmError, match="https"):
        transport.send(get("http://127.0.0.1:1/"))


# --- (e) certificate files -------------------------------------------------------------------


def test_missing_cert_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.pem")
    with pytest.raises(AsmError, match="nope.pem") as info:
        Urllib3Transport(path)
    assert "does not exist" in str(info.value)


def test_pem_without_private_key(pki: Pki, tmp_path: Path) -> None:
    path = tmp_path / "cert-only.pem"
    path.write_bytes(pki.client_cert_pem)
    with pytest.raises(AsmError, match="cert-only.pem.*no private key"):
        Urllib3Transport(str(path))


def test_pem_without_certificate(pki: Pki, tmp_path: Path) -> None:
    path = tmp_path / "key-only.pem"
    path.write_bytes(pki.client_key_pem)
    with pytest.raises(AsmError, match="key-only.pem.*no PEM certificate") as info:
        Urllib3Transport(str(path))
    assert_no_secrets(pki, info.value)


def test_key_not_matching_certificate(pki: Pki, tmp_path: Path) -> None:
    other_cert, _ = self_signed_client("other")
    path = tmp_path / "mismatch.pem"
    path.write_bytes(pki.client_key_pem + other_cert)
    with pytest.raises(AsmError, match="mismatch.pem") as info:
        Urllib3Transport(str(path))
    assert_no_secrets(pki, info.value)
    assert info.value.__cause__ is None


def test_encrypted_key_is_refused_without_prompting(pki: Pki, tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    )
    path = tmp_path / "locked.pem"
    path.write_bytes(encrypted + pki.client_cert_pem)
    with pytest.raises(AsmError, match="locked.pem.*encrypted"):
        Urllib3Transport(str(path))


def test_missing_ca_bundle(pki: Pki, tmp_path: Path) -> None:
    with pytest.raises(AsmError, match="nothing.pem"):
        Urllib3Transport(pki.client_pem, ca_bundle=str(tmp_path / "nothing.pem"))


def test_invalid_arguments(pki: Pki) -> None:
    with pytest.raises(ValueError):
        Urllib3Transport(pki.client_pem, timeout=0)
    with pytest.raises(ValueError):
        Urllib3Transport(pki.client_pem, pool_maxsize=0)


# --- set_proxy: an HTTP CONNECT proxy -------------------------------------------------------


class ConnectProxy:
    """A CONNECT-only HTTP proxy: records each request head, answers 200 (or 407 without
    the expected Proxy-Authorization) and relays bytes both ways."""

    def __init__(self, authorization: str | None = None) -> None:
        self.authorization = authorization
        self.heads: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(4096)
            if not chunk:
                client.close()
                return
            head += chunk
        text = head.decode("latin-1")
        self.heads.append(text)
        lines = text.split("\r\n")
        verb, target, _ = lines[0].split(" ", 2)
        headers = {
            name.lower(): value
            for name, value in (line.split(": ", 1) for line in lines[1:] if ": " in line)
        }
        if verb != "CONNECT" or (
            self.authorization is not None
            and headers.get("proxy-authorization") != self.authorization
        ):
            client.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
            client.close()
            return
        host, port = target.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def relay(source: socket.socket, sink: socket.socket) -> None:
            try:
                while data := source.recv(65536):
                    sink.sendall(data)
            except OSError:
                pass
            finally:
                for end in (source, sink):
                    with contextlib.suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)

        threading.Thread(target=relay, args=(upstream, client), daemon=True).start()
        relay(client, upstream)

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    running = ConnectProxy(authorization="Basic " + base64.b64encode(b"me:p@ss").decode())
    yield running
    running.close()


def test_set_proxy_tunnels_with_the_client_certificate(
    pki: Pki, server: RunningServer, proxy: ConnectProxy
) -> None:
    target = server.url.removeprefix("https://")
    with Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle) as transport:
        transport.set_proxy("127.0.0.1", str(proxy.port), "me", "p@ss")  # a str port, as legacy
        assert transport.proxy == f"http://127.0.0.1:{proxy.port}"
        assert "p@ss" not in repr(transport)
        response = transport.send(get(server.url + "/via-proxy"))
    assert response.status == 200
    # TLS ran end to end through the tunnel: the server saw the client certificate.
    assert response.body == f"GET /via-proxy for {CLIENT_CN}".encode()
    assert len(proxy.heads) == 1 and proxy.heads[0].startswith(f"CONNECT {target} HTTP/")


def test_set_proxy_with_wrong_credentials_fails_to_connect(
    pki: Pki, server: RunningServer, proxy: ConnectProxy
) -> None:
    with Urllib3Transport(pki.client_pem, ca_bundle=pki.ca_bundle) as transport:
        transport.set_proxy("127.0.0.1", proxy.port, "me", "wrong")
        with pytest.raises(AsmConnectionError):
            transport.send(get(server.url + "/"))
    assert server.seen.peer_common_names == []


def test_set_proxy_checks_its_arguments(pki: Pki) -> None:
    transport = Urllib3Transport(pki.client_pem)
    for host, port, match in (
        ("", 8080, "host: must be"),
        ("user@proxy", 8080, "host: must be"),
        ("proxy", 0, "port: must be an integer from 1 to 65535"),
        ("proxy", "80a", "port: must be"),
        ("proxy", True, "port: must be"),
    ):
        with pytest.raises(ValueError, match=match):
            transport.set_proxy(host, port)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="password: given without user"):
        transport.set_proxy("proxy", 8080, None, "secret")
    assert transport.proxy is None
