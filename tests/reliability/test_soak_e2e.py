"""Point 9 of issue #5: a short soak under faults (``make soak`` runs the long one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from azure_asm_runtime import retry
from tests.reliability.soak import SoakConfig, main, run_soak

pytestmark = pytest.mark.e2e

SHORT = SoakConfig(threads=4, cycles=12, seed=None)


def test_short_soak_loses_and_duplicates_nothing(emulator_dir: Path) -> None:
    report = run_soak(SHORT, emulator_dir)
    print("\n".join(report.lines()))
    assert report.ok, "\n".join(report.lines())
    assert report.operations >= SHORT.threads * SHORT.cycles * 2
    assert report.attempts > report.operations
    assert report.retried > 0 and report.conflict_waits > 0
    assert report.kept == SHORT.threads * SHORT.cycles // SHORT.keep_every


def test_the_soak_catches_blind_retries_of_ambiguous_creates(emulator_dir: Path) -> None:
    naive = SoakConfig(threads=2, cycles=10, drop_after_rate=0.3, naive=True, seed=4)
    report = run_soak(naive, emulator_dir)
    assert report.duplicated and not report.ok


def test_the_soak_catches_a_client_that_retries_posts_blindly(
    emulator_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retry, "IDEMPOTENT_METHODS", retry.IDEMPOTENT_METHODS | {"POST"})
    config = SoakConfig(threads=2, cycles=10, drop_after_rate=0.3, drop_rate=0.0, seed=4)
    report = run_soak(config, emulator_dir)
    assert report.duplicated and not report.ok


def test_the_command_prints_the_figures_and_fails_on_losses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--threads", "2", "--cycles", "3", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    for words in ("operations attempted:", "retried:", "failed calls:", "lost:", "duplicated:"):
        assert words in out
    assert main(["--threads", "2", "--cycles", "6", "--naive", "--drop-after-rate", "0.5"]) == 1
