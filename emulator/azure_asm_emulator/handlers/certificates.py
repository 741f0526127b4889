"""Service certificates of cloud services and management certificates of the subscription.

Service certificates live in ``state.backend(sub).service_certificates`` under
``"<service>/<algorithm>-<THUMBPRINT>"``, only their public part (the private key of an
uploaded ``.pfx`` is not kept, as ASM answers none); adding one is asynchronous and holds
``servicecertificate:<key>``. The path segment ``{thumbalgorithm}-{thumbprint}`` holds two
parameters, so those routes use a one-parameter template and split it (only ``sha1`` exists).

Adding a management certificate registers it in the emulator's authorisation registry
(``State.register_certificate``, saved with the emulator directory), so requests made with it
are accepted from then on; deleting it makes them 403 again. When each was added is kept in
``backend.management_certificates_added``.
"""

from __future__ import annotations

import base64
import binascii
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from azure_asm.models import Certificate as CertificateModel
from azure_asm.models import CertificateFile, SubscriptionCertificate, SubscriptionCertificateInput

from ..certs import thumbprint as thumbprint_of
from ..errors import bad_request
from ..operations import LOCK_NOUNS
from ..routing import Request, Response
from ..state import State, normalize_thumbprint
from .compute_common import management_url
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

LOCK_NOUNS.setdefault("servicecertificate", "certificate")

ALGORITHM = "sha1"
_CERTIFICATE_SEGMENT = (
    "/{subscription_id}/services/hostedservices/{service_name}/certificates/{certificate}"
)


def _decode(text: str | None, what: str) -> bytes:
    try:
        data = base64.b64decode((text or "").encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        raise bad_request(f"The {what} is not valid base64 data.") from None
    if not data:
        raise bad_request(f"The {what} is empty.")
    return data


def _split_certificate_segment(segment: str) -> tuple[str, str]:
    algorithm, separator, value = segment.partition("-")
    if not separator or not value:
        raise not_found(f"The certificate {segment} does not exist.")
    return algorithm.lower(), value.upper()


def _service_key(service_name: str, algorithm: str, thumbprint: str) -> str:
    return f"{service_name.lower()}/{algorithm.lower()}-{thumbprint.upper()}"


def _public_certificate(body: CertificateFile) -> x509.Certificate:
    data = _decode(body.data, "certificate data")
    if body.certificate_format == "cer":
        try:
            if data.lstrip().startswith(b"-----BEGIN"):
                return x509.load_pem_x509_certificate(data)
            return x509.load_der_x509_certificate(data)
        except ValueError:
            raise bad_request("The certificate data is not a valid .cer certificate.") from None
    if body.certificate_format != "pfx":
        raise bad_request(
            f"The certificate format '{body.certificate_format}' is not valid: use pfx or cer."
        )
    if body.password is None:
        raise bad_request("A password is required for a certificate in pfx format.")
    try:
        _, certificate, _ = pkcs12.load_key_and_certificates(data, body.password.encode("utf-8"))
    except ValueError:
        raise bad_request(
            "The certificate data is not a valid pfx file or the password is incorrect."
        ) from None
    if certificate is None:
        raise bad_request("The pfx file holds no certificate.")
    return certificate


def _certificate_view(
    request: Request, key: str, certificate: CertificateModel
) -> CertificateModel:
    service, _, name = key.partition("/")
    return CertificateModel(
        certificate_url=management_url(
            request, f"/services/hostedservices/{service}/certificates/{name}"
        ),
        thumbprint=certificate.thumbprint,
        thumbprint_algorithm=certificate.thumbprint_algorithm,
        data=certificate.data,
    )


@router.handles("list_service_certificates")
def list_service_certificates(call: Call[None]) -> list[CertificateModel]:
    service_name = call.param("service_name")
    call.backend.hosted_services.get_or_404(service_name)
    prefix = service_name.lower() + "/"
    table = call.backend.service_certificates
    keys = sorted(key for key in table if key.startswith(prefix))
    return [_certificate_view(call.request, key, table[key]) for key in keys]


def _require_service_certificate(call: Call[None]) -> tuple[str, CertificateModel]:
    service_name = call.param("service_name")
    call.backend.hosted_services.get_or_404(service_name)
    algorithm, thumbprint = _split_certificate_segment(call.param("certificate"))
    key = _service_key(service_name, algorithm, thumbprint)
    table = call.backend.service_certificates
    certificate = table.get(key)
    if certificate is None:
        raise table.not_found(f"{algorithm}-{thumbprint}")
    return key, certificate


@router.handles("get_service_certificate", template=_CERTIFICATE_SEGMENT)
def get_service_certificate(call: Call[None]) -> CertificateModel:
    key, certificate = _require_service_certificate(call)
    return _certificate_view(call.request, key, certificate)


def _check_certificate_file(call: Call[CertificateFile], body: CertificateFile) -> None:
    _decode(body.data, "certificate data")
    if body.certificate_format not in ("cer", "pfx"):
        raise bad_request(
            f"The certificate format '{body.certificate_format}' is not valid: use pfx or cer."
        )


@router.handles("add_service_certificate", check=_check_certificate_file)
def add_service_certificate(call: Call[CertificateFile]) -> Response:
    state = call.state
    service_name = call.param("service_name")
    call.backend.hosted_services.get_or_404(service_name)
    certificate = _public_certificate(call.body)
    der = certificate.public_bytes(serialization.Encoding.DER)
    thumbprint = thumbprint_of(der)
    key = _service_key(service_name, ALGORITHM, thumbprint)
    table = call.backend.service_certificates
    lock = f"servicecertificate:{key}"
    state.operations.require_unlocked(lock)
    if key in table:
        raise table.conflict(f"{ALGORITHM}-{thumbprint}")
    model = CertificateModel(
        thumbprint=thumbprint,
        thumbprint_algorithm=ALGORITHM,
        data=base64.b64encode(der).decode("ascii"),
    )

    def work() -> None:
        table[key] = model

    return call.accepted(lock_keys=[lock], work=work)


@router.handles("delete_service_certificate", template=_CERTIFICATE_SEGMENT)
def delete_service_certificate(call: Call[None]) -> Response:
    state = call.state
    key, _ = _require_service_certificate(call)
    lock = f"servicecertificate:{key}"
    state.operations.require_unlocked(lock)
    table = call.backend.service_certificates

    def work() -> None:
        table.pop(key, None)

    return call.accepted(lock_keys=[lock], work=work)


# --- management certificates --------------------------------------------------------------


def _added(state: State, subscription_id: str, thumbprint: str) -> datetime.datetime:
    table = state.backend(subscription_id).management_certificates_added
    return table.setdefault(thumbprint, datetime.datetime.now(datetime.UTC).replace(microsecond=0))


def _management_view(
    state: State, subscription_id: str, thumbprint: str, der: bytes | None
) -> SubscriptionCertificate:
    public_key = data = None
    if der is not None:
        public = x509.load_der_x509_certificate(der).public_key()
        # ASM shows an RSA key as PKCS#1 (``MIIBCgKCAQEA...``), other keys as SubjectPublicKeyInfo.
        form = (
            serialization.PublicFormat.PKCS1
            if isinstance(public, rsa.RSAPublicKey)
            else serialization.PublicFormat.SubjectPublicKeyInfo
        )
        key = public.public_bytes(serialization.Encoding.DER, form)
        public_key = base64.b64encode(key).decode("ascii")
        data = base64.b64encode(der).decode("ascii")
    return SubscriptionCertificate(
        subscription_certificate_public_key=public_key,
        subscription_certificate_thumbprint=thumbprint,
        subscription_certificate_data=data,
        created=_added(state, subscription_id, thumbprint),
    )


def _thumbprint_param(request: Request) -> str:
    try:
        return normalize_thumbprint(request.path_params["thumbprint"])
    except ValueError:
        raise not_found(
            f"The certificate {request.path_params['thumbprint']} does not exist."
        ) from None


@router.handles("list_management_certificates")
def list_management_certificates(call: Call[None]) -> list[SubscriptionCertificate]:
    state, subscription_id = call.state, call.subscription_id
    found = sorted(state.certificates(subscription_id), key=lambda record: record.thumbprint)
    return [_management_view(state, subscription_id, r.thumbprint, r.der) for r in found]


@router.handles("get_management_certificate")
def get_management_certificate(call: Call[None]) -> SubscriptionCertificate:
    state, subscription_id = call.state, call.subscription_id
    wanted = _thumbprint_param(call.request)
    for record in state.certificates(subscription_id):
        if record.thumbprint == wanted:
            return _management_view(state, subscription_id, record.thumbprint, record.der)
    raise not_found(f"The certificate {wanted} does not exist.")


# Not the generated validator: the emulator takes a thumbprint with separators
# (``normalize_thumbprint``), which the spec's pattern refuses.
@router.handles("add_management_certificate", status=201, validate=False)
def add_management_certificate(call: Call[SubscriptionCertificateInput]) -> None:
    state, subscription_id, body = call.state, call.subscription_id, call.body
    _decode(body.public_key, "public key")
    der = _decode(body.data, "certificate data")
    try:
        x509.load_der_x509_certificate(der)
    except ValueError:
        raise bad_request("The certificate data is not a valid X.509 certificate (DER).") from None
    actual = thumbprint_of(der)
    try:
        given = normalize_thumbprint(body.thumbprint or "")
    except ValueError:
        raise bad_request(f"The thumbprint '{body.thumbprint}' is not valid.") from None
    if given != actual:
        raise bad_request(
            f"The thumbprint {given} does not match the certificate data (thumbprint {actual})."
        )
    if any(record.thumbprint == actual for record in state.certificates(subscription_id)):
        raise conflict(f"The certificate {actual} is already a management certificate.")
    state.register_certificate(subscription_id, der)
    added = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    call.backend.management_certificates_added[actual] = added


@router.handles("delete_management_certificate")
def delete_management_certificate(call: Call[None]) -> None:
    wanted = _thumbprint_param(call.request)
    if not call.state.unregister_certificate(call.subscription_id, wanted):
        raise not_found(f"The certificate {wanted} does not exist.")
    call.backend.management_certificates_added.pop(wanted, None)
