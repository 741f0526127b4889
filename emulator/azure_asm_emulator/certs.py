"""Certificates for the emulator: a local CA, its HTTPS server certificate, management certificates.

ASM authenticates callers only by TLS client certificate. A user makes a *management
certificate* (traditionally ``openssl req -x509 -nodes -days 365 -newkey rsa:2048 -keyout
mycert.pem -out mycert.pem``), uploads the public part (``mycert.cer``, DER) to the subscription
and points the client at ``mycert.pem``. ASM then identifies the certificate by its
*thumbprint*: the uppercase hex SHA-1 of the DER encoding. The emulator reproduces that flow
exactly, so client code and docs written against real ASM work unchanged.

The server side needs a certificate the client can verify without disabling verification; a
private CA whose certificate (``ca.pem``) becomes the client's ``AZURE_ASM_CA_BUNDLE`` gives it
that, with a server certificate valid for ``localhost`` and ``127.0.0.1``.
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_CERT_FILE = "ca.pem"
SERVER_CERT_FILE = "server.pem"
SERVER_KEY_FILE = "server.key"
MANAGEMENT_PEM_FILE = "mycert.pem"
MANAGEMENT_CER_FILE = "mycert.cer"

_KEY_SIZE = 2048  # what `openssl req -newkey rsa:2048` makes, and what ASM accepts


@dataclass(frozen=True)
class CertificateAuthority:
    """The emulator's local CA: certificate and key, kept in memory only.

    The key is deliberately never written to disk: the CA exists only to sign the one server
    certificate, and a leftover key would let anything that can read the directory mint
    certificates the client trusts.
    """

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey
    cert_path: Path


@dataclass(frozen=True)
class ManagementCertificate:
    """A management certificate as the user holds it.

    ``pem_path`` holds the private key and the certificate (what the client loads);
    ``cer_path`` holds the DER certificate (what the user uploads to the subscription).
    """

    pem_path: Path
    cer_path: Path
    der: bytes
    thumbprint: str


def thumbprint(cert_der: bytes) -> str:
    """Return ASM's thumbprint of a DER certificate: uppercase hex SHA-1, no separators.

    SHA-1 is what ASM uses to name management certificates (``List Management Certificates``
    and the portal show it); it identifies, it does not protect anything here.
    """
    return hashlib.sha1(cert_der, usedforsecurity=False).hexdigest().upper()


def load_certificate_der(path: str | os.PathLike[str]) -> bytes:
    """Read the first certificate of a PEM file (which may also hold a key) or a DER file."""
    data = Path(path).read_bytes()
    if b"-----BEGIN CERTIFICATE-----" in data:
        cert = x509.load_pem_x509_certificate(data)
    else:
        cert = x509.load_der_x509_certificate(data)
    return cert.public_bytes(serialization.Encoding.DER)


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the owner only (mode 0600).

    The file is created with that mode (no window in which it is world-readable) and chmod-ed
    afterwards too, because ``os.open`` keeps the mode of a file that already exists.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=_KEY_SIZE)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _validity(days: int) -> tuple[datetime.datetime, datetime.datetime]:
    # Backdate a little so that a client whose clock is slightly behind still accepts the cert.
    now = datetime.datetime.now(datetime.UTC)
    return now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=days)


def _key_pem(key: rsa.RSAPrivateKey) -> bytes:
    # Unencrypted PKCS#8 ("BEGIN PRIVATE KEY"), which is what `openssl req -nodes` writes.
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def create_ca(
    directory: str | os.PathLike[str], common_name: str = "azure-asm emulator CA"
) -> CertificateAuthority:
    """Create a CA and write its certificate to ``directory/ca.pem`` (the client's CA bundle)."""
    directory = Path(directory)
    key = _new_key()
    not_before, not_after = _validity(3650)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / CA_CERT_FILE
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return CertificateAuthority(certificate=cert, key=key, cert_path=cert_path)


def create_server_certificate(
    directory: str | os.PathLike[str], ca: CertificateAuthority
) -> tuple[Path, Path]:
    """Write ``server.pem`` (certificate) and ``server.key`` (0600) signed by ``ca``.

    The certificate names ``localhost`` and the IP ``127.0.0.1`` so that hostname verification
    succeeds whichever of the two the client uses in ``AZURE_ASM_HOST``.
    """
    directory = Path(directory)
    key = _new_key()
    not_before, not_after = _validity(825)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.certificate.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.IPv4Address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
        .sign(ca.key, hashes.SHA256())
    )
    cert_path = directory / SERVER_CERT_FILE
    key_path = directory / SERVER_KEY_FILE
    write_private_file(key_path, _key_pem(key))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path


def create_management_certificate(
    directory: str | os.PathLike[str],
    common_name: str = "azure-asm management certificate",
    *,
    basename: str = "mycert",
    days: int = 365,
) -> ManagementCertificate:
    """Write ``<basename>.pem`` (key + self-signed certificate, 0600) and ``<basename>.cer`` (DER).

    Mirrors ``openssl req -x509 -nodes -days 365 -newkey rsa:2048 -keyout mycert.pem -out
    mycert.pem`` with OpenSSL's default ``v3_ca`` extensions (subject and authority key
    identifiers, critical ``CA:TRUE``), key first and certificate second in the PEM file, so
    the emulator sees the same kind of certificate real users upload to ASM.
    """
    directory = Path(directory)
    key = _new_key()
    not_before, not_after = _validity(days)
    public = key.public_key()
    ski = x509.SubjectKeyIdentifier.from_public_key(public)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier(ski.digest, None, None), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    pem_path = directory / f"{basename}.pem"
    cer_path = directory / f"{basename}.cer"
    write_private_file(pem_path, _key_pem(key) + cert.public_bytes(serialization.Encoding.PEM))
    cer_path.write_bytes(der)
    return ManagementCertificate(
        pem_path=pem_path, cer_path=cer_path, der=der, thumbprint=thumbprint(der)
    )
