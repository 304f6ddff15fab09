"""A measure's span in the text, and its short title: what every segmenter returns.

:mod:`policykg.loaders.structure.measures` (plans, opinions, funding measures) and
:mod:`policykg.loaders.structure.reply_measures` (replies) both build these.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import cn2an

from policykg.loaders.structure.headings import cn_number

__all__ = ["MeasureSpan", "short_title", "distinct_ids", "without_closing", "split_tasks"]

_FIRST_SENTENCE = re.compile(r"[。;:!?]")
_FIRST_CLAUSE = re.compile(r"[,、]")


@dataclass(frozen=True)
class MeasureSpan:
    """A measure's id, short title and span ``[start, end)`` in ``ctx.text``.

    ``path`` holds the labels of its headings; ``genre`` is ``plan`` or
    ``reply`` (it tells :func:`~policykg.loaders.facts.responsibility.extract_responsible`
    which conventions apply).  ``units`` are the unit cells a task table gives
    the measure, as ``(start, end, role)`` spans that may lie outside the measure's
    own text.  ``row`` marks a measure made of a task table's row.  ``section`` holds
    the titles of the headings above it (五、职责分工 for its item (一)区财政局…).
    """

    id: str
    title: str
    start: int
    end: int
    path: tuple[str, ...] = ()
    genre: str = "plan"
    units: tuple[tuple[int, int, str], ...] = ()
    row: bool = False  # a task table's row that named no body measure: a measure of its own
    section: str = ""


def short_title(sentence: str, limit: int = 20) -> str:
    """A short title from a sentence: its first clause, at most ``limit`` characters.

    >>> short_title("加快核心技术突破。加强分布式计算与存储")
    '加快核心技术突破'
    >>> short_title("对获评国家级示范项目的企业,给予最高100万元奖励。")
    '对获评国家级示范项目的企业'
    """
    first = _FIRST_SENTENCE.split(sentence, 1)[0]
    if len(first) > limit or "," in first:
        first = _FIRST_CLAUSE.split(first, 1)[0]
    return first[:limit].strip(" ,、")


_SPACE = re.compile(r"\s+")


def distinct_ids(spans: list[MeasureSpan], text: str) -> list[MeasureSpan]:
    """Measures with one id each: a repeated copy dropped, restarted numbering put in sections.

    A web page that holds the document twice (the page and its print copy) gives each measure twice,
    with the same id and words: the later copy is dropped.  Numbering that starts again (1..5, then
    1..3 under headings the carrier lost) is numbered by its run: ``1.1`` … ``2.1``, so that every
    measure of a document has its own id (and graph node).

    >>> ids = [s.id for s in distinct_ids([MeasureSpan("1", "", 0, 2), MeasureSpan("2", "", 2, 4),
    ...                                    MeasureSpan("1", "", 4, 6), MeasureSpan("1", "", 6, 8)], "甲乙丙丁甲乙丙丁")]
    >>> ids
    ['1.1', '1.2', '2.1']
    """
    seen: dict[str, list[str]] = {}
    kept = []
    for span in spans:
        words = _SPACE.sub("", text[span.start:span.end])
        if any(words.startswith(w) or w.startswith(words) for w in seen.get(span.id, ())):
            continue  # the same measure again (the last one of a copy may run on into what follows it)
        seen.setdefault(span.id, []).append(words)
        kept.append(span)
    if len({s.id for s in kept}) == len(kept):
        return kept
    kept = _lost_section(kept)
    if len({s.id for s in kept}) == len(kept):
        return kept
    kept = _restarted_lists(kept, text)
    if len({s.id for s in kept}) == len(kept):
        return kept
    run, ids, numbered = 1, set(), []
    for span in kept:
        if span.id in ids:
            run, ids = run + 1, set()
        ids.add(span.id)
        numbered.append(replace(span, id=f"{run}.{span.id}"))
    return numbered


_CN = "零一二三四五六七八九十百"


def _cn(n: int) -> str:
    """A number in Chinese numerals, as headings write it (五, 十二)."""
    return cn2an.an2cn(n)


def _top(span: MeasureSpan) -> int | None:
    head = span.id.split(".", 1)[0]
    return cn_number(head) if head and all(ch in _CN for ch in head) else None


def _lost_section(spans: list[MeasureSpan]) -> list[MeasureSpan]:
    """Items under a section heading the carrier lost: 四.(一) 四.(二) 四.(一) 四.(二) 六 -> the second run is 五's.

    A run of ids that repeats ones already seen under section N, followed by section N+2, sat under N+1.
    """
    out = list(spans)
    seen: set[str] = set()
    k = 0
    while k < len(out):
        span = out[k]
        n = _top(span)
        if span.id in seen and n is not None and "." in span.id:
            end = k
            while end < len(out) and _top(out[end]) in (n, None):  # (bare item numbers may sit under it)
                end += 1
            if end < len(out) and _top(out[end]) == n + 2:
                for j in range(k, end):
                    if _top(out[j]) == n:
                        rest = out[j].id.split(".", 1)[1]
                        out[j] = replace(out[j], id=f"{_cn(n + 1)}.{rest}", path=(_cn(n + 1), *out[j].path[1:]))
                k = end
                continue
        seen.add(span.id)
        k += 1
    return out


def _parent(span_id: str) -> str:
    return span_id.rsplit(".", 1)[0] if "." in span_id else ""


def _restarted_lists(spans: list[MeasureSpan], text: str) -> list[MeasureSpan]:
    r"""Lists that start again inside one section (发生以下情形的,降级:1. 2. … 一票否决:1. 2. 3.) are that
    section's enumerations, not measures: the section's items become one measure, under the section's id.

    Only a section whose repeated ids all lie inside it is merged, so the rest of the document keeps
    its own ids; numbering that restarts across sections is left to :func:`distinct_ids`.

    >>> text = "(五)降级\n1.甲。\n2.乙。\n否决:\n1.丙。\n(六)结果\n公开。"
    >>> at = [text.index(w) - 2 for w in "甲乙丙"] + [text.index("(六)")]
    >>> spans = [MeasureSpan("五.(五).1", "甲", at[0], at[1]), MeasureSpan("五.(五).2", "乙", at[1], at[2] - 4),
    ...          MeasureSpan("五.(五).1", "丙", at[2], at[3]), MeasureSpan("五.(六)", "结果", at[3], len(text))]
    >>> [(s.id, s.title, s.start, s.end) for s in _restarted_lists(spans, text)]
    [('五.(五)', '降级', 0, 25), ('五.(六)', '结果', 25, 34)]
    """
    seen: set[str] = set()
    repeated: set[str] = set()
    for span in spans:
        (repeated if span.id in seen else seen).add(span.id)
    parents = {_parent(i) for i in repeated}
    if "" in parents or any(p in seen for p in parents):
        return spans  # a repeated top-level id, or a section that is a measure itself: not one section's lists
    out: list[MeasureSpan] = []
    k = 0
    while k < len(spans):
        parent = _parent(spans[k].id)
        if parent not in parents:
            out.append(spans[k])
            k += 1
            continue
        end = k
        while end < len(spans) and _parent(spans[end].id) == parent:
            end += 1
        first, last = spans[k], spans[end - 1]
        label = parent.rsplit(".", 1)[-1]
        floor = out[-1].end if out else 0
        at = text.rfind(label, floor, first.start)
        head = at if at >= 0 and (at == 0 or text[at - 1] == "\n") else first.start
        title = short_title(text[head + len(label):first.start].strip().split("\n", 1)[0]) if head < first.start else ""
        out.append(replace(first, id=parent, title=title or first.title, start=head, end=last.end,
                           path=first.path[:-1], units=tuple(u for s in spans[k:end] for u in s.units)))
        k = end
    return out


# the paragraph that closes the document after its last item: 各地区、各部门要…认真落实本意见。环境保护部要会同有关部门加强对
# 本意见落实情况的监督检查: every unit is told to carry the whole text out; it is no part of the last item
_CLOSING_PARA = re.compile(
    r"(?:。|\n)[\s\u3000]*(?=(?:各地区|各部门|各级|地方各级|各有关|各省|各市|各区|各县|各单位)[^。\n]{0,60}?"
    r"(?:本(?:意见|通知|方案|办法|规定|措施|细则|决定)|抓好工作落实|认真抓好落实))"
)


def without_closing(spans: list[MeasureSpan], text: str) -> list[MeasureSpan]:
    """The last measure without the closing paragraph that follows it (see ``_CLOSING_PARA``).

    >>> t = "(十六)强化考核。地方各级人民政府要切实加强领导。\\u3000\\u3000各地区、各部门要认真落实本意见。"
    >>> [text_ for s in without_closing([MeasureSpan("(十六)", "强化考核", 0, len(t))], t) for text_ in [t[s.start:s.end]]]
    ['(十六)强化考核。地方各级人民政府要切实加强领导。']
    """
    if not spans:
        return spans
    last = spans[-1]
    first = text.find("。", last.start, last.end)  # the closing paragraph follows the item's first sentence
    m = _CLOSING_PARA.search(text, first, last.end) if first >= 0 else None
    if m is None:
        return spans
    return [*spans[:-1], replace(last, end=m.start() + 1)]


# a responsibility bracket that closes a task: (区环境与国土资源局牵头,区经济发展局等参与)
_TASK_BRACKET = re.compile(r"[(](?:[^()]{0,12}(?:单位|部门)\s*:)?[^()]{2,150}?(?:牵头|负责|参与|配合|实施)[^()]{0,40}[)]")
_LEAD_PHRASE = re.compile(r"\s*(?P<t>[^,。;:()\s]{2,24})。")


def split_tasks(spans: list[MeasureSpan], text: str) -> list[MeasureSpan]:
    """Measures whose text runs several tasks together, each opened by its lead phrase and closed by its own
    bracket, split into one measure per task (``1.1``, ``1.2`` …).

    A plan whose paragraphs a crawler ran into one line (2．强化城镇生活污染治理加快城镇污水处理设施建设与改造。…
    (区交建局牵头,…参与)全面加强配套管网建设。…(区交建局牵头,…)) loses the paragraph breaks that made each
    task a measure; the brackets and the short phrase that opens each task still mark them.  An item with two
    brackets whose second part does not open with a short phrase of its own keeps both (their union).

    >>> t = "1.治理污染加快设施建设。建设污水处理系统。(甲局牵头,乙局参与)全面加强管网建设。强化截流。(甲局牵头)"
    >>> [(s.id, s.title, t[s.start:s.end][-6:]) for s in split_tasks([MeasureSpan("1", "治理污染", 0, len(t))], t)]
    [('1.1', '治理污染', ',乙局参与)'), ('1.2', '全面加强管网建设', '(甲局牵头)')]
    """
    out: list[MeasureSpan] = []
    for span in spans:
        marks = list(_TASK_BRACKET.finditer(text, span.start, span.end))
        tail = text[marks[-1].end():span.end] if marks else ""
        if span.row or span.units or len(marks) < 2 or "。" in tail:
            out.append(span)
            continue
        opens = [_LEAD_PHRASE.match(text, m.end(), span.end) for m in marks[:-1]]
        phrased = sum(bool(o and "。" in text[o.end():n.start()]) for o, n in zip(opens, marks[1:]))  # a phrase, its task
        if phrased * 2 < len(opens) or not phrased:
            out.append(span)
            continue
        cuts = [span.start] + [m.end() for m in marks[:-1]] + [span.end]
        for k, (a, b) in enumerate(zip(cuts, cuts[1:]), 1):
            title = span.title if k == 1 else opens[k - 2].group("t") if opens[k - 2] else text[a:b]
            out.append(replace(span, id=f"{span.id}.{k}", title=short_title(title), start=a, end=b))
    return out
