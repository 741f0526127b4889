"""A minimal HTTPS server for the round-trip benchmark: ``python -m bench.tls_server DIR``.

It does as little as a server can, so that the round trip measures the clients: TLS with a
required client certificate (issued by the benchmark's CA, as ASM requires a management
certificate), HTTP/1.1 keep-alive, one thread per connection, canned answers read from DIR
(``GET .../deploymentslots/Production`` -> ``deployment.xml``, ``GET .../locations`` ->
``locations.xml``, ``GET .../services/images`` -> ``images.xml``, any POST -> 202 with
``x-ms-request-id``). It prints its port and exits when its standard input closes.
"""

from __future__ import annotations

import os
import socket
import ssl
import sys
import threading
from pathlib import Path

CA_FILE = "ca.pem"
SERVER_FILE = "server.pem"
CLIENT_FILE = "client.pem"


def make_certificates(directory: Path) -> None:
    """CA, server certificate for 127.0.0.1 and a client certificate (PEM: key + certificate)."""
    import trustme

    ca = trustme.CA(key_type=trustme.KeyType.RSA)
    ca.cert_pem.write_to_path(str(directory / CA_FILE))
    ca.issue_cert(
        "127.0.0.1", "localhost", key_type=trustme.KeyType.RSA
    ).private_key_and_cert_chain_pem.write_to_path(str(directory / SERVER_FILE))
    client = ca.issue_cert("asm-bench-management-cert", key_type=trustme.KeyType.RSA)
    (directory / CLIENT_FILE).write_bytes(
        client.cert_chain_pems[0].bytes() + client.private_key_pem.bytes()
    )


def _response(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"Content-Type: application/xml; charset=utf-8\r\n"
        b"x-ms-request-id: 5b8b2ad9f8c04a3cae2b3f0e6e2ef0a1\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    ) + body


def main() -> None:
    directory = Path(sys.argv[1])
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(directory / SERVER_FILE))
    context.load_verify_locations(str(directory / CA_FILE))
    context.verify_mode = ssl.CERT_REQUIRED
    answers = {
        b"/deploymentslots/Production": _response(
            b"200 OK", (directory / "deployment.xml").read_bytes()
        ),
        b"/locations": _response(b"200 OK", (directory / "locations.xml").read_bytes()),
        b"/services/images": _response(b"200 OK", (directory / "images.xml").read_bytes()),
    }
    accepted = _response(b"202 Accepted", b"")
    missing = _response(
        b"404 Not Found",
        b'<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>ResourceNotFound</Code>'
        b"<Message>not served by the benchmark server</Message></Error>",
    )

    def answer(method: bytes, target: bytes) -> bytes:
        if method == b"POST":
            return accepted
        path = target.partition(b"?")[0]
        for suffix, response in answers.items():
            if path.endswith(suffix):
                return response
        return missing

    def serve(raw: socket.socket) -> None:
        try:
            conn = context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        reader = conn.makefile("rb")
        try:
            while True:
                line = reader.readline(65537)
                if not line:
                    return
                method, target, _ = line.split(b" ", 2)
                length = 0
                while True:
                    header = reader.readline(65537)
                    if header in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = header.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                if length:
                    reader.read(length)
                conn.sendall(answer(method, target))
        except (OSError, ValueError):
            pass
        finally:
            conn.close()

    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)

    def stop_when_stdin_closes() -> None:
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    while True:
        raw, _ = listener.accept()
        threading.Thread(target=serve, args=(raw,), daemon=True).start()


if __name__ == "__main__":
    main()
