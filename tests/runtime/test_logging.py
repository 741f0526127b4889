"""The SDK logs on the standard `azure_asm` logger and is quiet until the application says so."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap


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
    assert "DEBUG:azure_asm:GET /sub/locations attempt 1" in loud.stdout
