"""`azure_asm_runtime.recording`: recording real calls to a file and replaying them.

A fake inner transport stands for the network; the generated client builds real requests, so
the redaction is checked on the bodies the SDK actually sends (passwords, certificate data,
storage keys in responses).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from azure_asm import LinuxConfigurationSet, ServiceManagementService
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.polling import PollSchedule
from azure_asm_runtime.recording import (
    FORMAT,
    REDACTED,
    RecordingTransport,
    RecordReplayTransport,
    ReplayMismatchError,
    ReplayTransport,
    load_recording,
    redact_body,
)

SUB = "11111111-2222-3333-4444-555555555555"
WA = "http://schemas.microsoft.com/windowsazure"
LOCATIONS = (
    f'<Locations xmlns="{WA}"><Location><Name>West US</Name>'
    "<DisplayName>West US</DisplayName></Location></Locations>"
).encode()
KEYS = (
    f'<StorageService xmlns="{WA}"><Url>https://x</Url><ServiceName>acct</ServiceName>'
    "<StorageServiceKeys><Primary>PRIMARY-KEY-123==</Primary>"
    "<Secondary>SECONDARY-KEY-456==</Secondary></StorageServiceKeys></StorageService>"
).encode()


def _status(request_id: str, status: str) -> bytes:
    return (
        f'<Operation xmlns="{WA}"><ID>{request_id}</ID><Status>{status}</Status>'
        f"<HttpStatusCode>200</HttpStatusCode></Operation>"
    ).encode()


class FakeAsm:
    """Answers by URL; records what it was sent."""

    def __init__(self, answer: Callable[[HttpRequest], HttpResponse]) -> None:
        self.answer = answer
        self.sent: list[HttpRequest] = []
        self.closed = False

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append(request)
        return self.answer(request)

    def close(self) -> None:
        self.closed = True


def _asm(request: HttpRequest) -> HttpResponse:
    path = request.url.split("?")[0]
    if path.endswith("/locations"):
        return HttpResponse(200, {"Content-Type": "application/xml"}, LOCATIONS)
    if path.endswith("/keys"):
        return HttpResponse(200, {"Set-Cookie": "session=abc"}, KEYS)
    if "/operations/" in path:
        return HttpResponse(200, {}, _status("op-1", "Succeeded"))
    return HttpResponse(202, {"x-ms-request-id": "op-1"}, b"")


def _client(transport: Any) -> ServiceManagementService:
    client = ServiceManagementService(SUB, transport=transport)
    client.poll_schedule = PollSchedule(0.001, 1.0, 0.001)
    return client


def test_records_the_documented_format(tmp_path: Path) -> None:
    path = tmp_path / "rec" / "calls.json"
    fake = FakeAsm(_asm)
    with RecordingTransport(fake, path) as recorder:
        client = _client(recorder)
        assert [loc.name for loc in client.list_locations()] == ["West US"]
        recorder.send(
            HttpRequest("GET", f"https://h/{SUB}/locations", {"Authorization": "Bearer x"}), None
        )
    assert fake.closed
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["version"] == 1
    first, second = document["interactions"]
    assert first["request"]["method"] == "GET"
    assert first["request"]["url"] == f"https://management.core.windows.net/{SUB}/locations"
    assert first["request"]["headers"]["x-ms-version"]
    assert first["request"]["body"] is None
    assert first["response"] == {
        "status": 200,
        "headers": {"Content-Type": "application/xml"},
        "body": LOCATIONS.decode(),
    }
    assert "Authorization" not in second["request"]["headers"]


def test_secrets_in_request_bodies_are_never_written(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    client = _client(RecordingTransport(FakeAsm(_asm), path))
    client.add_role(
        "svc",
        "dep",
        "vm1",
        system_config=LinuxConfigurationSet(
            host_name="vm1",
            user_name="azureuser",
            user_password="hunter2-Pa55word",
            disable_ssh_password_authentication=False,
            custom_data="#!/bin/sh\necho custom-data-secret",
        ),
        vm_image_name="myimage",
    ).result()
    client.add_service_certificate(
        "svc", "Q0VSVElGSUNBVEUtREFUQQ==", "pfx", "pfx-password-789"
    ).result()
    text = path.read_text(encoding="utf-8")
    for secret in ("hunter2", "custom-data-secret", "Q0VSVElGSUNBVEUtREFUQQ", "pfx-password-789"):
        assert secret not in text
    assert text.count(REDACTED) >= 4
    bodies = [item["request"]["body"] for item in load_recording(path) if item["request"]["body"]]
    assert "<HostName>vm1</HostName>" in bodies[0]  # the rest is kept as sent
    # Not a secret, although the name mentions passwords: a bool the replay must read back.
    assert "<DisableSshPasswordAuthentication>false</DisableSshPasswordAuthentication>" in bodies[0]


def test_secrets_in_responses_are_redacted_but_the_caller_gets_them(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    client = _client(RecordingTransport(FakeAsm(_asm), path))
    keys = client.get_storage_account_keys("acct").storage_service_keys
    assert keys is not None and keys.primary == "PRIMARY-KEY-123=="
    text = path.read_text(encoding="utf-8")
    assert "PRIMARY-KEY" not in text and "SECONDARY-KEY" not in text
    assert "Set-Cookie" not in text
    replayed = _client(ReplayTransport(path)).get_storage_account_keys("acct")
    assert replayed.storage_service_keys is not None
    assert replayed.storage_service_keys.primary == REDACTED


def test_redact_body_json_text_and_extra_names() -> None:
    body = json.dumps({"name": "job", "auth": {"password": "p", "clientSecret": "s"}}).encode()
    assert json.loads(redact_body(body, request=True)) == {
        "name": "job",
        "auth": {"password": REDACTED, "clientSecret": REDACTED},
    }
    assert redact_body(b"opaque request", request=True) == REDACTED.encode()
    assert redact_body(b"plain response text", request=False) == b"plain response text"
    xml = b"<A><Token>t0k3n</Token><Other>x</Other></A>"
    assert redact_body(xml, request=True, redact=["Token"]) == (
        b"<A><Token>REDACTED</Token><Other>x</Other></A>"
    )
    assert redact_body(xml, request=True) is xml  # nothing secret: the bytes as sent


def test_replay_answers_in_recorded_order_from_any_host(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    statuses = iter(["InProgress", "InProgress", "Succeeded"])

    def answer(request: HttpRequest) -> HttpResponse:
        if "/operations/" in request.url:
            return HttpResponse(200, {}, _status("op-1", next(statuses)))
        return _asm(request)

    recorded = _client(RecordingTransport(FakeAsm(answer), path))
    recorded.host = "management.core.windows.net"
    assert recorded.create_hosted_service("svc", "l", location="West US").result().status == (
        "Succeeded"
    )
    assert len(load_recording(path)) == 4  # the POST and three polls

    replay = ReplayTransport(path)
    client = _client(replay)
    client.host = "127.0.0.1:1"  # never contacted
    seen: list[str | None] = []
    final = client.create_hosted_service("svc", "l", location="West US").result(
        progress=lambda status: seen.append(status.status)
    )
    assert final.status == "Succeeded"
    assert seen == ["InProgress", "InProgress", "Succeeded"]
    assert replay.unused == []
    with pytest.raises(ReplayMismatchError, match="no unused recorded interaction for POST"):
        client.create_hosted_service("svc", "l", location="West US")


def test_replay_matching_options(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    _client(RecordingTransport(FakeAsm(_asm), path)).list_locations()

    other = ServiceManagementService(
        "99999999-0000-0000-0000-000000000000", transport=ReplayTransport(path)
    )
    with pytest.raises(ReplayMismatchError):
        other.list_locations()
    loose = ServiceManagementService(
        "99999999-0000-0000-0000-000000000000",
        transport=ReplayTransport(path, match_subscription=False),
    )
    assert [loc.name for loc in loose.list_locations()] == ["West US"]

    _client(RecordingTransport(FakeAsm(_asm), path)).update_hosted_service("svc", label="one")
    strict = ReplayTransport(path, match_body=True)
    with pytest.raises(ReplayMismatchError):
        _client(strict).update_hosted_service("svc", label="two")
    _client(strict).update_hosted_service("svc", label="one")
    assert strict.unused == []


def test_append_and_binary_bodies(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    binary = bytes(range(256))
    fake = FakeAsm(lambda request: HttpResponse(200, {}, binary))
    RecordingTransport(fake, path).send(HttpRequest("GET", "https://h/a", {}), None)
    RecordingTransport(fake, path, append=True).send(HttpRequest("GET", "https://h/b", {}), None)
    interactions = load_recording(path)
    assert [item["request"]["url"] for item in interactions] == ["https://h/a", "https://h/b"]
    assert "body_base64" in interactions[0]["response"]
    replay = ReplayTransport(path)
    assert replay.send(HttpRequest("GET", "https://elsewhere/b", {}), None).body == binary
    RecordingTransport(fake, path)  # without append: a new recording
    assert load_recording(path) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "invalid JSON"),
        ('{"format": "other"}', "not a recording"),
        (f'{{"format": "{FORMAT}", "version": 9, "interactions": []}}', "version 9"),
        (f'{{"format": "{FORMAT}", "version": 1, "interactions": [{{}}]}}', "request and a"),
        (
            f'{{"format": "{FORMAT}", "version": 1, "interactions": [{{"request": '
            '{"method": "GET", "url": "u"}, "response": {"status": "200"}}]}',
            "integer status",
        ),
    ],
)
def test_malformed_recordings_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        ReplayTransport(path)


# --- replay by request or in recorded order, and the record modes ---------------------------


def _record_locations_and_keys(path: Path) -> None:
    client = _client(RecordingTransport(FakeAsm(_asm), path))
    client.list_locations()
    client.get_storage_account_keys("acct")


def test_replay_matches_by_request_whatever_the_order(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    _record_locations_and_keys(path)
    client = _client(ReplayTransport(path))
    assert client.get_storage_account_keys("acct").url == "https://x"
    assert [loc.name for loc in client.list_locations()] == ["West US"]


def test_the_in_order_mode_wants_the_recorded_order(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    _record_locations_and_keys(path)
    in_order = ReplayTransport(path, order="recorded")
    with pytest.raises(ReplayMismatchError) as raised:
        _client(in_order).get_storage_account_keys("acct")
    assert str(raised.value) == (
        f"{path}: expected interaction 0 (GET /{SUB}/locations) next, "
        f"got GET /{SUB}/services/storageservices/acct/keys"
    )
    _client(in_order).list_locations()
    _client(in_order).get_storage_account_keys("acct")
    assert in_order.unused == []
    with pytest.raises(ValueError, match="order"):
        ReplayTransport(path, order="sorted")  # type: ignore[arg-type]


def test_allow_repeats_answers_a_request_again_with_its_last_recording(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    _record_locations_and_keys(path)
    once = _client(ReplayTransport(path))
    once.list_locations()
    with pytest.raises(ReplayMismatchError, match="no unused recorded interaction for GET"):
        once.list_locations()
    repeating = _client(ReplayTransport(path, allow_repeats=True))
    for _ in range(3):
        assert [loc.name for loc in repeating.list_locations()] == ["West US"]


def test_mode_once_records_when_the_file_is_absent_then_only_replays(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    live = FakeAsm(_asm)
    first = RecordReplayTransport(live, path)  # mode "once" by default
    assert first.recording
    _client(first).list_locations()
    assert len(live.sent) == 1 and len(load_recording(path)) == 1

    network = FakeAsm(_asm)
    second = RecordReplayTransport(network, path, mode="once")
    assert not second.recording
    assert [loc.name for loc in _client(second).list_locations()] == ["West US"]
    with pytest.raises(ReplayMismatchError):
        _client(second).get_storage_account_keys("acct")
    assert network.sent == []  # replayed, and what was missing was not sent either
    assert len(load_recording(path)) == 1


def test_mode_new_episodes_replays_what_is_recorded_and_records_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    _client(RecordingTransport(FakeAsm(_asm), path)).list_locations()
    network = FakeAsm(_asm)
    transport = RecordReplayTransport(network, path, mode="new_episodes")
    client = _client(transport)
    client.list_locations()
    keys = client.get_storage_account_keys("acct").storage_service_keys
    assert keys is not None and keys.primary == "PRIMARY-KEY-123=="  # the live answer
    assert [request.url.rsplit("/", 1)[1] for request in network.sent] == ["keys"]
    text = path.read_text(encoding="utf-8")
    assert len(load_recording(path)) == 2
    assert "PRIMARY-KEY" not in text and "Set-Cookie" not in text  # still redacted
    replayed = _client(ReplayTransport(path)).get_storage_account_keys("acct")
    assert replayed.storage_service_keys is not None
    assert replayed.storage_service_keys.primary == REDACTED


def test_mode_none_replays_only_and_needs_the_file(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    with pytest.raises(FileNotFoundError, match="no recording to replay"):
        RecordReplayTransport(None, path, mode="none")
    _record_locations_and_keys(path)
    network = FakeAsm(_asm)
    client = _client(RecordReplayTransport(network, path, mode="none"))
    client.list_locations()
    with pytest.raises(ReplayMismatchError):
        client.list_locations()
    assert network.sent == []


def test_mode_all_records_again(tmp_path: Path) -> None:
    path = tmp_path / "calls.json"
    _record_locations_and_keys(path)
    network = FakeAsm(_asm)
    with RecordReplayTransport(network, path, mode="all") as transport:
        _client(transport).list_locations()
    assert network.closed and len(network.sent) == 1
    assert [item["request"]["url"].rsplit("/", 1)[1] for item in load_recording(path)] == [
        "locations"
    ]


def test_record_modes_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="mode: must be one of once, new_episodes, none, all"):
        RecordReplayTransport(FakeAsm(_asm), tmp_path / "x.json", mode="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="a transport is needed to record"):
        RecordReplayTransport(None, tmp_path / "x.json", mode="once")
