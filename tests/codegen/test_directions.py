"""Each package carries the codec directions it uses: `azure_asm` the writers of the request
bodies its clients send and the readers of the responses they receive; the server's codecs
(`azure_asm_emulator_codecs`) the other two, for the emulator, the `Stubber` and the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import azure_asm_emulator_codecs.deserializers as server_readers
import azure_asm_emulator_codecs.serializers as server_writers
from azure_asm import deserializers as client_readers
from azure_asm import serializers as client_writers
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator_codecs.catalog import CODECS
from codegen.loader import load_spec
from codegen.names import snake

REPO = Path(__file__).resolve().parents[2]
SPEC = load_spec(REPO / "spec")
GOLDEN = load_spec(REPO / "tests" / "golden" / "spec")


def public(module: ModuleType, prefix: str) -> set[str]:
    return {name.removeprefix(prefix) for name in vars(module) if name.startswith(prefix)}


def test_the_loader_follows_members_list_items_and_union_variants() -> None:
    # CreateWidget holds a list of Part and a union Principal; Settings is a union member.
    assert {"CreateWidget", "Part", "Principal", "UserPrincipal", "GroupPrincipal"} <= (
        GOLDEN.client_writes
    )
    assert {"Settings", "LinuxSettings", "WindowsSettings"} <= GOLDEN.client_writes
    # What only responses hold is never written by a client, and the other way round.
    assert {"Widget", "ServerName", "Gadget", "GadgetAuthor"} <= GOLDEN.client_reads
    assert not {"Widget", "ServerName", "Gadget", "GadgetAuthor"} & GOLDEN.client_writes
    assert not {"CreateWidget", "Part", "NewServer"} & GOLDEN.client_reads


def test_the_sdk_writes_requests_and_reads_responses_only() -> None:
    documents = {document.function for document in SPEC.list_documents}
    assert public(client_writers, "serialize_") == {snake(n) for n in SPEC.client_writes}
    assert public(client_readers, "deserialize_") == (
        {snake(n) for n in SPEC.client_reads} | documents
    )
    assert public(server_writers, "serialize_") == (
        {snake(n) for n in SPEC.client_reads} | documents
    )
    assert public(server_readers, "deserialize_") == {snake(n) for n in SPEC.client_writes}
    # Far fewer than every shape in both directions, which is what the SDK shipped before.
    assert len(SPEC.client_writes) < len(SPEC.shapes) / 2


def test_every_operation_has_its_server_codecs() -> None:
    assert set(CODECS) == set(OPERATIONS)
    for name, info in OPERATIONS.items():
        codecs = CODECS[name]
        assert (codecs.read_request is not None) == (info.request_shape is not None), name
        assert (codecs.write_response is not None) == (info.response_shape is not None), name


def test_importing_the_sdk_leaves_out_what_it_does_not_need_yet() -> None:
    """The server's codecs never; lxml (a quarter of the import) until the first document is
    parsed; the `Stubber` (a test tool) until it is asked for."""
    code = (
        "import sys, azure_asm, azure_asm.catalog, azure_asm.waiters\n"
        "def loaded():\n"
        "    prefixes = ('azure_asm_emulator', 'lxml', 'azure_asm_runtime.stubber')\n"
        "    return sorted(m for m in sys.modules if m.startswith(prefixes))\n"
        "print(loaded())\n"
        "from azure_asm import Stubber\n"
        "from azure_asm_runtime.xmlcodec import parse_document\n"
        "parse_document(b'<a/>')\n"
        "print(loaded())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    before, after = result.stdout.splitlines()
    assert before == "[]"
    assert "'lxml.etree'" in after and "'azure_asm_runtime.stubber'" in after
    assert "azure_asm_emulator" not in after
