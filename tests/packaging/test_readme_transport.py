"""The transport contract the README documents is exactly the one the client uses: the README's
own example transport, taken from its text, serves a client."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

README = Path(__file__).parents[2] / "README.md"


def readme_transport_example() -> str:
    section = README.read_text(encoding="utf-8").split("### Your own transport", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README's transport section has no Python example"
    return match.group(1)


def test_readme_states_the_call_the_client_makes() -> None:
    section = README.read_text(encoding="utf-8").split("### Your own transport", 1)[1]
    assert "send(request: HttpRequest, timeout: float | None = None) -> HttpResponse" in section
    assert "`transport.send(request, timeout)`" in section


def test_readme_transport_serves_a_client(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("AZURE_ASM_HOST", "AZURE_ASM_CA_BUNDLE"):
        monkeypatch.delenv(variable, raising=False)
    namespace: dict[str, Any] = {}
    exec(compile(readme_transport_example(), str(README), "exec"), namespace)

    assert capsys.readouterr().out == "['West US']\n"
    [request] = namespace["sms"].transport.sent
    assert request.method == "GET"
    assert request.url.endswith("/my-subscription/locations")
    assert request.headers["x-ms-version"]


def test_client_passes_its_timeout_as_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AZURE_ASM_HOST", raising=False)
    namespace: dict[str, Any] = {}
    exec(compile(readme_transport_example(), str(README), "exec"), namespace)
    timeouts: list[float | None] = []

    class TimedTransport(namespace["CannedTransport"]):  # type: ignore[misc]
        def send(self, request: Any, timeout: float | None = None) -> Any:
            timeouts.append(timeout)
            return super().send(request, timeout)

    transport = TimedTransport(namespace["sms"].transport.answers)
    sms = namespace["ServiceManagementService"]("my-subscription", transport=transport)
    sms.with_options(timeout=7.5).list_locations()
    assert timeouts == [7.5]
