"""Certificates, ``asm-emulator init`` and ``asm-emulator serve`` (as a subprocess)."""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import shutil
import signal
import ssl
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

import azure_asm_emulator
from azure_asm_emulator.certs import thumbprint
from azure_asm_emulator.cli import main
from azure_asm_emulator.state import State, normalize_thumbprint
from tests.emulator.asm_emulator_testlib import SUBSCRIPTION, VERSION, client_context

EMULATOR_SOURCE = str(Path(azure_asm_emulator.__file__).resolve().parent.parent)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "azure_asm_emulator", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_environment(),
    )


def cli_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([EMULATOR_SOURCE, *filter(None, [env.get("PYTHONPATH")])])
    return env


def test_thumbprint_is_uppercase_sha1_of_der():
    assert thumbprint(b"abc") == hashlib.sha1(b"abc").hexdigest().upper()
    assert normalize_thumbprint("a9:99:3e:36 47 06 81 6a ba 3e 25 71 78 50 c2 6c 9c d0 d8 9d") == (
        "A9993E364706816ABA3E25717850C26C9CD0D89D"
    )
    with pytest.raises(ValueError):
        normalize_thumbprint("not hex")


def test_init_writes_the_files_asm_users_have(template_dir):
    base = template_dir.directory
    for name in (
        "ca.pem",
        "server.pem",
        "server.key",
        "mycert.pem",
        "mycert.cer",
        "subscription_id",
        "state.json",
    ):
        assert (base / name).is_file(), name
    assert mode(base / "server.key") == 0o600
    assert mode(base / "mycert.pem") == 0o600
    assert (base / "subscription_id").read_text().strip() == SUBSCRIPTION

    pem = (base / "mycert.pem").read_bytes()
    # What `openssl req -x509 -nodes -keyout mycert.pem -out mycert.pem` writes: key, then cert.
    assert pem.index(b"-----BEGIN PRIVATE KEY-----") < pem.index(b"-----BEGIN CERTIFICATE-----")
    key = serialization.load_pem_private_key(pem, password=None)
    cert = x509.load_pem_x509_certificate(pem)
    der = (base / "mycert.cer").read_bytes()
    assert cert.public_bytes(serialization.Encoding.DER) == der
    assert cert.issuer == cert.subject
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()
    assert key.key_size == 2048

    state = State.load(base / "state.json")
    assert [r.thumbprint for r in state.certificates(SUBSCRIPTION)] == [thumbprint(der)]

    server_cert = x509.load_pem_x509_certificate((base / "server.pem").read_bytes())
    names = server_cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    assert [str(ip) for ip in names.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_thumbprint_matches_openssl(template_dir):
    out = subprocess.run(
        [
            "openssl",
            "x509",
            "-in",
            str(template_dir.management_certificate),
            "-noout",
            "-fingerprint",
            "-sha1",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout
    assert out.strip().split("=", 1)[1].replace(":", "") == template_dir.thumbprint


def test_init_command_prints_the_environment(tmp_path):
    target = tmp_path / "fresh"
    result = run_cli("init", str(target), "--subscription-id", SUBSCRIPTION.upper())
    assert result.returncode == 0, result.stderr
    assert "AZURE_ASM_HOST=127.0.0.1:PORT" in result.stdout
    assert f"AZURE_ASM_CA_BUNDLE={target.resolve() / 'ca.pem'}" in result.stdout
    assert SUBSCRIPTION in result.stdout  # normalised to lower case
    assert mode(target / "mycert.pem") == 0o600

    again = run_cli("init", str(target))
    assert again.returncode == 1
    assert "--force" in again.stderr


def test_init_in_process_random_subscription_and_force(tmp_path, capsys):
    assert main(["init", str(tmp_path / "a")]) == 0
    subscription = (tmp_path / "a" / "subscription_id").read_text().strip()
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", subscription
    )
    old = (tmp_path / "a" / "mycert.cer").read_bytes()
    assert main(["init", str(tmp_path / "a"), "--force"]) == 0
    assert (tmp_path / "a" / "mycert.cer").read_bytes() != old
    assert "AZURE_ASM_CA_BUNDLE=" in capsys.readouterr().out


def test_init_rejects_a_malformed_subscription_id(tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["init", str(tmp_path / "x"), "--subscription-id", "not-a-guid"])
    assert caught.value.code == 2


def test_serve_on_a_free_port_until_sigterm(emulator_dir, tmp_path):
    port_file = tmp_path / "port"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "azure_asm_emulator",
            "serve",
            "--dir",
            str(emulator_dir),
            "--port",
            "0",
            "--port-file",
            str(port_file),
            "--operation-delay",
            "0.05",
            "--fault-latency",
            "0",
            "--seed",
            "3",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_environment(),
    )
    try:
        deadline = time.monotonic() + 15
        while not port_file.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the port file never appeared"
            time.sleep(0.05)
        port = int(port_file.read_text())
        context = client_context(emulator_dir / "ca.pem", emulator_dir / "mycert.pem")
        connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=5)
        connection.request(
            "GET", f"/{SUBSCRIPTION}/operations/unknown", headers={"x-ms-version": VERSION}
        )
        response = connection.getresponse()
        assert response.status == 404
        assert b"<Code>ResourceNotFound</Code>" in response.read()
        connection.close()
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert f"listening on https://127.0.0.1:{port}" in stdout
    assert not port_file.exists()


def test_serve_stops_on_sigint(emulator_dir):
    process = subprocess.Popen(
        [sys.executable, "-m", "azure_asm_emulator", "serve", "--dir", str(emulator_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_environment(),
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("listening on https://127.0.0.1:")
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0


def test_serve_refuses_an_uninitialised_directory(tmp_path, capsys):
    assert main(["serve", "--dir", str(tmp_path)]) == 1
    assert "asm-emulator init" in capsys.readouterr().err


def test_plain_http_is_not_answered(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    with pytest.raises((http.client.HTTPException, ConnectionError, ssl.SSLError)):
        connection.request("GET", f"/{SUBSCRIPTION}/test/ping")
        connection.getresponse()
    connection.close()


def test_serve_flags_configure_every_fault() -> None:
    from azure_asm_emulator.cli import build_parser, fault_config

    args = build_parser().parse_args(
        [
            "serve",
            "--dir",
            "unused",
            "--fault-error-rate",
            "0.1",
            "--fault-error-status",
            "500",
            "--fault-drop-rate",
            "0.2",
            "--fault-drop-after-rate",
            "0.3",
            "--fault-latency",
            "0.5",
            "--fault-conflict-rate",
            "0.4",
            "--seed",
            "7",
            "--faults-on-polling",
        ]
    )
    config = fault_config(args)
    assert (
        config.error_rate,
        config.error_status,
        config.drop_rate,
        config.drop_after_rate,
        config.latency,
        config.conflict_rate,
        config.seed,
        config.faults_on_polling,
    ) == (0.1, 500, 0.2, 0.3, 0.5, 0.4, 7, True)


def test_a_drop_after_rate_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--dir", "unused", "--fault-drop-after-rate", "1.5"])
    assert "--fault-drop-after-rate" in capsys.readouterr().err
