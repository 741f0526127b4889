"""Soak: create/get/delete cycles over several threads against the emulator with faults.

``make soak`` runs ``python tests/reliability/soak.py`` (a longer run); ``test_soak.py`` runs a
short one in ``make test``. One client is shared by all threads, as an application would. The
emulator injects 503s, connections dropped before and after the request was handled, forced
409 "operation in progress" conflicts and latency, also on operation polling.

Each thread works through its own names (storage accounts and cloud services alternately) and
keeps what it believes exists. Creates are POSTs, so an ambiguous failure (the connection
dropped or timed out after the request was sent) is not retried blindly: the thread asks the
service whether the resource exists and only creates it again if it does not. At the end the
resources are listed and compared with the threads' beliefs:

* lost: believed to exist, not listed;
* duplicated: listed but not believed to exist (a create applied twice or behind the thread's
  back), or listed more than once;
* unknown: operations whose outcome could not be established.

The exit status is non-zero when any of the three is not 0.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from azure_asm import (
    AsmConnectionError,
    AsmError,
    AsmHttpError,
    ConflictError,
    OperationFailedError,
    OperationTimeoutError,
    ResourceNotFoundError,
    ServiceManagementService,
)
from azure_asm_emulator import EmulatorServer, FaultConfig
from azure_asm_emulator.certs import CA_CERT_FILE
from azure_asm_emulator.cli import SUBSCRIPTION_FILE, init_directory
from azure_asm_runtime.http import HttpRequest, HttpResponse, Transport
from azure_asm_runtime.polling import PollSchedule
from azure_asm_runtime.retry import RetryPolicy

ROUNDS = 8  # attempts of one create or delete by the harness (each with the client's retries)


@dataclass(frozen=True)
class SoakConfig:
    threads: int = 8
    cycles: int = 40
    error_rate: float = 0.10
    drop_rate: float = 0.05
    drop_after_rate: float = 0.03
    conflict_rate: float = 0.10
    latency: float = 0.002
    faults_on_polling: bool = True
    operation_delay: float = 0.05
    keep_every: int = 4  # every n-th resource is left in place, to be found at the end
    seed: int | None = None
    pool_maxsize: int = 4
    naive: bool = False  # retry ambiguous creates blindly (to prove the checks catch it)


@dataclass
class SoakReport:
    config: SoakConfig
    operations: int = 0  # SDK calls made by the threads
    attempts: int = 0  # HTTP requests sent
    retried: int = 0  # requests sent again by the retry policy
    conflict_waits: int = 0  # 409 "operation in progress" waited out
    failed: int = 0  # SDK calls that raised an error (after the client's retries)
    ambiguous: int = 0  # of which creates that may or may not have been applied
    applied: int = 0  # of those, found applied when checked (the others were re-sent)
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    kept: int = 0
    elapsed: float = 0.0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.unknown)

    def lines(self) -> list[str]:
        c = self.config
        faults = (
            f"faults: {c.error_rate:.0%} 503, {c.drop_rate:.0%} dropped before and "
            f"{c.drop_after_rate:.0%} after handling, {c.conflict_rate:.0%} forced 409 on "
            f"writes, +{c.latency * 1000:.0f} ms latency"
            f"{', polling included' if c.faults_on_polling else ''}"
        )
        lines = [
            f"soak: {c.threads} threads x {c.cycles} cycles (one shared client, "
            f"pool of {c.pool_maxsize}), {faults}",
            f"operations attempted: {self.operations}",
            f"HTTP requests sent:   {self.attempts}",
            f"retried:              {self.retried}",
            f"409 conflicts waited: {self.conflict_waits}",
            f"failed calls:         {self.failed} (after the client's retries; expected 404s "
            "not counted)",
            f"ambiguous creates:    {self.ambiguous} (connection lost after sending; checked: "
            f"{self.applied} had been applied, {self.ambiguous - self.applied} were sent again)",
            f"resources kept:       {self.kept}",
            f"lost:                 {len(self.lost)}",
            f"duplicated:           {len(self.duplicated)}",
            f"unknown outcome:      {len(self.unknown)}",
            f"elapsed:              {self.elapsed:.1f} s",
        ]
        if self.errors:
            shown = ", ".join(f"{name} {count}" for name, count in self.errors.most_common())
            lines.append(f"errors seen by the threads: {shown}")
        for title, names in (
            ("LOST", self.lost),
            ("DUPLICATED", self.duplicated),
            ("UNKNOWN", self.unknown),
        ):
            if names:
                lines.append(f"{title}: {', '.join(sorted(names)[:20])}")
        lines.append("result: " + ("OK" if self.ok else "FAILED"))
        return lines


class CountingTransport:
    """Counts the requests a client sends."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.sent = 0
        self._lock = threading.Lock()

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        with self._lock:
            self.sent += 1
        return self.inner.send(request, timeout)

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


class AttemptLog(logging.Handler):
    """Counts the client's retry and conflict decisions from its DEBUG records."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.outcomes: Counter[str] = Counter()
        self._count_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        outcome = getattr(record, "asm_outcome", None)
        if outcome is not None:
            with self._count_lock:
                self.outcomes[outcome] += 1


@contextlib.contextmanager
def attempt_log() -> Iterator[AttemptLog]:
    handler = AttemptLog()
    logger = logging.getLogger("azure_asm")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


# --- one kind of resource -----------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str
    create: Callable[[ServiceManagementService, str], Any]
    get: Callable[[ServiceManagementService, str], Any]
    delete: Callable[[ServiceManagementService, str], Any]
    listed: Callable[[ServiceManagementService], list[str]]
    taken: str  # words of the 409 answered when the name exists


STORAGE = Kind(
    "storage",
    lambda c, n: c.create_storage_account(n, "soak", n, location="West US"),
    lambda c, n: c.get_storage_account_properties(n),
    lambda c, n: c.delete_storage_account(n),
    lambda c: [a.service_name or "" for a in c.list_storage_accounts()],
    "already taken",
)
HOSTED = Kind(
    "hosted",
    lambda c, n: c.create_hosted_service(n, n, location="West US"),
    lambda c, n: c.get_hosted_service_properties(n),
    lambda c, n: c.delete_hosted_service(n),
    lambda c: [s.service_name or "" for s in c.list_hosted_services()],
    "already taken",
)


class Worker:
    def __init__(self, client: ServiceManagementService, report: SoakReport, index: int) -> None:
        self.client = client
        self.report = report
        self.index = index
        self.believed: dict[str, Kind] = {}
        self.operations = 0
        self.failed = 0
        self.ambiguous = 0
        self.applied = 0
        self.unknown: list[str] = []
        self.errors: Counter[str] = Counter()

    # Every SDK call goes through here, to be counted. A 404 is an answer, not a failure.
    def call(self, function: Callable[[], Any]) -> Any:
        self.operations += 1
        try:
            return function()
        except ResourceNotFoundError:
            raise
        except AsmError as error:
            self.failed += 1
            self.errors[type(error).__name__] += 1
            raise

    def exists(self, kind: Kind, name: str) -> bool | None:
        """Whether `name` exists (None if the service could not tell us)."""
        for _ in range(ROUNDS):
            try:
                self.call(lambda: kind.get(self.client, name))
                return True
            except ResourceNotFoundError:
                return False
            except AsmError:
                continue
        return None

    def wait(self, operation: Any) -> str:
        try:
            self.call(lambda: operation.result())
            return "done"
        except OperationFailedError as error:
            return f"failed:{error.code}"
        except OperationTimeoutError:
            return "timeout"
        except AsmError:
            return "unavailable"

    def create(self, kind: Kind, name: str, wait: bool) -> bool:
        """Create `name`; True once it is known to exist, False if known not to."""
        maybe_applied = False
        for _ in range(ROUNDS):
            try:
                operation = self.call(lambda: kind.create(self.client, name))
            except AsmConnectionError:
                # The request may have been applied: look before creating again.
                maybe_applied = True
                self.ambiguous += 1
                if self.report.config.naive:
                    continue
                found = self.exists(kind, name)
                if found:
                    self.applied += 1
                    return True
                if found is None:
                    self.unknown.append(f"create {name}")
                    return False
                continue
            except ConflictError as error:
                # Ours if an earlier attempt of ours may have been applied.
                if kind.taken in error.message and maybe_applied and not self.report.config.naive:
                    self.applied += 1
                    return True
                return False
            except AsmHttpError:
                continue  # the service said it did not act (throttled, retries exhausted)
            if wait:
                outcome = self.wait(operation)
                if outcome.startswith("failed"):
                    return False
            return True
        found = self.exists(kind, name)
        if found is None:
            self.unknown.append(f"create {name}")
        return bool(found)

    def delete(self, kind: Kind, name: str) -> bool:
        """Delete `name`; True once it is known to be gone."""
        for _ in range(ROUNDS):
            try:
                operation = self.call(lambda: kind.delete(self.client, name))
            except ResourceNotFoundError:
                return True  # gone (an earlier attempt of ours was applied)
            except AsmError:
                continue
            outcome = self.wait(operation)
            if outcome == "done":
                return True
        found = self.exists(kind, name)
        if found is None:
            self.unknown.append(f"delete {name}")
        return found is False

    def run(self, prefix: str) -> None:
        config = self.report.config
        for cycle in range(config.cycles):
            kind = STORAGE if (cycle + self.index) % 2 == 0 else HOSTED
            name = f"{prefix}{self.index:02d}x{cycle:03d}"
            # Half of the cycles do not wait for the create: the delete then meets the
            # create's lock (a real 409) and the client waits for that operation.
            if not self.create(kind, name, wait=cycle % 2 == 0):
                continue
            self.believed[name] = kind
            try:
                got = self.call(lambda k=kind, n=name: k.get(self.client, n))  # type: ignore[misc]
                if (got.service_name or "").lower() != name.lower():
                    self.unknown.append(f"get {name} answered {got.service_name}")
            except AsmError:
                pass  # counted as failed; the resource's state is checked at the end
            if config.keep_every and cycle % config.keep_every == config.keep_every - 1:
                continue
            if self.delete(kind, name):
                del self.believed[name]


def _listing(client: ServiceManagementService) -> list[str]:
    names: list[str] = []
    for kind in (STORAGE, HOSTED):
        for _ in range(ROUNDS):
            try:
                names.extend(n.lower() for n in kind.listed(client))
                break
            except AsmError:
                continue
        else:
            raise RuntimeError(f"cannot list the {kind.name} resources")
    return names


def run_soak(config: SoakConfig, directory: Path | None = None) -> SoakReport:
    with contextlib.ExitStack() as stack:
        if directory is None:
            directory = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="soak-")))
        if not (directory / SUBSCRIPTION_FILE).exists():
            init_directory(directory)
        subscription_id = (directory / SUBSCRIPTION_FILE).read_text(encoding="utf-8").strip()
        faults = FaultConfig(
            error_rate=config.error_rate,
            drop_rate=config.drop_rate,
            drop_after_rate=config.drop_after_rate,
            conflict_rate=config.conflict_rate,
            latency=config.latency,
            faults_on_polling=config.faults_on_polling,
            seed=config.seed,
        )
        server = EmulatorServer(directory, port=0, operation_delay=config.operation_delay)
        stack.enter_context(server)
        from azure_asm_runtime.transport import Urllib3Transport

        transport = CountingTransport(
            Urllib3Transport(
                os.fspath(directory / "mycert.pem"),
                ca_bundle=os.fspath(directory / CA_CERT_FILE),
                timeout=10,
                pool_maxsize=config.pool_maxsize,
            )
        )
        stack.callback(transport.close)
        client = ServiceManagementService(
            subscription_id,
            host=server.host,
            transport=transport,
            retry=RetryPolicy(max_attempts=6, backoff=0.02, backoff_max=0.5),
            conflict_timeout=60,
            poll_schedule=PollSchedule(0.02, 2.0, 0.2),
            operation_timeout=60,
        )
        report = SoakReport(config)
        prefix = "s" + uuid.uuid4().hex[:6]
        workers = [Worker(client, report, index) for index in range(config.threads)]
        log = stack.enter_context(attempt_log())
        server.faults = faults
        started = time.monotonic()
        threads = [
            threading.Thread(target=w.run, args=(prefix,), name=f"soak-{w.index}") for w in workers
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report.elapsed = time.monotonic() - started
        # The final look is taken without faults, after every operation has had time to end.
        server.faults = FaultConfig()
        time.sleep(config.operation_delay * 3)
        listed = [name for name in _listing(client) if name.startswith(prefix)]
        believed = {name.lower() for w in workers for name in w.believed}
        counts = Counter(listed)
        report.lost = sorted(believed - set(listed))
        report.duplicated = sorted(
            {name for name in listed if name not in believed}
            | {name for name, count in counts.items() if count > 1}
        )
        report.kept = len(believed)
        for worker in workers:
            report.operations += worker.operations
            report.failed += worker.failed
            report.ambiguous += worker.ambiguous
            report.applied += worker.applied
            report.unknown.extend(worker.unknown)
            report.errors.update(worker.errors)
        report.attempts = transport.sent
        report.retried = log.outcomes["retry"]
        report.conflict_waits = log.outcomes["conflict"]
        return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    defaults = SoakConfig()
    parser.add_argument("--threads", type=int, default=defaults.threads)
    parser.add_argument("--cycles", type=int, default=defaults.cycles)
    parser.add_argument("--error-rate", type=float, default=defaults.error_rate)
    parser.add_argument("--drop-rate", type=float, default=defaults.drop_rate)
    parser.add_argument("--drop-after-rate", type=float, default=defaults.drop_after_rate)
    parser.add_argument("--conflict-rate", type=float, default=defaults.conflict_rate)
    parser.add_argument("--latency", type=float, default=defaults.latency)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--naive", action="store_true", help="retry ambiguous creates blindly (expect failure)"
    )
    args = parser.parse_args(argv)
    config = SoakConfig(
        threads=args.threads,
        cycles=args.cycles,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        drop_after_rate=args.drop_after_rate,
        conflict_rate=args.conflict_rate,
        latency=args.latency,
        seed=args.seed,
        naive=args.naive,
    )
    report = run_soak(config)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
