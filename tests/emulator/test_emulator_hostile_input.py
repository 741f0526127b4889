"""Hostile input against the emulator (issue 13): what a misbehaving client must not achieve.

Each case is something a client can send that used to cost the server a traceback, a 500 or
its responsiveness; the answer must be an ASM error (or a quietly closed connection) instead.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from azure_asm import SchedulerManagementService
from azure_asm_emulator import EmulatorServer
from tests.emulator.asm_emulator_testlib import SUBSCRIPTION, AsmTestClient, client_context


def _closed_connections(caplog: pytest.LogCaptureFixture, count: int) -> int:
    """How many connections the server has logged the end of, waiting (10 s at most) for
    ``count``: a bounded wait for an event, not a timing assertion. The server's connection
    threads log "connection ... closed" last thing, so whatever else they log is in ``caplog``
    by then."""
    deadline = time.monotonic() + 10
    while True:
        closed = [r for r in caplog.records if r.getMessage().startswith("connection from ")]
        if len(closed) >= count or time.monotonic() > deadline:
            return len(closed)
        time.sleep(0.01)


def _tls_connection(server: EmulatorServer, emulator_dir: Path) -> ssl.SSLSocket:
    context = client_context(emulator_dir / "ca.pem", emulator_dir / "mycert.pem")
    raw = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    return context.wrap_socket(raw, server_hostname="127.0.0.1")


@pytest.mark.parametrize(
    "sent",
    [b"GET /abc", b"GET /abc HTTP/1.1\r\n", f"GET /{SUBSCRIPTION}/test/ping HTTP/1.1\r\n".encode()],
)
def test_client_closing_mid_request_is_a_closed_connection_not_an_error(
    server: EmulatorServer,
    emulator_dir: Path,
    caplog: pytest.LogCaptureFixture,
    sent: bytes,
) -> None:
    # The slowloris pattern: a valid certificate, a partial request, then the TCP connection
    # goes away without a TLS close_notify (which leaves the server's TLS object errored).
    caplog.set_level(logging.DEBUG, logger="azure_asm_emulator")
    for _ in range(3):
        tls = _tls_connection(server, emulator_dir)
        tls.sendall(sent)
        tls.close()
    closed = _closed_connections(caplog, 3)
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert errors == [], [r.getMessage() for r in errors]
    assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.INFO)
    assert closed == 3
    # ... and the server still serves.
    with _tls_connection(server, emulator_dir) as tls:
        tls.sendall(
            f"GET /{SUBSCRIPTION}/test/ping HTTP/1.1\r\nHost: x\r\nx-ms-version: 2014-10-01\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        answer = b""
        while chunk := tls.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200")


@pytest.fixture
def job_collection(
    make_server: Callable[..., EmulatorServer], emulator_dir: Path
) -> Iterator[tuple[EmulatorServer, str]]:
    """A server with the real handlers, a cloud service and a job collection in it; and the
    path of a job in that collection."""
    server = make_server(routers=None)
    client = SchedulerManagementService(
        SUBSCRIPTION,
        os.fspath(emulator_dir / "mycert.pem"),
        host=server.host,
        ca_bundle=os.fspath(emulator_dir / "ca.pem"),
    )
    try:
        client.create_cloud_service("cs", "label", "description", "West Europe").result(timeout=10)
        client.create_job_collection("cs", "jc").result(timeout=10)
    finally:
        client.transport.close()  # type: ignore[attr-defined]
    path = "/{sub}/cloudservices/cs/resources/scheduler/~/jobCollections/jc/jobs/job1"
    yield server, path + "?api-version=2014-04-01"


@pytest.mark.parametrize(
    ("depth", "words"),
    [
        (100_000, "larger than the maximum job size"),  # as reported: refused for its size
        (8_000, "nests too deeply"),  # within 16K, still far past the interpreter's recursion
    ],
)
def test_deeply_nested_job_json_is_400_not_a_recursion_error(
    job_collection: tuple[EmulatorServer, str],
    make_client: Callable[..., AsmTestClient],
    caplog: pytest.LogCaptureFixture,
    depth: int,
    words: str,
) -> None:
    server, path = job_collection
    answer = make_client(server).request(
        "PUT",
        path,
        b"[" * depth + b"]" * depth,
        {"Content-Type": "application/json"},
    )
    assert answer.status == 400
    code, message = answer.error()
    assert code == "BadRequest"
    assert words in message
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


_CREATE_SERVICE = (
    b'<CreateHostedService xmlns="http://schemas.microsoft.com/windowsazure">'
    b"<ServiceName>hostile</ServiceName><Label>bGFiZWw=</Label><Location>West US</Location>"
    b"</CreateHostedService>"
)


def test_request_xml_is_parsed_without_the_state_lock(
    make_server: Callable[..., EmulatorServer],
    make_client: Callable[..., AsmTestClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Parsing a big body under the lock stalled every other client for seconds; whoever
    # parses the request body, it must be before the lock is taken.
    server = make_server(routers=None)
    lock_held_while_parsing: list[bool] = []
    fromstring = etree.fromstring

    def recording_fromstring(text: Any, *args: Any, **kwargs: Any) -> Any:
        if text == _CREATE_SERVICE:
            lock_held_while_parsing.append(_held_by_any_thread(server.state.lock))
        return fromstring(text, *args, **kwargs)

    monkeypatch.setattr(etree, "fromstring", recording_fromstring)
    answer = make_client(server).request("POST", "/{sub}/services/hostedservices", _CREATE_SERVICE)
    assert answer.status == 201, answer.body
    assert lock_held_while_parsing and not any(lock_held_while_parsing)


def _held_by_any_thread(lock: Any) -> bool:
    """Whether some thread holds ``lock`` (asked from a new thread: an RLock is re-entrant)."""
    acquired: list[bool] = []

    def probe() -> None:
        acquired.append(lock.acquire(blocking=False))
        if acquired[0]:
            lock.release()

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join()
    return not acquired[0]


def test_body_over_the_element_budget_is_refused_before_a_tree_is_built(
    make_server: Callable[..., EmulatorServer],
    make_client: Callable[..., AsmTestClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from azure_asm_emulator import xmlbody

    # The budget lowered so that a small body shows what a 32 MiB one of "<x/>" did: about
    # 8 million elements, 1.2 GB of tree and 4 s under the lock.
    monkeypatch.setattr(xmlbody, "MAX_REQUEST_ELEMENTS", 1000)
    trees_built: list[int] = []
    fromstring = etree.fromstring

    def recording_fromstring(text: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(text, bytes) and text.startswith(b"<CreateHostedService"):
            trees_built.append(len(text))
        return fromstring(text, *args, **kwargs)

    monkeypatch.setattr(etree, "fromstring", recording_fromstring)
    server = make_server(routers=None)
    client = make_client(server)
    body = _CREATE_SERVICE.replace(b"</CreateHostedService>", b"<x/>" * 1000)
    body += b"</CreateHostedService>"
    answer = client.request("POST", "/{sub}/services/hostedservices", body)
    assert answer.status == 400
    code, message = answer.error()
    assert code == "BadRequest"
    assert "more than 1000 elements" in message
    assert trees_built == []
    # At the budget exactly, the body is read (and refused for its unknown elements).
    body = _CREATE_SERVICE.replace(b"</CreateHostedService>", b"<x/>" * 996)
    body += b"</CreateHostedService>"
    answer = client.request("POST", "/{sub}/services/hostedservices", body)
    assert answer.status == 400
    assert "Unknown element(s)" in answer.error()[1]
    assert trees_built == [len(body)]


def test_job_larger_than_asm_maximum_is_400_before_it_is_parsed(
    job_collection: tuple[EmulatorServer, str],
    make_client: Callable[..., AsmTestClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Scheduler's documented limit: "Maximum job size is 16K. If a PUT or a PATCH results in
    # a job larger than these limits, a 400 Bad Request status code is returned." It also
    # keeps a 32 MiB body of JSON (seconds and hundreds of MB to decode) from being decoded
    # under the state lock.
    server, path = job_collection
    decoded: list[int] = []
    loads = json.loads

    def recording_loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        decoded.append(len(text))
        return loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", recording_loads)
    client = make_client(server)
    job = {"action": {"type": "http", "request": {"uri": "http://example.com/", "method": "GET"}}}
    small = json.dumps(job).encode()
    headers = {"Content-Type": "application/json"}
    assert client.request("PUT", path, small, headers).status == 201
    job["action"]["request"]["body"] = "x" * 16 * 1024  # type: ignore[index]
    answer = client.request("PUT", path, json.dumps(job).encode(), headers)
    assert answer.status == 400
    code, message = answer.error()
    assert code == "BadRequest"
    assert "16K" in message
    assert decoded == [len(small)]
