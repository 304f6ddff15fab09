"""Task tables beside a plan's body: each row's units go to the body measure it names, or the row is a measure.

:func:`with_table_rows` is applied by :func:`policykg.loaders.structure.measures.extract_measures` after the body's
measures are read.
"""
from __future__ import annotations

from dataclasses import replace

from policykg.loaders.structure.spans import MeasureSpan, short_title
from policykg.loaders.structure.tables import TableRow, cell_key

__all__ = ["with_table_rows"]


def _row_match(row: TableRow, titles: list[str]) -> int | None:
    """The body measure a task-table row stands for: its title or one of its leading cells is that measure's title."""
    for cell in (cell_key(row.title or ""), *row.key[:4]):
        if len(cell) < 4:
            continue
        for k, t in enumerate(titles):
            if len(t) >= 4 and (cell == t or cell.startswith(t) or t.startswith(cell)):
                return k
    return None


def with_table_rows(measures: list[MeasureSpan], rows: list[TableRow], text: str = "") -> list[MeasureSpan]:
    """Give each task-table row's units to the body measure it names, or make the row a measure of its own.

    A row names a body measure when one of its leading cells is the measure's title (the table
    repeats the plan's task headings); each body measure takes the first row that names it, and a
    row that names none (or a measure already taken) is a measure with the table's label and the
    row's serial number as its id (``附件1.3``).  A row that continues the one above (its serial and
    task cells merged into the row above's) adds its units to the same measure.
    """
    out = list(measures)
    titles = [cell_key(m.title) for m in measures]
    taken: set[int] = set()
    ids = {m.id for m in out}
    last: int | None = None  # the measure the previous row went to
    for n, row in enumerate(rows, 1):
        if row.continues and last is not None:  # merged serial and task cells: the task of the row above
            out[last] = replace(out[last], units=out[last].units + row.units)
            continue
        k = _row_match(row, titles)
        if k is not None and k not in taken:
            taken.add(k)
            out[k] = replace(out[k], units=out[k].units + row.units)
            last = k
            continue
        last = len(out)
        mid = f"{row.table}.{row.serial or n}"
        while mid in ids:
            mid += "'"
        ids.add(mid)
        out.append(MeasureSpan(mid, row.title or short_title(row.key[0] if row.key else ""), row.start, row.end,
                               (row.table, row.serial or str(n)), "plan", row.units, row=True))
    return _without_table_text(out, len(measures), text)


def _without_table_text(spans: list[MeasureSpan], body: int, text: str) -> list[MeasureSpan]:
    """Body measures cut where a table row that became a measure of its own begins.

    A heading written as a table's section row (``一、⇥巩固成果⇥31``) was read as a measure spanning
    the rows under it; cut to its own line, a heading with no sentence and no units of its own is
    no measure at all.
    """
    starts = sorted(s.start for s in spans[body:])
    out = []
    for k, span in enumerate(spans):
        inner = [a for a in starts if span.start < a < span.end] if k < body else []
        if inner:
            span = replace(span, end=inner[0])
            if text and not span.units and span.end - span.start <= 80 and "。" not in text[span.start:span.end]:
                continue
        out.append(span)
    return out
