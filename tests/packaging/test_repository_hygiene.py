"""A clone holds sources only, and everything its tests and benchmarks read is inside it.

A user's clone has nothing beside it: no folder of shared material, no virtualenv.
Built or run output (virtualenvs, caches, egg-info) is never tracked, or it would mask
a missing install step.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
BUILD_OUTPUT = re.compile(r"(^|/)(\.venv|venv|__pycache__|[^/]+\.egg-info|build|dist)/|\.pyc$")
#: A path that leaves the repository for the folder beside it, or an absolute workplace path.
OUTSIDE = re.compile(r"\.\./shared|/work/|parents\[\d\]\s*/\s*\"shared\"|\.parent\s*/\s*\"shared\"")
#: What runs: the tests, the benchmarks, the build and CI.
RUNNING = ("Makefile", "pyproject.toml", ".ci", "tests", "bench")


def tracked_files() -> list[str]:
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.fail("the tests run from a git checkout (git ls-files failed)")
    return listed.stdout.splitlines()


def test_no_build_output_is_tracked() -> None:
    assert [name for name in tracked_files() if BUILD_OUTPUT.search(name)] == []


def test_nothing_that_runs_reads_outside_the_repository() -> None:
    offenders = []
    for name in tracked_files():
        if not name.startswith(RUNNING) or name.endswith((".xml", ".yaml", ".json")):
            continue
        if name == Path(__file__).relative_to(REPO).as_posix():
            continue  # its own patterns
        text = (REPO / name).read_text(encoding="utf-8", errors="replace")
        offenders += [f"{name}: {m.group(0)}" for m in OUTSIDE.finditer(text)]
    assert offenders == []


def test_third_party_data_is_credited() -> None:
    notice = (REPO / "NOTICE").read_text(encoding="utf-8")
    for folder in ("tests/fixtures/libcloud/", "tests/replay/recordings/"):
        assert folder in notice
        assert (REPO / folder / "README.md").is_file()
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")
