"""How results are shown: a table (default) or JSON, and the progress of long operations.

Tables are made from the data alone (no per-model code):

* a list of models is one row per model, one column per scalar attribute (those of nested
  models too, one level down, named by the attribute when that is unambiguous); columns that
  are empty in every row are left out, names come first, URLs last, and columns are dropped
  from the right to fit the terminal (``--output json`` shows everything);
* one model is a two-column FIELD / VALUE table of every attribute that has a value, nested
  ones as dotted paths (``hosted_service_properties.location``, ``deployments[0].name``);
* a scalar is printed as is; ``None`` (an operation without an answer) prints nothing.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from typing import Any, TextIO

from azure_asm_cli.values import fields_of, is_model, to_data

_MAX_CELL = 48
_GAP = "  "


def render_json(value: Any) -> str:
    return json.dumps(to_data(value), indent=2, ensure_ascii=False)


def _cell(value: Any, limit: int | None = _MAX_CELL) -> str:
    data = to_data(value)
    if data is None:
        return ""
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, list | dict):
        return json.dumps(data, ensure_ascii=False)
    text = " ".join(str(data).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _scalar(value: Any) -> bool:
    return not is_model(value) and not isinstance(value, list | dict)


def _row(item: Any) -> dict[tuple[str, ...], Any]:
    """Scalar attributes of a model and of the models it holds directly."""
    row: dict[tuple[str, ...], Any] = {}
    if not is_model(item):
        return {("value",): item}
    for name in fields_of(item):
        value = getattr(item, name)
        if is_model(value):
            for inner in fields_of(value):
                inner_value = getattr(value, inner)
                if _scalar(inner_value):
                    row[(name, inner)] = inner_value
        elif _scalar(value):
            row[(name,)] = value
    return row


def _rank(path: tuple[str, ...]) -> int:
    leaf = path[-1]
    if leaf == "name" or leaf.endswith("_name"):
        return 0
    if leaf in ("url", "uri") or leaf.endswith(("_url", "_uri", "_link")):
        return 2
    return 1


def _layout(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = [_GAP.join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += [
        _GAP.join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)


def list_table(items: list[Any], width: int) -> tuple[str, int]:
    """The table of a list result, and how many columns did not fit."""
    if not items:
        return "", 0
    rows = [_row(item) for item in items]
    paths: list[tuple[str, ...]] = []
    for row in rows:
        paths.extend(path for path in row if path not in paths)
    paths = [p for p in paths if any(row.get(p) not in (None, "") for row in rows)]
    paths.sort(key=_rank)  # stable: spec order within each rank
    leaves = [p[-1] for p in paths]
    headers = [
        (p[-1] if leaves.count(p[-1]) == 1 else ".".join(p)).upper().replace("_", " ")
        for p in paths
    ]
    # Names are never shortened: they are what the next command needs.
    limits = [None if _rank(p) == 0 else _MAX_CELL for p in paths]
    cells = [
        [_cell(row.get(p), limit) for p, limit in zip(paths, limits, strict=True)] for row in rows
    ]
    shown = len(paths)
    while shown > 1:
        used = sum(
            max(len(headers[i]), *(len(r[i]) for r in cells)) + len(_GAP) for i in range(shown)
        )
        if used - len(_GAP) <= width:
            break
        shown -= 1
    table = _layout(headers[:shown], [r[:shown] for r in cells])
    return table, len(paths) - shown


def _flatten(value: Any, prefix: str, out: list[tuple[str, str]]) -> None:
    if is_model(value):
        for name in fields_of(value):
            _flatten(getattr(value, name), f"{prefix}.{name}" if prefix else name, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _flatten(item, f"{prefix}[{index}]", out)
    elif isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}[{key}]", out)
    elif value is not None:
        out.append((prefix, " ".join(str(to_data(value)).split())))


def object_table(value: Any) -> str:
    pairs: list[tuple[str, str]] = []
    _flatten(value, "", pairs)
    if not pairs:
        return ""
    return _layout(["FIELD", "VALUE"], [[k, v] for k, v in pairs])


def render_table(value: Any, err: TextIO) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        width = max(shutil.get_terminal_size((120, 24)).columns, 60)
        table, hidden = list_table(value, width)
        if hidden:
            print(
                f"({hidden} more column{'s' if hidden > 1 else ''}: use --output json)",
                file=err,
            )
        return table
    if is_model(value):
        return object_table(value)
    if isinstance(value, dict):
        return _layout(["KEY", "VALUE"], [[str(k), _cell(v)] for k, v in value.items()])
    return str(value)


def emit(value: Any, output: str, out: TextIO, err: TextIO) -> None:
    text = render_json(value) if output == "json" else render_table(value, err)
    if text:
        print(text, file=out)


class Progress:
    """Shows the status of a long-running operation on stderr while it is polled.

    On a terminal one line is redrawn (spinner, status, elapsed time); otherwise one line is
    printed per status change, so logs stay readable.
    """

    FRAMES = "|/-\\"

    def __init__(self, what: str, request_id: str, stream: TextIO | None = None) -> None:
        self.what = what
        self.request_id = request_id
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.last: str | None = None
        self.polls = 0

    def __call__(self, status: Any) -> None:
        self.polls += 1
        text = getattr(status, "status", None) or "InProgress"
        elapsed = time.monotonic() - self.started
        if self.tty:
            frame = self.FRAMES[self.polls % len(self.FRAMES)]
            self.stream.write(f"\r{frame} {self.what}: {text} ({elapsed:.1f}s)   ")
            self.stream.flush()
        elif text != self.last:
            print(f"{self.what}: {text} ({elapsed:.1f}s)", file=self.stream, flush=True)
        self.last = text

    def start(self) -> None:
        line = f"{self.what}: started (request id {self.request_id})"
        print(line, file=self.stream, flush=True)

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
