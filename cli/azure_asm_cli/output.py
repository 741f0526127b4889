"""How results are shown (``--output table|json|text|tsv``, ``--query``), and the progress of
long operations.

Every format starts from the result's JSON form (``to_data``: models become objects of their
attribute names). ``--query`` is a JMESPath expression applied to that form, as in aws-cli; what
it selects is then rendered in the chosen format:

* ``json``: the data, indented;
* ``table``: a list of objects is one row per object. Without ``--query``, its columns are the
  ones the spec declares for the model (``columns:`` of the shape, ``TABLE_COLUMNS``), or else
  every scalar attribute (nested objects as dotted names, names first and URLs last). One
  object is a FIELD / VALUE table of its scalars; each list of objects it holds is a table of
  its own under the list's name (never ``deployments[0].name`` rows). A list inside a cell is
  written as JSON text. On a terminal the table is fitted to its width (long cells shortened
  with ``…``, then columns dropped from the right, saying so on stderr; names are never
  shortened, and when they alone are wider than the terminal the table is left whole); in a pipe
  it is complete;
* ``text`` (as aws-cli's): tab-separated values without a header, one line per object, every
  scalar column (the table's columns first, so ``cut -f1`` gives the names); a list of scalars
  is one line;
* ``tsv``: as ``text`` with a header line, and a list of scalars one value per line.

Without ``--query``, answers that wrap a list are shown as that list: an Atom feed (Service Bus)
as its entries (each by its content, not by the feed's id, title and dates; an Atom entry
alone is shown by its title and content too) and a page of
results (``subscription-operation list``) as its items, the other fields of the page, such as
the continuation token, going to stderr. ``--output json`` shows the whole answer.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

import jmespath
import jmespath.exceptions

from azure_asm.catalog import TABLE_COLUMNS
from azure_asm_cli.config import OUTPUT_FORMATS
from azure_asm_cli.values import fields_of, is_model, to_data

FORMATS = OUTPUT_FORMATS

_GAP = "  "
_MIN_CELL = 8
_ELLIPSIS = "…"


class QueryError(ValueError):
    """A ``--query`` that is not a JMESPath expression (the message says where)."""


def compile_query(text: str) -> Any:
    """The compiled JMESPath expression ``text``; raises `QueryError`."""
    try:
        return jmespath.compile(text)
    except jmespath.exceptions.JMESPathError as exc:
        message = " ".join(str(exc).split())
        raise QueryError(f"--query: not a JMESPath expression: {message}") from None


# --- the rows of a result -------------------------------------------------------------------


@dataclass
class Rows:
    """A list result prepared for a table: its items' data and the columns to show."""

    items: list[Any]
    columns: tuple[str, ...] = ()  # declared by the spec; empty: every scalar
    notes: tuple[str, ...] = ()  # other fields of a page, shown on stderr


def _is_feed(value: Any) -> bool:
    entries = getattr(value, "entries", None)
    return (
        is_model(value)
        and isinstance(entries, list)
        and all(is_model(entry) and hasattr(entry, "content") for entry in entries)
    )


def _is_entry(value: Any) -> bool:
    """An Atom entry (Service Bus): what it says is in its content, the rest is envelope."""
    return is_model(value) and all(hasattr(value, name) for name in ("id", "title", "content"))


def _entry_data(entry: Any) -> Any:
    """An Atom entry without declared columns: its title and the description it carries."""
    content = getattr(entry, "content", None)
    inner = [
        getattr(content, name)
        for name in (fields_of(content) if is_model(content) else [])
        if is_model(getattr(content, name))
    ]
    described = to_data(inner[0]) if len(inner) == 1 else to_data(content)
    title = getattr(entry, "title", None)
    data = {"title": title} if title else {}
    if isinstance(described, dict):
        data.update(described)
    return data


def _page_items(value: Any) -> tuple[list[Any], list[str]] | None:
    """A page of results: exactly one list of models, every other field a scalar."""
    lists = [name for name in fields_of(value) if isinstance(getattr(value, name), list)]
    if len(lists) != 1:
        return None
    others = [name for name in fields_of(value) if name not in lists]
    if any(is_model(getattr(value, name)) for name in others):
        return None
    items = getattr(value, lists[0])
    if not all(is_model(item) for item in items):
        return None
    notes = [
        # The page's token is what the next command passes back (`--continuation-token`).
        f"next page: --{name.replace('_', '-')} {to_data(getattr(value, name))}"
        if name == "continuation_token"
        else f"{name.replace('_', ' ')}: {to_data(getattr(value, name))}"
        for name in others
        if getattr(value, name) is not None
    ]
    return items, notes


def rows_of(result: Any) -> Rows | None:
    """The rows a table shows for ``result``, or None when it is not a list of things."""
    notes: list[str] = []
    if isinstance(result, list):
        items = result
    elif _is_feed(result):
        items = result.entries
    elif is_model(result) and (page := _page_items(result)) is not None:
        items, notes = page
    else:
        return None
    models = [item for item in items if is_model(item)]
    columns = TABLE_COLUMNS.get(type(models[0]).__name__, ()) if models else ()
    if not columns and _is_feed(result):
        return Rows([_entry_data(entry) for entry in items], (), tuple(notes))
    return Rows([to_data(item) for item in items], columns, tuple(notes))


# --- cells and tables -----------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """One value as table text: lists of scalars comma-separated, structures as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(_is_scalar(item) for item in value):
        return ", ".join(cell_text(item) for item in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return " ".join(str(value).split())


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, list | dict)


def _dig(data: Any, path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _scalar_paths(data: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Paths of the values of an object that are not objects (lists included, as one cell)."""
    if not isinstance(data, dict):
        return [prefix] if prefix else [()]
    paths: list[tuple[str, ...]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            paths.extend(_scalar_paths(value, (*prefix, key)))
        else:
            paths.append((*prefix, key))
    return paths


def _rank(path: tuple[str, ...]) -> int:
    leaf = path[-1] if path else ""
    if leaf == "name" or leaf.endswith("_name"):
        return 0
    if leaf in ("url", "uri") or leaf.endswith(("_url", "_uri", "_link")):
        return 2
    return 1


def _headers(paths: Sequence[tuple[str, ...]]) -> list[str]:
    leaves = [path[-1] if path else "value" for path in paths]
    return [
        (leaf if leaves.count(leaf) == 1 else ".".join(path)).upper().replace("_", " ")
        for leaf, path in zip(leaves, paths, strict=True)
    ]


def _columns(items: list[Any], declared: tuple[str, ...], every: bool) -> list[tuple[str, ...]]:
    """Declared columns (then, with ``every``, the other scalars), or every non-empty scalar."""
    paths = [tuple(column.split(".")) for column in declared]
    if paths and not every:
        return paths
    found: list[tuple[str, ...]] = []
    for item in items:
        found.extend(path for path in _scalar_paths(item) if path not in found)
    found = [p for p in found if any(_dig(item, p) not in (None, "", [], {}) for item in items)]
    if not paths:
        found.sort(key=_rank)  # stable: spec order within each rank
    return paths + [path for path in found if path not in paths]


def _value_at(item: Any, path: tuple[str, ...]) -> Any:
    return _dig(item, path) if path else item


@dataclass
class Table:
    headers: list[str]
    cells: list[list[str]]
    keep: list[bool]  # columns never shortened (names: what the next command needs)


def _table(items: list[Any], paths: list[tuple[str, ...]]) -> Table:
    return Table(
        _headers(paths),
        [[cell_text(_value_at(item, path)) for path in paths] for item in items],
        [_rank(path) == 0 for path in paths],
    )


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + _ELLIPSIS


def fit(table: Table, width: int) -> int:
    """Shorten the widest cells, then drop columns from the right, until ``table`` fits in
    ``width`` characters; returns how many columns were dropped."""
    widths = [
        max([len(h)] + [len(row[i]) for row in table.cells]) for i, h in enumerate(table.headers)
    ]

    def total() -> int:
        return sum(widths) + len(_GAP) * (len(widths) - 1)

    kept = sum(w + len(_GAP) for w, keep in zip(widths, table.keep, strict=True) if keep)
    if kept - len(_GAP) > width:
        # The names alone are wider than the terminal: every line wraps whatever is done, so
        # nothing is shortened or dropped (a table of names alone is what nobody asked for).
        return 0
    while total() > width:
        shrinkable = [i for i, w in enumerate(widths) if not table.keep[i] and w > _MIN_CELL]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] = max(_MIN_CELL, widths[widest] - (total() - width))
    dropped = 0
    while total() > width and len(widths) > 1:
        widths.pop()
        dropped += 1
    shown = len(widths)
    table.headers = [_shorten(h, w) for h, w in zip(table.headers[:shown], widths, strict=True)]
    table.cells = [
        [_shorten(c, w) for c, w in zip(row[:shown], widths, strict=True)] for row in table.cells
    ]
    return dropped


def _layout(table: Table, header: bool = True) -> str:
    rows = ([table.headers] if header else []) + table.cells
    widths = [max(len(row[i]) for row in rows) for i in range(len(table.headers))]
    return "\n".join(
        _GAP.join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )


# --- the formats ----------------------------------------------------------------------------


@dataclass
class Screen:
    """Where the output goes: a terminal (``width`` columns) or not (``width`` None)."""

    width: int | None = None


def _list_table(items: list[Any], declared: tuple[str, ...], screen: Screen, err: TextIO) -> str:
    if not items:
        return ""
    if all(_is_scalar(item) for item in items):
        return "\n".join(cell_text(item) for item in items)
    table = _table(items, _columns(items, declared, every=False))
    if screen.width is not None:
        dropped = fit(table, screen.width)
        if dropped:
            print(
                f"({dropped} more column{'s' if dropped > 1 else ''}: widen the terminal, "
                "or use --output tsv or json)",
                file=err,
            )
    return _layout(table)


def _object_sections(
    data: dict[str, Any], prefix: str, pairs: list[tuple[str, str]], lists: list[tuple[str, Any]]
) -> None:
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _object_sections(value, path, pairs, lists)
        elif isinstance(value, list) and value and not all(_is_scalar(v) for v in value):
            lists.append((path, value))
        elif value is not None and value != []:
            pairs.append((path, cell_text(value)))


def _object_table(data: dict[str, Any], screen: Screen, err: TextIO) -> str:
    pairs: list[tuple[str, str]] = []
    lists: list[tuple[str, Any]] = []
    _object_sections(data, "", pairs, lists)
    parts: list[str] = []
    if pairs:
        table = Table(["FIELD", "VALUE"], [[k, v] for k, v in pairs], [True, False])
        if screen.width is not None:
            fit(table, screen.width)
        parts.append(_layout(table))
    for path, items in lists:
        parts.append(f"{path}:\n" + _list_table(items, (), screen, err))
    return "\n\n".join(parts)


def _table_text(data: Any, declared: tuple[str, ...], screen: Screen, err: TextIO) -> str:
    if data is None:
        return ""
    if isinstance(data, list):
        return _list_table(data, declared, screen, err)
    if isinstance(data, dict):
        return _object_table(data, screen, err)
    return cell_text(data)


def _tsv_cell(value: Any) -> str:
    text = cell_text(value)
    return text.replace("\t", " ")


def _tsv_text(data: Any, declared: tuple[str, ...], *, header: bool) -> str:
    if data is None:
        return ""
    if isinstance(data, list):
        if not data:
            return ""
        if all(_is_scalar(item) for item in data):
            return ("\n" if header else "\t").join(_tsv_cell(item) for item in data)
        paths = _columns(data, declared, every=True)
        lines = ["\t".join(_headers(paths))] if header else []
        lines += ["\t".join(_tsv_cell(_value_at(item, path)) for path in paths) for item in data]
        return "\n".join(lines)
    if isinstance(data, dict):
        lines = ["FIELD\tVALUE"] if header else []
        lines += [
            f"{'.'.join(path)}\t{_tsv_cell(_dig(data, path))}"
            for path in _scalar_paths(data)
            if _dig(data, path) is not None
        ]
        return "\n".join(lines)
    return _tsv_cell(data)


def render(
    result: Any,
    output: str,
    err: TextIO,
    *,
    query: Any = None,
    screen: Screen | None = None,
) -> str:
    """The text of ``result`` in format ``output`` (one of `FORMATS`), after ``query`` (a
    compiled JMESPath expression) if given; notes go to ``err``."""
    screen = screen or Screen()
    declared: tuple[str, ...] = ()
    if query is not None:
        data = query.search(to_data(result))
    elif output == "json":
        data = to_data(result)
    else:
        rows = rows_of(result)
        if rows is None:
            data = _entry_data(result) if _is_entry(result) else to_data(result)
        else:
            data, declared = rows.items, rows.columns
            for note in rows.notes:
                print(f"({note})", file=err)
    if output == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    if output == "table":
        return _table_text(data, declared, screen, err)
    return _tsv_text(data, declared, header=output == "tsv")


def emit(
    value: Any,
    output: str,
    out: TextIO,
    err: TextIO,
    *,
    query: Any = None,
) -> None:
    """Print ``value`` to ``out`` as ``render`` makes it, fitted to ``out`` if a terminal."""
    screen = Screen(terminal_width(out))
    text = render(value, output, err, query=query, screen=screen)
    if text:
        print(text, file=out)


def terminal_width(stream: TextIO) -> int | None:
    """Columns of the terminal ``stream`` writes to, or None when it is not a terminal."""
    isatty = getattr(stream, "isatty", None)
    if not callable(isatty) or not isatty():
        return None
    try:
        return max(os.get_terminal_size(stream.fileno()).columns, 40)
    except (OSError, ValueError, AttributeError):
        return max(shutil.get_terminal_size((100, 24)).columns, 40)


class Progress:
    """Shows the status of a long-running operation on stderr while it is polled.

    On a terminal one line is redrawn (spinner, status, elapsed time); otherwise one line is
    printed per status change, so logs stay readable. The elapsed time is measured on the
    clock from ``started`` (when the command sent its request), so it is the true duration
    up to the poll that saw the status, whatever the intervals between polls.
    """

    FRAMES = "|/-\\"

    def __init__(
        self,
        what: str,
        stream: TextIO | None = None,
        *,
        started: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.clock = clock
        self.started = clock() if started is None else started
        self.last: str | None = None
        self.polls = 0

    def elapsed(self) -> float:
        return self.clock() - self.started

    def __call__(self, status: Any) -> None:
        self.polls += 1
        text = getattr(status, "status", None) or "InProgress"
        elapsed = self.elapsed()
        if self.tty:
            frame = self.FRAMES[self.polls % len(self.FRAMES)]
            self.stream.write(f"\r{frame} {self.what}: {text} ({elapsed:.1f}s)   ")
            self.stream.flush()
        elif text != self.last:
            print(f"{self.what}: {text} ({elapsed:.1f}s)", file=self.stream, flush=True)
        self.last = text

    def start(self, request_id: str) -> None:
        line = f"{self.what}: started (request id {request_id})"
        print(line, file=self.stream, flush=True)

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


class WaitProgress:
    """Progress of ``asm GROUP wait CONDITION`` on stderr: what each attempt saw
    (``status=Deploying``) and the seconds since the wait began, measured by the waiter on
    the client's clock (calls included, so the figure is the true elapsed time). On a
    terminal one line is rewritten; in a pipe a line is printed each time what is seen
    changes."""

    def __init__(self, what: str, stream: TextIO | None = None) -> None:
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.last: str | None = None

    def __call__(self, attempt: Any) -> None:
        text = f"{self.what}: {attempt.observed} ({attempt.elapsed:.1f}s)"
        if self.tty:
            self.stream.write(f"\r{text}   ")
            self.stream.flush()
        elif attempt.observed != self.last:
            print(text, file=self.stream, flush=True)
        self.last = attempt.observed

    def finish(self, line: str) -> None:
        if self.tty and self.last is not None:
            self.stream.write("\n")
        print(f"{self.what}: {line}", file=self.stream, flush=True)
