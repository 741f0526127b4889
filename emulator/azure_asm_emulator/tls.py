"""The server's TLS context, and how it accepts self-signed client certificates.

The problem. ASM management certificates are self-signed, and ASM accepts *any* client
certificate during the TLS handshake: authorisation happens afterwards, per request, by looking
the certificate's thumbprint up among the subscription's management certificates, and an
unknown certificate gets an HTTP ``403 ForbiddenError``, not a failed handshake. Python's
``ssl`` module cannot express "request a client certificate but do not verify its chain":
``CERT_OPTIONAL`` and ``CERT_REQUIRED`` both make OpenSSL verify a presented certificate
against the trust store and abort the handshake when that fails, and ``CERT_NONE`` does not
ask the client for a certificate at all. There is no Python API for OpenSSL's verify callback.

The two modes (``ClientCertMode``):

``"any"`` (what ASM does)
    ``verify_mode = CERT_REQUIRED`` (so a client without a certificate fails the handshake),
    plus an OpenSSL verify callback that accepts whatever chain is presented, installed with
    ``SSL_CTX_set_verify`` through ``ctypes`` on the ``SSL_CTX`` inside the ``SSLContext``.
    This is safe for authentication: chain verification is the only thing skipped; OpenSSL
    still checks the client's ``CertificateVerify`` signature, so the client has proven it
    holds the private key of the very certificate whose thumbprint the server then checks.
    Python's own ``verify_mode`` setter keeps an installed callback, so later changes do not
    undo it. The ``SSL_CTX`` pointer is read from the ``_ssl._SSLContext`` object (it is the
    first field after the object header in every CPython 3 release); before writing anything
    the code checks it is running on CPython, that the OpenSSL library it resolved is the one
    ``ssl`` was built against, and that the pointer's verify mode is the one Python reports.

``"registered"`` (portable fallback)
    ``CERT_REQUIRED`` with every registered management certificate loaded as a trust anchor
    (``load_verify_locations(cadata=der)``). OpenSSL accepts a self-signed certificate that is
    itself in the trust store, and certificates registered later are added to the live
    context, where new handshakes see them. The difference from ASM: an unregistered
    certificate fails the handshake instead of getting a 403 (a certificate registered for
    *another* subscription still gets the 403), and certificates registered by thumbprint only
    cannot be trusted at the TLS layer.

``"auto"`` picks ``"any"`` when it can be installed and ``"registered"`` otherwise.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import ssl
from collections.abc import Iterable
from typing import Literal

logger = logging.getLogger("azure_asm_emulator")

ClientCertMode = Literal["auto", "any", "registered"]

_SSL_VERIFY_PEER = 0x01
_SSL_VERIFY_FAIL_IF_NO_PEER_CERT = 0x02

_VerifyCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)


def _accept_chain(preverify_ok: int, store_ctx: int | None) -> int:
    # Any chain is acceptable: authorisation is by thumbprint, per request (see module doc).
    return 1


# One stateless callback serves every context; a module global keeps it alive for as long as
# OpenSSL may call it.
_ACCEPT_CHAIN = _VerifyCallback(_accept_chain)


class AcceptAnyUnavailable(RuntimeError):
    """The ``"any"`` client-certificate mode cannot be installed on this Python."""


def _libssl() -> ctypes.CDLL:
    # Resolve symbols through the `_ssl` extension module itself: dlsym on its handle searches
    # the libssl it is linked against, never some other copy found on the library path.
    module_file = getattr(ssl._ssl, "__file__", None)  # type: ignore[attr-defined]
    library = ctypes.CDLL(module_file) if module_file else ctypes.CDLL(None)
    library.OpenSSL_version_num.restype = ctypes.c_ulong
    library.OpenSSL_version_num.argtypes = []
    library.SSL_CTX_get_verify_mode.restype = ctypes.c_int
    library.SSL_CTX_get_verify_mode.argtypes = [ctypes.c_void_p]
    library.SSL_CTX_get_verify_callback.restype = ctypes.c_void_p
    library.SSL_CTX_get_verify_callback.argtypes = [ctypes.c_void_p]
    library.SSL_CTX_set_verify.restype = None
    library.SSL_CTX_set_verify.argtypes = [ctypes.c_void_p, ctypes.c_int, _VerifyCallback]
    return library


def accept_any_client_certificate(context: ssl.SSLContext) -> None:
    """Make ``context`` require a client certificate but accept any chain (mode ``"any"``).

    Raises ``AcceptAnyUnavailable`` (having changed nothing) when the safety checks described
    in the module docstring fail.
    """
    if platform.python_implementation() != "CPython":
        raise AcceptAnyUnavailable("needs CPython's _ssl module layout")
    try:
        library = _libssl()
    except (OSError, AttributeError) as exc:
        raise AcceptAnyUnavailable(f"OpenSSL symbols not found: {exc}") from exc
    if library.OpenSSL_version_num() != ssl.OPENSSL_VERSION_NUMBER:
        raise AcceptAnyUnavailable("resolved a different OpenSSL than the ssl module uses")
    context.verify_mode = ssl.CERT_REQUIRED
    expected = _SSL_VERIFY_PEER | _SSL_VERIFY_FAIL_IF_NO_PEER_CERT
    # PySSLContext starts with PyObject_HEAD followed by `SSL_CTX *ctx`.
    pointer = ctypes.c_void_p.from_address(id(context) + object.__basicsize__).value
    if not pointer or library.SSL_CTX_get_verify_mode(pointer) != expected:
        raise AcceptAnyUnavailable("could not locate the SSL_CTX of the SSLContext")
    library.SSL_CTX_set_verify(pointer, expected, _ACCEPT_CHAIN)
    installed = library.SSL_CTX_get_verify_callback(pointer)
    if installed != ctypes.cast(_ACCEPT_CHAIN, ctypes.c_void_p).value:
        raise AcceptAnyUnavailable("the verify callback did not stick")


def trust_certificate(context: ssl.SSLContext, cert_der: bytes) -> None:
    """Add a (self-signed) client certificate to the trust store (mode ``"registered"``)."""
    context.load_verify_locations(cadata=cert_der)


def server_context(
    cert_file: str | os.PathLike[str],
    key_file: str | os.PathLike[str],
    *,
    mode: ClientCertMode = "auto",
    trusted: Iterable[bytes] = (),
) -> tuple[ssl.SSLContext, Literal["any", "registered"]]:
    """Build the server's context and return it with the client-certificate mode in effect.

    ``trusted`` are the DER client certificates to load as trust anchors in ``"registered"``
    mode (ignored in ``"any"`` mode, where nothing needs trusting).
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(os.fspath(cert_file), os.fspath(key_file))
    context.verify_mode = ssl.CERT_REQUIRED
    if mode in ("auto", "any"):
        try:
            accept_any_client_certificate(context)
            return context, "any"
        except AcceptAnyUnavailable as exc:
            if mode == "any":
                raise
            logger.warning(
                "accepting only registered client certificates at the TLS layer: %s", exc
            )
    elif mode != "registered":
        raise ValueError(f"unknown client certificate mode {mode!r}")
    for der in trusted:
        trust_certificate(context, der)
    return context, "registered"
