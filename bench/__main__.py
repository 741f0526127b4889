"""``python -m bench`` (``make bench``): every benchmark of issue #6, then the target table.

Each comparison runs in its own process (``bench.worker``), interleaving its contenders over
rounds and reporting medians; import time, regeneration and peak memory are measured in fresh
subprocesses. ``--profile smoke`` runs everything with tiny sizes (figures meaningless; used by
tests/bench/test_bench_smoke.py). ``--only parse,serialize,https,import,generate,memory`` runs a
subset; ``--cprofile JOB`` prints where 'ours' spends its time in one worker job (e.g.
``parse:images:1000``); ``--json FILE`` saves the raw figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from bench import documents
from bench.settings import PROFILES, Settings
from bench.timing import paired_ratio

REPO = documents.REPO
SECTIONS = ("parse", "serialize", "https", "import", "generate", "memory")


def _env_with_bytecode() -> dict[str, str]:
    """The environment without PYTHONDONTWRITEBYTECODE, so that .pyc files are written and used."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# --- formatting ---------------------------------------------------------------------------------


def fmt_time(ns: float) -> str:
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def fmt_bytes(size: float) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size:.0f} B"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in [headers, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def say(text: str = "") -> None:
    print(text, flush=True)


# --- running workers ----------------------------------------------------------------------------


def run_worker(job: str, settings: Settings, tmp: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.worker", job, "--profile", settings.name]
    command += ["--tmp", str(tmp)]
    done = subprocess.run(
        command, cwd=REPO, env=_env_with_bytecode(), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: worker {job} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_of(result: dict[str, Any], name: str) -> float | None:
    entry = result["results"].get(name)
    return None if entry is None else float(entry["median_ns"])


def cell(result: dict[str, Any], name: str, per: int = 1) -> str:
    entry = result["results"].get(name)
    if entry is None:
        return "skipped"
    text = fmt_time(entry["median_ns"] / per)
    return f"{text} ±{entry['spread'] * 100:.0f}%"


def pratio(result: dict[str, Any], a: str, b: str, clock: str = "wall") -> float | None:
    """Round-by-round (paired) median of a's time over b's, None if either did not run.

    ``clock`` is ``wall`` (perf_counter_ns) or ``cpu`` (process_time_ns of the worker)."""
    entries = result["results"]
    if a not in entries or b not in entries:
        return None
    key = "samples_ns" if clock == "wall" else "cpu_ns"
    return paired_ratio(entries[a][key], entries[b][key])


def cpu_check(result: dict[str, Any], a: str, b: str, scale: float = 1.0) -> str:
    value = pratio(result, a, b, "cpu")
    return "-" if value is None else f"{value * scale:.2f}× cpu"


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}×"


# --- the figures and their targets -----------------------------------------------------------


@dataclass
class Figure:
    label: str
    value: float | None
    unit: str
    target: float
    higher_is_better: bool = False
    #: The same figure measured another way (CPU time vs wall clock), shown for comparison.
    cross_check: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "SKIP"
        ok = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "PASS" if ok else "MISS"

    def row(self) -> list[str]:
        if self.unit == "×":
            value = fmt_ratio(self.value)
            target = f"{self.target:g}×"
        else:
            value = "-" if self.value is None else f"{self.value:.0f} {self.unit}"
            if self.unit == "s" and self.value is not None:
                value = f"{self.value:.2f} s"
            target = f"{self.target:g} {self.unit}"
        sign = "≥" if self.higher_is_better else "≤"
        return [self.label, value, self.cross_check, f"{sign} {target}", self.verdict]


FIGURES: list[Figure] = []
MACHINE = ""
RAW: dict[str, Any] = {}


# --- sections -----------------------------------------------------------------------------------


def section_parse(settings: Settings, tmp: Path) -> None:
    say("== Response parsing: median time per response (± half the interquartile range) ==")
    say("ours = read_document: parse_document + generated deserializer into typed models with")
    say("the garbage collector paused (what the client does);")
    say("lxml = bare lxml.etree.fromstring; parse_document = our safe parse alone (no models);")
    say("reference = azure-servicemanagement-legacy's _MinidomXmlToObject.parse_response.")
    jobs: list[tuple[str, str, int]] = [
        (f"parse:images:{n}", f"ListOSImages {n:,} images", n) for n in settings.image_counts
    ]
    jobs.append(
        (
            f"parse:deployment:{settings.deployment_roles}",
            f"GetDeployment {settings.deployment_roles} roles",
            settings.deployment_roles,
        )
    )
    jobs.append(
        (
            f"parse:hostedservices:{settings.hosted_services}",
            f"ListHostedServices {settings.hosted_services} + details",
            settings.hosted_services,
        )
    )
    headers = [
        "response",
        "size",
        "lxml",
        "parse_document",
        "ours",
        "reference",
        "ours÷lxml",
        "ref÷ours",
        "ours per item",
    ]
    rows = []
    breakdown = []
    results = {}
    for job, label, items in jobs:
        result = run_worker(job, settings, tmp)
        results[job] = result
        RAW[job] = result
        ours, ref = median_of(result, "ours"), median_of(result, "reference")
        rows.append(
            [
                label,
                fmt_bytes(result["info"]["bytes"]),
                cell(result, "lxml"),
                cell(result, "parse_document"),
                cell(result, "ours"),
                cell(result, "reference")
                + (f" (n={result['results']['reference']['rounds']})" if ref else ""),
                fmt_ratio(pratio(result, "ours", "lxml")),
                fmt_ratio(pratio(result, "reference", "ours")),
                fmt_time((ours or 0) / items),
            ]
        )
        deserialize = median_of(result, "deserialize") or 0
        nogc = median_of(result, "deserialize_nogc") or 0
        walk = median_of(result, "walk") or 0
        breakdown.append(
            [
                label,
                cell(result, "parse_document"),
                cell(result, "deserialize"),
                cell(result, "walk"),
                fmt_time(max(nogc - walk, 0)),
                fmt_time(max(deserialize - nogc, 0)),
                fmt_ratio(pratio(result, "deserialize", "lxml")),
            ]
        )
    say(table(headers, rows))
    say()
    say("Where 'ours' goes: deserialize = generated reader on an already parsed tree; walk = visit")
    say("every element reading .tag and .text (the floor of any reader over an lxml tree);")
    say("dispatch = deserialize with the GC off minus walk (branching, read_* calls, model")
    say("construction); gc = deserialize minus deserialize with the GC off.")
    say(
        table(
            [
                "response",
                "parse_document",
                "deserialize",
                "walk",
                "dispatch",
                "gc",
                "deserialize÷lxml",
            ],
            breakdown,
        )
    )
    say()
    counts = settings.image_counts
    for n in counts[-2:]:
        result = results[f"parse:images:{n}"]
        FIGURES.append(
            Figure(
                f"parse ListOSImages {n:,}: ours ÷ lxml",
                pratio(result, "ours", "lxml"),
                "×",
                2.5,
                cross_check=cpu_check(result, "ours", "lxml"),
            )
        )
    result = results[f"parse:deployment:{settings.deployment_roles}"]
    FIGURES.append(
        Figure(
            f"parse GetDeployment {settings.deployment_roles} roles: ours ÷ lxml",
            pratio(result, "ours", "lxml"),
            "×",
            3.0,
            cross_check=cpu_check(result, "ours", "lxml"),
        )
    )
    small, large = counts[1], counts[-1]
    largest = results[f"parse:images:{large}"]
    per_image = pratio(largest, "ours", "ours_small")
    lxml_growth = pratio(largest, "lxml", "lxml_small")
    if per_image is not None and lxml_growth is not None:
        say(
            f"Per image, {large:,} ÷ {small:,}: ours {fmt_ratio(per_image * small / large)}, "
            f"bare lxml {fmt_ratio(lxml_growth * small / large)} (a larger tree outgrows the "
            "CPU caches)."
        )
        say()
    FIGURES.append(
        Figure(
            f"parse per image: ours at {large:,} ÷ at {small:,}",
            None if per_image is None else per_image * small / large,
            "×",
            1.2,
            cross_check=cpu_check(largest, "ours", "ours_small", small / large),
        )
    )


def section_serialize(settings: Settings, tmp: Path) -> None:
    say("== Request serialization: median time per request body ==")
    say("ours = the request body from the arguments: request model + generated serialize_*;")
    say("stringjoin = escaping string join in bench/floors.py (same document, C14N-checked);")
    say("reference = _XmlSerializer.*_to_xml + _get_request_body (its body builder);")
    say("info: ours_client = our whole client method (argument checks, body, request pipeline)")
    say("      with a transport that records the body and answers 202;")
    say("      reference_client = the reference's client method with its _filter answering 202.")
    headers = [
        "request",
        "body",
        "stringjoin",
        "ours",
        "reference",
        "ours_client",
        "reference_client",
        "ours÷join",
        "ref÷ours",
    ]
    rows = []
    for operation in ("create_hosted_service", "create_virtual_machine_deployment"):
        job = f"serialize:{operation}"
        result = run_worker(job, settings, tmp)
        RAW[job] = result
        join, ref = pratio(result, "ours", "stringjoin"), pratio(result, "ours", "reference")
        rows.append(
            [
                operation,
                fmt_bytes(result["info"]["bytes"]),
                cell(result, "stringjoin"),
                cell(result, "ours"),
                cell(result, "reference"),
                cell(result, "ours_client"),
                cell(result, "reference_client"),
                fmt_ratio(join),
                fmt_ratio(pratio(result, "reference", "ours")),
            ]
        )
        FIGURES.append(
            Figure(
                f"serialize {operation}: ours ÷ stringjoin",
                join,
                "×",
                1.5,
                cross_check=cpu_check(result, "ours", "stringjoin"),
            )
        )
        FIGURES.append(
            Figure(
                f"serialize {operation}: ours ÷ reference",
                ref,
                "×",
                1.0,
                cross_check=cpu_check(result, "ours", "reference"),
            )
        )
    say(table(headers, rows))
    say()


def section_https(settings: Settings, tmp: Path) -> None:
    say("== HTTPS round trip on loopback, client certificate, keep-alive ==")
    say("server = bench/tls_server.py in its own process (canned answers, minimal cost);")
    say("ours = client method, typed models; raw = urllib3 PoolManager + lxml.etree.fromstring;")
    say("reference = the reference client (requests, certificate via its constructor);")
    say("info: transport = our transport's send + lxml.etree.fromstring (raw's parse), which")
    say("splits ours÷raw into the transport's share and the typed models' share.")
    say("Judged: ListLocations (the issue's example) and GetDeployment. ListOSImages is info only:")
    say("it is parse-bound (300 typed images; its cost is judged by the parse targets above).")
    headers = [
        "operation",
        "answer",
        "raw urllib3+lxml",
        "ours",
        "reference",
        "ours req/s",
        "raw req/s",
        "ref req/s",
        "ours÷raw thr.",
        "transport÷raw thr.",
        "ref÷ours time",
    ]
    rows = []
    for operation, label, judged in (
        ("list_locations", "ListLocations (real 7 locations)", True),
        ("get_deployment", "GetDeployment (fixture)", True),
        ("list_os_images", "ListOSImages (real 242 KB, info: parse-bound)", False),
    ):
        job = f"https:{operation}"
        result = run_worker(job, settings, tmp)
        RAW[job] = result
        ours, raw, ref = (median_of(result, n) for n in ("ours", "raw_urllib3_lxml", "reference"))
        throughput = pratio(result, "raw_urllib3_lxml", "ours")  # ours ÷ raw in requests/s
        rows.append(
            [
                label,
                fmt_bytes(result["info"]["bytes"]),
                cell(result, "raw_urllib3_lxml"),
                cell(result, "ours"),
                cell(result, "reference"),
                f"{1e9 / ours:.0f}" if ours else "-",
                f"{1e9 / raw:.0f}" if raw else "-",
                f"{1e9 / ref:.0f}" if ref else "skipped",
                fmt_ratio(throughput),
                fmt_ratio(pratio(result, "raw_urllib3_lxml", "ours_transport_lxml")),
                fmt_ratio(pratio(result, "reference", "ours")),
            ]
        )
        if "reference_skipped" in result["info"]:
            say(f"reference skipped for {operation}: {result['info']['reference_skipped']}")
        if judged:
            FIGURES.append(
                Figure(f"HTTPS {label}: ours ÷ raw throughput", throughput, "×", 0.85, True)
            )
    say(table(headers, rows))
    say()


def _timed_import(module: str, env: dict[str, str]) -> tuple[float, float]:
    """CPU time (user + system) and wall-clock time of ``import module`` in a fresh process."""
    code = (
        "import time; w = time.perf_counter_ns(); c = time.process_time_ns(); import "
        + module
        + "; print(time.process_time_ns() - c, time.perf_counter_ns() - w)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    cpu, wall = done.stdout.split()
    return float(cpu), float(wall)


def _importtime(module: str, env: dict[str, str]) -> float:
    """The cumulative time ``python -X importtime`` reports for ``import module`` (ns): the
    figure issue #14 judges (best of 7 runs)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    last = [line for line in done.stderr.splitlines() if line.endswith(f"| {module}")][-1]
    return float(last.split("|")[1]) * 1e3


def section_import(settings: Settings, tmp: Path) -> None:
    say("== Import time (in a fresh interpreter, time of the import statement alone) ==")
    say("PYTHONDONTWRITEBYTECODE is unset for these runs, after a warm-up import that writes .pyc")
    say("files; otherwise every run would recompile. Runs interleaved, median. The target is")
    say("judged on CPU time (user + system), which a busy machine does not inflate.")
    env = _env_with_bytecode()
    modules = {
        "azure_asm": "azure_asm",
        "azure_asm + transport": "azure_asm, azure_asm_runtime.transport",
        "reference": "azure.servicemanagement",
    }
    for module in modules.values() if settings.warmup else ():
        _timed_import(module, env)  # warm-up: writes the .pyc files
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in modules}
    names = list(modules)
    for run in range(settings.import_runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            samples[name].append(_timed_import(modules[name], env))
    rows = []
    medians = {}
    for name, values in samples.items():
        cpu = [value[0] for value in values]
        wall = [value[1] for value in values]
        medians[name] = statistics.median(cpu)
        rows.append(
            [
                name,
                fmt_time(medians[name]),
                fmt_time(min(cpu)),
                fmt_time(statistics.median(wall)),
                fmt_time(min(wall)),
                str(len(values)),
            ]
        )
    say(table(["import", "cpu median", "cpu min", "wall median", "wall min", "runs"], rows))
    say(
        "(the transport, hence urllib3, is imported when a client is built without transport=; "
        "the reference imports requests at import time)"
    )
    say()
    best = min(_importtime("azure_asm", env) for _ in range(7 if settings.warmup else 1))
    say(f"python -X importtime -c 'import azure_asm': {fmt_time(best)} cumulative, best of 7")
    say()
    RAW["import"] = {name: values for name, values in samples.items()}
    RAW["importtime_best_ns"] = best
    FIGURES.append(
        Figure(
            "import azure_asm (-X importtime, best of 7)",
            best / 1e6,
            "ms",
            35,
            cross_check=f"{medians['azure_asm'] / 1e6:.0f} ms cpu",
        )
    )


def section_generate(settings: Settings, tmp: Path) -> None:
    say("== Regeneration of the whole spec: python -m codegen --spec spec --out <tmp> ==")
    env = _env_with_bytecode()
    command = [sys.executable, "-m", "codegen", "--spec", "spec", "--out"]
    if settings.warmup:
        subprocess.run(
            [*command, str(tmp / "gen-warmup")], cwd=REPO, env=env, check=True, capture_output=True
        )
    times, cpu_times = [], []
    for run in range(settings.generate_runs):
        out = tmp / f"gen-{run}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([*command, str(out)], cwd=REPO, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        shutil.rmtree(out, ignore_errors=True)
    median, cpu = statistics.median(times), statistics.median(cpu_times)
    say(
        table(
            ["runs", "cpu median", "cpu min", "wall median", "wall min", "wall max"],
            [
                [
                    str(len(times)),
                    f"{cpu:.2f} s",
                    f"{min(cpu_times):.2f} s",
                    f"{median:.2f} s",
                    f"{min(times):.2f} s",
                    f"{max(times):.2f} s",
                ]
            ],
        )
    )
    say("(the whole command: interpreter start, loading, rendering and formatting with ruff;")
    say("CPU = user + system of the command and its children, the figure the target judges)")
    say()
    RAW["generate"] = {"wall_s": times, "cpu_s": cpu_times}
    FIGURES.append(
        Figure(
            "regenerate whole spec (make generate)",
            cpu,
            "s",
            2.0,
            cross_check=f"{median:.2f} s wall",
        )
    )


def _memory_probe(mode: str, body: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.memory_probe", mode, str(body)],
        cwd=REPO,
        env=_env_with_bytecode(),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def section_memory(settings: Settings, tmp: Path) -> None:
    count = settings.memory_images
    say(f"== Peak memory parsing ListOSImages with {count:,} images (fresh process each) ==")
    say("peak = rise of the resident set (VmHWM) during the call; lxml = the tree alone;")
    say("ours = read_document + deserialize_images (tree and typed models live together).")
    body = tmp / "memory-images.xml"
    body.write_bytes(documents.list_os_images_body(count))
    modes = ["lxml", "ours", "reference"]
    samples: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    for run in range(settings.memory_runs):
        for mode in modes[run % 3 :] + modes[: run % 3]:
            if mode == "reference" and run > 0:
                continue  # minidom: ~7 s and ~1 GiB per run; one run is enough to compare
            samples[mode].append(_memory_probe(mode, body))
    rows = []
    peaks = {}
    for mode in modes:
        peak = statistics.median(s["peak_kib"] for s in samples[mode]) * 1024
        peaks[mode] = peak
        rows.append(
            [mode, fmt_bytes(peak), fmt_ratio(ratio(peak, peaks["lxml"])), str(len(samples[mode]))]
        )
    say(table(["parser", "peak", "÷ lxml tree", "runs"], rows))
    say(
        f"(body {fmt_bytes(body.stat().st_size)}; peak-reset through /proc/self/clear_refs: "
        f"{samples['lxml'][0]['hwm_reset']})"
    )
    say()
    RAW["memory"] = samples
    FIGURES.append(
        Figure(
            f"peak memory {count:,} images: ours ÷ lxml tree",
            ratio(peaks["ours"], peaks["lxml"]),
            "×",
            2.0,
        )
    )


# --- machine ----------------------------------------------------------------------------------


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    from lxml import etree

    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = "?"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        f"machine: {platform.platform()}, {cpu}, {os.cpu_count()} CPUs, load average {load}",
        f"python {platform.python_version()} ({platform.python_implementation()}), "
        f"lxml {etree.__version__} (libxml2 {'.'.join(map(str, etree.LIBXML_VERSION))}), "
        f"urllib3 {_version('urllib3')}, requests {_version('requests')}",
        f"azure-asm {_version('azure-asm')} (git {commit}), "
        f"azure-servicemanagement-legacy {_version('azure-servicemanagement-legacy')}",
    ]
    return "\n".join(lines)


def prepare_https(tmp: Path) -> None:
    """Certificates and canned answers of the round-trip server."""
    from bench.tls_server import make_certificates

    make_certificates(tmp)
    (tmp / "locations.xml").write_bytes(documents.fixture("locations.xml"))
    (tmp / "deployment.xml").write_bytes(documents.fixture(documents.DEPLOYMENT_FIXTURE))
    (tmp / "images.xml").write_bytes(documents.real_list_os_images_body())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="full")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--json", type=Path, help="write the raw figures to this file")
    parser.add_argument(
        "--markdown", type=Path, help="write the target table as Markdown (for the README)"
    )
    parser.add_argument("--cprofile", metavar="JOB", help="profile 'ours' in one worker job")
    args = parser.parse_args(argv)
    settings = PROFILES[args.profile]
    if args.cprofile:
        with tempfile.TemporaryDirectory(prefix="asm-bench-") as name:
            if args.cprofile.startswith("https:"):
                prepare_https(Path(name))
            return subprocess.call(
                [
                    sys.executable,
                    "-m",
                    "bench.worker",
                    args.cprofile,
                    "--cprofile",
                    "--profile",
                    settings.name,
                    "--tmp",
                    name,
                ],
                cwd=REPO,
                env=_env_with_bytecode(),
            )
    wanted = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    started = time.perf_counter()
    say(f"azure-asm benchmarks ({settings.name}), `make bench` / `python -m bench`")
    global MACHINE
    MACHINE = machine()
    say(MACHINE)
    say()
    runners: dict[str, Callable[[Settings, Path], None]] = {
        "parse": section_parse,
        "serialize": section_serialize,
        "https": section_https,
        "import": section_import,
        "generate": section_generate,
        "memory": section_memory,
    }
    with tempfile.TemporaryDirectory(prefix="asm-bench-") as name:
        tmp = Path(name)
        if "https" in wanted:
            prepare_https(tmp)
        for section in SECTIONS:
            if section in wanted:
                runners[section](settings, tmp)
    say(
        f"== Targets (same run; {time.perf_counter() - started:.0f} s, "
        f"load average now {', '.join(f'{x:.2f}' for x in os.getloadavg())}) =="
    )
    say("value: wall-clock, paired round by round (parse, serialize, HTTPS); CPU time (import,")
    say("regeneration). cross-check: the same figure with the other clock.")
    say(
        table(
            ["figure", "value", "cross-check", "target", "result"],
            [figure.row() for figure in FIGURES],
        )
    )
    misses = [figure.label for figure in FIGURES if figure.verdict == "MISS"]
    say(
        f"{len(FIGURES) - len(misses)} of {len(FIGURES)} targets met"
        + (f"; missed: {'; '.join(misses)}" if misses else "")
    )
    if args.markdown:
        lines = [
            "| figure | measured | cross-check | target | result |",
            "|---|---|---|---|---|",
        ]
        for figure in FIGURES:
            label, value, cross, target, verdict = figure.row()
            lines.append(f"| {label} | {value} | {cross} | {target} | {verdict} |")
        args.markdown.write_text(
            "\n".join([*("    " + line for line in MACHINE.splitlines()), "", *lines, ""]),
            encoding="utf-8",
        )
    if args.json:
        RAW["figures"] = [
            {"label": f.label, "value": f.value, "target": f.target, "verdict": f.verdict}
            for f in FIGURES
        ]
        args.json.write_text(json.dumps(RAW, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
