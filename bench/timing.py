"""Interleaved timing: every contender runs once per round, in a rotating order, and the
median over rounds is reported.

Interleaving spreads slow phases of a shared machine (other processes, frequency changes) over
all contenders instead of penalising whichever ran during them. Both the wall-clock time
(``perf_counter_ns``, the reported figure) and the CPU time of the process
(``process_time_ns``, a cross-check that ignores time spent descheduled) are recorded. Each
sample repeats the call enough times to last ``min_sample_s`` (so timer resolution does not
matter) and reports the time per call. The garbage collector stays on (a real client pays for
its collections) but runs a full collection before every sample, so one contender's garbage
is not charged to the next.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Contender:
    name: str
    call: Callable[[], object]
    #: Take part in the first ``max_rounds`` rounds only (for very slow contenders).
    max_rounds: int | None = None
    #: Calls per sample; chosen from a first timed call when None.
    inner: int | None = None
    #: Already called once (no warm-up call needed).
    warmed: bool = False


@dataclass
class Result:
    name: str
    samples_ns: list[float] = field(default_factory=list)
    #: CPU time of this process (user + system) per call, sample by sample.
    cpu_ns: list[float] = field(default_factory=list)
    #: The round of each sample, so that ratios can be taken round by round (paired).
    rounds: list[int] = field(default_factory=list)
    inner: int = 1

    @property
    def median_ns(self) -> float:
        return statistics.median(self.samples_ns)

    @property
    def spread(self) -> float:
        """Half the interquartile range relative to the median (0.05 = +-5 %)."""
        if len(self.samples_ns) < 4:
            return (max(self.samples_ns) - min(self.samples_ns)) / 2 / self.median_ns
        q1, _, q3 = statistics.quantiles(self.samples_ns, n=4)
        return (q3 - q1) / 2 / self.median_ns

    def as_dict(self) -> dict[str, object]:
        return {
            "median_ns": self.median_ns,
            "spread": self.spread,
            "rounds": len(self.samples_ns),
            "inner": self.inner,
            "samples_ns": dict(zip(self.rounds, self.samples_ns, strict=True)),
            "cpu_ns": dict(zip(self.rounds, self.cpu_ns, strict=True)),
        }


def _one_sample(call: Callable[[], object], inner: int) -> tuple[float, float]:
    """Wall-clock and CPU time per call over ``inner`` calls."""
    gc.collect()
    cpu = time.process_time_ns()
    start = time.perf_counter_ns()
    for _ in range(inner):
        call()
    wall = time.perf_counter_ns() - start
    return wall / inner, (time.process_time_ns() - cpu) / inner


def compare(
    contenders: list[Contender], *, rounds: int, min_sample_s: float = 0.02
) -> dict[str, Result]:
    """Time ``contenders`` over ``rounds`` interleaved rounds; results by name."""
    results: dict[str, Result] = {}
    for contender in contenders:
        # Warm-up call (caches, lazy imports), then size the sample from a timed call.
        if not contender.warmed:
            contender.call()
        inner = contender.inner
        if inner is None:
            once, _ = _one_sample(contender.call, 1)
            inner = max(1, min(100_000, round(min_sample_s * 1e9 / max(once, 1.0))))
        results[contender.name] = Result(contender.name, inner=inner)
    for round_index in range(rounds):
        shift = round_index % len(contenders)
        for contender in contenders[shift:] + contenders[:shift]:
            if contender.max_rounds is not None and round_index >= contender.max_rounds:
                continue
            result = results[contender.name]
            wall, cpu = _one_sample(contender.call, result.inner)
            result.samples_ns.append(wall)
            result.cpu_ns.append(cpu)
            result.rounds.append(round_index)
    return results


def paired_ratio(a: dict[str, float], b: dict[str, float]) -> float | None:
    """Median over the rounds both took part in of ``a[round] / b[round]``.

    Contenders of a round ran back to back, so a slow phase of the machine affects both sides
    of each ratio: this is steadier than the ratio of the two medians.
    """
    ratios = [a[key] / b[key] for key in a if key in b and b[key] > 0]
    return statistics.median(ratios) if ratios else None
