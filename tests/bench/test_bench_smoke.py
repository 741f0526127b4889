"""The benchmark harness runs end to end (``python -m bench --profile smoke``: tiny sizes, a
round or two) and prints every figure with its target. Its numbers mean nothing; `make bench`
measures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

FIGURES = (
    "parse ListOSImages 10: ours ÷ lxml",
    "parse ListOSImages 20: ours ÷ lxml",
    "parse GetDeployment 3 roles: ours ÷ lxml",
    "parse per image: ours at 20 ÷ at 5",
    "serialize create_hosted_service: ours ÷ stringjoin",
    "serialize create_hosted_service: ours ÷ reference",
    "serialize create_virtual_machine_deployment: ours ÷ stringjoin",
    "serialize create_virtual_machine_deployment: ours ÷ reference",
    "HTTPS ListLocations (real 7 locations): ours ÷ raw throughput",
    "HTTPS GetDeployment (fixture): ours ÷ raw throughput",
    "import azure_asm (-X importtime, best of 7)",
    "regenerate whole spec (make generate)",
    "peak memory 20 images: ours ÷ lxml tree",
)

SECTIONS = (
    "== Response parsing",
    "Where 'ours' goes",
    "== Request serialization",
    "== HTTPS round trip",
    "== Import time",
    "== Regeneration of the whole spec",
    "== Peak memory",
    "== Targets",
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="memory probe reads /proc")
def test_smoke_run_prints_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {key: value for key, value in os.environ.items() if key != "ASM_BENCH_FIXTURES"}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--profile", "smoke", "--json", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = done.stdout
    for heading in SECTIONS:
        assert heading in text, heading
    assert "machine:" in text and "azure-servicemanagement-legacy" in text
    targets = text.split("== Targets", 1)[1]
    for label in FIGURES:
        line = next((row for row in targets.splitlines() if row.startswith(label)), None)
        assert line is not None, f"figure {label!r} missing from the target table"
        assert line.rstrip().endswith(("PASS", "MISS")), line
    figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    assert [figure["label"] for figure in figures] == list(FIGURES)
    assert all(figure["value"] is not None and figure["value"] > 0 for figure in figures)
    # Every contender of every comparison was timed, the reference included.
    assert "skipped" not in text.split("== Import time", 1)[0]
