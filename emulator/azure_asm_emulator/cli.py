"""``asm-emulator``: set up an emulator directory (``init``) and run the server (``serve``).

``init`` does what an ASM user does once (make a management certificate, upload it to the
subscription) plus what only an emulator needs (a local CA and a server certificate), and
prints the environment variables that point the client at the emulator. ``serve`` runs until
SIGINT/SIGTERM; with ``--port 0 --port-file PATH`` scripts can start it on a free port and wait
for the file to learn which.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import signal
import sys
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from .certs import (
    CA_CERT_FILE,
    MANAGEMENT_CER_FILE,
    MANAGEMENT_PEM_FILE,
    SERVER_CERT_FILE,
    SERVER_KEY_FILE,
    create_ca,
    create_management_certificate,
    create_server_certificate,
)
from .faults import FaultConfig
from .operations import DEFAULT_OPERATION_DELAY
from .server import EmulatorServer
from .state import STATE_FILE, State

SUBSCRIPTION_FILE = "subscription_id"


@dataclass(frozen=True)
class InitResult:
    """What ``init_directory`` created."""

    directory: Path
    subscription_id: str
    thumbprint: str

    @property
    def ca_bundle(self) -> Path:
        """The CA bundle the client must trust (``AZURE_ASM_CA_BUNDLE``)."""
        return self.directory / CA_CERT_FILE

    @property
    def management_certificate(self) -> Path:
        """The PEM (key + certificate) the client authenticates with."""
        return self.directory / MANAGEMENT_PEM_FILE


def init_directory(
    directory: str | os.PathLike[str], subscription_id: str | None = None, *, force: bool = False
) -> InitResult:
    """Create an emulator directory; see the ``init`` command.

    Refuses to overwrite an initialised directory unless ``force``: regenerating the
    certificates would silently break every client configured with the old ones.
    """
    base = Path(directory).resolve()
    if (base / STATE_FILE).exists() and not force:
        raise FileExistsError(f"{base} is already initialised (use --force to start over)")
    subscription = str(uuid.UUID(subscription_id)) if subscription_id else str(uuid.uuid4())
    base.mkdir(parents=True, exist_ok=True)
    ca = create_ca(base)
    create_server_certificate(base, ca)
    management = create_management_certificate(base)
    (base / SUBSCRIPTION_FILE).write_text(subscription + "\n", encoding="utf-8")
    (base / STATE_FILE).unlink(missing_ok=True)
    state = State(state_file=base / STATE_FILE)
    state.register_certificate(subscription, management.der)
    return InitResult(base, subscription, management.thumbprint)


def _subscription_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a subscription id (a GUID such as {uuid.uuid4()})"
        ) from None


def _rate(value: str) -> float:
    rate = float(value)
    if not 0.0 <= rate <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a rate between 0 and 1")
    return rate


def _non_negative(value: str) -> float:
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} must not be negative")
    return number


def _port(value: str) -> int:
    port = int(value)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a TCP port (0 picks a free one)")
    return port


def build_parser() -> argparse.ArgumentParser:
    """The ``asm-emulator`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="asm-emulator",
        description="Local emulator of the Azure Service Management (classic) API.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init",
        help="create certificates and a subscription in DIR",
        description="Create the CA, server certificate, management certificate (mycert.pem / "
        "mycert.cer) and a subscription registering that certificate, in DIR.",
    )
    init.add_argument("dir", metavar="DIR", type=Path)
    init.add_argument(
        "--subscription-id",
        type=_subscription_id,
        metavar="ID",
        help="subscription id to create (default: a random GUID)",
    )
    init.add_argument("--force", action="store_true", help="overwrite an initialised DIR")

    serve = commands.add_parser(
        "serve",
        help="serve HTTPS on 127.0.0.1 until interrupted",
        description="Serve the ASM API over HTTPS on 127.0.0.1 until SIGINT or SIGTERM.",
    )
    serve.add_argument(
        "--dir",
        required=True,
        type=Path,
        metavar="DIR",
        help="a directory made by `asm-emulator init`",
    )
    serve.add_argument("--port", type=_port, default=0, help="TCP port (default 0: a free one)")
    serve.add_argument(
        "--port-file",
        type=Path,
        metavar="PATH",
        help="write the port to PATH once listening (removed on exit)",
    )
    serve.add_argument(
        "--operation-delay",
        type=_non_negative,
        default=DEFAULT_OPERATION_DELAY,
        metavar="SECONDS",
        help="how long asynchronous operations stay InProgress "
        f"(default {DEFAULT_OPERATION_DELAY})",
    )
    serve.add_argument(
        "--fault-error-rate",
        type=_rate,
        default=0.0,
        metavar="RATE",
        help="fraction of requests answered with --fault-error-status",
    )
    serve.add_argument(
        "--fault-error-status",
        type=int,
        default=503,
        metavar="STATUS",
        help="status of injected errors (default 503 ServerBusy)",
    )
    serve.add_argument(
        "--fault-drop-rate",
        type=_rate,
        default=0.0,
        metavar="RATE",
        help="fraction of requests whose connection is closed unanswered",
    )
    serve.add_argument(
        "--fault-drop-after-rate",
        type=_rate,
        default=0.0,
        metavar="RATE",
        help="fraction of requests handled (the change is made) whose connection is then "
        "closed unanswered: the client cannot know whether its write happened",
    )
    serve.add_argument(
        "--fault-latency",
        type=_non_negative,
        default=0.0,
        metavar="SECONDS",
        help="seconds added to every request",
    )
    serve.add_argument(
        "--fault-conflict-rate",
        type=_rate,
        default=0.0,
        metavar="RATE",
        help="fraction of write requests answered 409 ConflictError",
    )
    serve.add_argument(
        "--faults-on-polling",
        action="store_true",
        help="inject faults into operation-status polls too",
    )
    serve.add_argument("--seed", type=int, help="seed of the fault-injection random generator")
    serve.add_argument(
        "--client-cert-mode",
        choices=["auto", "any", "registered"],
        default="auto",
        help="how TLS treats client certificates (default auto; see docs)",
    )
    serve.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="DEBUG logs every request (never bodies)",
    )
    return parser


def _init(args: argparse.Namespace) -> int:
    try:
        result = init_directory(args.dir, args.subscription_id, force=args.force)
    except FileExistsError as exc:
        print(f"asm-emulator: {exc}", file=sys.stderr)
        return 1
    print(f"Initialised the ASM emulator in {result.directory}")
    print(f"  subscription id:        {result.subscription_id}")
    print(
        f"  management certificate: {result.management_certificate} "
        f"(thumbprint {result.thumbprint})"
    )
    print(f"  certificate to upload:  {result.directory / MANAGEMENT_CER_FILE}")
    print(
        "Start it with `asm-emulator serve --dir DIR`, then point the client at it "
        "(PORT is the port `serve` prints):"
    )
    print("export AZURE_ASM_HOST=127.0.0.1:PORT")
    print(f"export AZURE_ASM_CA_BUNDLE={shlex.quote(str(result.ca_bundle))}")
    print(f"export AZURE_ASM_SUBSCRIPTION_ID={result.subscription_id}")
    print(f"export AZURE_ASM_CERT_FILE={shlex.quote(str(result.management_certificate))}")
    return 0


def _write_port_file(path: Path, port: int) -> None:
    # Written whole then renamed, so a script polling for the file never reads half of it.
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(f"{port}\n", encoding="utf-8")
    os.replace(temporary, path)


def fault_config(args: argparse.Namespace) -> FaultConfig:
    """The fault injection asked for by the ``serve`` flags."""
    return FaultConfig(
        error_rate=args.fault_error_rate,
        error_status=args.fault_error_status,
        drop_rate=args.fault_drop_rate,
        drop_after_rate=args.fault_drop_after_rate,
        latency=args.fault_latency,
        conflict_rate=args.fault_conflict_rate,
        seed=args.seed,
        faults_on_polling=args.faults_on_polling,
    )


def _serve(args: argparse.Namespace) -> int:
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(message)s")
    directory: Path = args.dir
    missing = [
        name
        for name in (SERVER_CERT_FILE, SERVER_KEY_FILE, STATE_FILE)
        if not (directory / name).exists()
    ]
    if missing:
        print(
            f"asm-emulator: {directory} lacks {', '.join(missing)}; run "
            f"`asm-emulator init {directory}` first",
            file=sys.stderr,
        )
        return 1
    try:
        faults = fault_config(args)
    except ValueError as exc:
        print(f"asm-emulator: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    server = EmulatorServer(
        directory,
        port=args.port,
        operation_delay=args.operation_delay,
        faults=faults,
        client_cert_mode=args.client_cert_mode,
    )
    server.start()
    try:
        print(f"listening on {server.url}", flush=True)
        if args.port_file is not None:
            _write_port_file(args.port_file, server.port)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        if args.port_file is not None:
            args.port_file.unlink(missing_ok=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``asm-emulator`` console script."""
    args = build_parser().parse_args(argv)
    if args.command == "init":
        return _init(args)
    return _serve(args)
