"""Management certificates: PEM (one file or two, encrypted keys), PKCS#12 / PFX, and the
``.publishsettings`` files the Azure portal handed out.

ASM authenticates callers by the TLS client certificate alone, so this module decides what a
usable credential is and says clearly what is wrong otherwise (``CertificateError``): a missing
file, a wrong or missing password, a certificate without its private key, a key that belongs
to another certificate. An expired (or not yet valid) certificate only warns, at load time,
before any request: ASM would answer 403 and the warning says why.

Key material never appears in messages, reprs or logs. ``ssl`` can only read keys from files:
PEM files are given to it as they are; a key that exists only in memory (PFX, publish
settings) is written to a temporary 0600 file encrypted with a one-time random password, read
back by ``SSLContext.load_cert_chain`` and deleted at once.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime
import logging
import os
import secrets
import ssl
import tempfile
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from lxml import etree

from azure_asm_runtime.errors import CertificateError

__all__ = [
    "CertificateWarning",
    "ClientCertificate",
    "PublishSettingsSubscription",
    "load_client_certificate",
    "read_publish_settings",
]

logger = logging.getLogger("azure_asm")

# No DSA: ASM's management certificates are RSA (or EC) keys, and naming cryptography's DSA
# class warns (DSA is deprecated there) in every program that imports the client.
PrivateKey: TypeAlias = (
    rsa.RSAPrivateKey
    | ec.EllipticCurvePrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
)
Password: TypeAlias = str | bytes | None

_PEM_CERT = b"-----BEGIN CERTIFICATE-----"
_PFX_SUFFIXES = (".pfx", ".p12")
_MAX_FILE_BYTES = 1024 * 1024


class CertificateWarning(UserWarning):
    """The management certificate is expired or not yet valid: ASM will refuse it."""


@dataclass(frozen=True, eq=False)
class ClientCertificate:
    """A management certificate with its private key, ready to authenticate TLS connections.

    ``source`` names where it came from (for messages). The key is not shown by ``repr``.
    """

    certificate: x509.Certificate
    key: PrivateKey = field(repr=False)
    chain: tuple[x509.Certificate, ...] = ()
    source: str = ""
    # PEM files that ssl can read as they are (no copy of the key is written anywhere).
    _pem_files: tuple[str, str | None] | None = field(default=None, repr=False)
    _password: bytes | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return (
            f"ClientCertificate(subject={self.subject!r}, thumbprint={self.thumbprint!r}, "
            f"not_valid_after={self.not_valid_after.isoformat()!r}, source={self.source!r})"
        )

    @property
    def thumbprint(self) -> str:
        """SHA-1 of the DER certificate in upper-case hex, as the Azure portal shows it."""
        return self.certificate.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def not_valid_before(self) -> datetime.datetime:
        return self.certificate.not_valid_before_utc

    @property
    def not_valid_after(self) -> datetime.datetime:
        return self.certificate.not_valid_after_utc

    def expired(self, now: datetime.datetime | None = None) -> bool:
        return (now or _now()) > self.not_valid_after

    def check_validity(self, now: datetime.datetime | None = None) -> None:
        """Warn (``CertificateWarning`` and the ``azure_asm`` logger) if ASM will refuse it."""
        moment = now or _now()
        problem = None
        if moment > self.not_valid_after:
            problem = f"expired on {self.not_valid_after:%Y-%m-%d %H:%M} UTC"
        elif moment < self.not_valid_before:
            problem = f"is not valid before {self.not_valid_before:%Y-%m-%d %H:%M} UTC"
        if problem is not None:
            message = (
                f"the management certificate {self.thumbprint} from {self.source} {problem}; "
                "the service will refuse requests with 403 ForbiddenError"
            )
            logger.warning(message)
            warnings.warn(message, CertificateWarning, stacklevel=3)

    def load_into(self, context: ssl.SSLContext) -> None:
        """Make ``context`` present this certificate (and its chain) with its key."""
        if self._pem_files is not None:
            certfile, keyfile = self._pem_files
            try:
                context.load_cert_chain(certfile, keyfile, password=self._password or _no_password)
                return
            except (ssl.SSLError, OSError, ValueError):
                pass  # e.g. the key comes before a chain ssl reads differently: use the copy
        _load_via_temporary_file(context, self)


def _no_password() -> str:
    raise ValueError("the private key is encrypted")


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _load_via_temporary_file(context: ssl.SSLContext, cert: ClientCertificate) -> None:
    one_time = secrets.token_urlsafe(32).encode("ascii")
    key_pem = cert.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(one_time),
    )
    chain_pem = b"".join(
        c.public_bytes(serialization.Encoding.PEM) for c in (cert.certificate, *cert.chain)
    )
    handle, path = tempfile.mkstemp(prefix="azure-asm-", suffix=".pem")  # mode 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(chain_pem + key_pem)
        context.load_cert_chain(path, password=one_time)
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise CertificateError(
            f"cannot use the certificate from {cert.source}: {type(exc).__name__}"
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


# --- loading ----------------------------------------------------------------------------------


def load_client_certificate(
    cert_file: str | os.PathLike[str],
    key_file: str | os.PathLike[str] | None = None,
    password: Password = None,
    *,
    warn_expired: bool = True,
) -> ClientCertificate:
    """Load a management certificate and its private key.

    ``cert_file`` is a PEM file holding the certificate and its key (``openssl req -x509
    -nodes ... -keyout F -out F``), a PEM or DER certificate whose key is in ``key_file``, or
    a PKCS#12 file (``.pfx``/``.p12``). ``password`` unlocks an encrypted PEM key or the
    PKCS#12 file. Raises ``CertificateError``; warns when the certificate is not valid now.
    """
    path = os.fspath(cert_file)
    data = _read(path, "certificate file")
    key_path = None if key_file is None else os.fspath(key_file)
    secret = _password_bytes(password)
    if key_path is None and _looks_like_pkcs12(path, data):
        cert = _from_pkcs12(data, secret, path)
    else:
        cert = _from_pem(path, data, key_path, secret)
    if warn_expired:
        cert.check_validity()
    return cert


def _read(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CertificateError(f"{what} {path!r} does not exist") from None
    except IsADirectoryError:
        raise CertificateError(f"{what} {path!r} is a directory") from None
    except OSError as exc:
        raise CertificateError(f"cannot read {what} {path!r}: {exc.strerror or exc}") from None
    if len(data) > _MAX_FILE_BYTES:
        raise CertificateError(f"{what} {path!r} is too large to be a certificate")
    return data


def _password_bytes(password: Password) -> bytes | None:
    if password is None:
        return None
    if isinstance(password, str):
        return password.encode("utf-8")
    if isinstance(password, bytes):
        return password
    raise TypeError(f"password: must be str or bytes, got {type(password).__name__}")


def _looks_like_pkcs12(path: str, data: bytes) -> bool:
    if path.lower().endswith(_PFX_SUFFIXES):
        return True
    # A DER SEQUENCE that is not a certificate: PKCS#12 is the other binary format in use.
    return data[:1] == b"\x30" and b"-----BEGIN" not in data[:64] and not _is_der_cert(data)


def _is_der_cert(data: bytes) -> bool:
    try:
        x509.load_der_x509_certificate(data)
    except ValueError:
        return False
    return True


def _from_pkcs12(
    data: bytes,
    password: bytes | None,
    source: str,
    what: str = "the PKCS#12 file {source!r}",
    password_hint: str = "cert_password=...",
) -> ClientCertificate:
    """Load a PKCS#12; `what` names it in errors and `password_hint` says how to give its
    password to the function the caller called."""
    named = what.format(source=source)
    loaded = None
    for attempt in (password, b"") if password is None else (password,):
        try:
            loaded = pkcs12.load_key_and_certificates(data, attempt)
            break
        except ValueError:
            continue
        except TypeError:
            continue
    if loaded is None:
        if password is None:
            raise CertificateError(
                f"{named} is protected by a password (pass it as {password_hint}), or it is "
                "not a PKCS#12 file"
            )
        raise CertificateError(f"wrong password for {named} (or it is not a PKCS#12 file)")
    key, certificate, extra = loaded
    if certificate is None and key is None:
        # A certificate stored without its key comes back among the "additional" ones.
        if extra:
            raise CertificateError(
                f"{named} holds a certificate but no private key; export it with its private key"
            )
        raise CertificateError(f"{named} holds no certificate")
    if certificate is None:
        raise CertificateError(f"{named} holds a private key but no certificate")
    if key is None:
        raise CertificateError(
            f"{named} holds a certificate but no private key; export it with its private key"
        )
    if not isinstance(key, PrivateKey):
        raise CertificateError(f"the private key in {source!r} is of an unsupported type")
    _require_match(key, certificate, source)
    return ClientCertificate(certificate, key, tuple(extra), source)


def _pem_blocks(data: bytes, kind: bytes) -> list[bytes]:
    """The PEM blocks of ``data`` whose label ends with ``kind`` (e.g. b"PRIVATE KEY")."""
    blocks: list[bytes] = []
    start = 0
    while True:
        begin = data.find(b"-----BEGIN ", start)
        if begin < 0:
            return blocks
        label_end = data.find(b"-----", begin + 11)
        if label_end < 0:
            return blocks
        label = data[begin + 11 : label_end]
        end_marker = b"-----END " + label + b"-----"
        end = data.find(end_marker, label_end)
        if end < 0:
            return blocks
        if label.endswith(kind):
            blocks.append(data[begin : end + len(end_marker)])
        start = end + len(end_marker)


def _from_pem(
    path: str, data: bytes, key_path: str | None, password: bytes | None
) -> ClientCertificate:
    certificates = _certificates(path, data)
    if key_path is None:
        key_source, key_data = path, data
    else:
        key_source, key_data = key_path, _read(key_path, "key file")
    keys = _pem_blocks(key_data, b"PRIVATE KEY")
    if not keys:
        if key_path is None:
            raise CertificateError(
                f"certificate file {path!r} holds a certificate but no private key; it must "
                "contain both the certificate and its key (openssl req -x509 -nodes ... "
                "-keyout F -out F), or name the key with key_file="
            )
        raise CertificateError(f"key file {key_path!r} holds no PEM private key")
    key = _load_pem_key(keys[0], password, key_source)
    leaf = next((c for c in certificates if _same_key(key, c)), None)
    if leaf is None:
        raise CertificateError(
            f"the private key in {key_source!r} does not belong to the certificate in {path!r}"
        )
    chain = tuple(c for c in certificates if c is not leaf)
    direct = (path, key_path) if certificates[0] is leaf else None
    return ClientCertificate(leaf, key, chain, path, direct, password)


def _certificates(path: str, data: bytes) -> list[x509.Certificate]:
    if _PEM_CERT in data:
        try:
            return list(x509.load_pem_x509_certificates(data))
        except ValueError:
            raise CertificateError(
                f"certificate file {path!r} holds a damaged certificate"
            ) from None
    if data[:1] == b"\x30":
        try:
            return [x509.load_der_x509_certificate(data)]
        except ValueError:
            pass
    raise CertificateError(f"certificate file {path!r} holds no PEM certificate")


def _load_pem_key(block: bytes, password: bytes | None, source: str) -> PrivateKey:
    # "BEGIN ENCRYPTED PRIVATE KEY" (PKCS#8) or "Proc-Type: 4,ENCRYPTED" (traditional).
    encrypted = b"ENCRYPTED" in block[:200]
    try:
        key = serialization.load_pem_private_key(block, password if encrypted else None)
    except TypeError:
        raise CertificateError(
            f"the private key in {source!r} is encrypted; pass its password (cert_password=...)"
        ) from None
    except ValueError:
        if encrypted:
            raise CertificateError(f"wrong password for the private key in {source!r}") from None
        raise CertificateError(f"the private key in {source!r} cannot be read") from None
    except Exception:  # cryptography raises UnsupportedAlgorithm and friends
        raise CertificateError(f"the private key in {source!r} cannot be read") from None
    if not isinstance(key, PrivateKey):
        raise CertificateError(f"the private key in {source!r} is of an unsupported type")
    return key


def _same_key(key: PrivateKey, certificate: x509.Certificate) -> bool:
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    try:
        return key.public_key().public_bytes(*spki) == certificate.public_key().public_bytes(*spki)
    except Exception:  # an unusual public key type in the certificate
        return False


def _require_match(key: PrivateKey, certificate: x509.Certificate, source: str) -> None:
    if not _same_key(key, certificate):
        raise CertificateError(f"the private key in {source!r} does not belong to its certificate")


# --- publish settings -------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishSettingsSubscription:
    """One subscription of a ``.publishsettings`` file, with its management certificate."""

    id: str
    name: str
    management_url: str
    certificate: ClientCertificate = field(repr=False)

    @property
    def host(self) -> str:
        """``host[:port]`` of the management endpoint."""
        url = self.management_url
        rest = url.split("://", 1)[1] if "://" in url else url
        return rest.split("/", 1)[0]


_PUBLISH_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


def read_publish_settings(
    path: str | os.PathLike[str], *, warn_expired: bool = True, password: Password = None
) -> list[PublishSettingsSubscription]:
    """The subscriptions of a ``.publishsettings`` file (schema 1.0 and 2.0), each with its
    management certificate (the PKCS#12 in ``ManagementCertificate``; ``password`` unlocks
    it where it is protected, as files written by some tools are)."""
    source = os.fspath(path)
    secret = _password_bytes(password)
    data = _read(source, "publish settings file")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise CertificateError(f"publish settings file {source!r} declares a DTD, which is refused")
    try:
        root = etree.fromstring(data, _PUBLISH_PARSER)
    except etree.XMLSyntaxError:
        raise CertificateError(f"publish settings file {source!r} is not well-formed XML") from None
    if root is None or etree.QName(root).localname != "PublishData":
        raise CertificateError(f"{source!r} is not a publish settings file (no <PublishData>)")
    found: list[PublishSettingsSubscription] = []
    cache: dict[str, ClientCertificate] = {}
    for profile in root:
        if not isinstance(profile.tag, str) or etree.QName(profile).localname != "PublishProfile":
            continue
        profile_url = profile.get("Url") or "https://management.core.windows.net/"
        profile_cert = profile.get("ManagementCertificate")
        for item in profile:
            if not isinstance(item.tag, str) or etree.QName(item).localname != "Subscription":
                continue
            subscription_id = (item.get("Id") or "").strip()
            encoded = item.get("ManagementCertificate") or profile_cert
            if not subscription_id or not encoded:
                raise CertificateError(
                    f"publish settings file {source!r}: a subscription lacks its Id or "
                    "ManagementCertificate"
                )
            certificate = cache.get(encoded)
            if certificate is None:
                certificate = _publish_certificate(encoded, source, warn_expired, secret)
                cache[encoded] = certificate
            found.append(
                PublishSettingsSubscription(
                    subscription_id,
                    item.get("Name") or "",
                    item.get("ServiceManagementUrl") or profile_url,
                    certificate,
                )
            )
    if not found:
        raise CertificateError(f"publish settings file {source!r} lists no subscription")
    return found


def _publish_certificate(
    encoded: str, source: str, warn_expired: bool, password: bytes | None
) -> ClientCertificate:
    try:
        der = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise CertificateError(
            f"publish settings file {source!r}: ManagementCertificate is not base64"
        ) from None
    cert = _from_pkcs12(
        der,
        password,
        source,
        "the management certificate in publish settings file {source!r}",
        "from_publish_settings(..., cert_password=...)",
    )
    if warn_expired:
        cert.check_validity()
    return cert


def choose_subscription(
    subscriptions: Sequence[PublishSettingsSubscription], subscription_id: str | None, source: str
) -> PublishSettingsSubscription:
    """The subscription ``subscription_id`` (or the only one) of a publish settings file."""
    if subscription_id is None:
        if len(subscriptions) == 1:
            return subscriptions[0]
        listed = ", ".join(f"{s.id} ({s.name})" for s in subscriptions)
        raise ValueError(
            f"subscription_id: {source!r} holds several subscriptions, name one of: {listed}"
        )
    for subscription in subscriptions:
        if subscription.id.lower() == subscription_id.lower():
            return subscription
    listed = ", ".join(s.id for s in subscriptions)
    raise ValueError(f"subscription_id: {subscription_id!r} is not in {source!r} (it has {listed})")
