"""`python -m codegen --check` passes on an up-to-date package and names every drifted file.

Everything runs on copies in `tmp_path` (generated from the small golden spec), never on the
repo's `generated/`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GOLDEN_SPEC = REPO / "tests" / "golden" / "spec"


def codegen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "--spec", str(GOLDEN_SPEC), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pristine")
    result = codegen("--out", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def out(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy of a freshly generated output root (holding `azure_asm/`)."""
    copy = tmp_path / "out"
    shutil.copytree(pristine, copy)
    return copy


def check(out: Path) -> subprocess.CompletedProcess[str]:
    return codegen("--out", out, "--check")


def test_fresh_output_passes(out: Path) -> None:
    result = check(out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_edited_file_fails(out: Path) -> None:
    models = out / "azure_asm" / "models.py"
    models.write_text(models.read_text(encoding="utf-8") + "\n# edited by hand\n", "utf-8")
    result = check(out)
    assert result.returncode != 0
    assert "stale: models.py" in result.stderr


def test_deleted_file_fails(out: Path) -> None:
    (out / "azure_asm" / "clients.py").unlink()
    result = check(out)
    assert result.returncode != 0
    assert "missing: clients.py" in result.stderr


def test_extra_file_fails(out: Path) -> None:
    (out / "azure_asm" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    result = check(out)
    assert result.returncode != 0
    assert "not generated from the spec: extra.py" in result.stderr


def test_missing_package_fails(tmp_path: Path) -> None:
    result = check(tmp_path)
    assert result.returncode != 0
    assert "missing: models.py" in result.stderr
