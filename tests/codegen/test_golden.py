"""Golden record: the package generated from `tests/golden/spec` is committed in
`tests/golden/expected`; any change to the generator's output shows up here as a diff.

After an intended change to the generator or templates, regenerate the record with
`make golden` (that is: `python -m codegen --spec tests/golden/spec --out tests/golden/expected`)
and review the diff like code.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import azure_asm_runtime
from codegen.loader import load_spec
from codegen.render import generate

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden"
GOLDEN_SPEC = GOLDEN / "spec"
EXPECTED = GOLDEN / "expected"
REGENERATE = (
    "run `make golden` (python -m codegen --spec tests/golden/spec --out tests/golden/expected) "
    "and review the diff"
)
#: Tool caches, not output: never compared.
CACHES = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def package_files(root: Path) -> dict[str, bytes]:
    """Every file under `root` (relative POSIX path -> bytes), tool caches left out."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not CACHES.intersection(path.relative_to(root).parts)
    }


def regenerate(out: Path) -> dict[str, bytes]:
    generate(load_spec(GOLDEN_SPEC), out)
    return package_files(out)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return regenerate(tmp_path_factory.mktemp("golden"))


def test_generated_package_matches_golden_record(generated: dict[str, bytes]) -> None:
    expected = package_files(EXPECTED)
    assert expected, f"{EXPECTED} is empty: {REGENERATE}"
    problems: list[str] = []
    for name in sorted(expected.keys() - generated.keys()):
        problems.append(f"no longer generated: {name}")
    for name in sorted(generated.keys() - expected.keys()):
        problems.append(f"newly generated: {name}")
    for name in sorted(expected.keys() & generated.keys()):
        if expected[name] != generated[name]:
            diff = difflib.unified_diff(
                expected[name].decode("utf-8", "replace").splitlines(keepends=True),
                generated[name].decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"tests/golden/expected/{name}",
                tofile=f"generated from tests/golden/spec: {name}",
            )
            problems.append("".join(diff))
    if problems:
        pytest.fail(
            "the generator's output for tests/golden/spec changed; if that is intended, "
            f"{REGENERATE}.\n\n" + "\n".join(problems),
            pytrace=False,
        )


def test_generation_is_deterministic(generated: dict[str, bytes], tmp_path: Path) -> None:
    again = regenerate(tmp_path)
    assert sorted(again) == sorted(generated)
    different = [name for name in generated if generated[name] != again[name]]
    assert not different, f"two runs gave different bytes for {different}"


def test_generation_writes_only_the_package(tmp_path: Path) -> None:
    """No tool caches (e.g. ruff's) are left in the output folder: `--check` would see them."""
    generate(load_spec(GOLDEN_SPEC), tmp_path)
    leftovers = sorted(
        path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*") if path.name in CACHES
    )
    assert not leftovers, f"generation left {leftovers} in the output folder"


def test_golden_package_imports_and_round_trips() -> None:
    """The committed record imports (ahead of the real `azure_asm`) and its code works."""
    code = textwrap.dedent(
        """
        import sys
        from datetime import datetime, timezone
        sys.path.insert(0, sys.argv[1])

        import azure_asm
        from azure_asm import catalog, clients, deserializers, models, serializers, validators
        from azure_asm_emulator_codecs import deserializers as server_reads
        from azure_asm_emulator_codecs import serializers as server_writes
        from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document

        assert azure_asm.__file__.startswith(sys.argv[1]), azure_asm.__file__
        assert server_reads.__file__.startswith(sys.argv[1]), server_reads.__file__
        assert set(catalog.OPERATIONS) == {
            "list_widgets", "create_widget", "list_events", "list_quotas", "list_rules",
            "create_server", "put_job", "get_profile_text", "list_gadgets", "get_gadget",
        }
        assert clients.GoldenService.x_ms_version == "2014-10-01"

        widget = models.CreateWidget(
            "w-1", "Label",
            enabled=True, size=3, expires=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
            admin_password="p<&>", tags={"a": "b"}, parts=[models.Part("p")],
            aliases=["x", "y"], owner=models.GroupPrincipal(7),
            settings=[models.LinuxSettings("root"), models.WindowsSettings("PC")],
            comment="c",
        )
        validators.validate_create_widget(widget, "")
        body = serializers.serialize_create_widget(widget)
        back = server_reads.deserialize_create_widget(
            parse_document(body), DeserializeContext(True)
        )
        assert back == widget, (back, widget)
        assert "p<&>" not in repr(widget)

        from azure_asm_runtime.http import HttpResponse

        # Attributes, text content and elements in other namespaces round-trip.
        name = models.ServerName("srv", 'x&"y\t', 1433)
        body = server_writes.serialize_server_name(name)
        assert b'FullyQualifiedDomainName="x&amp;&quot;y&#x9;"' in body, body
        strict = DeserializeContext(True)
        assert deserializers.deserialize_server_name(parse_document(body), strict) == name
        server = models.NewServer("admin", ["a", "b"])
        body = serializers.serialize_new_server(server)
        arrays = b"http://schemas.microsoft.com/2003/10/Serialization/Arrays"
        assert b'<string xmlns="' + arrays + b'">a' in body
        assert server_reads.deserialize_new_server(parse_document(body), strict) == server
        # One root holding items of two shapes gets two pairs of functions.
        quotas = [models.Quota("q", 3)]
        body = server_writes.serialize_service_resources_of_quota(quotas)
        assert deserializers.deserialize_service_resources_of_quota(
            parse_document(body), DeserializeContext(True)) == quotas

        # JSON and text bodies.
        class Echo:
            def send(self, request, timeout=None):
                self.request = request
                if request.method == "PUT":
                    return HttpResponse(200, {}, request.body)
                return HttpResponse(200, {}, "<publishData/> é".encode())

        echo = Echo()
        json_client = clients.GoldenService("sub", transport=echo)
        when = datetime(2024, 1, 2, tzinfo=timezone.utc)
        assert json_client.put_job("j1", {"at": when, "n": [1]}) == {
            "at": "2024-01-02T00:00:00+00:00", "n": [1]}
        assert echo.request.headers["Content-Type"] == "application/json"
        assert json_client.get_profile_text() == "<publishData/> é"

        # A paged operation gets an iterator that follows continuation tokens.
        from azure_asm_runtime.http import HttpResponse
        pages = {
            None: b"<EventPage xmlns='http://schemas.microsoft.com/windowsazure'><Events>"
                  b"<Event><Name>a</Name></Event><Event><Name>b</Name></Event></Events>"
                  b"<ContinuationToken>t2</ContinuationToken></EventPage>",
            "t2": b"<EventPage xmlns='http://schemas.microsoft.com/windowsazure'><Events>"
                  b"<Event><Name>c</Name></Event></Events></EventPage>",
        }
        asked = []

        class Pager:
            def send(self, request, timeout=None):
                token = request.url.partition("ContinuationToken=")[2] or None
                asked.append(token)
                return HttpResponse(200, {}, pages[token])

        client = clients.GoldenService("sub", transport=Pager())
        assert [event.name for event in client.iter_events()] == ["a", "b", "c"]
        assert asked == [None, "t2"]

        # An unwrapped response returns what the path reaches, named from its envelope.
        class Answer:
            def __init__(self, body):
                self.body = body

            def send(self, request, timeout=None):
                return HttpResponse(200, {}, self.body)

        feed = (b"<feed xmlns='http://schemas.microsoft.com/windowsazure'><title>all</title>"
                b"<entry><title>g1</title><author><name>me</name></author><content>"
                b"<Gadget><Size>3</Size></Gadget></content></entry>"
                b"<entry><title>g2</title></entry></feed>")
        gadgets = clients.GoldenService("sub", transport=Answer(feed)).list_gadgets()
        rows = [(g.name, g.author, g.size) for g in gadgets]
        assert rows == [("g1", "me", 3), ("g2", None, None)]
        assert gadgets.document.title == "all" and len(gadgets.document.entries) == 2
        entry = b"<entry xmlns='http://schemas.microsoft.com/windowsazure'><title>g1</title></entry>"
        gadget = clients.GoldenService("sub", transport=Answer(entry)).get_gadget("g1")
        assert isinstance(gadget, models.Gadget) and gadget.name == "g1"
        assert b"g1" not in server_writes.serialize_gadget(gadget)
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(EXPECTED)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.timeout(120)
def test_golden_package_passes_mypy_strict(tmp_path: Path) -> None:
    mypy = Path(sys.executable).with_name("mypy")
    # The record is checked as the package `azure_asm` found first on MYPYPATH, ahead of the
    # installed one (the repo's `generated/`), beside the runtime sources. Given as a path
    # instead, mypy would name it after the packages above it (`tests.golden.expected...`), and
    # its `from azure_asm.models import ...` would reach the installed `azure_asm`.
    runtime = Path(azure_asm_runtime.__file__).resolve().parent.parent
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(EXPECTED), str(runtime)])}
    result = subprocess.run(
        [
            str(mypy),
            "--strict",
            "--python-version",
            "3.11",
            "--cache-dir",
            str(tmp_path / "mypy_cache"),
            "-p",
            "azure_asm",
            "-p",
            "azure_asm_emulator_codecs",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # away from the repo's pyproject (its mypy_path names generated/)
        timeout=110,
    )
    assert result.returncode == 0, result.stdout + result.stderr
