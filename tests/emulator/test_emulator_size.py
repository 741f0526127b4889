"""The emulator's size per emulated operation may only go down (issue 14: at most 35 in the end).

Lines are the non-blank, non-comment lines of ``emulator/azure_asm_emulator`` (docstrings
count: they are part of what a reader reads); an operation is emulated when the emulator's
routes serve the spec operation's method and path. Lower ``MAX_LINES_PER_OPERATION`` whenever
a change brings the figure down, so that it cannot creep back up.
"""

from __future__ import annotations

import re
from pathlib import Path

import azure_asm_emulator
from azure_asm.catalog import OPERATIONS
from azure_asm_emulator.handlers import default_routers
from azure_asm_emulator.operations import router as operations_router
from azure_asm_emulator.routing import Router

MAX_LINES_PER_OPERATION = 35.1
"""35.1 (14,522 / 414: 35.08) after the network modules' last ports and one OS image field list.
35.2 (14,566 / 414: 35.18) with the Websites operations of Microsoft's SDK as well.
36.2 (14,008 / 388: 36.10) with the network, compute, Service Bus, SQL, Traffic Manager,
Scheduler and Store operations of Microsoft's SDKs on the typed backend and resource core.
53.2 (11,058 / 208: 53.16) after cutting helpers no handler used and docstrings that listed what
the code says. 54.8 (11,394 / 208: 54.78) with the first 45 operations of Microsoft's compute SDK
beyond the reference (deployment slots, migration, extensions, load balancers, ...) on the same
core. 66.2 (10,782 / 163: 66.15) once the compute handlers were written with ``@handles`` on the
typed backend and their shared routes left to the spec-derived dispatch. 70.8 (11,538 / 163)
after that dispatch, PlainResource's spec defaults and the ports of Service Bus, Websites, image
publishing and disk registration; 71.5 (11,511 / 161) when this check was written, 69.9 (11,259)
before the typed backend, ``@handles`` and the generic resource core."""


def _source_lines() -> int:
    root = Path(azure_asm_emulator.__file__).parent
    count = 0
    for path in sorted(root.rglob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                count += 1
    return count


def _emulated_operations() -> list[str]:
    router = Router()
    for handler_router in [operations_router, *default_routers()]:
        router.include(handler_router)
    return [
        name
        for name, info in OPERATIONS.items()
        if router.find(info.method, re.sub(r"\{[^}]+\}", "x", info.path)) is not None
    ]


def test_every_spec_operation_is_emulated() -> None:
    assert len(_emulated_operations()) == len(OPERATIONS)


def test_lines_per_emulated_operation_only_go_down() -> None:
    lines, operations = _source_lines(), len(_emulated_operations())
    figure = lines / operations
    print(f"emulator: {lines} lines / {operations} operations = {figure:.1f} per operation")
    assert figure <= MAX_LINES_PER_OPERATION, (
        f"{figure:.1f} emulator lines per operation, more than {MAX_LINES_PER_OPERATION}: "
        "serve plain resources from the generic core (handlers/resource_core.py)"
    )
