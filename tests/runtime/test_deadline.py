"""Issue 13, items 3 and 4: servers that drip their answer or close it half-way.

A loopback TLS server plays a script per connection: it reads the request, then sends parts
of an answer with pauses (bounded in count and time), or closes early. The assertions count
what the server managed to send before the client gave up, instead of timing the client.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator

import pytest
import trustme

from azure_asm import ServiceManagementService
from azure_asm_runtime.errors import (
    AsmConnectionDroppedError,
    AsmTimeoutError,
    OperationTimeoutError,
    ResponseParseError,
    ServerError,
)
from azure_asm_runtime.http import HttpRequest
from azure_asm_runtime.polling import AsyncOperation, PollSchedule
from azure_asm_runtime.retry import NO_RETRY, RetryPolicy
from azure_asm_runtime.transport import Urllib3Transport

DRIP_PAUSE = 0.2  # seconds between dripped bytes
MAX_DRIPS = 150  # 30 s at most, whatever the client does
MAX_CONNECTIONS = 6


class ScriptedServer:
    """Answers every connection with `head`, then drips `drip` one byte at a time (at most
    MAX_DRIPS bytes, DRIP_PAUSE apart), then closes."""

    def __init__(self, context: ssl.SSLContext, head: bytes, drip: bytes = b"") -> None:
        self.context = context
        self.head = head
        self.drip = drip[:MAX_DRIPS]
        self.connections = 0
        self.dripped = 0
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set() and self.connections < MAX_CONNECTIONS:
            try:
                raw, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            try:
                self._answer(raw)
            except (OSError, ssl.SSLError):
                pass  # the client hung up: that is what the tests provoke
            finally:
                raw.close()

    def _answer(self, raw: socket.socket) -> None:
        raw.settimeout(5)
        with self.context.wrap_socket(raw, server_side=True) as conn:
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            conn.sendall(self.head)
            for byte in self.drip:
                if self.stop.wait(DRIP_PAUSE):
                    return
                conn.sendall(bytes([byte]))
                self.dripped += 1

    def close(self) -> None:
        self.stop.set()
        self.thread.join(10)
        self.listener.close()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, str]:
    ca = trustme.CA()
    bundle = tmp_path_factory.mktemp("deadline") / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context, str(bundle)


@pytest.fixture
def serve(tls: tuple[ssl.SSLContext, str]) -> Iterator[ServerFactory]:
    factory = ServerFactory(tls[0])
    yield factory
    for server in factory.started:
        server.close()


class ServerFactory:
    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        self.started: list[ScriptedServer] = []

    def __call__(self, head: bytes, drip: bytes = b"") -> ScriptedServer:
        server = ScriptedServer(self.context, head, drip)
        self.started.append(server)
        return server


def transport(ca_bundle: str, timeout: float = 3) -> Urllib3Transport:
    return Urllib3Transport(None, ca_bundle=ca_bundle, timeout=timeout)


def sms(server: ScriptedServer, ca_bundle: str, **options: object) -> ServiceManagementService:
    host = server.url.removeprefix("https://")
    return ServiceManagementService(
        "sub",
        transport=transport(ca_bundle),
        host=host,
        **options,  # type: ignore[arg-type]
    )


WA = "http://schemas.microsoft.com/windowsazure"
BODY = f'<Locations xmlns="{WA}"></Locations>'.encode()


# --- 3. an overall deadline per call ---------------------------------------------------------


@pytest.mark.timeout(30)
def test_dripped_body_ends_at_the_deadline(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    server = serve(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", b"x" * 100)
    client = sms(server, tls[1], timeout=3, deadline=1)
    with pytest.raises(AsmTimeoutError, match="deadline of 1 s"):
        client.list_locations()
    # A byte every 0.2 s never trips the 3 s read timeout: only the deadline ends the call,
    # after about 5 bytes of the 100 (and without a retry: the deadline has passed).
    assert server.dripped < 20
    assert server.connections == 1


@pytest.mark.timeout(30)
def test_dripped_headers_end_at_the_deadline(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    server = serve(b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"a" * 200)
    client = sms(server, tls[1], timeout=3, retry=NO_RETRY)
    with pytest.raises(AsmTimeoutError, match="deadline"):
        client.with_options(deadline=1).list_locations()
    assert server.dripped < 20


@pytest.mark.timeout(30)
def test_the_deadline_covers_the_retries(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    # Each attempt is answered 503 at once: GETs are retried, but no retry starts that could
    # not begin before the deadline, whatever the policy allows.
    server = serve(b"HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n")
    client = sms(
        server, tls[1], deadline=1.5, retry=RetryPolicy(max_attempts=50, backoff=0.4, jitter=0)
    )
    with pytest.raises(ServerError) as info:
        client.list_locations()
    assert info.value.attempts < 6
    assert server.connections < 6


@pytest.mark.timeout(30)
def test_transport_alone_honours_a_deadline_scope(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    from azure_asm_runtime.http import deadline_scope

    server = serve(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", b"x" * 100)
    with transport(tls[1]) as plain, deadline_scope(1), pytest.raises(AsmTimeoutError):
        plain.send(HttpRequest("GET", server.url + "/", {}))
    assert server.dripped < 20


@pytest.mark.timeout(30)
def test_operation_result_bounds_each_status_request(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    server = serve(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n", b"x" * 400)
    client = sms(server, tls[1], timeout=3, retry=NO_RETRY)
    operation = AsyncOperation("r", client._operation_status, PollSchedule(0.05, 1, 0.05))
    with pytest.raises(OperationTimeoutError):
        operation.result(timeout=1)
    # The status request was cut when the second the result was given ran out.
    assert server.dripped < 20


def test_without_a_deadline_nothing_changes(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(BODY)}\r\n\r\n".encode()
    server = serve(head + BODY)
    client = sms(server, tls[1])
    assert client.deadline is None
    assert list(client.list_locations()) == []
    assert list(client.with_options(deadline=5).list_locations()) == []


# --- 4. a connection closed inside the headers is a dropped connection ------------------------


@pytest.mark.timeout(30)
def test_closed_inside_the_headers_is_a_dropped_connection(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    server = serve(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n")
    with transport(tls[1]) as plain, pytest.raises(AsmConnectionDroppedError) as info:
        plain.send(HttpRequest("GET", server.url + "/", {}))
    assert not isinstance(info.value, ResponseParseError)
    assert "headers" in str(info.value)
    # Through a client: a GET is retried on a dropped connection, as the README says.
    client = sms(server, tls[1], retry=RetryPolicy(max_attempts=2, backoff=0.01))
    with pytest.raises(AsmConnectionDroppedError) as info:
        client.list_locations()
    assert info.value.attempts == 2


@pytest.mark.timeout(30)
def test_closed_after_the_status_line(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    server = serve(b"HTTP/1.1 200 OK\r\n")
    with transport(tls[1]) as plain, pytest.raises(AsmConnectionDroppedError):
        plain.send(HttpRequest("GET", server.url + "/", {}))


def test_complete_headers_and_a_body_closed_by_the_server_still_work(
    serve: ServerFactory, tls: tuple[ssl.SSLContext, str]
) -> None:
    server = serve(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + BODY)
    with transport(tls[1]) as plain:
        assert plain.send(HttpRequest("GET", server.url + "/", {})).body == BODY


def test_finished_requests_do_not_pile_up_in_the_watchdog() -> None:
    import time

    from azure_asm_runtime.http import Deadline
    from azure_asm_runtime.transport import _Watchdog

    watchdog = _Watchdog()
    far = Deadline(time.monotonic() + 3600, 3600)
    for _ in range(1000):
        watchdog.cancel(watchdog.watch(far))
    # Cancelled watches are dropped in batches, not kept for an hour.
    assert len(watchdog._heap) <= 130
    soon = watchdog.watch(Deadline(time.monotonic() + 0.05, 0.05))
    for _ in range(100):  # the watchdog thread expires it (bounded wait, no stopwatch)
        if soon.expired:
            break
        time.sleep(0.05)
    assert soon.expired
