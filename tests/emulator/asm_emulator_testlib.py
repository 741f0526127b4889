"""Helpers shared by the emulator tests: constants, a plain TLS client, test-only routes.

A module of its own rather than ``conftest``, which pytest loads as a plugin and test modules
should not import; they import this one as ``tests.emulator.asm_emulator_testlib``. The client
is plain ``http.client`` + ``ssl`` on purpose: these tests pin down the wire behaviour of the
emulator independently of the SDK's own transport.
"""

from __future__ import annotations

import http.client
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from azure_asm_emulator import (
    AsmFault,
    EmulatorServer,
    Request,
    Response,
    Router,
    State,
    accepted_async,
    empty,
    xml_response,
)

SUBSCRIPTION = "0b9d1f3e-5a47-4c1e-9a52-3f7c5d2e8a10"
OTHER_SUBSCRIPTION = "7e2a9c41-0d3b-4f6e-8b1a-52c9e7d4f603"
VERSION = "2014-10-01"
WA = "{http://schemas.microsoft.com/windowsazure}"


@dataclass
class Answer:
    """One HTTP response, read completely."""

    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def xml(self) -> Any:
        return etree.fromstring(self.body)

    def error(self) -> tuple[str, str]:
        """(Code, Message) of an ASM error document, checking its shape on the way."""
        root = self.xml()
        assert root.tag == f"{WA}Error", self.body
        assert self.header("Content-Type") == "application/xml; charset=utf-8"
        return root.findtext(f"{WA}Code"), root.findtext(f"{WA}Message")


class AsmTestClient:
    """Sends requests to one server with one TLS client context."""

    def __init__(self, server: EmulatorServer, context: ssl.SSLContext) -> None:
        self.server = server
        self.context = context

    def connect(self, host: str = "127.0.0.1") -> http.client.HTTPSConnection:
        connection = http.client.HTTPSConnection(
            host, self.server.port, context=self.context, timeout=5
        )
        connection.connect()
        return connection

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        version: str | None = VERSION,
        connection: http.client.HTTPSConnection | None = None,
        subscription: str = SUBSCRIPTION,
    ) -> Answer:
        """``path`` may use ``{sub}`` for the subscription id."""
        all_headers = dict(headers or {})
        if version is not None:
            all_headers["x-ms-version"] = version
        own = connection is None
        conn = connection if connection is not None else self.connect()
        try:
            conn.request(method, path.format(sub=subscription), body=body, headers=all_headers)
            response = conn.getresponse()
            return Answer(response.status, response.headers, response.read())
        finally:
            if own:
                conn.close()


def client_context(ca_file: Path, cert_file: Path | None) -> ssl.SSLContext:
    """A verifying client context trusting the emulator CA, with a client certificate."""
    context = ssl.create_default_context(cafile=str(ca_file))
    if cert_file is not None:
        context.load_cert_chain(str(cert_file))
    return context


def build_test_router() -> Router:
    """Routes the tests register through the public API, imitating real handlers."""
    router = Router()

    @router.route("GET", "/{subscription_id}/test/ping")
    def ping(request: Request, state: State) -> Response:
        return xml_response(200, b"<Ping>ok</Ping>")

    @router.route("POST", "/{subscription_id}/test/echo/{name}")
    def echo(request: Request, state: State) -> Response:
        root = etree.Element("Echo")
        etree.SubElement(root, "Name").text = request.path_params["name"]
        etree.SubElement(root, "Length").text = str(len(request.body))
        etree.SubElement(root, "Subscription").text = request.subscription_id
        etree.SubElement(root, "Version").text = request.version
        for key, values in request.query_all.items():
            for value in values:
                etree.SubElement(root, "Query", name=key).text = value
        return xml_response(200, etree.tostring(root))

    @router.route("POST", "/{subscription_id}/test/items/{name}")
    def create_item(request: Request, state: State) -> Response:
        name = request.path_params["name"]
        items = state.resources(request.subscription_id, "items")
        if name in items:
            raise AsmFault(409, "ConflictError", "The item already exists.")

        def work() -> None:
            if name.startswith("fail"):
                raise AsmFault(400, "InvalidItem", "The item <cannot> be created & stays away.")
            if name.startswith("crash"):
                raise RuntimeError("handler bug")
            items[name] = {"name": name}

        operation = state.operations.start(
            "create_item",
            subscription_id=request.subscription_id,
            lock_keys=[f"hostedservice:{name}"],
            work=work,
        )
        return accepted_async(operation)

    @router.route("GET", "/{subscription_id}/test/items/{name}")
    def get_item(request: Request, state: State) -> Response:
        name = request.path_params["name"]
        if name not in state.resources(request.subscription_id, "items"):
            raise AsmFault(404, "ResourceNotFound", "The item does not exist.")
        return xml_response(200, f"<Item><Name>{name}</Name></Item>".encode())

    @router.route("DELETE", "/{subscription_id}/test/items/{name}")
    def delete_item(request: Request, state: State) -> Response:
        name = request.path_params["name"]
        state.operations.require_unlocked(f"hostedservice:{name}")
        state.resources(request.subscription_id, "items").pop(name, None)
        return empty(200)

    @router.route("PUT", "/{subscription_id}/test/items/{name}/deployment")
    def deploy_item(request: Request, state: State) -> Response:
        name = request.path_params["name"]
        operation = state.operations.start(
            "deploy_item",
            subscription_id=request.subscription_id,
            lock_keys=[f"deployment:{name}/{name}"],
        )
        return accepted_async(operation)

    @router.route("GET", "/{subscription_id}/test/crash")
    def crash(request: Request, state: State) -> Response:
        raise RuntimeError("handler bug")

    return router
