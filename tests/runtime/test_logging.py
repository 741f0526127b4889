"""The SDK logs on the standard `azure_asm` logger and is quiet until the application says so."""

from __future__ import annotations

import importlib.metadata
import logging
import os
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from azure_asm import NO_RETRY, AsmConnectError, ServiceManagementService
from azure_asm_runtime.client import USER_AGENT
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.version import __version__


def test_the_azure_asm_logger_has_a_null_handler() -> None:
    import azure_asm_runtime  # noqa: F401 - attaches the handler

    handlers = logging.getLogger("azure_asm").handlers
    assert any(isinstance(handler, logging.NullHandler) for handler in handlers)


def test_nothing_is_printed_by_default_and_debug_shows_requests() -> None:
    code = textwrap.dedent(
        """
        import logging, sys
        from azure_asm import ServiceManagementService
        from azure_asm_runtime.http import HttpResponse

        class Answer:
            def send(self, request, timeout=None):
                body = (b"<Locations xmlns='http://schemas.microsoft.com/windowsazure'>"
                        b"</Locations>")
                return HttpResponse(200, {}, body)

        client = ServiceManagementService("sub", transport=Answer())
        logging.getLogger("azure_asm").warning("a library warning")  # no last-resort output
        client.list_locations()
        if sys.argv[1] == "debug":
            logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
            client.list_locations()
        """
    )

    def run(mode: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code, mode],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            timeout=60,
            check=True,
        )

    quiet = run("quiet")
    assert quiet.stdout == "" and quiet.stderr == ""
    loud = run("debug")
    assert "DEBUG:azure_asm:list_locations GET /sub/locations attempt 1: 200 in " in loud.stdout


# --- the per-attempt lines and the User-Agent -------------------------------------------------

LOCATIONS = b"<Locations xmlns='http://schemas.microsoft.com/windowsazure'></Locations>"
BUSY = (
    b"<Error xmlns='http://schemas.microsoft.com/windowsazure'><Code>ServerBusy</Code>"
    b"<Message>The server is busy.</Message></Error>"
)


class Clock:
    """A monotonic clock the transport advances, so that elapsed times are exact."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Timed:
    """Answers from a script, each after `took` seconds of the fake clock; keeps the requests."""

    def __init__(self, clock: Clock, *answers: tuple[float, HttpResponse]) -> None:
        self.clock = clock
        self.answers = list(answers)
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        took, response = self.answers.pop(0)
        self.clock.now += took
        return response


def timed_client(*answers: tuple[float, HttpResponse], **options: Any) -> tuple[Any, Timed]:
    clock = Clock()
    transport = Timed(clock, *answers)
    client = ServiceManagementService("sub", transport=transport, **options)
    client._clock = clock
    client._sleep = lambda seconds: None
    return client, transport


def attempt_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "azure_asm" and hasattr(r, "asm_attempt")]


def test_each_attempt_line_names_operation_attempt_status_request_id_and_milliseconds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client, _ = timed_client(
        (0.25, HttpResponse(503, {"x-ms-request-id": "busy-1"}, BUSY)),
        (0.0125, HttpResponse(200, {"x-ms-request-id": "ok-2"}, LOCATIONS)),
    )
    with caplog.at_level(logging.DEBUG, logger="azure_asm"):
        client.list_locations()
    first, second = (record.getMessage() for record in attempt_lines(caplog))
    assert first == (
        "list_locations GET /sub/locations attempt 1: 503 ServerBusy in 250.0 ms, "
        "request id busy-1: The server is busy.; retrying in " + first.rsplit(" ", 1)[1]
    )
    assert second == "list_locations GET /sub/locations attempt 2: 200 in 12.5 ms, request id ok-2"


def test_attempt_lines_carry_the_fields_as_record_attributes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client, _ = timed_client((0.002, HttpResponse(200, {"x-ms-request-id": "r-1"}, LOCATIONS)))
    with caplog.at_level(logging.DEBUG, logger="azure_asm"):
        client.list_locations()
    (record,) = attempt_lines(caplog)
    fields = {name: getattr(record, name) for name in vars(record) if name.startswith("asm_")}
    assert fields == {
        "asm_operation": "list_locations",
        "asm_method": "GET",
        "asm_path": "/sub/locations",
        "asm_attempt": 1,
        "asm_status": 200,
        "asm_request_id": "r-1",
        "asm_elapsed_ms": pytest.approx(2.0),
        "asm_outcome": "ok",
    }


def test_a_request_without_an_answer_is_logged_as_no_response(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Refusing:
        def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
            raise AsmConnectError("connection refused")

    client = ServiceManagementService("sub", transport=Refusing(), retry=NO_RETRY)
    with caplog.at_level(logging.DEBUG, logger="azure_asm"), pytest.raises(AsmConnectError):
        client.get_storage_account_properties("acct")
    (record,) = attempt_lines(caplog)
    assert record.getMessage().startswith(
        "get_storage_account_properties GET /sub/services/storageservices/acct attempt 1: "
        "no response in "
    )
    assert record.getMessage().endswith("request id -: AsmConnectError: connection refused")


def test_bodies_and_secrets_are_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    client, transport = timed_client((0.0, HttpResponse(202, {"x-ms-request-id": "op-1"}, b"")))
    with caplog.at_level(logging.DEBUG, logger="azure_asm"):
        client.add_management_certificate("PUBLICKEY-secret-bytes", "A" * 40, "DATA-secret-bytes")
    assert b"secret-bytes" in (transport.requests[0].body or b"")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "add_management_certificate POST" in text
    assert "secret-bytes" not in text and "<" not in text


def test_every_request_carries_the_user_agent() -> None:
    client, transport = timed_client((0.0, HttpResponse(200, {}, LOCATIONS)))
    client.list_locations()
    python = "{}.{}.{}".format(*sys.version_info[:3])
    assert transport.requests[0].headers["User-Agent"] == f"azure-asm/0.1.0 python/{python}"


def test_user_agent_option_is_appended_and_survives_with_options() -> None:
    client, transport = timed_client(
        (0.0, HttpResponse(200, {}, LOCATIONS)), user_agent="myapp/1.2 (ci)"
    )
    client.with_options(timeout=5).list_locations()
    assert transport.requests[0].headers["User-Agent"] == f"{USER_AGENT} myapp/1.2 (ci)"


@pytest.mark.parametrize("bad", ["", "two\r\nlines", 12])
def test_user_agent_must_be_one_line_of_text(bad: object) -> None:
    with pytest.raises(ValueError, match="user_agent"):
        ServiceManagementService("sub", transport=Timed(Clock()), user_agent=bad)  # type: ignore[arg-type]


def test_the_version_in_the_user_agent_is_the_installed_package_version() -> None:
    assert __version__ == importlib.metadata.version("azure-asm")
