"""What the ``policykg`` command prints: messages, JSON, query results as tables, counts, progress bars.

Only :mod:`policykg.cli` (and its command groups, ``policykg._cli_*``) import this module.  User text
(titles, names, messages with ``[extras]``) is printed as it is: the consoles read no Rich markup and
highlight nothing.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.text import Text

from policykg import api

__all__ = ["out", "err", "TABLE_ROWS", "error", "echo_json", "write", "print_rows", "print_counts",
           "build_progress", "open_graph"]

# user text (titles, names, messages with [extras]) is printed as it is: no markup, no highlighting
out = Console(markup=False, highlight=False, soft_wrap=True)
err = Console(stderr=True, markup=False, highlight=False, soft_wrap=True)
#: rows of a query result printed as a table; the rest is left out with a note (CSV and JSON hold every row)
TABLE_ROWS = 200
#: terminal cells a table column needs at least; a result with more columns than fit prints one record per row
_MIN_COLUMN = 9


def error(exc: Exception) -> None:
    """Print ``error: MESSAGE`` on stderr."""
    err.print(Text("error:", style="red"), str(exc))


def echo_json(data: object) -> None:
    """Print ``data`` as indented JSON on stdout (non-ASCII text as it is)."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def open_graph(paths: Optional[List[Path]], store: Path) -> api.PolicyGraph:
    """:func:`policykg.api.open_graph`, with the files that failed reported one line each."""
    graph = api.open_graph(paths, store=store)
    for e in graph.errors:
        error(e)
    return graph


def build_progress(enabled: bool):  # -> (rich Progress | None, callback | None)
    """A progress bar on stderr (only on a terminal): documents, then the corpus-wide steps."""
    if not enabled:
        return None, None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TimeRemainingColumn(), console=err, transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: Optional[int]) -> None:
        if stage not in tasks:
            label = "extracting" if stage == "extract" else stage.replace("export:", "writing ")
            tasks[stage] = bar.add_task(label, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, update


def write(text: str) -> None:
    """Write ``text`` to stdout as it is (the JSON and CSV of a query result go through here, row by row)."""
    sys.stdout.write(text)


def _cell(value: object) -> object:
    return "" if value is None else value


def print_rows(result: dict, fmt: str) -> None:
    """A query result as JSON or CSV, written row by row, or as a table of its first :data:`TABLE_ROWS` rows.

    A table is built whole before it is printed, so a large result is cut, with a note saying how many rows
    were left out; JSON and CSV hold every row and never build the whole text in memory.
    """
    columns, rows = result["columns"], result["rows"]
    if fmt == "json":
        head = {k: v for k, v in result.items() if k != "rows"}
        write("{\n" + "".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)},\n"
                              for k, v in head.items()) + '  "rows": [')
        for i, row in enumerate(rows):
            write(("," if i else "") + "\n    " + json.dumps(row, ensure_ascii=False))
        write("\n  ]\n}\n" if rows else "]\n}\n")
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row[c]) for c in columns])
    else:
        _print_table(result["query"], columns, rows)


def _print_table(query: str, columns: list, rows: list) -> None:
    """The first :data:`TABLE_ROWS` rows as a table (one record per row when the columns do not fit)."""
    from rich.table import Column, Table

    shown = rows[:TABLE_ROWS]
    title = f"{query} ({len(rows)} rows" + (f", first {len(shown)} shown)" if len(shown) < len(rows) else ")")
    # a narrow terminal wraps names (Chinese has no spaces to break at: fold anywhere), never cuts them to 苏 …
    if len(columns) * _MIN_COLUMN > out.width:  # too many columns side by side: one record per row
        # plain lines, not a Rich table per record: 200 records of 10 columns took 0.5 s to lay out
        # (issue 18); a long value is wrapped by the terminal, never cut
        out.print(title)
        pad = max(map(len, columns))
        for i, row in enumerate(shown, start=1):
            out.print(f"── {i}/{len(rows)} ──\n" + "\n".join(f"  {c.ljust(pad)}  {_cell(row[c])}" for c in columns))
    else:
        numeric = {c for c in columns if shown and all(isinstance(r[c], (int, float)) or r[c] is None
                                                       for r in shown)}
        widest = {c: max([len(str(_cell(r[c]))) for r in shown] + [6]) for c in numeric}  # numbers: narrow,
        table = Table(*(Column(c, overflow="fold", no_wrap=False, justify="right" if c in numeric else "left",
                               max_width=widest.get(c)) for c in columns),  # their headers folded
                      title=title, show_lines=len(columns) > 4)
        for row in shown:
            table.add_row(*(str(_cell(row[c])) for c in columns))
        out.print(table)
    if len(shown) < len(rows):
        out.print(f"{len(rows) - len(shown)} more rows not shown; use --format csv or --format json for all "
                  f"{len(rows)} rows")


def print_counts(counts: dict) -> None:
    """Print a Neo4j server's ``{"nodes": {label: n}, "relationships": {type: n}}``, one line each."""
    for kind in ("nodes", "relationships"):
        line = ", ".join(f"{k} {v}" for k, v in counts[kind].items()) or "none"
        out.print(f"{kind}: {line}")
