"""Management certificates: PEM (one or two files, encrypted keys), PKCS#12, publish settings;
clear errors, expiry warnings, and no key material anywhere it could leak."""

from __future__ import annotations

import base64
import datetime
import os
import ssl
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from azure_asm_runtime import certificates
from azure_asm_runtime.certificates import (
    CertificateWarning,
    ClientCertificate,
    load_client_certificate,
    read_publish_settings,
)
from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.errors import AsmError, CertificateError
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.transport import Urllib3Transport

PASSWORD = "Pfx-Passw0rd!"
NOW = datetime.datetime.now(datetime.UTC)


@dataclass(frozen=True)
class Made:
    key: Any
    cert: x509.Certificate

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(  # type: ignore[no-any-return]
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_lines(self) -> list[str]:
        return [line for line in self.key_pem.decode().splitlines() if "-----" not in line]


def make(
    name: str, *, key: Any = None, not_before: datetime.datetime | None = None, days: int = 30
) -> Made:
    key = key or ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    start = not_before or NOW - datetime.timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return Made(key, cert)


@pytest.fixture(scope="module")
def rsa_cert() -> Made:
    return make("rsa", key=rsa.generate_private_key(public_exponent=65537, key_size=2048))


@pytest.fixture(scope="module")
def good() -> Made:
    return make("good")


def assert_no_key(made: Made, *texts: str) -> None:
    for text in texts:
        assert "PRIVATE KEY" not in text
        for line in made.key_lines():
            assert line not in text


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return os.fspath(path)


# --- PEM --------------------------------------------------------------------------------------


@pytest.mark.parametrize("key_first", [True, False])
def test_pem_with_certificate_and_key_in_one_file(
    good: Made, tmp_path: Path, key_first: bool
) -> None:
    data = good.key_pem + good.cert_pem if key_first else good.cert_pem + good.key_pem
    loaded = load_client_certificate(write(tmp_path / "both.pem", data))
    assert loaded.certificate == good.cert
    context = ssl.create_default_context()
    loaded.load_into(context)
    assert_no_key(good, repr(loaded), str(loaded))
    assert good.cert.fingerprint(hashes.SHA1()).hex().upper() == loaded.thumbprint


def test_pem_certificate_and_key_in_two_files(good: Made, tmp_path: Path) -> None:
    cert = write(tmp_path / "c.pem", good.cert_pem)
    key = write(tmp_path / "k.pem", good.key_pem)
    loaded = load_client_certificate(cert, key)
    loaded.load_into(ssl.create_default_context())
    der = write(tmp_path / "c.cer", good.cert.public_bytes(serialization.Encoding.DER))
    assert load_client_certificate(der, key).certificate == good.cert


@pytest.mark.parametrize(
    "layout", [serialization.PrivateFormat.PKCS8, serialization.PrivateFormat.TraditionalOpenSSL]
)
def test_encrypted_pem_keys_with_their_password(
    rsa_cert: Made, tmp_path: Path, layout: serialization.PrivateFormat
) -> None:
    locked = rsa_cert.key.private_bytes(
        serialization.Encoding.PEM, layout, serialization.BestAvailableEncryption(b"s3cret")
    )
    path = write(tmp_path / "locked.pem", rsa_cert.cert_pem + locked)
    loaded = load_client_certificate(path, password="s3cret")
    loaded.load_into(ssl.create_default_context())
    with pytest.raises(CertificateError, match="wrong password") as wrong:
        load_client_certificate(path, password="nope")
    with pytest.raises(CertificateError, match="encrypted; pass its password") as missing:
        load_client_certificate(path)
    assert_no_key(rsa_cert, str(wrong.value), str(missing.value))
    assert wrong.value.__cause__ is None


def test_a_separate_encrypted_key_file(good: Made, tmp_path: Path) -> None:
    locked = good.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    )
    cert = write(tmp_path / "c.pem", good.cert_pem)
    key = write(tmp_path / "k.pem", locked)
    load_client_certificate(cert, key, "pw").load_into(ssl.create_default_context())


# --- PKCS#12 -----------------------------------------------------------------------------------


def pfx(made: Made, password: bytes | None) -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(b"mgmt", made.key, made.cert, None, encryption)


def test_pkcs12_with_a_password(good: Made, tmp_path: Path) -> None:
    path = write(tmp_path / "mgmt.pfx", pfx(good, PASSWORD.encode()))
    loaded = load_client_certificate(path, password=PASSWORD)
    assert loaded.certificate == good.cert
    loaded.load_into(ssl.create_default_context())
    with pytest.raises(CertificateError, match="wrong password for the PKCS#12 file"):
        load_client_certificate(path, password="wrong")
    with pytest.raises(CertificateError, match="protected by a password"):
        load_client_certificate(path)


def test_pkcs12_without_a_password_and_without_the_suffix(good: Made, tmp_path: Path) -> None:
    path = write(tmp_path / "mgmt.bin", pfx(good, None))
    assert load_client_certificate(path).certificate == good.cert


def test_pkcs12_without_a_key(good: Made, tmp_path: Path) -> None:
    data = pkcs12.serialize_key_and_certificates(
        b"x", None, None, [good.cert], serialization.NoEncryption()
    )
    with pytest.raises(CertificateError, match="no certificate|no private key"):
        load_client_certificate(write(tmp_path / "nokey.pfx", data))


def test_the_key_only_exists_in_a_temporary_0600_file_encrypted_then_deleted(
    good: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_client_certificate(write(tmp_path / "m.pfx", pfx(good, b"pw")), password="pw")
    seen: list[tuple[str, int, bytes]] = []
    real_unlink = os.unlink

    def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        seen.append((os.fspath(path), os.stat(path).st_mode & 0o777, Path(path).read_bytes()))
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(certificates.os, "unlink", unlink)
    loaded.load_into(ssl.create_default_context())
    assert len(seen) == 1
    path, mode, content = seen[0]
    assert mode == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in content
    assert not any(line.encode() in content for line in good.key_lines())
    assert not os.path.exists(path)


# --- publish settings --------------------------------------------------------------------------


def publish_settings(
    made: Made, subscriptions: list[tuple[str, str]], *, v1: bool = False
) -> bytes:
    encoded = base64.b64encode(pfx(made, None)).decode()
    if v1:
        items = "".join(f'<Subscription Id="{i}" Name="{n}" />' for i, n in subscriptions)
        return (
            '<?xml version="1.0" encoding="utf-8"?><PublishData><PublishProfile '
            'PublishMethod="AzureServiceManagementAPI" Url="https://management.core.windows.net/" '
            f'ManagementCertificate="{encoded}">{items}</PublishProfile></PublishData>'
        ).encode()
    items = "".join(
        f'<Subscription ServiceManagementUrl="https://127.0.0.1:8443" Id="{i}" Name="{n}" '
        f'ManagementCertificate="{encoded}" />'
        for i, n in subscriptions
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><PublishData><PublishProfile '
        f'SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">{items}'
        "</PublishProfile></PublishData>"
    ).encode()


SUBS = [("11111111-1111-1111-1111-111111111111", "Pay-As-You-Go"), ("2222", "MSDN")]


class Refuse:
    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        raise AssertionError("nothing may be sent")


@pytest.mark.parametrize("v1", [False, True])
def test_publish_settings_list_subscriptions_with_their_certificate(
    good: Made, tmp_path: Path, v1: bool
) -> None:
    path = write(tmp_path / "my.publishsettings", publish_settings(good, SUBS, v1=v1))
    found = read_publish_settings(path)
    assert [(s.id, s.name) for s in found] == SUBS
    assert all(s.certificate.certificate == good.cert for s in found)
    assert found[0].host == ("management.core.windows.net" if v1 else "127.0.0.1:8443")
    assert ServiceClient.publish_settings_subscriptions(path) == SUBS
    assert_no_key(good, repr(found), str(found))


def test_client_from_publish_settings(good: Made, tmp_path: Path) -> None:
    path = write(tmp_path / "my.publishsettings", publish_settings(good, SUBS))
    with pytest.raises(ValueError, match="several subscriptions.*Pay-As-You-Go.*MSDN"):
        ServiceClient.from_publish_settings(path)
    with pytest.raises(ValueError, match="'nope' is not in"):
        ServiceClient.from_publish_settings(path, "nope")
    client = ServiceClient.from_publish_settings(path, "2222", ca_bundle=None)
    assert (client.subscription_id, client.host) == ("2222", "127.0.0.1:8443")
    transport = client.transport
    assert isinstance(transport, Urllib3Transport)
    assert transport.certificate is not None
    assert transport.certificate.certificate == good.cert
    single = write(tmp_path / "one.publishsettings", publish_settings(good, SUBS[:1]))
    assert ServiceClient.from_publish_settings(single, host="h:1").host == "h:1"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"<PublishData/>", "lists no subscription"),
        (b"<Other/>", "not a publish settings file"),
        (b"not xml", "not well-formed"),
        (b'<!DOCTYPE x [<!ENTITY e "e">]><PublishData/>', "DTD"),
        (
            b'<PublishData><PublishProfile><Subscription Id="1" ManagementCertificate="@@" />'
            b"</PublishProfile></PublishData>",
            "not base64",
        ),
    ],
)
def test_broken_publish_settings(tmp_path: Path, content: bytes, words: str) -> None:
    with pytest.raises(CertificateError, match=words):
        read_publish_settings(write(tmp_path / "x.publishsettings", content))


# --- clear errors ------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CertificateError, match="'.*nope.pem' does not exist"):
        load_client_certificate(tmp_path / "nope.pem")
    with pytest.raises(AsmError, match="does not exist"):
        ServiceClient("sub", os.fspath(tmp_path / "nope.pem"))


def test_certificate_without_a_key(good: Made, tmp_path: Path) -> None:
    with pytest.raises(CertificateError, match="a certificate but no private key"):
        load_client_certificate(write(tmp_path / "c.pem", good.cert_pem))
    with pytest.raises(CertificateError, match="holds no PEM private key"):
        load_client_certificate(
            write(tmp_path / "c.pem", good.cert_pem), write(tmp_path / "k.pem", b"nothing")
        )


def test_key_of_another_certificate(good: Made, tmp_path: Path) -> None:
    other = make("other")
    with pytest.raises(CertificateError, match="does not belong") as caught:
        load_client_certificate(write(tmp_path / "x.pem", other.cert_pem + good.key_pem))
    assert_no_key(good, str(caught.value))


@pytest.mark.parametrize(
    ("start", "words"),
    [
        (NOW - datetime.timedelta(days=400), "expired on"),
        (NOW + datetime.timedelta(days=10), "is not valid before"),
    ],
)
def test_an_expired_certificate_warns_before_any_call(
    tmp_path: Path, start: datetime.datetime, words: str, caplog: pytest.LogCaptureFixture
) -> None:
    made = make("old", not_before=start, days=30)
    path = write(tmp_path / "old.pem", made.cert_pem + made.key_pem)
    with pytest.warns(CertificateWarning, match=words):
        transport = Urllib3Transport(path)
    assert words in caplog.text and "403" in caplog.text
    assert transport.certificate is not None and transport.certificate.expired() is (
        words == "expired on"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_client_certificate(path, warn_expired=False)


def test_client_accepts_passwords_and_key_files(good: Made, tmp_path: Path) -> None:
    path = write(tmp_path / "m.pfx", pfx(good, b"pw"))
    client = ServiceClient("sub", path, "h", cert_password="pw")
    assert isinstance(client.transport, Urllib3Transport)
    assert "PRIVATE" not in repr(client.transport)
    cert = write(tmp_path / "c.pem", good.cert_pem)
    key = write(tmp_path / "k.pem", good.key_pem)
    ServiceClient("sub", cert, "h", key_file=key)
    loaded = load_client_certificate(cert, key)
    assert isinstance(ServiceClient("sub", loaded, "h").transport, Urllib3Transport)
    assert isinstance(loaded, ClientCertificate)


# --- issue 13, item 10: messages that say what is wrong and what to do --------------------------


def test_pkcs12_with_a_certificate_but_no_key_says_so(good: Made, tmp_path: Path) -> None:
    data = pkcs12.serialize_key_and_certificates(
        b"x", None, None, [good.cert], serialization.NoEncryption()
    )
    with pytest.raises(CertificateError) as info:
        load_client_certificate(write(tmp_path / "nokey.pfx", data))
    assert "holds a certificate but no private key" in str(info.value)
    assert "holds no certificate" not in str(info.value)


def test_pkcs12_with_a_key_but_no_certificate_says_so(good: Made, tmp_path: Path) -> None:
    data = pkcs12.serialize_key_and_certificates(
        b"x", good.key, None, None, serialization.NoEncryption()
    )
    with pytest.raises(CertificateError, match="holds a private key but no certificate"):
        load_client_certificate(write(tmp_path / "nocert.pfx", data))


def protected_publish_settings(made: Made, password: bytes) -> bytes:
    encoded = base64.b64encode(pfx(made, password)).decode()
    return (
        '<?xml version="1.0" encoding="utf-8"?><PublishData><PublishProfile '
        'SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">'
        f'<Subscription ServiceManagementUrl="https://127.0.0.1:8443" Id="1111" Name="n" '
        f'ManagementCertificate="{encoded}" /></PublishProfile></PublishData>'
    ).encode()


def test_publish_settings_with_a_protected_certificate(good: Made, tmp_path: Path) -> None:
    path = write(tmp_path / "p.publishsettings", protected_publish_settings(good, b"pw"))
    with pytest.raises(CertificateError) as info:
        ServiceClient.from_publish_settings(path)
    text = str(info.value)
    # The advice names what the call that failed accepts.
    assert "from_publish_settings(..., cert_password=...)" in text
    assert "p.publishsettings" in text
    with pytest.raises(CertificateError, match="wrong password"):
        ServiceClient.from_publish_settings(path, cert_password="nope")
    client = ServiceClient.from_publish_settings(path, cert_password="pw")
    transport = client.transport
    assert isinstance(transport, Urllib3Transport) and transport.certificate is not None
    assert transport.certificate.certificate == good.cert
    assert ServiceClient.publish_settings_subscriptions(path, cert_password=b"pw") == [
        ("1111", "n")
    ]
    assert read_publish_settings(path, password="pw")[0].id == "1111"
