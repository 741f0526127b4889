"""End to end: service certificates of cloud services and management certificates.

A management certificate added through the API is a working client certificate at once, and
deleting it locks its holder out again.
"""

from __future__ import annotations

import base64
import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from azure_asm import ServiceManagementService
from azure_asm_emulator import thumbprint
from azure_asm_runtime.errors import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    ResourceNotFoundError,
)

if TYPE_CHECKING:
    from tests.e2e.conftest import AsmEmulator

pytestmark = pytest.mark.e2e

PFX_PASSWORD = "pfx-p&ss<word>"


@pytest.fixture
def sms(asm_emulator: AsmEmulator) -> ServiceManagementService:
    return asm_emulator.new_client(strict=True)


@pytest.fixture(scope="module")
def service_cert() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "svc.example.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _pfx(key: rsa.RSAPrivateKey, cert: x509.Certificate, password: str) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"svc",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password.encode()),
    )


# --- service certificates -------------------------------------------------------------------


def test_service_certificates_pfx_and_cer(
    sms: ServiceManagementService, service_cert: tuple[rsa.RSAPrivateKey, x509.Certificate]
) -> None:
    key, cert = service_cert
    sms.create_hosted_service("certsvc", "label", location="West US").result(timeout=10)
    assert sms.list_service_certificates("certsvc") == []

    pfx = _b64(_pfx(key, cert, PFX_PASSWORD))
    status = sms.add_service_certificate("certsvc", pfx, "pfx", PFX_PASSWORD).result(timeout=10)
    assert status.status == "Succeeded"
    print_ = thumbprint(_der(cert))

    (listed,) = sms.list_service_certificates("certsvc")
    assert listed.thumbprint == print_
    assert listed.thumbprint_algorithm == "sha1"
    assert listed.data == _b64(_der(cert))  # only the public part comes back
    assert listed.certificate_url is not None
    assert listed.certificate_url.endswith(f"/certsvc/certificates/sha1-{print_}")
    assert listed.data not in repr(listed)  # secret: never shown

    got = sms.get_service_certificate("certsvc", "sha1", print_.lower())
    assert got.data == listed.data

    with pytest.raises(ConflictError):
        sms.add_service_certificate("certsvc", _b64(_der(cert)), "cer").result(timeout=10)

    sms.delete_service_certificate("certsvc", "sha1", print_).result(timeout=10)
    assert sms.list_service_certificates("certsvc") == []

    # A .cer needs no password, and none is sent.
    sms.add_service_certificate("certsvc", _b64(_der(cert)), "cer").result(timeout=10)
    assert [c.thumbprint for c in sms.list_service_certificates("certsvc")] == [print_]


def test_service_certificate_errors(
    sms: ServiceManagementService, service_cert: tuple[rsa.RSAPrivateKey, x509.Certificate]
) -> None:
    key, cert = service_cert
    pfx = _b64(_pfx(key, cert, PFX_PASSWORD))
    with pytest.raises(ResourceNotFoundError):
        sms.list_service_certificates("nosvc")
    with pytest.raises(ResourceNotFoundError):
        sms.add_service_certificate("nosvc", pfx, "pfx", PFX_PASSWORD)
    sms.create_hosted_service("errsvc", "label", location="West US").result(timeout=10)
    with pytest.raises(BadRequestError, match="password"):
        sms.add_service_certificate("errsvc", pfx, "pfx")
    with pytest.raises(BadRequestError, match="password is incorrect"):
        sms.add_service_certificate("errsvc", pfx, "pfx", "wrong")
    with pytest.raises(BadRequestError, match="base64"):
        sms.add_service_certificate("errsvc", "***", "cer")
    with pytest.raises(BadRequestError, match="not a valid .cer"):
        sms.add_service_certificate("errsvc", _b64(b"not a certificate"), "cer")
    with pytest.raises(ResourceNotFoundError):
        sms.get_service_certificate("errsvc", "sha1", "ABCDEF")
    with pytest.raises(ResourceNotFoundError):
        sms.delete_service_certificate("errsvc", "sha1", "ABCDEF")
    with pytest.raises(ValueError):
        sms.add_service_certificate("errsvc", pfx, "p12", PFX_PASSWORD)


# --- management certificates ----------------------------------------------------------------


def _upload_args(pem_path: Path) -> tuple[str, str, str]:
    cert = x509.load_pem_x509_certificate(pem_path.read_bytes())
    public_key = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.PKCS1
    )
    return _b64(public_key), thumbprint(_der(cert)), _b64(_der(cert))


def test_added_management_certificate_is_accepted_then_deleted_refused(
    asm_emulator: AsmEmulator, sms: ServiceManagementService, unregistered_cert: Path
) -> None:
    stranger = asm_emulator.new_client(cert_path=unregistered_cert, strict=True)
    with pytest.raises(ForbiddenError):
        stranger.get_subscription()

    public_key, print_, data = _upload_args(unregistered_cert)
    assert sms.add_management_certificate(public_key, print_, data) is None

    # The second certificate now works for this subscription...
    assert stranger.get_subscription().subscription_id == asm_emulator.subscription_id
    assert [s.subscription_id for s in stranger.list_subscriptions()] == [
        asm_emulator.subscription_id
    ]
    # ...and can manage the certificates itself.
    listed = stranger.list_management_certificates()
    assert print_ in {c.subscription_certificate_thumbprint for c in listed}
    assert len(listed) == 2
    got = sms.get_management_certificate(print_.lower())
    assert got.subscription_certificate_data == data
    assert got.subscription_certificate_public_key == public_key
    assert isinstance(got.created, datetime.datetime)

    with pytest.raises(ConflictError):
        sms.add_management_certificate(public_key, print_, data)

    assert sms.delete_management_certificate(print_) is None
    with pytest.raises(ForbiddenError):
        stranger.get_subscription()
    with pytest.raises(ResourceNotFoundError):
        sms.get_management_certificate(print_)
    with pytest.raises(ResourceNotFoundError):
        sms.delete_management_certificate(print_)


def test_own_certificate_is_listed(
    asm_emulator: AsmEmulator, sms: ServiceManagementService
) -> None:
    (own,) = sms.list_management_certificates()
    public_key, print_, data = _upload_args(asm_emulator.cert_path)
    assert own.subscription_certificate_thumbprint == print_
    assert own.subscription_certificate_data == data
    assert own.subscription_certificate_public_key == public_key


def test_management_certificate_errors(
    sms: ServiceManagementService, unregistered_cert: Path
) -> None:
    public_key, print_, data = _upload_args(unregistered_cert)
    other = "0" * 40
    with pytest.raises(BadRequestError, match="does not match"):
        sms.add_management_certificate(public_key, other, data)
    with pytest.raises(BadRequestError, match="X.509"):
        sms.add_management_certificate(public_key, print_, _b64(b"junk"))
    with pytest.raises(BadRequestError, match="base64"):
        sms.add_management_certificate("!!", print_, data)
    with pytest.raises(ResourceNotFoundError):
        sms.get_management_certificate(other)
    with pytest.raises(ValueError):
        sms.get_management_certificate("not-a-thumbprint")
    with pytest.raises(ResourceNotFoundError):
        sms.perform_get(f"/{sms.subscription_id}/certificates/not-a-thumbprint")
