"""HTTPS, client-certificate authorisation, the version header, errors and keep-alive."""

from __future__ import annotations

import http.client
import json
import logging
import ssl
import threading

import pytest

from azure_asm_emulator import EmulatorServer, FaultConfig
from azure_asm_emulator.certs import create_management_certificate, load_certificate_der
from tests.emulator.asm_emulator_testlib import OTHER_SUBSCRIPTION, SUBSCRIPTION, WA

FORBIDDEN = (
    "The server failed to authenticate the request. Verify that the certificate is valid and is "
    "associated with this subscription."
)
CONNECTION_REFUSED = (ssl.SSLError, ConnectionError, http.client.RemoteDisconnected, OSError)


def test_registered_certificate_reaches_the_handler(client):
    answer = client.request("GET", "/{sub}/test/ping")
    assert answer.status == 200
    assert answer.body == b"<Ping>ok</Ping>"
    assert answer.header("Content-Type") == "application/xml; charset=utf-8"
    assert len(answer.header("x-ms-request-id")) == 32


def test_server_certificate_is_valid_for_localhost_too(client):
    connection = client.connect("localhost")
    answer = client.request("GET", "/{sub}/test/ping", connection=connection)
    connection.close()
    assert answer.status == 200


def test_unknown_certificate_is_forbidden(server, make_client, other_cert):
    assert server.client_cert_mode == "any"
    answer = make_client(server, other_cert.pem_path).request("GET", "/{sub}/test/ping")
    assert answer.status == 403
    assert answer.error() == ("ForbiddenError", FORBIDDEN)


def test_forbidden_comes_before_routing_and_version_checks(server, make_client, other_cert):
    client = make_client(server, other_cert.pem_path)
    assert client.request("GET", "/{sub}/no/such/thing", version=None).status == 403


def test_certificate_of_another_subscription_is_forbidden(client):
    answer = client.request("GET", "/{sub}/test/ping", subscription=OTHER_SUBSCRIPTION)
    assert answer.status == 403
    assert answer.error()[0] == "ForbiddenError"


def test_subscription_id_is_case_insensitive(client):
    answer = client.request("GET", "/{sub}/test/ping", subscription=SUBSCRIPTION.upper())
    assert answer.status == 200


def test_certificate_registered_at_runtime_is_accepted(server, make_client, other_cert):
    client = make_client(server, other_cert.pem_path)
    assert client.request("GET", "/{sub}/test/ping").status == 403
    server.register_certificate(SUBSCRIPTION, other_cert.der, persist=False)
    assert client.request("GET", "/{sub}/test/ping").status == 200


def test_expired_certificate_is_forbidden(server, make_client, tmp_path):
    expired = create_management_certificate(tmp_path, "expired", basename="expired", days=0)
    server.register_certificate(SUBSCRIPTION, expired.der, persist=False)
    answer = make_client(server, expired.pem_path).request("GET", "/{sub}/test/ping")
    assert answer.status == 403


def test_no_client_certificate_fails_the_connection(server, make_client):
    client = make_client(server, None)
    with pytest.raises(CONNECTION_REFUSED):
        client.request("GET", "/{sub}/test/ping")


def test_no_client_certificate_fails_the_tls12_handshake(server, make_client):
    client = make_client(server, None)
    client.context.maximum_version = ssl.TLSVersion.TLSv1_2
    with pytest.raises(ssl.SSLError):
        client.connect()


def test_registered_mode_trusts_only_registered_certificates(make_server, make_client, other_cert):
    server = make_server(client_cert_mode="registered")
    assert server.client_cert_mode == "registered"
    assert make_client(server).request("GET", "/{sub}/test/ping").status == 200
    stranger = make_client(server, other_cert.pem_path)
    with pytest.raises(CONNECTION_REFUSED):
        stranger.request("GET", "/{sub}/test/ping")
    server.register_certificate(OTHER_SUBSCRIPTION, other_cert.der, persist=False)
    # Trusted at the TLS layer now, but registered for another subscription: ASM's 403.
    assert stranger.request("GET", "/{sub}/test/ping").status == 403
    answer = stranger.request("GET", "/{sub}/test/ping", subscription=OTHER_SUBSCRIPTION)
    assert answer.status == 200


def test_missing_version_header_is_400(client):
    answer = client.request("GET", "/{sub}/test/ping", version=None)
    assert answer.status == 400
    assert answer.error() == (
        "MissingOrIncorrectVersionHeader",
        "The versioning header is not specified or was specified incorrectly.",
    )


def test_malformed_version_header_is_400(client):
    answer = client.request("GET", "/{sub}/test/ping", version="latest")
    assert answer.status == 400


def test_unknown_path_is_resource_not_found(client):
    answer = client.request("GET", "/{sub}/services/nothing/here")
    assert answer.status == 404
    assert answer.error() == (
        "ResourceNotFound",
        "The requested URI does not represent any resource on the server.",
    )
    assert answer.header("x-ms-request-id")


def test_wrong_method_is_405_with_allow(client):
    answer = client.request("PUT", "/{sub}/test/ping", body=b"")
    assert answer.status == 405
    assert answer.error()[0] == "MethodNotAllowed"
    assert answer.header("Allow") == "GET"


def test_unsupported_method_is_an_asm_error(client):
    answer = client.request("BREW", "/{sub}/test/ping")
    assert answer.status == 501
    assert answer.error()[0] == "NotImplemented"


def test_request_parts_reach_the_handler(client):
    answer = client.request(
        "POST",
        "/{sub}/test/echo/my%20name%2Fx?comp=media&embed-detail=true&x=1&x=2",
        body=b"<Body/>",
    )
    assert answer.status == 200
    root = answer.xml()
    assert root.findtext("Name") == "my name/x"
    assert root.findtext("Length") == "7"
    assert root.findtext("Subscription") == SUBSCRIPTION
    assert root.findtext("Version") == "2014-10-01"
    assert [(q.get("name"), q.text) for q in root.findall("Query")] == [
        ("comp", "media"),
        ("embed-detail", "true"),
        ("x", "1"),
        ("x", "2"),
    ]


def test_chunked_request_body(client):
    connection = client.connect()
    connection.putrequest("POST", f"/{SUBSCRIPTION}/test/echo/chunks")
    connection.putheader("x-ms-version", "2014-10-01")
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    connection.send(b"3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\n\r\n")
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 200
    assert b"<Length>7</Length>" in body


@pytest.mark.parametrize(
    "chunks", [b"-1\r\nabc\r\n0\r\n\r\n", b"1_0\r\nabc\r\n0\r\n\r\n", b"2\r\nabc\r\n0\r\n\r\n"]
)
def test_malformed_chunked_body_is_400_and_closes(client, chunks):
    connection = client.connect()
    connection.putrequest("POST", f"/{SUBSCRIPTION}/test/echo/chunks")
    connection.putheader("x-ms-version", "2014-10-01")
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    connection.send(chunks)
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 400
    assert response.getheader("Connection") == "close"


def test_handler_bug_is_internal_error_and_server_survives(client):
    answer = client.request("GET", "/{sub}/test/crash")
    assert answer.status == 500
    assert answer.error()[0] == "InternalError"
    assert client.request("GET", "/{sub}/test/ping").status == 200


def test_every_response_has_a_fresh_request_id(client):
    ids = {client.request("GET", "/{sub}/test/ping").header("x-ms-request-id") for _ in range(3)}
    ids.add(client.request("GET", "/{sub}/nothing").header("x-ms-request-id"))
    assert len(ids) == 4


def test_keep_alive_serves_many_requests_on_one_connection(client):
    connection = client.connect()
    sock = connection.sock
    answers = [
        client.request("GET", "/{sub}/test/ping", connection=connection),
        client.request("POST", "/{sub}/test/echo/a", body=b"x" * 1000, connection=connection),
        client.request("GET", "/{sub}/missing", connection=connection),
        client.request("GET", "/{sub}/test/ping", version=None, connection=connection),
        client.request("POST", "/{sub}/test/items/k", body=b"", connection=connection),
        client.request("GET", "/{sub}/test/ping", connection=connection),
    ]
    assert [a.status for a in answers] == [200, 200, 404, 400, 202, 200]
    assert connection.sock is sock  # never closed and reopened behind our back
    connection.close()


def test_concurrent_clients(client):
    results: list[int] = []

    def worker() -> None:
        connection = client.connect()
        for _ in range(5):
            results.append(client.request("GET", "/{sub}/test/ping", connection=connection).status)
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == [200] * 20


def test_requests_are_logged_without_bodies(client, caplog):
    caplog.set_level(logging.DEBUG, logger="azure_asm_emulator")
    secret = b"<AdminPassword>hunter2-very-secret</AdminPassword>"
    assert client.request("POST", "/{sub}/test/echo/logme", body=secret).status == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "azure_asm_emulator"]
    assert any("POST" in line and "/test/echo/logme" in line and "200" in line for line in lines)
    assert "hunter2" not in caplog.text


def test_stop_closes_idle_keep_alive_connections(make_server, make_client):
    server = make_server()
    client = make_client(server)
    connection = client.connect()
    assert client.request("GET", "/{sub}/test/ping", connection=connection).status == 200
    server.stop()
    server.stop()  # idempotent
    assert not server.running
    with pytest.raises(CONNECTION_REFUSED):
        client.request("GET", "/{sub}/test/ping", connection=connection)


def test_context_manager_and_properties(emulator_dir):
    server = EmulatorServer(emulator_dir, faults=FaultConfig(latency=0.0))
    with pytest.raises(RuntimeError):
        _ = server.port
    with server:
        assert server.url == f"https://127.0.0.1:{server.port}"
        assert server.environment() == {
            "AZURE_ASM_HOST": f"127.0.0.1:{server.port}",
            "AZURE_ASM_CA_BUNDLE": str(emulator_dir / "ca.pem"),
        }
    assert not server.running


def test_register_certificate_persists_to_state_json(server, emulator_dir, other_cert):
    thumbprint = server.register_certificate(OTHER_SUBSCRIPTION, other_cert.der)
    assert thumbprint == other_cert.thumbprint
    document = json.loads((emulator_dir / "state.json").read_text())
    entries = document["subscriptions"][OTHER_SUBSCRIPTION]["management_certificates"]
    assert [e["thumbprint"] for e in entries] == [other_cert.thumbprint]
    # A restarted server knows it.
    with EmulatorServer(emulator_dir) as again:
        assert again.state.authorize(OTHER_SUBSCRIPTION, other_cert.thumbprint)


def test_thumbprint_only_registration(server, make_client, other_cert):
    server.register_certificate(SUBSCRIPTION, other_cert.thumbprint.lower(), persist=False)
    answer = make_client(server, other_cert.pem_path).request("GET", "/{sub}/test/ping")
    assert answer.status == 200


def test_error_documents_escape_their_text(client, server):
    from azure_asm_emulator import AsmFault

    def refuse(request, state):
        raise AsmFault(400, "Bad<Code>", 'a < b & "c"\r\x01 done')

    server.add_route("GET", "/{subscription_id}/test/refuse", refuse)
    answer = client.request("GET", "/{sub}/test/refuse")
    assert answer.status == 400
    root = answer.xml()
    assert root.nsmap == {
        None: "http://schemas.microsoft.com/windowsazure",
        "i": "http://www.w3.org/2001/XMLSchema-instance",
    }
    assert root.findtext(f"{WA}Code") == "Bad<Code>"
    assert root.findtext(f"{WA}Message") == 'a < b & "c"\r\ufffd done'


def test_management_certificate_files_match(emulator_dir):
    assert (
        load_certificate_der(emulator_dir / "mycert.pem")
        == (emulator_dir / "mycert.cer").read_bytes()
    )
