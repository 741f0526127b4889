"""Service certificates (.pfx and .cer) and management certificates, as deployment scripts
upload them: base64 file contents, thumbprints in upper-case hex."""

import base64
import datetime
import json
import sys
import time

from azure.common import AzureConflictHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import *  # noqa: F403
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

POLL_SECONDS = 0.05


def self_signed(common_name):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def wait_for_async(sms, request_id):
    result = sms.get_operation_status(request_id)
    while result.status == "InProgress":
        time.sleep(POLL_SECONDS)
        result = sms.get_operation_status(request_id)
    return result.status


def main(subscription_id, cert_file, host):
    sms = ServiceManagementService(subscription_id, cert_file, host)  # noqa: F405
    out = {}
    service = "compatcerts"
    wait_for_async(sms, sms.create_hosted_service(service, service, location="West US").request_id)

    key, cert = self_signed("compat pfx")
    pfx = pkcs12.serialize_key_and_certificates(
        b"compat", key, cert, None, serialization.BestAvailableEncryption(b"Python")
    )
    pfx_thumbprint = cert.fingerprint(hashes.SHA1()).hex().upper()
    result = sms.add_service_certificate(
        service, base64.b64encode(pfx).decode("ascii"), "pfx", "Python"
    )
    out["add_pfx"] = wait_for_async(sms, result.request_id)

    _, cer = self_signed("compat cer")
    cer_data = base64.b64encode(cer.public_bytes(serialization.Encoding.DER)).decode("ascii")
    cer_thumbprint = cer.fingerprint(hashes.SHA1()).hex().upper()
    result = sms.add_service_certificate(service, cer_data, "cer", "")
    out["add_cer"] = wait_for_async(sms, result.request_id)

    certificates = sms.list_service_certificates(service)
    out["listed"] = sorted(
        [
            c.thumbprint in (pfx_thumbprint, cer_thumbprint),
            c.thumbprint_algorithm,
            c.certificate_url.endswith(c.thumbprint_algorithm + "-" + c.thumbprint),
        ]
        for c in certificates
    )
    got = sms.get_service_certificate(service, "sha1", pfx_thumbprint)
    out["got_data_is_cer"] = x509.load_der_x509_certificate(base64.b64decode(got.data)).fingerprint(
        hashes.SHA1()
    ) == cert.fingerprint(hashes.SHA1())

    try:
        sms.add_service_certificate(service, cer_data, "cer", "")
        out["duplicate"] = "no error"
    except AzureConflictHttpError as e:
        out["duplicate"] = ["AzureConflictHttpError", e.status_code]

    result = sms.delete_service_certificate(service, "sha1", pfx_thumbprint)
    out["delete"] = wait_for_async(sms, result.request_id)
    try:
        sms.get_service_certificate(service, "sha1", pfx_thumbprint)
        out["after_delete"] = "still there"
    except AzureMissingResourceHttpError as e:
        out["after_delete"] = ["AzureMissingResourceHttpError", e.status_code]
    out["left"] = len(sms.list_service_certificates(service))

    # Management certificates: the public key and the certificate, both base64 DER.
    before = len(sms.list_management_certificates())
    mkey, mcert = self_signed("compat management")
    public_key = mkey.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    thumbprint = mcert.fingerprint(hashes.SHA1()).hex().upper()
    sms.add_management_certificate(
        base64.b64encode(public_key).decode("ascii"),
        thumbprint,
        base64.b64encode(mcert.public_bytes(serialization.Encoding.DER)).decode("ascii"),
    )
    certificates = sms.list_management_certificates()
    out["management_added"] = len(certificates) - before
    got = sms.get_management_certificate(thumbprint)
    out["management_thumbprint_matches"] = got.subscription_certificate_thumbprint == thumbprint
    sms.delete_management_certificate(thumbprint)
    out["management_after_delete"] = len(sms.list_management_certificates()) - before

    wait_for_async(sms, sms.delete_hosted_service(service).request_id)
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))
