"""The progress line reports the true elapsed time: measured on the clock from when the
request was sent, with status polls at most a second apart (so it is at most about a second
behind the operation's end, where the SDK's backing-off schedule could be seconds behind)."""

from __future__ import annotations

import io
import itertools
import re
import time

import pytest

from azure_asm_cli.config import POLL_SCHEDULE
from azure_asm_cli.output import Progress
from azure_asm_runtime.polling import PollSchedule
from tests.cli.conftest import Run


class _Status:
    def __init__(self, status: str) -> None:
        self.status = status


def test_elapsed_is_measured_from_the_start() -> None:
    now = [100.0]
    stream = io.StringIO()
    progress = Progress("x create", stream, started=96.0, clock=lambda: now[0])
    progress.start("rid")
    progress(_Status("InProgress"))
    now[0] = 104.25
    progress(_Status("Succeeded"))
    assert stream.getvalue().splitlines() == [
        "x create: started (request id rid)",
        "x create: InProgress (4.0s)",
        "x create: Succeeded (8.2s)",
    ]


def test_the_cli_polls_at_least_every_second() -> None:
    intervals = list(itertools.islice(POLL_SCHEDULE.intervals(), 20))
    assert max(intervals) <= 1.0 and intervals[0] <= 0.2
    # The SDK's default backs off further: the CLI's own schedule is what bounds the lag.
    assert max(itertools.islice(PollSchedule().intervals(), 20)) > 1.0


@pytest.mark.asm_emulator(operation_delay=1.2)
def test_reported_time_is_within_the_commands_run(asm_cli: Run) -> None:
    began = time.monotonic()
    status, _, err = asm_cli(
        "hosted-service", "create", "clitimed", "--label", "l", "--location", "West US"
    )
    wall = time.monotonic() - began
    assert status == 0, err
    match = re.search(r"Succeeded \((\d+\.\d)s\)", err.splitlines()[-1])
    assert match is not None, err
    reported = float(match.group(1))
    # Never less than the operation took, never more than the command ran.
    assert 1.2 - 0.05 <= reported <= wall + 0.05
