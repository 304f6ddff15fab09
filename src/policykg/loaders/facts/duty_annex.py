"""Duties given per unit in an annex (附件:部门职责分工), mapped to the measures they serve.

Some plans list their tasks first and then, in an annex, what each unit does: ``省教育厅负责各类婴幼儿照护
服务人才培养。`` The unit is responsible for the measures its duty describes. A duty is matched to the
measures whose wording it shares most (character pairs weighted by how few measures hold them); a unit
whose duty matches no measure closely enough is left out rather than guessed.

Examples
--------
>>> from policykg.loaders.normalize import normalize
>>> from policykg.loaders.context import DocContext
>>> text = ("1.加强人才培养。扩大照护专业人才的培养规模。\\n2.加强用地保障。优先保障照护机构建设用地。\\n"
...         "附件:部门职责分工\\n省教育厅负责各类照护人才培养。\\n省自然资源厅负责优先保障照护机构的土地供应。")
>>> ctx = DocContext("d", normalize(text))
>>> spans = [(0, text.index("2.")), (text.index("2."), text.index("附件"))]
>>> [(d.name, d.measures) for d in annex_duties(ctx, spans)]
[('省教育厅', (0,)), ('省自然资源厅', (1,))]
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from policykg.loaders.context import DocContext
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.schema.models import Measure, Responsibility

__all__ = ["AnnexDuty", "annex_duties", "add_annex_duties", "fold_unit_rows", "with_units"]

_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:附件\s*\d*\s*:?\s*)?[^\n。]{0,40}?(?:职责分工|部门职责|任务分工|责任分工)[^\n。]{0,8}(?=\n|$)")
_DUTY = re.compile(r"(?:^|\n)[ \t]*(?P<x>[^,。;:、\n]{2,30}?)(?:牵头)?负责(?P<y>[^\n]{4,300})")
_STOP = re.compile(r"[\s\d,。;:、()“”《》!?]")


@dataclass(frozen=True)
class AnnexDuty:
    """One unit's duty in an annex and the measures (indexes into the spans) it serves."""

    name: str
    start: int
    measures: tuple[int, ...]


def _pairs(text: str) -> set[str]:
    s = _STOP.sub("", text)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _duty_block(text: str, last: int, least: int = 3) -> int | None:
    """Where an annex of duties with no heading starts: ``least`` or more lines in a row after the
    measures, each opening with a unit that 负责 something (省教育厅负责…\n省公安厅负责…)."""
    lines = [m for m in _DUTY.finditer(text, last) if "负责" not in m.group("x")]
    for k in range(len(lines) - least + 1):
        run = lines[k:k + least]
        if all(text[a.end():b.start()].strip() == "" for a, b in zip(run, run[1:])):
            return run[0].start()
    return None


def annex_duties(ctx: DocContext, spans: list[tuple[int, int]], floor: float = 0.3) -> list[AnnexDuty]:
    """The units of a duty annex that follows the measures, each with the measures its duty matches.

    Parameters
    ----------
    ctx : DocContext
        The document.
    spans : list of (int, int)
        The measures' spans in normalised offsets, in order.
    floor : float
        The least weighted share of a duty's character pairs that a measure must hold.
    """
    if not spans:
        return []
    text = ctx.text
    last = max(e for _, e in spans)
    head = next((m for m in _HEAD.finditer(text) if m.start() >= last - 1), None)
    start = head.end() if head is not None else _duty_block(text, last)
    if start is None:
        return []
    score = _scorer([text[a:b] for a, b in spans])
    out = []
    for m in _DUTY.finditer(text, start):
        scores = score(m.group("y"))
        best = max(scores)
        if best < floor:
            continue
        hits = tuple(k for k, sc in sorted(enumerate(scores), key=lambda t: -t[1])[:3] if sc >= max(floor, 0.7 * best))
        out.append(AnnexDuty(m.group("x").strip(), m.start("x"), tuple(sorted(hits))))
    return out


def add_annex_duties(ctx: DocContext, spans: list[tuple[int, int]], measures: list[Measure],
                     resolver: AgencyResolver) -> list[Measure]:
    """``measures`` with the units of a duty annex added (role ``co``) to the measures their duties serve."""
    duties = [d for d in annex_duties(ctx, spans) if resolver.is_agency(d.name)]
    if not duties:
        return measures
    out = list(measures)
    for duty in duties:
        norm = resolver.normalize(duty.name)
        unit = Responsibility(duty.name, norm, "co", ctx.evidence(duty.start, duty.start + len(duty.name)))
        for k in duty.measures:
            out[k] = with_units(out[k], (unit,))
    return out


def with_units(measure: Measure, units: tuple[Responsibility, ...]) -> Measure:
    """``measure`` with those of ``units`` it does not name yet, co-responsible."""
    known = {r.normalized for r in measure.responsible}
    extra = tuple(replace(r, role="co") for r in units if r.normalized not in known)
    return replace(measure, responsible=(*measure.responsible, *extra)) if extra else measure


_ITEM = re.compile(r"(?:^|(?<=[\s。;]))\d{1,2}\s*[.、]\s*(?!\d)")


def _scorer(texts: list[str]):  # noqa: ANN202 - a closure
    """Weighted share of a duty's character pairs that each of ``texts`` holds (rare pairs weigh most)."""
    bags = [_pairs(t) for t in texts]
    n = len(bags)
    df: dict[str, int] = {}
    for bag in bags:
        for p in bag:
            df[p] = df.get(p, 0) + 1

    def scores(duty_text: str) -> list[float]:
        duty = _pairs(duty_text)
        weights = {p: math.log((n + 1) / (max(df.get(p, 0), 1) + 0.5)) for p in duty}  # unseen pairs as rare ones
        total = sum(weights.values()) or 1.0
        return [sum(weights[p] for p in duty & bag if df.get(p)) / total for bag in bags]

    return scores


def fold_unit_rows(rows: list[bool], measures: list[Measure], floor: float = 0.3) -> list[Measure]:
    """Task-table rows that list one unit's tasks, folded into the body measures those tasks repeat.

    A plan's annex often gives, per unit, the tasks of the body that the unit carries out
    (``序号⇥任务内容⇥责任单位``, one row per unit, its tasks numbered 1. 2. …).  Such a row is no measure:
    each of its tasks that repeats a body measure's wording gives that measure the row's units.  A row
    with a lead unit, whose tasks mostly repeat no body measure, or with one task in a table that no
    row of several tasks showed to be such a list, stays a measure.

    Parameters
    ----------
    rows : list of bool
        For each measure, whether it was made of a table row.
    """
    body = [k for k, r in enumerate(rows) if not r]
    if not body or len(body) == len(rows):
        return measures
    scores = _scorer([measures[k].text for k in body])
    out = list(measures)
    drop: set[int] = set()
    per_unit: set[str] = set()  # the tables found to list each unit's tasks
    for single in (False, True):  # a table's one-task rows fold once its other rows showed what it is
        for k, is_row in enumerate(rows):
            m = measures[k]
            if not is_row or k in drop or not m.responsible or any(r.role == "lead" for r in m.responsible):
                continue  # a row with a lead unit is a task of its own
            items = [t for t in _ITEM.split(m.text) if len(_STOP.sub("", t)) >= 8]
            if not items or (len(items) < 2) != single or (single and (m.path[:1] or ("",))[0] not in per_unit):
                continue
            table = (m.path[:1] or ("",))[0]
            known = single or table in per_unit  # a later row of a table already found to list units' tasks
            hits = []
            for item in items:
                sc = scores(item)
                best = max(range(len(sc)), key=sc.__getitem__)
                if sc[best] >= (floor / 2 if known else floor):
                    hits.append(body[best])
            if 2 * len(hits) < len(items) and not known:
                continue
            drop.add(k)
            per_unit.add(table)
            for b in dict.fromkeys(hits):
                out[b] = with_units(out[b], m.responsible)
    return [m for k, m in enumerate(out) if k not in drop]
