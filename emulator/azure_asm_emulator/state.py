"""The emulator's state: management-certificate registry, resources, operations.

One re-entrant lock guards everything. The server holds it while a handler runs and while
due operations are settled, so handlers and operation work read and mutate the state without
any locking of their own; ASM request handling is short and in-memory here, so serialising it
costs nothing measurable and removes a whole class of bugs from code written later.

Only the certificate registry is persisted (``state.json`` in the emulator directory): it is
configuration the user set up with ``asm-emulator init``. Resources live in memory and vanish
with the process, which is what tests want from an emulator.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
import json
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from .backend import SubscriptionBackend
from .certs import thumbprint as thumbprint_of
from .clock import Clock
from .operations import DEFAULT_OPERATION_DELAY, OperationEngine

STATE_FILE = "state.json"
_STATE_FORMAT = 1
_THUMBPRINT = re.compile(r"^[0-9A-F]{40}$")
SUBSCRIPTIONS_SEGMENT = "subscriptions"
"""First path segment of List Subscriptions (``GET /subscriptions``): it names no subscription."""


@dataclass(frozen=True)
class ManagementCertificateRecord:
    """A management certificate registered for a subscription.

    ``der`` is None when only the thumbprint was registered; the certificate is then accepted
    by thumbprint, but the server cannot add it to its TLS trust store (which only matters in
    the ``registered`` client-certificate mode, see ``tls``).
    """

    thumbprint: str
    der: bytes | None = None

    def expired(self, now: datetime.datetime | None = None) -> bool:
        """Whether the certificate is outside its validity period (False if unknown).

        ASM refuses expired management certificates with the same 403 as unknown ones.
        """
        validity = self._validity
        if validity is None:
            return False
        moment = now or datetime.datetime.now(datetime.UTC)
        return not validity[0] <= moment <= validity[1]

    @functools.cached_property
    def _validity(self) -> tuple[datetime.datetime, datetime.datetime] | None:
        # Parsed once: the check runs on every request.
        if self.der is None:
            return None
        cert = x509.load_der_x509_certificate(self.der)
        return cert.not_valid_before_utc, cert.not_valid_after_utc


def normalize_thumbprint(value: str) -> str:
    """Upper-case a thumbprint and drop separators; raise ValueError if it is not SHA-1 hex."""
    cleaned = re.sub(r"[\s:]", "", value).upper()
    if not _THUMBPRINT.match(cleaned):
        raise ValueError(f"not a certificate thumbprint (40 hex digits): {value!r}")
    return cleaned


CertificateListener = Callable[[str, ManagementCertificateRecord], None]


class State:
    """Everything the emulator knows, behind one lock (``state.lock``, held inside handlers
    and operation work): ``backend(subscription_id)``'s typed collections, ``shared(kind)``
    for names ASM keeps unique across subscriptions (cloud service and storage account DNS
    names), ``resources(subscription_id, kind)`` for kinds without a typed collection."""

    def __init__(
        self,
        *,
        state_file: str | os.PathLike[str] | None = None,
        clock: Clock | None = None,
        operation_delay: float = DEFAULT_OPERATION_DELAY,
    ) -> None:
        self.lock = threading.RLock()
        self.state_file = Path(state_file) if state_file is not None else None
        self.operations = OperationEngine(self.lock, clock=clock, default_delay=operation_delay)
        self._certificates: dict[str, dict[str, ManagementCertificateRecord]] = {}
        self._resources: dict[tuple[str, str], dict[str, Any]] = {}
        self._backends: dict[str, SubscriptionBackend] = {}
        self._shared: dict[str, dict[str, Any]] = {}
        self._listeners: list[CertificateListener] = []

    @classmethod
    def load(
        cls,
        state_file: str | os.PathLike[str],
        *,
        clock: Clock | None = None,
        operation_delay: float = DEFAULT_OPERATION_DELAY,
    ) -> State:
        """A state whose certificate registry is read from (and saved to) ``state_file``."""
        state = cls(state_file=state_file, clock=clock, operation_delay=operation_delay)
        path = Path(state_file)
        if path.exists():
            state._read(path)
        return state

    def _read(self, path: Path) -> None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            subscriptions = document["subscriptions"]
            for subscription_id, entry in subscriptions.items():
                records = self._certificates.setdefault(subscription_id.lower(), {})
                for cert in entry.get("management_certificates", []):
                    der = (
                        base64.b64decode(cert["data"], validate=True) if cert.get("data") else None
                    )
                    record = ManagementCertificateRecord(
                        normalize_thumbprint(cert["thumbprint"]), der
                    )
                    records[record.thumbprint] = record
        except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise ValueError(f"{path}: not a valid emulator state file: {exc}") from exc

    def save(self) -> None:
        """Write the certificate registry to ``state_file`` atomically (no-op without one)."""
        if self.state_file is None:
            return
        with self.lock:
            document = {
                "format": _STATE_FORMAT,
                "subscriptions": {
                    subscription_id: {
                        "management_certificates": [
                            {
                                "thumbprint": record.thumbprint,
                                "data": base64.b64encode(record.der).decode()
                                if record.der is not None
                                else None,
                            }
                            for record in records.values()
                        ]
                    }
                    for subscription_id, records in self._certificates.items()
                },
            }
            temporary = self.state_file.with_name(self.state_file.name + ".tmp")
            temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
            os.replace(temporary, self.state_file)

    # -- management certificates -------------------------------------------------------------

    def add_certificate_listener(self, listener: CertificateListener) -> None:
        """Call ``listener(subscription_id, record)`` whenever a certificate is registered.

        The server uses this to extend its TLS trust store when a handler (``Add Management
        Certificate``) or a test registers a certificate while it runs.
        """
        with self.lock:
            self._listeners.append(listener)

    def register_certificate(
        self, subscription_id: str, certificate: bytes | str, *, persist: bool = True
    ) -> str:
        """Register a management certificate for a subscription and return its thumbprint.

        ``certificate`` is the DER certificate (preferred: it lets the server trust it at the
        TLS layer and check its expiry) or just its thumbprint. The subscription comes into
        existence with its first certificate. Saved to ``state_file`` unless ``persist`` is
        False.
        """
        if isinstance(certificate, bytes):
            x509.load_der_x509_certificate(certificate)  # reject garbage early
            record = ManagementCertificateRecord(thumbprint_of(certificate), certificate)
        else:
            record = ManagementCertificateRecord(normalize_thumbprint(certificate))
        subscription = subscription_id.lower()
        with self.lock:
            records = self._certificates.setdefault(subscription, {})
            existing = records.get(record.thumbprint)
            if existing is None or existing.der is None:
                records[record.thumbprint] = record
            listeners = list(self._listeners)
            if persist:
                self.save()
        for listener in listeners:
            listener(subscription, record)
        return record.thumbprint

    def unregister_certificate(self, subscription_id: str, thumbprint: str) -> bool:
        """Forget a management certificate; return whether it was registered."""
        key = normalize_thumbprint(thumbprint)
        with self.lock:
            records = self._certificates.get(subscription_id.lower(), {})
            if records.pop(key, None) is None:
                return False
            self.save()
            return True

    def certificates(self, subscription_id: str) -> list[ManagementCertificateRecord]:
        """The certificates registered for a subscription (empty for an unknown one)."""
        with self.lock:
            return list(self._certificates.get(subscription_id.lower(), {}).values())

    def all_certificates(self) -> Iterable[ManagementCertificateRecord]:
        """Every registered certificate of every subscription."""
        with self.lock:
            return [
                record for records in self._certificates.values() for record in records.values()
            ]

    def authorize(self, subscription_id: str, thumbprint: str) -> bool:
        """Whether ``thumbprint`` is a valid management certificate of ``subscription_id``.

        ``subscription_id`` is the first path segment. ``/subscriptions`` (List Subscriptions)
        is the one ASM call not made under a subscription: any certificate that is a valid
        management certificate of at least one subscription may make it.
        """
        if subscription_id.lower() == SUBSCRIPTIONS_SEGMENT:
            return bool(self.subscriptions_of(thumbprint))
        with self.lock:
            record = self._certificates.get(subscription_id.lower(), {}).get(thumbprint.upper())
        return record is not None and not record.expired()

    def subscriptions_of(self, thumbprint: str) -> list[str]:
        """The subscriptions ``thumbprint`` is a valid (unexpired) management certificate of."""
        key = thumbprint.upper()
        with self.lock:
            return [
                subscription_id
                for subscription_id, records in self._certificates.items()
                if key in records and not records[key].expired()
            ]

    # -- resources ---------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every resource and operation of every subscription, as a fresh start would;
        the management certificates stay registered. For a server shared by many tests."""
        with self.lock:
            self._resources.clear()
            self._backends.clear()
            self._shared.clear()
            self.operations.reset()

    def backend(self, subscription_id: str) -> SubscriptionBackend:
        """The typed collections of a subscription (created on first use)."""
        subscription = subscription_id.lower()
        found = self._backends.get(subscription)
        if found is None:
            found = self._backends[subscription] = SubscriptionBackend(subscription)
        return found

    def resources(self, subscription_id: str, kind: str) -> dict[str, Any]:
        """The dict of ``kind`` resources of a subscription; not for the backend's kinds
        (``SubscriptionBackend.KINDS``), which a dict here would silently store twice."""
        if kind in SubscriptionBackend.KINDS:
            raise KeyError(
                f"{kind!r} lives in the typed backend: "
                f"state.backend(...).{SubscriptionBackend.KINDS[kind]}"
            )
        return self._resources.setdefault((subscription_id.lower(), kind), {})

    def shared(self, kind: str) -> dict[str, Any]:
        """The mutable dict of ``kind`` entries shared by all subscriptions."""
        return self._shared.setdefault(kind, {})
