"""``EmulatorServer``: HTTPS on loopback with ASM's client-certificate authorisation.

Per connection (one daemon thread each, from ``ThreadingHTTPServer``): the TLS handshake runs
in that thread, so a slow or hostile client cannot stall the accept loop; a client without a
certificate fails it. The client certificate is read right after the handshake, once per
connection. A request line cut short by the end of the stream is not answered. Per request,
in this order:

1. parse the URL; the first path segment is the subscription id;
2. 403 ``ForbiddenError`` unless the client certificate's thumbprint is a registered (and
   unexpired) management certificate of that subscription;
3. 400 ``MissingOrIncorrectVersionHeader`` unless ``x-ms-version`` is a ``YYYY-MM-DD`` date;
4. fault injection (latency, dropped connection, error, conflict), skipped for polling routes;
   a connection "dropped after" is closed once the handler has run, instead of answering;
5. routing: 404 ``ResourceNotFound`` / 405;
6. the body is parsed as XML (``xmlbody.preparse``) before the state lock is taken,
   so that parsing a big one stalls no other client; over the element budget it is a 400;
7. the handler runs with the state lock held, after due asynchronous operations have been
   settled.

Every answer carries a fresh ``x-ms-request-id`` (unless the handler set one, as
``accepted_async`` does) and an exact ``Content-Length``: the server speaks HTTP/1.1 with
keep-alive because the client reuses connections, and a wrong length would desynchronise the
connection for the next request. Requests are logged on the ``azure_asm_emulator`` logger at
DEBUG, never their bodies (which carry passwords).

The server binds 127.0.0.1 only, by design: it is a test double whose state anyone who can
reach it may change once they hold the (locally generated) management certificate.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import re
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from .certs import SERVER_CERT_FILE, SERVER_KEY_FILE, thumbprint
from .clock import Clock
from .errors import (
    INTERNAL_ERROR_MESSAGE,
    MISSING_VERSION_MESSAGE,
    AsmFault,
    bad_request,
    forbidden,
)
from .faults import FaultAction, FaultConfig, FaultInjector
from .handlers import default_routers
from .operations import DEFAULT_OPERATION_DELAY
from .operations import router as operations_router
from .routing import (
    WRITE_METHODS,
    Handler,
    Headers,
    MethodNotAllowed,
    Request,
    Response,
    Route,
    Router,
    asm_error,
    fault_response,
    parse_query,
    split_path,
)
from .state import STATE_FILE, ManagementCertificateRecord, State
from .tls import ClientCertMode, server_context, trust_certificate
from .xmlbody import preparse

logger = logging.getLogger("azure_asm_emulator")

LOOPBACK = "127.0.0.1"
MAX_BODY_BYTES = 32 * 1024 * 1024
"""Largest request body accepted; ASM bodies are small (packages go to blob storage)."""

_VERSION_HEADER = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CHUNK_SIZE = re.compile(rb"^[0-9A-Fa-f]{1,8}$")


@dataclass(frozen=True)
class EmulatorConfig:
    """Where the server finds its certificate, key and certificate registry."""

    server_cert: Path
    server_key: Path
    state_file: Path | None = None

    @classmethod
    def from_directory(cls, directory: str | os.PathLike[str]) -> EmulatorConfig:
        """The layout ``asm-emulator init`` writes."""
        base = Path(directory)
        return cls(base / SERVER_CERT_FILE, base / SERVER_KEY_FILE, base / STATE_FILE)


class _Connections:
    """Book-keeping of open client connections, so that ``stop`` can close idle ones."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.add(sock)

    def discard(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)

    def close_all(self) -> None:
        with self._lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, emulator: EmulatorServer, port: int) -> None:
        self.emulator = emulator
        self.connections = _Connections()
        super().__init__((LOOPBACK, port), _RequestHandler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        """Do the TLS handshake in the connection's own thread, then serve HTTP on it."""
        raw: socket.socket = request
        # Headers and body leave as separate TLS records; without NODELAY, Nagle holds the
        # second back until the client's delayed ACK, adding ~40 ms to every response.
        with contextlib.suppress(OSError):
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        raw.settimeout(self.emulator.handshake_timeout)
        try:
            tls = self.emulator.ssl_context.wrap_socket(raw, server_side=True)
            # Read once, now: the certificate belongs to the connection, and once a read has
            # met an abrupt end of stream OpenSSL counts the handshake as undone, so asking
            # later raises ValueError instead of answering.
            peer = tls.getpeercert(binary_form=True)
        except (ssl.SSLError, OSError, ValueError) as exc:
            logger.debug("TLS handshake with %s failed: %s", client_address, exc)
            return
        self.connections.add(tls)
        try:
            _RequestHandler(tls, client_address, self, thumbprint(peer) if peer else "")
        except Exception:
            # Caught here rather than by handle_error so that "closed" below is the last line
            # logged for the connection.
            logger.debug("error serving %s", client_address, exc_info=True)
        finally:
            self.connections.discard(tls)
            with contextlib.suppress(OSError):
                tls.close()
            logger.debug("connection from %s closed", client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients vanish mid-request all the time (and fault injection makes them); that is
        # not worth a traceback on stderr.
        logger.debug("error serving %s", client_address, exc_info=True)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "azure-asm-emulator"
    sys_version = ""
    server: _HTTPServer
    raw_requestline: bytes  # set by http.server, undeclared in its stubs

    def __init__(
        self, request: Any, client_address: Any, server: _HTTPServer, client_thumbprint: str = ""
    ) -> None:
        self.client_thumbprint = client_thumbprint
        super().__init__(request, client_address, server)  # serves the connection

    def version_string(self) -> str:
        return self.server_version

    def setup(self) -> None:
        super().setup()
        # Idle keep-alive connections are closed after this long (the handshake had its own).
        self.connection.settimeout(self.server.emulator.idle_timeout)

    def parse_request(self) -> bool:
        # A request line without its line end is one the client gave up on before closing
        # (readline stops at the end of stream): nobody waits for an answer to it.
        if not self.raw_requestline.endswith(b"\n"):
            logger.debug("%s closed the connection mid-request", self.client_address)
            self.close_connection = True
            return False
        return super().parse_request()

    # One entry point for every method; unknown methods get http.server's 501.
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle()

    do_PUT = do_POST = do_DELETE = do_HEAD = do_PATCH = do_MERGE = do_OPTIONS = do_GET

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # _handle logs one line per request itself

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - overridden name
        logger.debug("%s: " + format, self.client_address, *args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol-level errors (malformed request line, 501, ...) as ASM error documents."""
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        error_code = "".join(phrase.split())
        self.close_connection = True
        self._send(asm_error(code, error_code, message or phrase), uuid.uuid4().hex)

    # -- request handling --------------------------------------------------------------------

    def _handle(self) -> None:
        started = time.perf_counter()
        request_id = uuid.uuid4().hex
        emulator = self.server.emulator
        client = self.client_thumbprint
        route: Route | None = None
        drop_after = False
        try:
            body = self._read_body()
            url = urlsplit(self.path)
            path = url.path or "/"
            segments = split_path(path)
            query, query_all = parse_query(url.query)
            subscription_id = segments[0].lower() if segments else ""
            if not client or not emulator.state.authorize(subscription_id, client):
                raise forbidden()
            version = self.headers.get("x-ms-version", "")
            if not _VERSION_HEADER.match(version):
                raise AsmFault(400, "MissingOrIncorrectVersionHeader", MISSING_VERSION_MESSAGE)
            found = emulator.router.find(self.command, path)
            route = found.route if found is not None else None
            decision = emulator.fault_injector.decide(
                path,
                polling=route is not None and route.polling,
                write=self.command in WRITE_METHODS,
            )
            if decision.latency:
                time.sleep(decision.latency)
            if decision.action is FaultAction.DROP:
                self._drop()
                self._log(started, request_id, client, route, "dropped")
                return
            if decision.fault is not None:
                raise decision.fault
            drop_after = decision.action is FaultAction.DROP_AFTER
            if found is None:
                found = emulator.router.match(self.command, path)  # raises 404 / 405
            request = Request(
                method=self.command,
                path=path,
                path_params=found.path_params,
                query=query,
                headers=Headers(self.headers.items()),
                body=body,
                subscription_id=subscription_id,
                version=version,
                request_id=request_id,
                client_thumbprint=client,
                query_all=query_all,
                parsed_xml=preparse(body),
            )
            response = emulator.dispatch(found.route.handler, request)
        except MethodNotAllowed as fault:
            response = fault_response(fault)
            response.headers["Allow"] = ", ".join(fault.allowed)
        except AsmFault as fault:
            response = fault_response(fault)
        except Exception:
            logger.exception("%s %s failed", self.command, self.path)
            response = asm_error(500, "InternalError", INTERNAL_ERROR_MESSAGE)
        answered_id = next(
            (v for k, v in response.headers.items() if k.lower() == "x-ms-request-id"), request_id
        )
        if drop_after:
            self._log(started, answered_id, client, route, f"{response.status}, dropped")
            self._drop()
            return
        # Logged before sending, so that the line exists once the client has its answer.
        self._log(started, answered_id, client, route, str(response.status))
        self._send(response, request_id)

    def _read_body(self) -> bytes:
        """Read the whole request body (Content-Length or chunked)."""
        transfer_encoding = self.headers.get("Transfer-Encoding", "").lower()
        if transfer_encoding:
            if transfer_encoding != "chunked":
                self.close_connection = True
                raise AsmFault(501, "NotImplemented", "The transfer encoding is not supported.")
            return self._read_chunked()
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return b""
        try:
            length = int(length_header)
            if length < 0:
                raise ValueError
        except ValueError:
            self.close_connection = True
            raise bad_request("The Content-Length header is invalid.") from None
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            raise AsmFault(413, "RequestBodyTooLarge", "The request body is too large.")
        body = self.rfile.read(length)
        if len(body) != length:
            self.close_connection = True
            raise bad_request("The request body is shorter than its Content-Length.")
        return body

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            size_field = line.split(b";", 1)[0].strip()
            if not _CHUNK_SIZE.match(size_field):
                self.close_connection = True
                raise bad_request("The chunked request body is malformed.")
            size = int(size_field, 16)
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(parts)
            total += size
            if total > MAX_BODY_BYTES:
                self.close_connection = True
                raise AsmFault(413, "RequestBodyTooLarge", "The request body is too large.")
            chunk = self.rfile.read(size)
            if len(chunk) != size or self.rfile.readline(1024) not in (b"\r\n", b"\n"):
                self.close_connection = True
                raise bad_request("The chunked request body is malformed.")
            parts.append(chunk)

    def _drop(self) -> None:
        """Close the connection without a word, not even a TLS close_notify."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, response: Response, request_id: str) -> None:
        headers = dict(response.headers)
        if not any(name.lower() == "x-ms-request-id" for name in headers):
            headers["x-ms-request-id"] = request_id
        no_body = response.status in (204, 304) or response.status < 200
        self.send_response(response.status)
        for name, value in headers.items():
            if name.lower() not in ("content-length", "connection"):
                self.send_header(name, value)
        if not no_body:
            self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not no_body and self.command != "HEAD" and response.body:
            self.wfile.write(response.body)

    def _log(
        self, started: float, request_id: str, client: str, route: Route | None, outcome: str
    ) -> None:
        logger.debug(
            "%s %s -> %s in %.1f ms (route %s, request id %s, certificate %s)",
            self.command,
            self.path,
            outcome,
            (time.perf_counter() - started) * 1000,
            route.name if route is not None else "-",
            request_id,
            client or "-",
        )


class EmulatorServer:
    """A local ASM endpoint: ``start()`` it, point a client at ``url``, ``stop()`` it.

    ``dir_or_config`` is a directory made by ``asm-emulator init`` or an ``EmulatorConfig``.
    ``routers`` are the handler routers to serve (default: ``handlers.default_routers()``);
    the operation-status route is always served. More routes may be added at any time with
    ``add_route`` or on ``router``. ``client_cert_mode`` is explained in ``tls``.
    """

    def __init__(
        self,
        dir_or_config: str | os.PathLike[str] | EmulatorConfig,
        *,
        port: int = 0,
        operation_delay: float = DEFAULT_OPERATION_DELAY,
        faults: FaultConfig | None = None,
        routers: Iterable[Router] | None = None,
        clock: Clock | None = None,
        client_cert_mode: ClientCertMode = "auto",
        handshake_timeout: float = 10.0,
        idle_timeout: float = 120.0,
    ) -> None:
        self.config = (
            dir_or_config
            if isinstance(dir_or_config, EmulatorConfig)
            else EmulatorConfig.from_directory(dir_or_config)
        )
        self.requested_port = port
        self.handshake_timeout = handshake_timeout
        self.idle_timeout = idle_timeout
        self.state = (
            State.load(self.config.state_file, clock=clock, operation_delay=operation_delay)
            if self.config.state_file is not None
            else State(clock=clock, operation_delay=operation_delay)
        )
        self.fault_injector = FaultInjector(faults)
        self.state.operations.failure_for = self.fault_injector.operation_failure
        self.router = Router()
        self.router.include(operations_router)
        for router in default_routers() if routers is None else routers:
            self.router.include(router)
        self.ssl_context, self.client_cert_mode = server_context(
            self.config.server_cert,
            self.config.server_key,
            mode=client_cert_mode,
            trusted=[r.der for r in self.state.all_certificates() if r.der is not None],
        )
        self.state.add_certificate_listener(self._certificate_registered)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> EmulatorServer:
        """Listen on 127.0.0.1 and serve in a background thread; return once listening."""
        if self._httpd is not None:
            raise RuntimeError("the emulator is already running")
        self._httpd = _HTTPServer(self, self.requested_port)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},  # how long stop() may wait for the loop
            name=f"asm-emulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        logger.info("ASM emulator listening on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop accepting, close open connections and wait for the serving thread."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        httpd.connections.close_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> EmulatorServer:
        if self._httpd is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server is listening."""
        return self._httpd is not None

    @property
    def port(self) -> int:
        """The port it listens on (the free one picked when started with port 0)."""
        if self._httpd is None:
            raise RuntimeError("the emulator is not running")
        return int(self._httpd.server_address[1])

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``, the value of ``AZURE_ASM_HOST`` that reaches this server."""
        return f"{LOOPBACK}:{self.port}"

    @property
    def url(self) -> str:
        """``https://127.0.0.1:PORT``."""
        return f"https://{self.host}"

    def environment(self, ca_bundle: str | os.PathLike[str] | None = None) -> dict[str, str]:
        """The environment variables that point the client at this server.

        ``ca_bundle`` defaults to ``ca.pem`` next to the server certificate.
        """
        bundle = ca_bundle if ca_bundle is not None else self.config.server_cert.parent / "ca.pem"
        return {"AZURE_ASM_HOST": self.host, "AZURE_ASM_CA_BUNDLE": os.fspath(bundle)}

    # -- configuration at runtime ------------------------------------------------------------

    @property
    def faults(self) -> FaultConfig:
        """The fault-injection configuration; assign a new ``FaultConfig`` to change it."""
        return self.fault_injector.config

    @faults.setter
    def faults(self, config: FaultConfig) -> None:
        self.fault_injector.config = config

    def set_faults(self, **changes: Any) -> FaultConfig:
        """Change some fields of the fault configuration (``set_faults(error_rate=0.5)``)."""
        config = dataclasses.replace(self.faults, **changes)
        self.faults = config
        return config

    @property
    def operation_delay(self) -> float:
        """Seconds new asynchronous operations stay ``InProgress``."""
        return self.state.operations.default_delay

    @operation_delay.setter
    def operation_delay(self, seconds: float) -> None:
        self.state.operations.default_delay = seconds

    def register_certificate(
        self, subscription_id: str, certificate: bytes | str, *, persist: bool = True
    ) -> str:
        """Register a management certificate (DER, or a thumbprint) for a subscription.

        Takes effect for the next request (and, in ``registered`` mode with a DER certificate,
        for the next TLS handshake). Returns the thumbprint.
        """
        return self.state.register_certificate(subscription_id, certificate, persist=persist)

    def add_route(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        name: str | None = None,
        polling: bool = False,
    ) -> Route:
        """Serve ``handler`` for ``method`` and ``template`` from now on (see ``Router.add``)."""
        return self.router.add(method, template, handler, name=name, polling=polling)

    # -- internals ---------------------------------------------------------------------------

    def dispatch(self, handler: Handler, request: Request) -> Response:
        """Run ``handler`` the way every request is run: under the state lock, settled first."""
        with self.state.lock:
            self.state.operations.settle()
            return handler(request, self.state)

    def _certificate_registered(
        self, subscription_id: str, record: ManagementCertificateRecord
    ) -> None:
        if self.client_cert_mode == "registered" and record.der is not None:
            trust_certificate(self.ssl_context, record.der)
