"""`asm GROUP wait CONDITION`: the spec's waiters on the command line, against the emulator.

Each run goes through `asm`'s entry point (`azure_asm_cli.app.main`, in-process, and once the
installed `asm` script in a subprocess); the emulator comes from the package's pytest plugin.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from azure_asm.catalog import OPERATIONS
from azure_asm.waiters import WAITERS
from azure_asm_cli.app import build_parser
from azure_asm_cli.wording import is_positional
from azure_asm_emulator.testing import AsmEmulator
from tests.cli.conftest import Run

ELAPSED = re.compile(r"done \((\d+\.\d)s, (\d+) checks?\)")


def _create_storage(asm_cli: Run, name: str) -> str:
    status, out, err = asm_cli(
        "storage-account",
        "create",
        name,
        "--location",
        "West US",
        "--label",
        "lbl",
        "--description",
        "",
        "--no-wait",
    )
    assert status == 0, err
    return out.strip()


@pytest.mark.asm_emulator(operation_delay=0.6)
def test_wait_for_an_operation_started_with_no_wait(asm_cli: Run) -> None:
    request_id = _create_storage(asm_cli, "waitstore1")
    status, out, err = asm_cli(
        "operation-status", "wait", "succeeded", request_id, "--delay", "0.1"
    )
    assert status == 0, err
    assert out == ""  # like `aws ec2 wait`: nothing on stdout
    lines = err.splitlines()
    assert lines[0].startswith("operation-status wait succeeded: status=InProgress (")
    assert "operation-status wait succeeded: status=Succeeded (" in err
    found = ELAPSED.search(lines[-1])
    assert found is not None, err
    # The true elapsed time: the operation took 0.6 s on the emulator's clock, and several
    # checks were needed to see it end.
    assert float(found.group(1)) >= 0.4
    assert int(found.group(2)) >= 3
    # Then the account itself: already Created, one check.
    status, _, err = asm_cli("storage-account", "wait", "created", "waitstore1", "--delay", "0.1")
    assert status == 0, err
    assert "storage-account wait created: storage_service_properties.status=Created (" in err
    assert err.rstrip().endswith("1 check)")


@pytest.mark.asm_emulator(fail_operations=["create_storage_account"])
def test_a_failed_operation_exits_1_with_the_last_state(asm_cli: Run) -> None:
    request_id = _create_storage(asm_cli, "failstore1")
    status, out, err = asm_cli(
        "operation-status", "wait", "succeeded", request_id, "--delay", "0.05", "--quiet"
    )
    assert (status, out) == (1, "")
    assert err.startswith("asm: error: waiter operation_succeeded failed: reached a failure state")
    assert "last seen: status=Failed" in err


def test_timeout_exits_1_after_the_true_elapsed_time(asm_cli: Run) -> None:
    status, _, err = asm_cli(
        "deployment", "wait", "running", "nosvc", "nodep", "--delay", "0.1", "--timeout", "0.5"
    )
    assert status == 1
    assert "deployment wait running: ResourceNotFound (" in err  # retried, shown once
    assert err.count("ResourceNotFound (") == 1
    last = err.strip().splitlines()[-1]
    found = re.search(r"timed out after 0.5s \((\d+) attempts, (\d+\.\d)s\)", last)
    assert found is not None, err
    assert int(found.group(1)) >= 5 and float(found.group(2)) >= 0.5


def test_error_success_and_unexpected_errors(
    asm_cli: Run, asm_emulator_server: AsmEmulator
) -> None:
    status, _, err = asm_cli("storage-account", "wait", "deleted", "neverthere", "--delay", "0.1")
    assert status == 0, err
    assert "storage-account wait deleted: ResourceNotFound (" in err
    # A disk that is not there: no acceptor expects that error, so the wait stops at once.
    status, _, err = asm_cli("disk", "wait", "detached", "nodisk", "--quiet")
    assert status == 1
    assert "unexpected error: 404 ResourceNotFound" in err and "(1 attempt, " in err


def test_usage_errors_exit_2(asm_cli: Run, capsys: pytest.CaptureFixture[str]) -> None:
    assert asm_cli("deployment", "wait", "flying", "svc", "dep")[0] == 2
    assert "invalid choice: 'flying'" in capsys.readouterr().err  # argparse's own stderr
    assert asm_cli("deployment", "wait", "running", "svc")[0] == 2
    assert "DEPLOYMENT_NAME" in capsys.readouterr().err
    status, _, err = asm_cli("deployment", "wait", "running", "svc", "dep", "--delay", "-1")
    assert status == 2 and "invalid argument: delay" in err


def test_every_waiter_is_a_command_taking_its_operations_arguments() -> None:
    parser = build_parser()
    for waiter in WAITERS.values():
        info = OPERATIONS[waiter.operation]
        positionals = [p.name for p in info.param_info if is_positional(p)]
        args = parser.parse_args([waiter.cli_group, "wait", waiter.cli_condition, *positionals])
        assert (args.waiter, args.operation) == (waiter.name, waiter.operation)
        assert [getattr(args, name) for name in positionals] == positionals


def test_the_installed_asm_script(asm_emulator_server: AsmEmulator, tmp_path: Path) -> None:
    asm_emulator_server.client.create_hosted_service("scriptsvc", "lbl", location="West US")
    script = Path(sys.executable).with_name("asm")
    env = {**os.environ, **asm_emulator_server.environment(), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(script), "hosted-service", "wait", "exists", "scriptsvc", "--delay", "0.1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "hosted-service wait exists: answered (" in done.stderr
    assert ELAPSED.search(done.stderr) is not None
