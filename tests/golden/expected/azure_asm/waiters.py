"""The waiter table: named conditions polled by `client.get_waiter(name).wait(...)`.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Mapping

from azure_asm_runtime.waiters import Acceptor, WaiterConfig

WAITERS: Mapping[str, WaiterConfig] = {
    "widgets_ready": WaiterConfig(
        name="widgets_ready",
        client="GoldenService",
        operation="list_widgets",
        acceptors=(
            Acceptor(
                "success",
                path="[].state",
                steps=("[]", "state"),
                match="all",
                expected=("Ready",),
            ),
            Acceptor(
                "failure",
                path="[].state",
                steps=("[]", "state"),
                match="any",
                expected=("Deleting",),
            ),
            Acceptor("retry", error="ResourceNotFound"),
        ),
        delay=1.5,
        max_attempts=10,
        params=(("continuation_token", ""),),
        doc="Waits until every widget of the first page is Ready.",
        cli_group="widget",
        cli_condition="ready",
    ),
}
