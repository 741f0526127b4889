"""Mapping ASM error responses to exceptions, including hostile and non-XML bodies."""

from __future__ import annotations

import email.utils
import pickle
import time
from pathlib import Path

import pytest

from azure_asm_runtime.errors import (
    AsmConnectionError,
    AsmError,
    AsmHttpError,
    AsmTimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    OperationFailedError,
    OperationTimeoutError,
    ResourceNotFoundError,
    ResponseParseError,
    ServerError,
    ThrottledError,
    UnknownElementError,
    error_from_response,
)
from azure_asm_runtime.http import HttpResponse

NS = "http://schemas.microsoft.com/windowsazure"


def asm_error(code: str, message: str) -> bytes:
    return (
        f'<Error xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
        f"<Code>{code}</Code><Message>{message}</Message></Error>"
    ).encode()


def response(status: int, body: bytes, **headers: str) -> HttpResponse:
    return HttpResponse(status, {k.replace("_", "-"): v for k, v in headers.items()}, body)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AsmHttpError),
        (403, ForbiddenError),
        (404, ResourceNotFoundError),
        (405, AsmHttpError),
        (409, ConflictError),
        (412, AsmHttpError),
        (429, ThrottledError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
    ],
)
def test_status_selects_class(status: int, cls: type[AsmHttpError]) -> None:
    error = error_from_response(response(status, asm_error("SomeCode", "Some message.")))
    assert type(error) is cls
    assert error.status == status
    assert error.code == "SomeCode"
    assert error.message == "Some message."


def test_fields_and_str() -> None:
    body = asm_error("ResourceNotFound", "The hosted service does not exist.")
    error = error_from_response(response(404, body, x_ms_request_id="abc"))
    assert isinstance(error, ResourceNotFoundError)
    assert isinstance(error, AsmError)
    assert error.request_id == "abc"
    assert str(error) == "404 ResourceNotFound: The hosted service does not exist. (request id abc)"


def test_request_id_header_any_case() -> None:
    error = error_from_response(HttpResponse(400, {"X-MS-Request-ID": "r1"}, b""))
    assert error.request_id == "r1"


def test_error_without_namespace_and_with_whitespace() -> None:
    body = b"<?xml version='1.0' encoding='utf-8'?>\n<Error>\n <Code> BadRequest </Code>\n"
    body += b" <Message>\n  Bad\n  thing.\n </Message>\n</Error>\n"
    error = error_from_response(response(400, body))
    assert (error.code, error.message) == ("BadRequest", "Bad thing.")


@pytest.mark.parametrize("code", ["TooManyRequests", "ServerBusy", "serverbusy"])
def test_503_with_throttling_code_is_throttled(code: str) -> None:
    assert type(error_from_response(response(503, asm_error(code, "Slow down.")))) is (
        ThrottledError
    )


def test_503_with_retry_after_is_throttled() -> None:
    error = error_from_response(response(503, b"", Retry_After="7"))
    assert type(error) is ThrottledError
    assert error.retry_after == 7.0


def test_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    error = error_from_response(response(429, b"", Retry_After=when))
    assert error.retry_after is not None and 25 <= error.retry_after <= 31


def test_retry_after_garbage_is_ignored() -> None:
    error = error_from_response(response(503, b"", Retry_After="soon"))
    assert type(error) is ServerError and error.retry_after is None


def test_empty_body_uses_reason() -> None:
    error = error_from_response(response(404, b""))
    assert error.code is None
    assert error.message == "Not Found"
    assert str(error) == "404: Not Found"


def test_unknown_status_never_raises() -> None:
    error = error_from_response(response(599, b""))
    assert type(error) is ServerError and error.message == "HTTP error"
    assert type(error_from_response(response(499, b"\xff\xfe"))) is AsmHttpError


def test_html_body_gives_short_text() -> None:
    body = (
        b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
        + b"<h1>Bad Gateway</h1><p>"
        + b"The proxy failed. " * 200
        + b"</p></body></html>"
    )
    error = error_from_response(response(502, body))
    assert type(error) is ServerError
    assert error.code is None
    assert error.message.startswith("502 Bad Gateway Bad Gateway The proxy failed.")
    assert "<" not in error.message
    assert len(error.message) <= 200 and error.message.endswith("...")


@pytest.mark.parametrize(
    "body",
    [
        b"not xml at all",
        b"<Error><Code>Broken",
        b"<Error><Code>A</Code></Wrong>",
        b"\x00\x01\x02garbage\xff",
        b"<Other><Code>X</Code></Other>",
        b"<" * 100_000,
    ],
)
def test_garbage_bodies(body: bytes) -> None:
    error = error_from_response(response(400, body))
    assert type(error) is BadRequestError
    assert error.code is None
    assert error.message  # something readable, never empty
    assert len(error.message) <= 200
    assert "\x00" not in error.message


def test_control_characters_are_not_passed_through() -> None:
    error = error_from_response(response(400, asm_error("X", "line1&#10;FAKE LOG\x1b[31m")))
    assert "\n" not in error.message and "\x1b" not in error.message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Error [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Error><Code>&lol9;</Code><Message>&lol9;</Message></Error>"""


def test_billion_laughs_is_not_expanded() -> None:
    started = time.monotonic()
    error = error_from_response(response(400, BILLION_LAUGHS))
    assert time.monotonic() - started < 1.0
    assert type(error) is BadRequestError
    assert error.code is None
    assert "lollol" not in error.message
    assert len(error.message) <= 200


def test_external_entity_is_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE Error [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"<Error><Code>&xxe;</Code><Message>&xxe;</Message></Error>"
    ).encode()
    error = error_from_response(response(400, body))
    assert error.code is None
    assert "TOP-SECRET-CONTENT" not in str(error)


def test_doctype_in_utf16_is_rejected() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE Error [<!ENTITY a "INJECTED">]>'
        "<Error><Code>&a;</Code><Message>m</Message></Error>"
    ).encode("utf-16")
    error = error_from_response(response(400, body))
    assert error.code is None
    assert "INJECTED" not in str(error)


def test_oversized_xml_is_not_parsed() -> None:
    body = asm_error("Big", "x" * 100_000)
    error = error_from_response(response(400, body))
    assert error.code is None and len(error.message) <= 200


def test_long_message_is_truncated() -> None:
    error = error_from_response(response(400, asm_error("Long", "y" * 5000)))
    assert error.code == "Long"
    assert len(error.message) <= 2000


def test_http_errors_pickle() -> None:
    error = error_from_response(
        response(409, asm_error("ConflictError", "Busy."), x_ms_request_id="r")
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ConflictError
    assert (copy.status, copy.code, copy.message, copy.request_id) == (
        409,
        "ConflictError",
        "Busy.",
        "r",
    )
    assert str(copy) == str(error)


def test_hierarchy() -> None:
    assert issubclass(UnknownElementError, ResponseParseError)
    assert issubclass(ResponseParseError, AsmError)
    assert issubclass(AsmTimeoutError, AsmConnectionError)
    assert issubclass(AsmConnectionError, AsmError)
    for cls in (
        BadRequestError,
        ForbiddenError,
        ResourceNotFoundError,
        ConflictError,
        ThrottledError,
        ServerError,
    ):
        assert issubclass(cls, AsmHttpError)
    assert issubclass(OperationFailedError, AsmError)
    assert issubclass(OperationTimeoutError, AsmError)


def test_unknown_element_error_names_paths() -> None:
    paths = ["Deployment/RoleInstanceList/RoleInstance/GuestAgentStatus", "Deployment/Foo"]
    error = UnknownElementError(paths)
    assert error.elements == tuple(paths)
    assert "Deployment/RoleInstanceList/RoleInstance/GuestAgentStatus" in str(error)
    assert "Deployment/Foo" in str(error)
    many = UnknownElementError(f"A/B{i}" for i in range(25))
    assert "and 15 more" in str(many) and len(many.elements) == 25
    assert pickle.loads(pickle.dumps(error)).elements == tuple(paths)


def test_operation_errors() -> None:
    failed = OperationFailedError("req-1", "Failed", "BadRequest", "The name is taken.", 400)
    assert (failed.request_id, failed.status, failed.code, failed.http_status_code) == (
        "req-1",
        "Failed",
        "BadRequest",
        400,
    )
    assert str(failed) == "operation req-1 Failed (HTTP 400): BadRequest: The name is taken."
    assert pickle.loads(pickle.dumps(failed)).message == "The name is taken."
    timeout = OperationTimeoutError("req-2", "InProgress", 30.0)
    assert (timeout.request_id, timeout.last_status) == ("req-2", "InProgress")
    assert str(timeout) == "operation req-2 did not finish within 30 s (last status InProgress)"
    assert "unknown" in str(OperationTimeoutError("req-3", None))
    bare = OperationFailedError("req-4", "Failed", None, None)
    assert str(bare) == "operation req-4 Failed: no error details"
