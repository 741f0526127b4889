"""Point 7 of issue #5 end to end: every certificate format authenticates to the emulator."""

from __future__ import annotations

import base64
import datetime
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from azure_asm import ServiceManagementService
from azure_asm_runtime.certificates import CertificateWarning
from azure_asm_runtime.errors import CertificateError, ForbiddenError

NOW = datetime.datetime.now(datetime.UTC)


def certificate(
    days: int = 30, start: datetime.datetime | None = None
) -> tuple[Any, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "formats")])
    begin = start or NOW - datetime.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(begin)
        .not_valid_after(begin + datetime.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return key, cert


@pytest.fixture(scope="module")
def credential() -> tuple[Any, x509.Certificate]:
    return certificate()


def files(tmp_path: Path, key: Any, cert: x509.Certificate) -> dict[str, dict[str, Any]]:
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    plain = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    locked = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pem-pw"),
    )
    pfx = pkcs12.serialize_key_and_certificates(
        b"m", key, cert, None, serialization.BestAvailableEncryption(b"pfx-pw")
    )
    (tmp_path / "one.pem").write_bytes(plain + cert_pem)
    (tmp_path / "cert.pem").write_bytes(cert_pem)
    (tmp_path / "key.pem").write_bytes(plain)
    (tmp_path / "locked.pem").write_bytes(cert_pem + locked)
    (tmp_path / "m.pfx").write_bytes(pfx)
    return {
        "pem-one-file": {"cert_file": os.fspath(tmp_path / "one.pem")},
        "pem-two-files": {
            "cert_file": os.fspath(tmp_path / "cert.pem"),
            "key_file": os.fspath(tmp_path / "key.pem"),
        },
        "pem-encrypted": {
            "cert_file": os.fspath(tmp_path / "locked.pem"),
            "cert_password": "pem-pw",
        },
        "pkcs12": {"cert_file": os.fspath(tmp_path / "m.pfx"), "cert_password": "pfx-pw"},
    }


@pytest.mark.parametrize("layout", ["pem-one-file", "pem-two-files", "pem-encrypted", "pkcs12"])
def test_each_format_authenticates(
    emulator: Any, credential: Any, tmp_path: Path, layout: str
) -> None:
    key, cert = credential
    options = files(tmp_path, key, cert)[layout]
    client = emulator.client(**options)
    with pytest.raises(ForbiddenError):
        client.list_locations()  # not registered yet: the certificate really is the one used
    emulator.server.register_certificate(
        emulator.subscription_id, cert.public_bytes(serialization.Encoding.DER), persist=False
    )
    assert client.list_locations()


def test_publish_settings(emulator: Any, credential: Any, tmp_path: Path) -> None:
    key, cert = credential
    emulator.server.register_certificate(
        emulator.subscription_id, cert.public_bytes(serialization.Encoding.DER), persist=False
    )
    encoded = base64.b64encode(
        pkcs12.serialize_key_and_certificates(b"m", key, cert, None, serialization.NoEncryption())
    ).decode()
    path = tmp_path / "emulator.publishsettings"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><PublishData><PublishProfile SchemaVersion="2.0" '
        'PublishMethod="AzureServiceManagementAPI">'
        f'<Subscription ServiceManagementUrl="https://{emulator.server.host}" '
        f'Id="{emulator.subscription_id}" Name="Emulator" ManagementCertificate="{encoded}" />'
        '<Subscription ServiceManagementUrl="https://127.0.0.1:1" Id="other" Name="Other" '
        f'ManagementCertificate="{encoded}" /></PublishProfile></PublishData>'
    )
    assert ServiceManagementService.publish_settings_subscriptions(path) == [
        (emulator.subscription_id, "Emulator"),
        ("other", "Other"),
    ]
    client = ServiceManagementService.from_publish_settings(
        path, emulator.subscription_id, ca_bundle=os.fspath(emulator.ca_bundle)
    )
    emulator.clients.append(client)
    assert client.host == emulator.server.host
    assert client.list_locations()


def test_wrong_password_and_expired_certificate(emulator: Any, tmp_path: Path) -> None:
    key, cert = certificate(days=10, start=NOW - datetime.timedelta(days=100))
    layouts = files(tmp_path, key, cert)
    with pytest.raises(CertificateError, match="wrong password"):
        emulator.client(**{**layouts["pkcs12"], "cert_password": "nope"})
    with pytest.warns(CertificateWarning, match="expired"):
        client = emulator.client(**layouts["pem-one-file"])
    emulator.server.register_certificate(
        emulator.subscription_id, cert.public_bytes(serialization.Encoding.DER), persist=False
    )
    with pytest.raises(ForbiddenError):  # ASM (and the emulator) refuse expired certificates
        client.list_locations()
