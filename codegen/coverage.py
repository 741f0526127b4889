"""Coverage of the reference package (`azure-servicemanagement-legacy`), computed, not typed.

The reference is a test-only dependency: its client classes are introspected for their public
methods and parameter names, and each is looked up among the spec's operations.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from codegen.ir import Spec

REFERENCE_CLIENTS = (
    "ServiceManagementService",
    "SqlDatabaseManagementService",
    "ServiceBusManagementService",
    "SchedulerManagementService",
    "WebsiteManagementService",
)


#: Methods of the reference's base client that are not REST operations of their own; ours are
#: hand-written in the runtime's `ServiceClient`.
RUNTIME_METHODS = {
    "perform_get": ("path", "x_ms_version"),
    "perform_put": ("path", "body", "x_ms_version"),
    "perform_post": ("path", "body", "x_ms_version"),
    "perform_delete": ("path", "x_ms_version"),
    "wait_for_operation_status": (
        "request_id",
        "wait_for_status",
        "timeout",
        "sleep_interval",
        "progress_callback",
        "success_callback",
        "failure_callback",
    ),
}


@dataclass(frozen=True)
class CoverageRow:
    client: str
    method: str
    reference_params: tuple[str, ...]
    params: tuple[str, ...] | None  # None: not in the spec

    @property
    def status(self) -> str:
        if self.params is None:
            return "missing"
        shared = self.params[: len(self.reference_params)]
        return "same arguments" if shared == self.reference_params else "arguments differ"


def reference_methods() -> dict[str, dict[str, tuple[str, ...]]]:
    try:
        import azure.servicemanagement as reference  # type: ignore[import-untyped]
    except ImportError as exc:
        raise RuntimeError(
            "the coverage table needs the reference package: pip install -e '.[test]'"
        ) from exc
    methods: dict[str, dict[str, tuple[str, ...]]] = {}
    base = reference.servicemanagementclient._ServiceManagementClient
    methods["(base client)"] = {
        name: tuple(p for p in inspect.signature(value).parameters if p != "self")
        for name, value in sorted(vars(base).items())
        if callable(value) and not name.startswith("_")
    }
    for client in REFERENCE_CLIENTS:
        cls = getattr(reference, client)
        methods[client] = {
            name: tuple(p for p in inspect.signature(value).parameters if p != "self")
            for name, value in sorted(vars(cls).items())
            if callable(value) and not name.startswith("_")
        }
    return methods


def coverage(spec: Spec) -> list[CoverageRow]:
    ours = {(op.client, op.name): tuple(p.name for p in op.params) for op in spec.operations}
    default = next(c.name for c in spec.clients if c.default)
    for op in spec.operations:
        if op.client == default:  # the base client's operations live on every client
            ours[("(base client)", op.name)] = tuple(p.name for p in op.params)
    ours.update((("(base client)", name), params) for name, params in RUNTIME_METHODS.items())
    rows = []
    for client, methods in reference_methods().items():
        for method, params in methods.items():
            rows.append(CoverageRow(client, method, params, ours.get((client, method))))
    return rows
